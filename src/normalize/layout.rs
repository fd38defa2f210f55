//! The layout of the normalised text: each line classified once, in stage
//! 1, and passed on with it. The structure stage reads a line's kind here
//! (a heading's number, a date line, a line that opens like the page's
//! frame, a table row) instead of detecting it again, and the masthead's
//! publication year is read while the input's lines are classified, before
//! page furniture is dropped.

use crate::lexicon::furniture as table;
use crate::lexicon::matcher::LazyIndex;
use crate::lexicon::structure_words as w;
use crate::text::{cn_numeral_at, find, read_uint, CharLen};

/// A line of the normalised text (a paragraph once wrapped lines are
/// joined), `[start, end)` without its `\n` and its leading and trailing
/// blanks. Never empty.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
    /// Held a column gap in the input (a tab, or two blanks or more between
    /// words): a table row copied from a sheet or a laid-out page.
    pub cells: bool,
}

impl Line {
    /// The heading number the line opens with.
    pub fn number(&self) -> Option<Number> {
        match self.kind {
            LineKind::Heading(n) => Some(n),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Text,
    /// Opens with a heading's number (一、 （二） 1. 第一部分 #).
    Heading(Number),
    /// 2025年3月 / 2024年2月28日 alone: when a report was published.
    Date,
    /// Opens as the page's frame does (a label, 【, 首页) but was kept: never
    /// a title or a heading.
    Frame,
}

/// The number a heading opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    pub style: Numbering,
    /// 一 → 1; 0 for markdown.
    pub ordinal: u32,
    /// Chars the number takes, its mark and a markdown heading's blanks included.
    pub len: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
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
}

impl Numbering {
    /// Nominal rank: lower is higher in the outline.
    pub fn rank(self) -> u8 {
        match self {
            Numbering::Markdown(n) => n.saturating_sub(1),
            Numbering::Part => 6,
            Numbering::CnEnum => 7,
            Numbering::ParenCn => 8,
            Numbering::ArabicDot => 9,
            Numbering::ParenArabic => 10,
        }
    }
}

/// The lines of the normalised `chars`; `cells` says which of them held a
/// column gap, by the position of their first char.
pub(super) fn lines(chars: &[char], cells: &[usize]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut s = 0;
    for line in chars.split(|&c| c == '\n') {
        let (start, end) = trim(chars, s, s + line.len());
        if start < end {
            out.push(Line {
                start,
                end,
                kind: kind_of(&chars[start..end]),
                cells: cells.binary_search(&s).is_ok(),
            });
        }
        s += line.len() + 1;
    }
    out
}

fn trim(c: &[char], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && c[a].is_whitespace() {
        a += 1;
    }
    while b > a && c[b - 1].is_whitespace() {
        b -= 1;
    }
    (a, b)
}

fn kind_of(text: &[char]) -> LineKind {
    if opens_as_frame(text) {
        LineKind::Frame
    } else if let Some(n) = heading_number(text) {
        LineKind::Heading(n)
    } else if is_date_line(text) {
        LineKind::Date
    } else {
        LineKind::Text
    }
}

/// A kept line that starts with a furniture label or a frame opening.
fn opens_as_frame(text: &[char]) -> bool {
    FRAME_OPENINGS.get().longest_at(text, 0).is_some()
}

/// Every kept line is tried against these: indexed by first char, a try
/// is one probe.
static FRAME_OPENINGS: LazyIndex = LazyIndex::union(&[table::LINE_LABELS, table::FRAME_PREFIXES]);

/// The numbering at the start of a line.
pub(super) fn heading_number(t: &[char]) -> Option<Number> {
    let number = |style, ordinal, len| {
        Some(Number {
            style,
            ordinal,
            len,
        })
    };
    let hashes = t.iter().take_while(|ch| **ch == '#').count();
    if (1..=6).contains(&hashes) {
        let skip = hashes + t[hashes..].iter().take_while(|ch| **ch == ' ').count();
        return number(Numbering::Markdown(hashes as u8), 0, skip);
    }
    if t.first() == Some(&'第') {
        let (n, len) = cn_numeral_at(&t[1..], 0).unwrap_or_default();
        let unit = t.get(1 + len);
        if len > 0 && matches!(unit, Some('部' | '章' | '篇')) {
            let word = if unit == Some(&'部') { 2 } else { 1 };
            return number(Numbering::Part, n, 1 + len + word);
        }
        return None;
    }
    if t.first() == Some(&'（') {
        let inner = &t[1..];
        let (n, len) = cn_numeral_at(inner, 0).unwrap_or_default();
        if len > 0 && inner.get(len) == Some(&'）') {
            return number(Numbering::ParenCn, n, len + 2);
        }
        let (n, len) = read_uint(inner, 0).unwrap_or_default();
        if len > 0 && len <= 2 && inner.get(len) == Some(&'）') {
            return number(Numbering::ParenArabic, n, len + 2);
        }
        return None;
    }
    let (n, len) = cn_numeral_at(t, 0).unwrap_or_default();
    if len > 0 && t.get(len) == Some(&'、') {
        return number(Numbering::CnEnum, n, len + 1);
    }
    let (n, len) = read_uint(t, 0).unwrap_or_default();
    if len > 0 && len <= 2 && matches!(t.get(len), Some('.' | '、')) {
        let next = t.get(len + 1);
        if next.is_some_and(|x| !x.is_ascii_digit() && !x.is_whitespace()) {
            return number(Numbering::ArabicDot, n, len + 1);
        }
    }
    None
}

/// 2025年3月 / 2024年2月28日 alone on a line: when a report was published,
/// not a period it speaks of.
pub(crate) fn is_date_line(text: &[char]) -> bool {
    let Some((year, 4)) = read_uint(text, 0) else {
        return false;
    };
    let tail = &text[4..];
    let Some((_, lm)) = read_uint(tail, 1) else {
        return false;
    };
    let after_month = 2 + lm;
    let month_only = tail.first() == Some(&'年') && tail.get(1 + lm) == Some(&'月');
    (1949..=2100).contains(&year)
        && month_only
        && (tail.len() == after_month || is_cn_date_tail(tail) && tail.len() <= after_month + 3)
}

/// 年12月27日 (or 年三月二十五日, as older reports date) after a year: a
/// full date.
pub(crate) fn is_cn_date_tail(t: &[char]) -> bool {
    if t.first() != Some(&'年') {
        return false;
    }
    let lm = count_len(t, 1);
    if lm == 0 || t.get(1 + lm) != Some(&'月') {
        return false;
    }
    let ld = count_len(t, 2 + lm);
    ld > 0 && matches!(t.get(2 + lm + ld), Some('日' | '号'))
}

/// How many chars the number at `i` takes, in Arabic or Chinese numerals.
fn count_len(t: &[char], i: usize) -> usize {
    match read_uint(t, i) {
        Some((_, len)) => len,
        None => cn_numeral_at(t, i).map_or(0, |(_, end)| end - i),
    }
}

/// The year a web page's masthead says it was published (发布时间：2024-07-20)
/// in one of the input's first lines, whether the line is then dropped as
/// furniture or kept.
pub(super) fn published_year(line: &[char]) -> Option<i32> {
    let at = w::PUBLISHED_LABELS
        .iter()
        .find_map(|l| find(line, l).map(|i| i + l.char_len()))?;
    let rest = &line[at..line.len().min(at + 6)];
    let start = rest.iter().position(|c| c.is_ascii_digit())?;
    let (year, len) = read_uint(rest, start)?;
    (len == 4 && (1949..=2100).contains(&year)).then_some(year as i32)
}
