//! Sentence splitting on top of the tokenizer.

use std::sync::LazyLock;

use super::class::{classify, Cls};
use super::{tokenize, Token, TokenKind, Tokens};
use crate::span::{Fragment, Span};

/// Latin (lowercased) and multi-letter Arabic abbreviations.
static ABBREVIATIONS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&str> =
        crate::lexicon::entries(include_str!("data/abbreviations.txt")).collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// Iterator over the sentences of a text; see [`sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    tokens: Tokens<'a>,
    peeked: Option<Token<'a>>,
}

/// Splits `text` into sentences: trimmed spans, in order, not overlapping.
///
/// A sentence ends
/// - at `.` `!` `?` `؟` `…` `۔` (with any run of them: `؟!`, `...`), taking along
///   closing quote marks and brackets written right after it (`.»` `."` `.)`);
/// - at a line break (news paragraphs are lines; a headline without a final
///   full stop is a sentence of its own).
///
/// A `.` does not end a sentence inside a number (`3.5`), a URL or an e-mail
/// address (they are single tokens), after a one-letter abbreviation or
/// initial written right before it (`د.` doctor, `م.` engineer, `ق.م.` BC,
/// `هـ.` hijri year, `أ.ف.ب` AFP, `U.S.`, `J.`) unless that letter follows a
/// number (`عام 1948 م.` "in 1948 AD." ends the sentence), after an
/// abbreviation from `data/abbreviations.txt` (`Mr.` `Dr.` `Jan.` …), or
/// when a Latin lowercase letter follows it directly (`e.g.`).
///
/// ```
/// use arabic_news::sentences;
///
/// // "Dr. Ahmed said: «Prices rose 3.5%.» Then he left."
/// let text = "قال د. أحمد: «ارتفعت الأسعار 3.5%.» ثم غادر.";
/// let s: Vec<&str> = sentences(text).map(|f| f.as_str()).collect();
/// assert_eq!(s, ["قال د. أحمد: «ارتفعت الأسعار 3.5%.»", "ثم غادر."]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        tokens: tokenize(text),
        peeked: None,
    }
}

impl<'a> Sentences<'a> {
    fn take(&mut self) -> Option<Token<'a>> {
        self.peeked.take().or_else(|| self.tokens.next())
    }

    fn peek(&mut self) -> Option<Token<'a>> {
        if self.peeked.is_none() {
            self.peeked = self.tokens.next();
        }
        self.peeked
    }

    fn fragment(&self, start: usize, end: usize) -> Fragment<'a> {
        let span = Span::new(start, end);
        Fragment::from_parts(&self.text[span], span)
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Fragment<'a>;

    fn next(&mut self) -> Option<Fragment<'a>> {
        let first = self.take()?;
        let start = first.start();
        let (mut prev2, mut prev): (Option<Token<'a>>, Option<Token<'a>>) = (None, None);
        let mut cur = first;
        loop {
            let next = self.peek();
            if is_terminal(cur) && ends_here(prev2, prev, cur, next) {
                let mut end = cur.end();
                // Take along adjacent end marks and closing quotes / brackets.
                while let Some(n) = self.peek() {
                    if n.start() != end || n.kind() != TokenKind::Punctuation {
                        break;
                    }
                    if !(is_terminal(n) || is_closer(n.as_str())) {
                        break;
                    }
                    end = n.end();
                    self.peeked = None;
                }
                return Some(self.fragment(start, end));
            }
            let Some(next) = next else {
                return Some(self.fragment(start, cur.end()));
            };
            if has_line_break(&self.text[cur.end()..next.start()]) {
                return Some(self.fragment(start, cur.end()));
            }
            self.peeked = None;
            prev2 = prev;
            prev = Some(cur);
            cur = next;
        }
    }
}

impl core::iter::FusedIterator for Sentences<'_> {}

fn is_terminal(t: Token<'_>) -> bool {
    t.kind() == TokenKind::Punctuation
        && matches!(
            t.as_str(),
            "." | "!"
                | "?"
                | "؟"
                | "…"
                | "۔"
                | "‼"
                | "⁇"
                | "⁈"
                | "⁉"
                | "。"
                | "！"
                | "？"
                | "．"
        )
}

fn is_closer(s: &str) -> bool {
    matches!(
        s,
        "»" | "”" | "’" | "›" | "\"" | "'" | ")" | "]" | "}" | "﴿" | "）" | "」" | "』"
    )
}

#[inline]
fn has_line_break(gap: &str) -> bool {
    match gap.as_bytes() {
        [] | [b' '] => false,
        bytes => {
            bytes.iter().any(|&b| b == b'\n' || b == b'\r')
                || (!gap.is_ascii() && gap.contains(['\u{2028}', '\u{2029}', '\u{85}']))
        }
    }
}

/// Does the end mark `cur` end the sentence?
fn ends_here(
    prev2: Option<Token<'_>>,
    prev: Option<Token<'_>>,
    cur: Token<'_>,
    next: Option<Token<'_>>,
) -> bool {
    if !matches!(cur.as_str(), "." | "．") {
        return true;
    }
    let next = next.filter(|n| n.start() == cur.end());
    if let Some(p) = prev.filter(|p| p.end() == cur.start()) {
        // One letter and a full stop: an abbreviation or an initial, unless it
        // is an era letter after a year (1948م.); a letter right after the
        // stop continues a chain (ق.م. أ.ف.ب U.S.).
        let abbreviation_letter = next.is_some_and(|n| n.kind().is_word())
            || !prev2.is_some_and(|t| t.kind() == TokenKind::Number);
        match p.kind() {
            TokenKind::ArabicWord => {
                let letters = p
                    .as_str()
                    .chars()
                    .filter(|&c| classify(c) == Cls::ArLetter)
                    .count();
                if letters == 1 && abbreviation_letter {
                    return false;
                }
                if letters > 1 && ABBREVIATIONS.binary_search(&p.as_str()).is_ok() {
                    return false;
                }
            }
            TokenKind::Word => {
                let w = p.as_str();
                if w.chars().count() == 1 && abbreviation_letter {
                    return false;
                }
                if w.len() <= 8 && w.is_ascii() {
                    let mut buf = [0u8; 8];
                    buf[..w.len()].copy_from_slice(w.as_bytes());
                    buf[..w.len()].make_ascii_lowercase();
                    let lower = core::str::from_utf8(&buf[..w.len()]).unwrap_or("");
                    if ABBREVIATIONS.binary_search(&lower).is_ok() {
                        return false;
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(n) = next {
        if n.kind() == TokenKind::Word && n.as_str().starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
    }
    true
}
