#!/usr/bin/env bash
# Runs every benchmark, prints a table against the targets and writes
# bench/results/latest.json (Google Benchmark's JSON of all binaries, plus
# the machine). Generated data is cached in build/bench-data (first run:
# about a minute more). Extra arguments go to every benchmark binary, e.g.
# --benchmark_filter=frames.
set -euo pipefail
cd "$(dirname "$0")/.."
./deploy/build.sh >/dev/null
mkdir -p bench/results build/bench-data
export PACKDESK_BENCH_DATA="$PWD/build/bench-data"
export QT_QUICK_BACKEND=software
export QT_QPA_PLATFORM=offscreen
parts=()
for bench in station_bench scanning_bench devices_bench station_ui_bench printing_bench api_bench webhooks_bench stats_bench; do
  ./build/bench/$bench \
    --benchmark_out=build/bench-data/$bench.json --benchmark_out_format=json \
    --benchmark_counters_tabular=true "$@"
  parts+=(build/bench-data/$bench.json)
done
python3 bench/summarize.py bench/results/latest.json "${parts[@]}"
