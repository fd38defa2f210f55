//! Rule: a down verb written before its object and the object's number
//! states a cut of that object: a negative change, not a level.
//!
//! Why: SPEC "change": 压减, 减少 are negative changes. In 压减燃煤消费量
//! 2亿立方米 the number is how much the 开采量 fell, not its size; the row
//! names the object (燃煤消费量) and the verb goes.
//!
//! Example (made up): 各部门减少会议费0.3亿元 → 各部门会议费, change −0.3 亿元.

use super::super::fact::{Member, Reading, Role};
use crate::lexicon::words::CUT_VERBS;
use crate::text::{str_find, CharLen, Slice};

/// The object's name when `subject` holds a cut verb before a noun and the
/// number is a level of an amount: the subject without the verb, and the
/// reading turned into a fall.
pub(in crate::facts) fn cut_of_object(subject: &str, r: &mut Reading) -> Option<String> {
    if r.role != Role::Level || r.q.is_rate() || r.q.counts {
        return None;
    }
    let (at, verb) = CUT_VERBS
        .iter()
        .filter_map(|v| str_find(subject, v).map(|at| (at, v)))
        .min()?;
    let object = subject.slice(at + verb.len()..);
    if object.char_len() < 2 {
        return None;
    }
    r.role = Role::Change(-1.0);
    Some(format!("{}{object}", subject.slice(..at)))
}

/// The subject phase's interface (see `rules::RULES`).
pub(in crate::facts) fn rename(m: &mut Member, subject: &str) -> Option<String> {
    cut_of_object(subject, m.r)
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::one;

    #[test]
    fn a_cut_of_an_object_is_its_fall() {
        let r = one("压减燃煤消费量12万吨。");
        assert_eq!(r.indicator, "燃煤消费量");
        assert_eq!((r.value, r.change), (None, Some(-12.0)));
        assert_eq!(r.change_unit.as_deref(), Some("万吨"));
        let r = one("市直单位减少会议费0.3亿元。");
        assert_eq!(r.indicator, "市直单位会议费");
        assert_eq!(r.change, Some(-0.3));
    }

    #[test]
    fn a_count_of_things_cut_stays_a_level() {
        let r = one("减少审批事项30项。");
        assert_eq!((r.value, r.change), (Some(30.0), None));
    }
}
