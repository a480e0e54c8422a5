//! Tokenization and sentence splitting. (First version: whitespace split; the
//! full scanner is issue #4.)

use crate::span::{Fragment, Span};

/// What a token is.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum TokenKind {
    /// A word in Arabic script.
    ArabicWord,
    /// A word in Latin or another script.
    Word,
    /// A number written in digits.
    Number,
    /// One punctuation character.
    Punctuation,
    /// A symbol.
    Symbol,
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag.
    Hashtag,
    /// A mention.
    Mention,
    /// An emoji sequence.
    Emoji,
}

/// A token borrowed from the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    text: &'a str,
    start: usize,
    kind: TokenKind,
}

impl<'a> Token<'a> {
    /// The token's text.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    /// The byte span in the input.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }
    /// The token's kind.
    pub fn kind(&self) -> TokenKind {
        self.kind
    }
}

/// Iterator over the tokens of a text.
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;
    fn next(&mut self) -> Option<Token<'a>> {
        let rest = &self.text[self.pos..];
        let skip = rest.len() - rest.trim_start().len();
        let start = self.pos + skip;
        let rest = &self.text[start..];
        if rest.is_empty() {
            self.pos = self.text.len();
            return None;
        }
        let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        self.pos = start + len;
        let text = &rest[..len];
        let kind = if text.chars().all(|c| c.is_ascii_digit()) {
            TokenKind::Number
        } else {
            TokenKind::ArabicWord
        };
        Some(Token { text, start, kind })
    }
}

/// Tokenizes `text`.
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

/// Iterator over sentences.
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Fragment<'a>;
    fn next(&mut self) -> Option<Fragment<'a>> {
        while self.pos < self.text.len() {
            let rest = &self.text[self.pos..];
            let end = rest
                .find(['\n', '.', '؟', '?', '!'])
                .map(|i| i + rest[i..].chars().next().map_or(0, char::len_utf8))
                .unwrap_or(rest.len());
            let start = self.pos;
            self.pos += end;
            let piece = &self.text[start..self.pos];
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let s = start + (piece.len() - piece.trim_start().len());
                return Some(Fragment::new(self.text, Span::new(s, s + trimmed.len())));
            }
        }
        None
    }
}

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, pos: 0 }
}
