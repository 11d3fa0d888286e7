#!/usr/bin/env bash
# Stage of scripts/test: every libFuzzer target for PRECIS_FUZZ_SECONDS each (default 60),
# starting from the seed corpora; a crash fails the stage and leaves its input in
# build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/apt-install scripts/packages-hardening.txt
fuzz/run.sh "${PRECIS_FUZZ_SECONDS:-60}"
