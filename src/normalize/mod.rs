//! Stage 1: normalise the input text, keeping a map back to the input.
//!
//! Two passes, both linear:
//! 1. char by char: fold full-width forms, unify line ends, drop invisible
//!    chars, note markers and the spaces that only separate a number from
//!    its unit or from Chinese text, give half-width clause punctuation
//!    between Chinese text its Chinese form;
//! 2. line by line: drop page numbers and web-page furniture, and join the
//!    hard line breaks of PDF copy-paste while keeping paragraph breaks.
//!
//! Every output char remembers the code point offset of the input char it
//! came from, so rows can point into the text exactly as the user gave it.

use crate::lexicon::furniture as table;
use crate::lexicon::structure_words::MASTHEAD_LINES;
use crate::text::{is_cjk, longest_at};
pub(crate) use layout::{is_cn_date_tail, is_date_line};
pub use layout::{Line, LineKind, Number, Numbering};
use measure::{split_lines, InputKind, InputLine};
use wrap::Wrap;

/// Normalised text with an offset map back to the input.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalised text, one `char` per position.
    pub chars: Vec<char>,
    /// `map[i]` is the code point offset in the input of `chars[i]`. `u32`
    /// halves the map's memory; no input the parser accepts reaches 4 G
    /// code points (the browser build is 32-bit anyway).
    map: Vec<u32>,
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
            map: Vec::with_capacity(capacity),
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

    /// The normalised text between two char positions as a `String`.
    pub fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.len());
        let start = start.min(end);
        self.chars[start..end].iter().collect()
    }

    /// Maps a span of normalised positions `[start, end)` to code point
    /// offsets `[start, end)` in the input. Always `start <= end <= input len`.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || start >= self.len() {
            let at = self.offset(start).unwrap_or(self.input_len);
            return (at, at);
        }
        let end = end.min(self.len());
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
        self.map.partition_point(|&o| (o as usize) < offset)
    }

    fn offset(&self, pos: usize) -> Option<usize> {
        self.map.get(pos).map(|&o| (o as usize).min(self.input_len))
    }

    fn push(&mut self, c: char, at: usize) {
        self.chars.push(c);
        self.map.push(at as u32);
    }

    /// Copies `from.chars[start..end]` with their offsets.
    fn extend_from(&mut self, from: &Normalized, start: usize, end: usize) {
        self.chars.extend_from_slice(&from.chars[start..end]);
        self.map.extend_from_slice(&from.map[start..end]);
    }
}

/// Folds one char: full-width ASCII to half-width, ideographic space to space.
/// Chinese punctuation is kept (，。；：、 carry meaning for clause splitting).
pub fn fold_char(c: char) -> char {
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
    let src: Vec<char> = input.chars().map(fold_char).collect();
    let flat = fold_text(&src);
    let lines = split_lines(&flat, &src);
    let wrap = Wrap::estimate(&lines);
    let published = lines
        .iter()
        .take(MASTHEAD_LINES)
        .find_map(|l| layout::published_year(&flat.chars[l.start..l.end]));
    let (mut out, cells) = assemble(&flat, &lines, wrap);
    out.lines = layout::lines(&out.chars, &cells);
    out.published = published;
    out
}

// ---------------------------------------------------------------------------
// Pass 1: chars.

fn fold_text(src: &[char]) -> Normalized {
    let mut out = Normalized::with_capacity(src.len(), src.len());
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        let prev = out.chars.last().copied();
        match c {
            '\r' => {
                if src.get(i + 1) != Some(&'\n') {
                    out.push('\n', i);
                }
            }
            '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n', i),
            ' ' | '\t' => {
                // One decision per run of blanks keeps long runs linear.
                let end = run_end(src, i, |c| c == ' ' || c == '\t');
                let next = src[end..].iter().copied().find(|&c| !is_invisible(c));
                if keeps_space(prev, next) {
                    out.push(' ', i);
                }
                i = end;
                continue;
            }
            c if is_invisible(c) => {}
            '[' => match note_marker_len(src, i) {
                Some(len) if attaches_note(prev) => {
                    i += len;
                    continue;
                }
                _ => out.push(c, i),
            },
            c if is_circled_number(c) && is_note_between(prev, src.get(i + 1).copied()) => {}
            c if is_superscript_digit(c) && prev.is_some_and(is_cjk) => {}
            _ => {
                let folded = fold_ascii_punct(src, i, &out.chars);
                out.push(folded, i);
            }
        }
        i += 1;
    }
    out
}

fn run_end(src: &[char], from: usize, pred: impl Fn(char) -> bool) -> usize {
    src[from..]
        .iter()
        .position(|&c| !pred(c))
        .map_or(src.len(), |n| from + n)
}

/// Zero-width chars, soft hyphens and control chars carry no text.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{00AD}')
        || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}'))
}

/// A space stays only between two ASCII words or numbers (`Intel Core`,
/// `2023 2024`): elsewhere it separates a number from its unit or from
/// Chinese text, where it means nothing.
fn keeps_space(prev: Option<char>, next: Option<char>) -> bool {
    matches!((prev, next), (Some(a), Some(b)) if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric())
}

/// Length of a note marker `[1]`…`[99]` starting at `i` (`［1］` is folded).
fn note_marker_len(src: &[char], i: usize) -> Option<usize> {
    let digits = src[i + 1..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let closed = src.get(i + 1 + digits) == Some(&']');
    ((1..=2).contains(&digits) && closed).then_some(digits + 2)
}

/// A note marker is dropped when it is attached to the word before it
/// (地区生产总值[1]完成…); at the start of a line it numbers a list item.
fn attaches_note(prev: Option<char>) -> bool {
    prev.is_some_and(|p| is_cjk(p) || p.is_ascii_alphanumeric() || p == '%')
}

/// A circled number between an indicator and its number is a note (产值①
/// 增长); after punctuation it numbers a list item and stays.
fn is_note_between(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(is_cjk) && next.is_some_and(|n| is_cjk(n) || n.is_ascii_digit())
}

fn is_circled_number(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{249B}' | '\u{24EA}'..='\u{24FF}' | '\u{2776}'..='\u{2793}')
}

fn is_superscript_digit(c: char) -> bool {
    matches!(
        c,
        '\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2070}' | '\u{2074}'..='\u{2079}'
    )
}

/// Half-width clause punctuation is given its Chinese form so `,` and `，`
/// split clauses alike; a thousands separator (`1,234.5`) and a clock or
/// ratio colon (`12:30`) stay ASCII for the number stage.
fn fold_ascii_punct(src: &[char], i: usize, out: &[char]) -> char {
    let c = src[i];
    let prev = out.last().copied();
    let next = src.get(i + 1).copied();
    let digit = |x: Option<char>| x.is_some_and(|x| x.is_ascii_digit());
    match c {
        ',' if is_thousands_separator(src, i, out) => ',',
        ',' => '，',
        ';' => '；',
        ':' if digit(prev) && digit(next) => ':',
        ':' => '：',
        '(' => '（',
        ')' => '）',
        '!' if prev.is_some_and(|p| !p.is_ascii()) => '！',
        '?' if prev.is_some_and(|p| !p.is_ascii()) => '？',
        _ => c,
    }
}

/// `,` after a group of one to three digits and before exactly three.
fn is_thousands_separator(src: &[char], i: usize, out: &[char]) -> bool {
    let before = out
        .iter()
        .rev()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    // A digit group after a decimal point is a fraction, not thousands.
    let lead = out.len().checked_sub(before + 1).and_then(|k| out.get(k));
    let before_ok = (1..=3).contains(&before) && lead != Some(&'.');
    let after = src[i + 1..]
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    before_ok && after == 3
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
        self.has_running_marks |= line.iter().any(|c| table::RUNNING_TEXT_MARKS.contains(c));
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
fn assemble(
    flat: &Normalized,
    lines: &[InputLine],
    wrap: Option<Wrap>,
) -> (Normalized, Vec<usize>) {
    let mut out = Normalized::with_capacity(flat.len(), flat.input_len);
    let mut cells = Vec::new();
    let is_full = |line: &InputLine| wrap.is_some_and(|w| w.is_full(line));
    // The last text line kept, while the next one may join it.
    let mut open: Option<InputLine> = None;
    let mut paragraph = Paragraph::default();
    let mut furniture_run = 0;
    for line in lines {
        let text = &flat.chars[line.start..line.end];
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
        let join = open.is_some_and(|a| {
            if a.cells || line.cells {
                return false;
            }
            let a_text = &flat.chars[a.start..a.end];
            joins(&paragraph, a_text, is_full(&a), text)
        });
        if join {
            paragraph.add(text);
        } else {
            let open_was_full = open.is_some_and(|a| is_full(&a));
            break_paragraph(&mut out, flat, (open, open_was_full), line, &mut paragraph);
        }
        if line.cells {
            cells.push(out.len());
        }
        out.extend_from(flat, line.start, line.end);
        open = Some(*line);
    }
    (out, cells)
}

/// Breaks the line before `line` (after `open`, the last line kept, and
/// whether it filled the wrap width).
fn break_paragraph(
    out: &mut Normalized,
    flat: &Normalized,
    (open, open_was_full): (Option<InputLine>, bool),
    line: &InputLine,
    paragraph: &mut Paragraph,
) {
    let text = &flat.chars[line.start..line.end];
    if !out.is_empty() {
        let at = open.map_or(line.start.saturating_sub(1), |a| a.end);
        let offset = flat.offset(at).unwrap_or(flat.input_len);
        out.push('\n', offset);
    }
    // A sentence end at the margin may be a wrap inside a paragraph: unless
    // a heading follows, the paragraph goes on for the rules that judge
    // later breaks, as it would had the wrap not fallen there.
    let wrapped_sentence_end = open_was_full
        && open.is_some_and(|a| ends_sentence(&flat.chars[a.start..a.end]))
        && !starts_heading(text);
    if wrapped_sentence_end {
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

mod furniture;
mod layout;
mod measure;
mod wrap;

#[cfg(test)]
mod tests;
