//! A finished fact becomes a row: its period and status read, its span
//! mapped back to the input (the walk looks its name up in the indicator
//! dictionary).

use super::fact::Fact;
use super::marks::Marks;
use super::rules::Rule;
use super::rules::{
    average_span::average_period,
    census_year::census_year,
    change_range::order_change_range,
    since_baseline::since_baseline,
    span_period::{held_run, level_period, run_period},
    status::read_status,
};
use crate::indicator::Dictionary;
use crate::model::{Row, Rules, Status};
use crate::normalize::Normalized;
use crate::period::Period;
use crate::structure::Context;

/// The rows of a fact: one, or two when its level and its change have
/// different periods: a level reached at the end of a span written with
/// its change over the span (达到1.5万亿元、增长19.8%), or a change that names
/// its own years (比例达到66%，近3年提升21个百分点). SPEC "Periods in
/// multi-year reviews and plans".
pub(super) fn to_rows(norm: &Normalized, ctx: &Context, marks: &Marks, f: Fact) -> Vec<Row> {
    if let (Some(level), Some((change, _))) = (&f.level, &f.change) {
        let mut alone = f.clone();
        alone.change = None;
        alone.end = level.end;
        let mut grows = f.clone();
        grows.level = None;
        grows.anchor = change.start;
        grows.clause = marks.clause_of(change.start).max(f.part);
        let level_period = row_period(&norm.chars, ctx, marks, &alone).0;
        if level_period != row_period(&norm.chars, ctx, marks, &grows).0 {
            // A loop, not a collect of a filter_map (0.1 KB gzip of the
            // core wasm).
            let mut rows = Vec::new();
            for f in [alone, grows] {
                if let Some(row) = to_row(norm, ctx, marks, f) {
                    rows.push(row);
                }
            }
            return rows;
        }
    }
    to_row(norm, ctx, marks, f).map_or_else(Vec::new, |x| vec![x])
}

fn status_and_period(ctx: &Context, marks: &Marks, f: &Fact) -> (Status, Option<Period>) {
    let explicit = marks.period_before(f.clause, f.anchor);
    let status = if Rule::Status.on(marks.skip) {
        read_status(marks, f.part, f.anchor, ctx, explicit)
    } else {
        Status::Actual
    };
    let period = explicit.or(match status {
        Status::Target => ctx.target_period,
        _ => ctx.review_period,
    });
    (status, period)
}

/// The period of a fact: its sentence's or its part's, and for a level
/// alone, what it is over a span (span_period); with the rules that moved
/// it.
fn row_period(chars: &[char], ctx: &Context, marks: &Marks, f: &Fact) -> (Option<Period>, Rules) {
    let mut shaped = Rules::NONE;
    let mut period = status_and_period(ctx, marks, f).1;
    let words = &chars[f.start.min(f.anchor)..f.anchor];
    let census = census_year(words).filter(|_| marks.period_before(f.clause, f.anchor).is_none());
    if let Some(census) = census {
        if Rule::CensusYear.on(marks.skip) {
            Rule::CensusYear.mark(&mut shaped);
            period = Some(census);
        }
    }
    let Some(mut p) = period else {
        return (None, shaped);
    };
    let mut moved = |rule: Rule, from: Period, q: Period| {
        if q != from {
            rule.mark(&mut shaped);
        }
        q
    };
    if f.average && f.level.is_none() && Rule::AverageSpan.on(marks.skip) {
        p = moved(Rule::AverageSpan, p, average_period(p, true, ctx));
    }
    if f.level.is_none() && Rule::SinceBaseline.on(marks.skip) {
        let baseline = marks.baseline_before(f.clause, f.anchor);
        p = moved(Rule::SinceBaseline, p, since_baseline(p, baseline));
    }
    if let Some(level) = f.level.as_ref().filter(|_| f.change.is_none()) {
        if Rule::SpanPeriod.on(marks.skip) {
            p = moved(Rule::SpanPeriod, p, level_period(p, f.over));
            if let Some(years) = held_run(chars, f.clause, level.num_start) {
                p = moved(Rule::SpanPeriod, p, run_period(p, years));
            }
        }
    }
    period = Some(p);
    (period, shaped)
}

fn to_row(norm: &Normalized, ctx: &Context, marks: &Marks, f: Fact) -> Option<Row> {
    if f.subject.is_empty() {
        return None;
    }
    let status = status_and_period(ctx, marks, &f).0;
    let (period, moved) = row_period(&norm.chars, ctx, marks, &f);
    let mut shaped = f.shaped.union(moved);
    if status != Status::Actual {
        Rule::Status.mark(&mut shaped);
    }
    let (start, end) = norm.original_span(f.start, f.end);
    let mut row = Row {
        indicator: f.subject,
        status,
        period,
        start,
        end,
        rules: shaped,
        ..Row::default()
    };
    if let Some(l) = &f.level {
        row.value = l.value;
        row.value_max = l.value_max;
        row.unit = Some(l.unit.to_string());
        row.value_qualifier = l.qualifier;
        row.placeholder = l.placeholder;
    }
    if let Some((c, sign)) = &f.change {
        if c.placeholder && f.level.is_none() {
            return None;
        }
        row.change = c.value.map(|v| v * sign);
        row.change_max = c.value_max.map(|v| v * sign);
        row.change_unit = Some(c.unit.to_string());
        row.change_qualifier = c.qualifier;
        if Rule::ChangeRange.on(marks.skip) && order_change_range(&mut row) {
            Rule::ChangeRange.mark(&mut row.rules);
        }
    }
    Some(row)
}

/// A table's figure as a row: the table gives its numbers, the place it
/// stands in its status and, when neither column nor caption names a year,
/// its period.
pub(super) fn table_row(ctx: &Context, f: super::table::TableFact, dict: &Dictionary) -> Row {
    let status = match ctx.mode {
        crate::structure::Mode::Review => Status::Actual,
        crate::structure::Mode::Plan => Status::Target,
    };
    let period = f.period.or(match status {
        Status::Target => ctx.target_period,
        _ => ctx.review_period,
    });
    let (canonical, category) = dict.classify(&f.subject);
    let mut row = Row {
        core: canonical.is_some(),
        canonical: canonical.map(str::to_string),
        category,
        indicator: f.subject,
        status,
        period,
        start: f.start,
        end: f.end,
        rules: Rule::Table.added_to(Rules::NONE),
        ..Row::default()
    };
    if let Some((value, unit)) = f.level {
        row.value = Some(value);
        row.unit = Some(unit);
    }
    if let Some((change, unit)) = f.change {
        row.change = Some(change);
        row.change_unit = Some(unit);
    }
    row
}
