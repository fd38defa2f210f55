//! Whether the words of a sentence make its numbers goals or estimates.

use crate::lexicon::matcher::LazyIndex;
use crate::lexicon::words::{
    ESTIMATE_MARKERS, GOAL_WORDS, OBTAIN_NOUNS, OBTAIN_VERB, PLAN_NOT_GOAL_AFTER,
    PLAN_NOT_GOAL_BEFORE, PLAN_WORD,
};
use crate::text::{ends_at, starts_at, CharLen};

/// What a word makes of the numbers after it in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusWord {
    /// 预计: an estimate.
    Estimate,
    /// 力争, 计划新增: a goal.
    Goal,
}

/// The status word written at `i`, if any: goal words (but 争取 taking
/// money is not one), 计划 when it plans, 预计.
pub fn status_word_at(chars: &[char], i: usize) -> Option<StatusWord> {
    match WORDS.at(chars, i) {
        Some(w) if ESTIMATE_MARKERS.contains(w) => Some(StatusWord::Estimate),
        Some(w) if !is_obtaining(chars, i, w) => Some(StatusWord::Goal),
        _ if is_planning(chars, i) => Some(StatusWord::Goal),
        _ => None,
    }
}

/// The status words of `text`, in order: only the chars that can start
/// one are looked up.
pub fn status_words(text: &[char]) -> impl Iterator<Item = (usize, StatusWord)> + '_ {
    let plan = PLAN_WORD.chars().next();
    let may_start = move |c: char| WORDS.get().may_start(c) || Some(c) == plan;
    (0..text.len())
        .filter(move |&i| may_start(text[i]))
        .filter_map(|i| status_word_at(text, i).map(|w| (i, w)))
}

/// Goal words and estimate markers: one index holds both tables, so a
/// sentence is read for them in one pass.
static WORDS: LazyIndex = LazyIndex::union(&[GOAL_WORDS, ESTIMATE_MARKERS]);

/// 争取上级资金: 争取 takes money or support, so it reports what was got.
fn is_obtaining(chars: &[char], i: usize, word: &str) -> bool {
    if word != OBTAIN_VERB {
        return false;
    }
    let from = i + word.char_len();
    let to = (from..chars.len())
        .find(|&j| matches!(chars[j], '，' | '；' | '。'))
        .unwrap_or(chars.len());
    (from..to).any(|j| OBTAIN_NOUNS.iter().any(|n| starts_at(chars, j, n)))
}

fn is_planning(chars: &[char], i: usize) -> bool {
    if !starts_at(chars, i, PLAN_WORD) {
        return false;
    }
    let after = i + PLAN_WORD.char_len();
    !PLAN_NOT_GOAL_BEFORE.iter().any(|w| ends_at(chars, i, w))
        && !PLAN_NOT_GOAL_AFTER
            .iter()
            .any(|w| starts_at(chars, after, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a goal word stands in `chars[..at]` (the rest of the
    /// clause is read to tell 争取资金 apart).
    fn goal_before(chars: &[char], at: usize) -> bool {
        (0..at).any(|i| status_word_at(chars, i) == Some(StatusWord::Goal))
    }

    fn marks(s: &str) -> bool {
        let c: Vec<char> = s.chars().collect();
        goal_before(&c, c.len())
    }

    #[test]
    fn goal_words_mark_targets() {
        assert!(marks("力争科技型中小企业达到"));
        assert!(marks("湖滨市计划新增省级以上研发平台"));
    }

    #[test]
    fn a_plan_measured_against_is_not_a_goal() {
        assert!(!marks("16个项目竣工投产，完成年计划的"));
        assert!(!marks("计划执行情况"));
        assert!(!marks("为企业争取缓缴贷款额度"));
        assert!(!marks("出台“港城人才计划”3.0版"));
        let c: Vec<char> = "争取120万元畜牧业发展资金".chars().collect();
        assert!(!goal_before(&c, 2));
    }
}
