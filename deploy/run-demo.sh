#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the station on
# its embedded default: SQLite in the user's data folder, demo packers and
# orders, a simulated Modbus scale and light tower, printing to a folder.
# Without a display (SSH, CI) it runs the scripted demo instead: every demo
# order packed through the real store and the simulated devices, then the
# day's stats.
set -euo pipefail
cd "$(dirname "$0")/.."
./deploy/install-deps.sh
./deploy/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${1:-}" != "--scripted" ]; then
  echo "run-demo: starting the station (badges P01-P03, lead L01 PIN 2468; a scan is a badge or barcode typed fast + Enter)"
  exec ./build/packdesk station --demo
fi
echo "run-demo: no display: running the scripted demo (the station UI needs a display; see docs/station-ui.md)"
DB="${PACKDESK_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/packdesk/demo.sqlite}"
./build/packdesk demo --fresh --db "$DB" --station "${PACKDESK_STATION:-demo-station-1}"
./build/packdesk stats --db "$DB"
