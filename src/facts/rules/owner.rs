//! The place whose quantity a row is (SPEC "A place for every row").
//!
//! What: a division of the table written as the owner right before the
//! subject makes the row that place's, and the place leaves the indicator:
//! in a provincial report, 洛阳市地区生产总值增长5.6% (or 洛阳地区生产总值…)
//! is a row of 洛阳市 with indicator 地区生产总值. Every other row is the
//! report's own region's; so is a comparison (增幅比全国高0.4个百分点), whose
//! place is no owner.
//!
//! Why: a report gives figures of its cities and of other places, and a
//! panel of many reports must put each under its own place.
//!
//! A part of the report's own region named in full (洛阳市, 正蓝旗) owns any
//! subject; any other place (a short form 洛阳, a province, a place outside
//! the region) owns only a standard indicator: 中山 before 公园游客量 is no
//! 中山市, 新建区 in 新建区域养老中心 no district, and 江苏省 before 第九届田径赛
//! no owner. Short forms are those of provinces and prefectures. A bare
//! 人口 is owned too: counted in 万 it is the place's 常住人口 (people_unit). A name
//! several units share is settled by the report's region or left alone.

use crate::indicator::Dictionary;
use crate::lexicon::roundup_words::BARE_POPULATION;
use crate::model::{Level, Row};
use crate::places::{self, Place};
use crate::text::{byte_after_chars, is_cjk, with_chars, CharLen, Slice};

/// Written between an owner and its subject (南京的GDP总量).
const POSSESSIVE: char = '的';

/// The fewest chars a full name owning a subject has: 城区 and 矿区 are
/// divisions, but as a subject's first word they are generic.
const MIN_OWNER_CHARS: usize = 3;

/// Whether a unit written in full (`full`) or by its short form may own a
/// subject: a full name of a few chars, a short form of a province or a
/// prefecture (长沙 is 长沙市, not 长沙县).
pub(crate) fn may_own(p: Place, full: bool) -> bool {
    if full {
        p.name().char_len() >= MIN_OWNER_CHARS
    } else {
        matches!(p.level(), Level::Province | Level::City)
    }
}

/// The division that owns `subject` as its first words, with the length
/// of its name in chars; `own` settles a shared name.
pub fn owner_of(subject: &[char], own: Option<Place>, dict: &Dictionary) -> Option<(Place, usize)> {
    owner_among(subject, own, dict, &may_own)
}

/// The owner of `subject` among the units of one level: a name several
/// units share (吉林: a province and a city) settled by the level of the
/// places named before it (a table of cities).
pub fn owner_at_level(
    subject: &[char],
    own: Option<Place>,
    level: Level,
    dict: &Dictionary,
) -> Option<(Place, usize)> {
    owner_among(subject, own, dict, &|p, full| {
        may_own(p, full) && p.level() == level
    })
}

fn owner_among(
    subject: &[char],
    own: Option<Place>,
    dict: &Dictionary,
    accept: &dyn Fn(Place, bool) -> bool,
) -> Option<(Place, usize)> {
    let (place, name_len) = places::place_at(subject, 0, own, accept)?;
    let full = subject[..name_len].iter().copied().eq(place.name().chars());
    // 南京的GDP总量, 苏州（江苏）GDP: the place's, as 南京GDP总量 is.
    let len = name_len + usize::from(subject.get(name_len) == Some(&POSSESSIVE));
    let len = len + bracketed_place_len(subject, len);
    let rest: String = subject[len..].iter().collect();
    let part_of_own = own.is_some_and(|o| place.is_within(o));
    let names_a_subject = rest.char_len() >= 2
        && rest
            .chars()
            .next()
            .is_some_and(|c| is_cjk(c) || c.is_ascii_alphabetic())
        && ((full && part_of_own) || dict.canonical(&rest).is_some() || rest == BARE_POPULATION.0);
    names_a_subject.then_some((place, len))
}

/// The length of a bracketed place at `at` (苏州（江苏）: its province), or 0.
fn bracketed_place_len(subject: &[char], at: usize) -> usize {
    if !subject.get(at).is_some_and(|c| matches!(c, '（' | '(')) {
        return 0;
    }
    let Some(close) = subject[at..].iter().position(|c| matches!(c, '）' | ')')) else {
        return 0;
    };
    let inner: String = subject[at + 1..at + close].iter().collect();
    if places::resolve(&inner, None).is_some() {
        close + 1
    } else {
        0
    }
}

/// Gives a row its place: the owner named before its subject (which then
/// leaves the indicator, and the standard name is looked up again), else
/// the report's own region `own_name`. A name several units share is
/// settled by `peer`, the level of the place named before. Returns the
/// owner named, if any.
pub(in crate::facts) fn give_region(
    row: &mut Row,
    own_name: Option<&str>,
    own: Option<Place>,
    peer: Option<Level>,
    dict: &Dictionary,
) -> Option<Place> {
    row.region = own_name.map(str::to_string);
    let (place, len) = with_chars(&row.indicator, |subject| {
        owner_of(subject, own, dict)
            .or_else(|| peer.and_then(|level| owner_at_level(subject, own, level, dict)))
    })?;
    let cut = byte_after_chars(&row.indicator, 0, len);
    row.indicator = row.indicator.slice(cut..).to_string();
    let (canonical, category) = dict.classify(&row.indicator);
    row.category = category;
    row.core = canonical.is_some();
    row.canonical = canonical.map(str::to_string);
    if Some(place) != own {
        row.region = Some(place.name().to_string());
    }
    Some(place)
}

#[cfg(test)]
mod tests {
    use crate::parse;

    #[test]
    fn a_users_indicator_after_a_place_keeps_its_standard_name() {
        let options = crate::Options {
            dictionary: "乙类制品产量\t工业\t乙品产量\n".into(),
            ..Default::default()
        };
        let parser = crate::Parser::new(&options).unwrap();
        let text = "2026年河北省政府工作报告\n一、2025年工作回顾\n保定市乙品产量增长4%。\n";
        let r = &parser.parse(text).rows[0];
        assert_eq!(r.region.as_deref(), Some("保定市"));
        assert_eq!(r.indicator, "乙品产量");
        assert_eq!(r.canonical.as_deref(), Some("乙类制品产量"));
    }

    fn rows(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        parse(text)
            .rows
            .into_iter()
            .map(|r| (r.indicator, r.canonical, r.region))
            .collect()
    }

    const PROVINCE: &str = "2026年河南省政府工作报告\n一、2025年工作回顾\n";

    #[test]
    fn a_city_named_before_the_subject_owns_the_row() {
        let got = rows(&format!("{PROVINCE}漯河市地区生产总值增长5.1%。\n"));
        let want = ("地区生产总值".to_string(), Some("地区生产总值".to_string()));
        assert_eq!((got[0].0.clone(), got[0].1.clone()), want);
        assert_eq!(got[0].2.as_deref(), Some("漯河市"));
    }

    #[test]
    fn a_short_form_owns_a_standard_indicator() {
        let got = rows(&format!("{PROVINCE}漯河地区生产总值达到2000亿元。\n"));
        assert_eq!(got[0].0, "地区生产总值");
        assert_eq!(got[0].2.as_deref(), Some("漯河市"));
        let got = rows(&format!("{PROVINCE}漯河GDP增长5.1%。\n"));
        assert_eq!(got[0].1.as_deref(), Some("地区生产总值"));
        assert_eq!(got[0].2.as_deref(), Some("漯河市"));
    }

    #[test]
    fn an_owner_with_de_owns_the_row() {
        let got = rows(&format!("{PROVINCE}漯河的地区生产总值达到2000亿元。\n"));
        assert_eq!(got[0].0, "地区生产总值");
        assert_eq!(got[0].2.as_deref(), Some("漯河市"));
    }

    #[test]
    fn a_province_in_brackets_after_the_owner_is_no_part_of_the_subject() {
        let got = rows("城市速览\n苏州（江苏）GDP总量2.6万亿元。\n");
        assert_eq!(got[0].0, "GDP总量");
        assert_eq!(got[0].2.as_deref(), Some("苏州市"));
    }

    #[test]
    fn a_short_form_before_no_standard_indicator_owns_nothing() {
        let got = rows(&format!("{PROVINCE}中山公园游客量增长8%。\n"));
        assert_eq!(got[0].2.as_deref(), Some("河南省"));
    }

    #[test]
    fn a_place_outside_the_region_owns_only_a_standard_indicator() {
        let got = rows(&format!("{PROVINCE}新建区域养老服务中心50个。\n"));
        assert_eq!(got[0].2.as_deref(), Some("河南省"));
        let got = rows(&format!("{PROVINCE}湖北省运动会代表团取得金牌30枚。\n"));
        assert_eq!(got[0].2.as_deref(), Some("河南省"));
    }

    #[test]
    fn rows_without_an_owner_are_the_reports_own() {
        let got = rows(&format!(
            "{PROVINCE}全省地区生产总值增长5.1%，增速快于全国0.6个百分点。\n"
        ));
        assert!(!got.is_empty());
        assert!(
            got.iter().all(|r| r.2.as_deref() == Some("河南省")),
            "{got:?}"
        );
    }

    #[test]
    fn the_reports_own_name_leaves_the_subject() {
        let got = rows(&format!("{PROVINCE}河南省地区生产总值增长5.4%。\n"));
        assert_eq!(got[0].0, "地区生产总值");
        assert_eq!(got[0].2.as_deref(), Some("河南省"));
    }

    #[test]
    fn a_text_without_a_region_gives_no_region() {
        let got = rows("地区生产总值增长5%。");
        assert_eq!(got[0].2, None);
    }
}
