//! Rule: a bare 人均 after a figure is that figure per head: 温州GDP 9000
//! 亿元，人均9.3万元 → 人均GDP (人均地区生产总值) 9.3万元.
//!
//! Why: round-ups give a city's total and then its figure per head with
//! no name; 均 alone reads as a verb (each), leaving a subject 人.
//!
//! Example: 地区生产总值900亿元，人均8万元 → 人均地区生产总值 8万元.

use super::super::fact::{Fact, Member};
use super::place_alone::indicator_before;
use crate::indicator::Dictionary;
use crate::lexicon::roundup_words::{PER_HEAD, PER_HEAD_LEFT};

/// The subject of a bare 人均 (read as 人 or 人均): 人均 and the indicator
/// of the fact before, when that names a standard indicator.
pub(in crate::facts) fn per_head_subject(
    before: &[Fact],
    subject: &str,
    part: usize,
    dict: &Dictionary,
) -> Option<String> {
    if !PER_HEAD_LEFT.contains(subject) {
        return None;
    }
    let (indicator, _) = indicator_before(before, part, dict)?;
    // As written (人均GDP), else by its standard name (GDP总量 → 人均地区生产总值).
    let standard = dict.canonical(&indicator)?;
    let named = [indicator.as_str(), standard]
        .into_iter()
        .map(|name| format!("{PER_HEAD}{name}"))
        .find(|name| dict.canonical(name).is_some());
    named
}

/// The subject phase's interface (see `rules::RULES`).
pub(in crate::facts) fn rename(m: &mut Member, subject: &str) -> Option<String> {
    per_head_subject(m.before, subject, m.part, m.marks.dict)
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    #[test]
    fn a_bare_per_head_is_the_figure_before_per_head() {
        let r = rows("城市速览\n漳州GDP 6100亿元，人均11.9万元。\n");
        assert_eq!(r[1].indicator, "人均GDP");
        assert_eq!(r[1].canonical.as_deref(), Some("人均地区生产总值"));
        assert_eq!(r[1].region.as_deref(), Some("漳州市"));
        assert_eq!(r[1].value, Some(11.9));
        let r = rows("城市速览\n漳州：GDP总量6100亿元，人均11.9万元。\n");
        assert_eq!(r[1].canonical.as_deref(), Some("人均地区生产总值"));
    }

    #[test]
    fn a_bare_per_head_after_no_standard_figure_stays() {
        let r = rows("城市速览\n漳州游客量3000万人次，人均消费900元。\n");
        assert_eq!(r[1].canonical, None);
    }
}
