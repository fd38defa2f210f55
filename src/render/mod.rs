//! Renderers: consumers of a [`Report`] that turn it into text for people
//! and spreadsheets. No parsing happens here.
//!
//! | format | for | several documents |
//! |---|---|---|
//! | [`Format::Table`] | reading in a terminal | one block per document, headed by its name |
//! | [`Format::Jsonl`] | `eval/score.py` and scripts | rows concatenated |
//! | [`Format::Json`] | programs | one object `{meta, rows, notes}`; several: an array of `{file, meta, rows, notes}` |
//! | [`Format::Csv`] | Excel / WPS (UTF-8 with BOM) | one header, a leading 文件 column |
//! | [`Format::Tsv`] | pasting into a spreadsheet | one header, a leading 文件 column |
//! | [`xlsx::render`] (binary) | Excel / WPS | one header, a leading 文件 column; a meta sheet |
//!
//! ```
//! use zhibiao::render::{render_report, Format};
//! let report = zhibiao::parse("");
//! let csv = render_report(Format::Csv, &report);
//! assert!(csv.starts_with('\u{FEFF}'));
//! ```

pub mod csv;
pub mod json;
pub mod marks;
pub mod stream;
pub mod table;
pub mod tsv;
pub mod units;
pub mod width;
#[cfg(any(feature = "xlsx", not(target_arch = "wasm32")))]
pub mod xlsx;

pub use marks::{Mention, RowMarks};
pub use units::Units;
pub use width::display_width;

use crate::model::{Kind, Level, Qualifier, Report, Row, Status};
use std::fmt;
use std::str::FromStr;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Table,
    Jsonl,
    Json,
    Csv,
    Tsv,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Table,
        Format::Jsonl,
        Format::Json,
        Format::Csv,
        Format::Tsv,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Jsonl => "jsonl",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The name given is not one of [`Format::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown format '{}' (expected table, jsonl, json, csv or tsv)",
            self.0
        )
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// One parsed document and, when it came from a file, the file's name.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    pub name: Option<&'a str>,
    pub report: &'a Report,
    /// What a person added to the rows, by row index ([`marks`]); empty
    /// for the parser's own output.
    pub marks: &'a [RowMarks],
}

impl<'a> Doc<'a> {
    /// A document without marks.
    pub fn new(name: Option<&'a str>, report: &'a Report) -> Doc<'a> {
        Doc {
            name,
            report,
            marks: &[],
        }
    }

    /// The spreadsheet cells of row `i`: [`row_cells`], a folded row's
    /// evidences, and the 已修改/已核对 cells when `mark_columns`.
    pub fn cells(&self, i: usize, mark_columns: bool) -> Vec<Cell> {
        let row = &self.report.rows[i];
        let mut cells = row_cells(row);
        let marks = self.marks.get(i);
        if let Some(marks) = marks.filter(|m| !m.also.is_empty()) {
            let mut evidence = row.evidence.clone();
            for mention in &marks.also {
                evidence.push_str(marks::EVIDENCE_SEPARATOR);
                evidence.push_str(&mention.evidence);
            }
            cells[EVIDENCE_COLUMN] = Cell::Text(evidence);
        }
        if mark_columns {
            cells.extend(marks.cloned().unwrap_or_default().cells());
        }
        cells
    }
}

/// Whether any row of `docs` is edited or checked: then the spreadsheet
/// formats add the 已修改 and 已核对 columns.
pub fn has_mark_columns(docs: &[Doc]) -> bool {
    docs.iter()
        .any(|d| d.marks.iter().any(RowMarks::has_columns))
}

/// The spreadsheet header: [`HEADERS`], then 已修改 and 已核对 when
/// `mark_columns`.
pub fn headers(mark_columns: bool) -> Vec<&'static str> {
    let mut all = HEADERS.to_vec();
    if mark_columns {
        all.extend([marks::EDITED_HEADER, marks::CHECKED_HEADER]);
    }
    all
}

/// How to render beyond the format: the units to show values in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions {
    pub units: Units,
}

/// [`render_with`], the rows' values first shown in `options.units`.
pub fn render_with_options(
    format: Format,
    docs: &[Doc],
    labelled: bool,
    options: &RenderOptions,
) -> String {
    with_units(docs, &options.units, |docs| {
        render_with(format, docs, labelled)
    })
}

/// Calls `f` with `docs` whose rows are in `units` (the documents as they
/// are when no unit was chosen).
pub fn with_units<T>(docs: &[Doc], units: &Units, f: impl FnOnce(&[Doc]) -> T) -> T {
    if units.is_none() {
        return f(docs);
    }
    let converted: Vec<Report> = docs
        .iter()
        .map(|d| units::convert_report(d.report, units))
        .collect();
    let docs: Vec<Doc> = docs
        .iter()
        .zip(&converted)
        .map(|(d, report)| Doc { report, ..*d })
        .collect();
    f(&docs)
}

/// Renders documents into one output; several are told apart as the module
/// docs say, a single one is rendered on its own.
pub fn render(format: Format, docs: &[Doc]) -> String {
    render_with(format, docs, docs.len() > 1)
}

/// Renders documents, labelling each with its file when `labelled` (the
/// CLI labels whenever it was given several inputs, even if only one could
/// be read, so the output's shape depends on the command line alone).
pub fn render_with(format: Format, docs: &[Doc], labelled: bool) -> String {
    match format {
        Format::Table => table::render(docs, labelled),
        Format::Jsonl => json::render_lines(docs),
        Format::Json => json::render(docs, labelled),
        Format::Csv => csv::render(docs, labelled),
        Format::Tsv => tsv::render(docs, labelled),
    }
}

/// Renders a single report.
pub fn render_report(format: Format, report: &Report) -> String {
    render(format, &[Doc::new(None, report)])
}

/// The spreadsheet columns, in order; [`Format::Csv`] and [`Format::Tsv`]
/// share them. Several documents add a leading [`FILE_HEADER`] column.
pub const HEADERS: [&str; 18] = [
    "指标", "标准名称", "地区", "核心", "数值", "数值上限", "单位", "数值限定", "变化", "变化上限",
    "变化单位", "变化限定", "类型", "期间", "类别", "依据", "起", "止",
];

pub const FILE_HEADER: &str = "文件";

/// Where 依据 stands in [`HEADERS`].
const EVIDENCE_COLUMN: usize = 15;

/// A spreadsheet cell: numbers stay numbers, text may need neutralising.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Number(String),
    Text(String),
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    fn opt_text(s: Option<&str>) -> Cell {
        Cell::text(s.unwrap_or(""))
    }

    fn number(n: Option<f64>) -> Cell {
        n.map_or_else(|| Cell::text(""), |n| Cell::Number(format_number(n)))
    }

    /// The cell's text as a spreadsheet should receive it: text that a
    /// spreadsheet would run as a formula gets a leading `'`.
    pub fn safe_text(&self) -> String {
        match self {
            Cell::Number(s) => s.clone(),
            Cell::Text(s) if starts_like_formula(s) => format!("'{s}"),
            Cell::Text(s) => s.clone(),
        }
    }
}

/// Spreadsheets treat text starting with these as a formula (CSV injection).
fn starts_like_formula(s: &str) -> bool {
    matches!(s.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
}

/// The spreadsheet cells of a row, in [`HEADERS`] order.
pub fn row_cells(row: &Row) -> Vec<Cell> {
    let value = if row.placeholder && row.value.is_none() {
        Cell::text(PLACEHOLDER)
    } else {
        Cell::number(row.value)
    };
    vec![
        Cell::text(row.indicator.as_str()),
        Cell::opt_text(row.canonical.as_deref()),
        Cell::opt_text(row.region.as_deref()),
        Cell::text(if row.core { "是" } else { "否" }),
        value,
        Cell::number(row.value_max),
        Cell::opt_text(row.unit.as_deref()),
        Cell::opt_text(row.value_qualifier.map(qualifier_zh)),
        Cell::number(row.change),
        Cell::number(row.change_max),
        Cell::opt_text(row.change_unit.as_deref()),
        Cell::opt_text(row.change_qualifier.map(qualifier_zh)),
        Cell::text(status_zh(row.status)),
        Cell::text(row.period.map(|p| p.to_string()).unwrap_or_default()),
        Cell::text(row.category.as_str()),
        Cell::text(row.evidence.as_str()),
        Cell::Number(row.start.to_string()),
        Cell::Number(row.end.to_string()),
    ]
}

/// Shown in place of a value the report redacted (XX亿元).
pub const PLACEHOLDER: &str = "XX";

/// A number as people write it: 22 rather than 22.0, no exponent; the
/// shortest digits that read back as the same f64 (what `Display` writes).
///
/// Written from serde_json's shortest form rather than with `format!("{n}")`:
/// the core's float formatting (~16 KB of wasm) is then not linked in, and
/// serde_json is there anyway.
pub fn format_number(n: f64) -> String {
    if n == 0.0 {
        return "0".to_string();
    }
    if !n.is_finite() {
        let text = if n.is_nan() {
            "NaN"
        } else if n > 0.0 {
            "inf"
        } else {
            "-inf"
        };
        return text.to_string();
    }
    let shortest = serde_json::to_string(&n).unwrap_or_default();
    expand_exponent(&shortest)
}

/// "1.5e22" → "15000000000000000000000", "1e-7" → "0.0000001", "22.0" →
/// "22": the same digits, written out.
pub(crate) fn expand_exponent(text: &str) -> String {
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = format!("{whole}{fraction}");
    let point = whole.len() as i32 + exponent;
    let (int_part, frac_part) = if point <= 0 {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat((-point) as usize)),
        )
    } else if point as usize >= digits.len() {
        (
            format!("{digits}{}", "0".repeat(point as usize - digits.len())),
            String::new(),
        )
    } else {
        (
            digits[..point as usize].to_string(),
            digits[point as usize..].to_string(),
        )
    };
    let int_part = int_part.trim_start_matches('0');
    let int_part = if int_part.is_empty() { "0" } else { int_part };
    let frac_part = frac_part.trim_end_matches('0');
    if frac_part.is_empty() {
        format!("{sign}{int_part}")
    } else {
        format!("{sign}{int_part}.{frac_part}")
    }
}

pub fn status_zh(s: Status) -> &'static str {
    match s {
        Status::Actual => "实际",
        Status::Estimate => "预计",
        Status::Target => "目标",
    }
}

/// The notes the parser writes (`Report::notes`, lib.rs), as the Chinese
/// table shows them; JSON keeps the note as written.
const NOTES_ZH: [(&str, &str); 2] = [
    ("empty text: nothing to parse", "文本为空，没有可解析的内容"),
    ("no indicator found in the text", "文本中没有找到指标"),
];

/// A note in Chinese when it is one of the parser's, else as written.
pub fn note_zh(note: &str) -> &str {
    NOTES_ZH
        .iter()
        .find(|(en, _)| *en == note)
        .map_or(note, |(_, zh)| zh)
}

pub fn qualifier_zh(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Approx => "约",
        Qualifier::AtLeast => "以上",
        Qualifier::AtMost => "以内",
    }
}

pub fn level_zh(l: Level) -> &'static str {
    match l {
        Level::Nation => "全国",
        Level::Province => "省级",
        Level::City => "市级",
        Level::County => "县级",
        Level::District => "区级",
    }
}

pub fn kind_zh(k: Kind) -> &'static str {
    match k {
        Kind::WorkReport => "政府工作报告",
        Kind::PlanReport => "计划执行情况报告",
        Kind::News => "新闻",
        Kind::Bulletin => "统计公报",
        Kind::Other => "其他",
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Category, Meta};

    /// A report with rows that exercise every renderer's corner cases.
    pub fn sample_report() -> Report {
        Report {
            meta: Meta {
                title: Some("关于2024年上半年计划执行情况的报告".into()),
                region: Some("鞍山市立山区".into()),
                level: Some(Level::District),
                kind: Some(Kind::PlanReport),
                reports: vec!["2024H1".parse().unwrap()],
                targets: vec!["2024H2".parse().unwrap()],
            },
            rows: vec![
                Row {
                    indicator: "地区生产总值".into(),
                    canonical: Some("地区生产总值".into()),
                    core: true,
                    category: Category::Economy,
                    value: Some(63.65),
                    unit: Some("亿元".into()),
                    change: Some(5.2),
                    change_unit: Some("%".into()),
                    status: Status::Actual,
                    period: "2024H1".parse().ok(),
                    region: Some("鞍山市立山区".into()),
                    evidence: "地区生产总值完成63.65亿元，同比增长5.2%".into(),
                    start: 10,
                    end: 34,
                    ..Default::default()
                },
                Row {
                    indicator: "=HYPERLINK(\"x\")".into(),
                    category: Category::Other,
                    value: Some(22.0),
                    unit: Some("个".into()),
                    value_qualifier: Some(Qualifier::AtLeast),
                    change: Some(-2.6),
                    change_unit: Some("个百分点".into()),
                    change_qualifier: Some(Qualifier::Approx),
                    status: Status::Target,
                    evidence: "项目22个以上,\n下降2.6个百分点左右\t".into(),
                    start: 40,
                    end: 60,
                    ..Default::default()
                },
            ],
            notes: vec![],
            parts: vec![],
        }
    }

    /// Two documents of the one `report`, named `names` (several-file output).
    pub fn two_docs<'a>(report: &'a Report, names: [&'a str; 2]) -> [Doc<'a>; 2] {
        names.map(|name| Doc::new(Some(name), report))
    }

    #[test]
    fn parses_format_names() {
        assert_eq!("CSV".parse::<Format>(), Ok(Format::Csv));
        assert_eq!("table".parse::<Format>(), Ok(Format::Table));
        assert!("xlsx".parse::<Format>().is_err());
    }

    #[test]
    fn numbers_have_no_trailing_zero() {
        assert_eq!(format_number(22.0), "22");
        assert_eq!(format_number(63.65), "63.65");
        assert_eq!(format_number(-2.6), "-2.6");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(1e21), "1000000000000000000000");
        for n in [
            0.1 + 0.2,
            1e-7,
            -2.5e-8,
            1.5e22,
            123456789.125,
            1349084.0,
            5.0,
            0.05,
            f64::MAX,
            f64::MIN_POSITIVE,
            -63.65,
        ] {
            assert_eq!(format_number(n), format!("{n}"), "{n:e}");
        }
    }

    #[test]
    fn text_cells_that_look_like_formulas_are_neutralised() {
        for s in ["=1+1", "+86", "-x", "@SUM", "\tx", "\rx"] {
            assert_eq!(Cell::text(s).safe_text(), format!("'{s}"));
        }
        assert_eq!(Cell::text("增长-2").safe_text(), "增长-2");
        assert_eq!(Cell::number(Some(-2.6)).safe_text(), "-2.6");
    }

    #[test]
    fn cells_cover_every_header() {
        let report = sample_report();
        let cells = row_cells(&report.rows[1]);
        assert_eq!(cells.len(), HEADERS.len());
        assert_eq!(cells[7], Cell::text("以上"));
        assert_eq!(cells[11], Cell::text("约"));
        assert_eq!(cells[12], Cell::text("目标"));
    }

    #[test]
    fn placeholder_value_is_shown_as_xx() {
        let row = Row {
            placeholder: true,
            unit: Some("亿元".into()),
            ..Default::default()
        };
        assert_eq!(row_cells(&row)[4], Cell::text("XX"));
    }

    fn marked() -> Vec<RowMarks> {
        vec![
            RowMarks {
                edited: vec!["value".into(), "unit".into()],
                checked: true,
                also: vec![Mention {
                    evidence: "地区生产总值63.65亿元".into(),
                    start: 80,
                    end: 93,
                }],
            },
            RowMarks::default(),
        ]
    }

    fn marked_doc<'a>(report: &'a Report, marks: &'a [RowMarks]) -> Doc<'a> {
        Doc {
            marks,
            ..Doc::new(None, report)
        }
    }

    #[test]
    fn marks_add_two_columns_and_fold_evidences() {
        let (report, marks) = (sample_report(), marked());
        let doc = marked_doc(&report, &marks);
        let csv = render_with(Format::Csv, &[doc], false);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(
            lines[0].ends_with(",依据,起,止,已修改,已核对"),
            "{}",
            lines[0]
        );
        assert!(lines[1].starts_with("地区生产总值,地区生产总值,鞍山市立山区,是,63.65,"));
        assert!(lines[1].ends_with(
            ",\"地区生产总值完成63.65亿元，同比增长5.2%\n地区生产总值63.65亿元\",10,34,数值、单位,是"
        ));
        let tsv = render_with(Format::Tsv, &[doc], false);
        let second = tsv.lines().nth(2).unwrap();
        assert!(second.ends_with("\t40\t60\t\t"), "{second}");
        assert_eq!(second.split('\t').count(), HEADERS.len() + 2);
        // Marks that only fold add no column.
        let folded = [RowMarks {
            also: marks[0].also.clone(),
            ..Default::default()
        }];
        let doc = Doc {
            marks: &folded,
            ..doc
        };
        assert!(render_with(Format::Tsv, &[doc], false).starts_with(&HEADERS.join("\t")));
        assert!(!render_with(Format::Tsv, &[doc], false).contains("已修改"));
    }

    #[test]
    fn json_rows_carry_their_marks_only_when_set() {
        let (report, marks) = (sample_report(), marked());
        let doc = marked_doc(&report, &marks);
        let json: serde_json::Value =
            serde_json::from_str(&render_with(Format::Json, &[doc], false)).unwrap();
        assert_eq!(
            json["rows"][0]["edited"],
            serde_json::json!(["value", "unit"])
        );
        assert_eq!(json["rows"][0]["checked"], true);
        assert_eq!(json["rows"][0]["also"][0]["start"], 80);
        assert_eq!(json["rows"][0]["indicator"], "地区生产总值");
        assert!(json["rows"][1].get("edited").is_none());
        assert!(json["rows"][1].get("checked").is_none());
        let lines = render_with(Format::Jsonl, &[doc], false);
        assert!(lines.lines().next().unwrap().ends_with(
            r#""checked":true,"also":[{"evidence":"地区生产总值63.65亿元","start":80,"end":93}]}"#
        ));
    }

    #[test]
    fn without_marks_or_units_the_bytes_do_not_change() {
        let report = sample_report();
        let none = vec![RowMarks::default(); 2];
        for format in Format::ALL {
            let plain = render_report(format, &report);
            let doc = Doc {
                marks: &none,
                ..Doc::new(None, &report)
            };
            let options = RenderOptions::default();
            assert_eq!(render_with_options(format, &[doc], false, &options), plain);
        }
    }

    #[test]
    fn units_apply_to_every_format_and_keep_the_evidence() {
        let report = sample_report();
        let options = RenderOptions {
            units: Units {
                money: "万元".parse().ok(),
                people: None,
            },
        };
        let doc = Doc::new(None, &report);
        let csv = render_with_options(Format::Csv, &[doc], false, &options);
        assert!(csv.contains("\r\n地区生产总值,地区生产总值,鞍山市立山区,是,636500,,万元,,5.2,,%,,实际,2024H1,经济,地区生产总值完成63.65亿元，"));
        let json = render_with_options(Format::Json, &[doc], false, &options);
        assert!(json.contains("\"value\": 636500.0,"), "{json}");
        let table = render_with_options(Format::Table, &[doc], false, &options);
        assert!(table.contains("636500万元"));
    }
}
