//! The name matcher behind [`Kb::find_names`]: a byte trie over every
//! surface form, walked from word starts for the longest form that ends on
//! a word boundary.
//!
//! Matching is anchored, so the trie needs no failure links: building it
//! takes a few milliseconds where an Aho-Corasick automaton over the same
//! forms took about a tenth of a second, paid by the first article's entity
//! stage (and waited for by every other thread's first article).

use crate::{Kb, NameMatch};

#[derive(Debug, Clone, Copy)]
struct Node {
    /// The node's children are nodes `first_child..first_child + children`,
    /// in byte order.
    first_child: u32,
    /// The node's entry in [`Matcher::maps`], for a node with at least
    /// [`WIDE`] children; `NO_MAP` for the others.
    map: u32,
    children: u16,
    /// Whether some form ends here.
    accept: bool,
}

/// Nodes with this many children or more find a child by a bit map of
/// their children's bytes; the others read their short run of bytes.
const WIDE: usize = 6;

/// [`Node::map`] of a node without a bit map.
const NO_MAP: u32 = u32::MAX;

/// The bytes of a wide node's children as bits, with the number of
/// children in the bytes of bits before each: a child is found by one bit
/// test and a table's count of the bits below it in its byte of bits (its
/// rank among its siblings). One cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(64))]
struct ByteMap {
    bits: [u8; 32],
    before: [u8; 32],
}

/// The number of bits set in each byte value.
const ONES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).count_ones() as u8;
        b += 1;
    }
    t
};

impl ByteMap {
    fn of(bytes: &[u8]) -> ByteMap {
        let mut m = ByteMap::default();
        for &b in bytes {
            m.bits[usize::from(b >> 3)] |= 1 << (b & 7);
        }
        let mut n = 0u32;
        for w in 0..32 {
            m.before[w] = u8::try_from(n).unwrap_or(u8::MAX);
            n += m.bits[w].count_ones();
        }
        m
    }

    /// The rank of `byte` among the bytes, if it is one of them.
    fn rank(&self, byte: u8) -> Option<usize> {
        let w = usize::from(byte >> 3);
        let bit = 1u8 << (byte & 7);
        let word = self.bits[w];
        (word & bit != 0)
            .then(|| usize::from(self.before[w]) + usize::from(ONES[usize::from(word & (bit - 1))]))
    }
}

#[derive(Debug)]
pub(crate) struct Matcher {
    /// Node 0 is the root.
    nodes: Vec<Node>,
    /// The bit maps of the nodes with [`WIDE`] children or more.
    maps: Vec<ByteMap>,
    /// The byte leading to each node from its parent: siblings' bytes sit
    /// side by side, so finding a child reads one short run.
    label: Vec<u8>,
    /// What the first two bytes at a position tell, by `b0 << 8 | b1`:
    /// [`NO_FORM`] (no form starts so: the trie is skipped), [`WALK`], or
    /// [`LOWER`] (only forms starting with a small letter and at least
    /// [`LOWER_KEY`] bytes long do: [`Matcher::lower_keys`] tells first).
    /// A one-byte form makes every pair it starts a walk.
    pairs: Vec<u8>,
    /// Whether a one-byte form is this byte.
    singles: [bool; 256],
    /// For the few forms that start with a small ASCII letter ("al-Qaeda",
    /// "de Mistura", "the Islamic State"): bit set over a hash of their
    /// first [`LOWER_KEY`] bytes ([`lower_bit`]). Words such as "the",
    /// "also" or "level" start no form, and their walks would go on for
    /// bytes before failing.
    lower_keys: Vec<u64>,
    /// The root's child by byte (0, the root, for none): every walk starts
    /// there, and the root has by far the most children.
    root: [u32; 256],
    /// The node two bytes down by those two bytes (`b0 << 8 | b1`; 0 for
    /// none): the root's children have the longest runs of children, which
    /// a walk would otherwise scan at nearly every word start.
    second: Vec<u32>,
}

impl Matcher {
    /// Builds the trie over every surface form of `kb`: from the sorted
    /// forms, the forms under one node are a run of them, and its
    /// children the runs that share the next byte.
    pub(crate) fn build(kb: &Kb) -> Matcher {
        let mut forms: Vec<&[u8]> = kb
            .surfaces
            .keys()
            .map(String::as_bytes)
            .filter(|f| !f.is_empty())
            .collect();
        forms.sort_unstable();
        let mut pairs = vec![NO_FORM; 1 << 16];
        let mut singles = [false; 256];
        let mut lower_keys = vec![0u64; 1 << (LOWER_BITS - 6)];
        for f in &forms {
            match **f {
                [b0, b1, ..] => {
                    let i = usize::from(b0) << 8 | usize::from(b1);
                    match f.get(..LOWER_KEY).filter(|_| b0.is_ascii_lowercase()) {
                        Some(key) => {
                            let k = lower_bit(key);
                            lower_keys[k / 64] |= 1 << (k % 64);
                            if pairs[i] == NO_FORM {
                                pairs[i] = LOWER;
                            }
                        }
                        None => pairs[i] = WALK,
                    }
                }
                [b0] => {
                    singles[usize::from(b0)] = true;
                    pairs[usize::from(b0) << 8..(usize::from(b0) + 1) << 8].fill(WALK);
                }
                [] => {}
            }
        }
        let mut nodes = vec![Node {
            first_child: 0,
            map: NO_MAP,
            children: 0,
            accept: false,
        }];
        let mut label = vec![0u8];
        // (node, its forms, their common length)
        let mut todo = vec![(0usize, 0..forms.len(), 0usize)];
        while let Some((node, run, depth)) = todo.pop() {
            let mut i = run.start;
            // Sorted first: the form that ends here.
            if forms.get(i).is_some_and(|f| f.len() == depth) {
                nodes[node].accept = true;
                i += 1;
            }
            let first = nodes.len();
            while i < run.end {
                let b = forms[i][depth];
                let j = i + forms[i..run.end].partition_point(|f| f[depth] == b);
                todo.push((nodes.len(), i..j, depth + 1));
                nodes.push(Node {
                    first_child: 0,
                    map: NO_MAP,
                    children: 0,
                    accept: false,
                });
                label.push(b);
                i = j;
            }
            nodes[node].first_child = u32::try_from(first).expect("fewer than 4G trie nodes");
            nodes[node].children =
                u16::try_from(nodes.len() - first).expect("at most 256 children");
        }
        let mut maps = Vec::new();
        for n in &mut nodes {
            let first = n.first_child as usize;
            let children = usize::from(n.children);
            if children >= WIDE {
                if let Ok(i) = u32::try_from(maps.len()) {
                    n.map = i;
                    maps.push(ByteMap::of(&label[first..first + children]));
                }
            }
        }
        let mut root = [0u32; 256];
        let first = nodes[0].first_child as usize;
        for c in first..first + usize::from(nodes[0].children) {
            root[usize::from(label[c])] = u32::try_from(c).expect("fewer than 4G trie nodes");
        }
        let mut second = vec![0u32; 1 << 16];
        for (b0, &n1) in root.iter().enumerate() {
            if n1 == 0 {
                continue;
            }
            let n = nodes[n1 as usize];
            let first = n.first_child as usize;
            for c in first..first + usize::from(n.children) {
                second[b0 << 8 | usize::from(label[c])] =
                    u32::try_from(c).expect("fewer than 4G trie nodes");
            }
        }
        Matcher {
            nodes,
            maps,
            label,
            pairs,
            singles,
            lower_keys,
            root,
            second,
        }
    }

    /// The child of `node` by `byte`.
    fn child(&self, node: usize, byte: u8) -> Option<usize> {
        let n = self.nodes[node];
        let first = n.first_child as usize;
        if let Some(m) = self.maps.get(n.map as usize) {
            return m.rank(byte).map(|i| first + i);
        }
        let run = &self.label[first..first + usize::from(n.children)];
        run.iter().position(|&b| b == byte).map(|i| first + i)
    }

    pub(crate) fn find<'k>(&self, kb: &'k Kb, text: &str) -> Vec<NameMatch<'k>> {
        // About one name per hundred bytes of news text: sized so the vector
        // seldom grows (each growth copies it).
        let mut out = Vec::with_capacity(text.len() / 128);
        let bytes = text.as_bytes();
        let mut pos = 0;
        // Whether the character before `pos` is a letter or digit: a name
        // only starts where a word does, so only there, and only where a
        // form starts with the next two bytes, is the trie walked. That
        // finds what an unanchored leftmost-longest scan keeps, without
        // walking it through every byte of every word.
        let mut in_word = false;
        'scan: while pos < bytes.len() {
            // A block of bytes at a time while they are ASCII: a bit mask
            // of their letters and digits gives at once the positions with
            // none before them, the only ones a name may start at (most of
            // the text is inside words, which are never looked at).
            if let Some(block) = bytes.get(pos..pos + BLOCK) {
                let mut alnum = 0u32;
                let mut high = 0u32;
                for (k, chunk) in block.chunks_exact(8).enumerate() {
                    let mut word = [0u8; 8];
                    word.copy_from_slice(chunk);
                    let x = u64::from_le_bytes(word);
                    alnum |= alnum_bits(x) << (8 * k);
                    high |= gather(x & HIGH) << (8 * k);
                }
                // The ASCII bytes before the first other one.
                let n = high.trailing_zeros() as usize;
                if n > 0 {
                    let valid = (1u64 << n) - 1;
                    let mut starts = !(u64::from(alnum) << 1 | u64::from(in_word)) & valid;
                    while starts != 0 {
                        let p = pos + starts.trailing_zeros() as usize;
                        if self.may_start(bytes, p) {
                            if let Some(end) = self.longest_at(text, p) {
                                self.push_match(kb, text, p, end, &mut out);
                                in_word = text[..end]
                                    .chars()
                                    .next_back()
                                    .is_some_and(char::is_alphanumeric);
                                pos = end;
                                continue 'scan;
                            }
                        }
                        starts &= starts - 1;
                    }
                    in_word = alnum >> (n - 1) & 1 == 1;
                    pos += n;
                    continue;
                }
            }
            // A character other than ASCII, or one of the last bytes.
            if !in_word && self.may_start(bytes, pos) {
                if let Some(end) = self.longest_at(text, pos) {
                    self.push_match(kb, text, pos, end, &mut out);
                    in_word = text[..end]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                    pos = end;
                    continue;
                }
            }
            let b = bytes[pos];
            if b.is_ascii() {
                in_word = ASCII_ALNUM[usize::from(b)];
                pos += 1;
            } else {
                let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                in_word = c.is_alphanumeric();
                pos += c.len_utf8();
            }
        }
        out
    }

    /// Adds the form at `start..end` with its targets.
    fn push_match<'k>(
        &self,
        kb: &'k Kb,
        text: &str,
        start: usize,
        end: usize,
        out: &mut Vec<NameMatch<'k>>,
    ) {
        let targets = kb.lookup(&text[start..end]);
        let weak = !targets.is_empty() && targets.iter().all(|&t| kb.is_weak(t));
        out.push(NameMatch {
            start,
            end,
            targets,
            weak,
        });
    }

    /// Whether some form starts with the bytes at `pos`.
    fn may_start(&self, bytes: &[u8], pos: usize) -> bool {
        match (bytes.get(pos), bytes.get(pos + 1)) {
            (Some(&b0), Some(&b1)) => {
                match self.pairs[usize::from(b0) << 8 | usize::from(b1)] {
                    NO_FORM => false,
                    WALK => true,
                    // Only long forms starting with a small letter: the
                    // first bytes must be one's.
                    _ => bytes.get(pos..pos + LOWER_KEY).is_some_and(|key| {
                        let k = lower_bit(key);
                        self.lower_keys[k / 64] >> (k % 64) & 1 == 1
                    }),
                }
            }
            (Some(&b0), None) => self.singles[usize::from(b0)],
            _ => false,
        }
    }

    /// The end of the longest form starting at `start` that ends on a word
    /// boundary.
    fn longest_at(&self, text: &str, start: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        // Node 0, the root, is nobody's child: it ends the walk.
        let b0 = *bytes.get(start)?;
        let first = self.root[usize::from(b0)] as usize;
        if first == 0 {
            return None;
        }
        // The caller starts walks only where no letter or digit comes
        // before, so only the end of a form needs testing.
        debug_assert!(
            text.is_char_boundary(start)
                && !text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        );
        let mut best = None;
        if self.nodes[first].accept && ends_word(text, start + 1) {
            best = Some(start + 1);
        }
        let Some(&b1) = bytes.get(start + 1) else {
            return best;
        };
        let mut node = self.second[usize::from(b0) << 8 | usize::from(b1)] as usize;
        let mut end = start + 2;
        while node != 0 {
            if self.nodes[node].accept && ends_word(text, end) {
                best = Some(end);
            }
            let Some(&b) = bytes.get(end) else {
                break;
            };
            node = self.child(node, b).unwrap_or(0);
            end += 1;
        }
        best
    }
}

/// [`Matcher::pairs`]: no form starts with the two bytes.
const NO_FORM: u8 = 0;
/// [`Matcher::pairs`]: walk the trie.
const WALK: u8 = 1;
/// [`Matcher::pairs`]: test [`Matcher::lower_keys`] first.
const LOWER: u8 = 2;

/// How many first bytes of a form starting with a small letter
/// [`Matcher::lower_keys`] holds: five tell "the Islamic State" from
/// "the president".
const LOWER_KEY: usize = 5;

/// Bits in [`Matcher::lower_keys`] (8 KiB for about 150 forms).
const LOWER_BITS: u32 = 16;

/// The bit of a form's first [`LOWER_KEY`] bytes in [`Matcher::lower_keys`].
fn lower_bit(key: &[u8]) -> usize {
    let k = key.iter().fold(0u64, |h, &b| h << 8 | u64::from(b));
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - LOWER_BITS)) as usize
}

/// Whether a byte is an ASCII letter or digit, by table: one load per byte
/// in the scan through words.
const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The high bit of each of eight bytes.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Bytes [`Matcher::find`] reads at a time (four words of eight).
const BLOCK: usize = 32;

/// The high bits of eight bytes (little-endian in `x`, other bits clear)
/// as the low eight bits (bit `i` for byte `i`): bit 7 of byte `i` lands
/// on bit 56 + `i` of the product, which no other partial product reaches.
fn gather(x: u64) -> u32 {
    ((x >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
}

/// Which of eight ASCII bytes (little-endian in `x`) are letters or
/// digits, as the low eight bits (bit `i` for byte `i`); bytes at or above
/// 0x80 are none.
fn alnum_bits(x: u64) -> u32 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Each byte's high bit set when the byte is at least (more than) a
    // bound: the sums never carry into the next byte, as every byte is
    // below 0x80 once its high bit is masked off.
    let at_least = |x: u64, lo: u8| x + (0x80 - u64::from(lo)) * ONES;
    let above = |x: u64, hi: u8| x + (0x7f - u64::from(hi)) * ONES;
    let low = x & !HIGH;
    let digit = at_least(low, b'0') & !above(low, b'9');
    // A letter of either case: setting 0x20 maps capitals onto small
    // letters and nothing else onto them.
    let folded = low | (0x20 * ONES);
    let letter = at_least(folded, b'a') & !above(folded, b'z');
    gather((digit | letter) & !x & HIGH)
}

/// Whether a word may end at byte `end`: a character boundary with no
/// letter or digit after it. An ASCII byte after it is read by table.
fn ends_word(text: &str, end: usize) -> bool {
    match text.as_bytes().get(end) {
        None => end == text.len(),
        Some(&b) if b.is_ascii() => !ASCII_ALNUM[usize::from(b)],
        Some(_) => {
            text.is_char_boundary(end)
                && !text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{alnum_bits, Matcher, ASCII_ALNUM};
    use crate::{Kb, NameMatch};

    /// The scan one character at a time, as the masks must find it.
    fn slow_find<'k>(m: &Matcher, kb: &'k Kb, text: &str) -> Vec<NameMatch<'k>> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut pos = 0;
        let mut in_word = false;
        while pos < bytes.len() {
            if !in_word && m.may_start(bytes, pos) {
                if let Some(end) = m.longest_at(text, pos) {
                    m.push_match(kb, text, pos, end, &mut out);
                    in_word = text[..end]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                    pos = end;
                    continue;
                }
            }
            let Some(c) = text[pos..].chars().next() else {
                break;
            };
            in_word = c.is_alphanumeric();
            pos += c.len_utf8();
        }
        out
    }

    /// Forms that start with a small letter are still found behind the
    /// filter on their first bytes, and nowhere else.
    #[test]
    fn forms_starting_small_are_found() {
        let kb = crate::Kb::global().expect("knowledge base");
        let text = "They fought the Islamic State and the islamic militants; al-Qaeda too.";
        let found: Vec<&str> = kb
            .find_names(text)
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect();
        assert!(found.contains(&"the Islamic State"), "{found:?}");
        assert!(found.contains(&"al-Qaeda"), "{found:?}");
        assert!(
            !found.iter().any(|f| f.starts_with("the islamic")),
            "{found:?}"
        );
    }

    /// The scan by eight-byte masks finds what the scan by characters
    /// does, around non-ASCII characters, punctuation and the text's end.
    #[test]
    fn mask_scan_is_the_character_scan() {
        let kb = crate::Kb::global().expect("knowledge base");
        let m = Matcher::build(kb);
        let texts = [
            "Officials in Paris and London met the United Nations envoy on Monday.",
            "(Reuters) - The European Union's foreign ministers, in Brussels, said.",
            "Ni\u{f1}o and S\u{e3}o Paulo; \u{201c}Germany\u{201d} \u{2019}s France\u{2019}s Iran",
            "\u{e9}Paris \u{e9} Paris Paris\u{e9} Paris-based U.S.-led UN's (UN) [EU] \"NATO\"",
            "al-Qaeda, the Islamic State and Hezbollah.\nMoscow\n\nKiev",
            "A",
            "",
            "Berlin",
            "x Berlin",
            "1Berlin Berlin2 _Berlin Berlin_ London",
        ];
        for t in texts {
            // Every suffix, so that the eight-byte windows fall everywhere.
            for (i, _) in t.char_indices() {
                let text = &t[i..];
                let fast: Vec<(usize, usize)> =
                    m.find(kb, text).iter().map(|n| (n.start, n.end)).collect();
                let slow: Vec<(usize, usize)> = slow_find(&m, kb, text)
                    .iter()
                    .map(|n| (n.start, n.end))
                    .collect();
                assert_eq!(fast, slow, "{text:?}");
            }
        }
    }

    #[test]
    fn alnum_bits_read_every_byte() {
        for b in 0..128u8 {
            for i in 0..8 {
                let mut w = *b"a-b c(d)";
                w[i] = b;
                let bits = alnum_bits(u64::from_le_bytes(w));
                for (j, &c) in w.iter().enumerate() {
                    assert_eq!(
                        bits >> j & 1 == 1,
                        ASCII_ALNUM[usize::from(c)],
                        "{w:?} at {j}"
                    );
                }
                assert_eq!(bits >> 8, 0);
            }
        }
    }
}
