//! Place resolution: choosing among countries, regions and cities that share
//! a name, using the countries already in context.

use crate::{Kb, Target};

/// A resolved place. Its names borrow the knowledge base's: most callers
/// read only the country, and copying three names per resolution was a
/// measurable part of the entity stage's allocation.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceHit<'k> {
    /// What the name resolved to (`Country`, `Region` or `City`).
    pub target: Target,
    /// Canonical name of the place.
    pub name: &'k str,
    /// Country, ISO alpha-3.
    pub country: &'k str,
    /// First-level region name, when known.
    pub region: Option<&'k str>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// `country`, `region`, `area` or `city`.
    pub feature: &'static str,
}

/// Cities at least this big outrank a region of the same name ("Basra").
const BIG_CITY: u64 = 250_000;

pub(crate) fn resolve<'k>(kb: &'k Kb, name: &str, context: &[&str]) -> Option<PlaceHit<'k>> {
    let name = name.trim();
    let exact = kb.lookup(name);
    let cands: &[Target] = if exact.iter().any(|t| is_place(*t)) {
        exact
    } else {
        crate::with_lowercase(name, |n| kb.places_lower().get(n).map(Vec::as_slice))
            .unwrap_or_default()
    };
    // Ranked on the targets, and only the best made a hit.
    let (best, _) = cands
        .iter()
        .filter_map(|&t| Some((t, hit_country(kb, t)?)))
        .max_by(|a, b| {
            rank(kb, a.0, a.1, context)
                .partial_cmp(&rank(kb, b.0, b.1, context))
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
    // A national capital ten times the size of the town the context
    // prefers is what the name means ("Washington" in a British story is
    // not the town in Tyne and Wear; "Victoria" in a Canadian one is BC's).
    let city = |t: Target| match t {
        Target::City(id) => kb.cities.get(id.index()),
        _ => None,
    };
    let capital_over = city(best).filter(|b| !is_capital(kb, b)).and_then(|b| {
        cands.iter().copied().find(|&t| {
            city(t).is_some_and(|c| {
                is_capital(kb, c) && c.population >= b.population.saturating_mul(10)
            })
        })
    });
    hit(kb, capital_over.unwrap_or(best))
}

fn is_capital(kb: &Kb, c: &crate::City) -> bool {
    kb.country(&c.country).is_some_and(|k| k.capital == c.name)
}

/// The country of the place `t`, when [`hit`] makes one of it.
fn hit_country(kb: &Kb, t: Target) -> Option<&str> {
    match t {
        Target::Country(id) => {
            let c = kb.countries.get(id.index())?;
            c.lat.zip(c.lon).or(c.capital_lat_lon)?;
            Some(&c.iso3)
        }
        Target::Region(id) => Some(&kb.regions.get(id.index())?.country),
        Target::City(id) => Some(&kb.cities.get(id.index())?.country),
        _ => None,
    }
}

fn is_place(t: Target) -> bool {
    matches!(t, Target::Country(_) | Target::Region(_) | Target::City(_))
}

/// (in context, feature rank, population) of the place `target` in
/// `country`: compared lexicographically.
fn rank(kb: &Kb, target: Target, country: &str, context: &[&str]) -> (u8, u8, u64) {
    let in_context = u8::from(context.contains(&country));
    let (feature, pop) = match target {
        Target::Country(_) => (5, 0),
        Target::City(id) => {
            let Some(c) = kb.cities.get(id.index()) else {
                return (0, 0, 0);
            };
            let capital = kb.country(&c.country).is_some_and(|k| k.capital == c.name);
            let f = if c.weak && in_context == 0 {
                0
            } else if capital {
                4
            } else if c.population >= BIG_CITY {
                3
            } else {
                1
            };
            (f, c.population)
        }
        Target::Region(id) => {
            // An area ("the Sahel", "Darfur") is what its name most often
            // means, before a homonymous province or town.
            if kb
                .regions
                .get(id.index())
                .is_some_and(|r| r.kind == crate::load::AREA_KIND)
            {
                return (1, 6, 0);
            }
            (2, 0)
        }
        _ => (0, 0),
    };
    (in_context, feature, pop)
}

pub(crate) fn hit(kb: &Kb, t: Target) -> Option<PlaceHit<'_>> {
    match t {
        Target::Country(id) => {
            let c = kb.countries.get(id.index())?;
            let (lat, lon) = c.lat.zip(c.lon).or(c.capital_lat_lon)?;
            Some(PlaceHit {
                target: t,
                name: &c.name,
                country: &c.iso3,
                region: None,
                lat,
                lon,
                feature: "country",
            })
        }
        Target::Region(id) => {
            let r = kb.regions.get(id.index())?;
            Some(PlaceHit {
                target: t,
                name: &r.name,
                country: &r.country,
                region: Some(&r.name),
                lat: r.lat,
                lon: r.lon,
                feature: if r.kind == crate::load::AREA_KIND {
                    "area"
                } else {
                    "region"
                },
            })
        }
        Target::City(id) => {
            let c = kb.cities.get(id.index())?;
            Some(PlaceHit {
                target: t,
                name: &c.name,
                country: &c.country,
                region: (!c.region.is_empty()).then_some(c.region.as_str()),
                lat: c.lat,
                lon: c.lon,
                feature: "city",
            })
        }
        _ => None,
    }
}
