//! Parquet export of story events (feature `parquet`).
//!
//! Rows are buffered into Arrow record batches of [`BATCH_ROWS`] and each
//! batch is handed to the Parquet writer, so memory stays bounded.

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::query::{EventFilter, EventRow, EVENT_COLUMNS};
use crate::{Result, Store, StoreError};

/// Rows per Arrow batch.
const BATCH_ROWS: usize = 8192;

fn column_type(name: &str) -> (DataType, bool) {
    match name {
        "story_id" | "quad_class" | "num_mentions" | "num_articles" | "num_sources" => {
            (DataType::Int64, false)
        }
        "goldstein" => (DataType::Float64, false),
        "lat" | "lon" => (DataType::Float64, true),
        "article" | "event" | "cameo" | "root" | "plover" | "status" | "trigger"
        | "ingested_at" => (DataType::Utf8, false),
        _ => (DataType::Utf8, true),
    }
}

/// The Arrow schema of the events table.
pub(crate) fn events_schema() -> Arc<Schema> {
    Arc::new(Schema::new(
        EVENT_COLUMNS
            .iter()
            .map(|name| {
                let (t, nullable) = column_type(name);
                Field::new(*name, t, nullable)
            })
            .collect::<Vec<_>>(),
    ))
}

/// Column builders for one batch, in [`EVENT_COLUMNS`] order.
enum Col {
    I(Int64Builder),
    F(Float64Builder),
    S(StringBuilder),
}

fn pq(e: impl std::fmt::Display) -> StoreError {
    StoreError::Parquet(e.to_string())
}

fn new_builders() -> Vec<Col> {
    EVENT_COLUMNS
        .iter()
        .map(|n| match column_type(n).0 {
            DataType::Int64 => Col::I(Int64Builder::with_capacity(BATCH_ROWS)),
            DataType::Float64 => Col::F(Float64Builder::with_capacity(BATCH_ROWS)),
            _ => Col::S(StringBuilder::new()),
        })
        .collect()
}

fn push_row(cols: &mut [Col], r: &EventRow) {
    let ints = [
        r.story_id,
        r.quad_class,
        r.num_mentions,
        r.num_articles,
        r.num_sources,
    ];
    let floats = [Some(r.goldstein), r.lat, r.lon];
    let strings: [Option<&str>; 19] = [
        Some(&r.article),
        Some(&r.event),
        r.date.as_deref(),
        r.source_code.as_deref(),
        r.source_text.as_deref(),
        r.target_code.as_deref(),
        r.target_text.as_deref(),
        Some(&r.cameo),
        Some(&r.root),
        Some(&r.plover),
        Some(&r.status),
        Some(&r.trigger),
        r.place_name.as_deref(),
        r.place_country.as_deref(),
        r.attribution.as_deref(),
        r.according_to.as_deref(),
        r.outlet.as_deref(),
        r.url.as_deref(),
        Some(&r.ingested_at),
    ];
    // Values of each type are consumed in column order.
    let (mut i, mut f, mut s) = (ints.iter(), floats.iter(), strings.iter());
    for col in cols.iter_mut() {
        match col {
            Col::I(b) => b.append_option(i.next().copied()),
            Col::F(b) => b.append_option(f.next().copied().flatten()),
            Col::S(b) => b.append_option(s.next().copied().flatten()),
        }
    }
}

fn finish(cols: &mut [Col], schema: &Arc<Schema>) -> Result<RecordBatch> {
    let arrays: Vec<ArrayRef> = cols
        .iter_mut()
        .map(|c| -> ArrayRef {
            match c {
                Col::I(b) => Arc::new(b.finish()),
                Col::F(b) => Arc::new(b.finish()),
                Col::S(b) => Arc::new(b.finish()),
            }
        })
        .collect();
    RecordBatch::try_new(schema.clone(), arrays).map_err(pq)
}

impl Store {
    /// Writes story events (the columns of the CSV export, typed) as a
    /// Snappy-compressed Parquet file. Returns the row count.
    pub fn export_parquet<W: Write + Send>(&self, filter: &EventFilter, out: W) -> Result<u64> {
        let schema = events_schema();
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .build();
        let mut writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(pq)?;
        let mut cols = new_builders();
        let mut pending = 0usize;
        let mut n = 0u64;
        self.for_each_event(filter, None, &mut |row| {
            push_row(&mut cols, &row);
            pending += 1;
            n += 1;
            if pending == BATCH_ROWS {
                let batch = finish(&mut cols, &schema)?;
                writer.write(&batch).map_err(pq)?;
                pending = 0;
            }
            Ok(())
        })?;
        if pending > 0 {
            let batch = finish(&mut cols, &schema)?;
            writer.write(&batch).map_err(pq)?;
        }
        writer.close().map_err(pq)?;
        Ok(n)
    }
}
