//! What a sentence says once for all its facts: where its ；-parts and
//! clauses begin, where 预计 and goal words stand, and the periods that frame
//! it.

use crate::clause::Sentence;
use crate::indicator::Dictionary;
use crate::lexicon::time_words::{NEWS_LEADS, RELATIVE_YEARS};
use crate::model::Rules;
use crate::period::{self, Mention, Period};
use crate::text::{ends_at, starts_at};
use crate::tokens::Tokens;

/// How far into a sentence a period may start and still open it (截至).
const OPENING_CHARS: usize = 3;

/// What a sentence says once for all its facts, read in one pass each:
/// where its ；-parts begin, where 预计 and goal words stand, and the
/// periods that frame it. Reading these per fact would be quadratic in the
/// sentence's length.
pub(super) struct Marks<'d> {
    /// Start of each ；-part, ascending; the first is the sentence start.
    pub(super) parts: Vec<usize>,
    /// Start of each clause (after ，：；), ascending, from the sentence start.
    pub(super) clauses: Vec<usize>,
    pub(super) estimate_at: Option<usize>,
    /// Positions of words that make what follows a goal, ascending.
    pub(super) goals: Vec<usize>,
    /// Framing periods in order, each with the position its mention ends,
    /// whether it names its year itself (2020年, 今年) rather than through a
    /// base year (全年, 前三季度),
    /// and whether a comma follows it (前三季度，…): then it frames all
    /// that follows, not only the number after it.
    pub(super) periods: Vec<(usize, Period, bool, bool, bool)>,
    /// Baselines of comparison (比2020年, 较“十三五”末), each with the
    /// position its mention ends.
    pub(super) baselines: Vec<(usize, Period)>,
    /// The topic the sentence or one before it in the paragraph opened
    /// with (see `rules::topic`).
    pub(super) topic: Option<String>,
    /// The indicator a round-up's sentence or title is about (从GDP总量看，
    /// …; 城市GDP百强榜), for places that name none (see `rules::place_alone`).
    pub(super) aspect: Option<String>,
    /// The indicators the rules know (the standard ones and the user's):
    /// the parser's, set by `extract`; the standard ones until then.
    pub(super) dict: &'d Dictionary,
    /// The rules switched off (`Options::skip_rules`): none but in tests.
    pub(super) skip: Rules,
}

impl Marks<'_> {
    /// The marks of sentence `s` from its tokens (read with `Tokens::read`).
    pub(super) fn read(chars: &[char], s: &Sentence, tokens: &Tokens) -> Marks<'static> {
        let mut parts = vec![s.start];
        parts.extend(
            (s.start..s.end)
                .filter(|&i| chars[i] == '；')
                .map(|i| i + 1),
        );
        // Clause bounds come from the clause stage; the sentence start stands
        // first so every position has a clause.
        let mut clauses = vec![s.start];
        clauses.extend(s.clause_starts(chars));
        Marks {
            parts,
            clauses,
            estimate_at: tokens.estimate_at,
            goals: tokens.goals.clone(),
            periods: framing_periods(chars, s, &tokens.times),
            baselines: baselines(&tokens.times),
            topic: None,
            aspect: None,
            dict: Dictionary::standard(),
            skip: Rules::NONE,
        }
    }

    /// The period that opens the sentence (一季度，… / 五年来…), if one does.
    pub(super) fn opening(&self) -> Option<Period> {
        self.periods.iter().find(|m| m.4).map(|m| m.1)
    }

    /// Makes `p` the period that opens the sentence starting at `start`.
    pub(super) fn open_with(&mut self, start: usize, p: Period) {
        self.periods.insert(0, (start, p, true, false, true));
    }

    /// Start of the ；-part holding `at`.
    pub(super) fn part_of(&self, at: usize) -> usize {
        let k = self.parts.partition_point(|&p| p <= at);
        self.parts[k.saturating_sub(1)]
    }

    /// The first period the sentence names by itself (2024年上半年).
    pub(super) fn first_written(&self) -> Option<Period> {
        self.periods.iter().find(|m| m.2).map(|m| m.1)
    }

    /// The first period a sentence names by itself, from its times.
    pub(super) fn first_written_period(
        chars: &[char],
        s: &Sentence,
        times: &[Mention],
    ) -> Option<Period> {
        framing_periods(chars, s, times)
            .into_iter()
            .find(|m| m.2)
            .map(|m| m.1)
    }

    /// The baseline a change at `at` is measured against: the last one in
    /// its clause before it.
    pub(super) fn baseline_before(&self, clause: usize, at: usize) -> Option<Period> {
        self.baselines
            .iter()
            .rfind(|(end, _)| *end > clause && *end <= at)
            .map(|(_, p)| *p)
    }

    /// Start of the clause holding `at`.
    pub(super) fn clause_of(&self, at: usize) -> usize {
        let k = self.clauses.partition_point(|&c| c <= at);
        self.clauses[k.saturating_sub(1)]
    }

    pub(super) fn has_goal_between(&self, from: usize, to: usize) -> bool {
        let k = self.goals.partition_point(|&g| g < from);
        self.goals.get(k).is_some_and(|&g| g < to)
    }

    /// The period framing the number at `at`: the nearest one in its own
    /// clause (从2020年的120亿元增加到2025年的168亿元), else the last one
    /// that opens a clause before it (前三季度，…), else the first of the
    /// sentence (五年来…). A relative word (全年, 前三季度) takes its year
    /// from a year written earlier in the sentence (2025年，…全年新签约…).
    pub(super) fn period_before(&self, clause: usize, at: usize) -> Option<Period> {
        let before = || self.periods.iter().filter(|m| m.0 <= at);
        let chosen = before()
            .rfind(|m| m.0 > clause)
            .or_else(|| before().rfind(|m| m.3))
            .or_else(|| before().next().filter(|m| m.4))?;
        let (end, near, digits, _, _) = chosen;
        if *digits {
            return Some(*near);
        }
        let written_year = before()
            .rfind(|m| m.0 < *end && m.2 && !m.1.is_span())
            .map(|m| m.1.year());
        Some(written_year.map_or(*near, |y| near.in_year(y)))
    }
}

/// Baselines of comparison (比2020年), each with the position it ends.
fn baselines(times: &[Mention]) -> Vec<(usize, Period)> {
    times
        .iter()
        .filter(|m| m.role == period::Role::Baseline)
        .filter_map(|m| Some((m.end, m.period?)))
        .collect()
}

/// Whether a period at `at` opens the sentence starting at `start`: at its
/// very start, or right after a news lead (记者从市统计局获悉，前三季度…).
fn opens_sentence(chars: &[char], start: usize, at: usize) -> bool {
    let lead_end = match at.checked_sub(1) {
        Some(k) if k > start && chars[k] == '，' => k,
        _ => start,
    };
    let led = lead_end > start && NEWS_LEADS.iter().any(|w| ends_at(chars, lead_end, w));
    let from = if led { lead_end + 1 } else { start };
    // After a lead, its comma is the one break before the period.
    let breaks = chars[start..at]
        .iter()
        .filter(|c| matches!(c, '，' | '；' | '：'))
        .count();
    at - from <= OPENING_CHARS && breaks == usize::from(led)
}

/// The periods that frame a sentence's numbers, each with the position its
/// mention ends, whether it names its year itself, whether a comma follows
/// it and whether it opens the sentence (see [`Marks::periods`]).
fn framing_periods(
    chars: &[char],
    s: &Sentence,
    times: &[Mention],
) -> Vec<(usize, Period, bool, bool, bool)> {
    // A loop: collected from a filter_map it weighed 0.2 KB gzip of the
    // core wasm.
    let mut framing = Vec::new();
    for m in times.iter().filter(|m| m.role == period::Role::Frame) {
        let words = &chars[m.start..m.end];
        // Written with digits, or a year word that needs no base year (今年).
        let digits = words.iter().any(|c| c.is_ascii_digit())
            || RELATIVE_YEARS.iter().any(|(w, _)| starts_at(words, 0, w));
        let scope = m.end < s.end && chars[m.end] == '，';
        // 五年来，… / 到2030年，… / 截至2025年底…: at the very start
        // of the sentence, it frames the whole sentence.
        let opens = opens_sentence(chars, s.start, m.start);
        if let Some(period) = m.period {
            framing.push((m.end, period, digits, scope, opens));
        }
    }
    framing
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_period_after_a_news_lead_frames_the_sentence() {
        let text = "2025年三季度经济运行情况\n记者从市统计局获悉，前三季度全市GDP达到1200亿元，按不变价格计算，同比增长5.8%。\n";
        let r = crate::parse(text).rows;
        assert_eq!(r.len(), 1, "{r:#?}");
        assert_eq!((r[0].value, r[0].change), (Some(1200.0), Some(5.8)));
        assert_eq!(
            r[0].period.map(|p| p.to_string()).as_deref(),
            Some("2025Q1-Q3")
        );
    }
}
