//! Word tokens with byte offsets.
//!
//! News-style tokenisation: punctuation, quotes and brackets are tokens of
//! their own; possessive `'s` and `n't` are split off (as in the Penn
//! Treebank and UD English EWT); abbreviations (`U.S.`, `Col.`), hyphenated
//! words (`al-Qaddo`, `Iran-backed`), numbers (`3.5`, `1,000`), URLs and
//! e-mail addresses stay whole.

use crate::abbrev;

/// A token: a byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// Tokenises `text[start..end]`, appending to `out`.
pub fn tokenize_into(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let seg = &text[start..end];
    for chunk in seg.split(char::is_whitespace) {
        if !chunk.is_empty() {
            // Whitespace may be multi-byte (no-break space): take the chunk's real offset.
            split_chunk(chunk, start + chunk_offset(seg, chunk), out);
        }
    }
}

fn chunk_offset(seg: &str, chunk: &str) -> usize {
    chunk.as_ptr() as usize - seg.as_ptr() as usize
}

/// Tokenises a whole text.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut v = Vec::with_capacity(text.len() / 5);
    tokenize_into(text, 0, text.len(), &mut v);
    v
}

fn split_chunk(chunk: &str, base: usize, out: &mut Vec<Token>) {
    if chunk.contains("://")
        || chunk.starts_with("www.")
        || (chunk.contains('@') && chunk.contains('.'))
    {
        let t = chunk.trim_end_matches(['.', ',', ';', ':', ')', '"', '”']);
        out.push(Token {
            start: base,
            end: base + t.len(),
        });
        if t.len() < chunk.len() {
            split_chunk(&chunk[t.len()..], base + t.len(), out);
        }
        return;
    }
    let mut s = 0;
    let mut e = chunk.len();
    // Leading punctuation, one token each.
    while s < e {
        let c = chunk[s..].chars().next().unwrap_or(' ');
        if is_punct(c) && !(c == '$' || c == '#' || c == '@')
            || ((c == '$' || c == '#')
                && chunk[s..]
                    .chars()
                    .nth(1)
                    .is_none_or(|n| !n.is_alphanumeric()))
        {
            // `''` (two apostrophes as a double quote mark) is one token.
            let l = if chunk[s..].starts_with("''") {
                2
            } else {
                c.len_utf8()
            };
            out.push(Token {
                start: base + s,
                end: base + s + l,
            });
            s += l;
        } else if c == '$' {
            out.push(Token {
                start: base + s,
                end: base + s + 1,
            });
            s += 1;
        } else {
            break;
        }
    }
    // Trailing punctuation: one token per character, pushed after the word.
    let tail_end = e;
    while e > s {
        let c = chunk[..e].chars().next_back().unwrap_or(' ');
        if !is_punct(c) {
            break;
        }
        let l = c.len_utf8();
        if c == '.' {
            let word = &chunk[s..e - 1];
            let keep = word.contains('.')
                && word
                    .split('.')
                    .all(|seg| seg.chars().count() <= 2 && seg.chars().all(char::is_alphabetic))
                || abbrev::never_final(word)
                || abbrev::maybe_final(word)
                || (word.chars().count() == 1 && word.chars().all(char::is_uppercase));
            if keep && e == tail_end {
                break;
            }
        }
        e -= l;
    }
    if e > s {
        let word = &chunk[s..e];
        // Clitics: possessive 's, n't, 'll, 're, 've, 'd, 'm.
        let mut cut = None;
        for suf in ["n't", "n’t"] {
            if ends_with_ci(word, suf) && word.len() > suf.len() + 1 {
                cut = Some(word.len() - suf.len());
            }
        }
        if cut.is_none() {
            for suf in [
                "'s", "’s", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'d", "’d", "'m", "’m",
            ] {
                if ends_with_ci(word, suf) && word.len() > suf.len() {
                    cut = Some(word.len() - suf.len());
                    break;
                }
            }
        }
        if word.eq_ignore_ascii_case("can't") || word.eq_ignore_ascii_case("can’t") {
            cut = Some(2);
        }
        match cut {
            Some(c) => {
                out.push(Token {
                    start: base + s,
                    end: base + s + c,
                });
                out.push(Token {
                    start: base + s + c,
                    end: base + e,
                });
            }
            None => split_inner(word, base + s, out),
        }
    }
    let mut i = e;
    while i < tail_end {
        // `'old-school,'''`: a single quote closes before the double one.
        let l = if chunk[i..tail_end].starts_with("''") && !chunk[i..tail_end].starts_with("'''") {
            2
        } else {
            chunk[i..].chars().next().map_or(1, char::len_utf8)
        };
        out.push(Token {
            start: base + i,
            end: base + i + l,
        });
        i += l;
    }
}

/// `word.to_ascii_lowercase().ends_with(suffix)` for a lowercase suffix,
/// without allocating.
fn ends_with_ci(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.is_char_boundary(word.len() - suffix.len())
        && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Splits inner punctuation that separates words (`word—word`, `a/b`), but
/// keeps hyphens, periods in numbers and abbreviations, and apostrophes.
fn split_inner(word: &str, base: usize, out: &mut Vec<Token>) {
    let mut start = 0;
    for (i, c) in word.char_indices() {
        if matches!(
            c,
            '—' | '–' | '/' | '"' | '“' | '”' | '(' | ')' | '[' | ']' | ';' | '…'
        ) || (c == ',' && !is_num_sep(word, i))
            || (c == ':' && !is_num_sep(word, i))
        {
            if i > start {
                out.push(Token {
                    start: base + start,
                    end: base + i,
                });
            }
            out.push(Token {
                start: base + i,
                end: base + i + c.len_utf8(),
            });
            start = i + c.len_utf8();
        }
    }
    if start < word.len() {
        out.push(Token {
            start: base + start,
            end: base + word.len(),
        });
    }
}

fn is_num_sep(word: &str, i: usize) -> bool {
    let b = word.as_bytes();
    i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s)
            .into_iter()
            .map(|t| &s[t.start..t.end])
            .collect()
    }

    #[test]
    fn two_apostrophe_quote_mark_is_one_token() {
        assert_eq!(
            toks("''It is late,'' the clerks' boss said."),
            vec!["''", "It", "is", "late", ",", "''", "the", "clerks", "'", "boss", "said", "."]
        );
    }

    #[test]
    fn single_quote_closing_inside_a_two_apostrophe_quote() {
        assert_eq!(
            toks("''a word 'old-school,''' said Ray."),
            vec![
                "''",
                "a",
                "word",
                "'",
                "old-school",
                ",",
                "'",
                "''",
                "said",
                "Ray",
                "."
            ]
        );
    }

    #[test]
    fn news_tokens() {
        assert_eq!(
            toks("\"The patrol,\" Col. Sean Ryan told VOA. Iran's U.S.-backed"),
            vec![
                "\"",
                "The",
                "patrol",
                ",",
                "\"",
                "Col.",
                "Sean",
                "Ryan",
                "told",
                "VOA",
                ".",
                "Iran",
                "'s",
                "U.S.-backed"
            ]
        );
        assert_eq!(
            toks("didn't pay $1,000 (3.5%) at voanews.com."),
            vec![
                "did",
                "n't",
                "pay",
                "$",
                "1,000",
                "(",
                "3.5",
                "%",
                ")",
                "at",
                "voanews.com",
                "."
            ]
        );
        assert_eq!(
            toks("“Mr. Foreign Minister, we’re with you,”"),
            vec![
                "“", "Mr.", "Foreign", "Minister", ",", "we", "’re", "with", "you", ",", "”"
            ]
        );
        assert_eq!(
            toks("at 10:30 on 2019-02-04—then"),
            vec!["at", "10:30", "on", "2019-02-04", "—", "then"]
        );
    }
}
