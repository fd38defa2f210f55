//! Runs the built `zhibiao` binary: inputs, encodings, formats, exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_zhibiao");
const REPORT: &str = "2024年上半年，地区生产总值完成63.65亿元，同比增长5.2%。\n\
                      规上工业增加值同比增长9.2%。\n";

/// A scratch directory of its own for each test.
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write input");
    path.to_string_lossy().into_owned()
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run zhibiao");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn reads_stdin_and_prints_a_table_by_default() {
    let out = run(&[], REPORT.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().any(|l| l.starts_with("#  指标")), "{text}");
}

#[test]
fn dash_is_stdin() {
    let from_dash = run(&["--format", "jsonl", "-"], REPORT.as_bytes());
    let implicit = run(&["--format", "jsonl"], REPORT.as_bytes());
    assert_eq!(from_dash.status.code(), Some(0));
    assert_eq!(from_dash.stdout, implicit.stdout);
}

#[test]
fn gbk_file_gives_the_same_output_as_utf8() {
    let dir = scratch("gbk");
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(REPORT);
    assert!(!unmappable);
    let gbk_path = write(&dir, "gbk.txt", &gbk);
    let utf8_path = write(&dir, "utf8.txt", REPORT.as_bytes());
    let from_gbk = run(&["--format", "json", &gbk_path], b"");
    let from_utf8 = run(&["--format", "json", &utf8_path], b"");
    assert_eq!(from_gbk.status.code(), Some(0), "{}", stderr(&from_gbk));
    assert_eq!(stdout(&from_gbk), stdout(&from_utf8));
}

#[test]
fn utf16_file_is_read() {
    let dir = scratch("utf16");
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(REPORT.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let path = write(&dir, "utf16.txt", &bytes);
    let out = run(&["--format", "jsonl", &path], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        out.stdout,
        run(&["--format", "jsonl"], REPORT.as_bytes()).stdout
    );
}

#[test]
fn missing_file_among_good_ones() {
    let dir = scratch("missing");
    let good = write(&dir, "good.txt", REPORT.as_bytes());
    let missing = dir.join("no-such-file.txt").to_string_lossy().into_owned();
    let out = run(&[&missing, &good], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no-such-file.txt"),
        "{}",
        stderr(&out)
    );
    let text = stdout(&out);
    assert!(text.contains(&format!("== {good} ==")), "{text}");
    assert!(!text.contains("no-such-file"), "{text}");
}

#[test]
fn binary_junk_is_rejected_with_a_clear_error() {
    let dir = scratch("binary");
    let junk: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
    let path = write(&dir, "junk.bin", &junk);
    let out = run(&["--format", "jsonl", &path], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("junk.bin") && err.contains("binary"), "{err}");
    assert!(out.stdout.is_empty());

    let out = run(&[], b"not text \x81\xFF\xFE\xFD");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("<stdin>"), "{}", stderr(&out));
}

#[test]
fn empty_text_is_an_empty_table_with_the_note() {
    let out = run(&[], b"");
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let header = lines.iter().position(|l| l.starts_with("#  指标"));
    assert!(header.is_some(), "{text}");
    // Header, rule, no rows, then the note.
    let note = &lines[header.map_or(0, |h| h + 2)..];
    assert!(
        note.first()
            .is_some_and(|l| *l == "注：文本为空，没有可解析的内容"),
        "{text}"
    );
}

#[test]
fn jsonl_rows_are_json_objects() {
    let out = run(&["--format", "jsonl"], REPORT.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    for line in stdout(&out).lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("JSON row");
        assert!(row["indicator"].is_string() && row["start"].is_u64());
    }
}

#[test]
fn json_is_one_report_or_an_array_per_file() {
    let out = run(&["--format=json"], REPORT.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert!(v["meta"].is_object() && v["rows"].is_array() && v["notes"].is_array());

    let dir = scratch("json");
    let a = write(&dir, "a.txt", REPORT.as_bytes());
    let b = write(&dir, "b.txt", REPORT.as_bytes());
    let out = run(&["--format", "json", &a, &b], b"");
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v.as_array().map(Vec::len), Some(2));
    assert_eq!(v[1]["file"], b.as_str());
}

#[test]
fn csv_has_bom_and_chinese_header() {
    let out = run(&["--format", "csv"], REPORT.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"\xEF\xBB\xBF"));
    assert!(stdout(&out).starts_with("\u{FEFF}指标,标准名称,"));
}

#[test]
fn tsv_and_csv_add_a_file_column_for_several_files() {
    let dir = scratch("tsv");
    let a = write(&dir, "a.txt", REPORT.as_bytes());
    let b = write(&dir, "b.txt", REPORT.as_bytes());
    let tsv = stdout(&run(&["--format", "tsv", &a, &b], b""));
    assert!(tsv.starts_with("文件\t指标\t"), "{tsv}");
    let csv = stdout(&run(&["--format", "csv", &a, &b], b""));
    assert!(csv.starts_with("\u{FEFF}文件,指标,"), "{csv}");
}

#[test]
fn output_file_and_core_only() {
    let dir = scratch("output");
    let target = dir.join("out.jsonl").to_string_lossy().into_owned();
    let out = run(
        &["--core-only", "-f", "jsonl", "-o", &target],
        REPORT.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&target).expect("output file");
    for line in written.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("JSON row");
        assert_eq!(row["core"], true);
    }
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let out = run(&["--format", "xlsx"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("xlsx"));
    assert_eq!(run(&["--bogus"], b"").status.code(), Some(2));
    let help = run(&["--help"], b"");
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("--format"));
    let version = run(&["--version"], b"");
    assert_eq!(
        stdout(&version).trim(),
        format!("zhibiao {}", env!("CARGO_PKG_VERSION"))
    );
}

/// A bureau's own indicators, as a user would write them.
const LOCAL_DICT: &str =
    "# 本地特色指标\n南果梨产量\t农业\t南果梨\n特色产业产值\t\t特色产业总产值\n";
const LOCAL_REPORT: &str = "2024年，全市南果梨产量12.5万吨，增长8%；特色产业总产值46亿元。\n";

#[test]
fn dict_gives_canonical_rows_for_added_names() {
    let dir = scratch("dict");
    let dict = write(&dir, "my.tsv", LOCAL_DICT.as_bytes());
    let report = write(&dir, "report.txt", LOCAL_REPORT.as_bytes());
    let canonicals = |args: &[&str]| -> Vec<String> {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON row"))
            .filter_map(|r| r["canonical"].as_str().map(str::to_string))
            .collect()
    };
    assert!(canonicals(&["-f", "jsonl", &report]).is_empty());
    assert_eq!(
        canonicals(&["--dict", &dict, "-f", "jsonl", "--core-only", &report]),
        ["南果梨产量", "特色产业产值"]
    );
}

#[test]
fn dict_files_add_up_and_a_bad_line_is_named() {
    let dir = scratch("dict-bad");
    let good = write(&dir, "a.tsv", "南果梨产量\t农业\t南果梨".as_bytes());
    let more = write(
        &dir,
        "b.tsv",
        "# 第二个\n特色产业产值\t\t特色产业总产值\n".as_bytes(),
    );
    let bad = write(&dir, "c.tsv", "# 说明\n\n特色 产业 产值\n".as_bytes());
    let report = write(&dir, "report.txt", LOCAL_REPORT.as_bytes());
    let out = run(
        &["--dict", &good, "--dict", &more, "-f", "jsonl", &report],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).matches("\"core\":true").count(), 2);
    let out = run(&["--dict", &good, "--dict", &bad, &report], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("c.tsv: line 3:") && err.contains("tabs"),
        "{err}"
    );
    let out = run(&["--dict", "/nonexistent/dict.tsv", &report], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("dict.tsv"));
}

#[test]
fn panel_puts_a_target_beside_next_year_s_result() {
    let dir = scratch("panel");
    let a = write(
        &dir,
        "2024.txt",
        "白山市2024年政府工作报告\n\n二、2024年主要目标\n今年主要预期目标是：地区生产总值增长5%以上。\n"
            .as_bytes(),
    );
    let b = write(
        &dir,
        "2025.txt",
        "白山市2025年政府工作报告\n\n一、2024年工作回顾\n过去一年，地区生产总值增长5.3%。\n"
            .as_bytes(),
    );
    let out = run(&["panel", "-f", "json", &a, &b], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["reports"].as_array().unwrap().len(), 2);
    let cell = json["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["period"] == "2024" && c["canonical"] == "地区生产总值")
        .expect("a 地区生产总值/2024 cell");
    assert_eq!(cell["region"], "白山市");
    assert_eq!(cell["target"]["change"], 5.0);
    assert_eq!(cell["target"]["report"], 0);
    assert_eq!(cell["actual"]["change"], 5.3);
    assert_eq!(cell["actual"]["report"], 1);
    assert_eq!(cell["met"], "yes");
    let csv = run(&["panel", "--format=csv", &a, &b], b"");
    assert!(stdout(&csv).starts_with("\u{FEFF}地区,标准名称,"));
    let xlsx = dir.join("p.xlsx");
    let out = run(
        &["panel", "-f", "xlsx", "-o", xlsx.to_str().unwrap(), &a, &b],
        b"",
    );
    assert!(out.status.success());
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    assert_eq!(run(&["panel"], b"").status.code(), Some(2));
    assert_eq!(
        run(&["panel", "-f", "xlsx", &a], b"").status.code(),
        Some(2)
    );
}

#[test]
fn documents_get_a_message_that_says_what_to_do() {
    let dir = scratch("documents");
    let pdf = write(
        &dir,
        "report.pdf",
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n",
    );
    let docx = write(
        &dir,
        "report.docx",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00",
    );
    let good = write(&dir, "report.txt", REPORT.as_bytes());
    let out = run(&[&pdf, &docx, &good], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("report.pdf: a PDF document"), "{err}");
    assert!(err.contains("report.docx: a Word .docx"), "{err}");
    assert!(
        err.contains("open it in the page") && err.contains(".txt"),
        "{err}"
    );
    assert!(!err.contains("NUL byte"), "{err}");
    assert!(stdout(&out).contains("地区生产总值"));
}

#[test]
fn panel_takes_the_users_dictionary() {
    let dir = scratch("panel-dict");
    let dict = write(&dir, "my.tsv", LOCAL_DICT.as_bytes());
    let report = write(&dir, "report.txt", LOCAL_REPORT.as_bytes());
    let canonicals = |args: &[&str]| -> Vec<String> {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
        json["cells"]
            .as_array()
            .expect("cells")
            .iter()
            .filter_map(|c| c["canonical"].as_str().map(str::to_string))
            .collect()
    };
    assert!(!canonicals(&["panel", "-f", "json", &report]).contains(&"南果梨产量".to_string()));
    assert!(
        canonicals(&["panel", "--dict", &dict, "-f", "json", &report])
            .contains(&"南果梨产量".to_string())
    );
    let out = run(&["panel", "--dict", "/nonexistent/d.tsv", &report], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("d.tsv"));
}

/// A file of two bulletins: the JSON names each report (`parts`) and tells
/// each row which one it is of (`report`), and each row takes its year.
#[test]
fn a_compilation_says_which_report_each_row_is_of() {
    let text = "柳溪市2024年统计公报\n柳溪市统计局\n2025年3月\n2024年是关键之年。\n一、综合\n全年地区生产总值800亿元，增长5%。\n\n柳溪市统计局\n2024年3月\n2023年是攻坚之年。\n一、综合\n全年地区生产总值760亿元，增长4%。\n";
    let report = zhibiao::parse(text);
    assert_eq!(report.parts.len(), 2);
    let of: Vec<(Option<usize>, String)> = report
        .rows
        .iter()
        .map(|r| {
            (
                r.report,
                r.period.map(|p| p.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(of, vec![(Some(0), "2024".into()), (Some(1), "2023".into())]);
    let json = serde_json::to_string(&report).unwrap();
    assert!(json.contains("\"report\":1") && json.contains("\"parts\":["));
    let single = serde_json::to_string(&zhibiao::parse("全年地区生产总值800亿元。")).unwrap();
    assert!(!single.contains("\"report\"") && !single.contains("\"parts\""));
}
