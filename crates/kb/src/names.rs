//! The name matcher behind [`Kb::find_names`]: a byte trie over every
//! surface form, walked from word starts for the longest form that ends on
//! a word boundary.
//!
//! Matching is anchored, so the trie needs no failure links: building it
//! takes a few milliseconds where an Aho-Corasick automaton over the same
//! forms took about a tenth of a second, paid by the first article's entity
//! stage (and waited for by every other thread's first article).

use crate::{Kb, NameMatch, Target};

/// A trie node, twelve bytes: a node's children are side by side and
/// carry their own bytes, so that finding a child reads one short run of
/// nodes and lands on the child read (where a separate array of bytes took
/// one read for the run and one for the child).
#[derive(Debug, Clone, Copy)]
struct Node {
    /// The node's children are nodes `first_child..first_child + children`,
    /// in byte order.
    first_child: u32,
    /// The form that ends here, as an index into [`Matcher::forms`];
    /// `NO_FORM_HERE` when none does.
    form: u32,
    /// The node's entry in [`Matcher::maps`], for a node with at least
    /// [`WIDE`] children; `NO_MAP` for the others.
    map: u16,
    /// The number of children of a node without a bit map (a node with
    /// one finds its children through it).
    children: u8,
    /// The byte leading to the node from its parent.
    label: u8,
}

impl Node {
    const EMPTY: Node = Node {
        first_child: 0,
        form: NO_FORM_HERE,
        map: NO_MAP,
        children: 0,
        label: 0,
    };

    /// Whether some form ends here.
    fn accepts(self) -> bool {
        self.form != NO_FORM_HERE
    }
}

/// [`Node::form`] of a node where no form ends.
const NO_FORM_HERE: u32 = u32::MAX;

/// A surface form's targets in [`Matcher::targets`], and whether they are
/// all weak city names: read off the trie's node where the form ends, so
/// that a match is not hashed again into the knowledge base's map (whose
/// keys and target lists sit in separate heap blocks).
#[derive(Debug, Clone, Copy)]
struct Form {
    start: u32,
    len: u32,
    weak: bool,
}

/// Nodes with this many children or more find a child by a bit map of
/// their children's bytes; the others read their short run of bytes.
const WIDE: usize = 6;

/// [`Node::map`] of a node without a bit map.
const NO_MAP: u16 = u16::MAX;

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
    /// Every surface form's targets, by [`Node::form`].
    forms: Vec<Form>,
    /// The targets of all forms, each form's side by side.
    targets: Vec<Target>,
    /// What the first two bytes at a position tell, two bits for each
    /// `b0 << 8 | b1` (16 KiB, where a byte each took 64):
    /// [`NO_FORM`] (no form starts so: the trie is skipped), [`WALK`], or
    /// [`LOWER`] (only forms starting with a small letter and at least
    /// [`LOWER_KEY`] bytes long do: [`Matcher::lower_keys`] tells first).
    /// A one-byte form makes every pair it starts a walk.
    pairs: Box<[u64; PAIR_WORDS]>,
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
    second: Box<[u32; 1 << 16]>,
}

/// Sets the two bits of pair `i` in [`Matcher::pairs`].
fn set_pair(pairs: &mut [u64; PAIR_WORDS], i: usize, v: u8) {
    let shift = (i % 32) * 2;
    pairs[i / 32] = pairs[i / 32] & !(3 << shift) | u64::from(v) << shift;
}

/// The two bits of pair `i` in [`Matcher::pairs`].
fn pair(pairs: &[u64; PAIR_WORDS], i: usize) -> u8 {
    (pairs[i / 32] >> ((i % 32) * 2) & 3) as u8
}

/// One node's children, made from the run of sorted forms under it:
/// marks the node accepting if a form ends there, appends its children
/// (the runs that share the next byte) and adds them with their runs to
/// `todo`.
fn expand(
    nodes: &mut Vec<Node>,
    maps: &mut Vec<ByteMap>,
    forms: &[(&[u8], u32)],
    (node, run, depth): (usize, std::ops::Range<usize>, usize),
    todo: &mut Vec<(usize, std::ops::Range<usize>, usize)>,
) {
    let mut i = run.start;
    // Sorted first: the form that ends here.
    if forms.get(i).is_some_and(|f| f.0.len() == depth) {
        nodes[node].form = forms[i].1;
        i += 1;
    }
    let first = nodes.len();
    while i < run.end {
        let b = forms[i].0[depth];
        let j = i + forms[i..run.end].partition_point(|f| f.0[depth] == b);
        todo.push((nodes.len(), i..j, depth + 1));
        nodes.push(Node {
            label: b,
            ..Node::EMPTY
        });
        i = j;
    }
    nodes[node].first_child = u32::try_from(first).expect("fewer than 4G trie nodes");
    let children = &nodes[first..];
    if children.len() >= WIDE {
        let mut labels = [0u8; 256];
        for (l, c) in labels.iter_mut().zip(children) {
            *l = c.label;
        }
        let labels = &labels[..children.len()];
        nodes[node].map = u16::try_from(maps.len())
            .ok()
            .filter(|&m| m != NO_MAP)
            .expect("fewer than 65535 wide trie nodes");
        maps.push(ByteMap::of(labels));
    } else {
        // A wide node finds its children through its bit map: only a
        // narrow one's count is read.
        nodes[node].children = u8::try_from(children.len()).unwrap_or(u8::MAX);
    }
}

impl Matcher {
    /// Builds the trie over every surface form of `kb`: from the sorted
    /// forms, the forms under one node are a run of them, and its
    /// children the runs that share the next byte.
    pub(crate) fn build(kb: &Kb) -> Matcher {
        // Each form's bytes read out of its `String` once, so that sorting
        // compares slices rather than reaching through the map's keys.
        let mut sorted: Vec<(&[u8], &[Target])> = kb
            .surfaces
            .iter()
            .map(|(f, ts)| (f.as_bytes(), ts.as_slice()))
            .filter(|(f, _)| !f.is_empty())
            .collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut targets = Vec::new();
        let mut table = Vec::with_capacity(sorted.len());
        for (_, ts) in &sorted {
            table.push(Form {
                start: u32::try_from(targets.len()).expect("fewer than 4G targets"),
                len: u32::try_from(ts.len()).expect("fewer than 4G targets"),
                weak: !ts.is_empty() && ts.iter().all(|&t| kb.is_weak(t)),
            });
            targets.extend_from_slice(ts);
        }
        let forms: Vec<(&[u8], u32)> = sorted
            .iter()
            .enumerate()
            .map(|(i, &(f, _))| (f, u32::try_from(i).expect("fewer than 4G forms")))
            .collect();
        let mut pairs = Box::new([0u64; PAIR_WORDS]);
        let mut singles = [false; 256];
        let mut lower_keys = vec![0u64; 1 << (LOWER_BITS - 6)];
        for (f, _) in &forms {
            match **f {
                [b0, b1, ..] => {
                    let i = usize::from(b0) << 8 | usize::from(b1);
                    match f.get(..LOWER_KEY).filter(|_| b0.is_ascii_lowercase()) {
                        Some(key) => {
                            let k = lower_bit(key);
                            lower_keys[k / 64] |= 1 << (k % 64);
                            if pair(&pairs, i) == NO_FORM {
                                set_pair(&mut pairs, i, LOWER);
                            }
                        }
                        None => set_pair(&mut pairs, i, WALK),
                    }
                }
                [b0] => {
                    singles[usize::from(b0)] = true;
                    for b1 in 0..256 {
                        set_pair(&mut pairs, usize::from(b0) << 8 | b1, WALK);
                    }
                }
                [] => {}
            }
        }
        let mut nodes = vec![Node::EMPTY];
        let mut maps = Vec::new();
        // Depth first, (node, its forms, their common length): a node's
        // last child's subtree follows its children, so that the long single
        // paths of names lie in order. (Laying the first levels out level
        // by level instead, so that the nodes most walks pass sit together,
        // missed the caches more often: with the trie evicted between
        // articles, as in the pipeline, a walk's later levels count more.)
        let mut todo = vec![(0usize, 0..forms.len(), 0usize)];
        while let Some(next) = todo.pop() {
            expand(&mut nodes, &mut maps, &forms, next, &mut todo);
        }
        let mut root = [0u32; 256];
        let n0 = nodes[0];
        let root_children = match maps.get(usize::from(n0.map)) {
            Some(m) => usize::from(m.before[31]) + m.bits[31].count_ones() as usize,
            None => usize::from(n0.children),
        };
        let first = n0.first_child as usize;
        for c in first..first + root_children {
            root[usize::from(nodes[c].label)] = u32::try_from(c).expect("fewer than 4G trie nodes");
        }
        let mut second = Box::new([0u32; 1 << 16]);
        for b0 in 0..256usize {
            let n1 = root[b0] as usize;
            if n1 == 0 {
                continue;
            }
            for b1 in 0..=255u8 {
                if let Some(c) = Self::child_of(&nodes, &maps, n1, b1) {
                    second[b0 << 8 | usize::from(b1)] =
                        u32::try_from(c).expect("fewer than 4G trie nodes");
                }
            }
        }
        Matcher {
            nodes,
            maps,
            forms: table,
            targets,
            pairs,
            singles,
            lower_keys,
            root,
            second,
        }
    }

    /// The child of `node` by `byte`.
    fn child(&self, node: usize, byte: u8) -> Option<usize> {
        Self::child_of(&self.nodes, &self.maps, node, byte)
    }

    fn child_of(nodes: &[Node], maps: &[ByteMap], node: usize, byte: u8) -> Option<usize> {
        let n = nodes[node];
        let first = n.first_child as usize;
        if let Some(m) = maps.get(usize::from(n.map)) {
            return m.rank(byte).map(|i| first + i);
        }
        let run = &nodes[first..first + usize::from(n.children)];
        run.iter().position(|c| c.label == byte).map(|i| first + i)
    }

    pub(crate) fn find(&self, text: &str) -> Vec<NameMatch<'_>> {
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
                let (alnum, high) = block_masks(block);
                // The ASCII bytes before the first other one: all of them
                // when no high bit is set (most blocks of news text).
                let n = high.trailing_zeros() as usize;
                if n > 0 {
                    let valid = (1u64 << n) - 1;
                    let mut starts = !(u64::from(alnum) << 1 | u64::from(in_word)) & valid;
                    while starts != 0 {
                        let p = pos + starts.trailing_zeros() as usize;
                        if self.may_start(bytes, p) {
                            if let Some((end, form)) = self.longest_at(text, p) {
                                self.push_match(p, end, form, &mut out);
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
                if let Some((end, form)) = self.longest_at(text, pos) {
                    self.push_match(pos, end, form, &mut out);
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
            } else if let Some(n) = no_alnum_len(&bytes[pos..]) {
                // The typographic quotes, dashes and spaces of news text,
                // without decoding them and asking Unicode's tables.
                in_word = false;
                pos += n;
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

    /// Adds the form at `start..end`, the trie's form `form`, with its
    /// targets.
    fn push_match<'k>(&'k self, start: usize, end: usize, form: u32, out: &mut Vec<NameMatch<'k>>) {
        let f = self.forms[form as usize];
        let first = f.start as usize;
        out.push(NameMatch {
            start,
            end,
            targets: &self.targets[first..first + f.len as usize],
            weak: f.weak,
        });
    }

    /// Whether some form starts with the bytes at `pos`.
    fn may_start(&self, bytes: &[u8], pos: usize) -> bool {
        match (bytes.get(pos), bytes.get(pos + 1)) {
            (Some(&b0), Some(&b1)) => {
                match pair(&self.pairs, usize::from(b0) << 8 | usize::from(b1)) {
                    NO_FORM => false,
                    WALK => true,
                    // Only long forms starting with a small letter: the
                    // first bytes must be one's.
                    _ => {
                        // Eight bytes read at once where there are eight:
                        // the first five, most significant first, are the
                        // key `lower_bit` folds byte by byte.
                        let k = match bytes.get(pos..pos + 8) {
                            Some(eight) => {
                                let mut w = [0u8; 8];
                                w.copy_from_slice(eight);
                                lower_bit_of(u64::from_be_bytes(w) >> (8 * (8 - LOWER_KEY)))
                            }
                            None => match bytes.get(pos..pos + LOWER_KEY) {
                                Some(key) => lower_bit(key),
                                None => return false,
                            },
                        };
                        self.lower_keys[k / 64] >> (k % 64) & 1 == 1
                    }
                }
            }
            (Some(&b0), None) => self.singles[usize::from(b0)],
            _ => false,
        }
    }

    /// The end of the longest form starting at `start` that ends on a word
    /// boundary, and the form.
    #[inline(always)]
    fn longest_at(&self, text: &str, start: usize) -> Option<(usize, u32)> {
        let bytes = text.as_bytes();
        // Node 0, the root, is nobody's child: it ends the walk.
        let b0 = *bytes.get(start)?;
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
        // A one-byte form ends at the root's child: its node is read only
        // when there is one (a byte no form starts with has no second
        // node either, so the walk below ends at once).
        if self.singles[usize::from(b0)] {
            let n1 = self.nodes[self.root[usize::from(b0)] as usize];
            if n1.accepts() && ends_word(text, start + 1) {
                best = Some((start + 1, n1.form));
            }
        }
        let Some(&b1) = bytes.get(start + 1) else {
            return best;
        };
        let mut node = self.second[usize::from(b0) << 8 | usize::from(b1)] as usize;
        let mut end = start + 2;
        while node != 0 {
            let n = self.nodes[node];
            if n.accepts() && ends_word(text, end) {
                best = Some((end, n.form));
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

/// The length of the character opening `bytes` when it is one of the
/// common non-ASCII characters that are neither letters nor digits: the
/// General Punctuation block's first 64 (U+2000 to U+203F: spaces,
/// dashes, quotation marks, the ellipsis, all encoded E2 80 xx) and the
/// no-break space (C2 A0).
fn no_alnum_len(bytes: &[u8]) -> Option<usize> {
    match bytes {
        [0xE2, 0x80, 0x80..=0xBF, ..] => Some(3),
        [0xC2, 0xA0, ..] => Some(2),
        _ => None,
    }
}

/// The words of [`Matcher::pairs`]: two bits for each of the 65,536 pairs
/// of bytes (a fixed size, so that indexing it needs no bounds check).
const PAIR_WORDS: usize = (1 << 16) / 32;

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

/// Bits in [`Matcher::lower_keys`] (1 KiB for about 150 forms, one in
/// about fifty bits set: a word passing by chance walks a few bytes into
/// the trie; a larger table missed the caches more often).
const LOWER_BITS: u32 = 13;

/// The bit of a form's first [`LOWER_KEY`] bytes in [`Matcher::lower_keys`].
fn lower_bit(key: &[u8]) -> usize {
    lower_bit_of(key.iter().fold(0u64, |h, &b| h << 8 | u64::from(b)))
}

/// [`lower_bit`] of the key's bytes folded into one number, the first
/// most significant.
fn lower_bit_of(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - LOWER_BITS)) as usize
}

/// Which of a block's [`BLOCK`] bytes are ASCII letters or digits, and
/// which have their high bit set (bytes of characters other than ASCII),
/// as bit masks (bit `i` for byte `i`): sixteen bytes compared at once
/// (SSE2 on every x86-64 processor, through the safe `wide` crate).
#[inline(always)]
fn block_masks(block: &[u8]) -> (u32, u32) {
    use wide::i8x16;
    let mut alnum = 0u32;
    let mut high = 0u32;
    for (half, chunk) in block.chunks_exact(16).enumerate() {
        let mut v = [0u8; 16];
        v.copy_from_slice(chunk);
        let x = i8x16::new(v.map(|b| b as i8));
        // Bytes compare as signed: those at or above 0x80 are negative,
        // below every bound, and stay so with 0x20 set.
        let digit =
            x.simd_gt(i8x16::splat(b'0' as i8 - 1)) & x.simd_lt(i8x16::splat(b'9' as i8 + 1));
        // A letter of either case: setting 0x20 maps capitals onto small
        // letters and nothing else onto them.
        let folded = x | i8x16::splat(0x20);
        let letter = folded.simd_gt(i8x16::splat(b'a' as i8 - 1))
            & folded.simd_lt(i8x16::splat(b'z' as i8 + 1));
        alnum |= ((digit | letter).to_bitmask() & 0xffff) << (16 * half);
        high |= (x.to_bitmask() & 0xffff) << (16 * half);
    }
    (alnum, high)
}

/// [`block_masks`] eight bytes to a 64-bit word (the high bits gathered
/// only when one of the words has one).
#[cfg(test)]
fn block_masks_swar(block: &[u8]) -> (u32, u32) {
    let mut alnum = 0u32;
    let mut words = [0u64; BLOCK / 8];
    for (k, chunk) in block.chunks_exact(8).enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        words[k] = x;
        alnum |= alnum_bits(x) << (8 * k);
    }
    let high = if words.iter().fold(0, |a, &x| a | x) & HIGH == 0 {
        0
    } else {
        let mut high = 0u32;
        for (k, &x) in words.iter().enumerate() {
            high |= gather(x & HIGH) << (8 * k);
        }
        high
    };
    (alnum, high)
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
#[cfg(test)]
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Bytes [`Matcher::find`] reads at a time (four words of eight).
const BLOCK: usize = 32;

/// The high bits of eight bytes (little-endian in `x`, other bits clear)
/// as the low eight bits (bit `i` for byte `i`): bit 7 of byte `i` lands
/// on bit 56 + `i` of the product, which no other partial product reaches.
#[cfg(test)]
fn gather(x: u64) -> u32 {
    ((x >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
}

/// Which of eight ASCII bytes (little-endian in `x`) are letters or
/// digits, as the low eight bits (bit `i` for byte `i`); bytes at or above
/// 0x80 are none.
#[cfg(test)]
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
#[inline(always)]
fn ends_word(text: &str, end: usize) -> bool {
    match text.as_bytes().get(end) {
        None => end == text.len(),
        Some(&b) if b.is_ascii() => !ASCII_ALNUM[usize::from(b)],
        // "Iran’s": a quotation mark or dash ends the word.
        Some(_) if no_alnum_len(&text.as_bytes()[end..]).is_some() => true,
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
    #[test]
    fn lower_bit_of_eight_bytes_is_that_of_the_first_five() {
        let text = b"the Islamic State";
        for p in 0..text.len() - 8 {
            let mut w = [0u8; 8];
            w.copy_from_slice(&text[p..p + 8]);
            assert_eq!(
                super::lower_bit_of(u64::from_be_bytes(w) >> (8 * (8 - super::LOWER_KEY))),
                super::lower_bit(&text[p..p + super::LOWER_KEY])
            );
        }
    }

    #[test]
    fn no_alnum_len_takes_only_characters_that_are_no_letter_or_digit() {
        for c in (0x80..0x3000).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            if let Some(n) = super::no_alnum_len(s.as_bytes()) {
                assert_eq!(n, s.len(), "{c:?}");
                assert!(!c.is_alphanumeric(), "{c:?}");
            }
        }
        assert_eq!(super::no_alnum_len("\u{2019}s".as_bytes()), Some(3));
        assert_eq!(super::no_alnum_len("\u{a0}".as_bytes()), Some(2));
        assert_eq!(super::no_alnum_len("\u{e9}".as_bytes()), None);
    }

    use super::{alnum_bits, block_masks, block_masks_swar, Matcher, ASCII_ALNUM, BLOCK};
    use crate::NameMatch;

    /// The scan one character at a time, as the masks must find it.
    fn slow_find<'k>(m: &'k Matcher, text: &str) -> Vec<NameMatch<'k>> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut pos = 0;
        let mut in_word = false;
        while pos < bytes.len() {
            if !in_word && m.may_start(bytes, pos) {
                if let Some((end, form)) = m.longest_at(text, pos) {
                    m.push_match(pos, end, form, &mut out);
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
                    m.find(text).iter().map(|n| (n.start, n.end)).collect();
                let slow: Vec<(usize, usize)> = slow_find(&m, text)
                    .iter()
                    .map(|n| (n.start, n.end))
                    .collect();
                assert_eq!(fast, slow, "{text:?}");
            }
        }
    }

    /// Each form's targets and weakness, read off the trie, are the
    /// knowledge base's for that form, and its walk ends at it.
    #[test]
    fn trie_forms_are_the_surface_map() {
        let kb = crate::Kb::global().expect("knowledge base");
        let m = Matcher::build(kb);
        let mut walked = 0;
        for (surface, targets) in &kb.surfaces {
            let Some((end, form)) = m.longest_at(surface, 0) else {
                continue;
            };
            walked += 1;
            if end != surface.len() {
                continue;
            }
            let mut out = Vec::new();
            m.push_match(0, end, form, &mut out);
            assert_eq!(out[0].targets, targets.as_slice(), "{surface:?}");
            let weak = !targets.is_empty() && targets.iter().all(|&t| kb.is_weak(t));
            assert_eq!(out[0].weak, weak, "{surface:?}");
        }
        assert!(walked > kb.surfaces.len() / 2, "{walked}");
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

    #[test]
    fn block_masks_read_every_byte() {
        // Every byte value at every position of a block, among letters,
        // digits, punctuation and bytes of other characters.
        let base: Vec<u8> = "Ab9 z,Q\u{2019}x-0Zé(m) 'k\u{a0}Yy_@[`{"
            .bytes()
            .cycle()
            .take(BLOCK)
            .collect();
        for b in 0..=255u8 {
            for i in 0..BLOCK {
                let mut block = base.clone();
                block[i] = b;
                let (alnum, high) = block_masks(&block);
                assert_eq!((alnum, high), block_masks_swar(&block), "{block:?}");
                for (j, &c) in block.iter().enumerate() {
                    assert_eq!(
                        alnum >> j & 1 == 1,
                        ASCII_ALNUM[usize::from(c)],
                        "{block:?} at {j}"
                    );
                    assert_eq!(high >> j & 1 == 1, c >= 0x80, "{block:?} at {j}");
                }
            }
        }
    }
}
