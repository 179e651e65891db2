//! Precision, recall and F1 from counts or from summed soft scores.

use serde::Serialize;

/// Hard counts of true positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predictions matched to a gold item.
    pub tp: usize,
    /// Predictions not matched.
    pub fp: usize,
    /// Gold items not matched.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

/// Divides, defining 0/0 as 0 so empty sets do not produce NaN in reports.
#[must_use]
pub fn ratio(num: f64, den: f64) -> f64 {
    if den > 0.0 {
        num / den
    } else {
        0.0
    }
}

/// Harmonic mean of precision and recall (0 when both are 0).
#[must_use]
pub fn f1(p: f64, r: f64) -> f64 {
    ratio(2.0 * p * r, p + r)
}

impl Counts {
    /// tp / (tp + fp).
    #[must_use]
    pub fn precision(&self) -> f64 {
        ratio(self.tp as f64, (self.tp + self.fp) as f64)
    }

    /// tp / (tp + fn).
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.tp as f64, (self.tp + self.fn_) as f64)
    }

    /// F1 of [`Self::precision`] and [`Self::recall`].
    #[must_use]
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    /// Adds another set of counts.
    pub fn add(&mut self, o: &Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }

    /// The counts with precision, recall and F1 for reports.
    #[must_use]
    pub fn scored(&self) -> Scored {
        Scored {
            tp: self.tp as f64,
            fp: self.fp as f64,
            fn_: self.fn_ as f64,
            precision: self.precision(),
            recall: self.recall(),
            f1: self.f1(),
        }
    }
}

/// Soft (token-weighted) sums: `p_sum` is the summed precision credit of the
/// `n_pred` predictions, `r_sum` the summed recall credit of the `n_gold`
/// gold items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Soft {
    /// Sum of per-prediction precision credit in [0, 1].
    pub p_sum: f64,
    /// Number of predictions.
    pub n_pred: usize,
    /// Sum of per-gold recall credit in [0, 1].
    pub r_sum: f64,
    /// Number of gold items.
    pub n_gold: usize,
}

impl Soft {
    /// Adds another set of sums.
    pub fn add(&mut self, o: &Soft) {
        self.p_sum += o.p_sum;
        self.n_pred += o.n_pred;
        self.r_sum += o.r_sum;
        self.n_gold += o.n_gold;
    }

    /// Mean precision credit.
    #[must_use]
    pub fn precision(&self) -> f64 {
        ratio(self.p_sum, self.n_pred as f64)
    }

    /// Mean recall credit.
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.r_sum, self.n_gold as f64)
    }

    /// F1 of the soft precision and recall.
    #[must_use]
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    /// The sums with precision, recall and F1 for reports.
    #[must_use]
    pub fn scored(&self) -> Scored {
        Scored {
            tp: self.r_sum,
            fp: self.n_pred as f64 - self.p_sum,
            fn_: self.n_gold as f64 - self.r_sum,
            precision: self.precision(),
            recall: self.recall(),
            f1: self.f1(),
        }
    }
}

/// Precision, recall and F1 with the counts behind them, for output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scored {
    /// True positives (soft scores: summed recall credit).
    pub tp: f64,
    /// False positives (soft scores: uncredited precision mass).
    pub fp: f64,
    /// False negatives (soft scores: uncredited recall mass).
    #[serde(rename = "fn")]
    pub fn_: f64,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_prf() {
        let c = Counts {
            tp: 2,
            fp: 2,
            fn_: 0,
        };
        assert!((c.precision() - 0.5).abs() < 1e-12);
        assert!((c.recall() - 1.0).abs() < 1e-12);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Counts::default().f1(), 0.0);
    }

    #[test]
    fn soft_prf() {
        let s = Soft {
            p_sum: 1.5,
            n_pred: 2,
            r_sum: 0.5,
            n_gold: 1,
        };
        assert!((s.precision() - 0.75).abs() < 1e-12);
        assert!((s.recall() - 0.5).abs() < 1e-12);
        assert!((s.f1() - 0.6).abs() < 1e-12);
    }
}
