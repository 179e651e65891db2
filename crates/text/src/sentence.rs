//! Sentence segmentation over repaired text.
//!
//! Works paragraph by paragraph, so a heading without a final period ends
//! its sentence. Candidate boundaries are terminal punctuation followed by
//! closing quotes or brackets, whitespace and a capital, digit or opening
//! quote; abbreviations (`Col.`, `Mr.`), initials and dotted acronyms
//! (`U.S.`) are boundaries only before a word that usually starts a sentence.

use crate::abbrev;

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | ')' | ']' | '»' | '\'')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '(' | '[' | '«' | '\'')
}

/// Splits `text` into sentences, given its paragraph ranges. Returns byte
/// ranges trimmed of surrounding whitespace.
#[must_use]
pub fn split_sentences(text: &str, paragraphs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &(ps, pe) in paragraphs {
        if pe <= ps || pe > text.len() {
            continue;
        }
        split_paragraph(text, ps, pe, &mut out);
    }
    out
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let seg = &text[s..e];
    let lead = seg.len() - seg.trim_start().len();
    let trimmed = seg.trim();
    if !trimmed.is_empty() {
        out.push((s + lead, s + lead + trimmed.len()));
    }
}

fn split_paragraph(text: &str, ps: usize, pe: usize, out: &mut Vec<(usize, usize)>) {
    let para = &text[ps..pe];
    let mut start = 0;
    let mut straight_quotes = 0usize;
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c == '"' {
            straight_quotes += 1;
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            k += 1;
            continue;
        }
        // Extend over further terminals and closing quotes/brackets.
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
            j += 1;
        }
        let mut q = straight_quotes;
        while j < chars.len() && (is_closer(chars[j].1) || (chars[j].1 == '"' && q % 2 == 1)) {
            if chars[j].1 == '"' {
                q += 1;
            }
            j += 1;
        }
        let end = if j < chars.len() {
            chars[j].0
        } else {
            para.len()
        };
        if j >= chars.len() {
            break;
        }
        if !chars[j].1.is_whitespace() {
            k += 1;
            continue;
        }
        // Next visible character.
        let mut n = j;
        while n < chars.len() && chars[n].1.is_whitespace() {
            n += 1;
        }
        if n >= chars.len() {
            break;
        }
        let next_c = chars[n].1;
        let after_opener = chars[n..]
            .iter()
            .map(|x| x.1)
            .find(|ch| !is_opener(*ch))
            .unwrap_or(' ');
        if !(next_c.is_uppercase()
            || next_c.is_ascii_digit()
            || (is_opener(next_c)
                && (after_opener.is_uppercase() || after_opener.is_ascii_digit())))
        {
            k += 1;
            continue;
        }
        if c == '.'
            && j == k + 1 + usize::from(false)
            && !boundary_after_period(para, i, &para[chars[n].0..])
        {
            k += 1;
            continue;
        }
        push_trimmed(text, ps + start, ps + end, out);
        start = end;
        straight_quotes = q;
        k = j;
    }
    push_trimmed(text, ps + start, pe, out);
}

/// Decides whether the period at `para[i]` ends a sentence, given the text
/// that follows the whitespace.
fn boundary_after_period(para: &str, i: usize, next: &str) -> bool {
    let before = &para[..i];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let next_word: &str = next
        .trim_start_matches(is_opener)
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let starter = abbrev::sentence_starter(next_word);
    if word.is_empty() {
        return true;
    }
    if word.contains('.') {
        // Dotted acronym or initials run: `U.S.`, `J.R.R.`, `a.m.`
        return starter;
    }
    if abbrev::never_final(word) {
        return false;
    }
    let single_upper = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if single_upper {
        // An initial: `John F. Kennedy`.
        return false;
    }
    if abbrev::maybe_final(word) {
        return starter;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split_sentences(text, &[(0, text.len())])
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("Col. Sean Ryan met Gen. Ali on Jan. 5. Mr. Smith left. The U.S. Army stayed."),
            vec![
                "Col. Sean Ryan met Gen. Ali on Jan. 5.",
                "Mr. Smith left.",
                "The U.S. Army stayed."
            ]
        );
        assert_eq!(
            sents("He moved to the U.S. The move was quick."),
            vec!["He moved to the U.S.", "The move was quick."]
        );
        assert_eq!(
            sents("John F. Kennedy spoke at 3 p.m. on Friday."),
            vec!["John F. Kennedy spoke at 3 p.m. on Friday."]
        );
    }

    #[test]
    fn quotes_and_brackets() {
        assert_eq!(
            sents("\"We will stay,\" he said. \"It is over.\" She left. (He agreed.) Then rain."),
            vec![
                "\"We will stay,\" he said.",
                "\"It is over.\"",
                "She left.",
                "(He agreed.)",
                "Then rain."
            ]
        );
        assert_eq!(
            sents("“Why now?” he asked. Nobody knew."),
            vec!["“Why now?” he asked.", "Nobody knew."]
        );
        assert_eq!(
            sents("Wait... Then it came."),
            vec!["Wait...", "Then it came."]
        );
    }

    #[test]
    fn numbers_and_domains() {
        assert_eq!(
            sents("Prices rose 3.5 percent, voanews.com said. Next."),
            vec!["Prices rose 3.5 percent, voanews.com said.", "Next."]
        );
    }

    #[test]
    fn heading_paragraph_is_a_sentence() {
        let text = "Troops to stay\n\nThe army said so.";
        assert_eq!(split_sentences(text, &[(0, 14), (16, text.len())]).len(), 2);
    }
}
