//! Rule: the period of a level stated over a span of years.
//!
//! What: in a stretch that speaks of a span (五年来, “十四五”时期, “十五五”
//! 时期主要目标是), a level takes the span's end year when it is a stock
//! (reached or simply stated: 地区生产总值达到2860亿元, 常住人口城镇化率60%),
//! the span when it is held through it (稳定在, 保持在, 连续) or is a total of
//! what was done in it (累计, 新增, 建设…, or a count written before what it
//! counts: 12家企业上市; or reached every year: 每年新增就业50万人以上), and
//! the year before the span when
//! a change started from it (从160亿元增加到205亿元: 160 is the year before).
//! Changes (年均增长, 累计下降) keep the span; they are not ruled here.
//!
//! Why: SPEC "Periods in multi-year reviews and plans". A level and the
//! span's average growth written together (达2860亿元，年均增长5.8%) thus
//! come out as two rows with different periods.
//!
//! Example (made up), in a 2031 report reviewing 2026-2030:
//! `过去五年，地区生产总值达到2860亿元，年均增长5.8%，城镇新增就业累计31万人，
//! 粮食产量连续五年稳定在90万吨以上。` → 2860亿元 2030; +5.8% 2026-2030;
//! 31万人 2026-2030; 90万吨以上 2026-2030.

use super::super::fact::Over;
use crate::lexicon::matcher::LazyIndex;
use crate::lexicon::span_words::{
    CUMULATIVE_WORDS, DONE_INSIDE, HELD_WORDS, RUN_HELD, YEARLY_WORDS,
};
use crate::lexicon::words::{LIST_VERBS, RUN_OF_YEARS};
use crate::period::Period;
use crate::text::{cn_numeral_at, match_first, read_uint, starts_at, CharLen};

/// How many chars before the number its held or cumulative word may stand
/// (连续五年稳定在90万吨); a bound keeps long lists linear.
const LOOK_BACK: usize = 12;

/// How many chars before the number 每年 may stand: it opens the subject
/// (每年城镇新增就业50万人以上).
const YEARLY_LOOK_BACK: usize = 24;

/// Reads what the level whose number starts at `num_start` is, from the
/// words of its clause before the number and its subject.
pub(in crate::facts) fn classify(
    chars: &[char],
    clause: usize,
    num_start: usize,
    subject: &str,
    from_start: bool,
    counted_first: bool,
) -> Over {
    if from_start {
        return Over::Start;
    }
    let before = clause
        .max(num_start.saturating_sub(LOOK_BACK))
        .min(num_start)..num_start;
    if before
        .clone()
        .any(|i| HELD_OR_CUMULATIVE.at(chars, i).is_some())
        || is_done(subject)
        || counted_first
    {
        return Over::Span;
    }
    let yearly = clause
        .max(num_start.saturating_sub(YEARLY_LOOK_BACK))
        .min(num_start)..num_start;
    if yearly.clone().any(|i| YEARLY.at(chars, i).is_some()) {
        return Over::Span;
    }
    // 达到/突破 or nothing: a stock.
    Over::End
}

/// A subject that counts things done: 城镇新增就业, 建设高标准农田.
fn is_done(subject: &str) -> bool {
    DONE.occurs_in(subject) || LIST.starts(subject)
}

/// The word lists asked about every level, indexed: a probe a position
/// rather than a comparison a word.
static HELD_OR_CUMULATIVE: LazyIndex = LazyIndex::union(&[HELD_WORDS, CUMULATIVE_WORDS]);
static YEARLY: LazyIndex = LazyIndex::new(YEARLY_WORDS);
static DONE: LazyIndex = LazyIndex::new(DONE_INSIDE);
static LIST: LazyIndex = LazyIndex::new(LIST_VERBS);

/// 连续9年稳定在1300亿斤以上: a level held for a run of years before its
/// number. Returns the run's length in years.
pub(in crate::facts) fn held_run(chars: &[char], clause: usize, num_start: usize) -> Option<u32> {
    let (lead, year) = RUN_OF_YEARS;
    let from = clause
        .max(num_start.saturating_sub(LOOK_BACK))
        .min(num_start);
    let at = (from..num_start).find(|&i| starts_at(chars, i, lead))?;
    let k = at + lead.char_len();
    let (n, end) = match read_uint(chars, k) {
        Some((n, len)) => (n, k + len),
        None => cn_numeral_at(chars, k)?,
    };
    if chars.get(end) != Some(&year) || !(1..100).contains(&n) {
        return None;
    }
    match_first(chars, end + 1, RUN_HELD).map(|_| n)
}

/// The run of `years` ending with the last year of `period`.
pub(in crate::facts) fn run_period(period: Period, years: u32) -> Period {
    let last = period.last_year();
    Period::span(last - years as i32 + 1, last)
}

/// The period of the level over `period` (a span); other periods stay.
pub(in crate::facts) fn level_period(period: Period, over: Over) -> Period {
    if !period.is_span() {
        return period;
    }
    match over {
        Over::Start => period.year_before(),
        Over::Span => period,
        Over::End => period.end(),
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;
    use crate::model::Row;

    fn period_of(rows: &[Row], value: f64) -> String {
        let r = rows
            .iter()
            .find(|r| r.value == Some(value) || r.change == Some(value));
        r.and_then(|r| r.period)
            .map(|p| p.to_string())
            .unwrap_or_default()
    }

    const REVIEW: &str = "2031年漯河市政府工作报告\n一、“十五五”时期工作回顾\n";

    #[test]
    fn a_stock_takes_the_end_year_and_its_growth_the_span() {
        let r = rows(&format!(
            "{REVIEW}过去五年，地区生产总值达到2860亿元，年均增长5.8%。经营主体86.5万户。\n"
        ));
        assert_eq!(period_of(&r, 2860.0), "2030");
        assert_eq!(period_of(&r, 5.8), "2026-2030");
        assert_eq!(period_of(&r, 86.5), "2030");
    }

    #[test]
    fn held_and_done_take_the_span() {
        let r = rows(&format!(
            "{REVIEW}过去五年，粮食产量连续五年稳定在90万吨以上，城镇新增就业31万人，建设高标准农田120万亩，累计完成投资560亿元。\n"
        ));
        assert_eq!(period_of(&r, 90.0), "2026-2030");
        assert_eq!(period_of(&r, 31.0), "2026-2030");
        assert_eq!(period_of(&r, 120.0), "2026-2030");
        assert_eq!(period_of(&r, 560.0), "2026-2030");
    }

    #[test]
    fn a_run_of_years_held_dates_the_level() {
        let r = rows(&format!(
            "{REVIEW}过去五年，油料产量连续7年稳定在30万吨以上。\n"
        ));
        assert_eq!(period_of(&r, 30.0), "2024-2030");
    }

    #[test]
    fn a_level_and_its_growth_over_the_span_are_two_rows() {
        let r = rows(&format!(
            "{REVIEW}过去五年，工业总产值达到900亿元，增长36%。税收收入达到80亿元，3年增长20%。\n"
        ));
        assert_eq!(r.len(), 4, "{r:#?}");
        assert_eq!(period_of(&r, 900.0), "2030");
        assert_eq!(period_of(&r, 36.0), "2026-2030");
        assert_eq!(period_of(&r, 20.0), "2028-2030");
    }

    #[test]
    fn a_yearly_minimum_takes_the_span() {
        let r = rows(&format!(
            "{REVIEW}过去五年，每年城镇新增就业12万人以上，每年粮食产量超过80万吨，民生支出占比稳定在78%左右。\n"
        ));
        assert_eq!(r[0].indicator, "城镇新增就业");
        assert_eq!(r[0].canonical.as_deref(), Some("城镇新增就业"));
        assert_eq!(period_of(&r, 12.0), "2026-2030");
        assert_eq!(period_of(&r, 80.0), "2026-2030");
        assert_eq!(period_of(&r, 78.0), "2026-2030");
    }

    #[test]
    fn a_count_before_what_happened_takes_the_span() {
        let r = rows(&format!("{REVIEW}过去五年，12家企业在主板上市。\n"));
        assert_eq!(period_of(&r, 12.0), "2026-2030");
    }

    #[test]
    fn a_starting_level_takes_the_year_before() {
        let r = rows(&format!(
            "{REVIEW}过去五年，一般公共预算收入从160亿元增加到205亿元，森林覆盖率由31%提升至35%，乡镇由40个合并至28个。\n"
        ));
        assert_eq!(period_of(&r, 31.0), "2025");
        assert_eq!(period_of(&r, 35.0), "2030");
        assert_eq!(period_of(&r, 40.0), "2025");
        assert_eq!(period_of(&r, 28.0), "2030");
        assert_eq!(period_of(&r, 160.0), "2025");
        assert_eq!(period_of(&r, 205.0), "2030");
    }
}
