//! MinHash signatures and LSH banding for near-duplicate detection.
//!
//! An article's text is lowercased, split into alphanumeric words, and cut
//! into overlapping [`SHINGLE`]-word shingles. Its signature keeps, for each
//! of [`NUM_HASHES`] hash functions, the smallest hash over all shingles; the
//! fraction of equal slots between two signatures estimates the Jaccard
//! similarity of their shingle sets. For lookup the signature is cut into
//! [`BANDS`] bands of [`ROWS`] slots: two articles become candidates when any
//! band is identical, which happens with probability `1 - (1 - J^ROWS)^BANDS`
//! (about 0.5 at J = 0.42, 0.96 at J = 0.6). Candidates are then confirmed
//! when the estimated Jaccard is at least [`THRESHOLD`].

/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Hash functions per signature.
pub const NUM_HASHES: usize = 128;
/// LSH bands.
pub const BANDS: usize = 32;
/// Slots per band.
pub const ROWS: usize = NUM_HASHES / BANDS;
/// Estimated Jaccard similarity of shingle sets at or above which two
/// articles are near-duplicates.
pub const THRESHOLD: f64 = 0.5;

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u64>);

/// SplitMix64 finaliser: a cheap, well-mixed 64-bit permutation.
pub(crate) fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a over bytes; stable across runs and platforms, unlike `std`'s
/// randomly seeded hasher, which matters because signatures are stored.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(FNV_OFFSET, bytes)
}

/// FNV-1a's initial state.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a continued from state `h`.
pub(crate) fn fnv1a_from(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Computes the signature of `text`, or `None` when it has no words.
#[must_use]
pub fn signature(text: &str) -> Option<Signature> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    // Short texts get one shingle of all their words rather than none.
    let k = SHINGLE.min(words.len());
    let seeds: Vec<u64> = (0..NUM_HASHES as u64)
        .map(|i| mix(i.wrapping_mul(0x2545_F491_4F6C_DD1D)))
        .collect();
    let mut sig = vec![u64::MAX; NUM_HASHES];
    for window in words.windows(k) {
        // The hash of the words joined by single spaces, streamed.
        let mut base = FNV_OFFSET;
        for (i, w) in window.iter().enumerate() {
            if i > 0 {
                base = fnv1a_from(base, b" ");
            }
            base = fnv1a_from(base, w.as_bytes());
        }
        for (slot, seed) in sig.iter_mut().zip(&seeds) {
            let h = mix(base ^ seed);
            if h < *slot {
                *slot = h;
            }
        }
    }
    Some(Signature(sig))
}

impl Signature {
    /// Estimated Jaccard similarity with another signature.
    #[must_use]
    pub fn similarity(&self, other: &Signature) -> f64 {
        if self.0.len() != other.0.len() || self.0.is_empty() {
            return 0.0;
        }
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / self.0.len() as f64
    }

    /// One hash per band, as SQLite integers.
    #[must_use]
    pub fn bands(&self) -> Vec<i64> {
        self.0
            .chunks(ROWS)
            .map(|rows| {
                let mut h: u64 = 0;
                for &r in rows {
                    h = mix(h ^ r);
                }
                // Reinterpreting the bits keeps all 64 of them.
                i64::from_ne_bytes(h.to_ne_bytes())
            })
            .collect()
    }

    /// Little-endian bytes for storage.
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Parses stored bytes; `None` if the length is wrong.
    #[must_use]
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != NUM_HASHES * 8 {
            return None;
        }
        let mut v = Vec::with_capacity(NUM_HASHES);
        for c in bytes.chunks_exact(8) {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            v.push(u64::from_le_bytes(a));
        }
        Some(Signature(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_match_and_unrelated_do_not() {
        let a =
            signature("The minister said talks would resume in Vienna next week, officials said.");
        let b =
            signature("The minister said talks would resume in Vienna next week, officials said.");
        let c = signature(
            "Heavy rain flooded three villages in the north, the weather office reported.",
        );
        let (Some(a), Some(b), Some(c)) = (a, b, c) else {
            panic!("no signature")
        };
        assert!((a.similarity(&b) - 1.0).abs() < f64::EPSILON);
        assert!(a.similarity(&c) < 0.2);
        assert_eq!(a.bands(), b.bands());
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a));
    }

    /// Signatures are stored, so the computation must not drift: this is
    /// the definition (shingles joined by spaces, FNV-1a, one mix per seed).
    fn reference(text: &str) -> Vec<u64> {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let k = SHINGLE.min(words.len());
        (0..NUM_HASHES as u64)
            .map(|i| {
                let seed = mix(i.wrapping_mul(0x2545_F491_4F6C_DD1D));
                words
                    .windows(k)
                    .map(|w| mix(fnv1a(w.join(" ").as_bytes()) ^ seed))
                    .min()
                    .unwrap_or(u64::MAX)
            })
            .collect()
    }

    #[test]
    fn signature_follows_its_definition() {
        for text in [
            "Talks resume in Vienna.",
            "The minister said talks would resume in Vienna next week, officials said. Über 3 Zölle.",
            "one",
        ] {
            assert_eq!(signature(text).map(|s| s.0), Some(reference(text)), "{text}");
        }
    }

    #[test]
    fn empty_text_has_no_signature() {
        assert!(signature("  ... ").is_none());
    }
}
