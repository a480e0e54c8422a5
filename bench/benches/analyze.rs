//! `analyze`: all extractors together, per article, on the bench corpus; and
//! `adversarial`: each hostile input of issue 8 (a megabyte of it) next to a
//! megabyte of real news, so that time per megabyte can be compared directly.
//!
//! ```text
//! cargo bench -p arabic-news-bench --bench analyze
//! cargo bench -p arabic-news-bench --bench analyze -- adversarial --warm-up-time 1 --measurement-time 3
//! ARABIC_NEWS_BENCH_ARTICLES=2000 cargo bench -p arabic-news-bench --bench analyze -- analyze
//! ```
//!
//! `ARABIC_NEWS_BENCH_ARTICLES=N` takes the first N articles of the corpus (default:
//! all 23,101, 52 MB); `ARABIC_NEWS_ADVERSARIAL_BYTES` sets the hostile input size
//! (default 1 MiB). Without the corpus (a fresh clone) the corpus benches are skipped
//! and the adversarial group compares with the included article, repeated.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

#[path = "../../tests/common/hostile.rs"]
mod hostile;

fn env_usize(name: &str) -> Option<usize> {
    std::env::var(name).ok().and_then(|s| s.parse().ok())
}

/// The corpus as articles (bodies are separated by blank lines).
fn articles(corpus: &str) -> Vec<&str> {
    let limit = env_usize("ARABIC_NEWS_BENCH_ARTICLES").unwrap_or(usize::MAX);
    corpus
        .split("\n\n")
        .filter(|a| !a.trim().is_empty())
        .take(limit)
        .collect()
}

/// Sum of the result counts, so that nothing is optimized away and the figures
/// of two runs can be compared.
fn analyze_all(articles: &[&str]) -> usize {
    articles
        .iter()
        .map(|a| {
            let r = arabic_news::analyze(black_box(a));
            r.sentences.len() + r.quotes.len() + r.casualties.len() + r.numbers.len()
        })
        .sum()
}

fn bench_analyze(c: &mut Criterion, corpus: Option<&str>) {
    let mut group = c.benchmark_group("analyze");
    let article = arabic_news_bench::article();
    group.throughput(Throughput::Bytes(article.len() as u64));
    group.bench_function("included_article", |b| {
        b.iter(|| analyze_all(&[article.as_str()]))
    });
    if let Some(corpus) = corpus {
        let articles = articles(corpus);
        let bytes: usize = articles.iter().map(|a| a.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        // A whole-corpus iteration takes seconds: few samples, each long.
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(20));
        group.bench_function(
            BenchmarkId::new(
                "bench_corpus_per_article",
                format!("{} articles", articles.len()),
            ),
            |b| b.iter(|| analyze_all(&articles)),
        );
    }
    group.finish();
}

/// About `bytes` of real news: the first articles of the corpus, else the included
/// article repeated.
fn news(corpus: Option<&str>, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 4096);
    match corpus {
        Some(corpus) => {
            for a in corpus.split("\n\n") {
                text.push_str(a);
                text.push_str("\n\n");
                if text.len() >= bytes {
                    break;
                }
            }
        }
        None => text = hostile::repeat_to(&(arabic_news_bench::article() + "\n\n"), bytes),
    }
    text
}

fn bench_adversarial(c: &mut Criterion, corpus: Option<&str>) {
    let bytes = env_usize("ARABIC_NEWS_ADVERSARIAL_BYTES").unwrap_or(1 << 20);
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    let baseline = news(corpus, bytes);
    let inputs = std::iter::once(("real_news", baseline)).chain(
        hostile::HOSTILE
            .iter()
            .map(|(name, unit)| (*name, hostile::repeat_to(unit, bytes))),
    );
    for (name, text) in inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        // One article of a megabyte: the worst case for anything super-linear.
        group.bench_function(name, |b| {
            b.iter(|| {
                let r = arabic_news::analyze(black_box(&text));
                r.sentences.len() + r.quotes.len() + r.casualties.len() + r.numbers.len()
            })
        });
    }
    group.finish();
}

fn bench(c: &mut Criterion) {
    let corpus = arabic_news_bench::corpus();
    bench_analyze(c, corpus.as_deref());
    bench_adversarial(c, corpus.as_deref());
}

criterion_group!(benches, bench);
criterion_main!(benches);
