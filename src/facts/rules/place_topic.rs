//! Rule: a place as the topic. A clause whose subject opens with a place
//! (rules::owner) makes that place the owner of the clauses after it that
//! name no place of their own; a new place starts a new owner, and a clause
//! about the report's own region (全省…, 我市…, or the region's own name)
//! ends it. In a report of a region the topic lasts to the end of its
//! sentence; in a text of no region or one that is no report (a round-up
//! of cities, 浙江省各市经济数据出炉) to the end of the line.
//!
//! Why: a round-up names the city once and gives its figures in the
//! clauses that follow (甲市经济总量…，常住人口…，人均GDP…); each of them is
//! the city's. A report's own rows keep the report's region: its sentences
//! about a city do not run on past the sentence.
//!
//! Example: 杭州市经济总量1.1万亿元，常住人口1262万人 → both rows 杭州市's.

use super::owner::{give_region, may_own};
use crate::indicator::Dictionary;
use crate::lexicon::roundup_words::{OWN_SCOPES, TOPIC_BREAKS};
use crate::model::{Kind, Level, Meta, Row};
use crate::places::{place_at, Place};
use crate::text::{ends_at, starts_at};

/// Who owns the rows of a text: its own region, and the places a clause
/// before made the topic: one place, or the places of a list (甲、乙、丙
/// …分别…), whose order a later list of the same clause-run follows.
pub(in crate::facts) struct Owners<'a> {
    own_name: Option<&'a str>,
    own: Option<Place>,
    /// The topic lasts to the end of the line, not of the sentence.
    to_line_end: bool,
    topic: Vec<String>,
    /// Where the rows naming the topic's places start (one list shares it).
    named_at: Option<usize>,
    /// The list of rows taking the topic's places: its start, and how many
    /// of its rows have taken one.
    follow: Option<(usize, usize)>,
    /// The level of the last place named: it settles a name several
    /// units share (吉林 in a table of cities is 吉林市).
    peer: Option<Level>,
    /// The parser's indicators (the user's too): what after a place names
    /// an indicator, and its standard name once the place is off.
    dict: &'a Dictionary,
}

impl<'a> Owners<'a> {
    pub(in crate::facts) fn new(meta: &'a Meta, dict: &'a Dictionary) -> Self {
        let own_name = meta.region.as_deref();
        let report = matches!(
            meta.kind,
            Some(Kind::WorkReport | Kind::PlanReport | Kind::Bulletin)
        );
        Owners {
            own_name,
            own: own_name.and_then(crate::places::resolve_chain),
            to_line_end: own_name.is_none() || !report,
            topic: Vec::new(),
            named_at: None,
            follow: None,
            peer: None,
            dict,
        }
    }

    /// The report's own region, which a row is of unless a place owns it.
    pub(in crate::facts) fn own_name(&self) -> Option<&'a str> {
        self.own_name
    }

    /// Gives a row its place; `own_scope` says its clause is about the
    /// report's own region.
    pub(in crate::facts) fn give(&mut self, row: &mut Row, own_scope: bool) {
        match give_region(row, self.own_name, self.own, self.peer, self.dict) {
            Some(p) if Some(p) == self.own => self.clear(),
            Some(p) => {
                // A municipality is a province and a city at once: it
                // says nothing of the level of a list.
                if !crate::places::is_municipality(p) {
                    self.peer = Some(p.level());
                }
                self.name(row);
            }
            None if own_scope => self.clear(),
            None => self.follow(row),
        }
    }

    fn clear(&mut self) {
        self.topic.clear();
        self.named_at = None;
    }

    /// A row names its place: the topic, or one more of a list's.
    fn name(&mut self, row: &Row) {
        let Some(region) = row.region.clone() else {
            return;
        };
        if self.named_at != Some(row.start) {
            self.topic.clear();
        }
        self.topic.push(region);
        self.named_at = Some(row.start);
        self.follow = None;
    }

    /// A row names no place: the topic's, or the list's in order.
    fn follow(&mut self, row: &mut Row) {
        let k = match self.follow {
            Some((at, k)) if at == row.start => k + 1,
            _ => 0,
        };
        self.follow = Some((row.start, k));
        let place = match self.topic.len() {
            1 => self.topic.first(),
            _ => self.topic.get(k),
        };
        if let Some(p) = place {
            row.region = Some(p.clone());
        }
    }

    /// A sentence that opens with a place and a break (重庆：GDP总量…,
    /// 苏州市，地区生产总值…) makes it the topic of its clauses.
    pub(in crate::facts) fn open_sentence(&mut self, chars: &[char], start: usize, end: usize) {
        let Some((place, len)) = place_at(&chars[..end], start, self.own, &may_own) else {
            return;
        };
        let opens = chars
            .get(start + len)
            .is_some_and(|c| TOPIC_BREAKS.contains(c));
        if opens && Some(place) != self.own {
            self.topic = vec![place.name().to_string()];
            self.named_at = None;
        }
    }

    /// A sentence ended: a report's topic ends with it.
    pub(in crate::facts) fn end_sentence(&mut self) {
        if !self.to_line_end {
            self.clear();
        }
    }

    /// A new line began: every topic ends.
    pub(in crate::facts) fn new_line(&mut self) {
        self.clear();
    }
}

/// Whether a fact's clause is about the report's own region: it opens with
/// 全省, 我市… (at the clause's start, or right before the subject, which
/// lost the word when it was cleaned).
pub(in crate::facts) fn opens_own_scope(chars: &[char], clause: usize, subject: usize) -> bool {
    OWN_SCOPES
        .iter()
        .any(|w| starts_at(chars, clause, w) || ends_at(chars, subject, w))
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    fn regions(text: &str) -> Vec<(String, Option<String>)> {
        rows(text)
            .into_iter()
            .map(|r| (r.canonical.unwrap_or(r.indicator), r.region))
            .collect()
    }

    #[test]
    fn the_clauses_after_a_place_are_its() {
        let got =
            regions("沿海城市速览\n厦门市经济总量9000亿元，常住人口530万人，人均GDP达到17万元。\n");
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(
            got.iter().all(|(_, r)| r.as_deref() == Some("厦门市")),
            "{got:?}"
        );
    }

    #[test]
    fn a_new_place_starts_a_new_owner_and_a_line_ends_it() {
        let got = regions(
            "城市速览\n厦门GDP总量9000亿元，泉州GDP总量1.2万亿元，常住人口890万。\n人口增长2%。\n",
        );
        let want = [Some("厦门市"), Some("泉州市"), Some("泉州市"), None];
        let got: Vec<Option<&str>> = got.iter().map(|(_, r)| r.as_deref()).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_place_and_a_break_open_a_topic() {
        let got = regions(
            "城市速览\n漳州：GDP总量6100亿元，常住人口510万。\n莆田市，地区生产总值3400亿元。\n",
        );
        let got: Vec<Option<&str>> = got.iter().map(|(_, r)| r.as_deref()).collect();
        assert_eq!(got, [Some("漳州市"), Some("漳州市"), Some("莆田市")]);
    }

    #[test]
    fn a_list_after_a_list_of_places_follows_its_order() {
        let text = "2026年福州市生态环境状况公报\n闽侯县、连江县、罗源县的空气优良天数分别为350天、352天、355天，优良率分别为95.6%、96.2%、97.0%。\n";
        let got: Vec<_> = rows(text)
            .into_iter()
            .map(|r| (r.value, r.region))
            .collect();
        let at = |v: f64| got.iter().find(|(x, _)| *x == Some(v)).unwrap().1.clone();
        assert_eq!(at(352.0).as_deref(), Some("连江县"));
        assert_eq!(at(95.6).as_deref(), Some("闽侯县"));
        assert_eq!(at(96.2).as_deref(), Some("连江县"));
        assert_eq!(at(97.0).as_deref(), Some("罗源县"));
    }

    #[test]
    fn a_shared_name_is_read_at_the_level_of_the_places_before() {
        let got = regions(
            "城市速览\n长春GDP总量7000亿元。\n北京GDP总量5万亿元。\n吉林GDP总量1700亿元。\n",
        );
        let got: Vec<Option<&str>> = got.iter().map(|(_, r)| r.as_deref()).collect();
        assert_eq!(got, [Some("长春市"), Some("北京市"), Some("吉林市")]);
        let got = regions("省份速览\n辽宁GDP总量3.2万亿元。\n吉林GDP总量1.4万亿元。\n");
        let got: Vec<Option<&str>> = got.iter().map(|(_, r)| r.as_deref()).collect();
        assert_eq!(got, [Some("辽宁省"), Some("吉林省")]);
    }

    #[test]
    fn a_roundup_of_a_regions_places_keeps_a_topic_to_the_line_end() {
        let text = "2025年福建省各市经济数据出炉\n厦门市经济总量9000亿元。常住人口530万人。\n全省地区生产总值6万亿元。\n";
        let got: Vec<Option<String>> = regions(text).into_iter().map(|(_, r)| r).collect();
        let want = ["厦门市", "厦门市", "福建省"].map(|p| Some(p.to_string()));
        assert_eq!(got, want);
    }

    #[test]
    fn a_reports_own_rows_keep_its_region() {
        let text = "2026年福建省政府工作报告\n一、2025年工作回顾\n厦门市地区生产总值增长6%，全省规上工业增加值增长7%。固定资产投资增长3%。\n";
        let got = regions(text);
        let want = [Some("厦门市"), Some("福建省"), Some("福建省")];
        let got: Vec<Option<&str>> = got.iter().map(|(_, r)| r.as_deref()).collect();
        assert_eq!(got, want);
    }
}
