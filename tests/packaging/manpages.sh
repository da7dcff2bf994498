#!/usr/bin/env bash
# packaging_manpages MAN_DIR PROGRAM…: each program's manual page, written from its --help at build
# time, formats without a warning, is compressed as Debian wants, and holds every option and
# command word of the help it was written from.
set -euo pipefail
dir=$1
shift
fail() { echo "FAILED: $*" >&2; exit 1; }
for program in "$@"; do
    name=$(basename "$program")
    page="$dir/$name.1"
    [ -f "$page" ] && [ -f "$page.gz" ] || fail "no manual page for $name"
    gzip -t "$page.gz" || fail "$page.gz is not gzip"
    cmp -s <(gzip -dc "$page.gz") "$page" || fail "$page.gz differs from $page"
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || fail "groff warns about $page: $warnings"
    head -1 "$page" | grep -q "^\.TH ${name^^} 1 " || fail "$page has no .TH line"
    grep -q '^\.SH NAME$' "$page" && grep -q "^$name \\\\- " "$page" || fail "$page has no NAME line"
    text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$page" 2>/dev/null)
    for option in $("$program" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        grep -q -- "$option" <<<"$text" || fail "$option of $name --help is not in its manual page"
    done
done
echo "manual pages: ok"
