//! [`Normalizer`], its builder, and the scanning engine.

use std::borrow::Cow;
use std::fmt;

use super::chars::{
    compose, decompose, fold, is_composing_mark, is_presentation_form, is_spacing_mark_form,
    Options, CANDIDATE_RANGES,
};
use super::offsets::{NoMap, Normalized, OffsetMap, Record};

/// Builds a [`Normalizer`]: start from [`NormalizerBuilder::new`] (every
/// operation off), [`NormalizerBuilder::search`] or
/// [`NormalizerBuilder::display`], switch operations on or off, then
/// [`build`](NormalizerBuilder::build).
///
/// ```
/// use arabic_news::normalize::NormalizerBuilder;
///
/// // The search preset, but keeping hamza on alef ("أحمد" stays "أحمد").
/// let n = NormalizerBuilder::search().fold_alef(false).build();
/// assert_eq!(n.normalize("أحمدُ").as_str(), "أحمد");
/// ```
#[derive(Clone, Debug, Default)]
pub struct NormalizerBuilder {
    options: Options,
}

macro_rules! setters {
    ($($(#[$doc:meta])* $name:ident;)*) => {
        $(
            $(#[$doc])*
            pub fn $name(&mut self, yes: bool) -> &mut Self {
                self.options.$name = yes;
                self
            }
        )*
    };
}

impl NormalizerBuilder {
    /// A builder with every operation off: the built normalizer changes nothing.
    pub fn new() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// The search preset: every operation on except
    /// [`fold_hamza_carriers`](NormalizerBuilder::fold_hamza_carriers).
    pub fn search() -> NormalizerBuilder {
        NormalizerBuilder {
            options: Options {
                remove_diacritics: true,
                remove_tatweel: true,
                fold_alef: true,
                fold_alef_maksura: true,
                fold_teh_marbuta: true,
                fold_hamza_carriers: false,
                fold_persian: true,
                decompose_presentation_forms: true,
                ascii_digits: true,
                ascii_separators: true,
                remove_controls: true,
                normalize_spaces: true,
                compose_hamza: true,
            },
        }
    }

    /// The display preset: only encoding repairs (presentation forms, controls,
    /// spaces, combining hamza); every letter and mark a reader sees is kept.
    pub fn display() -> NormalizerBuilder {
        NormalizerBuilder {
            options: Options {
                decompose_presentation_forms: true,
                remove_controls: true,
                normalize_spaces: true,
                compose_hamza: true,
                ..Options::default()
            },
        }
    }

    setters! {
        /// Remove diacritics: harakat and tanween (U+064B–U+065F), the
        /// superscript alef U+0670, Quranic marks U+06D6–U+06ED and the small
        /// high signs U+0610–U+061A. `قُتِلَ` (was killed) → `قتل`.
        remove_diacritics;
        /// Remove tatweel (kashida) U+0640: `لـ"العربية"` → `ل"العربية"`.
        remove_tatweel;
        /// Fold the alef variants أ إ آ ٱ to bare alef ا: `إدارة` → `ادارة`.
        fold_alef;
        /// Fold alef maksura ى to yeh ي: `إلى` (to) → `إلي`.
        fold_alef_maksura;
        /// Fold teh marbuta ة to heh ه: `مدينة` (city) → `مدينه`.
        fold_teh_marbuta;
        /// Fold the hamza carriers ؤ → و and ئ → ي (off in both presets).
        fold_hamza_carriers;
        /// Fold Persian/Urdu look-alikes: ک → ك, ی ې → ي, ە ہ → ه, ۀ → ة
        /// (and on to ه when teh marbuta is folded): `الإثنین` → `الإثنين`.
        fold_persian;
        /// Replace presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) by the
        /// standard letters: `ﻗﺎﻝ` → `قال`, `ﻻ` → `لا`, `ﷲ` → `الله`.
        decompose_presentation_forms;
        /// Arabic-Indic ٠–٩ and Extended Arabic-Indic ۰–۹ digits → ASCII 0–9.
        ascii_digits;
        /// Arabic decimal separator ٫ → `.`, thousands separator ٬ → `,`,
        /// percent sign ٪ → `%`.
        ascii_separators;
        /// Remove bidi and invisible controls: LRM, RLM, ALM, LRE–RLO, LRI–PDI,
        /// ZWNJ, ZWJ, BOM and the soft hyphen.
        remove_controls;
        /// Replace every space separator (NBSP, thin, ideographic …) by U+0020.
        normalize_spaces;
        /// Compose a letter and a following combining hamza or maddah
        /// (ا + U+0654 → أ, و + U+0654 → ؤ, …) before the other rules apply.
        compose_hamza;
    }

    /// Builds the normalizer (precomputes its byte tables; a few microseconds).
    pub fn build(&self) -> Normalizer {
        Normalizer::with_options(self.options)
    }
}

/// What the fast path does with one two-byte char of the Arabic block
/// U+0600–U+06FF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    /// Unchanged.
    Keep,
    /// Removed.
    Delete,
    /// Replaced by another two-byte char (same length: no offset-map entry).
    Same(char),
    /// Replaced by an ASCII char.
    Ascii(u8),
    /// Needs the general path (composition).
    Slow,
}

/// A configured normalizer. Immutable once built, cheap to share
/// (`Send + Sync`); build it once and reuse it.
///
/// ```
/// use arabic_news::normalize::Normalizer;
/// use arabic_news::Span;
///
/// let text = "قالَ ﻣﺼﺪﺭ\u{200F}: «أُصيب ٣ أشخاص»";
/// let n = Normalizer::search().normalize(text);
/// assert_eq!(n.as_str(), "قال مصدر: «اصيب 3 اشخاص»");
/// // "مصدر" (a source) is at bytes 7..15 of the normalized text; in the
/// // original it is written in presentation forms, followed by an RLM.
/// let span = n.to_original(Span::new(7, 15));
/// assert_eq!(&text[span], "ﻣﺼﺪﺭ\u{200F}");
/// ```
#[derive(Clone)]
pub struct Normalizer {
    options: Options,
    /// For each byte `b`: bit `k` is set when a char whose first byte is `b`
    /// and whose second byte is `0x80 | k` may change. ASCII and continuation
    /// bytes have no bit set.
    scan: [u64; 256],
    /// The fast-path action for U+0600 + i.
    arabic: [Action; 256],
}

impl fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Normalizer")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Default for Normalizer {
    /// The search preset.
    fn default() -> Normalizer {
        Normalizer::search()
    }
}

/// What the general path does with one char.
enum Slow {
    Keep,
    /// Replace the input from `start` (the char itself, or from the base
    /// letter it composes with) with the chars `out`, each then folded.
    Replace {
        start: usize,
        out: Source,
    },
}

enum Source {
    Char(Option<char>),
    Decomposition(&'static str),
}

impl Normalizer {
    /// The search preset (what [`normalize`](crate::normalize()) uses).
    pub fn search() -> Normalizer {
        NormalizerBuilder::search().build()
    }

    /// The display preset: repairs the encoding, keeps what a reader sees.
    pub fn display() -> Normalizer {
        NormalizerBuilder::display().build()
    }

    fn with_options(options: Options) -> Normalizer {
        let mut n = Normalizer {
            options,
            scan: [0; 256],
            arabic: [Action::Keep; 256],
        };
        for &(lo, hi) in CANDIDATE_RANGES {
            for c in lo..=hi {
                if !n.may_change(c) {
                    continue;
                }
                let mut buf = [0u8; 4];
                let bytes = c.encode_utf8(&mut buf).as_bytes();
                n.scan[bytes[0] as usize] |= 1 << (bytes[1] & 0x3F);
                if let 0x0600..=0x06FF = c as u32 {
                    n.arabic[c as usize - 0x0600] = n.fast_action(c);
                }
            }
        }
        n
    }

    fn may_change(&self, c: char) -> bool {
        let o = &self.options;
        (o.compose_hamza && is_composing_mark(c))
            || (o.decompose_presentation_forms && is_presentation_form(c) && decompose(c).is_some())
            || fold(c, o) != Some(c)
    }

    fn fast_action(&self, c: char) -> Action {
        if self.options.compose_hamza && is_composing_mark(c) {
            return Action::Slow;
        }
        match fold(c, &self.options) {
            None => Action::Delete,
            Some(r) if r == c => Action::Keep,
            Some(r) if r.is_ascii() => Action::Ascii(r as u8),
            Some(r) if r.len_utf8() == 2 => Action::Same(r),
            Some(_) => Action::Slow,
        }
    }

    /// Normalizes `text`, keeping an offset map back to it.
    ///
    /// The result borrows `text` (and allocates nothing) when nothing changes.
    pub fn normalize<'a>(&self, text: &'a str) -> Normalized<'a> {
        let mut map = OffsetMap::default();
        let out = self.run(text, &mut map);
        Normalized::new(out, map)
    }

    /// Normalizes `text` without an offset map (a little faster).
    ///
    /// ```
    /// use arabic_news::normalize::Normalizer;
    /// use std::borrow::Cow;
    ///
    /// let n = Normalizer::search();
    /// assert!(matches!(n.normalize_str("قال الوزير"), Cow::Borrowed(_)));
    /// assert_eq!(n.normalize_str("قالَ الوزيرُ"), "قال الوزير");
    /// ```
    pub fn normalize_str<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.run(text, &mut NoMap)
    }

    /// The general path for the char `c` at `pos`.
    fn slow(&self, text: &str, pos: usize, c: char) -> Slow {
        let o = &self.options;
        if o.compose_hamza && is_composing_mark(c) {
            if let Some(base) = text[..pos].chars().next_back() {
                if let Some(composed) = compose(base, c) {
                    return Slow::Replace {
                        start: pos - base.len_utf8(),
                        out: Source::Char(fold(composed, o)),
                    };
                }
            }
        }
        if o.decompose_presentation_forms && is_presentation_form(c) {
            if let Some(d) = decompose(c) {
                let d = if o.remove_diacritics && is_spacing_mark_form(d) {
                    ""
                } else {
                    d
                };
                return Slow::Replace {
                    start: pos,
                    out: Source::Decomposition(d),
                };
            }
        }
        match fold(c, o) {
            Some(r) if r == c => Slow::Keep,
            r => Slow::Replace {
                start: pos,
                out: Source::Char(r),
            },
        }
    }

    /// The engine: finds the chars that may change with the scan table, 64
    /// bytes at a time, copies the runs of unchanged text between them, and
    /// handles each char that changes.
    fn run<'a, R: Record>(&self, text: &'a str, rec: &mut R) -> Cow<'a, str> {
        let bytes = text.as_bytes();
        let mut state = State {
            out: String::new(),
            changed: false,
            run: 0,
        };
        let mut block = 0;
        while block < bytes.len() {
            let mut mask = self.block_mask(bytes, block);
            while mask != 0 {
                let pos = block + mask.trailing_zeros() as usize;
                mask &= mask - 1;
                self.handle(text, pos, &mut state, rec);
            }
            block += BLOCK;
        }
        if !state.changed {
            return Cow::Borrowed(text);
        }
        let mut out = state.out;
        out.push_str(&text[state.run..]);
        Cow::Owned(out)
    }

    /// Bit `j` is set when the char starting at `block + j` may change. Only
    /// lead bytes can have their bit set.
    #[inline]
    fn block_mask(&self, bytes: &[u8], block: usize) -> u64 {
        let scan = &self.scan;
        let mut mask = 0u64;
        if let Some(w) = bytes.get(block..block + BLOCK + 1) {
            // Eight independent accumulators, so that the bits are not one
            // long dependency chain.
            let mut acc = [0u64; 8];
            for g in 0..BLOCK / 8 {
                for (k, a) in acc.iter_mut().enumerate() {
                    let j = g * 8 + k;
                    *a |= ((scan[w[j] as usize] >> (w[j + 1] & 0x3F)) & 1) << j;
                }
            }
            mask = acc.iter().fold(0, |m, a| m | a);
        } else {
            for (j, &b) in bytes[block..].iter().enumerate() {
                let next = bytes.get(block + j + 1).copied().unwrap_or(0);
                let bit = (scan[b as usize] >> (next & 0x3F)) & 1;
                mask |= bit << j;
            }
        }
        mask
    }

    /// Handles the char at `pos`, which may change.
    #[inline]
    fn handle<R: Record>(&self, text: &str, pos: usize, st: &mut State, rec: &mut R) {
        let bytes = text.as_bytes();
        let b = bytes[pos];
        if b & 0xFC == 0xD8 {
            // A two-byte char of U+0600..U+06FF.
            let second = bytes.get(pos + 1).copied().unwrap_or(0);
            let end = pos + 2;
            match self.arabic[((b as usize & 3) << 6) | (second as usize & 0x3F)] {
                Action::Keep => return,
                Action::Same(r) => {
                    st.flush(text, pos);
                    st.out.push(r);
                    st.run = end;
                    return;
                }
                Action::Ascii(r) => {
                    st.flush(text, pos);
                    let at = st.out.len();
                    st.out.push(char::from(r));
                    rec.edit(pos, end, at, at + 1);
                    st.run = end;
                    return;
                }
                Action::Delete => {
                    st.flush(text, pos);
                    let at = st.out.len();
                    rec.edit(pos, end, at, at);
                    st.run = end;
                    return;
                }
                Action::Slow => {}
            }
        }
        let Some(c) = text[pos..].chars().next() else {
            return;
        };
        let end = pos + c.len_utf8();
        let (start, source) = match self.slow(text, pos, c) {
            Slow::Keep => return,
            Slow::Replace { start, out } => (start, out),
        };
        if start < pos && st.run < pos {
            // Composition with a base letter still in the pending run.
            st.flush(text, start);
        } else {
            st.flush(text, pos);
            if start < pos {
                // The base letter was already written (folded: always two
                // bytes, never recorded): take it back.
                let keep = st.out.len().saturating_sub(pos - start);
                st.out.truncate(keep);
            }
        }
        let out = &mut st.out;
        let at = out.len();
        let one_for_one = match source {
            Source::Char(Some(r)) => {
                out.push(r);
                start == pos && r.len_utf8() == c.len_utf8()
            }
            Source::Char(None) => false,
            Source::Decomposition(d) => {
                out.extend(d.chars().filter_map(|x| fold(x, &self.options)));
                false
            }
        };
        if !one_for_one {
            rec.edit(start, end, at, out.len());
        }
        st.run = end;
    }

    /// The obviously right twin of the engine: char by char, no tables.
    /// Returns the text and the edits it would record.
    #[cfg(test)]
    pub(crate) fn naive(&self, text: &str) -> (String, Vec<(usize, usize, usize, usize)>) {
        let o = &self.options;
        let mut out = String::new();
        let mut edits = Vec::new();
        let mut prev: Option<(usize, char, usize)> = None; // (input pos, char, output pos)
        for (pos, c) in text.char_indices() {
            let end = pos + c.len_utf8();
            if o.compose_hamza && is_composing_mark(c) {
                if let Some((ppos, p, pout)) = prev {
                    if let Some(k) = compose(p, c) {
                        out.truncate(pout);
                        if let Some(r) = fold(k, o) {
                            out.push(r);
                        }
                        edits.push((ppos, end, pout, out.len()));
                        prev = Some((pos, c, out.len()));
                        continue;
                    }
                }
            }
            let at = out.len();
            if o.decompose_presentation_forms && is_presentation_form(c) {
                if let Some(d) = decompose(c) {
                    if !(o.remove_diacritics && is_spacing_mark_form(d)) {
                        out.extend(d.chars().filter_map(|x| fold(x, o)));
                    }
                    edits.push((pos, end, at, out.len()));
                    prev = Some((pos, c, at));
                    continue;
                }
            }
            match fold(c, o) {
                Some(r) => {
                    out.push(r);
                    if r.len_utf8() != c.len_utf8() {
                        edits.push((pos, end, at, out.len()));
                    }
                }
                None => edits.push((pos, end, at, at)),
            }
            prev = Some((pos, c, at));
        }
        (out, edits)
    }
}

/// Bytes scanned per bit mask.
const BLOCK: usize = 64;

/// The output being built.
struct State {
    out: String,
    /// False until the first change: then the output is allocated.
    changed: bool,
    /// Start of the input not yet copied to `out`.
    run: usize,
}

impl State {
    /// Copies the pending run of unchanged input up to `to`.
    #[inline]
    fn flush(&mut self, text: &str, to: usize) {
        if !self.changed {
            self.changed = true;
            self.out.reserve(text.len() + 16);
        }
        self.out.push_str(&text[self.run..to]);
    }
}
