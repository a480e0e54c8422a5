//! Character classes of the scanner.
//!
//! `classify` is the general path: one `match` over code point ranges, with
//! `char` methods as the fallback for scripts the crate does not single out.
//! The fast path looks ASCII and the Arabic block (U+0600–U+06FF) up in two
//! tables built at compile time from the same `const fn`s that `classify`
//! calls, so the two cannot drift apart; a property test checks the byte-level
//! decoding around them.

/// What a character is to the scanner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Cls {
    /// White space, including NBSP and ZWSP: separates tokens.
    Space,
    /// Invisible format controls (bidi marks and isolates, ZWNJ, ZWJ, soft
    /// hyphen, BOM, C0/C1 controls): skipped between tokens, kept inside a word
    /// when the word goes on after them.
    Format,
    /// An Arabic-script letter (including presentation forms).
    ArLetter,
    /// U+0640 ARABIC TATWEEL.
    Tatweel,
    /// A combining mark (Arabic harakat, Latin diacritics, variation selectors).
    Mark,
    /// A letter of any other script.
    Letter,
    /// A decimal digit (ASCII, Arabic-Indic, Extended Arabic-Indic).
    Digit,
    /// Another numeric character (½, ², Roman numerals).
    Numeric,
    /// Punctuation.
    Punct,
    /// A symbol (currency, math, arrows, box drawing).
    Symbol,
    /// A pictographic emoji base.
    Emoji,
    /// A regional indicator (half of a flag).
    Regional,
}

/// Class of an ASCII byte.
pub(crate) const fn ascii_class(b: u8) -> Cls {
    match b {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Cls::Space,
        0x00..=0x1F | 0x7F => Cls::Format,
        b'0'..=b'9' => Cls::Digit,
        b'A'..=b'Z' | b'a'..=b'z' => Cls::Letter,
        b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~' => Cls::Symbol,
        0x80..=0xFF => Cls::Symbol, // not ASCII; never asked
        _ => Cls::Punct,
    }
}

/// Class of a code point in the Arabic block U+0600–U+06FF.
pub(crate) const fn arabic_class(cp: u32) -> Cls {
    match cp {
        0x0600..=0x0605 => Cls::Format,
        0x0606..=0x0608 => Cls::Symbol,
        0x0609..=0x060A => Cls::Punct,
        0x060B => Cls::Symbol,
        0x060C..=0x060D => Cls::Punct,
        0x060E..=0x060F => Cls::Symbol,
        0x0610..=0x061A => Cls::Mark,
        0x061B => Cls::Punct,
        0x061C => Cls::Format,
        0x061D..=0x061F => Cls::Punct,
        0x0620..=0x063F => Cls::ArLetter,
        0x0640 => Cls::Tatweel,
        0x0641..=0x064A => Cls::ArLetter,
        0x064B..=0x065F => Cls::Mark,
        0x0660..=0x0669 => Cls::Digit,
        0x066A..=0x066D => Cls::Punct,
        0x066E..=0x066F => Cls::ArLetter,
        0x0670 => Cls::Mark,
        0x0671..=0x06D3 => Cls::ArLetter,
        0x06D4 => Cls::Punct,
        0x06D5 => Cls::ArLetter,
        0x06D6..=0x06DC => Cls::Mark,
        0x06DD..=0x06DE => Cls::Symbol,
        0x06DF..=0x06E4 => Cls::Mark,
        0x06E5..=0x06E6 => Cls::ArLetter,
        0x06E7..=0x06E8 => Cls::Mark,
        0x06E9 => Cls::Symbol,
        0x06EA..=0x06ED => Cls::Mark,
        0x06EE..=0x06EF => Cls::ArLetter,
        0x06F0..=0x06F9 => Cls::Digit,
        0x06FA..=0x06FC => Cls::ArLetter,
        0x06FD..=0x06FE => Cls::Symbol,
        _ => Cls::ArLetter, // 0x06FF, and never asked outside the block
    }
}

const fn build_ascii() -> [Cls; 128] {
    let mut t = [Cls::Space; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = ascii_class(i as u8);
        i += 1;
    }
    t
}

const fn build_arabic() -> [Cls; 256] {
    let mut t = [Cls::Space; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = arabic_class(0x0600 + i as u32);
        i += 1;
    }
    t
}

/// Classes of the 128 ASCII bytes.
pub(crate) static ASCII: [Cls; 128] = build_ascii();
/// Classes of U+0600–U+06FF, indexed by `cp - 0x600`.
pub(crate) static ARABIC: [Cls; 256] = build_arabic();

/// The general path: the class of any `char`.
pub(crate) fn classify(c: char) -> Cls {
    let cp = c as u32;
    match cp {
        0x00..=0x7F => ascii_class(cp as u8),
        0x85 => Cls::Space,
        0x80..=0x9F => Cls::Format,
        0xA0 => Cls::Space,
        0xA1 | 0xA7 | 0xAB | 0xB6 | 0xB7 | 0xBB | 0xBF => Cls::Punct,
        0xAA | 0xB5 | 0xBA => Cls::Letter,
        0xAD => Cls::Format,
        0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE => Cls::Numeric,
        0xA2..=0xBF | 0xD7 | 0xF7 => Cls::Symbol,
        0xC0..=0x24F => Cls::Letter,
        0x0300..=0x036F => Cls::Mark,
        0x0600..=0x06FF => arabic_class(cp),
        0x0750..=0x077F | 0x0870..=0x088E | 0x08A0..=0x08C9 => Cls::ArLetter,
        0x0890..=0x0891 | 0x08E2 => Cls::Format,
        0x0898..=0x089F | 0x08CA..=0x08FF => Cls::Mark,
        0x180E => Cls::Format,
        0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF => Cls::Mark,
        0x200B => Cls::Space,
        0x200C..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F => Cls::Format,
        0x2010..=0x2027 | 0x2030..=0x2043 | 0x2045..=0x2051 | 0x2053..=0x205E => Cls::Punct,
        0x2044 | 0x2052 => Cls::Symbol,
        0x2070..=0x209F | 0x2150..=0x218F => Cls::Numeric,
        0x20A0..=0x20CF | 0x2100..=0x214F | 0x2190..=0x22FF => Cls::Symbol,
        0x231A | 0x231B | 0x2328 | 0x23CF | 0x23E9..=0x23F3 | 0x23F8..=0x23FA => Cls::Emoji,
        0x2300..=0x25FF => Cls::Symbol,
        0x2768..=0x2775 => Cls::Punct,
        0x2776..=0x2793 => Cls::Numeric,
        0x2600..=0x27BF => Cls::Emoji,
        0x27C5 | 0x27C6 | 0x27E6..=0x27EF | 0x2983..=0x2998 | 0x29D8..=0x29DB | 0x29FC | 0x29FD => {
            Cls::Punct
        }
        0x2B05..=0x2B07 | 0x2B1B | 0x2B1C | 0x2B50 | 0x2B55 => Cls::Emoji,
        0x27C0..=0x2BFF => Cls::Symbol,
        0x2E00..=0x2E7F => Cls::Punct,
        0x3000 => Cls::Space,
        0x3030 | 0x303D | 0x3297 | 0x3299 => Cls::Emoji,
        0x3001..=0x3003 | 0x3008..=0x3011 | 0x3014..=0x301F => Cls::Punct,
        0xFB50..=0xFD3D | 0xFD40..=0xFDFB => Cls::ArLetter,
        0xFD3E | 0xFD3F => Cls::Punct,
        0xFDFC..=0xFDFF => Cls::Symbol,
        0xFE00..=0xFE0F | 0xFE20..=0xFE2F => Cls::Mark,
        0xFE10..=0xFE19 | 0xFE30..=0xFE6B => Cls::Punct,
        0xFE70..=0xFEFC => Cls::ArLetter,
        0xFEFF | 0xFFF9..=0xFFFB => Cls::Format,
        // Fullwidth ASCII behaves like ASCII.
        0xFF01..=0xFF5E => ascii_class((cp - 0xFEE0) as u8),
        0xFF5F..=0xFF65 => Cls::Punct,
        0x10E60..=0x10E7E => Cls::Numeric,
        0x1F000..=0x1F0FF => Cls::Emoji,
        0x1F100..=0x1F16F => Cls::Symbol,
        0x1F170..=0x1F1E5 => Cls::Emoji,
        0x1F1E6..=0x1F1FF => Cls::Regional,
        0x1F200..=0x1FAFF | 0x1FC00..=0x1FFFD => Cls::Emoji,
        0xE0000..=0xE007F => Cls::Format,
        0xE0100..=0xE01EF => Cls::Mark,
        _ => {
            if c.is_whitespace() {
                Cls::Space
            } else if c.is_alphabetic() {
                Cls::Letter
            } else if c.is_numeric() {
                // Digits of other scripts: numbers, without separators.
                Cls::Numeric
            } else if c.is_control() {
                Cls::Format
            } else {
                Cls::Symbol
            }
        }
    }
}

/// ZWJ, the glue of emoji sequences.
pub(crate) const ZWJ: u32 = 0x200D;
/// VS16, emoji presentation.
pub(crate) const VS16: u32 = 0xFE0F;
/// VS15, text presentation.
pub(crate) const VS15: u32 = 0xFE0E;
/// COMBINING ENCLOSING KEYCAP.
pub(crate) const KEYCAP: u32 = 0x20E3;

/// Skin tone modifiers U+1F3FB–U+1F3FF.
pub(crate) fn is_skin_tone(cp: u32) -> bool {
    (0x1F3FB..=0x1F3FF).contains(&cp)
}

/// Emoji tag characters (subdivision flags such as Scotland's).
pub(crate) fn is_tag(cp: u32) -> bool {
    (0xE0020..=0xE007F).contains(&cp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_match_the_general_path() {
        for b in 0u8..128 {
            assert_eq!(ASCII[b as usize], classify(b as char), "byte {b:#x}");
        }
        for cp in 0x600u32..0x700 {
            let c = char::from_u32(cp).unwrap();
            assert_eq!(ARABIC[(cp - 0x600) as usize], classify(c), "{cp:#x}");
        }
    }

    #[test]
    fn a_few_classes() {
        assert_eq!(classify('ب'), Cls::ArLetter);
        assert_eq!(classify('ـ'), Cls::Tatweel);
        assert_eq!(classify('\u{064E}'), Cls::Mark);
        assert_eq!(classify('٣'), Cls::Digit);
        assert_eq!(classify('۳'), Cls::Digit);
        assert_eq!(classify('«'), Cls::Punct);
        assert_eq!(classify('»'), Cls::Punct);
        assert_eq!(classify('،'), Cls::Punct);
        assert_eq!(classify('؟'), Cls::Punct);
        assert_eq!(classify('\u{200F}'), Cls::Format);
        assert_eq!(classify('\u{200C}'), Cls::Format);
        assert_eq!(classify('\u{00A0}'), Cls::Space);
        assert_eq!(classify('€'), Cls::Symbol);
        assert_eq!(classify('😀'), Cls::Emoji);
        assert_eq!(classify('🇸'), Cls::Regional);
        assert_eq!(classify('é'), Cls::Letter);
        assert_eq!(classify('Ж'), Cls::Letter);
        assert_eq!(classify('ﻻ'), Cls::ArLetter);
    }
}
