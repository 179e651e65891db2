//! An in-memory Bloom filter over the archive's LSH bucket keys.
//!
//! Most of an article's 32 buckets hold no other article, yet each lookup
//! was an index search in `lsh_bands` and one in `lsh_pending`. The filter
//! answers "certainly empty" for nearly all of them from memory, so only
//! buckets that may hold an article are read from the database. It is built
//! from both tables on the first batch a writer stores, kept up to date as
//! buckets are added, and rebuilt when another connection has written to
//! the archive (`PRAGMA data_version`). Deleted buckets stay set: a stale
//! bit costs one lookup, never a missed one.

use rusqlite::Transaction;

use crate::error::Result;
use crate::minhash;

/// Bits per expected key: about 1% false positives with [`PROBES`] probes.
const BITS_PER_KEY: usize = 10;
/// Bit positions set per key.
const PROBES: u64 = 4;

#[derive(Debug)]
pub(crate) struct BucketFilter {
    bits: Vec<u64>,
    keys: usize,
    capacity: usize,
    data_version: i64,
}

/// One key per (band, hash): the hashes are already uniform, the band is
/// mixed in so equal hashes in different bands differ.
fn key(band: usize, hash: i64) -> u64 {
    let h = u64::from_ne_bytes(hash.to_ne_bytes());
    minhash::mix(h ^ (band as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

impl BucketFilter {
    /// Loads every bucket key of the archive, sized for twice as many.
    pub(crate) fn load(tx: &Transaction<'_>) -> Result<BucketFilter> {
        let rows: i64 = tx.query_row(
            "SELECT (SELECT count(*) FROM lsh_bands) + (SELECT count(*) FROM lsh_pending)",
            [],
            |r| r.get(0),
        )?;
        let mut f =
            BucketFilter::with_capacity(usize::try_from(rows).unwrap_or(0).max(1 << 16) * 2);
        f.data_version = data_version(tx)?;
        for table in ["lsh_bands", "lsh_pending"] {
            let mut stmt = tx.prepare(&format!("SELECT band, hash FROM {table}"))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let band: i64 = r.get(0)?;
                f.insert(usize::try_from(band).unwrap_or(0), r.get(1)?);
            }
        }
        Ok(f)
    }

    /// An empty filter sized for `capacity` keys.
    pub(crate) fn with_capacity(capacity: usize) -> BucketFilter {
        BucketFilter {
            bits: vec![0; (capacity.max(1) * BITS_PER_KEY).div_ceil(64)],
            keys: 0,
            capacity,
            data_version: 0,
        }
    }

    /// Whether this filter still describes the archive: no other
    /// connection has committed since it was loaded, and it is not full.
    pub(crate) fn is_current(&self, tx: &Transaction<'_>) -> Result<bool> {
        Ok(self.keys <= self.capacity && data_version(tx)? == self.data_version)
    }

    pub(crate) fn insert(&mut self, band: usize, hash: i64) {
        for p in positions(self.bits.len(), key(band, hash)) {
            self.bits[p / 64] |= 1 << (p % 64);
        }
        self.keys += 1;
    }

    /// False when no article can be in this bucket.
    pub(crate) fn may_contain(&self, band: usize, hash: i64) -> bool {
        positions(self.bits.len(), key(band, hash))
            .all(|p| self.bits[p / 64] & (1 << (p % 64)) != 0)
    }
}

/// The bit positions of key `k` in a filter of `words` 64-bit words, by
/// double hashing.
fn positions(words: usize, k: u64) -> impl Iterator<Item = usize> {
    let n = (words * 64) as u64;
    let (h1, h2) = (k, (k >> 32) | 1);
    (0..PROBES).map(move |i| usize::try_from(h1.wrapping_add(i.wrapping_mul(h2)) % n).unwrap_or(0))
}

fn data_version(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_false_negatives_and_few_false_positives() {
        let mut f = BucketFilter::with_capacity(20_000);
        let hash = |i: u64| i64::from_ne_bytes(minhash::mix(i).to_ne_bytes());
        for i in 0..20_000u64 {
            f.insert((i % 32) as usize, hash(i));
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
