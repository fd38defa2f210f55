//! Whole-pipeline checks on report shapes the samples do not cover: a
//! statistical bulletin (统计公报) written the usual way. The text is made up;
//! its sentence patterns are the ones such bulletins use.

#[path = "patterns/layouts.rs"]
mod layouts;
#[path = "patterns/names.rs"]
mod names;
#[path = "patterns/older.rs"]
mod older;
#[path = "patterns/periods.rs"]
mod periods;
#[path = "patterns/shapes.rs"]
mod shapes;

use zhibiao::{Row, Status};

fn bulletin() -> Vec<Row> {
    let text = include_str!("data/patterns/bulletin.txt");
    zhibiao::parse(text).rows
}

fn find<'a>(rows: &'a [Row], canonical: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.canonical.as_deref() == Some(canonical))
        .unwrap_or_else(|| panic!("no row for {canonical}"))
}

#[test]
fn levels_with_their_changes() {
    let rows = bulletin();
    let gdp = find(&rows, "地区生产总值");
    assert_eq!((gdp.value, gdp.change), (Some(4567.89), Some(5.6)));
    let pop = find(&rows, "常住人口");
    assert_eq!((pop.value, pop.change), (Some(432.1), Some(-1.2)));
    assert_eq!(pop.change_unit.as_deref(), Some("万人"));
    let urban = find(&rows, "常住人口城镇化率");
    assert_eq!(urban.change_unit.as_deref(), Some("个百分点"));
    let grain = find(&rows, "粮食产量");
    assert_eq!(grain.change, Some(2.1));
}

#[test]
fn price_rise_is_a_change() {
    let rows = bulletin();
    let cpi = find(&rows, "居民消费价格涨幅");
    assert_eq!((cpi.value, cpi.change), (None, Some(0.3)));
}

#[test]
fn incomes_by_residence() {
    let rows = bulletin();
    assert_eq!(find(&rows, "居民人均可支配收入").value, Some(45678.0));
    assert_eq!(find(&rows, "农村居民人均可支配收入").change, Some(7.3));
}

#[test]
fn targets_of_next_year() {
    let rows = bulletin();
    let targets: Vec<&Row> = rows.iter().filter(|r| r.status == Status::Target).collect();
    assert_eq!(targets.len(), 3);
    assert!(targets
        .iter()
        .all(|r| r.period.map(|p| p.to_string()).as_deref() == Some("2024")));
}

#[test]
fn structure_ratios_are_not_rows() {
    let rows = bulletin();
    assert!(!rows.is_empty(), "the bulletin gives rows");
    assert!(rows.iter().all(|r| r.value != Some(5.1)));
}

fn five_years() -> Vec<Row> {
    zhibiao::parse(include_str!("data/patterns/work_report_five_years.txt")).rows
}

fn with_value(rows: &[Row], value: f64) -> &Row {
    rows.iter()
        .find(|r| r.value == Some(value))
        .unwrap_or_else(|| panic!("no row with value {value}"))
}

#[test]
fn from_a_to_b_over_a_span() {
    let rows = five_years();
    let a = with_value(&rows, 120.0);
    let b = with_value(&rows, 168.0);
    assert_eq!(a.canonical.as_deref(), Some("地区生产总值"));
    assert_eq!(b.canonical.as_deref(), Some("地区生产总值"));
    assert_eq!(a.period.map(|p| p.to_string()).as_deref(), Some("2020"));
    assert_eq!(b.period.map(|p| p.to_string()).as_deref(), Some("2025"));
}

#[test]
fn average_growth_takes_the_span_and_a_reached_level_its_end() {
    let rows = five_years();
    let growth = rows.iter().find(|r| r.change == Some(5.8)).unwrap();
    assert_eq!(
        growth.period.map(|p| p.to_string()).as_deref(),
        Some("2021-2025")
    );
    assert_eq!(
        with_value(&rows, 4.5)
            .period
            .map(|p| p.to_string())
            .as_deref(),
        Some("2025")
    );
    assert_eq!(
        with_value(&rows, 560.0)
            .period
            .map(|p| p.to_string())
            .as_deref(),
        Some("2021-2025")
    );
    assert_eq!(with_value(&rows, 45.0).canonical, None);
}

#[test]
fn plan_period_goals() {
    let rows = five_years();
    let growth = rows.iter().find(|r| {
        r.change == Some(6.0) && r.period.map(|p| p.to_string()).as_deref() == Some("2026-2030")
    });
    assert!(growth.is_some_and(|r| r.status == Status::Target));
    assert_eq!(
        with_value(&rows, 6.0)
            .period
            .map(|p| p.to_string())
            .as_deref(),
        Some("2030")
    );
}

fn monthly() -> Vec<Row> {
    zhibiao::parse(include_str!("data/patterns/monthly_review.txt")).rows
}

#[test]
fn negative_growth_written_with_a_minus() {
    let rows = monthly();
    assert_eq!(find(&rows, "规模以上工业增加值").change, Some(-2.6));
}

#[test]
fn a_clause_opening_period_frames_what_follows() {
    let rows = monthly();
    assert_eq!(
        find(&rows, "社会消费品零售总额")
            .period
            .map(|p| p.to_string())
            .as_deref(),
        Some("2023Q1-Q3")
    );
    assert_eq!(
        find(&rows, "地区生产总值")
            .period
            .map(|p| p.to_string())
            .as_deref(),
        Some("2023Q1")
    );
}

#[test]
fn fenbie_changes_go_to_the_levels_before() {
    let rows = monthly();
    let visitors = rows.iter().find(|r| r.value == Some(3000.0)).unwrap();
    let income = rows.iter().find(|r| r.value == Some(300.0)).unwrap();
    assert_eq!((visitors.change, income.change), (Some(15.0), Some(20.0)));
}

#[test]
fn doubling_words_are_a_change_of_one() {
    let rows = monthly();
    assert_eq!(find(&rows, "实际利用外资").change, Some(1.0));
    assert_eq!(
        find(&rows, "实际利用外资").change_unit.as_deref(),
        Some("倍")
    );
}

#[test]
fn phone_numbers_and_postcodes_are_not_rows() {
    assert!(monthly()
        .iter()
        .all(|r| r.value != Some(114000.0) && r.value != Some(2345678.0)));
}

#[test]
fn news_round_up_subjects() {
    let rows = zhibiao::parse(include_str!("data/patterns/news_half_year.txt")).rows;
    assert_eq!(find(&rows, "地区生产总值").indicator, "地区生产总值");
    let industry: Vec<&Row> = rows
        .iter()
        .filter(|r| r.canonical.as_deref() == Some("规模以上工业增加值"))
        .collect();
    assert_eq!(industry.len(), 2, "the month's growth keeps the subject");
    assert_eq!(find(&rows, "房地产开发投资").change, Some(-8.7));
    assert_eq!(find(&rows, "出口总额").value, Some(89.1));
    assert_eq!(rows.len(), 15, "the page's furniture gives no row");
    let gdp = find(&rows, "地区生产总值");
    assert_eq!(
        gdp.period.map(|p| p.to_string()).as_deref(),
        Some("2024H1"),
        "dated by the masthead"
    );
    assert_eq!(
        industry[1].period.map(|p| p.to_string()).as_deref(),
        Some("2024M6")
    );
}

#[test]
fn shares_keep_their_name_and_baseline_years_go() {
    let rows = zhibiao::parse("“全程网办”事项占比94.21%。地区生产总值比2020年增长30%。").rows;
    assert_eq!(rows[0].indicator, "全程网办事项占比");
    assert_eq!(rows[1].canonical.as_deref(), Some("地区生产总值"));
}

/// A PDF copy: every line cut after `width` chars, wherever that falls.
fn pdf_copy(text: &str, width: usize) -> String {
    text.split('\n')
        .flat_map(|p| {
            let chars: Vec<char> = p.chars().collect();
            chars
                .chunks(width.max(1))
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn narrow_pdf_wraps_keep_the_rows() {
    // Lines of 20–30 chars split subjects (比上年增|长), numbers (12.|4%) and
    // units (9.6万|吨); every width must give the rows of the unwrapped text.
    let text = include_str!("data/patterns/bulletin.txt");
    let key = |r: &Row| {
        (
            r.indicator.clone(),
            r.value,
            r.unit.clone(),
            r.change,
            r.change_unit.clone(),
            r.period,
        )
    };
    let expected: Vec<_> = bulletin().iter().map(key).collect();
    for width in 20..=30 {
        let wrapped = pdf_copy(text, width);
        let got: Vec<_> = zhibiao::parse(&wrapped).rows.iter().map(key).collect();
        assert_eq!(got, expected, "wrapped at {width}");
        let crlf = wrapped.replace('\n', "\r\n");
        let got: Vec<_> = zhibiao::parse(&crlf).rows.iter().map(key).collect();
        assert_eq!(got, expected, "wrapped at {width}, CRLF");
    }
}

/// A PDF copy measured as a PDF's margin does: Chinese chars two columns
/// wide, digits and % one, so lines holding numbers hold more chars.
fn pdf_copy_by_columns(text: &str, columns: usize) -> String {
    let mut out = String::new();
    for paragraph in text.split('\n') {
        let mut width = 0;
        for c in paragraph.chars() {
            let w = if c.is_ascii() { 1 } else { 2 };
            if width + w > columns {
                out.push('\n');
                width = 0;
            }
            out.push(c);
            width += w;
        }
        out.push('\n');
    }
    out
}

#[test]
fn a_split_unit_and_a_split_verb_join() {
    let text = include_str!("data/patterns/bulletin.txt");
    let key = |r: &Row| (r.indicator.clone(), r.value, r.unit.clone(), r.change);
    let expected: Vec<_> = bulletin().iter().map(key).collect();
    let (mut split_verb, mut split_unit) = (false, false);
    for columns in 40..=60 {
        let wrapped = pdf_copy_by_columns(text, columns);
        split_verb |= wrapped.contains("增\n长");
        split_unit |= wrapped.contains("万\n吨") || wrapped.contains("万\n人");
        let got: Vec<_> = zhibiao::parse(&wrapped).rows.iter().map(key).collect();
        assert_eq!(got, expected, "wrapped at {columns} columns");
    }
    assert!(
        split_verb && split_unit,
        "the widths split a verb and a unit"
    );
}
