//! Objects that make an action verb no event (`data/cameo/not_targets.tsv`):
//! "drought killed crops", "fight poverty", "released its results".

use foldhash::{HashMap, HashMapExt as _, HashSet};

use crate::tsv::{self, err};
use crate::LexiconError;

pub(crate) const FILE: &str = "data/cameo/not_targets.tsv";
pub(crate) const TEXT: &str = include_str!("../../../data/cameo/not_targets.tsv");

/// Parses the file into the nouns of each verb lemma, rejecting malformed
/// and repeated entries.
pub(crate) fn parse(text: &str) -> Result<HashMap<String, HashSet<String>>, LexiconError> {
    let mut out: HashMap<String, HashSet<String>> = HashMap::new();
    for row in tsv::rows(FILE, text, 2, 2)? {
        let verb = row.get(0);
        if verb.contains(' ') || verb.to_lowercase() != verb {
            return Err(err(
                FILE,
                &row,
                format!("verb `{verb}` is not one lowercase lemma"),
            ));
        }
        for noun in row.get(1).split('|') {
            if noun.is_empty() || noun.contains(' ') || noun.to_lowercase() != noun {
                return Err(err(
                    FILE,
                    &row,
                    format!("noun `{noun}` is not one lowercase word"),
                ));
            }
            if !out
                .entry(verb.to_string())
                .or_default()
                .insert(noun.to_string())
            {
                return Err(err(
                    FILE,
                    &row,
                    format!("`{verb}` `{noun}` is listed twice"),
                ));
            }
        }
    }
    Ok(out)
}
