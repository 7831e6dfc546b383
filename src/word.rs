//! Words as UAX #29 defines them: for counting words and for checking match boundaries.

use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// A word of the text: its span and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    /// Where the word is in the analysed text.
    pub span: Span,
    /// The word as written.
    pub text: &'t str,
}

impl Word<'_> {
    /// Whether the word starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the word is made of digits (allowing `,` and `.` inside, as in 1,000 or 3.5).
    pub fn is_number(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
    }

    /// Case-insensitive comparison with a lower-case ASCII word.
    pub fn is(&self, lower: &str) -> bool {
        self.text.eq_ignore_ascii_case(lower)
    }
}

/// The words of `text[span]`, with spans into `text`.
pub fn words(text: &str, span: Span) -> Vec<Word<'_>> {
    span.slice(text)
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| Word {
            span: Span::new(span.start + i, span.start + i + w.len()),
            text: w,
        })
        .collect()
}

/// Number of words in `text`.
pub fn count(text: &str) -> usize {
    text.unicode_words().count()
}

/// Whether `c` continues a word (so a match ending or starting next to it is inside a word).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_with_spans() {
        let text = "It’s 3.5 times, isn't it?";
        let ws = words(text, Span::new(0, text.len()));
        let got: Vec<&str> = ws.iter().map(|w| w.span.slice(text)).collect();
        assert_eq!(got, ["It’s", "3.5", "times", "isn't", "it"]);
        assert!(ws[1].is_number());
        assert!(ws[0].is_capitalized());
    }

    #[test]
    fn counts_words() {
        assert_eq!(count("One two, three-four."), 4);
        assert_eq!(count(""), 0);
    }
}
