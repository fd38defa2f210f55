//! A made-up round-up of ten cities (real names, made-up numbers) in four
//! shapes: a place as the topic of the clauses after it, 以…的 and 凭借…,
//! places listed with 分别, and a table of places. Every row must carry its
//! city, its standard indicator and its value; `zhibiao panel` must give one
//! line per city × indicator × period.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_zhibiao");

const ROUNDUP: &str = "2025年中西部重点城市经济数据一览
成都市经济总量2.4万亿元，同比增长5.8%，常住人口2150万人，人均GDP达到11.2万元，一般公共预算收入1800亿元，支出2500亿元。
武汉以2.1万亿元的经济总量居中部首位，同比增长5.6%。
凭借1.4万亿元的GDP总量，长沙位列第三。
西安、郑州、济南地区生产总值分别为1.3万亿元、1.45万亿元、1.35万亿元。
青岛常住人口1040万，GDP总量1.6万亿元。
城市\tGDP（亿元）\t常住人口（万人）\t一般公共预算收入（亿元）
福州\t14000\t850\t760
昆明\t8100\t870\t690
南昌\t7800\t660\t480
";

/// A row as read: place, standard indicator, value, unit, change.
type Got<'a> = (
    Option<&'a str>,
    Option<&'a str>,
    Option<f64>,
    Option<&'a str>,
    Option<f64>,
);

/// place, standard indicator, value, unit, change
type Want = (&'static str, &'static str, f64, &'static str, Option<f64>);

const GDP: &str = "地区生产总值";
const PEOPLE: &str = "常住人口";
const REVENUE: &str = "一般公共预算收入";

const WANT: &[Want] = &[
    ("成都市", GDP, 2.4, "万亿元", Some(5.8)),
    ("成都市", PEOPLE, 2150.0, "万人", None),
    ("成都市", "人均地区生产总值", 11.2, "万元", None),
    ("成都市", REVENUE, 1800.0, "亿元", None),
    ("成都市", "一般公共预算支出", 2500.0, "亿元", None),
    ("武汉市", GDP, 2.1, "万亿元", Some(5.6)),
    ("长沙市", GDP, 1.4, "万亿元", None),
    ("西安市", GDP, 1.3, "万亿元", None),
    ("郑州市", GDP, 1.45, "万亿元", None),
    ("济南市", GDP, 1.35, "万亿元", None),
    ("青岛市", PEOPLE, 1040.0, "万人", None),
    ("青岛市", GDP, 1.6, "万亿元", None),
    ("福州市", GDP, 14000.0, "亿元", None),
    ("福州市", PEOPLE, 850.0, "万人", None),
    ("福州市", REVENUE, 760.0, "亿元", None),
    ("昆明市", GDP, 8100.0, "亿元", None),
    ("昆明市", PEOPLE, 870.0, "万人", None),
    ("昆明市", REVENUE, 690.0, "亿元", None),
    ("南昌市", GDP, 7800.0, "亿元", None),
    ("南昌市", PEOPLE, 660.0, "万人", None),
    ("南昌市", REVENUE, 480.0, "亿元", None),
];

/// Asserts the rows of `text`, in order: place, indicator, value, unit,
/// change.
fn assert_rows(text: &str, want: &[Want]) -> zhibiao::Report {
    let report = zhibiao::parse(text);
    let got: Vec<Got> = report
        .rows
        .iter()
        .map(|r| {
            let unit = r.unit.as_deref();
            let (region, canonical) = (r.region.as_deref(), r.canonical.as_deref());
            (region, canonical, r.value, unit, r.change)
        })
        .collect();
    let want: Vec<Got> = want
        .iter()
        .map(|&(p, c, v, u, ch)| (Some(p), Some(c), Some(v), Some(u), ch))
        .collect();
    assert_eq!(got, want);
    report
}

#[test]
fn every_row_of_the_roundup_has_its_place_indicator_and_value() {
    let report = assert_rows(ROUNDUP, WANT);
    assert!(report
        .rows
        .iter()
        .all(|r| r.period.is_some_and(|p| p == "2025")));
}

/// The panel's long CSV: one record per line, fields by the header's names.
fn panel_records(path: &std::path::Path) -> Vec<std::collections::HashMap<String, String>> {
    let out = Command::new(BIN)
        .args(["panel", "-f", "csv"])
        .arg(path)
        .output()
        .expect("the CLI runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let head: Vec<String> = lines
        .next()
        .unwrap()
        .split(',')
        .map(str::to_string)
        .collect();
    lines
        .map(|l| {
            head.iter()
                .cloned()
                .zip(l.split(',').map(str::to_string))
                .collect()
        })
        .collect()
}

#[test]
fn the_panel_of_the_roundup_has_a_line_per_place_indicator_and_period() {
    let dir = std::env::temp_dir().join(format!("zhibiao-roundup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("roundup.txt");
    std::fs::write(&path, ROUNDUP).unwrap();
    let records = panel_records(&path);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(records.len(), WANT.len());
    for &(place, canonical, value, unit, _) in WANT {
        let r = records
            .iter()
            .find(|r| r["地区"] == place && r["标准名称"] == canonical)
            .unwrap_or_else(|| panic!("no line {place}/{canonical}"));
        assert_eq!(r["期间"], "2025");
        assert_eq!(
            r["实际数值"].parse::<f64>().ok(),
            Some(value),
            "{place}/{canonical}"
        );
        assert_eq!(r["实际单位"], unit, "{place}/{canonical}");
    }
}

/// The same figures as a newspaper writes them another way: a league table
/// with a rank column, places after the first that name no indicator, a
/// place and a colon, a bare 人均, 的 after a place, and places after the
/// indicator they give (从GDP总量看，…分别为…).
const LEAGUE: &str = "2025年东部沿海城市经济排行
排名\t城市\t省份\t2025年GDP（亿元）\t增速（%）\t常住人口（万人）
1\t苏州\t江苏\t26700\t5.8\t1297
2\t杭州\t浙江\t21900\t5.5\t1262
3\t南京\t江苏\t18500\t4.9\t958
宁波GDP为18200亿元，无锡为16300亿元，厦门为8800亿元。
烟台：GDP总量10800亿元，人均15.3万元。
泉州的GDP总量为12900亿元，常住人口890万。
从GDP总量看，大连、沈阳分别为9500亿元、8900亿元。
";

const LEAGUE_WANT: &[Want] = &[
    ("苏州市", GDP, 26700.0, "亿元", Some(5.8)),
    ("苏州市", PEOPLE, 1297.0, "万人", None),
    ("杭州市", GDP, 21900.0, "亿元", Some(5.5)),
    ("杭州市", PEOPLE, 1262.0, "万人", None),
    ("南京市", GDP, 18500.0, "亿元", Some(4.9)),
    ("南京市", PEOPLE, 958.0, "万人", None),
    ("宁波市", GDP, 18200.0, "亿元", None),
    ("无锡市", GDP, 16300.0, "亿元", None),
    ("厦门市", GDP, 8800.0, "亿元", None),
    ("烟台市", GDP, 10800.0, "亿元", None),
    ("烟台市", "人均地区生产总值", 15.3, "万元", None),
    ("泉州市", GDP, 12900.0, "亿元", None),
    ("泉州市", PEOPLE, 890.0, "万人", None),
    ("大连市", GDP, 9500.0, "亿元", None),
    ("沈阳市", GDP, 8900.0, "亿元", None),
];

#[test]
fn a_league_table_and_a_run_of_places_give_every_place_its_rows() {
    assert_rows(LEAGUE, LEAGUE_WANT);
}
