//! Rule: a change measured against a year before the one reviewed (较2020年
//!下降20%, 较“十三五”末提高8个百分点) is a change over the years since then.
//!
//! Why: SPEC "Periods in multi-year reviews and plans": a change over a span
//! takes the span. In a review of 2025, 比2020年增长30% is the growth of
//! 2021-2025, not of 2025; 比上年 (the year before) keeps the one year.
//!
//! Example (made up), in a report reviewing 2030: `PM2.5平均浓度较2025年
//! 下降12%。` → −12% 2026-2030.

use crate::period::Period;

/// The span from the year after `baseline` to the year of `period`, when
/// the baseline is a year more than one before it; else `period`.
pub(in crate::facts) fn since_baseline(period: Period, baseline: Option<Period>) -> Period {
    let Some(base) = baseline.filter(|b| b.is_year() && period.is_year()) else {
        return period;
    };
    let (from, to) = (base.year() + 1, period.year());
    if to > from {
        Period::span(from, to)
    } else {
        period
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    fn period_of(text: &str, change: f64) -> String {
        let r = rows(text);
        let r = r.iter().find(|r| r.change == Some(change)).unwrap();
        r.period.map(|p| p.to_string()).unwrap_or_default()
    }

    const HEAD: &str = "2031年青川市政府工作报告\n一、2030年工作回顾\n";

    #[test]
    fn a_change_since_an_earlier_year_is_over_the_years_since() {
        let t = format!("{HEAD}PM2.5平均浓度较2025年下降12%，营业收入较“十四五”末翻一番。\n");
        assert_eq!(period_of(&t, -12.0), "2026-2030");
        assert_eq!(period_of(&t, 1.0), "2026-2030");
    }

    #[test]
    fn a_change_since_last_year_keeps_the_year() {
        let t = format!("{HEAD}地区生产总值比上年增长5.2%，税收收入比2029年增长3%。\n");
        assert_eq!(period_of(&t, 5.2), "2030");
        assert_eq!(period_of(&t, 3.0), "2030");
    }
}
