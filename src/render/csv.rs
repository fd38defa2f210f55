//! CSV for Excel and WPS: UTF-8 with a BOM (without it Excel reads the file
//! as the local ANSI code page and garbles Chinese), CRLF line ends and
//! RFC 4180 quoting. Text cells that a spreadsheet would run as a formula
//! are neutralised with a leading `'`; numbers are left as numbers.

use super::{headers, Doc, FILE_HEADER};

pub const BOM: char = '\u{FEFF}';

/// Renders the documents as one CSV table (a leading 文件 column when there
/// are several).
pub fn render(docs: &[Doc], with_file: bool) -> String {
    super::spreadsheet(docs, with_file, header, push_rows)
}

/// The BOM and the header line.
pub fn header(with_file: bool, mark_columns: bool) -> String {
    let mut out = String::new();
    out.push(BOM);
    let mut header: Vec<String> = headers(mark_columns)
        .iter()
        .map(|h| h.to_string())
        .collect();
    if with_file {
        header.insert(0, FILE_HEADER.to_string());
    }
    push_record(&mut out, &header);
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
    let cells = doc.cells(i, mark_columns);
    let mut record: Vec<String> = cells.iter().map(|c| c.safe_text()).collect();
    if with_file {
        let file = super::Cell::Text(doc.name.unwrap_or("-").to_string());
        record.insert(0, file.safe_text());
    }
    push_record(out, &record);
}

/// Writes one CSV line: the fields quoted as needed, apart by commas, CRLF.
pub(crate) fn push_record(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

/// Quotes a field when it holds a separator, a quote or a line break;
/// quotes inside are doubled.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{sample_report, two_docs};
    use crate::render::{render_report, Format, HEADERS};

    fn lines(csv: &str) -> Vec<&str> {
        csv.split("\r\n").collect()
    }

    #[test]
    fn starts_with_bom_and_chinese_header() {
        let csv = render_report(Format::Csv, &sample_report());
        assert!(csv.starts_with("\u{FEFF}指标,标准名称,地区,核心,数值,"));
        assert!(csv.ends_with("\r\n"));
    }

    #[test]
    fn plain_row_has_numbers_without_trailing_zero() {
        let csv = render_report(Format::Csv, &sample_report());
        assert_eq!(
            lines(&csv)[1],
            "地区生产总值,地区生产总值,大连市西岗区,是,63.65,,亿元,,5.2,,%,,实际,2024H1,经济,\
             地区生产总值完成63.65亿元，同比增长5.2%,10,34"
        );
    }

    #[test]
    fn quotes_neutralises_formulas_and_keeps_negative_numbers() {
        let csv = render_report(Format::Csv, &sample_report());
        let row = &csv[csv.find("\"'=HYPERLINK").expect("neutralised formula")..];
        assert!(
            row.starts_with("\"'=HYPERLINK(\"\"x\"\")\",,,否,22,,个,以上,-2.6,,个百分点,约,目标,")
        );
        // The evidence's comma and line break are kept inside quotes.
        assert!(row.contains("\"项目22个以上,\n下降2.6个百分点左右\t\""));
    }

    #[test]
    fn several_documents_get_a_file_column() {
        let report = sample_report();
        let docs = two_docs(&report, ["a.txt", "-b.txt"]);
        let csv = render(&docs, true);
        let lines = lines(&csv);
        assert!(lines[0].starts_with("\u{FEFF}文件,指标,"));
        assert!(lines[1].starts_with("a.txt,地区生产总值,"));
        assert_eq!(
            lines.iter().filter(|l| l.starts_with("'-b.txt,")).count(),
            2
        );
    }

    #[test]
    fn empty_report_is_just_the_header() {
        let csv = render_report(Format::Csv, &crate::model::Report::default());
        assert_eq!(
            lines(&csv),
            vec![&format!("\u{FEFF}{}", HEADERS.join(","))[..], ""]
        );
    }
}
