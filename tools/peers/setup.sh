#!/usr/bin/env bash
# Create the Python peer-baseline venv (spaCy + en_core_web_sm + textacy, pinned)
# by delegating to the shared setup script, found relative to this file:
# <repo>/tools/peers/setup.sh -> <repo>/../shared/tools/setup_peers.sh.
#   bash tools/peers/setup.sh [VENV_DIR]     (default /tmp/peers)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SHARED="$HERE/../../../shared/tools/setup_peers.sh"
if [ ! -f "$SHARED" ]; then
    echo "setup.sh: $SHARED not found (expected the shared tools beside the repository)" >&2
    exit 1
fi
exec bash "$SHARED" "${1:-/tmp/peers}"
