//! Pairing quote marks into quoted segments.
//!
//! Marks pair by kind: « », “ ”, ‹ ›, ‘ ’, and the symmetric " and '. Quotes nest
//! (« … "…" … »). A « still open at a paragraph end continues into the next
//! paragraph when that one reopens with «; otherwise it closes at the paragraph
//! end, so a lone mark never swallows the rest of the article. A symmetric mark
//! left unpaired at a paragraph end is dropped. Some outlets open with `:»`; a »
//! after a colon with no « open opens a quote.

use super::scan::{Kind, Scan};
use crate::Span;

/// A top-level quoted segment.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Segment {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index one past the closing mark (or of the paragraph break that closed it).
    pub after: usize,
    /// Words inside.
    pub words: u32,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum MarkKind {
    Guillemet,
    Reversed,
    Curly,
    Angle,
    CurlySingle,
    Straight,
    Single,
}

impl MarkKind {
    fn reopens(self, c: char) -> bool {
        matches!(
            (self, c),
            (MarkKind::Guillemet, '«') | (MarkKind::Curly, '“') | (MarkKind::Reversed, '»')
        )
    }
    fn symmetric(self) -> bool {
        matches!(self, MarkKind::Straight | MarkKind::Single)
    }
}

/// An open mark on the stack.
#[derive(Clone, Copy)]
struct Open {
    kind: MarkKind,
    tok: usize,
}

/// The stack of open marks, with the positions of each kind kept apart so that
/// finding the innermost open mark of a kind is O(1) even for 10^6 nested marks.
#[derive(Default)]
struct Stack {
    items: Vec<Open>,
    by_kind: [Vec<usize>; 7],
}

impl Stack {
    fn push(&mut self, o: Open) {
        self.by_kind[o.kind as usize].push(self.items.len());
        self.items.push(o);
    }
    fn find(&self, k: MarkKind) -> Option<usize> {
        self.by_kind[k as usize].last().copied()
    }
    fn truncate(&mut self, p: usize) {
        while self.items.len() > p {
            if let Some(o) = self.items.pop() {
                self.by_kind[o.kind as usize].pop();
            }
        }
    }
    fn clear(&mut self) {
        self.truncate(0);
    }
    fn first(&self) -> Option<&Open> {
        self.items.first()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn get(&self, p: usize) -> Open {
        self.items[p]
    }
}

/// Pairs the marks of `s`; returns top-level segments in order and, for every
/// token, the index of the top-level segment containing it (`u32::MAX` if none).
pub(crate) fn pair(s: &Scan, text: &str) -> (Vec<Segment>, Vec<u32>) {
    let toks = &s.toks;
    let mut segs: Vec<Segment> = Vec::new();
    let mut stack = Stack::default();
    // Token index of a still-open top-level segment's opener carried across paragraphs.
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        match t.kind {
            Kind::Break => {
                if let Some(bottom) = stack.first().copied() {
                    // A quote that the next paragraph reopens with the same mark continues.
                    let next = toks.get(i + 1).map(|n| n.kind);
                    if let (false, Some(Kind::Punct(c))) = (bottom.kind.symmetric(), next) {
                        if stack.len() == 1 && bottom.kind.reopens(c) {
                            i += 2;
                            continue;
                        }
                    }
                    let top_open = bottom;
                    if !top_open.kind.symmetric() {
                        let e = open_end(s, top_open.tok, i);
                        push_seg(&mut segs, s, top_open.tok, e, t.span().start, e);
                    }
                    stack.clear();
                }
            }
            Kind::Punct(c) => {
                let kind = match c {
                    '«' => {
                        let guil = stack.find(MarkKind::Guillemet);
                        if let Some(p) = stack.find(MarkKind::Reversed) {
                            close(&mut stack, &mut segs, s, p, i);
                        } else if let Some(p) = guil.filter(|_| closes_here(text, s, i)) {
                            // «...« : a « that ends a word and is followed by a space closes.
                            close(&mut stack, &mut segs, s, p, i);
                        } else {
                            stack.push(Open {
                                kind: MarkKind::Guillemet,
                                tok: i,
                            });
                        }
                        None
                    }
                    '»' => {
                        if glued_opener(text, t.span()) && stack.find(MarkKind::Reversed).is_none()
                        {
                            // لـ»المدينة»: some outlets open a name with » too.
                            stack.push(Open {
                                kind: MarkKind::Reversed,
                                tok: i,
                            });
                        } else if let Some(p) = stack
                            .find(MarkKind::Guillemet)
                            .max(stack.find(MarkKind::Reversed))
                        {
                            close(&mut stack, &mut segs, s, p, i);
                        } else if i > 0 && s.is(i - 1, ':') {
                            stack.push(Open {
                                kind: MarkKind::Reversed,
                                tok: i,
                            });
                        }
                        None
                    }
                    '“' | '„' => {
                        if let Some(p) = stack.find(MarkKind::Curly) {
                            // “ … “ used as both marks by some outlets.
                            if c == '“' && !opens_here(text, s, i) {
                                close(&mut stack, &mut segs, s, p, i);
                                None
                            } else {
                                Some(MarkKind::Curly)
                            }
                        } else {
                            Some(MarkKind::Curly)
                        }
                    }
                    '”' => {
                        if let Some(p) = stack.find(MarkKind::Curly) {
                            close(&mut stack, &mut segs, s, p, i);
                        } else if opens_here(text, s, i) {
                            stack.push(Open {
                                kind: MarkKind::Curly,
                                tok: i,
                            });
                        }
                        None
                    }
                    '‹' => Some(MarkKind::Angle),
                    '›' => {
                        if let Some(p) = stack.find(MarkKind::Angle) {
                            close(&mut stack, &mut segs, s, p, i);
                        }
                        None
                    }
                    '‘' => Some(MarkKind::CurlySingle),
                    '’' => {
                        if let Some(p) = stack.find(MarkKind::CurlySingle) {
                            close(&mut stack, &mut segs, s, p, i);
                        }
                        None
                    }
                    '"' | '\'' => {
                        let k = if c == '"' {
                            MarkKind::Straight
                        } else {
                            MarkKind::Single
                        };
                        if c == '\'' && !arabic_neighbour(text, t.span()) {
                            None
                        } else if let Some(p) = stack.find(k) {
                            close(&mut stack, &mut segs, s, p, i);
                            None
                        } else {
                            Some(k)
                        }
                    }
                    _ => None,
                };
                if let Some(kind) = kind {
                    stack.push(Open { kind, tok: i });
                }
            }
            Kind::Word => {}
        }
        i += 1;
    }
    if let Some(bottom) = stack.first().copied() {
        if !bottom.kind.symmetric() {
            let e = open_end(s, bottom.tok, toks.len());
            push_seg(&mut segs, s, bottom.tok, e, text.len(), e);
        }
    }
    segs.sort_by_key(|g| g.open);
    // Keep top-level segments only.
    let mut top: Vec<Segment> = Vec::with_capacity(segs.len());
    for g in segs {
        match top.last() {
            Some(l) if g.open < l.after => {}
            _ => top.push(g),
        }
    }
    let mut inside = vec![u32::MAX; toks.len()];
    for (k, g) in top.iter().enumerate() {
        for slot in &mut inside[g.open..g.after.min(toks.len())] {
            *slot = k as u32;
        }
    }
    (top, inside)
}

/// Where a quote left open at token `end` (a paragraph break or the end of the text)
/// stops: after the first sentence that a new sentence opening with a cue follows
/// («... جحورهم. وتوقع مساعد الوزير ...: the narrator is back), else at `end`.
fn open_end(s: &Scan, open: usize, end: usize) -> usize {
    (open + 1..end.saturating_sub(1))
        .find(|&k| {
            matches!(s.toks[k].kind, Kind::Punct('.' | '!' | '?' | '؟'))
                && s.word(k + 1)
                && super::cues::cue(s.f(k + 1)).is_some_and(|c| !c.participle)
        })
        .map_or(end, |k| k + 1)
}

/// Closes the open mark at stack position `p` with the mark at token `i`;
/// marks opened inside it and never closed are dropped.
fn close(stack: &mut Stack, segs: &mut Vec<Segment>, s: &Scan, p: usize, i: usize) {
    let o = stack.get(p);
    stack.truncate(p);
    push_seg(segs, s, o.tok, i + 1, s.toks[i].span().start, i);
}

fn push_seg(segs: &mut Vec<Segment>, s: &Scan, open: usize, after: usize, end: usize, last: usize) {
    let _ = end;
    let last = last.min(s.toks.len()).max(open + 1);
    let words = s.words_before(last) - s.words_before(open + 1);
    if words == 0 {
        return;
    }
    segs.push(Segment { open, after, words });
}

/// A mark that touches a word on its right and not on its left opens.
fn opens_here(text: &str, s: &Scan, i: usize) -> bool {
    let sp = s.toks[i].span();
    let left = text[..sp.start].chars().next_back();
    let right = text[sp.end..].chars().next();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    word(right) && !word(left)
}

/// A mark that touches a word on its left and not on its right closes.
fn closes_here(text: &str, s: &Scan, i: usize) -> bool {
    let sp = s.toks[i].span();
    let left = text[..sp.start].chars().next_back();
    let right = text[sp.end..].chars().next();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    word(left) && !word(right)
}

/// A » written as an opener: a word follows it at once, and a space, a tatweel
/// (لـ»المدينة») or nothing precedes it.
fn glued_opener(text: &str, sp: Span) -> bool {
    let left = text[..sp.start].chars().next_back();
    let right = text[sp.end..].chars().next();
    right.is_some_and(|c| c.is_alphanumeric())
        && left.map_or(true, |c| c.is_whitespace() || c == '\u{0640}')
}

fn arabic_neighbour(text: &str, sp: Span) -> bool {
    let ar = |c: Option<char>| c.is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    ar(text[..sp.start].chars().next_back()) || ar(text[sp.end..].chars().next())
}
