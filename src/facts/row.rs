//! A finished fact becomes a row: its period and status read, its name
//! looked up in the indicator dictionary, its span mapped back to the input.

use super::marks::Marks;
use super::rules::{
    change_range::order_change_range,
    span_period::{held_run, level_period, run_period, Over},
    status::read_status,
};
use super::Fact;
use crate::indicator;
use crate::model::{Row, Status};
use crate::normalize::Normalized;
use crate::period::Period;
use crate::structure::Context;

/// The rows of a fact: one, or two when a level reached at the end of a
/// span is written with its change over the span (达到1.5万亿元、增长19.8%):
/// their periods differ (SPEC "Periods in multi-year reviews and plans").
pub(super) fn to_rows(norm: &Normalized, ctx: &Context, marks: &Marks, f: Fact) -> Vec<Row> {
    if let (Some(level), Some((change, _))) = (&f.level, &f.change) {
        let (_, period) = status_and_period(ctx, marks, &f);
        if f.over == Over::End && period.is_some_and(|p| p.is_span()) {
            let mut alone = f.clone();
            alone.change = None;
            alone.end = level.end;
            let mut grows = f.clone();
            grows.level = None;
            grows.anchor = change.start;
            grows.clause = marks.clause_of(change.start).max(f.part);
            return [alone, grows]
                .into_iter()
                .filter_map(|f| to_row(norm, ctx, marks, f))
                .collect();
        }
    }
    to_row(norm, ctx, marks, f).into_iter().collect()
}

fn status_and_period(ctx: &Context, marks: &Marks, f: &Fact) -> (Status, Option<Period>) {
    let explicit = marks.period_before(f.clause, f.anchor);
    let status = read_status(marks, f.part, f.anchor, ctx, explicit);
    let period = explicit.or(match status {
        Status::Target => ctx.target_period,
        _ => ctx.review_period,
    });
    (status, period)
}

fn to_row(norm: &Normalized, ctx: &Context, marks: &Marks, f: Fact) -> Option<Row> {
    if f.subject.is_empty() {
        return None;
    }
    let (status, mut period) = status_and_period(ctx, marks, &f);
    if let Some(level) = f.level.as_ref().filter(|_| f.change.is_none()) {
        period = period.map(|p| level_period(p, f.over));
        if let Some(years) = held_run(&norm.chars, f.clause, level.num_start) {
            period = period.map(|p| run_period(p, years));
        }
    }
    let canonical = indicator::canonical(&f.subject);
    let category = indicator::category(&f.subject, canonical).to_string();
    let (start, end) = norm.original_span(f.start, f.end);
    let mut row = Row {
        core: canonical.is_some(),
        canonical: canonical.map(str::to_string),
        indicator: f.subject,
        category,
        status,
        period,
        start,
        end,
        ..Row::default()
    };
    if let Some(l) = &f.level {
        row.value = l.value;
        row.value_max = l.value_max;
        row.unit = Some(l.unit.clone());
        row.value_qualifier = l.qualifier;
        row.placeholder = l.placeholder;
    }
    if let Some((c, sign)) = &f.change {
        if c.placeholder && f.level.is_none() {
            return None;
        }
        row.change = c.value.map(|v| v * sign);
        row.change_max = c.value_max.map(|v| v * sign);
        row.change_unit = Some(c.unit.clone());
        row.change_qualifier = c.qualifier;
        order_change_range(&mut row);
    }
    Some(row)
}
