//! Entities: mentions found in the text, resolved within the article, with
//! titles, roles, actor codes and geocoded places.
//!
//! Mentions come from three sources: knowledge-base names (`Kb::find_names`),
//! runs of capitalised words with the text's own evidence (titles before
//! them, organisation words such as "Alliance" or "Forces" at their end,
//! a place preposition before them), and anaphors (surnames, pronouns,
//! acronyms, "the coalition"). Mentions are then grouped into entities and
//! given CAMEO actor codes as of the publication date.

use crate::context::Ctx;
use chrono::NaiveDate;
use dateline_kb::{with_lowercase, Gender, Kb, OrgId, Target, Title};
use dateline_record as rec;
use foldhash::{HashMap, HashSet};
use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

/// Entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A person.
    Person,
    /// An organisation, group or outlet.
    Org,
    /// A country.
    Country,
    /// A city or region.
    Place,
    /// An ethnic, religious or regional group of people ("Kurds").
    Group,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Org => "organization",
            Kind::Country => "country",
            Kind::Place => "place",
            Kind::Group => "group",
        }
    }
}

/// A mention of an entity.
#[derive(Debug, Clone)]
pub struct Ment {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// How it refers (`name`, `surname`, `pronoun`...).
    pub kind: &'static str,
    /// Index of the entity.
    pub ent: usize,
    /// Sentence index.
    pub sent: usize,
}

/// An entity under construction.
#[derive(Debug, Clone)]
pub struct Ent {
    /// Fullest name.
    pub name: String,
    /// Type.
    pub kind: Kind,
    /// Roles.
    pub roles: Vec<rec::Role>,
    /// Actor code.
    pub actor: Option<String>,
    /// ISO3 country.
    pub country: Option<String>,
    /// Sector code from roles or names.
    pub sector: Option<String>,
    /// KB key.
    pub kb: Option<String>,
    /// KB target.
    pub target: Option<Target>,
    /// Geocoded place.
    pub place: Option<rec::Place>,
    /// Affiliation (entity index), e.g. the party of a politician.
    pub affiliation: Option<usize>,
    /// Used as the government of a country ("Washington").
    pub metonym_of: Option<String>,
    /// For a body of an intergovernmental organisation named with it
    /// ("UN Office for Disaster Risk Reduction"), that organisation: the
    /// body takes its actor code.
    pub igo: Option<OrgId>,
}

/// All entities of an article.
#[derive(Debug, Default)]
pub struct Entities {
    /// Entities.
    pub ents: Vec<Ent>,
    /// Mentions, sorted by start.
    pub ments: Vec<Ment>,
    /// For an article with no publication date, the days it can be from by
    /// the office holders it names with their titles (see
    /// `office_window`); a known person whose code no day in it would
    /// change is coded as of it.
    pub as_of: Option<(NaiveDate, NaiveDate)>,
}

impl Entities {
    /// The mention covering or starting at byte `pos`.
    #[must_use]
    pub fn mention_at(&self, pos: usize) -> Option<&Ment> {
        let i = self.ments.partition_point(|m| m.end <= pos);
        self.ments.get(i).filter(|m| m.start <= pos)
    }

    /// Mentions inside `[start, end)`.
    pub fn mentions_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Ment> {
        let i = self.ments.partition_point(|m| m.start < start);
        self.ments[i..].iter().take_while(move |m| m.end <= end)
    }

    /// Actor code of an entity.
    #[must_use]
    pub fn actor(&self, ent: usize) -> Option<&str> {
        self.ents.get(ent).and_then(|e| e.actor.as_deref())
    }
}

/// Words that open sentences or are otherwise capitalised without being names.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "However",
    "But",
    "And",
    "Or",
    "On",
    "In",
    "At",
    "As",
    "For",
    "From",
    "With",
    "By",
    "To",
    "Of",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "There",
    "Here",
    "When",
    "While",
    "After",
    "Before",
    "If",
    "Although",
    "Though",
    "Since",
    "Despite",
    "During",
    "Meanwhile",
    "Also",
    "Yet",
    "So",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Some",
    "Many",
    "Most",
    "Several",
    "All",
    "No",
    "Not",
    "Both",
    "Each",
    "Every",
    "Other",
    "Another",
    "What",
    "Which",
    "Who",
    "Whom",
    "Why",
    "How",
    "Where",
    "According",
    "Under",
    "Over",
    "Into",
    "About",
    "Against",
    "Between",
    "Without",
    "Within",
    "Through",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "First",
    "Second",
    "Third",
    "Such",
    "Even",
    "Only",
    "Just",
    "Still",
    "Already",
    "Instead",
    "Thus",
    "Therefore",
    "Moreover",
    "Furthermore",
    "Indeed",
    // Sentence adverbs ("Mr. President, Finally I would like ...").
    "Finally",
    "Apparently",
    "Obviously",
    "Clearly",
    "Surely",
    "Perhaps",
    "Probably",
    "Certainly",
    "Interestingly",
    "Importantly",
    "Notably",
    "Evidently",
    "Reportedly",
    "Allegedly",
    "Hopefully",
    "Currently",
    "Recently",
    "Initially",
    "Eventually",
    "Previously",
    "Presumably",
    "Admittedly",
    "Undoubtedly",
    "Generally",
    "Typically",
    "Usually",
    "Traditionally",
    "Historically",
    "Increasingly",
    "Separately",
    "Specifically",
    "Lastly",
    "Firstly",
    "Secondly",
    "Thirdly",
    "Additionally",
    "Nevertheless",
    "Nonetheless",
    "Hence",
    "Similarly",
    "Likewise",
    "Otherwise",
    "Consequently",
    "Accordingly",
    "Besides",
    "Unfortunately",
    "Fortunately",
    "Overall",
    "Ultimately",
    "Because",
    "Until",
    "Do",
    "Does",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Will",
    "Would",
    "Can",
    "Could",
    "Should",
    "May",
    "Might",
    "Must",
    "Has",
    "Have",
    "Had",
    "Be",
    "Being",
    "Been",
    "Let",
    "Please",
    "Yes",
    "OK",
    "Reuter",
    "Reuters",
    "Click",
    "Read",
    "Photo",
    "Image",
    // Web page furniture left in scraped text ("Facebook Like Follow
    // Copyright", "Related News", "Tags").
    "Follow",
    "Subscribe",
    "Share",
    "Copyright",
    "Related",
    "Tags",
    "Advertisement",
    "Tweet",
    "Print",
    "Photos",
    "Latest",
    "Like",
];

/// Last words that make a capitalised run an organisation.
const ORG_HEADS: &[&str] = &[
    "Alliance",
    "Party",
    "Forces",
    "Force",
    "Ministry",
    "Council",
    "Center",
    "Centre",
    "Organization",
    "Organisation",
    "Organizations",
    "Organisations",
    "Associations",
    "Federations",
    "Unions",
    "Agency",
    "Agencies",
    "Army",
    "Front",
    "Movement",
    "Brigade",
    "Brigades",
    "Committee",
    "Committees",
    "Union",
    "Bank",
    "Company",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Co.",
    "Group",
    "University",
    "Institute",
    "Court",
    "Parliament",
    "Assembly",
    "Commission",
    "Association",
    "Coalition",
    "Network",
    "News",
    "Times",
    "Post",
    "TV",
    "Radio",
    "Service",
    "Services",
    "Department",
    "Office",
    "Authority",
    "Police",
    "Guard",
    "Guards",
    "Corps",
    "League",
    "Federation",
    "Foundation",
    "Fund",
    "Program",
    "Programme",
    "Forum",
    "Units",
    "Unit",
    "Division",
    "Battalion",
    "Regiment",
    "Command",
    "Navy",
    "Cabinet",
    "Government",
    "Congress",
    "Senate",
    "Board",
    "Bureau",
    "Club",
    "Society",
    "Trust",
    "Authority",
    "Secretariat",
    "Mission",
    "Church",
    "Airlines",
    "Airways",
    "Holdings",
    "Industries",
    "Group",
    "Exchange",
    "Ministries",
    "Embassy",
    "Consulate",
    "Tribunal",
    "Hospital",
    "School",
    "College",
    "Academy",
    "Project",
    "Initiative",
    "Caucus",
    "Directorate",
    "Administration",
    "Trading",
    "Refinery",
    "Partners",
    "Operators",
    "Capital",
    "Watch",
    "Motors",
    "Energy",
    "Petroleum",
    "Systems",
    "Technologies",
    "Media",
    "Observatory",
    "Entertainment",
    "Chamber",
    "Co",
    "Securities",
    "Investments",
    "Bancorp",
    "Pharmaceuticals",
    "Telecom",
    "Telecommunications",
    "Communications",
    "Insurance",
    "Research",
    "Electric",
    // Firms and services ("Salomon Brothers", "Mahan Air", "Islamic
    // Republic of Iran Shipping Lines", "Fara Bourse"), cities' and
    // states' bodies ("Tehran Municipality", "US Geological Survey"),
    // units ("Royal Marines", "Fifth Fleet") and museums.
    "Brothers",
    "Air",
    "Lines",
    "Bourse",
    "Municipality",
    "Survey",
    "Marines",
    "Fleet",
    "Museum",
    "Complex",
    "Markets",
    "Consortium",
    "Ventures",
    "Enterprises",
    "Laboratories",
    "Journal",
    "Review",
    "Gazette",
    "Tribune",
    "Herald",
    // Bodies' plural and command heads ("the Departments of Defense and
    // State", "the Central Headquarters").
    "Departments",
    "Headquarters",
];

/// Whether the name of tokens `s..e` ending in a compass word names a
/// district or constituency ("Ablekuma North and Techiman South", "in
/// Kisumu East", "Lagos West district"), not a person ("Kanye West") or an
/// area ("the Far East"): after a place preposition, before a district
/// noun, or listed beside another name ending in a compass word.
fn district_evidence(ctx: &Ctx<'_>, s: usize, e: usize) -> bool {
    let toks = &ctx.toks;
    let Some(t) = toks.get(s) else {
        return false;
    };
    let floor = ctx.sent_tok[t.sent].start;
    let end = ctx.sent_tok[t.sent].end;
    let compass = |k: usize| {
        k < end
            && matches!(
                toks[k].text.as_str(),
                "North" | "South" | "East" | "West" | "Central"
            )
    };
    let after_prep = s > floor
        && matches!(
            toks[s - 1].lower.as_str(),
            "in" | "near" | "outside" | "around" | "across"
        );
    let district_noun = e < end
        && matches!(
            toks[e].lower.as_str(),
            "constituency" | "constituencies" | "district" | "ward" | "county" | "division"
        );
    let list_after = e + 2 < end
        && matches!(toks[e].text.as_str(), "and" | ",")
        && is_cap(&toks[e + 1].text)
        && compass(e + 2);
    let list_before =
        s >= floor + 3 && matches!(toks[s - 1].text.as_str(), "and" | ",") && compass(s - 2);
    after_prep || district_noun || list_after || list_before
}

/// The candidate of a demonym or country at token `j` that sits inside a
/// longer organisation name ("Federation of German Consumer
/// Organisations"): capitalised words follow it up to an organisation head.
fn demonym_inside_name(ctx: &Ctx<'_>, cands: &[Cand], covered: &[bool], j: usize) -> Option<usize> {
    let toks = &ctx.toks;
    let end = ctx.sent_tok[toks.get(j)?.sent].end;
    let mut k = j + 1;
    while k < end && !covered[k] && is_cap(&toks[k].text) {
        k += 1;
    }
    if k <= j + 1 || !org_head(toks[k - 1].text.as_str()) {
        return None;
    }
    cands.iter().position(|c| {
        c.start == toks[j].start
            && c.end == toks[j].end
            && matches!(c.target, Some(Target::Demonym(_) | Target::Country(_)))
    })
}

/// Plural nouns whose "of" introduces a list of places ("the towns of").
const PLACE_LIST_NOUNS: &[&str] = &[
    "towns",
    "villages",
    "cities",
    "islands",
    "districts",
    "provinces",
    "regions",
    "states",
    "neighbourhoods",
    "neighborhoods",
    "municipalities",
    "communities",
    "settlements",
    "areas",
];

/// Whether the capitalised run at token `s` is an item of a list of places
/// opened by a plural place noun and "of": back over earlier items (known
/// places or capitalised words), commas and "and" to "towns of".
fn place_list_before(ctx: &Ctx<'_>, places: &[(usize, usize)], s: usize) -> bool {
    let toks = &ctx.toks;
    let Some(t) = toks.get(s) else {
        return false;
    };
    let floor = ctx.sent_tok[t.sent].start;
    let mut k = s;
    for _ in 0..16 {
        if k < floor + 2 {
            return false;
        }
        let p = &toks[k - 1];
        if p.text == "of" {
            return PLACE_LIST_NOUNS.contains(&toks[k - 2].lower.as_str());
        }
        let item = p.text == ","
            || p.text == "and"
            || (is_cap(&p.text) && k - 1 != s)
            || places.iter().any(|&(a, b)| a <= p.start && p.end <= b);
        if !item {
            return false;
        }
        k -= 1;
    }
    false
}

/// Whether the capitalised run ending before token `e` is an item of a
/// list of places closed by a plural place noun: "in Cagayan and Isabela
/// provinces", "the Kerobo and Ndamu districts".
fn place_list_after(ctx: &Ctx<'_>, places: &[(usize, usize)], e: usize) -> bool {
    let toks = &ctx.toks;
    let Some(t) = e.checked_sub(1).and_then(|p| toks.get(p)) else {
        return false;
    };
    let end = ctx.sent_tok[t.sent].end;
    let mut k = e;
    let mut joined = false;
    while k < end && k < e + 16 {
        let w = &toks[k];
        if matches!(
            w.lower.as_str(),
            "provinces" | "districts" | "regions" | "islands" | "villages" | "towns" | "counties"
        ) {
            return joined;
        }
        if w.text == "and" || w.text == "," {
            joined = true;
        } else if !(is_cap(&w.text) || places.iter().any(|&(a, b)| a <= w.start && w.end <= b)) {
            return false;
        }
        k += 1;
    }
    false
}

/// Removes candidate `ci`, and its span from `places` if it is a place's.
fn drop_cand(cands: &mut Vec<Cand>, places: &mut Vec<(usize, usize)>, ci: usize) {
    let c = cands.remove(ci);
    if c.kind == Kind::Place {
        if let Some(k) = places.iter().position(|&p| p == (c.start, c.end)) {
            places.swap_remove(k);
        }
    }
}

/// Capitalised words that name a body on their own ("Treasury officials").
const LONE_BODIES: &[&str] = &["Treasury", "Exchequer"];

/// Whether the known organisation name spanning tokens `ti` to byte `e`
/// is part of a longer capitalised organisation name: capitalised words
/// (no titles, no known names) glued before a generic name of two words
/// or more, or after a name opening with "The", up to an organisation head.
fn inside_longer_org_name(ctx: &Ctx<'_>, kb: &Kb, covered: &[bool], ti: usize, e: usize) -> bool {
    let toks = &ctx.toks;
    let Some(first) = toks.get(ti) else {
        return false;
    };
    let r = &ctx.sent_tok[first.sent];
    let name_word = |k: usize| {
        let t = &toks[k];
        !covered[k]
            && is_cap(&t.text)
            && !not_name(t.text.as_str())
            && !is_title(kb, &t.lower)
            && t.text.chars().any(char::is_lowercase)
    };
    let surface = &ctx.text[first.start..e];
    let end_tok = ctx.tok_at(e);
    // Only the name's first and last words and whether it has two are
    // read: no list of its words.
    let mut ws = surface.split_whitespace();
    let first_word = ws.next();
    let last_of_more = ws.next_back();
    let two_words = last_of_more.is_some();
    let last_word = last_of_more.or(first_word);
    // "Social Democrats", "Christian Democrats": another country's party,
    // not the US one ("Senate Democrats" are).
    if matches!(surface, "Democrats" | "Republicans")
        && ti > r.start
        && toks[ti - 1].end + 1 == first.start
        && matches!(
            toks[ti - 1].text.as_str(),
            "Social"
                | "Christian"
                | "Free"
                | "Civic"
                | "Liberal"
                | "Sweden"
                | "Progressive"
                | "National"
        )
    {
        return true;
    }
    // A portfolio: "Minister of Labour", "Minister for EU Affairs" (the
    // body's name is the ministry's word; "the Labour minister" stays
    // ambiguous and stays the party's).
    if !two_words && ti >= r.start + 2 {
        let prep = toks[ti - 1].lower.as_str();
        let office = toks[ti - 2].lower.as_str();
        if matches!(prep, "of" | "for")
            // (Not "department": "the Exploration Department of NIOC" is
            // the company's.)
            && matches!(office, "minister" | "ministry" | "secretary")
        {
            return true;
        }
    }
    // Before: "Supreme National" + "Security Council", "Trades Union" +
    // "Congress".
    if last_word.is_some_and(org_head) {
        let mut k = ti;
        while k > r.start && toks[k - 1].end + 1 == toks[k].start && name_word(k - 1) {
            k -= 1;
        }
        if k < ti {
            return true;
        }
    }
    // "Democratic Party" + "of Struggle": a generic party name of two
    // words or more followed by "of" and a capitalised word that is no
    // country.
    if two_words
        && matches!(last_word, Some("Party" | "Front" | "Movement"))
        && end_tok + 1 < r.end
        && toks[end_tok].text == "of"
        && name_word(end_tok + 1)
        && kb
            .lookup(&toks[end_tok + 1].text)
            .iter()
            .all(|x| !matches!(x, Target::Country(_)))
    {
        return true;
    }
    // Inside: "International" + "Labour" + "Organisation", "Federal" +
    // "Labour" + "Agency": name words glued on both sides, the last an
    // organisation head.
    // The last of the name words glued after the name ("Electoral
    // Council" after "The National"), if any.
    let last_glued_after = || {
        let mut k = end_tok;
        let mut prev_end = e;
        let mut last = None;
        while k < r.end && toks[k].start == prev_end + 1 && name_word(k) {
            last = Some(k);
            prev_end = toks[k].end;
            k += 1;
        }
        last
    };
    if ti > r.start
        && toks[ti - 1].end + 1 == toks[ti].start
        && name_word(ti - 1)
        && last_glued_after().is_some_and(|l| org_head(toks[l].text.as_str()))
    {
        return true;
    }
    // After: "The National" + "Electoral Council".
    if first_word == Some("The") {
        if let Some(l) = last_glued_after() {
            return org_head(toks[l].text.as_str());
        }
    }
    false
}

/// Capitalised common words that make no name on their own (the
/// knowledge base indexes no place under them either:
/// data/kb/not_place_names.tsv).
const COMMON_CAPS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Middle",
    "Far",
    "Central",
    "Centre",
    "Capital",
    "Federal",
    "Olympic",
    "Olympics",
    "Unity",
    "Union",
    "Upper",
    "Lower",
    "Greater",
];

/// Words naming a ministry's portfolio ("Housing and Urban Development",
/// "Industries and Mines"), never a person's first name.
const PORTFOLIO_WORDS: &[&str] = &[
    "Affairs",
    "Agriculture",
    "Commerce",
    "Communications",
    "Cultural",
    "Culture",
    "Development",
    "Economic",
    "Economy",
    "Education",
    "Energy",
    "Environment",
    "Finance",
    "Fisheries",
    "Handicrafts",
    "Health",
    "Heritage",
    "Housing",
    "Human",
    "Humanitarian",
    "Industries",
    "Industry",
    "Information",
    "Infrastructure",
    "Intelligence",
    "International",
    "Labour",
    "Mines",
    "Mining",
    "Natural",
    "Petroleum",
    "Planning",
    "Relations",
    "Research",
    "Resources",
    "Rights",
    "Rural",
    "Science",
    "Social",
    "Technology",
    "Telecommunications",
    "Tourism",
    "Trade",
    "Transport",
    "Urban",
    "Welfare",
    "Legal",
    "Political",
    "Consular",
    "Parliamentary",
    "Strategic",
    "Security",
    "Policy",
    "Foreign",
    "Interior",
    "Defence",
    "Defense",
    "Family",
    "Women",
    "Youth",
    "Sports",
    "Public",
    // Adjectives of scope that open bodies, reports and events ("National
    // Intelligence", "World Economic Outlook", "Global Hawk"), never a
    // person's name.
    "National",
    "World",
    "Global",
    "Federal",
];

/// Last words of the names of events, contests and documents.
const EVENT_HEADS: &[&str] = &[
    "Cup",
    "Slam",
    "Games",
    "Olympics",
    "Championship",
    "Championships",
    "Prize",
    "Awards",
    "Festival",
    "Trophy",
    "Tournament",
    "Marathon",
    "Principles",
    "Agreement",
    "Accords",
    "Treaty",
    "Convention",
    "Act",
    "Summit",
    "List",
    // Holidays ("Christmas Day", "Independence Day") outnumber people
    // surnamed Day in news.
    "Day",
    "Year",
    "Eve",
    "Award",
    // Named revolts and eras ("the Islamic Revolution", "the Arab
    // Spring", "the second Intifada").
    "Revolution",
    "Uprising",
    "Intifada",
    "Spring",
    "Doctrine",
    // Meetings and shows ("Munich Security Conference", "Tehran Oil
    // Show", "Yalda Night").
    "Conference",
    "Exhibition",
    "Expo",
    "Show",
    "Fair",
    "Night",
    "Bowl",
    // Meetings, talks and crises ("the Ministerial Meeting", "the Vienna
    // Talks", "the Missile Crisis", "the Balfour Declaration").
    "Meeting",
    "Talks",
    "Crisis",
    "Declaration",
    "Accord",
    // "the General Election".
    "Election",
    "Elections",
];

/// Last words of plans, indices, documents and other things no person is
/// surnamed ("the Sixth Five-Year National Development Plan", "the
/// Consumer Price Index", "Special Drawing Rights", "Lift Sanctions",
/// "N.Z. Dlrs"); no name ending so is anybody's, unless an organisation
/// word comes before them ("Commission on Human Rights").
const NOBODY_HEADS: &[&str] = &[
    // "the Armed Forces General Staff", "Chief Operating Officer", "the
    // Official Bulletin", "Member Countries": after a title's word.
    "Staff",
    "Operating",
    "Bulletin",
    "Countries",
    "Plan",
    "Deal",
    "Policy",
    "Affairs",
    "Economy",
    "System",
    "Crime",
    "Conventions",
    "Relations",
    "Map",
    "Index",
    "Goals",
    "Sites",
    "Matter",
    "Rights",
    "Assistance",
    "Development",
    "Vehicle",
    "Belt",
    "Guidance",
    "Technology",
    "Sanctions",
    "Excellence",
    "Prospects",
    "Philosophies",
    "Rates",
    "Storms",
    "Action",
    "Heritage",
    "Product",
    "Dlrs",
    "Memorandum",
    "Understanding",
    "Measures",
    "Report",
    // Rates, output, notes and units ("London Interbank Offered Rate",
    // "H.K. Dlr", "Investment Notes"), diseases, and a party member
    // described by state ("a Texas Democrat").
    "Rate",
    "Security",
    "Production",
    "Notes",
    "Dlr",
    "Cents",
    "Syndrome",
    "Democrat",
    "Republican",
    // Fields of study ("Professor Emeritus of Political Science").
    "Science",
    "Sciences",
    "Studies",
    // Empires, gardens, statutes and fields of policy ("the Achaemenid
    // Empire", "Zoological Garden", "Drug Abuse", "Internet of Things";
    // not "Future": "Fridays for Future" is a movement).
    // (Not "Market", "Management" or "Control", which end firms' and
    // bodies' names: "Common Market", "Control Data".)
    "Empire",
    "Garden",
    "Statute",
    "Abuse",
    "Trafficking",
    "Things",
    // Crude oil grades ("West Texas Intermediate", "Brent Blend").
    "Intermediate",
    "Sour",
    "Crude",
    "Blend",
];

/// Last words of sports clubs' names.
const CLUB_HEADS: &[&str] = &[
    "United",
    "City",
    "Rovers",
    "Athletic",
    "Wanderers",
    "Albion",
    "Hotspur",
    "Rangers",
    "Celtic",
    "Villa",
    "Athletico",
];

/// Plural nouns for members that open bodies' names before "of".
const MEMBER_NOUNS: &[&str] = &[
    "Friends",
    "Sons",
    "Daughters",
    "Veterans",
    "Mothers",
    "Fathers",
    "Guardians",
    "Knights",
    "Partisans",
    "Soldiers",
    "Martyrs",
    "Brothers",
    "Sisters",
    "Children",
    "Keepers",
    "Servants",
];

/// Epithets after "the" that end a ruler's name ("Cyrus the Great").
const EPITHETS: &[&str] = &[
    "Great",
    "Younger",
    "Elder",
    "Conqueror",
    "Magnificent",
    "Terrible",
    "Wise",
    "Bold",
    "Pious",
    "Just",
    "Exalted",
    "Confessor",
    "Baptist",
    "Apostle",
    "Lionheart",
];

/// Legal forms that close a company's name.
const LEGAL_FORMS: &[&str] = &[
    "Ltd", "Limited", "Inc", "Corp", "Co", "plc", "PLC", "Plc", "SA", "AG", "NV", "SpA", "LLC",
    "GmbH", "ASA", "AB", "BV", "N.V.", "S.A.", "B.V.", "S.p.A.", "Inc.", "Corp.", "Co.", "Ltd.",
    "L.P.", "LP", "AS", "A.S.", "Oyj", "JSC", "PJSC", "Bhd", "Pte", "Pty",
];

/// Last words of company names.
const BUS_HEADS: &[&str] = &[
    "Company",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Co.",
    "Airlines",
    "Airways",
    "Holdings",
    "Industries",
    "Trading",
    "Refinery",
    "Partners",
    "Operators",
    "Capital",
    "Properties",
    "Realty",
    "Investment",
    "Investments",
    "Motors",
    "Petroleum",
    "Systems",
    "Technologies",
    "Group",
    "Exchange",
    "Bourse",
    "Energy",
    "Entertainment",
    // Firms named by their trade ("Newmont Mining", "Lucky Stores", "Gulf
    // Oil", "Qoqnus Publications"): no surnames. They make a firm only
    // where `trade_firm` says so: several are portfolios too ("Minister
    // of Energy and Mines", "Water Resources").
    "Corporation",
    "Stores",
    "Mines",
    "Mining",
    "Oil",
    "Management",
    "Savings",
    "Foods",
    "Labs",
    "Software",
    "Associates",
    "Products",
    "Resources",
    "Publications",
    "Publishers",
    "Publishing",
    "Chemicals",
    "Electronics",
    "Pharma",
    "Logistics",
    "Shipping",
    "Textiles",
    "Bancshares",
    "Magazine",
    // (Workers' unions, "United Auto Workers": their sector is LAB, by
    // name, before this list's BUS.)
    "Workers",
    // Organisation heads (in `ORG_HEADS`) that name firms too.
    "Securities",
    "Bancorp",
    "Pharmaceuticals",
    "Telecom",
    "Brothers",
    "Ventures",
    "Enterprises",
    "Laboratories",
];

/// Whether a country initialism (`U.S.`, `UK`) modifies the noun at token
/// `next`, as in "a U.S. drone strike".
fn initialism_modifier(ctx: &Ctx<'_>, surface: &str, next: usize) -> bool {
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    if !(2..=3).contains(&letters) || !surface.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
        return false;
    }
    matches!(upos_at(ctx, next), Some("NOUN" | "ADJ" | "PROPN"))
}

/// Whether token `k` is a group word ("Muslim") inside a capitalised name:
/// the word after it is capitalised and starts no other known name.
fn group_in_name(ctx: &Ctx<'_>, cands: &[Cand], k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    // The token tests first: this runs at every covered token, and the
    // candidate scans are linear.
    ctx.toks.get(k + 1).is_some_and(|n| {
        n.sent == t.sent
            && is_cap(&n.text)
            && cands
                .iter()
                .any(|c| c.start == t.start && c.end == t.end && c.kind == Kind::Group)
            && !cands.iter().any(|c| c.start == n.start)
    })
}

/// Words that open a place's description, not a person's name
/// ("Northern Aleppo").
const COMPASS: &[&str] = &[
    "North", "Northern", "South", "Southern", "East", "Eastern", "West", "Western", "Central",
    "Greater", "Downtown", "Old", "New", "Upper", "Lower", "Rural",
];

/// Head words of unknown place names ("Sausalito Stadium", "Kinmen Island").
const PLACE_HEADS: &[&str] = &[
    "Stadium",
    "Square",
    "Airport",
    "Street",
    "Road",
    "Avenue",
    "Bridge",
    "Park",
    "Valley",
    "Province",
    "District",
    "Governorate",
    "County",
    // ("Kerman and Sistan Provinces".)
    "Provinces",
    "Districts",
    "Governorates",
    "Counties",
    "Camp",
    "Port",
    "Harbour",
    "Harbor",
    "Island",
    "Islands",
    "Mountains",
    "River",
    "Lake",
    "Desert",
    "Strait",
    "Gulf",
    "Coast",
    "Heights",
    "Plaza",
    "Crossing",
    "Peninsula",
    "Village",
    "Neighbourhood",
    "Neighborhood",
    "Shoal",
    "Reef",
    "Atoll",
    // Seas, buildings and sites ("the North Sea", "Golestan Palace",
    // "Al-Aqsa Mosque", "the Green Zone", "Kish Free Trade Zone").
    "Sea",
    "Palace",
    "Mosque",
    "Shrine",
    "Mausoleum",
    "Bazaar",
    "Zone",
    "Region",
    "Canal",
    "Dam",
    "Basin",
    "Plateau",
    "Fairground",
    "Fairgrounds",
    "Tower",
    "Towers",
    "Cathedral",
    "Temple",
    "Monument",
    "Tomb",
    "Station",
    "Terminal",
    "Oilfield",
    "Highway",
    "Tunnel",
    "Mountain",
    "Hill",
    "Hills",
    "Forest",
    "Beach",
    "Cave",
    "Caves",
    "Falls",
    "Glacier",
    "Gorge",
    // Bases, venues and works ("King Salman Air Base", "Tehran Zoo",
    // "Azadi Hotel", "Thermal Power Plant"; "Plant", "Field" and "Hall"
    // are surnames too and take the guard "Hill" takes).
    "Base",
    "Zoo",
    "Hotel",
    "Theatre",
    "Theater",
    "Arena",
    "Mall",
    "Mine",
    "Gate",
    "Plant",
    "Field",
    "Hall",
];

/// Nouns of ships, before or after a ship's name ("the tanker Adrian
/// Darya", "the Stena Impero tanker").
const VESSEL_NOUNS: &[&str] = &[
    "tanker",
    "supertanker",
    "vessel",
    "ship",
    "freighter",
    "frigate",
    "destroyer",
    "warship",
    "submarine",
    "cruiser",
    "trawler",
];

/// First words of place names ("Lake Urmia", "Mount Sinjar", "Kafr
/// Nabl", "Wadi Rum", "Beit Hanoun"): geographic nouns and the Arabic
/// ones that open village and valley names, none of them a first name.
const PLACE_FIRST: &[&str] = &[
    "Lake", "Mount", "Mt.", "Cape", "Fort", "Kafr", "Beit", "Deir", "Tell", "Tal", "Jabal",
    "Jebel", "Wadi", "Ain", "Bir", "Jisr", "Qasr",
];

/// Whether the noun after the unknown name of tokens `s..e` makes it a
/// place: any of [`PLACE_NOUNS_AFTER`] after a longer name; after a single
/// word, only a noun no adjective is commonly put before ("the Himalayan
/// region", "the Iran-Afghan border" are no places named so), and only a
/// word the tagger reads as a proper noun.
fn place_noun_after(ctx: &Ctx<'_>, words: &[&str], s: usize, e: usize) -> bool {
    let toks = &ctx.toks;
    let Some(n) = toks.get(e) else {
        return false;
    };
    let r = &ctx.sent_tok[n.sent];
    if e >= r.end || toks[s].sent != n.sent {
        return false;
    }
    // "the Farzad B natural gas field": a field after its resource (a
    // proper noun when it is one word).
    if matches!(n.text.as_str(), "natural" | "gas" | "oil")
        && toks[e + 1..r.end.min(e + 3)]
            .iter()
            .any(|x| x.text == "field")
    {
        return words.len() >= 2
            || ctx
                .tags(n.sent)
                .get(s - r.start)
                .is_some_and(|t| t.upos.as_str() == "PROPN");
    }
    // Before a landmark or a street, a name of two capitalised words or
    // more ("the Ganjali Khan complex"; "Restoration of X wetland" is no
    // place's name).
    if landmark_word(n.text.as_str()) {
        return words.len() >= 2
            && words.iter().all(|w| is_cap(w))
            && !ctx.toks[s].text.ends_with("ing");
    }
    if !place_noun_word(n.text.as_str()) {
        return false;
    }
    if words.len() >= 2 {
        return true;
    }
    matches!(
        n.text.as_str(),
        "province"
            | "governorate"
            | "district"
            | "prefecture"
            | "oblast"
            | "village"
            | "town"
            | "city"
            | "port"
            | "field"
            | "oilfield"
            | "gasfield"
            | "river"
            | "crossing"
    ) && !words[0].contains('-')
        && ctx
            .tags(n.sent)
            .get(s - r.start)
            .is_some_and(|t| t.upos.as_str() == "PROPN")
}

/// Nouns after an unknown name that make it a place ("Khorasan Razavi
/// province", "the Azadegan field"; not "camp": "the Sanders camp").
const PLACE_NOUNS_AFTER: &[&str] = &[
    "province",
    "governorate",
    "district",
    "prefecture",
    "oblast",
    "region",
    "village",
    "town",
    "city",
    "port",
    "field",
    "oilfield",
    "gasfield",
    "river",
    "lake",
    "valley",
    "desert",
    "mountains",
    "island",
    "border",
    "crossing",
];

/// Landmarks and streets after an unknown name that make it a place
/// ("the Ganjali Khan complex", "Vali Asr st.").
const LANDMARKS_AFTER: &[&str] = &[
    "wetland",
    "wetlands",
    "complex",
    "street",
    "st",
    "st.",
    "avenue",
    "boulevard",
    "blvd",
    "blvd.",
    "square",
    "bazaar",
    "mosque",
    "mausoleum",
    "shrine",
    "dam",
];

/// Words after a place preposition that signal a place.
const PLACE_PREPS: &[&str] = &[
    "in", "at", "near", "from", "to", "across", "outside", "inside", "around", "into", "toward",
    "towards",
];

/// Whether `p` is a preposition of location ("in", "near", "outside"),
/// after which a name is a place's sooner than anything else's: a
/// narrower set than [`PLACE_PREPS`], which holds "to", "from".
fn locative(p: &str) -> bool {
    matches!(
        p,
        "in" | "near" | "outside" | "inside" | "around" | "across"
    )
}

/// Third-person pronouns that can open an attribution or event clause.
const PRONOUNS: &[(&str, Kind)] = &[
    ("he", Kind::Person),
    ("she", Kind::Person),
    ("He", Kind::Person),
    ("She", Kind::Person),
];

/// Candidate mention before grouping.
#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    sent: usize,
    kind: Kind,
    target: Option<Target>,
    mkind: &'static str,
    /// Title and role words found before it.
    roles: Vec<rec::Role>,
    /// Country given by a demonym or country name in the name or before the title.
    country: Option<String>,
    sector: Option<String>,
    metonym: Option<String>,
    /// The intergovernmental organisation whose body this is, named with
    /// it ("UN Office for ...", "EU Border Mission").
    igo: Option<OrgId>,
}

impl Cand {
    /// A candidate with nothing found around it yet: no roles, country,
    /// sector or metonymy.
    fn bare(
        start: usize,
        end: usize,
        sent: usize,
        kind: Kind,
        target: Option<Target>,
        mkind: &'static str,
    ) -> Cand {
        Cand {
            start,
            end,
            sent,
            kind,
            target,
            mkind,
            roles: Vec::new(),
            country: None,
            sector: None,
            metonym: None,
            igo: None,
        }
    }
}

/// A word list as a hash set, behind tables of the (first byte, length)
/// and (last byte, length) pairs its words have: most words asked about
/// are on no list, and the tables turn nearly all of them away without
/// hashing them.
struct WordSet {
    /// Bit `min(len, 63)` of entry `b`: some word of that length starts
    /// with byte `b`.
    shapes: [u64; 256],
    /// The same for the words' last bytes.
    ends: [u64; 256],
    set: HashSet<&'static str>,
}

impl WordSet {
    fn new(list: &[&'static str]) -> WordSet {
        let mut shapes = [0u64; 256];
        let mut ends = [0u64; 256];
        for w in list {
            if let (Some(&b), Some(&e)) = (w.as_bytes().first(), w.as_bytes().last()) {
                shapes[usize::from(b)] |= 1 << w.len().min(63);
                ends[usize::from(e)] |= 1 << w.len().min(63);
            }
        }
        WordSet {
            shapes,
            ends,
            set: list.iter().copied().collect(),
        }
    }

    fn contains(&self, w: &str) -> bool {
        match (w.as_bytes().first(), w.as_bytes().last()) {
            (Some(&b), Some(&e)) => {
                let len = w.len().min(63);
                self.shapes[usize::from(b)] >> len & 1 == 1
                    && self.ends[usize::from(e)] >> len & 1 == 1
                    && self.set.contains(w)
            }
            _ => self.set.contains(w),
        }
    }
}

/// Whether the capitalised run `words` (tokens `s..e`) is a firm named by
/// its trade ("Newmont Mining", "Mobil Oil", "Stata Labs"): a trade word
/// of [`BUS_HEADS`] closes it, and it is no portfolio ("Industries and
/// Mines", "Natural Resources", "Energy and Mines Minister"), no commodity
/// ("Soybean Oil") and no tail of a longer name cut at "in", "of", "for"
/// or "and" ("Council of Research in Water Resources"), and holds no "of"
/// or "for".
fn trade_firm(ctx: &Ctx<'_>, kb: &Kb, words: &[&str], s: usize, e: usize, sent_end: usize) -> bool {
    let head = words.last().copied().unwrap_or("");
    // (Nor a person's affiliation: "Jo Ray of Ray Associates".)
    // (Two firms joined by "and" are two names, "Iraq Oil and Gulf Oil",
    // unlike one firm's two trades, "Kestrel Oil and Gas". A common word
    // opening a sentence is let be: the tagger reads firms' "United" and
    // "Imperial" as adjectives too.)
    let toks = &ctx.toks;
    if words.len() < 2
        || org_head(head)
        || !bus_head(head)
        || portfolio_word(words[0])
        || words.iter().any(|w| matches!(*w, "of" | "for"))
        || words.iter().enumerate().any(|(k, w)| {
            matches!(*w, "and" | "&") && k >= 1 && bus_head(words[k - 1]) && words.len() - k >= 3
        })
    {
        return false;
    }
    let before_oil = words[words.len() - 2];
    if head == "Oil"
        && (matches!(
            before_oil,
            "Crude"
                | "Palm"
                | "Olive"
                | "Soybean"
                | "Soya"
                | "Sunflower"
                | "Rapeseed"
                | "Coconut"
                | "Castor"
                | "Fuel"
                | "Heating"
                | "Cooking"
                | "Vegetable"
                | "Corn"
                | "Cottonseed"
                | "Groundnut"
                | "Linseed"
                | "Peanut"
                | "Motor"
                | "Lube"
                | "Sweet"
                | "Sour"
                | "Shale"
                | "Heavy"
                | "Light"
                | "Extra"
                | "Mineral"
                | "Engine"
                | "Diesel"
                | "Urals"
                | "Select"
                | "Arab"
        )
            // ("Canadian Heavy Oil": a grade of a country's crude.)
            || kb.demonym(before_oil).is_some())
    {
        return false;
    }
    let inside_longer = s >= 2
        && toks[s - 1].sent == toks[s].sent
        && matches!(toks[s - 1].text.as_str(), "in" | "of" | "for")
        && is_cap(&toks[s - 2].text);
    !inside_longer && title_len_at(ctx, kb, e, sent_end) == 0
}

/// Whether a word heads or labels a name that is no person's: an
/// organisation's, a firm's, an event's or a thing's ("Council", "Bank",
/// "Summit", "Plan"; "Republican").
fn name_head(w: &str) -> bool {
    org_head(w) || bus_head(w) || event_head(w) || nobody_head(w)
}

/// Whether an office and its "of" or "for" come shortly before token `s`,
/// over "the", capitalised words and "-based" ("Director of the UK-based
/// Observatory", "Head of the Syrian Coalition").
fn office_of_before(ctx: &Ctx<'_>, kb: &Kb, s: usize, sent: usize) -> bool {
    let floor = ctx.sent_tok.get(sent).map_or(s, |r| r.start);
    let mut k = s;
    while k > floor && s - k < 5 {
        let t = &ctx.toks[k - 1];
        if matches!(t.text.as_str(), "of" | "for") {
            return k >= floor + 2 && is_title(kb, &ctx.toks[k - 2].lower);
        }
        if !(t.lower == "the" || is_cap(&t.text) || t.text.ends_with("-based")) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Whether token `k` is a word of a person's proper name: capitalised, no
/// body's word or legal form, and read as a proper noun by the tagger.
fn proper_name_word(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.toks
        .get(k)
        .is_some_and(|t| is_cap(&t.text) && !name_head(&t.text) && !legal_form(&t.text))
        && upos_at(ctx, k) == Some("PROPN")
}

/// Whether a body's word opens names of firms and stations ("Bank
/// Mellat", "Radio Farda", "Air Deccan", "Club Med", "Capital Economics").
fn name_opening_firm(w: &str) -> bool {
    matches!(
        w,
        "Bank" | "Banco" | "Banque" | "Radio" | "Air" | "Club" | "Capital"
    )
}

/// Whether a word is on one of the longer word lists below, which are asked
/// about for nearly every capitalised token: each list is made a
/// [`WordSet`] on first use instead of being searched word by word.
macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $list:ident) => {
        $(#[$doc])*
        fn $name(w: &str) -> bool {
            static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new($list));
            SET.contains(w)
        }
    };
}
word_set!(
    /// On [`NOBODY_HEADS`].
    nobody_head,
    NOBODY_HEADS
);
word_set!(
    /// On [`EVENT_HEADS`].
    event_head,
    EVENT_HEADS
);
word_set!(
    /// On [`PLACE_FIRST`].
    place_first,
    PLACE_FIRST
);
word_set!(
    /// On [`PLACE_NOUNS_AFTER`].
    place_noun_word,
    PLACE_NOUNS_AFTER
);
word_set!(
    /// On [`LANDMARKS_AFTER`].
    landmark_word,
    LANDMARKS_AFTER
);
word_set!(
    /// On [`PORTFOLIO_WORDS`].
    portfolio_word,
    PORTFOLIO_WORDS
);
word_set!(
    /// On [`COMPASS`].
    compass_word,
    COMPASS
);
word_set!(
    /// On [`COMMON_CAPS`].
    common_cap,
    COMMON_CAPS
);
word_set!(
    /// On [`LEGAL_FORMS`].
    legal_form,
    LEGAL_FORMS
);
word_set!(
    /// On [`BUS_HEADS`].
    bus_head,
    BUS_HEADS
);
word_set!(
    /// On [`NOT_NAMES`].
    not_name,
    NOT_NAMES
);
word_set!(
    /// On [`ORG_HEADS`].
    org_head,
    ORG_HEADS
);
word_set!(
    /// On [`PLACE_HEADS`].
    place_head,
    PLACE_HEADS
);
word_set!(
    /// On [`RELATIONAL_VERBS`].
    relational_verb,
    RELATIONAL_VERBS
);

/// Whether `w` is written in capitals and is no Roman numeral ("II").
fn all_caps(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_uppercase())
        && !w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// Whether the part after a hyphen is a participle ("US-backed",
/// "Chinese-made", "Iranian-born"): no part of a name.
fn hyphened_participle(b: &str) -> bool {
    b.bytes().all(|c| c.is_ascii_lowercase())
        && (b.len() > 3 && b.ends_with("ed")
            || matches!(b, "made" | "built" | "born" | "run" | "held" | "led"))
}

/// Whether `start..end` lies in an editor's sign-off: initials in capitals
/// joined by slashes at the end of a line ("MQ/MG", "AFM/YAW", "EF/"), or a
/// lone run of initials after a sentence's end that ends its line ("...
/// resistance. MH").
fn sign_off(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let caps = |c: u8| c.is_ascii_uppercase() || c == b'/';
    let mut a = start;
    while a > 0 && caps(b[a - 1]) {
        a -= 1;
    }
    let mut z = end;
    while z < b.len() && caps(b[z]) {
        z += 1;
    }
    // The line must end after the run (spaces allowed).
    let rest = &b[z..];
    let eol = rest
        .iter()
        .find(|&&c| c != b' ' && c != b'\t')
        .is_none_or(|&c| c == b'\n' || c == b'\r');
    if a > 0 && !b[a - 1].is_ascii_whitespace() {
        return false;
    }
    let run = &b[a..z];
    let before = text[..a].trim_end_matches([' ', '\t']);
    let line_or_sentence_start =
        before.is_empty() || before.ends_with('\n') || before.ends_with(['.', '!', '?', '"', '”']);
    if run.contains(&b'/') {
        // Slashed initials end a line, or follow a sentence's end with
        // something glued after them ("... said. EF/MA PHOTO: ...").
        return run.split(|&c| c == b'/').all(|w| w.len() <= 6)
            && (eol || line_or_sentence_start && rest.first() == Some(&b' '));
    }
    // A lone run: the line starts with it, or a sentence ends before it.
    eol && line_or_sentence_start
}

/// Whether `start..end` lies in a stock ticker in angle brackets after a
/// company's name, as wire copy writes them ("Exxon Corp <XON>", "Royal
/// Dutch <RD.AS>", "<HWHH.HK>"): the ticker is no second name.
fn in_ticker(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let open = b[start.saturating_sub(12)..start]
        .iter()
        .rposition(|&c| c == b'<' || c == b'>' || c == b'\n')
        .map(|i| b[start.saturating_sub(12) + i]);
    let close = b[end..(end + 12).min(b.len())]
        .iter()
        .position(|&c| c == b'<' || c == b'>' || c == b'\n')
        .map(|i| b[end + i]);
    open == Some(b'<') && close == Some(b'>')
}

/// Whether the acronym at token `k`, in brackets, abbreviates the common
/// noun before it ("foreign direct investment (FDI)", "Epidermolysis
/// bullosa (EB)", "non-governmental organizations (NGOs)"): its letters are
/// the initials of the words before the bracket (small words aside), one
/// of them in lower case. A name so abbreviated ("Iran Fara Bourse (IFB)")
/// is capitalised throughout.
fn defines_common_noun(ctx: &Ctx<'_>, k: usize) -> bool {
    let toks = &ctx.toks;
    if k < 2 || toks[k - 1].text != "(" || toks.get(k + 1).is_none_or(|t| t.text != ")") {
        return false;
    }
    let acronym = toks[k].text.trim_end_matches('s');
    let n = acronym.len();
    if !(2..=6).contains(&n) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let floor = ctx.sent_tok[toks[k].sent].start;
    let words: Vec<&str> = toks[floor..k - 1]
        .iter()
        .rev()
        .map(|t| t.text.as_str())
        .take_while(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .filter(|w| !matches!(*w, "of" | "and" | "the" | "for" | "in" | "on" | "to" | "a"))
        .take(n)
        .collect();
    words.len() == n
        && words
            .iter()
            .rev()
            .zip(acronym.bytes())
            .all(|(w, b)| w.as_bytes()[0].eq_ignore_ascii_case(&b))
        && words
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// A sign-off that is surely one: slashed initials (`SP/PA`) or the
/// last word of the text (`REUTER`). A lone acronym after a sentence's end
/// that ends a hard-wrapped line ("... used. USDA\nofficials said") is
/// the next sentence's subject.
fn final_sign_off(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let slashed = (start > 0 && b[start - 1] == b'/') || b.get(end) == Some(&b'/');
    sign_off(text, start, end) && (slashed || text[end..].trim().is_empty())
}

/// Whether the words right before token `k` ("(") end a name that is no
/// entity ("the Belt and Road Initiative (BRI)"), of up to six words.
fn names_no_entity(ctx: &Ctx<'_>, kb: &Kb, k: usize) -> bool {
    let toks = &ctx.toks;
    let end = toks[k - 1].end;
    (k.saturating_sub(6)..k)
        .rev()
        .take_while(|&a| toks[a].sent == toks[k].sent)
        .any(|a| kb.not_entity(&ctx.text[toks[a].start..end]).is_some())
}

/// Whether a word written in capitals is an English word shouted, not
/// initials: a closed-class word ("AND", "WILL", "YOUR") or a verb's past
/// or -ing form ("KILLED", "BREAKING").
fn shouted_word(ctx: &Ctx<'_>, lower: &str) -> bool {
    closed_word(lower)
        || (lower.len() >= 5
            && (lower.ends_with("ed") || lower.ends_with("ing"))
            && ctx.lex.lemma(lower).is_some_and(|l| l != lower))
}

/// Closed-class English words that a word in capitals may be ([`shouted_word`]).
const CLOSED_WORDS: &[&str] = &[
    "a", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "both", "but",
    "by", "can", "could", "did", "do", "does", "each", "either", "even", "ever", "every", "few",
    "for", "from", "had", "has", "have", "he", "her", "him", "his", "how", "if", "in", "into",
    "is", "it", "its", "just", "many", "may", "me", "might", "more", "most", "much", "must", "my",
    "neither", "never", "no", "nor", "not", "now", "of", "off", "on", "only", "or", "our", "out",
    "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "to", "too", "under", "very", "was",
    "we", "were", "what", "when", "where", "which", "why", "will", "with", "without", "would",
    "yes", "yet", "you", "your",
];

word_set!(
    /// On [`CLOSED_WORDS`] (a hash set rather than a scan of the list).
    closed_word,
    CLOSED_WORDS
);

/// Capital letters, possibly joined by hyphens ("KPU", "PDI-P").
fn is_initialism(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_uppercase() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// True when a word starts with a capital letter.
pub(crate) fn is_cap(s: &str) -> bool {
    // Asked of nearly every token: an ASCII first byte is read as is.
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.chars().next().is_some_and(char::is_uppercase),
    }
}

/// The first token of given names spelt another way right before a known
/// person's name matched at token `ti` (byte `s`): "Sadiq" before "Amoli
/// Larijani" (known as "Sadegh Amoli Larijani"), "Yassir" before "Arafat",
/// "Mohammad Reza" before "Ashtiani" (known as "Mohammad-Reza Gharaei
/// Ashtiani"). The matched words must stand in the known name after at
/// least one given name, and each word taken must be a spelling of one of
/// the given names before them ([`given_name_of`]: "Mehdi" is no
/// "Masoud"), at most three; each must be a capitalised alphabetic word of
/// the sentence that is no title and no other known name, and the sentence
/// must be in ordinary case (in a headline, case says nothing).
fn variant_given_name(
    ctx: &Ctx<'_>,
    kb: &Kb,
    p: dateline_kb::PersonId,
    ti: usize,
    s: usize,
    e: usize,
) -> Option<usize> {
    let toks = &ctx.toks;
    let sent = toks.get(ti)?.sent;
    if ti <= ctx.sent_tok[sent].start
        || ctx.shouting.get(sent).copied().unwrap_or(false)
        || ctx.title_case.get(sent).copied().unwrap_or(false)
    {
        return None;
    }
    // The word right before is the first the loop below reads: when its
    // shape already stops it, nothing is found, and the person's name is
    // not looked up (most names follow a small word or a comma).
    let before = &toks[ti - 1];
    if before.end + 1 != s || before.text.len() < 3 || !is_cap(&before.text) {
        return None;
    }
    let name: Vec<&str> = kb.person(p)?.name.split_whitespace().collect();
    // (Up to the match's end: "Khatami," is the name "Khatami".)
    let first_matched = ctx.text.get(s..e)?.split_whitespace().next()?;
    // (An alias spelt another way, "Qalibaf" for "Ghalibaf", stands where
    // the name's own spelling does.)
    let at = name.iter().position(|x| *x == first_matched).or_else(|| {
        let skeleton = name_skeleton(first_matched);
        name.iter().position(|x| {
            same_name_spelt_otherwise(x, first_matched)
                || first_matched.len() >= 4 && name_skeleton(x) == skeleton
        })
    })?;
    if at == 0 {
        return None;
    }
    // (The given names before the matched words, with the first of those.)
    let given = name[..=at].join(" ");
    let mut found = None;
    let mut next_start = s;
    for k in (ctx.sent_tok[sent].start..ti).rev().take(3) {
        let w = &toks[k];
        if w.end + 1 != next_start
            || w.text.len() < 3
            || !is_cap(&w.text)
            || !w.text.chars().all(char::is_alphabetic)
            || w.text.chars().skip(1).any(char::is_uppercase)
            || not_name(&w.text)
            || is_title(kb, &w.lower)
            || kb.title_words_from(&w.lower) > 0
            || !kb.lookup(&w.text).is_empty()
            || !given_name_of(&given, &w.text)
        {
            break;
        }
        found = Some(k);
        next_start = w.start;
    }
    found
}

/// Whether `w` is one of the given names of the full name `name`, or one
/// of their parts or all of them run together ("Mohammad" of
/// "Mohammad-Reza Ashtiani", "Abdolghani" of "Abdul Ghani Baradar"), in
/// this or another spelling ([`same_name_spelt_otherwise`]).
fn given_name_of(name: &str, w: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let given = &words[..words.len().saturating_sub(1)];
    let like = |x: &str| x == w || same_name_spelt_otherwise(x, w);
    given.iter().any(|x| like(x) || x.split('-').any(like))
        || (given.len() > 1 && like(&given.concat()))
}

/// The class of a name's first vowel, which tells names of the same
/// consonants apart ("Mahmoud" from "Mohammad", "Hassan" from "Hossein",
/// "Bashar" from "Bushra"): `a`, `e` or `i`, which transliterations swap
/// ("Mahdi", "Mehdi"; "Haidar", "Heidar"; "Binyamin", "Benjamin"); `o` or
/// `u` ("Hossein", "Hussein").
fn first_vowel(w: &str) -> Option<u8> {
    w.bytes().find_map(|b| match b.to_ascii_lowercase() {
        b'a' | b'e' | b'i' => Some(b'a'),
        b'o' | b'u' => Some(b'u'),
        _ => None,
    })
}

/// Whether `w` is a short form of the given name `full` ("Mike" of
/// "Michael", "Ben" of "Benjamin", "Tom" of "Thomas"): the same first
/// letter, and its consonants, at least two, open the full name's.
fn short_form_of(full: &str, w: &str) -> bool {
    let (f, s) = (name_skeleton(full), name_skeleton(w));
    same_initial(full, w) && s.len() >= 2 && s.len() < f.len() && f.starts_with(&s)
}

/// Whether two words start with the same letter, whatever its case.
fn same_initial(a: &str, b: &str) -> bool {
    let initial = |x: &str| x.chars().next().map(|c| c.to_lowercase().next());
    initial(a) == initial(b)
}

/// A name's consonants, as transliterations vary them least: lowercase,
/// the digraphs `gh`, `kh`, `ph`, `dh`, `th`, `sh` and `ch` as one letter
/// each (`ph` as `p`: "Josep", "Joseph"), `j` as `y`, `c` as `k`, vowels
/// dropped, doubled letters once.
fn name_skeleton(w: &str) -> String {
    let w = w.to_lowercase();
    let b = w.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let pair = b.get(i..i + 2);
        let c = match pair {
            Some(b"gh") => Some('q'),
            Some(b"kh" | b"ch") => Some('k'),
            Some(b"ph") => Some('p'),
            Some(b"dh") => Some('d'),
            Some(b"th") => Some('t'),
            Some(b"sh") => Some('S'),
            _ => None,
        };
        let c = match c {
            Some(c) => {
                i += 2;
                c
            }
            None => {
                let c = char::from(b[i]);
                i += 1;
                match c {
                    'a' | 'e' | 'i' | 'o' | 'u' => continue,
                    'j' => 'y',
                    'c' => 'k',
                    c if c.is_ascii_alphabetic() => c,
                    _ => continue,
                }
            }
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Whether two given names are one name spelt two ways ("Sadeq" and
/// "Sadegh", "Yassir" and "Yasser", "Donad" and "Donald"): the same first
/// letter, and the same consonants or one consonant more in one of them,
/// with at least two in common ("Omar" is no "Amir").
fn same_name_spelt_otherwise(a: &str, b: &str) -> bool {
    if !same_initial(a, b) || first_vowel(a) != first_vowel(b) {
        return false;
    }
    let (a, b) = (name_skeleton(a), name_skeleton(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if short.len() < 2 || long.len() > short.len() + 1 {
        return false;
    }
    if short == long {
        return true;
    }
    // One letter more: dropping one of the longer's letters gives the shorter.
    short.len() >= 3
        && (0..long.len()).any(|i| {
            long.is_char_boundary(i)
                && long.is_char_boundary(i + 1)
                && long[..i] == short[..i]
                && long[i + 1..] == short[i..]
        })
}

/// Finds and resolves the entities of an article.
#[must_use]
pub fn find(ctx: &Ctx<'_>) -> Entities {
    let Some(kb) = ctx.kb else {
        return Entities::default();
    };
    if ctx.out_of_time("entities") {
        return Entities::default();
    }
    let text = ctx.text;
    let toks = &ctx.toks;

    // 1. Knowledge-base names.
    let kb_spans: Vec<(usize, usize, &[Target], bool)> = kb
        .find_names(text)
        .into_iter()
        .map(|m| (m.start, m.end, m.targets, m.weak))
        .collect();
    // Sized for the names found and about as many more from the other
    // steps: growing a vector of candidates copies it each time.
    let mut cands: Vec<Cand> = Vec::with_capacity(2 * kb_spans.len() + 8);
    let mut covered = vec![false; toks.len()];
    let mut shared_places: Vec<(usize, usize, &[Target])> = Vec::new();
    let mut shared_orgs: Vec<(usize, usize, &[Target])> = Vec::new();
    for (s, e, targets, weak) in kb_spans {
        let mut s = s;
        let mut e = e;
        let mut ti = ctx.tok_at(s);
        if ti >= toks.len() || toks[ti].start != s {
            continue;
        }
        let sent = toks[ti].sent;
        let prev = ti
            .checked_sub(1)
            .map(|p| toks[p].lower.as_str())
            .filter(|_| ti > ctx.sent_tok[sent].start);
        let place_prep = prev.is_some_and(|p| PLACE_PREPS.contains(&p));
        if weak && !place_prep {
            continue;
        }
        let surface = &text[s..e];
        // Sentence-initial capitalised common words that happen to be names.
        if ti == ctx.sent_tok[sent].start && not_name(surface) {
            continue;
        }
        // "Sens. Jo Ray": a title's abbreviation, not the town of Sens.
        if text[e..].starts_with('.') && !surface.contains(' ') && abbreviated_title(kb, surface) {
            continue;
        }
        // "... the drills. SP/PA": editors' initials signing a story off,
        // one of them a known acronym (PA, the Palestinian Authority).
        if surface.len() <= 6
            && surface.bytes().all(|b| b.is_ascii_uppercase())
            && final_sign_off(text, s, e)
        {
            continue;
        }
        // "... data not available Reuter": a wire's name closing the text
        // with no stop after it signs it off, in any case (the record's
        // outlet says who published it; "told Reuters." ends a sentence).
        if !surface.contains(' ')
            && text[e..].chars().all(char::is_whitespace)
            && text[..s].ends_with([' ', '\n', '\t'])
            && targets.iter().any(
                |t| matches!(t, Target::Org(o) if kb.org(*o).is_some_and(|o| o.kind == "media")),
            )
        {
            // Taken, as nothing: no later step reads it as a name.
            let te = ctx.tok_at(e).min(covered.len());
            if ti < te {
                covered[ti..te].iter_mut().for_each(|c| *c = true);
            }
            continue;
        }
        // "the provinces of Kerman, Fars and Yazd": a name listed after a
        // place is a place before an outlet or a person of that name (not
        // before a cue: "in Kerman, Fars reported").
        let in_place_list = matches!(prev, Some("," | "and"))
            && !next_is_cue(ctx, ctx.tok_at(e))
            && !toks
                .get(ctx.tok_at(e))
                .is_some_and(|n| matches!(n.lower.as_str(), "news" | "agency"))
            && {
                let k = if prev == Some("and") && ti >= 2 && toks[ti - 2].text == "," {
                    ti - 2
                } else {
                    ti - 1
                };
                k > ctx.sent_tok[sent].start
                    && cands
                        .last()
                        .is_some_and(|c| c.end == toks[k - 1].end && c.kind == Kind::Place)
            };
        let Some(t) = pick_target(
            kb,
            targets,
            place_prep || in_place_list,
            in_place_list || prev.is_some_and(locative),
            ctx.published,
        ) else {
            continue;
        };
        // "Dr Fox", "Lord Hutton": after an honorific a name is a person's,
        // not the outlet or place the knowledge base knows by it.
        if !matches!(t, Target::Person(_))
            && prev.is_some_and(|p| {
                matches!(
                    p,
                    "dr" | "dr."
                        | "mr"
                        | "mr."
                        | "mrs"
                        | "mrs."
                        | "ms"
                        | "ms."
                        | "lord"
                        | "lady"
                        | "sir"
                        | "dame"
                        | "baroness"
                )
            })
        {
            continue;
        }
        // "Patricia Espinosa ... Espinosa said": a lone word naming a place
        // (a town Espinosa) that ends the name of a person found before is
        // that person's surname, left to the name step, unless a place
        // preposition comes before it.
        if matches!(t, Target::City(_) | Target::Region(_))
            && !place_prep
            && !surface.contains(' ')
            && cands.iter().any(|c| {
                c.kind == Kind::Person
                    && text[c.start..c.end]
                        .strip_suffix(surface)
                        .is_some_and(|h| h.ends_with(' '))
            })
        {
            continue;
        }
        // "Prince Faisal bin Farhan", "President Trump": an office title
        // opening a known person's alias stays out of the name when the
        // rest names the same person (titles are roles, not names).
        if let Target::Person(p) = t {
            if let Some(sp) = surface.find(' ') {
                let rest = &surface[sp + 1..];
                let first = surface[..sp].to_lowercase();
                // Only a title's own word: "Amir Hatami" is no emir. An
                // honorific only before a name of two words or more ("Sheikh
                // Tamim bin Hamad Al Thani"): "Sheikh Hasina" keeps it.
                if kb.title(&first).is_some_and(|x| {
                    x.title == first
                        && (x.kind == "office" || (x.kind == "honorific" && rest.contains(' ')))
                }) && kb.lookup(rest).contains(&Target::Person(p))
                {
                    s += sp + 1;
                    ti += 1;
                }
            }
        }
        // "Techiman South", "Ablekuma North": a compass word glued after a
        // place or an unknown capitalised word names a constituency or
        // district; the known place takes it in, and a lone compass word
        // after an unknown name is left to the name (step 2).
        if matches!(t, Target::City(_) | Target::Region(_)) {
            let is_compass = |w: &str| matches!(w, "North" | "South" | "East" | "West" | "Central");
            if is_compass(&text[s..e])
                && ti > ctx.sent_tok[sent].start
                && toks[ti - 1].end + 1 == s
                && is_cap(&toks[ti - 1].text)
                && !covered[ti - 1]
                && !is_title(kb, &toks[ti - 1].lower)
                && !not_name(toks[ti - 1].text.as_str())
                && district_evidence(ctx, ti - 1, ctx.tok_at(e))
            {
                continue;
            }
            if let Some(n) = toks
                .get(ctx.tok_at(e))
                .filter(|n| n.sent == sent && n.start == e + 1 && is_compass(&n.text))
            {
                let after_next = toks.get(ctx.tok_at(e) + 1);
                if after_next.is_none_or(|a| a.sent != sent || !is_cap(&a.text))
                    && district_evidence(ctx, ti, ctx.tok_at(e) + 1)
                {
                    e = n.end;
                }
            }
        }
        let surface = &text[s..e];
        if let Target::Org(o) = t {
            let org = kb.org(o);
            // "India's Supreme Court": a country's possessive before a
            // known body is the country, then the body.
            if let Some(k) = find_bytes(surface, "'s ").or_else(|| find_bytes(surface, "’s ")) {
                let apos = if surface[k..].starts_with('\'') { 3 } else { 5 };
                let country = kb.lookup(&surface[..k]).iter().find_map(|x| match x {
                    Target::Country(c) => Some(*c),
                    _ => None,
                });
                let body = s + k + apos;
                let bi = ctx.tok_at(body);
                if let (Some(c), true) = (country, bi < toks.len() && toks[bi].start == body) {
                    for cv in covered.iter_mut().take(bi).skip(ti) {
                        *cv = true;
                    }
                    cands.push(Cand::bare(
                        s,
                        s + k,
                        sent,
                        Kind::Country,
                        Some(Target::Country(c)),
                        "name",
                    ));
                    s = body;
                    ti = bi;
                }
            }
            // A company or NGO: "Nintendo Europe", "Amnesty International
            // Indonesia".
            let company = org.is_some_and(|o| o.kind == "company");
            if org.is_some_and(|o| matches!(o.kind.as_str(), "company" | "ngo")) {
                let after = ctx.tok_at(e);
                let glued = toks
                    .get(after)
                    .filter(|n| n.sent == sent && n.start == e + 1 && is_cap(&n.text));
                // "Sony Interactive Entertainment": a company's name opening
                // a longer organisation name leaves it to step 2.
                let mut k = after;
                let mut prev_end = e;
                while k < ctx.sent_tok[sent].end
                    && toks[k].start == prev_end + 1
                    && is_cap(&toks[k].text)
                    && !is_title(kb, &toks[k].lower)
                    && kb.lookup(&toks[k].text).is_empty()
                {
                    prev_end = toks[k].end;
                    k += 1;
                }
                // A legal form alone ("NNPC Ltd") is the company's own name.
                let legal_form = k == after + 1 && legal_form(toks[after].text.as_str());
                if company && k > after && org_head(toks[k - 1].text.as_str()) && !legal_form {
                    continue;
                }
                // "Nintendo Europe", "Sony India": a company's regional arm.
                if let Some(n) = glued {
                    if kb.lookup(&n.text).iter().any(|x| match x {
                        Target::Country(_) => true,
                        Target::Region(r) => kb
                            .regions()
                            .get(r.index())
                            .is_some_and(|r| r.kind == "area" && r.country.is_empty()),
                        _ => false,
                    }) {
                        e = n.end;
                    }
                }
            }
        }
        let surface = &text[s..e];
        // A place name inside a longer capitalised name ("Ali Rahimi") is part of that name;
        // for a city named like a common word, even after a preposition ("in Man Utd").
        // After a place preposition too when the capitalised run it opens
        // ends in an institution's head: "to Baghdad University Medical
        // School", "at Basra Teaching Hospital" name the institution.
        let institution_after = || {
            let mut k = ctx.tok_at(e);
            let mut prev_end = e;
            let mut last = None;
            while k < ctx.sent_tok[sent].end
                && k < ctx.tok_at(e) + 5
                && toks[k].start == prev_end + 1
                && is_cap(&toks[k].text)
            {
                last = Some(k);
                prev_end = toks[k].end;
                k += 1;
            }
            last.is_some_and(|l| {
                matches!(
                    toks[l].text.as_str(),
                    "University"
                        | "College"
                        | "School"
                        | "Hospital"
                        | "Institute"
                        | "Academy"
                        | "Exchange"
                )
            })
        };
        if matches!(t, Target::City(_) | Target::Region(_))
            && (!place_prep || weak || institution_after())
        {
            // ("Abu Dhabi Crown Prince X", "Basra Governor Y": a title
            // after the place opens the next name.)
            let next_cap = toks.get(ctx.tok_at(e)).is_some_and(|n| {
                n.sent == sent && n.start == e + 1 && is_cap(&n.text) && !not_name(n.text.as_str())
            }) && {
                // (Titles that are also surnames, "Paul King", "Mary Queen
                // of Scots", "bin Ali Sultan", leave the name whole.)
                let k = ctx.tok_at(e);
                let tl = title_len_at(ctx, kb, k, ctx.sent_tok[sent].end);
                tl == 0
                    || tl == 1
                        && !matches!(
                            toks[k].text.as_str(),
                            "Mayor" | "Governor" | "Premier" | "Ambassador" | "Envoy" | "Senator"
                        )
            };
            let prev_title =
                !place_prep && ti > ctx.sent_tok[sent].start && is_title(kb, &toks[ti - 1].lower);
            // "Mayor of Lyon Paul Girard", "Governor of Nineveh Karim
            // Sadoun": the complement of a title, before a name that opens
            // with a known first name (not "CEO of Gulf State Analytics").
            let sent_start = ctx.sent_tok[sent].start;
            let title_of = next_cap
                && ti > sent_start + 1
                && toks[ti - 1].lower == "of"
                && toks
                    .get(ctx.tok_at(e))
                    .is_some_and(|n| kb.first_name_gender(&n.text).is_some())
                && title_ending_at(ctx, kb, ti - 1, sent_start).is_some();
            if (next_cap && !title_of) || prev_title {
                continue;
            }
        }
        // "Urmia Lake", "Tigris Valley": a town's name before a natural
        // feature's head word names the feature, not the town.
        if matches!(t, Target::City(_))
            && toks.get(ctx.tok_at(e)).is_some_and(|n| {
                n.sent == sent
                    && n.start == e + 1
                    && matches!(
                        n.text.as_str(),
                        "Lake"
                            | "River"
                            | "Mountains"
                            | "Mountain"
                            | "Desert"
                            | "Valley"
                            | "Strait"
                            | "Peninsula"
                            | "Dam"
                    )
            })
        {
            continue;
        }
        // "King Fahd Causeway", "Imam Khomeini University": a known
        // person's name before a facility word names the facility.
        if matches!(t, Target::Person(_)) {
            let facility = |k: usize| {
                toks.get(k).is_some_and(|n| {
                    n.sent == sent
                        && matches!(
                            n.text.as_str(),
                            "Airport"
                                | "Causeway"
                                | "Bridge"
                                | "Port"
                                | "University"
                                | "Hospital"
                                | "Street"
                                | "Avenue"
                                | "Square"
                                | "Stadium"
                                | "Mosque"
                                | "Highway"
                                | "Expressway"
                                | "Dam"
                                | "Prize"
                                | "Award"
                                | "Foundation"
                                | "Library"
                                | "Boulevard"
                                | "Road"
                                | "Shrine"
                                | "Mausoleum"
                                | "Complex"
                                | "Hall"
                                // ("King Salman Air Base", "the Imam Reza
                                // Hotel", "the Rafik Hariri Centre".)
                                | "Base"
                                | "Barracks"
                                | "Garrison"
                                | "Hotel"
                                | "Centre"
                                | "Center"
                                | "Museum"
                                | "Institute"
                                | "School"
                                | "College"
                                | "Station"
                                | "Park"
                                | "Zoo"
                                | "Theatre"
                                | "Theater"
                                | "Arena"
                                | "Terminal"
                                | "Tower"
                        )
                })
            };
            let k = ctx.tok_at(e);
            let adjacent = toks.get(k).is_some_and(|n| n.start == e + 1);
            if adjacent
                && (facility(k)
                    || (toks.get(k).is_some_and(|n| is_cap(&n.text)) && facility(k + 1)))
            {
                continue;
            }
        }
        // "Mahmoud Abbas-Zadeh", "Hassan Rouhani Nejad": a known full name
        // going on into a hyphenated capital or a Persian surname's suffix
        // is part of someone else's name.
        if matches!(t, Target::Person(_))
            && surface.contains(' ')
            && !ctx.shouting.get(sent).copied().unwrap_or(false)
            && !ctx.title_case.get(sent).copied().unwrap_or(false)
        {
            let rest = &text[e..];
            let next = toks.get(ctx.tok_at(e)).filter(|n| n.sent == sent);
            // (Not another known name or a first name: "the Donald
            // Trump-Kim Jong Un summit".)
            let persian_suffix = |w: &str| {
                matches!(
                    w,
                    "Zadeh" | "Zade" | "Nejad" | "Nezhad" | "Pour" | "Far" | "Rad"
                )
            };
            // (A suffix, or a capital that another capitalised word
            // follows: "Abbas-Zadeh Karimi"; not "the Narendra Modi-Sharif
            // meeting".)
            let glued = rest.strip_prefix('-').is_some_and(|r| {
                let w: &str = r
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .next()
                    .unwrap_or("");
                let after = toks
                    .get(ctx.tok_at(e + 1 + w.len()))
                    .filter(|n| n.sent == sent && n.start == e + 2 + w.len());
                persian_suffix(w)
                    || w.starts_with(|c: char| c.is_uppercase())
                        && kb.lookup(w).is_empty()
                        && kb.first_name_gender(w).is_none()
                        && after.is_some_and(|n| is_cap(&n.text))
            });
            let suffix = next.is_some_and(|n| n.start == e + 1 && persian_suffix(&n.text));
            if glued || suffix {
                continue;
            }
        }
        // "Gore Vidal", "Ronan Keating": a known person's lone surname
        // followed or preceded by another capitalised word that is no
        // title, place or known name is part of someone else's name.
        // Not in headlines, where case says nothing.
        if matches!(t, Target::Person(_))
            && !surface.contains(' ')
            // (A hyphen only after the Arabic article: "Ammar al-Hakim" is
            // not the known "al-Hakim".)
            && (!surface.contains('-')
                || ["al-", "Al-", "el-", "El-"].iter().any(|a| surface.starts_with(a)))
            && !ctx.shouting.get(sent).copied().unwrap_or(false)
            && !ctx.title_case.get(sent).copied().unwrap_or(false)
        {
            // (The word this mention is, when it is a first name too:
            // "Abbas Salehi" is neither Mahmoud Abbas nor Ali Akbar Salehi.)
            // (Not when the other is named in full in the article: "the
            // Abbas Netanyahu talks".)
            let not_named_in_full = |x: Target| match x {
                Target::Person(p) => kb.person(p).is_some_and(|p| !ctx.text.contains(&p.name)),
                _ => false,
            };
            let first_name_word = kb.first_name_gender(surface).is_some();
            let first_name_here = first_name_word && not_named_in_full(t);
            // ("In Orlando Trump launched ...": a town after a place
            // preposition is the town.)
            let after_place_prep = |n: &crate::context::Tok<'_>| {
                let k = ctx.tok_at(n.start);
                k > ctx.sent_tok[sent].start && PLACE_PREPS.contains(&toks[k - 1].lower.as_str())
            };
            let other_name = |n: &crate::context::Tok<'_>| {
                n.sent == sent
                    && is_cap(&n.text)
                    // ("Jafari-Dolatabadi", "Bandar-e"; not "President-elect",
                    // "Major-General", "Ex-President", "Arab-Israeli".)
                    && n.text.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '-')
                    && (!n.text.contains('-')
                        || n.text.split('-').enumerate().all(|(k, x)| {
                            matches!(x, "e" | "ye" | "ol" | "ul" | "al" | "ed" | "od") && k > 0
                                || is_cap(x)
                                    && x.len() > 2
                                    && !kb.lookup(x).iter().any(|x| {
                                        matches!(x, Target::Country(_) | Target::Demonym(_))
                                    })
                                    && with_lowercase(x, |l| {
                                        !is_title(kb, l) && kb.title_words_from(l) == 0
                                    })
                                    && !matches!(x, "Ex" | "Co" | "Pro" | "Anti" | "Non" | "Vice")
                        }))
                    && n.text.len() > 1
                    && !n.text.chars().all(|c| c.is_uppercase())
                    && !not_name(n.text.as_str())
                    && !is_title(kb, &n.lower)
                    && kb.title_words_from(&n.lower) == 0
                    // (A known first name that is also a town's name is a
                    // first name here: "Hassan", "Ali"; a known first name
                    // and another's known surname are a third person's
                    // names: "Abbas Salehi".)
                    && (kb.lookup(n.text.as_str()).is_empty()
                        || ((n.end < s && !after_place_prep(n) || n.start > e && first_name_word)
                            && kb.first_name_gender(&n.text).is_some()
                            && kb.lookup(n.text.as_str()).iter().all(|x| {
                                matches!(x, Target::City(_))
                                    || *x != t && not_named_in_full(*x)
                            }))
                        || (first_name_here
                            && n.start > e
                            && kb
                                .lookup(n.text.as_str())
                                .iter()
                                .all(|x| *x != t && not_named_in_full(*x))))
                    // "the Reagan Administration", "the Assad Regime".
                    && !matches!(
                        n.text.as_str(),
                        "Administration"
                            | "Administrations"
                            | "Government"
                            | "Regime"
                            | "Presidency"
                            | "Cabinet"
                            | "Doctrine"
                            | "Era"
                            | "Plan"
                            | "Foundation"
                            | "Library"
                            | "Family"
                            | "Clan"
                            | "Camp"
                            | "Loyalists"
                            | "Forces"
                    )
            };
            let next = toks.get(ctx.tok_at(e)).filter(|n| n.start == e + 1);
            let prev = ti
                .checked_sub(1)
                .map(|p| &toks[p])
                .filter(|p| p.end + 1 == s && ti > ctx.sent_tok[sent].start);
            // A first name spelt another way ("Yassir Arafat", "Binyamin
            // Netanyahu", "Asif Zardari") starts like one of the person's.
            // A first name spelt another way ("Yassir Arafat", "Binyamin
            // Netanyahu", "Asif Zardari", "Bashar Al Assad") starts like one
            // of the person's; so does a misspelt surname ("Saddam
            // Husseins").
            // ("Mehdi" is not "Masoud": the spellings must share their
            // consonants, not only the initial.)
            // (Or a short form of one: "Mike" for "Michael".)
            let own_first = |w: &str| {
                let Target::Person(p) = t else { return false };
                kb.person(p).is_some_and(|p| {
                    given_name_of(&p.name, w) || {
                        let words: Vec<&str> = p.name.split_whitespace().collect();
                        words[..words.len().saturating_sub(1)]
                            .iter()
                            .any(|x| short_form_of(x, w))
                    }
                })
            };
            let own_other = |w: &str| {
                let Target::Person(p) = t else { return false };
                let stem = |x: &str| x.to_lowercase().chars().take(4).collect::<String>();
                kb.person(p)
                    .is_some_and(|p| p.name.split_whitespace().any(|x| stem(x) == stem(w)))
            };
            let abbreviated_rank = |w: &str| {
                matches!(
                    w,
                    "Gen"
                        | "Lt"
                        | "Col"
                        | "Maj"
                        | "Brig"
                        | "Capt"
                        | "Sgt"
                        | "Adm"
                        | "Cdr"
                        | "Gov"
                        | "Sen"
                        | "Rep"
                        | "Pres"
                        | "Amb"
                )
            };
            // A first name after another ("Thabo Mvuyelwa Mbeki") is
            // judged by the first; a capital opening the sentence is no
            // evidence.
            let first_before = {
                let k = ti.saturating_sub(1);
                if k > ctx.sent_tok[sent].start
                    && toks[k - 1].end + 1 == toks[k].start
                    && is_cap(&toks[k - 1].text)
                {
                    k - 1
                } else {
                    k
                }
            };
            // "Syrias Assad", "EUs Mogherini": a possessive that lost its
            // apostrophe names a country or body, not a first name.
            // ("Abbas" is a first name, not Abba's.)
            let possessive_name = |w: &str| {
                kb.first_name_gender(w).is_none()
                    && w.strip_suffix('s')
                        .is_some_and(|stem| !kb.lookup(stem).is_empty())
            };
            // A run of four capitalised words or more is a headline or a
            // title, not a name ("Assad Regime Commits Horrific Massacres").
            let capped = |k: usize| {
                toks.get(k)
                    .is_some_and(|x| x.sent == sent && is_cap(&x.text) && !not_name(&x.text))
            };
            // (A title before the name is no part of the run: "Mullah
            // Abdul Ghani Baradar" is a three-word name.)
            let mut run_start = ti;
            while run_start > ctx.sent_tok[sent].start
                && capped(run_start - 1)
                && !is_title(kb, &toks[run_start - 1].lower)
                && toks[run_start - 1].end + 1 == toks[run_start].start
            {
                run_start -= 1;
            }
            let mut run_end = ctx.tok_at(e);
            while run_end > 0 && capped(run_end) && toks[run_end - 1].end + 1 == toks[run_end].start
            {
                run_end += 1;
            }
            // (Or a longer one with a first name right before the known
            // surname: "Sher Mohammad Abbas Stanikzai".)
            let short_run = run_end.saturating_sub(run_start) <= 3
                || prev.is_some_and(|p| {
                    kb.first_name_gender(&p.text).is_some()
                        && next.is_some_and(|n| is_cap(&n.text))
                        && (run_start..run_end).all(|k| !is_title(kb, &toks[k].lower))
                });
            if !short_run {
                // Leave the knowledge base's reading.
            } else if next.is_some_and(|n| other_name(n) && !own_other(&n.text))
                || prev.is_some_and(|p| {
                    // (A capital opening the sentence is evidence only
                    // when it is a known first name: "Jane Ruto said".)
                    (ti > ctx.sent_tok[sent].start + 1 || kb.first_name_gender(&p.text).is_some())
                        && other_name(p)
                        && !own_first(&p.text)
                        && !own_first(&toks[first_before].text)
                        && !abbreviated_rank(&p.text)
                        && !possessive_name(&p.text)
                })
            {
                continue;
            }
        }
        // "Jo Fox said", "Michael J. Fox": an outlet's or a firm's one-word
        // name right after a known first name (or a first name and an
        // initial) is a surname. (Not an acronym: "Jordan UN envoy".)
        let outlet_or_firm = match t {
            Target::Org(o) => kb
                .org(o)
                .is_some_and(|o| matches!(o.kind.as_str(), "media" | "company")),
            _ => false,
        };
        if outlet_or_firm
            && !surface.contains(' ')
            && surface.len() >= 3
            && !surface.bytes().all(|b| b.is_ascii_uppercase())
        {
            let ti = ctx.tok_at(s);
            let adjacent = |k: usize| {
                k > ctx.sent_tok[sent].start
                    && toks[k - 1].sent == sent
                    && toks[k - 1].end + 1 == toks[k].start
            };
            let initial =
                |w: &str| w.len() == 2 && w.ends_with('.') && w.as_bytes()[0].is_ascii_uppercase();
            let mut k = ti;
            if adjacent(k) && initial(&toks[k - 1].text) {
                k -= 1;
            }
            // ("Al" and "El" open Arabic and Spanish names of bodies too.)
            // ("in May Reuters reported": nor a month.)
            if adjacent(k)
                && !matches!(
                    toks[k - 1].text.as_str(),
                    "Al" | "El"
                        | "Abu"
                        | "January"
                        | "February"
                        | "March"
                        | "April"
                        | "May"
                        | "June"
                        | "July"
                        | "August"
                        | "September"
                        | "October"
                        | "November"
                        | "December"
                )
                && kb.first_name_gender(&toks[k - 1].text).is_some()
            {
                continue;
            }
        }
        // "Foreign Minister Amal Rudani": a body's one-word name that is a
        // first name too, right before a capitalised word that is no name
        // the knowledge base knows, title or body word, opens a person's
        // name ("Amal Movement", "Amal fighters" stay the body's).
        if matches!(t, Target::Org(o) if kb.org(o).is_some_and(|o| o.kind != "media"))
            && !surface.contains(' ')
            && !surface.bytes().all(|b| b.is_ascii_uppercase())
            && kb.first_name_gender(surface).is_some()
            && !ctx.shouting.get(sent).copied().unwrap_or(false)
            && !ctx.title_case.get(sent).copied().unwrap_or(false)
        {
            let next = toks
                .get(ctx.tok_at(e))
                .filter(|n| n.sent == sent && n.start == e + 1);
            if next.is_some_and(|n| {
                is_cap(&n.text)
                    && n.text.len() > 1
                    && n.text
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    && !n.text.chars().all(char::is_uppercase)
                    && !not_name(&n.text)
                    && !org_head(&n.text)
                    && !is_title(kb, &n.lower)
                    && kb.title_words_from(&n.lower) == 0
                    && kb.lookup(&n.text).is_empty()
            }) {
                continue;
            }
        }
        // "Labour Minister", "Labour Ministry": a party's name before a
        // capitalised ministry word is a portfolio, not the party ("a
        // former Labour minister" is the party's).
        if let Target::Org(o) = t {
            let party = kb.org(o).is_some_and(|o| o.kind == "party");
            let next = toks.get(ctx.tok_at(e)).filter(|n| n.sent == sent);
            if party
                && next.is_some_and(|n| {
                    matches!(
                        n.text.as_str(),
                        "Minister" | "Ministry" | "Secretary" | "Department"
                    )
                })
            {
                continue;
            }
        }
        // An area closing an organisation's name ("Economic Commission for
        // Europe", "Council of Europe") is part of that name.
        if let Target::Region(r) = t {
            let area = kb
                .regions()
                .get(r.index())
                .is_some_and(|r| r.kind == "area");
            let mut k = ti;
            if k > 0 && toks[k - 1].lower == "the" {
                k -= 1;
            }
            if area
                && k >= 2
                && k - 2 >= ctx.sent_tok[sent].start
                && matches!(toks[k - 1].lower.as_str(), "for" | "of")
                && org_head(toks[k - 2].text.as_str())
            {
                continue;
            }
        }
        // A known organisation's generic name inside a longer capitalised
        // one ("Supreme National Security Council" is not the UN's
        // "Security Council", "The National Electoral Council" not the
        // newspaper "The National") leaves the longer name to step 2.
        if matches!(t, Target::Org(_)) && inside_longer_org_name(ctx, kb, &covered, ti, e) {
            continue;
        }
        let (mut kind, mut mkind) = match t {
            Target::Person(_) => (Kind::Person, "name"),
            Target::Org(_) => (
                Kind::Org,
                if surface
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                    && surface.len() <= 6
                {
                    "acronym"
                } else {
                    "name"
                },
            ),
            // "a U.S. drone strike", "UK officials": an initialism before a
            // noun is used as an adjective, like a demonym.
            Target::Country(_) if initialism_modifier(ctx, surface, ctx.tok_at(e)) => {
                (Kind::Country, "demonym")
            }
            Target::Country(_) => (Kind::Country, "name"),
            Target::Demonym(_) => (Kind::Country, "demonym"),
            Target::Group(_) => (Kind::Group, "demonym"),
            Target::Region(_) | Target::City(_) => (Kind::Place, "name"),
        };
        // A capital named as an actor ("Washington has to withdraw") stands for its government.
        let mut metonym = None;
        let mut t = t;
        let relation = relational_object(ctx, ti) || passive_agent_capital(ctx, ti, ctx.tok_at(e));
        // "Seoul respected the ruling": a past tense right after a capital
        // opening its sentence, or a clause reported by a speech verb
        // ("Kang said (that) Seoul respected ..."), whatever the lexicons
        // know of the verb.
        let opens_clause = ctx.sent_tok.get(sent).is_some_and(|r| r.start == ti)
            || (ti > ctx.sent_tok[sent].start && {
                let p = &toks[ti - 1];
                let cue = |t: &crate::context::Tok<'_>| {
                    t.text.chars().all(|c| c.is_ascii_lowercase())
                        && ctx.lex.cue(&t.lower).is_some()
                };
                cue(p)
                    || (p.lower == "that"
                        && ti - 1 > ctx.sent_tok[sent].start
                        && cue(&toks[ti - 2]))
            });
        let opens_with_past = opens_clause
            && toks.get(ctx.tok_at(e)).is_some_and(|n| {
                n.text.len() > 3
                    && n.text.ends_with("ed")
                    && n.text.chars().all(|c| c.is_ascii_lowercase())
                    && n.text != "based"
            });
        // After a locative preposition a city that is also a body's alias
        // is the city ("police in Brussels").
        if prev.is_some_and(locative) && matches!(t, Target::Org(_)) {
            if let Some(x) = targets.iter().find(|x| matches!(x, Target::City(_))) {
                t = *x;
                (kind, mkind) = (Kind::Place, "name");
            }
        }
        // "Mexico expected Washington to do more", "urged Tehran to": the
        // object of a verb before a to-infinitive is a party.
        let object_control = !place_prep
            && ti > ctx.sent_tok[sent].start
            && toks[ti - 1].text.chars().all(|c| c.is_ascii_lowercase())
            && (toks[ti - 1].lower.ends_with("ed") || ctx.lex.cue(&toks[ti - 1].lower).is_some())
            // "visited Washington to explain": a purpose, the capital a place.
            && !matches!(
                toks[ti - 1].lower.as_str(),
                "visited" | "travelled" | "traveled" | "returned" | "reached" | "toured" | "entered"
            )
            && toks.get(ctx.tok_at(e)).is_some_and(|n| n.lower == "to")
            && toks.get(ctx.tok_at(e) + 1).is_some_and(|n| {
                n.text.chars().all(|c| c.is_ascii_lowercase()) && n.text.len() > 1
            });
        // A capital the knowledge base also lists as a body's alias
        // ("Brussels" for the European Commission) stays that body.
        let body_alias = targets.iter().any(|x| matches!(x, Target::Org(_)));
        // "Ankara along with its partners warned", "Moscow together with
        // Beijing": a partner joined as "and" joins a subject; only one
        // opening its sentence or clause ("fled Damascus together with
        // their children" is the city).
        let partnered = {
            let n = ctx.tok_at(e);
            toks.get(n)
                .is_some_and(|t| matches!(t.lower.as_str(), "along" | "together"))
                && toks.get(n + 1).is_some_and(|t| t.lower == "with")
                && (ti == ctx.sent_tok[sent].start
                    || matches!(
                        toks[ti - 1].text.as_str(),
                        "," | ";" | "that" | "but" | "and"
                    ))
        };
        if !body_alias
            && (relation
                || !place_prep && {
                    let n = after_adverbs(ctx, ctx.tok_at(e));
                    next_is_verbish(ctx, n) && !city_thing_after_possessive(kb, ctx, n)
                }
                || !place_prep && partnered
                || opens_with_past
                || object_control)
        {
            // (The largest town of the capital's name: "Washington" is
            // the capital, not a Utah town of that name.)
            let capital = targets
                .iter()
                .filter_map(|x| match x {
                    Target::City(c) if is_capital(kb, *c) => {
                        kb.cities().get(c.index()).map(|city| (*x, city))
                    }
                    _ => None,
                })
                .max_by_key(|(_, city)| city.population);
            if let Some((x, city)) = capital {
                metonym = Some(city.country.clone());
                t = x;
            }
        }
        // "NNPC Ltd", "Boeing Co": a company's legal form is part of its name.
        if let Target::Org(o) = t {
            if kb.org(o).is_some_and(|o| o.kind == "company") {
                // And "Merck and Co Inc", "Morgan Stanley & Co".
                let mut k = ctx.tok_at(e);
                loop {
                    let at = |k: usize| toks.get(k).filter(|n| n.sent == sent);
                    if let Some(n) = at(k).filter(|n| n.start <= e + 1 && legal_form(&n.text)) {
                        e = n.end;
                        k += 1;
                    } else if let (Some(_), Some(n)) = (
                        at(k)
                            .filter(|n| n.start <= e + 1 && matches!(n.text.as_str(), "and" | "&")),
                        at(k + 1).filter(|n| n.text == "Co"),
                    ) {
                        e = n.end;
                        k += 2;
                    } else {
                        break;
                    }
                }
            }
        }
        // "Ayatollah Sadiq Amoli Larijani", "Yassir Arafat": a given name
        // spelt another way right before a known person's surname form
        // belongs to the name (it had been left to make a person of its
        // own); its initial must be that of the given name the knowledge
        // base puts before the matched words.
        if let Target::Person(p) = t {
            if let Some(k) = variant_given_name(ctx, kb, p, ti, s, e) {
                s = toks[k].start;
                ti = k;
            }
        }
        for c in covered
            .iter_mut()
            .take(ctx.tok_at(e).min(toks.len()))
            .skip(ti)
        {
            *c = true;
        }
        // "the opposition Institutional Revolutionary Party": the text says
        // the party is in opposition.
        let in_opposition = matches!(t, Target::Org(o) if kb.org(o).is_some_and(|o| o.kind == "party"))
            && (ti.saturating_sub(3).max(ctx.sent_tok[sent].start)..ti).any(|k| {
                toks[k].lower == "opposition"
                    // Not "opposition to the Labour Party".
                    && !toks[k + 1..ti]
                        .iter()
                        .any(|x| matches!(x.lower.as_str(), "to" | "from" | "of" | "with" | "by" | "against"))
            });
        // A place name several countries share ("Amara": a town in Iraq, a
        // region of Ethiopia) is chosen again once the article's countries
        // are known, below.
        if matches!(t, Target::Region(_) | Target::City(_))
            && targets.iter().any(|&x| {
                matches!(x, Target::Region(_) | Target::City(_))
                    && target_country(kb, Some(x)) != target_country(kb, Some(t))
            })
        {
            shared_places.push((s, e, targets));
        }
        // So is an acronym two known bodies of two countries share ("BNP").
        if let Target::Org(o) = t {
            let home = kb.org(o).and_then(|x| x.country.as_deref());
            if targets.iter().any(|&x| match x {
                Target::Org(y) if y != o => kb.org(y).and_then(|x| x.country.as_deref()) != home,
                _ => false,
            }) {
                shared_orgs.push((s, e, targets));
            }
        }
        cands.push(Cand {
            start: s,
            end: e,
            sent,
            kind,
            target: Some(t),
            mkind,
            roles: Vec::new(),
            country: None,
            sector: in_opposition.then(|| "OPP".to_string()),
            metonym,
            igo: None,
        });
    }

    // 1b. A dateline left in the text ("BAGHDAD (Reuters) -" opening the
    // body, or a paragraph after a headline or a date line).
    let text_dateline_country = dateline_mentions(ctx, kb, &mut cands, &mut covered);

    // Countries in context, most mentioned first, for place disambiguation.
    {
        let mut counts: Vec<(String, usize)> = Vec::new();
        if let Some(dp) = &ctx.dateline_place {
            if let Some(hit) = kb.resolve_place(dp, &[]) {
                counts.push((hit.country.to_string(), 2));
            }
        }
        for c in &cands {
            if let Some(Target::Country(x) | Target::Demonym(x)) = c.target {
                if let Some(country) = kb.countries().get(x.index()) {
                    match counts.iter_mut().find(|(k, _)| short_eq(k, &country.iso3)) {
                        Some(e) => e.1 += 1,
                        None => counts.push((country.iso3.clone(), 1)),
                    }
                }
            }
        }
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        *ctx.countries.borrow_mut() = counts.into_iter().map(|(c, _)| c).collect();
    }
    // A shared acronym is the body of a country the article names (by
    // country, demonym or place, or by a known person of it) when the first
    // pick's country is not among them: "the BNP" beside Wales is the
    // British party, beside Dhaka the Bangladeshi one.
    if !shared_orgs.is_empty() {
        let mut context: Vec<String> = ctx.countries.borrow().clone();
        for c in &cands {
            let home = match c.target {
                Some(t @ (Target::Region(_) | Target::City(_))) if !kb.is_weak(t) => {
                    target_country(kb, Some(t)).map(str::to_owned)
                }
                Some(Target::Person(p)) => kb
                    .person(p)
                    .and_then(|x| x.terms.first())
                    .map(|t| t.country.clone()),
                _ => None,
            };
            if let Some(h) = home.filter(|h| !h.is_empty() && !context.contains(h)) {
                context.push(h);
            }
        }
        // Last, a national paper's own country.
        if let Some(h) = ctx.outlet_country.clone().filter(|h| !context.contains(h)) {
            context.push(h);
        }
        let org_country = |t: Target| match t {
            Target::Org(o) => kb.org(o).and_then(|x| x.country.as_deref()),
            _ => None,
        };
        for (s, e, targets) in &shared_orgs {
            let Some(ci) = cands.iter().position(|c| c.start == *s && c.end == *e) else {
                continue;
            };
            let Some(first) = cands[ci].target else {
                continue;
            };
            let in_context =
                |t: Target| org_country(t).and_then(|c| context.iter().position(|x| x == c));
            if in_context(first).is_some() {
                continue;
            }
            if let Some(t) = targets
                .iter()
                .copied()
                .filter(|&t| matches!(t, Target::Org(_)))
                .filter_map(|t| in_context(t).map(|k| (k, t)))
                .min_by_key(|(k, _)| *k)
                .map(|(_, t)| t)
            {
                cands[ci].target = Some(t);
            }
        }
    }
    // A shared place name is the place in the country the article names
    // most, when the first pick lies in none of its countries.
    {
        // The countries named, then those of the known people and bodies
        // named ("Florida" beside Rubio and the Pentagon is the state).
        let mut context = ctx.countries.borrow().clone();
        if !shared_places.is_empty() {
            for c in &cands {
                let home = match c.target {
                    Some(Target::Person(p)) => kb
                        .person(p)
                        .and_then(|x| x.terms.first())
                        .map(|t| t.country.clone()),
                    Some(Target::Org(o)) => kb.org(o).and_then(|x| x.country.clone()),
                    _ => None,
                };
                if let Some(h) = home.filter(|h| !h.is_empty() && !context.contains(h)) {
                    context.push(h);
                }
            }
            // Then those of capitals and cities of millions ("Cadiz" after
            // Madrid is Spain's), and of regions no other place shares a
            // name with (not small towns: a "Lombard rate" is no Illinois
            // suburb, and would make Venice Californian).
            for c in &cands {
                let Some(t @ (Target::City(_) | Target::Region(_))) = c.target else {
                    continue;
                };
                if kb.is_weak(t) {
                    continue;
                }
                let shared = shared_places
                    .iter()
                    .any(|(s, e, _)| *s == c.start && *e == c.end);
                let keep = match t {
                    Target::City(x) => kb
                        .cities()
                        .get(x.index())
                        .is_some_and(|city| big_or_capital(kb, city)),
                    _ => !shared,
                };
                if !keep {
                    continue;
                }
                if let Some(h) = target_country(kb, Some(t))
                    .filter(|h| !h.is_empty() && !context.iter().any(|x| x == h))
                {
                    context.push(h.to_owned());
                }
            }
        }
        for (s, e, targets) in shared_places {
            let in_context = |t: Target| {
                target_country(kb, Some(t)).and_then(|c| context.iter().position(|x| *x == c))
            };
            // (The dateline step may have inserted candidates before it.)
            let Some(ci) = cands.iter().position(|c| c.start == s && c.end == e) else {
                continue;
            };
            if cands[ci].target.and_then(in_context).is_some() {
                continue;
            }
            let places: Vec<Target> = targets
                .iter()
                .copied()
                .filter(|&t| matches!(t, Target::Region(_) | Target::City(_)))
                .collect();
            let Some(best) = places.iter().filter_map(|&t| in_context(t)).min() else {
                continue;
            };
            let local: Vec<Target> = places
                .into_iter()
                .filter(|&t| in_context(t) == Some(best))
                .collect();
            let Some(t) = pick_target(kb, &local, true, false, ctx.published) else {
                continue;
            };
            // Kept: a capital or a city of millions ("Paris" in an American
            // story), and what holds against a town (`holds_against_town`).
            let first = cands[ci].target;
            let strong = first
                .and_then(|f| city_of(kb, f))
                .is_some_and(|c| big_or_capital(kb, c));
            if strong || first.is_some_and(|f| holds_against_town(kb, f, t)) {
                continue;
            }
            cands[ci].target = Some(t);
        }
    }

    // An acronym two organisations share ("BNP", "PTI") means the one of
    // the countries the article is about, most mentioned first.
    {
        let context = ctx.countries.borrow();
        for c in &mut cands {
            if !matches!(c.target, Some(Target::Org(_))) {
                continue;
            }
            let orgs: Vec<(OrgId, Option<&str>)> = kb
                .lookup(&text[c.start..c.end])
                .iter()
                .filter_map(|t| match t {
                    Target::Org(o) => Some((*o, kb.org(*o).and_then(|x| x.country.as_deref()))),
                    _ => None,
                })
                .collect();
            // "Mexico's Congress" came from a longer alias: its body stays.
            if orgs.len() < 2 || !orgs.iter().any(|(o, _)| c.target == Some(Target::Org(*o))) {
                continue;
            }
            let best = context
                .iter()
                .find_map(|iso| orgs.iter().find(|(_, c)| *c == Some(iso.as_str())));
            if let Some((o, _)) = best {
                c.target = Some(Target::Org(*o));
            }
        }
    }

    // "Congress" in a Colombian story: a known body named by a bare
    // sector noun ("Congress", "Parliament") is the one of the country the
    // article is about when the article never names the body's own
    // country; it is left unknown so that its sector noun and the
    // article's country code it.
    {
        let mut context = ctx.countries.borrow().clone();
        // Countries of the organisations named in full ("U.S. Senate") and
        // of known office holders ("Obama") count as named.
        for c in &cands {
            if let Some(Target::Person(p)) = c.target {
                if let Some(k) = kb
                    .person(p)
                    .and_then(|x| x.terms.first())
                    .map(|t| t.country.clone())
                    .filter(|k| !k.is_empty())
                {
                    context.push(k);
                }
            }
            if let Some(Target::Org(o)) = c.target {
                let surface = &text[c.start..c.end];
                if surface.contains(' ') {
                    if let Some(k) = kb.org(o).and_then(|x| x.country.clone()) {
                        context.push(k);
                    }
                }
            }
        }
        if !context.is_empty() {
            for c in &mut cands {
                let Some(Target::Org(o)) = c.target else {
                    continue;
                };
                let surface = &text[c.start..c.end];
                if surface.contains(' ') || with_lowercase(surface, |l| kb.sector_noun(l)).is_none()
                {
                    continue;
                }
                let Some(home) = kb.org(o).and_then(|x| x.country.as_deref()) else {
                    continue;
                };
                let known_elsewhere = kb.lookup(surface).iter().any(|x| match x {
                    Target::Org(q) => kb
                        .org(*q)
                        .and_then(|x| x.country.as_deref())
                        .is_some_and(|k| context.iter().any(|cc| cc == k)),
                    _ => false,
                });
                if !known_elsewhere && !context.iter().any(|cc| cc == home) {
                    c.target = None;
                    c.country = context.first().cloned();
                }
            }
        }
    }

    // "Pakistan's Foreign Office", "the Indian Foreign Office": a body the
    // knowledge base knows for one country, owned in the text by another,
    // is the other's (left unknown, so that its name and that country code
    // it).
    for c in &mut cands {
        let Some(Target::Org(o)) = c.target else {
            continue;
        };
        // State bodies only: "an Iranian Airbus" is still Airbus's.
        let Some(home) = kb
            .org(o)
            .filter(|x| matches!(x.kind.as_str(), "government_body" | "military" | "police"))
            .and_then(|x| x.country.as_deref())
        else {
            continue;
        };
        let ti = ctx.tok_at(c.start);
        let floor = ctx.sent_tok[c.sent].start;
        if ti >= toks.len() || toks[ti].start != c.start || ti <= floor {
            continue;
        }
        let poss = matches!(toks[ti - 1].lower.as_str(), "'s" | "’s");
        let k = if poss { ti.saturating_sub(2) } else { ti - 1 };
        if k < floor || poss && ti < floor + 2 {
            continue;
        }
        let owner = country_of_token(ctx, kb, k)
            .filter(|_| poss || matches!(ctx.kb.map(|kb| kb.lookup(&toks[k].text)), Some(ts) if ts.iter().any(|t| matches!(t, Target::Demonym(_)))));
        if let Some(owner) = owner.filter(|x| x != home) {
            // The body's sector stays ("Foreign Office": GOV).
            c.sector = kb
                .org(o)
                .and_then(|x| x.code.get(3..))
                .filter(|s| s.len() == 3)
                .map(str::to_string);
            c.target = None;
            c.country = Some(owner);
        }
    }

    // 2. Capitalised runs the knowledge base does not know.
    // One pass over the tokens classifies each once: the opening
    // parentheses (for the initials just below), the tokens the run loop
    // below reads (a capitalised word outside headlines, or one a
    // candidate covers: covering only ends during the loop, so no other
    // token is read there), and those the anaphora step reads (see
    // [`anaphor_token`]). Every other token (most of them) the later
    // passes then skip without reading it again.
    let mut parens: Vec<usize> = Vec::new();
    let mut run_toks: Vec<usize> = Vec::with_capacity(toks.len() / 4);
    let mut anaphor_toks: Vec<usize> = Vec::with_capacity(toks.len() / 4);
    for (k, t) in toks.iter().enumerate() {
        let w = t.text.as_str();
        // The first byte's class by table: most tokens open with a small
        // letter no anaphor opens with, and class 0 settles them.
        let class = w
            .as_bytes()
            .first()
            .map_or(0, |&b| FIRST_BYTE[usize::from(b)]);
        let mut cap = false;
        if class != 0 {
            if class & OPEN_PAREN != 0 && w.len() == 1 {
                parens.push(k);
            } else if class & ANAPHOR != 0 && anaphor_token(w, &t.lower) {
                anaphor_toks.push(k);
            }
            cap = class & CAPITAL != 0 || (class & NOT_ASCII != 0 && is_cap(w));
        }
        if covered[k] || (cap && !ctx.shouting[t.sent] && !ctx.title_case[t.sent]) {
            run_toks.push(k);
        }
    }
    // "the Joint Comprehensive Plan of Action (JCPOA)", "the European
    // Monetary System (EMS)": the initials of a plan, treaty or event name
    // nobody either.
    let nobody_initials: Vec<&str> = parens
        .iter()
        .copied()
        .filter(|&k| k >= 1 && k + 2 < toks.len())
        .filter(|&k| {
            toks[k + 2].text == ")"
                && toks[k + 1].text.len() >= 2
                && toks[k + 1].text.bytes().all(|b| b.is_ascii_uppercase())
                && (nobody_head(toks[k - 1].text.as_str())
                    || event_head(toks[k - 1].text.as_str())
                    || names_no_entity(ctx, kb, k))
        })
        .map(|k| toks[k + 1].text.as_str())
        .collect();
    // The spans of the place candidates, kept beside them through the
    // loop: the place-list tests ask whether a place covers a token, and
    // most candidates are no places.
    let mut places: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.kind == Kind::Place)
        .map(|c| (c.start, c.end))
        .collect();
    // Whether any group's candidate is left: the loop below adds none, so
    // without one `group_in_name` (a scan of the candidates at every
    // covered token) holds nowhere.
    let any_group = cands.iter().any(|c| c.kind == Kind::Group);
    let mut i = 0;
    let mut steps = 0usize;
    let mut words_buf: Vec<&str> = Vec::new();
    // The token where a firm's name starts that follows another firm's
    // legal form and "and" ("Varnholt Inc and Kessler Barney").
    let mut firm_at = usize::MAX;
    // The next of `run_toks` to read: `i` only grows, and the tokens
    // between two of them are skipped as the test below would.
    let mut next_run_tok = 0;
    while i < toks.len() {
        while run_toks.get(next_run_tok).is_some_and(|&k| k < i) {
            next_run_tok += 1;
        }
        let Some(&k) = run_toks.get(next_run_tok) else {
            break;
        };
        i = k;
        // A clock read every 64 steps costs nothing measurable.
        steps += 1;
        if steps.is_multiple_of(64) && ctx.out_of_time("entities") {
            break;
        }
        let t = &toks[i];
        // A group word opening a longer name ("Christian Democratic Union")
        // belongs to the name.
        if covered[i] && any_group && group_in_name(ctx, &cands, i) {
            if let Some(ci) = cands
                .iter()
                .position(|c| c.start == t.start && c.kind == Kind::Group)
            {
                drop_cand(&mut cands, &mut places, ci);
                covered[i] = false;
            }
        }
        if covered[i] || !is_cap(&t.text) || ctx.shouting[t.sent] || ctx.title_case[t.sent] {
            i += 1;
            continue;
        }
        let sent = t.sent;
        let sent_end = ctx.sent_tok[sent].end;
        // Extend over capitalised words and name connectors.
        let mut j = i;
        let mut last_cap = i;
        while j < sent_end {
            let w = &toks[j].text;
            // "... Sumitomo Bank Ltd. REUTER": a sign-off ends the name.
            if j > i
                && w.len() <= 8
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && final_sign_off(text, toks[j].start, toks[j].end)
            {
                break;
            }
            if covered[j] && j > i && any_group && group_in_name(ctx, &cands, j) {
                if let Some(ci) = cands
                    .iter()
                    .position(|c| c.start == toks[j].start && c.kind == Kind::Group)
                {
                    drop_cand(&mut cands, &mut places, ci);
                    covered[j] = false;
                }
            }
            if covered[j] && j > i {
                // "Federation of German Consumer Organisations": a demonym
                // or country after "of" inside a name that goes on to an
                // organisation head is part of it.
                if matches!(toks[j - 1].text.as_str(), "of" | "for") {
                    if let Some(ci) = demonym_inside_name(ctx, &cands, &covered, j) {
                        drop_cand(&mut cands, &mut places, ci);
                        covered[j] = false;
                        last_cap = j;
                        j += 1;
                        continue;
                    }
                }
                // "Yván Gil", "María Corina Machado": a town's name right
                // after a first name, ending the name, is a surname.
                if j == last_cap + 1 && !compass_word(toks[i].text.as_str()) {
                    let next_cap = toks
                        .get(j + 1)
                        .is_some_and(|t| j + 1 < sent_end && is_cap(&t.text));
                    // After a title the run is a person's, and a region's
                    // name ends it as well ("spokesman Mustafa Bali said").
                    let titled = i > ctx.sent_tok[sent].start && is_title(kb, &toks[i - 1].lower);
                    let town = cands.iter().position(|c| {
                        c.start == toks[j].start
                            && c.end == toks[j].end
                            && match c.target {
                                // (A capital too after a title: "Finance
                                // Minister Roger Douglas".)
                                Some(Target::City(id)) => {
                                    titled
                                        && j == i + 1
                                        && kb.first_name_gender(&toks[i].text).is_some()
                                        || kb.cities().get(id.index()).is_some_and(|city| {
                                            kb.country(&city.country)
                                                .is_none_or(|k| k.capital != city.name)
                                        })
                                }
                                Some(Target::Region(_)) => titled,
                                // ("spokeswoman Mumtaz Zahra Baloch"; not
                                // "Bashar al-Assads Alawite" without its
                                // apostrophe).
                                Some(Target::Group(_)) => {
                                    titled && !toks[j - 1].text.ends_with('s')
                                }
                                _ => false,
                            }
                    });
                    if let (Some(ci), false) = (town, next_cap) {
                        drop_cand(&mut cands, &mut places, ci);
                        covered[j] = false;
                        last_cap = j;
                        j += 1;
                        continue;
                    }
                }
                // Allow a run to absorb a demonym or country at its start only.
                break;
            }
            // A title inside a name ends it ("Lt. Gen."), unless an
            // organisation head opens it ("Human Settlements Programme
            // Coordinator" keeps its "Programme").
            if j > i && multiword_title_at(ctx, kb, j, sent_end) && !org_head(w.as_str()) {
                break;
            }
            if is_cap(w)
                && (!is_title(kb, &toks[j].lower)
                    || surname_title(ctx, kb, i, j, sent_end)
                    || given_name_before_name(ctx, kb, j))
                && !(j > i && not_name(w.as_str()) && !org_head(w.as_str()))
            {
                last_cap = j;
                j += 1;
            } else if j > i
                && matches!(
                    w.as_str(),
                    "of" | "for"
                        | "al"
                        | "bin"
                        | "ibn"
                        | "de"
                        | "la"
                        | "van"
                        | "von"
                        | "der"
                        | "and"
                        | "the"
                        | "on"
                        | "&"
                )
                && {
                    // "von der Leyen", "de la Cruz": connectors may come in twos.
                    let mut n = j + 1;
                    while n < sent_end
                        && n < j + 3
                        && matches!(
                            toks[n].text.as_str(),
                            "de" | "la" | "der" | "van" | "von" | "al" | "bin"
                        )
                    {
                        n += 1;
                    }
                    n < sent_end
                        && is_cap(&toks[n].text)
                        && (!covered[n] || demonym_inside_name(ctx, &cands, &covered, n).is_some())
                        && !common_cap(toks[n].text.as_str())
                }
            {
                j += 1;
            } else if j > i
                && (w.starts_with("al-") || w.starts_with("el-") || w.starts_with("bin-"))
            {
                last_cap = j;
                j += 1;
            } else {
                break;
            }
        }
        let mut s = i;
        let e = last_cap + 1;
        // Drop an editor's initials glued to others by a slash ("EF/MA
        // PHOTO: ..."), capitalised function words at the start, and the connectors
        // they leave there ("on Sunday the JCPOA", "Both the Islamic
        // countries", "Friday of Ramadan").
        while s < e
            && (not_name(toks[s].text.as_str())
                || s == i
                    && text[..toks[s].start].ends_with('/')
                    && toks[s].text.len() <= 4
                    && toks[s].text.bytes().all(|b| b.is_ascii_uppercase())
                || s > i
                    && matches!(
                        toks[s].text.as_str(),
                        "of" | "for" | "and" | "the" | "on" | "&"
                    )
                // "Shares of Exxon Corp rose", "Residents of Kiev said": a
                // plural common noun opening the sentence before "of" (not
                // a body's head: "Bank of", "Ministers of").
                || s == ctx.sent_tok[sent].start
                    && s + 2 < e
                    && toks[s + 1].text == "of"
                    // ("Friends of the Earth", "Veterans of Foreign Wars":
                    // bodies named for their members.)
                    && !MEMBER_NOUNS.contains(&toks[s].text.as_str())
                    && toks[s].lower.len() > 3
                    && toks[s].lower.ends_with('s')
                    && !org_head(&toks[s].text)
                    && !is_title(kb, &toks[s].lower)
                    && ctx
                        .lex
                        .lemma(&toks[s].lower)
                        .is_some_and(|l| l.len() < toks[s].lower.len()))
        {
            s += 1;
        }
        // "Lagos-based Ikoyi Capital Partners": the place it is based in
        // is no part of the name, but gives its country.
        let mut based_country = None;
        // The participle of a compound stripped from the run's start.
        let mut described_by = None;
        if s + 1 < e {
            if let Some(place) = toks[s].text.strip_suffix("-based") {
                based_country = country_by_name(kb, place).or_else(|| place_country(kb, place));
                s += 1;
            } else if let Some((_, part)) = toks[s]
                .text
                .split_once('-')
                .filter(|(_, b)| hyphened_participle(b))
                .filter(|_| !org_head(&toks[e - 1].text) && is_cap(&toks[s + 1].text))
            {
                // "Chinese-made Silkworm missiles", "Iranian-born Ali
                // Karimi": a participle compound opening the run describes
                // what follows ("Saudi-led Coalition" keeps its leader).
                s += 1;
                described_by = Some(part);
            }
        }
        // "the U.S.-made Patriot system", "British-flagged Stena Impero": a
        // product or a ship, nobody's or no body's name.
        if described_by.is_some_and(|p| {
            matches!(
                p,
                "made"
                    | "built"
                    | "designed"
                    | "produced"
                    | "manufactured"
                    | "developed"
                    | "flagged"
            )
        }) {
            i = j.max(i + 1);
            continue;
        }
        if s < e {
            let tl = title_len_at(ctx, kb, s, sent_end);
            if tl > 0 {
                i = s + tl;
                continue;
            }
        }
        if s >= e {
            i = j.max(i + 1);
            continue;
        }
        // The run's words, in one buffer kept across runs (not a vector
        // allocated for each).
        words_buf.clear();
        words_buf.extend((s..e).map(|k| toks[k].text.as_str()));
        let words = &mut words_buf;
        // "the 30,000-ton Stena Impero tanker", "the tanker Adrian Darya":
        // a ship's name is nobody's (but "a British Royal Navy warship"
        // names its navy).
        if (s > 0 && VESSEL_NOUNS.contains(&toks[s - 1].lower.as_str()) && toks[s - 1].sent == sent
            || toks
                .get(e)
                .is_some_and(|n| n.sent == sent && VESSEL_NOUNS.contains(&n.lower.as_str())))
            && !words.iter().any(|w| org_head(w) || *w == "Fleet")
        {
            i = j.max(i + 1);
            continue;
        }
        // "Speaker of the National Assembly Asad Qaiser", "the Syrian
        // National Coalition Anas al-Abdah", "Republican David Karnes": a
        // body's last word or a party label right before a known first name
        // and a surname ends the body's name; the person is the next run.
        // (Not after a bank's or a station's opening word alone: "Bank
        // Julius Baer", "Radio Monte Carlo" are their names.)
        let mut e = e;
        if let Some(p) = (1..words.len().saturating_sub(1)).find(|&p| {
            name_head(words[p - 1])
                && !(p == 1 && name_opening_firm(words[0]))
                && kb.first_name_gender(words[p]).is_some()
                && (is_cap(words[p + 1])
                    || words[p + 1].starts_with("al-")
                    || words[p + 1].starts_with("el-"))
                && !words[p..].iter().any(|w| name_head(w) || legal_form(w))
        }) {
            // ("Minister of Communications and High Technologies Ramin
            // Guluzade": right after an office's "of" the words before the
            // name are its portfolio, no body of their own, unless a body's
            // word ends them: "Head of Atomic Energy Organization".)
            if s >= 2
                && toks[s - 2].sent == sent
                && matches!(toks[s - 1].text.as_str(), "of" | "for")
                && is_title(kb, &toks[s - 2].lower)
                && (!org_head(words[p - 1]) || portfolio_word(words[p - 1]))
            {
                i = s + p;
                continue;
            }
            e = s + p;
            j = e;
            words.truncate(p);
        }
        // "Jane Okafor Regional Humanitarian Coordinator": capitalised
        // portfolio words between a name and the title after it are the
        // title's (and no one's name: the run goes on after them).
        if words.len() > 2
            && kb.first_name_gender(words[0]).is_some()
            && toks
                .get(e)
                .is_some_and(|t| t.sent == sent && is_cap(&t.text) && is_title(kb, &t.lower))
        {
            let mut k = words.len();
            while k > 2
                && (portfolio_word(words[k - 1])
                    || matches!(
                        words[k - 1],
                        "Regional"
                            | "Senior"
                            | "Deputy"
                            | "Chief"
                            | "Special"
                            | "Resident"
                            | "and"
                            | "&"
                    ))
            {
                k -= 1;
            }
            if k < words.len() {
                e = s + k;
                words.truncate(k);
            }
        }
        if let Some(k) = words.iter().position(|w| matches!(*w, "of" | "for")) {
            // ("Mary Jones of NIAC", "Jo Ray of Lloyds": a first name's
            // run before "of" and one word the knowledge base does not
            // know, which had ended the run before "of"; no one's name
            // goes on so but a noble's, whose title opens it.)
            let lone_after = k + 2 == words.len()
                && words[k + 1].len() >= 2
                && kb.first_name_gender(words[0]).is_some();
            if k >= 2
                && (words.last().is_some_and(|h| org_head(h)) || lone_after)
                && !words[..k].iter().any(|w| org_head(w))
                && words[..k].iter().all(|w| is_cap(w))
            {
                e = s + k;
                j = e + 1;
                // The one word after "of" is the body the person is of
                // (not a surname before a cue: "of Inbev said").
                if lone_after
                    && !org_head(words[k + 1])
                    && place_country(kb, words[k + 1]).is_none()
                {
                    cands.push(Cand::bare(
                        toks[j].start,
                        toks[j].end,
                        sent,
                        Kind::Org,
                        None,
                        "name",
                    ));
                    j += 1;
                }
                words.truncate(k);
            }
        }
        // "Mohammed Saeed and Javed Ahmed", "Nadal and Moya", "Rafah and
        // Nuseirat": names joined by "and", with no organisation word, are
        // two names; no person's name holds an "and", and firms named so
        // ("Marks and Spencer") are fewer in news than pairs of people.
        if let Some(k) = words.iter().position(|w| *w == "and") {
            // Not "S and P", nor a body's name with its own connectors
            // ("Centers for Disease Control and Prevention").
            let pair = (k >= 2 && words.len() - k > 2)
                || (k >= 1
                    && words[k - 1].len() > 1
                    && words.get(k + 1).is_some_and(|w| w.len() > 1)
                    && !words
                        .iter()
                        .any(|w| matches!(*w, "of" | "for" | "the" | "on" | "&"))
                    && !words.last().is_some_and(|w| {
                        matches!(
                            *w,
                            "Province" | "County" | "Region" | "District" | "Governorate"
                        )
                    }));
            // ("Philips N.V. and Total S.A.": a legal form ends the first.)
            if pair
                && (!words
                    .iter()
                    .any(|w| org_head(w) || bus_head(w) || legal_form(w))
                    || legal_form(words[k - 1]))
            {
                if legal_form(words[k - 1]) {
                    firm_at = s + k + 1;
                }
                e = s + k;
                j = e + 1;
                words.truncate(k);
            }
        }
        // "Pablo Ruiz on Twitter said": a person's name, opened by a known
        // first name or after a title, ends before "on" or "the" (not
        // before a ruler's epithet, "Cyrus the Great"); what follows is no
        // name of its own ("International Conference on Primary Health
        // Care" is no person either way).
        if let Some(k) = (2..words.len()).find(|&k| {
            words[k] == "on"
                || words[k] == "the" && !(k + 2 == words.len() && EPITHETS.contains(&words[k + 1]))
        }) {
            if (kb.first_name_gender(words[0]).is_some() || prev_is_title(ctx, kb, s))
                && !words[..k]
                    .iter()
                    .any(|w| org_head(w) || bus_head(w) || legal_form(w) || place_head(w))
            {
                e = s + k;
                words.truncate(k);
            }
        }
        // "D.F. King and Co Inc", "Kidder, Peabody and Co": a firm's "and
        // Co" and legal forms alone are no name; they end the unknown name
        // before them, which is the firm.
        if s >= 2
            && matches!(toks[s - 1].text.as_str(), "and" | "&")
            && toks[s - 2].sent == sent
            && words.iter().all(|w| legal_form(w) || *w == "Cos")
        {
            let before = toks[s - 2].end;
            if let Some(c) = cands
                .iter_mut()
                .rev()
                .find(|c| c.end == before && c.target.is_none() && c.kind != Kind::Country)
            {
                c.end = toks[e - 1].end;
                c.kind = Kind::Org;
                c.roles.clear();
            }
            i = j.max(i + 1);
            continue;
        }
        // "IRAN quoted ...", "SAUDI ARABIA 4.9": a country's name in
        // capitals (the knowledge base's names are case-sensitive).
        if words.len() <= 3
            && words
                .iter()
                .all(|w| w.len() > 3 && w.bytes().all(|b| b.is_ascii_uppercase()))
        {
            let name = words
                .iter()
                .map(|w| format!("{}{}", &w[..1], w[1..].to_ascii_lowercase()))
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(&t) = kb
                .lookup(&name)
                .iter()
                .find(|t| matches!(t, Target::Country(_)))
            {
                cands.push(Cand::bare(
                    toks[s].start,
                    toks[e - 1].end,
                    sent,
                    Kind::Country,
                    Some(t),
                    "name",
                ));
                i = j.max(i + 1);
                continue;
            }
        }
        // "Bashar al-Assads forces", "Syrias war": a possessive whose
        // apostrophe was lost, the name without its "s" a known person's
        // or country's and the word with it no plural demonym ("Saudis")
        // nor a group of countries ("the Americas", "both Koreas").
        let last_word = words.last().copied().unwrap_or("");
        if let Some(stem) = last_word
            .strip_suffix('s')
            .filter(|st| st.len() >= 3 && !st.ends_with(['s', 'S']))
            .and_then(|_| text.get(toks[s].start..toks[e - 1].end - 1))
        {
            // (Of people of one name, the one the article's date picks.)
            let found: Vec<Target> = kb
                .lookup(stem)
                .iter()
                .copied()
                .filter(|t| matches!(t, Target::Person(_) | Target::Country(_)))
                .collect();
            let target = pick_target(kb, &found, false, false, ctx.published);
            let grouped = s > ctx.sent_tok[sent].start
                && matches!(
                    toks[s - 1].lower.as_str(),
                    "the" | "both" | "two" | "all" | "three"
                )
                || matches!(
                    last_word,
                    "Americas"
                        | "Carolinas"
                        | "Koreas"
                        | "Guineas"
                        | "Sudans"
                        | "Congos"
                        | "Dakotas"
                        | "Virginias"
                );
            // (A lone word only before the noun it owns, "Chiles said"
            // naming a man, and only for one the article names in full
            // too: "Kohls shares" are a store's.)
            let owns = words.len() > 1
                || toks.get(e).is_some_and(|n| {
                    n.sent == sent
                        && !next_is_cue(ctx, e)
                        && (is_cap(&n.text) || matches!(upos_at(ctx, e), Some("NOUN" | "ADJ")))
                }) && target.is_some_and(|t| cands.iter().any(|c| c.target == Some(t)));
            if let (Some(t), false) = (target, grouped || !owns || kb.demonym(last_word).is_some())
            {
                cands.push(Cand::bare(
                    toks[s].start,
                    toks[e - 1].end,
                    sent,
                    if matches!(t, Target::Person(_)) {
                        Kind::Person
                    } else {
                        Kind::Country
                    },
                    Some(t),
                    "name",
                ));
                i = j.max(i + 1);
                continue;
            }
        }
        let sentence_initial = s == ctx.sent_tok[sent].start
            || (s > ctx.sent_tok[sent].start
                && is_open_quote(&toks[s - 1].text)
                && s - 1 == ctx.sent_tok[sent].start);
        let last = words.last().copied().unwrap_or("");
        let acronym = words.len() == 1
            && last.len() >= 2
            && last.len() <= 6
            && (last.chars().all(|c| c.is_ascii_uppercase())
                || is_initialism(last)
                    && ctx.text[..toks[s].start].ends_with(" (")
                    && ctx.text[toks[e - 1].end..].starts_with(')'));
        let head = last;
        // "League-Nawaz": a hyphenated last word of a longer name may be
        // headed by its first part (organisations only: "Street-Porter" is
        // no street).
        let hyphen_head = if words.len() >= 2 {
            last.split('-').next().unwrap_or(last)
        } else {
            last
        };
        // "Deputy Tourism Minister", "Energy Secretary": capitalised words
        // right before a minister or secretary name a portfolio.
        if words.len() <= 2
            && toks.get(e).is_some_and(|n| {
                e < sent_end && matches!(n.text.as_str(), "Minister" | "Secretary")
            })
        {
            i = j.max(i + 1);
            continue;
        }
        // "the towns of Tibú, Teorama and El Tarra", "the islands of
        // Kinmen, Matsu, Wuqiu and Dongyin": unknown names in a list after
        // a plural place noun and "of" are places, one for each item.
        if place_list_before(ctx, &places, s) || place_list_after(ctx, &places, e) {
            let mut a = s;
            for k in s..=e {
                if k == e || toks[k].text == "and" {
                    if k > a {
                        places.push((toks[a].start, toks[k - 1].end));
                        cands.push(Cand::bare(
                            toks[a].start,
                            toks[k - 1].end,
                            sent,
                            Kind::Place,
                            None,
                            "name",
                        ));
                    }
                    a = k + 1;
                }
            }
            i = j.max(i + 1);
            continue;
        }
        // "Treasury officials say": the Treasury is a body on its own
        // ("UK Treasury" keeps its country a country mention and is no
        // person).
        if words.len() == 1 && LONE_BODIES.contains(&head) {
            let after_country = s > ctx.sent_tok[sent].start
                && toks[s - 1].end + 1 == toks[s].start
                && cands.iter().any(|c| {
                    c.end == toks[s - 1].end
                        && matches!(c.target, Some(Target::Country(_) | Target::Demonym(_)))
                });
            if after_country {
                i = j.max(i + 1);
                continue;
            }
            cands.push(Cand::bare(
                toks[s].start,
                toks[e - 1].end,
                sent,
                Kind::Org,
                None,
                "name",
            ));
            i = j.max(i + 1);
            continue;
        }
        if words.len() == 1 && org_head(head) {
            i = j.max(i + 1);
            continue;
        }
        // "Western firms", "Middle Eastern groups": compass and other
        // common words written with a capital name no one on their own.
        if words.iter().all(|w| common_cap(w)) {
            i = j.max(i + 1);
            continue;
        }
        // "the World Cup", "World War II", "the Trust Principles": events,
        // wars and documents are nobody, and so are those named by what
        // they are of ("the Gulf Cup of Nations", "a Day of Rage").
        if words.len() >= 2
            && (event_head(head)
                || words.iter().any(|w| matches!(*w, "War" | "Wars"))
                || words
                    .iter()
                    .position(|w| *w == "of")
                    .is_some_and(|p| p >= 1 && event_head(words[p - 1]))
                    // ("the Conference of Presidents of Major Jewish
                    // Organizations" is a body.)
                    && !org_head(head))
        {
            i = j.max(i + 1);
            continue;
        }
        // "official Twitter accounts", "all Member States": platforms and
        // a lone "States" after a title word are nobody.
        if words.len() == 1
            && matches!(
                words[0],
                "Twitter"
                    | "Facebook"
                    | "YouTube"
                    | "Instagram"
                    | "Telegram"
                    | "WhatsApp"
                    | "TikTok"
                    | "States"
                    | "State"
                    | "Executive"
                    | "Square"
                    | "Daily"
            )
            // "the MPs said": a plural of initials names people in general.
            || words.len() == 1
                && words[0].len() >= 3
                && words[0].ends_with('s')
                && words[0][..words[0].len() - 1].bytes().all(|b| b.is_ascii_uppercase())
        {
            i = j.max(i + 1);
            continue;
        }
        // "Class B shares", "Series C notes", "Phase 14": a class and its
        // letter or number are nobody.
        if words.len() == 2
            && matches!(
                words[0],
                "Class"
                    | "Series"
                    | "Phase"
                    | "Grade"
                    | "Type"
                    | "Annex"
                    | "Appendix"
                    | "Section"
                    | "Chapter"
                    | "Category"
                    | "Level"
                    | "Block"
            )
            && words[1].len() <= 2
        {
            i = j.max(i + 1);
            continue;
        }
        if words.len() >= 2
            && nobody_head(head)
            && !words.iter().any(|w| org_head(w) || legal_form(w))
        {
            i = j.max(i + 1);
            continue;
        }
        // "Treaty of Amity", "Framework Convention on Climate Change",
        // "Declaration of Principles": a document named by what it is about.
        if words.len() >= 3
            && words.windows(2).take(2).any(|w| {
                matches!(
                    w[0],
                    "Treaty"
                        | "Convention"
                        | "Agreement"
                        | "Accord"
                        | "Accords"
                        | "Protocol"
                        | "Charter"
                        | "Declaration"
                        | "Resolution"
                        | "Act"
                        | "Law"
                        | "Pact"
                        | "Statute"
                        | "Covenant"
                ) && matches!(w[1], "of" | "on" | "for" | "to" | "against" | "between")
            })
        {
            i = j.max(i + 1);
            continue;
        }
        // "Eid al-Fitr", "Nowruz Holidays": a run opened by a feast's name
        // is the feast ("Ramadan Abdullah Shallah" is a man).
        if matches!(
            words[0],
            "Eid" | "Nowruz" | "Ashura" | "Arbaeen" | "Diwali" | "Hanukkah" | "Passover"
        ) {
            i = j.max(i + 1);
            continue;
        }
        // "Civilians Killed in ...", "Two Soldiers Wounded": a headline
        // glued into the text ends its capitalised run on a past form.
        if words.len() >= 2 && {
            let low = toks[e - 1].lower.as_str();
            // ("the New York Fed" is a bank, not "feed").
            low.ends_with("ed") && low != "fed" && ctx.lex.lemma(low).is_some_and(|l| l != low)
        } {
            i = j.max(i + 1);
            continue;
        }
        // "(0930 GMT)", "of GDP", "the JCPOA", "PHOTO:": capitals that are
        // no organisation; "... projects. MQ/MG": an editor's initials
        // signing a story off.
        if acronym
            && (kb.not_entity(last).is_some()
                || nobody_initials.contains(&last)
                || sign_off(text, toks[s].start, toks[e - 1].end)
                || in_ticker(text, toks[s].start, toks[e - 1].end)
                || defines_common_noun(ctx, s))
        {
            i = j.max(i + 1);
            continue;
        }
        // "the Additional Protocol", "the Belt and Road Initiative": the
        // names of agreements and programmes are nobody.
        if words.len() >= 2
            && kb
                .not_entity(&text[toks[s].start..toks[e - 1].end])
                .is_some()
        {
            i = j.max(i + 1);
            continue;
        }
        // "they WILL use them", "services AND taxes", "are “KILLED”": a
        // word in capitals for emphasis, no body's initials. A closed-class
        // word or an inflected verb is never an acronym (known ones, "WHO",
        // are the knowledge base's).
        if acronym && shouted_word(ctx, &toks[s].lower) {
            i = j.max(i + 1);
            continue;
        }
        // "... in March 2006 TEHRAN – The volume of": a place's name in
        // capitals opening a dateline glued into the text; a country's or
        // a capital's name in capitals is one wherever it stands
        // ("Aug 2016 BEIRUT Syrian warplanes"). (The place is resolved once,
        // and only for capitals of four letters or more.)
        if let Some(hit) = (acronym && last.len() >= 4)
            .then(|| kb.resolve_place(last, &ctx.context_countries()))
            .flatten()
            .filter(|h| {
                let anywhere = match h.target {
                    Target::Country(_) => true,
                    Target::City(c) => is_capital(kb, c),
                    _ => false,
                };
                // The dash opens the story: a capital follows it ("MOSUL - a
                // city - was quiet" is no dateline). Papers also write it glued
                // or as an underscore ("TEHRAN- Mehdi ...", "TEHRAN _ The").
                anywhere || {
                    let rest = text[toks[s].end..].trim_start_matches(' ');
                    rest.strip_prefix(['-', '–', '—', '_']).is_some_and(|r| {
                        r.trim_start_matches(['-', '–', '—'])
                            .trim_start()
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                    })
                }
            })
        {
            cands.push(Cand::bare(
                toks[s].start,
                toks[s].end,
                sent,
                Kind::Place,
                Some(hit.target),
                "name",
            ));
            i = j.max(i + 1);
            continue;
        }
        // "Association for Democratic Reforms", "Bank of Ghana": an
        // organisation head before of/for heads the whole name.
        let org = s == firm_at
            || org_head(head)
            || org_head(hyphen_head)
            || trade_firm(ctx, kb, words, s, e, sent_end)
            // "Ernst & Young", "Procter & Gamble": firms.
            || words.contains(&"&")
            // "House Banking", "Senate Appropriations": a chamber's
            // committee.
            || words.len() >= 2 && matches!(words[0], "House" | "Senate")
            // "Commerzbank AG", "Banque Paribas", "Societe Generale".
            || words.len() >= 2
                && (legal_form(head)
                    || matches!(
                        words[0],
                        "Banque" | "Banco" | "Banca" | "Societe" | "Société" | "Compagnie" | "Caisse"
                            | "AB"
                            | "Cia"
                            | "Cia."
                            | "Companhia"
                            | "Compania"
                            | "Compañía"
                            | "Cie"
                    ))
            // "Swiss Bank Corp International Ltd. Issuing": a legal form
            // anywhere in the run (the run may have run on past the name).
            || words.len() >= 2
                && words.iter().any(|w| {
                    matches!(
                        w.trim_end_matches('.'),
                        "Ltd" | "Limited" | "Inc" | "Corp" | "plc" | "PLC" | "Plc" | "GmbH" | "LLC"
                    )
                })
            // "Manchester United", "Leicester City", "AC Milan", "Team
            // Sky": clubs and teams.
            || words.len() >= 2 && CLUB_HEADS.contains(&head)
            || words.len() >= 2 && matches!(words[0], "Team" | "AC" | "FC" | "SC" | "AS" | "SS" | "CF")
            // "S and P", "P and O": initials joined by "and" are firms.
            || words.len() >= 3
                && words.contains(&"and")
                && words.iter().all(|w| {
                    *w == "and" || w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())
                })
            || acronym
            || org_noun_before(ctx, s).is_some()
            || org_noun_after(ctx, e).is_some()
            || words.windows(2).any(|w| {
                // ("the British Chambers of Commerce"; "Chambers" alone is a
                // surname.)
                (org_head(w[0]) || w[0] == "Chambers") && matches!(w[1], "of" | "for" | "on")
            })
            // "Salomon Brothers and Merrill Lynch", "Geological Survey and
            // Mineral Explorations": a run the "and" split above kept whole
            // for its organisation word is one body or a list of firms.
            // (Not a ministry's portfolio: "Petroleum and Natural Gas
            // Minister".)
            || words.windows(2).any(|w| {
                w[1] == "and"
                    && (org_head(w[0]) || bus_head(w[0]) || legal_form(w[0]))
            }) && !portfolio_word(words[0])
                && title_len_at(ctx, kb, e, sent_end) == 0;
        let place_head = words.len() >= 2
            && (place_head(head)
                // (Surnames too: "Fiona Hill said", "Ann Forest": never
                // after a first name or a title, before a speech cue or an
                // age or "who"; but for "Forest", the rarest surname, only
                // after "the" or a place preposition: "Jemele Hill".)
                && !(matches!(
                    head,
                    "Hill" | "Hills" | "Forest" | "Beach" | "Plant" | "Field" | "Hall" | "Arena"
                )
                    && (kb.first_name_gender(words[0]).is_some()
                        || prev_is_title(ctx, kb, s)
                        || next_is_cue(ctx, e)
                        // ("Jo Forest, 19,", "Jo Forest, who ...": a person.)
                        || toks.get(e).is_some_and(|t| t.text == ",")
                            && toks.get(e + 1).is_some_and(|t| {
                                t.lower == "who" || t.text.bytes().all(|b| b.is_ascii_digit())
                            })
                        || head != "Forest"
                            && !(s > ctx.sent_tok[sent].start
                            && (toks[s - 1].lower == "the"
                                || PLACE_PREPS.contains(&toks[s - 1].lower.as_str())))))
                || place_first(words[0])
                // "Dasht-e Lut", "Sarpol-e Zahab": a Persian ezafe joins
                // the parts of a place's name.
                || words[0].len() > 3 && words[0].ends_with("-e")
                || matches!(head, "North" | "South" | "East" | "West" | "Central")
                    && !compass_word(words[0])
                    && district_evidence(ctx, s, e))
            || place_noun_after(ctx, words, s, e);
        // "in El Olivar", "Nyala and El Geneina": an unknown name opening
        // with a Spanish or Arabic article or a Spanish place noun, after a
        // place preposition or joined to a place, is a place ("El
        // Guerrouj" the runner and "La Liga" are not, elsewhere).
        let article_place = words.len() >= 2
            && matches!(
                words[0],
                "El" | "La" | "Las" | "Los" | "Villa" | "Puerto" | "Ciudad"
            )
            && s >= ctx.sent_tok[sent].start + 2
            && (PLACE_PREPS.contains(&toks[s - 1].lower.as_str())
                || matches!(toks[s - 1].text.as_str(), "and" | ",")
                    && cands
                        .iter()
                        .any(|c| c.end == toks[s - 2].end && c.kind == Kind::Place));
        let prev = s
            .checked_sub(1)
            .filter(|&p| p >= ctx.sent_tok[sent].start)
            .map(|p| toks[p].lower.as_str());
        let place_prep = prev.is_some_and(|p| PLACE_PREPS.contains(&p));
        let (start, end) = (toks[s].start, toks[e - 1].end);
        let after_the = prev == Some("the");
        // "the port of Bandar Abbas", "the town of Kafr Zita": the name a
        // place noun's "of" introduces is a place.
        let place_of = prev == Some("of")
            && !(words.len() == 1 && compass_word(words[0]))
            && s >= ctx.sent_tok[sent].start + 2
            && matches!(
                toks[s - 2].lower.as_str(),
                "port"
                    | "city"
                    | "town"
                    | "village"
                    | "province"
                    | "district"
                    | "county"
                    | "island"
                    | "suburb"
                    | "outskirts"
            );
        // After "in", "near", "outside" an unknown name is a place ("in El
        // Olivar"), unless a possessive follows ("in Boric's cabinet").
        let place_after = prev.is_some_and(locative)
            && toks
                .get(e)
                .is_none_or(|t| !matches!(t.text.as_str(), "'s" | "’s" | "'" | "’"));
        // "the Conservatives insisted", "the Democrats said": a plural
        // after "the" is a party or body, no person ("the MPs said" is
        // neither: a plural of an initialism names people in general).
        let plural_body = words.len() == 1
            && after_the
            && last.len() > 3
            && last.ends_with('s')
            && !last[..last.len() - 1]
                .chars()
                .all(|c| c.is_ascii_uppercase())
            && next_is_cue(ctx, e);
        let kind = if org || (after_the && words.len() >= 2 && !place_head) || plural_body {
            Some(Kind::Org)
        } else if place_head
            || article_place
            || place_of
            || (place_prep
                && kb
                    .resolve_place(&text[start..end], &ctx.context_countries())
                    .is_some())
            || (place_after && words.len() >= 2 && !sentence_initial)
        {
            Some(Kind::Place)
        } else if toks.get(e).is_some_and(|t| {
            t.sent == sent && is_cap(&t.text) && is_title(kb, &t.lower) && t.lower != "king"
        }) && !words.iter().any(|w| kb.first_name_gender(w).is_some())
            && s > ctx.sent_tok[sent].start
            && cands
                .iter()
                .any(|c| c.end + 1 == toks[s].start && c.kind == Kind::Org)
        {
            // "UN Emergency Relief Coordinator": a body's portfolio before
            // a title, no one's name.
            None
        } else if words[0].split_once('-').is_some_and(|(a, b)| {
            // (The rest of the run a place too, or the first a country:
            // "Ali-Akbar X" is a name, though Ali is a town.)
            let rest = text[toks[s].start + a.len() + 1..toks[e - 1].end].to_string();
            is_cap(b)
                && (country_by_name(kb, a).is_some() && kb.first_name_gender(b).is_none()
                    || kb.first_name_gender(a).is_none()
                        && place_country(kb, a).is_some()
                        && (country_by_name(kb, &rest).is_some()
                            || place_country(kb, &rest).is_some()))
        }) {
            // "Tehran-New Delhi ties", "Iran-South Africa": two places
            // joined, no one's name.
            None
        } else if matches!(words[0], "God" | "Allah")
            // ("the Qatari-owned Al Arabi newspaper": what is owned, run or
            // backed is no person; "the Iranian-born X" is.)
            || described_by.is_some_and(|p| !matches!(p, "born" | "educated" | "raised" | "trained"))
            || words.iter().any(|w| {
                w.split_once('-').is_some_and(|(_, b)| hyphened_participle(b))
            })
            // (A word in capitals, not a numeral: "FOLLOW US", "SILVER
            // VOLUME" are page furniture and table heads, "Smith QC" closes
            // with initials; but "Emmanuel MACRON" is a name, unless its
            // last word is a place's or a body's: a dateline run on, "Jane
            // Doe TEHRAN", or an acronym.)
            || words.iter().enumerate().any(|(k, w)| {
                w.len() >= 2
                    && all_caps(w)
                    && !(k > 0 && k + 1 == words.len() && w.len() >= 4 && {
                        let mut title = w.to_ascii_lowercase();
                        title[..1].make_ascii_uppercase();
                        !kb.lookup(&title).iter().any(|t| {
                            matches!(
                                t,
                                Target::City(_) | Target::Region(_) | Target::Country(_) | Target::Org(_)
                            )
                        })
                    })
            })
        {
            // "God Save the King"; "a US-backed Kurdish-Arab alliance": no
            // name holds a hyphened participle; nor opens with a word in
            // capitals.
            None
        } else if words[1..].iter().enumerate().any(|(x, w)| {
            *w == "on"
                // ("Cyrus the Great", "Pitt the Younger": an epithet.)
                || *w == "the" && x + 3 != words.len()
                || *w == "the" && !EPITHETS.contains(&words[x + 2])
        }) {
            // "Combating the Financing of Terrorism", "Convention on
            // Cybercrime": a title of a document or a programme; no
            // person's name holds these words.
            None
        } else if (words.len() >= 2 && words.len() <= 5 && !sentence_initial)
            || (words.len() >= 2
                && words.len() <= 4
                && sentence_initial
                && (next_is_cue(ctx, e) || prev_is_title(ctx, kb, s)))
            || (words.len() >= 3
                && sentence_initial
                && !not_name(words[0])
                && words.iter().all(|w| is_cap(w)))
            || (words.len() >= 2
                && words.len() <= 3
                && sentence_initial
                && (proper_subject(ctx, sent, s, e)
                    || !not_name(words[0])
                        && apposition_title(ctx, kb, e, kb.first_name_gender(words[0]).is_some())
                    // "John Smith of the BBC said": a first name and an
                    // affiliation with a known body after the run.
                    // (Not a team or college named for its town: "Dallas
                    // Cowboys of the NFL", "Virginia Tech of the ACC".)
                    || kb.first_name_gender(words[0]).is_some()
                        && place_country(kb, words[0]).is_none()
                        && ctx
                            .lex
                            .lemma(&toks[e - 1].lower)
                            .is_none_or(|l| l.len() >= toks[e - 1].lower.len())
                        && affiliation_follows(ctx, &cands, e)))
            || (words.len() == 1
                && !sentence_initial
                // ("the General Staff agreed": a body's or an event's word
                // is no surname, before a cue or after a title.)
                && !name_head(words[0])
                // "an Islamic state that", "the Islamic state that": a word
                // after an article modifies a noun, whatever the cue list
                // says of the noun.
                && !matches!(prev, Some("a" | "an" | "the"))
                // ("thanked Islamic states for", "the key Maekawa report": a
                // cue word the tagger reads as a noun, after a modifier or
                // with no complement a verb takes, is no speech verb; an
                // adjective is no name. "Nowak warns of unrest" stays.)
                && (next_is_cue(ctx, e)
                    && !(upos_at(ctx, e) == Some("NOUN")
                        && (s > ctx.sent_tok[sent].start
                            && matches!(upos_at(ctx, s - 1), Some("ADJ" | "DET" | "NUM"))
                            || !toks.get(e + 1).is_some_and(|n| {
                                matches!(
                                    n.lower.as_str(),
                                    "that" | "of" | "about" | "on" | "to" | "it" | "he" | "she"
                                        | "they" | "the" | "a" | "an"
                                )
                            })))
                    && upos_at(ctx, s) != Some("ADJ")
                    // ("the IAEA General Conference": a body's or an
                    // event's word after a title word is no surname.)
                    // ("Gen Z": nor a lone letter.)
                    || prev_is_title(ctx, kb, s)
                        && !self::place_head(words[0])
                        && words[0].len() > 1))
        {
            Some(Kind::Person)
        } else {
            // A lone capitalised word is kept below only if it turns out to be a surname.
            None
        };
        // "Minister of Housing and Urban Development Ali Abdolalizadeh",
        // "the Ministry of Science, Research and Technology": portfolio
        // words opening a person's run are the office's, not the name's; a
        // run of nothing else is no person.
        // "Governor General of Kerman Province Ali Reza Karimi": after
        // an office's "of", a province, county or district named with its
        // word, then a first name: the place, then the person.
        let province_split = (kind == Some(Kind::Person) && prev == Some("of") && words.len() >= 4)
            .then(|| {
                (1..words.len() - 2).find(|&p| {
                    matches!(
                        words[p],
                        "Province" | "County" | "District" | "Governorate" | "Prefecture"
                    ) && kb.first_name_gender(words[p + 1]).is_some()
                        // ("Head of Police District X": a body's district.)
                        && words[..p].iter().all(|w| !org_head(w) && !portfolio_word(w))
                })
            })
            .flatten()
            .filter(|_| office_of_before(ctx, kb, s, sent));
        let (kind, start) = match kind {
            Some(Kind::Person) if portfolio_word(words[0]) => {
                let p = words
                    .iter()
                    .position(|w| !portfolio_word(w) && *w != "and")
                    .unwrap_or(words.len());
                // (Only after the office's "of", "for" or "and": elsewhere
                // "International Humanitarian Law" is nobody at all.)
                let after_office = s > ctx.sent_tok[sent].start
                    && matches!(toks[s - 1].text.as_str(), "of" | "for" | "and" | ",");
                if words.len() - p >= 2 && after_office {
                    (kind, toks[s + p].start)
                } else {
                    (None, start)
                }
            }
            Some(Kind::Person) if province_split.is_some() => {
                let p = province_split.unwrap_or_default();
                // (The province resolved by its name without its
                // word, as "Kerman" alone would be, when it is one.)
                let region = kb
                    .lookup(&text[start..toks[s + p - 1].end])
                    .iter()
                    .copied()
                    .find(|t| matches!(t, Target::Region(_)));
                cands.push(Cand::bare(
                    start,
                    toks[s + p].end,
                    sent,
                    Kind::Place,
                    region,
                    "name",
                ));
                places.push((start, toks[s + p].end));
                (kind, toks[s + p + 1].start)
            }
            // "the Special Envoy on Climate Change": what an office is on is
            // its subject, nobody.
            Some(Kind::Person)
                if prev == Some("on")
                    && s >= ctx.sent_tok[sent].start + 2
                    && is_cap(&toks[s - 2].text)
                    && is_title(kb, &toks[s - 2].lower) =>
            {
                // (A known first name ends the subject: "the Envoy on
                // Climate Change John Kerry".)
                match (1..words.len().saturating_sub(1))
                    .find(|&p| kb.first_name_gender(words[p]).is_some())
                {
                    Some(p) => (kind, toks[s + p].start),
                    None => (None, start),
                }
            }
            // "Bank Mellat", "Radio Farda", "Group Menatep", "Army Knife":
            // a name opened by a body's or a thing's word is no person's;
            // banks, stations, airlines and clubs are so named.
            Some(Kind::Person)
                if words.len() >= 2
                    && name_head(words[0])
                    && kb.first_name_gender(words[0]).is_none() =>
            {
                // ("Republican Mitt Romney", "Director of the Observatory
                // Rami Abdurrahman": a name after a party label, or after
                // the body an office before it is of, is the person's.)
                let named_after = (3..=4).contains(&words.len())
                    && kb.title(&toks[s + 1].lower).is_none()
                    && !words[1].ends_with('.')
                    && (s + 1..e).all(|k| proper_name_word(ctx, k))
                    && (matches!(words[0], "Republican" | "Democrat")
                        || office_of_before(ctx, kb, s, sent));
                if name_opening_firm(words[0]) {
                    (Some(Kind::Org), start)
                } else if named_after {
                    (kind, toks[s + 1].start)
                } else {
                    (None, start)
                }
            }
            // "South Pars", "West Karoun", "Old Trafford": a compass or
            // other place word opens no person's name; a short run so
            // opened is a place.
            Some(Kind::Person) if compass_word(words[0]) => {
                if head == "House" {
                    // "the Lower House", "the Upper House" of a parliament.
                    (Some(Kind::Org), start)
                } else if words.len() <= 3 {
                    (Some(Kind::Place), start)
                } else {
                    (None, start)
                }
            }
            _ => (kind, start),
        };
        if kind == Some(Kind::Place) {
            places.push((start, end));
        }
        match kind {
            Some(k) => cands.push(Cand {
                start,
                end,
                sent,
                kind: k,
                target: None,
                mkind: "name",
                roles: Vec::new(),
                country: based_country,
                sector: None,
                metonym: None,
                igo: None,
            }),
            None if words.len() == 1 => cands.push(Cand {
                start,
                end,
                sent,
                kind: Kind::Person,
                target: None,
                mkind: "maybe",
                roles: Vec::new(),
                country: None,
                sector: None,
                metonym: None,
                igo: None,
            }),
            None => {}
        }
        i = j.max(i + 1);
    }
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    // Drop candidates nested in an earlier one, in place (the kept ones
    // move at most once, into no new vector).
    let mut kept_end: Option<usize> = None;
    cands.retain(|c| {
        if kept_end.is_some_and(|end| c.start < end) {
            return false;
        }
        kept_end = Some(c.end);
        true
    });

    // Organisation names that open with a demonym or country ("Iraqi Security Forces").
    merge_demonym_orgs(ctx, kb, &mut cands);
    merge_of_country_orgs(ctx, kb, &mut cands);
    merge_igo_bodies(ctx, kb, &mut cands);
    extend_org_subbodies(ctx, &mut cands);
    org_evidence(ctx, kb, &mut cands);

    // 3. Titles, roles and affiliations around people.
    // The tokens a person's candidate starts at (candidates are sorted by
    // start and do not overlap), for the walks back from each person.
    // (1 a person's name; 2 a lone capitalised word that may be nobody,
    // which only a list of capitalised words up to the name's comma may
    // hold: "the Minister of Labour, X,".)
    let mut person_at = vec![0u8; toks.len()];
    for c in &cands {
        if c.kind == Kind::Person {
            let ti = ctx.tok_at(c.start);
            if toks.get(ti).is_some_and(|t| t.start == c.start) {
                person_at[ti] = if c.mkind == "maybe" { 2 } else { 1 };
            }
        }
    }
    for ci in 0..cands.len() {
        if cands[ci].kind != Kind::Person {
            continue;
        }
        let (roles, country) = roles_before(ctx, kb, &cands, &person_at, ci);
        cands[ci].roles.extend(roles);
        if cands[ci].country.is_none() {
            cands[ci].country = country;
        }
        let (roles, country) = roles_after(ctx, kb, &cands, ci);
        cands[ci].roles.extend(roles);
        if cands[ci].country.is_none() {
            cands[ci].country = country;
        }
    }
    // "X met his Swiss counterpart Y": Y holds X's office, for the country
    // named before "counterpart" (after the roles above, which X's may be).
    for ci in 0..cands.len() {
        if cands[ci].kind != Kind::Person
            || cands[ci].target.is_some()
            || !cands[ci].roles.is_empty()
        {
            continue;
        }
        if let Some((role, country)) = counterpart_role(ctx, kb, &cands, ci) {
            cands[ci].roles.push(role);
            cands[ci].country.get_or_insert(country);
        }
    }

    // 4. Group into entities.
    let mut ents: Vec<Ent> = Vec::with_capacity(cands.len());
    let mut ments: Vec<Ment> = Vec::with_capacity(2 * cands.len());
    // Acronyms given in parentheses after an organisation's name
    // ("National Electoral Council (CNE)"), whatever their letters.
    let mut aliases: Vec<(&str, usize)> = Vec::new();
    for (ci, c) in cands.iter().enumerate() {
        let surface = &text[c.start..c.end];
        // An acronym in parentheses right after an organisation's name:
        // that name's candidate and entity.
        let named_before = ci
            .checked_sub(1)
            .filter(|&p| {
                c.kind == Kind::Org
                    && is_initialism(surface)
                    && text[..c.start].ends_with(" (")
                    && text[c.end..].starts_with(')')
                    && cands[p].kind == Kind::Org
                    && cands[p].end + 2 == c.start
            })
            .and_then(|p| Some((p, ments.iter().rfind(|m| m.start == cands[p].start)?.ent)));
        let mut paren_of = named_before
            .filter(|_| c.target.is_none() && surface.len() >= 2)
            .map(|(_, ei)| ei);
        // "Palestinian Liberation Organization (PLO)": a known acronym in
        // parentheses links the variant spelling of the name before it; an
        // acronym the text defines for another name ("Financial Services
        // Authority (FSA)") is that name's, whatever the knowledge base's
        // sense of it.
        let paren_links = c.target.and_then(|t| {
            let (p, ei) = named_before?;
            if cands[p].target.is_some() || ents[ei].target.is_some() {
                return None;
            }
            let name = &text[cands[p].start..cands[p].end];
            let resembles = match t {
                Target::Org(o) => kb.org(o).is_some_and(|o| {
                    std::iter::once(&o.name)
                        .chain(&o.aliases)
                        .any(|n| names_resemble(name, n))
                }),
                Target::Group(g) => kb.group(g).is_some_and(|g| {
                    std::iter::once(&g.name)
                        .chain(&g.forms)
                        .any(|n| names_resemble(name, n))
                }),
                _ => kb_name(kb, t).is_some_and(|n| names_resemble(name, &n)),
            };
            if resembles {
                // Already named in full: the acronym stays with that entity.
                (!ents
                    .iter()
                    .any(|e| e.target.is_some_and(|x| same_target(x, t))))
                .then_some(ei)
            } else {
                if initials_are(name, surface) {
                    paren_of = Some(ei);
                }
                None
            }
        });
        if let (Some(ei), Some(t)) = (paren_links, c.target) {
            let e = &mut ents[ei];
            e.target = Some(t);
            e.kb = kb_key(kb, t);
            if let Some(n) = kb_name(kb, t) {
                e.name = n;
            }
        }
        let defined_alias = aliases
            .iter()
            .find(|(a, _)| *a == surface)
            .map(|(_, ei)| *ei);
        let existing = match c.target {
            Some(_) if paren_links.is_some() => paren_links,
            Some(_) if paren_of.is_some() => paren_of,
            Some(_) if defined_alias.is_some() => defined_alias,
            // "Hafez al-Assad ... Assad said", "Norman Baker ... Baker": a
            // lone surname is the person the article already named in
            // full, unless the knowledge base's own pick is named too.
            Some(t @ Target::Person(_)) if !surface.contains(' ') => ents
                .iter()
                .position(|e| e.target.is_some_and(|x| same_target(x, t)))
                .or_else(|| {
                    ents.iter().rposition(|e| {
                        e.kind == Kind::Person
                            && e.name
                                .strip_suffix(surface)
                                .is_some_and(|h| h.ends_with([' ', '-']))
                    })
                }),
            Some(t) => ents
                .iter()
                .position(|e| e.target.is_some_and(|x| same_target(x, t)))
                .or_else(|| surname_over_place(ctx, &ents, c, surface)),
            None => paren_of
                .or(defined_alias)
                .or_else(|| find_by_name(&ents, surface, c.kind)),
        };
        if let Some(ei) = paren_of {
            aliases.push((surface, ei));
        }
        let (ei, mkind) = match existing {
            Some(ei) => {
                let mk = if c.mkind == "maybe"
                    || (ents[ei].name.len() > surface.len()
                        && c.kind == Kind::Person
                        && c.target.is_none())
                    || (c.kind == Kind::Place && ents[ei].kind == Kind::Person)
                {
                    "surname"
                } else {
                    c.mkind
                };
                (ei, mk)
            }
            None => {
                if c.mkind == "maybe" {
                    continue;
                }
                let name = c.target.map_or_else(
                    || surface.to_string(),
                    |t| kb_name(kb, t).unwrap_or_else(|| surface.to_string()),
                );
                // "Bahram Qassemi ... Qassemi said", where the knowledge
                // base spells him "Bahram Qasemi": the surname as written
                // names the person too.
                if c.kind == Kind::Person && name != surface {
                    if let Some((_, last)) = surface.rsplit_once(' ') {
                        if !name.ends_with(last) {
                            aliases.push((last, ents.len()));
                        }
                    }
                }
                ents.push(Ent {
                    name,
                    kind: c.kind,
                    roles: Vec::new(),
                    actor: None,
                    country: c.country.clone(),
                    sector: c.sector.clone(),
                    kb: c.target.and_then(|t| kb_key(kb, t)),
                    target: c.target,
                    place: None,
                    affiliation: None,
                    metonym_of: None,
                    igo: c.igo,
                });
                (ents.len() - 1, c.mkind)
            }
        };
        let e = &mut ents[ei];
        if c.kind == Kind::Person
            && c.target.is_none()
            && surface.len() > e.name.len()
            && mkind == "name"
        {
            e.name = surface.to_string();
        }
        for r in &c.roles {
            if !e.roles.iter().any(|x| x.title == r.title && x.of == r.of) {
                e.roles.push(r.clone());
            }
        }
        if e.country.is_none() {
            e.country.clone_from(&c.country);
        }
        if e.igo.is_none() {
            e.igo = c.igo;
        }
        if c.metonym.is_some() {
            e.metonym_of.clone_from(&c.metonym);
        }
        let mk = if c.metonym.is_some() {
            "metonym"
        } else {
            mkind
        };
        // "Alexandre de Moraes ... de Moraes said": a lone surname keeps the
        // lowercase particle the full name gives it.
        let mut start = c.start;
        if mk == "surname" {
            let ti = ctx.tok_at(c.start);
            if ti > ctx.sent_tok[c.sent].start && toks.get(ti).is_some_and(|t| t.start == c.start) {
                let p = &toks[ti - 1];
                if p.end + 1 == c.start
                    && matches!(
                        p.text.as_str(),
                        "de" | "da"
                            | "do"
                            | "dos"
                            | "das"
                            | "del"
                            | "van"
                            | "von"
                            | "der"
                            | "den"
                            | "du"
                            | "di"
                            | "le"
                            | "la"
                            | "bin"
                            | "ben"
                    )
                    && ents[ei]
                        .name
                        .ends_with(&format!(" {} {}", p.text, &text[c.start..c.end]))
                {
                    start = p.start;
                }
            }
        }
        ments.push(Ment {
            start,
            end: c.end,
            kind: mk,
            ent: ei,
            sent: c.sent,
        });
    }

    // 5. Affiliations: "Fatah Alliance's Hanin al-Qaddo".
    for mi in 0..ments.len() {
        let m = &ments[mi];
        if ents[m.ent].kind != Kind::Person {
            continue;
        }
        let ti = ctx.tok_at(m.start);
        let possessive = |k: usize| matches!(toks[k].text.as_str(), "'s" | "’s" | "'" | "’");
        // "Fatah Alliance's Hanin al-Qaddo": the body's mention ends right
        // before the possessive before the name.
        let mut before: Option<(usize, Option<rec::Span>)> = (ti >= 2
            && matches!(toks[ti - 1].lower.as_str(), "'s" | "’s"))
        .then(|| (toks[ti - 2].end, None));
        // "Kestrel Securities' top analyst Jo Ray", "Boreal Bank chief
        // economist Jo Ray": a body before a title with no complement,
        // over its possessive and up to two modifiers, is the affiliation
        // too, and what the title is of.
        if before.is_none() {
            before = ents[m.ent]
                .roles
                .iter()
                // (Not one who rules on, pleads against or watches the body:
                // "Google antitrust judge X".)
                .filter(|r| {
                    r.of.is_none()
                        && !matches!(
                            r.title.as_str(),
                            "judge"
                                | "lawyer"
                                | "attorney"
                                | "prosecutor"
                                | "critic"
                                | "investigator"
                                | "inspector"
                                | "auditor"
                                | "regulator"
                                | "monitor"
                                | "observer"
                                | "victim"
                        )
                        && kb.title(&r.title).is_none_or(|t| t.sector != "JUD")
                })
                .find_map(|r| {
                    r.span.filter(|sp| {
                        sp.end <= m.start && text[sp.end..m.start].bytes().all(|b| b == b' ')
                    })
                })
                .and_then(|sp| {
                    let mut k = ctx.tok_at(sp.start);
                    let mut skipped = 0;
                    while k > 0
                        && skipped < 2
                        && toks[k - 1].sent == toks[ti].sent
                        && toks[k - 1].text.bytes().all(|b| b.is_ascii_lowercase())
                        && matches!(upos_at(ctx, k - 1), Some("ADJ" | "NOUN"))
                    {
                        k -= 1;
                        skipped += 1;
                    }
                    if k >= 2 && possessive(k - 1) {
                        k -= 1;
                    }
                    (k >= 1 && toks[k - 1].sent == toks[ti].sent)
                        .then(|| (toks[k - 1].end, Some(sp)))
                });
        }
        if let Some((prev_end, title_span)) = before {
            if let Some(pm) = ments.iter().find(|x| x.end == prev_end) {
                if ents[pm.ent].kind == Kind::Org && ents[m.ent].affiliation.is_none() {
                    let aff = pm.ent;
                    let aff_name = ents[aff].name.clone();
                    let ent = m.ent;
                    ents[ent].affiliation = Some(aff);
                    if let Some(r) = title_span
                        .and_then(|sp| ents[ent].roles.iter_mut().find(|r| r.span == Some(sp)))
                    {
                        r.of = Some(aff_name);
                    } else if !ents[ent]
                        .roles
                        .iter()
                        .any(|r| r.of.as_deref() == Some(aff_name.as_str()))
                    {
                        ents[ent].roles.push(rec::Role {
                            title: "member".into(),
                            of: Some(aff_name),
                            span: None,
                            former: false,
                        });
                    }
                }
            }
        }
    }

    // 6. Anaphora: pronouns, "the coalition", "the president".
    anaphora(ctx, kb, &ents, &mut ments, &anaphor_toks);
    ments.sort_by_key(|m| (m.start, m.end));
    ments.dedup_by_key(|m| (m.start, m.end));

    // 7. Actor codes and places.
    let as_of = if ctx.published.is_none() {
        office_window(kb, &ents)
    } else {
        None
    };
    let date = ctx.published;
    // Each entity's country as of the article's date, asked once per
    // entity: the passes below read it at every mention.
    let live: Vec<Option<&str>> = ents
        .iter()
        .map(|e| live_country(kb, e.target, date))
        .collect();
    let mut order: Vec<usize> = (0..ents.len()).collect();
    // Organisations and countries first: people may take their codes.
    // People who speak for or work at someone named ("a spokesman for
    // Prime Minister X", "head of research at Y") after the others.
    // People the knowledge base knows take their codes from it, so they
    // go before the unknown ones that may take theirs.
    order.sort_by_key(|&i| {
        let e = &ents[i];
        u8::from(e.kind == Kind::Person)
            + u8::from(e.target.is_none() && e.roles.iter().any(|r| r.of.is_some()))
    });
    // The forms each entity is written in, in text order: one pass over
    // the mentions (not one per entity), borrowing the text.
    let forms = Forms::of(&ents, &ments, text);
    // The one country the article names, if it names exactly one: the
    // country of an office whose holder is named without one ("Defence
    // Minister Pierre Joxe" in a story about France alone).
    // Capitals standing for their governments ("Washington") count too.
    let named: std::collections::BTreeSet<&str> = ents
        .iter()
        .filter_map(|e| match e.target {
            Some(Target::Country(c) | Target::Demonym(c)) => kb
                .countries()
                .get(c.index())
                .filter(|c| !gone(c, date))
                .map(|c| c.iso3.as_str()),
            _ => e.metonym_of.as_deref(),
        })
        .collect();
    // A national paper's own country, when the article names no country
    // at all: a foreign story names its country. (Naming the paper's own
    // among others is no evidence: half the offices so coded were foreign.)
    // Before it, the one country the headline names ("JAPAN MARCH BOND
    // COUPON SEEN UNCHANGED" over "The Finance Ministry has proposed ..."):
    // a wire story's body need not name its country again.
    // For bodies, last, the one country its places and known bodies are
    // all in (a wire story about "the Minnesota senator" and "the Senate"
    // names no country, but every place it names is American).
    let place_home = (|| {
        let mut one: Option<&str> = None;
        for e in &ents {
            let c = match e.target {
                Some(t @ (Target::Region(_) | Target::City(_))) if !kb.is_weak(t) => {
                    live_country(kb, Some(t), date)
                }
                Some(Target::Org(o)) => kb
                    .org(o)
                    .filter(|o| o.kind != "media")
                    .and_then(|o| o.country.as_deref()),
                _ => None,
            };
            match (one, c) {
                (None, Some(c)) => one = Some(c),
                (Some(x), Some(c)) if x != c => return None,
                _ => {}
            }
        }
        one.map(str::to_owned)
    })()
    .filter(|_| named.is_empty());
    let outlet_home = ctx
        .headline_country
        .clone()
        .or_else(|| ctx.outlet_country.clone())
        .filter(|_| named.is_empty());
    let sole_country = (named.len() == 1)
        .then(|| named.first().map(|c| (*c).to_string()))
        .flatten();
    // Failing that, the country the article is plainly about: the most
    // mentioned one (the dateline counts twice) with at least twice the
    // mentions of any other.
    let home_country = sole_country.clone().or_else(|| {
        let counts = country_mentions(ctx, kb, &ents, &ments);
        let top = counts.first()?;
        let second = counts.get(1).map_or(0, |c| c.1);
        (top.1 >= 2 * second.max(1)).then(|| top.0.to_owned())
    });
    // The one country each sentence names (by country, demonym or place),
    // which beats the article's for an office named there ("In Kyiv,
    // President ..." in a story about Washington).
    let sentence_country: Vec<Option<&str>> = {
        let mut per: Vec<Option<Option<&str>>> = vec![None; ctx.sents.len()];
        // Whether each entity's name is ambiguous, asked at its first
        // mention and kept for the others (one lookup per entity, not per
        // mention).
        let mut ambiguous_ent: Vec<Option<bool>> = vec![None; ents.len()];
        for m in &ments {
            let Some(e) = ents.get(m.ent) else {
                continue;
            };
            let Some(c) = live.get(m.ent).copied().flatten() else {
                continue;
            };
            // A name that is also a place elsewhere ("Georgia", a country
            // and a US state) leaves the sentence's country uncertain.
            let ambiguous = *ambiguous_ent[m.ent].get_or_insert_with(|| {
                matches!(e.target, Some(Target::Country(_)))
                    && kb.lookup(&e.name).iter().any(|x| {
                        matches!(x, Target::Region(_))
                            && live_country(kb, Some(*x), date).is_some_and(|o| o != c)
                    })
            });
            if let Some(slot) = per.get_mut(m.sent) {
                *slot = match slot.take() {
                    _ if ambiguous => Some(None),
                    None => Some(Some(c)),
                    Some(Some(x)) if x == c => Some(Some(x)),
                    Some(_) => Some(None),
                };
            }
        }
        per.into_iter().map(Option::flatten).collect()
    };
    // Every country each sentence names.
    let sentence_sets: Vec<Vec<&str>> = {
        let mut sets: Vec<Vec<&str>> = vec![Vec::new(); ctx.sents.len()];
        for m in &ments {
            if let Some(c) = live.get(m.ent).copied().flatten() {
                if let Some(set) = sets.get_mut(m.sent) {
                    if !set.contains(&c) {
                        set.push(c);
                    }
                }
            }
        }
        sets
    };
    // For a sentence that names no country, the dateline's country: a wire
    // story names the offices of its dateline's country without it
    // ("TAIPEI - ... Defence Minister X told lawmakers") and qualifies
    // foreign ones. It goes before the article's dominant country when the
    // text names it besides the dateline (a story datelined Geneva about
    // Syria is about Syria), else after it.
    let in_text = text_dateline_country.is_some();
    let dateline_country = ctx
        .dateline_place
        .as_ref()
        .and_then(|dp| kb.resolve_place(dp, &[]))
        .map(|hit| hit.country.to_string())
        .or(text_dateline_country);
    let dateline_named = dateline_country.as_ref().is_some_and(|dc| {
        let n = ments
            .iter()
            .filter(|m| {
                live.get(m.ent)
                    .copied()
                    .flatten()
                    .is_some_and(|c| c == dc.as_str())
            })
            .count();
        n > usize::from(in_text)
    });
    // Each entity's first mention, from one pass over the mentions.
    let mut first_ment: Vec<Option<usize>> = vec![None; ents.len()];
    for (mi, m) in ments.iter().enumerate() {
        if let Some(f @ None) = first_ment.get_mut(m.ent) {
            *f = Some(mi);
        }
    }
    for ei in order {
        let first = first_ment
            .get(ei)
            .copied()
            .flatten()
            .and_then(|mi| ments.get(mi));
        let first_sent = first.map(|m| m.sent);
        let sentence = first_sent
            .and_then(|si| sentence_country.get(si).copied().flatten())
            .map(str::to_owned);
        let dateline = first_sent
            .filter(|&si| sentence_sets.get(si).is_some_and(Vec::is_empty))
            .and_then(|_| dateline_country.clone());
        let dateline_of_sentence = dateline.clone();
        // "Tourism Minister X made an appeal to Indian media", "MP X said
        // talks would wait as long as the U.S. refuses": a country named
        // only after a person in their sentence is more often the other
        // party than theirs; the dateline's or the article's country goes
        // first then.
        let only_after = ents[ei].kind == Kind::Person
            && first.is_some_and(|f| {
                sentence.as_ref().is_some_and(|c| {
                    !ments.iter().any(|m| {
                        m.sent == f.sent
                            && m.start < f.start
                            && live
                                .get(m.ent)
                                .copied()
                                .flatten()
                                .is_some_and(|x| x == c.as_str())
                    })
                })
            });
        // Last, a national paper's own country for an office or a state
        // body ("Health Minister X" in the Tehran Times, naming no
        // country); not for firms and people, whom papers cover anywhere.
        // (The places' country for bodies only: a minister who "told
        // reporters in Baghdad" may be the visitor.)
        let outlet_home = outlet_home
            .clone()
            .or_else(|| place_home.clone().filter(|_| ents[ei].kind == Kind::Org))
            .filter(|_| state_sector(kb, &ents[ei]));
        let fallback = if only_after {
            if dateline_named {
                dateline_country.clone().or_else(|| home_country.clone())
            } else {
                home_country.clone().or_else(|| dateline_country.clone())
            }
            .or_else(|| sentence.clone())
            .or_else(|| outlet_home.clone())
        } else {
            // A sentence naming several countries, the dateline's among
            // them ("AMMAN - Jordan recalled its ambassador to Israel ...,
            // the Foreign Ministry said"): a wire story's unqualified office
            // is the dateline country's.
            // Bodies only: people in such sentences are often the visitors.
            let dateline_here = first_sent
                .filter(|_| ents[ei].kind == Kind::Org)
                .and_then(|si| sentence_sets.get(si))
                .and_then(|set| {
                    dateline_country
                        .clone()
                        .filter(|dc| set.contains(&dc.as_str()))
                });
            if dateline_named {
                sentence
                    .clone()
                    .or(dateline_here)
                    .or(dateline)
                    .or_else(|| home_country.clone())
            } else {
                sentence
                    .clone()
                    .or(dateline_here)
                    .or_else(|| home_country.clone())
                    .or(dateline)
            }
            .or_else(|| outlet_home.clone())
        };
        // "President X gave a warm welcome to South African leader Y": when
        // the article's only country is named nowhere but after the person
        // in their sentence, as another's title ("South African leader",
        // "Russian Foreign Minister"), it is the other party's, and nothing
        // gives the person a country. ("Commander X said the Iranian Navy
        // ..." names the commander's own.)
        let others_title = |end: usize| {
            let ti = ctx.tok_at(end);
            let titled = ctx
                .toks
                .get(ti)
                .is_some_and(|t| is_title(kb, &t.lower) || kb.title_words_from(&t.lower) > 1);
            // The title's holder is named right after it.
            let holder = || {
                let reach = ctx.toks.get(ti + 4).map_or(usize::MAX, |t| t.end);
                ments.iter().any(|m| {
                    m.start > end
                        && m.start < reach
                        && ents.get(m.ent).is_some_and(|e| e.kind == Kind::Person)
                })
            };
            ctx.toks.get(ti).is_some_and(|t| t.lower == "counterpart") || (titled && holder())
        };
        let only_other_party = only_after
            && sole_country.is_some()
            && sole_country == sentence
            && first.is_some_and(|f| {
                ments.iter().all(|m| {
                    live.get(m.ent)
                        .copied()
                        .flatten()
                        .is_none_or(|c| Some(c) != sole_country.as_deref())
                        || (m.sent == f.sent && m.start > f.start && others_title(m.end))
                })
            });
        // "Sen. Tim Kaine, D-Va.,", "Rep. Jo Ray (R-Texas)": a US party and
        // state after a person's name make their office American, whatever
        // country the story is about.
        let us_tagged = ents[ei].kind == Kind::Person
            && ments
                .iter()
                .any(|m| m.ent == ei && m.kind == "name" && us_party_state(ctx.text, m.end));
        let (sole, fallback, sentence) = if us_tagged {
            (
                Some("USA".to_owned()),
                Some("USA".to_owned()),
                Some("USA".to_owned()),
            )
        } else if only_other_party {
            (
                None,
                dateline_country.clone().or_else(|| outlet_home.clone()),
                None,
            )
        } else {
            (sole_country.clone(), fallback, sentence)
        };
        // An undated article's known people take the code its window of
        // days gives them when no day in it would give another.
        let date = date.or_else(|| match (as_of, ents[ei].target) {
            (Some((from, to)), Some(Target::Person(p))) => {
                steady_code(kb, p, from, to).then_some(from)
            }
            _ => None,
        });
        let code = body_part_owner(ctx.text, kb, &ents, &ments, ei).or_else(|| {
            actor_code(
                kb,
                &ents,
                &forms,
                ei,
                date,
                Homes {
                    sole: sole.as_deref(),
                    fallback: fallback.as_deref(),
                    sentence: sentence.as_deref(),
                    dateline: dateline_of_sentence.as_deref(),
                    text: ctx.text,
                },
            )
        });
        let e = &mut ents[ei];
        if e.country.is_none() {
            e.country = code
                .as_deref()
                .map(|c| {
                    // The first three characters, sliced rather than
                    // collected one by one, and copied only when a country.
                    let end = c.char_indices().nth(3).map_or(c.len(), |(i, _)| i);
                    &c[..end]
                })
                .filter(|c| kb.country(c).is_some())
                .map(str::to_owned);
        }
        e.actor = code;
    }
    let context = ctx.context_countries();
    // Entities a mention of which is called a province ("Kerman province",
    // "the province of Homs"): the region, not its capital city.
    let mut region_named = vec![false; ents.len()];
    for m in &ments {
        if m.ent < region_named.len() && names_region(ctx.text, m.start, m.end) {
            region_named[m.ent] = true;
        }
    }
    for (ei, e) in ents.iter_mut().enumerate() {
        // (A capital read as its government somewhere, "Paris demanded",
        // is still the place "met in Paris" names: its coordinates are
        // kept for the events placed there.)
        if matches!(e.kind, Kind::Place | Kind::Country) {
            // The name resolved in the countries the article names; when
            // that lands outside them, the place the name's mentions were
            // linked to (chosen with the places and people named too:
            // "Cadiz" after Madrid), unless the name is a sea or area.
            let by_name = kb.resolve_place(&e.name, &context);
            let linked = e
                .target
                .filter(|t| matches!(t, Target::City(_) | Target::Region(_)))
                .and_then(|t| kb.place_of(t));
            let hit = match (by_name, linked) {
                (Some(n), Some(l))
                    if n.target != l.target
                        && n.feature != "area"
                        && (!context.contains(&n.country)
                            // The linker's own guard against a town in
                            // context ("Geneva" in an American story), and
                            // a region a mention calls a province.
                            || holds_against_town(kb, l.target, n.target)
                            || region_named[ei]
                                && l.feature == "region"
                                && city_of(kb, n.target).is_some()) =>
                {
                    Some(l)
                }
                (n, l) => n.or(l),
            };
            if let Some(hit) = hit {
                // The knowledge-base key names the place the coordinates
                // are of ("Washington" the city, not the state; "Gulf" the
                // Persian Gulf, not Papua New Guinea's province).
                if matches!(e.target, Some(Target::City(_) | Target::Region(_)))
                    && matches!(hit.target, Target::City(_) | Target::Region(_))
                {
                    e.target = Some(hit.target);
                    e.kb = kb_key(kb, hit.target);
                }
                e.place = Some(rec::Place {
                    lat: hit.lat,
                    lon: hit.lon,
                    country: hit.country.to_string(),
                    region: hit.region.filter(|r| !r.is_empty()).map(str::to_string),
                    feature: hit.feature.to_string(),
                });
                if e.country.is_none() && !hit.country.is_empty() {
                    e.country = Some(hit.country.to_string());
                }
            }
        }
    }
    Entities { ents, ments, as_of }
}

/// Whether the text calls the name at `start..end` a first-level region:
/// "Kerman province", "the province of Homs", "Deir ez-Zor Governorate".
fn names_region(text: &str, start: usize, end: usize) -> bool {
    const WORDS: &[&str] = &["province", "governorate", "oblast", "prefecture"];
    let after = text.get(end..).unwrap_or_default();
    let next = after
        .strip_prefix(' ')
        .unwrap_or_default()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let before = text.get(..start).unwrap_or_default().trim_end();
    WORDS.iter().any(|w| {
        next.eq_ignore_ascii_case(w)
            || before
                .strip_suffix(" of")
                .and_then(|b| b.get(b.len().saturating_sub(w.len())..))
                .is_some_and(|b| b.eq_ignore_ascii_case(w))
    })
}

/// How far into the text a dateline may open a line (after a headline
/// and a date line).
const DATELINE_REACH: usize = 400;

/// The place and agency of a dateline that opens the text or one of its
/// first lines (`BAGHDAD (Reuters) -`, `NEW DELHI, Feb 10 (AFP) -`): the
/// place in capitals, resolved case-insensitively, and the agency when the
/// knowledge base knows it.
fn dateline_mentions(
    ctx: &Ctx<'_>,
    kb: &Kb,
    cands: &mut Vec<Cand>,
    covered: &mut [bool],
) -> Option<String> {
    let text = ctx.text;
    let mut reach = DATELINE_REACH.min(text.len());
    while !text.is_char_boundary(reach) {
        reach -= 1;
    }
    let starts = std::iter::once(0).chain(text[..reach].match_indices('\n').map(|(i, _)| i + 1));
    for line in starts {
        let rest = &text[line..];
        let s = line + (rest.len() - rest.trim_start().len());
        if !text[s..].chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let (Some(dl), used) = dateline_text::header::parse_dateline(&text[s..]) else {
            continue;
        };
        let Some(place) = dl.place.as_deref() else {
            continue;
        };
        // The place as written, before any ", REGION".
        let written = place.split(',').next().unwrap_or(place).trim();
        if !text[s..].starts_with(written) {
            continue;
        }
        let pe = s + written.len();
        let Some(hit) = kb.resolve_place(written, &[]) else {
            continue;
        };
        let kind = match hit.target {
            Target::Country(_) => Kind::Country,
            Target::City(_) | Target::Region(_) => Kind::Place,
            _ => continue,
        };
        let mut found = vec![(s, pe, kind, hit.target, "name")];
        if let Some(outlet) = dl.outlet.as_deref() {
            let head = &text[pe..s + used];
            if let Some(o) = head.find(outlet) {
                let os = pe + o;
                if let Some(t) = kb
                    .lookup(outlet)
                    .iter()
                    .find(|t| matches!(t, Target::Org(_)))
                {
                    found.push((os, os + outlet.len(), Kind::Org, *t, "name"));
                }
            }
        }
        for (a, b, kind, t, mkind) in found {
            let ta = ctx.tok_at(a);
            let tb = ctx.tok_at(b).min(covered.len());
            if ta >= tb || covered[ta..tb].iter().any(|&c| c) {
                // A name the knowledge base found as written stays.
                continue;
            }
            covered[ta..tb].iter_mut().for_each(|c| *c = true);
            let at = cands.partition_point(|c| c.start < a);
            cands.insert(
                at,
                Cand {
                    start: a,
                    end: b,
                    sent: ctx.toks[ta].sent,
                    kind,
                    target: Some(t),
                    mkind,
                    roles: Vec::new(),
                    country: None,
                    sector: None,
                    metonym: None,
                    igo: None,
                },
            );
        }
        return Some(hit.country.to_string());
    }
    None
}

fn same_target(a: Target, b: Target) -> bool {
    match (a, b) {
        (Target::Country(x) | Target::Demonym(x), Target::Country(y) | Target::Demonym(y)) => {
            x == y
        }
        _ => a == b,
    }
}

/// Length in tokens of the longest title starting at token `k`.
fn title_len_at(ctx: &Ctx<'_>, kb: &Kb, k: usize, end: usize) -> usize {
    // Occupations are written before names in lowercase ("analyst Jo
    // Ray") and are no part of a capitalised run, except a professor's
    // ("Professor Jo Ray", "Prof. Jo Ray") and one opening a sentence
    // ("Lawyer Jo Ray said").
    // (Before a known first name or a two-word proper name: "Singer Co
    // said", "Teacher Training Agency", "Poet Laureate Jo Ray" keep theirs.)
    // (A closure: only an occupation asks, and the tag lookup would run
    // the tagger on the sentence.)
    let opens = || {
        ctx.toks
            .get(k)
            .is_some_and(|t| ctx.sent_tok.get(t.sent).is_some_and(|r| r.start == k))
            && (ctx
                .toks
                .get(k + 1)
                .is_some_and(|n| kb.first_name_gender(&n.text).is_some())
                || (k + 1..k + 3).all(|x| proper_name_word(ctx, x))
                    && ctx.toks.get(k + 3).is_none_or(|n| !is_cap(&n.text)))
    };
    match longest_title_from(ctx, kb, k, end, 4, |t, p| {
        t.kind != "occupation" || matches!(p, "professor" | "prof.") || opens()
    }) {
        Some((1, _, _)) if given_name_before_name(ctx, kb, k) => 0,
        found => found.map_or(0, |(len, _, _)| len),
    }
}

/// The pieces of a name between whitespace and hyphens, as
/// `name.split(|c: char| c.is_whitespace() || c == '-')` gives them (empty
/// pieces included), an ASCII name split by its bytes without decoding
/// them.
struct NameWords<'a> {
    rest: Option<&'a str>,
    ascii: bool,
}

impl<'a> NameWords<'a> {
    fn new(name: &'a str) -> NameWords<'a> {
        NameWords {
            rest: Some(name),
            ascii: name.is_ascii(),
        }
    }
}

impl<'a> Iterator for NameWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        let cut = if self.ascii {
            rest.bytes()
                .position(|b| ascii_space(b) || b == b'-')
                .map(|i| (i, 1))
        } else {
            rest.char_indices()
                .find(|&(_, c)| c.is_whitespace() || c == '-')
                .map(|(i, c)| (i, c.len_utf8()))
        };
        match cut {
            Some((i, n)) => {
                self.rest = Some(&rest[i + n..]);
                Some(&rest[..i])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// `s.find(pat)` for a short name, by comparing bytes (without building
/// the substring searcher `str::find` builds for each call).
fn find_bytes(s: &str, pat: &str) -> Option<usize> {
    s.as_bytes()
        .windows(pat.len())
        .position(|w| w == pat.as_bytes())
}

/// Whether a title of two tokens or more starts at token `k`
/// (`title_len_at` above one): no phrase is built when no title of two
/// words starts with the token's word.
fn multiword_title_at(ctx: &Ctx<'_>, kb: &Kb, k: usize, end: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else {
        return false;
    };
    let lower = t.lower.as_str();
    let first = lower
        .bytes()
        .position(|b| b == b' ')
        .map_or(lower, |i| &lower[..i]);
    kb.title_words_from(first).min(end.saturating_sub(k)) >= 2 && title_len_at(ctx, kb, k, end) > 1
}

/// The lowercase words of tokens `range`, joined by spaces (a title key).
fn phrase_of(ctx: &Ctx<'_>, range: std::ops::Range<usize>) -> String {
    // Written into one string sized at once (no list of the words first).
    let toks = &ctx.toks[range];
    let len = toks.iter().map(|t| t.lower.len() + 1).sum::<usize>();
    let mut phrase = String::with_capacity(len.saturating_sub(1));
    for (i, t) in toks.iter().enumerate() {
        if i > 0 {
            phrase.push(' ');
        }
        phrase.push_str(&t.lower);
    }
    phrase
}

/// A phrase's first word: what comes before its first space.
fn first_word_of(phrase: &str) -> &str {
    phrase
        .bytes()
        .position(|b| b == b' ')
        .map_or(phrase, |i| &phrase[..i])
}

/// The longest title of at most `max` tokens starting at token `k` (and
/// ending by `end`) that `accept` takes, with its length and phrase.
fn longest_title_from<'k>(
    ctx: &Ctx<'_>,
    kb: &'k Kb,
    k: usize,
    end: usize,
    max: usize,
    accept: impl Fn(&Title, &str) -> bool,
) -> Option<(usize, &'k Title, String)> {
    // No title has more words than the longest one starting with this
    // token's word, and most tokens start none: no phrase to build then.
    let lower = ctx.toks.get(k)?.lower.as_str();
    let first = lower
        .bytes()
        .position(|b| b == b' ')
        .map_or(lower, |i| &lower[..i]);
    let n = max
        .min(kb.title_words_from(first))
        .min(end.saturating_sub(k));
    if n == 0 {
        return None;
    }
    // The phrases of fewer tokens are prefixes of the longest one.
    let phrase = phrase_of(ctx, k..k + n);
    let mut cut = phrase.len();
    for len in (1..=n).rev() {
        let p = &phrase[..cut];
        if let Some(t) = kb.title(p).filter(|t| accept(t, p)) {
            return Some((len, t, p.to_owned()));
        }
        cut = cut.saturating_sub(ctx.toks[k + len - 1].lower.len() + 1);
    }
    None
}

fn is_open_quote(s: &str) -> bool {
    matches!(s, "\"" | "“" | "‘" | "'" | "(")
}

/// Whether the one-word title at token `j` closes the name that a run
/// from `i` opens as its surname ("Larry King said", "Tony Bishop was",
/// "Major General Shaukat Sultan told"): one or two name words before it,
/// one a known first name or the first right after a title, and no capital
/// after it. ("Abdullah King of Jordan" is a king.)
fn surname_title(ctx: &Ctx<'_>, kb: &Kb, i: usize, j: usize, sent_end: usize) -> bool {
    let toks = &ctx.toks;
    let sent = toks[i].sent;
    j > i
        && j <= i + 2
        && toks[j].text.len() > 1
        // (Not "MP", "Sen.": those follow names.)
        && toks[j].text.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && (i..j).all(|k| {
            is_cap(&toks[k].text)
                && toks[k].text.chars().all(char::is_alphabetic)
                && !is_title(kb, &toks[k].lower)
                // ("Permanent Representative", "High Commissioner".)
                && kb.title_words_from(&toks[k].lower) == 0
                && toks[k].end + 1 == toks[k + 1].start
        })
        && ((i..j).any(|k| kb.first_name_gender(&toks[k].text).is_some())
            || (i > ctx.sent_tok[sent].start && is_title(kb, &toks[i - 1].lower)))
        // (A small word or a comma after it: "Jane Okafor Minister." at a
        // sentence's end is no evidence.)
        && toks.get(j + 1).filter(|_| j + 1 < sent_end).is_some_and(|n| {
            (n.text == "," || n.text.starts_with(|c: char| c.is_lowercase())) && n.lower != "of"
        })
}

fn is_title(kb: &Kb, lower: &str) -> bool {
    kb.title(lower).is_some_and(|t| t.kind != "occupation")
        || matches!(
            lower,
            "col." | "gen." | "lt." | "sen." | "rep." | "gov." | "capt." | "maj." | "sgt." | "adm."
        )
}

/// Token `ti` moved past up to two adverbs ("Beirut again rejected").
fn after_adverbs(ctx: &Ctx<'_>, mut ti: usize) -> usize {
    {
        for _ in 0..2 {
            let adverb = ctx.toks.get(ti).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "again"
                        | "also"
                        | "now"
                        | "today"
                        | "still"
                        | "already"
                        | "yesterday"
                        | "then"
                        | "once"
                        | "later"
                        | "too"
                ) || t.lower.len() > 4
                    && t.lower.ends_with("ly")
                    && t.text.chars().all(|c| c.is_ascii_lowercase())
            });
            if !adverb {
                break;
            }
            ti += 1;
        }
    }
    ti
}

/// Whether the possessive at token `ti` owns a thing of the city rather
/// than of its government: a place or building named after it ("Tehran's
/// Sharif University", "London's Gatwick Airport") or a word of the town
/// and its rankings ("Madrid's traffic", "London's main rail terminals";
/// not "top", which ranks its officials and allies too).
fn city_thing_after_possessive(kb: &Kb, ctx: &Ctx<'_>, ti: usize) -> bool {
    let toks = &ctx.toks;
    if !toks
        .get(ti)
        .is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s"))
    {
        return false;
    }
    let Some(n) = toks.get(ti + 1).filter(|n| n.sent == toks[ti].sent) else {
        return false;
    };
    if is_cap(&n.text) {
        // A name ending in a place's or building's word (not "Washington's
        // European allies", "Tehran's Ambassador to X").
        let run = toks[ti + 1..]
            .iter()
            .take(6)
            .take_while(|t| t.sent == n.sent && is_cap(&t.text));
        return country_of_phrase(kb, &n.text).is_none()
            && run.last().is_some_and(|t| {
                matches!(
                    t.text.as_str(),
                    "University"
                        | "College"
                        | "Airport"
                        | "Airports"
                        | "Mosque"
                        | "Mosalla"
                        | "Camp"
                        | "Island"
                        | "Square"
                        | "Market"
                        | "Bazaar"
                        | "Hotel"
                        | "Stadium"
                        | "Museum"
                        | "Park"
                        | "Street"
                        | "Avenue"
                        | "Road"
                        | "Tower"
                        | "Hospital"
                        | "Station"
                        | "Municipality"
                        | "Metro"
                        | "Zoo"
                        | "Library"
                        | "Company"
                        | "Exchange"
                )
            });
    }
    matches!(
        n.lower.as_str(),
        "most"
            | "major"
            | "main"
            | "biggest"
            | "largest"
            | "oldest"
            | "best"
            | "central"
            | "downtown"
            | "old"
            | "traffic"
            | "streets"
            | "mayor"
            | "residents"
            | "population"
            | "airport"
            | "airports"
            | "air"
            | "metro"
            | "subway"
            | "hospitals"
            | "schools"
            | "skyline"
            | "suburbs"
            | "outskirts"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "city"
            | "municipal"
            | "stock"
    )
}

fn next_is_verbish(ctx: &Ctx<'_>, ti: usize) -> bool {
    ctx.toks.get(ti).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "will"
                | "would"
                | "wants"
                | "said"
                | "says"
                | "must"
                | "should"
                | "can"
                | "could"
                | "and"
                | "'s"
                | "’s"
        ) || ctx.lex.cue(&t.lower).is_some()
            || ctx.lex.lemma(&t.lower).is_some()
    })
}

/// A city of a million people or its country's capital by name: one a
/// story names for itself, whatever other towns share the name.
fn city_of(kb: &Kb, t: Target) -> Option<&dateline_kb::City> {
    match t {
        Target::City(c) => kb.cities().get(c.index()),
        _ => None,
    }
}

/// Whether the place `linked` holds against the town `local` of the same
/// name in the article's countries: a region against a small town
/// ("Washington" in a British story, "Geneva" in an American one), a city
/// ten times the town's size ("Swansea" is Wales's beside a small
/// Massachusetts town).
fn holds_against_town(kb: &Kb, linked: Target, local: Target) -> bool {
    let Some(town) = city_of(kb, local) else {
        return false;
    };
    town.population < 100_000 && matches!(linked, Target::Region(_))
        || city_of(kb, linked).is_some_and(|c| c.population >= town.population.saturating_mul(10))
}

fn big_or_capital(kb: &Kb, city: &dateline_kb::City) -> bool {
    city.population >= 1_000_000
        || kb
            .country(&city.country)
            .is_some_and(|k| k.capital == city.name)
}

/// Whether city `c` is its country's capital ("Brasília" for the
/// capital written "Brasilia" counts: the folded name finds the city).
fn is_capital(kb: &Kb, c: dateline_kb::CityId) -> bool {
    let Some(city) = kb.cities().get(c.index()) else {
        return false;
    };
    kb.country(&city.country).is_some_and(|country| {
        country.capital == city.name
            || (!country.capital.is_empty()
                && kb.lookup(&country.capital).contains(&Target::City(c)))
    })
}

/// Verbs whose object is a party to a relation, not a destination: a
/// capital after them stands for its government ("thanked Washington",
/// "pressed Baghdad to", "helping Moscow obtain").
const RELATIONAL_VERBS: &[&str] = &[
    "thank",
    "thanked",
    "thanks",
    "thanking",
    "urge",
    "urged",
    "urges",
    "urging",
    "press",
    "pressed",
    "presses",
    "pressing",
    "accuse",
    "accused",
    "accuses",
    "accusing",
    "warn",
    "warned",
    "warns",
    "warning",
    "blame",
    "blamed",
    "blames",
    "blaming",
    "criticise",
    "criticised",
    "criticises",
    "criticize",
    "criticized",
    "criticizes",
    "condemn",
    "condemned",
    "condemns",
    "praise",
    "praised",
    "praises",
    "ask",
    "asked",
    "asks",
    "asking",
    "tell",
    "told",
    "tells",
    "help",
    "helped",
    "helping",
    "helps",
    "back",
    "backed",
    "backs",
    "backing",
    "support",
    "supported",
    "supports",
    "supporting",
    "sanction",
    "sanctioned",
    "sanctions",
    "pressure",
    "pressured",
    "pressuring",
    "congratulate",
    "congratulated",
    "congratulates",
    "invite",
    "invited",
    "invites",
    "persuade",
    "persuaded",
    "lobby",
    "lobbied",
    "lobbying",
    "recognise",
    "recognised",
    "recognize",
    "recognized",
    "allow",
    "allowed",
    "allows",
];

/// Nouns of relations: a capital after "ties with", "talks with",
/// "sanctions against", "called on" is a party to them.
fn relation_before(noun: &str, prep: &str) -> bool {
    match prep {
        "with" => matches!(
            noun,
            "ties"
                | "relations"
                | "talks"
                | "deal"
                | "agreement"
                | "dialogue"
                | "negotiations"
                | "rapprochement"
                | "relationship"
                | "tensions"
                | "rift"
                | "dispute"
                | "feud"
                | "cooperation"
                | "coordinating"
                | "coordinate"
                | "coordinated"
                | "coordination"
                | "cooperating"
                | "cooperate"
                | "cooperated"
                | "negotiating"
                | "negotiate"
                | "negotiated"
        ),
        // "moved closer to Washington", "drew closer to Beijing".
        "to" => matches!(noun, "closer" | "nearer"),
        "on" => matches!(
            noun,
            "called" | "call" | "calls" | "calling" | "pressure" | "prevailed" | "leaned"
        ),
        "against" => matches!(noun, "sanctions" | "measures" | "retaliation" | "retaliate"),
        _ => false,
    }
}

/// Whether the name at token `ti` is the object of a relation: right
/// after a relational verb, or after "ties with", "called on".
fn relational_object(ctx: &Ctx<'_>, ti: usize) -> bool {
    let Some(sent) = ctx.toks.get(ti).map(|t| t.sent) else {
        return false;
    };
    let floor = ctx.sent_tok[sent].start;
    if ti <= floor {
        return false;
    }
    let p = ctx.toks[ti - 1].lower.as_str();
    if relational_verb(p) {
        return true;
    }
    ti >= floor + 2 && relation_before(ctx.toks[ti - 2].lower.as_str(), p)
}

/// "The plan was backed by Algiers.": a capital that is the agent of a
/// passive participle, ending its phrase, is a party, not a place.
fn passive_agent_capital(ctx: &Ctx<'_>, ti: usize, next: usize) -> bool {
    let toks = &ctx.toks;
    let Some(sent) = toks.get(ti).map(|t| t.sent) else {
        return false;
    };
    let floor = ctx.sent_tok[sent].start;
    ti >= floor + 2
        && toks[ti - 1].lower == "by"
        && toks[ti - 2].lower.ends_with("ed")
        && toks[ti - 2].text.chars().all(|c| c.is_ascii_lowercase())
        && toks.get(next).is_none_or(|n| {
            n.sent != sent
                || !n.text.chars().next().is_some_and(char::is_alphanumeric)
                || n.lower == "and"
        })
}

/// A sentence-initial run the tagger reads as proper nouns followed by a
/// verb ("Michelle Bachelet voiced concern"): capitals alone cannot tell a
/// name from a capitalised sentence start, the grammar around them can.
/// Only the sentence's first few tokens are tagged.
fn proper_subject(ctx: &Ctx<'_>, sent: usize, s: usize, e: usize) -> bool {
    let start = ctx.sent_tok[sent].start;
    let tags = ctx.tags(sent);
    let run: Option<Vec<_>> = (s - start..e - start).map(|x| tags.get(x)).collect();
    let (Some(run), Some(next)) = (run, tags.get(e - start)) else {
        return false;
    };
    // The tagger reads some rarer past tenses as adjectives ("voiced").
    let next_word = &ctx.toks[e].text;
    let past = next_word.ends_with("ed") && next_word.chars().all(|c| c.is_ascii_lowercase());
    if !(run.iter().all(|t| t.upos.as_str() == "PROPN")
        && (matches!(next.upos.as_str(), "VERB" | "AUX") || past))
    {
        return false;
    }
    // Capitalisation makes the tagger say PROPN; a common word ("Heavy Rain
    // fell") shows itself when its capital is taken away, a name does not.
    let mut surface: Vec<&str> = ctx.toks[start..=e]
        .iter()
        .map(|t| t.text.as_str())
        .collect();
    surface[s - start] = ctx.toks[s].lower.as_str();
    let tagger = dateline_tag::Tagger::global();
    tagger
        .tag_at(&mut tagger.start(&surface), s - start)
        .is_some_and(|t| t.upos.as_str() == "PROPN")
}

/// Whether an affiliation with a known body follows token `e` (the
/// exclusive end of a name) in its sentence: "of ABC", "from the BBC",
/// ", of Oxfam,", "of NIAC".
fn affiliation_follows(ctx: &Ctx<'_>, cands: &[Cand], e: usize) -> bool {
    let toks = &ctx.toks;
    let Some(sent) = e.checked_sub(1).and_then(|p| toks.get(p)).map(|t| t.sent) else {
        return false;
    };
    let at = |k: usize| toks.get(k).filter(|t| t.sent == sent);
    let mut k = e + usize::from(at(e).is_some_and(|t| t.text == ","));
    if !at(k).is_some_and(|t| matches!(t.lower.as_str(), "of" | "from" | "at")) {
        return false;
    }
    k += 1;
    k += usize::from(at(k).is_some_and(|t| t.lower == "the"));
    // (An acronym no candidate holds yet is a body's too: "of NIAC".)
    at(k).is_some_and(|t| {
        (t.text.len() >= 2 && all_caps(&t.text))
            || cands
                .iter()
                .any(|c| c.start == t.start && c.kind == Kind::Org)
    })
}

/// Token `k` moved past an age or one or two adjectives before a title
/// in an apposition: "a 41-year-old fisherman", "a displaced mother of
/// three", "a local trader".
fn skip_modifiers(ctx: &Ctx<'_>, kb: &Kb, mut k: usize, sent_end: usize) -> usize {
    let toks = &ctx.toks;
    for _ in 0..2 {
        if k + 1 >= sent_end {
            break;
        }
        let w = toks[k].lower.as_str();
        let age = w
            .strip_suffix("-year-old")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let adjective = (matches!(w, "displaced" | "local" | "retired")
            || upos_at(ctx, k) == Some("ADJ"))
            && kb.title(w).is_none()
            && country_of_token(ctx, kb, k).is_none()
            // ("United" opens "United Nations".)
            && kb.lookup(&ctx.text[toks[k].start..toks[k + 1].end]).is_empty()
            // "Prime" opens "Prime Minister", "Chief" "Chief Justice".
            && title_len_at(ctx, kb, k, sent_end) == 0;
        // "the deputy minister", "a deputy foreign minister": "deputy"
        // before another title is no lawmaker's title but the rank of
        // that office.
        // (Not a title of its own, "deputy prime minister"; nor before a
        // rank, "deputy general secretary".)
        let deputy = w == "deputy"
            && title_len_at(ctx, kb, k, sent_end) <= 1
            && (longest_title_from(ctx, kb, k + 1, sent_end, 4, |t, _| t.kind == "office")
                .is_some()
                || k + 2 < sent_end
                    && matches!(toks[k + 2].lower.as_str(), "minister" | "secretary")
                    && toks[k + 1].text.bytes().all(|b| b.is_ascii_lowercase()));
        if age || adjective || deputy {
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// Whether an apposition with a title follows token `e` (exclusive end of
/// a name): "Chen Binhua, a spokesman for ...", "Yehia Rasool, an adviser".
fn apposition_title(ctx: &Ctx<'_>, kb: &Kb, e: usize, first_name: bool) -> bool {
    let toks = &ctx.toks;
    let Some(t) = toks.get(e) else {
        return false;
    };
    if t.text != "," {
        return false;
    }
    let sent_end = ctx.sent_tok[t.sent].end;
    let mut k = e + 1;
    while k < sent_end
        && matches!(
            toks[k].lower.as_str(),
            "a" | "an" | "the" | "its" | "his" | "her" | "senior" | "top" | "former" | "chief"
        )
    {
        k += 1;
    }
    k = skip_modifiers(ctx, kb, k, sent_end);
    // "Michael Ruane, the EU commissioner for trade": a known body or
    // country before the title.
    let at_k = k;
    // (Or a place before a member of the public: "Jamal Nouri, a Kabul
    // resident"; of up to three words.)
    let targets_of = |n: usize| kb.lookup(&ctx.text[toks[k].start..toks[k + n - 1].end]);
    let body = |x: &Target| matches!(x, Target::Org(_) | Target::Country(_) | Target::Demonym(_));
    let found = (1..=3).rev().find(|&n| {
        k + n < sent_end
            && targets_of(n).iter().any(|&x| {
                body(&x) || matches!(x, Target::City(_) | Target::Region(_)) && !kb.is_weak(x)
            })
    });
    let by_place = found.is_some_and(|n| !targets_of(n).iter().any(body));
    if let Some(n) = found {
        k += n;
        // (Its initials in brackets: "the Islamic Jihad (PIJ) chief".)
        if k + 3 < sent_end && toks[k].text == "(" && toks[k + 2].text == ")" {
            k += 3;
        }
        if k + 1 < sent_end && matches!(toks[k].text.as_str(), "'s" | "’s") {
            k += 1;
        }
    }
    // ("Jan Ray, the UN relief coordinator", "the United Nations
    // Emergency Relief Coordinator": up to three words of a portfolio may
    // come between the body and the title.)
    let k = if k > at_k
        && kb.title(&toks[k].lower).is_none()
        && title_len_at(ctx, kb, k, sent_end) == 0
    {
        let portfolio = |x: usize| {
            toks[x].text.bytes().all(|b| b.is_ascii_lowercase()) && is_modifier_word(ctx, x)
                || is_cap(&toks[x].text)
                    && toks[x].text.chars().all(char::is_alphabetic)
                    && kb.lookup(&toks[x].text).is_empty()
        };
        (1..=3)
            .find(|&m| {
                k + m < sent_end
                    && (k..k + m).all(portfolio)
                    && title_len_at(ctx, kb, k + m, sent_end) > 0
            })
            .map_or(at_k, |m| k + m)
    } else {
        k
    };
    // "Ana Wekesa, 63, said": an age.
    let age = k == e + 1
        && toks.get(k).is_some_and(|t| {
            t.text.len() <= 3 && t.text.parse::<u32>().is_ok_and(|a| (12..=110).contains(&a))
        })
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.text.as_str(), "," | "."));
    // An occupation counts after a known body ("Mary Jones, the BBC
    // correspondent, said"), not alone, unless the name opens with a known
    // first name ("Jane Okafor, a teacher, said").
    let of_body = k > at_k || first_name;
    age || longest_title_from(ctx, kb, k, sent_end, 4, |x, _| {
        x.kind != "honorific"
            && (x.kind != "occupation" || of_body)
            && (!by_place || x.sector == "CVL")
    })
    .is_some()
}

/// The tagger's tags of token `k`.
fn tag_at(ctx: &Ctx<'_>, k: usize) -> Option<dateline_tag::Tag> {
    let t = ctx.toks.get(k)?;
    ctx.tags(t.sent).get(k - ctx.sent_tok.get(t.sent)?.start)
}

/// The tagger's Penn tag of token `k`.
fn xpos_at(ctx: &Ctx<'_>, k: usize) -> Option<&'static str> {
    tag_at(ctx, k).map(|tag| tag.xpos.as_str())
}

/// The tagger's part of speech of token `k`.
fn upos_at(ctx: &Ctx<'_>, k: usize) -> Option<&'static str> {
    tag_at(ctx, k).map(|tag| tag.upos.as_str())
}

/// Whether the tagger reads token `k` as a noun or an adjective (a word
/// that may modify a title: "relief coordinator", "human rights chief";
/// not "and", not a verb).
/// The title at `k` or past up to three nouns or adjectives modifying it
/// ("relief coordinator", "Emergency Relief Coordinator"), as
/// [`longest_title_from`] gives it with its length counted from `k`:
/// capitalised modifiers only before a capitalised title, and none of them
/// a speech verb.
fn title_past_modifiers<'k>(
    ctx: &Ctx<'_>,
    kb: &'k Kb,
    k: usize,
    sent_end: usize,
) -> Option<(usize, &'k Title, String)> {
    let toks = &ctx.toks;
    let mut j = k;
    loop {
        if let Some((len, title, p)) = (j < sent_end)
            .then(|| longest_title_from(ctx, kb, j, sent_end, 4, |_, _| true))
            .flatten()
        {
            let capitalised = is_cap(&toks[j].text);
            return toks[k..j]
                .iter()
                .all(|t| {
                    if capitalised {
                        is_cap(&t.text) && !t.text.bytes().all(|b| b.is_ascii_uppercase())
                    } else {
                        t.text.bytes().all(|b| b.is_ascii_lowercase())
                    }
                })
                .then(|| (len + j - k, title, p));
        }
        if j >= k + 3
            || j >= sent_end
            || !toks[j].text.chars().all(char::is_alphabetic)
            || ctx.lex.cue(&toks[j].lower).is_some()
            || !(is_modifier_word(ctx, j)
                || is_cap(&toks[j].text) && upos_at(ctx, j) == Some("PROPN"))
        {
            return None;
        }
        j += 1;
    }
}

fn is_modifier_word(ctx: &Ctx<'_>, k: usize) -> bool {
    matches!(upos_at(ctx, k), Some("NOUN" | "ADJ"))
}

fn next_is_cue(ctx: &Ctx<'_>, ti: usize) -> bool {
    ctx.toks
        .get(ti)
        .is_some_and(|t| ctx.lex.cue(&t.lower).is_some())
}

fn prev_is_title(ctx: &Ctx<'_>, kb: &Kb, ti: usize) -> bool {
    ti > 0 && is_title(kb, &ctx.toks[ti - 1].lower) && !given_name_before_name(ctx, kb, ti - 1)
}

/// "Amir Nazemi", "Sultan Ahmed Al Jaber": a title's word that is a known
/// first name too, capitalised right before another capitalised word that
/// is no title, is the person's given name ("the Amir of Kuwait", "Amir
/// Sheikh Tamim" keep the title).
fn given_name_before_name(ctx: &Ctx<'_>, kb: &Kb, k: usize) -> bool {
    let toks = &ctx.toks;
    let Some(w) = toks.get(k) else {
        return false;
    };
    if !is_cap(&w.text) || w.text.len() < 2 || w.text.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    if kb.first_name_gender(&w.text).is_none() {
        return false;
    }
    let sent = w.sent;
    // ("the Amir", "Oman's Sultan": a title after a determiner or a
    // possessive.)
    if k > ctx.sent_tok[sent].start
        && matches!(toks[k - 1].lower.as_str(), "the" | "'s" | "\u{2019}s")
    {
        return false;
    }
    // ("Sultan Haitham bin Tariq", "Amir Tamim bin Hamad": a ruler's
    // name with its patronymic follows a title.)
    if toks
        .get(k + 2)
        .is_some_and(|x| x.sent == sent && matches!(x.lower.as_str(), "bin" | "ibn" | "bint"))
    {
        return false;
    }
    toks.get(k + 1).is_some_and(|n| {
        n.sent == sent
            && n.start == w.end + 1
            && is_cap(&n.text)
            && !is_title(kb, &n.lower)
            && kb.title_words_from(&n.lower) == 0
    })
}

/// The target a name stands for: a person before other things unless a
/// place preposition comes before it (`place_prep`), an outlet after the
/// other bodies only when the name sits where a place does (`in_place`).
fn pick_target(
    kb: &Kb,
    targets: &[Target],
    place_prep: bool,
    in_place: bool,
    date: Option<chrono::NaiveDate>,
) -> Option<Target> {
    // Between people of one name ("George Bush"), the one whose terms lie
    // nearest the article's date: in office on it, else closest to it.
    let distance = |t: &Target| -> i64 {
        let (Target::Person(p), Some(d)) = (t, date) else {
            return 0;
        };
        kb.person(*p)
            .and_then(|p| {
                p.terms
                    .iter()
                    .map(|term| {
                        if d < term.from {
                            (term.from - d).num_days()
                        } else {
                            term.to.map_or(0, |to| (d - to).num_days().max(0))
                        }
                    })
                    .min()
            })
            .unwrap_or(i64::MAX)
    };
    let rank = |t: &Target| match t {
        Target::Person(_) => {
            if place_prep {
                5
            } else {
                0
            }
        }
        // (An outlet named for its province, "Fars", after "in" or in a
        // list of places is the province; "told Fars" is the outlet.)
        Target::Org(o) => {
            if in_place && kb.org(*o).is_some_and(|o| o.kind == "media") {
                5
            } else {
                1
            }
        }
        Target::Country(_) => 2,
        Target::Demonym(_) | Target::Group(_) => 3,
        Target::Region(_) => 4,
        // A capital or a city of millions before a region of its name
        // ("Washington", "Jerusalem"); other towns after ("Kerman").
        Target::City(c) => {
            if kb
                .cities()
                .get(c.index())
                .is_some_and(|c| big_or_capital(kb, c))
            {
                3
            } else {
                6
            }
        }
    };
    // Among towns of one name, the biggest ("Boston" is Massachusetts's
    // before Lincolnshire's); the article's countries may choose again.
    let population = |t: &Target| match t {
        Target::City(c) => kb.cities().get(c.index()).map_or(0, |c| c.population),
        _ => 0,
    };
    targets
        .iter()
        .copied()
        .min_by_key(|t| (rank(t), distance(t), std::cmp::Reverse(population(t))))
}

fn kb_name(kb: &Kb, t: Target) -> Option<String> {
    Some(match t {
        Target::Person(p) => kb.person(p)?.name.clone(),
        Target::Org(o) => kb.org(o)?.name.clone(),
        Target::Country(c) | Target::Demonym(c) => kb.countries().get(c.index())?.name.clone(),
        Target::Region(r) => kb.regions().get(r.index())?.name.clone(),
        Target::City(c) => kb.cities().get(c.index())?.name.clone(),
        Target::Group(g) => kb.group(g)?.name.clone(),
    })
}

fn kb_key(kb: &Kb, t: Target) -> Option<String> {
    Some(match t {
        // Joined, not formatted: this runs for every entity, and the
        // formatting machinery costs several times the copy.
        Target::Person(p) => ["person:", &kb.person(p)?.key].concat(),
        Target::Org(o) => ["org:", &kb.org(o)?.key].concat(),
        Target::Country(c) | Target::Demonym(c) => {
            ["country:", &kb.countries().get(c.index())?.iso3].concat()
        }
        Target::Region(r) => {
            let r = kb.regions().get(r.index())?;
            ["region:", &r.country, ":", &r.name].concat()
        }
        Target::City(c) => {
            let id = kb.cities().get(c.index())?.geonameid;
            let mut key = String::with_capacity(15);
            key.push_str("city:");
            push_decimal(&mut key, u64::from(id));
            key
        }
        Target::Group(g) => ["group:", &kb.group(g)?.key].concat(),
    })
}

/// `s` without leading "the " then "The " (each repeated), as
/// `trim_start_matches` would strip them, without building a substring
/// searcher per call (this runs once per mention).
fn trim_the(mut s: &str) -> &str {
    while let Some(r) = s.strip_prefix("the ") {
        s = r;
    }
    while let Some(r) = s.strip_prefix("The ") {
        s = r;
    }
    s
}

fn strip_al(s: &str) -> &str {
    for p in ["al-", "Al-", "el-", "El-"] {
        if let Some(r) = s.strip_prefix(p) {
            return r;
        }
    }
    s
}

/// The commonest Chinese surnames in pinyin, and two Korean ones, which
/// come first in the name (sorted, for binary search): "Wang Yi ... Wang
/// said".
const SURNAMES_FIRST: &[&str] = &[
    "Bai", "Cai", "Cao", "Chen", "Cheng", "Choi", "Cui", "Dai", "Deng", "Ding", "Dong", "Du",
    "Duan", "Fan", "Fang", "Feng", "Fu", "Gao", "Geng", "Gong", "Gu", "Guo", "Han", "Hao", "He",
    "Hou", "Hu", "Hua", "Huang", "Jiang", "Jin", "Kong", "Kwon", "Lei", "Li", "Liang", "Liao",
    "Lin", "Liu", "Lu", "Luo", "Lyu", "Ma", "Mao", "Meng", "Pan", "Peng", "Qian", "Qin", "Qiu",
    "Ren", "Shao", "Shen", "Shi", "Song", "Su", "Sun", "Tan", "Tang", "Tian", "Wan", "Wang", "Wei",
    "Wen", "Wu", "Xi", "Xiao", "Xie", "Xiong", "Xu", "Xue", "Yan", "Yang", "Yao", "Ye", "Yin",
    "Yu", "Yuan", "Zeng", "Zhai", "Zhang", "Zhao", "Zheng", "Zhong", "Zhou", "Zhu",
];

/// Finds an entity a name refers to: same name, a surname, or an acronym.
/// The first word of `s` split at whitespace, and whether another
/// follows: `split_whitespace`'s first two answers, read from the bytes of
/// an ASCII string (nearly every name) without decoding characters.
fn first_word_and_more(s: &str) -> (Option<&str>, bool) {
    if !s.is_ascii() {
        let mut words = s.split_whitespace();
        return (words.next(), words.next().is_some());
    }
    let ws = |b: &u8| ascii_space(*b);
    let b = s.as_bytes();
    let Some(a) = b.iter().position(|c| !ws(c)) else {
        return (None, false);
    };
    let e = b[a..].iter().position(ws).map_or(b.len(), |k| a + k);
    (Some(&s[a..e]), b[e..].iter().any(|c| !ws(c)))
}

/// Whether an ASCII byte is one `char::is_whitespace` takes.
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// `name.trim_end().ends_with(w)`, without trimming a name that ends on
/// an ASCII byte other than a space (nearly every name).
fn trimmed_ends_with(name: &str, w: &str) -> bool {
    match name.as_bytes().last() {
        Some(&b) if b.is_ascii() && !ascii_space(b) => name.ends_with(w),
        _ => name.trim_end().ends_with(w),
    }
}

/// `name.trim_start().starts_with(w)`, without trimming a name that starts
/// with an ASCII byte other than a space.
fn trimmed_starts_with(name: &str, w: &str) -> bool {
    match name.as_bytes().first() {
        Some(&b) if b.is_ascii() && !ascii_space(b) => name.starts_with(w),
        _ => name.trim_start().starts_with(w),
    }
}

fn find_by_name(ents: &[Ent], surface: &str, kind: Kind) -> Option<usize> {
    if let Some(i) = ents.iter().rposition(|e| e.name == surface) {
        return Some(i);
    }
    let (first_word, more_words) = first_word_and_more(surface);
    if let (Some(word), false) = (first_word, more_words) {
        let w = strip_al(word);
        // Three readings of a lone word as a person named before, tried in
        // this order, each for the last person it fits; one pass from the
        // last entity tests all three (a surname found ends it).
        // This runs once per mention over every entity so far, so the cheap
        // conditions come first and nothing is allocated: a name whose last
        // word is `w` (after "al-") ends with it, one whose first word is
        // `w` starts with it, before any word is split off.
        let mut chinese = None;
        let mut given = None;
        for (i, e) in ents.iter().enumerate().rev() {
            if e.kind != Kind::Person {
                continue;
            }
            // Surname of a person named before.
            if trimmed_ends_with(&e.name, w) {
                let mut words = e.name.split_whitespace();
                let last = words.next_back();
                if words.next().is_some() && last.is_some_and(|l| strip_al(l) == w) {
                    return Some(i);
                }
            }
            if (chinese.is_some() && given.is_some()) || !trimmed_starts_with(&e.name, w) {
                continue;
            }
            // "Lai" for "Lai Ching-te": a hyphenated given name after a
            // one-syllable word is the Chinese and Korean order, surname
            // first; so is one of the common Chinese and Korean surnames
            // before one given name ("Zhang" for "Zhang Ming").
            if chinese.is_none() {
                let mut parts = e.name.split_whitespace();
                if let (Some(first), Some(second), None) =
                    (parts.next(), parts.next(), parts.next())
                {
                    if first == w
                        && (second
                            .split_once('-')
                            .is_some_and(|(a, b)| is_cap(a) && b.chars().all(char::is_lowercase))
                            || SURNAMES_FIRST.binary_search(&w).is_ok() && is_cap(second))
                    {
                        chinese = Some(i);
                    }
                }
            }
            // "Prince Abdulaziz" for "Abdulaziz bin Salman", "Sheikh Tamim"
            // for "Tamim bin Hamad Al Thani": a name with "bin" or "ibn" is
            // shortened to its given name.
            if given.is_none() {
                let mut parts = e.name.split_whitespace();
                if parts.next() == Some(w)
                    && parts
                        .next()
                        .is_some_and(|b| matches!(b, "bin" | "ibn" | "bint"))
                {
                    given = Some(i);
                }
            }
        }
        if let Some(i) = chinese.or(given) {
            return Some(i);
        }
        // "Abdul Mahdi" style compound surnames are handled by the suffix rule below.
        if w.chars().all(|c| c.is_ascii_uppercase()) && w.len() >= 2 {
            return ents
                .iter()
                .rposition(|e| e.kind == Kind::Org && initials_are(&e.name, w));
        }
    }
    if kind == Kind::Org {
        // "Foreign Ministry" for "Iranian Foreign Ministry" or "U.S.
        // Treasury Department": a national body named again without its
        // one-word country adjective (not "Democratic Party" for "Liberal
        // Democratic Party").
        if let Some(i) = ents.iter().rposition(|e| {
            e.kind == Kind::Org
                && e.name.len() > surface.len() + 1
                && e.name.ends_with(surface)
                && e.name[..e.name.len() - surface.len()]
                    .strip_suffix(' ')
                    .is_some_and(|pre| {
                        !pre.contains(' ')
                            && (pre.chars().all(|c| c.is_ascii_uppercase() || c == '.')
                                || ["an", "ese", "i", "ish", "ch"]
                                    .iter()
                                    .any(|suf| pre.ends_with(suf)))
                    })
        }) {
            return Some(i);
        }
    }
    if kind == Kind::Person && more_words {
        // "Abdul Mahdi" for "Adil Abdul Mahdi"; "Bin Salman" opening a
        // sentence for "Mohammed bin Salman" (case aside).
        return ents.iter().rposition(|e| {
            e.kind == Kind::Person
                && e.name.len() > surface.len()
                && e.name.as_bytes()[e.name.len() - surface.len()..]
                    .eq_ignore_ascii_case(surface.as_bytes())
                && e.name.as_bytes()[e.name.len() - surface.len() - 1] == b' '
        });
    }
    None
}

/// Whether two names of an organisation are variants of one another: at
/// least half the longer words of `name` share their first four letters
/// with a word of `other` ("Palestinian Liberation Organization" and
/// "Palestine Liberation Organization", not "Financial Services Authority"
/// and "Free Syrian Army").
fn names_resemble(name: &str, other: &str) -> bool {
    let stems = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3 && w.chars().next().is_some_and(char::is_uppercase))
            .map(|w| w.to_lowercase().chars().take(4).collect())
            .collect()
    };
    let (a, b) = (stems(name), stems(other));
    let shared = a.iter().filter(|w| b.contains(w)).count();
    !a.is_empty() && shared * 2 >= a.len()
}

/// Whether the capitalised words of `name` begin with the letters of
/// `acronym`, in order and all of them ("Voice of America" and "VOA").
fn initials_are(name: &str, acronym: &str) -> bool {
    let mut letters = acronym.chars();
    for c in name
        .split_whitespace()
        .filter(|w| is_cap(w))
        .filter_map(|w| w.chars().next())
    {
        if letters.next() != Some(c) {
            return false;
        }
    }
    letters.next().is_none()
}

/// "Iraqi Security Forces": a demonym or country followed by an organisation run.
fn merge_demonym_orgs(ctx: &Ctx<'_>, kb: &Kb, cands: &mut Vec<Cand>) {
    let mut i = 0;
    while i + 1 < cands.len() {
        let (a, b) = (&cands[i], &cands[i + 1]);
        // The country borrowed, and the cheap tests first: only a merge
        // copies it, and most pairs of candidates are no demonym and body.
        let country = match a.target {
            Some(Target::Demonym(c) | Target::Country(c)) => {
                kb.countries().get(c.index()).map(|c| c.iso3.as_str())
            }
            _ => None,
        };
        if country.is_none()
            || b.kind != Kind::Org
            || a.sent != b.sent
            || ctx.text.get(a.end..b.start) != Some(" ")
        {
            i += 1;
            continue;
        }
        // "U.S. Central Command": a country's name before one of its known
        // bodies is part of the name.
        let same_country_org = || {
            matches!(a.target, Some(Target::Country(_)))
                && match b.target {
                    Some(Target::Org(o)) => kb.org(o).is_some_and(|org| {
                        org.country.is_some() && org.country.as_deref() == country
                    }),
                    _ => false,
                }
                && b.mkind == "name"
        };
        // "Chilean Red Cross": a national Red Cross or Red Crescent society.
        let red_cross = matches!(
            ctx.text.get(b.start..b.end),
            Some("Red Cross" | "Red Crescent")
        );
        if b.target.is_none() || red_cross || same_country_org() {
            let merged = Cand {
                start: a.start,
                end: b.end,
                sent: a.sent,
                kind: Kind::Org,
                target: if red_cross { None } else { b.target },
                mkind: "name",
                roles: Vec::new(),
                country: country.map(str::to_string),
                sector: red_cross.then(|| "NGO".to_string()),
                metonym: None,
                igo: None,
            };
            cands[i] = merged;
            cands.remove(i + 1);
        }
        i += 1;
    }
}

/// "the OPEC Secretariat", "the IAEA Board": a known organisation's name
/// followed by up to two capitalised words ending in an organisation head
/// is one of its bodies, named with it; the mention takes the words in and
/// keeps the organisation.
fn extend_org_subbodies(ctx: &Ctx<'_>, cands: &mut [Cand]) {
    let toks = &ctx.toks;
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.kind != Kind::Org
            || !matches!(c.target, Some(Target::Org(_)))
            || !matches!(c.mkind, "name" | "acronym")
        {
            continue;
        }
        // Initials ("OPEC") or a name that is a body's ("World Bank"):
        // "Labour Office" and "Liberal Democrat Party" are no bodies of the
        // parties whose aliases open them.
        let surface = &ctx.text[c.start..c.end];
        let initials = surface.len() >= 2 && surface.bytes().all(|b| b.is_ascii_uppercase());
        let headed = surface
            .rsplit(' ')
            .next()
            .is_some_and(|w| surface.contains(' ') && org_head(w));
        if !initials && !headed {
            continue;
        }
        let next_start = cands.get(i + 1).map_or(usize::MAX, |n| n.start);
        let k = toks.partition_point(|t| t.start <= c.end);
        let Some(first) = toks.get(k) else {
            continue;
        };
        if first.start != c.end + 1 || first.sent != c.sent || ctx.text.as_bytes()[c.end] != b' ' {
            continue;
        }
        let end_tok = ctx.sent_tok[c.sent].end;
        let mut last = None;
        for j in k..(k + 2).min(end_tok) {
            let t = &toks[j];
            if !is_cap(&t.text) || t.end > next_start || (j > k && t.start != toks[j - 1].end + 1) {
                break;
            }
            if org_head(t.text.as_str()) {
                last = Some(t.end);
                break;
            }
        }
        if let Some(end) = last {
            cands[i].end = end;
        }
    }
}

/// The sector a noun phrase gives an organisation it describes ("the
/// rights group", "a freight company", "the main opposition party").
fn org_noun_sector(words: &[&str]) -> Option<&'static str> {
    let has = |w: &str| words.contains(&w);
    let ngo = [
        "rights",
        "advocacy",
        "watchdog",
        "charity",
        "humanitarian",
        "non-profit",
        "nonprofit",
        "aid",
        "campaign",
        "ngo",
    ];
    let head = words.last().copied().unwrap_or("");
    Some(match head {
        "party" | "alliance" | "coalition" if has("opposition") => "OPP",
        "party" => "PTY",
        "group" | "organisation" | "organization" | "body" | "coalition" | "network"
            if ngo.iter().any(|w| has(w)) =>
        {
            "NGO"
        }
        "watchdog" | "charity" | "ngo" | "nonprofit" => "NGO",
        "agency" if has("news") => "MED",
        "agency" | "regulator" => "GOV",
        "company" | "firm" | "lender" | "conglomerate" | "insurer" | "carrier" | "airline"
        | "operator" | "refiner" | "miner" | "manufacturer" | "retailer" | "bank" | "startup"
        | "producer" | "exporter" | "importer" | "trader" | "developer" | "maker" => "BUS",
        "broadcaster" | "newspaper" | "daily" | "channel" | "outlet" => "MED",
        "militia" => "UAF",
        "university" => "EDU",
        _ => return None,
    })
}

/// The sector a lowercase noun right before a capitalised name gives it
/// ("the rights group Foro Penal", "the disaster agency Senapred").
fn org_noun_before(ctx: &Ctx<'_>, s: usize) -> Option<&'static str> {
    let toks = &ctx.toks;
    let sent = toks.get(s)?.sent;
    let floor = ctx.sent_tok[sent].start;
    if s <= floor {
        return None;
    }
    let p = &toks[s - 1];
    if !p.text.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        return None;
    }
    let from = (s - 1).saturating_sub(2).max(floor);
    // At most three words, on the stack (this runs for most capitalised runs).
    let mut words = [""; 3];
    for (w, t) in words.iter_mut().zip(&toks[from..s]) {
        *w = t.lower.as_str();
    }
    org_noun_sector(&words[..s - from])
}

/// The sector of an organisation noun heading an apposition after a name
/// ("Starlink, the satellite internet company controlled by ...", "Anatel,
/// the telecoms regulator,"): a determiner, then up to four lowercase
/// words, the last of them the head, before a preposition, a verb form or
/// punctuation.
fn org_noun_after(ctx: &Ctx<'_>, e: usize) -> Option<&'static str> {
    let toks = &ctx.toks;
    let t = toks.get(e)?;
    if t.text != "," {
        return None;
    }
    let end = ctx.sent_tok[t.sent].end;
    let mut k = e + 1;
    if k < end && matches!(toks[k].lower.as_str(), "a" | "an" | "the") {
        k += 1;
    } else {
        return None;
    }
    let start = k;
    while k < end
        && k < start + 4
        && toks[k]
            .text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-')
        && !matches!(
            toks[k].lower.as_str(),
            "of" | "for" | "in" | "at" | "with" | "that" | "which" | "who" | "and" | "on" | "by"
        )
    {
        k += 1;
    }
    if k == start {
        return None;
    }
    // The first organisation noun heads it ("the satellite internet
    // company controlled by"), unless it owns what follows ("the
    // company's chief").
    // At most four words, on the stack.
    let mut buf = [""; 4];
    for (w, t) in buf.iter_mut().zip(&toks[start..k]) {
        *w = t.lower.as_str();
    }
    let words = &buf[..k - start];
    (1..=words.len()).find_map(|n| {
        // "the company's chief", "the company chairman", "the firm's
        // founder": a role of the organisation, so a person.
        // "Gatwick, the company has written", "X, the company said": a
        // clause, not an apposition. "a university student": the noun
        // phrase goes on.
        let sent = toks[start].sent;
        let first = ctx.sent_tok[sent].start;
        let continues = toks.get(start + n).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "'s" | "’s" | "founder" | "owner" | "boss" | "executive"
            ) || ctx.kb.is_some_and(|kb| kb.title(&t.lower).is_some())
                || ctx.lex.cue(&t.lower).is_some()
                || ctx.tags(sent).get(start + n - first).is_some_and(|g| {
                    matches!(g.upos.as_str(), "NOUN" | "PROPN" | "ADJ" | "AUX" | "ADV")
                })
        });
        let head_is_title = ctx.kb.is_some_and(|kb| kb.title(words[n - 1]).is_some());
        if continues || head_is_title {
            return None;
        }
        org_noun_sector(&words[..n])
    })
}

/// Evidence around unknown organisations: "Iran's Supreme National
/// Security Council" (country), "Kestrel Trading, a freight company
/// registered in Dubai" (sector and country), "the rights group Foro Penal".
fn org_evidence(ctx: &Ctx<'_>, kb: &Kb, cands: &mut [Cand]) {
    let toks = &ctx.toks;
    for ci in 0..cands.len() {
        let c = &cands[ci];
        if c.kind != Kind::Org || c.target.is_some() {
            continue;
        }
        let ti = ctx.tok_at(c.start);
        let floor = ctx.sent_tok[c.sent].start;
        let sent_end = ctx.sent_tok[c.sent].end;
        let mut country = c.country.clone();
        let mut sector = c.sector.clone();
        if country.is_none()
            && ti >= floor + 2
            && matches!(toks[ti - 1].lower.as_str(), "'s" | "’s")
        {
            let owner_end = toks[ti - 2].end;
            country = cands
                .iter()
                .find(|x| x.end == owner_end && x.kind == Kind::Country)
                .and_then(|x| cand_country(kb, x));
        }
        if sector.is_none() {
            sector = org_noun_before(ctx, ti).map(str::to_string);
        }
        // "Lagos-based Ikoyi Capital Partners".
        if country.is_none() && ctx.text[..c.start].ends_with("-based ") {
            let place_end = c.start - "-based ".len();
            country = cands.iter().find(|x| x.end == place_end).and_then(|x| {
                cand_country(kb, x).or_else(|| target_country(kb, x.target).map(str::to_owned))
            });
        }
        // "The Eastern Theater Command of the People's Liberation Army":
        // a unit of a known body is of its country.
        if country.is_none() {
            let rest = &ctx.text[c.end..];
            let skip = [" of the ", " of "]
                .iter()
                .find(|p| rest.starts_with(*p))
                .map(|p| p.len());
            if let Some(n) = skip {
                country = cands
                    .iter()
                    .find(|x| x.start == c.end + n && x.kind == Kind::Org)
                    .and_then(|x| match x.target {
                        Some(Target::Org(o)) => kb.org(o).and_then(|org| org.country.clone()),
                        _ => None,
                    });
            }
        }
        // "Harbourline Energy in London": a place right after a firm's name.
        if country.is_none()
            && ctx.text[c.end..].starts_with(" in ")
            && ctx.text[c.start..c.end]
                .rsplit(' ')
                .next()
                .is_some_and(bus_head)
        {
            let place_start = c.end + " in ".len();
            country = cands
                .iter()
                .find(|x| x.start == place_start && matches!(x.kind, Kind::Place | Kind::Country))
                .and_then(|x| {
                    cand_country(kb, x).or_else(|| target_country(kb, x.target).map(str::to_owned))
                });
        }
        // An apposition: ", a freight company registered in Dubai,".
        let mut k = toks.partition_point(|t| t.start < c.end);
        // "Association for Democratic Reforms (ADR), a small watchdog group".
        if k + 2 < sent_end && toks[k].text == "(" && toks[k + 2].text == ")" {
            k += 3;
        }
        if k < sent_end && toks[k].text == "," {
            k += 1;
            let app_start = k;
            while k < sent_end
                && k < app_start + 12
                && !matches!(toks[k].text.as_str(), "," | "." | ";" | "(" | ")")
            {
                k += 1;
            }
            let words: Vec<&str> = toks[app_start..k]
                .iter()
                .map(|t| t.lower.as_str())
                .collect();
            if sector.is_none() {
                // The noun phrase ends before "based", "registered", "that", "which"...
                let np_end = words
                    .iter()
                    .position(|w| {
                        matches!(
                            *w,
                            "based"
                                | "registered"
                                | "headquartered"
                                | "that"
                                | "which"
                                | "who"
                                | "with"
                                | "in"
                                | "of"
                                | "for"
                        )
                    })
                    .unwrap_or(words.len());
                sector = org_noun_sector(&words[..np_end]).map(str::to_string);
            }
            if country.is_none() {
                if let Some(w) = words.windows(2).position(|w| {
                    matches!(w[0], "based" | "registered" | "headquartered") && w[1] == "in"
                }) {
                    let place_start = toks[app_start + w + 2].start;
                    country = cands.iter().find(|x| x.start == place_start).and_then(|x| {
                        cand_country(kb, x)
                            .or_else(|| target_country(kb, x.target).map(str::to_owned))
                    });
                }
            }
        }
        let c = &mut cands[ci];
        c.country = country;
        c.sector = sector;
    }
}

/// "Election Commission of India": an unknown organisation and the country
/// after its "of" are one name, of that country.
fn merge_of_country_orgs(ctx: &Ctx<'_>, kb: &Kb, cands: &mut Vec<Cand>) {
    let mut i = 0;
    while i + 1 < cands.len() {
        let (a, b) = (&cands[i], &cands[i + 1]);
        // Borrowed: most candidates are not merged.
        let country = match b.target {
            Some(Target::Country(c)) => kb.countries().get(c.index()).map(|c| c.iso3.as_str()),
            _ => None,
        };
        if country.is_some()
            && a.kind == Kind::Org
            && a.target.is_none()
            && a.sent == b.sent
            && ctx.text.get(a.end..b.start) == Some(" of ")
        {
            let merged = Cand {
                country: a.country.clone().or_else(|| country.map(str::to_owned)),
                ..Cand::bare(a.start, b.end, a.sent, Kind::Org, None, "name")
            };
            cands[i] = merged;
            cands.remove(i + 1);
        }
        i += 1;
    }
}

/// "the UN Office for Disaster Risk Reduction", "an EU Border Assistance
/// Mission": an intergovernmental organisation's name right before a body
/// the knowledge base does not know names the body's owner. The two are
/// one mention of the body, which takes the organisation's actor code
/// (rather than a country's by the article's context, or the body's
/// words alone).
fn merge_igo_bodies(ctx: &Ctx<'_>, kb: &Kb, cands: &mut Vec<Cand>) {
    let mut i = 0;
    while i + 1 < cands.len() {
        let (a, b) = (&cands[i], &cands[i + 1]);
        let igo = match a.target {
            Some(Target::Org(o)) if a.kind == Kind::Org => {
                kb.org(o).filter(|x| x.kind == "igo").map(|_| o)
            }
            _ => None,
        };
        // Generic organs ("the IAEA Board of Governors") stay apart: later
        // bare mentions of the organ are the same one (`body_part_owner`).
        // Only a body's name ("Office for ...", "Human Rights Council"),
        // of no country of its own: "the EU Chamber of Commerce", "the UN
        // Correspondents Association", "an EU Acme Holdings fine" are no
        // bodies of the organisation.
        let body = || {
            ctx.text[b.start..b.end]
                .split(' ')
                .any(|w| IGO_BODY_HEADS.contains(&w))
        };
        if igo.is_some()
            && b.kind == Kind::Org
            && b.target.is_none()
            && b.country.is_none()
            && a.sent == b.sent
            && ctx.text.get(a.end..b.start) == Some(" ")
            && !BODY_PARTS.contains(&&ctx.text[b.start..b.end])
            && body()
        {
            let merged = Cand {
                igo,
                ..Cand::bare(a.start, b.end, a.sent, Kind::Org, None, "name")
            };
            cands[i] = merged;
            cands.remove(i + 1);
        }
        i += 1;
    }
}

/// The head words of an intergovernmental organisation's bodies.
const IGO_BODY_HEADS: &[&str] = &[
    "Office",
    "Organization",
    "Organisation",
    "Mission",
    "Agency",
    "Programme",
    "Program",
    "Fund",
    "Commission",
    "Council",
    "Assembly",
    "Committee",
    "Court",
    "Tribunal",
    "Secretariat",
    "Centre",
    "Center",
    "Institute",
    "Forum",
    "Panel",
    "Service",
    "Force",
    "Forces",
    "Bureau",
    "Authority",
    "Department",
    "Division",
    "Directorate",
    "Unit",
    "Team",
    "Parliament",
    "Observatory",
    "Academy",
    "College",
    "University",
];

/// The country an expression names: a demonym, a country name, or its possessive.
fn country_of_token(ctx: &Ctx<'_>, kb: &Kb, ti: usize) -> Option<String> {
    country_of_phrase(kb, &ctx.toks.get(ti)?.text)
}

/// The country a phrase names: a demonym or a country name ("Iranian",
/// "South African", "Sri Lanka").
fn country_of_phrase(kb: &Kb, phrase: &str) -> Option<String> {
    if let Some(c) = kb.demonym(phrase) {
        return Some(c.iso3.clone());
    }
    kb.lookup(phrase).iter().find_map(|x| match x {
        Target::Country(c) | Target::Demonym(c) => {
            kb.countries().get(c.index()).map(|c| c.iso3.clone())
        }
        _ => None,
    })
}

/// Longest title ending just before token `end` (exclusive); returns its start token.
fn title_ending_at<'k>(
    ctx: &Ctx<'_>,
    kb: &'k Kb,
    end: usize,
    floor: usize,
) -> Option<(usize, &'k str)> {
    // As in `longest_title_from`, from the last word.
    // The last word found by its bytes: `rsplit(' ')` built a character
    // searcher per call.
    let lower = ctx.toks.get(end.checked_sub(1)?)?.lower.as_str();
    let last = lower
        .bytes()
        .rposition(|b| b == b' ')
        .map_or(lower, |i| &lower[i + 1..]);
    let n = kb
        .title_words_to(last)
        .min(4)
        .min(end.saturating_sub(floor));
    if n == 0 {
        return None;
    }
    // The phrases of fewer tokens are suffixes of the longest one.
    let phrase = phrase_of(ctx, end - n..end);
    let mut from = 0;
    for len in (1..=n).rev() {
        if let Some(t) = phrase.get(from..).and_then(|p| kb.title(p)) {
            if len == 1 && given_name_before_name(ctx, kb, end - 1) {
                return None;
            }
            return Some((end - len, t.title.as_str()));
        }
        from += ctx.toks[end - len].lower.len() + 1;
    }
    None
}

/// "Felix Plasencia ... Plasencia said", "Mia Hamm ... Hamm will":
/// a town's name that is the surname of a person the article has named in
/// full (and the knowledge base does not know) is that person, unless a
/// place's preposition or a place noun around it makes it the town, or
/// the article already names the town.
fn surname_over_place(ctx: &Ctx<'_>, ents: &[Ent], c: &Cand, surface: &str) -> Option<usize> {
    if !matches!(c.target, Some(Target::City(_) | Target::Region(_)))
        || c.metonym.is_some()
        || surface.contains(' ')
        || ents.iter().any(|e| e.target == c.target)
    {
        return None;
    }
    let ti = ctx.tok_at(c.start);
    let toks = &ctx.toks;
    let floor = ctx.sent_tok[c.sent].start;
    if ti > floor {
        let p = toks[ti - 1].lower.as_str();
        if PLACE_PREPS.contains(&p)
            || matches!(
                p,
                "of" | "the"
                    | "nearby"
                    | "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "central"
            )
            // ("Bochum, Hamm and Dortmund": a list of places.)
            || (matches!(p, "," | "and")
                && ti >= floor + 2
                && is_cap(&toks[ti - 2].text)
                && ctx
                    .kb
                    .is_some_and(|kb| !kb.lookup(&toks[ti - 2].text).is_empty()))
        {
            return None;
        }
    }
    // The person acts or speaks: a verb, a cue or a possessive of no
    // town's office after the name ("Hamm said", "Plasencia's visit";
    // not "Hamm's mayor", "Kassel police", "Hamm, a city of").
    let next = toks.get(ti + 1).map_or("", |t| t.lower.as_str());
    let acts = match next {
        "'s" => !toks.get(ti + 2).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "mayor" | "council" | "police" | "residents" | "streets" | "governor" | "officials"
            )
        }),
        "said" | "says" | "told" | "added" | "has" | "had" | "have" | "is" | "was" | "will"
        | "would" | "also" => true,
        // ("Carson died", "Ferguson admitted": a verb's inflected form.)
        _ => ctx.lex.cue(next).is_some() || ctx.lex.lemma(next).is_some_and(|l| l != next),
    };
    if !acts {
        return None;
    }
    ents.iter().rposition(|e| {
        e.kind == Kind::Person
            && e.target.is_none()
            && e.name
                .strip_suffix(surface)
                .is_some_and(|h| h.len() > 1 && h.ends_with(' '))
    })
}

/// The role of a person introduced as someone's counterpart: "his Swiss
/// counterpart Otto Ray", "Ray's Qatari counterpart, Jo Ames". The office
/// is the possessor's (their title in the text, else their knowledge-base
/// office on the publication date); the country is the one named before
/// "counterpart". With no country named ("his counterpart", "his southern
/// counterpart") nothing is given: the office's country is unknown, and the
/// context's would be the possessor's.
fn counterpart_role(
    ctx: &Ctx<'_>,
    kb: &Kb,
    cands: &[Cand],
    ci: usize,
) -> Option<(rec::Role, String)> {
    let c = &cands[ci];
    let toks = &ctx.toks;
    let floor = ctx.sent_tok[c.sent].start;
    let mut k = ctx.tok_at(c.start);
    if toks.get(k)?.start != c.start {
        return None;
    }
    if k > floor && toks[k - 1].text == "," {
        k -= 1;
    }
    if k <= floor || toks[k - 1].lower != "counterpart" {
        return None;
    }
    let cp = &toks[k - 1];
    // The country: a demonym or country candidate right before.
    let ni = cands[..ci]
        .iter()
        .rposition(|x| x.end <= cp.start)
        .filter(|&ni| ctx.text[cands[ni].end..cp.start].trim().is_empty())?;
    let named = &cands[ni];
    if named.kind != Kind::Country {
        return None;
    }
    let country = target_country(kb, named.target)?.to_owned();
    // The possessor: "X's" right before, or the last person before "his"
    // or "her" in the sentence.
    let before = ctx.text[..named.start].trim_end();
    let owner = if let Some(h) = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("\u{2019}s"))
    {
        cands[..ni]
            .iter()
            .rposition(|x| x.end == h.len())
            .filter(|&oi| cands[oi].kind == Kind::Person)
            .map(Some)?
    } else {
        let pi = ctx.tok_at(named.start).checked_sub(1)?;
        if pi < floor || !matches!(toks[pi].lower.as_str(), "his" | "her") {
            return None;
        }
        // (The sentence's first person, its subject most often: "Minister
        // X said after talks with President Y that she would meet her
        // Swiss counterpart" is X's.)
        cands[..ni]
            .iter()
            .position(|x| x.sent == c.sent && x.kind == Kind::Person)
    };
    let title = match owner {
        Some(oi) => {
            let o = &cands[oi];
            match o.roles.iter().find(|r| !r.former) {
                Some(r) => r.title.clone(),
                None => {
                    let Some(Target::Person(p)) = o.target else {
                        return None;
                    };
                    let date = ctx.published?;
                    let terms = kb.person_terms_at(p, date);
                    // (One office, or the code would be a guess.)
                    match terms.as_slice() {
                        [t] => t.role.clone(),
                        _ => return None,
                    }
                }
            }
        }
        // "The Iranian foreign minister was welcomed by his Egyptian
        // counterpart": the title the sentence names before.
        // (The subject's title only, at the sentence's start: not "after
        // talks with the UN secretary-general, he met his counterpart".)
        None => {
            let pi = ctx.tok_at(named.start);
            (floor + 1..pi.min(floor + 6))
                .rev()
                .find_map(|end| title_ending_at(ctx, kb, end, floor))
                .filter(|&(ts, _)| ts <= floor + 3)?
                .1
                .to_owned()
        }
    };
    // (A title of no office, "analyst", "coach", has counterparts too; only
    // offices of a sector carry a code.)
    kb.title(&title)?;
    let role = rec::Role {
        title,
        of: None,
        span: Some(rec::Span {
            start: named.start,
            end: cp.end,
        }),
        former: false,
    };
    Some((role, country))
}

/// Roles written before a person: "Iran's Ambassador to Iraq Iraj Masjedi",
/// "US Secretary of State Mike Pompeo", "Head of the Fatah Alliance Hadi al-Amiri".
fn roles_before<'k>(
    ctx: &Ctx<'_>,
    kb: &'k Kb,
    cands: &[Cand],
    person_at: &[u8],
    ci: usize,
) -> (Vec<rec::Role>, Option<String>) {
    let c = &cands[ci];
    let toks = &ctx.toks;
    let floor = ctx.sent_tok[c.sent].start;
    let mut end = ctx.tok_at(c.start);
    let mut roles = Vec::new();
    let mut country = None;
    // "Ambassador to Iraq" / "Head of the Fatah Alliance": a complement between title and name.
    let mut of_country: Option<String> = None;
    // "Deputy Army Chief for Coordination Affairs Rear Admiral X": a rank
    // right before the name is the role, and no earlier title's complement
    // runs over it; another title there only ends the complement
    // ("Chairman of the Expediency Council Ayatollah X", "Ambassador to the
    // UN Amir Saeid X", where "Amir" is a given name).
    // The title right before the name, looked up once: the loop below
    // and the plain-title step after it ask for it again while `end` stays.
    let name_start = end;
    let title_before_name = title_ending_at(ctx, kb, end, floor);
    let direct = title_before_name.map(|(ts, t)| {
        let rank = kb.title(t).is_some_and(|t| t.kind == "military_rank");
        (ts, rank)
    });
    // (Set off by commas, the complement may be longer: "The deputy head
    // of the Peruvian Mission to the United Nations, Jo Ray,".)
    let reach = if end > floor && toks[end - 1].text == "," {
        10
    } else {
        6
    };
    for back in 1..=reach {
        if end < floor + back + 1 {
            break;
        }
        let k = end - back;
        // "The President of Kenya sacked X": a finite verb between ends
        // any complement.
        if toks[k].text.bytes().all(|b| b.is_ascii_lowercase())
            && matches!(xpos_at(ctx, k), Some("VBD" | "VBZ" | "VBP" | "MD"))
        {
            break;
        }
        // "Minister of Cooperatives, Labour, and Social Welfare, X,": a
        // list of capitalised portfolios, set off by commas, is one
        // complement.
        let portfolios = toks[k].lower == "of"
            && toks[end - 1].text == ","
            && is_cap(&toks[k + 1].text)
            && toks[k + 1..end - 1].iter().any(|t| t.text == ",")
            && toks[k + 1..end - 1]
                .iter()
                .all(|t| is_cap(&t.text) || t.text == "," || t.lower == "and");
        // (Past six tokens, only a named body: "of the Iranian Mission to
        // ...", not "of the party's ...", a list or a lowercase field.)
        if back > 6
            && !portfolios
            && !(toks[k + 1].lower == "the"
                && is_cap(&toks[k + 2].text)
                && toks[k + 1..end - 1]
                    .iter()
                    .all(|t| t.text != "," && t.lower != "party"))
        {
            continue;
        }
        if k + 1 < end && matches!(toks[k].lower.as_str(), "to" | "of" | "for") {
            // "a spokesman for Prime Minister X", "an adviser to President
            // X": after a title that speaks for someone, a complement that
            // is all title is the name's own; the spokesman is someone
            // else ("Minister of Justice X" is the minister).
            if direct.is_some_and(|(ts, _)| ts == k + 1)
                && title_ending_at(ctx, kb, k, floor)
                    .and_then(|(_, t)| kb.title(t))
                    .is_some_and(|t| t.sector == "inherit")
            {
                break;
            }
            // ("Chairman of the House panel, Rep. Jo Ray,": nor does a
            // complement set off by a comma before an office of the
            // name's; an honorific there, "Dr.", "Sheikh", leaves it.)
            let office_after_comma = |d: usize| {
                toks[d - 1].text == ","
                    && title_before_name
                        .and_then(|(_, t)| kb.title(t))
                        .is_some_and(|t| t.kind == "office")
            };
            if direct.is_some_and(|(d, rank)| d > k + 1 && (rank || office_after_comma(d))) {
                break;
            }
            if let Some((ts, title)) = title_ending_at(ctx, kb, k, floor) {
                let comp_start = toks[k + 1].start;
                // "the president of the European Commission, José Manuel
                // Barroso": the complement ends at the apposition's comma.
                let last = if portfolios && kb.title(title).is_some_and(|t| t.kind == "office") {
                    end - 1
                } else {
                    (k + 1..end).find(|&j| toks[j].text == ",").unwrap_or(end)
                }
                .min(match direct {
                    // A title after the complement ends it.
                    Some((d, _)) if d > k + 1 => d,
                    // A title phrase holding this "of" ("Secretary of
                    // State X") is the role: no complement.
                    Some((d, _)) if d <= k => k + 1,
                    // "Minister of Justice X": the complement is a title
                    // word, and the minister's.
                    _ => end,
                });
                // "the letter of the Leader of the Revolution to X": a
                // complement ending in a preposition has the name for its
                // object; the title is someone else's.
                if last <= k + 1
                    || last == end
                        && matches!(
                            toks[last - 1].lower.as_str(),
                            "to" | "of" | "for" | "by" | "with" | "from" | "and" | "against"
                        )
                {
                    break;
                }
                let comp_end = toks[last - 1].end;
                let comp = ctx.text[comp_start..comp_end]
                    .trim_start_matches("the ")
                    .to_string();
                of_country =
                    complement_country(kb, cands, comp_start, comp_end, title, &toks[k].lower);
                roles.push(rec::Role {
                    title: title.to_string(),
                    of: Some(comp),
                    span: Some(rec::Span {
                        start: toks[ts].start,
                        end: comp_end,
                    }),
                    former: former_before(ctx, kb, ts, floor),
                });
                end = ts;
                break;
            }
        }
        // Another person's name starts here ("Kenya's Minister of Health,
        // Kagwe, and X"; a lone word only in a list of capitalised words
        // that runs to this name: "Minister of Industry and Trade X").
        if c.kind == Kind::Person
            && (person_at[k] == 1
                || person_at[k] == 2
                    && !(toks[end - 1].lower != "and"
                        && toks[k..end]
                            .iter()
                            .all(|t| is_cap(&t.text) || t.text == "," || t.lower == "and")))
        {
            break;
        }
    }
    // "The U.S. National Security Council spokesman, John Kirby,", "Its
    // director, Farid Oruclu,", "A neighbour, Jorge Pinto,": a title set off
    // by commas before the name.
    // (A comma right before token `end`, and a comma or full stop right
    // after the name.)
    let set_off = |end: usize| {
        end > floor + 1
            && toks[end - 1].text == ","
            && toks
                .get(toks.partition_point(|t| t.start < c.end))
                .is_some_and(|t| matches!(t.text.as_str(), "," | "."))
    };
    let mut owner_its = false;
    if roles.is_empty() && set_off(end) && title_ending_at(ctx, kb, end - 1, floor).is_some() {
        end -= 1;
        owner_its = true;
    }
    if roles.is_empty() {
        let plain = if end == name_start {
            title_before_name
        } else {
            title_ending_at(ctx, kb, end, floor)
        };
        if let Some((ts, mut title)) = plain {
            // Chains such as "Lt. Gen." or "Deputy Foreign Minister".
            let mut ts2 = ts;
            let chain = |ts2: &mut usize, title: &mut &'k str| {
                while let Some((t3, t3_title)) = title_ending_at(ctx, kb, *ts2, floor) {
                    if t3 == *ts2 {
                        break;
                    }
                    // "Foreign Minister Prince X": the office, not a prince's
                    // or an honorific's rank, is the role.
                    if *ts2 == ts
                        && kb
                            .title(title)
                            .is_some_and(|t| t.sector == "ELI" || t.kind == "honorific")
                        && kb
                            .title(t3_title)
                            .is_some_and(|t| t.kind == "office" && t.sector != "inherit")
                    {
                        *title = t3_title;
                    }
                    *ts2 = t3;
                }
            };
            chain(&mut ts2, &mut title);
            // "Deputy Tourism Minister", "Maldives Energy Secretary": up to
            // three capitalised portfolio words before a minister or
            // secretary belong to the title.
            if matches!(
                toks[ts2].lower.as_str(),
                "minister"
                    | "secretary"
                    | "commissioner"
                    | "coordinator"
                    | "envoy"
                    | "representative"
                    | "adviser"
                    | "advisor"
            ) {
                let mut p = ts2;
                while p > floor
                    && ts2 - p < 3
                    && is_cap(&toks[p - 1].text)
                    && !is_title(kb, &toks[p - 1].lower)
                    // ("Its secretary general, X,": a capitalised
                    // determiner opening the sentence is no portfolio.)
                    && !matches!(
                        toks[p - 1].lower.as_str(),
                        "its" | "his" | "her" | "their" | "our" | "the" | "a" | "an" | "this" | "that"
                    )
                    && !cands.iter().any(|x| {
                        // A lone capital read as a possible surname is no name.
                        x.mkind != "maybe"
                            && x.start <= toks[p - 1].start
                            && toks[p - 1].end <= x.end
                    })
                {
                    p -= 1;
                }
                // (Before a coordinator, envoy, representative or adviser,
                // only a body's portfolio: "UN Emergency Relief
                // Coordinator"; not "Argentinas envoy" or "EU High
                // Representative".)
                let ministerial = matches!(
                    toks[ts2].lower.as_str(),
                    "minister" | "secretary" | "commissioner"
                );
                let body_before = p > floor
                    && cands
                        .iter()
                        .any(|x| x.end == toks[p - 1].end && x.kind == Kind::Org)
                    && kb
                        .title(&format!("{} {}", toks[ts2 - 1].lower, toks[ts2].lower))
                        .is_none();
                if p < ts2 && (ministerial || body_before) {
                    ts2 = p;
                    chain(&mut ts2, &mut title);
                }
            }
            roles.push(rec::Role {
                title: title.to_string(),
                of: None,
                span: Some(rec::Span {
                    start: toks[ts2].start,
                    end: toks[end - 1].end,
                }),
                former: former_before(ctx, kb, ts2, floor),
            });
            end = ts2;
        }
    }
    // "A U.S. Navy spokesman, Lt. Jo Ray,": a rank right before the name
    // and, set off by commas before it, a title whose owner is named there.
    if roles.len() == 1
        && !owner_its
        && direct.is_some_and(|(ts, rank)| rank && ts == end)
        && set_off(end)
    {
        if let Some((ts, title)) = title_ending_at(ctx, kb, end - 1, floor) {
            roles.push(rec::Role {
                title: title.to_string(),
                of: None,
                span: Some(rec::Span {
                    start: toks[ts].start,
                    end: toks[end - 2].end,
                }),
                former: former_before(ctx, kb, ts, floor),
            });
            end = ts;
        }
    }
    if owner_its && !roles.is_empty() && end > floor {
        let k = end - 1;
        match toks[k].lower.as_str() {
            // "Its director, X,": the organisation last named.
            "its" => {
                if let Some(x) = cands
                    .iter()
                    .rev()
                    .find(|x| x.end <= toks[k].start && x.kind == Kind::Org)
                {
                    for r in &mut roles {
                        if r.of.is_none() {
                            r.of = Some(ctx.text[x.start..x.end].to_string());
                        }
                    }
                }
            }
            // "Hungary, whose foreign minister, X,": the country before.
            "whose" if k >= floor + 2 && toks[k - 1].text == "," => {
                if let Some(cc) = country_of_token(ctx, kb, k - 2) {
                    for r in &mut roles {
                        if r.of.is_none() {
                            r.of = kb.country(&cc).map(|x| x.name.clone());
                        }
                    }
                    country = Some(cc);
                }
            }
            _ => {}
        }
    }
    if !roles.is_empty() && end > floor {
        // "US Secretary of State", "Iraq's President", "Iranian Foreign
        // Minister", "Iran's new Ambassador", "Ghana's former minister".
        let mut k = end - 1;
        while k > floor
            && (is_former(&toks[k].lower) || TITLE_MODIFIERS.contains(&toks[k].lower.as_str()))
        {
            k -= 1;
        }
        // "UN human rights chief", "the EU's aid commissioner": a field of
        // one or two lowercase words between a body and its title. (Not
        // before a judge's or a lawyer's title: "the Google antitrust
        // judge" sits on a case about the body.)
        let mut f = k;
        while f > floor
            && k - f < 2
            && toks[f].text.bytes().all(|b| b.is_ascii_lowercase())
            && matches!(upos_at(ctx, f), Some("NOUN" | "ADJ"))
        {
            f -= 1;
        }
        if f < k
            && !roles.iter().any(|r| {
                matches!(
                    r.title.as_str(),
                    "judge" | "prosecutor" | "lawyer" | "attorney" | "investigator"
                )
            })
            && cands.iter().any(|x| {
                x.kind == Kind::Org
                    && (x.end == toks[f].end
                        || f > floor
                            && matches!(toks[f].lower.as_str(), "'s" | "’s")
                            && x.end == toks[f - 1].end)
            })
        {
            k = f;
        }
        // "The Shanghai Cooperation Organization (SCO) secretary-general":
        // the body's acronym in brackets stands for it.
        if k >= floor + 2 && toks[k].text == ")" && toks[k - 2].text == "(" {
            k -= 1;
        }
        let poss = matches!(toks[k].lower.as_str(), "'s" | "’s");
        let ck = if poss && k > floor { k - 1 } else { k };
        // "South African Foreign Minister", "Sri Lanka's President": a
        // two-word country or demonym.
        let two_word = (ck > floor)
            .then(|| country_of_phrase(kb, &join3(&toks[ck - 1].text, " ", &toks[ck].text)))
            .flatten();
        if let Some(cc) = two_word.or_else(|| country_of_token(ctx, kb, ck)) {
            country = Some(cc.clone());
            for r in &mut roles {
                if r.of.is_none() {
                    r.of = kb.country(&cc).map(|x| x.name.clone());
                }
            }
        } else {
            // "Fatah Alliance's head", "State Department spokesman": an
            // organisation owns the role.
            if let Some(x) = cands
                .iter()
                .find(|x| x.end == toks[ck].end && (poss || x.kind == Kind::Org))
            {
                for r in &mut roles {
                    if r.of.is_none() {
                        r.of = Some(ctx.text[x.start..x.end].to_string());
                    }
                }
                // "China's SCO coordinator", "Iran's UN envoy": a country
                // before the body sends the holder; the body is the post.
                // (A country's name with no possessive is the body's field:
                // "the Yemen UN envoy" is the UN's.)
                let xs = ctx.tok_at(x.start);
                if !poss && xs > floor {
                    if xs > floor + 1 && matches!(toks[xs - 1].lower.as_str(), "'s" | "’s") {
                        country = country_of_token(ctx, kb, xs - 2);
                    } else if kb.demonym(&toks[xs - 1].text).is_some() {
                        country = country_of_token(ctx, kb, xs - 1);
                    }
                }
            }
        }
    }
    if country.is_none() {
        country = of_country;
    }
    // "King Hassan of Morocco", "President Mitterrand of France": a
    // titled name followed by "of" and a country holds that country's office.
    // Not a legislator's: "Rep. Bob Barr of Georgia" names his state.
    if country.is_none()
        && !roles.is_empty()
        && ctx.text.get(c.end..c.end + 4) == Some(" of ")
        && !roles
            .iter()
            .any(|r| kb.title(&r.title).is_some_and(|t| t.sector == "LEG"))
    {
        let after = cands.partition_point(|x| x.start < c.end + 4);
        if let Some(cc) = cands
            .get(after)
            .filter(|x| x.start == c.end + 4 && matches!(x.target, Some(Target::Country(_))))
            .and_then(|x| cand_country(kb, x))
        {
            for r in &mut roles {
                if r.of.is_none() {
                    r.of = kb.country(&cc).map(|x| x.name.clone());
                }
            }
            country = Some(cc);
        }
    }
    (roles, country)
}

/// Whether a known organisation is an armed group outside the state
/// (rebels, insurgents, militias, separatists).
fn non_state_armed(kb: &Kb, e: &Ent) -> bool {
    let code = match e.target {
        Some(Target::Org(o)) => kb.org(o).map(|o| o.code.as_str()),
        Some(Target::Group(g)) => kb.group(g).map(|g| g.code.as_str()),
        _ => None,
    };
    code.is_some_and(armed_code)
}

/// Whether an actor code is an armed group's outside the state.
fn armed_code(code: &str) -> bool {
    code.ends_with("INS")
        || code.ends_with("REB")
        || code.ends_with("UAF")
        || code.ends_with("SEP")
        || code.contains("IMG")
}

/// The sector the last sector noun of a name gives ("the Finance Ministry"
/// GOV), read from its last word back.
/// The sector of a name's last two words as one head noun ("Bolivian Air
/// Force", "the Kenyan Coast Guard"), read before the single words it
/// holds.
fn pair_sector(kb: &Kb, name: &str) -> Option<String> {
    let words: Vec<&str> = NameWords::new(name).collect();
    let [.., a, b] = words[..] else {
        return None;
    };
    let mut pair = [a, " ", b].concat();
    pair.make_ascii_lowercase();
    kb.sector_noun(&pair).map(|s| s.code.clone())
}

fn noun_sector<'k>(kb: &'k Kb, name: &str) -> Option<&'k str> {
    name.split_whitespace()
        .rev()
        .find_map(|w| with_lowercase(w, |l| kb.sector_noun(l)))
        .map(|s| s.code.as_str())
}

/// Whether an entity is a state's office or body: a body of government,
/// legislature, courts, armed forces, police or intelligence, or a person
/// holding such a role of no other body. Heads' titles ("president",
/// "king", "mayor") do not count: unqualified, they are as often a firm's
/// or a foreign head.
fn state_sector(kb: &Kb, e: &Ent) -> bool {
    let state = |s: &str| national_sector(s) || s == "SPY";
    if e.kind != Kind::Person {
        // Described as one, or named so ("the Finance Ministry").
        return e.sector.as_deref().is_some_and(state)
            || e.target.is_none()
                && (sector_by_name(&e.name).is_some_and(state)
                    || noun_sector(kb, &e.name).is_some_and(state));
    }
    e.roles.iter().any(|r| {
        r.of.is_none()
            && !matches!(
                r.title.as_str(),
                "president"
                    | "vice president"
                    | "prime minister"
                    | "king"
                    | "queen"
                    | "prince"
                    | "emir"
                    | "mayor"
                    | "governor"
                    | "chairman"
                    | "prosecutor"
            )
            && kb.title(&r.title).is_some_and(|t| state(&t.sector))
    })
}

fn cand_country(kb: &Kb, c: &Cand) -> Option<String> {
    match c.target {
        Some(Target::Country(x) | Target::Demonym(x)) => {
            kb.countries().get(x.index()).map(|c| c.iso3.clone())
        }
        _ => c.country.clone(),
    }
}

/// The country a title's complement (`start..end`) places its holder in:
/// the first country named there (or a body's country the text gives);
/// for the office of a territory, else the country of the longest name
/// there when it is a known body or a place ("Prime Minister of the
/// Kurdistan Region", "governor of Nineveh", "mayor of Lyon"). Not for
/// envoys (`connector` other than "of"), who are posted to the place, nor
/// for scholars and clerics, whose
/// complements are institutions that town names open ("professor at
/// Georgetown University", "Archbishop of Canterbury").
fn complement_country(
    kb: &Kb,
    cands: &[Cand],
    start: usize,
    end: usize,
    title: &str,
    connector: &str,
) -> Option<String> {
    // An envoy's complement is the host ("Ambassador to Iraq", "Special
    // Envoy for Yemen"), but for "of" ("the ambassador of Mali to Iran").
    // ("WHO representative to Iran": so is a representative's after "to".)
    if connector != "of" && matches!(title, "ambassador" | "attache" | "consul")
        || connector == "to" && title == "representative"
    {
        return None;
    }
    let inside = || cands.iter().filter(|x| x.start >= start && x.end <= end);
    let first = inside().next().and_then(|x| cand_country(kb, x));
    // Offices held of a territory only: a president or chairman may be a
    // firm's ("a vice-president at Salomon Brothers Inc, New York").
    let office = matches!(
        title,
        "prime minister" | "deputy prime minister" | "minister" | "governor" | "mayor"
    );
    first.or_else(|| {
        if !office {
            return None;
        }
        let x = inside().max_by_key(|x| (x.end - x.start, std::cmp::Reverse(x.start)))?;
        match x.target {
            Some(Target::Region(_) | Target::City(_)) => {
                target_country(kb, x.target).map(str::to_owned)
            }
            Some(Target::Org(o)) => kb.org(o).and_then(|o| o.country.clone()),
            _ => None,
        }
    })
}

/// Apposition after a person: ", a spokesperson for the US-led coalition,"
/// or ", Iraq's Foreign Minister".
fn roles_after(
    ctx: &Ctx<'_>,
    kb: &Kb,
    cands: &[Cand],
    ci: usize,
) -> (Vec<rec::Role>, Option<String>) {
    let c = &cands[ci];
    let toks = &ctx.toks;
    let sent_end = ctx.sent_tok[c.sent].end;
    let mut k = toks.partition_point(|t| t.start < c.end);
    if k >= sent_end || toks[k].text != "," {
        return (Vec::new(), None);
    }
    k += 1;
    let app_start = k;
    // "Rosa Elena Quezada, 63,": an age set off by commas is how papers
    // introduce the people they quote in the street; not after a trade the
    // roles do not know ("openside flanker Jo Ray, 29,").
    let trade_before = || {
        let b = toks.partition_point(|t| t.end <= c.start);
        b > ctx.sent_tok[c.sent].start
            && toks[b - 1].text.bytes().all(|x| x.is_ascii_lowercase())
            && upos_at(ctx, b - 1) == Some("NOUN")
    };
    if c.target.is_none()
        && c.roles.is_empty()
        && !trade_before()
        && k + 1 < sent_end
        && toks[k].text.len() <= 3
        && toks[k]
            .text
            .parse::<u32>()
            .is_ok_and(|a| (12..=110).contains(&a))
        && matches!(toks[k + 1].text.as_str(), "," | ".")
    {
        return (
            vec![rec::Role {
                title: "civilian".into(),
                of: None,
                span: Some(rec::Span {
                    start: toks[k].start,
                    end: toks[k].end,
                }),
                former: false,
            }],
            None,
        );
    }
    // "said Hawwa Nazla, who runs a guesthouse": a person the story
    // describes by a small business, a home or a trade of their own is a
    // member of the public.
    if c.target.is_none()
        && c.roles.is_empty()
        && k + 3 < sent_end
        && toks[k].lower == "who"
        && matches!(
            (toks[k + 1].lower.as_str(), toks[k + 2].lower.as_str()),
            ("runs" | "ran" | "owns" | "owned", "a" | "an")
                | ("lives" | "lived", "in" | "near" | "on")
                | ("sells" | "sold" | "drives" | "drove", _)
        )
    {
        return (
            vec![rec::Role {
                title: "civilian".into(),
                of: None,
                span: Some(rec::Span {
                    start: toks[k].start,
                    end: toks[k + 2].end,
                }),
                former: false,
            }],
            None,
        );
    }
    while k < sent_end
        && matches!(
            toks[k].lower.as_str(),
            "a" | "an" | "the" | "its" | "his" | "her" | "senior" | "top" | "former" | "chief"
        )
    {
        k += 1;
    }
    let modifiers_from = k;
    k = skip_modifiers(ctx, kb, k, sent_end);
    let aged = toks[modifiers_from..k]
        .iter()
        .any(|t| t.lower.ends_with("-year-old"));
    let mut country = None;
    // "Saeb Erekat, the PLO secretary general": an organisation before the
    // title is what the office is of.
    let mut org_before: Option<String> = None;
    // The title after that organisation and its modifiers.
    let mut org_title = None;
    if k < sent_end {
        // ("Ziyad Nakhalah, the Palestinian Islamic Jihad chief": a name
        // opening with a demonym is the organisation's.)
        // The organisation and the token after it, past its initials in
        // brackets ("the Palestinian Islamic Jihad (PIJ) chief").
        let org_at_k = cands
            .iter()
            .find(|x| x.start == toks[k].start && x.kind == Kind::Org && x.sent == c.sent)
            .map(|o| {
                let after = toks.partition_point(|t| t.start < o.end);
                let bracketed =
                    after + 2 < sent_end && toks[after].text == "(" && toks[after + 2].text == ")";
                (o, if bracketed { after + 3 } else { after })
            });
        // ("Robin Marshall, chief U.K. Economist at X": only when a title
        // follows the name.)
        let demonym_led_org = org_at_k.is_some_and(|(o, after)| {
            o.end > toks[k].end
                && longest_title_from(ctx, kb, after, sent_end, 4, |_, _| true).is_some()
        });
        if let Some(cc) = country_of_token(ctx, kb, k).filter(|_| !demonym_led_org) {
            country = Some(cc);
            k += 1;
            if k < sent_end && matches!(toks[k].lower.as_str(), "'s" | "’s") {
                // ("Omar Said, Iran's new ambassador": modifiers after the
                // possessive.)
                k = skip_modifiers(ctx, kb, k + 1, sent_end);
            }
        } else if let Some((o, after)) = org_at_k {
            let after = if after < sent_end && matches!(toks[after].lower.as_str(), "'s" | "’s") {
                after + 1
            } else {
                after
            };
            // ("the UN relief coordinator", "the UN Emergency Relief
            // Coordinator": up to three nouns or adjectives may come before
            // the title, capitalised only when the title is.)
            if let Some(title) = title_past_modifiers(ctx, kb, after, sent_end) {
                org_before = Some(ctx.text[o.start..o.end].to_string());
                country = cand_country(kb, o);
                k = after;
                org_title = Some(title);
            }
        } else if let Some(p) = cands
            .iter()
            .find(|x| x.start == toks[k].start && x.kind == Kind::Place && x.sent == c.sent)
        {
            // "Jamal Nouri, a Kabul resident": the place a member of the
            // public is of (not "a Jupiter analyst": firms take town names).
            let after = toks.partition_point(|t| t.start < p.end);
            // (Resolved as the place's own mention will be, in the story's
            // countries: "a Gaza resident" is no Mozambican.)
            let place_country = || {
                kb.resolve_place(&ctx.text[p.start..p.end], &ctx.context_countries())
                    .map(|h| h.country.to_owned())
                    .or_else(|| p.country.clone())
            };
            // "Ali Najafi, Tehran's new mayor": a place's possessive before
            // an office gives the office's country.
            let office_after_possessive = (after < sent_end
                && matches!(toks[after].lower.as_str(), "'s" | "’s")
                && !p.target.is_some_and(|t| kb.is_weak(t)))
            .then(|| skip_modifiers(ctx, kb, after + 1, sent_end))
            .filter(|&m| {
                m < sent_end
                    && longest_title_from(ctx, kb, m, sent_end, 4, |t, _| t.kind == "office")
                        .is_some()
            });
            if let Some(m) = office_after_possessive {
                country = place_country();
                k = m;
            } else if after < sent_end
                && !p.target.is_some_and(|t| kb.is_weak(t))
                && longest_title_from(ctx, kb, after, sent_end, 4, |t, _| t.sector == "CVL")
                    .is_some()
            {
                country = place_country();
                k = after;
            }
        }
    }
    // "an oil analyst", "a nursing student": one lowercase noun may
    // modify the title.
    let found = org_title
        .or_else(|| longest_title_from(ctx, kb, k, sent_end, 4, |_, _| true))
        .or_else(|| {
            (k + 1 < sent_end && toks[k].text.chars().all(|c| c.is_ascii_lowercase()))
                .then(|| {
                    longest_title_from(ctx, kb, k + 1, sent_end, 4, |t, _| {
                        t.kind == "occupation" || org_before.is_some()
                    })
                    .map(|(len, t, p)| (len + 1, t, p))
                })
                .flatten()
        });
    let Some((len, t, _)) = found else {
        // "Rafael Mendes, a 29-year-old graphic designer": a person the
        // story describes by age and an occupation it does not rank is a
        // member of the public.
        if aged && c.target.is_none() && c.roles.is_empty() {
            return (
                vec![rec::Role {
                    title: "civilian".into(),
                    of: None,
                    span: Some(rec::Span {
                        start: toks[app_start].start,
                        end: toks[k.min(sent_end - 1)].end,
                    }),
                    former: false,
                }],
                None,
            );
        }
        return (Vec::new(), None);
    };
    // "... Iqbal and Jinnah, Ayatollah Khamenei said": a title opening or
    // right before another person's name is theirs, not an apposition
    // (unless the name is a possessive: "X, President Putin's envoy").
    let after_title = toks.get(k + len).map_or(usize::MAX, |t| t.start);
    // (A known person, or a name opening with a known first name: not a
    // false name made of the title's own qualifiers, "Professor Emeritus
    // of History", "Ambassador Designate".)
    if cands.iter().any(|x| {
        x.kind == Kind::Person
            && x.sent == c.sent
            && x.mkind == "name"
            && x.start >= toks[k].start
            && (x.start > toks[k].start || x.target.is_some())
            && (x.target.is_some()
                || ctx.text[x.start..x.end]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| kb.first_name_gender(w).is_some()))
            && x.start <= after_title
            && !ctx.text[x.end..].starts_with(['\'', '’'])
    }) {
        return (Vec::new(), None);
    }
    let (mut e, title) = (k + len, t.title.clone());
    let body_before = org_before.is_some();
    let mut of = org_before.or_else(|| {
        country
            .as_deref()
            .and_then(|cc| kb.country(cc))
            .map(|x| x.name.clone())
    });
    if e < sent_end && matches!(toks[e].lower.as_str(), "for" | "of" | "to" | "at" | "with") {
        let cs = e + 1;
        let mut ce = cs;
        while ce < sent_end
            && !matches!(toks[ce].text.as_str(), "," | "." | ";" | "\"" | "”")
            // A speech verb ends it ("an analyst at Nomura told the BBC"),
            // a capitalised one is a name's ("the State Tobacco ...").
            && ctx
                .lex
                .cue(&toks[ce].lower)
                .is_none_or(|_| ce == cs || is_cap(&toks[ce].text))
        {
            ce += 1;
        }
        if ce > cs {
            let comp = ctx.text[toks[cs].start..toks[ce - 1].end].to_string();
            let comp = comp
                .strip_prefix("the ")
                .map_or(comp.clone(), str::to_string);
            // ("the UN envoy to Yemen" stays the UN's.)
            if !body_before {
                if country.is_none() {
                    country = complement_country(
                        kb,
                        cands,
                        toks[cs].start,
                        toks[ce - 1].end,
                        &t.title,
                        &toks[e].lower,
                    );
                }
                of = Some(comp);
            }
            e = ce;
        }
    }
    let span = rec::Span {
        start: toks[app_start].start,
        end: toks[e - 1].end,
    };
    (
        vec![rec::Role {
            title,
            of,
            span: Some(span),
            former: toks[app_start..k].iter().any(|t| is_former(&t.lower)),
        }],
        country,
    )
}

/// A word saying a role is no longer held: "former minister", "ex-envoy"
/// (split as `ex` `-`), "one-time adviser".
fn is_former(w: &str) -> bool {
    matches!(w, "former" | "ex" | "erstwhile" | "onetime" | "one-time")
}

/// Whether a title starting at token `ts` is marked as held before:
/// "former Foreign Minister", "Former Ghanaian Foreign Minister", "Iraq's
/// former ambassador".
fn former_before(ctx: &Ctx<'_>, kb: &Kb, ts: usize, floor: usize) -> bool {
    let toks = &ctx.toks;
    // Back over a country or up to two capitalised words ("Former Labour
    // prime minister", "former Ghanaian minister").
    let mut k = ts;
    for _ in 0..2 {
        if k <= floor + 1 || is_former(&toks[k - 1].lower) {
            break;
        }
        if country_of_token(ctx, kb, k - 1).is_some() || is_cap(&toks[k - 1].text) {
            k -= 1;
        } else {
            break;
        }
    }
    k > floor && is_former(&toks[k - 1].lower)
        || ts > floor + 1 && toks[ts - 1].text == "-" && is_former(&toks[ts - 2].lower)
}

/// Words between an owner and a title that leave the owner's country
/// standing: "Iran's new ambassador", "Ghana's top diplomat".
const TITLE_MODIFIERS: &[&str] = &[
    "new",
    "outgoing",
    "incoming",
    "acting",
    "interim",
    "top",
    "senior",
    "longtime",
    "veteran",
    "national",
    "regional",
    "vice",
    "deputy",
    "assistant",
    "associate",
    "executive",
    "joint",
    "principal",
];

/// The gender the text tells of a person, from the honorifics and gendered
/// titles bound to them ("Mrs.", "spokeswoman", "Sir", "chairman") and
/// their first name (data/kb/first_names*.tsv); none when nothing tells.
fn person_gender(ctx: &Ctx<'_>, kb: &Kb, e: &Ent) -> Option<Gender> {
    // An honorific first ("Mrs.", "Sir"), then a title marked for women,
    // then the first name, then other gendered titles ("spokesman",
    // "King"): a role bound to the wrong person by apposition is the
    // likeliest mistake, and "chairman" or "spokesman" are sometimes used
    // for women, while "spokeswoman" or "Queen" are used for no man.
    let role_words = || {
        e.roles
            .iter()
            .filter_map(|r| {
                let span = r.span.as_ref()?;
                ctx.text.get(span.start..span.end)
            })
            .flat_map(|s| s.split(|c: char| !c.is_alphabetic()))
            .map(str::to_ascii_lowercase)
    };
    for w in role_words() {
        match w.as_str() {
            "mrs" | "ms" | "miss" | "madam" | "madame" | "lady" | "dame" => {
                return Some(Gender::Female)
            }
            "mr" | "sir" | "lord" => return Some(Gender::Male),
            _ => {}
        }
    }
    let female_title = |l: &str| {
        matches!(
            l,
            "queen"
                | "princess"
                | "duchess"
                | "baroness"
                | "countess"
                | "empress"
                | "sister"
                | "mother"
        ) || l.len() > 5 && l.ends_with("woman")
    };
    if role_words().any(|w| female_title(&w)) {
        return Some(Gender::Female);
    }
    // (A name of one word is a surname as often: "Sherman" said.)
    let mut words = e.name.split([' ', '-']);
    if let (Some(first), Some(_)) = (words.next(), words.next()) {
        if let Some(g) = kb.first_name_gender(first) {
            return Some(g);
        }
    }
    let male_title = |l: &str| {
        matches!(
            l,
            "king"
                | "prince"
                | "duke"
                | "baron"
                | "count"
                | "emperor"
                | "brother"
                | "father"
                | "spokesman"
                | "chairman"
                | "congressman"
                | "businessman"
                | "statesman"
                | "councilman"
                | "assemblyman"
                | "policeman"
                | "cameraman"
                | "anchorman"
                | "clergyman"
                | "serviceman"
                | "sportsman"
                | "frontman"
        )
    };
    role_words().any(|w| male_title(&w)).then_some(Gender::Male)
}

/// [`FIRST_BYTE`]: an opening parenthesis.
const OPEN_PAREN: u8 = 1;
/// [`FIRST_BYTE`]: a letter an anaphor opens with ([`anaphor_first_byte`]).
const ANAPHOR: u8 = 2;
/// [`FIRST_BYTE`]: an ASCII capital.
const CAPITAL: u8 = 4;
/// [`FIRST_BYTE`]: not ASCII ([`is_cap`] reads the character).
const NOT_ASCII: u8 = 8;

/// What a token's first byte tells the token pass of [`find`].
const FIRST_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let mut class = 0;
        if c == b'(' {
            class |= OPEN_PAREN;
        }
        if anaphor_first_byte(c) {
            class |= ANAPHOR;
        }
        if c.is_ascii_uppercase() {
            class |= CAPITAL;
        }
        if !c.is_ascii() {
            class |= NOT_ASCII;
        }
        t[b] = class;
        b += 1;
    }
    t
};

/// Whether a token opening with this byte may be an anaphor [`anaphora`]
/// reads: a pronoun ("he", "She"), "the", "Mr." or "Madam".
const fn anaphor_first_byte(b: u8) -> bool {
    matches!(b, b'h' | b'H' | b's' | b'S' | b't' | b'T' | b'M')
}

/// Whether [`anaphora`] reads a token other than a mention's first: a
/// pronoun ("he", "She"), "the" in any case, "Mr." or "Madam". The token
/// pass of [`find`] asks this of the tokens opening with an
/// [`anaphor_first_byte`] only, so that the anaphora step's loop passes
/// over none of the many others ("to", "said", "that", "his").
fn anaphor_token(text: &str, lower: &str) -> bool {
    is_pronoun(text) || lower == "the" || matches!(text, "Mr." | "Madam")
}

/// Whether a token is one of [`PRONOUNS`]: matched by length and bytes
/// (a scan of the list compared each entry through the library's
/// comparison call).
fn is_pronoun(text: &str) -> bool {
    let found = matches!(text, "he" | "she" | "He" | "She");
    debug_assert_eq!(found, PRONOUNS.iter().any(|(p, _)| *p == text));
    found
}

/// Whether two short strings (country codes) are equal, compared in a
/// loop rather than through the library's comparison call.
fn short_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// Pronouns, nominal anaphors and title-only mentions; `anaphor_toks`: the
/// tokens [`anaphor_token`] takes, in order.
fn anaphora(ctx: &Ctx<'_>, kb: &Kb, ents: &[Ent], ments: &mut Vec<Ment>, anaphor_toks: &[usize]) {
    let toks = &ctx.toks;
    // Mentions come from sorted, non-overlapping candidates, so they are in
    // text order already.
    let sorted: &[Ment] = ments;
    debug_assert!(sorted.windows(2).all(|w| w[0].end <= w[1].start));
    // An organisation's name words, lowercased once: "the coalition" looks
    // for the last organisation with its head word at every "the".
    // (One lowercase name per organisation, its words borrowed from it.)
    let org_lower: Vec<Option<String>> = ents
        .iter()
        .map(|e| (e.kind == Kind::Org).then(|| e.name.to_lowercase()))
        .collect();
    // Each person's gender, read the first time a pronoun asks for it
    // (most articles ask for few or none).
    let mut genders: Vec<Option<Option<Gender>>> = vec![None; ents.len()];
    let mut extra = Vec::new();
    // Sorted and non-overlapping, so the mentions ending by a token are a
    // prefix, and the one starting at it (if any) comes right after; the
    // prefix only grows from token to token.
    let mut upto = 0;
    // For each lowercase organisation word, the entity of the last mention
    // in the prefix whose name has it: what a backward scan of the prefix
    // at each "the" would find first.
    // The words numbered once per organisation (not once per mention):
    // the mentions then record their entity by number, unhashed.
    // Each organisation's words that stand for it are picked first, into
    // one list whose runs `org_word_at` gives, so that the map is sized
    // for them at once (no rehashing, and no count of the names' bytes
    // beforehand).
    let mut picked: Vec<&str> = Vec::new();
    let mut org_word_at: Vec<(usize, usize)> = Vec::with_capacity(ents.len());
    let mut name_words: Vec<&str> = Vec::new();
    let mut cap = String::new();
    for l in &org_lower {
        let from_list = picked.len();
        if let Some(l) = l.as_deref() {
            name_words.clear();
            // An ASCII name splits by bytes (the same words as by
            // characters, without decoding them).
            if l.is_ascii() {
                let mut from = 0;
                for (i, b) in l.bytes().enumerate() {
                    if !b.is_ascii_alphanumeric() {
                        name_words.push(&l[from..i]);
                        from = i + 1;
                    }
                }
                name_words.push(&l[from..]);
            } else {
                name_words.extend(l.split(|c: char| !c.is_alphanumeric()));
            }
            name_words.retain(|w| !w.is_empty());
            // Only the name's head or a body's word stands for it after
            // "the" ("the agency", "the council"): "the national security
            // adviser" is no Supreme National Security Council.
            let last = name_words.len().saturating_sub(1);
            for (k, w) in name_words.iter().enumerate() {
                cap.clear();
                cap.push_str(w);
                if let Some(f) = cap.get_mut(..1) {
                    f.make_ascii_uppercase();
                }
                if k == last || org_head(&cap) {
                    picked.push(w);
                }
            }
        }
        org_word_at.push((from_list, picked.len()));
    }
    let mut word_ids: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(picked.len(), Default::default());
    // The (first byte, length) shapes of the map's words, as in
    // `WordSet`: most words after "the" are no organisation's, and this
    // turns them away without hashing them.
    let mut word_shapes = [0u64; 64];
    let org_word_list: Vec<usize> = picked
        .iter()
        .map(|&w| {
            if let Some(&b) = w.as_bytes().first() {
                word_shapes[usize::from(b & 63)] |= 1 << w.len().min(63);
            }
            let n = word_ids.len();
            *word_ids.entry(w).or_insert(n)
        })
        .collect();
    let org_word = |w: &str| -> Option<usize> {
        let b = *w.as_bytes().first()?;
        if word_shapes[usize::from(b & 63)] >> w.len().min(63) & 1 == 0 {
            return None;
        }
        word_ids.get(w).copied()
    };
    let mut last_org_word: Vec<Option<usize>> = vec![None; word_ids.len()];
    // The entities of the people's mentions, in order: the backward
    // searches for a person (a pronoun's antecedent, "the president", a
    // spokesman's organisation) read only these, and `people_upto` of them
    // lie in the prefix.
    let people: Vec<usize> = sorted
        .iter()
        .map(|m| m.ent)
        .filter(|&ei| ents[ei].kind == Kind::Person)
        .collect();
    let mut people_upto = 0;
    // How many of those are of people with a role.
    let mut roled_upto = 0;
    // The first words of those people's titles: "the" + a title names
    // someone only when the title is one of theirs, so no title is looked
    // up after "the" unless the next word opens one of them.
    let mut role_words: Vec<&str> = Vec::new();
    // Only the tokens a mention starts at and the anaphors are read below
    // (what happens at any other token is only the catching up on the
    // mentions before it, which the next token read does as well): the
    // two lists merged in order.
    let mut reads: Vec<usize> = Vec::with_capacity(anaphor_toks.len() + sorted.len());
    {
        let mut a = anaphor_toks.iter().copied().peekable();
        for m in sorted {
            let mut ti = ctx.tok_at(m.start);
            while toks.get(ti).is_some_and(|t| t.start == m.start) {
                while let Some(k) = a.next_if(|&k| k < ti) {
                    reads.push(k);
                }
                a.next_if_eq(&ti);
                reads.push(ti);
                ti += 1;
            }
        }
        reads.extend(a);
    }
    for (step, &ti) in reads.iter().enumerate() {
        if step.is_multiple_of(64) && ctx.out_of_time("entities") {
            break;
        }
        let t = &toks[ti];
        while sorted.get(upto).is_some_and(|m| m.end <= t.start) {
            let ei = sorted[upto].ent;
            let (from, to) = org_word_at[ei];
            for &w in &org_word_list[from..to] {
                last_org_word[w] = Some(ei);
            }
            if ents[ei].kind == Kind::Person {
                people_upto += 1;
                if !ents[ei].roles.is_empty() {
                    roled_upto += 1;
                    for r in &ents[ei].roles {
                        let w = first_word_of(&r.title);
                        if !role_words.contains(&w) {
                            role_words.push(w);
                        }
                    }
                }
            }
            upto += 1;
        }
        let last_before = |pred: &dyn Fn(&Ent) -> bool| {
            sorted[..upto]
                .iter()
                .rev()
                .find(|m| pred(&ents[m.ent]))
                .map(|m| m.ent)
        };
        // `last_before` for a predicate that holds only of people.
        let last_person_before = |pred: &dyn Fn(&Ent) -> bool| {
            people[..people_upto]
                .iter()
                .rev()
                .find(|&&ei| pred(&ents[ei]))
                .copied()
        };
        let text_t = t.text.as_str();
        // Only pronouns ("he", "She"), "the", "Mr." or "Madam", and the
        // start of a mention are read: the token pass kept no others.
        debug_assert!(
            anaphor_token(text_t, &t.lower) || sorted.get(upto).is_some_and(|m| m.start == t.start)
        );
        if is_pronoun(text_t) {
            // "she" passes over the men named since, "he" over the women.
            let unlike = if text_t.eq_ignore_ascii_case("she") {
                Gender::Male
            } else {
                Gender::Female
            };
            let person = people[..people_upto]
                .iter()
                .rev()
                .find(|&&ei| {
                    let e = &ents[ei];
                    genders.get_mut(ei).is_none_or(|g| {
                        *g.get_or_insert_with(|| person_gender(ctx, kb, e)) != Some(unlike)
                    })
                })
                .copied();
            if let Some(ei) = person {
                extra.push(Ment {
                    start: t.start,
                    end: t.end,
                    kind: "pronoun",
                    ent: ei,
                    sent: t.sent,
                });
            }
            continue;
        }
        // "The coalition spokesperson" where "The coalition" is a known name.
        if let Some(m) = sorted
            .get(upto)
            .filter(|m| m.start == t.start && ents[m.ent].kind == Kind::Org)
        {
            let after = ctx.tok_at(m.end);
            // "The U.S. National Security Council spokesman, John Kirby,"
            // names the spokesman: no anaphor.
            let named_after = toks.get(after + 1).is_some_and(|x| x.text == ",")
                && toks.get(after + 2).is_some_and(|x| {
                    let i = sorted.partition_point(|m| m.start < x.start);
                    sorted
                        .get(i)
                        .is_some_and(|m| m.start == x.start && ents[m.ent].kind == Kind::Person)
                });
            if let Some(role) = toks.get(after).filter(|x| {
                !named_after
                    && matches!(
                        x.lower.as_str(),
                        "spokesperson" | "spokesman" | "spokeswoman"
                    )
            }) {
                let org_words: Vec<String> = ctx.text[m.start..m.end]
                    .to_lowercase()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                let head = org_words.last().cloned().unwrap_or_default();
                if let Some(pi) = last_person_before(&|e: &Ent| {
                    e.kind == Kind::Person
                        && e.roles.iter().any(|r| {
                            r.of.as_deref()
                                .is_some_and(|o| o.to_lowercase().contains(&head))
                        })
                }) {
                    extra.push(Ment {
                        start: m.start,
                        end: role.end,
                        kind: "nominal",
                        ent: pi,
                        sent: t.sent,
                    });
                    continue;
                }
            }
        }
        // "the coalition", "the group", "the president", "the coalition spokesperson"
        if t.lower == "the" && ti + 1 < toks.len() {
            let mut n = &toks[ti + 1];
            let mut n2 = toks.get(ti + 2);
            // "the foreign ministry": the body's word after a lowercase
            // modifier, one of the body's own words ("the central bank" is
            // no Deutsche Bank).
            let mut modifier = None;
            if org_word(n.lower.as_str()).is_none()
                && n.text.bytes().all(|b| b.is_ascii_lowercase())
                && n2.is_some_and(|x| x.sent == t.sent && org_word(x.lower.as_str()).is_some())
            {
                modifier = Some(n.lower.as_str());
                n = &toks[ti + 2];
                n2 = toks.get(ti + 3);
            }
            let name_has = |ei: usize, w: &str| {
                org_lower[ei]
                    .as_deref()
                    .is_some_and(|l| l.split(|c: char| !c.is_alphanumeric()).any(|x| x == w))
            };
            let head_word = n.lower.as_str();
            // ("the news", "the state", "the world" in lowercase are no
            // outlet, Islamic State or World Bank.)
            let generic = !is_cap(&n.text)
                && matches!(
                    head_word,
                    "news"
                        | "state"
                        | "world"
                        | "people"
                        | "times"
                        | "post"
                        | "republic"
                        | "nation"
                        | "nations"
                        | "country"
                        | "public"
                );
            // `covered_by(sorted, n.start)`, read on from the prefix (the
            // mentions before it end by "the", so the one that could cover
            // the next token is at most a step or two on).
            let mut c = upto;
            while sorted.get(c).is_some_and(|m| m.end <= n.start) {
                c += 1;
            }
            debug_assert_eq!(
                sorted.get(c).is_some_and(|m| m.start <= n.start),
                covered_by(sorted, n.start)
            );
            if sorted.get(c).is_some_and(|m| m.start <= n.start) {
                continue;
            }
            // Title-only: "the president", "the foreign minister".
            let office = |x: &Title, phrase: &str| {
                x.kind == "office" && phrase != "spokesperson" && phrase != "official"
            };
            // Only a person with a role can be "the president": without
            // one named yet, no title is looked up.
            if let Some((len, _, phrase)) = (roled_upto > 0
                && role_words.contains(&first_word_of(&toks[ti + 1].lower)))
            .then(|| longest_title_from(ctx, kb, ti + 1, toks.len(), 3, office))
            .flatten()
            {
                if let Some(ei) = last_person_before(&|e: &Ent| {
                    e.kind == Kind::Person && e.roles.iter().any(|r| r.title == phrase)
                }) {
                    extra.push(Ment {
                        start: t.start,
                        end: toks[ti + len].end,
                        kind: "title",
                        ent: ei,
                        sent: t.sent,
                    });
                }
            }
            // "the coalition (spokesperson)"; "the army" or "the police" is
            // the state's, never a rebel group named last ("National
            // Liberation Army").
            let state_word = matches!(
                head_word,
                "army" | "military" | "navy" | "police" | "government"
            );
            let is_org_head = org_word(head_word)
                .and_then(|w| last_org_word[w])
                .filter(|&ei| {
                    !generic
                        && (!state_word || !non_state_armed(kb, &ents[ei]))
                        && modifier.is_none_or(|m| name_has(ei, m))
                });
            if let Some(ei) = is_org_head {
                // "the air force": the body's own words after its word.
                let mut n = n;
                let mut n2 = n2;
                if let Some(x) = n2.filter(|x| {
                    x.sent == t.sent
                        && x.text.bytes().all(|b| b.is_ascii_lowercase())
                        && name_has(ei, &x.lower)
                }) {
                    n = x;
                    n2 = toks.get(ctx.tok_at(x.start) + 1);
                }
                let next_is_role = n2.is_some_and(|x| {
                    matches!(
                        x.lower.as_str(),
                        "spokesperson" | "spokesman" | "spokeswoman" | "official" | "commander"
                    )
                });
                if next_is_role {
                    // "the coalition spokesperson" is the person who spoke for it.
                    if let Some(pi) = last_person_before(&|e: &Ent| {
                        e.kind == Kind::Person
                            && e.roles.iter().any(|r| {
                                r.of.as_deref()
                                    .is_some_and(|o| o.to_lowercase().contains(head_word))
                            })
                    }) {
                        let end = n2.map_or(n.end, |x| x.end);
                        extra.push(Ment {
                            start: t.start,
                            end,
                            kind: "nominal",
                            ent: pi,
                            sent: t.sent,
                        });
                        continue;
                    }
                }
                extra.push(Ment {
                    start: t.start,
                    end: n.end,
                    kind: "nominal",
                    ent: ei,
                    sent: t.sent,
                });
                continue;
            }
            if matches!(
                head_word,
                "group" | "militia" | "militants" | "organization" | "organisation" | "movement"
            ) && !n2.is_some_and(|x| is_cap(&x.text))
            {
                // Actor codes are not given yet: the knowledge base's code,
                // else the sector the name suggests, else a fighting word
                // in the name ("Front", "Brigades"); "the militants" is no
                // UN agency named last.
                let armed = |e: &Ent| {
                    e.kind == Kind::Org
                        && match e.target {
                            Some(_) => non_state_armed(kb, e),
                            None => {
                                e.sector.as_deref().is_some_and(armed_code)
                                    || e.name.split_whitespace().last().is_some_and(|w| {
                                        matches!(
                                            w,
                                            "Front"
                                                | "Army"
                                                | "Brigade"
                                                | "Brigades"
                                                | "Militia"
                                                | "Movement"
                                                | "Group"
                                                | "Forces"
                                                | "Battalion"
                                                | "Battalions"
                                                | "Mujahideen"
                                        )
                                    })
                            }
                        }
                };
                // "the group" is as often a firm as a militia, but not the
                // outlet the news was told to ("told Reuters the group
                // remained committed").
                let any_org = |e: &Ent| {
                    e.kind == Kind::Org
                        && !matches!(e.target, Some(Target::Org(o)) if kb.org(o).is_some_and(|o| o.kind == "media"))
                        && e.sector.as_deref() != Some("MED")
                };
                let fits: &dyn Fn(&Ent) -> bool = if matches!(head_word, "militants" | "militia") {
                    &armed
                } else {
                    &any_org
                };
                if let Some(ei) = last_before(fits) {
                    extra.push(Ment {
                        start: t.start,
                        end: n.end,
                        kind: "nominal",
                        ent: ei,
                        sent: t.sent,
                    });
                }
            }
        }
        // "Mr. Foreign Minister": a vocative title.
        if matches!(text_t, "Mr." | "Madam") {
            if let Some((len, _, phrase)) =
                longest_title_from(ctx, kb, ti + 1, toks.len(), 3, |x, _| x.kind == "office")
            {
                let has_role =
                    |e: &Ent| e.kind == Kind::Person && e.roles.iter().any(|r| r.title == phrase);
                let after = ments
                    .iter()
                    .find(|m| m.start > t.start && m.sent == t.sent && has_role(&ents[m.ent]))
                    .map(|m| m.ent);
                if let Some(ei) = after.or_else(|| last_person_before(&has_role)) {
                    extra.push(Ment {
                        start: t.start,
                        end: toks[ti + len].end,
                        kind: "title",
                        ent: ei,
                        sent: t.sent,
                    });
                }
            }
        }
    }
    ments.extend(extra);
}

/// Whether a mention of `ments` (sorted, non-overlapping) covers `pos`.
fn covered_by(ments: &[Ment], pos: usize) -> bool {
    let i = ments.partition_point(|m| m.end <= pos);
    ments.get(i).is_some_and(|m| m.start <= pos)
}

/// Whether the text after a name is a US party and state tag: `, D-Va.`,
/// ` (R-Texas)`, `, I-Vt.`.
fn us_party_state(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(" (")) else {
        return false;
    };
    let b = rest.as_bytes();
    if b.len() < 4 || !matches!(b[0], b'D' | b'R' | b'I') || b[1] != b'-' {
        return false;
    }
    // The state, up to a comma or a parenthesis, is one of the fifty in
    // full, in the AP's style or as a postal code ("D-Va.", "R-South
    // Carolina", "D-NY"; "I-Tabriz" and "D-Day" are none).
    let Some(len) = rest[2..].find([',', ')']) else {
        return false;
    };
    US_STATES.contains(&&rest[2..2 + len])
}

/// The US states in full, in the AP's abbreviations and as postal codes.
const US_STATES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Ala.",
    "Ariz.",
    "Ark.",
    "Calif.",
    "Colo.",
    "Conn.",
    "Del.",
    "Fla.",
    "Ga.",
    "Ill.",
    "Ind.",
    "Kan.",
    "Kans.",
    "Ky.",
    "La.",
    "Md.",
    "Mass.",
    "Mich.",
    "Minn.",
    "Miss.",
    "Mo.",
    "Mont.",
    "Neb.",
    "Nebr.",
    "Nev.",
    "N.H.",
    "N.J.",
    "N.M.",
    "N.Y.",
    "N.C.",
    "N.D.",
    "Okla.",
    "Ore.",
    "Oreg.",
    "Pa.",
    "R.I.",
    "S.C.",
    "S.D.",
    "Tenn.",
    "Tex.",
    "Vt.",
    "Va.",
    "Wash.",
    "W.Va.",
    "W. Va.",
    "Wis.",
    "Wyo.",
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
];

/// The days an undated article can be from, read off the office holders
/// it names with a title the knowledge base records them holding ("U.S.
/// President Donald Trump" and "Foreign Minister Mohammad Javad Zarif":
/// between January 2017 and January 2021). Two such people at least, whose
/// terms overlap in one span: one alone may be named for the past, and
/// terms that do not overlap say the article looks back.
fn office_window(kb: &Kb, ents: &[Ent]) -> Option<(NaiveDate, NaiveDate)> {
    // The knowledge base records offices held as of 2026 with no end.
    let open = NaiveDate::from_ymd_opt(2026, 12, 31)?;
    let mut spans = vec![(NaiveDate::MIN, NaiveDate::MAX)];
    let mut n = 0;
    for e in ents {
        let Some(Target::Person(p)) = e.target else {
            continue;
        };
        let Some(person) = kb.person(p) else {
            continue;
        };
        // The terms of the first title the text gives them that they held
        // (a president twice has two).
        let Some(title) = e
            .roles
            .iter()
            .filter(|r| !r.former)
            .find(|r| person.terms.iter().any(|t| t.role == r.title))
        else {
            continue;
        };
        let terms: Vec<(NaiveDate, NaiveDate)> = person
            .terms
            .iter()
            .filter(|t| t.role == title.title)
            .map(|t| (t.from, t.to.unwrap_or(open)))
            .collect();
        spans = spans
            .iter()
            .flat_map(|&(a, b)| {
                terms
                    .iter()
                    .map(move |&(c, d)| (a.max(c), b.min(d)))
                    .filter(|(x, y)| x < y)
            })
            .collect();
        n += 1;
        if spans.is_empty() {
            return None;
        }
    }
    match spans.as_slice() {
        [one] if n >= 2 => Some(*one),
        _ => None,
    }
}

/// Whether a person's code is the same on every day from `from` to `to`
/// (in office throughout, or out of it throughout).
fn steady_code(kb: &Kb, p: dateline_kb::PersonId, from: NaiveDate, to: NaiveDate) -> bool {
    let Some(person) = kb.person(p) else {
        return false;
    };
    let first = kb.person_actor_at(p, from);
    person
        .terms
        .iter()
        .flat_map(|t| [Some(t.from), t.to])
        .flatten()
        .filter(|d| from < *d && *d <= to)
        .chain([to])
        .all(|d| kb.person_actor_at(p, d) == first)
}

/// Countries an office named without one may belong to.
#[derive(Clone, Copy)]
struct Homes<'a> {
    /// The only country the article names.
    sole: Option<&'a str>,
    /// The only country the entity's sentence names, else the article's
    /// dominant one; used for offices only, not military ranks ("England
    /// captain" is a sportsman).
    fallback: Option<&'a str>,
    /// The only country the entity's sentence names.
    sentence: Option<&'a str>,
    /// The dateline's country, when the entity's sentence names none.
    dateline: Option<&'a str>,
    /// The article's text, for the words before a role.
    text: &'a str,
}

/// Each entity's mentions' forms ("the " dropped), in text order, in one
/// list ordered by entity: `forms[ei]` is entity `ei`'s run of it (where a
/// vector per entity took an allocation or more each).
struct Forms<'t> {
    all: Vec<&'t str>,
    /// Entity `ei`'s forms are `all[at[ei]..at[ei + 1]]`.
    at: Vec<usize>,
}

impl<'t> Forms<'t> {
    fn of(ents: &[Ent], ments: &[Ment], text: &'t str) -> Forms<'t> {
        let mut at = vec![0usize; ents.len() + 1];
        for m in ments {
            if m.ent < ents.len() {
                at[m.ent + 1] += 1;
            }
        }
        let mut sum = 0;
        for a in &mut at {
            sum += *a;
            *a = sum;
        }
        let mut next = at.clone();
        let mut all = vec![""; at[ents.len()]];
        for m in ments {
            if let Some(n) = next.get_mut(m.ent).filter(|_| m.ent < ents.len()) {
                all[*n] = trim_the(&text[m.start..m.end]);
                *n += 1;
            }
        }
        Forms { all, at }
    }
}

impl<'t> std::ops::Index<usize> for Forms<'t> {
    type Output = [&'t str];

    fn index(&self, ei: usize) -> &[&'t str] {
        &self.all[self.at[ei]..self.at[ei + 1]]
    }
}

/// The actor code of an entity as of `date`.
fn actor_code<'a>(
    kb: &Kb,
    ents: &[Ent],
    forms: &Forms<'_>,
    ei: usize,
    date: Option<NaiveDate>,
    homes: Homes<'a>,
) -> Option<String> {
    let e = &ents[ei];
    if let Some(c) = &e.metonym_of {
        return Some(join2(c, "GOV"));
    }
    match e.target {
        Some(Target::Person(p)) => {
            match date {
                Some(d) => {
                    // Of several offices held at once, the one the text
                    // names ("Army chief General X" of a head of state who
                    // also commands the army), else the first by sector.
                    let named = e.roles.iter().filter(|r| !r.former).find_map(|r| {
                        let t = kb.title(&r.title)?;
                        if t.sector == "inherit" {
                            return None;
                        }
                        kb.person_actor_in_sector(p, d, &t.sector)
                    });
                    if let Some(code) = named.or_else(|| kb.person_actor_at(p, d)) {
                        return Some(code);
                    }
                }
                // Undated text: only a code the date could not change,
                // and none the text says they no longer hold ("former
                // President X").
                None => {
                    let former_only = e.roles.iter().any(|r| r.former)
                        && !e.roles.iter().any(|r| {
                            !r.former && kb.title(&r.title).is_some_and(|t| t.kind == "office")
                        });
                    if let Some(code) = kb.person_actor_undated(p).filter(|_| !former_only) {
                        return Some(code);
                    }
                    // Offices that disagree: the one the text gives them
                    // ("EU foreign policy chief Federica Mogherini", once
                    // Italy's foreign minister).
                    let by_role = e.roles.iter().filter(|r| !r.former).find_map(|r| {
                        let mut codes = kb
                            .person(p)?
                            .terms
                            .iter()
                            .filter(|t| t.role == r.title)
                            .map(|t| kb.term_actor(t));
                        let first = codes.next()?;
                        codes.all(|c| c == first).then_some(first)
                    });
                    if let Some(code) = by_role {
                        return Some(code);
                    }
                }
            }
        }
        Some(Target::Org(o)) => {
            // A party in government or in opposition on the article's date.
            if let Some(code) = date.and_then(|d| kb.party_status_at(o, d)) {
                return Some(code);
            }
            // A party the text calls the opposition.
            if e.sector.as_deref() == Some("OPP") {
                if let Some(c) = kb.org(o).and_then(|org| org.code.strip_suffix("PTY")) {
                    return Some(format!("{c}OPP"));
                }
            }
            if let Some(org) = kb.org(o) {
                if !org.code.is_empty() {
                    return Some(org.code.clone());
                }
                return org.country.clone();
            }
        }
        Some(Target::Country(c) | Target::Demonym(c)) => {
            return kb.countries().get(c.index()).map(|c| c.iso3.clone())
        }
        Some(Target::Region(_) | Target::City(_)) => return None,
        // A religion's CAMEO code ("SHI"); ethnic groups have none here.
        Some(Target::Group(g)) => {
            return kb
                .group(g)
                .map(|g| g.code.clone())
                .filter(|c| !c.is_empty())
        }
        None => {}
    }
    // A known person outside their terms still belongs to the country all
    // their offices were of ("President Bush" before his term is USA, no
    // official of the only other country named).
    let home = match e.target {
        Some(Target::Person(p)) => kb.person(p).and_then(|p| {
            let first = &p.terms.first()?.country;
            (!first.is_empty() && p.terms.iter().all(|t| &t.country == first))
                .then(|| first.clone())
        }),
        _ => None,
    };
    // A known person is of no country their terms never were: a context
    // country is kept only if one of their offices was of it (José Manuel
    // Barroso in a London story is not British).
    let term_countries: Vec<&str> = match e.target {
        Some(Target::Person(p)) => kb
            .person(p)
            .map(|p| p.terms.iter().map(|t| t.country.as_str()).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let own = |c: Option<&'a str>| -> Option<&'a str> {
        c.filter(|c| term_countries.is_empty() || term_countries.contains(c))
    };
    let homes = Homes {
        sole: own(homes.sole),
        fallback: own(homes.fallback),
        sentence: own(homes.sentence),
        dateline: own(homes.dateline),
        text: homes.text,
    };
    match e.kind {
        Kind::Person => {
            // From roles: the title's sector and the country it is of.
            let mut sector: Option<String> = None;
            let mut office = false;
            let mut sentence_ok = false;
            let mut former = false;
            let from_home = e.country.is_none() && home.is_some();
            let mut country = e.country.clone().or(home);
            for r in &e.roles {
                if let Some(t) = kb.title(&r.title) {
                    if t.sector == "inherit" || t.kind == "honorific" || t.title == "member" {
                        let span_text = r.span.and_then(|sp| homes.text.get(sp.start..sp.end));
                        // "Industry Secretary X", "Health Secretary X": a
                        // portfolio's secretary is a minister of government.
                        // (Only with its country named: the title is
                        // American or British as often as the story's own,
                        // "Homeland Security Secretary" in a story about
                        // Iran.)
                        if t.title == "secretary"
                            && !r.former
                            && sector.is_none()
                            && span_text.is_some_and(portfolio_secretary)
                            && e.country.is_some()
                        {
                            sector = Some("GOV".into());
                            continue;
                        }
                        // "Kenya's army chief X", "Spain's foreign office
                        // spokeswoman X": a state's domain named before the
                        // title, with the state.
                        if r.of.is_none() && !r.former && e.roles.iter().all(|x| x.of.is_none()) {
                            if let Some(code) = r
                                .span
                                .and_then(|sp| state_domain_before(kb, homes.text, sp.start))
                            {
                                return Some(code);
                            }
                        }
                        // A spokesperson for X speaks as X.
                        if let Some(of) = &r.of {
                            // "the head of the Peruvian Mission to the United
                            // Nations": where a mission, embassy or delegation
                            // is sent is its host; the sender owns the post,
                            // for its government.
                            let (of, diplomatic) = match of.split_once(" to ") {
                                Some((owner, _))
                                    if owner.rsplit(' ').next().is_some_and(|w| {
                                        matches!(
                                            w.to_ascii_lowercase().as_str(),
                                            "mission" | "embassy" | "delegation" | "consulate"
                                        )
                                    }) =>
                                {
                                    (owner, true)
                                }
                                _ => (of.as_str(), false),
                            };
                            // The longest entity the complement names: "Iran's
                            // Supreme National Security Council" is the council,
                            // not Iran.
                            if let Some(code) = ents
                                .iter()
                                .enumerate()
                                .filter(|(xi, x)| {
                                    *xi != ei
                                        && (x.name == of
                                            || of.contains(&x.name)
                                            || forms[*xi].contains(&of)
                                            || owning_body(x, &forms[*xi], of))
                                })
                                .max_by_key(|(xi, x)| {
                                    let exact = x.name == of || forms[*xi].contains(&of);
                                    // ("the FBI's New York office": the
                                    // body owning the office, not the
                                    // longer place inside it.)
                                    let owner = owning_body(x, &forms[*xi], of);
                                    (exact, owner, x.name.len(), std::cmp::Reverse(*xi))
                                })
                                .map(|(_, x)| x)
                                .and_then(|x| x.actor.clone().or_else(|| org_code_guess(kb, x)))
                            {
                                if diplomatic && code.len() == 3 && kb.country(&code).is_some() {
                                    return Some(join2(&code, "GOV"));
                                }
                                return Some(code);
                            }
                            // "a coordinator with the group", "a spokesman for
                            // the company": the last body of that kind named
                            // before.
                            let noun = of.split_whitespace().next().unwrap_or("");
                            if let Some(code) = last_body_of_kind(ents, ei, noun) {
                                return Some(code);
                            }
                        } else if let Some(code) = r
                            .span
                            .and_then(|sp| homes.text.get(..sp.start))
                            .and_then(|h| h.split_whitespace().next_back())
                            .and_then(|w| last_body_of_kind(ents, ei, &w.to_ascii_lowercase()))
                        {
                            // "company spokesman Jo Ray", "a party
                            // spokeswoman": the same, named before the title.
                            return Some(code);
                        }
                        continue;
                    }
                    // "an oil analyst at Harbourline Energy", "a reporter
                    // for the Daily Nation": an occupation at a firm, outlet,
                    // university or NGO is coded as that body.
                    if t.kind == "occupation" {
                        if let Some(code) = r.of.as_ref().and_then(|of| {
                            ents.iter()
                                .enumerate()
                                .filter(|(xi, x)| {
                                    *xi != ei && x.kind == Kind::Org && of.contains(&x.name)
                                })
                                .max_by_key(|(_, x)| x.name.len())
                                .and_then(|(_, x)| x.actor.clone())
                                .filter(|c| {
                                    // (A firm of no known country keeps its
                                    // sector alone: "BUS".)
                                    (c.len() == 6 || c.len() == 3)
                                        && matches!(
                                            c.get(c.len() - 3..),
                                            Some("BUS" | "MED" | "EDU" | "NGO")
                                        )
                                })
                        }) {
                            // ("an Iranian professor at a university of
                            // no known country": the person's own country
                            // with the body's sector.)
                            return match &e.country {
                                Some(c) if code.len() == 3 => Some(join2(c, &code)),
                                _ => Some(code),
                            };
                        }
                    }
                    // "European Commission President X", "Fed Chairman
                    // X": an office of a named body is coded as the body
                    // when no country is given (not an ambassador or envoy,
                    // who is named beside the body they are posted to).
                    // Not a minister or secretary ("Minerals and Energy
                    // Minister" names a portfolio), nor a party's member
                    // in an office of state ("Labour mayor").
                    // An intergovernmental body's envoy is its own ("UN envoy
                    // X"): no state posts envoys to one without naming itself.
                    let mut envoy = matches!(
                        t.title.as_str(),
                        "ambassador" | "envoy" | "representative" | "consul" | "attache"
                    );
                    // "Israel's U.N. Ambassador X", "Russias UN envoy": a
                    // country's envoy to the body, then.
                    if envoy && country.is_none() {
                        match r.span {
                            Some(sp) => {
                                if let Some(c) = possessor_before(
                                    kb,
                                    homes.text,
                                    sp.start,
                                    r.of.as_deref().unwrap_or(""),
                                ) {
                                    country = Some(c);
                                } else if let Some(code) = (!r.former)
                                    .then(|| {
                                        body_before_envoy(kb, homes.text, sp.start, ents, forms, ei)
                                    })
                                    .flatten()
                                {
                                    // "the UN envoy to Yemen, X": the body
                                    // posts them; Yemen is the host.
                                    return Some(code);
                                }
                            }
                            None => envoy = false,
                        }
                    }
                    // ("president of the Japan Chamber of Commerce": with
                    // the country known, a body of that country still
                    // owns the office.)
                    if (country.is_none() || !envoy)
                        && !r.former
                        && t.kind == "office"
                        && !t.title.contains("minister")
                        && !t.title.contains("secretary")
                    {
                        let party_office =
                            matches!(t.title.as_str(), "president" | "leader" | "head");
                        if let Some(code) = r.of.as_ref().and_then(|of| {
                            ents.iter()
                                .enumerate()
                                .filter(|(xi, x)| {
                                    *xi != ei
                                        && x.kind == Kind::Org
                                        && (&x.name == of || forms[*xi].iter().any(|f| f == of))
                                })
                                .find_map(|(_, x)| x.actor.clone())
                                .filter(|c| {
                                    country.as_deref().is_none_or(|cc| c.starts_with(cc))
                                        && (c.len() >= 6
                                            || c.starts_with("IGO")
                                            || c.starts_with("NGO"))
                                        && (party_office
                                            || !(c.ends_with("PTY") || c.ends_with("OPP")))
                                        && (!envoy || c.starts_with("IGO"))
                                        && (envoy
                                            || !matches!(
                                                t.title.as_str(),
                                                "ambassador"
                                                    | "envoy"
                                                    | "representative"
                                                    | "consul"
                                                    | "attache"
                                            ))
                                })
                        }) {
                            return Some(code);
                        }
                    }
                    if sector.is_none() && r.former && t.kind == "office" {
                        // CAMEO codes former officials as elites.
                        sector = Some("ELI".into());
                        former = true;
                        office = true;
                        sentence_ok = true;
                    }
                    if sector.is_none() {
                        // ("Representative of the United States to the
                        // UN", "Iran's representative to the IAEA": a
                        // representative sent to a body or a country is an
                        // envoy, not a legislator, as one "of Tehran" is.)
                        let sent_to =
                            t.title == "representative" && role_sent_to_a_state(r, homes.text);
                        sector = Some(if sent_to {
                            "GOV".to_string()
                        } else {
                            t.sector.clone()
                        });
                        // An ambassador or envoy is often named beside the
                        // country they are posted to, not their own.
                        office = t.kind == "office"
                            && !matches!(
                                t.title.as_str(),
                                "ambassador" | "envoy" | "consul" | "attache"
                            );
                        // A sports "captain" is no officer.
                        sentence_ok = office || !matches!(t.title.as_str(), "captain" | "major");
                    }
                }
                // An envoy's complement after "to", "for" or "in" is the
                // host ("ambassador to Peru", "consul general in Lima"):
                // only "of" names the sender.
                let host = (matches!(r.title.as_str(), "ambassador" | "consul" | "attache")
                    || r.title == "representative" && role_sent_to_a_state(r, homes.text))
                    && r.of.as_deref().is_some_and(|of| {
                        r.span.is_some_and(|sp| {
                            homes.text.get(sp.start..sp.end).is_some_and(|t| {
                                !t.contains(&format!(" of {of}"))
                                    && !t.contains(&format!(" of the {of}"))
                            })
                        })
                    });
                if country.is_none() && !host {
                    if let Some(of) = &r.of {
                        // "mayor of Viña del Mar": a place's country;
                        // "Labour MP": a national party's.
                        country = country_by_name(kb, of)
                            .or_else(|| place_country(kb, of))
                            .or_else(|| party_country(kb, of))
                            // "Russian Defence Ministry spokesman Major
                            // General X": the country of the body named.
                            .or_else(|| {
                                ents.iter()
                                    .enumerate()
                                    .find(|(xi, x)| {
                                        *xi != ei
                                            && x.kind == Kind::Org
                                            && (&x.name == of || forms[*xi].iter().any(|f| f == of))
                                    })
                                    .and_then(|(_, x)| {
                                        x.country.clone().or_else(|| {
                                            x.actor
                                                .as_deref()
                                                .and_then(|a| a.get(..3))
                                                .filter(|c| kb.country(c).is_some())
                                                .map(str::to_string)
                                        })
                                    })
                            });
                    }
                }
            }
            if let Some(a) = e.affiliation {
                if let Some(code) = ents
                    .get(a)
                    .and_then(|x| x.actor.clone().or_else(|| org_code_guess(kb, x)))
                {
                    return Some(code);
                }
            }
            match (country, sector) {
                // Out of office, the title is no longer theirs: the country
                // only, or its elite when the text says so ("former").
                (Some(c), Some(s)) if from_home && s != "ELI" => Some(c),
                (Some(c), Some(s)) => Some(join2(&c, &s)),
                (Some(c), None) => Some(c),
                // A national office with no country of its own takes the
                // country of its sentence or of the article; international
                // offices do not.
                // A military rank takes its sentence's country only ("At the
                // Pentagon, Major General X said the U.S. military ..."),
                // never the article's ("England captain" plays rugby).
                (None, Some(s)) if national_sector(&s) => homes
                    .sole
                    .or(if office {
                        homes.fallback
                    } else {
                        // ("KHARTOUM - General X said": a rank in a
                        // sentence naming no country is the dateline's.)
                        homes.sentence.or(homes.dateline).filter(|_| sentence_ok)
                    })
                    .map(str::to_string)
                    .or_else(|| {
                        // Legislators, judges, officials: the one country
                        // whose legislature, court or government is named.
                        // (A defence minister beside the other side's army
                        // is not of its country; a general is of the one
                        // army named.)
                        ((office && s != "MIL") || (!office && sentence_ok))
                            .then(|| institution_country(ents, &s))
                            .flatten()
                    })
                    .map(|c| join2(&c, &s)),
                // An opposition figure or a quoted civilian (a doctor, a
                // worker) of no named country is of the country their
                // sentence or the article is about; so is a cleric with a
                // full name ("Ayatollah Ahmad Jannati"). Not an imam ("Imam
                // Hussein", "Imam Jafar Sadiq" are of the faith's history),
                // a pope, bishop or rabbi (who travel: "Archbishop Desmond
                // Tutu" in a Jerusalem story is no Israeli).
                (None, Some(s))
                    if matches!(s.as_str(), "OPP" | "CVL" | "HLH" | "LAB")
                        || (s == "REL"
                            && e.name.contains(' ')
                            && e.roles.iter().any(|r| {
                                matches!(r.title.as_str(), "ayatollah" | "cleric" | "mufti")
                            }))
                        || former =>
                {
                    homes.sole.or(homes.fallback).map(|c| join2(c, &s))
                }
                (None, _) => None,
            }
        }
        // "the Supreme Court", "the National Assembly": a state body named
        // without its country belongs to its sentence's or article's.
        Kind::Org => {
            // The name's sector is read once for both guesses.
            let mut by_name = None;
            org_code_guess_by(kb, e, &mut by_name).or_else(|| {
                if e.target.is_some() {
                    return None;
                }
                let NameSectors {
                    named: by_name,
                    pair,
                } = by_name.unwrap_or_else(|| NameSectors::of(kb, &e.name));
                // A chamber or committee of a legislature, or an armed
                // service ("the Air Force"), known by its name alone.
                let legislative = by_name == Some("LEG") && is_legislative(&e.name);
                // (Only names no single word of gives a sector: "the
                // Armed Forces" keep the article's country as before.)
                let armed_service = pair.as_deref() == Some("MIL")
                    && !e.name.contains("Ministry")
                    && noun_sector(kb, &e.name).is_none();
                let from_name = by_name
                    .map(str::to_string)
                    .or(pair)
                    .or_else(|| noun_sector(kb, &e.name).map(str::to_string))
                    .or_else(|| {
                        // ("Kestrel Grain Co", "Boreal Bank AG": a legal
                        // form closes a firm's name.)
                        e.name
                            .split_whitespace()
                            .last()
                            .filter(|w| bus_head(w) || legal_form(w) && e.name.contains(' '))
                            .map(|w| firm_sector(w).to_string())
                    });
                let sector = from_name
                    .or_else(|| e.sector.clone())
                    // (A workers' union by its name, not any "Union".)
                    .filter(|s| {
                        national_sector(s)
                            || domestic_sector(s)
                            || s == "LAB" && by_name == Some("LAB")
                    })?;
                // A firm or NGO known only by its name ("Deutsche Bank" in a
                // French story) is of no country the article gives it, only of
                // one its sentence names; a state body, or an organisation the
                // text describes ("a small watchdog group"), is of the article's.
                // A chamber is of its sentence's country, else of the
                // legislature the article names ("the House of
                // Representatives" in a story naming the US Senate), else of
                // the article's. A committee or an armed service named with
                // another country in its sentence is as often what that
                // country acts on ("the House Foreign Affairs Committee
                // approved sanctions on Russia"): a committee named for the
                // US House or Senate is American in a story naming the US,
                // an armed service of the one country whose forces the
                // article names when its sentence names none ("the Marine
                // Corps" beside the US Navy), else neither has a country.
                let us_named = || {
                    [homes.sole, homes.fallback, homes.dateline].contains(&Some("USA"))
                        || ents
                            .iter()
                            .any(|x| x.kind == Kind::Country && x.country.as_deref() == Some("USA"))
                };
                let home = if CHAMBERS.contains(&e.name.as_str()) {
                    homes
                        .sentence
                        .or_else(|| known_legislature(kb, ents))
                        .or(homes.sole)
                        .or(homes.fallback)
                        .map(Cow::Borrowed)
                } else if legislative {
                    ((e.name.starts_with("House ") || e.name.starts_with("Senate ")) && us_named())
                        .then_some(Cow::Borrowed("USA"))
                } else if armed_service {
                    homes
                        .sentence
                        .is_none()
                        .then(|| institution_country(ents, "MIL"))
                        .flatten()
                        .map(Cow::Owned)
                } else if e.sector.is_none() && domestic_sector(&sector) {
                    homes.sentence.map(Cow::Borrowed)
                } else {
                    homes.sole.or(homes.fallback).map(Cow::Borrowed)
                };
                // With no country to give it, the sector alone, as GDELT
                // codes a body of unknown country ("Cyclops Corp" = BUS,
                // "the House Budget Committee" = LEG): the event layer
                // completes it with the country of the place it acts in.
                // (Not a "Group" named after a place, as often a format
                // named after its venue, "the Minsk Group", as a firm, nor a
                // contact, working or strike group.)
                let venue_group = || {
                    e.name.ends_with(" Group")
                        && (NameWords::new(&e.name)
                            .next()
                            .is_some_and(|w| !kb.lookup(w).is_empty())
                            || NameWords::new(&e.name)
                                .any(|w| matches!(w, "Contact" | "Working" | "Strike")))
                };
                match home {
                    Some(c) => Some(join2(&c, &sector)),
                    None if e.sector.is_none() && venue_group() => None,
                    None => Some(sector),
                }
            })
        }
        Kind::Country | Kind::Place => e.country.clone(),
        Kind::Group => None,
    }
}

/// The one country whose legislature (or a chamber of it) the knowledge
/// base knows among the article's organisations ("the US Senate").
fn known_legislature<'k>(kb: &'k Kb, ents: &[Ent]) -> Option<&'k str> {
    one_country(
        ents.iter().filter_map(|e| match e.target {
            Some(Target::Org(o)) => kb.org(o).map(|o| o.code.as_str()),
            _ => None,
        }),
        "LEG",
    )
}

/// The one country of the country-and-sector codes (`USALEG`) among
/// `codes` whose sector is `sector`; none when there are two.
fn one_country<'c>(codes: impl Iterator<Item = &'c str>, sector: &str) -> Option<&'c str> {
    let mut found: Option<&str> = None;
    for code in codes {
        if code.len() != 6 || !code.is_char_boundary(3) || &code[3..] != sector {
            continue;
        }
        let c = &code[..3];
        match found {
            None => found = Some(c),
            Some(f) if f == c => {}
            Some(_) => return None,
        }
    }
    found
}

/// The one country whose bodies of sector `sector` the article names
/// ("Speaker Mike Johnson" in a story naming the U.S. House and Senate,
/// "Major General Pat Ryder" beside the Pentagon): organisations and
/// capitals standing for governments, coded before people.
fn institution_country(ents: &[Ent], sector: &str) -> Option<String> {
    one_country(
        ents.iter()
            .filter(|e| e.kind != Kind::Person && e.kind != Kind::Group)
            .filter_map(|e| e.actor.as_deref())
            .filter(|c| !matches!(c.get(..3), Some("IGO" | "NGO" | "IMG"))),
        sector,
    )
    .map(str::to_string)
}

/// Sectors of bodies that, named without a country, are most often of the
/// country the story is about: parties, opposition, firms, national NGOs,
/// media, universities.
fn domestic_sector(sector: &str) -> bool {
    matches!(sector, "PTY" | "OPP" | "BUS" | "NGO" | "MED" | "EDU")
}

/// Sectors of a state's own offices (government, armed forces, legislature,
/// courts, police), as opposed to parties, international bodies and
/// civilians: a title in one of them belongs to some country.
pub(crate) fn national_sector(sector: &str) -> bool {
    matches!(sector, "GOV" | "MIL" | "LEG" | "JUD" | "COP")
}

/// The country of a city or region named `name` (trailing punctuation
/// ignored), when all its readings agree.
fn place_country(kb: &Kb, name: &str) -> Option<String> {
    let name = name.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    let mut found: Option<String> = None;
    for x in kb.lookup(name) {
        if !matches!(x, Target::City(_) | Target::Region(_)) {
            continue;
        }
        match (target_country(kb, Some(*x)), &found) {
            (Some(c), None) => found = Some(c.to_owned()),
            (Some(c), Some(f)) if c != *f => return None,
            _ => {}
        }
    }
    found
}

/// The country of the national party named `name`, when one is known by it.
fn party_country(kb: &Kb, name: &str) -> Option<String> {
    kb.lookup(name).iter().find_map(|x| match x {
        Target::Org(o) => kb
            .org(*o)
            .filter(|o| matches!(o.kind.as_str(), "party" | "coalition"))
            .and_then(|o| o.country.clone()),
        _ => None,
    })
}

/// The country an entity's target stands for or lies in, borrowed from the
/// knowledge base (asked about for every mention, often several times).
/// Whether a former country had ended by the article's date: "the
/// former Soviet republics" in 2005 names no country of the story.
fn gone(c: &dateline_kb::Country, date: Option<NaiveDate>) -> bool {
    c.until.zip(date).is_some_and(|(until, d)| d >= until)
}

/// [`target_country`] but none for a former country that had ended by the
/// article's date: such a name places no office or body of the story.
fn live_country(kb: &Kb, t: Option<Target>, date: Option<NaiveDate>) -> Option<&str> {
    if let Some(Target::Country(x) | Target::Demonym(x)) = t {
        if kb.countries().get(x.index()).is_some_and(|c| gone(c, date)) {
            return None;
        }
    }
    target_country(kb, t)
}

fn target_country(kb: &Kb, t: Option<Target>) -> Option<&str> {
    match t? {
        Target::Country(c) | Target::Demonym(c) => {
            kb.countries().get(c.index()).map(|c| c.iso3.as_str())
        }
        Target::City(c) => kb.cities().get(c.index()).map(|c| c.country.as_str()),
        // An area of several countries ("Africa") is of none.
        Target::Region(r) => kb
            .regions()
            .get(r.index())
            .map(|r| r.country.as_str())
            .filter(|c| !c.is_empty()),
        _ => None,
    }
}

/// Countries by mentions (of the country, its demonym, its places), most
/// first; the dateline's country counts twice.
fn country_mentions<'k>(
    ctx: &Ctx<'_>,
    kb: &'k Kb,
    ents: &[Ent],
    ments: &[Ment],
) -> Vec<(&'k str, usize)> {
    // Codes borrowed while counting, each entity's country asked once for
    // all its mentions (the order of adding does not matter: the counts
    // are sorted by count and code).
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut add = |c, n: usize| match counts.iter_mut().find(|(k, _)| *k == c) {
        Some(x) => x.1 += n,
        None => counts.push((c, n)),
    };
    if let Some(hit) = ctx
        .dateline_place
        .as_ref()
        .and_then(|dp| kb.resolve_place(dp, &[]))
    {
        add(hit.country, 2);
    }
    let mut per_ent = vec![0usize; ents.len()];
    for m in ments {
        if let Some(n) = per_ent.get_mut(m.ent) {
            *n += 1;
        }
    }
    for (e, &n) in ents.iter().zip(&per_ent) {
        if n > 0 {
            if let Some(c) = live_country(kb, e.target, ctx.published) {
                add(c, n);
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    counts
}

/// The country whose possessive stands just before byte `at`, over a
/// few modifiers and the body the role is of ("Pakistan's acting U.N.",
/// "Russias UN" without its apostrophe).
fn possessor_before(kb: &Kb, text: &str, at: usize, of: &str) -> Option<String> {
    let head = text.get(..at)?;
    for w in head.split_whitespace().rev().take(4) {
        if of.split_whitespace().any(|x| x == w)
            || matches!(
                w,
                "acting"
                    | "permanent"
                    | "deputy"
                    | "former"
                    | "then"
                    | "new"
                    | "top"
                    | "senior"
                    | "chief"
                    | "special"
            )
        {
            continue;
        }
        // "Soviet UN envoy", "Israel's U.N. Ambassador".
        let demonym = kb.lookup(w).iter().find_map(|x| match x {
            Target::Demonym(c) => kb.countries().get(c.index()).map(|c| c.iso3.clone()),
            _ => None,
        });
        if demonym.is_some() {
            return demonym;
        }
        let stem = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .or_else(|| w.strip_suffix('s'))?;
        return country_by_name(kb, stem);
    }
    None
}

/// Whether the text of role `r`'s span sends its holder to a state or body
/// (see [`sent_to_a_state`]); false for a role not stated in the text.
fn role_sent_to_a_state(r: &rec::Role, text: &str) -> bool {
    r.span
        .is_some_and(|sp| text.get(sp.start..sp.end).is_some_and(sent_to_a_state))
}

/// Whether a representative's role span sends them to a state or body
/// ("representative to Iran", "of the United States to the United
/// Nations"), not to a legislature ("to the European Parliament", "to the
/// Iraqi parliament"), where a representative sits.
fn sent_to_a_state(span: &str) -> bool {
    span.split_once(" to ").is_some_and(|(_, to)| {
        let lower = to.to_ascii_lowercase();
        lower.contains("united nations")
            || to.contains("UN ")
            || to.contains("U.N.")
            || ![
                "parliament",
                "congress",
                "assembly",
                "senate",
                "house",
                "majlis",
                "duma",
            ]
            .iter()
            .any(|w| lower.contains(w))
    })
}

/// The sector a firm's last word gives it: a magazine's is the media's
/// ("Elle Magazine"), any other trade's business.
fn firm_sector(last: &str) -> &'static str {
    if matches!(last, "Magazine" | "Magazines") {
        "MED"
    } else {
        "BUS"
    }
}

/// The code of the last organisation before entity `ei` of the kind a
/// common noun names ("the company", "the group", "the party"): a firm
/// (also of no known country, "BUS"), an NGO or a party.
fn last_body_of_kind(ents: &[Ent], ei: usize, noun: &str) -> Option<String> {
    let wanted: &[&str] = match noun {
        "group" | "organisation" | "organization" | "charity" => &["NGO"],
        "company" | "firm" => &["BUS"],
        "party" => &["PTY", "OPP"],
        _ => return None,
    };
    ents[..ei]
        .iter()
        .rev()
        .filter(|x| x.kind == Kind::Org)
        .filter_map(|x| x.actor.clone())
        .find(|c| (c.len() == 6 || c.len() == 3) && wanted.iter().any(|w| c.ends_with(w)))
}

/// The intergovernmental body named right before an envoy's title at
/// byte `at` ("the UN envoy to Yemen", "UN Special Envoy for Syria"), over
/// rank words, as the code of its entity.
fn body_before_envoy(
    kb: &Kb,
    text: &str,
    at: usize,
    ents: &[Ent],
    forms: &Forms<'_>,
    ei: usize,
) -> Option<String> {
    let rank = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "special" | "deputy" | "top" | "senior" | "chief" | "acting" | "new" | "personal"
        )
    };
    // The text before the title, its rank words, a possessive and the
    // body's head's title ("the UN Secretary-General's envoy") taken off
    // the end: what is left must end in the body's name or one of its
    // forms ("the Arab League envoy", "the UN's envoy").
    let mut head = text
        .get(..at)?
        .trim_end_matches([' ', '(', ')', ',', '\u{a0}']);
    let mut possessive = false;
    loop {
        let (rest, last) = head.rsplit_once(' ').unwrap_or(("", head));
        if rank(last) || last == "Secretary-General's" || last == "Secretary-General’s" {
            head = rest.trim_end();
        } else if let Some(stem) = last.strip_suffix("'s").or_else(|| last.strip_suffix("’s")) {
            // ("Obama's UN ambassador": someone's envoy to the body; only
            // the body's own possessive counts, checked below.)
            if possessive || stem.is_empty() {
                return None;
            }
            possessive = true;
            head = &head[..head.len() - last.len() + stem.len()];
        } else {
            break;
        }
    }
    let ends_with_name = |name: &str| {
        !name.is_empty()
            && head.ends_with(name)
            && head[..head.len() - name.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    let (code, len) = ents
        .iter()
        .enumerate()
        .filter(|&(xi, x)| xi != ei && x.kind == Kind::Org)
        .find_map(|(xi, x)| {
            let len = if ends_with_name(&x.name) {
                x.name.len()
            } else {
                forms[xi].iter().find(|f| ends_with_name(f))?.len()
            };
            Some((x.actor.clone().or_else(|| org_code_guess(kb, x))?, len))
        })
        .filter(|(c, _)| c.starts_with("IGO"))?;
    // ("Obama's UN ambassador", "the former UN envoy": not the body's.)
    let before_body = head[..head.len() - len]
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap_or("");
    (!before_body.ends_with("'s") && !before_body.ends_with("’s") && before_body != "former")
        .then_some(code)
}

fn country_by_name(kb: &Kb, name: &str) -> Option<String> {
    kb.lookup(name).iter().find_map(|x| match x {
        Target::Country(c) => kb.countries().get(c.index()).map(|c| c.iso3.clone()),
        _ => None,
    })
}

/// An organisation the KB does not know: country from its name, sector from its head noun.
/// A central bank is a state body, not a firm ("Central Bank of
/// Liberia", "Reserve Bank").
/// The sector an organisation's name gives it before its words are read
/// one by one: a central bank is the government's, an association its
/// members' ([`association_sector`]).
fn sector_by_name(name: &str) -> Option<&'static str> {
    if is_central_bank(name) {
        Some("GOV")
    } else if is_legislative(name) {
        Some("LEG")
    } else if (name.ends_with(" School") || name.ends_with(" College"))
        && name != "Electoral College"
    {
        // (Named schools only: "school" alone is as often a building.)
        Some("EDU")
    } else {
        association_sector(name)
            .or_else(|| head_sector(name))
            .or_else(|| state_office_sector(name))
    }
}

/// A state's office named by its field ("the National Audit Office", "the
/// Federal Statistics Office", "the Civil Aviation Organization", "the
/// Internal Revenue Service"): the government's, or its intelligence
/// service's. Not a body named as the world's or a region's ("World
/// Meteorological Organization", "International Civil Aviation
/// Organization": intergovernmental).
fn state_office_sector(name: &str) -> Option<&'static str> {
    let mut words = name.split(' ');
    let first = words.next()?;
    let last = name.rsplit(' ').next()?;
    if !matches!(
        last,
        "Office" | "Organization" | "Organisation" | "Service" | "Administration" | "Agency"
    ) || matches!(
        first,
        "World"
            | "International"
            | "Global"
            | "European"
            | "Asian"
            | "African"
            | "Arab"
            | "Islamic"
    ) {
        return None;
    }
    let mut sector = None;
    for w in name.split(' ') {
        match w {
            "Intelligence" | "Secret" => return Some("SPY"),
            "Statistics" | "Statistical" | "Audit" | "Revenue" | "Weather" | "Meteorological"
            | "Aviation" | "Customs" | "Tax" | "Census" | "Immigration" | "Passport"
            | "Disaster" | "Securities" | "Prisons" | "Presidential" | "Budget" | "Standards" => {
                sector = Some("GOV");
            }
            _ => {}
        }
    }
    sector
}

/// The sector a body's last word gives it: an outlet ("Jahan News",
/// "Sahar TV", "the Kestrel Times"), a hospital, a foundation (a charity,
/// as the knowledge base codes the known ones), a church.
fn head_sector(name: &str) -> Option<&'static str> {
    let (first, last) = name.rsplit_once(' ')?;
    // (The last word first: most names end in none of these, and the tests
    // below search the name.)
    let sector = match last {
        "News" | "TV" | "Television" | "Radio" | "Times" | "Gazette" | "Herald" | "Tribune"
        | "Telegraph" | "Chronicle" => "MED",
        "Hospital" | "Clinic" => "HLH",
        "Foundation" => "NGO",
        "Church" => "REL",
        _ => return None,
    };
    // (Not a body headed before "of", "State Administration of Radio"; nor
    // a set, "LCD TV", "High-definition TV".)
    if first.contains(" of ")
        || first.starts_with("of ")
        || first.ends_with(" of")
        || first == "of"
        || (last == "TV"
            && first.split(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "LCD" | "HD" | "LED" | "HDTV" | "Digital" | "Cable" | "Satellite" | "Plasma"
                ) || w.split_once('-').is_some_and(|(_, b)| !is_cap(b))
            }))
    {
        return None;
    }
    Some(sector)
}

/// A legislature's chamber or committee named without its country: "the
/// House of Representatives", "the Chamber of Deputies", "the House Ways
/// and Means Committee", "the Foreign Relations Committee". A committee
/// counts when a chamber opens its name or it is named for a field that
/// parliaments' committees oversee; not "Olympic Committee", "Central
/// Committee" (a party's) or "Joint Economic Committee" (often two
/// governments').
fn is_legislative(name: &str) -> bool {
    CHAMBERS.contains(&name) || legislative_committee(name)
}

/// A chamber of a legislature named without its country ([`is_legislative`]).
const CHAMBERS: &[&str] = &[
    "House of Representatives",
    "House of Commons",
    "House of Lords",
    "House of Delegates",
    "House of Councillors",
    "Chamber of Deputies",
    "Chamber of Representatives",
    "Council of Representatives",
    "Upper House",
    "Lower House",
];

/// A legislature's committee named without its country ([`is_legislative`]).
fn legislative_committee(name: &str) -> bool {
    if !(name.ends_with("Committee")
        || name.ends_with("Subcommittee")
        || name.ends_with("Committees"))
    {
        return false;
    }
    let words: Vec<&str> = NameWords::new(name).collect();
    let [first, .., last] = words[..] else {
        return false;
    };
    if !matches!(last, "Committee" | "Subcommittee" | "Committees") {
        return false;
    }
    let chamber = matches!(
        first,
        "House"
            | "Senate"
            | "Congressional"
            | "Parliamentary"
            | "Parliament"
            | "Majlis"
            | "Knesset"
    );
    let field = words.windows(2).any(|w| {
        matches!(
            w,
            ["Armed", "Services"]
                | ["Foreign", "Relations" | "Affairs" | "Policy"]
                | ["Financial", "Services"]
                | ["Select", "Committee"]
        )
    }) || words.iter().any(|w| {
        matches!(
            *w,
            "Appropriations" | "Judiciary" | "Intelligence" | "Budget" | "Banking" | "Ways"
        )
    });
    // (A security committee is a legislature's only when a chamber names
    // it, as its field is not in the list: "Kazakhstan's National Security
    // Committee" is its intelligence service; a joint committee is often
    // two governments'.)
    let joint = words.contains(&"Joint");
    chamber || (field && !joint)
}

/// The sector of an association named for its members: a trade body is
/// business ("Maldives Association of Tourism Industry", "Federation of
/// Indian Exporters"), a consumers' body an NGO ("Federation of German
/// Consumer Organisations"); none for a state body ("Ministry of Industry")
/// or anything else.
fn association_sector(name: &str) -> Option<&'static str> {
    let mut body = false;
    let mut trade = false;
    let mut consumer = false;
    let mut labour = false;
    for w in NameWords::new(name) {
        match w {
            // Workers' unions ("the Boreal Miners Union", "United Auto
            // Workers", "the Teachers' Trade Union").
            "Workers" | "Workers'" | "Employees" | "Teachers" | "Teachers'" | "Miners"
            | "Nurses" | "Carriers" | "Drivers" | "Dockers" | "Labour" | "Labor"
            | "Metalworkers" | "Steelworkers" | "Autoworkers" | "Machinists" | "Pilots" => {
                labour = true;
                if w == "Workers" && name.ends_with("Workers") {
                    body = true;
                }
            }
            "Association" | "Associations" | "Federation" | "Confederation" | "Chamber"
            | "Chambers" | "Union" | "Council" | "Guild" | "Syndicate" => body = true,
            "Industry" | "Industries" | "Industrialists" | "Commerce" | "Business"
            | "Businesses" | "Manufacturers" | "Employers" | "Exporters" | "Importers"
            | "Traders" | "Bankers" | "Producers" | "Retailers" => trade = true,
            "Consumer" | "Consumers" | "Consumers'" => consumer = true,
            // A state body stays the state's.
            "Ministry" | "Ministries" | "Government" | "Department" | "Parliament" => return None,
            _ => {}
        }
    }
    if !body {
        return None;
    }
    if consumer {
        Some("NGO")
    } else if trade {
        Some("BUS")
    } else if (labour || name.contains("Trade Union")) && !name.contains("Party") {
        Some("LAB")
    } else {
        None
    }
}

fn is_central_bank(name: &str) -> bool {
    // Whether the name holds "Central Bank", "Reserve Bank" or "central
    // bank": a byte search for the bank word's first letter, then a look
    // back at the word before it (not three substring searches).
    let b = name.as_bytes();
    memchr::memchr2_iter(b'B', b'b', b).any(|i| {
        if i < 8 {
            return false;
        }
        let (head, tail) = b.split_at(i);
        // ("Central Banking Publications" is a publisher.)
        let word_ends = |n: usize| {
            tail.get(n).is_none_or(|c| !c.is_ascii_lowercase())
                || tail[n] == b's' && tail.get(n + 1).is_none_or(|c| !c.is_ascii_lowercase())
        };
        (tail.starts_with(b"Bank")
            && word_ends(4)
            && (head.ends_with(b"Central ") || head.ends_with(b"Reserve ")))
            || (tail.starts_with(b"bank") && word_ends(4) && head.ends_with(b"central "))
    })
}

/// Names of the organs every kind of body has: alone they name none.
const BODY_PARTS: &[&str] = &[
    "Board of Governors",
    "Board of Directors",
    "Board of Trustees",
    "Executive Board",
    "Executive Committee",
    "Executive Council",
    "Central Committee",
    "Steering Committee",
    "Governing Council",
    "Governing Board",
    "Supervisory Board",
    "Management Board",
    "General Conference",
    "Political Bureau",
    "Politburo",
    "Secretariat",
    "Public Relations Department",
    "Public Relations Office",
    // Services of an armed force ("the IRGC Ground Force", "the Army's
    // Air Force").
    "Ground Force",
    "Ground Forces",
    "Air Force",
    "Naval Force",
    "Navy",
    "Aerospace Force",
];

/// The code of the body an organ belongs to, when the text names it right
/// before ("the IAEA Board of Governors", "the party's Central Committee")
/// or after ("the Board of Governors of the Federal Reserve") one of the
/// organ's mentions: "Board of Governors" alone is nobody's, and later
/// bare mentions are the same organ. (Mentions of one name are one entity,
/// so an article naming the boards of two bodies codes both as the first
/// owner found.)
///
/// A legislature's committee is likewise its chamber's ("the Senate
/// Banking Committee", "Parliament's National Security Committee"), when
/// the body named with it is a legislature.
fn body_part_owner(text: &str, kb: &Kb, ents: &[Ent], ments: &[Ment], ei: usize) -> Option<String> {
    let e = &ents[ei];
    if e.kind != Kind::Org || e.target.is_some() {
        return None;
    }
    let committee = !BODY_PARTS.contains(&e.name.as_str());
    if committee && !legislative_committee(&e.name) {
        return None;
    }
    let owner_code = |x: &Ment| {
        let o = ents
            .get(x.ent)
            .filter(|o| x.ent != ei && o.kind == Kind::Org)?;
        o.actor
            .clone()
            .or_else(|| org_code_guess(kb, o))
            .filter(|c| !committee || c.ends_with("LEG"))
    };
    for m in ments.iter().filter(|m| m.ent == ei) {
        let before = ments
            .iter()
            .filter(|x| x.end <= m.start)
            .max_by_key(|x| x.end);
        if let Some(x) = before {
            let gap = &text[x.end..m.start];
            if matches!(gap, " " | "'s " | "’s " | " 's ") {
                if let Some(c) = owner_code(x) {
                    return Some(c);
                }
            }
        }
        let after = ments
            .iter()
            .filter(|x| x.start >= m.end)
            .min_by_key(|x| x.start);
        if let Some(x) = after {
            if matches!(&text[m.end..x.start], " of " | " of the ") {
                if let Some(c) = owner_code(x) {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// The country of the town a university, school or hospital is named
/// after ("Manchester University", "Leiden University", "Basra Teaching
/// Hospital"): the town opens the name, has 100,000 people or more, is no
/// first name ("George Mason University" is no South African George) and no
/// common noun ("Police Academy"), and all the towns of the longest name
/// found agree ("San Francisco State University" is no Malian "San").
fn institution_town(kb: &Kb, name: &str) -> Option<String> {
    if !["University", "College", "School", "Hospital", "Academy"]
        .iter()
        .any(|h| name.ends_with(h))
    {
        return None;
    }
    let words: Vec<&str> = NameWords::new(name).collect();
    let head = |w: &str| {
        matches!(
            w,
            "University" | "College" | "School" | "Hospital" | "Academy"
        )
    };
    if words.len() < 2 || !words.last().is_some_and(|h| head(h)) {
        return None;
    }
    // The longest opening found in the gazetteer, right before the
    // institution's words.
    (1..=words.len().min(4) - 1).rev().find_map(|n| {
        let end = words[..n].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        let place = name.get(..end)?;
        let found = kb.lookup(place);
        if found.is_empty() {
            return None;
        }
        // (A first name opens a person's name: "George Mason University";
        // a town of a common word's name, "Police Academy", "Liberty
        // Hospital", is no town: a town of 100,000 people at least, whose
        // name is no sector's noun.)
        let big = found.iter().any(|x| match x {
            Target::City(c) => kb
                .cities()
                .get(c.index())
                .is_some_and(|c| c.population >= 100_000),
            Target::Region(_) => true,
            _ => false,
        });
        if kb.first_name_gender(words[0]).is_some()
            || !big
            || with_lowercase(place, |l| kb.sector_noun(l)).is_some()
        {
            return Some(None);
        }
        Some(place_country(kb, place))
    })?
}

fn org_code_guess(kb: &Kb, e: &Ent) -> Option<String> {
    org_code_guess_by(kb, e, &mut None)
}

/// The sectors an organisation's name gives before its single words are
/// read: by the whole name ([`sector_by_name`]) and, when that gives none,
/// by its last two words ([`pair_sector`]).
struct NameSectors {
    named: Option<&'static str>,
    pair: Option<String>,
}

impl NameSectors {
    fn of(kb: &Kb, name: &str) -> NameSectors {
        let named = sector_by_name(name);
        let pair = named.is_none().then(|| pair_sector(kb, name)).flatten();
        NameSectors { named, pair }
    }
}

/// [`org_code_guess`], leaving in `by_name` the sectors the name gives
/// ([`NameSectors`]) when they were read, for a caller that needs them next.
fn org_code_guess_by(kb: &Kb, e: &Ent, by_name: &mut Option<NameSectors>) -> Option<String> {
    if let Some(org) = e.igo.and_then(|o| kb.org(o)) {
        return Some(org.code.clone());
    }
    if let Some(Target::Org(o)) = e.target {
        if let Some(org) = kb.org(o) {
            if !org.code.is_empty() {
                return Some(org.code.clone());
            }
        }
    }
    let words: Vec<&str> = NameWords::new(&e.name).collect();
    let mut country = e.country.clone();
    if country.is_none() {
        country = words.iter().find_map(|w| {
            kb.demonym(w)
                .map(|c| c.iso3.clone())
                .or_else(|| country_by_name(kb, w))
        });
    }
    // "Los Angeles Superior Court", "Toronto Stock Exchange": a body named
    // after a city of a million people, opening the name. (Smaller towns
    // share their names with firms and words: "Dome Petroleum", "Santos
    // Ltd", "Police Command".)
    // Not the meetings, formats and accords named after their venue
    // ("Paris Accord", "Minsk Group", "Astana Process"), which are no
    // body of that country.
    let venue_named = words.last().is_some_and(|w| {
        matches!(
            *w,
            "Accord"
                | "Accords"
                | "Agreement"
                | "Protocol"
                | "Statute"
                | "Declaration"
                | "Treaty"
                | "Pact"
                | "Process"
                | "Format"
                | "Talks"
                | "Group"
                | "Summit"
                | "Conference"
                | "Forum"
                | "Dialogue"
                | "Initiative"
                | "Wall"
                | "Arena"
                | "Open"
                | "Prix"
        )
    });
    if country.is_none() && e.target.is_none() && words.len() >= 2 && !venue_named {
        country = (1..=words.len().min(4) - 1)
            .rev()
            .find_map(|n| {
                let end = words[..n].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
                let place = e.name.get(..end)?;
                kb.lookup(place).iter().find_map(|x| match x {
                    Target::City(c) => kb
                        .cities()
                        .get(c.index())
                        .filter(|c| c.population >= 1_000_000)
                        .map(|c| c.country.clone()),
                    _ => None,
                })
            })
            .or_else(|| institution_town(kb, &e.name));
    }
    let sectors = by_name.insert(NameSectors::of(kb, &e.name));
    let sector = sectors
        .named
        .map(str::to_string)
        .or_else(|| sectors.pair.clone())
        .or_else(|| {
            words
                .iter()
                .rev()
                .find_map(|w| with_lowercase(w, |l| kb.sector_noun(l)).map(|s| s.code.clone()))
        })
        .or_else(|| e.sector.clone())
        .or_else(|| {
            // Company name endings ("Ikoyi Capital Partners", "Kestrel
            // Trading", "Audi of America Inc"; not a body's field: "the
            // Centre for the Development of Disaster Information
            // Management").
            words
                .last()
                .filter(|w| {
                    (bus_head(w) || legal_form(w) && words.len() >= 2)
                        && (words.iter().any(|w| legal_form(w))
                            || !words.iter().any(|w| matches!(*w, "of" | "for")))
                })
                .map(|w| firm_sector(w).to_string())
        });
    match (country, sector) {
        (Some(c), Some(s)) => Some(join2(&c, &s)),
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// The ids `E1` to `E99` one after another, so that most entities' ids
/// are borrowed slices of it rather than strings of their own.
const SMALL_IDS: &str = "E1E2E3E4E5E6E7E8E9E10E11E12E13E14E15E16E17E18E19E20E21E22E23E24E25E26E27E28E29E30E31E32E33E34E35E36E37E38E39E40E41E42E43E44E45E46E47E48E49E50E51E52E53E54E55E56E57E58E59E60E61E62E63E64E65E66E67E68E69E70E71E72E73E74E75E76E77E78E79E80E81E82E83E84E85E86E87E88E89E90E91E92E93E94E95E96E97E98E99";

/// Whether a role's complement opens with an organisation's possessive,
/// under its name or a form the text gives it: "the FBI's New York
/// office", "WHO's department of nutrition" (not a country's: "Iran's
/// Supreme National Security Council" is the council).
fn owning_body(x: &Ent, forms: &[&str], of: &str) -> bool {
    let of = of.strip_prefix("the ").unwrap_or(of);
    x.kind == Kind::Org
        && std::iter::once(x.name.as_str())
            .chain(forms.iter().copied())
            .any(|f| {
                of.strip_prefix(f)
                    .is_some_and(|r| r.starts_with("'s ") || r.starts_with("\u{2019}s "))
            })
}

/// Whether a title's words name a portfolio's secretary: capitalised
/// words before "Secretary" ("Health Secretary", "Work and Pensions
/// Secretary"), not a party's, a body's or a general secretary.
fn portfolio_secretary(span: &str) -> bool {
    let mut words: Vec<&str> = span.split_whitespace().collect();
    if words
        .pop()
        .is_none_or(|w| !w.eq_ignore_ascii_case("secretary"))
        || words.is_empty()
    {
        return false;
    }
    words.iter().all(|w| {
        (is_cap(w) || matches!(*w, "and" | "of" | "&"))
            && !matches!(
                w.to_ascii_lowercase().as_str(),
                "party"
                    | "general"
                    | "executive"
                    | "first"
                    | "second"
                    | "third"
                    | "national"
                    | "assistant"
                    | "joint"
                    | "organising"
                    | "organizing"
                    | "company"
                    | "club"
                    | "union"
                    | "society"
                    | "association"
                    | "federation"
                    | "board"
                    | "council"
                    | "committee"
                    | "league"
                    | "foundation"
                    | "festival"
                    | "conference"
                    | "honorary"
                    | "recording"
                    | "social"
            )
    })
}

/// The code of a state's domain named between the state and a title:
/// "Kenya's army chief", "Iran's nuclear chief", "Spain's foreign office
/// spokeswoman", "South Korea's top security official". Only words of a
/// state's offices and forces count (not "Kenya's football chief"), and
/// the state must be named right before them.
fn state_domain_before(kb: &Kb, text: &str, at: usize) -> Option<String> {
    let mut rest = text.get(..at)?.trim_end();
    let mut sector: Option<&'static str> = None;
    let mut n = 0;
    let mut first = "";
    loop {
        // (Any whitespace, a no-break space's two bytes too.)
        let (head, w) = match rest.char_indices().rfind(|(_, c)| c.is_whitespace()) {
            Some((i, c)) => (&rest[..i], &rest[i + c.len_utf8()..]),
            None => ("", rest),
        };
        if n == 0 {
            first = w;
        }
        let s = match w {
            "top" | "senior" | "deputy" | "acting" | "chief" | "policy" | "affairs" | "rights"
            | "human" | "national" | "foreign" => "",
            "ministry" | "office" | "government" | "cabinet" | "presidency" | "presidential"
            | "nuclear" | "atomic" | "tourism" | "environment" | "security" | "finance"
            | "interior" | "culture" | "education" | "defence" | "defense" => "GOV",
            "army" | "military" | "navy" => "MIL",
            "police" => "COP",
            "intelligence" => "SPY",
            "judiciary" | "judicial" => "JUD",
            _ => break,
        };
        // (The head word, the last before the title, decides: "foreign
        // ministry" is the government's, "army" the military's; but a
        // defence and an interior ministry are coded as `sectors.tsv`
        // codes them.)
        if sector.is_none() && !s.is_empty() {
            sector = Some(s);
        } else if n == 1 && first == "ministry" {
            match w {
                "defence" | "defense" => sector = Some("MIL"),
                "interior" => sector = Some("COP"),
                _ => {}
            }
        }
        n += 1;
        rest = head.trim_end();
        if n == 4 || rest.is_empty() {
            break;
        }
    }
    let sector = sector?;
    // ("Former Iranian judicial officer X": out of office.)
    if rest
        .rsplit(' ')
        .take(3)
        .any(|w| w.eq_ignore_ascii_case("former") || w.eq_ignore_ascii_case("ex"))
    {
        return None;
    }
    let owner = rest
        .strip_suffix("'s")
        .or_else(|| rest.strip_suffix("\u{2019}s"))
        .unwrap_or(rest);
    // ("(Kenya's army chief", a paragraph's first words: the owner's
    // words only.)
    let owner = owner
        .rsplit(['\n', '(', '"', '\u{201c}'])
        .next()
        .unwrap_or(owner)
        .trim_start();
    // One or two words of a country's name or demonym ("Kenya's", "South
    // Korean").
    let one = owner.rsplit(' ').next().filter(|w| !w.is_empty())?;
    let two = owner.rfind(' ').and_then(|i| {
        owner[..i]
            .rfind(' ')
            .map_or(Some(owner), |j| owner.get(j + 1..))
    });
    let country = two
        .and_then(|p| country_of_phrase(kb, p))
        .or_else(|| country_of_phrase(kb, one))?;
    Some(join2(&country, sector))
}

/// `a` then `b`, as `format!("{a}{b}")` writes them, in one allocation and
/// without the formatting machinery (actor codes: country and sector).
fn join2(a: &str, b: &str) -> String {
    join3(a, b, "")
}

/// `a`, `b` and `c` one after another in one string, as
/// `format!("{a}{b}{c}")` writes them.
fn join3(a: &str, b: &str, c: &str) -> String {
    let mut s = String::with_capacity(a.len() + b.len() + c.len());
    s.push_str(a);
    s.push_str(b);
    s.push_str(c);
    s
}

/// "E" and the number (one per entity of every article): below 100 a slice
/// of `SMALL_IDS`, above it written without the formatting machinery.
fn entity_id(n: usize) -> Cow<'static, str> {
    // `E1`..`E9` take two bytes each, `E10`..`E99` three after them.
    let at = match n {
        1..=9 => Some((n - 1) * 2..n * 2),
        10..=99 => Some(18 + (n - 10) * 3..18 + (n - 9) * 3),
        _ => None,
    };
    if let Some(id) = at.and_then(|r| SMALL_IDS.get(r)) {
        return Cow::Borrowed(id);
    }
    let mut id = String::with_capacity(8);
    id.push('E');
    push_decimal(&mut id, n as u64);
    Cow::Owned(id)
}

/// Appends `n` in decimal, as `format!("{n}")` writes it, without the
/// formatting machinery.
fn push_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    loop {
        k -= 1;
        // A digit: `n % 10` is below 10.
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[k..].iter().map(|&d| char::from(d)));
}

/// Whether `word` and a stop make a title's abbreviation ("Sens.",
/// "Gen."): an ASCII word is lowered into a buffer on the stack (asked
/// of every one-word name before a stop), another allocates.
fn abbreviated_title(kb: &Kb, word: &str) -> bool {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() < buf.len() {
        let n = word.len();
        buf[..n].copy_from_slice(word.as_bytes());
        buf[..n].make_ascii_lowercase();
        buf[n] = b'.';
        if let Ok(key) = std::str::from_utf8(&buf[..=n]) {
            return kb.title(key).is_some();
        }
    }
    kb.title(&format!("{}.", word.to_lowercase())).is_some()
}

/// Whether a name holds a run of spaces or a space other than ' ' (a
/// line break, a tab, a no-break space). Two passes over the bytes with no
/// early exit, which the compiler runs many bytes at a time: one for a
/// byte below the space or above ASCII (every other ASCII space is a
/// control byte; such a name, rare, is read by characters), one for two
/// spaces in a row.
fn irregular_spacing(name: &str) -> bool {
    let bytes = name.as_bytes();
    let odd = bytes
        .iter()
        .fold(false, |odd, &b| odd | !(0x20..0x80).contains(&b));
    if odd {
        return name.contains("  ") || name.contains(|c: char| c.is_whitespace() && c != ' ');
    }
    bytes
        .iter()
        .zip(bytes.get(1..).unwrap_or_default())
        .fold(false, |run, (&a, &b)| run | ((a == b' ') & (b == b' ')))
}

/// Converts to output entities, moving each entity's name, roles and codes
/// into its record rather than copying them: the extractor converts once
/// the later stages are done reading `ents`. The mentions' texts are
/// slices of one shared copy of `text`, their kinds and the entities' kinds
/// and small ids borrowed: no string is allocated per mention.
#[must_use]
pub fn to_records(ents: Entities, text: &str) -> Vec<rec::Entity> {
    let kb = Kb::global().ok();
    let whole: Arc<str> = if ents.ments.is_empty() {
        Arc::from("")
    } else {
        Arc::from(text)
    };
    // A building named for the body it houses ("the Kremlin said") acts as
    // that body inside the extractor and is written out as a facility.
    let facility = |e: &Ent| match (e.target, kb) {
        (Some(Target::Org(o)), Some(kb)) => kb.org(o).is_some_and(|o| o.kind == "facility"),
        _ => false,
    };
    // Each entity's mentions counted first: its list is then allocated
    // once instead of grown (and copied) mention by mention.
    let mut counts = vec![0usize; ents.ents.len()];
    for m in &ents.ments {
        if let Some(c) = counts.get_mut(m.ent) {
            *c += 1;
        }
    }
    let mut out: Vec<rec::Entity> = ents
        .ents
        .into_iter()
        .enumerate()
        .map(|(i, e)| rec::Entity {
            id: entity_id(i + 1),
            kind: Cow::Borrowed(if facility(&e) {
                "facility"
            } else {
                e.kind.as_str()
            }),
            // A name taken from the text keeps no run of spaces or line
            // break between its words ("James  Miller" across a wrap).
            name: if irregular_spacing(&e.name) {
                e.name.split_whitespace().collect::<Vec<_>>().join(" ")
            } else {
                e.name
            },
            roles: e.roles,
            actor: e.actor,
            country: e.country,
            kb: e.kb,
            place: e.place,
            mentions: Vec::with_capacity(counts[i]),
        })
        .collect();
    for m in &ents.ments {
        if let Some(e) = out.get_mut(m.ent) {
            e.mentions.push(rec::Mention {
                start: m.start,
                end: m.end,
                text: rec::SharedStr::slice(&whole, m.start, m.end),
                kind: Cow::Borrowed(m.kind),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::input::Article;

    #[test]
    fn name_words_split_as_str_split_does() {
        for name in [
            "",
            "-",
            "Iraqi Security Forces",
            "Hamas-run  Health Ministry ",
            " al-Qaeda\tin\nYemen-",
            "Société\u{a0}Générale - Paris",
            "Banco de España",
        ] {
            let want: Vec<&str> = name
                .split(|c: char| c.is_whitespace() || c == '-')
                .collect();
            let got: Vec<&str> = super::NameWords::new(name).collect();
            assert_eq!(got, want, "{name:?}");
        }
    }
    use crate::Extractor;

    #[test]
    fn abbreviated_titles_in_any_case() {
        let kb = dateline_kb::Kb::global().expect("knowledge base");
        for w in ["Sens", "SENS", "Gen", "Sen", "Rep"] {
            assert!(super::abbreviated_title(kb, w), "{w}");
        }
        for w in ["Paris", "Sensible", "", "Zo\u{eb}", "A".repeat(40).as_str()] {
            assert!(!super::abbreviated_title(kb, w), "{w}");
            assert_eq!(
                super::abbreviated_title(kb, w),
                kb.title(&format!("{}.", w.to_lowercase())).is_some()
            );
        }
    }

    #[test]
    fn irregular_spacing_is_a_run_of_spaces_or_another_space() {
        let mut names: Vec<String> = [
            "",
            " ",
            "  ",
            "Jo Ray",
            "Jo  Ray",
            "Jo Ray ",
            "Jo Ray  ",
            "Jo\nRay",
            "Jo\tRay",
            "Jo\rRay",
            "Jo\u{b}Ray",
            "Jo\u{c}Ray",
            "Jo\u{1c}Ray",
            "Jo\u{a0}Ray",
            "Zo\u{eb}  Ray",
            "Zo\u{eb} Ray",
            "Jo\u{2009}Ray",
            "Jo\u{85}Ray",
        ]
        .iter()
        .map(|s| (*s).to_string())
        .collect();
        for b in 0..128u8 {
            names.push(format!("A{}B", char::from(b)));
            names.push(format!("A {}B", char::from(b)));
        }
        for n in &names {
            let want = n.contains("  ") || n.contains(|c: char| c.is_whitespace() && c != ' ');
            assert_eq!(super::irregular_spacing(n), want, "{n:?}");
        }
    }

    #[test]
    fn word_sets_hold_their_words_only() {
        let list = ["Tuesday", "Mr", "Ms", "Ministry", "a", ""];
        let set = super::WordSet::new(&list);
        for w in list {
            assert!(set.contains(w), "{w}");
        }
        for w in [
            "Tuesdays", "Tuesda", "tuesday", "M", "Mrs", "Mt", "b", "A", "Minister",
        ] {
            assert!(!set.contains(w), "{w}");
        }
        let long = "Ministry of Foreign Affairs and International Cooperation of Lakeview";
        assert!(!set.contains(long));
        assert!(super::WordSet::new(&[long]).contains(long));
    }

    #[test]
    fn first_word_and_more_splits_as_split_whitespace_does() {
        for s in [
            "",
            " ",
            "Assad",
            " Assad ",
            "Hafez al-Assad",
            "a\tb",
            "a\x0bb",
            "a\x0c",
            "\r\nx  y ",
            "Al\u{a0}Thani",
            "Zoë Kravitz",
            "x\u{2003}y",
        ] {
            let mut words = s.split_whitespace();
            assert_eq!(
                super::first_word_and_more(s),
                (words.next(), words.next().is_some()),
                "{s:?}"
            );
        }
    }

    #[test]
    fn trimmed_tests_match_trimming_first() {
        for name in [
            "Ali Khan",
            " Ali Khan ",
            "Khan\t",
            "Zoë",
            "Ali Khan\u{a0}",
            "",
        ] {
            for w in ["Khan", "Ali", "", "Zoë", "an"] {
                assert_eq!(
                    super::trimmed_ends_with(name, w),
                    name.trim_end().ends_with(w),
                    "{name:?} {w:?}"
                );
                assert_eq!(
                    super::trimmed_starts_with(name, w),
                    name.trim_start().starts_with(w),
                    "{name:?} {w:?}"
                );
            }
        }
    }

    #[test]
    fn central_banks_are_found_by_the_whole_word() {
        for (name, bank) in [
            ("Central Bank of Ruritania", true),
            ("the Reserve Bank", true),
            ("Bank", false),
            ("Central Banking Publications", false),
            ("central bank", true),
            ("the central banks of Europe", true),
            ("A central bankers' club", false),
            ("Central  Bank", false),
            ("CentralBank", false),
            ("Reserve Bankers", false),
            ("Central Bank", true),
            ("Federal Reserve", false),
            ("Banque Centrale", false),
        ] {
            assert_eq!(super::is_central_bank(name), bank, "{name}");
        }
    }

    #[test]
    fn is_cap_reads_the_first_character() {
        for w in [
            "Lakeview", "lakeview", "", "1990", "\"Quote", "Éire", "élan", "Ωmega", "ωmega", "ǅ",
        ] {
            assert_eq!(
                super::is_cap(w),
                w.chars().next().is_some_and(char::is_uppercase),
                "{w}"
            );
        }
    }

    fn entities(text: &str) -> Vec<dateline_record::Entity> {
        let a = Article {
            id: "t".into(),
            input: text.to_string(),
            input_name: "text".into(),
            ..Article::default()
        };
        Extractor::new().extract(&a).entities
    }

    #[test]
    fn unnamed_ministries_are_whole_words_after_a_portfolio() {
        // Found by a byte search of the text: only the token "ministry"
        // counts, not the letters inside a longer word or another case.
        let ents = entities(
            "Kenya's defence ministry said on Monday that the subministry had closed. \
             The interior ministry and the Ministry staff disagreed. \
             A finance ministryship was offered.",
        );
        let nominal: Vec<(&str, &str)> = ents
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .filter(|m| m.kind == "nominal")
                    .map(move |m| (e.name.as_str(), &*m.text))
            })
            .collect();
        assert_eq!(
            nominal,
            [
                ("Kenya defence ministry", "defence ministry"),
                ("Kenya interior ministry", "interior ministry"),
            ]
        );
    }

    #[test]
    fn the_title_after_a_person_with_that_title_is_theirs() {
        // "the president" after a president is looked up; "the minister"
        // when nobody named has a title opening with "minister" is not.
        let ents = entities(
            "President Jo Ray arrived on Monday. The president said the \
             minister would not attend.",
        );
        let ray = ents.iter().find(|e| e.name == "Jo Ray").expect("Jo Ray");
        let kinds: Vec<(&str, &str)> = ray.mentions.iter().map(|m| (&*m.text, &*m.kind)).collect();
        assert!(kinds.contains(&("The president", "title")), "{kinds:?}");
        assert!(
            !kinds.iter().any(|(t, _)| t.contains("minister")),
            "{kinds:?}"
        );
    }

    /// The knowledge-base key of the entity named `name` or mentioned so.
    fn kb_of(ents: &[dateline_record::Entity], name: &str) -> Option<String> {
        ents.iter()
            .find(|e| e.name == name || e.mentions.iter().any(|m| m.text == name))
            .and_then(|e| e.kb.clone())
    }

    fn roles_of(ents: &[dateline_record::Entity], name: &str) -> Vec<String> {
        ents.iter()
            .find(|e| e.name == name)
            .map(|e| e.roles.iter().map(|r| r.title.clone()).collect())
            .unwrap_or_default()
    }

    fn actor_of<'a>(ents: &'a [dateline_record::Entity], name: &str) -> Option<&'a str> {
        ents.iter()
            .find(|e| e.name == name)
            .and_then(|e| e.actor.as_deref())
    }

    #[test]
    fn a_former_country_places_nothing_after_it_ended() {
        // In 2005 the Soviet Union is history: the minister is Kazakh.
        let ents = dated(
            "Since the collapse of the Soviet Union, Kazakhstan has grown. Defence Minister \
             Arman Bekov said the army would shrink.",
            "2005-03-01",
        );
        assert_eq!(actor_of(&ents, "Arman Bekov"), Some("KAZGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Soviet Union"), Some("USR"), "{ents:?}");
    }

    #[test]
    fn a_body_of_no_known_country_keeps_its_sector_alone() {
        let ents = entities(
            "Kestrel Widgets Corp said profits rose. The Air Force flew overhead. Rivermoor \
             University will close a campus.",
        );
        assert_eq!(
            actor_of(&ents, "Kestrel Widgets Corp"),
            Some("BUS"),
            "{ents:?}"
        );
        assert_eq!(actor_of(&ents, "Air Force"), Some("MIL"), "{ents:?}");
        assert_eq!(
            actor_of(&ents, "Rivermoor University"),
            Some("EDU"),
            "{ents:?}"
        );
        // A name that says nothing of its sector still gets no code.
        let ents = entities("Rivermoor Partners Trust said it would grow.");
        assert_eq!(
            actor_of(&ents, "Rivermoor Partners Trust"),
            None,
            "{ents:?}"
        );
    }

    #[test]
    fn a_legislature_s_body_takes_no_country_its_sentence_acts_on() {
        let ents = entities(
            "The House Foreign Affairs Committee approved new sanctions on Peru on Monday. \
             The Coast Guard seized a Chilean tanker.",
        );
        assert_eq!(
            actor_of(&ents, "House Foreign Affairs Committee"),
            Some("LEG"),
            "{ents:?}"
        );
        assert_eq!(actor_of(&ents, "Coast Guard"), Some("MIL"), "{ents:?}");
        // A security or joint committee is no legislature's by its field.
        let ents = entities(
            "The National Security Committee arrested two men. The Joint Intelligence \
             Committee met.",
        );
        assert_ne!(
            actor_of(&ents, "National Security Committee"),
            Some("LEG"),
            "{ents:?}"
        );
        assert_ne!(
            actor_of(&ents, "Joint Intelligence Committee"),
            Some("LEG"),
            "{ents:?}"
        );
    }

    #[test]
    fn legislative_chambers_and_committees_are_legislatures() {
        let ents = entities(
            "The Chamber of Deputies voted on Monday. The Foreign Relations Committee met. \
             The House Budget Committee met too. The Olympic Committee did not.",
        );
        assert_eq!(
            actor_of(&ents, "Chamber of Deputies"),
            Some("LEG"),
            "{ents:?}"
        );
        assert_eq!(
            actor_of(&ents, "Foreign Relations Committee"),
            Some("LEG"),
            "{ents:?}"
        );
        assert_eq!(
            actor_of(&ents, "House Budget Committee"),
            Some("LEG"),
            "{ents:?}"
        );
        assert_eq!(actor_of(&ents, "Olympic Committee"), None, "{ents:?}");
        // A chamber is of the legislature the article names, a committee of
        // the chamber named right before it, whatever else its sentence
        // names.
        let ents = entities(
            "The U.S. Senate will vote next week. Last month the House of Representatives \
             passed the bill. Ms Ray told the Senate Banking Committee that Peru and Chile owed \
             more.",
        );
        assert_eq!(
            actor_of(&ents, "House of Representatives"),
            Some("USALEG"),
            "{ents:?}"
        );
        assert_eq!(
            actor_of(&ents, "Banking Committee"),
            Some("USALEG"),
            "{ents:?}"
        );
    }

    #[test]
    fn an_institution_named_after_a_town_is_in_it() {
        // Also after a place preposition, which leaves a bare town a place.
        let ents = entities("Doctors sent medicine to Basra University Medical School on Monday.");
        assert_eq!(
            actor_of(&ents, "Basra University Medical School"),
            Some("IRQEDU"),
            "{ents:?}"
        );
        let ents = entities("She studied at Leiden University before the war.");
        assert_eq!(
            actor_of(&ents, "Leiden University"),
            Some("NLDEDU"),
            "{ents:?}"
        );
        // A common noun is no town, whatever the gazetteer holds.
        let ents = entities("A bomb exploded near the Police Academy on Monday.");
        assert!(
            actor_of(&ents, "Police Academy").is_none_or(|c| !c.starts_with("POL")),
            "{ents:?}"
        );
        // A first name opening the name is a person's, not a town's.
        let ents = entities("He teaches at George Mason University these days.");
        assert_eq!(
            actor_of(&ents, "George Mason University"),
            Some("EDU"),
            "{ents:?}"
        );
    }

    #[test]
    fn an_armed_service_is_of_the_one_country_whose_forces_are_named() {
        let ents = entities(
            "The U.S. Navy sent two ships toward Iran on Monday. Officials said the Marine \
             Corps would follow within a week.",
        );
        assert_eq!(actor_of(&ents, "Marine Corps"), Some("USAMIL"), "{ents:?}");
    }

    #[test]
    fn a_body_named_after_a_place_takes_its_country() {
        let ents = entities("The Los Angeles Superior Court ruled on Monday that the ban stands.");
        assert_eq!(
            actor_of(&ents, "Los Angeles Superior Court"),
            Some("USAJUD"),
            "{ents:?}"
        );
        // A format named after its venue is no body of that country.
        let ents = entities("Envoys of the Toronto Group met again on Monday.");
        assert_eq!(actor_of(&ents, "Toronto Group"), None, "{ents:?}");
    }

    #[test]
    fn an_organ_named_beside_its_body_takes_the_body_code() {
        let ents = entities(
            "The IAEA Board of Governors met in Vienna. Later the Board of Governors declined to vote.",
        );
        assert_eq!(actor_of(&ents, "Board of Governors"), Some("IGOUNO"));
        let ents = entities(
            "The Board of Governors of the Federal Reserve approved the merger on Tuesday.",
        );
        assert_eq!(actor_of(&ents, "Board of Governors"), Some("USAGOV"));
        let ents = entities("The IRGC Ground Force said its units had returned to base.");
        assert_eq!(actor_of(&ents, "Ground Force"), Some("IRNMIL"));
        // Alone it is nobody's.
        let ents = entities("The Board of Governors approved the contract last month.");
        assert_eq!(actor_of(&ents, "Board of Governors"), None);
    }

    #[test]
    fn ships_are_nobody_and_towers_are_places() {
        assert_nobody(
            "Guards seized the 30,000-ton Sorel Matin tanker, and later the tanker Milan Aster.",
            &["Sorel Matin", "Milan Aster"],
        );
        // A navy named before its ship stays.
        let ents = entities("Boats warned a Freedonian Royal Navy warship to stay away.");
        assert_eq!(
            type_of(&ents, "Freedonian Royal Navy").as_deref(),
            Some("organization"),
            "{ents:?}"
        );
        let ents = entities("An exhibition opened at Tehran's Milad Tower on Friday.");
        assert_eq!(
            type_of(&ents, "Milad Tower").as_deref(),
            Some("place"),
            "{ents:?}"
        );
    }

    #[test]
    fn editors_initials_are_nobody_even_when_an_acronym_is_known() {
        let ents = entities("The Palestinian Authority rejected the plan. The talks ended.\nSP/PA");
        let pa = ents
            .iter()
            .find(|e| e.name == "Palestinian Authority")
            .expect("named in the text");
        assert!(pa.mentions.iter().all(|m| m.text != "PA"), "{pa:?}");
        assert_nobody(
            "Officials met on Monday.\nPA/PA",
            &["PA", "Palestinian Authority"],
        );
        // A known acronym opening a hard-wrapped line is the subject.
        let ents = entities("Stocks fell on Monday. UNESCO\nofficials said the site would reopen.");
        assert!(ents.iter().any(|e| e.name == "UNESCO"), "{ents:?}");
        // Nor does the wire's name alone on the last line, in any case.
        let ents = entities("Profits rose 5 pct.\n\nNote: data not available Reuter");
        assert!(ents.iter().all(|e| e.name != "Reuters"), "{ents:?}");
        let ents = entities("The loan was arranged by Kestrel Landesbank REUTER");
        assert!(ents.iter().all(|e| !e.name.contains("REUTER")), "{ents:?}");
        let ents = entities("The figures were given to Reuters.");
        assert!(ents.iter().any(|e| e.name == "Reuters"), "{ents:?}");
        // A wire's sign-off joins no name before it.
        let ents = entities("The loan was arranged by Kestrel Bank Ltd. REUTER");
        assert!(ents.iter().all(|e| !e.name.contains("REUTER")), "{ents:?}");
    }

    #[test]
    fn a_run_holding_a_legal_form_is_no_person() {
        let ents = entities(
            "Paying agent will be Kestrel Bank Corp International Ltd. Issuing fees were waived.",
        );
        assert!(ents.iter().all(|e| e.kind != "person"), "{ents:?}");
    }

    #[test]
    fn stock_tickers_in_angle_brackets_are_no_names() {
        assert!(super::in_ticker("Exxon Corp <XON> said", 12, 15));
        assert!(super::in_ticker("Royal Dutch <RD.AS> rose", 13, 15));
        assert!(super::in_ticker("Hutchison <HWHH. HK> fell", 17, 19));
        assert!(!super::in_ticker("the <b>IAEA</b> said", 7, 11));
        assert!(!super::in_ticker("the IAEA said", 4, 8));
        assert_nobody(
            "Exxon Corp <XON> and Mobil Corp <MOB> signed the deal.",
            &["XON", "MOB"],
        );
    }

    #[test]
    fn an_office_of_a_place_or_known_body_takes_its_country() {
        // The complement names where the office is, beating a dateline
        // of another country.
        let ents = entities(
            "TEHRAN - Lena Osmani, Prime Minister of the Kurdistan Region, met the visiting delegation.",
        );
        assert_eq!(actor_of(&ents, "Lena Osmani"), Some("IRQGOV"));
        // The whole title, not "minister" after an adjective.
        let osmani = ents.iter().find(|e| e.name == "Lena Osmani").unwrap();
        assert_eq!(osmani.roles[0].title, "prime minister");
        let ents = entities("Paul Girard, the mayor of Lyon, said the tram plan would go ahead.");
        assert_eq!(actor_of(&ents, "Paul Girard"), Some("FRAGOV"));
        // The place between the title and the name is no part of the name.
        let ents = entities("Governor of Nineveh Karim Sadoun said the road had reopened.");
        assert_eq!(actor_of(&ents, "Karim Sadoun"), Some("IRQGOV"));
        let ents = entities("Mayor of Lyon Paul Girard said the tram plan would go ahead.");
        assert_eq!(actor_of(&ents, "Paul Girard"), Some("FRAGOV"));
    }

    #[test]
    fn entity_ids_number_from_one_as_formatting_would() {
        for n in (1..=120).chain([4321, usize::MAX]) {
            assert_eq!(super::entity_id(n), format!("E{n}"));
        }
        for n in [0, 7, 10, 2_988_507, u64::from(u32::MAX), u64::MAX] {
            let mut key = String::from("city:");
            super::push_decimal(&mut key, n);
            assert_eq!(key, format!("city:{n}"));
        }
    }

    #[test]
    fn trim_the_strips_as_trim_start_matches_does() {
        for s in [
            "the the The The army",
            "The the army",
            "theatre",
            "the",
            "The  two",
        ] {
            let want = s.trim_start_matches("the ").trim_start_matches("The ");
            assert_eq!(super::trim_the(s), want);
        }
    }

    #[test]
    fn capitals_that_name_no_organisation_are_no_entities() {
        let ents = entities(
            "Firing began at 0930 GMT, officials said. Debt reached 16 percent of GDP. NOTE: soybean oil total 55.8 (33.7).        REUTER",
        );
        for e in &ents {
            assert!(
                !matches!(e.name.as_str(), "GMT" | "GDP" | "NOTE"),
                "{ents:?}"
            );
        }
        // The wire's sign-off is the record's outlet, not a mention.
        assert!(ents.iter().all(|e| e.name != "Reuters"), "{ents:?}");
        // Named in the story, the agency is an entity.
        let ents = entities("Officials told Reuters the talks had ended.");
        assert!(
            ents.iter()
                .any(|e| e.name == "Reuters" && e.actor.as_deref() == Some("GBRMED")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_glued_headline_ending_on_a_past_form_is_nobody() {
        let ents = entities(
            "Police said on Monday that Two Civilians Killed in Shelling was the agency's headline.",
        );
        assert!(ents.iter().all(|e| !e.name.contains("Killed")), "{ents:?}");
        // Names ending in -ed stay names, and two names joined by "and"
        // are two people.
        let ents = entities("Officials met Mohammed Saeed and Javed Ahmed in Lahore on Monday.");
        assert!(ents.iter().any(|e| e.name == "Mohammed Saeed"), "{ents:?}");
        assert!(ents.iter().any(|e| e.name == "Javed Ahmed"), "{ents:?}");
    }

    #[test]
    fn a_town_before_a_natural_feature_word_is_the_feature() {
        let ents = entities("Farmers near Urmia Lake say the water is falling. Urmia is a city.");
        assert!(
            ents.iter()
                .any(|e| e.name == "Urmia Lake" && e.kind == "place"),
            "{ents:?}"
        );
    }

    #[test]
    fn the_army_is_not_a_rebel_army_named_before() {
        let ents = entities(
            "The government suspended talks with the National Liberation Army (ELN) on Monday. \
             The army's commander, General Rafael Osorno, said troops were sent.",
        );
        let eln = ents
            .iter()
            .find(|e| e.name == "National Liberation Army")
            .expect("ELN");
        assert!(
            eln.mentions
                .iter()
                .all(|m| m.text.to_lowercase() != "the army"),
            "{eln:?}"
        );
    }

    #[test]
    fn a_role_complement_stops_at_the_apposition_comma_and_at_a_speech_verb() {
        let ents = entities(
            "The head of the Karsten Institute, Mira Holloway, opened the session. \
             \"Prices will rise,\" said Tomas Ebner, an analyst at Corvane Capital told reporters.",
        );
        let of = |name: &str| {
            ents.iter()
                .find(|e| e.name == name)
                .and_then(|e| e.roles.iter().find_map(|r| r.of.clone()))
        };
        assert_eq!(
            of("Mira Holloway").as_deref(),
            Some("Karsten Institute"),
            "{ents:?}"
        );
        assert_eq!(
            of("Tomas Ebner").as_deref(),
            Some("Corvane Capital"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_capital_opening_a_reported_clause_before_a_past_verb_is_its_government() {
        let ents = entities("The minister said Ottawa rejected the claim on Friday.");
        let ottawa = ents.iter().find(|e| e.name == "Ottawa").expect("Ottawa");
        assert_eq!(ottawa.actor.as_deref(), Some("CANGOV"), "{ents:?}");
    }

    #[test]
    fn names_joined_by_and_are_two_names_not_one_person() {
        let ents = entities(
            "Tanks entered Rafah and Jenin on Monday. Later, coach Ivo Marek praised Dusan Koller and Petrov at the stadium.",
        );
        assert!(ents.iter().all(|e| !e.name.contains(" and ")), "{ents:?}");
        assert!(
            ents.iter()
                .any(|e| e.kind == "place" && e.kb.as_deref() == Some("city:281102")),
            "{ents:?}"
        );
        // Single letters and a body's own name keep their "and".
        let ents = entities("The Centers for Disease Control and Prevention issued new advice.");
        assert!(
            ents.iter()
                .any(|e| e.name.ends_with("Control and Prevention")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_shared_place_name_is_the_place_in_the_article_s_country() {
        let kb_of_place = |text: &str, name: &str| {
            entities(text)
                .into_iter()
                .find(|e| e.mentions.iter().any(|m| m.text == name))
                .and_then(|e| e.place)
                .map(|p| p.country)
        };
        // A town in Iraq and a region of Ethiopia share "Amara".
        assert_eq!(
            kb_of_place(
                "Iraqi police said gunmen attacked a checkpoint in Amara on Monday.",
                "Amara"
            )
            .as_deref(),
            Some("IRQ")
        );
        assert_eq!(
            kb_of_place(
                "Ethiopian troops said fighting spread in Amara on Monday.",
                "Amara"
            )
            .as_deref(),
            Some("ETH")
        );
        // The countries of known people count ("Florida" beside Rubio is
        // the state, not a Puerto Rican municipality).
        assert_eq!(
            kb_of_place("Marco Rubio campaigned in Florida on Monday.", "Florida").as_deref(),
            Some("USA")
        );
        // Among towns of one name with no context, the biggest.
        assert_eq!(
            kb_of_place(
                "The company moved its offices to Boston last year.",
                "Boston"
            )
            .as_deref(),
            Some("USA")
        );
        // A capital keeps its name in a story about another country.
        assert_eq!(
            kb_of_place(
                "The American delegation flew from Texas to Paris on Monday.",
                "Paris"
            )
            .as_deref(),
            Some("FRA")
        );
    }

    #[test]
    fn holidays_awards_and_revolts_are_no_people() {
        let ents = entities(
            "Sales rose in the New Year, she said. The film won an Academy Award. \
             Officials marked the anniversary of the Islamic Revolution.",
        );
        assert!(
            ents.iter().all(|e| !matches!(
                e.name.as_str(),
                "New Year" | "Academy Award" | "Islamic Revolution"
            )),
            "{ents:?}"
        );
    }

    #[test]
    fn a_word_after_an_article_is_no_person_and_a_plural_after_the_is_a_body() {
        let ents = entities(
            "The militants want an Islamic state that spans two countries. \
             Despite their backing for the bill, the Conservatives insisted on changes.",
        );
        assert!(ents.iter().all(|e| e.name != "Islamic"), "{ents:?}");
        assert!(
            ents.iter()
                .any(|e| e.name == "Conservatives" && e.kind == "organization"),
            "{ents:?}"
        );
    }

    #[test]
    fn chambers_brokerages_and_initials_joined_by_and_are_organisations() {
        let ents = entities(
            "Exports fell, the Lagos Chamber of Commerce said. Analysts at Kestrel \
             Securities and at S and P expect a cut.",
        );
        for name in ["Lagos Chamber of Commerce", "Kestrel Securities", "S and P"] {
            assert!(
                ents.iter()
                    .any(|e| e.kind == "organization" && e.mentions.iter().any(|m| m.text == name)),
                "{name}: {ents:?}"
            );
        }
    }

    #[test]
    fn a_known_surname_inside_a_titled_three_word_name_is_someone_else_s() {
        let ents = dated(
            "Former president Ashraf Ghani left the country. Mullah Abdul Ghani \
             Shinwaray, a commander, said the city had fallen.",
            "2021-08-16",
        );
        let ghani = entity(&ents, "Ashraf Ghani");
        assert_eq!(ghani.mentions.len(), 1, "{ents:?}");
    }

    #[test]
    fn the_group_is_not_the_outlet_the_news_was_told_to() {
        let ents = entities(
            "The Kestrel Brigades claimed the attack. A spokesman told Reuters the group \
             would fight on.",
        );
        let reuters = entity(&ents, "Reuters");
        assert!(
            reuters.mentions.iter().all(|m| m.text != "the group"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_body_s_envoy_is_the_body_s_unless_a_country_owns_the_post() {
        for (text, code) in [
            (
                "The talks stalled. UN envoy Jo Ray said both sides had agreed to meet.",
                "IGOUNO",
            ),
            (
                "The talks stalled. Jo Ray, the UN envoy to Yemen, said both sides would meet.",
                "IGOUNO",
            ),
            (
                "The talks stalled. Israel's UN envoy Jo Ray said both sides would meet.",
                "ISRGOV",
            ),
            (
                "The talks stalled. Iraqi UN envoy Jo Ray said both sides would meet.",
                "IRQGOV",
            ),
            // The body before the title posts the envoy; what follows "to"
            // or "for" is the host.
            (
                "The talks stalled. The UN envoy to Yemen, Jo Ray, said both sides would meet.",
                "IGOUNO",
            ),
            (
                "The talks stalled. UN Special Envoy for Yemen Jo Ray said both sides would meet.",
                "IGOUNO",
            ),
            (
                "Kits arrived in Tehran, WHO representative to Iran Jo Ray said on Friday.",
                "IGOUNO",
            ),
            // A mission's head is the sender's, not the host body's.
            (
                "The head of the Peruvian Mission to the United Nations, Jo Ray, said on \
                 Friday that the vote was unfair.",
                "PERGOV",
            ),
            (
                "Acting Representative of the United States to the United Nations, Jo Ray, \
                 said the meeting would go ahead.",
                "USAGOV",
            ),
            // A body of two words, or with its possessive, posts them too.
            (
                "The talks stalled. The Arab League envoy to Syria, Jo Ray, said both sides \
                 would meet.",
                "IGO",
            ),
            (
                "The talks stalled. The UN's envoy to Yemen, Jo Ray, said both sides would meet.",
                "IGOUNO",
            ),
            // A representative sent to a legislature sits in it.
            (
                "The vote was close. Jo Ray, a German representative to the European \
                 Parliament, said so.",
                "DEULEG",
            ),
        ] {
            let ents = entities(text);
            assert_eq!(actor_of(&ents, "Jo Ray"), Some(code), "{text}: {ents:?}");
        }
    }

    #[test]
    fn firms_named_by_their_trade_are_businesses_and_venues_are_places() {
        let ents = entities(
            "The deal was settled, Lucky Stores said on Monday. Analysts said Kestrel Mining \
             would bid against Boreal Software. Prices of Soybean Oil rose.",
        );
        for firm in ["Lucky Stores", "Kestrel Mining", "Boreal Software"] {
            let e = entity(&ents, firm);
            assert!(e.kind == "organization", "{ents:?}");
            assert_eq!(e.actor.as_deref(), Some("BUS"), "{ents:?}");
        }
        assert!(!ents.iter().any(|e| e.name.contains("Soybean")), "{ents:?}");
        // A grade of crude is no firm; firms in a list are firms.
        let ents = entities(
            "Prices of Canadian Heavy Oil fell. Shares of Exxon, Kestrel Mining and Rio \
             Tinto rose.",
        );
        assert!(
            !ents
                .iter()
                .any(|e| e.name.contains("Heavy Oil") && e.kind != "person"),
            "{ents:?}"
        );
        assert_eq!(actor_of(&ents, "Kestrel Mining"), Some("BUS"), "{ents:?}");
        // A portfolio is no firm: "Minister of Energy and Mines".
        let ents = entities("The Minister of Energy and Mines Jo Ray said output rose.");
        assert!(
            !ents.iter().any(|e| e.actor.as_deref() == Some("BUS")),
            "{ents:?}"
        );
        let ents = entities(
            "Drones struck Kestrel Air Base and the Tehran Zoo on Monday. John Hall said \
             the Vienna Talks were over and Annex B was void.",
        );
        assert!(
            entity(&ents, "Kestrel Air Base").kind == "place",
            "{ents:?}"
        );
        assert!(entity(&ents, "Tehran Zoo").kind == "place", "{ents:?}");
        assert!(entity(&ents, "John Hall").kind == "person", "{ents:?}");
        assert!(
            !ents
                .iter()
                .any(|e| e.name.contains("Talks") || e.name.contains("Annex")),
            "{ents:?}"
        );
        // A legal form closes a firm's name; workers name a union (LAB),
        // not any "Union".
        let ents = entities(
            "Kestrel Grain Co said on Monday that the Boreal Miners Union and the Kestrel \
             Football Union would meet.",
        );
        assert_eq!(
            entity(&ents, "Kestrel Grain Co").actor.as_deref(),
            Some("BUS"),
            "{ents:?}"
        );
        // An outlet's or firm's one-word name after a first name is a
        // surname; after a month it is the outlet.
        let fox = entities(
            "Jo Fox said the vote was close. In August Reuters reported the vote was close.",
        );
        assert!(
            fox.iter().any(|e| e.name == "Jo Fox" && e.kind == "person"),
            "{fox:?}"
        );
        assert!(fox.iter().any(|e| e.name == "Reuters"), "{fox:?}");
        // A magazine is the media's.
        let mag = entities("The vote was close, Kestrel Magazine said on Monday.");
        assert_eq!(actor_of(&mag, "Kestrel Magazine"), Some("MED"), "{mag:?}");
        // "Company spokesman X": the firm named before.
        let spoke = entities(
            "Kestrel Oil Corp plans to drill. Company spokesman Jo Ray said the field was rich.",
        );
        assert_eq!(actor_of(&spoke, "Jo Ray"), Some("BUS"), "{spoke:?}");
        assert_eq!(
            entity(&ents, "Boreal Miners Union").actor.as_deref(),
            Some("LAB"),
            "{ents:?}"
        );
        assert!(
            ents.iter()
                .all(|e| !e.actor.as_deref().is_some_and(|a| a.ends_with("LAB"))
                    || e.name.contains("Miners")),
            "{ents:?}"
        );
        // A known person's name before a base's words names the base.
        let ents = entities("The missile struck King Salman Air Base on Monday.");
        assert!(!ents.iter().any(|e| e.kind == "person"), "{ents:?}");
    }

    #[test]
    fn an_organisation_before_an_apposition_s_title_owns_the_office() {
        let ents = entities("Saeb Erekat, the PLO secretary general, said the talks were over.");
        assert_eq!(actor_of(&ents, "Saeb Erekat"), Some("PSEGOV"), "{ents:?}");
        let ents = entities("Mary Jones, the BBC correspondent, said the town was calm.");
        assert_eq!(actor_of(&ents, "Mary Jones"), Some("GBRMED"), "{ents:?}");
    }

    #[test]
    fn a_rank_in_a_sentence_naming_no_country_is_the_dateline_s() {
        let ents = entities(
            "KHARTOUM - The army's commander, General Jo Ray, said on Monday the offensive \
             would go on.",
        );
        assert_eq!(actor_of(&ents, "Jo Ray"), Some("SDNMIL"), "{ents:?}");
        // A country in the sentence still decides.
        let ents =
            entities("KHARTOUM - Egyptian General Jo Ray said on Monday the talks would go on.");
        assert_eq!(actor_of(&ents, "Jo Ray"), Some("EGYMIL"), "{ents:?}");
    }

    #[test]
    fn a_region_s_name_after_a_titled_first_name_is_a_surname() {
        let ents =
            entities("The offensive began. SDF spokesman Mustafa Bali said jets struck homes.");
        assert!(
            ents.iter()
                .any(|e| e.name == "Mustafa Bali" && e.kind == "person"),
            "{ents:?}"
        );
        assert!(ents.iter().all(|e| e.kind != "place"), "{ents:?}");
    }

    #[test]
    fn a_government_army_or_police_spokesperson_has_that_sector() {
        for (text, code) in [
            (
                "Rwandan government spokeswoman Jo Ray denied the charge.",
                "RWAGOV",
            ),
            (
                "Kenyan police spokesman Jo Ray said two men were held.",
                "KENCOP",
            ),
            (
                "ABUJA - Nigeria's army was deployed. Army spokesman Jo Ray said troops were near.",
                "NGAMIL",
            ),
        ] {
            let ents = entities(text);
            assert_eq!(actor_of(&ents, "Jo Ray"), Some(code), "{text}: {ents:?}");
        }
    }

    #[test]
    fn a_state_body_another_country_owns_is_that_country_s() {
        let ents = entities("Pakistan's Foreign Office said Islamabad wanted calm.");
        let fo = ents
            .iter()
            .find(|e| e.name == "Foreign Office")
            .expect("Foreign Office");
        assert_eq!(fo.kb, None, "{ents:?}");
        assert_eq!(fo.country.as_deref(), Some("PAK"), "{ents:?}");
        assert_eq!(fo.actor.as_deref(), Some("PAKGOV"), "{ents:?}");
        let ents =
            entities("Foreign Office spokeswoman Mumtaz Zahra Baloch said Pakistan wanted calm.");
        assert!(
            ents.iter().any(|e| e.name == "Mumtaz Zahra Baloch"),
            "{ents:?}"
        );
        // Not a firm: an Iranian Airbus is still Airbus's.
        let ents = entities("An Iranian Airbus landed in Dubai.");
        assert!(
            ents.iter().any(|e| e.kb.as_deref() == Some("org:airbus")),
            "{ents:?}"
        );
    }

    #[test]
    fn portfolio_words_opening_a_name_belong_to_the_office() {
        let ents = entities(
            "The deal was signed by the Minister of Housing and Urban Development Jo Rayburn \
             and officials of the Ministry of Science, Research and Technology.",
        );
        assert!(
            ents.iter()
                .any(|e| e.name == "Jo Rayburn" && e.kind == "person"),
            "{ents:?}"
        );
        assert!(
            ents.iter()
                .all(|e| !e.name.starts_with("Urban") && e.name != "Research and Technology"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_lone_surname_keeps_its_lowercase_particle() {
        let ents =
            entities("Judge Marta van Dalen ruled on Monday. Lawyers said van Dalen had erred.");
        let judge = entity(&ents, "Marta van Dalen");
        assert!(
            judge.mentions.iter().any(|m| m.text == "van Dalen"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_person_who_runs_a_small_business_is_a_civilian() {
        let ents = entities(
            "Tourists stayed away from the Maldives this year. \"The rooms are empty,\" said Aminath Rasheed, \
             who runs a guesthouse in the capital.",
        );
        assert_eq!(
            actor_of(&ents, "Aminath Rasheed"),
            Some("MDVCVL"),
            "{ents:?}"
        );
    }

    #[test]
    fn its_secretary_general_is_the_party_s() {
        let ents = dated(
            "The Kestrel Party rejected the count. Its secretary general, Jo Ray, said it would appeal.",
            "2024-02-20",
        );
        let jo = entity(&ents, "Jo Ray");
        assert!(
            jo.roles
                .iter()
                .any(|r| r.of.as_deref() == Some("Kestrel Party")),
            "{ents:?}"
        );
    }

    #[test]
    fn contests_wars_and_clubs_are_no_people() {
        let ents = entities(
            "He played in the World Cup before World War II, then joined Manchester United.",
        );
        assert!(
            ents.iter()
                .all(|e| !matches!(e.name.as_str(), "World Cup" | "World War II")),
            "{ents:?}"
        );
        assert!(
            ents.iter()
                .any(|e| e.name == "Manchester United" && e.kind == "organization"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_body_s_last_word_before_a_first_name_ends_the_body_s_name() {
        let ents = entities(
            "The Speaker of the National Assembly Asad Qaiser met the head of the \
             Syrian National Coalition Anas al-Abdah. Republican David Karnes voted no.",
        );
        let person = |n: &str| ents.iter().any(|e| e.name == n && e.kind == "person");
        assert!(person("Asad Qaiser"), "{ents:?}");
        assert!(person("Anas al-Abdah"), "{ents:?}");
        assert!(person("David Karnes"), "{ents:?}");
        assert!(
            ents.iter()
                .any(|e| e.name == "National Assembly" && e.kind == "organization"),
            "{ents:?}"
        );
        // Right after an office's "of", the words before the name are its
        // portfolio.
        let ents = entities("Our Minister of State for Energy Affairs Saad Rahimi spoke.");
        assert!(
            ents.iter()
                .any(|e| e.name == "Saad Rahimi" && e.roles.iter().any(|r| r.title == "minister")),
            "{ents:?}"
        );
        assert!(
            ents.iter().all(|e| !e.name.starts_with("State")),
            "{ents:?}"
        );
    }

    #[test]
    fn names_opened_by_a_body_s_word_and_an_office_s_subject_are_no_people() {
        let ents = entities(
            "The loan came from Bank Kavir and the story ran on Radio Tamar. \
             Critics cited resolutions of the IAEA General Conference. The Gulf Cup \
             of Nations opened as the Special Envoy on Climate Change Jo Kerr arrived.",
        );
        let kind = |n: &str| ents.iter().find(|e| e.name == n).map(|e| &*e.kind);
        assert_eq!(kind("Bank Kavir"), Some("organization"), "{ents:?}");
        assert_eq!(kind("Radio Tamar"), Some("organization"), "{ents:?}");
        assert!(
            ents.iter().all(|e| e.kind != "person"
                || !matches!(
                    e.name.as_str(),
                    "Conference" | "Gulf Cup of Nations" | "Climate Change"
                )),
            "{ents:?}"
        );
        assert_eq!(kind("Jo Kerr"), Some("person"), "{ents:?}");
    }

    #[test]
    fn a_us_party_and_state_tag_makes_the_office_american() {
        let ents = dated(
            "TEHRAN - The bill, written by Sen. Jo Ray, D-Va., says Iran must \
             wait. Rep. Ana Cole (R-Texas) agreed with Iranian lawmakers.",
            "2020-01-09",
        );
        assert_eq!(actor_of(&ents, "Jo Ray"), Some("USALEG"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Ana Cole"), Some("USALEG"), "{ents:?}");
        assert!(super::us_party_state("Jo Ray, D-N.Y., said", 6));
        assert!(!super::us_party_state("Jo Ray, D-Day veteran", 6));
        assert!(super::us_party_state("Jo Ray (R-South Carolina) said", 6));
        assert!(!super::us_party_state("Jo Ray (I-Tabriz) said", 6));
        assert!(!super::us_party_state("Jo Ray (D-Vé", 6));
        assert!(!super::us_party_state("Jo Ray, Director", 6));
    }

    #[test]
    fn an_occupation_opening_a_sentence_is_a_role_not_a_name() {
        let ents = entities(
            "Lawyer Tom Ward said the case was over. Striker Jo Kane scored twice. \
             Singer Co said its profit rose.",
        );
        let role = |n: &str, t: &str| {
            ents.iter()
                .any(|e| e.name == n && e.roles.iter().any(|r| r.title == t))
        };
        assert!(role("Tom Ward", "lawyer"), "{ents:?}");
        assert!(role("Jo Kane", "athlete"), "{ents:?}");
        assert!(
            ents.iter()
                .any(|e| e.name == "Singer Co" && e.kind == "organization"),
            "{ents:?}"
        );
    }

    #[test]
    fn body_words_before_names_keep_firms_people_and_bodies_whole() {
        let ents = entities(
            "Shares of Bank Julius Baer fell. Republican Mitt Romney voted no. \
             Critics pressed the minister on Tom Ward's plans. The Director of the \
             Observatory Rami Abdurrahman said it. The Conference of Presidents of \
             Major Jewish Organizations met. Minister of Transport and Communications \
             Ahmed Rahimi spoke. Singer Sewing Co said so.",
        );
        let kind = |n: &str| ents.iter().find(|e| e.name == n).map(|e| &*e.kind);
        assert_eq!(kind("Bank Julius Baer"), Some("organization"), "{ents:?}");
        assert_eq!(kind("Mitt Romney"), Some("person"), "{ents:?}");
        assert_eq!(kind("Tom Ward"), Some("person"), "{ents:?}");
        assert_eq!(kind("Rami Abdurrahman"), Some("person"), "{ents:?}");
        assert_eq!(kind("Ahmed Rahimi"), Some("person"), "{ents:?}");
        assert_eq!(kind("Singer Sewing Co"), Some("organization"), "{ents:?}");
        assert!(
            ents.iter()
                .all(|e| e.name != "Transport and Communications"),
            "{ents:?}"
        );
        assert!(
            ents.iter().any(|e| e.name.contains("Organizations")),
            "{ents:?}"
        );
    }

    #[test]
    fn an_undated_article_s_titled_office_holders_date_its_people() {
        // Two office holders named with their titles: the article is from
        // their common years, in which Obama held no office.
        let ents = entities(
            "U.S. President Donald Trump spoke to Iran's Foreign Minister Mohammad \
             Javad Zarif. Barack Obama had signed the deal.",
        );
        assert_eq!(actor_of(&ents, "Barack Obama"), Some("USA"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Donald Trump"), Some("USAGOV"), "{ents:?}");
        // One alone dates nothing: undated text about an office holder is
        // most often about them in office.
        let ents =
            entities("U.S. President Donald Trump said so. Barack Obama had signed the deal.");
        assert_eq!(actor_of(&ents, "Barack Obama"), Some("USAGOV"), "{ents:?}");
        // Terms that never overlap date nothing either.
        let ents = entities(
            "President Barack Obama and President Donald Trump differ. Mike Pompeo spoke.",
        );
        assert_ne!(actor_of(&ents, "Barack Obama"), Some("USA"), "{ents:?}");
    }

    #[test]
    fn compass_words_and_months_are_no_names() {
        let ents = entities(
            "Western firms and Middle Eastern groups met in March, said Kelli White and Olympic officials.",
        );
        for e in &ents {
            assert!(
                !matches!(
                    e.name.as_str(),
                    "Western" | "Middle Eastern" | "March" | "Kelli White and Olympic"
                ),
                "{ents:?}"
            );
        }
    }

    #[test]
    fn a_city_named_like_a_word_inside_a_longer_name_is_no_place() {
        let ents = entities("The Irish duo remain investors in Man Utd, a statement said.");
        assert!(ents.iter().all(|e| e.name != "Man"), "{ents:?}");
        let ents = entities("The festival opened in Man on Friday.");
        assert!(
            ents.iter().any(|e| e.name == "Man" && e.kind == "place"),
            "{ents:?}"
        );
    }

    #[test]
    fn known_companies_are_businesses_of_their_country_with_their_legal_form() {
        let ents = entities(
            "Boeing announced a deal with Toyota on Monday. Crude came from NNPC Ltd last month.",
        );
        assert_eq!(actor_of(&ents, "Boeing"), Some("USABUS"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Toyota"), Some("JPNBUS"), "{ents:?}");
        let nnpc = ents
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text.starts_with("NNPC")))
            .expect("NNPC");
        assert!(
            nnpc.mentions.iter().any(|m| m.text == "NNPC Ltd"),
            "{nnpc:?}"
        );
        assert_eq!(nnpc.actor.as_deref(), Some("NGABUS"));
    }

    #[test]
    fn a_dateline_left_in_the_text_names_its_place_and_agency() {
        // After a headline, so no header parser took it out.
        let text = "Floods Close Schools Across The North\n\nMOSUL (Reuters) - Heavy rain closed schools on Sunday, officials said.";
        let ents = entities(text);
        let place = ents.iter().find(|e| e.name == "Mosul").expect("Mosul");
        assert_eq!(place.kind, "place", "{ents:?}");
        let at = text.find("MOSUL").unwrap();
        assert!(
            place
                .mentions
                .iter()
                .any(|m| m.start == at && m.text == "MOSUL"),
            "{place:?}"
        );
        assert!(ents
            .iter()
            .any(|e| e.kind == "organization" && e.mentions.iter().any(|m| m.text == "Reuters")));
        // A sentence opening in capitals later on is no dateline.
        let ents =
            entities("Officials met on Sunday.\n\nLater that day, MOSUL - a city - was quiet.");
        assert!(
            ents.iter()
                .all(|e| e.kind != "place" || e.mentions.iter().all(|m| m.text != "MOSUL")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_sentence_initial_name_before_a_verb_is_a_person() {
        let ents = entities("Maria Kowalczyk voiced concern about the new rules.");
        assert!(
            ents.iter()
                .any(|e| e.name == "Maria Kowalczyk" && e.kind == "person"),
            "{ents:?}"
        );
        // A capitalised sentence start that is no name stays out.
        let ents = entities("Heavy Rain fell across the region.");
        assert!(ents.iter().all(|e| e.name != "Heavy Rain"), "{ents:?}");
    }

    #[test]
    fn a_known_person_outside_their_term_keeps_their_country() {
        let a = Article {
            id: "t".into(),
            input: "President George W. Bush warned Cuba on Monday.".into(),
            input_name: "text".into(),
            published: Some("1995-03-06".into()),
            ..Article::default()
        };
        let ents = Extractor::new().extract(&a).entities;
        assert!(
            actor_of(&ents, "George W. Bush").is_some_and(|c| c.starts_with("USA")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_national_office_takes_the_only_country_named() {
        let ents = entities("Prime Minister Tomas Varga said Slovakia would keep its border open.");
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("SVKGOV"), "{ents:?}");
        let ents = entities(
            "Defence Minister Jonas Berg said the troops would stay in Mali after talks in Ghana.",
        );
        assert_eq!(actor_of(&ents, "Jonas Berg"), None, "{ents:?}");
        let ents = entities("Defence Minister Jonas Berg said the troops would stay in Mali.");
        assert!(
            actor_of(&ents, "Jonas Berg").is_some_and(|c| c.starts_with("MLI")),
            "{ents:?}"
        );
    }

    #[test]
    fn unknown_names_take_their_kind_from_heads_and_prepositions() {
        let ents = entities(
            "Fans gathered at Kestrel Stadium. Rescue teams searched homes in El Brezal, \
             said Ana Wekesa of Kestrel Trading. The Election Commission of Ghana said it \
             would publish the results, and the Association for Fair Votes agreed.",
        );
        let kind = |name: &str| ents.iter().find(|e| e.name == name).map(|e| &*e.kind);
        assert_eq!(kind("Kestrel Stadium"), Some("place"), "{ents:?}");
        assert_eq!(kind("El Brezal"), Some("place"), "{ents:?}");
        assert_eq!(kind("Kestrel Trading"), Some("organization"), "{ents:?}");
        assert_eq!(
            kind("Election Commission of Ghana"),
            Some("organization"),
            "{ents:?}"
        );
        assert_eq!(
            kind("Association for Fair Votes"),
            Some("organization"),
            "{ents:?}"
        );
        assert_eq!(kind("Ana Wekesa"), Some("person"), "{ents:?}");
    }

    #[test]
    fn a_shared_acronym_means_the_article_s_country() {
        let ents = entities(
            "The BNP won two seats in Britain, and British voters shrugged, a British \
             pollster said.",
        );
        assert_eq!(
            actor_of(&ents, "British National Party"),
            Some("GBRPTY"),
            "{ents:?}"
        );
        let ents = entities(
            "In Pakistan, the PTI said Pakistani voters had backed its candidates in Lahore.",
        );
        assert_eq!(
            actor_of(&ents, "Pakistan Tehreek-e-Insaf"),
            Some("PAKPTY"),
            "{ents:?}"
        );
        let ents = entities(
            "Indian officials told the PTI news agency in New Delhi that India would act.",
        );
        assert_eq!(
            actor_of(&ents, "Press Trust of India"),
            Some("INDMED"),
            "{ents:?}"
        );
    }

    #[test]
    fn an_organisation_before_a_title_owns_it() {
        let ents = entities(
            "U.S. State Department spokesman Matthew Miller said the claims would be studied.",
        );
        assert_eq!(
            actor_of(&ents, "Matthew Miller"),
            Some("USAGOV"),
            "{ents:?}"
        );
    }

    #[test]
    fn group_words_are_group_entities_unless_inside_a_name() {
        let ents = entities(
            "Kurdish fighters and Sunni tribes joined the offensive, said a spokesman for \
             the Christian Democratic Union.",
        );
        let kurds = ents.iter().find(|e| e.name == "Kurds").expect("Kurds");
        assert_eq!(kurds.kind, "group");
        assert_eq!(kurds.mentions[0].kind, "demonym");
        let sunni = ents
            .iter()
            .find(|e| e.name == "Sunni Muslims")
            .expect("Sunni");
        assert_eq!(sunni.actor.as_deref(), Some("SUN"));
        assert!(
            ents.iter().any(|e| e.name == "Christian Democratic Union"),
            "{ents:?}"
        );
        assert!(!ents.iter().any(|e| e.name == "Christians"), "{ents:?}");
    }

    #[test]
    fn a_state_body_without_a_country_takes_the_article_s() {
        let ents = entities(
            "Kenyan lawmakers passed the budget. Kenya's police said Kenyan protesters \
             marched. The Supreme Court will hear the case on Monday.",
        );
        let court = ents
            .iter()
            .find(|e| e.name == "Supreme Court")
            .expect("court");
        assert_eq!(court.actor.as_deref(), Some("KENJUD"), "{court:?}");
    }

    #[test]
    fn an_initialism_before_a_noun_is_adjectival() {
        let ents = entities("A U.S. drone strike hit the car, and the U.S. said it acted alone.");
        let us = ents
            .iter()
            .find(|e| e.name == "United States")
            .expect("United States");
        let kinds: Vec<&str> = us.mentions.iter().map(|m| &*m.kind).collect();
        assert_eq!(kinds, ["demonym", "name"], "{us:?}");
    }

    #[test]
    fn names_keep_double_connectors_and_town_surnames() {
        let ents = entities(
            "The plan was backed by Ursula von der Leyen on Monday, and opposition leader \
             Ana Maria Machado said she would fight it.",
        );
        assert!(
            ents.iter().any(|e| e.name == "Ursula von der Leyen"),
            "{ents:?}"
        );
        assert!(
            ents.iter()
                .any(|e| e.name == "Ana Maria Machado" && e.kind == "person"),
            "{ents:?}"
        );
    }

    #[test]
    fn title_case_headlines_propose_no_unknown_names() {
        let ents = entities(
            "Floods Leave Thousands Homeless In Kenya\n\nFloods forced thousands from their \
             homes in Kenya, Ana Wekesa said.",
        );
        assert!(
            !ents
                .iter()
                .any(|e| e.name.contains("Floods") || e.name.contains("Thousands")),
            "{ents:?}"
        );
        assert!(ents.iter().any(|e| e.name == "Kenya"), "{ents:?}");
        assert!(ents.iter().any(|e| e.name == "Ana Wekesa"), "{ents:?}");
    }

    #[test]
    fn an_office_takes_its_sentence_country_then_the_article_s() {
        // The sentence's own country beats the article's.
        let ents = entities(
            "Kenyan lawmakers passed the budget. Kenya's police said Kenyan protesters \
             marched. Spain sent aid. In Madrid, Prime Minister Tomas Varga said Spain would help.",
        );
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("ESPGOV"), "{ents:?}");
        // No country in the sentence: the one the article is plainly about.
        let ents = entities(
            "Kenyan lawmakers passed the budget. Kenya's police said Kenyan protesters \
             marched. Spain sent aid. Interior Minister Ana Wekesa said the curfew would end.",
        );
        assert!(
            actor_of(&ents, "Ana Wekesa").is_some_and(|c| c.starts_with("KEN")),
            "{ents:?}"
        );
        // A military rank does not take the article's country ("England
        // captain" plays rugby).
        let ents = entities(
            "Kenyan lawmakers passed the budget. Kenya's police said Kenyan protesters \
             marched. Spain sent aid. Captain Ana Wekesa said the match would go ahead.",
        );
        assert_eq!(actor_of(&ents, "Ana Wekesa"), None, "{ents:?}");
        // A mayor of a city belongs to the city's country.
        let ents = entities(
            "The port will reopen on Friday, Ana Wekesa, the mayor of Mombasa, told reporters.",
        );
        assert_eq!(actor_of(&ents, "Ana Wekesa"), Some("KENGOV"), "{ents:?}");
    }

    /// The texts of the mentions of the entity named `name`, none when there
    /// is no such entity.
    fn mention_texts(ents: &[dateline_record::Entity], name: &str) -> Vec<String> {
        ents.iter()
            .find(|e| e.name == name)
            .map(|e| e.mentions.iter().map(|m| m.text.to_string()).collect())
            .unwrap_or_default()
    }

    fn dated(text: &str, date: &str) -> Vec<dateline_record::Entity> {
        let a = Article {
            id: "t".into(),
            input: text.to_string(),
            input_name: "text".into(),
            published: Some(date.into()),
            ..Article::default()
        };
        Extractor::new().extract(&a).entities
    }

    #[test]
    fn a_party_is_opposition_or_party_by_the_article_s_date() {
        let text = "NEW DELHI (Reuters) - India's budget drew fire on Monday. Congress, \
                    the main opposition party, said the plan would hurt farmers. Congress \
                    president Mallikarjun Kharge spoke in Mumbai.";
        // In opposition since 2014; in government from 2004 to 2014.
        let ents = dated(text, "2023-02-06");
        assert_eq!(
            actor_of(&ents, "Indian National Congress"),
            Some("INDOPP"),
            "{ents:?}"
        );
        assert_eq!(
            actor_of(&ents, "Mallikarjun Kharge"),
            Some("INDOPP"),
            "{ents:?}"
        );
        let ents = dated(text, "2009-02-06");
        assert_eq!(
            actor_of(&ents, "Indian National Congress"),
            Some("INDPTY"),
            "{ents:?}"
        );
        // A party leader in office is of the government; out of it, of the
        // opposition his party is in.
        let text = "LAHORE (Reuters) - Imran Khan addressed supporters in Lahore on Sunday.";
        assert_eq!(
            actor_of(&dated(text, "2020-05-03"), "Imran Khan"),
            Some("PAKGOV")
        );
        assert_eq!(
            actor_of(&dated(text, "2023-05-07"), "Imran Khan"),
            Some("PAKOPP")
        );
        // Bare "Congress" in a US story is still the US legislature.
        let ents = dated(
            "WASHINGTON (Reuters) - Congress passed the U.S. farm bill on Monday.",
            "2023-02-06",
        );
        assert_eq!(actor_of(&ents, "US Congress"), Some("USALEG"), "{ents:?}");
    }

    #[test]
    fn defence_and_interior_ministers_are_government() {
        // CAMEO codes them GOVMIL and GOVCOP: the first role is kept.
        let ents = entities(
            "Kenyan Defence Minister Ana Wekesa and Kenya's Interior Minister Tomas Varga met.",
        );
        assert_eq!(actor_of(&ents, "Ana Wekesa"), Some("KENGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("KENGOV"), "{ents:?}");
        // A shadow minister sits on the opposition's front bench.
        let ents = entities("Britain's shadow home secretary Ana Wekesa attacked the plan.");
        assert_eq!(actor_of(&ents, "Ana Wekesa"), Some("GBROPP"), "{ents:?}");
    }

    #[test]
    fn the_office_the_text_names_picks_among_those_held() {
        let text = "Army chief General Abdel Fattah al-Burhan visited troops in Sudan.";
        assert_eq!(
            actor_of(&dated(text, "2024-05-01"), "Abdel Fattah al-Burhan"),
            Some("SDNMIL")
        );
        let text = "Abdel Fattah al-Burhan met the Egyptian president in Cairo.";
        assert_eq!(
            actor_of(&dated(text, "2024-05-01"), "Abdel Fattah al-Burhan"),
            Some("SDNGOV")
        );
    }

    #[test]
    fn a_spokesman_for_an_office_holder_speaks_for_them() {
        let ents = dated(
            "BAGHDAD (Reuters) - Ali Kareem, a spokesman for Prime Minister Mohammed Shia \
             al-Sudani, said talks would resume.",
            "2024-02-01",
        );
        assert_eq!(
            actor_of(&ents, "Mohammed Shia al-Sudani"),
            Some("IRQGOV"),
            "{ents:?}"
        );
        assert_eq!(actor_of(&ents, "Ali Kareem"), Some("IRQGOV"), "{ents:?}");
        // "Minister of Justice X" is the minister.
        let ents = entities("Kenya's Minister of Justice Ana Wekesa met judges.");
        assert_eq!(actor_of(&ents, "Ana Wekesa"), Some("KENGOV"), "{ents:?}");
    }

    #[test]
    fn an_office_in_a_sentence_naming_no_country_is_of_the_dateline_s() {
        // China and Taiwan named as often: the article is plainly about
        // neither, and the office's sentence names no country.
        let text = "Drills Near The Island\n\nTAIPEI (Reuters) - China sent warships near \
                    Taiwan on Monday. Chinese jets circled. Defence Minister Tomas Varga \
                    told lawmakers the island was calm.";
        let ents = entities(text);
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("TWNGOV"), "{ents:?}");
        // Not when the sentence names countries of its own.
        let text = "Drills Near The Island\n\nTAIPEI (Reuters) - China sent warships near \
                    Taiwan on Monday. Chinese jets circled. Japan and South Korea met \
                    Defence Minister Tomas Varga.";
        let ents = entities(text);
        assert_ne!(actor_of(&ents, "Tomas Varga"), Some("TWNGOV"), "{ents:?}");
    }

    #[test]
    fn a_party_s_legislator_is_of_its_country_and_longer_names_keep_it() {
        let ents =
            entities("Labour MP Tomas Varga said the International Labour Organisation was right.");
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("GBRLEG"), "{ents:?}");
        // "Labour Minister" is a portfolio.
        let ents = entities("Saudi Labour Minister Ana Wekesa spoke in Riyadh.");
        assert_eq!(actor_of(&ents, "Ana Wekesa"), Some("SAUGOV"), "{ents:?}");
        assert!(
            ents.iter().all(|e| e
                .mentions
                .iter()
                .all(|m| m.text != "Labour" || m.start < 10)),
            "{ents:?}"
        );
        // So is "Minister of Labour", and "Minister for EU Affairs" names
        // no union.
        let ents =
            entities("Minister of Labour Ana Wekesa met the Minister for EU Affairs in Nairobi.");
        assert!(
            ents.iter()
                .all(|e| !matches!(e.kb.as_deref(), Some("org:labour_uk" | "org:eu"))),
            "{ents:?}"
        );
    }

    fn entity<'a>(ents: &'a [dateline_record::Entity], name: &str) -> &'a dateline_record::Entity {
        ents.iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name} in {ents:?}"))
    }

    #[test]
    fn article_names_after_a_place_preposition_or_beside_a_place_are_places() {
        let ents = entities(
            "Firefighters worked in El Manzano on Sunday. Families fled Nyala and El \
             Tambor overnight. Hicham El Moutaouakil won the race.",
        );
        for name in ["El Manzano", "El Tambor"] {
            assert_eq!(entity(&ents, name).kind, "place", "{name}: {ents:?}");
        }
        assert_eq!(
            entity(&ents, "Hicham El Moutaouakil").kind,
            "person",
            "{ents:?}"
        );
    }

    #[test]
    fn a_dateline_in_capitals_outside_ascii_is_a_place() {
        let text = "Fires Spread\n\nVIÑA DEL MAR, Chile, Feb 4 (Reuters) - Fires burned homes.";
        let ents = entities(text);
        let place = ents
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "VIÑA DEL MAR"))
            .expect("dateline place");
        assert_eq!(place.kind, "place", "{ents:?}");
        assert_eq!(place.country.as_deref(), Some("CHL"), "{ents:?}");
    }

    #[test]
    fn a_building_named_for_a_body_is_a_facility_with_the_body_s_code() {
        let text = "The Kremlin said talks would go on. A Pentagon spokesman declined to comment.";
        let ents = entities(text);
        let kremlin = entity(&ents, "Kremlin");
        assert_eq!(kremlin.kind, "facility", "{ents:?}");
        assert_eq!(kremlin.actor.as_deref(), Some("RUSGOV"), "{ents:?}");
        assert!(
            kremlin.mentions.iter().all(|m| m.text == "Kremlin"),
            "{kremlin:?}"
        );
        let pentagon = entity(&ents, "Pentagon");
        assert_eq!(
            (&*pentagon.kind, pentagon.actor.as_deref()),
            ("facility", Some("USAMIL"))
        );
        // The department itself stays an organisation.
        let ents = entities("The Defense Department said the drills would go on.");
        assert_eq!(
            entity(&ents, "US Department of Defense").kind,
            "organization",
            "{ents:?}"
        );
    }

    #[test]
    fn a_place_s_key_names_the_place_its_coordinates_are_of() {
        let place = |text: &str, name: &str| {
            let e = entities(text)
                .into_iter()
                .find(|e| e.mentions.iter().any(|m| m.text == name))
                .unwrap_or_else(|| panic!("{name} in {text}"));
            let p = e.place.expect("a place");
            (e.kb.unwrap_or_default(), p.feature, p.region, p.country)
        };
        // The capital, its key a city's and its region the District.
        let (kb, feature, region, _) = place(
            "Officials in Washington said the talks would resume on Monday.",
            "Washington",
        );
        assert!(kb.starts_with("city:"), "{kb}");
        assert_eq!(feature, "city");
        assert_eq!(region.as_deref(), Some("District of Columbia"));
        // A province, called one, is the region and not its capital city.
        let (kb, feature, _, country) = place(
            "Iran's health ministry said floods hit Kerman province on Monday.",
            "Kerman",
        );
        assert_eq!(
            (kb.as_str(), feature.as_str()),
            ("region:IRN:Kerman", "region")
        );
        assert_eq!(country, "IRN");
        // A small American town does not outrank the Swiss canton an
        // American story names.
        let (kb, _, _, country) = place(
            "The US envoy said on Monday that talks with Iran would resume in Geneva.",
            "Geneva",
        );
        assert_eq!(country, "CHE", "{kb}");
    }

    #[test]
    fn a_capital_read_as_its_government_keeps_its_coordinates() {
        let ents = entities(
            "Iranian and French diplomats met in Paris on Monday. Paris demanded that \
             Tehran release the sailors.",
        );
        let paris = entity(&ents, "Paris");
        assert_eq!(paris.actor.as_deref(), Some("FRAGOV"), "{ents:?}");
        assert_eq!(
            paris
                .place
                .as_ref()
                .map(|p| (p.country.as_str(), p.feature.as_str())),
            Some(("FRA", "city")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_province_word_next_to_a_name_calls_it_a_region() {
        let t = "floods in Kerman province and the province of Homs; Yazd city";
        let at = |w: &str| {
            let s = t.find(w).expect("in text");
            super::names_region(t, s, s + w.len())
        };
        assert!(at("Kerman"));
        assert!(at("Homs"));
        assert!(!at("Yazd"));
        assert!(!super::names_region("é", 0, 2));
    }

    #[test]
    fn continents_and_named_regions_are_places_of_their_country_or_none() {
        let ents = entities(
            "Aid convoys reached Darfur as drought spread across the Sahel and East Africa.",
        );
        let darfur = entity(&ents, "Darfur");
        assert_eq!(darfur.kind, "place", "{ents:?}");
        assert_eq!(darfur.country.as_deref(), Some("SDN"), "{ents:?}");
        let sahel = entity(&ents, "Sahel");
        assert_eq!(sahel.kind, "place", "{ents:?}");
        assert_eq!(sahel.country, None, "{ents:?}");
        assert_eq!(
            sahel.place.as_ref().map(|p| p.feature.as_str()),
            Some("area")
        );
        // A region of several countries gives no country to its sentence's
        // offices, and an area closing an organisation's name is that name's.
        let ents = entities("The Economic Commission for Europe met in Geneva on Monday.");
        assert!(ents.iter().all(|e| e.name != "Europe"), "{ents:?}");
    }

    #[test]
    fn a_capital_as_the_object_of_a_relation_is_its_government() {
        let ents = entities(
            "The minister thanked Ankara for its help, and Norway cut ties with Caracas \
             in 2019. Later, Brasília said it would wait.",
        );
        assert_eq!(actor_of(&ents, "Ankara"), Some("TURGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Caracas"), Some("VENGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Brasília"), Some("BRAGOV"), "{ents:?}");
        // A destination stays a place.
        let ents = entities("The minister flew to Ankara on Monday and visited Norway.");
        assert_eq!(actor_of(&ents, "Ankara"), None, "{ents:?}");
    }

    #[test]
    fn opposition_figures_and_quoted_civilians_take_the_story_s_country() {
        let ents =
            entities("Opposition leader Tomas Varga said the vote in Slovakia had been rigged.");
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("SVKOPP"), "{ents:?}");
        let ents = entities(
            "Floods hit Kenya again. Ana Wekesa, 63, said the water rose overnight. A \
             neighbour, Jomo Otieno, said the road to Kenya's coast was cut.",
        );
        assert_eq!(actor_of(&ents, "Ana Wekesa"), Some("KENCVL"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Jomo Otieno"), Some("KENCVL"), "{ents:?}");
        // A trade the roles do not know before the name is no civilian's.
        let ents = entities(
            "Floods hit Kenya again. Veteran flanker Ana Wekesa, 29, said the match was off.",
        );
        assert_eq!(actor_of(&ents, "Ana Wekesa"), None, "{ents:?}");
    }

    #[test]
    fn a_legislator_takes_the_country_of_the_legislature_named() {
        let ents = entities(
            "The U.S. Senate passed the bill on Friday. Ukraine, Israel and Taiwan welcomed \
             it. Speaker Ana Wekesa said the vote was fair, and Senate Majority Leader Tomas \
             Varga agreed.",
        );
        assert_eq!(actor_of(&ents, "Ana Wekesa"), Some("USALEG"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("USALEG"), "{ents:?}");
        // A military rank takes its sentence's country.
        let ents = entities(
            "Ukraine, Israel and Taiwan welcomed the bill. At the base, Major General Tomas \
             Varga said the U.S. military would act.",
        );
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("USAMIL"), "{ents:?}");
    }

    #[test]
    fn a_sentence_initial_name_before_a_titled_apposition_is_a_person() {
        let ents = entities(
            "Tomas Varga, a spokesman for the Slovak Foreign Ministry, said the border \
             would stay open.",
        );
        assert_eq!(entity(&ents, "Tomas Varga").kind, "person", "{ents:?}");
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("SVKGOV"), "{ents:?}");
        // A lowercase noun between the body and the title.
        let ents = entities(
            "Officials met. Jan Ostrova, the UN relief coordinator, said aid would arrive.",
        );
        assert_eq!(entity(&ents, "Jan Ostrova").kind, "person", "{ents:?}");
        assert_eq!(actor_of(&ents, "Jan Ostrova"), Some("IGOUNO"), "{ents:?}");
    }

    #[test]
    fn titles_set_off_by_commas_before_a_name() {
        let ents = entities(
            "The talks stalled over Hungary, whose foreign minister, Tomas Varga, said \
             Budapest would not back the plan.",
        );
        assert_eq!(actor_of(&ents, "Tomas Varga"), Some("HUNGOV"), "{ents:?}");
        let ents = entities(
            "Among the firms is Kestrel Trading, a freight company registered in Dubai. \
             Its director, Ana Wekesa, said it would appeal.",
        );
        assert_eq!(
            actor_of(&ents, "Kestrel Trading"),
            Some("AREBUS"),
            "{ents:?}"
        );
        assert_eq!(actor_of(&ents, "Ana Wekesa"), Some("AREBUS"), "{ents:?}");
    }

    #[test]
    fn a_known_generic_name_inside_a_longer_one_is_not_matched() {
        let ents = entities("Officials of Iran's Supreme National Security Council met on Monday.");
        assert_eq!(
            actor_of(&ents, "Supreme National Security Council"),
            Some("IRNGOV"),
            "{ents:?}"
        );
        assert!(
            !ents.iter().any(|e| e.name == "UN Security Council"),
            "{ents:?}"
        );
    }

    #[test]
    fn organisations_take_sector_and_country_from_their_description() {
        let ents = entities(
            "The National Electoral Council (CNE) said Venezuela would publish the results. \
             The CNE gave no date. The rights group Foro Penal said 11 people were detained \
             in Venezuela, an analyst at Lagos-based Ikoyi Capital Partners said.",
        );
        let cne = entity(&ents, "National Electoral Council");
        assert_eq!(cne.actor.as_deref(), Some("VENGOV"), "{cne:?}");
        assert_eq!(
            cne.mentions.iter().filter(|m| m.text == "CNE").count(),
            2,
            "{cne:?}"
        );
        let foro = entity(&ents, "Foro Penal");
        assert_eq!(foro.kind, "organization", "{foro:?}");
        assert_eq!(foro.actor.as_deref(), Some("VENNGO"), "{foro:?}");
        assert_eq!(
            actor_of(&ents, "Ikoyi Capital Partners"),
            Some("NGABUS"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_chinese_surname_comes_first() {
        let ents =
            entities("Chen Ming-hui spoke first. Later Chen said the talks in Taiwan had failed.");
        let chen = entity(&ents, "Chen Ming-hui");
        assert_eq!(chen.mentions.len(), 2, "{chen:?}");
        let ents =
            entities("Bank governor Zhou Wenli met traders on Monday. Zhou said rates would hold.");
        let zhou = entity(&ents, "Zhou Wenli");
        assert_eq!(zhou.mentions.len(), 2, "{zhou:?}");
        // Not any first word: a Western given name is no surname.
        let ents = entities("Bank governor Mark Wenli met traders. Mark said rates would hold.");
        let mark = entity(&ents, "Mark Wenli");
        assert_eq!(mark.mentions.len(), 1, "{mark:?}");
    }

    fn names_of(ents: &[dateline_record::Entity], kind: &str) -> Vec<String> {
        let mut v: Vec<String> = ents
            .iter()
            .filter(|e| e.kind == kind)
            .flat_map(|e| e.mentions.iter())
            .filter(|m| m.kind == "name")
            .map(|m| m.text.to_string())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_body_named_with_its_acronym_or_after_a_country_owns_the_title() {
        let ents = entities(
            "The World Trade Organization (WTO) director-general, Ana Morel, met traders. \
             Later Chile's WTO national coordinator Pablo Ruiz said talks would go on.",
        );
        let morel = entity(&ents, "Ana Morel");
        assert_eq!(morel.actor.as_deref(), Some("IGO"), "{morel:?}");
        let ruiz = entity(&ents, "Pablo Ruiz");
        assert_eq!(ruiz.roles[0].of.as_deref(), Some("WTO"), "{ruiz:?}");
        assert_eq!(ruiz.country.as_deref(), Some("CHL"), "{ruiz:?}");
    }

    #[test]
    fn a_firm_s_and_co_belongs_to_its_name() {
        let ents = entities(
            "Shares of Merck and Co Inc rose, and Talbot, Reeve and Co Inc was hired to advise.",
        );
        let merck = entity(&ents, "Merck");
        assert_eq!(merck.mentions[0].text, "Merck and Co Inc", "{merck:?}");
        assert!(ents.iter().all(|e| e.name != "Co Inc"), "{ents:?}");
        assert!(
            ents.iter()
                .any(|e| e.kind == "organization" && e.name.ends_with("Reeve and Co Inc")),
            "{ents:?}"
        );
    }

    #[test]
    fn an_adjective_before_a_plural_cue_word_is_nobody() {
        let ents = entities(
            "Ambassadors of the five Islamic states met, and he thanked Hellenic states for \
             support. Later Kowalski states the obvious.",
        );
        assert!(
            ents.iter()
                .all(|e| e.kind != "person" || e.name == "Kowalski"),
            "{ents:?}"
        );
        assert!(ents.iter().any(|e| e.name == "Kowalski"), "{ents:?}");
    }

    #[test]
    fn dotted_legal_forms_make_firms_and_document_titles_are_nobody() {
        let ents = entities(
            "Shares of Varnholt N.V. and Ossberg S.A. rose after the bill on Combating the \
             Smuggling of Antiquities passed. A statue of Cyrus the Great stood there.",
        );
        for name in ["Varnholt N.V.", "Ossberg S.A."] {
            assert!(
                ents.iter()
                    .any(|e| e.name == name && e.kind == "organization"),
                "{name}: {ents:?}"
            );
        }
        assert!(
            ents.iter()
                .all(|e| e.kind != "person" || e.name == "Cyrus the Great"),
            "{ents:?}"
        );
        assert!(ents.iter().any(|e| e.name == "Cyrus the Great"), "{ents:?}");
    }

    #[test]
    fn a_place_before_an_apposition_s_title_gives_the_country() {
        let ents = entities(
            "TEHRAN - Fighting went on in Afghanistan. Jamal Nouri, a Kabul resident, said \
             the road was shut. \"It fell,\" said Behzad Haidari, a Herat shopkeeper.",
        );
        assert_eq!(actor_of(&ents, "Jamal Nouri"), Some("AFGCVL"), "{ents:?}");
        assert_eq!(
            actor_of(&ents, "Behzad Haidari"),
            Some("AFGCVL"),
            "{ents:?}"
        );
    }

    #[test]
    fn an_acronym_of_a_common_noun_is_nobody() {
        let ents = entities(
            "Inflows of foreign direct investment (FDI) rose, and patients with \
             Epidermolysis bullosa (EB) were treated, said the Iran Fara Bourse (IFB).",
        );
        assert!(
            ents.iter().all(|e| e.name != "FDI" && e.name != "EB"),
            "{ents:?}"
        );
        assert!(
            ents.iter()
                .any(|e| e.mentions.iter().any(|m| m.text == "IFB")),
            "{ents:?}"
        );
    }

    #[test]
    fn names_end_before_on_and_speakers_survive_noun_readings() {
        let ents = entities(
            "Later Pablo Ruiz on Twitter said the vote was rigged. Then Nowak warns of \
             unrest. And Wozniak notes that turnout fell. Analysts at Varnholt Reynolds Inc \
             and Kessler Barney said prices fell. Later the Yemen UN envoy Jan Ostrova said \
             talks would resume.",
        );
        for name in ["Pablo Ruiz", "Nowak", "Wozniak"] {
            assert!(
                ents.iter().any(|e| e.name == name && e.kind == "person"),
                "{name}: {ents:?}"
            );
        }
        assert!(
            ents.iter()
                .any(|e| e.name == "Kessler Barney" && e.kind == "organization"),
            "{ents:?}"
        );
        // A country's name before a body's envoy is the envoy's field.
        assert_eq!(actor_of(&ents, "Jan Ostrova"), Some("IGOUNO"), "{ents:?}");
        let ents = entities(
            "GAZA CITY - Strikes hit the Gaza Strip overnight, Israel said. Omar Haddad, a \
             Gaza resident, said the house fell.",
        );
        assert_eq!(actor_of(&ents, "Omar Haddad"), Some("PSECVL"), "{ents:?}");
        // A particle capitalised at a sentence's start is the same name.
        let ents = entities("Sheikh Tariq bin Saleem met envoys. Bin Saleem said talks went on.");
        assert!(ents.iter().any(|e| e.mentions.len() == 2), "{ents:?}");
    }

    #[test]
    fn a_given_name_spelt_another_way_joins_a_known_surname_form() {
        // The knowledge base knows "Sadegh Amoli Larijani" and "Yasser
        // Arafat"; other spellings of the given names join the name
        // instead of making people of their own.
        let ents = dated(
            "Ayatollah Sadiq Amoli Larijani spoke on Monday. Yassir Arafat replied.",
            "2015-06-01",
        );
        let people: Vec<_> = ents.iter().filter(|e| e.kind == "person").collect();
        assert_eq!(people.len(), 2, "{ents:?}");
        let larijani = people.iter().find(|e| e.name.contains("Larijani")).unwrap();
        assert_eq!(
            larijani.mentions[0].text, "Sadiq Amoli Larijani",
            "{ents:?}"
        );
        assert_eq!(larijani.actor.as_deref(), Some("IRNJUD"), "{ents:?}");
        let arafat = people.iter().find(|e| e.name.contains("Arafat")).unwrap();
        // Two given names before the surname, one of them the known
        // name's hyphenated pair split.
        let ents = dated("Then Jean Yves Le Drian spoke.", "2015-06-01");
        assert!(
            ents.iter()
                .any(|e| e.mentions.iter().any(|m| m.text == "Jean Yves Le Drian")),
            "{ents:?}"
        );
        assert_eq!(arafat.mentions[0].text, "Yassir Arafat", "{ents:?}");
        // A comma right after the name ends it, not the match.
        let ents = dated(
            "Leaders such as Yassir Arafat, Jane Okafor and others came.",
            "2015-06-01",
        );
        assert!(
            ents.iter()
                .any(|e| e.mentions.iter().any(|m| m.text == "Yassir Arafat")),
            "{ents:?}"
        );
        // Another initial is another person's given name.
        let ents = dated("Hamid Amoli Larijani, a trader, spoke.", "2015-06-01");
        assert!(
            ents.iter()
                .all(|e| e.mentions.iter().all(|m| m.text != "Hamid Amoli Larijani")),
            "{ents:?}"
        );
    }

    #[test]
    fn given_names_spelt_otherwise_share_their_consonants() {
        for (a, b) in [
            ("Sadeq", "Sadegh"),
            ("Yassir", "Yasser"),
            ("Emanuel", "Emmanuel"),
            ("Vladmir", "Vladimir"),
            ("Binyamin", "Benjamin"),
            ("Donad", "Donald"),
            ("Feredrica", "Federica"),
            ("Hasan", "Hassan"),
            ("Josep", "Joseph"),
            ("Heidar", "Haider"),
        ] {
            assert!(super::same_name_spelt_otherwise(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("Mehdi", "Masoud"),
            ("Ali", "Alaa"),
            ("Omar", "Amir"),
            ("Sara", "Sami"),
            ("Mahmoud", "Mohammad"),
            ("Hassan", "Hossein"),
            ("Bashar", "Bushra"),
        ] {
            assert!(!super::same_name_spelt_otherwise(a, b), "{a} {b}");
        }
        assert!(super::given_name_of("Mohammad-Reza Ashtiani", "Mohammad"));
        assert!(super::given_name_of("Abdul Ghani Baradar", "Abdolghani"));
        assert!(!super::given_name_of("Julia Gillard", "Jason"));
        assert!(super::short_form_of("Michael", "Mike"));
        assert!(super::short_form_of("Benjamin", "Ben"));
        assert!(!super::short_form_of("Masoud", "Mehdi"));
    }

    #[test]
    fn empires_gardens_statutes_and_fields_of_policy_are_nobody() {
        let ents = entities(
            "Scholars of the Achaemenid Empire met at the Botanical Garden to discuss \
             Drug Abuse and the Internet of Things. The Popular Committees said they \
             would guard the Line of Control.",
        );
        for name in [
            "Achaemenid Empire",
            "Botanical Garden",
            "Drug Abuse",
            "Internet of Things",
        ] {
            assert!(ents.iter().all(|e| e.name != name), "{name}: {ents:?}");
        }
        let kind = |n: &str| ents.iter().find(|e| e.name == n).map(|e| &*e.kind);
        assert_eq!(kind("Popular Committees"), Some("organization"), "{ents:?}");
        assert_eq!(kind("Line of Control"), Some("place"), "{ents:?}");
    }

    #[test]
    fn a_title_before_another_person_s_name_is_no_apposition() {
        let ents = dated(
            "Praising poets such as Omar Khayyam and Hafez Shirazi, Ayatollah Khamenei said \
             culture binds nations.",
            "2019-01-01",
        );
        let hafez = ents.iter().find(|e| e.name == "Hafez Shirazi");
        assert!(hafez.is_some_and(|e| e.roles.is_empty()), "{ents:?}");
        assert_eq!(actor_of(&ents, "Ali Khamenei"), Some("IRNGOV"), "{ents:?}");
    }

    #[test]
    fn appositions_with_occupations_places_and_modifiers_give_roles() {
        let ents = dated(
            "The school reopened on Monday after the storm. Jane Okafor, a teacher, \
             said it was safe. Omar Haddad, Jordan's new ambassador, left early. Later \
             Karim Nouri, Baghdad's mayor, agreed. Mike Pence spoke on Tuesday. Ruth \
             Adler, Professor Emeritus of History at the university, wrote the book.",
            "2018-03-02",
        );
        let roles = |n: &str| -> Vec<String> {
            ents.iter()
                .find(|e| e.name == n)
                .map(|e| e.roles.iter().map(|r| r.title.clone()).collect())
                .unwrap_or_default()
        };
        assert_eq!(roles("Jane Okafor"), ["teacher"], "{ents:?}");
        assert_eq!(actor_of(&ents, "Omar Haddad"), Some("JORGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Karim Nouri"), Some("IRQGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Mike Pence"), Some("USAGOV"), "{ents:?}");
        assert!(
            roles("Ruth Adler").contains(&"professor".to_string()),
            "{ents:?}"
        );
        // A known surname after another known first name opening a
        // sentence is someone else's.
        let ents = dated("Jane Ruto, a nurse, agreed.", "2023-03-02");
        assert!(ents.iter().all(|e| e.kb.is_none()), "{ents:?}");
    }

    #[test]
    fn a_body_s_title_after_several_modifiers_is_the_body_s() {
        for text in [
            "Kenzo Oda, the UN Emergency Relief Coordinator, said aid would arrive.",
            "Kenzo Oda, the UN emergency relief coordinator, said aid would arrive.",
        ] {
            let ents = entities(text);
            assert_eq!(actor_of(&ents, "Kenzo Oda"), Some("IGOUNO"), "{ents:?}");
        }
        // Capitalised modifiers before a lowercase title make no title of
        // the body's.
        let ents = entities("Kenzo Oda, the UN Relief Goods coordinator, said aid would arrive.");
        assert_eq!(actor_of(&ents, "Kenzo Oda"), None, "{ents:?}");
    }

    #[test]
    fn a_cleric_with_a_full_name_is_of_the_story_s_country() {
        let ents = dated(
            "TEHRAN - Ayatollah Hamid Rezvani told worshippers in Tehran that Iran would not bow. \
             Imam Hussein's shrine and Imam Jafar Sadiq's teachings drew pilgrims.",
            "2018-03-02",
        );
        assert_eq!(actor_of(&ents, "Hamid Rezvani"), Some("IRNREL"), "{ents:?}");
        // Bishops and popes travel: no country from the story.
        let ents = dated(
            "JERUSALEM - Archbishop Thabo Mokoena criticised the plan on Monday.",
            "2018-03-02",
        );
        assert_eq!(actor_of(&ents, "Thabo Mokoena"), None, "{ents:?}");
        assert!(
            ents.iter()
                .all(|e| !e.roles.iter().any(|r| r.title == "imam") || e.actor.is_none()),
            "{ents:?}"
        );
    }

    #[test]
    fn a_known_surname_with_the_article_after_another_given_name_is_someone_else() {
        let ents = entities("Later Karim al-Hakim, a trader in Basra, said prices rose.");
        assert!(ents.iter().any(|e| e.name == "Karim al-Hakim"), "{ents:?}");
        assert!(
            ents.iter().all(|e| e.kb.is_none() || e.kind != "person"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_story_naming_no_country_takes_the_one_its_places_are_in() {
        let ents = entities(
            "The Minnesota senator said he would offer the bill in Duluth. The Treasury said \
             it opposed the plan.",
        );
        assert_eq!(actor_of(&ents, "Treasury"), Some("USAGOV"), "{ents:?}");
        // Places in two countries say nothing: the sector alone.
        let ents = entities(
            "The Minnesota senator met bankers in Lyon. The Treasury said it opposed the plan.",
        );
        assert_eq!(actor_of(&ents, "Treasury"), Some("GOV"), "{ents:?}");
    }

    #[test]
    fn a_country_s_name_in_capitals_is_the_country() {
        let ents = entities("The paper accused IRAN of meddling, and SAUDI ARABIA denied it.");
        assert_eq!(actor_of(&ents, "Iran"), Some("IRN"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Saudi Arabia"), Some("SAU"), "{ents:?}");
    }

    #[test]
    fn a_portfolio_between_country_and_title_is_part_of_the_title() {
        let ents = entities(
            "Floods closed roads in Nepal on Monday. Nepal Deputy Tourism Minister Sita \
             Rana Magar said trekking routes would reopen.",
        );
        assert_eq!(
            actor_of(&ents, "Sita Rana Magar"),
            Some("NPLGOV"),
            "{ents:?}"
        );
        assert!(!ents.iter().any(|e| e.name == "Tourism"), "{ents:?}");
    }

    #[test]
    fn an_office_title_opening_a_known_alias_stays_out_of_the_name() {
        let ents = dated(
            "Saudi Foreign Minister Prince Faisal bin Farhan arrived in Cairo on Sunday.",
            "2024-03-03",
        );
        let names = names_of(&ents, "person");
        assert_eq!(names, vec!["Faisal bin Farhan".to_string()], "{ents:?}");
        assert_eq!(
            actor_of(&ents, "Faisal bin Farhan"),
            Some("SAUGOV"),
            "{ents:?}"
        );
    }

    #[test]
    fn an_honorific_opening_a_known_full_name_stays_out_of_it() {
        let ents = dated(
            "Kuwait's Emir Sheikh Nawaf al-Ahmad al-Sabah received Prime Minister Sheikh Hasina of Bangladesh on Sunday.",
            "2021-05-02",
        );
        let texts: Vec<&str> = ents
            .iter()
            .filter(|e| e.kind == "person")
            .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
            .collect();
        // A full name loses its honorific; a one-word rest keeps it.
        assert_eq!(
            texts,
            vec!["Nawaf al-Ahmad al-Sabah", "Sheikh Hasina"],
            "{ents:?}"
        );
    }

    #[test]
    fn a_place_word_ending_an_earlier_person_is_their_surname() {
        let ents = dated(
            "Mexican Foreign Minister Patricia Espinosa met the envoy on Monday. Espinosa said the talks had gone well.",
            "2009-03-02",
        );
        let p = ents
            .iter()
            .find(|e| e.name == "Patricia Espinosa")
            .expect("person");
        assert_eq!(p.mentions.len(), 2, "{ents:?}");
        assert_eq!(p.actor.as_deref(), Some("MEXGOV"), "{ents:?}");
        assert!(
            !ents
                .iter()
                .any(|e| e.kind != "person" && e.name.contains("Espinosa")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_body_named_with_its_country_keeps_it_beside_a_shared_name() {
        let ents = dated(
            "U.S. officials said Mexico's Congress would vote on the U.S. aid package on Tuesday.",
            "2009-03-02",
        );
        let congress = ents
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Congress"))
            .expect("Congress");
        assert_eq!(congress.actor.as_deref(), Some("MEXLEG"), "{ents:?}");
    }

    #[test]
    fn an_office_before_a_prince_is_the_role() {
        let ents = entities(
            "Jordan's Interior Minister Prince Hamza bin Omar toured the border posts on Monday.",
        );
        assert_eq!(
            actor_of(&ents, "Hamza bin Omar"),
            Some("JORGOV"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_country_s_possessive_before_a_known_court_is_the_country() {
        let ents = entities("NEW DELHI - India's Supreme Court on Monday ordered a fresh count.");
        assert!(
            names_of(&ents, "country").contains(&"India".to_string()),
            "{ents:?}"
        );
        let court = ents
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Supreme Court"))
            .expect("court");
        assert_eq!(court.actor.as_deref(), Some("INDJUD"), "{court:?}");
    }

    #[test]
    fn a_company_s_regional_arm_is_one_organisation() {
        let ents = entities("Prices fell in Spain. Nintendo Europe said the change was planned.");
        let orgs = names_of(&ents, "organization");
        assert!(orgs.contains(&"Nintendo Europe".to_string()), "{ents:?}");
        assert!(
            !names_of(&ents, "place").contains(&"Europe".to_string()),
            "{ents:?}"
        );
        let ents =
            entities("Sony Interactive Entertainment declined to comment on the plan for Brazil.");
        assert!(
            names_of(&ents, "organization").contains(&"Sony Interactive Entertainment".to_string()),
            "{ents:?}"
        );
    }

    #[test]
    fn bare_congress_abroad_is_the_story_s_legislature() {
        let ents = entities(
            "LIMA (Reuters) - Peru's president asked Congress on Tuesday to approve a budget \
             for flood relief in Piura.",
        );
        let congress = ents
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Congress"))
            .expect("congress");
        assert_eq!(congress.actor.as_deref(), Some("PERLEG"), "{congress:?}");
    }

    #[test]
    fn a_lone_treasury_is_the_story_s_government() {
        let ents = entities(
            "NAIROBI (Reuters) - Kenya raised fuel taxes on Monday. Treasury officials say \
             the change will cut borrowing.",
        );
        let treasury = ents
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Treasury"))
            .expect("treasury");
        assert_eq!(treasury.actor.as_deref(), Some("KENGOV"), "{treasury:?}");
    }

    #[test]
    fn names_in_a_list_of_towns_are_places() {
        let ents = entities(
            "Heavy rain flooded the villages of Kerobo, Ndamu and El Sarro on Sunday, \
             officials said.",
        );
        let places = names_of(&ents, "place");
        for p in ["Kerobo", "Ndamu", "El Sarro"] {
            assert!(places.contains(&p.to_string()), "{p}: {ents:?}");
        }
        assert!(names_of(&ents, "person").is_empty(), "{ents:?}");
    }

    #[test]
    fn a_compass_word_after_a_place_names_a_district() {
        let ents = entities(
            "Votes were recounted in several seats, including Ablekuma North and Techiman \
             South, in Ghana.",
        );
        let places = names_of(&ents, "place");
        assert!(places.contains(&"Ablekuma North".to_string()), "{ents:?}");
        assert!(places.contains(&"Techiman South".to_string()), "{ents:?}");
    }

    #[test]
    fn quoted_civilians_described_by_age_and_occupation() {
        let ents = entities(
            "MANILA - Storms hit the Philippines. \"The sea took everything,\" said Rodolfo \
             Dimaculangan, a 52-year-old fisherman. \"We slept in the school,\" said Liza \
             Bautista, a displaced mother of four.",
        );
        assert_eq!(
            actor_of(&ents, "Rodolfo Dimaculangan"),
            Some("PHLCVL"),
            "{ents:?}"
        );
        assert_eq!(actor_of(&ents, "Liza Bautista"), Some("PHLCVL"), "{ents:?}");
    }

    #[test]
    fn a_capital_a_country_moves_closer_to_is_its_government() {
        let ents = entities(
            "MANILA - The Philippines has moved closer to Washington, and its navy is \
             coordinating with Tokyo on patrols.",
        );
        assert_eq!(actor_of(&ents, "Washington"), Some("USAGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Tokyo"), Some("JPNGOV"), "{ents:?}");
    }

    #[test]
    fn a_demonym_after_of_inside_an_organisation_name_is_part_of_it() {
        let ents = entities(
            "In Austria, the Federation of Austrian Bakery Associations said bread prices would \
             rise.",
        );
        assert!(
            names_of(&ents, "organization")
                .contains(&"Federation of Austrian Bakery Associations".to_string()),
            "{ents:?}"
        );
    }

    #[test]
    fn an_analyst_at_a_firm_is_coded_as_the_firm() {
        let ents = entities(
            "Oil rose on Monday. \"Supply is tight,\" said Imogen Tarrant, an oil analyst at \
             Fenwick Energy in London.",
        );
        assert_eq!(
            actor_of(&ents, "Imogen Tarrant"),
            Some("GBRBUS"),
            "{ents:?}"
        );
        // A firm before the title, over its possessive and modifiers; a
        // firm of no known country gives its sector alone, with the
        // person's own country when the text gives one.
        for (text, name, code) in [
            (
                "Shares fell, Kestrel Securities' top analyst Jo Ray said.",
                "Jo Ray",
                "BUS",
            ),
            (
                "Rates will fall, Boreal Bank chief economist Jo Ray said.",
                "Jo Ray",
                "BUS",
            ),
            (
                "Jo Ray, an Iranian professor at Boreal University, won the prize.",
                "Jo Ray",
                "IRNEDU",
            ),
        ] {
            let ents = entities(text);
            assert_eq!(actor_of(&ents, name), Some(code), "{text}: {ents:?}");
        }
    }

    #[test]
    fn names_before_a_plural_place_noun_are_places() {
        let ents = entities(
            "MANILA - Troops were sent to bases in Kalinga and Isabela provinces on Friday.",
        );
        assert!(
            names_of(&ents, "place").contains(&"Kalinga".to_string()),
            "{ents:?}"
        );
    }

    #[test]
    fn a_royal_given_name_refers_to_the_full_name() {
        let ents = entities(
            "Energy Minister Prince Turki bin Faisal spoke in Riyadh. Later Prince Turki \
             told reporters the cut would hold.",
        );
        let turki = ents
            .iter()
            .find(|e| e.name == "Turki bin Faisal")
            .expect("Turki bin Faisal");
        assert!(
            turki.mentions.iter().any(|m| m.text == "Turki"),
            "{turki:?}"
        );
    }

    #[test]
    fn a_country_named_after_a_person_is_not_their_office_s() {
        let ents = entities(
            "TEHRAN - Iran's parliament met on Sunday. Iran rejected the plan. MP Reza \
             Kamali said talks would wait as long as the U.S. kept its sanctions.",
        );
        assert_eq!(actor_of(&ents, "Reza Kamali"), Some("IRNLEG"), "{ents:?}");
    }

    #[test]
    fn an_organisation_noun_in_an_apposition_makes_an_organisation() {
        let ents = entities(
            "Regulators froze the accounts of Skyvane, the satellite phone company owned by a \
             Dutch fund. Kelso Mills, a timber trader in Ghana, did not comment.",
        );
        assert!(
            names_of(&ents, "organization").contains(&"Skyvane".to_string()),
            "{ents:?}"
        );
        let ents =
            entities("\"The rules are clear,\" said Moraga, the company chairman, in Santiago.");
        assert!(
            !names_of(&ents, "organization").contains(&"Moraga".to_string()),
            "{ents:?}"
        );
    }

    #[test]
    fn a_hyphenated_acronym_in_parentheses_names_the_organisation_before_it() {
        let ents = entities(
            "Voters backed the National Renewal Front (FRN-P) in Java. FRN-P said it would \
             join the coalition.",
        );
        let party = ents
            .iter()
            .find(|e| e.name == "National Renewal Front")
            .expect("party");
        assert_eq!(
            party.mentions.iter().filter(|m| m.text == "FRN-P").count(),
            2,
            "{party:?}"
        );
        let ents = entities("Officials said US-EU trade talks would resume in June.");
        assert!(
            !names_of(&ents, "organization").contains(&"US-EU".to_string()),
            "{ents:?}"
        );
    }

    #[test]
    fn a_known_acronym_in_parentheses_links_a_variant_spelling_only() {
        // A variant spelling of a known name takes the acronym's entry.
        let ents = entities(
            "Ministers met the Palestinian Liberation Organisation (PLO) in Tunis. The PLO \
             said it would attend.",
        );
        let plo = ents
            .iter()
            .find(|e| e.kb.as_deref() == Some("org:plo"))
            .expect("PLO");
        assert_eq!(plo.mentions.len(), 3, "{ents:?}");
        // An acronym the text defines for another name is that name's, not
        // the knowledge base's sense of the same letters.
        let ents = entities(
            "LONDON - The Financial Services Authority (FSA) fined two brokers. The FSA said \
             more cases would follow.",
        );
        let fsa = ents
            .iter()
            .find(|e| e.name == "Financial Services Authority")
            .expect("regulator");
        assert_eq!(fsa.mentions.len(), 3, "{ents:?}");
        assert!(
            !ents.iter().any(|e| e.kb.as_deref() == Some("org:fsa")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_national_paper_s_unqualified_minister_is_its_country_s() {
        let text = "Health Minister Darius Farrokh said the new clinics would open soon. He \
                    spoke to lawmakers on Sunday.";
        let from = |text: &str, outlet: &str| {
            let a = Article {
                id: "t".into(),
                input: text.to_string(),
                input_name: "text".into(),
                outlet: Some(outlet.into()),
                ..Article::default()
            };
            Extractor::new().extract(&a).entities
        };
        assert_eq!(
            actor_of(&from(text, "Tehran Times"), "Darius Farrokh"),
            Some("IRNGOV")
        );
        // A wire's stories happen anywhere; a company's president is no
        // office of the paper's country.
        assert_eq!(actor_of(&from(text, "Reuters"), "Darius Farrokh"), None);
        let ents = from(
            "Vice President Dana Kohl said the phone would ship in May.",
            "BBC News",
        );
        assert_eq!(actor_of(&ents, "Dana Kohl"), None, "{ents:?}");
    }

    #[test]
    fn a_country_named_only_as_another_s_title_is_not_the_person_s() {
        let ents = entities(
            "President Jan Morel gave a warm welcome on Thursday to South African leader \
             Tom Baxter.",
        );
        assert!(
            !actor_of(&ents, "Jan Morel").is_some_and(|a| a.starts_with("ZAF")),
            "{ents:?}"
        );
        assert!(
            actor_of(&ents, "Tom Baxter").is_some_and(|a| a.starts_with("ZAF")),
            "{ents:?}"
        );
        // The country of the person's own sentence, not another's title.
        let ents = entities(
            "Navy Commander Rear Admiral Hossein Tavak said the Iranian Navy would respond.",
        );
        assert_eq!(actor_of(&ents, "Hossein Tavak"), Some("IRNMIL"), "{ents:?}");
    }

    #[test]
    fn the_militants_are_an_armed_group_not_the_body_named_last() {
        let ents = entities(
            "The Islamic State group seized the town on Friday. The capture has raised \
             concern at UNESCO that the militants might destroy its ruins.",
        );
        let is = ents
            .iter()
            .find(|e| e.kb.as_deref() == Some("org:isis"))
            .expect("IS");
        assert!(
            is.mentions.iter().any(|m| m.text == "the militants"),
            "{ents:?}"
        );
        // "The group" is as often a firm.
        let ents = entities("Fiat reported a loss on Monday. The group said sales fell.");
        let fiat = ents.iter().find(|e| e.name == "Fiat").expect("Fiat");
        assert!(
            fiat.mentions.iter().any(|m| m.text == "The group"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_shared_name_is_the_person_in_office_nearest_the_date() {
        let text = "President George Bush spoke on Monday.";
        assert_eq!(
            kb_of(&dated(text, "1990-05-02"), "George Bush").as_deref(),
            Some("person:bush_hw")
        );
        assert_eq!(
            kb_of(&dated(text, "2006-05-02"), "George Bush").as_deref(),
            Some("person:bush_gw")
        );
        // A lone surname is the person named in full before it.
        let ents = dated(
            "Hafez al-Assad ruled Syria for three decades. Assad died in 2000.",
            "2015-03-01",
        );
        assert_eq!(kb_of(&ents, "Assad").as_deref(), Some("person:hafez_assad"));
        // Unless the knowledge base's pick is named in full too.
        let ents = dated(
            "Bashar al-Assad succeeded Hafez al-Assad in 2000. Assad spoke on Sunday.",
            "2015-03-01",
        );
        assert_eq!(kb_of(&ents, "Assad").as_deref(), Some("person:assad"));
    }

    #[test]
    fn after_an_honorific_a_name_is_a_person_s() {
        let ents = entities("Dr Fox accused the minister of telling lies. Lord Hamilton agreed.");
        assert!(
            names_of(&ents, "person").contains(&"Fox".to_string()),
            "{ents:?}"
        );
        assert!(
            !ents.iter().any(|e| e.kb.as_deref() == Some("org:fox_news")),
            "{ents:?}"
        );
        assert!(
            names_of(&ents, "person").contains(&"Lord Hamilton".to_string()),
            "{ents:?}"
        );
    }

    #[test]
    fn a_known_name_inside_the_text_s_first_token_does_not_break() {
        // A person's name matched inside the first token ("Petro" in
        // "Petro-Canada") once made the capitalised-run scan step back
        // before the first token.
        for text in [
            "Petro-Canada, the state-owned oil company, said it raised prices.",
            "Harris-Teeter Properties Inc said it sold two stores.",
        ] {
            let ents = entities(text);
            assert!(!ents.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_known_full_name_going_on_into_another_surname_is_someone_else() {
        for text in [
            "The lawmaker, Mahmoud Abbas-Zadeh Karimi, said it was late.",
            "The lawmaker, Mahmoud Abbas Zadeh Karimi, said it was late.",
        ] {
            let ents = dated(text, "2019-06-03");
            assert!(ents.iter().all(|e| e.kb.is_none()), "{text}: {ents:?}");
        }
        // Two known names joined by a hyphen stay known, and so does a
        // known name before a hyphen and a surname ending the name, or in
        // a headline.
        for text in [
            "The Donald Trump-Kim Jong Un summit ended.",
            "The Donald Trump-Sharif meeting ended.",
            "Donald Trump Far Ahead in Iowa Polls",
        ] {
            let ents = dated(text, "2019-06-03");
            assert_eq!(
                kb_of(&ents, "Donald Trump").as_deref(),
                Some("person:trump"),
                "{text}: {ents:?}"
            );
        }
    }

    #[test]
    fn teams_joined_places_and_fields_are_no_people() {
        let ents = entities(
            "Fans cheered Team Kelso before AC Verona arrived. Officials praised Tehran-New \
             Delhi ties on Monday. Work on the Farhad Q natural gas field resumed.",
        );
        for name in ["Team Kelso", "AC Verona"] {
            let e = ents.iter().find(|e| e.name == name);
            assert!(
                e.is_some_and(|e| e.kind == "organization"),
                "{name}: {ents:?}"
            );
        }
        assert!(ents.iter().all(|e| e.kind != "person"), "{ents:?}");
        let e = ents.iter().find(|e| e.name == "Farhad Q");
        assert!(e.is_some_and(|e| e.kind == "place"), "{ents:?}");
        // (One word before the resource is a field's only as a proper noun.)
        let ents = entities("Ecopetrol oil fields were shut on Monday.");
        assert!(ents.iter().all(|e| e.kind != "place"), "{ents:?}");
        // A hyphenated name opening with a country's name is a person's.
        let ents = entities("The actor Chad-Michael Murray said he was happy.");
        assert!(
            ents.iter().any(|e| e.name == "Chad-Michael Murray"),
            "{ents:?}"
        );
        // A hyphenated given name that is also a town's name is a name.
        let ents = entities("The minister, Ali-Akbar Karimi, spoke on Monday.");
        assert!(
            ents.iter()
                .any(|e| e.kind == "person" && e.name == "Ali-Akbar Karimi"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_name_before_a_landmark_is_a_place_and_ventures_are_firms() {
        let ents = entities("Tourists visited the historic Farhad Mirza complex on Monday.");
        let e = ents.iter().find(|e| e.name == "Farhad Mirza");
        assert!(e.is_some_and(|e| e.kind == "place"), "{ents:?}");
        // Not a phrase opening with a gerund.
        let ents = entities("Restoring Farhad Mirza complex took years.");
        assert!(ents.iter().all(|e| e.kind != "place"), "{ents:?}");
        let ents =
            entities("Investors included Blue Lantern Ventures and the Coral Aid Consortium.");
        for name in ["Blue Lantern Ventures", "Coral Aid Consortium"] {
            let e = ents.iter().find(|e| e.name == name);
            assert!(
                e.is_some_and(|e| e.kind == "organization"),
                "{name}: {ents:?}"
            );
        }
    }

    #[test]
    fn places_after_a_place_noun_s_of_and_no_people_of_adverbs_or_participles() {
        let ents = entities("Cargo sails to the northern port of Bandar Qalat every week.");
        let e = ents.iter().find(|e| e.name == "Bandar Qalat");
        assert!(e.is_some_and(|e| e.kind == "place"), "{ents:?}");
        let ents = entities("Hikers climbed Zard Mountain and swam at Pelican Beach.");
        for name in ["Zard Mountain", "Pelican Beach"] {
            let e = ents.iter().find(|e| e.name == name);
            assert!(e.is_some_and(|e| e.kind == "place"), "{name}: {ents:?}");
        }
        // Not a person whose surname is a place's head word, whether or
        // not the first name is known.
        for (text, name) in [
            (
                "The economist Richard Hill said growth would slow.",
                "Richard Hill",
            ),
            (
                "Tamsin Forest testified that the call was improper.",
                "Tamsin Forest",
            ),
            (
                "Former adviser Keturah Beach said the call was improper.",
                "Keturah Beach",
            ),
        ] {
            let ents = entities(text);
            let e = ents.iter().find(|e| e.name == name);
            assert!(e.is_some_and(|e| e.kind == "person"), "{text}: {ents:?}");
        }
        // A participle compound before a person's name is no part of it.
        let ents = entities("Harvard-trained Jane Okafor said the drug was safe.");
        let e = ents.iter().find(|e| e.kind == "person");
        assert!(e.is_some_and(|e| e.name == "Jane Okafor"), "{ents:?}");
        // A product or a ship after one is nobody.
        let ents =
            entities("Forces fired Chinese-made Silkworm missiles at British-flagged Stena Vale.");
        assert!(ents.iter().all(|e| e.kind != "person"), "{ents:?}");
        let ents = entities("Sara Kimani, head of Lakeside Tour Operators, said bookings fell.");
        let e = ents.iter().find(|e| e.name == "Lakeside Tour Operators");
        assert!(e.is_some_and(|e| e.kind == "organization"), "{ents:?}");
        for text in [
            "Thank you. Mr. Chairman Finally I wish to thank the hosts.",
            "The crowd sang \"God Save the Queen\" at the end.",
            "Fighters of a UK-backed Bantu-Nilotic alliance entered the town.",
        ] {
            let ents = entities(text);
            assert!(ents.iter().all(|e| e.kind != "person"), "{text}: {ents:?}");
        }
    }

    #[test]
    fn portfolio_words_before_a_title_after_a_name_are_the_title_s() {
        for (text, name) in [
            (
                "\"We need access,\" said Joan Baker Regional Humanitarian Coordinator for the area.",
                "Joan Baker",
            ),
            (
                "The list: Sports Minister: Omid Karimi Transport and Urban Development Minister: Ali Nouri Now the vote.",
                "Omid Karimi",
            ),
        ] {
            let ents = entities(text);
            let people: Vec<&str> = ents
                .iter()
                .filter(|e| e.kind == "person")
                .map(|e| e.name.as_str())
                .collect();
            assert!(people.contains(&name), "{text}: {ents:?}");
            assert!(
                people.iter().all(|p| p.len() <= name.len() + 6),
                "{text}: {ents:?}"
            );
        }
    }

    #[test]
    fn firms_by_legal_form_and_chambers_of_commerce_and_no_people_in_capitals() {
        let ents = entities(
            "Lindqvist said AB Norrvik signed a deal with Kaya Tekstil Sanayii AS on Monday.",
        );
        for name in ["AB Norrvik", "Kaya Tekstil Sanayii AS"] {
            let e = ents.iter().find(|e| e.name == name);
            assert!(
                e.is_some_and(|e| e.kind == "organization"),
                "{name}: {ents:?}"
            );
        }
        let ents =
            entities("Exports rose, said Tom Reed, head of the Kenyan Chambers of Commerce.");
        let e = ents
            .iter()
            .find(|e| e.name.ends_with("Chambers of Commerce"));
        assert!(e.is_some_and(|e| e.kind == "organization"), "{ents:?}");
        let ents = entities("Read more. FOLLOW NEWSDESK Dont miss out on the latest news.");
        assert!(ents.iter().all(|e| e.kind != "person"), "{ents:?}");
        // A surname in capitals is a name's.
        let ents = entities("French President Jean MARCEAU said the deal was fair.");
        let e = ents.iter().find(|e| e.name == "Jean MARCEAU");
        assert!(e.is_some_and(|e| e.kind == "person"), "{ents:?}");
        // A title in capitals before a name is a title.
        let ents = entities("The Green MEP Anna Lindqvist said the vote was unfair.");
        let e = ents.iter().find(|e| e.name == "Anna Lindqvist");
        assert!(e.is_some_and(|e| e.kind == "person"), "{ents:?}");
    }

    #[test]
    fn only_a_body_s_head_word_after_the_stands_for_it() {
        let ents = dated(
            "The World Bank lent money. The world watched. The Islamic State attacked. \
             The state must act. The Supreme National Security Council met. The national \
             security adviser spoke. The Foreign Ministry said no. The foreign ministry added.",
            "2019-05-01",
        );
        let mentions = |name: &str| mention_texts(&ents, name);
        assert_eq!(mentions("World Bank"), ["World Bank"], "{ents:?}");
        assert_eq!(mentions("Islamic State"), ["Islamic State"], "{ents:?}");
        assert_eq!(
            mentions("Supreme National Security Council"),
            ["Supreme National Security Council"],
            "{ents:?}"
        );
        assert_eq!(
            mentions("Foreign Ministry"),
            ["Foreign Ministry", "The foreign ministry"],
            "{ents:?}"
        );
        // Not a modifier the body's name lacks; the body's own words after
        // its word are the mention's.
        let ents = dated(
            "Deutsche Bank shares fell. The central bank raised rates. The Interior Ministry \
             said no. The foreign ministry said yes. The Air Force said no. The air force \
             said yes.",
            "2019-05-01",
        );
        let mentions = |name: &str| mention_texts(&ents, name);
        assert_eq!(mentions("Deutsche Bank"), ["Deutsche Bank"], "{ents:?}");
        assert_eq!(
            mentions("Interior Ministry"),
            ["Interior Ministry"],
            "{ents:?}"
        );
        assert_eq!(
            mentions("Air Force"),
            ["Air Force", "The air force"],
            "{ents:?}"
        );
    }

    #[test]
    fn an_outlet_named_for_a_province_is_the_province_in_a_list_of_places() {
        let ents = dated(
            "Floods hit the provinces of Kerman, Fars and Yazd. Schools in Fars closed, \
             Fars reported.",
            "2019-05-01",
        );
        let place = ents.iter().find(|e| e.kind == "place" && e.name == "Fars");
        assert!(place.is_some_and(|e| e.mentions.len() == 2), "{ents:?}");
        let outlet = ents.iter().find(|e| e.kind == "organization");
        assert!(outlet.is_some_and(|e| e.mentions.len() == 1), "{ents:?}");
        let ents = dated(
            "Police in Tehran, Fars news agency said, arrested two men.",
            "2019-05-01",
        );
        assert!(ents.iter().any(|e| e.kind == "organization"), "{ents:?}");
    }

    #[test]
    fn armed_services_are_military() {
        let ents = dated(
            "The US Navy, the Bolivian Air Force and the Kenyan Coast Guard took part.",
            "2019-05-01",
        );
        for name in ["US Navy", "Bolivian Air Force", "Kenyan Coast Guard"] {
            let e = ents.iter().find(|e| e.name == name);
            assert!(
                e.is_some_and(|e| e.actor.as_deref().is_some_and(|a| a.ends_with("MIL"))),
                "{name}: {ents:?}"
            );
        }
        // Only the name's last two words make a two-word head; another
        // country's marine corps is no US body.
        let ents = dated(
            "The Bolivian Police Officers Union called a strike. The South Korean Marine \
             Corps held drills.",
            "2019-05-01",
        );
        for (name, code) in [
            ("Bolivian Police Officers Union", "BOLLAB"),
            ("South Korean Marine Corps", "KORMIL"),
        ] {
            let e = ents.iter().find(|e| e.name == name);
            assert!(
                e.is_some_and(|e| e.actor.as_deref() == Some(code)),
                "{name}: {ents:?}"
            );
        }
    }

    #[test]
    fn a_body_s_portfolio_before_a_title_is_no_one_s_name() {
        let ents = dated(
            "UN Emergency Relief Coordinator Jan Okafor said aid was blocked.",
            "2019-06-03",
        );
        assert!(
            ents.iter().all(|e| e.name != "Emergency Relief"),
            "{ents:?}"
        );
        assert_eq!(actor_of(&ents, "Jan Okafor"), Some("IGOUNO"), "{ents:?}");
        // A two-word body before an apposition's title.
        let ents = dated(
            "Mark Lowcock, the United Nations coordinator, said aid was blocked.",
            "2019-06-03",
        );
        assert_eq!(actor_of(&ents, "Mark Lowcock"), Some("IGOUNO"), "{ents:?}");
    }

    #[test]
    fn a_rank_after_a_body_s_title_takes_the_body_s_country() {
        // The spokesman's body gives the general's country, not the
        // capital named later in the sentence.
        let ents = dated(
            "Russian Defence Ministry spokesman Major General Pavel Orlov said on Monday \
             that Washington had moved troops.",
            "2019-06-03",
        );
        assert_eq!(actor_of(&ents, "Pavel Orlov"), Some("RUSMIL"), "{ents:?}");
        // A general manager is no general.
        let ents = dated(
            "The cargo was sold, Jane Okafor, USDA general sales manager, said.",
            "2019-06-03",
        );
        assert_eq!(actor_of(&ents, "Jane Okafor"), Some("USAGOV"), "{ents:?}");
    }

    #[test]
    fn a_title_word_closing_a_name_is_its_surname() {
        for (text, name) in [
            ("Larry King said the show was over.", "Larry King"),
            ("Omar Sheikh was arrested on Monday.", "Omar Sheikh"),
            (
                "The spokesman, Major General Farid Sultan, told reporters.",
                "Farid Sultan",
            ),
        ] {
            let ents = entities(text);
            assert!(
                ents.iter()
                    .any(|e| e.kind == "person" && e.mentions.iter().any(|m| m.text == name)),
                "{text}: {ents:?}"
            );
        }
        // Not at a sentence's end.
        let ents = entities("The prize went to Jane Okafor Minister.");
        assert!(
            ents.iter().all(|e| e.name != "Jane Okafor Minister"),
            "{ents:?}"
        );
        // A title before a capital or "of" is the title.
        let ents = entities(
            "Abdullah King of Jordan arrived. Their Deputy Permanent Representative spoke.",
        );
        assert!(ents.iter().all(|e| e.name != "Abdullah King"), "{ents:?}");
        assert!(
            ents.iter()
                .all(|e| e.kind != "person" || !e.name.contains("Permanent")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_first_name_before_another_s_known_surname_makes_a_third_person() {
        // "Abbas" and "Salehi" are each a known person's surname; together,
        // with "Abbas" a first name, they name someone else.
        let ents = entities("Yesterday Abbas Salehi was named minister of culture.");
        let e = ents.iter().find(|e| e.name == "Abbas Salehi");
        assert!(e.is_some_and(|e| e.kb.is_none()), "{ents:?}");
        // A hyphenated surname after a known surname form, and a long name
        // with a first name before the known one.
        let ents = entities("Abbas Jafari-Dolatabadi, the prosecutor, spoke on Monday.");
        let e = ents.iter().find(|e| e.name == "Abbas Jafari-Dolatabadi");
        assert!(e.is_some_and(|e| e.kb.is_none()), "{ents:?}");
        let ents = entities("The team was led by Sher Mohammad Abbas Stanikzai on Monday.");
        assert!(ents.iter().all(|e| e.kb.is_none()), "{ents:?}");
        // The known person keeps the name after a title with a hyphen,
        // after a town, and beside another known person named in full.
        let ents = dated("President-elect Abbas spoke on Monday.", "2005-01-12");
        assert_eq!(
            kb_of(&ents, "Abbas").as_deref(),
            Some("person:abbas"),
            "{ents:?}"
        );
        let ents = dated(
            "The letter from Major-General Soleimani came.",
            "2019-06-03",
        );
        assert_eq!(
            kb_of(&ents, "Soleimani").as_deref(),
            Some("person:soleimani"),
            "{ents:?}"
        );
        let ents = dated("In Orlando Trump opened his campaign.", "2019-06-03");
        assert_eq!(
            kb_of(&ents, "Trump").as_deref(),
            Some("person:trump"),
            "{ents:?}"
        );
        let ents = dated(
            "Mahmoud Abbas and Benjamin Netanyahu met. The Abbas Netanyahu talks ended.",
            "2019-06-03",
        );
        assert!(ents.iter().all(|e| e.name != "Abbas Netanyahu"), "{ents:?}");
    }

    #[test]
    fn given_names_before_a_known_surname_spelt_another_way_join_it() {
        let ents = dated(
            "Parliament Speaker Mohammad Bagher Qalibaf said on Monday the vote would wait.",
            "2021-03-01",
        );
        let persons: Vec<&str> = ents
            .iter()
            .filter(|e| e.kind == "person")
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(persons, ["Mohammad Bagher Ghalibaf"], "{ents:?}");
        let p = ents.iter().find(|e| e.kind == "person").expect("person");
        assert_eq!(&*p.mentions[0].text, "Mohammad Bagher Qalibaf");
    }

    #[test]
    fn ranks_written_without_their_full_stop_are_titles() {
        let ents = entities(
            "The army said Lt Col Jo Brand and Maj Gen Ali Rana were hurt. It thanked \
             Capt Reza Nouri and Sgt Mike Dunn. Lt Gov Kathy Hale spoke.",
        );
        for (name, title) in [
            ("Jo Brand", "colonel"),
            ("Ali Rana", "general"),
            ("Reza Nouri", "captain"),
            ("Mike Dunn", "sergeant"),
            ("Kathy Hale", "governor"),
        ] {
            let e = ents.iter().find(|e| e.name == name).expect(name);
            assert_eq!(e.roles.first().map(|r| r.title.as_str()), Some(title));
        }
        // (Single words that are also words or acronyms are not: "COL"
        // Financial, "Maj" a given name.)
        let ents = entities("COL Financial said shares fell. Maj Sjowall wrote the book.");
        assert!(
            !ents.iter().any(|e| e
                .roles
                .iter()
                .any(|r| r.title == "colonel" || r.title == "major")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_rank_does_not_hide_the_title_set_off_before_it() {
        let ents = entities(
            "Iran said the ships had fired first. A U.S. Navy spokesman, Lt. Jo Brand, said \
             the Iranian boats came close.",
        );
        assert_eq!(actor_of(&ents, "Jo Brand"), Some("USAMIL"), "{ents:?}");
        let titles: Vec<&str> = ents
            .iter()
            .find(|e| e.name == "Jo Brand")
            .map(|e| e.roles.iter().map(|r| r.title.as_str()).collect())
            .unwrap_or_default();
        assert_eq!(titles, ["lieutenant", "spokesperson"]);
    }

    #[test]
    fn the_pentagon_is_american_whatever_country_the_story_names() {
        let ents = entities("The Pentagon said the drills would go on. France objected.");
        assert_eq!(kb_of(&ents, "Pentagon").as_deref(), Some("org:pentagon"));
        assert_eq!(actor_of(&ents, "Pentagon"), Some("USAMIL"), "{ents:?}");
    }

    #[test]
    fn a_title_s_word_that_is_a_first_name_before_a_name_is_the_given_name() {
        let ents = entities(
            "Deputy minister Amir Nazemi said the network was ready. The Amir of Kuwait \
             Sheikh Nawaf praised it.",
        );
        assert!(ents.iter().any(|e| e.name == "Amir Nazemi"), "{ents:?}");
        let nawaf = ents.iter().find(|e| e.name == "Nawaf").expect("Nawaf");
        assert_eq!(nawaf.roles.first().map(|r| r.title.as_str()), Some("emir"));
    }

    #[test]
    fn deputy_before_another_title_is_that_office_s_rank() {
        let ents = entities(
            "Jo Ray, Iran's deputy foreign minister, said talks would resume. Al Pine, a \
             deputy, said they would not.",
        );
        assert_eq!(actor_of(&ents, "Jo Ray"), Some("IRNGOV"), "{ents:?}");
        let pine = ents.iter().find(|e| e.name == "Al Pine").expect("Al Pine");
        assert_eq!(
            pine.roles.first().map(|r| r.title.as_str()),
            Some("lawmaker")
        );
    }

    #[test]
    fn a_body_s_or_an_event_s_word_after_a_title_is_nobody() {
        let ents = entities(
            "The General Staff agreed on Monday. The General Election is near. Iran's \
             General Staff said so.",
        );
        assert!(!ents.iter().any(|e| e.kind == "person"), "{ents:?}");
    }

    #[test]
    fn the_president_of_a_national_body_is_coded_as_the_body() {
        let ents = entities(
            "Jo Ota, president of the Japan Chamber of Commerce, said exports would fall.",
        );
        assert_eq!(actor_of(&ents, "Jo Ota"), Some("JPNBUS"), "{ents:?}");
        // An envoy of a country to a body is the country's.
        let ents = entities("Iran's envoy to the IAEA, Jo Ota, said inspections would go on.");
        assert_eq!(actor_of(&ents, "Jo Ota"), Some("IRNGOV"), "{ents:?}");
    }

    #[test]
    fn a_capital_s_name_after_a_titled_first_name_is_a_surname() {
        let ents = entities("Finance Minister Roger Douglas said on Monday the budget would wait.");
        assert!(
            ents.iter()
                .any(|e| e.name == "Roger Douglas" && e.kind == "person"),
            "{ents:?}"
        );
        assert!(!ents.iter().any(|e| e.kind == "place"), "{ents:?}");
    }

    #[test]
    fn a_province_after_an_office_s_of_is_a_place_before_the_holder() {
        let ents = entities(
            "Talks were held with Governor General of Kerman Province Ali Reza Karimi on \
             Sunday.",
        );
        let p = ents.iter().find(|e| e.kind == "person").expect("person");
        assert_eq!(p.name, "Ali Reza Karimi", "{ents:?}");
        assert_eq!(p.roles.first().map(|r| r.title.as_str()), Some("governor"));
        assert_eq!(p.actor.as_deref(), Some("IRNGOV"), "{ents:?}");
        assert!(ents
            .iter()
            .any(|e| e.kind == "place" && e.kb.as_deref() == Some("region:IRN:Kerman")));
    }

    #[test]
    fn a_ruler_s_title_before_a_patronymic_or_after_a_possessive_stays() {
        let ents = entities("Oman's Sultan Haitam bin Tariq met him. Sultan Omar bin Zaid spoke.");
        for name in ["Haitam bin Tariq", "Omar bin Zaid"] {
            let e = ents.iter().find(|e| e.name == name).expect(name);
            assert_eq!(
                e.roles.first().map(|r| r.title.as_str()),
                Some("sultan"),
                "{ents:?}"
            );
        }
    }

    #[test]
    fn a_title_of_its_own_opening_with_deputy_stays_whole() {
        let ents = entities(
            "Jo Ray, Iran's deputy prime minister, said talks would resume. Al Pine, a \
             deputy general secretary of the party, disagreed.",
        );
        let ray = ents.iter().find(|e| e.name == "Jo Ray").expect("Jo Ray");
        assert_eq!(
            ray.roles.first().map(|r| r.title.as_str()),
            Some("deputy prime minister")
        );
        let pine = ents.iter().find(|e| e.name == "Al Pine").expect("Al Pine");
        assert_eq!(
            pine.roles.first().map(|r| r.title.as_str()),
            Some("secretary-general")
        );
    }

    #[test]
    fn an_acronym_two_countries_bodies_share_is_the_one_of_the_story_s_country() {
        let ents = entities(
            "The BNP posted leaflets in Cardiff and Swansea, in Wales. The BNP denied it.",
        );
        assert_eq!(
            kb_of(&ents, "BNP").as_deref(),
            Some("org:bnp_uk"),
            "{ents:?}"
        );
        let ents = entities("The BNP called a strike in Dhaka. The BNP denied it.");
        assert_eq!(kb_of(&ents, "BNP").as_deref(), Some("org:bnp"), "{ents:?}");
    }

    #[test]
    fn a_body_s_name_that_is_a_first_name_opens_a_person_s_name() {
        let ents = entities(
            "Foreign Minister Amal Rudani of Kuwait spoke on Monday. The Amal movement \
             and Amal Hezbollah rallies went on; Amal said it would vote.",
        );
        assert_eq!(actor_of(&ents, "Amal Rudani"), Some("KWTGOV"), "{ents:?}");
        let amal = ents
            .iter()
            .find(|e| e.kind == "organization" && e.name == "Amal Movement");
        assert_eq!(amal.map(|e| e.mentions.len()), Some(3), "{ents:?}");
    }

    #[test]
    fn a_first_name_that_is_also_a_town_s_name_makes_another_person() {
        // "Hassan" and "Ali" are towns in the gazetteer as well as first
        // names: before a known person's surname they are someone else's
        // first name, not a reason to read the surname alone.
        let ents = entities("The vaccine is ready, Hassan Jalili told reporters on Monday.");
        let e = ents.iter().find(|e| e.name == "Hassan Jalili");
        assert!(e.is_some_and(|e| e.kb.is_none()), "{ents:?}");
        let ents = entities("The plan will work, Ali Karbasian said.");
        let e = ents.iter().find(|e| e.name == "Ali Karbasian");
        assert!(e.is_some_and(|e| e.kb.is_none()), "{ents:?}");
    }

    #[test]
    fn a_known_surname_inside_another_name_is_that_name() {
        let ents = entities(
            "LONDON - The novelist Gore Vidal was at the launch. Her husband was away, \
             said Cherie Blair on Monday.",
        );
        assert_eq!(kb_of(&ents, "Gore Vidal"), None, "{ents:?}");
        assert_eq!(kb_of(&ents, "Cherie Blair"), None, "{ents:?}");
        // Spelling variants of the person's own names, ranks and the
        // administration named after them keep the link.
        let ents = entities(
            "Officials said Yassir Arafat and Gen Musharraf spoke to the Reagan \
             Administration on Monday.",
        );
        // (The given name spelt another way joins the mention.)
        assert_eq!(
            kb_of(&ents, "Yassir Arafat").as_deref(),
            Some("person:arafat"),
            "{ents:?}"
        );
        assert_eq!(
            kb_of(&ents, "Musharraf").as_deref(),
            Some("person:musharraf"),
            "{ents:?}"
        );
        assert_eq!(
            kb_of(&ents, "Reagan").as_deref(),
            Some("person:reagan"),
            "{ents:?}"
        );
    }

    #[test]
    fn an_ampersand_joins_a_firm_s_name() {
        let ents = entities("Accountancy firm Dunmore & Keel urged the minister to act.");
        assert!(
            names_of(&ents, "organization").contains(&"Dunmore & Keel".to_string()),
            "{ents:?}"
        );
        assert!(
            !names_of(&ents, "person").iter().any(|n| n == "Keel"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_facility_named_for_a_person_is_not_the_person() {
        let ents = entities(
            "Flights resumed at Imam Khomeini International Airport. Trucks crossed the \
             King Fahd Causeway on Monday.",
        );
        assert!(
            !ents.iter().any(|e| e.kind == "person" && e.kb.is_some()),
            "{ents:?}"
        );
    }

    #[test]
    fn undated_text_gives_a_many_office_holder_the_office_it_names() {
        // Mogherini was Italy's foreign minister, then the EU's foreign
        // policy chief: with no date, only the text's title decides.
        let ents = entities("EU foreign policy chief Federica Mogherini said the deal would hold.");
        assert_eq!(
            actor_of(&ents, "Federica Mogherini"),
            Some("IGO"),
            "{ents:?}"
        );
        let ents = entities("Federica Mogherini said the deal would hold.");
        assert_eq!(actor_of(&ents, "Federica Mogherini"), None, "{ents:?}");
    }

    #[test]
    fn a_titled_name_of_a_country_holds_its_office() {
        let ents = entities(
            "President Amadou Diallo of Senegal met French and German ministers in Paris.",
        );
        assert_eq!(actor_of(&ents, "Amadou Diallo"), Some("SENGOV"), "{ents:?}");
        // A legislator "of" somewhere names a constituency or state.
        let ents = entities("Republican Rep. Dale Burrow of Georgia criticised the bill.");
        let rep = ents.iter().find(|e| e.name == "Dale Burrow").expect("rep");
        assert!(
            rep.roles.iter().all(|r| r.of.as_deref() != Some("Georgia")),
            "{rep:?}"
        );
    }

    #[test]
    fn provinces_named_together_are_places() {
        let ents = entities("Rain fell on Monday across the Kestrel and Morrow Provinces.");
        assert!(
            ents.iter()
                .any(|e| e.name == "Morrow Provinces" && e.kind == "place"),
            "{ents:?}"
        );
        assert!(ents.iter().all(|e| e.kind != "person"), "{ents:?}");
    }

    #[test]
    fn a_person_described_by_age_is_a_civilian() {
        let ents = entities(
            "LIMA - Prices rose again in Peru. \"We cannot keep up,\" said Rosa Quispe, a \
             38-year-old hairdresser.",
        );
        assert_eq!(actor_of(&ents, "Rosa Quispe"), Some("PERCVL"), "{ents:?}");
    }

    #[test]
    fn a_known_ngo_s_national_branch_is_one_organisation() {
        let ents = entities("Amnesty International Kenya said the arrests were unlawful.");
        assert!(
            names_of(&ents, "organization").contains(&"Amnesty International Kenya".to_string()),
            "{ents:?}"
        );
    }

    #[test]
    fn staff_of_the_group_take_the_group_s_code() {
        let ents = entities(
            "LAGOS - Nigeria's election result was challenged on Monday. The Lagos Ballot \
             Watch, a small watchdog group, filed a complaint. \"We saw ballots burned,\" said \
             Tunde Adeyemi, a coordinator with the group in Ibadan.",
        );
        assert_eq!(actor_of(&ents, "Tunde Adeyemi"), Some("NGANGO"), "{ents:?}");
    }

    #[test]
    fn former_office_holders_are_elites() {
        let ents = entities(
            "ACCRA - Ghana's former foreign minister Kofi Asante said the vote was fair. \
             Former Ghanaian Defence Minister Ama Owusu agreed.",
        );
        assert_eq!(actor_of(&ents, "Kofi Asante"), Some("GHAELI"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Ama Owusu"), Some("GHAELI"), "{ents:?}");
        let role = ents
            .iter()
            .find(|e| e.name == "Kofi Asante")
            .and_then(|e| e.roles.first());
        assert!(role.is_some_and(|r| r.former), "{ents:?}");
        // A serving minister keeps the office.
        let ents = entities("Ghanaian Defence Minister Ama Owusu agreed.");
        assert_eq!(actor_of(&ents, "Ama Owusu"), Some("GHAGOV"), "{ents:?}");
    }

    #[test]
    fn owner_country_across_modifiers_and_two_word_names() {
        let ents = entities(
            "Sweden's new Ambassador to Chile Lars Berg met officials on Tuesday. South \
             African Trade Minister Thandi Mokoena spoke with her Swedish counterpart.",
        );
        assert_eq!(actor_of(&ents, "Lars Berg"), Some("SWEGOV"), "{ents:?}");
        assert_eq!(
            actor_of(&ents, "Thandi Mokoena"),
            Some("ZAFGOV"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_body_named_again_without_its_country_is_the_same_body() {
        let ents = entities(
            "The Norwegian Fisheries Ministry said quotas would fall. The Fisheries Ministry \
             also asked Iceland to cut its catch.",
        );
        let orgs: Vec<&dateline_record::Entity> =
            ents.iter().filter(|e| e.kind == "organization").collect();
        assert_eq!(orgs.len(), 1, "{ents:?}");
        assert_eq!(orgs[0].mentions.len(), 2, "{ents:?}");
        assert_eq!(orgs[0].actor.as_deref(), Some("NORGOV"), "{ents:?}");
        // Not a party of another name.
        let ents = entities("The Liberal Democratic Party won. The Democratic Party lost.");
        assert_eq!(ents.iter().filter(|e| e.kind == "organization").count(), 2);
    }

    #[test]
    fn an_office_of_a_named_body_is_coded_as_the_body() {
        let ents = entities(
            "EU Fisheries Commissioner Anna Lind said quotas would fall. Fed Chairman Tom \
             Berg said rates would stay. Nigeria's Central Bank Governor Musa Bello agreed.",
        );
        assert_eq!(actor_of(&ents, "Anna Lind"), Some("IGO"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Tom Berg"), Some("USAGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Musa Bello"), Some("NGAGOV"), "{ents:?}");
        // A party's member in an office of state is not the party.
        let ents = entities("LONDON - Labour mayor Jo Pike said the buses would run.");
        assert_ne!(actor_of(&ents, "Jo Pike"), Some("GBRPTY"), "{ents:?}");
        let ents = entities("Former Labour prime minister Sam Hale died on Monday.");
        assert_eq!(actor_of(&ents, "Sam Hale"), Some("GBRELI"), "{ents:?}");
    }

    #[test]
    fn a_known_person_takes_no_country_their_terms_never_had() {
        let ents = entities(
            "LONDON - Britain's budget plans were criticised. Jose Manuel Barroso said the \
             British proposal was a step back.",
        );
        assert_ne!(
            actor_of(&ents, "José Manuel Barroso"),
            Some("GBRGOV"),
            "{ents:?}"
        );
    }

    #[test]
    fn capitals_as_parties_after_a_passive_or_before_a_past_tense() {
        let ents = entities("Seoul respected the ruling. The plan was backed by Algiers.");
        assert_eq!(actor_of(&ents, "Seoul"), Some("KORGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Algiers"), Some("DZAGOV"), "{ents:?}");
        // A place after "by" stays a place.
        let ents = entities("The town was surrounded by Algiers suburbs.");
        assert_ne!(actor_of(&ents, "Algiers"), Some("DZAGOV"), "{ents:?}");
    }

    #[test]
    fn a_city_that_is_a_body_s_alias_after_in() {
        let ents =
            entities("Police in Brussels arrested two men. Brussels said the plan would fail.");
        assert!(
            ents.iter()
                .any(|e| e.name == "Brussels" && e.kind == "place"),
            "{ents:?}"
        );
        assert!(
            ents.iter().any(|e| e.name == "European Commission"),
            "{ents:?}"
        );
    }

    #[test]
    fn an_unqualified_office_in_a_wire_story_is_the_dateline_country_s() {
        let ents = entities(
            "OSLO (Reuters) - Norway recalled its ambassador to Chile on Monday and told \
             Chile's envoy to leave, the Foreign Ministry said. Chile's government called the \
             move regrettable. Chile said it would respond. Chile's president met advisers.",
        );
        assert_eq!(
            actor_of(&ents, "Foreign Ministry"),
            Some("NORGOV"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_capital_joined_to_partners_is_its_government() {
        let ents = entities("Washington along with two partners urged the junta to step down.");
        assert_eq!(actor_of(&ents, "Washington"), Some("USAGOV"), "{ents:?}");
        let ents = entities("Lima together with Quito rejected the plan.");
        assert_eq!(actor_of(&ents, "Lima"), Some("PERGOV"), "{ents:?}");
        // An object capital stays the city.
        let ents = entities("Refugees fled Lima together with their children.");
        let lima = ents.iter().find(|e| e.name == "Lima");
        assert!(
            lima.is_some_and(|e| e.kind == "place" && e.place.is_some()),
            "{ents:?}"
        );
    }

    #[test]
    fn a_capital_before_a_to_infinitive_is_a_party() {
        let ents =
            entities("Mexico expected Washington to do more. The ship sailed from Lima to port.");
        assert_eq!(actor_of(&ents, "Washington"), Some("USAGOV"), "{ents:?}");
        assert_ne!(actor_of(&ents, "Lima"), Some("PERGOV"), "{ents:?}");
    }

    #[test]
    fn a_party_the_text_calls_the_opposition() {
        let ents = entities(
            "MEXICO CITY - Lawmakers from the opposition Institutional Revolutionary Party \
             said the conditions were unacceptable.",
        );
        assert_eq!(
            actor_of(&ents, "Institutional Revolutionary Party"),
            Some("MEXOPP"),
            "{ents:?}"
        );
    }

    #[test]
    fn another_country_s_democrats_are_not_the_us_party() {
        let ents = entities("The Social Democrats lost the vote. Senate Democrats objected.");
        let us = ents.iter().find(|e| e.name == "Democratic Party");
        assert!(us.is_some_and(|e| e.mentions.len() == 1), "{ents:?}");
    }

    fn type_of(ents: &[dateline_record::Entity], name: &str) -> Option<String> {
        ents.iter()
            .find(|e| e.name == name || e.mentions.iter().any(|m| m.text == name))
            .map(|e| e.kind.to_string())
    }

    /// Asserts that none of `names` is an entity's name or mention in `text`.
    fn assert_nobody(text: &str, names: &[&str]) {
        let ents = entities(text);
        for name in names {
            assert_eq!(type_of(&ents, name), None, "{name}: {ents:?}");
        }
    }

    #[test]
    fn plans_indices_and_feasts_are_nobody() {
        assert_nobody(
            "Officials in Lakeview said the Fourth National Development Plan (FNDP) would lift the \
             Consumer Price Index. The FNDP was praised at the Lakeview Trade Exhibition, which \
             closed before Eid al-Fitr. Delegates met the Under-Secretary for Political Affairs.",
            &[
                "Fourth National Development Plan",
                "FNDP",
                "Consumer Price Index",
                "Lakeview Trade Exhibition",
                "Eid al-Fitr",
                "Political Affairs",
            ],
        );
    }

    #[test]
    fn agreements_units_and_capitalised_words_are_nobody() {
        assert_nobody(
            "Lakeview officials said the JCPOA and the Additional Protocol still bound them, \
             and the Belt and Road Initiative (BRI) would fund a port. BRI loans rose.\n\n\
             PHOTO: Dock workers in Lakeview on APRIL 3.",
            &[
                "JCPOA",
                "Additional Protocol",
                "Belt and Road Initiative",
                "BRI",
                "PHOTO",
                "APRIL",
            ],
        );
    }

    #[test]
    fn departments_municipalities_and_bourses_are_coded() {
        let ents = entities(
            "Kenya's Department of Fisheries said the Nairobi Municipality would close a market, \
             and shares fell on the Nairobi Bourse.",
        );
        assert_eq!(
            actor_of(&ents, "Department of Fisheries"),
            Some("KENGOV"),
            "{ents:?}"
        );
        assert_eq!(
            actor_of(&ents, "Nairobi Municipality"),
            Some("KENGOV"),
            "{ents:?}"
        );
        assert_eq!(
            actor_of(&ents, "Nairobi Bourse"),
            Some("KENBUS"),
            "{ents:?}"
        );
    }

    #[test]
    fn seas_rivers_and_peninsulas_after_the_are_places() {
        let ents = entities(
            "Talks on the Korean Peninsula stalled as tankers crossed the Aegean Sea and \
             farmers drew water from the Helmand River.",
        );
        for name in ["Korean Peninsula", "Aegean Sea", "Helmand River"] {
            assert_eq!(
                type_of(&ents, name).as_deref(),
                Some("place"),
                "{name}: {ents:?}"
            );
        }
        // An organisation's head still makes an organisation.
        let ents = entities("The Helmand River Authority said the dam was full.");
        assert_eq!(
            type_of(&ents, "Helmand River Authority").as_deref(),
            Some("organization"),
            "{ents:?}"
        );
    }

    #[test]
    fn documents_named_for_their_subject_are_nobody() {
        assert_nobody(
            "Lakeview and Westport signed the Treaty of Amity, and both joined the Framework \
             Convention on Climate Change. On Sunday the Lakeview Accord took effect.",
            &[
                "Treaty of Amity",
                "Framework Convention on Climate Change",
                "the Lakeview Accord",
            ],
        );
    }

    #[test]
    fn a_place_before_a_title_stays_the_place() {
        let ents =
            entities("Talks included Westport Mayor Tom Ray and Abu Dhabi Crown Prince Omar.");
        assert_eq!(
            type_of(&ents, "Abu Dhabi").as_deref(),
            Some("place"),
            "{ents:?}"
        );
        // A town's name inside a person's name is still the person's.
        let ents = entities("Officials met Ali Rahimi on Monday.");
        assert_eq!(
            type_of(&ents, "Ali Rahimi").as_deref(),
            Some("person"),
            "{ents:?}"
        );
    }

    /// The name of the entity the pronoun at `at` resolves to.
    fn pronoun_at(ents: &[dateline_record::Entity], at: usize) -> Option<&str> {
        ents.iter()
            .find(|e| {
                e.mentions
                    .iter()
                    .any(|m| m.kind == "pronoun" && m.start == at)
            })
            .map(|e| e.name.as_str())
    }

    #[test]
    fn pronouns_pass_over_people_of_the_other_gender() {
        let text = "Angela Brandt met Thomas Weller in Lakeview on Monday. She said the talks \
                    went well. Mrs. Okafor later joined Governor Sam Ray. He said little.";
        let ents = entities(text);
        assert_eq!(
            pronoun_at(&ents, text.find("She").unwrap()),
            Some("Angela Brandt"),
            "{ents:?}"
        );
        let ents_he = ents;
        // A title marked for women beats a man's first name ("Sam").
        let text2 = "The spokeswoman, Sam Ray, met Tomas Oduya in Lakeview. She said the talks \
                     went well.";
        let ents = entities(text2);
        assert_eq!(
            pronoun_at(&ents, text2.find("She").unwrap()),
            Some("Sam Ray"),
            "{ents:?}"
        );
        // With nothing to tell, the last person named.
        let text3 = "Kim Lee met Robin Ash in Lakeview. She said the talks went well.";
        let ents = entities(text3);
        assert_eq!(
            pronoun_at(&ents, text3.find("She").unwrap()),
            Some("Robin Ash"),
            "{ents:?}"
        );
        // "Sam" tells nothing and nothing binds a gender to him: the last
        // person not known to be a woman.
        assert_eq!(
            pronoun_at(&ents_he, text.find("He said").unwrap()),
            Some("Sam Ray")
        );
    }

    #[test]
    fn scope_adjectives_open_no_person_s_name() {
        let ents = entities(
            "Director of National Intelligence Tom Ray said the World Economic Outlook and the \
             Global Lakeview Survey were due.",
        );
        assert_eq!(
            type_of(&ents, "Tom Ray").as_deref(),
            Some("person"),
            "{ents:?}"
        );
        for name in [
            "World Economic Outlook",
            "Global Lakeview Survey",
            "National Intelligence Tom Ray",
        ] {
            assert_ne!(
                type_of(&ents, name).as_deref(),
                Some("person"),
                "{name}: {ents:?}"
            );
        }
    }

    #[test]
    fn an_editor_s_sign_off_is_nobody() {
        for text in [
            "The port of Lakeview handled more cargo, officials said. MQ/MG",
            "The port of Lakeview handled more cargo, officials said. AFM/YAW\n\nEND",
            "The port of Lakeview handled more cargo, officials said. EF/",
            "The port of Lakeview handled more cargo, officials said. KLM",
            "The port of Lakeview handled more cargo, officials said. EF/MA PHOTO: A crane.",
        ] {
            let ents = entities(text);
            assert!(
                ents.iter().all(|e| e.kind != "organization"),
                "{text}: {ents:?}"
            );
        }
        // Initials in the running text stay an organisation's.
        let ents = entities("Officials of the KLP/TRA alliance met in Lakeview on Monday.");
        assert!(ents.iter().any(|e| e.kind == "organization"), "{ents:?}");
        let ents =
            entities("The deal was approved by the KLM board.\n\nThe KLM said it would grow.");
        assert_eq!(
            type_of(&ents, "KLM").as_deref(),
            Some("organization"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_capitalised_place_opening_a_glued_dateline_is_the_place() {
        for text in [
            "Exports rose in March TEHRAN – Iran's exports of steel rose, the ministry said.",
            "Exports rose in March. TEHRAN- Mehdi Karimi, the head of the agency, spoke.",
            "Exports rose in March. TEHRAN _ Britain was a supporter of the plan.",
        ] {
            let ents = entities(text);
            assert!(
                ents.iter().any(|e| e.name == "Tehran"
                    && e.kind == "place"
                    && e.mentions.iter().any(|m| m.text == "TEHRAN")),
                "{text}: {ents:?}"
            );
        }
    }

    #[test]
    fn compass_lake_and_ezafe_names_are_places() {
        let ents = entities(
            "Engineers returned to South Varan, where gas output rose, and later toured Lake \
             Tamsin and Dasht-e Varun with Tom Ray. Output at the Kavir field rose too.",
        );
        for name in ["South Varan", "Lake Tamsin", "Dasht-e Varun", "Kavir"] {
            assert_eq!(
                type_of(&ents, name).as_deref(),
                Some("place"),
                "{name}: {ents:?}"
            );
        }
        assert_eq!(
            type_of(&ents, "Tom Ray").as_deref(),
            Some("person"),
            "{ents:?}"
        );
    }

    #[test]
    fn firms_with_legal_forms_and_lists_of_firms_are_organisations() {
        let ents = entities(
            "Traders bought shares of Halvorsen AG. Traders at Kestrel Brothers and Dunmore Partners said \
             Banque Lemaire would follow. Tom Ray met the Lower House speaker.",
        );
        for name in [
            "Halvorsen AG",
            "Kestrel Brothers and Dunmore Partners",
            "Banque Lemaire",
            "Lower House",
        ] {
            assert_eq!(
                type_of(&ents, name).as_deref(),
                Some("organization"),
                "{name}: {ents:?}"
            );
        }
    }

    #[test]
    fn a_portfolio_after_for_is_stripped_from_the_person() {
        let ents = entities(
            "Lakeview's Deputy Minister for Legal Affairs Farid Osmani said on Monday that talks \
             would resume.",
        );
        assert_eq!(
            type_of(&ents, "Farid Osmani").as_deref(),
            Some("person"),
            "{ents:?}"
        );
        assert_eq!(
            type_of(&ents, "Legal Affairs Farid Osmani"),
            None,
            "{ents:?}"
        );
    }

    #[test]
    fn un_agencies_and_missions_are_known() {
        let ents = dated(
            "The UN Office on Drugs and Crime and the United Nations Assistance Mission in \
             Afghanistan said on Monday that aid would resume.",
            "2021-05-03",
        );
        assert_eq!(
            kb_of(&ents, "UN Office on Drugs and Crime").as_deref(),
            Some("org:unodc")
        );
        assert_eq!(
            actor_of(&ents, "UN Assistance Mission in Afghanistan"),
            Some("IGOUNO"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_lone_surname_spelt_as_in_the_full_mention_is_that_person() {
        let ents = dated(
            "Tehran - Foreign Ministry spokesman Bahram Qassemi said on Monday that talks would \
             resume. Qassemi added that the date was not set.",
            "2018-03-05",
        );
        let q = entity(&ents, "Bahram Qasemi");
        assert!(q.mentions.iter().any(|m| m.text == "Qassemi"), "{ents:?}");
    }

    #[test]
    fn platforms_and_member_states_are_nobody() {
        let ents = entities(
            "The ministry's official Twitter account said all Member States had been told. \
             Officials posted the letter on Telegram.",
        );
        assert!(ents.iter().all(|e| e.kind != "person"), "{ents:?}");
    }

    #[test]
    fn professor_before_a_name_is_a_title() {
        let ents = entities("Professor Mira Holloway said on Monday that talks would resume.");
        let mira = entity(&ents, "Mira Holloway");
        assert!(
            mira.roles.iter().any(|r| r.title == "professor"),
            "{ents:?}"
        );
    }

    #[test]
    fn share_classes_rates_and_chamber_committees() {
        let ents = entities(
            "Holders of Class B shares were paid at the London Interbank Offered Rate, the \
             House Banking committee said.",
        );
        assert_eq!(type_of(&ents, "Class B"), None, "{ents:?}");
        assert_eq!(
            type_of(&ents, "London Interbank Offered Rate"),
            None,
            "{ents:?}"
        );
        assert_eq!(
            type_of(&ents, "House Banking").as_deref(),
            Some("organization"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_un_under_secretary_general_is_the_un_s() {
        let ents = dated(
            "UN Under-Secretary-General Mira Holloway said on Monday that aid would resume.",
            "2022-03-01",
        );
        assert_eq!(actor_of(&ents, "Mira Holloway"), Some("IGOUNO"), "{ents:?}");
    }

    #[test]
    fn trade_and_consumer_associations_have_their_sectors() {
        assert_eq!(
            super::association_sector("Lakeview Association of Tourism Industry"),
            Some("BUS")
        );
        assert_eq!(
            super::association_sector("Federation of Kestrel Exporters"),
            Some("BUS")
        );
        assert_eq!(
            super::association_sector("Federation of Lakeview Consumer Organisations"),
            Some("NGO")
        );
        assert_eq!(super::association_sector("Ministry of Industry"), None);
        assert_eq!(
            super::association_sector("National Union of Journalists"),
            None
        );
    }

    #[test]
    fn complements_of_titles_before_names() {
        // A list of portfolios set off by commas, with a lone capitalised
        // word in it that is nobody.
        let ents = entities(
            "Kenya's Deputy Minister of Cooperatives, Labour, and Social Welfare, Jo Ray, \
             said the plan would go ahead.",
        );
        let e = entity(&ents, "Jo Ray");
        assert_eq!(e.actor.as_deref(), Some("KENGOV"), "{ents:?}");
        assert_eq!(
            e.roles[0].of.as_deref(),
            Some("Cooperatives, Labour, and Social Welfare")
        );
        let ents = entities("The Minister of Labour, Jo Ray, said the plan would go ahead.");
        assert_eq!(roles_of(&ents, "Jo Ray"), vec!["minister"], "{ents:?}");
        // A possessive country before a deputy's title.
        let ents = entities(
            "Ghana's envoy met Kenya's Deputy Minister of the Environment and Urban \
             Development, Jo Ray, in Accra.",
        );
        assert_eq!(actor_of(&ents, "Jo Ray"), Some("KENGOV"), "{ents:?}");
        // A complement ending in a preposition has the name for its object.
        let ents =
            entities("He read the letter of the Leader of the Revolution to Jo Ray on Monday.");
        assert!(roles_of(&ents, "Jo Ray").is_empty(), "{ents:?}");
        // An office right before the name, after the complement's comma.
        let ents = entities("Chairman of the House panel, Rep. Jo Ray, said the bill was ready.");
        assert_eq!(
            roles_of(&ents, "Jo Ray"),
            vec!["representative"],
            "{ents:?}"
        );
        // An honorific there leaves the complement.
        let ents = entities("The head of the Cocoa Board, Dr. Jo Ray, arrived.");
        assert!(
            roles_of(&ents, "Jo Ray").contains(&"head".to_string()),
            "{ents:?}"
        );
        // A lone surname between commas is a person, and a finite verb ends
        // the complement.
        for s in [
            "Kenya's Minister of Interior, Matianyi, said Jo Ray was arrested.",
            "Kenya's Minister of Health, Kagwe, and Jo Ray attended the talks.",
            "The President of Kenya sacked Jo Ray on Monday.",
        ] {
            let ents = entities(s);
            assert!(roles_of(&ents, "Jo Ray").is_empty(), "{s}: {ents:?}");
        }
    }

    #[test]
    fn an_apposition_names_a_body_opening_with_a_demonym() {
        let ents = entities(
            "Jo Ray, the Palestinian Islamic Jihad (PIJ) chief, said the talks had failed.",
        );
        assert_eq!(actor_of(&ents, "Jo Ray"), Some("PSEINS"), "{ents:?}");
        let ents =
            entities("\"It is bad,\" said Jo Ray, chief U.K. Economist at Harbourline Securities.");
        assert_eq!(roles_of(&ents, "Jo Ray"), vec!["analyst"], "{ents:?}");
    }

    #[test]
    fn a_capital_s_possessive_of_a_town_thing_is_the_town() {
        let ents = entities("Farmers brought Nairobi's traffic to a standstill on Monday.");
        assert_eq!(actor_of(&ents, "Nairobi"), None, "{ents:?}");
        let ents = entities("Crowds filled Nairobi's Uhuru Park on Monday.");
        assert_eq!(actor_of(&ents, "Nairobi"), None, "{ents:?}");
        // Its government's things stay the government's.
        let ents = entities("Nairobi's decision angered its European partners.");
        assert_eq!(actor_of(&ents, "Nairobi"), Some("KENGOV"), "{ents:?}");
        let ents = entities("Washington's European allies objected on Monday.");
        assert_eq!(actor_of(&ents, "Washington"), Some("USAGOV"), "{ents:?}");
        // The capital, not a small town of its name.
        let e = ents
            .iter()
            .find(|e| e.name == "Washington")
            .expect("Washington");
        assert_eq!(e.kb.as_deref(), Some("city:4140963"), "{ents:?}");
    }

    #[test]
    fn a_body_named_with_an_igo_is_the_igo_s() {
        // With a country in the article, the body is still no state's.
        let ents = entities(
            "Iran rejected the report. The UN Office for Flood Risk Studies said the Iranian \
             ministry had not answered. Later the Office for Flood Risk Studies said it would wait.",
        );
        let body = entity(&ents, "UN Office for Flood Risk Studies");
        assert_eq!(body.actor.as_deref(), Some("IGOUNO"), "{ents:?}");
        assert_eq!(body.mentions.len(), 2, "{ents:?}");
        let ents = entities("Officers of the EU Border Support Mission met the mayor.");
        assert_eq!(actor_of(&ents, "EU Border Support Mission"), Some("IGO"));
        // Not a body of no IGO's ("the EU Chamber of Commerce").
        let ents = entities("The EU Chamber of Commerce in China said firms were worried.");
        assert!(ents.iter().any(|e| e.name == "European Union"), "{ents:?}");
        // Not across a possessive.
        let ents = entities("The UN's Flood Risk Office said it would wait.");
        assert!(ents.iter().any(|e| e.name == "United Nations"), "{ents:?}");
    }

    #[test]
    fn a_known_body_s_secretariat_is_named_with_it() {
        let ents = entities("The OPEC Secretariat did not explain the cut, delegates said.");
        let opec = entity(&ents, "OPEC");
        assert!(
            opec.mentions.iter().any(|m| m.text == "OPEC Secretariat"),
            "{ents:?}"
        );
    }

    #[test]
    fn honorifics_open_names_but_not_bodies() {
        let ents = entities(
            "Martyr Tomas Varga was buried on Monday, the Hajj and Pilgrimage Organization said.",
        );
        assert_eq!(
            type_of(&ents, "Tomas Varga").as_deref(),
            Some("person"),
            "{ents:?}"
        );
        assert_eq!(
            type_of(&ents, "Hajj and Pilgrimage Organization").as_deref(),
            Some("organization"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_sentence_opening_name_with_an_affiliation_is_a_person() {
        // Not the text's first sentence, where other evidence applies.
        let ents = entities(
            "The vote was close. Laura Benton of the BBC said it was late. \
             Peter Okafor from Oxfam called it fair. Ruth Adler of CRPG said so.",
        );
        for name in ["Laura Benton", "Peter Okafor", "Ruth Adler"] {
            assert_eq!(
                type_of(&ents, name).as_deref(),
                Some("person"),
                "{name}: {ents:?}"
            );
        }
        // The unknown acronym after "of" is no part of the name.
        assert_eq!(
            type_of(&ents, "CRPG").as_deref(),
            Some("organization"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_forest_or_hills_with_no_first_name_is_a_place() {
        let ents = entities(
            "The fires spread. Verdant Forest burned for days, and tourists fled to Quarry Hills. \
             Ann Forest said so.",
        );
        for name in ["Verdant Forest", "Quarry Hills"] {
            assert_eq!(
                type_of(&ents, name).as_deref(),
                Some("place"),
                "{name}: {ents:?}"
            );
        }
        assert_eq!(
            type_of(&ents, "Ann Forest").as_deref(),
            Some("person"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_body_before_a_field_or_vice_and_a_title_gives_the_code() {
        let ents = entities(
            "The talks ended. UN human rights chief Lena Varga said so, and Fed Vice Chairman \
             Tom Reyes agreed.",
        );
        assert_eq!(
            entity(&ents, "Lena Varga").actor.as_deref(),
            Some("IGOUNO"),
            "{ents:?}"
        );
        assert_eq!(
            entity(&ents, "Tom Reyes").actor.as_deref(),
            Some("USAGOV"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_possessive_that_lost_its_apostrophe_names_the_known_one() {
        let ents = dated(
            "The talks ended. Bashar al-Assads forces held the town, and Syrias war went on. \
             Chiles said so. Syria mourned.",
            "2015-05-05",
        );
        let assad = entity(&ents, "Bashar al-Assad");
        assert_eq!(assad.actor.as_deref(), Some("SYRGOV"), "{ents:?}");
        assert_eq!(
            mention_texts(&ents, "Syria"),
            ["Syrias", "Syria"],
            "{ents:?}"
        );
        // A lone word before a cue is a surname, no country.
        assert!(ents.iter().all(|e| e.name != "Chile"), "{ents:?}");
    }

    #[test]
    fn an_envoy_s_complement_is_the_host_unless_it_is_of_the_sender() {
        let ents = dated(
            "The talks ended. Lena Varga, the ambassador of Austria to Peru, said so. \
             Tom Reyes, the presidential envoy for Chile and Peru, agreed with Lena Varga, \
             Consul General of Austria in Lima.",
            "2019-05-05",
        );
        assert_eq!(
            entity(&ents, "Lena Varga").actor.as_deref(),
            Some("AUTGOV"),
            "{ents:?}"
        );
        // "for Chile and Peru" names the hosts, which give the envoy no
        // country.
        assert!(
            !entity(&ents, "Tom Reyes")
                .actor
                .as_deref()
                .is_some_and(|a| a.starts_with("CHL")),
            "{ents:?}"
        );
    }

    #[test]
    fn review_cases_of_the_possessive_field_and_surname_rules() {
        // The stem's person is the one in office on the article's date.
        let ents = dated(
            "The talks ended. Assads forces held the town, Bashar al-Assad said.",
            "2016-05-05",
        );
        assert_eq!(
            mention_texts(&ents, "Bashar al-Assad"),
            ["Assads", "Bashar al-Assad"]
        );
        // A lone stem the article does not name otherwise is a store.
        let ents = entities("The talks ended. Kohls shares fell 5 percent on Monday.");
        assert!(ents.iter().all(|e| e.kind != "person"), "{ents:?}");
        // A judge on a case about a body does not work for it.
        let ents = entities("The talks ended. Google antitrust judge Amit Mehta ruled on Monday.");
        assert_eq!(entity(&ents, "Amit Mehta").actor, None, "{ents:?}");
        // An age after the name makes a Hills a person.
        let ents = entities("The talks ended. Police arrested Jaylen Hills, 19, on Monday.");
        assert_eq!(
            type_of(&ents, "Jaylen Hills").as_deref(),
            Some("person"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_name_keeps_single_spaces_between_its_words() {
        let ents = entities("The talks ended. Senator Jim  Alder told the panel.");
        let jim = ents.iter().find(|e| e.kind == "person");
        assert!(jim.is_some_and(|e| e.name == "Jim Alder"), "{ents:?}");
        // The mention is the text as it stands.
        assert!(
            jim.is_some_and(|e| e.mentions.iter().any(|m| m.text == "Jim  Alder")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_lone_body_after_of_sentence_adverbs_and_plural_titles() {
        let ents = entities(
            "The loss was large, said Nadia Okonkwo of Quellcorp. Sens. Jo Ray and Tim Hale \
             agreed. Apparently Western states did too.",
        );
        assert_eq!(
            type_of(&ents, "Nadia Okonkwo").as_deref(),
            Some("person"),
            "{ents:?}"
        );
        assert_eq!(
            type_of(&ents, "Quellcorp").as_deref(),
            Some("organization"),
            "{ents:?}"
        );
        // "Sens." is the senators' title, not the French town.
        assert_eq!(
            entity(&ents, "Jo Ray").roles[0].title,
            "senator",
            "{ents:?}"
        );
        assert!(ents.iter().all(|e| e.kind != "place"), "{ents:?}");
        assert!(
            ents.iter().all(|e| !e.name.starts_with("Apparently")),
            "{ents:?}"
        );
    }

    #[test]
    fn a_counterpart_holds_the_possessors_office_in_the_country_named() {
        let ents = entities(
            "Brazilian Trade Minister Rui Lemos met his Swiss counterpart Otto Brenner on \
             Monday. The Kenyan foreign minister was welcomed by her Ugandan counterpart, \
             Amos Okello, on Tuesday. Marta Ruiz later met her counterpart Ivo Sanz.",
        );
        assert_eq!(actor_of(&ents, "Otto Brenner"), Some("CHEGOV"), "{ents:?}");
        let role = ents
            .iter()
            .find(|e| e.name == "Otto Brenner")
            .and_then(|e| e.roles.first());
        assert!(role.is_some_and(|r| r.title == "minister"), "{ents:?}");
        // A title alone before "his" or "her" is the possessor's office.
        assert_eq!(actor_of(&ents, "Amos Okello"), Some("UGAGOV"), "{ents:?}");
        // No country named: no office's country is known.
        assert_eq!(actor_of(&ents, "Ivo Sanz"), None, "{ents:?}");
        // "his" or "her" is the sentence's first person's, a title the
        // subject's only.
        let ents = entities(
            "Trade Minister Lena Voss said after talks with President Karl Dorn that she \
             would meet her Swiss counterpart Otto Brenner. After talks with the UN \
             secretary-general, he said he had met his Swiss counterpart Ivo Sanz.",
        );
        let role = ents
            .iter()
            .find(|e| e.name == "Otto Brenner")
            .and_then(|e| e.roles.first());
        assert!(role.is_some_and(|r| r.title == "minister"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Ivo Sanz"), None, "{ents:?}");
        // A known office holder's office on the day.
        let ents = dated(
            "Hossein Amir Abdollahian spoke with his Omani counterpart Salim Harthy.",
            "2022-05-01",
        );
        assert_eq!(actor_of(&ents, "Salim Harthy"), Some("OMNGOV"), "{ents:?}");
    }

    #[test]
    fn a_towns_name_that_is_a_named_persons_surname_is_the_person() {
        let ents = entities(
            "Greta Hamm scored twice on Saturday. Hamm said the team had played well. The \
             squad flew to Hamm on Sunday.",
        );
        let greta = ents.iter().find(|e| e.name == "Greta Hamm");
        assert!(
            greta.is_some_and(|e| e.mentions.iter().any(|m| m.text == "Hamm")),
            "{ents:?}"
        );
        // After a place's preposition it is still the town.
        assert!(
            ents.iter().any(|e| e.kind == "place" && e.name == "Hamm"),
            "{ents:?}"
        );
        // So it is in a list of places, before a town's office, or when
        // nothing says the person acts.
        for text in [
            "Greta Hamm scored twice. Bochum, Hamm and Dortmund sent fans.",
            "Greta Hamm scored twice. Hamm's mayor praised the club.",
            "Greta Hamm scored twice. Hamm, a city of 180,000, has two clubs.",
        ] {
            let ents = entities(text);
            assert!(
                ents.iter().any(|e| e.kind == "place" && e.name == "Hamm"),
                "{text}: {ents:?}"
            );
        }
    }

    #[test]
    fn a_states_domain_before_a_title_gives_the_state_and_its_sector() {
        // (At a paragraph's start too; and a no-break space is no panic.)
        let ents = entities(
            "The\u{a0}army chief Jo Kamau said it.\nKenya's army chief Otto Vamos said the border was calm. \
             Spain's foreign office \
             spokeswoman Ana Ruiz said no. South Korea's top security official Kim Dae-ro \
             agreed. Kenya's football chief Tom Oduya resigned. Former Kenyan police official \
             Jo Kamau was jailed.",
        );
        assert_eq!(actor_of(&ents, "Otto Vamos"), Some("KENMIL"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Ana Ruiz"), Some("ESPGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Kim Dae-ro"), Some("KORGOV"), "{ents:?}");
        // Not a domain of the state's, nor a former office.
        assert_eq!(actor_of(&ents, "Tom Oduya"), None, "{ents:?}");
        assert_ne!(actor_of(&ents, "Jo Kamau"), Some("KENCOP"), "{ents:?}");
        // A role with its body named is the more exact.
        let ents = entities(
            "Kenya's finance chief Jo Kamau, head of the privately owned Rift Petroleum, \
             resigned.",
        );
        assert_eq!(actor_of(&ents, "Jo Kamau"), Some("KENBUS"), "{ents:?}");
    }

    #[test]
    fn a_portfolios_secretary_and_a_national_security_adviser_are_government() {
        let ents = entities(
            "British Industry Secretary Paula Hewson said exports rose. Israel's national \
             security adviser Eyal Hulta agreed. The Kenyan Party Secretary Jo Mwangi left.",
        );
        assert_eq!(actor_of(&ents, "Paula Hewson"), Some("GBRGOV"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Eyal Hulta"), Some("ISRGOV"), "{ents:?}");
        assert_ne!(actor_of(&ents, "Jo Mwangi"), Some("KENGOV"), "{ents:?}");
        // With no country named, not the story's.
        let ents =
            entities("Iran said talks stalled. Homeland Security Secretary Ann Reed said no.");
        assert_eq!(actor_of(&ents, "Ann Reed"), None, "{ents:?}");
        for (span, yes) in [
            ("Health Secretary", true),
            ("Work and Pensions Secretary", true),
            ("Secretary", false),
            ("Party Secretary", false),
            ("General Secretary", false),
            ("Executive Secretary", false),
        ] {
            assert_eq!(super::portfolio_secretary(span), yes, "{span}");
        }
    }

    #[test]
    fn words_in_capitals_for_emphasis_are_nobody_and_a_capital_in_capitals_is_a_place() {
        let ents = entities(
            "If they get such arms they WILL use them, and YOUR support is needed. Farmers \
             were KILLED there. Updated Aug 2016 ACCRA Ghanaian police said the road was shut. \
             The KRDA said the WHO would help.",
        );
        for w in ["WILL", "YOUR", "KILLED"] {
            assert!(
                !ents.iter().any(|e| e.mentions.iter().any(|m| m.text == w)),
                "{w}: {ents:?}"
            );
        }
        assert!(
            ents.iter()
                .any(|e| e.kind == "place" && e.mentions.iter().any(|m| m.text == "ACCRA")),
            "{ents:?}"
        );
        // Initials stay a body's.
        assert!(
            ents.iter()
                .any(|e| e.kind == "organization" && e.name == "KRDA"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_bodys_last_word_gives_outlets_hospitals_foundations_and_churches_a_sector() {
        let ents = entities(
            "The Kestrel Foundation said it would help. Jahan News reported the deal. \
             Rivermoor Hospital said two died. The Ruritanian Times reported it.",
        );
        assert_eq!(
            actor_of(&ents, "Kestrel Foundation"),
            Some("NGO"),
            "{ents:?}"
        );
        assert_eq!(actor_of(&ents, "Jahan News"), Some("MED"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Ruritanian Times"), Some("MED"), "{ents:?}");
        for (name, sector) in [
            ("Rivermoor Hospital", Some("HLH")),
            ("Saint Mark Church", Some("REL")),
            ("Rivermoor Partners", None),
            ("State Administration of Radio", None),
            ("High-definition TV", None),
        ] {
            assert_eq!(super::head_sector(name), sector, "{name}");
        }
    }

    #[test]
    fn a_states_office_named_by_its_field_is_the_governments() {
        for (name, sector) in [
            ("National Audit Office", Some("GOV")),
            ("Federal Statistics Office", Some("GOV")),
            ("Civil Aviation Organization", Some("GOV")),
            ("Secret Service", Some("SPY")),
            ("International Civil Aviation Organization", None),
            ("World Meteorological Organization", None),
            ("Box Office", None),
        ] {
            assert_eq!(super::state_office_sector(name), sector, "{name}");
        }
        let ents = entities("Kenya's inflation rose. The National Audit Office said costs rose.");
        assert_eq!(
            actor_of(&ents, "National Audit Office"),
            Some("KENGOV"),
            "{ents:?}"
        );
    }

    #[test]
    fn a_body_owning_the_office_in_a_complement_gives_its_code() {
        let ents = entities(
            "Jo Kamau, head of the FBI's New York office, said the case was closed. Ali Vamos, \
             director of the WHO's department of nutrition, spoke.",
        );
        assert_eq!(actor_of(&ents, "Jo Kamau"), Some("USACOP"), "{ents:?}");
        assert_eq!(actor_of(&ents, "Ali Vamos"), Some("IGOUNO"), "{ents:?}");
        // A country's possessive leaves the body named after it.
        let ents = entities(
            "Kenya's Supreme National Security Council secretary Ali Kamau said the talks had ended.",
        );
        assert_ne!(actor_of(&ents, "Ali Kamau"), Some("KEN"), "{ents:?}");
    }
}
