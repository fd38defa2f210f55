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

/// The pass-1 text's lines, with what pass 1 measured of each in the
/// input (`raw`, one a line).
pub(super) fn split_lines(flat: &Normalized, raw: &[RawLine]) -> Vec<InputLine> {
    let mut lines = Vec::with_capacity(raw.len());
    let mut start = 0;
    for raw in raw {
        let end = raw.end;
        lines.push(measure_line(&flat.chars[start..end], raw, start, end));
        start = end + 1;
    }
    lines
}

fn measure_line(text: &[char], raw: &RawLine, start: usize, end: usize) -> InputLine {
    let kind = if text.is_empty() {
        InputKind::Blank
    } else if is_page_number(text) {
        InputKind::PageNumber
    } else if is_furniture(text) || is_figure_caption(text) {
        InputKind::Furniture
    } else {
        InputKind::Text
    };
    InputLine {
        start,
        end,
        kind,
        raw_width: raw.width,
        display_width: raw.display_width,
        ends_sentence: ends_sentence(text),
        cells: raw.cells,
    }
}

/// What pass 2 needs to know of a line of the input as given, from its
/// first char that pass 1 kept to its last.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct RawLine {
    /// Where the line ends in the pass-1 text: at its `\n`, or at the end.
    end: usize,
    /// Code points, blanks included.
    width: usize,
    /// Columns (see [`display_width`]).
    display_width: usize,
    /// Holds a column gap (see [`InputLine::cells`]).
    cells: bool,
}

/// Measures the input's lines as pass 1 reads it, char by char: the input
/// is not read twice, nor held as chars.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Meter {
    pub(super) lines: Vec<RawLine>,
    /// Columns of the input read so far.
    columns: usize,
    /// The line's first kept char: its offset, and the columns before it.
    first: Option<(usize, usize)>,
    /// Just past the line's last kept char: its offset, and the columns.
    end: (usize, usize),
    /// A column gap after the line's first kept char, which makes the line
    /// a table row once a kept char follows it.
    gap: bool,
    cells: bool,
    /// The last char read.
    prev: Option<char>,
}

impl Meter {
    /// Reads the input's char at offset `at`, which pass 1 kept or not.
    #[inline]
    pub(super) fn read(&mut self, at: usize, c: char, kept: bool) {
        let columns = self.columns + display_width(c);
        if kept {
            self.first.get_or_insert((at, self.columns));
            self.end = (at + 1, columns);
            self.cells |= self.gap;
        }
        self.columns = columns;
        self.prev = Some(c);
    }

    /// Reads `len` chars from offset `at` on, all kept, `columns` wide in
    /// all, the last of them `last`: what reading each would do.
    pub(super) fn read_kept_run(&mut self, at: usize, len: usize, columns: usize, last: char) {
        self.first.get_or_insert((at, self.columns));
        self.columns += columns;
        self.end = (at + len, self.columns);
        self.cells |= self.gap;
        self.prev = Some(last);
    }

    /// The last char read.
    pub(super) fn prev(&self) -> Option<char> {
        self.prev
    }

    /// After a run of `len` blanks (`tab`: one is a tab), read after `before`:
    /// two blanks or a tab between two kept chars of the line are a column
    /// gap; after a comma or a full stop they are how prose is spaced.
    pub(super) fn blanks(&mut self, len: usize, tab: bool, before: Option<char>) {
        let wide = len >= 2 || tab;
        let after_prose = before.is_some_and(|c| table::RUNNING_TEXT_MARKS.contains(&c));
        if wide && self.first.is_some() && !after_prose {
            self.gap = true;
        }
    }

    /// Reads a line end, which pass 1 wrote at `end`: the line is measured.
    pub(super) fn line_end(&mut self, at: usize, c: char, end: usize) {
        self.read(at, c, false);
        self.finish_line(end);
    }

    /// Measures the last line, which ends the pass-1 text at `end`; gives
    /// every line's measures.
    pub(super) fn finish(mut self, end: usize) -> Vec<RawLine> {
        self.finish_line(end);
        self.lines
    }

    fn finish_line(&mut self, end: usize) {
        let line = match self.first.take() {
            Some((at, columns)) => RawLine {
                end,
                width: self.end.0 - at,
                display_width: self.end.1 - columns,
                cells: self.cells,
            },
            None => RawLine {
                end,
                ..RawLine::default()
            },
        };
        self.lines.push(line);
        self.gap = false;
        self.cells = false;
    }
}

/// Columns a char takes in a PDF's line: a Chinese font sets quotes,
/// dashes and ellipses as wide as an ideograph.
pub(super) fn display_width(c: char) -> usize {
    if (c as u32) < 0x1100 {
        return 1;
    }
    // Most chars are the common ideographs.
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        return 2;
    }
    let wide = is_cjk(c) || is_wide(c) || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…');
    if wide {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Reads of single chars, kept or not, blanks and line ends.
    fn reads(meter: &mut Meter, steps: &[(char, bool)], from: usize) {
        for (k, &(c, kept)) in steps.iter().enumerate() {
            match c {
                '\n' => meter.line_end(from + k, c, k),
                ' ' => {
                    let before = meter.prev();
                    meter.read(from + k, c, kept);
                    meter.blanks(2, false, before);
                }
                _ => meter.read(from + k, c, kept),
            }
        }
    }

    fn steps() -> impl Strategy<Value = Vec<(char, bool)>> {
        let c = prop::sample::select(vec!['甲', 'a', '，', '〿', ' ', '\n']);
        prop::collection::vec((c, any::<bool>()), 0..12)
    }

    proptest! {
        #[test]
        fn a_kept_run_is_read_as_its_chars_are(before in steps(), run in "[甲a，〿]{1,6}") {
            let run: Vec<char> = run.chars().collect();
            let mut one_by_one = Meter::default();
            reads(&mut one_by_one, &before, 0);
            let mut at_once = Meter::default();
            reads(&mut at_once, &before, 0);
            let at = before.len();
            for (k, &c) in run.iter().enumerate() {
                one_by_one.read(at + k, c, true);
            }
            let columns = run.iter().map(|&c| display_width(c)).sum();
            at_once.read_kept_run(at, run.len(), columns, run[run.len() - 1]);
            prop_assert_eq!(at_once, one_by_one);
        }
    }
}
