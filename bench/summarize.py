#!/usr/bin/env python3
"""Prints the benchmark results against packdesk's targets (docs/performance.md).

Usage: summarize.py OUT.json IN.json [IN.json ...]
Merges the Google Benchmark JSON files of the benchmark binaries into OUT.json
(one "benchmarks" list, the first file's machine context) and prints the table.
"""
import json
import sys

# benchmark name prefix -> (what, measured field, unit, target); lower is better
TARGETS = [
    ("importOrders/100000", "import 100,000 orders (~300,000 lines)", "real_time", "ms", 5000),
    ("openOrderByScan", "open order by scan, 1,000,000 orders: p99", "p99_us", "us", 2000),
    ("recordScanEvent", "record a scan event: p99", "p99_us", "us", 1000),
    ("gs1Parse", "GS1 element string parse: p99", "p99_us", "us", 50),
    ("interpretScan", "interpret a scan (AIM + GS1 + GTIN): p99", "p99_us", "us", 50),
    ("scanToFrame", "scan to the frame showing it, 1,000,000 orders: p99", "p99_ms", "ms", 16),
    ("coldStart", "cold start to an interactive login screen: p99", "p99_ms", "ms", 1500),
    ("memoryAfterOrders", "resident memory after 500 packed orders", "rss_500_MB", "MB", 200),
    ("cardRenderA6", "thank-you card PDF, A6: p99", "p99_ms", "ms", 50),
    ("labelZplRender/203", "return label ZPL, 203 dpi: p99", "p99_us", "us", 1000),
    ("labelZplRender/300", "return label ZPL, 300 dpi: p99", "p99_us", "us", 1000),
    ("cups_submitToAccepted/0", "PDF job submit to accepted, local cupsd: p99", "p99_ms", "ms", 100),
    ("cups_submitToAccepted/1", "ZPL job submit to accepted, local cupsd: p99", "p99_ms", "ms", 100),
    ("webhookCommitToDelivered", "webhook: outbox commit to the shop's 2xx: p99", "p99_ms", "ms", 100),
    ("statsReport/days:1/filter:0", "dashboard report, 1 day, 1M orders: p99", "p99_ms", "ms", 200),
    ("statsReport/days:7/filter:0", "dashboard report, 7 days, 1M orders: p99", "p99_ms", "ms", 200),
    ("statsReport/days:30/filter:0", "dashboard report, 30 days, 1M orders: p99", "p99_ms", "ms", 200),
    ("statsReport/days:90/filter:0", "dashboard report, 90 days, 1M orders: p99", "p99_ms", "ms", 200),
    ("statsReport/days:90/filter:1", "dashboard report, 90 days, one packer: p99", "p99_ms", "ms", 200),
    ("statsReport/days:90/filter:2", "dashboard report, 90 days, one station: p99", "p99_ms", "ms", 200),
    ("statsReport/days:90/filter:3", "dashboard report, 90 days, one shop: p99", "p99_ms", "ms", 200),
    ("statsChoices", "dashboard filter choices: p99", "p99_ms", "ms", 200),
]
# (benchmark name prefix, what, counter, minimum): throughputs, higher is better
MINIMUMS = [
    ("apiCreateOrders", "inbound API: order creations per second", "orders_per_s", 1000),
    ("webhookDelivery20k", "webhooks: 20,000 events delivered per second", "events_per_s", 10000),
]
# Recorded, no target in the issues: (prefix, what)
RECORDED_LATENCY = [
    ("modbusReadRoundTrip", "Modbus TCP read round trip, loopback: p50 / p99"),
    ("weightChangeToStable/stableFlag:1", "weight change to stable, device flag: p50 / p99"),
    ("weightChangeToStable/stableFlag:0", "weight change to stable, station's rule: p50 / p99"),
    ("labelPdfRender", "return label PDF: p50 / p99"),
    ("cups_submitToCompleted/0", "PDF job submit to completed, local cupsd: p50 / p99"),
]
# (what, numerator, denominator, minimum): frame-rate ratios, higher is better
RATIOS = [
    ("camera pipeline / ZXing direct, NV12", "frames/pipelineNv12", "frames/zxingDirect", 0.9),
    ("camera pipeline / ZXing direct, YUYV", "frames/pipelineYuyv", "frames/zxingDirectYuyv", 0.9),
    ("camera pipeline NV12 / libzbar", "frames/pipelineNv12", "frames/zbarDirect", None),
]
# Context, not targets.
CONTEXT_LATENCY = [("diskSyncFloor", "disk floor: 4 KiB append + fdatasync, p50 / p99")]
CONTEXT_RATES = [
    ("frames/zxingDirect", "ZXing direct, one symbol per frame (1280x720)"),
    ("frames/zxingDirectAllSymbols", "ZXing direct, all symbols, no downscaling"),
    ("frames/pipelineNv12", "camera pipeline, NV12 frames"),
    ("frames/zbarDirect", "libzbar (no DataMatrix)"),
]


def find(results, prefix):
    match = next((b for name, b in results.items() if name.startswith(prefix)), None)
    if match is None or "error_message" in match:
        return None
    return match


def merge(paths):
    merged = None
    for path in paths:
        try:
            with open(path) as f:
                data = json.load(f)
        except (OSError, ValueError):
            continue  # a binary whose benchmarks the filter excluded wrote nothing
        if not data.get("benchmarks"):
            continue
        if merged is None:
            merged = data
        else:
            merged["benchmarks"].extend(data["benchmarks"])
    return merged


def main(out_path, in_paths):
    data = merge(in_paths)
    with open(out_path, "w") as f:
        json.dump(data, f, indent=2)
    results = {b["name"]: b for b in data["benchmarks"] if b.get("run_type", "iteration") == "iteration"}
    ctx = data["context"]
    print(f"\nmachine: {ctx.get('host_name')}, {ctx.get('num_cpus')} CPUs @ {ctx.get('mhz_per_cpu')} MHz, "
          f"build {ctx.get('library_build_type')}, {ctx.get('date')}")
    print(f"{'benchmark':52} {'measured':>12} {'target':>10}  verdict")
    failed = False
    for prefix, what, field, unit, target in TARGETS:
        match = find(results, prefix)
        if match is None:
            print(f"{what:52} {'-':>12} {target:>7} {unit}  not run")
            continue
        # "p99_ms" is reported in us by the benchmark; shown in ms.
        value = match[field] if field in match else match[field.replace("_ms", "_us")] / 1000.0
        ok = value < target
        failed |= not ok
        print(f"{what:52} {value:>9.1f} {unit} {target:>7} {unit}  {'ok' if ok else 'MISSED'}")
    for prefix, what, counter, minimum in MINIMUMS:
        match = find(results, prefix)
        if match is None or counter not in match:
            print(f"{what:52} {'-':>12} {'>= ' + str(minimum):>10}  not run")
            continue
        ok = match[counter] >= minimum
        failed |= not ok
        print(f"{what:52} {match[counter]:>12.0f} {'>= ' + str(minimum):>10}  {'ok' if ok else 'MISSED'}")
    for what, numerator, denominator, minimum in RATIOS:
        a, b = find(results, numerator), find(results, denominator)
        if a is None or b is None:
            print(f"{what:52} {'-':>12} {'':>10}  not run")
            continue
        ratio = a["frames_per_s"] / b["frames_per_s"]
        if minimum is None:
            print(f"{what:52} {ratio:>11.2f}x {'':>10}  recorded")
            continue
        ok = ratio >= minimum
        failed |= not ok
        print(f"{what:52} {ratio:>11.2f}x {'>= ' + str(minimum) + 'x':>10}  {'ok' if ok else 'MISSED'}")
    for prefix, what in RECORDED_LATENCY:
        match = find(results, prefix)
        if match:
            unit, scale = ("ms", 1000.0) if match["p50_us"] >= 10000 else ("us", 1.0)
            print(f"{what:52} {match['p50_us'] / scale:>7.1f} / {match['p99_us'] / scale:.1f} {unit}")
    for prefix, what in CONTEXT_LATENCY:
        match = find(results, prefix)
        if match:
            print(f"{what:52} {match['p50_us']:>7.0f} / {match['p99_us']:.0f} us")
    for prefix, what in CONTEXT_RATES:
        match = find(results, prefix)
        if match:
            print(f"{what:52} {match['frames_per_s']:>7.0f} frames/s")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
