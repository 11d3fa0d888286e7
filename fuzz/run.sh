#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60), one after the other, and prints
# executions and speed per target. Builds the `fuzz` preset first. Exit status 1 when a
# target found a crash; the input is then in build/fuzz/artifacts/<target>/ and belongs in
# tests/data/hostile/ once fixed.
#   fuzz/run.sh [SECONDS] [TARGET...]     targets: summarize grammar rules_loader serve
set -euo pipefail
seconds=${1:-60}
shift || true
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(summarize grammar rules_loader serve)

# The release build's lexicon table, when there is one, saves making another.
table=()
[ -f build/release/grammar/lexicon_fr.bin ] &&
    table=(-DPRECIS_LEXICON_PREBUILT="$top/build/release/grammar/lexicon_fr.bin")
[ -f build/fuzz/CMakeCache.txt ] || cmake --preset fuzz "${table[@]}" >/dev/null
cmake --build --preset fuzz >/dev/null

# Seeds are named by their hash: rewriting them adds what the corpus or the pack gained.
corpus=build/fuzz/corpus
python3 fuzz/make_corpus.py "$corpus"

failed=0
printf '%-14s %8s %12s %10s %8s %s\n' target seconds executions exec/s corpus result
for t in "${targets[@]}"; do
    mkdir -p "$corpus/$t" "build/fuzz/artifacts/$t"
    log=build/fuzz/$t.log
    # Without the entropic schedule the whole-pipeline targets run 3 to 6 times faster (see
    # fuzz/long.sh).
    schedule=()
    case $t in summarize | serve) schedule=(-entropic=0) ;; esac
    set +e
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
        "build/fuzz/bin/fuzz_$t" "$corpus/$t" "fuzz/seeds/$t" \
        -dict=fuzz/precis.dict -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 "${schedule[@]}" \
        -artifact_prefix="build/fuzz/artifacts/$t/" >"$log" 2>&1
    rc=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    size=$(ls "$corpus/$t" | wc -l)
    runs=${runs:-0}
    rate=$(( runs / ( ${secs:-$seconds} > 0 ? ${secs:-$seconds} : 1 ) ))
    result=ok
    if [ $rc -ne 0 ]; then
        result="CRASH (see $log, build/fuzz/artifacts/$t/)"
        failed=1
    fi
    printf '%-14s %8s %12s %10s %8s %s\n' "$t" "${secs:-?}" "$runs" "$rate" "$size" "$result"
done
exit $failed
