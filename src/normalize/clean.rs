//! [`clean_article`]: paragraphs without the boilerplate of news web pages.

use std::sync::LazyLock;

use super::chars::is_control;
use super::search_normalizer;
use crate::{Fragment, Span};

/// Why [`clean_article`] removed a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Boilerplate {
    /// A comment button: `اترك تعليقاً` ("leave a comment").
    CommentButton,
    /// A back-to-top button: `زر الذهاب إلى الأعلى` ("go to top button").
    BackToTop,
    /// A share or follow line: `شارك على فيسبوك` ("share on Facebook").
    Social,
    /// App promotion: `يمكنكم تسلم إشعارات ...` ("you can receive notifications ...").
    AppPromotion,
    /// An opinion disclaimer: `جميع المقالات المنشورة تمثل رأي كتابها`
    /// ("all published articles represent their writers' opinion").
    Disclaimer,
    /// A related-link line: `اقرأ أيضاً:` ("read also:"), `للمزيد:` ("for more:").
    RelatedLink,
    /// A title listed under a related-link line.
    RelatedTitle,
    /// A wire-service trailer: `// انتهى //` ("end"), `// يتبع //` ("continues").
    WireTrailer,
    /// Page navigation: `Next Previous`.
    Navigation,
    /// A separator line of dashes, stars or `×××`.
    Separator,
    /// A credit or copyright line under an opinion piece: `*نقلاً عن ...`
    /// ("*reprinted from ...").
    Credit,
}

impl Boilerplate {
    /// The name used in JSON: `comment_button`, `related_title`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Boilerplate::CommentButton => "comment_button",
            Boilerplate::BackToTop => "back_to_top",
            Boilerplate::Social => "social",
            Boilerplate::AppPromotion => "app_promotion",
            Boilerplate::Disclaimer => "disclaimer",
            Boilerplate::RelatedLink => "related_link",
            Boilerplate::RelatedTitle => "related_title",
            Boilerplate::WireTrailer => "wire_trailer",
            Boilerplate::Navigation => "navigation",
            Boilerplate::Separator => "separator",
            Boilerplate::Credit => "credit",
        }
    }

    fn parse(s: &str) -> Option<Boilerplate> {
        Some(match s {
            "comment_button" => Boilerplate::CommentButton,
            "back_to_top" => Boilerplate::BackToTop,
            "social" => Boilerplate::Social,
            "app_promotion" => Boilerplate::AppPromotion,
            "disclaimer" => Boilerplate::Disclaimer,
            "related_link" => Boilerplate::RelatedLink,
            "wire_trailer" => Boilerplate::WireTrailer,
            "navigation" => Boilerplate::Navigation,
            "credit" => Boilerplate::Credit,
            _ => return None,
        })
    }
}

/// A line [`clean_article`] removed, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RemovedLine<'a> {
    /// The line, without surrounding whitespace.
    pub line: Fragment<'a>,
    /// Why it was removed.
    pub reason: Boilerplate,
}

/// The result of [`clean_article`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CleanedArticle<'a> {
    /// The kept paragraphs, in order, without surrounding whitespace.
    pub paragraphs: Vec<Fragment<'a>>,
    /// The removed lines, in order.
    pub removed: Vec<RemovedLine<'a>>,
}

impl CleanedArticle<'_> {
    /// The kept paragraphs separated by a blank line.
    pub fn text(&self) -> String {
        let len: usize = self.paragraphs.iter().map(|p| p.as_str().len() + 2).sum();
        let mut out = String::with_capacity(len);
        for (i, p) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            out.push_str(p.as_str());
        }
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Line,
    Prefix,
    List,
    Starred,
    Slashed,
}

struct Entry {
    reason: Boilerplate,
    kind: Kind,
    phrase: String,
}

static ENTRIES: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("data/boilerplate.txt"))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let reason = Boilerplate::parse(f.next()?.trim())?;
            let kind = match f.next()?.trim() {
                "line" => Kind::Line,
                "prefix" => Kind::Prefix,
                "list" => Kind::List,
                "starred" => Kind::Starred,
                "slashed" => Kind::Slashed,
                _ => return None,
            };
            let phrase = key(f.next()?);
            Some(Entry {
                reason,
                kind,
                phrase,
            })
        })
        .collect()
});

/// Lines longer than this (in words) are never boilerplate, except separators.
const MAX_WORDS: usize = 40;
/// Share/follow lines are short.
const MAX_SOCIAL_WORDS: usize = 8;
/// Related titles are headlines: short, without a final full stop.
const MAX_TITLE_WORDS: usize = 16;
/// At most this many titles are taken below one related-link line.
const MAX_TITLES: usize = 6;

/// The comparison key of a line: search-normalized, ASCII lowercased,
/// punctuation and symbols trimmed from both ends, spaces collapsed.
fn key(line: &str) -> String {
    let n = search_normalizer().normalize_str(line);
    let mut out = String::with_capacity(n.len());
    for word in n.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let trimmed = out.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.to_lowercase()
}

fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || is_control(c)
}

fn is_separator(line: &str) -> bool {
    let mut marks = 0;
    for c in line.chars() {
        match c {
            '-' | '–' | '—' | '_' | '=' | '*' | '×' | '~' | '•' | '·' | '+' | '#' | '.' => {
                marks += 1
            }
            c if is_blank_char(c) => {}
            _ => return false,
        }
    }
    marks >= 3
}

/// True when `key` starts with `phrase` followed by the end or a non-letter.
fn starts_with_phrase(key: &str, phrase: &str) -> bool {
    key.strip_prefix(phrase)
        .is_some_and(|rest| rest.chars().next().map_or(true, |c| !c.is_alphanumeric()))
}

/// What a line is, as far as the boilerplate rules go.
struct Match {
    reason: Boilerplate,
    /// The title-like lines below it are related titles.
    takes_titles: bool,
}

fn classify(line: &str) -> Option<Match> {
    if is_separator(line) {
        return Some(Match {
            reason: Boilerplate::Separator,
            takes_titles: false,
        });
    }
    let words = line.split_whitespace().count();
    if words > MAX_WORDS {
        return None;
    }
    let k = key(line);
    if k.is_empty() {
        return None;
    }
    for e in ENTRIES.iter() {
        let hit = match e.kind {
            Kind::Line => k == e.phrase,
            // "للمزيد: <title>" is a link, "للمزيد من ..." may be a sentence.
            Kind::Prefix | Kind::List if e.reason == Boilerplate::RelatedLink => {
                starts_with_phrase(&k, &e.phrase)
                    && k[e.phrase.len()..]
                        .trim_start()
                        .chars()
                        .next()
                        .map_or(true, |c| !c.is_alphanumeric())
            }
            Kind::Prefix | Kind::List => starts_with_phrase(&k, &e.phrase),
            Kind::Starred => line.starts_with('*') && starts_with_phrase(&k, &e.phrase),
            Kind::Slashed => k == e.phrase && (line.starts_with("//") || line.ends_with("//")),
        };
        if !hit || (e.reason == Boilerplate::Social && words > MAX_SOCIAL_WORDS) {
            continue;
        }
        let header_only = k == e.phrase && e.reason == Boilerplate::RelatedLink;
        return Some(Match {
            reason: e.reason,
            takes_titles: e.kind == Kind::List || header_only,
        });
    }
    None
}

/// A headline: short, and not ending like a sentence.
fn is_title_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let last = line.chars().next_back();
    words > 0
        && words <= MAX_TITLE_WORDS
        && !matches!(
            last,
            Some('.' | '!' | '؟' | '?' | ':' | '…' | '،' | '؛' | ',' | ';')
        )
}

/// Splits an article into paragraphs (its non-blank lines) and removes the
/// boilerplate lines of news web pages.
///
/// Removed: comment and back-to-top buttons, share/follow lines, app
/// promotion, opinion disclaimers, related-link lines (`اقرأ أيضاً:`,
/// `للمزيد:`) and the titles listed under them, wire trailers (`// انتهى //`),
/// `Next Previous`, separator lines, and `*نقلاً عن ...` credit lines. The
/// phrases are a data file (`src/normalize/data/boilerplate.txt`); lines of
/// more than 40 words are always kept.
///
/// Every span is on the original text and excludes surrounding whitespace.
///
/// ```
/// use arabic_news::normalize::{clean_article, Boilerplate};
///
/// let article = "قال الوزير إن المفاوضات مستمرة.\n\
///                اقرأ أيضاً:\n\
///                الأمم المتحدة تدعو إلى وقف إطلاق النار\n\
///                وأضاف أن الوفد سيعود الأسبوع المقبل.\n\
///                ----------\n\
///                ** جميع المقالات المنشورة تمثل رأي كتابها فقط.\n";
/// let cleaned = clean_article(article);
/// // "The minister said the negotiations continue." / "He added that the
/// // delegation will return next week."
/// assert_eq!(cleaned.paragraphs.len(), 2);
/// let reasons: Vec<_> = cleaned.removed.iter().map(|r| r.reason).collect();
/// assert_eq!(reasons, [
///     Boilerplate::RelatedLink,  // "read also:"
///     Boilerplate::RelatedTitle, // "the UN calls for a ceasefire"
///     Boilerplate::Separator,
///     Boilerplate::Disclaimer,   // "all published articles represent ..."
/// ]);
/// ```
pub fn clean_article(text: &str) -> CleanedArticle<'_> {
    let mut cleaned = CleanedArticle::default();
    let mut titles_left = 0;
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = start;
        start += raw.len();
        let trimmed = raw.trim_start_matches(is_blank_char);
        let offset = line_start + (raw.len() - trimmed.len());
        let line = trimmed.trim_end_matches(is_blank_char);
        if line.is_empty() {
            continue;
        }
        let fragment = Fragment::new(text, Span::new(offset, offset + line.len()));
        if let Some(m) = classify(line) {
            titles_left = if m.takes_titles { MAX_TITLES } else { 0 };
            cleaned.removed.push(RemovedLine {
                line: fragment,
                reason: m.reason,
            });
        } else if titles_left > 0 && is_title_like(line) {
            titles_left -= 1;
            cleaned.removed.push(RemovedLine {
                line: fragment,
                reason: Boilerplate::RelatedTitle,
            });
        } else {
            titles_left = 0;
            cleaned.paragraphs.push(fragment);
        }
    }
    cleaned
}
