//! Parsing throughput in MB/s (10^6 bytes of UTF-8 input per second) on the
//! sample reports, one by one and all five concatenated:
//! `cargo bench --bench throughput`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

#[path = "../tests/common/samples.rs"]
mod common;
use common::samples;

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
