//! The cue lexicon: reporting verbs, their participles and the non-verbal
//! attributors, loaded once from `data/*.txt` and matched through proclitics.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A small multiplicative hasher for short lexicon keys: the lexicons are fixed
/// data, so hash flooding is no concern, and SipHash would dominate the scan.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type Fast = BuildHasherDefault<WordHasher>;
pub(crate) type WordSet = HashSet<String, Fast>;

use super::scan::{clitic_forms, fold};

/// How a cue takes its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A clause (أنّ/إنّ, colon, quote marks) only.
    Clause,
    /// Like `Clause`, but the form is ambiguous: the complementizer must follow at once.
    Strict,
    /// A clause, or a verbal noun / object (أعلن مقتل، دعا إلى).
    Noun,
}

/// One form of a cue.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CueForm {
    pub lemma: &'static str,
    pub class: Class,
    pub participle: bool,
    pub fem: bool,
    pub plural: bool,
    /// Imperfect (يقول، تحذر): in narrative it needs a clause to count as a cue.
    pub imperfect: bool,
}

use crate::lexicon::entries as lines;

static CUES: LazyLock<HashMap<String, CueForm, Fast>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in lines(include_str!("data/cues.txt")) {
        let mut cols = line.split('\t');
        let (Some(lemma), Some(class)) = (cols.next(), cols.next()) else {
            continue;
        };
        let class = match class {
            "N" => Class::Noun,
            "S" => Class::Strict,
            _ => Class::Clause,
        };
        let flemma = fold(lemma);
        let finite = cols.next().unwrap_or("");
        let participles = cols.next().unwrap_or("");
        for form in finite.split_whitespace() {
            let f = fold(form);
            // تتابع: the imperfect of a lemma that itself starts with ت.
            let t_imperfect =
                f.starts_with('ت') && (!flemma.starts_with('ت') || f.starts_with("تت"));
            // قلن: the feminine plural of the past.
            let fem_plural = f.ends_with('ن')
                && !flemma.ends_with('ن')
                && !f.ends_with("ون")
                && !f.ends_with("ان");
            let fem = (f.ends_with('ت') && f != flemma) || t_imperfect || fem_plural;
            let plural = f.ends_with("وا") || f.ends_with("ون") || fem_plural;
            let imperfect = (f.starts_with('ي') && !flemma.starts_with('ي')) || t_imperfect;
            map.entry(f).or_insert(CueForm {
                lemma,
                class,
                participle: false,
                fem: fem && (!plural || fem_plural),
                plural,
                imperfect,
            });
        }
        for form in participles.split_whitespace() {
            let f = fold(form);
            let plural = f.ends_with("ين");
            map.entry(f.clone()).or_insert(CueForm {
                lemma,
                class,
                participle: true,
                fem: f.ends_with('ه'),
                plural,
                imperfect: false,
            });
        }
    }
    map
});

fn set(data: &'static str) -> WordSet {
    lines(data).map(fold).collect()
}

static ATTRIBUTORS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("data/attributors.txt")));
pub(crate) static HEADS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("data/heads.txt")));
pub(crate) static STOPS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("data/stops.txt")));
static NAMING: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("data/naming.txt")));
pub(crate) static OPENERS: LazyLock<WordSet> =
    LazyLock::new(|| set(include_str!("data/openers.txt")));

/// The cue form of a folded word, trying it as written, then without و/ف, then without ل.
pub(crate) fn cue(w: &str) -> Option<CueForm> {
    // Every cue form is 2 to 7 letters (2 bytes each) plus at most two proclitics.
    if w.len() < 4 || w.len() > 20 || !maybe(w) {
        return None;
    }
    for f in clitic_forms(w).into_iter().flatten() {
        if let Some(c) = CUES.get(f) {
            return Some(*c);
        }
    }
    None
}

/// True when the folded word is a cue, possibly with an object pronoun (وصفه، وصفتها).
pub(crate) fn cue_with_object(w: &str) -> bool {
    cue(w).is_some()
        || ["هم", "ها", "ه"]
            .iter()
            .any(|p| w.strip_suffix(p).is_some_and(|r| cue(r).is_some()))
}

/// True when the folded word (with or without و) is an attributor (بحسب، وفق ...).
pub(crate) fn attributor(w: &str) -> bool {
    if w.len() < 6 || w.len() > 14 {
        return false;
    }
    ATTRIBUTORS.contains(w) || w.strip_prefix('و').is_some_and(|r| ATTRIBUTORS.contains(r))
}

/// True when the folded word, without article and proclitics, is a speaker head.
pub(crate) fn head(w: &str) -> bool {
    HEADS.contains(w)
        || HEADS.contains(super::scan::bare(w))
        || w.strip_prefix('و')
            .is_some_and(|r| HEADS.contains(super::scan::bare(r)))
}

static STATEMENTS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("data/statements.txt")));

/// True when the folded word is a statement noun (بيان، البيان، بيانا، تقرير), with or
/// without the article.
pub(crate) fn statement(w: &str) -> bool {
    let b = super::scan::bare(w);
    STATEMENTS.contains(b) || b.strip_suffix('ا').is_some_and(|r| STATEMENTS.contains(r))
}

/// Complementizers that open reported content: أنّ/إنّ/بأنّ and their pronoun forms.
pub(crate) fn complementizer(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w.strip_prefix('ف').unwrap_or(w);
    let w = w.strip_prefix('ب').unwrap_or(w);
    matches!(
        w,
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "انهن"
            | "انني"
            | "انا"
            | "اننا"
            | "انكم"
            | "انما"
    )
}

/// Forces every lazy table, so that a benchmark does not time their construction.
pub(crate) fn warm() {
    LazyLock::force(&CUES);
    LazyLock::force(&ATTRIBUTORS);
    LazyLock::force(&HEADS);
    LazyLock::force(&STOPS);
    LazyLock::force(&OPENERS);
    LazyLock::force(&SUFFIXES);
    LazyLock::force(&NAMING);
    LazyLock::force(&STATEMENTS);
}

/// True when the folded word announces a quoted name (تنظيم، عملية، صحيفة ...).
pub(crate) fn naming(w: &str) -> bool {
    let b = super::scan::bare(w);
    NAMING.contains(b)
        || w.strip_prefix(['و', 'ف', 'ل', 'ب'])
            .is_some_and(|r| NAMING.contains(super::scan::bare(r)))
}

/// True when the cue form itself begins with و (وصف، وعد), so that a leading و
/// is not a conjunction.
pub(crate) fn starts_with_waw(w: &str) -> bool {
    CUES.contains_key(w) && w.starts_with('و')
}

/// Index of an Arabic letter (ء..ي) for the suffix filter, from its two UTF-8
/// bytes (every letter U+0621..U+064A is two bytes).
#[inline]
fn letter(b0: u8, b1: u8) -> Option<usize> {
    let u = (u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F);
    (matches!(b0, 0xD8 | 0xD9) && (0x0621..=0x064A).contains(&u)).then(|| (u - 0x0621) as usize)
}

/// Letters in the suffix filter's alphabet.
const LETTERS: usize = 42;

/// The last three letters of a folded word (two for a two-letter word), as an
/// index into [`SUFFIXES`]; `None` when one of them is not an Arabic letter.
#[inline]
fn suffix_key(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let n = b.len();
    if n < 4 {
        return None;
    }
    let c = letter(b[n - 2], b[n - 1])?;
    let bb = letter(b[n - 4], b[n - 3])?;
    // A two-letter word takes the row of an absent first letter.
    let a = if n >= 6 {
        letter(b[n - 6], b[n - 5])?
    } else {
        LETTERS
    };
    Some((a * LETTERS + bb) * LETTERS + c)
}

/// Which three-letter endings any cue or attributor has: proclitics never change
/// a word's end, so one bit test rules out most words before any hash lookup.
/// A bitset of 9.5 KB, so that it stays in the L1 cache.
static SUFFIXES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; ((LETTERS + 1) * LETTERS * LETTERS).div_ceil(64)];
    let mut set = |i: usize| bits[i / 64] |= 1 << (i % 64);
    for k in CUES.keys().chain(ATTRIBUTORS.iter()) {
        if let Some(i) = suffix_key(k) {
            set(i);
            // A two-letter form may follow a proclitic: every first letter passes.
            if k.len() == 4 {
                let tail = i % (LETTERS * LETTERS);
                for a in 0..LETTERS {
                    set(a * LETTERS * LETTERS + tail);
                }
            }
        }
    }
    bits
});

/// False when the folded word can be neither a cue nor an attributor.
#[inline]
pub(crate) fn maybe(w: &str) -> bool {
    suffix_key(w).is_some_and(|i| SUFFIXES[i / 64] & (1 << (i % 64)) != 0)
}
