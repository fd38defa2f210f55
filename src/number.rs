//! Numbers: Arabic numerals with decimals and thousands separators, Chinese
//! numerals, and redacted placeholders (XX).

use crate::text::{cn_digit, cn_power, read_cn_numeral};

/// A number found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    /// `None` for a placeholder.
    pub value: Option<f64>,
    pub placeholder: bool,
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
    })
}

pub fn is_chinese_numeral(c: char) -> bool {
    cn_digit(c).is_some() || cn_power(c).is_some() || c == '万' || c == '亿'
}

/// Reads a Chinese numeral at `i`: 千 (1000), 两 (2), 十五 (15), 九点六
/// (9.6, the decimals written digit by digit), 零点三 (0.3), 四万三千八百
/// (43800), with a 万 or 亿 that ends it left to the unit (两万人,
/// 四万三千八百亿元: 43800 亿元), as after Arabic digits. Also tells
/// whether it is a figure, as older reports write them (四亿四千四百五十万吨,
/// 一千零五十三元, 一点五个百分点): a digit and a power of ten or decimals.
/// 三个 and 十亿 are no figure: alone, they name more often than they measure.
pub fn chinese_at(chars: &[char], i: usize) -> Option<(Number, bool)> {
    let n = read_cn_numeral(chars, i)?;
    let number = Number {
        start: i,
        end: n.end,
        value: Some(n.value),
        placeholder: false,
    };
    Some((number, n.figure))
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
        assert_eq!(chinese_at(&chars("千个"), 0).unwrap().0.value, Some(1000.0));
        assert_eq!(chinese_at(&chars("两条"), 0).unwrap().0.value, Some(2.0));
        assert_eq!(chinese_at(&chars("十五个"), 0).unwrap().0.value, Some(15.0));
        assert_eq!(
            chinese_at(&chars("三百二十"), 0).unwrap().0.value,
            Some(320.0)
        );
        assert!(chinese_at(&chars("一二"), 0).unwrap().0.end == 1);
    }

    #[test]
    fn reads_figures_in_chinese_numerals() {
        let read = |t: &str| {
            let (n, figure) = chinese_at(&chars(t), 0)?;
            figure.then_some((n.value, n.end))
        };
        // A 万 or 亿 that ends the figure is left to the unit.
        assert_eq!(read("四万三千八百亿元"), Some((Some(43800.0), 6)));
        assert_eq!(read("四亿四千四百五十万吨"), Some((Some(44450.0), 8)));
        assert_eq!(read("一千零五十三元"), Some((Some(1053.0), 6)));
        assert_eq!(read("三十点五"), Some((Some(30.5), 4)));
        assert_eq!(read("零点八个"), Some((Some(0.8), 3)));
        assert_eq!(read("一万亿元"), Some((Some(1.0), 1)));
        assert_eq!(read("十四五"), Some((Some(14.0), 2)));
        // A power with no digit after a numeral opens the unit.
        assert_eq!(read("四千九百七十三亿千瓦小时"), Some((Some(4973.0), 7)));
        assert_eq!(read("三万千米"), Some((Some(3.0), 1)));
        // A digit alone, a power alone, no numeral: no figure.
        for t in ["三个", "十亿元", "千万", "零售", "万元", "一九"] {
            assert_eq!(read(t), None, "{t}");
        }
    }

    #[test]
    fn a_run_of_powers_or_multipliers_stays_small() {
        let run = "九千".repeat(10_000);
        assert_eq!(chinese_at(&chars(&run), 0).map(|n| n.0.end), Some(3));
        let run = "九万".repeat(10_000);
        let n = chinese_at(&chars(&run), 0).unwrap().0;
        assert!(n.end <= 6 && n.value.is_some_and(f64::is_finite));
    }

    #[test]
    fn reads_placeholders() {
        let n = placeholder_at(&chars("XX亿元"), 0).unwrap();
        assert!(n.placeholder && n.end == 2);
        assert!(placeholder_at(&chars("X光"), 0).is_none());
    }
}
