#!/usr/bin/env python3
"""Prints the benchmark results against packdesk's targets (docs/performance.md)."""
import json
import sys

# benchmark name prefix -> (what, measured field, unit, target, lower is better)
TARGETS = [
    ("importOrders/100000", "import 100,000 orders (~300,000 lines)", "real_time", "ms", 5000),
    ("openOrderByScan", "open order by scan, 1,000,000 orders: p99", "p99_us", "us", 2000),
    ("recordScanEvent", "record a scan event: p99", "p99_us", "us", 1000),
]
# Context, not targets: the disk's own fsync latency under every durable commit.
CONTEXT = [("diskSyncFloor", "disk floor: 4 KiB append + fdatasync, p50 / p99")]


def main(path):
    with open(path) as f:
        data = json.load(f)
    results = {b["name"]: b for b in data["benchmarks"]}
    ctx = data["context"]
    print(f"\nmachine: {ctx.get('host_name')}, {ctx.get('num_cpus')} CPUs @ {ctx.get('mhz_per_cpu')} MHz, "
          f"build {ctx.get('library_build_type')}, {ctx.get('date')}")
    print(f"{'benchmark':48} {'measured':>12} {'target':>10}  verdict")
    failed = False
    for prefix, what, field, unit, target in TARGETS:
        match = next((b for name, b in results.items() if name.startswith(prefix)), None)
        if match is None or "error_message" in match:
            print(f"{what:48} {'-':>12} {target:>8} {unit}  not run")
            continue
        value = match[field]
        ok = value < target
        failed |= not ok
        print(f"{what:48} {value:>10.1f} {unit} {target:>7} {unit}  {'ok' if ok else 'MISSED'}")
    for prefix, what in CONTEXT:
        match = next((b for name, b in results.items() if name.startswith(prefix)), None)
        if match and "error_message" not in match:
            print(f"{what:48} {match['p50_us']:>7.0f} / {match['p99_us']:.0f} us")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "bench/results/latest.json"))
