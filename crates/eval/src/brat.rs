//! Reader for PolNeAR's brat standoff attribution annotations.
//!
//! A split directory holds `text/<name>.txt` and `attributions/<name>_<annotator>.ann`.
//! `T` lines give a typed span in *character* offsets (`Tn<TAB>Cue 10 14;20 25<TAB>surface`,
//! `;` joining the pieces of a discontinuous span); `E` lines tie one
//! attribution together (`En<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`,
//! or `Attribution-no-source:...` without a source). Offsets are converted to
//! byte offsets of the `.txt` as read. When an article has several annotator
//! files, the first by file name is used so runs are reproducible; the others
//! are listed in [`GoldArticle::other_annotations`].

use crate::spans::{CharToByte, MultiSpan};
use crate::{read_text, Error};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// One gold attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldAttribution {
    /// The `E` id.
    pub id: String,
    /// Who is cited; `None` for `Attribution-no-source`.
    pub source: Option<MultiSpan>,
    /// The cue.
    pub cue: Option<MultiSpan>,
    /// The content; several `Content*` roles are merged.
    pub content: Option<MultiSpan>,
    /// The speaker's canonical entity: the names it may go by (full name
    /// first, then alternatives such as an acronym), from an
    /// `AnnotatorNotes` line on the `Source` span (`#1<TAB>AnnotatorNotes
    /// T5<TAB>Hassan Rouhani`, alternatives joined by `|`). Empty when no
    /// note is given or the note is `-` (an unnamed source such as
    /// "residents"). PolNeAR files carry no such notes.
    pub speaker: Vec<String>,
}

/// One article with its gold attributions.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    /// File stem of the text (`breitbart_2016-09-12_...`).
    pub name: String,
    /// The text exactly as read (invalid UTF-8 replaced).
    pub text: String,
    /// Publication date from `metadata.tsv`, when found.
    pub published: Option<String>,
    /// The `.ann` file used.
    pub annotation: String,
    /// Other annotators' files for the same article, not used.
    pub other_annotations: Vec<String>,
    /// The attributions.
    pub attributions: Vec<GoldAttribution>,
    /// Problems met while reading (bad offsets, dangling references).
    pub warnings: Vec<String>,
}

/// Parses one `.ann` file against its text. Malformed lines become warnings
/// rather than errors: one bad line should not hide an article.
#[must_use]
pub fn parse_ann(text: &str, ann: &str) -> (Vec<GoldAttribution>, Vec<String>) {
    let c2b = CharToByte::new(text);
    let mut warnings = Vec::new();
    let mut spans: HashMap<&str, MultiSpan> = HashMap::new();
    let mut events: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
    let mut notes: HashMap<&str, &str> = HashMap::new();
    for (ln, line) in ann.lines().enumerate() {
        let mut cols = line.splitn(3, '\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('#') {
            // "AnnotatorNotes Tk<TAB>note".
            if let (Some(("AnnotatorNotes", target)), Some(note)) =
                (body.split_once(' '), cols.next())
            {
                notes.insert(target.trim(), note.trim());
            }
        } else if id.starts_with('T') {
            // "Type START END[;START END]".
            let Some((_ty, offs)) = body.split_once(' ') else {
                warnings.push(format!("line {}: no offsets", ln + 1));
                continue;
            };
            let mut ranges = Vec::new();
            let mut ok = true;
            for piece in offs.split(';') {
                let mut it = piece.split_whitespace().map(str::parse::<usize>);
                match (it.next(), it.next()) {
                    (Some(Ok(s)), Some(Ok(e))) if s <= e => match (c2b.byte(s), c2b.byte(e)) {
                        (Some(bs), Some(be)) => ranges.push((bs, be)),
                        _ => ok = false,
                    },
                    _ => ok = false,
                }
            }
            if !ok {
                warnings.push(format!(
                    "line {}: bad or out-of-range offsets {offs:?}",
                    ln + 1
                ));
                continue;
            }
            spans.insert(id, MultiSpan::new(text, &ranges));
        } else if id.starts_with('E') {
            let args = body
                .split_whitespace()
                .filter_map(|a| a.split_once(':'))
                .collect::<Vec<_>>();
            events.push((id, args));
        }
    }
    let mut out = Vec::new();
    for (id, args) in events {
        let mut a = GoldAttribution {
            id: id.to_string(),
            source: None,
            cue: None,
            content: None,
            speaker: Vec::new(),
        };
        let mut content_ranges = Vec::new();
        for (role, tid) in args {
            let Some(span) = spans.get(tid) else {
                warnings.push(format!("{id}: unknown span {tid}"));
                continue;
            };
            match role {
                "Source" => {
                    a.source = Some(span.clone().without_final_comma(text));
                    if let Some(note) = notes.get(tid) {
                        a.speaker = note
                            .split('|')
                            .map(str::trim)
                            .filter(|n| !n.is_empty() && *n != "-")
                            .map(str::to_string)
                            .collect();
                    }
                }
                "Cue" => a.cue = Some(span.clone()),
                r if r.starts_with("Content") => content_ranges.extend(span.ranges.iter().copied()),
                // The anchor (Attribution / Attribution-no-source) repeats the cue.
                _ => {}
            }
        }
        if !content_ranges.is_empty() {
            a.content = Some(MultiSpan::new(text, &content_ranges));
        }
        if a.cue.is_none() && a.content.is_none() && a.source.is_none() {
            continue;
        }
        out.push(a);
    }
    (out, warnings)
}

/// Reads `metadata.tsv` (columns named in the header, `filename` and
/// `publication_date` used) into file stem → date.
fn read_metadata(path: &Path) -> HashMap<String, String> {
    let Ok(text) = read_text(path) else {
        return HashMap::new();
    };
    let mut lines = text.lines();
    let Some(header) = lines.next() else {
        return HashMap::new();
    };
    let cols: Vec<&str> = header.split('\t').collect();
    let (Some(fi), Some(di)) = (
        cols.iter().position(|c| *c == "filename"),
        cols.iter().position(|c| *c == "publication_date"),
    ) else {
        return HashMap::new();
    };
    lines
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some((f.get(fi)?.to_string(), f.get(di)?.to_string()))
        })
        .collect()
}

/// Reads a PolNeAR split directory (`DIR/text`, `DIR/attributions`), with
/// dates from `DIR/../metadata.tsv` or `DIR/metadata.tsv` when present.
/// Articles come sorted by name.
///
/// # Errors
/// When a directory or file cannot be read.
pub fn read_split(dir: &Path) -> Result<Vec<GoldArticle>, Error> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut meta = read_metadata(&dir.join("metadata.tsv"));
    if meta.is_empty() {
        if let Some(parent) = dir.parent() {
            meta = read_metadata(&parent.join("metadata.tsv"));
        }
    }
    let list = |d: &Path, ext: &str| -> Result<Vec<String>, Error> {
        let mut v = Vec::new();
        for e in std::fs::read_dir(d).map_err(|e| Error::io(d, e))? {
            let e = e.map_err(|e| Error::io(d, e))?;
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(ext) {
                v.push(stem.to_string());
            }
        }
        v.sort();
        Ok(v)
    };
    let texts = list(&text_dir, ".txt")?;
    let anns = list(&ann_dir, ".ann")?;
    // Annotation files are `<stem>_<annotator>`; group them by stem.
    let mut by_stem: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for a in &anns {
        if let Some((stem, _annot)) = a.rsplit_once('_') {
            by_stem.entry(stem).or_default().push(a);
        }
    }
    let mut out = Vec::new();
    for stem in &texts {
        let Some(files) = by_stem.get(stem.as_str()) else {
            continue;
        };
        let Some((first, rest)) = files.split_first() else {
            continue;
        };
        let text = read_text(&text_dir.join(format!("{stem}.txt")))?;
        let ann_path = ann_dir.join(format!("{first}.ann"));
        let ann = read_text(&ann_path)?;
        let (attributions, warnings) = parse_ann(&text, &ann);
        out.push(GoldArticle {
            name: stem.clone(),
            published: meta.get(stem).cloned(),
            annotation: format!("{first}.ann"),
            other_annotations: rest.iter().map(|r| format!("{r}.ann")).collect(),
            text,
            attributions,
            warnings,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Self-written fixture: non-ASCII before and inside spans, a
    // discontinuous content and a source-less attribution.
    const TEXT: &str = "Ré: “Élan is back,” Zoë said. “We win.”\nPolls show gains, per the report.";

    fn ann() -> String {
        // Character offsets: count chars, not bytes.
        let chars: Vec<char> = TEXT.chars().collect();
        let find = |needle: &str| -> (usize, usize) {
            let n: Vec<char> = needle.chars().collect();
            let s = chars
                .windows(n.len())
                .position(|w| w == n.as_slice())
                .unwrap_or(0);
            (s, s + n.len())
        };
        let (c1s, c1e) = find("“Élan is back,”");
        let (c2s, c2e) = find("“We win.”");
        let (ss, se) = find("Zoë");
        let (cs, ce) = find("said");
        let (ps, pe) = find("Polls show gains");
        let (qs, qe) = find("per");
        format!(
            "T1\tContent {c1s} {c1e};{c2s} {c2e}\tx\nT2\tSource {ss} {se}\tZoë\nT3\tCue {cs} {ce}\tsaid\n\
             T4\tAttribution {cs} {ce}\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n\
             T5\tContent {ps} {pe}\tx\nT6\tCue {qs} {qe}\tper\nT7\tAttribution {qs} {qe}\tper\n\
             E2\tAttribution-no-source:T7 Content:T5 Cue:T6\nT8\tCue 5 9999\tbad\nE3\tAttribution:T9 Cue:T8\n"
        )
    }

    #[test]
    fn reads_char_offsets_as_bytes() {
        let (atts, warnings) = parse_ann(TEXT, &ann());
        assert_eq!(atts.len(), 2);
        let a = &atts[0];
        let content = a.content.as_ref().map(|c| c.text(TEXT)).unwrap_or_default();
        assert_eq!(content, vec!["“Élan is back,”", "“We win.”"]);
        assert_eq!(a.source.as_ref().map(|s| s.text(TEXT)), Some(vec!["Zoë"]));
        assert_eq!(a.cue.as_ref().map(|s| s.text(TEXT)), Some(vec!["said"]));
        let b = &atts[1];
        assert!(b.source.is_none());
        assert_eq!(b.cue.as_ref().map(|s| s.text(TEXT)), Some(vec!["per"]));
        // T8 is out of range, so E3 names two unknown spans: three
        // warnings, no panic.
        assert_eq!(warnings.len(), 3);
    }

    #[test]
    fn reads_speaker_notes() {
        let text = "Rouhani spoke. \"We agree,\" he said. Residents said it rained.";
        let ann = "T1\tSource 27 29\the\nT2\tCue 30 34\tsaid\nT3\tContent 15 26\tx\n\
                   E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n\
                   #1\tAnnotatorNotes T1\tHassan Rouhani | Rouhani\n\
                   T4\tSource 36 45\tResidents\nT5\tCue 46 50\tsaid\nT6\tContent 51 60\tx\n\
                   E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n#2\tAnnotatorNotes T4\t-\n";
        let (atts, warnings) = parse_ann(text, ann);
        assert!(warnings.is_empty());
        assert_eq!(atts[0].speaker, vec!["Hassan Rouhani", "Rouhani"]);
        assert_eq!(
            atts[0].source.as_ref().map(|s| s.text(text)),
            Some(vec!["he"])
        );
        assert!(atts[1].speaker.is_empty());
    }

    #[test]
    fn reads_split_first_annotator() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let split = dir.path().join("dev");
        std::fs::create_dir_all(split.join("text"))?;
        std::fs::create_dir_all(split.join("attributions"))?;
        std::fs::write(split.join("text/a_b.txt"), TEXT)?;
        std::fs::write(split.join("attributions/a_b_zz.ann"), "")?;
        std::fs::write(split.join("attributions/a_b_aa.ann"), ann())?;
        std::fs::write(
            dir.path().join("metadata.tsv"),
            "compartment\tfilename\tpublication_date\ndev\ta_b\t2016-10-01\n",
        )?;
        let arts = read_split(&split)?;
        assert_eq!(arts.len(), 1);
        assert_eq!(arts[0].annotation, "a_b_aa.ann");
        assert_eq!(arts[0].other_annotations, vec!["a_b_zz.ann".to_string()]);
        assert_eq!(arts[0].published.as_deref(), Some("2016-10-01"));
        assert_eq!(arts[0].attributions.len(), 2);
        Ok(())
    }
}
