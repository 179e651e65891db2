//! The CAMEO event code table (`data/cameo/codes.tsv`).

use foldhash::{HashMap, HashMapExt as _};

use crate::tsv::{self, err};
use crate::LexiconError;

pub(crate) const FILE: &str = "data/cameo/codes.tsv";
pub(crate) const TEXT: &str = include_str!("../../../data/cameo/codes.tsv");

/// One CAMEO event code with its Goldstein weight and PLOVER type.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code itself: `"19"`, `"195"`, `"1951"`.
    pub code: String,
    /// The code's name as in the CAMEO 1.1b3 manual.
    pub name: String,
    /// Goldstein conflict-cooperation weight in `[-10, 10]`.
    pub goldstein: f64,
    /// Quad class 1..=4 (verbal/material cooperation, verbal/material conflict).
    pub quad_class: u8,
    /// The two-digit root code, e.g. `"19"` for `"1951"`.
    pub root: String,
    /// PLOVER (2018+) event type, empty where PLOVER has no counterpart.
    pub plover: String,
    /// PLOVER 0.5b1 name as used by the PLOVER gold-standard records (DEMAND,
    /// DISAPPROVE, INVESTIGATE, FIGHT...), empty where none.
    pub plover_gsr: String,
}

/// The quad class a root belongs to, or `None` for a root outside 01..=20.
pub fn quad_class_of_root(root: &str) -> Option<u8> {
    match root.parse::<u8>().ok()? {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

fn dash_empty(s: &str) -> String {
    if s == "-" {
        String::new()
    } else {
        s.to_string()
    }
}

/// Parses and validates the code table.
pub(crate) fn parse(text: &str) -> Result<(Vec<CameoCode>, HashMap<String, usize>), LexiconError> {
    let mut codes = Vec::new();
    let mut index = HashMap::new();
    for row in tsv::rows(FILE, text, 7, 7)? {
        let code = row.get(0);
        if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err(FILE, &row, format!("bad code `{code}`")));
        }
        let root = &code[..2];
        let quad = quad_class_of_root(root)
            .ok_or_else(|| err(FILE, &row, format!("root `{root}` outside 01..20")))?;
        let goldstein: f64 = row
            .get(2)
            .parse()
            .map_err(|_| err(FILE, &row, "goldstein is not a number"))?;
        if !(-10.0..=10.0).contains(&goldstein) {
            return Err(err(FILE, &row, "goldstein outside [-10, 10]"));
        }
        if !matches!(row.get(3), "gdelt" | "parent") {
            return Err(err(FILE, &row, "gsource must be gdelt or parent"));
        }
        let q: u8 = row
            .get(4)
            .parse()
            .map_err(|_| err(FILE, &row, "quad is not a number"))?;
        if q != quad {
            return Err(err(
                FILE,
                &row,
                format!("quad {q} but root {root} is quad {quad}"),
            ));
        }
        if code.len() > 2 && !index.contains_key(&code[..code.len() - 1]) {
            return Err(err(FILE, &row, "parent code must come first"));
        }
        if index.insert(code.to_string(), codes.len()).is_some() {
            return Err(err(FILE, &row, format!("duplicate code {code}")));
        }
        codes.push(CameoCode {
            code: code.to_string(),
            name: row.get(1).to_string(),
            goldstein,
            quad_class: q,
            root: root.to_string(),
            plover: dash_empty(row.get(5)),
            plover_gsr: dash_empty(row.get(6)),
        });
    }
    Ok((codes, index))
}
