//! Panels of short made-up reports.

use super::*;
use crate::parse;

const CITY_2024: &str = "漯河市2024年政府工作报告
——2024年1月10日在漯河市第十届人民代表大会第三次会议上

一、2023年工作回顾
过去一年，全市地区生产总值完成2875.4亿元，同比增长5.8%；一般公共预算收入增长6.1%。

二、2024年主要目标
今年全市发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%以上，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。
";

const CITY_2025: &str = "漯河市2025年政府工作报告
——2025年1月12日在漯河市第十届人民代表大会第四次会议上

一、2024年工作回顾
过去一年，全市地区生产总值达到3030.2亿元，增长5.9%；一般公共预算收入增长5.2%；城镇调查失业率5.1%；居民消费价格上涨0.2%。

二、2025年主要目标
今年全市发展的主要预期目标是：经济增长5.5%左右，一般公共预算收入增长5%。
";

fn province(name: &str, growth: &str) -> String {
    format!(
        "{name}2026年政府工作报告\n\n一、2025年工作回顾\n过去一年，全省地区生产总值增长5.1%。\n\n\
         二、2026年主要目标\n今年主要预期目标是：地区生产总值增长{growth}，城镇调查失业率5.5%以内。\n"
    )
}

fn cell<'a>(p: &'a Panel, region: &str, canonical: &str, period: &str) -> &'a Cell {
    p.cells
        .iter()
        .find(|c| {
            c.region.as_deref() == Some(region)
                && c.canonical == canonical
                && c.period.is_some_and(|p| p == period)
        })
        .unwrap_or_else(|| panic!("no cell {region}/{canonical}/{period} in {:#?}", p.cells))
}

#[test]
fn a_year_s_target_meets_next_year_s_result() {
    let a = parse(CITY_2024);
    let b = parse(CITY_2025);
    let p = build(&[Source::new("2024.txt", &a), Source::new("2025.txt", &b)]);
    let gdp: Vec<&Cell> = p
        .cells
        .iter()
        .filter(|c| c.canonical == "地区生产总值" && c.period.is_some_and(|p| p == "2024"))
        .collect();
    assert_eq!(gdp.len(), 1, "one 地区生产总值/2024 line");
    let gdp = gdp[0];
    assert_eq!(gdp.region.as_deref(), Some("漯河市"));
    let target = gdp.target.as_ref().unwrap();
    assert_eq!((target.change, target.report), (Some(6.0), 0));
    assert_eq!(target.change_qualifier, Some(Qualifier::Approx));
    let actual = gdp.actual.as_ref().unwrap();
    assert_eq!(actual.report, 1);
    // The level and the growth rate: two numbers of one entry.
    assert_eq!(actual.value, Some(3030.2));
    assert_eq!(actual.unit.as_deref(), Some("亿元"));
    assert_eq!(actual.change, Some(5.9));
    assert_eq!(gdp.result, Some(Status::Actual));
    assert_eq!(gdp.gap, Some(-0.1));
    assert_eq!(gdp.met, Some(Met::About));
    // Evidence points into the report it came from.
    let chars: Vec<char> = CITY_2025.chars().collect();
    let ev: String = chars[actual.start..actual.end].iter().collect();
    assert_eq!(ev, actual.evidence);
    assert!(ev.contains("5.9%"));

    let revenue = cell(&p, "漯河市", "一般公共预算收入", "2024");
    assert_eq!(revenue.met, Some(Met::Yes)); // 5%以上 by 5.2
    let unemployment = cell(&p, "漯河市", "城镇调查失业率", "2024");
    assert_eq!(unemployment.met, Some(Met::Yes)); // 5.5%以内 by 5.1
    assert_eq!(unemployment.gap, Some(-0.4));
    // 2023 (results only) and 2025 (targets only) keep their lines.
    assert!(cell(&p, "漯河市", "地区生产总值", "2023").target.is_none());
    // 经济增长5.5%左右 is the 地区生产总值 target (the standard names).
    let next = cell(&p, "漯河市", "地区生产总值", "2025");
    assert!(next.actual.is_none());
    assert_eq!(next.target.as_ref().unwrap().change, Some(5.5));
    // Periods in time order within an indicator.
    let order: Vec<String> = p
        .cells
        .iter()
        .filter(|c| c.canonical == "地区生产总值")
        .filter_map(|c| c.period.map(|p| p.to_string()))
        .collect();
    assert_eq!(order, ["2023", "2024", "2025"]);
}

#[test]
fn three_provinces_give_three_regions_targets() {
    let texts = [
        province("甘肃省", "5.5%左右"),
        province("青海省", "5%以上"),
        province("贵州省", "5%-5.5%"),
    ];
    let reports: Vec<Report> = texts.iter().map(|t| parse(t)).collect();
    let sources: Vec<Source> = reports
        .iter()
        .zip(["a", "b", "c"])
        .map(|(r, f)| Source::new(f, r))
        .collect();
    let p = build(&sources);
    for (region, growth) in [("甘肃省", 5.5), ("青海省", 5.0), ("贵州省", 5.0)] {
        let lines: Vec<&Cell> = p
            .cells
            .iter()
            .filter(|c| {
                c.region.as_deref() == Some(region)
                    && c.canonical == "地区生产总值"
                    && c.period.is_some_and(|p| p == "2026")
            })
            .collect();
        assert_eq!(lines.len(), 1, "{region}");
        assert_eq!(lines[0].target.as_ref().unwrap().change, Some(growth));
        assert!(lines[0].actual.is_none() && lines[0].met.is_none());
    }
    assert_eq!(
        cell(&p, "贵州省", "地区生产总值", "2026")
            .target
            .as_ref()
            .unwrap()
            .change_max,
        Some(5.5)
    );
    // Regions in input order.
    assert_eq!(
        regions(&p.cells),
        [
            Some("甘肃省".into()),
            Some("青海省".into()),
            Some("贵州省".into())
        ]
    );
    // The wide layout: one table per period, indicator × region.
    let wide = render::wide(&p);
    let w2026 = wide.iter().find(|w| w.name == "宽表 2026").unwrap();
    assert_eq!(w2026.headers[1], "甘肃省 目标");
    assert_eq!(w2026.rows[0][0], "地区生产总值");
    assert_eq!(w2026.rows[0][1], "约+5.5%");
    assert_eq!(w2026.rows[0][3], "+5%以上");
}

fn row(status: Status, value: Option<f64>, change: Option<f64>, at: usize) -> Row {
    Row {
        indicator: "地区生产总值".into(),
        canonical: Some("地区生产总值".into()),
        core: true,
        category: Category::Economy,
        value,
        unit: value.map(|_| "亿元".into()),
        change,
        change_unit: change.map(|_| "%".into()),
        status,
        period: Some(crate::model::Period::Year(2024)),
        evidence: format!("e{at}"),
        start: at,
        end: at + 2,
        ..Default::default()
    }
}

fn report(region: &str, rows: Vec<Row>) -> Report {
    Report {
        meta: Meta {
            region: Some(region.into()),
            ..Default::default()
        },
        rows,
        notes: vec![],
        parts: vec![],
    }
}

#[test]
fn mentions_merge_unless_they_conflict() {
    let r = report(
        "甲市",
        vec![
            row(Status::Actual, None, Some(5.9), 0),
            row(Status::Actual, Some(3030.2), None, 10),
            // The same growth again: merged, no conflict.
            row(Status::Actual, None, Some(5.9), 20),
            // A different growth: the first wins, this one is listed.
            row(Status::Actual, None, Some(6.3), 30),
            row(Status::Actual, Some(3100.0), None, 40),
        ],
    );
    let p = build(&[Source::new("a", &r)]);
    assert_eq!(p.cells.len(), 1);
    let a = p.cells[0].actual.as_ref().unwrap();
    assert_eq!((a.value, a.change), (Some(3030.2), Some(5.9)));
    assert_eq!((a.start, a.evidence.as_str()), (0, "e0"));
    assert_eq!(a.also.len(), 2);
    assert_eq!(a.others.len(), 2);
    assert_eq!(a.others[0].start, 30);
}

#[test]
fn estimate_and_actual_both_stay_and_actual_is_compared() {
    let plan = report(
        "甲市",
        vec![
            row(Status::Target, None, Some(5.0), 0),
            row(Status::Estimate, None, Some(5.3), 10),
        ],
    );
    let bulletin = report(
        "甲市",
        vec![row(Status::Actual, Some(3000.0), Some(5.1), 0)],
    );
    let p = build(&[
        Source::new("plan", &plan),
        Source::new("bulletin", &bulletin),
    ]);
    let c = &p.cells[0];
    assert_eq!(c.estimate.as_ref().unwrap().change, Some(5.3));
    assert_eq!(c.actual.as_ref().unwrap().report, 1);
    assert_eq!(c.result, Some(Status::Actual));
    assert_eq!(c.gap, Some(0.1));
    assert_eq!(c.met, Some(Met::Yes));
    // Without the bulletin, the estimate is compared and the cell says so.
    let p = build(&[Source::new("plan", &plan)]);
    assert_eq!(p.cells[0].result, Some(Status::Estimate));
    assert_eq!(p.cells[0].gap, Some(0.3));
}

#[test]
fn levels_and_changes_are_never_compared_across() {
    let r = report(
        "甲市",
        vec![
            row(Status::Target, None, Some(6.0), 0),
            row(Status::Actual, Some(3030.2), None, 10),
        ],
    );
    let p = build(&[Source::new("a", &r)]);
    assert_eq!(p.cells[0].result, Some(Status::Actual));
    assert_eq!((p.cells[0].gap, p.cells[0].met), (None, None));
}

#[test]
fn unknown_regions_and_periods_stay_with_their_report() {
    let mut a = report("甲市", vec![row(Status::Actual, None, Some(5.0), 0)]);
    a.meta.region = None;
    let b = a.clone();
    let p = build(&[Source::new("a", &a), Source::new("b", &b)]);
    assert_eq!(p.cells.len(), 2);
    let mut c = report("甲市", vec![row(Status::Actual, None, Some(5.0), 0)]);
    c.rows[0].period = None;
    let p = build(&[Source::new("a", &c), Source::new("b", &c)]);
    assert_eq!(p.cells.len(), 2);
}

#[test]
fn one_text_of_several_places_gives_each_place_its_cells() {
    let text = "城市速览\n2025年，厦门GDP总量9000亿元，常住人口530万人。\n2025年，泉州GDP总量1.2万亿元。\n";
    let r = parse(text);
    let p = build(&[Source::new("a", &r)]);
    assert_eq!(p.cells.len(), 3, "{:#?}", p.cells);
    assert_eq!(
        cell(&p, "厦门市", "地区生产总值", "2025")
            .actual
            .as_ref()
            .unwrap()
            .value,
        Some(9000.0)
    );
    assert_eq!(
        cell(&p, "厦门市", "常住人口", "2025")
            .actual
            .as_ref()
            .unwrap()
            .value,
        Some(530.0)
    );
    assert_eq!(
        cell(&p, "泉州市", "地区生产总值", "2025")
            .actual
            .as_ref()
            .unwrap()
            .value,
        Some(1.2)
    );
}

#[test]
fn rows_without_a_standard_name_or_a_number_stay_out() {
    let mut plain = row(Status::Actual, None, Some(5.0), 0);
    plain.canonical = None;
    let mut redacted = row(Status::Actual, None, None, 5);
    redacted.placeholder = true;
    let r = report("甲市", vec![plain, redacted]);
    assert!(build(&[Source::new("a", &r)]).cells.is_empty());
    assert!(build(&[]).cells.is_empty());
}

#[test]
fn renderers_agree_on_the_cells() {
    let a = parse(CITY_2024);
    let b = parse(CITY_2025);
    let p = build(&[Source::new("2024.txt", &a), Source::new("2025.txt", &b)]);
    let csv = render::csv(&p);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), p.cells.len() + 1);
    assert_eq!(
        lines[0].split(',').count(),
        render::headers().len(),
        "{}",
        lines[0]
    );
    let gdp = lines
        .iter()
        .find(|l| l.starts_with("漯河市,地区生产总值,经济,2024,"))
        .unwrap();
    assert!(gdp.contains(",6,,%,约,2024.txt,"), "{gdp}");
    assert!(gdp.ends_with(",实际,-0.1,%,左右,"), "{gdp}");
    let tsv = render::tsv(&p);
    assert_eq!(tsv.lines().count(), p.cells.len() + 1);
    let json: serde_json::Value = serde_json::from_str(&render::json(&p)).unwrap();
    let cell = &json["cells"][0];
    for key in [
        "region", "canonical", "category", "period", "target", "estimate", "actual", "gap", "met",
    ] {
        assert!(cell.get(key).is_some(), "{key} in {cell}");
    }
    assert_eq!(json["reports"][1]["file"], "2025.txt");
    let back: Panel = serde_json::from_value(json).unwrap();
    assert_eq!(back, p);
    let table = render::table(&p);
    assert!(table.starts_with("[1] 2024.txt：漯河市2024年政府工作报告"));
    assert!(table.contains("约+6% [1]"), "{table}");
    // One region: indicator × year.
    let wide = render::wide(&p);
    assert_eq!(wide.len(), 1);
    assert_eq!(wide[0].name, "宽表 漯河市");
    assert_eq!(
        &wide[0].headers[1..],
        ["2023 目标", "2023 实际", "2024 目标", "2024 实际", "2025 目标", "2025 实际"]
    );
    let gdp = &wide[0].rows[0];
    assert_eq!(gdp[3], "约+6%");
    assert_eq!(gdp[4], "3030.2亿元 +5.9%");
}

#[test]
fn workbook_has_the_long_and_the_wide_sheets() {
    use calamine::{Reader, Xlsx};
    let a = parse(CITY_2024);
    let b = parse(CITY_2025);
    let p = build(&[Source::new("2024.txt", &a), Source::new("2025.txt", &b)]);
    let bytes = xlsx::render(&p).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        [xlsx::LONG_SHEET, "宽表 漯河市", xlsx::REPORTS_SHEET]
    );
    let long = book.worksheet_range(xlsx::LONG_SHEET).unwrap();
    assert_eq!(long.height(), p.cells.len() + 1);
    let wide = book.worksheet_range("宽表 漯河市").unwrap();
    assert_eq!(
        wide.get_value((1, 4)).map(|v| v.to_string()),
        Some("3030.2亿元 +5.9%".to_string())
    );
}
