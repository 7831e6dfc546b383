//! The three detectors and what they share: the sentence they look at and the phrase matcher.
//!
//! Detectors see one sentence at a time and return [`Detection`]s; the analysis adds
//! positions, quotation marks and the question to ask. Registry, one line per detector:
//! - [`absolute_claim::AbsoluteClaim`] (`absolute-claim`)
//! - [`loaded_language::LoadedLanguage`] (`loaded-language`)
//! - [`unsourced_assertion::UnsourcedAssertion`] (`unsourced-assertion`)

pub mod absolute_claim;
pub mod loaded_language;
mod phrase;
pub mod unsourced_assertion;

pub use phrase::{PhraseMatch, PhraseMatcher};

use crate::category::Category;
use crate::lexicon::LexiconSet;
use crate::span::Span;
use crate::word::Word;

/// One sentence, as the detectors see it.
#[derive(Debug)]
pub struct SentenceContext<'t> {
    /// The whole analysed text (spans index into it).
    pub text: &'t str,
    /// The sentence.
    pub span: Span,
    /// The sentence's words.
    pub words: Vec<Word<'t>>,
    /// The same words in lower case with `’` read as `'`, computed once for all detectors.
    pub lower: Vec<String>,
    /// Quotations in the sentence's paragraph.
    pub quotes: &'t [Span],
}

impl<'t> SentenceContext<'t> {
    /// Builds the context of the sentence `span` of `text`.
    pub fn new(text: &'t str, span: Span, quotes: &'t [Span]) -> Self {
        let words = crate::word::words(text, span);
        let lower = words
            .iter()
            .map(|w| w.text.to_lowercase().replace('’', "'"))
            .collect();
        SentenceContext {
            text,
            span,
            words,
            lower,
            quotes,
        }
    }

    /// The sentence's text.
    pub fn as_str(&self) -> &'t str {
        self.span.slice(self.text)
    }

    /// Index of the first word starting at or after byte `offset`.
    pub fn word_at_or_after(&self, offset: usize) -> usize {
        self.words.partition_point(|w| w.span.start < offset)
    }

    /// Whether the sentence is a question (its author asks rather than asserts).
    pub fn is_question(&self) -> bool {
        self.as_str()
            .trim_end_matches(|c: char| crate::paragraph::is_closing(c) || c.is_whitespace())
            .ends_with('?')
    }

    /// Whether word `i` starts a sentence or follows an opening quote or bracket
    /// (so its capital letter says nothing about it being a name).
    pub fn starts_clause(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let between = &self.text[self.words[i - 1].span.end..self.words[i].span.start];
        between.contains(['“', '"', '(', ':', '‘', '[', '—'])
    }
}

/// A device found in a sentence, before the analysis places it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    /// Which kind of rhetoric.
    pub category: Category,
    /// The flagged words.
    pub span: Span,
    /// Strength, 1 to 3.
    pub weight: u8,
    /// The lexicon entry or pattern that fired, e.g. `loaded-pejoratives/thug`.
    pub rule: String,
    /// What the device is and why these words.
    pub explanation: String,
    /// A neutral alternative, if any.
    pub alternative: Option<String>,
}

/// Keeps the first of overlapping detections (so a phrase entry, pushed first, wins over a
/// pattern), then puts them in text order.
pub fn drop_overlaps(detections: &mut Vec<Detection>) {
    let mut kept: Vec<Detection> = Vec::with_capacity(detections.len());
    for d in detections.drain(..) {
        if !kept
            .iter()
            .any(|k| k.span.start < d.span.end && d.span.start < k.span.end)
        {
            kept.push(d);
        }
    }
    kept.sort_by_key(|d| d.span.start);
    *detections = kept;
}

/// The named word lists each category's lexicons may define.
pub fn list_names(category: Category) -> &'static [&'static str] {
    match category {
        Category::LoadedLanguage => loaded_language::LISTS,
        Category::UnsourcedAssertion => unsourced_assertion::LISTS,
        Category::AbsoluteClaim => absolute_claim::LISTS,
    }
}

/// All detectors, compiled from one set of lexicons.
#[derive(Debug)]
pub struct Detectors {
    loaded: loaded_language::LoadedLanguage,
    unsourced: unsourced_assertion::UnsourcedAssertion,
    absolute: absolute_claim::AbsoluteClaim,
}

impl Detectors {
    /// Compiles the detectors for `lexicons`.
    pub fn new(lexicons: &LexiconSet) -> Self {
        Detectors {
            loaded: loaded_language::LoadedLanguage::new(lexicons),
            unsourced: unsourced_assertion::UnsourcedAssertion::new(lexicons),
            absolute: absolute_claim::AbsoluteClaim::new(lexicons),
        }
    }

    /// Every detection in one sentence, in text order.
    pub fn detect(&self, sentence: &SentenceContext<'_>) -> Vec<Detection> {
        let mut out = self.loaded.detect(sentence);
        out.extend(self.unsourced.detect(sentence));
        out.extend(self.absolute.detect(sentence));
        out.sort_by_key(|d| (d.span.start, d.category));
        out
    }
}

/// Shared helpers for the detectors' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// Runs `detect` on `text` as one sentence and returns the flagged texts.
    pub fn flagged<F>(text: &str, detect: F) -> Vec<String>
    where
        F: Fn(&SentenceContext<'_>) -> Vec<Detection>,
    {
        let quotes = crate::quote::quotations(text, Span::new(0, text.len()));
        let ctx = SentenceContext::new(text, Span::new(0, text.len()), &quotes);
        detect(&ctx)
            .into_iter()
            .map(|d| d.span.slice(text).to_string())
            .collect()
    }

    /// Checks a table of (sentence, expected flagged texts).
    #[track_caller]
    pub fn check_table<F>(cases: &[(&str, &[&str])], detect: F)
    where
        F: Fn(&SentenceContext<'_>) -> Vec<Detection>,
    {
        for (text, expected) in cases {
            let got = flagged(text, &detect);
            assert_eq!(got, *expected, "in: {text}");
        }
    }
}
