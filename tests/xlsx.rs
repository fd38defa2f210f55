//! XLSX output reopened with a reader (calamine) and, for what readers do
//! not expose (frozen panes, column widths), the sheet XML itself.

use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};
use std::io::{Cursor, Read};
use std::path::PathBuf;
use std::process::Command;
use zhibiao::render::xlsx::{self, META_HEADERS, META_SHEET, ROWS_SHEET};
use zhibiao::render::{Doc, HEADERS};
use zhibiao::Report;

#[path = "common/samples.rs"]
mod common;
use common::{data_dir, samples};

const BIN: &str = env!("CARGO_BIN_EXE_zhibiao");
const REPORT: &str = "2024年上半年，地区生产总值完成63.65亿元，同比增长5.2%。\n\
                      规上工业增加值同比增长9.2%。\n";

/// The first sample report's file.
fn sample_path() -> PathBuf {
    let (name, _) = &samples()[0];
    data_dir().join(format!("{name}.txt"))
}

/// A workbook of `report` alone.
fn render_one(report: &Report) -> Vec<u8> {
    xlsx::render(&[Doc::new(None, report)], false).expect("xlsx")
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("a readable workbook")
}

fn sheet(bytes: &[u8], name: &str) -> Range<Data> {
    open(bytes).worksheet_range(name).expect("the sheet")
}

fn header(range: &Range<Data>) -> Vec<String> {
    range
        .rows()
        .next()
        .expect("a header row")
        .iter()
        .map(|c| c.to_string())
        .collect()
}

fn column(range: &Range<Data>, title: &str) -> usize {
    header(range)
        .iter()
        .position(|h| h == title)
        .unwrap_or_else(|| panic!("no column {title}"))
}

/// The XML of the `n`th worksheet (1-based) inside the zip container.
fn sheet_xml(bytes: &[u8], n: usize) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip container");
    let mut file = zip
        .by_name(&format!("xl/worksheets/sheet{n}.xml"))
        .expect("sheet xml");
    let mut xml = String::new();
    file.read_to_string(&mut xml).expect("UTF-8 xml");
    xml
}

/// The width set on 1-based column `n` by a `<col min max width>` element.
fn column_width(xml: &str, n: usize) -> Option<f64> {
    let attr = |col: &str, name: &str| -> Option<String> {
        let start = col.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(col[start..].split('"').next()?.to_string())
    };
    xml.split("<col ").skip(1).find_map(|col| {
        let col = &format!(" {col}");
        let min: usize = attr(col, "min")?.parse().ok()?;
        let max: usize = attr(col, "max")?.parse().ok()?;
        (min..=max)
            .contains(&n)
            .then(|| attr(col, "width")?.parse().ok())?
    })
}

#[test]
fn rows_sheet_has_chinese_headers_numbers_and_units() {
    let report = zhibiao::parse(REPORT);
    assert!(
        !report.rows.is_empty(),
        "the parser found no rows in {REPORT}"
    );
    let bytes = render_one(&report);
    assert_eq!(open(&bytes).sheet_names(), [ROWS_SHEET, META_SHEET]);
    let rows = sheet(&bytes, ROWS_SHEET);
    assert_eq!(header(&rows), HEADERS);
    assert_eq!(rows.height(), report.rows.len() + 1);

    let (value, unit, change, change_unit) = (
        column(&rows, "数值"),
        column(&rows, "单位"),
        column(&rows, "变化"),
        column(&rows, "变化单位"),
    );
    for (i, row) in report.rows.iter().enumerate() {
        let cells = rows.rows().nth(i + 1).expect("a data row");
        let expect_number = |cell: &Data, n: Option<f64>| match n {
            Some(n) => assert_eq!(cell, &Data::Float(n), "row {i}"),
            None => assert!(
                matches!(cell, Data::Empty | Data::String(_)),
                "row {i}: {cell:?}"
            ),
        };
        if !row.placeholder {
            expect_number(&cells[value], row.value);
        }
        expect_number(&cells[change], row.change);
        assert_eq!(
            cells[unit].to_string(),
            row.unit.clone().unwrap_or_default()
        );
        assert_eq!(
            cells[change_unit].to_string(),
            row.change_unit.clone().unwrap_or_default()
        );
    }
    let gdp = report
        .rows
        .iter()
        .position(|r| r.value == Some(63.65))
        .expect("the GDP row");
    let cells = rows.rows().nth(gdp + 1).expect("GDP cells");
    assert_eq!(cells[value], Data::Float(63.65));
    assert_eq!(cells[unit], Data::String("亿元".into()));
}

#[test]
fn text_that_looks_like_a_formula_stays_text() {
    let mut report = zhibiao::parse(REPORT);
    report.rows[0].indicator = "=HYPERLINK(\"x\")".into();
    let bytes = render_one(&report);
    let rows = sheet(&bytes, ROWS_SHEET);
    assert_eq!(
        rows.get_value((1, 0)),
        Some(&Data::String("=HYPERLINK(\"x\")".into()))
    );
    assert!(!sheet_xml(&bytes, 1).contains("<f>"), "no formula cell");
}

#[test]
fn header_row_is_frozen_and_columns_have_widths() {
    let report = zhibiao::parse(REPORT);
    let bytes = render_one(&report);
    let xml = sheet_xml(&bytes, 1);
    assert!(
        xml.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{xml}"
    );
    let width = |n: usize| column_width(&xml, n).unwrap_or_else(|| panic!("column {n} sized"));
    let (core, evidence) = (
        HEADERS.iter().position(|h| *h == "核心"),
        HEADERS.iter().position(|h| *h == "依据"),
    );
    let (core, evidence) = (width(core.unwrap() + 1), width(evidence.unwrap() + 1));
    assert!(
        evidence > core * 2.0,
        "依据 {evidence} wider than 核心 {core}"
    );
    assert!((1..=HEADERS.len()).all(|n| column_width(&xml, n).is_some()));
    assert!(xml.contains("<autoFilter ref=\"A1:"), "header filter");
}

#[test]
fn meta_sheet_describes_the_report() {
    let (_, text) = &samples()[0];
    let report = zhibiao::parse(text);
    let bytes = render_one(&report);
    let meta = sheet(&bytes, META_SHEET);
    assert_eq!(header(&meta), META_HEADERS);
    assert_eq!(meta.height(), 2);
    let title = report.meta.title.clone().unwrap_or_default();
    assert_eq!(meta.get_value((1, 0)).map(|c| c.to_string()), Some(title));
    let count = column(&meta, "行数");
    assert_eq!(
        meta.get_value((1, count as u32)),
        Some(&Data::Float(report.rows.len() as f64))
    );
}

#[test]
fn several_documents_get_a_file_column_in_both_sheets() {
    let a = zhibiao::parse(REPORT);
    let b = zhibiao::parse("");
    let docs = [Doc::new(Some("a.txt"), &a), Doc::new(Some("b.txt"), &b)];
    let bytes = xlsx::render(&docs, true).expect("xlsx");
    let rows = sheet(&bytes, ROWS_SHEET);
    assert_eq!(header(&rows)[0], "文件");
    assert!(rows
        .rows()
        .skip(1)
        .all(|r| r[0] == Data::String("a.txt".into())));
    let meta = sheet(&bytes, META_SHEET);
    assert_eq!(meta.height(), 3);
    assert_eq!(meta.get_value((2, 0)), Some(&Data::String("b.txt".into())));
}

#[test]
fn cli_writes_a_workbook_with_dash_o() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("xlsx-cli");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let out = dir.join("报告.xlsx");
    let _ = std::fs::remove_file(&out);
    let sample = sample_path();
    let status = Command::new(BIN)
        .args(["--format", "xlsx", "-o"])
        .arg(&out)
        .arg(&sample)
        .status()
        .expect("run zhibiao");
    assert!(status.success());
    let bytes = std::fs::read(&out).expect("the workbook");
    let text = std::fs::read_to_string(&sample).expect("sample");
    let report = zhibiao::parse(&text);
    let rows = sheet(&bytes, ROWS_SHEET);
    assert_eq!(rows.height(), report.rows.len() + 1);
    let evidence = column(&rows, "依据");
    assert_eq!(
        rows.get_value((1, evidence as u32)).map(|c| c.to_string()),
        Some(report.rows[0].evidence.clone())
    );
}

#[test]
fn cli_refuses_xlsx_without_an_output_file() {
    let out = Command::new(BIN)
        .args(["--format", "xlsx"])
        .output()
        .expect("run zhibiao");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o FILE"));
}
