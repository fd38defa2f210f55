//! Pass 1: char by char (a run of plain chars in one step), straight from
//! the input string (a copy of the input as chars would cost 4 bytes a char
//! more): fold widths, unify line ends, drop invisible chars, note markers
//! and the spaces that mean nothing, give clause punctuation its Chinese
//! form.

use super::measure::{display_width, Meter, RawLine};
use super::{fold_char, Normalized};
use crate::text::{is_cjk, CharLen, Slice};
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
    let input_len = input.char_len();
    let mut out = Normalized::with_capacity(input_len, input_len);
    let mut meter = Meter::default();
    let mut rest = Ahead(input.chars());
    // The code point offset of `c` in the input.
    let mut at = 0;
    loop {
        at += copy_plain_run(&mut out, &mut rest, &mut meter, at);
        let Some(c) = rest.next() else {
            break;
        };
        // A full-width letter, digit or mark, folded.
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
            Some('\n') => meter.line_end(at, c, written),
            kept => meter.read(at, c, kept.is_some()),
        }
        for k in 1..=skipped {
            if let Some(s) = rest.next() {
                meter.read(at + k, s, false);
            }
        }
        at += 1 + skipped;
    }
    let end = out.len();
    (out, meter.finish(end))
}

/// Copies the run of plain chars `rest` opens with at offset `at` in one
/// step: they fold to themselves and are kept whatever stands around them,
/// and most of a report is such runs. Gives the run's length in chars.
fn copy_plain_run(out: &mut Normalized, rest: &mut Ahead, meter: &mut Meter, at: usize) -> usize {
    let text = rest.0.as_str();
    let Some(run) = take_plain_run(text, &mut out.chars) else {
        return 0;
    };
    out.map.push_run(at, run.chars);
    meter.read_kept_run(at, run.chars, run.columns, run.last);
    rest.0 = text.slice(run.bytes..).chars();
    run.chars
}

/// A run of plain chars read from the input.
struct PlainRun {
    bytes: usize,
    chars: usize,
    columns: usize,
    last: char,
}

/// Appends the plain chars `text` opens with to `chars`; none when it
/// opens with another char.
fn take_plain_run(text: &str, chars: &mut Vec<char>) -> Option<PlainRun> {
    let start = chars.len();
    let mut rest = text.as_bytes();
    let mut columns = 0;
    while let Some((c, width, after)) = plain_at(rest) {
        chars.push(c);
        columns += width;
        rest = after;
    }
    Some(PlainRun {
        bytes: text.len() - rest.len(),
        chars: chars.len() - start,
        columns,
        last: chars[start..].last().copied()?,
    })
}

/// The plain char UTF-8 `bytes` open with, its columns and the bytes
/// after it. A plain char is one byte (ASCII) or three, so it is read here
/// without the general decoder's cases.
#[inline]
fn plain_at(bytes: &[u8]) -> Option<(char, usize, &[u8])> {
    match *bytes {
        [lead @ 0xE0..=0xEF, b1, b2, ref after @ ..] => {
            let high = u32::from(lead & 0x0F) << 12 | u32::from(b1 & 0x3F) << 6;
            let c = char::from_u32(high | u32::from(b2 & 0x3F))?;
            // U+5000–U+9FFF, most of a report, are plain and two columns
            // wide: told by the first byte.
            if matches!(lead, 0xE5..=0xE9) {
                return Some((c, 2, after));
            }
            is_plain_wide(c).then(|| (c, display_width(c), after))
        }
        [b, ref after @ ..] if b.is_ascii() && is_plain(char::from(b)) => {
            Some((char::from(b), 1, after))
        }
        _ => None,
    }
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

/// Most chars are kept as they are whatever stands around them: they fold
/// to themselves, and the rules of pass 1 read them only as the neighbours
/// of other chars. The ideographs, Chinese punctuation, the Chinese comma
/// and quotes, ASCII letters and digits, and the marks of numbers.
fn is_plain(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '%' | '"')
    } else {
        is_plain_wide(c)
    }
}

/// The plain chars beyond ASCII, each three bytes in UTF-8.
#[inline]
fn is_plain_wide(c: char) -> bool {
    matches!(c, '\u{3001}'..='\u{303F}' | '\u{3400}'..='\u{9FFF}' | '，' | '“' | '”')
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the run copy relies on: a plain char folds to itself, and pass
    /// 1's char-by-char rules keep it as it is whatever its neighbours.
    #[test]
    fn plain_chars_are_kept_as_they_are_anywhere() {
        let befores = ["", "甲", "1", "a", "%", "["];
        let afters = ["", "甲", "1", "123", "a", "]"];
        for c in (0..0x1_0000)
            .filter_map(char::from_u32)
            .filter(|&c| is_plain(c))
        {
            assert_eq!(fold_char(c), c);
            for before in befores {
                for after in afters {
                    let mut out = Normalized::default();
                    for b in before.chars() {
                        out.push(b, 0);
                    }
                    assert_eq!(fold_one(&mut out, Ahead(after.chars()), (1, c)), 0);
                    assert_eq!(out.chars.last(), Some(&c), "{before}{c}{after}");
                    assert_eq!(out.len(), before.chars().count() + 1);
                }
            }
        }
    }

    #[test]
    fn the_byte_reader_knows_the_plain_chars() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let read = plain_at(bytes).map(|(c, width, after)| (c, width, after.len()));
            assert_eq!(read, is_plain(c).then(|| (c, display_width(c), 0)), "{c:?}");
        }
    }

    /// Plain chars, other chars and chars of other UTF-8 lengths.
    fn text() -> impl Strategy<Value = String> {
        let chars = prop::sample::select(vec![
            '甲', '。', '，', '“', '1', 'a', '.', '%', ',', ' ', '\n', '（', '—', 'é', '𠀀', '〿',
        ]);
        prop::collection::vec(chars, 0..40).prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn a_plain_run_is_read_as_chars_are(text in text()) {
            let mut chars = vec!['x'];
            let run = take_plain_run(&text, &mut chars);
            let plain: Vec<char> = text.chars().take_while(|&c| is_plain(c)).collect();
            prop_assert_eq!(&chars[1..], &plain[..]);
            prop_assert_eq!(run.is_some(), !plain.is_empty());
            if let Some(run) = run {
                prop_assert_eq!(run.chars, plain.len());
                prop_assert_eq!(run.bytes, plain.iter().map(|c| c.len_utf8()).sum::<usize>());
                prop_assert_eq!(run.columns, plain.iter().map(|&c| display_width(c)).sum::<usize>());
                prop_assert_eq!(Some(run.last), plain.last().copied());
            }
        }
    }
}
