//! GDELT 2.0 event table rows.
//!
//! [`GDELT_COLUMNS`] are the 61 columns of the GDELT 2.0 Events table in
//! their documented order. What dateline can't know is left empty: ethnic
//! codes, `AvgTone`, ADM1/ADM2 codes and GeoNames feature ids, and the
//! `*_CountryCode` geography columns, which GDELT fills with FIPS 10-4 codes
//! while dateline knows ISO 3166 alpha-3 countries (those appear in
//! `Actor*CountryCode`, which GDELT fills with CAMEO country codes, alpha-3).

use dateline_record::{Actor, Entity, Event, Place, Record};

use crate::ingest::event_day;
use crate::minhash::fnv1a;
use crate::time::Ymd;

/// The GDELT 2.0 Events table columns, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// CAMEO role (type) codes.
const TYPE_CODES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MNC", "MOD",
    "RAD", "REF", "REL", "SET", "NGO", "IGO", "NGM", "PRO", "SOC",
];

/// CAMEO religion codes (first level).
const RELIGION_CODES: &[&str] = &[
    "ADR", "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN", "JEW", "MOS", "SHN", "SIK", "TAO",
    "ZRO",
];

/// A few CAMEO known-group codes (IGOs, NGOs and armed groups) that stand
/// in the country position of an actor code.
const KNOWN_GROUPS: &[&str] = &[
    "UNO", "NAT", "EEC", "AMN", "HRW", "IMF", "WBK", "ICC", "IRC", "ARL", "AFB", "OPC", "WTO",
    "HEZ", "HMS", "TAL", "ALQ", "PLO", "FTA",
];

/// What a CAMEO actor code says, split into GDELT's columns.
#[derive(Default)]
struct CodeParts {
    country: String,
    group: String,
    religion: [String; 2],
    types: [String; 3],
}

fn split_code(code: &str, country_hint: Option<&str>) -> CodeParts {
    let mut parts = CodeParts::default();
    if !code.is_ascii() {
        return parts;
    }
    let chunks: Vec<&str> = (0..code.len())
        .step_by(3)
        .filter_map(|i| code.get(i..(i + 3).min(code.len())))
        .collect();
    let mut rest = chunks.as_slice();
    if let Some((first, tail)) = chunks.split_first() {
        let is_hint = country_hint.is_some_and(|c| c.eq_ignore_ascii_case(first));
        let is_role = TYPE_CODES.contains(first) || RELIGION_CODES.contains(first);
        if KNOWN_GROUPS.contains(first) && !is_hint {
            parts.group = (*first).to_owned();
            rest = tail;
        } else if is_hint || (!is_role && first.len() == 3) {
            parts.country = (*first).to_owned();
            rest = tail;
        }
    }
    let (mut t, mut r) = (0, 0);
    for c in rest {
        if TYPE_CODES.contains(c) && t < 3 {
            parts.types[t] = (*c).to_owned();
            t += 1;
        } else if RELIGION_CODES.contains(c) && r < 2 {
            parts.religion[r] = (*c).to_owned();
            r += 1;
        } else if KNOWN_GROUPS.contains(c) && parts.group.is_empty() {
            parts.group = (*c).to_owned();
        }
    }
    parts
}

fn entity<'a>(rec: &'a Record, id: Option<&str>) -> Option<&'a Entity> {
    let id = id?;
    rec.entities.iter().find(|e| e.id == id)
}

/// The ten actor columns.
fn actor_columns(rec: &Record, actor: Option<&Actor>, out: &mut Vec<String>) {
    let Some(a) = actor else {
        out.extend(std::iter::repeat_n(String::new(), 10));
        return;
    };
    let ent = entity(rec, a.entity.as_deref());
    let code = a.code.clone().unwrap_or_default();
    let parts = split_code(&code, ent.and_then(|e| e.country.as_deref()));
    let name = ent
        .map_or(a.text.as_str(), |e| e.name.as_str())
        .to_uppercase();
    let country = if parts.country.is_empty() {
        ent.and_then(|e| e.country.clone()).unwrap_or_default()
    } else {
        parts.country
    };
    out.push(code);
    out.push(name);
    out.push(country);
    out.push(parts.group);
    out.push(String::new()); // ethnic code: not coded by dateline
    out.extend(parts.religion);
    out.extend(parts.types);
}

/// The eight geography columns.
fn geo_columns(name: Option<&str>, place: Option<&Place>, out: &mut Vec<String>) {
    let Some(p) = place else {
        out.extend(std::iter::repeat_n(String::new(), 8));
        return;
    };
    let us = p.country == "USA";
    let kind = match p.feature.as_str() {
        "country" => "1",
        "region" if us => "2",
        "region" => "5",
        _ if us => "3",
        _ => "4",
    };
    let mut full = name.unwrap_or_default().to_owned();
    if let Some(r) = &p.region {
        if !full.is_empty() && !full.eq_ignore_ascii_case(r) {
            full.push_str(", ");
            full.push_str(r);
        }
    }
    out.push(kind.to_owned());
    out.push(full);
    out.push(String::new()); // FIPS country code: dateline knows ISO alpha-3 only
    out.push(String::new()); // ADM1
    out.push(String::new()); // ADM2
    out.push(format!("{:.4}", p.lat));
    out.push(format!("{:.4}", p.lon));
    out.push(String::new()); // GeoNames feature id
}

/// Digits of an ISO 8601 time as GDELT's `YYYYMMDDHHMMSS`.
pub(crate) fn date_added(iso: &str) -> String {
    let Some(ymd) = Ymd::parse(iso) else {
        return String::new();
    };
    let mut out = ymd.iso().replace('-', "");
    let time: String = iso
        .get(11..19)
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    if time.len() == 6 {
        out.push_str(&time);
    } else {
        out.push_str("000000");
    }
    out
}

/// Values that come from the archive rather than the single record.
pub(crate) struct RowContext {
    pub id: String,
    pub num_mentions: i64,
    pub num_sources: i64,
    pub num_articles: i64,
    pub date_added: String,
}

/// One GDELT row for `event` of `rec`.
pub(crate) fn gdelt_row(rec: &Record, event: &Event, ctx: &RowContext) -> Vec<String> {
    let mut row = Vec::with_capacity(61);
    let article_day = rec.published.as_deref().and_then(Ymd::parse).map(Ymd::iso);
    let day = event_day(event, article_day.as_deref())
        .as_deref()
        .and_then(Ymd::parse);
    row.push(ctx.id.clone());
    match day {
        Some(d) => {
            row.push(format!("{:04}{:02}{:02}", d.year, d.month, d.day));
            row.push(format!("{:04}{:02}", d.year, d.month));
            row.push(format!("{:04}", d.year));
            row.push(format!("{:.4}", d.fraction()));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 4)),
    }
    actor_columns(rec, event.source.as_ref(), &mut row);
    actor_columns(rec, event.target.as_ref(), &mut row);
    // GDELT marks events from the lead paragraph as root events.
    let lead_end = rec.paragraphs.first().map(|p| p.end);
    let is_root = match (lead_end, rec.sentences.get(event.sentence)) {
        (Some(end), Some(s)) => s.start < end,
        _ => event.sentence == 0,
    };
    row.push(if is_root { "1" } else { "0" }.to_owned());
    let cameo = event.cameo.clone();
    let base = cameo.get(..3).unwrap_or(&cameo).to_owned();
    row.push(cameo);
    row.push(base);
    row.push(event.root.clone());
    row.push(event.quad_class.to_string());
    row.push(format!("{:.1}", event.goldstein));
    row.push(ctx.num_mentions.to_string());
    row.push(ctx.num_sources.to_string());
    row.push(ctx.num_articles.to_string());
    row.push(String::new()); // AvgTone: dateline does no sentiment
    for actor in [event.source.as_ref(), event.target.as_ref()] {
        let ent = actor.and_then(|a| entity(rec, a.entity.as_deref()));
        geo_columns(
            ent.map(|e| e.name.as_str()),
            ent.and_then(|e| e.place.as_ref()),
            &mut row,
        );
    }
    let place = event.place.as_ref();
    geo_columns(
        place.map(|p| p.name.as_str()),
        place.and_then(|p| p.place.as_ref()),
        &mut row,
    );
    row.push(ctx.date_added.clone());
    row.push(rec.url.clone().unwrap_or_default());
    row
}

/// GDELT 2.0 event rows for every event of one record, without a database.
///
/// Each row counts one mention in one article from one source;
/// `GlobalEventID` is a stable 53-bit hash of the article and event ids, and
/// `DATEADDED` is the publication time. Archive exports
/// ([`crate::Store::export_gdelt`]) instead merge reports of the same event
/// and number story events.
#[must_use]
pub fn gdelt_rows(record: &Record) -> Vec<Vec<String>> {
    let added = record
        .published
        .as_deref()
        .map(date_added)
        .unwrap_or_default();
    record
        .events
        .iter()
        .map(|e| {
            let key = format!("{}\u{1f}{}", record.id, e.id);
            let ctx = RowContext {
                id: (fnv1a(key.as_bytes()) & ((1u64 << 53) - 1)).to_string(),
                num_mentions: 1,
                num_sources: 1,
                num_articles: 1,
                date_added: added.clone(),
            };
            gdelt_row(record, e, &ctx)
        })
        .collect()
}

/// Makes a field safe for tab-separated output.
pub(crate) fn tsv_field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        std::borrow::Cow::Owned(s.replace(['\t', '\n', '\r'], " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_actor_codes() {
        let p = split_code("IRQGOV", Some("IRQ"));
        assert_eq!((p.country.as_str(), p.types[0].as_str()), ("IRQ", "GOV"));
        let p = split_code("USAMILREB", None);
        assert_eq!(
            (p.country.as_str(), p.types[0].as_str(), p.types[1].as_str()),
            ("USA", "MIL", "REB")
        );
        let p = split_code("UNO", None);
        assert_eq!((p.country.as_str(), p.group.as_str()), ("", "UNO"));
        let p = split_code("GOV", None);
        assert_eq!((p.country.as_str(), p.types[0].as_str()), ("", "GOV"));
        let p = split_code("IRNMOSSHI", None);
        assert_eq!((p.country.as_str(), p.religion[0].as_str()), ("IRN", "MOS"));
    }

    #[test]
    fn date_added_formats() {
        assert_eq!(date_added("2019-02-04T10:05:09+03:00"), "20190204100509");
        assert_eq!(date_added("2019-02-04"), "20190204000000");
        assert_eq!(date_added("yesterday"), "");
    }
}
