use super::*;

#[test]
fn the_shipped_file_reads() {
    let d = Dictionary::parse(STANDARD).expect("indicators.tsv");
    assert!(d.entries.len() >= 52);
    assert!(d.entries.iter().all(|e| e.category.is_some()));
}

#[test]
fn every_keyword_names_a_category() {
    for (keyword, name) in CATEGORY_KEYWORDS.iter() {
        assert!(name.parse::<Category>().is_ok(), "{keyword}: {name}");
    }
}

#[test]
fn aliases_never_loop() {
    for (a, _) in ALIASES.iter() {
        let once = rewrite(&key(a)).into_owned();
        assert_eq!(rewrite(&once), once.as_str(), "{a}");
    }
}

#[test]
fn a_coverage_note_names_the_same_indicator() {
    assert_eq!(canonical("固定资产投资（不含农户）"), Some("固定资产投资"));
    assert_eq!(
        canonical("社会消费品零售总额（含网络零售）"),
        Some("社会消费品零售总额")
    );
    // A bracket that is no coverage note is not cut.
    assert_eq!(canonical("固定资产投资（亿元）"), None);
}

#[test]
fn finds_variants() {
    assert_eq!(canonical("规上工业增加值"), Some("规模以上工业增加值"));
    assert_eq!(canonical("全区生产总值"), Some("地区生产总值"));
    assert_eq!(canonical("建设高标准农田"), Some("高标准农田建设面积"));
    assert_eq!(canonical("失业人员完成再就业"), Some("失业人员再就业"));
}

#[test]
fn strips_scope_words() {
    for (s, c) in [
        ("全市一般公共预算收入", "一般公共预算收入"),
        ("全国居民人均可支配收入", "居民人均可支配收入"),
        ("区本级固定资产投资", "固定资产投资"),
        ("全社会固定资产投资", "固定资产投资"),
        ("地方一般公共预算收入", "一般公共预算收入"),
        ("全省规上工业增加值", "规模以上工业增加值"),
        ("全体居民人均可支配收入", "居民人均可支配收入"),
        ("全市常住人口", "常住人口"),
        ("全年地区生产总值", "地区生产总值"),
        ("按常住人口计算的人均GDP", "人均地区生产总值"),
        ("地级及以上城市空气质量优良天数比例", "空气优良天数比例"),
    ] {
        assert_eq!(canonical(s), Some(c), "{s}");
    }
}

#[test]
fn maps_older_and_other_names() {
    for (s, c) in [
        ("公共财政预算收入", "一般公共预算收入"),
        ("一般公共财政预算收入", "一般公共预算收入"),
        ("农民人均纯收入", "农村居民人均可支配收入"),
        ("农村牧区常住居民人均可支配收入", "农村居民人均可支配收入"),
        ("城镇居民人均收入", "城镇居民人均可支配收入"),
        ("国内生产总值", "地区生产总值"),
        ("人均国内生产总值", "人均地区生产总值"),
        ("经济", "地区生产总值"),
        ("实际使用外资", "实际利用外资"),
        ("进出口总值", "外贸进出口总额"),
        ("进出口", "外贸进出口总额"),
        ("货物贸易进出口", "外贸进出口总额"),
        ("外贸进出口", "外贸进出口总额"),
        ("能耗强度", "单位地区生产总值能耗"),
        ("单位GDP能耗", "单位地区生产总值能耗"),
        ("粮食种植面积", "粮食播种面积"),
        ("优良天数占比", "空气优良天数比例"),
        ("R&D经费支出与国内生产总值之比", "研发经费投入强度"),
        ("全社会研发投入比重", "研发经费投入强度"),
        ("城镇登记失业率", "城镇登记失业率"),
        ("净增经营主体", "新增市场主体"),
        ("新登记经营主体", "新增市场主体"),
        ("存款余额", "金融机构本外币存款余额"),
        ("金融机构各项贷款余额", "金融机构本外币贷款余额"),
        ("CPI涨幅", "居民消费价格涨幅"),
        ("居民消费价格指数涨幅", "居民消费价格涨幅"),
        ("居民消费价格总水平上涨幅度", "居民消费价格涨幅"),
        ("细颗粒物（PM2.5）年均浓度", "PM2.5平均浓度"),
        ("规上服务业企业营收", "规模以上服务业营业收入"),
        ("粮食年产量", "粮食产量"),
        ("地方财政一般预算收入", "一般公共预算收入"),
        ("公共财政收入", "一般公共预算收入"),
        ("城镇居民家庭人均可支配收入", "城镇居民人均可支配收入"),
        ("农村居民家庭人均纯收入", "农村居民人均可支配收入"),
        ("农民收入", "农村居民人均可支配收入"),
        ("规模以上工业企业增加值", "规模以上工业增加值"),
        ("万元生产总值能耗", "单位地区生产总值能耗"),
        ("万元GDP能耗", "单位地区生产总值能耗"),
    ] {
        assert_eq!(canonical(s), Some(c), "{s}");
    }
}

#[test]
fn a_growth_rate_names_its_indicator() {
    assert_eq!(canonical("地区生产总值年均增速"), Some("地区生产总值"));
    assert_eq!(canonical("经济增速"), Some("地区生产总值"));
    assert_eq!(canonical("二产增加值增速快于全省"), Some("第二产业增加值"));
}

#[test]
fn refuses_other_measures() {
    for s in [
        "海洋生产总值", "工业投资", "财政总收入", "新增高新技术企业", "对共建国家进出口",
        "长三角区域优良天数比例", "大湾区经济总量", "民间投资", "服务贸易进出口",
        "城市居民人均可支配收入", "人口",
    ] {
        let c = canonical(s);
        assert!(
            c.is_none() || (s == "工业投资" && c == Some("工业投资")),
            "{s} → {c:?}"
        );
    }
}

#[test]
fn a_milestone_is_a_level_of_the_name_before() {
    assert_eq!(canonical("生产总值千亿元台阶"), Some("地区生产总值"));
    assert_eq!(without_milestone("万亿元台阶"), Some(""));
}

#[test]
fn an_addition_written_after_its_noun() {
    assert_eq!(canonical("市场主体净增"), Some("新增市场主体"));
    assert_eq!(canonical("企业新增"), None);
}

#[test]
fn additions_are_not_stocks() {
    assert_eq!(canonical("新增高新技术企业"), None);
    assert_eq!(canonical("高新技术企业"), Some("高新技术企业数量"));
    assert_eq!(canonical("国家级高新技术企业"), Some("高新技术企业数量"));
}

#[test]
fn every_row_has_a_category() {
    assert_eq!(category("地区生产总值", Some("地区生产总值")), "经济");
    assert_eq!(category("改造老旧社区", None), "民生");
    assert_eq!(category("某某", None), DEFAULT_CATEGORY);
}

#[test]
fn users_add_indicators() {
    let d = Dictionary::standard()
        .extended("# 本地指标\n南果梨产量\t农业\t南果梨\n特色产业产值\t\t特色产业总产值\n")
        .unwrap();
    assert_eq!(d.canonical("南果梨"), Some("南果梨产量"));
    assert_eq!(d.canonical("全市特色产业总产值"), Some("特色产业产值"));
    assert_eq!(d.category("南果梨", Some("南果梨产量")), "农业");
    assert_eq!(d.category("特色产业产值", Some("特色产业产值")), "工业");
    assert_eq!(d.canonical("规上工业增加值"), Some("规模以上工业增加值"));
}

#[test]
fn bad_lines_are_named() {
    let e = Dictionary::parse("A\t经济\n\nB 经济 b\n").unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.to_string().contains("tabs"), "{e}");
    let e = Dictionary::parse("A\t经挤\ta\n").unwrap_err();
    assert_eq!((e.line, e.message.contains("经挤")), (1, true));
    let e = Dictionary::parse("# head\nA\t经济\ta\n\nB\tEconomy\tb\n").unwrap_err();
    assert_eq!(e.line, 4);
    let all = Category::names(", ");
    assert!(
        e.to_string()
            .starts_with("line 4: unknown category 'Economy'"),
        "{e}"
    );
    assert!(
        e.message.contains(&all) && e.message.contains("empty"),
        "{e}"
    );
    let e = Dictionary::parse("\t经济\ta\n").unwrap_err();
    assert!(e.message.contains("empty"));
    let e = Dictionary::parse("A\t\ta\nB\t\ta\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.message.contains("line 1"));
}

#[test]
fn every_category_reads_from_a_line() {
    for c in Category::ALL {
        let d = Dictionary::parse(&format!("本地指标\t{c}\t本地别名\n")).unwrap();
        assert_eq!(d.category("本地别名", d.canonical("本地别名")), c);
    }
}

#[test]
fn comments_and_blank_fields_are_not_errors() {
    let d = Dictionary::parse("\u{feff}# c\r\nA\t\t\ta\t\r\n  \n").unwrap();
    assert_eq!(d.canonical("a"), Some("A"));
}

#[test]
fn a_lines_fields_are_listed_as_written_even_when_the_parse_refuses_them() {
    assert_eq!(
        line_fields("\u{feff} 茶叶产值 \t经挤\t茶叶\t\t 特色茶 # 注\r"),
        Some(("茶叶产值", "经挤", vec!["茶叶", "特色茶"]))
    );
    assert!(line_fields("# 注释").is_none());
    assert!(line_fields("  \t ").is_none());
    assert!(Dictionary::parse("茶叶产值\t经挤").is_err());
}

/// `classify` looks a name up once for what `canonical` and `category`
/// give apart: the standard names, their variants, names with scope words
/// and infixes, and names of nothing.
#[test]
fn classify_gives_what_canonical_and_category_give() {
    let d = Dictionary::standard()
        .extended("南果梨产量\t农业\t南果梨\n特色产业产值\t\t特色产业总产值\n")
        .unwrap();
    let mut names: Vec<String> = d.index.keys().cloned().collect();
    names.sort();
    for extra in [
        "全市规上工业增加值",
        "城镇人口比重（常住人口城镇化率）",
        "某某指数",
        "",
        "工业投资增速",
    ] {
        names.push(extra.to_string());
    }
    for name in &names {
        let canonical = d.canonical(name);
        assert_eq!(
            d.classify(name),
            (canonical, d.category(name, canonical)),
            "{name}"
        );
    }
}
