//! Shared helpers for the benches: loading the bench corpus and the included article.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The included example article.
pub fn article() -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data/seed-lavrov-aleppo.txt");
    std::fs::read_to_string(p)
        .expect("examples/data/seed-lavrov-aleppo.txt is part of the repository")
}

/// Where the bench corpus is looked for: `$ARABIC_NEWS_BENCH_CORPUS`, else
/// `../shared/data/corpus/news-bench.txt.gz` beside the repository.
pub fn corpus_path() -> PathBuf {
    match std::env::var_os("ARABIC_NEWS_BENCH_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/corpus/news-bench.txt.gz")
        }
    }
}

/// The gunzipped bench corpus, or `None` (with a message on stderr) when it is absent.
pub fn corpus() -> Option<String> {
    let path = corpus_path();
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("skipping the corpus benches: {}: {e}", path.display());
            return None;
        }
    };
    let mut text = String::new();
    let result = if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::GzDecoder::new(file).read_to_string(&mut text)
    } else {
        std::io::BufReader::new(file).read_to_string(&mut text)
    };
    match result {
        Ok(_) => Some(text),
        Err(e) => {
            eprintln!("skipping the corpus benches: {}: {e}", path.display());
            None
        }
    }
}
