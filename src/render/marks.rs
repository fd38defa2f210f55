//! What a person added to a row before exporting it (the page's "edit before
//! export" and "fold repeated mentions"): which fields they corrected by
//! hand, whether they checked the row, and the further mentions folded into
//! it. The parser never sets these; a report without marks renders exactly
//! as before (the CLI's bytes do not change).
//!
//! In CSV/TSV/XLSX two columns follow 止 when any row has a mark: 已修改
//! (the headers of the fields corrected, 数值、单位) and 已核对 (是). A
//! folded row's 依据 holds each mention's evidence on a line of its own.
//! JSON rows get `edited`, `checked` and `also` only when set.

use super::{Cell, HEADERS};
use serde::Serialize;

pub const EDITED_HEADER: &str = "已修改";
pub const CHECKED_HEADER: &str = "已核对";

/// Between the evidences of a folded row in its 依据 cell (TSV writes it as
/// a space, like every line break in a cell).
pub const EVIDENCE_SEPARATOR: &str = "\n";

/// A further mention of the same fact, folded into a row.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Mention {
    pub evidence: String,
    pub start: usize,
    pub end: usize,
}

/// A row's marks; `Default` is none.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct RowMarks {
    /// JSON field names of the fields corrected by hand (`value`, `unit`…).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub edited: Vec<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub checked: bool,
    /// Further mentions folded into this row, in text order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Mention>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl RowMarks {
    /// Whether the row needs the 已修改/已核对 columns.
    pub fn has_columns(&self) -> bool {
        !self.edited.is_empty() || self.checked
    }

    pub fn is_empty(&self) -> bool {
        !self.has_columns() && self.also.is_empty()
    }

    /// The 已修改 and 已核对 cells.
    pub fn cells(&self) -> [Cell; 2] {
        let edited: Vec<&str> = self.edited.iter().map(|k| field_header(k)).collect();
        [
            Cell::text(edited.join("、")),
            Cell::text(if self.checked { "是" } else { "" }),
        ]
    }
}

/// The spreadsheet header of a JSON field name (`value` → 数值); an unknown
/// name is shown as it is.
pub fn field_header(key: &str) -> &str {
    const FIELDS: [&str; 16] = [
        "indicator", "canonical", "region", "core", "value", "valueMax", "unit", "valueQualifier",
        "change", "changeMax", "changeUnit", "changeQualifier", "status", "period", "category",
        "evidence",
    ];
    FIELDS
        .iter()
        .position(|f| *f == key)
        .map_or(key, |i| HEADERS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_named_by_their_headers() {
        assert_eq!(field_header("value"), "数值");
        assert_eq!(field_header("changeUnit"), "变化单位");
        assert_eq!(field_header("period"), "期间");
        assert_eq!(field_header("evidence"), "依据");
        assert_eq!(field_header("other"), "other");
    }

    #[test]
    fn cells_list_the_fields_and_the_check() {
        let marks = RowMarks {
            edited: vec!["value".into(), "unit".into()],
            checked: true,
            ..Default::default()
        };
        assert_eq!(marks.cells(), [Cell::text("数值、单位"), Cell::text("是")]);
        assert!(RowMarks::default().is_empty());
        assert_eq!(
            RowMarks::default().cells(),
            [Cell::text(""), Cell::text("")]
        );
    }
}
