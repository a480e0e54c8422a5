//! The shared evaluation corpus beside the repository (`../shared`), for the tests that
//! read real articles. A fresh clone has no `../shared`: these return `None` after
//! saying so, and the calling test passes without checking anything.
#![allow(dead_code)] // each test crate uses a part

use std::path::PathBuf;

/// `../shared/data/corpus/news-eval.jsonl`, relative to the crate.
pub fn eval_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/corpus/news-eval.jsonl")
}

/// The evaluation corpus as JSONL text (one `{"id", "text", ...}` object a line).
pub fn eval_jsonl() -> Option<String> {
    let path = eval_path();
    let data = std::fs::read_to_string(&path).ok();
    if data.is_none() {
        eprintln!("skipped: {} is absent", path.display());
    }
    data
}

/// The `text` of every article of the evaluation corpus.
pub fn eval_texts() -> Option<Vec<String>> {
    Some(
        eval_jsonl()?
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
            .collect(),
    )
}
