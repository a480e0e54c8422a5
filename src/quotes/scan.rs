//! A private, allocation-light scanner: words, punctuation and paragraph breaks,
//! each with its byte span, plus a folded form of every word for lexicon lookup.
//!
//! The crate tokenizer is developed in parallel; this module keeps `quotes`
//! independent of it and needs only what attribution needs.
//!
//! The scan works on bytes: one table lookup classifies an ASCII byte or a char
//! of the Arabic block (U+0600..U+06FF), other chars take a slower path. A word
//! whose folded form equals its text is not copied: [`Scan::f`] borrows it from
//! the text, and only words that fold differently are written to a buffer.

use std::sync::LazyLock;

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

/// Set in [`Tok::fs`] when the folded form lives in [`Scan::folded`].
const IN_BUF: u32 = 1 << 31;

/// A token: its byte span and where its folded form is (20 bytes).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    start: u32,
    end: u32,
    /// Start of the folded form: in the text, or in the buffer when `IN_BUF` is set.
    fs: u32,
    fe: u32,
    pub kind: Kind,
}

impl Tok {
    /// The token's byte span in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// Tokens of one text and their folded forms.
pub(crate) struct Scan<'t> {
    pub toks: Vec<Tok>,
    text: &'t str,
    /// Folded forms of the words that fold differently from their text.
    folded: String,
    /// `wb[i]` = number of word tokens before token `i`.
    wb: Vec<u32>,
}

impl Scan<'_> {
    /// Number of word tokens before token `i`.
    #[inline]
    pub fn words_before(&self, i: usize) -> u32 {
        self.wb[i.min(self.wb.len() - 1)]
    }

    /// Folded form of token `i` ("" for punctuation).
    #[inline]
    pub fn f(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.fs & IN_BUF != 0 => self
                .folded
                .get((t.fs & !IN_BUF) as usize..t.fe as usize)
                .unwrap_or(""),
            Some(t) => self.text.get(t.fs as usize..t.fe as usize).unwrap_or(""),
            None => "",
        }
    }

    /// True when token `i` is the punctuation `c`.
    #[inline]
    pub fn is(&self, i: usize, c: char) -> bool {
        matches!(self.toks.get(i), Some(t) if t.kind == Kind::Punct(c))
    }

    /// Token `i` as written ("" past the end).
    #[inline]
    pub fn raw(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => self
                .text
                .get(t.start as usize..t.end as usize)
                .unwrap_or(""),
            None => "",
        }
    }

    /// True when token `i` is a word.
    #[inline]
    pub fn word(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if t.kind == Kind::Word)
    }
}

/// The longest text the scanner takes: offsets are `u32` with one flag bit.
pub(crate) const MAX_LEN: usize = (IN_BUF - 1) as usize;

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

/// Folds a whole string (used for lexicon entries).
pub(crate) fn fold(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// Char classes of the scanner.
const WORD: u8 = 0;
/// A word char that folds to another char or to nothing.
const WORD_FOLD: u8 = 1;
const SPACE: u8 = 2;
const BREAK: u8 = 3;
const PUNCT: u8 = 4;

fn classify(c: char) -> u8 {
    if is_word_char(c) {
        if fold_char(c) == Some(c) {
            WORD
        } else {
            WORD_FOLD
        }
    } else if c == '\n' || c == '\u{2029}' {
        BREAK
    } else if c.is_whitespace()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
    {
        SPACE
    } else {
        PUNCT
    }
}

/// Classes of ASCII and of the Arabic block, and the folded Arabic chars.
struct Tables {
    ascii: [u8; 128],
    arabic: [u8; 256],
    arabic_fold: [Option<char>; 256],
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut t = Tables {
        ascii: [PUNCT; 128],
        arabic: [PUNCT; 256],
        arabic_fold: [None; 256],
    };
    for (b, slot) in (0u8..128).zip(t.ascii.iter_mut()) {
        *slot = classify(char::from(b));
    }
    for k in 0..256u32 {
        if let Some(c) = char::from_u32(0x0600 + k) {
            t.arabic[k as usize] = classify(c);
            t.arabic_fold[k as usize] = fold_char(c);
        }
    }
    t
});

/// Index into the Arabic tables of a two-byte char led by 0xD8..=0xDB.
#[inline]
fn arabic_index(b0: u8, b1: u8) -> usize {
    (usize::from(b0 - 0xD8) << 6) | usize::from(b1 & 0x3F)
}

/// The class and byte length of the char at byte `i` (a char boundary).
#[inline(always)]
fn class_at(t: &Tables, text: &str, i: usize) -> (u8, usize) {
    let b = text.as_bytes();
    let b0 = b[i];
    if b0 < 0x80 {
        return (t.ascii[usize::from(b0)], 1);
    }
    if (0xD8..=0xDB).contains(&b0) {
        if let Some(&b1) = b.get(i + 1) {
            return (t.arabic[arabic_index(b0, b1)], 2);
        }
    }
    let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or('\0');
    let class = match c {
        '«' | '»' | '“' | '”' | '–' | '—' | '…' | '’' | '‘' => PUNCT,
        '\u{A0}' | '\u{200E}' | '\u{200F}' => SPACE,
        _ => classify(c),
    };
    (class, c.len_utf8().max(1))
}

/// Appends the folded form of `word` to `buf`.
fn fold_into(t: &Tables, word: &str, buf: &mut String) {
    let b = word.as_bytes();
    let mut k = 0;
    while k < b.len() {
        let b0 = b[k];
        if b0 < 0x80 {
            buf.push(char::from(b0.to_ascii_lowercase()));
            k += 1;
        } else if (0xD8..=0xDB).contains(&b0) && k + 1 < b.len() {
            if let Some(c) = t.arabic_fold[arabic_index(b0, b[k + 1])] {
                buf.push(c);
            }
            k += 2;
        } else {
            let c = word.get(k..).and_then(|r| r.chars().next()).unwrap_or('\0');
            if let Some(f) = fold_char(c) {
                buf.push(f);
            }
            k += c.len_utf8().max(1);
        }
    }
}

/// Scans `text` into tokens in one pass. A text longer than [`MAX_LEN`] gives no tokens.
pub(crate) fn scan(text: &str) -> Scan<'_> {
    let t = &*TABLES;
    let n = text.len();
    let mut toks: Vec<Tok> = Vec::new();
    let mut folded = String::new();
    if n <= MAX_LEN {
        toks.reserve(n / 6 + 1);
        folded.reserve(n / 4);
    }
    let mut i = 0;
    while i < n && n <= MAX_LEN {
        let (class, w) = class_at(t, text, i);
        match class {
            WORD | WORD_FOLD => {
                let start = i;
                let mut fold = class == WORD_FOLD;
                i += w;
                while i < n {
                    let (c, w) = class_at(t, text, i);
                    if c > WORD_FOLD {
                        break;
                    }
                    fold |= c == WORD_FOLD;
                    i += w;
                }
                let (fs, fe) = if fold {
                    let fs = folded.len() as u32;
                    fold_into(t, &text[start..i], &mut folded);
                    (fs | IN_BUF, folded.len() as u32)
                } else {
                    (start as u32, i as u32)
                };
                toks.push(Tok {
                    start: start as u32,
                    end: i as u32,
                    fs,
                    fe,
                    kind: Kind::Word,
                });
                continue;
            }
            BREAK => {
                // Consecutive breaks are one paragraph boundary.
                if !matches!(toks.last(), Some(t) if t.kind == Kind::Break) {
                    toks.push(Tok {
                        start: i as u32,
                        end: (i + w) as u32,
                        fs: IN_BUF,
                        fe: 0,
                        kind: Kind::Break,
                    });
                }
            }
            SPACE => {}
            // #حركة_الجهاد: a hashtag reads as its words; # and _ are spaces there.
            PUNCT
                if matches!(text.as_bytes()[i], b'#' | b'_')
                    && i + 1 < n
                    && class_at(t, text, i + 1).0 <= WORD_FOLD
                    && (text.as_bytes()[i] == b'#'
                        || toks
                            .last()
                            .is_some_and(|t| t.kind == Kind::Word && t.end as usize == i)) => {}
            _ => {
                let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or('\0');
                toks.push(Tok {
                    start: i as u32,
                    end: (i + w) as u32,
                    fs: IN_BUF,
                    fe: 0,
                    kind: Kind::Punct(c),
                });
            }
        }
        i += w;
    }
    let mut wb = Vec::with_capacity(toks.len() + 1);
    let mut k = 0u32;
    for t in &toks {
        wb.push(k);
        k += u32::from(t.kind == Kind::Word);
    }
    wb.push(k);
    Scan {
        toks,
        text,
        folded,
        wb,
    }
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
    prev.end == t.start && next.start == t.end && next.kind == Kind::Word && prev.kind == Kind::Word
}

/// Strips the proclitics و ف (one) and then ل or ب (one) from a folded word,
/// returning the candidates from longest to shortest.
pub(crate) fn clitic_forms(w: &str) -> [Option<&str>; 3] {
    let mut out = [Some(w), None, None];
    let mut rest = w;
    let mut k = 1;
    // Letters are two bytes: a length test in bytes is a count of letters.
    if let Some(r) = rest.strip_prefix('و').or_else(|| rest.strip_prefix('ف')) {
        if r.len() >= 4 {
            out[k] = Some(r);
            k += 1;
            rest = r;
        }
    }
    if let Some(r) = rest.strip_prefix('ل') {
        if r.len() >= 6 && k < 3 {
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

/// True when token `k` is a complementizer that opens reported content (أنّ/إنّ/بأنّ
/// and their pronoun forms). فان written without hamza right after a word or a hyphen
/// is the name particle "van" (ماري-فان دورن), not فإن, which follows a comma or is
/// written with its hamza.
pub(crate) fn complementizer(s: &Scan, k: usize) -> bool {
    if !s.word(k) || !super::cues::complementizer(s.f(k)) {
        return false;
    }
    let van =
        s.f(k) == "فان" && !s.raw(k).contains('إ') && k > 0 && (s.word(k - 1) || s.is(k - 1, '-'));
    !van
}

/// True for a folded form of كان "was" (with و): its subject follows it at once.
pub(crate) fn kana(w: &str) -> bool {
    matches!(w, "كان" | "كانت" | "كانوا" | "وكان" | "وكانت" | "وكانوا")
}

/// True for a relative pronoun (الذي، التي ...): the clause after it has its own subject.
pub(crate) fn relative(w: &str) -> bool {
    matches!(w, "الذي" | "التي" | "الذين" | "اللذين" | "اللتين")
}
