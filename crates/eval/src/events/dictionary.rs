//! Reads TABARI/PETRARCH actor dictionaries far enough to tell which actor
//! codes stand for real countries.
//!
//! Entries look like `ETHIOPIA  [ETH]`, `ALBRIGHT  [USAGOV 991201-010114]`,
//! with `+SYNONYM` lines, `#` comments and XML-style `<!-- -->` comments.
//! Agent entries (`[~GOV]`) carry no country and are skipped.

use super::countries::dictionary_name_matches;
use crate::{read_text, Error};
use std::collections::BTreeSet;
use std::path::Path;

/// Country prefixes that the dictionaries spell with a real country's name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RealCodes {
    prefixes: BTreeSet<String>,
}

impl RealCodes {
    /// Builds the set from dictionary text.
    #[must_use]
    pub fn parse(text: &str) -> Self {
        let mut prefixes = BTreeSet::new();
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with('#') || line.starts_with('<') || line.starts_with('+') {
                continue;
            }
            let Some((name, rest)) = line.split_once('[') else {
                continue;
            };
            let code = rest.split([']', ' ']).next().unwrap_or("").trim();
            if code.starts_with('~') || code.len() < 3 {
                continue;
            }
            let prefix: String = code.chars().take(3).collect();
            if dictionary_name_matches(&prefix, name) {
                prefixes.insert(prefix);
            }
        }
        RealCodes { prefixes }
    }

    /// Reads and merges several dictionary files.
    ///
    /// # Errors
    /// When a file cannot be read.
    pub fn load(paths: &[std::path::PathBuf]) -> Result<Self, Error> {
        let mut all = RealCodes::default();
        for p in paths {
            let r = RealCodes::parse(&read_text(Path::new(p))?);
            all.prefixes.extend(r.prefixes);
        }
        Ok(all)
    }

    /// True when the code's three-letter prefix is a real country here.
    #[must_use]
    pub fn is_real(&self, code: &str) -> bool {
        super::actor_country(code).is_some_and(|p| self.prefixes.contains(&p))
    }

    /// Number of real prefixes found.
    #[must_use]
    pub fn len(&self) -> usize {
        self.prefixes.len()
    }

    /// True when none was found.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.prefixes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_prefixes_only() {
        let d = RealCodes::parse(
            "# comment\nETHIOPIA  [ETH]\n+ETHIOPIAN\nERIADOR [ERI]\nARNOR [ARN]\n\
             UNITED_STATES [USA]\nPRESIDENT_ [~GOVPRS]\n<!-- x [ITA] -->\nITALY [ITA 950101-] ;x\n",
        );
        assert!(d.is_real("ETH") && d.is_real("USAGOV") && d.is_real("ITA"));
        assert!(!d.is_real("ERI") && !d.is_real("ARN") && !d.is_real("---"));
        assert_eq!(d.len(), 3);
    }
}
