//! Rule: a number inside an example named before 等 and a count of the
//! examples is part of the example's name, not a fact.
//!
//! Why: in 甲建材公司2.1亿块新型墙砖等5个项目 the 2.1亿块 names one of
//! the projects; the fact is the count, 4个项目.
//!
//! Example: 甲公司年产2万吨饲料等3个项目开工 → only the 3个项目.

use crate::subject;

/// 甲建材公司2.1亿块新型墙砖等5个项目: a quantity inside an example
/// named before 等 and the count of the examples is part of a name.
pub(in crate::facts) fn names_an_example(
    chars: &[char],
    found: &subject::Found,
    next_start: usize,
) -> bool {
    let etc_then_count = |at: usize| chars.get(at) == Some(&'等') && at + 1 == next_start;
    found.after && (etc_then_count(found.end) || (found.end > 0 && etc_then_count(found.end - 1)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_number_naming_an_example_is_no_fact() {
        let rows = crate::parse("推进甲公司年产2万吨饲料等3个项目开工。").rows;
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|r| r.value != Some(2.0)), "{rows:#?}");
        assert!(rows.iter().any(|r| r.value == Some(3.0)), "{rows:#?}");
    }
}
