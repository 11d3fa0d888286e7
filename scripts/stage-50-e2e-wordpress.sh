#!/usr/bin/env bash
# Stage of scripts/test: the WordPress plugin end to end (MariaDB, WordPress, headless
# Chromium, all on loopback). Installs its own Debian packages (tests/e2e/packages.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/apt-install tests/e2e/packages.txt
tests/e2e/wordpress.sh build/release
