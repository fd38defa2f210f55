//! The WebAssembly boundary: glue only, no parsing here.
//!
//! Reports go out as JSON text (`crate::json_out`: serde_json's bytes
//! without serde_json in the core module: `None` is `null`, structs are
//! objects with camelCase keys; the JS entry points — the page's worker,
//! npm/*.js, zhibiao-table.js — wrap `parseToJson` as `parse(text, options)
//! → Report`) and come in as plain objects read field by field. No exported
//! classes, so nothing stays on the Rust heap waiting for a `free()`.
//!
//! One thing does change on the way out: `start`/`end`. The library counts
//! code points (Python string indices); JavaScript strings index UTF-16 code
//! units, so the offsets are converted here and `text.slice(row.start,
//! row.end)` is the evidence in JS.
//!
//! Features only add exports. The core module (no feature) parses:
//! `parseToJson`, `defaultOptions`, `version`, and takes its data tables
//! (divisions, standard indicators) from the page (`setTables`: the
//! `tables` feature, which `export` includes, embeds them instead). `export` adds what the page
//! needs only on a click ([`export`]: `render`, `panelToJson`); `xlsx`
//! adds the sheet writer and the panel's downloads ([`xlsx`]: `toXlsx`,
//! `panelToXlsx`, `panelToText`). The page loads the core module at once and the `xlsx`
//! build (pkg/zhibiao_xlsx*) on demand, so the first visit carries only the
//! parser.

#[cfg(feature = "export")]
mod export;
#[cfg(feature = "export")]
mod from_js;
#[cfg(feature = "export")]
mod page;
#[cfg(feature = "export")]
mod read;
#[cfg(feature = "xlsx")]
mod xlsx;

use wasm_bindgen::prelude::*;

/// The allocator: talc rather than std's dlmalloc (single-threaded wasm,
/// memory grown as needed): a third of its size, and faster.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use crate::{DictionaryError, Options, Parser, Report};
use std::cell::Cell;

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
  /** The place whose quantity it is: the report's region or another division. */
  region: string | null;
  evidence: string;
  /** UTF-16 code unit offset of the evidence: `text.slice(start, end) === evidence`. */
  start: number;
  /** UTF-16 code unit offset just past the evidence. */
  end: number;
  /** Set by a page before `render`: the fields corrected by hand (written in 已修改). */
  edited?: string[];
  /**
   * What a table shows of the row — value (or range, as the evidence writes
   * it), change with its unit, qualifiers — when parsed with `lang`.
   */
  cells?: [string, string, string];
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
  /**
   * The page's language ("zh", "en"): each row then carries `cells`, what
   * a table shows of it in that language. Absent: no `cells`.
   */
  lang?: string;
}
"#;

/// Parses a report; the answer is the `Report` as JSON text (JS:
/// `JSON.parse`). `options` may be `undefined`, `null` or a partial
/// `Options` object; missing fields take their defaults. The JS entry points
/// wrap this as `parse(text, options) → Report`.
///
/// JSON text out, fields read one by one in (`options`, `render`'s report):
/// no serde-wasm-bindgen and no serde `Deserialize` in the module, whose
/// error messages alone link the core's float formatting, and the JSON
/// written by hand (`json_out`, held to serde_json's bytes by its tests):
/// serde_json, its float formatter and its errors weigh ~3 KB gzip.
/// `JSON.parse` is also faster than building the objects through the
/// boundary.
#[wasm_bindgen(js_name = parseToJson)]
pub fn parse_to_json(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Partial<Options> | null")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let words = options
        .as_ref()
        .and_then(|o| get(o, "lang").as_string())
        .map(|lang| crate::render::Words::of(&lang));
    let options = options_from_js(options)?;
    let report = parse_utf16(text, &options)?;
    Ok(crate::json_out::report_shown(&report, words))
}

/// A report with JavaScript offsets. Never inlined: `parseToJson` and
/// `panelToJson` share one copy of the parser.
#[inline(never)]
pub(crate) fn parse_utf16(text: &str, options: &Options) -> Result<Report, JsError> {
    let mut report = with_parser(options, |parser| parser.parse(text))
        .map_err(|e| JsError::new(&format!("dictionary {e}")))?;
    offsets_to_utf16(text, &mut report);
    Ok(report)
}

type LastParser = Cell<Option<(Options, Parser)>>;

thread_local! {
    /// The last parser built and the options it was built for: the page
    /// parses on every keystroke with the same dictionary, which is read
    /// once, not per call.
    static LAST_PARSER: LastParser = const { Cell::new(None) };
}

/// `LAST_PARSER.with(f)`. A `Cell`, not a `RefCell`, and `try_with`, with a
/// trap where `with` would panic (never: one thread, no destructors run):
/// the panic messages of `with` and `borrow_mut` link `Debug` code of their
/// own into the core wasm.
fn with_last<R>(f: impl FnOnce(&LastParser) -> R) -> R {
    LAST_PARSER
        .try_with(f)
        .unwrap_or_else(|_| core::arch::wasm32::unreachable())
}

/// Runs `f` with a parser for `options`: the last one when the options are
/// the same, else a new one (kept for the next call).
fn with_parser<T>(options: &Options, f: impl FnOnce(&Parser) -> T) -> Result<T, DictionaryError> {
    with_last(|last| {
        let kept = match last.take() {
            Some((o, parser)) if &o == options => (o, parser),
            _ => (options.clone(), Parser::new(options)?),
        };
        let out = f(&kept.1);
        last.set(Some(kept));
        Ok(out)
    })
}

/// Hands the core module its data tables, which a module built without the
/// `tables` feature does not embed: the text of `pkg/divisions.txt` (the
/// administrative divisions, src/lexicon/divisions.txt) and of
/// `pkg/indicators.tsv` (the standard indicators). Call it once, before the
/// first parse: until then no text has a region or a standard name. False
/// when the tables were already given (the first ones stay) or the
/// indicators have a bad line.
#[cfg(not(feature = "tables"))]
#[wasm_bindgen(js_name = setTables)]
pub fn set_tables(divisions: &str, indicators: &str) -> bool {
    // A parser built before holds the empty dictionary.
    with_last(|last| last.set(None));
    let places = crate::lexicon::divisions::load(divisions);
    crate::indicator::load_standard(indicators) && places
}

/// The options the page starts from, with every field present.
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
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

pub(crate) fn options_from_js(value: Option<JsValue>) -> Result<Options, JsError> {
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

pub(crate) fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn set(object: &js_sys::Object, key: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), &value);
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
