//! Issue 4.4: every input that once broke the parser (found by fuzzing or
//! reported) is a file in tests/data/regressions/, with a sibling `.md`
//! saying what went wrong. Each is replayed here: no panic, spans inside
//! the input, finite numbers, the same output twice, and within a time
//! limit.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn regressions_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/regressions")
}

fn regression_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(regressions_dir())
        .expect("tests/data/regressions exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// Regression inputs may be invalid UTF-8 on purpose: decoded with
/// replacement, as the CLI and the browser do.
fn read(path: &Path) -> String {
    String::from_utf8_lossy(&fs::read(path).expect("readable")).into_owned()
}

fn replay(text: String) -> Result<(), String> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let len = text.chars().count();
        let report = zhibiao::parse(&text);
        let mut problems = Vec::new();
        for row in &report.rows {
            if !(row.start <= row.end && row.end <= len) {
                problems.push(format!("span {}..{} outside 0..{len}", row.start, row.end));
            }
            let numbers = [row.value, row.value_max, row.change, row.change_max];
            if numbers.iter().flatten().any(|x| !x.is_finite()) {
                problems.push(format!("non-finite number in {:?}", row.evidence));
            }
        }
        let first = serde_json::to_string(&report).unwrap_or_default();
        let second = serde_json::to_string(&zhibiao::parse(&text)).unwrap_or_default();
        if first != second {
            problems.push("two parses differ".to_string());
        }
        let _ = tx.send(problems);
    });
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(problems) if problems.is_empty() => Ok(()),
        Ok(problems) => Err(problems.join("; ")),
        Err(mpsc::RecvTimeoutError::Timeout) => Err("no result within 20 s".to_string()),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("the parser panicked".to_string()),
    }
}

#[test]
fn every_regression_input_parses_cleanly() {
    let files = regression_files();
    assert!(!files.is_empty(), "no regression inputs");
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            replay(read(path))
                .err()
                .map(|e| format!("{}: {e}", path.display()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_regression_input_says_its_cause() {
    for path in regression_files() {
        let note = path.with_extension("md");
        let cause = fs::read_to_string(&note).unwrap_or_default();
        assert!(
            !cause.trim().is_empty(),
            "{} has no {} saying its cause",
            path.display(),
            note.display()
        );
    }
}

/// Normalisation regressions: what the normalised text must (not) hold.
const NORMALISED: &[(&str, &[&str], &[&str])] = &[
    (
        "heading_after_wrapped_sentence_end",
        &["\n二、2024年国民经济和社会发展主要预期目标\n"],
        &[],
    ),
    (
        "wrap_before_numeral_words",
        &[
            "一般公共预算收入完成4.1亿元",
            "第三产业增加值增长6.1%",
            "\n二、主要预期目标\n",
        ],
        &[],
    ),
    (
        "comma_digit_groups",
        &[
            "增长12.3%，234家", "完成1,234.5亿元", "增长5，6个百分点", "数量1234，567个",
        ],
        &[],
    ),
    (
        "page_furniture_edge",
        &["地区生产总值63.65亿元"],
        &["— 3 —", "第5/21页", "发布时间", "[1]"],
    ),
    ("space_run", &["完成63.65亿元，增长5%。"], &[]),
    (
        "wrap_sentence_end_then_stray_break",
        &["推行信用审批融合共享，推出容缺办事项1046项。"],
        &[],
    ),
];

#[test]
fn normalisation_regressions_stay_fixed() {
    for (name, must, must_not) in NORMALISED {
        let path = regressions_dir().join(format!("{name}.txt"));
        let text: String = zhibiao::normalize::normalize(&read(&path))
            .chars
            .into_iter()
            .collect();
        // Breaks after a sentence end may fall anywhere in wrapped text.
        let joined = text.replace("。\n", "。").replace("；\n", "；");
        for part in *must {
            assert!(
                text.contains(part) || joined.contains(part),
                "{name}: {part:?} missing from {text:?}"
            );
        }
        for part in *must_not {
            assert!(!text.contains(part), "{name}: {part:?} left in {text:?}");
        }
    }
}
