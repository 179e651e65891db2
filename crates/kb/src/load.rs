//! Parsing the compiled-in data files into a validated [`Kb`].

use foldhash::{HashMap, HashMapExt as _, HashSet, HashSetExt as _};
use std::sync::OnceLock;

use crate::tsv::rows;
use crate::{
    City, CityId, Country, CountryId, Gender, Group, GroupId, Kb, KbError, NotEntity, Org, OrgId,
    PartyPeriod, Person, PersonId, Region, RegionId, Sector, SectorNoun, Shapes, Target, Term,
    Title,
};

const COUNTRIES: &str = include_str!("../../../data/kb/countries.tsv");
const COUNTRY_EXTRA: &str = include_str!("../../../data/kb/country_extra.tsv");
const FORMER_COUNTRIES: &str = include_str!("../../../data/kb/former_countries.tsv");
const REGIONS: &str = include_str!("../../../data/kb/regions.tsv");
const REGION_EXTRA: &str = include_str!("../../../data/kb/region_extra.tsv");
const AREAS: &str = include_str!("../../../data/kb/areas.tsv");
const CITIES: &str = include_str!("../../../data/kb/cities.tsv");
const CITY_EXTRA: &str = include_str!("../../../data/kb/city_extra.tsv");
const PEOPLE: &str = include_str!("../../../data/kb/people.tsv");
const ORGS: &str = include_str!("../../../data/kb/orgs.tsv");
const OUTLETS: &str = include_str!("../../../data/kb/outlets.tsv");
const COMPANIES: &str = include_str!("../../../data/kb/companies.tsv");
const NOT_PLACE_NAMES: &str = include_str!("../../../data/kb/not_place_names.tsv");
const NOT_ENTITY_NAMES: &str = include_str!("../../../data/kb/not_entity_names.tsv");
const FIRST_NAMES: &str = include_str!("../../../data/kb/first_names.tsv");
const FIRST_NAMES_EXTRA: &str = include_str!("../../../data/kb/first_names_extra.tsv");
const PARTY_PERIODS: &str = include_str!("../../../data/kb/party_periods.tsv");
const TITLES: &str = include_str!("../../../data/kb/titles.tsv");
const GROUPS: &str = include_str!("../../../data/kb/groups.tsv");
const SECTORS: &str = include_str!("../../../data/kb/sectors.tsv");

/// The kinds of `not_entity_names.tsv`.
const NOT_ENTITY_KINDS: &[&str] = &[
    "agreement",
    "resolution",
    "programme",
    "index",
    "unit",
    "technology",
    "medicine",
    "era",
    "finance",
    "abbreviation",
    "scripture",
    "word",
];

/// The `kind` of a region loaded from `areas.tsv`.
pub(crate) const AREA_KIND: &str = "area";

const ORG_KINDS: &[&str] = &[
    "igo",
    "ngo",
    "party",
    "coalition",
    "militia",
    "rebel",
    "insurgent",
    "terrorist",
    "government_body",
    "military",
    "police",
    "media",
    "company",
    "other",
    "facility",
];
const TITLE_KINDS: &[&str] = &[
    "office",
    "military_rank",
    "honorific",
    "religious",
    "occupation",
];

fn invalid(file: &'static str, message: String) -> KbError {
    KbError::Invalid { file, message }
}

fn push_unique(list: &mut Vec<String>, items: Vec<String>) {
    for it in items {
        if !list.contains(&it) {
            list.push(it);
        }
    }
}

pub(crate) fn load() -> Result<Kb, KbError> {
    // ---- sectors first: every other table is checked against them.
    let mut sector_codes = Vec::new();
    let mut sectors = Vec::new();
    for r in rows("sectors.tsv", SECTORS, 3)? {
        match r.get(0) {
            "CODE" => sector_codes.push(Sector {
                code: r.req(1, "code")?.to_owned(),
                meaning: r.req(2, "meaning")?.to_owned(),
            }),
            "NOUN" => sectors.push(SectorNoun {
                noun: r.req(1, "noun")?.to_owned(),
                code: r.req(2, "code")?.to_owned(),
                note: r.get(3).to_owned(),
            }),
            other => return Err(r.err(format!("unknown line kind {other:?}"))),
        }
    }
    let codes: HashSet<&str> = sector_codes.iter().map(|s| s.code.as_str()).collect();
    let mut sector_index = HashMap::new();
    for (i, s) in sectors.iter().enumerate() {
        if !codes.contains(s.code.as_str()) {
            return Err(invalid(
                "sectors.tsv",
                format!("{}: unknown code {}", s.noun, s.code),
            ));
        }
        if s.noun != s.noun.to_lowercase() || sector_index.insert(s.noun.clone(), i).is_some() {
            return Err(invalid(
                "sectors.tsv",
                format!("noun {:?} repeated or not lowercase", s.noun),
            ));
        }
    }

    // ---- countries + extras.
    let mut countries = Vec::new();
    for r in rows("countries.tsv", COUNTRIES, 9)? {
        let cap_lat = r.opt_f64(5, "capital_lat")?;
        let cap_lon = r.opt_f64(6, "capital_lon")?;
        countries.push(Country {
            iso3: r.req(0, "iso3")?.to_owned(),
            iso2: r.req(1, "iso2")?.to_owned(),
            name: r.req(2, "name")?.to_owned(),
            aliases: r.list(3),
            demonyms: Vec::new(),
            capital: r.get(4).to_owned(),
            capital_lat_lon: cap_lat.zip(cap_lon),
            lat: r.opt_f64(7, "lat")?,
            lon: r.opt_f64(8, "lon")?,
            until: None,
        });
    }
    // Former countries take CAMEO's codes; the check below refuses one that
    // repeats an ISO code.
    for r in rows("former_countries.tsv", FORMER_COUNTRIES, 8)? {
        let code = r.req(0, "code")?;
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(r.err(format!("code {code:?} is not three capital letters")));
        }
        let cap_lat = r.opt_f64(5, "capital_lat")?;
        let cap_lon = r.opt_f64(6, "capital_lon")?;
        countries.push(Country {
            iso3: code.to_owned(),
            iso2: String::new(),
            name: r.req(1, "name")?.to_owned(),
            aliases: r.list(2),
            demonyms: r.list(3),
            capital: r.get(4).to_owned(),
            capital_lat_lon: cap_lat.zip(cap_lon),
            lat: cap_lat,
            lon: cap_lon,
            until: Some(
                r.opt_date(7, "until")?.ok_or_else(|| {
                    r.err("until: a former country needs the day it ended".into())
                })?,
            ),
        });
    }
    let mut by_iso3 = HashMap::new();
    for (i, c) in countries.iter().enumerate() {
        if c.iso3.len() != 3
            || by_iso3
                .insert(c.iso3.clone(), CountryId(i as u32))
                .is_some()
        {
            return Err(invalid(
                "countries.tsv",
                format!("bad or repeated iso3 {}", c.iso3),
            ));
        }
    }
    let mut extra_seen = HashSet::new();
    for r in rows("country_extra.tsv", COUNTRY_EXTRA, 1)? {
        let iso3 = r.req(0, "iso3")?;
        let id = *by_iso3
            .get(iso3)
            .ok_or_else(|| r.err(format!("unknown country {iso3}")))?;
        if !extra_seen.insert(iso3) {
            return Err(r.err(format!("{iso3} listed twice")));
        }
        let c = &mut countries[id.index()];
        let name = r.get(1);
        if !name.is_empty() && name != c.name {
            let old = std::mem::replace(&mut c.name, name.to_owned());
            push_unique(&mut c.aliases, vec![old]);
        }
        push_unique(&mut c.aliases, r.list(2));
        let name = c.name.clone();
        c.aliases.retain(|a| *a != name);
        push_unique(&mut c.demonyms, r.list(3));
    }
    let check_iso3 = |file: &'static str, iso3: &str| -> Result<(), KbError> {
        if by_iso3.contains_key(iso3) {
            Ok(())
        } else {
            Err(invalid(file, format!("unknown country {iso3}")))
        }
    };

    // ---- regions + extras.
    let mut regions = Vec::new();
    let mut by_gn = HashMap::new();
    for r in rows("regions.tsv", REGIONS, 8)? {
        let country = r.req(0, "iso3")?;
        check_iso3("regions.tsv", country)?;
        let gn = r.req(2, "gn")?.to_owned();
        if by_gn.insert(gn.clone(), regions.len()).is_some() {
            return Err(r.err(format!("repeated region {gn}")));
        }
        regions.push(Region {
            country: country.to_owned(),
            code: r.get(1).to_owned(),
            gn,
            name: r.req(3, "name")?.to_owned(),
            aliases: r.list(4),
            kind: r.get(5).to_owned(),
            lat: r.f64(6, "lat")?,
            lon: r.f64(7, "lon")?,
        });
    }
    for r in rows("region_extra.tsv", REGION_EXTRA, 2)? {
        let gn = r.req(0, "gn")?;
        let &i = by_gn
            .get(gn)
            .ok_or_else(|| r.err(format!("unknown region {gn}")))?;
        let reg = &mut regions[i];
        push_unique(&mut reg.aliases, r.list(1));
        let name = reg.name.clone();
        reg.aliases.retain(|a| *a != name);
    }

    // ---- areas: continents, regions of several countries, parts of one.
    for r in rows("areas.tsv", AREAS, 6)? {
        let country = r.get(3);
        if !country.is_empty() {
            check_iso3("areas.tsv", country)?;
        }
        let gn = format!("AREA.{}", r.req(0, "key")?);
        if by_gn.insert(gn.clone(), regions.len()).is_some() {
            return Err(r.err(format!("repeated area {gn}")));
        }
        regions.push(Region {
            country: country.to_owned(),
            code: String::new(),
            gn,
            name: r.req(1, "name")?.to_owned(),
            aliases: r.list(2),
            kind: AREA_KIND.to_owned(),
            lat: r.f64(4, "lat")?,
            lon: r.f64(5, "lon")?,
        });
    }

    // ---- cities + extras.
    let mut cities = Vec::new();
    let mut by_geonameid = HashMap::new();
    for r in rows("cities.tsv", CITIES, 8)? {
        let id: u32 = r
            .req(0, "geonameid")?
            .parse()
            .map_err(|_| r.err("bad geonameid".into()))?;
        let country = r.req(2, "iso3")?;
        check_iso3("cities.tsv", country)?;
        if by_geonameid.insert(id, cities.len()).is_some() {
            return Err(r.err(format!("repeated geonameid {id}")));
        }
        cities.push(City {
            geonameid: id,
            name: r.req(1, "name")?.to_owned(),
            aliases: Vec::new(),
            country: country.to_owned(),
            region: r.get(3).to_owned(),
            population: r
                .req(4, "population")?
                .parse()
                .map_err(|_| r.err("bad population".into()))?,
            lat: r.f64(5, "lat")?,
            lon: r.f64(6, "lon")?,
            weak: match r.get(7) {
                "1" => true,
                "0" => false,
                other => return Err(r.err(format!("bad weak flag {other:?}"))),
            },
        });
    }
    for r in rows("city_extra.tsv", CITY_EXTRA, 2)? {
        let id: u32 = r
            .req(0, "geonameid")?
            .parse()
            .map_err(|_| r.err("bad geonameid".into()))?;
        let &i = by_geonameid
            .get(&id)
            .ok_or_else(|| r.err(format!("unknown city {id}")))?;
        let city = &mut cities[i];
        push_unique(&mut city.aliases, r.list(1));
        match r.get(2) {
            "" => {}
            "1" => city.weak = true,
            "0" => city.weak = false,
            other => return Err(r.err(format!("bad weak flag {other:?}"))),
        }
    }

    // ---- organisations and outlets.
    let mut orgs = Vec::new();
    let mut by_org_key = HashMap::new();
    // Outlets and companies leave out the kind column: it is theirs.
    for (file, text, fixed_kind) in [
        ("orgs.tsv", ORGS, None),
        ("outlets.tsv", OUTLETS, Some("media")),
        ("companies.tsv", COMPANIES, Some("company")),
    ] {
        for r in rows(file, text, if fixed_kind.is_some() { 5 } else { 6 })? {
            let (kind, country, code, from, to) = match fixed_kind {
                Some(kind) => (kind, r.get(3), r.req(4, "code")?, 5, 6),
                None => (r.req(3, "kind")?, r.get(4), r.req(5, "code")?, 6, 7),
            };
            if !ORG_KINDS.contains(&kind) {
                return Err(r.err(format!("unknown kind {kind}")));
            }
            if !country.is_empty() {
                check_iso3(file, country)?;
            }
            validate_code(code, &by_iso3, &codes).map_err(|m| r.err(m))?;
            let from = r.opt_date(from, "from")?;
            let to = r.opt_date(to, "to")?;
            if let (Some(f), Some(t)) = (from, to) {
                if f > t {
                    return Err(r.err("from after to".into()));
                }
            }
            // Outlets only: a reach column after the dates.
            let international = fixed_kind == Some("media")
                && match r.get(7) {
                    "international" => true,
                    "" | "national" => false,
                    other => return Err(r.err(format!("bad reach {other:?}"))),
                };
            let key = r.req(0, "key")?.to_owned();
            if by_org_key
                .insert(key.clone(), OrgId(orgs.len() as u32))
                .is_some()
            {
                return Err(r.err(format!("repeated key {key}")));
            }
            orgs.push(Org {
                key,
                name: r.req(1, "name")?.to_owned(),
                aliases: r.list(2),
                kind: kind.to_owned(),
                country: (!country.is_empty()).then(|| country.to_owned()),
                code: code.to_owned(),
                from,
                to,
                international,
                periods: Vec::new(),
            });
        }
    }

    // ---- periods of parties in government and in opposition.
    for r in rows("party_periods.tsv", PARTY_PERIODS, 3)? {
        let key = r.req(0, "party")?;
        let Some(&id) = by_org_key.get(key) else {
            return Err(r.err(format!("unknown organisation {key}")));
        };
        let org = &mut orgs[id.index()];
        if !matches!(org.kind.as_str(), "party" | "coalition") || org.country.is_none() {
            return Err(r.err(format!("{key} is not a national party")));
        }
        let status = r.req(1, "status")?;
        if !matches!(status, "GOV" | "OPP") {
            return Err(r.err(format!("status {status} is neither GOV nor OPP")));
        }
        let from = r
            .opt_date(2, "from")?
            .ok_or_else(|| r.err("missing from".into()))?;
        let to = r.opt_date(3, "to")?;
        if to.is_some_and(|t| t <= from) {
            return Err(r.err("to not after from".into()));
        }
        let p = PartyPeriod {
            status: status.to_owned(),
            from,
            to,
            note: r.get(4).to_owned(),
        };
        // Periods of one party may not overlap.
        let overlaps = |a: &PartyPeriod, b: &PartyPeriod| {
            let before = |x: &PartyPeriod, y: &PartyPeriod| match x.to {
                Some(t) => t <= y.from,
                None => false,
            };
            !before(a, b) && !before(b, a)
        };
        if org.periods.iter().any(|q| overlaps(q, &p)) {
            return Err(r.err(format!("{key}: period overlaps another")));
        }
        org.periods.push(p);
        org.periods.sort_by_key(|p| p.from);
    }

    // ---- people: several lines per key are terms of one person.
    let mut people: Vec<Person> = Vec::new();
    let mut by_person_key = HashMap::new();
    for r in rows("people.tsv", PEOPLE, 8)? {
        let key = r.req(0, "key")?;
        let country = r.get(3);
        if !country.is_empty() {
            check_iso3("people.tsv", country)?;
        }
        let sector = r.req(4, "sector")?;
        if !codes.contains(sector) {
            return Err(r.err(format!("unknown sector {sector}")));
        }
        let of = r.get(6);
        if !of.is_empty() && !by_org_key.contains_key(of) {
            return Err(r.err(format!("unknown organisation {of}")));
        }
        if country.is_empty() && of.is_empty() {
            return Err(r.err("a term needs a country or an organisation".into()));
        }
        let from = r
            .opt_date(7, "from")?
            .ok_or_else(|| r.err("missing from".into()))?;
        let to = r.opt_date(8, "to")?;
        if to.is_some_and(|t| t < from) {
            return Err(r.err("to before from".into()));
        }
        let term = Term {
            country: country.to_owned(),
            sector: sector.to_owned(),
            role: r.req(5, "role")?.to_owned(),
            of: (!of.is_empty()).then(|| of.to_owned()),
            from,
            to,
            note: r.get(9).to_owned(),
        };
        let id = *by_person_key.entry(key.to_owned()).or_insert_with(|| {
            people.push(Person {
                key: key.to_owned(),
                name: String::new(),
                aliases: Vec::new(),
                terms: Vec::new(),
            });
            PersonId((people.len() - 1) as u32)
        });
        let p = &mut people[id.index()];
        let name = r.get(1);
        if !name.is_empty() {
            if p.name.is_empty() {
                p.name = name.to_owned();
            } else if p.name != name {
                return Err(r.err(format!("{key} has two names: {} / {name}", p.name)));
            }
        }
        push_unique(&mut p.aliases, r.list(2));
        if p.terms
            .iter()
            .any(|t| t.from == term.from && t.role == term.role)
        {
            return Err(r.err(format!("{key}: repeated term")));
        }
        p.terms.push(term);
    }
    for p in &mut people {
        if p.name.is_empty() {
            return Err(invalid("people.tsv", format!("{} has no name", p.key)));
        }
        p.terms.sort_by_key(|t| t.from);
    }

    // ---- titles.
    let mut titles = Vec::new();
    let mut title_index = HashMap::new();
    for r in rows("titles.tsv", TITLES, 3)? {
        let t = Title {
            title: r.req(0, "title")?.to_owned(),
            sector: r.req(1, "sector")?.to_owned(),
            kind: r.req(2, "kind")?.to_owned(),
            abbreviations: r.list(3),
        };
        if t.sector != "inherit" && !codes.contains(t.sector.as_str()) {
            return Err(r.err(format!("unknown sector {}", t.sector)));
        }
        if !TITLE_KINDS.contains(&t.kind.as_str()) {
            return Err(r.err(format!("unknown kind {}", t.kind)));
        }
        for form in std::iter::once(&t.title).chain(&t.abbreviations) {
            if *form != form.to_lowercase() {
                return Err(r.err(format!("{form:?} is not lowercase")));
            }
            if title_index.insert(form.clone(), titles.len()).is_some() {
                return Err(r.err(format!("{form:?} listed twice")));
            }
        }
        titles.push(t);
    }

    let mut title_firsts: HashMap<String, usize> = HashMap::new();
    let mut title_lasts: HashMap<String, usize> = HashMap::new();
    for form in title_index.keys() {
        let words = form.split(' ').count();
        for (word, most) in [
            (form.split(' ').next(), &mut title_firsts),
            (form.rsplit(' ').next(), &mut title_lasts),
        ] {
            let m = most.entry(word.unwrap_or_default().to_owned()).or_default();
            *m = (*m).max(words);
        }
    }

    // ---- surface index.
    let mut surfaces: HashMap<String, Vec<Target>> = HashMap::with_capacity(64 * 1024);
    let mut add = |s: &str, t: Target| {
        let v = surfaces.entry(s.to_owned()).or_default();
        if !v.contains(&t) {
            v.push(t);
        }
    };
    let mut demonym_index = HashMap::new();
    let mut demonym_lower = HashMap::new();
    for (i, c) in countries.iter().enumerate() {
        let id = CountryId(i as u32);
        for n in std::iter::once(&c.name).chain(&c.aliases) {
            add(n, Target::Country(id));
        }
        for d in &c.demonyms {
            add(d, Target::Demonym(id));
            demonym_index.entry(d.clone()).or_insert(id);
            demonym_lower.entry(d.to_lowercase()).or_insert(id);
        }
    }
    // Bare words that no place is indexed under ("March", "Western").
    let mut not_places: HashMap<String, usize> = HashMap::new();
    for r in rows("not_place_names.tsv", NOT_PLACE_NAMES, 2)? {
        r.req(1, "reason")?;
        if not_places
            .insert(r.req(0, "name")?.to_owned(), r.line)
            .is_some()
        {
            return Err(r.err("repeated name".into()));
        }
    }
    let mut unused: HashSet<&str> = not_places.keys().map(String::as_str).collect();
    let mut add_place = |s: &str, t: Target| {
        if not_places.contains_key(s) {
            unused.remove(s);
        } else {
            add(s, t);
        }
    };
    // Places and people are also found written without their diacritics
    // ("Brasilia", "Bogota", "Sao Paulo"), as much English news spells them.
    for (i, r) in regions.iter().enumerate() {
        for n in std::iter::once(&r.name).chain(&r.aliases) {
            add_place(n, Target::Region(RegionId(i as u32)));
            if let Some(f) = fold_diacritics(n).filter(|f| f.len() >= 5) {
                add_place(&f, Target::Region(RegionId(i as u32)));
            }
        }
    }
    for (i, c) in cities.iter().enumerate() {
        // Folded names of small towns turn into English words ("Savè" to
        // "Save", "Bánk" to "Bank"): only larger cities, longer names.
        let fold = c.population >= FOLD_MIN_POPULATION;
        for n in std::iter::once(&c.name).chain(&c.aliases) {
            add_place(n, Target::City(CityId(i as u32)));
            if let Some(f) = fold_diacritics(n).filter(|f| fold && f.len() >= 5) {
                add_place(&f, Target::City(CityId(i as u32)));
            }
        }
    }
    if let Some(name) = unused.iter().min() {
        return Err(KbError::Parse {
            file: "not_place_names.tsv",
            line: not_places[*name],
            message: format!("no place is named {name:?}"),
        });
    }
    for (i, p) in people.iter().enumerate() {
        for n in std::iter::once(&p.name).chain(&p.aliases) {
            add(n, Target::Person(PersonId(i as u32)));
            if let Some(f) = fold_diacritics(n).filter(|f| f.len() >= 5) {
                add(&f, Target::Person(PersonId(i as u32)));
            }
        }
    }
    // British style writes acronyms of four letters or more in title case
    // ("Nato", "Opec", "Unicef"): those forms too, once every other name is
    // in, unless they name something else. Not for outlets, whose acronyms
    // are first names ("Sana", "Wafa", "Petra").
    let mut title_forms: Vec<(String, Target)> = Vec::new();
    for (i, o) in orgs.iter().enumerate() {
        let t = Target::Org(OrgId(i as u32));
        for n in std::iter::once(&o.name).chain(&o.aliases) {
            add(n, t);
            if o.kind != "media" && n.len() >= 4 && n.bytes().all(|b| b.is_ascii_uppercase()) {
                let (head, tail) = n.split_at(1);
                title_forms.push((format!("{head}{}", tail.to_ascii_lowercase()), t));
            }
        }
    }
    for (form, t) in title_forms {
        if !surfaces.contains_key(&form) {
            surfaces.entry(form).or_default().push(t);
        }
    }
    let mut groups = Vec::new();
    let mut group_keys = HashSet::new();
    for r in rows("groups.tsv", GROUPS, 4)? {
        let key = r.req(0, "key")?.to_owned();
        if !group_keys.insert(key.clone()) {
            return Err(r.err(format!("duplicate key {key}")));
        }
        let kind = r.req(3, "kind")?;
        if !["ethnic", "religious", "regional"].contains(&kind) {
            return Err(r.err(format!("unknown kind {kind}")));
        }
        let code = r.get(4);
        if !(code.is_empty() || code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())) {
            return Err(r.err(format!("bad group code {code:?}")));
        }
        let g = Group {
            key,
            name: r.req(1, "name")?.to_owned(),
            forms: r.list(2),
            kind: kind.to_owned(),
            code: code.to_owned(),
        };
        let id = GroupId(groups.len() as u32);
        for f in &g.forms {
            // A group word that is also a country's demonym or another
            // name would be read two ways.
            if surfaces.contains_key(f.as_str()) {
                return Err(r.err(format!("{f:?} already names something else")));
            }
        }
        for f in std::iter::once(&g.name).chain(&g.forms) {
            let v = surfaces.entry(f.clone()).or_default();
            if !v.contains(&Target::Group(id)) {
                v.push(Target::Group(id));
            }
        }
        groups.push(g);
    }
    // Split lists never produce empty names, but a stray `;` could: an
    // empty pattern would match everywhere.
    surfaces.remove("");
    // News copy writes a list in a name with or without the serial comma
    // ("Cultural Heritage, Tourism, and Handicrafts Organization"), the
    // Arabic article in either case ("Abu Mahdi Al-Muhandis") and the
    // apostrophe either way ("People’s Republic of China", "Côte d'Ivoire");
    // the data has one form and the matcher compares bytes, so each name
    // gets the other forms too.
    for variant in [serial_comma_variant, article_variant, apostrophe_variant] {
        let mut more: Vec<(String, Vec<Target>)> = Vec::new();
        for (form, targets) in &surfaces {
            if let Some(other) = variant(form) {
                if !surfaces.contains_key(&other) {
                    more.push((other, targets.clone()));
                }
            }
        }
        surfaces.extend(more);
    }
    // Names of agreements, units, indices... that are no entity; a form the
    // knowledge base also names would have two readings.
    let mut not_entities: HashMap<String, NotEntity> = HashMap::new();
    for r in rows("not_entity_names.tsv", NOT_ENTITY_NAMES, 3)? {
        let name = r.req(0, "name")?;
        let kind = r.req(1, "kind")?;
        if !NOT_ENTITY_KINDS.contains(&kind) {
            return Err(r.err(format!("unknown kind {kind:?}")));
        }
        if surfaces.contains_key(name) {
            return Err(r.err(format!("{name:?} is also a knowledge-base name")));
        }
        let item = NotEntity {
            kind: kind.to_owned(),
            meaning: r.req(2, "meaning")?.to_owned(),
        };
        if not_entities.insert(name.to_owned(), item).is_some() {
            return Err(r.err("repeated name".into()));
        }
    }

    // First names and the gender they tell; the hand-written file wins.
    let mut first_names: HashMap<String, Gender> = HashMap::new();
    for (file, text) in [
        ("first_names.tsv", FIRST_NAMES),
        ("first_names_extra.tsv", FIRST_NAMES_EXTRA),
    ] {
        let mut seen: HashSet<&str> = HashSet::new();
        for r in rows(file, text, 2)? {
            let name = r.req(0, "name")?;
            let gender = match r.req(1, "gender")? {
                "m" => Some(Gender::Male),
                "f" => Some(Gender::Female),
                // Borne by men and women alike somewhere: no gender.
                "u" if file == "first_names_extra.tsv" => None,
                g if file == "first_names_extra.tsv" => {
                    return Err(r.err(format!("gender must be m, f or u, not {g:?}")))
                }
                g => return Err(r.err(format!("gender must be m or f, not {g:?}"))),
            };
            if !seen.insert(name) {
                return Err(r.err("repeated name".into()));
            }
            match gender {
                Some(g) => first_names.insert(name.to_owned(), g),
                None => first_names.remove(name),
            };
        }
    }
    Ok(Kb {
        first_names,
        countries,
        regions,
        cities,
        people,
        orgs,
        groups,
        titles,
        sectors,
        sector_codes,
        by_iso3,
        by_person_key,
        by_org_key,
        surfaces,
        not_entity_shapes: Shapes::of(not_entities.keys().map(String::as_str)),
        not_entities,
        places_lower: OnceLock::new(),
        title_shapes: Shapes::of(title_index.keys().map(String::as_str)),
        title_first_shapes: Shapes::of(title_firsts.keys().map(String::as_str)),
        title_last_shapes: Shapes::of(title_lasts.keys().map(String::as_str)),
        title_index,
        title_firsts,
        title_lasts,
        sector_shapes: Shapes::of(sector_index.keys().map(String::as_str)),
        demonym_shapes: Shapes::of(demonym_index.keys().map(String::as_str)),
        demonym_lower_shapes: Shapes::of(demonym_lower.keys().map(String::as_str)),
        sector_index,
        demonym_index,
        demonym_lower,
        matcher: OnceLock::new(),
    })
}

/// A CAMEO actor code is a country code (ISO alpha-3) or one of IGO / NGO /
/// IMG, followed by zero or more three-letter sector or known-group codes.
fn validate_code(
    code: &str,
    countries: &HashMap<String, CountryId>,
    sectors: &HashSet<&str>,
) -> Result<(), String> {
    // One to four three-letter parts (country, sector, group, subgroup).
    if !matches!(code.len(), 3 | 6 | 9 | 12) || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!("bad actor code {code:?}"));
    }
    let head = &code[..3];
    if !countries.contains_key(head) && !["IGO", "NGO", "IMG"].contains(&head) {
        return Err(format!(
            "actor code {code:?} starts with no country or IGO/NGO/IMG"
        ));
    }
    // The second triple, when present, must be a sector for country codes;
    // after IGO/NGO it may be a known-group code (UNO, AMN, IRC).
    if countries.contains_key(head) && code.len() >= 6 && !sectors.contains(&code[3..6]) {
        return Err(format!(
            "actor code {code:?}: unknown sector {}",
            &code[3..6]
        ));
    }
    Ok(())
}

/// A name's list written with the serial comma if it has none, or without
/// it if it has one: "A, B and C" <-> "A, B, and C".
fn serial_comma_variant(form: &str) -> Option<String> {
    if let Some(i) = form.rfind(", and ") {
        return Some(format!("{} and {}", &form[..i], &form[i + 6..]));
    }
    let i = form.rfind(" and ")?;
    form[..i]
        .contains(", ")
        .then(|| format!("{}, and {}", &form[..i], &form[i + 5..]))
}

/// A name with its Arabic articles in the other case ("al-Muhandis" <->
/// "Al-Muhandis"), when all are in one case.
fn article_variant(form: &str) -> Option<String> {
    let has = |a: &str| form.starts_with(a) || form.contains(&format!(" {a}"));
    let swap = |from: &str, to: &str| {
        let mut out = form.replace(&format!(" {from}"), &format!(" {to}"));
        if let Some(rest) = out.strip_prefix(from) {
            out = format!("{to}{rest}");
        }
        out
    };
    match (has("al-"), has("Al-")) {
        (true, false) => Some(swap("al-", "Al-")),
        (false, true) => Some(swap("Al-", "al-")),
        _ => None,
    }
}

/// A name with its apostrophes written the other way (' <-> ’).
fn apostrophe_variant(form: &str) -> Option<String> {
    if form.contains('\'') {
        Some(form.replace('\'', "’"))
    } else if form.contains('’') {
        Some(form.replace('’', "'"))
    } else {
        None
    }
}

#[cfg(test)]
pub(crate) fn raw_files() -> [(&'static str, &'static str); 20] {
    [
        ("countries.tsv", COUNTRIES),
        ("former_countries.tsv", FORMER_COUNTRIES),
        ("country_extra.tsv", COUNTRY_EXTRA),
        ("regions.tsv", REGIONS),
        ("region_extra.tsv", REGION_EXTRA),
        ("areas.tsv", AREAS),
        ("cities.tsv", CITIES),
        ("city_extra.tsv", CITY_EXTRA),
        ("people.tsv", PEOPLE),
        ("orgs.tsv", ORGS),
        ("outlets.tsv", OUTLETS),
        ("companies.tsv", COMPANIES),
        ("not_place_names.tsv", NOT_PLACE_NAMES),
        ("not_entity_names.tsv", NOT_ENTITY_NAMES),
        ("first_names.tsv", FIRST_NAMES),
        ("first_names_extra.tsv", FIRST_NAMES_EXTRA),
        ("party_periods.tsv", PARTY_PERIODS),
        ("titles.tsv", TITLES),
        ("groups.tsv", GROUPS),
        ("sectors.tsv", SECTORS),
    ]
}

/// Cities whose names are also indexed without diacritics have at least
/// this many people.
const FOLD_MIN_POPULATION: u64 = 50_000;

/// `name` with Latin diacritics removed ("Brasília" to "Brasilia"), or
/// None when it has none or holds a letter outside the table (a partly
/// folded name would be a form nobody writes).
pub(crate) fn fold_diacritics(name: &str) -> Option<String> {
    if name.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let f = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
            'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => "C",
            'ď' | 'đ' => "d",
            'Ď' | 'Đ' => "D",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ĕ' => "e",
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' | 'Ĕ' => "E",
            'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
            'Ğ' | 'Ĝ' | 'Ġ' | 'Ģ' => "G",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' | 'ĭ' => "i",
            'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' | 'Į' | 'Ĭ' => "I",
            'ķ' => "k",
            'Ķ' => "K",
            'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
            'Ł' | 'Ľ' | 'Ĺ' | 'Ļ' => "L",
            'ñ' | 'ń' | 'ň' | 'ņ' => "n",
            'Ñ' | 'Ń' | 'Ň' | 'Ņ' => "N",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'ŏ' => "o",
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' | 'Ŏ' => "O",
            'ř' | 'ŕ' | 'ŗ' => "r",
            'Ř' | 'Ŕ' | 'Ŗ' => "R",
            'ś' | 'š' | 'ş' | 'ș' | 'ŝ' => "s",
            'Ś' | 'Š' | 'Ş' | 'Ș' | 'Ŝ' => "S",
            'ť' | 'ţ' | 'ț' => "t",
            'Ť' | 'Ţ' | 'Ț' => "T",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ŭ' | 'ų' => "u",
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ŭ' | 'Ų' => "U",
            'ý' | 'ÿ' => "y",
            'Ý' | 'Ÿ' => "Y",
            'ź' | 'ž' | 'ż' => "z",
            'Ź' | 'Ž' | 'Ż' => "Z",
            // Dots and cedillas below in Arabic, Persian and Indic
            // transliterations ("Rafaḩ", "Ḩalab", "Ṭarṭūs").
            'ḥ' | 'ḩ' | 'ẖ' | 'ḫ' => "h",
            'Ḥ' | 'Ḩ' | 'Ḫ' => "H",
            'ḍ' | 'ḑ' | 'ḏ' => "d",
            'Ḍ' | 'Ḑ' | 'Ḏ' => "D",
            'ṣ' => "s",
            'Ṣ' => "S",
            'ṭ' | 'ṯ' => "t",
            'Ṭ' | 'Ṯ' => "T",
            'ẓ' | 'ẕ' => "z",
            'Ẓ' | 'Ẕ' => "Z",
            'ṇ' | 'ṅ' => "n",
            'Ṇ' => "N",
            'ṛ' => "r",
            'ṃ' => "m",
            'ḷ' => "l",
            'æ' => "ae",
            'Æ' => "AE",
            'œ' => "oe",
            'Œ' => "OE",
            'ß' => "ss",
            // Transliteration marks for ayn and hamza ("'Ārdamatā").
            'ʿ' | 'ʾ' | '‘' | '’' => "'",
            _ => return None,
        };
        out.push_str(f);
    }
    Some(out)
}
