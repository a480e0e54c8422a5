//! Compile-time check that the public types can cross and be shared between
//! threads (the `analyze --jsonl --threads N` workers rely on it), and survive an
//! unwind, like aho-corasick's `oibits` test. The test passes when it compiles.

use std::panic::{RefUnwindSafe, UnwindSafe};

fn assert_send_sync<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    assert_send_sync::<arabic_news::Span>();
    assert_send_sync::<arabic_news::Fragment<'static>>();
    assert_send_sync::<arabic_news::Token<'static>>();
    assert_send_sync::<arabic_news::TokenKind>();
    assert_send_sync::<arabic_news::Tokens<'static>>();
    assert_send_sync::<arabic_news::Sentences<'static>>();
    assert_send_sync::<arabic_news::Analysis<'static>>();
    assert_send_sync::<arabic_news::numbers::NumberMention<'static>>();
    assert_send_sync::<arabic_news::casualties::CasualtyFigure<'static>>();
    assert_send_sync::<arabic_news::quotes::Quote<'static>>();
    assert_send_sync::<arabic_news::tokenize::Clitics<'static>>();
    assert_send_sync::<arabic_news::tokenize::Proclitics<'static>>();
    assert_send_sync::<arabic_news::normalize::Normalizer>();
    assert_send_sync::<arabic_news::normalize::NormalizerBuilder>();
    assert_send_sync::<arabic_news::normalize::Normalized<'static>>();
    assert_send_sync::<arabic_news::normalize::CleanedArticle<'static>>();
    assert_send_sync::<arabic_news::normalize::RemovedLine<'static>>();
    assert_send_sync::<arabic_news::normalize::Boilerplate>();
}

/// The same, through real threads: one article analysed on many at once.
#[test]
fn analyze_runs_on_many_threads_at_once() {
    let text = "وقال الوزير: «قتل 3 أشخاص وأصيب أكثر من 20 آخرين».";
    let here = format!("{:?}", arabic_news::analyze(text));
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| s.spawn(|| format!("{:?}", arabic_news::analyze(text))))
            .collect();
        for h in handles {
            assert_eq!(h.join().expect("no panic"), here);
        }
    });
}
