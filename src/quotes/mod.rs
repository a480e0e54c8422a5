//! Quote attribution: who said what, in direct, indirect and mixed quotes.
//!
//! [`extract`] finds reported speech in an Arabic news article and returns, for
//! each quote, its content, its cue (قال "said", أكد "stressed", أضاف "added",
//! بحسب "according to" ...), its speaker (the mention, the fullest name, the
//! title) and, when a medium relays someone else's words (نقلت الوكالة عن X
//! "the agency quoted X"), the channel.
//!
//! ```
//! use arabic_news::quotes::{self, QuoteKind};
//!
//! // "The Foreign Minister, X Y, said: «The ceasefire holds». He added that talks go on."
//! let text = "وقال وزير الخارجية، سامي فهد، «إن الهدنة صامدة». وأضاف أن المحادثات مستمرة.";
//! let q = quotes::extract(text);
//! assert_eq!(q.len(), 2);
//! assert_eq!(q[0].kind, QuoteKind::Direct);
//! assert_eq!(q[0].content.as_str(), "إن الهدنة صامدة");
//! let speaker = q[0].speaker.as_ref().unwrap();
//! assert_eq!(speaker.name, "سامي فهد");
//! assert_eq!(speaker.title, Some("وزير الخارجية"));
//! assert_eq!(q[1].kind, QuoteKind::Indirect);
//! assert_eq!(q[1].cue.as_ref().unwrap().lemma, "أضاف");
//! // A cue without a subject takes the last speaker that agrees with it.
//! assert!(q[1].speaker.as_ref().unwrap().resolved);
//! assert_eq!(q[1].speaker.as_ref().unwrap().name, "سامي فهد");
//! ```
//!
//! What it covers: quote marks « » “ ” " ' ‹ › paired by kind, nested and across
//! paragraphs; content after a colon, after أنّ/إنّ/بأنّ/إلى أنّ/على أنّ/من أنّ, a
//! verbal noun after أعلن/كشف عن/دعا إلى; cues through proclitics, in every
//! person, tense and participle, from the data lexicon `src/quotes/data/cues.txt`;
//! كتب/غرد X يقول «...» (the main verb is the cue); speaker phrases before or after
//! the cue with titles and apposition; pro-drop continuation by gender and number,
//! over the speakers of quotes and the subjects of speech verbs without content; a
//! short description (الصحيفة، رئيس الوزراء، الحزب) named by its fullest earlier
//! mention; a trailing بحسب/وفق in a sentence that already has a cue becomes that
//! quote's channel. The kind is decided on the final content span: a quoted
//! fragment in it makes it mixed, a quoted name (تنظيم «داعش»، في «سوبر ماركت»)
//! does not. What it does not: quote marks around names are not quotes unless a
//! cue claims them; headlines `X: ...` and cue-less floating quotes are not
//! reported; after a cue with an object and no clause (اتهمت السلطات الجماعة
//! بـ...) the speaker may still take the object and the content the subject.
//!
//! Spans are byte offsets into the text given; the work is one pass over a
//! private token scan (a byte-table scanner, 20-byte tokens), with lexicons in
//! hash sets built once and a three-letter suffix bitset in front of them. A text
//! longer than 2 GiB gives no quotes.

mod cues;
mod marks;
mod resolution;
mod scan;
mod speakers;

use crate::{Fragment, Span};
use resolution::{Chain, Entity};
use scan::{ends_sentence, Kind, Scan};
use speakers::Phrase;

/// What kind of quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Inside quote marks, or first-person speech after a colon.
    Direct,
    /// Reported content (أنّ/إنّ/بأنّ clause, verbal noun after كشف عن ...).
    Indirect,
    /// Reported content that contains a quoted fragment (ولفت إلى أن «...»).
    Mixed,
}

/// Who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker<'a> {
    /// The mention used for this quote, as written (for a resolved speaker, the
    /// mention it was resolved to).
    pub text: &'a str,
    /// The person or body as written at its fullest mention.
    pub name: &'a str,
    /// The title beside the name (وزير الخارجية الروسي), if any.
    pub title: Option<&'a str>,
    /// Span of `text`.
    pub span: Span,
    /// True when the cue had no explicit subject and the speaker came from context.
    pub resolved: bool,
}

/// The word that marks the speech: a reporting verb, participle or attributor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue<'a> {
    /// Span of the cue word as written (with its proclitics: وقال).
    pub span: Span,
    /// The cue as written.
    pub text: &'a str,
    /// Its base form (قال، أكد، أضاف، بحسب ...).
    pub lemma: &'static str,
}

/// One quote.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote<'a> {
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// What was said.
    pub content: Fragment<'a>,
    /// Who said it, when known.
    pub speaker: Option<Speaker<'a>>,
    /// The cue, when there is one.
    pub cue: Option<Cue<'a>>,
    /// The medium relaying someone else's words (نقلت الوكالة عن ...), if any.
    pub channel: Option<Fragment<'a>>,
}

#[cfg(feature = "serde")]
impl serde::Serialize for Speaker<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = ser.serialize_struct("Speaker", 6)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("name", self.name)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("resolved", &self.resolved)?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Cue<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = ser.serialize_struct("Cue", 4)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("lemma", self.lemma)?;
        st.end()
    }
}

/// Builds the lexicons now, so that the first call to [`extract`] does not pay for it.
pub fn warm_up() {
    cues::warm();
    speakers::warm();
}

/// Finds the quotes in `text`, in order of their content.
///
/// ```
/// use arabic_news::quotes;
///
/// // "Killed 11 civilians, according to the Observatory."
/// let q = quotes::extract("قتل 11 مدنيا، بحسب المرصد.");
/// assert_eq!(q[0].content.as_str(), "قتل 11 مدنيا");
/// assert_eq!(q[0].speaker.as_ref().unwrap().name, "المرصد");
/// assert!(quotes::extract("«داعش»").is_empty());
/// ```
pub fn extract(text: &str) -> Vec<Quote<'_>> {
    let s = scan::scan(text);
    if s.toks.is_empty() {
        return Vec::new();
    }
    let (segs, inside) = marks::pair(&s, text);
    let mut x = Extractor {
        text,
        s: &s,
        segs: &segs,
        inside: &inside,
        bounds: Bounds::new(&s, &inside, &segs),
        chain: Chain::default(),
        out: Vec::new(),
        consumed: vec![false; s.toks.len()],
        covered: 0,
        pending: [usize::MAX; 2],
    };
    x.run();
    let drafts = std::mem::take(&mut x.out);
    finish(text, &x, drafts)
}

/// Sentence and paragraph bounds of every token (token indices, end exclusive).
struct Bounds {
    sstart: Vec<u32>,
    send: Vec<u32>,
    pend: Vec<u32>,
    /// Index of the next token at or after `i` that opens a top-level quote.
    next_open: Vec<u32>,
}

impl Bounds {
    fn new(s: &Scan, inside: &[u32], segs: &[marks::Segment]) -> Bounds {
        let n = s.toks.len();
        let mut sstart = vec![0u32; n];
        let mut send = vec![n as u32; n];
        let mut pend = vec![n as u32; n];
        let mut st = 0u32;
        for i in 0..n {
            sstart[i] = st;
            let brk = s.toks[i].kind == Kind::Break;
            if brk || (inside[i] == u32::MAX && ends_sentence(s, i)) {
                st = i as u32 + 1;
            }
        }
        let mut en = n as u32;
        let mut pe = n as u32;
        for i in (0..n).rev() {
            let brk = s.toks[i].kind == Kind::Break;
            if brk {
                pe = i as u32;
            }
            if brk || (inside[i] == u32::MAX && ends_sentence(s, i)) {
                en = i as u32;
            }
            send[i] = en;
            pend[i] = pe;
        }
        let mut next_open = vec![n as u32; n + 1];
        let mut nx = n as u32;
        let mut gi = segs.len();
        for i in (0..n).rev() {
            while gi > 0 && segs[gi - 1].open >= i {
                gi -= 1;
                if segs[gi].open == i {
                    nx = i as u32;
                }
            }
            next_open[i] = nx;
        }
        Bounds {
            sstart,
            send,
            pend,
            next_open,
        }
    }
}

/// A quote before its spans are finished.
struct Draft {
    kind: QuoteKind,
    content: (usize, usize),
    speaker: Option<(Entity, bool)>,
    cue: Option<(usize, &'static str)>,
    channel: Option<Span>,
}

struct Extractor<'t> {
    text: &'t str,
    s: &'t Scan<'t>,
    segs: &'t [marks::Segment],
    inside: &'t [u32],
    bounds: Bounds,
    chain: Chain,
    out: Vec<Draft>,
    consumed: Vec<bool>,
    /// End of the last reported clause: a cue inside it belongs to the reported words.
    covered: usize,
    /// The first words of the last two sentences whose subjects have not yet joined
    /// the chain. They are parsed only when a cue or a known name needs the chain:
    /// most sentences hold neither, and parsing every one would halve the speed.
    pending: [usize; 2],
}

/// What opens the content after a cue.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Opening {
    Colon,
    Quote(usize),
    Clause,
}

impl Extractor<'_> {
    fn run(&mut self) {
        let n = self.s.toks.len();
        let mut sentence = u32::MAX;
        for i in 0..n {
            if self.bounds.sstart[i] != sentence && self.s.word(i) && self.inside[i] == u32::MAX {
                sentence = self.bounds.sstart[i];
                self.pending = [self.pending[1], i];
            }
            if self.inside[i] != u32::MAX || self.consumed[i] || !self.s.word(i) {
                continue;
            }
            self.known_subject(i);
            let w = self.s.f(i);
            if matches!(w, "جاء" | "وجاء") {
                self.flush();
                self.statement(i);
                continue;
            }
            if i >= self.covered {
                // (نفى، the verb, folds like نفي، the noun.)
                if let Some(lemma) = nominal_cue(w).filter(|_| !self.s.raw(i).ends_with('ى')) {
                    self.flush();
                    if self.nominal(i, lemma) {
                        continue;
                    }
                }
            }
            if !cues::maybe(w) {
                continue;
            }
            if i < self.covered && !self.opens_clause(i) {
                continue;
            }
            if cues::attributor(w) {
                self.flush();
                self.attribution(i);
            } else if let Some(c) = cues::cue(w) {
                self.flush();
                self.verb(i, c);
            }
        }
    }

    /// Lets the pending sentence subjects join the chain, in text order.
    fn flush(&mut self) {
        for k in 0..2 {
            let v = std::mem::replace(&mut self.pending[k], usize::MAX);
            if v != usize::MAX {
                self.sentence_subject(v);
            }
        }
    }

    /// A cue opens a new clause when it carries و/ف or follows a comma or a connective.
    fn opens_clause(&self, i: usize) -> bool {
        let s = self.s;
        let t = &self.text[s.toks[i].span()];
        if (t.starts_with('و') || t.starts_with('ف')) && !cues::starts_with_waw(s.f(i)) {
            return true;
        }
        if i > 0 && matches!(s.toks[i - 1].kind, Kind::Punct('،' | ',' | '.' | ':' | '؛')) {
            return true;
        }
        // A relative clause has its own subject (تصريحات الوزير التي قال فيها إن),
        // unless it sits inside a reported clause (قال إن المهاجم الذي أعلن أنه).
        if i > 0 && scan::relative(s.f(i - 1)) {
            let sst = (self.bounds.sstart[i] as usize).max(i.saturating_sub(48));
            return !(sst..i).any(|m| s.word(m) && scan::complementizer(s, m));
        }
        // A new clause: لكن الجيش يقول، كما أكد.
        (i.saturating_sub(6)..i).rev().any(|m| {
            matches!(
                s.f(m),
                "كما"
                    | "ثم"
                    | "اذ"
                    | "لكن"
                    | "ولكن"
                    | "لكنه"
                    | "لكنها"
                    | "لكنهم"
                    | "ولكنه"
                    | "ولكنها"
                    | "ولكنهم"
                    | "حسبما"
                    | "بينما"
                    | "فيما"
            )
        })
    }

    fn seg_at(&self, k: usize) -> Option<usize> {
        let g = *self.inside.get(k)?;
        (g != u32::MAX && self.segs[g as usize].open == k).then_some(g as usize)
    }

    /// Content end for a clause starting at `a`: the sentence end, stretched over a
    /// quote that opens inside it.
    /// A reported clause starting at token `a` (after أنّ/إنّ ...): it runs to the
    /// clause end, and is mixed when it holds quoted speech, else indirect.
    fn reported_clause(&self, a: usize) -> (QuoteKind, (usize, usize)) {
        let e = self.clause_end(a);
        let kind = if self.has_speech(a, e) {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        (kind, (a, e))
    }

    fn clause_end(&self, a: usize) -> usize {
        let last = self.s.toks.len() - 1;
        let e = self.bounds.send[a.min(last)] as usize;
        // ...، في حين / بينما / فيما / وذلك / في إشارة / بحسب ...: after a comma, the
        // narrator takes over (outside quote marks). The look is bounded, which keeps
        // many clauses in one endless sentence linear.
        let s = self.s;
        if let Some(m) = (a + 1..e.min(a + 128)).find(|&m| {
            (s.is(m, '،') || s.is(m, ','))
                && self.inside[m] == u32::MAX
                && s.word(m + 1)
                && (matches!(
                    s.f(m + 1),
                    "بينما"
                        | "فيما"
                        | "وذلك"
                        | "حسبما"
                        | "بحسب"
                        | "حسب"
                        | "وفق"
                        | "وفقا"
                        | "نقلا"
                ) || (matches!(s.f(m + 1), "في") && matches!(s.f(m + 2), "حين" | "اشاره"))
                    // ، كما أجرى الرئيس ... (but ، كما أن continues the reported words).
                    || (s.f(m + 1) == "كما"
                        && !scan::complementizer(s, m + 2)
                        && cues::cue(s.f(m + 2)).is_none()))
        }) {
            return m;
        }
        match self.next_seg(a) {
            Some(k) if k < e => {
                let g = self.inside[k] as usize;
                let after = self.segs[g].after;
                if after > e {
                    self.bounds.send[after.min(last)] as usize
                } else {
                    e
                }
            }
            _ => e,
        }
    }

    /// The first token at or after `a` that opens a quoted segment.
    fn next_seg(&self, a: usize) -> Option<usize> {
        let k = *self.bounds.next_open.get(a)? as usize;
        (k < self.s.toks.len()).then_some(k)
    }

    /// True when a quoted fragment of speech (not a name) opens in `a..b`: that
    /// makes reported content mixed. At most a few quotes are looked at.
    fn has_speech(&self, a: usize, b: usize) -> bool {
        let s = self.s;
        let mut k = a;
        for _ in 0..8 {
            let Some(o) = self.next_seg(k).filter(|&o| o < b) else {
                return false;
            };
            let g = self.segs[self.inside[o] as usize];
            let prev = if o > 0 && s.word(o - 1) {
                s.f(o - 1)
            } else {
                ""
            };
            // و«جبهة النصرة» after another name, ل«الوطن», تنظيم «داعش», في «سوبر ماركت»,
            // and a name that starts with its own head («هيئة تحرير الشام»).
            let name = g.words <= 3
                && (cues::naming(prev)
                    || matches!(prev, "ل" | "و")
                    // بـ«...» names, except after a verb of saying (وصفه بـ«...»).
                    || (prev == "ب" && !(o >= 2 && cues::cue_with_object(s.f(o - 2))))
                    || (g.words <= 2 && matches!(prev, "في" | "عبر"))
                    // بعض الأطراف، بينها «وكلاء شركائنا»، عن: a label among others.
                    || matches!(prev, "بينها" | "بينهم" | "منها" | "منهم" | "ومنها" | "ومنهم" | "مثل")
                    || (o >= 2 && s.word(o - 2) && cues::naming(s.f(o - 2)))
                    || (s.word(o + 1) && cues::naming(s.f(o + 1))));
            if !name {
                return true;
            }
            k = g.after;
        }
        false
    }

    fn verb(&mut self, i: usize, c: cues::CueForm) {
        let s = self.s;
        let sst = self.bounds.sstart[i] as usize;
        let send = self.bounds.send[i] as usize;
        let prev = if i > sst { s.f(i - 1) } else { "" };
        let prev2 = if i > sst + 1 { s.f(i - 2) } else { "" };
        // Folding merges ى and ي, but the spelling tells the verb نفى "denied" from the
        // noun نفي "denial" (and رأى from رأي "opinion").
        if !c.participle
            && !c.imperfect
            && matches!(c.lemma, "نفى" | "رأى")
            && s.raw(i).ends_with('ي')
        {
            return;
        }
        // أعلن مسؤوليته عن: a claim of responsibility, not a statement.
        if (i + 1..(i + 6).min(send)).any(|m| {
            matches!(
                scan::bare(s.f(m)),
                "مسووليته" | "مسوولياتها" | "مسووليتها" | "مسووليتهم"
            )
        }) && c.class == cues::Class::Noun
        {
            return;
        }
        // عملية عسكرية تقول أنقرة إنها ...: an imperfect cue right after an undetermined
        // noun, inside a sentence, opens a relative clause ("which Ankara says ..."),
        // a characterization rather than a statement.
        if c.imperfect
            && !c.participle
            && i >= sst + 3
            && s.word(i - 1)
            && !scan::definite(s.f(i - 1))
            && !cues::OPENERS.contains(s.f(i - 1))
            && !matches!(s.f(i - 1), "قد" | "لا" | "لم" | "لن" | "ما")
            && !self.opens_clause(i)
            // ... with its own subject before the complementizer (تقول أنقرة إنها).
            && s.word(i + 1)
            && !scan::complementizer(s, i + 1)
            && (i + 2..i + 5).any(|m| s.word(m) && scan::complementizer(s, m))
        {
            return;
        }
        // اتُّهم بـ: the unvocalized passive has neither subject nor object before بـ.
        if matches!(c.lemma, "اتهم") && !c.participle && s.word(i + 1) && {
            let n = s.f(i + 1);
            n.starts_with('ب') && n.len() > 6
        } {
            return;
        }
        // 75 متهما: a counted noun, not a participle.
        if c.participle && i > 0 && s.f(i - 1).starts_with(|ch: char| ch.is_ascii_digit()) {
            return;
        }
        // لفت الانتباه / لفت النظر: "drew attention", not speech.
        if c.lemma == "لفت" && matches!(scan::bare(s.f(i + 1)), "انتباه" | "نظر" | "انظار")
        {
            return;
        }
        // في رد على، في إعلان: after a preposition a cue word is a verbal noun.
        if matches!(prev, "في" | "وفي") && !c.participle {
            return;
        }
        // رد فعل: the noun "reaction"; رد قائلا: the participle speaks.
        if c.lemma == "رد"
            && (s.f(i + 1).starts_with("فعل")
                || cues::cue(s.f(i + 1)).is_some_and(|d| d.participle))
        {
            return;
        }
        // Relative "what he called" (ما وصفه بأنه) is not a statement of its own.
        if matches!(prev, "ما") && !cues::attributor(prev2) && prev2 != "علي" {
            return;
        }
        // Find what opens the content.
        let limit = send.min(i + 48);
        let mut open: Option<(Opening, usize)> = None;
        let mut short: Option<(Opening, usize)> = None;
        // لفت X إلى «...» محمد، كشف عن: the preposition of a noun-class cue.
        let mut noun_prep: Option<usize> = None;
        // The first preposition the cue governs, after any noun (ودعا الحكومة إلى).
        let mut governed: Option<usize> = None;
        // Only the preposition this cue governs (لفت إلى، كشف عن، شدد على).
        let governs = |w: &str| match w {
            "الي" => matches!(c.lemma, "لفت" | "أشار" | "دعا" | "نوه"),
            "عن" => matches!(c.lemma, "كشف" | "أعلن" | "أعرب" | "عبر"),
            "علي" => matches!(c.lemma, "شدد" | "أكد" | "حث"),
            // طالب بـ: the demand is a ب-object (باعتقال، بالإفراج).
            _ => matches!(c.lemma, "طالب" | "وعد") && ba_masdar(w) && !cues::head(w),
        };
        let mut k = i + 1;
        while k < limit {
            if let Some(g) = self.seg_at(k) {
                let sg = self.segs[g];
                // A short quote inside the phrase is a name (وكالة «...» الروسية، أن).
                let next_word = s.toks.get(sg.after).is_some_and(|t| t.kind == Kind::Word);
                // وصفه بـ"العدوان": a quote right after بـ is what was said.
                let after_ba =
                    s.word(k - 1) && matches!(s.f(k - 1), "ب" | "بان" | "بانه" | "بانها");
                // After a naming word (صحيفة «...»، تنظيم «...») it is a name wherever it is.
                // After a detached لـ it is an addressee (في تصريح لـ«الوطن»:).
                let named = sg.words <= 3
                    && s.word(k - 1)
                    && (cues::naming(s.f(k - 1)) || s.f(k - 1) == "ل");
                let name_like = named
                    || (sg.words <= 3
                        && !after_ba
                        && !s.is(k - 1, ':')
                        && (next_word || s.is(sg.after, '،') || s.is(sg.after, ',')));
                if name_like {
                    if !next_word {
                        short.get_or_insert((Opening::Quote(g), k));
                    }
                    k = sg.after;
                    continue;
                }
                open = Some((Opening::Quote(g), k));
                break;
            }
            if s.is(k, ':') {
                open = Some((Opening::Colon, k));
                break;
            }
            if s.word(k) {
                let w = s.f(k);
                // بعد أن / قبل أن / لمجرد أن are conjunctions of time or cause.
                if scan::complementizer(s, k)
                    && !matches!(
                        s.f(k - 1),
                        "بعد"
                            | "قبل"
                            | "منذ"
                            | "رغم"
                            | "دون"
                            | "بدون"
                            | "لمجرد"
                            | "حتي"
                            | "بمجرد"
                    )
                {
                    open = Some((Opening::Clause, k));
                    break;
                }
                // على أن، إلى أن، بالقول إن (ومضت المصادر بالقول إن).
                if matches!(w, "الي" | "علي" | "من" | "عن" | "بالقول")
                    && scan::complementizer(s, k + 1)
                {
                    open = Some((Opening::Clause, k + 1));
                    break;
                }
                let governs = governs(w);
                if c.class == cues::Class::Noun && governed.is_none() && governs {
                    governed = Some(k);
                }
                if c.class == cues::Class::Noun
                    && k > i + 1
                    && noun_prep.is_none()
                    && governs
                    && (s.toks[k - 1].kind != Kind::Word
                        || !cues::head(s.f(k - 1))
                        || speakers::masdar_like(scan::bare(w.strip_prefix('ب').unwrap_or(w))))
                {
                    noun_prep = Some(k);
                }
                // كتب/غرد X يقول «...»: the imperfect of قال after a verb and its
                // subject introduces that verb's words.
                let says = |d: cues::CueForm| {
                    d.lemma == "قال"
                        && d.imperfect
                        && matches!(c.lemma, "كتب" | "غرد" | "علق" | "رد")
                        && !(i + 1..k).any(|m| matches!(s.f(m), "لكن" | "ولكن" | "بينما" | "فيما"))
                };
                // Another verb of saying ends the search; so does a participle after a
                // comma (، مؤكدة أنها): the clause is the participle's. An ambiguous
                // form (بين "between") counts only before a complementizer.
                if k > i + 1
                    && cues::cue(w).is_some_and(|d| {
                        // (ورد X قائلا: the participle of قال carries the words of رد.)
                        (!d.participle
                            || s.is(k - 1, '،')
                            || s.is(k - 1, ',')
                            || (c.lemma == "رد" && d.lemma == "قال"))
                            && !says(d)
                            && (d.class != cues::Class::Strict || scan::complementizer(s, k + 1))
                    })
                    && !matches!(s.f(k - 1), "ما" | "لما")
                    // في رد على سؤال: after a preposition, a verbal noun.
                    && !matches!(s.f(k - 1), "في" | "وفي")
                {
                    break;
                }
                if c.class == cues::Class::Strict
                    && k > i + 1
                    && !(k == i + 2 && matches!(s.f(i + 1), "الي" | "علي"))
                {
                    break;
                }
            } else if self.inside[k] != u32::MAX {
                // Skip over a name in quote marks inside the speaker phrase.
                let g = self.inside[k] as usize;
                k = self.segs[g].after;
                continue;
            }
            k += 1;
        }
        // A short quote at the end of the clause is the words only after a clause cue
        // (وقال "لا"); after أعلن/نفى it is a name (نفى الاتحاد "المانشافت").
        if open.is_none() && c.class != cues::Class::Noun {
            open = short;
        }
        // A quote after narrator words that follow the cue's preposition is inside its
        // object (أعلنت النيابة عن تخصيص أرقام للإبلاغ عن «...»): the object is the content.
        let mut object_from = None;
        if let (Some(p), Some((Opening::Quote(_), q))) = (noun_prep, open) {
            if q > p + 1 {
                open = None;
                object_from = Some(p);
            }
        }
        // A quote far into the object of a noun-class cue (أعلنت ... مقتل ممرضة ... ضمن
        // احتجاجات «...») is a name or a fragment of that object, not the content.
        if let (cues::Class::Noun, Some((Opening::Quote(_), q))) = (c.class, open) {
            if (i + 1..q).filter(|&m| s.word(m)).count() > 12 {
                open = None;
            }
        }
        // Postposed: «...»، كما قال المرصد / حسب ما ذكرت مصادر.
        let post = matches!(prev, "كما" | "حسبما" | "مثلما" | "وكما")
            || (matches!(prev, "ما" | "لما") && (cues::attributor(prev2) || prev2 == "علي"));
        let words_before = (sst..i.saturating_sub(1)).any(|m| s.word(m));
        if post && words_before && !c.participle && open.is_none() {
            let first = if matches!(prev, "ما" | "لما") {
                i - 2
            } else {
                i - 1
            };
            let sp = speakers::after_cue(s, i + 1, send);
            let mut a = sst;
            let mut e = first;
            if e <= a {
                return;
            }
            while a < e && !s.word(a) && self.seg_at(a).is_none() {
                a += 1;
            }
            e = trim_back(s, a, e);
            if e <= a {
                return;
            }
            let kind = if self.has_speech(a, e) {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            };
            let speaker = self.speaker_of(sp.as_ref(), c.fem, c.plural);
            self.push(kind, (a, e), speaker, Some((i, c.lemma)), None);
            return;
        }
        if (c.class == cues::Class::Strict || c.imperfect)
            && !matches!(open, Some((Opening::Clause | Opening::Colon, _)))
            && !(c.imperfect && matches!(open, Some((Opening::Quote(_), _))))
        {
            // لكن الصحفي X يرى في القرار خطأ: no content, but a named subject before the
            // cue is who a following pro-drop cue refers to.
            let conj = self.text[s.toks[i].span()].starts_with(['و', 'ف'])
                && !cues::starts_with_waw(s.f(i));
            if !c.participle && !conj && i > sst && !c.plural {
                if let Some(p) = speakers::before_cue(s, sst, i)
                    .filter(|p| !p.nameless && p.text.1 == i && cues::head(s.f(p.text.0)))
                {
                    self.chain.mention(s, &p, c.fem, false);
                }
            }
            return;
        }
        let region_end = open.map_or(limit, |o| o.1);
        // The channel: نقلت الوكالة عن X.
        let mut channel = None;
        let mut subj_from = i + 1;
        if c.lemma == "نقل" {
            if let Some(m) = (i + 1..region_end).find(|&m| s.word(m) && s.f(m) == "عن") {
                if m > i + 1 {
                    channel = Some(Span::new(
                        s.toks[i + 1].span().start,
                        s.toks[m - 1].span().end,
                    ));
                }
                subj_from = m + 1;
            } else if open.is_none() {
                return;
            }
        }
        // الذي أكدت فيه الصحيفة أن: the resumptive pronoun of a relative clause comes
        // before the subject.
        if scan::relative(prev) && s.word(i + 1) && matches!(s.f(i + 1), "فيه" | "فيها") {
            subj_from = subj_from.max(i + 2);
        }
        // The speaker.
        let mut phrase: Option<Phrase> = None;
        if !c.participle {
            // الوزارة قد أكدت: a subject before قد. وقد أكد الوزير is verb first.
            let svo = prev == "قد" && i >= sst + 2 && !cues::OPENERS.contains(prev2);
            // (A cue with و/ف attached opens its own clause: ...، ويقول منتقدون.)
            let conj0 = self.text[s.toks[i].span()].starts_with(['و', 'ف'])
                && !cues::starts_with_waw(s.f(i));
            let kana0 = !conj0
                && (sst..i)
                    .find(|&m| s.word(m))
                    .is_some_and(|m| scan::kana(s.f(m)));
            // A plural verb (قالوا) never has its subject after it.
            if !svo && !kana0 && !c.plural {
                phrase = speakers::after_cue(s, subj_from, region_end);
                // اتهم الديمقراطيين بعرقلة القانون: the accusation ends the phrase.
                if c.lemma == "اتهم" {
                    phrase = phrase.map(|p| {
                        match (p.text.0 + 1..p.text.1).find(|&m| s.word(m) && ba_masdar(s.f(m))) {
                            Some(m) => speakers::cut_at(p, m),
                            None => p,
                        }
                    });
                }
                if matches!(
                    c.lemma,
                    "وصف"
                        | "دعا"
                        | "طالب"
                        | "حث"
                        | "ناشد"
                        | "اتهم"
                        | "حذر"
                        | "أبلغ"
                        | "انتقد"
                ) {
                    phrase = phrase.map(|p| speakers::cut_object(s, p));
                }
                // وعد الرئيس برفع ...: the governed preposition ends the subject (and
                // is never one: حيث وعد برفع).
                if let Some(g) = governed {
                    phrase = phrase
                        .filter(|p| p.text.0 != g)
                        .map(|p| speakers::cut_at(p, g));
                }
                if let (Some(p), None) = (phrase, open) {
                    // With no clause, a noun after the cue may be the content (أعلن مقتل ...):
                    // take it as the speaker only when it looks like one.
                    let w = s.f(p.text.0);
                    let adjacent = p.text.0 == subj_from;
                    // اتهم/دعا/حث X بـ/إلى: a lone noun before the preposition is the object.
                    let words = (p.text.0..p.text.1).filter(|&m| s.word(m)).count();
                    let nxt = s.f(p.after);
                    let object = matches!(c.lemma, "اتهم" | "دعا" | "حث" | "ناشد")
                        && words <= 2
                        && (matches!(nxt, "الي" | "علي")
                            || (nxt.starts_with('ب') && s.word(p.after)));
                    if !(cues::head(w) || adjacent) || object {
                        phrase = None;
                    }
                }
                // ووصف تصريحاته بأنها، ووصف اتهام الصحفي بأنه: before the بـ of وصف/اتهم a
                // possessed noun or a single noun phrase is the object, the subject
                // dropped; of two definite nouns (الوزير القرار) the first is the subject.
                if let (Some(p), Some((_, k))) = (phrase, open) {
                    let words: Vec<usize> = (p.text.0..p.text.1).filter(|&m| s.word(m)).collect();
                    let first = s.f(p.text.0);
                    let raw = s.raw(p.text.0);
                    if matches!(c.lemma, "وصف" | "اتهم")
                        && k == p.after
                        && s.word(k)
                        && s.f(k).starts_with('ب')
                    {
                        let possessed =
                            (raw.ends_with('ه') || first.ends_with("ها") || first.ends_with("هم"))
                                && first.chars().count() > 4;
                        if possessed
                            || words.len() == 1 && !cues::head(first)
                            || (words.len() == 2 && !scan::definite(first) && !cues::head(first))
                        {
                            phrase = None;
                        } else if words.len() == 2
                            && scan::definite(first)
                            && scan::definite(s.f(words[1]))
                            && cues::head(first)
                        {
                            phrase = Some(speakers::cut_at(p, words[1]));
                        }
                    }
                }
                // كما طالب منظمات حقوق الإنسان، وحث الحكومة: after a masculine singular
                // verb a feminine noun (ـة، ـات) is the object; the subject is dropped.
                if let Some(p) = phrase.filter(|_| !c.fem && !c.plural && !c.participle) {
                    let first = p.text.0;
                    let raw = s.raw(first);
                    let fem_noun = (scan::definite(s.f(first)) && raw.ends_with('ة'))
                        || (raw.ends_with("ات") && raw.chars().count() > 4);
                    if first == subj_from && fem_noun {
                        phrase = None;
                    }
                }
            }
            // ذكرت الوكالة نقلا عن صحف رسمية أن: the agency relays, the source speaks.
            // (An organisation quoting its own staff, ذكرت منظمة X نقلا عن موظفين تابعين
            // لها, still speaks itself.)
            if let Some(p) = phrase.filter(|p| {
                p.after + 2 < region_end
                    && s.f(p.after) == "نقلا"
                    && s.f(p.after + 1) == "عن"
                    && speakers::media(s.f(p.text.0))
            }) {
                if let Some(q) = speakers::phrase(s, p.after + 2, region_end) {
                    channel = Some(Span::new(
                        s.toks[p.text.0].span().start,
                        s.toks[p.text.1 - 1].span().end,
                    ));
                    phrase = Some(q);
                }
            }
            // أفادت وسائل إعلام والمرصد السوري أن: the second of two coordinated
            // speakers is remembered, so that a later بحسب المرصد finds it.
            if let Some(p) = phrase.filter(|p| p.text.1 < region_end && s.word(p.text.1)) {
                let w = s.f(p.text.1);
                if w.starts_with('و') && cues::head(w) && cues::cue(w).is_none() {
                    if let Some(q) = speakers::phrase(s, p.text.1, region_end) {
                        self.chain.mention_conjunct(s, &q, w.ends_with('ه'));
                    }
                }
            }
            // A cue with the conjunction attached (وقال) starts a clause: no subject before it.
            let conj = self.text[s.toks[i].span()].starts_with(['و', 'ف'])
                && !cues::starts_with_waw(s.f(i));
            let kana = kana0;
            if (svo || kana) && i > sst {
                phrase = speakers::before_cue(s, sst, i).or(phrase);
                // وكان "X"، أحد أبرز الفصائل في ...، أعلن: an apposition with a
                // preposition hides the subject from the backward reading; read it
                // forward from كان.
                if phrase.is_none() && kana {
                    if let Some(k) = (sst..i).find(|&m| s.word(m)) {
                        let a = (k + 1..i).find(|&m| s.word(m)).unwrap_or(i);
                        // Only a phrase that runs up to the cue: وكان X قال إن ...، ولكنه
                        // اعتبر has its subject in the chain.
                        phrase = speakers::after_cue(s, a, i)
                            .filter(|p| (p.text.1..i).all(|m| !s.word(m)));
                    }
                }
            } else if phrase.is_none() && i > sst && !conj {
                phrase = speakers::before_cue(s, sst, i);
            }
            let relative = scan::relative(prev);
            if phrase.is_none() && relative {
                phrase = self.antecedent(i - 1);
            } else if phrase.is_none() && (!c.plural || c.fem) && i > sst + 1 && open.is_some() {
                // تصدت الدفاعات الجوية ... قالت إنه، يصف X شعوره، ويقول: a cue inside the
                // sentence of another verb, with no subject of its own, shares that
                // verb's subject when the two agree in gender.
                phrase = self.clause_subject(i, i, true).filter(|p| {
                    let v = s.f(p.text.0 - 1);
                    // A name, a definite noun or a construct (أمهات المعتقلين).
                    let noun = !p.nameless
                        || scan::definite(s.f(p.text.0))
                        || (p.text.1 > p.text.0 + 1 && scan::definite(s.f(p.text.0 + 1)));
                    noun && v.ends_with('ت') == c.fem
                });
            }
        } else if open.is_some() {
            // ورد X قائلا: a participle takes the explicit subject of its clause's verb.
            phrase = self.clause_subject(i, i, false);
        }
        // طالب X «وكافة الأطراف ...»: a quote that opens with و coordinates with the
        // noun before it, which is the object of a pro-drop verb of demanding.
        if let (Some(p), Some((Opening::Quote(g), k))) = (phrase, open) {
            let first = self.segs[g].open + 1;
            if matches!(c.lemma, "طالب" | "دعا" | "حث" | "ناشد")
                && k == p.after
                && s.word(first)
                && s.f(first).starts_with('و')
                && s.f(first).chars().count() > 3
                && cues::cue(s.f(first)).is_none()
            {
                phrase = None;
            }
        }
        // A noun-class cue whose clause opens far away, past an object, took a verbal
        // noun (أعلنت السلطات، السبت، اعتقال 14 ... وأضافت أن): the clause is not its.
        if let (cues::Class::Noun, Some((Opening::Clause, k))) = (c.class, open) {
            let from = phrase.map_or(i + 1, |p| p.after.max(i + 1));
            if (from..k).filter(|&m| s.word(m)).count() > 7 {
                open = None;
            }
        }
        // The content.
        let (kind, content) = match open {
            Some((Opening::Quote(g), k)) => {
                // A quote after narrator words (وصفه بـ«...»، قصف مواقع لـ«...») is a
                // fragment inside reported content: mixed.
                let narrated = k > i + 1
                    && s.word(k - 1)
                    && matches!(s.f(k - 1), "ب" | "ل" | "بان" | "بانه" | "بانها");
                let kind = if narrated {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Direct
                };
                (kind, self.seg_content(g))
            }
            Some((Opening::Colon, k)) => {
                if let Some(g) = self.seg_at(k + 1) {
                    (QuoteKind::Direct, self.seg_content(g))
                } else {
                    let mut a = k + 1;
                    let mut kind = QuoteKind::Direct;
                    if s.word(a) && scan::complementizer(s, a) {
                        kind = QuoteKind::Indirect;
                        if let Some(g) = self.seg_at(a + 1) {
                            kind = QuoteKind::Mixed;
                            let _ = g;
                        }
                        a += 1;
                    }
                    let e = self.bounds.pend[k] as usize;
                    if kind == QuoteKind::Indirect && self.has_speech(a, e) {
                        kind = QuoteKind::Mixed;
                    }
                    (kind, (a, e))
                }
            }
            Some((Opening::Clause, k)) => self.reported_clause(k + 1),
            None => {
                // A quote just before the cue: «...»، قال الوزير.
                let mut b = i;
                while b > sst && (s.is(b - 1, '،') || s.is(b - 1, ',')) {
                    b -= 1;
                }
                let before = (b > 0)
                    .then(|| self.inside[b - 1])
                    .filter(|&g| g != u32::MAX);
                if let Some(g) = before.filter(|&g| {
                    self.segs[g as usize].after == b
                        && !c.participle
                        && c.class != cues::Class::Noun
                }) {
                    (QuoteKind::Direct, self.seg_content(g as usize))
                } else if c.class == cues::Class::Noun {
                    let mut a = match phrase {
                        Some(p)
                            if p.after > i + 1
                                && (matches!(s.f(p.after), "عن" | "الي" | "علي")
                                    || governed == Some(p.after)) =>
                        {
                            p.after
                        }
                        Some(p)
                            if p.apposition
                                && p.after > i + 1
                                && s.toks
                                    .get(p.after - 1)
                                    .is_some_and(|t| t.kind != Kind::Word) =>
                        {
                            p.after
                        }
                        // أكدت مصادر لـ«عكاظ» نجاح ...: the object after the addressee.
                        Some(p)
                            if p.after > i + 1
                                && (s.f(p.after) == "ل" || s.raw(p.after).starts_with("لـ"))
                                && speakers::skip_addressee(s, p.after, send) > p.after =>
                        {
                            speakers::skip_addressee(s, p.after, send)
                        }
                        // أعلنت الحكومة تشكيل لجنة: the verbal noun after the subject.
                        Some(p)
                            if p.after > i + 1
                                && s.word(p.after)
                                && !scan::definite(s.f(p.after))
                                && speakers::masdar_like(s.f(p.after)) =>
                        {
                            p.after
                        }
                        // طالبت مجموعة من الراهبات في ... باعتقال: the governed
                        // object after the subject.
                        Some(p) if p.text.0 == i + 1 && noun_prep.is_some_and(|k| k >= p.after) => {
                            noun_prep.unwrap_or(p.after)
                        }
                        _ => match object_from {
                            Some(k) if phrase.map_or(true, |p| k >= p.text.1) => k,
                            // كما طالب منظمات ...، بتسجيل: with the subject dropped, the
                            // object is skipped up to the governed preposition.
                            _ => match governed {
                                Some(k) if phrase.is_none() && k <= i + 9 => k,
                                _ => i + 1,
                            },
                        },
                    };
                    if s.word(a) && matches!(s.f(a), "الي" | "علي" | "عن" | "ب") {
                        a += 1;
                    }
                    let e = self.clause_end(a.min(s.toks.len() - 1));
                    if a >= e {
                        return;
                    }
                    let kind = if self.has_speech(a, e) {
                        QuoteKind::Mixed
                    } else {
                        QuoteKind::Indirect
                    };
                    (kind, (a, e))
                } else {
                    // No content, but the subject of a speech verb (ردت الوزارة على ...)
                    // is who a following pro-drop cue (واعتبرت أن) refers to.
                    if let Some(p) = phrase.filter(|p| !p.nameless || p.text.1 - p.text.0 <= 4) {
                        self.chain
                            .mention(s, &p, c.fem && channel.is_none(), c.plural);
                    }
                    return;
                }
            }
        };
        if content.0 >= content.1 {
            return;
        }
        for m in i + 1..content.0.min(s.toks.len()) {
            self.consumed[m] = true;
        }
        // Passives (قيل، أفيد بأن) report words without saying whose.
        if matches!(
            s.f(i).trim_start_matches(['و', 'ف']),
            "قيل" | "افيد" | "يقال"
        ) {
            for m in i + 1..content.0.min(s.toks.len()) {
                self.consumed[m] = true;
            }
            self.push(kind, content, None, Some((i, c.lemma)), channel);
            return;
        }
        let fem = c.fem && channel.is_none();
        let speaker = self.speaker_of(phrase.as_ref(), fem, c.plural);
        self.push(kind, content, speaker, Some((i, c.lemma)), channel);
    }

    /// The explicit subject of the verb that opens the clause of the participle cue
    /// at `i` (ورد النائب X قائلا، وسارعت الوزارة بالرد قائلة), when that verb is not a
    /// cue itself and its subject looks like a speaker; `None` sends the participle
    /// to the pro-drop chain (وانتقد القرار قائلا).
    /// The phrase must end by `end`; `any_noun` accepts a nameless subject without a
    /// speaker head (its object, the statement, comes after it).
    fn clause_subject(&self, i: usize, end: usize, any_noun: bool) -> Option<Phrase> {
        let s = self.s;
        let sst = self.skip_dateline(self.bounds.sstart[i] as usize, i);
        let v = (sst..i).find(|&m| s.word(m) || self.seg_at(m).is_some())?;
        // A bounded look-back keeps many cues in one long sentence linear.
        if !s.word(v) || v + 2 > i || i - v > 48 {
            return None;
        }
        // وكان X أشد حدة معلنا، لكن X لن ينحني، وقال: after كان or لكن the subject
        // comes at once.
        let opener = scan::kana(s.f(v)) || matches!(s.f(v), "لكن" | "ولكن");
        if !opener && (!verb_like(s, v) || cues::cue(s.f(v)).is_some_and(|d| d.participle)) {
            return None;
        }
        // Another cue or a complementizer between the verb and the participle: the
        // participle continues that clause, whose speaker the chain has. So does a
        // cue with an object pronoun (ملاحظة للنائب طالبها فيها ...، ووصف), whose
        // subject is another, but not a relative "what it called" (لما وصفته بـ).
        if (v + 1..i).any(|m| {
            s.word(m)
                && (scan::complementizer(s, m)
                    || (cues::cue_with_object(s.f(m))
                        && !matches!(s.f(m - 1), "ما" | "لما" | "من" | "بمن"))
                    || matches!(s.f(m), "فيها" | "فيه"))
        }) {
            return None;
        }
        let p = speakers::after_cue(s, v + 1, end)?;
        let first = s.f(p.text.0);
        if p.text.0 != v + 1
            || p.text.1 > end
            || (p.nameless && !cues::head(first) && !any_noun)
            || speakers::masdar_like(scan::bare(first))
        {
            return None;
        }
        // ويبدي المسؤولون غضبهم: a possessed noun after the subject is the verb's object.
        // (يصف X شعوره: a word written with a final ه, not ة, is possessed too.)
        let possessed = (p.text.0 + 1..p.text.1).find(|&m| {
            let w = s.f(m);
            s.word(m)
                && (w.ends_with("هم")
                    || w.ends_with("ها")
                    || (s.raw(m).ends_with('ه') && !w.ends_with("الله")))
                && w.chars().count() > 4
        });
        Some(possessed.map_or(p, |m| speakers::cut_at(p, m)))
    }

    /// وجّه وزير الإعلام، X، نداءً ... وأشار إلى أن: a sentence that opens with a
    /// verb other than a cue and names a person or office as its subject makes that
    /// subject the one a later pro-drop cue refers to.
    fn sentence_subject(&mut self, v: usize) {
        let s = self.s;
        let mut v = v;
        // في السياق نفسه، وجّه ...: an opening phrase up to a comma comes first.
        if !scan::kana(s.f(v)) && (cues::OPENERS.contains(s.f(v)) || matches!(s.f(v), "في" | "وفي"))
        {
            match (v + 1..(v + 6).min(s.toks.len())).find(|&m| !s.word(m)) {
                Some(m) if (s.is(m, '،') || s.is(m, ',')) && s.word(m + 1) => v = m + 1,
                _ => return,
            }
        }
        // The subject must start with a head right after the verb: test that before
        // anything costlier, as this runs for many sentences. (وكانت الوزيرة في
        // زيارة: كان opens a sentence with its subject too.)
        let w = s.f(v);
        if !s.word(v + 1)
            || !cues::head(s.f(v + 1))
            || !(scan::kana(w) || verb_like(s, v))
            || cues::cue(w).is_some()
            || cues::attributor(w)
        {
            return;
        }
        let end = (self.bounds.send[v] as usize).min(v + 24);
        let Some(p) = speakers::after_cue(s, v + 1, end).filter(|p| p.text.0 == v + 1) else {
            return;
        };
        let first = s.f(p.text.0);
        // A person (a name after a title) or an office (الوزير، وزير الخارجية).
        let person = !p.nameless && p.title.is_some();
        let office = p.nameless && (p.text.0..p.text.1).filter(|&m| s.word(m)).count() <= 6;
        if cues::head(first) && (person || office) {
            let stem = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            self.chain.mention(s, &p, stem.ends_with('ت'), false);
        }
    }

    /// دافع خليل عن ... وقال: a speaker named before, as the subject of a verb
    /// that is not a cue, becomes the one a later pro-drop cue refers to.
    fn known_subject(&mut self, m: usize) {
        let s = self.s;
        // The cheap test first: is the word a known family name at all?
        let w = s.f(m);
        if !self.chain.may_name(w) || m == 0 || w.len() < 6 || !s.word(m - 1) || scan::definite(w) {
            return;
        }
        let Some(e) = self.chain.named(s, w) else {
            return;
        };
        if cues::head(w) || cues::STOPS.contains(w) || cues::cue(w).is_some() {
            return;
        }
        // Not a cue with an object pronoun (منشور كتبه X: a relative clause), nor a
        // word with an attached preposition (بإطلاق حماس).
        let v = s.f(m - 1);
        if !verb_like(s, m - 1)
            || cues::cue_with_object(v)
            || cues::attributor(v)
            || (v.starts_with(['ب', 'ل']) && v.chars().count() > 4)
        {
            return;
        }
        self.flush();
        self.chain.touch(&e);
    }

    /// مع تأكيد الحركة أنها، وسط تحذيرها من أن: a verbal noun of a cue, its speaker
    /// in the genitive (a noun phrase, or a pronoun that refers back), then the
    /// reported clause. Without a complementizer close behind, it is no quote.
    fn nominal(&mut self, i: usize, lemma: &'static str) -> bool {
        let s = self.s;
        let send = self.bounds.send[i] as usize;
        let Some(k) = (i + 1..send.min(i + 7)).find(|&k| s.word(k) && scan::complementizer(s, k))
        else {
            return false;
        };
        // Only a genitive, من or على may stand between the noun and the clause.
        let w = s.f(i);
        let pronoun = [
            ("ها", true, false),
            ("هم", false, true),
            ("ه", false, false),
        ]
        .into_iter()
        .find(|(suf, _, _)| w.ends_with(suf));
        let mut gen_end = k;
        if k > i + 1 && matches!(s.f(k - 1), "من" | "علي") {
            gen_end = k - 1;
        }
        let speaker = if gen_end > i + 1 {
            if pronoun.is_some() {
                return false;
            }
            let Some(p) = speakers::phrase(s, i + 1, gen_end).filter(|p| p.text.1 == gen_end)
            else {
                return false;
            };
            if !(cues::head(s.f(p.text.0)) || !p.nameless || scan::definite(s.f(p.text.0))) {
                return false;
            }
            let fem = s.raw(p.text.0).ends_with('ة');
            Some((self.chain.mention(s, &p, fem, p.plural), false))
        } else {
            match pronoun {
                Some((_, fem, plural)) => {
                    let e = self.chain.resolve(fem, plural);
                    e.map(|e| {
                        self.chain.touch(&e);
                        (e, true)
                    })
                }
                // التأكيد على أن: nobody is named.
                None => return false,
            }
        };
        let (kind, content) = self.reported_clause(k + 1);
        if content.0 >= content.1 {
            return false;
        }
        self.push(kind, content, speaker, Some((i, lemma)), None);
        true
    }

    /// The antecedent of the relative pronoun at `r` as a speaker: the apposition
    /// between commas before it (تصريحات نظيره، X، التي قال فيها), else the definite
    /// phrase or name just before it, without a statement noun (تصريحات الوزير التي).
    fn antecedent(&self, r: usize) -> Option<Phrase> {
        let s = self.s;
        let sst = self.bounds.sstart[r] as usize;
        let mut e = r;
        if e > sst && (s.is(e - 1, '،') || s.is(e - 1, ',')) {
            e -= 1;
        }
        let mut a = e;
        while a > sst && e - a < 6 && s.word(a - 1) {
            let w = s.f(a - 1);
            // A statement noun, a preposition or a stop word ends the phrase; so does an
            // undetermined word before a definite one (a verb: انتقد الرئيس).
            if cues::statement(w)
                || cues::STOPS.contains(w)
                || (!scan::definite(w) && !cues::head(w) && a < e && scan::definite(s.f(a)))
                // Two heads in a row are two phrases (انتقد الرئيس الوزير الذي).
                || (cues::head(w) && a < e && cues::head(s.f(a)) && scan::definite(s.f(a)))
            {
                break;
            }
            a -= 1;
        }
        if a >= e {
            return None;
        }
        speakers::phrase(s, a, e).filter(|p| p.text.1 == e)
    }

    /// «جاء في بيان أصدره X، "..."», «وفي بيان صدر عن X جاء أن ...»: what a statement
    /// says, with cue جاء and the issuing body as the speaker.
    fn statement(&mut self, i: usize) {
        let s = self.s;
        let sst = self
            .skip_dateline(self.bounds.sstart[i] as usize, i)
            .max(i.saturating_sub(48));
        let send = self.bounds.send[i] as usize;
        let mut j = i + 1;
        let author_from;
        if s.word(j) && s.f(j) == "في" && s.word(j + 1) && cues::statement(s.f(j + 1)) {
            author_from = j + 2;
            j += 2;
        } else {
            // The statement comes first (في بيان ... جاء فيه/أن); a cue before it owns it.
            let Some(n) = (sst..i)
                .rev()
                .find(|&m| s.word(m) && cues::statement(s.f(m)))
            else {
                return;
            };
            if (sst..i).any(|m| s.word(m) && cues::cue(s.f(m)).is_some()) {
                return;
            }
            author_from = n + 1;
            if s.word(j) && matches!(s.f(j), "فيه" | "فيها") {
                j += 1;
            }
        }
        // The content opens within a few tokens: a complementizer, a colon or a quote
        // after a comma.
        let lim = send.min(j + 16);
        let mut k = j;
        let mut open = None;
        while k < lim {
            if let Some(g) = self.seg_at(k) {
                let lead =
                    k == j || (k > 0 && matches!(s.toks[k - 1].kind, Kind::Punct('،' | ',' | ':')));
                if lead {
                    open = Some((Opening::Quote(g), k));
                    break;
                }
                k = self.segs[g].after;
                continue;
            }
            if s.word(k) && scan::complementizer(s, k) {
                open = Some((Opening::Clause, k));
                break;
            }
            if s.is(k, ':') {
                open = Some((Opening::Colon, k));
                break;
            }
            k += 1;
        }
        let Some((op, k)) = open else {
            return;
        };
        let (kind, content) = match op {
            Opening::Quote(g) => (QuoteKind::Direct, self.seg_content(g)),
            Opening::Colon => {
                let c = match self.seg_at(k + 1) {
                    Some(g) => self.seg_content(g),
                    None => (k + 1, self.clause_end(k + 1)),
                };
                (QuoteKind::Direct, c)
            }
            Opening::Clause => self.reported_clause(k + 1),
        };
        if content.0 >= content.1 {
            return;
        }
        // The author: أصدره X، صدر/صادر عن X، or a genitive (بيان الوزارة).
        let stop = if author_from < i { i } else { k };
        let mut phrase = None;
        if let Some(m) = (author_from..stop)
            .find(|&m| s.word(m) && matches!(s.f(m), "اصدره" | "اصدرته" | "اصدرها" | "اصدرتها"))
        {
            phrase = speakers::after_cue(s, m + 1, stop);
        } else if let Some(m) = (author_from..stop).find(|&m| {
            s.word(m)
                && matches!(scan::bare(s.f(m)), "صدر" | "صادر" | "صادره")
                && s.f(m + 1) == "عن"
        }) {
            phrase = speakers::after_cue(s, m + 2, stop);
        } else if author_from < stop
            && s.word(author_from)
            && (scan::definite(s.f(author_from)) || cues::head(s.f(author_from)))
        {
            phrase = speakers::after_cue(s, author_from, stop).filter(|p| p.text.0 == author_from);
        }
        // جاء في تقرير لوكالة "الخبر" أن: an issuer with ل.
        if phrase.is_none() && author_from < stop {
            phrase = speakers::issuer(s, author_from, stop);
        }
        // نشرت الشبكة بيانا جاء فيه: the subject of the verb that issued it.
        if phrase.is_none() && author_from <= i {
            phrase = self.clause_subject(i, author_from - 1, true);
        }
        for m in i + 1..content.0.min(s.toks.len()) {
            self.consumed[m] = true;
        }
        let speaker = phrase.map(|p| {
            let fem = s.f(p.text.0).ends_with('ه');
            (self.chain.mention(s, &p, fem, p.plural), false)
        });
        self.push(kind, content, speaker, Some((i, "جاء")), None);
    }

    /// Token range of a quoted segment's inner text.
    fn seg_content(&self, g: usize) -> (usize, usize) {
        let sg = self.segs[g];
        let close = if sg.after > 0
            && self
                .s
                .toks
                .get(sg.after - 1)
                .is_some_and(|t| t.kind != Kind::Word && t.kind != Kind::Break)
            && sg.after - 1 > sg.open
        {
            sg.after - 1
        } else {
            sg.after
        };
        (sg.open + 1, close)
    }

    /// The first token after a dateline (المدينة، البلد (CNN)-- ...) that opens the
    /// sentence at `a`, or `a` when there is none before `limit`.
    fn skip_dateline(&self, a: usize, limit: usize) -> usize {
        let s = self.s;
        let end = limit.min(a + 14);
        let Some(close) = (a..end).find(|&m| s.is(m, ')')) else {
            return a;
        };
        let mut k = close + 1;
        while k < end && matches!(s.toks[k].kind, Kind::Punct('-' | '—' | '–' | ':')) {
            k += 1;
        }
        if k > close + 1 {
            k
        } else {
            a
        }
    }

    fn speaker_of(
        &mut self,
        p: Option<&Phrase>,
        fem: bool,
        plural: bool,
    ) -> Option<(Entity, bool)> {
        match p {
            Some(p) => Some((self.chain.mention(self.s, p, fem, plural), false)),
            None => {
                let e = self.chain.resolve(fem, plural)?;
                self.chain.touch(&e);
                Some((e, true))
            }
        }
    }

    fn attribution(&mut self, i: usize) {
        let s = self.s;
        let sst = self.skip_dateline(self.bounds.sstart[i] as usize, i);
        let send = self.bounds.send[i] as usize;
        let w = s.f(i);
        let mut j = i + 1;
        if matches!(w, "نقلا" | "ونقلا") {
            if s.f(j) != "عن" {
                return;
            }
            j += 1;
        }
        let mut lemma_cue = None;
        if matches!(s.f(j), "ما" | "لما") || matches!(w, "حسبما" | "وفقما") {
            if matches!(s.f(j), "ما" | "لما") {
                j += 1;
            }
            if let Some(c) = cues::cue(s.f(j)) {
                self.consumed[j] = true;
                lemma_cue = Some(c);
                j += 1;
            } else if s.word(j) && !cues::head(s.f(j)) {
                // A verb with an object pronoun (ما قاله، ما أوردته).
                j += 1;
            }
        }
        let _ = lemma_cue;
        // حسب «رويترز»: the source in quote marks.
        if self.seg_at(j).is_some_and(|g| self.segs[g].words <= 4) {
            j += 1;
        }
        // وفقا لوكالة أنباء فارس: a head with ل that is otherwise a stop word (an
        // addressee elsewhere) names the source together with what follows it.
        let Some(mut p) = speakers::phrase(s, j, send).or_else(|| speakers::issuer(s, j, send))
        else {
            return;
        };
        // وفقا لبيان صادر عن الحزب: the source is the one the statement comes from.
        if matches!(
            scan::bare(s.f(j)),
            "بيان" | "تقرير" | "بيانات" | "تقارير" | "لبيان" | "لتقرير"
        ) {
            if let Some(m) = (j + 1..send.min(j + 6)).find(|&m| s.f(m) == "عن") {
                if let Some(q) = speakers::phrase(s, m + 1, send) {
                    let after = q.after;
                    p = q;
                    p.after = after;
                }
            }
        } else if cues::statement(s.f(j)) {
            // بحسب حصيلة للصليب الأحمر: the issuer of the figures speaks.
            if let Some(q) = speakers::issuer(s, j + 1, send) {
                let after = q.after;
                p = q;
                p.after = after;
            }
        }
        let lemma = attributor_lemma(w);
        // حسب قوله / على حد تعبيره: the speaker is the one already speaking.
        let pronoun = matches!(
            scan::bare(s.f(j)),
            "قوله" | "قولها" | "قولهم" | "تعبيره" | "تعبيرها"
        );
        // Where the content is: after a sentence-initial attribution, before a final one,
        // the whole sentence around a parenthetical one.
        let initial = i - sst <= 3 && (sst..i).all(|m| !s.word(m));
        let (a, e) = if initial {
            let mut a = p.after;
            while a < send && !s.word(a) && self.seg_at(a).is_none() {
                a += 1;
            }
            if a < send && scan::complementizer(s, a) {
                a += 1;
            }
            if a >= send {
                return;
            }
            (a, self.clause_end(a))
        } else if p.after >= send || p.text.1 >= send {
            // ...، كما أجرى الرئيس اتصالات، بحسب الوكالة: a final source covers the last
            // clause after a connective, not the whole sentence.
            let mut a = (sst.max(i.saturating_sub(128))..i)
                .rev()
                .find(|&m| {
                    (s.is(m, '،') || s.is(m, ','))
                        && s.word(m + 1)
                        && matches!(s.f(m + 1), "كما" | "فيما" | "بينما")
                        && !scan::complementizer(s, m + 2)
                })
                .map_or(sst, |m| m + 2);
            while a < i && !s.word(a) && self.seg_at(a).is_none() {
                a += 1;
            }
            (a, trim_back(s, a, i))
        } else {
            let mut a = sst;
            while a < i && !s.word(a) && self.seg_at(a).is_none() {
                a += 1;
            }
            (a, send)
        };
        if a >= e {
            return;
        }
        // أعلنت الحكومة تشكيل لجنة، وفق ما أورد الإعلام الرسمي: the sentence already
        // reports a cue's words; the attribution names the medium that relayed them.
        if !initial && !pronoun {
            let inside = self.inside;
            if let Some(d) = self.out.iter_mut().rev().take(8).find(|d| {
                d.cue
                    .is_some_and(|(c, _)| c >= a && c < i && inside[c] == u32::MAX)
            }) {
                if d.channel.is_none() {
                    d.channel = Some(Span::new(
                        s.toks[p.text.0].span().start,
                        s.toks[p.text.1 - 1].span().end,
                    ));
                }
                return;
            }
        }
        let kind = if self.has_speech(a, e) {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        let speaker = self.speaker_of(if pronoun { None } else { Some(&p) }, false, false);
        self.push(kind, (a, e), speaker, Some((i, lemma)), None);
    }

    fn push(
        &mut self,
        kind: QuoteKind,
        content: (usize, usize),
        speaker: Option<(Entity, bool)>,
        cue: Option<(usize, &'static str)>,
        channel: Option<Span>,
    ) {
        if kind != QuoteKind::Direct {
            self.covered = self.covered.max(content.1);
        }
        self.out.push(Draft {
            kind,
            content,
            speaker,
            cue,
            channel,
        });
        let _ = self.text;
    }
}

/// The cue lemma of a verbal noun that reports speech (تأكيد، تحذير، نفي، إعلان،
/// ترجيح), with proclitics, article and a pronoun suffix allowed.
fn nominal_cue(w: &str) -> Option<&'static str> {
    if w.len() < 6 || w.len() > 24 {
        return None;
    }
    let mut w = w;
    for p in ["و", "ف", "ب", "ل"] {
        if let Some(r) = w.strip_prefix(p).filter(|r| r.len() >= 6) {
            w = r;
            break;
        }
    }
    let w = w.strip_prefix("ال").unwrap_or(w);
    let w = ["ها", "هم", "ه"]
        .into_iter()
        .find_map(|suf| w.strip_suffix(suf))
        .unwrap_or(w);
    match w {
        "تاكيد" => Some("أكد"),
        "تحذير" => Some("حذر"),
        "نفي" => Some("نفى"),
        "اعلان" => Some("أعلن"),
        "ترجيح" => Some("رجح"),
        _ => None,
    }
}

/// بالإفراج، بإطلاق، بزيادة، برفع: a verbal noun with ب (not باسم, not a name).
fn ba_masdar(w: &str) -> bool {
    w.strip_prefix('ب').is_some_and(|r| {
        r.starts_with("ال")
            || speakers::masdar_like(r)
            || (r.ends_with('ه') && r.chars().count() >= 4)
            || matches!(
                r,
                "رفع" | "وقف" | "منع" | "فتح" | "دعم" | "حل" | "نقل" | "حظر" | "فرض"
            )
    })
}

/// True when word `v` can be a verb opening a clause: short, undetermined, not
/// written with the noun ending ة (a final ه may be a root letter: وجّه), not a stop
/// word, title, opener, complementizer or verbal noun.
fn verb_like(s: &Scan, v: usize) -> bool {
    let w = s.f(v);
    let stem = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let n = stem.chars().count();
    (2..=7).contains(&n)
        && !scan::definite(stem)
        && !s.raw(v).ends_with('ة')
        && !stem.ends_with("ها")
        && !stem.ends_with("هم")
        && !cues::STOPS.contains(w)
        && !cues::STOPS.contains(stem)
        && !cues::OPENERS.contains(w)
        && !cues::head(w)
        && !scan::complementizer(s, v)
        && !speakers::masdar_like(stem)
}

fn attributor_lemma(w: &str) -> &'static str {
    // بحسب، حسب، وفق، وفقا، طبقا all mean "according to": one lemma, بحسب.
    match w.strip_prefix('و').unwrap_or(w) {
        "نقلا" => "نقل",
        _ => "بحسب",
    }
}

/// Moves `e` back over punctuation and a dangling و / conjunction.
fn trim_back(s: &Scan, a: usize, mut e: usize) -> usize {
    while e > a {
        let t = s.toks[e - 1];
        match t.kind {
            Kind::Word if matches!(s.f(e - 1), "و" | "كما" | "ف") => e -= 1,
            Kind::Word => break,
            Kind::Punct('»' | '"' | '”' | '’' | ')' | '›') => break,
            _ => e -= 1,
        }
    }
    e
}

/// Turns drafts into quotes: orders them, cuts a content where the next cue
/// starts, trims punctuation at the edges.
/// The kind of reported content is decided on the final span, so that a quote after
/// the cut (، مؤكدا «...») does not make it mixed.
fn finish<'a>(text: &'a str, x: &Extractor<'_>, mut drafts: Vec<Draft>) -> Vec<Quote<'a>> {
    let (s, inside) = (x.s, x.inside);
    drafts.sort_by_key(|d| (d.content.0, d.cue.map_or(0, |c| c.0)));
    drafts.dedup_by_key(|d| d.content.0);
    // Cue positions outside quote marks, in order.
    let mut cue_pos: Vec<usize> = drafts
        .iter()
        .filter_map(|d| d.cue.map(|c| c.0))
        .filter(|&c| inside[c] == u32::MAX)
        .collect();
    cue_pos.sort_unstable();
    let mut out = Vec::with_capacity(drafts.len());
    for d in drafts {
        let (a, mut e) = d.content;
        if d.kind != QuoteKind::Direct || inside.get(a).map_or(true, |&g| g == u32::MAX) {
            let own = d.cue.map(|c| c.0);
            let k = cue_pos.partition_point(|&c| c <= a);
            if let Some(&c) = cue_pos[k..].iter().find(|&&c| Some(c) != own) {
                if c < e {
                    e = trim_back(s, a, c);
                }
            }
        }
        let mut a = a;
        while a < e
            && matches!(
                s.toks[a].kind,
                Kind::Punct('،' | ',' | ':' | '-' | '.') | Kind::Break
            )
        {
            a += 1;
        }
        while e > a
            && matches!(
                s.toks[e - 1].kind,
                Kind::Punct('،' | ',' | ':' | '-' | '.') | Kind::Break
            )
        {
            e -= 1;
        }
        if a >= e {
            continue;
        }
        // A whole quote in marks keeps its kind (direct, or mixed after بـ).
        let whole = inside.get(a).is_some_and(|&g| g != u32::MAX);
        let kind = match d.kind {
            k if k == QuoteKind::Direct || whole => k,
            _ if x.has_speech(a, e) => QuoteKind::Mixed,
            _ => QuoteKind::Indirect,
        };
        let span = Span::new(s.toks[a].span().start, s.toks[e - 1].span().end);
        let speaker = d.speaker.map(|(en, resolved)| Speaker {
            text: &text[en.text],
            name: &text[en.name],
            title: en.title.map(|t| &text[t]),
            span: en.text,
            resolved,
        });
        let cue = d.cue.map(|(c, lemma)| Cue {
            span: s.toks[c].span(),
            text: &text[s.toks[c].span()],
            lemma,
        });
        out.push(Quote {
            kind,
            content: Fragment::new(text, span),
            speaker,
            cue,
            channel: d.channel.map(|c| Fragment::new(text, c)),
        });
    }
    out.sort_by_key(|q| q.content.start());
    out
}
