//! Several reports in one file: a city's bulletins of four years compiled
//! into one document, or work reports of several years pasted together.
//! Each later report opens either with a title line of its own (…统计公报,
//! …政府工作报告) or with its office-and-date header and a lead paragraph
//! that names its year:
//!
//! ```text
//! 柳溪市统计局  国家统计局柳溪调查队
//! 2023年3月
//! 2022年是…之年。…
//! ```
//!
//! Each such report is analysed as a document of its own, so its rows take
//! its year, not the first report's.

use super::head::{is_office_line, title_span};
use crate::lexicon::structure_words as w;
use crate::normalize::{Line, LineKind};
use crate::text::{contains, ends_with_any, read_uint};

/// The most head lines (offices, date) between two reports.
const MAX_HEAD_BLOCK: usize = 4;
/// The longest line read as a report's own title in the body.
const MAX_INNER_TITLE_CHARS: usize = 60;

/// Where each report after the first starts (char positions), in order.
/// `body_line` is the first line after the file's own head.
pub(super) fn later_report_starts(c: &[char], lines: &[Line], body_line: usize) -> Vec<usize> {
    // Each line is asked about several times (as a head, before one, in
    // one): told once.
    let heads: Vec<bool> = lines.iter().map(|l| is_head_line(c, l)).collect();
    let mut starts = Vec::new();
    let mut i = body_line.max(1);
    // A report opens only after the one before has said something.
    let mut seen_body = false;
    while i < lines.len() {
        match report_head_at(c, lines, &heads, i).filter(|_| seen_body) {
            Some(next) => {
                starts.push(lines[i].start);
                seen_body = false;
                i = next;
            }
            None => {
                seen_body |= !heads[i];
                i += 1;
            }
        }
    }
    starts
}

/// Whether a report's head starts at line `i` (and is not the tail of a
/// head block that started before it): the index of the line after the
/// head when it does. `heads` tells the lines of a head block.
fn report_head_at(c: &[char], lines: &[Line], heads: &[bool], i: usize) -> Option<usize> {
    let text = |k: usize| &c[lines[k].start..lines[k].end];
    if heads[i - 1] && !is_report_title(c, lines, i - 1) {
        return None;
    }
    if is_report_title(c, lines, i) {
        // A title written over two lines ends on the second.
        let (_, end) = title_span(c, lines, i)?;
        return Some(if end > lines[i].end { i + 2 } else { i + 1 });
    }
    let block_end = (i..lines.len().min(i + MAX_HEAD_BLOCK))
        .find(|&k| !heads[k])
        .unwrap_or(lines.len());
    let has_date = lines[i..block_end].iter().any(|l| l.kind == LineKind::Date);
    let opens_year = lines
        .get(block_end)
        .is_some_and(|_| is_year_lead(text(block_end)));
    (block_end > i && has_date && opens_year).then_some(block_end)
}

/// A line of a report's head block: offices or the publication date.
fn is_head_line(c: &[char], line: &Line) -> bool {
    line.kind == LineKind::Date || is_office_line(&c[line.start..line.end])
}

/// A line that is a whole report's title (…2023年国民经济和社会发展统计公报).
fn is_report_title(c: &[char], lines: &[Line], i: usize) -> bool {
    let line = &c[lines[i].start..lines[i].end];
    line.len() <= MAX_INNER_TITLE_CHARS
        && w::KIND_WORDS.iter().any(|(word, _)| contains(line, word))
        && ends_with_any(line, w::TITLE_ENDS)
        && !line
            .iter()
            .any(|ch| matches!(ch, '。' | '，' | '；' | '《' | '》'))
        && title_span(c, lines, i).is_some()
}

/// 2023年是… / 2022年，…: a paragraph opening with the year it speaks of.
fn is_year_lead(text: &[char]) -> bool {
    matches!(read_uint(text, 0), Some((1949..=2100, 4)))
        && text.get(4) == Some(&'年')
        && text
            .get(5)
            .is_some_and(|ch| w::YEAR_LEAD_TAILS.contains(ch))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(text: &str) -> Vec<String> {
        let n = crate::normalize::normalize(text);
        let c = &n.chars;
        later_report_starts(c, &n.lines, 1)
            .into_iter()
            .map(|s| c[s..].iter().take_while(|ch| **ch != '\n').collect())
            .collect()
    }

    #[test]
    fn an_office_and_date_header_before_a_year_lead_opens_a_report() {
        let text = "柳溪市2023年统计公报\n柳溪市统计局\n2024年3月\n2023年是关键之年。\n一、综合\n全年地区生产总值800亿元。\n\n柳溪市统计局  国家统计局柳溪调查队\n2023年3月\n2022年是攻坚之年。\n一、综合\n全年地区生产总值760亿元。\n";
        assert_eq!(starts(text), vec!["柳溪市统计局国家统计局柳溪调查队"]);
    }

    #[test]
    fn a_title_line_in_the_body_opens_a_report() {
        let text = "柳溪市2023年统计公报\n全年地区生产总值800亿元。\n柳溪市2022年统计公报\n全年地区生产总值760亿元。\n";
        assert_eq!(starts(text), vec!["柳溪市2022年统计公报"]);
    }

    #[test]
    fn a_date_line_without_a_year_lead_opens_nothing() {
        let text = "柳溪市2023年统计公报\n全年地区生产总值800亿元。\n柳溪市统计局\n2024年3月\n附注：本公报为初步统计数。\n";
        assert!(starts(text).is_empty());
    }

    #[test]
    fn a_title_quoted_in_a_sentence_opens_nothing() {
        let text =
            "柳溪市2023年统计公报\n全年地区生产总值800亿元，详见《柳溪市2022年统计公报》。\n";
        assert!(starts(text).is_empty());
    }
}
