//! What a user dictionary costs per parse:
//! `cargo run --release --example dict_cost [ROUNDS]` parses a short
//! made-up paragraph (one keystroke on the page) and the sample reports
//! ROUNDS times (default 200) without a dictionary, with one through
//! `parse_with` (the options alone), and with one through a `Parser` built
//! once, and prints microseconds per parse.

use std::hint::black_box;
use std::time::Instant;

#[path = "../tests/common/samples.rs"]
mod common;
use common::samples;

/// A made-up paragraph of the shape a page parses on every keystroke.
const PARAGRAPH: &str = "全年甲类产品产量增长5%，乙类服务收入达到12亿元，新增丙类企业30家。";

/// A made-up user dictionary of `n` indicators with two variants each.
fn dictionary(n: usize) -> String {
    (0..n)
        .map(|i| format!("自定指标{i}号\t经济\t自定{i}号指标\t指标甲{i}\n"))
        .collect()
}

fn micros_per_parse(texts: &[&str], rounds: usize, parse: impl Fn(&str) -> usize) -> f64 {
    let start = Instant::now();
    for _ in 0..rounds {
        for text in texts {
            black_box(parse(black_box(text)));
        }
    }
    start.elapsed().as_secs_f64() * 1e6 / (rounds * texts.len()) as f64
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let options = zhibiao::Options {
        dictionary: dictionary(300),
        ..Default::default()
    };
    let sample_texts = samples();
    let reports: Vec<&str> = sample_texts.iter().map(|(_, t)| t.as_str()).collect();
    for (name, texts) in [("paragraph", vec![PARAGRAPH]), ("samples", reports)] {
        let bare = micros_per_parse(&texts, rounds, |t| zhibiao::parse(t).rows.len());
        let per_call = micros_per_parse(&texts, rounds, |t| {
            zhibiao::parse_with(t, &options).rows.len()
        });
        let parser = zhibiao::Parser::new(&options).expect("the dictionary reads");
        let built_once = micros_per_parse(&texts, rounds, |t| parser.parse(t).rows.len());
        println!(
            "{name}: no dictionary {bare:.1} µs, parse_with {per_call:.1} µs, \
             Parser built once {built_once:.1} µs"
        );
    }
}
