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
import sqlite3, sys

def summary(path):
    db = sqlite3.connect(path, isolation_level=None)  # autocommit: the FTS check must not hold a lock
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
