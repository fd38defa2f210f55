//! Rule: a list of changes with no subject of its own belongs, in order, to
//! the levels stated before it in the same ；-part.
//!
//! Why: 接待游客3000万人次、旅游收入300亿元，分别增长15%和20% states two
//! levels, then their two changes; each change joins its level's row.
//!
//! Example: 产量50万吨、产值8亿元，分别增长3%和5% → 产量 +3%, 产值 +5%.

use super::super::fact::{Fact, Reading, Role, LOOK_BACK};

/// 接待游客3000万人次、旅游收入300亿元，分别增长15%和20%: a list of changes
/// with no subject of its own belongs, in order, to the levels before it.
pub(in crate::facts) fn levels_for_changes(
    before: &[Fact],
    members: &[Reading],
    subject: &str,
    part: usize,
) -> Option<Vec<String>> {
    let n = members.len();
    if n < 2 || !subject.is_empty() || members.iter().any(|r| r.role == Role::Level) {
        return None;
    }
    // A loop: as a chain of adapters it weighed 0.3 KB gzip of the core wasm.
    let mut levels: Vec<String> = Vec::new();
    for f in before.iter().rev().take(LOOK_BACK) {
        if levels.len() < n && f.part == part && f.level.is_some() && f.change.is_none() {
            levels.push(f.subject.clone());
        }
    }
    levels.reverse();
    (levels.len() == n).then_some(levels)
}

#[cfg(test)]
mod tests {
    #[test]
    fn changes_follow_the_levels_before_them() {
        let rows = crate::parse("粮食产量50万吨、蔬菜产值8亿元，分别增长3%和5%。").rows;
        let got: Vec<_> = rows.iter().map(|r| (r.value, r.change)).collect();
        assert_eq!(got, vec![(Some(50.0), Some(3.0)), (Some(8.0), Some(5.0))]);
    }
}
