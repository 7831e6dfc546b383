//! `loaded-language`: words chosen for emotional charge or a built-in verdict.
//!
//! Three sources of findings: lexicon phrases (pejoratives, labels, glorifying words,
//! loaded verbs, fear framing); an intensifier before an evaluative word ("deeply
//! harmful"), which turns a mild judgement into a verdict; and scare quotes — a word or
//! two in quotation marks after a determiner ("the “reform”"), the author's sneer.
//! It does not judge whether the word is deserved; it shows that a verdict was chosen.

use super::{Detection, Pattern, PhraseMatcher, SentenceContext, VocabularyBuilder, WordSet};
use crate::category::Category;
use crate::lexicon::LexiconSet;
use crate::text::span::Span;
use std::sync::Arc;

/// Lists a loaded-language lexicon may define.
pub const LISTS: &[&str] = &["intensifiers", "evaluatives"];

const INTENSIFIED_EXPLANATION: &str =
    "An intensifier turns an ordinary judgement into a verdict the reader is asked to share.";
const SCARE_QUOTE_EXPLANATION: &str = "Scare quotes: putting the word in quotation marks signals the author rejects it, without saying why.";

/// Determiners and possessives that introduce a scare-quoted word.
const SCARE_QUOTE_LEADS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "your",
    "so-called",
];

/// The loaded-language detector.
#[derive(Debug)]
pub struct LoadedLanguage {
    phrases: PhraseMatcher,
    intensifiers: WordSet,
    evaluatives: WordSet,
    intensified: Pattern,
    scare_quotes: Pattern,
}

impl LoadedLanguage {
    /// Compiles the detector from the loaded-language lexicons in `lexicons`.
    pub fn new(lexicons: &LexiconSet, vocabulary: &VocabularyBuilder) -> Self {
        let set = |name| WordSet::new(lexicons.list(Category::LoadedLanguage, name), vocabulary);
        LoadedLanguage {
            phrases: PhraseMatcher::new(lexicons, Category::LoadedLanguage, vocabulary),
            intensifiers: set("intensifiers"),
            evaluatives: set("evaluatives"),
            intensified: Pattern::new(
                Category::LoadedLanguage,
                2,
                "loaded-language/intensified-verdict",
                INTENSIFIED_EXPLANATION,
                None, // names the word: made per finding
            ),
            scare_quotes: Pattern::new(
                Category::LoadedLanguage,
                1,
                "loaded-language/scare-quotes",
                SCARE_QUOTE_EXPLANATION,
                Some("name the thing plainly, or say what is wrong with it"),
            ),
        }
    }

    /// Loaded words in one sentence.
    pub fn detect(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let mut out: Vec<Detection> = Vec::new();
        for m in self.phrases.find(s) {
            let mut span = m.span;
            let mut weight = m.entry.weight;
            // "utterly disgraceful": the intensifier is part of the device.
            let i = s.word_at_or_after(m.span.start);
            if i > 0 && self.intensifiers.has(s, i - 1) {
                span = Span::new(s.words[i - 1].span.start, span.end);
                weight = (weight + 1).min(3);
            }
            out.push(Detection {
                category: Category::LoadedLanguage,
                span,
                weight,
                rule: m.rule(),
                explanation: m.entry.explanation.clone(),
                alternative: m.entry.alternative.clone(),
            });
        }
        for (k, pair) in s.words.windows(2).enumerate() {
            let (first, second) = (pair[0], pair[1]);
            if self.intensifiers.has(s, k)
                && self.evaluatives.has(s, k + 1)
                && !out.iter().any(|d| d.span.contains(second.span))
            {
                // The alternative names the word, so it is the one text made per finding.
                out.push(Detection {
                    alternative: Some(Arc::from(format!("say what makes it {}", s.lower[k + 1]))),
                    ..self
                        .intensified
                        .at(Span::new(first.span.start, second.span.end))
                });
            }
        }
        out.extend(scare_quotes(s, &self.scare_quotes));
        out.sort_by_key(|d| d.span.start);
        out
    }
}

/// Quotation marks around one or two words right after a determiner: `the "experts"`.
fn scare_quotes(s: &SentenceContext<'_>, pattern: &Pattern) -> Vec<Detection> {
    let mut out = Vec::new();
    for q in s.quotes.iter().filter(|q| s.span.contains(**q)) {
        let inner = &s.text[q.start..q.end];
        let words = crate::text::word::count(inner);
        if !(1..=2).contains(&words) || inner.contains(['.', '!', '?', ',']) {
            continue;
        }
        let i = s.word_at_or_after(q.start);
        let lead = i.checked_sub(1).map(|j| s.words[j]);
        if lead.is_some_and(|w| SCARE_QUOTE_LEADS.iter().any(|l| w.is(l)))
            && s.text[lead.map_or(q.start, |w| w.span.end)..q.start]
                .trim()
                .is_empty()
        {
            out.push(pattern.at(*q));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detector::testing::{built, check_table};

    #[test]
    fn flags_lexicon_words_intensified_verdicts_and_scare_quotes() {
        let d = built(LoadedLanguage::new);
        check_table(
            &d.vocabulary,
            &[
                ("The mayor's thugs stormed the meeting.", &["thugs"]),
                (
                    "It was an utterly disgraceful vote.",
                    &["utterly disgraceful"],
                ),
                (
                    "The plan is deeply harmful to renters.",
                    &["deeply harmful"],
                ),
                (
                    "They call it the \"reform\" of the schools.",
                    &["\"reform\""],
                ),
                ("The council met on Tuesday to discuss the budget.", &[]),
                ("It was a brutal winter in the north.", &[]),
            ],
            |s| d.detect(s),
        );
    }

    #[test]
    fn a_quoted_title_of_several_words_is_not_a_scare_quote() {
        let d = built(LoadedLanguage::new);
        check_table(
            &d.vocabulary,
            &[("She read the \"Annual Report on Water Supply\" aloud.", &[])],
            |s| d.detect(s),
        );
    }
}
