//! Stage 5: facts — who a quantity is about, whether it is a level or a
//! change, how lists and 分别 share it out, its status and period → rows.
//!
//! [`extract`] walks the sentences (`walk`: what one sentence hands the
//! next); for each it reads the sentence's tokens once, derives its
//! [`marks`] (parts, clauses, goal words, framing periods) from them, and
//! `sentence` reads every quantity's role, groups the quantities into
//! lists, finds each list's subject ([`crate::subject`]) and applies the
//! rules in [`rules`], one per file; [`row`] makes the rows.
//!
//! The rules are listed once, by phase, in the registry
//! (`rules::RULES`; `docs/rules.md` is its table, `zhibiao --list-rules`
//! prints it). The subject phase is a list the orchestrator iterates
//! (`rules::SUBJECT_PHASE`); the other phases call their rules in order.
//! Each rule may be switched off (`Options::skip_rules`) and marks the facts
//! it shapes, which `zhibiao --explain` shows per row.
//!
//! A new rule goes in a file of its own under `rules/`, a line of the
//! registry, and its call in its phase: the subject phase's list,
//! `sentence::group_facts` (lists), [`row`] (period and status) or
//! `walk::place_row`.

mod fact;
mod marks;
mod row;
mod rules;
mod sentence;
mod table;
#[cfg(test)]
pub(crate) mod test_support;
mod walk;

use crate::clause;
use crate::indicator::Dictionary;
use crate::model::{Row, Rules};
use crate::normalize::Normalized;
use crate::structure::Document;
use crate::text::Slice;
pub use rules::{by_name as rule_by_name, names as rule_names, Phase, RuleInfo, RULES};
use rules::{place_topic::Owners, Rule};
use walk::{place_row, Walk};

/// Extracts the rows of every sentence, naming subjects from `dict`, and
/// the tables' rows, and hands them to `batch` whenever `size` or more
/// have gathered (with no size, all at once), the rest (maybe none) at the
/// end: a text of megabytes never holds all its sentences, nor all its
/// rows when the caller writes each batch out.
pub fn extract(
    norm: &Normalized,
    doc: &Document,
    tables: Tables,
    dict: &Dictionary,
    skip: Rules,
    size: Option<usize>,
    mut batch: impl FnMut(Vec<Row>),
) {
    // Table rows go among the prose rows in input order: then all the rows
    // are handed on at once.
    let size = size.filter(|_| tables.is_empty());
    let mut walk = Walk::new(norm, doc, dict, skip);
    walk.rows = batch_room(size);
    for s in clause::sentences(&norm.chars) {
        walk.sentence(&s);
        if size.is_some_and(|n| walk.rows.len() >= n) {
            batch(std::mem::replace(&mut walk.rows, batch_room(size)));
        }
    }
    let mut rows = walk.rows;
    add_table_rows(tables, norm, doc, &mut rows, dict, skip);
    batch(rows);
}

/// The figures of the tables laid out in the input (cells apart by tabs or
/// wide blanks), read before the text is normalised: the input's chars,
/// four bytes each, are let go before the normalised text is made.
pub struct Tables(Vec<table::TableFact>);

impl Tables {
    pub fn read(input: &str, skip: Rules) -> Tables {
        // Most texts have no column gap at all: a byte scan says so.
        if !Rule::Table.on(skip) || !table::may_hold_a_table(input) {
            return Tables(Vec::new());
        }
        let chars: Vec<char> = input.chars().collect();
        Tables(table::table_facts(&chars))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Room for a batch's rows at once: grown row by row, a batch of large
/// rows was copied over and over. The core wasm hands its rows on in one
/// batch (no size), and grows them.
fn batch_room(size: Option<usize>) -> Vec<Row> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(n) = size {
        return Vec::with_capacity(n + 8);
    }
    let _ = size;
    Vec::new()
}

/// The rows of the tables, put among `rows` in input order. A prose row
/// read from a table's line gives way to the table's reading of it.
fn add_table_rows(
    tables: Tables,
    norm: &Normalized,
    doc: &Document,
    rows: &mut Vec<Row>,
    dict: &Dictionary,
    skip: Rules,
) {
    let facts = tables.0;
    if facts.is_empty() {
        return;
    }
    let lines: Vec<(usize, usize)> = facts.iter().map(|f| (f.start, f.end)).collect();
    rows.retain(|r| {
        let after = lines.partition_point(|&(s, _)| s <= r.start);
        after.checked_sub(1).is_none_or(|k| r.start >= lines[k].1)
    });
    let mut owners = Owners::new(&doc.meta, dict);
    for fact in facts {
        let ctx = doc.context_at(norm.position_of(fact.start));
        let mut row = row::table_row(&ctx, fact, dict);
        place_row(&mut owners, &mut row, false, skip);
        owners.new_line();
        rows.push(row);
    }
    crate::order::sort_by_key(rows, |r| r.start);
}

/// In a file of several reports, tells each row which report it is of.
pub fn assign_reports(norm: &Normalized, doc: &Document, rows: &mut [Row]) {
    if doc.parts.is_empty() {
        return;
    }
    for row in rows {
        let at = norm.position_of(row.start);
        row.report = Some(doc.parts.partition_point(|p| p.start <= at).max(1) - 1);
    }
}

/// Fills rows' `evidence` with the input exactly as given between their
/// `start` and `end` (code point offsets), batch after batch.
pub struct Evidence<'a> {
    input: &'a str,
    /// A code point offset and its byte offset where the last batch ended:
    /// the next batch, later in the text, is looked for from there (from
    /// the start again if it is not later).
    from: (usize, usize),
}

impl<'a> Evidence<'a> {
    pub fn new(input: &'a str) -> Self {
        Evidence {
            input,
            from: (0, 0),
        }
    }

    pub fn attach(&mut self, rows: &mut [Row]) {
        let input = self.input;
        // Rows point at chars; the text is cut at bytes. Only the rows' ends
        // are mapped, in one walk over the text: a map of every char would
        // cost eight bytes a char on a text of many megabytes.
        let mut wanted = Vec::with_capacity(2 * rows.len());
        for r in rows.iter() {
            wanted.extend([r.start, r.end]);
        }
        crate::order::sort(&mut wanted);
        wanted.dedup();
        if wanted.first().is_some_and(|&cp| cp < self.from.0) {
            self.from = (0, 0);
        }
        let (mut cp, mut byte) = self.from;
        let mut bytes = Vec::with_capacity(wanted.len());
        for &want in &wanted {
            byte = crate::text::byte_after_chars(input, byte, want - cp);
            cp = want;
            bytes.push(byte);
        }
        self.from = (cp, byte);
        let byte = |cp: usize| wanted.binary_search(&cp).map_or(input.len(), |k| bytes[k]);
        for row in rows {
            row.evidence = input.slice(byte(row.start)..byte(row.end)).to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::{one, rows};

    #[test]
    fn a_count_before_its_noun() {
        let r = one("6家外资企业地区总部在榕落户。");
        assert_eq!(r.indicator, "外资企业地区总部在榕落户");
        let r = one("推动A、B等707个5000万元以上项目开工建设。");
        assert_eq!(r.value, Some(707.0));
        assert!(r.indicator.starts_with("5000万元以上项目"));
    }

    #[test]
    fn a_word_with_cong_starts_nothing() {
        let text = "2031年青川市政府工作报告\n一、“十五五”时期工作回顾\n过去五年，从业人员达到12万人，一般公共预算收入从90亿元增加到120亿元。\n";
        let r = rows(text);
        let period = |v: f64| {
            let r = r.iter().find(|r| r.value == Some(v)).unwrap();
            r.period.map(|p| p.to_string()).unwrap_or_default()
        };
        assert_eq!(period(12.0), "2030");
        assert_eq!(period(90.0), "2025");
    }

    #[test]
    fn an_addition_is_not_the_stock() {
        assert_eq!(one("新增高新技术企业8家。").canonical, None);
        assert_eq!(
            one("高新技术企业481家。").canonical.as_deref(),
            Some("高新技术企业数量")
        );
    }

    #[test]
    fn numbers_that_are_not_facts() {
        assert!(rows("2024年是关键一年，第17次会议，打造10分钟健身圈。").is_empty());
        assert!(rows("新建5G基站，PM2.5浓度，“1+N”政策体系，66千伏山南工程。").is_empty());
    }

    #[test]
    fn spans_point_into_the_input_as_given() {
        let text = "　地区生产总值完成 ６３.６５ 亿元，同比增长 5.2%。";
        let r = one(text);
        let chars: Vec<char> = text.chars().collect();
        let evidence: String = chars[r.start..r.end].iter().collect();
        assert_eq!(evidence, "地区生产总值完成 ６３.６５ 亿元，同比增长 5.2%");
        assert_eq!(r.evidence, evidence);
    }
}
