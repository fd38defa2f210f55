//! Output written as it is made, report by report and row by row, so a
//! report file of many megabytes never has its whole output held: the same
//! bytes as [`super::render_with`] gives for all the reports at once. The
//! table's columns are as wide as its widest cell: a report's table is
//! written at its end, having held its cells' text, not its rows.
//!
//! ```
//! use zhibiao::render::{render_with, write::ReportWriter, Doc, Format, RenderOptions};
//! let report = zhibiao::parse("地区生产总值增长5.2%。");
//! let mut writer = ReportWriter::new(Vec::new(), Format::Csv, true, RenderOptions::default()).unwrap();
//! writer.write(Some("a.txt"), &report).unwrap();
//! writer.write(Some("b.txt"), &report).unwrap();
//! let docs = [Doc::new(Some("a.txt"), &report), Doc::new(Some("b.txt"), &report)];
//! assert_eq!(writer.finish().unwrap(), render_with(Format::Csv, &docs, true).into_bytes());
//! ```

use super::table::Table;
use super::{csv, json, tsv, units, Doc, Format, RenderOptions};
use crate::model::Report;
use std::io::{self, Write};

/// Spreadsheet rows are gathered up to this many bytes between writes.
const CHUNK: usize = 1 << 16;

/// Writes reports (the parser's own, without marks) one after another.
#[derive(Debug)]
pub struct ReportWriter<W: Write> {
    out: W,
    format: Format,
    /// As [`super::render_with`]'s `labelled`; unlabelled takes one report.
    labelled: bool,
    options: RenderOptions,
    written: usize,
    /// A report's head is written and its end is not.
    open: bool,
    /// The rows of the open report written so far, for JSON's commas.
    rows_written: usize,
    /// The open report's table, for the table format.
    table: Option<Table>,
}

impl<W: Write> ReportWriter<W> {
    /// A writer of `format` to `out` (every format has one).
    pub fn new(out: W, format: Format, labelled: bool, options: RenderOptions) -> Option<Self> {
        Some(ReportWriter {
            out,
            format,
            labelled,
            options,
            written: 0,
            open: false,
            rows_written: 0,
            table: None,
        })
    }

    /// Writes one report, named `name` (its file).
    pub fn write(&mut self, name: Option<&str>, report: &Report) -> io::Result<()> {
        self.write_rows(name, report)?;
        self.end_report(name, report)
    }

    /// Writes a batch of a report's rows, the report's head first when the
    /// batch is its first ([`crate::Parser::parse_in_batches`]); the
    /// report's other fields are the whole report's.
    pub fn write_rows(&mut self, name: Option<&str>, batch: &Report) -> io::Result<()> {
        let converted;
        let batch = if self.options.units.is_none() {
            batch
        } else {
            converted = units::convert_report(batch, &self.options.units);
            &converted
        };
        let doc = Doc::new(name, batch);
        if !self.open {
            self.open = true;
            self.written += 1;
            self.head(&doc)?;
        }
        match self.format {
            Format::Jsonl => self.write_lines(&doc),
            Format::Json => self.json_rows(&doc),
            Format::Table => {
                let table = self.table.get_or_insert_with(Table::default);
                table.push_rows(&doc.report.rows);
                Ok(())
            }
            _ => self.write_spreadsheet(&doc),
        }
    }

    /// Ends the report whose rows were written (its notes, for JSON).
    pub fn end_report(&mut self, name: Option<&str>, report: &Report) -> io::Result<()> {
        if !self.open {
            let rowless = Report {
                rows: Vec::new(),
                ..report.clone()
            };
            self.write_rows(name, &rowless)?;
        }
        self.open = false;
        if self.format == Format::Table {
            return self.write_table(name, report);
        }
        if self.format != Format::Json {
            return Ok(());
        }
        let (_, tail) = json::split_at_rows(&Doc::new(name, report), self.labelled);
        let close = if self.rows_written > 0 { "\n  " } else { "" };
        self.rows_written = 0;
        let end = if self.labelled { "" } else { "\n" };
        self.json_out(&format!("{close}{tail}"))?;
        self.out.write_all(end.as_bytes())
    }

    /// What comes before a report's first row: the spreadsheet's header at
    /// the first report, a JSON report's fields before its rows.
    fn head(&mut self, doc: &Doc) -> io::Result<()> {
        let first = self.written == 1;
        match self.format {
            Format::Csv if first => self
                .out
                .write_all(csv::header(self.labelled, false).as_bytes()),
            Format::Tsv if first => self
                .out
                .write_all(tsv::header(self.labelled, false).as_bytes()),
            Format::Json => {
                if self.labelled {
                    self.out
                        .write_all(if first { b"[\n  " } else { b",\n  " })?;
                }
                let (head, _) = json::split_at_rows(doc, self.labelled);
                self.json_out(&head)
            }
            _ => Ok(()),
        }
    }

    fn json_rows(&mut self, doc: &Doc) -> io::Result<()> {
        for row in &doc.report.rows {
            let lead = if self.rows_written == 0 {
                "\n    "
            } else {
                ",\n    "
            };
            self.rows_written += 1;
            self.json_out(&format!("{lead}{}", json::pretty_row(row)))?;
        }
        Ok(())
    }

    /// Writes a piece of a JSON report, a step further in when it is an
    /// element of the array of several.
    fn json_out(&mut self, piece: &str) -> io::Result<()> {
        let piece = if self.labelled {
            piece.replace('\n', "\n  ")
        } else {
            piece.to_string()
        };
        self.out.write_all(piece.as_bytes())
    }

    /// Ends the output (what follows the last report); gives the writer,
    /// flushed.
    pub fn finish(mut self) -> io::Result<W> {
        if self.written == 0 && self.format != Format::Jsonl {
            // What the format writes for no report at all.
            let none = super::render_with(self.format, &[], self.labelled);
            self.out.write_all(none.as_bytes())?;
        } else if self.format == Format::Json && self.labelled {
            self.out.write_all(b"\n]\n")?;
        }
        self.out.flush()?;
        Ok(self.out)
    }

    /// Writes the open report's table, its rows gathered batch by batch.
    fn write_table(&mut self, name: Option<&str>, report: &Report) -> io::Result<()> {
        let table = self.table.take().unwrap_or_default();
        let mut block = String::new();
        let name = self.labelled.then(|| name.unwrap_or("-"));
        table.finish(&mut block, self.written - 1, name, report);
        self.out.write_all(block.as_bytes())
    }

    fn write_lines(&mut self, doc: &Doc) -> io::Result<()> {
        // Written in pieces of about 64 KB: a batch's lines are never held
        // whole, and the piece's buffer never grows.
        const PIECE: usize = 1 << 16;
        let mut chunk = String::with_capacity(PIECE + 4096);
        for i in 0..doc.report.rows.len() {
            json::push_row_line(&mut chunk, doc, i);
            if chunk.len() >= PIECE {
                self.out.write_all(chunk.as_bytes())?;
                chunk.clear();
            }
        }
        self.out.write_all(chunk.as_bytes())
    }

    fn write_spreadsheet(&mut self, doc: &Doc) -> io::Result<()> {
        let csv = self.format == Format::Csv;
        let mut chunk = String::new();
        for i in 0..doc.report.rows.len() {
            if csv {
                csv::push_row(&mut chunk, doc, i, self.labelled, false);
            } else {
                tsv::push_row(&mut chunk, doc, i, self.labelled, false);
            }
            if chunk.len() >= CHUNK {
                self.out.write_all(chunk.as_bytes())?;
                chunk.clear();
            }
        }
        self.out.write_all(chunk.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::render_with;
    use crate::render::tests::sample_report;
    use crate::render::units::Target;

    fn written(format: Format, names: &[&str], labelled: bool, options: RenderOptions) -> String {
        let report = sample_report();
        let mut writer = ReportWriter::new(Vec::new(), format, labelled, options).unwrap();
        for name in names {
            writer.write(Some(name), &report).unwrap();
        }
        String::from_utf8(writer.finish().unwrap()).unwrap()
    }

    fn rendered(format: Format, names: &[&str], labelled: bool, options: RenderOptions) -> String {
        let report = sample_report();
        let docs: Vec<Doc> = names.iter().map(|n| Doc::new(Some(n), &report)).collect();
        super::super::render_with_options(format, &docs, labelled, &options)
    }

    #[test]
    fn writes_what_render_gives_for_every_format() {
        let mut money = RenderOptions::default();
        money.units.money = "万元".parse::<Target>().ok();
        for format in [
            Format::Jsonl,
            Format::Json,
            Format::Csv,
            Format::Tsv,
            Format::Table,
        ] {
            for options in [RenderOptions::default(), money] {
                let one = ["a.txt"];
                assert_eq!(
                    written(format, &one, false, options),
                    rendered(format, &one, false, options)
                );
                for names in [&[][..], &one, &["a.txt", "=b.txt", "c\"d.txt"]] {
                    let (w, r) = (
                        written(format, names, true, options),
                        rendered(format, names, true, options),
                    );
                    assert_eq!(w, r, "{format} {names:?}");
                }
            }
        }
    }

    #[test]
    fn a_table_written_batch_by_batch_is_the_rendered_table() {
        let report = sample_report();
        let mut writer =
            ReportWriter::new(Vec::new(), Format::Table, true, RenderOptions::default()).unwrap();
        for name in ["a.txt", "b.txt"] {
            for row in &report.rows {
                let batch = Report {
                    rows: vec![row.clone()],
                    ..report.clone()
                };
                writer.write_rows(Some(name), &batch).unwrap();
            }
            writer.end_report(Some(name), &report).unwrap();
        }
        let docs = [
            Doc::new(Some("a.txt"), &report),
            Doc::new(Some("b.txt"), &report),
        ];
        let written = String::from_utf8(writer.finish().unwrap()).unwrap();
        assert_eq!(written, render_with(Format::Table, &docs, true));
        assert_eq!(render_with(Format::Jsonl, &[], true), "");
    }
}
