//! Target against result: the gap and whether the target was met.

use super::{Cell, Entry};
use crate::lexicon::direction::lower_is_better;
use crate::model::{Qualifier, Status};
use serde::{Deserialize, Serialize};

/// Whether the result met the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Met {
    Yes,
    No,
    /// The target was approximate (6%左右): the gap is shown, the judgement
    /// is the reader's.
    About,
}

impl Met {
    pub fn as_str(self) -> &'static str {
        match self {
            Met::Yes => "yes",
            Met::No => "no",
            Met::About => "about",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Met::Yes => "完成",
            Met::No => "未完成",
            Met::About => "左右",
        }
    }
}

/// One number of an entry: low, high, unit, qualifier.
struct Number<'a> {
    low: f64,
    high: Option<f64>,
    unit: Option<&'a str>,
    qualifier: Option<Qualifier>,
}

fn change(e: &Entry) -> Option<Number<'_>> {
    Some(Number {
        low: e.change?,
        high: e.change_max,
        unit: e.change_unit.as_deref(),
        qualifier: e.change_qualifier,
    })
}

fn level(e: &Entry) -> Option<Number<'_>> {
    Some(Number {
        low: e.value?,
        high: e.value_max,
        unit: e.unit.as_deref(),
        qualifier: e.value_qualifier,
    })
}

/// The result shown (actual, else estimate), the gap, its unit and `met`.
pub fn compare(cell: &Cell) -> (Option<Status>, Option<f64>, Option<String>, Option<Met>) {
    let (status, result) = match (&cell.actual, &cell.estimate) {
        (Some(a), _) => (Status::Actual, a),
        (None, Some(e)) => (Status::Estimate, e),
        (None, None) => return (None, None, None, None),
    };
    let Some(target) = &cell.target else {
        return (Some(status), None, None, None);
    };
    let pairs = [
        (change(target), change(result)),
        (level(target), level(result)),
    ];
    for (t, r) in pairs {
        let (Some(t), Some(r)) = (t, r) else {
            continue;
        };
        if t.unit != r.unit {
            continue;
        }
        let met = judge(&t, r.low, lower_is_better(&cell.canonical));
        let gap = round(r.low - t.low);
        return (
            Some(status),
            Some(gap),
            t.unit.map(str::to_string),
            Some(met),
        );
    }
    (Some(status), None, None, None)
}

/// Float noise off a difference of decimals (5.9 − 6 = −0.0999…).
fn round(x: f64) -> f64 {
    let r = (x * 1e6).round() / 1e6;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// Met or not: 以上 is a floor, 以内 a ceiling, 左右 is the reader's call;
/// a plain figure or range is a floor, or a ceiling for an indicator that
/// is better lower (失业率, 居民消费价格). A negative target (下降3%以上)
/// bounds the size of the fall.
fn judge(target: &Number, result: f64, lower_better: bool) -> Met {
    let yes = |ok: bool| if ok { Met::Yes } else { Met::No };
    let low = target.low;
    let high = target.high.unwrap_or(low);
    let falls = high < 0.0;
    match target.qualifier {
        Some(Qualifier::Approx) => Met::About,
        Some(Qualifier::AtLeast) if falls => yes(result <= high),
        Some(Qualifier::AtLeast) => yes(result >= low),
        Some(Qualifier::AtMost) if falls => yes(result >= low),
        Some(Qualifier::AtMost) => yes(result <= high),
        None if lower_better => yes(result <= high),
        None => yes(result >= low),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(low: f64, q: Option<Qualifier>) -> Number<'static> {
        Number {
            low,
            high: None,
            unit: Some("%"),
            qualifier: q,
        }
    }

    #[test]
    fn qualifiers_decide() {
        assert_eq!(
            judge(&n(6.0, Some(Qualifier::Approx)), 5.9, false),
            Met::About
        );
        assert_eq!(judge(&n(3.0, Some(Qualifier::AtMost)), 0.2, true), Met::Yes);
        assert_eq!(judge(&n(3.0, Some(Qualifier::AtMost)), 3.2, true), Met::No);
        assert_eq!(
            judge(&n(5.0, Some(Qualifier::AtLeast)), 5.2, false),
            Met::Yes
        );
        assert_eq!(
            judge(&n(5.0, Some(Qualifier::AtLeast)), 4.8, false),
            Met::No
        );
        // 下降3%以上: a fall of at least 3.
        assert_eq!(
            judge(&n(-3.0, Some(Qualifier::AtLeast)), -3.5, true),
            Met::Yes
        );
        assert_eq!(
            judge(&n(-3.0, Some(Qualifier::AtLeast)), -2.0, true),
            Met::No
        );
    }

    #[test]
    fn plain_targets_follow_the_indicator() {
        assert_eq!(judge(&n(5.0, None), 5.2, false), Met::Yes);
        assert_eq!(judge(&n(5.0, None), 4.9, false), Met::No);
        assert_eq!(judge(&n(5.5, None), 5.1, true), Met::Yes);
        assert_eq!(judge(&n(5.5, None), 5.6, true), Met::No);
        let range = Number {
            low: 5.0,
            high: Some(5.5),
            unit: Some("%"),
            qualifier: None,
        };
        assert_eq!(judge(&range, 5.2, false), Met::Yes);
        assert_eq!(judge(&range, 4.9, false), Met::No);
    }

    #[test]
    fn gaps_are_rounded() {
        assert_eq!(round(5.9 - 6.0), -0.1);
        assert_eq!(round(0.1 + 0.2 - 0.3), 0.0);
    }
}
