//! Tab-separated values for pasting into a spreadsheet: the CSV columns, no
//! BOM, no quoting. Tabs and line breaks inside a cell become spaces so a
//! cell never spills into the next one; formula-like text is neutralised as
//! in CSV.

use super::{headers, Cell, Doc, FILE_HEADER};

/// Renders the documents as one TSV table (a leading 文件 column when there
/// are several).
pub fn render(docs: &[Doc], with_file: bool) -> String {
    super::spreadsheet(docs, with_file, header, push_rows)
}

/// The header line.
pub fn header(with_file: bool, mark_columns: bool) -> String {
    let mut out = String::new();
    if with_file {
        out.push_str(FILE_HEADER);
        out.push('\t');
    }
    out.push_str(&headers(mark_columns).join("\t"));
    out.push('\n');
    out
}

/// Writes a document's rows, each led by its file's name when `with_file`.
pub fn push_rows(out: &mut String, doc: &Doc, with_file: bool, mark_columns: bool) {
    for i in 0..doc.report.rows.len() {
        push_row(out, doc, i, with_file, mark_columns);
    }
}

/// Writes the document's row `i` (see [`push_rows`]).
pub(crate) fn push_row(out: &mut String, doc: &Doc, i: usize, with_file: bool, mark_columns: bool) {
    let mut cells = doc.cells(i, mark_columns);
    if with_file {
        cells.insert(0, Cell::Text(doc.name.unwrap_or("-").to_string()));
    }
    let fields: Vec<String> = cells.iter().map(tsv_field).collect();
    out.push_str(&fields.join("\t"));
    out.push('\n');
}

/// TSV (as [`render`] writes it) as an HTML table, for the clipboard: Word
/// and WPS paste HTML as a table (spreadsheets take the TSV beside it). The
/// first line is the header; cell text is escaped.
pub fn html(tsv: &str) -> String {
    let mut out = String::from("<meta charset=\"utf-8\"><table border=\"1\">");
    for (i, line) in tsv.trim_end().split('\n').enumerate() {
        let tag = if i == 0 { "th" } else { "td" };
        out.push_str("<tr>");
        for cell in line.split('\t') {
            out.push_str(&format!("<{tag}>"));
            for c in cell.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    '"' => out.push_str("&quot;"),
                    c => out.push(c),
                }
            }
            out.push_str(&format!("</{tag}>"));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
    out
}

/// A cell as a TSV field: neutralised, tabs and line breaks as spaces.
pub(crate) fn tsv_field(cell: &Cell) -> String {
    // Neutralise first: a leading tab is itself a formula trigger, and must
    // not be hidden by turning it into a space.
    cell.safe_text()
        .chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{sample_report, two_docs};
    use crate::render::{render_report, Format, HEADERS};

    #[test]
    fn html_for_the_clipboard() {
        let html = super::html("指标\t数值\na<b>&\"\t5\n");
        assert_eq!(
            html,
            "<meta charset=\"utf-8\"><table border=\"1\"><tr><th>指标</th><th>数值</th></tr>\
             <tr><td>a&lt;b&gt;&amp;&quot;</td><td>5</td></tr></table>"
        );
    }

    #[test]
    fn one_line_per_row_with_the_same_columns() {
        let tsv = render_report(Format::Tsv, &sample_report());
        let lines: Vec<&str> = tsv.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("指标\t标准名称\t"));
        for line in &lines {
            assert_eq!(line.split('\t').count(), HEADERS.len());
        }
        assert!(!tsv.starts_with('\u{FEFF}'));
    }

    #[test]
    fn cells_keep_no_tab_or_line_break() {
        let tsv = render_report(Format::Tsv, &sample_report());
        let row = tsv.lines().nth(2).unwrap();
        assert!(row.starts_with("'=HYPERLINK(\"x\")\t\t\t否\t22\t\t个\t以上\t-2.6\t"));
        assert!(row.contains("\t项目22个以上, 下降2.6个百分点左右 \t"));
    }

    #[test]
    fn several_documents_get_a_file_column() {
        let report = sample_report();
        let docs = two_docs(&report, ["a.txt", "b.txt"]);
        let tsv = render(&docs, true);
        assert!(tsv.starts_with("文件\t指标\t"));
        assert_eq!(tsv.lines().filter(|l| l.starts_with("b.txt\t")).count(), 2);
    }
}
