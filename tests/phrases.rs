//! No phrase of the samples or the dev texts in the parser's code or
//! tables: any run of 6 or more CJK characters in `src/` (code, tests and
//! `src/lexicon/` tables) that also occurs in a sample (`tests/data/*.txt`)
//! or a dev text (`../shared/dev/*.txt`, beside the checkout; skipped when
//! absent) fails, unless `tests/general_phrases.txt` lists it as
//! general vocabulary (规模以上工业增加值). Words fitted to one report make a
//! dev figure rise without the parser getting more general; a test of a
//! rule uses a made-up sentence of the same shape.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[path = "common/samples.rs"]
mod common;
use common::samples;

/// Runs shorter than this are words, not phrases.
const MIN_CHARS: usize = 6;

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The runs of `MIN_CHARS` or more CJK characters in a text.
fn cjk_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if is_cjk(c) {
            run.push(c);
        } else {
            if run.chars().count() >= MIN_CHARS {
                runs.push(run.clone());
            }
            run.clear();
        }
    }
    runs
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rs" | "tsv")
        ) {
            out.push(path);
        }
    }
}

/// The dev texts beside the checkout, when that folder is there.
fn dev_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// General vocabulary: the allow-list, and the standard names of the
/// indicator table (its first column), which name indicators every report
/// uses.
fn allowed() -> BTreeSet<String> {
    let list = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/general_phrases.txt"),
    )
    .unwrap_or_default();
    let table = include_str!("../src/lexicon/indicators.tsv");
    let first_column = table.lines().filter_map(|l| l.split('\t').next());
    list.lines()
        .chain(first_column)
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Whether a run is general vocabulary: a part of an allowed term, or a run
/// that leaves no piece of `MIN_CHARS` or more once the allowed terms in it
/// are cut out (longest first). So
/// 全年地区生产总值完成 is a standard name with two short words about it,
/// while a report's own wording around a standard name still counts.
fn is_general(run: &str, allowed: &BTreeSet<String>) -> bool {
    // A part of a standard name (公共预算收入) is no report's own wording.
    if allowed.iter().any(|t| t.contains(run)) {
        return true;
    }
    let mut terms: Vec<&String> = allowed
        .iter()
        .filter(|t| run.contains(t.as_str()))
        .collect();
    terms.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    let mut pieces = vec![run.to_string()];
    for term in terms {
        pieces = pieces
            .iter()
            .flat_map(|p| {
                p.split(term.as_str())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
    }
    pieces.iter().all(|p| p.chars().count() < MIN_CHARS)
}

/// Phrases waiting in code another change owns (`tests/phrases_pending.txt`):
/// each `(path under the crate, phrase)`.
fn pending() -> BTreeSet<(String, String)> {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/phrases_pending.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(path, phrase)| (path.trim().to_string(), phrase.trim().to_string()))
        .collect()
}

#[test]
fn no_sample_or_dev_phrase_in_src() {
    let mut texts: Vec<String> = samples().into_iter().map(|(_, t)| t).collect();
    let dev = dev_texts();
    // Without the dev texts a pending dev phrase is not found: no stale check.
    let check_stale = !dev.is_empty();
    texts.extend(dev);
    let allowed = allowed();
    let mut files = Vec::new();
    files_under(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    files.sort();
    let mut waiting = pending();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for path in files {
        let code = std::fs::read_to_string(&path).expect("source file");
        let runs: BTreeSet<String> = cjk_runs(&code).into_iter().collect();
        let name = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        for run in runs {
            if !is_general(&run, &allowed)
                && texts.iter().any(|t| t.contains(&run))
                && !waiting.remove(&(name.clone(), run.clone()))
            {
                found.push(format!("{name}: {run}"));
            }
        }
    }
    assert!(
        waiting.is_empty() || !check_stale,
        "no longer found, delete from tests/phrases_pending.txt: {waiting:?}"
    );
    assert!(
        found.is_empty(),
        "{} phrases of the samples or dev texts in src/ (make the example up, \
         or list general vocabulary in tests/general_phrases.txt):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn a_standard_name_with_short_words_about_it_is_general() {
    let allowed: BTreeSet<String> = ["甲乙丙丁戊己".to_string()].into();
    assert!(is_general("全年甲乙丙丁戊己完成", &allowed));
    assert!(is_general("甲乙丙丁戊己", &allowed));
    assert!(is_general("乙丙丁戊己", &allowed));
    assert!(!is_general("子丑寅卯辰巳甲乙丙丁戊己", &allowed));
    assert!(!is_general("庚辛壬癸子丑", &allowed));
}

#[test]
fn runs_are_cjk_only() {
    assert_eq!(cjk_runs("甲乙丙丁戊己，庚辛"), ["甲乙丙丁戊己"]);
    assert!(cjk_runs("甲乙丙丁戊").is_empty());
}
