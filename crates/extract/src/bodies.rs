//! Government bodies named by a common noun: `the defence ministry`,
//! `Taiwan's defence ministry`, `Chinese foreign ministry officials`.
//!
//! They name no organisation the knowledge base or the name finder knows,
//! yet they speak and act in news. Each becomes an organisation entity of
//! its country (the country or demonym before it, else the one the article
//! is about) with a `nominal` mention, so speakers and event actors can
//! point at it; name-only evaluations do not count such mentions.

use crate::context::Ctx;
use crate::entities::{Ent, Entities, Kind, Ment};

/// Words naming a ministry's portfolio, and the sector of its actor code
/// (CAMEO codes defence ministries as military, interior ministries as
/// police, see `data/kb/sectors.tsv`).
const PORTFOLIOS: &[(&str, &str)] = &[
    ("defence", "MIL"),
    ("defense", "MIL"),
    ("interior", "COP"),
    ("foreign", "GOV"),
    ("finance", "GOV"),
    ("health", "GOV"),
    ("justice", "GOV"),
    ("education", "GOV"),
    ("energy", "GOV"),
    ("oil", "GOV"),
    ("economy", "GOV"),
    ("trade", "GOV"),
    ("information", "GOV"),
    ("agriculture", "GOV"),
    ("transport", "GOV"),
    ("environment", "GOV"),
];

/// The searcher for "ministry", built once rather than per article
/// (building it was about a quarter of the search's cost).
static MINISTRY: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"ministry"));

/// Adds an entity and a mention for each unnamed ministry (`PORTFOLIO
/// ministry`, lower case, not inside another mention).
pub fn add(ctx: &Ctx<'_>, ents: &mut Entities) {
    let Some(kb) = ctx.kb else {
        return;
    };
    let toks = &ctx.toks;
    let mut added: Vec<Ment> = Vec::new();
    // The tokens that are the word "ministry", found by a byte search of
    // the text (a token's text is its slice of it) rather than by reading
    // every token: few articles have any.
    let ministries = MINISTRY.find_iter(ctx.text.as_bytes()).filter_map(|at| {
        let i = ctx.tok_at(at);
        toks.get(i)
            .is_some_and(|t| t.start == at && t.text == "ministry")
            .then_some(i)
    });
    for i in ministries {
        let Some(p) = i.checked_sub(1) else {
            continue;
        };
        let Some(&(word, sector)) = PORTFOLIOS.iter().find(|(w, _)| *w == toks[p].text.as_str())
        else {
            continue;
        };
        if toks[p].sent != toks[i].sent
            || ents.mention_at(toks[p].start).is_some()
            || ents.mention_at(toks[i].start).is_some()
        {
            continue;
        }
        // `Taiwan's defence ministry`, `the Chinese foreign ministry`.
        let country_before = |end: usize| {
            ents.ments
                .iter()
                .find(|m| m.end == end && ents.ents[m.ent].kind == Kind::Country)
                .and_then(|m| ents.ents[m.ent].country.clone())
        };
        let owner = if p >= 2 && matches!(toks[p - 1].text.as_str(), "'s" | "’s") {
            country_before(toks[p - 2].end)
        } else if p >= 1 {
            country_before(toks[p - 1].end)
        } else {
            None
        };
        let Some(iso3) = owner.or_else(|| ctx.countries.borrow().first().cloned()) else {
            continue;
        };
        let Some(country) = kb.country(&iso3) else {
            continue;
        };
        let name = format!("{} {word} ministry", country.name);
        let ent = match ents
            .ents
            .iter()
            .position(|e| e.kind == Kind::Org && e.name == name)
        {
            Some(e) => e,
            None => {
                ents.ents.push(Ent {
                    name,
                    kind: Kind::Org,
                    roles: Vec::new(),
                    actor: Some(format!("{iso3}{sector}")),
                    country: Some(iso3),
                    sector: Some(sector.to_string()),
                    kb: None,
                    target: None,
                    place: None,
                    affiliation: None,
                    metonym_of: None,
                    igo: None,
                });
                ents.ents.len() - 1
            }
        };
        added.push(Ment {
            start: toks[p].start,
            end: toks[i].end,
            kind: "nominal",
            ent,
            sent: toks[i].sent,
        });
    }
    if !added.is_empty() {
        ents.ments.extend(added);
        ents.ments.sort_by_key(|m| m.start);
    }
}
