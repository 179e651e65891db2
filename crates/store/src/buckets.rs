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

use std::collections::BTreeSet;

use rusqlite::Transaction;

use crate::error::Result;
use crate::id_sets::IdSets;
use crate::minhash::{self, Signature};

/// Articles read from one bucket. Buckets this full hold exact copies (all
/// one cluster by then) or shared boilerplate; reading them whole made
/// ingest quadratic in the number of copies.
pub(crate) const MAX_BUCKET: usize = 64;

#[derive(Debug)]
pub(crate) struct Buckets {
    /// The articles of each bucket, in row-id order.
    ids: IdSets,
    data_version: i64,
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
    /// Loads the buckets of every article with a signature.
    pub(crate) fn load(tx: &Transaction<'_>) -> Result<Buckets> {
        // Room for every article: counting the signatures alone would read
        // every row.
        let articles: i64 = tx.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;
        let mut b = Buckets::empty(usize::try_from(articles).unwrap_or(0) * minhash::BANDS);
        b.data_version = data_version(tx)?;
        let mut stmt = tx.prepare("SELECT rowid, sig FROM articles WHERE sig IS NOT NULL")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let article: i64 = r.get(0)?;
            let bytes = r.get_ref(1)?.as_blob().unwrap_or_default();
            if let Some(sig) = Signature::from_bytes(bytes) {
                b.add(article, &sig.bands());
            }
        }
        Ok(b)
    }

    /// No buckets, with room for `capacity` keys.
    pub(crate) fn empty(capacity: usize) -> Buckets {
        Buckets {
            ids: IdSets::with_capacity(capacity),
            data_version: 0,
        }
    }

    /// Whether this still describes the archive: no other connection has
    /// committed since it was loaded.
    pub(crate) fn is_current(&self, tx: &Transaction<'_>) -> Result<bool> {
        Ok(data_version(tx)? == self.data_version)
    }

    /// Adds the articles sharing bucket (`band`, `hash`) to `out`, at most
    /// [`MAX_BUCKET`] of them (the earliest stored).
    #[cfg(test)]
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
        let mut b = Buckets::empty(0);
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
        let mut b = Buckets::empty(0);
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
        let mut b = Buckets::empty(0);
        for a in (0..100).rev() {
            b.add(a, &[5]);
        }
        let mut out = BTreeSet::new();
        b.find(0, 5, &mut out);
        assert_eq!(out, (0..64).collect());
    }
}
