#!/usr/bin/env bash
# Creates a Python virtual environment with pyarrow for tools/check_parquet.py.
# Usage: tools/setup_pyarrow.sh [VENV_DIR]   (default /tmp/dateline-pyarrow)
# Prints the venv's python path on the last line.
set -euo pipefail
venv="${1:-/tmp/dateline-pyarrow}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import pyarrow' 2>/dev/null; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'pyarrow>=14'
fi
"$venv/bin/python" -c 'import pyarrow; print("pyarrow", pyarrow.__version__)' >&2
echo "$venv/bin/python"
