#!/usr/bin/env bash
# Long campaigns, one target after another (fuzz/long.sh), each until PRECIS_FUZZ_RUNS
# executions (default 10,000,000) on the fuzz-long build, then its corpus replayed once under
# the ASan+UBSan fuzz build. One process at a time: meant to run for hours in the background,
#   nohup nice -n 19 fuzz/campaign.sh [TARGET...] >campaign.out 2>&1 &
# targets by default: grammar rules_loader summarize serve. Logs: $PRECIS_FUZZ_LOGS/TARGET.log
# (default build/fuzz-work/logs); a target that fails does not stop the next one. Exit status 1
# when any campaign or replay failed.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(grammar rules_loader summarize serve)
runs=${PRECIS_FUZZ_RUNS:-10000000}
logs=${PRECIS_FUZZ_LOGS:-${PRECIS_FUZZ_WORK:-build/fuzz-work}/logs}
mkdir -p "$logs"

failed=0
for t in "${targets[@]}"; do
    echo "$(date -u +%FT%TZ) $t: campaign of $runs executions, log $logs/$t.log"
    PRECIS_FUZZ_LOG=$logs/$t.log fuzz/long.sh "$t" "$runs" || failed=1
    echo "$(date -u +%FT%TZ) $t: replay under ASan+UBSan"
    PRECIS_FUZZ_LOG=$logs/$t.replay.log fuzz/long.sh "$t" replay || failed=1
done
exit $failed
