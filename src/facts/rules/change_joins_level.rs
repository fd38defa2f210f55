//! Rule: a change with no subject of its own, or the same subject, joins the
//! level just before it in the same ；-part: one row with both value and
//! change. A rate's change joins it only in 百分点.
//!
//! Why: 地区生产总值完成63.65亿元，同比增长5.2% is one indicator, one row.
//! 城镇化率68%，提高0.6个百分点 too; but 城镇化率68%，增长5% is not the
//! rate's change.
//!
//! Example: 粮食产量40万吨，增长2% → 粮食产量 40万吨 +2%.

use super::super::{Fact, LOOK_BACK};
use crate::quantity::Quantity;

/// Adds a fact, merging a change with no subject of its own into the level
/// before it: 地区生产总值完成63.65亿元，同比增长5.2%.
pub(in crate::facts) fn push_fact(facts: &mut Vec<Fact>, f: Fact) {
    if let Some(change) = &f.change {
        // A rate's change is in points (城镇化率68.45%，提高0.62个百分点).
        let joins = |l: &Quantity| !l.is_rate() || change.0.unit.ends_with("百分点");
        let target = facts.iter_mut().rev().take(LOOK_BACK).find(|p| {
            p.part == f.part
                && !f.average
                && p.change.is_none()
                && p.level.as_ref().is_some_and(joins)
                && p.subject == f.subject
        });
        if let Some(p) = target {
            if f.start >= p.start {
                p.change = Some(change.clone());
                p.end = p.end.max(f.end);
                return;
            }
        }
    }
    facts.push(f);
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::one;

    #[test]
    fn a_change_without_subject_joins_the_level_before() {
        let r = one("地区生产总值完成63.65亿元，同比增长5.2%。");
        assert_eq!(r.indicator, "地区生产总值");
        assert_eq!((r.value, r.unit.as_deref()), (Some(63.65), Some("亿元")));
        assert_eq!((r.change, r.change_unit.as_deref()), (Some(5.2), Some("%")));
    }
}
