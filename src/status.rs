//! Whether the words of a sentence state a goal.

use crate::lexicon::words::{GOAL_WORDS, PLAN_NOT_GOAL_AFTER, PLAN_NOT_GOAL_BEFORE, PLAN_WORD};

fn starts(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    for w in word.chars() {
        if chars.get(i) != Some(&w) {
            return false;
        }
        i += 1;
    }
    true
}

fn ends(chars: &[char], at: usize, word: &str) -> bool {
    let n = word.chars().count();
    at >= n && starts(chars, at - n, word)
}

/// True when `chars` hold a word that makes what follows a goal.
pub fn has_target_marker(chars: &[char]) -> bool {
    (0..chars.len())
        .any(|i| GOAL_WORDS.iter().any(|w| starts(chars, i, w)) || is_planning(chars, i))
}

fn is_planning(chars: &[char], i: usize) -> bool {
    if !starts(chars, i, PLAN_WORD) {
        return false;
    }
    let after = i + PLAN_WORD.chars().count();
    !PLAN_NOT_GOAL_BEFORE.iter().any(|w| ends(chars, i, w))
        && !PLAN_NOT_GOAL_AFTER.iter().any(|w| starts(chars, after, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(s: &str) -> bool {
        has_target_marker(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn goal_words_mark_targets() {
        assert!(marks("力争科技型中小企业达到"));
        assert!(marks("鞍山市计划新增市级以上科技创新平台"));
    }

    #[test]
    fn a_plan_measured_against_is_not_a_goal() {
        assert!(!marks("14个项目竣工投产，完成年计划的"));
        assert!(!marks("计划执行情况"));
    }
}
