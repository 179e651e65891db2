//! Event-coding gold sets and their scorer.
//!
//! Each loader turns one validation format into [`GoldItem`]s: a text to
//! give the extractor plus the events expected in it. [`score`] runs the
//! extractor and compares.
//!
//! | set | file(s) | gold label | actors |
//! |---|---|---|---|
//! | `plover` | `plover/PLOVER_GSR_CAMEO.txt` | PLOVER type | real country codes |
//! | `conflibert` | `conflibert/cameo_class/train.tsv`, `cameo_ner/train.txt` | penta class 0–4 | source/target spans |
//! | `tabari` | `tabari/Validate.text` + dictionaries | WEIS code, read as CAMEO ([`weis`]) | fictional, mapped where real |
//! | `petrarch` | `petrarch2/PETR.UnitTest.records.xml`, `universalpetrarch/PETR2_GSR_validation.xml` | WEIS code read as CAMEO (PETR2) / CAMEO code (UniversalPetrarch) | fictional (PETR2) / real (UniversalPetrarch) |

pub mod conflibert;
pub mod countries;
pub mod dictionary;
pub mod petrarch;
pub mod plover;
pub mod score;
pub mod tabari;
pub mod weis;

use crate::Error;
use std::path::Path;

/// One expected event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldEvent {
    /// Full CAMEO event code (`064`, `0311`), when the set has one: as
    /// given, or translated from [`Self::weis`].
    pub code: Option<String>,
    /// The code as given by a set that codes in WEIS (TABARI, PETRARCH2;
    /// see [`weis`]); [`Self::code`] is then its CAMEO translation, `None`
    /// when it has none.
    pub weis: Option<String>,
    /// PLOVER type, when the set gives it.
    pub plover: Option<String>,
    /// Penta class 0–4 (0 neutral statements/appeals, 1 verbal cooperation,
    /// 2 material cooperation, 3 verbal conflict, 4 material conflict).
    pub penta: Option<u8>,
    /// Source actor code.
    pub source: Option<String>,
    /// Target actor code.
    pub target: Option<String>,
}

impl GoldEvent {
    /// The two-digit root of [`Self::code`].
    #[must_use]
    pub fn root(&self) -> Option<String> {
        self.code.as_deref().and_then(cameo_root)
    }

    /// True when the set gave a code that has no CAMEO translation (a
    /// test-only or ambiguous WEIS code): the event has no label to score.
    #[must_use]
    pub fn untranslated(&self) -> bool {
        self.weis.is_some() && self.code.is_none()
    }

    /// Penta class: given, or from the root, or from the PLOVER type.
    #[must_use]
    pub fn penta_class(&self) -> Option<u8> {
        self.penta
            .or_else(|| self.root().as_deref().and_then(root_penta))
            .or_else(|| self.plover.as_deref().and_then(plover_penta))
    }
}

/// Token spans of actors in a sentence (ConfliBERT NER), byte offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorSpans {
    /// `S` spans.
    pub source: Vec<(usize, usize)>,
    /// `T` spans.
    pub target: Vec<(usize, usize)>,
    /// `R` spans (actors in a reciprocal role).
    pub other: Vec<(usize, usize)>,
}

/// One text with its expected events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldItem {
    /// Set name (`plover`, `conflibert`, `tabari`, `petrarch2`, `universalpetrarch`).
    pub set: String,
    /// Record id within the set.
    pub id: String,
    /// The text given to the extractor.
    pub text: String,
    /// Date (ISO), when the set gives one.
    pub date: Option<String>,
    /// Expected events; empty with `no_event` for records coded as having none.
    pub events: Vec<GoldEvent>,
    /// True when the gold says no event should be coded.
    pub no_event: bool,
    /// True when every gold actor code denotes a real country or
    /// organisation, so actor triples can be compared.
    pub actors_scorable: bool,
    /// Actor spans, for sets that give them.
    pub actor_spans: Option<ActorSpans>,
}

/// The two-digit CAMEO root of a code (`0311` → `03`, `190` → `19`).
#[must_use]
pub fn cameo_root(code: &str) -> Option<String> {
    let c = code.trim();
    (c.len() >= 2 && c.chars().all(|ch| ch.is_ascii_digit())).then(|| c[..2].to_string())
}

/// Penta class of a CAMEO root (`None` outside 01–20), as the Phoenix event
/// data defined it and ConfliBERT's class labels follow: root 16 (reduce
/// relations: sanctions, cutting ties) is verbal conflict there, not material
/// conflict as in GDELT's quad classes. (On ConfliBERT's train split the
/// sentences we code with root 16 carry class 3 in 65 of 93 cases and class 4
/// in 4.) The record's `quad_class` keeps the CAMEO/GDELT convention.
#[must_use]
pub fn root_penta(root: &str) -> Option<u8> {
    match root.parse::<u8>().ok()? {
        1..=2 => Some(0),
        3..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 | 16 => Some(3),
        14 | 15 | 17..=20 => Some(4),
        _ => None,
    }
}

/// Quad class (1–4, as in the record) of a penta class: neutral statements
/// count as verbal cooperation, as in CAMEO's quad classes.
#[must_use]
pub fn penta_to_quad(p: u8) -> u8 {
    p.max(1)
}

/// Penta class of a PLOVER type, following the CAMEO roots each type
/// gathers (PLOVER 0.5 names as used in the gold standard) and
/// [`root_penta`]'s classes (SANCTION gathers root 16).
#[must_use]
pub fn plover_penta(t: &str) -> Option<u8> {
    Some(match t.to_ascii_uppercase().as_str() {
        "AGREE" | "CONSULT" | "SUPPORT" => 1,
        "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" => 2,
        "INVESTIGATE" | "DEMAND" | "DISAPPROVE" | "REJECT" | "THREATEN" | "ACCUSE" | "REQUEST"
        | "SANCTION" => 3,
        "PROTEST" | "MOBILIZE" | "COERCE" | "ASSAULT" | "FIGHT" => 4,
        _ => return None,
    })
}

/// The country part of an actor code: its first three letters, upper case;
/// none for a code that opens with a domestic sector ("BUS", "LEG": an
/// actor whose country nobody named). International bodies' IGO/NGO/IMG
/// stand where a country would, as the gold sets write them.
#[must_use]
pub fn actor_country(code: &str) -> Option<String> {
    let c: String = code.trim().chars().take(3).collect();
    let c = (c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()))
        .then(|| c.to_ascii_uppercase())?;
    (!SECTOR_PREFIXES.contains(&c.as_str())).then_some(c)
}

/// CAMEO sector codes that may open a code with no country before them.
const SECTOR_PREFIXES: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "CVL",
    "MED", "EDU", "BUS", "CRM", "REL", "REF", "HLH", "HRI", "LAB", "AGR", "DEV", "ENV", "ELI",
];

/// The sets [`load_all`] knows, in report order.
pub const SETS: &[&str] = &["plover", "conflibert", "tabari", "petrarch"];

/// Loads the named set family from the events anchor directory (the layout
/// described in its `SOURCE.txt`). `petrarch` loads both PETRARCH2 and
/// UniversalPetrarch.
///
/// # Errors
/// When a file is missing or unreadable.
pub fn load_set(dir: &Path, set: &str) -> Result<Vec<GoldItem>, Error> {
    match set {
        "plover" => plover::load(&dir.join("plover/PLOVER_GSR_CAMEO.txt")),
        "conflibert" => conflibert::load(
            &dir.join("conflibert/cameo_class/train.tsv"),
            Some(&dir.join("conflibert/cameo_ner/train.txt")),
        ),
        "tabari" => {
            let dict = dictionary::RealCodes::load(&[
                dir.join("tabari/TABARI.Demo.actors"),
                dir.join("tabari/Validate.agents"),
            ])?;
            tabari::load(&dir.join("tabari/Validate.text"), &dict)
        }
        "petrarch" => {
            let dict = dictionary::RealCodes::load(&[
                dir.join("petrarch2/PETR.Validate.actors.txt"),
                dir.join("petrarch2/PETR.Validate.agents.txt"),
            ])?;
            let mut v = petrarch::load(
                &dir.join("petrarch2/PETR.UnitTest.records.xml"),
                "petrarch2",
                Some(&dict),
            )?;
            v.extend(petrarch::load(
                &dir.join("universalpetrarch/PETR2_GSR_validation.xml"),
                "universalpetrarch",
                None,
            )?);
            Ok(v)
        }
        other => Err(Error::format(
            dir,
            0,
            format!("unknown set {other:?}; known: {}", SETS.join(", ")),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_and_classes() {
        assert_eq!(cameo_root("0311").as_deref(), Some("03"));
        assert_eq!(cameo_root("190").as_deref(), Some("19"));
        assert_eq!(cameo_root("---"), None);
        assert_eq!(root_penta("02"), Some(0));
        assert_eq!(root_penta("04"), Some(1));
        assert_eq!(root_penta("18"), Some(4));
        assert_eq!(root_penta("16"), Some(3));
        assert_eq!(plover_penta("SANCTION"), Some(3));
        assert_eq!(root_penta("22"), None);
        assert_eq!(plover_penta("assault"), Some(4));
        assert_eq!(penta_to_quad(0), 1);
        assert_eq!(actor_country("USAGOV").as_deref(), Some("USA"));
        assert_eq!(actor_country("---"), None);
        // A sector alone names no country; an international body stands
        // where one would.
        assert_eq!(actor_country("BUS"), None);
        assert_eq!(actor_country("LEGMIL"), None);
        assert_eq!(actor_country("IGOUNO").as_deref(), Some("IGO"));
    }
}
