#!/usr/bin/env bash
# packaging_completion COMPLETION_FILE: what bash offers after reper-cli, as the completion written
# from reper-cli --help computes it (without the bash-completion package's helpers).
set -euo pipefail
# shellcheck source=/dev/null
source "$1"
fail() { echo "FAILED: $*" >&2; exit 1; }

# The words bash would offer for the command line "$@" (the last word being completed).
offered() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _reper_cli
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() {
    local want=$1
    shift
    local got
    got=$(offered "$@")
    [ "$got" = "$want" ] || fail "reper-cli ${*:2}: offered '$got', expected '$want'"
}

complete -p reper-cli | grep -q -- '-F _reper_cli' || fail "reper-cli has no completion"
expect "recover rekey report restore retention" reper-cli re
expect "bilant caseload explain international" reper-cli report ""
expect "--current --edition --format --out --template --threshold --year" \
    reper-cli --store s.reper --user ana report bilant --center CR-BV ""
expect "csv html json odt pdf txt xlsx" reper-cli report bilant --year 2020 --format ""
expect "csv txt" reper-cli report explain --format ""
expect "internal public revised" reper-cli report bilant --edition ""
expect "administrator analyst coordinator operator" reper-cli user add ion --role ""
expect "add disable enable list passwd reset" reper-cli user ""
expect "all contacts ctdc victims" reper-cli export ""
expect "export import keygen" reper-cli package ""
expect "dismiss rule rules" reper-cli due ""
expect "--enabled --lead --notify --offsets --unit" reper-cli due rule hearing --
expect "day month" reper-cli due rule hearing --unit ""
expect "merge unmerge" reper-cli duplicates ""
expect "--center --format" reper-cli duplicates --
expect "--absorb --keep" reper-cli duplicates merge ""
expect "csv txt" reper-cli duplicates --format ""
expect "--center --out --with-identity --year --yes" reper-cli export all ""
expect "--help --insecure --store --user --version" reper-cli --
expect "--dry-run" reper-cli import folder --d
expect "" reper-cli report bilant --year ""

# Files and folders where the help says FILE or FOLDER.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/csv-folder"
touch "$work/copy.reper"
cd "$work"
expect "csv-folder" reper-cli import cs
expect "copy.reper" reper-cli restore co
expect "copy.reper" reper-cli --store co
expect "csv-folder" reper-cli generate --out cs
echo "completion: ok"
