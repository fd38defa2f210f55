//! Tables of made-up figures.

use super::*;

/// subject, value, unit, change, period
type Got = (
    String,
    Option<f64>,
    Option<String>,
    Option<f64>,
    Option<String>,
);

fn facts(text: &str) -> Vec<Got> {
    let chars: Vec<char> = text.chars().collect();
    table_facts(&chars)
        .into_iter()
        .map(|f| {
            (
                f.subject,
                f.level.as_ref().map(|l| l.0),
                f.level.map(|l| l.1),
                f.change.as_ref().map(|c| c.0),
                f.period.map(|p| p.to_string()),
            )
        })
        .collect()
}

#[test]
fn a_level_and_its_change_with_units_in_the_head() {
    let text = "表3 2023年柳溪市对外贸易\n指标\t金额（亿元）\t比上年增长（%）\n进出口总额\t820.5\t4.2\n其中：出口额\t510.3\t-1.5\n";
    let got = facts(text);
    assert_eq!(
        got[0],
        (
            "进出口总额".into(),
            Some(820.5),
            Some("亿元".into()),
            Some(4.2),
            Some("2023".into())
        )
    );
    assert_eq!(got[1].0, "出口额");
    assert_eq!(got[1].3, Some(-1.5));
}

#[test]
fn year_columns_of_a_change_table() {
    let text = "表1  2023年价格涨跌幅度（单位：%）\n指标名称  2022年  2023年\n一、居民消费价格  1.8  0.4\n";
    let got = facts(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, "居民消费价格");
    assert_eq!((got[0].1, got[0].3), (None, Some(1.8)));
    assert_eq!(got[1].4.as_deref(), Some("2023"));
}

#[test]
fn a_column_of_units_serves_its_row() {
    let text =
        "产品名称\t计量单位\t2023年\t比上年增长（%）\n水泥\t万吨\t640.5\t-12.5\n铁路\t万吨\t-\t-\n";
    let got = facts(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2.as_deref(), Some("万吨"));
    assert_eq!(got[0].4.as_deref(), Some("2023"));
}

#[test]
fn a_named_measure_joins_the_label_and_a_total_takes_the_measure() {
    let text = "品种\t产量（万吨）\n粮食\t99.3\n合计\t120.0\n";
    let got = facts(text);
    assert_eq!(got[0].0, "粮食产量");
    assert_eq!(got[1].0, "产量");
}

#[test]
fn prose_with_wide_spaces_is_no_table() {
    assert!(facts("地区生产总值  88.5亿元  增长4.6%\n规上工业增加值  增长5%\n").is_empty());
}

/// place, standard name, value, unit of each row of a parsed text.
type PlaceRow = (Option<String>, Option<String>, Option<f64>, Option<String>);

fn place_rows(text: &str) -> Vec<PlaceRow> {
    crate::parse(text)
        .rows
        .into_iter()
        .map(|r| (r.region, r.canonical, r.value, r.unit))
        .collect()
}

fn place_row(p: &str, c: &str, v: f64, u: &str) -> PlaceRow {
    (Some(p.into()), Some(c.into()), Some(v), Some(u.into()))
}

#[test]
fn a_table_of_places_gives_each_row_its_place() {
    let text = "城市速览\n城市\tGDP（亿元）\t常住人口（万人）\n\
                厦门\t9000\t530\n泉州市\t12000\t890\n南昌\t7000\t650\n";
    let got = place_rows(text);
    let row = place_row;
    let want = vec![
        row("厦门市", "地区生产总值", 9000.0, "亿元"),
        row("厦门市", "常住人口", 530.0, "万人"),
        row("泉州市", "地区生产总值", 12000.0, "亿元"),
        row("泉州市", "常住人口", 890.0, "万人"),
        row("南昌市", "地区生产总值", 7000.0, "亿元"),
        row("南昌市", "常住人口", 650.0, "万人"),
    ];
    assert_eq!(got, want);
}

#[test]
fn a_league_table_of_places_ranks_before_the_label_and_dates_its_heads() {
    let text = "城市速览\n排名\t城市\t省份\t2025年GDP（亿元）\t增速（%）\n\
                1\t厦门\t福建\t9000\t5.5\n2\t漳州\t福建\t6100\t4.9\n";
    let got: Vec<_> = crate::parse(text)
        .rows
        .into_iter()
        .map(|r| (r.region, r.canonical, r.value, r.change, r.period))
        .collect();
    let gdp = Some("地区生产总值".to_string());
    let year = crate::period::Period::Year(2025);
    let want = vec![
        (
            Some("厦门市".into()),
            gdp.clone(),
            Some(9000.0),
            Some(5.5),
            Some(year),
        ),
        (
            Some("漳州市".into()),
            gdp,
            Some(6100.0),
            Some(4.9),
            Some(year),
        ),
    ];
    assert_eq!(got, want);
}

#[test]
fn a_column_headed_as_cities_labels_the_rows_whatever_stands_before() {
    let text = "城市速览\n省份\t城市\tGDP（亿元）\t常住人口（万人）\n福建\t厦门\t9000\t530\n福建\t泉州\t12000\t890\n";
    let got: Vec<_> = crate::parse(text)
        .rows
        .into_iter()
        .map(|r| (r.region, r.canonical, r.value))
        .collect();
    let row = |p: &str, c: &str, v: f64| (Some(p.into()), Some(c.into()), Some(v));
    let want = vec![
        row("厦门市", "地区生产总值", 9000.0),
        row("厦门市", "常住人口", 530.0),
        row("泉州市", "地区生产总值", 12000.0),
        row("泉州市", "常住人口", 890.0),
    ];
    assert_eq!(got, want);
}

#[test]
fn a_figure_cell_may_write_its_own_unit() {
    let text =
        "城市速览\n城市\tGDP\t常住人口\n厦门\t9,000亿元\t530万人\n泉州\t1.2万亿元\t890万人\n";
    let rows = place_rows(text);
    let figures: Vec<String> = rows
        .iter()
        .map(|(_, _, v, u)| format!("{}{}", v.unwrap_or(0.0), u.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(figures, ["9000亿元", "530万人", "1.2万亿元", "890万人"]);
    assert_eq!(rows[2].0.as_deref(), Some("泉州市"));
}

#[test]
fn a_markdown_table_with_units_in_its_cells() {
    let text = "表2：主要产品产量\n\n\
                | 产品 | 2030年产量 | 比上年增长 |\n\
                | --- | :---: | ---: |\n\
                | 棉纱 | 12.5 万吨 | 3.2% |\n\
                | 发电量 | 88.1 亿千瓦时 | 1.5倍 |\n";
    let got = facts(text);
    let row = |s: &str, v: f64, u: &str, c: f64| {
        (
            s.to_string(),
            Some(v),
            Some(u.to_string()),
            Some(c),
            Some("2030".to_string()),
        )
    };
    assert_eq!(
        got,
        [
            row("棉纱产量", 12.5, "万吨", 3.2),
            row("发电量", 88.1, "亿千瓦时", 1.5)
        ]
    );
    // The cell's own unit: 1.5倍 under a head that says nothing of %.
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(
        table_facts(&chars)[1].change.as_ref().map(|c| c.1.as_str()),
        Some("倍")
    );
}

#[test]
fn prose_with_a_bar_is_no_table() {
    let text = "地区生产总值 | 增长5%\n全年粮食产量|100万吨\n";
    let chars: Vec<char> = text.chars().collect();
    assert!(table_facts(&chars).is_empty());
}

#[test]
fn only_a_line_of_two_cells_may_hold_a_table() {
    // Indents and blanks at the ends make no cell.
    assert!(!may_hold_a_table(
        "　　全市产值增长5%。\n  某项收入12亿元。 \n"
    ));
    assert!(!may_hold_a_table("一句 话里的空格\n"));
    assert!(may_hold_a_table("指标　　数值\n"));
    assert!(may_hold_a_table("产值\t12\n"));
    assert!(may_hold_a_table("　| 产品 | 产量 |\n"));
}

#[test]
fn every_blank_makes_a_gap_wherever_it_stands_in_a_long_line() {
    // Long lines are read in blocks: a gap at a block's end or across two.
    let prose = "全市地区生产总值增长百分之五".repeat(9);
    for gap in ["\u{00A0}\u{00A0}", "\u{3000} ", " \u{3000}", "\r ", "\t"] {
        for cut in [0, 10, 31, 32, 33, 40] {
            let (head, tail) = prose.split_at(prose.char_indices().nth(cut).unwrap().0);
            let line = format!("甲{head}{gap}{tail}乙\n");
            assert!(may_hold_a_table(&line), "{gap:?} at {cut}");
        }
    }
    // A single blank makes none, nor chars whose UTF-8 holds A0 or 80 80.
    let single = format!("甲{prose}\u{00A0}{prose}\u{3000}{prose}乙\n");
    assert!(!may_hold_a_table(&single));
    assert!(!may_hold_a_table(&format!("{}\n", "䀀倀蠀堀".repeat(20))));
}

#[test]
fn a_text_without_two_cells_on_a_line_has_no_table_facts() {
    // Every line of the table below has its cells apart by one blank only.
    let text = "　　表1 某年产量\n产品 产量\n甲 12.5\n乙 3.0\n";
    assert!(!may_hold_a_table(text));
    assert!(facts(text).is_empty());
}
