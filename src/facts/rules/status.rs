//! Rule: a fact is a target in a section that plans; otherwise an estimate
//! after 预计 anywhere in its sentence, a target after a goal word (力争,
//! 目标) in its own ；-part or when it names a period the report plans for,
//! and a result (actual) else.
//!
//! Why: the same sentence shape states results in the review and goals in the
//! plan; the words before the number, and the period it names, tell a goal
//! in the review part apart (明年力争…).
//!
//! Example: 预计全年粮食产量达到40万吨 → estimate; 力争新增企业10家 → target.

use super::super::marks::Marks;
use crate::model::Status;
use crate::period::Period;
use crate::structure::{Context, Mode};

/// actual, estimate or target: the section's mode first, then the words
/// before the number — 预计 anywhere in the sentence, a goal word in its
/// ；-part — and a period the report plans for.
pub(in crate::facts) fn read_status(
    marks: &Marks,
    part: usize,
    at: usize,
    ctx: &Context,
    explicit: Option<Period>,
) -> Status {
    if ctx.mode == Mode::Plan {
        return Status::Target;
    }
    if marks.estimate_at.is_some_and(|e| e < at) {
        return Status::Estimate;
    }
    if marks.has_goal_between(part, at) || is_planned_period(explicit, ctx) {
        return Status::Target;
    }
    Status::Actual
}

/// A period the report sets targets for is planned: the target period
/// itself, or a whole year after the reviewed one (2025 in a review of 2024;
/// not 2024 in a review of 2024H1).
fn is_planned_period(explicit: Option<Period>, ctx: &Context) -> bool {
    let (Some(e), Some(t)) = (explicit, ctx.target_period) else {
        return false;
    };
    let reviewed = ctx.review_period.map(Period::year);
    e == t || (e.is_year() && e.year() >= t.year() && Some(e.year()) > reviewed)
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::{one, rows};
    use crate::model::Status;

    #[test]
    fn status_from_the_sentence() {
        assert_eq!(
            one("预计全年地区生产总值完成85亿元。").status,
            Status::Estimate
        );
        assert_eq!(one("力争科技型中小企业达到1500家。").status, Status::Target);
        assert_eq!(one("争取上级资金31亿元。").status, Status::Actual);
        assert_eq!(one("14个项目竣工投产。").status, Status::Actual);
    }

    #[test]
    fn a_goal_word_governs_its_own_part_only() {
        let r = rows("惠及居民3万余户；努力营造整洁环境，为群众安装燃气灶具1000余台。");
        assert_eq!(r[0].status, Status::Actual);
    }
}
