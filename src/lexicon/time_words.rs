//! Time words: the words of time expressions (src/period/) and of the
//! five-year plans (“十四五”) that name spans of years.

use super::packed::Words;

/// Five-year plan names and their spans (“十四五” = 2021–2025).
pub const PLAN_PERIODS: &[(&str, i32, i32)] = &[
    ("十一五", 2006, 2010),
    ("十二五", 2011, 2015),
    ("十三五", 2016, 2020),
    ("十四五", 2021, 2025),
    ("十五五", 2026, 2030),
    ("十六五", 2031, 2035),
];

/// The char every census's name holds (普查, 五经普, 七普).
pub const CENSUS_CHAR: char = '普';

/// National censuses and the year their figures are of, by their full and
/// short names: a figure of “五经普” (the fifth economic census) is of 2023
/// whenever the report is written. Economic censuses 2004, 2008, 2013,
/// 2018, 2023; population censuses 2000, 2010, 2020; agricultural 2006,
/// 2016; the second pollution-source census 2017.
pub const CENSUS_YEARS: &[(&str, i32)] = &[
    ("第一次全国经济普查", 2004),
    ("第二次全国经济普查", 2008),
    ("第三次全国经济普查", 2013),
    ("第四次全国经济普查", 2018),
    ("第五次全国经济普查", 2023),
    ("一经普", 2004),
    ("二经普", 2008),
    ("三经普", 2013),
    ("四经普", 2018),
    ("五经普", 2023),
    ("第五次全国人口普查", 2000),
    ("第六次全国人口普查", 2010),
    ("第七次全国人口普查", 2020),
    ("六普", 2010),
    ("七普", 2020),
    ("六人普", 2010),
    ("七人普", 2020),
    ("第二次全国农业普查", 2006),
    ("第三次全国农业普查", 2016),
    ("二农普", 2006),
    ("三农普", 2016),
    ("第二次全国污染源普查", 2017),
    ("二污普", 2017),
];

/// Words after a plan name that place the current year in its span:
/// “十三五”收官之年 → the span's last year.
pub const PLAN_YEAR_END_WORDS: Words = crate::words!["收官之年", "收官年", "最后一年", "决胜之年"];
pub const PLAN_YEAR_START_WORDS: Words = crate::words!["开局之年", "起步之年", "开局年", "第一年"];

/// Years named relative to the current one: (word, offset).
pub const RELATIVE_YEARS: &[(&str, i32)] = &[
    ("本年度", 0),
    ("今年", 0),
    ("本年", 0),
    ("上一年", -1),
    ("去年", -1),
    ("上年", -1),
    ("前年", -2),
    ("明年", 1),
];

/// Halves of a year.
pub const HALVES: &[(&str, u8)] = &[("上半年", 1), ("下半年", 2)];

/// A time word right after one of these is a baseline of comparison
/// (比上年增长, 较2020年), not the period of the clause.
pub const BASELINE_BEFORE: &[char] = &['比', '较', '从', '由'];

/// 与/同 before a time word make it a baseline when one of these follows soon.
pub const BASELINE_PAIR_BEFORE: &[char] = &['与', '同', '和'];
pub const BASELINE_PAIR_AFTER: Words = crate::words!["相比", "比较", "持平", "同期"];

/// Words that end a comparison (与上年相比, 同2020年比较): when one ends a
/// subject, the comparison from its 与/同/和 on is cut from it.
pub const COMPARISON_ENDS: Words = crate::words!["相比较", "相比", "比较"];

/// How far before its end word a comparison's 与 may stand (与“十三五”末期
/// 相比): a bound, so a subject is never cut at a 和 far before.
pub const COMPARISON_MAX_CHARS: usize = 12;

/// A time word followed by one of these is a baseline: 上年同期.
pub const BASELINE_AFTER: Words = crate::words!["同期"];

/// 全年 followed by one of these names the year's plan, not the period:
/// 完成全年任务的56.5%.
pub const WHOLE_YEAR_NAME_AFTER: Words = crate::words!["计划", "目标", "任务", "预算"];

/// Words that make “N年” a span ending at the reviewed year: 五年来, 近三年, 过去五年.
/// Words a lead sentence may open with before the period it speaks of
/// (刚刚过去的2025年，… / 回顾过去五年，…).
pub const SCOPE_LEAD_INS: Words = crate::words!["刚刚过去的", "刚过去的", "回顾", "回首", "回望"];

/// Longer first: 过去的五年 before 过去五年.
pub const SPAN_BEFORE: Words = crate::words!["过去的", "过去", "近", "这"];
pub const SPAN_AFTER: Words = crate::words!["来", "以来", "间"];
/// A bare “N年” right before a change or a total is the last N years
/// (税收收入达到50亿元，3年增长15%): they end at the reviewed year.
pub const SPAN_BEFORE_CHANGE: Words = crate::words![
    "增长", "增加", "提高", "提升", "下降", "降低", "减少", "累计", "翻番", "翻一番",
];

/// After a plan name (“十四五”…): the words that make it a span up to the
/// reviewed year, the whole span, or its end year.
pub const PLAN_SINCE_WORDS: Words = crate::words!["以来"];
pub const PLAN_SPAN_WORDS: Words = crate::words!["时期", "期间", "规划期"];
pub const PLAN_END_WORDS: Words = crate::words!["末期", "末", "期末", "收官"];

/// Words after “Y年” meaning "from then until now": 2021年以来, 2021年至今.
pub const SINCE_WORDS: Words = crate::words!["以来", "至今"];

/// The opening of a sentence that names the current year by its place in a
/// plan (今年是“十三五”收官之年 → 2020).
pub const THIS_YEAR_IS: &str = "今年是";

/// Chars a time expression may start with besides the first chars of the
/// time words: 全 (全年), 前 (前三季度), 第 (第一季度), the quotes of a plan
/// name (“十四五”), Chinese numerals (三年来, 一季度).
pub const MENTION_START_CHARS: &str = "全前第“\"「‘零〇一二两三四五六七八九十百";

/// After a year: its end (2023年底), still the year.
pub const YEAR_END_WORDS: Words = crate::words!["年底", "年末"];

/// Words before a year that go with it when a subject opens with a date
/// (截至2023年底, 到2030年): cut from the subject with the year.
pub const YEAR_LEADS: Words = crate::words!["截至", "截止", "到", "至"];

/// Words after 年 that belong to a date a subject opens with (2024年上半年,
/// 2023年底, 2022年以来, 2024年度); the first that follows wins.
pub const AFTER_YEAR_IN_SUBJECT: Words = crate::words![
    "上半年", "下半年", "全年", "前三季度", "一季度", "以来", "底", "末", "度",
];

/// How a news item opens before its figures (记者从市统计局获悉，前三季度…):
/// a period right after it frames the whole sentence, as at its start.
pub const NEWS_LEADS: Words =
    crate::words!["获悉", "了解到", "据悉", "据统计", "据初步核算", "据核算"];
