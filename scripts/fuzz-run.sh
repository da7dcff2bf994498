#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/, -DREPER_FUZZ=ON: AddressSanitizer and UBSan
# too) and runs each for a bounded time from its seed corpus in tests/data/fuzz/<target>/. A crash, a
# hang, a leak or a sanitizer report fails (the input is kept in build-fuzz/artifacts/). CI runs it
# from .ci/run; REPER_FUZZ_SECONDS sets the time per target (default 120). Longer runs:
# CONTRIBUTING.md, "Fuzzing".
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
seconds="${REPER_FUZZ_SECONDS:-120}"
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREPER_FUZZ=ON -DBUILD_TESTING=OFF \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}"
cmake --build build-fuzz -j"$(nproc)" --target fuzz_csv_reader fuzz_importer
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export LSAN_OPTIONS="suppressions=${root}/tests/asan/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM=offscreen
mkdir -p build-fuzz/artifacts
for target in csv_reader importer; do
    # New inputs go to a scratch folder: the seed corpus in the repository does not change.
    scratch="$(mktemp -d)"
    echo "fuzz_${target}: ${seconds} s"
    build-fuzz/fuzz/fuzz_${target} -max_total_time="${seconds}" -max_len=16384 -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/${target}-" "${scratch}" \
        "tests/data/fuzz/${target}"
    rm -rf "${scratch}"
done
