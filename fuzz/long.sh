#!/usr/bin/env bash
# One fuzz target, for a long campaign or the replay of what one found.
#   fuzz/long.sh TARGET N [FLAG...]        until N executions (libFuzzer -runs=N)
#   fuzz/long.sh TARGET Ns [FLAG...]       for N seconds
#   fuzz/long.sh TARGET replay [FLAG...]   every corpus input once, under the ASan+UBSan build
# targets: summarize grammar rules_loader serve. FLAGs go to libFuzzer after the defaults
# (-max_len=4096 -timeout=10 -rss_limit_mb=2048), and the later of two equal flags wins.
#
# Campaigns run on the `fuzz-long` build (UBSan, no ASan: 1.5 to 2.5 times the executions per
# second); the corpus they grow is kept in $PRECIS_FUZZ_WORK/TARGET/corpus (default
# build/fuzz-work, outside the sources), seeded on first use from fuzz/seeds/ and
# make_corpus.py. `replay` runs that corpus once (-runs=0) on the `fuzz` build, so that a
# memory error on any input found is still caught. A crash, timeout or OOM leaves its input in
# $PRECIS_FUZZ_WORK/TARGET/artifacts/ and the exit status is libFuzzer's (non-zero).
# The log goes to $PRECIS_FUZZ_LOG (default $PRECIS_FUZZ_WORK/TARGET/fuzz.log), appended to.
# Prints one line at the end: target, executions, seconds, exec/s, corpus size, result.
set -euo pipefail
usage() {
    sed -n '2,5p' "$0" >&2
    exit 2
}
[ $# -ge 2 ] || usage
target=$1 amount=$2
shift 2
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
case $target in summarize | grammar | rules_loader | serve) ;; *) usage ;; esac

work=${PRECIS_FUZZ_WORK:-build/fuzz-work}
corpus=$work/$target/corpus
artifacts=$work/$target/artifacts
log=${PRECIS_FUZZ_LOG:-$work/$target/fuzz.log}
mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"

case $amount in
    replay) preset=fuzz limit=(-runs=0) ;;
    *[0-9]s) preset=fuzz-long limit=(-max_total_time="${amount%s}") ;;
    *[0-9]) preset=fuzz-long limit=(-runs="$amount") ;;
    *) usage ;;
esac
build=build/$preset
table=()
[ -f build/release/grammar/lexicon_fr.bin ] &&
    table=(-DPRECIS_LEXICON_PREBUILT="$PWD/build/release/grammar/lexicon_fr.bin")
[ -f "$build/CMakeCache.txt" ] || nice -n 10 cmake --preset "$preset" "${table[@]}" >/dev/null
nice -n 10 cmake --build --preset "$preset" >/dev/null

# First use: the committed seeds and make_corpus.py's (dev articles, the default pack).
if [ -z "$(ls -A "$corpus")" ]; then
    python3 fuzz/make_corpus.py "$work/seeds" >/dev/null
    cp "fuzz/seeds/$target"/* "$work/seeds/$target"/* "$corpus"/
fi

if [ "$amount" = replay ]; then
    # No -max_len: libFuzzer then takes the longest input, so nothing is cut short.
    flags=(-timeout=30 -rss_limit_mb=2048)
else
    flags=(-max_len=4096 -timeout=10 -rss_limit_mb=2048 -dict=fuzz/precis.dict)
fi
# The whole pipeline behind summarize and serve hits some 50 000 coverage features per input,
# and libFuzzer's entropic schedule then spends three quarters of the time updating feature
# frequencies (perf: InputCorpus::UpdateFeatureFrequency): without it they run 3 to 6 times
# the executions per second and reach as much coverage in the same time.
case $target in summarize | serve) flags+=(-entropic=0) ;; esac
start=$(($(stat -c %s "$log" 2>/dev/null || echo 0) + 1))
echo "== $(date -u +%FT%TZ) $build/bin/fuzz_$target ${limit[*]} $*" >>"$log"
set +e
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
    "$build/bin/fuzz_$target" "$corpus" "${flags[@]}" "${limit[@]}" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" >>"$log" 2>&1
rc=$?
set -e

# This run's part of the log: "Done N runs in S second(s)" when it ran to its end, else the
# last status line ("#N ...") before the crash.
run_log=$(tail -c +"$start" "$log")
runs=$(sed -n 's/^Done \([0-9]*\) runs in .*/\1/p' <<<"$run_log" | tail -1)
secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' <<<"$run_log" | tail -1)
[ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9]*\)[[:space:]].*/\1/p' <<<"$run_log" | tail -1)
rate=$(sed -n 's/^#[0-9]*[[:space:]].* exec\/s: \([0-9]*\).*/\1/p' <<<"$run_log" | tail -1)
result=ok
[ $rc -eq 0 ] || result="FAILED (exit $rc; see $log and $artifacts/)"
printf '%-13s %12s runs %8s s %8s exec/s %8s inputs  %s\n' "$target" "${runs:-0}" \
    "${secs:-?}" "${rate:-?}" "$(find "$corpus" -type f | wc -l)" "$result"
exit $rc
