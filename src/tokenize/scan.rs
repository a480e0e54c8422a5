//! The byte-level scanner behind [`tokenize`](super::tokenize).
//!
//! Every function is generic over `FAST`. With `FAST = true` the scanner reads
//! ASCII bytes and two-byte UTF-8 sequences of the Arabic block (lead bytes
//! 0xD8–0xDB) straight from the byte slice through lookup tables, and runs tight
//! loops over Arabic words, ASCII words and ASCII digits. With `FAST = false`
//! every character is decoded by `str::chars` and classified by
//! [`classify`](super::class::classify): the slow, obviously right twin that
//! the property tests compare the fast path with.

use super::class::{self, Cls, ARABIC, ASCII, KEYCAP, VS15, VS16, ZWJ};
use super::TokenKind;

/// One decoded character: its class, code point and UTF-8 length.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ch {
    pub(crate) cls: Cls,
    pub(crate) cp: u32,
    pub(crate) len: usize,
}

/// The character starting at byte `i` of `s`, or `None` at the end.
/// `i` is always on a char boundary.
#[inline(always)]
pub(crate) fn at<const FAST: bool>(s: &str, i: usize) -> Option<Ch> {
    let b = s.as_bytes();
    if FAST {
        let b0 = *b.get(i)?;
        if b0 < 0x80 {
            return Some(Ch {
                cls: ASCII[b0 as usize],
                cp: b0 as u32,
                len: 1,
            });
        }
        if b0 & 0xFC == 0xD8 {
            // U+0600–U+06FF: 110110xx 10xxxxxx. The text is valid UTF-8, so the
            // continuation byte is there.
            let idx = (((b0 & 0x03) as usize) << 6) | (b[i + 1] & 0x3F) as usize;
            return Some(Ch {
                cls: ARABIC[idx],
                cp: 0x600 + idx as u32,
                len: 2,
            });
        }
    }
    let c = s.get(i..)?.chars().next()?;
    Some(Ch {
        cls: class::classify(c),
        cp: c as u32,
        len: c.len_utf8(),
    })
}

#[inline(always)]
fn cls_at<const FAST: bool>(s: &str, i: usize) -> Option<Cls> {
    at::<FAST>(s, i).map(|c| c.cls)
}

/// The hot path of [`next_token::<true>`](next_token): spaces, then an Arabic
/// word read straight from the bytes; everything else goes to `next_token`,
/// kept out of line so that this stays small enough to inline.
#[inline(always)]
pub(crate) fn next_token_fast(s: &str, pos: &mut usize) -> Option<(usize, usize, TokenKind)> {
    let bytes = s.as_bytes();
    let mut i = *pos;
    while i < bytes.len() && bytes[i] == b' ' {
        i += 1;
    }
    if let (Some(&b0), Some(&b1)) = (bytes.get(i), bytes.get(i + 1)) {
        let idx = (((b0 & 0x03) as usize) << 6) | (b1 & 0x3F) as usize;
        if b0 & 0xFC == 0xD8 && ARABIC[idx] == Cls::ArLetter {
            let end = arabic_word_fast(s, i + 2);
            *pos = end;
            return Some((i, end, TokenKind::ArabicWord));
        }
    }
    *pos = i;
    next_token_out_of_line(s, pos)
}

#[inline(never)]
fn next_token_out_of_line(s: &str, pos: &mut usize) -> Option<(usize, usize, TokenKind)> {
    next_token::<true>(s, pos)
}

/// Finds the next token at or after `*pos`; returns its start, end and kind and
/// moves `*pos` to its end.
#[inline(always)]
pub(crate) fn next_token<const FAST: bool>(
    s: &str,
    pos: &mut usize,
) -> Option<(usize, usize, TokenKind)> {
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut i = *pos;
    loop {
        if FAST {
            while i < n && bytes[i] == b' ' {
                i += 1;
            }
            // The common case first: an Arabic word.
            if let (Some(&b0), Some(&b1)) = (bytes.get(i), bytes.get(i + 1)) {
                let idx = (((b0 & 0x03) as usize) << 6) | (b1 & 0x3F) as usize;
                if b0 & 0xFC == 0xD8 && ARABIC[idx] == Cls::ArLetter {
                    let end = arabic_word::<FAST>(s, i + 2);
                    *pos = end;
                    return Some((i, end, TokenKind::ArabicWord));
                }
            }
        }
        let c = match at::<FAST>(s, i) {
            Some(c) => c,
            None => {
                *pos = n;
                return None;
            }
        };
        let (end, kind) = match c.cls {
            Cls::Space | Cls::Format => {
                i += c.len;
                continue;
            }
            Cls::ArLetter => (arabic_word::<FAST>(s, i + c.len), TokenKind::ArabicWord),
            Cls::Tatweel => tatweel::<FAST>(s, i),
            Cls::Letter => other_word_or_address::<FAST>(s, i, c),
            Cls::Digit => match keycap::<FAST>(s, i, c) {
                Some(end) => (end, TokenKind::Emoji),
                None => number::<FAST>(s, i, c),
            },
            Cls::Numeric => (run::<FAST>(s, i, |c| c == Cls::Numeric), TokenKind::Number),
            Cls::Punct => punct::<FAST>(s, i, c),
            Cls::Symbol => match at::<FAST>(s, i + c.len) {
                Some(d) if d.cp == VS16 => (emoji_tail::<FAST>(s, i + c.len), TokenKind::Emoji),
                _ => (i + c.len, TokenKind::Symbol),
            },
            Cls::Emoji => (emoji_tail::<FAST>(s, i + c.len), TokenKind::Emoji),
            Cls::Regional => {
                let mut j = i + c.len;
                if let Some(d) = at::<FAST>(s, j) {
                    if d.cls == Cls::Regional {
                        j += d.len;
                    }
                }
                (emoji_tail::<FAST>(s, j), TokenKind::Emoji)
            }
            Cls::Mark => (run::<FAST>(s, i, |c| c == Cls::Mark), TokenKind::Symbol),
        };
        *pos = end;
        return Some((i, end, kind));
    }
}

/// End of the run of characters from `i` whose class satisfies `keep`.
#[inline(always)]
fn run<const FAST: bool>(s: &str, mut i: usize, keep: impl Fn(Cls) -> bool) -> usize {
    while let Some(c) = at::<FAST>(s, i) {
        if !keep(c.cls) {
            break;
        }
        i += c.len;
    }
    i
}

/// Which word a run of format controls may continue.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Arabic,
    Other,
}

#[inline(always)]
fn continues(script: Script, cls: Cls) -> bool {
    match script {
        Script::Arabic => matches!(cls, Cls::ArLetter | Cls::Mark | Cls::Tatweel),
        Script::Other => matches!(cls, Cls::Letter | Cls::Mark | Cls::Digit),
    }
}

/// At a format control inside a word: the position after the run of format
/// controls when the word goes on after it, else `None` (the controls then
/// stay outside the word). Bidi marks and joiners thus never split a word and
/// never glue two words.
#[cold]
fn through_format<const FAST: bool>(s: &str, mut j: usize, script: Script) -> Option<usize> {
    while let Some(c) = at::<FAST>(s, j) {
        if c.cls != Cls::Format {
            return continues(script, c.cls).then_some(j);
        }
        j += c.len;
    }
    None
}

/// Which characters of the Arabic block continue an Arabic word.
static AR_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(ARABIC[i], Cls::ArLetter | Cls::Mark | Cls::Tatweel);
        i += 1;
    }
    t
};

/// End of an Arabic word whose first letter ends at `j`.
#[inline(always)]
fn arabic_word<const FAST: bool>(s: &str, j: usize) -> usize {
    if FAST {
        arabic_word_fast(s, j)
    } else {
        arabic_word_general::<false>(s, j)
    }
}

/// The fast path of [`arabic_word`].
///
/// Eight bytes a step: the word runs to the first ASCII byte of the block if
/// every character before it is a two-byte word character of the Arabic
/// block (checked for all four pairs without branching). Then two bytes a
/// step, and an ASCII byte other than a control ends the word; anything else
/// goes to the general loop.
#[inline(always)]
pub(crate) fn arabic_word_fast(s: &str, mut j: usize) -> usize {
    let bytes = s.as_bytes();
    while let Some(chunk) = bytes.get(j..j + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        // Bytes before the first ASCII byte (8 when there is none).
        let n = ((!x & 0x8080_8080_8080_8080).trailing_zeros() / 8) as usize;
        let mut ok = n % 2 == 0;
        for p in 0..4 {
            let (b0, b1) = (chunk[2 * p], chunk[2 * p + 1]);
            let idx = (((b0 & 0x03) as usize) << 6) | (b1 & 0x3F) as usize;
            ok &= (b0 & 0xFC == 0xD8) & AR_WORD[idx] | (2 * p >= n);
        }
        if !ok {
            break;
        }
        j += n;
        if n < 8 {
            return if ASCII[chunk[n] as usize] != Cls::Format {
                j
            } else {
                arabic_word_general::<true>(s, j)
            };
        }
    }
    j = arabic_word_fast_step(s, j);
    match bytes.get(j) {
        None => j,
        Some(&b) if b < 0x80 && ASCII[b as usize] != Cls::Format => j,
        _ => arabic_word_general::<true>(s, j),
    }
}

/// The general loop of [`arabic_word`], one character a step.
#[inline(never)]
fn arabic_word_general<const FAST: bool>(s: &str, mut j: usize) -> usize {
    loop {
        if FAST {
            let k = arabic_word_fast_step(s, j);
            if k != j {
                j = k;
                continue;
            }
        }
        let Some(c) = at::<FAST>(s, j) else {
            return j;
        };
        match c.cls {
            Cls::ArLetter | Cls::Mark | Cls::Tatweel => j += c.len,
            Cls::Format => match through_format::<FAST>(s, j, Script::Arabic) {
                Some(k) => j = k,
                None => return j,
            },
            _ => return j,
        }
    }
}

/// Word characters of the Arabic block from `j`, two bytes a step.
#[inline(always)]
fn arabic_word_fast_step(s: &str, j: usize) -> usize {
    let mut k = 0;
    for pair in s.as_bytes()[j..].chunks_exact(2) {
        let idx = (((pair[0] & 0x03) as usize) << 6) | (pair[1] & 0x3F) as usize;
        if pair[0] & 0xFC != 0xD8 || !AR_WORD[idx] {
            break;
        }
        k += 2;
    }
    j + k
}

/// A run of tatweel: the start of an Arabic word when a letter follows
/// (decorative ـأخبار), else a symbol of its own.
fn tatweel<const FAST: bool>(s: &str, i: usize) -> (usize, TokenKind) {
    let j = run::<FAST>(s, i, |c| c == Cls::Tatweel);
    match cls_at::<FAST>(s, j) {
        Some(Cls::ArLetter) => (arabic_word::<FAST>(s, j), TokenKind::ArabicWord),
        _ => (j, TokenKind::Symbol),
    }
}

fn is_apostrophe(cp: u32) -> bool {
    cp == '\'' as u32 || cp == '\u{2019}' as u32
}

/// End of a word in another script from `j`: letters, marks, digits, an
/// apostrophe between letters (O'Brien), format controls inside.
#[inline(always)]
fn other_word<const FAST: bool>(s: &str, mut j: usize) -> usize {
    let bytes = s.as_bytes();
    loop {
        if FAST {
            while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
                j += 1;
            }
        }
        let Some(c) = at::<FAST>(s, j) else {
            return j;
        };
        match c.cls {
            Cls::Letter | Cls::Mark | Cls::Digit => j += c.len,
            Cls::Format => match through_format::<FAST>(s, j, Script::Other) {
                Some(k) => j = k,
                None => return j,
            },
            Cls::Punct if is_apostrophe(c.cp) => match cls_at::<FAST>(s, j + c.len) {
                Some(Cls::Letter) => j += c.len,
                _ => return j,
            },
            _ => return j,
        }
    }
}

/// A token starting with a letter of another script: a URL, an e-mail address
/// or a word.
fn other_word_or_address<const FAST: bool>(s: &str, i: usize, c: Ch) -> (usize, TokenKind) {
    let bytes = s.as_bytes();
    if c.cp < 0x80 {
        if let Some(end) = url_with_prefix::<FAST>(s, i) {
            return (end, TokenKind::Url);
        }
    }
    let end = other_word::<FAST>(s, i + c.len);
    if let Some(&b) = bytes.get(end) {
        if matches!(b, b'@' | b'.' | b'_' | b'-' | b'+' | b'%') && bytes[i..end].is_ascii() {
            if let Some(e) = email(bytes, i) {
                return (e, TokenKind::Email);
            }
            if b == b'.' {
                if let Some(e) = bare_domain::<FAST>(s, i) {
                    return (e, TokenKind::Url);
                }
            }
        }
    }
    (end, TokenKind::Word)
}

/// A number: digits with `.` `,` `٫` `٬` between digits, and the Arabic comma
/// `،`, which Maghrebi outlets write as a decimal comma (`22160،4`). ASCII digits run on
/// into ASCII letters (5G, 3D) make a word.
fn number<const FAST: bool>(s: &str, i: usize, first: Ch) -> (usize, TokenKind) {
    let bytes = s.as_bytes();
    let mut j = i + first.len;
    let mut plain_ascii = first.len == 1;
    loop {
        if FAST {
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
        }
        let Some(c) = at::<FAST>(s, j) else { break };
        match c.cls {
            Cls::Digit => {
                plain_ascii &= c.len == 1;
                j += c.len;
            }
            Cls::Punct if matches!(c.cp, 0x2E | 0x2C | 0x066B | 0x066C | 0x060C) => {
                match cls_at::<FAST>(s, j + c.len) {
                    Some(Cls::Digit) => {
                        plain_ascii = false;
                        j += c.len;
                    }
                    _ => break,
                }
            }
            _ => break,
        }
    }
    if plain_ascii && bytes.get(j).is_some_and(u8::is_ascii_alphabetic) {
        return (other_word::<FAST>(s, j), TokenKind::Word);
    }
    (j, TokenKind::Number)
}

/// A keycap emoji: `[0-9#*]` VS16? U+20E3.
fn keycap<const FAST: bool>(s: &str, i: usize, c: Ch) -> Option<usize> {
    let bytes = s.as_bytes();
    // Cheap reject: VS16 and the keycap both start with 0xEF / 0xE2.
    if !matches!(bytes.get(i + c.len), Some(0xEF | 0xE2)) {
        return None;
    }
    let mut j = i + c.len;
    let mut d = at::<FAST>(s, j)?;
    if d.cp == VS16 {
        j += d.len;
        d = at::<FAST>(s, j)?;
    }
    (d.cp == KEYCAP).then_some(j + d.len)
}

/// Punctuation, or a hashtag / mention / keycap that starts with it.
fn punct<const FAST: bool>(s: &str, i: usize, c: Ch) -> (usize, TokenKind) {
    match c.cp {
        0x23 | 0x2A => {
            if let Some(end) = keycap::<FAST>(s, i, c) {
                return (end, TokenKind::Emoji);
            }
            if c.cp == 0x23 {
                if let Some(end) = tag_body::<FAST>(s, i + 1) {
                    return (end, TokenKind::Hashtag);
                }
            }
        }
        0x40 => {
            if let Some(end) = tag_body::<FAST>(s, i + 1) {
                return (end, TokenKind::Mention);
            }
        }
        _ => {}
    }
    (i + c.len, TokenKind::Punctuation)
}

/// The body of a hashtag or mention after `#`/`@`: letters of any script,
/// digits, marks, tatweel, `_`, joiners inside; at least one letter.
fn tag_body<const FAST: bool>(s: &str, mut j: usize) -> Option<usize> {
    let start = j;
    let mut letters = false;
    while let Some(c) = at::<FAST>(s, j) {
        match c.cls {
            Cls::ArLetter | Cls::Letter => letters = true,
            Cls::Digit | Cls::Tatweel => {}
            Cls::Mark if j > start => {}
            Cls::Punct if c.cp == 0x5F => {}
            Cls::Format if j > start => {
                match through_format::<FAST>(s, j, Script::Arabic)
                    .or_else(|| through_format::<FAST>(s, j, Script::Other))
                {
                    Some(k) => {
                        j = k;
                        continue;
                    }
                    None => break,
                }
            }
            _ => break,
        }
        j += c.len;
    }
    letters.then_some(j)
}

/// After an emoji base at `j`: variation selectors, skin tones, the keycap,
/// tag characters and ZWJ + another pictograph stay in the sequence.
fn emoji_tail<const FAST: bool>(s: &str, mut j: usize) -> usize {
    while let Some(c) = at::<FAST>(s, j) {
        if c.cp == VS16
            || c.cp == VS15
            || c.cp == KEYCAP
            || class::is_skin_tone(c.cp)
            || class::is_tag(c.cp)
        {
            j += c.len;
        } else if c.cp == ZWJ {
            match at::<FAST>(s, j + c.len) {
                Some(d) if matches!(d.cls, Cls::Emoji | Cls::Regional) => j += c.len + d.len,
                _ => break,
            }
        } else {
            break;
        }
    }
    j
}

fn starts_with_ignore_case(hay: &[u8], prefix: &[u8]) -> bool {
    hay.len() >= prefix.len() && hay[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// `http://…`, `https://…`, `ftp://…` or `www.…` at `i`.
fn url_with_prefix<const FAST: bool>(s: &str, i: usize) -> Option<usize> {
    let rest = &s.as_bytes()[i..];
    let skip = match rest.first()? | 0x20 {
        b'h' if starts_with_ignore_case(rest, b"https://") => 8,
        b'h' if starts_with_ignore_case(rest, b"http://") => 7,
        b'f' if starts_with_ignore_case(rest, b"ftp://") => 6,
        b'w' if starts_with_ignore_case(rest, b"www.") => 4,
        _ => return None,
    };
    if !rest.get(skip)?.is_ascii_alphanumeric() {
        return None;
    }
    Some(url_body::<FAST>(s, i + skip))
}

/// The rest of a URL from `j`: ASCII URL characters and letters, digits and
/// marks of any script (IRIs); trailing punctuation that ends the sentence or
/// closes a bracket the URL did not open stays outside.
fn url_body<const FAST: bool>(s: &str, mut j: usize) -> usize {
    let start = j;
    while let Some(c) = at::<FAST>(s, j) {
        let ok = if c.cp < 0x80 {
            let b = c.cp as u8;
            b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b)
        } else {
            matches!(
                c.cls,
                Cls::ArLetter | Cls::Letter | Cls::Digit | Cls::Mark | Cls::Tatweel
            )
        };
        if !ok {
            break;
        }
        j += c.len;
    }
    let bytes = s.as_bytes();
    // Trimming never removes a ( or [, so whether the URL has one is fixed.
    let opens_paren = bytes[start..j].contains(&b'(');
    let opens_bracket = bytes[start..j].contains(&b'[');
    while j > start {
        let drop = match bytes[j - 1] {
            b'.' | b',' | b':' | b';' | b'!' | b'?' | b'\'' | b'*' => true,
            b')' => !opens_paren,
            b']' => !opens_bracket,
            _ => false,
        };
        if !drop {
            break;
        }
        j -= 1;
    }
    j
}

/// `local@domain.tld` at `i`, ASCII only.
///
/// The local part is read for at most 64 bytes and the domain for at most 255
/// (the limits of RFC 5321), so that text such as `a-b-c-…`, tried at every
/// word, is not re-read to its end each time.
fn email(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    let limit = bytes.len().min(i + 64);
    while j < limit && (bytes[j].is_ascii_alphanumeric() || b"._%+-".contains(&bytes[j])) {
        j += 1;
    }
    if j == i || bytes.get(j) != Some(&b'@') || bytes[j - 1] == b'.' {
        return None;
    }
    let (end, labels, tld_alpha) = domain(&bytes[..bytes.len().min(j + 256)], j + 1);
    let cut = bytes
        .get(end)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-');
    (labels >= 2 && tld_alpha && !cut).then_some(end)
}

/// Dotted labels of `[A-Za-z0-9-]` from `j`: (end of the last label, number of
/// labels, whether the last label is alphabetic and at least two letters).
fn domain(bytes: &[u8], mut j: usize) -> (usize, usize, bool) {
    let mut end = j;
    let mut labels = 0;
    let mut alpha = false;
    loop {
        let start = j;
        while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
            j += 1;
        }
        if j == start {
            break;
        }
        labels += 1;
        end = j;
        alpha = j - start >= 2 && bytes[start..j].iter().all(u8::is_ascii_alphabetic);
        if labels < MAX_LABELS && bytes.get(j) == Some(&b'.') {
            j += 1;
        } else {
            break;
        }
    }
    (end, labels, alpha)
}

/// At most this many labels are read in a domain name (real ones have far
/// fewer), which bounds the work of a failed attempt on `a.b.c.d.…`.
const MAX_LABELS: usize = 10;

/// Top-level domains that make `name.tld` a URL without `http://` or `www.`.
const TLDS: &[&[u8]] = &[
    b"com", b"net", b"org", b"info", b"gov", b"edu", b"int", b"mil", b"io", b"co", b"tv", b"me",
    b"biz", b"news", b"online", b"site", b"ly", b"sa", b"ae", b"eg", b"qa", b"kw", b"bh", b"om",
    b"jo", b"lb", b"sy", b"iq", b"ps", b"ma", b"dz", b"tn", b"sd", b"ye", b"uk", b"fr", b"ru",
    b"us", b"de", b"tr", b"ir", b"il", b"cn", b"ch", b"nl", b"es", b"ca", b"au",
];

/// `name.tld` (optionally more labels and a path) at `i`, where the last
/// label before any path is a known top-level domain and the first label has
/// at least two characters (so U.S is not a domain).
///
/// At most 253 bytes (the longest DNS name) are read, so that text such as
/// `ab.ab.ab.…`, tried at every word, is not re-read to its end each time.
fn bare_domain<const FAST: bool>(s: &str, i: usize) -> Option<usize> {
    let all = s.as_bytes();
    let bytes = &all[..all.len().min(i + 253)];
    let mut j = i;
    let mut end = None;
    let mut first = true;
    for _ in 0..MAX_LABELS {
        let start = j;
        while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
            j += 1;
        }
        if j == start || (first && j - start < 2) {
            break;
        }
        let label = &bytes[start..j];
        if !first && label.len() <= 6 && TLDS.iter().any(|t| t.eq_ignore_ascii_case(label)) {
            end = Some(j);
        }
        first = false;
        if bytes.get(j) == Some(&b'.') {
            j += 1;
        } else {
            break;
        }
    }
    let end = end?;
    // A following letter means the "TLD" was the start of a longer word.
    if all
        .get(end)
        .is_some_and(|b| !b.is_ascii() || b.is_ascii_alphanumeric())
    {
        return None;
    }
    Some(match all.get(end) {
        Some(b'/') | Some(b':') => url_body::<FAST>(s, end),
        _ => end,
    })
}
