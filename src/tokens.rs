//! Stage 3b: a sentence's tokens — its quantities, its time expressions and
//! the words that change what a number is (预计, goal words) — each found
//! once, with positions in the normalised text.
//!
//! Facts read a sentence through its tokens (`facts::marks` derives clauses,
//! framing periods and status positions from them) and do not scan it
//! again. A sentence without a number is only read for its time words, and
//! only when the text has no dated section (see `facts::extract`).
//!
//! Example (made up): `预计全年增长5%左右，力争达到100亿元。` gives two
//! quantities (5%左右, 100亿元), one time (全年), an estimate at 预计 and a
//! goal at 力争.

use crate::clause::Sentence;
use crate::period::{self, Anchor, Mention};
use crate::quantity::{self, Quantity};
use crate::status::StatusWord;

/// What a sentence holds, in order of position.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    pub quantities: Vec<Quantity>,
    /// Time expressions, `start`/`end` in the normalised text.
    pub times: Vec<Mention>,
    /// Where 预计 is first written.
    pub estimate_at: Option<usize>,
    /// Where the words that make what follows a goal stand, ascending.
    pub goals: Vec<usize>,
}

impl Tokens {
    /// The quantities of sentence `s`; its other tokens only when it has a
    /// quantity or `want_times` (a sentence without numbers matters for
    /// the periods it writes alone).
    pub fn read(chars: &[char], s: &Sentence, anchor: &Anchor, want_times: bool) -> Tokens {
        let quantities = quantity::scan(chars, s.start, s.end);
        if quantities.is_empty() && !want_times {
            return Tokens::default();
        }
        let text = &chars[s.start..s.end];
        let times = period::scan(text, anchor)
            .into_iter()
            .map(|m| Mention {
                start: s.start + m.start,
                end: s.start + m.end,
                ..m
            })
            .collect();
        if quantities.is_empty() {
            return Tokens {
                times,
                ..Tokens::default()
            };
        }
        let (estimate_at, goals) = status_words(text, s.start);
        Tokens {
            quantities,
            times,
            estimate_at,
            goals,
        }
    }
}

/// The first 预计 and the goal words of a sentence's `text`, as positions
/// from `offset`, in one pass.
fn status_words(text: &[char], offset: usize) -> (Option<usize>, Vec<usize>) {
    let mut estimate_at = None;
    let mut goals = Vec::new();
    for (i, word) in crate::status::status_words(text) {
        match word {
            StatusWord::Estimate => {
                estimate_at = estimate_at.or(Some(offset + i));
            }
            StatusWord::Goal => goals.push(offset + i),
        }
    }
    (estimate_at, goals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clause;

    fn tokens(s: &str, want_times: bool) -> Tokens {
        let c: Vec<char> = s.chars().collect();
        let sentences = clause::split(&c);
        Tokens::read(
            &c,
            &sentences[0],
            &Anchor::from_current(Some(2030)),
            want_times,
        )
    }

    #[test]
    fn a_sentence_with_numbers_gives_every_kind_of_token() {
        let t = tokens("预计全年增长5%左右，力争达到100亿元。", false);
        assert_eq!(t.quantities.len(), 2);
        assert_eq!(t.times.len(), 1);
        assert_eq!((t.times[0].start, t.times[0].end), (2, 4));
        assert_eq!(t.estimate_at, Some(0));
        assert_eq!(t.goals, vec![11]);
    }

    #[test]
    fn positions_are_in_the_whole_text() {
        let c: Vec<char> = "开局良好。2030年，完成投资90亿元。".chars().collect();
        let s = &clause::split(&c)[1];
        let t = Tokens::read(&c, s, &Anchor::default(), false);
        assert_eq!(t.times[0].start, 5);
        assert_eq!(t.quantities[0].start, 15);
    }

    #[test]
    fn a_sentence_without_numbers_is_read_for_its_times_only_when_asked() {
        assert!(tokens("2030年，各项工作稳步推进。", false).times.is_empty());
        let t = tokens("2030年，各项工作稳步推进。", true);
        assert_eq!(t.times.len(), 1);
        assert!(t.goals.is_empty() && t.quantities.is_empty());
    }
}
