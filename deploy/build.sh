#!/usr/bin/env bash
# Configures and builds packdesk (RelWithDebInfo with assertions, Ninja, ccache) into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"
