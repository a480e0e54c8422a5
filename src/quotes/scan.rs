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
    c.is_alphanumeric() || is_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
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

/// Folds a whole string (used for lexicon entries).
pub(crate) fn fold(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// Scans `text` into tokens in one pass.
pub(crate) fn scan(text: &str) -> Scan {
    let mut toks = Vec::with_capacity(text.len() / 6 + 1);
    let mut folded = String::with_capacity(text.len());
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_word_char(c) {
            let fs = folded.len() as u32;
            if let Some(f) = fold_char(c) {
                folded.push(f);
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !is_word_char(d) {
                    break;
                }
                if let Some(f) = fold_char(d) {
                    folded.push(f);
                }
                end = j + d.len_utf8();
                it.next();
            }
            toks.push(Tok {
                kind: Kind::Word,
                span: Span::new(i, end),
                fold: (fs, folded.len() as u32),
            });
        } else if c == '\n' || c == '\u{2029}' {
            // Consecutive breaks are one paragraph boundary.
            if !matches!(toks.last(), Some(Tok { kind: Kind::Break, .. })) {
                let n = folded.len() as u32;
                toks.push(Tok {
                    kind: Kind::Break,
                    span: Span::new(i, i + c.len_utf8()),
                    fold: (n, n),
                });
            }
        } else if c.is_whitespace() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}') {
            continue;
        } else {
            let n = folded.len() as u32;
            toks.push(Tok {
                kind: Kind::Punct(c),
                span: Span::new(i, i + c.len_utf8()),
                fold: (n, n),
            });
        }
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
            matches!(c, '!' | '?' | '؟' | '…')
                || (c == '.' && !is_abbrev_dot(s, i))
        }
        _ => false,
    }
}

/// A dot inside an abbreviation (بي.إف.إم، د.نبيل) or a number does not end a sentence.
fn is_abbrev_dot(s: &Scan, i: usize) -> bool {
    let (Some(t), Some(prev), Some(next)) = (s.toks.get(i), i.checked_sub(1).and_then(|p| s.toks.get(p)), s.toks.get(i + 1)) else {
        return false;
    };
    prev.span.end == t.span.start && next.span.start == t.span.end && next.kind == Kind::Word && prev.kind == Kind::Word
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
