//! Tests of the compiled-in data and of the matchers.
//!
//! Data tests check the invariants the rest of dateline relies on (every
//! code referenced exists, every root has patterns, values are in range);
//! matcher tests run hand-written sentences through one `check` helper.

use super::*;

fn lex() -> &'static Lexicon {
    if let Some(e) = Lexicon::global_error() {
        panic!("lexicon failed to load: {e}");
    }
    Lexicon::global()
}

fn toks(s: &str) -> Vec<String> {
    // A deliberately simple tokenizer for tests: split words and punctuation,
    // and `n't` off its verb, as the dateline tokenizer does.
    let mut out = Vec::new();
    for w in s.to_lowercase().split_whitespace() {
        let mut w = w.to_string();
        let mut tail = Vec::new();
        while let Some(c) = w
            .chars()
            .last()
            .filter(|c| matches!(c, '.' | ',' | ';' | ':' | '"' | '?' | '!'))
        {
            tail.push(c.to_string());
            w.pop();
        }
        if let Some(stem) = w.strip_suffix("n't") {
            out.push(stem.to_string());
            out.push("n't".to_string());
        } else if !w.is_empty() {
            out.push(w);
        }
        out.extend(tail.into_iter().rev());
    }
    out
}

/// Runs `match_events` on `sentence` and checks that an event with `code`
/// has its head at the word `head`, its target at `target` and `passive`.
fn check(sentence: &str, code: &str, head: &str, target: Option<&str>, passive: bool) {
    let t = toks(sentence);
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let events = lex().match_events(&refs);
    let found = events.iter().find(|e| refs[e.head] == head);
    let Some(e) = found else {
        panic!("{sentence}: no event at `{head}`; got {events:?}");
    };
    assert_eq!(e.code, code, "{sentence}: {e:?}");
    assert_eq!(
        e.target.map(|i| refs[i]),
        target,
        "{sentence}: target of {e:?}"
    );
    assert_eq!(e.passive, passive, "{sentence}: passive of {e:?}");
}

#[test]
fn data_loads() {
    let l = lex();
    assert!(l.cameo_codes().len() > 300);
    assert!(l.pattern_count() >= 600, "{} patterns", l.pattern_count());
    assert!(l.cues().len() > 100);
    assert!(!l.cue_phrases().is_empty());
    assert!(l.cue_nouns().len() > 20);
}

#[test]
fn cue_nouns_by_form() {
    let l = lex();
    let c = l.cue_noun("claims").expect("claims");
    assert_eq!(c.noun, "claim");
    assert!(c.hedge && c.takes(&NounFrame::That) && !c.takes(&NounFrame::To));
    let d = l.cue_noun("threats").expect("threats");
    assert!(d.takes(&NounFrame::To) && !d.takes_prep("of"));
    assert!(l.cue_noun("warning").is_some_and(|o| o.takes_prep("of")));
    // Left out after measurement: plan, decision, support.
    assert!(l.cue_noun("plan").is_none() && l.cue_noun("support").is_none());
    assert!(l.cue_noun("said").is_none());
    // Every class is one the cue verbs use.
    for n in l.cue_nouns() {
        assert!(
            l.cues().iter().any(|v| v.class == n.class),
            "{}: class {}",
            n.noun,
            n.class
        );
    }
}

#[test]
fn cameo_codes_are_consistent() {
    let l = lex();
    for root in 1..=20 {
        let r = format!("{root:02}");
        let c = l.cameo(&r).unwrap_or_else(|| panic!("root {r} missing"));
        assert_eq!(Some(c.quad_class), quad_class_of_root(&r));
    }
    for c in l.cameo_codes() {
        assert!((-10.0..=10.0).contains(&c.goldstein), "{}", c.code);
        assert_eq!(c.root, &c.code[..2]);
        assert_eq!(
            Some(c.quad_class),
            quad_class_of_root(&c.root),
            "{}",
            c.code
        );
        assert!(c.plover.is_empty() || c.plover.chars().all(|ch| ch.is_ascii_uppercase()));
    }
    let g = |c: &str| l.cameo(c).map(|c| c.goldstein);
    assert_eq!(g("195"), Some(-10.0));
    assert_eq!(g("173"), Some(-5.0));
    assert_eq!(g("057"), Some(8.0));
    assert_eq!(g("0874"), Some(10.0));
    assert_eq!(l.cameo("1823").map(|c| c.plover.as_str()), Some("ASSAULT"));
    assert_eq!(
        l.cameo("1823").map(|c| c.name.as_str()),
        Some("Kill by physical assault")
    );
    assert_eq!(l.cameo("193").map(|c| c.plover_gsr.as_str()), Some("FIGHT"));
    assert_eq!(l.cameo("112").map(|c| c.plover.as_str()), Some("ACCUSE"));
    assert!(l.cameo("99").is_none());
}

#[test]
fn every_root_has_patterns() {
    let l = lex();
    for root in 1..=20 {
        let r = format!("{root:02}");
        assert!(
            l.patterns.patterns.iter().any(|p| p.code.starts_with(&r)),
            "no pattern for root {r}"
        );
    }
}

#[test]
fn referenced_codes_exist() {
    // `load` already rejects unknown codes; this keeps the guarantee visible.
    let l = lex();
    for p in &l.patterns.patterns {
        assert!(l.cameo(&p.code).is_some(), "pattern line {}", p.line);
    }
    for c in l.cues() {
        if let Some(code) = &c.cameo {
            assert!(l.cameo(code).is_some(), "cue {}", c.lemma);
        }
    }
}

#[test]
fn inflections_and_lemmas() {
    let l = lex();
    let has = |lemma: &str, forms: &[&str]| {
        let all = inflections(lemma);
        for f in forms {
            assert!(all.iter().any(|a| a == f), "{lemma}: {f} not in {all:?}");
        }
    };
    has("say", &["says", "said", "saying"]);
    has("deny", &["denies", "denied", "denying"]);
    has("slam", &["slams", "slammed", "slamming"]);
    has("stop", &["stops", "stopped", "stopping"]);
    has("agree", &["agrees", "agreed", "agreeing"]);
    has("tell", &["tells", "told", "telling"]);
    has("admit", &["admits", "admitted", "admitting"]);
    has("expel", &["expels", "expelled", "expelling"]);
    has("withdraw", &["withdrew", "withdrawn"]);
    has("seek", &["sought"]);
    has("strike", &["struck"]);
    has("visit", &["visited", "visiting"]);
    has("set up", &["set up", "sets up", "setting up"]);
    for (form, lemma) in [
        ("said", "say"),
        ("denied", "deny"),
        ("slammed", "slam"),
        ("stopped", "stop"),
        ("agreeing", "agree"),
        ("urges", "urge"),
        ("met", "meet"),
        ("fought", "fight"),
        ("kidnapped", "kidnap"),
        ("accused", "accuse"),
    ] {
        assert_eq!(l.lemma(form), Some(lemma), "{form}");
        assert_eq!(lemma_of(form), Some(lemma));
    }
    assert_eq!(l.lemma("xyzzy"), None);
}

fn lemma_of(w: &str) -> Option<&'static str> {
    super::lemma(w)
}

#[test]
fn cues() {
    let l = lex();
    let c = l.cue("said").map(|c| (c.lemma.as_str(), c.class.as_str()));
    assert_eq!(c, Some(("say", "say")));
    let told = l.cue("told");
    assert!(told.is_some_and(|c| c.addressee));
    assert!(l.cue("denied").is_some_and(|c| c.denial));
    assert!(l.cue("claims").is_some_and(|c| c.hedge));
    assert_eq!(
        l.cue("criticised").and_then(|c| c.cameo.as_deref()),
        Some("111")
    );
    assert_eq!(
        l.cue("accuses").and_then(|c| c.cameo.as_deref()),
        Some("112")
    );
    assert_eq!(
        l.cue("praised").and_then(|c| c.cameo.as_deref()),
        Some("051")
    );
    let t = toks("\"We will respond,\" he told reporters, according to state media.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let hits = l.find_cue_phrases(&refs);
    let texts: Vec<&str> = hits.iter().map(|h| h.phrase.text.as_str()).collect();
    assert_eq!(texts, ["told reporters", "according to|per"]);
    let frame = hits
        .first()
        .and_then(|h| l.cue_phrases().get(h.index))
        .map(|p| p.frame);
    assert_eq!(frame, Some(PhraseFrame::SourceBefore));
    // Verb and particle: one cue verb of two or three tokens.
    let t = toks("She also pointed out that the vote was late; he made it clear.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let at = |w: &str| refs.iter().position(|x| *x == w).unwrap_or(0);
    let (n, cue) = l
        .particle_cue_at(&refs, at("pointed"))
        .expect("pointed out");
    assert_eq!(
        (n, cue.lemma.as_str(), cue.class.as_str()),
        (2, "point out", "note")
    );
    let (n, cue) = l.particle_cue_at(&refs, at("made")).expect("made it clear");
    assert_eq!((n, cue.lemma.as_str()), (3, "make it clear"));
    assert!(l.particle_cue_at(&refs, at("vote")).is_none());
    assert!(l.particle_cue_at(&refs, at("also")).is_none());
}

#[test]
fn word_lists() {
    let l = lex();
    assert!(l.is_hedge("allegedly"));
    assert!(l.is_hedge("said to be"));
    assert!(!l.is_hedge("said"));
    assert!(l.is_negation("n't"));
    assert!(l.is_negation("refused to"));
    assert!(l.is_modal("might"));
    assert!(l.is_modal("plans to"));
    let t = toks("He said in a statement on Twitter that talks could resume.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let media: Vec<&str> = l
        .media()
        .find(&refs)
        .iter()
        .map(|h| h.phrase.label.as_str())
        .collect();
    assert_eq!(media, ["statement", "social"]);
    let she = l.pronoun("she");
    assert!(she.is_some_and(|p| p.gender == Gender::Feminine && p.number == Number::Singular));
    assert_eq!(
        l.pronoun("the group").map(|p| p.entity_type.as_str()),
        Some("ORG")
    );
    let t = toks("The group said it would");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let found: Vec<&str> = l
        .find_pronouns(&refs)
        .iter()
        .map(|h| h.phrase.text.as_str())
        .collect();
    assert_eq!(found, ["the group", "it"]);
}

#[test]
fn events_verbs() {
    check(
        "The army launched air strikes on rebel positions.",
        "195",
        "launched",
        Some("rebel"),
        false,
    );
    check(
        "Police arrested three protesters.",
        "173",
        "arrested",
        Some("three"),
        false,
    );
    check(
        "Iran demanded the withdrawal of US forces.",
        "1056",
        "demanded",
        Some("us"),
        false,
    );
    check(
        "Bahrain cut ties with Qatar.",
        "161",
        "cut",
        Some("qatar"),
        false,
    );
    check(
        "Iranian boats stopped a US patrol in the Gulf.",
        "191",
        "stopped",
        Some("a"),
        false,
    );
    check(
        "The minister met with his Saudi counterpart.",
        "040",
        "met",
        Some("his"),
        false,
    );
    check(
        "The president visited Beijing on Monday.",
        "042",
        "visited",
        Some("beijing"),
        false,
    );
    check(
        "Both sides signed a peace agreement with the rebels.",
        "057",
        "signed",
        Some("the"),
        false,
    );
    check(
        "Washington imposed new sanctions on Moscow.",
        "163",
        "imposed",
        Some("moscow"),
        false,
    );
    check(
        "The opposition slammed the government.",
        "111",
        "slammed",
        Some("the"),
        false,
    );
    check(
        "Russia accused Ukraine of shelling the plant.",
        "1123",
        "accused",
        Some("ukraine"),
        false,
    );
    check(
        "Pakistan expelled the Indian ambassador.",
        "166",
        "expelled",
        Some("the"),
        false,
    );
    check(
        "The UN urged both sides to show restraint.",
        "020",
        "urged",
        Some("both"),
        false,
    );
    check(
        "Rebels killed five soldiers.",
        "1823",
        "killed",
        Some("five"),
        false,
    );
    check(
        "The UN welcomed the ceasefire.",
        "051",
        "welcomed",
        Some("the"),
        false,
    );
    check(
        "Israel threatened to strike Iran.",
        "1384",
        "threatened",
        Some("iran"),
        false,
    );
    check(
        "Troops clashed with militants near the border.",
        "190",
        "clashed",
        Some("militants"),
        false,
    );
    check(
        "The minister agreed with the rebels to hold talks.",
        "030",
        "agreed",
        Some("the"),
        false,
    );
    // An inner target does not run across a clause.
    check(
        "They agree with the board that he made payments to players.",
        "019",
        "agree",
        Some("the"),
        false,
    );
    check(
        "The rebels agreed to a ceasefire.",
        "0356",
        "agreed",
        None,
        false,
    );
    check(
        "The government denied the allegations.",
        "016",
        "denied",
        None,
        false,
    );
    check(
        "Protesters demonstrated against the new law.",
        "141",
        "demonstrated",
        Some("the"),
        false,
    );
    check(
        "Japan pledged $500 million in aid.",
        "0331",
        "pledged",
        None,
        false,
    );
    check("The minister resigned.", "0831", "resigned", None, false);
}

#[test]
fn events_passive() {
    check(
        "The convoy was attacked by gunmen.",
        "180",
        "attacked",
        None,
        true,
    );
    check(
        "Three journalists were arrested in Cairo.",
        "173",
        "arrested",
        None,
        true,
    );
    check(
        "He was reportedly killed by a drone.",
        "1823",
        "killed",
        None,
        true,
    );
    let t = toks("The convoy was attacked by gunmen.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let e = lex().match_events(&refs);
    assert_eq!(
        e.first().and_then(|e| e.agent).map(|i| refs[i]),
        Some("gunmen")
    );
    // An active past tense is not passive.
    check(
        "Gunmen attacked the convoy.",
        "180",
        "attacked",
        Some("the"),
        false,
    );
}

#[test]
fn events_nouns() {
    check(
        "Talks with the Taliban resumed.",
        "040",
        "talks",
        Some("the"),
        false,
    );
    check(
        "An air strike on the village killed ten.",
        "195",
        "strike",
        Some("the"),
        false,
    );
    check(
        "The attack on the embassy was condemned.",
        "180",
        "attack",
        Some("the"),
        false,
    );
    check(
        "A protest against the government turned violent.",
        "140",
        "protest",
        Some("the"),
        false,
    );
    check(
        "A car bomb exploded in the market.",
        "1832",
        "bomb",
        None,
        false,
    );
    check(
        "The ceasefire held overnight.",
        "0871",
        "ceasefire",
        None,
        false,
    );
    check("Clashes erupted overnight.", "190", "clashes", None, false);
}

#[test]
fn events_prefer_specific_and_keep_inner() {
    // `cut ties with` beats any shorter pattern on `cut`.
    let t = toks("Morocco cut diplomatic ties with Iran.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let e = lex().match_events(&refs);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].code, "161");
    assert_eq!(e[0].tokens, 1..5);
    // The inner event in an accusation's target survives.
    let t = toks("Kyiv accused Moscow of attacking civilians.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let codes: Vec<String> = lex()
        .match_events(&refs)
        .into_iter()
        .map(|e| e.code)
        .collect();
    assert!(codes.iter().any(|c| c == "1123"), "{codes:?}");
    // Nothing in a neutral clause.
    let t = toks("The weather was mild on Tuesday.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    assert!(lex().match_events(&refs).is_empty());
}

#[test]
fn matcher_never_panics_on_odd_input() {
    let l = lex();
    for s in [
        &[][..],
        &[""][..],
        &["."][..],
        &["accuse"][..],
        &["air"][..],
        &["strike"][..],
        &["was", "accused", "of"][..],
    ] {
        let _ = l.match_events(s);
    }
    assert!(l.by_head_count("attack") > 0);
}

impl Lexicon {
    fn by_head_count(&self, form: &str) -> usize {
        self.patterns.by_head(form).count()
    }
}

#[test]
fn events_aid_release_and_posture() {
    check(
        "The minister voiced deep concern about the raids.",
        "012",
        "voiced",
        Some("the"),
        false,
    );
    check(
        "The ministry gave 12 million dollars to the region.",
        "071",
        "gave",
        None,
        false,
    );
    check(
        "A court freed the two activists on bail.",
        "0841",
        "freed",
        Some("the"),
        false,
    );
    check(
        "The navies began a joint naval exercise.",
        "062",
        "exercise",
        None,
        false,
    );
    check(
        "Troops remained on high alert overnight.",
        "152",
        "remained",
        None,
        false,
    );
    check(
        "The army imposed blockades on three towns.",
        "191",
        "imposed",
        None,
        false,
    );
    check(
        "The agency sent a team of medical experts.",
        "073",
        "sent",
        None,
        false,
    );
}

#[test]
fn event_matches_count_their_literal_words() {
    let t = toks("Officials voiced concern about the plan.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let events = lex().match_events(&refs);
    let e = events.iter().find(|e| e.code == "012").expect("012 event");
    assert!(e.literals >= 3, "{e:?}");
}

#[test]
fn an_inner_target_runs_over_a_short_parenthesis() {
    // The slot reaches past the name's own "of" and its abbreviation to
    // the pattern's "of"; the parenthesis does not count towards its span.
    check(
        "Police accused the Revolutionary Armed Forces of Colombia ( FARC ) of killing three soldiers.",
        "1123",
        "accused",
        Some("the"),
        false,
    );
    // An unclosed or long parenthesis still ends it.
    let t = toks("Police accused the group ( which denies it , of course ) of killing.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    assert!(lex().match_events(&refs).iter().all(|e| e.code != "1123"));
}

#[test]
fn an_inner_target_runs_over_an_apposition_set_off_by_commas() {
    // The slot takes the noun phrase and its apposition; the pattern goes
    // on after the closing comma.
    check(
        "The army forced the monitoring team , a small civilian group , out of the valley.",
        "166",
        "forced",
        Some("the"),
        false,
    );
    // A list is no apposition, nor is a participle's phrase holding "to".
    for s in [
        "The army forced the team , and later the reporters , out of the valley.",
        "The army forced the team , sent to watch the vote , out of the valley.",
    ] {
        let t = toks(s);
        let refs: Vec<&str> = t.iter().map(String::as_str).collect();
        assert!(
            lex().match_events(&refs).iter().all(|e| e.code != "166"),
            "{s}"
        );
    }
}

#[test]
fn hopes_sorrow_and_military_equipment() {
    check(
        "Croatian experts have expressed hopes the government will change.",
        "013",
        "expressed",
        None,
        false,
    );
    check(
        "The president expressed deep sorrow for the victims.",
        "018",
        "expressed",
        None,
        false,
    );
    check(
        "Russia supplied most of the military equipment Armenia bought.",
        "072",
        "supplied",
        None,
        false,
    );
}

#[test]
fn returned_weapons() {
    check(
        "The government will return weapons and other equipment seized last year.",
        "0842",
        "return",
        None,
        false,
    );
}

#[test]
fn a_currency_sign_does_not_end_a_gap() {
    check(
        "The agency gave $ 2 million to the region.",
        "071",
        "gave",
        None,
        false,
    );
}

#[test]
fn a_plural_possessive_does_not_end_a_gap() {
    check(
        "The government met the rebels ' demands on Friday.",
        "083",
        "met",
        None,
        false,
    );
}

#[test]
fn events_statements_of_the_01_family() {
    check(
        "The ministry is skeptical about the offer.",
        "012",
        "is",
        None,
        false,
    );
    check(
        "The cabinet is considering the possibility of new taxes.",
        "014",
        "considering",
        None,
        false,
    );
    check(
        "He firmly rejected the allegations against him.",
        "016",
        "rejected",
        None,
        false,
    );
    check(
        "The president attended a ceremony in the capital.",
        "017",
        "attended",
        None,
        false,
    );
    check(
        "The king sent a condolence message to the families.",
        "018",
        "sent",
        None,
        false,
    );
}

#[test]
fn a_verb_beats_the_noun_pattern_it_governs() {
    // `sanctions against TGT` (noun) and `lift * sanctions` (verb) share
    // `sanctions`: the verb says what happened to them.
    check(
        "The council lifted all sanctions against the island.",
        "085",
        "lifted",
        None,
        false,
    );
    check(
        "The ministry suspended aid to the province.",
        "162",
        "suspended",
        None,
        false,
    );
    check(
        "The minister cancelled a planned visit to the capital.",
        "164",
        "cancelled",
        None,
        false,
    );
    // A noun pattern alone still codes.
    check(
        "Aid to the province resumed.",
        "070",
        "aid",
        Some("the"),
        false,
    );
}

#[test]
fn events_material_cooperation_and_its_reduction() {
    check(
        "The agency shared evidence with its neighbours.",
        "064",
        "shared",
        Some("its"),
        false,
    );
    check(
        "The republic opened its borders to the refugees.",
        "075",
        "opened",
        Some("the"),
        false,
    );
    check(
        "The donors reduced humanitarian aid to the region.",
        "1623",
        "reduced",
        None,
        false,
    );
    check(
        "The museum returned the stolen paintings to their owners.",
        "0842",
        "returned",
        Some("their"),
        false,
    );
    check(
        "Thousands sought refuge in the neighbouring country.",
        "1033",
        "sought",
        Some("the"),
        false,
    );
}

#[test]
fn every_present_form_of_be_heads_a_pattern() {
    check(
        "They are confident about the vote.",
        "013",
        "are",
        None,
        false,
    );
    check("I am optimistic about the vote.", "013", "am", None, false);
    assert_eq!(lemma_of("are"), Some("be"));
}

/// The compiled-in lexicons equal the files in `data/`: a cached build
/// that missed an edit of a data file fails here instead of measuring the
/// old lexicon.
#[test]
fn compiled_data_matches_the_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = [
        ("data/cameo/codes.tsv", cameo::TEXT),
        ("data/cameo/verbs.tsv", pattern::TEXT),
        ("data/lexicon/cue_nouns.tsv", cue_nouns::TEXT),
        ("data/lexicon/cues.tsv", cues::TEXT),
        ("data/lexicon/verbs_irregular.tsv", inflect::TEXT),
        (not_targets::FILE, not_targets::TEXT),
        lists::HEDGES,
        lists::MEDIA,
        lists::NEGATION,
        lists::MODALITY,
        lists::PRONOUNS,
    ];
    for (path, compiled) in files {
        let on_disk = std::fs::read_to_string(root.join(path))
            .unwrap_or_else(|e| panic!("reading {path}: {e}"));
        assert!(
            on_disk == compiled,
            "{path} changed since this build; rebuild (touch crates/lexicon/src/lib.rs)"
        );
    }
}

#[test]
fn not_targets_are_read_and_checked() {
    let lex = Lexicon::global();
    assert!(lex.not_target("kill", "crops"));
    assert!(lex.not_target("release", "figures"));
    assert!(!lex.not_target("kill", "soldiers"));
    assert!(!lex.not_target("release", "hostages"));
    assert!(not_targets::parse("kill\tcrops|crops\n").is_err());
    assert!(not_targets::parse("kill\tCrops\n").is_err());
    assert!(not_targets::parse("kill it\tcrops\n").is_err());
    assert!(not_targets::parse("kill\n").is_err());
    assert_eq!(
        not_targets::parse("# c\nkill\tcrops|deal\n").unwrap()["kill"].len(),
        2
    );
}

#[test]
fn match_kind_at_gives_the_other_reading_of_a_head() {
    // The verb pattern with a filled target wins at "raid"; a caller whose
    // tagger reads a noun there asks for the noun pattern instead.
    let t = toks("the troops carried out a raid in the old town.");
    let words: Vec<&str> = t.iter().map(String::as_str).collect();
    let at = words.iter().position(|w| *w == "raid").unwrap();
    let best = lex().match_events(&words);
    let chosen = best.iter().find(|m| m.head == at).unwrap();
    assert_eq!(chosen.kind, PatternKind::Verb, "{best:?}");
    let noun = lex().match_kind_at(&words, at, PatternKind::Noun).unwrap();
    assert_eq!((noun.kind, noun.head), (PatternKind::Noun, at));
    assert!(lex()
        .match_kind_at(&words, at + 1, PatternKind::Noun)
        .is_none());
}

#[test]
fn cue_noun_and_phrase_shapes_keep_every_form() {
    let l = lex();
    for (form, &i) in &l.cue_noun_index {
        assert!(l.cue_noun_shapes.may_hold(form), "{form} turned away");
        assert_eq!(
            l.cue_noun(form).map(|c| &c.noun),
            l.cue_nouns.get(i).map(|c| &c.noun)
        );
    }
    assert!(l.cue_noun("the").is_none());
    // Every phrase of every set is still found where it starts.
    for set in [&l.hedges, &l.media, &l.cue_phrase_set] {
        for p in set.phrases() {
            let alts: Vec<&str> = p
                .text
                .split_whitespace()
                .map(|t| t.split('|').next().unwrap_or(t))
                .collect();
            let mut toks = vec!["and"];
            toks.extend(&alts);
            let hit = set.match_at(&toks, 1);
            assert!(
                hit.is_some_and(|h| h.tokens.start == 1 && h.tokens.len() >= alts.len()),
                "{} not found",
                p.text
            );
        }
    }
}

#[test]
fn cue_shapes_keep_every_cue_form() {
    let l = lex();
    for (form, &i) in &l.cue_index {
        assert!(l.cue_shapes.may_hold(form), "{form} turned away");
        assert_eq!(
            l.cue(form).map(|c| &c.lemma),
            l.cues.get(i).map(|c| &c.lemma)
        );
    }
    for w in [
        "",
        "the",
        "of",
        "x",
        "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq",
    ] {
        assert_eq!(l.cue(w).is_some(), l.cue_index.contains_key(w), "{w}");
    }
    assert!(l.cue("said").is_some() && l.cue("the").is_none());
}

#[test]
fn a_long_gap_spans_the_modifiers_of_an_object() {
    check(
        "The ministry lifted the old cross-border trade and travel restrictions.",
        "081",
        "lifted",
        None,
        false,
    );
    check(
        "The charity flew more than 20 tonnes of medicine into the region.",
        "073",
        "flew",
        None,
        false,
    );
}

#[test]
fn a_long_gap_stays_inside_the_noun_phrase() {
    // The restrictions are what the objection was to, not what was lifted.
    let t = toks("The council lifted its objection to the new restrictions.");
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    let events = lex().match_events(&refs);
    assert!(
        !events.iter().any(|e| e.code == "081"),
        "no lifted restriction: {events:?}"
    );
    // Nor does it run over "and" into a new clause.
    for text in [
        "The envoy gave the council more time and the rebels lost weapons.",
        "The envoy gave the council another long deadline and they smuggled weapons.",
    ] {
        let t = toks(text);
        let refs: Vec<&str> = t.iter().map(String::as_str).collect();
        let events = lex().match_events(&refs);
        assert!(
            !events.iter().any(|e| e.code == "072"),
            "{text}: {events:?}"
        );
    }
}

#[test]
fn a_long_gap_is_the_last_resort() {
    // Within `*`'s reach the sum is the object (071), not the aid beyond it.
    check(
        "The bank will provide about 40 million euros of aid.",
        "071",
        "provide",
        None,
        false,
    );
    // A long gap still spans what `*` spans, across `with`.
    check(
        "The neighbour supplied the militia with missiles.",
        "072",
        "supplied",
        None,
        false,
    );
}

#[test]
fn a_long_gap_before_to_spans_the_post_modifiers_of_a_moved_thing() {
    // The thing returned carries a participle phrase with prepositions of
    // its own; only `to` marks the recipient.
    check(
        "The museum returned a silver crown set with rubies from the old palace to Greece.",
        "0842",
        "returned",
        Some("greece"),
        false,
    );
    // The first `to` ends the gap.
    check(
        "The museum returned a silver crown of a king to the villagers to general applause.",
        "0842",
        "returned",
        Some("the"),
        false,
    );
}
