//! Scopes opened by lead sentences (过去五年，… / 刚刚过去的2025年，…).

use super::headings::is_plain_heading;
use super::spans::{self, opens_lead};
use super::{Document, Mode, Scope};
use crate::model::Meta;
use crate::normalize::Line;
use crate::period::{self, Anchor, Period};

/// How far into a paragraph its lead sentence is read for a period.
const SCOPE_LEAD_CHARS: usize = 40;

/// The scopes opened by lead sentences: a paragraph that opens with a
/// period (2025年是… / 过去五年，… / 各位代表，刚刚过去的2025年…). Each lasts
/// to the end of the innermost section holding it, to a heading inside
/// that names a period or turns to the other mode, or to the next scope.
/// In a report on part of a year only its own periods open one.
pub(super) fn find_scopes(c: &[char], lines: &[Line], doc: &Document) -> Vec<Scope> {
    let reviewed = doc.meta.reports.first().map(|p| p.last_year());
    let anchor = Anchor {
        current_year: doc.current_year,
        base_year: reviewed,
        span_end: reviewed,
    };
    let mut out: Vec<Scope> = Vec::new();
    for line in lines {
        let text = &c[line.start..line.end];
        if line.number().is_some() || is_plain_heading(text) {
            continue;
        }
        if let Some((p, mode)) = lead_period(text, &anchor, doc) {
            open_scope(&mut out, doc, c.len(), (line.start, line.end), p, mode);
        }
        for turn in spans::turns(text, &anchor) {
            let at = line.start + turn.at;
            let reviewing = doc
                .innermost_section(at)
                .is_none_or(|s| s.mode == Mode::Review);
            let accepted = spans::accept(&turn, &out, at, reviewing, &doc.meta.reports);
            if let Some((p, mode)) = accepted {
                open_scope(&mut out, doc, c.len(), (at, line.end), p, mode);
            }
        }
    }
    // A heading inside that names its own period or turns to the other mode
    // ends it too. Scopes do not overlap: each section is looked at once.
    for sc in &mut out {
        let first_after = doc.sections.partition_point(|s| s.start <= sc.start);
        if let Some(s) = doc.sections[first_after..]
            .iter()
            .take_while(|s| s.start < sc.end)
            .find(|s| s.names_period || s.mode != sc.mode)
        {
            sc.end = s.start;
        }
    }
    out
}

/// The period a paragraph's lead sentence opens with, and its mode.
fn lead_period(text: &[char], anchor: &Anchor, doc: &Document) -> Option<(Period, Mode)> {
    let lead_end = (0..text.len().min(SCOPE_LEAD_CHARS))
        .find(|&k| matches!(text[k], '。' | '：'))
        .unwrap_or(text.len().min(SCOPE_LEAD_CHARS));
    // Only the first places of the lead may hold its period: no further.
    let until = spans::lead_reach(text, 0) + 1;
    let m = period::scan_between(&text[..lead_end], 0, until, anchor)
        .find(|m| m.role == period::Role::Frame && m.period.is_some())?;
    let p = m.period.filter(|_| opens_lead(&text[..m.start]))?;
    Some((p, mode_of(p, doc)?))
}

fn mode_of(p: Period, doc: &Document) -> Option<Mode> {
    let reviewed = doc.meta.reports.first().map(|p| p.last_year());
    let planned = doc.meta.targets.first().map(|p| p.year());
    scope_mode(p, &doc.meta, reviewed, planned)
}

/// Opens a scope at `start` lasting to the end of its innermost section;
/// the scope before ends there. Part of a year in a report on whole years
/// (2022年四季度，…) is spoken of in its own paragraph only: the next one
/// (年末…) is back in the year.
fn open_scope(
    out: &mut Vec<Scope>,
    doc: &Document,
    len: usize,
    (start, paragraph_end): (usize, usize),
    period: Period,
    mode: Mode,
) {
    let part_of_a_year = !period.is_year() && !period.is_span();
    let end = if part_of_a_year && reports_whole_years(&doc.meta) {
        paragraph_end
    } else {
        doc.innermost_section(start).map_or(len, |s| s.end)
    };
    if let Some(last) = out.last_mut() {
        last.end = last.end.min(start);
    }
    out.push(Scope {
        start,
        end,
        period,
        mode,
    });
}

fn reports_whole_years(meta: &Meta) -> bool {
    meta.reports.iter().all(|r| r.is_year() || r.is_span())
}

/// Whether a scope over `p` reviews or plans; None when it is neither the
/// report's own period nor clearly before or after it.
fn scope_mode(p: Period, meta: &Meta, reviewed: Option<i32>, planned: Option<i32>) -> Option<Mode> {
    if meta.reports.contains(&p) {
        return Some(Mode::Review);
    }
    if meta.targets.contains(&p) {
        return Some(Mode::Plan);
    }
    if !reports_whole_years(meta) {
        return None;
    }
    if reviewed.is_some_and(|r| p.last_year() <= r) {
        Some(Mode::Review)
    } else if planned.is_some_and(|t| p.year() >= t) {
        Some(Mode::Plan)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::parse;

    fn periods(text: &str) -> Vec<(String, String)> {
        parse(text)
            .rows
            .into_iter()
            .map(|r| {
                (
                    r.indicator,
                    r.period.map(|p| p.to_string()).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn part_of_a_year_speaks_for_its_own_paragraph_only() {
        let text = "柳溪市2025年国民经济和社会发展统计公报\n\
                    全年地区生产总值1200亿元，比上年增长5.1%。\n\
                    2025年四季度，城镇调查失业率为5.0%。\n\
                    年末全市常住人口320万人。";
        let rows = periods(text);
        let period_of = |name: &str| {
            rows.iter()
                .find(|(i, _)| i.contains(name))
                .map(|(_, p)| p.clone())
        };
        assert_eq!(period_of("失业率").as_deref(), Some("2025Q4"));
        assert_eq!(period_of("常住人口").as_deref(), Some("2025"));
    }
}
