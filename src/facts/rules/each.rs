//! Rule: one number can be every listed subject's: A和B均实现100% gives A
//! and B each 100%; 镇、村各编录事项133条 gives each place the thing named
//! after 各, with the one number.
//!
//! Why: 均/都 right before the verb, and 各 after a short list of places,
//! say the number holds for each of them. 各 inside a subject (各级各类) is
//! no such word.
//!
//! Example: 甲乡、乙乡各新建站点3个 → 甲乡新建站点 3个, 乙乡新建站点 3个.

use super::split_items::split_items;
use crate::indicator::Dictionary;
use crate::lexicon::words::{EACH_JOINTS, EACH_NOT_BEFORE, EACH_OF, EACH_WORDS};
use crate::text::{starts_at, CharLen};

/// The subjects a list of `n` numbers is about, or more than `n` when every
/// subject of a list takes the one number (A和B均实现100%).
pub(in crate::facts) fn subject_items(
    chars: &[char],
    subject: &str,
    n: usize,
    from: usize,
    to: usize,
    dict: &Dictionary,
) -> Vec<String> {
    if n > 1 {
        return split_items(subject, n, dict);
    }
    // 均/都 right before the verb and number, not 各 inside the subject (各级各类).
    let window = to.saturating_sub(4).max(from);
    let each = (window..to).any(|i| EACH_WORDS.iter().any(|w| starts_at(chars, i, w)));
    if each {
        let parts: Vec<String> = subject
            .split(EACH_JOINTS)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if (2..=4).contains(&parts.len()) {
            return parts;
        }
    }
    each_of_list(subject).unwrap_or_else(|| vec![subject.to_string()])
}

/// 镇（街道）、村（社区）各编录事项133条: each place listed before 各 has
/// the thing named after it, with the one number.
fn each_of_list(subject: &str) -> Option<Vec<String>> {
    let (list, thing) = subject.split_once(EACH_OF)?;
    let generic = thing
        .chars()
        .next()
        .is_none_or(|c| EACH_NOT_BEFORE.contains(&c));
    let places: Vec<&str> = list.split(EACH_JOINTS).filter(|s| !s.is_empty()).collect();
    let short = places.iter().all(|p| p.char_len() <= 8);
    (!generic && short && (2..=4).contains(&places.len()))
        .then(|| places.iter().map(|p| format!("{p}{thing}")).collect())
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    #[test]
    fn yu_inside_a_word_lists_nothing() {
        // 均 of 平均 before the verb, 与 inside 参与: one subject, one row.
        let r = rows("参与单位营业收入平均增长8%。");
        assert_eq!(r.len(), 1, "{r:#?}");
        assert!(r[0].indicator.starts_with("参与单位"));
    }

    #[test]
    fn ge_gives_each_place_the_number() {
        let r = rows("镇（街道）、村（社区）各编录事项133条。举办、承办各级各类推介活动6次。");
        assert_eq!(r.len(), 3);
        assert_eq!(r[1].indicator, "村（社区）编录事项");
        assert_eq!(r[2].indicator, "举办、承办各级各类推介活动");
    }
}
