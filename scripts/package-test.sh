#!/usr/bin/env bash
# Builds the Debian package (Release, CPack), checks it with lintian, installs it as a user would
# (apt-get install ./reper_*.deb), uses the installed programs — reper-cli --version, init, import,
# report bilant --format pdf; reper --screenshots offscreen; man; the completion; the .reper type —
# then purges it and checks that nothing it installed is left. Needs root (or sudo) for apt-get.
#   scripts/package-test.sh [BUILD_DIR]        (default build-package)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-build-package}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
apt_get() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"; }
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "build (Release, without the tests)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build" -j"$(nproc)"

step "package"
rm -f "$build"/reper_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/reper_*.deb)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

step "lintian"
# Errors fail; warnings are printed (docs/packaging.md says which remain and why).
lintian --fail-on error --display-info --no-tag-display-limit "$deb"

step "install"
$SUDO dpkg --purge reper >/dev/null 2>&1 || true
apt_get install -y "$root/$deb"
installed=$(dpkg -L reper)

step "use the installed programs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"
[ "$(command -v reper-cli)" = /usr/bin/reper-cli ] || fail "reper-cli is not /usr/bin/reper-cli"
[ "$(command -v reper)" = /usr/bin/reper ] || fail "reper is not /usr/bin/reper"
version=$(reper-cli --version)
echo "$version"
[ "$version" = "reper-cli $(dpkg-query -W -f '${Version}' reper)" ] || fail "reper-cli --version is not the package's version"
reper --version
export REPER_PASSWORD='a long passphrase for the package test'
reper-cli --store "$work/centre.reper" init --admin ana >"$work/recovery-key.txt"
reper-cli --store "$work/centre.reper" --user ana import "$root/tests/data/bilant"
unset XDG_RUNTIME_DIR # as under cron or su: reper-cli must stay quiet about it
reper-cli --store "$work/centre.reper" --user ana report bilant --year 2020 --format pdf --out "$work/bilant.pdf" \
    2>"$work/report.err"
[ ! -s "$work/report.err" ] || fail "report bilant wrote on standard error: $(cat "$work/report.err")"
# Read whole first: grep -q stops early, and pdftotext's broken pipe would fail the step (pipefail).
pdf_text=$(pdftotext "$work/bilant.pdf" -)
grep -q 'BILANȚ 2020' <<<"$pdf_text" || fail "the PDF has no title"
QT_QPA_PLATFORM=offscreen reper --screenshots "$work/screenshots" --lang en >"$work/screenshots.log"
[ -s "$work/screenshots/en-03-home.png" ] || fail "reper --screenshots wrote no home page"
echo "$(ls "$work/screenshots" | wc -l) screenshots"

step "what the desktop finds"
man -w reper-cli >/dev/null && man -w reper >/dev/null || fail "no manual page"
desktop-file-validate /usr/share/applications/reper.desktop
[ -f /usr/share/mime/application/x-reper-store.xml ] || fail "the MIME database does not know .reper (trigger)"
[ -f /usr/share/icons/hicolor/48x48/apps/reper.png ] || fail "no 48x48 icon"
appstreamcli validate --no-net /usr/share/metainfo/ro.anitp.reper.metainfo.xml
bash -c 'source /usr/share/bash-completion/completions/reper-cli
         COMP_WORDS=(reper-cli report bilant --format ""); COMP_CWORD=4; _reper_cli
         [[ " ${COMPREPLY[*]} " == *" pdf "* ]]' || fail "the completion offers no pdf"

step "purge"
apt_get purge -y reper
if dpkg -L reper >/dev/null 2>&1; then fail "dpkg still knows reper"; fi
left=0
while IFS= read -r path; do
    # Folders shared with other packages (/usr/bin, /usr/share/man/man1, …) stay; files must go.
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        echo "left behind: $path"
        left=1
    fi
done <<<"$installed"
[ -e /usr/share/doc/reper ] && { echo "left behind: /usr/share/doc/reper"; left=1; }
[ "$left" -eq 0 ] || fail "the purge left files behind"
step "package test passed"
