//! Rule: a figure of a national census (its subject names the census:
//! “五经普”总产出, 第七次全国人口普查常住人口) is of the census year, not of
//! the period the report reviews.
//!
//! Why: SPEC `period` is "inferred from the report when the sentence does
//! not say"; a census's name says it. A half-year review of 2024 that
//! compares the fifth economic census with the fourth speaks of 2023.
//!
//! Example (made up), in a bulletin of 2031: `“五经普”企业法人单位数量与
//! “四经普”相比增长35%。` → +35% 2023. A period written in the
//! clause (2024年…) keeps its own.

use crate::lexicon::time_words::{
    BASELINE_BEFORE, BASELINE_PAIR_BEFORE, CENSUS_CHAR, CENSUS_YEARS,
};
use crate::lexicon::words::QUOTE_MARKS;
use crate::period::Period;
use crate::text::starts_at;

/// The year of the census that `text` (a fact's words before its number:
/// 五经普总产出和户均增加值) names first, not counting one it is compared
/// with (与“四经普”相比, 比三经普).
pub(in crate::facts) fn census_year(text: &[char]) -> Option<Period> {
    // Every census's name has 普 (普查, 五经普, 七普): most texts have none.
    if !text.contains(&CENSUS_CHAR) {
        return None;
    }
    (0..text.len()).find_map(|i| {
        let &(_, year) = CENSUS_YEARS
            .iter()
            .find(|(name, _)| starts_at(text, i, name))?;
        (!compared_with(text, i)).then(|| Period::span(year, year))
    })
}

/// True when a comparison word (与, 比) stands right before `at`, quotes
/// aside.
fn compared_with(text: &[char], at: usize) -> bool {
    text[..at]
        .iter()
        .rev()
        .find(|c| !QUOTE_MARKS.contains(c))
        .is_some_and(|c| BASELINE_BEFORE.contains(c) || BASELINE_PAIR_BEFORE.contains(c))
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    const HEAD: &str = "2031年甲区国民经济和社会发展统计公报\n";

    fn period_of(text: &str) -> String {
        let r = rows(&format!("{HEAD}{text}"));
        r[0].period.map(|p| p.to_string()).unwrap_or_default()
    }

    #[test]
    fn a_census_figure_is_of_the_census_year() {
        assert_eq!(
            period_of("“五经普”企业法人单位数量与“四经普”相比增长35%。"),
            "2023"
        );
        assert_eq!(period_of("第七次全国人口普查常住人口38.5万人。"), "2020");
    }

    #[test]
    fn every_census_name_holds_the_char_looked_for_first() {
        use crate::lexicon::time_words::{CENSUS_CHAR, CENSUS_YEARS};
        assert!(CENSUS_YEARS.iter().all(|(n, _)| n.contains(CENSUS_CHAR)));
    }

    #[test]
    fn other_figures_keep_the_reports_period() {
        assert_eq!(period_of("企业法人单位数量增长35%。"), "2031");
    }

    #[test]
    fn a_period_written_in_the_clause_keeps_its_own() {
        assert_eq!(period_of("2024年“五经普”复查单位增长5%。"), "2024");
    }
}
