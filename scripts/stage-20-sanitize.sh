#!/usr/bin/env bash
# Stage of scripts/test: the suite under AddressSanitizer + UndefinedBehaviorSanitizer, and the
# `concurrency` tests under ThreadSanitizer (scripts/sanitize.sh prints each preset's time).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/apt-install scripts/packages-hardening.txt
scripts/sanitize.sh asan tsan
