//! Periods and meta of reports that review a five-year plan and set the
//! next one's goals, read from a made-up report copied off a web page
//! (toolbar lines above the title).

use zhibiao::{Kind, Row, Status};

fn report() -> zhibiao::Report {
    zhibiao::parse(include_str!("../data/patterns/web_page_plan_periods.txt"))
}

fn period(r: &Row) -> String {
    r.period.map(|p| p.to_string()).unwrap_or_default()
}

#[test]
fn title_below_a_web_toolbar() {
    let meta = report().meta;
    assert_eq!(meta.title.as_deref(), Some("2031年漯河市政府工作报告"));
    assert_eq!(meta.kind, Some(Kind::WorkReport));
    assert_eq!(meta.region.as_deref(), Some("漯河市"));
}

#[test]
fn a_work_report_reviews_and_plans_the_plan_periods_too() {
    let meta = report().meta;
    assert_eq!(meta.reports, vec!["2030", "2026-2030"]);
    assert_eq!(meta.targets, vec!["2031", "2031-2035"]);
}

#[test]
fn the_meta_serialises_its_periods_as_strings() {
    let json = serde_json::to_value(report().meta).unwrap();
    assert_eq!(json["reports"], serde_json::json!(["2030", "2026-2030"]));
}

#[test]
fn this_years_goals_are_not_the_plan_periods() {
    let rows = report().rows;
    let goals: Vec<&Row> = rows
        .iter()
        .filter(|r| r.status == Status::Target && r.indicator == "城镇新增就业")
        .collect();
    assert_eq!(goals.len(), 1);
    assert_eq!(period(goals[0]), "2031");
}

fn period_of_value(rows: &[Row], value: f64) -> String {
    let r = rows
        .iter()
        .find(|r| r.value == Some(value) || r.change == Some(value))
        .unwrap_or_else(|| panic!("no row with {value}"));
    period(r)
}

#[test]
fn a_five_year_review_opened_by_a_lead_sentence() {
    let rows = report().rows;
    // 过去五年，… opens the span; the paragraph after it stays in it.
    assert_eq!(period_of_value(&rows, 2860.0), "2030");
    assert_eq!(period_of_value(&rows, 5.8), "2026-2030");
    assert_eq!(period_of_value(&rows, 31.0), "2026-2030");
    assert_eq!(period_of_value(&rows, 90.0), "2026-2030");
    assert_eq!(period_of_value(&rows, 160.0), "2025");
    assert_eq!(period_of_value(&rows, 205.0), "2030");
}

#[test]
fn a_lead_sentence_naming_the_year_ends_the_span() {
    let rows = report().rows;
    assert_eq!(period_of_value(&rows, 5.2), "2030");
    assert_eq!(period_of_value(&rows, 1180.0), "2030");
}

#[test]
fn plan_period_goals_and_this_years_goals() {
    let rows = report().rows;
    let gdp: Vec<String> = rows
        .iter()
        .filter(|r| r.change == Some(5.0) && r.status == Status::Target)
        .map(period)
        .collect();
    assert_eq!(gdp, vec!["2031-2035", "2031"]);
    assert_eq!(period_of_value(&rows, 72.0), "2035");
    assert_eq!(period_of_value(&rows, 95.0), "2031-2035");
}

/// A crawler's label before a title whose year is written in Chinese
/// digits, with a 0 typed for 〇: the label is dropped, the year read.
#[test]
fn title_year_in_chinese_digits_after_a_crawler_label() {
    let text = "标题：二0三一年青川县政府工作报告\n\n各位代表：\n过去一年，全县地区生产总值增长5.1%。\n今年主要预期目标是：地区生产总值增长5%左右。\n";
    let report = zhibiao::parse(text);
    assert_eq!(
        report.meta.title.as_deref(),
        Some("二0三一年青川县政府工作报告")
    );
    assert_eq!(report.meta.reports, vec!["2030"]);
    assert_eq!(report.meta.targets, vec!["2031"]);
    let periods: Vec<String> = report.rows.iter().map(period).collect();
    assert_eq!(periods, vec!["2030", "2031"]);
    assert_eq!(report.rows[1].status, Status::Target);
}

#[test]
fn a_change_that_names_its_own_years_is_a_row_of_its_own() {
    let text =
        "2026年漯河市政府工作报告\n一、2025年工作回顾\n全市绿地率达到41%，近3年提升5个百分点。\n";
    let r = zhibiao::parse(text).rows;
    assert_eq!(r.len(), 2, "{r:#?}");
    assert_eq!(r[0].period.map(|p| p.to_string()).as_deref(), Some("2025"));
    assert_eq!(r[1].indicator, "绿地率");
    assert_eq!(
        r[1].period.map(|p| p.to_string()).as_deref(),
        Some("2023-2025")
    );
}
