//! Byte-offset tokenizer and the word classes the scanner looks for.
//!
//! The scanner never runs a regex over the text: one pass splits it into
//! ASCII words, digit runs and punctuation, and each word is classified by a
//! binary search over a small packed-key table. Only tokens with a class (or
//! digit runs) start a match attempt, which is what keeps the crate fast on
//! whole articles.

use std::sync::OnceLock;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of ASCII letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One ASCII punctuation byte.
    Punct,
    /// A run of non-ASCII bytes; always whole characters.
    Other,
}

/// Calendar units counted in "N days ago" and named in "last week".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// Prepositions that may open a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prep {
    On,
    In,
    Since,
    During,
    By,
    Until,
    From,
    Before,
    After,
    Through,
    To,
    At,
    Over,
    Within,
}

/// Parts of a day that may follow a day word ("Monday night").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// The class of a word token; `None` for words the scanner ignores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    None,
    /// Full weekday name, 0 = Monday.
    Weekday(u8),
    /// Abbreviated weekday ("Mon"), 0 = Monday.
    WeekdayAbbr(u8),
    /// Full month name, 1 = January.
    Month(u8),
    /// Abbreviated month ("Feb"), 1 = January.
    MonthAbbr(u8),
    Yesterday,
    Today,
    Tomorrow,
    Tonight,
    Last,
    Next,
    This,
    Earlier,
    Later,
    Early,
    Mid,
    Late,
    The,
    Of,
    Ago,
    End,
    Beginning,
    Middle,
    Weekend,
    Unit(Unit),
    Part(DayPart),
    Prep(Prep),
    /// "a", "one" ... "twelve".
    NumWord(u16),
    /// "st", "nd", "rd", "th" after a day number.
    Ordinal,
    /// Words that make a following weekday part of a name ("Good Friday").
    NameBefore,
}

/// One token with its byte range in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    pub(crate) class: Class,
    /// Value of a digit run (saturating), 0 for other kinds.
    pub(crate) num: u32,
}

impl Tok {
    /// Number of bytes in the token.
    pub(crate) fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Splits `text` into tokens, appending to `out`.
///
/// Every token boundary is a char boundary: words, digits and punctuation
/// are ASCII, and non-ASCII bytes are grouped in maximal runs, which always
/// start and end on char boundaries.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    // Newswire text averages about six bytes a token.
    out.reserve(text.len() / 6);
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        let start = i;
        if c.is_ascii_alphabetic() {
            while i < n && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Word,
                class: classify(&b[start..i]),
                num: 0,
            });
        } else if c.is_ascii_digit() {
            let mut v: u32 = 0;
            while i < n && b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add(u32::from(b[i] - b'0'));
                i += 1;
            }
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Num,
                class: Class::None,
                num: v,
            });
        } else if c.is_ascii_whitespace() {
            i += 1;
        } else if c < 0x80 {
            i += 1;
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Punct,
                class: Class::None,
                num: 0,
            });
        } else {
            while i < n && b[i] >= 0x80 {
                i += 1;
            }
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Other,
                class: Class::None,
                num: 0,
            });
        }
    }
}

/// Longest word the key can hold; longer words are never classified.
const MAX_WORD: usize = 12;

/// Packs up to 12 ASCII letters, case-folded, into an integer key: five bits
/// a letter (the low bits of the byte are the same for both cases) and the
/// length in the top four bits, so distinct words get distinct keys.
fn key(word: &[u8]) -> u64 {
    let k = word
        .iter()
        .fold(0u64, |k, &c| (k << 5) | u64::from(c & 0x1f));
    k | ((word.len() as u64) << 60)
}

/// Slots in the open-addressing word table; a power of two, well over
/// twice the number of words so probes stay short.
const SLOTS: usize = 1024;

fn slot(k: u64) -> usize {
    // Multiply by a large odd constant (Fibonacci hashing);
    // the top bits index the table.
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize & (SLOTS - 1)
}

/// The word table, built once: a hash lookup costs one multiply and usually
/// one probe, which matters because every word of an article is looked up.
fn table() -> &'static [(u64, Class)] {
    static TABLE: OnceLock<Vec<(u64, Class)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // Key 0 marks an empty slot; no word packs to 0.
        let mut t = vec![(0u64, Class::None); SLOTS];
        for (w, c) in WORDS {
            let k = key(w.as_bytes());
            let mut h = slot(k);
            while t[h].0 != 0 && t[h].0 != k {
                h = (h + 1) & (SLOTS - 1);
            }
            t[h] = (k, *c);
        }
        t
    })
}

fn classify(word: &[u8]) -> Class {
    if word.len() > MAX_WORD {
        return Class::None;
    }
    let k = key(word);
    let t = table();
    let mut h = slot(k);
    // The table is never full, so an empty slot always ends the probe; the
    // bound only guards against that invariant being broken.
    for _ in 0..SLOTS {
        match t.get(h) {
            Some(&(0, _)) | None => return Class::None,
            Some(&(key, class)) if key == k => return class,
            Some(_) => h = (h + 1) & (SLOTS - 1),
        }
    }
    Class::None
}

/// Whether `word` is a full weekday name in lower case ("monday"; not
/// "mon", "mondays" or "Monday").
pub fn is_weekday_name(word: &str) -> bool {
    lower_word(word) && matches!(classify(word.as_bytes()), Class::Weekday(_))
}

/// Whether `word` is a full weekday or month name in lower case
/// ("monday", "may"; not "jan").
pub fn is_calendar_name(word: &str) -> bool {
    lower_word(word)
        && matches!(
            classify(word.as_bytes()),
            Class::Weekday(_) | Class::Month(_)
        )
}

/// The table folds case and packs bytes as letters: other strings are
/// never names.
fn lower_word(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase())
}

use Class as C;

const WORDS: &[(&str, Class)] = &[
    ("monday", C::Weekday(0)),
    ("tuesday", C::Weekday(1)),
    ("wednesday", C::Weekday(2)),
    ("thursday", C::Weekday(3)),
    ("friday", C::Weekday(4)),
    ("saturday", C::Weekday(5)),
    ("sunday", C::Weekday(6)),
    ("mon", C::WeekdayAbbr(0)),
    ("tue", C::WeekdayAbbr(1)),
    ("tues", C::WeekdayAbbr(1)),
    ("wed", C::WeekdayAbbr(2)),
    ("thu", C::WeekdayAbbr(3)),
    ("thur", C::WeekdayAbbr(3)),
    ("thurs", C::WeekdayAbbr(3)),
    ("fri", C::WeekdayAbbr(4)),
    ("sat", C::WeekdayAbbr(5)),
    ("sun", C::WeekdayAbbr(6)),
    ("january", C::Month(1)),
    ("february", C::Month(2)),
    ("march", C::Month(3)),
    ("april", C::Month(4)),
    ("may", C::Month(5)),
    ("june", C::Month(6)),
    ("july", C::Month(7)),
    ("august", C::Month(8)),
    ("september", C::Month(9)),
    ("october", C::Month(10)),
    ("november", C::Month(11)),
    ("december", C::Month(12)),
    ("jan", C::MonthAbbr(1)),
    ("feb", C::MonthAbbr(2)),
    ("mar", C::MonthAbbr(3)),
    ("apr", C::MonthAbbr(4)),
    ("jun", C::MonthAbbr(6)),
    ("jul", C::MonthAbbr(7)),
    ("aug", C::MonthAbbr(8)),
    ("sep", C::MonthAbbr(9)),
    ("sept", C::MonthAbbr(9)),
    ("oct", C::MonthAbbr(10)),
    ("nov", C::MonthAbbr(11)),
    ("dec", C::MonthAbbr(12)),
    ("yesterday", C::Yesterday),
    ("today", C::Today),
    ("tomorrow", C::Tomorrow),
    ("tonight", C::Tonight),
    ("last", C::Last),
    ("next", C::Next),
    ("this", C::This),
    ("earlier", C::Earlier),
    ("later", C::Later),
    ("early", C::Early),
    ("mid", C::Mid),
    ("late", C::Late),
    ("the", C::The),
    ("of", C::Of),
    ("ago", C::Ago),
    ("end", C::End),
    ("beginning", C::Beginning),
    ("start", C::Beginning),
    ("middle", C::Middle),
    ("weekend", C::Weekend),
    ("day", C::Unit(Unit::Day)),
    ("days", C::Unit(Unit::Day)),
    ("week", C::Unit(Unit::Week)),
    ("weeks", C::Unit(Unit::Week)),
    ("month", C::Unit(Unit::Month)),
    ("months", C::Unit(Unit::Month)),
    ("year", C::Unit(Unit::Year)),
    ("years", C::Unit(Unit::Year)),
    ("decade", C::Unit(Unit::Decade)),
    ("decades", C::Unit(Unit::Decade)),
    ("morning", C::Part(DayPart::Morning)),
    ("afternoon", C::Part(DayPart::Afternoon)),
    ("evening", C::Part(DayPart::Evening)),
    ("night", C::Part(DayPart::Night)),
    ("on", C::Prep(Prep::On)),
    ("in", C::Prep(Prep::In)),
    ("since", C::Prep(Prep::Since)),
    ("during", C::Prep(Prep::During)),
    ("by", C::Prep(Prep::By)),
    ("until", C::Prep(Prep::Until)),
    ("till", C::Prep(Prep::Until)),
    ("from", C::Prep(Prep::From)),
    ("before", C::Prep(Prep::Before)),
    ("after", C::Prep(Prep::After)),
    ("through", C::Prep(Prep::Through)),
    ("to", C::Prep(Prep::To)),
    ("at", C::Prep(Prep::At)),
    ("over", C::Prep(Prep::Over)),
    ("within", C::Prep(Prep::Within)),
    ("a", C::NumWord(1)),
    ("an", C::NumWord(1)),
    ("one", C::NumWord(1)),
    ("two", C::NumWord(2)),
    ("three", C::NumWord(3)),
    ("four", C::NumWord(4)),
    ("five", C::NumWord(5)),
    ("six", C::NumWord(6)),
    ("seven", C::NumWord(7)),
    ("eight", C::NumWord(8)),
    ("nine", C::NumWord(9)),
    ("ten", C::NumWord(10)),
    ("eleven", C::NumWord(11)),
    ("twelve", C::NumWord(12)),
    ("fifteen", C::NumWord(15)),
    ("twenty", C::NumWord(20)),
    ("thirty", C::NumWord(30)),
    ("st", C::Ordinal),
    ("nd", C::Ordinal),
    ("rd", C::Ordinal),
    ("th", C::Ordinal),
    ("good", C::NameBefore),
    ("black", C::NameBefore),
    ("ash", C::NameBefore),
    ("bloody", C::NameBefore),
    ("super", C::NameBefore),
    ("palm", C::NameBefore),
    ("easter", C::NameBefore),
    ("cyber", C::NameBefore),
    ("holy", C::NameBefore),
    ("maundy", C::NameBefore),
    ("shrove", C::NameBefore),
    ("whit", C::NameBefore),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_classifies_to_its_class() {
        for (w, c) in WORDS {
            assert_eq!(classify(w.as_bytes()), *c, "{w}");
            assert_eq!(classify(w.to_uppercase().as_bytes()), *c, "{w}");
        }
        assert_eq!(classify(b"zebra"), Class::None);
        assert_eq!(classify(b"mondays"), Class::None);
        assert!(is_weekday_name("monday") && !is_weekday_name("may") && !is_weekday_name("Monday"));
        assert!(is_calendar_name("may") && is_calendar_name("sunday") && !is_calendar_name("jan"));
    }

    #[test]
    fn tokens_cover_words_numbers_and_punctuation() {
        let mut v = Vec::new();
        tokenize("On Feb. 4, 2019 — ok", &mut v);
        let kinds: Vec<Kind> = v.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Word,
                Kind::Word,
                Kind::Punct,
                Kind::Num,
                Kind::Punct,
                Kind::Num,
                Kind::Other,
                Kind::Word
            ]
        );
        assert_eq!(v[0].class, Class::Prep(Prep::On));
        assert_eq!(v[1].class, Class::MonthAbbr(2));
        assert_eq!(v[5].num, 2019);
    }
}
