#!/usr/bin/env bash
# Runs the Node host's tests (node --test) in a copy of bindings/node inside the build tree,
# so that node_modules never lands in the sources. Exit 77 (skipped) only when npm is absent.
# usage: node_test.sh SOURCE_DIR WORK_DIR
set -euo pipefail
source=$1 work=$2
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node/npm not installed: skipping the Node host test"
    exit 77
fi
mkdir -p "$work"
cp "$source/package.json" "$source/package-lock.json" "$source/index.js" "$source/index.d.ts" "$work/"
rm -rf "$work/test" && cp -r "$source/test" "$work/test"
# npm ci only when the locked tree is not there yet (or the lock changed).
if ! cmp -s "$work/package-lock.json" "$work/node_modules/.precis-lock" 2>/dev/null; then
    (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$work/package-lock.json" "$work/node_modules/.precis-lock"
fi
cd "$work"
exec node --test test/
