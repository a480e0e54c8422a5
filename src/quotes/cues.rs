//! The cue lexicon: reporting verbs, their participles and the non-verbal
//! attributors, loaded once from `data/*.txt` and matched through proclitics.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

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

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static CUES: LazyLock<HashMap<String, CueForm>> = LazyLock::new(|| {
    let mut map = HashMap::new();
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
            let fem = (f.ends_with('ت') && f != flemma)
                || (f.starts_with('ت') && !flemma.starts_with('ت'));
            let plural = f.ends_with("وا") || f.ends_with("ون");
            let imperfect = (f.starts_with('ي') || f.starts_with('ت')) && !flemma.starts_with(f.chars().next().unwrap_or(' '));
            map.entry(f).or_insert(CueForm {
                lemma,
                class,
                participle: false,
                fem: fem && !plural,
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

fn set(data: &'static str) -> HashSet<String> {
    lines(data).map(fold).collect()
}

static ATTRIBUTORS: LazyLock<HashSet<String>> = LazyLock::new(|| set(include_str!("data/attributors.txt")));
pub(crate) static HEADS: LazyLock<HashSet<String>> = LazyLock::new(|| set(include_str!("data/heads.txt")));
pub(crate) static STOPS: LazyLock<HashSet<String>> = LazyLock::new(|| set(include_str!("data/stops.txt")));
pub(crate) static OPENERS: LazyLock<HashSet<String>> = LazyLock::new(|| set(include_str!("data/openers.txt")));

/// The cue form of a folded word, trying it as written, then without و/ف, then without ل.
pub(crate) fn cue(w: &str) -> Option<CueForm> {
    for f in clitic_forms(w).into_iter().flatten() {
        if let Some(c) = CUES.get(f) {
            return Some(*c);
        }
    }
    None
}

/// True when the folded word (with or without و) is an attributor (بحسب، وفق ...).
pub(crate) fn attributor(w: &str) -> bool {
    ATTRIBUTORS.contains(w) || w.strip_prefix('و').is_some_and(|r| ATTRIBUTORS.contains(r))
}

/// True when the folded word, without article and proclitics, is a speaker head.
pub(crate) fn head(w: &str) -> bool {
    HEADS.contains(w) || HEADS.contains(super::scan::bare(w)) || w.strip_prefix('و').is_some_and(|r| HEADS.contains(super::scan::bare(r)))
}

/// Complementizers that open reported content: أنّ/إنّ/بأنّ and their pronoun forms.
pub(crate) fn complementizer(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w.strip_prefix('ف').unwrap_or(w);
    let w = w.strip_prefix('ب').unwrap_or(w);
    matches!(
        w,
        "ان" | "انه" | "انها" | "انهم" | "انهن" | "انني" | "انا" | "اننا" | "انكم" | "انما"
    )
}

/// Forces every lazy table, so that a benchmark does not time their construction.
pub(crate) fn warm() {
    LazyLock::force(&CUES);
    LazyLock::force(&ATTRIBUTORS);
    LazyLock::force(&HEADS);
    LazyLock::force(&STOPS);
    LazyLock::force(&OPENERS);
}

/// True when the cue form itself begins with و (وصف، وعد), so that a leading و
/// is not a conjunction.
pub(crate) fn starts_with_waw(w: &str) -> bool {
    CUES.contains_key(w) && w.starts_with('و')
}
