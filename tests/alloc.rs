//! Tokenizing allocates nothing: a counting global allocator (this test binary
//! only) sees no allocation while `tokenize`, `split_clitics` and the token
//! accessors run over real text.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    // Per thread, so that the test harness's other threads do not count.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count() {
    let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
}

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

// SAFETY: `GlobalAlloc` is an unsafe trait; this impl only counts and forwards every
// call unchanged to `System`, so it upholds exactly the guarantees `System` does. It is
// the only way to observe allocations, and lives in this test binary, not in the crate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during<R>(f: impl FnOnce() -> R) -> (usize, R) {
    let before = allocations();
    let r = f();
    (allocations() - before, r)
}

const MIXED: &str = "وقال لـ«العربية»: 2.5 مليون، ١٢٬٥٠٠ و٣٫٥ #غزة_الآن @UN \
    https://www.aljazeera.net/news info@example.com 👨\u{200D}👩\u{200D}👧 🇸🇾 \
    الر\u{200F}ئيس بـ\"CIA\" الـ Bau O'Brien COVID-19 د. U.S. ﷼ € ½ ـــ";

#[test]
fn tokenizing_allocates_nothing() {
    let article = include_str!("../examples/data/seed-lavrov-aleppo.txt");
    // Build the lazily loaded stop list before counting.
    let _ = arabic_news::tokenize::split_clitics("والحكومة");
    for text in [article, MIXED] {
        let (n, (tokens, bytes, splits)) = allocations_during(|| {
            let mut tokens = 0usize;
            let mut bytes = 0usize;
            let mut splits = 0usize;
            for t in arabic_news::tokenize(text) {
                tokens += 1;
                bytes += t.as_str().len() + t.span().len() + t.kind() as usize;
                splits += usize::from(t.clitics().is_split());
            }
            (tokens, bytes, splits)
        });
        assert!(tokens > 20 && bytes > 0 && splits > 0);
        assert_eq!(n, 0, "{n} allocations while tokenizing");
    }
}

#[test]
fn sentences_allocate_nothing() {
    let article = include_str!("../examples/data/seed-lavrov-aleppo.txt");
    let _ = arabic_news::sentences("د. أحمد.").count(); // builds the abbreviation list
    let (n, count) = allocations_during(|| arabic_news::sentences(article).count());
    assert!(count > 10);
    assert_eq!(n, 0, "{n} allocations while splitting sentences");
}
