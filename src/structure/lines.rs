//! The lines of one report of a file that holds several: stage 1's lines
//! (see [`crate::normalize::Line`]) within the report, counted from its start.

use crate::normalize::Line;

/// The lines within `[start, end)`, their positions counted from `start`.
/// A report starts at a line's start, so no line is cut.
pub(super) fn part_lines(lines: &[Line], start: usize, end: usize) -> Vec<Line> {
    let first = lines.partition_point(|l| l.start < start);
    lines[first..]
        .iter()
        .take_while(|l| l.end <= end)
        .map(|l| Line {
            start: l.start - start,
            end: l.end - start,
            ..*l
        })
        .collect()
}
