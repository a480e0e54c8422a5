//! Who a cue without a subject refers to: the speaker chain.
//!
//! Every explicit speaker is remembered with the gender and number of its verb.
//! A pro-drop cue (وأضاف، وأضافت، وأضافوا) or a participle (مضيفا) takes the
//! most recent speaker that agrees; a short definite description (الوزارة،
//! المرصد، المصدر نفسه) or a bare family name takes the fullest earlier mention.

use super::scan::{bare, Scan};
use super::speakers::Phrase;
use crate::Span;

/// A speaker seen so far.
#[derive(Clone, Debug)]
pub(crate) struct Entity {
    pub text: Span,
    pub name: Span,
    pub title: Option<Span>,
    pub fem: bool,
    pub plural: bool,
    name_words: Vec<String>,
    /// First words of the mention, the name and the title.
    heads: Vec<String>,
}

/// The chain of speakers of one article.
#[derive(Default)]
pub(crate) struct Chain {
    entities: Vec<Entity>,
}

fn span_of(s: &Scan, r: (usize, usize)) -> Span {
    let a = s.toks[r.0].span().start;
    let b = s.toks[r.1.max(r.0 + 1) - 1].span().end;
    Span::new(a, b)
}

fn words(s: &Scan, r: (usize, usize)) -> Vec<String> {
    (r.0..r.1)
        .filter(|&i| s.word(i))
        .map(|i| bare(s.f(i)).to_string())
        .collect()
}

impl Chain {
    /// Remembers an explicit speaker, linking it to an earlier fuller mention when
    /// it is a short description or a bare name. Returns the entity to report.
    pub(crate) fn mention(&mut self, s: &Scan, p: &Phrase, fem: bool, plural: bool) -> Entity {
        let text = span_of(s, p.text);
        let nwords = (p.text.0..p.text.1).filter(|&i| s.word(i)).count();
        let first = bare(s.f(p.text.0)).to_string();
        let linked = if p.nameless && nwords <= 2 {
            self.find(|e| e.heads.contains(&first))
        } else if !p.nameless && p.name.1 - p.name.0 == 1 && p.title.is_none() {
            let w = bare(s.f(p.name.0)).to_string();
            self.find(|e| e.name_words.len() > 1 && e.name_words.contains(&w))
        } else {
            None
        };
        let e = match linked {
            Some(mut e) => {
                e.text = text;
                e
            }
            None => {
                let mut heads = vec![
                    bare(s.f(p.text.0)).to_string(),
                    bare(s.f(p.name.0)).to_string(),
                ];
                if let Some(t) = p.title {
                    heads.push(bare(s.f(t.0)).to_string());
                }
                Entity {
                    text,
                    name: span_of(s, p.name),
                    title: p.title.map(|t| span_of(s, t)),
                    fem,
                    plural: plural || p.plural,
                    name_words: words(s, p.name),
                    heads,
                }
            }
        };
        self.entities.push(e.clone());
        if self.entities.len() > 64 {
            self.entities.drain(..32);
        }
        e
    }

    fn find(&self, f: impl Fn(&Entity) -> bool) -> Option<Entity> {
        self.entities.iter().rev().take(24).find(|e| f(e)).cloned()
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
            .take(6)
            .find(|e| agrees(e))
            .or(self.entities.last())
            .cloned()
    }

    /// Pushes a resolved speaker again so that the chain stays on it.
    pub(crate) fn touch(&mut self, e: &Entity) {
        self.entities.push(e.clone());
        if self.entities.len() > 64 {
            self.entities.drain(..32);
        }
    }
}
