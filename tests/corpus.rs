//! Runs `zhibiao corpus` on a scratch folder: the files' order, the file
//! column, a bad file reported without stopping the run, the exit status.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_zhibiao");

/// Made-up reports of the usual shapes, one per file.
const REPORTS: [(&str, &str); 4] = [
    ("a.txt", "2030年，全县地区生产总值完成88.8亿元，同比增长6.1%。\n"),
    ("c.html", "<html><head><title>t</title></head><body><p>规上工业增加值增长7.3%。</p><script>var x='9%';</script></body></html>"),
    ("sub/b.md", "# 某区工作报告\n\n力争固定资产投资增长9%左右。\n"),
    ("sub/d.txt", "社会消费品零售总额完成120亿元，增长4.5%。\n"),
];

/// A folder of the reports, a bad file and files to skip, for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("corpus")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in REPORTS {
        write(&dir.join(name), text.as_bytes());
    }
    write(&dir.join("bad.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    write(&dir.join("notes.pdf"), b"%PDF-1.7");
    write(&dir.join(".hidden.txt"), "增长5%。".as_bytes());
    dir
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("run zhibiao")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// The `file` of each jsonl line.
fn files_of(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| {
            let row: serde_json::Value = serde_json::from_str(l).unwrap();
            row["file"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn rows_come_in_file_order_and_a_bad_file_is_reported() {
    let dir = scratch("order");
    let dir_arg = dir.to_str().unwrap();
    let out = run(&["corpus", "-j", "2", dir_arg]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let name = |n: &str| dir.join(n).to_string_lossy().into_owned();
    let mut files = files_of(&stdout);
    files.dedup();
    assert_eq!(
        files,
        ["a.txt", "c.html", "sub/b.md", "sub/d.txt"].map(name)
    );
    assert!(
        stderr.contains(&format!("{}: binary data", name("bad.txt"))),
        "{stderr}"
    );
    assert!(
        !stderr.contains('\x1b'),
        "no progress line when piped: {stderr}"
    );
    let summary = stderr.lines().last().unwrap();
    assert!(
        summary.starts_with("zhibiao corpus: 4 files, "),
        "{summary}"
    );
    assert!(summary.ends_with("; 1 could not be read"), "{summary}");
    // The script's 9% is no row: the page was read as text.
    assert!(!stdout.contains("9%'"), "{stdout}");
}

#[test]
fn rows_are_the_single_file_rows_with_their_file() {
    let dir = scratch("single");
    let out = run(&["corpus", "-j", "3", dir.join("sub").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut want = String::new();
    for name in ["sub/b.md", "sub/d.txt"] {
        let path = dir.join(name).to_string_lossy().into_owned();
        let single = text(&run(&["-f", "jsonl", &path]).stdout);
        for line in single.lines() {
            let file = serde_json::to_string(&path).unwrap();
            want.push_str(&format!("{{\"file\":{file},{}\n", &line[1..]));
        }
    }
    assert_eq!(text(&out.stdout), want);
}

#[test]
fn one_worker_and_many_write_the_same_bytes() {
    let dir = scratch("one");
    let dir_arg = dir.to_str().unwrap();
    for format in ["jsonl", "csv", "tsv"] {
        let one = run(&["corpus", "-f", format, "-j", "1", dir_arg]);
        let four = run(&["corpus", "-f", format, "-j", "4", dir_arg]);
        assert_eq!(text(&one.stdout), text(&four.stdout), "{format}");
    }
}

#[test]
fn csv_has_one_header_and_a_file_column() {
    let dir = scratch("csv");
    let out_path = dir.join("out.csv");
    let out = run(&[
        "corpus",
        "-f",
        "csv",
        "-o",
        out_path.to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let csv = std::fs::read_to_string(&out_path).unwrap();
    assert!(csv.starts_with("\u{FEFF}文件,指标,"));
    assert_eq!(csv.matches("文件,指标").count(), 1);
    assert!(csv
        .lines()
        .skip(1)
        .all(|l| l.starts_with(dir.to_str().unwrap())));
}

#[test]
fn usage_errors_exit_2_and_a_missing_path_1() {
    assert_eq!(run(&["corpus"]).status.code(), Some(2));
    assert_eq!(run(&["corpus", "-f", "json", "x"]).status.code(), Some(2));
    let help = run(&["corpus", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("Exit status"));
    let missing = run(&["corpus", "/nonexistent/zhibiao-corpus"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("/nonexistent/zhibiao-corpus: "));
}

/// One parser serves every file: a user's indicator is every file's, as
/// the single-file CLI gives it; a dictionary that cannot be read stops
/// the run before any file, said once.
#[test]
fn a_users_dictionary_serves_every_file_and_a_bad_one_is_said_once() {
    let dir = scratch("dict");
    write(
        &dir.join("tea.txt"),
        "全县茶叶综合产值完成12亿元，增长8%。\n".as_bytes(),
    );
    let dict = dir.join("mine.tsv");
    write(&dict, "茶叶产值\t农业\t茶叶综合产值\n".as_bytes());
    let (dir_arg, dict_arg) = (dir.to_str().unwrap(), dict.to_str().unwrap());
    let out = run(&["corpus", "-j", "2", "--dict", dict_arg, dir_arg]);
    let rows = text(&out.stdout);
    let path = dir.join("tea.txt").to_string_lossy().into_owned();
    let single = text(&run(&["-f", "jsonl", "--dict", dict_arg, &path]).stdout);
    let row = single.lines().next().unwrap();
    assert!(row.contains("\"canonical\":\"茶叶产值\""), "{single}");
    assert!(rows.contains(&row[1..]), "{rows}");

    write(&dict, "\t经济\t没有标准名\n".as_bytes());
    let out = run(&["corpus", "-j", "2", "--dict", dict_arg, dir_arg]);
    let said = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert_eq!(said.matches("line 1").count(), 1, "{said}");
    assert!(out.stdout.is_empty());
}
