//! Chinese numerals: digits, powers of ten, whole numerals with 万, 亿
//! and decimals, and years written digit by digit.

/// The value of a Chinese digit: 零〇 0, 一 1, 二两 2 … 九 9.
pub fn cn_digit(c: char) -> Option<u32> {
    // A table, not a match: the match compiles to a tree of compares that
    // costs the core wasm some 200 bytes more.
    const DIGITS: [char; 12] = [
        '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '零', '两',
    ];
    let d = DIGITS.iter().position(|&d| d == c)? as u32;
    Some(match d {
        10 => 0,
        11 => 2,
        d => d,
    })
}

/// Rewrites each year written digit by digit in Chinese numerals
/// (一九九四年, 二〇二五年, and the 二0二五年 / 二O二五年 typed for want of
/// a 〇) in Arabic digits, one char for one char, so it is read as a year.
pub fn fold_chinese_years(t: &mut [char]) {
    let digit = |c: char| match c {
        '0' | 'O' => Some(0),
        _ => cn_digit(c).filter(|_| c != '两'),
    };
    for end in 4..t.len() {
        // A run of Arabic digits is written as it was.
        let i = end - 4;
        let is_year = t[end] == '年'
            && (i == 0 || digit(t[i - 1]).is_none())
            && t[i..end].iter().all(|&c| digit(c).is_some());
        if is_year {
            for c in &mut t[i..end] {
                *c = char::from_digit(digit(*c).unwrap_or(0), 10).unwrap_or('0');
            }
        }
    }
}

/// The value of a Chinese power of ten below 万: 十 10, 百 100, 千 1000.
pub fn cn_power(c: char) -> Option<u32> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// Reads a whole Chinese numeral at `i` ([`read_cn_numeral`]): its value
/// and end.
pub fn cn_numeral_at(chars: &[char], i: usize) -> Option<(u32, usize)> {
    // Decimals (三点五) are dropped: the callers count and number.
    read_cn_numeral(chars, i).map(|n| (n.value as u32, n.end))
}

/// A Chinese numeral read: its value, where it ends, and whether it is a
/// figure (see [`read_cn_numeral`]).
pub struct CnNumeral {
    pub value: f64,
    pub end: usize,
    pub figure: bool,
}

/// Reads a Chinese numeral at `i`: 千 (1000), 两 (2), 十五 (15), 九点六
/// (9.6, the decimals written digit by digit), 零点三 (0.3), 四万三千八百
/// (43800); two digits in a row (一二) end it after the first, and a zero
/// value is no numeral. A 万 or 亿 that ends it is left to the unit (两万人,
/// 四万三千八百亿元: 43800 亿元), as after Arabic digits. A figure has a
/// digit and a power of ten or decimals (三个 and 十亿 have not).
pub fn read_cn_numeral(chars: &[char], i: usize) -> Option<CnNumeral> {
    // The 万 and 亿 sections read, the part below 万 with its last power
    // of ten (powers fall: 千千 is no numeral), and the digit waiting for
    // its power.
    let (mut total, mut section, mut power, mut digit) = (0u64, 0u64, WAN, None);
    let (mut multiplier, mut has_digit) = (0, false);
    let mut j = i;
    while let Some(&c) = chars.get(j) {
        if let Some(d) = cn_digit(c) {
            // 一千零五十: a zero holds a place; a digit after a digit
            // (一九, 十四五) ends the figure.
            let zero = d == 0 && chars.get(j + 1) != Some(&'点');
            if digit.is_some() {
                break;
            }
            if !zero {
                digit = Some(u64::from(d));
                has_digit = true;
            }
        } else if let Some(p) = cn_power(c).map(u64::from).filter(|&p| p < power) {
            // 十五 opens with its power; after a numeral, a power with no
            // digit opens the unit (四千九百亿千瓦时, 三万千米).
            if digit.is_none() && j > i {
                break;
            }
            section += digit.take().unwrap_or(1) * p;
            power = p;
        } else {
            let m = match c {
                '万' => WAN,
                '亿' => YI,
                _ => break,
            };
            let pending = section + digit.take().unwrap_or(0);
            // 万 after 万 repeats a section; 亿 multiplies a figure below 亿.
            if pending == 0 || m == multiplier || m == YI && total >= YI {
                break;
            }
            total = if m == YI {
                (total + pending) * m
            } else {
                total + pending * m
            };
            (section, power, multiplier) = (0, WAN, m);
        }
        j += 1;
    }
    let value = (total + section + digit.unwrap_or(0)) as f64;
    // Ending with 万 or 亿, left to the unit. (A zero after it with no
    // digit after that, 三万零元, ends the numeral before the 零: no unit
    // follows, so no figure; no report writes so.)
    let (value, end) = if section + digit.unwrap_or(0) == 0 && multiplier != 0 {
        (value / multiplier as f64, j - 1)
    } else {
        with_decimals(chars, value, j)
    };
    let scaled = multiplier != 0 || power < WAN;
    let figure = has_digit && (scaled || end > j);
    (value > 0.0).then_some(CnNumeral { value, end, figure })
}

const WAN: u64 = 10_000;
const YI: u64 = 100_000_000;

/// `whole` with the decimals written digit by digit after a 点 at `at`,
/// and where they end (`at` when none are written).
fn with_decimals(chars: &[char], whole: f64, at: usize) -> (f64, usize) {
    if chars.get(at) != Some(&'点') {
        return (whole, at);
    }
    // The digits as one integer over a power of ten: one rounding, as
    // reading "9.6" gives (a sum of tenths would not give 0.3).
    let (mut digits, mut scale) = (0u64, 1u64);
    let mut k = at + 1;
    while let Some(d) = chars.get(k).and_then(|&c| cn_digit(c)) {
        if scale >= 1 << 40 {
            break;
        }
        digits = digits * 10 + u64::from(d);
        scale *= 10;
        k += 1;
    }
    if k == at + 1 {
        return (whole, at);
    }
    ((whole * scale as f64 + digits as f64) / scale as f64, k)
}
