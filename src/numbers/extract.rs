//! The number grammar over scanned tokens.

use super::lexicon::{fold, Class, Entry, LEXICON};
use super::scan::{digit, scan, Tk, Tok};
use super::{NumberKind, NumberMention, Qualifier, Value};
use crate::span::{Fragment, Span};

/// What the analysis of one word found.
#[derive(Clone, Copy, Debug)]
struct WordInfo {
    entry: Option<Entry>,
    /// A dual noun of the lexicon (قتيلين "two killed").
    dual: bool,
    /// و or ف attached.
    conj: bool,
    /// ب، ل or ك attached.
    prep: bool,
    /// The article ال.
    al: bool,
    /// Byte offset where the number's text starts (after proclitics, at ال).
    text_start: usize,
}

impl WordInfo {
    fn class(&self) -> Option<Class> {
        self.entry.map(|e| e.class)
    }
}

/// A number read at some token, before qualifiers and ranges.
#[derive(Clone, Copy, Debug)]
struct Parsed {
    /// First token of the phrase (a proclitic or minus sign included).
    first: usize,
    /// Token after the phrase.
    next: usize,
    start: usize,
    end: usize,
    value: Value,
    kind: NumberKind,
    qualifier: Qualifier,
    min: Option<Value>,
    max: Option<Value>,
    unit: Option<&'static str>,
    phrase_start: usize,
    phrase_end: usize,
}

impl Parsed {
    fn new(
        first: usize,
        next: usize,
        start: usize,
        end: usize,
        value: Value,
        kind: NumberKind,
    ) -> Parsed {
        Parsed {
            first,
            next,
            start,
            end,
            value,
            kind,
            qualifier: Qualifier::Exact,
            min: None,
            max: None,
            unit: None,
            phrase_start: start,
            phrase_end: end,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    Unit(i128),
    Teen,
    Ten,
    Hundred,
    Scale,
}

/// How a digit run reads.
enum DigitRead {
    /// One number; `true` when it has a decimal part.
    One(Value, bool),
    /// Separators that make no single number (an IP address, `1.2.3`): each digit
    /// group is its own number.
    Split,
}

/// Reads a digit run with its separators.
fn read_digits(s: &str) -> DigitRead {
    const MAX_SEPS: usize = 16;
    let mut seps = [('\0', 0usize); MAX_SEPS];
    let mut nseps = 0;
    let mut first_len = 0;
    for c in s.chars() {
        if digit(c).is_some() {
            if nseps == 0 {
                first_len += 1;
            } else {
                seps[nseps - 1].1 += 1;
            }
        } else {
            if nseps == MAX_SEPS {
                return DigitRead::Split;
            }
            seps[nseps] = (c, 0);
            nseps += 1;
        }
    }
    let seps = &seps[..nseps];
    // Index of the decimal separator, if any.
    let decimal_at: Option<usize> = match seps {
        [] => None,
        [(c, g)] => match c {
            '\u{66B}' | '.' => Some(0),
            '\u{66C}' if *g == 3 => None,
            ',' if *g == 3 && first_len <= 3 => None,
            ',' => Some(0),
            _ => return DigitRead::Split,
        },
        [head @ .., (lc, lg)] => {
            let t = head[0].0;
            let grouped =
                first_len <= 3 && t != '\u{66B}' && head.iter().all(|&(c, g)| c == t && g == 3);
            if !grouped {
                return DigitRead::Split;
            }
            if *lc == t && *lg == 3 {
                None
            } else if *lc != t && matches!(lc, '.' | ',' | '\u{66B}') {
                Some(seps.len() - 1)
            } else {
                return DigitRead::Split;
            }
        }
    };
    let mut mantissa: Option<i128> = Some(0);
    let mut scale = 0u32;
    let mut seen_seps = 0;
    for c in s.chars() {
        match digit(c) {
            Some(d) => {
                mantissa = mantissa
                    .and_then(|m| m.checked_mul(10))
                    .and_then(|m| m.checked_add(i128::from(d)));
                if decimal_at.is_some_and(|k| seen_seps > k) {
                    scale += 1;
                }
            }
            None => seen_seps += 1,
        }
    }
    let value = match mantissa {
        Some(m) if scale == 0 => Value::Integer(m),
        Some(m) => match 10i128.checked_pow(scale) {
            Some(p) => Value::from_ratio(m, p, true),
            None => Value::TooLarge,
        },
        None => Value::TooLarge,
    };
    DigitRead::One(value, decimal_at.is_some())
}

fn bounds(q: Qualifier, v: Value) -> (Option<Value>, Option<Value>) {
    let one = Value::Integer(1);
    match q {
        Qualifier::MoreThan if v.is_integer() => (Some(v.add(one)), None),
        Qualifier::MoreThan | Qualifier::AtLeast => (Some(v), None),
        Qualifier::LessThan if v.is_integer() => (None, Some(v.add(one.neg()))),
        Qualifier::LessThan | Qualifier::AtMost => (None, Some(v)),
        _ => (None, None),
    }
}

fn ge(a: Value, b: Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x >= y,
        _ => false,
    }
}

pub(crate) struct Extractor<'a> {
    text: &'a str,
    /// Reading one phrase (`parse`): ambiguous words count as numbers.
    phrase: bool,
    toks: Vec<Tok>,
    /// The folded word of the last `fold_tok`, and for each of its chars the
    /// (byte in `buf`, byte in `text`) pair.
    buf: String,
    offs: Vec<(usize, usize)>,
    out: Vec<NumberMention<'a>>,
}

impl<'a> Extractor<'a> {
    pub(crate) fn new(text: &'a str, phrase: bool) -> Extractor<'a> {
        let mut toks = Vec::new();
        scan(text, &mut toks);
        Extractor {
            text,
            phrase,
            toks,
            buf: String::new(),
            offs: Vec::new(),
            out: Vec::new(),
        }
    }

    pub(crate) fn run(mut self) -> Vec<NumberMention<'a>> {
        let mut i = 0;
        while i < self.toks.len() {
            let parsed = match self.toks[i].kind {
                Tk::Digits => {
                    if let DigitRead::Split = read_digits(&self.text[self.tok_span(i)]) {
                        self.split_digits(i);
                        i += 1;
                        continue;
                    }
                    self.digits_at(i, true)
                }
                Tk::Word => self.words_at(i),
                _ => None,
            };
            match parsed {
                Some(p) => i = self.finish(p).max(i + 1),
                None => i += 1,
            }
        }
        self.out
    }

    fn tok_span(&self, i: usize) -> core::ops::Range<usize> {
        self.toks[i].start..self.toks[i].end
    }

    fn is_punct(&self, i: usize, set: &[char]) -> bool {
        matches!(self.toks.get(i), Some(t) if matches!(t.kind, Tk::Punct(c) if set.contains(&c)))
    }

    /// Folds token `i` into `buf`.
    fn fold_tok(&mut self, i: usize) {
        self.buf.clear();
        self.offs.clear();
        let t = self.toks[i];
        for (k, c) in self.text[t.start..t.end].char_indices() {
            if let Some(f) = fold(c) {
                self.offs.push((self.buf.len(), t.start + k));
                self.buf.push(f);
            }
        }
    }

    /// The folded form of token `i` (a copy; used off the hot path).
    fn folded(&mut self, i: usize) -> String {
        if i >= self.toks.len() || !matches!(self.toks[i].kind, Tk::Word | Tk::Latin) {
            return String::new();
        }
        self.fold_tok(i);
        self.buf.clone()
    }

    fn char_at(&self, k: usize) -> Option<char> {
        self.offs
            .get(k)
            .and_then(|&(b, _)| self.buf[b..].chars().next())
    }

    /// True when the folded word in `buf` is only proclitics (و، ب، لـ، الـ، وبال ...).
    fn buf_is_proclitic(&self) -> bool {
        let mut k = 0;
        if matches!(self.char_at(k), Some('و' | 'ف')) {
            k += 1;
        }
        if matches!(self.char_at(k), Some('ب' | 'ل' | 'ك')) {
            k += 1;
        }
        if self.char_at(k) == Some('ا') && self.char_at(k + 1) == Some('ل') {
            k += 2;
        } else if self.char_at(k) == Some('ل') && k > 0 {
            k += 1;
        }
        k > 0 && k == self.offs.len()
    }

    /// Analyses word token `i`: proclitics, article and lexicon entry.
    fn analyze(&mut self, i: usize) -> WordInfo {
        let t = self.toks[i];
        let mut info = WordInfo {
            entry: None,
            dual: false,
            conj: false,
            prep: false,
            al: false,
            text_start: t.start,
        };
        if t.kind != Tk::Word || t.end - t.start > 48 {
            return info;
        }
        self.fold_tok(i);
        let n = self.offs.len();
        if n < 2 {
            return info;
        }
        let lex = &*LEXICON;
        for conj in [false, true] {
            if conj && !matches!(self.char_at(0), Some('و' | 'ف')) {
                continue;
            }
            let k0 = usize::from(conj);
            for prep in [false, true] {
                if prep && !matches!(self.char_at(k0), Some('ب' | 'ل' | 'ك')) {
                    continue;
                }
                let k1 = k0 + usize::from(prep);
                for al in [false, true] {
                    // (stem start, text start) in chars
                    let (stem, text_at) = if !al {
                        (k1, k1)
                    } else if self.char_at(k1) == Some('ا') && self.char_at(k1 + 1) == Some('ل') {
                        (k1 + 2, k1)
                    } else if prep
                        && self.char_at(k1 - 1) == Some('ل')
                        && self.char_at(k1) == Some('ل')
                    {
                        // لل = ل + ال: the article's alif is not written.
                        (k1 + 1, k1 + 1)
                    } else {
                        continue;
                    };
                    if n < stem + 2 {
                        continue;
                    }
                    let key = &self.buf[self.offs[stem].0..];
                    let entry = lex.words.get(key).copied();
                    let dual = entry.is_none() && lex.duals.contains_key(key);
                    if entry.is_some() || dual {
                        info.entry = entry;
                        info.dual = dual;
                        info.conj = conj;
                        info.prep = prep;
                        info.al = al;
                        info.text_start = self.offs[text_at].1;
                        return info;
                    }
                }
            }
        }
        info
    }

    /// True when token `i` is the standalone conjunction و.
    fn is_wa(&mut self, i: usize) -> bool {
        i < self.toks.len()
            && self.toks[i].kind == Tk::Word
            && self.toks[i].end - self.toks[i].start <= 4
            && self.folded(i) == "و"
    }

    /// Emits each digit group of a run that is not one number (`192.168.1.2`).
    fn split_digits(&mut self, i: usize) {
        let t = self.toks[i];
        let s = &self.text[t.start..t.end];
        let mut group_start: Option<usize> = None;
        let mut groups = Vec::new();
        for (k, c) in s.char_indices() {
            if digit(c).is_some() {
                group_start.get_or_insert(k);
            } else if let Some(g) = group_start.take() {
                groups.push((t.start + g, t.start + k));
            }
        }
        if let Some(g) = group_start {
            groups.push((t.start + g, t.end));
        }
        for (a, b) in groups {
            if let DigitRead::One(v, _) = read_digits(&self.text[a..b]) {
                let p = Parsed::new(i, i + 1, a, b, v, NumberKind::Cardinal);
                self.push(p);
            }
        }
    }

    /// A number starting with the digit run at token `i`.
    fn digits_at(&mut self, i: usize, allow_minus: bool) -> Option<Parsed> {
        let t = self.toks[i];
        let n = self.toks.len();
        // Glued to Latin letters: a designation (F16, H1N1), not a count.
        if i > 0 && t.glued && self.toks[i - 1].kind == Tk::Latin {
            return None;
        }
        let (mut value, decimal) = match read_digits(&self.text[t.start..t.end]) {
            DigitRead::One(v, d) => (v, d),
            DigitRead::Split => return None,
        };
        let mut kind = if decimal {
            NumberKind::Decimal
        } else {
            NumberKind::Cardinal
        };
        let (mut first, mut start, mut phrase_start) = (i, t.start, t.start);
        if i > 0 && t.glued {
            let p = self.toks[i - 1];
            if p.kind == Tk::Word {
                self.fold_tok(i - 1);
                if self.buf_is_proclitic() {
                    first = i - 1;
                    phrase_start = p.start;
                }
            } else if allow_minus
                && matches!(p.kind, Tk::Punct('-' | '\u{2212}'))
                && (i < 2
                    || !p.glued
                    || !matches!(
                        self.toks[i - 2].kind,
                        Tk::Digits | Tk::Word | Tk::Latin | Tk::Punct('/' | '-')
                    ))
            {
                value = value.neg();
                first = i - 1;
                start = p.start;
                phrase_start = p.start;
            }
        }
        let mut j = i + 1;
        let mut end = t.end;
        // A slash fraction, not part of a date (12/3/2017).
        if j + 1 < n
            && self.is_punct(j, &['/'])
            && self.toks[j].glued
            && self.toks[j + 1].kind == Tk::Digits
            && self.toks[j + 1].glued
            && !(self.is_punct(j + 2, &['/']) && self.toks[j + 2].glued)
            && !(i > 0 && t.glued && self.is_punct(i - 1, &['/']))
        {
            if let DigitRead::One(Value::Integer(d), false) =
                read_digits(&self.text[self.tok_span(j + 1)])
            {
                if d != 0 {
                    value = value.mul(Value::from_ratio(1, d, false));
                    kind = NumberKind::Fraction;
                    end = self.toks[j + 1].end;
                    j += 2;
                }
            }
        }
        // The decimal-point word: 1 فاصلة 5.
        if j + 1 < n && kind == NumberKind::Cardinal && self.toks[j + 1].kind == Tk::Digits {
            let w = self.analyze(j);
            if w.class() == Some(Class::Point) && !w.conj {
                if let Some(v) = self.point_digits(value, j + 1) {
                    value = v;
                    kind = NumberKind::Decimal;
                    end = self.toks[j + 1].end;
                    j += 2;
                }
            }
        }
        // A scale word: 3 آلاف، 2.5 مليون، ٦٠مليون.
        if j < n && self.toks[j].kind == Tk::Word && kind != NumberKind::Fraction {
            let w = self.analyze(j);
            if matches!(w.class(), Some(Class::Scale | Class::ScalePl))
                && !w.conj
                && !w.prep
                && !w.al
            {
                value = value.mul(Value::Integer(w.entry.map_or(1, |e| e.value)));
                end = self.toks[j].end;
                j += 1;
            }
        }
        let mut p = Parsed::new(first, j, start, end, value, kind);
        p.phrase_start = phrase_start;
        self.tail(&mut p);
        Some(p)
    }

    /// `int` + the digits at token `k` read as decimals.
    fn point_digits(&self, int: Value, k: usize) -> Option<Value> {
        let s = &self.text[self.tok_span(k)];
        if s.chars().any(|c| digit(c).is_none()) {
            return None;
        }
        let DigitRead::One(Value::Integer(frac), false) = read_digits(s) else {
            return None;
        };
        let p = 10i128.checked_pow(s.chars().count() as u32)?;
        Some(int.add(Value::from_ratio(frac, p, true)))
    }

    /// Percent and unit after a number.
    fn tail(&mut self, p: &mut Parsed) {
        let n = self.toks.len();
        let j = p.next;
        if j < n {
            if self.is_punct(j, &['%', '\u{66A}', '\u{FE6A}', '\u{FF05}']) {
                p.kind = NumberKind::Percent;
                p.end = self.toks[j].end;
                p.next = j + 1;
            } else if self.toks[j].kind == Tk::Word {
                let w = self.folded(j);
                if matches!(w.as_str(), "بالميه" | "بالمايه" | "بالمييه") {
                    p.kind = NumberKind::Percent;
                    p.end = self.toks[j].end;
                    p.next = j + 1;
                } else if w == "في" && matches!(self.folded(j + 1).as_str(), "الميه" | "المايه")
                {
                    p.kind = NumberKind::Percent;
                    p.end = self.toks[j + 1].end;
                    p.next = j + 2;
                }
            }
        }
        p.phrase_end = p.end;
        let j = p.next;
        if p.kind != NumberKind::Percent
            && j < n
            && matches!(self.toks[j].kind, Tk::Word | Tk::Latin)
        {
            let w = self.folded(j);
            if let Some(u) = LEXICON.units.get(w.as_str()) {
                p.unit = Some(u);
                p.phrase_end = self.toks[j].end;
                p.next = j + 1;
            }
        }
    }

    /// A number starting with the word at token `i`.
    fn words_at(&mut self, i: usize) -> Option<Parsed> {
        let info = self.analyze(i);
        if info.dual {
            let t = self.toks[i];
            let p = Parsed::new(
                i,
                i + 1,
                info.text_start,
                t.end,
                Value::Integer(2),
                NumberKind::Cardinal,
            );
            return Some(p);
        }
        let e = info.entry?;
        let mut p = match e.class {
            Class::Ord => self.ordinal_at(i, info)?,
            Class::Vague | Class::Few | Class::ScalePl => self.vague_at(i, info)?,
            Class::Frac | Class::Frac2 => self.fraction_at(i, info)?,
            Class::Point | Class::FracPl => return None,
            _ => self.cardinal_at(i, info)?,
        };
        if p.kind == NumberKind::Cardinal || p.kind == NumberKind::Decimal {
            self.tail(&mut p);
        }
        Some(p)
    }

    fn ordinal_at(&mut self, i: usize, info: WordInfo) -> Option<Parsed> {
        let e = info.entry?;
        if !self.phrase && i > 0 {
            let prev = self.folded(i - 1);
            if LEXICON.months.contains_key(prev.as_str()) {
                return None;
            }
        }
        let mut value = e.value;
        let mut next = i + 1;
        if next < self.toks.len() && self.toks[next].kind == Tk::Word {
            let w = self.analyze(next);
            if let Some(ne) = w.entry {
                if ne.class == Class::Unit && ne.value == 10 && !w.conj && !w.prep && !w.al {
                    value += 10;
                    next += 1;
                } else if ne.class == Class::Ten && w.conj && !w.prep {
                    value += ne.value;
                    next += 1;
                }
            } else if self.is_wa(next) && next + 1 < self.toks.len() {
                let w = self.analyze(next + 1);
                if w.class() == Some(Class::Ten) && !w.conj && !w.prep {
                    value += w.entry.map_or(0, |e| e.value);
                    next += 2;
                }
            }
        }
        if e.teen && next == i + 1 {
            return None;
        }
        let end = self.toks[next - 1].end;
        Some(Parsed::new(
            i,
            next,
            info.text_start,
            end,
            Value::Integer(value),
            NumberKind::Ordinal,
        ))
    }

    fn vague_at(&mut self, i: usize, info: WordInfo) -> Option<Parsed> {
        let e = info.entry?;
        let mut value = Value::Integer(e.value);
        let mut next = i + 1;
        if next < self.toks.len() && self.toks[next].kind == Tk::Word && e.class != Class::ScalePl {
            let w = self.analyze(next);
            // عشرات الآلاف "tens of thousands", بضعة آلاف "a few thousand"
            let scale_ok = match e.class {
                Class::Few => !w.al,
                _ => w.al,
            };
            if matches!(w.class(), Some(Class::ScalePl | Class::Scale))
                && scale_ok
                && !w.conj
                && !w.prep
            {
                value = value.mul(Value::Integer(w.entry.map_or(1, |e| e.value)));
                next += 1;
            }
        }
        let end = self.toks[next - 1].end;
        let mut p = Parsed::new(i, next, info.text_start, end, value, NumberKind::Cardinal);
        p.qualifier = Qualifier::Vague;
        if e.class == Class::Few {
            p.min = Some(value);
            p.max = Some(value.mul(Value::Integer(3)));
        } else {
            p.min = Some(value.mul(Value::Integer(2)));
        }
        Some(p)
    }

    fn fraction_at(&mut self, i: usize, info: WordInfo) -> Option<Parsed> {
        let e = info.entry?;
        if e.amb && !self.phrase {
            return None;
        }
        let num = if e.class == Class::Frac2 { 2 } else { 1 };
        let mut value = Value::from_ratio(num, e.value, false);
        let mut next = i + 1;
        if next < self.toks.len() && self.toks[next].kind == Tk::Word {
            let w = self.analyze(next);
            if w.class() == Some(Class::Scale) && !w.conj && !w.prep && !w.al {
                value = value.mul(Value::Integer(w.entry.map_or(1, |e| e.value)));
                next += 1;
            }
        }
        let kind = if value.is_integer() {
            NumberKind::Cardinal
        } else {
            NumberKind::Fraction
        };
        let end = self.toks[next - 1].end;
        Some(Parsed::new(i, next, info.text_start, end, value, kind))
    }

    fn cardinal_at(&mut self, i: usize, first: WordInfo) -> Option<Parsed> {
        let n = self.toks.len();
        let mut total = Value::Integer(0);
        let mut group: i128 = 0;
        let mut last: Option<Last> = None;
        let mut last_scale = i128::MAX;
        let mut words = 0usize;
        let mut next = i + 1;
        let mut kind = NumberKind::Cardinal;
        let mut j = i;
        let mut info = first;
        let mut wa_token = false;
        let mut done = false;
        while let Some(e) = info.entry {
            let wa = words > 0 && (info.conj || wa_token);
            let juxt = words > 0 && !wa;
            let after_big = matches!(last, Some(Last::Scale | Last::Hundred));
            let ok = match e.class {
                Class::Unit => {
                    if words == 0 {
                        group = e.value;
                        last = Some(Last::Unit(e.value));
                        true
                    } else if juxt && e.value == 10 && matches!(last, Some(Last::Unit(1..=9))) {
                        group += 10;
                        last = Some(Last::Teen);
                        true
                    } else if after_big && (wa || last == Some(Last::Hundred)) && e.value > 0 {
                        group += e.value;
                        last = Some(Last::Unit(e.value));
                        true
                    } else {
                        false
                    }
                }
                Class::Teen if words == 0 || (after_big && (wa || last == Some(Last::Hundred))) => {
                    group += e.value;
                    last = Some(Last::Teen);
                    true
                }
                Class::Ten
                    if words == 0
                        || (wa && matches!(last, Some(Last::Unit(1..=9))))
                        || (after_big
                            && (wa || last == Some(Last::Hundred))
                            && group % 100 == 0) =>
                {
                    group += e.value;
                    last = Some(Last::Ten);
                    true
                }
                Class::Hundred => {
                    if words == 0 || (wa && last == Some(Last::Scale)) {
                        group = e.value;
                        last = Some(Last::Hundred);
                        true
                    } else if juxt && e.value == 100 && matches!(last, Some(Last::Unit(1..=9))) {
                        group *= 100;
                        last = Some(Last::Hundred);
                        true
                    } else {
                        false
                    }
                }
                Class::Scale | Class::Scale2 | Class::ScalePl if e.value < last_scale => {
                    let s = Value::Integer(e.value);
                    let counted = juxt && group > 0 && !matches!(last, Some(Last::Scale));
                    let bare = group == 0 && (words == 0 || (wa && last == Some(Last::Scale)));
                    let ok = match e.class {
                        Class::Scale if counted => {
                            total = total.add(Value::Integer(group).mul(s));
                            true
                        }
                        Class::Scale if bare => {
                            total = total.add(s);
                            true
                        }
                        Class::Scale2 if bare => {
                            total = total.add(s.mul(Value::Integer(2)));
                            true
                        }
                        Class::ScalePl if counted && (2..=10).contains(&group) => {
                            total = total.add(Value::Integer(group).mul(s));
                            true
                        }
                        _ => false,
                    };
                    if ok {
                        group = 0;
                        last = Some(Last::Scale);
                        last_scale = e.value;
                    }
                    ok
                }
                Class::Frac
                    if wa && last == Some(Last::Scale) && group == 0 && last_scale < i128::MAX =>
                {
                    // مليون ونصف "a million and a half"
                    total = total.add(Value::from_ratio(last_scale, e.value, false));
                    done = true;
                    true
                }
                Class::FracPl if juxt && words == 1 && matches!(last, Some(Last::Unit(1..=10))) => {
                    // ثلاثة أرباع "three quarters"
                    total = Value::from_ratio(group, e.value, false);
                    group = 0;
                    kind = NumberKind::Fraction;
                    done = true;
                    true
                }
                _ => false,
            };
            if !ok {
                break;
            }
            words += 1;
            next = j + 1;
            if done {
                break;
            }
            // The next word, joined by an attached or a standalone و, or juxtaposed.
            let mut k = j + 1;
            wa_token = false;
            if self.is_wa(k) {
                wa_token = true;
                k += 1;
            }
            if k >= n || self.toks[k].kind != Tk::Word {
                break;
            }
            let w = self.analyze(k);
            if w.entry.is_none() || w.prep || (w.conj && wa_token) || (w.al && !first.al) {
                break;
            }
            info = w;
            j = k;
        }
        if words == 0 {
            return None;
        }
        let value = total.add(Value::Integer(group));
        let e = first.entry?;
        if words == 1 {
            // Single words that need context.
            if e.teen && (e.value != 1 || first.al) {
                return None; // اثنا alone; الأحد "Sunday"
            }
            if e.class == Class::Unit && e.value == 2 && first.al && !self.phrase {
                return None; // الاثنين "Monday"
            }
            if e.amb && !self.phrase {
                return self.ambiguous_unit(i, first, e);
            }
        }
        let end = self.toks[next - 1].end;
        let mut p = Parsed::new(i, next, first.text_start, end, value, kind);
        // The decimal-point word: واحد فاصلة خمسة "one point five".
        if kind == NumberKind::Cardinal && next + 1 < n && self.toks[next].kind == Tk::Word {
            let w = self.analyze(next);
            if w.class() == Some(Class::Point) && !w.conj {
                let frac = if self.toks[next + 1].kind == Tk::Digits {
                    self.point_digits(value, next + 1).map(|v| (v, next + 2))
                } else {
                    let w2 = self.analyze(next + 1);
                    if matches!(
                        w2.class(),
                        Some(Class::Unit | Class::Teen | Class::Ten | Class::Hundred)
                    ) && !w2.conj
                    {
                        self.cardinal_at(next + 1, w2).and_then(|q| match q.value {
                            Value::Integer(f) if f >= 0 => {
                                let digits = f.to_string().len() as u32;
                                let p10 = 10i128.checked_pow(digits)?;
                                Some((value.add(Value::from_ratio(f, p10, true)), q.next))
                            }
                            _ => None,
                        })
                    } else {
                        None
                    }
                };
                if let Some((v, nx)) = frac {
                    p.value = v;
                    p.kind = NumberKind::Decimal;
                    p.next = nx;
                    p.end = self.toks[nx - 1].end;
                    p.phrase_end = p.end;
                }
            }
        }
        Some(p)
    }

    /// خمس، سبع، تسع، عشر، ست on their own: a count before an indefinite noun
    /// (خمس سنوات "five years"), a fraction before a definite one (خمس السكان
    /// "a fifth of the population"), else not a number.
    fn ambiguous_unit(&mut self, i: usize, info: WordInfo, e: Entry) -> Option<Parsed> {
        if info.prep || info.al {
            return None;
        }
        let k = i + 1;
        if k >= self.toks.len() || self.toks[k].kind != Tk::Word {
            return None;
        }
        let next = self.folded(k);
        let t = self.toks[i];
        if next.starts_with("ال") && next.chars().count() > 3 {
            if matches!(e.value, 5 | 7 | 9 | 10) {
                let v = Value::from_ratio(1, e.value, false);
                return Some(Parsed::new(
                    i,
                    i + 1,
                    info.text_start,
                    t.end,
                    v,
                    NumberKind::Fraction,
                ));
            }
            return None;
        }
        Some(Parsed::new(
            i,
            i + 1,
            info.text_start,
            t.end,
            Value::Integer(e.value),
            NumberKind::Cardinal,
        ))
    }

    /// The qualifier phrase that ends right before token `first`, with its start.
    fn qualifier_before(&mut self, first: usize) -> Option<(Qualifier, usize)> {
        let mut words: Vec<(String, usize)> = Vec::new();
        let mut k = first;
        while k > 0 && words.len() < 4 {
            k -= 1;
            if self.toks[k].kind != Tk::Word {
                break;
            }
            let f = self.folded(k);
            words.push((f, self.toks[k].start));
        }
        for (before, q, phrase) in &LEXICON.qualifiers {
            if !before || phrase.len() > words.len() {
                continue;
            }
            let m = phrase.len();
            let ok = phrase.iter().enumerate().all(|(x, pw)| {
                let w = &words[m - 1 - x].0;
                if x == 0 {
                    strip_proclitics(w) == pw.as_str() || w == pw
                } else {
                    w == pw
                }
            });
            if ok {
                return Some((*q, words[m - 1].1));
            }
        }
        None
    }

    /// A qualifier phrase right after token `k` (or after one counted noun).
    fn qualifier_after(&mut self, k: usize) -> Option<(Qualifier, usize, usize)> {
        for skip in [0usize, 1] {
            let s = k + skip;
            if skip == 1 && !(s - 1 < self.toks.len() && self.toks[s - 1].kind == Tk::Word) {
                break;
            }
            let mut words = Vec::new();
            for x in s..(s + 3).min(self.toks.len()) {
                if self.toks[x].kind != Tk::Word {
                    break;
                }
                words.push(self.folded(x));
            }
            for (before, q, phrase) in &LEXICON.qualifiers {
                if *before || phrase.len() > words.len() {
                    continue;
                }
                if phrase.iter().zip(&words).all(|(a, b)| a == b) {
                    let last = s + phrase.len() - 1;
                    return Some((*q, self.toks[last].end, last + 1));
                }
            }
        }
        None
    }

    /// The second end of a range starting with `a`: بين A و B، من A إلى B، A-B.
    fn range_end(&mut self, a: &Parsed) -> Option<Parsed> {
        let n = self.toks.len();
        let j = a.next;
        if j >= n || a.kind == NumberKind::Ordinal || a.qualifier == Qualifier::Vague {
            return None;
        }
        let prev = if a.first > 0 {
            let f = self.folded(a.first - 1);
            strip_proclitics(&f).to_string()
        } else {
            String::new()
        };
        let b = if prev == "بين" {
            if self.is_wa(j) && !self.toks.get(j + 1).is_some_and(|t| t.glued) {
                self.number_at(j + 1)
            } else if self.toks[j].kind == Tk::Word {
                // و glued to digits (و20) or to a number word (وعشرين)
                let b = self.number_at(j)?;
                let conj_ok = if b.first < b.next && self.toks[b.first].kind == Tk::Word {
                    self.fold_tok(b.first);
                    self.char_at(0) == Some('و')
                } else {
                    false
                };
                conj_ok.then_some(b)
            } else {
                None
            }
        } else if prev == "من" && matches!(self.folded(j).as_str(), "الي" | "حتي") {
            self.number_at(j + 1)
        } else if self.is_punct(j, &['-', '\u{2013}', '\u{2014}'])
            && self.toks[a.first].kind == Tk::Digits
            && j + 1 < n
            && self.toks[j + 1].kind == Tk::Digits
            && !(a.first > 0 && self.toks[a.first].glued && self.is_punct(a.first - 1, &['-', '/']))
        {
            let b = self.digits_at(j + 1, false)?;
            // A date (2017-03-12) is not a range.
            if self.is_punct(b.next, &['-', '/'])
                && self
                    .toks
                    .get(b.next + 1)
                    .is_some_and(|t| t.kind == Tk::Digits)
            {
                return None;
            }
            Some(b)
        } else {
            None
        }?;
        (ge(b.value, a.value) && b.value != a.value).then_some(b)
    }

    fn number_at(&mut self, i: usize) -> Option<Parsed> {
        match self.toks.get(i)?.kind {
            Tk::Digits => self.digits_at(i, false),
            Tk::Word => {
                let w = self.analyze(i);
                if w.entry.is_none()
                    && i + 1 < self.toks.len()
                    && self.toks[i + 1].kind == Tk::Digits
                {
                    return self.digits_at(i + 1, false);
                }
                self.words_at(i)
            }
            _ => None,
        }
    }

    /// Adds qualifiers and ranges to `p`, emits it, and returns the next token.
    fn finish(&mut self, mut p: Parsed) -> usize {
        if p.qualifier == Qualifier::Exact {
            if let Some(mut b) = self.range_end(&p) {
                let (lo, hi) = (p.value, b.value);
                for m in [&mut p, &mut b] {
                    m.qualifier = Qualifier::Range;
                    m.min = Some(lo);
                    m.max = Some(hi);
                }
                if p.first > 0 {
                    p.phrase_start = self.toks[p.first - 1].start;
                }
                let next = b.next;
                self.push(p);
                self.push(b);
                return next;
            }
            if let Some((q, start)) = self.qualifier_before(p.first) {
                p.qualifier = q;
                p.phrase_start = start;
            } else if let Some((q, end, next)) = self.qualifier_after(p.next) {
                p.qualifier = q;
                p.phrase_end = end;
                p.next = next;
            }
            (p.min, p.max) = bounds(p.qualifier, p.value);
        }
        let next = p.next;
        self.push(p);
        next
    }

    fn push(&mut self, p: Parsed) {
        let span = Span::new(p.start, p.end);
        let phrase = Span::new(p.phrase_start.min(p.start), p.phrase_end.max(p.end));
        self.out.push(NumberMention {
            fragment: Fragment::new(self.text, span),
            value: p.value,
            kind: p.kind,
            qualifier: p.qualifier,
            min: p.min,
            max: p.max,
            unit: p.unit,
            phrase,
        });
    }
}

/// The word without attached و/ف and ب/ل/ك.
fn strip_proclitics(w: &str) -> &str {
    let mut s = w;
    for set in [&['و', 'ف'][..], &['ب', 'ل', 'ك'][..]] {
        if let Some(c) = s.chars().next() {
            if set.contains(&c) && s.chars().count() > 2 {
                s = &s[c.len_utf8()..];
            }
        }
    }
    s
}
