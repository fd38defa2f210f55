//! JSON Lines (one row per line, what `eval/score.py` reads) and pretty JSON
//! (`{meta, rows, notes}`; several documents: an array of
//! `{file, meta, rows, notes}`).

use super::{Doc, RowMarks};
use crate::model::{Meta, Report, Row};
use serde::Serialize;

/// One row per line, the documents' rows concatenated.
pub fn render_lines(docs: &[Doc]) -> String {
    let mut out = String::new();
    for doc in docs {
        for i in 0..doc.report.rows.len() {
            push_row_line(&mut out, doc, i);
        }
    }
    out
}

/// The document's row `i` as a line of JSON Lines, its line end included.
/// A row without marks is written by `json_out` (serde_json's bytes, held
/// to them by its tests), in under half the instructions serde takes.
pub(crate) fn push_row_line(out: &mut String, doc: &Doc, i: usize) {
    let row = &doc.report.rows[i];
    match doc.marks.get(i).filter(|m| !m.is_empty()) {
        Some(marks) => {
            out.push_str(&to_json(&MarkedRow { row, marks }, false));
            out.push('\n');
        }
        None => crate::json_out::row_line(out, None, row),
    }
}

/// A document's rows, one per line, each led by a `file` field with the
/// document's name (`zhibiao corpus -f jsonl`).
pub fn push_lines_with_file(out: &mut String, doc: &Doc) {
    let file = doc.name.unwrap_or("-");
    for row in &doc.report.rows {
        crate::json_out::row_line(out, Some(file), row);
    }
}

/// A row with the file it came from, as serde writes it (what
/// `push_lines_with_file` is held to).
#[cfg(test)]
#[derive(Serialize)]
struct FileRow<'a> {
    file: &'a str,
    #[serde(flatten)]
    row: &'a Row,
}

/// A row with what a person added to it (`edited`, `checked`, `also`).
#[derive(Serialize)]
struct MarkedRow<'a> {
    #[serde(flatten)]
    row: &'a Row,
    #[serde(flatten)]
    marks: &'a RowMarks,
}

static NO_MARKS: RowMarks = RowMarks {
    edited: Vec::new(),
    checked: false,
    also: Vec::new(),
};

/// A report whose rows carry marks; serialised as [`Report`] is.
#[derive(Serialize)]
struct MarkedReport<'a> {
    meta: &'a Meta,
    rows: Vec<MarkedRow<'a>>,
    notes: &'a [String],
}

/// The report of `doc` as JSON: its marks written only when it has some, so
/// the parser's own output keeps its bytes.
#[derive(Serialize)]
#[serde(untagged)]
enum DocJson<'a> {
    Plain(&'a Report),
    Marked(MarkedReport<'a>),
}

impl<'a> DocJson<'a> {
    fn of(doc: &Doc<'a>) -> DocJson<'a> {
        let report = doc.report;
        if doc.marks.iter().all(RowMarks::is_empty) {
            return DocJson::Plain(report);
        }
        let rows = report
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| MarkedRow {
                row,
                marks: doc.marks.get(i).unwrap_or(&NO_MARKS),
            })
            .collect();
        DocJson::Marked(MarkedReport {
            meta: &report.meta,
            rows,
            notes: &report.notes,
        })
    }
}

/// A document with the file it came from, for multi-file JSON.
#[derive(Serialize)]
struct FileReport<'a> {
    file: Option<&'a str>,
    #[serde(flatten)]
    report: DocJson<'a>,
}

/// Pretty JSON: one report object, or an array of them with their files.
pub fn render(docs: &[Doc], labelled: bool) -> String {
    let mut out = match docs {
        [one] if !labelled => to_json(&DocJson::of(one), true),
        _ => {
            let files: Vec<FileReport> = docs
                .iter()
                .map(|d| FileReport {
                    file: d.name,
                    report: DocJson::of(d),
                })
                .collect();
            to_json(&files, true)
        }
    };
    out.push('\n');
    out
}

#[cfg(not(target_arch = "wasm32"))]
/// The document's pretty JSON, as [`render`] writes it alone (`element`
/// false) or as an element of the array of several (before its indent),
/// cut where its rows go: what comes before the first row and what comes
/// after the last, so rows can be written between as they are found.
pub(crate) fn split_at_rows(doc: &Doc, element: bool) -> (String, String) {
    let report = doc.report;
    let rowless = Report {
        meta: report.meta.clone(),
        rows: Vec::new(),
        notes: report.notes.clone(),
        parts: report.parts.clone(),
    };
    let json = if element {
        to_json(
            &FileReport {
                file: doc.name,
                report: DocJson::Plain(&rowless),
            },
            true,
        )
    } else {
        to_json(&rowless, true)
    };
    // A key's closing quote is never escaped, so this is the rows' key and
    // not a string's inside.
    const ROWS: &str = "\"rows\": [";
    let at = json.find(ROWS).map_or(json.len(), |k| k + ROWS.len());
    let (head, tail) = json.split_at(at);
    (head.to_string(), tail.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
/// A row as pretty JSON, indented as an element of a report's rows.
pub(crate) fn pretty_row(row: &Row) -> String {
    to_json(row, true).replace('\n', "\n    ")
}

/// The model holds only strings, numbers, bools and options, which always
/// serialise; a failure would be a bug, shown rather than panicking.
fn to_json<T: Serialize + ?Sized>(value: &T, pretty: bool) -> String {
    let result = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    result.unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{sample_report, two_docs};
    use crate::render::{render_report, Format};
    use serde_json::Value;

    #[test]
    fn lines_are_serdes_bytes_with_and_without_a_file() {
        for entry in std::fs::read_dir("tests/data").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let report = crate::parse(&std::fs::read_to_string(&path).unwrap());
            let doc = Doc::new(Some("a \"file\".txt"), &report);
            let (mut plain, mut filed) = (String::new(), String::new());
            for row in &report.rows {
                plain.push_str(&serde_json::to_string(row).unwrap());
                plain.push('\n');
                let file = "a \"file\".txt";
                filed.push_str(&serde_json::to_string(&FileRow { file, row }).unwrap());
                filed.push('\n');
            }
            assert_eq!(render_lines(std::slice::from_ref(&doc)), plain);
            let mut out = String::new();
            push_lines_with_file(&mut out, &doc);
            assert_eq!(out, filed);
        }
    }

    #[test]
    fn jsonl_is_one_camel_case_row_per_line() {
        let out = render_report(Format::Jsonl, &sample_report());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        let row: Value = serde_json::from_str(lines[1]).unwrap();
        assert_eq!(row["value"], 22.0);
        assert_eq!(row["change"], -2.6);
        assert_eq!(row["changeUnit"], "个百分点");
        assert_eq!(row["valueQualifier"], "atLeast");
        assert_eq!(row["status"], "target");
        assert!(row.get("start").is_some() && row.get("end").is_some());
    }

    #[test]
    fn json_is_the_report_object() {
        let out = render_report(Format::Json, &sample_report());
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["meta"]["region"], "大连市西岗区");
        assert_eq!(v["meta"]["kind"], "plan-report");
        assert_eq!(v["rows"].as_array().unwrap().len(), 2);
        assert!(v["notes"].is_array());
        assert!(out.contains("\n  \"rows\""), "pretty-printed");
    }

    #[test]
    fn several_documents_are_an_array_with_files() {
        let report = sample_report();
        let docs = two_docs(&report, ["a.txt", "b.txt"]);
        let v: Value = serde_json::from_str(&render(&docs, true)).unwrap();
        assert_eq!(v[1]["file"], "b.txt");
        assert_eq!(v[1]["rows"][0]["indicator"], "地区生产总值");
        assert_eq!(render_lines(&docs).lines().count(), 4);
    }
}
