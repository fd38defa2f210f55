//! One data row of a table: its label cleaned, and a fact for each level
//! with the change right after it and for each change standing alone.

use super::{cell_text, figure_and_unit, is_blank, w, Caption, CellLine, Column, TableFact};
use crate::period::Period;
use crate::text::{starts_with, str_rfind, CharLen};

/// A row's label without its numbering, 其中： and note marks: the subject.
fn clean_label(t: &[char]) -> String {
    let mut t = t;
    loop {
        let before = t.len();
        if let Some(p) = w::LABEL_PREFIXES.iter().find(|p| starts_with(t, p)) {
            t = &t[p.char_len()..];
        }
        t = strip_numbering(t);
        while t.first().is_some_and(|c| is_blank(*c)) {
            t = &t[1..];
        }
        if t.len() == before {
            break;
        }
    }
    let mut s: String = t.iter().collect();
    // A note mark after the name: 居住[3].
    if let Some(open) = str_rfind(&s, "[") {
        if s.ends_with(']') {
            s.truncate(open);
        }
    }
    s
}

/// 一、 （一） 1. at the start of a label.
fn strip_numbering(t: &[char]) -> &[char] {
    let ordinal = |c: &char| crate::text::cn_digit(*c).is_some() || *c == '十';
    let n = t.iter().take_while(|c| ordinal(c)).count();
    if n > 0 && t.get(n) == Some(&'、') {
        return &t[n + 1..];
    }
    if t.first() == Some(&'（') {
        let k = t.iter().skip(1).take_while(|c| ordinal(c)).count();
        if k > 0 && t.get(k + 1) == Some(&'）') {
            return &t[k + 2..];
        }
    }
    let d = t.iter().take_while(|c| c.is_ascii_digit()).count();
    if d > 0 && matches!(t.get(d), Some('.' | '、')) {
        return &t[d + 1..];
    }
    t
}

/// How many level columns name a measure of their own.
fn measure_count(columns: &[Column]) -> usize {
    let named = |c: &&Column| {
        matches!(
            c,
            Column::Level {
                measure: Some(_),
                ..
            }
        )
    };
    columns.iter().filter(named).count()
}

/// The unit a row's column of units gives it.
fn row_unit(chars: &[char], line: &CellLine, columns: &[Column]) -> Option<String> {
    columns
        .iter()
        .position(|c| *c == Column::Unit)
        .and_then(|j| line.cells.get(j))
        .map(|c| cell_text(chars, *c).iter().collect())
}

/// A row's cells read as figures.
struct Cells<'a> {
    chars: &'a [char],
    line: &'a CellLine,
}

impl Cells<'_> {
    fn level(&self, j: usize) -> Option<(f64, Option<String>)> {
        let cell = self.line.cells.get(j)?;
        figure_and_unit(cell_text(self.chars, *cell))
    }

    /// A change cell may write its own unit (1.5倍 under 比上年增长（%）).
    fn change(&self, j: usize, unit: &str) -> Option<(f64, String)> {
        self.level(j)
            .map(|(v, own)| (v, own.unwrap_or_else(|| unit.to_string())))
    }
}

/// A fact of a row, before its place in the input: subject, level, change
/// and year.
type RowFact = (
    String,
    Option<(f64, String)>,
    Option<(f64, String)>,
    Option<i32>,
);

/// The facts of one row: each level with the change right after it, and
/// each change standing alone.
pub(super) fn row_facts(
    chars: &[char],
    line: &CellLine,
    columns: &[Column],
    caption: Option<&Caption>,
    out: &mut Vec<TableFact>,
) {
    let at = columns
        .iter()
        .position(|c| *c == Column::Label)
        .unwrap_or(0);
    let label = clean_label(cell_text(chars, line.cells[at]));
    if label.is_empty() {
        return;
    }
    let measures = measure_count(columns);
    let total = w::TOTAL_LABELS.contains(label.as_str());
    let row_unit = row_unit(chars, line, columns);
    let cells = Cells { chars, line };
    let caption_year = caption.and_then(|c| c.year);
    let mut j = 1;
    while j < columns.len() {
        let fact: Option<RowFact> = match &columns[j] {
            Column::Level {
                unit,
                measure,
                year,
            } => {
                let subject = level_subject(&label, measure.as_deref(), total, measures);
                let unit = unit.clone().or_else(|| row_unit.clone());
                let level = cells.level(j).and_then(|(v, own)| Some((v, unit.or(own)?)));
                let change = match columns.get(j + 1) {
                    Some(Column::Change { unit, year: None }) => {
                        j += 1;
                        cells.change(j, unit)
                    }
                    _ => None,
                };
                subject.map(|s| (s, level, change, year.or(caption_year)))
            }
            Column::Change { unit, year } => {
                let change = cells.change(j, unit);
                Some((label.clone(), None, change, year.or(caption_year)))
            }
            Column::Label | Column::Rank | Column::Unit => None,
        };
        if let Some(fact) = fact {
            push_row_fact(out, line, fact);
        }
        j += 1;
    }
}

fn push_row_fact(out: &mut Vec<TableFact>, line: &CellLine, fact: RowFact) {
    let (subject, level, change, year) = fact;
    if level.is_some() || change.is_some() {
        out.push(TableFact {
            subject,
            level,
            change,
            period: year.map(Period::Year),
            start: line.start,
            end: trimmed_end(line),
        });
    }
}

/// The subject of a level column: the row's label, the column's measure
/// for a total, the label with the measure when the table has one measure
/// or the label is a place (a table of cities: 杭州 | GDP | 常住人口 → 杭州GDP,
/// 杭州常住人口, the place then owns the row); none otherwise.
fn level_subject(
    label: &str,
    measure: Option<&str>,
    total: bool,
    measures: usize,
) -> Option<String> {
    match measure {
        None => Some(label.to_string()),
        Some(m) if total => Some(m.to_string()),
        // 发电量 under 产量: the label names its measure already.
        Some(m) if measures == 1 && names_a_measure(label, m) => Some(label.to_string()),
        Some(m) if measures == 1 || crate::places::names_a_place(label) => {
            Some(format!("{label}{m}"))
        }
        Some(_) => None,
    }
}

/// Whether a label ends as its column's measure does (发电量, 产量): both
/// name an amount of the same kind.
fn names_a_measure(label: &str, measure: &str) -> bool {
    label.chars().last().is_some_and(|c| measure.ends_with(c))
}

/// The end of the row's last cell (trailing blanks left out).
fn trimmed_end(line: &CellLine) -> usize {
    line.cells.last().map_or(line.end, |c| c.1)
}
