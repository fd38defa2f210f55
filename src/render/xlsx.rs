//! XLSX for Excel and WPS: a workbook with two sheets.
//!
//! - 指标 (rows): the [`super::HEADERS`] columns (and 已修改/已核对 when a
//!   row has [`super::marks`]), numbers written as numbers (not
//!   text), units in their own columns, the header row frozen and filtered,
//!   column widths from the contents (CJK counts double).
//! - 报告信息 (meta): one row per document: title, region, level, kind,
//!   periods, the number of rows and the notes.
//!
//! Text is written as text cells, never as formulas, so report text that
//! starts with `=` needs no neutralising apostrophe here (unlike CSV).
//!
//! Native builds always have this module; a wasm32 build has it only with
//! the `xlsx` feature (the browser loads it as a second module on demand).
//!
//! ```
//! use zhibiao::render::{xlsx, Doc};
//! let report = zhibiao::parse("");
//! let bytes = xlsx::render(&[Doc::new(None, &report)], false).unwrap();
//! assert!(bytes.starts_with(b"PK")); // a zip container
//! ```

use super::{
    display_width, has_mark_columns, headers, kind_zh, level_zh, with_units, Cell, Doc,
    RenderOptions, FILE_HEADER,
};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

pub const ROWS_SHEET: &str = "指标";
pub const META_SHEET: &str = "报告信息";

/// The meta sheet's columns after the optional 文件 column.
pub const META_HEADERS: [&str; 8] = [
    "标题", "地区", "级别", "类型", "报告期", "目标期", "行数", "说明",
];

/// Column widths in Excel units (about one Latin digit each).
const MIN_WIDTH: f64 = 6.0;
const MAX_WIDTH: f64 = 60.0;
/// Room for the filter button in the header and a little air.
const PADDING: f64 = 3.0;

/// How a sheet is laid out beyond its contents.
pub(crate) struct Layout {
    /// Columns frozen at the left, with the header row.
    pub freeze_columns: u16,
    /// The widest a column is made, in Excel units.
    pub max_width: f64,
}

/// The rows and meta sheets: only the header frozen.
const LAYOUT: Layout = Layout {
    freeze_columns: 0,
    max_width: MAX_WIDTH,
};

/// Writes the documents as an XLSX workbook; `with_file` adds a leading
/// 文件 column to both sheets (the CLI does so for several inputs).
pub fn render(docs: &[Doc], with_file: bool) -> Result<Vec<u8>, XlsxError> {
    render_with_options(docs, with_file, &RenderOptions::default())
}

/// [`render`], the rows' values shown in `options.units`.
pub fn render_with_options(
    docs: &[Doc],
    with_file: bool,
    options: &RenderOptions,
) -> Result<Vec<u8>, XlsxError> {
    with_units(docs, &options.units, |docs| write_workbook(docs, with_file))
}

fn write_workbook(docs: &[Doc], with_file: bool) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold();
    write_rows_sheet(workbook.add_worksheet(), docs, with_file, &header)?;
    write_meta_sheet(workbook.add_worksheet(), docs, with_file, &header)?;
    workbook.save_to_buffer()
}

/// A value for one spreadsheet cell.
pub(crate) enum Value {
    Number(f64),
    Text(String),
}

impl Value {
    fn width(&self) -> usize {
        match self {
            // A generous guess: numbers are short in these reports.
            Value::Number(n) => super::format_number(*n).len(),
            Value::Text(s) => display_width(s),
        }
    }
}

impl From<Cell> for Value {
    fn from(cell: Cell) -> Value {
        match cell {
            // `format_number` writes the shortest round-trip form, so the
            // parse gives back the very same f64.
            Cell::Number(s) => s.parse().map_or(Value::Text(s), Value::Number),
            Cell::Text(s) => Value::Text(s),
        }
    }
}

fn write_rows_sheet(
    sheet: &mut Worksheet,
    docs: &[Doc],
    with_file: bool,
    header: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(ROWS_SHEET)?;
    let mark_columns = has_mark_columns(docs);
    let headers = with_file_column(&headers(mark_columns), with_file);
    let records = docs.iter().flat_map(|doc| {
        (0..doc.report.rows.len()).map(move |i| {
            let cells = doc.cells(i, mark_columns);
            let mut record: Vec<Value> = cells.into_iter().map(Value::from).collect();
            if with_file {
                record.insert(0, Value::Text(doc.name.unwrap_or("-").to_string()));
            }
            record
        })
    });
    write_table(sheet, &headers, records, header, &LAYOUT)
}

fn write_meta_sheet(
    sheet: &mut Worksheet,
    docs: &[Doc],
    with_file: bool,
    header: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(META_SHEET)?;
    let headers = with_file_column(&META_HEADERS, with_file);
    let records = docs.iter().map(|doc| {
        let mut record = meta_record(doc);
        if with_file {
            record.insert(0, Value::Text(doc.name.unwrap_or("-").to_string()));
        }
        record
    });
    write_table(sheet, &headers, records, header, &LAYOUT)
}

/// One document's meta in [`META_HEADERS`] order.
fn meta_record(doc: &Doc) -> Vec<Value> {
    let meta = &doc.report.meta;
    let text = |s: Option<&str>| Value::Text(s.unwrap_or("").to_string());
    vec![
        text(meta.title.as_deref()),
        text(meta.region.as_deref()),
        text(meta.level.map(level_zh)),
        text(meta.kind.map(kind_zh)),
        Value::Text(crate::period::join(&meta.reports, "、")),
        Value::Text(crate::period::join(&meta.targets, "、")),
        Value::Number(doc.report.rows.len() as f64),
        Value::Text(doc.report.notes.join("；")),
    ]
}

fn with_file_column<'a>(headers: &[&'a str], with_file: bool) -> Vec<&'a str> {
    let mut all = Vec::with_capacity(headers.len() + 1);
    if with_file {
        all.push(FILE_HEADER);
    }
    all.extend_from_slice(headers);
    all
}

/// Writes a header row and the records below it; freezes and filters the
/// header and sizes every column to its widest cell, as `layout` says.
pub(crate) fn write_table(
    sheet: &mut Worksheet,
    headers: &[&str],
    records: impl Iterator<Item = Vec<Value>>,
    header: &Format,
    layout: &Layout,
) -> Result<(), XlsxError> {
    let mut widths: Vec<usize> = headers.iter().map(|h| display_width(h)).collect();
    for (col, title) in (0u16..).zip(headers) {
        sheet.write_string_with_format(0, col, *title, header)?;
    }
    let mut last_row = 0u32;
    for (row, record) in (1u32..).zip(records) {
        last_row = row;
        for ((col, value), width) in (0u16..).zip(&record).zip(widths.iter_mut()) {
            *width = (*width).max(value.width());
            match value {
                Value::Number(n) => sheet.write_number(row, col, *n)?,
                Value::Text(s) if s.is_empty() => sheet,
                Value::Text(s) => sheet.write_string(row, col, s)?,
            };
        }
    }
    for (col, width) in (0u16..).zip(&widths) {
        sheet.set_column_width(col, column_width(*width, layout.max_width))?;
    }
    sheet.set_freeze_panes(1, layout.freeze_columns)?;
    let last_col = u16::try_from(headers.len().saturating_sub(1)).unwrap_or(u16::MAX);
    sheet.autofilter(0, 0, last_row, last_col)?;
    Ok(())
}

fn column_width(display: usize, max: f64) -> f64 {
    (display as f64 + PADDING).clamp(MIN_WIDTH, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_stay_within_bounds() {
        assert_eq!(column_width(0, MAX_WIDTH), MIN_WIDTH);
        assert_eq!(column_width(10, MAX_WIDTH), 13.0);
        assert_eq!(column_width(500, MAX_WIDTH), MAX_WIDTH);
    }

    #[test]
    fn numbers_round_trip_through_cells() {
        for n in [63.65, -2.6, 0.1 + 0.2, 1e21, 22.0] {
            match Value::from(Cell::Number(super::super::format_number(n))) {
                Value::Number(back) => assert_eq!(back, n),
                Value::Text(t) => panic!("{n} became text {t}"),
            }
        }
    }
}
