//! Guessing the tense of a clause from its words.
//!
//! This is a cue-word heuristic, not a parser: future markers (`will`,
//! `'ll`, `plans to`, `next`, `tomorrow`) beat past markers (`said`, `-ed`,
//! `ago`), which beat present markers (`is`, `says`). The scanner also uses
//! [`local_tense`] to look at the few words around an expression when the
//! caller has no tense for it.

use crate::Tense;

/// Tense signalled by one lowercased word, given the word after it.
fn word_tense(w: &str, next: &str) -> Option<Tense> {
    let future = matches!(
        w,
        "will"
            | "would"
            | "shall"
            | "won't"
            | "won’t"
            | "tomorrow"
            | "next"
            | "upcoming"
            | "coming"
    ) || w.ends_with("'ll")
        || w.ends_with("’ll")
        || (next == "to"
            && matches!(
                w,
                "plans"
                    | "plan"
                    | "planned"
                    | "planning"
                    | "going"
                    | "expected"
                    | "scheduled"
                    | "set"
                    | "due"
                    | "intends"
                    | "aims"
            ));
    if future {
        return Some(Tense::Future);
    }
    let past = matches!(
        w,
        "said"
            | "told"
            | "was"
            | "were"
            | "had"
            | "did"
            | "went"
            | "came"
            | "made"
            | "took"
            | "gave"
            | "met"
            | "left"
            | "held"
            | "began"
            | "won"
            | "lost"
            | "fell"
            | "rose"
            | "got"
            | "saw"
            | "knew"
            | "thought"
            | "found"
            | "sent"
            | "spoke"
            | "wrote"
            | "struck"
            | "ago"
            | "yesterday"
            | "last"
            | "earlier"
            | "ran"
            | "shot"
            | "hit"
            | "paid"
            | "sold"
            | "bought"
    ) || (w.len() >= 5
        && w.ends_with("ed")
        && !matches!(
            w,
            "hundred"
                | "united"
                | "speed"
                | "indeed"
                | "need"
                | "based"
                | "armed"
                | "alleged"
                | "proceed"
                | "succeed"
                | "exceed"
        ));
    if past {
        return Some(Tense::Past);
    }
    if matches!(
        w,
        "is" | "are" | "am" | "says" | "say" | "now" | "currently"
    ) {
        return Some(Tense::Present);
    }
    None
}

/// Lowercased words of `s`, keeping apostrophes so `he'll` stays one word.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Guesses the tense of a clause from its words.
///
/// Any future marker (`will`, `would`, `'ll`, `plans to`, `next`, `tomorrow`)
/// makes it [`Tense::Future`]; otherwise a past marker (`said`, a word ending
/// in `-ed`, `ago`) makes it [`Tense::Past`]; otherwise `is`, `are` or `says`
/// make it [`Tense::Present`]; otherwise it is [`Tense::Unknown`].
///
/// ```
/// use dateline_time::{guess_tense, Tense};
/// assert_eq!(guess_tense("He will visit Kabul"), Tense::Future);
/// assert_eq!(guess_tense("The minister denied it"), Tense::Past);
/// assert_eq!(guess_tense("Talks in Kabul"), Tense::Unknown);
/// ```
pub fn guess_tense(clause: &str) -> Tense {
    let ws = words(clause);
    let mut found = [false; 3];
    for (i, w) in ws.iter().enumerate() {
        let next = ws.get(i + 1).map_or("", String::as_str);
        match word_tense(w, next) {
            Some(Tense::Future) => return Tense::Future,
            Some(Tense::Past) => found[0] = true,
            Some(Tense::Present) => found[1] = true,
            _ => found[2] = true,
        }
    }
    if found[0] {
        Tense::Past
    } else if found[1] {
        Tense::Present
    } else {
        Tense::Unknown
    }
}

/// True for bytes that end a clause for the local tense window.
fn clause_break(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | ',' | '\n' | ':' | '"' | '“' | '”'
    )
}

/// Tense of the words nearest to `text[start..end]` in the same clause.
///
/// Looks at up to six words before the expression, nearest first, then up
/// to four words after it; the first word with a tense decides. "that"
/// also ends the window, so in "said on Monday that he will go" the
/// `will` of the reported clause does not move Monday into the future.
pub(crate) fn local_tense(text: &str, start: usize, end: usize) -> Tense {
    let before = text.get(..start).unwrap_or("");
    let before = before.rsplit(clause_break).next().unwrap_or("");
    let bw = words(before);
    let tail: Vec<&String> = bw
        .iter()
        .rev()
        .take(6)
        .take_while(|w| w.as_str() != "that")
        .collect();
    for (i, w) in tail.iter().enumerate() {
        // `tail` runs backwards, so the word after `w` is the previous entry.
        let next = if i == 0 { "" } else { tail[i - 1].as_str() };
        let prev = bw
            .len()
            .checked_sub(i + 2)
            .and_then(|k| bw.get(k))
            .map_or("", String::as_str);
        match word_tense(w, next) {
            // A participle after "is"/"are" is a present passive ("are
            // held"); after "be" the auxiliary before it decides ("will be
            // held").
            Some(Tense::Past) if matches!(prev, "is" | "are" | "am") => return Tense::Present,
            Some(Tense::Past) if matches!(prev, "be" | "being") => {}
            Some(t) => return t,
            None => {}
        }
    }
    let after = text.get(end..).unwrap_or("");
    let after = after.split(clause_break).next().unwrap_or("");
    let aw = words(after);
    for (i, w) in aw.iter().take(4).enumerate() {
        if w == "that" {
            break;
        }
        let next = aw.get(i + 1).map_or("", String::as_str);
        if let Some(t) = word_tense(w, next) {
            return t;
        }
    }
    Tense::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses() {
        assert_eq!(guess_tense("she'll travel"), Tense::Future);
        assert_eq!(guess_tense("the group plans to march"), Tense::Future);
        assert_eq!(guess_tense("he said"), Tense::Past);
        assert_eq!(guess_tense("he says"), Tense::Present);
        assert_eq!(guess_tense(""), Tense::Unknown);
    }

    #[test]
    fn local_window_stops_at_that() {
        let t = "He said on Monday that he will go.";
        assert_eq!(local_tense(t, 8, 17), Tense::Past);
        let t = "He will visit on Monday.";
        assert_eq!(local_tense(t, 14, 23), Tense::Future);
        let t = "Polls will be held on Monday.";
        assert_eq!(local_tense(t, 19, 28), Tense::Future);
        let t = "Polls are held on Monday.";
        assert_eq!(local_tense(t, 15, 24), Tense::Present);
    }
}
