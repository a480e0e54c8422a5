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
#[inline]
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
    pub words: Map<Entry>,
    pub duals: Map<()>,
    pub units: Map<&'static str>,
    pub months: Map<()>,
    /// (before?, qualifier, folded words)
    pub qualifiers: Vec<(bool, Qualifier, Vec<String>)>,
}

fn lines(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect())
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
    let duals = lines(include_str!("data/duals.txt"))
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
    Lexicon {
        words,
        duals,
        units,
        months,
        qualifiers,
    }
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);
