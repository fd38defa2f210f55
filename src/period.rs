//! Time expressions inside a sentence → period strings of SPEC.md
//! (`2024`, `2024H1`, `2024Q1-Q3`, `2024M1-M11`, `2021-2025`).

/// Reads the period a clause states explicitly, if any. `current_year` is the
/// year 今年 means at that place of the document (used for 今年/去年/上半年…).
pub fn explicit_period(clause: &[char], current_year: Option<i32>) -> Option<String> {
    let _ = (clause, current_year);
    None
}
