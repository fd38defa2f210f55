//! Words that tell what a level stated over a span of years is (SPEC
//! "Periods in multi-year reviews and plans"): held through the span, a
//! total of what was done in it, or a stock read at its end.

use super::packed::Words;

/// Before the number: the level was held through the span, not reached at
/// its end (粮食产量连续五年稳定在90万吨以上, 保持在80%以上).
pub const HELD_WORDS: Words = crate::words!["稳定在", "保持在", "控制在", "维持在", "稳居", "连续"];

/// Before the number: a total over the span (累计完成投资560亿元).
pub const CUMULATIVE_WORDS: Words = crate::words!["累计", "总计", "合计", "共计"];

/// Inside the subject: a count of things done in the span, not a stock
/// (城镇新增就业, 市场主体净增, 大学生留市就业). Subjects opening with a
/// verb of doing (新建污水管网, 改造老旧街区) count too: see
/// [`super::words::LIST_VERBS`].
pub const DONE_INSIDE: Words = crate::words!["新增", "净增", "就业"];

/// After 连续N年, the verbs that hold a level through the run (连续9年稳定在
/// 1300亿斤以上 → the nine years); 连续四年超过2万人 is a level of the year.
pub const RUN_HELD: Words = crate::words!["稳定在", "保持在", "控制在", "维持在", "稳居"];

/// Before the subject: a level reached every year of the span (每年城镇新增
/// 就业50万人以上): a yearly minimum over the span, dated by the span.
pub const YEARLY_WORDS: Words = crate::words!["每年", "年年"];
