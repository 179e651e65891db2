//! Loaders for ConfliBERT's CAMEO data.
//!
//! `cameo_class/*.tsv`: `sentence<TAB>label`, CRLF line ends, label 0–4. The
//! labels are penta classes, judged from the examples (0: statements,
//! appeals, expressed concern; 1: consultations, meetings, praise; 2: aid,
//! releases, lifted bans; 3: rejections, condemnations, vetoes; 4: attacks,
//! killings, arrests). `cameo_ner/*.txt`: CoNLL lines `token TAG` with BIO
//! tags over S (source), T (target) and R (an actor in a reciprocal role),
//! blank lines between sentences. Token sentences are matched back to the
//! TSV sentence with the same non-space characters, so spans are byte
//! offsets of the original sentence; unmatched ones are joined with spaces.

use super::{ActorSpans, GoldEvent, GoldItem};
use crate::{read_text, Error};
use std::collections::HashMap;
use std::path::Path;

/// Parses the classification TSV.
///
/// # Errors
/// On a line without a tab or with a label outside 0–4.
pub fn parse_class(path: &Path, tsv: &str) -> Result<Vec<GoldItem>, Error> {
    let mut out = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let Some((text, label)) = line.rsplit_once('\t') else {
            return Err(Error::format(path, i + 1, "no tab"));
        };
        let penta = match label.trim().parse::<u8>() {
            Ok(p @ 0..=4) => p,
            _ => return Err(Error::format(path, i + 1, format!("bad label {label:?}"))),
        };
        out.push(GoldItem {
            set: "conflibert".into(),
            id: format!("train-{}", i + 1),
            text: text.trim().to_string(),
            date: None,
            events: vec![GoldEvent {
                penta: Some(penta),
                ..GoldEvent::default()
            }],
            no_event: false,
            actors_scorable: false,
            actor_spans: None,
        });
    }
    Ok(out)
}

/// One NER sentence: tokens and tags.
type Sentence = Vec<(String, String)>;

fn split_ner(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some((tok, tag)) = line.rsplit_once([' ', '\t']) {
            cur.push((tok.to_string(), tag.trim().to_string()));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Lays tokens onto `text` (which must hold them in order), returning
/// their byte ranges, or `None` if a token is not found.
fn align(text: &str, toks: &Sentence) -> Option<Vec<(usize, usize)>> {
    let mut pos = 0;
    let mut out = Vec::with_capacity(toks.len());
    for (t, _) in toks {
        let rest = text.get(pos..)?;
        let skip = rest.len() - rest.trim_start().len();
        let start = pos + skip;
        if !text.get(start..)?.starts_with(t.as_str()) {
            return None;
        }
        out.push((start, start + t.len()));
        pos = start + t.len();
    }
    Some(out)
}

/// Builds actor spans from BIO tags and token ranges.
fn spans_from_tags(toks: &Sentence, ranges: &[(usize, usize)]) -> ActorSpans {
    let mut a = ActorSpans::default();
    let mut cur: Option<(char, usize, usize)> = None;
    let flush = |a: &mut ActorSpans, c: Option<(char, usize, usize)>| {
        if let Some((kind, s, e)) = c {
            match kind {
                'S' => a.source.push((s, e)),
                'T' => a.target.push((s, e)),
                _ => a.other.push((s, e)),
            }
        }
    };
    for ((_, tag), &(s, e)) in toks.iter().zip(ranges) {
        let (bio, kind) = tag.split_once('-').map_or((tag.as_str(), ' '), |(b, k)| {
            (b, k.chars().next().unwrap_or(' '))
        });
        match (bio, cur) {
            ("I", Some((k, cs, _))) if k == kind => cur = Some((k, cs, e)),
            ("B" | "I", _) => {
                flush(&mut a, cur.take());
                cur = Some((kind, s, e));
            }
            _ => flush(&mut a, cur.take()),
        }
    }
    flush(&mut a, cur);
    a
}

/// Parses the NER file into items (text, actor spans, no event labels),
/// using `known` sentences for original spacing.
#[must_use]
pub fn parse_ner(ner: &str, known: &[String]) -> Vec<GoldItem> {
    let by_key: HashMap<String, &String> = known.iter().map(|s| (squash(s), s)).collect();
    split_ner(ner)
        .into_iter()
        .enumerate()
        .map(|(i, toks)| {
            let joined = toks
                .iter()
                .map(|(t, _)| t.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let text = by_key
                .get(&squash(&joined))
                .map_or(joined.clone(), |s| (*s).clone());
            let (text, ranges) = match align(&text, &toks) {
                Some(r) => (text, r),
                None => {
                    let r = align(&joined, &toks).unwrap_or_default();
                    (joined, r)
                }
            };
            GoldItem {
                set: "conflibert_ner".into(),
                id: format!("ner-{}", i + 1),
                actor_spans: Some(spans_from_tags(&toks, &ranges)),
                text,
                ..GoldItem::default()
            }
        })
        .collect()
}

/// Reads the class TSV and, when given, the NER file (as extra items).
///
/// # Errors
/// When a file is unreadable or malformed.
pub fn load(class: &Path, ner: Option<&Path>) -> Result<Vec<GoldItem>, Error> {
    let mut items = parse_class(class, &read_text(class)?)?;
    if let Some(n) = ner {
        let known: Vec<String> = items.iter().map(|i| i.text.clone()).collect();
        items.extend(parse_ner(&read_text(n)?, &known));
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_tsv() -> Result<(), Error> {
        let items = parse_class(
            Path::new("t"),
            "Ruritania shelled the border town.\t4\r\nA said B.\t0\r\n",
        )?;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].events[0].penta, Some(4));
        assert_eq!(items[1].text, "A said B.");
        assert!(parse_class(Path::new("t"), "x\t7\n").is_err());
        assert!(parse_class(Path::new("t"), "no tab\n").is_err());
        Ok(())
    }

    #[test]
    fn ner_aligned_to_original_spacing() {
        let known = vec!["The Ruritanian army's shelling hit Freedonia.".to_string()];
        let ner =
            "The B-S\nRuritanian I-S\narmy I-S\n's O\nshelling O\nhit O\nFreedonia B-T\n. O\n\n\
                   Zed B-R\nmet O\nhis B-R\npeer I-R\n\n";
        let items = parse_ner(ner, &known);
        assert_eq!(items.len(), 2);
        let a = &items[0];
        assert_eq!(a.text, known[0]);
        let sp = a.actor_spans.clone().unwrap_or_default();
        assert_eq!(
            &a.text[sp.source[0].0..sp.source[0].1],
            "The Ruritanian army"
        );
        assert_eq!(&a.text[sp.target[0].0..sp.target[0].1], "Freedonia");
        // Unknown sentence: joined with spaces.
        let b = &items[1];
        assert_eq!(b.text, "Zed met his peer");
        let sb = b.actor_spans.clone().unwrap_or_default();
        assert_eq!(sb.other, vec![(0, 3), (8, 16)]);
    }
}
