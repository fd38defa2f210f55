//! Words the structure stage reads: report kinds, section signals, region
//! suffixes and page furniture. The places themselves are in the table of
//! divisions (`divisions.txt`).

use super::packed::Words;

use crate::model::{Kind, Level};

/// Title words naming the kind of document, checked in this order.
pub const KIND_WORDS: &[(&str, Kind)] = &[
    ("政府工作报告", Kind::WorkReport),
    ("统计公报", Kind::Bulletin),
    ("计划执行情况", Kind::PlanReport),
    ("规划执行情况", Kind::PlanReport),
    ("计划草案", Kind::PlanReport),
    ("计划的报告", Kind::PlanReport),
    ("预算执行情况", Kind::Other),
    // Any other 公报 (生态环境状况公报, 普查数据公报) reports a year's figures
    // as a statistical bulletin does.
    ("公报", Kind::Bulletin),
];

/// Words by which a text names what it is when its title is lost (注：本公报
/// 中部分数据为初步统计数): the kind, read anywhere in the body.
pub const SELF_REFERENCES: &[(&str, Kind)] = &[("本公报", Kind::Bulletin)];

/// How a report names the whole of its own region (全市上下, 全省): the
/// suffix of the unit it is about, when neither title nor head names it.
pub const WHOLE_REGION_WORDS: &[(&str, &str)] = &[
    ("全省", "省"),
    ("全市", "市"),
    ("全区", "区"),
    ("全县", "县"),
    ("全旗", "旗"),
];
/// A unit must be named this often in the body to be the report's own.
pub const MIN_OWN_REGION_MENTIONS: usize = 3;

/// Byline and credit words that mark a news article near its top.
pub const NEWS_MARKERS: Words = crate::words![
    "本报记者", "本报讯", "记者", "通讯员", "新华社", "供图", "核心提示", "编者按", "责任编辑",
];

/// The last words of an office signing a bulletin or a report in its head
/// (南京市统计局 / 国家统计局某某调查队 / 某某市人民政府): such a line is a byline,
/// not a title, and with a date line under it opens a report of its own in a
/// file that holds several.
pub const OFFICE_ENDS: Words = crate::words![
    "统计局", "调查队", "调查总队", "人民政府", "办公室", "办公厅", "委员会", "政府",
];

/// After a year at the start of a paragraph, what makes the paragraph the
/// lead of a year's report (2023年是…之年 / 2022年，全市…): a bulletin of a
/// compilation opens so.
pub const YEAR_LEAD_TAILS: &[char] = &['是', '，', ','];

/// In a plan report's title, the words that end the part naming the
/// reviewed period (the rest names the planned period).
pub const TITLE_REVIEW_ENDS: Words = crate::words!["执行情况", "完成情况", "工作总结", "工作回顾"];

/// Heading words of a section that reviews results.
pub const REVIEW_HEADING_WORDS: Words = crate::words![
    "工作回顾", "执行情况", "完成情况", "主要进展", "进展情况", "过去一年", "过去五年", "五年来",
    "一年来", "主要成效", "主要成绩", "取得的成绩", "工作成效", "发展成就", "运行情况", "回顾",
];

/// Heading words of a section that sets targets or plans work.
pub const PLAN_HEADING_WORDS: Words = crate::words![
    "工作安排", "工作打算", "工作思路", "工作重点", "工作建议", "工作目标", "计划安排", "计划草案",
    "主要预期目标", "预期目标", "主要目标", "发展目标", "目标任务", "主要任务", "重点任务",
    "重点工作", "总体要求", "下一步", "下半年", "展望",
];

/// A paragraph opening with a time word and then one of these (within a few
/// chars) announces the plan part of a report: 下半年，我们将…
pub const PLAN_OPENING_VERBS: Words = crate::words!["我们将", "我们要", "将", "要", "我们必须"];

/// Time words that may open such a paragraph.
pub const PLAN_OPENING_TIMES: Words =
    crate::words!["下半年", "明年", "今年", "新的一年", "下一步", "下阶段"];

/// Line openings that address the audience (各位代表：) — never a title.
pub const SALUTATION_PREFIXES: Words = crate::words!["各位", "尊敬的", "同志们"];

/// Words that make a plain short line a report line rather than a heading:
/// bylines, credits, offices.
pub const NOT_HEADING_WORDS: Words = crate::words![
    "记者", "摄", "供图", "整理", "局长", "市长", "区长", "县长", "省长", "主任", "委员会",
];

/// Admin-unit suffixes, longest first, with the level they give.
/// The level of a named unit is the table's (`lexicon::divisions`); these
/// levels only serve placeholders (XX区) and bare suffixes (区政府).
pub const REGION_SUFFIXES: &[(&str, Level)] = &[
    ("特别行政区", Level::Province),
    ("自治区", Level::Province),
    ("自治州", Level::City),
    ("自治县", Level::County),
    ("自治旗", Level::County),
    ("省", Level::Province),
    ("市", Level::City),
    ("盟", Level::City),
    ("区", Level::District),
    ("县", Level::County),
    ("旗", Level::County),
];

/// Chars that end a region name on its left in a title or meeting line
/// (关于立山区…, 2023年鞍山市…, 在海州区第…). A news title dates itself by
/// month (1-11月我市外贸…, 前10月份全县…): 月 ends the name as 年 does.
pub const REGION_LEFT_ANCHORS: Words =
    crate::words!["关于", "年", "月", "月份", "在", "对", "——", "—"];

/// First chars that make a `X区` / `X市` a generic word, not a place name
/// (全区, 我市, 本县, 各区…).
pub const GENERIC_REGION_HEADS: &[char] = &[
    '全', '我', '本', '该', '各', '每', '辖', '城', '市', '县', '省', '区', '两', '新', '老', '园',
    '景', '街', '社', '小', '片', '矿', '郊', '山', '地', '灾', '厂', '校', '库',
];

/// Generic three-char words ending in a region suffix, never a place name.
pub const GENERIC_REGION_WORDS: Words = crate::words![
    "开发区", "示范区", "试验区", "先行区", "功能区", "集聚区", "保护区", "风景区", "老城区",
    "商务区", "服务区", "核心区", "产业区", "工业区", "新城区", "居民区", "生活区", "棚户区",
    "旅游区", "度假区", "农业区", "贫困县", "示范县", "示范市", "先进市", "贸易区", "自贸区",
    "经济区", "合作区", "实验区", "科技城",
];

/// Generic two-char words ending in 区/县/市 that end many a phrase (老旧小区,
/// 产业园区) but never a place name's last char plus suffix.
pub const GENERIC_REGION_TAILS: Words = crate::words![
    "小区", "社区", "园区", "景区", "街区", "城区", "片区", "矿区", "辖区", "校区", "营区", "厂区",
    "湾区", "库区", "林区", "牧区", "垦区", "市区", "郊区", "灾区", "老区", "展区", "赛区", "专区",
    "分区", "误区", "盲区", "县区", "区区", "新区", "上市", "夜市", "超市", "城市", "强市", "闹市",
    "股市", "楼市", "菜市",
];

/// Words that open with a region suffix's char but are no suffix: the 市 of
/// 消费市场 or 股票市值 ends no place name.
pub const WORDS_AT_SUFFIX: Words =
    crate::words!["市场", "市值", "市域", "区域", "区间", "县域", "省份"];

/// Words naming the whole nation as the reporting region.
pub const NATION_MARKERS: Words =
    crate::words!["国务院总理", "全国人民代表大会第", "中华人民共和国"];

/// A title with one of these is the nation's (2024年我国卫生健康事业发展统计
/// 公报, 第三次全国工业普查主要数据公报).
pub const NATION_TITLE_WORDS: Words = crate::words!["全国", "我国", "中国", "中华人民共和国"];

/// The nation's own whole-region word: a text whose region nothing else
/// names, that says it again and again and never 全省/全市/…, is the
/// nation's.
pub const NATION_WORD: &str = "全国";

/// Masthead labels before a web page's publication date.
pub const PUBLISHED_LABELS: Words = crate::words![
    "发布时间", "发布日期", "发文日期", "发表时间", "更新时间", "日期",
];

/// How many lines of the input are read for a masthead.
pub const MASTHEAD_LINES: usize = 30;

/// Last words of a whole report title (…政府工作报告, …统计公报, …计划草案):
/// a title line that does not end so may go on in the next line.
pub const TITLE_ENDS: Words = crate::words!["报告", "公报", "草案"];

/// The end of a subtitle line naming the session a report was given at
/// (——2023年12月27日在…人民代表大会…会议上).
pub const SESSION_LINE_END: &str = "会议上";

/// After a region suffix in a title, the words that make it the region's
/// government (2024年区政府工作报告, 县人民政府): the suffix is the region.
pub const GOVERNMENT_WORDS: Words = crate::words!["政府", "人民政府"];

/// Before the speaker's government in a work report's opening (我代表鞍山市
/// 人民政府，向大会报告): the region follows it.
pub const SPEAKER_MARK: &str = "代表";

/// Offices that sign a bulletin or a release (鞍山市统计局): the units
/// written right before them are the report's region.
pub const OFFICE_WORDS: Words = crate::words!["统计局", "人民政府"];

/// How many last lines may hold a signature (an office and a date).
pub const SIGNATURE_LINES: usize = 3;
