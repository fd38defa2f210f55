//! The core wasm module's JSON for a [`Report`]: the bytes `serde_json`
//! writes for it (field order, camelCase keys, `None` as `null`, strings
//! escaped the same way, numbers shortest round-trip), without linking
//! serde_json, its float formatter and its error messages into the module
//! the page loads at once (about 3 KB gzip). Natively it also writes the
//! JSON Lines rows of the CLI and of `corpus` (`row_line`: under half the
//! instructions serde took for them); pretty JSON and the `export`
//! features keep serde_json. The tests here and in `render::json` hold
//! this writer to serde_json's bytes. Its numbers are `number_text`'s.

use std::fmt::Write;

use crate::model::{Kind, Level, Meta, Period, Qualifier, Row};
use crate::number_text::{float, integer};
use crate::render::cells::row_cells;
use crate::render::Words;
use crate::Report;

/// The report as JSON text, as `serde_json::to_string(report)` gives it
/// (the tests' name for `report_shown` without cells).
#[cfg(test)]
pub fn report(report: &Report) -> String {
    report_shown(report, None)
}

/// The report as JSON text; with `words`, each row also carries its shown
/// `cells` (value, change, qualifier: render/cells.rs) in that language,
/// so the page's first table needs neither a formatter of its own nor the
/// on-demand module.
pub fn report_shown(report: &Report, words: Option<&Words>) -> String {
    let mut out = String::with_capacity(512 + report.rows.len() * 512);
    out.push_str("{\"meta\":");
    meta(&mut out, &report.meta);
    out.push_str(",\"rows\":[");
    for (i, r) in report.rows.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        row(&mut out, r);
        if let Some(words) = words {
            cells(&mut out, r, words);
        }
        out.push('}');
    }
    out.push_str("],\"notes\":[");
    for (i, note) in report.notes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(&mut out, note);
    }
    out.push(']');
    if !report.parts.is_empty() {
        out.push_str(",\"parts\":[");
        for (i, m) in report.parts.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            meta(&mut out, m);
        }
        out.push(']');
    }
    out.push('}');
    out
}

fn meta(out: &mut String, m: &Meta) {
    key(out, "{\"title\":", m.title.as_deref());
    key(out, ",\"region\":", m.region.as_deref());
    key(out, ",\"level\":", m.level.map(Level::as_str));
    key(out, ",\"kind\":", m.kind.map(Kind::as_str));
    for (name, periods) in [
        (",\"reports\":[", &m.reports),
        (",\"targets\":[", &m.targets),
    ] {
        out.push_str(name);
        for (i, p) in periods.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, "\"{p}\"");
        }
        out.push(']');
    }
    out.push('}');
}

/// A row as serde_json writes it, without its closing brace (a caller may
/// add fields).
fn row(out: &mut String, r: &Row) {
    row_after(out, "{", r);
}

/// A row's fields after `open` (`{`, or the fields a caller wrote first and
/// a comma), as serde_json writes them, without the closing brace.
fn row_after(out: &mut String, open: &str, r: &Row) {
    out.push_str(open);
    key(out, "\"indicator\":", Some(&r.indicator));
    key(out, ",\"canonical\":", r.canonical.as_deref());
    flag(out, ",\"core\":", r.core);
    key(out, ",\"category\":", Some(r.category.as_str()));
    num(out, ",\"value\":", r.value);
    num(out, ",\"valueMax\":", r.value_max);
    key(out, ",\"unit\":", r.unit.as_deref());
    key(
        out,
        ",\"valueQualifier\":",
        r.value_qualifier.map(Qualifier::as_str),
    );
    flag(out, ",\"placeholder\":", r.placeholder);
    num(out, ",\"change\":", r.change);
    num(out, ",\"changeMax\":", r.change_max);
    key(out, ",\"changeUnit\":", r.change_unit.as_deref());
    key(
        out,
        ",\"changeQualifier\":",
        r.change_qualifier.map(Qualifier::as_str),
    );
    key(out, ",\"status\":", Some(r.status.as_str()));
    out.push_str(",\"period\":");
    match r.period {
        // Most rows are of a year: written without the formatter.
        Some(Period::Year(y)) if y >= 0 => {
            out.push('"');
            integer(out, y.unsigned_abs().into());
            out.push('"');
        }
        Some(p) => {
            let _ = write!(out, "\"{p}\"");
        }
        None => out.push_str("null"),
    }
    key(out, ",\"region\":", r.region.as_deref());
    key(out, ",\"evidence\":", Some(&r.evidence));
    out.push_str(",\"start\":");
    integer(out, r.start as u64);
    out.push_str(",\"end\":");
    integer(out, r.end as u64);
    if let Some(k) = r.report {
        out.push_str(",\"report\":");
        integer(out, k as u64);
    }
}

/// A JSON Lines line of a row, as `serde_json::to_string` writes it (and a
/// row led by a `file` field, as a struct flattening the row writes it).
pub(crate) fn row_line(out: &mut String, file: Option<&str>, r: &Row) {
    // The keys alone take 240 bytes.
    out.reserve(320 + r.indicator.len() + r.evidence.len());
    match file {
        Some(file) => {
            key(out, "{\"file\":", Some(file));
            row_after(out, ",", r);
        }
        None => row(out, r),
    }
    out.push_str("}\n");
}

/// `,"cells":[value, change, qualifier]`, as the page's table shows them.
fn cells(out: &mut String, r: &Row, words: &Words) {
    out.push_str(",\"cells\":");
    strings(out, &row_cells(r, [false; 2], words));
}

/// A JSON array of strings.
pub(crate) fn strings<S: AsRef<str>>(out: &mut String, items: &[S]) {
    out.push('[');
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        string(out, item.as_ref());
    }
    out.push(']');
}

/// `name` (the key with its punctuation) and a string or `null`.
fn key(out: &mut String, name: &str, value: Option<&str>) {
    out.push_str(name);
    match value {
        Some(s) => string(out, s),
        None => out.push_str("null"),
    }
}

fn flag(out: &mut String, name: &str, value: bool) {
    out.push_str(name);
    out.push_str(if value { "true" } else { "false" });
}

fn num(out: &mut String, name: &str, value: Option<f64>) {
    out.push_str(name);
    match value {
        Some(x) => float(out, x),
        None => out.push_str("null"),
    }
}

/// A JSON string as serde_json escapes it: `"` and `\`, and the control
/// characters (`\n`, `\t`… or `\u001f`); everything else as it is.
pub(crate) fn string(out: &mut String, s: &str) {
    out.push('"');
    // Natively most strings (names, evidence) are tested 16 bytes at a time
    // and copied whole; the core wasm keeps only the loop below (its size).
    #[cfg(not(target_arch = "wasm32"))]
    if !needs_escape(s.as_bytes()) {
        out.push_str(s);
        out.push('"');
        return;
    }
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // Only ASCII bytes get here: `i` is a char boundary.
        out.push_str(s.get(from..i).unwrap_or_default());
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(hex(b >> 4));
            out.push(hex(b & 0xf));
        } else {
            out.push_str(escape);
        }
        from = i + 1;
    }
    out.push_str(s.get(from..).unwrap_or_default());
    out.push('"');
}

/// True when a byte of `s` is escaped in a JSON string. Blocks of 16 are
/// tested whole, which the compiler turns into a few vector instructions.
#[cfg(not(target_arch = "wasm32"))]
fn needs_escape(s: &[u8]) -> bool {
    let escaped = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
    let blocks = s.chunks_exact(16);
    let rest = blocks.remainder();
    blocks
        .into_iter()
        .any(|block| block.iter().fold(false, |any, &b| any | escaped(b)))
        || rest.iter().any(|&b| escaped(b))
}

fn hex(n: u8) -> char {
    char::from(if n < 10 { b'0' + n } else { b'a' + n - 10 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    fn same_as_serde(r: &Report) {
        assert_eq!(report(r), serde_json::to_string(r).unwrap());
    }

    #[test]
    fn writes_every_field_shape_as_serde_json() {
        let full = Row {
            indicator: "地区生产总值\"引号\"\\反斜杠".into(),
            canonical: Some("地区生产总值".into()),
            core: true,
            category: crate::model::Category::Economy,
            value: Some(63.65),
            value_max: Some(70.0),
            unit: Some("亿元".into()),
            value_qualifier: Some(Qualifier::AtLeast),
            placeholder: true,
            change: Some(-2.6),
            change_max: Some(0.001),
            change_unit: Some("个百分点".into()),
            change_qualifier: Some(Qualifier::Approx),
            status: Status::Target,
            period: Some("2024Q1-Q3".parse().unwrap()),
            region: Some("鞍山市".into()),
            evidence: "换行\n回车\r制表\t\u{8}\u{c}\u{1}\u{1f}\u{7f}😀".into(),
            start: 0,
            end: 12_345_678_901,
            report: Some(3),
            rules: crate::model::Rules(5),
        };
        let empty = Row::default();
        let r = Report {
            meta: Meta {
                title: Some("2025年政府工作报告".into()),
                region: Some("某市".into()),
                level: Some(Level::City),
                kind: Some(Kind::WorkReport),
                reports: vec![Period::Year(2024), "2024H1".parse().unwrap()],
                targets: vec!["2021-2025".parse().unwrap()],
            },
            rows: vec![full, empty],
            notes: vec!["a \"note\"".into(), String::new()],
            parts: vec![Meta::default()],
        };
        same_as_serde(&r);
        same_as_serde(&Report::default());
    }

    #[test]
    fn writes_each_rows_cells_in_the_language_asked_for() {
        let report = Report {
            rows: vec![Row {
                value: Some(5.0),
                value_qualifier: Some(Qualifier::Approx),
                evidence: "增长5.0%".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let en = report_shown(&report, Some(&crate::render::words::EN));
        assert!(en.contains(r#","cells":["5.0","","about"]}"#), "{en}");
        let zh = report_shown(&report, Some(&crate::render::words::ZH));
        assert!(zh.contains(r#","cells":["5.0","","约"]}"#), "{zh}");
        same_as_serde(&report);
    }

    #[test]
    fn writes_every_level_kind_qualifier_and_status() {
        let levels = [
            Level::Nation,
            Level::Province,
            Level::City,
            Level::County,
            Level::District,
        ];
        let kinds = [
            Kind::WorkReport,
            Kind::PlanReport,
            Kind::News,
            Kind::Bulletin,
            Kind::Other,
        ];
        for (l, k) in levels.into_iter().zip(kinds) {
            let mut r = Report::default();
            r.meta.level = Some(l);
            r.meta.kind = Some(k);
            same_as_serde(&r);
        }
        let mut r = Report::default();
        for (q, s) in [
            (Qualifier::Approx, Status::Actual),
            (Qualifier::AtLeast, Status::Estimate),
            (Qualifier::AtMost, Status::Target),
        ] {
            r.rows.push(Row {
                value_qualifier: Some(q),
                change_qualifier: Some(q),
                status: s,
                ..Row::default()
            });
        }
        same_as_serde(&r);
    }

    /// Decimals as reports write them (never left to the host), each
    /// checked to take the short path.
    #[test]
    fn writes_parsed_samples_as_serde_json() {
        for entry in std::fs::read_dir("tests/data").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                same_as_serde(&crate::parse(&text));
            }
        }
    }
}
