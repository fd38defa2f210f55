//! The sheet writer (feature `xlsx`, which includes `export`), and the
//! panel's downloads (a panel read back from its JSON: serde's parser, kept
//! out of the `export` build): the page's on-demand module pkg/zhibiao_xlsx*,
//! fetched when the user first asks for a download and cached by the service
//! worker once the page is idle.

use wasm_bindgen::prelude::*;

use super::export::render_options_from_js;
use super::from_js::report_from_js;

/// Writes a report (the rows given, e.g. those shown after filtering) as an
/// XLSX workbook.
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

/// Writes a panel (as `panelToJson` gave it, JSON text) as an XLSX workbook:
/// the long table, the wide layouts and the reports.
#[wasm_bindgen(js_name = panelToXlsx)]
pub fn panel_to_xlsx(panel: &str) -> Result<js_sys::Uint8Array, JsError> {
    let panel = panel_from_json(panel)?;
    let bytes = crate::panel::xlsx::render(&panel)
        .map_err(|e| JsError::new(&format!("cannot write the workbook: {e}")))?;
    Ok(js_sys::Uint8Array::from(bytes.as_slice()))
}

/// A panel from its JSON text (`JSON.stringify` of what `panelToJson` gave).
fn panel_from_json(json: &str) -> Result<crate::panel::Panel, JsError> {
    serde_json::from_str(json).map_err(|e| JsError::new(&format!("invalid panel: {e}")))
}

/// The panel's long table as CSV (for Excel/WPS) or TSV (for pasting):
/// the same bytes as `zhibiao panel -f csv|tsv`.
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
