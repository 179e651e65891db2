#!/usr/bin/env bash
# Time the spaCy peer (../shared/tools/peer_spacy.py) on a sample of each corpus.
#   bash tools/peers/bench.sh [N_PER_CORPUS] [VENV_DIR]    (defaults 200, /tmp/peers)
# Writes nothing into the repository: samples and stats go to a temp dir, the
# summary (articles/s, MB/s per corpus, with and without quotes) to stdout.
set -euo pipefail
N="${1:-200}"
VENV="${2:-/tmp/peers}"
HERE="$(cd "$(dirname "$0")" && pwd)"
SHARED="$HERE/../../../shared"
PEER="$SHARED/tools/peer_spacy.py"
if [ ! -x "$VENV/bin/python" ]; then
    echo "bench.sh: no venv at $VENV; run: bash $HERE/setup.sh $VENV" >&2
    exit 1
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
for corpus in "$SHARED"/corpora/*/; do
    name="$(basename "$corpus")"
    first="$(ls "$corpus"*.jsonl | head -n 1)"
    head -n "$N" "$first" > "$TMP/$name.jsonl"
    for mode in quotes no-quotes; do
        flag=""
        [ "$mode" = no-quotes ] && flag="--no-quotes"
        "$VENV/bin/python" "$PEER" $flag --stats-json "$TMP/$name.$mode.json" "$TMP/$name.jsonl" > /dev/null 2> "$TMP/err"
        "$VENV/bin/python" - "$name" "$mode" "$TMP/$name.$mode.json" <<'PY'
import json, sys
name, mode, path = sys.argv[1:4]
s = json.load(open(path))
print(f"{name:<14} {mode:<10} {s['articles']:>5} articles {s['bytes']/1e6:7.3f} MB "
      f"{s['seconds']:7.2f} s  {s['articles_per_s']:>8} art/s  {s['mb_per_s']:>8} MB/s")
PY
    done
done
