//! An older work report, written as such reports were in the 1990s: years
//! digit by digit in Chinese numerals (一九九零年), figures in Chinese
//! numerals (四亿零七百万吨), shares in words (百分之七点六, 千分之十四点三九).
//! The text is made up in that style.

use zhibiao::{Row, Status};

fn report() -> zhibiao::Report {
    zhibiao::parse(include_str!("../data/patterns/older_report.txt"))
}

fn row<'a>(rows: &'a [Row], indicator: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.indicator == indicator)
        .unwrap_or_else(|| panic!("no row {indicator}: {rows:#?}"))
}

fn period(r: &Row) -> String {
    r.period.map(|p| p.to_string()).unwrap_or_default()
}

#[test]
fn figures_in_chinese_numerals_are_read_with_their_unit() {
    let rows = report().rows;
    let r = row(&rows, "工农业总产值");
    assert_eq!((r.value, r.unit.as_deref()), (Some(31500.0), Some("亿元")));
    assert_eq!((r.change, period(r).as_str()), (Some(7.6), "1990"));
    let r = row(&rows, "全国粮食产量");
    assert_eq!((r.value, r.unit.as_deref()), (Some(40700.0), Some("万吨")));
    let r = row(&rows, "原煤产量");
    assert_eq!((r.value, r.unit.as_deref()), (Some(108000.0), Some("万吨")));
    let r = row(&rows, "进出口总额");
    assert_eq!((r.value, r.change), (Some(1154.0), Some(3.4)));
    // The budget's other side, written bare after its revenue.
    let r = row(&rows, "国家财政支出");
    assert_eq!(r.canonical.as_deref(), Some("一般公共预算支出"));
}

#[test]
fn shares_in_words_and_points() {
    let rows = report().rows;
    let r = row(&rows, "人口自然增长率");
    assert_eq!((r.value, r.unit.as_deref()), (Some(14.39), Some("‰")));
    let points: Vec<_> = rows
        .iter()
        .filter(|r| r.change_unit.as_deref() == Some("个百分点"))
        .map(|r| r.change)
        .collect();
    assert_eq!(points, [Some(-15.0)]);
}

#[test]
fn the_plan_part_sets_targets_for_the_year_after() {
    let report = report();
    assert_eq!(report.meta.title.as_deref(), Some("政府工作报告"));
    // Dated by its subtitle, written in Chinese numerals.
    assert_eq!(report.meta.reports, vec!["1990"]);
    assert_eq!(report.meta.targets, vec!["1991"]);
    let targets: Vec<_> = report
        .rows
        .iter()
        .filter(|r| r.status == Status::Target)
        .map(|r| (r.indicator.as_str(), period(r)))
        .collect();
    assert_eq!(
        targets,
        [
            ("国民生产总值", "1991".into()),
            ("人口自然增长率", "1991".into())
        ]
    );
}
