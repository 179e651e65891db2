#!/usr/bin/env bash
# Kill-and-resume check for `dateline ingest` (docs/archive.md).
#
# Ingests INPUT once cleanly; then ingests it into a second archive, killing
# the process with SIGKILL at random moments KILLS times and re-running the
# same command each time, and finally runs it to completion. The two
# archives must hold the same articles, rows, clusters and story counts.
#
#   tools/kill_resume.sh INPUT [KILLS] [MAX_SECONDS]
#
# Needs a release build (cargo build --release -p dateline) and python3.
set -euo pipefail

input=${1:?usage: tools/kill_resume.sh INPUT [KILLS] [MAX_SECONDS]}
kills=${2:-5}
max_secs=${3:-20}
bin=${DATELINE:-target/release/dateline}
work=$(mktemp -d /tmp/dateline-kill.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "clean run ..."
"$bin" ingest "$input" --db "$work/clean.db" --quiet

for i in $(seq 1 "$kills"); do
    # Tenths of a second, so kills land anywhere inside a batch.
    delay=$(python3 -c "import random; print(round(random.uniform(0.5, $max_secs), 1))")
    "$bin" ingest "$input" --db "$work/killed.db" --quiet &
    pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null || true
        echo "kill $i: SIGKILL after ${delay} s"
    else
        wait "$pid" || true
        echo "kill $i: run had finished before ${delay} s"
    fi
done
echo "final run ..."
"$bin" ingest "$input" --db "$work/killed.db" --quiet

python3 - "$work/clean.db" "$work/killed.db" <<'EOF'
import json, sqlite3, sys, zlib

def snappy_block(data):
    """Decompresses one raw Snappy block."""
    n, shift, i = 0, 0, 0
    while True:  # uncompressed length, a varint
        b = data[i]; i += 1
        n |= (b & 0x7F) << shift; shift += 7
        if b < 0x80:
            break
    out = bytearray()
    while i < len(data):
        tag = data[i]; i += 1
        kind = tag & 3
        if kind == 0:  # literal
            length = tag >> 2
            if length >= 60:
                extra = length - 59
                length = int.from_bytes(data[i:i + extra], "little"); i += extra
            length += 1
            out += data[i:i + length]; i += length
            continue
        if kind == 1:
            length = 4 + ((tag >> 2) & 7)
            offset = ((tag >> 5) << 8) | data[i]; i += 1
        elif kind == 2:
            length = 1 + (tag >> 2)
            offset = int.from_bytes(data[i:i + 2], "little"); i += 2
        else:
            length = 1 + (tag >> 2)
            offset = int.from_bytes(data[i:i + 4], "little"); i += 4
        for _ in range(length):  # copies may overlap their own output
            out.append(out[-offset])
    assert len(out) == n
    return bytes(out)

def record_json(blob):
    """A stored record's JSON: Snappy-framed, zlib, or JSON TEXT."""
    if isinstance(blob, str):
        return blob.encode()
    if not blob.startswith(b"\xff\x06\x00\x00sNaPpY"):
        return zlib.decompress(blob)
    out, i = bytearray(), 0
    while i < len(blob):
        kind = blob[i]
        length = int.from_bytes(blob[i + 1:i + 4], "little")
        body = blob[i + 4:i + 4 + length]
        i += 4 + length
        if kind == 0x00:
            out += snappy_block(body[4:])  # after the CRC
        elif kind == 0x01:
            out += body[4:]
    return bytes(out)

def record_text(blob):
    # What dateline registers on its connections: the full-text index takes
    # each article's text from its record (schema version 12).
    return None if blob is None else json.loads(record_json(blob)).get("text", "")

def summary(path):
    db = sqlite3.connect(path, isolation_level=None)  # autocommit: the FTS check must not hold a lock
    db.create_function("dateline_record_text", 1, record_text, deterministic=True)
    q = lambda sql: db.execute(sql).fetchall()
    out = {}
    for table in ["articles", "attributions",
                  "events", "records", "clusters", "minhash", "story_events"]:
        out[f"rows in {table}"] = q(f"SELECT count(*) FROM {table}")[0][0]
    out["entities (articles.entity_count)"] = q(
        "SELECT sum(entity_count) FROM articles")[0][0]
    out["integrity_check ok"] = q("PRAGMA integrity_check") == [("ok",)]
    out["no orphan rows (foreign_key_check)"] = q("PRAGMA foreign_key_check") == []
    try:
        db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        out["full-text index matches the articles"] = True
    except sqlite3.DatabaseError as e:
        out["full-text index matches the articles"] = str(e)
    out["article ids and content hashes"] = q(
        "SELECT id, content_hash FROM articles ORDER BY id")
    out["stored records"] = q(
        "SELECT a.id, r.record FROM articles a JOIN records r ON r.article = a.rowid ORDER BY a.id")
    # Cluster ids are row ids, which may differ; compare the partition.
    out["clusters (as sets of article ids)"] = sorted(
        tuple(sorted(ids.split("\x1f"))) for (ids,) in q(
            "SELECT group_concat(a.id, char(31)) FROM clusters c "
            "JOIN articles a ON a.rowid = c.article GROUP BY c.cluster"))
    out["events"] = q(
        "SELECT a.id, e.vid, e.story_key, e.cameo, e.status FROM events e "
        "JOIN articles a ON a.rowid = e.article ORDER BY a.id, e.vid")
    out["story events (key, mentions, articles, sources)"] = q(
        "SELECT story_key, num_mentions, num_articles, num_sources FROM story_events "
        "ORDER BY 1, 2, 3, 4")
    return out

a, b = summary(sys.argv[1]), summary(sys.argv[2])
bad = 0
for name, side in (("clean", a), ("killed", b)):
    for key, value in side.items():
        if value is not True and key in (
                "full-text index matches the articles",
                "integrity_check ok",
                "no orphan rows (foreign_key_check)"):
            print(f"FAILED     {key} in the {name} archive: {value}")
            bad += 1
for key in a:
    same = a[key] == b[key]
    bad += not same
    shown = a[key] if isinstance(a[key], int) else f"{len(a[key])} items"
    print(f"{'equal' if same else 'DIFFERENT':9}  {key}: {shown}"
          + ("" if same or isinstance(a[key], list) else f" vs {b[key]}"))
print("archives are equal" if not bad else f"{bad} differences")
sys.exit(1 if bad else 0)
EOF
