//! The `tokenize` group: `arabic_news::tokenize` beside its peers, in bytes/s,
//! on the included article and on the bench corpus (skipped when absent).
//!
//! ```text
//! cargo bench -p arabic-news-bench --bench tokenize -- --warm-up-time 2 --measurement-time 5
//! ```
//!
//! Every contender walks the whole text and folds its tokens' lengths into a
//! checksum, so that no iterator is optimized away.

use std::hint::black_box;

use charabia::{Language, TokenizerBuilder};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

fn bench(c: &mut Criterion) {
    let mut inputs = vec![("article", arabic_news_bench::article())];
    if let Some(corpus) = arabic_news_bench::corpus() {
        inputs.push(("corpus", corpus));
    }
    let mut builder = TokenizerBuilder::default();
    builder.allow_list(&[Language::Ara]);
    let charabia = builder.build();

    let mut group = c.benchmark_group("tokenize");
    for (name, text) in &inputs {
        let text = text.as_str();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("arabic_news", name), text, |b, t| {
            b.iter(|| {
                arabic_news::tokenize(black_box(t))
                    .fold(0usize, |acc, tok| acc + tok.as_str().len() + tok.kind() as usize)
            })
        });
        group.bench_with_input(BenchmarkId::new("split_whitespace", name), text, |b, t| {
            b.iter(|| black_box(t).split_whitespace().fold(0usize, |acc, w| acc + w.len()))
        });
        group.bench_with_input(BenchmarkId::new("unicode_words", name), text, |b, t| {
            b.iter(|| black_box(t).unicode_words().fold(0usize, |acc, w| acc + w.len()))
        });
        group.bench_with_input(
            BenchmarkId::new("split_word_bound_indices", name),
            text,
            |b, t| {
                b.iter(|| {
                    black_box(t)
                        .split_word_bound_indices()
                        .fold(0usize, |acc, (i, w)| acc + i + w.len())
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("charabia_ara", name), text, |b, t| {
            b.iter(|| {
                charabia
                    .tokenize(black_box(t))
                    .fold(0usize, |acc, tok| acc + tok.byte_end - tok.byte_start)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
