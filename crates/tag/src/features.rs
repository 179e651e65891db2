//! Feature extraction shared by training and tagging.
//!
//! Every feature is a `u64` key: a template id mixed with one or two value
//! hashes. Words are hashed character by character while being normalised
//! (lower-cased, curly quotes folded to ASCII), so extracting features never
//! allocates a `String`. The per-token hashes are computed once per sentence
//! ([`TokenInfo`]) and the templates then only combine integers.

/// Bumped whenever the templates or the hashing change: a model trained with
/// another version would silently tag garbage, so loading checks it.
pub const FEATURE_VERSION: u32 = 1;

/// Number of features produced per token by [`features`].
pub const N_FEATURES: usize = 30;

/// Class id used for "no previous tag" (before the sentence start).
pub const START_CLASS: u8 = 255;

/// Class id used by the look-up features for "word not in the lexicon".
pub const NO_CLASS: u8 = 254;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Final avalanche step of SplitMix64; spreads the bits of combined keys so
/// the open-addressing tables can take the top bits as the slot index.
#[inline]
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[inline]
fn step(h: u64, c: char) -> u64 {
    (h ^ u64::from(u32::from(c))).wrapping_mul(FNV_PRIME)
}

/// Folds typographic variants onto the ASCII forms seen in the training data
/// (EWT is mostly ASCII web text; news uses curly quotes and apostrophes).
#[inline]
pub fn fold_char(c: char) -> char {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => '\'',
        '\u{2010}' | '\u{2011}' => '-',
        _ => c,
    }
}

#[inline]
fn lower(c: char) -> char {
    // Only the first char of the lowercase mapping: enough for a hash key and
    // keeps the loop allocation-free.
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

#[inline]
fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() || c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// Flag bits of [`TokenInfo::flags`].
mod flag {
    pub const INIT_CAP: u8 = 1;
    pub const ALL_CAPS: u8 = 2;
    pub const DIGIT: u8 = 4;
    pub const HYPHEN: u8 = 8;
    pub const PERIOD: u8 = 16;
    pub const FIRST: u8 = 32;
    pub const NO_ALNUM: u8 = 64;
}

/// Hashes of one token, computed once per sentence.
#[derive(Copy, Clone, Debug, Default)]
pub struct TokenInfo {
    /// Folded, case-sensitive form (tag dictionary key).
    pub exact: u64,
    /// Folded, lower-cased form.
    pub lower: u64,
    /// Lower-cased suffixes of 1..=4 chars (hashed from the end).
    pub suffix: [u64; 4],
    /// First char, case kept.
    pub prefix1: u64,
    /// First three chars, lower-cased.
    pub prefix3: u64,
    /// Word shape with runs capped at three (`Xxxx`, `X.X.`, `d.d`).
    pub shape: u64,
    /// Capitalisation, digit, hyphen and position flags.
    pub flags: u8,
    /// Most frequent class of the lower-cased form in training, or [`NO_CLASS`].
    pub mft: u8,
}

/// Hash of a folded, case-sensitive word: the tag dictionary key.
pub fn exact_key(word: &str) -> u64 {
    mix(word.chars().map(fold_char).fold(FNV_OFFSET, step) ^ 0x7a67)
}

/// Hash of a folded, lower-cased word: the most-frequent-tag lexicon key.
pub fn lower_key(word: &str) -> u64 {
    mix(word
        .chars()
        .map(|c| lower(fold_char(c)))
        .fold(FNV_OFFSET, step)
        ^ 0x10e3)
}

impl TokenInfo {
    /// Computes the hashes of `word`; `first` marks the sentence's first token.
    /// The `mft` field is left as [`NO_CLASS`]; the caller fills it from its lexicon.
    pub fn new(word: &str, first: bool) -> TokenInfo {
        let mut exact = FNV_OFFSET;
        let mut low = FNV_OFFSET;
        let mut shape = FNV_OFFSET;
        let mut prefix1 = FNV_OFFSET;
        let mut prefix3 = FNV_OFFSET;
        let mut last_class = '\0';
        let mut run = 0u32;
        let (mut n_chars, mut n_upper, mut n_letters) = (0u32, 0u32, 0u32);
        let mut flags = 0u8;
        let mut any_alnum = false;
        // The last four lower-cased chars, most recent last, for the suffixes.
        let mut tail = ['\0'; 4];
        for raw in word.chars() {
            let c = fold_char(raw);
            let lc = lower(c);
            exact = step(exact, c);
            low = step(low, lc);
            if n_chars == 0 {
                prefix1 = step(prefix1, c);
                if c.is_uppercase() {
                    flags |= flag::INIT_CAP;
                }
            }
            if n_chars < 3 {
                prefix3 = step(prefix3, lc);
            }
            let class = shape_class(c);
            if class == last_class {
                run += 1;
            } else {
                run = 1;
                last_class = class;
            }
            if run <= 3 {
                shape = step(shape, class);
            }
            if c.is_alphabetic() {
                n_letters += 1;
                any_alnum = true;
                if c.is_uppercase() {
                    n_upper += 1;
                }
            } else if c.is_numeric() {
                flags |= flag::DIGIT;
                any_alnum = true;
            } else if c == '-' {
                flags |= flag::HYPHEN;
            } else if c == '.' {
                flags |= flag::PERIOD;
            }
            tail = [tail[1], tail[2], tail[3], lc];
            n_chars += 1;
        }
        if n_letters > 1 && n_upper == n_letters {
            flags |= flag::ALL_CAPS;
        }
        if first {
            flags |= flag::FIRST;
        }
        if !any_alnum {
            flags |= flag::NO_ALNUM;
        }
        let mut suffix = [0u64; 4];
        let mut h = FNV_OFFSET;
        for (k, slot) in suffix.iter_mut().enumerate() {
            // Suffixes longer than the word collapse onto the whole word.
            if (k as u32) < n_chars {
                h = step(h, tail[3 - k]);
            }
            *slot = h;
        }
        TokenInfo {
            exact: mix(exact ^ 0x7a67),
            lower: mix(low ^ 0x10e3),
            suffix,
            prefix1,
            prefix3,
            shape,
            flags,
            mft: NO_CLASS,
        }
    }

    /// The padding token used for positions before the start or after the end.
    pub fn padding(after_end: bool) -> TokenInfo {
        let v = if after_end { 0xe11d } else { 0x57a7 };
        TokenInfo {
            exact: v,
            lower: v,
            suffix: [v; 4],
            prefix1: v,
            prefix3: v,
            shape: v,
            flags: 0,
            mft: NO_CLASS,
        }
    }
}

#[inline]
fn key(template: u64, a: u64, b: u64) -> u64 {
    // Never 0: the model's hash table uses 0 for empty slots.
    mix(template.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a ^ b.rotate_left(29)) | 1
}

/// Writes the feature keys of position `i` of `toks` into `out`.
///
/// `toks` is the sentence with two padding tokens on each side, so the word
/// at sentence position `i` is `toks[i + 2]`; `p1` and `p2` are the classes
/// predicted for the previous two words ([`START_CLASS`] at the start).
#[inline]
pub fn features(toks: &[TokenInfo], i: usize, p1: u8, p2: u8, out: &mut [u64; N_FEATURES]) {
    let pad = TokenInfo::padding(true);
    let at = |k: usize| toks.get(k).copied().unwrap_or(pad);
    let w = at(i + 2);
    let wm1 = at(i + 1);
    let wm2 = at(i);
    let wp1 = at(i + 3);
    let wp2 = at(i + 4);
    let p1 = u64::from(p1);
    let p2 = u64::from(p2);
    *out = [
        key(0, 0, 0),
        key(1, w.lower, 0),
        key(2, w.exact, 0),
        key(3, w.suffix[0], 0),
        key(4, w.suffix[1], 0),
        key(5, w.suffix[2], 0),
        key(6, w.suffix[3], 0),
        key(7, w.prefix1, 0),
        key(8, w.prefix3, 0),
        key(9, w.shape, 0),
        key(10, u64::from(w.flags), 0),
        key(11, p1, 0),
        key(12, p1, p2 << 8),
        key(13, p1, w.lower),
        key(14, wm1.lower, 0),
        key(15, wm1.suffix[2], 0),
        key(16, wm2.lower, 0),
        key(17, wp1.lower, 0),
        key(18, wp1.suffix[2], 0),
        key(19, wp2.lower, 0),
        key(20, u64::from(wp1.mft), 0),
        key(21, u64::from(wp2.mft), u64::from(wp1.mft) << 8),
        key(22, p2, 0),
        key(23, wp1.shape, 0),
        key(24, wm1.lower, w.lower),
        key(25, w.lower, wp1.lower),
        key(26, p1, w.suffix[2]),
        key(27, u64::from(w.flags), w.suffix[2]),
        key(28, p1, u64::from(wp1.mft)),
        key(29, wm1.shape, w.shape),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_case() {
        let a = TokenInfo::new("Don’t", false);
        let b = TokenInfo::new("don't", false);
        assert_eq!(a.lower, b.lower);
        assert_ne!(a.exact, b.exact);
        assert_eq!(a.lower, lower_key("DON'T"));
        assert_eq!(a.exact, exact_key("Don't"));
        assert_eq!(
            TokenInfo::new("“", false).exact,
            TokenInfo::new("\"", false).exact
        );
    }

    #[test]
    fn shapes_and_flags() {
        let us = TokenInfo::new("U.S.", false);
        let uk = TokenInfo::new("U.K.", false);
        assert_eq!(us.shape, uk.shape);
        assert!(us.flags & flag::PERIOD != 0 && us.flags & flag::ALL_CAPS != 0);
        let n = TokenInfo::new("3.5", true);
        assert_eq!(n.shape, TokenInfo::new("7.2", false).shape);
        assert!(n.flags & flag::DIGIT != 0 && n.flags & flag::FIRST != 0);
        let h = TokenInfo::new("Iran-backed", false);
        assert!(h.flags & flag::HYPHEN != 0 && h.flags & flag::INIT_CAP != 0);
        // Same suffix, different words.
        assert_eq!(
            TokenInfo::new("walked", false).suffix[2],
            TokenInfo::new("TALKED", false).suffix[2]
        );
        assert!(TokenInfo::new(",", false).flags & flag::NO_ALNUM != 0);
        // Empty input does not panic.
        let _ = TokenInfo::new("", false);
    }

    #[test]
    fn feature_keys_are_nonzero() {
        let toks = [
            TokenInfo::padding(false),
            TokenInfo::padding(false),
            TokenInfo::new("Hello", true),
            TokenInfo::padding(true),
            TokenInfo::padding(true),
        ];
        let mut out = [0u64; N_FEATURES];
        features(&toks, 0, START_CLASS, START_CLASS, &mut out);
        assert!(out.iter().all(|&k| k != 0));
    }
}
