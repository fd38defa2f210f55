//! The WebAssembly boundary: glue only, no parsing here.
//!
//! Reports go out as JSON text (serde_json: `None` is `null`, structs are
//! objects with camelCase keys; the JS entry points — the page's worker,
//! npm/*.js, zhibiao-table.js — wrap `parseToJson` as `parse(text, options)
//! → Report`) and come in as plain objects read field by field. No exported
//! classes, so nothing stays on the Rust heap waiting for a `free()`.
//!
//! One thing does change on the way out: `start`/`end`. The library counts
//! code points (Python string indices); JavaScript strings index UTF-16 code
//! units, so the offsets are converted here and `text.slice(row.start,
//! row.end)` is the evidence in JS.

// The XLSX module (`--features xlsx`) exports only `toXlsx`: without the
// parser it is 64 KB gzip smaller, and the page has the parser already.
#![cfg_attr(feature = "xlsx", allow(dead_code))]

use wasm_bindgen::prelude::*;

use crate::model::{Kind, Level, Meta, Qualifier, Row, Status};
use crate::{Options, Report};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** 左右/约/近 → approx; 以上/超过 → atLeast; 以内/以下 → atMost. */
export type Qualifier = "approx" | "atLeast" | "atMost";
/** A reported result, an expected result (预计) or a goal. */
export type Status = "actual" | "estimate" | "target";
export type Level = "nation" | "province" | "city" | "county" | "district";
export type Kind = "work-report" | "plan-report" | "news" | "bulletin" | "other";

/** What the report is. Every field may be unknown. */
export interface Meta {
  title: string | null;
  region: string | null;
  level: Level | null;
  kind: Kind | null;
  /** Periods the report reviews, e.g. ["2023"] or ["2024H1"]. */
  reports: string[];
  /** Periods the report sets targets for, e.g. ["2024"]. */
  targets: string[];
}

/** One quantified fact: a subject and a level, a change, or both. */
export interface Row {
  indicator: string;
  canonical: string | null;
  /** True exactly when `canonical` is set. */
  core: boolean;
  category: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  valueQualifier: Qualifier | null;
  placeholder: boolean;
  change: number | null;
  changeMax: number | null;
  changeUnit: string | null;
  changeQualifier: Qualifier | null;
  status: Status;
  period: string | null;
  evidence: string;
  /** UTF-16 code unit offset of the evidence: `text.slice(start, end) === evidence`. */
  start: number;
  /** UTF-16 code unit offset just past the evidence. */
  end: number;
  /** Set by a page before `render`: the fields corrected by hand (written in 已修改). */
  edited?: string[];
  /** Set by a page before `render`: the row was checked by hand (已核对). */
  checked?: boolean;
  /** Set by a page before `render`: further mentions folded into this row. */
  also?: { evidence: string; start: number; end: number }[];
}

/** The parser's answer for one text. */
export interface Report {
  meta: Meta;
  rows: Row[];
  /** Human-readable remarks, e.g. that the text held no indicator. */
  notes: string[];
}

/** A format `render` writes. */
export type RenderFormat = "csv" | "tsv" | "json" | "jsonl" | "table";

/** How `render`/`toXlsx` write a report: values shown in a unit of choice. */
export interface RenderOptions {
  format?: RenderFormat;
  /** Money (元 and its multiples) in "亿元" or "万元"; null: as written. */
  money?: "亿元" | "万元" | null;
  /** People (人, 人次 and their multiples) in "万人" or "人"; null: as written. */
  people?: "万人" | "人" | null;
}

/** Where a further mention of a panel entry is. */
export interface Mention { report: number; evidence: string; start: number; end: number; }

/** What a report says of a panel cell for one status (target, estimate or actual). */
export interface PanelEntry {
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  valueQualifier: Qualifier | null;
  change: number | null;
  changeMax: number | null;
  changeUnit: string | null;
  changeQualifier: Qualifier | null;
  /** Index into `Panel.reports`. */
  report: number;
  evidence: string;
  /** UTF-16 offsets in that report's text. */
  start: number;
  end: number;
  /** Further mentions merged into this entry. */
  also?: Mention[];
  /** Mentions with a different number, left out (the first wins). */
  others?: Mention[];
}

/** One region × standard indicator × period. */
export interface PanelCell {
  region: string | null;
  canonical: string;
  category: string;
  period: string | null;
  target: PanelEntry | null;
  estimate: PanelEntry | null;
  actual: PanelEntry | null;
  /** The entry compared with the target: actual when there is one, else estimate. */
  result: Status | null;
  gap: number | null;
  gapUnit: string | null;
  met: "yes" | "no" | "about" | null;
}

export interface Panel {
  reports: { file: string; meta: Meta }[];
  cells: PanelCell[];
}

/** How to parse; `defaultOptions()` gives every field. */
export interface Options {
  /** Keep only rows whose subject is a standard indicator. */
  coreOnly: boolean;
  /**
   * The user's own indicators as TSV text: lines of
   * `standard name<TAB>category<TAB>variant<TAB>variant…` (`#` starts a
   * comment; the category may be empty). A bad line throws an Error whose
   * message names it ("dictionary line 3: …"). Empty: none.
   */
  dictionary: string;
}
"#;

/// Parses a report; the answer is the `Report` as JSON text (JS:
/// `JSON.parse`). `options` may be `undefined`, `null` or a partial
/// `Options` object; missing fields take their defaults. The JS entry points
/// wrap this as `parse(text, options) → Report`.
///
/// JSON text out, fields read one by one in (`options`, `render`'s report):
/// no serde-wasm-bindgen and no serde `Deserialize` in the module, whose
/// error messages alone link the core's float formatting. `JSON.parse` is
/// also faster than building the objects through the boundary.
#[cfg(not(feature = "xlsx"))]
#[wasm_bindgen(js_name = parseToJson)]
pub fn parse_to_json(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Partial<Options> | null")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let options = options_from_js(options)?;
    serde_json::to_string(&parse_utf16(text, &options)?)
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

/// A report with JavaScript offsets. Never inlined: `parse` and `panel`
/// share one copy of the parser.
#[inline(never)]
fn parse_utf16(text: &str, options: &Options) -> Result<Report, JsError> {
    let mut report = crate::try_parse_with(text, options)
        .map_err(|e| JsError::new(&format!("dictionary {e}")))?;
    offsets_to_utf16(text, &mut report);
    Ok(report)
}

/// Several reports, one panel, as JSON text `{"reports", "cells"}` (JS:
/// `JSON.parse`; the page's `panel(texts)` in www/js/panel/worker.js).
/// Each text is parsed and the standard indicators meet by region ×
/// indicator × period. `files` names the texts (file names or tab titles);
/// missing names are `1`, `2`… Offsets are UTF-16 code units in each text.
#[cfg(not(feature = "xlsx"))]
#[wasm_bindgen(js_name = panelToJson)]
pub fn panel_to_json(
    texts: Vec<String>,
    #[wasm_bindgen(unchecked_param_type = "string[] | null")] files: Option<Vec<String>>,
    #[wasm_bindgen(unchecked_param_type = "Partial<Options> | null")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let options = options_from_js(options)?;
    let files = files.unwrap_or_default();
    let reports = texts
        .iter()
        .map(|text| parse_utf16(text, &options))
        .collect::<Result<Vec<Report>, JsError>>()?;
    let names: Vec<String> = (0..reports.len())
        .map(|i| files.get(i).cloned().unwrap_or_else(|| (i + 1).to_string()))
        .collect();
    let sources: Vec<crate::panel::Source> = names
        .iter()
        .zip(&reports)
        .map(|(file, report)| crate::panel::Source::new(file, report))
        .collect();
    serde_json::to_string(&crate::panel::build(&sources))
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

/// The options the page starts from, with every field present.
#[cfg(not(feature = "xlsx"))]
#[wasm_bindgen(js_name = defaultOptions, unchecked_return_type = "Options")]
pub fn default_options() -> JsValue {
    let defaults = Options::default();
    let object = js_sys::Object::new();
    set(&object, "coreOnly", JsValue::from_bool(defaults.core_only));
    set(
        &object,
        "dictionary",
        JsValue::from_str(&defaults.dictionary),
    );
    object.into()
}

/// The crate version, shown in the page footer.
#[cfg(not(feature = "xlsx"))]
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Writes a report (e.g. with only the rows shown after filtering) as the
/// CLI's `--format` does: `"csv"`, `"tsv"`, `"json"`, `"jsonl"` or `"table"`.
/// The page's downloads and the npm package's `toCSV`/`toTSV`/`toJSON` call
/// this, so all three give the same bytes. `start`/`end` are written as the
/// report holds them (UTF-16 units for a report from `parse()`: the CLI's,
/// unless the text has characters outside the BMP).
///
/// `options` is the format's name or `{format, money, people}`: `money`
/// `"亿元"`/`"万元"` and `people` `"万人"`/`"人"` show the values in that unit
/// (render/units.rs; null keeps them as written). Rows may carry what the
/// page's user added: `edited` (field names), `checked`, `also` (folded
/// mentions `{evidence, start, end}`); see render/marks.rs.
#[cfg(not(feature = "xlsx"))]
#[wasm_bindgen]
pub fn render(
    #[wasm_bindgen(unchecked_param_type = "Report")] report: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RenderFormat | RenderOptions")] options: JsValue,
) -> Result<String, JsError> {
    let (format, render_options) = match options.as_string() {
        Some(name) => (name, crate::render::RenderOptions::default()),
        None => (
            string(&options, "format"),
            render_options_from_js(&options)?,
        ),
    };
    let format: crate::render::Format =
        format.parse().map_err(|e| JsError::new(&format!("{e}")))?;
    let (report, marks) = report_from_js(&report)?;
    let doc = crate::render::Doc {
        name: None,
        report: &report,
        marks: &marks,
    };
    Ok(crate::render::render_with_options(
        format,
        &[doc],
        false,
        &render_options,
    ))
}

/// `{money, people}` of `render`'s and `toXlsx`'s options.
fn render_options_from_js(value: &JsValue) -> Result<crate::render::RenderOptions, JsError> {
    let target = |key: &str| -> Result<_, JsError> {
        match opt_string(value, key).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(unit) => unit
                .parse()
                .map(Some)
                .map_err(|e| JsError::new(&format!("invalid options: {key}: {e}"))),
        }
    };
    Ok(crate::render::RenderOptions {
        units: crate::render::Units {
            money: target("money")?,
            people: target("people")?,
        },
    })
}

fn options_from_js(value: Option<JsValue>) -> Result<Options, JsError> {
    let mut options = Options::default();
    let Some(value) = value.filter(|v| !v.is_null() && !v.is_undefined()) else {
        return Ok(options);
    };
    if !value.is_object() {
        return Err(JsError::new("invalid options: expected an object"));
    }
    let core_only = get(&value, "coreOnly");
    if !core_only.is_undefined() {
        options.core_only = core_only
            .as_bool()
            .ok_or_else(|| JsError::new("invalid options: coreOnly must be true or false"))?;
    }
    let dictionary = get(&value, "dictionary");
    if !dictionary.is_undefined() && !dictionary.is_null() {
        options.dictionary = dictionary
            .as_string()
            .ok_or_else(|| JsError::new("invalid options: dictionary must be TSV text"))?;
    }
    Ok(options)
}

// ---------- a Report from a JS object, field by field ----------

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

#[cfg(not(feature = "xlsx"))]
fn set(object: &js_sys::Object, key: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), &value);
}

fn opt_string(object: &JsValue, key: &str) -> Option<String> {
    get(object, key).as_string()
}

fn string(object: &JsValue, key: &str) -> String {
    opt_string(object, key).unwrap_or_default()
}

fn number(object: &JsValue, key: &str) -> Option<f64> {
    get(object, key).as_f64()
}

fn flag(object: &JsValue, key: &str) -> bool {
    get(object, key).as_bool().unwrap_or(false)
}

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

fn qualifier(object: &JsValue, key: &str) -> Option<Qualifier> {
    match opt_string(object, key)?.as_str() {
        "approx" => Some(Qualifier::Approx),
        "atLeast" => Some(Qualifier::AtLeast),
        "atMost" => Some(Qualifier::AtMost),
        _ => None,
    }
}

fn status(object: &JsValue) -> Status {
    match string(object, "status").as_str() {
        "estimate" => Status::Estimate,
        "target" => Status::Target,
        _ => Status::Actual,
    }
}

fn level(object: &JsValue) -> Option<Level> {
    match opt_string(object, "level")?.as_str() {
        "nation" => Some(Level::Nation),
        "province" => Some(Level::Province),
        "city" => Some(Level::City),
        "county" => Some(Level::County),
        "district" => Some(Level::District),
        _ => None,
    }
}

fn kind(object: &JsValue) -> Option<Kind> {
    match opt_string(object, "kind")?.as_str() {
        "work-report" => Some(Kind::WorkReport),
        "plan-report" => Some(Kind::PlanReport),
        "news" => Some(Kind::News),
        "bulletin" => Some(Kind::Bulletin),
        "other" => Some(Kind::Other),
        _ => None,
    }
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

fn row_from_js(row: &JsValue) -> Row {
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
        evidence: string(row, "evidence"),
        start: offset(row, "start"),
        end: offset(row, "end"),
    }
}

/// A `Report` as `parse()` gives it (or with fewer rows), and its rows'
/// marks; missing or mistyped fields are taken as unknown.
fn report_from_js(value: &JsValue) -> Result<(Report, Vec<crate::render::RowMarks>), JsError> {
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
    };
    Ok((report, rows.iter().map(marks_from_js).collect()))
}

/// Rewrites every row's code point offsets as UTF-16 code unit offsets.
fn offsets_to_utf16(text: &str, report: &mut Report) {
    // Text without astral characters (the usual case: CJK is in the BMP)
    // has identical offsets in both units.
    if text.chars().all(|c| c.len_utf16() == 1) {
        return;
    }
    let table = utf16_offset_table(text);
    let convert = |offset: usize| table.get(offset).copied().unwrap_or(offset);
    for row in &mut report.rows {
        row.start = convert(row.start);
        row.end = convert(row.end);
    }
}

/// `table[i]` is the UTF-16 offset of code point `i`; one extra entry for the end.
fn utf16_offset_table(text: &str) -> Vec<usize> {
    let mut table = Vec::with_capacity(text.len() + 1);
    let mut units = 0;
    for c in text.chars() {
        table.push(units);
        units += c.len_utf16();
    }
    table.push(units);
    table
}

/// Writes a report (the rows given, e.g. those shown after filtering) as an
/// XLSX workbook. Only in the second wasm
/// module, built with the `xlsx` feature and loaded when the user asks for
/// XLSX.
#[cfg(feature = "xlsx")]
#[wasm_bindgen(js_name = toXlsx)]
pub fn to_xlsx(
    #[wasm_bindgen(unchecked_param_type = "Report")] report: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RenderOptions | null")] options: Option<JsValue>,
) -> Result<js_sys::Uint8Array, JsError> {
    let (report, marks) = report_from_js(&report)?;
    let options = match options.filter(|v| v.is_object()) {
        Some(options) => render_options_from_js(&options)?,
        None => crate::render::RenderOptions::default(),
    };
    let doc = crate::render::Doc {
        name: None,
        report: &report,
        marks: &marks,
    };
    let bytes = crate::render::xlsx::render_with_options(&[doc], false, &options)
        .map_err(|e| JsError::new(&format!("cannot write the workbook: {e}")))?;
    Ok(js_sys::Uint8Array::from(bytes.as_slice()))
}

/// A panel from its JSON text (`JSON.stringify` of what `panelToJson` gave).
#[cfg(feature = "xlsx")]
fn panel_from_json(json: &str) -> Result<crate::panel::Panel, JsError> {
    serde_json::from_str(json).map_err(|e| JsError::new(&format!("invalid panel: {e}")))
}

/// Writes a panel (as `panelToJson` gave it, JSON text) as an XLSX workbook: the long
/// table, the wide layouts and the reports. In the XLSX module only.
#[cfg(feature = "xlsx")]
#[wasm_bindgen(js_name = panelToXlsx)]
pub fn panel_to_xlsx(panel: &str) -> Result<js_sys::Uint8Array, JsError> {
    let panel = panel_from_json(panel)?;
    let bytes = crate::panel::xlsx::render(&panel)
        .map_err(|e| JsError::new(&format!("cannot write the workbook: {e}")))?;
    Ok(js_sys::Uint8Array::from(bytes.as_slice()))
}

/// The panel's long table as CSV (for Excel/WPS) or TSV (for pasting):
/// the same bytes as `zhibiao panel -f csv|tsv`. In the XLSX module only.
#[cfg(feature = "xlsx")]
#[wasm_bindgen(js_name = panelToText)]
pub fn panel_to_text(
    panel: &str,
    #[wasm_bindgen(unchecked_param_type = "\"csv\" | \"tsv\"")] format: &str,
) -> Result<String, JsError> {
    let panel = panel_from_json(panel)?;
    match format {
        "csv" => Ok(crate::panel::render::csv(&panel)),
        "tsv" => Ok(crate::panel::render::tsv(&panel)),
        _ => Err(JsError::new(&format!("unknown panel format '{format}'"))),
    }
}
