//! Rule: a bare counterpart right after an indicator names the same
//! indicator's other side: 一般公共预算收入1300亿元，支出1200亿元 → the
//! 支出 is 一般公共预算支出; a group alone after another group's indicator
//! is the same indicator of that group.
//!
//! Why: round-ups and bulletins write the budget's two sides once; a bare
//! 支出 names no standard indicator.
//!
//! A group alone after 其中 (or after another group's part) names that
//! group's part of the figure before: bulletins split a figure so.
//!
//! Example: 一般公共预算收入80亿元，支出95亿元 → 一般公共预算支出 95 亿元;
//! 城镇居民人均可支配收入5万元；农村居民2.6万元 → 农村居民人均可支配收入;
//! 出生人口5万人，其中男性2.6万人，女性2.4万人 → 男性出生人口, 女性出生人口.
//!
//! An industry or a kind of enterprise alone after another's measure has
//! that measure: bulletins list them so (分行业看，化工业增加值增长2.9%，
//! 印刷业增长4.2% → 印刷业增加值).

use super::super::fact::{Fact, Member};
use super::owner::owner_of;
use crate::indicator::Dictionary;
use crate::lexicon::roundup_words::{
    COUNTERPARTS, KIND_END, SHARED_MEASURES, SUBGROUPS, SUBSET_MARK, WHOLE_SCOPES,
};
use crate::text::{contains, Slice};

/// The name a bare counterpart takes from the fact right before it in its
/// ；-part, when the name so made (without a leading place) is standard.
pub(in crate::facts) fn counterpart_subject(
    before: &[Fact],
    subject: &str,
    part: usize,
    dict: &Dictionary,
) -> Option<String> {
    let (bare, replaces) = COUNTERPARTS.iter().find(|(b, _)| *b == subject)?;
    let prev = before.last()?;
    let name = match prev.subject.strip_suffix(replaces) {
        Some(stem) if prev.part == part => format!("{stem}{bare}"),
        // A group's figure after the other's (…；农村居民2.6万元): a
        // bulletin's parts go on with the same indicator.
        _ => format!("{bare}{}", prev.subject.strip_prefix(replaces)?),
    };
    let chars: Vec<char> = name.chars().collect();
    let skip = owner_of(&chars, None, dict).map_or(0, |(_, len)| len);
    let named: String = chars[skip..].iter().collect();
    dict.canonical(&named).is_some().then_some(name)
}

/// 其中城镇为25.5%，农村为29.6%: a group alone after 其中, or after another
/// group's part, is that group's part of the figure before it.
fn subgroup_subject(m: &Member, subject: &str) -> Option<String> {
    if !SUBGROUPS.contains(subject) {
        return None;
    }
    let prev = m.before.last()?;
    let at = m.r.q.start;
    let split = contains(&m.chars[prev.end.min(at)..at], SUBSET_MARK);
    let group = SUBGROUPS.iter().find(|g| prev.subject.starts_with(*g));
    if !split && group.is_none() {
        return None;
    }
    let thing = prev.subject.slice(group.map_or(0, |g| g.len())..);
    let thing = WHOLE_SCOPES
        .iter()
        .find_map(|s| thing.strip_prefix(s))
        .unwrap_or(thing);
    (!thing.is_empty()).then(|| format!("{subject}{thing}"))
}

/// 化工业增加值增长2.9%，印刷业增长4.2%: a kind alone after a kind's
/// measure, with a rate of its own, has that measure (城镇新增就业12万人
/// is no kind's measure).
fn sibling_subject(m: &Member, subject: &str) -> Option<String> {
    if !subject.ends_with(KIND_END) || !m.r.q.is_rate() {
        return None;
    }
    let prev = &m.before.last()?.subject;
    let measure = SHARED_MEASURES.iter().find(|w| prev.ends_with(*w))?;
    let kind = prev.strip_suffix(measure)?;
    kind.ends_with(KIND_END)
        .then(|| format!("{subject}{measure}"))
}

/// The subject phase's interface (see `rules::RULES`).
pub(in crate::facts) fn rename(m: &mut Member, subject: &str) -> Option<String> {
    counterpart_subject(m.before, subject, m.part, m.marks.dict)
        .or_else(|| subgroup_subject(m, subject))
        .or_else(|| sibling_subject(m, subject))
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    #[test]
    fn a_bare_spending_after_the_budget_revenue_is_the_budget_spending() {
        let r = rows("一般公共预算收入80亿元，支出95亿元。");
        assert_eq!(r[1].canonical.as_deref(), Some("一般公共预算支出"));
        assert_eq!(r[1].value, Some(95.0));
    }

    #[test]
    fn a_group_alone_after_the_other_groups_income_has_that_income() {
        let r = rows("城镇居民人均可支配收入5.1万元，增长4%；农村居民2.6万元，增长6%。");
        assert_eq!(r[1].canonical.as_deref(), Some("农村居民人均可支配收入"));
        assert_eq!((r[1].value, r[1].change), (Some(2.6), Some(6.0)));
        let r = rows("农村常住居民人均可支配收入2.6万元；城镇常住居民5.1万元。");
        assert_eq!(r[1].canonical.as_deref(), Some("城镇居民人均可支配收入"));
        let r = rows("城镇居民每百户家用汽车40辆，农村居民28辆。");
        assert_eq!(r[1].indicator, "农村居民");
    }

    #[test]
    fn a_group_alone_after_a_split_names_its_part_of_the_figure() {
        let r = rows("全县居民户均藏书为58册，其中城镇为66册，农村为41册。");
        let names: Vec<&str> = r.iter().map(|r| r.indicator.as_str()).collect();
        assert_eq!(
            names,
            ["居民户均藏书", "城镇居民户均藏书", "农村居民户均藏书"]
        );
        let r = rows("全国新生儿死亡率为3.1‰，其中：城市1.9‰，农村3.6‰。");
        assert_eq!(r[1].indicator, "城市新生儿死亡率");
        assert_eq!(r[2].indicator, "农村新生儿死亡率");
        let r = rows("全年出生人口3.1万人，其中男性1.6万人，女性1.5万人。");
        assert_eq!(r[2].indicator, "女性出生人口");
        // Without a split a group stays as written.
        let r = rows("新建绿道30公里，城区12公里。");
        assert_eq!(r[1].indicator, "城区");
    }

    #[test]
    fn a_kind_alone_after_a_kinds_measure_has_that_measure() {
        let r = rows("分行业看，纺织业增加值增长3.1%，造纸业下降2.0%，家具制造业增长6.5%。");
        let names: Vec<&str> = r.iter().map(|r| r.indicator.as_str()).collect();
        assert_eq!(names, ["纺织业增加值", "造纸业增加值", "家具制造业增加值"]);
        let r = rows("国有企业营业收入增长2%，集体企业增长5%。");
        assert_eq!(r[1].indicator, "集体企业营业收入");
        // Not after another kind of subject, nor a subject with a measure.
        let r = rows("农业投资增长2%，林业下降1%。");
        assert_eq!(r[1].indicator, "林业");
        let r = rows("工业增加值增长5%，仓储业营业收入增长3%。");
        assert_eq!(r[1].indicator, "仓储业营业收入");
        let r = rows("第三产业增加值增长5%，城镇新增就业12万人。");
        assert_eq!(r[1].indicator, "城镇新增就业");
    }

    #[test]
    fn a_bare_spending_after_another_income_stays_bare() {
        let r = rows("居民人均可支配收入5万元，支出3万元。");
        assert_eq!(r[1].indicator, "支出");
        assert_eq!(r[1].canonical, None);
    }
}
