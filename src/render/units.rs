//! Units on demand: money in 亿元 or 万元, people in 万人 or 人, for every
//! format at once. The one place where a value is rescaled: the page's table
//! asks the renderer (through wasm) for the converted rows, and its exports
//! pass the same choice, so the table and the files always agree.
//!
//! A unit is `[multiplier] base` ([`MULTIPLIERS`]): 63.65亿元 in 万元 is
//! 636500万元. Only 元 (money) and 人/人次 (people) are rescaled; 美元, 元/人,
//! 万户 and the rest stay as written. The shift is done on the decimal digits
//! (63.65 → "63.65e4" → 636500), never by multiplying floats, so no 636500.0000001.
//! The evidence (依据) is left as the report wrote it.
//!
//! ```
//! use zhibiao::render::units::{convert_row, Units};
//! let mut row = zhibiao::Row { value: Some(63.65), unit: Some("亿元".into()), ..Default::default() };
//! convert_row(&mut row, &Units { money: "万元".parse().ok(), people: None });
//! assert_eq!((row.value, row.unit.as_deref()), (Some(636500.0), Some("万元")));
//! ```

use super::{expand_exponent, format_number};
use crate::lexicon::units::MULTIPLIERS;
use crate::model::{Report, Row};
use std::str::FromStr;

/// The powers of ten of [`MULTIPLIERS`].
fn multiplier_exponent(word: &str) -> Option<i32> {
    Some(match word {
        "千万" => 7,
        "百万" => 6,
        "十万" => 5,
        "万亿" => 12,
        "亿" => 8,
        "万" => 4,
        "千" => 3,
        "百" => 2,
        _ => return None,
    })
}

/// A unit to show a family of units in: its multiplier as a power of ten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    exponent: i32,
}

/// What the user chose; `None` keeps the units as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Units {
    /// 元 and its multiples: `亿元` or `万元` (or `元`).
    pub money: Option<Target>,
    /// 人, 人次 and their multiples: `万人` or `人`.
    pub people: Option<Target>,
}

impl Units {
    pub fn is_none(&self) -> bool {
        self.money.is_none() && self.people.is_none()
    }
}

/// The unit names a [`Target`] is read from: 亿元, 万元, 元, 万人, 人.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownUnit(pub String);

impl std::fmt::Display for UnknownUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown unit '{}' (expected 亿元, 万元, 万人 or 人)",
            self.0
        )
    }
}

impl std::error::Error for UnknownUnit {}

impl FromStr for Target {
    type Err = UnknownUnit;

    /// `亿元`/`万元`/`元` for money, `万人`/`人` for people (the base is not
    /// kept: the family is the field the target is given for).
    fn from_str(s: &str) -> Result<Target, UnknownUnit> {
        match split(s) {
            Some((exponent, "元" | "人")) => Ok(Target { exponent }),
            _ => Err(UnknownUnit(s.to_string())),
        }
    }
}

/// `亿元` → (8, "元"), `人次` → (0, "人次"); a unit with an unknown head → None.
fn split(unit: &str) -> Option<(i32, &str)> {
    for word in MULTIPLIERS {
        if let Some(base) = unit.strip_prefix(word) {
            if !base.is_empty() {
                return Some((multiplier_exponent(word)?, base));
            }
        }
    }
    Some((0, unit))
}

/// The multiplier written for a power of ten (the inverse of [`split`]).
fn multiplier_word(exponent: i32) -> Option<&'static str> {
    if exponent == 0 {
        return Some("");
    }
    MULTIPLIERS
        .iter()
        .find(|w| multiplier_exponent(w) == Some(exponent))
}

/// `n` × 10^`shift`, on the decimal digits: 63.65, 4 → 636500.
pub fn shift(n: f64, shift: i32) -> f64 {
    if shift == 0 || !n.is_finite() {
        return n;
    }
    let digits = format_number(n);
    expand_exponent(&format!("{digits}e{shift}"))
        .parse()
        .unwrap_or(n)
}

/// The unit `unit` is shown in under `units`, and the power of ten its
/// numbers move by; None when it stays as written.
fn rescale(unit: &str, units: &Units) -> Option<(String, i32)> {
    let (from, base) = split(unit)?;
    let target = match base {
        "元" => units.money?,
        "人" | "人次" => units.people?,
        _ => return None,
    };
    if target.exponent == from {
        return None;
    }
    let word = multiplier_word(target.exponent)?;
    Some((format!("{word}{base}"), from - target.exponent))
}

/// Rescales a row's level and its absolute change (增加10亿元) to `units`.
/// A redacted value (XX亿元) keeps its unit: there is no number to move.
pub fn convert_row(row: &mut Row, units: &Units) {
    if row.value.is_some() {
        if let Some((unit, by)) = row.unit.as_deref().and_then(|u| rescale(u, units)) {
            row.value = row.value.map(|n| shift(n, by));
            row.value_max = row.value_max.map(|n| shift(n, by));
            row.unit = Some(unit);
        }
    }
    if row.change.is_some() {
        if let Some((unit, by)) = row.change_unit.as_deref().and_then(|u| rescale(u, units)) {
            row.change = row.change.map(|n| shift(n, by));
            row.change_max = row.change_max.map(|n| shift(n, by));
            row.change_unit = Some(unit);
        }
    }
}

/// The report with its rows in `units` (a copy; meta and notes as they are).
pub fn convert_report(report: &Report, units: &Units) -> Report {
    let mut converted = report.clone();
    if !units.is_none() {
        for row in &mut converted.rows {
            convert_row(row, units);
        }
    }
    converted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(money: &str, people: &str) -> Units {
        Units {
            money: money.parse().ok(),
            people: people.parse().ok(),
        }
    }

    fn row(value: f64, unit: &str) -> Row {
        Row {
            value: Some(value),
            unit: Some(unit.into()),
            ..Default::default()
        }
    }

    /// (money, people: the units chosen; a value and unit; the value and
    /// unit shown).
    fn check(cases: &[(&str, &str, f64, &str, f64, &str)]) {
        for &(money, people, value, unit, want, want_unit) in cases {
            let mut row = row(value, unit);
            convert_row(&mut row, &units(money, people));
            assert_eq!(
                (row.value, row.unit.as_deref()),
                (Some(want), Some(want_unit)),
                "{value}{unit} in {money}{people}"
            );
        }
    }

    #[test]
    fn targets_are_read_from_unit_names() {
        assert_eq!("亿元".parse::<Target>(), Ok(Target { exponent: 8 }));
        assert_eq!("万人".parse::<Target>(), Ok(Target { exponent: 4 }));
        assert_eq!("人".parse::<Target>(), Ok(Target { exponent: 0 }));
        assert!("万户".parse::<Target>().is_err());
        assert!("".parse::<Target>().is_err());
    }

    #[test]
    fn money_and_people_move_between_multipliers_exactly() {
        check(&[
            ("万元", "", 63.65, "亿元", 636500.0, "万元"),
            ("万元", "", 1349084.0, "亿元", 13490840000.0, "万元"),
            ("亿元", "", 5000.0, "万元", 0.5, "亿元"),
            ("亿元", "", 12.3, "元", 0.000000123, "亿元"),
            ("亿元", "", 1.2, "万亿元", 12000.0, "亿元"),
            // Already in the unit chosen, another currency, money per head:
            // as written.
            ("亿元", "", 63.65, "亿元", 63.65, "亿元"),
            ("万元", "", 3.0, "亿美元", 3.0, "亿美元"),
            ("万元", "", 3.0, "元/人", 3.0, "元/人"),
            // People and person-times follow the people choice; money is
            // left alone when only people were chosen.
            ("", "人", 1.5, "万人", 15000.0, "人"),
            ("", "万人", 3200.0, "人次", 0.32, "万人次"),
            ("", "人", 8.0, "万户", 8.0, "万户"),
            ("", "人", 63.65, "亿元", 63.65, "亿元"),
        ]);
    }

    #[test]
    fn shifting_digits_leaves_no_float_noise() {
        for (n, by, want) in [
            (0.1, 4, 1000.0),
            (63.65, 4, 636500.0),
            (1.1, 8, 110000000.0),
            (-2.6, 4, -26000.0),
            (636500.0, -4, 63.65),
            (0.7, -4, 0.00007),
        ] {
            assert_eq!(shift(n, by), want, "{n} e{by}");
        }
    }

    #[test]
    fn ranges_and_absolute_changes_move_too_but_not_rates() {
        let mut r = Row {
            value: Some(1.0),
            value_max: Some(2.0),
            unit: Some("亿元".into()),
            change: Some(-0.3),
            change_unit: Some("亿元".into()),
            ..Default::default()
        };
        convert_row(&mut r, &units("万元", ""));
        assert_eq!((r.value, r.value_max), (Some(10000.0), Some(20000.0)));
        assert_eq!(
            (r.change, r.change_unit.as_deref()),
            (Some(-3000.0), Some("万元"))
        );
        let mut rate = Row {
            change: Some(5.0),
            change_unit: Some("%".into()),
            ..Default::default()
        };
        convert_row(&mut rate, &units("万元", "人"));
        assert_eq!(
            (rate.change, rate.change_unit.as_deref()),
            (Some(5.0), Some("%"))
        );
    }

    #[test]
    fn a_redacted_value_keeps_its_unit() {
        let mut r = Row {
            placeholder: true,
            unit: Some("亿元".into()),
            ..Default::default()
        };
        convert_row(&mut r, &units("万元", ""));
        assert_eq!(r.unit.as_deref(), Some("亿元"));
    }
}
