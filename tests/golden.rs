//! Golden output: the parser's rows for each sample `tests/data/NAME.txt`
//! against `tests/data/expected/NAME.jsonl`.
//!
//! - `UPDATE_GOLDEN=1 cargo test --test golden` writes the current output as
//!   the expected files (review the diff, then commit them).
//! - Otherwise each sample's rows, every field of each, must equal the
//!   expected file's, in order; a difference is printed as rows removed and
//!   added. A sample without an expected file is only reported.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

#[path = "common/samples.rs"]
mod common;
use common::{data_dir, samples};

const SHOWN: usize = 15;

/// A row as one line: every field, keys in order (compact JSON), so a
/// change to any field (canonical, qualifiers, placeholder, category,
/// evidence, offsets…) shows.
fn key(row: &Value) -> String {
    row.to_string()
}

fn current_rows(text: &str) -> Vec<Value> {
    zhibiao::parse(text)
        .rows
        .iter()
        .map(|r| serde_json::to_value(r).expect("row as JSON"))
        .collect()
}

fn read_expected(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .expect("expected file")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("expected row is JSON"))
        .collect()
}

fn write_expected(path: &Path, rows: &[Value]) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("expected dir");
    let text: String = rows.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(path, text).expect("write expected file");
}

/// Rows in `a` and not in `b`, counting repeats.
fn minus(a: &[String], b: &[String]) -> Vec<String> {
    let mut left: BTreeMap<&str, usize> = BTreeMap::new();
    for k in b {
        *left.entry(k).or_default() += 1;
    }
    a.iter()
        .filter(|k| match left.get_mut(k.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}

/// A summary of the differences, or None when the rows agree.
fn diff(expected: &[Value], current: &[Value]) -> Option<String> {
    let e: Vec<String> = expected.iter().map(key).collect();
    let c: Vec<String> = current.iter().map(key).collect();
    if e == c {
        return None;
    }
    let (removed, added) = (minus(&e, &c), minus(&c, &e));
    let mut out = format!(
        "{} rows expected, {} now; {} removed, {} added{}\n",
        e.len(),
        c.len(),
        removed.len(),
        added.len(),
        if removed.is_empty() && added.is_empty() {
            " (order changed)"
        } else {
            ""
        }
    );
    for (sign, rows) in [("-", &removed), ("+", &added)] {
        for k in rows.iter().take(SHOWN) {
            out.push_str(&format!("  {sign} {k}\n"));
        }
        if rows.len() > SHOWN {
            out.push_str(&format!("  {sign} … {} more\n", rows.len() - SHOWN));
        }
    }
    Some(out)
}

#[test]
fn samples_match_their_expected_rows() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for (name, text) in samples() {
        let rows = current_rows(&text);
        let expected_path = data_dir().join("expected").join(format!("{name}.jsonl"));
        if update {
            write_expected(&expected_path, &rows);
            println!("{name}: wrote {} rows", rows.len());
        } else if !expected_path.exists() {
            println!("{name}: {} rows, no expected file yet", rows.len());
        } else {
            match diff(&read_expected(&expected_path), &rows) {
                None => println!("{name}: {} rows as expected", rows.len()),
                Some(summary) => {
                    println!("{name}: {summary}");
                    failures.push(name);
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "output changed for {failures:?} (see above); if intended: \
         UPDATE_GOLDEN=1 cargo test --test golden, review and commit tests/data/expected/"
    );
}

#[test]
fn diff_counts_repeats_and_order() {
    let row = |i: &str| serde_json::json!({"indicator": i, "value": 1.0, "status": "actual"});
    let (a, b) = (row("甲"), row("乙"));
    assert_eq!(diff(&[a.clone(), b.clone()], &[a.clone(), b.clone()]), None);
    let d = diff(&[a.clone(), a.clone()], &[a.clone(), b.clone()]).expect("differs");
    assert!(
        d.contains("1 removed, 1 added") && d.contains(r#"+ {"indicator":"乙""#),
        "{d}"
    );
    let d = diff(&[a.clone(), b.clone()], &[b, a.clone()]).expect("order differs");
    assert!(d.contains("order changed"), "{d}");
    let mut approx = a.clone();
    approx["valueQualifier"] = serde_json::json!("approx");
    assert!(diff(&[a], &[approx]).is_some(), "a qualifier counts");
}
