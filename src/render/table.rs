//! A table for the terminal: the report's meta on a few lines, then aligned
//! columns. Columns are padded by display width, so Chinese text (two
//! columns per char) lines up. Values are joined with their unit and
//! qualifier (约63.65亿元, 22个以上), changes are signed (+5.2%, -2.6个百分点).

use super::{
    display_width, format_number, kind_zh, level_zh, note_zh, status_zh, Doc, PLACEHOLDER,
};
use crate::model::{Meta, Qualifier, Report, Row};
use crate::text::Slice;

const COLUMNS: [&str; 7] = ["#", "指标", "数值", "变化", "类型", "期间", "标准名称"];
/// The column added when a text's rows have more than one place.
const REGION_COLUMN: &str = "地区";
const GAP: &str = "  ";
/// Longer subjects are cut (with …) so a row fits a terminal; csv and json
/// keep them whole.
const MAX_INDICATOR_WIDTH: usize = 40;

/// Renders each document as a block; several documents are headed by
/// `== name ==` and separated by a blank line.
pub fn render(docs: &[Doc], labelled: bool) -> String {
    let mut out = String::new();
    for (i, doc) in docs.iter().enumerate() {
        let mut table = Table::default();
        table.push_rows(&doc.report.rows);
        table.finish(
            &mut out,
            i,
            labelled.then(|| doc.name.unwrap_or("-")),
            doc.report,
        );
    }
    out
}

/// A report's table, built a batch of rows at a time: what is held is the
/// cells' text, not the rows (`write::ReportWriter` writes a report of
/// many megabytes so).
#[derive(Debug, Default)]
pub(crate) struct Table {
    grid: Grid,
    rows: usize,
    /// The first row's place, and whether another row has another one.
    first_region: Option<Option<String>>,
    places: bool,
}

impl Table {
    pub(crate) fn push_rows(&mut self, rows: &[Row]) {
        self.push_header_once();
        for row in rows {
            self.rows += 1;
            let first = self.first_region.get_or_insert_with(|| row.region.clone());
            self.places |= *first != row.region;
            let region = row.region.clone().unwrap_or_default();
            self.grid
                .push_row(row_cells(self.rows, row).into_iter().chain([region]));
        }
    }

    /// The header is the grid's first row, there from the first batch on
    /// (a report without rows still has it).
    fn push_header_once(&mut self) {
        if self.grid.ends.is_empty() {
            self.grid
                .push_row(COLUMNS.iter().copied().chain([REGION_COLUMN]));
        }
    }

    /// Writes the report's block, the `index`-th of the output: a blank
    /// line before all but the first, `== name ==` when `name` is given,
    /// the meta, the rows (with a place column when the rows belong to
    /// more than one place), and the report's notes.
    pub(crate) fn finish(
        mut self,
        out: &mut String,
        index: usize,
        name: Option<&str>,
        report: &Report,
    ) {
        if index > 0 {
            out.push('\n');
        }
        if let Some(name) = name {
            out.push_str(&format!("== {name} ==\n"));
        }
        for line in meta_lines(&report.meta) {
            out.push_str(&line);
            out.push('\n');
        }
        self.push_header_once();
        let columns = COLUMNS.len() + usize::from(self.places);
        self.grid.write(out, columns);
        for note in &report.notes {
            out.push_str(&format!("注：{}\n", note_zh(note)));
        }
    }
}

fn meta_lines(meta: &Meta) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(title) = &meta.title {
        lines.push(format!("标题：{title}"));
    }
    match (&meta.region, meta.level) {
        (Some(region), Some(level)) => lines.push(format!("地区：{region}（{}）", level_zh(level))),
        (Some(region), None) => lines.push(format!("地区：{region}")),
        (None, Some(level)) => lines.push(format!("级别：{}", level_zh(level))),
        (None, None) => {}
    }
    if let Some(kind) = meta.kind {
        lines.push(format!("类型：{}", kind_zh(kind)));
    }
    let mut periods = Vec::new();
    if !meta.reports.is_empty() {
        periods.push(format!(
            "报告期：{}",
            crate::period::join(&meta.reports, "、")
        ));
    }
    if !meta.targets.is_empty() {
        periods.push(format!(
            "目标期：{}",
            crate::period::join(&meta.targets, "、")
        ));
    }
    if !periods.is_empty() {
        lines.push(periods.join("；"));
    }
    lines
}

fn row_cells(n: usize, row: &Row) -> Vec<String> {
    vec![
        n.to_string(),
        truncate_to_width(&one_line(&row.indicator), MAX_INDICATOR_WIDTH),
        value_text(row),
        change_text(row),
        status_zh(row.status).to_string(),
        row.period.map(|p| p.to_string()).unwrap_or_default(),
        row.canonical.clone().unwrap_or_default(),
    ]
}

/// Keeps a cell on one line so the grid stays aligned.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Cuts `s` to at most `max` display columns, ending in … when cut.
fn truncate_to_width(s: &str, max: usize) -> String {
    if display_width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut width = 0;
    for c in s.chars() {
        let w = super::width::char_width(c);
        if width + w + 1 > max {
            break;
        }
        out.push(c);
        width += w;
    }
    out.push('…');
    out
}

fn value_text(row: &Row) -> String {
    match (row.value, row.placeholder) {
        (Some(v), _) => quantity_text(
            v,
            row.value_max,
            row.unit.as_deref(),
            row.value_qualifier,
            false,
        ),
        (None, true) => qualified(
            format!("{PLACEHOLDER}{}", row.unit.as_deref().unwrap_or("")),
            row.value_qualifier,
        ),
        (None, false) => String::new(),
    }
}

fn change_text(row: &Row) -> String {
    let Some(change) = row.change else {
        return String::new();
    };
    quantity_text(
        change,
        row.change_max,
        row.change_unit.as_deref(),
        row.change_qualifier,
        true,
    )
}

/// A number or range with its unit and qualifier, as people write it:
/// `63.65亿元`, `1~2家`, `约+6%`, `22个以上`; a change (`signed`) shows
/// its + sign.
pub fn quantity_text(
    low: f64,
    high: Option<f64>,
    unit: Option<&str>,
    q: Option<Qualifier>,
    signed: bool,
) -> String {
    quantity_in(&super::words::ZH, low, high, unit, q, signed)
}

/// [`quantity_text`] with the qualifiers in `words`' language (the page's
/// panel: `about +6%`).
pub fn quantity_in(
    words: &super::Words,
    low: f64,
    high: Option<f64>,
    unit: Option<&str>,
    q: Option<Qualifier>,
    signed: bool,
) -> String {
    let mut text = format_number(low);
    if signed && low > 0.0 {
        text.insert(0, '+');
    }
    if let Some(high) = high {
        text.push('~');
        text.push_str(&format_number(high));
    }
    text.push_str(unit.unwrap_or(""));
    words.qualified(text, q)
}

fn qualified(text: String, q: Option<Qualifier>) -> String {
    super::words::ZH.qualified(text, q)
}

/// Writes the grid with every column padded to its widest cell; the last
/// column is not padded, so lines carry no trailing spaces.
pub(crate) fn push_grid(out: &mut String, grid: &[Vec<String>]) {
    let mut table = Grid::default();
    for row in grid {
        table.push_row(row);
    }
    table.write(out, usize::MAX);
}

/// The cells of a table, row by row, in one text: a table of many
/// thousand rows holds its text, not a `String` a cell (a 15 MB report's
/// 61,000 rows held 27 MB as cells). Each column's width is kept as the
/// rows come.
#[derive(Debug, Default)]
struct Grid {
    text: String,
    /// Where each cell ends in `text`, row after row.
    ends: Vec<usize>,
    widths: Vec<usize>,
}

impl Grid {
    /// Adds a row; every row has as many cells as the first.
    fn push_row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        for (c, cell) in cells.into_iter().enumerate() {
            let cell = cell.as_ref();
            self.text.push_str(cell);
            self.ends.push(self.text.len());
            let width = display_width(cell);
            match self.widths.get_mut(c) {
                Some(w) => *w = (*w).max(width),
                None => self.widths.push(width),
            }
        }
    }

    /// The rows as their cells' texts.
    fn rows(&self) -> impl Iterator<Item = Vec<&str>> + '_ {
        let columns = self.widths.len().max(1);
        self.ends.chunks(columns).enumerate().map(move |(r, ends)| {
            let mut start = if r == 0 {
                0
            } else {
                self.ends[r * columns - 1]
            };
            ends.iter()
                .map(|&end| {
                    let cell = self.text.slice(start..end);
                    start = end;
                    cell
                })
                .collect()
        })
    }

    /// Writes the rows' first `shown` cells aligned, the header ruled off
    /// from the rest.
    fn write(&self, out: &mut String, shown: usize) {
        let widths = &self.widths[..shown.min(self.widths.len())];
        for (i, row) in self.rows().enumerate() {
            push_line(out, &row[..widths.len()], widths);
            if i == 0 {
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                push_line(out, &rule, widths);
            }
        }
    }
}

fn push_line(out: &mut String, cells: &[impl AsRef<str>], widths: &[usize]) {
    let mut line = String::new();
    for (c, cell) in cells.iter().enumerate() {
        let cell = cell.as_ref();
        if c > 0 {
            line.push_str(GAP);
        }
        line.push_str(cell);
        if c + 1 < cells.len() {
            line.push_str(&" ".repeat(widths[c].saturating_sub(display_width(cell))));
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{sample_report, two_docs};
    use crate::render::{render_report, Format};

    #[test]
    fn shows_meta_then_aligned_rows() {
        let out = render_report(Format::Table, &sample_report());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "标题：关于2024年上半年计划执行情况的报告");
        assert_eq!(lines[1], "地区：大连市西岗区（区级）");
        assert_eq!(lines[2], "类型：计划执行情况报告");
        assert_eq!(lines[3], "报告期：2024H1；目标期：2024H2");
        // Every column starts at the same display column on each line.
        let grid = &lines[4..];
        let starts = |line: &str, cell: &str| display_width(&line[..line.find(cell).unwrap()]);
        assert_eq!(starts(grid[0], "数值"), starts(grid[2], "63.65亿元"));
        assert_eq!(starts(grid[0], "数值"), starts(grid[3], "22个以上"));
        assert_eq!(starts(grid[0], "变化"), starts(grid[2], "+5.2%"));
        assert_eq!(starts(grid[0], "变化"), starts(grid[3], "约-2.6个百分点"));
        assert_eq!(starts(grid[0], "类型"), starts(grid[3], "目标"));
        assert!(grid[1].starts_with("-  ---"));
    }

    #[test]
    fn no_trailing_spaces() {
        let out = render_report(Format::Table, &sample_report());
        assert!(out.lines().all(|l| !l.ends_with(' ')));
    }

    #[test]
    fn empty_report_shows_header_and_note() {
        let report = Report {
            notes: vec!["empty text: nothing to parse".into()],
            ..Default::default()
        };
        let out = render_report(Format::Table, &report);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "#  指标  数值  变化  类型  期间  标准名称");
        assert_eq!(lines[2], "注：文本为空，没有可解析的内容");
    }

    #[test]
    fn a_region_column_only_when_rows_have_several_places() {
        let row = |region: &str| Row {
            indicator: "地区生产总值".into(),
            region: Some(region.into()),
            ..Default::default()
        };
        let one = Report {
            rows: vec![row("河南省"), row("河南省")],
            ..Default::default()
        };
        let out = render_report(Format::Table, &one);
        assert!(!out.lines().next().unwrap().contains("地区"));
        let two = Report {
            rows: vec![row("河南省"), row("漯河市")],
            ..Default::default()
        };
        let out = render_report(Format::Table, &two);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].ends_with("标准名称  地区"), "{out}");
        assert!(lines[3].ends_with("漯河市"), "{out}");
    }

    #[test]
    fn long_subjects_are_cut_to_the_column_width() {
        let long = "全面推进乡村振兴".repeat(5);
        let cut = truncate_to_width(&long, MAX_INDICATOR_WIDTH);
        assert!(cut.ends_with('…'));
        assert_eq!(display_width(&cut), MAX_INDICATOR_WIDTH - 1);
        assert_eq!(truncate_to_width("地区生产总值", 12), "地区生产总值");
        assert_eq!(truncate_to_width("abcdef", 4), "abc…");
    }

    #[test]
    fn ranges_and_placeholders() {
        let row = Row {
            value: Some(1.0),
            value_max: Some(2.0),
            unit: Some("家".into()),
            ..Default::default()
        };
        assert_eq!(value_text(&row), "1~2家");
        let redacted = Row {
            placeholder: true,
            unit: Some("亿元".into()),
            change: Some(-3.0),
            change_unit: Some("%".into()),
            ..Default::default()
        };
        assert_eq!(value_text(&redacted), "XX亿元");
        assert_eq!(change_text(&redacted), "-3%");
    }

    #[test]
    fn several_documents_are_headed_by_name() {
        let report = sample_report();
        let docs = two_docs(&report, ["a.txt", "b.txt"]);
        let out = render(&docs, true);
        assert!(out.starts_with("== a.txt ==\n标题："));
        assert!(out.contains("\n\n== b.txt ==\n"));
    }
}
