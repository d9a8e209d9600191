#!/usr/bin/env bash
# Installs every Debian 12 package packdesk needs to build, run and test.
# Idempotent and non-interactive: installs only what is missing.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config git
  # Qt 6.4 as packaged by Debian 12: Qt Quick and its QML modules for the
  # station UI, QtMultimedia for camera frames and sounds, the linguist tools
  # for the translations, QtHttpServer for `packdesk serve`
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qttest qt6-multimedia-dev qml6-module-qtmultimedia
  qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  # printing: CUPS (the client library, and cupsd + lpadmin for the test
  # queue), poppler's pdftoppm/pdffonts to rasterise and inspect PDFs in tests,
  # DejaVu fonts (every Latin script character, embedded in the PDFs)
  libcups2-dev cups cups-client cups-bsd poppler-utils fonts-dejavu-core fontconfig
  # storage and crypto (PIN hashes, content hashes)
  libsqlite3-dev sqlite3 libssl-dev
  # webhook delivery: libcurl's multi interface (keep-alive HTTP/1.1 client)
  libcurl4-openssl-dev
  # order import (JSON)
  libsimdjson-dev
  # barcodes: ZXing-C++ decodes and encodes
  libzxing-dev
  # devices: the scale and light tower over Modbus TCP/RTU
  libmodbus-dev
  # tests and benchmarks; zbar is the independent decoder the round trips and
  # the camera benchmark compare with, zint + Pillow regenerate the decode corpus
  libgtest-dev libgmock-dev libbenchmark-dev python3
  zbar-tools libzbar-dev zint python3-pil
  # socat makes the pseudo-terminal pair for Modbus RTU tests; Node.js runs
  # the independent test peers from the npm registry (tests/package.json)
  socat nodejs
  # headless GUI tests and screenshots (xvfb-run for the demo without a display),
  # Chromium for the dashboard's browser tests, wrk to measure webhook delivery
  xvfb sox chromium wrk
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

# Debian packages npm apart from nodejs; other Node.js builds bring their own.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
