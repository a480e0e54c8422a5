//! Fuzz target: `normalize` and both presets (`Normalizer::search`, `display`): deterministic,
//! idempotent, borrowed exactly when nothing changes, offset map monotone onto char
//! boundaries; `clean_article`: exact, ordered, disjoint lines.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
#[allow(dead_code)]
mod invariants;

use invariants::{check_clean, check_normalize};

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 becomes U+FFFD, so that every input exercises the code.
    let text = String::from_utf8_lossy(data);
    check_normalize(&text);
    check_clean(&text);
});
