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
    /// نصف، ربع: a fraction of the scale word after it (نصف مليون); the value is the divisor.
    Half,
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
pub(crate) const TOLL: u16 = 1;
pub(crate) const RISE: u16 = 2;
pub(crate) const NEGATION: u16 = 4;
pub(crate) const SUBSET: u16 = 8;
pub(crate) const HEDGE: u16 = 16;
pub(crate) const CUMULATIVE: u16 = 32;
pub(crate) const CLAUSE: u16 = 64;
pub(crate) const DEATH: u16 = 128;
pub(crate) const DISEASE: u16 = 256;
pub(crate) const INTENT: u16 = 512;
pub(crate) const RETURN: u16 = 1024;
pub(crate) const MODAL: u16 = 2048;
pub(crate) const CAUSE: u16 = 4096;

/// Everything the lists say about one folded word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Entry {
    pub trig: Option<(Category, TrigKind)>,
    pub victim: Option<VictimNum>,
    pub num: Option<(u64, NumKind)>,
    pub nonvictim: bool,
    pub marker: u16,
}

/// A phrase of several words (qualifier or marker), as entry ids.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub ids: Vec<u32>,
    pub qual: Option<(Qual, bool)>,
    pub marker: u16,
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
    /// سجن "prison / imprisoning": a trigger only without the article.
    pub sijn: u32,
    /// قد "may" (before an imperfect verb) or "has" (before a past one).
    pub qad: u32,
    /// حبس "jailing": like سجن, a trigger only with its count right after it.
    pub habs: u32,
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
type FormMap = HashMap<Box<str>, (u32, u8), BuildHasherDefault<FastHasher>>;

/// The indexed lexicon.
pub(crate) struct Lexicon {
    map: Map,
    /// Every key with its clitic forms: folded form -> (entry id, clitics).
    forms: FormMap,
    max_key: usize,
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
    let b = word.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Two-byte Arabic letters (U+0600..U+06FF) are folded by byte pattern; everything
        // else goes through `fold_char`.
        if (0xD8..=0xDB).contains(&b[i]) && i + 1 < b.len() {
            let cp = (u32::from(b[i] & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
            if let Some(c) = char::from_u32(cp).and_then(fold_char) {
                out.push(c);
            }
            i += 2;
        } else {
            let c = word[i..].chars().next().unwrap_or('\u{FFFD}');
            if let Some(f) = fold_char(c) {
                out.push(f);
            }
            i += c.len_utf8();
        }
    }
}

fn data_lines(data: &str) -> impl Iterator<Item = Vec<&str>> {
    crate::lexicon::entries(data).map(|l| l.split('\t').map(str::trim).collect())
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
            forms: FormMap::default(),
            max_key: 0,
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
                sijn: 0,
                qad: 0,
                habs: 0,
            },
        };
        for f in data_lines(TRIGGERS) {
            let (Some(cat), Some(kind)) = (f.get(1).and_then(|c| Category::from_name(c)), f.get(2))
            else {
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
        // Duals of singular victim nouns not listed: رجل -> رجلين، رجلان; طفلة -> طفلتين.
        // Nisba nouns (مدني) are left out: مدنيين is far more often the plural.
        let singulars: Vec<String> = data_lines(VICTIMS)
            .filter(|f| f.get(1) == Some(&"sg"))
            .map(|f| f[0].to_string())
            .collect();
        for w in singulars {
            if w.ends_with('ي') || w.ends_with('ى') {
                continue;
            }
            let stem = w.strip_suffix('ة').map_or(w.clone(), |s| format!("{s}ت"));
            for du in [format!("{stem}ين"), format!("{stem}ان")] {
                let mut f = String::new();
                fold_into(&du, &mut f);
                if !lx.map.contains_key(f.as_str()) {
                    let id = lx.id(&du) as usize;
                    lx.entries[id].victim = Some(VictimNum::Du);
                }
            }
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
                "half" => NumKind::Half,
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
                Some("disease") => DISEASE,
                Some("intent") => INTENT,
                Some("return") => RETURN,
                Some("modal") => MODAL,
                Some("cause") => CAUSE,
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
            sijn: lx.id("سجن"),
            qad: lx.id("قد"),
            habs: lx.id("حبس"),
        };
        lx.phrase_start = vec![false; lx.entries.len()];
        for p in &lx.phrases {
            lx.phrase_start[p.ids[0] as usize] = true;
        }
        lx.index_forms();
        lx
    }

    /// Looks up a folded word, as written or with the proclitics و/ف, ب/ل and the
    /// article ال (لل، بال) before a listed form: one hash probe, as every clitic form
    /// of every entry is indexed when the lexicon is built. Returns the entry id and the
    /// clitics (`WA`, `DEF`, `PREP`).
    #[inline]
    pub(crate) fn lookup(&self, w: &str) -> Option<(u32, u8)> {
        if w.len() < 4 || w.len() > self.max_key {
            return None;
        }
        self.forms.get(w).copied()
    }

    /// Indexes every key with its clitic forms. A form already present keeps its reading,
    /// so a word as written wins over a split reading (وفاة is "death", not و + فاة).
    fn index_forms(&mut self) {
        let keys: Vec<(Box<str>, u32)> = self.map.iter().map(|(k, &v)| (k.clone(), v)).collect();
        let mut forms = FormMap::default();
        let add = |forms: &mut FormMap, form: String, id: u32, flags: u8| {
            if form.len() >= 4 {
                forms.entry(form.into_boxed_str()).or_insert((id, flags));
            }
        };
        // Priority order: as written; after و/ف; with the article or a preposition;
        // both.
        for (k, id) in &keys {
            add(&mut forms, k.to_string(), *id, 0);
        }
        for (k, id) in &keys {
            if k.len() >= 4 {
                for wa in ["و", "ف"] {
                    add(&mut forms, format!("{wa}{k}"), *id, WA);
                }
            }
        }
        for wa in [("", 0), ("و", WA), ("ف", WA)] {
            for (k, id) in &keys {
                if k.len() < 4 {
                    continue;
                }
                let mut pre: Vec<(String, u8)> = vec![
                    (format!("ال{k}"), DEF),
                    (format!("بال{k}"), DEF | PREP),
                    (format!("ب{k}"), PREP),
                    (format!("ل{k}"), PREP),
                ];
                // لل = ل + ال; before a word starting with ل the article merges: للاجئين
                pre.push((format!("لل{k}"), DEF | PREP));
                for (p, f) in pre {
                    add(&mut forms, format!("{}{p}", wa.0), *id, f | wa.1);
                }
            }
        }
        self.max_key = forms.keys().map(|k| k.len()).max().unwrap_or(0);
        self.forms = forms;
    }
}
