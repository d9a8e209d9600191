#!/usr/bin/env bash
# README command 2: install what is missing, build, and run every test (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
./deploy/install-deps.sh
# Test-only peers from the npm registry, pinned by tests/package-lock.json
# (modbus-serial: an independent Modbus server for the device tests).
(cd tests && npm ci --no-audit --no-fund --loglevel=error)
./deploy/build.sh
ctest --preset default "$@"
