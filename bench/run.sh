#!/usr/bin/env bash
# Builds the release preset and prints the benchmark table: precis through the C ABI and OTS
# in-process on the same corpus, then time per byte on 400 KB and 4 MB articles.
#   bench/run.sh [CORPUS.jsonl] [extra precis-bench options]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/work/shared/corpus/dev.jsonl}
shift || true
[ -f build/release/CMakeCache.txt ] || cmake --preset release >/dev/null
cmake --build build/release -j2 --target precis_bench >/dev/null
build/release/bin/precis-bench --corpus "$corpus" "$@"
echo
echo "time per byte (linear when ns/byte stays flat):"
build/release/bin/precis-bench --corpus "$corpus" --scale 400000,4000000
