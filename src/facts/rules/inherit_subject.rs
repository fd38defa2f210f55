//! Rule: a subject that names nothing on its own borrows from the fact
//! before it in the same ；-part: a change with no subject is that fact's
//! change, a total (总量) or a rate noun is of that fact's subject, and a
//! level (省级) qualifies that fact's head noun.
//!
//! Why: 地区生产总值63亿元，总量居全省第三 or …，增速5% do not repeat the
//! subject; a row must name it.
//!
//! Example: 引进企业20家，其中省级5家 → 省级企业 5家.

use super::super::fact::{Fact, Member, Role, LOOK_BACK};
use crate::lexicon::words::{GENERIC_SUBJECTS, LEVEL_SUFFIX, POINTS_UNIT, RATE_NOUNS};
use crate::subject;

pub(in crate::facts) fn is_generic(subject: &str) -> bool {
    GENERIC_SUBJECTS.contains(subject)
        || RATE_NOUNS.contains(subject)
        || is_level_only(subject)
        || is_milestone_only(subject)
}

/// 万亿元台阶 alone (…连上3个万亿元台阶、达9.6万亿元): the milestone of the
/// subject before, whose level follows.
fn is_milestone_only(subject: &str) -> bool {
    crate::indicator::without_milestone(subject).is_some_and(str::is_empty)
}

/// 省级, 国家级: a level that qualifies a head noun said before.
fn is_level_only(subject: &str) -> bool {
    subject.ends_with(LEVEL_SUFFIX) && subject.chars().count() <= 4
}

/// A subject that names nothing on its own borrows from the fact before in
/// the same ；-part: a change with no subject is that fact's change, a total
/// (总量) or a level (省级) is of that fact's subject.
/// What borrows a subject: a level, a change (of an amount: it takes the
/// last amount's subject), or a change in points (of a rate: it takes the
/// last rate's subject).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::facts) enum Borrow {
    Level,
    ChangeOf,
    PointsOf,
}

pub(in crate::facts) fn inherit_subject(
    before: &[Fact],
    generic: &str,
    part: usize,
    borrow: Borrow,
) -> String {
    let same_part = || {
        before
            .iter()
            .rev()
            .take(LOOK_BACK)
            .filter(|f| f.part == part && !f.subject.is_empty())
    };
    let rate_wanted = borrow == Borrow::PointsOf;
    let prev = if borrow == Borrow::Level {
        same_part().next()
    } else {
        same_part()
            .find(|f| {
                f.change.is_none() && f.level.as_ref().is_some_and(|l| l.is_rate() == rate_wanted)
            })
            .or_else(|| same_part().next())
    };
    let Some(prev) = prev else {
        return generic.to_string();
    };
    if generic.is_empty() || RATE_NOUNS.contains(generic) || is_milestone_only(generic) {
        // After a count of milestones (连跨2个千亿元台阶，达到1.2万亿元) the
        // level is the indicator's own.
        let stem = crate::indicator::without_milestone(&prev.subject).filter(|s| !s.is_empty());
        return stem.unwrap_or(&prev.subject).to_string();
    }
    let head = subject::without_addition(&prev.subject);
    if is_level_only(generic) {
        let head = head.trim_start_matches(|c| c != LEVEL_SUFFIX);
        let head = head.strip_prefix(LEVEL_SUFFIX).unwrap_or(&prev.subject);
        return format!("{generic}{head}");
    }
    format!("{head}{generic}")
}

/// The subject phase's interface (see `rules::RULES`): a subject that
/// names nothing borrows, by what the number is.
pub(in crate::facts) fn rename(m: &mut Member, subject: &str) -> Option<String> {
    if !subject.is_empty() && !is_generic(subject) {
        return None;
    }
    let borrow = match m.r.role {
        Role::Level => Borrow::Level,
        Role::Change(_) if m.r.q.unit.ends_with(POINTS_UNIT) => Borrow::PointsOf,
        Role::Change(_) => Borrow::ChangeOf,
    };
    Some(inherit_subject(m.before, subject, m.part, borrow))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_word_is_not_a_subject_on_its_own() {
        assert!(is_level_only("省级"));
        assert!(!is_level_only("省级龙头企业数量"));
        assert!(is_generic("省级"));
    }

    #[test]
    fn a_change_without_subject_takes_the_level_before() {
        let rows = crate::parse("全县蔬菜产量12万吨；增长4%。").rows;
        assert!(
            rows.iter().any(|r| r.indicator.contains("蔬菜产量")),
            "{rows:#?}"
        );
    }

    #[test]
    fn points_take_the_rate_before() {
        let r = crate::parse("建设绿地120公顷，绿地率达到41%，近3年提升5个百分点。").rows;
        let points = r.iter().find(|r| r.change == Some(5.0)).unwrap();
        assert_eq!(points.indicator, "绿地率");
    }

    #[test]
    fn a_level_after_a_count_of_milestones_is_the_indicators() {
        let r = crate::parse("全市地区生产总值跨越2个百亿元台阶，达到830亿元。").rows;
        assert_eq!(r[1].indicator, "地区生产总值");
        assert_eq!(r[1].value, Some(830.0));
        let r = crate::parse("全县粮食产量迈上3个十万吨台阶、达到42万吨。").rows;
        assert_eq!(r[1].canonical.as_deref(), Some("粮食产量"));
    }
}
