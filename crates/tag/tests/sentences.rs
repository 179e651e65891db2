//! Tags hand-written news-style sentences with the embedded model.
//!
//! Each case is a space-tokenised sentence and the expected UPOS tags; the
//! cases were written for this crate (no third-party text) and cover the
//! tokenisation a news pipeline produces: abbreviations with periods,
//! hyphenated names, split-off possessives and negations, curly quotes and
//! decimal numbers.

use dateline_tag::{Tagger, Upos, Xpos};

/// Tags `sentence` (split on spaces) and compares with `expected` UPOS tags.
fn check(sentence: &str, expected: &str) {
    let tokens: Vec<&str> = sentence.split(' ').collect();
    let tags = Tagger::global().tag(&tokens);
    let got: Vec<&str> = tags.iter().map(|t| t.upos.as_str()).collect();
    let want: Vec<&str> = expected.split(' ').collect();
    assert_eq!(got, want, "sentence: {sentence}");
}

#[test]
fn model_loads() {
    let t = Tagger::load().expect("embedded model parses");
    assert!(t.model().n_classes() > 40);
    assert!(t.model().n_features() > 10_000);
}

#[test]
fn simple_news_sentence() {
    check(
        "The army attacked rebels on Monday .",
        "DET NOUN VERB NOUN ADP PROPN PUNCT",
    );
}

#[test]
fn abbreviations_and_names() {
    check(
        "U.S. officials said Col. Smith met the minister in Paris .",
        "PROPN NOUN VERB PROPN PROPN VERB DET NOUN ADP PROPN PUNCT",
    );
}

#[test]
fn hyphens_possessives_and_numbers() {
    check(
        "Iran-backed militias fired 3.5 rockets at Israel 's border .",
        "ADJ NOUN VERB NUM NOUN ADP PROPN PART NOUN PUNCT",
    );
}

#[test]
fn quotes_and_negation() {
    check(
        "“ We do n’t want war , ” he said .",
        "PUNCT PRON AUX PART VERB NOUN PUNCT PUNCT PRON VERB PUNCT",
    );
}

#[test]
fn ptb_tags() {
    let tokens = [
        "The",
        "president",
        "'s",
        "aides",
        "did",
        "n't",
        "comment",
        ".",
    ];
    let tags = Tagger::global().tag(&tokens);
    let xpos: Vec<&str> = tags.iter().map(|t| t.xpos.as_str()).collect();
    assert_eq!(xpos, ["DT", "NN", "POS", "NNS", "VBD", "RB", "VB", "."]);
    assert_eq!(tags[2].xpos, Xpos::Pos);
}

#[test]
fn edge_cases_do_not_panic() {
    let t = Tagger::global();
    assert!(t.tag::<&str>(&[]).is_empty());
    assert_eq!(t.tag(&[""]).len(), 1);
    let odd = ["\u{0}", "日本", "ÅÄÖ", "----", "https://example.org", "😀"];
    assert_eq!(t.tag(&odd).len(), odd.len());
    let long: Vec<String> = (0..2000).map(|i| format!("w{i}")).collect();
    assert_eq!(t.tag(&long).len(), 2000);
    // Owned strings work too.
    assert_eq!(t.tag(&[String::from("Hello")])[0].upos, Upos::Intj);
}

#[test]
fn a_prefix_tags_like_the_whole_sentence() {
    let toks: Vec<&str> = "Col. Sean Ryan , a spokesperson for the coalition , told reporters the patrol was routine .".split(' ').collect();
    let full = Tagger::global().tag(&toks);
    for n in 0..=toks.len() + 1 {
        assert_eq!(
            Tagger::global().tag_prefix(&toks, n),
            full[..n.min(toks.len())]
        );
    }
}
