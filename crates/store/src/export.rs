//! Streaming exports: JSON Lines, CSV and GDELT TSV.
//!
//! Every export walks an SQLite cursor and writes each row as it comes, so
//! memory stays flat however large the archive is.

use std::io::Write;

use dateline_record::Record;
use rusqlite::params_from_iter;

use crate::gdelt::{date_added, gdelt_row, tsv_field, RowContext, GDELT_COLUMNS};
use crate::query::{EventFilter, EventRow, EVENT_COLUMNS};
use crate::{Result, Store};

/// Writes one CSV field, quoting when needed (RFC 4180).
fn csv_field(out: &mut dyn Write, s: &str) -> std::io::Result<()> {
    if s.contains([',', '"', '\n', '\r']) {
        write!(out, "\"{}\"", s.replace('"', "\"\""))
    } else {
        out.write_all(s.as_bytes())
    }
}

fn csv_row(out: &mut dyn Write, fields: &[String]) -> std::io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        csv_field(out, f)?;
    }
    out.write_all(b"\n")
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// An event row as strings, in [`EVENT_COLUMNS`] order.
pub(crate) fn event_fields(r: &EventRow) -> Vec<String> {
    vec![
        r.story_id.to_string(),
        r.article.clone(),
        r.event.clone(),
        opt(&r.date),
        opt(&r.source_code),
        opt(&r.source_text),
        opt(&r.target_code),
        opt(&r.target_text),
        r.cameo.clone(),
        r.root.clone(),
        r.quad_class.to_string(),
        r.goldstein.to_string(),
        r.plover.clone(),
        r.status.clone(),
        r.trigger.clone(),
        opt(&r.place_name),
        opt(&r.place_country),
        opt(&r.lat),
        opt(&r.lon),
        opt(&r.attribution),
        opt(&r.according_to),
        r.num_mentions.to_string(),
        r.num_articles.to_string(),
        r.num_sources.to_string(),
        opt(&r.outlet),
        opt(&r.url),
        r.ingested_at.clone(),
    ]
}

/// SQL selecting articles: all when the filter is empty, else those with
/// at least one event matching it.
///
/// An article's events are found as `article_events!` says.
pub(crate) fn article_sql(
    select: &str,
    filter: &EventFilter,
) -> (String, Vec<rusqlite::types::Value>) {
    if filter.is_empty() {
        return (format!("{select} ORDER BY a.rowid"), Vec::new());
    }
    let (cond, vals) = filter.sql();
    (
        format!(
            "{select} WHERE EXISTS (SELECT 1 FROM events e WHERE {} AND {cond}) ORDER BY a.rowid",
            article_events!()
        ),
        vals,
    )
}

impl Store {
    /// Writes the full stored records as JSON Lines, in ingest order.
    /// Returns the number of records written.
    pub fn export_jsonl(&self, filter: &EventFilter, out: &mut dyn Write) -> Result<u64> {
        let (sql, vals) = article_sql(
            "SELECT r.record FROM articles a JOIN records r ON r.article = a.rowid",
            filter,
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(vals))?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let json = crate::record_json(r.get_ref(0)?)?;
            out.write_all(&json)?;
            out.write_all(b"\n")?;
            n += 1;
        }
        out.flush()?;
        Ok(n)
    }

    /// Writes story events as CSV with a header row. Returns the row count.
    pub fn export_events_csv(&self, filter: &EventFilter, out: &mut dyn Write) -> Result<u64> {
        let header: Vec<String> = EVENT_COLUMNS.iter().map(|s| (*s).to_owned()).collect();
        csv_row(out, &header)?;
        let mut n = 0;
        self.for_each_event(filter, None, &mut |row| {
            csv_row(out, &event_fields(&row))?;
            n += 1;
            Ok(())
        })?;
        out.flush()?;
        Ok(n)
    }

    /// Writes one CSV row per article (metadata and counts, no body).
    pub fn export_articles_csv(&self, filter: &EventFilter, out: &mut dyn Write) -> Result<u64> {
        let (sql, vals) = article_sql(
            concat!(
                "SELECT a.id, a.outlet, a.section, a.title, a.url, a.authors, a.published,
                    coalesce(a.cluster, a.rowid),
                    a.entity_count,
                    (SELECT count(*) FROM attributions x WHERE ",
                article_attributions!("x.id", "a.rowid"),
                "),
                    (SELECT count(*) FROM events e WHERE ",
                article_events!(),
                "),
                    a.content_hash, a.ingested_at
                 FROM articles a"
            ),
            filter,
        );
        let header = [
            "id",
            "outlet",
            "section",
            "title",
            "url",
            "authors",
            "published",
            "cluster",
            "entities",
            "attributions",
            "events",
            "content_hash",
            "ingested_at",
        ];
        csv_row(out, &header.map(str::to_owned))?;
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(vals))?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let authors: String = r.get(5)?;
            let authors: Vec<String> = serde_json::from_str(&authors).unwrap_or_default();
            let fields = vec![
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                authors.join("; "),
                r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                opt(&r.get::<_, Option<i64>>(7)?),
                r.get::<_, i64>(8)?.to_string(),
                r.get::<_, i64>(9)?.to_string(),
                r.get::<_, i64>(10)?.to_string(),
                r.get::<_, String>(11)?,
                r.get::<_, String>(12)?,
            ];
            csv_row(out, &fields)?;
            n += 1;
        }
        out.flush()?;
        Ok(n)
    }

    /// Writes story events as GDELT 2.0 event table rows (tab-separated,
    /// 61 columns, no header unless `header`). `GlobalEventID` is the story
    /// id; `NumMentions`/`NumSources`/`NumArticles` count every report of the
    /// story; `DATEADDED` is when the representative article was ingested.
    pub fn export_gdelt(
        &self,
        filter: &EventFilter,
        header: bool,
        out: &mut dyn Write,
    ) -> Result<u64> {
        if header {
            writeln!(out, "{}", GDELT_COLUMNS.join("\t"))?;
        }
        // Consecutive stories often share an article; keep the last record.
        let mut cache: Option<(String, Record)> = None;
        let mut n = 0;
        self.for_each_event(filter, None, &mut |row| {
            if cache.as_ref().is_none_or(|(id, _)| *id != row.article) {
                cache = self.record(&row.article)?.map(|r| (row.article.clone(), r));
            }
            let Some((_, rec)) = &cache else {
                return Ok(());
            };
            let Some(event) = rec.events.iter().find(|e| e.id == row.event) else {
                return Ok(());
            };
            let ctx = RowContext {
                id: row.story_id.to_string(),
                num_mentions: row.num_mentions,
                num_sources: row.num_sources,
                num_articles: row.num_articles,
                date_added: date_added(&row.ingested_at),
            };
            let fields = gdelt_row(rec, event, &ctx);
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.write_all(b"\t")?;
                }
                out.write_all(tsv_field(f).as_bytes())?;
            }
            out.write_all(b"\n")?;
            n += 1;
            Ok(())
        })?;
        out.flush()?;
        Ok(n)
    }
}
