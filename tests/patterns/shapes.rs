//! Sentence shapes the samples did not have: a head shared by 、-listed
//! modifiers, a growth rate stated as a level, units written compound or
//! with an alternative. The sentences are made up in a bulletin's style.

use zhibiao::Row;

fn rows(text: &str) -> Vec<Row> {
    zhibiao::parse(text).rows
}

#[test]
fn listed_modifiers_share_one_head() {
    let r = rows("全年城镇、农村居民人均可支配收入分别增长4.6%、6.9%。");
    assert_eq!(r[0].canonical.as_deref(), Some("城镇居民人均可支配收入"));
    assert_eq!(r[1].canonical.as_deref(), Some("农村居民人均可支配收入"));
    assert_eq!(r[1].change, Some(6.9));
}

#[test]
fn a_growth_rate_reaching_a_level_is_a_change() {
    let r = rows("全年服务业增加值增速达到7.5%。");
    assert_eq!((r[0].value, r[0].change), (None, Some(7.5)));
}

#[test]
fn units_per_thing_and_bracketed_units() {
    let r = rows("全员劳动生产率达到21.5万元/人。治理河湖28条（段）。");
    assert_eq!(r[0].unit.as_deref(), Some("万元/人"));
    assert_eq!(r[1].unit.as_deref(), Some("条（段）"));
}

#[test]
fn doubling_three_times_is_seven_times_more() {
    let r = rows("十年间，全县旅游收入翻三番。");
    assert_eq!(
        (r[0].change, r[0].change_unit.as_deref()),
        (Some(7.0), Some("倍"))
    );
}

#[test]
fn points_over_a_benchmark_are_a_change() {
    let r = rows("全县一产增加值增幅高于全省1.1个百分点。");
    assert_eq!((r[0].value, r[0].change), (None, Some(1.1)));
    assert_eq!(r[0].change_unit.as_deref(), Some("个百分点"));
}

#[test]
fn a_cut_before_its_object_is_a_fall() {
    let r = rows("全年压减燃煤消费量12万吨。");
    assert_eq!(r[0].indicator, "燃煤消费量");
    assert_eq!(r[0].change, Some(-12.0));
}

#[test]
fn a_net_addition_is_a_level_of_new_entities() {
    let r = rows("全年经营主体净增1.8万户。");
    assert_eq!((r[0].value, r[0].change), (Some(1.8), None));
    assert_eq!(r[0].canonical.as_deref(), Some("新增市场主体"));
}

#[test]
fn numbers_inside_names_of_sets_projects_and_programmes() {
    assert!(rows("青川湿地入选首批8个示范湿地之一。").is_empty());
    assert!(rows("推动30万吨乙烯等项目投产。").is_empty());
    assert!(rows("实施专精特新企业倍增计划。").is_empty());
    // The size of work done is a row even before 项目.
    assert_eq!(rows("完成12万平方米老旧小区改造项目。").len(), 1);
}

#[test]
fn passing_a_milestone_is_at_least() {
    let r = rows("全县粮食产量迈上50万吨新台阶。");
    assert_eq!(r[0].value_qualifier, Some(zhibiao::Qualifier::AtLeast));
}

#[test]
fn an_absolute_change_keeps_no_baseline_in_its_subject() {
    let r = rows("年末全县常住人口比上年末减少0.6万人。");
    assert_eq!(r[0].indicator, "常住人口");
    assert_eq!(
        (r[0].change, r[0].change_unit.as_deref()),
        (Some(-0.6), Some("万人"))
    );
}

#[test]
fn registered_urbanisation_is_not_the_resident_rate() {
    let r = rows("全县户籍人口城镇化率达到47%。");
    assert_eq!(r[0].canonical, None);
}

#[test]
fn investment_obtained_in_a_review_is_a_result() {
    let text = "2026年青川县政府工作报告\n一、2025年工作回顾\n争取中央预算内投资3.6亿元。\n";
    let r = zhibiao::parse(text).rows;
    assert_eq!(r[0].status, zhibiao::Status::Actual);
}

#[test]
fn satellites_and_medals_are_counted() {
    let r = rows("在轨遥感卫星增至36颗，运动员获得金牌12枚。");
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].unit.as_deref(), Some("颗"));
    assert_eq!(r[1].unit.as_deref(), Some("枚"));
}

#[test]
fn a_count_reorganised_into_another_keeps_its_subject() {
    let r = rows("全县行政村由210个合并为150个，市属国有企业由48户整合至15户。");
    let got: Vec<(&str, Option<f64>)> = r.iter().map(|r| (r.indicator.as_str(), r.value)).collect();
    assert_eq!(
        got,
        vec![
            ("行政村", Some(210.0)),
            ("行政村", Some(150.0)),
            ("市属国有企业", Some(48.0)),
            ("市属国有企业", Some(15.0)),
        ]
    );
}

#[test]
fn a_unit_written_once_after_a_list_of_numbers() {
    let r = rows("全县小麦、玉米产量分别为12和15万吨。");
    let got: Vec<(&str, Option<f64>, Option<&str>)> = r
        .iter()
        .map(|r| (r.indicator.as_str(), r.value, r.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("小麦产量", Some(12.0), Some("万吨")),
            ("玉米产量", Some(15.0), Some("万吨")),
        ]
    );
}

#[test]
fn a_provinces_short_name_after_quan_is_its_own_scope() {
    let r = rows("全赣规上工业增加值增长6.3%，全鲁粮食产量1120亿斤。");
    assert_eq!(r[0].indicator, "规上工业增加值");
    assert_eq!(r[0].canonical.as_deref(), Some("规模以上工业增加值"));
    assert_eq!(r[1].canonical.as_deref(), Some("粮食产量"));
}

#[test]
fn a_slight_rise_or_fall_is_a_change() {
    let r = rows("居民消费价格微涨0.2%，工业生产者出厂价格微降0.4%。");
    assert_eq!(r[0].indicator, "居民消费价格");
    assert_eq!(r[0].change, Some(0.2));
    assert_eq!(r[1].indicator, "工业生产者出厂价格");
    assert_eq!(r[1].change, Some(-0.4));
}
