//! Rule: a subject that names nothing on its own borrows from the fact
//! before it in the same ；-part: a change with no subject is that fact's
//! change, a total (总量) or a rate noun is of that fact's subject, and a
//! level (省级) qualifies that fact's head noun. A bare attribute (总产量,
//! 成交额) is of the thing the fact before it in the sentence is about; a
//! comparison alone (高于全国0.4个百分点) compares the figure before it.
//!
//! Why: 地区生产总值63亿元，总量居全省第三 or …，增速5% do not repeat the
//! subject; a row must name it. Bulletins name a thing once and go on with
//! its attributes (粮食播种面积…；总产量…).
//!
//! Example: 引进企业20家，其中省级5家 → 省级企业 5家; 签订技术合同300项，
//! 成交额9亿元 → 技术合同成交额.

use super::super::fact::{Fact, Member, Role, LOOK_BACK};
use super::owner::may_own;
use crate::lexicon::names::{COMPARED_WITH, GROWTH_RATE, REPORTING_VERBS};
use crate::lexicon::words::{
    ADDITION_LEADS, ATTRIBUTE_SUBJECTS, GENERIC_SUBJECTS, LEVEL_SUFFIX, OWN_ATTRIBUTES,
    POINTS_UNIT, RATE_NOUNS,
};
use crate::places::place_at;
use crate::subject;
use crate::text::{cn_digit, CharLen};

pub(in crate::facts) fn is_generic(subject: &str) -> bool {
    GENERIC_SUBJECTS.contains(subject)
        || RATE_NOUNS.contains(subject)
        || is_level_only(subject)
        || is_milestone_only(subject)
        || is_years_only(subject)
        || ADDITION_LEADS.contains(subject)
}

/// The longest subject [`rename`] gives a name: eight Chinese chars.
#[cfg(any(test, not(target_arch = "wasm32")))]
const BARE_MAX_BYTES: usize = 24;

/// 五年, 三年来: how long, not what (…达到6800元，五年翻了一番).
fn is_years_only(subject: &str) -> bool {
    let rest = subject.trim_start_matches(|c: char| cn_digit(c).is_some());
    rest.len() < subject.len() && matches!(rest, "年" | "年来" | "年间")
}

/// 万亿元台阶 alone (…连上3个万亿元台阶、达9.6万亿元): the milestone of the
/// subject before, whose level follows.
fn is_milestone_only(subject: &str) -> bool {
    crate::indicator::without_milestone(subject).is_some_and(str::is_empty)
}

/// 省级, 国家级: a level that qualifies a head noun said before.
fn is_level_only(subject: &str) -> bool {
    subject.ends_with(LEVEL_SUFFIX) && subject.char_len() <= 4
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
    if generic.is_empty()
        || RATE_NOUNS.contains(generic)
        || is_milestone_only(generic)
        || is_years_only(generic)
    {
        // After a count of milestones (连跨2个千亿元台阶，达到1.2万亿元) the
        // level is the indicator's own.
        let stem = crate::indicator::without_milestone(&prev.subject).filter(|s| !s.is_empty());
        return stem.unwrap_or(&prev.subject).to_string();
    }
    let head = subject::without_addition(&prev.subject);
    // …突破1500家，净增200家: the additions of what was counted.
    if ADDITION_LEADS.contains(generic) {
        // Of the things, not of their total (经营主体总量…，新登记…).
        let things = GENERIC_SUBJECTS.iter().find_map(|w| head.strip_suffix(w));
        return format!(
            "{generic}{}",
            things.filter(|t| !t.is_empty()).unwrap_or(head)
        );
    }
    if is_level_only(generic) {
        let head = head.trim_start_matches(|c| c != LEVEL_SUFFIX);
        let head = head.strip_prefix(LEVEL_SUFFIX).unwrap_or(&prev.subject);
        return format!("{generic}{head}");
    }
    format!("{head}{generic}")
}

/// A bare attribute named after the thing a fact before it in the sentence
/// is about: a thing measured by one of its attributes (粮食播种面积 and
/// 总产量 make 粮食总产量) or counted (技术合同300项). Across a ；: a
/// bulletin's parts go on with the same thing.
fn attribute_of_before(before: &[Fact], attribute: &str) -> Option<String> {
    let thing = before
        .iter()
        .rev()
        .take(LOOK_BACK)
        .filter(|f| f.level.as_ref().is_some_and(|l| !l.is_rate()))
        .find_map(thing_of)?;
    // A place named before the thing is not the attribute's: the row
    // follows the places before (甲县、乙县的优良天数分别为…，优良率分别为…).
    let chars: Vec<char> = thing.chars().collect();
    let place = place_at(&chars, 0, None, &may_own).map_or(0, |(_, n)| n);
    let thing: String = chars[place..].iter().skip_while(|&&c| c == '的').collect();
    Some(format!("{thing}{attribute}"))
}

/// What a fact is about, when its subject says: its subject without its
/// own attribute (and a reporting verb before that: 实现, 完成), or the whole
/// subject of a count.
fn thing_of(fact: &Fact) -> Option<&str> {
    let head = subject::without_addition(&fact.subject);
    let Some(rest) = OWN_ATTRIBUTES.iter().find_map(|w| head.strip_suffix(w)) else {
        let counted = fact.level.as_ref().is_some_and(|l| l.counts);
        return (counted && !head.is_empty()).then_some(head);
    };
    let rest = REPORTING_VERBS
        .iter()
        .find_map(|v| rest.strip_suffix(v))
        .unwrap_or(rest);
    (!rest.is_empty()).then_some(rest)
}

/// A comparison alone (增长5.4%、高于全国0.4个百分点) compares the figure
/// before it in the ；-part: its growth rate, or the rate it is.
fn compared_before(before: &[Fact], comparison: &str, part: usize) -> Option<String> {
    let prev = before
        .iter()
        .rev()
        .take(LOOK_BACK)
        .find(|f| f.part == part && !f.subject.is_empty())?;
    let growth = prev.change.as_ref().is_some_and(|(q, _)| q.unit == "%");
    let rate = if growth { GROWTH_RATE } else { "" };
    Some(format!("{}{rate}{comparison}", prev.subject))
}

/// The subject phase's interface (see `rules::RULES`): a subject that
/// names nothing borrows, by what the number is.
pub(in crate::facts) fn rename(m: &mut Member, subject: &str) -> Option<String> {
    // Every word that names nothing on its own is short: most subjects are
    // not looked for in the lists (natively: the core wasm keeps its bytes).
    #[cfg(not(target_arch = "wasm32"))]
    if subject.len() > BARE_MAX_BYTES {
        return None;
    }
    if ATTRIBUTE_SUBJECTS.contains(subject) {
        return attribute_of_before(m.before, subject);
    }
    if m.r.q.unit.ends_with(POINTS_UNIT) && COMPARED_WITH.contains(subject) {
        return compared_before(m.before, subject, m.part);
    }
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
    fn a_bare_attribute_is_of_the_thing_before() {
        let r = crate::parse("全年油菜播种面积12万亩，增长2%；总产量3.5万吨，增长1%。").rows;
        assert_eq!(r[1].indicator, "油菜总产量");
        let r = crate::parse("全年签订技术合同450项，成交额21亿元。").rows;
        assert_eq!(r[1].canonical.as_deref(), Some("技术合同成交额"));
        let r = crate::parse("全年空气质量优良天数320天，优良率为87.7%。").rows;
        assert_eq!(r[1].canonical.as_deref(), Some("空气优良天数比例"));
        let r = crate::parse("总产量3.5万吨。").rows;
        assert_eq!(r[0].indicator, "总产量");
        // Past a fact of an attribute only, to the thing counted before it.
        let r = crate::parse("年末共有剧场120个，从业人员0.8万人，营业收入9亿元。").rows;
        let names: Vec<_> = r.iter().map(|r| r.indicator.as_str()).collect();
        assert_eq!(names, ["剧场", "剧场从业人员", "剧场营业收入"]);
        let r = crate::parse("规模以上企业实现营业收入500亿元，利润总额30亿元。").rows;
        assert_eq!(r[1].indicator, "规模以上企业利润总额");
        // A share is no thing.
        let r = crate::parse("甲类企业营业收入200亿元，占全部企业的60%；利润总额30亿元。").rows;
        assert_eq!(r.last().unwrap().indicator, "甲类企业利润总额");
        // Institutions counted, then their beds and staff.
        let r = crate::parse("年末共有康复机构2100个，床位35万张，职工6.3万人。").rows;
        let names: Vec<_> = r.iter().map(|r| r.indicator.as_str()).collect();
        assert_eq!(names, ["康复机构", "康复机构床位", "康复机构职工"]);
    }

    #[test]
    fn a_comparison_alone_compares_the_figure_before() {
        let r = crate::parse("全省地区生产总值增长5.2%，高于全国0.4个百分点。").rows;
        assert_eq!(r[1].indicator, "地区生产总值增速高于全国");
        assert_eq!(r[1].canonical.as_deref(), Some("地区生产总值"));
        assert_eq!(
            (r[1].change, r[1].change_unit.as_deref()),
            (Some(0.4), Some("个百分点"))
        );
        let r = crate::parse("主要农作物机械化率达到90%、高于全省平均水平5个百分点。").rows;
        assert_eq!(r[1].indicator, "主要农作物机械化率高于全省平均水平");
    }

    #[test]
    fn a_count_of_years_is_no_subject() {
        // The change of the level before: one row.
        let r = crate::parse("农民人均纯收入达到6800元，五年翻了一番。").rows;
        assert_eq!(r.len(), 1, "{r:#?}");
        assert_eq!(r[0].canonical.as_deref(), Some("农村居民人均可支配收入"));
        let change = (r[0].value, r[0].change, r[0].change_unit.as_deref());
        assert_eq!(change, (Some(6800.0), Some(1.0), Some("倍")));
        assert!(!is_years_only("三年行动") && !is_years_only("年"));
    }

    #[test]
    fn an_addition_alone_adds_to_what_was_counted() {
        let r = crate::parse("全市科技型企业突破800家，净增120家。").rows;
        assert_eq!(r[1].indicator, "净增科技型企业");
        assert_eq!(r[1].value, Some(120.0));
        let r = crate::parse("全市经营主体总量达到90万户，新登记12万户。").rows;
        assert_eq!(r[1].canonical.as_deref(), Some("新增市场主体"));
    }

    #[test]
    fn every_bare_word_is_within_the_bound() {
        let lists = [
            ATTRIBUTE_SUBJECTS, COMPARED_WITH, GENERIC_SUBJECTS, RATE_NOUNS, ADDITION_LEADS,
        ];
        for w in lists.into_iter().flatten() {
            assert!(w.len() <= BARE_MAX_BYTES, "{w}");
        }
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
