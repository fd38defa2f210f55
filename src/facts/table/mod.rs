//! Tables laid out in text: a bulletin's rows of figures, cells apart by a
//! tab or wide blanks, with the unit in the column's head.
//!
//! ```text
//! 表3 2023年柳溪市对外贸易情况
//! 指标        金额（亿元）   比上年增长（%）
//! 进出口总额   820.5         4.2
//! 其中：出口额 510.3         -1.5
//! ```
//!
//! gives 进出口总额 820.5 亿元 +4.2 %, 出口额 510.3 亿元 −1.5 %. A column
//! headed by a year (指标 | 2022年 | 2023年) gives that year's figure; a
//! column of units (计量单位) gives each row its own. The caption's unit
//! (（单位：%）) serves the columns that name none, and its change word
//! (涨跌幅度) makes the year columns changes.
//!
//! Cells are read from the input as given: normalisation drops the blanks
//! that make the columns.

use crate::lexicon::table_words as w;
use crate::period::Period;
use crate::text::{contains, decimal_value, find, is_cjk, read_uint, str_contains, CharLen};

/// A figure of a table row, ready to become a row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TableFact {
    pub(crate) subject: String,
    /// The level and its unit.
    pub(crate) level: Option<(f64, String)>,
    /// The change and its unit.
    pub(crate) change: Option<(f64, String)>,
    /// The year its column or the caption names.
    pub(crate) period: Option<Period>,
    /// The row's line in the input (code points).
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// What a column holds.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    /// A row's rank before its label (排名): no figure of its own.
    Rank,
    Label,
    Unit,
    Level {
        unit: Option<String>,
        measure: Option<String>,
        year: Option<i32>,
    },
    Change {
        unit: String,
        year: Option<i32>,
    },
}

/// A line of the input split into cells: `[start, end)` code points each.
struct CellLine {
    start: usize,
    end: usize,
    cells: Vec<(usize, usize)>,
}

/// How far above a table's head its caption may stand.
const CAPTION_LINES: usize = 2;

/// Whether some line of the input has two cells: a column gap (a tab, or
/// two blanks or more) between two stretches of text, or a Markdown row.
/// Without one no line can head a table or be its row, so the input holds
/// none. Indents and blanks at a line's ends make no cell: a text whose
/// paragraphs start with 　　 still skips reading for tables (5 % of the
/// CLI's instructions on a long report).
pub(crate) fn may_hold_a_table(input: &str) -> bool {
    input.split('\n').any(|line| {
        let body = line.trim_matches(is_blank);
        let markdown_row = body.len() > 1 && body.starts_with(PIPE) && body.ends_with(PIPE);
        markdown_row || (may_hold_a_blank(body) && has_gap(body))
    })
}

/// Whether `text`'s UTF-8 may hold a blank (as [`is_blank`]): a byte of
/// one (09, 20, 0D), C2 A0 (U+00A0) or two 80 bytes in a row (U+3000 is
/// E3 80 80; hardly a CJK char of a report holds them). Over blocks of bytes
/// without a branch, which the compiler turns into vector code: a search
/// for each blank (U+3000's last byte ends most CJK chars) cost 4 % of
/// the CLI's instructions.
#[cfg(not(target_arch = "wasm32"))]
fn may_hold_a_blank(text: &str) -> bool {
    let text = text.as_bytes();
    const BLOCK: usize = 32;
    let blank = |x: u8, y: u8| {
        let ascii = (x == b'\t') | (x == b' ') | (x == b'\r');
        ascii | ((x == 0xC2) & (y == 0xA0)) | ((x == 0x80) & (y == 0x80))
    };
    let mut at = 0;
    while at + BLOCK < text.len() {
        // A block and the byte after it, as an array: a loop of known length.
        let Ok(block) = <&[u8; BLOCK + 1]>::try_from(&text[at..at + BLOCK + 1]) else {
            break;
        };
        let mut hit = false;
        for k in 0..BLOCK {
            hit |= blank(block[k], block[k + 1]);
        }
        if hit {
            return true;
        }
        at += BLOCK;
    }
    (at..text.len()).any(|k| blank(text[k], text.get(k + 1).copied().unwrap_or(0)))
}

/// The core wasm walks a line's chars once, in [`has_gap`]: the search
/// above would add to its bytes.
#[cfg(target_arch = "wasm32")]
fn may_hold_a_blank(_: &str) -> bool {
    true
}

/// A tab, or a run of two blanks or more, in `text`.
fn has_gap(text: &str) -> bool {
    let mut after_blank = false;
    text.chars().any(|c| {
        let blank = is_blank(c);
        let gap = c == '\t' || (blank && after_blank);
        after_blank = blank;
        gap
    })
}

/// Markdown's cell separator: `| 产品名称 | 产量 |`.
const PIPE: char = '|';

/// Every figure of every table in the input (`chars` as given, one per
/// code point).
pub(crate) fn table_facts(chars: &[char]) -> Vec<TableFact> {
    let lines = cell_lines(chars);
    let mut out = Vec::new();
    let mut i = 1;
    while i < lines.len() {
        if !is_head_above(chars, &lines, i) {
            i += 1;
            continue;
        }
        let caption = caption_above(chars, &lines, i - 1);
        let label = city_column(chars, &lines[i - 1])
            .or_else(|| label_at(chars, &lines[i]))
            .unwrap_or(0);
        let columns = read_head(chars, &lines[i - 1], caption.as_ref(), label);
        while i < lines.len() && is_data_row(chars, &lines[i]) {
            row_facts(chars, &lines[i], &columns, caption.as_ref(), &mut out);
            i += 1;
        }
    }
    out
}

/// The input's lines, each with its cells (a line without a column gap has
/// one cell).
fn cell_lines(chars: &[char]) -> Vec<CellLine> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in 0..=chars.len() {
        if end < chars.len() && chars[end] != '\n' {
            continue;
        }
        let cells = match pipe_cells(chars, start, end) {
            // | --- | --- |: the rule under a Markdown table's head.
            Some(cells) if is_pipe_rule(chars, &cells) => {
                start = end + 1;
                continue;
            }
            Some(cells) => cells,
            None => cells(chars, start, end),
        };
        out.push(CellLine { start, end, cells });
        start = end + 1;
    }
    out
}

const BLANKS: [char; 5] = [' ', '\t', '\u{3000}', '\u{00A0}', '\r'];

fn is_blank(c: char) -> bool {
    BLANKS.contains(&c)
}

/// The cells of a line: stretches apart by a tab or two blanks or more.
fn cells(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = start;
    let mut cell_start: Option<usize> = None;
    while i < end {
        if !is_blank(chars[i]) {
            cell_start.get_or_insert(i);
            i += 1;
            continue;
        }
        let run = i;
        while i < end && is_blank(chars[i]) {
            i += 1;
        }
        let gap = i - run >= 2 || chars[run..i].contains(&'\t') || i == end;
        if let (true, Some(s)) = (gap, cell_start) {
            out.push((s, run));
            cell_start = None;
        }
    }
    if let Some(s) = cell_start {
        out.push((s, end));
    }
    out
}

/// The cells of a Markdown table's line (`| 原煤 | 13.61 亿吨 |`), without
/// their blanks; None for a line that is no such row.
fn pipe_cells(chars: &[char], start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let line = &chars[start..end];
    let first = line.iter().position(|c| !is_blank(*c))?;
    let last = line.iter().rposition(|c| !is_blank(*c))?;
    if line[first] != PIPE || line[last] != PIPE || first == last {
        return None;
    }
    // Pushed, not collected from a filter (0.2 KB gzip of the core wasm).
    let mut bars: Vec<usize> = Vec::new();
    for (i, &c) in line[first..=last].iter().enumerate() {
        if c == PIPE {
            bars.push(first + i);
        }
    }
    let trimmed = |a: usize, b: usize| {
        let a = (a..b).find(|&i| !is_blank(line[i])).unwrap_or(b);
        let b = (a..b).rfind(|&i| !is_blank(line[i])).map_or(a, |i| i + 1);
        (start + a, start + b)
    };
    Some(bars.windows(2).map(|w| trimmed(w[0] + 1, w[1])).collect())
}

fn is_pipe_rule(chars: &[char], cells: &[(usize, usize)]) -> bool {
    cells.iter().all(|&c| {
        let t = cell_text(chars, c);
        !t.is_empty() && t.iter().all(|ch| matches!(ch, '-' | ':'))
    })
}

fn cell_text(chars: &[char], cell: (usize, usize)) -> &[char] {
    &chars[cell.0..cell.1]
}

/// The value of a figure cell: 6292.1, -1.8, 12.5%. None for a word or a
/// dash (no figure).
fn figure(cell: &[char]) -> Option<f64> {
    let (sign, rest) = match cell.first() {
        Some('-' | '－' | '−') => (-1.0, &cell[1..]),
        _ => (1.0, cell),
    };
    let rest = rest.strip_suffix(&['%']).unwrap_or(rest);
    let text: String = rest.iter().filter(|c| **c != ',').collect();
    decimal_value(&text).map(|v| v * sign)
}

/// A figure cell's value and, when it writes one after the number
/// (53926.71亿元, 1,262万人), its own unit.
fn figure_and_unit(cell: &[char]) -> Option<(f64, Option<String>)> {
    if let Some(v) = figure(cell) {
        return Some((v, None));
    }
    // A figure opens with its number: a cell of words is none (and prose
    // read as one cell is not scanned).
    if !cell.first().is_some_and(char::is_ascii_digit) {
        return None;
    }
    // 13.61 亿吨: a blank may stand between the number and its unit.
    let bare: Vec<char> = cell
        .iter()
        .copied()
        .filter(|c| *c != ',' && !is_blank(*c))
        .collect();
    match crate::quantity::scan(&bare, 0, bare.len()).as_slice() {
        [q] if q.start == 0 && q.end == bare.len() && !q.unit.is_empty() => {
            q.value.map(|v| (v, Some(q.unit.to_string())))
        }
        _ => None,
    }
}

/// A row of figures: a label with Chinese in it, then at least one figure.
fn is_data_row(chars: &[char], line: &CellLine) -> bool {
    let Some(label) = label_at(chars, line) else {
        return false;
    };
    line.cells.len() >= label + 2
        && line.cells[label + 1..]
            .iter()
            .any(|c| figure_and_unit(cell_text(chars, *c)).is_some())
}

/// The column a table of places heads as its cities (省份 | 城市 | GDP):
/// the rows are the cities', whatever stands before.
fn city_column(chars: &[char], head: &CellLine) -> Option<usize> {
    head.cells.iter().position(|c| {
        let t = cell_text(chars, *c);
        w::CITY_HEADS
            .iter()
            .any(|h| t.iter().copied().eq(h.chars()))
    })
}

/// The cell of a row's label: the first, or the second after a rank (a
/// league table of cities: 1 | 上海 | …).
fn label_at(chars: &[char], line: &CellLine) -> Option<usize> {
    let named = |j: usize| {
        line.cells
            .get(j)
            .is_some_and(|c| cell_text(chars, *c).iter().any(|c| is_cjk(*c)))
    };
    if named(0) {
        return Some(0);
    }
    let rank = line.cells.first().is_some_and(|c| {
        let t = cell_text(chars, *c);
        (1..=w::RANK_MAX_DIGITS).contains(&t.len()) && t.iter().all(char::is_ascii_digit)
    });
    (rank && named(1)).then_some(1)
}

/// The head of a table whose first row of figures is line `i`: the line
/// above it, when it has cells and no figure.
fn is_head_above(chars: &[char], lines: &[CellLine], i: usize) -> bool {
    let head = &lines[i - 1];
    let no_figures = || {
        head.cells
            .iter()
            .all(|c| figure_and_unit(cell_text(chars, *c)).is_none())
    };
    head.cells.len() >= 2 && is_data_row(chars, &lines[i]) && no_figures()
}

/// A table's caption: what it is of, the year and the unit (表1 2022年…
/// （单位：%）).
struct Caption {
    year: Option<i32>,
    unit: Option<String>,
    changes: bool,
}

fn caption_above(chars: &[char], lines: &[CellLine], head: usize) -> Option<Caption> {
    (head.saturating_sub(CAPTION_LINES)..head)
        .rev()
        .find_map(|k| {
            let text = &chars[lines[k].start..lines[k].end];
            let is_caption =
                text.first() == Some(&w::CAPTION_START) || labelled_unit(text).is_some();
            is_caption.then(|| Caption {
                year: first_year(text),
                unit: labelled_unit(text),
                changes: w::CHANGE_HEADS.iter().any(|h| contains(text, h)),
            })
        })
}

/// The first year written in a text (2022年).
fn first_year(t: &[char]) -> Option<i32> {
    (0..t.len()).find_map(|i| {
        let (n, len) = read_uint(t, i)?;
        let fresh = i == 0 || !t[i - 1].is_ascii_digit();
        (fresh && len == 4 && (1949..=2100).contains(&n) && t.get(i + 4) == Some(&'年'))
            .then_some(n as i32)
    })
}

/// The unit after 单位： up to the closing bracket.
fn labelled_unit(t: &[char]) -> Option<String> {
    let at = w::UNIT_LABELS
        .iter()
        .find_map(|l| find(t, l).map(|p| p + l.char_len()))?;
    let unit: String = t[at..]
        .iter()
        .take_while(|c| !matches!(c, '）' | ')' | '，' | '；'))
        .collect();
    (!unit.is_empty()).then_some(unit)
}

/// The unit in a head's brackets: 金额（亿元） → 亿元.
fn bracketed_unit(t: &[char]) -> Option<String> {
    let open = t.iter().position(|c| matches!(c, '（' | '('))?;
    let close = t[open..].iter().position(|c| matches!(c, '）' | ')'))? + open;
    let inner = &t[open + 1..close];
    let unit: String = labelled_unit(inner).unwrap_or_else(|| inner.iter().collect());
    (!unit.is_empty()).then_some(unit)
}

/// A head without its bracketed unit: 出口额（亿元） → 出口额.
fn head_name(t: &[char]) -> String {
    t.iter()
        .take_while(|c| !matches!(c, '（' | '('))
        .collect::<String>()
        .trim()
        .to_string()
}

/// A head that is a year alone: 2022年 (or 2022).
fn year_head(t: &[char]) -> Option<i32> {
    let (n, 4) = read_uint(t, 0)? else {
        return None;
    };
    (t.len() == 4 || (t.len() == 5 && t[4] == '年')).then_some(n as i32)
}

fn read_head(
    chars: &[char],
    head: &CellLine,
    caption: Option<&Caption>,
    label: usize,
) -> Vec<Column> {
    let texts: Vec<&[char]> = head.cells.iter().map(|c| cell_text(chars, *c)).collect();
    let has_change_column = texts.iter().skip(1).any(|t| is_change_head(t));
    let years_change = caption.is_some_and(|c| c.changes) && !has_change_column;
    let caption_unit = caption.and_then(|c| c.unit.clone());
    texts
        .iter()
        .enumerate()
        .map(|(j, t)| {
            if j < label {
                Column::Rank
            } else if j == label {
                Column::Label
            } else if w::UNIT_HEADS
                .iter()
                .any(|u| t.iter().copied().eq(u.chars()))
            {
                Column::Unit
            } else if let Some(year) = year_head(t) {
                if years_change {
                    Column::Change {
                        unit: caption_unit.clone().unwrap_or_else(|| "%".into()),
                        year: Some(year),
                    }
                } else {
                    Column::Level {
                        unit: caption_unit.clone(),
                        measure: None,
                        year: Some(year),
                    }
                }
            } else if is_change_head(t) {
                Column::Change {
                    unit: bracketed_unit(t).unwrap_or_else(|| "%".into()),
                    year: None,
                }
            } else {
                let (year, name) = dated_name(&head_name(t));
                let generic = w::GENERIC_VALUE_HEADS
                    .iter()
                    .any(|g| str_contains(&name, g));
                Column::Level {
                    unit: bracketed_unit(t).or_else(|| caption_unit.clone()),
                    measure: (!generic && !name.is_empty()).then_some(name),
                    year,
                }
            }
        })
        .collect()
}

/// A head's name without the year it opens with (2025年GDP → 2025, GDP).
fn dated_name(name: &str) -> (Option<i32>, String) {
    let t: Vec<char> = name.chars().collect();
    match first_year(&t) {
        Some(year) if read_uint(&t, 0).is_some_and(|(_, len)| len == 4) => {
            (Some(year), t[5..].iter().collect())
        }
        _ => (None, name.to_string()),
    }
}

fn is_change_head(t: &[char]) -> bool {
    w::CHANGE_HEADS.iter().any(|h| contains(t, h))
}

mod row;
#[cfg(test)]
mod tests;

use row::row_facts;
