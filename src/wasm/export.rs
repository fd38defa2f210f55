//! What the page needs only on a click (feature `export`): a report as
//! CSV/TSV/JSON/…, and the panel of several reports. In the on-demand module
//! (pkg/zhibiao_xlsx*), the npm package and the single-file page; not in the
//! page's core module.

use wasm_bindgen::prelude::*;

use super::from_js::report_from_js;
use super::read::{opt_string, string};
use super::{options_from_js, parse_utf16};
use crate::Report;

/// Several reports, one panel, as JSON text `{"reports", "cells"}` (JS:
/// `JSON.parse`; the page's `panel(texts)` in www/js/panel/worker.js).
/// Each text is parsed and the standard indicators meet by region ×
/// indicator × period. `files` names the texts (file names or tab titles);
/// missing names are `1`, `2`… Offsets are UTF-16 code units in each text.
#[wasm_bindgen(js_name = panelToJson)]
pub fn panel_to_json(
    texts: Vec<String>,
    #[wasm_bindgen(unchecked_param_type = "string[] | null")] files: Option<Vec<String>>,
    #[wasm_bindgen(unchecked_param_type = "Partial<Options> | null")] options: Option<JsValue>,
) -> Result<String, JsError> {
    to_json(&panel_of(texts, files, options)?)
}

/// `panelToJson`, and what the page's panel table shows of each cell:
/// JSON text `{"panel": …, "shown": [[target, estimate, actual, gap], …]}`,
/// the entries and the gap written in the page's language `lang` ("zh" or
/// "en"; panel/render.rs).
#[wasm_bindgen(js_name = panelWithTexts)]
pub fn panel_with_texts(
    texts: Vec<String>,
    #[wasm_bindgen(unchecked_param_type = "string[] | null")] files: Option<Vec<String>>,
    #[wasm_bindgen(unchecked_param_type = "Partial<Options> | null")] options: Option<JsValue>,
    lang: &str,
) -> Result<String, JsError> {
    let panel = panel_of(texts, files, options)?;
    let words = crate::render::Words::of(lang);
    let shown: Vec<[String; 4]> = panel
        .cells
        .iter()
        .map(|cell| crate::panel::render::cell_texts(words, cell))
        .collect();
    Ok(format!(
        "{{\"panel\":{},\"shown\":{}}}",
        to_json(&panel)?,
        to_json(&shown)?
    ))
}

fn to_json(value: &impl serde::Serialize) -> Result<String, JsError> {
    serde_json::to_string(value)
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

/// Each text parsed, the reports joined into a panel.
fn panel_of(
    texts: Vec<String>,
    files: Option<Vec<String>>,
    options: Option<JsValue>,
) -> Result<crate::panel::Panel, JsError> {
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
    Ok(crate::panel::build(&sources))
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
pub(crate) fn render_options_from_js(
    value: &JsValue,
) -> Result<crate::render::RenderOptions, JsError> {
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
