//! A small byte-level scanner: words, digit runs and punctuation, with the
//! information whether a token is glued to the one before it.

/// What a scanned token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tk {
    /// A run of Arabic letters (with marks and tatweel).
    Word,
    /// A run of other letters (Latin, ...).
    Latin,
    /// Digits of one script mix, with inner separators `. , ٫ ٬`.
    Digits,
    /// One other character.
    Punct(char),
}

/// One token: a byte range of the input.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Tk,
    /// No whitespace between the previous token and this one.
    pub glued: bool,
}

/// ASCII, Arabic-Indic or Extended Arabic-Indic digit value.
#[inline]
pub(crate) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    }
}

#[inline]
pub(crate) fn is_sep(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{66B}' | '\u{66C}' | '\u{60C}')
}

#[inline]
fn is_arabic_word_char(c: char) -> bool {
    matches!(c,
        '\u{610}'..='\u{61A}'
        | '\u{620}'..='\u{65F}'
        | '\u{66E}'..='\u{66F}'
        | '\u{670}'..='\u{6D3}'
        | '\u{6D5}'..='\u{6DC}'
        | '\u{6DF}'..='\u{6E8}'
        | '\u{6EA}'..='\u{6EF}'
        | '\u{6FA}'..='\u{6FF}'
        | '\u{750}'..='\u{77F}'
        | '\u{8A0}'..='\u{8FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}')
}

/// Invisible format characters that neither separate nor join tokens.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{61C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Scans `text` into tokens, in order. Linear time.
pub(crate) fn scan(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let mut it = text.char_indices().peekable();
    let mut glued = false;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            glued = false;
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        let start = i;
        let kind;
        let mut end = i + c.len_utf8();
        // A digit run, or a separator that starts one (".77", "٫٧٧") after a space.
        let starts_digits = digit(c).is_some()
            || (matches!(c, '.' | '\u{66B}')
                && !glued
                && it.peek().is_some_and(|&(_, n)| digit(n).is_some()));
        if starts_digits {
            kind = Tk::Digits;
            while let Some(&(j, n)) = it.peek() {
                if digit(n).is_some() {
                    end = j + n.len_utf8();
                    it.next();
                } else if is_sep(n) || is_invisible(n) {
                    // A separator (one) and invisible marks belong to the number only
                    // between digits.
                    let mut look = it.clone();
                    let mut seps = 0;
                    while let Some(&(_, d)) = look.peek() {
                        if is_invisible(d) || (is_sep(d) && seps == 0) {
                            seps += usize::from(is_sep(d));
                            look.next();
                        } else {
                            break;
                        }
                    }
                    if look.peek().is_some_and(|&(_, d)| digit(d).is_some()) {
                        it = look;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
        } else if is_arabic_word_char(c) {
            kind = Tk::Word;
            while let Some(&(j, n)) = it.peek() {
                if is_arabic_word_char(n) {
                    end = j + n.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
        } else if c.is_alphabetic() {
            kind = Tk::Latin;
            while let Some(&(j, n)) = it.peek() {
                if n.is_alphabetic() && !is_arabic_word_char(n) {
                    end = j + n.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
        } else {
            kind = Tk::Punct(c);
        }
        out.push(Tok {
            start,
            end,
            kind,
            glued,
        });
        glued = true;
    }
}
