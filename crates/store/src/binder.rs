//! Binding an insert's values only when they differ from the row before.
//!
//! `sqlite3_reset` keeps a statement's bindings, and SQLite copies every
//! bound text (an allocation, a copy and the free of the value before): for
//! the attribution and event rows, binding was about an eighth of the
//! writer's instructions, and about a third of their columns hold the value
//! of the row before (the same article, status, place, speaker or date).

use rusqlite::types::Null;
use rusqlite::Statement;

use crate::error::Result;

/// A value for one parameter.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Val<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
}

impl<'a> From<&'a str> for Val<'a> {
    fn from(s: &'a str) -> Val<'a> {
        Val::Text(s)
    }
}

impl<'a> From<&'a String> for Val<'a> {
    fn from(s: &'a String) -> Val<'a> {
        Val::Text(s)
    }
}

impl From<i64> for Val<'_> {
    fn from(i: i64) -> Self {
        Val::Int(i)
    }
}

impl From<bool> for Val<'_> {
    fn from(b: bool) -> Self {
        Val::Int(i64::from(b))
    }
}

impl From<f64> for Val<'_> {
    fn from(x: f64) -> Self {
        Val::Real(x)
    }
}

impl<'a, T: Into<Val<'a>>> From<Option<T>> for Val<'a> {
    fn from(v: Option<T>) -> Val<'a> {
        v.map_or(Val::Null, Into::into)
    }
}

/// What a parameter is bound to now.
#[derive(Debug)]
enum Bound {
    /// Nothing known (before the first row, or after a failed bind).
    Unknown,
    Null,
    Int(i64),
    /// The bits, so that every value (NaN, -0.0) compares as itself.
    Real(u64),
    Text(String),
}

/// The values last bound to one statement's parameters. It must see every
/// binding the statement gets: make one for each statement taken from the
/// cache, and bind only through it.
#[derive(Debug)]
pub(crate) struct Binder {
    bound: Vec<Bound>,
}

impl Binder {
    /// A binder for a statement with `n` parameters.
    pub(crate) fn new(n: usize) -> Binder {
        Binder {
            bound: (0..n).map(|_| Bound::Unknown).collect(),
        }
    }

    /// Binds `vals` to parameters 1, 2, ... (those equal to the value bound
    /// for the row before are left as they are) and executes the statement.
    pub(crate) fn execute(&mut self, stmt: &mut Statement<'_>, vals: &[Val<'_>]) -> Result<()> {
        debug_assert_eq!(vals.len(), self.bound.len());
        for (i, (v, slot)) in vals.iter().zip(&mut self.bound).enumerate() {
            let same = match (&*slot, *v) {
                (Bound::Null, Val::Null) => true,
                (Bound::Int(a), Val::Int(b)) => *a == b,
                (Bound::Real(a), Val::Real(b)) => *a == b.to_bits(),
                (Bound::Text(a), Val::Text(b)) => a == b,
                _ => false,
            };
            if same {
                continue;
            }
            // Unknown until the bind succeeds; a text's buffer is reused.
            let old = std::mem::replace(slot, Bound::Unknown);
            let n = i + 1;
            *slot = match *v {
                Val::Null => {
                    stmt.raw_bind_parameter(n, Null)?;
                    Bound::Null
                }
                Val::Int(x) => {
                    stmt.raw_bind_parameter(n, x)?;
                    Bound::Int(x)
                }
                Val::Real(x) => {
                    stmt.raw_bind_parameter(n, x)?;
                    Bound::Real(x.to_bits())
                }
                Val::Text(s) => {
                    stmt.raw_bind_parameter(n, s)?;
                    let mut buf = match old {
                        Bound::Text(b) => b,
                        _ => String::new(),
                    };
                    buf.clear();
                    buf.push_str(s);
                    Bound::Text(buf)
                }
            };
        }
        stmt.raw_execute()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_keep_their_own_values_when_parameters_are_left_bound() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (a, b, c, d)").unwrap();
        let mut stmt = conn
            .prepare("INSERT INTO t (a, b, c, d) VALUES (?1, ?2, ?3, ?4)")
            .unwrap();
        let mut binder = Binder::new(stmt.parameter_count());
        let rows: [[Val<'_>; 4]; 6] = [
            [Val::Int(1), Val::Text("said"), Val::Null, Val::Real(0.5)],
            [Val::Int(1), Val::Text("said"), Val::Null, Val::Real(0.5)],
            [
                Val::Int(1),
                Val::Text("told"),
                Val::Text("x"),
                Val::Real(-0.0),
            ],
            [Val::Int(2), Val::Text("to"), Val::Null, Val::Real(0.0)],
            [Val::Null, Val::Text(""), Val::Int(3), Val::Null],
            [Val::Text("1"), Val::Text("said"), Val::Int(3), Val::Null],
        ];
        for row in &rows {
            binder.execute(&mut stmt, row).unwrap();
        }
        let got: Vec<String> = conn
            .prepare("SELECT quote(a), quote(b), quote(c), quote(d) FROM t ORDER BY rowid")
            .unwrap()
            .query_map([], |r| {
                Ok((0..4)
                    .map(|i| r.get::<_, String>(i))
                    .collect::<rusqlite::Result<Vec<_>>>()?
                    .join(" "))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            got,
            [
                "1 'said' NULL 0.5",
                "1 'said' NULL 0.5",
                "1 'told' 'x' 0.0",
                "2 'to' NULL 0.0",
                "NULL '' 3 NULL",
                "'1' 'said' 3 NULL",
            ]
        );
    }
}
