//! Pass 2's input: the lines of the pass-1 text, each sorted (blank, page
//! number, furniture, text) and measured (its widths, whether it holds a
//! column gap) once, for the wrap width and the join rules.

use super::furniture::{is_figure_caption, is_furniture, is_page_number};
use super::{ends_sentence, Normalized};
use crate::lexicon::furniture as table;
use crate::text::{is_cjk, is_wide};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum InputKind {
    Blank,
    PageNumber,
    Furniture,
    Text,
}

/// A line of the pass-1 text: `[start, end)` without its `\n`.
#[derive(Debug, Clone, Copy)]
pub(super) struct InputLine {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: InputKind,
    /// Length in input code points, spaces included: what a wrap counts.
    pub(super) raw_width: usize,
    /// Width in columns (Chinese 2, ASCII 1): what a PDF's margin measures.
    pub(super) display_width: usize,
    pub(super) ends_sentence: bool,
    /// Holds a column gap (a tab, or two blanks or more between words): a
    /// table row copied from a sheet, a Word table or a laid-out PDF. Such
    /// a row is a line of its own; joining it would hand one row's change
    /// to the next row's subject.
    pub(super) cells: bool,
}

pub(super) fn split_lines(flat: &Normalized, src: &[char]) -> Vec<InputLine> {
    let mut lines = Vec::new();
    let mut start = 0;
    for end in 0..=flat.len() {
        if end < flat.len() && flat.chars[end] != '\n' {
            continue;
        }
        lines.push(measure_line(flat, src, start, end));
        start = end + 1;
    }
    lines
}

/// A tab, or two blanks or more, between two words: the gap between a
/// table's cells. Blanks after a comma or a full stop (亿元，  同比增长) are
/// how prose is spaced, not a column.
fn has_column_gap(raw: &[char]) -> bool {
    let blank = |c: char| c == ' ' || c == '\t';
    let mut i = 0;
    while i < raw.len() {
        if !blank(raw[i]) {
            i += 1;
            continue;
        }
        let run = i;
        while i < raw.len() && blank(raw[i]) {
            i += 1;
        }
        let wide = i - run >= 2 || raw[run..i].contains(&'\t');
        let inside = run > 0 && i < raw.len();
        if wide && inside && !table::RUNNING_TEXT_MARKS.contains(&raw[run - 1]) {
            return true;
        }
    }
    false
}

fn measure_line(flat: &Normalized, src: &[char], start: usize, end: usize) -> InputLine {
    let text = &flat.chars[start..end];
    let kind = if text.is_empty() {
        InputKind::Blank
    } else if is_page_number(text) {
        InputKind::PageNumber
    } else if is_furniture(text) || is_figure_caption(text) {
        InputKind::Furniture
    } else {
        InputKind::Text
    };
    let (raw_width, display_width, cells) = match (flat.offset(start), end.checked_sub(1)) {
        (Some(first), Some(last)) if start < end => {
            let last = flat.offset(last).unwrap_or(first).max(first);
            let raw = src.get(first..=last).unwrap_or(&[]);
            let cells = has_column_gap(raw);
            (
                raw.len(),
                raw.iter().map(|&c| display_width(c)).sum(),
                cells,
            )
        }
        _ => (0, 0, false),
    };
    InputLine {
        start,
        end,
        kind,
        raw_width,
        display_width,
        ends_sentence: ends_sentence(text),
        cells,
    }
}

/// Columns a char takes in a PDF's line: a Chinese font sets quotes,
/// dashes and ellipses as wide as an ideograph.
fn display_width(c: char) -> usize {
    // Ideographs first: most chars are.
    let wide = is_cjk(c) || is_wide(c) || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…');
    if wide {
        2
    } else {
        1
    }
}
