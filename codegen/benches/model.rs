//! `cargo bench -p veeam-em-codegen --bench model`
//!
//! - `model/corpus`: [`build_model`] over every corpus page, already loaded in memory.
//! - `baseline/pulldown_cmark_parse`: pulldown-cmark alone (tables on) over the same pages'
//!   text, every event consumed: the floor any Markdown-based reading stands on.
//!
//! Without the corpus (`../shared/veeam-docs/em_rest` beside the workspace) it prints a message
//! and registers no benchmark.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pulldown_cmark::{Options, Parser};
use veeam_em_codegen::{build_model, load, Input};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/veeam-docs/em_rest"
);

fn corpus() -> Option<Vec<Input>> {
    let dir = PathBuf::from(CORPUS);
    if !dir.is_dir() {
        eprintln!(
            "corpus not found at {}; skipping the model benchmarks",
            dir.display()
        );
        return None;
    }
    match load(&[dir], &[]) {
        Ok(inputs) if !inputs.is_empty() => Some(inputs),
        Ok(_) => {
            eprintln!("corpus at {CORPUS} holds no pages; skipping the model benchmarks");
            None
        }
        Err(e) => {
            eprintln!("cannot load the corpus: {e}; skipping the model benchmarks");
            None
        }
    }
}

fn benches(c: &mut Criterion) {
    let Some(inputs) = corpus() else { return };
    let bytes: u64 = inputs.iter().map(|i| i.bytes.len() as u64).sum();
    let texts: Vec<String> = inputs
        .iter()
        .map(|i| String::from_utf8_lossy(&i.bytes).into_owned())
        .collect();

    let mut group = c.benchmark_group("model");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8))
        .throughput(Throughput::Bytes(bytes));
    group.bench_function("corpus", |b| b.iter(|| build_model(black_box(&inputs))));
    group.finish();

    let mut group = c.benchmark_group("baseline");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Bytes(bytes));
    group.bench_function("pulldown_cmark_parse", |b| {
        b.iter(|| {
            let mut events = 0usize;
            for text in &texts {
                for event in Parser::new_ext(black_box(text), Options::ENABLE_TABLES) {
                    black_box(&event);
                    events += 1;
                }
            }
            events
        })
    });
    group.finish();
}

criterion_group!(model, benches);
criterion_main!(model);
