//! Parsing throughput in MB/s (10^6 bytes of UTF-8 input per second) on the
//! sample reports, one by one and all five concatenated:
//! `cargo bench --bench throughput`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;

/// The sample reports `tests/data/*.txt`, sorted by name.
fn samples() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("tests/data")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path
                .file_name()?
                .to_str()?
                .strip_suffix(".txt")?
                .to_string();
            Some((name, std::fs::read_to_string(&path).ok()?))
        })
        .collect();
    out.sort();
    out
}

fn throughput(c: &mut Criterion) {
    let samples = samples();
    let all: String = samples
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut group = c.benchmark_group("parse");
    for (name, text) in samples
        .iter()
        .map(|(n, t)| (n.as_str(), t))
        .chain([("all", &all)])
    {
        group.throughput(Throughput::BytesDecimal(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| zhibiao::parse(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
