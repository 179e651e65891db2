//! Per-article analysis context shared by the extraction stages.

use chrono::NaiveDate;
use dateline_kb::Kb;
use dateline_lexicon::Lexicon;
use dateline_tag::{Partial, Tag, Tagger, Upos, Xpos};
use dateline_text::Document;
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;
use std::time::{Duration, Instant};

/// A token with its text, lowercase form and sentence.
///
/// Both forms borrow the repaired text when they can: most tokens are
/// already lower case, and two strings per token were a tenth of
/// extraction's time in allocation.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// Start byte in the repaired text.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Surface text.
    pub text: TokStr<'a>,
    /// Lowercase text, with curly apostrophes straightened.
    pub lower: TokStr<'a>,
    /// Sentence index.
    pub sent: usize,
}

/// A token's text, borrowed from the document or owned when it differs
/// from it. Reads as a `&str` (it derefs to one and has `as_str`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokStr<'a>(Cow<'a, str>);

impl<'a> TokStr<'a> {
    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `text` in lower case with curly apostrophes straightened, borrowed
    /// when that changes nothing.
    fn lower(text: &'a str) -> TokStr<'a> {
        if !text.chars().any(|c| c.is_uppercase() || c == '’') {
            return TokStr(Cow::Borrowed(text));
        }
        let mut lower = text.to_lowercase();
        if lower.contains('’') {
            lower = lower.replace('’', "'");
        }
        TokStr(Cow::Owned(lower))
    }
}

impl std::ops::Deref for TokStr<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for TokStr<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for TokStr<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for TokStr<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for TokStr<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<TokStr<'_>> for &str {
    fn eq(&self, other: &TokStr<'_>) -> bool {
        **self == *other.0
    }
}

impl From<TokStr<'_>> for String {
    fn from(s: TokStr<'_>) -> String {
        s.0.into_owned()
    }
}

/// What every stage needs to see.
pub struct Ctx<'a> {
    /// Repaired text.
    pub text: &'a str,
    /// Tokens of all sentences.
    pub toks: Vec<Tok<'a>>,
    /// Token range of each sentence.
    pub sent_tok: Vec<Range<usize>>,
    /// Sentence byte ranges.
    pub sents: &'a [(usize, usize)],
    /// Sentences written in capitals (headlines), where case says nothing.
    pub shouting: Vec<bool>,
    /// Headlines in title case ("Wildfires Rises To 99"): nearly every
    /// longer word capitalised and no closing punctuation, so capitals do
    /// not mark names there either.
    pub title_case: Vec<bool>,
    /// Knowledge base (None if it failed to load).
    pub kb: Option<&'static Kb>,
    /// Lexicons.
    pub lex: &'static Lexicon,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Countries the article is about, most mentioned first.
    pub countries: RefCell<Vec<String>>,
    /// Dateline place as written.
    pub dateline_place: Option<String>,
    /// Home country of the national outlet that published the article
    /// (none for wires and international broadcasters).
    pub outlet_country: Option<String>,
    /// The one country the headline names, if any.
    pub headline_country: Option<String>,
    /// Part-of-speech tagging per sentence, started on first use and
    /// extended as far as the stages ask.
    tags: RefCell<Vec<Option<Partial>>>,
    /// Tokens inside names the entity stage found (empty before it runs).
    names: RefCell<Vec<bool>>,
    /// When the article's time budget runs out (None: no budget).
    deadline: Option<Instant>,
    /// The stage that found the budget spent, once one has.
    cut: Cell<Option<&'static str>>,
    /// Time spent tagging, accumulated when profiling (None: not profiling).
    tag_time: Option<Cell<Duration>>,
    /// [`Ctx::tok_at`] by block of bytes, built on the first call
    /// (None when token ends do not grow or do not fit 32 bits, where
    /// `tok_at` searches the tokens instead).
    tok_index: OnceCell<Option<Vec<u32>>>,
    /// Byte spans of the media phrases and of the hedges of each sentence,
    /// found on the first attribution the stage finishes in it (the
    /// attributions stage finishes several candidates in most sentences
    /// with one) and emptied when the stage starts.
    pub(crate) sentence_phrases: RefCell<Vec<Option<SentencePhrases>>>,
}

/// The media phrases and the hedges of a sentence, as byte spans in text
/// order (see `Ctx::sentence_phrases`).
pub(crate) type SentencePhrases = (Vec<(usize, usize)>, Vec<(usize, usize)>);

impl<'a> Ctx<'a> {
    /// The context of article `a`, whose text is `doc`: its publication
    /// date read and its dateline kept.
    #[must_use]
    pub fn for_article(
        doc: &'a Document,
        kb: Option<&'static Kb>,
        a: &crate::input::Article,
    ) -> Ctx<'a> {
        let published = a.published.as_deref().and_then(crate::published::date_of);
        Ctx::new(doc, kb, published, a.dateline_place.clone())
    }

    /// Builds the context of a document.
    #[must_use]
    pub fn new(
        doc: &'a Document,
        kb: Option<&'static Kb>,
        published: Option<NaiveDate>,
        dateline_place: Option<String>,
    ) -> Ctx<'a> {
        let mut toks = Vec::with_capacity(doc.tokens.len());
        let mut sent_tok = Vec::with_capacity(doc.sentences.len());
        let mut shouting = Vec::with_capacity(doc.sentences.len());
        let mut title_case = Vec::with_capacity(doc.sentences.len());
        for (si, r) in doc.sentence_tokens.iter().enumerate() {
            let t0 = toks.len();
            let (mut up, mut low) = (0usize, 0usize);
            // Words of four letters or more, and those of them capitalised.
            let (mut long, mut long_cap) = (0usize, 0usize);
            let mut closed = false;
            // Lists of names ("Gregory Lamboley (Stade Toulousain), ...")
            // are capitalised too, but punctuated; headlines are not.
            let (mut parens, mut commas) = (0usize, 0usize);
            for t in &doc.tokens[r.clone()] {
                let text = &doc.text[t.start..t.end];
                closed = matches!(text, "." | "?" | "!" | ":" | "\"" | "”" | "'" | "’");
                parens += usize::from(text == "(");
                commas += usize::from(text == ",");
                if text.len() >= 4 && text.chars().all(char::is_alphabetic) {
                    long += 1;
                    long_cap += usize::from(text.starts_with(char::is_uppercase));
                }
                for c in text.chars() {
                    if c.is_uppercase() {
                        up += 1;
                    } else if c.is_lowercase() {
                        low += 1;
                    }
                }
                toks.push(Tok {
                    start: t.start,
                    end: t.end,
                    text: TokStr(Cow::Borrowed(text)),
                    lower: TokStr::lower(text),
                    sent: si,
                });
            }
            sent_tok.push(t0..toks.len());
            shouting.push(up > 8 && up > low * 2);
            title_case.push(
                !closed && parens == 0 && commas < 2 && long >= 3 && long_cap * 5 >= long * 4,
            );
        }
        Ctx {
            text: &doc.text,
            toks,
            sent_tok,
            sents: &doc.sentences,
            shouting,
            title_case,
            kb,
            lex: Lexicon::global(),
            published,
            countries: RefCell::new(Vec::new()),
            dateline_place,
            outlet_country: None,
            headline_country: None,
            tags: RefCell::new(vec![None; doc.sentences.len()]),
            names: RefCell::new(Vec::new()),
            sentence_phrases: RefCell::new(Vec::new()),
            deadline: None,
            cut: Cell::new(None),
            tag_time: None,
            tok_index: OnceCell::new(),
        }
    }

    /// Measures the time spent in the part-of-speech tagger
    /// ([`Ctx::tagging_time`]), which runs on demand inside the stages: the
    /// wall time of each call that decodes tags (most read tags decoded
    /// before and are not timed).
    #[must_use]
    pub fn with_tag_timing(mut self) -> Self {
        self.tag_time = Some(Cell::new(Duration::ZERO));
        self
    }

    /// Time spent tagging so far (zero unless built
    /// [`Ctx::with_tag_timing`]).
    #[must_use]
    pub fn tagging_time(&self) -> Duration {
        self.tag_time.as_ref().map_or(Duration::ZERO, Cell::get)
    }

    /// Sets the home country of the publishing outlet.
    #[must_use]
    pub fn with_outlet_country(mut self, country: Option<String>) -> Self {
        self.outlet_country = country;
        self
    }

    /// Sets the one country the headline names.
    #[must_use]
    pub fn with_headline_country(mut self, country: Option<String>) -> Self {
        self.headline_country = country;
        self
    }

    /// Gives the analysis until `deadline`: the stages check
    /// [`Ctx::out_of_time`] as they go and stop once it has passed.
    #[must_use]
    pub fn with_deadline(mut self, deadline: Option<Instant>) -> Self {
        self.deadline = deadline;
        self
    }

    /// Whether the time budget is spent. The first stage to find it so is
    /// remembered ([`Ctx::cut_short`]); every later check is then true at
    /// once, so the remaining stages do nothing.
    pub fn out_of_time(&self, stage: &'static str) -> bool {
        if self.cut.get().is_some() {
            return true;
        }
        match self.deadline {
            Some(d) if Instant::now() >= d => {
                self.cut.set(Some(stage));
                true
            }
            _ => false,
        }
    }

    /// The stage in which the time budget ran out, if it did.
    #[must_use]
    pub fn cut_short(&self) -> Option<&'static str> {
        self.cut.get()
    }

    /// Countries in context, for place disambiguation.
    #[must_use]
    pub fn context_countries(&self) -> Vec<&str> {
        // Borrow the codes from the static KB so the result outlives the RefCell guard.
        let c = self.countries.borrow();
        let kb = self.kb;
        c.iter()
            .filter_map(|iso| kb.and_then(|k| k.country(iso)).map(|x| x.iso3.as_str()))
            .collect()
    }

    /// Tags every sentence now rather than on demand, so that a benchmark
    /// of a later stage counts none of the tagger's work.
    pub fn tag_all(&self) {
        for (si, r) in self.sent_tok.iter().enumerate() {
            let tags = self.tags(si);
            for i in 0..r.len() {
                std::hint::black_box(tags.get(i));
            }
        }
    }

    /// Part-of-speech tags of sentence `si`, decoded on demand: tagging is
    /// the costliest step, so only the positions a stage looks at (and the
    /// few before them the tagger needs) are ever tagged, and each once.
    #[must_use]
    pub fn tags(&self, si: usize) -> Tags<'_, 'a> {
        Tags { ctx: self, si }
    }

    /// Marks the byte spans of names the entity stage found. Capitalised
    /// tokens inside them then read as proper nouns whatever the tagger
    /// said: trained on the mostly lower-case web text of EWT, it takes some
    /// sentence-initial names for other words (`Trump had ...` as an
    /// adverb), and the later stages look for nouns.
    pub fn mark_names(&self, spans: impl Iterator<Item = (usize, usize)>) {
        let mut names = vec![false; self.toks.len()];
        for (s, e) in spans {
            let mut i = self.toks.partition_point(|t| t.end <= s);
            while i < self.toks.len() && self.toks[i].start < e {
                names[i] = true;
                i += 1;
            }
        }
        *self.names.borrow_mut() = names;
    }

    /// The tag of token `i` of sentence `si` (a sentence-relative index).
    fn tag_at(&self, si: usize, i: usize) -> Option<Tag> {
        let tag = self.tagger_tag_at(si, i)?;
        let g = self.sent_tok.get(si)?.start + i;
        let name = self.names.borrow().get(g).copied().unwrap_or(false);
        if name
            && !matches!(tag.upos, Upos::Noun | Upos::Propn)
            && self.toks[g].text.starts_with(char::is_uppercase)
        {
            return Some(Tag {
                upos: Upos::Propn,
                xpos: Xpos::Nnp,
            });
        }
        Some(tag)
    }

    fn tagger_tag_at(&self, si: usize, i: usize) -> Option<Tag> {
        let mut cache = self.tags.borrow_mut();
        let slot = cache.get_mut(si)?;
        // Timed only when the tagger has work to do: most calls read a tag
        // decoded before, and two clock reads would cost more than they do.
        let started = match (&self.tag_time, &*slot) {
            (Some(_), Some(p)) if p.is_known(i) => None,
            (Some(_), _) => Some(Instant::now()),
            (None, _) => None,
        };
        let tagger = Tagger::global();
        let partial = slot.get_or_insert_with(|| {
            let toks = self
                .sent_tok
                .get(si)
                .map_or(&[][..], |r| &self.toks[r.clone()]);
            let surface: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
            tagger.start(&surface)
        });
        let tag = tagger.tag_at(partial, i);
        if let (Some(t), Some(started)) = (&self.tag_time, started) {
            t.set(t.get() + started.elapsed());
        }
        tag
    }

    /// Token index of the first token starting at or after `pos`.
    #[must_use]
    pub fn tok_at(&self, pos: usize) -> usize {
        // Asked tens of times per sentence: a table by block of bytes,
        // built once, gives the tokens ending before the block, and the
        // few ending inside it before `pos` are stepped over.
        match self.tok_index.get_or_init(|| tok_index(&self.toks)) {
            Some(index) => match index.get(pos >> TOK_BLOCK) {
                Some(&k) => {
                    let mut k = k as usize;
                    while self.toks.get(k).is_some_and(|t| t.end <= pos) {
                        k += 1;
                    }
                    k
                }
                None => self.toks.len(),
            },
            None => self.toks.partition_point(|t| t.end <= pos),
        }
    }
}

/// [`Ctx::tok_at`]'s table has an entry per `1 << TOK_BLOCK` bytes: a
/// table by byte took four bytes of memory written per byte of text, most
/// of it never read.
const TOK_BLOCK: u32 = 3;

/// For the first byte position of every block of `1 << TOK_BLOCK` up to
/// the last token's end, the number of tokens ending at or before it:
/// `partition_point(|t| t.end <= pos)` by table. None unless token ends
/// never decrease and counts fit 32 bits.
fn tok_index(toks: &[Tok<'_>]) -> Option<Vec<u32>> {
    let last = toks.last().map_or(0, |t| t.end);
    let blocks = (last >> TOK_BLOCK) + 1;
    let mut index: Vec<u32> = Vec::with_capacity(blocks);
    let mut prev = 0;
    let mut k = 0;
    for b in 0..blocks {
        let pos = b << TOK_BLOCK;
        while let Some(t) = toks.get(k).filter(|t| t.end <= pos) {
            if t.end < prev {
                return None;
            }
            prev = t.end;
            k += 1;
        }
        index.push(u32::try_from(k).ok()?);
    }
    // The ends not yet read must not decrease either.
    for t in &toks[k..] {
        if t.end < prev {
            return None;
        }
        prev = t.end;
    }
    u32::try_from(toks.len()).ok()?;
    Some(index)
}

/// The part-of-speech tags of one sentence, computed as they are read.
#[derive(Clone, Copy)]
pub struct Tags<'c, 'a> {
    ctx: &'c Ctx<'a>,
    si: usize,
}

impl Tags<'_, '_> {
    /// The tag of the sentence's token `i` (counted from the sentence's
    /// first token); None past its end.
    #[must_use]
    pub fn get(&self, i: usize) -> Option<Tag> {
        self.ctx.tag_at(self.si, i)
    }
}

#[cfg(test)]
mod tests {
    use super::{tok_index, Ctx};
    use dateline_text::Document;

    #[test]
    fn tok_at_by_table_is_the_binary_search() {
        let doc = Document::new(
            "The mayor of Lakeview said on Friday that the bridge, closed since May, would reopen.  \
             Residents welcomed it: \"At last!\"",
            0,
        );
        let ctx = Ctx::new(&doc, None, None, None);
        assert!(ctx.toks.len() > 20);
        for pos in 0..doc.text.len() + 5 {
            assert_eq!(
                ctx.tok_at(pos),
                ctx.toks.partition_point(|t| t.end <= pos),
                "at byte {pos}"
            );
        }
        assert!(tok_index(&ctx.toks).is_some());
        // No tokens: every position is past them all.
        assert_eq!(tok_index(&[]), Some(vec![0]));
    }
}
