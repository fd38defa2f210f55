//! Language knowledge as data: units, indicator names, change and hedge words.

pub mod direction;
pub mod divisions;
pub mod furniture;
pub mod indicators;
pub mod matcher;
pub mod names;
pub mod packed;
pub mod roundup_words;
pub mod span_words;
pub mod structure_words;
pub mod table_words;
pub mod time_words;
pub mod units;
pub mod words;

/// Tables whose meanings exclude each other share no word: a word in both
/// would be read one way or the other by which table a rule asks first.
#[cfg(test)]
mod tests {
    use super::packed::Words;
    use super::{furniture, names, span_words, structure_words, time_words, units, words};

    #[test]
    fn tables_of_opposite_meaning_share_no_word() {
        let pairs: &[(&str, Words, Words)] = &[
            ("up and down", words::CHANGE_UP, words::CHANGE_DOWN),
            (
                "scope and measure-changing",
                names::SCOPE_WORDS,
                names::MEASURE_CHANGING,
            ),
            (
                "held and summed over a span",
                span_words::HELD_WORDS,
                span_words::CUMULATIVE_WORDS,
            ),
            (
                "held and a baseline",
                span_words::HELD_WORDS,
                time_words::BASELINE_PAIR_AFTER,
            ),
            (
                "held and a baseline",
                span_words::HELD_WORDS,
                time_words::BASELINE_AFTER,
            ),
            (
                "review and plan headings",
                structure_words::REVIEW_HEADING_WORDS,
                structure_words::PLAN_HEADING_WORDS,
            ),
            (
                "goal and estimate",
                words::GOAL_WORDS,
                words::ESTIMATE_MARKERS,
            ),
            (
                "line labels and markers",
                furniture::LINE_LABELS,
                furniture::LINE_MARKERS,
            ),
            (
                "capacity and count units",
                words::CAPACITY_UNITS,
                units::COUNT_UNITS,
            ),
            (
                "specification and count units",
                units::SPEC_UNITS,
                units::COUNT_UNITS,
            ),
        ];
        let shared: Vec<String> = pairs
            .iter()
            .flat_map(|(what, a, b)| {
                a.iter()
                    .filter(|w| b.contains(w))
                    .map(move |w| format!("{what}: {w}"))
            })
            .collect();
        assert!(shared.is_empty(), "words in two tables: {shared:?}");
    }
}
