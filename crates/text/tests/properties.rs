//! Property tests: repair and segmentation never panic, every range lies on
//! character boundaries, and mapping a range back yields the same words.

use dateline_text::{parse_header, Document};
use proptest::prelude::*;

/// Text built from pieces that exercise repair: glue points, quotes,
/// abbreviations, wraps, multi-byte whitespace and punctuation.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("said.".to_string()),
        Just("There".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’s".to_string()),
        Just("Col.".to_string()),
        Just("U.S.".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("    ".to_string()),
        Just("\u{a0}".to_string()),
        Just("&amp;".to_string()),
        Just("3.5".to_string()),
        Just("voanews.com".to_string()),
        Just("(Outlet | Section)- ".to_string()),
        Just("date 2019-02-08 | 00:15\n".to_string()),
        Just("BAGHDAD (Reuters) - ".to_string()),
        Just("-".to_string()),
        Just("...".to_string()),
        Just("?!".to_string()),
        "[a-zA-Z]{1,8}",
        "\\PC{0,4}",
        " ",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(""))
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn repair_is_total_and_maps_back(input in newsy()) {
        let h = parse_header(&input);
        prop_assert!(input.is_char_boundary(h.body_start));
        let doc = Document::new(&input, h.body_start);
        for &(s, e) in doc.sentences.iter().chain(doc.paragraphs.iter()) {
            prop_assert!(s <= e && e <= doc.text.len());
            prop_assert!(doc.text.is_char_boundary(s) && doc.text.is_char_boundary(e));
            let (is, ie) = doc.to_input(s, e);
            prop_assert!(is <= ie && ie <= input.len(), "range {s}..{e} maps to {is}..{ie}");
            prop_assert!(input.is_char_boundary(is) && input.is_char_boundary(ie));
            // Same words, in the same order (entities such as &amp; aside).
            if !input.contains('&') {
                prop_assert_eq!(words(&doc.text[s..e]), words(&input[is..ie]));
            }
        }
        for t in &doc.tokens {
            prop_assert!(t.start < t.end && doc.text.is_char_boundary(t.start) && doc.text.is_char_boundary(t.end));
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(input in "\\PC{0,200}") {
        let h = parse_header(&input);
        let doc = Document::new(&input, h.body_start);
        prop_assert!(doc.text.len() <= input.len() * 3 + 16);
    }
}
