//! The word lists of `data/`, folded and loaded once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::Qualifier;

/// A small multiplicative hasher (FxHash): the keys are short words, and
/// SipHash's protection against crafted keys is not needed for a fixed lexicon.
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type Map<V> = HashMap<Box<str>, V, BuildHasherDefault<FxHasher>>;

/// The grammatical class of a number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Unit,
    Teen,
    Ten,
    Hundred,
    Scale,
    Scale2,
    ScalePl,
    Frac,
    Frac2,
    FracPl,
    Ord,
    Vague,
    Few,
    Point,
    Part,
    Neg,
}

/// One lexicon entry.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub class: Class,
    pub value: i128,
    /// Has a common non-number reading (خمس "a fifth", سبع "lion").
    pub amb: bool,
    /// Only as the first part of a compound (اثنا عشر), or أحد "one".
    pub teen: bool,
}

/// Folds a letter for lexicon matching: hamza carriers to their base, ة to ه,
/// ى to ي; returns `None` for marks that are dropped (diacritics, tatweel).
#[inline(always)]
pub(crate) fn fold(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' | 'ئ' => 'ي',
        'ؤ' => 'و',
        '\u{640}' | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{610}'..='\u{61A}' => return None,
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    })
}

/// Folds a whole word.
pub(crate) fn fold_str(s: &str) -> String {
    s.chars().filter_map(fold).collect()
}

pub(crate) struct Lexicon {
    /// For each pair of leading letters (U+0620..U+065F) of a key of `words` or
    /// `duals`, a bit set of the third letters that follow (bit 63: none): a cheap
    /// test that skips the lookups of most ordinary words.
    pub prefixes: Box<[u64]>,
    /// For the same pairs, a bit set of the last letters of the keys.
    pub lasts: Box<[u64]>,
    pub words: Map<Entry>,
    pub duals: Map<()>,
    pub units: Map<&'static str>,
    pub months: Map<()>,
    /// (before?, qualifier, folded words)
    pub qualifiers: Vec<(bool, Qualifier, Vec<String>)>,
}

fn lines(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    crate::lexicon::entries(data).map(|l| l.split_whitespace().collect())
}

fn qualifier_from(name: &str) -> Qualifier {
    match name {
        "approximate" => Qualifier::Approximate,
        "more_than" => Qualifier::MoreThan,
        "at_least" => Qualifier::AtLeast,
        "less_than" => Qualifier::LessThan,
        "at_most" => Qualifier::AtMost,
        other => panic!("qualifiers.txt: unknown qualifier {other}"),
    }
}

fn build() -> Lexicon {
    let mut words: Map<Entry> = Map::default();
    let mut stems = Vec::new();
    for f in lines(include_str!("data/words.txt")) {
        let (form, class, value) = (f[0], f[1], f[2]);
        let value: i128 = value.parse().expect("words.txt: value");
        let amb = f.get(3) == Some(&"amb");
        let teen = f.get(3) == Some(&"teen");
        let class = match class {
            "unit" => Class::Unit,
            "teen" => Class::Teen,
            "ten" => Class::Ten,
            "hundred" => Class::Hundred,
            "hstem" => {
                stems.push((fold_str(form), value));
                continue;
            }
            "scale" => Class::Scale,
            "scale2" => Class::Scale2,
            "scalepl" => Class::ScalePl,
            "frac" => Class::Frac,
            "frac2" => Class::Frac2,
            "fracpl" => Class::FracPl,
            "ord" => Class::Ord,
            "vague" => Class::Vague,
            "few" => Class::Few,
            "point" => Class::Point,
            "part" => Class::Part,
            "neg" => Class::Neg,
            other => panic!("words.txt: unknown class {other}"),
        };
        let e = Entry {
            class,
            value,
            amb,
            teen,
        };
        words.insert(fold_str(form).into(), e);
        // The accusative ending -اً is often written without the tanween.
        if matches!(class, Class::Scale) && !form.ends_with('ا') {
            words
                .entry(format!("{}ا", fold_str(form)).into())
                .or_insert(e);
        }
    }
    // Joined hundreds: ثلاثمئة، ثلاثمائة، تلتمية.
    for (stem, v) in stems {
        for suffix in ["ميه", "مايه", "ميت"] {
            words.insert(
                format!("{stem}{suffix}").into(),
                Entry {
                    class: Class::Hundred,
                    value: v * 100,
                    amb: false,
                    teen: false,
                },
            );
        }
    }
    let duals: Map<()> = lines(include_str!("data/duals.txt"))
        .map(|f| (fold_str(f[0]).into(), ()))
        .collect();
    let units = lines(include_str!("data/units.txt"))
        .map(|f| (fold_str(f[0]).into(), f[1]))
        .collect();
    let months = lines(include_str!("data/months.txt"))
        .map(|f| (fold_str(f[0]).into(), ()))
        .collect();
    let mut qualifiers: Vec<(bool, Qualifier, Vec<String>)> =
        lines(include_str!("data/qualifiers.txt"))
            .map(|f| {
                (
                    f[0] == "before",
                    qualifier_from(f[1]),
                    f[2..].iter().map(|w| fold_str(w)).collect(),
                )
            })
            .collect();
    // Longest phrase first, so that ما لا يقل عن wins over يقل عن.
    qualifiers.sort_by_key(|q| std::cmp::Reverse(q.2.len()));
    let mut prefixes = vec![0u64; 64 * 64].into_boxed_slice();
    let mut lasts = vec![0u64; 64 * 64].into_boxed_slice();
    for key in words.keys().chain(duals.keys()) {
        let mut it = key.chars().map(letter_index);
        let z = key.chars().last().and_then(letter_index);
        if let (Some(Some(a)), Some(Some(b)), Some(z)) = (it.next(), it.next(), z) {
            lasts[a * 64 + b] |= 1 << z;
        }
        let mut it = key.chars().map(letter_index);
        if let (Some(Some(a)), Some(Some(b))) = (it.next(), it.next()) {
            let c = it.next().map_or(Some(END), |c| c);
            if let Some(c) = c {
                prefixes[a * 64 + b] |= 1 << c;
            }
        }
    }
    Lexicon {
        prefixes,
        lasts,
        words,
        duals,
        units,
        months,
        qualifiers,
    }
}

/// The index of a letter in the U+0620..U+065F block.
#[inline]
pub(crate) fn letter_index(c: char) -> Option<usize> {
    (c as usize).checked_sub(0x620).filter(|&i| i < 63)
}

/// The "no third letter" bit of `Lexicon::prefixes`.
pub(crate) const END: usize = 63;

impl Lexicon {
    /// False when no key of `words` or `duals` starts with the letters `a b c`
    /// (`c` = `None` when the key would end after `b`) and ends with `last`.
    #[inline]
    pub(crate) fn may_start(&self, a: char, b: char, c: Option<char>, last: char) -> bool {
        let (Some(ai), Some(bi)) = (letter_index(a), letter_index(b)) else {
            return false;
        };
        let ci = match c {
            None => END,
            Some(c) => match letter_index(c) {
                Some(c) => c,
                None => return false,
            },
        };
        let Some(zi) = letter_index(last) else {
            return false;
        };
        self.prefixes[ai * 64 + bi] >> ci & 1 == 1 && self.lasts[ai * 64 + bi] >> zi & 1 == 1
    }
}

/// A cheap test before the full analysis of a word, from its first nine folded
/// letters `f[..n]` and its last one: checks the leading letters of each possible
/// stem (after و/ف، ب/ل، ال) against the shapes of the lexicon's keys. Most words
/// of a text fail it.
pub(crate) fn candidate(f: &[char; 9], n: usize, last: char) -> bool {
    let lex = &*LEXICON;
    let at3 = |k: usize| -> bool {
        k + 1 < n && lex.may_start(f[k], f[k + 1], (k + 2 < n).then(|| f[k + 2]), last)
    };
    if !matches!(f[0], 'و' | 'ف' | 'ب' | 'ل' | 'ا') {
        return at3(0);
    }
    let k0 = usize::from(matches!(f[0], 'و' | 'ف'));
    for k in [0, k0] {
        let k1 = k + usize::from(matches!(f[k], 'ب' | 'ل'));
        for at in [k, k1] {
            if at3(at)
                || (f[at] == 'ا' && f[at + 1] == 'ل' && at3(at + 2))
                || (at > k && f[at] == 'ل' && at3(at + 1))
            {
                return true;
            }
        }
    }
    false
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);
