//! Issue 4.2, never panics: property tests over arbitrary strings, strings
//! from a report's alphabet, and mutated samples. Every span stays inside
//! the input, numbers stay finite and the output is deterministic.
//!
//! CI runs a modest number of cases. For a long run:
//! `PROPTEST_CASES=20000 cargo test --release --test proptest_parse`.

use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;

use proptest::prelude::*;
use zhibiao::normalize::normalize;

/// Cases per property unless `PROPTEST_CASES` says otherwise.
const DEFAULT_CASES: u32 = 48;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn samples() -> &'static [String] {
    static SAMPLES: OnceLock<Vec<String>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .expect("tests/data exists")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| fs::read_to_string(p).expect("sample is UTF-8"))
            .collect()
    })
}

/// Parses and checks what must hold for any input.
fn check(text: &str) -> Result<(), TestCaseError> {
    let len = text.chars().count();
    let report = zhibiao::parse(text);
    for row in &report.rows {
        prop_assert!(
            row.start <= row.end && row.end <= len,
            "span {}..{} outside 0..{len} for {:?}",
            row.start,
            row.end,
            row.evidence
        );
        for x in [row.value, row.value_max, row.change, row.change_max]
            .into_iter()
            .flatten()
        {
            prop_assert!(x.is_finite(), "non-finite number in {row:?}");
        }
    }
    let json = serde_json::to_string(&report).expect("a report serialises");
    let again = serde_json::to_string(&zhibiao::parse(text)).expect("a report serialises");
    prop_assert_eq!(json, again, "two parses of one text differ");

    let norm = normalize(text);
    let (s, e) = norm.original_span(0, norm.len());
    prop_assert!(s <= e && e <= len);
    Ok(())
}

/// Chars a report is made of, and the ones that trip parsers.
fn report_char() -> impl Strategy<Value = char> {
    const ALPHABET: &str = "0123456789０１２３４５６７８９.．,，;；:：、。！？%％（）()[]［］【】“”\"' \t\n\r\u{3000}\u{00A0}\u{200B}\u{FEFF}\u{FFFD}\u{0}—-－~～/①②一二三四五六七八九十百千万亿元个家户人年月日增长下降减少提高百分点倍左右以上以内约近余超过突破达到完成地区生产总值规模工业增加值固定资产投资预计目标力争确保首页发布时间来源浏览次数字体大中小打印本页关闭窗口第页XxeE";
    let chars: Vec<char> = ALPHABET.chars().collect();
    prop_oneof![
        8 => proptest::sample::select(chars),
        1 => any::<char>(),
    ]
}

fn report_like_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(report_char(), 0..400).prop_map(|v| v.into_iter().collect())
}

/// An edit of a sample's UTF-8 bytes.
#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    FlipByte(usize, u8),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), proptest::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, b)| Mutation::Insert(at, b)),
        (any::<usize>(), 1..200usize).prop_map(|(at, n)| Mutation::Delete(at, n)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::FlipByte(at, b)),
        (any::<usize>(), 1..300usize).prop_map(|(at, n)| Mutation::Duplicate(at, n)),
    ]
}

/// Applies the edits to a sample's bytes and decodes with replacement, as
/// a browser does with a bad file or a string cut inside a surrogate pair.
fn mutate(sample: &str, edits: &[Mutation]) -> String {
    let mut bytes = sample.as_bytes().to_vec();
    for edit in edits {
        let n = bytes.len().max(1);
        match edit {
            Mutation::Insert(at, b) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, b.iter().copied());
            }
            Mutation::Delete(at, len) => {
                let at = at % n;
                let end = (at + len).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            Mutation::FlipByte(at, b) => {
                if let Some(x) = bytes.get_mut(at % n) {
                    *x ^= b;
                }
            }
            Mutation::Duplicate(at, len) => {
                let at = at % n;
                let end = (at + len).min(bytes.len());
                let copy = bytes[at.min(end)..end].to_vec();
                bytes.splice(end..end, copy);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_strings_never_break_the_parser(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn report_like_strings_never_break_the_parser(text in report_like_text()) {
        check(&text)?;
    }

    #[test]
    fn mutated_samples_never_break_the_parser(
        which in any::<usize>(),
        edits in proptest::collection::vec(mutation(), 1..12),
    ) {
        let all = samples();
        let text = mutate(&all[which % all.len()], &edits);
        check(&text)?;
    }

    #[test]
    fn original_spans_stay_inside_the_input(text in report_like_text(), a in 0..500usize, b in 0..500usize) {
        let norm = normalize(&text);
        let len = text.chars().count();
        let (s, e) = norm.original_span(a, b);
        prop_assert!(s <= e && e <= len, "{a}..{b} → {s}..{e} of {len}");
        let _ = norm.slice(a, b);
    }
}
