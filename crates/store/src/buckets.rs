//! The writer's view of the LSH buckets: which articles share a band.
//!
//! Buckets live in two places:
//!
//! - **merged**, as rows of `lsh_bands` for the articles up to the
//!   watermark `meta.lsh_merged`. An in-memory Bloom filter over their keys
//!   answers "certainly empty" for nearly all lookups (most of an article's
//!   32 buckets hold no other article), so only buckets that may hold an
//!   article are read from the database. Deleted buckets stay set: a stale
//!   bit costs one lookup, never a missed one.
//! - **pending**, in memory only, for the articles after the watermark:
//!   their bands are recomputed from the signatures in `minhash` when the
//!   writer loads, so they need no rows of their own until they are merged
//!   into `lsh_bands` in key order, [`MERGE_ARTICLES`] articles at a time.
//!   Bucket hashes are random: rows inserted as articles arrive landed on
//!   most leaf pages of a large `lsh_bands`, and every commit rewrote them;
//!   a staging table (schema version 4) cost 32 row inserts an article.
//!
//! The state is loaded by the first batch a writer stores and rebuilt when
//! another connection has committed to the archive (`PRAGMA data_version`),
//! when the filter is full, or after a failed batch (the caller drops it).

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::Result;
use crate::minhash::{self, Signature};

/// Bits per expected key: about 1% false positives with [`PROBES`] probes.
const BITS_PER_KEY: usize = 10;
/// Bit positions set per key.
const PROBES: u64 = 4;
/// Articles whose buckets are kept pending before they are merged into
/// `lsh_bands` (about 262,000 rows); two in unit tests, so they cross merges.
pub(crate) const MERGE_ARTICLES: usize = if cfg!(test) { 2 } else { 8192 };
/// Articles read from one bucket, in each place. Buckets this full hold
/// exact copies (all one cluster by then) or shared boilerplate; reading
/// them whole made ingest quadratic in the number of copies.
pub(crate) const MAX_BUCKET: usize = 64;

/// Articles in one merged bucket. The limit is a literal: a bound LIMIT
/// makes SQLite recompile the statement for every new value.
static BUCKET_QUERY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!("SELECT article FROM lsh_bands WHERE band = ?1 AND hash = ?2 LIMIT {MAX_BUCKET}")
});

/// The articles of one pending bucket. Nearly every bucket holds one
/// article, which needs no allocation of its own (a `Vec` per bucket was
/// 32 allocations an article).
#[derive(Debug)]
struct Pending {
    first: i64,
    rest: Vec<i64>,
}

impl Pending {
    fn iter(&self) -> impl Iterator<Item = i64> + '_ {
        std::iter::once(self.first).chain(self.rest.iter().copied())
    }

    fn len(&self) -> usize {
        1 + self.rest.len()
    }
}

#[derive(Debug)]
pub(crate) struct Buckets {
    /// Bloom filter over the keys of `lsh_bands`.
    bits: Vec<u64>,
    keys: usize,
    capacity: usize,
    /// Pending buckets: (band, hash) to articles, in insertion order.
    // foldhash (as the knowledge base's maps) rather than SipHash: the keys
    // are bucket hashes, nothing an attacker chooses.
    pending: HashMap<(usize, i64), Pending, foldhash::fast::RandomState>,
    /// Articles whose buckets are pending.
    pending_articles: BTreeSet<i64>,
    /// Articles with a row id up to this have their buckets in `lsh_bands`.
    merged: i64,
    data_version: i64,
}

/// One key per (band, hash): the hashes are already uniform, the band is
/// mixed in so equal hashes in different bands differ.
fn key(band: usize, hash: i64) -> u64 {
    let h = u64::from_ne_bytes(hash.to_ne_bytes());
    minhash::mix(h ^ (band as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

fn int(i: usize) -> i64 {
    i64::try_from(i).unwrap_or(i64::MAX)
}

impl Buckets {
    /// Loads the archive's buckets: a filter over `lsh_bands`, sized for
    /// twice its rows, and the pending bands of the articles after the
    /// watermark.
    pub(crate) fn load(tx: &Transaction<'_>) -> Result<Buckets> {
        let rows: i64 = tx.query_row("SELECT count(*) FROM lsh_bands", [], |r| r.get(0))?;
        let mut b = Buckets::empty(usize::try_from(rows).unwrap_or(0).max(1 << 16) * 2);
        b.data_version = data_version(tx)?;
        {
            let mut stmt = tx.prepare("SELECT band, hash FROM lsh_bands")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let band: i64 = r.get(0)?;
                b.set_bits(usize::try_from(band).unwrap_or(0), r.get(1)?);
            }
        }
        b.merged = merged_watermark(tx)?;
        let mut stmt = tx.prepare("SELECT article, sig FROM minhash WHERE article > ?1")?;
        let mut rows = stmt.query([b.merged])?;
        while let Some(r) = rows.next()? {
            let article: i64 = r.get(0)?;
            let bytes: Vec<u8> = r.get(1)?;
            if let Some(sig) = Signature::from_bytes(&bytes) {
                b.add_pending(article, &sig.bands());
            }
        }
        Ok(b)
    }

    /// No buckets at all, with a filter sized for `capacity` keys (for an
    /// archive whose bucket tables were just emptied: the watermark must be
    /// reset to 0 alongside).
    pub(crate) fn empty(capacity: usize) -> Buckets {
        Buckets {
            bits: vec![
                0;
                (capacity.max(1) * BITS_PER_KEY).div_ceil(64 * BLOCK_WORDS) * BLOCK_WORDS
            ],
            keys: 0,
            capacity,
            pending: HashMap::default(),
            pending_articles: BTreeSet::new(),
            merged: 0,
            data_version: 0,
        }
    }

    /// Whether this still describes the archive: no other connection has
    /// committed since it was loaded, and the filter is not full.
    pub(crate) fn is_current(&self, tx: &Transaction<'_>) -> Result<bool> {
        Ok(self.keys <= self.capacity && data_version(tx)? == self.data_version)
    }

    /// Adds the articles sharing bucket (`band`, `hash`) to `out`.
    pub(crate) fn find(
        &self,
        tx: &Transaction<'_>,
        band: usize,
        hash: i64,
        out: &mut BTreeSet<i64>,
    ) -> Result<()> {
        if self.may_contain(band, hash) {
            let mut stmt = tx.prepare_cached(&BUCKET_QUERY)?;
            let rows = stmt.query_map(params![int(band), hash], |r| r.get::<_, i64>(0))?;
            for a in rows {
                out.insert(a?);
            }
        }
        if let Some(articles) = self.pending.get(&(band, hash)) {
            out.extend(articles.iter().take(MAX_BUCKET));
        }
        Ok(())
    }

    /// Records an article's buckets: pending after the watermark, else
    /// straight into `lsh_bands` (an updated article that was merged).
    pub(crate) fn add(&mut self, tx: &Transaction<'_>, article: i64, bands: &[i64]) -> Result<()> {
        if article > self.merged {
            self.add_pending(article, bands);
            return Ok(());
        }
        self.store_merged(
            tx,
            bands
                .iter()
                .enumerate()
                .map(|(band, &hash)| (band, hash, article)),
        )
    }

    /// Writes bucket rows into `lsh_bands` and the filter.
    fn store_merged(
        &mut self,
        tx: &Transaction<'_>,
        rows: impl IntoIterator<Item = (usize, i64, i64)>,
    ) -> Result<()> {
        // One row per statement: a multi-row INSERT opens a statement
        // savepoint, and FTS5 flushes its pending terms at every one.
        let mut put = tx.prepare_cached(
            "INSERT OR IGNORE INTO lsh_bands (band, hash, article) VALUES (?1, ?2, ?3)",
        )?;
        for (band, hash, article) in rows {
            put.execute(params![int(band), hash, article])?;
            self.set_bits(band, hash);
        }
        Ok(())
    }

    /// Forgets an article's buckets (`bands` from its stored signature).
    pub(crate) fn remove(
        &mut self,
        tx: &Transaction<'_>,
        article: i64,
        bands: &[i64],
    ) -> Result<()> {
        if self.pending_articles.remove(&article) {
            for (band, &hash) in bands.iter().enumerate() {
                let Some(p) = self.pending.remove(&(band, hash)) else {
                    continue;
                };
                let mut left = p.iter().filter(|&a| a != article);
                if let Some(first) = left.next() {
                    let rest = left.collect();
                    self.pending.insert((band, hash), Pending { first, rest });
                }
            }
            return Ok(());
        }
        let mut del = tx.prepare_cached(
            "DELETE FROM lsh_bands WHERE band = ?1 AND hash = ?2 AND article = ?3",
        )?;
        for (band, &hash) in bands.iter().enumerate() {
            del.execute(params![int(band), hash, article])?;
        }
        Ok(())
    }

    /// Moves the pending buckets into `lsh_bands`, in key order, once
    /// [`MERGE_ARTICLES`] articles are pending (any number with `force`),
    /// and advances the watermark; runs inside the caller's transaction.
    pub(crate) fn merge(&mut self, tx: &Transaction<'_>, force: bool) -> Result<()> {
        let Some(&last) = self.pending_articles.last() else {
            return Ok(());
        };
        if self.pending_articles.len() < MERGE_ARTICLES && !force {
            return Ok(());
        }
        let n = self.pending.values().map(Pending::len).sum();
        let mut rows: Vec<(usize, i64, i64)> = Vec::with_capacity(n);
        for ((band, hash), p) in self.pending.drain() {
            rows.extend(p.iter().map(|a| (band, hash, a)));
        }
        rows.sort_unstable();
        self.store_merged(tx, rows)?;
        self.pending_articles.clear();
        self.merged = self.merged.max(last);
        set_merged_watermark(tx, self.merged)
    }

    fn add_pending(&mut self, article: i64, bands: &[i64]) {
        for (band, &hash) in bands.iter().enumerate() {
            match self.pending.entry((band, hash)) {
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    let p = e.get_mut();
                    if p.first != article && !p.rest.contains(&article) {
                        p.rest.push(article);
                    }
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(Pending {
                        first: article,
                        rest: Vec::new(),
                    });
                }
            }
        }
        self.pending_articles.insert(article);
    }

    fn set_bits(&mut self, band: usize, hash: i64) {
        for p in positions(self.bits.len(), key(band, hash)) {
            self.bits[p / 64] |= 1 << (p % 64);
        }
        self.keys += 1;
    }

    /// False when no merged article can be in this bucket.
    fn may_contain(&self, band: usize, hash: i64) -> bool {
        positions(self.bits.len(), key(band, hash))
            .all(|p| self.bits[p / 64] & (1 << (p % 64)) != 0)
    }
}

/// 64-bit words in one block of the filter: a cache line.
const BLOCK_WORDS: usize = 8;

/// The bit positions of key `k` in a filter of `words` 64-bit words (a
/// multiple of [`BLOCK_WORDS`]). All of a key's probes fall into one
/// cache-line block, chosen by the key's high bits (a multiply and shift,
/// not a division), with 9 bits of the key for each position inside it:
/// probes spread over the whole filter cost a cache miss each, and
/// setting and testing bits was most of the filter's time.
fn positions(words: usize, k: u64) -> impl Iterator<Item = usize> {
    let blocks = u128::from((words / BLOCK_WORDS) as u64);
    let block = usize::try_from((u128::from(k) * blocks) >> 64).unwrap_or(0);
    let base = block * BLOCK_WORDS * 64;
    (0..PROBES).map(move |i| base + usize::try_from((k >> (9 * i)) & 511).unwrap_or(0))
}

fn data_version(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}

/// The row id up to which articles' buckets are in `lsh_bands`.
pub(crate) fn merged_watermark(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx
        .query_row("SELECT value FROM meta WHERE key = 'lsh_merged'", [], |r| {
            r.get::<_, i64>(0)
        })
        .optional()?
        .unwrap_or(0))
}

pub(crate) fn set_merged_watermark(tx: &Transaction<'_>, merged: i64) -> Result<()> {
    // UPDATE first: OR REPLACE would open a statement savepoint, at which
    // FTS5 flushes its pending terms.
    let changed = tx
        .prepare_cached("UPDATE meta SET value = ?1 WHERE key = 'lsh_merged'")?
        .execute([merged])?;
    if changed == 0 {
        tx.prepare_cached("INSERT INTO meta (key, value) VALUES ('lsh_merged', ?1)")?
            .execute([merged])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_false_negatives_and_few_false_positives() {
        let mut f = Buckets::empty(20_000);
        let hash = |i: u64| i64::from_ne_bytes(minhash::mix(i).to_ne_bytes());
        for i in 0..20_000u64 {
            f.set_bits((i % 32) as usize, hash(i));
        }
        assert!((0..20_000u64).all(|i| f.may_contain((i % 32) as usize, hash(i))));
        let fp = (20_000..120_000u64)
            .filter(|&i| f.may_contain((i % 32) as usize, hash(i)))
            .count();
        assert!(fp < 3_000, "{fp} false positives in 100,000");
        // The band is part of the key.
        assert!(
            (0..1000u64)
                .filter(|&i| f.may_contain(((i % 32) + 1) as usize % 32, hash(i)))
                .count()
                < 100
        );
    }
}
