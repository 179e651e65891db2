#!/usr/bin/env python3
"""Reads `dateline ... --format gdelt` rows as a GDELT 2.0 events reader would.

Usage: check_gdelt.py EVENTS.tsv [--rows N] [--header]

Loads the file with pyarrow's CSV reader, typed by the GDELT 2.0 event
codebook (61 tab-separated columns, no quoting, integer dates, string CAMEO
codes that keep their leading zeros), then checks what GDELT tooling relies
on: Day, MonthYear and Year agree; FractionDate lies in Year; EventRootCode
and EventBaseCode are prefixes of EventCode; QuadClass follows the root;
Goldstein in -10..10; counts >= 1 and NumSources <= NumArticles <=
NumMentions; geo types 0-5 with coordinates in range when present; DATEADDED
is YYYYMMDDHHMMSS; IsRootEvent is 0 or 1; event ids are unique. With --rows N
the row count must equal N. Prints a summary; exits 1 on any problem. Run it
with the interpreter printed by tools/setup_pyarrow.sh.
"""
import argparse
import sys

import pyarrow as pa
import pyarrow.csv as pcsv


def actor(n):
    return [
        f"Actor{n}Code", f"Actor{n}Name", f"Actor{n}CountryCode", f"Actor{n}KnownGroupCode",
        f"Actor{n}EthnicCode", f"Actor{n}Religion1Code", f"Actor{n}Religion2Code",
        f"Actor{n}Type1Code", f"Actor{n}Type2Code", f"Actor{n}Type3Code",
    ]


def geo(prefix):
    return [
        f"{prefix}_Type", f"{prefix}_FullName", f"{prefix}_CountryCode", f"{prefix}_ADM1Code",
        f"{prefix}_ADM2Code", f"{prefix}_Lat", f"{prefix}_Long", f"{prefix}_FeatureID",
    ]


COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + actor(1)
    + actor(2)
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + geo("Actor1Geo")
    + geo("Actor2Geo")
    + geo("ActionGeo")
    + ["DATEADDED", "SOURCEURL"]
)
assert len(COLUMNS) == 61

INT64 = {"GlobalEventID", "Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
         "NumSources", "NumArticles", "DATEADDED", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type"}
FLOAT = {"FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long",
         "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"}
REQUIRED = {"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "IsRootEvent", "EventCode",
            "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "DATEADDED"}


def quad_of(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--rows", type=int, default=None)
    ap.add_argument("--header", action="store_true", help="the file starts with a header line")
    args = ap.parse_args()

    types = {c: (pa.int64() if c in INT64 else pa.float64() if c in FLOAT else pa.string()) for c in COLUMNS}
    table = pcsv.read_csv(
        args.path,
        read_options=pcsv.ReadOptions(column_names=COLUMNS, skip_rows=1 if args.header else 0),
        parse_options=pcsv.ParseOptions(delimiter="\t", quote_char=False),
        convert_options=pcsv.ConvertOptions(
            column_types=types, strings_can_be_null=True, quoted_strings_can_be_null=True
        ),
    )
    problems = []
    rows = table.to_pylist()
    if args.rows is not None and len(rows) != args.rows:
        problems.append(f"{len(rows)} rows, expected {args.rows}")
    ids = set()
    for n, r in enumerate(rows, 1):
        def bad(msg):
            problems.append(f"row {n}: {msg}")

        missing = [c for c in REQUIRED if r[c] is None]
        if missing:
            bad(f"empty required columns {missing}")
            continue
        if r["GlobalEventID"] in ids:
            bad(f"duplicate GlobalEventID {r['GlobalEventID']}")
        ids.add(r["GlobalEventID"])
        day, my, year = r["Day"], r["MonthYear"], r["Year"]
        if day // 100 != my or my // 100 != year or not 1 <= day % 100 <= 31 or not 1 <= my % 100 <= 12:
            bad(f"Day {day}, MonthYear {my}, Year {year} disagree")
        if int(r["FractionDate"]) != year:
            bad(f"FractionDate {r['FractionDate']} outside Year {year}")
        code, base, root = r["EventCode"], r["EventBaseCode"], r["EventRootCode"]
        if not (code.isdigit() and 2 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20):
            bad(f"EventCode {code!r} is not a CAMEO code")
            continue
        if root != code[:2] or not code.startswith(base) or not 2 <= len(base) <= 3:
            bad(f"EventRootCode {root!r} / EventBaseCode {base!r} do not prefix EventCode {code!r}")
        if r["QuadClass"] != quad_of(root):
            bad(f"QuadClass {r['QuadClass']} for root {root}")
        if not -10.0 <= r["GoldsteinScale"] <= 10.0:
            bad(f"GoldsteinScale {r['GoldsteinScale']}")
        if r["IsRootEvent"] not in (0, 1):
            bad(f"IsRootEvent {r['IsRootEvent']}")
        m, s, a = r["NumMentions"], r["NumSources"], r["NumArticles"]
        if min(m, s, a) < 1 or not s <= a <= m:
            bad(f"counts mentions {m}, sources {s}, articles {a}")
        if not 10**13 <= r["DATEADDED"] < 10**14:
            bad(f"DATEADDED {r['DATEADDED']} is not YYYYMMDDHHMMSS")
        for g in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
            t, lat, lon = r[f"{g}_Type"], r[f"{g}_Lat"], r[f"{g}_Long"]
            if t is not None and not 0 <= t <= 5:
                bad(f"{g}_Type {t}")
            if (lat is None) != (lon is None):
                bad(f"{g} has only one coordinate")
            if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
                bad(f"{g} coordinates {lat}, {lon}")
        for c in ("Actor1Code", "Actor2Code"):
            v = r[c]
            if v is not None and not (v.isalnum() and v.isupper()):
                bad(f"{c} {v!r}")

    placed = sum(1 for r in rows if r["ActionGeo_Lat"] is not None)
    roots = sorted({r["EventRootCode"] for r in rows if r["EventRootCode"]})
    print(f"{args.path}: {len(rows)} GDELT rows, {table.num_columns} columns, "
          f"{placed} with an action place, roots {' '.join(roots)}")
    for p in problems[:50]:
        print("problem:", p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problems", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
