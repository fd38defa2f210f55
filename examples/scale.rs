//! Issue 4.5: time and peak memory of `zhibiao::parse` as the input grows.
//!
//! `cargo run --release --example scale` builds inputs of 100 KB to 30 MB by
//! repeating the samples in tests/data, parses each in a child process (so
//! each peak memory figure is its own) and prints a table. Growth is linear
//! when seconds/MB and peak/MB stay flat down the table.
//!
//! `cargo run --release --example scale -- 1 3` measures only 1 MB and 3 MB.

use std::fs;
use std::process::Command;
use std::time::Instant;

#[path = "../tests/common/samples.rs"]
mod common;
use common::samples;

const SIZES_KB: &[usize] = &[100, 1024, 3 * 1024, 10 * 1024, 30 * 1024];
const CHILD_FLAG: &str = "--child";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some(CHILD_FLAG) {
        let kb = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100);
        child(kb);
        return;
    }
    let sizes: Vec<usize> = if args.len() > 1 {
        args[1..]
            .iter()
            .filter_map(|mb| mb.parse::<f64>().ok())
            .map(|mb| (mb * 1024.0) as usize)
            .collect()
    } else {
        SIZES_KB.to_vec()
    };
    println!(
        "| input | chars | rows | parse s | s/MB | peak RSS MB | input-only RSS MB | peak/input |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for kb in sizes {
        let out = Command::new(&args[0])
            .args([CHILD_FLAG, &kb.to_string()])
            .output()
            .expect("re-run this example as a child");
        if !out.status.success() {
            println!(
                "| {} | child failed: {} |",
                label(kb),
                String::from_utf8_lossy(&out.stderr).trim()
            );
            continue;
        }
        print!("{}", String::from_utf8_lossy(&out.stdout));
    }
}

fn label(kb: usize) -> String {
    if kb < 1024 {
        format!("{kb} KB")
    } else {
        format!("{} MB", kb / 1024)
    }
}

/// Builds the input, parses it once, prints one table row.
fn child(kb: usize) {
    let text = build_input(kb * 1024);
    let input_rss = peak_rss_mb();
    let started = Instant::now();
    let report = zhibiao::parse(&text);
    let seconds = started.elapsed().as_secs_f64();
    let peak = peak_rss_mb();
    let mb = text.len() as f64 / (1024.0 * 1024.0);
    println!(
        "| {} | {} | {} | {:.2} | {:.2} | {:.0} | {:.0} | {:.1} |",
        label(kb),
        text.chars().count(),
        report.rows.len(),
        seconds,
        seconds / mb,
        peak,
        input_rss,
        peak / mb
    );
}

/// The samples, concatenated and repeated to `bytes` (cut at a char).
fn build_input(bytes: usize) -> String {
    let corpus: String = samples()
        .into_iter()
        .map(|(_, text)| text)
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut text = corpus.repeat(bytes / corpus.len() + 1);
    let mut cut = bytes.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

/// Peak resident set size of this process so far (VmHWM), in MB.
fn peak_rss_mb() -> f64 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}
