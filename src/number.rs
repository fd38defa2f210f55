//! Numbers: Arabic numerals with decimals and thousands separators, Chinese
//! numerals, and redacted placeholders (XX).

use crate::text::{cn_digit, cn_numeral_at, cn_power};

/// A number found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    /// `None` for a placeholder.
    pub value: Option<f64>,
    pub placeholder: bool,
    /// Written in Chinese numerals (千, 两, 十五).
    pub chinese: bool,
}

/// Reads an Arabic number starting at `i`: `63.65`, `1,234`, `20440`.
/// Values too large for an `f64` are not numbers a report means.
pub fn arabic_at(chars: &[char], i: usize) -> Option<Number> {
    if !chars.get(i)?.is_ascii_digit() {
        return None;
    }
    let mut text = Digits::default();
    let mut j = i;
    let mut seen_dot = false;
    while j < chars.len() {
        let c = chars[j];
        let next_is_digit = chars.get(j + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() {
            text.push(c as u8);
        } else if c == '.' && !seen_dot && next_is_digit {
            seen_dot = true;
            text.push(c as u8);
        } else if c == ',' && !seen_dot && is_thousands_group(chars, j + 1) {
            // thousands separator: skip it
        } else {
            break;
        }
        j += 1;
    }
    let value = crate::text::decimal_bytes_value(text.bytes())?;
    value.is_finite().then_some(Number {
        start: i,
        end: j,
        value: Some(value),
        placeholder: false,
        chinese: false,
    })
}

/// A number's digits as read: natively on the stack, unless a number is
/// longer than any a report writes (a number read cost an allocation).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
struct Digits {
    short: [u8; 32],
    len: usize,
    long: Vec<u8>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Digits {
    fn push(&mut self, b: u8) {
        if self.len < self.short.len() {
            self.short[self.len] = b;
            self.len += 1;
        } else {
            if self.long.is_empty() {
                self.long.extend_from_slice(&self.short);
            }
            self.long.push(b);
        }
    }

    fn bytes(&self) -> &[u8] {
        if self.long.is_empty() {
            &self.short[..self.len]
        } else {
            &self.long
        }
    }
}

/// The core wasm keeps its bytes: the digits in a vector.
#[cfg(target_arch = "wasm32")]
#[derive(Default)]
struct Digits(Vec<u8>);

#[cfg(target_arch = "wasm32")]
impl Digits {
    fn push(&mut self, b: u8) {
        self.0.push(b);
    }

    fn bytes(&self) -> &[u8] {
        &self.0
    }
}

/// Three digits and then no further digit: a thousands group.
fn is_thousands_group(chars: &[char], i: usize) -> bool {
    (0..3).all(|k| chars.get(i + k).is_some_and(|c| c.is_ascii_digit()))
        && !chars.get(i + 3).is_some_and(|c| c.is_ascii_digit())
}

/// Reads a redacted number `XX` (two or more X, either case) at `i`.
pub fn placeholder_at(chars: &[char], i: usize) -> Option<Number> {
    let is_x = |c: &char| matches!(c, 'X' | 'x' | '×');
    let n = chars[i..].iter().take_while(|c| is_x(c)).count();
    (n >= 2).then_some(Number {
        start: i,
        end: i + n,
        value: None,
        placeholder: true,
        chinese: false,
    })
}

pub fn is_chinese_numeral(c: char) -> bool {
    cn_digit(c).is_some() || cn_power(c).is_some() || c == '万' || c == '亿'
}

/// Reads a Chinese numeral below 万 at `i`: 千 (1000), 两 (2), 十五 (15),
/// 三百二十 (320). The unit multipliers 万/亿 are left to the unit lexicon.
pub fn chinese_at(chars: &[char], i: usize) -> Option<Number> {
    let (value, end) = cn_numeral_at(chars, i)?;
    Some(Number {
        start: i,
        end,
        value: Some(f64::from(value)),
        placeholder: false,
        chinese: true,
    })
}

/// Reads a Chinese numeral below 万 with decimals written digit by digit
/// after 点 at `i`: 九点六 (9.6), 十二点五 (12.5), 零点三 (0.3), 三 (3).
pub fn chinese_decimal_at(chars: &[char], i: usize) -> Option<Number> {
    let (whole, mut end) = match chars.get(i) {
        Some('零' | '〇') => (0, i + 1),
        _ => cn_numeral_at(chars, i)?,
    };
    let mut value = f64::from(whole);
    if chars.get(end) == Some(&'点') {
        // The digits as one integer over a power of ten: one rounding, as
        // reading "9.6" gives (a sum of tenths would not give 0.3).
        let (mut digits, mut scale) = (0u64, 1u64);
        let mut k = end + 1;
        while let Some(d) = chars.get(k).and_then(|&c| cn_digit(c)) {
            if scale >= 1 << 40 {
                break;
            }
            digits = digits * 10 + u64::from(d);
            scale *= 10;
            k += 1;
        }
        if k > end + 1 {
            value = (f64::from(whole) * scale as f64 + digits as f64) / scale as f64;
            end = k;
        }
    }
    Some(Number {
        start: i,
        end,
        value: Some(value),
        placeholder: false,
        chinese: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn reads_decimals_and_thousands() {
        let c = chars("63.65亿元");
        assert_eq!(arabic_at(&c, 0).unwrap().value, Some(63.65));
        let c = chars("1,234,567人");
        let n = arabic_at(&c, 0).unwrap();
        assert_eq!((n.value, n.end), (Some(1234567.0), 9));
        let c = chars("1,2");
        assert_eq!(arabic_at(&c, 0).unwrap().end, 1);
    }

    #[test]
    fn a_trailing_dot_is_not_a_decimal() {
        let c = chars("1.营商");
        assert_eq!(arabic_at(&c, 0).unwrap().end, 1);
    }

    #[test]
    fn huge_numbers_are_rejected() {
        let c: Vec<char> = "9".repeat(400).chars().collect();
        assert!(arabic_at(&c, 0).is_none());
    }

    #[test]
    fn reads_chinese_numerals() {
        assert_eq!(chinese_at(&chars("千个"), 0).unwrap().value, Some(1000.0));
        assert_eq!(chinese_at(&chars("两条"), 0).unwrap().value, Some(2.0));
        assert_eq!(chinese_at(&chars("十五个"), 0).unwrap().value, Some(15.0));
        assert_eq!(
            chinese_at(&chars("三百二十"), 0).unwrap().value,
            Some(320.0)
        );
        assert!(chinese_at(&chars("一二"), 0).unwrap().end == 1);
    }

    #[test]
    fn reads_placeholders() {
        let n = placeholder_at(&chars("XX亿元"), 0).unwrap();
        assert!(n.placeholder && n.end == 2);
        assert!(placeholder_at(&chars("X光"), 0).is_none());
    }
}
