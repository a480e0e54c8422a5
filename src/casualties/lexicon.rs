//! The casualty lexicons (data files in `data/`), folded and indexed once.
//!
//! Every word of every list gets one [`Entry`] in a hash map keyed by its folded form;
//! a token is looked up once (with its proclitics stripped, see [`Lexicon::lookup`]) and
//! the matcher then works on entry ids.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::Category;

/// How a trigger relates to its count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TrigKind {
    /// Verbal noun, count after: مقتل 14 مدنيا.
    VNoun,
    /// Verb, count after: قتل 18 شخصا.
    Verb,
    /// Plural or dual verb after the count: 12 متشددا قتلوا.
    Post,
    /// Casualty noun after the count: خمسة قتلى.
    Noun,
    /// Dual casualty noun: قتيلين (two dead).
    Dual,
    /// لقي, a killed trigger only with حتفه / مصرعه after it.
    Laqa,
    /// A verbal noun that is a trigger only with على after it: القضاء على، القبض على.
    Ala,
}

/// Grammatical number of a victim noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VictimNum {
    Sg,
    Acc,
    Pl,
    Du,
    Other,
    Group,
}

/// What a number word contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumKind {
    Unit,
    TeenUnit,
    Ten,
    Hundred,
    Scale,
    /// آلاف، ملايين: a scale after a number, a vague count alone.
    ScalePl,
    Scale2,
    Vague,
}

/// Qualifier of a count as the lexicon names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Qual {
    Approximate,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
}

/// Single-word markers.
pub(crate) const TOLL: u8 = 1;
pub(crate) const RISE: u8 = 2;
pub(crate) const NEGATION: u8 = 4;
pub(crate) const SUBSET: u8 = 8;
pub(crate) const HEDGE: u8 = 16;
pub(crate) const CUMULATIVE: u8 = 32;
pub(crate) const CLAUSE: u8 = 64;
pub(crate) const DEATH: u8 = 128;

/// Everything the lists say about one folded word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Entry {
    pub trig: Option<(Category, TrigKind)>,
    pub victim: Option<VictimNum>,
    pub num: Option<(u64, NumKind)>,
    pub nonvictim: bool,
    pub marker: u8,
}

/// A phrase of several words (qualifier or marker), as entry ids.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub ids: Vec<u32>,
    pub qual: Option<(Qual, bool)>,
    pub marker: u8,
}

/// Word ids the matcher tests directly.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Words {
    pub min: u32,
    pub bain: u32,
    pub ila: u32,
    pub ila2: u32,
    pub aw: u32,
    pub hala: u32,
    pub halat: u32,
    pub safuf: u32,
    pub ala: u32,
    pub huwa: u32,
    pub hiya: u32,
    pub alladhina: u32,
}

/// Small, fast hasher for short byte keys (FNV-1a folded 8 bytes at a time).
#[derive(Default)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ 0xcbf2_9ce4_8422_2325;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            h = (h ^ u64::from_le_bytes(b))
                .wrapping_mul(0x0100_0000_01b3_u64.wrapping_add(1 << 40));
            h ^= h >> 29;
        }
        for &b in chunks.remainder() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h ^ (h >> 32);
    }
}

type Map = HashMap<Box<str>, u32, BuildHasherDefault<FastHasher>>;

/// The indexed lexicon.
pub(crate) struct Lexicon {
    map: Map,
    pub entries: Vec<Entry>,
    pub phrases: Vec<Phrase>,
    /// For each entry id, whether some phrase starts with it.
    pub phrase_start: Vec<bool>,
    pub words: Words,
}

/// Token proclitics found by [`Lexicon::lookup`].
pub(crate) const WA: u8 = 1;
pub(crate) const DEF: u8 = 2;
pub(crate) const PREP: u8 = 4;

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

const TRIGGERS: &str = include_str!("data/triggers.txt");
const VICTIMS: &str = include_str!("data/victims.txt");
const NONVICTIMS: &str = include_str!("data/nonvictims.txt");
const NUMBERS: &str = include_str!("data/numbers.txt");
const QUALIFIERS: &str = include_str!("data/qualifiers.txt");
const MARKERS: &str = include_str!("data/markers.txt");

/// Folds one character for matching: `None` drops it (diacritics, tatweel).
#[inline]
pub(crate) fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' | 'ی' | 'ئ' => Some('ي'),
        'ة' => Some('ه'),
        'ؤ' => Some('و'),
        'ک' => Some('ك'),
        _ => Some(c),
    }
}

/// Folds `word` into `out` (cleared first).
#[inline]
pub(crate) fn fold_into(word: &str, out: &mut String) {
    out.clear();
    out.extend(word.chars().filter_map(fold_char));
}

fn data_lines(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn category(s: &str) -> Option<Category> {
    Some(match s {
        "killed" => Category::Killed,
        "injured" => Category::Injured,
        "missing" => Category::Missing,
        "detained" => Category::Detained,
        "kidnapped" => Category::Kidnapped,
        "displaced" => Category::Displaced,
        "evacuated" => Category::Evacuated,
        "killed_or_injured" => Category::KilledOrInjured,
        _ => return None,
    })
}

impl Lexicon {
    fn id(&mut self, word: &str) -> u32 {
        let mut f = String::new();
        fold_into(word, &mut f);
        if let Some(&id) = self.map.get(f.as_str()) {
            return id;
        }
        let id = self.entries.len() as u32;
        self.entries.push(Entry::default());
        self.map.insert(f.into_boxed_str(), id);
        id
    }

    fn load() -> Lexicon {
        let mut lx = Lexicon {
            map: Map::default(),
            entries: Vec::new(),
            phrases: Vec::new(),
            phrase_start: Vec::new(),
            words: Words {
                min: 0,
                bain: 0,
                ila: 0,
                ila2: 0,
                aw: 0,
                hala: 0,
                halat: 0,
                safuf: 0,
                ala: 0,
                huwa: 0,
                hiya: 0,
                alladhina: 0,
            },
        };
        for f in data_lines(TRIGGERS) {
            let (Some(cat), Some(kind)) = (f.get(1).and_then(|c| category(c)), f.get(2)) else {
                continue;
            };
            let kind = match *kind {
                "vnoun" => TrigKind::VNoun,
                "verb" => TrigKind::Verb,
                "post" => TrigKind::Post,
                "noun" => TrigKind::Noun,
                "dual" => TrigKind::Dual,
                "laqa" => TrigKind::Laqa,
                "ala" => TrigKind::Ala,
                _ => continue,
            };
            let id = lx.id(f[0]) as usize;
            lx.entries[id].trig = Some((cat, kind));
        }
        for f in data_lines(VICTIMS) {
            let num = match f.get(1).copied() {
                Some("sg") => VictimNum::Sg,
                Some("acc") => VictimNum::Acc,
                Some("pl") => VictimNum::Pl,
                Some("du") => VictimNum::Du,
                Some("other") => VictimNum::Other,
                Some("group") => VictimNum::Group,
                _ => continue,
            };
            let id = lx.id(f[0]) as usize;
            lx.entries[id].victim = Some(num);
        }
        for f in data_lines(NONVICTIMS) {
            let id = lx.id(f[0]) as usize;
            lx.entries[id].nonvictim = true;
        }
        for f in data_lines(NUMBERS) {
            let (Some(v), Some(k)) = (f.get(1).and_then(|v| v.parse().ok()), f.get(2)) else {
                continue;
            };
            let kind = match *k {
                "unit" => NumKind::Unit,
                "teenunit" => NumKind::TeenUnit,
                "ten" => NumKind::Ten,
                "hundred" => NumKind::Hundred,
                "scale" => NumKind::Scale,
                "scalepl" => NumKind::ScalePl,
                "scale2" => NumKind::Scale2,
                "vague" => NumKind::Vague,
                _ => continue,
            };
            let id = lx.id(f[0]) as usize;
            lx.entries[id].num = Some((v, kind));
        }
        for f in data_lines(QUALIFIERS) {
            let (Some(q), Some(pos)) = (f.get(1), f.get(2)) else {
                continue;
            };
            let q = match *q {
                "approximate" => Qual::Approximate,
                "at_least" => Qual::AtLeast,
                "more_than" => Qual::MoreThan,
                "at_most" => Qual::AtMost,
                "less_than" => Qual::LessThan,
                _ => continue,
            };
            let ids = f[0].split_whitespace().map(|w| lx.id(w)).collect();
            lx.phrases.push(Phrase {
                ids,
                qual: Some((q, *pos == "before")),
                marker: 0,
            });
        }
        for f in data_lines(MARKERS) {
            let marker = match f.get(1).copied() {
                Some("toll") => TOLL,
                Some("rise") => RISE,
                Some("negation") => NEGATION,
                Some("subset") => SUBSET,
                Some("hedge") => HEDGE,
                Some("cumulative") => CUMULATIVE,
                Some("clause") => CLAUSE,
                Some("death") => DEATH,
                _ => continue,
            };
            let ids: Vec<u32> = f[0].split_whitespace().map(|w| lx.id(w)).collect();
            if ids.len() == 1 {
                lx.entries[ids[0] as usize].marker |= marker;
            } else {
                lx.phrases.push(Phrase {
                    ids,
                    qual: None,
                    marker,
                });
            }
        }
        lx.words = Words {
            min: lx.id("من"),
            bain: lx.id("بين"),
            ila: lx.id("إلى"),
            ila2: lx.id("الى"),
            aw: lx.id("أو"),
            hala: lx.id("حالة"),
            halat: lx.id("حالات"),
            safuf: lx.id("صفوف"),
            ala: lx.id("على"),
            huwa: lx.id("هو"),
            hiya: lx.id("هي"),
            alladhina: lx.id("الذين"),
        };
        lx.phrase_start = vec![false; lx.entries.len()];
        for p in &lx.phrases {
            lx.phrase_start[p.ids[0] as usize] = true;
        }
        lx
    }

    /// Looks up a folded word, trying it as written and then without the proclitics
    /// و/ف, ب/ل and the article ال (لل). Returns the entry id and the stripped clitics.
    pub(crate) fn lookup(&self, w: &str) -> Option<(u32, u8)> {
        if w.len() < 2 {
            return None;
        }
        let mut bases: [(&str, u8); 2] = [(w, 0), ("", 0)];
        if let Some(r) = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
            if r.chars().count() >= 2 {
                bases[1] = (r, WA);
            }
        }
        for &(b, flags) in &bases {
            if b.is_empty() {
                continue;
            }
            if let Some(&id) = self.map.get(b) {
                return Some((id, flags));
            }
        }
        for &(b, flags) in &bases {
            if b.is_empty() {
                continue;
            }
            let stripped: [(Option<&str>, u8); 4] = [
                (b.strip_prefix("ال"), DEF),
                (b.strip_prefix("لل"), DEF | PREP),
                (b.strip_prefix("بال"), DEF | PREP),
                (b.strip_prefix('ب').or_else(|| b.strip_prefix('ل')), PREP),
            ];
            for (s, f) in stripped {
                if let Some(s) = s {
                    if s.chars().count() >= 2 {
                        if let Some(&id) = self.map.get(s) {
                            return Some((id, flags | f));
                        }
                    }
                }
            }
        }
        None
    }
}
