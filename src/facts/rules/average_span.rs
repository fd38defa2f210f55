//! Rule: an average annual change (年均增长) dated by one year takes the
//! span that year ends, when the place speaks of such a span.
//!
//! Why: SPEC "Periods in multi-year reviews and plans": average annual
//! growth is over a span. A goal written 到2030年，生产总值年均增长5% in a
//! section on the “十五五” plan, or a review's 2030年…年均增长 inside a span,
//! names the span's last year only to say when it ends.
//!
//! Example (made up), under 二、“十五五”时期主要目标: `到2030年，地区生产总值
//! 年均增长5%左右。` → +5% 2026-2030 (target).

use crate::period::Period;
use crate::structure::Context;

/// The span of the place (its reviewed or its planned one) that ends in
/// the year `period` names, for an average annual change; else `period`.
pub(in crate::facts) fn average_period(period: Period, average: bool, ctx: &Context) -> Period {
    if !average || !period.is_year() {
        return period;
    }
    [ctx.target_period, ctx.review_period]
        .into_iter()
        .flatten()
        .find(|p| p.is_span() && p.last_year() == period.year())
        .unwrap_or(period)
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    #[test]
    fn a_goal_of_average_growth_by_a_year_takes_the_plan_span() {
        let r = rows(
            "2026年青川市政府工作报告\n一、“十五五”时期主要目标\n到2030年，地区生产总值年均增长5%左右，达到3000亿元。\n二、2026年工作安排\n地区生产总值增长5.5%。\n",
        );
        let p = |v: Option<f64>, c: Option<f64>| {
            let r = r.iter().find(|r| r.value == v && r.change == c).unwrap();
            r.period.map(|p| p.to_string()).unwrap_or_default()
        };
        assert_eq!(p(None, Some(5.0)), "2026-2030");
        assert_eq!(p(Some(3000.0), None), "2030");
        assert_eq!(p(None, Some(5.5)), "2026");
    }
}
