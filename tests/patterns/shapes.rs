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
