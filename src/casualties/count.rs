//! Reading the count of a figure from tokens: digits, number words (خمسة وعشرون ألفا),
//! vague words (عشرات), a qualifier before (أكثر من) or after (على الأقل), ranges
//! (بين 200 و300).
//!
//! This is a small private reader working on the matcher's tokens, so that a count is
//! read only where a trigger asks for one; values agree with the `numbers` module.

use super::lexicon::{fold_into, NumKind, Qual, DEF, WA};
use super::matcher::Ctx;
use super::scan::{parse_digits, Kind};
use super::{Count, Qualifier, Value};
use crate::numbers::{self, NumberKind};

/// A count read at a token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Read {
    /// First token, including a qualifier before the number.
    pub first: usize,
    /// First token of the number itself.
    pub num: usize,
    /// One past the last token of the number.
    pub end: usize,
    pub value: f64,
    pub vague: bool,
    pub qual: Option<Qual>,
    pub range_max: Option<f64>,
}

impl Read {
    /// The public count, with the interval the qualifier implies (conventions of the
    /// `numbers` module); `None` when the value is not a whole number of people.
    pub(crate) fn count(&self, cx: &Ctx<'_>, post: Option<Qual>) -> Option<Count> {
        let mut v = self.value;
        // The value of the number phrase as the numbers module reads it, where it reads one.
        // A lone مليونا before its noun is a dual the phrase alone cannot show.
        let dual = self.end == self.num + 1 && dual_construct(cx, self.num);
        if !self.vague && self.end > self.num && !dual {
            let span = cx.span(self.num, self.end);
            if let Some(n) = numbers::parse(&cx.text[span.start..span.end]) {
                if n.kind == NumberKind::Cardinal {
                    if let Some(x) = n.value.as_u64() {
                        v = x as f64;
                    }
                }
            }
        }
        // No casualty figure runs to billions: 25 مليار is money or a forecast.
        if !(v >= 0.0 && v.fract() == 0.0 && v < 1e9) {
            return None;
        }
        let value = v as i128;
        let int = Value::Integer;
        if self.vague {
            // عشرات (tens) -> 10, at least 20; بضعة (a few) -> 3, 3..=9.
            let (min, max) = if value >= 10 {
                (Some(int(value * 2)), None)
            } else {
                (Some(int(value)), Some(int(9)))
            };
            return Some(Count {
                value: int(value),
                min,
                max,
                qualifier: Qualifier::Vague,
            });
        }
        if let Some(m) = self.range_max {
            if m.fract() == 0.0 && m >= v && m < 1e15 {
                return Some(Count {
                    value: int(value),
                    min: Some(int(value)),
                    max: Some(int(m as i128)),
                    qualifier: Qualifier::Range,
                });
            }
        }
        let (qualifier, min, max) = match self.qual.or(post) {
            None => (Qualifier::Exact, None, None),
            Some(Qual::Approximate) => (Qualifier::Approximate, None, None),
            Some(Qual::AtLeast) => (Qualifier::AtLeast, Some(int(value)), None),
            Some(Qual::MoreThan) => (Qualifier::MoreThan, Some(int(value + 1)), None),
            Some(Qual::AtMost) => (Qualifier::AtMost, None, Some(int(value))),
            Some(Qual::LessThan) => (Qualifier::LessThan, None, Some(int(value - 1))),
        };
        Some(Count {
            value: int(value),
            min,
            max,
            qualifier,
        })
    }
}

/// Reads the number starting at token `i` (digits or words). Returns value, end, vague.
pub(crate) fn read_number(cx: &Ctx<'_>, i: usize) -> Option<(f64, usize, bool)> {
    let toks = cx.toks;
    let t = toks.get(i)?;
    match t.kind {
        Kind::Num => {
            let mut v = parse_digits(&cx.text[t.start..t.end])?;
            let mut j = i + 1;
            if let Some((s, NumKind::Scale | NumKind::ScalePl)) = cx.num(j) {
                if toks[j].pre & WA == 0 {
                    v *= s as f64;
                    j += 1;
                    // 36 ألفا و400: the rest after the scale.
                    if let Some(t2) = toks.get(j) {
                        let own_scale = matches!(
                            cx.num(j + 1),
                            Some((_, NumKind::Scale | NumKind::ScalePl | NumKind::Scale2))
                        );
                        if t2.kind == Kind::Num && t2.pre & WA != 0 && !own_scale {
                            if let Some(rest) = parse_digits(&cx.text[t2.start..t2.end]) {
                                if rest < s as f64 {
                                    v += rest;
                                    j += 1;
                                }
                            }
                        }
                    }
                }
            }
            Some((v, j, false))
        }
        Kind::Word => {
            let (v0, k0) = cx.num(i)?;
            if k0 == NumKind::Half {
                // نصف مليون "half a million": only before a scale word; ونصف continues a
                // number before it (مليون ونصف المليون) and starts none.
                if t.pre & WA != 0 {
                    return None;
                }
                return match cx.num(i + 1) {
                    Some((s, NumKind::Scale)) if toks[i + 1].pre & WA == 0 && v0 > 0 => {
                        Some((s as f64 / v0 as f64, i + 2, false))
                    }
                    _ => None,
                };
            }
            if matches!(k0, NumKind::Vague | NumKind::ScalePl) {
                let mut v = v0 as f64;
                let mut j = i + 1;
                if let Some((s, NumKind::Scale | NumKind::ScalePl)) = cx.num(j) {
                    if toks[j].pre & WA == 0 {
                        v *= s as f64;
                        j += 1;
                    }
                }
                return Some((v, j, true));
            }
            let mut total = 0.0f64;
            let mut cur = 0.0f64;
            let mut prev: Option<NumKind> = None;
            let mut last_scale = 0.0f64;
            let mut j = i;
            while j < toks.len() {
                let t = toks[j];
                let wa = t.pre & WA != 0;
                if prev.is_some() && t.kind == Kind::Num && wa {
                    // ستة آلاف و259
                    if matches!(
                        prev,
                        Some(NumKind::Scale | NumKind::ScalePl | NumKind::Hundred)
                    ) {
                        if let Some(d) = parse_digits(&cx.text[t.start..t.end]) {
                            cur += d;
                            j += 1;
                            prev = Some(NumKind::Unit);
                            continue;
                        }
                    }
                    break;
                }
                let Some((v, k)) = cx.num(j) else { break };
                if k == NumKind::Half {
                    // مليون ونصف (المليون) "a million and a half": half the scale before,
                    // with the scale word repeated or not; the number ends there.
                    if wa && matches!(prev, Some(NumKind::Scale | NumKind::ScalePl)) && v > 0 {
                        total += last_scale / v as f64;
                        j += 1;
                        if matches!(cx.num(j), Some((_, NumKind::Scale))) && toks[j].pre & WA == 0 {
                            j += 1;
                        }
                    }
                    break;
                }
                let v = v as f64;
                if let Some(p) = prev {
                    let teen = k == NumKind::Unit
                        && v == 10.0
                        && !wa
                        && matches!(p, NumKind::Unit | NumKind::TeenUnit)
                        && cur > 0.0
                        && cur < 10.0;
                    let times_hundred = k == NumKind::Hundred
                        && v == 100.0
                        && !wa
                        && p == NumKind::Unit
                        && cur > 0.0
                        && cur < 10.0;
                    let scale = matches!(k, NumKind::Scale | NumKind::ScalePl) && !wa;
                    if scale {
                        last_scale = v;
                    }
                    if teen {
                        cur += 10.0;
                    } else if times_hundred {
                        cur *= 100.0;
                        prev = Some(NumKind::Hundred);
                        j += 1;
                        continue;
                    } else if scale {
                        total += cur.max(1.0) * v;
                        cur = 0.0;
                    } else if wa && !matches!(k, NumKind::Vague | NumKind::Scale | NumKind::ScalePl)
                    {
                        cur += v;
                    } else {
                        break;
                    }
                } else {
                    match k {
                        // مليونا شخص "two million people": a dual in construct (a
                        // noun right after it; after a number it is 29 ألفا, one).
                        NumKind::Scale if dual_construct(cx, j) => {
                            total += 2.0 * v;
                            last_scale = v;
                        }
                        NumKind::Scale => {
                            total += v;
                            last_scale = v;
                        }
                        _ => cur += v,
                    }
                }
                prev = Some(k);
                j += 1;
            }
            if prev == Some(NumKind::TeenUnit) && j == i + 1 {
                // أحد / إحدى alone: "one of", not a count.
                return None;
            }
            Some((total + cur, j, false))
        }
        _ => None,
    }
}

/// True when the scale word at `j` (ألفا، مليونا، مليارا) is the nominative dual in
/// construct: an indefinite word with no و right after it (مليونا شخص).
fn dual_construct(cx: &Ctx<'_>, j: usize) -> bool {
    let (Some(t), Some(next)) = (cx.toks.get(j), cx.toks.get(j + 1)) else {
        return false;
    };
    let raw = &cx.text[t.start..t.end];
    let mut folded = String::new();
    fold_into(raw, &mut folded);
    // With tanween (ألفًا، مليوناً) it is the accusative singular.
    !raw.contains('\u{64B}')
        && folded.ends_with('ا')
        && next.kind == Kind::Word
        && next.pre & (WA | DEF) == 0
        && !cx.text[next.start..next.end].starts_with('و')
        && {
            // A noun in construct cannot be followed by a preposition: ألفا من المدنيين.
            let mut w = String::new();
            fold_into(&cx.text[next.start..next.end], &mut w);
            !matches!(
                w.as_str(),
                "من" | "في" | "علي" | "الي" | "عن" | "مع" | "منذ" | "خلال" | "او" | "ام"
            )
        }
        && next.start == t.end + 1
        && cx.num(j + 1).is_none()
}

/// Reads a count at token `i`: a qualifier before it is looked for at `i - len`.
/// `i` is the first token of the number. Numbers with the article (الثلاثة) are refused
/// unless `allow_def`.
pub(crate) fn read_count(cx: &Ctx<'_>, i: usize, allow_def: bool) -> Option<Read> {
    let t = cx.toks.get(i)?;
    let (value, end, vague) = read_number(cx, i)?;
    // الثلاثة "the three" refers back; الآلاف / العشرات "the thousands" is a count.
    if t.pre & DEF != 0 && !allow_def && !vague {
        return None;
    }
    let mut first = i;
    let mut qual = None;
    let mut best = 0;
    for p in &cx.lx.phrases {
        if let Some((q, true)) = p.qual {
            let n = p.ids.len();
            if n > best && n <= i && cx.ids_at(i - n, &p.ids) {
                best = n;
                qual = Some(q);
                first = i - n;
            }
        }
    }
    // Ranges: بين 200 و300، ما بين 200 إلى 300.
    let mut range_max = None;
    let mut end = end;
    if i >= 1 && cx.is(i - 1, cx.lx.words.bain) && !vague {
        let mut j = end;
        let mut ok = false;
        if j < cx.toks.len() && (cx.is(j, cx.lx.words.ila) || cx.is(j, cx.lx.words.ila2)) {
            j += 1;
            ok = true;
        } else if j < cx.toks.len() && cx.toks[j].pre & WA != 0 {
            ok = true;
        } else if cx.kind(j) == Some(Kind::Word)
            && cx.num(j).is_none()
            && cx.toks.get(j + 1).is_some_and(|t| t.pre & WA != 0)
        {
            // بين 110 مدنيين و150 مدنيا: the noun after the first end.
            j += 1;
            ok = true;
        }
        if ok {
            if let Some((m, e, false)) = read_number(cx, j) {
                if m > value {
                    range_max = Some(m);
                    end = e;
                    first = i - 1;
                    if i >= 2 && cx.word_is(i - 2, "ما") {
                        first = i - 2;
                    }
                }
            }
        }
    }
    Some(Read {
        first,
        num: i,
        end,
        value,
        vague,
        qual,
        range_max,
    })
}

/// A qualifier after a count (على الأقل، تقريبا) starting at token `j`: its kind and end.
pub(crate) fn post_qual(cx: &Ctx<'_>, j: usize) -> Option<(Qual, usize)> {
    for p in &cx.lx.phrases {
        if let Some((q, false)) = p.qual {
            if cx.ids_at(j, &p.ids) {
                return Some((q, j + p.ids.len()));
            }
        }
    }
    None
}
