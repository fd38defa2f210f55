//! Numbers written as serde_json writes them, without serde_json: the
//! shortest text that reads back as the same f64 (`5.0`, `63.65`,
//! `0.001`). The core wasm module's JSON (`json_out`) and the cells the
//! library writes for the page (`render`) both start from it, so neither
//! links serde_json's float formatter into the module the page loads at once.
//!
//! A number from 0.00001 to 10¹⁶ (every value a report writes) is written
//! here. One outside that range, where serde_json switches to an exponent,
//! is written by the host: JavaScript's `Number#toString` in the browser
//! (`1e+21` where serde_json writes `1e21`: the same number once parsed),
//! serde_json natively.

pub(crate) fn integer(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// A finite number as serde_json writes it (`5.0`, `63.65`, `1e21`): also
/// what [`crate::render::format_number`] starts from, so the page's cells
/// need no float formatter of their own in the core module.
pub(crate) fn number_text(x: f64) -> String {
    let mut out = String::new();
    float(&mut out, x);
    out
}

/// A number as serde_json writes it; not finite: `null`, as serde_json.
pub(crate) fn float(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str("null");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if !fixed(out, x.abs()) {
        out.push_str(&host_number(x.abs()));
    }
}

/// 2⁵³: integers below it are exact in an f64.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// `x` (positive) from 0.00001 to 10¹⁶ with the fewest digits that read back
/// as `x`, in serde_json's fixed notation (`5.0`, `0.25`); false when `x`
/// is outside that range or needs an exponent.
///
/// With `p` decimals, `r = round(x·10ᵖ)` is the closest candidate, and
/// `r / 10ᵖ == x` (both exact below 2⁵³ and 10²², so the division rounds
/// once, as reading the decimal does) proves `r·10⁻ᵖ` reads back as `x`.
fn fixed(out: &mut String, x: f64) -> bool {
    if x == 0.0 {
        out.push_str("0.0");
        return true;
    }
    if !(1e-5..1e16).contains(&x) {
        return false;
    }
    if x.fract() == 0.0 {
        integer(out, x as u64);
        out.push_str(".0");
        return true;
    }
    let mut scale = 1.0;
    for decimals in 1..=17 {
        scale *= 10.0;
        let r = (x * scale).round();
        if r >= EXACT {
            return false;
        }
        if r / scale == x {
            let mut digits = String::new();
            integer(&mut digits, r as u64);
            let whole = digits.len().saturating_sub(decimals);
            if whole == 0 {
                out.push('0');
            }
            out.push_str(digits.get(..whole).unwrap_or_default());
            out.push('.');
            for _ in digits.len()..decimals {
                out.push('0');
            }
            out.push_str(digits.get(whole..).unwrap_or_default());
            return true;
        }
    }
    false
}

/// A number outside the fixed range, written by the host (see the module doc).
#[cfg(target_arch = "wasm32")]
fn host_number(x: f64) -> String {
    js_sys::Number::from(x)
        .to_string_with_radix(10)
        .map_or_else(|_| "null".to_string(), String::from)
}

#[cfg(not(target_arch = "wasm32"))]
fn host_number(x: f64) -> String {
    serde_json::to_string(&x).unwrap_or_else(|_| "null".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed_text(x: f64) -> Option<String> {
        let mut s = String::new();
        fixed(&mut s, x).then_some(s)
    }

    fn report_decimals() -> Vec<f64> {
        let mut values = Vec::new();
        for i in 0..20_000u32 {
            let n = i * 7919 % 100_003;
            for text in [
                format!("{}.{:02}", i / 100, i % 100),
                format!("{i}.{}", i % 7),
                format!("0.{i:05}"),
                format!("{}.{:03}", n / 1000, n % 1000),
                format!("{n}{i}.{}", i % 10),
            ] {
                let x: f64 = text.parse().unwrap();
                let text = fixed_text(x).unwrap_or_else(|| panic!("{x:e}"));
                assert_eq!(text, serde_json::to_string(&x).unwrap());
                values.push(x);
            }
        }
        values
    }

    #[test]
    fn writes_numbers_as_serde_json() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            5.0,
            5.2,
            -2.6,
            63.65,
            0.1,
            0.2,
            0.3,
            1.0 / 3.0,
            2.0 / 3.0,
            0.00001,
            0.000012345,
            0.00009999,
            123_456_789.125,
            1_349_084.0,
            9_999_999_999_999_998.0,
            9_007_199_254_740_991.0,
            4_503_599_627_370_495.5,
            f64::EPSILON,
            1e-6,
            1e16,
            1e21,
            1.5e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        values.extend(report_decimals());
        // And a spread of arbitrary doubles.
        let mut bits: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            values.push(f64::from_bits(bits));
        }
        for x in values {
            let mut ours = String::new();
            float(&mut ours, x);
            let theirs = serde_json::to_string(&x).unwrap();
            assert_eq!(ours, theirs, "{x:e}");
        }
    }

    #[test]
    fn writes_reports_decimals_itself() {
        assert_eq!(fixed_text(63.65).as_deref(), Some("63.65"));
        assert_eq!(fixed_text(5.0).as_deref(), Some("5.0"));
        assert_eq!(fixed_text(0.001).as_deref(), Some("0.001"));
        assert_eq!(fixed_text(1e16), None);
        assert_eq!(fixed_text(1e-6), None);
    }
}
