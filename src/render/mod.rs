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

pub mod cells;
pub mod csv;
#[cfg(not(target_arch = "wasm32"))]
pub mod explain;
pub mod json;
pub mod marks;
pub mod stream;
pub mod table;
pub mod tsv;
pub mod units;
pub mod width;
pub mod words;
#[cfg(not(target_arch = "wasm32"))]
pub mod write;
#[cfg(any(feature = "xlsx", not(target_arch = "wasm32")))]
pub mod xlsx;

pub use marks::{Mention, RowMarks};
pub use units::Units;
pub use width::display_width;
pub use words::Words;

use crate::model::{Kind, Level, Qualifier, Report, Row, Status};
use crate::text::Slice;
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

/// A whole spreadsheet table of `docs` (CSV, TSV) from the same parts a
/// stream writes: the format's `header`, then each document's rows.
pub(crate) fn spreadsheet(
    docs: &[Doc],
    with_file: bool,
    header: fn(bool, bool) -> String,
    push_rows: fn(&mut String, &Doc, bool, bool),
) -> String {
    let mark_columns = has_mark_columns(docs);
    let mut out = header(with_file, mark_columns);
    for doc in docs {
        push_rows(&mut out, doc, with_file, mark_columns);
    }
    out
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
/// Written from serde_json's shortest form (as `json_out` writes it) rather
/// than with `format!("{n}")`: the core's float formatting (~16 KB of wasm)
/// is then not linked in, and the core module's JSON writer is there anyway.
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
    expand_exponent(&crate::number_text::number_text(n))
}

/// "1.5e22" → "15000000000000000000000", "1e-7" → "0.0000001", "22.0" →
/// "22": the same digits, written out.
pub(crate) fn expand_exponent(text: &str) -> String {
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, exponent_of(e)),
        None => (unsigned, 0),
    };
    let mut digits = Vec::new();
    for b in mantissa.bytes() {
        if b.is_ascii_digit() {
            digits.push(b);
        }
    }
    // Digit k of the number, counted from the first written one (zeros
    // before and after); `point` digits stand before the point.
    let digit = |k: i32| {
        char::from(match usize::try_from(k) {
            Ok(k) if k < digits.len() => digits[k],
            _ => b'0',
        })
    };
    let point = mantissa.find('.').unwrap_or(mantissa.len()) as i32 + exponent;
    let mut out = String::from(sign);
    for k in 0..point {
        if digit(k) != '0' || out.len() > sign.len() {
            out.push(digit(k));
        }
    }
    if out.len() == sign.len() {
        out.push('0');
    }
    let mut end = digits.len() as i32;
    while end > point && digit(end - 1) == '0' {
        end -= 1;
    }
    if end > point {
        out.push('.');
        for k in point..end {
            out.push(digit(k));
        }
    }
    out
}

/// The exponent after an `e` (`22`, `-7`, `+21`): digits read by hand, as
/// `str::parse` would weigh ~0.5 KB in the core module.
fn exponent_of(text: &str) -> i32 {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, text.slice(1..)),
        Some(b'+') => (false, text.slice(1..)),
        _ => (false, text),
    };
    let mut n: i32 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return 0;
        }
        // At most three digits: f64 exponents stay within ±324.
        n = n * 10 + i32::from(b - b'0');
    }
    if negative {
        -n
    } else {
        n
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
pub(crate) mod tests;
