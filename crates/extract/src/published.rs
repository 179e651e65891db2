//! Normalising publication times to ISO 8601 without inventing a zone.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// Normalises a publication time. Keeps the time and zone when given;
/// never adds a zone that was not there.
#[must_use]
pub fn normalize(s: &str) -> Option<String> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.to_rfc3339());
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d.to_rfc3339());
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return Some(if f.ends_with("%M") {
                d.format("%Y-%m-%dT%H:%M").to_string()
            } else {
                d.format("%Y-%m-%dT%H:%M:%S").to_string()
            });
        }
    }
    for f in [
        "%Y-%m-%d %H:%M:%S%z",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%d %H:%M:%S %z",
    ] {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return Some(d.to_rfc3339());
        }
    }
    for f in [
        "%Y-%m-%d",
        "%Y/%m/%d",
        "%d %B %Y",
        "%B %d, %Y",
        "%b %d, %Y",
        "%d %b %Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    None
}

/// Seconds since the Unix epoch, as UTC.
#[must_use]
pub fn from_epoch(secs: i64) -> Option<String> {
    // Values above ~1e11 are milliseconds.
    let secs = if secs > 100_000_000_000 {
        secs / 1000
    } else {
        secs
    };
    DateTime::from_timestamp(secs, 0).map(|d| d.to_rfc3339())
}

/// The calendar date of a normalised publication time.
#[must_use]
pub fn date_of(iso: &str) -> Option<NaiveDate> {
    iso.get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(normalize("2019-02-08").as_deref(), Some("2019-02-08"));
        assert_eq!(
            normalize("1987-02-26T15:01:01").as_deref(),
            Some("1987-02-26T15:01:01")
        );
        assert_eq!(
            normalize("2019-02-08 00:15").as_deref(),
            Some("2019-02-08T00:15")
        );
        assert_eq!(
            normalize("2019-02-08T00:15:00Z").as_deref(),
            Some("2019-02-08T00:15:00+00:00")
        );
        assert_eq!(
            normalize("Fri, 08 Feb 2019 00:15:00 +0300").as_deref(),
            Some("2019-02-08T00:15:00+03:00")
        );
        assert_eq!(normalize("yesterday"), None);
        assert_eq!(
            from_epoch(1_549_584_900).as_deref(),
            Some("2019-02-08T00:15:00+00:00")
        );
    }
}
