//! Layouts the samples do not have: a bulletin's table flattened to lines
//! (cells apart by blanks or tabs), full-width digits and PDF line breaks
//! inside numbers and words. The texts are made up.

use zhibiao::Row;

fn rows(text: &str) -> Vec<Row> {
    zhibiao::parse(text).rows
}

fn values(r: &[Row]) -> Vec<(String, Option<f64>, Option<f64>)> {
    r.iter()
        .map(|r| (r.indicator.clone(), r.value, r.change))
        .collect()
}

#[test]
fn each_table_row_keeps_its_own_change() {
    let want = vec![
        ("地区生产总值".to_string(), Some(88.5), Some(4.6)),
        ("第一产业增加值".to_string(), Some(9.1), Some(2.8)),
        ("户籍人口".to_string(), Some(30.2), Some(-0.1)),
    ];
    for gap in ["  ", "\t", " "] {
        let text = format!(
            "初步核算，全年全县地区生产总值{gap}88.5亿元{gap}增长4.6%\n第一产业增加值{gap}9.1亿元{gap}增长2.8%\n年末户籍人口{gap}30.2万人{gap}减少0.1万人\n"
        );
        assert_eq!(values(&rows(&text)), want, "cells apart by {gap:?}");
    }
}

#[test]
fn full_width_digits_and_breaks_inside_numbers() {
    let r = rows(
        "２０２４年，全县财政收支运行平稳，一般公共预算收入完成１\n２．３亿元，增长３．３％；社会消费品零售\n总额完成４５．６亿元。",
    );
    assert_eq!(
        values(&r),
        vec![
            ("一般公共预算收入".to_string(), Some(12.3), Some(3.3)),
            ("社会消费品零售总额".to_string(), Some(45.6), None),
        ]
    );
    assert_eq!(r[0].period.map(|p| p.to_string()).as_deref(), Some("2024"));
}
