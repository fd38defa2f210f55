//! Many reports, one panel: the standard indicators of several reports, one
//! cell per region × indicator × period, with the target, the estimate and
//! the actual side by side, and the gap between target and result.
//!
//! The panel consumes parsed [`Report`]s; no parsing happens here.
//!
//! - Region comes from each row (the report's own, unless the row is
//!   another place's: a city of a round-up), period from each row: a 2024
//!   work report's 2024 targets and the 2025 report's 2024 results meet in
//!   one cell. A report whose region is unknown, or a row whose period is
//!   unknown, keeps its cells to itself (they meet nothing from another
//!   report).
//! - Only rows with a `canonical` name take part.
//! - Mentions of the same indicator, status and period merge into one entry
//!   when they do not conflict: a level from one sentence and a growth rate
//!   from another are two numbers of one entry, never mixed. When two
//!   mentions give different numbers for the same slot, the first (in report
//!   order, then text order) wins and the others are listed in `others`.
//! - Estimate and actual are separate entries, so both stay visible; the
//!   gap and `met` use the actual when there is one, else the estimate, and
//!   `result` says which.
//!
//! ```
//! use zhibiao::panel::{self, Source};
//! let a = zhibiao::parse("漯河市2024年政府工作报告\n今年主要预期目标是：地区生产总值增长6%左右。");
//! let b = zhibiao::parse("漯河市2025年政府工作报告\n过去一年，地区生产总值增长5.9%。");
//! let p = panel::build(&[Source::new("a.txt", &a), Source::new("b.txt", &b)]);
//! let gdp = p.cells.iter().find(|c| c.period.is_some_and(|p| p == "2024")).unwrap();
//! assert_eq!(gdp.target.as_ref().unwrap().change, Some(6.0));
//! assert_eq!(gdp.actual.as_ref().unwrap().change, Some(5.9));
//! assert_eq!(gdp.gap, Some(-0.1));
//! assert_eq!(gdp.met, Some(panel::Met::About));
//! ```

mod compare;
pub mod render;
#[cfg(any(feature = "xlsx", not(target_arch = "wasm32")))]
pub mod xlsx;

pub use compare::{compare, Met};

use crate::model::{Category, Meta, Period, Qualifier, Report, Row, Status};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One report given to the panel, with the file (or tab) it came from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub file: &'a str,
    pub report: &'a Report,
}

impl<'a> Source<'a> {
    pub fn new(file: &'a str, report: &'a Report) -> Self {
        Source { file, report }
    }
}

/// The panel: the reports it was built from and its cells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Panel {
    pub reports: Vec<PanelReport>,
    pub cells: Vec<Cell>,
}

/// A report of the panel: its file and meta. Entries point here by index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct PanelReport {
    pub file: String,
    pub meta: Meta,
}

/// One region × standard indicator × period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    pub region: Option<String>,
    pub canonical: String,
    pub category: Category,
    pub period: Option<Period>,
    pub target: Option<Entry>,
    pub estimate: Option<Entry>,
    pub actual: Option<Entry>,
    /// Which entry the gap and `met` compare with the target: `actual` when
    /// there is one, else `estimate`; null when neither.
    pub result: Option<Status>,
    /// Result − target, when both are a change in the same unit or both a
    /// level in the same unit (changes first).
    pub gap: Option<f64>,
    /// The unit of `gap` (that of the numbers compared: a gap between two
    /// `%` growth rates is in percentage points).
    pub gap_unit: Option<String>,
    pub met: Option<Met>,
}

/// What one or more mentions of a status say about a cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub value_qualifier: Option<Qualifier>,
    pub change: Option<f64>,
    pub change_max: Option<f64>,
    pub change_unit: Option<String>,
    pub change_qualifier: Option<Qualifier>,
    /// Index into [`Panel::reports`] of the first mention.
    pub report: usize,
    /// The first mention's evidence and its offsets in that report's text.
    pub evidence: String,
    pub start: usize,
    pub end: usize,
    /// Further mentions merged into this entry (they added a number or
    /// repeated one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Mention>,
    /// Mentions that gave a different number and were left out: the first
    /// wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub others: Vec<Mention>,
}

/// Where a mention is: its report and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Mention {
    pub report: usize,
    pub evidence: String,
    pub start: usize,
    pub end: usize,
}

impl Entry {
    fn from_row(row: &Row, report: usize) -> Entry {
        let mut entry = Entry {
            report,
            evidence: row.evidence.clone(),
            start: row.start,
            end: row.end,
            ..Default::default()
        };
        entry.take_level(row);
        entry.take_change(row);
        entry
    }

    fn has_level(&self) -> bool {
        self.value.is_some()
    }

    fn has_change(&self) -> bool {
        self.change.is_some()
    }

    fn take_level(&mut self, row: &Row) {
        if row.value.is_some() {
            self.value = row.value;
            self.value_max = row.value_max;
            self.unit = row.unit.clone();
            self.value_qualifier = row.value_qualifier;
        }
    }

    fn take_change(&mut self, row: &Row) {
        if row.change.is_some() {
            self.change = row.change;
            self.change_max = row.change_max;
            self.change_unit = row.change_unit.clone();
            self.change_qualifier = row.change_qualifier;
        }
    }

    fn same_level(&self, row: &Row) -> bool {
        self.value == row.value
            && self.value_max == row.value_max
            && self.unit == row.unit
            && self.value_qualifier == row.value_qualifier
    }

    fn same_change(&self, row: &Row) -> bool {
        self.change == row.change
            && self.change_max == row.change_max
            && self.change_unit == row.change_unit
            && self.change_qualifier == row.change_qualifier
    }

    /// Merges a further mention: its numbers fill the empty slots when none
    /// it gives disagrees with what the entry holds; otherwise it is one of
    /// the `others`.
    fn add(&mut self, row: &Row, report: usize) {
        let conflict = (row.value.is_some() && self.has_level() && !self.same_level(row))
            || (row.change.is_some() && self.has_change() && !self.same_change(row));
        let mention = Mention {
            report,
            evidence: row.evidence.clone(),
            start: row.start,
            end: row.end,
        };
        if conflict {
            self.others.push(mention);
            return;
        }
        if !self.has_level() {
            self.take_level(row);
        }
        if !self.has_change() {
            self.take_change(row);
        }
        let repeat = report == self.report && row.start == self.start && row.end == self.end;
        // Rows are distinct spans: only the last one can be the same again
        // (a scan of the whole list would be quadratic).
        if !repeat && self.also.last() != Some(&mention) {
            self.also.push(mention);
        }
    }
}

/// A row with no number of its own (a redacted XX) says nothing to merge.
fn has_number(row: &Row) -> bool {
    row.value.is_some() || row.change.is_some()
}

/// Where a row goes: region, indicator and period, or the report itself
/// when region or period is unknown (so unknowns from two reports never
/// meet).
type Key = (Result<String, usize>, String, Result<Period, usize>);

fn key(region: Option<&str>, canonical: &str, period: Option<Period>, report: usize) -> Key {
    (
        region.map(str::to_string).ok_or(report),
        canonical.to_string(),
        period.ok_or(report),
    )
}

/// Builds the panel of the given reports, in their order.
pub fn build(sources: &[Source]) -> Panel {
    let mut cells: Vec<Cell> = Vec::new();
    let mut index: HashMap<Key, usize> = HashMap::new();
    for (report, source) in sources.iter().enumerate() {
        let own = source.report.meta.region.as_deref();
        for row in &source.report.rows {
            // A row of another place (a city in a round-up) is that place's.
            let region = row.region.as_deref().or(own);
            let Some(canonical) = row.canonical.as_deref() else {
                continue;
            };
            if !has_number(row) {
                continue;
            }
            let period = row.period;
            let key = key(region, canonical, period, report);
            let at = *index.entry(key).or_insert_with(|| {
                cells.push(Cell {
                    region: region.map(str::to_string),
                    canonical: canonical.to_string(),
                    category: row.category,
                    period,
                    ..Default::default()
                });
                cells.len() - 1
            });
            let slot = match row.status {
                Status::Target => &mut cells[at].target,
                Status::Estimate => &mut cells[at].estimate,
                Status::Actual => &mut cells[at].actual,
            };
            match slot {
                Some(entry) => entry.add(row, report),
                None => *slot = Some(Entry::from_row(row, report)),
            }
        }
    }
    for cell in &mut cells {
        let (result, gap, gap_unit, met) = compare(cell);
        cell.result = result;
        cell.gap = gap;
        cell.gap_unit = gap_unit;
        cell.met = met;
    }
    let cells = sort(cells);
    Panel {
        reports: sources
            .iter()
            .map(|s| PanelReport {
                file: s.file.to_string(),
                meta: s.report.meta.clone(),
            })
            .collect(),
        cells,
    }
}

/// Regions and indicators in the order they first appear (a work report
/// names 地区生产总值 first), periods in time order.
fn sort(cells: Vec<Cell>) -> Vec<Cell> {
    // A report without a region is a region of its own. Few regions and
    // indicators: a list is enough (and smaller in wasm than a map).
    let region_key = |c: &Cell| c.region.clone().ok_or(c.report());
    let mut regions: Vec<Result<String, usize>> = Vec::new();
    let mut indicators: Vec<&str> = Vec::new();
    for cell in cells.iter() {
        let r = region_key(cell);
        if !regions.contains(&r) {
            regions.push(r);
        }
        if !indicators.contains(&cell.canonical.as_str()) {
            indicators.push(&cell.canonical);
        }
    }
    // Buckets by region and indicator, then periods by insertion within a
    // bucket (a few each): no generic sort, which costs kilobytes of wasm.
    let n = indicators.len().max(1);
    let places: Vec<usize> = cells
        .iter()
        .map(|c| {
            let r = region_key(c);
            let region = regions.iter().position(|x| *x == r).unwrap_or(0);
            let indicator = indicators
                .iter()
                .position(|x| *x == c.canonical)
                .unwrap_or(0);
            region * n + indicator
        })
        .collect();
    let mut buckets: Vec<Vec<Cell>> = (0..regions.len() * n).map(|_| Vec::new()).collect();
    for (place, cell) in places.into_iter().zip(cells) {
        let bucket = &mut buckets[place];
        // Stable: after every cell of the same or an earlier period.
        let order = period_order(cell.period);
        let at = bucket
            .iter()
            .rposition(|c| period_order(c.period) <= order)
            .map_or(0, |i| i + 1);
        bucket.insert(at, cell);
    }
    buckets.into_iter().flatten().collect()
}

/// A sort key for periods: in time order ([`Period`]'s order), unknown last.
fn period_order(period: Option<Period>) -> (bool, Option<Period>) {
    (period.is_none(), period)
}

/// The distinct periods of the cells, in time order.
pub fn periods(cells: &[Cell]) -> Vec<Option<Period>> {
    let mut all: Vec<Option<Period>> = Vec::new();
    for cell in cells {
        if !all.contains(&cell.period) {
            all.push(cell.period);
        }
    }
    crate::order::sort_by_key(&mut all, |p| period_order(*p));
    all
}

impl Cell {
    /// The report of the cell's first entry.
    pub fn report(&self) -> usize {
        [&self.target, &self.estimate, &self.actual]
            .iter()
            .filter_map(|e| e.as_ref().map(|e| e.report))
            .min()
            .unwrap_or(0)
    }
}

impl Panel {
    /// The cell's region, or, when its report names none, the report's
    /// file in brackets (such cells never meet another report's).
    pub fn region_label(&self, cell: &Cell) -> String {
        match &cell.region {
            Some(region) => region.clone(),
            None => format!(
                "[{}]",
                self.reports
                    .get(cell.report())
                    .map_or("?", |r| r.file.as_str())
            ),
        }
    }
}

/// The distinct regions of the cells, in the order they first appear.
pub fn regions(cells: &[Cell]) -> Vec<Option<String>> {
    let mut all: Vec<Option<String>> = Vec::new();
    for cell in cells {
        if !all.contains(&cell.region) {
            all.push(cell.region.clone());
        }
    }
    all
}

#[cfg(test)]
mod tests;
