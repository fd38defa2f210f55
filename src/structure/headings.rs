//! Headings: numbered (第一部分, 一、, （一）, 1., （1）, markdown #), short
//! plain lines, and paragraphs that open the plan part (下半年，我们将…).

use super::head::is_furniture;
use super::lines::Line;
use super::Mode;
use crate::lexicon::packed::Words;
use crate::lexicon::structure_words as w;
use crate::text::{cn_numeral_at, contains, find, is_cjk, read_uint, starts_with, strip_prefix};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HeadingKind {
    /// `#`…`######`: markdown level 1–6.
    Markdown(u8),
    /// 第一部分, 第一章
    Part,
    /// 一、
    CnEnum,
    /// （一）
    ParenCn,
    /// 1. / 1、
    ArabicDot,
    /// （1）
    ParenArabic,
    /// A short line without numbering.
    Plain,
    /// A paragraph opening the plan part: 下半年，我们将…
    Opening,
}

impl HeadingKind {
    /// Nominal rank of a numbered style: lower is higher in the outline.
    pub(super) fn rank(self) -> Option<u8> {
        match self {
            HeadingKind::Markdown(n) => Some(n.saturating_sub(1)),
            HeadingKind::Part => Some(6),
            HeadingKind::CnEnum => Some(7),
            HeadingKind::ParenCn => Some(8),
            HeadingKind::ArabicDot => Some(9),
            HeadingKind::ParenArabic => Some(10),
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
        if is_furniture(text) {
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
    let t = &c[line.start..line.end];
    let (kind, ordinal, len) = heading_number(t)?;
    let s = line.start + len;
    let mut e = first_stop(c, s, line.end);
    if e - s > MAX_INLINE_HEADING {
        // A long first sentence after 1. is a numbered paragraph; keep its
        // opening as the heading text for signals.
        e = s + MAX_INLINE_HEADING;
    }
    Some(Heading {
        kind,
        ordinal,
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

/// The numbering at the start of a line: (kind, ordinal, chars used).
pub(super) fn heading_number(t: &[char]) -> Option<(HeadingKind, u32, usize)> {
    let hashes = t.iter().take_while(|ch| **ch == '#').count();
    if (1..=6).contains(&hashes) {
        let skip = hashes + t[hashes..].iter().take_while(|ch| **ch == ' ').count();
        return Some((HeadingKind::Markdown(hashes as u8), 0, skip));
    }
    if t.first() == Some(&'第') {
        let (n, len) = cn_numeral_at(&t[1..], 0).unwrap_or_default();
        let unit = t.get(1 + len);
        if len > 0 && matches!(unit, Some('部' | '章' | '篇')) {
            let word = if unit == Some(&'部') { 2 } else { 1 };
            return Some((HeadingKind::Part, n, 1 + len + word));
        }
        return None;
    }
    if t.first() == Some(&'（') {
        let inner = &t[1..];
        let (n, len) = cn_numeral_at(inner, 0).unwrap_or_default();
        if len > 0 && inner.get(len) == Some(&'）') {
            return Some((HeadingKind::ParenCn, n, len + 2));
        }
        let (n, len) = read_uint(inner, 0).unwrap_or_default();
        if len > 0 && len <= 2 && inner.get(len) == Some(&'）') {
            return Some((HeadingKind::ParenArabic, n, len + 2));
        }
        return None;
    }
    let (n, len) = cn_numeral_at(t, 0).unwrap_or_default();
    if len > 0 && t.get(len) == Some(&'、') {
        return Some((HeadingKind::CnEnum, n, len + 1));
    }
    let (n, len) = read_uint(t, 0).unwrap_or_default();
    if len > 0 && len <= 2 && matches!(t.get(len), Some('.' | '、')) {
        let next = t.get(len + 1);
        if next.is_some_and(|x| !x.is_ascii_digit() && !x.is_whitespace()) {
            return Some((HeadingKind::ArabicDot, n, len + 1));
        }
    }
    None
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

/// The heading's own mode from its words: the earliest review or plan word.
pub(super) fn word_signal(text: &[char]) -> Option<Mode> {
    let first = |words: Words| words.iter().filter_map(|x| find(text, x)).min();
    match (first(w::REVIEW_HEADING_WORDS), first(w::PLAN_HEADING_WORDS)) {
        (Some(r), Some(p)) => Some(if r <= p { Mode::Review } else { Mode::Plan }),
        (Some(_), None) => Some(Mode::Review),
        (None, Some(_)) => Some(Mode::Plan),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_paragraph_is_not_a_number() {
        assert!(heading_number(&"1.5亿元".chars().collect::<Vec<_>>()).is_none());
        assert_eq!(
            heading_number(&"十二、其他".chars().collect::<Vec<_>>()),
            Some((HeadingKind::CnEnum, 12, 3))
        );
        assert_eq!(
            heading_number(&"第一部分 回顾".chars().collect::<Vec<_>>()),
            Some((HeadingKind::Part, 1, 4))
        );
    }
}
