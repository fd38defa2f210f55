use super::*;
use crate::model::{Category, Meta};

/// A report with rows that exercise every renderer's corner cases.
pub fn sample_report() -> Report {
    Report {
        meta: Meta {
            title: Some("关于2024年上半年计划执行情况的报告".into()),
            region: Some("大连市西岗区".into()),
            level: Some(Level::District),
            kind: Some(Kind::PlanReport),
            reports: vec!["2024H1".parse().unwrap()],
            targets: vec!["2024H2".parse().unwrap()],
        },
        rows: vec![
            Row {
                indicator: "地区生产总值".into(),
                canonical: Some("地区生产总值".into()),
                core: true,
                category: Category::Economy,
                value: Some(63.65),
                unit: Some("亿元".into()),
                change: Some(5.2),
                change_unit: Some("%".into()),
                status: Status::Actual,
                period: "2024H1".parse().ok(),
                region: Some("大连市西岗区".into()),
                evidence: "地区生产总值完成63.65亿元，同比增长5.2%".into(),
                start: 10,
                end: 34,
                ..Default::default()
            },
            Row {
                indicator: "=HYPERLINK(\"x\")".into(),
                category: Category::Other,
                value: Some(22.0),
                unit: Some("个".into()),
                value_qualifier: Some(Qualifier::AtLeast),
                change: Some(-2.6),
                change_unit: Some("个百分点".into()),
                change_qualifier: Some(Qualifier::Approx),
                status: Status::Target,
                evidence: "项目22个以上,\n下降2.6个百分点左右\t".into(),
                start: 40,
                end: 60,
                ..Default::default()
            },
        ],
        notes: vec![],
        parts: vec![],
    }
}

/// Two documents of the one `report`, named `names` (several-file output).
pub fn two_docs<'a>(report: &'a Report, names: [&'a str; 2]) -> [Doc<'a>; 2] {
    names.map(|name| Doc::new(Some(name), report))
}

#[test]
fn parses_format_names() {
    assert_eq!("CSV".parse::<Format>(), Ok(Format::Csv));
    assert_eq!("table".parse::<Format>(), Ok(Format::Table));
    assert!("xlsx".parse::<Format>().is_err());
}

#[test]
fn numbers_have_no_trailing_zero() {
    assert_eq!(format_number(22.0), "22");
    assert_eq!(format_number(63.65), "63.65");
    assert_eq!(format_number(-2.6), "-2.6");
    assert_eq!(format_number(-0.0), "0");
    assert_eq!(format_number(1e21), "1000000000000000000000");
    for n in [
        0.1 + 0.2,
        1e-7,
        -2.5e-8,
        1.5e22,
        123456789.125,
        1349084.0,
        5.0,
        0.05,
        f64::MAX,
        f64::MIN_POSITIVE,
        -63.65,
    ] {
        assert_eq!(format_number(n), format!("{n}"), "{n:e}");
    }
}

#[test]
fn text_cells_that_look_like_formulas_are_neutralised() {
    for s in ["=1+1", "+86", "-x", "@SUM", "\tx", "\rx"] {
        assert_eq!(Cell::text(s).safe_text(), format!("'{s}"));
    }
    assert_eq!(Cell::text("增长-2").safe_text(), "增长-2");
    assert_eq!(Cell::number(Some(-2.6)).safe_text(), "-2.6");
}

#[test]
fn cells_cover_every_header() {
    let report = sample_report();
    let cells = row_cells(&report.rows[1]);
    assert_eq!(cells.len(), HEADERS.len());
    assert_eq!(cells[7], Cell::text("以上"));
    assert_eq!(cells[11], Cell::text("约"));
    assert_eq!(cells[12], Cell::text("目标"));
}

#[test]
fn placeholder_value_is_shown_as_xx() {
    let row = Row {
        placeholder: true,
        unit: Some("亿元".into()),
        ..Default::default()
    };
    assert_eq!(row_cells(&row)[4], Cell::text("XX"));
}

fn marked() -> Vec<RowMarks> {
    vec![
        RowMarks {
            edited: vec!["value".into(), "unit".into()],
            checked: true,
            also: vec![Mention {
                evidence: "地区生产总值63.65亿元".into(),
                start: 80,
                end: 93,
            }],
        },
        RowMarks::default(),
    ]
}

fn marked_doc<'a>(report: &'a Report, marks: &'a [RowMarks]) -> Doc<'a> {
    Doc {
        marks,
        ..Doc::new(None, report)
    }
}

#[test]
fn marks_add_two_columns_and_fold_evidences() {
    let (report, marks) = (sample_report(), marked());
    let doc = marked_doc(&report, &marks);
    let csv = render_with(Format::Csv, &[doc], false);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(
        lines[0].ends_with(",依据,起,止,已修改,已核对"),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("地区生产总值,地区生产总值,大连市西岗区,是,63.65,"));
    assert!(lines[1].ends_with(
        ",\"地区生产总值完成63.65亿元，同比增长5.2%\n地区生产总值63.65亿元\",10,34,数值、单位,是"
    ));
    let tsv = render_with(Format::Tsv, &[doc], false);
    let second = tsv.lines().nth(2).unwrap();
    assert!(second.ends_with("\t40\t60\t\t"), "{second}");
    assert_eq!(second.split('\t').count(), HEADERS.len() + 2);
    // Marks that only fold add no column.
    let folded = [RowMarks {
        also: marks[0].also.clone(),
        ..Default::default()
    }];
    let doc = Doc {
        marks: &folded,
        ..doc
    };
    assert!(render_with(Format::Tsv, &[doc], false).starts_with(&HEADERS.join("\t")));
    assert!(!render_with(Format::Tsv, &[doc], false).contains("已修改"));
}

#[test]
fn json_rows_carry_their_marks_only_when_set() {
    let (report, marks) = (sample_report(), marked());
    let doc = marked_doc(&report, &marks);
    let json: serde_json::Value =
        serde_json::from_str(&render_with(Format::Json, &[doc], false)).unwrap();
    assert_eq!(
        json["rows"][0]["edited"],
        serde_json::json!(["value", "unit"])
    );
    assert_eq!(json["rows"][0]["checked"], true);
    assert_eq!(json["rows"][0]["also"][0]["start"], 80);
    assert_eq!(json["rows"][0]["indicator"], "地区生产总值");
    assert!(json["rows"][1].get("edited").is_none());
    assert!(json["rows"][1].get("checked").is_none());
    let lines = render_with(Format::Jsonl, &[doc], false);
    assert!(lines.lines().next().unwrap().ends_with(
        r#""checked":true,"also":[{"evidence":"地区生产总值63.65亿元","start":80,"end":93}]}"#
    ));
}

#[test]
fn without_marks_or_units_the_bytes_do_not_change() {
    let report = sample_report();
    let none = vec![RowMarks::default(); 2];
    for format in Format::ALL {
        let plain = render_report(format, &report);
        let doc = Doc {
            marks: &none,
            ..Doc::new(None, &report)
        };
        let options = RenderOptions::default();
        assert_eq!(render_with_options(format, &[doc], false, &options), plain);
    }
}

#[test]
fn units_apply_to_every_format_and_keep_the_evidence() {
    let report = sample_report();
    let options = RenderOptions {
        units: Units {
            money: "万元".parse().ok(),
            people: None,
        },
    };
    let doc = Doc::new(None, &report);
    let csv = render_with_options(Format::Csv, &[doc], false, &options);
    assert!(csv.contains("\r\n地区生产总值,地区生产总值,大连市西岗区,是,636500,,万元,,5.2,,%,,实际,2024H1,经济,地区生产总值完成63.65亿元，"));
    let json = render_with_options(Format::Json, &[doc], false, &options);
    assert!(json.contains("\"value\": 636500.0,"), "{json}");
    let table = render_with_options(Format::Table, &[doc], false, &options);
    assert!(table.contains("636500万元"));
}
