//! Hard-wrapped text (a PDF's or an e-mail's lines): the width its lines
//! were cut at, found from the lines themselves, so that stage 1 can join
//! them back into paragraphs.

use super::{InputKind, InputLine};

/// The width of hard-wrapped lines, when the text has them.
#[derive(Debug, Clone, Copy)]
pub(super) struct Wrap {
    by_display: bool,
    width: usize,
}

/// Wraps narrower than this are not PDF lines but lists and tables.
const MIN_WRAP_WIDTH: usize = 20;
/// Widths are counted up to here; anything wider is a paragraph.
const MAX_WRAP_WIDTH: usize = 400;

impl Wrap {
    /// Wrapped lines are long, of nearly one width, and most of them stop
    /// mid-sentence; few lines are wider. The most common width of lines
    /// that stop mid-sentence, if enough lines share it and few lines
    /// exceed it. Tried on both measures; the stronger peak wins.
    pub(super) fn estimate(lines: &[InputLine]) -> Option<Wrap> {
        [false, true]
            .into_iter()
            .filter_map(|by_display| Self::peak(lines, by_display))
            .max_by_key(|&(_, full)| full)
            .map(|(wrap, _)| wrap)
    }

    fn peak(lines: &[InputLine], by_display: bool) -> Option<(Wrap, usize)> {
        // Lines that stop mid-sentence, and all lines, by width.
        let mut cut = vec![0usize; MAX_WRAP_WIDTH + 2];
        let mut all = vec![0usize; MAX_WRAP_WIDTH + 2];
        let mut text_lines = 0;
        for line in lines.iter().filter(|l| l.kind == InputKind::Text) {
            let w = Self::width_of(line, by_display).min(MAX_WRAP_WIDTH + 1);
            all[w] += 1;
            if !line.ends_sentence {
                cut[w] += 1;
            }
            text_lines += 1;
        }
        let mode = (MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).max_by_key(|&w| (cut[w], w))?;
        let wrap = Wrap {
            by_display,
            width: mode,
        };
        let (low, high) = wrap.window();
        let full: usize = cut[low..=high].iter().sum();
        let wider: usize = all[high + 1..].iter().sum();
        let strong = full >= 3 && wider * 4 <= full && full * 4 >= text_lines;
        strong.then_some((wrap, full))
    }

    /// Widths a full line may have: a wrap leaves a line short by a char or
    /// two (a half-width char, punctuation kept off the next line's start).
    fn window(&self) -> (usize, usize) {
        let tolerance = (self.width / 10).max(2);
        (
            self.width.saturating_sub(tolerance),
            (self.width + 2).min(MAX_WRAP_WIDTH + 1),
        )
    }

    pub(super) fn is_full(&self, line: &InputLine) -> bool {
        let (low, high) = self.window();
        (low..=high).contains(&Self::width_of(line, self.by_display))
    }

    fn width_of(line: &InputLine, by_display: bool) -> usize {
        if by_display {
            line.display_width
        } else {
            line.raw_width
        }
    }
}
