//! A private, allocation-light scanner: words, punctuation and paragraph breaks,
//! each with its byte span, plus a folded form of every word for lexicon lookup.
//!
//! The crate tokenizer is developed in parallel; this module keeps `quotes`
//! independent of it and needs only what attribution needs.

use crate::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters, digits and marks.
    Word,
    /// One punctuation or symbol character.
    Punct(char),
    /// A line break: paragraph boundary.
    Break,
}

/// A token with its span and the byte range of its folded form in [`Scan::folded`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub kind: Kind,
    pub span: Span,
    pub fold: (u32, u32),
}

/// Tokens of one text and their folded forms.
pub(crate) struct Scan {
    pub toks: Vec<Tok>,
    pub folded: String,
    /// `wb[i]` = number of word tokens before token `i`.
    pub wb: Vec<u32>,
}

impl Scan {
    /// Number of word tokens before token `i`.
    #[inline]
    pub fn words_before(&self, i: usize) -> u32 {
        self.wb[i.min(self.wb.len() - 1)]
    }

    /// Folded form of token `i` ("" for punctuation).
    #[inline]
    pub fn f(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.folded[t.fold.0 as usize..t.fold.1 as usize],
            None => "",
        }
    }

    /// True when token `i` is the punctuation `c`.
    #[inline]
    pub fn is(&self, i: usize, c: char) -> bool {
        matches!(self.toks.get(i), Some(t) if t.kind == Kind::Punct(c))
    }

    /// True when token `i` is a word.
    #[inline]
    pub fn word(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if t.kind == Kind::Word)
    }
}

#[inline]
fn is_mark(c: char) -> bool {
    // Arabic diacritics, superscript alef, Quranic marks, tatweel.
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

#[inline]
fn is_word_char(c: char) -> bool {
    match c {
        // Fast paths: ASCII, the Arabic letters and digits, spaces.
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0621}'..='\u{065F}' | '\u{0660}'..='\u{0669}' | '\u{066E}'..='\u{06D3}' => true,
        '\0'..='\u{7F}' => false,
        _ => c.is_alphanumeric() || is_mark(c) || matches!(c, '\u{200C}' | '\u{200D}'),
    }
}

/// Folds one char for matching; `None` drops it.
#[inline]
pub(crate) fn fold_char(c: char) -> Option<char> {
    if is_mark(c) || matches!(c, '\u{200C}' | '\u{200D}') {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        _ => c.to_ascii_lowercase(),
    })
}

/// True when some byte of `w` may start a char that [`fold_char`] changes: the
/// folded letters, marks and digits of the Arabic block, ZWNJ/ZWJ, ASCII capitals.
/// A word without one is copied as it is.
#[inline]
fn needs_fold(w: &str) -> bool {
    let b = w.as_bytes();
    let mut k = 0;
    while k < b.len() {
        match b[k] {
            b'A'..=b'Z' => return true,
            0xD8 => {
                if matches!(b.get(k + 1), Some(0x90..=0x9A | 0xA2..=0xA6 | 0xA9)) {
                    return true;
                }
                k += 2;
                continue;
            }
            0xD9 => {
                if matches!(
                    b.get(k + 1),
                    Some(0x80 | 0x89 | 0x8B..=0x9F | 0xA0..=0xA9 | 0xB0 | 0xB1)
                ) {
                    return true;
                }
                k += 2;
                continue;
            }
            0x80..=0xBF => {}
            0xC0..=0xD7 | 0xDA..=0xFF => return true,
            _ => {}
        }
        k += 1;
    }
    false
}

/// Folds a whole string (used for lexicon entries).
pub(crate) fn fold(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// The char at byte `i` (a char boundary) and its length, with a fast path for
/// ASCII and the two-byte Arabic block.
#[inline]
fn decode(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes();
    let b0 = b[i];
    if b0 < 0x80 {
        return (char::from(b0), 1);
    }
    if (0xC2..=0xDF).contains(&b0) && i + 1 < b.len() {
        let cp = (u32::from(b0 & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
        if let Some(c) = char::from_u32(cp) {
            return (c, 2);
        }
    }
    match text[i..].chars().next() {
        Some(c) => (c, c.len_utf8()),
        None => ('\0', 1),
    }
}

/// Scans `text` into tokens in one pass.
pub(crate) fn scan(text: &str) -> Scan {
    let mut toks = Vec::with_capacity(text.len() / 6 + 1);
    let mut folded = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (c, w) = decode(text, i);
        if is_word_char(c) {
            let fs = folded.len() as u32;
            let mut end = i + w;
            while end < bytes.len() {
                let (d, dw) = decode(text, end);
                if !is_word_char(d) {
                    break;
                }
                end += dw;
            }
            let word = &text[i..end];
            if needs_fold(word) {
                folded.extend(word.chars().filter_map(fold_char));
            } else {
                folded.push_str(word);
            }
            toks.push(Tok {
                kind: Kind::Word,
                span: Span::new(i, end),
                fold: (fs, folded.len() as u32),
            });
            i = end;
            continue;
        } else if c == '\n' || c == '\u{2029}' {
            // Consecutive breaks are one paragraph boundary.
            if !matches!(
                toks.last(),
                Some(Tok {
                    kind: Kind::Break,
                    ..
                })
            ) {
                let n = folded.len() as u32;
                toks.push(Tok {
                    kind: Kind::Break,
                    span: Span::new(i, i + c.len_utf8()),
                    fold: (n, n),
                });
            }
        } else if c.is_whitespace()
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        {
        } else {
            let n = folded.len() as u32;
            toks.push(Tok {
                kind: Kind::Punct(c),
                span: Span::new(i, i + c.len_utf8()),
                fold: (n, n),
            });
        }
        i += w;
    }
    let mut wb = Vec::with_capacity(toks.len() + 1);
    let mut n = 0u32;
    for t in &toks {
        wb.push(n);
        n += u32::from(t.kind == Kind::Word);
    }
    wb.push(n);
    Scan { toks, folded, wb }
}

/// True when token `i` ends a sentence: . ! ? ؟ … or a paragraph break.
#[inline]
pub(crate) fn ends_sentence(s: &Scan, i: usize) -> bool {
    match s.toks.get(i).map(|t| t.kind) {
        Some(Kind::Break) => true,
        Some(Kind::Punct(c)) => {
            matches!(c, '!' | '?' | '؟' | '…') || (c == '.' && !is_abbrev_dot(s, i))
        }
        _ => false,
    }
}

/// A dot inside an abbreviation (بي.إف.إم، د.نبيل) or a number does not end a sentence.
fn is_abbrev_dot(s: &Scan, i: usize) -> bool {
    let (Some(t), Some(prev), Some(next)) = (
        s.toks.get(i),
        i.checked_sub(1).and_then(|p| s.toks.get(p)),
        s.toks.get(i + 1),
    ) else {
        return false;
    };
    prev.span.end == t.span.start
        && next.span.start == t.span.end
        && next.kind == Kind::Word
        && prev.kind == Kind::Word
}

/// Strips the proclitics و ف (one) and then ل or ب (one) from a folded word,
/// returning the candidates from longest to shortest.
pub(crate) fn clitic_forms(w: &str) -> [Option<&str>; 3] {
    let mut out = [Some(w), None, None];
    let mut rest = w;
    let mut k = 1;
    if let Some(r) = rest.strip_prefix('و').or_else(|| rest.strip_prefix('ف')) {
        if r.chars().count() >= 2 {
            out[k] = Some(r);
            k += 1;
            rest = r;
        }
    }
    if let Some(r) = rest.strip_prefix('ل') {
        if r.chars().count() >= 3 && k < 3 {
            out[k] = Some(r);
        }
    }
    out
}

/// The word without the article ال (and without a leading و/ف/ل/ب proclitic before it).
pub(crate) fn bare(w: &str) -> &str {
    let w2 = w
        .strip_prefix("وال")
        .or_else(|| w.strip_prefix("بال"))
        .or_else(|| w.strip_prefix("فال"))
        .or_else(|| w.strip_prefix("لل"))
        .or_else(|| w.strip_prefix("ال"));
    match w2 {
        Some(r) if r.chars().count() >= 2 => r,
        _ => w,
    }
}

/// True when the folded word carries the article (الـ, والـ, بالـ, لل).
pub(crate) fn definite(w: &str) -> bool {
    bare(w).len() != w.len()
}
