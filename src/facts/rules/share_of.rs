//! Rule: a percentage led by a share word (占, 完成…的) is a share of the
//! level stated before it in the same ；-part, and its subject says so.
//!
//! Why: 实际到位内资20亿元，完成全年任务的56.5%: the 56.5% is of the 内资
//! target; the row reads 实际到位内资完成全年任务的 rather than a bare share.
//!
//! Example: 税收收入6亿元，占一般公共预算收入的70% → 税收收入占一般公共预算收入的 70%.
//! A bare 占 (医院床位812万张（占78.8%）) is the level's share: 医院床位占比.

use super::super::fact::{Fact, Member, LOOK_BACK};
use super::inherit_subject::is_generic;
use crate::lexicon::words::{SHARE_LEADS, SHARE_NAME, SHARE_WORD};
use crate::quantity::Quantity;
use crate::text::ends_at;

/// 812万张（占78.8%）: 占 alone before a percentage names the share (占比)
/// of the level before, for a subject left empty.
pub(in crate::facts) fn bare_share(chars: &[char], q: &Quantity) -> Option<String> {
    (q.unit == "%" && ends_at(chars, q.start, SHARE_WORD)).then(|| SHARE_NAME.to_string())
}

/// 占全市总量35%, 完成年计划的156%: a share of the fact before.
pub(in crate::facts) fn is_share_of_before(subject: &str, q: &Quantity) -> bool {
    q.unit == "%" && SHARE_LEADS.iter().any(|w| subject.starts_with(w))
}

pub(in crate::facts) fn share_subject(before: &[Fact], subject: &str, part: usize) -> String {
    before
        .iter()
        .rev()
        .take(LOOK_BACK)
        .find(|f| f.part == part && f.level.as_ref().is_some_and(|l| !l.is_rate()))
        .map_or(subject.to_string(), |f| format!("{}{subject}", f.subject))
}

/// The subject phase's interface (see `rules::RULES`): a bare share
/// (占…的) names itself, and a share of the level before takes its name.
pub(in crate::facts) fn rename(m: &mut Member, subject: &str) -> Option<String> {
    let bare = if subject.is_empty() {
        bare_share(m.chars, &m.r.q)
    } else {
        None
    };
    let subject = bare.as_deref().unwrap_or(subject);
    if subject.is_empty() || is_generic(subject) || !is_share_of_before(subject, &m.r.q) {
        return bare;
    }
    Some(share_subject(m.before, subject, m.part))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_share_names_what_it_is_a_share_of() {
        let rows = crate::parse("某项收入6亿元，占全县总量的70%。").rows;
        let share = rows
            .iter()
            .find(|r| r.value == Some(70.0))
            .expect("share row");
        assert!(share.indicator.starts_with("某项收入"), "{rows:#?}");
    }

    #[test]
    fn a_bracketed_share_is_the_levels_share() {
        let rows = crate::parse("学校床位1200张（占41.5%），诊所就诊9.1万人次（增长2.2%）。").rows;
        let share = rows.iter().find(|r| r.value == Some(41.5)).unwrap();
        assert_eq!(share.indicator, "学校床位占比");
        let growth = rows.iter().find(|r| r.change == Some(2.2)).unwrap();
        assert_eq!(growth.indicator, "诊所就诊");
        assert_eq!(growth.value, Some(9.1));
    }
}
