#!/usr/bin/env bash
# Runs every benchmark, prints a table against the targets and writes
# bench/results/latest.json (Google Benchmark's JSON, plus the machine).
# Generated data is cached in build/bench-data (first run: about a minute more).
set -euo pipefail
cd "$(dirname "$0")/.."
./deploy/build.sh >/dev/null
mkdir -p bench/results build/bench-data
export PACKDESK_BENCH_DATA="$PWD/build/bench-data"
./build/bench/station_bench \
  --benchmark_out=bench/results/latest.json --benchmark_out_format=json \
  --benchmark_counters_tabular=true "$@"
python3 bench/summarize.py bench/results/latest.json
