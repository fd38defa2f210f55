//! Scanning primitives shared by every stage: char classes, words at a
//! position, and reading numerals. One name each; the stages import them
//! from here rather than from one another.
//!
//! Text is scanned as `&[char]` (positions are char indices), so a word
//! test is a slice comparison and never splits a UTF-8 sequence.

// ---------------------------------------------------------------------------
// Char classes

/// A CJK ideograph (the unified blocks, extension A and the compatibility
/// block): the chars names and words are made of.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// An East Asian wide or full-width char: two columns in a terminal, two
/// in a PDF's line (the ideographs, CJK punctuation, kana, Hangul,
/// full-width forms). Stage 1 measures a wrap's width with it, the
/// renderers a table's columns.
pub fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE6F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{1F300}'..='\u{1F64F}'
        | '\u{1F900}'..='\u{1F9FF}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// A letter or digit, as `char::is_alphanumeric` says in the blocks a
/// Chinese report is written in (ASCII, Latin-1, general punctuation,
/// letterlike and number forms, arrows and symbols, CJK radicals, symbols,
/// kana and enclosed forms, the ideographs, full-width forms: the tests
/// compare them char by char); any other char counts as one. Not
/// `is_alphanumeric` itself: its Unicode tables weigh 2 KB gzip of the wasm.
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // The chars of those blocks that are neither (generated from
    // `is_alphanumeric`, Unicode 16).
    !matches!(c,
        '\u{80}'..='\u{A9}' | '\u{AB}'..='\u{B1}' | '\u{B4}' | '\u{B6}'..='\u{B8}' | '\u{BB}'
        | '\u{BF}' | '\u{D7}' | '\u{F7}' | '\u{2000}'..='\u{206F}' | '\u{2072}'..='\u{2073}'
        | '\u{207A}'..='\u{207E}' | '\u{208A}'..='\u{208F}' | '\u{209D}'..='\u{2101}'
        | '\u{2103}'..='\u{2106}' | '\u{2108}'..='\u{2109}' | '\u{2114}' | '\u{2116}'..='\u{2118}'
        | '\u{211E}'..='\u{2123}' | '\u{2125}' | '\u{2127}' | '\u{2129}' | '\u{212E}'
        | '\u{213A}'..='\u{213B}' | '\u{2140}'..='\u{2144}' | '\u{214A}'..='\u{214D}' | '\u{214F}'
        | '\u{218A}'..='\u{245F}' | '\u{249C}'..='\u{24B5}' | '\u{2500}'..='\u{2775}'
        | '\u{2794}'..='\u{2BFF}' | '\u{2E80}'..='\u{3004}' | '\u{3008}'..='\u{3020}'
        | '\u{302A}'..='\u{3030}' | '\u{3036}'..='\u{3037}' | '\u{303D}'..='\u{3040}'
        | '\u{3097}'..='\u{309C}' | '\u{30A0}' | '\u{30FB}' | '\u{3100}'..='\u{3104}' | '\u{3130}'
        | '\u{318F}'..='\u{3191}' | '\u{3196}'..='\u{319F}' | '\u{31C0}'..='\u{31EF}'
        | '\u{3200}'..='\u{321F}' | '\u{322A}'..='\u{3247}' | '\u{3250}' | '\u{3260}'..='\u{327F}'
        | '\u{328A}'..='\u{32B0}' | '\u{32C0}'..='\u{33FF}' | '\u{FE10}'..='\u{FE6F}'
        | '\u{FF00}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}' | '\u{FFBF}'..='\u{FFC1}' | '\u{FFC8}'..='\u{FFC9}'
        | '\u{FFD0}'..='\u{FFD1}' | '\u{FFD8}'..='\u{FFD9}' | '\u{FFDD}'..='\u{FFEF}')
}

// ---------------------------------------------------------------------------
// Words at a position

/// True when `word` is written in `chars` from `at` on.
pub fn starts_at(chars: &[char], at: usize, word: &str) -> bool {
    match_at(chars, at, word).is_some()
}

/// True when `word` is written in `chars` just before `at`.
pub fn ends_at(chars: &[char], at: usize, word: &str) -> bool {
    // The last UTF-8 byte of the char before `at` tells most words apart
    // before the word's chars are counted (as `match_at` does at the start).
    #[cfg(not(target_arch = "wasm32"))]
    if let (Some(&b), Some(&c)) = (word.as_bytes().last(), chars.get(at.wrapping_sub(1))) {
        if b != last_utf8_byte(c) {
            return false;
        }
    }
    let n = word.char_len();
    at >= n && starts_at(chars, at - n, word)
}

/// The position just past `word` when it is written in `chars` at `at`.
pub fn match_at(chars: &[char], at: usize, word: &str) -> Option<usize> {
    // Most words tried differ from the text at their first char: its first
    // UTF-8 byte, compared before the word is decoded, tells most apart
    // (4 % of the CLI's instructions). Not in the core wasm: its budget.
    #[cfg(not(target_arch = "wasm32"))]
    if let (Some(&b), Some(&c)) = (word.as_bytes().first(), chars.get(at)) {
        if b != first_utf8_byte(c) {
            return None;
        }
    }
    let mut j = at;
    for wc in word.chars() {
        if chars.get(j) != Some(&wc) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The first byte of `c` in UTF-8.
#[cfg(not(target_arch = "wasm32"))]
fn first_utf8_byte(c: char) -> u8 {
    c.encode_utf8(&mut [0; 4]).as_bytes()[0]
}

/// The last byte of `c` in UTF-8.
#[cfg(not(target_arch = "wasm32"))]
fn last_utf8_byte(c: char) -> u8 {
    let mut buf = [0; 4];
    let bytes = c.encode_utf8(&mut buf).as_bytes();
    bytes[bytes.len() - 1]
}

/// A list of words: a slice of `&str`, or a lexicon list packed with
/// [`words!`](crate::words).
pub trait WordList: IntoIterator<Item: AsRef<str>> {}

impl<T: IntoIterator<Item: AsRef<str>>> WordList for T {}

/// The end of the first of `words` (in list order) written at `at`.
pub fn match_first(chars: &[char], at: usize, words: impl WordList) -> Option<usize> {
    words
        .into_iter()
        .find_map(|word| match_at(chars, at, word.as_ref()))
}

/// The length in chars of the longest of `words` written at `at`. For long
/// lists on hot paths use [`crate::lexicon::matcher::WordIndex`].
pub fn longest_at(chars: &[char], at: usize, words: impl WordList) -> Option<usize> {
    words
        .into_iter()
        .filter(|w| starts_at(chars, at, w.as_ref()))
        .map(|w| w.as_ref().char_len())
        .max()
}

// ---------------------------------------------------------------------------
// Words in a slice (the slice is the whole stretch: a line, a title)

/// True when `t` begins with `word`.
pub fn starts_with(t: &[char], word: &str) -> bool {
    starts_at(t, 0, word)
}

/// `t` without its leading `word`, when it begins with it.
pub fn strip_prefix<'a>(t: &'a [char], word: &str) -> Option<&'a [char]> {
    match_at(t, 0, word).map(|end| &t[end..])
}

/// True when `t` ends with `word`.
pub fn ends_with(t: &[char], word: &str) -> bool {
    ends_at(t, t.len(), word)
}

/// True when `t` ends with one of `words`.
pub fn ends_with_any(t: &[char], words: impl WordList) -> bool {
    words.into_iter().any(|x| ends_with(t, x.as_ref()))
}

/// The first position of `word` in `t`. Its first char is decoded once
/// and compared before the rest: most scans are over a whole text.
pub fn find(t: &[char], word: &str) -> Option<usize> {
    let Some(first) = word.chars().next() else {
        return (!t.is_empty()).then_some(0);
    };
    let mut from = 0;
    while let Some(k) = t[from..].iter().position(|&c| c == first) {
        if starts_at(t, from + k, word) {
            return Some(from + k);
        }
        from += k + 1;
    }
    None
}

/// True when `word` occurs in `t`.
pub fn contains(t: &[char], word: &str) -> bool {
    find(t, word).is_some()
}

// ---------------------------------------------------------------------------
// Words in a `&str` (subjects, titles, dictionary entries: short strings)
//
// `str::find`, `contains`, `rfind` and `replace` with a `&str` pattern (or
// `contains` with a non-ASCII char) link core's Two-Way searcher into the
// wasm (3.7 KB raw; see "The core wasm's size" in docs/architecture.md). On
// wasm these search byte windows instead (a match of a whole UTF-8 word is
// always on char boundaries); natively they are std's, faster on long text.

/// The byte index of the first `word` in `s`, as `s.find(word)`.
pub fn str_find(s: &str, word: &str) -> Option<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    if s.len() <= SHORT_TEXT {
        return ends_find(s, word);
    }
    #[cfg(not(target_arch = "wasm32"))]
    return s.find(word);
    #[cfg(target_arch = "wasm32")]
    bytes_find(s, word)
}

/// The byte index of the last `word` in `s`, as `s.rfind(word)`. For one
/// char too (`str_rfind(s, "(")`): `rfind` of a `char` links a searcher of
/// its own (0.3 KB gzip of the core wasm).
pub fn str_rfind(s: &str, word: &str) -> Option<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.rfind(word);
    #[cfg(target_arch = "wasm32")]
    bytes_rfind(s, word)
}

/// True when `word` occurs in `s`, as `s.contains(word)` (natively faster
/// than `find`: SIMD for short words).
pub fn str_contains(s: &str, word: &str) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if s.len() <= SHORT_TEXT {
        return ends_find(s, word).is_some();
    }
    #[cfg(not(target_arch = "wasm32"))]
    return s.contains(word);
    #[cfg(target_arch = "wasm32")]
    bytes_find(s, word).is_some()
}

/// `s` with every `word` replaced by `by`, as `s.replace(word, by)` (`word`
/// not empty).
pub fn str_replace(s: &str, word: &str, by: &str) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return s.replace(word, by);
    #[cfg(target_arch = "wasm32")]
    bytes_replace(s, word, by)
}

/// Natively, a text this short (a subject, a name) is searched by
/// [`ends_find`]: std's searchers cost hundreds of instructions to set up
/// for such a text, more than reading it.
#[cfg(not(target_arch = "wasm32"))]
const SHORT_TEXT: usize = 96;

/// `s.find(word)`, trying the whole word only where its first and last
/// bytes stand: a Chinese word's first byte alone (E4–E9) matches at a
/// third of the positions, its last byte at few.
#[cfg(any(not(target_arch = "wasm32"), test))]
fn ends_find(s: &str, word: &str) -> Option<usize> {
    let (text, w) = (s.as_bytes(), word.as_bytes());
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return Some(0);
    };
    let n = w.len();
    let starts = text.len().checked_sub(n)?;
    (0..=starts).find(|&i| text[i] == first && text[i + n - 1] == last && text[i..i + n] == *w)
}

// The wasm bodies of the four above: a window over the bytes (a UTF-8 word
// matches only at a char boundary). Compiled for tests too, which hold
// them to std's answers.

#[cfg(any(target_arch = "wasm32", test))]
fn bytes_find(s: &str, word: &str) -> Option<usize> {
    match word.len() {
        0 => Some(0),
        n => s.as_bytes().windows(n).position(|w| w == word.as_bytes()),
    }
}

#[cfg(any(target_arch = "wasm32", test))]
fn bytes_rfind(s: &str, word: &str) -> Option<usize> {
    match word.len() {
        0 => Some(s.len()),
        n => s.as_bytes().windows(n).rposition(|w| w == word.as_bytes()),
    }
}

#[cfg(any(target_arch = "wasm32", test))]
fn bytes_replace(s: &str, word: &str, by: &str) -> String {
    let (mut out, mut rest) = (String::new(), s);
    while let Some(i) = bytes_find(rest, word).filter(|_| !word.is_empty()) {
        out.push_str(rest.slice(..i));
        out.push_str(by);
        rest = rest.slice(i + word.len()..);
    }
    out + rest
}

/// `&s[range]`, a byte range at char boundaries. In the core wasm a range
/// off a boundary traps, as a panic there does, without core's slice error:
/// its message (a char's `Debug` and its Unicode tables) weighed 3.5 KB
/// gzip of the module. Natively it is the index, message and all.
pub trait Slice {
    fn slice<R: std::slice::SliceIndex<str, Output = str>>(&self, range: R) -> &str;
}

impl Slice for str {
    #[inline(always)]
    fn slice<R: std::slice::SliceIndex<str, Output = str>>(&self, range: R) -> &str {
        #[cfg(not(target_arch = "wasm32"))]
        return &self[range];
        #[cfg(target_arch = "wasm32")]
        match self.get(range) {
            Some(s) => s,
            None => core::arch::wasm32::unreachable(),
        }
    }
}

/// The length of a text in chars, as `chars().count()`. The core wasm
/// counts the bytes that start a char: core's counter, kept for one
/// iterator, weighs 900 bytes of the module.
pub trait CharLen {
    fn char_len(&self) -> usize;
}

impl CharLen for str {
    #[inline]
    fn char_len(&self) -> usize {
        #[cfg(not(target_arch = "wasm32"))]
        return self.chars().count();
        // A continuation byte is 10xxxxxx: below -64 as a signed byte.
        #[cfg(target_arch = "wasm32")]
        self.bytes().filter(|&b| b as i8 >= -64).count()
    }
}

/// Calls `f` with the chars of `s`. Natively a short string's chars are
/// put on the stack: subjects and names are read as chars several times a
/// row, and an allocation each was a tenth of the parser's allocations.
/// The core wasm collects them, inlined where it is called, as before.
#[cfg_attr(target_arch = "wasm32", inline(always))]
pub fn with_chars<R>(s: &str, f: impl FnOnce(&[char]) -> R) -> R {
    #[cfg(not(target_arch = "wasm32"))]
    {
        const ROOM: usize = 48;
        if s.len() <= ROOM {
            let mut buf = ['\0'; ROOM];
            let mut n = 0;
            for c in s.chars() {
                buf[n] = c;
                n += 1;
            }
            return f(&buf[..n]);
        }
    }
    f(&s.chars().collect::<Vec<char>>())
}

/// The byte offset of the char `n` chars after byte offset `at` (a char
/// boundary) in `text`, or its length. Counted on the bytes, whole blocks
/// at a time where the char sought lies beyond: a char starts at every
/// byte but a continuation byte.
pub fn byte_after_chars(text: &str, at: usize, n: usize) -> usize {
    // Counted in a byte, which the compiler keeps many to a register.
    const BLOCK: usize = 128;
    let bytes = text.as_bytes();
    let (mut at, mut left) = (at.min(bytes.len()), n);
    while let Some(block) = bytes.get(at..at + BLOCK) {
        let starts = block
            .iter()
            .fold(0u8, |k, &b| k + u8::from(!is_continuation(b)));
        let starts = usize::from(starts);
        if starts > left {
            break;
        }
        left -= starts;
        at += BLOCK;
    }
    for (k, &b) in bytes[at..].iter().enumerate() {
        if !is_continuation(b) {
            if left == 0 {
                return at + k;
            }
            left -= 1;
        }
    }
    bytes.len()
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

#[cfg(test)]
mod byte_search_tests {
    use super::*;

    #[test]
    fn the_wasm_searches_answer_as_std_does() {
        let texts = ["", "增长", "地区生产总值增长5%，总值", "总值总值", "a总值b"];
        let words = [
            "", "总值", "增长5", "值总", "缺", "地区生产总值增长5%，总值多",
        ];
        for s in texts {
            for w in words {
                assert_eq!(bytes_find(s, w), s.find(w), "{s} {w}");
                assert_eq!(ends_find(s, w), s.find(w), "{s} {w}");
                assert_eq!(bytes_rfind(s, w), s.rfind(w), "{s} {w}");
                if !w.is_empty() {
                    assert_eq!(bytes_replace(s, w, "X"), s.replace(w, "X"), "{s} {w}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_search_by_the_word_s_ends_finds_what_std_finds(
            text in "[a增长值总\\x{10000}é]{0,40}", word in "[a增长值总\\x{10000}é]{0,4}",
        ) {
            proptest::prop_assert_eq!(ends_find(&text, &word), text.find(word.as_str()));
        }

        #[test]
        fn a_char_count_becomes_the_byte_offset_a_char_walk_gives(
            text in "[a增\\x{10000}é]{0,200}", from in 0usize..220, n in 0usize..220,
        ) {
            let boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
            let from = boundaries.get(from).copied().unwrap_or(text.len());
            let walked = text[from..].char_indices().nth(n).map_or(text.len(), |(b, _)| from + b);
            proptest::prop_assert_eq!(byte_after_chars(&text, from, n), walked);
        }
    }
}

// ---------------------------------------------------------------------------
// Numerals

/// Reads ASCII digits at `i`: (value, length). None when there is no digit
/// or the value does not fit a u32.
pub fn read_uint(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let mut n: u32 = 0;
    let mut len = 0;
    while let Some(d) = chars.get(i + len).and_then(|x| x.to_digit(10)) {
        n = n.checked_mul(10)?.checked_add(d)?;
        len += 1;
    }
    (len > 0).then_some((n, len))
}

/// The value of a decimal numeral as written in reports (ASCII digits, at
/// most one `.`: `63.65`, `20440`), the same `f64` as `str::parse` gives
/// up to 19 significant digits and 22 decimals, and within an ulp beyond.
/// Not `str::parse::<f64>`: its general algorithm carries a 10 KB table of
/// powers of five into the wasm, which does not compress.
pub fn decimal_value(s: &str) -> Option<f64> {
    decimal_bytes_value(s.as_bytes())
}

/// [`decimal_value`] of a numeral's ASCII bytes.
pub fn decimal_bytes_value(s: &[u8]) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let (int, frac) = match s.iter().position(|&b| b == b'.') {
        Some(dot) => (&s[..dot], &s[dot + 1..]),
        None => (s, &[][..]),
    };
    if int.is_empty() || !int.iter().chain(frac).all(u8::is_ascii_digit) {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut exp: i32 = 0;
    for (k, &b) in int.iter().chain(frac).enumerate() {
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            exp -= i32::from(k >= int.len());
        } else if k < int.len() {
            exp += 1; // a digit beyond 19 before the point: dropped, one power of ten
        }
    }
    let m = mantissa as f64;
    // Both operands exact and one rounding (Clinger's fast path): the
    // correctly rounded value, as `str::parse` gives.
    Some(match usize::try_from(exp.unsigned_abs()) {
        Ok(e) if mantissa <= 1 << 53 && e < POW10.len() && exp < 0 => m / POW10[e],
        Ok(e) if mantissa <= 1 << 53 && e < POW10.len() => m * POW10[e],
        _ => m * 10f64.powi(exp),
    })
}

mod numerals;
pub use numerals::{
    cn_digit, cn_numeral_at, cn_power, fold_chinese_years, read_cn_numeral, CnNumeral,
};

#[cfg(test)]
mod tests;
