//! Who a cue without a subject refers to: the speaker chain.
//!
//! Every explicit speaker is remembered with the gender and number of its verb.
//! A pro-drop cue (وأضاف، وأضافت، وأضافوا) or a participle (مضيفا) takes the
//! most recent speaker that agrees; a short definite description (الوزارة،
//! المرصد، المصدر نفسه) or a bare family name takes the fullest earlier mention.

use super::scan::{bare, Scan};
use super::speakers::Phrase;
use crate::Span;

/// A speaker seen so far. Its words are kept as token ranges into the scan, so
/// that an entity is `Copy` and remembering one allocates nothing.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entity {
    pub text: Span,
    pub name: Span,
    pub title: Option<Span>,
    pub fem: bool,
    pub plural: bool,
    /// Token ranges of the mention, the name and the title.
    toks: [(u32, u32); 3],
    /// The last word of a personal name of one to three words, none with an attached
    /// preposition (a name like إقليم أغري بشرق تركيا is a place): how a later bare
    /// mention of the person is recognized. `u32::MAX` when there is none.
    family: u32,
}

/// The token of the family name of a personal name range, or `u32::MAX`.
fn family_of(s: &Scan, (a, b): (usize, usize)) -> u32 {
    let words = || (a..b).filter(|&i| s.word(i));
    let n = words().count();
    if !(1..=3).contains(&n) || words().any(|i| s.f(i).starts_with(['ب', 'ل'])) {
        return u32::MAX;
    }
    words().next_back().map_or(u32::MAX, |i| i as u32)
}

impl Entity {
    /// The words (without the article) of the mention, the name and the title.
    fn words<'s>(&self, s: &'s Scan) -> impl Iterator<Item = &'s str> + 's {
        let toks = self.toks;
        toks.into_iter()
            .flat_map(|(a, b)| a as usize..b as usize)
            .filter(move |&i| s.word(i))
            .map(move |i| bare(s.f(i)))
    }

    /// True when one of the mention, name or title starts with `w`.
    fn starts_with(&self, s: &Scan, w: &str) -> bool {
        self.toks
            .iter()
            .any(|&(a, b)| a < b && bare(s.f(a as usize)) == w)
    }

    /// True when the name has more than one word and one of them is `w`.
    fn name_has(&self, s: &Scan, w: &str) -> bool {
        let (a, b) = self.toks[1];
        let mut n = 0;
        let mut hit = false;
        for i in a as usize..b as usize {
            if s.word(i) {
                n += 1;
                hit |= bare(s.f(i)) == w;
            }
        }
        n > 1 && hit
    }
}

/// The chain of speakers of one article.
#[derive(Default)]
pub(crate) struct Chain {
    entities: Vec<Entity>,
    /// A one-hash Bloom filter of the family names seen: a quick no for most words
    /// in [`Chain::named`], which runs on every word of the text.
    families: [u64; 4],
}

/// The filter bit of a word: its length and last two bytes.
#[inline]
fn family_bit(w: &str) -> (usize, u64) {
    let b = w.as_bytes();
    let n = b.len();
    let h = n
        .wrapping_mul(31)
        .wrapping_add(b.get(n.wrapping_sub(1)).copied().unwrap_or(0) as usize * 7)
        .wrapping_add(b.get(n.wrapping_sub(3)).copied().unwrap_or(0) as usize);
    ((h / 64) % 4, 1 << (h % 64))
}

fn span_of(s: &Scan, r: (usize, usize)) -> Span {
    let a = s.toks[r.0].span().start;
    let b = s.toks[r.1.max(r.0 + 1) - 1].span().end;
    Span::new(a, b)
}

fn range(r: (usize, usize)) -> (u32, u32) {
    (r.0 as u32, r.1 as u32)
}

/// Equal words, or the same word with and without the feminine ending (السعودي،
/// السعودية: folded ه).
fn same_stem(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix('ه') == Some(b) || b.strip_suffix('ه') == Some(a)
}

impl Chain {
    /// Remembers an explicit speaker, linking it to an earlier fuller mention when
    /// it is a short description or a bare name. Returns the entity to report.
    pub(crate) fn mention(&mut self, s: &Scan, p: &Phrase, fem: bool, plural: bool) -> Entity {
        let text = span_of(s, p.text);
        let nwords = (p.text.0..p.text.1).filter(|&i| s.word(i)).count();
        let first = bare(s.f(p.text.0));
        // (A second word must agree: الرئيس الفلسطيني is not رئيس الوزراء الإسرائيلي.)
        let linked = if p.nameless && nwords <= 2 {
            self.find(|e| {
                e.starts_with(s, first)
                    && (p.text.0..p.text.1)
                        .filter(|&i| s.word(i))
                        .all(|i| e.words(s).any(|w| same_stem(w, bare(s.f(i)))))
            })
        } else if !p.nameless && p.name.1 - p.name.0 == 1 && p.title.is_none() {
            let w = bare(s.f(p.name.0));
            self.find(|e| e.name_has(s, w))
        } else {
            None
        };
        // A nameless description takes the fuller mention it abbreviates: an earlier
        // speaker whose words hold all of its words, else a phrase earlier in the text.
        let fuller;
        let (linked, p) = match linked {
            Some(e) => (Some(e), p),
            None if p.nameless => {
                let all = |e: &Entity| {
                    (p.text.0..p.text.1)
                        .filter(|&i| s.word(i))
                        .all(|i| e.words(s).any(|w| w == bare(s.f(i))))
                };
                let e = self.find(all);
                fuller = super::speakers::fuller_mention(s, p).map(|q| Phrase {
                    text: p.text,
                    name: q.name,
                    title: q.title,
                    nameless: false,
                    ..*p
                });
                match (e, &fuller) {
                    (Some(e), _) => (Some(e), p),
                    (None, Some(q)) => (None, q),
                    (None, None) => (None, p),
                }
            }
            None => (None, p),
        };
        let e = match linked {
            Some(mut e) => {
                e.text = text;
                e
            }
            None => Entity {
                text,
                name: span_of(s, p.name),
                title: p.title.map(|t| span_of(s, t)),
                fem,
                plural: plural || p.plural,
                toks: [
                    range(p.text),
                    range(p.name),
                    range(p.title.unwrap_or((p.name.1, p.name.1))),
                ],
                family: if p.nameless {
                    u32::MAX
                } else {
                    family_of(s, p.name)
                },
            },
        };
        if e.family != u32::MAX {
            let (k, bit) = family_bit(s.f(e.family as usize));
            self.families[k] |= bit;
        }
        self.entities.push(e);
        if self.entities.len() > 64 {
            self.entities.drain(..32);
        }
        e
    }

    /// Remembers the second of two coordinated speakers (والمرصد السوري), whose
    /// first word carries the conjunction; the conjunction stays out of its spans.
    pub(crate) fn mention_conjunct(&mut self, s: &Scan, p: &Phrase, fem: bool) {
        self.mention(s, p, fem, false);
        let first = s.toks[p.text.0].span().start;
        if let (Some(e), true) = (self.entities.last_mut(), s.raw(p.text.0).starts_with('و')) {
            let w = 'و'.len_utf8();
            for sp in [&mut e.text, &mut e.name] {
                if sp.start == first && sp.end > first + w {
                    *sp = Span::new(first + w, sp.end);
                }
            }
        }
    }

    /// False when no family name seen so far can be `w` (true may be a false hit).
    #[inline]
    pub(crate) fn may_name(&self, w: &str) -> bool {
        let (k, bit) = family_bit(w);
        self.families[k] & bit != 0
    }

    /// The latest speaker whose personal name ends with the (bare, folded) word `w`.
    pub(crate) fn named(&self, s: &Scan, w: &str) -> Option<Entity> {
        let (k, bit) = family_bit(w);
        if self.families[k] & bit == 0 {
            return None;
        }
        self.find(|e| e.family != u32::MAX && s.f(e.family as usize) == w)
    }

    fn find(&self, f: impl Fn(&Entity) -> bool) -> Option<Entity> {
        self.entities.iter().rev().take(24).find(|e| f(e)).copied()
    }

    /// The speaker of a cue with no subject: the latest that agrees, else the latest.
    pub(crate) fn resolve(&self, fem: bool, plural: bool) -> Option<Entity> {
        let agrees = |e: &Entity| {
            if plural {
                e.plural
            } else if fem {
                e.fem
            } else {
                !e.fem
            }
        };
        self.entities
            .iter()
            .rev()
            .take(12)
            .find(|e| agrees(e))
            .or(self.entities.last())
            .copied()
    }

    /// Pushes a resolved speaker again so that the chain stays on it.
    pub(crate) fn touch(&mut self, e: &Entity) {
        self.entities.push(*e);
        if self.entities.len() > 64 {
            self.entities.drain(..32);
        }
    }
}
