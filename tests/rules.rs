//! The rule registry against made-up sentences: each rule marks the rows
//! it shapes (`--explain`), switching it off changes what its fixture
//! gives, and `docs/rules.md` is the registry's table.

use zhibiao::{rule_by_name, rule_names, Options, Parser, Report, RULES};

/// A made-up text for each rule, of the shape the rule reads.
const FIXTURES: &[(&str, &str)] = &[
    ("role", "甲县地区生产总值增长5.5%。"),
    ("list_group", "甲县粮食产量和油料产量分别增长2.1%和3.4%。"),
    (
        "harmonise_list",
        "城镇和农村居民收入分别提高2.5个和3个百分点。",
    ),
    ("means_phrase", "温州以8730亿元的经济总量位列全省第三。"),
    ("example_names", "建成甲乙2.5万吨饲料厂等3个项目。"),
    ("list_verb", "新增科技型企业150家、专精特新企业30家。"),
    (
        "levels_for_changes",
        "接待游客2000万人次、旅游收入180亿元，分别增长12%和15%。",
    ),
    ("split_items", "苹果、梨产量分别增长4.2%和6.1%。"),
    ("each", "甲乡、乙乡各建成卫生室4个。"),
    ("cut_object", "压减煤炭消费量50万吨。"),
    ("counterpart", "一般公共预算收入320亿元，支出560亿元。"),
    ("place_alone", "杭州GDP为2.1万亿元，宁波为1.8万亿元。"),
    ("per_head", "无锡GDP 1.6万亿元，人均21万元。"),
    ("share_of", "实际利用内资45亿元，完成全年任务的60%。"),
    ("inherit_subject", "工业增加值85亿元，增速4.5%。"),
    ("topic", "文旅产业加快发展。产值增长9%。"),
    ("output_change", "粮食增产3.2亿斤。"),
    (
        "change_joins_level",
        "地区生产总值完成120亿元，同比增长5%。",
    ),
    (
        "span_period",
        "2026年乙市政府工作报告\n一、过去五年工作回顾\n五年来，地区生产总值达到3000亿元。",
    ),
    ("status", "预计全年地区生产总值增长5%。"),
    (
        "average_span",
        "2026年乙市政府工作报告\n二、“十五五”时期主要目标\n到2030年，地区生产总值年均增长5%。",
    ),
    (
        "since_baseline",
        "2026年乙市政府工作报告\n一、2025年工作回顾\n单位地区生产总值能耗较2020年下降15%。",
    ),
    (
        "census_year",
        "2031年甲区国民经济和社会发展统计公报\n“四经普”企业法人单位数量与“三经普”相比增长35%。",
    ),
    (
        "event_period",
        "2031年甲区上半年工作总结\n一、上半年工作回顾\n3.会展经济亮点纷呈。二季度甲区举办招商推介会，邀请客商80人。会上签约项目12个。",
    ),
    ("change_range", "单位产值能耗下降2-4%。"),
    (
        "owner",
        "2026年河北省政府工作报告\n石家庄市地区生产总值增长6%。",
    ),
    ("place_topic", "杭州市经济总量2.1万亿元，常住人口1260万人。"),
    ("people_unit", "合肥常住人口985万。"),
    (
        "table",
        "指标\t数值\t比上年增长\n地区生产总值\t120亿元\t5%\n",
    ),
];

/// Rules that cannot be switched off: a number is read one way or other.
const ALWAYS_ON: &[&str] = &["role"];

fn parse(text: &str, skip: &str) -> Report {
    let options = Options {
        skip_rules: rule_by_name(skip).unwrap_or_default(),
        ..Options::default()
    };
    Parser::new(&options).unwrap().parse(text)
}

#[test]
fn every_rule_has_a_fixture() {
    let names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
    let fixtures: Vec<&str> = FIXTURES.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, fixtures);
}

#[test]
fn each_rule_marks_the_rows_it_shapes() {
    for (name, text) in FIXTURES {
        let report = parse(text, "");
        // A number read as an example's name gives no row to mark.
        if *name == "example_names" {
            continue;
        }
        let marked = report
            .rows
            .iter()
            .any(|r| rule_names(r.rules).any(|n| n == *name));
        assert!(marked, "{name}: no row marked\n{:#?}", report.rows);
    }
}

#[test]
fn switching_a_rule_off_changes_its_fixture() {
    for (name, text) in FIXTURES {
        if ALWAYS_ON.contains(name) {
            continue;
        }
        let with = parse(text, "");
        let without = parse(text, name);
        assert_ne!(with.rows, without.rows, "{name}: no difference");
        assert!(
            without
                .rows
                .iter()
                .all(|r| rule_names(r.rules).all(|n| n != *name)),
            "{name}: marked while off"
        );
    }
}

#[test]
fn the_docs_table_is_the_registrys() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let table = zhibiao::render::explain::rules_table();
    if std::env::var_os("ZHIBIAO_WRITE_DOCS").is_some() {
        std::fs::write(&path, &table).unwrap();
    }
    let docs = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        docs, table,
        "docs/rules.md: ZHIBIAO_WRITE_DOCS=1 cargo test --test rules writes it"
    );
}
