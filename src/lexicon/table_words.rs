//! The words of a table's head: which column holds a level, which a change,
//! which the unit of its row, and how a row's label is numbered. A bulletin
//! lays its figures out so (指标 | 金额（亿元） | 比上年增长（%）).

use super::packed::Words;

/// A column whose head holds one of these gives each row's change
/// (比上年增长（%）, 增速, 涨跌幅度).
pub const CHANGE_HEADS: Words = crate::words![
    "增长", "增速", "增幅", "涨幅", "涨跌", "增减", "比上年", "同比", "比上年末", "变化", "降幅",
];

/// A column whose head is one of these gives each row's unit (计量单位).
pub const UNIT_HEADS: Words = crate::words!["计量单位", "单位"];

/// Heads of a level column that name no measure of their own: the row's
/// label alone is the subject (指标 | 绝对值（亿元）).
pub const GENERIC_VALUE_HEADS: Words = crate::words![
    "绝对值", "绝对量", "绝对数", "数值", "数量", "金额", "总量", "总额", "实绩", "本期", "本年",
    "全年", "合计", "完成值", "指标值",
];

/// Labels of a table's total row: the column's measure alone is its subject
/// (合计 under 出口额（亿元） → 出口额).
pub const TOTAL_LABELS: Words =
    crate::words!["合计", "总计", "全部", "总量", "全市", "全省", "全区", "全县",];

/// What a row's label opens with that is no part of its name: 其中：, #.
pub const LABEL_PREFIXES: Words = crate::words!["其中：", "其中:", "其中", "#", "＃", "内："];

/// A first cell of this many digits at most before a named cell is a rank
/// (1 | 上海 | …), not a year or a figure.
pub const RANK_MAX_DIGITS: usize = 3;

/// Heads of a column of cities: in a table that lists their provinces too
/// (省份 | 城市 | GDP), the rows are the cities'.
pub const CITY_HEADS: Words = crate::words!["城市", "城市名称", "地市", "市州", "设区市", "地级市"];

/// Before the unit in a table's caption or head: （单位：亿元）.
pub const UNIT_LABELS: Words = crate::words!["单位：", "单位:"];

/// A table's caption opens so (表1 2022年…).
pub const CAPTION_START: char = '表';
