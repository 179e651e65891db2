//! Idempotent ingest, near-duplicate clustering and story-event merging.
//!
//! Each [`Store::ingest`] call is one immediate transaction: a crash at any
//! point rolls the whole batch back, and re-running it finishes the job
//! without duplicates because ingest is keyed on the article id and a hash of
//! the record's content.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dateline_record::{Entity, Record};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};

use crate::minhash::{self, Signature};
use crate::time::{now_utc, Ymd};
use crate::{int, Result, Store};

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

impl Store {
    /// Stores a batch of records in one transaction.
    ///
    /// A record whose id is stored with the same content hash is skipped; one
    /// whose content changed replaces the stored rows (the article keeps its
    /// near-duplicate cluster). The origin (input file and line) is not part
    /// of the hash, so re-ingesting the same articles from another file is a
    /// no-op.
    pub fn ingest(&mut self, records: &[Record]) -> Result<IngestCounts> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut counts = IngestCounts::default();
        let mut keys = BTreeSet::new();
        let now = now_utc();
        for rec in records {
            let hash = content_hash(rec)?;
            let existing: Option<(i64, String)> = tx
                .prepare_cached("SELECT rowid, content_hash FROM articles WHERE id = ?1")?
                .query_row([&rec.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let day = rec.published.as_deref().and_then(Ymd::parse).map(Ymd::iso);
            let json = serde_json::to_string(rec)?;
            let authors = serde_json::to_string(&rec.authors)?;
            let rowid = match existing {
                Some((_, old)) if old == hash => {
                    counts.skipped += 1;
                    continue;
                }
                Some((rowid, _)) => {
                    delete_children(&tx, rowid, &mut keys)?;
                    tx.prepare_cached(
                        "UPDATE articles SET outlet=?2, section=?3, title=?4, url=?5, authors=?6,
                         published=?7, day=?8, text=?9, content_hash=?10, record=?11, ingested_at=?12
                         WHERE rowid=?1",
                    )?
                    .execute(params![
                        rowid, rec.outlet, rec.section, rec.title, rec.url, authors, rec.published,
                        day, rec.text, hash, json, now
                    ])?;
                    counts.updated += 1;
                    rowid
                }
                None => {
                    tx.prepare_cached(
                        "INSERT INTO articles (id, outlet, section, title, url, authors, published,
                         day, text, content_hash, record, ingested_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    )?
                    .execute(params![
                        rec.id,
                        rec.outlet,
                        rec.section,
                        rec.title,
                        rec.url,
                        authors,
                        rec.published,
                        day,
                        rec.text,
                        hash,
                        json,
                        now
                    ])?;
                    let rowid = tx.last_insert_rowid();
                    // Every article starts as its own cluster.
                    tx.prepare_cached("UPDATE articles SET cluster = rowid WHERE rowid = ?1")?
                        .execute([rowid])?;
                    counts.inserted += 1;
                    rowid
                }
            };
            insert_children(&tx, rowid, rec, day.as_deref(), &mut keys)?;
            link_near_duplicates(&tx, rowid, &rec.text, &mut keys)?;
        }
        recompute_stories(&tx, &keys)?;
        tx.commit()?;
        Ok(counts)
    }
}

/// Hash of everything in the record except where it was read from.
fn content_hash(rec: &Record) -> Result<String> {
    let mut r = rec.clone();
    r.origin = dateline_record::Origin::default();
    let bytes = serde_json::to_vec(&r)?;
    // Two differently seeded FNV passes give 128 bits: ample to make an
    // accidental collision (a missed update) negligible.
    let a = minhash::fnv1a(&bytes);
    let mut salted = Vec::with_capacity(bytes.len() + 1);
    salted.push(0x5a);
    salted.extend_from_slice(&bytes);
    let b = minhash::fnv1a(&salted);
    Ok(format!("{a:016x}{b:016x}"))
}

/// Removes an article's child rows, remembering the story keys they had.
fn delete_children(tx: &Transaction<'_>, rowid: i64, keys: &mut BTreeSet<String>) -> Result<()> {
    {
        let mut stmt = tx.prepare_cached("SELECT story_key FROM events WHERE article = ?1")?;
        let rows = stmt.query_map([rowid], |r| r.get::<_, Option<String>>(0))?;
        for k in rows {
            if let Some(k) = k? {
                keys.insert(k);
            }
        }
    }
    for table in [
        "events",
        "attributions",
        "mentions",
        "kb_keys",
        "entities",
        "minhash",
        "lsh_bands",
    ] {
        tx.prepare_cached(&format!("DELETE FROM {table} WHERE article = ?1"))?
            .execute([rowid])?;
    }
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
pub(crate) fn story_key(
    source: Option<&str>,
    target: Option<&str>,
    cameo: &str,
    date: Option<&str>,
) -> String {
    format!(
        "{}|{}|{}|{}",
        source.unwrap_or(""),
        target.unwrap_or(""),
        cameo,
        date.unwrap_or("")
    )
}

fn insert_children(
    tx: &Transaction<'_>,
    rowid: i64,
    rec: &Record,
    day: Option<&str>,
    keys: &mut BTreeSet<String>,
) -> Result<()> {
    // Duplicate ids inside one record are tolerated (first wins) rather
    // than failing the whole batch.
    let mut ent = tx.prepare_cached(
        "INSERT OR IGNORE INTO entities (article, eid, name, kind, actor, country, kb, lat, lon)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut men = tx.prepare_cached(
        "INSERT INTO mentions (article, eid, start, end, text, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut kb =
        tx.prepare_cached("INSERT OR IGNORE INTO kb_keys (kb, article, eid) VALUES (?1, ?2, ?3)")?;
    for e in &rec.entities {
        ent.execute(params![
            rowid,
            e.id,
            e.name,
            e.kind,
            e.actor,
            e.country,
            e.kb,
            e.place.as_ref().map(|p| p.lat),
            e.place.as_ref().map(|p| p.lon)
        ])?;
        for m in &e.mentions {
            men.execute(params![
                rowid,
                e.id,
                int(m.start),
                int(m.end),
                m.text,
                m.kind
            ])?;
        }
        if let Some(key) = &e.kb {
            kb.execute(params![key, rowid, e.id])?;
        }
    }
    let mut att = tx.prepare_cached(
        "INSERT OR IGNORE INTO attributions (article, aid, kind, speaker, speaker_entity, cue, cue_lemma,
         content, addressee, date, negated, parent, sentence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    let mut speakers: HashMap<&str, String> = HashMap::new();
    for a in &rec.attributions {
        let speaker = a.speaker.as_ref().map(|s| {
            entity_name(&rec.entities, s.entity.as_deref())
                .map_or_else(|| s.text.clone(), str::to_owned)
        });
        if let Some(s) = &speaker {
            speakers.insert(a.id.as_str(), s.clone());
        }
        let content = a
            .content
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join(" … ");
        let addressee = a.addressee.as_ref().map(|s| {
            entity_name(&rec.entities, s.entity.as_deref())
                .map_or_else(|| s.text.clone(), str::to_owned)
        });
        att.execute(params![
            rowid,
            a.id,
            a.kind,
            speaker,
            a.speaker.as_ref().and_then(|s| s.entity.clone()),
            a.cue.as_ref().map(|c| c.text.clone()),
            a.cue.as_ref().map(|c| c.lemma.clone()),
            content,
            addressee,
            a.date.as_ref().map(|d| d.value.clone()),
            a.negated,
            a.parent,
            int(a.sentence)
        ])?;
    }
    let mut ev = tx.prepare_cached(
        "INSERT OR IGNORE INTO events (article, vid, source_code, source_text, source_entity, target_code,
         target_text, target_entity, cameo, root, quad_class, goldstein, plover, status, trigger,
         sentence, date, place_name, place_country, lat, lon, attribution, according_to, story_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
                 ?20, ?21, ?22, ?23, ?24)",
    )?;
    for e in &rec.events {
        let date = event_day(e, day);
        let src = e.source.as_ref().and_then(|a| a.code.as_deref());
        let tgt = e.target.as_ref().and_then(|a| a.code.as_deref());
        let key = story_key(src, tgt, &e.cameo, date.as_deref());
        let place = e.place.as_ref();
        let geo = place.and_then(|p| p.place.as_ref());
        let according = e
            .attribution
            .as_deref()
            .and_then(|a| speakers.get(a).cloned());
        ev.execute(params![
            rowid,
            e.id,
            src,
            e.source.as_ref().map(|a| a.text.clone()),
            e.source.as_ref().and_then(|a| a.entity.clone()),
            tgt,
            e.target.as_ref().map(|a| a.text.clone()),
            e.target.as_ref().and_then(|a| a.entity.clone()),
            e.cameo,
            e.root,
            e.quad_class,
            e.goldstein,
            e.plover,
            e.status,
            e.trigger.text,
            int(e.sentence),
            date,
            place.map(|p| p.name.clone()),
            geo.map(|g| g.country.clone()),
            geo.map(|g| g.lat),
            geo.map(|g| g.lon),
            e.attribution,
            according,
            key
        ])?;
        keys.insert(key);
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

/// Stores the article's signature and merges its cluster with those of the
/// near-duplicates found through LSH.
fn link_near_duplicates(
    tx: &Transaction<'_>,
    rowid: i64,
    text: &str,
    keys: &mut BTreeSet<String>,
) -> Result<()> {
    let Some(sig) = minhash::signature(text) else {
        return Ok(());
    };
    tx.prepare_cached("INSERT OR REPLACE INTO minhash (article, sig) VALUES (?1, ?2)")?
        .execute(params![rowid, sig.to_bytes()])?;
    let mut candidates = BTreeSet::new();
    {
        let mut find =
            tx.prepare_cached("SELECT article FROM lsh_bands WHERE band = ?1 AND hash = ?2")?;
        let mut put = tx.prepare_cached(
            "INSERT OR IGNORE INTO lsh_bands (band, hash, article) VALUES (?1, ?2, ?3)",
        )?;
        for (band, hash) in sig.bands().into_iter().enumerate() {
            let rows = find.query_map(params![int(band), hash], |r| r.get::<_, i64>(0))?;
            for a in rows {
                let a = a?;
                if a != rowid {
                    candidates.insert(a);
                }
            }
            put.execute(params![int(band), hash, rowid])?;
        }
    }
    let own: Option<i64> = tx
        .prepare_cached("SELECT cluster FROM articles WHERE rowid = ?1")?
        .query_row([rowid], |r| r.get(0))?;
    let mut clusters = BTreeSet::new();
    clusters.insert(own.unwrap_or(rowid));
    for cand in candidates {
        let row: Option<(Vec<u8>, Option<i64>)> = tx
            .prepare_cached(
                "SELECT m.sig, a.cluster FROM minhash m JOIN articles a ON a.rowid = m.article
                 WHERE m.article = ?1",
            )?
            .query_row([cand], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((bytes, cluster)) = row else {
            continue;
        };
        let Some(other) = Signature::from_bytes(&bytes) else {
            continue;
        };
        if sig.similarity(&other) >= minhash::THRESHOLD {
            clusters.insert(cluster.unwrap_or(cand));
        }
    }
    let mut iter = clusters.into_iter();
    let Some(target) = iter.next() else {
        return Ok(());
    };
    for other in iter {
        // Story grouping depends on clusters, so every story touching a
        // merged article must be recomputed.
        {
            let mut stmt = tx.prepare_cached(
                "SELECT DISTINCT e.story_key FROM events e JOIN articles a ON a.rowid = e.article
                 WHERE a.cluster IN (?1, ?2)",
            )?;
            let rows = stmt.query_map([target, other], |r| r.get::<_, Option<String>>(0))?;
            for k in rows {
                if let Some(k) = k? {
                    keys.insert(k);
                }
            }
        }
        tx.prepare_cached("UPDATE articles SET cluster = ?1 WHERE cluster = ?2")?
            .execute([target, other])?;
    }
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

/// Rebuilds the story events for each key: events with the same key are one
/// story when their articles are near-duplicates or were published the same
/// day (transitively).
pub(crate) fn recompute_stories(tx: &Transaction<'_>, keys: &BTreeSet<String>) -> Result<()> {
    for key in keys {
        tx.prepare_cached("DELETE FROM story_events WHERE story_key = ?1")?
            .execute([key])?;
        // (event id, article rowid, cluster, day, outlet)
        type Row = (i64, i64, Option<i64>, Option<String>, Option<String>);
        let rows: Vec<Row> = {
            let mut stmt = tx.prepare_cached(
                "SELECT e.id, a.rowid, a.cluster, a.day, a.outlet FROM events e
                 JOIN articles a ON a.rowid = e.article WHERE e.story_key = ?1 ORDER BY e.id",
            )?;
            let it = stmt.query_map([key], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?;
            it.collect::<rusqlite::Result<_>>()?
        };
        if rows.is_empty() {
            continue;
        }
        let mut dsu = Dsu((0..rows.len()).collect());
        let mut by_cluster: HashMap<i64, usize> = HashMap::new();
        let mut by_day: HashMap<&str, usize> = HashMap::new();
        for (i, (_, article, cluster, day, _)) in rows.iter().enumerate() {
            let c = cluster.unwrap_or(*article);
            let first = *by_cluster.entry(c).or_insert(i);
            dsu.union(first, i);
            if let Some(d) = day {
                let first = *by_day.entry(d.as_str()).or_insert(i);
                dsu.union(first, i);
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..rows.len() {
            let root = dsu.find(i);
            groups.entry(root).or_default().push(i);
        }
        let mut ins = tx.prepare_cached(
            "INSERT INTO story_events (story_key, event, num_mentions, num_articles, num_sources)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut set = tx.prepare_cached("UPDATE events SET story = ?1 WHERE id = ?2")?;
        for members in groups.values() {
            // Rows are ordered by event id, so the first member is the
            // earliest stored report: it represents the story.
            let rep = rows[members[0]].0;
            let articles: BTreeSet<i64> = members.iter().map(|&i| rows[i].1).collect();
            // An unknown outlet counts as one source of its own.
            let sources: BTreeSet<&str> = members
                .iter()
                .map(|&i| rows[i].4.as_deref().unwrap_or(""))
                .collect();
            ins.execute(params![
                key,
                rep,
                int(members.len()),
                int(articles.len()),
                int(sources.len())
            ])?;
            let story = tx.last_insert_rowid();
            for &i in members {
                set.execute([story, rows[i].0])?;
            }
        }
    }
    Ok(())
}

/// Computes signatures, clusters and stories for rows written before
/// schema version 2.
pub(crate) fn rebuild_derived(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM minhash; DELETE FROM lsh_bands; DELETE FROM story_events;
         UPDATE articles SET cluster = rowid;",
    )?;
    let ids: Vec<i64> = {
        let mut stmt = tx.prepare("SELECT rowid FROM articles ORDER BY rowid")?;
        let it = stmt.query_map([], |r| r.get(0))?;
        it.collect::<rusqlite::Result<_>>()?
    };
    let mut keys = BTreeSet::new();
    for id in ids {
        let text: String =
            tx.query_row("SELECT text FROM articles WHERE rowid = ?1", [id], |r| {
                r.get(0)
            })?;
        link_near_duplicates(tx, id, &text, &mut keys)?;
    }
    let all: BTreeSet<String> = {
        let mut stmt =
            tx.prepare("SELECT DISTINCT story_key FROM events WHERE story_key IS NOT NULL")?;
        let it = stmt.query_map([], |r| r.get(0))?;
        it.collect::<rusqlite::Result<_>>()?
    };
    recompute_stories(tx, &all)
}
