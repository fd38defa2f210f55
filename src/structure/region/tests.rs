use crate::model::Level;
use crate::structure::{analyze, Document};

fn doc(s: &str) -> Document {
    analyze(&crate::normalize::normalize(s))
}

#[test]
fn region_chain_from_text() {
    let d = doc("关于海州区2023年国民经济和社会发展规划执行情况与2024年计划草案的报告\n——2023年12月27日在海州区第十九届人民代表大会第三次会议上\n各位代表：\n谋划阜新市海州区公园。辽宁阜新产业园。获辽宁省奖。\n");
    assert_eq!(d.meta.region.as_deref(), Some("辽宁省阜新市海州区"));
    assert_eq!(d.meta.level, Some(Level::District));
    assert_eq!(d.meta.reports, vec!["2023"]);
    assert_eq!(d.meta.targets, vec!["2024"]);
}

#[test]
fn the_nation_from_its_title_or_its_own_word() {
    let d = doc("2025年全国体育场地统计公报\n年末体育场地面积50亿平方米。\n");
    assert_eq!(d.meta.region.as_deref(), Some("全国"));
    assert_eq!(d.meta.level, Some(Level::Nation));
    let body = "2025年邮政行业发展统计公报\n全国快递业务量增长15%。全国邮路总长度增长2%。全国邮政网点增长1%。\n";
    assert_eq!(doc(body).meta.level, Some(Level::Nation));
    // A report that also says 全省 is no nation's.
    let province = format!("{body}全省快递业务量增长12%。\n");
    assert_ne!(doc(&province).meta.level, Some(Level::Nation));
}

#[test]
fn a_month_before_a_self_reference_is_no_place() {
    let d = doc("1-9月我县农业生产稳中有进\n全县粮食产量达到32.1万吨。\n");
    assert_ne!(d.meta.region.as_deref(), Some("月我县"));
    let d = doc("前10月份全市消费市场回暖\n全市社会消费品零售总额增长4.1%。\n");
    assert_ne!(d.meta.region.as_deref(), Some("份全市"));
    assert_ne!(d.meta.region.as_deref(), Some("消费市"));
    let d = doc("2024年1-6月平阳县经济运行情况\n");
    assert_eq!(d.meta.region.as_deref(), Some("温州市平阳县"));
}

#[test]
fn a_district_of_a_city_is_a_district() {
    let d = doc("2025年西岗区政府工作报告\n各位代表：\n全区地区生产总值增长5%。\n");
    assert_eq!(d.meta.region.as_deref(), Some("大连市西岗区"));
    assert_eq!(d.meta.level, Some(Level::District));
}

#[test]
fn an_autonomous_prefecture_is_a_city() {
    let d = doc("2025年延边朝鲜族自治州政府工作报告\n全州经济稳中有进。\n");
    assert_eq!(d.meta.region.as_deref(), Some("延边朝鲜族自治州"));
    assert_eq!(d.meta.level, Some(Level::City));
}

#[test]
fn a_league_is_a_city_and_a_banner_a_county() {
    let d = doc("2025年锡林郭勒盟政府工作报告\n全盟经济稳中有进。\n");
    assert_eq!(d.meta.region.as_deref(), Some("锡林郭勒盟"));
    assert_eq!(d.meta.level, Some(Level::City));
    let d = doc("2025年正蓝旗政府工作报告\n全旗经济稳中有进。\n");
    assert_eq!(d.meta.region.as_deref(), Some("锡林郭勒盟正蓝旗"));
    assert_eq!(d.meta.level, Some(Level::County));
}

#[test]
fn a_word_before_a_suffix_that_names_no_unit_is_no_region() {
    let d = doc("2025年漯河市政府工作报告\n加快建设文旅强省，全市消费市场回暖。\n");
    assert_eq!(d.meta.region.as_deref(), Some("漯河市"));
    assert_eq!(d.meta.level, Some(Level::City));
    let d = doc("加快建设文旅强省，建设文旅强省，建设文旅强省。\n全省粮食产量增长2%。\n");
    assert_eq!(d.meta.region, None);
}

#[test]
fn the_speaker_or_the_office_names_the_region() {
    let d = doc("政府工作报告\n各位代表：\n现在，我代表漯河市人民政府，向大会报告政府工作。\n");
    assert_eq!(d.meta.region.as_deref(), Some("漯河市"));
    let d = doc("国民经济和社会发展统计公报\n全年粮食产量增长2%。\n正蓝旗统计局\n2025年3月\n");
    assert_eq!(d.meta.region.as_deref(), Some("锡林郭勒盟正蓝旗"));
}

#[test]
fn county_level_city() {
    let d = doc("2024年海城市政府工作报告\n鞍山市海城市工作。\n");
    assert_eq!(d.meta.level, Some(Level::County));
    assert_eq!(d.meta.region.as_deref(), Some("鞍山市海城市"));
}
