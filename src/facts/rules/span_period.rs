//! Rule: a level over a span of years (2021-2025, 五年来) takes the end year
//! when it was reached (达到, 突破), and the year before the span when a
//! change started from it (从…增加到…); counts and totals keep the span.
//!
//! Why: 五年来…人口达到120万 states the population at the end of the span;
//! 从2020年的120亿元增加到… states where the span began. A total over
//! five years (五年来累计新增…) is the span's.
//!
//! Example: 五年来，全市常住人口达到120万 (reviewing 2021-2025) → 2025.

use super::super::Fact;
use crate::period::Period;

/// SPEC's multi-year rules for a level over a span of years: one reached
/// at the end takes the end year, the one a change started from the year
/// before the span; counts and totals keep the span.
pub(in crate::facts) fn span_rule(period: Period, f: &Fact) -> Period {
    if f.from_start {
        if period.is_span() {
            return period.year_before();
        }
        return period;
    }
    if f.reached {
        return period.end();
    }
    period
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_level_reached_over_a_span_is_the_end_year() {
        let text = "2025年某县政府工作报告\n过去五年，全县常住人口达到120万人。\n";
        let rows = crate::parse(text).rows;
        let row = rows.iter().find(|r| r.value == Some(120.0)).expect("row");
        assert_eq!(
            row.period.map(|p| p.to_string()).as_deref(),
            Some("2024"),
            "{rows:#?}"
        );
    }
}
