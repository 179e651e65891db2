//! Read queries: full-text search, events, quotes and actors.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};
use serde::Serialize;

use crate::{int, Result, Store, StoreError};

/// Filters for [`Store::search`].
#[derive(Debug, Clone, Default)]
pub struct SearchFilter {
    /// Only articles from this outlet (exact match).
    pub outlet: Option<String>,
    /// Only articles published on or after this day (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Only articles published on or before this day (`YYYY-MM-DD`).
    pub to: Option<String>,
}

/// One full-text search hit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// Article id.
    pub id: String,
    /// Headline, with matches wrapped in `[` `]`.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication time as stored.
    pub published: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// A short passage of the body around the matches, matches in `[` `]`.
    pub snippet: String,
    /// BM25 relevance (lower is better, as FTS5 reports it).
    pub score: f64,
}

/// Filters for [`Store::events`] and the event exports. Empty fields don't
/// filter.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Source actor code prefix (`IRN` matches `IRNGOV`).
    pub source: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// CAMEO root code (`10`).
    pub root: Option<String>,
    /// Event status (`asserted`, `claimed`, ...).
    pub status: Option<String>,
    /// Event day on or after (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Event day on or before (`YYYY-MM-DD`).
    pub to: Option<String>,
    /// ISO 3166 alpha-3 country of the event's place.
    pub place: Option<String>,
}

impl EventFilter {
    /// True when nothing is filtered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.source.is_none()
            && self.target.is_none()
            && self.root.is_none()
            && self.status.is_none()
            && self.from.is_none()
            && self.to.is_none()
            && self.place.is_none()
    }

    /// SQL conditions over the `events` table aliased `e`, and their values.
    pub(crate) fn sql(&self) -> (String, Vec<Value>) {
        let mut conds = vec!["1".to_owned()];
        let mut vals = Vec::new();
        let mut prefix = |col: &str, p: &Option<String>| {
            if let Some(p) = p {
                // substr comparison avoids LIKE's wildcard escaping.
                conds.push(format!("substr({col}, 1, ?) = ?"));
                vals.push(Value::Integer(int(p.chars().count())));
                vals.push(Value::Text(p.clone()));
            }
        };
        prefix("e.source_code", &self.source);
        prefix("e.target_code", &self.target);
        let mut eq = |cond: &str, v: &Option<String>| {
            if let Some(v) = v {
                conds.push(cond.to_owned());
                vals.push(Value::Text(v.clone()));
            }
        };
        eq("e.root = ?", &self.root);
        eq("e.status = ?", &self.status);
        eq("e.date >= ?", &self.from);
        eq("e.date <= ?", &self.to);
        eq("e.place_country = ?", &self.place);
        (conds.join(" AND "), vals)
    }
}

/// A story event: one real-world event, possibly reported by several
/// articles. The descriptive fields come from its earliest stored report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    /// Story id: the id of the event representing the story (its earliest
    /// stored report), stable while that report is.
    pub story_id: i64,
    /// Id of the representative article.
    pub article: String,
    /// Event id within that article (`V1`).
    pub event: String,
    /// Event day (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Source actor CAMEO code.
    pub source_code: Option<String>,
    /// Source actor as written.
    pub source_text: Option<String>,
    /// Target actor CAMEO code.
    pub target_code: Option<String>,
    /// Target actor as written.
    pub target_text: Option<String>,
    /// CAMEO event code.
    pub cameo: String,
    /// CAMEO root code.
    pub root: String,
    /// GDELT quad class, 1 to 4.
    pub quad_class: i64,
    /// Goldstein score.
    pub goldstein: f64,
    /// PLOVER event type.
    pub plover: String,
    /// `asserted`, `claimed`, ...
    pub status: String,
    /// The trigger words.
    pub trigger: String,
    /// Place name.
    pub place_name: Option<String>,
    /// Place country (ISO alpha-3).
    pub place_country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Attribution id in the representative article.
    pub attribution: Option<String>,
    /// Who the representative article says reported it.
    pub according_to: Option<String>,
    /// Reports of the event across articles.
    pub num_mentions: i64,
    /// Distinct articles reporting it.
    pub num_articles: i64,
    /// Distinct outlets reporting it.
    pub num_sources: i64,
    /// Outlet of the representative article.
    pub outlet: Option<String>,
    /// URL of the representative article.
    pub url: Option<String>,
    /// When the representative article was ingested.
    pub ingested_at: String,
}

/// Column names of [`EventRow`], in field order (CSV and Parquet headers).
pub(crate) const EVENT_COLUMNS: &[&str] = &[
    "story_id",
    "article",
    "event",
    "date",
    "source_code",
    "source_text",
    "target_code",
    "target_text",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "status",
    "trigger",
    "place_name",
    "place_country",
    "lat",
    "lon",
    "attribution",
    "according_to",
    "num_mentions",
    "num_articles",
    "num_sources",
    "outlet",
    "url",
    "ingested_at",
];

/// Story events are their representative events (`story = id`), which carry
/// the story's counts (schema version 13).
const EVENT_SELECT: &str =
    "SELECT e.id, a.id, e.vid, e.date, e.source_code, e.source_text, e.target_code,
    e.target_text, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.status, e.trigger,
    e.place_name, e.place_country, e.lat, e.lon, e.attribution, e.according_to, e.num_mentions,
    e.num_articles, e.num_sources, a.outlet, a.url, a.ingested_at
    FROM events e JOIN articles a ON a.rowid = e.article WHERE e.story = e.id";

fn event_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        story_id: r.get(0)?,
        article: r.get(1)?,
        event: r.get(2)?,
        date: r.get(3)?,
        source_code: r.get(4)?,
        source_text: r.get(5)?,
        target_code: r.get(6)?,
        target_text: r.get(7)?,
        cameo: r.get(8)?,
        root: r.get(9)?,
        quad_class: r.get(10)?,
        goldstein: r.get(11)?,
        plover: r.get(12)?,
        status: r.get(13)?,
        trigger: r.get(14)?,
        place_name: r.get(15)?,
        place_country: r.get(16)?,
        lat: r.get(17)?,
        lon: r.get(18)?,
        attribution: r.get(19)?,
        according_to: r.get(20)?,
        num_mentions: r.get(21)?,
        num_articles: r.get(22)?,
        num_sources: r.get(23)?,
        outlet: r.get(24)?,
        url: r.get(25)?,
        ingested_at: r.get(26)?,
    })
}

/// Filters for [`Store::quotes`].
#[derive(Debug, Clone, Default)]
pub struct QuoteFilter {
    /// Case-insensitive substring of the speaker's name.
    pub speaker: Option<String>,
    /// Case-insensitive substring of what was said.
    pub about: Option<String>,
}

/// One stored attribution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    /// Article id.
    pub article: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication time.
    pub published: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Attribution id (`A1`).
    pub attribution: String,
    /// `direct`, `indirect`, ...
    pub kind: String,
    /// Speaker name.
    pub speaker: Option<String>,
    /// The speech verb as written.
    pub cue: Option<String>,
    /// What was said.
    pub content: String,
    /// True for speech acts that did not happen.
    pub negated: bool,
}

/// How often an actor code appears in story events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorCount {
    /// CAMEO actor code.
    pub code: String,
    /// Story events with this actor as source.
    pub as_source: i64,
    /// Story events with this actor as target.
    pub as_target: i64,
    /// Both together.
    pub total: i64,
}

/// The SQL of [`Store::for_each_event`] and its parameters.
pub(crate) fn events_sql(filter: &EventFilter, limit: Option<usize>) -> (String, Vec<Value>) {
    let (cond, mut vals) = filter.sql();
    let mut sql = format!("{EVENT_SELECT} AND {cond} ORDER BY e.date, e.id");
    if let Some(l) = limit {
        sql.push_str(" LIMIT ?");
        vals.push(Value::Integer(int(l)));
    }
    (sql, vals)
}

/// The SQL of [`Store::search`] and its parameters.
pub(crate) fn search_sql(query: &str, filter: &SearchFilter, limit: usize) -> (String, Vec<Value>) {
    // The best `limit` matches are chosen first and only they get a
    // highlighted title and a snippet (the cross joins keep that order):
    // computed in the ranking query, both read and tokenized the text of
    // every matching article, most of a frequent word's time.
    let mut best = String::from(
        "SELECT articles_fts.rowid AS id, bm25(articles_fts, 5.0, 1.0) AS r FROM articles_fts",
    );
    let mut vals = vec![Value::Text(query.to_owned())];
    let mut conds = String::new();
    if let Some(o) = &filter.outlet {
        conds.push_str(" AND a.outlet = ?");
        vals.push(Value::Text(o.clone()));
    }
    if let Some(f) = &filter.from {
        conds.push_str(" AND a.day >= ?");
        vals.push(Value::Text(f.clone()));
    }
    if let Some(t) = &filter.to {
        conds.push_str(" AND a.day <= ?");
        vals.push(Value::Text(t.clone()));
    }
    if !conds.is_empty() {
        best.push_str(" JOIN articles a ON a.rowid = articles_fts.rowid");
    }
    best.push_str(" WHERE articles_fts MATCH ?1");
    best.push_str(&conds);
    best.push_str(" ORDER BY 2 LIMIT ?");
    vals.push(Value::Integer(int(limit)));
    let sql = format!(
        "SELECT a.id, highlight(articles_fts, 0, '[', ']'), a.outlet, a.published, a.url,
                    snippet(articles_fts, 1, '[', ']', '…', 16), t.r
             FROM ({best}) AS t CROSS JOIN articles_fts CROSS JOIN articles a
             WHERE articles_fts.rowid = t.id AND articles_fts MATCH ?1 AND a.rowid = t.id
             ORDER BY 7"
    );
    (sql, vals)
}

/// The SQL of [`Store::quotes`] and its parameters.
pub(crate) fn quotes_sql(filter: &QuoteFilter, limit: usize) -> (String, Vec<Value>) {
    let mut sql = String::from(
            "SELECT a.id, a.title, a.published, a.outlet, q.aid, q.kind, q.speaker, q.cue, q.content, q.negated
             FROM attributions q JOIN articles a ON a.rowid = q.article WHERE 1",
        );
    let mut vals = Vec::new();
    if let Some(s) = &filter.speaker {
        sql.push_str(" AND instr(lower(q.speaker), lower(?)) > 0");
        vals.push(Value::Text(s.clone()));
    }
    if let Some(s) = &filter.about {
        sql.push_str(" AND instr(lower(q.content), lower(?)) > 0");
        vals.push(Value::Text(s.clone()));
    }
    // Ties within a sentence in the order of the attribution ids as text
    // (`A10` before `A2`), the order the table was scanned in before schema
    // version 15 keyed it by position.
    sql.push_str(" ORDER BY a.day DESC, a.rowid, q.sentence, q.aid LIMIT ?");
    vals.push(Value::Integer(int(limit)));
    (sql, vals)
}

impl Store {
    /// Full-text search over titles and bodies with FTS5 query syntax:
    /// words, `"exact phrases"`, `AND`, `OR`, `NOT`, `prefix*`,
    /// `NEAR(a b, 5)`. Best matches first.
    pub fn search(
        &self,
        query: &str,
        filter: &SearchFilter,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        let (sql, vals) = search_sql(query, filter, limit);
        let bad_query = |e: rusqlite::Error| -> StoreError {
            // FTS5 reports query syntax problems ("unterminated string",
            // "fts5: syntax error near ...") as plain SQLITE_ERROR, which
            // rusqlite maps to `Unknown`; busy, I/O and corruption errors
            // have codes of their own and pass through.
            match &e {
                rusqlite::Error::SqliteFailure(f, msg)
                    if f.code == rusqlite::ErrorCode::Unknown =>
                {
                    StoreError::Query {
                        query: query.to_owned(),
                        message: msg.clone().unwrap_or_else(|| e.to_string()),
                    }
                }
                _ => e.into(),
            }
        };
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(params_from_iter(vals), |r| {
                Ok(SearchHit {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    outlet: r.get(2)?,
                    published: r.get(3)?,
                    url: r.get(4)?,
                    snippet: r.get(5)?,
                    score: r.get(6)?,
                })
            })
            .map_err(bad_query)?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(bad_query)
    }

    /// Story events matching `filter`, by date then id; at most `limit`.
    pub fn events(&self, filter: &EventFilter, limit: usize) -> Result<Vec<EventRow>> {
        let mut out = Vec::new();
        self.for_each_event(filter, Some(limit), &mut |row| {
            out.push(row);
            Ok(())
        })?;
        Ok(out)
    }

    /// Streams story events matching `filter` to `f`, by date then id.
    pub fn for_each_event(
        &self,
        filter: &EventFilter,
        limit: Option<usize>,
        f: &mut dyn FnMut(EventRow) -> Result<()>,
    ) -> Result<()> {
        let (sql, vals) = events_sql(filter, limit);
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(vals))?;
        while let Some(r) = rows.next()? {
            f(event_row(r)?)?;
        }
        Ok(())
    }

    /// Attributions whose speaker and content contain the given substrings
    /// (case-insensitive), newest articles first; at most `limit`.
    pub fn quotes(&self, filter: &QuoteFilter, limit: usize) -> Result<Vec<QuoteRow>> {
        let (sql, vals) = quotes_sql(filter, limit);
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(vals), |r| {
            Ok(QuoteRow {
                article: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                outlet: r.get(3)?,
                attribution: r.get(4)?,
                kind: r.get(5)?,
                speaker: r.get(6)?,
                cue: r.get(7)?,
                content: r.get(8)?,
                negated: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The most active actor codes across story events.
    pub fn actors(&self, limit: usize) -> Result<Vec<ActorCount>> {
        let mut stmt = self.conn.prepare(
            "SELECT code, sum(src), sum(tgt), sum(src) + sum(tgt) AS total FROM (
                 SELECT e.source_code AS code, 1 AS src, 0 AS tgt
                     FROM events e WHERE e.story = e.id AND e.source_code IS NOT NULL
                 UNION ALL
                 SELECT e.target_code, 0, 1
                     FROM events e WHERE e.story = e.id AND e.target_code IS NOT NULL)
             GROUP BY code ORDER BY total DESC, code LIMIT ?1",
        )?;
        let rows = stmt.query_map([int(limit)], |r| {
            Ok(ActorCount {
                code: r.get(0)?,
                as_source: r.get(1)?,
                as_target: r.get(2)?,
                total: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
