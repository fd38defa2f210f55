//! A finished fact becomes a row: its period and status read, its name
//! looked up in the indicator dictionary, its span mapped back to the input.

use super::marks::Marks;
use super::rules::{
    change_range::order_change_range, span_period::level_period, status::read_status,
};
use super::Fact;
use crate::indicator;
use crate::model::{Row, Status};
use crate::normalize::Normalized;
use crate::structure::Context;

pub(super) fn to_row(norm: &Normalized, ctx: &Context, marks: &Marks, f: Fact) -> Option<Row> {
    if f.subject.is_empty() {
        return None;
    }
    let explicit = marks.period_before(f.clause, f.anchor);
    let status = read_status(marks, f.part, f.anchor, ctx, explicit);
    let mut period = explicit.or(match status {
        Status::Target => ctx.target_period,
        _ => ctx.review_period,
    });
    if f.change.is_none() {
        period = period.map(|p| level_period(p, f.over));
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
