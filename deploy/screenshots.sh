#!/usr/bin/env bash
# Regenerates docs/screens/: a PNG of every station screen in every language
# (en, nl, de, nb, fr), rendered offscreen by the real app on its demo
# backend. Fails if any text is clipped or overflows.
set -euo pipefail
cd "$(dirname "$0")/.."
./deploy/build.sh >/dev/null
# Only the station's screens: docs/screens/dashboard.png comes from the dashboard's browser test.
mkdir -p docs/screens && rm -f docs/screens/*-{en,nl,de,nb,fr}.png
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software ./build/packdesk station --screenshot docs/screens
echo "screenshots: $(ls docs/screens/*.png | wc -l) files in docs/screens/"
