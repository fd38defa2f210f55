//! The core wasm module's JSON for a [`Report`]: the bytes `serde_json`
//! writes for it (field order, camelCase keys, `None` as `null`, strings
//! escaped the same way, numbers shortest round-trip), without linking
//! serde_json, its float formatter and its error messages into the module
//! the page loads at once (about 3 KB gzip). Native builds and the `export`
//! features keep serde_json; the tests below hold this writer to its bytes.
//!
//! A number from 0.00001 to 10¹⁶ (every value a report writes) is written
//! here as serde_json does (`5.0`, `63.65`, `0.001`). One outside that
//! range, where serde_json switches to an exponent, is written by the host:
//! JavaScript's `Number#toString` in the browser (`1e+21` where serde_json
//! writes `1e21`: the same number once parsed), serde_json natively.

use std::fmt::Write;

use crate::model::{Kind, Level, Meta, Qualifier, Row};
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

fn row(out: &mut String, r: &Row) {
    key(out, "{\"indicator\":", Some(&r.indicator));
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
    match &r.period {
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

fn hex(n: u8) -> char {
    char::from(if n < 10 { b'0' + n } else { b'a' + n - 10 })
}

fn integer(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// A finite number as serde_json writes it (`5.0`, `63.65`, `1e21`): also
/// what [`crate::render::format_number`] starts from, so the page's cells
/// need no float formatter of their own in the core module.
pub(crate) fn number_text(x: f64) -> String {
    let mut out = String::new();
    float(&mut out, x);
    out
}

/// A number as serde_json writes it; not finite: `null`, as serde_json.
fn float(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str("null");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if !fixed(out, x.abs()) {
        out.push_str(&host_number(x.abs()));
    }
}

/// 2⁵³: integers below it are exact in an f64.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// `x` (positive) from 0.00001 to 10¹⁶ with the fewest digits that read back
/// as `x`, in serde_json's fixed notation (`5.0`, `0.25`); false when `x`
/// is outside that range or needs an exponent.
///
/// With `p` decimals, `r = round(x·10ᵖ)` is the closest candidate, and
/// `r / 10ᵖ == x` (both exact below 2⁵³ and 10²², so the division rounds
/// once, as reading the decimal does) proves `r·10⁻ᵖ` reads back as `x`.
fn fixed(out: &mut String, x: f64) -> bool {
    if x == 0.0 {
        out.push_str("0.0");
        return true;
    }
    if !(1e-5..1e16).contains(&x) {
        return false;
    }
    if x.fract() == 0.0 {
        integer(out, x as u64);
        out.push_str(".0");
        return true;
    }
    let mut scale = 1.0;
    for decimals in 1..=17 {
        scale *= 10.0;
        let r = (x * scale).round();
        if r >= EXACT {
            return false;
        }
        if r / scale == x {
            let mut digits = String::new();
            integer(&mut digits, r as u64);
            let whole = digits.len().saturating_sub(decimals);
            if whole == 0 {
                out.push('0');
            }
            out.push_str(digits.get(..whole).unwrap_or_default());
            out.push('.');
            for _ in digits.len()..decimals {
                out.push('0');
            }
            out.push_str(digits.get(whole..).unwrap_or_default());
            return true;
        }
    }
    false
}

/// A number outside the fixed range, written by the host (see the module doc).
#[cfg(target_arch = "wasm32")]
fn host_number(x: f64) -> String {
    js_sys::Number::from(x)
        .to_string_with_radix(10)
        .map_or_else(|_| "null".to_string(), String::from)
}

#[cfg(not(target_arch = "wasm32"))]
fn host_number(x: f64) -> String {
    serde_json::to_string(&x).unwrap_or_else(|_| "null".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::Period;

    fn same_as_serde(r: &Report) {
        assert_eq!(report(r), serde_json::to_string(r).unwrap());
    }

    fn fixed_text(x: f64) -> Option<String> {
        let mut s = String::new();
        fixed(&mut s, x).then_some(s)
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
    fn report_decimals() -> Vec<f64> {
        let mut values = Vec::new();
        for i in 0..20_000u32 {
            let n = i * 7919 % 100_003;
            for text in [
                format!("{}.{:02}", i / 100, i % 100),
                format!("{i}.{}", i % 7),
                format!("0.{i:05}"),
                format!("{}.{:03}", n / 1000, n % 1000),
                format!("{n}{i}.{}", i % 10),
            ] {
                let x: f64 = text.parse().unwrap();
                let text = fixed_text(x).unwrap_or_else(|| panic!("{x:e}"));
                assert_eq!(text, serde_json::to_string(&x).unwrap());
                values.push(x);
            }
        }
        values
    }

    #[test]
    fn writes_numbers_as_serde_json() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            5.0,
            5.2,
            -2.6,
            63.65,
            0.1,
            0.2,
            0.3,
            1.0 / 3.0,
            2.0 / 3.0,
            0.00001,
            0.000012345,
            0.00009999,
            123_456_789.125,
            1_349_084.0,
            9_999_999_999_999_998.0,
            9_007_199_254_740_991.0,
            4_503_599_627_370_495.5,
            f64::EPSILON,
            1e-6,
            1e16,
            1e21,
            1.5e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        values.extend(report_decimals());
        // And a spread of arbitrary doubles.
        let mut bits: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            values.push(f64::from_bits(bits));
        }
        for x in values {
            let mut ours = String::new();
            float(&mut ours, x);
            let theirs = serde_json::to_string(&x).unwrap();
            assert_eq!(ours, theirs, "{x:e}");
        }
    }

    #[test]
    fn writes_reports_decimals_itself() {
        assert_eq!(fixed_text(63.65).as_deref(), Some("63.65"));
        assert_eq!(fixed_text(5.0).as_deref(), Some("5.0"));
        assert_eq!(fixed_text(0.001).as_deref(), Some("0.001"));
        assert_eq!(fixed_text(1e16), None);
        assert_eq!(fixed_text(1e-6), None);
    }

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
