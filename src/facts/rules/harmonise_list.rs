//! Rule: the members of a list share what is written once: the unit at the
//! end, the first member's role (level or change), and a qualifier before the
//! first number.
//!
//! Why: 分别提高3.5个和3个百分点 writes 百分点 once; 分别突破800个和400个
//! writes 突破 (at least) once. Each row must carry its own unit and
//! qualifier.
//!
//! Example: 两项指标分别提高2个和1个百分点 → both changes in 个百分点.

use super::super::fact::Reading;

/// Members of a list share what is written once: the unit at the end
/// (分别提高3.5个和3个百分点), the first member's role, and a qualifier before
/// the first number (分别突破800个和400个). Whether it gave any member a
/// unit or a qualifier.
pub(in crate::facts) fn harmonise_list(members: &mut [Reading]) -> bool {
    let Some(last) = members.last().map(|r| r.q.unit.clone()) else {
        return false;
    };
    let role = members[0].role;
    let qualifier = members[0].q.qualifier;
    let shortened = |u: &str| last.starts_with(u) && last != u;
    let mut gave = false;
    for r in members.iter_mut() {
        if shortened(&r.q.unit) {
            r.q.unit = last.clone();
            gave = true;
        }
        gave |= r.q.qualifier.is_none() && qualifier.is_some();
        r.role = role;
        if r.q.qualifier.is_none() {
            r.q.qualifier = qualifier;
        }
    }
    gave
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;
    use crate::model::Qualifier;

    #[test]
    fn a_unit_written_once_serves_the_list() {
        let r = rows("本地加工率和本地配套率分别提高3.5个和3个百分点。");
        assert_eq!(r.len(), 2);
        assert!(r
            .iter()
            .all(|r| r.change_unit.as_deref() == Some("个百分点")));
    }

    #[test]
    fn a_qualifier_before_the_list_serves_it() {
        let r = rows("新开工、新投产重点项目分别突破600个和300个。");
        assert_eq!(r.len(), 2);
        assert!(r
            .iter()
            .all(|r| r.value_qualifier == Some(Qualifier::AtLeast)));
        assert_eq!(r[1].indicator, "新投产重点项目");
    }

    /// The row contract (docs/rows.md): the head noun written once after a
    /// list of verbs (重点项目) belongs to every item.
    #[test]
    fn a_head_noun_after_the_list_serves_it() {
        let r = rows("新开工、新投产重点项目分别突破600个和300个。");
        assert_eq!(r[0].indicator, "新开工重点项目");
        let r = rows("今年努力新开工、新投产重点项目250个、150个。");
        assert_eq!(r[0].indicator, "新开工重点项目");
        assert_eq!(r[1].indicator, "新投产重点项目");
    }
}
