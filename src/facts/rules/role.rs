//! Rule: a number is a change when a change verb (增长, 下降, 提高) or a
//! growth-rate noun (增长率, 增速) stands right before it; otherwise it is a
//! level. A fall is a negative change.
//!
//! Why: a row keeps the level (`value`) and the change (`change`) apart:
//! 增长5.2% is how much a thing grew, 63.65亿元 how big it is. A verb that goes
//! on to a level (提升到25%) states the level reached, not a change, and
//! 新增 names an addition (a level), not a change.
//!
//! Example: 某县粮食产量下降3.1% → change −3.1%; 覆盖率提升到90% → value 90%.

use super::super::fact::{Reading, Role};
use crate::clause::Sentence;
use crate::lexicon::matcher::LazyIndex;
use crate::lexicon::words::{
    CHANGE_DOWN, CHANGE_FILLERS, CHANGE_UP, COMPARE_BELOW, IMPROVE_VERBS, POINTS_UNIT,
    RATE_HELD_AT, RATE_NOUNS, TO_LEVEL,
};
use crate::quantity::Quantity;
use crate::text::{starts_at, str_contains, CharLen};

static FILLERS: LazyIndex = LazyIndex::new(CHANGE_FILLERS);

static LEVEL_LINKS: LazyIndex = LazyIndex::new(TO_LEVEL);

static RATES: LazyIndex = LazyIndex::new(RATE_NOUNS);

const PER_MILLE: &str = "‰";

static UPS: LazyIndex = LazyIndex::new(CHANGE_UP);

static DOWNS: LazyIndex = LazyIndex::new(CHANGE_DOWN);

static IMPROVES: LazyIndex = LazyIndex::new(IMPROVE_VERBS);

static RATE_LEVEL_VERBS: LazyIndex = LazyIndex::new(RATE_HELD_AT);

pub(in crate::facts) fn read_roles(
    chars: &[char],
    s: &Sentence,
    qs: Vec<Quantity>,
) -> Vec<Reading> {
    let mut prev_end = s.start;
    qs.into_iter()
        .map(|q| {
            let from = clause_start(chars, prev_end, q.start);
            let (role, verb_start) = read_role(chars, from, &q);
            prev_end = q.end;
            Reading {
                q,
                role,
                verb_start,
            }
        })
        .collect()
}

/// Reads whether the quantity is a change: a change verb or a growth-rate
/// noun right before it (增长5.2%, 分别下降17.5%, 增长率11.5%), unless the
/// verb goes on to a level (提升到25%).
pub(in crate::facts) fn read_role(chars: &[char], from: usize, q: &Quantity) -> (Role, usize) {
    if q.word_change {
        return (Role::Change(1.0), q.start);
    }
    let mut at = q.start;
    while let Some(w) = FILLERS.ending_at(chars, from, at) {
        at -= w.char_len();
    }
    if let Some(w) = LEVEL_LINKS.ending_at(chars, from, at) {
        let before = at - w.char_len();
        if let Some(v) = change_verb_ending_at(chars, from, before) {
            return (Role::Level, before - v.0);
        }
    }
    // 增速达到10.5%, 涨幅控制在3%左右: a growth rate stated as a level it
    // reaches or is held at is still a change.
    if q.unit == "%" {
        if let Some(v) = RATE_LEVEL_VERBS.ending_at(chars, from, at) {
            let before = at - v.char_len();
            if let Some(noun) = RATES.ending_at(chars, from, before) {
                let sign = if str_contains(noun, "降") { -1.0 } else { 1.0 };
                return (Role::Change(sign), before);
            }
        }
    }
    if let Some((len, sign)) = change_verb_ending_at(chars, from, at) {
        return (Role::Change(sign), at - len);
    }
    // A rate in ‰ is a level (人口自然增长率0.5‰): growth is written in %.
    if let Some(noun) = RATES
        .ending_at(chars, from, at)
        .filter(|_| q.unit != PER_MILLE)
    {
        let sign = if str_contains(noun, "降") { -1.0 } else { 1.0 };
        return (Role::Change(sign), at);
    }
    // 改善16.5%: a change; its sign is read with the subject
    // (`improvement_sign`).
    if let Some(v) = IMPROVES.ending_at(chars, from, at) {
        return (Role::Change(1.0), at - v.char_len());
    }
    if q.unit.ends_with(POINTS_UNIT) {
        return (Role::Change(points_sign(chars, from, q.start)), q.start);
    }
    (Role::Level, q.start)
}

/// 改善 of a subject that is better lower (a concentration, an intensity of
/// energy or emissions) is a fall: SPEC "change".
pub(in crate::facts) fn improvement_sign(chars: &[char], subject: &str, r: &mut Reading) {
    if r.role == Role::Change(1.0)
        && IMPROVES.at(chars, r.verb_start).is_some()
        && crate::lexicon::direction::lower_is_better(subject)
    {
        r.role = Role::Change(-1.0);
    }
}

/// 个百分点 is a difference of rates (高于全国1.2个百分点): negative after a
/// word that puts the subject below (低于全国0.5个百分点).
fn points_sign(chars: &[char], from: usize, at: usize) -> f64 {
    let below = (from.max(at.saturating_sub(12))..at)
        .any(|i| COMPARE_BELOW.iter().any(|w| starts_at(chars, i, w)));
    if below {
        -1.0
    } else {
        1.0
    }
}

/// A change verb ending at `at`: its length and sign. 新增 is an addition,
/// not a change.
fn change_verb_ending_at(chars: &[char], from: usize, at: usize) -> Option<(usize, f64)> {
    let up = UPS.ending_at(chars, from, at);
    let down = DOWNS.ending_at(chars, from, at);
    let (word, sign) = match (up, down) {
        (Some(u), Some(d)) if d.char_len() > u.char_len() => (d, -1.0),
        (Some(u), _) => (u, 1.0),
        (None, Some(d)) => (d, -1.0),
        (None, None) => return None,
    };
    let len = word.char_len();
    // 新增, 净增: an addition (a level), not a change.
    if word.char_len() == 1 && at - len > from && matches!(chars[at - len - 1], '新' | '净') {
        return None;
    }
    Some((len, sign))
}

/// Start of the clause holding `at`: after the last ，：；since `from`.
fn clause_start(chars: &[char], from: usize, at: usize) -> usize {
    (from..at)
        .rev()
        .find(|&i| matches!(chars[i], '，' | '：' | '；'))
        .map_or(from, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::{one, rows};
    #[test]
    fn a_growth_rate_held_at_a_level_is_a_change() {
        let r = crate::parse("规上工业增加值增速达到8.5%。居民消费价格涨幅控制在2%左右。").rows;
        assert_eq!((r[0].value, r[0].change), (None, Some(8.5)));
        assert_eq!((r[1].value, r[1].change), (None, Some(2.0)));
    }

    #[test]
    fn a_rate_in_per_mille_is_a_level() {
        let r = rows("全年出生率7.4‰，死亡率6.9‰，自然增长率0.5‰。");
        let levels: Vec<_> = r.iter().map(|r| (r.value, r.change)).collect();
        assert_eq!(
            levels,
            [(Some(7.4), None), (Some(6.9), None), (Some(0.5), None)]
        );
    }

    #[test]
    fn a_growth_rate_noun_joins_the_level_it_grows() {
        let r = rows("实际到位内资额20.33亿元，完成全年任务的56.5%，增长率11.5%。");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].change, Some(11.5));
        assert_eq!(r[1].value, Some(56.5));
    }

    #[test]
    fn falls_are_negative() {
        let r = one("单位地区生产总值能耗下降15.57%。");
        assert_eq!(r.change, Some(-15.57));
        assert_eq!(r.canonical.as_deref(), Some("单位地区生产总值能耗"));
    }

    #[test]
    fn points_against_a_benchmark_are_a_change() {
        let r = rows("城镇化水平达到66%，高于全省平均水平1.8个百分点。");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].value, r[0].change), (Some(66.0), None));
        assert_eq!((r[1].value, r[1].change), (None, Some(1.8)));
        assert_eq!(r[1].change_unit.as_deref(), Some("个百分点"));
        let r = one("失业率低于全省0.3个百分点。");
        assert_eq!((r.value, r.change), (None, Some(-0.3)));
    }

    #[test]
    fn an_improvement_of_a_concentration_is_a_fall() {
        let r = one("PM2.5平均浓度较“十四五”末改善12%。");
        assert_eq!(r.indicator, "PM2.5平均浓度");
        assert_eq!(r.change, Some(-12.0));
        let r = one("水质优良比例改善4个百分点。");
        assert_eq!(r.change, Some(4.0));
    }

    #[test]
    fn a_rise_to_a_level_is_a_level() {
        let r = one("精细化工产品占比提升到30%。");
        assert_eq!((r.value, r.change), (Some(30.0), None));
    }

    #[test]
    fn a_percentage_in_words_is_read_as_in_digits() {
        let r = one("全区工农业总产值比上年增长百分之七点八。");
        assert_eq!(
            (r.value, r.change, r.change_unit.as_deref()),
            (None, Some(7.8), Some("%"))
        );
        assert_eq!(r.indicator, "工农业总产值");
    }
}
