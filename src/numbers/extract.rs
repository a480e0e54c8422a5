//! The number grammar over scanned tokens.

use super::lexicon::{fold, Class, Entry, LEXICON};
use super::scan::{digit, is_invisible, scan, Tk, Tok};
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
    for c in s.chars().filter(|c| !is_invisible(*c)) {
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
            ',' | '\u{60C}' if *g == 3 && first_len <= 3 => None,
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
            } else if *lc != t
                && matches!(lc, '.' | ',' | '\u{66B}')
                && !(t == '.' && *lc == '\u{66B}')
            {
                Some(seps.len() - 1)
            } else {
                return DigitRead::Split;
            }
        }
    };
    let mut mantissa: Option<i128> = Some(0);
    let mut scale = 0u32;
    let mut seen_seps = 0;
    for c in s.chars().filter(|c| !is_invisible(*c)) {
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
    /// Tokens from this index on are hidden from the cardinal grammar.
    limit: usize,
    /// Nesting of `cardinal_tail` (tails are read at the top level only).
    depth: u8,
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
            limit: usize::MAX,
            depth: 0,
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
        if t.kind != Tk::Word || t.end - t.start > 48 || !t.cand {
            return info;
        }
        self.fold_tok(i);
        let n = self.offs.len();
        if !(2..=20).contains(&n) {
            return info;
        }
        let lex = &*LEXICON;
        for conj in [false, true] {
            if conj && !matches!(self.char_at(0), Some('و' | 'ف')) {
                continue;
            }
            let k0 = usize::from(conj);
            for prep in [false, true] {
                // ك is left out: كمية "quantity" is not ك + مية "hundred".
                if prep && !matches!(self.char_at(k0), Some('ب' | 'ل')) {
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
        if kind != NumberKind::Fraction {
            if let Some((v, nx, k)) = self.digits_suffix(value, j) {
                value = v;
                end = self.toks[nx - 1].end;
                j = nx;
                if !value.is_integer() || k == NumberKind::Fraction {
                    kind = k;
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
                let s = w.entry.map_or(1, |e| e.value);
                value = value.mul(Value::Integer(s));
                end = self.toks[j].end;
                j += 1;
                if let Some((v, nx)) = self.scaled_digits_tail(value, s, j) {
                    value = v;
                    end = self.toks[nx - 1].end;
                    j = nx;
                }
            }
        }
        let mut p = Parsed::new(first, j, start, end, value, kind);
        p.phrase_start = phrase_start;
        self.tail(&mut p);
        Some(p)
    }

    /// After a digit run ending before token `j`: an exponent (`1e10`, `2.5^-1`),
    /// groups of three digits after single spaces (`1 234 567`), or a proper
    /// fraction after a space (`2 1/4`). Returns the new value and next token.
    fn digits_suffix(&mut self, value: Value, j: usize) -> Option<(Value, usize, NumberKind)> {
        let n = self.toks.len();
        let t = *self.toks.get(j)?;
        let int_at = |this: &Self, k: usize| -> Option<i128> {
            let tk = this.toks.get(k)?;
            if tk.kind != Tk::Digits || !tk.glued {
                return None;
            }
            match read_digits(&this.text[tk.start..tk.end]) {
                DigitRead::One(Value::Integer(v), false) => Some(v),
                _ => None,
            }
        };
        // Exponents: e/E or ^, an optional sign, digits; all glued.
        let is_e = t.kind == Tk::Latin && matches!(&self.text[t.start..t.end], "e" | "E");
        if t.glued && (is_e || self.is_punct(j, &['^'])) {
            let mut k = j + 1;
            let mut neg = false;
            if self.is_punct(k, &['+', '-']) && self.toks[k].glued {
                neg = self.is_punct(k, &['-']);
                k += 1;
            }
            let x = int_at(self, k)?;
            if x > 4096 {
                return None;
            }
            let x = x as u32;
            let v = if is_e {
                let p = 10i128
                    .checked_pow(x)
                    .map_or(Value::TooLarge, Value::Integer);
                if neg {
                    value.mul(Value::from_ratio(1, 1, true)).mul(recip(p))
                } else {
                    value.mul(p)
                }
            } else {
                let mut p = Value::Integer(1);
                for _ in 0..x {
                    p = p.mul(value);
                    if p.is_too_large() {
                        break;
                    }
                }
                if neg {
                    recip(p)
                } else {
                    p
                }
            };
            return Some((v, k + 1, NumberKind::Decimal));
        }
        let Value::Integer(whole) = value else {
            return None;
        };
        let first = self.toks[j - 1];
        let first_len = self.text[first.start..first.end].chars().count();
        let single_space = |this: &Self, a: usize, b: usize| -> bool {
            matches!(&this.text[a..b], " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
        };
        // 1 234 567 (and 1 234 567.89)
        if t.kind == Tk::Digits
            && !t.glued
            && first_len <= 3
            && first.kind == Tk::Digits
            && whole >= 0
        {
            let mut k = j;
            let mut v = value;
            while k < n
                && self.toks[k].kind == Tk::Digits
                && !self.toks[k].glued
                && single_space(self, self.toks[k - 1].end, self.toks[k].start)
            {
                let g = &self.text[self.toks[k].start..self.toks[k].end];
                let lead = g.chars().take_while(|c| digit(*c).is_some()).count();
                if lead != 3 {
                    break;
                }
                let DigitRead::One(gv, _) = read_digits(g) else {
                    break;
                };
                v = v.mul(Value::Integer(1000)).add(gv);
                k += 1;
                if !gv.is_integer() {
                    break;
                }
            }
            if k > j {
                return Some((v, k, NumberKind::Decimal));
            }
        }
        // 2 1/4
        if t.kind == Tk::Digits
            && !t.glued
            && self.is_punct(j + 1, &['/'])
            && self.toks[j + 1].glued
        {
            let num = match read_digits(&self.text[t.start..t.end]) {
                DigitRead::One(Value::Integer(v), false) => v,
                _ => return None,
            };
            let den = int_at(self, j + 2)?;
            if num < den && !(self.is_punct(j + 3, &['/']) && self.toks[j + 3].glued) {
                let f = Value::from_ratio(num, den, false);
                let v = if whole < 0 {
                    value.add(f.neg())
                } else {
                    value.add(f)
                };
                return Some((v, j + 3, NumberKind::Fraction));
            }
        }
        None
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
                if self.depth == 0
                    && matches!(*u, "USD" | "EUR" | "pound" | "riyal" | "lira" | "dirham")
                {
                    self.subunit(p);
                }
            }
        }
    }

    /// Money with its hundredth: سبعة دولار وخمسون سنت "seven dollars fifty cents".
    fn subunit(&mut self, p: &mut Parsed) {
        let k = p.next;
        let start = if self.is_wa(k) { k + 1 } else { k };
        if start >= self.toks.len() {
            return;
        }
        // Joined by و: a standalone و, or و attached to a word or to digits (و50).
        let joined = start > k
            || (self.toks[k].kind == Tk::Word
                && (self.analyze(k).conj
                    || self
                        .toks
                        .get(k + 1)
                        .is_some_and(|t| t.glued && t.kind == Tk::Digits)));
        if !joined {
            return;
        }
        self.depth += 1;
        let b = self.number_at(start);
        self.depth -= 1;
        if let Some(b) = b {
            if matches!(b.unit, Some("cent" | "piastre" | "halala")) {
                if let Value::Integer(c @ 0..=99) = b.value {
                    p.value = p.value.add(Value::from_ratio(c, 100, true));
                    p.end = b.end;
                    p.phrase_end = b.phrase_end;
                    p.next = b.next;
                }
            }
        }
    }

    /// A number starting with the word at token `i`.
    fn words_at(&mut self, i: usize) -> Option<Parsed> {
        let info = self.analyze(i);
        if info.dual {
            let t = self.toks[i];
            let two = Value::Integer(2);
            let mut p = Parsed::new(i, i + 1, info.text_start, t.end, two, NumberKind::Cardinal);
            // ساعتين ونصف "two and a half hours"
            if i + 1 < self.toks.len() && self.toks[i + 1].kind == Tk::Word {
                let w = self.analyze(i + 1);
                if let (Some(e), true, false) = (w.entry, w.conj, w.al || w.prep) {
                    if e.class == Class::Frac && !e.amb {
                        p.value = p.value.add(Value::from_ratio(1, e.value, false));
                        p.kind = NumberKind::Fraction;
                        p.next = i + 2;
                        p.end = self.toks[i + 1].end;
                        p.phrase_end = p.end;
                    }
                }
            }
            return Some(p);
        }
        let e = info.entry?;
        let mut p = match e.class {
            Class::Ord => self.ordinal_at(i, info)?,
            Class::Vague | Class::Few | Class::ScalePl => self.vague_at(i, info)?,
            Class::Frac | Class::Frac2 => self.fraction_at(i, info)?,
            Class::Point | Class::FracPl => return None,
            Class::Neg => {
                let mut p = self.number_at(i + 1)?;
                if matches!(self.toks[i + 1].kind, Tk::Word) && self.toks[i + 1].glued {
                    return None;
                }
                p.value = p.value.neg();
                p.first = i;
                p.start = info.text_start;
                p.phrase_start = p.phrase_start.min(info.text_start);
                return Some(p);
            }
            Class::Part => {
                if self.folded(i + 1) != "من" {
                    return None;
                }
                let c = self.cardinal_upto(i + 2, usize::MAX)?;
                let Value::Integer(cv @ 1..) = c.value else {
                    return None;
                };
                let end = self.toks[c.next - 1].end;
                let v = Value::from_ratio(1, cv, false);
                Parsed::new(i, c.next, info.text_start, end, v, NumberKind::Fraction)
            }
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
        // Without the article and before no word (اعتصام رابعة), a feminine ordinal
        // form is as often a name as a rank.
        let bare_end = !info.al && !self.toks.get(i + 1).is_some_and(|t| t.kind == Tk::Word);
        if !self.phrase && bare_end && e.value > 1 {
            return None;
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
            let scale_ok = e.class == Class::Vague || !w.al;
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
        // نصف النهائي "semi-final", ربع النهائي "quarter-final" are rounds, not shares.
        if matches!(self.folded(i + 1).as_str(), "النهايي" | "نهايي") {
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
        let n = self.toks.len().min(self.limit);
        let mut total = Value::Integer(0);
        let mut group: i128 = 0;
        // The value before the last unit joined by و, for ثلاثة أرباع after a compound.
        let mut before_unit = Value::Integer(0);
        let mut last: Option<Last> = None;
        let mut last_scale = i128::MAX;
        let mut words = 0usize;
        let mut next = i + 1;
        let mut kind = NumberKind::Cardinal;
        let mut fixed: Option<Value> = None;
        // Token indices where a part joined by و starts (the و token if standalone).
        let mut joints: Vec<usize> = Vec::new();
        let mut j = i;
        let mut info = first;
        let mut wa_token = false;
        while let Some(e) = info.entry {
            let wa = words > 0 && (info.conj || wa_token);
            let juxt = words > 0 && !wa;
            let after_big = matches!(last, Some(Last::Scale | Last::Hundred));
            let compound_end = matches!(last, Some(Last::Ten | Last::Teen | Last::Hundred));
            let frac_reading =
                e.amb && matches!(e.value, 5 | 7 | 9 | 10) && !self.multiplier_at(j + 1);
            let sum = total.add(Value::Integer(group));
            let ok = match e.class {
                Class::Unit if words == 0 => {
                    group = e.value;
                    last = Some(Last::Unit(e.value));
                    true
                }
                Class::Unit if juxt && e.value == 10 && matches!(last, Some(Last::Unit(1..=9))) => {
                    group += 10;
                    last = Some(Last::Teen);
                    true
                }
                Class::Unit | Class::Ord
                    if after_big && (wa || last == Some(Last::Hundred)) && e.value > 0 =>
                {
                    before_unit = sum;
                    group += e.value;
                    last = Some(Last::Unit(e.value));
                    if e.class == Class::Ord {
                        kind = NumberKind::Ordinal;
                    }
                    true
                }
                // ثلاثة وخمس "three and a fifth"; ثلاثة وعشرون خمس "twenty-three fifths"
                Class::Unit
                    if frac_reading
                        && ((wa && last != Some(Last::Scale)) || (juxt && compound_end)) =>
                {
                    fixed = Some(if wa {
                        sum.add(Value::from_ratio(1, e.value, false))
                    } else {
                        sum.mul(Value::from_ratio(1, e.value, false))
                    });
                    true
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
                Class::Hundred if words == 0 || (wa && last == Some(Last::Scale)) => {
                    group = e.value;
                    last = Some(Last::Hundred);
                    true
                }
                // ثلاث مئة "three hundred", خمسة وتسعون مائة "ninety-five hundred"
                Class::Hundred
                    if juxt
                        && e.value == 100
                        && (1..100).contains(&group)
                        && last != Some(Last::Scale) =>
                {
                    group *= 100;
                    last = Some(Last::Hundred);
                    true
                }
                Class::Scale | Class::Scale2 | Class::ScalePl if e.value < last_scale => {
                    let s = Value::Integer(e.value);
                    let counted = juxt && group > 0 && last != Some(Last::Scale);
                    let bare = group == 0 && (words == 0 || (wa && last == Some(Last::Scale)));
                    let ok = match e.class {
                        Class::Scale if counted => {
                            total = total.add(Value::Integer(group).mul(s));
                            true
                        }
                        Class::Scale if bare => {
                            // مليونا طفل "two million children": a dual in construct.
                            let two = words == 0 && self.dual_construct(j);
                            total = total.add(if two { s.mul(Value::Integer(2)) } else { s });
                            true
                        }
                        Class::Scale2 if bare => {
                            total = total.add(s.mul(Value::Integer(2)));
                            true
                        }
                        Class::ScalePl if counted && group >= 2 => {
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
                Class::Frac | Class::Frac2 if wa && !e.amb => {
                    let num = if e.class == Class::Frac2 { 2 } else { 1 };
                    fixed = Some(if last == Some(Last::Scale) && group == 0 {
                        // مليون ونصف "a million and a half"; مليار ونصف مليار, the scale again
                        if self.is_repeated_scale(j + 1, last_scale) {
                            j += 1;
                        }
                        total.add(Value::from_ratio(
                            last_scale.saturating_mul(num),
                            e.value,
                            false,
                        ))
                    } else {
                        // عشرة ونصف "ten and a half"
                        sum.add(Value::from_ratio(num, e.value, false))
                    });
                    true
                }
                Class::Frac if juxt && compound_end && !e.amb => {
                    fixed = Some(sum.mul(Value::from_ratio(1, e.value, false)));
                    true
                }
                // ثلاثة أرباع "three quarters"; مئة وثلاثة أرباع "a hundred and three quarters"
                Class::FracPl if juxt => match last {
                    Some(Last::Unit(u @ 1..=10)) => {
                        let part = Value::from_ratio(u, e.value, false);
                        fixed = Some(if words == 1 {
                            part
                        } else {
                            before_unit.add(part)
                        });
                        true
                    }
                    Some(Last::Ten | Last::Teen | Last::Hundred) => {
                        fixed = Some(sum.mul(Value::from_ratio(1, e.value, false)));
                        true
                    }
                    _ => false,
                },
                _ => false,
            };
            if !ok {
                break;
            }
            if wa {
                joints.push(if wa_token { j - 1 } else { j });
            }
            words += 1;
            next = j + 1;
            if fixed.is_some() {
                kind = NumberKind::Fraction;
                break;
            }
            // The next word, joined by an attached or a standalone و, or juxtaposed.
            let mut k = j + 1;
            wa_token = false;
            if k < n && self.is_wa(k) {
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
        let mut value = fixed.unwrap_or_else(|| total.add(Value::Integer(group)));
        if fixed.is_none() && last == Some(Last::Scale) && next < n {
            if let Some((v, nx)) = self.scaled_digits_tail(value, last_scale, next) {
                value = v;
                next = nx;
            }
        }

        let e = first.entry?;
        if words == 1 {
            // Single words that need context.
            if e.teen && (e.value != 1 || first.al) {
                return None; // اثنا alone; الأحد "Sunday"
            }
            if e.class == Class::Unit && e.value == 2 && first.al && !self.phrase {
                return None; // الاثنين "Monday"
            }
            if e.amb && e.class == Class::Hundred {
                if !self.phrase {
                    return None;
                }
            } else if e.amb {
                return self.ambiguous_unit(i, first, e);
            }
        }
        let mut end = self.toks[next - 1].end;
        if self.depth == 0 && kind != NumberKind::Fraction {
            self.depth += 1;
            let tail = self.cardinal_tail(i, value, next, &joints);
            self.depth -= 1;
            if let Some((v, k, nx)) = tail {
                value = v;
                kind = k;
                next = nx;
                end = self.toks[nx - 1].end;
            }
        }
        if kind == NumberKind::Fraction && value.is_integer() && self.depth == 0 {
            kind = NumberKind::Cardinal;
        }
        Some(Parsed::new(i, next, first.text_start, end, value, kind))
    }

    /// After a number ending in a scale word `scale`: digits joined by و that fill
    /// the lower places (29 ألفا و358 "29,358", 3 ملايين و200 ألف "3,200,000").
    fn scaled_digits_tail(
        &mut self,
        value: Value,
        scale: i128,
        next: usize,
    ) -> Option<(Value, usize)> {
        let n = self.toks.len();
        let (mut v, mut ls, mut k) = (value, scale, next);
        let mut done = None;
        while k + 1 < n
            && self.toks[k].kind == Tk::Word
            && self.toks[k + 1].kind == Tk::Digits
            && self.folded(k) == "و"
        {
            let d = k + 1;
            let DigitRead::One(Value::Integer(dv), false) =
                read_digits(&self.text[self.tok_span(d)])
            else {
                break;
            };
            if d + 1 < n && self.toks[d + 1].kind == Tk::Word {
                let w = self.analyze(d + 1);
                if let (Some(e), false) = (w.entry, w.conj || w.prep || w.al) {
                    // 3 ملايين و50 مليون: the second number has its own, larger scale.
                    if matches!(e.class, Class::Scale | Class::ScalePl | Class::Scale2)
                        && e.value >= ls
                    {
                        break;
                    }
                    if matches!(e.class, Class::Scale | Class::ScalePl) && e.value < ls && dv < 1000
                    {
                        v = v.add(Value::Integer(dv).mul(Value::Integer(e.value)));
                        ls = e.value;
                        k = d + 2;
                        done = Some((v, k));
                        continue;
                    }
                }
            }
            if dv < ls {
                v = v.add(Value::Integer(dv));
                done = Some((v, d + 1));
            }
            break;
        }
        done
    }

    /// True when the scale word at `j` is a dual in construct: ألفا / مليونا / مليارا
    /// with no number before it and an indefinite noun right after it (مليونا طفل
    /// "two million children", nominative of مليونان). After a number the same spelling
    /// is the accusative singular (29 ألفا), and before و or punctuation it is one
    /// (مليونا ونصف "one and a half million"); callers check `words == 0`.
    fn dual_construct(&mut self, j: usize) -> bool {
        let t = self.toks[j];
        // With tanween (ألفًا، مليوناً) it is the accusative singular.
        if self.text[t.start..t.end].contains('\u{64B}')
            || !self.folded(j).ends_with('ا')
            || j + 1 >= self.toks.len()
        {
            return false;
        }
        if self.toks[j + 1].kind != Tk::Word || self.toks[j + 1].start != self.toks[j].end + 1 {
            return false;
        }
        let w = self.analyze(j + 1);
        let next = self.folded(j + 1);
        // A noun in construct cannot be followed by a preposition: قتلوا ألفا من المدنيين.
        w.entry.is_none()
            && !w.conj
            && !w.prep
            && !w.al
            && !next.starts_with("ال")
            && !next.starts_with('و')
            && !["لل", "بال", "كال", "فال"]
                .iter()
                .any(|p| next.starts_with(p))
            && !matches!(
                next.as_str(),
                "من" | "في" | "علي" | "الي" | "عن" | "مع" | "منذ" | "خلال" | "او" | "ام"
            )
    }

    /// True when token `k` is the scale word `scale` again (مليار ونصف مليار).
    fn is_repeated_scale(&mut self, k: usize, scale: i128) -> bool {
        k < self.toks.len().min(self.limit)
            && self.toks[k].kind == Tk::Word
            && matches!(self.analyze(k).entry, Some(e) if e.class == Class::Scale && e.value == scale)
    }

    /// True when token `k` is a word that multiplies what comes before it (مئة، ألف).
    fn multiplier_at(&mut self, k: usize) -> bool {
        k < self.toks.len().min(self.limit)
            && self.toks[k].kind == Tk::Word
            && matches!(
                self.analyze(k).class(),
                Some(Class::Hundred | Class::Scale | Class::ScalePl | Class::FracPl)
            )
    }

    /// The cardinal at token `i` read with tokens from `limit` on hidden.
    fn cardinal_upto(&mut self, i: usize, limit: usize) -> Option<Parsed> {
        let saved = self.limit;
        self.limit = limit;
        let w = self.analyze(i);
        let p = if matches!(
            w.class(),
            Some(
                Class::Unit
                    | Class::Teen
                    | Class::Ten
                    | Class::Hundred
                    | Class::Scale
                    | Class::Scale2
            )
        ) {
            self.cardinal_at(i, w)
        } else {
            None
        };
        self.limit = saved;
        p
    }

    /// A power of ten (10, 100, ...) read at token `k` after من: the denominator of
    /// a decimal said in words (ستة وثمانية وثمانون من مئة "6.88").
    fn power_of_ten_after_min(&mut self, k: usize) -> Option<(i128, usize)> {
        if self.folded(k) != "من" {
            return None;
        }
        let c = self.cardinal_upto(k + 1, usize::MAX)?;
        match c.value {
            Value::Integer(v) if v >= 10 && 10i128.pow(v.ilog10()) == v => Some((v, c.next)),
            _ => None,
        }
    }

    /// What may follow a cardinal `a` (ending before token `next`): a fraction joined
    /// by و (سبعة وعشرة أخماس), a decimal said in words (ستة وثمانية وثمانون من مئة),
    /// the decimal-point word (واحد فاصلة خمسة), a share (جزء من مئة), or in a
    /// phrase a quotient (سبعة عشر على ثلاثة).
    fn cardinal_tail(
        &mut self,
        i: usize,
        a: Value,
        next: usize,
        joints: &[usize],
    ) -> Option<(Value, NumberKind, usize)> {
        let n = self.toks.len();
        if next >= n {
            return None;
        }
        // A و B من 10^k, where the greedy reading swallowed B: split at the last joint.
        if let Some((c, nx)) = self.power_of_ten_after_min(next) {
            for &b in joints.iter().rev() {
                let Some(pa) = self.cardinal_upto(i, b) else {
                    continue;
                };
                let start_b = if self.is_wa(b) { b + 1 } else { b };
                let Some(pb) = self.cardinal_upto(start_b, next) else {
                    continue;
                };
                if pa.next == b && pb.next == next {
                    if let Value::Integer(bv) = pb.value {
                        if bv < c {
                            return Some((
                                pa.value.add(Value::from_ratio(bv, c, true)),
                                NumberKind::Decimal,
                                nx,
                            ));
                        }
                    }
                }
            }
            return None;
        }
        // Joined by و: a fraction, or a decimal in words.
        let (wa, bstart) = if self.is_wa(next) {
            (true, next + 1)
        } else {
            let w = self.analyze(next);
            (w.conj && w.entry.is_some(), next)
        };
        if wa && bstart < n && self.toks[bstart].kind == Tk::Word {
            let w = self.analyze(bstart);
            if let Some(e) = w.entry {
                if !w.prep
                    && matches!(
                        e.class,
                        Class::Unit | Class::Teen | Class::Ten | Class::Hundred
                    )
                {
                    if let Some(b) = self.cardinal_at(bstart, w) {
                        if b.kind == NumberKind::Fraction {
                            return Some((a.add(b.value), NumberKind::Fraction, b.next));
                        }
                        if let Value::Integer(bv) = b.value {
                            if let Some((c, nx)) = self.power_of_ten_after_min(b.next) {
                                if bv < c {
                                    return Some((
                                        a.add(Value::from_ratio(bv, c, true)),
                                        NumberKind::Decimal,
                                        nx,
                                    ));
                                }
                            }
                            if self.phrase && self.folded(b.next) == "علي" {
                                if let Some(c) = self.cardinal_upto(b.next + 1, usize::MAX) {
                                    if let Value::Integer(cv @ 1..) = c.value {
                                        let q = Value::from_ratio(bv, cv, false);
                                        return Some((a.add(q), NumberKind::Fraction, c.next));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let w = self.analyze(next);
        match w.class() {
            // The decimal-point word: واحد فاصلة خمسة "one point five".
            Some(Class::Point) if !w.conj && next + 1 < n => {
                if self.toks[next + 1].kind == Tk::Digits {
                    let v = self.point_digits(a, next + 1)?;
                    return Some((v, NumberKind::Decimal, next + 2));
                }
                let q = self.cardinal_upto(next + 1, usize::MAX)?;
                let Value::Integer(f @ 0..) = q.value else {
                    return None;
                };
                let p10 = 10i128.checked_pow(f.to_string().len() as u32)?;
                Some((
                    a.add(Value::from_ratio(f, p10, true)),
                    NumberKind::Decimal,
                    q.next,
                ))
            }
            // واحد جزء من مئة "one part in a hundred"
            Some(Class::Part) if !w.conj => {
                if self.folded(next + 1) != "من" {
                    return None;
                }
                self.over(a, next + 2)
            }
            _ if self.phrase && self.folded(next) == "علي" => self.over(a, next + 1),
            _ => None,
        }
    }

    /// `a` divided by the positive cardinal starting at token `at`, as a fraction
    /// (جزء من مئة "part of a hundred", 3 على 4 "3 over 4").
    fn over(&mut self, a: Value, at: usize) -> Option<(Value, NumberKind, usize)> {
        let c = self.cardinal_upto(at, usize::MAX)?;
        let Value::Integer(cv @ 1..) = c.value else {
            return None;
        };
        Some((
            a.mul(Value::from_ratio(1, cv, false)),
            NumberKind::Fraction,
            c.next,
        ))
    }

    /// خمس، سبع، تسع، عشر، ست on their own: a count before an indefinite noun
    /// (خمس سنوات "five years"), a fraction before a definite one (خمس السكان
    /// "a fifth of the population"), else not a number.
    fn ambiguous_unit(&mut self, i: usize, info: WordInfo, e: Entry) -> Option<Parsed> {
        if info.prep || info.al {
            return None;
        }
        let k = i + 1;
        let t = self.toks[i];
        if k >= self.toks.len() || self.toks[k].kind != Tk::Word {
            if !self.phrase {
                return None;
            }
            // On its own in a phrase: the noun reading, خمس "a fifth", where there is one.
            let (v, kind) = if matches!(e.value, 5 | 7 | 9 | 10) {
                (Value::from_ratio(1, e.value, false), NumberKind::Fraction)
            } else {
                (Value::Integer(e.value), NumberKind::Cardinal)
            };
            return Some(Parsed::new(i, i + 1, info.text_start, t.end, v, kind));
        }
        let next = self.folded(k);
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
        // (folded word, the same without attached proclitics, start)
        let mut words: Vec<(String, String, usize)> = Vec::new();
        let mut k = first;
        while k > 0 && words.len() < 4 {
            k -= 1;
            if self.toks[k].kind != Tk::Word {
                break;
            }
            let f = self.folded(k);
            let stripped = strip_proclitics(&f).to_string();
            words.push((f, stripped, self.toks[k].start));
        }
        for (before, q, phrase) in &LEXICON.qualifiers {
            if !before || phrase.len() > words.len() {
                continue;
            }
            let m = phrase.len();
            let ok = phrase.iter().enumerate().rev().all(|(x, pw)| {
                let (w, stripped, _) = &words[m - 1 - x];
                w == pw || (x == 0 && stripped == pw)
            });
            if ok {
                return Some((*q, words[m - 1].2));
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
            self.folded(a.first - 1)
        } else {
            String::new()
        };
        let is = |w: &str| prev == w || strip_proclitics(&prev) == w;
        let hyphen = self.is_punct(j, &['-', '\u{2013}', '\u{2014}']);
        let b = if is("بين") && !hyphen {
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
        } else if is("من") && matches!(self.folded(j).as_str(), "الي" | "حتي") {
            self.number_at(j + 1)
        } else if hyphen
            && self.toks[a.first].kind == Tk::Digits
            && j + 1 < n
            && self.toks[j + 1].kind == Tk::Digits
            // a date part: 23 - 06 - 2015
            && !(a.first > 1
                && self.is_punct(a.first - 1, &['-', '/'])
                && self.toks[a.first - 2].kind == Tk::Digits)
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

    /// The scale word (ألف، مليون) that ends the number text of `p`, if any.
    fn scale_at_end(&mut self, p: &Parsed) -> Option<i128> {
        let k = (p.first..p.next)
            .rev()
            .find(|&k| self.toks[k].end == p.end)?;
        if self.toks[k].kind != Tk::Word {
            return None;
        }
        match self.analyze(k).entry {
            Some(e) if matches!(e.class, Class::Scale | Class::ScalePl | Class::Scale2) => {
                Some(e.value)
            }
            _ => None,
        }
    }

    /// Adds qualifiers and ranges to `p`, emits it, and returns the next token.
    fn finish(&mut self, mut p: Parsed) -> usize {
        if p.qualifier == Qualifier::Exact {
            if let Some(mut b) = self.range_end(&p) {
                // بين 10 و20 ألف دولار "between 10 and 20 thousand dollars": the first
                // end shares the second's scale word and unit.
                if let (None, Some(s)) = (self.scale_at_end(&p), self.scale_at_end(&b)) {
                    let scaled = p.value.mul(Value::Integer(s));
                    if ge(b.value, scaled) && b.value != scaled {
                        p.value = scaled;
                    }
                }
                if p.unit.is_none() {
                    p.unit = b.unit;
                }
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

/// `1 / v`.
fn recip(v: Value) -> Value {
    match v.to_ratio() {
        Some((n, d)) if n != 0 => Value::from_ratio(d, n, true),
        _ => Value::TooLarge,
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
