//! Rows of many files written file by file, for `zhibiao corpus` and the
//! Python package's `read_reports`: a header once, then each file's rows as
//! soon as it is parsed, every row led by its file (a leading 文件 column;
//! in JSON Lines a `file` field first). `header` followed by each file's
//! `rows` is what [`super::render_with`] gives for all the files at once
//! (CSV, TSV), so nothing needs holding until the end.
//!
//! ```
//! use zhibiao::render::stream::{header, rows, RowFormat};
//! let report = zhibiao::parse("地区生产总值增长5.2%。");
//! let line = rows(RowFormat::Jsonl, "a.txt", &report);
//! assert!(line.starts_with("{\"file\":\"a.txt\",\"indicator\":"));
//! assert!(header(RowFormat::Jsonl).is_empty());
//! ```

use super::{csv, json, tsv, Doc, Format};
use crate::Report;

/// A format that can be written file by file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowFormat {
    Jsonl,
    Csv,
    Tsv,
}

impl RowFormat {
    /// The format's streamed form; `None` for the table and JSON, which
    /// frame the whole output.
    pub fn of(format: Format) -> Option<RowFormat> {
        match format {
            Format::Jsonl => Some(RowFormat::Jsonl),
            Format::Csv => Some(RowFormat::Csv),
            Format::Tsv => Some(RowFormat::Tsv),
            Format::Table | Format::Json => None,
        }
    }
}

/// What comes before the first file's rows: the header line (CSV: with its
/// BOM); nothing for JSON Lines.
pub fn header(format: RowFormat) -> String {
    match format {
        RowFormat::Jsonl => String::new(),
        RowFormat::Csv => csv::header(true, false),
        RowFormat::Tsv => tsv::header(true, false),
    }
}

/// One file's rows, each led by `file`.
pub fn rows(format: RowFormat, file: &str, report: &Report) -> String {
    let doc = Doc::new(Some(file), report);
    let mut out = String::with_capacity(report.rows.len() * 400);
    match format {
        RowFormat::Jsonl => json::push_lines_with_file(&mut out, &doc),
        RowFormat::Csv => csv::push_rows(&mut out, &doc, true, false),
        RowFormat::Tsv => tsv::push_rows(&mut out, &doc, true, false),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::render_with;
    use crate::render::tests::{sample_report, two_docs};

    #[test]
    fn header_and_rows_make_the_whole_table() {
        let report = sample_report();
        let docs = two_docs(&report, ["a.txt", "=b.txt"]);
        for format in [Format::Csv, Format::Tsv] {
            let stream = RowFormat::of(format).unwrap();
            let mut out = header(stream);
            out.push_str(&rows(stream, "a.txt", &report));
            out.push_str(&rows(stream, "=b.txt", &report));
            assert_eq!(out, render_with(format, &docs, true), "{format}");
        }
    }

    #[test]
    fn jsonl_rows_lead_with_their_file() {
        let report = sample_report();
        let lines = rows(RowFormat::Jsonl, "甲/a.txt", &report);
        let plain = render_with(Format::Jsonl, &two_docs(&report, ["x", "y"])[..1], false);
        assert_eq!(lines.lines().count(), report.rows.len());
        for (line, plain) in lines.lines().zip(plain.lines()) {
            let rest = line.strip_prefix("{\"file\":\"甲/a.txt\",").unwrap();
            assert_eq!(rest, &plain[1..]);
        }
    }

    #[test]
    fn only_row_formats_stream() {
        assert_eq!(RowFormat::of(Format::Csv), Some(RowFormat::Csv));
        assert_eq!(RowFormat::of(Format::Table), None);
        assert_eq!(RowFormat::of(Format::Json), None);
    }
}
