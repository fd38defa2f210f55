//! Rule: a population written with a bare multiplier (常住人口985万) is
//! counted in that multiplier of people: unit 万人; and a bare 人口 so
//! counted (人口985万, 人口985万人) is the resident population, 常住人口.
//!
//! Why: round-ups drop the 人 (合肥常住人口985万); a panel of cities must
//! hold one unit per indicator, and the people option converts only units
//! of people.
//!
//! Example: 常住人口达1190万 → 常住人口 1190 万人.

use crate::lexicon::roundup_words::{BARE_POPULATION, COUNTED_IN_PEOPLE, PEOPLE};
use crate::lexicon::units::BARE_MULTIPLIERS;
use crate::model::Row;

pub(in crate::facts) fn people_unit(row: &mut Row) -> bool {
    let (bare, population) = BARE_POPULATION;
    let mut changed = false;
    if row.canonical.is_none() && row.indicator == bare && counted_in_multiples(row) {
        row.canonical = Some(population.to_string());
        row.category = crate::indicator::Dictionary::standard()
            .classify(population)
            .1;
        row.core = true;
        changed = true;
    }
    let counted = row
        .canonical
        .as_deref()
        .is_some_and(|c| COUNTED_IN_PEOPLE.contains(c));
    if !counted {
        return changed;
    }
    for unit in [&mut row.unit, &mut row.change_unit].into_iter().flatten() {
        if BARE_MULTIPLIERS.contains(unit.as_str()) {
            unit.push_str(PEOPLE);
            changed = true;
        }
    }
    changed
}

/// Whether the row's figure is written in 万 (or 万人, 亿…) alone.
fn counted_in_multiples(row: &Row) -> bool {
    let unit = row.unit.as_deref().or(row.change_unit.as_deref());
    unit.is_some_and(|u| {
        let multiple = u.strip_suffix(PEOPLE).unwrap_or(u);
        BARE_MULTIPLIERS.contains(multiple)
    })
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::one;

    #[test]
    fn a_bare_multiplier_of_a_population_counts_people() {
        let r = one("常住人口达到1190万。");
        assert_eq!(r.unit.as_deref(), Some("万人"));
        let r = one("人口增加12万。");
        assert_eq!(r.canonical.as_deref(), Some("常住人口"));
        assert_eq!(r.change_unit.as_deref(), Some("万人"));
        assert_eq!(one("人口增长2%。").canonical, None);
        let r = one("城市速览\n厦门人口530万。\n");
        assert_eq!(r.canonical.as_deref(), Some("常住人口"));
        assert_eq!(r.region.as_deref(), Some("厦门市"));
        let r = one("游客量达到1190万。");
        assert_eq!(r.unit.as_deref(), Some("万"));
    }
}
