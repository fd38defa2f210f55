//! The deliberately naive extractor that the parser's speed is measured
//! against (issue 20): every number followed by a unit or %, its subject the
//! text since the last punctuation, one regular expression over the text.
//!
//! `cargo run --release --example naive -- FILE [ROUNDS]` reads FILE, then
//! in one run times both the naive extractor and `zhibiao::parse`, each
//! writing its rows as JSON Lines to a sink, and prints MB/s (10^6 bytes of
//! input per second) for each and their ratio. Run it on a quiet machine
//! and state the load with the figures.

use std::hint::black_box;
use std::io::Write;
use std::time::Instant;

use regex::Regex;

const PATTERN: &str = r"([^，。；：、！？,;:!?\n]*?)(\d+(?:\.\d+)?)\s*(%|‰|个百分点|万亿元|亿元|万元|元|万人次|万人|人次|人|万吨|吨|万千瓦|千瓦|万平方米|平方米|公里|万户|户|万个|个|家|项|亿|万)";

fn naive_rows(re: &Regex, text: &str, out: &mut impl Write) -> usize {
    let mut n = 0;
    for c in re.captures_iter(text) {
        let row = serde_json::json!({
            "indicator": c[1].trim(),
            "value": c[2].parse::<f64>().ok(),
            "unit": &c[3],
        });
        writeln!(out, "{row}").expect("sink");
        n += 1;
    }
    n
}

fn parser_rows(text: &str, out: &mut impl Write) -> usize {
    let report = zhibiao::parse(text);
    for row in &report.rows {
        writeln!(out, "{}", serde_json::to_string(row).expect("row")).expect("sink");
    }
    report.rows.len()
}

fn rate(bytes: usize, rounds: usize, seconds: f64) -> f64 {
    (bytes * rounds) as f64 / seconds / 1e6
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: naive FILE [ROUNDS]");
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let text = std::fs::read_to_string(&path).expect("a UTF-8 text file");
    let re = Regex::new(PATTERN).expect("pattern");
    let mut sink = std::io::sink();

    let start = Instant::now();
    let mut naive = 0;
    for _ in 0..rounds {
        naive = naive_rows(&re, black_box(&text), &mut sink);
    }
    let naive_s = start.elapsed().as_secs_f64();

    let start = Instant::now();
    let mut parsed = 0;
    for _ in 0..rounds {
        parsed = parser_rows(black_box(&text), &mut sink);
    }
    let parser_s = start.elapsed().as_secs_f64();

    let mb = text.len() as f64 / 1e6;
    let (a, b) = (
        rate(text.len(), rounds, naive_s),
        rate(text.len(), rounds, parser_s),
    );
    println!("{mb:.1} MB, {rounds} round(s)");
    println!("naive regex: {naive} rows, {a:.1} MB/s");
    println!(
        "zhibiao:     {parsed} rows, {b:.1} MB/s ({:.2}x the naive rate)",
        b / a
    );
}
