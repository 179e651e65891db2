//! MinHash signatures and LSH banding for near-duplicate detection.
//!
//! An article's text is lowercased, split into alphanumeric words, and cut
//! into overlapping [`SHINGLE`]-word shingles. The signature is a one
//! permutation MinHash (Li, Owen and Zhang 2012): each shingle is hashed
//! once, the hash's top bits pick one of [`NUM_HASHES`] bins and the rest is
//! its value, and each bin keeps its smallest value. Bins no shingle fell
//! into borrow the value of a filled bin chosen by a fixed sequence of
//! probes (optimal densification, Shrivastava 2017), so two texts with the
//! same shingles fill them alike. The fraction of equal slots between two
//! signatures estimates the Jaccard similarity of their shingle sets, as
//! with a MinHash of [`NUM_HASHES`] separate hash functions, at one hash per
//! shingle instead of one per shingle and function. For lookup the
//! signature is cut into [`BANDS`] bands of [`ROWS`] slots: two articles
//! become candidates when any band is identical, which happens with
//! probability `1 - (1 - J^ROWS)^BANDS` (about 0.5 at J = 0.42, 0.96 at
//! J = 0.6). Candidates are then confirmed when the estimated Jaccard is at
//! least [`THRESHOLD`].

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

/// A MinHash signature: the low 32 bits of each slot's minimum, which halves
/// its storage; two different shingles agree on them by chance once in four
/// billion, far below the estimate's own error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u32>);

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

/// FNV-1a's multiplier.
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a continued from state `h`.
pub(crate) fn fnv1a_from(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// For each ASCII byte, its lowercase form when it is alphanumeric (part
/// of a word), else 0: one load per byte of the text, instead of the range
/// tests of `is_ascii_alphanumeric` and `to_ascii_lowercase`.
const ASCII_WORD_BYTE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Bits of a shingle hash that choose its bin.
const BIN_BITS: u32 = NUM_HASHES.trailing_zeros();
/// A bin no shingle fell into; values keep `64 - BIN_BITS` bits, so none is
/// this.
const EMPTY: u64 = u64::MAX;

/// Computes the signature of `text`, or `None` when it has no words.
#[must_use]
pub fn signature(text: &str) -> Option<Signature> {
    // Each word is hashed once; a shingle's hash chains its words' hashes.
    let words = word_hashes(text);
    if words.is_empty() {
        return None;
    }
    // Short texts get one shingle of all their words rather than none.
    let k = SHINGLE.min(words.len());
    let mut sig = vec![EMPTY; NUM_HASHES];
    for window in words.windows(k) {
        let h = shingle_hash(window);
        let bin = usize::try_from(h >> (64 - BIN_BITS)).unwrap_or(0);
        let value = h & (EMPTY >> BIN_BITS);
        if value < sig[bin] {
            sig[bin] = value;
        }
    }
    densify(&mut sig);
    Some(Signature(sig.into_iter().map(low32).collect()))
}

/// The FNV-1a hash of each word of `text` lowercased, in order: words are
/// the maximal runs of alphanumeric characters of the lowercased text.
///
/// Lowercasing is done a character at a time while hashing, instead of
/// building a lowercased copy of the text and splitting it: the same words
/// and bytes, with no copy and with ASCII handled a byte at a time. The one
/// mapping of `str::to_lowercase` that depends on its context, the Greek
/// capital sigma (final `ς` or `σ`), sends the text down the plain path.
fn word_hashes(text: &str) -> Vec<u64> {
    if text.contains('\u{3a3}') {
        return text
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| fnv1a(w.as_bytes()))
            .collect();
    }
    let mut words = Vec::with_capacity(text.len() / 6);
    let mut h = FNV_OFFSET;
    let mut in_word = false;
    let mut utf8 = [0u8; 4];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            let l = ASCII_WORD_BYTE[usize::from(b)];
            if l != 0 {
                h = (h ^ u64::from(l)).wrapping_mul(FNV_PRIME);
                in_word = true;
            } else if in_word {
                words.push(h);
                h = FNV_OFFSET;
                in_word = false;
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        for l in c.to_lowercase() {
            if l.is_alphanumeric() {
                h = fnv1a_from(h, l.encode_utf8(&mut utf8).as_bytes());
                in_word = true;
            } else if in_word {
                words.push(h);
                h = FNV_OFFSET;
                in_word = false;
            }
        }
    }
    if in_word {
        words.push(h);
    }
    words
}

/// The low 32 bits of a slot's value.
fn low32(v: u64) -> u32 {
    u32::try_from(v & 0xffff_ffff).unwrap_or(0)
}

/// The hash of one shingle from its words' hashes.
fn shingle_hash(words: &[u64]) -> u64 {
    words.iter().fold(0, |h, &w| mix(h ^ w))
}

/// Fills empty bins: bin `i` takes the value of the first filled bin in its
/// own probe sequence, so the choice depends only on which bins are filled.
fn densify(sig: &mut [u64]) {
    let filled: Vec<bool> = sig.iter().map(|&v| v != EMPTY).collect();
    if filled.iter().all(|&f| f) || !filled.iter().any(|&f| f) {
        return;
    }
    let n = sig.len();
    for i in 0..n {
        if filled[i] {
            continue;
        }
        // With one filled bin in 128 the expected number of probes is 128;
        // the cap only bounds pathological cases, which then take the next
        // filled bin after `i`.
        let probe = (0..4096u64)
            .map(|attempt| {
                let r = mix(((i as u64) << 32) ^ attempt ^ 0x6a09_e667_f3bc_c909);
                usize::try_from(r % n as u64).unwrap_or(0)
            })
            .find(|&j| filled[j])
            .or_else(|| (1..n).map(|d| (i + d) % n).find(|&j| filled[j]));
        if let Some(j) = probe {
            sig[i] = sig[j];
        }
    }
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
                    h = mix(h ^ u64::from(r));
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
        if bytes.len() != NUM_HASHES * 4 {
            return None;
        }
        let v = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
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
    /// the definition (word hashes chained per shingle, bin from the top
    /// bits, minimum per bin, then densification), written plainly.
    fn reference(text: &str) -> Vec<u32> {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let k = SHINGLE.min(words.len());
        let mut sig = vec![u64::MAX; NUM_HASHES];
        for w in words.windows(k) {
            let mut h = 0u64;
            for word in w {
                h = mix(h ^ fnv1a(word.as_bytes()));
            }
            let bin = (h >> 57) as usize;
            sig[bin] = sig[bin].min(h & ((1u64 << 57) - 1));
        }
        densify(&mut sig);
        sig.into_iter().map(|v| (v & 0xffff_ffff) as u32).collect()
    }

    #[test]
    fn signature_follows_its_definition() {
        for text in [
            "Talks resume in Vienna.",
            "The minister said talks would resume in Vienna next week, officials said. Über 3 Zölle.",
            "one",
            // Non-ASCII letters, marks and punctuation; a capital that
            // lowercases to two characters (İ: i and a combining dot, which
            // is no letter and so ends the word); final and medial sigma.
            "“Öl” — İstanbul’s ΟΔΥΣΣΕΥΣ and ΣΑΣ; naïve café 1,5 Straße ǅemal",
            "ΟΔΥΣΣΕΥΣ met officials in Athens",
            "İİ İx xİ ß ẞ Ⅻ ⅻ ① ² ٣ 三 日本語 한국어",
            "",
        ] {
            let has_words = text
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| !w.is_empty());
            let expected = has_words.then(|| reference(text));
            assert_eq!(signature(text).map(|s| s.0), expected, "{text}");
        }
    }

    /// The word hashes, lowercasing a character at a time, equal those of
    /// the lowercased text split into words, over a sweep of the code points
    /// of the first two planes between ASCII words.
    #[test]
    fn word_hashes_equal_those_of_the_lowercased_text() {
        let plain = |text: &str| -> Vec<u64> {
            text.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| fnv1a(w.as_bytes()))
                .collect()
        };
        let chars: Vec<char> = (0u32..0x2_0000).filter_map(char::from_u32).collect();
        for chunk in chars.chunks(61) {
            let mut text = String::from("Ab ");
            for (i, c) in chunk.iter().enumerate() {
                text.push(*c);
                if i % 3 == 0 {
                    text.push_str("Xy");
                }
                if i % 7 == 0 {
                    text.push(' ');
                }
            }
            assert_eq!(word_hashes(&text), plain(&text), "{text:?}");
        }
    }

    #[test]
    fn empty_text_has_no_signature() {
        assert!(signature("  ... ").is_none());
    }

    #[test]
    fn short_texts_fill_every_bin_from_their_own_shingles() {
        let s = signature("Talks resume in Vienna next week officials said")
            .unwrap_or_else(|| panic!("no signature"));
        // An empty slot would read 0xffff_ffff (a real value is that once
        // in four billion).
        assert!(s.0.iter().all(|&v| v != u32::MAX));
        // Six shingles fill at most six distinct bins; the rest are copies.
        let mut distinct = s.0.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert!(distinct.len() <= 6, "{}", distinct.len());
    }

    /// Texts built from numbered words, so the true Jaccard similarity of
    /// their shingle sets is known; the estimate must be close to it.
    #[test]
    fn estimates_follow_the_true_jaccard_similarity() {
        let text = |from: usize, to: usize| {
            (from..to)
                .map(|i| format!("w{i}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let shingles = |from: usize, to: usize| (to - from + 1).saturating_sub(SHINGLE);
        for (shared, extra) in [
            (2000, 0),
            (1500, 500),
            (1000, 1000),
            (600, 1400),
            (200, 1800),
        ] {
            // a = words 0..shared+extra, b = words extra..shared+2*extra:
            // they share the shingles of words extra..shared+extra.
            let (a, b) = (text(0, shared + extra), text(extra, shared + 2 * extra));
            let common = shingles(extra, shared + extra) as f64;
            let total = (2 * shingles(0, shared + extra)) as f64 - common;
            let truth = common / total;
            let (Some(sa), Some(sb)) = (signature(&a), signature(&b)) else {
                panic!("no signature")
            };
            let est = sa.similarity(&sb);
            assert!(
                (est - truth).abs() < 0.15,
                "true {truth:.2}, estimated {est:.2}"
            );
        }
    }
}
