#!/usr/bin/env bash
# Installs every Debian 12 package packdesk needs to build, run and test.
# Idempotent and non-interactive: installs only what is missing.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config git
  # Qt 6.4 as packaged by Debian 12 (QtMultimedia: camera frames)
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev
  # storage and crypto (PIN hashes, content hashes)
  libsqlite3-dev sqlite3 libssl-dev
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
