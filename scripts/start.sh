#!/usr/bin/env bash
# Builds Reper (Release) and starts it on its default local store.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build-release -j"$(nproc)"
exec build-release/src/app/reper "$@"
