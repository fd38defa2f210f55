//! Pass 1: char by char, straight from the input string (a copy of the
//! input as chars would cost 4 bytes a char more): fold widths, unify line
//! ends, drop invisible chars, note markers and the spaces that mean
//! nothing, give clause punctuation its Chinese form.

use super::measure::{Meter, RawLine};
use super::{fold_char, Normalized};
use crate::text::is_cjk;
use std::str::Chars;

/// The chars after the current one, folded: what the rules look ahead at.
#[derive(Clone)]
struct Ahead<'a>(Chars<'a>);

impl Iterator for Ahead<'_> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        self.0.next().map(fold_char)
    }
}

/// Pass 1 over `input`, and what it measured of the input's lines.
pub(super) fn fold_text(input: &str) -> (Normalized, Vec<RawLine>) {
    let input_len = input.chars().count();
    let mut out = Normalized::with_capacity(input_len, input_len);
    let mut meter = Meter::default();
    let mut rest = Ahead(input.chars());
    // The code point offset of `c` in the input.
    let mut at = 0;
    while let Some(c) = rest.next() {
        if is_plain(c) {
            out.push(c, at);
            meter.read(at, c, true);
            at += 1;
            continue;
        }
        if c == ' ' || c == '\t' {
            at += 1 + fold_blanks(&mut out, &mut rest, &mut meter, (at, c));
            continue;
        }
        let written = out.len();
        let skipped = fold_one(&mut out, rest.clone(), (at, c));
        match out.chars[written..].last() {
            Some('\n') => meter.line_end(at, c),
            kept => meter.read(at, c, kept.is_some()),
        }
        for k in 1..=skipped {
            if let Some(s) = rest.next() {
                meter.read(at + k, s, false);
            }
        }
        at += 1 + skipped;
    }
    (out, meter.finish())
}

/// Folds `c`, neither plain nor a blank, at offset `at`; gives how many of
/// the chars after it go with it (a note marker's).
fn fold_one(out: &mut Normalized, rest: Ahead, (at, c): (usize, char)) -> usize {
    let prev = out.chars.last().copied();
    match c {
        '\r' => {
            if rest.clone().next() != Some('\n') {
                out.push('\n', at);
            }
        }
        '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n', at),
        c if is_invisible(c) => {}
        '[' => match note_marker_len(rest.clone()) {
            Some(len) if attaches_note(prev) => return len - 1,
            _ => out.push(c, at),
        },
        c if is_circled_number(c) && is_note_between(prev, rest.clone().next()) => {}
        c if is_superscript_digit(c) && prev.is_some_and(is_cjk) => {}
        _ => out.push(fold_ascii_punct(c, rest, &out.chars), at),
    }
    0
}

/// Most chars (ideographs, Chinese punctuation, ASCII letters and digits)
/// are kept as they are whatever stands around them.
fn is_plain(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '\u{3001}'..='\u{303F}' | '\u{3400}'..='\u{9FFF}')
}

/// Reads the run of blanks that `c` at `at` starts, keeping one space when
/// it must stay; gives how many chars it read after `c`. One decision per
/// run keeps long runs linear.
fn fold_blanks(
    out: &mut Normalized,
    rest: &mut Ahead,
    meter: &mut Meter,
    (at, c): (usize, char),
) -> usize {
    let blank = |c: &char| *c == ' ' || *c == '\t';
    let more = rest.clone().take_while(blank).count();
    let tab = c == '\t' || rest.clone().take(more).any(|c| c == '\t');
    let next = rest.clone().skip(more).find(|&c| !is_invisible(c));
    let kept = keeps_space(out.chars.last().copied(), next);
    if kept {
        out.push(' ', at);
    }
    let before = meter.prev();
    meter.read(at, c, kept);
    for k in 1..=more {
        if let Some(b) = rest.next() {
            meter.read(at + k, b, false);
        }
    }
    meter.blanks(1 + more, tab, before);
    more
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

/// Length of a note marker `[1]`…`[99]` whose `[` comes just before
/// `after` (`［1］` is folded).
fn note_marker_len(after: Ahead) -> Option<usize> {
    let digits = after
        .clone()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let closed = after.clone().nth(digits) == Some(']');
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

pub(super) fn is_circled_number(c: char) -> bool {
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
fn fold_ascii_punct(c: char, after: Ahead, out: &[char]) -> char {
    let prev = out.last().copied();
    let digit = |x: Option<char>| x.is_some_and(|x| x.is_ascii_digit());
    match c {
        ',' if is_thousands_separator(after.clone(), out) => ',',
        ',' => '，',
        ';' => '；',
        ':' if digit(prev) && digit(after.clone().next()) => ':',
        ':' => '：',
        '(' => '（',
        ')' => '）',
        '!' if prev.is_some_and(|p| !p.is_ascii()) => '！',
        '?' if prev.is_some_and(|p| !p.is_ascii()) => '？',
        _ => c,
    }
}

/// `,` after a group of one to three digits and before exactly three.
fn is_thousands_separator(after: Ahead, out: &[char]) -> bool {
    let before = out
        .iter()
        .rev()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    // A digit group after a decimal point is a fraction, not thousands.
    let lead = out.len().checked_sub(before + 1).and_then(|k| out.get(k));
    let before_ok = (1..=3).contains(&before) && lead != Some(&'.');
    let after = after.take(4).take_while(|c| c.is_ascii_digit()).count();
    before_ok && after == 3
}
