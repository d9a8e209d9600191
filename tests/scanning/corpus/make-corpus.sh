#!/bin/sh
# Regenerates the decode corpus (images/ and expected.tsv) beside this script.
# Needs zint (the independent encoder; made with 2.11.1) and Pillow for the
# system Python (Debian: python3-pil). Deterministic: running it twice gives
# the same files. See README.md.
set -eu

here=$(cd "$(dirname "$0")" && pwd)

command -v zint >/dev/null || { echo "make-corpus.sh: zint not found (apt install zint)" >&2; exit 1; }
# The system interpreter on purpose: python3-pil is a Debian package, and a
# python3 earlier on PATH (pyenv, venv) may not have it.
python=/usr/bin/python3
"$python" -c 'import PIL' 2>/dev/null || { echo "make-corpus.sh: $python lacks Pillow (apt install python3-pil)" >&2; exit 1; }

echo "zint: $(zint --version | head -n 1)"
"$python" "$here/make-corpus.py"
du -sh "$here/images"
