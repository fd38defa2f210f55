//! Units a quantity can carry, and the multipliers written before them.
//!
//! A unit is written as `[multiplier] base`: 万元 = 万 + 元, 万平方米 = 万 + 平方米.
//! The value keeps the number as written (3万户 → 3, unit 万户), as SPEC.md asks.

use super::packed::Words;

/// Multipliers that may stand between a number and its base unit.
/// Longest first so that 千万 wins over 千.
pub const MULTIPLIERS: Words =
    crate::words!["千万", "百万", "十万", "万亿", "亿", "万", "千", "百"];

/// Multipliers that are a unit by themselves when the phrase ends after
/// them (常住人口达1190万，/ 诊疗人次37.7亿（…）): the subject names what is
/// counted. Longest first.
pub const BARE_MULTIPLIERS: Words = crate::words!["万亿", "亿", "万"];

/// People a bare multiplier may count, written right after it (为2500万
/// 困难人员代缴…, 惠及120万群众): the count is of that multiplier of people.
pub const PEOPLE_AFTER_MULTIPLIER: Words = crate::words![
    "人员", "群众", "老年人", "儿童", "学生", "职工", "农民工", "劳动者", "居民", "患者", "人群",
    "妇女", "残疾人", "青少年", "游客", "旅客", "农民",
];
pub const PERSON: &str = "人";

/// Chars that end the phrase after a bare multiplier.
pub const PHRASE_ENDS: &[char] = &['，', '。', '；', '、', '（', '(', '）', ')', '\n', '：'];

/// Base units that measure (money, area, length, volume, weight, energy,
/// time, concentration). The base units are these and [`COUNT_UNITS`], in
/// any order (matched longest first at run time).
pub const MEASURE_UNITS: Words = crate::words![
    // money
    "元", "美元", "欧元", "港元", "日元", // age
    "岁", "周岁", // containers
    "标箱", // area, length, volume, weight
    "平方米", "平方公里", "平方千米", "公顷", "亩", "延长米", "公里", "千米", "厘米", "毫米", "米",
    "立方米", "吨", "公斤", "千克", "斤", "吨标准煤", "标准煤", "亩次", "克/千克", "毫克/千克",
    "毫克/升", // energy and power
    "千瓦时", "千瓦小时", "千瓦", "兆瓦", "MW", "GW", "kW", "KW", "kWh", // time
    "小时", "天", "个月", "分钟", "秒", "个工作日", "工作日", // concentration
    "微克/立方米", "毫克/立方米",
];

/// Rates per head of population, written after the number (发病率为
/// 239.2/10万, 孕产妇死亡率下降至14.3/10万): a measure, taking no
/// multiplier. A number before `/` is otherwise part of a name (24/7).
pub const PER_HEAD_UNITS: Words = crate::words!["/10万人", "/10万", "/万人", "/万"];

/// Units that are complete on their own and take no multiplier.
pub const RATE_UNITS: Words = crate::words!["个百分点", "百分点", "%", "‰", "倍"];

/// A share in words (百分之九点六, 千分之十二点五: older reports), and
/// its unit. Both words are three chars.
pub const SHARE_WORDS: &[(&str, &str)] = &[("百分之", "%"), ("千分之", "‰")];

/// Units that make a number a specification, not a measured fact
/// (110千伏 in 110千伏变电站扩建): never a row.
pub const SPEC_UNITS: Words = crate::words!["千伏", "伏", "兆帕", "级", "星级", "A级"];

/// Base units that count things (classifiers): people, households, items. A count followed by a noun
/// counts that noun (20户以上专精特新企业); a measure followed by 以上 and a
/// noun is a threshold inside the subject (5000万元以上项目).
pub const COUNT_UNITS: Words = crate::words![
    "人次", "人", "名", "位", "户次", "户", "家", "家次", "个", "项", "件", "条", "座", "所", "处",
    "场", "场次", "次", "批次", "批", "台", "套", "株", "棵", "栋", "幢", "种", "支", "起", "宗",
    "笔", "辆", "艘", "架", "张", "间", "片", "块", "篇", "份", "部", "册", "本", "首", "只", "头",
    "匹", "桩", "根", "盏", "口", "眼", "道", "款", "门", "床", "张床", "座次", "单", "段", "颗",
    "枚",
];
