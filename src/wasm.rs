//! The WebAssembly boundary: glue only, no parsing here.
//!
//! Every function takes plain JS values and returns plain objects (no exported
//! classes, so nothing stays on the Rust heap waiting for a `free()`). Values
//! cross through `serde-wasm-bindgen`'s json-compatible serializer: `None`
//! becomes `null`, structs become plain objects with camelCase keys.
//!
//! One thing does change on the way out: `start`/`end`. The library counts
//! code points (Python string indices); JavaScript strings index UTF-16 code
//! units, so the offsets are converted here and `text.slice(row.start,
//! row.end)` is the evidence in JS.

// The XLSX module (`--features xlsx`) exports only `toXlsx`: without the
// parser it is 64 KB gzip smaller, and the page has the parser already.
#![cfg_attr(feature = "xlsx", allow(dead_code))]

use serde::Serialize;
use wasm_bindgen::prelude::*;

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
}

/** The parser's answer for one text. */
export interface Report {
  meta: Meta;
  rows: Row[];
  /** Human-readable remarks, e.g. that the text held no indicator. */
  notes: string[];
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

/// Parses a report. `options` may be `undefined`, `null` or a partial
/// `Options` object; missing fields take their defaults.
#[cfg(not(feature = "xlsx"))]
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn parse(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Partial<Options> | null")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let options = options_from_js(options)?;
    let mut report = crate::try_parse_with(text, &options)
        .map_err(|e| JsError::new(&format!("dictionary {e}")))?;
    offsets_to_utf16(text, &mut report);
    to_js(&report)
}

/// The options the page starts from, with every field present.
#[cfg(not(feature = "xlsx"))]
#[wasm_bindgen(js_name = defaultOptions, unchecked_return_type = "Options")]
pub fn default_options() -> Result<JsValue, JsError> {
    to_js(&Options::default())
}

/// The crate version, shown in the page footer.
#[cfg(not(feature = "xlsx"))]
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn options_from_js(value: Option<JsValue>) -> Result<Options, JsError> {
    let Some(value) = value.filter(|v| !v.is_null() && !v.is_undefined()) else {
        return Ok(Options::default());
    };
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
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

/// Writes a report as an XLSX workbook (the rows given, e.g. those shown
/// after filtering). Only in the second wasm module, built with the `xlsx`
/// feature and loaded when the user asks for XLSX.
#[cfg(feature = "xlsx")]
#[wasm_bindgen(js_name = toXlsx)]
pub fn to_xlsx(
    #[wasm_bindgen(unchecked_param_type = "Report")] report: JsValue,
) -> Result<js_sys::Uint8Array, JsError> {
    let report: Report = serde_wasm_bindgen::from_value(report)
        .map_err(|e| JsError::new(&format!("invalid report: {e}")))?;
    let doc = crate::render::Doc {
        name: None,
        report: &report,
    };
    let bytes = crate::render::xlsx::render(&[doc], false)
        .map_err(|e| JsError::new(&format!("cannot write the workbook: {e}")))?;
    Ok(js_sys::Uint8Array::from(bytes.as_slice()))
}
