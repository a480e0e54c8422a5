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
//!
//! On a shared, loaded machine the peers, measured one after the other, see
//! different loads. `ARABIC_NEWS_BENCH_INTERLEAVED=ROUNDS` instead times every
//! peer once per round on the corpus, round after round, and prints the median
//! of the per-round ratios (charabia on every 10th line, its MB/s scaled by the
//! bytes it saw):
//!
//! ```text
//! ARABIC_NEWS_BENCH_INTERLEAVED=7 cargo bench -p arabic-news-bench --bench normalize
//! ```

use std::borrow::Cow;
use std::hint::black_box;
use std::time::Instant;

use arabic_news::normalize::Normalizer;
use charabia::normalizer::{ClassifierOption, NormalizerOption};
use charabia::Normalize;
use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};

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

/// Times each peer once per round, round after round, and prints the median
/// per-round throughput and ratios.
fn interleaved(rounds: usize) {
    let Some(corpus) = arabic_news_bench::corpus() else {
        return;
    };
    let lines: Vec<&str> = corpus.lines().collect();
    let sample: Vec<&str> = lines.iter().step_by(10).copied().collect();
    let sample_bytes: usize = sample.iter().map(|l| l.len() + 1).sum();
    let search = Normalizer::search();
    let charabia_options = NormalizerOption {
        create_char_map: false,
        classifier: ClassifierOption::default(),
        lossy: true,
    };
    let mb = corpus.len() as f64 / 1e6;
    let names = [
        "arabic_news_search",
        "arabic_news_search_with_offsets",
        "char_by_char",
        "charabia (every 10th line)",
    ];
    let mut mbs: [Vec<f64>; 4] = Default::default();
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        black_box(
            lines
                .iter()
                .map(|l| search.normalize_str(l).len())
                .sum::<usize>(),
        );
        mbs[0].push(mb / t.elapsed().as_secs_f64());
        let t = Instant::now();
        black_box(
            lines
                .iter()
                .map(|l| search.normalize(l).edit_count())
                .sum::<usize>(),
        );
        mbs[1].push(mb / t.elapsed().as_secs_f64());
        let t = Instant::now();
        black_box(lines.iter().map(|l| char_by_char(l).len()).sum::<usize>());
        mbs[2].push(mb / t.elapsed().as_secs_f64());
        let t = Instant::now();
        black_box(
            sample
                .iter()
                .map(|l| l.normalize(&charabia_options).len())
                .sum::<usize>(),
        );
        mbs[3].push(sample_bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    println!(
        "normalize, interleaved, {} rounds, {:.1} MB corpus line by line:",
        mbs[0].len(),
        mb
    );
    for (name, v) in names.iter().zip(&mbs) {
        println!("  {name:32} median {:8.1} MB/s", median(v.clone()));
    }
    let ratio =
        |a: usize, b: usize| median(mbs[a].iter().zip(&mbs[b]).map(|(x, y)| x / y).collect());
    println!(
        "  search / char_by_char               median {:.2}x",
        ratio(0, 2)
    );
    println!(
        "  search_with_offsets / char_by_char  median {:.2}x",
        ratio(1, 2)
    );
    println!(
        "  search / charabia                   median {:.1}x",
        ratio(0, 3)
    );
}

criterion_group!(benches, bench);

fn main() {
    if let Some(rounds) = std::env::var("ARABIC_NEWS_BENCH_INTERLEAVED")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        interleaved(rounds);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
