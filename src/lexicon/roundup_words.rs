//! Words of round-ups (a newspaper's 城市GDP出炉, a national bulletin going
//! region by region): how a sentence ties a figure to a place.

use super::packed::Words;

/// A figure a place ranks by, written before the number: 杭州以2.1万亿元的
/// 经济总量居全省首位, 凭借8200亿元的GDP总量，无锡位列第三. Longest first.
pub const MEANS_LEADS: Words = crate::words!["凭借", "依靠", "依托", "以", "凭"];

/// A rank after the noun of a means phrase (居全省第二位, 位列第三): it
/// says where the place stands, not what is measured.
pub const RANK_WORDS: Words = crate::words![
    "居全", "居第", "居于", "位居", "位列", "位于", "排名", "排在", "排全", "排第", "列全", "列第",
    "稳居", "跃居", "升至第", "跻身",
];

/// 居 opens a rank (居中部首位, 居西部第二) when one of `RANK_ENDS` follows
/// in its clause, unless it begins a word (居民, 居住).
pub const RANK_LEAD: char = '居';
pub const RANK_ENDS: Words = crate::words!["第", "首位", "前列", "榜首", "末位"];
pub const NOT_A_RANK: Words = crate::words!["居民", "居住"];

/// A bare 人均 after a figure (GDP 9000亿元，人均9.3万元) is that figure per
/// head; the subject it leaves is 人均, or 人 once 均 is cut as a verb.
pub const PER_HEAD: &str = "人均";
pub const PER_HEAD_LEFT: Words = crate::words!["人均", "人"];

/// A clause that says which indicator the places after it give (从GDP总量
/// 看，甲、乙分别为…; 常住人口方面，甲…): what opens and what ends it.
pub const ASPECT_FRAMES: &[(&str, &str)] = &[("从", "来看"), ("从", "看"), ("", "方面")];

/// Indicators a round-up's title ranks places by (城市GDP百强榜): a place
/// written with a figure and no name (杭州2.2万亿元) gives that one.
pub const TITLE_ASPECTS: Words = crate::words!["GDP", "经济总量", "地区生产总值"];

/// A place followed by one of these at a sentence's start is its topic
/// (重庆：GDP总量…, 苏州市，地区生产总值…).
pub const TOPIC_BREAKS: &[char] = &['：', ':', '，'];

/// Words that open a clause about the report's own region (全省, 我市):
/// after them a round-up's place no longer owns the figures.
pub const OWN_SCOPES: Words = crate::words![
    "全省", "全市", "全区", "全县", "全旗", "全州", "全盟", "我省", "我市", "我区", "我县", "本省",
    "本市", "本区", "本县",
];

/// A bare word right after the indicator that is its counterpart: 一般公共
/// 预算收入1300亿元，支出1200亿元 — the 支出 is the same budget's. Each entry:
/// the bare word, and the word of the subject before that it replaces.
/// Taken only when the name so made is a standard indicator.
/// A group in front takes the place of the other group (城镇居民人均可支配
/// 收入…；农村居民…).
pub const COUNTERPARTS: &[(&str, &str)] = &[
    ("支出", "收入"),
    ("农村居民", "城镇居民"),
    ("城镇居民", "农村居民"),
    ("农村常住居民", "城镇常住居民"),
    ("城镇常住居民", "农村常住居民"),
];

/// Groups a figure is split into after [`SUBSET_MARK`] (…，其中城镇为25.5%，
/// 农村为29.6%): a group alone names its part of the figure before.
pub const SUBGROUPS: Words = crate::words!["城镇", "农村", "城市", "乡村", "城区", "男性", "女性"];
pub const SUBSET_MARK: &str = "其中";
/// Scopes a split figure's name loses before a group's (全国孕产妇死亡率 →
/// 城市孕产妇死亡率).
pub const WHOLE_SCOPES: Words = crate::words!["全国", "全省", "全市", "全区", "全县", "全体"];

/// Measures a list of industries or kinds of enterprise shares (分行业看，
/// 化学原料制造业增加值增长2.9%，印刷业增长4.2%): a kind alone, after
/// a kind's measure, has that measure. A kind ends with [`KIND_END`].
pub const SHARED_MEASURES: Words = crate::words![
    "增加值", "产值", "营业收入", "利润总额", "进出口总额", "出口额", "进口额"
];
pub const KIND_END: char = '业';

/// Indicators counted in people whose figure a report writes with a bare
/// multiplier (常住人口985万): the unit is that multiplier of 人.
pub const COUNTED_IN_PEOPLE: Words = crate::words!["常住人口"];
pub const PEOPLE: &str = "人";

/// A bare 人口 counted in 万 (合肥人口985万) is a round-up's resident
/// population; alone (人口老龄化, 人口增长) it names no standard indicator.
pub const BARE_POPULATION: (&str, &str) = ("人口", "常住人口");
