//! Quick parsing speed on one core, without criterion:
//! `cargo run --release --example mbps [ROUNDS]` parses the sample reports
//! `tests/data/*.txt` ROUNDS times (default 50) and prints MB/s (10^6 bytes
//! of UTF-8 input per second).

use std::hint::black_box;
use std::time::Instant;

#[path = "../tests/common/samples.rs"]
mod common;
use common::samples;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let texts = samples();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let rows: usize = texts
        .iter()
        .map(|(_, t)| zhibiao::parse(t).rows.len())
        .sum();
    let start = Instant::now();
    for _ in 0..rounds {
        for (_, text) in &texts {
            black_box(zhibiao::parse(black_box(text)));
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let mbps = (bytes * rounds) as f64 / seconds / 1e6;
    println!(
        "{} samples, {:.1} KB, {rows} rows; {rounds} rounds in {seconds:.3} s: {mbps:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e3
    );
}
