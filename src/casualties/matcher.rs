//! The matcher: one pass over the tokens finds trigger words; each trigger then looks at a
//! few tokens around it for its count and victim noun.

use super::count::{post_qual, read_count, Read};
use super::lexicon::{
    fold_into, Entry, Lexicon, NumKind, Qual, TrigKind, VictimNum, CAUSE, CLAUSE, CUMULATIVE,
    DEATH, DEF, DISEASE, HEDGE, INTENT, LEXICON, MODAL, NEGATION, PREP, RETURN, RISE, SUBSET, TOLL,
    WA,
};
use super::scan::{scan, Kind, Tok, NONE};
use super::{CasualtyFigure, Category};
use crate::span::{Fragment, Span};

/// How far (in tokens) a trigger looks for its count.
const FORWARD: usize = 16;
/// How far a verb after the count looks back.
const BACKWARD: usize = 14;

/// The text, its tokens and the lexicon.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub lx: &'a Lexicon,
}

impl<'a> Ctx<'a> {
    #[inline]
    pub(crate) fn entry(&self, i: usize) -> Option<&'a Entry> {
        let t = self.toks.get(i)?;
        if t.id == NONE {
            None
        } else {
            self.lx.entries.get(t.id as usize)
        }
    }
    #[inline]
    pub(crate) fn num(&self, i: usize) -> Option<(u64, NumKind)> {
        self.entry(i).and_then(|e| e.num)
    }
    #[inline]
    pub(crate) fn is(&self, i: usize, id: u32) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.id == id && t.kind == Kind::Word)
    }
    #[inline]
    fn marker(&self, i: usize) -> u16 {
        self.entry(i).map_or(0, |e| e.marker)
    }
    #[inline]
    fn trig(&self, i: usize) -> Option<(Category, TrigKind)> {
        // السجن "the prison" is a place, not the act of imprisoning.
        let t = self.toks.get(i)?;
        if t.id == self.lx.words.sijn && t.pre & DEF != 0 {
            return None;
        }
        self.entry(i).and_then(|e| e.trig)
    }
    /// حبس / سجن: nouns of a sentence as often as acts of jailing (ثلاث سنوات سجن
    /// "three years of prison", سجن آخر "another prison"); a trigger only when its count
    /// or victim follows at once and no number or time word stands before it.
    fn tight(&self, t: usize) -> bool {
        let id = self.toks[t].id;
        id == self.lx.words.sijn || id == self.lx.words.habs
    }
    #[inline]
    pub(crate) fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }
    /// True when the tokens from `i` carry the entry ids `ids`.
    pub(crate) fn ids_at(&self, i: usize, ids: &[u32]) -> bool {
        ids.iter().enumerate().all(|(k, &id)| self.is(i + k, id))
    }
    /// True when token `i`, folded, is `word` (folded).
    pub(crate) fn word_is(&self, i: usize, word: &str) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let (mut a, mut b) = (String::new(), String::new());
        fold_into(&self.text[t.start..t.end], &mut a);
        fold_into(word, &mut b);
        a == b
    }
    fn folded(&self, i: usize) -> String {
        let mut s = String::new();
        if let Some(t) = self.toks.get(i) {
            fold_into(&self.text[t.start..t.end], &mut s);
        }
        s
    }
    pub(crate) fn span(&self, first: usize, end: usize) -> Span {
        let end = end.max(first + 1).min(self.toks.len());
        Span::new(self.toks[first].start, self.toks[end - 1].end)
    }
    /// True when token `i` can start a number.
    fn starts_number(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(Kind::Num) => true,
            Some(Kind::Word) => self.num(i).is_some(),
            _ => false,
        }
    }
    /// Skips quote marks and brackets from `j`.
    fn skip_quotes(&self, mut j: usize) -> usize {
        while self.kind(j) == Some(Kind::Quote) {
            j += 1;
        }
        j
    }
}

/// What follows a count.
#[derive(Clone, Copy, Debug, PartialEq)]
enum After {
    /// A victim noun phrase `first..end`; `num` when it is in the victim list.
    Victim {
        first: usize,
        end: usize,
        num: Option<VictimNum>,
    },
    /// A casualty noun (قتلى، جرحى): the noun path owns this count.
    Casualty,
    /// A noun that is not a victim (عاما، صاروخا، كلم).
    NonVictim,
    /// An unknown word.
    Unknown,
    /// Nothing nominal: punctuation, end of text, a verb or a preposition.
    Bare,
}

/// Looks like a noun of people: nisba (فلسطينيا، إسرائيليين) or sound plural (متمردين).
fn people_like(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    let n = w.chars().count();
    (n >= 4 && (w.ends_with("يين") || w.ends_with("يون") || w.ends_with("يا") || w.ends_with('ي')))
        || (n >= 5 && (w.ends_with("ين") || w.ends_with("ون")))
}

fn victim_after(cx: &Ctx<'_>, j: usize) -> After {
    let mut k = cx.skip_quotes(j);
    let via_min = cx.is(k, cx.lx.words.min);
    if via_min {
        k += 1;
    }
    if cx.kind(k) != Some(Kind::Word) {
        return After::Bare;
    }
    // أصيب 7 منهم ("7 of them were injured"): the pronoun names the victims.
    if !via_min
        && cx.toks[k].pre == 0
        && (cx.word_is(k, "منهم") || cx.word_is(k, "منهن"))
        && !cx.starts_number(k + 1)
    {
        return After::Victim {
            first: k,
            end: k + 1,
            num: None,
        };
    }
    let e = cx.entry(k);
    if let Some(e) = e {
        if let Some((_, TrigKind::Noun | TrigKind::Dual)) = e.trig {
            // 10 جرحى، العشرات من الجرحى: the noun path owns the count and its category.
            return After::Casualty;
        }
        if e.nonvictim {
            return After::NonVictim;
        }
        if let Some(num) = e.victim {
            let mut end = k + 1;
            // A group noun takes its genitive: قوات الأمن، عناصر التنظيم، مسلحي الحركة.
            if matches!(num, VictimNum::Group | VictimNum::Pl)
                && cx.kind(end) == Some(Kind::Word)
                && cx.toks[end].pre & DEF != 0
                && cx.entry(end).map_or(true, |e| {
                    e.trig.is_none() && e.marker == 0 && e.num.is_none() && !e.nonvictim
                })
            {
                end += 1;
            }
            return After::Victim {
                first: k,
                end,
                num: Some(num),
            };
        }
        if e.num.is_some() || e.trig.is_some() || e.marker != 0 || e.victim.is_none() && !via_min {
            // a function word of the lexicon (في is not listed; من، على are)
            if !people_like(&cx.folded(k)) {
                return if via_min { After::Unknown } else { After::Bare };
            }
        }
    }
    if via_min || people_like(&cx.folded(k)) {
        // من منسوبي القوات: a partitive noun takes its genitive.
        let mut end = k + 1;
        if via_min
            && cx.kind(end) == Some(Kind::Word)
            && cx.toks[end].pre & DEF != 0
            && cx.entry(end).map_or(true, |e| {
                e.trig.is_none() && e.num.is_none() && !e.nonvictim && e.marker == 0
            })
        {
            end += 1;
        }
        return After::Victim {
            first: k,
            end,
            num: None,
        };
    }
    After::Unknown
}

/// A figure under construction, in token indices.
#[derive(Clone, Copy, Debug)]
struct Fig {
    cat: Category,
    read: Read,
    post: Option<Qual>,
    victims: Option<(usize, usize)>,
    other: bool,
    trigger: (usize, usize),
    first: usize,
    end: usize,
    cumulative: bool,
    /// Followed by a disease (أصيب 41 شخصا بالكوليرا): an infection, not an injury;
    /// or displaced people who return (عاد 13 ألف لاجئ). The figure is dropped.
    disease: bool,
    /// The victim noun carries و (وجندي "and a soldier"): its text starts after it.
    wa_victim: bool,
}

/// Collects figures, one per count.
struct Out {
    figs: Vec<Fig>,
    /// Token index of each figure's number, to refuse a second figure on it.
    taken: Vec<usize>,
}

impl Out {
    fn has(&self, num: usize) -> bool {
        self.taken.contains(&num)
    }
}

/// Builds a figure from a count read at `r`, its victim phrase and the trigger tokens.
fn make(
    cx: &Ctx<'_>,
    cat: Category,
    r: Read,
    after: After,
    trigger: (usize, usize),
) -> Option<Fig> {
    let (victims, vend, other) = match after {
        After::Victim { first, end, num } => {
            (Some((first, end)), end, num == Some(VictimNum::Other))
        }
        _ => (None, r.end, false),
    };
    // A qualifier after the count or after its noun: 12 شخصا على الأقل.
    let mut post = None;
    let mut end = vend.max(r.end);
    for j in [r.end, vend, vend + 1] {
        if let Some((q, e)) = post_qual(cx, j) {
            post = Some(q);
            end = end.max(e);
            break;
        }
    }
    r.count(cx, post)?;
    let last = end.max(trigger.1);
    let disease = cat == Category::Injured
        && (last..(last + 4).min(cx.toks.len()))
            .take_while(|&k| cx.kind(k) != Some(Kind::Stop))
            .any(|k| cx.marker(k) & DISEASE != 0);
    // The noun may come before its number word: مدنيين اثنين قتلا.
    let first = r
        .first
        .min(trigger.0)
        .min(victims.map_or(usize::MAX, |v| v.0));
    // عاد 13 ألف لاجئ ("13,000 refugees returned"), عودة 500 نازح: a return ends a
    // displacement, it is not one.
    // Only for a refugee noun after its count: in منذ عودة القتال نزح 3 آلاف the
    // displacement verb is the predicate.
    let returned = cat == Category::Displaced
        && trigger.0 >= r.end
        && ((first.saturating_sub(4)..first)
            .rev()
            .take_while(|&k| cx.kind(k) != Some(Kind::Stop))
            .any(|k| cx.marker(k) & RETURN != 0)
            || cx.marker(last) & RETURN != 0);
    Some(Fig {
        cat,
        read: r,
        post,
        victims,
        other,
        trigger,
        first,
        end: end.max(trigger.1),
        cumulative: false,
        disease: disease || returned,
        wa_victim: false,
    })
}

fn push(out: &mut Out, f: Fig) -> bool {
    if out.has(f.read.num) || f.disease {
        return false;
    }
    out.taken.push(f.read.num);
    out.figs.push(f);
    true
}

/// True when a negation stands just before token `t` (لم يسفر عن، دون وقوع), or a
/// word of intent right before it (مشروع X لقتل مليون "a plan to kill a million", هدد
/// بقتل "threatened to kill"): what did not happen, or is only meant, is no figure.
///
/// Also a possibility (قد يسفر عن مقتل "may cause the death of") and a purpose: لقتل
/// "(in order) to kill", the bare verbal noun with لـ, unless a verb of causing stands
/// before it (أدى لقتل "led to the killing of").
fn negated(cx: &Ctx<'_>, t: usize) -> bool {
    let stop_within = |n: usize| (1..=n).any(|d| t >= d && cx.kind(t - d) == Some(Kind::Stop));
    let near = |n: usize, flag: u16| (1..=n).any(|d| t >= d && cx.marker(t - d) & flag != 0);
    if near(3, NEGATION) && !stop_within(3) || near(2, INTENT) && !stop_within(2) {
        return true;
    }
    let modal = (1..=3)
        .any(|d| t > d && cx.marker(t - d) & MODAL != 0 && cx.is(t - d - 1, cx.lx.words.qad));
    if modal && !stop_within(4) {
        return true;
    }
    let tok = cx.toks[t];
    let purpose = tok.pre & PREP != 0 && matches!(cx.trig(t), Some((_, TrigKind::Verb))) && {
        // Not ليقتل "and so killed", an imperfect verb after لـ of result.
        let w = cx.text[tok.start..tok.end].trim_start_matches(['و', 'ف']);
        w.starts_with('ل') && !w['ل'.len_utf8()..].starts_with(['ي', 'ت'])
    };
    purpose && !near(2, CAUSE)
}

/// More counts sharing a figure's category: و11 عراقيا، بينهم 7 مدنيين و3 شرطيين.
fn chain(cx: &Ctx<'_>, mut j: usize, cat: Category, trigger: (usize, usize), out: &mut Out) {
    for _ in 0..8 {
        let mut k = j;
        let mut subset = false;
        // A subset word may come after a short place phrase: مقتل 43 مدنيا في المدينة، بينهم
        for s in j..(j + 6).min(cx.toks.len()) {
            if cx.marker(s) & SUBSET != 0 {
                subset = true;
                k = s + 1;
                break;
            }
            let stop = match cx.kind(s) {
                Some(Kind::Word) => {
                    cx.trig(s).is_some() || cx.marker(s) & CLAUSE != 0 || cx.starts_number(s)
                }
                Some(Kind::Punct) => false,
                _ => true,
            };
            if stop {
                break;
            }
        }
        k = cx.skip_quotes(k);
        // The count may come after a qualifier: بينهم نحو مئتي طفل.
        let mut start = None;
        for s in k..(k + 4).min(cx.toks.len()) {
            if cx.starts_number(s) {
                start = Some(s);
                break;
            }
            if !subset {
                break;
            }
        }
        if start.is_none() && !subset {
            // A single victim joined by و: مقتل أربعة مدنيين وجندي ("and a soldier", 1),
            // وشرطيين (2), وآخر ("and another", 1).
            if let Some(f) = joined_single(cx, j, cat, trigger) {
                j = f.end;
                push(out, f);
                continue;
            }
            // A short complement before the next count: 29 مقاتلا من الفصائل و24 عنصرا
            let mut s = j;
            while s < (j + 5).min(cx.toks.len())
                && cx.kind(s) == Some(Kind::Word)
                && cx.trig(s).is_none()
                && cx.marker(s) == 0
                && !cx.starts_number(s)
            {
                s += 1;
            }
            if s > j && cx.starts_number(s) && cx.toks[s].pre & WA != 0 {
                if let Some(r) = read_count(cx, s, false) {
                    if let a @ After::Victim { num: Some(_), .. } = victim_after(cx, r.end) {
                        if let Some(f) = make(cx, cat, r, a, trigger) {
                            j = f.end;
                            push(out, f);
                            continue;
                        }
                    }
                }
            }
        }
        if start.is_none() && subset {
            // بينهم شخصان في حالة خطرة ("among them two people in a critical state"): a
            // dual victim noun is a count of two.
            if let Some(f) = subset_dual(cx, k, cat, trigger) {
                j = f.end;
                push(out, f);
                continue;
            }
            return;
        }
        let Some(s) = start else {
            // و + count after a comma: استشهاد 12 من منسوبي القوات، وثلاثة من العاملين
            if !subset
                && cx.kind(j) == Some(Kind::Punct)
                && cx.starts_number(j + 1)
                && cx.toks[j + 1].pre & WA != 0
            {
                if let Some(r) = read_count(cx, j + 1, false) {
                    if let a @ After::Victim { .. } = victim_after(cx, r.end) {
                        if let Some(f) = make(cx, cat, r, a, trigger) {
                            j = f.end;
                            push(out, f);
                            continue;
                        }
                    }
                }
            }
            return;
        };
        if !subset && cx.toks[s].pre & WA == 0 {
            return;
        }
        let Some(r) = read_count(cx, s, false) else {
            return;
        };
        if r.first != k && !(subset && r.first == s && s == k) {
            return;
        }
        let after = victim_after(cx, r.end);
        // بينهم اثنان في حالة خطرة، بينهم 3 أطفال: after a subset word a bare count (not a
        // year) is a count of the same people.
        let ok = matches!(after, After::Victim { .. })
            || subset && after == After::Bare && r.value < 1000.0 && !r.vague;
        if !ok {
            return;
        }
        let Some(f) = make(cx, cat, r, after, trigger) else {
            return;
        };
        j = f.end;
        push(out, f);
    }
}

/// A dual victim noun without the article at token `k`, right after a subset word:
/// بينهم طفلان ("among them two children", 2).
fn subset_dual(cx: &Ctx<'_>, k: usize, cat: Category, trigger: (usize, usize)) -> Option<Fig> {
    let tok = cx.toks.get(k)?;
    if tok.kind != Kind::Word || tok.pre & (DEF | WA) != 0 || cx.trig(k).is_some() {
        return None;
    }
    if cx.entry(k)?.victim? != VictimNum::Du || cx.starts_number(k + 1) {
        return None;
    }
    dual_at(cx, k, cat, trigger)
}

/// The figure of a dual victim noun at token `k` (شخصان، قتيلين): a count of 2 whose
/// number and victim are that one word.
fn dual_at(cx: &Ctx<'_>, k: usize, cat: Category, trigger: (usize, usize)) -> Option<Fig> {
    let r = Read {
        first: k,
        num: k,
        end: k + 1,
        value: 2.0,
        vague: false,
        qual: None,
        range_max: None,
    };
    let after = After::Victim {
        first: k,
        end: k + 1,
        num: Some(VictimNum::Du),
    };
    make(cx, cat, r, after, trigger)
}

/// A singular or dual victim noun with و at token `j`, after a figure: وجندي (1),
/// وشرطيين (2), وآخر (1). Not with the article (والجندي names someone already
/// counted) and not the plural آخرين.
fn joined_single(cx: &Ctx<'_>, j: usize, cat: Category, trigger: (usize, usize)) -> Option<Fig> {
    let tok = cx.toks.get(j)?;
    if tok.kind != Kind::Word || tok.pre & WA == 0 || tok.pre & DEF != 0 || cx.trig(j).is_some() {
        return None;
    }
    let v = match cx.entry(j)?.victim? {
        v @ (VictimNum::Sg | VictimNum::Du) => v,
        VictimNum::Other if matches!(cx.folded(j).as_str(), "واخر" | "واخري") => {
            VictimNum::Sg
        }
        _ => return None,
    };
    // وجندي + a number: the noun of the next count (وجندي 3) is not a single.
    if cx.starts_number(j + 1) {
        return None;
    }
    let r = Read {
        first: j,
        num: j,
        end: j,
        value: if v == VictimNum::Du { 2.0 } else { 1.0 },
        vague: false,
        qual: None,
        range_max: None,
    };
    let after = After::Victim {
        first: j,
        end: j + 1,
        num: Some(v),
    };
    let mut f = make(cx, cat, r, after, trigger)?;
    f.end = f.end.max(j + 1);
    f.wa_victim = true;
    Some(f)
}

/// The token of a casualty noun of status (detained, kidnapped, displaced) at `j`, when
/// the figure's category `cat` is killed or injured: مقتل 3 أسرى are prisoners killed.
fn status_noun(cx: &Ctx<'_>, j: usize, cat: Category) -> Option<usize> {
    if !matches!(
        cat,
        Category::Killed | Category::Injured | Category::KilledOrInjured
    ) {
        return None;
    }
    let k = cx.skip_quotes(j);
    match cx.trig(k)? {
        (Category::Detained | Category::Kidnapped | Category::Displaced, TrigKind::Noun)
            if cx.kind(k) == Some(Kind::Word) =>
        {
            Some(k)
        }
        _ => None,
    }
}

/// A trigger before its count: مقتل 14 مدنيا، قتلت القوات أكثر من 160 فلسطينيا.
fn forward(
    cx: &Ctx<'_>,
    t: usize,
    cat: Category,
    trig_end: usize,
    kind: TrigKind,
    out: &mut Out,
) -> bool {
    let n = cx.toks.len();
    let start = trig_end;
    // A verb after its count (قتلوا) takes an object only right after it: قتلوا 7 أشخاص.
    let lim = if kind == TrigKind::Post {
        (start + 4).min(n)
    } else {
        (start + FORWARD).min(n)
    };
    let laqa = kind == TrigKind::Laqa;
    if laqa && !(start..lim).any(|j| cx.marker(j) & DEATH != 0) {
        return false;
    }
    // حالة وفاة: the count stands before حالة / حالات.
    if t >= 2 && (cx.is(t - 1, cx.lx.words.hala) || cx.is(t - 1, cx.lx.words.halat)) {
        for s in t.saturating_sub(5)..t - 1 {
            if let Some(r) = read_count(cx, s, false) {
                if r.end == t - 1 {
                    if let Some(f) = make(cx, cat, r, After::Bare, (t - 1, t + 1)) {
                        push(out, f);
                        return true;
                    }
                    return false;
                }
            }
        }
    }
    let tight = cx.tight(t);
    if tight
        && t >= 1
        && cx.toks[t].pre == 0
        && (cx.kind(t - 1) == Some(Kind::Num)
            || cx
                .entry(t - 1)
                .is_some_and(|e| e.nonvictim || e.num.is_some()))
    {
        return false;
    }
    let indefinite = cx.kind(start) == Some(Kind::Word) && cx.toks[start].pre & DEF == 0;
    let single = match cx.entry(start).and_then(|e| e.victim) {
        Some(v @ (VictimNum::Sg | VictimNum::Du)) if indefinite => Some(v),
        // قتل شخصا ("he killed a person"): an accusative object of an active verb.
        Some(VictimNum::Acc) if indefinite && kind == TrigKind::Verb => Some(VictimNum::Sg),
        // وإصابة آخر ("and the injury of another"); not آخر مقاتلي ("the last fighters").
        Some(VictimNum::Other)
            if indefinite
                && !tight
                && !cx.folded(start).ends_with("ين")
                && !cx.folded(start).ends_with("ون")
                && (cx.kind(start + 1) != Some(Kind::Word) || {
                    let next = cx.folded(start + 1);
                    next.starts_with('و') || next.starts_with('ب') || next == "في"
                }) =>
        {
            Some(VictimNum::Sg)
        }
        // مقتل فلسطيني ("the killing of a Palestinian"): a nisba noun after a killed
        // verbal noun (after others it is more often an adjective: نزوح جماعي).
        None if indefinite
            && kind == TrigKind::VNoun
            && cat == Category::Killed
            && cx.entry(start).is_none() =>
        {
            let w = cx.folded(start);
            (w.chars().count() >= 4
                && w.ends_with('ي')
                && !w.ends_with("اي")
                && !w.starts_with("ال"))
            .then_some(VictimNum::Sg)
        }
        _ => None,
    };
    // قتل المسلح شخصين ("the gunman killed two people"): an active verb, a subject of
    // one or two plain words, then an indefinite dual or accusative object.
    let mut single_at = start;
    let mut single = single;
    if single.is_none() && kind == TrigKind::Verb && !tight {
        let plain = |i: usize| {
            // Not an agent phrase of a passive (قتل من طرف طالبين "was killed by two
            // students") nor an instrument in construct with the killers (برصاص شخصين "by
            // the bullets of two people"; بالرصاص "with bullets", with the article, is fine).
            // Words folded: الي is إلى, بايدي is بأيدي.
            let not_agent = || {
                !cx.is(i, cx.lx.words.min)
                    && !cx.is(i, cx.lx.words.ala)
                    && !matches!(
                        cx.folded(i).as_str(),
                        "عن" | "الي" | "برصاص" | "بنيران" | "بيد" | "بايدي" | "بسلاح"
                    )
            };
            cx.kind(i) == Some(Kind::Word)
                && cx.toks[i].pre & WA == 0
                && !cx.starts_number(i)
                && cx.entry(i).map_or(true, |e| {
                    // A definite victim noun is a subject (قتل المهاجم شخصين); an
                    // indefinite one is the object itself (قتل جندي "a soldier was killed").
                    e.trig.is_none()
                        && e.marker == 0
                        && (e.victim.is_none() || cx.toks[i].pre & DEF != 0)
                        && !e.nonvictim
                })
                && not_agent()
        };
        // The object is looked up first (cheap); the subject words only when it fits.
        for o in [start + 1, start + 2] {
            let ok = cx.kind(o) == Some(Kind::Word) && cx.toks[o].pre & (DEF | WA) == 0;
            match cx.entry(o).and_then(|e| e.victim) {
                Some(v @ (VictimNum::Du | VictimNum::Acc)) if ok && !cx.starts_number(o + 1) => {
                    if (start..o).all(plain) {
                        single = Some(if v == VictimNum::Du { v } else { VictimNum::Sg });
                        single_at = o;
                    }
                    break;
                }
                _ => {}
            }
        }
    }
    let mut strict = false;
    let mut j = start;
    while j < lim {
        let tok = cx.toks[j];
        if tok.kind == Kind::Stop {
            break;
        }
        if j > start {
            if let Some((_, k)) = cx.trig(j) {
                if k != TrigKind::Laqa || !laqa {
                    break;
                }
            }
            if cx.marker(j) & CLAUSE != 0 {
                break;
            }
        }
        if cx.starts_number(j) {
            if let Some(r) = read_count(cx, j, false) {
                let mut gap = r.first.saturating_sub(start);
                let mut after = victim_after(cx, r.end);
                // The number after its noun: قتلت الشرطة مسلحين اثنين ("two gunmen").
                if matches!(after, After::Bare | After::Unknown)
                    && r.first == r.num
                    && r.num > start
                {
                    let v = r.num - 1;
                    let listed = cx.entry(v).and_then(|e| e.victim).is_some();
                    if cx.kind(v) == Some(Kind::Word)
                        && cx.trig(v).is_none()
                        && (listed || cx.entry(v).is_none() && people_like(&cx.folded(v)))
                    {
                        after = After::Victim {
                            first: v,
                            end: v + 1,
                            num: cx.entry(v).and_then(|e| e.victim),
                        };
                        gap = v - start;
                    }
                }
                // حبس/سجن take their count at once, or after a resumptive pronoun
                // (سجن بموجبها 80 ألف شخص "under which 80,000 people were jailed").
                if tight
                    && gap > 0
                    && !(gap == 1 && {
                        let w = cx.folded(start);
                        w.ends_with("ها") || w.ends_with("هم")
                    })
                {
                    break;
                }
                // وفاة 115 مختطفا، مقتل 3 أسرى: a noun of status (detained, kidnapped,
                // displaced) after a killed or injured count names the victims.
                if after == After::Casualty && gap == 0 {
                    if let Some(v) = status_noun(cx, r.end, cat) {
                        after = After::Victim {
                            first: v,
                            end: v + 1,
                            num: Some(VictimNum::Pl),
                        };
                    }
                }
                let accept = match after {
                    After::Casualty => break,
                    After::NonVictim => false,
                    After::Bare => gap == 0 && !strict,
                    After::Unknown => gap == 0 && !strict && kind != TrigKind::Post,
                    After::Victim { num: Some(_), .. } => true,
                    // After a victim noun (قتل شابا في 19 من عمره) only a listed one.
                    After::Victim { num: None, .. } => {
                        single.is_none() && (gap <= 4 || !strict && gap <= 8)
                    }
                };
                if accept {
                    if let Some(f) = make(cx, cat, r, after, (t, trig_end)) {
                        let end = f.end;
                        push(out, f);
                        chain(cx, end, cat, (t, trig_end), out);
                        return true;
                    }
                }
                if single.is_some() {
                    // قتل شابا في 19 من عمره ...: the victim was named; no later count.
                    break;
                }
                strict = true;
                j = r.end.max(j + 1);
                continue;
            }
        }
        j += 1;
    }
    // A single victim without a number: مقتل جندي (1), قتل شرطيين (2).
    if let Some(v) = single {
        let value = if v == VictimNum::Du { 2.0 } else { 1.0 };
        let r = Read {
            first: single_at,
            num: single_at,
            end: single_at,
            value,
            vague: false,
            qual: None,
            range_max: None,
        };
        let after = After::Victim {
            first: single_at,
            end: single_at + 1,
            num: Some(v),
        };
        if let Some(mut f) = make(cx, cat, r, after, (t, trig_end)) {
            f.end = f.end.max(single_at + 1);
            push(out, f);
            return true;
        }
    }
    false
}

/// A plural or dual verb after its counts: 12 متشددا وخمسة مدنيين قتلوا، شخصين قتلا.
fn backward(cx: &Ctx<'_>, t: usize, cat: Category, trig_end: usize, out: &mut Out) -> bool {
    let mut ws = t.saturating_sub(BACKWARD);
    for k in (ws..t).rev() {
        if cx.kind(k) == Some(Kind::Stop) || (k + 1 < t && cx.marker(k) & CLAUSE != 0) {
            ws = k + 1;
            break;
        }
    }
    // Counts with victims in the window, in order.
    let mut found: Vec<(Read, After, usize)> = Vec::new();
    let mut j = ws;
    while j < t {
        if cx.starts_number(j) {
            if let Some(r) = read_count(cx, j, false) {
                let mut after = victim_after(cx, r.end);
                let mut vend = None;
                if let After::Victim { end, .. } = after {
                    vend = Some(end);
                } else if matches!(after, After::Bare | After::Unknown)
                    && r.first == r.num
                    && r.num > ws
                    && cx.kind(r.num) == Some(Kind::Word)
                    && cx.toks[r.num].pre & WA == 0
                {
                    // مدنيين اثنين قتلا ("two civilians were killed"): the number word
                    // after its noun.
                    let v = r.num - 1;
                    let listed = cx.entry(v).and_then(|e| e.victim);
                    if cx.kind(v) == Some(Kind::Word)
                        && cx.trig(v).is_none()
                        && (listed.is_some() || cx.entry(v).is_none() && people_like(&cx.folded(v)))
                    {
                        after = After::Victim {
                            first: v,
                            end: v + 1,
                            num: listed,
                        };
                        vend = Some(r.end);
                    }
                }
                if let Some(end) = vend {
                    if end <= t {
                        found.push((r, after, end));
                        j = end;
                        continue;
                    }
                }
                j = r.end.max(j + 1);
                continue;
            }
        }
        j += 1;
    }
    let verb = cx.folded(t);
    let verb = verb.strip_prefix('و').unwrap_or(&verb);
    let dual = verb.ends_with('ا') && !verb.ends_with("وا");
    if let Some(&(_, _, vend)) = found.last() {
        // Between the last victim noun and the verb: a qualifier, قد, a short genitive.
        let mut k = vend;
        if let Some((_, e)) = post_qual(cx, k) {
            k = e;
        }
        let gap = t - k.min(t);
        let clean = (k..t).all(|i| {
            matches!(cx.kind(i), Some(Kind::Word | Kind::Punct | Kind::Quote))
                && cx.trig(i).is_none()
        });
        if gap <= 5 && clean {
            // Keep the counts joined to the last one by و or a subset word.
            let mut keep = found.len() - 1;
            while keep > 0 {
                let (r, _, _) = found[keep];
                let (_, _, pend) = found[keep - 1];
                let subset = (pend..r.first).any(|i| cx.marker(i) & SUBSET != 0);
                let punct = (pend..r.first).any(|i| cx.kind(i) != Some(Kind::Word));
                let joined = subset || cx.toks[r.first].pre & WA != 0 && !punct;
                if joined && r.first.saturating_sub(pend) <= 3 {
                    keep -= 1;
                } else {
                    break;
                }
            }
            let mut any = false;
            for &(r, after, _) in &found[keep..] {
                if let Some(f) = make(cx, cat, r, after, (t, trig_end)) {
                    any |= push(out, f);
                }
            }
            return any;
        }
    }
    if found.is_empty() && !dual {
        // إن 7 على الأقل أصيبوا ("that at least 7 were injured"): a bare count that opens
        // the clause is the subject of the verb; so is one joined by و
        // to a figure of the same shape (3 قتلوا و5 أصيبوا).
        for s in ws..t {
            if !cx.starts_number(s) || cx.toks[s].pre & PREP != 0 {
                continue;
            }
            let Some(r) = read_count(cx, s, false) else {
                continue;
            };
            let mut k = r.end;
            if let Some((_, e)) = post_qual(cx, k) {
                k = e;
            }
            if k != t {
                continue;
            }
            let f0 = r.first;
            // قتلوا أو هجروا "were killed or displaced": no category of its own.
            let either = cx.is(trig_end, cx.lx.words.aw);
            let opens = !either && f0 == ws && {
                f0 == 0
                    || cx.marker(f0 - 1) & CLAUSE != 0
                    || matches!(cx.kind(f0 - 1), Some(Kind::Punct | Kind::Stop))
            } || !either
                && cx.toks[f0].pre & WA != 0
                && f0 >= 1
                && matches!(cx.trig(f0 - 1), Some((_, TrigKind::Post)));
            if opens {
                if let Some(f) = make(cx, cat, r, After::Bare, (t, trig_end)) {
                    return push(out, f);
                }
            }
            break;
        }
    }
    if dual && found.is_empty() {
        // شخصين قتلا، عضوان من مسلحي الحركة قد قتلا: a dual noun shortly before.
        for k in (ws.max(t.saturating_sub(6))..t).rev() {
            let du = match cx.entry(k).and_then(|e| e.victim) {
                Some(VictimNum::Du) => true,
                Some(_) => false,
                None => {
                    let w = cx.folded(k);
                    cx.kind(k) == Some(Kind::Word)
                        && cx.entry(k).is_none()
                        && w.chars().count() >= 5
                        && (w.ends_with("ين") || w.ends_with("ان"))
                }
            };
            if du {
                if let Some(f) = dual_at(cx, k, cat, (t, trig_end)) {
                    push(out, f);
                    return true;
                }
                return false;
            }
        }
    }
    false
}

/// True when لقي at `t` has its subject before it: the verb is plural or dual (لقوا،
/// لقيا; a subject before the verb makes it agree) and the object of death follows at
/// once. In لقي خلاله قائدهم حتفه the subject comes after the verb.
fn subject_before(cx: &Ctx<'_>, t: usize, trig_end: usize) -> bool {
    let verb = cx.folded(t);
    verb.ends_with('ا') && cx.marker(trig_end) & DEATH != 0
}

/// How far back `لقي حتفه` looks for a subject that opens its clause.
const LONG_SUBJECT: usize = 24;

/// A count and victim opening the clause, far before لقوا مصرعهم: أن أكثر من 200
/// مسلح ينتمون إلى ... (...) لقوا مصرعهم ("that more than 200 gunmen belonging to ...
/// met their death"). Between the victim noun and the verb no number, trigger or clause
/// word may stand; the clause must open with the count (after أن، إن، a stop or a comma).
fn long_subject(cx: &Ctx<'_>, t: usize, cat: Category, trig_end: usize, out: &mut Out) -> bool {
    let mut cs = None;
    for k in (t.saturating_sub(LONG_SUBJECT)..t).rev() {
        match cx.kind(k) {
            Some(Kind::Stop) => {
                cs = Some(k + 1);
                break;
            }
            Some(Kind::Word) if cx.marker(k) & CLAUSE != 0 => {
                cs = Some(k + 1);
                break;
            }
            Some(Kind::Word) if cx.trig(k).is_some() => return false,
            _ => {}
        }
    }
    let Some(cs) = cs else { return false };
    let Some(s) = (cs..(cs + 4).min(t)).find(|&s| cx.starts_number(s)) else {
        return false;
    };
    let Some(r) = read_count(cx, s, false) else {
        return false;
    };
    if r.first != cs || cx.toks[s].pre & PREP != 0 {
        return false;
    }
    let after = victim_after(cx, r.end);
    let After::Victim { end, .. } = after else {
        return false;
    };
    if end >= t || (end..t).any(|k| cx.starts_number(k)) {
        return false;
    }
    match make(cx, cat, r, after, (t, trig_end)) {
        Some(mut f) => {
            // The span runs from the count to the victim noun and the verb; the words
            // between are kept (a span is one range).
            f.end = f.end.max(trig_end);
            push(out, f)
        }
        None => false,
    }
}

/// The count read before token `t` that ends exactly at `t`.
fn count_before(cx: &Ctx<'_>, t: usize) -> Option<Read> {
    for s in t.saturating_sub(5)..t {
        if cx.starts_number(s) {
            if let Some(r) = read_count(cx, s, false) {
                if cx.skip_quotes(r.end) == t {
                    return Some(r);
                }
            }
        }
    }
    None
}

/// True for the killed / injured pair.
fn pair(a: Category, b: Category) -> bool {
    matches!(
        (a, b),
        (Category::Killed, Category::Injured) | (Category::Injured, Category::Killed)
    )
}

/// A casualty noun after its count: خمسة قتلى، 55 بين قتيل وجريح، المصابين الـ12.
fn noun(cx: &Ctx<'_>, t: usize, cat: Category, dual: bool, out: &mut Out) {
    let mut cat = cat;
    let mut trig_end = t + 1;
    // قتيل ومصاب، قتلى وجرحى: both together.
    if let Some((c2, TrigKind::Noun)) = cx.trig(t + 1) {
        if cx.toks[t + 1].pre & WA != 0 && pair(cat, c2) {
            cat = Category::KilledOrInjured;
            trig_end = t + 2;
        }
    }
    let mut r = count_before(cx, t);
    if r.is_none() && t >= 1 && cx.is(t - 1, cx.lx.words.min) {
        // العشرات من الجرحى ("tens of the wounded")
        r = count_before(cx, t - 1);
    }
    let mut victims = None;
    if r.is_none() && t >= 1 && cx.is(t - 1, cx.lx.words.bain) {
        // 55 بين قتيل وجريح، عشرات الحوثيين بين قتلى وجرحى
        r = count_before(cx, t - 1);
        if r.is_none() && t >= 2 {
            if let Some(r2) = count_before(cx, t - 2) {
                if let After::Victim { first, end, .. } = victim_after(cx, r2.end) {
                    if end == t - 1 {
                        victims = Some((first, end));
                        r = Some(r2);
                    }
                }
            }
        }
    }
    if cat == Category::Kidnapped && held_in_prison(cx, t + 1) {
        // 5000 مختطف في سجون ...: abductees held in prisons are detainees.
        cat = Category::Detained;
    }
    if let Some(r) = r {
        let after = match victims {
            Some((first, end)) => After::Victim {
                first,
                end,
                num: Some(VictimNum::Pl),
            },
            None => After::Victim {
                first: t,
                end: t + 1,
                num: Some(VictimNum::Pl),
            },
        };
        if let Some(f) = make(cx, cat, r, after, (t, trig_end)) {
            let end = f.end;
            push(out, f);
            chain(cx, end.max(trig_end), cat, (t, trig_end), out);
        }
        return;
    }
    // جثث أكثر من 60 مدنيا ("the bodies of more than 60 civilians")
    if cx.word_is(t, "جثث") || cx.word_is(t, "جثامين") {
        forward(cx, t, cat, t + 1, TrigKind::Post, out);
        return;
    }
    if dual {
        if let Some(f) = dual_at(cx, t, cat, (t, trig_end)) {
            push(out, f);
        }
        return;
    }
    // المصابين الـ12، القتلى الثلاثة
    if cx.toks[t].pre & DEF != 0 {
        let j = t + 1;
        let def_num = cx.toks.get(j).is_some_and(|x| x.pre & DEF != 0);
        if def_num {
            if let Some(r) = read_count(cx, j, true) {
                let after = After::Victim {
                    first: t,
                    end: t + 1,
                    num: Some(VictimNum::Pl),
                };
                if let Some(f) = make(cx, cat, r, after, (t, t + 1)) {
                    push(out, f);
                }
            }
        }
    }
}

/// True when the tokens at `j` say "in prisons" (في سجون، داخل السجون، في المعتقلات).
fn held_in_prison(cx: &Ctx<'_>, j: usize) -> bool {
    (cx.word_is(j, "في") || cx.word_is(j, "داخل"))
        && ["سجون", "السجون", "سجن", "السجن", "معتقلات", "المعتقلات"]
            .iter()
            .any(|w| cx.word_is(j + 1, w))
}

/// A toll: ارتفع عدد القتلى إلى 20، لترتفع الحصيلة إلى 30، بلغ عدد القتلى 50.
fn toll(cx: &Ctx<'_>, t: usize, out: &mut Out) {
    let n = cx.toks.len();
    let w = &cx.lx.words;
    let hasila = cx.word_is(t, "حصيلة") || cx.word_is(t, "الحصيلة");
    let (cat, np_end, trig) = match cx.trig(t + 1) {
        // عدد القتلى، حصيلة ضحايا القصف
        Some((c, TrigKind::Noun)) => (c, t + 2, (t, t + 2)),
        // عدد من قتلوا، عدد الذين قتلوا
        _ if (cx.is(t + 1, w.min) || cx.is(t + 1, w.alladhina))
            && matches!(cx.trig(t + 2), Some((_, TrigKind::Post))) =>
        {
            let c = cx.trig(t + 2).map_or(Category::Killed, |x| x.0);
            (c, t + 3, (t, t + 3))
        }
        _ if hasila => {
            let c = out.figs.last().map_or(Category::Killed, |f| f.cat);
            (c, t + 1, (t, t + 1))
        }
        _ => return,
    };
    let rise_before = (t.saturating_sub(3)..t).any(|k| cx.marker(k) & RISE != 0);
    let total = cx.word_is(t, "إجمالي");
    let is_ila = |j: usize| cx.is(j, w.ila) || cx.is(j, w.ila2);
    // A count after إلى, maybe after a qualifier: إلى نحو 1111.
    let count_after_ila = |j: usize| -> Option<Read> {
        (j + 1..(j + 5).min(n))
            .filter(|&s| cx.starts_number(s))
            .find_map(|s| read_count(cx, s, false).filter(|r| r.first == j + 1))
    };
    let mut found = None;
    let mut victims = None;
    let mut rise = rise_before;
    let mut first_count: Option<(usize, Read)> = None;
    let mut last_count: Option<(usize, Read)> = None;
    for j in np_end..(np_end + 30).min(n) {
        let other_trigger = j > np_end
            && cx
                .trig(j)
                .is_some_and(|x| matches!(x.1, TrigKind::VNoun | TrigKind::Verb));
        if cx.kind(j) == Some(Kind::Stop) || other_trigger {
            break;
        }
        if cx.is(j, w.safuf) && victims.is_none() {
            let e = (j + 3).min(n);
            let mut v_end = j + 1;
            while v_end < e
                && cx.kind(v_end) == Some(Kind::Word)
                && cx.entry(v_end).map_or(true, |x| {
                    x.victim.is_some() || x.trig.is_none() && x.marker == 0
                })
            {
                v_end += 1;
            }
            if v_end > j + 1 {
                victims = Some((j + 1, v_end));
            }
        }
        if cx.marker(j) & RISE != 0 {
            rise = true;
        }
        if is_ila(j) {
            if let Some(mut r) = count_after_ila(j) {
                // من 42 إلى أكثر من 60: a range.
                if let Some((s, r0)) = last_count {
                    if r0.end == j && s >= 1 && cx.is(s - 1, w.min) {
                        r.range_max = Some(r.value);
                        r.value = r0.value;
                        r.num = r0.num;
                        r.first = s - 1;
                        r.qual = None;
                    }
                }
                found = Some(r);
                break;
            }
        }
        if last_count.map_or(true, |(_, r)| j >= r.end) && cx.starts_number(j) {
            last_count = read_count(cx, j, false).map(|r| (j, r));
            if first_count.is_none() {
                first_count = last_count;
            }
        }
    }
    if found.is_none() {
        // يرتفع إلى 121 عدد الفلسطينيين ...: the count before the toll word.
        for j in (t.saturating_sub(6)..t).rev() {
            if cx.kind(j) == Some(Kind::Stop) {
                break;
            }
            if is_ila(j) {
                if let Some(r) = count_after_ila(j) {
                    found = Some(r);
                    rise = (j.saturating_sub(3)..j).any(|k| cx.marker(k) & RISE != 0);
                }
                break;
            }
        }
    }
    if found.is_none() {
        // بلغت حصيلة القتلى، وفق المرصد، 29 مقاتلا; عدد القتلى هو سبعة
        if let Some((j, r)) = first_count {
            let near = (np_end..j).all(|k| {
                cx.is(k, w.huwa)
                    || cx.is(k, w.hiya)
                    || cx.marker(k) & RISE != 0
                    || cx.kind(k) == Some(Kind::Punct)
            });
            let with_victim = matches!(victim_after(cx, r.end), After::Victim { .. });
            if (near && j - np_end <= 2) || (rise_before && with_victim && j - np_end <= 12) {
                found = Some(r);
            }
        }
    }
    let Some(r) = found else { return };
    let cumulative = rise || total;
    if out.has(r.num) {
        // The toll's figure and those joined to it: إلى 62 قتيلا ونحو 3200 جريح.
        let sentence_end = (r.num..n)
            .find(|&k| cx.kind(k) == Some(Kind::Stop))
            .unwrap_or(n);
        for f in out.figs.iter_mut() {
            if f.read.num >= r.num && f.read.num < (r.num + 12).min(sentence_end) {
                f.cumulative |= cumulative;
            }
        }
        return;
    }
    let after = match victim_after(cx, r.end) {
        a @ After::Victim { .. } => a,
        After::Casualty | After::NonVictim => return,
        _ => match victims {
            Some((first, end)) => After::Victim {
                first,
                end,
                num: Some(VictimNum::Group),
            },
            None if np_end > trig.0 + 1 => After::Victim {
                first: trig.0 + 1,
                end: np_end,
                num: Some(VictimNum::Pl),
            },
            None => After::Bare,
        },
    };
    if let Some(mut f) = make(cx, cat, r, after, trig) {
        f.first = f.first.min(t);
        f.cumulative = cumulative;
        let end = f.end;
        push(out, f);
        chain(cx, end, cat, trig, out);
        // Figures chained on the toll, or joined to its count, share its flag.
        let sentence_end = (r.num..n)
            .find(|&k| cx.kind(k) == Some(Kind::Stop))
            .unwrap_or(n);
        for g in out.figs.iter_mut() {
            if g.trigger == trig
                || g.read.num >= r.num && g.read.num < (r.num + 12).min(sentence_end)
            {
                g.cumulative |= cumulative;
            }
        }
    }
}

/// How far (in tokens) a hedge before a figure, and one after it, reach.
const HEDGE_BEFORE: usize = 7;
const HEDGE_AFTER: usize = 10;

/// Sentence index of every token, the positions of cumulative markers (منذ بدء), and
/// the positions of hedge markers.
fn sentence_flags(cx: &Ctx<'_>) -> (Vec<u32>, Vec<usize>, Vec<usize>) {
    let mut sent = Vec::with_capacity(cx.toks.len());
    let mut cumulative = Vec::new();
    let mut hedges = Vec::new();
    let mut s = 0u32;
    for i in 0..cx.toks.len() {
        sent.push(s);
        let mut m = cx.marker(i) & (HEDGE | CUMULATIVE);
        let t = cx.toks[i];
        if t.id != NONE && cx.lx.phrase_start.get(t.id as usize) == Some(&true) {
            for p in &cx.lx.phrases {
                if p.marker & (HEDGE | CUMULATIVE) != 0 && cx.ids_at(i, &p.ids) {
                    m |= p.marker;
                }
            }
        }
        if m & CUMULATIVE != 0 {
            cumulative.push(i);
        }
        if m & HEDGE != 0 {
            hedges.push(i);
        }
        if t.kind == Kind::Stop {
            s += 1;
        }
    }
    (sent, cumulative, hedges)
}

pub(crate) fn extract(text: &str) -> Vec<CasualtyFigure<'_>> {
    let lx: &Lexicon = &LEXICON;
    let mut buf = String::new();
    let toks = scan(text, lx, &mut buf);
    let cx = Ctx {
        text,
        toks: &toks,
        lx,
    };
    let mut out = Out {
        figs: Vec::new(),
        taken: Vec::new(),
    };
    let mut tolls = Vec::new();
    let mut t = 0;
    while t < toks.len() {
        let Some(e) = cx.entry(t) else {
            t += 1;
            continue;
        };
        if e.marker & TOLL != 0 {
            tolls.push(t);
        }
        let Some((cat, kind)) = e.trig else {
            t += 1;
            continue;
        };
        match kind {
            TrigKind::VNoun | TrigKind::Verb | TrigKind::Laqa | TrigKind::Ala => {
                // السجن "the prison" (بالسجن 5 أعوام "to five years in prison")
                if toks[t].id == lx.words.sijn && toks[t].pre & DEF != 0 {
                    t += 1;
                    continue;
                }
                let ala = kind == TrigKind::Ala;
                if ala && cx.is(t + 1, lx.words.ala) && !negated(&cx, t) {
                    forward(&cx, t, cat, t + 2, TrigKind::VNoun, &mut out);
                    t += 2;
                    continue;
                }
                if !ala && !negated(&cx, t) {
                    // قتل وأصيب 55، مقتل وإصابة 60
                    let mut c = cat;
                    let mut end = t + 1;
                    if let Some((c2, k2)) = cx.trig(t + 1) {
                        if toks[t + 1].pre & WA != 0
                            && pair(cat, c2)
                            && matches!(k2, TrigKind::VNoun | TrigKind::Verb)
                        {
                            c = Category::KilledOrInjured;
                            end = t + 2;
                        }
                    }
                    let found = forward(&cx, t, c, end, kind, &mut out);
                    // أكثر من 200 حوثيا لقوا مصرعهم: the count before.
                    if !found
                        && kind == TrigKind::Laqa
                        && subject_before(&cx, t, end)
                        && !backward(&cx, t, c, end, &mut out)
                    {
                        long_subject(&cx, t, c, end, &mut out);
                    }
                    t = end;
                    continue;
                }
            }
            TrigKind::Post => {
                if !negated(&cx, t) {
                    // قتلوا أو أصيبوا
                    let mut c = cat;
                    let mut end = t + 1;
                    let k = if cx.is(t + 1, lx.words.aw) {
                        t + 2
                    } else {
                        t + 1
                    };
                    if let Some((c2, TrigKind::Post)) = cx.trig(k) {
                        if (k == t + 2 || toks[k].pre & WA != 0) && pair(cat, c2) {
                            c = Category::KilledOrInjured;
                            end = k + 1;
                        }
                    }
                    // مهاجمين اثنين قتلوا ستة أشخاص ("two attackers killed six people"): a
                    // counted object right after the verb is the figure, not its subject.
                    // Not a count with و: a new clause (400 ألف قتلوا و5 ملايين نزحوا).
                    let object = toks.get(end).is_some_and(|x| x.pre & WA == 0)
                        && (end..(end + 3).min(toks.len())).any(|s| {
                            cx.starts_number(s)
                                && read_count(&cx, s, false).is_some_and(|r| {
                                    r.first == end
                                        && matches!(
                                            victim_after(&cx, r.end),
                                            After::Victim { num: Some(_), .. }
                                        )
                                })
                        });
                    if object {
                        if !forward(&cx, t, c, end, TrigKind::Post, &mut out) {
                            backward(&cx, t, c, end, &mut out);
                        }
                    } else if !backward(&cx, t, c, end, &mut out) {
                        forward(&cx, t, c, end, TrigKind::Post, &mut out);
                    }
                    t = end;
                    continue;
                }
            }
            TrigKind::Noun | TrigKind::Dual => {
                if toks[t].kind == Kind::Word {
                    noun(&cx, t, cat, kind == TrigKind::Dual, &mut out);
                }
            }
        }
        t += 1;
    }
    for t in tolls {
        toll(&cx, t, &mut out);
    }
    let (sent, cumulative_at, hedges) = sentence_flags(&cx);
    let mut figs = out.figs;
    figs.sort_by_key(|f| (f.read.num, f.first));
    let mut res: Vec<CasualtyFigure<'_>> = Vec::with_capacity(figs.len());
    let mut last_victims: Option<Fragment<'_>> = None;
    for f in figs {
        let Some(count) = f.read.count(&cx, f.post) else {
            continue;
        };
        let victims = f.victims.map(|(a, b)| {
            let mut sp = cx.span(a, b);
            if f.wa_victim {
                // Skip the و (or ف) itself.
                let wa = text[sp.start..].chars().next().map_or(0, char::len_utf8);
                sp = Span::new(sp.start + wa, sp.end);
            }
            Fragment::new(text, sp)
        });
        let antecedent = if f.other { last_victims } else { None };
        if !f.other {
            if let Some(v) = victims {
                last_victims = Some(v);
            }
        }
        let si = sent[f.read.num.min(sent.len() - 1)];
        let lo = f.first.saturating_sub(HEDGE_BEFORE);
        let hi = f.end + HEDGE_AFTER;
        let hedged = hedges
            .iter()
            .any(|&h| h >= lo && h < hi && sent.get(h) == Some(&si));
        // منذ بدء النزاع ("since the start of the conflict") close after the figure, with
        // no other clause in between, or just before it.
        let cumulative_marker = cumulative_at.iter().any(|&c| {
            sent.get(c) == Some(&si)
                && if c >= f.end {
                    c < f.end + HEDGE_AFTER && (f.end..c).all(|k| cx.marker(k) & CLAUSE == 0)
                } else {
                    c + HEDGE_BEFORE >= f.first
                }
        });
        res.push(CasualtyFigure {
            category: f.cat,
            count,
            victims,
            trigger: Fragment::new(text, cx.span(f.trigger.0, f.trigger.1)),
            span: Fragment::new(text, cx.span(f.first, f.end)),
            cumulative: f.cumulative || cumulative_marker,
            hedged,
            antecedent,
        });
    }
    res
}
