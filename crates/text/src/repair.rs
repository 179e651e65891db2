//! Text repair: hard wraps, glued paragraphs, subheadings, HTML entities.
//!
//! Scraped news arrives with lines wrapped inside sentences, paragraphs glued
//! at a period (`said.There`), and subheadings with no final period. Repair
//! decides, for each line break, whether it is a wrap (joined with a space)
//! or a paragraph break (written as a blank line), and splits glued
//! paragraphs. Quote marks at a glue point (`terror."However`) are assigned
//! to the sentence before or after by the balance of quote marks in the
//! paragraph so far. All changes are recorded as [`Edit`]s.

use crate::abbrev;
use crate::offsets::{Builder, Edit};

/// Repaired text with its paragraphs and the edits that map it to the input.
#[derive(Debug, Clone, Default)]
pub struct Repaired {
    /// The repaired body.
    pub text: String,
    /// Edits against the input (sorted, non-overlapping).
    pub edits: Vec<Edit>,
    /// Paragraph byte ranges in `text`.
    pub paragraphs: Vec<(usize, usize)>,
    /// Counts of repairs made, for diagnostics.
    pub stats: RepairStats,
}

/// What repair did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RepairStats {
    /// Line breaks joined inside a sentence.
    pub wraps_joined: usize,
    /// Paragraphs split where they were glued at a period.
    pub glued_split: usize,
    /// Lines kept as subheadings.
    pub headings: usize,
    /// HTML entities decoded.
    pub entities: usize,
}

#[derive(Debug, Clone, Copy)]
struct Line {
    /// Content start (after indentation).
    cs: usize,
    /// Content end (before trailing spaces and `\r`).
    ce: usize,
    /// Indented by two or more spaces or a tab.
    indented: bool,
    blank: bool,
    /// The line began before the body (a dateline was cut from it).
    partial: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Break {
    Wrap,
    Hyphen,
    Para,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| is_quote(c) || matches!(c, ')' | ']' | '’' | '\''));
    t.ends_with(['.', '!', '?', '…', ':'])
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn starts_upper(s: &str) -> bool {
    let s = s.trim_start_matches(|c: char| is_quote(c) || matches!(c, '‘' | '\'' | '(' | '['));
    first_char(s).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn is_bullet(s: &str) -> bool {
    let mut it = s.chars();
    matches!(
        (it.next(), it.next()),
        (Some('-' | '•' | '*' | '–' | '—' | '·' | '▪'), Some(' '))
    )
}

const CONTINUERS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "to",
    "in",
    "for",
    "with",
    "by",
    "on",
    "at",
    "from",
    "that",
    "as",
    "his",
    "her",
    "its",
    "their",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "be",
    "but",
    "into",
    "than",
    "who",
    "which",
    "said",
    "told",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prime",
    "vice",
    "deputy",
    "former",
    "president",
    "minister",
];

fn looks_like_heading(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 2
        || words.len() > 14
        || ends_sentence(line)
        || line.ends_with([',', ';', '-', '–', '—'])
    {
        return false;
    }
    let Some(last) = words.last() else {
        return false;
    };
    let last_l = last.to_lowercase();
    if last_l.ends_with("'s") || last_l.ends_with("’s") || CONTINUERS.contains(&last_l.as_str()) {
        return false;
    }
    // An open quote or bracket means the sentence runs on.
    let opens =
        line.matches('(').count() > line.matches(')').count() || line.matches('"').count() % 2 == 1;
    !opens && starts_upper(line)
}

/// Decodes the HTML entity starting at `s` (which begins with `&`).
fn entity(s: &str) -> Option<(usize, &'static str)> {
    const ENTITIES: &[(&str, &str)] = &[
        ("&amp;", "&"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&#039;", "'"),
        ("&apos;", "'"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&nbsp;", " "),
        ("&mdash;", "—"),
        ("&ndash;", "–"),
        ("&rsquo;", "’"),
        ("&lsquo;", "‘"),
        ("&ldquo;", "“"),
        ("&rdquo;", "”"),
        ("&hellip;", "…"),
    ];
    ENTITIES
        .iter()
        .find(|(e, _)| s.starts_with(e))
        .map(|(e, r)| (e.len(), *r))
}

/// Repairs `input[body_start..]`.
#[must_use]
pub fn repair(input: &str, body_start: usize) -> Repaired {
    let body_start = floor_char(input, body_start.min(input.len()));
    let lines = split_lines(input, body_start);
    let nonblank: Vec<&Line> = lines.iter().filter(|l| !l.blank).collect();
    let indent_paras = nonblank.iter().skip(1).filter(|l| l.indented).count() >= 2;
    let lens: Vec<usize> = nonblank
        .iter()
        .map(|l| input[l.cs..l.ce].chars().count())
        .collect();
    let width = percentile(&lens, 0.9);
    let open_ends = nonblank
        .iter()
        .filter(|l| !ends_sentence(&input[l.cs..l.ce]))
        .count();
    // Hard-wrapped text: most lines end mid-sentence and lines are of similar width.
    let wrapped = nonblank.len() >= 3 && open_ends * 2 > nonblank.len() && width <= 120;

    let mut headings = vec![false; lines.len()];
    let mut prev_ended = true;
    for (i, l) in lines.iter().enumerate() {
        if l.blank {
            prev_ended = true;
            continue;
        }
        let s = &input[l.cs..l.ce];
        let next = lines[i + 1..].iter().find(|n| !n.blank);
        let next_upper = next.is_some_and(|n| starts_upper(&input[n.cs..n.ce]));
        let short = !wrapped || s.chars().count() * 10 < width * 7;
        if !l.partial && prev_ended && next_upper && short && looks_like_heading(s) {
            headings[i] = true;
        }
        prev_ended = headings[i] || ends_sentence(s);
    }

    let mut b = Builder::new(input, body_start);
    let mut paragraphs = Vec::new();
    let mut stats = RepairStats::default();
    let mut para_start: Option<usize> = None;
    let mut quotes = 0usize;
    let mut prev: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.blank {
            continue;
        }
        let brk = prev.map(|p| {
            decide(
                input,
                &lines[p],
                l,
                headings[p],
                headings[i],
                indent_paras,
                wrapped,
                lines[p + 1..i].iter().any(|x| x.blank),
            )
        });
        match brk {
            None => b.replace(l.cs, ""),
            Some(Break::Para) => {
                if let Some(ps) = para_start.take() {
                    paragraphs.push((ps, b.out().len()));
                }
                b.replace(l.cs, "\n\n");
                quotes = 0;
            }
            Some(Break::Wrap) => {
                stats.wraps_joined += 1;
                b.replace(l.cs, " ");
            }
            Some(Break::Hyphen) => {
                stats.wraps_joined += 1;
                b.replace(l.cs, "");
            }
        }
        if para_start.is_none() {
            para_start = Some(b.out().len());
        }
        if headings[i] {
            stats.headings += 1;
        }
        scan_line(
            input,
            l,
            &mut b,
            &mut quotes,
            &mut paragraphs,
            &mut para_start,
            &mut stats,
        );
        prev = Some(i);
    }
    if let Some(ps) = para_start {
        if b.out().len() > ps {
            paragraphs.push((ps, b.out().len()));
        }
    }
    let (text, edits) = b.finish(input.len());
    Repaired {
        text,
        edits,
        paragraphs,
        stats,
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "one decision over the facts of two lines"
)]
fn decide(
    input: &str,
    a: &Line,
    bl: &Line,
    a_head: bool,
    b_head: bool,
    indent_paras: bool,
    wrapped: bool,
    blank_between: bool,
) -> Break {
    let sa = &input[a.cs..a.ce];
    let sb = &input[bl.cs..bl.ce];
    if blank_between || a_head || b_head || is_bullet(sb) {
        return Break::Para;
    }
    if indent_paras && bl.indented {
        return Break::Para;
    }
    let b_lower = first_char(sb).is_some_and(char::is_lowercase);
    if sa.ends_with('-')
        && !sa.ends_with("--")
        && b_lower
        && sa[..sa.len() - 1].ends_with(char::is_alphabetic)
    {
        return Break::Hyphen;
    }
    if b_lower {
        return Break::Wrap;
    }
    if ends_sentence(sa) {
        if indent_paras {
            return Break::Wrap;
        }
        return Break::Para;
    }
    if wrapped {
        Break::Wrap
    } else {
        Break::Para
    }
}

fn split_lines(input: &str, start: usize) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut pos = start;
    let bytes = input.as_bytes();
    let mut first = true;
    while pos <= input.len() {
        let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(input.len(), |i| pos + i);
        let raw = &input[pos..end];
        let trimmed_start = raw.trim_start();
        let cs = pos + (raw.len() - trimmed_start.len());
        let ce = pos + raw.trim_end().len();
        let indent = &raw[..cs - pos];
        let partial = first && start > 0 && bytes.get(start - 1).is_some_and(|&c| c != b'\n');
        lines.push(Line {
            cs,
            ce: ce.max(cs),
            indented: indent.contains('\t') || indent.len() >= 2,
            blank: ce <= cs,
            partial,
        });
        first = false;
        if end >= input.len() {
            break;
        }
        pos = end + 1;
    }
    lines
}

fn percentile(v: &[usize], q: f64) -> usize {
    if v.is_empty() {
        return 0;
    }
    let mut s = v.to_vec();
    s.sort_unstable();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "index into a small vector"
    )]
    let i = ((s.len() - 1) as f64 * q).round() as usize;
    s[i.min(s.len() - 1)]
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Copies one line's content, splitting glued paragraphs and decoding entities.
fn scan_line(
    input: &str,
    l: &Line,
    b: &mut Builder<'_>,
    quotes: &mut usize,
    paragraphs: &mut Vec<(usize, usize)>,
    para_start: &mut Option<usize>,
    stats: &mut RepairStats,
) {
    let s = &input[l.cs..l.ce];
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let abs = l.cs + i;
        match c {
            '"' => *quotes += 1,
            '&' => {
                if let Some((len, rep)) = entity(&s[i..]) {
                    b.copy_to(abs);
                    b.replace(abs + len, rep);
                    stats.entities += 1;
                    if rep == "\"" {
                        *quotes += 1;
                    }
                    // Skip the rest of the entity.
                    while iter.peek().is_some_and(|&(j, _)| j < i + len) {
                        iter.next();
                    }
                }
            }
            ' ' | '\u{a0}' if i > 0 && !s[..i].ends_with(char::is_whitespace) => {
                if let Some(gap) = heading_gap(s, i) {
                    // Isolate the heading: break before it when it follows a
                    // sentence end still ahead of the builder, and after it.
                    for (ws, we) in gap.before.into_iter().chain([(i, gap.end)]) {
                        if l.cs + ws < b.pos() {
                            continue;
                        }
                        b.copy_to(l.cs + ws);
                        if let Some(ps) = para_start.take() {
                            paragraphs.push((ps, b.out().len()));
                        }
                        b.replace(l.cs + we, "\n\n");
                        *para_start = Some(b.out().len());
                        stats.headings += 1;
                    }
                    *quotes = 0;
                    while iter.peek().is_some_and(|&(j, _)| j < gap.end) {
                        iter.next();
                    }
                }
            }
            '.' | '!' | '?' => {
                if let Some(split) = glue_point(s, i, *quotes) {
                    let at = l.cs + split.at;
                    b.copy_to(at);
                    if let Some(ps) = para_start.take() {
                        paragraphs.push((ps, b.out().len()));
                    }
                    b.insert("\n\n");
                    *para_start = Some(b.out().len());
                    stats.glued_split += 1;
                    *quotes = usize::from(split.quote_opens_next);
                    // Skip past the quote we already accounted for.
                    while iter.peek().is_some_and(|&(j, _)| j < split.skip_to) {
                        iter.next();
                    }
                }
            }
            _ => {}
        }
    }
    b.copy_to(l.ce);
}

/// A subheading run into its paragraph on one line, set off by a wide gap
/// instead of a line break (`Trade with BRI countries\u{a0} China's imports
/// rose`), as flattened web pages leave them.
struct HeadingGap {
    /// Offset in the line where the gap after the heading ends.
    end: usize,
    /// The whitespace between the sentence before the heading and the
    /// heading, when the heading does not open the line.
    before: Option<(usize, usize)>,
}

/// Checks whether the whitespace run starting at `s[i]` ends a subheading.
/// The run must be two or more spaces (no-break spaces included) before a
/// capital, and the words since the last sentence end must look like a
/// heading with a lowercase word in it (not a table row). A capitalised
/// last word (`President Donal  Trump`) needs a sentence starter after the
/// gap.
fn heading_gap(s: &str, i: usize) -> Option<HeadingGap> {
    let run = s[i..].len() - s[i..].trim_start_matches([' ', '\u{a0}']).len();
    let end = i + run;
    if s[i..end].chars().count() < 2 || end >= s.len() {
        return None;
    }
    let next = &s[end..];
    let next_word = next
        .trim_start_matches(|c: char| is_quote(c) || matches!(c, '‘' | '\''))
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !next_word.starts_with(char::is_uppercase) {
        return None;
    }
    // Plain double spaces are often typing slips inside a sentence; a gap
    // with a no-break space is layout. Either way a name after the gap
    // (`Chamran praised  Sadr's`) must not follow a verb form.
    let starter = abbrev::sentence_starter(next_word);
    if !starter && !s[i..end].contains('\u{a0}') {
        return None;
    }
    let seg_all = &s[..i];
    let mut start = 0;
    let mut before = None;
    let mut ws_end = None;
    for (j, c) in seg_all.char_indices().rev() {
        if c.is_whitespace() {
            ws_end.get_or_insert(j + c.len_utf8());
            if ends_sentence(&seg_all[..j]) {
                // `Mr. Smith ...` is no heading after a sentence.
                let w = seg_all[..j]
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                if abbrev::never_final(w) || w.chars().count() == 1 {
                    return None;
                }
                start = ws_end.unwrap_or(j + c.len_utf8());
                before = Some((j, start));
                break;
            }
        } else {
            ws_end = None;
        }
    }
    let heading = &seg_all[start..];
    if !looks_like_heading(heading)
        || !heading.chars().any(char::is_lowercase)
        || heading.matches('“').count() > heading.matches('”').count()
    {
        return None;
    }
    let last = heading.split_whitespace().last()?;
    let last = last.trim_matches(|c: char| !c.is_alphanumeric());
    if last.ends_with("ed") || !starter && last.starts_with(char::is_uppercase) {
        return None;
    }
    Some(HeadingGap { end, before })
}

struct GlueSplit {
    /// Offset in the line where the paragraph break goes.
    at: usize,
    /// The straight quote at the join opens the next paragraph.
    quote_opens_next: bool,
    /// Offset in the line up to which the scan has accounted for quotes.
    skip_to: usize,
}

/// Checks whether the terminal at `s[i]` glues two paragraphs (`said.There`).
fn glue_point(s: &str, i: usize, quotes_before: usize) -> Option<GlueSplit> {
    let after = i + 1;
    let rest = &s[after..];
    let mut chars = rest.chars();
    let c1 = chars.next()?;
    let (quote, next) = if is_quote(c1) || c1 == '’' || c1 == '‘' {
        (Some(c1), chars.next()?)
    } else {
        (None, c1)
    };
    if !next.is_uppercase() {
        return None;
    }
    // A sentence opens with a word, not a lone capital glued to a bracket or
    // a letter (`(CSCO.O)`, `(BRK.A)`, `VOD.L,`, `<CKGH.HK>`): ticker codes
    // and similar stay whole.
    let fwd_from = after + quote.map_or(0, char::len_utf8);
    let fwd_len = s[fwd_from..]
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(s.len() - fwd_from);
    let fwd = &s[fwd_from..fwd_from + fwd_len];
    let fwd_next = s[fwd_from + fwd_len..].chars().next();
    let word_like = fwd.chars().count() > 1 && fwd.chars().skip(1).any(char::is_lowercase)
        || fwd_next.is_none_or(char::is_whitespace) && matches!(fwd, "A" | "I");
    if !word_like
        && (fwd.chars().count() <= 1 || fwd_next.is_some_and(|c| matches!(c, ')' | ']' | '>')))
    {
        return None;
    }
    // The word before the terminal.
    let before = &s[..i];
    let word_start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |p| {
        p + before[p..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &before[word_start..];
    if word.chars().count() < 2 || abbrev::never_final(word) {
        // Single letters are initials or parts of `U.S.`; titles precede names.
        // A closing bracket before the period (`[achieved].The`) still counts.
        if !(word.is_empty() && before.ends_with([')', ']'])) {
            return None;
        }
    }
    if before[..word_start].ends_with('.') {
        return None;
    }
    let last = word.chars().last()?;
    if word.chars().all(char::is_uppercase) && word.len() < 2 {
        return None;
    }
    if !(last.is_lowercase() || last.is_ascii_digit() || last.is_uppercase() || word.is_empty()) {
        return None;
    }
    // URLs, e-mail addresses and domain names stay whole.
    let tok_start = before.rfind(char::is_whitespace).map_or(0, |p| {
        p + before[p..].chars().next().map_or(1, char::len_utf8)
    });
    let tok_back = &before[tok_start..];
    if tok_back.contains("://") || tok_back.contains("www") || tok_back.contains('@') {
        return None;
    }
    let tok_fwd = rest.split(char::is_whitespace).next().unwrap_or("");
    if let Some(dot) = tok_fwd.find('.') {
        if tok_fwd[dot + 1..].starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
    }
    match quote {
        None => Some(GlueSplit {
            at: after,
            quote_opens_next: false,
            skip_to: after,
        }),
        Some(q) => {
            let qlen = q.len_utf8();
            let closes = match q {
                '”' | '’' | '»' => true,
                '“' | '‘' | '«' | '„' => false,
                _ => quotes_before % 2 == 1,
            };
            if closes {
                Some(GlueSplit {
                    at: after + qlen,
                    quote_opens_next: false,
                    skip_to: after + qlen,
                })
            } else {
                Some(GlueSplit {
                    at: after,
                    quote_opens_next: q == '"',
                    skip_to: after + qlen,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offsets::to_input;

    fn fixed(input: &str) -> String {
        repair(input, 0).text
    }

    #[test]
    fn ticker_codes_are_not_glued_sentences() {
        for input in [
            "Cisco Systems Inc (CSCO.O) posted results.",
            "Berkshire (BRK.A) rose.",
            "Vodafone (VOD.L) fell.",
            "BMW (BMWG.DE) gained.",
            "Cheung Kong (Holdings) Ltd <CKGH.HK> and Bank of Nova Scotia <BNS.TO> rose.",
        ] {
            assert_eq!(fixed(input), input);
        }
        // Real glued sentences still split, including one-letter words.
        assert_eq!(
            fixed("He said.There was none."),
            "He said.\n\nThere was none."
        );
        assert_eq!(
            fixed("It ended.A new one began."),
            "It ended.\n\nA new one began."
        );
        assert_eq!(
            fixed("Talks failed.UN envoys left."),
            "Talks failed.\n\nUN envoys left."
        );
    }

    #[test]
    fn joins_wraps_and_splits_glued() {
        let input = "The Deputy\nMinister said the talks would go on, Ali\nsaid.Later\nthe council met in Basra.";
        assert_eq!(fixed(input), "The Deputy Minister said the talks would go on, Ali said.\n\nLater the council met in Basra.");
    }

    #[test]
    fn quote_balance_decides_the_side() {
        let input = "He said the plan was \"a disaster for the\nregion.\"Officials declined to comment in the\nprovince.\"We will stay,\" she said.";
        assert_eq!(
            fixed(input),
            "He said the plan was \"a disaster for the region.\"\n\nOfficials declined to comment in the province.\n\n\"We will stay,\" she said."
        );
        assert_eq!(
            fixed("It ended.“The end,” he said."),
            "It ended.\n\n“The end,” he said."
        );
        assert_eq!(
            fixed("“It ended.”The end came."),
            "“It ended.”\n\nThe end came."
        );
    }

    #[test]
    fn keeps_abbreviations_urls_and_numbers() {
        for s in [
            "Col. Sean Ryan met Lt. Gen. Smith and Mr. Jones.",
            "The U.S. Army met J.R.R. Tolkien fans, e.g. readers.",
            "Growth was 3.5 percent at 10.30 a.m. on voanews.com and www.Example.com today.",
            "Write to press@Example.org for details.",
            "It is No.1 in the charts.",
        ] {
            assert_eq!(fixed(s), s);
        }
    }

    #[test]
    fn subheading_stays_its_own_paragraph() {
        let input = "The spokesperson did not disclose more information about the\noperation.\nTroops not to leave the region\nIran's\nAmbassador said on Monday that the forces would stay in the area\nfor now.";
        let r = repair(input, 0);
        assert_eq!(
            r.text,
            "The spokesperson did not disclose more information about the operation.\n\nTroops not to leave the region\n\nIran's Ambassador said on Monday that the forces would stay in the area for now."
        );
        assert_eq!(r.paragraphs.len(), 3);
        assert_eq!(r.stats.headings, 1);
    }

    #[test]
    fn heading_run_into_a_paragraph_on_one_line() {
        let input = "Prices rose again. Trade with the neighbours\u{a0} Exports grew by a third, the bureau said.";
        let r = repair(input, 0);
        assert_eq!(
            r.text,
            "Prices rose again.\n\nTrade with the neighbours\n\nExports grew by a third, the bureau said."
        );
        assert_eq!(r.paragraphs.len(), 3);
        let head = r.text.find("Trade").unwrap();
        assert_eq!(
            to_input(&r.edits, head, false),
            input.find("Trade").unwrap()
        );
        // At a paragraph start the heading only needs a break after it.
        let r = repair(
            "New talks on the border dispute  The ministers met on Monday.",
            0,
        );
        assert_eq!(
            r.text,
            "New talks on the border dispute\n\nThe ministers met on Monday."
        );
    }

    #[test]
    fn wide_gaps_inside_sentences_stay() {
        for input in [
            "The army dealt another blow to  PJAK on Monday.",
            "President Donal  Trump spoke on Thursday.",
            "He said it.  The talks ended.",
            "Talks resumed, officials said  “We will see,” he added.",
            "Mr. Smith visited the border region  The talks went on.",
            "The economy would expand  2.8 pct this year.",
            "Elsewhere in his remarks, Chamran praised  Sadr's morality.",
            "Elsewhere in his remarks, Chamran praised\u{a0} Sadr's morality.",
            "Shirazi restaged\u{a0} \"The Pillowman\" in Tehran.",
            "OPEC  1986/87  CURRENT  QUOTA",
            "“We went to the market  Then we went home,” she said.",
        ] {
            assert_eq!(fixed(input), input, "{input}");
        }
    }

    #[test]
    fn indented_paragraphs() {
        let input = "Showers continued in\nthe zone, the firm said. It\nwas dry.\n    The dry period means the\ncrop will be late.";
        assert_eq!(fixed(input), "Showers continued in the zone, the firm said. It was dry.\n\nThe dry period means the crop will be late.");
    }

    #[test]
    fn entities_and_hyphen_wraps() {
        assert_eq!(
            fixed("Smith &amp; Sons said the US-\nled force left."),
            "Smith & Sons said the US-led force left."
        );
    }

    #[test]
    fn offsets_map_back() {
        let input = "Alpha\nbeta said.Gamma\ndelta.";
        let r = repair(input, 0);
        let g = r.text.find("Gamma").unwrap_or(0);
        let s = to_input(&r.edits, g, false);
        assert_eq!(&input[s..s + 5], "Gamma");
    }
}
