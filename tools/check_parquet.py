#!/usr/bin/env python3
"""Checks a `dateline export --format parquet` file with pyarrow.

Usage: check_parquet.py EVENTS.parquet [--rows N]

Reads the file with an independent Parquet implementation and checks the
events schema: the expected columns and types, no nulls in required
columns, and sane values (quad class 1-4, Goldstein -10..10, counts >= 1,
num_articles <= num_mentions, num_sources <= num_articles). With --rows N the
row count must equal N. Prints a short summary; exits 1 on any problem.
Run it with the interpreter printed by tools/setup_pyarrow.sh.
"""
import argparse
import sys

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

INT = {"story_id", "quad_class", "num_mentions", "num_articles", "num_sources"}
FLOAT = {"goldstein", "lat", "lon"}
REQUIRED = INT | {"goldstein", "article", "event", "cameo", "root", "plover", "status", "trigger", "ingested_at"}
COLUMNS = [
    "story_id", "article", "event", "date", "source_code", "source_text", "target_code", "target_text",
    "cameo", "root", "quad_class", "goldstein", "plover", "status", "trigger", "place_name",
    "place_country", "lat", "lon", "attribution", "according_to", "num_mentions", "num_articles",
    "num_sources", "outlet", "url", "ingested_at",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--rows", type=int, default=None)
    args = ap.parse_args()

    table = pq.read_table(args.path)
    problems = []
    names = table.schema.names
    if names != COLUMNS:
        problems.append(f"columns {names} != expected {COLUMNS}")
    for name in names:
        t = table.schema.field(name).type
        want = pa.int64() if name in INT else pa.float64() if name in FLOAT else pa.string()
        if t != want:
            problems.append(f"column {name}: type {t}, expected {want}")
        if name in REQUIRED and table.column(name).null_count:
            problems.append(f"column {name}: {table.column(name).null_count} nulls")
    if table.num_rows and not problems:
        def bad(mask, what):
            n = pc.sum(mask).as_py() or 0
            if n:
                problems.append(f"{n} rows with {what}")
        q = table.column("quad_class")
        bad(pc.or_(pc.less(q, 1), pc.greater(q, 4)), "quad_class outside 1..4")
        g = table.column("goldstein")
        bad(pc.or_(pc.less(g, -10), pc.greater(g, 10)), "goldstein outside -10..10")
        m, a, s = (table.column(c) for c in ("num_mentions", "num_articles", "num_sources"))
        bad(pc.less(s, 1), "num_sources < 1")
        bad(pc.greater(a, m), "num_articles > num_mentions")
        bad(pc.greater(s, a), "num_sources > num_articles")
        ids = table.column("story_id")
        if pc.count_distinct(ids).as_py() != table.num_rows:
            problems.append("story_id not unique")
    if args.rows is not None and table.num_rows != args.rows:
        problems.append(f"{table.num_rows} rows, expected {args.rows}")

    meta = pq.ParquetFile(args.path).metadata
    print(f"{args.path}: {table.num_rows} rows, {meta.num_row_groups} row groups, {len(names)} columns")
    if table.num_rows:
        multi = pc.sum(pc.greater(table.column("num_articles"), 1)).as_py() or 0
        print(f"story events reported by several articles: {multi}")
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
