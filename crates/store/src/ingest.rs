//! Idempotent ingest, near-duplicate clustering and story-event merging.
//!
//! Each [`Store::ingest`] call is one immediate transaction: a crash at any
//! point rolls the whole batch back, and re-running it finishes the job
//! without duplicates because ingest is keyed on the article id and a hash of
//! the record's content.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dateline_record::{Entity, Record};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};

use crate::binder::Binder;
use crate::buckets::Buckets;
use crate::minhash::{self, Signature};
use crate::story_index::StoryIndex;
use crate::time::{now_utc, Ymd};
use crate::{int, Result, Store, ATTRIBUTION_SLOTS};

/// What one ingest batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IngestCounts {
    /// New articles.
    pub inserted: u64,
    /// Articles already stored whose content changed; their rows were replaced.
    pub updated: u64,
    /// Articles already stored with the same content.
    pub skipped: u64,
}

impl std::ops::AddAssign for IngestCounts {
    fn add_assign(&mut self, o: IngestCounts) {
        self.inserted += o.inserted;
        self.updated += o.updated;
        self.skipped += o.skipped;
    }
}

/// A record with everything ingest computes from it alone (content hash,
/// compressed JSON, MinHash signature), so callers can prepare records in
/// parallel and leave only database work to the single writer.
#[derive(Debug, Clone)]
pub struct Prepared {
    record: Record,
    hash: String,
    blob: Vec<u8>,
    signature: Option<Signature>,
    /// Distinct entity ids (`articles.entity_count`).
    entity_count: i64,
}

impl Prepared {
    /// Prepares one record for [`Store::ingest_prepared`].
    pub fn new(record: Record) -> Result<Prepared> {
        // A record's JSON is about seven and a half times its text (the
        // median of a sample of the test corpora: sentences, source map,
        // entities and events come with it): sized once for that, the
        // buffer is not regrown (and copied) some ten times while
        // serializing.
        let mut json = Vec::with_capacity(record.text.len() * 8 + 1024);
        serde_json::to_writer(&mut json, &record)?;
        let hash = match content_hash_from_json(&json, &record.origin)? {
            Some(hash) => hash,
            None => content_hash(&record)?,
        };
        let blob = crate::compress_record(&json)?;
        let signature = minhash::signature(&record.text);
        let entity_count = int(record
            .entities
            .iter()
            .map(|e| &*e.id)
            .collect::<std::collections::HashSet<_>>()
            .len());
        Ok(Prepared {
            record,
            hash,
            blob,
            signature,
            entity_count,
        })
    }

    /// The record.
    #[must_use]
    pub fn record(&self) -> &Record {
        &self.record
    }
}

impl Store {
    /// Stores a batch of records in one transaction.
    ///
    /// A record whose id is stored with the same content hash is skipped; one
    /// whose content changed replaces the stored rows (the article keeps its
    /// near-duplicate cluster). The origin (input file and line) is not part
    /// of the hash, so re-ingesting the same articles from another file is a
    /// no-op.
    pub fn ingest(&mut self, records: &[Record]) -> Result<IngestCounts> {
        let prepared = records
            .iter()
            .map(|r| Prepared::new(r.clone()))
            .collect::<Result<Vec<_>>>()?;
        self.ingest_prepared(&prepared)
    }

    /// [`Store::ingest`] for records prepared beforehand.
    pub fn ingest_prepared(&mut self, records: &[Prepared]) -> Result<IngestCounts> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut counts = IngestCounts::default();
        let mut keys = BTreeSet::new();
        let now = now_utc();
        // Taken out until the commit succeeds: a failed batch leaves it
        // unset, and the next batch reloads it from the archive.
        let (mut buckets, mut stories) = match (self.buckets.take(), self.stories.take()) {
            (Some(b), Some(s)) if b.is_current(&tx)? => (b, s),
            _ => {
                let buckets = Buckets::load(&tx, self.window)?;
                let stories = StoryIndex::load(&tx, buckets.oldest())?;
                (buckets, stories)
            }
        };
        // The stories of the events an update deletes (see
        // `recompute_stories`).
        let mut touched = BTreeSet::new();
        // The articles leaving the window during the batch leave the story
        // index after its stories are recomputed: a batch's reports are
        // grouped with those of every article in the window when it began.
        let oldest = buckets.oldest();
        // Indexed for search last: FTS5 flushes its pending terms at every
        // statement savepoint (cluster merges open one), and a flush per
        // article made a segment per article.
        let mut to_index: Vec<(i64, &Record)> = Vec::new();
        // Event ids are given here, so that an event can name its own story
        // when inserted (see `recompute_stories`).
        let mut new_events = NewEvents::starting_at(
            tx.prepare_cached("SELECT coalesce(max(id), 0) + 1 FROM events")?
                .query_row([], |r| r.get(0))?,
        );
        // The statements every article runs, taken from the cache once per
        // batch rather than looked up (their SQL hashed and compared) and
        // put back for each article.
        let mut lookup =
            tx.prepare_cached("SELECT rowid, content_hash FROM articles WHERE id = ?1")?;
        let mut insert_article = tx.prepare_cached(
            "INSERT INTO articles (id, outlet, section, title, url, authors, published,
             day, content_hash, ingested_at, entity_count, events_first, events_last, sig)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        let mut insert_record =
            tx.prepare_cached("INSERT INTO records (article, record) VALUES (?1, ?2)")?;
        let mut children = ChildStatements::new(&tx)?;
        for prep in records {
            let rec = &prep.record;
            let hash = &prep.hash;
            let existing: Option<(i64, String)> = lookup
                .query_row([&rec.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let day = rec.published.as_deref().and_then(Ymd::parse).map(Ymd::iso);
            let authors = serde_json::to_string(&rec.authors)?;
            // The record's events, a duplicate id dropped (first wins), get
            // the next ids in order: the article row names the range
            // (schema version 14).
            let events = distinct_events(rec);
            let (events_first, events_last) = match events.len() {
                0 => (None, None),
                n => (Some(new_events.next), Some(new_events.next + int(n) - 1)),
            };
            // The article row's values, numbered alike for INSERT and UPDATE.
            // The text is stored in the record only (schema version 12); the
            // signature in the row (schema version 16).
            let sig = prep.signature.as_ref().map(Signature::to_bytes);
            let article = params![
                rec.id,
                rec.outlet,
                rec.section,
                rec.title,
                rec.url,
                authors,
                rec.published,
                day,
                hash,
                now,
                prep.entity_count,
                events_first,
                events_last,
                sig
            ];
            let rowid = match existing {
                Some((_, old)) if old == *hash => {
                    counts.skipped += 1;
                    continue;
                }
                Some((rowid, old)) if is_legacy_hash(&old) && old == legacy_content_hash(rec)? => {
                    // Unchanged since an older dateline stored it: only the
                    // hash moves to the current format.
                    tx.prepare_cached("UPDATE articles SET content_hash = ?2 WHERE rowid = ?1")?
                        .execute(params![rowid, hash])?;
                    counts.skipped += 1;
                    continue;
                }
                Some((rowid, _)) if superseded(&tx, rowid, &rec.origin)? => {
                    // The stored version comes later in the same input: this
                    // one lost to it when first ingested, and loses again.
                    counts.skipped += 1;
                    continue;
                }
                Some((rowid, _)) => {
                    if let Some(i) = to_index.iter().position(|(r, _)| *r == rowid) {
                        // Stored earlier in this batch and not indexed
                        // yet: only the newer version is indexed.
                        to_index.remove(i);
                    } else {
                        // An external-content index is told the old values:
                        // the old title, and the old text from the old
                        // record, which `delete_children` deletes next.
                        tx.prepare_cached(
                            "INSERT INTO articles_fts (articles_fts, rowid, title, text)
                             SELECT 'delete', rid, title, text FROM articles_text WHERE rid = ?1",
                        )?
                        .execute([rowid])?;
                    }
                    delete_children(
                        &tx,
                        rowid,
                        &mut keys,
                        &mut touched,
                        &mut buckets,
                        &mut stories,
                    )?;
                    tx.prepare_cached(
                        "UPDATE articles SET outlet=?2, section=?3, title=?4, url=?5, authors=?6,
                         published=?7, day=?8, content_hash=?9, ingested_at=?10,
                         entity_count=?11, events_first=?12, events_last=?13, sig=?14
                         WHERE id=?1",
                    )?
                    .execute(article)?;
                    counts.updated += 1;
                    rowid
                }
                None => {
                    // Every article starts as its own cluster (`cluster`
                    // NULL, schema version 16).
                    insert_article.execute(article)?;
                    let rowid = tx.last_insert_rowid();
                    counts.inserted += 1;
                    advance_window(&tx, rowid, &mut buckets)?;
                    rowid
                }
            };
            to_index.push((rowid, rec));
            // Plain INSERT: an update deleted the old row with the children.
            insert_record.execute(params![rowid, prep.blob])?;
            // An article updated outside the window stays out of the
            // indexes, as a writer loading the window would leave it.
            let indexed = buckets.in_window(rowid);
            insert_children(
                &mut children,
                rowid,
                prep,
                &events,
                day.as_deref(),
                indexed.then_some(&mut stories),
                &mut new_events,
            )?;
            link_near_duplicates(&tx, rowid, prep.signature.as_ref(), &mut keys, &mut buckets)?;
        }
        drop((lookup, insert_article, insert_record, children));
        recompute_stories(&tx, &keys, &touched, &stories, &new_events)?;
        for old in (oldest + 1)..=buckets.oldest() {
            stories.remove_article(&tx, old)?;
        }
        for (rowid, rec) in to_index {
            fts_insert(&tx, rowid, rec)?;
        }
        tx.commit()?;
        self.buckets = Some(buckets);
        self.stories = Some(stories);
        Ok(counts)
    }
}

/// Indexes an article's title and text for search (see schema version 4:
/// no trigger, so FTS5 can buffer the batch).
fn fts_insert(tx: &Transaction<'_>, rowid: i64, rec: &Record) -> Result<()> {
    tx.prepare_cached("INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![rowid, rec.title, rec.text])?;
    Ok(())
}

/// Hash of everything in the record except where it was read from: the
/// hash of its JSON with a default `origin`.
pub(crate) fn content_hash(rec: &Record) -> Result<String> {
    Ok(hash_parts(&[&json_without_origin(rec)?]))
}

/// A record's JSON with a default `origin`.
fn json_without_origin(rec: &Record) -> Result<Vec<u8>> {
    let mut r = rec.clone();
    r.origin = dateline_record::Origin::default();
    Ok(serde_json::to_vec(&r)?)
}

/// XXH3-128 of the concatenated parts, prefixed `x3` to tell it from the
/// hashes of archives written before it: 128 bits make an accidental
/// collision (a missed update) negligible.
fn hash_parts(parts: &[&[u8]]) -> String {
    let mut h = twox_hash::XxHash3_128::new();
    for p in parts {
        h.write(p);
    }
    format!("x3{:032x}", h.finish_128())
}

/// The content hash as archives before schema version 5 stored it (two
/// differently seeded FNV-1a passes, 32 hex digits, no prefix), so that
/// re-ingesting unchanged articles into an older archive still skips them.
pub(crate) fn legacy_content_hash(rec: &Record) -> Result<String> {
    let bytes = json_without_origin(rec)?;
    let seed_b = minhash::fnv1a_from(minhash::FNV_OFFSET, &[0x5a]);
    let a = minhash::fnv1a_from(minhash::FNV_OFFSET, &bytes);
    let b = minhash::fnv1a_from(seed_b, &bytes);
    Ok(format!("{a:016x}{b:016x}"))
}

/// Whether `stored` is a hash in the pre-XXH3 format.
fn is_legacy_hash(stored: &str) -> bool {
    stored.len() == 32 && !stored.starts_with("x3")
}

/// [`content_hash`] from the record's JSON as stored, without serializing it
/// a second time: the bytes of `origin`'s value are swapped for a default
/// origin's while hashing. `None` when the JSON is not laid out as expected
/// (the caller falls back to [`content_hash`]).
pub(crate) fn content_hash_from_json(
    json: &[u8],
    origin: &dateline_record::Origin,
) -> Result<Option<String>> {
    // Inside JSON strings quotes are escaped, so the first unescaped
    // `"origin":` is the record's own key (it precedes every nested value
    // that might hold one, such as `extra`).
    const KEY: &[u8] = b"\"origin\":";
    let Some(at) = json.windows(KEY.len()).position(|w| w == KEY) else {
        return Ok(None);
    };
    let value_start = at + KEY.len();
    let own = serde_json::to_vec(origin)?;
    if !json[value_start..].starts_with(&own) {
        return Ok(None);
    }
    let default = serde_json::to_vec(&dateline_record::Origin::default())?;
    Ok(Some(hash_parts(&[
        &json[..value_start],
        &default,
        &json[value_start + own.len()..],
    ])))
}

/// Whether article `rowid` was stored from a later line of the file that
/// `origin` names: the input holds the id twice, and the later record wins
/// in every run (re-running the same command no longer flips the article
/// back to the earlier one and again to the later). Read from the stored
/// record only when an id comes with other content, which is rare.
fn superseded(tx: &Transaction<'_>, rowid: i64, origin: &dateline_record::Origin) -> Result<bool> {
    /// The stored record's origin, the rest of its JSON skipped.
    #[derive(serde::Deserialize)]
    struct Stored {
        #[serde(default)]
        origin: dateline_record::Origin,
    }
    let Some(line) = origin.line else {
        return Ok(false);
    };
    let json: Option<Vec<u8>> = tx
        .prepare_cached("SELECT record FROM records WHERE article = ?1")?
        .query_row([rowid], |r| crate::record_json(r.get_ref(0)?))
        .optional()?;
    let Some(json) = json else {
        return Ok(false);
    };
    let stored: Stored = serde_json::from_slice(&json)?;
    Ok(stored.origin.file == origin.file && stored.origin.line.is_some_and(|l| l > line))
}

/// Removes an article's child rows, remembering the story keys they had.
fn delete_children(
    tx: &Transaction<'_>,
    rowid: i64,
    keys: &mut BTreeSet<String>,
    touched: &mut BTreeSet<i64>,
    buckets: &mut Buckets,
    stories: &mut StoryIndex,
) -> Result<()> {
    {
        // The article's events are the ids in its range (schema version
        // 14) that name it.
        let mut stmt = tx.prepare_cached(concat!(
            "SELECT e.story_key, e.id, e.story FROM articles a JOIN events e ON ",
            article_events!(),
            " WHERE a.rowid = ?1"
        ))?;
        let rows = stmt.query_map([rowid], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<i64>>(2)?,
            ))
        })?;
        for row in rows {
            let (key, id, story) = row?;
            // The story may have reports outside the window, which the
            // story index does not hold: it is recomputed by its id.
            touched.extend(story);
            if let Some(k) = key {
                stories.remove(&k, id);
                keys.insert(k);
            }
        }
    }
    // The article's buckets are found from its stored signature (which
    // the update of its row replaces).
    let stored: Option<Vec<u8>> = tx
        .prepare_cached("SELECT sig FROM articles WHERE rowid = ?1")?
        .query_row([rowid], |r| r.get(0))
        .optional()?
        .flatten();
    if let Some(sig) = stored.as_deref().and_then(Signature::from_bytes) {
        buckets.remove(rowid, &sig.bands());
    }
    // The stories the article's events belong to are recomputed (their
    // keys are in `keys`); a story represented by one of these events goes
    // with it (its counts are columns of the event, since schema version
    // 13), and its other reports get their new story there.
    tx.prepare_cached(concat!(
        "DELETE FROM events WHERE id IN (SELECT e.id FROM articles a JOIN events e ON ",
        article_events!(),
        " WHERE a.rowid = ?1)"
    ))?
    .execute([rowid])?;
    tx.prepare_cached(concat!(
        "DELETE FROM attributions WHERE ",
        article_attributions!("id", "?1")
    ))?
    .execute([rowid])?;
    tx.prepare_cached("DELETE FROM records WHERE article = ?1")?
        .execute([rowid])?;
    Ok(())
}

fn entity_name<'a>(entities: &'a [Entity], eid: Option<&str>) -> Option<&'a str> {
    let eid = eid?;
    entities
        .iter()
        .find(|e| e.id == eid)
        .map(|e| e.name.as_str())
}

/// The story key: events with equal keys may be the same real-world event.
///
/// An event with no date (neither its own nor its article's) gets a key of
/// its article's: with no date, two reports cannot be shown to describe one
/// event, and such keys would otherwise gather every undated "IRN attacked"
/// of the archive into one ever-growing group.
pub(crate) fn story_key(
    source: Option<&str>,
    target: Option<&str>,
    cameo: &str,
    date: Option<&str>,
    article: i64,
) -> String {
    let (s, t) = (source.unwrap_or(""), target.unwrap_or(""));
    // Pushed piece by piece: `format!` was 2% of the writer's instructions.
    let mut key = String::with_capacity(s.len() + t.len() + cameo.len() + 24);
    for part in [s, "|", t, "|", cameo, "|"] {
        key.push_str(part);
    }
    match date {
        Some(d) => key.push_str(d),
        None => {
            key.push('@');
            key.push_str(&article.to_string());
        }
    }
    key
}

/// The ids a batch gives its events.
pub(crate) struct NewEvents {
    /// The batch's first event id.
    first: i64,
    /// The next event's id.
    next: i64,
    /// The story keys of the batch's events so far, by id (the event `first
    /// + i` at `i`, deleted ones too): each event names itself as its story,
    /// with counts of 1 (see [`recompute_stories`]).
    keys: Vec<String>,
}

impl NewEvents {
    /// No events yet; the first gets id `first`.
    pub(crate) fn starting_at(first: i64) -> NewEvents {
        NewEvents {
            first,
            next: first,
            keys: Vec::new(),
        }
    }

    /// Gives the next id to an event with story key `key`; returns the id.
    pub(crate) fn push(&mut self, key: String) -> i64 {
        let id = self.next;
        self.keys.push(key);
        self.next += 1;
        id
    }

    /// The story key of event `id` if the batch gave it that id.
    fn key(&self, id: i64) -> Option<&str> {
        let i = usize::try_from(id.checked_sub(self.first)?).ok()?;
        self.keys.get(i).map(String::as_str)
    }

    /// Whether `ids`, the events filed under `key`, are one event the batch
    /// inserted with that key: its story is the event alone, which its row
    /// already says.
    pub(crate) fn is_single_new(&self, key: &str, ids: &[i64]) -> bool {
        matches!(ids, [id] if self.key(*id) == Some(key))
    }
}

/// The statements that store an article's attributions and events, with
/// the values bound to them (see [`Binder`]).
struct ChildStatements<'t> {
    attribution: rusqlite::CachedStatement<'t>,
    attribution_values: Binder,
    event: rusqlite::CachedStatement<'t>,
    event_values: Binder,
}

impl<'t> ChildStatements<'t> {
    fn new(tx: &'t Transaction<'_>) -> Result<ChildStatements<'t>> {
        // Duplicate ids inside one record are tolerated (first wins) rather
        // than failing the whole batch: they are dropped beforehand (see
        // `distinct_events` and `distinct_attributions`).
        let attribution = tx.prepare_cached(
            "INSERT INTO attributions (article, aid, kind, speaker, cue, content, negated, sentence, id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        let event = tx.prepare_cached(
            "INSERT INTO events (article, vid, source_code, source_text, target_code, target_text,
             cameo, root, quad_class, goldstein, plover, status, trigger, date, place_name,
             place_country, lat, lon, attribution, according_to, story_key,
             id, story, num_mentions, num_articles, num_sources)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
                     ?20, ?21, ?22, ?22, 1, 1, 1)",
        )?;
        Ok(ChildStatements {
            attribution_values: Binder::new(attribution.parameter_count()),
            attribution,
            event_values: Binder::new(event.parameter_count()),
            event,
        })
    }
}

/// The record's events, each id once (the first event with it).
fn distinct_events(rec: &Record) -> Vec<&dateline_record::Event> {
    let mut seen: std::collections::HashSet<&str> =
        std::collections::HashSet::with_capacity(rec.events.len());
    rec.events
        .iter()
        .filter(|e| seen.insert(e.id.as_str()))
        .collect()
}

/// The record's attributions, each id once (the first with it), at most
/// [`ATTRIBUTION_SLOTS`] of them.
fn distinct_attributions(rec: &Record) -> Vec<&dateline_record::Attribution> {
    let mut seen: std::collections::HashSet<&str> =
        std::collections::HashSet::with_capacity(rec.attributions.len());
    rec.attributions
        .iter()
        .filter(|a| seen.insert(a.id.as_str()))
        .take(ATTRIBUTION_SLOTS as usize)
        .collect()
}

fn insert_children(
    stmts: &mut ChildStatements<'_>,
    rowid: i64,
    prep: &Prepared,
    events: &[&dateline_record::Event],
    day: Option<&str>,
    mut stories: Option<&mut StoryIndex>,
    new_events: &mut NewEvents,
) -> Result<()> {
    let rec = &prep.record;
    // Values are bound as borrowed strings: copying each into a `String`
    // first cost an allocation and a free per column.
    let mut speakers: HashMap<&str, &str> = HashMap::new();
    // An article's attributions are the ids after its row id times the
    // slots (schema version 15), in record order.
    let first_id = rowid * ATTRIBUTION_SLOTS;
    for (a, id) in distinct_attributions(rec).into_iter().zip(first_id..) {
        let speaker = a
            .speaker
            .as_ref()
            .map(|s| entity_name(&rec.entities, s.entity.as_deref()).unwrap_or(&s.text));
        if let Some(s) = speaker {
            speakers.insert(a.id.as_str(), s);
        }
        let content = a
            .content
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join(" … ");
        stmts.attribution_values.execute(
            &mut stmts.attribution,
            &[
                rowid.into(),
                (&a.id).into(),
                (&a.kind).into(),
                speaker.into(),
                a.cue.as_ref().map(|c| c.text.as_str()).into(),
                (&content).into(),
                a.negated.into(),
                int(a.sentence).into(),
                id.into(),
            ],
        )?;
    }
    for e in events {
        let date = event_day(e, day);
        let src = e.source.as_ref().and_then(|a| a.code.as_deref());
        let tgt = e.target.as_ref().and_then(|a| a.code.as_deref());
        let key = story_key(src, tgt, &e.cameo, date.as_deref(), rowid);
        let place = e.place.as_ref();
        let geo = place.and_then(|p| p.place.as_ref());
        let according = e
            .attribution
            .as_deref()
            .and_then(|a| speakers.get(a).copied());
        // Each event starts as the report representing a story of its own
        // (one mention, article and source).
        stmts.event_values.execute(
            &mut stmts.event,
            &[
                rowid.into(),
                (&e.id).into(),
                src.into(),
                e.source.as_ref().map(|a| a.text.as_str()).into(),
                tgt.into(),
                e.target.as_ref().map(|a| a.text.as_str()).into(),
                (&e.cameo).into(),
                (&e.root).into(),
                i64::from(e.quad_class).into(),
                e.goldstein.into(),
                (&e.plover).into(),
                (&e.status).into(),
                (&e.trigger.text).into(),
                date.as_deref().into(),
                place.map(|p| p.name.as_str()).into(),
                geo.map(|g| g.country.as_str()).into(),
                geo.map(|g| g.lat).into(),
                geo.map(|g| g.lon).into(),
                e.attribution.as_deref().into(),
                according.into(),
                (&key).into(),
                new_events.next.into(),
            ],
        )?;
        // The key goes to `new_events` only: `recompute_stories` reads
        // the keys of the batch's events from there.
        if let Some(stories) = stories.as_deref_mut() {
            stories.add(&key, new_events.next);
        }
        new_events.push(key);
    }
    Ok(())
}

/// The event's day: its own date when it parses, else the article's day.
pub(crate) fn event_day(e: &dateline_record::Event, article_day: Option<&str>) -> Option<String> {
    e.date
        .as_ref()
        .and_then(|d| Ymd::parse(&d.value).or_else(|| Ymd::parse(&d.from)))
        .map(Ymd::iso)
        .or_else(|| article_day.map(str::to_owned))
}

/// Moves the writer's window to end at `rowid`, a new article's: the
/// articles leaving it leave the LSH buckets (their bands read from their
/// stored signatures). They leave the story index at the end of the batch
/// (see [`Store::ingest_prepared`]).
fn advance_window(tx: &Transaction<'_>, rowid: i64, buckets: &mut Buckets) -> Result<()> {
    for old in buckets.advance(rowid) {
        let sig: Option<Vec<u8>> = tx
            .prepare_cached("SELECT sig FROM articles WHERE rowid = ?1")?
            .query_row([old], |r| r.get(0))
            .optional()?
            .flatten();
        if let Some(sig) = sig.as_deref().and_then(Signature::from_bytes) {
            buckets.remove(old, &sig.bands());
        }
    }
    Ok(())
}

/// Colliding members of one cluster compared before the cluster is given up.
const MAX_PROBES: usize = 8;
/// Merges the article's cluster with those of the near-duplicates found
/// through LSH. The caller has stored the signature in the article's row.
///
/// An article whose `cluster` is NULL is a cluster of its own, named by its
/// row id (schema version 16); a merge names the surviving cluster on every
/// member of the clusters it joins, its first member included.
fn link_near_duplicates(
    tx: &Transaction<'_>,
    rowid: i64,
    sig: Option<&Signature>,
    keys: &mut BTreeSet<String>,
    buckets: &mut Buckets,
) -> Result<()> {
    let Some(sig) = sig else {
        return Ok(());
    };
    // Candidate articles from every band that collides: one statement for
    // all bands, and one for storing them, instead of two per band.
    let bands = sig.bands();
    let mut colliding: BTreeSet<i64> = BTreeSet::new();
    if buckets.in_window(rowid) {
        buckets.find_and_add(rowid, &bands, &mut colliding);
    } else {
        // Updated outside the window: linked to what the window holds,
        // and left out of it.
        buckets.find_all(&bands, &mut colliding);
    }
    colliding.remove(&rowid);
    if colliding.is_empty() {
        // No candidate, so nothing to merge: the common case.
        return Ok(());
    }
    let mut cluster_of = tx.prepare_cached("SELECT cluster FROM articles WHERE rowid = ?1")?;
    let mut candidates: BTreeMap<i64, i64> = BTreeMap::new();
    for a in colliding {
        let c: Option<i64> = cluster_of
            .query_row([a], |r| r.get(0))
            .optional()?
            .flatten();
        candidates.insert(a, c.unwrap_or(a));
    }
    let own: Option<i64> = cluster_of
        .query_row([rowid], |r| r.get(0))
        .optional()?
        .flatten();
    let mut clusters = BTreeSet::new();
    clusters.insert(own.unwrap_or(rowid));
    // Members of one cluster are near-duplicates of each other, so a cluster
    // needs one confirmed member; a cluster whose first few colliding members
    // all fail is one that boilerplate made collide, and is not probed further.
    let mut by_cluster: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (a, c) in candidates {
        by_cluster.entry(c).or_default().push(a);
    }
    let mut sig_stmt = tx.prepare_cached("SELECT sig FROM articles WHERE rowid = ?1")?;
    for (cluster, members) in by_cluster {
        if clusters.contains(&cluster) {
            continue;
        }
        for cand in members.into_iter().take(MAX_PROBES) {
            let bytes: Option<Vec<u8>> = sig_stmt
                .query_row([cand], |r| r.get(0))
                .optional()?
                .flatten();
            let Some(other) = bytes.as_deref().and_then(Signature::from_bytes) else {
                continue;
            };
            if sig.similarity(&other) >= minhash::THRESHOLD {
                clusters.insert(cluster);
                break;
            }
        }
    }
    if clusters.len() < 2 {
        // Nothing to merge: the common case.
        return Ok(());
    }
    let mut iter = clusters.into_iter();
    let Some(target) = iter.next() else {
        return Ok(());
    };
    // A cluster of its own has no member naming it.
    let mut size = tx.prepare_cached("SELECT max(count(*), 1) FROM articles WHERE cluster = ?1")?;
    let target_size: i64 = size.query_row([target], |r| r.get(0))?;
    for other in iter {
        // Story grouping depends on clusters, so a story key found in both
        // merged clusters must be recomputed; the smaller cluster's keys
        // cover all of those.
        let other_size: i64 = size.query_row([other], |r| r.get(0))?;
        let smaller = if other_size <= target_size {
            other
        } else {
            target
        };
        {
            let mut stmt = tx.prepare_cached(concat!(
                "SELECT DISTINCT e.story_key FROM articles a JOIN events e ON ",
                article_events!(),
                " WHERE a.cluster = ?1 OR a.rowid = ?1"
            ))?;
            let rows = stmt.query_map([smaller], |r| r.get::<_, Option<String>>(0))?;
            for k in rows {
                if let Some(k) = k? {
                    keys.insert(k);
                }
            }
        }
        tx.prepare_cached("UPDATE articles SET cluster = ?1 WHERE cluster = ?2 OR rowid = ?2")?
            .execute([target, other])?;
    }
    tx.prepare_cached("UPDATE articles SET cluster = ?1 WHERE rowid = ?1 AND cluster IS NULL")?
        .execute([target])?;
    Ok(())
}

/// Tiny union-find over indices.
struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// An event of a recomputed story key, with what decides its story and
/// what is stored of it.
struct StoryRow {
    key: String,
    id: i64,
    article: i64,
    cluster: Option<i64>,
    day: Option<String>,
    outlet: Option<String>,
    /// The stored story and counts.
    story: Option<i64>,
    counts: Option<(i64, i64, i64)>,
}

/// The events whose ids are in the JSON array `?1`.
pub(crate) const EVENTS_BY_ID: &str = "JOIN events e ON e.id = k.value";
/// The events (other than the representing one) of the stories whose ids
/// are in `?1`, through the partial index `events_story` (schema version
/// 17).
pub(crate) const EVENTS_BY_STORY: &str = "JOIN events e ON e.story = k.value AND e.story <> e.id";

/// The query of [`story_rows`].
pub(crate) fn story_rows_sql(join: &str) -> String {
    format!(
        "SELECT e.story_key, e.id, e.article, a.cluster, a.day, a.outlet, e.story,
                e.num_mentions, e.num_articles, e.num_sources
         FROM json_each(?1) k {join} JOIN articles a ON a.rowid = e.article"
    )
}

/// The events `join` finds for the JSON array `json`, with their
/// articles' day, outlet and cluster.
fn story_rows(tx: &Transaction<'_>, join: &str, json: &str) -> Result<Vec<StoryRow>> {
    let mut stmt = tx.prepare_cached(&story_rows_sql(join))?;
    let it = stmt.query_map([json], |r| {
        let counts: (Option<i64>, Option<i64>, Option<i64>) = (r.get(7)?, r.get(8)?, r.get(9)?);
        Ok(StoryRow {
            key: r.get(0)?,
            id: r.get(1)?,
            article: r.get(2)?,
            cluster: r.get(3)?,
            day: r.get(4)?,
            outlet: r.get(5)?,
            story: r.get(6)?,
            counts: match counts {
                (Some(m), Some(a), Some(s)) => Some((m, a, s)),
                _ => None,
            },
        })
    })?;
    Ok(it.collect::<rusqlite::Result<_>>()?)
}

/// Rebuilds the story events for each key: events with the same key are one
/// story when their articles are near-duplicates or were published the same
/// day (transitively).
///
/// One pass for all the keys a batch touched: the ids of their events (from
/// `stories`) are bound once, as a JSON array, and one query returns the
/// events with each article's day, outlet and cluster. Six statements per
/// key (and two lookups per event) had been a sixth of the writer's time.
///
/// A story's id is the id of the event representing it (its earliest
/// report), and its counts are columns of that event (schema version 13;
/// NULL on the story's other reports). Events are inserted as stories of
/// their own, with counts of 1, so only the events whose story or counts
/// change are updated.
///
/// Most keys have a single report, one this batch inserted (in
/// `new_events`, with its key): its story is the event alone, which the
/// event already says, so nothing is read or written for it. Reading every
/// key's events back with their articles and clusters had been a sixth of
/// the writer's work, and a `story_events` row for each such key 5% of it.
pub(crate) fn recompute_stories(
    tx: &Transaction<'_>,
    keys: &BTreeSet<String>,
    touched: &BTreeSet<i64>,
    stories: &StoryIndex,
    new_events: &NewEvents,
) -> Result<()> {
    // The events of the keys the batch touched, found in the writer's
    // story index (see `story_index.rs`) and read by id: the keys of
    // deleted events and merged clusters (`keys`), then those of the
    // batch's new events (a key met twice gives its ids twice, removed
    // below). The key comparison in `is_single_new` guards against
    // another key sharing this key's hash in the index, which takes the
    // general way.
    let mut ids = Vec::new();
    let mut one = Vec::new();
    for k in keys
        .iter()
        .map(String::as_str)
        .chain(new_events.keys.iter().map(String::as_str))
    {
        one.clear();
        stories.events(k, &mut one);
        if !new_events.is_single_new(k, &one) {
            ids.extend_from_slice(&one);
        }
    }
    if ids.is_empty() && touched.is_empty() {
        return Ok(());
    }
    ids.sort_unstable();
    ids.dedup();
    let mut rows = story_rows(tx, EVENTS_BY_ID, &serde_json::to_string(&ids)?)?;
    // The index holds the window's events only, so a story may have
    // reports the rows miss (outside the window), and one that lost a
    // report (`touched`) has a stale count: such a story is read whole, by
    // its id. Regrouping part of a story would leave its other reports
    // counted in a story they had left.
    let mut found: HashMap<i64, i64> = HashMap::new();
    let mut counted: HashMap<i64, i64> = HashMap::new();
    for row in &rows {
        if let Some(s) = row.story {
            *found.entry(s).or_default() += 1;
        }
        if let Some((m, _, _)) = row.counts {
            counted.insert(row.id, m);
        }
    }
    let mut partial = touched.clone();
    // Whole: the representing event is among the rows, counting them all.
    partial.extend(
        found
            .into_iter()
            .filter(|(s, n)| counted.get(s) != Some(n))
            .map(|(s, _)| s),
    );
    if !partial.is_empty() {
        let json = serde_json::to_string(&partial)?;
        let mut seen: std::collections::HashSet<i64> = rows.iter().map(|r| r.id).collect();
        for sql in [EVENTS_BY_ID, EVENTS_BY_STORY] {
            for row in story_rows(tx, sql, &json)? {
                if seen.insert(row.id) {
                    rows.push(row);
                }
            }
        }
    }
    // By key, then event id: the first member of a group is the earliest
    // stored report, which represents the story.
    rows.sort_unstable_by(|x, y| (&x.key, x.id).cmp(&(&y.key, y.id)));
    let mut set = tx.prepare_cached(
        "UPDATE events SET story = ?2, num_mentions = ?3, num_articles = ?4, num_sources = ?5
         WHERE id = ?1",
    )?;
    for rows in rows.chunk_by(|x, y| x.key == y.key) {
        let mut dsu = Dsu((0..rows.len()).collect());
        let mut by_cluster: HashMap<i64, usize> = HashMap::new();
        let mut by_day: HashMap<&str, usize> = HashMap::new();
        for (i, row) in rows.iter().enumerate() {
            let c = row.cluster.unwrap_or(row.article);
            let first = *by_cluster.entry(c).or_insert(i);
            dsu.union(first, i);
            if let Some(d) = &row.day {
                let first = *by_day.entry(d.as_str()).or_insert(i);
                dsu.union(first, i);
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..rows.len() {
            let root = dsu.find(i);
            groups.entry(root).or_default().push(i);
        }
        for members in groups.values() {
            let rep = rows[members[0]].id;
            let articles: BTreeSet<i64> = members.iter().map(|&i| rows[i].article).collect();
            // An unknown outlet counts as one source of its own.
            let sources: BTreeSet<&str> = members
                .iter()
                .map(|&i| rows[i].outlet.as_deref().unwrap_or(""))
                .collect();
            let counts = (int(members.len()), int(articles.len()), int(sources.len()));
            for &i in members {
                let row = &rows[i];
                let want = (row.id == rep).then_some(counts);
                if row.story != Some(rep) || row.counts != want {
                    let (m, a, s) = match want {
                        Some((m, a, s)) => (Some(m), Some(a), Some(s)),
                        None => (None, None, None),
                    };
                    set.execute(params![row.id, rep, m, a, s])?;
                }
            }
        }
    }
    Ok(())
}
/// Computes signatures, clusters and stories for rows written before
/// schema version 2.
///
/// `version` is the schema version the archive has been migrated to: from
/// version 12 on, the text is read from the record.
pub(crate) fn rebuild_derived(tx: &Transaction<'_>, version: i64) -> Result<()> {
    let text_sql = if version >= crate::schema::TEXT_IN_RECORDS {
        "SELECT text FROM articles_text WHERE rid = ?1"
    } else {
        "SELECT text FROM articles WHERE rowid = ?1"
    };
    tx.execute_batch("UPDATE articles SET cluster = NULL, sig = NULL")?;
    let ids: Vec<i64> = {
        let mut stmt = tx.prepare("SELECT rowid FROM articles ORDER BY rowid")?;
        let it = stmt.query_map([], |r| r.get(0))?;
        it.collect::<rusqlite::Result<_>>()?
    };
    let mut keys = BTreeSet::new();
    // The signatures were just deleted: the buckets start empty too.
    let mut buckets = Buckets::empty(crate::buckets::ARTICLE_WINDOW, 0);
    for id in ids {
        advance_window(tx, id, &mut buckets)?;
        let text: Option<String> = tx
            .query_row(text_sql, [id], |r| r.get(0))
            .optional()?
            .flatten();
        let sig = text.as_deref().and_then(minhash::signature);
        if let Some(sig) = &sig {
            tx.prepare_cached("UPDATE articles SET sig = ?2 WHERE rowid = ?1")?
                .execute(params![id, sig.to_bytes()])?;
        }
        link_near_duplicates(tx, id, sig.as_ref(), &mut keys, &mut buckets)?;
    }
    rebuild_stories(tx)
}

/// Recomputes every story (schema version 6 numbers stories by their
/// representative event).
pub(crate) fn rebuild_stories(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "UPDATE events SET story = NULL, num_mentions = NULL, num_articles = NULL,
         num_sources = NULL",
    )?;
    let all: BTreeSet<String> = {
        let mut stmt =
            tx.prepare("SELECT DISTINCT story_key FROM events WHERE story_key IS NOT NULL")?;
        let it = stmt.query_map([], |r| r.get(0))?;
        it.collect::<rusqlite::Result<_>>()?
    };
    recompute_stories(
        tx,
        &all,
        &BTreeSet::new(),
        &StoryIndex::load_all(tx)?,
        &NewEvents::starting_at(0),
    )
}
