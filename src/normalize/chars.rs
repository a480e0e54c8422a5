//! The character rules: what each option does to one `char`.
//!
//! Everything else in the module (the byte tables of the fast path, the naive
//! twin used by the tests) is derived from [`fold`], [`compose`] and
//! [`decompose`], so the rules live in one place.

use super::tables::PRESENTATION_FORMS;

/// The switches of a [`Normalizer`](super::Normalizer), one per operation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Options {
    pub remove_diacritics: bool,
    pub remove_tatweel: bool,
    pub fold_alef: bool,
    pub fold_alef_maksura: bool,
    pub fold_teh_marbuta: bool,
    pub fold_hamza_carriers: bool,
    pub fold_persian: bool,
    pub decompose_presentation_forms: bool,
    pub ascii_digits: bool,
    pub ascii_separators: bool,
    pub remove_controls: bool,
    pub normalize_spaces: bool,
    pub compose_hamza: bool,
}

/// Harakat, tanween, shadda, sukun, the combining hamza and maddah, the
/// superscript (dagger) alef, Quranic annotation marks and the small high
/// ligatures.
#[inline]
pub(crate) const fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0610}'..='\u{061A}')
}

/// Bidi controls and invisible format characters: LRM, RLM, ALM, LRE..RLO,
/// LRI..PDI, ZWNJ, ZWJ, BOM (ZWNBSP) and the soft hyphen.
#[inline]
pub(crate) const fn is_control(c: char) -> bool {
    matches!(
        c,
        '\u{200C}'..='\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// Every space separator (general category Zs) other than U+0020.
#[inline]
pub(crate) const fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// The Arabic presentation-form blocks (BOM U+FEFF excluded: it is a control).
#[inline]
pub(crate) const fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// The standard letters a presentation form stands for, if it has a
/// compatibility decomposition.
pub(crate) fn decompose(c: char) -> Option<&'static str> {
    PRESENTATION_FORMS
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| PRESENTATION_FORMS[i].1)
}

/// The canonical composition of a base letter with a following combining
/// maddah (U+0653), hamza above (U+0654) or hamza below (U+0655).
#[inline]
pub(crate) const fn compose(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('\u{0627}', '\u{0653}') => '\u{0622}',
        ('\u{0627}', '\u{0654}') => '\u{0623}',
        ('\u{0627}', '\u{0655}') => '\u{0625}',
        ('\u{0648}', '\u{0654}') => '\u{0624}',
        ('\u{064A}', '\u{0654}') => '\u{0626}',
        ('\u{06D5}', '\u{0654}') => '\u{06C0}',
        ('\u{06C1}', '\u{0654}') => '\u{06C2}',
        ('\u{06D2}', '\u{0654}') => '\u{06D3}',
        _ => return None,
    })
}

/// True for the marks that [`compose`] can combine with a preceding letter.
#[inline]
pub(crate) const fn is_composing_mark(c: char) -> bool {
    matches!(c, '\u{0653}'..='\u{0655}')
}

/// One `char` through every enabled single-character rule: `None` when it is
/// removed, else its replacement (possibly `c` itself). Presentation forms and
/// hamza composition are handled by the caller, since they change the number
/// of characters.
#[inline]
pub(crate) fn fold(c: char, o: &Options) -> Option<char> {
    // Stage 1: encoding repairs and look-alikes, which feed stage 2
    // (ۀ -> ة, then ة -> ه).
    let c = match c {
        _ if o.remove_controls && is_control(c) => return None,
        _ if o.normalize_spaces && is_odd_space(c) => ' ',
        _ if o.remove_diacritics && is_diacritic(c) => return None,
        '\u{0640}' if o.remove_tatweel => return None,
        '\u{06A9}' if o.fold_persian => '\u{0643}',
        '\u{06CC}' | '\u{06D0}' if o.fold_persian => '\u{064A}',
        '\u{06D5}' | '\u{06C1}' if o.fold_persian => '\u{0647}',
        '\u{06C0}' if o.fold_persian => '\u{0629}',
        _ => c,
    };
    Some(match c {
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' if o.fold_alef => '\u{0627}',
        '\u{0649}' if o.fold_alef_maksura => '\u{064A}',
        '\u{0629}' if o.fold_teh_marbuta => '\u{0647}',
        '\u{0624}' if o.fold_hamza_carriers => '\u{0648}',
        '\u{0626}' if o.fold_hamza_carriers => '\u{064A}',
        '\u{0660}'..='\u{0669}' if o.ascii_digits => ascii_digit(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' if o.ascii_digits => ascii_digit(c as u32 - 0x06F0),
        '\u{066B}' if o.ascii_separators => '.',
        '\u{066C}' if o.ascii_separators => ',',
        '\u{066A}' if o.ascii_separators => '%',
        _ => c,
    })
}

#[inline]
fn ascii_digit(d: u32) -> char {
    char::from(b'0' + d as u8)
}

/// A spacing form of a mark (`ﹰ` = space + fathatan, `ﱞ` = space + dammatan +
/// shadda): its decomposition is a space followed by diacritics only. The
/// search preset drops it whole rather than leave a space inside a word.
pub(crate) fn is_spacing_mark_form(decomposition: &str) -> bool {
    let mut chars = decomposition.chars();
    chars.next() == Some(' ') && {
        let rest = chars.as_str();
        !rest.is_empty() && rest.chars().all(is_diacritic)
    }
}

/// Every char that some option can change lies in one of these ranges; the
/// fast-path tables are built by walking them.
pub(crate) const CANDIDATE_RANGES: &[(char, char)] = &[
    ('\u{00A0}', '\u{00AD}'),
    ('\u{0600}', '\u{06FF}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{206F}'),
    ('\u{3000}', '\u{3000}'),
    ('\u{FB50}', '\u{FDFF}'),
    ('\u{FE70}', '\u{FEFF}'),
];
