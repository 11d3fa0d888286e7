#!/usr/bin/env bash
# Configures, builds and tests the sanitizer presets: `asan` (AddressSanitizer +
# UndefinedBehaviorSanitizer, whole suite) and `tsan` (ThreadSanitizer, tests labelled
# `concurrency`). Prints how long each preset took. CI runs this on 2 cores.
#   scripts/sanitize.sh [asan|tsan]...
set -euo pipefail
cd "$(dirname "$0")/.."
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(asan tsan)
jobs=${PRECIS_JOBS:-2}

# Leaks are errors; UB stops the test; ICU, yaml-cpp and friends are not instrumented, so TSan
# gets their suppressions from the file beside this script when one is needed.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}

status=0
for p in "${presets[@]}"; do
    start=$(date +%s)
    # precis-bench is not a test: leave it out of sanitizer builds.
    # The release build's lexicon table, when there is one, saves each preset making its own.
    table=()
    [ -f build/release/grammar/lexicon_fr.bin ] &&
        table=(-DPRECIS_LEXICON_PREBUILT="$PWD/build/release/grammar/lexicon_fr.bin")
    cmake --preset "$p" -DPRECIS_BUILD_BENCH=OFF "${table[@]}" >/dev/null
    # tsan runs the tests labelled `concurrency`: build their programs only.
    targets=()
    [ "$p" = tsan ] && targets=(--target precis_tests_concurrency)
    cmake --build --preset "$p" -j "$jobs" "${targets[@]}"
    built=$(date +%s)
    # Host tests (label `hosts`) run the library inside python, php, node: an instrumented
    # library needs the sanitizer runtime loaded before the interpreter, which those tests do
    # not arrange, so they stay in the plain suite.
    if ! ctest --preset "$p" -j "$jobs" -LE hosts; then status=1; fi
    end=$(date +%s)
    echo "sanitize: $p: build $((built - start)) s, tests $((end - built)) s, total $((end - start)) s"
done
exit $status
