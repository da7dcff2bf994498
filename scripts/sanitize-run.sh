#!/usr/bin/env bash
# Builds the test suites that need no window with AddressSanitizer and UBSan (-DREPER_SANITIZE=ON,
# a build folder of its own: build-asan/) and runs them with ctest. A memory error, undefined
# behaviour or a leak in Reper's code fails; LeakSanitizer's suppressions (tests/asan/lsan.supp)
# name third-party libraries only. CI runs it from .ci/run, after scripts/test.sh (issue 11 §3).
# The window's suites (gui_tests, report_gui_tests) and cli_tests, which starts the window and runs
# the kill loops, are left to the ordinary build: they would double the stage's time. The server
# suite needs PostgreSQL's own processes and is left out too.
#
#   REPER_SANITIZE_SUITES="core_tests storage_tests"  only these suites (default: all below)
#   REPER_SANITIZE_EXCLUDE=REGEX                      ctest -E: leave out test cases by name
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
start=$(date +%s)
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
read -r -a suites <<<"${REPER_SANITIZE_SUITES:-core_tests generator_tests importer_tests storage_tests security_tests report_tests report_store_tests report_cli_tests}"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DREPER_SANITIZE=ON "${launcher[@]}"
cmake --build build-asan -j"$(nproc)" --target "${suites[@]}" reper-cli
built=$(date +%s)
# halt_on_error: the first report fails the test; detect_leaks: a leak at exit fails it (reper-cli's
# too, started by the report and security suites).
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=0"
export LSAN_OPTIONS="suppressions=${root}/tests/asan/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
labels="$(
    IFS='|'
    echo "^(${suites[*]})\$"
)"
exclude=()
if [[ -n "${REPER_SANITIZE_EXCLUDE:-}" ]]; then
    exclude=(-E "${REPER_SANITIZE_EXCLUDE}")
fi
ctest --test-dir build-asan --output-on-failure --no-tests=error -j"$(nproc)" -L "${labels}" "${exclude[@]}"
done_at=$(date +%s)
echo "sanitize-run: build $((built - start)) s, tests $((done_at - built)) s"
