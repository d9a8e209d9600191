#!/usr/bin/env bash
# README command 1: install what is missing, build, and run the station's
# embedded default: SQLite in the user's data folder, demo packers and orders,
# every order packed through the real store, then the day's stats.
set -euo pipefail
cd "$(dirname "$0")/.."
./deploy/install-deps.sh
./deploy/build.sh
DB="${PACKDESK_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/packdesk/demo.sqlite}"
./build/packdesk demo --fresh --db "$DB" --station "${PACKDESK_STATION:-demo-station-1}"
./build/packdesk stats --db "$DB"
