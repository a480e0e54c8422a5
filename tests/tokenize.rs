//! Behaviour tables for `tokenize`, `sentences` and `split_clitics`
//! (`tests/data/tokenize*.txt`), explicit byte spans, and the invariant that
//! tokens plus skipped gaps rebuild the input, on generated text and on real
//! articles.

use arabic_news::tokenize::split_clitics;
use arabic_news::{sentences, tokenize, Span, Token, TokenKind};
use proptest::prelude::*;

/// Replaces `\u{XXXX}`, `\n`, `\r` and `\t` escapes.
#[path = "common/escape.rs"]
mod escape;
use escape::unescape;

fn kind_from(name: &str) -> TokenKind {
    match name {
        "ArabicWord" => TokenKind::ArabicWord,
        "Word" => TokenKind::Word,
        "Number" => TokenKind::Number,
        "Punctuation" => TokenKind::Punctuation,
        "Symbol" => TokenKind::Symbol,
        "Url" => TokenKind::Url,
        "Email" => TokenKind::Email,
        "Hashtag" => TokenKind::Hashtag,
        "Mention" => TokenKind::Mention,
        "Emoji" => TokenKind::Emoji,
        _ => panic!("unknown kind {name}"),
    }
}

/// `(input, out)` pairs of a table file.
fn cases(table: &str) -> Vec<(String, String)> {
    let mut v = Vec::new();
    let mut input = None;
    for line in table.lines() {
        if let Some(i) = line.strip_prefix("in:") {
            input = Some(unescape(i.strip_prefix(' ').unwrap_or(i)));
        } else if let Some(o) = line.strip_prefix("out:") {
            let i = input.take().expect("out: without in:");
            v.push((i, o.trim().to_string()));
        }
    }
    assert!(input.is_none(), "in: without out:");
    v
}

/// Characters the tokenizer may skip between tokens.
fn skippable(gap: &str) -> bool {
    gap.chars().all(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{061C}' | '\u{FEFF}' | '\u{AD}' | '\u{180E}' | '\u{FFF9}'..='\u{FFFB}' | '\u{600}'..='\u{605}' | '\u{890}' | '\u{891}' | '\u{8E2}' | '\u{E0000}'..='\u{E007F}')
    })
}

#[test]
fn token_table() {
    let table = include_str!("data/tokenize.txt");
    let cases = cases(table);
    assert!(cases.len() >= 40, "{} cases", cases.len());
    for (input, out) in cases {
        let mut expected = Vec::new();
        let mut from = 0;
        for item in out.split(' ').filter(|s| !s.is_empty()) {
            let slash = item.rfind('/').expect("token without /Kind");
            let text = unescape(&item[..slash]);
            let kind = kind_from(&item[slash + 1..]);
            let at = from
                + input[from..]
                    .find(&text)
                    .unwrap_or_else(|| panic!("{text:?} not in {input:?} after {from}"));
            assert!(
                skippable(&input[from..at]),
                "{input:?}: gap before {text:?}"
            );
            expected.push((text.clone(), kind, Span::new(at, at + text.len())));
            from = at + text.len();
        }
        assert!(
            skippable(&input[from..]),
            "{input:?}: text after the last token"
        );
        let got: Vec<_> = tokenize(&input)
            .map(|t| (t.as_str().to_string(), t.kind(), t.span()))
            .collect();
        assert_eq!(got, expected, "input {input:?}");
    }
}

#[test]
fn explicit_spans() {
    // (input, [(start, end, kind)]), spans counted by hand: Arabic letters and
    // marks take 2 bytes, tatweel 2, « » 2, ASCII 1.
    use TokenKind::*;
    type Case = (&'static str, &'static [(usize, usize, TokenKind)]);
    let cases: &[Case] = &[
        ("لـ52", &[(0, 4, ArabicWord), (4, 6, Number)]),
        (
            "و«جبهة",
            &[(0, 2, ArabicWord), (2, 4, Punctuation), (4, 12, ArabicWord)],
        ),
        (
            "٣٫٥ مليون.",
            &[(0, 6, Number), (7, 17, ArabicWord), (17, 18, Punctuation)],
        ),
        ("2.5 مليون", &[(0, 3, Number), (4, 14, ArabicWord)]),
        (
            "بـ\"العربية\"",
            &[
                (0, 4, ArabicWord),
                (4, 5, Punctuation),
                (5, 19, ArabicWord),
                (19, 20, Punctuation),
            ],
        ),
        ("#غزة_الآن", &[(0, 16, Hashtag)]),
        (
            "\u{200F}ب\u{200F} ب",
            &[(3, 5, ArabicWord), (9, 11, ArabicWord)],
        ),
        ("🇸🇾!", &[(0, 8, Emoji), (8, 9, Punctuation)]),
    ];
    for (input, want) in cases {
        let got: Vec<_> = tokenize(input)
            .map(|t| (t.start(), t.end(), t.kind()))
            .collect();
        assert_eq!(&got, want, "{input:?}");
    }
}

#[test]
fn sentence_table() {
    for (input, out) in cases(include_str!("data/tokenize_sentences.txt")) {
        let expected: Vec<String> = if out.is_empty() {
            vec![]
        } else {
            out.split(" ‖ ").map(unescape).collect()
        };
        let got: Vec<_> = sentences(&input).collect();
        for s in &got {
            assert_eq!(&input.as_str()[s.span()], s.as_str());
            assert_eq!(s.as_str(), s.as_str().trim(), "not trimmed");
        }
        let got: Vec<String> = got.iter().map(|s| s.as_str().to_string()).collect();
        assert_eq!(got, expected, "input {input:?}");
    }
}

#[test]
fn clitic_table() {
    let table = include_str!("data/tokenize_clitics.txt");
    let mut n = 0;
    for line in table
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (word, parts) = line.split_once('\t').expect("word<TAB>parts");
        let c = split_clitics(word);
        let mut got: Vec<&str> = c.proclitics().collect();
        got.push(c.stem());
        assert_eq!(got.join("+"), parts, "{word}");
        assert_eq!(c.prefix().len() + c.stem().len(), word.len());
        n += 1;
    }
    assert!(n >= 50);
}

#[test]
fn token_clitics_spans_point_into_the_text() {
    let text = "وقال إنه ذهب وبالتالي للمرة الأولى";
    for tok in tokenize(text) {
        let c = tok.clitics();
        let parts: Vec<&str> = c.spans().map(|s| &text[s]).collect();
        assert_eq!(parts.concat(), tok.as_str());
        assert_eq!(&text[c.stem_span()], c.stem());
    }
    let t = tokenize(text).nth(3).unwrap();
    assert_eq!(
        t.clitics().proclitics().collect::<Vec<_>>(),
        ["و", "ب", "ال"]
    );
}

/// Checks every invariant of one tokenization: spans on char boundaries and
/// matching the text, in order, not empty, and the gaps between tokens only
/// white space and format controls, so that tokens + gaps rebuild the input.
fn check_rebuild(input: &str) {
    let mut rebuilt = String::with_capacity(input.len());
    let mut prev = 0;
    for t in tokenize(input) {
        let span = t.span();
        assert!(
            span.start >= prev && span.end > span.start,
            "{t:?} in {input:?}"
        );
        assert_eq!(&input[span], t.as_str());
        let gap = &input[prev..span.start];
        assert!(skippable(gap), "gap {gap:?} before {t:?} in {input:?}");
        rebuilt.push_str(gap);
        rebuilt.push_str(t.as_str());
        prev = span.end;
    }
    let gap = &input[prev..];
    assert!(skippable(gap), "trailing gap {gap:?} in {input:?}");
    rebuilt.push_str(gap);
    assert_eq!(rebuilt, input);
    for s in sentences(input) {
        assert_eq!(&input[s.span()], s.as_str());
        assert!(!s.as_str().is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn tokens_and_gaps_rebuild_any_string(s in any::<String>()) {
        check_rebuild(&s);
    }

    #[test]
    fn tokens_and_gaps_rebuild_arabic_text(s in "[ \\n\\u{A0}\\u{200C}\\u{200F}\\u{600}-\\u{6FF}0-9a-z.,:#@/«»\"'_😀\\u{1F3FB}\\u{200D}\\u{FE0F}-]{0,80}") {
        check_rebuild(&s);
    }

    #[test]
    fn every_non_space_char_is_covered(s in "[\\u{620}-\\u{6FF} .٫,0-9\\n]{0,60}") {
        // No format controls here: every byte but white space is in a token.
        let covered: usize = tokenize(&s).map(|t: Token<'_>| t.as_str().len()).sum();
        let visible: usize = s.chars().filter(|c| !c.is_whitespace()).map(char::len_utf8).sum();
        prop_assert_eq!(covered, visible);
    }
}

#[test]
fn rebuilds_the_included_article() {
    let text = include_str!("../examples/data/seed-lavrov-aleppo.txt");
    check_rebuild(text);
    assert!(tokenize(text).count() > 500);
}

#[test]
fn rebuilds_the_dev_articles_when_present() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/dev");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipping: no {}", dir.display());
        return;
    };
    let mut n = 0;
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "txt") {
            check_rebuild(&std::fs::read_to_string(&p).unwrap());
            n += 1;
        }
    }
    eprintln!("checked {n} dev articles");
}

#[test]
fn pathological_inputs_do_not_panic() {
    let many_quotes = "«".repeat(100_000);
    assert_eq!(tokenize(&many_quotes).count(), 100_000);
    let long_number = "1".repeat(400);
    assert_eq!(tokenize(&long_number).count(), 1);
    let marks = "\u{064E}".repeat(1000);
    check_rebuild(&marks);
    let bidi = "\u{200F}".repeat(1000) + "ب";
    check_rebuild(&bidi);
    check_rebuild("");
    check_rebuild("\u{0651}");
    check_rebuild("ـ");
    check_rebuild("http://");
    check_rebuild("@@##");
    check_rebuild("a@b.");
    check_rebuild(&"ب\u{200C}".repeat(10_000));
    check_rebuild(&"1.".repeat(10_000));
}

/// Inputs that make a naive scanner re-read the same text for every token.
#[test]
fn no_quadratic_rescans() {
    for unit in [
        "ab.",
        "a-",
        "a.",
        "ab_",
        "x+",
        "http://a)",
        "#_",
        "ب\u{200F}",
    ] {
        let text = unit.repeat(200_000 / unit.len());
        let t = std::time::Instant::now();
        check_rebuild(&text);
        let secs = t.elapsed().as_secs_f64();
        assert!(
            secs < 5.0,
            "{unit:?} x {}: {secs:.1} s",
            text.len() / unit.len()
        );
    }
    let url = format!("http://a{}", ")".repeat(200_000));
    let t = std::time::Instant::now();
    assert_eq!(tokenize(&url).count(), 200_001);
    assert!(t.elapsed().as_secs_f64() < 5.0);
}

#[test]
fn public_types_are_send_sync_copy() {
    fn send_sync<T: Send + Sync + std::panic::UnwindSafe>() {}
    fn copy<T: Copy>() {}
    send_sync::<Token<'static>>();
    send_sync::<arabic_news::Tokens<'static>>();
    send_sync::<arabic_news::Sentences<'static>>();
    copy::<Token<'static>>();
    copy::<arabic_news::tokenize::Clitics<'static>>();
    assert!(std::mem::size_of::<Token<'static>>() <= 32);
}
