#!/usr/bin/env bash
# Checks that dateline's exports load in an independent reader (pyarrow):
# the Parquet and GDELT exports of an archive built from the repo's examples,
# and `extract --format gdelt`. Row counts are compared with the archive's
# CSV export. Needs Python 3 with venv; installs pyarrow in a venv
# (tools/setup_pyarrow.sh).
# Usage: tools/interop.sh [DATELINE_BINARY]   (default target/debug/dateline)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/debug/dateline}"
if [ ! -x "$bin" ]; then
    cargo build -q -p dateline
    bin=target/debug/dateline
fi
py=$(tools/setup_pyarrow.sh | tail -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inputs=(examples/article.txt examples/entities/*.txt)
"$bin" ingest "${inputs[@]}" --db "$work/a.db" --quiet
"$bin" export --db "$work/a.db" --format csv --out "$work/events.csv"
rows=$(($(wc -l < "$work/events.csv") - 1))
if [ "$rows" -lt 1 ]; then
    echo "interop: the archive of ${#inputs[@]} examples holds no events" >&2
    exit 1
fi
"$bin" export --db "$work/a.db" --format parquet --out "$work/events.parquet"
"$bin" export --db "$work/a.db" --format gdelt --out "$work/events.tsv"
"$bin" extract --format gdelt "${inputs[@]}" > "$work/extract.tsv"
"$py" tools/check_parquet.py "$work/events.parquet" --rows "$rows"
"$py" tools/check_gdelt.py "$work/events.tsv" --rows "$rows"
"$py" tools/check_gdelt.py "$work/extract.tsv"
echo "interop: ${#inputs[@]} articles, $rows story events read back from Parquet and GDELT rows"
