//! How a subject's name is brought to a standard indicator's: by its head
//! and its modifiers rather than by listing every wording. A subject is
//! folded (brackets, quotes, case), its aliases are rewritten, its scope
//! words are stripped from the front, and what is left is looked up among
//! the standard names (`indicators.tsv`), whose variants get the same
//! rewriting. A modifier that changes what is measured stops the lookup.

use super::packed::{Pairs, Words};

/// Written fragments and the standard fragment they stand for, rewritten
/// anywhere in a subject and in every dictionary name (longest first at each
/// position; a rewritten text is rewritten again, so entries may build on
/// each other but must never lead back to themselves).
pub const ALIASES: Pairs = crate::pairs![
    ("规上", "规模以上"),
    ("规模工业", "规模以上工业"),
    ("限上", "限额以上"),
    // The name of the general budget before the 2014 budget law, and the
    // name some regions kept for a few years after it.
    ("公共财政预算", "一般公共预算"),
    ("一般公共财政预算", "一般公共预算"),
    // Older still (before 2011): the 一般预算 of the budget, and the 公共财政
    // revenue of the early 2010s.
    ("一般预算", "一般公共预算"),
    ("公共财政收入", "一般公共预算收入"),
    // A national report's name for GDP; written as is, 地区生产总值 stays.
    ("国内生产总值", "地区生产总值"),
    ("地区生产总值", "地区生产总值"),
    ("生产总值", "地区生产总值"),
    ("地区GDP", "地区生产总值"),
    ("GDP", "地区生产总值"),
    ("实际使用", "实际利用"),
    ("进出口总值", "进出口总额"),
    // Goods trade is what a report's 进出口 measures (services are apart).
    ("货物贸易", "外贸"),
    ("货物进出口", "外贸进出口"),
    ("对外贸易", "外贸"),
    ("种植面积", "播种面积"),
    // Shares: 占比, 比例, 比率 and 比重 name the same ratio.
    // 民生 alone before a share is the spending on it.
    ("民生占比", "民生支出占比"),
    ("的比重", "比重"),
    ("占比", "比重"),
    ("比例", "比重"),
    ("比率", "比重"),
    // R&D intensity written as a ratio to GDP.
    ("与地区生产总值之比", "占地区生产总值比重"),
    ("R&D", "研发"),
    ("研究与试验发展(R&D)", "研发"),
    ("研究与试验发展", "研发"),
    ("研发投入", "研发经费投入"),
    ("研发经费支出", "研发经费投入"),
    // 农民人均纯收入 (before the 2013 survey reform) is now 农村居民人均
    // 可支配收入; 人均收入 is how reports shorten the disposable income.
    ("农民", "农村居民"),
    // The household surveys' names before 2013 (城镇居民家庭人均可支配收入,
    // 农村居民家庭人均纯收入): the same income per head.
    ("居民家庭人均", "居民人均"),
    ("农村牧区", "农村"),
    ("常住居民", "居民"),
    ("人均纯收入", "人均可支配收入"),
    ("人均收入", "人均可支配收入"),
    // 城乡居民收入分别增长… names each group's income per head.
    ("居民收入", "居民人均可支配收入"),
    ("细颗粒物(PM2.5)", "PM2.5"),
    ("PM2.5(细颗粒物)", "PM2.5"),
    ("细颗粒物", "PM2.5"),
    ("年均浓度", "平均浓度"),
    ("年平均浓度", "平均浓度"),
    ("均值浓度", "平均浓度"),
    ("平均值浓度", "平均浓度"),
    ("CPI", "居民消费价格"),
    ("居民消费价格指数", "居民消费价格"),
    ("居民消费价格总水平", "居民消费价格"),
    ("上涨幅度", "涨幅"),
    // 经营主体 is the name since the 2023 rules; 新设, 新登记 and 净增 count
    // the same additions as 新增.
    ("市场经营主体", "市场主体"),
    ("经营主体", "市场主体"),
    ("新登记注册", "新增"),
    ("新登记", "新增"),
    ("新设立", "新增"),
    ("新设", "新增"),
    ("净增", "新增"),
    // A count's or an amount's total is the count or amount itself
    // (高新技术企业总数, 市场主体总量, 进口总额 as 进口额).
    ("总数", "数量"),
    ("总量", "数量"),
    ("总额", "额"),
    ("大气", "空气"),
    ("年产量", "产量"),
    ("总产量", "产量"),
    ("各项存款", "存款"),
    ("各项贷款", "贷款"),
    ("营收", "营业收入"),
    ("环境空气质量", "空气"),
    ("环境空气", "空气"),
    ("空气质量", "空气"),
    // A bulletin's wording of the good-air days: 良好以上 is 优良.
    ("良好以上", "优良"),
];

/// Scope and coverage words before a name: they say over what the figure is
/// counted, not what is counted (全市一般公共预算收入, 区本级固定资产投资).
/// Stripped from the front, one after another.
pub const SCOPE_WORDS: Words = crate::words![
    "全国", "全省", "全市", "全区", "全县", "全旗", "全州", "全盟", "全镇", "全域", "全口径",
    "我国", "我省", "我市", "我区", "我县", "本省", "本市", "本区", "本县", "本级", "区本级",
    "市本级", "县本级", "省本级", "全社会", "地方", "全体", "常住", "全部",
    // Coverage of a monitoring network: the figure is still the region's.
    "地级及以上城市", "设区市",
    // Verbs that only report the figure (实现再就业, 帮扶困难人员就业).
    "实现", "完成", "帮扶", "帮助", "精准帮扶", "建设",
    // Verbs of building before what is built (新建改造, 改造提升).
    "新建", "改造", "提升",
    // Whose figure it is: the budget's (财政 before 民生支出), or a recognition's
    // level (国家级高新技术企业); neither changes what is counted.
    "财政", "国家级", "国家",
    // What a share is taken of (财政支出中…占比): the share still names it.
    "财政支出中",
    // How a figure per head is reckoned (按常住人口计算的人均GDP).
    "按常住人口计算的", "按常住人口计算",
    // The year a figure covers, between a round-up's place and its name
    // (杭州全年GDP): the period says it.
    "全年",
    // What a register counts: still the stock of that kind (有效期内 before
    // 高新技术企业, 入库科技型中小企业, 各类市场主体).
    "有效期内", "入库", "在库", "各类",
];

/// 全 and a province's one-char short name (全皖, 全豫, 全川) say the same as
/// 全省: the report's own scope, not part of the subject. The short names of
/// GB/T 2260's provinces as reports write them after 全; left out are those
/// that begin common words after 全 (全新, 全青年, 全云端, 全黑, 全宁静),
/// and the municipalities, whose reports say 全市.
pub const WHOLE: char = '全';
pub const PROVINCE_SHORT_NAMES: &[char] = &[
    '冀', '晋', '辽', '吉', '苏', '浙', '皖', '闽', '赣', '鲁', '豫', '鄂', '湘', '粤', '桂', '琼',
    '川', '蜀', '黔', '滇', '藏', '陕', '秦', '陇', '甘', '疆',
];

/// An addition written after what is added (经营主体净增, 企业新增 after the
/// aliases above): the same indicator as with the word in front (新增市场主体).
pub const ADDITION_AFTER: &str = "新增";

/// A milestone of an amount after a name (地区生产总值万亿元台阶, 粮食产量
/// 千亿斤新台阶): a level of the indicator it follows. The milestone and the
/// amount's multiplier and unit chars before it are cut for the lookup.
pub const MILESTONES: Words = crate::words!["新台阶", "台阶", "大关"];
pub const MILESTONE_AMOUNT_CHARS: &[char] = &['十', '百', '千', '万', '亿', '元', '斤', '吨', '个'];

/// Words inside a name that report it without changing it
/// (下岗人员实现再就业, 优良天数写作…达到良好以上天数).
pub const NEUTRAL_INFIXES: Words = crate::words!["实现", "完成", "各类", "达到", "达"];

/// Verbs that report a figure: what follows them inside a subject is what
/// is measured (企业完成建筑业总产值).
pub const REPORTING_VERBS: Words = crate::words!["实现", "完成"];

/// A figure placed somewhere (在外省完成…) is a part of the indicator, not it.
pub const LOCATIVE: &str = "在";

/// Words after a name that make the figure its growth rate: the subject is
/// still the indicator (地区生产总值年均增速4.5%).
pub const RATE_WORDS: Words = crate::words![
    "增速", "增幅", "增长率", "增长速度", "年均增速", "年均增幅", "年均增长率", "年均增长",
    "实际增长",
];

/// The rate word a comparison of a growth is named with (地区生产总值增速高于
/// 全国).
pub const GROWTH_RATE: &str = "增速";

/// After a rate word, a comparison with a wider area (增速快于全省0.4个
/// 百分点) still measures the indicator's growth.
pub const COMPARED_WITH: Words = crate::words![
    "高于全国平均水平", "高于全国平均", "高于全国", "快于全国", "高于全省平均水平", "高于全省平均",
    "高于全省", "快于全省", "高于全市", "快于全市", "低于全国", "低于全省", "比全国高", "比全省高",
    "比全市高", "比全国平均水平高", "比全省平均水平高",
];

/// Modifiers that change what is measured. A subject holding one of these
/// resolves only to a name that holds it too (新增市场主体 is a standard
/// indicator; 新增高新技术企业 is not the stock 高新技术企业数量).
pub const MEASURE_CHANGING: Words = crate::words![
    // Additions are not stocks.
    "新增", "新认定", "新培育", "新引进",
    // 户籍人口城镇化率 counts registered residents, not the resident
    // population of 常住人口城镇化率.
    "户籍", // A sector's or a sea's share of an economy-wide measure.
    "海洋", "工业", "制造业", "高技术", "民间", "服务贸易", "跨境电商",
    // Named areas other than the report's own.
    "区域", "大湾区", "都市圈", "城市群", "经济带", "经济圈", "示范区", "开发区", "高新区", "园区",
    "京津冀", "长三角", "珠三角", "成渝", "出口到",
    // The whole fiscal revenue, with what is passed to higher levels.
    "财政总收入",
];

/// Words that, leading a subject, restrict it to one partner or place
/// (对共建国家进出口, 对美出口).
pub const MEASURE_CHANGING_LEADS: Words = crate::words!["对"];

/// A bracket after a name that says what the figure covers (固定资产投资
/// （不含农户）, 进出口总额（含海关特殊监管区）) names the same indicator.
pub const COVERAGE_NOTE_LEADS: Words =
    crate::words!["不含", "含", "不包括", "包括", "扣除", "剔除"];
