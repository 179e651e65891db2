//! From an input article to a dateline [`Record`].
//!
//! The pipeline runs one way: [`input::parse`] turns a raw input into an
//! [`Article`]; [`Extractor::extract`] repairs and segments its body
//! (`dateline_text`), finds entities, attributions and events, and builds the
//! output [`Record`]. Nothing here does I/O or fails on bad text: problems
//! become warnings on the record.
//!
//! ```
//! use dateline_extract::{input, Extractor};
//! use dateline_record::Origin;
//! let raw = input::RawInput {
//!     origin: Origin { file: "example.txt".into(), line: None },
//!     data: "date 2020-05-01\nBASRA (Reuters) - Protesters\nmarched on Friday, police said.".into(),
//!     kind: input::PayloadKind::Text,
//!     lossy: false,
//! };
//! let article = input::parse(raw).expect("has a body");
//! let record = Extractor::new().extract(&article);
//! assert_eq!(record.published.as_deref(), Some("2020-05-01"));
//! assert_eq!(record.text, "Protesters marched on Friday, police said.");
//! ```
#![deny(missing_docs)]

pub mod attrib;
pub mod bodies;
pub mod context;
pub mod entities;
pub mod events;
pub mod input;
pub mod published;

pub use input::Article;

use dateline_record::{Record, SourceMap, Span, SCHEMA_VERSION};
use dateline_text::Document;
use std::time::{Duration, Instant};

/// The time one article may take by default. A news article takes about a
/// millisecond and a 400 KB one under a second; the budget is there so that
/// a pathological input (or a bug) costs one record's analysis, never a
/// whole batch.
pub const DEFAULT_BUDGET: Duration = Duration::from_secs(30);

/// How the warning of an article cut short by its time budget begins.
pub const BUDGET_WARNING: &str = "time budget";

/// Builds records from articles. Cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    budget: Option<Duration>,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor over the compiled-in knowledge base and lexicons, with
    /// the [`DEFAULT_BUDGET`] per article.
    #[must_use]
    pub fn new() -> Extractor {
        Extractor {
            budget: Some(DEFAULT_BUDGET),
        }
    }

    /// Sets the time one article may take (None: no limit). When it runs
    /// out, the stage at work stops, the later ones are skipped, and the
    /// record carries a warning starting with [`BUDGET_WARNING`]: its text,
    /// sentences and whatever was found so far are kept.
    #[must_use]
    pub fn with_budget(mut self, budget: Option<Duration>) -> Extractor {
        self.budget = budget;
        self
    }

    /// Runs the whole pipeline on one article.
    #[must_use]
    pub fn extract(&self, a: &Article) -> Record {
        self.run(a, None)
    }

    /// [`Extractor::extract`], also measuring the time each stage took.
    #[must_use]
    pub fn extract_profiled(&self, a: &Article) -> (Record, StageTimes) {
        let mut times = StageTimes::default();
        let rec = self.run(a, Some(&mut times));
        (rec, times)
    }

    fn run(&self, a: &Article, mut times: Option<&mut StageTimes>) -> Record {
        let started = Instant::now();
        let profiling = times.is_some();
        let deadline = self.budget.and_then(|b| started.checked_add(b));
        // Each stage's time is the thread's CPU time since the last mark,
        // so that time spent waiting for a core counts to no stage, less the
        // tagging done meanwhile (tags are computed on demand by whichever
        // stage reads them first).
        let mut mark = started;
        let mut mark_cpu = if profiling { thread_cpu_time() } else { None };
        let mut tagged = Duration::ZERO;
        let mut lap = |ctx: Option<&context::Ctx<'_>>,
                       slot: fn(&mut StageTimes) -> &mut Duration| {
            if let Some(t) = times.as_deref_mut() {
                let now = Instant::now();
                let now_cpu = thread_cpu_time();
                let wall = now.duration_since(mark);
                let spent = match (now_cpu, mark_cpu) {
                    (Some(b), Some(a)) => b.saturating_sub(a),
                    _ => wall,
                };
                let tag_total = ctx.map_or(Duration::ZERO, context::Ctx::tagging_time);
                let tag_wall = tag_total.saturating_sub(tagged);
                // Tagging runs in spells of microseconds, too many to read
                // the CPU clock (a system call) around each: their wall time
                // is scaled by the share of the lap's wall time the thread
                // ran, exact when it ran throughout.
                let tag_here = if wall.is_zero() {
                    Duration::ZERO
                } else {
                    tag_wall
                        .mul_f64((spent.as_secs_f64() / wall.as_secs_f64()).min(1.0))
                        .min(spent)
                };
                *slot(t) += spent.saturating_sub(tag_here);
                t.tagging += tag_here;
                tagged = tag_total;
                mark = now;
                mark_cpu = now_cpu;
            }
        };
        let doc = Document::new(&a.input, a.body_start);
        let mut warnings = a.warnings.clone();
        let kb = match dateline_kb::Kb::global() {
            Ok(kb) => Some(kb),
            Err(e) => {
                warnings.push(format!("knowledge base failed to load: {e}"));
                None
            }
        };
        let mut ctx = article_ctx(&doc, kb, a).with_deadline(deadline);
        if profiling {
            ctx = ctx.with_tag_timing();
        }
        lap(None, |t| &mut t.text);
        let mut ents = entities::find(&ctx);
        bodies::add(&ctx, &mut ents);
        ctx.mark_names(
            ents.ments
                .iter()
                .filter(|m| matches!(m.kind, "name" | "acronym"))
                .map(|m| (m.start, m.end)),
        );
        lap(Some(&ctx), |t| &mut t.entities);
        let dates = find_times(&doc, ctx.published);
        let attrs = attrib::find(&ctx, &ents, &doc.paragraphs, &dates);
        let attributions = attrib::to_records(&attrs, &doc.text, &doc.sentences);
        lap(Some(&ctx), |t| &mut t.attributions);
        let events = events::find(&ctx, &ents, &attrs, &dates);
        lap(Some(&ctx), |t| &mut t.events);
        // The entities' records, made once no stage reads `ents` any more
        // (moving their strings rather than copying them), count to the
        // entity stage.
        let as_of = ents.as_of;
        let entities = entities::to_records(ents, &doc.text);
        lap(Some(&ctx), |t| &mut t.entities);
        if let (Some(stage), Some(budget)) = (ctx.cut_short(), self.budget) {
            warnings.push(format!(
                "{BUDGET_WARNING} of {:.3} s ran out in the {stage} stage: entities, \
                 attributions and events cover only the part analysed before it",
                budget.as_secs_f64()
            ));
        }
        let st = doc.stats;
        if st.glued_split > 0 {
            warnings.push(format!(
                "split {} paragraphs glued at a period",
                st.glued_split
            ));
        }
        if st.entities > 0 {
            warnings.push(format!("decoded {} HTML entities", st.entities));
        }
        if a.published.is_none() {
            warnings.push("no publication date: relative dates are not resolved".to_string());
            if let Some((from, to)) = as_of {
                warnings.push(format!(
                    "people coded as of {from} to {to}, the days the office holders named \
                     with their titles held those offices together"
                ));
            }
        }
        Record {
            schema: SCHEMA_VERSION,
            id: a.id.clone(),
            origin: a.origin.clone(),
            outlet: a.outlet.clone(),
            section: a.section.clone(),
            title: a.title.clone(),
            url: a.url.clone(),
            authors: a.authors.clone(),
            published: a.published.clone(),
            dateline_place: a.dateline_place.clone(),
            language: None,
            paragraphs: doc
                .paragraphs
                .iter()
                .map(|&(start, end)| Span { start, end })
                .collect(),
            sentences: doc
                .sentences
                .iter()
                .map(|&(start, end)| Span { start, end })
                .collect(),
            source_map: SourceMap {
                input: a.input_name.clone(),
                edits: doc
                    .edits
                    .iter()
                    .map(|e| dateline_record::Edit {
                        text_start: e.text_start,
                        text_end: e.text_end,
                        input_start: e.input_start,
                        input_end: e.input_end,
                    })
                    .collect(),
            },
            entities,
            attributions,
            events,
            extra: a.extra.clone(),
            warnings,
            text: doc.text,
        }
    }
}

/// The analysis context of an article as [`Extractor::extract`] builds it:
/// with the home country of a national outlet and the one country its
/// headline names. Public for the profiling examples.
#[must_use]
pub fn article_ctx<'a>(
    doc: &'a Document,
    kb: Option<&'static dateline_kb::Kb>,
    a: &'a Article,
) -> context::Ctx<'a> {
    context::Ctx::for_article(doc, kb, a)
        .with_outlet_country(
            kb.zip(a.outlet.as_deref())
                .and_then(|(kb, o)| national_outlet_country(kb, o)),
        )
        .with_headline_country(
            kb.zip(a.title.as_deref())
                .and_then(|(kb, t)| headline_country(kb, t)),
        )
}

/// The CPU time the calling thread has used (`CLOCK_THREAD_CPUTIME_ID`).
#[cfg(any(target_os = "linux", target_os = "android", target_os = "macos"))]
fn thread_cpu_time() -> Option<Duration> {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Some(Duration::new(
        u64::try_from(t.tv_sec).ok()?,
        u32::try_from(t.tv_nsec).ok()?,
    ))
}

/// Where no thread CPU clock is read, stages are timed by the wall clock.
#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos")))]
fn thread_cpu_time() -> Option<Duration> {
    None
}

/// Time spent in each stage of [`Extractor::extract_profiled`]: the CPU
/// time of the thread that ran it (where the system has a thread CPU clock,
/// as Linux and macOS do; wall time elsewhere), so that time spent waiting
/// for a core on a busy machine counts to no stage. Tagging runs on demand
/// inside the other stages and is counted apart from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StageTimes {
    /// Repair, tokens, sentences and the analysis context.
    pub text: Duration,
    /// Part-of-speech tagging.
    pub tagging: Duration,
    /// Entities, roles, coreference and actor codes.
    pub entities: Duration,
    /// Time expressions, attributions.
    pub attributions: Duration,
    /// Events.
    pub events: Duration,
}

impl StageTimes {
    /// The sum of the stages.
    #[must_use]
    pub fn total(&self) -> Duration {
        self.text + self.tagging + self.entities + self.attributions + self.events
    }
}

impl std::ops::AddAssign for StageTimes {
    fn add_assign(&mut self, o: StageTimes) {
        self.text += o.text;
        self.tagging += o.tagging;
        self.entities += o.entities;
        self.attributions += o.attributions;
        self.events += o.events;
    }
}

/// The home country of a national outlet named `outlet` ("Tehran Times",
/// "BBC News"), by its name or alias; none for wires and international
/// broadcasters, whose stories happen anywhere.
fn national_outlet_country(kb: &dateline_kb::Kb, outlet: &str) -> Option<String> {
    let org = |surface: &str| {
        kb.lookup(surface).iter().find_map(|t| match t {
            dateline_kb::Target::Org(o) => kb.org(*o).filter(|o| o.kind == "media"),
            _ => None,
        })
    };
    // "BBC News" is the BBC's news service.
    let o = org(outlet).or_else(|| outlet.strip_suffix(" News").and_then(org))?;
    if o.international {
        None
    } else {
        o.country.clone()
    }
}

/// The one country a headline names, by name or demonym, in any case
/// ("JAPAN MARCH BOND COUPON SEEN UNCHANGED", "Brazil's Lula visits
/// ..."); none when it names none or several.
fn headline_country(kb: &dateline_kb::Kb, title: &str) -> Option<String> {
    // Words as written and, for words in capitals, as a name is written
    // ("JAPAN" -> "Japan"; "U.S." stays).
    let words: Vec<String> = title
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '"' | '(' | ')'))
        .map(|w| w.trim_end_matches(['\'', '’']).trim_end_matches("'s"))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 3 && w.chars().all(|c| !c.is_lowercase()) {
                let mut cs = w.chars();
                cs.next()
                    .map(|f| f.to_string() + &cs.as_str().to_lowercase())
                    .unwrap_or_default()
            } else {
                w.to_string()
            }
        })
        .collect();
    let country_of = |surface: &str| {
        kb.lookup(surface).iter().find_map(|t| match t {
            dateline_kb::Target::Country(c) | dateline_kb::Target::Demonym(c) => {
                kb.countries().get(c.index()).map(|c| c.iso3.clone())
            }
            _ => None,
        })
    };
    let mut found: Option<String> = None;
    let mut i = 0;
    while i < words.len() {
        // Two-word names first ("South Africa", "Saudi Arabia").
        let (c, used) = match words
            .get(i + 1)
            .and_then(|n| country_of(&format!("{} {n}", words[i])))
        {
            Some(c) => (Some(c), 2),
            None => (country_of(&words[i]), 1),
        };
        if let Some(c) = c {
            match &found {
                Some(f) if *f != c => return None,
                _ => found = Some(c),
            }
        }
        i += used;
    }
    found
}

/// Time expressions of the whole text, resolved against the publication
/// date, as `(start, end, value)` in text order.
#[must_use]
pub fn find_times(
    doc: &Document,
    published: Option<chrono::NaiveDate>,
) -> Vec<(usize, usize, dateline_record::DateValue)> {
    let Some(pubdate) = published else {
        return Vec::new();
    };
    // The resolver reads the tense from the words around each expression;
    // a whole-sentence guess would let "would" in a reported clause move
    // "said on Tuesday" into the future.
    let tense = |_pos: usize| dateline_time::Tense::Unknown;
    dateline_time::find_times(&doc.text, pubdate, &tense)
        .into_iter()
        .map(|t| {
            let v = dateline_record::DateValue {
                value: t.value.value.clone(),
                precision: t.value.precision.as_str().to_string(),
                from: t.value.from.format("%Y-%m-%d").to_string(),
                to: t.value.to.format("%Y-%m-%d").to_string(),
                span: Some(dateline_record::TextSpan {
                    start: t.start,
                    end: t.end,
                    text: doc.text[t.start..t.end].to_string(),
                }),
                inferred: false,
            };
            (t.start, t.end, v)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_record::Origin;

    fn article(text: &str) -> Article {
        input::parse(input::RawInput {
            origin: Origin {
                file: "t.txt".into(),
                line: None,
            },
            data: format!("date 2020-05-04\n{text}"),
            kind: input::PayloadKind::Text,
            lossy: false,
        })
        .expect("has a body")
    }

    #[test]
    fn the_one_country_of_a_headline() {
        let kb = dateline_kb::Kb::global().expect("kb loads");
        for (title, want) in [
            (
                "JAPAN MARCH BOND COUPON SEEN UNCHANGED AT FIVE PCT",
                Some("JPN"),
            ),
            ("SOUTH AFRICA RAISES GOLD OUTPUT", Some("ZAF")),
            ("Brazil's debt talks stall", Some("BRA")),
            ("U.S. AND JAPAN TRADE TALKS END", None),
            ("BOND COUPON UNCHANGED", None),
        ] {
            assert_eq!(headline_country(kb, title).as_deref(), want, "{title}");
        }
        // The body names no country: its ministry is the headline's.
        let mut a = article("The Finance Ministry said it would cut the coupon.");
        a.title = Some("JAPAN BOND COUPON CUT".into());
        let r = Extractor::new().extract(&a);
        let ministry = r
            .entities
            .iter()
            .find(|e| e.name == "Finance Ministry")
            .expect("found");
        assert_eq!(ministry.actor.as_deref(), Some("JPNGOV"));
    }

    #[test]
    fn a_spent_budget_keeps_the_text_and_says_so() {
        let a = article("The Iraqi army attacked the town on Monday, officials said.");
        let full = Extractor::new().extract(&a);
        assert!(!full.events.is_empty());
        assert!(!full.warnings.iter().any(|w| w.starts_with(BUDGET_WARNING)));
        let cut = Extractor::new()
            .with_budget(Some(Duration::ZERO))
            .extract(&a);
        assert_eq!(cut.text, full.text);
        assert_eq!(cut.sentences.len(), full.sentences.len());
        assert!(cut.entities.is_empty() && cut.attributions.is_empty() && cut.events.is_empty());
        assert!(cut
            .warnings
            .iter()
            .any(|w| w.starts_with(BUDGET_WARNING) && w.contains("entities stage")));
        let unlimited = Extractor::new().with_budget(None).extract(&a);
        assert_eq!(unlimited.events.len(), full.events.len());
    }

    #[test]
    fn profiling_times_the_stages_and_changes_nothing() {
        let a = article(
            "The Iraqi army attacked the town on Monday, officials said. \
             \"We will rebuild,\" the mayor told reporters.",
        );
        let plain = Extractor::new().extract(&a);
        let (profiled, times) = Extractor::new().extract_profiled(&a);
        assert_eq!(
            serde_json::to_string(&plain).ok(),
            serde_json::to_string(&profiled).ok()
        );
        // Every stage ran and took some time; tagging is counted apart.
        assert!(times.text > Duration::ZERO && times.entities > Duration::ZERO);
        assert!(times.attributions > Duration::ZERO && times.events > Duration::ZERO);
        assert!(times.tagging > Duration::ZERO);
        assert_eq!(
            times.total(),
            times.text + times.tagging + times.entities + times.attributions + times.events
        );
        let mut sum = StageTimes::default();
        sum += times;
        sum += times;
        assert_eq!(sum.total(), times.total() * 2);
    }
}
