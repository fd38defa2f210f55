//! Issue 4.1, format invariance: the same report re-typed gives the same
//! rows. Each sample in tests/data/*.txt is re-typed the ways users' copies
//! differ (full-width digits, half-width punctuation, CRLF, PDF hard wraps
//! with page numbers, spaces around numbers, web-page furniture) and must
//! give the rows of the untransformed text. The normalised text is checked
//! too: it is where invariance is made.

#[path = "common/samples.rs"]
mod common;
use common::samples;

use zhibiao::normalize::normalize;

/// The fields a re-typed report must keep, in order.
type RowKey = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
);

fn row_keys(text: &str) -> Vec<RowKey> {
    let number = |x: Option<f64>| x.map(|v| format!("{v}"));
    zhibiao::parse(text)
        .rows
        .into_iter()
        .map(|r| {
            (
                r.indicator,
                r.canonical,
                number(r.value),
                r.unit,
                number(r.change),
                r.status.as_str().to_string(),
                r.period.map(|p| p.to_string()),
            )
        })
        .collect()
}

// --- Transforms ------------------------------------------------------------

fn full_width_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' | '%' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
            _ => c,
        })
        .collect()
}

fn half_width_punctuation(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '，' => ',',
            '；' => ';',
            '：' => ':',
            '（' => '(',
            '）' => ')',
            _ => c,
        })
        .collect()
}

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

const WRAP_WIDTH: usize = 37;
const LINES_PER_PAGE: usize = 30;
const PAGE_NUMBERS: [&str; 3] = ["— {} —", "- {} -", "第 {} 页"];

/// PDF copy-paste: every line cut each `WRAP_WIDTH` chars wherever that
/// falls (inside words and numbers too), a page number every
/// `LINES_PER_PAGE` lines, and `line_sep` between lines (PDF viewers give
/// "\n" or "\n\n").
fn hard_wrap(text: &str, line_sep: &str) -> String {
    hard_wrap_at(text, line_sep, WRAP_WIDTH)
}

/// `hard_wrap` at another width: PDF copies of bulletins wrap every 20–30
/// chars, which splits subjects, numbers and units across lines.
fn hard_wrap_at(text: &str, line_sep: &str, width: usize) -> String {
    let mut out = String::new();
    let mut lines_on_page = 0;
    let mut page = 1;
    for paragraph in text.split('\n') {
        let chars: Vec<char> = paragraph.chars().collect();
        let pieces: Vec<String> = if chars.is_empty() {
            vec![String::new()]
        } else {
            chars.chunks(width).map(|c| c.iter().collect()).collect()
        };
        for piece in pieces {
            out.push_str(&piece);
            out.push_str(line_sep);
            lines_on_page += 1;
            if lines_on_page == LINES_PER_PAGE {
                let style = PAGE_NUMBERS[page % PAGE_NUMBERS.len()];
                out.push_str(&style.replace("{}", &page.to_string()));
                out.push_str(line_sep);
                lines_on_page = 0;
                page += 1;
            }
        }
    }
    out
}

/// A PDF's margin counts columns, not chars: Chinese 2, ASCII 1.
const WRAP_COLUMNS: usize = 72;

fn columns(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        2
    }
}

/// Wraps each line at `WRAP_COLUMNS` columns, a page number every
/// `LINES_PER_PAGE` lines, blank lines between lines.
fn wrap_by_columns(text: &str) -> String {
    wrap_at_columns(text, WRAP_COLUMNS)
}

fn wrap_at_columns(text: &str, limit: usize) -> String {
    let mut out = String::new();
    let mut lines = 0;
    for paragraph in text.split('\n') {
        let mut width = 0;
        for c in paragraph.chars() {
            if width + columns(c) > limit {
                out.push_str("\n\n");
                width = 0;
                lines += 1;
                if lines % LINES_PER_PAGE == 0 {
                    out.push_str(&format!("- {} -\n\n", lines / LINES_PER_PAGE));
                }
            }
            out.push(c);
            width += columns(c);
        }
        out.push('\n');
        lines += 1;
    }
    out
}

fn wrap_single(text: &str) -> String {
    hard_wrap(text, "\n")
}

fn wrap_narrow(text: &str) -> String {
    hard_wrap_at(text, "\n", 23)
}

fn wrap_narrow_blank_lines(text: &str) -> String {
    hard_wrap_at(text, "\n\n", 28)
}

fn wrap_blank_lines(text: &str) -> String {
    hard_wrap(text, "\n\n")
}

/// A space between every number and the Chinese text or `%` next to it:
/// 63.65 亿元, 增长 5.2 %.
fn spaces_around_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if let Some(&prev) = i.checked_sub(1).and_then(|k| chars.get(k)) {
            let boundary = (prev.is_ascii_digit() && !c.is_ascii() && c != '\n')
                || (c.is_ascii_digit() && !prev.is_ascii() && prev != '\n');
            if boundary {
                out.push(' ');
            }
        }
        out.push(c);
    }
    out
}

const JUNK_BEFORE: &str = "首页 > 新闻中心 > 政务要闻
当前位置：首页 > 政务公开 > 规划计划
发布时间：2024-03-05 10:21:33 来源：区发展和改革局 浏览次数：1024
字体：大 中 小
【打印本页】【关闭窗口】
分享到：微信 微博 QQ空间
";

const JUNK_AFTER: &str = "
上一篇：关于2023年财政预算执行情况的报告
下一篇：2024年县政府工作报告-9篇
扫一扫在手机打开当前页
打印本页 关闭窗口
主办单位：某某市人民政府办公室 承办单位：某某市大数据中心
版权所有：某某市人民政府 网站标识码：2103000001
ICP备案号：辽ICP备05023109号-1 辽公网安备 21030202000123号
联系电话：0412-2222222 地址：某某市铁东区胜利路25号 邮编：114001
微信公众号
政务微博
";

fn web_junk(text: &str) -> String {
    format!("{JUNK_BEFORE}{text}{JUNK_AFTER}")
}

/// All at once, as a bad copy does.
fn everything(text: &str) -> String {
    web_junk(&crlf(&wrap_blank_lines(&spaces_around_numbers(
        &half_width_punctuation(&full_width_digits(text)),
    ))))
}

type Transform = fn(&str) -> String;

const TRANSFORMS: &[(&str, Transform)] = &[
    ("full-width digits", full_width_digits),
    ("half-width punctuation", half_width_punctuation),
    ("CRLF", crlf),
    ("hard wrap", wrap_single),
    ("hard wrap, blank lines", wrap_blank_lines),
    ("hard wrap by columns", wrap_by_columns),
    ("spaces around numbers", spaces_around_numbers),
    ("web junk", web_junk),
    ("everything", everything),
];

/// PDF copies of bulletins: lines of 20–30 chars, cut wherever the margin
/// falls. A line as wide as the wrap may also end a heading or a title, so
/// some paragraph breaks cannot be told from wraps: these re-typings must
/// keep the rows, not every line break.
const ROW_TRANSFORMS: &[(&str, Transform)] = &[
    ("narrow hard wrap", wrap_narrow),
    ("narrow hard wrap, blank lines", wrap_narrow_blank_lines),
    ("narrow wrap by columns", wrap_narrow_by_columns),
    ("note markers", note_markers),
    (
        "CRLF, half-width punctuation, note markers",
        crlf_half_width_notes,
    ),
];

fn wrap_narrow_by_columns(text: &str) -> String {
    wrap_at_columns(text, 50)
}

/// A note marker after the subjects reports annotate (地区生产总值[1]完成…),
/// in the forms copies give: [1], ［2］, ③.
fn note_markers(text: &str) -> String {
    let mut out = String::new();
    let mut k = 0;
    let mut rest = text;
    while let Some(at) = rest.find("生产总值") {
        let end = at + "生产总值".len();
        out.push_str(&rest[..end]);
        out.push_str(["[1]", "［2］", "③"][k % 3]);
        k += 1;
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn crlf_half_width_notes(text: &str) -> String {
    crlf(&half_width_punctuation(&note_markers(text)))
}

// --- Checks ----------------------------------------------------------------

fn normalised(text: &str) -> String {
    normalize(text).chars.into_iter().collect()
}

/// The normalised text up to line breaks after a sentence end: a wrap that
/// falls just after 。 cannot be told from a paragraph's end, and both
/// split the text at the same place.
fn sentences(text: &str) -> String {
    let mut out = String::new();
    for c in normalised(text).chars() {
        let body = out.trim_end_matches(['”', '’', '」', '』', '）', '"']);
        if c == '\n' && body.ends_with(['。', '！', '？', '；', '!', '?']) {
            continue;
        }
        out.push(c);
    }
    out
}

/// The first place two strings differ, with some context, for messages.
fn first_difference(a: &str, b: &str) -> String {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let at = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let show = |s: &[char]| -> String {
        s[at.saturating_sub(20)..(at + 20).min(s.len())]
            .iter()
            .collect::<String>()
    };
    format!(
        "at char {at}:\n  original:    {:?}\n  transformed: {:?}",
        show(&a),
        show(&b)
    )
}

#[test]
fn transforms_keep_the_normalised_text() {
    let mut failures = Vec::new();
    for (name, text) in samples() {
        let expected = sentences(&text);
        for (transform, apply) in TRANSFORMS {
            let got = sentences(&apply(&text));
            if got != expected {
                failures.push(format!(
                    "{name} × {transform}: {}",
                    first_difference(&expected, &got)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn transforms_keep_the_rows() {
    let mut failures = Vec::new();
    for (name, text) in samples() {
        let expected = row_keys(&text);
        for (transform, apply) in TRANSFORMS.iter().chain(ROW_TRANSFORMS) {
            let got = row_keys(&apply(&text));
            if got != expected {
                let first = expected
                    .iter()
                    .zip(&got)
                    .position(|(a, b)| a != b)
                    .unwrap_or(expected.len().min(got.len()));
                failures.push(format!(
                    "{name} × {transform}: {} rows vs {}; first difference at row {first}:\n  original:    {:?}\n  transformed: {:?}",
                    expected.len(),
                    got.len(),
                    expected.get(first),
                    got.get(first)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn web_junk_alone_yields_no_row() {
    for junk in [JUNK_BEFORE, JUNK_AFTER, &web_junk("")] {
        let report = zhibiao::parse(junk);
        assert!(report.rows.is_empty(), "{:?}", report.rows);
        assert_eq!(normalised(junk), "", "junk left after normalisation");
    }
}

#[test]
fn transforms_change_the_text() {
    // Guards the transforms themselves: each must really re-type a sample.
    let (_, text) = &samples()[0];
    for (transform, apply) in TRANSFORMS.iter().chain(ROW_TRANSFORMS) {
        assert_ne!(&apply(text), text, "{transform} left the text as it was");
    }
}
