//! The periods a document reviews and plans for, from its title, its plan
//! names (今年是“十四五”…收官之年), its headings and the plan spans its
//! paragraphs open with.

use super::headings::{word_signal, Heading};
use super::Mode;
use crate::lexicon::structure_words as w;
use crate::lexicon::time_words as t;
use crate::model::{Kind, Meta};
use crate::normalize::{Line, LineKind};
use crate::period::{self, Anchor, Period};
use crate::text::{contains, find, read_uint, CharLen};

pub(super) fn periods_from_title(
    t: &[char],
    kind: Kind,
    date_year: Option<i32>,
) -> (Vec<Period>, Vec<Period>) {
    let title_period = period::find_period(t, date_year).map(|(p, _, _)| p);
    match kind {
        Kind::WorkReport => {
            let year = title_period.map(Period::year).or(date_year);
            match year {
                Some(y) => (vec![Period::Year(y - 1)], vec![Period::Year(y)]),
                None => (vec![], vec![]),
            }
        }
        Kind::PlanReport => plan_title_periods(t, date_year),
        Kind::News => match title_period {
            Some(p) => (vec![p], p.next().map_or_else(Vec::new, |x| vec![x])),
            None => (vec![], vec![]),
        },
        Kind::Bulletin | Kind::Other => (title_period.map_or_else(Vec::new, |x| vec![x]), vec![]),
    }
}

/// 关于…2024年上半年…执行情况 | 与下半年计划的报告: the part up to the review
/// word gives the reviewed period, the rest the planned one.
pub(super) fn plan_title_periods(t: &[char], date_year: Option<i32>) -> (Vec<Period>, Vec<Period>) {
    let split = w::TITLE_REVIEW_ENDS
        .iter()
        .filter_map(|word| find(t, word).map(|i| i + word.char_len()))
        .min()
        .unwrap_or(t.len());
    let reviewed = period::find_period(&t[..split], date_year).map(|(p, _, _)| p);
    let base = reviewed.map(Period::year).or(date_year);
    let anchor = Anchor {
        current_year: date_year.or(base),
        base_year: base,
        span_end: base,
    };
    let planned = period::find_period_with(&t[split..], &anchor)
        .map(|(p, _, _)| p)
        .or_else(|| reviewed.and_then(Period::next));
    (
        reviewed.map_or_else(Vec::new, |x| vec![x]),
        planned.map_or_else(Vec::new, |x| vec![x]),
    )
}

/// A bulletin whose title is lost is dated by the year its body opens with
/// (2024年，全市…): the first line that starts with a year.
pub(super) fn opening_year(c: &[char], body: &[Line]) -> Option<Period> {
    body.iter().find_map(|l| {
        let line = &c[l.start..l.end];
        if l.kind == LineKind::Date {
            return None;
        }
        let (year, len) = read_uint(line, 0)?;
        (len == 4 && line.get(4) == Some(&'年') && (1949..2200).contains(&year))
            .then_some(Period::Year(year as i32))
    })
}

/// A bulletin that names no year of its own is published in the months
/// after the year it reviews: its head's date (柳溪市统计局 2025年3月) less
/// one.
pub(super) fn year_before_publication(c: &[char], head: &[Line]) -> Option<Period> {
    head.iter().find_map(|l| {
        let line = &c[l.start..l.end];
        (0..line.len()).find_map(|i| {
            let fresh = i == 0 || !line[i - 1].is_ascii_digit();
            let (year, 4) = read_uint(line, i)? else {
                return None;
            };
            let month = read_uint(line, i + 5).filter(|_| line.get(i + 4) == Some(&'年'));
            let dated = month.is_some_and(|(m, len)| {
                (1..=12).contains(&m) && line.get(i + 5 + len) == Some(&'月')
            });
            (fresh && dated && (1950..=2100).contains(&year)).then(|| Period::Year(year as i32 - 1))
        })
    })
}

/// 今年是“十四五”的最后一年 → 2025.
pub(super) fn current_year_from_plan_names(c: &[char]) -> Option<i32> {
    let this_year: Vec<char> = t::THIS_YEAR_IS.chars().collect();
    (0..c.len())
        .filter(|&i| c[i..].starts_with(&this_year))
        .find_map(|i| {
            let end = (i..c.len().min(i + 40))
                .find(|&k| matches!(c[k], '。' | '，' | '；'))
                .unwrap_or(c.len().min(i + 40));
            let s = &c[i..end];
            let (_, first, last) = t::PLAN_PERIODS.iter().find(|(n, _, _)| contains(s, n))?;
            if t::PLAN_YEAR_END_WORDS.iter().any(|x| contains(s, x)) {
                Some(*last)
            } else if t::PLAN_YEAR_START_WORDS.iter().any(|x| contains(s, x)) {
                Some(*first)
            } else {
                None
            }
        })
}

pub(super) fn default_current_year(kind: Kind, meta: &Meta) -> Option<i32> {
    let reviewed = meta.reports.first().map(|p| p.last_year());
    let planned = meta.targets.first().map(|p| p.year());
    match kind {
        Kind::WorkReport | Kind::News => planned.or(reviewed.map(|y| y + 1)),
        Kind::PlanReport | Kind::Bulletin | Kind::Other => reviewed.or(planned),
    }
}

pub(super) fn fill_periods_from_headings(
    c: &[char],
    headings: &[Heading],
    meta: &mut Meta,
    current_year: Option<i32>,
) {
    let anchor = Anchor::from_current(current_year);
    for h in headings.iter().filter(|h| h.kind.is_numbered()) {
        let text = &c[h.text.0..h.text.1];
        let Some((p, _, _)) = period::find_period_with(text, &anchor) else {
            continue;
        };
        let list = match word_signal(text) {
            Some(Mode::Review) => &mut meta.reports,
            Some(Mode::Plan) => &mut meta.targets,
            None => continue,
        };
        if list.is_empty() {
            list.push(p);
        }
    }
}

/// How far into a line the lead words of a plan period are looked for
/// (“十四五”时期是…的五年 / 过去五年，… / 二、“十五五”时期主要目标任务).
pub(super) const LEAD_CHARS: usize = 24;

/// A report that reviews a five-year plan period (五年来, “十四五”时期…) or
/// sets goals for the next one (“十五五”时期主要目标) reviews or plans that
/// span as well as its year: a 2026 work report reviews 2025 and 2021-2025
/// and plans 2026 and 2026-2030. The span is read where a heading or a
/// paragraph opens with it; only a plan's own span counts (2021-2025, not
/// the 2019-2023 of a government's term).
pub(super) fn add_plan_spans(
    c: &[char],
    lines: &[Line],
    meta: &mut Meta,
    current_year: Option<i32>,
) {
    let (Some(reviewed), planned) = (meta.reports.first().copied(), meta.targets.first().copied())
    else {
        return;
    };
    let anchor = Anchor {
        current_year,
        base_year: Some(reviewed.last_year()),
        span_end: Some(reviewed.last_year()),
    };
    for line in lines {
        let lead = &c[line.start..line.end.min(line.start + LEAD_CHARS)];
        let number = line.number().map_or(0, |n| n.len);
        let lead = &lead[number.min(lead.len())..];
        for m in period::scan(lead, &anchor) {
            let Some(p @ Period::Years { first, last }) = m.period else {
                continue;
            };
            if m.role != period::Role::Frame || last - first != 4 || first % 5 != 1 {
                continue;
            }
            let list = if last == reviewed.last_year() {
                &mut meta.reports
            } else if planned.is_some_and(|t| first == t.year()) {
                &mut meta.targets
            } else {
                continue;
            };
            if !list.contains(&p) {
                list.push(p);
            }
        }
    }
}
