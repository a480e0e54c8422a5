//! Conservative proclitic splitting; see [`split_clitics`].

use std::sync::LazyLock;

use super::class::{classify, Cls};
use crate::span::Span;

static STOP_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&str> =
        crate::lexicon::entries(include_str!("data/clitic_stop_words.txt")).collect();
    v.sort_unstable();
    v.dedup();
    v
});

fn is_stop(bare: &str) -> bool {
    STOP_WORDS.binary_search(&bare).is_ok()
}

/// A word split into proclitics and a stem; see [`split_clitics`].
///
/// Offsets are relative to the text the word came from: 0 for
/// [`split_clitics`], the token's start for
/// [`Token::clitics`](super::Token::clitics).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Clitics<'a> {
    word: &'a str,
    offset: usize,
    /// End byte (within `word`) of each proclitic.
    ends: [usize; 3],
    count: u8,
}

impl<'a> Clitics<'a> {
    pub(crate) fn unsplit(word: &'a str, offset: usize) -> Clitics<'a> {
        Clitics {
            word,
            offset,
            ends: [0; 3],
            count: 0,
        }
    }

    /// The whole word.
    #[inline]
    pub fn word(&self) -> &'a str {
        self.word
    }

    /// True when at least one proclitic was split off.
    #[inline]
    pub fn is_split(&self) -> bool {
        self.count > 0
    }

    /// The proclitics, outermost first: `و`, `ف`, `ب`, `ك`, `ل`, `ال` or `لل`
    /// (each with any diacritics or tatweel written on it).
    #[inline]
    pub fn proclitics(&self) -> Proclitics<'a> {
        Proclitics {
            word: self.word,
            ends: self.ends,
            count: self.count,
            next: 0,
        }
    }

    /// All proclitics together (`وبال` in `وبالتالي`), or `""`.
    #[inline]
    pub fn prefix(&self) -> &'a str {
        &self.word[..self.stem_offset()]
    }

    /// The word without its proclitics.
    #[inline]
    pub fn stem(&self) -> &'a str {
        &self.word[self.stem_offset()..]
    }

    /// Byte offset of the stem within the word.
    #[inline]
    pub fn stem_offset(&self) -> usize {
        match self.count {
            0 => 0,
            n => self.ends[n as usize - 1],
        }
    }

    /// Span of the stem.
    #[inline]
    pub fn stem_span(&self) -> Span {
        Span::new(
            self.offset + self.stem_offset(),
            self.offset + self.word.len(),
        )
    }

    /// Spans of the proclitics, outermost first, then of the stem.
    pub fn spans(&self) -> impl Iterator<Item = Span> + 'a {
        let offset = self.offset;
        let mut start = 0;
        let ends = self.ends;
        let len = self.word.len();
        ends.into_iter()
            .take(self.count as usize)
            .chain(core::iter::once(len))
            .map(move |end| {
                let span = Span::new(offset + start, offset + end);
                start = end;
                span
            })
    }
}

/// Iterator over the proclitics of a word, outermost first; see
/// [`Clitics::proclitics`].
#[derive(Clone, Debug)]
pub struct Proclitics<'a> {
    word: &'a str,
    ends: [usize; 3],
    count: u8,
    next: u8,
}

impl<'a> Iterator for Proclitics<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.next >= self.count {
            return None;
        }
        let i = self.next as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.next += 1;
        Some(&self.word[start..self.ends[i]])
    }
}

/// Splits the proclitics off one Arabic word, conservatively.
///
/// Arabic writes the conjunctions و ف ("and", "so"), the prepositions ب ك ل
/// ("with", "like", "for") and the article ال ("the") attached to the next
/// word. [`split_clitics`] takes them off one word, but only where the split
/// is nearly certain:
///
/// - the article: `ال` + stem, with و or ب or both before it (`وبالتالي` →
///   `و` `ب` `ال` `تالي`); after ل the article's alef is not written, and
///   `لل` is one piece (`للحكومة` → `لل` `حكومة`, `فللمرة` → `ف` `لل` `مرة`).
///   ف and ك right before ال are not split: on news text they begin foreign
///   names far more often (فالنسيا Valencia, كاليفورنيا California);
/// - a conjunction or preposition before a hamza-initial word (`وأضاف` → `و`
///   `أضاف`, `بأن` → `ب` `أن`), where the letters أ إ آ cannot continue a stem
///   that began with و ف ب ك ل in common words.
///
/// A bare و/ف/ب/ك/ل before any other letter is never split (وزير "minister",
/// فلسطين "Palestine", بيان "statement" would be broken); the hamzated
/// `أل` `إل` `آل` never count as the article (إلى "to", ألف "thousand"); the
/// stem keeps at least two letters; and words from a stop list
/// (`data/clitic_stop_words.txt`: الذي، الله، الآن، التقى، والد، كأس …) are not
/// broken, neither as a whole word nor as what is left after an outer
/// proclitic (`والذي` → `و` `الذي`). Enclitic pronouns are not split.
///
/// Words that are not purely Arabic letters with diacritics come back
/// unsplit.
///
/// ```
/// use arabic_news::tokenize::split_clitics;
///
/// let parts = split_clitics("وللمرة"); // "and for the time"
/// assert_eq!(parts.proclitics().collect::<Vec<_>>(), ["و", "لل"]);
/// assert_eq!(parts.stem(), "مرة");
///
/// assert!(!split_clitics("إلى").is_split()); // "to": أل is not the article
/// assert!(!split_clitics("الذي").is_split()); // "which": a stop word
/// assert!(!split_clitics("وزير").is_split()); // "minister": و is a root letter
/// ```
pub fn split_clitics(word: &str) -> Clitics<'_> {
    split_at(word, 0)
}

/// How many leading letters are looked at.
const LOOK: usize = 6;
/// Longest bare word checked against the stop list, in bytes.
const BARE: usize = 48;

pub(crate) fn split_at(word: &str, offset: usize) -> Clitics<'_> {
    let unsplit = Clitics::unsplit(word, offset);
    // Letters without marks: the first LOOK with the byte where each ends in
    // `word` (marks and tatweel after a letter belong to it), the bare form
    // (letters only) for the stop list, and where each letter starts in it.
    let mut letters = ['\0'; LOOK];
    let mut letter_end = [0usize; LOOK];
    let mut bare_start = [0usize; LOOK];
    let mut bare = [0u8; BARE];
    let mut bare_len = 0;
    let mut bare_fits = true;
    let mut n = 0;
    for (i, c) in word.char_indices() {
        match classify(c) {
            Cls::ArLetter => {
                if n < LOOK {
                    letters[n] = c;
                    letter_end[n] = i + c.len_utf8();
                    bare_start[n] = bare_len;
                }
                n += 1;
                if bare_len + c.len_utf8() <= BARE {
                    c.encode_utf8(&mut bare[bare_len..]);
                    bare_len += c.len_utf8();
                } else {
                    bare_fits = false;
                }
            }
            Cls::Mark | Cls::Tatweel | Cls::Format => {
                if n == 0 {
                    return unsplit;
                }
                if n <= LOOK {
                    letter_end[n - 1] = i + c.len_utf8();
                }
            }
            _ => return unsplit,
        }
    }
    if n < 3 {
        return unsplit;
    }
    let bare = core::str::from_utf8(&bare[..bare_len]).unwrap_or("");
    // Is the word from letter `k` on a stop word?
    let stop_from = |k: usize| bare_fits && is_stop(&bare[bare_start[k]..]);
    if stop_from(0) {
        return unsplit;
    }
    let l = |k: usize| if k < LOOK { letters[k] } else { '\0' };
    let is_article = |k: usize| l(k) == 'ا' && l(k + 1) == 'ل';
    let is_hamza = |k: usize| matches!(l(k), 'أ' | 'إ' | 'آ');

    let conj = matches!(l(0), 'و' | 'ف');
    // Cut points (letter indices where the next piece starts), outermost first.
    let mut cuts = [0usize; 3];
    let mut count = 0;
    for k in [usize::from(conj), 0] {
        count = 0;
        if k == 1 {
            cuts[0] = 1;
            count = 1;
        }
        let prep = l(k);
        // ف and ك right before ال are mostly foreign names on the bench
        // corpus (فالنسيا Valencia, كاليفورنيا California, وكالات agencies):
        // only ب takes the article after it, and ف only before بال / لل.
        let fa_article = k == 1 && l(0) == 'ف' && is_article(1);
        if prep == 'ب' && is_article(k + 1) {
            cuts[count] = k + 1;
            cuts[count + 1] = k + 3;
            count += 2;
        } else if (prep == 'ل' && l(k + 1) == 'ل') || (is_article(k) && !fa_article) {
            // لل (ل + the article without its alef) or ال
            cuts[count] = k + 2;
            count += 1;
        } else if matches!(prep, 'ب' | 'ك' | 'ل') && is_hamza(k + 1) {
            cuts[count] = k + 1;
            count += 1;
        } else if k == 1 && is_hamza(1) {
            // the conjunction alone before a hamza-initial word
        } else {
            count = 0;
        }
        if count > 0 && n - cuts[count - 1] >= 2 {
            break;
        }
        count = 0;
        if k == 0 {
            break;
        }
    }
    // Stop at the first cut whose remainder is a stop word.
    if let Some(i) = cuts[..count].iter().position(|&k| stop_from(k)) {
        count = i + 1;
    }
    let mut ends = [0usize; 3];
    for (end, &k) in ends.iter_mut().zip(&cuts[..count]) {
        *end = letter_end[k - 1];
    }
    Clitics {
        word,
        offset,
        ends,
        count: count as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(w: &str) -> Vec<&str> {
        let c = split_clitics(w);
        let mut v: Vec<&str> = c.proclitics().collect();
        v.push(c.stem());
        v
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("الحكومة", &["ال", "حكومة"]),
            ("والحكومة", &["و", "ال", "حكومة"]),
            ("بالتالي", &["ب", "ال", "تالي"]),
            ("وبالتالي", &["و", "ب", "ال", "تالي"]),
            ("فبالتالي", &["ف", "ب", "ال", "تالي"]),
            ("كالعادة", &["كالعادة"]),
            ("كاليفورنيا", &["كاليفورنيا"]),
            ("فالنسيا", &["فالنسيا"]),
            ("للحكومة", &["لل", "حكومة"]),
            ("وللمرة", &["و", "لل", "مرة"]),
            ("فللمرة", &["ف", "لل", "مرة"]),
            ("وأضاف", &["و", "أضاف"]),
            ("فإن", &["ف", "إن"]),
            ("بأن", &["ب", "أن"]),
            ("لأن", &["ل", "أن"]),
            ("ولأن", &["و", "ل", "أن"]),
            ("والذي", &["و", "الذي"]),
            ("وكأسا", &["و", "كأسا"]),
            ("وكأس", &["و", "كأس"]),
            ("الْحُكُومَةُ", &["الْ", "حُكُومَةُ"]),
            ("بـالعربية", &["بـ", "ال", "عربية"]),
            // not split
            ("إلى", &["إلى"]),
            ("ألف", &["ألف"]),
            ("آلاف", &["آلاف"]),
            ("الذي", &["الذي"]),
            ("الله", &["الله"]),
            ("التقى", &["التقى"]),
            ("وزير", &["وزير"]),
            ("فلسطين", &["فلسطين"]),
            ("بين", &["بين"]),
            ("لكن", &["لكن"]),
            ("فقط", &["فقط"]),
            ("وكالة", &["وكالة"]),
            ("وكالات", &["وكالات"]),
            ("والي", &["والي"]),
            ("والده", &["والده"]),
            ("بالغة", &["بالغة"]),
            ("كأس", &["كأس"]),
            ("الم", &["الم"]),
            ("لله", &["لله"]),
            ("Reuters", &["Reuters"]),
            ("و3", &["و3"]),
            ("", &[""]),
        ];
        for (word, want) in cases {
            assert_eq!(&parts(word), want, "{word}");
        }
    }

    #[test]
    fn spans_cover_the_word() {
        let c = split_clitics("وبالتالي");
        let spans: Vec<_> = c.spans().map(|s| &"وبالتالي"[s]).collect();
        assert_eq!(spans, ["و", "ب", "ال", "تالي"]);
        assert_eq!(c.prefix(), "وبال");
    }
}
