//! What the page's table shows of a row: the 数值, 变化 and 限定 cells. A
//! number is written as the evidence writes it (增长5.0% → `5.0`, 1,349,084
//! keeps its commas), else as [`format_number`] does; a range is `1–2`. A
//! value or change shown in another unit (render/units.rs) is not the
//! evidence's number, so it is written as [`format_number`] does.

use super::{format_number, Words};
use crate::model::Row;

/// The shown cells of a row: value (or the redacted mark), change with its
/// unit, qualifiers. `converted`: whether the value and the change were
/// rescaled to a unit of choice (then not looked for in the evidence).
pub fn row_cells(row: &Row, converted: [bool; 2], words: &Words) -> [String; 3] {
    let written = |converted: bool| if converted { "" } else { row.evidence.as_str() };
    let value = if row.placeholder {
        words.redacted.to_string()
    } else {
        range(row.value, row.value_max, written(converted[0]))
    };
    let change = match row.change {
        Some(_) => {
            range(row.change, row.change_max, written(converted[1]))
                + row.change_unit.as_deref().unwrap_or("")
        }
        None => String::new(),
    };
    let mut qualifier = String::new();
    if let Some(q) = row.value_qualifier {
        qualifier.push_str(words.qualifier(q));
    }
    if let Some(q) = row.change_qualifier {
        if !qualifier.is_empty() {
            qualifier.push_str(words.join);
        }
        qualifier.push_str(words.change);
        qualifier.push_str(words.qualifier(q));
    }
    [value, change, qualifier]
}

/// `low` or `low–high`, each number as the evidence writes it (also what
/// the page's edit dialog starts from: [`crate::typed::range`] reads it back).
pub fn range(low: Option<f64>, high: Option<f64>, evidence: &str) -> String {
    let Some(low) = low else {
        return String::new();
    };
    let mut text = as_written(low, evidence);
    if let Some(high) = high {
        text.push('–');
        text.push_str(&as_written(high, evidence));
    }
    text
}

/// `n` as the evidence writes it (ASCII digits; `5.0`, `1,349,084`), a
/// negative one (下降0.3) with its minus sign; else [`format_number`]. The
/// evidence's numbers are read as the parser reads them
/// ([`crate::number::arabic_at`]).
pub fn as_written(n: f64, evidence: &str) -> String {
    let size = n.abs();
    let mut chars = Vec::new();
    for c in evidence.chars() {
        chars.push(ascii(c));
    }
    let mut i = 0;
    while i < chars.len() {
        let Some(number) = crate::number::arabic_at(&chars, i) else {
            i += 1;
            continue;
        };
        if number
            .value
            .is_some_and(|v| (v - size).abs() <= 1e-9 * size.max(1.0))
        {
            let mut text = String::from(if n < 0.0 { "-" } else { "" });
            text.extend(&chars[number.start..number.end]);
            return text;
        }
        i = number.end;
    }
    format_number(n)
}

/// A full-width digit, point, comma or minus as its ASCII self.
pub(crate) fn ascii(c: char) -> char {
    match c {
        '０'..='９' | '．' | '，' | '－' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Qualifier;
    use crate::render::words::{EN, ZH};

    fn cells(row: Row) -> [String; 3] {
        row_cells(&row, [false, false], &ZH)
    }

    #[test]
    fn numbers_as_the_evidence_writes_them() {
        assert_eq!(as_written(5.0, "同比增长5.0%"), "5.0");
        assert_eq!(as_written(1349084.0, "达到1,349,084亿元"), "1,349,084");
        assert_eq!(as_written(63.65, "完成６３．６５亿元"), "63.65");
        assert_eq!(as_written(5.2, "五点二亿元"), "5.2");
        assert_eq!(as_written(-0.3, "下降0.30个百分点"), "-0.30");
        assert_eq!(as_written(0.1 + 0.2, ""), "0.30000000000000004");
        // Read as the parser reads numbers: 1,2345 is 1 and 2345.
        assert_eq!(as_written(2345.0, "1,2345和6.5"), "2345");
        assert_eq!(as_written(1234.0, "1,2345和6.5"), "1234");
        assert_eq!(as_written(6.5, "1,2345和6.50"), "6.50");
    }

    #[test]
    fn value_change_and_qualifier_cells() {
        let row = Row {
            value: Some(1.0),
            value_max: Some(2.0),
            change: Some(6.0),
            change_max: Some(7.0),
            change_unit: Some("%".into()),
            value_qualifier: Some(Qualifier::Approx),
            change_qualifier: Some(Qualifier::AtLeast),
            ..Default::default()
        };
        assert_eq!(cells(row.clone()), ["1–2", "6–7%", "约；变化以上"]);
        assert_eq!(
            row_cells(&row, [false; 2], &EN)[2],
            "about; change at least"
        );
        let redacted = Row {
            placeholder: true,
            ..Default::default()
        };
        assert_eq!(cells(redacted), ["（隐去）", "", ""]);
    }

    #[test]
    fn a_converted_number_is_not_looked_for_in_the_evidence() {
        let row = Row {
            value: Some(5.0),
            change: Some(5.0),
            change_unit: Some("%".into()),
            evidence: "增长5.0%".into(),
            ..Default::default()
        };
        assert_eq!(row_cells(&row, [true, false], &ZH)[..2], ["5", "5.0%"]);
    }
}
