//! What the page shows, from the library (render/cells.rs, typed.rs,
//! render/tsv.rs, panel/render.rs): the cells of rows the page changed
//! (the parse writes the others': `parseToJson` with `lang`), the edit
//! dialog's reading of what was typed, the clipboard's HTML, the chart's
//! numbers and the panel's entries, so the page's scripts write and read no
//! number themselves. In the on-demand module (feature `export`): the core
//! module stays the parser.

use wasm_bindgen::prelude::*;

use super::read::flag;
use crate::json_out::{string, strings};
use crate::model::Row;
use crate::render::cells::row_cells;
use crate::render::Words;

/// The table's cells of each row (as the page holds them: corrected,
/// folded, in a unit of choice), as JSON text `[[value, change,
/// qualifier], …]` in the page's language `lang` ("zh" or "en"). A row's
/// `valueConverted`/`changeConverted` (set by the page when it rescaled
/// them) mean those numbers are not the evidence's.
#[wasm_bindgen(js_name = rowCells)]
pub fn row_cells_js(
    #[wasm_bindgen(unchecked_param_type = "Row[]")] rows: Vec<JsValue>,
    lang: &str,
) -> String {
    let rows: Vec<(Row, [bool; 2])> = rows.iter().map(shown_row).collect();
    let mut json = String::new();
    push_cells(&mut json, rows.iter().map(|(r, c)| (r, *c)), lang);
    json
}

fn push_cells<'a>(out: &mut String, rows: impl Iterator<Item = (&'a Row, [bool; 2])>, lang: &str) {
    let words = Words::of(lang);
    out.push('[');
    for (i, (row, converted)) in rows.enumerate() {
        if i > 0 {
            out.push(',');
        }
        strings(out, &row_cells(row, converted, words));
    }
    out.push(']');
}

/// A shown row and whether its value and change were converted.
fn shown_row(row: &JsValue) -> (Row, [bool; 2]) {
    let converted = [flag(row, "valueConverted"), flag(row, "changeConverted")];
    (super::from_js::row_from_js(row), converted)
}

/// A number or range as the table writes it (`5.0`, `1–2`: the evidence's
/// digits unless `evidence` is empty), for the edit dialog's fields.
#[wasm_bindgen(js_name = rangeText)]
pub fn range_text(low: Option<f64>, high: Option<f64>, evidence: &str) -> String {
    crate::render::cells::range(low, high, evidence)
}

/// A number or range typed into the edit dialog: `[low, high]` (either may
/// be null; both for an empty field), or undefined when it is not a number.
#[wasm_bindgen(js_name = readRange, unchecked_return_type = "[number | null, number | null] | undefined")]
pub fn read_range(text: &str) -> JsValue {
    let Some((low, high)) = crate::typed::range(text) else {
        return JsValue::UNDEFINED;
    };
    let js = |n: Option<f64>| n.map_or(JsValue::NULL, JsValue::from_f64);
    js_sys::Array::of2(&js(low), &js(high)).into()
}

/// Whether a period typed into the edit dialog is one the rows write
/// (2024, 2024H1, 2024Q1-Q3, 2024M1-M11, 2021-2025).
#[wasm_bindgen(js_name = isPeriod)]
pub fn is_period(text: &str) -> bool {
    crate::typed::is_period(text)
}

/// Numbers as the page writes them outside a report's wording (22, not
/// 22.0; no exponent): the panel's chart values and axis ticks.
#[wasm_bindgen(js_name = numberTexts)]
pub fn number_texts(numbers: Vec<f64>) -> Vec<String> {
    numbers
        .into_iter()
        .map(crate::render::format_number)
        .collect()
}

/// The user's indicators (a dictionary's TSV text) as the page lists them:
/// JSON text `[{line, name, category, variants}, …]`, one per indicator
/// line (`line`: its 0-based index; blank and comment lines left out), the
/// fields as written even when the parse would refuse the line (it names
/// the line then).
#[wasm_bindgen(js_name = dictionaryLines)]
pub fn dictionary_lines(tsv: &str) -> String {
    let mut json = String::from("[");
    for (line, raw) in tsv.lines().enumerate() {
        let Some((name, category, variants)) = crate::indicator::line_fields(raw) else {
            continue;
        };
        if json.len() > 1 {
            json.push(',');
        }
        json.push_str(&format!("{{\"line\":{line},\"name\":"));
        string(&mut json, name);
        json.push_str(",\"category\":");
        string(&mut json, category);
        json.push_str(",\"variants\":");
        strings(&mut json, &variants);
        json.push('}');
    }
    json.push(']');
    json
}

/// The clipboard's HTML table for TSV text as `render` wrote it (Word and
/// WPS paste HTML as a table; spreadsheets take the TSV beside it).
#[wasm_bindgen(js_name = clipboardHtml)]
pub fn clipboard_html(tsv: &str) -> String {
    crate::render::tsv::html(tsv)
}
