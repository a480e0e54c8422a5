//! Fuzz target: `analyze`: every span exact, lists in order, deterministic, equal to the extractors run alone.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
#[allow(dead_code)]
mod invariants;

use invariants::{check_analyze};

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 becomes U+FFFD, so that every input exercises the code.
    let text = String::from_utf8_lossy(data);
    check_analyze(&text);
});
