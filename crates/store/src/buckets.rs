//! The writer's view of the LSH buckets: which articles share a band.
//!
//! The buckets live in memory only (since schema version 10): they are
//! computed from the signatures in `articles.sig` (`minhash` before schema
//! version 16) when a writer loads, and kept
//! up to date as it stores articles. Before, they were also rows of
//! `lsh_bands`; bucket hashes are random, so every merge of new rows into
//! that table rewrote nearly all of its leaf pages (the whole table, 33 MB
//! for 58,000 articles, once every 8,192 articles: quadratic in the size of
//! the archive), and those merges, the Bloom filter in front of the table
//! and the lookups it let through were about a third of the writer's CPU.
//! Loading 58,000 signatures and their 1.9 million bucket keys takes a
//! fraction of a second.
//!
//! The state is loaded by the first batch a writer stores and rebuilt when
//! another connection has committed to the archive (`PRAGMA data_version`)
//! or after a failed batch (the caller drops it).
//!
//! Only the most recent articles are filed: those of the last
//! [`ARTICLE_WINDOW`] row ids (the *window*). A new article pushes the
//! oldest out, so the memory is bounded whatever the archive's size, and
//! loading reads only the window's signatures. The window is a range of
//! row ids, decided by the archive alone, so a writer that loads it (after
//! a kill, say) holds what one that stored every article itself holds.

use std::collections::BTreeSet;

use rusqlite::Transaction;

use crate::error::Result;
use crate::id_sets::IdSets;
use crate::minhash::{self, Signature};

/// Articles read from one bucket. Buckets this full hold exact copies (all
/// one cluster by then) or shared boilerplate; reading them whole made
/// ingest quadratic in the number of copies.
pub(crate) const MAX_BUCKET: usize = 64;

/// Articles in the window: the writer files the buckets of the articles of
/// the last this many row ids only (and the story index their events);
/// near-duplicates and stories are looked for among them.
///
/// Sized by memory. Once the archive outgrows the window, each new article
/// deletes an old one's 32 keys: the map's deleted slots then make it
/// rehash, in place while it is at most half full and into a table twice
/// the size otherwise, so a full window settles at 17-byte slots no more
/// than 7/16 used, some 1.2 KB of buckets an article (and 0.15 KB of story
/// index; `window_memory_per_article` below measures both). At 57,344
/// (7 × 2^13) articles the buckets fit 2^22 slots (71 MB) and the story
/// index 2^19 (9 MB): with extraction's own memory (about 300 MB at peak),
/// an ingest should stay near 400 MB whatever the archive's size (not yet
/// measured on an archive far past the window). One more article would
/// double the buckets' table.
pub const ARTICLE_WINDOW: i64 = 57_344;

#[derive(Debug)]
pub(crate) struct Buckets {
    /// The articles of each bucket, in row-id order.
    ids: IdSets,
    data_version: i64,
    /// Articles in the window ([`ARTICLE_WINDOW`] but in tests).
    window: i64,
    /// The highest row id stored: the window is the row ids above
    /// `newest - window`.
    newest: i64,
}

/// One key per (band, hash): the hashes are already uniform, the band is
/// mixed in so equal hashes in different bands differ. Two buckets sharing
/// a key by chance (about 2^-64 for a pair) would only add candidates,
/// which are compared by signature before they are linked.
fn key(band: usize, hash: i64) -> u64 {
    let h = u64::from_ne_bytes(hash.to_ne_bytes());
    minhash::mix(h ^ (band as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

impl Buckets {
    /// Loads the buckets of the articles in the window (the last `window`
    /// row ids) that have a signature.
    pub(crate) fn load(tx: &Transaction<'_>, window: i64) -> Result<Buckets> {
        let newest: i64 =
            tx.query_row("SELECT coalesce(max(rowid), 0) FROM articles", [], |r| {
                r.get(0)
            })?;
        let mut b = Buckets::empty(window, newest);
        b.data_version = data_version(tx)?;
        let mut stmt =
            tx.prepare("SELECT rowid, sig FROM articles WHERE rowid > ?1 AND sig IS NOT NULL")?;
        let mut rows = stmt.query([b.oldest()])?;
        while let Some(r) = rows.next()? {
            let article: i64 = r.get(0)?;
            let bytes = r.get_ref(1)?.as_blob().unwrap_or_default();
            if let Some(sig) = Signature::from_bytes(bytes) {
                b.add(article, &sig.bands());
            }
        }
        Ok(b)
    }

    /// No buckets, for a window of `window` row ids ending at `newest`,
    /// with room for every key of a full window.
    pub(crate) fn empty(window: i64, newest: i64) -> Buckets {
        // Room for the archive's articles (counting the signatures alone
        // would read every row); for a full window, the table it settles
        // at (see [`ARTICLE_WINDOW`]), so that it is not copied into one
        // twice its size, both held at once, in the middle of an ingest.
        let keys = if newest >= window { 2 * window } else { newest };
        Buckets {
            ids: IdSets::with_capacity(usize::try_from(keys).unwrap_or(0) * minhash::BANDS),
            data_version: 0,
            window,
            newest,
        }
    }

    /// The row id below the window (the window is the row ids above it).
    pub(crate) fn oldest(&self) -> i64 {
        self.newest.saturating_sub(self.window).max(0)
    }

    /// Whether article `rowid` is in the window.
    pub(crate) fn in_window(&self, rowid: i64) -> bool {
        rowid > self.oldest()
    }

    /// Moves the window's end to `rowid` (a new article's): returns the row
    /// ids that leave it, in order, whose buckets the caller removes.
    pub(crate) fn advance(&mut self, rowid: i64) -> std::ops::RangeInclusive<i64> {
        let leaving = (self.oldest() + 1)..=rowid.saturating_sub(self.window);
        self.newest = self.newest.max(rowid);
        leaving
    }

    /// The number of bucket keys held, and their heap bytes.
    pub(crate) fn size(&self) -> (usize, usize) {
        (self.ids.len(), self.ids.heap_bytes())
    }

    /// Whether this still describes the archive: no other connection has
    /// committed since it was loaded.
    pub(crate) fn is_current(&self, tx: &Transaction<'_>) -> Result<bool> {
        Ok(data_version(tx)? == self.data_version)
    }

    /// Adds the articles sharing bucket (`band`, `hash`) to `out`, at most
    /// [`MAX_BUCKET`] of them (the earliest stored).
    pub(crate) fn find(&self, band: usize, hash: i64, out: &mut BTreeSet<i64>) {
        out.extend(self.ids.get(key(band, hash)).iter().take(MAX_BUCKET));
    }

    /// [`Buckets::find`] for every band of an article, then
    /// [`Buckets::add`]: one probe of the map a band instead of two.
    pub(crate) fn find_and_add(&mut self, article: i64, bands: &[i64], out: &mut BTreeSet<i64>) {
        for (band, &hash) in bands.iter().enumerate() {
            self.ids.get_and_insert(key(band, hash), article, |ids| {
                out.extend(ids.iter().take(MAX_BUCKET));
            });
        }
    }

    /// [`Buckets::find`] for every band, without adding the article (one
    /// updated outside the window).
    pub(crate) fn find_all(&self, bands: &[i64], out: &mut BTreeSet<i64>) {
        for (band, &hash) in bands.iter().enumerate() {
            self.find(band, hash, out);
        }
    }

    /// Records an article's buckets.
    pub(crate) fn add(&mut self, article: i64, bands: &[i64]) {
        for (band, &hash) in bands.iter().enumerate() {
            self.ids.insert(key(band, hash), article);
        }
    }

    /// Forgets an article's buckets (`bands` from its stored signature).
    pub(crate) fn remove(&mut self, article: i64, bands: &[i64]) {
        for (band, &hash) in bands.iter().enumerate() {
            self.ids.remove(key(band, hash), article);
        }
    }
}

fn data_version(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(b: &Buckets, bands: &[i64]) -> BTreeSet<i64> {
        let mut out = BTreeSet::new();
        for (band, &hash) in bands.iter().enumerate() {
            b.find(band, hash, &mut out);
        }
        out
    }

    #[test]
    fn buckets_add_find_and_remove() {
        let mut b = Buckets::empty(ARTICLE_WINDOW, 0);
        b.add(3, &[10, 20]);
        b.add(1, &[10, 21]);
        b.add(2, &[11, 20]);
        // The band is part of the key: hash 20 in band 0 is no bucket.
        assert_eq!(found(&b, &[20, 99]), BTreeSet::new());
        assert_eq!(found(&b, &[10, 99]), BTreeSet::from([1, 3]));
        assert_eq!(
            b.ids.many.get(&key(0, 10)),
            Some(&vec![1, 3]),
            "row-id order"
        );
        assert_eq!(found(&b, &[11, 20]), BTreeSet::from([2, 3]));
        // Adding the same article twice keeps one copy.
        b.add(3, &[10, 20]);
        assert_eq!(b.ids.many.get(&key(0, 10)).map(Vec::len), Some(2));
        b.remove(3, &[10, 20]);
        assert_eq!(found(&b, &[10, 20]), BTreeSet::from([1, 2]));
        assert!(
            b.ids.many.is_empty(),
            "a bucket left with one article is a single"
        );
        b.remove(1, &[10, 21]);
        b.remove(2, &[11, 20]);
        assert!(b.ids.one.is_empty() && b.ids.many.is_empty());
        // Removing what is not there changes nothing.
        b.remove(7, &[10, 20]);
        assert!(b.ids.one.is_empty());
    }

    #[test]
    fn find_and_add_finds_what_was_there_before() {
        let mut b = Buckets::empty(ARTICLE_WINDOW, 0);
        b.add(3, &[10, 20]);
        b.add(1, &[10, 21]);
        let mut out = BTreeSet::new();
        b.find_and_add(2, &[10, 21], &mut out);
        assert_eq!(out, BTreeSet::from([1, 3]));
        assert_eq!(found(&b, &[10, 21]), BTreeSet::from([1, 2, 3]));
        // Adding an article again finds it with the others.
        out.clear();
        b.find_and_add(2, &[10, 21], &mut out);
        assert_eq!(out, BTreeSet::from([1, 2, 3]));
        assert_eq!(b.ids.many.get(&key(0, 10)), Some(&vec![1, 2, 3]));
        for a in [1, 2, 3] {
            b.remove(a, &[10, 20]);
            b.remove(a, &[10, 21]);
        }
        assert!(b.ids.one.is_empty() && b.ids.many.is_empty());
        // A full bucket gives its earliest articles, as `find` does.
        for a in (0..100).rev() {
            b.add(a, &[5]);
        }
        out.clear();
        b.find_and_add(200, &[5], &mut out);
        assert_eq!(out, (0..64).collect());
    }

    #[test]
    fn full_buckets_give_their_earliest_articles() {
        let mut b = Buckets::empty(ARTICLE_WINDOW, 0);
        for a in (0..100).rev() {
            b.add(a, &[5]);
        }
        let mut out = BTreeSet::new();
        b.find(0, 5, &mut out);
        assert_eq!(out, (0..64).collect());
    }
}

/// Measures the heap bytes of a full window after the archive has grown
/// well past it (`cargo test --release -p dateline_store --lib
/// window_memory -- --ignored --nocapture`): the maps keep the capacity
/// that deletions and inserts in turn drive them to, which is what sizes
/// [`ARTICLE_WINDOW`]. Articles have 32 random bands and 5 story keys.
#[cfg(test)]
mod memory {
    use super::*;
    use crate::story_index::StoryIndex;

    #[test]
    #[ignore = "a measurement, some seconds in release"]
    fn window_memory_per_article() {
        let window = ARTICLE_WINDOW;
        let mut b = Buckets::empty(window, 0);
        let mut stories = StoryIndex::default();
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            x = minhash::mix(x.wrapping_add(1));
            x
        };
        let bands_of = |seed: u64| -> Vec<i64> {
            (0..minhash::BANDS as u64)
                .map(|i| minhash::mix(seed ^ i.wrapping_mul(0x1234_5678_9abc_def1)) as i64)
                .collect()
        };
        let mut seeds = std::collections::VecDeque::new();
        let mut most = (0, 0);
        for article in 1..=4 * window {
            let seed = next();
            seeds.push_back(seed);
            for old in b.advance(article) {
                let s = seeds.pop_front().unwrap_or_default();
                b.remove(old, &bands_of(s));
                for e in 0..5 {
                    stories.remove(&format!("{s}|{e}"), old * 8 + e);
                }
            }
            b.add(article, &bands_of(seed));
            for e in 0..5 {
                stories.add(&format!("{seed}|{e}"), article * 8 + e);
            }
            most = (most.0.max(b.size().1), most.1.max(stories.size().1));
        }
        let per = |bytes: usize| bytes as f64 / window as f64;
        println!(
            "window {window}: buckets {} keys, at most {} bytes ({:.0} an article); \
             story index {} keys, at most {} bytes ({:.0} an article)",
            b.size().0,
            most.0,
            per(most.0),
            stories.size().0,
            most.1,
            per(most.1)
        );
    }
}
