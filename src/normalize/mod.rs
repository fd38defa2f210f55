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
use crate::lexicon::matcher::LazyIndex;
use crate::text::{is_cjk, is_letter_or_digit, longest_at, starts_at};

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
}

impl Normalized {
    fn with_capacity(capacity: usize, input_len: usize) -> Self {
        Normalized {
            chars: Vec::with_capacity(capacity),
            map: Vec::with_capacity(capacity),
            input_len,
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
    assemble(&flat, &lines, wrap)
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Blank,
    PageNumber,
    Furniture,
    Text,
}

/// A line of the pass-1 text: `[start, end)` without its `\n`.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    kind: LineKind,
    /// Length in input code points, spaces included: what a wrap counts.
    raw_width: usize,
    /// Width in columns (Chinese 2, ASCII 1): what a PDF's margin measures.
    display_width: usize,
    ends_sentence: bool,
    /// Holds a column gap (a tab, or two blanks or more between words): a
    /// table row copied from a sheet, a Word table or a laid-out PDF. Such
    /// a row is a line of its own; joining it would hand one row's change
    /// to the next row's subject.
    cells: bool,
}

/// Lines longer than this are never furniture: those are short.
const FURNITURE_MAX_CHARS: usize = 120;

fn split_lines(flat: &Normalized, src: &[char]) -> Vec<Line> {
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

fn measure_line(flat: &Normalized, src: &[char], start: usize, end: usize) -> Line {
    let text = &flat.chars[start..end];
    let kind = if text.is_empty() {
        LineKind::Blank
    } else if is_page_number(text) {
        LineKind::PageNumber
    } else if is_furniture(text) {
        LineKind::Furniture
    } else {
        LineKind::Text
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
    Line {
        start,
        end,
        kind,
        raw_width,
        display_width,
        ends_sentence: ends_sentence(text),
        cells,
    }
}

fn display_width(c: char) -> usize {
    let wide = is_cjk(c)
        || matches!(c, '\u{2E80}'..='\u{303F}' | '\u{3040}'..='\u{33FF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3FFFD}')
        || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…');
    if wide {
        2
    } else {
        1
    }
}

/// `— 3 —`, `- 12 -`, `第 3 页`, `第5/21页`, `Page 3 of 21`, a bare `12`.
fn is_page_number(line: &[char]) -> bool {
    let mut i = 0;
    let (mut words, mut framed, mut slash) = (false, false, false);
    let mut groups = Vec::new();
    while i < line.len() {
        let c = line[i];
        if c.is_ascii_digit() {
            let n = line[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            groups.push(n);
            i += n;
        } else if c == ' ' {
            i += 1;
        } else if c == '/' {
            slash = true;
            i += 1;
        } else if table::PAGE_NUMBER_FRAME.contains(&c) {
            framed = true;
            i += 1;
        } else if let Some(w) = longest_at(line, i, table::PAGE_WORD_BEFORE)
            .or_else(|| longest_at(line, i, table::PAGE_WORD_AFTER))
        {
            words = true;
            i += w;
        } else {
            return false;
        }
    }
    let max_digits = if words || framed {
        table::PAGE_NUMBER_MAX_DIGITS + 1
    } else {
        table::PAGE_NUMBER_MAX_DIGITS
    };
    let groups_ok = (1..=2).contains(&groups.len()) && groups.iter().all(|&n| n <= max_digits);
    groups_ok && (groups.len() == 1 || slash || words)
}

/// Web-page frame and masthead lines: publication data, breadcrumbs, site
/// registration, share and print buttons.
/// The furniture lists tested at every position of a short line: indexed.
static LINE_MARKERS: LazyIndex = LazyIndex::new(table::LINE_MARKERS);
static FRAME_WORDS: LazyIndex = LazyIndex::new(table::FRAME_WORDS);
static LINE_LABELS: LazyIndex = LazyIndex::new(table::LINE_LABELS);

/// The length of the longest word of `words` written at `at`.
fn longest_indexed(words: &LazyIndex, line: &[char], at: usize) -> Option<usize> {
    words.get().longest_at(line, at).map(|(_, len)| len)
}

fn is_furniture(line: &[char]) -> bool {
    if line.len() > FURNITURE_MAX_CHARS {
        return false;
    }
    let body = line
        .iter()
        .position(|&c| !matches!(c, '【' | '[' | '（' | '|' | '·' | '•' | '*' | ' ' | '>'))
        .unwrap_or(line.len());
    starts_with_label(line, body)
        || (0..line.len()).any(|i| longest_indexed(&LINE_MARKERS, line, i).is_some())
        || is_breadcrumb(line, body)
        || is_made_of_frame_words(line)
}

fn starts_with_label(line: &[char], at: usize) -> bool {
    table::LINE_LABELS.iter().any(|label| {
        starts_at(line, at, label)
            && matches!(
                line.get(at + label.chars().count()),
                None | Some('：' | ':' | ' ' | '】' | ']' | '）' | '|' | '丨')
            )
    })
}

fn is_breadcrumb(line: &[char], at: usize) -> bool {
    let Some(root) = longest_at(line, at, table::BREADCRUMB_ROOTS) else {
        return false;
    };
    matches!(line.get(at + root), Some('：' | ':'))
        || line
            .iter()
            .any(|c| table::BREADCRUMB_SEPARATORS.contains(c))
}

/// Words other than frame words a frame line may hold (大 中 小 alone).
const FRAME_MAX_OTHER_CHARS: usize = 2;

/// A short line of frame words (字体 大中小, 微信公众号) and punctuation.
fn is_made_of_frame_words(line: &[char]) -> bool {
    let (mut covered, mut content) = (0, 0);
    let mut i = 0;
    while i < line.len() {
        let found = [&FRAME_WORDS, &LINE_LABELS, &LINE_MARKERS]
            .into_iter()
            .filter_map(|words| longest_indexed(words, line, i))
            .max();
        if let Some(n) = found {
            covered += n;
            i += n;
            continue;
        }
        if is_letter_or_digit(line[i]) {
            content += 1;
            if content > FRAME_MAX_OTHER_CHARS {
                return false;
            }
        }
        i += 1;
    }
    covered >= 2
}

/// The width of hard-wrapped lines, when the text has them.
#[derive(Debug, Clone, Copy)]
struct Wrap {
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
    fn estimate(lines: &[Line]) -> Option<Wrap> {
        [false, true]
            .into_iter()
            .filter_map(|by_display| Self::peak(lines, by_display))
            .max_by_key(|&(_, full)| full)
            .map(|(wrap, _)| wrap)
    }

    fn peak(lines: &[Line], by_display: bool) -> Option<(Wrap, usize)> {
        // Lines that stop mid-sentence, and all lines, by width.
        let mut cut = vec![0usize; MAX_WRAP_WIDTH + 2];
        let mut all = vec![0usize; MAX_WRAP_WIDTH + 2];
        let mut text_lines = 0;
        for line in lines.iter().filter(|l| l.kind == LineKind::Text) {
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

    fn is_full(&self, line: &Line) -> bool {
        let (low, high) = self.window();
        (low..=high).contains(&Self::width_of(line, self.by_display))
    }

    fn width_of(line: &Line, by_display: bool) -> usize {
        if by_display {
            line.display_width
        } else {
            line.raw_width
        }
    }
}

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
/// the lines of a paragraph.
fn assemble(flat: &Normalized, lines: &[Line], wrap: Option<Wrap>) -> Normalized {
    let mut out = Normalized::with_capacity(flat.len(), flat.input_len);
    let is_full = |line: &Line| wrap.is_some_and(|w| w.is_full(line));
    // The last text line kept, while the next one may join it.
    let mut open: Option<Line> = None;
    let mut paragraph = Paragraph::default();
    let mut furniture_run = 0;
    for line in lines {
        let text = &flat.chars[line.start..line.end];
        match line.kind {
            LineKind::Blank | LineKind::PageNumber => continue,
            LineKind::Furniture => {
                open = None;
                furniture_run = if is_full(line) && !ends_sentence(text) {
                    1
                } else {
                    0
                };
                continue;
            }
            LineKind::Text => {}
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
            if !out.is_empty() {
                let at = open.map_or(line.start.saturating_sub(1), |a| a.end);
                let offset = flat.offset(at).unwrap_or(flat.input_len);
                out.push('\n', offset);
            }
            // A sentence end at the margin may be a wrap inside a paragraph:
            // unless a heading follows, the paragraph goes on for the rules
            // that judge later breaks, as it would had the wrap not fallen
            // there.
            let wrapped_sentence_end = open
                .is_some_and(|a| is_full(&a) && ends_sentence(&flat.chars[a.start..a.end]))
                && !starts_heading(text);
            if wrapped_sentence_end {
                paragraph.has_sentence_end = true;
                paragraph.add(text);
            } else {
                paragraph = Paragraph::start(text);
            }
        }
        out.extend_from(flat, line.start, line.end);
        open = Some(*line);
    }
    out
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

#[cfg(test)]
mod tests;
