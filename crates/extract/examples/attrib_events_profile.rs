//! The attributions and events stages alone, for instruction counts.
//!
//! `cargo run --release -p dateline_extract --example attrib_events_profile -- FILE.jsonl`
//! parses every article, repairs and segments it, tags every sentence and
//! finds its entities as [`dateline_extract::Extractor`] does, then runs
//! the two later stages over every article once (so that one-time loading
//! of lazy tables happens there), then again, each inside a function of its
//! own. Under valgrind, count only one of them:
//! `valgrind --tool=callgrind --toggle-collect='attrib_events_profile::measured_attributions' ...`
//! (time expressions, attributions and their records, as the pipeline's
//! attributions stage) or `...::measured_events`; valgrind keeps only the
//! last `--toggle-collect`, so for both in one run give
//! `--toggle-collect='attrib_events_profile::measured_*'
//! --dump-after='attrib_events_profile::measured_attributions'`: the first
//! part is then the attributions, the second the events. Prints the number of
//! attributions and events found and each stage's time, once and as the
//! sum of each article's least of three runs. With `STAGES_PROFILE_TSV`
//! set, also prints a line per article on standard output (text bytes,
//! tokens, attributions, events, least nanoseconds of each stage), to see
//! whether long articles cost more than linearly.

use dateline_extract::context::Ctx;
use dateline_extract::entities::Entities;
use dateline_extract::input::{self, PayloadKind, RawInput};
use dateline_extract::{attrib, bodies, entities, events, Article};
use dateline_record::Origin;
use dateline_text::Document;
use std::hint::black_box;
use std::io::BufRead;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn attributions(ctx: &Ctx<'_>, ents: &Entities, doc: &Document) -> Vec<attrib::Attr> {
    let times = dateline_extract::find_times(doc, ctx.published);
    let attrs = attrib::find(ctx, ents, &doc.paragraphs, &times);
    black_box(attrib::to_records(&attrs, &doc.text, &doc.sentences));
    attrs
}

fn events_of(ctx: &Ctx<'_>, ents: &Entities, doc: &Document, attrs: &[attrib::Attr]) -> usize {
    // The pipeline finds the time expressions once, in the attributions
    // stage; they are found again here, outside the events' count.
    let times = dateline_extract::find_times(doc, ctx.published);
    events_only(ctx, ents, attrs, &times)
}

fn events_only(
    ctx: &Ctx<'_>,
    ents: &Entities,
    attrs: &[attrib::Attr],
    times: &[(usize, usize, dateline_record::DateValue)],
) -> usize {
    let evs = events::find(ctx, ents, attrs, times);
    let n = evs.len();
    black_box(evs);
    n
}

/// The measured attributions pass: a function of its own for valgrind's
/// toggle.
#[inline(never)]
fn measured_attributions(ctxs: &[Ctx<'_>], ents: &[Entities], docs: &[Document]) -> usize {
    ctxs.iter()
        .zip(ents)
        .zip(docs)
        .map(|((ctx, e), doc)| attributions(ctx, e, doc).len())
        .sum()
}

/// The measured events pass.
#[inline(never)]
fn measured_events(
    ctxs: &[Ctx<'_>],
    ents: &[Entities],
    attrs: &[Vec<attrib::Attr>],
    times: &[Vec<(usize, usize, dateline_record::DateValue)>],
) -> usize {
    ctxs.iter()
        .zip(ents)
        .zip(attrs)
        .zip(times)
        .map(|(((ctx, e), a), t)| events_only(ctx, e, a, t))
        .sum()
}

fn main() -> anyhow::Result<()> {
    let mut arts: Vec<Article> = Vec::new();
    for path in std::env::args().skip(1) {
        let f = std::io::BufReader::new(std::fs::File::open(&path)?);
        for (i, line) in f.lines().enumerate() {
            let raw = RawInput {
                origin: Origin {
                    file: path.clone(),
                    line: Some(i as u64 + 1),
                },
                data: line?,
                kind: PayloadKind::Json,
                lossy: false,
            };
            if let Ok(a) = input::parse(raw) {
                arts.push(a);
            }
        }
    }
    let docs: Vec<Document> = arts
        .iter()
        .map(|a| Document::new(&a.input, a.body_start))
        .collect();
    let kb = dateline_kb::Kb::global().ok();
    let ctxs: Vec<Ctx> = arts
        .iter()
        .zip(&docs)
        .map(|(a, doc)| {
            let ctx = dateline_extract::article_ctx(doc, kb, a);
            ctx.tag_all();
            ctx
        })
        .collect();
    let ents: Vec<Entities> = ctxs
        .iter()
        .map(|ctx| {
            let mut ents = entities::find(ctx);
            bodies::add(ctx, &mut ents);
            ctx.mark_names(
                ents.ments
                    .iter()
                    .filter(|m| matches!(m.kind, "name" | "acronym"))
                    .map(|m| (m.start, m.end)),
            );
            ents
        })
        .collect();
    // A first pass pays for the lazily built tables.
    let attrs: Vec<Vec<attrib::Attr>> = ctxs
        .iter()
        .zip(&ents)
        .zip(&docs)
        .map(|((ctx, e), doc)| attributions(ctx, e, doc))
        .collect();
    let times: Vec<_> = ctxs
        .iter()
        .zip(&docs)
        .map(|(ctx, doc)| dateline_extract::find_times(doc, ctx.published))
        .collect();
    for (((ctx, e), a), t) in ctxs.iter().zip(&ents).zip(&attrs).zip(&times) {
        black_box(events_only(ctx, e, a, t));
    }

    let started = Instant::now();
    let na = measured_attributions(&ctxs, &ents, &docs);
    let once_a = started.elapsed();
    let started = Instant::now();
    let ne = measured_events(&ctxs, &ents, &attrs, &times);
    let once_e = started.elapsed();

    let tsv = std::env::var_os("STAGES_PROFILE_TSV").is_some();
    let least = |f: &dyn Fn()| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let (mut least_a, mut least_e) = (Duration::ZERO, Duration::ZERO);
    for (i, (ctx, doc)) in ctxs.iter().zip(&docs).enumerate() {
        let da = least(&|| {
            black_box(attributions(ctx, &ents[i], doc));
        });
        let de = least(&|| {
            black_box(events_only(ctx, &ents[i], &attrs[i], &times[i]));
        });
        if tsv {
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                doc.text.len(),
                ctx.toks.len(),
                attrs[i].len(),
                events_of(ctx, &ents[i], doc, &attrs[i]),
                da.as_nanos(),
                de.as_nanos()
            );
        }
        least_a += da;
        least_e += de;
    }
    eprintln!(
        "{} articles, {na} attributions, {ne} events; attributions {:.3} s once, {:.3} s least; \
         events {:.3} s once, {:.3} s least (least: the sum of each article's least of three runs)",
        arts.len(),
        once_a.as_secs_f64(),
        least_a.as_secs_f64(),
        once_e.as_secs_f64(),
        least_e.as_secs_f64()
    );
    Ok(())
}
