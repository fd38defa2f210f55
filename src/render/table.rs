//! A table for the terminal: the report's meta on a few lines, then aligned
//! columns. Columns are padded by display width, so Chinese text (two
//! columns per char) lines up. Values are joined with their unit and
//! qualifier (约63.65亿元, 22个以上), changes are signed (+5.2%, -2.6个百分点).

use super::{
    display_width, format_number, kind_zh, level_zh, note_zh, status_zh, Doc, PLACEHOLDER,
};
use crate::model::{Meta, Qualifier, Report, Row};

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
        if i > 0 {
            out.push('\n');
        }
        if labelled {
            out.push_str(&format!("== {} ==\n", doc.name.unwrap_or("-")));
        }
        render_report(&mut out, doc.report);
    }
    out
}

fn render_report(out: &mut String, report: &Report) {
    for line in meta_lines(&report.meta) {
        out.push_str(&line);
        out.push('\n');
    }
    let places = several_places(report);
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    if places {
        header.push(REGION_COLUMN.to_string());
    }
    let mut grid: Vec<Vec<String>> = vec![header];
    grid.extend(report.rows.iter().enumerate().map(|(i, row)| {
        let mut cells = row_cells(i + 1, row);
        if places {
            cells.push(row.region.clone().unwrap_or_default());
        }
        cells
    }));
    push_grid(out, &grid);
    for note in &report.notes {
        out.push_str(&format!("注：{}\n", note_zh(note)));
    }
}

/// Whether the rows belong to more than one place (a provincial report's
/// city rows): then the table shows each row's.
fn several_places(report: &Report) -> bool {
    let first = report.rows.first().map(|r| &r.region);
    report.rows.iter().any(|r| Some(&r.region) != first)
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
    let columns = grid.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| grid.iter().map(|r| display_width(&r[c])).max().unwrap_or(0))
        .collect();
    for (i, row) in grid.iter().enumerate() {
        push_line(out, row, &widths);
        if i == 0 {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            push_line(out, &rule, &widths);
        }
    }
}

fn push_line(out: &mut String, cells: &[String], widths: &[usize]) {
    let mut line = String::new();
    for (c, cell) in cells.iter().enumerate() {
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
