//! The TABARI and PETRARCH2 validation suites code their events in WEIS,
//! not CAMEO: their test dictionaries began as KEDS dictionaries ("hence
//! most of the codes are WEIS, not CAMEO", says the header of
//! `PETR.Validate.verbs.txt`), and TABARI's `Validate.text` uses the same
//! codes ("restore diplomatic ties" is 064, WEIS *grant diplomatic
//! recognition*, where CAMEO's 064 is *share intelligence*; "left for X"
//! gives the pair 032 visit / 033 receive visit; "condemned" is 122
//! *denounce*). Comparing those codes' first two digits with CAMEO roots
//! compares two different code books.
//!
//! This module reads a suite code as the WEIS event it names (McClelland's
//! 63 categories as the KEDS project used them) and gives the CAMEO code
//! of the same event. Codes with no single CAMEO root, and codes outside
//! WEIS, are not translated: the suites also hold test-only codes that
//! exercise the parser (`901`–`915` for synset tests, `345`, `802`, `987`,
//! `113`, `1010`, `174K`) and a few CAMEO-only codes (`043`–`046`, `1711`)
//! set on made-up test sentences ("welcxmed a resumption of ties" → 045).
//! Events with such codes have no label to compare.

/// WEIS code → CAMEO code of the same event. Left out on purpose, for
/// lack of one CAMEO root: the bare category codes `010`, `030`, `040`,
/// `060`, `080`, `200`, `210`, `220` (the suites use them as generic test
/// codes, and `030`/`080` also as CAMEO codes), `062` (give state
/// invitation), `101` (offer proposal: an appeal or an intention), `160`
/// (warn: a pessimistic comment or a threat), `211` (seize a position, 192,
/// or possessions, 171) and `221`/`222` (destruction: of property, 17, or
/// of people, 18).
const WEIS_CAMEO: &[(&str, &str)] = &[
    // 01 YIELD
    ("011", "0874"), // surrender, yield to order: retreat or surrender militarily
    ("012", "087"),  // yield position, retreat, evacuate: de-escalate
    ("013", "015"),  // admit wrongdoing, retract: acknowledge responsibility
    // 02 COMMENT
    ("020", "010"),
    ("021", "011"), // decline to comment
    ("022", "012"), // pessimistic comment
    ("023", "010"), // neutral comment
    ("024", "013"), // optimistic comment
    ("025", "010"), // explain policy or future position
    // 03 CONSULT
    ("031", "040"), // meet with, at a neutral site
    ("032", "042"), // visit
    ("033", "043"), // receive a visit, host
    // 04 APPROVE
    ("041", "051"), // praise, hail, applaud, condole
    ("042", "051"), // endorse another's policy, give verbal support
    // 05 PROMISE
    ("050", "030"),
    ("051", "030"), // promise own policy support
    ("052", "031"), // promise material support
    ("053", "030"), // promise other future support action
    ("054", "030"), // assure, reassure
    // 06 GRANT
    ("061", "055"), // express regret, apologize
    ("063", "075"), // grant asylum
    ("064", "054"), // grant privilege, diplomatic recognition, de facto relations
    ("065", "081"), // suspend negative sanctions, truce
    ("066", "084"), // release or return persons or property
    // 07 REWARD
    ("070", "070"),
    ("071", "071"), // extend economic aid
    ("072", "072"), // extend military assistance
    ("073", "070"), // give other assistance
    // 08 AGREE
    ("081", "057"), // make substantive agreement
    ("082", "030"), // agree to future action or procedure, to meet, to negotiate
    // 09 REQUEST
    ("090", "020"),
    ("091", "020"), // ask for information
    ("092", "020"), // ask for policy assistance
    ("093", "021"), // ask for material assistance
    ("094", "020"), // request action, call for
    ("095", "020"), // entreat, plead, appeal to
    // 10 PROPOSE
    ("102", "020"), // urge or suggest action or policy
    // 11 REJECT
    ("110", "120"),
    ("111", "120"), // turn down a proposal; reject a protest, demand, threat
    ("112", "120"), // refuse, oppose, refuse to allow
    // 12 ACCUSE
    ("120", "111"),
    ("121", "111"), // charge, criticize, blame, disapprove
    ("122", "111"), // denounce, denigrate, abuse
    // 13 PROTEST (verbal)
    ("130", "114"),
    ("131", "114"), // make complaint (not formal)
    ("132", "114"), // make formal complaint or protest
    // 14 DENY
    ("140", "016"),
    ("141", "016"), // deny an accusation
    ("142", "016"), // deny an attributed policy, action, role or position
    // 15 DEMAND
    ("150", "100"),
    // 17 THREATEN
    ("170", "130"),
    ("171", "130"), // threat without specific negative sanctions
    ("172", "131"), // threat with specific non-military negative sanctions
    ("173", "138"), // threat with force specified
    ("174", "139"), // ultimatum
    // 18 DEMONSTRATE
    ("181", "140"), // non-military demonstration, walk out
    ("182", "150"), // armed force mobilization, exercise, display
    // 19 REDUCE RELATIONSHIP
    ("190", "160"),
    ("191", "160"), // cancel or postpone a planned event
    ("192", "160"), // reduce routine international activity, recall officials
    ("193", "162"), // reduce or halt aid
    ("194", "164"), // halt negotiations
    ("195", "161"), // break diplomatic relations
    // 20 EXPEL
    ("201", "166"), // order personnel out of the country
    ("202", "166"), // expel an organization or group
    // 21 SEIZE
    ("212", "173"), // detain or arrest persons
    // 22 FORCE
    ("223", "190"), // military engagement
];

/// The CAMEO code of the event a WEIS code names, when it has one root.
#[must_use]
pub fn to_cameo(weis: &str) -> Option<&'static str> {
    let w = weis.trim();
    WEIS_CAMEO.iter().find(|(k, _)| *k == w).map(|(_, c)| *c)
}

/// Codes of the PETRARCH2 suite that its dictionary sets on a CAMEO event,
/// not on the WEIS event of the same number. `PETR.Validate.verbs.txt`
/// codes "FIRE ... ARTILLERY" as 194, CAMEO's *fight with artillery and
/// tanks*; WEIS 194 (*halt negotiations*) is on no pattern there, and
/// every record coded 194 fires artillery. TABARI's suite uses 194 as WEIS
/// ("withdraw from diplomatic efforts"), so the reading is the suite's.
const PETRARCH2_CAMEO: &[&str] = &["194"];

/// The CAMEO code of a PETRARCH2 unit-test code: its own CAMEO codes
/// ([`PETRARCH2_CAMEO`]) as they are, the others read as WEIS.
#[must_use]
pub fn petrarch2_to_cameo(code: &str) -> Option<&'static str> {
    let w = code.trim();
    PETRARCH2_CAMEO
        .iter()
        .find(|c| **c == w)
        .copied()
        .or_else(|| to_cameo(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates_weis_events() {
        assert_eq!(to_cameo("064"), Some("054"));
        assert_eq!(to_cameo("122"), Some("111"));
        assert_eq!(to_cameo("032"), Some("042"));
        assert_eq!(to_cameo("223"), Some("190"));
        // Test-only, CAMEO-only and ambiguous codes stay untranslated.
        for c in ["903", "345", "1717", "045", "222", "060", "174K"] {
            assert_eq!(to_cameo(c), None, "{c}");
        }
    }

    #[test]
    fn petrarch2_reads_its_artillery_code_as_cameo() {
        assert_eq!(petrarch2_to_cameo("194"), Some("194"));
        assert_eq!(to_cameo("194"), Some("164"));
        assert_eq!(petrarch2_to_cameo("064"), Some("054"));
        assert_eq!(petrarch2_to_cameo("903"), None);
    }

    #[test]
    fn every_target_is_a_cameo_code() {
        let lex = dateline_lexicon::Lexicon::global();
        for (w, c) in WEIS_CAMEO {
            assert!(lex.cameo(c).is_some(), "{w} -> {c}");
        }
        for c in PETRARCH2_CAMEO {
            assert!(lex.cameo(c).is_some(), "{c}");
        }
    }
}
