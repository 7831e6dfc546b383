//! One Aho-Corasick automaton over every form of every phrase of a category's lexicons.
//!
//! Leftmost-longest matching, ASCII case-insensitive, `’` read as `'`; a match counts only
//! when it starts and ends on word boundaries (a hyphen joins words: "non-violent" does
//! not contain "violent"), and not when a literal-use word stands right before or after it.

use super::SentenceContext;
use crate::category::Category;
use crate::lexicon::{Entry, Lexicon, LexiconSet};
use crate::span::Span;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashSet;

/// A phrase found in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct PhraseMatch<'l> {
    /// The matched words.
    pub span: Span,
    /// The lexicon the entry belongs to.
    pub lexicon: &'l Lexicon,
    /// The entry.
    pub entry: &'l Entry,
}

impl PhraseMatch<'_> {
    /// `lexicon/first-phrase`, the id shown as the finding's rule.
    pub fn rule(&self) -> std::sync::Arc<str> {
        std::sync::Arc::clone(&self.entry.rule)
    }
}

/// Matches all phrases of some lexicons at once.
#[derive(Debug)]
pub struct PhraseMatcher {
    automaton: Option<AhoCorasick>,
    /// For each pattern: (lexicon index, entry index).
    targets: Vec<(usize, usize)>,
    lexicons: Vec<Lexicon>,
}

impl PhraseMatcher {
    /// A matcher over the entries of every lexicon of `category`.
    pub fn new(lexicons: &LexiconSet, category: Category) -> Self {
        Self::from_lexicons(lexicons.of(category).cloned().collect())
    }

    /// A matcher over the entries of `lexicons` (the first of two equal forms wins).
    pub fn from_lexicons(lexicons: Vec<Lexicon>) -> Self {
        let mut patterns = Vec::new();
        let mut targets = Vec::new();
        let mut seen = HashSet::new();
        for (li, lexicon) in lexicons.iter().enumerate() {
            for (ei, entry) in lexicon.entries.iter().enumerate() {
                for form in &entry.forms {
                    let variants = if form.contains('\'') {
                        vec![form.clone(), form.replace('\'', "’")]
                    } else {
                        vec![form.clone()]
                    };
                    for v in variants {
                        if seen.insert(v.clone()) {
                            patterns.push(v);
                            targets.push((li, ei));
                        }
                    }
                }
            }
        }
        let automaton = (!patterns.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .build(&patterns)
                .expect("phrase automaton builds from plain strings")
        });
        PhraseMatcher {
            automaton,
            targets,
            lexicons,
        }
    }

    /// Every phrase in the sentence that stands on word boundaries and is not literal.
    pub fn find<'m>(&'m self, sentence: &SentenceContext<'_>) -> Vec<PhraseMatch<'m>> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let text = sentence.text;
        let base = sentence.span.start;
        let mut out = Vec::new();
        for m in automaton.find_iter(sentence.as_str()) {
            let span = Span::new(base + m.start(), base + m.end());
            if !on_word_boundaries(text, span) {
                continue;
            }
            let (li, ei) = self.targets[m.pattern().as_usize()];
            let lexicon = &self.lexicons[li];
            let entry = &lexicon.entries[ei];
            if is_literal_use(sentence, span, entry) {
                continue;
            }
            out.push(PhraseMatch {
                span,
                lexicon,
                entry,
            });
        }
        out
    }
}

fn joins_words(c: char) -> bool {
    crate::word::is_word_char(c) || c == '-'
}

/// Whether `span` neither starts nor ends inside a word.
pub fn on_word_boundaries(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(joins_words) && !after.is_some_and(joins_words)
}

fn is_literal_use(sentence: &SentenceContext<'_>, span: Span, entry: &Entry) -> bool {
    if !entry.not_before.is_empty() {
        let next = sentence.word_at_or_after(span.end);
        if let Some(w) = sentence.words.get(next)
            && entry.not_before.iter().any(|x| w.is(x))
        {
            return true;
        }
    }
    if !entry.not_after.is_empty() {
        let first = sentence.word_at_or_after(span.start);
        if first > 0
            && let Some(w) = sentence.words.get(first - 1)
            && entry.not_after.iter().any(|x| w.is(x))
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Origin;

    fn matcher(source: &str) -> PhraseMatcher {
        let lex = Lexicon::parse("t", source, "t.toml", Origin::Builtin).unwrap();
        PhraseMatcher::from_lexicons(vec![lex])
    }

    fn found(m: &PhraseMatcher, text: &str) -> Vec<String> {
        let ctx = SentenceContext::new(text, Span::new(0, text.len()), &[]);
        m.find(&ctx)
            .iter()
            .map(|x| x.span.slice(text).to_string())
            .collect()
    }

    const SRC: &str = r#"
category = "loaded-language"
description = "t"
[[entry]]
phrases = ["thug", "witch hunt", "won't budge"]
inflect = "noun"
weight = 2
explanation = "x"
[[entry]]
phrases = ["brutal"]
weight = 1
explanation = "y"
not_before = ["winter", "cold"]
not_after = ["a"]
"#;

    #[test]
    fn matches_forms_case_insensitively_on_word_boundaries() {
        let m = matcher(SRC);
        assert_eq!(
            found(&m, "Thugs and a WITCH HUNT, not thuggery."),
            ["Thugs", "WITCH HUNT"]
        );
        assert_eq!(found(&m, "They won’t budge."), ["won’t budge"]);
        assert_eq!(found(&m, "The thug's car."), ["thug"]);
        assert_eq!(found(&m, "A non-thug."), Vec::<String>::new());
    }

    #[test]
    fn skips_literal_uses() {
        let m = matcher(SRC);
        assert_eq!(
            found(&m, "It was brutal winter weather."),
            Vec::<String>::new()
        );
        assert_eq!(found(&m, "The brutal crackdown."), ["brutal"]);
    }
}
