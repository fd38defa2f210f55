use super::*;

fn scan_str(s: &str) -> Vec<Quantity> {
    let c: Vec<char> = s.chars().collect();
    scan(&c, 0, c.len())
}

fn one(s: &str) -> Quantity {
    let q = scan_str(s);
    assert_eq!(q.len(), 1, "{s}: {q:?}");
    q.into_iter().next().unwrap()
}

#[test]
fn more_or_less_added_than_a_year_before_is_no_figure() {
    assert!(scan_str("同比多增12亿元").is_empty());
    assert!(scan_str("比上年少增3万人").is_empty());
    assert_eq!(scan_str("比年初增加40亿元").len(), 1);
}

#[test]
fn a_count_of_places_before_their_figure_is_no_figure() {
    let units = |t: &str| -> Vec<String> {
        scan_str(t)
            .into_iter()
            .map(|q| q.unit.into_owned())
            .collect()
    };
    assert_eq!(units("全区12个县（市）林木蓄积量3.4亿立方米"), ["亿立方米"]);
    assert_eq!(units("建成5个县级物流中心、20个乡镇站点"), ["个", "个"]);
    assert_eq!(units("在6个城市布设站点14个"), ["个", "个"]);
    assert_eq!(units("新增4个地市，覆盖率90%"), ["个", "%"]);
}

#[test]
fn reads_value_and_unit() {
    let q = one("完成63.65亿元");
    assert_eq!((q.value, q.unit.as_ref()), (Some(63.65), "亿元"));
}

#[test]
fn prefers_the_longest_unit() {
    assert_eq!(one("提高3个百分点").unit, "个百分点");
    assert_eq!(one("发电320.5亿千瓦小时").unit, "亿千瓦小时");
    assert_eq!(one("35微克/立方米").unit, "微克/立方米");
    assert_eq!(one("110.8万平方米").unit, "万平方米");
    assert_eq!(one("常住人口达860万。").unit, "万");
    assert_eq!(scan_str("诊疗人次2.4亿（占30%）")[0].unit, "亿");
    assert!(scan_str("投入3000万资金").is_empty());
}

#[test]
fn reads_qualifiers() {
    assert_eq!(one("50余人").qualifier, Some(Qualifier::AtLeast));
    let q = one("惠及居民3万余户");
    assert_eq!(
        (q.unit.as_ref(), q.qualifier),
        ("万户", Some(Qualifier::AtLeast))
    );
    assert_eq!(one("增长6%左右").qualifier, Some(Qualifier::Approx));
    assert_eq!(one("控制在5.5%以内").qualifier, Some(Qualifier::AtMost));
    assert_eq!(one("约180亿元").qualifier, Some(Qualifier::Approx));
    assert_eq!(one("占地面积约为45.6亩").qualifier, Some(Qualifier::Approx));
    assert_eq!(one("超过1亿元").qualifier, Some(Qualifier::AtLeast));
}

#[test]
fn reads_negative_numbers_after_words() {
    assert_eq!(one("增长-2.6%").value, Some(-2.6));
    assert_eq!(one("新增挂牌企业2-3家").value, Some(2.0));
}

#[test]
fn a_unit_written_once_serves_the_list_before_it() {
    let qs = scan_str("分别提高0.5和0.3个百分点，12、15和18万吨");
    let got: Vec<(Option<f64>, &str)> = qs.iter().map(|q| (q.value, q.unit.as_ref())).collect();
    assert_eq!(
        got,
        vec![
            (Some(0.5), "个百分点"),
            (Some(0.3), "个百分点"),
            (Some(12.0), "万吨"),
            (Some(15.0), "万吨"),
            (Some(18.0), "万吨"),
        ]
    );
    assert_eq!((qs[0].num_start, qs[0].end), (4, 7));
    // An ordinal stays one, and a list with no unit gives nothing.
    assert!(scan_str("第3和5条").iter().all(|q| q.value != Some(3.0)));
    assert!(scan_str("2和3期工程").is_empty());
}

#[test]
fn reads_ranges() {
    let q = one("新增挂牌企业2-3家");
    assert_eq!((q.value, q.value_max), (Some(2.0), Some(3.0)));
}

#[test]
fn skips_names_ordinals_and_thresholds() {
    assert!(scan_str("新建5G基站").is_empty());
    assert!(scan_str("PM2.5浓度").is_empty());
    assert!(scan_str("第17次会议").is_empty());
    assert!(scan_str("“1+N”政策体系").is_empty());
    assert!(scan_str("110千伏变电站扩建").is_empty());
    assert!(scan_str("以下5个方面").is_empty());
    assert!(scan_str("打造10分钟健身圈").is_empty());
    assert!(scan_str("开展2024项目攻坚年").is_empty());
    assert!(scan_str("星河灯具年产量2400套户外露营灯").is_empty());
    let q = scan_str("512个3000万元以上项目集中开工");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].value, Some(512.0));
    assert_eq!(
        one("培育20户以上专精特新企业").qualifier,
        Some(Qualifier::AtLeast)
    );
}

#[test]
fn reads_chinese_numerals_after_a_qualifier_only() {
    let q = one("化解群众诉求近千件");
    assert_eq!(
        (q.value, q.qualifier),
        (Some(1000.0), Some(Qualifier::Approx))
    );
    assert!(scan_str("一个中心两个基地").is_empty());
}

#[test]
fn reads_compound_and_bracketed_units() {
    assert_eq!(one("人均产值达28万元/人").unit, "万元/人");
    assert_eq!(one("整治河道12条（段）").unit, "条（段）");
    assert_eq!(one("深翻土地2.5亿亩次").unit, "亿亩次");
    assert_eq!(one("有机质含量25克/千克").unit, "克/千克");
    assert_eq!(one("平均寿命78.5岁").unit, "岁");
}

#[test]
fn ages_before_a_noun_and_vague_counts_are_not_quantities() {
    assert!(scan_str("照护3岁以下婴幼儿").is_empty());
    assert!(scan_str("为60岁老人体检").is_empty());
    assert!(scan_str("突破一批关键技术").is_empty());
}

#[test]
fn doubling_n_times() {
    assert_eq!(one("产值翻三番").value, Some(7.0));
    assert_eq!(one("产值翻了两番").value, Some(3.0));
}

#[test]
fn reads_placeholders_and_doubling() {
    let q = one("完成XX亿元");
    assert!(q.placeholder && q.value.is_none());
    let q = one("实际利用外资实现倍增");
    assert!(q.word_change && q.unit == "倍");
}

#[test]
fn quantity_starts_holds_each_doubling_words_first_char_and_no_digit_starts_one() {
    // scan passes over the chars QUANTITY_START_CHARS lacks; doubling_at
    // passes digits over without comparing them with the words.
    for (w, _) in DOUBLING {
        let first = w.chars().next().unwrap();
        assert!(QUANTITY_START_CHARS.contains(first), "{w}");
        assert!(!first.is_ascii_digit(), "{w}");
    }
}

#[test]
fn a_rate_per_head_of_population_is_a_measure() {
    let q = one("乙类传染病报告发病率为120.5/10万，");
    assert_eq!((q.value, q.unit.as_ref()), (Some(120.5), "/10万"));
    assert_eq!(one("每年新发病例3.2/万人").unit, "/万人");
    // A number before any other `/` is part of a name or a fraction.
    assert!(scan_str("提供24/7热线服务").is_empty());
    assert!(scan_str("比例为1/3").is_empty());
}

#[test]
fn a_bare_multiplier_before_people_counts_them() {
    let q = one("惠及85万群众");
    assert_eq!(
        (q.value, q.unit.as_ref(), q.counts),
        (Some(85.0), "万人", true)
    );
    assert_eq!(one("为120万困难人员代缴").unit, "万人");
    // Money before people is no count of them, nor a multiplier far off.
    assert_eq!(one("发放300万元给老年人").unit, "万元");
    assert!(scan_str("安排200万资金用于老年人").is_empty());
}

#[test]
fn a_percentage_in_words_is_a_percentage() {
    let q = one("比上年增长百分之九点六，");
    assert_eq!((q.value, q.unit.as_ref()), (Some(9.6), "%"));
    assert_eq!(one("增长百分之零点三").value, Some(0.3));
    assert_eq!(one("增长百分之十二").value, Some(12.0));
    let q = one("控制在百分之四以内");
    assert_eq!((q.value, q.qualifier), (Some(4.0), Some(Qualifier::AtMost)));
    assert_eq!(one("百分之15").value, Some(15.0));
    // 百分之 with no number after it is no figure.
    assert!(scan_str("百分之百的努力").len() <= 1);
    assert!(scan_str("百分之").is_empty());
}

#[test]
fn a_share_in_words_may_be_a_range_or_per_mille() {
    let q = one("增长百分之八至九");
    assert_eq!((q.value, q.value_max), (Some(8.0), Some(9.0)));
    let q = one("增长百分之八到百分之九，");
    assert_eq!((q.value, q.value_max), (Some(8.0), Some(9.0)));
    let q = one("自然增长率为千分之十二点五");
    assert_eq!((q.value, q.unit.as_ref()), (Some(12.5), "‰"));
}

#[test]
fn a_figure_in_chinese_numerals_is_a_quantity() {
    let q = one("财政收入三千二百一十八亿元，");
    assert_eq!((q.value, q.unit.as_ref()), (Some(3218.0), "亿元"));
    let q = one("钢产量四亿零七百万吨");
    assert_eq!((q.value, q.unit.as_ref()), (Some(40700.0), "万吨"));
    let q = one("回落一点五个百分点");
    assert_eq!((q.value, q.unit.as_ref()), (Some(1.5), "个百分点"));
    let q = one("比上年下降两个百分点");
    assert_eq!((q.value, q.unit.as_ref()), (Some(2.0), "个百分点"));
    let q = one("产值增长三倍");
    assert_eq!((q.value, q.unit.as_ref()), (Some(3.0), "倍"));
    let q = one("新建学校一千二百所");
    assert_eq!(
        (q.value, q.unit.as_ref(), q.counts),
        (Some(1200.0), "所", true)
    );
}

#[test]
fn a_chinese_numeral_that_names_is_no_quantity() {
    assert!(scan_str("落实“十五条措施”").is_empty());
    assert!(scan_str("三个方面").is_empty());
    assert!(scan_str("编制十四五规划").is_empty());
    assert!(scan_str("扩大零售规模").is_empty());
}
