//! Standard names written the many ways reports write them: scope words,
//! older and national names, common alternatives, and the modifiers that
//! make another measure. The report is made up in a county's style.

use zhibiao::Row;

const COUNTY: &str = "2023年，全县公共财政预算收入8.6亿元，增长6.1%。\
农民人均纯收入15800元，增长7.5%。实际使用外资1.2亿美元。\
货物贸易进出口36亿元，其中对东盟进出口9.8亿元。\
全社会固定资产投资增长4%，工业投资增长9%。海洋生产总值120亿元。\
新增高新技术企业12家，高新技术企业总数达到85家。CPI涨幅1.5%。\
能耗强度下降3.2%。粮食种植面积52万亩。净增经营主体3200户。城镇登记失业率3.1%。";

fn canonical_of(rows: &[Row], indicator: &str) -> Option<String> {
    rows.iter()
        .find(|r| r.indicator == indicator)
        .unwrap_or_else(|| panic!("no row {indicator}: {rows:#?}"))
        .canonical
        .clone()
}

#[test]
fn scope_older_and_other_names_resolve() {
    let rows = zhibiao::parse(COUNTY).rows;
    for (written, standard) in [
        ("公共财政预算收入", "一般公共预算收入"),
        ("农民人均纯收入", "农村居民人均可支配收入"),
        ("实际使用外资", "实际利用外资"),
        ("货物贸易进出口", "外贸进出口总额"),
        ("全社会固定资产投资", "固定资产投资"),
        ("高新技术企业总数", "高新技术企业数量"),
        ("CPI涨幅", "居民消费价格涨幅"),
        ("能耗强度", "单位地区生产总值能耗"),
        ("粮食种植面积", "粮食播种面积"),
        ("净增经营主体", "新增市场主体"),
        ("城镇登记失业率", "城镇登记失业率"),
    ] {
        assert_eq!(
            canonical_of(&rows, written).as_deref(),
            Some(standard),
            "{written}"
        );
    }
}

#[test]
fn modifiers_that_change_the_measure_refuse() {
    let rows = zhibiao::parse(COUNTY).rows;
    for written in ["对东盟进出口", "海洋生产总值", "新增高新技术企业"] {
        assert_eq!(canonical_of(&rows, written), None, "{written}");
    }
    assert_eq!(canonical_of(&rows, "工业投资").as_deref(), Some("工业投资"));
}

/// How a figure is reckoned, a note marker, or the same figure in another
/// unit sits between a subject and its number; none of it is the subject.
const RECKONED: &str = "2023年，全县城镇居民人均可支配收入38600元，名义增长5.1%，\
扣除价格因素，实际增长4.3%。农民人均收入实际增长6.2%。\
出口总额850亿元，折合120亿美元。城镇新增就业[2]1.8万人。城镇调查失业率［5］4.9%。\
油料产量连续六年稳定在30万吨以上。税收收入按增长4%安排。";

#[test]
fn subject_is_cut_before_how_a_figure_is_reckoned() {
    let rows = zhibiao::parse(RECKONED).rows;
    let of = |canonical: &str| -> Vec<&Row> {
        rows.iter()
            .filter(|r| r.canonical.as_deref() == Some(canonical))
            .collect()
    };
    let income = of("城镇居民人均可支配收入");
    let changes: Vec<Option<f64>> = income.iter().map(|r| r.change).collect();
    assert_eq!(changes, [Some(5.1), Some(4.3)], "{rows:#?}");
    assert_eq!(income[0].value, Some(38600.0));
    assert!(
        rows.iter().all(|r| !r.indicator.contains("实际")),
        "{rows:#?}"
    );
    let rural = of("农村居民人均可支配收入");
    assert_eq!(rural[0].indicator, "农民人均收入");
    let exports = of("出口总额");
    let units: Vec<&str> = exports.iter().filter_map(|r| r.unit.as_deref()).collect();
    assert_eq!(units, ["亿元", "亿美元"]);
    assert_eq!(of("城镇新增就业")[0].value, Some(1.8));
    assert_eq!(of("城镇调查失业率")[0].value, Some(4.9));
    assert!(rows.iter().any(|r| r.indicator == "油料产量"), "{rows:#?}");
    assert_eq!(of("税收收入")[0].indicator, "税收收入");
}
