//! The periods a document reviews and plans for, from its title, its plan
//! names (今年是“十四五”…收官之年) and its headings.

use super::headings::{word_signal, Heading};
use super::Mode;
use crate::lexicon::structure_words as w;
use crate::model::{Kind, Meta};
use crate::period::{self, Anchor};
use crate::text::{contains, find};

pub(super) fn year_of(p: &str) -> Option<i32> {
    p.get(..4)?.parse().ok()
}

/// The last year a period covers: 2021-2025 → 2025, 2024H1 → 2024.
pub(super) fn last_year(p: &str) -> Option<i32> {
    match p.split_once('-') {
        Some((a, b)) if a.len() == 4 && b.len() == 4 => b.parse().ok(),
        _ => year_of(p),
    }
}

/// The period after a reviewed one: 2024H1 → 2024H2, 2023 → 2024.
pub(super) fn next_period(p: &str) -> Option<String> {
    let y = year_of(p)?;
    match &p[4..] {
        "" => Some((y + 1).to_string()),
        "H1" => Some(format!("{y}H2")),
        _ => None,
    }
}

pub(super) fn periods_from_title(
    t: &[char],
    kind: Kind,
    date_year: Option<i32>,
) -> (Vec<String>, Vec<String>) {
    let title_period = period::find_period(t, date_year).map(|(p, _, _)| p);
    match kind {
        Kind::WorkReport => {
            let year = title_period.as_deref().and_then(year_of).or(date_year);
            match year {
                Some(y) => (vec![(y - 1).to_string()], vec![y.to_string()]),
                None => (vec![], vec![]),
            }
        }
        Kind::PlanReport => plan_title_periods(t, date_year),
        Kind::News => match title_period {
            Some(p) => {
                let next = next_period(&p);
                (vec![p], next.into_iter().collect())
            }
            None => (vec![], vec![]),
        },
        Kind::Bulletin | Kind::Other => (title_period.into_iter().collect(), vec![]),
    }
}

/// 关于…2024年上半年…执行情况 | 与下半年计划的报告: the part up to the review
/// word gives the reviewed period, the rest the planned one.
pub(super) fn plan_title_periods(t: &[char], date_year: Option<i32>) -> (Vec<String>, Vec<String>) {
    let split = w::TITLE_REVIEW_ENDS
        .iter()
        .filter_map(|word| find(t, word).map(|i| i + word.chars().count()))
        .min()
        .unwrap_or(t.len());
    let reviewed = period::find_period(&t[..split], date_year).map(|(p, _, _)| p);
    let base = reviewed.as_deref().and_then(year_of).or(date_year);
    let anchor = Anchor {
        current_year: date_year.or(base),
        base_year: base,
        span_end: base,
    };
    let planned = period::find_period_with(&t[split..], &anchor)
        .map(|(p, _, _)| p)
        .or_else(|| reviewed.as_deref().and_then(next_period));
    (
        reviewed.into_iter().collect(),
        planned.into_iter().collect(),
    )
}

/// 今年是“十四五”规划收官之年 → 2025.
pub(super) fn current_year_from_plan_names(c: &[char]) -> Option<i32> {
    let this_year: Vec<char> = "今年是".chars().collect();
    (0..c.len())
        .filter(|&i| c[i..].starts_with(&this_year))
        .find_map(|i| {
            let end = (i..c.len().min(i + 40))
                .find(|&k| matches!(c[k], '。' | '，' | '；'))
                .unwrap_or(c.len().min(i + 40));
            let s = &c[i..end];
            let (_, first, last) = w::PLAN_PERIODS.iter().find(|(n, _, _)| contains(s, n))?;
            if w::PLAN_YEAR_END_WORDS.iter().any(|x| contains(s, x)) {
                Some(*last)
            } else if w::PLAN_YEAR_START_WORDS.iter().any(|x| contains(s, x)) {
                Some(*first)
            } else {
                None
            }
        })
}

pub(super) fn default_current_year(kind: Kind, meta: &Meta) -> Option<i32> {
    let reviewed = meta.reports.first().and_then(|p| last_year(p));
    let planned = meta.targets.first().and_then(|p| year_of(p));
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
