//! Rule: a change range is kept low to high after its sign is applied.
//!
//! Why: 下降3-5% reads as −3 to −5; the row's `change` must be the lower end
//! and `changeMax` the upper, as for any range.
//!
//! Example: 能耗下降3-5% → change −5, changeMax −3.

use crate::model::Row;

/// 下降3-5% reads as -3 to -5: keep the range low to high. Whether it
/// turned it.
pub(in crate::facts) fn order_change_range(row: &mut Row) -> bool {
    match (row.change, row.change_max) {
        (Some(a), Some(b)) if a > b => {
            row.change = Some(b);
            row.change_max = Some(a);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_falling_range_runs_low_to_high() {
        let rows = crate::parse("单位产值能耗下降3-5%。").rows;
        assert_eq!(rows.len(), 1, "{rows:#?}");
        assert_eq!(
            (rows[0].change, rows[0].change_max),
            (Some(-5.0), Some(-3.0))
        );
    }
}
