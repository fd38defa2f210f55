//! Rule: a place as the topic. A clause whose subject opens with a place
//! (rules::owner) makes that place the owner of the clauses after it that
//! name no place of their own; a new place starts a new owner, and a clause
//! about the report's own region (全省…, 我市…, or the region's own name)
//! ends it. In a report of a region the topic lasts to the end of its
//! sentence; in a text of no region (a round-up of cities) to the end of
//! the line.
//!
//! Why: a round-up names the city once and gives its figures in the
//! clauses that follow (甲市经济总量…，常住人口…，人均GDP…); each of them is
//! the city's. A report's own rows keep the report's region: its sentences
//! about a city do not run on past the sentence.
//!
//! Example: 杭州市经济总量1.1万亿元，常住人口1262万人 → both rows 杭州市's.

use super::owner::give_region;
use crate::lexicon::roundup_words::OWN_SCOPES;
use crate::model::Row;
use crate::places::Place;
use crate::text::{ends_at, starts_at};

/// Who owns the rows of a text: its own region, and the place a clause
/// before made the topic.
pub(in crate::facts) struct Owners<'a> {
    own_name: Option<&'a str>,
    own: Option<Place>,
    topic: Option<String>,
}

impl<'a> Owners<'a> {
    pub(in crate::facts) fn new(own_name: Option<&'a str>) -> Self {
        Owners {
            own_name,
            own: own_name.and_then(crate::places::resolve_chain),
            topic: None,
        }
    }

    /// Gives a row its place; `own_scope` says its clause is about the
    /// report's own region.
    pub(in crate::facts) fn give(&mut self, row: &mut Row, own_scope: bool) {
        match give_region(row, self.own_name, self.own) {
            Some(p) if Some(p) == self.own => self.topic = None,
            Some(_) => self.topic.clone_from(&row.region),
            None if own_scope => self.topic = None,
            None => {
                if let Some(t) = &self.topic {
                    row.region = Some(t.clone());
                }
            }
        }
    }

    /// A sentence ended: a report's topic ends with it.
    pub(in crate::facts) fn end_sentence(&mut self) {
        if self.own_name.is_some() {
            self.topic = None;
        }
    }

    /// A new line began: every topic ends.
    pub(in crate::facts) fn new_line(&mut self) {
        self.topic = None;
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
    fn a_reports_own_rows_keep_its_region() {
        let text = "2026年福建省政府工作报告\n一、2025年工作回顾\n厦门市地区生产总值增长6%，全省规上工业增加值增长7%。固定资产投资增长3%。\n";
        let got = regions(text);
        let want = [Some("厦门市"), Some("福建省"), Some("福建省")];
        let got: Vec<Option<&str>> = got.iter().map(|(_, r)| r.as_deref()).collect();
        assert_eq!(got, want);
    }
}
