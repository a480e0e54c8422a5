//! A small token scanner for the casualty matcher: Arabic words, digit runs and
//! punctuation, each looked up once in the lexicon.

use super::lexicon::{fold_into, Lexicon, DEF, WA};

/// What a token is, for the matcher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word in Arabic script.
    Word,
    /// A run of digits (ASCII, Arabic-Indic or Persian), with inner `.,٫٬`.
    Num,
    /// A word in another script, or a symbol.
    Other,
    /// End of a sentence: `. ! ? ؟` or a line break.
    Stop,
    /// A comma, colon, bracket or quote mark.
    Punct,
    /// A quote mark or bracket, skipped around counts: `«41»`, `(96)`.
    Quote,
}

/// A token: byte span, kind, lexicon entry and proclitics.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lexicon entry id, or `NONE`.
    pub id: u32,
    /// Proclitics stripped to find the entry (`WA`, `DEF`, `PREP`), or, for a number, the
    /// clitic letters glued before it (`و14`, `الـ12`).
    pub pre: u8,
}

pub(crate) const NONE: u32 = u32::MAX;

#[inline]
fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}'..='\u{06ED}'
        | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && !matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{06D4}')
}

#[inline]
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Splits `text` into tokens and looks every Arabic word up. `buf` is scratch space.
pub(crate) fn scan(text: &str, lx: &Lexicon, buf: &mut String) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 8);
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_arabic_letter(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_arabic_letter(d) {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let word = &text[i..end];
            let (id, pre) = if word.len() <= 60 {
                fold_into(word, buf);
                lx.lookup(buf).unwrap_or_else(|| {
                    // An unknown word still tells whether it has the article.
                    let def = (buf.starts_with("ال") || buf.starts_with("وال"))
                        && buf.chars().count() > 3;
                    (NONE, if def { DEF } else { 0 })
                })
            } else {
                (NONE, 0)
            };
            toks.push(Tok {
                start: i,
                end,
                kind: Kind::Word,
                id,
                pre,
            });
        } else if digit_value(c).is_some() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if digit_value(d).is_some() {
                    end = j + d.len_utf8();
                    it.next();
                } else if matches!(d, '.' | ',' | '٫' | '٬') {
                    // A separator belongs to the number only when a digit follows it.
                    let next = text[j + d.len_utf8()..].chars().next();
                    if next.and_then(digit_value).is_some() {
                        end = j + d.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // A clitic glued before the digits (و14، لـ52، الـ12) becomes a flag.
            let mut pre = 0;
            if let Some(last) = toks.last() {
                if last.kind == Kind::Word && last.end == i {
                    fold_into(&text[last.start..last.end], buf);
                    let flags = match buf.as_str() {
                        "و" | "ف" => Some(WA),
                        "ال" | "بال" | "لل" => Some(DEF),
                        "وال" => Some(WA | DEF),
                        "ب" | "ل" | "ك" => Some(0),
                        "وب" | "ول" => Some(WA),
                        _ => None,
                    };
                    if let Some(f) = flags {
                        pre = f;
                        toks.pop();
                    }
                }
            }
            toks.push(Tok {
                start: i,
                end,
                kind: Kind::Num,
                id: NONE,
                pre,
            });
        } else if c.is_whitespace() {
            if c == '\n' || c == '\u{2029}' {
                toks.push(Tok {
                    start: i,
                    end: i + c.len_utf8(),
                    kind: Kind::Stop,
                    id: NONE,
                    pre: 0,
                });
            }
        } else {
            let kind = match c {
                '.' | '!' | '?' | '؟' | '\u{06D4}' => Kind::Stop,
                '«' | '»' | '"' | '“' | '”' | '(' | ')' | '[' | ']' | '\'' | '‘' | '’' => {
                    Kind::Quote
                }
                '،' | ',' | ':' | ';' | '؛' | '-' | '–' | '—' | '/' => Kind::Punct,
                _ if c.is_alphanumeric() => Kind::Other,
                '\u{200E}'
                | '\u{200F}'
                | '\u{200B}'..='\u{200D}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}' => continue,
                _ => Kind::Punct,
            };
            let mut end = i + c.len_utf8();
            if kind == Kind::Other {
                while let Some(&(j, d)) = it.peek() {
                    if d.is_alphanumeric() && !is_arabic_letter(d) && digit_value(d).is_none() {
                        end = j + d.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                }
            }
            toks.push(Tok {
                start: i,
                end,
                kind,
                id: NONE,
                pre: 0,
            });
        }
    }
    toks
}

/// The value of a digit run: `1,200` and `1٬200` are thousands, `2.5` and `13,30` decimals.
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    let mut int: f64 = 0.0;
    let mut frac: f64 = 0.0;
    let mut scale = 1.0;
    let mut in_frac = false;
    let groups: Vec<&str> = s.split([',', '٬']).collect();
    // Commas are thousands separators when every group after the first has 3 digits.
    let thousands = groups.len() > 1
        && groups[1..]
            .iter()
            .all(|g| g.chars().take_while(|c| digit_value(*c).is_some()).count() == 3);
    for c in s.chars() {
        if let Some(d) = digit_value(c) {
            if in_frac {
                scale /= 10.0;
                frac += f64::from(d) * scale;
            } else {
                int = int * 10.0 + f64::from(d);
            }
        } else if matches!(c, '.' | '٫') || (matches!(c, ',' | '٬') && !thousands) {
            if in_frac {
                return None;
            }
            in_frac = true;
        }
    }
    let v = int + frac;
    v.is_finite().then_some(v)
}
