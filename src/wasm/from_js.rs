//! A `Report` from a JS object, field by field (the page's filtered rows
//! coming back for a download): no serde `Deserialize` for it in the module.

use wasm_bindgen::prelude::*;

use super::get;
use super::read::{flag, number, opt_string, qualifier, string};
use crate::model::{Kind, Level, Meta, Row, Status};
use crate::Report;

/// A field whose JSON form is a string: `String`, or a type parsed from it.
fn parsed<T: std::str::FromStr>(object: &JsValue, key: &str) -> Option<T> {
    opt_string(object, key).and_then(|s| s.parse().ok())
}

fn array(object: &JsValue, key: &str) -> Vec<JsValue> {
    let value = get(object, key);
    if js_sys::Array::is_array(&value) {
        js_sys::Array::from(&value).iter().collect()
    } else {
        Vec::new()
    }
}

fn offset(object: &JsValue, key: &str) -> usize {
    number(object, key)
        .filter(|n| *n >= 0.0)
        .map_or(0, |n| n as usize)
}

fn status(object: &JsValue) -> Status {
    match string(object, "status").as_str() {
        "estimate" => Status::Estimate,
        "target" => Status::Target,
        _ => Status::Actual,
    }
}

fn level(object: &JsValue) -> Option<Level> {
    let name = opt_string(object, "level")?;
    Level::ALL.into_iter().find(|l| l.as_str() == name)
}

fn kind(object: &JsValue) -> Option<Kind> {
    let name = opt_string(object, "kind")?;
    Kind::ALL.into_iter().find(|k| k.as_str() == name)
}

/// What the page's user added to a row (render/marks.rs).
fn marks_from_js(row: &JsValue) -> crate::render::RowMarks {
    crate::render::RowMarks {
        edited: array(row, "edited")
            .iter()
            .filter_map(JsValue::as_string)
            .collect(),
        checked: flag(row, "checked"),
        also: array(row, "also")
            .iter()
            .map(|m| crate::render::Mention {
                evidence: string(m, "evidence"),
                start: offset(m, "start"),
                end: offset(m, "end"),
            })
            .collect(),
    }
}

pub(crate) fn row_from_js(row: &JsValue) -> Row {
    Row {
        indicator: string(row, "indicator"),
        canonical: opt_string(row, "canonical"),
        core: flag(row, "core"),
        category: parsed(row, "category").unwrap_or_default(),
        value: number(row, "value"),
        value_max: number(row, "valueMax"),
        unit: opt_string(row, "unit"),
        value_qualifier: qualifier(row, "valueQualifier"),
        placeholder: flag(row, "placeholder"),
        change: number(row, "change"),
        change_max: number(row, "changeMax"),
        change_unit: opt_string(row, "changeUnit"),
        change_qualifier: qualifier(row, "changeQualifier"),
        status: status(row),
        period: parsed(row, "period"),
        region: opt_string(row, "region"),
        evidence: string(row, "evidence"),
        start: offset(row, "start"),
        end: offset(row, "end"),
        report: number(row, "report")
            .filter(|n| *n >= 0.0)
            .map(|n| n as usize),
        rules: Default::default(),
    }
}

/// A `Report` as `parse()` gives it (or with fewer rows), and its rows'
/// marks; missing or mistyped fields are taken as unknown.
pub(crate) fn report_from_js(
    value: &JsValue,
) -> Result<(Report, Vec<crate::render::RowMarks>), JsError> {
    if !value.is_object() {
        return Err(JsError::new("invalid report: expected an object"));
    }
    let meta = get(value, "meta");
    let strings = |key| {
        array(&meta, key)
            .iter()
            .filter_map(|v| v.as_string()?.parse().ok())
            .collect()
    };
    let rows = array(value, "rows");
    let report = Report {
        meta: Meta {
            title: opt_string(&meta, "title"),
            region: opt_string(&meta, "region"),
            level: level(&meta),
            kind: kind(&meta),
            reports: strings("reports"),
            targets: strings("targets"),
        },
        rows: rows.iter().map(row_from_js).collect(),
        notes: array(value, "notes")
            .iter()
            .filter_map(JsValue::as_string)
            .collect(),
        // The renderers write no part's meta: a report read back needs none.
        parts: Vec::new(),
    };
    Ok((report, rows.iter().map(marks_from_js).collect()))
}
