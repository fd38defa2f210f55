//! The panel as an XLSX workbook: the long table (one line per cell,
//! numbers as number cells) on the first sheet, then the wide layouts
//! ([`super::render::wide`]) and a sheet of the reports.

use super::render::{cell_fields, headers, wide};
use super::Panel;
use crate::render::xlsx::{write_table, Layout, Value};
use crate::render::{kind_zh, level_zh, Cell as Field};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

pub const LONG_SHEET: &str = "面板";
pub const REPORTS_SHEET: &str = "报告";

/// Writes the panel as a workbook.
pub fn render(panel: &Panel) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let long: Vec<Vec<Field>> = panel.cells.iter().map(|c| cell_fields(panel, c)).collect();
    write(
        workbook.add_worksheet(),
        LONG_SHEET,
        &headers(),
        long,
        &bold,
    )?;
    let mut used: Vec<String> = vec![LONG_SHEET.into(), REPORTS_SHEET.into()];
    for w in wide(panel) {
        let name = sheet_name(&w.name, &used);
        used.push(name.clone());
        let rows = w
            .rows
            .into_iter()
            .map(|r| r.into_iter().map(Field::Text).collect())
            .collect();
        write(workbook.add_worksheet(), &name, &w.headers, rows, &bold)?;
    }
    let reports: Vec<Vec<Field>> = panel
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let t = |s: Option<&str>| Field::Text(s.unwrap_or("").to_string());
            vec![
                Field::Number((i + 1).to_string()),
                Field::Text(r.file.clone()),
                t(r.meta.title.as_deref()),
                t(r.meta.region.as_deref()),
                t(r.meta.level.map(level_zh)),
                t(r.meta.kind.map(kind_zh)),
                Field::Text(crate::period::join(&r.meta.reports, "、")),
                Field::Text(crate::period::join(&r.meta.targets, "、")),
            ]
        })
        .collect();
    let report_headers: Vec<String> = [
        "序号", "文件", "标题", "地区", "级别", "类型", "报告期", "目标期",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    write(
        workbook.add_worksheet(),
        REPORTS_SHEET,
        &report_headers,
        reports,
        &bold,
    )?;
    workbook.save_to_buffer()
}

/// Excel's sheet names: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(wanted: &str, used: &[String]) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(28)
        .collect();
    let mut name = clean.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&name)) {
        name = format!("{clean}{n}");
        n += 1;
    }
    name
}

/// The panel's sheets: the header and the first column (the region, or
/// the indicator) frozen; columns at most 50 wide.
const LAYOUT: Layout = Layout {
    freeze_columns: 1,
    max_width: 50.0,
};

fn write(
    sheet: &mut Worksheet,
    name: &str,
    headers: &[String],
    rows: Vec<Vec<Field>>,
    bold: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let records = rows
        .into_iter()
        .map(|row| row.into_iter().map(Value::from).collect());
    write_table(sheet, &headers, records, bold, &LAYOUT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_legal_and_unique() {
        let used = vec!["宽表 2024".to_string()];
        assert_eq!(sheet_name("宽表 2024", &used), "宽表 20242");
        assert_eq!(sheet_name("a/b", &[]), "a_b");
        assert!(sheet_name(&"长".repeat(40), &[]).chars().count() <= 31);
    }
}
