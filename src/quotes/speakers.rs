//! Speaker noun phrases: titles, names, apposition with commas, genitive chains.
//!
//! A phrase is one or two comma segments (وزير الخارجية، سامي فهد،).
//! Each segment is title-first (it starts with a head such as وزير، المتحدث،
//! مصدر) or name-first (a run of words without the article). The name is the
//! run of undetermined words; the title is the rest of a title-first segment.

use std::sync::LazyLock;

use super::cues::{self, head, STOPS};
use super::scan::{bare, definite, fold, Kind, Scan};

static EVENTS: LazyLock<cues::WordSet> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("data/events.txt"))
        .map(fold)
        .collect()
});

/// Forces the lazy table.
pub(crate) fn warm() {
    LazyLock::force(&EVENTS);
}

/// A speaker phrase, as token ranges (half-open) into the scan.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Phrase {
    /// The whole mention.
    pub text: (usize, usize),
    /// The name, or the body when there is no personal name.
    pub name: (usize, usize),
    /// The title when a name was found beside it.
    pub title: Option<(usize, usize)>,
    /// Plural subject (مسؤولون، الناجون).
    pub plural: bool,
    /// The phrase had no personal name: a title, body or description only.
    pub nameless: bool,
    /// Token index just past the phrase, including a closing comma.
    pub after: usize,
    /// Two comma segments (وزير الخارجية، سامي فهد،): an apposition closed by a comma.
    pub apposition: bool,
}

fn is_sep(s: &Scan, i: usize) -> bool {
    matches!(
        s.toks.get(i).map(|t| t.kind),
        Some(Kind::Punct('،' | ',' | '-' | '–' | '—'))
    )
}

fn is_quote_mark(s: &Scan, i: usize) -> bool {
    matches!(
        s.toks.get(i).map(|t| t.kind),
        Some(Kind::Punct('"' | '«' | '»' | '“' | '”'))
    )
}

/// [`stop`] for token `i`, except the name علي (spelled with ي), which folding
/// merges with the preposition على.
fn stop_at(s: &Scan, i: usize) -> bool {
    let w = s.f(i);
    stop(w) && !(w == "علي" && s.raw(i).ends_with('ي'))
}

fn stop(w: &str) -> bool {
    STOPS.contains(w) || w.strip_prefix('و').is_some_and(|r| STOPS.contains(r))
}

fn name_link(w: &str) -> bool {
    matches!(
        w,
        "عبد" | "ال" | "ابو" | "ابي" | "بن" | "ابن" | "بنت" | "ذو" | "عبيد"
    )
}

/// Parses the speaker phrase that starts at or after token `a`, before `b`.
/// Leading adverbials (في هذا السياق، يوم السبت) are skipped when a comma ends them.
pub(crate) fn after_cue(s: &Scan, a: usize, b: usize) -> Option<Phrase> {
    let mut i = a;
    while i < b {
        if is_sep(s, i) {
            i += 1;
            continue;
        }
        // قال «حزب X» إن: a name in quote marks.
        if is_quote_mark(s, i) && s.word(i + 1) && i + 1 < b {
            i += 1;
        }
        if !s.word(i) {
            return None;
        }
        let w = s.f(i);
        let form = cues::cue(w);
        let participle = form.is_some_and(|c| c.participle);
        // وكتب يقول: a second verb, not a subject.
        if form.is_some_and(|c| c.lemma == "قال" && c.imperfect) {
            i += 1;
            continue;
        }
        // ترد عليه الخارجية: a preposition with a pronoun before the subject.
        if matches!(w, "عليه" | "عليها" | "عليهم" | "له" | "لها" | "لهم") {
            i += 1;
            continue;
        }
        // وحث من جهته زعيم الجماعة: a discourse phrase between the verb and its subject.
        if w == "من" && super::cues::OPENERS.contains(s.f(i + 1)) {
            i += 2;
            continue;
        }
        // وجدد استعداده لـ: a possessed verbal noun (final ه, not ة) is an object.
        // (A possessed person, مراسلها، speaks; a name may end in ه.)
        if i == a {
            let stem = w
                .strip_suffix("ها")
                .or_else(|| w.strip_suffix("هم"))
                .or_else(|| {
                    s.raw(i)
                        .ends_with('ه')
                        .then(|| w.strip_suffix('ه'))
                        .flatten()
                });
            if stem.is_some_and(masdar_like) {
                return None;
            }
        }
        // An addressee (لـ«الشرق الأوسط»، للحاضرين، للصحافيين) is not the speaker.
        let addressee = w == "ل" || w.starts_with("لل");
        if addressee {
            i += 1;
            // لـ«الشرق الأوسط»: the quoted outlet goes with it.
            if is_quote_mark(s, i) {
                i += 1;
                let mut n = 0;
                while i < b && !is_quote_mark(s, i) && n < 6 {
                    i += 1;
                    n += 1;
                }
                i += 1;
            }
            continue;
        }
        // أورد بيان للإليزيه أن، قال بيان لوزارة الخارجية: the statement's issuer speaks.
        if cues::statement(w) {
            if let Some(p) = issuer(s, i + 1, b) {
                return Some(p);
            }
        }
        if stop_at(s, i) || participle {
            if participle || is_time(w) {
                i += 1;
                continue;
            }
            // Skip an adverbial chunk up to the next comma.
            let mut j = i + 1;
            while j < b && !is_sep(s, j) {
                j += 1;
            }
            if j >= b {
                return None;
            }
            i = j + 1;
            continue;
        }
        break;
    }
    if i >= b {
        return None;
    }
    // بيان، صادر عن مكتب X: the statement's author speaks.
    if matches!(bare(s.f(i)), "صادر" | "صادره") && s.f(i + 1) == "عن" && i + 2 < b {
        return phrase(s, i + 2, b);
    }
    phrase(s, i, b)
}

/// A speaker phrase after a verb that takes an object (وصف، دعا، طالب ...) ends
/// before a definite noun that follows a definite nisba adjective: in وصف الرئيس
/// الفلسطيني القرار بأنه, القرار is the object. Nisba adjectives (الفلسطيني،
/// الأمريكية) go on the phrase; a noun cannot follow a complete definite phrase.
pub(crate) fn cut_object(s: &Scan, p: Phrase) -> Phrase {
    let nisba = |w: &str| w.ends_with('ي') || w.ends_with("يه");
    let Some(m) = (p.text.0 + 2..p.text.1).find(|&m| {
        let (w, prev) = (s.f(m), s.f(m - 1));
        s.word(m)
            && s.word(m - 1)
            && definite(w)
            && !w.starts_with('و')
            && !nisba(w)
            && definite(prev)
            && nisba(prev)
            && !head(prev)
    }) else {
        return p;
    };
    cut_at(p, m)
}

/// The phrase cut to end before token `m` (a name or title past it is dropped).
pub(crate) fn cut_at(mut p: Phrase, m: usize) -> Phrase {
    if m <= p.text.0 || m >= p.text.1 {
        return p;
    }
    p.text.1 = m;
    p.after = m;
    p.name.1 = p.name.1.min(m);
    if p.name.1 <= p.name.0 {
        p.name = p.text;
        p.title = None;
        p.nameless = true;
    }
    if let Some(t) = p.title.as_mut() {
        t.1 = t.1.min(m);
    }
    p.title = p.title.filter(|t| t.1 > t.0);
    p
}

/// The token after an addressee that starts at `k` (لـ«عكاظ»، لـCNN، لوكالة
/// الأنباء، للصحفيين), or `k` when none starts there.
pub(crate) fn skip_addressee(s: &Scan, k: usize, b: usize) -> usize {
    if k >= b || !s.word(k) {
        return k;
    }
    let w = s.f(k);
    if !(w == "ل" || s.raw(k).starts_with("لـ") || w.starts_with("لل")) {
        return k;
    }
    let j = k + 1;
    // The addressee's name in quote marks (لـ«عكاظ»), or the word after a detached لـ.
    if j < b && is_quote_mark(s, j) {
        return (j + 1..(j + 8).min(b))
            .find(|&m| is_quote_mark(s, m))
            .map_or(k, |c| c + 1);
    }
    if w == "ل" {
        return (j + 1).min(b);
    }
    j
}

/// True when the folded word heads a news medium (وكالة، صحيفة، قناة ...), which
/// relays the words of another source.
pub(crate) fn media(w: &str) -> bool {
    matches!(
        bare(w),
        "وكاله"
            | "صحيفه"
            | "صحف"
            | "قناه"
            | "تلفزيون"
            | "التلفزيون"
            | "اذاعه"
            | "موقع"
            | "شبكه"
            | "مجله"
            | "وسائل"
    )
}

/// The issuer named right after a statement noun: لـX، للوزارة، لوزارة ...، or
/// صادر عن X. The mention keeps the attached ل, which is part of its word.
pub(crate) fn issuer(s: &Scan, m: usize, b: usize) -> Option<Phrase> {
    if m >= b || !s.word(m) {
        return None;
    }
    let w = s.f(m);
    if matches!(w, "ل" | "من") {
        return phrase(s, m + 1, b);
    }
    if matches!(bare(w), "صادر" | "صادره") && s.f(m + 1) == "عن" {
        return phrase(s, m + 2, b);
    }
    // بيان مكتب رئيس الوزراء، بيان الوزارة: a genitive.
    if head(w) && !w.starts_with('ل') {
        return phrase(s, m, b);
    }
    let rest = w.strip_prefix('ل')?;
    if rest.chars().count() < 3 || !(w.starts_with("لل") || head(rest)) {
        return None;
    }
    // لوكالة "الخبر"، لوكالة الأنباء: a head with ل that is also an addressee word
    // (a stop word) names the issuer with what follows it.
    phrase(s, m, b).or_else(|| {
        let mut p = after_cue(s, m + 1, b)?;
        p.text.0 = m;
        // Keep the quote marks of a quoted name balanced (لوكالة "الخبر").
        let marks = (p.text.0..p.text.1)
            .filter(|&k| is_quote_mark(s, k))
            .count();
        if marks % 2 == 1 && is_quote_mark(s, p.text.1) {
            p.text.1 += 1;
        }
        if p.nameless {
            p.name.0 = m;
        } else if p.title.is_none() {
            p.title = Some((m, m + 1));
        }
        Some(p)
    })
}

/// An earlier, fuller mention of a nameless description (رئيس الوزراء، الصحيفة): the
/// nearest phrase before it that starts with the same head, has a name, and holds
/// every word of the description. Looks back at most `LOOKBACK` tokens.
pub(crate) fn fuller_mention(s: &Scan, p: &Phrase) -> Option<Phrase> {
    const LOOKBACK: usize = 800;
    let words: Vec<&str> = (p.text.0..p.text.1)
        .filter(|&m| s.word(m))
        .map(|m| bare(s.f(m)))
        .collect();
    let first = *words.first()?;
    if words.len() > 5 || !(head(first) || cues::naming(first)) {
        return None;
    }
    let lo = p.text.0.saturating_sub(LOOKBACK);
    for m in (lo..p.text.0).rev() {
        // bare() only strips a prefix: a word shorter than `first` cannot match, and
        // the suffix test rules out most others.
        let t = s.toks[m];
        if t.kind != Kind::Word || t.span().len() < first.len() {
            continue;
        }
        let w = s.f(m);
        if !w.ends_with(first) || (bare(w) != first && w.strip_prefix('و').map(bare) != Some(first))
        {
            continue;
        }
        let Some(q) = phrase(s, m, (m + 20).min(p.text.0)) else {
            continue;
        };
        // A body's fuller name is a longer description (الحزب الديمقراطي الكردستاني).
        let mut q = q;
        let is_prep = |k: usize| matches!(s.f(k), "في" | "من" | "الي" | "علي" | "عن");
        if q.nameless {
            // ... up to a preposition (الحزب الديمقراطي في المدينة).
            let end = (q.text.0..q.text.1)
                .find(|&k| is_prep(k))
                .unwrap_or(q.text.1);
            let n = (q.text.0..end).filter(|&k| s.word(k)).count();
            if n <= words.len() || n > 8 || q.apposition {
                continue;
            }
            q.text.1 = end;
            q.name = q.text;
            q.title = None;
        }
        // The name must belong to the head, not to a place after it (العائلة في قرية X).
        if q.name.1 <= q.name.0 || (q.text.0..q.name.1).any(is_prep) {
            continue;
        }
        let has = |w: &str| {
            (q.text.0..q.text.1).any(|k| {
                let f = s.f(k);
                s.word(k) && (bare(f) == w || f.strip_prefix('و').map(bare) == Some(w))
            })
        };
        if words.iter().all(|w| has(w)) {
            return Some(q);
        }
    }
    None
}

fn is_time(w: &str) -> bool {
    matches!(
        w,
        "يوم"
            | "اليوم"
            | "امس"
            | "الليله"
            | "مساء"
            | "صباح"
            | "السبت"
            | "الاحد"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "وقتها"
            | "حينها"
            | "ايضا"
            | "كذلك"
    )
}

/// One comma segment: returns (end token, name range, title-first?).
fn segment(s: &Scan, i: usize, b: usize) -> (usize, Option<(usize, usize)>, bool) {
    let first = s.f(i);
    let title_first = head(first);
    let name_first = !title_first && !definite(first) && !stop_at(s, i);
    let mut j = i;
    let mut name: Option<(usize, usize)> = None;
    let mut in_name = false;
    // A place phrase was passed since the name: the next name run is the name.
    let mut passed_place = false;
    let mut words = 0;
    while j < b && words < 14 {
        if is_quote_mark(s, j) {
            // صحيفة «الوطن» تقريرا: a name in quote marks ends with its closing mark.
            if let Some((st, _)) =
                name.filter(|&(st, _)| in_name && st > 0 && is_quote_mark(s, st - 1))
            {
                name = Some((st, j));
                j += 1;
                break;
            }
            // A head followed by a name in quote marks (صحيفة «الوطن»): that is the name.
            if name.is_none() && title_first && j > i && s.word(j + 1) {
                if let Some(c) = (j + 1..(j + 7).min(b)).find(|&m| is_quote_mark(s, m)) {
                    name = Some((j + 1, c));
                    j = c + 1;
                    break;
                }
            }
            j += 1;
            words += 1;
            continue;
        }
        if !s.word(j) {
            // An abbreviation with dots (بي.إف.إم) or a hyphenated name (ماري-فان دورن)
            // stays one name.
            if (s.is(j, '.') || s.is(j, '-'))
                && j > i
                && s.word(j + 1)
                && s.toks[j - 1].span().end == s.toks[j].span().start
                && s.toks[j].span().end == s.toks[j + 1].span().start
            {
                if let Some((st, _)) = name.filter(|_| in_name) {
                    name = Some((st, j + 2));
                }
                j += 2;
                continue;
            }
            break;
        }
        let w = s.f(j);
        if j > i {
            let ali = w == "علي" && s.raw(j).ends_with('ي');
            if matches!(w, "في" | "الي" | "علي")
                && !ali
                && !(in_name && w == "علي" && name_end(s, j + 1))
            {
                // A genitive chain goes on (في البرلمان الروسي); a circumstance stops it.
                let nw = s.f(j + 1);
                // المتحدث باسم القوات في الجنوب العقيد ركن سامر خليل: a place, then a rank
                // before the name, keeps the title going.
                let rank_follows = title_first
                    && (j + 2..(j + 4).min(b))
                        .any(|m| s.word(m) && definite(s.f(m)) && head(s.f(m)));
                // مساعدة مندوب الدولة في الأمم المتحدة ماري دورن: a definite place of
                // one or two words, then a name of two words or more.
                let name_follows = title_first
                    && name.is_some()
                    && [j + 2, j + 3].into_iter().any(|m| {
                        m + 1 < b
                            && (j + 1..m).all(|k| s.word(k) && definite(s.f(k)))
                            && [m, m + 1].iter().all(|&k| {
                                s.word(k)
                                    && !definite(s.f(k))
                                    && !head(s.f(k))
                                    && !stop_at(s, k)
                                    && !super::scan::complementizer(s, k)
                                    && cues::cue(s.f(k)).is_none()
                                    && !(s.f(k).starts_with(['ب', 'ل'])
                                        && s.f(k).chars().count() > 4)
                            })
                    });
                if name_follows {
                    passed_place = true;
                }
                if (name.is_some() && !rank_follows && !name_follows)
                    || super::scan::complementizer(s, j + 1)
                    || EVENTS.contains(nw)
                    || EVENTS.contains(bare(nw))
                    || !s.word(j + 1)
                    || !title_first
                {
                    break;
                }
                in_name = false;
                j += 1;
                words += 1;
                continue;
            }
            let name_ali = ali || (in_name && w == "علي" && name_end(s, j + 1));
            if (stop(w) && !name_ali)
                || cues::cue(w).is_some_and(|c| c.participle || (c.lemma == "قال" && c.imperfect))
                || super::scan::complementizer(s, j)
            {
                break;
            }
            // Coordination with another body (الجيش ومكتب الحاكم) or a pronoun clause (ومقره).
            if w.strip_prefix('و')
                .is_some_and(|r| head(r) && !cues::HEADS.contains(w))
            {
                break;
            }
            if w.starts_with("بال") || (w.starts_with("لل") && name.is_some()) {
                break;
            }
            // An addressee (لـ«عكاظ»، لـCNN، X لصحافيين) follows the speaker.
            if w == "ل"
                || s.raw(j).starts_with("لـ")
                || (in_name
                    && w.strip_prefix('ل').is_some_and(|r| {
                        // (لصحافيين، لوسائل الإعلام; not a name that starts with ل.)
                        r.chars().count() > 3 && (head(r) || r.ends_with("ين") || r.ends_with("ون"))
                    }))
            {
                break;
            }
            // A possessed noun after a name is an object (إسرائيل تأييدها).
            if in_name
                && (w.ends_with("ها") || w.ends_with("هم") || w.ends_with("هما"))
                && w.chars().count() > 4
            {
                break;
            }
            // بـ after an indefinite head opens the content (تقارير بمقتل), unless it
            // introduces a body (مسؤول بوزارة الخارجية).
            if name.is_none()
                && w.starts_with('ب')
                && w != "باسم"
                && w.chars().count() > 4
                && !definite(prev_of(s, j))
                && !head(w)
                && !head(w.trim_start_matches('ب'))
            {
                break;
            }
            // A name-first phrase ends before a بـ object (طالبت بريطانيا بعقده), but a
            // name may itself start with ب (سامي بوسالم): the object has a pronoun suffix
            // or is a verbal noun followed by more words.
            if in_name
                && !title_first
                && w.starts_with('ب')
                && w.chars().count() > 4
                && !name_link(prev_of(s, j))
                && (w.ends_with('ه')
                    || w.ends_with("ها")
                    || w.ends_with("هم")
                    || !(name_end(s, j + 1) || super::scan::complementizer(s, j + 1)))
            {
                break;
            }
            // A name is not followed by a prepositional object (موسى بخسارته).
            if in_name
                && w.starts_with('ب')
                && w != "باسم"
                && (w.ends_with("ته") || w.ends_with("ها") || w.ends_with("هم"))
                && !name_link(prev_of(s, j))
            {
                break;
            }
        }
        // السفيرة الأميركية الرئيس الفلسطيني: a definite head after a definite nisba
        // adjective starts another phrase (the verb's object).
        // (A rank before a name stays: رئيس الأركان اللواء سامر خليل.)
        if j > i + 1
            && title_first
            && definite(w)
            && head(w)
            && {
                let p = prev_of(s, j);
                definite(p) && (p.ends_with('ي') || p.ends_with("يه")) && !head(p)
            }
            && (j + 1 >= b || !s.word(j + 1) || definite(s.f(j + 1)))
        {
            break;
        }
        let det = definite(w) || w.starts_with("لل");
        let prev = if j > i { s.f(j - 1) } else { "" };
        let is_head = head(w);
        let digit = w.chars().next().is_some_and(|c| c.is_ascii_digit());
        let nisba = !det
            && j > i
            && (w.ends_with("يه") || w.ends_with('ي'))
            && w.chars().count() > 3
            && !definite(prev)
            && (head(prev) || prev.ends_with("يه") || prev.ends_with('ي'))
            && !in_name;
        // A word right after a head is its genitive (وزير خارجية، وكالة أنباء), and a
        // word after في is a place (مصدر في حكومة ...).
        let construct = title_first && j == i + 1 && !definite(s.f(i));
        let place = matches!(prev, "في" | "الي" | "من");
        // A genitive with ل (المرصد السوري لحقوق الإنسان) continues the title.
        // (A short word with ل is a name: ليز، ليلى.)
        let lam = !in_name
            && w.starts_with('ل')
            && (w.starts_with("لل") || w.chars().count() > 4)
            && j > i
            && (definite(prev) || head(prev));
        // Pronoun-suffixed prepositions (بها، لهم), ب-objects (باستضافتهم) and cue verbs
        // (وقالت) are never part of a name.
        let never = matches!(
            w,
            "به" | "بها"
                | "بهم"
                | "له"
                | "لها"
                | "لهم"
                | "عنه"
                | "عنها"
                | "منه"
                | "منها"
                | "نحو"
        ) || (w.starts_with('ب')
            && (w.ends_with("هم") || w.ends_with("ها") || w.ends_with("ته")))
            || cues::cue(w).is_some();
        // بجامعة القاهرة: a prepositional phrase inside the title, not a name.
        let pp = w.starts_with('ب') && w.len() > 4 && s.word(j + 1) && definite(s.f(j + 1));
        let name_word = !digit
            && !never
            && !pp
            && !nisba
            && !construct
            && !place
            && !lam
            && w != "باسم"
            && ((!det && !is_head) || (in_name && (name_link(prev) || family_end(s, j, b))));
        // أعلنت الحكومة تشكيل لجنة: a verbal noun after a title is the object, not a name.
        // (After an undetermined head it is a genitive: وسائل إعلام، وكالة أنباء.)
        if title_first
            && name.is_none()
            && j > i
            && !det
            && definite(prev_of(s, j))
            && masdar_like(w)
        {
            break;
        }
        if (name_first || (j > i && title_first)) && name_word && !(title_first && j == i) {
            match name {
                Some((st, _)) if in_name => name = Some((st, j + 1)),
                None => {
                    name = Some((j, j + 1));
                    in_name = true;
                }
                // مدير شرطة منطقة الساحل اللواء سامر خليل: after a title a rank (a
                // head) before a second run of undetermined words: that run is the
                // name, the first one was a place in the title.
                Some(_) if title_first && (head(prev) || passed_place) => {
                    passed_place = false;
                    name = Some((j, j + 1));
                    in_name = true;
                }
                Some(_) => in_name = false,
            }
        } else if in_name {
            // (A title after the name without a comma, شون رايان المتحدث باسم, ends it.)
            in_name = false;
        }
        j += 1;
        words += 1;
    }
    (j, name, title_first)
}

/// True when an undetermined word has the shape of a verbal noun of the derived
/// verb forms: تفعيل (تشكيل), إفعال (إطلاق), افتعال/انفعال (اعتقال), استفعال (استئناف).
pub(crate) fn masdar_like(w: &str) -> bool {
    let mut l = ['\0'; 8];
    let mut n = 0;
    for c in w.chars() {
        if n == l.len() {
            return false;
        }
        l[n] = c;
        n += 1;
    }
    match n {
        // (أمهات، أصوات: a plural in ـات has the shape of إفعال.)
        // (تركيا ends in ا: not تفعيل.)
        5 => {
            (l[0] == 'ت' && l[3] == 'ي' && l[4] != 'ا')
                || (l[0] == 'ا' && l[3] == 'ا' && l[4] != 'ت')
        }
        6 => l[0] == 'ا' && l[4] == 'ا',
        7 => l[..3] == ['ا', 'س', 'ت'] && l[5] == 'ا',
        _ => false,
    }
}

fn prev_of<'a>(s: &'a Scan, j: usize) -> &'a str {
    if j == 0 {
        ""
    } else {
        s.f(j - 1)
    }
}

/// True when token `n` ends a name: no word follows, or a clause word does.
fn name_end(s: &Scan, n: usize) -> bool {
    !s.word(n) || matches!(s.f(n), "وهو" | "وهي") || stop(s.f(n))
}

/// A definite word ends a name when the phrase ends after it (عبدالرحيم الفاسي،).
fn family_end(s: &Scan, j: usize, b: usize) -> bool {
    let n = j + 1;
    n >= b
        || !s.word(n)
        || head(s.f(n))
        || stop(s.f(n))
        // علي الحسن داغر، : one undetermined word closes the name before a comma.
        || (!definite(s.f(n)) && (n + 1 >= b || !s.word(n + 1)))
}

/// A half-open range of token indices.
type TokRange = (usize, usize);

/// After a title that ends before `from`: the first separator within `span` tokens,
/// when the comma segment after it starts like a name (undetermined, not a head, a
/// stop word or a complementizer): (separator, segment end, the segment's name).
fn name_after_comma(
    s: &Scan,
    from: usize,
    span: usize,
    b: usize,
) -> Option<(usize, usize, Option<TokRange>)> {
    let k = (from..(from + span).min(b)).find(|&k| !s.word(k))?;
    let w2 = s.f(k + 1);
    if !(is_sep(s, k)
        && s.word(k + 1)
        && !definite(w2)
        && !head(w2)
        && !stop_at(s, k + 1)
        && !super::scan::complementizer(s, k + 1))
    {
        return None;
    }
    let (e2, n2, _) = segment(s, k + 1, b);
    Some((k, e2, n2))
}

/// Parses a phrase starting exactly at `i`.
pub(crate) fn phrase(s: &Scan, i: usize, b: usize) -> Option<Phrase> {
    if !s.word(i)
        || s.f(i).starts_with(|c: char| c.is_ascii_digit())
        || s.f(i) == "ل"
        || stop_at(s, i)
    {
        return None;
    }
    // بإطلاق سراح، بالإفراج: a verbal noun with ب is an object, never a speaker.
    let w = s.f(i);
    if w.starts_with("بال") || w.strip_prefix('ب').is_some_and(masdar_like) {
        return None;
    }
    let (mut e1, n1, t1) = segment(s, i, b);
    if e1 == i {
        return None;
    }
    // أستاذ بالطب النفسي، سامي فهد،: a title with a بـ phrase, then a name closed by a
    // comma; the phrase stays in the title.
    if (t1 || (i..e1).all(|m| !s.word(m) || definite(s.f(m))))
        && n1.is_none()
        && e1 < b
        && s.word(e1)
        && s.f(e1).starts_with("بال")
    {
        if let Some((k, e2, n2)) = name_after_comma(s, e1 + 1, 3, b) {
            if n2.is_some() && e2 > k + 1 && is_sep(s, e2) {
                e1 = k;
            }
        }
    }
    // مجموعة من الراهبات، عدد من النواب: a partitive head takes its من phrase, which
    // says who spoke.
    let mut n1 = n1;
    if e1 == i + 1 && e1 + 1 < b && s.f(e1) == "من" && partitive(s.f(i)) {
        if let Some(e2) = Some(segment(s, e1 + 1, b).0).filter(|&e2| e2 > e1 + 1) {
            e1 = e2;
            n1 = None;
        }
    }
    let mut p = Phrase {
        text: (i, e1),
        name: n1.unwrap_or((i, e1)),
        title: None,
        plural: plural(s.f(i)),
        nameless: n1.is_none(),
        after: e1,
        apposition: false,
    };
    if let Some((ns, ne)) = n1 {
        if ns > i {
            p.title = Some((i, ns));
        } else if ne < e1 {
            p.title = Some((ne, e1));
        }
    }
    if is_sep(s, e1) && e1 + 1 < b && s.word(e1 + 1) {
        let w2 = s.f(e1 + 1);
        let second_title = head(w2);
        let pronoun_clause = w2.starts_with('و') && (w2.ends_with('ه') || w2.ends_with("ها"));
        // A description of definite words (السياسي المعارض) before the name counts as a title.
        let described = n1.is_none() && (i..e1).all(|m| !s.word(m) || definite(s.f(m)));
        // حاكم ولاية نيو ساوث ويلز، جون سميث،: after a title a closed comma
        // segment is the name even when the title holds a place name of several words.
        let closed = |e2: usize| e2 >= b || is_sep(s, e2);
        let second_name = (n1.map_or(true, |(a, b)| b - a == 1)
            || (t1 && closed(segment(s, e1 + 1, b).0)))
            && !second_title
            // وتوقع مساعد الوزير، تحرير قاعدة ...: a verbal noun is the object, unless a
            // comma closes it as an apposition (a name can have that shape).
            && (!masdar_like(w2) || is_sep(s, segment(s, e1 + 1, b).0))
            && !definite(w2)
            && !stop_at(s, e1 + 1)
            && (t1 || described)
            && !pronoun_clause
            && !super::scan::complementizer(s, e1 + 1);
        if second_title || second_name {
            let (e2, n2, _) = segment(s, e1 + 1, b);
            if e2 > e1 + 1 {
                p.text = (i, e2);
                p.after = e2;
                p.apposition = true;
                if t1 || described {
                    if let Some(n2) = n2 {
                        p.name = n2;
                        p.title = Some((i, e1));
                        p.nameless = false;
                    }
                } else if n1.is_some() {
                    p.title = Some((e1 + 1, e2));
                }
            }
        }
    }
    // المتحدث باسم التحالف الذي تقوده الحكومة في الجنوب، سامر خليل،: a relative
    // clause inside the title, then the name between commas.
    if p.after == e1 && t1 && e1 < b && matches!(s.f(e1), "الذي" | "التي") {
        if let Some((_, e2, Some(n2))) = name_after_comma(s, e1 + 1, 11, b) {
            if e2 >= b || is_sep(s, e2) {
                p.text = (i, e2);
                p.after = e2;
                p.name = n2;
                p.title = Some((i, e1));
                p.nameless = false;
                p.apposition = true;
            }
        }
    }
    // أحد الشهود، واسمه كريم نبيل،: the name given after واسمه / ويدعى.
    if is_sep(s, p.after)
        && p.nameless
        && p.after + 2 < b
        && matches!(
            s.f(p.after + 1),
            "واسمه" | "واسمها" | "ويدعي" | "وتدعي" | "يدعي" | "تدعي"
        )
    {
        let (e2, n2, _) = segment(s, p.after + 2, b);
        if let Some(n2) = n2.filter(|&(a, _)| a == p.after + 2) {
            p.title = Some(p.text);
            p.text = (p.text.0, e2);
            p.name = n2;
            p.nameless = false;
            p.after = e2;
            p.apposition = true;
        }
    }
    if is_sep(s, p.after) {
        p.after += 1;
    }
    // Quote marks at the edges (حسب «رويترز»، صحيفة «الوطن») stay out of the mention.
    // A mark is dropped only when its partner is outside the range.
    let mut title = p.title.unwrap_or_default();
    for r in [&mut p.text, &mut p.name, &mut title] {
        let odd = |r: &(usize, usize)| (r.0..r.1).filter(|&m| is_quote_mark(s, m)).count() % 2 == 1;
        if r.1 > r.0 + 1 && is_quote_mark(s, r.1 - 1) && odd(r) {
            r.1 -= 1;
        }
        if r.1 > r.0 + 1 && is_quote_mark(s, r.0) && odd(r) {
            r.0 += 1;
        }
    }
    if p.title.is_some() {
        p.title = Some(title).filter(|&(a, b)| (a..b).any(|m| s.word(m)));
    }
    // "X"، أحد ...: a name in marks followed by an apposition keeps its opening mark.
    let marks = (p.text.0..p.text.1)
        .filter(|&m| is_quote_mark(s, m))
        .count();
    if marks % 2 == 1 && i > 0 && is_quote_mark(s, i - 1) {
        p.text.0 = i - 1;
    }
    Some(p)
}

/// Quantity nouns that take a partitive من (مجموعة من، عدد من، بعض).
fn partitive(w: &str) -> bool {
    matches!(
        bare(w),
        "مجموعه"
            | "عدد"
            | "بعض"
            | "احد"
            | "احدي"
            | "غالبيه"
            | "اغلبيه"
            | "معظم"
            | "عشرات"
            | "ميات"
    )
}

fn plural(w: &str) -> bool {
    let w = bare(w);
    w.ends_with("ون") || w.ends_with("ين") || w.ends_with("و") && w.chars().count() > 4
}

/// The subject before a cue (وكانت الوزارة قد أكدت، لكن الجيش يقول): the words
/// between the clause opening and the cue.
pub(crate) fn before_cue(s: &Scan, lo: usize, cue: usize) -> Option<Phrase> {
    // الوكالة الرسمية (وام) ذكرت: a bracketed acronym after the subject is left out.
    let mut cue = cue;
    if cue > lo + 2 && s.is(cue - 1, ')') {
        if let Some(k) = (cue.saturating_sub(6).max(lo)..cue - 1)
            .rev()
            .find(|&k| !s.word(k))
            .filter(|&k| s.is(k, '(') && k + 1 < cue - 1)
        {
            cue = k;
        }
    }
    let mut j = cue;
    let mut start = None;
    let mut n = 0;
    while j > lo {
        j -= 1;
        n += 1;
        if n > 14 {
            return None;
        }
        if s.word(j) {
            let w = s.f(j);
            if matches!(w, "قد" | "وقد") {
                continue;
            }
            if matches!(
                w,
                "في" | "من" | "الي" | "علي" | "عن" | "مع" | "ذلك" | "ما" | "التي" | "الذي"
            ) {
                return None;
            }
            if super::cues::OPENERS.contains(w)
                || matches!(w, "لكن" | "ولكن")
                || super::scan::kana(w)
            {
                start = Some(j + 1);
                break;
            }
        } else if !is_sep(s, j) && !is_quote_mark(s, j) {
            start = Some(j + 1);
            break;
        }
    }
    let st = start.unwrap_or(lo);
    if st >= cue {
        return None;
    }
    let mut end = cue;
    while end > st && (!s.word(end - 1) || matches!(s.f(end - 1), "قد" | "وقد")) {
        end -= 1;
    }
    let mut st = st;
    while st < end && is_quote_mark(s, st) {
        st += 1;
    }
    if st >= end {
        return None;
    }
    let p = phrase(s, st, end)?;
    Some(p)
}
