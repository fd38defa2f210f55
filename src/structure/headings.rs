//! Headings: numbered (第一部分, 一、, （一）, 1., （1）, markdown #), short
//! plain lines, and paragraphs that open the plan part (下半年，我们将…).

use super::Mode;
use crate::lexicon::matcher::LazyIndex;
use crate::lexicon::structure_words as w;
use crate::normalize::{Line, LineKind, Numbering};
use crate::text::{contains, is_cjk, starts_with, strip_prefix};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HeadingKind {
    /// A numbered heading, as stage 1 read its number.
    Numbered(Numbering),
    /// A short line without numbering.
    Plain,
    /// A paragraph opening the plan part: 下半年，我们将…
    Opening,
}

impl HeadingKind {
    /// Nominal rank of a numbered style: lower is higher in the outline.
    pub(super) fn rank(self) -> Option<u8> {
        match self {
            HeadingKind::Numbered(n) => Some(n.rank()),
            HeadingKind::Plain | HeadingKind::Opening => None,
        }
    }

    pub(super) fn is_numbered(self) -> bool {
        self.rank().is_some()
    }
}

#[derive(Debug, Clone)]
pub(super) struct Heading {
    pub(super) kind: HeadingKind,
    /// Ordinal of a numbered heading (一 → 1).
    pub(super) ordinal: u32,
    /// Start of the line.
    pub(super) start: usize,
    /// The heading's words, without its number: `[start, end)`.
    pub(super) text: (usize, usize),
}

/// Longest plain line taken as a heading.
pub(super) const MAX_PLAIN_HEADING: usize = 30;
/// Longest inline heading (（一）…。 followed by body text on the same line).
pub(super) const MAX_INLINE_HEADING: usize = 60;

pub(super) fn find_headings(c: &[char], lines: &[Line], body_line: usize) -> Vec<Heading> {
    let mut out = Vec::new();
    for line in lines.iter().skip(body_line) {
        let text = &c[line.start..line.end];
        if line.kind == LineKind::Frame {
            continue;
        }
        if let Some(h) = numbered_heading(c, *line) {
            out.push(h);
        } else if is_plain_heading(text) || is_plan_opening(text) {
            let kind = if is_plain_heading(text) {
                HeadingKind::Plain
            } else {
                HeadingKind::Opening
            };
            let end = if kind == HeadingKind::Plain {
                line.end
            } else {
                first_stop(c, line.start, line.end)
            };
            out.push(Heading {
                kind,
                ordinal: 0,
                start: line.start,
                text: (line.start, end),
            });
        }
    }
    out
}

pub(super) fn numbered_heading(c: &[char], line: Line) -> Option<Heading> {
    let number = line.number()?;
    let s = line.start + number.len;
    let mut e = first_stop(c, s, line.end);
    if e - s > MAX_INLINE_HEADING {
        // A long first sentence after 1. is a numbered paragraph; keep its
        // opening as the heading text for signals.
        e = s + MAX_INLINE_HEADING;
    }
    Some(Heading {
        kind: HeadingKind::Numbered(number.style),
        ordinal: number.ordinal,
        start: line.start,
        text: (s, e),
    })
}

/// The end of the first sentence (before 。！？) within `[s, e)`.
pub(super) fn first_stop(c: &[char], s: usize, e: usize) -> usize {
    (s..e)
        .find(|&k| matches!(c[k], '。' | '！' | '？'))
        .unwrap_or(e)
}

pub(super) fn is_plain_heading(t: &[char]) -> bool {
    t.len() <= MAX_PLAIN_HEADING
        && t.len() >= 4
        && !t.iter().any(|ch| {
            matches!(
                ch,
                '。' | '；' | '！' | '？' | '：' | '，' | ',' | '“' | '"'
            )
        })
        && t.iter().filter(|ch| is_cjk(**ch)).count() * 2 > t.len()
        && !w::NOT_HEADING_WORDS.iter().any(|m| contains(t, m))
        && !w::SALUTATION_PREFIXES.iter().any(|p| starts_with(t, p))
}

/// 下半年，我们将… / 明年，要…: a paragraph opening the plan part.
pub(super) fn is_plan_opening(t: &[char]) -> bool {
    w::PLAN_OPENING_TIMES.iter().any(|time| {
        let Some(rest) = strip_prefix(t, time) else {
            return false;
        };
        let rest = strip_prefix(rest, "，").unwrap_or(rest);
        w::PLAN_OPENING_VERBS.iter().any(|v| starts_with(rest, v))
    })
}

/// The heading's own mode from its words: the earliest review or plan word
/// (a review word where both start).
pub(super) fn word_signal(text: &[char]) -> Option<Mode> {
    // Both lists in one index: the heading is walked once, not once a word.
    static WORDS: LazyIndex = LazyIndex::union(&[w::REVIEW_HEADING_WORDS, w::PLAN_HEADING_WORDS]);
    let review_words = w::REVIEW_HEADING_WORDS.iter().count();
    let index = WORDS.get();
    (0..text.len()).find_map(|at| {
        let mut words = index.all_at(text, at).peekable();
        words.peek()?;
        Some(if words.any(|i| i < review_words) {
            Mode::Review
        } else {
            Mode::Plan
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signal(s: &str) -> Option<Mode> {
        word_signal(&s.chars().collect::<Vec<char>>())
    }

    #[test]
    fn the_earliest_heading_word_gives_the_mode() {
        assert_eq!(signal("三、下一步工作安排"), Some(Mode::Plan));
        assert_eq!(
            signal("一、五年来工作回顾和明年工作安排"),
            Some(Mode::Review)
        );
        assert_eq!(signal("二、主要目标与一年来的进展"), Some(Mode::Plan));
        assert_eq!(signal("四、把青川建得更美"), None);
    }
}
