//! Attribution cues (`data/lexicon/cues.tsv`): reporting verbs and multiword
//! cue phrases such as `according to` or `told reporters`.

use crate::phrases::Phrase;
use crate::tsv::{self, err, flag};
use crate::LexiconError;

pub(crate) const FILE: &str = "data/lexicon/cues.tsv";
pub(crate) const TEXT: &str = include_str!("../../../data/lexicon/cues.tsv");

/// An attribution cue verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// The verb's lemma: `say`.
    pub lemma: String,
    /// The cue class: `say`, `claim`, `deny`, `tell`, `warn`, `accuse`...
    pub class: String,
    /// Takes an addressee object (`told reporters`, `warned Iran`).
    pub addressee: bool,
    /// The cue denies its content (`deny`, `reject`, `dismiss`, `refute`).
    pub denial: bool,
    /// The cue distances the reporter from its content (`claim`, `allege`).
    pub hedge: bool,
    /// The CAMEO code when the speech act is itself an event (`accuse` 112).
    pub cameo: Option<String>,
}

/// Where a cue phrase expects its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseFrame {
    /// The source follows the phrase: `according to SOURCE`.
    SourceAfter,
    /// The source precedes the phrase: `SOURCE told reporters`.
    SourceBefore,
    /// The phrase only marks the clause as reported (`in a statement`).
    Any,
    /// A verb with a particle or adjective, one cue verb together: the
    /// source precedes, the content follows (`pointed out that`, `made it
    /// clear`). See [`crate::Lexicon::particle_cue_at`].
    Particle,
}

/// A multiword attribution cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CuePhrase {
    /// The phrase and its token alternatives.
    pub phrase: Phrase,
    /// The cue class, as for [`Cue::class`].
    pub class: String,
    /// Where the source is found.
    pub frame: PhraseFrame,
    /// The phrase denies its content.
    pub denial: bool,
    /// The phrase distances the reporter from its content.
    pub hedge: bool,
    /// The CAMEO code when the speech act is itself an event.
    pub cameo: Option<String>,
}

/// The parsed cue file: verbs and phrases.
pub(crate) struct Cues {
    pub verbs: Vec<Cue>,
    pub verb_lines: Vec<usize>,
    pub phrases: Vec<CuePhrase>,
    pub phrase_cameo_lines: Vec<usize>,
}

fn polarity(row: &tsv::Row<'_>) -> Result<(bool, bool), LexiconError> {
    match row.get(4) {
        "-" => Ok((false, false)),
        "denial" => Ok((true, false)),
        "hedge" => Ok((false, true)),
        other => Err(err(
            FILE,
            row,
            format!("polarity must be -, denial or hedge, found `{other}`"),
        )),
    }
}

fn cameo(row: &tsv::Row<'_>) -> Option<String> {
    match row.get(5) {
        "-" => None,
        c => Some(c.to_string()),
    }
}

/// Parses the cue file.
pub(crate) fn parse(text: &str) -> Result<Cues, LexiconError> {
    let mut cues = Cues {
        verbs: Vec::new(),
        verb_lines: Vec::new(),
        phrases: Vec::new(),
        phrase_cameo_lines: Vec::new(),
    };
    for row in tsv::rows(FILE, text, 7, 7)? {
        let (denial, hedge) = polarity(&row)?;
        let addressee = flag(FILE, &row, 3)?;
        match row.get(0) {
            "verb" => {
                let lemma = row.get(1);
                if lemma.contains(char::is_whitespace) || lemma.contains('|') {
                    return Err(err(
                        FILE,
                        &row,
                        "a verb cue is one lemma; use kind `phrase`",
                    ));
                }
                if row.get(6) != "-" {
                    return Err(err(FILE, &row, "frame applies to phrases only"));
                }
                cues.verb_lines.push(row.line);
                cues.verbs.push(Cue {
                    lemma: lemma.to_string(),
                    class: row.get(2).to_string(),
                    addressee,
                    denial,
                    hedge,
                    cameo: cameo(&row),
                });
            }
            "phrase" => {
                let frame = match row.get(6) {
                    "src_after" => PhraseFrame::SourceAfter,
                    "src_before" => PhraseFrame::SourceBefore,
                    "any" => PhraseFrame::Any,
                    "particle" => PhraseFrame::Particle,
                    other => {
                        return Err(err(
                            FILE,
                            &row,
                            format!(
                            "frame must be src_after, src_before, any or particle, found `{other}`"
                        ),
                        ))
                    }
                };
                cues.phrase_cameo_lines.push(row.line);
                cues.phrases.push(CuePhrase {
                    phrase: Phrase::new(row.get(1), row.get(2), row.line),
                    class: row.get(2).to_string(),
                    frame,
                    denial,
                    hedge,
                    cameo: cameo(&row),
                });
            }
            other => {
                return Err(err(
                    FILE,
                    &row,
                    format!("kind must be verb or phrase, found `{other}`"),
                ))
            }
        }
    }
    Ok(cues)
}
