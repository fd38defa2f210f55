//! Reviews of several years that start inside a paragraph, and the return
//! to one year that ends them.
//!
//! A paragraph may turn to a span after its first sentence (…增长5.4%。五年来，
//! …; 各位代表！“十四五”时期是…) or in a clause (来之不易，过去五年，…): the
//! span lasts until the text returns to one year (…。2025年，…; 一年来，…)
//! or the section ends. SPEC "Periods in multi-year reviews and plans".
//!
//! Example (made up), in a report reviewing 2030: `2030年，增长5%。五年来，
//! 累计完成投资900亿元。年均增长6%。` → 900亿元 and +6% take 2026-2030.

use super::{Mode, Scope};
use crate::lexicon::matcher::LazyIndex;
use crate::lexicon::structure_words as w;
use crate::lexicon::time_words as t;
use crate::period::{self, Anchor, Mention, Period, Role};
use crate::text::starts_with;

/// A place where a paragraph turns to another period: `at` in the
/// paragraph's chars (the sentence's start, or the clause's).
pub(super) struct Turn {
    pub(super) at: usize,
    pub(super) period: Period,
}

/// The turns of a paragraph: a framing period that opens a sentence after
/// the first (after 各位代表！ or a lead-in too), or a span that opens a
/// clause and is followed by a comma.
///
/// Such a period starts just after a mark ([`period::is_scan_break`]) or
/// after a lead-in word there: only those places are scanned, each afresh
/// from its mark, not the whole paragraph.
pub(super) fn turns(text: &[char], anchor: &Anchor) -> Vec<Turn> {
    let mut out = Vec::new();
    // Where the sentence holding the places looked at starts, after the first.
    let mut sentence = None;
    for (mark, &c) in text.iter().enumerate() {
        if !period::is_scan_break(c) {
            continue;
        }
        let q = mark + 1;
        if matches!(c, '。' | '！' | '？') {
            sentence = Some(q);
        }
        let reach = past_lead_in(text, q);
        let opening = |m: &Mention| m.start == q || is_lead_in(&text[q..m.start]);
        for m in period::scan_between(text, q, reach + 1, anchor).filter(opening) {
            out.extend(turn_at(text, &m, sentence));
        }
    }
    out
}

/// The turn a framing mention makes: at its sentence's start when it opens
/// the sentence (`sentence`: where the sentence holding it starts, after
/// the paragraph's first), else at itself when it is a span between commas.
fn turn_at(text: &[char], m: &Mention, sentence: Option<usize>) -> Option<Turn> {
    let p = m.period.filter(|_| m.role == Role::Frame)?;
    if let Some(s) = sentence.filter(|&s| opens_lead(&text[s..m.start])) {
        return Some(Turn { at: s, period: p });
    }
    let between_commas = m.start > 0 && text[m.start - 1] == '，' && text.get(m.end) == Some(&'，');
    (p.is_span() && between_commas).then_some(Turn {
        at: m.start,
        period: p,
    })
}

/// The scope a turn at `at` opens, given the scopes so far: a reviewed span
/// in a reviewing place opens one; the year the report reviews (`own`:
/// 2025年，… / 一年来，…) ends an open span and opens a scope of its own.
/// Another year inside a span (2022年，我们…) is a year of the span: its
/// sentence names it, and the span goes on after it.
pub(super) fn accept(
    turn: &Turn,
    out: &[Scope],
    at: usize,
    reviewing: bool,
    own: &[Period],
) -> Option<(Period, Mode)> {
    let p = turn.period;
    if p.is_span() {
        let last = own.iter().map(|r| r.last_year()).max();
        let review = reviewing && last.is_some_and(|y| p.last_year() <= y);
        return review.then_some((p, Mode::Review));
    }
    let last = out.last()?;
    let in_span = last.period.is_span() && last.start <= at && at < last.end;
    (in_span && own.contains(&p)).then_some((p, Mode::Review))
}

/// What may stand before the period that opens a lead sentence: nothing,
/// a salutation (各位代表，), a lead-in word (刚刚过去的, 回顾).
pub(super) fn opens_lead(before: &[char]) -> bool {
    let rest = past_salutation(before).map_or(before, |k| &before[k..]);
    rest.is_empty() || is_lead_in(rest)
}

/// Where the words after a salutation (各位代表，) start: past its first mark.
fn past_salutation(words: &[char]) -> Option<usize> {
    w::SALUTATION_PREFIXES
        .iter()
        .find(|p| starts_with(words, p))
        .and_then(|_| words.iter().position(|c| matches!(c, '，' | '！' | '：')))
        .map(|k| k + 1)
}

/// The furthest place after `at` a period may start at and still open a
/// lead: past a lead-in word written at `at`, if any.
fn past_lead_in(text: &[char], at: usize) -> usize {
    // Asked after every mark of a paragraph: one probe of an index.
    static LEAD_INS: LazyIndex = LazyIndex::new(t::SCOPE_LEAD_INS);
    LEAD_INS
        .get()
        .longest_at(text, at)
        .map_or(at, |(_, len)| at + len)
}

/// The furthest place a period may start at and still open the lead of a
/// sentence starting at `s` ([`opens_lead`]): past a lead-in word, or past
/// a salutation's mark and a lead-in word after it.
pub(super) fn lead_reach(text: &[char], s: usize) -> usize {
    let reach = past_lead_in(text, s);
    past_salutation(&text[s..]).map_or(reach, |k| reach.max(past_lead_in(text, s + k)))
}

/// Whether `words` are a lead-in word (刚刚过去的, 回顾) and nothing else.
fn is_lead_in(words: &[char]) -> bool {
    t::SCOPE_LEAD_INS
        .iter()
        .any(|x| words.iter().copied().eq(x.chars()))
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;
    use crate::model::Row;

    fn period_of(rows: &[Row], change: f64) -> String {
        let r = rows
            .iter()
            .find(|r| r.change == Some(change) || r.value == Some(change));
        r.and_then(|r| r.period)
            .map(|p| p.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn a_lead_reaches_past_a_lead_in_or_a_salutation() {
        let c = |s: &str| s.chars().collect::<Vec<char>>();
        assert_eq!(super::lead_reach(&c("五年来，产量翻番。"), 0), 0);
        assert_eq!(super::lead_reach(&c("回顾五年，产量翻番。"), 0), 2);
        // 各位代表， (5 chars) and then 回首 (2 more).
        assert_eq!(
            super::lead_reach(&c("各位代表，回首五年，成绩喜人。"), 0),
            7
        );
        assert_eq!(
            super::lead_reach(&c("产量。刚过去的一年，稳中有进。"), 3),
            7
        );
    }

    #[test]
    fn turns_are_read_after_marks_only() {
        let a = crate::period::Anchor {
            current_year: Some(2031),
            base_year: Some(2030),
            span_end: Some(2030),
        };
        let s = "2030年，产量增长5%。回顾过去五年，产量翻番，近三年，新增项目8个。";
        let text: Vec<char> = s.chars().collect();
        let at = |w: &str| s[..s.find(w).unwrap()].chars().count();
        let turns: Vec<(usize, String)> = super::turns(&text, &a)
            .into_iter()
            .map(|t| (t.at, t.period.to_string()))
            .collect();
        // The lead-in's sentence turns at its start; the clause at the span.
        let want = [(at("回顾"), "2026-2030"), (at("近三年"), "2028-2030")];
        assert_eq!(turns, want.map(|(k, p)| (k, p.to_string())));
    }

    const HEAD: &str = "2031年青川市政府工作报告\n一、过去五年和2030年工作回顾\n";

    #[test]
    fn a_span_opened_after_a_years_summary_lasts_to_the_next_year() {
        let r = rows(&format!(
            "{HEAD}2030年，地区生产总值增长5.1%。五年来，累计完成投资900亿元，税收收入达到70亿元。2027年，我们成功举办博览会。居民人均可支配收入年均增长6.3%。\n粮食产量稳定在60万吨以上。\n一年来，出口总额增长3.2%。\n"
        ));
        assert_eq!(period_of(&r, 5.1), "2030");
        assert_eq!(period_of(&r, 900.0), "2026-2030");
        assert_eq!(period_of(&r, 70.0), "2030");
        assert_eq!(period_of(&r, 6.3), "2026-2030");
        assert_eq!(period_of(&r, 60.0), "2026-2030");
        assert_eq!(period_of(&r, 3.2), "2030");
    }

    #[test]
    fn a_span_opened_in_a_clause_or_after_a_salutation() {
        let r = rows(&format!(
            "{HEAD}2030年，地区生产总值增长5.1%，成绩殊为不易，过去五年，税收收入年均增长4.4%。累计新增就业12万人。\n各位代表！“十五五”时期是不平凡的五年。城镇新增就业每年2万人以上。2030年，一般公共预算收入增长3.3%。\n"
        ));
        assert_eq!(period_of(&r, 4.4), "2026-2030");
        assert_eq!(period_of(&r, 12.0), "2026-2030");
        assert_eq!(period_of(&r, 2.0), "2026-2030");
        assert_eq!(period_of(&r, 3.3), "2030");
    }

    #[test]
    fn an_older_plan_reviewed_by_an_older_report() {
        let r = rows(
            "2016年青川市政府工作报告\n一、2015年工作回顾\n2015年，地区生产总值增长7.9%。“十二五”时期，全市生产总值年均增长9.6%，较“十一五”末增长58%。城镇新增就业累计10万人。\n",
        );
        assert_eq!(period_of(&r, 7.9), "2015");
        assert_eq!(period_of(&r, 9.6), "2011-2015");
        assert_eq!(period_of(&r, 10.0), "2011-2015");
        let since = r.iter().find(|r| r.change == Some(58.0)).unwrap();
        assert_eq!(since.canonical.as_deref(), Some("地区生产总值"));
        assert_eq!(period_of(&r, 58.0), "2011-2015");
    }
}
