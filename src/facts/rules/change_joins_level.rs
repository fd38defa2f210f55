//! Rule: a change with no subject of its own, or the same subject, joins the
//! level just before it in the same ；-part: one row with both value and
//! change; so does a level written right after its change (增长6.5%，达到
//! 418.2亿元). A rate's change joins it only in 百分点.
//!
//! Why: 地区生产总值完成63.65亿元，同比增长5.2% is one indicator, one row.
//! 城镇化率68%，提高0.6个百分点 too; but 城镇化率68%，增长5% is not the
//! rate's change.
//!
//! Example: 粮食产量40万吨，增长2% → 粮食产量 40万吨 +2%.

use super::super::fact::{Fact, LOOK_BACK};
use crate::quantity::Quantity;

/// Adds a fact, merging a change with no subject of its own into the level
/// before it: 地区生产总值完成63.65亿元，同比增长5.2%. `joined` is told of
/// the fact it joined, if it did.
pub(in crate::facts) fn push_fact(facts: &mut Vec<Fact>, f: Fact, joined: impl FnOnce(&mut Fact)) {
    if let (Some(level), None) = (&f.level, &f.change) {
        if let Some(p) = change_before(facts, &f, level) {
            p.level = Some(level.clone());
            p.over = f.over;
            p.end = p.end.max(f.end);
            p.shaped = p.shaped.union(f.shaped);
            return joined(p);
        }
    }
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
                p.shaped = p.shaped.union(f.shaped);
                return joined(p);
            }
        }
    }
    facts.push(f);
}

/// 地区生产总值增长6.5%，达到418.2亿元: the change just before, of the same
/// subject and with no level yet, that this level joins.
fn change_before<'a>(facts: &'a mut [Fact], f: &Fact, level: &Quantity) -> Option<&'a mut Fact> {
    let p = facts.last_mut()?;
    let change = &p.change.as_ref()?.0;
    let fits = !level.is_rate() || change.unit.ends_with("百分点");
    (p.part == f.part && p.level.is_none() && p.subject == f.subject && fits && !p.average)
        .then_some(p)
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

    #[test]
    fn a_level_after_its_change_joins_it() {
        let r = one("全县地区生产总值增长4.8%，达到215.6亿元。");
        assert_eq!((r.value, r.change), (Some(215.6), Some(4.8)));
        let r = one("城镇化率提高1.1个百分点，达到58.2%。");
        assert_eq!((r.value, r.change), (Some(58.2), Some(1.1)));
    }
}
