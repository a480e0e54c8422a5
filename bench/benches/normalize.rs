//! The `normalize` bench group: the search preset against a straightforward
//! char-by-char normalizer (the baseline) and charabia's normalizer, on the
//! bench corpus (line by line) and on the included article.
//!
//! ```text
//! cargo bench -p arabic-news-bench --bench normalize
//! ARABIC_NEWS_BENCH_LIMIT=5000000 cargo bench -p arabic-news-bench --bench normalize -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! `ARABIC_NEWS_BENCH_LIMIT` (bytes) benches only a prefix of the corpus.

use std::borrow::Cow;
use std::hint::black_box;

use arabic_news::normalize::Normalizer;
use charabia::normalizer::{ClassifierOption, NormalizerOption};
use charabia::Normalize;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// The baseline: the search preset written the obvious way, one `char` at a
/// time through a `match`, pushing into a fresh `String`. Presentation forms
/// are limited to the lam-alef ligatures and ﷲ (the full table is 700 entries).
fn char_by_char(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0610}'..='\u{061A}'
            | '\u{0640}'
            | '\u{200C}'..='\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}' => {}
            '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => out.push('\u{0627}'),
            '\u{0649}' | '\u{06CC}' | '\u{06D0}' => out.push('\u{064A}'),
            '\u{0629}' | '\u{06C0}' | '\u{06D5}' | '\u{06C1}' => out.push('\u{0647}'),
            '\u{06A9}' => out.push('\u{0643}'),
            '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            '\u{066B}' => out.push('.'),
            '\u{066C}' => out.push(','),
            '\u{066A}' => out.push('%'),
            '\u{00A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}' => out.push(' '),
            '\u{FEF5}'..='\u{FEFC}' => out.push_str("\u{0644}\u{0627}"),
            '\u{FDF2}' => out.push_str("\u{0627}\u{0644}\u{0644}\u{0647}"),
            c => out.push(c),
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let search = Normalizer::search();
    let charabia_options = NormalizerOption {
        create_char_map: false,
        classifier: ClassifierOption::default(),
        lossy: true,
    };

    let mut inputs: Vec<(&str, String)> = Vec::new();
    if let Some(mut corpus) = arabic_news_bench::corpus() {
        if let Some(limit) = std::env::var("ARABIC_NEWS_BENCH_LIMIT")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
        {
            let mut cut = limit.min(corpus.len());
            while !corpus.is_char_boundary(cut) {
                cut -= 1;
            }
            corpus.truncate(cut);
        }
        inputs.push(("corpus", corpus));
    }
    inputs.push(("article", arabic_news_bench::article()));

    let mut group = c.benchmark_group("normalize");
    group.sample_size(10);
    for (name, text) in &inputs {
        let lines: Vec<&str> = text.lines().collect();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("arabic_news_search", name),
            &lines,
            |b, lines| {
                b.iter(|| {
                    let mut changed = 0usize;
                    for line in lines {
                        if let Cow::Owned(s) = search.normalize_str(black_box(line)) {
                            changed += s.len();
                        }
                    }
                    changed
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("arabic_news_search_with_offsets", name),
            &lines,
            |b, lines| {
                b.iter(|| {
                    let mut edits = 0usize;
                    for line in lines {
                        edits += search.normalize(black_box(line)).edit_count();
                    }
                    edits
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("char_by_char", name),
            &lines,
            |b, lines| {
                b.iter(|| {
                    let mut len = 0usize;
                    for line in lines {
                        len += char_by_char(black_box(line)).len();
                    }
                    len
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("charabia", name), &lines, |b, lines| {
            b.iter(|| {
                let mut len = 0usize;
                for line in lines {
                    len += black_box(*line).normalize(&charabia_options).len();
                }
                len
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
