//! Schema migrations.
//!
//! The schema version lives in `PRAGMA user_version`. `MIGRATIONS[i]` takes
//! an archive from version `i` to `i + 1`; each runs in the same transaction
//! as the version bump, so a crash mid-upgrade leaves the older version.
//! Never edit a released migration: append a new one.

/// Version 0 → 1: articles, entities, attributions, events, full-text index.
const V1: &str = r"
CREATE TABLE articles (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    outlet       TEXT,
    section      TEXT,
    title        TEXT,
    url          TEXT,
    authors      TEXT NOT NULL,      -- JSON array
    published    TEXT,
    day          TEXT,               -- YYYY-MM-DD of `published`, for filters
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    record       TEXT NOT NULL,      -- the full record as JSON
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_day ON articles(day);

CREATE TABLE entities (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    eid     TEXT NOT NULL,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    actor   TEXT,
    country TEXT,
    kb      TEXT,
    lat     REAL,
    lon     REAL,
    PRIMARY KEY (article, eid)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor);

CREATE TABLE mentions (
    article INTEGER NOT NULL,
    eid     TEXT NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    FOREIGN KEY (article, eid) REFERENCES entities(article, eid) ON DELETE CASCADE
);
CREATE INDEX mentions_entity ON mentions(article, eid);

CREATE TABLE kb_keys (
    kb      TEXT NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    eid     TEXT NOT NULL,
    PRIMARY KEY (kb, article, eid)
) WITHOUT ROWID;
CREATE INDEX kb_keys_article ON kb_keys(article);

CREATE TABLE attributions (
    article   INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    aid       TEXT NOT NULL,
    kind      TEXT NOT NULL,
    speaker   TEXT,                  -- entity name when resolved, else the span
    speaker_entity TEXT,
    cue       TEXT,
    cue_lemma TEXT,
    content   TEXT NOT NULL,         -- content spans joined with ' … '
    addressee TEXT,
    date      TEXT,
    negated   INTEGER NOT NULL,
    parent    TEXT,
    sentence  INTEGER NOT NULL,
    PRIMARY KEY (article, aid)
) WITHOUT ROWID;

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    article        INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    vid            TEXT NOT NULL,
    source_code    TEXT,
    source_text    TEXT,
    source_entity  TEXT,
    target_code    TEXT,
    target_text    TEXT,
    target_entity  TEXT,
    cameo          TEXT NOT NULL,
    root           TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT NOT NULL,
    status         TEXT NOT NULL,
    trigger        TEXT NOT NULL,
    sentence       INTEGER NOT NULL,
    date           TEXT,             -- the event date, else the article day
    place_name     TEXT,
    place_country  TEXT,
    lat            REAL,
    lon            REAL,
    attribution    TEXT,
    according_to   TEXT,             -- speaker of the attribution
    UNIQUE (article, vid)
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_date ON events(date);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
";

/// Version 1 → 2: near-duplicate clusters and story events.
///
/// Existing rows get their derived data (signatures, clusters, stories)
/// from [`crate::Store::rebuild_derived`], run right after this script.
const V2: &str = r"
ALTER TABLE articles ADD COLUMN cluster INTEGER;
CREATE INDEX articles_cluster ON articles(cluster);

CREATE TABLE minhash (
    article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    sig     BLOB NOT NULL
);
CREATE TABLE lsh_bands (
    band    INTEGER NOT NULL,
    hash    INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, article)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_article ON lsh_bands(article);

ALTER TABLE events ADD COLUMN story_key TEXT;
UPDATE events SET story_key =
    coalesce(source_code, '') || '|' || coalesce(target_code, '') || '|' || cameo || '|' || coalesce(date, '');
CREATE INDEX events_story_key ON events(story_key);

CREATE TABLE story_events (
    id           INTEGER PRIMARY KEY,
    story_key    TEXT NOT NULL,
    event        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources  INTEGER NOT NULL
);
CREATE INDEX story_events_key ON story_events(story_key);
CREATE INDEX story_events_event ON story_events(event);
ALTER TABLE events ADD COLUMN story INTEGER;
";

/// Version 2 → 3: the full record and the cluster move out of `articles`.
///
/// Both lived after the article text in the row, so every cluster lookup
/// and update walked (or rewrote) the text's overflow pages. New records are
/// stored zlib-compressed as BLOBs; records migrated from version 2 stay
/// JSON TEXT, and readers accept both. Stories are recomputed afterwards:
/// undated events now key on their article (see `story_key`).
const V3: &str = r"
CREATE TABLE records (
    article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    record  BLOB NOT NULL            -- zlib-compressed JSON, or JSON TEXT
);
INSERT INTO records (article, record) SELECT rowid, record FROM articles;

CREATE TABLE clusters (
    article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    cluster INTEGER NOT NULL
);
INSERT INTO clusters (article, cluster) SELECT rowid, coalesce(cluster, rowid) FROM articles;
CREATE INDEX clusters_cluster ON clusters(cluster);

DROP INDEX articles_cluster;
-- An article's buckets are found from its signature when it is replaced;
-- this index slowed every insert.
DROP INDEX lsh_bands_article;
-- UNIQUE (article, vid) already serves lookups by article.
DROP INDEX events_article;
ALTER TABLE articles DROP COLUMN cluster;
ALTER TABLE articles DROP COLUMN record;

-- Undated events are no longer grouped across articles (see story_key).
UPDATE events SET story_key = story_key || '@' || article WHERE date IS NULL;
";

/// Version 3 → 4: ingest writes the full-text index itself.
///
/// FTS5 flushes its pending terms to disk at every statement savepoint, and
/// an insert that fires a trigger opens one: each article became a segment of
/// its own, and merging those segments took a fifth of ingest's write time.
/// Written directly, FTS5 buffers a whole batch and flushes it once.
///
/// Mentions move into a JSON column of `entities`.
///
/// New LSH bucket rows are staged in `lsh_pending` and merged into
/// `lsh_bands` in bulk (see `LSH_MERGE_ROWS` in ingest.rs): random bucket
/// hashes made every commit rewrite most of `lsh_bands`.
const V4: &str = r"
DROP TRIGGER articles_ai;
DROP TRIGGER articles_ad;
DROP TRIGGER articles_au;

CREATE TABLE lsh_pending (
    band    INTEGER NOT NULL,
    hash    INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, article)
) WITHOUT ROWID;

-- An entity's mentions, as JSON [[start, end, kind, text], ...] in text
-- order: a row per mention (1.5 million for 58,000 articles, each in two
-- B-trees) cost more to write than anything read them for.
ALTER TABLE entities ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
UPDATE entities SET mentions = coalesce((
    SELECT json_group_array(json_array(m.start, m.end, m.kind, m.text))
    FROM (SELECT * FROM mentions m
          WHERE m.article = entities.article AND m.eid = entities.eid
          ORDER BY m.start, m.rowid) m), '[]');
DROP INDEX mentions_entity;
DROP TABLE mentions;
";

/// Version 4 → 5: one-permutation MinHash, and no staging table for
/// buckets.
///
/// Signatures are now computed with one hash per shingle instead of 128
/// (see `minhash.rs`), so every stored signature, bucket and cluster is
/// recomputed by [`crate::Store::rebuild_derived`] right after this script.
/// Buckets of the articles after the watermark `meta.lsh_merged` are kept
/// by the writer in memory, recomputed from their signatures, until they
/// are merged into `lsh_bands` (see `buckets.rs`): `lsh_pending` cost 32
/// row inserts an article.
const V5: &str = r"
DROP TABLE lsh_pending;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('lsh_merged', 0);
";

/// Version 5 → 6: fewer B-trees for the writer to keep up.
///
/// The event filters compare actor-code prefixes with `substr()`, which no
/// index serves, so `events_source` and `events_target` were written for
/// every event and read by nothing; nothing looks entities up by actor.
/// Entities by knowledge-base key are found through a partial index on
/// `entities.kb` instead of `kb_keys`, a table of two B-trees and one more
/// statement per keyed entity.
///
/// FTS5 may buffer 16 MB of pending terms instead of 1 MB, so that a batch
/// is flushed as one segment at its commit rather than several (fewer
/// segments to merge later).
///
/// A story's id is now the id of the event that represents it: ingest gives
/// each new event its id and names it its own story, so only events that
/// join an earlier report's story are updated. Every story is renumbered by
/// [`crate::ingest::rebuild_stories`] right after this script.
const V6: &str = r"
DROP INDEX events_source;
DROP INDEX events_target;
DROP INDEX entities_actor;
DROP TABLE kb_keys;
CREATE INDEX entities_kb ON entities(kb) WHERE kb IS NOT NULL;
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
";

/// Version 6 → 7: three indexes no query reads.
///
/// A story's id is its representative event's id (version 6), so queries
/// join `story_events` to `events` on both tables' primary keys and
/// `story_events_event` duplicated the primary key. Ingest deletes the
/// stories it recomputes by id (the stories its events point to) rather
/// than by key, so `story_events_key` went too; and nothing looked entities
/// up by knowledge-base key (`entities_kb`). Each was a B-tree with a
/// randomly placed row for every new story or keyed entity.
const V7: &str = r"
DROP INDEX story_events_event;
DROP INDEX story_events_key;
DROP INDEX entities_kb;
";

/// Version 7 → 8: no `entities` table.
///
/// Its 640,000 rows for 58,000 articles (each with its mentions as JSON)
/// were a tenth of the archive and of the writer's work, and only the
/// article CSV export read them, to count an article's entities. The full
/// record in `records` keeps every entity; the count moves to
/// `articles.entity_count` (distinct entity ids, as the table's primary key
/// counted them).
///
/// New records are stored in the Snappy framing format instead of zlib
/// streams (see `compress_record`); older rows stay as they are, and readers
/// tell the two apart by the Snappy stream identifier. The version bump
/// keeps older builds, which read only zlib, away from such archives.
const V8: &str = r"
ALTER TABLE articles ADD COLUMN entity_count INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET entity_count =
    (SELECT count(*) FROM entities e WHERE e.article = articles.rowid);
DROP TABLE entities;
";

/// Version 8 → 9: two indexes no query plan reads.
///
/// `search` is driven by the full-text index and looks each match's article
/// up by row id before filtering on outlet or day, `quotes` scans
/// `attributions`, and the event filters and exports go through `events`
/// (see the `query_plans_use_the_indexes_they_need` test, which checks the
/// plans of every query on the bundled SQLite). Each index still cost an
/// insert per article.
const V9: &str = r"
DROP INDEX articles_outlet;
DROP INDEX articles_day;
";

/// Version 9 → 10: LSH buckets and the story-key index in memory only.
///
/// The writer computes every article's buckets from its signature in
/// `minhash` when it loads (see `buckets.rs`). As rows of `lsh_bands` they
/// had random keys, so each merge of new rows rewrote nearly every leaf
/// page of the table (once every 8,192 articles), which with the lookups
/// behind the writer's Bloom filter was about a third of its CPU.
///
/// Likewise it files events by story key in memory, from a scan of
/// `events` (see `story_index.rs`): story keys are random too, and each
/// batch's inserts into `events_story_key` rewrote most of that index. No
/// query reads by story key.
const V10: &str = r"
DROP TABLE lsh_bands;
DELETE FROM meta WHERE key = 'lsh_merged';
DROP INDEX events_story_key;
";

/// Version 10 → 11: FTS5 merges 16 segments of a level at a time, not 4.
///
/// Every batch flushes one segment, and with FTS5's default `automerge` of 4
/// each term's postings were rewritten about three times over the corpora
/// (about 200 MB of the 1.8 GB that ingest wrote through the WAL and copied
/// back in checkpoints for a 700 MB archive). At 16 they are rewritten about
/// once or twice: ingest of the test corpora ends with 16 segments instead
/// of 10, which search reads at no measurable cost.
const V11: &str = r"
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
";

/// Version 11 → 12: each article's text is stored once, in its record.
///
/// `articles.text` held the text a second time, uncompressed (106 MB of a
/// 697 MB archive on the test corpora), for the full-text index's external
/// content: `snippet()` and `highlight()` read the text of the hits they
/// mark up (and `'delete'` of an updated article is given its old text).
/// The content is now the view `articles_text`, whose text the SQL function
/// `dateline_record_text` (registered on every connection the store opens,
/// see `register_functions` in lib.rs) reads out of the compressed record,
/// so a search decompresses the records of the hits it returns and nothing
/// else.
///
/// `ALTER TABLE DROP COLUMN` would rewrite every row without its text but
/// leave each row on its page (7,951 pages of 16 KB, 94% empty, for the
/// test corpora), so the table is copied into a new one instead, in row-id
/// order, and takes the old one's name; the pages it leaves are free for
/// later ingests (`VACUUM` gives them back to the file system).
///
/// FTS5 names its content table when the table is created, so the index
/// moves to a new table declared over the view. Its shadow tables are copied
/// row for row (the index holds no content, only terms, positions and
/// sizes, which are the same for the same text), rather than rebuilt by
/// tokenizing every article again; the old table is dropped and the new
/// one takes its name. The connection that ran this step is reopened before
/// use (FTS5 caches the index structure it read, see `Store::open`).
const V12: &str = r"
CREATE TABLE articles_v12 (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    outlet       TEXT,
    section      TEXT,
    title        TEXT,
    url          TEXT,
    authors      TEXT NOT NULL,      -- JSON array
    published    TEXT,
    day          TEXT,               -- YYYY-MM-DD of `published`, for filters
    content_hash TEXT NOT NULL,
    ingested_at  TEXT NOT NULL,
    entity_count INTEGER NOT NULL DEFAULT 0
);
INSERT INTO articles_v12 (rowid, id, outlet, section, title, url, authors, published, day,
                          content_hash, ingested_at, entity_count)
    SELECT rowid, id, outlet, section, title, url, authors, published, day,
           content_hash, ingested_at, entity_count
    FROM articles ORDER BY rowid;
DROP TABLE articles;
ALTER TABLE articles_v12 RENAME TO articles;

CREATE VIEW articles_text (rid, title, text) AS
    SELECT a.rowid, a.title, dateline_record_text(r.record)
    FROM articles a JOIN records r ON r.article = a.rowid;
CREATE VIRTUAL TABLE articles_fts_v12 USING fts5(
    title, text, content='articles_text', content_rowid='rid',
    tokenize='unicode61 remove_diacritics 2'
);
DELETE FROM articles_fts_v12_data;
DELETE FROM articles_fts_v12_idx;
DELETE FROM articles_fts_v12_docsize;
DELETE FROM articles_fts_v12_config;
INSERT INTO articles_fts_v12_data (id, block) SELECT id, block FROM articles_fts_data;
INSERT INTO articles_fts_v12_idx (segid, term, pgno) SELECT segid, term, pgno FROM articles_fts_idx;
INSERT INTO articles_fts_v12_docsize (id, sz) SELECT id, sz FROM articles_fts_docsize;
INSERT INTO articles_fts_v12_config (k, v) SELECT k, v FROM articles_fts_config;
DROP TABLE articles_fts;
ALTER TABLE articles_fts_v12 RENAME TO articles_fts;
";

/// Version 12 → 13: story events are columns of their representative event.
///
/// A story's id has been its representative event's id since version 6,
/// and 92% of stories have a single report, so `story_events` held a row
/// per story (284,000 for 309,000 events on the test corpora) that
/// repeated its event's id and story key: one more insert for nearly every
/// event, into a B-tree keyed by event id. The counts move into `events`,
/// set on a story's representative event (`story = id`) and NULL on its
/// other reports; a new event is inserted as a story of its own with counts
/// of 1 (the SQLite record stores the constants 0 and 1 in its header, so
/// the columns cost three header bytes an event), and only the stories of
/// several reports are updated. A view keeps the name `story_events` for
/// other SQLite clients, with the old columns.
const V13: &str = r"
ALTER TABLE events ADD COLUMN num_mentions INTEGER;
ALTER TABLE events ADD COLUMN num_articles INTEGER;
ALTER TABLE events ADD COLUMN num_sources INTEGER;
UPDATE events SET num_mentions = s.num_mentions, num_articles = s.num_articles,
                  num_sources = s.num_sources
    FROM story_events s WHERE s.id = events.id AND events.story = events.id;
DROP TABLE story_events;
CREATE VIEW story_events (id, story_key, event, num_mentions, num_articles, num_sources) AS
    SELECT id, story_key, id, num_mentions, num_articles, num_sources
    FROM events WHERE story = id;
";

/// Version 13 → 14: no index of events by article.
///
/// `UNIQUE (article, vid)` was a third B-tree for every event (beside the
/// table and `events_date`), kept only to reject a record's duplicate event
/// ids (the writer now drops them itself, first wins, as `INSERT OR IGNORE`
/// did) and to find an article's events (for an update, a cluster merge's
/// story keys, the article CSV's counts and the article exports' event
/// filters). The writer gives an article's events consecutive ids, so the
/// article row names its first and last event id instead
/// (`articles.events_first`, `events_last`; NULL without events), and those
/// queries read the id range off the table's own B-tree, keeping the rows
/// whose `article` matches (so an archive whose ids interleave is read
/// correctly, if more slowly). SQLite cannot drop a constraint in place, so
/// `events` is copied into a table without it, in id order; the view
/// `story_events`, which names the table, is dropped and made again.
const V14: &str = r"
DROP VIEW story_events;
CREATE TABLE events_v14 (
    id             INTEGER PRIMARY KEY,
    article        INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    vid            TEXT NOT NULL,
    source_code    TEXT,
    source_text    TEXT,
    source_entity  TEXT,
    target_code    TEXT,
    target_text    TEXT,
    target_entity  TEXT,
    cameo          TEXT NOT NULL,
    root           TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT NOT NULL,
    status         TEXT NOT NULL,
    trigger        TEXT NOT NULL,
    sentence       INTEGER NOT NULL,
    date           TEXT,             -- the event date, else the article day
    place_name     TEXT,
    place_country  TEXT,
    lat            REAL,
    lon            REAL,
    attribution    TEXT,
    according_to   TEXT,             -- speaker of the attribution
    story_key      TEXT,
    story          INTEGER,
    num_mentions   INTEGER,
    num_articles   INTEGER,
    num_sources    INTEGER
);
INSERT INTO events_v14 (id, article, vid, source_code, source_text, source_entity, target_code,
                        target_text, target_entity, cameo, root, quad_class, goldstein, plover,
                        status, trigger, sentence, date, place_name, place_country, lat, lon,
                        attribution, according_to, story_key, story, num_mentions,
                        num_articles, num_sources)
    SELECT id, article, vid, source_code, source_text, source_entity, target_code,
           target_text, target_entity, cameo, root, quad_class, goldstein, plover,
           status, trigger, sentence, date, place_name, place_country, lat, lon,
           attribution, according_to, story_key, story, num_mentions,
           num_articles, num_sources
    FROM events ORDER BY id;
DROP TABLE events;
ALTER TABLE events_v14 RENAME TO events;
CREATE INDEX events_date ON events(date);
CREATE VIEW story_events (id, story_key, event, num_mentions, num_articles, num_sources) AS
    SELECT id, story_key, id, num_mentions, num_articles, num_sources
    FROM events WHERE story = id;
ALTER TABLE articles ADD COLUMN events_first INTEGER;
ALTER TABLE articles ADD COLUMN events_last INTEGER;
UPDATE articles SET events_first = m.lo, events_last = m.hi
    FROM (SELECT article, min(id) AS lo, max(id) AS hi FROM events GROUP BY article) m
    WHERE m.article = articles.rowid;
";

/// Version 14 → 15: attributions keyed by row id; no columns nothing reads.
///
/// `attributions` was a `WITHOUT ROWID` table keyed by `(article, aid)`:
/// every insert compared composite keys (an integer and a text) down the
/// B-tree. Its rows are now keyed by an integer, `id` = article × 2^20 +
/// the attribution's position in its record (`ATTRIBUTION_SLOTS`), so an
/// article's attributions are an id range (read by an update's delete and
/// the article CSV's count, see `article_attributions!`) and new rows
/// append. The writer drops a record's duplicate attribution ids itself
/// (the first wins, as `INSERT OR IGNORE` kept it). The rows are copied in
/// key order, an article's attributions numbered in the order of their ids'
/// numbers (`A2` before `A10`), the order the extractor writes them in.
///
/// Columns no query, export or ingest step reads are dropped from both
/// tables (the stored record keeps every field): the attributions'
/// `speaker_entity`, `cue_lemma`, `addressee`, `date` and `parent`, and the
/// events' `source_entity`, `target_entity` and `sentence` (the GDELT export
/// reads entities and sentences from the record). `events` is copied in id
/// order into a table without them (as in version 14, with its index and
/// the view `story_events` made again).
macro_rules! v15_attributions {
    () => {
        r"
CREATE TABLE attributions_v15 (
    id        INTEGER PRIMARY KEY,   -- article * 2^20 + position in the record
    article   INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    aid       TEXT NOT NULL,
    kind      TEXT NOT NULL,
    speaker   TEXT,                  -- entity name when resolved, else the span
    cue       TEXT,
    content   TEXT NOT NULL,         -- content spans joined with ' … '
    negated   INTEGER NOT NULL,
    sentence  INTEGER NOT NULL
);
INSERT INTO attributions_v15 (id, article, aid, kind, speaker, cue, content, negated, sentence)
    SELECT article * 1048576
               + row_number() OVER (PARTITION BY article ORDER BY length(aid), aid) - 1,
           article, aid, kind, speaker, cue, content, negated, sentence
    FROM attributions ORDER BY article, length(aid), aid;
DROP TABLE attributions;
ALTER TABLE attributions_v15 RENAME TO attributions;
"
    };
}

/// What the tests run on an archive older than version 15 to give it this
/// build's attribution table (the upgrade's own script) and events without
/// `sentence` (NOT NULL, which this build's writer leaves out).
#[cfg(test)]
pub(crate) const V15_OLDER_SHAPE: &str = concat!(
    v15_attributions!(),
    "ALTER TABLE events DROP COLUMN sentence;"
);

const V15: &str = concat!(
    v15_attributions!(),
    r"
DROP VIEW story_events;
CREATE TABLE events_v15 (
    id             INTEGER PRIMARY KEY,
    article        INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    vid            TEXT NOT NULL,
    source_code    TEXT,
    source_text    TEXT,
    target_code    TEXT,
    target_text    TEXT,
    cameo          TEXT NOT NULL,
    root           TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT NOT NULL,
    status         TEXT NOT NULL,
    trigger        TEXT NOT NULL,
    date           TEXT,             -- the event date, else the article day
    place_name     TEXT,
    place_country  TEXT,
    lat            REAL,
    lon            REAL,
    attribution    TEXT,
    according_to   TEXT,             -- speaker of the attribution
    story_key      TEXT,
    story          INTEGER,
    num_mentions   INTEGER,
    num_articles   INTEGER,
    num_sources    INTEGER
);
INSERT INTO events_v15 (id, article, vid, source_code, source_text, target_code, target_text,
                        cameo, root, quad_class, goldstein, plover, status, trigger, date,
                        place_name, place_country, lat, lon, attribution, according_to,
                        story_key, story, num_mentions, num_articles, num_sources)
    SELECT id, article, vid, source_code, source_text, target_code, target_text,
           cameo, root, quad_class, goldstein, plover, status, trigger, date,
           place_name, place_country, lat, lon, attribution, according_to,
           story_key, story, num_mentions, num_articles, num_sources
    FROM events ORDER BY id;
DROP TABLE events;
ALTER TABLE events_v15 RENAME TO events;
CREATE INDEX events_date ON events(date);
CREATE VIEW story_events (id, story_key, event, num_mentions, num_articles, num_sources) AS
    SELECT id, story_key, id, num_mentions, num_articles, num_sources
    FROM events WHERE story = id;
"
);

/// Version 15 → 16: an article's cluster and signature are columns of its row.
///
/// `clusters` and `minhash` held one row per article, keyed by its row id,
/// so every new article cost two more statements and three more B-tree
/// inserts (the two tables and `clusters_cluster`) beside its own row; the
/// article text left `articles` in version 12, so nothing long sits before
/// them any more. `articles.cluster` is NULL for an article that is a
/// cluster of its own (most of them: 55,000 clusters for 58,000 articles on
/// the test corpora) and names the cluster on every member of a cluster of
/// two or more, its first member included, so the partial index
/// `articles_cluster` holds only those. `articles.sig` is the MinHash
/// signature (NULL when the text has no shingle). The table is copied in
/// row-id order (its rows grow by the signature); views named `clusters`
/// (every article with its cluster, as the table had it) and `minhash` keep
/// the old rows for other SQLite clients, and `articles_text`, which names
/// the table, is dropped and made again.
const V16: &str = r"
DROP VIEW articles_text;
CREATE TABLE articles_v16 (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    outlet       TEXT,
    section      TEXT,
    title        TEXT,
    url          TEXT,
    authors      TEXT NOT NULL,      -- JSON array
    published    TEXT,
    day          TEXT,               -- YYYY-MM-DD of `published`, for filters
    content_hash TEXT NOT NULL,
    ingested_at  TEXT NOT NULL,
    entity_count INTEGER NOT NULL DEFAULT 0,
    events_first INTEGER,
    events_last  INTEGER,
    cluster      INTEGER,            -- NULL: a cluster of its own
    sig          BLOB                -- MinHash signature
);
INSERT INTO articles_v16 (rowid, id, outlet, section, title, url, authors, published, day,
                          content_hash, ingested_at, entity_count, events_first, events_last,
                          cluster, sig)
    SELECT a.rowid, a.id, a.outlet, a.section, a.title, a.url, a.authors, a.published, a.day,
           a.content_hash, a.ingested_at, a.entity_count, a.events_first, a.events_last,
           (SELECT c.cluster FROM clusters c
            WHERE c.article = a.rowid
              AND (SELECT count(*) FROM clusters o WHERE o.cluster = c.cluster) > 1),
           (SELECT m.sig FROM minhash m WHERE m.article = a.rowid)
    FROM articles a ORDER BY a.rowid;
DROP TABLE articles;
DROP TABLE clusters;
DROP TABLE minhash;
ALTER TABLE articles_v16 RENAME TO articles;
CREATE INDEX articles_cluster ON articles(cluster) WHERE cluster IS NOT NULL;
CREATE VIEW articles_text (rid, title, text) AS
    SELECT a.rowid, a.title, dateline_record_text(r.record)
    FROM articles a JOIN records r ON r.article = a.rowid;
CREATE VIEW clusters (article, cluster) AS
    SELECT rowid, coalesce(cluster, rowid) FROM articles;
CREATE VIEW minhash (article, sig) AS
    SELECT rowid, sig FROM articles WHERE sig IS NOT NULL;
";

/// Version 17: the partial index `events_story` on `events.story`, over the
/// events that are not their story's representing report (about one in
/// twelve on the test corpora). The writer's story index holds the window's
/// events only (`crates/store/src/story_index.rs`), and a story with reports
/// outside the window is read whole through this index when one of its
/// reports changes. New events are their own story, so an insert adds no
/// entry; only a report joining another's story does.
const V17: &str = r"
CREATE INDEX events_story ON events(story) WHERE story <> id;
";

/// The first version whose full-text index takes its text from the records.
pub(crate) const TEXT_IN_RECORDS: i64 = 12;

/// The migration scripts, in order.
pub(crate) const MIGRATIONS: &[&str] = &[
    V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17,
];

/// The first version whose stories are columns of `events` (the tests
/// emulate older writers below it).
#[cfg(test)]
pub(crate) const STORIES_IN_EVENTS: i64 = 13;

/// The first version whose articles name their event id range (the tests
/// emulate older writers below it).
#[cfg(test)]
pub(crate) const EVENT_RANGES: i64 = 14;

/// The first version whose attributions are keyed by row id (the tests
/// emulate older writers below it).
#[cfg(test)]
pub(crate) const ATTRIBUTION_IDS: i64 = 15;

/// The first version whose articles hold their cluster and signature (the
/// tests emulate older writers below it).
#[cfg(test)]
pub(crate) const CLUSTERS_IN_ARTICLES: i64 = 16;

/// The schema version this build writes.
pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;
