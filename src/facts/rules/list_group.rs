//! Rule: numbers written one after another, joined by 、 和 及 与 or nothing,
//! form one list that shares a subject; after 分别 a comma joins them too.
//!
//! Why: 茶叶、蚕茧产量分别增长6.3%和2.8% gives two facts, one per name,
//! in order; 整治背街小巷35条28万平方米 gives two measures of one subject. A
//! comma alone ends a list unless 分别 announced one, because a comma
//! usually starts a new fact.
//!
//! Example: 甲、乙两项收入分别增长4%和6% → one list of two numbers.

use super::super::fact::Reading;
use crate::lexicon::words::LIST_JOINTS;
use crate::text::starts_at;

/// How many readings from `i` form one list sharing a subject: 分别增长17.6%
/// 和9.4%, 374个、242个, 20个140万平方米.
pub(in crate::facts) fn list_group(chars: &[char], readings: &[Reading], i: usize) -> usize {
    let mut n = 1;
    while i + n < readings.len() {
        let prev = &readings[i + n - 1];
        let next = &readings[i + n];
        let joint_ok =
            is_list_joint(chars, prev.q.end, next.q.start) && next.verb_start == next.q.start;
        let comma = chars.get(prev.q.end) == Some(&'，');
        // A comma joins a list only when 分别 announced one.
        if !joint_ok || (comma && !has_fenbie_before(chars, &readings[i])) {
            break;
        }
        n += 1;
    }
    n
}

/// Text between two quantities that joins them into one list: 、 和 及 与,
/// or nothing (整治背街小巷35条28万平方米).
fn is_list_joint(chars: &[char], from: usize, to: usize) -> bool {
    match &chars[from..to] {
        [] | ['，'] | ['以', '及'] => true,
        [c] => LIST_JOINTS.contains(c),
        _ => false,
    }
}

fn has_fenbie_before(chars: &[char], r: &Reading) -> bool {
    let from = r.verb_start.saturating_sub(4);
    (from..r.q.start).any(|i| starts_at(chars, i, "分别"))
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    #[test]
    fn fenbie_shares_numbers_out_in_order() {
        let r = rows("苹果、蓝莓产量分别增长12.4%和8.3%。");
        assert_eq!(r.len(), 2);
        assert_eq!(
            (r[0].indicator.as_str(), r[0].change),
            ("苹果产量", Some(12.4))
        );
        assert_eq!(
            (r[1].indicator.as_str(), r[1].change),
            ("蓝莓产量", Some(8.3))
        );
    }

    /// The row contract (docs/rows.md) names each subject in full: the
    /// measure written once after the list (产量) belongs to every item.
    #[test]
    fn fenbie_gives_each_item_the_shared_measure() {
        let r = rows("苹果、蓝莓产量分别增长12.4%和8.3%。");
        assert_eq!(r[0].indicator, "苹果产量");
    }

    #[test]
    fn two_measures_of_one_subject() {
        let r = rows("改造老旧街区15个90万平方米。");
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|r| r.indicator == "改造老旧街区"));
        assert_eq!(r[1].unit.as_deref(), Some("万平方米"));
    }
}
