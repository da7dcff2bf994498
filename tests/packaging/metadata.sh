#!/usr/bin/env bash
# packaging_metadata SOURCE_DIR PACKAGING_BUILD_DIR: the desktop entry, the AppStream metadata, the
# MIME type of a .reper file and the icons of the package, checked as the desktop will read them.
set -euo pipefail
src=$1
built=$2
fail() { echo "FAILED: $*" >&2; exit 1; }

desktop-file-validate "$src/resources/reper.desktop" || fail "desktop-file-validate"
grep -qx 'Exec=reper %f' "$src/resources/reper.desktop" || fail "the desktop entry does not pass the file to reper"
grep -qx 'MimeType=application/x-reper-store;' "$src/resources/reper.desktop" || fail "no MimeType in the desktop entry"

appstreamcli validate --no-net --pedantic "$built/ro.anitp.reper.metainfo.xml" || fail "appstreamcli validate"
grep -q '<release version=' "$built/ro.anitp.reper.metainfo.xml" || fail "no release notes"
grep -q '<screenshot type="default">' "$built/ro.anitp.reper.metainfo.xml" || fail "no screenshot"
# Every screenshot named in the metadata is one of docs/screenshots.
for shot in $(grep -o '[a-z0-9-]*\.png</image>' "$built/ro.anitp.reper.metainfo.xml" | sed 's,</image>,,'); do
    [ -f "$src/docs/screenshots/$shot" ] || fail "the metadata names $shot, which docs/screenshots does not have"
done

# The shared MIME database built from our type alone knows *.reper.
mime=$(mktemp -d)
trap 'rm -rf "$mime"' EXIT
mkdir -p "$mime/packages"
cp "$src/packaging/reper-mime.xml" "$mime/packages/reper.xml"
update-mime-database "$mime" || fail "update-mime-database"
grep -q ':application/x-reper-store:\*\.reper$' "$mime/globs2" || fail "*.reper is not application/x-reper-store"

# The PNG icons are as large as their folders say (the width and height of the PNG header).
for size in 16 22 24 32 48 64 128 256; do
    png="$built/icons/${size}x${size}/apps/reper.png"
    [ -f "$png" ] || fail "no $png"
    width=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    height=$(od -An -tu1 -j20 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    [ "$width" = "$size" ] && [ "$height" = "$size" ] || fail "$png is ${width}x$height"
done
echo "metadata, MIME type and icons: ok"
