//! Fuzz target: `tokenize` and `sentences`: exact, non-empty, ordered, disjoint spans;
//! deterministic; clitic spans tile each token.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
#[allow(dead_code)]
mod invariants;

use invariants::{check_sentences, check_tokens};

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 becomes U+FFFD, so that every input exercises the code.
    let text = String::from_utf8_lossy(data);
    check_tokens(&text);
    check_sentences(&text);
});
