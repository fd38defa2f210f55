//! Rule: a sentence that opens on the event the sentence before told of
//! (会上, 活动期间) is dated by the period that opened that sentence.
//!
//! Why: SPEC `period` is "inferred from the report when the sentence does
//! not say"; 会上 says "at the meeting just told of", and that sentence
//! said when (一季度…召开…会议。会上…签约30家): the numbers of the meeting
//! are of its quarter, not of the half-year the report reviews.
//!
//! Example (made up), in a review of 2031's first half: `二季度，甲区举办
//! 招商推介会。会上签约项目12个。` → 12个 2031Q2.

use crate::lexicon::words::EVENT_BACK_WORDS;
use crate::period::Period;
use crate::text::match_first;

/// The period a sentence starting at `start` borrows: `opened`, the period
/// that opened the sentence before, when this one opens on the event.
pub(in crate::facts) fn event_period(
    chars: &[char],
    start: usize,
    opened: Option<Period>,
) -> Option<Period> {
    opened.filter(|_| match_first(chars, start, EVENT_BACK_WORDS).is_some())
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    const HEAD: &str = "2031年甲区上半年工作总结\n一、上半年工作回顾\n";
    /// A paragraph whose quarter opens its second sentence, with no comma.
    const MEETING: &str = "3.会展经济亮点纷呈。二季度甲区举办招商推介会，邀请客商80人。";

    fn periods(text: &str) -> Vec<String> {
        rows(&format!("{HEAD}{text}"))
            .iter()
            .map(|r| r.period.map(|p| p.to_string()).unwrap_or_default())
            .collect()
    }

    #[test]
    fn the_meeting_s_numbers_take_its_quarter() {
        assert_eq!(
            rows(&format!("{HEAD}{MEETING}会上签约项目12个。"))
                .iter()
                .map(|r| (r.indicator.as_str(), r.period.unwrap().to_string()))
                .collect::<Vec<_>>(),
            [
                ("邀请客商", "2031Q2".into()),
                ("签约项目", "2031Q2".to_string())
            ]
        );
    }

    #[test]
    fn a_sentence_not_on_the_event_keeps_the_report_s_period() {
        assert_eq!(
            periods(&format!("{MEETING}全区签约项目12个。")),
            ["2031Q2", "2031H1"]
        );
    }
}
