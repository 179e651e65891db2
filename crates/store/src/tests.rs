//! Store tests on synthetic records.

use std::time::Duration;

use dateline_record::{
    Actor, Attribution, Cue, DateValue, Entity, EntityRef, Event, EventPlace, Mention, Place,
    Record, Span, TextSpan,
};

use crate::{gdelt_rows, EventFilter, QuoteFilter, SearchFilter, Store, StoreError, GDELT_COLUMNS};

const VOCAB: &[&str] = &[
    "minister",
    "talks",
    "border",
    "army",
    "rebels",
    "council",
    "ceasefire",
    "election",
    "protest",
    "embassy",
    "sanctions",
    "oil",
    "harbour",
    "village",
    "court",
    "parliament",
    "convoy",
    "aid",
    "river",
    "drought",
    "budget",
    "treaty",
    "summit",
    "envoy",
    "militia",
    "police",
    "strike",
    "bank",
    "port",
    "airport",
    "school",
    "hospital",
    "market",
    "bridge",
    "province",
    "capital",
    "governor",
    "mayor",
    "committee",
    "report",
    "vote",
    "coalition",
    "opposition",
    "refugees",
    "camp",
    "farmers",
    "workers",
    "union",
    "exports",
    "tariffs",
    "weapons",
    "drone",
    "missile",
    "satellite",
    "agency",
    "inquiry",
];

/// Deterministic pseudo-random prose: `n` words from `VOCAB`, with periods.
fn prose(seed: u64, n: usize) -> String {
    let mut x = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    let mut out = String::new();
    for i in 0..n {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let w = VOCAB[usize::try_from(x >> 33).unwrap_or(0) % VOCAB.len()];
        if i > 0 {
            out.push_str(if i % 12 == 0 { ". " } else { " " });
        }
        out.push_str(w);
    }
    out.push('.');
    out
}

fn span(text: &str, needle: &str) -> TextSpan {
    let start = text.find(needle).unwrap_or(0);
    TextSpan {
        start,
        end: start + needle.len(),
        text: needle.to_owned(),
    }
}

fn actor(code: &str, text: &str, entity: Option<&str>) -> Actor {
    Actor {
        entity: entity.map(str::to_owned),
        code: Some(code.to_owned()),
        start: 0,
        end: text.len(),
        text: text.to_owned(),
    }
}

fn day(d: &str) -> DateValue {
    DateValue {
        value: d.into(),
        precision: "day".into(),
        from: d.into(),
        to: d.into(),
        span: None,
        inferred: true,
    }
}

/// One event: (source code, target code, cameo, event date).
type Ev<'a> = (&'a str, &'a str, &'a str, &'a str);

fn record(
    id: &str,
    outlet: &str,
    published: &str,
    title: &str,
    body: &str,
    events: &[Ev<'_>],
) -> Record {
    let text = format!("Secretary Pompeo said Iraq must act. {body}");
    let entities = vec![
        Entity {
            id: "E1".into(),
            name: "Mike Pompeo".into(),
            kind: "person".into(),
            roles: vec![],
            actor: Some("USAGOV".into()),
            country: Some("USA".into()),
            kb: Some("Q473239".into()),
            place: None,
            mentions: vec![Mention {
                start: 10,
                end: 16,
                text: "Pompeo".into(),
                kind: "surname".into(),
            }],
        },
        Entity {
            id: "E2".into(),
            name: "Iraq".into(),
            kind: "country".into(),
            roles: vec![],
            actor: Some("IRQ".into()),
            country: Some("IRQ".into()),
            kb: None,
            place: Some(Place {
                lat: 33.0,
                lon: 44.0,
                country: "IRQ".into(),
                region: None,
                feature: "country".into(),
            }),
            mentions: vec![Mention {
                start: 22,
                end: 26,
                text: "Iraq".into(),
                kind: "name".into(),
            }],
        },
    ];
    let attributions = vec![Attribution {
        id: "A1".into(),
        kind: "indirect".into(),
        speaker: Some(EntityRef {
            entity: Some("E1".into()),
            start: 10,
            end: 16,
            text: "Pompeo".into(),
        }),
        cue: Some(Cue {
            start: 17,
            end: 21,
            text: "said".into(),
            lemma: "say".into(),
        }),
        content: vec![span(&text, "Iraq must act")],
        addressee: None,
        medium: None,
        date: None,
        hedges: vec![],
        negated: false,
        parent: None,
        sentence: 0,
    }];
    let events = events
        .iter()
        .enumerate()
        .map(|(i, (src, tgt, cameo, date))| Event {
            id: format!("V{}", i + 1),
            source: Some(actor(src, "Washington", None)),
            target: Some(actor(tgt, "Iraq", Some("E2"))),
            cameo: (*cameo).to_owned(),
            root: cameo.get(..2).unwrap_or("").to_owned(),
            quad_class: 3,
            goldstein: -2.0,
            plover: "DEMAND".into(),
            trigger: span(&text, "must act"),
            sentence: 0,
            date: Some(day(date)),
            place: Some(EventPlace {
                entity: Some("E2".into()),
                name: "Baghdad".into(),
                place: Some(Place {
                    lat: 33.3,
                    lon: 44.4,
                    country: "IRQ".into(),
                    region: None,
                    feature: "city".into(),
                }),
                from: "text".into(),
            }),
            status: "asserted".into(),
            attribution: Some("A1".into()),
        })
        .collect();
    Record {
        schema: dateline_record::SCHEMA_VERSION,
        id: id.into(),
        outlet: Some(outlet.into()),
        title: Some(title.into()),
        url: Some(format!("https://example.org/{id}")),
        authors: vec!["A. Writer".into()],
        published: Some(published.into()),
        paragraphs: vec![Span {
            start: 0,
            end: text.len(),
        }],
        sentences: vec![Span { start: 0, end: 36 }],
        text,
        entities,
        attributions,
        events,
        ..Default::default()
    }
}

fn temp() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("archive.db");
    (dir, path)
}

fn open(path: &std::path::Path) -> Store {
    Store::open(path).unwrap_or_else(|e| panic!("open: {e}"))
}

/// What an archive of a version before `version` lacks that this build's
/// writer needs: `before` gives it that shape for an ingest, and `after`
/// puts it back as the older writers left it.
struct OlderShape {
    version: i64,
    before: &'static str,
    after: &'static str,
}

/// The shapes, oldest difference first. Each states only its own step.
const OLDER_SHAPES: &[OlderShape] = &[
    // Before 12 articles still have a `text` column (NOT NULL, which this
    // build's writer leaves out): it is re-added with a default, and filled
    // from the records afterwards, as the older writers filled it.
    OlderShape {
        version: crate::schema::TEXT_IN_RECORDS,
        before: "ALTER TABLE articles DROP COLUMN text;
                 ALTER TABLE articles ADD COLUMN text TEXT NOT NULL DEFAULT ''",
        after: "UPDATE articles SET text =
                    dateline_record_text((SELECT record FROM records WHERE article = articles.rowid))",
    },
    // Before 13 story events are rows of the table `story_events` rather
    // than columns of their representative events: the columns are added
    // and filled from the table, and the table is rewritten from them.
    OlderShape {
        version: crate::schema::STORIES_IN_EVENTS,
        before: "ALTER TABLE events ADD COLUMN num_mentions INTEGER;
                 ALTER TABLE events ADD COLUMN num_articles INTEGER;
                 ALTER TABLE events ADD COLUMN num_sources INTEGER;
                 UPDATE events SET num_mentions = s.num_mentions, num_articles = s.num_articles,
                                   num_sources = s.num_sources
                     FROM story_events s WHERE s.id = events.id AND events.story = events.id;
                 DELETE FROM story_events;",
        after: "INSERT INTO story_events (id, story_key, event, num_mentions, num_articles,
                                         num_sources)
                    SELECT id, story_key, id, num_mentions, num_articles, num_sources
                    FROM events WHERE story = id;
                ALTER TABLE events DROP COLUMN num_mentions;
                ALTER TABLE events DROP COLUMN num_articles;
                ALTER TABLE events DROP COLUMN num_sources;",
    },
    // Before 14 articles do not name their event id ranges: the columns are
    // added and filled from the events (as the upgrade fills them), and
    // dropped afterwards. The writer's plain event inserts suit the older
    // table, whose `UNIQUE (article, vid)` the deduplicated events never
    // meet.
    OlderShape {
        version: crate::schema::EVENT_RANGES,
        before: "ALTER TABLE articles ADD COLUMN events_first INTEGER;
                 ALTER TABLE articles ADD COLUMN events_last INTEGER;
                 UPDATE articles SET events_first = m.lo, events_last = m.hi
                     FROM (SELECT article, min(id) AS lo, max(id) AS hi FROM events GROUP BY article) m
                     WHERE m.article = articles.rowid;",
        after: "ALTER TABLE articles DROP COLUMN events_first;
                ALTER TABLE articles DROP COLUMN events_last;",
    },
    // Before 15 attributions are a `WITHOUT ROWID` table keyed by
    // `(article, aid)` with five more columns, and events have three more
    // (`sentence` NOT NULL): the attributions are given this build's table
    // (the upgrade's own script) and the events lose `sentence`; afterwards
    // the old table is made again, the columns this build does not fill left
    // NULL (0 for `sentence`), which the upgrade drops anyway.
    OlderShape {
        version: crate::schema::ATTRIBUTION_IDS,
        before: crate::schema::V15_OLDER_SHAPE,
        after: "CREATE TABLE attributions_v14 (
                    article INTEGER NOT NULL, aid TEXT NOT NULL, kind TEXT NOT NULL,
                    speaker TEXT, speaker_entity TEXT, cue TEXT, cue_lemma TEXT,
                    content TEXT NOT NULL, addressee TEXT, date TEXT,
                    negated INTEGER NOT NULL, parent TEXT, sentence INTEGER NOT NULL,
                    PRIMARY KEY (article, aid)
                ) WITHOUT ROWID;
                INSERT INTO attributions_v14 (article, aid, kind, speaker, cue, content, negated,
                                              sentence)
                    SELECT article, aid, kind, speaker, cue, content, negated, sentence
                    FROM attributions;
                DROP TABLE attributions;
                ALTER TABLE attributions_v14 RENAME TO attributions;
                ALTER TABLE events ADD COLUMN sentence INTEGER NOT NULL DEFAULT 0;",
    },
    // Before 16 clusters and signatures are tables of their own: the
    // columns are added and filled from them (a cluster of one left NULL,
    // as the upgrade does), and afterwards the tables are written back from
    // the columns, which are dropped.
    OlderShape {
        version: crate::schema::CLUSTERS_IN_ARTICLES,
        before: "ALTER TABLE articles ADD COLUMN cluster INTEGER;
                 ALTER TABLE articles ADD COLUMN sig BLOB;
                 UPDATE articles SET
                     cluster = (SELECT c.cluster FROM clusters c WHERE c.article = articles.rowid
                                AND (SELECT count(*) FROM clusters o
                                     WHERE o.cluster = c.cluster) > 1),
                     sig = (SELECT sig FROM minhash WHERE article = articles.rowid);",
        after: "DELETE FROM clusters;
                INSERT INTO clusters (article, cluster)
                    SELECT rowid, coalesce(cluster, rowid) FROM articles;
                DELETE FROM minhash;
                INSERT INTO minhash (article, sig) SELECT rowid, sig FROM articles
                    WHERE sig IS NOT NULL;
                ALTER TABLE articles DROP COLUMN cluster;
                ALTER TABLE articles DROP COLUMN sig;",
    },
];

/// Ingests with this build's writer into an archive migrated to an older
/// version: the shapes of every later step are put on (oldest first),
/// the records ingested, and the shapes taken off again (newest first).
fn ingest_older(store: &mut Store, records: &[Record]) {
    let version = store.schema_version().unwrap();
    assert!(version < crate::schema::CURRENT_VERSION);
    let shapes: Vec<&OlderShape> = OLDER_SHAPES
        .iter()
        .filter(|s| version < s.version)
        .collect();
    for shape in &shapes {
        store.conn.execute_batch(shape.before).unwrap();
    }
    store.ingest(records).unwrap();
    for shape in shapes.iter().rev() {
        store.conn.execute_batch(shape.after).unwrap();
    }
}

#[test]
fn ingest_is_idempotent_and_updates_changed_records() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let recs = vec![
        record(
            "a",
            "Reuters",
            "2019-02-04",
            "One",
            &prose(1, 200),
            &[("USA", "IRQ", "112", "2019-02-04")],
        ),
        record("b", "AP", "2019-02-05", "Two", &prose(2, 200), &[]),
    ];
    let c = store.ingest(&recs).unwrap();
    assert_eq!((c.inserted, c.updated, c.skipped), (2, 0, 0));
    // Same content from another file: skipped.
    let mut again = recs.clone();
    again[0].origin.file = "elsewhere.jsonl".into();
    let c = store.ingest(&again).unwrap();
    assert_eq!((c.inserted, c.updated, c.skipped), (0, 0, 2));
    assert_eq!(store.article_count().unwrap(), 2);

    // Changed body: updated in place, children replaced.
    let mut changed = recs[0].clone();
    changed
        .text
        .push_str(" Zanzibar hosted the follow-up meeting.");
    changed.events.push(changed.events[0].clone());
    changed.events[1].id = "V2".into();
    changed.events[1].cameo = "0311".into();
    let c = store.ingest(&[changed]).unwrap();
    assert_eq!((c.inserted, c.updated, c.skipped), (0, 1, 0));
    assert_eq!(store.article_count().unwrap(), 2);
    let hits = store
        .search("zanzibar", &SearchFilter::default(), 10)
        .unwrap();
    assert_eq!(hits.len(), 1);
    let events = store.events(&EventFilter::default(), 100).unwrap();
    assert_eq!(events.len(), 2);
    let n_events: i64 = store
        .conn
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n_events, 2);
    // Entities live in the stored record; the article row counts them.
    let n_entities: i64 = store
        .conn
        .query_row("SELECT sum(entity_count) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n_entities, 4);
    assert_eq!(store.record("a").unwrap().unwrap().entities.len(), 2);
}

#[test]
fn interrupted_batch_leaves_nothing_and_rerun_completes() {
    let (_d, path) = temp();
    let recs: Vec<Record> = (0..5)
        .map(|i| {
            record(
                &format!("r{i}"),
                "AP",
                "2019-01-01",
                "T",
                &prose(i, 80),
                &[],
            )
        })
        .collect();
    {
        let mut store = open(&path);
        store.ingest(&recs[..2]).unwrap();
        // A batch that dies before commit (like a kill -9) is rolled back.
        let tx = store.conn.transaction().unwrap();
        tx.execute("DELETE FROM articles", []).unwrap();
        drop(tx);
    }
    let mut store = open(&path);
    assert_eq!(store.article_count().unwrap(), 2);
    let c = store.ingest(&recs).unwrap();
    assert_eq!((c.inserted, c.skipped), (3, 2));
    assert_eq!(store.article_count().unwrap(), 5);
}

#[test]
fn migrates_an_older_archive() {
    let (_d, path) = temp();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(crate::schema::MIGRATIONS[0]).unwrap();
        conn.execute_batch("PRAGMA user_version = 1").unwrap();
        for (row, day) in [(1i64, "2019-02-04"), (2, "2019-02-04")] {
            // Version 1 kept the text in its column and in the record.
            let text = prose(row.unsigned_abs(), 150);
            let json = serde_json::to_string(&Record {
                id: format!("old{row}"),
                text: text.clone(),
                ..Default::default()
            })
            .unwrap();
            conn.execute(
                "INSERT INTO articles (rowid, id, outlet, authors, published, day, text, content_hash, record, ingested_at)
                 VALUES (?1, ?2, ?3, '[]', ?4, ?4, ?5, 'h', ?6, '2019-02-04T00:00:00Z')",
                rusqlite::params![row, format!("old{row}"), format!("Outlet{row}"), day, text, json],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO events (article, vid, source_code, target_code, cameo, root, quad_class, goldstein,
                 plover, status, trigger, sentence, date) VALUES (?1, 'V1', 'USA', 'IRQ', '112', '11', 3, -2.0,
                 'ACCUSE', 'asserted', 'accused', 0, ?2)",
                rusqlite::params![row, day],
            )
            .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO entities (article, eid, name, kind) VALUES (1, 'E1', 'Iraq', 'place');
             INSERT INTO mentions (article, eid, start, end, text, kind)
                 VALUES (1, 'E1', 40, 44, 'Iraq', 'name'), (1, 'E1', 4, 8, 'Iraq', 'name');",
        )
        .unwrap();
    }
    let store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    assert_eq!(store.article_count().unwrap(), 2);
    // An existing archive keeps its page size; new ones get 16 KB pages.
    let page_size = |s: &Store| -> i64 {
        s.conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(page_size(&store), 4096);
    let (_d2, fresh) = temp();
    assert_eq!(page_size(&open(&fresh)), 16384);
    let events = store.events(&EventFilter::default(), 10).unwrap();
    assert_eq!(events.len(), 1, "same-day reports merge into one story");
    assert_eq!((events[0].num_articles, events[0].num_sources), (2, 2));
    let sig_rows: i64 = store
        .conn
        .query_row("SELECT count(*) FROM minhash", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sig_rows, 2);
    // Buckets are no table since version 10.
    let bucket_tables: i64 = store
        .conn
        .query_row(
            "SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'lsh_bands')
                  + (SELECT count(*) FROM meta WHERE key = 'lsh_merged')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bucket_tables, 0);
    // Version 8 replaced the entity rows by a count on the article.
    let entity_counts: Vec<i64> = store
        .conn
        .prepare("SELECT entity_count FROM articles ORDER BY rowid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(entity_counts, [1, 0]);
    let tables: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('entities', 'mentions')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 0);
    // The index built by version 1's triggers still answers, and articles
    // stored after the upgrade (no triggers since version 4) are indexed.
    let word = prose(1, 150).split(' ').next().unwrap().to_string();
    assert!(!store
        .search(&word, &SearchFilter::default(), 10)
        .unwrap()
        .is_empty());
    let mut store = store;
    let mut rec = record("new", "AP", "2019-02-05", "New", &prose(3, 60), &[]);
    rec.text.push_str(" Quetzal.");
    store.ingest(&[rec]).unwrap();
    assert_eq!(
        store
            .search("quetzal", &SearchFilter::default(), 10)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn migrates_a_version_2_archive_keeping_json_records() {
    let (_d, path) = temp();
    let rec = record(
        "v2",
        "Outlet",
        "2019-02-04T10:00:00Z",
        "Title",
        &prose(7, 60),
        &[],
    );
    let json = serde_json::to_string(&rec).unwrap();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(crate::schema::MIGRATIONS[0]).unwrap();
        conn.execute_batch(crate::schema::MIGRATIONS[1]).unwrap();
        conn.execute_batch("PRAGMA user_version = 2").unwrap();
        conn.execute(
            "INSERT INTO articles (rowid, id, authors, text, content_hash, record, ingested_at, cluster)
             VALUES (1, 'v2', '[]', ?1, 'h', ?2, '2019-02-04T00:00:00Z', 1)",
            rusqlite::params![rec.text, json],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO events (article, vid, cameo, root, quad_class, goldstein, plover, status,
             trigger, sentence, date, story_key) VALUES (1, 'V1', '112', '11', 3, -2.0, 'ACCUSE',
             'asserted', 'accused', 0, NULL, '|IRQ|112|')",
            [],
        )
        .unwrap();
    }
    let store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    // The JSON TEXT record of version 2 still reads back.
    assert_eq!(store.record("v2").unwrap().unwrap().id, "v2");
    assert_eq!(store.cluster_of("v2").unwrap(), ["v2"]);
    let key: String = store
        .conn
        .query_row("SELECT story_key FROM events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(key, "|IRQ|112|@1", "undated events key on their article");
    let stories: i64 = store
        .conn
        .query_row("SELECT count(*) FROM story_events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stories, 1);
}

#[test]
fn refuses_newer_archive_untouched() {
    let (_d, path) = temp();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE t(x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
    assert!(err.to_string().contains("newer"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!path.with_extension("db-wal").exists());
}

#[test]
fn refuses_non_sqlite_and_corrupt_files_untouched() {
    let (_d, path) = temp();
    let text = b"id,title\n1,not a database\n".to_vec();
    std::fs::write(&path, &text).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NotSqlite { .. }), "{err}");
    assert!(err.to_string().contains("not an SQLite database"));
    assert_eq!(std::fs::read(&path).unwrap(), text);

    // A valid header followed by garbage.
    let mut bad = b"SQLite format 3\0".to_vec();
    bad.extend((0..8192u32).map(|i| u8::try_from(i * 7 % 251).unwrap_or(0)));
    std::fs::write(&path, &bad).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Corrupt { .. } | StoreError::NotSqlite { .. }
        ),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bad);
}

#[test]
fn readers_work_during_a_write_and_second_writer_times_out() {
    let (_d, path) = temp();
    let mut writer = open(&path);
    writer
        .ingest(&[record("a", "AP", "2019-02-04", "First", &prose(5, 60), &[])])
        .unwrap();
    let reader = open(&path);
    let tx = writer
        .conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .unwrap();
    // What an update does: the index is told the old row, then the new one.
    tx.execute_batch(
        "INSERT INTO articles_fts (articles_fts, rowid, title, text)
             SELECT 'delete', rid, title, text FROM articles_text;
         UPDATE articles SET title = 'Changed';
         INSERT INTO articles_fts (rowid, title, text) SELECT rid, title, text FROM articles_text;",
    )
    .unwrap();
    // The reader sees the last committed state while the write is open.
    let hits = reader.search("first", &SearchFilter::default(), 5).unwrap();
    assert_eq!(hits.len(), 1);
    let mut other = Store::open_with_timeout(&path, Duration::from_millis(200)).unwrap();
    let err = other
        .ingest(&[record("b", "AP", "2019-02-04", "B", &prose(6, 60), &[])])
        .unwrap_err();
    assert!(matches!(err, StoreError::Busy), "{err}");
    tx.commit().unwrap();
    assert_eq!(
        reader
            .search("changed", &SearchFilter::default(), 5)
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        other
            .ingest(&[record("b", "AP", "2019-02-04", "B", &prose(6, 60), &[])])
            .unwrap()
            .inserted,
        1
    );
}

#[test]
fn full_text_search_with_phrases_booleans_and_filters() {
    let (_d, path) = temp();
    let mut store = open(&path);
    store
        .ingest(&[
            record(
                "a",
                "Reuters",
                "2019-02-04",
                "Oil talks",
                "The oil minister met rebels near the harbour.",
                &[],
            ),
            record(
                "b",
                "AP",
                "2019-03-01",
                "Harbour strike",
                "Workers at the harbour began a strike over pay.",
                &[],
            ),
            record(
                "c",
                "AP",
                "2019-03-02",
                "Minister quits",
                "The minister of oil resigned on Friday.",
                &[],
            ),
        ])
        .unwrap();
    let ids = |q: &str, f: &SearchFilter| -> Vec<String> {
        let mut v: Vec<String> = store
            .search(q, f, 10)
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect();
        v.sort();
        v
    };
    let all = SearchFilter::default();
    assert_eq!(ids("\"oil minister\"", &all), ["a"]);
    assert_eq!(ids("oil AND minister", &all), ["a", "c"]);
    assert_eq!(ids("harbour NOT strike", &all), ["a"]);
    assert_eq!(ids("strike OR resigned", &all), ["b", "c"]);
    let ap = SearchFilter {
        outlet: Some("AP".into()),
        ..Default::default()
    };
    assert_eq!(ids("minister", &ap), ["c"]);
    let march = SearchFilter {
        from: Some("2019-03-01".into()),
        to: Some("2019-03-01".into()),
        ..Default::default()
    };
    assert_eq!(ids("harbour", &march), ["b"]);
    let hit = &store.search("resigned", &all, 1).unwrap()[0];
    assert!(hit.snippet.contains("[resigned]"), "{}", hit.snippet);
    let err = store.search("\"unbalanced", &all, 1).unwrap_err();
    assert!(matches!(err, StoreError::Query { .. }), "{err}");
}

#[test]
fn near_duplicates_cluster_and_events_merge_into_stories() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let base = prose(42, 300);
    let ev = [("USA", "IRQ", "112", "2019-02-01")];
    // a and b: same wire story, lightly edited, from two outlets on two days.
    let a = record("a", "Reuters", "2019-02-01", "A", &base, &ev);
    let b = record(
        "b",
        "AP",
        "2019-02-02",
        "B",
        &format!("{base} The embassy declined to comment."),
        &ev,
    );
    // c: unrelated text, same outlet as b, published the same day as b.
    let c = record("c", "AP", "2019-02-02", "C", &prose(7, 300), &ev);
    // d: unrelated and on another day: its report stays a separate story.
    let d = record("d", "BBC", "2019-02-09", "D", &prose(8, 300), &ev);
    store.ingest(&[a, b]).unwrap();
    store.ingest(&[c, d]).unwrap();
    assert_eq!(store.cluster_of("a").unwrap(), ["a", "b"]);
    assert_eq!(store.cluster_of("c").unwrap(), ["c"]);
    let events = store.events(&EventFilter::default(), 10).unwrap();
    assert_eq!(events.len(), 2, "{events:#?}");
    let big = events
        .iter()
        .find(|e| e.num_articles == 3)
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!((big.num_mentions, big.num_sources), (3, 2));
    assert_eq!(big.article, "a");
    let small = events
        .iter()
        .find(|e| e.num_articles == 1)
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(small.article, "d");
    // Actor counts are per story.
    let actors = store.actors(10).unwrap();
    assert_eq!(actors[0].total, 2);
    assert_eq!(actors.len(), 2);
}

#[test]
fn near_duplicates_link_across_stores_and_concurrent_writers() {
    // The bucket filter is loaded from the archive by a new store, and
    // reloaded when another connection has written in between.
    let (_d, path) = temp();
    let base = prose(42, 300);
    let edited =
        |id: &str, extra: &str| record(id, "AP", "2019-02-02", id, &format!("{base} {extra}"), &[]);
    {
        let mut first = open(&path);
        first
            .ingest(&[record("a", "Reuters", "2019-02-01", "A", &base, &[])])
            .unwrap();
    }
    let mut one = open(&path);
    let mut two = open(&path);
    one.ingest(&[edited("b", "The embassy declined to comment.")])
        .unwrap();
    // `two` loads its filter now, after a and b.
    two.ingest(&[record("x", "BBC", "2019-02-03", "X", &prose(9, 300), &[])])
        .unwrap();
    let other = prose(13, 300);
    one.ingest(&[record("c", "AP", "2019-02-04", "C", &other, &[])])
        .unwrap();
    // c was written by `one` after `two` loaded: `two` must see its buckets.
    let d = record(
        "d",
        "AFP",
        "2019-02-04",
        "D",
        &format!("{other} No one was hurt."),
        &[],
    );
    two.ingest(&[d]).unwrap();
    assert_eq!(one.cluster_of("a").unwrap(), ["a", "b"]);
    assert_eq!(one.cluster_of("c").unwrap(), ["c", "d"]);
    assert_eq!(one.cluster_of("x").unwrap(), ["x"]);
}

#[test]
fn buckets_are_found_and_replaced_across_writers() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let base = prose(11, 300);
    store
        .ingest(&[record("a", "AP", "2019-02-01", "A", &base, &[])])
        .unwrap();
    for i in 0..2u64 {
        let id = format!("x{i}");
        store
            .ingest(&[record(
                &id,
                "AP",
                "2019-02-01",
                "X",
                &prose(100 + i, 300),
                &[],
            )])
            .unwrap();
    }
    // A new writer computes the buckets from the stored signatures.
    drop(store);
    let mut store = open(&path);
    let b = record(
        "b",
        "BBC",
        "2019-02-02",
        "B",
        &format!("{base} Officials declined to comment."),
        &[],
    );
    let x1 = prose(101, 300);
    let y = record(
        "y",
        "BBC",
        "2019-02-02",
        "Y",
        &format!("{x1} A spokesman confirmed it."),
        &[],
    );
    store.ingest(&[b, y]).unwrap();
    assert_eq!(store.cluster_of("a").unwrap(), ["a", "b"]);
    assert_eq!(store.cluster_of("y").unwrap(), ["x1", "y"]);
    // A changed article leaves no stale buckets, and its new buckets are
    // found: by the writer that stored it, and by a new one.
    let changed = record("a", "AP", "2019-02-01", "A", &prose(12, 300), &[]);
    store.ingest(&[changed]).unwrap();
    let z = |text: &str| record("z", "AP", "2019-02-05", "Z", text, &[]);
    store.ingest(&[z(&prose(20, 300))]).unwrap();
    store.ingest(&[z(&prose(21, 300))]).unwrap();
    let copy = |id: &str, seed: u64| {
        record(
            id,
            "AFP",
            "2019-02-06",
            id,
            &format!("{} Updated.", prose(seed, 300)),
            &[],
        )
    };
    store.ingest(&[copy("z_old", 20)]).unwrap();
    assert_eq!(store.cluster_of("z_old").unwrap(), ["z_old"]);
    drop(store);
    let mut store = open(&path);
    store.ingest(&[copy("z_new", 21)]).unwrap();
    assert_eq!(store.cluster_of("z_new").unwrap(), ["z", "z_new"]);
    let a2 = record(
        "a2",
        "UPI",
        "2019-02-03",
        "A2",
        &format!("{} More to follow.", prose(12, 300)),
        &[],
    );
    store.ingest(&[a2]).unwrap();
    assert_eq!(store.cluster_of("a2").unwrap(), ["a", "a2", "b"]);
}

#[test]
fn event_filters_and_quotes() {
    let (_d, path) = temp();
    let mut store = open(&path);
    store
        .ingest(&[
            record(
                "a",
                "Reuters",
                "2019-02-01",
                "A",
                &prose(1, 100),
                &[("USAGOV", "IRQ", "112", "2019-02-01")],
            ),
            record(
                "b",
                "AP",
                "2019-03-01",
                "B",
                &prose(2, 100),
                &[("IRNMIL", "USA", "190", "2019-03-01")],
            ),
        ])
        .unwrap();
    let ev = |f: EventFilter| -> Vec<String> {
        store
            .events(&f, 10)
            .unwrap()
            .into_iter()
            .map(|e| e.article)
            .collect()
    };
    assert_eq!(
        ev(EventFilter {
            source: Some("USA".into()),
            ..Default::default()
        }),
        ["a"]
    );
    assert_eq!(
        ev(EventFilter {
            target: Some("USA".into()),
            ..Default::default()
        }),
        ["b"]
    );
    assert_eq!(
        ev(EventFilter {
            root: Some("19".into()),
            ..Default::default()
        }),
        ["b"]
    );
    assert_eq!(
        ev(EventFilter {
            from: Some("2019-02-15".into()),
            ..Default::default()
        }),
        ["b"]
    );
    assert_eq!(
        ev(EventFilter {
            place: Some("IRQ".into()),
            ..Default::default()
        })
        .len(),
        2
    );
    assert!(ev(EventFilter {
        status: Some("denied".into()),
        ..Default::default()
    })
    .is_empty());
    let q = store
        .quotes(
            &QuoteFilter {
                speaker: Some("pompeo".into()),
                about: Some("IRAQ".into()),
            },
            10,
        )
        .unwrap();
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].speaker.as_deref(), Some("Mike Pompeo"));
    assert!(store
        .quotes(
            &QuoteFilter {
                speaker: Some("Zarif".into()),
                about: None
            },
            10
        )
        .unwrap()
        .is_empty());
    let events = store.events(&EventFilter::default(), 10).unwrap();
    assert_eq!(events[0].according_to.as_deref(), Some("Mike Pompeo"));
}

#[test]
fn gdelt_rows_have_61_columns() {
    assert_eq!(GDELT_COLUMNS.len(), 61);
    assert_eq!(GDELT_COLUMNS[0], "GlobalEventID");
    assert_eq!(GDELT_COLUMNS[26], "EventCode");
    assert_eq!(GDELT_COLUMNS[60], "SOURCEURL");
    let rec = record(
        "a",
        "Reuters",
        "2019-02-04T09:30:00Z",
        "A",
        "x",
        &[("USAGOV", "IRQ", "1122", "2019-02-03")],
    );
    let rows = gdelt_rows(&rec);
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row.len(), 61);
    let col = |name: &str| row[GDELT_COLUMNS.iter().position(|c| *c == name).unwrap_or(0)].as_str();
    assert_eq!(col("Day"), "20190203");
    assert_eq!(col("MonthYear"), "201902");
    assert_eq!(col("Actor1Code"), "USAGOV");
    assert_eq!(col("Actor1CountryCode"), "USA");
    assert_eq!(col("Actor1Type1Code"), "GOV");
    assert_eq!(col("Actor2Name"), "IRAQ");
    assert_eq!(col("EventCode"), "1122");
    assert_eq!(col("EventBaseCode"), "112");
    assert_eq!(col("EventRootCode"), "11");
    assert_eq!(col("IsRootEvent"), "1");
    assert_eq!(col("ActionGeo_Type"), "4");
    assert_eq!(col("ActionGeo_Lat"), "33.3000");
    assert_eq!(col("DATEADDED"), "20190204093000");
    assert_eq!(col("SOURCEURL"), "https://example.org/a");

    let (_d, path) = temp();
    let mut store = open(&path);
    store.ingest(&[rec]).unwrap();
    let mut out = Vec::new();
    assert_eq!(
        store
            .export_gdelt(&EventFilter::default(), false, &mut out)
            .unwrap(),
        1
    );
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().next().map(|l| l.split('\t').count()), Some(61));
}

#[test]
fn jsonl_and_csv_exports_stream_everything() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let recs = vec![
        record(
            "a",
            "Reuters",
            "2019-02-01",
            "Comma, \"quoted\"",
            &prose(1, 50),
            &[("USA", "IRQ", "112", "2019-02-01")],
        ),
        record(
            "b",
            "AP",
            "2019-03-01",
            "B",
            &prose(2, 50),
            &[("IRN", "USA", "190", "2019-03-01")],
        ),
    ];
    store.ingest(&recs).unwrap();
    let mut out = Vec::new();
    assert_eq!(
        store
            .export_jsonl(&EventFilter::default(), &mut out)
            .unwrap(),
        2
    );
    let back: Vec<Record> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(back, recs);
    let mut out = Vec::new();
    let f = EventFilter {
        source: Some("IRN".into()),
        ..Default::default()
    };
    assert_eq!(store.export_jsonl(&f, &mut out).unwrap(), 1);
    let mut out = Vec::new();
    assert_eq!(
        store
            .export_events_csv(&EventFilter::default(), &mut out)
            .unwrap(),
        2
    );
    let csv = String::from_utf8(out).unwrap();
    assert!(csv.starts_with("story_id,article,event,date"));
    assert_eq!(csv.lines().count(), 3);
    let mut out = Vec::new();
    assert_eq!(
        store
            .export_articles_csv(&EventFilter::default(), &mut out)
            .unwrap(),
        2
    );
    let csv = String::from_utf8(out).unwrap();
    assert!(csv.contains("\"Comma, \"\"quoted\"\"\""), "{csv}");
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_export_reads_back() {
    use arrow_array::{Array, Int64Array, StringArray};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    let (dir, path) = temp();
    let mut store = open(&path);
    let recs: Vec<Record> = (0..30)
        .map(|i| {
            let d = format!("2019-02-{:02}", i % 28 + 1);
            record(
                &format!("r{i}"),
                "AP",
                &d,
                "T",
                &prose(i, 80),
                &[("USA", "IRQ", "112", &d), ("IRQ", "USA", "0311", &d)],
            )
        })
        .collect();
    store.ingest(&recs).unwrap();
    let out_path = dir.path().join("events.parquet");
    let file = std::fs::File::create(&out_path).unwrap();
    let n = store.export_parquet(&EventFilter::default(), file).unwrap();
    assert_eq!(n, 56, "28 days x 2 event keys");
    let file = std::fs::File::open(&out_path).unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let mut rows = 0;
    let mut articles = 0;
    for batch in reader {
        let batch = batch.unwrap();
        assert_eq!(batch.num_columns(), crate::query::EVENT_COLUMNS.len());
        let cameo = batch
            .column_by_name("cameo")
            .unwrap()
            .as_any()
            .downcast_ref::<StringArray>()
            .unwrap();
        assert!(cameo.iter().all(|c| matches!(c, Some("112" | "0311"))));
        let n_art = batch
            .column_by_name("num_articles")
            .unwrap()
            .as_any()
            .downcast_ref::<Int64Array>()
            .unwrap();
        articles += n_art.iter().flatten().sum::<i64>();
        rows += batch.num_rows();
    }
    assert_eq!(rows, 56);
    assert_eq!(articles, 60, "every report counted once");
}

/// Records of batch `b` for the kill test: 10 per batch, one event each.
fn kill_batch(b: u64) -> Vec<Record> {
    (0..10)
        .map(|i| {
            let n = b * 10 + i;
            record(
                &format!("k{n}"),
                "AP",
                "2019-05-01",
                "K",
                &prose(n + 1000, 120),
                &[("USA", "IRN", "042", "2019-05-01")],
            )
        })
        .collect()
}

const KILL_BATCHES: u64 = 300;

#[test]
fn killed_ingest_leaves_a_consistent_archive() {
    // In the child process: ingest until killed.
    if let Some(path) = std::env::var_os("DATELINE_STORE_KILL_CHILD") {
        let mut store = open(std::path::Path::new(&path));
        for b in 0..KILL_BATCHES {
            store.ingest(&kill_batch(b)).unwrap();
        }
        return;
    }
    let (_d, path) = temp();
    let exe = std::env::current_exe().unwrap();
    let mut child = std::process::Command::new(exe)
        .args([
            "--exact",
            "tests::killed_ingest_leaves_a_consistent_archive",
            "--test-threads=1",
        ])
        .env("DATELINE_STORE_KILL_CHILD", &path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some batches are committed, then SIGKILL mid-ingest.
    let started = std::time::Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(50));
        let n = Store::open(&path)
            .and_then(|s| s.article_count())
            .unwrap_or(0);
        if n >= 50 || started.elapsed() > Duration::from_secs(60) {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let mut store = open(&path);
    let check: String = store
        .conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let count = |sql: &str| -> i64 { store.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let articles = count("SELECT count(*) FROM articles");
    assert_eq!(articles % 10, 0, "only whole batches are committed");
    assert_eq!(count("SELECT count(*) FROM events"), articles);
    assert_eq!(count("SELECT count(*) FROM minhash"), articles);
    assert_eq!(count("SELECT count(*) FROM articles_fts"), articles);
    assert_eq!(
        count("SELECT sum(num_mentions) FROM story_events"),
        articles
    );

    // Re-running the whole ingest completes it without duplicates.
    let mut total = crate::IngestCounts::default();
    for b in 0..KILL_BATCHES {
        total += store.ingest(&kill_batch(b)).unwrap();
    }
    assert_eq!(total.skipped, u64::try_from(articles).unwrap());
    assert_eq!(total.inserted + total.skipped, KILL_BATCHES * 10);
    let count = |sql: &str| -> i64 { store.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM articles"), 3000);
    assert_eq!(count("SELECT count(*) FROM story_events"), 1);
    assert_eq!(count("SELECT num_articles FROM story_events"), 3000);
}

#[test]
fn content_hash_from_stored_json_equals_the_reference_hash() {
    use crate::ingest::{content_hash, content_hash_from_json};
    let mut recs = vec![
        record("plain", "AP", "2019-02-04", "T", &prose(3, 40), &[]),
        record(
            "q\"origin\":{}",
            "AP",
            "2019-02-04",
            "T",
            &prose(4, 40),
            &[],
        ),
    ];
    recs[0].origin.file = "in/batch \"1\".jsonl".into();
    recs[0].origin.line = Some(17);
    recs[1].extra.insert(
        "origin".into(),
        serde_json::json!({"file": "not the record's own"}),
    );
    for rec in &recs {
        let json = serde_json::to_vec(rec).unwrap();
        let fast = content_hash_from_json(&json, &rec.origin).unwrap();
        assert_eq!(fast.as_deref(), Some(content_hash(rec).unwrap().as_str()));
    }
    // Where the record came from is not content.
    let mut moved = recs[0].clone();
    moved.origin.file = "elsewhere".into();
    let json = serde_json::to_vec(&moved).unwrap();
    assert_eq!(
        content_hash_from_json(&json, &moved.origin).unwrap(),
        Some(content_hash(&recs[0]).unwrap())
    );
}

#[test]
fn articles_hashed_by_an_older_version_are_skipped_and_rehashed() {
    use crate::ingest::{content_hash, legacy_content_hash};
    let (_d, path) = temp();
    let mut store = open(&path);
    let rec = record("a", "AP", "2019-02-04", "T", &prose(5, 60), &[]);
    store.ingest(std::slice::from_ref(&rec)).unwrap();
    let stored = |store: &Store| -> String {
        store
            .conn
            .query_row(
                "SELECT content_hash FROM articles WHERE id = 'a'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(stored(&store), content_hash(&rec).unwrap());
    // As an archive written before schema version 5 holds it.
    let legacy = legacy_content_hash(&rec).unwrap();
    assert_eq!(legacy.len(), 32);
    store
        .conn
        .execute("UPDATE articles SET content_hash = ?1", [&legacy])
        .unwrap();
    let c = store.ingest(std::slice::from_ref(&rec)).unwrap();
    assert_eq!((c.skipped, c.updated), (1, 0));
    assert_eq!(stored(&store), content_hash(&rec).unwrap());
    // A changed article under a legacy hash is still an update.
    store
        .conn
        .execute("UPDATE articles SET content_hash = ?1", [&legacy])
        .unwrap();
    let changed = record("a", "AP", "2019-02-04", "T", &prose(6, 60), &[]);
    let c = store.ingest(&[changed]).unwrap();
    assert_eq!((c.skipped, c.updated), (0, 1));
}

#[test]
fn background_checkpoints_copy_the_wal_into_the_database() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let guard = store.background_checkpoints().unwrap();
    let before = std::fs::metadata(&path).unwrap().len();
    // Enough text to outgrow the pages a new archive's migrations freed
    // (the text is stored compressed, in the record only).
    let recs: Vec<Record> = (0..40)
        .map(|i| {
            record(
                &format!("c{i}"),
                "AP",
                "2019-01-01",
                "T",
                &prose(i, 2000),
                &[],
            )
        })
        .collect();
    store.ingest(&recs).unwrap();
    // The writer no longer checkpoints; the background thread does, once a
    // second: the database file grows without anyone else touching it.
    let mut grown = false;
    for _ in 0..100 {
        if std::fs::metadata(&path).unwrap().len() > before + 64 * 1024 {
            grown = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(grown, "no checkpoint reached the database file");
    drop(guard);
    assert_eq!(store.article_count().unwrap(), 40);
}

#[test]
fn same_id_twice_in_one_batch_keeps_the_search_index_consistent() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let first = record(
        "dup",
        "AP",
        "2019-01-01",
        "T",
        &format!("{} Walrus.", prose(1, 50)),
        &[],
    );
    let second = record(
        "dup",
        "AP",
        "2019-01-01",
        "T",
        &format!("{} Narwhal.", prose(2, 50)),
        &[],
    );
    let c = store.ingest(&[first.clone(), second.clone()]).unwrap();
    assert_eq!((c.inserted, c.updated), (1, 1));
    let all = SearchFilter::default();
    assert_eq!(store.search("narwhal", &all, 10).unwrap().len(), 1);
    assert!(store.search("walrus", &all, 10).unwrap().is_empty());
    // And across batches: the indexed version is deleted from the index.
    store.ingest(&[first]).unwrap();
    assert_eq!(store.search("walrus", &all, 10).unwrap().len(), 1);
    assert!(store.search("narwhal", &all, 10).unwrap().is_empty());
    store
        .conn
        .execute(
            "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
            [],
        )
        .unwrap();
}

/// Every event points at a story of its own key, and the stories count
/// every event once.
fn assert_stories_consistent(store: &Store) {
    let count = |sql: &str| -> i64 { store.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count(
            "SELECT count(*) FROM events e LEFT JOIN story_events s ON s.id = e.story
             WHERE s.id IS NULL OR s.story_key <> e.story_key"
        ),
        0
    );
    // A story is numbered by the event representing it, which is in it.
    assert_eq!(
        count(
            "SELECT count(*) FROM story_events s LEFT JOIN events e ON e.id = s.event
             WHERE s.id <> s.event OR e.story IS NOT s.id"
        ),
        0
    );
    assert_eq!(
        count("SELECT coalesce(sum(num_mentions), 0) FROM story_events"),
        count("SELECT count(*) FROM events")
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM story_events s
             WHERE num_mentions <> (SELECT count(*) FROM events e WHERE e.story = s.id)"
        ),
        0
    );
}

#[test]
fn one_batch_recomputes_every_story_it_touches() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let k1 = [("USA", "IRQ", "112", "2019-02-01")];
    let k2 = [("IRQ", "USA", "0311", "2019-02-01")];
    let a = record("a", "Reuters", "2019-02-01", "A", &prose(1, 200), &k1);
    let b = record("b", "AP", "2019-02-01", "B", &prose(2, 200), &k1);
    let c = record("c", "BBC", "2019-02-01", "C", &prose(3, 200), &k2);
    store.ingest(&[a.clone(), b, c]).unwrap();
    let stories = |store: &Store| -> Vec<(String, i64, i64)> {
        let mut stmt = store
            .conn
            .prepare(
                "SELECT story_key, num_articles, num_sources FROM story_events ORDER BY story_key",
            )
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    assert_eq!(
        stories(&store),
        [
            ("IRQ|USA|0311|2019-02-01".to_owned(), 1, 1),
            ("USA|IRQ|112|2019-02-01".to_owned(), 2, 2)
        ]
    );
    assert_stories_consistent(&store);
    // One batch: a's event moves from the first key to the second, a new
    // article joins the first, and a new one starts a third.
    let mut a2 = a;
    a2.events = record("x", "X", "2019-02-01", "X", "x", &k2).events;
    a2.text.push_str(" Revised.");
    let d = record("d", "AFP", "2019-02-01", "D", &prose(4, 200), &k1);
    let e = record(
        "e",
        "AFP",
        "2019-03-01",
        "E",
        &prose(5, 200),
        &[("FRA", "DEU", "042", "2019-03-01")],
    );
    let counts = store.ingest(&[a2, d, e]).unwrap();
    assert_eq!((counts.inserted, counts.updated), (2, 1));
    assert_eq!(
        stories(&store),
        [
            ("FRA|DEU|042|2019-03-01".to_owned(), 1, 1),
            ("IRQ|USA|0311|2019-02-01".to_owned(), 2, 2),
            ("USA|IRQ|112|2019-02-01".to_owned(), 2, 2)
        ]
    );
    assert_stories_consistent(&store);
    // Re-running the batch changes nothing.
    let before = stories(&store);
    let again = store.ingest(&[record("d", "AFP", "2019-02-01", "D", &prose(4, 200), &k1)]);
    assert_eq!(again.unwrap().skipped, 1);
    assert_eq!(stories(&store), before);
}

#[test]
fn migrates_a_version_5_archive() {
    let (_d, path) = temp();
    let ev = [("USA", "IRQ", "112", "2019-02-01")];
    {
        // A version 5 archive with one article, written by this build's
        // ingest plus the `kb_keys` row version 5 kept.
        let mut store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        store.configure().unwrap();
        store.migrate_to(5).unwrap();
        assert_eq!(store.schema_version().unwrap(), 5);
        // This build's ingest writes `articles.entity_count` (version 8)
        // and no entity rows; version 5 had the rows and not the column.
        store
            .conn
            .execute_batch("ALTER TABLE articles ADD COLUMN entity_count INTEGER")
            .unwrap();
        ingest_older(
            &mut store,
            &[record(
                "old",
                "AP",
                "2019-02-01",
                "Old",
                &prose(1, 200),
                &ev,
            )],
        );
        store
            .conn
            .execute_batch(
                "ALTER TABLE articles DROP COLUMN entity_count;
                 INSERT INTO entities (article, eid, name, kind, kb)
                     VALUES (1, 'E1', 'Mike Pompeo', 'person', 'Q473239'),
                            (1, 'E2', 'Iraq', 'country', NULL);
                 INSERT INTO kb_keys (kb, article, eid) VALUES ('Q473239', 1, 'E1');
                 -- Version 5 numbered stories in order of insertion.
                 UPDATE story_events SET id = id + 1000;
                 UPDATE events SET story = story + 1000;",
            )
            .unwrap();
    }
    let mut store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    assert_stories_consistent(&store);
    let count =
        |store: &Store, sql: &str| -> i64 { store.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM sqlite_master WHERE name IN
             ('kb_keys', 'kb_keys_article', 'events_source', 'events_target', 'entities_actor')"
        ),
        0
    );
    // Version 7 dropped the indexes no query reads.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM sqlite_master WHERE name IN
             ('entities_kb', 'story_events_key', 'story_events_event')"
        ),
        0
    );
    // Version 9 dropped the article indexes no query plan reads.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM sqlite_master WHERE name IN ('articles_outlet', 'articles_day')"
        ),
        0
    );
    // Version 8 counted the entity rows into the article.
    assert_eq!(
        count(&store, "SELECT entity_count FROM articles WHERE id = 'old'"),
        2
    );
    // The old article's story takes in a new report of the same day.
    let new = record("new", "BBC", "2019-02-01", "New", &prose(2, 200), &ev);
    assert_eq!(store.ingest(&[new]).unwrap().inserted, 1);
    let events = store.events(&EventFilter::default(), 10).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!((events[0].num_articles, events[0].num_sources), (2, 2));
    assert_eq!(count(&store, "SELECT sum(entity_count) FROM articles"), 4);
    assert_stories_consistent(&store);
    assert_eq!(
        store
            .search("new", &SearchFilter::default(), 10)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn zlib_records_of_older_archives_still_read() {
    use std::io::Write as _;
    let (_d, path) = temp();
    let mut store = open(&path);
    let rec = record("z", "AP", "2019-02-04", "T", &prose(8, 60), &[]);
    store.ingest(std::slice::from_ref(&rec)).unwrap();
    let snappy: Vec<u8> = store
        .conn
        .query_row("SELECT record FROM records", [], |r| r.get(0))
        .unwrap();
    assert!(snappy.starts_with(crate::SNAPPY_MAGIC));
    // Schema versions 3 to 7 stored zlib streams.
    let json = serde_json::to_vec(&rec).unwrap();
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(&json).unwrap();
    store
        .conn
        .execute("UPDATE records SET record = ?1", [enc.finish().unwrap()])
        .unwrap();
    assert_eq!(store.record("z").unwrap().unwrap(), rec);
    let mut out = Vec::new();
    assert_eq!(
        store
            .export_jsonl(&EventFilter::default(), &mut out)
            .unwrap(),
        1
    );
    assert_eq!(out, [json.as_slice(), b"\n"].concat());
}

/// The reused per-thread Snappy encoder gives each record the bytes a new
/// encoder would: the stream identifier and the same chunks, whatever was
/// compressed before (short, empty, incompressible and multi-block inputs).
#[test]
fn reused_snappy_encoder_writes_what_a_new_one_does() {
    use std::io::{Read as _, Write as _};
    let mut noise = Vec::new();
    let mut x: u64 = 7;
    for _ in 0..70_000 {
        x = crate::minhash::mix(x);
        noise.push(x.to_le_bytes()[0]);
    }
    let inputs: Vec<Vec<u8>> = vec![
        prose(1, 400).into_bytes(),
        Vec::new(),
        b"{}".to_vec(),
        noise.clone(),
        prose(2, 30_000).into_bytes(),
        prose(3, 20).into_bytes(),
        [prose(4, 9_000).into_bytes(), noise].concat(),
        prose(1, 400).into_bytes(),
    ];
    for input in &inputs {
        let mut fresh = snap::write::FrameEncoder::new(Vec::new());
        fresh.write_all(input).unwrap();
        let fresh = fresh.into_inner().unwrap();
        let reused = crate::compress_record(input).unwrap();
        assert_eq!(reused, fresh, "{} bytes", input.len());
        let mut back = Vec::new();
        snap::read::FrameDecoder::new(reused.as_slice())
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(&back, input);
    }
}

/// The query plans of every reader and of ingest's lookups, on the bundled
/// SQLite: the index each relies on exists and is used, and no plan reads
/// an index the schema dropped as unread.
#[test]
fn query_plans_use_the_indexes_they_need() {
    use crate::query::{events_sql, quotes_sql, search_sql};
    let (_d, path) = temp();
    let mut store = open(&path);
    let ev = [("USA", "IRQ", "112", "2019-02-01")];
    store
        .ingest(&[record("p", "AP", "2019-02-01", "T", &prose(3, 80), &ev)])
        .unwrap();
    let plan = |sql: &str, n: usize| -> String {
        let mut stmt = store
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let params = (0..n).map(|_| rusqlite::types::Value::Text("x".into()));
        let rows = stmt
            .query_map(rusqlite::params_from_iter(params), |r| {
                r.get::<_, String>(3)
            })
            .unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
    };
    let s = |v: &str| Some(v.to_owned());
    let mut plans = Vec::new();
    for filter in [
        SearchFilter::default(),
        SearchFilter {
            outlet: s("AP"),
            ..Default::default()
        },
        SearchFilter {
            from: s("2019-01-01"),
            to: s("2019-03-01"),
            ..Default::default()
        },
        SearchFilter {
            outlet: s("AP"),
            from: s("2019-01-01"),
            to: s("2019-03-01"),
        },
    ] {
        let (sql, vals) = search_sql("iraq", &filter, 10);
        plans.push(plan(&sql, vals.len()));
    }
    let dated = EventFilter {
        from: s("2019-01-01"),
        to: s("2019-03-01"),
        ..Default::default()
    };
    for filter in [
        EventFilter::default(),
        EventFilter {
            source: s("USA"),
            target: s("IRQ"),
            root: s("11"),
            ..Default::default()
        },
        EventFilter {
            status: s("asserted"),
            place: s("IRQ"),
            ..Default::default()
        },
        dated.clone(),
    ] {
        let (sql, vals) = events_sql(&filter, Some(50));
        plans.push(plan(&sql, vals.len()));
        let (sql, vals) = crate::export::article_sql("SELECT a.id FROM articles a", &filter);
        plans.push(plan(&sql, vals.len()));
    }
    for filter in [
        QuoteFilter::default(),
        QuoteFilter {
            speaker: s("Pompeo"),
            about: s("Iraq"),
        },
    ] {
        let (sql, vals) = quotes_sql(&filter, 50);
        plans.push(plan(&sql, vals.len()));
    }
    // Schema version 9 dropped `articles_outlet` and `articles_day`: before
    // that, no plan here named either.
    for p in &plans {
        assert!(
            !p.contains("articles_outlet") && !p.contains("articles_day"),
            "{p}"
        );
    }
    // The event day filter uses its index; ingest's story recomputation
    // reads events by id.
    let (sql, vals) = events_sql(&dated, Some(50));
    assert!(plan(&sql, vals.len()).contains("events_date"));
    let stories = plan(
        &crate::ingest::story_rows_sql(crate::ingest::EVENTS_BY_ID),
        1,
    );
    assert!(stories.contains("INTEGER PRIMARY KEY"), "{stories}");
    // A story's other reports, through the partial index of the events
    // that are not their story's representing report (schema version 17).
    let whole = plan(
        &crate::ingest::story_rows_sql(crate::ingest::EVENTS_BY_STORY),
        1,
    );
    assert!(whole.contains("USING INDEX events_story"), "{whole}");
    // A cluster's members are found through the partial index of the
    // articles that name a cluster (schema version 16), with the cluster's
    // own first article by row id.
    let cluster = plan(
        "SELECT max(count(*), 1) FROM articles WHERE cluster = ?1",
        1,
    );
    assert!(cluster.contains("articles_cluster"), "{cluster}");
    let members = plan(
        "SELECT a.rowid FROM articles a WHERE a.cluster = ?1 OR a.rowid = ?1",
        1,
    );
    assert!(
        members.contains("articles_cluster") && members.contains("INTEGER PRIMARY KEY"),
        "{members}"
    );
    let merge = plan(
        "UPDATE articles SET cluster = ?1 WHERE cluster = ?2 OR rowid = ?2",
        2,
    );
    assert!(merge.contains("articles_cluster"), "{merge}");
    // An article's events are read off its id range (schema version 14).
    let by_actor = EventFilter {
        source: s("USA"),
        ..Default::default()
    };
    let (sql, vals) = crate::export::article_sql("SELECT a.id FROM articles a", &by_actor);
    let articles = plan(&sql, vals.len());
    assert!(articles.contains("INTEGER PRIMARY KEY"), "{articles}");
}

#[test]
fn migrates_a_version_9_archive() {
    let (_d, path) = temp();
    let base = prose(31, 300);
    {
        // A version 9 archive: this build's rows plus the bucket table and
        // watermark version 9 kept.
        let mut store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        store.configure().unwrap();
        store.migrate_to(9).unwrap();
        ingest_older(
            &mut store,
            &[record("v9", "AP", "2019-02-01", "Old", &base, &[])],
        );
        let sig: Vec<u8> = store
            .conn
            .query_row("SELECT sig FROM minhash WHERE article = 1", [], |r| {
                r.get(0)
            })
            .unwrap();
        let bands = crate::minhash::Signature::from_bytes(&sig).unwrap().bands();
        for (band, hash) in bands.iter().enumerate() {
            store
                .conn
                .execute(
                    "INSERT INTO lsh_bands (band, hash, article) VALUES (?1, ?2, 1)",
                    rusqlite::params![crate::int(band), hash],
                )
                .unwrap();
        }
        store
            .conn
            .execute_batch("UPDATE meta SET value = 1 WHERE key = 'lsh_merged'")
            .unwrap();
    }
    let mut store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    let left: i64 = store
        .conn
        .query_row(
            "SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'lsh_bands')
                  + (SELECT count(*) FROM meta WHERE key = 'lsh_merged')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
    let index: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'events_story_key'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(index, 0);
    // The old article's buckets come from its signature: a copy finds it.
    store
        .ingest(&[record(
            "copy",
            "BBC",
            "2019-02-02",
            "Copy",
            &format!("{base} Officials declined to comment."),
            &[],
        )])
        .unwrap();
    assert_eq!(store.cluster_of("copy").unwrap(), ["copy", "v9"]);
}

#[test]
fn migrates_a_version_10_archive() {
    let (_d, path) = temp();
    use rusqlite::OptionalExtension as _;
    let automerge = |store: &Store| -> Option<i64> {
        store
            .conn
            .query_row(
                "SELECT v FROM articles_fts_config WHERE k = 'automerge'",
                [],
                |r| r.get(0),
            )
            .optional()
            .unwrap()
    };
    {
        let mut store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        store.configure().unwrap();
        store.migrate_to(10).unwrap();
        ingest_older(
            &mut store,
            &[record(
                "v10",
                "AP",
                "2019-02-01",
                "Old talks",
                &prose(5, 200),
                &[],
            )],
        );
        assert_eq!(automerge(&store), None);
    }
    let mut store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    assert_eq!(automerge(&store), Some(16));
    // Search reads the segments written before and after the upgrade.
    store
        .ingest(&[record(
            "v11",
            "BBC",
            "2019-02-02",
            "New talks",
            &prose(6, 200),
            &[],
        )])
        .unwrap();
    let ids = |q: &str| -> Vec<String> {
        let mut ids: Vec<String> = store
            .search(q, &SearchFilter::default(), 10)
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids("talks"), ["v10", "v11"]);
    assert_eq!(ids("\"old talks\""), ["v10"]);
    assert_eq!(ids("talks NOT old"), ["v11"]);
}

#[test]
fn migrates_a_version_8_archive() {
    let (_d, path) = temp();
    {
        let mut store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        store.configure().unwrap();
        store.migrate_to(8).unwrap();
        ingest_older(
            &mut store,
            &[record("v8", "AP", "2019-02-01", "Old", &prose(4, 100), &[])],
        );
    }
    let indexes = |store: &Store| -> i64 {
        store
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('articles_outlet', 'articles_day')",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    {
        let store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        assert_eq!((store.schema_version().unwrap(), indexes(&store)), (8, 2));
    }
    let store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    assert_eq!(indexes(&store), 0);
    // The filters those indexes were built for still answer.
    let filter = SearchFilter {
        outlet: Some("AP".into()),
        from: Some("2019-02-01".into()),
        to: Some("2019-02-01".into()),
    };
    let hits = store.search("old", &filter, 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].id, "v8");
}

#[test]
fn migrates_a_version_11_archive_keeping_search_results_and_snippets() {
    let (_d, path) = temp();
    let texts = [
        "The oil minister met rebels near the harbour on Monday.",
        "Workers at the harbour began a strike over pay; the minister said little.",
        "The minister of oil resigned on Friday after the harbour strike.",
    ];
    let records: Vec<Record> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            record(
                &format!("v11-{i}"),
                if i == 1 { "AP" } else { "Reuters" },
                &format!("2019-03-0{}", i + 1),
                &format!("Harbour report {i}"),
                &format!("{t} {}", prose(u64::try_from(i).unwrap() + 40, 120)),
                &[],
            )
        })
        .collect();
    let queries = [
        "harbour",
        "\"oil minister\"",
        "minister AND harbour NOT strike",
        "strike OR resigned",
        "harb*",
    ];
    let filters = [
        SearchFilter::default(),
        SearchFilter {
            outlet: Some("Reuters".into()),
            from: Some("2019-03-02".into()),
            ..Default::default()
        },
    ];
    let run = |store: &Store| -> Vec<Vec<crate::SearchHit>> {
        queries
            .iter()
            .flat_map(|q| filters.iter().map(|f| store.search(q, f, 10).unwrap()))
            .collect()
    };
    let before = {
        let mut store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        store.configure().unwrap();
        store.migrate_to(11).unwrap();
        ingest_older(&mut store, &records);
        run(&store)
    };
    assert!(before.iter().any(|hits| hits.len() == 3));
    assert!(before[0][0].snippet.contains("[harbour]"));
    let mut store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    let count =
        |store: &Store, sql: &str| -> i64 { store.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'text'"
        ),
        0
    );
    // The copied table keeps the unique index ingest looks ids up by.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'
             AND name LIKE 'sqlite_autoindex_%'"
        ),
        1
    );
    // Same hits, scores, highlighted titles and snippets, from the records.
    assert_eq!(run(&store), before);
    let check = |store: &Store| {
        store
            .conn
            .execute(
                "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
                [],
            )
            .unwrap();
    };
    check(&store);
    // The index keeps its settings (hashsize, automerge) across the move.
    assert_eq!(
        count(
            &store,
            "SELECT v FROM articles_fts_config WHERE k = 'automerge'"
        ),
        16
    );
    // An update is deleted from the index with the old record's text, and
    // new articles are indexed.
    let mut changed = records[0].clone();
    changed.text = format!("Quetzal sightings were reported. {}", prose(50, 80));
    let extra = record(
        "new",
        "AP",
        "2019-03-05",
        "Later",
        "The harbour reopened.",
        &[],
    );
    let c = store.ingest(&[changed, extra]).unwrap();
    assert_eq!((c.inserted, c.updated), (1, 1));
    check(&store);
    let all = SearchFilter::default();
    let ids = |q: &str| -> Vec<String> {
        let mut v: Vec<String> = store
            .search(q, &all, 10)
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids("quetzal"), ["v11-0"]);
    assert_eq!(ids("monday"), Vec::<String>::new());
    assert_eq!(ids("harbour"), ["new", "v11-0", "v11-1", "v11-2"]);
    let hit = &store.search("quetzal", &all, 1).unwrap()[0];
    assert!(
        hit.snippet.starts_with("[Quetzal] sightings"),
        "{}",
        hit.snippet
    );
}

#[test]
fn record_text_reads_the_text_of_every_stored_form() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let mut rec = record("t", "AP", "2019-02-04", "T", &prose(9, 40), &[]);
    rec.text
        .push_str(" \"Quoted\" text, a \\ backslash and \u{e9}t\u{e9}.");
    store.ingest(std::slice::from_ref(&rec)).unwrap();
    let text = |store: &Store| -> String {
        store
            .conn
            .query_row("SELECT text FROM articles_text", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(text(&store), rec.text);
    // JSON TEXT (archives migrated from version 2) and zlib (versions 3-7).
    let json = serde_json::to_vec(&rec).unwrap();
    store
        .conn
        .execute(
            "UPDATE records SET record = ?1",
            [std::str::from_utf8(&json).unwrap()],
        )
        .unwrap();
    assert_eq!(text(&store), rec.text);
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut enc, &json).unwrap();
    store
        .conn
        .execute("UPDATE records SET record = ?1", [enc.finish().unwrap()])
        .unwrap();
    assert_eq!(text(&store), rec.text);
    // Only the top-level `text` counts, wherever it is; the rest is left
    // unread.
    let text_of = |json: &str| crate::record_text(json.as_bytes()).map_err(|e| e.to_string());
    assert_eq!(
        text_of(r#"{"origin":{"text":"no"},"x":["text"],"text":"y\"es","after":[1,{"text":2}]}"#),
        Ok("y\"es".to_owned())
    );
    assert_eq!(text_of(r#"{"id":"a","entities":[]}"#), Ok(String::new()));
    assert!(text_of("[1]").is_err());
    assert!(text_of(r#"{"id":"a","#).is_err());
    let null: Option<String> = store
        .conn
        .query_row("SELECT dateline_record_text(NULL)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(null, None);
    assert!(store
        .conn
        .query_row("SELECT dateline_record_text(x'00ff')", [], |r| r
            .get::<_, String>(0))
        .is_err());
}

#[test]
fn migrates_a_version_12_archive_keeping_its_stories() {
    let (_d, path) = temp();
    let k1 = [("USA", "IRQ", "112", "2019-02-01")];
    let k2 = [("IRN", "SAU", "0311", "2019-02-02")];
    let records = [
        record("a", "Reuters", "2019-02-01", "A", &prose(61, 200), &k1),
        record("b", "AP", "2019-02-01", "B", &prose(62, 200), &k1),
        record("c", "AP", "2019-02-02", "C", &prose(63, 200), &k2),
    ];
    // The same SQL reads the table before and the view after the upgrade.
    type Story = (i64, String, String, i64, i64, i64);
    let read = |store: &Store| -> Vec<Story> {
        let mut stmt = store
            .conn
            .prepare(
                "SELECT s.id, s.story_key, e.vid, s.num_mentions, s.num_articles, s.num_sources
                 FROM story_events s JOIN events e ON e.id = s.event ORDER BY s.id",
            )
            .unwrap();
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let before = {
        let mut store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        store.configure().unwrap();
        store.migrate_to(12).unwrap();
        ingest_older(&mut store, &records);
        read(&store)
    };
    assert_eq!(before.len(), 2);
    assert_eq!((before[0].3, before[0].4, before[0].5), (2, 2, 2));
    let mut store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    // The same story events, with their ids and counts.
    assert_eq!(read(&store), before);
    let listed: Vec<(i64, i64, i64, i64)> = store
        .events(&EventFilter::default(), 100)
        .unwrap()
        .into_iter()
        .map(|e| (e.story_id, e.num_mentions, e.num_articles, e.num_sources))
        .collect();
    let stored: Vec<(i64, i64, i64, i64)> = before.iter().map(|s| (s.0, s.3, s.4, s.5)).collect();
    assert_eq!(listed, stored);
    assert_stories_consistent(&store);
    let count =
        |store: &Store, sql: &str| -> i64 { store.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    // `story_events` is a view over the representative events now.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM sqlite_master WHERE name = 'story_events' AND type = 'view'"
        ),
        1
    );
    // The other report of a story has no counts of its own.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM events WHERE story <> id AND num_mentions IS NULL"
        ),
        1
    );
    // A third report joins the first story and the representing article
    // is replaced: the story moves to the earliest remaining report.
    let mut a2 = records[0].clone();
    a2.text.push_str(" Revised.");
    store
        .ingest(&[
            record("d", "BBC", "2019-02-01", "D", &prose(64, 200), &k1),
            a2,
        ])
        .unwrap();
    assert_stories_consistent(&store);
    let events = store.events(&EventFilter::default(), 100).unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(
        (
            events[0].article.as_str(),
            events[0].num_mentions,
            events[0].num_articles,
            events[0].num_sources
        ),
        ("b", 3, 3, 3)
    );
}

#[test]
fn a_new_event_is_a_story_of_its_own_without_being_rewritten() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let k = [("EGY", "ISR", "036", "2019-05-03")];
    store
        .ingest(&[record("only", "AP", "2019-05-03", "O", &prose(71, 100), &k)])
        .unwrap();
    let row: (i64, i64, i64, i64, i64) = store
        .conn
        .query_row(
            "SELECT id, story, num_mentions, num_articles, num_sources FROM events",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(row, (1, 1, 1, 1, 1));
    // A report from another day is a story of its own too; one from the
    // same day joins the first, which then counts both.
    store
        .ingest(&[
            record("later", "AP", "2019-05-04", "L", &prose(72, 100), &k),
            record("same", "BBC", "2019-05-03", "S", &prose(73, 100), &k),
        ])
        .unwrap();
    assert_stories_consistent(&store);
    let mut stmt = store
        .conn
        .prepare("SELECT story, num_mentions, num_sources FROM events ORDER BY id")
        .unwrap();
    let rows: Vec<(i64, Option<i64>, Option<i64>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        rows,
        [
            (1, Some(2), Some(2)),
            (2, Some(1), Some(1)),
            (1, None, None)
        ]
    );
}

/// The events of each article, as (article id, vid, event id), read through
/// the article's event id range.
fn events_by_range(store: &Store) -> Vec<(String, String, i64)> {
    let mut stmt = store
        .conn
        .prepare(concat!(
            "SELECT a.id, e.vid, e.id FROM articles a JOIN events e ON ",
            article_events!(),
            " ORDER BY a.id, e.id"
        ))
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// The events of each article, as [`events_by_range`] gives them, read by
/// scanning the table.
fn events_by_scan(store: &Store) -> Vec<(String, String, i64)> {
    let mut stmt = store
        .conn
        .prepare(
            "SELECT a.id, e.vid, e.id FROM events e JOIN articles a ON a.rowid = e.article
             ORDER BY a.id, e.id",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

#[test]
fn articles_name_the_range_of_their_events() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let k1 = ("USA", "IRQ", "112", "2019-02-01");
    let k2 = ("IRN", "SAU", "0311", "2019-02-02");
    let mut twice = record("twice", "AP", "2019-02-01", "T", &prose(81, 120), &[k1, k2]);
    // A duplicate event id: the first event with it is kept.
    let mut dup = twice.events[1].clone();
    dup.cameo = "190".into();
    twice.events.push(dup);
    let none = record("none", "AP", "2019-02-01", "N", &prose(82, 120), &[]);
    let one = record("one", "BBC", "2019-02-02", "O", &prose(83, 120), &[k2]);
    store.ingest(&[twice.clone(), none, one]).unwrap();
    let ranges = |store: &Store| -> Vec<(String, Option<i64>, Option<i64>)> {
        let mut stmt = store
            .conn
            .prepare("SELECT id, events_first, events_last FROM articles ORDER BY rowid")
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    assert_eq!(
        ranges(&store),
        [
            ("twice".to_owned(), Some(1), Some(2)),
            ("none".to_owned(), None, None),
            ("one".to_owned(), Some(3), Some(3)),
        ]
    );
    let cameo: String = store
        .conn
        .query_row(
            "SELECT e.cameo FROM events e JOIN articles a ON a.rowid = e.article
             WHERE a.id = 'twice' AND e.vid = 'V2'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(cameo, "0311");
    // No index of events by article: only the day index and the partial
    // index by story (schema version 17).
    let indexes: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexes, 2);
    // An update replaces the article's events and names their new range.
    let mut changed = twice;
    changed.text.push_str(" The envoy left on Friday.");
    changed.events.truncate(1);
    let c = store.ingest(&[changed]).unwrap();
    assert_eq!(c.updated, 1);
    assert_eq!(ranges(&store)[0], ("twice".to_owned(), Some(4), Some(4)));
    assert_eq!(events_by_range(&store), events_by_scan(&store));
    assert_eq!(events_by_scan(&store).len(), 2);
    assert_stories_consistent(&store);
    // The article CSV counts each article's events through its range.
    let mut csv = Vec::new();
    store
        .export_articles_csv(&EventFilter::default(), &mut csv)
        .unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let counts: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(10).unwrap())
        .collect();
    assert_eq!(counts, ["1", "0", "1"]);
    // The article exports' event filters find the articles through it too.
    let filter = EventFilter {
        source: Some("IRN".into()),
        ..Default::default()
    };
    let mut out = Vec::new();
    assert_eq!(store.export_jsonl(&filter, &mut out).unwrap(), 1);
    assert!(String::from_utf8(out).unwrap().contains("\"id\":\"one\""));
}

#[test]
fn migrates_a_version_13_archive_naming_event_ranges() {
    let (_d, path) = temp();
    let k1 = [("USA", "IRQ", "112", "2019-02-01")];
    let k2 = [
        ("IRN", "SAU", "0311", "2019-02-02"),
        ("IRN", "USA", "173", "2019-02-02"),
    ];
    let records = [
        record("a", "Reuters", "2019-02-01", "A", &prose(91, 200), &k1),
        record("b", "AP", "2019-02-01", "B", &prose(92, 200), &[]),
        record("c", "AP", "2019-02-02", "C", &prose(93, 200), &k2),
    ];
    // What an export says of each article's events: (id, event count,
    // whether an event targets SAU).
    type Counts = Vec<(String, i64, bool)>;
    let by_scan = |store: &Store| -> Counts {
        let mut stmt = store
            .conn
            .prepare(
                "SELECT a.id, count(e.id), coalesce(max(e.target_code = 'SAU'), 0)
                 FROM articles a LEFT JOIN events e ON e.article = a.rowid
                 GROUP BY a.rowid ORDER BY a.rowid",
            )
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let events_csv = |store: &Store| -> Vec<u8> {
        let mut csv = Vec::new();
        store
            .export_events_csv(&EventFilter::default(), &mut csv)
            .unwrap();
        csv
    };
    let before = {
        let mut store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        store.configure().unwrap();
        store.migrate_to(13).unwrap();
        ingest_older(&mut store, &records);
        let indexes: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'events' AND type = 'index'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(indexes, 2);
        (events_csv(&store), by_scan(&store), events_by_scan(&store))
    };
    assert_eq!(
        before.1,
        [
            ("a".to_owned(), 1, false),
            ("b".to_owned(), 0, false),
            ("c".to_owned(), 2, true)
        ]
    );
    let mut store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    // The same story events and events; the article exports find each
    // article's events through the ranges filled in.
    assert_eq!(events_csv(&store), before.0);
    assert_eq!(events_by_range(&store), before.2);
    assert_eq!(events_by_scan(&store), before.2);
    let mut csv = Vec::new();
    store
        .export_articles_csv(&EventFilter::default(), &mut csv)
        .unwrap();
    let counts: Vec<i64> = String::from_utf8(csv)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(10).unwrap().parse().unwrap())
        .collect();
    assert_eq!(counts, before.1.iter().map(|c| c.1).collect::<Vec<_>>());
    let filter = EventFilter {
        target: Some("SAU".into()),
        ..Default::default()
    };
    let mut jsonl = Vec::new();
    assert_eq!(store.export_jsonl(&filter, &mut jsonl).unwrap(), 1);
    assert!(String::from_utf8(jsonl).unwrap().contains("\"id\":\"c\""));
    assert_stories_consistent(&store);
    let view: i64 = store
        .conn
        .query_row("SELECT count(*) FROM story_events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(view, 3);
    // The upgraded archive takes updates: the old events go, the new ones
    // name their range.
    let mut c2 = records[2].clone();
    c2.text.push_str(" Talks resume next week.");
    c2.events.pop();
    assert_eq!(store.ingest(&[c2]).unwrap().updated, 1);
    assert_eq!(events_by_range(&store), events_by_scan(&store));
    assert_eq!(events_by_scan(&store).len(), 2);
    assert_stories_consistent(&store);
}

/// The article CSV's event count of each article, in row-id order.
fn article_event_counts(store: &Store) -> Vec<i64> {
    let mut csv = Vec::new();
    store
        .export_articles_csv(&EventFilter::default(), &mut csv)
        .unwrap();
    String::from_utf8(csv)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(10).unwrap().parse().unwrap())
        .collect()
}

#[test]
fn interleaved_event_ranges_keep_each_article_to_its_own_events() {
    // The writer gives an article's events consecutive ids, but an archive
    // whose ids interleave (here renumbered by hand: one article's events
    // 1, 3, 5 and the other's 2, 4, 6, so each range holds events of the
    // other) must be read and updated correctly: the range join keeps only
    // the rows naming the article.
    let (_d, path) = temp();
    let ka = [
        ("USA", "IRQ", "112", "2019-03-01"),
        ("USA", "IRQ", "0311", "2019-03-01"),
        ("USA", "IRQ", "173", "2019-03-02"),
    ];
    let kb = [
        ("IRN", "SAU", "112", "2019-03-01"),
        ("IRN", "SAU", "0311", "2019-03-01"),
        ("IRN", "SAU", "173", "2019-03-02"),
    ];
    let a = record("a", "Reuters", "2019-03-01", "A", &prose(101, 200), &ka);
    let b = record("b", "AP", "2019-03-01", "B", &prose(102, 200), &kb);
    {
        let mut store = open(&path);
        store.ingest(&[a.clone(), b.clone()]).unwrap();
        store
            .conn
            .execute_batch(
                "UPDATE events SET id = -id;
                 UPDATE events SET id = CASE WHEN -id <= 3 THEN -2 * id - 1 ELSE -2 * id - 6 END;
                 UPDATE events SET story = id;
                 UPDATE articles SET events_first = 1, events_last = 5 WHERE id = 'a';
                 UPDATE articles SET events_first = 2, events_last = 6 WHERE id = 'b';",
            )
            .unwrap();
    }
    let owners = |store: &Store| -> Vec<(String, i64)> {
        events_by_scan(store)
            .into_iter()
            .map(|(article, _, id)| (article, id))
            .collect()
    };
    let mut store = open(&path);
    let interleaved = [
        ("a".to_owned(), 1),
        ("a".to_owned(), 3),
        ("a".to_owned(), 5),
        ("b".to_owned(), 2),
        ("b".to_owned(), 4),
        ("b".to_owned(), 6),
    ];
    assert_eq!(owners(&store), interleaved);
    assert_stories_consistent(&store);
    // Read: each article counts its own events, and an event filter finds
    // only the article whose event matches.
    assert_eq!(article_event_counts(&store), [3, 3]);
    let filter = EventFilter {
        source: Some("IRN".into()),
        ..Default::default()
    };
    let mut out = Vec::new();
    assert_eq!(store.export_jsonl(&filter, &mut out).unwrap(), 1);
    assert!(String::from_utf8(out).unwrap().contains("\"id\":\"b\""));
    assert_eq!(events_by_range(&store), events_by_scan(&store));
    // Update: only the article's own events are replaced, the other's
    // events inside its range stay, with their stories.
    let mut a2 = a.clone();
    a2.text.push_str(" The talks ended on Tuesday.");
    a2.events.truncate(2);
    assert_eq!(store.ingest(&[a2]).unwrap().updated, 1);
    assert_eq!(
        owners(&store),
        [
            ("a".to_owned(), 7),
            ("a".to_owned(), 8),
            ("b".to_owned(), 2),
            ("b".to_owned(), 4),
            ("b".to_owned(), 6),
        ]
    );
    assert_eq!(events_by_range(&store), events_by_scan(&store));
    assert_eq!(article_event_counts(&store), [2, 3]);
    assert_stories_consistent(&store);
    let stories: i64 = store
        .conn
        .query_row("SELECT count(*) FROM story_events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stories, 5);
    // And the other article, whose range still spans ids the first one
    // gave up, is updated alike.
    let mut b2 = b.clone();
    b2.text.push_str(" A reply is expected.");
    b2.events.truncate(1);
    assert_eq!(store.ingest(&[b2]).unwrap().updated, 1);
    assert_eq!(
        owners(&store),
        [
            ("a".to_owned(), 7),
            ("a".to_owned(), 8),
            ("b".to_owned(), 9)
        ]
    );
    assert_eq!(article_event_counts(&store), [2, 1]);
    assert_stories_consistent(&store);
}

#[test]
fn story_keys_and_the_batch_s_single_new_events() {
    use crate::ingest::{story_key, NewEvents};
    assert_eq!(
        story_key(Some("USA"), Some("IRQ"), "112", Some("2019-02-01"), 7),
        "USA|IRQ|112|2019-02-01"
    );
    assert_eq!(
        story_key(None, Some("IRN"), "010", None, 42),
        "|IRN|010|@42"
    );
    let mut new = NewEvents::starting_at(10);
    new.push("A|B|010|2019-02-01".to_owned());
    new.push("C||020|2019-02-02".to_owned());
    // Event 10 alone under its own key: nothing to recompute.
    assert!(new.is_single_new("A|B|010|2019-02-01", &[10]));
    // Under another key (a hash shared by chance), with a second report,
    // or stored before the batch: recomputed.
    assert!(!new.is_single_new("C||020|2019-02-02", &[10]));
    assert!(!new.is_single_new("A|B|010|2019-02-01", &[3, 10]));
    assert!(!new.is_single_new("A|B|010|2019-02-01", &[9]));
    assert!(!new.is_single_new("A|B|010|2019-02-01", &[12]));
}

/// A record with `n` attributions `A1`..`An` (each the first one's speaker
/// and cue, content `claim k`), then `extra` appended as they are.
fn record_with_claims(id: &str, n: usize, extra: &[(&str, &str)]) -> Record {
    let mut rec = record(
        id,
        "AP",
        "2019-03-01",
        "Claims",
        &format!("{} {}", prose(7, 60), "The envoy repeated each claim."),
        &[("USA", "IRQ", "112", "2019-03-01")],
    );
    let first = rec.attributions[0].clone();
    let claim = |aid: &str, content: &str| {
        let mut a = first.clone();
        a.id = aid.to_owned();
        a.content[0].text = content.to_owned();
        a
    };
    rec.attributions = (1..=n)
        .map(|k| claim(&format!("A{k}"), &format!("claim {k}")))
        .chain(extra.iter().map(|(aid, content)| claim(aid, content)))
        .collect();
    rec
}

/// Every attribution row: (id, article id, aid, content), by id.
fn attribution_rows(store: &Store) -> Vec<(i64, String, String, String)> {
    let mut stmt = store
        .conn
        .prepare(
            "SELECT x.id, a.id, x.aid, x.content FROM attributions x
             JOIN articles a ON a.rowid = x.article ORDER BY x.id",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// The article CSV's attribution count of each article, in row-id order.
fn article_attribution_counts(store: &Store) -> Vec<i64> {
    let mut csv = Vec::new();
    store
        .export_articles_csv(&EventFilter::default(), &mut csv)
        .unwrap();
    String::from_utf8(csv)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(9).unwrap().parse().unwrap())
        .collect()
}

#[test]
fn attributions_are_keyed_by_article_and_position() {
    let (_d, path) = temp();
    let mut store = open(&path);
    // A duplicate attribution id keeps the first (as `INSERT OR IGNORE`
    // did before schema version 15).
    let records = [
        record_with_claims("a", 3, &[("A2", "a second claim 2")]),
        record_with_claims("b", 0, &[]),
        record_with_claims("c", 2, &[]),
    ];
    store.ingest(&records).unwrap();
    let slot = crate::ATTRIBUTION_SLOTS;
    let rows = attribution_rows(&store);
    let want = |id: i64, art: &str, aid: &str, content: &str| {
        (id, art.to_owned(), aid.to_owned(), content.to_owned())
    };
    assert_eq!(
        rows,
        [
            want(slot, "a", "A1", "claim 1"),
            want(slot + 1, "a", "A2", "claim 2"),
            want(slot + 2, "a", "A3", "claim 3"),
            want(3 * slot, "c", "A1", "claim 1"),
            want(3 * slot + 1, "c", "A2", "claim 2"),
        ]
    );
    assert_eq!(article_attribution_counts(&store), [3, 0, 2]);
    // An update replaces the article's attributions and no other's.
    let mut a = record_with_claims("a", 1, &[]);
    a.text.push_str(" A correction followed.");
    assert_eq!(store.ingest(&[a]).unwrap().updated, 1);
    assert_eq!(article_attribution_counts(&store), [1, 0, 2]);
    assert_eq!(attribution_rows(&store).len(), 3);
    let quotes = store.quotes(&QuoteFilter::default(), 10).unwrap();
    assert_eq!(quotes.len(), 3);
}

#[test]
fn migrates_a_version_14_archive_keying_attributions_by_position() {
    let (_d, path) = temp();
    let (_d2, fresh_path) = temp();
    // Twelve attributions: `A10` sorts before `A2` as text, but is numbered
    // after it.
    let records = [
        record_with_claims("a", 12, &[]),
        record_with_claims("b", 2, &[]),
    ];
    let quotes = |store: &Store| {
        let q = store.quotes(&QuoteFilter::default(), 50).unwrap();
        serde_json::to_string(&q).unwrap()
    };
    let events_csv = |store: &Store| -> Vec<u8> {
        let mut csv = Vec::new();
        store
            .export_events_csv(&EventFilter::default(), &mut csv)
            .unwrap();
        csv
    };
    let columns = |store: &Store, table: &str| -> Vec<String> {
        let mut stmt = store
            .conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    let before = {
        let mut store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        store.configure().unwrap();
        store.migrate_to(14).unwrap();
        ingest_older(&mut store, &records);
        assert!(columns(&store, "attributions").contains(&"cue_lemma".to_owned()));
        assert!(columns(&store, "events").contains(&"sentence".to_owned()));
        // This build's article CSV reads the id ranges of version 15: the
        // counts are taken by a scan here.
        let mut stmt = store
            .conn
            .prepare(
                "SELECT count(x.article) FROM articles a
                 LEFT JOIN attributions x ON x.article = a.rowid GROUP BY a.rowid ORDER BY a.rowid",
            )
            .unwrap();
        let counts: Vec<i64> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        drop(stmt);
        (quotes(&store), counts, events_csv(&store))
    };
    assert_eq!(before.1, [12, 2]);
    let mut store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    assert_eq!(quotes(&store), before.0);
    assert_eq!(article_attribution_counts(&store), before.1);
    assert_eq!(events_csv(&store), before.2);
    for (table, gone) in [
        ("attributions", "speaker_entity"),
        ("attributions", "cue_lemma"),
        ("attributions", "addressee"),
        ("attributions", "date"),
        ("attributions", "parent"),
        ("events", "source_entity"),
        ("events", "target_entity"),
        ("events", "sentence"),
    ] {
        assert!(
            !columns(&store, table).contains(&gone.to_owned()),
            "{table}.{gone}"
        );
    }
    assert_stories_consistent(&store);
    // The ids are those a fresh ingest gives, in the order of the aids'
    // numbers.
    let mut fresh = open(&fresh_path);
    fresh.ingest(&records).unwrap();
    assert_eq!(attribution_rows(&store), attribution_rows(&fresh));
    assert_eq!(quotes(&fresh), before.0);
    let rows = attribution_rows(&store);
    assert_eq!(rows[9].0, crate::ATTRIBUTION_SLOTS + 9);
    assert_eq!(rows[9].2, "A10");
    // The upgraded archive takes updates.
    let mut a = record_with_claims("a", 4, &[]);
    a.text.push_str(" A correction followed.");
    assert_eq!(store.ingest(&[a]).unwrap().updated, 1);
    assert_eq!(article_attribution_counts(&store), [4, 2]);
}

/// `articles.cluster` and `articles.sig` of every article, in row-id order.
fn cluster_columns(store: &Store) -> Vec<(String, Option<i64>, bool)> {
    let mut stmt = store
        .conn
        .prepare("SELECT id, cluster, sig IS NOT NULL FROM articles ORDER BY rowid")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

#[test]
fn an_article_alone_names_no_cluster_and_a_merge_names_it_on_every_member() {
    let (_d, path) = temp();
    let mut store = open(&path);
    let base = prose(77, 300);
    let first = record("p", "AP", "2019-03-01", "P", &base, &[]);
    let other = record("q", "AP", "2019-03-01", "Q", &prose(78, 300), &[]);
    store.ingest(&[first, other]).unwrap();
    // Two articles, each a cluster of its own: no cluster named, both
    // signed.
    assert_eq!(
        cluster_columns(&store),
        [("p".to_owned(), None, true), ("q".to_owned(), None, true)]
    );
    // A lightly edited copy of the first joins its cluster: both name it,
    // the first article included; the unrelated one stays alone.
    let copy = record(
        "r",
        "BBC",
        "2019-03-02",
        "R",
        &format!("{base} Officials gave no further details."),
        &[],
    );
    store.ingest(&[copy]).unwrap();
    assert_eq!(
        cluster_columns(&store),
        [
            ("p".to_owned(), Some(1), true),
            ("q".to_owned(), None, true),
            ("r".to_owned(), Some(1), true),
        ]
    );
    assert_eq!(store.cluster_of("r").unwrap(), ["p", "r"]);
    assert_eq!(store.cluster_of("q").unwrap(), ["q"]);
    // The view keeps the old table's rows: every article with its cluster.
    let mut stmt = store
        .conn
        .prepare("SELECT article, cluster FROM clusters ORDER BY article")
        .unwrap();
    let view: Vec<(i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    drop(stmt);
    assert_eq!(view, [(1, 1), (2, 2), (3, 1)]);
    // A text without a word has no signature.
    let mut wordless = record("s", "AP", "2019-03-03", "S", "", &[]);
    wordless.text = "…".into();
    store.ingest(&[wordless]).unwrap();
    assert_eq!(cluster_columns(&store)[3], ("s".to_owned(), None, false));
    let signed: i64 = store
        .conn
        .query_row("SELECT count(*) FROM minhash", [], |r| r.get(0))
        .unwrap();
    assert_eq!(signed, 3);
}

#[test]
fn migrates_a_version_15_archive_moving_clusters_and_signatures_into_articles() {
    let (_d, path) = temp();
    let (_d2, fresh_path) = temp();
    let base = prose(91, 300);
    let records = [
        record("m1", "AP", "2019-04-01", "M1", &base, &[]),
        record("m2", "AP", "2019-04-01", "M2", &prose(92, 300), &[]),
        record(
            "m3",
            "Reuters",
            "2019-04-02",
            "M3",
            &format!("{base} The ministry did not respond."),
            &[],
        ),
    ];
    let articles_csv = |store: &Store| -> Vec<u8> {
        let mut csv = Vec::new();
        store
            .export_articles_csv(&EventFilter::default(), &mut csv)
            .unwrap();
        csv
    };
    let (csv, sigs) = {
        let mut store = Store::open_raw(&path, crate::DEFAULT_BUSY_TIMEOUT).unwrap();
        store.configure().unwrap();
        store.migrate_to(15).unwrap();
        ingest_older(&mut store, &records);
        // Version 15 keeps a row for every article in each table.
        let n: i64 = store
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM clusters) + (SELECT count(*) FROM minhash)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 6);
        let mut stmt = store
            .conn
            .prepare("SELECT article, sig FROM minhash ORDER BY article")
            .unwrap();
        let sigs: Vec<(i64, Vec<u8>)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        drop(stmt);
        // This build's article CSV reads `articles.cluster`: read through
        // the table here.
        let clusters: Vec<i64> = {
            let mut stmt = store
                .conn
                .prepare("SELECT cluster FROM clusters ORDER BY article")
                .unwrap();
            let rows = stmt.query_map([], |r| r.get(0)).unwrap();
            rows.collect::<rusqlite::Result<_>>().unwrap()
        };
        assert_eq!(clusters, [1, 2, 1]);
        (clusters, sigs)
    };
    let mut store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    assert_eq!(
        cluster_columns(&store),
        [
            ("m1".to_owned(), Some(1), true),
            ("m2".to_owned(), None, true),
            ("m3".to_owned(), Some(1), true),
        ]
    );
    let mut stmt = store
        .conn
        .prepare("SELECT article, sig FROM minhash ORDER BY article")
        .unwrap();
    let after: Vec<(i64, Vec<u8>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    drop(stmt);
    assert_eq!(after, sigs);
    let view: Vec<i64> = {
        let mut stmt = store
            .conn
            .prepare("SELECT cluster FROM clusters ORDER BY article")
            .unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    assert_eq!(view, csv);
    // The same rows as a fresh ingest, and the same article export.
    let mut fresh = open(&fresh_path);
    fresh.ingest(&records).unwrap();
    assert_eq!(cluster_columns(&store), cluster_columns(&fresh));
    let strip = |csv: Vec<u8>| -> Vec<String> {
        // `ingested_at`, the last column, differs between the two archives.
        String::from_utf8(csv)
            .unwrap()
            .lines()
            .map(|l| l.rsplit_once(',').map_or(l, |(a, _)| a).to_owned())
            .collect()
    };
    assert_eq!(strip(articles_csv(&store)), strip(articles_csv(&fresh)));
    // The upgraded archive links a later copy through its loaded buckets.
    let later = record(
        "m4",
        "BBC",
        "2019-04-03",
        "M4",
        &format!("{base} Talks resume next week."),
        &[],
    );
    store.ingest(&[later]).unwrap();
    assert_eq!(store.cluster_of("m4").unwrap(), ["m1", "m3", "m4"]);
    assert_eq!(store.cluster_of("m2").unwrap(), ["m2"]);
}

/// Every event's id, story and counts, by id.
fn event_stories(store: &Store) -> Vec<(i64, String, Option<i64>, Option<i64>)> {
    let mut stmt = store
        .conn
        .prepare("SELECT id, story_key, story, num_mentions FROM events ORDER BY id")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

#[test]
fn near_duplicates_link_inside_the_window_only() {
    let base = prose(42, 300);
    let other = prose(43, 300);
    let on = |id: &str, date: &str, body: &str| {
        record(id, "AP", date, id, body, &[("USA", "IRQ", "112", date)])
    };
    // Row ids 1 to 4, on four days; then `e`, a copy of `a` from its day
    // (4 rows back, outside a window of 3), and `f`, a copy of `d` (2 rows
    // back, inside).
    let batches = [
        vec![
            on("a", "2019-02-01", &base),
            on("b", "2019-02-02", &prose(1, 300)),
            on("c", "2019-02-03", &prose(2, 300)),
            on("d", "2019-02-04", &other),
        ],
        vec![
            on(
                "e",
                "2019-02-01",
                &format!("{base} The embassy declined to comment."),
            ),
            on(
                "f",
                "2019-02-04",
                &format!("{other} The ministry declined to comment."),
            ),
        ],
    ];
    let story_of = |store: &Store, id: &str| -> i64 {
        store
            .conn
            .query_row(
                "SELECT e.story FROM events e JOIN articles a ON a.rowid = e.article
                 WHERE a.id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
    };
    let (_d, path) = temp();
    let mut store = open(&path);
    store.window = 3;
    for batch in &batches {
        store.ingest(batch).unwrap();
    }
    assert_eq!(store.cluster_of("e").unwrap(), ["e"]);
    assert_eq!(store.cluster_of("f").unwrap(), ["d", "f"]);
    // Stories look back over the window too: `e`'s report, of `a`'s key
    // and day, is not `a`'s story; `f`'s is `d`'s.
    assert_ne!(story_of(&store, "e"), story_of(&store, "a"));
    assert_eq!(story_of(&store, "f"), story_of(&store, "d"));
    assert_stories_consistent(&store);
    // With the whole archive in the window, `e` links to `a`.
    let (_d2, path2) = temp();
    let mut all = open(&path2);
    for batch in &batches {
        all.ingest(batch).unwrap();
    }
    assert_eq!(all.cluster_of("e").unwrap(), ["a", "e"]);
    assert_eq!(story_of(&all, "e"), story_of(&all, "a"));
}

#[test]
fn the_writer_s_indexes_stay_bounded_by_the_window() {
    let (_d, path) = temp();
    let mut store = open(&path);
    store.window = 4;
    let mut most = (0, 0);
    for batch in 0..12u64 {
        let records: Vec<Record> = (0..3)
            .map(|i| {
                let n = batch * 3 + i;
                let date = format!("2019-02-{:02}", n % 28 + 1);
                let evs = [
                    ("USA", "IRQ", "112", date.as_str()),
                    ("IRN", "USA", "010", date.as_str()),
                ];
                record(
                    &format!("r{n}"),
                    "AP",
                    &date,
                    "T",
                    &prose(100 + n, 200),
                    &evs,
                )
            })
            .collect();
        store.ingest(&records).unwrap();
        let size = store.writer_index_size().unwrap();
        most = (most.0.max(size.bucket_keys), most.1.max(size.story_keys));
    }
    // 4 articles of 32 bands and 2 distinct story keys each at most, with
    // 36 stored.
    assert!(most.0 <= 4 * crate::minhash::BANDS, "{most:?}");
    assert!(most.0 > 3 * crate::minhash::BANDS, "{most:?}");
    assert!(most.1 <= 4 * 2, "{most:?}");
    let last = store.writer_index_size().unwrap();
    assert_eq!((last.bucket_keys, last.story_keys), most);
    // A writer loading the archive holds the same.
    let mut again = open(&path);
    again.window = 4;
    again.ingest(&[]).unwrap();
    let loaded = again.writer_index_size().unwrap();
    assert_eq!((loaded.bucket_keys, loaded.story_keys), most);
    assert_stories_consistent(&store);
}

/// Records whose copies, shared story keys and updates fall on both sides
/// of a window of 4 articles.
fn window_records() -> Vec<Vec<Record>> {
    let ev = |d: &str| vec![("USA", "IRQ", "112", d.to_owned())];
    let mk = |id: &str, outlet: &str, date: &str, body: &str| {
        let evs = ev(date);
        let evs: Vec<Ev<'_>> = evs
            .iter()
            .map(|(a, b, c, d)| (*a, *b, *c, d.as_str()))
            .collect();
        record(id, outlet, date, id, body, &evs)
    };
    let wire = prose(500, 300);
    let d1 = "2019-03-01";
    vec![
        // `x` and `y` (same key and day) are one story.
        vec![
            mk("x", "AP", d1, &prose(1, 200)),
            mk("y", "BBC", d1, &prose(2, 200)),
        ],
        vec![
            mk("w", "AP", "2019-03-02", &wire),
            mk("p", "AP", "2019-03-03", &prose(3, 200)),
        ],
        // Joins the story of `x` and `y`; `x` then leaves the window.
        vec![mk("z", "DW", d1, &prose(5, 200))],
        // `y` is updated inside the window, `x` outside (the story they
        // share with `z` is read whole by its id); `w2` copies `w`, in the
        // window.
        vec![
            mk("y", "BBC", d1, &format!("{} Updated.", prose(2, 200))),
            mk("w2", "RT", "2019-03-05", &format!("{wire} Corrected.")),
            mk("x", "AP", d1, &format!("{} Updated.", prose(1, 200))),
        ],
        // `x2` copies `x`, outside the window; its report joins `z`'s
        // story, some of whose reports are outside the window.
        vec![
            mk("x2", "RT", d1, &format!("{} Copied.", prose(1, 200))),
            mk("r", "AP", "2019-03-06", &prose(6, 200)),
            mk("s", "AP", d1, &prose(7, 200)),
        ],
        // `z`, representing that story from outside the window, is updated.
        vec![mk("z", "DW", d1, &format!("{} Updated.", prose(5, 200)))],
    ]
}

#[test]
fn a_writer_reloading_the_window_stores_what_one_writer_does() {
    let (_d, one_path) = temp();
    let mut one = open(&one_path);
    one.window = 4;
    let (_d2, many_path) = temp();
    for batch in window_records() {
        one.ingest(&batch).unwrap();
        // A new writer for every batch, as after a kill: it loads the
        // window from the archive.
        let mut many = open(&many_path);
        many.window = 4;
        many.ingest(&batch).unwrap();
    }
    let many = open(&many_path);
    assert_eq!(cluster_columns(&one), cluster_columns(&many));
    assert_eq!(event_stories(&one), event_stories(&many));
    assert_stories_consistent(&one);
    assert_stories_consistent(&many);
    // `x2` is outside `x`'s window, `w2` inside `w`'s.
    assert_eq!(one.cluster_of("x2").unwrap(), ["x2"]);
    assert_eq!(one.cluster_of("w2").unwrap(), ["w", "w2"]);
}

#[test]
fn migrates_a_version_16_archive_indexing_events_by_story() {
    let (_d, path) = temp();
    let ev = [("USA", "IRQ", "112", "2019-02-01")];
    let a = record("a", "AP", "2019-02-01", "A", &prose(11, 120), &ev);
    let b = record("b", "BBC", "2019-02-01", "B", &prose(12, 120), &ev);
    {
        let mut store = open(&path);
        store.ingest(&[a, b]).unwrap();
        // Back to version 16's shape.
        store
            .conn
            .execute_batch("DROP INDEX events_story; PRAGMA user_version = 16;")
            .unwrap();
    }
    let store = open(&path);
    assert_eq!(store.schema_version().unwrap(), crate::CURRENT_VERSION);
    // `b`'s report is in `a`'s story: the one entry of the index.
    let indexed: Vec<i64> = {
        let mut stmt = store
            .conn
            .prepare(
                "SELECT id FROM events INDEXED BY events_story WHERE story = 1 AND story <> id",
            )
            .unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    };
    assert_eq!(indexed, [2]);
    assert_stories_consistent(&store);
}

#[test]
fn a_record_superseded_by_a_later_line_of_its_file_is_skipped_on_re_runs() {
    let at = |body: &str, file: &str, line: u64| {
        let mut r = record(
            "dup",
            "AP",
            "2019-01-01",
            "T",
            body,
            &[("USA", "IRQ", "112", "2019-01-01")],
        );
        r.origin = dateline_record::Origin {
            file: file.into(),
            line: Some(line),
        };
        r
    };
    let early = at(&prose(1, 80), "in.jsonl", 3);
    let late = at(&prose(2, 80), "in.jsonl", 7);
    let snapshot = |store: &Store| -> (String, Vec<(String, String, i64)>, Option<u64>) {
        let hash: String = store
            .conn
            .query_row(
                "SELECT content_hash FROM articles WHERE id = 'dup'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let line = store.record("dup").unwrap().and_then(|r| r.origin.line);
        (hash, events_by_scan(store), line)
    };
    for batches in [
        vec![vec![early.clone(), late.clone()]],
        vec![vec![early.clone()], vec![late.clone()]],
    ] {
        let (_d, path) = temp();
        let mut store = open(&path);
        let mut first = crate::IngestCounts::default();
        for b in &batches {
            first += store.ingest(b).unwrap();
        }
        assert_eq!((first.inserted, first.updated, first.skipped), (1, 1, 0));
        let after = snapshot(&store);
        assert_eq!(after.2, Some(7), "the later line wins");
        // The same run again changes nothing: the earlier line is skipped.
        let mut again = crate::IngestCounts::default();
        for b in &batches {
            again += store.ingest(b).unwrap();
        }
        assert_eq!((again.inserted, again.updated, again.skipped), (0, 0, 2));
        assert_eq!(snapshot(&store), after);
        assert_stories_consistent(&store);
        // Another file's record, or the same line re-extracted, updates.
        let other = at(&prose(3, 80), "other.jsonl", 1);
        assert_eq!(store.ingest(&[other]).unwrap().updated, 1);
        let redone = at(&prose(4, 80), "in.jsonl", 7);
        assert_eq!(store.ingest(&[redone]).unwrap().updated, 1);
    }
}
