//! Stage 1: normalise the input text, keeping a map back to the input.
//!
//! Two passes, both linear:
//! 1. char by char: fold full-width forms, unify line ends, drop invisible
//!    chars, note markers and the spaces that only separate a number from
//!    its unit or from Chinese text, give half-width clause punctuation
//!    between Chinese text its Chinese form;
//! 2. line by line: drop page numbers and web-page furniture, and join the
//!    hard line breaks of PDF copy-paste while keeping paragraph breaks;
//!    then write the years of running text that are written in Chinese
//!    digits (一九九四年，) in Arabic digits.
//!
//! Every output char remembers the code point offset of the input char it
//! came from, so rows can point into the text exactly as the user gave it.

use crate::lexicon::furniture as table;
use crate::lexicon::structure_words::MASTHEAD_LINES;
use crate::text::{fold_chinese_years, is_cjk, longest_at};
use fold::{fold_text, is_circled_number};
use in_place::InPlace;
pub(crate) use layout::{is_cn_date_tail, is_date_line};
pub use layout::{Line, LineKind, Number, Numbering};
use measure::{split_lines, InputKind, InputLine};
use offsets::OffsetMap;
use wrap::Wrap;

/// Normalised text with an offset map back to the input.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalised text, one `char` per position.
    pub chars: Vec<char>,
    /// The code point offset in the input of each of `chars`.
    map: OffsetMap,
    /// Length of the input in code points.
    input_len: usize,
    /// The lines of `chars`, each classified once (see [`layout`]).
    pub lines: Vec<Line>,
    /// The year the masthead says the page was published, read from the
    /// input's first lines before furniture is dropped.
    pub published: Option<i32>,
}

impl Normalized {
    fn with_capacity(capacity: usize, input_len: usize) -> Self {
        Normalized {
            chars: Vec::with_capacity(capacity),
            map: OffsetMap::default(),
            input_len,
            lines: Vec::new(),
            published: None,
        }
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The map back to the input alone ([`Normalized::position_of`],
    /// [`Normalized::original_span`]), its text and lines let go: what the
    /// stages after the running text's read need of a text of megabytes.
    pub fn into_positions(mut self) -> Normalized {
        self.chars = Vec::new();
        self.lines = Vec::new();
        self
    }

    /// The normalised text between two char positions as a `String`.
    pub fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.len());
        let start = start.min(end);
        self.chars[start..end].iter().collect()
    }

    /// Maps a span of normalised positions `[start, end)` to code point
    /// offsets `[start, end)` in the input. Always `start <= end <= input len`.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || start >= self.map.len() {
            let at = self.offset(start).unwrap_or(self.input_len);
            return (at, at);
        }
        let end = end.min(self.map.len());
        let s = self.offset(start).unwrap_or(self.input_len);
        let e = self
            .offset(end - 1)
            .map_or(self.input_len, |o| o + 1)
            .min(self.input_len);
        (s.min(e), e)
    }

    /// The normalised position of the first char at or after input code
    /// point `offset` (the map only grows, so a binary search finds it).
    pub fn position_of(&self, offset: usize) -> usize {
        self.map.position_of(offset)
    }

    fn offset(&self, pos: usize) -> Option<usize> {
        self.map.get(pos).map(|o| o.min(self.input_len))
    }

    #[inline]
    fn push(&mut self, c: char, at: usize) {
        self.chars.push(c);
        self.map.push(at);
    }
}

/// Folds one char: full-width ASCII to half-width, ideographic space to space.
/// Chinese punctuation is kept (，。；：、 carry meaning for clause splitting).
#[inline]
pub fn fold_char(c: char) -> char {
    // Most chars fold to themselves: ASCII, the ideographs and Chinese
    // punctuation lie outside every range below.
    if c < '\u{A0}' || ('\u{3001}'..='\u{FEFE}').contains(&c) {
        return c;
    }
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            let folded = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            // Keep the Chinese forms of clause punctuation; fold the rest.
            match folded {
                ',' => '，',
                ';' => '；',
                ':' => '：',
                '!' => '！',
                '?' => '？',
                _ => folded,
            }
        }
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => ' ',
        '\u{FEFF}' => '\u{200B}',
        _ => c,
    }
}

/// Normalise `input` (see the module docs).
pub fn normalize(input: &str) -> Normalized {
    let (flat, raw_lines) = fold_text(input);
    let lines = split_lines(&flat, &raw_lines);
    let wrap = Wrap::estimate(&lines);
    let published = lines
        .iter()
        .take(MASTHEAD_LINES)
        .find_map(|l| layout::published_year(&flat.chars[l.start..l.end]));
    let (mut out, cells) = assemble(flat, &lines, wrap);
    out.lines = layout::lines(&out.chars, &cells);
    fold_years_in_running_text(&mut out);
    out.published = published;
    out
}

/// Writes the years of running text written in Chinese digits (一九九四年，)
/// in Arabic digits, one char for one, as full-width digits are folded. A
/// line without a mark of running text (a title) keeps them as written.
fn fold_years_in_running_text(out: &mut Normalized) {
    for line in &out.lines {
        let text = &mut out.chars[line.start..line.end];
        if has_running_marks(text) {
            fold_chinese_years(text);
        }
    }
}

/// Holds a mark of running text (，。；、！？).
fn has_running_marks(line: &[char]) -> bool {
    line.iter().any(|c| table::RUNNING_TEXT_MARKS.contains(c))
}

// ---------------------------------------------------------------------------
// Pass 2: lines.

/// What the join rules need to know of the paragraph being built.
#[derive(Debug, Clone, Copy, Default)]
struct Paragraph {
    starts_heading: bool,
    /// Holds a sentence end before its last char: prose, not a title.
    has_sentence_end: bool,
    has_running_marks: bool,
    chars: usize,
}

impl Paragraph {
    fn start(line: &[char]) -> Self {
        let mut p = Paragraph {
            starts_heading: starts_heading(line),
            ..Paragraph::default()
        };
        p.add(line);
        p
    }

    fn add(&mut self, line: &[char]) {
        let body = &line[..line.len().saturating_sub(1)];
        self.has_sentence_end |= body.iter().any(|c| table::SENTENCE_ENDS.contains(c));
        self.has_running_marks |= has_running_marks(line);
        self.chars += line.len();
    }
}

/// Paragraphs of at least this many chars with a comma are prose.
const PROSE_MIN_CHARS: usize = 24;
/// A wrapped furniture line runs on for at most this many lines.
const FURNITURE_MAX_LINES: usize = 3;

/// Pass 2: keeps text lines, drops page numbers and furniture, and joins
/// the lines of a paragraph. Also gives where each table row starts (such
/// a row is a line of its own).
fn assemble(flat: Normalized, lines: &[InputLine], wrap: Option<Wrap>) -> (Normalized, Vec<usize>) {
    let mut out = InPlace::new(flat);
    let mut cells = Vec::new();
    let is_full = |line: &InputLine| wrap.is_some_and(|w| w.is_full(line));
    // The last text line kept (and where it was copied), while the next
    // one may join it.
    let mut open: Option<(InputLine, usize)> = None;
    let mut paragraph = Paragraph::default();
    let mut furniture_run = 0;
    for line in lines {
        let text = out.line(line);
        match line.kind {
            InputKind::Blank | InputKind::PageNumber => continue,
            InputKind::Furniture => {
                open = None;
                furniture_run = if is_full(line) && !ends_sentence(text) {
                    1
                } else {
                    0
                };
                continue;
            }
            InputKind::Text => {}
        }
        if furniture_run > 0 && furniture_run < FURNITURE_MAX_LINES && !starts_heading(text) {
            // The rest of a furniture line that the wrap cut.
            furniture_run = if is_full(line) { furniture_run + 1 } else { 0 };
            continue;
        }
        furniture_run = 0;
        let open_text = open.map(|(a, at)| (a, out.copied(at, a.end - a.start)));
        let join = open_text.is_some_and(|(a, a_text)| {
            !a.cells && !line.cells && joins(&paragraph, a_text, is_full(&a), text)
        });
        if join {
            paragraph.add(text);
        } else {
            let open_was_full = open.is_some_and(|(a, _)| is_full(&a));
            let wrapped = open_was_full && open_text.is_some_and(|(_, t)| ends_sentence(t));
            start_paragraph(&mut paragraph, text, wrapped);
            if out.len() > 0 {
                out.push_break(open.map_or(line.start.saturating_sub(1), |(a, _)| a.end));
            }
        }
        if line.cells {
            cells.push(out.len());
        }
        open = Some((*line, out.copy(line)));
    }
    (out.finish(), cells)
}

/// Starts a paragraph with `text`, unless the line before filled the wrap
/// width and ended a sentence there (`wrapped_end`): a sentence end at the
/// margin may be a wrap inside a paragraph, so unless a heading follows,
/// the paragraph goes on for the rules that judge later breaks, as it
/// would had the wrap not fallen there.
fn start_paragraph(paragraph: &mut Paragraph, text: &[char], wrapped_end: bool) {
    if wrapped_end && !starts_heading(text) {
        paragraph.has_sentence_end = true;
        paragraph.add(text);
    } else {
        *paragraph = Paragraph::start(text);
    }
}

/// Whether the break between line `a` (the end of `paragraph` so far) and
/// line `b` is a wrap inside a paragraph rather than a paragraph break.
fn joins(paragraph: &Paragraph, a: &[char], a_is_full: bool, b: &[char]) -> bool {
    let Some(&last) = a.last() else {
        return false;
    };
    // A sentence end at the margin may end a paragraph or not; the break
    // is kept, which splits nothing a sentence end does not split already.
    if ends_sentence(a) {
        return false;
    }
    if a_is_full {
        return !starts_strong_heading(b) && !starts_numbered_item(b);
    }
    if starts_heading(b) {
        return false;
    }
    if table::CONTINUES.contains(&last) {
        return true;
    }
    if table::INTRODUCES.contains(&last) {
        return false;
    }
    if table::ENDS_ROW.contains(&last) && b.first().is_some_and(|&c| is_cjk(c)) {
        return false;
    }
    if paragraph.starts_heading && !paragraph.has_sentence_end {
        return false;
    }
    paragraph.has_sentence_end
        || (paragraph.has_running_marks && paragraph.chars >= PROSE_MIN_CHARS)
}

fn ends_sentence(line: &[char]) -> bool {
    let body = line
        .iter()
        .rev()
        .position(|c| !table::CLOSERS.contains(c))
        .map_or(&[][..], |n| &line[..line.len() - n]);
    body.last()
        .is_some_and(|c| table::SENTENCE_ENDS.contains(c))
}

/// 一、 （一） （1） 第一章: a heading whatever came before.
fn starts_strong_heading(line: &[char]) -> bool {
    let numerals = count_while(line, 0, |c| table::HEADING_NUMERALS.contains(&c));
    if numerals > 0 && line.get(numerals) == Some(&'、') {
        return true;
    }
    if line.first() == Some(&'（') {
        let n = count_while(line, 1, |c| {
            table::HEADING_NUMERALS.contains(&c) || c.is_ascii_digit()
        });
        return (1..=3).contains(&n) && line.get(1 + n) == Some(&'）');
    }
    if line.first() == Some(&'第') {
        let n = count_while(line, 1, |c| {
            table::HEADING_NUMERALS.contains(&c) || c.is_ascii_digit()
        });
        return n > 0 && longest_at(line, 1 + n, table::HEADING_ORDINAL_NOUNS).is_some();
    }
    false
}

/// A numbered item (`1.`, `1、`) or a markdown heading: a wrap of running
/// text hardly ever falls right before one (1.5% keeps its digit after the
/// dot), so even after a line as wide as the wrap it starts a paragraph.
/// Narrow PDF wraps (20–30 chars) often leave a heading's last line that wide.
fn starts_numbered_item(line: &[char]) -> bool {
    let digits = count_while(line, 0, |c| c.is_ascii_digit());
    let numbered = (1..=2).contains(&digits)
        && line
            .get(digits)
            .is_some_and(|c| table::HEADING_NUMBER_MARKS.contains(c))
        && line.get(digits + 1).is_some_and(|c| !c.is_ascii_digit());
    numbered || line.first() == Some(&'#')
}

/// Any heading or list-item start: the strong ones, 1. 1、 第一， ①, and
/// markdown headings and bylines.
fn starts_heading(line: &[char]) -> bool {
    if starts_strong_heading(line) || starts_numbered_item(line) {
        return true;
    }
    if line.first() == Some(&'第') {
        let n = count_while(line, 1, |c| table::HEADING_NUMERALS.contains(&c));
        if n > 0 && longest_at(line, 1 + n, table::LIST_ORDINAL_MARKS).is_some() {
            return true;
        }
    }
    line.first().is_some_and(|&c| is_circled_number(c))
        || longest_at(line, 0, table::HEADING_STARTS).is_some()
}

fn count_while(line: &[char], from: usize, pred: impl Fn(char) -> bool) -> usize {
    line.get(from..)
        .map_or(0, |rest| rest.iter().take_while(|&&c| pred(c)).count())
}

mod fold;
mod furniture;
mod in_place;
mod layout;
mod measure;
mod offsets;
mod wrap;

#[cfg(test)]
mod tests;
