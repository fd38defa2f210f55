//! The panel as text: a terminal table, the long table (one line per cell)
//! as CSV and TSV, pretty JSON, and the wide layouts the XLSX workbook's
//! second sheets use.
//!
//! ```
//! use zhibiao::panel::{self, render, Source};
//! let r = zhibiao::parse("漯河市2024年政府工作报告\n今年主要预期目标是：地区生产总值增长6%左右。");
//! let p = panel::build(&[Source::new("a.txt", &r)]);
//! let csv = render::csv(&p);
//! assert!(csv.starts_with("\u{FEFF}地区,标准名称,类别,期间,目标数值,"));
//! ```

use super::{periods, Cell, Entry, Panel};
use crate::model::Status;
use crate::render::csv::{push_record, BOM};
use crate::render::table::{push_grid, quantity_in};
use crate::render::tsv::tsv_field;
use crate::render::words::ZH;
use crate::render::Words;
use crate::render::{format_number, qualifier_zh, status_zh, Cell as Field};

/// The columns of one entry, after its status name (目标数值, 实际依据…).
const ENTRY_FIELDS: [&str; 12] = [
    "数值", "数值上限", "单位", "数值限定", "变化", "变化上限", "变化单位", "变化限定", "文件",
    "依据", "起", "止",
];

const STATUSES: [Status; 3] = [Status::Target, Status::Estimate, Status::Actual];

/// The long table's header: one line per cell.
pub fn headers() -> Vec<String> {
    let mut h: Vec<String> = ["地区", "标准名称", "类别", "期间"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for status in STATUSES {
        for field in ENTRY_FIELDS {
            h.push(format!("{}{field}", status_zh(status)));
        }
    }
    for tail in ["比较", "差距", "差距单位", "完成情况", "不一致说法"] {
        h.push(tail.to_string());
    }
    h
}

fn text(s: Option<&str>) -> Field {
    Field::Text(s.unwrap_or("").to_string())
}

fn number(n: Option<f64>) -> Field {
    n.map_or_else(
        || Field::Text(String::new()),
        |n| Field::Number(format_number(n)),
    )
}

fn entry_fields(panel: &Panel, entry: Option<&Entry>) -> Vec<Field> {
    let Some(e) = entry else {
        return vec![Field::Text(String::new()); ENTRY_FIELDS.len()];
    };
    let file = panel.reports.get(e.report).map(|r| r.file.as_str());
    vec![
        number(e.value),
        number(e.value_max),
        text(e.unit.as_deref()),
        text(e.value_qualifier.map(qualifier_zh)),
        number(e.change),
        number(e.change_max),
        text(e.change_unit.as_deref()),
        text(e.change_qualifier.map(qualifier_zh)),
        text(file),
        Field::Text(e.evidence.clone()),
        Field::Number(e.start.to_string()),
        Field::Number(e.end.to_string()),
    ]
}

fn others(cell: &Cell) -> usize {
    [&cell.target, &cell.estimate, &cell.actual]
        .iter()
        .filter_map(|e| e.as_ref())
        .map(|e| e.others.len())
        .sum()
}

/// One cell's fields in [`headers`] order.
pub fn cell_fields(panel: &Panel, cell: &Cell) -> Vec<Field> {
    let mut f = vec![
        text(cell.region.as_deref()),
        Field::Text(cell.canonical.clone()),
        Field::Text(cell.category.to_string()),
        text(cell.period.map(|p| p.to_string()).as_deref()),
    ];
    f.extend(entry_fields(panel, cell.target.as_ref()));
    f.extend(entry_fields(panel, cell.estimate.as_ref()));
    f.extend(entry_fields(panel, cell.actual.as_ref()));
    f.push(text(cell.result.map(status_zh)));
    f.push(number(cell.gap));
    f.push(text(cell.gap_unit.as_deref()));
    f.push(text(cell.met.map(|m| m.zh())));
    let n = others(cell);
    f.push(if n == 0 {
        Field::Text(String::new())
    } else {
        Field::Number(n.to_string())
    });
    f
}

/// The long table as CSV for Excel/WPS: BOM, CRLF, RFC 4180 quoting,
/// formula-like text neutralised.
pub fn csv(panel: &Panel) -> String {
    let mut out = String::from(BOM);
    push_record(&mut out, &headers());
    for cell in &panel.cells {
        let fields: Vec<String> = cell_fields(panel, cell)
            .iter()
            .map(Field::safe_text)
            .collect();
        push_record(&mut out, &fields);
    }
    out
}

/// The long table as TSV for pasting: no BOM, no quoting, tabs and line
/// breaks inside a field become spaces.
pub fn tsv(panel: &Panel) -> String {
    let mut out = headers().join("\t");
    out.push('\n');
    for cell in &panel.cells {
        let fields: Vec<String> = cell_fields(panel, cell).iter().map(tsv_field).collect();
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

/// `{"reports": [...], "cells": [...]}`, pretty-printed.
pub fn json(panel: &Panel) -> String {
    let mut out =
        serde_json::to_string_pretty(panel).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
    out.push('\n');
    out
}

/// An entry in a few characters: `3030.2亿元 +5.9%`, `约+6%`, `5.5%以内`.
pub fn entry_text(e: &Entry) -> String {
    entry_in(&ZH, e)
}

/// [`entry_text`] with the qualifiers in `words`' language (the page's panel).
pub fn entry_in(words: &Words, e: &Entry) -> String {
    let mut parts = Vec::new();
    if let Some(v) = e.value {
        parts.push(quantity_in(
            words,
            v,
            e.value_max,
            e.unit.as_deref(),
            e.value_qualifier,
            false,
        ));
    }
    if let Some(c) = e.change {
        parts.push(quantity_in(
            words,
            c,
            e.change_max,
            e.change_unit.as_deref(),
            e.change_qualifier,
            true,
        ));
    }
    parts.join(" ")
}

/// What the page's panel shows of a cell: its target, estimate and actual
/// entries and the gap, in `words`' language.
pub fn cell_texts(words: &Words, cell: &Cell) -> [String; 4] {
    let entry = |e: &Option<Entry>| e.as_ref().map(|e| entry_in(words, e)).unwrap_or_default();
    [
        entry(&cell.target),
        entry(&cell.estimate),
        entry(&cell.actual),
        gap_in(words, cell),
    ]
}

/// The result shown for a cell: the actual, else the estimate (marked 预计).
pub fn result_text(cell: &Cell) -> String {
    match (&cell.actual, &cell.estimate) {
        (Some(a), _) => entry_text(a),
        (None, Some(e)) => format!("{}（预计）", entry_text(e)),
        (None, None) => String::new(),
    }
}

fn gap_text(cell: &Cell) -> String {
    gap_in(&ZH, cell)
}

/// The gap signed, a gap between rates in percentage points.
fn gap_in(words: &Words, cell: &Cell) -> String {
    match cell.gap {
        Some(g) => {
            let unit = match cell.gap_unit.as_deref() {
                Some("%") => words.points,
                Some(u) => u,
                None => "",
            };
            quantity_in(words, g, None, Some(unit), None, true)
        }
        None => String::new(),
    }
}

/// A terminal table: the reports, numbered, then one line per cell.
pub fn table(panel: &Panel) -> String {
    let mut out = String::new();
    for (i, r) in panel.reports.iter().enumerate() {
        let mut line = format!("[{}] {}", i + 1, r.file);
        if let Some(t) = &r.meta.title {
            line.push_str(&format!("：{t}"));
        }
        if let Some(region) = &r.meta.region {
            line.push_str(&format!("（{region}）"));
        }
        out.push_str(&line);
        out.push('\n');
    }
    let mut grid: Vec<Vec<String>> = vec![[
        "地区", "标准名称", "期间", "目标", "预计", "实际", "差距", "完成",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()];
    let source = |e: Option<&Entry>| match e {
        Some(e) => {
            let mut s = format!("{} [{}]", entry_text(e), e.report + 1);
            if !e.others.is_empty() {
                s.push_str(&format!(" (另{}说)", e.others.len()));
            }
            s
        }
        None => String::new(),
    };
    for cell in &panel.cells {
        grid.push(vec![
            panel.region_label(cell),
            cell.canonical.clone(),
            cell.period.map(|p| p.to_string()).unwrap_or_default(),
            source(cell.target.as_ref()),
            source(cell.estimate.as_ref()),
            source(cell.actual.as_ref()),
            gap_text(cell),
            cell.met.map(|m| m.zh()).unwrap_or("").to_string(),
        ]);
    }
    // A cell stays on its line, so the grid stays aligned.
    for cell in grid.iter_mut().flatten() {
        if cell.contains(['\n', '\r', '\t']) {
            *cell = cell.replace(['\n', '\r', '\t'], " ");
        }
    }
    push_grid(&mut out, &grid);
    out
}

/// A wide table: a name (the sheet's), a header and text rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Wide {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The wide layouts economists use. One region: indicator × period, a
/// target and a result column per period. Several regions: one table per
/// period, indicator × region, a target and a result column per region.
pub fn wide(panel: &Panel) -> Vec<Wide> {
    // Cells keyed by region label (a report without a region is its own)
    // and period.
    let labelled: Vec<(String, Option<String>, &Cell)> = panel
        .cells
        .iter()
        .map(|c| (panel.region_label(c), c.period.map(|p| p.to_string()), c))
        .collect();
    let mut regions: Vec<Option<String>> = Vec::new();
    for (r, _, _) in &labelled {
        if !regions.iter().any(|x| x.as_deref() == Some(r.as_str())) {
            regions.push(Some(r.clone()));
        }
    }
    let periods: Vec<Option<String>> = periods(&panel.cells)
        .into_iter()
        .map(|p| p.map(|p| p.to_string()))
        .collect();
    let label = |s: &Option<String>| s.clone().unwrap_or_else(|| "未知".to_string());
    if regions.len() <= 1 {
        let name = regions.first().map(label).unwrap_or_default();
        let cells: Vec<(Option<String>, &Cell)> =
            labelled.iter().map(|(_, p, c)| (p.clone(), *c)).collect();
        return vec![grid(
            &cells,
            &periods,
            if name.is_empty() {
                "宽表".to_string()
            } else {
                format!("宽表 {name}")
            },
        )];
    }
    periods
        .iter()
        .map(|p| {
            let cells: Vec<(Option<String>, &Cell)> = labelled
                .iter()
                .filter(|(_, period, _)| period == p)
                .map(|(r, _, c)| (Some(r.clone()), *c))
                .collect();
            grid(&cells, &regions, format!("宽表 {}", label(p)))
        })
        .collect()
}

/// Rows: the indicators in order; columns: `keys` × (目标, 实际). Each
/// cell comes with its column key.
fn grid(cells: &[(Option<String>, &Cell)], keys: &[Option<String>], name: String) -> Wide {
    let mut headers = vec!["标准名称".to_string()];
    for k in keys {
        let k = k.clone().unwrap_or_else(|| "未知".to_string());
        headers.push(format!("{k} 目标"));
        headers.push(format!("{k} 实际"));
    }
    let mut indicators: Vec<&str> = Vec::new();
    let mut at: std::collections::HashMap<(&str, &Option<String>), Vec<&Cell>> =
        std::collections::HashMap::new();
    for (k, c) in cells {
        if !indicators.contains(&c.canonical.as_str()) {
            indicators.push(&c.canonical);
        }
        at.entry((c.canonical.as_str(), k)).or_default().push(c);
    }
    let rows = indicators
        .iter()
        .map(|ind| {
            let mut row = vec![ind.to_string()];
            for k in keys {
                // Several cells of one key (unknown periods of one report):
                // the first that has each side.
                let mine = at.get(&(*ind, k)).map(Vec::as_slice).unwrap_or(&[]);
                let target = mine
                    .iter()
                    .find_map(|c| c.target.as_ref())
                    .map(entry_text)
                    .unwrap_or_default();
                let result = mine
                    .iter()
                    .find(|c| c.actual.is_some() || c.estimate.is_some())
                    .map(|c| result_text(c))
                    .unwrap_or_default();
                row.push(target);
                row.push(result);
            }
            row
        })
        .collect();
    Wide {
        name,
        headers,
        rows,
    }
}
