//! [`Period`]: what a row, a section or a report speaks of, typed.
//!
//! A period is a year, a half, a quarter or a run of quarters, a month or a
//! run of months, or a span of years. It is written as the SPEC string only
//! at the boundary (`Display`, serde): `2024`, `2024H1`, `2024Q1`,
//! `2024Q1-Q3`, `2024M5`, `2024M1-M11`, `2021-2025`.

use crate::text::Slice;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A period of time a fact refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// A calendar year: `2024`.
    Year(i32),
    /// A half year, 1 or 2: `2024H1`.
    Half { year: i32, half: u8 },
    /// One quarter (`first == last`: `2024Q1`) or a run (`2024Q1-Q3`).
    Quarters { year: i32, first: u8, last: u8 },
    /// One month (`first == last`: `2024M5`) or a run (`2024M1-M11`).
    Months { year: i32, first: u8, last: u8 },
    /// Several whole years, `first < last`: `2021-2025`.
    Years { first: i32, last: i32 },
}

impl Period {
    /// The years `first..=last`: a single year when they are equal.
    pub fn span(first: i32, last: i32) -> Period {
        if first >= last {
            Period::Year(first)
        } else {
            Period::Years { first, last }
        }
    }

    /// The (first) year the period falls in.
    pub fn year(self) -> i32 {
        match self {
            Period::Year(y)
            | Period::Half { year: y, .. }
            | Period::Quarters { year: y, .. }
            | Period::Months { year: y, .. } => y,
            Period::Years { first, .. } => first,
        }
    }

    /// The last year the period covers: 2021-2025 → 2025, 2024H1 → 2024.
    pub fn last_year(self) -> i32 {
        match self {
            Period::Years { last, .. } => last,
            p => p.year(),
        }
    }

    /// Whether this is a span of several years.
    pub fn is_span(self) -> bool {
        matches!(self, Period::Years { .. })
    }

    /// Whether this is one whole calendar year.
    pub fn is_year(self) -> bool {
        matches!(self, Period::Year(_))
    }

    /// Multi-year rule of the SPEC: a level reached at the end of a span
    /// takes the span's last year; any other period stays as it is.
    pub fn end(self) -> Period {
        match self {
            Period::Years { last, .. } => Period::Year(last),
            p => p,
        }
    }

    /// The year before the period starts (从A增加到B: A's year for a span).
    pub fn year_before(self) -> Period {
        Period::Year(self.year() - 1)
    }

    /// The period that follows a reviewed one: 2024H1 → 2024H2, 2023 → 2024.
    pub fn next(self) -> Option<Period> {
        match self {
            Period::Year(y) => Some(Period::Year(y + 1)),
            Period::Half { year, half: 1 } => Some(Period::Half { year, half: 2 }),
            _ => None,
        }
    }

    /// The same part of another year (全年, 前三季度 after 2025年 → 2025…);
    /// a span has no year to move and stays.
    pub fn in_year(self, y: i32) -> Period {
        match self {
            Period::Year(_) => Period::Year(y),
            Period::Half { half, .. } => Period::Half { year: y, half },
            Period::Quarters { first, last, .. } => Period::Quarters {
                year: y,
                first,
                last,
            },
            Period::Months { first, last, .. } => Period::Months {
                year: y,
                first,
                last,
            },
            p @ Period::Years { .. } => p,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Half { year, half } => write!(f, "{year}H{half}"),
            Period::Quarters { year, first, last } if first == last => {
                write!(f, "{year}Q{first}")
            }
            Period::Quarters { year, first, last } => write!(f, "{year}Q{first}-Q{last}"),
            Period::Months { year, first, last } if first == last => write!(f, "{year}M{first}"),
            Period::Months { year, first, last } => write!(f, "{year}M{first}-M{last}"),
            Period::Years { first, last } => write!(f, "{first}-{last}"),
        }
    }
}

/// Periods in time order: by the month they start, then by the month they
/// end (2024Q1 before 2024H1 before 2024 before 2024-2028, then 2024H2).
/// Two periods of the same months
/// (2024H1 and 2024Q1-Q2) are ordered by kind: year, half, quarters,
/// months, years.
impl Ord for Period {
    fn cmp(&self, other: &Period) -> std::cmp::Ordering {
        let (a_start, a_end) = self.months();
        let (b_start, b_end) = other.months();
        a_start
            .cmp(&b_start)
            .then(a_end.cmp(&b_end))
            .then(self.kind_rank().cmp(&other.kind_rank()))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Period) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Period {
    /// The first and last month covered, counted from year 0 (January 0).
    fn months(self) -> (i64, i64) {
        let at = |year: i32, month: u8| i64::from(year) * 12 + i64::from(month) - 1;
        match self {
            Period::Year(y) => (at(y, 1), at(y, 12)),
            Period::Half { year, half } => (at(year, half * 6 - 5), at(year, half * 6)),
            Period::Quarters { year, first, last } => (at(year, first * 3 - 2), at(year, last * 3)),
            Period::Months { year, first, last } => (at(year, first), at(year, last)),
            Period::Years { first, last } => (at(first, 1), at(last, 12)),
        }
    }

    fn kind_rank(self) -> u8 {
        match self {
            Period::Year(_) => 0,
            Period::Half { .. } => 1,
            Period::Quarters { .. } => 2,
            Period::Months { .. } => 3,
            Period::Years { .. } => 4,
        }
    }
}

/// The SPEC strings of several periods joined by `sep` (报告期：2025、2021-2025).
pub fn join(periods: &[Period], sep: &str) -> String {
    let texts: Vec<String> = periods.iter().map(Period::to_string).collect();
    texts.join(sep)
}

/// Compares with the SPEC string: `period == "2024H1"`.
impl PartialEq<str> for Period {
    fn eq(&self, other: &str) -> bool {
        other.parse::<Period>().is_ok_and(|p| p == *self)
    }
}

impl PartialEq<&str> for Period {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

/// A string that is not a period of the SPEC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadPeriod(pub String);

impl fmt::Display for BadPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a period: {:?}", self.0)
    }
}

impl std::error::Error for BadPeriod {}

impl FromStr for Period {
    type Err = BadPeriod;

    fn from_str(s: &str) -> Result<Period, BadPeriod> {
        parse(s).ok_or_else(|| BadPeriod(s.to_string()))
    }
}

fn parse(s: &str) -> Option<Period> {
    let year: i32 = s.get(..4)?.parse().ok()?;
    if !s.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let rest = s.slice(4..);
    if rest.is_empty() {
        return Some(Period::Year(year));
    }
    if let Some(last) = rest.strip_prefix('-') {
        let last: i32 = last.parse().ok().filter(|l| *l > year)?;
        return (last.to_string().len() == 4).then_some(Period::Years { first: year, last });
    }
    let small = |t: &str, max: u8| t.parse::<u8>().ok().filter(|n| (1..=max).contains(n));
    if let Some(h) = rest.strip_prefix('H') {
        return small(h, 2).map(|half| Period::Half { year, half });
    }
    let run = |t: &str, letter: char, max: u8| -> Option<(u8, u8)> {
        match t.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (small(a, max)?, small(b.strip_prefix(letter)?, max)?);
                (a < b).then_some((a, b))
            }
            None => small(t, max).map(|a| (a, a)),
        }
    };
    if let Some(q) = rest.strip_prefix('Q') {
        let (first, last) = run(q, 'Q', 4)?;
        return Some(Period::Quarters { year, first, last });
    }
    let m = rest.strip_prefix('M')?;
    let (first, last) = run(m, 'M', 12)?;
    Some(Period::Months { year, first, last })
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Period, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_strings_round_trip() {
        for s in [
            "2024", "2024H1", "2024H2", "2024Q1", "2024Q1-Q3", "2024M5", "2024M1-M11", "2021-2025",
        ] {
            let p: Period = s.parse().unwrap();
            assert_eq!(p.to_string(), s);
        }
    }

    #[test]
    fn bad_strings_are_refused() {
        for s in [
            "", "24", "2024H3", "2024Q3-Q1", "2025-2021", "2024M13", "x024",
        ] {
            assert!(s.parse::<Period>().is_err(), "{s}");
        }
    }

    #[test]
    fn serde_uses_the_spec_string() {
        let p = Period::Quarters {
            year: 2024,
            first: 1,
            last: 3,
        };
        assert_eq!(serde_json::to_string(&p).unwrap(), "\"2024Q1-Q3\"");
        let back: Period = serde_json::from_str("\"2021-2025\"").unwrap();
        assert_eq!(back, Period::span(2021, 2025));
    }

    #[test]
    fn periods_sort_by_start_then_end() {
        let mut v: Vec<Period> = [
            "2025", "2024Q3", "2024H2", "2024Q1", "2024H1", "2024", "2021-2025",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        crate::order::sort(&mut v);
        let back: Vec<String> = v.iter().map(Period::to_string).collect();
        assert_eq!(
            back,
            ["2021-2025", "2024Q1", "2024H1", "2024", "2024Q3", "2024H2", "2025"]
        );
        let half: Period = "2024H1".parse().unwrap();
        let two_quarters: Period = "2024Q1-Q2".parse().unwrap();
        assert!(half < two_quarters);
    }

    #[test]
    fn span_helpers() {
        let five = Period::span(2021, 2025);
        assert_eq!(five.end(), Period::Year(2025));
        assert_eq!(five.year_before(), Period::Year(2020));
        assert_eq!(Period::span(2024, 2024), Period::Year(2024));
        assert_eq!(
            Period::Half {
                year: 2024,
                half: 1
            }
            .next(),
            Some(Period::Half {
                year: 2024,
                half: 2
            })
        );
        assert_eq!(Period::Year(2023).next(), Some(Period::Year(2024)));
        assert_eq!(five.last_year(), 2025);
    }
}
