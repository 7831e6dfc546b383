//! The three detectors and what they share: the sentence they look at and the phrase matcher.
//!
//! Detectors see one sentence at a time and return [`Detection`]s; the analysis adds
//! positions, quotation marks and the question to ask. Registry, one line per detector:
//! - [`absolute_claim::AbsoluteClaim`] (`absolute-claim`)
//! - [`loaded_language::LoadedLanguage`] (`loaded-language`)
//! - [`unsourced_assertion::UnsourcedAssertion`] (`unsourced-assertion`)

pub mod absolute_claim;
mod context;
pub mod loaded_language;
mod phrase;
pub mod unsourced_assertion;
mod vocabulary;

pub use context::{ContextMemory, SentenceContext};
pub use phrase::{FormIndex, PhraseMatcher};
pub use vocabulary::{NumberedWords, Role, Vocabulary, VocabularyBuilder, WordId, WordSet};

use crate::category::Category;
use crate::lexicon::LexiconSet;
use crate::text::span::Span;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Whether a lower-case word has the possessive ending of a noun: "the governor's", "voters'".
pub fn is_possessive_form(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("s'")
}

/// Whether a lower-case word looks like a plural noun: "adults", "fans", "critics".
pub fn looks_plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !word.ends_with("'s")
        && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// What a rule says of every finding it makes: its id, why the words are flagged, a
/// neutral alternative and, where the category's does not fit, its own question. Made once
/// for each lexicon phrase and pattern and shared by all of its findings: a finding holds
/// one pointer to it, not three strings of its own (a 200 MB text has about 1.5 million
/// findings). The analysis re-exports it as `analysis::RuleText`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleText {
    /// The lexicon entry or pattern that fired, e.g. `loaded-pejoratives/thug`.
    pub id: Arc<str>,
    /// What the device is and why these words.
    pub explanation: Arc<str>,
    /// A neutral alternative, if any.
    pub alternative: Option<Arc<str>>,
    /// The question to ask, when the category's own does not fit the device.
    pub question: Option<Arc<str>>,
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
    /// The lexicon phrase or pattern that fired: its id, explanation and alternative.
    pub rule: Arc<RuleText>,
    /// Whether the words are reported speech: a named or titled speaker's, given without
    /// quotation marks ("Okafor called the audit a witch hunt").
    pub reported: bool,
}

impl Detection {
    /// Gives the detection an alternative of its own (one that names the flagged
    /// word): the rule's texts are copied for it, the only ones made per finding.
    pub fn set_alternative(&mut self, alternative: String) {
        self.rule = Arc::new(RuleText {
            alternative: Some(Arc::from(alternative)),
            ..RuleText::clone(&self.rule)
        });
    }
}

/// A pattern rule's category, weight, id, explanation and alternative, made once when its
/// detector is built and shared by every detection it makes (no copy per finding).
#[derive(Debug, Clone)]
pub struct Pattern {
    category: Category,
    weight: u8,
    rule: Arc<RuleText>,
    /// The words a passage of the pattern can start with, when it has such a list: the
    /// other words of a sentence need not be tried.
    starts: Option<Role>,
}

impl Pattern {
    /// The texts of the pattern `rule`.
    pub fn new(
        category: Category,
        weight: u8,
        rule: &str,
        explanation: &str,
        alternative: Option<&str>,
    ) -> Self {
        Pattern {
            category,
            weight,
            rule: Arc::new(RuleText {
                id: Arc::from(rule),
                explanation: Arc::from(explanation),
                alternative: alternative.map(Arc::from),
                question: None,
            }),
            starts: None,
        }
    }

    /// The same pattern, asking `question` instead of its category's question.
    pub fn asking(self, question: &str) -> Self {
        let rule = Arc::new(RuleText {
            question: Some(Arc::from(question)),
            ..RuleText::clone(&self.rule)
        });
        Pattern { rule, ..self }
    }

    /// The same pattern, tried only at words with role `starts` (the words its passages
    /// can start with).
    pub fn starting_at(self, starts: Role) -> Self {
        Pattern {
            starts: Some(starts),
            ..self
        }
    }

    /// Whether a passage of the pattern may start at word `i` of `s`.
    #[inline]
    pub fn may_start_at(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        self.starts.is_none_or(|role| s.has_role(i, role))
    }

    /// Whether a passage of the pattern may start anywhere in `s`.
    #[inline]
    pub fn may_start_in(&self, s: &SentenceContext<'_>) -> bool {
        self.starts.is_none_or(|role| s.may_have(role))
    }

    /// A detection of this pattern at `span`.
    pub fn at(&self, span: Span) -> Detection {
        Detection {
            category: self.category,
            span,
            weight: self.weight,
            rule: Arc::clone(&self.rule),
            reported: false,
        }
    }
}

/// Moves the detections of `more` to the end of `out`; when `out` is empty, `more` is
/// taken over whole (no new list, no copy: most sentences have findings of one kind
/// at most).
///
/// Always inlined: the detectors call it about twenty times a sentence, and the call
/// (the list passed through memory, registers saved) cost more than the move.
#[inline(always)]
pub(crate) fn take_all(out: &mut Vec<Detection>, mut more: Vec<Detection>) {
    if out.is_empty() {
        *out = more;
    } else {
        out.append(&mut more);
    }
}

/// Keeps the first of overlapping detections (so a phrase entry, pushed first, wins over a
/// pattern) unless a later one strictly contains it ("according to some" inside "according
/// to some analysts"), then puts them in text order.
pub fn drop_overlaps(detections: &mut Vec<Detection>) {
    // Most sentences have no detection or one: nothing can overlap.
    if detections.len() < 2 {
        return;
    }
    let mut kept: Vec<Detection> = Vec::with_capacity(detections.len());
    // The kept spans by place, with their index in `kept`. They never overlap one another,
    // so in (start, end) order their ends rise too: the ones a new span overlaps are the
    // last few that start before it ends (a long run-on sentence stays linear).
    let mut placed: BTreeSet<(usize, usize, usize)> = BTreeSet::new();
    for d in detections.drain(..) {
        let overlapping: Vec<usize> = placed
            .range(..(d.span.end, 0, 0))
            .rev()
            .take_while(|&&(_, end, _)| end > d.span.start)
            .take(2)
            .map(|&(_, _, k)| k)
            .collect();
        match overlapping.as_slice() {
            [] => {
                placed.insert((d.span.start, d.span.end, kept.len()));
                kept.push(d);
            }
            [k] if d.span.contains(kept[*k].span) && d.span != kept[*k].span => {
                let old = kept[*k].span;
                placed.remove(&(old.start, old.end, *k));
                placed.insert((d.span.start, d.span.end, *k));
                kept[*k] = d;
            }
            _ => {}
        }
    }
    kept.sort_by_key(|d| d.span.start);
    *detections = kept;
}

/// Counts one passage once per category: of two detections of one category whose words
/// overlap (a phrase found by a lexicon entry and again by a pattern), keeps the stronger,
/// then the longer, then the first found; then puts them in text order.
pub fn one_per_passage(detections: &mut Vec<Detection>) {
    if detections.len() > 1 {
        // Findings that overlap, directly or through others, form runs of neighbours in
        // (category, start) order; only within a run does one finding hide another. So each
        // run is settled alone (linear in a run-on sentence of many findings, not quadratic).
        let mut by_place: Vec<usize> = (0..detections.len()).collect();
        by_place.sort_by_key(|&k| (detections[k].category, detections[k].span.start, k));
        let mut kept = vec![false; detections.len()];
        let mut run: Vec<usize> = Vec::new();
        let mut run_end = 0;
        for &k in &by_place {
            let d = &detections[k];
            let joins = run
                .first()
                .is_some_and(|&first| detections[first].category == d.category)
                && d.span.start < run_end;
            if !joins {
                settle_run(detections, &mut run, &mut kept);
                run_end = 0;
            }
            run_end = run_end.max(d.span.end);
            run.push(k);
        }
        settle_run(detections, &mut run, &mut kept);
        let mut k = 0;
        detections.retain(|_| {
            k += 1;
            kept[k - 1]
        });
    }
    detections.sort_by_key(|d| (d.span.start, d.category));
}

/// Within one run of overlapping findings of a category: the heavier, then the longer,
/// then the earlier found is kept, and hides those it overlaps.
fn settle_run(detections: &[Detection], run: &mut Vec<usize>, kept: &mut [bool]) {
    run.sort_by_key(|&k| {
        let d = &detections[k];
        (std::cmp::Reverse((d.weight, d.span.len())), k)
    });
    for (i, &k) in run.iter().enumerate() {
        kept[k] = !run[..i]
            .iter()
            .any(|&j| kept[j] && detections[j].span.overlaps(detections[k].span));
    }
    run.clear();
}

/// Gives `vocabulary` the verb forms that report a named speaker's words, from the
/// unsourced-assertion lexicons' `named_speaker_verbs` list.
fn named_speaker_verbs(lexicons: &LexiconSet, vocabulary: &VocabularyBuilder) {
    vocabulary
        .named_speaker_verbs(lexicons.list(Category::UnsourcedAssertion, "named_speaker_verbs"));
}

/// All detectors, compiled from one set of lexicons, and the words they know.
#[derive(Debug)]
pub struct Detectors {
    loaded: loaded_language::LoadedLanguage,
    unsourced: unsourced_assertion::UnsourcedAssertion,
    absolute: absolute_claim::AbsoluteClaim,
    vocabulary: Vocabulary,
}

impl Detectors {
    /// Compiles the detectors for `lexicons`.
    /// The detectors compile on all cores: start-up counts when a class runs slant many
    /// times.
    pub fn new(lexicons: &LexiconSet) -> Self {
        let vocabulary = VocabularyBuilder::default();
        named_speaker_verbs(lexicons, &vocabulary);
        let v = &vocabulary;
        let (unsourced, (loaded, absolute)) = rayon::join(
            || unsourced_assertion::UnsourcedAssertion::new(lexicons, v),
            || {
                rayon::join(
                    || loaded_language::LoadedLanguage::new(lexicons, v),
                    || absolute_claim::AbsoluteClaim::new(lexicons, v),
                )
            },
        );
        Detectors {
            loaded,
            unsourced,
            absolute,
            vocabulary: vocabulary.finish(),
        }
    }

    /// The words the detectors know: sentences are looked up in it.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Every detection in one sentence, in text order, one passage counted once per
    /// category.
    pub fn detect(&self, sentence: &SentenceContext<'_>) -> Vec<Detection> {
        let mut out = self.loaded.detect(sentence);
        // Moved over whole or with `append` (most lists are empty and have no memory to free).
        take_all(&mut out, self.unsourced.detect(sentence));
        take_all(&mut out, self.absolute.detect(sentence));
        if out.len() > 1 {
            one_per_passage(&mut out);
        }
        out
    }
}

/// Shared helpers for the detectors' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// A detector compiled on its own, with the words it knows.
    pub struct Built<D> {
        pub detector: D,
        pub vocabulary: Vocabulary,
    }

    impl<D> std::ops::Deref for Built<D> {
        type Target = D;
        fn deref(&self) -> &D {
            &self.detector
        }
    }

    /// A detector compiled from the built-in lexicons.
    pub fn built<D>(new: impl FnOnce(&LexiconSet, &VocabularyBuilder) -> D) -> Built<D> {
        let vocabulary = VocabularyBuilder::default();
        let lexicons = LexiconSet::builtin();
        named_speaker_verbs(&lexicons, &vocabulary);
        let detector = new(&lexicons, &vocabulary);
        Built {
            detector,
            vocabulary: vocabulary.finish(),
        }
    }

    /// Runs `detect` on `text` as one sentence and returns the flagged texts.
    pub fn flagged<F>(vocabulary: &Vocabulary, text: &str, detect: F) -> Vec<String>
    where
        F: Fn(&SentenceContext<'_>) -> Vec<Detection>,
    {
        let quotes = crate::text::quote::quotations(text, Span::new(0, text.len()));
        let ctx = SentenceContext::new(text, Span::new(0, text.len()), &quotes, vocabulary);
        detect(&ctx)
            .into_iter()
            .map(|d| d.span.slice(text).to_string())
            .collect()
    }

    /// Checks a table of (sentence, expected flagged texts).
    #[track_caller]
    pub fn check_table<F>(vocabulary: &Vocabulary, cases: &[(&str, &[&str])], detect: F)
    where
        F: Fn(&SentenceContext<'_>) -> Vec<Detection>,
    {
        for (text, expected) in cases {
            let got = flagged(vocabulary, text, &detect);
            assert_eq!(got, *expected, "in: {text}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detection(
        category: Category,
        start: usize,
        end: usize,
        weight: u8,
        rule: &str,
    ) -> Detection {
        Pattern::new(category, weight, rule, "x", None).at(Span::new(start, end))
    }

    /// Whether, with `lexicons`, the fifth word of `text` is reported by the name before
    /// the verb ("Lee says none…").
    fn reported_by_name_with(lexicons: &LexiconSet, text: &str) -> bool {
        let builder = VocabularyBuilder::default();
        named_speaker_verbs(lexicons, &builder);
        let vocabulary = builder.finish();
        let ctx = SentenceContext::new(text, Span::new(0, text.len()), &[], &vocabulary);
        ctx.reported_by_name(4, 3)
    }

    #[test]
    fn named_speaker_verbs_come_from_the_lexicon() {
        let builtin = LexiconSet::builtin();
        assert!(reported_by_name_with(
            &builtin,
            "The mayor Lee says none of it works."
        ));
        assert!(!reported_by_name_with(
            &builtin,
            "The mayor Lee reckons none of it works."
        ));
        // A teacher's lexicon replaces the list: its verbs, and only them, report a speaker.
        let mut own = LexiconSet::builtin();
        let source = "category = \"unsourced-assertion\"\ndescription = \"t\"\n[lists]\nnamed_speaker_verbs = [\"reckons\"]\n";
        own.insert(
            crate::lexicon::Lexicon::parse(
                "unsourced-assertion",
                source,
                "test.toml",
                crate::lexicon::Origin::Builtin,
            )
            .expect("valid lexicon"),
        );
        assert!(reported_by_name_with(
            &own,
            "The mayor Lee reckons none of it works."
        ));
        assert!(!reported_by_name_with(
            &own,
            "The mayor Lee says none of it works."
        ));
    }

    #[test]
    fn one_passage_is_counted_once_per_category() {
        let loaded = Category::LoadedLanguage;
        let mut found = vec![
            // A phrase entry and a pattern over the same words: the stronger stays.
            detection(loaded, 10, 24, 2, "entry"),
            detection(loaded, 4, 24, 3, "pattern"),
            // Same strength: the longer stays.
            detection(loaded, 30, 35, 2, "short"),
            detection(loaded, 30, 40, 2, "long"),
            // Another category over the same words is kept.
            detection(Category::AbsoluteClaim, 10, 24, 1, "absolute"),
            detection(loaded, 50, 55, 1, "alone"),
        ];
        one_per_passage(&mut found);
        let rules: Vec<&str> = found.iter().map(|d| &*d.rule.id).collect();
        assert_eq!(rules, ["pattern", "absolute", "long", "alone"]);
    }

    #[test]
    fn overlaps_are_dropped_as_by_comparing_every_pair() {
        // The rule written the plain way: each detection against every one kept so far.
        fn pairwise(detections: &[Detection]) -> Vec<Span> {
            let mut kept: Vec<Span> = Vec::new();
            for d in detections {
                let overlapping: Vec<usize> = (0..kept.len())
                    .filter(|&k| kept[k].overlaps(d.span))
                    .collect();
                match overlapping.as_slice() {
                    [] => kept.push(d.span),
                    [k] if d.span.contains(kept[*k]) && d.span != kept[*k] => kept[*k] = d.span,
                    _ => {}
                }
            }
            kept.sort_by_key(|s| s.start);
            kept
        }
        // Spans of 0 to 11 bytes over 60 bytes, drawn by a fixed pseudo-random sequence.
        let mut seed: u64 = 7;
        let mut next = |below: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % below) as usize
        };
        for _ in 0..2000 {
            let n = next(12);
            let mut found: Vec<Detection> = (0..n)
                .map(|_| {
                    let start = next(60);
                    let end = start + next(12);
                    detection(Category::AbsoluteClaim, start, end, 1, "r")
                })
                .collect();
            let expected = pairwise(&found);
            drop_overlaps(&mut found);
            let spans: Vec<Span> = found.iter().map(|d| d.span).collect();
            assert_eq!(spans, expected);
        }
    }
}
