//! Abbreviations that end with a period but seldom end a sentence.

/// Titles and other abbreviations that are followed by a name or number and
/// so never end a sentence (`Col. Sean Ryan`, `No. 10`).
const NEVER_FINAL: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Col", "Gen", "Lt", "Maj", "Capt", "Cpt",
    "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Sen", "Rep", "Gov", "Atty", "Supt", "Insp",
    "Rev", "Fr", "Hon", "Pres", "Amb", "Sec", "Lieut", "Gens", "Sens", "Reps", "St", "Mt", "Ft",
    "No", "Nos", "Vol", "Fig", "Art", "Sec", "vs", "v", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "ca", "cf", "al", "Ave", "Blvd",
    "Sheikh", "Dept", "Pfc", "Spc", "Cmdt", "Ald", "Del", "Gov", "Jr", "Sr",
];

/// Abbreviations that may end a sentence (`... Acme Inc. The firm`): only
/// a following sentence starter decides.
const MAYBE_FINAL: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Bros", "etc", "Jr", "Sr", "Esq", "Plc", "LLC", "Ph.D", "a.m",
    "p.m",
];

/// Longer than any entry of the lists above, in bytes.
const MAX_ABBREV: usize = 8;

/// True when `word` (without its period) is an abbreviation that never ends a sentence.
#[must_use]
pub fn never_final(word: &str) -> bool {
    // Every entry is short: skip the list scan for ordinary words.
    if word.len() > MAX_ABBREV {
        return false;
    }
    NEVER_FINAL.iter().any(|a| {
        a.eq_ignore_ascii_case(word) && (a.len() > 2 || word.starts_with(char::is_uppercase))
    }) && !matches!(
        word,
        "NO" | "ST"
            | "MT"
            | "CA"
            | "EST"
            | "ART"
            | "DEL"
            | "AL"
            | "SEC"
            | "COL"
            | "GEN"
            | "REP"
            | "SEN"
    )
}

/// True when `word` is an abbreviation that may or may not end a sentence.
#[must_use]
pub fn maybe_final(word: &str) -> bool {
    if word.len() > MAX_ABBREV {
        return false;
    }
    MAYBE_FINAL.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Words that commonly start a sentence; after an ambiguous abbreviation
/// (`U.S.`, `Inc.`) one of these signals a boundary.
#[must_use]
pub fn sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "In"
            | "But"
            | "A"
            | "An"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "There"
            | "On"
            | "At"
            | "As"
            | "And"
            | "However"
            | "Meanwhile"
            | "Last"
            | "Earlier"
            | "Later"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "If"
            | "Some"
            | "Many"
            | "Most"
            | "According"
            | "Officials"
            | "Analysts"
            | "Yet"
            | "So"
            | "Still"
            | "For"
            | "Such"
            | "Now"
            | "Also"
            | "One"
            | "Two"
            | "Both"
            | "What"
            | "Why"
            | "How"
            | "Who"
            | "Since"
            | "Despite"
            | "Under"
            | "Under the"
            | "Mr"
            | "Ms"
            | "Mrs"
            | "Dr"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_guard_covers_every_entry() {
        assert!(NEVER_FINAL
            .iter()
            .chain(MAYBE_FINAL)
            .all(|a| a.len() <= MAX_ABBREV));
        assert!(
            never_final("Col")
                && never_final("Sheikh")
                && maybe_final("Ph.D")
                && !never_final("Colonel")
        );
    }
}
