//! Throughput of the casualty extractor alone, on the articles of the shared evaluation
//! corpus. Ignored by default (it measures, it does not check much); run with
//! `cargo test --release --test casualties_speed -- --ignored --nocapture`.
//! Skips with a message when ../shared is absent (a fresh clone).

use std::time::Instant;

#[path = "common/corpus.rs"]
mod corpus;

#[test]
#[ignore]
fn throughput_on_the_eval_corpus() {
    let Some(texts) = corpus::eval_texts() else {
        return;
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    // Warm up (lexicon built once), then the best of three passes.
    let mut figures = 0;
    for t in &texts {
        figures += arabic_news::casualties::extract(t).len();
    }
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let mut n = 0;
        for t in &texts {
            n += arabic_news::casualties::extract(t).len();
        }
        assert_eq!(n, figures);
        best = best.min(start.elapsed().as_secs_f64());
    }
    let mbs = bytes as f64 / 1e6 / best;
    eprintln!(
        "casualties: {} articles, {:.1} MB, {} figures, {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        figures,
        mbs
    );
    assert!(figures > 0);
}
