//! `zhibiao --explain`: each row with the rules that shaped it, for a
//! reader who asks why a row reads as it does. Text for people; `jsonl`
//! gives each row's JSON with a `rules` array.

use super::table::quantity_text;
use super::{status_zh, Doc};
use crate::facts::{rule_names, RULES};
use crate::model::Row;

/// Each row of `docs` and the rules that shaped it: a block of three lines
/// a row (what it says, the rules, its evidence), or a JSON line a row
/// with `rules` when `jsonl`.
pub fn render(docs: &[Doc], jsonl: bool) -> String {
    let mut out = String::new();
    for doc in docs {
        if let (Some(name), false) = (doc.name, jsonl || docs.len() < 2) {
            out.push_str(&format!("== {name} ==\n"));
        }
        for (k, row) in doc.report.rows.iter().enumerate() {
            if jsonl {
                out.push_str(&json_line(row));
            } else {
                out.push_str(&block(k + 1, row));
            }
            out.push('\n');
        }
    }
    out
}

/// The names of the rules that shaped a row, in registry order.
pub fn rules_of(row: &Row) -> Vec<&'static str> {
    rule_names(row.rules).collect()
}

/// The rule registry as a Markdown table (`zhibiao --list-rules`), which
/// `docs/rules.md` holds.
pub fn rules_table() -> String {
    let mut out = String::from(
        "# The rules\n\nWritten by `zhibiao --list-rules` from the registry in \
         `src/facts/rules/mod.rs`, in the order the phases run; \
         `zhibiao --explain FILE` names the rules that shaped each row.\n\n\
         | rule | phase | what it decides |\n|---|---|---|\n",
    );
    for r in RULES {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            r.name,
            r.phase.as_str(),
            r.what
        ));
    }
    out
}

fn block(n: usize, row: &Row) -> String {
    let name = row.canonical.as_deref().unwrap_or(&row.indicator);
    let mut said = vec![name.to_string()];
    if let Some(v) = row.value {
        said.push(quantity_text(
            v,
            row.value_max,
            row.unit.as_deref(),
            row.value_qualifier,
            false,
        ));
    }
    if let Some(c) = row.change {
        said.push(quantity_text(
            c,
            row.change_max,
            row.change_unit.as_deref(),
            row.change_qualifier,
            true,
        ));
    }
    let period = row.period.map(|p| p.to_string()).unwrap_or_default();
    said.push(format!("({period} {})", status_zh(row.status)).replace("( ", "("));
    if let Some(region) = &row.region {
        said.push(region.clone());
    }
    format!(
        "{n}. {}\n   规则: {}\n   依据: {}",
        said.join(" "),
        rules_of(row).join(", "),
        row.evidence
    )
}

fn json_line(row: &Row) -> String {
    let mut value = serde_json::to_value(row).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        map.insert("rules".to_string(), rules_of(row).into());
    }
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_names_the_rules_that_shaped_it() {
        let report = crate::parse("地区生产总值完成80.5亿元，同比增长4.1%。");
        let text = render(&[Doc::new(None, &report)], false);
        assert!(
            text.starts_with("1. 地区生产总值 80.5亿元 +4.1% (实际)"),
            "{text}"
        );
        // The change has no subject of its own: it borrows the level's,
        // then joins its row.
        assert!(
            text.contains("规则: role, inherit_subject, change_joins_level"),
            "{text}"
        );
        let line = render(&[Doc::new(None, &report)], true);
        let row: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
        assert_eq!(row["rules"][0], "role");
    }
}
