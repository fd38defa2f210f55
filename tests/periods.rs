//! Periods and meta of reports that review a five-year plan and set the
//! next one's goals, read from a made-up report copied off a web page
//! (toolbar lines above the title).

use zhibiao::{Kind, Row, Status};

fn report() -> zhibiao::Report {
    zhibiao::parse(include_str!("data/patterns/web_page_plan_periods.txt"))
}

fn period(r: &Row) -> String {
    r.period.map(|p| p.to_string()).unwrap_or_default()
}

#[test]
fn title_below_a_web_toolbar() {
    let meta = report().meta;
    assert_eq!(meta.title.as_deref(), Some("2031年青川市政府工作报告"));
    assert_eq!(meta.kind, Some(Kind::WorkReport));
    assert_eq!(meta.region.as_deref(), Some("青川市"));
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
