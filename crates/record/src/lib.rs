//! The dateline output record.
//!
//! This crate is the wire and database format: every type here derives
//! `Serialize`/`Deserialize` and is documented field by field in
//! `docs/schema.md` (with a JSON Schema in `docs/record.schema.json`).
//! Analysis crates build these values at the very end of the pipeline; their
//! internal types stay private so the format can't drift by accident.
//!
//! All `start`/`end` offsets are **byte** offsets into [`Record::text`], the
//! repaired body, and always lie on UTF-8 character boundaries.
#![deny(missing_docs)]

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// Version of the record schema; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// A byte range in the repaired text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Inclusive start byte.
    pub start: usize,
    /// Exclusive end byte.
    pub end: usize,
}

/// A byte range in the repaired text together with the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// Inclusive start byte.
    pub start: usize,
    /// Exclusive end byte.
    pub end: usize,
    /// `text[start..end]`.
    pub text: String,
}

/// Where a record came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Origin {
    /// The file path as given (or `-` for standard input).
    pub file: String,
    /// 1-based line number for JSON Lines input.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<u64>,
}

/// One edit made by text repair: `text[text_start..text_end]` replaced
/// `input[input_start..input_end]`. Outside edits the two are byte-identical.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    /// Start in the repaired text.
    pub text_start: usize,
    /// End in the repaired text.
    pub text_end: usize,
    /// Start in the input body.
    pub input_start: usize,
    /// End in the input body.
    pub input_end: usize,
}

/// Maps byte offsets in [`Record::text`] back to the input text.
///
/// `input` names which input string offsets refer to: `file` (the whole
/// plain-text file, lossily decoded) or the JSON field the body came from
/// (`text` or `content`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SourceMap {
    /// Which input string the offsets refer to.
    pub input: String,
    /// The edits, sorted by position, non-overlapping.
    pub edits: Vec<Edit>,
}

impl SourceMap {
    /// Maps a text offset to the input offset. Offsets inside an edit map to
    /// the start of the replaced input (for starts) or its end (for ends).
    #[must_use]
    pub fn to_input(&self, pos: usize, is_end: bool) -> usize {
        // Binary search for the last edit starting at or before `pos`.
        let idx = self.edits.partition_point(|e| e.text_start <= pos);
        if idx == 0 {
            return pos;
        }
        let e = &self.edits[idx - 1];
        if pos < e.text_end || (pos == e.text_end && pos == e.text_start) {
            // Inside the edit (or at a pure insertion/deletion point).
            if pos == e.text_start && !is_end {
                return if e.text_start == e.text_end {
                    e.input_end
                } else {
                    e.input_start
                };
            }
            return if is_end { e.input_end } else { e.input_start };
        }
        e.input_end + (pos - e.text_end)
    }

    /// Maps a text range to an input range.
    #[must_use]
    pub fn range_to_input(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_input(start, false);
        let e = self.to_input(end, true).max(s);
        (s, e)
    }
}

/// Severity-free note about something repaired, guessed or skipped.
pub type Warning = String;

/// One processed article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Record {
    /// Record schema version ([`SCHEMA_VERSION`]).
    pub schema: u32,
    /// Article id: from the input, else derived from the file name and line.
    pub id: String,
    /// Where the article was read from.
    pub origin: Origin,
    /// News outlet (from metadata or the dateline).
    pub outlet: Option<String>,
    /// Section of the outlet (from metadata or the dateline).
    pub section: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// Publication time, ISO 8601: a date, or a date and time with the zone
    /// only when the input gave one.
    pub published: Option<String>,
    /// The place named in the dateline (`BAGHDAD (Reuters) -`), if any.
    pub dateline_place: Option<String>,
    /// Detected language (ISO 639-1), when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub language: Option<String>,
    /// Repaired body text; every offset in the record points into it.
    pub text: String,
    /// Paragraph ranges.
    pub paragraphs: Vec<Span>,
    /// Sentence ranges.
    pub sentences: Vec<Span>,
    /// Maps ranges of `text` back to the input.
    pub source_map: SourceMap,
    /// Entities found in the article.
    pub entities: Vec<Entity>,
    /// Quotes and reported speech.
    pub attributions: Vec<Attribution>,
    /// Coded events.
    pub events: Vec<Event>,
    /// Input fields dateline does not interpret, kept verbatim.
    #[serde(skip_serializing_if = "serde_json::Map::is_empty", default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Things repaired, guessed or skipped in this record.
    pub warnings: Vec<Warning>,
}

/// A mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Start byte in `text`.
    pub start: usize,
    /// End byte in `text`.
    pub end: usize,
    /// The mention's text.
    pub text: SharedStr,
    /// How it refers: `name`, `alias`, `surname`, `title`, `pronoun`,
    /// `acronym`, `demonym`, `nominal`, `metonym`.
    pub kind: Cow<'static, str>,
}

/// A string that is a slice of one reference-counted string: the mentions
/// of an article share one copy of its text instead of a string each.
/// Written and read as a plain string.
#[derive(Clone)]
pub struct SharedStr {
    whole: Arc<str>,
    start: usize,
    end: usize,
}

impl SharedStr {
    /// `whole[start..end]`, sharing `whole`.
    ///
    /// # Panics
    ///
    /// When the range is not a slice of `whole` on character boundaries.
    #[must_use]
    pub fn slice(whole: &Arc<str>, start: usize, end: usize) -> Self {
        assert!(
            whole.get(start..end).is_some(),
            "{start}..{end} is no slice of a text of {} bytes",
            whole.len()
        );
        Self {
            whole: Arc::clone(whole),
            start,
            end,
        }
    }

    /// The string.
    #[must_use]
    pub fn as_str(&self) -> &str {
        // Checked when made: `slice` asserts the range, `From` takes all.
        self.whole.get(self.start..self.end).unwrap_or_default()
    }
}

impl std::ops::Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> Self {
        Self {
            whole: Arc::from(s),
            start: 0,
            end: s.len(),
        }
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> Self {
        let end = s.len();
        Self {
            whole: Arc::from(s),
            start: 0,
            end,
        }
    }
}

impl std::fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for SharedStr {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self::from)
    }
}

/// A role or title held by a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// The title as normalised (`prime minister`, `spokesperson`).
    pub title: String,
    /// What the role is of (`Iraq`, `Fatah Alliance`), when stated.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub of: Option<String>,
    /// Where the role was stated, if in the text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<Span>,
    /// The text says the role was held before (`former`, `ex-`): it is
    /// not a current office.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub former: bool,
}

/// A geocoded place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// ISO 3166 alpha-3 country code.
    pub country: String,
    /// First-level region name, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub region: Option<String>,
    /// Feature kind: `country`, `region`, `city`.
    pub feature: String,
}

/// An entity resolved within the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `E1`, `E2`, ... unique within the record.
    pub id: Cow<'static, str>,
    /// The fullest name found.
    pub name: String,
    /// `person`, `organization`, `place`, `country`, `group`, `facility`
    /// (a building named for the body it houses: the Kremlin; it carries
    /// that body's actor code).
    #[serde(rename = "type")]
    pub kind: Cow<'static, str>,
    /// Titles and roles.
    pub roles: Vec<Role>,
    /// CAMEO-style actor code as of the publication date (`IRQGOV`).
    pub actor: Option<String>,
    /// ISO 3166 alpha-3 country the entity belongs to.
    pub country: Option<String>,
    /// Knowledge-base key, when linked.
    pub kb: Option<String>,
    /// Coordinates and region, for places.
    pub place: Option<Place>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// A reference to an entity through a span of text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRef {
    /// Entity id, when resolved.
    pub entity: Option<String>,
    /// Start byte in `text`.
    pub start: usize,
    /// End byte in `text`.
    pub end: usize,
    /// The span's text.
    pub text: String,
}

/// The speech verb or phrase of an attribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// Start byte in `text`.
    pub start: usize,
    /// End byte in `text`.
    pub end: usize,
    /// The cue's text.
    pub text: String,
    /// Lemma (`say`, `according to`).
    pub lemma: String,
}

/// A date resolved against the publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// ISO date (`2019-02-04`), month (`2019-02`) or year (`2019`).
    pub value: String,
    /// `day`, `week`, `month`, `year`.
    pub precision: String,
    /// First day of the range.
    pub from: String,
    /// Last day of the range.
    pub to: String,
    /// The words that gave the date; absent when it was inferred.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<TextSpan>,
    /// True when no date words were found and the publication date was used.
    pub inferred: bool,
}

/// A quote or reported claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// `A1`, `A2`, ... unique within the record.
    pub id: String,
    /// `direct`, `indirect`, `mixed`, `according_to`, `report`.
    pub kind: String,
    /// Who said it.
    pub speaker: Option<EntityRef>,
    /// The speech verb or phrase.
    pub cue: Option<Cue>,
    /// What was said; several spans when the content is discontinuous.
    pub content: Vec<TextSpan>,
    /// To whom (`told CBS`).
    pub addressee: Option<EntityRef>,
    /// Channel (`in an email`, `on Twitter`).
    pub medium: Option<TextSpan>,
    /// When it was said.
    pub date: Option<DateValue>,
    /// Hedge words around the claim (`allegedly`, `reportedly`).
    pub hedges: Vec<TextSpan>,
    /// True for speech acts that did not happen (`declined to comment`).
    pub negated: bool,
    /// The enclosing attribution for nested claims.
    pub parent: Option<String>,
    /// Index of the sentence holding the cue.
    pub sentence: usize,
}

/// An event participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Entity id, when the actor is a known entity.
    pub entity: Option<String>,
    /// CAMEO actor code (`USAMIL`).
    pub code: Option<String>,
    /// Start byte in `text`.
    pub start: usize,
    /// End byte in `text`.
    pub end: usize,
    /// The span's text.
    pub text: String,
}

/// The place of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventPlace {
    /// Entity id of the place.
    pub entity: Option<String>,
    /// Place name.
    pub name: String,
    /// Coordinates, region and country, when geocoded.
    pub place: Option<Place>,
    /// `text` when the sentence names it, `dateline` when taken from it.
    pub from: String,
}

/// A coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `V1`, `V2`, ... unique within the record.
    pub id: String,
    /// Who acted.
    pub source: Option<Actor>,
    /// Who was acted on.
    pub target: Option<Actor>,
    /// CAMEO event code (`0311`, `190`).
    pub cameo: String,
    /// Two-digit CAMEO root (`19`).
    pub root: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad_class: u8,
    /// Goldstein conflict-cooperation score, -10 to +10.
    pub goldstein: f64,
    /// PLOVER event type (`AGREE`, `ASSAULT`).
    pub plover: String,
    /// The words that carry the action.
    pub trigger: TextSpan,
    /// Index of the sentence.
    pub sentence: usize,
    /// When it happened.
    pub date: Option<DateValue>,
    /// Where it happened.
    pub place: Option<EventPlace>,
    /// `asserted`, `claimed`, `denied`, `alleged`, `negated`, `hypothetical`.
    pub status: String,
    /// The attribution the event sits in, if any.
    pub attribution: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::{Mention, SharedStr};
    use std::borrow::Cow;
    use std::sync::Arc;

    #[test]
    fn shared_str_reads_and_writes_as_a_string() {
        let whole: Arc<str> = Arc::from("The council of Lakeview met on Monday.");
        let s = SharedStr::slice(&whole, 4, 30);
        assert_eq!(s, "council of Lakeview met on");
        assert_eq!(s.len(), 26);
        assert_eq!(
            format!("{s:?}"),
            format!("{:?}", "council of Lakeview met on")
        );
        let m = Mention {
            start: 4,
            end: 11,
            text: SharedStr::slice(&whole, 4, 11),
            kind: Cow::Borrowed("nominal"),
        };
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(
            json,
            r#"{"start":4,"end":11,"text":"council","kind":"nominal"}"#
        );
        let back: Mention = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
        assert_eq!(
            SharedStr::from("council"),
            SharedStr::from(String::from("council"))
        );
    }

    #[test]
    #[should_panic(expected = "no slice")]
    fn shared_str_refuses_a_range_off_a_character_boundary() {
        let whole: Arc<str> = Arc::from("Café");
        let _ = SharedStr::slice(&whole, 0, 4);
    }
}
