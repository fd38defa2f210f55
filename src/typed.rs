//! What a person types into the page's edit dialog, read as the rows write
//! it: a number or a range (`63.65`, `1–2`, `-5~-3`, full-width digits and
//! thousands commas allowed) and a period (`2024H1`, the rows' own form,
//! read by [`crate::Period`]'s parser, so a typed period is one the
//! renderers read back).

use crate::render::cells::ascii;
use crate::text::Slice;
use crate::Period;

/// A typed number or range: `(low, high)`, `(None, None)` for an empty
/// field; `None` when it is not a number ("六十", "1-").
pub fn range(text: &str) -> Option<(Option<f64>, Option<f64>)> {
    let s: String = text
        .chars()
        .map(ascii)
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    if s.is_empty() {
        return Some((None, None));
    }
    if let Some(n) = signed(&s) {
        return Some((Some(n), None));
    }
    // Two numbers apart by ~ – — 至 到, or by a hyphen right after a digit.
    s.char_indices().skip(1).find_map(|(i, c)| {
        let apart = matches!(c, '~' | '～' | '–' | '—' | '至' | '到')
            || (c == '-' && s.slice(..i).ends_with(|d: char| d.is_ascii_digit()));
        let (low, high) = (signed(s.slice(..i))?, signed(s.slice(i + c.len_utf8()..))?);
        apart.then_some((Some(low), Some(high)))
    })
}

/// `5`, `-0.3`, `+6`, `−2` (a minus sign): digits with at most one point
/// between digits.
fn signed(s: &str) -> Option<f64> {
    let (negative, digits) = match s.chars().next()? {
        c @ ('-' | '−' | '+') => (c != '+', s.slice(c.len_utf8()..)),
        _ => (false, s),
    };
    if digits.ends_with('.') {
        return None;
    }
    let n = crate::text::decimal_value(digits)?;
    Some(if negative { -n } else { n })
}

/// Whether `text` is a period as the rows write it: 2024, 2024H1,
/// 2024Q1-Q3, 2024M1-M11, 2021-2025.
pub fn is_period(text: &str) -> bool {
    text.parse::<Period>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_ranges() {
        assert_eq!(range("63.65"), Some((Some(63.65), None)));
        assert_eq!(range("1,349,084"), Some((Some(1349084.0), None)));
        assert_eq!(range("1-2"), Some((Some(1.0), Some(2.0))));
        assert_eq!(range("1–2"), Some((Some(1.0), Some(2.0))));
        assert_eq!(range("1 ~ 2"), Some((Some(1.0), Some(2.0))));
        assert_eq!(range("-5~-3"), Some((Some(-5.0), Some(-3.0))));
        assert_eq!(range("６３．６５"), Some((Some(63.65), None)));
        assert_eq!(range("+6"), Some((Some(6.0), None)));
        assert_eq!(range(""), Some((None, None)));
        for bad in ["六十", "1-", "5.", ".5", "1~2~3", "abc"] {
            assert_eq!(range(bad), None, "{bad}");
        }
    }

    #[test]
    fn periods() {
        for p in [
            "2024", "2024H1", "2024Q1", "2024Q1-Q3", "2024M1-M11", "2021-2025",
        ] {
            assert!(is_period(p), "{p}");
        }
        for p in [
            "24", "2024H3", "2024Q3-Q1", "2024M0", "2024M13", "2025-2021", "2024年",
        ] {
            assert!(!is_period(p), "{p}");
        }
    }
}
