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
mod vocabulary;

pub use phrase::{FormIndex, PhraseMatcher};
pub use vocabulary::{NumberedWords, Role, Vocabulary, VocabularyBuilder, WordId, WordSet};

use crate::category::Category;
use crate::lexicon::LexiconSet;
use crate::text::span::Span;
use crate::text::word::Word;
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::Arc;

/// One sentence, as the detectors see it.
#[derive(Debug)]
pub struct SentenceContext<'t> {
    /// The whole analysed text (spans index into it).
    pub text: &'t str,
    /// The sentence.
    pub span: Span,
    /// The sentence's words.
    pub words: Vec<Word<'t>>,
    /// The same words in lower case with `’` read as `'`, computed once for all detectors
    /// (borrowed from the text when it already is).
    pub lower: Vec<Cow<'t, str>>,
    /// What the vocabulary says of each word, looked up once for all detectors.
    keys: Vec<WordKeys>,
    /// Every role some word of the sentence or its stem has: a list none of its words is
    /// in need not be looked for word by word.
    present: u64,
    /// Whether some word joins words with `:` or `.` and no space.
    any_joined: bool,
    /// Whether some word holds an ASCII digit.
    any_digit: bool,
    /// The words the detectors know.
    pub vocabulary: &'t Vocabulary,
    /// Quotations in the sentence's paragraph.
    pub quotes: &'t [Span],
    /// The sentence's paragraph with ASCII letters in lower case, and the byte of `text`
    /// it starts at, when the analysis made it: a capitalised ASCII word's lower-case
    /// form is borrowed from it instead of copied word by word.
    lowered: Option<(&'t str, usize)>,
}

impl<'t> SentenceContext<'t> {
    /// Builds the context of the sentence `span` of `text`, its words looked up in
    /// `vocabulary`, on its own: the analysis makes one per paragraph instead
    /// ([`SentenceContext::for_paragraph`]); a detector looking at the sentence before uses this.
    pub fn new(text: &'t str, span: Span, quotes: &'t [Span], vocabulary: &'t Vocabulary) -> Self {
        let mut context = SentenceContext {
            text,
            span,
            words: Vec::new(),
            lower: Vec::new(),
            keys: Vec::new(),
            present: 0,
            any_joined: false,
            any_digit: false,
            vocabulary,
            quotes,
            lowered: None,
        };
        context.move_to(span);
        context
    }

    /// A context for the sentences of `paragraph`, to be moved to each in turn with
    /// [`SentenceContext::move_to`]: `lowered` is the paragraph's text with ASCII letters
    /// in lower case (`str::to_ascii_lowercase`, which keeps every byte's place).
    ///
    /// Its lists are those of `memory`, kept from the paragraphs before (given back by
    /// [`SentenceContext::keep_memory`]), so they seldom grow and are not made again.
    pub fn for_paragraph(
        text: &'t str,
        paragraph: Span,
        lowered: &'t str,
        quotes: &'t [Span],
        vocabulary: &'t Vocabulary,
        memory: &mut ContextMemory,
    ) -> Self {
        debug_assert_eq!(lowered.len(), paragraph.len());
        SentenceContext {
            text,
            span: Span::new(paragraph.start, paragraph.start),
            words: reuse(std::mem::take(&mut memory.words)),
            lower: reuse(std::mem::take(&mut memory.lower)),
            keys: std::mem::take(&mut memory.keys),
            present: 0,
            any_joined: false,
            any_digit: false,
            vocabulary,
            quotes,
            lowered: Some((lowered, paragraph.start)),
        }
    }

    /// Gives the memory of the context's lists back to `memory`, for the next paragraph.
    pub fn keep_memory(self, memory: &mut ContextMemory) {
        memory.words = reuse(self.words);
        memory.lower = reuse(self.lower);
        memory.keys = self.keys;
    }

    /// Makes this the context of the sentence `span` of the same text, keeping the memory
    /// of the words' lists for it (a paragraph's sentences reuse one context).
    pub fn move_to(&mut self, span: Span) {
        self.span = span;
        crate::text::word::words_into(self.text, span, &mut self.words);
        self.lower.clear();
        self.keys.clear();
        self.lower.reserve(self.words.len());
        self.keys.reserve(self.words.len());
        let (mut present, mut any_joined, mut any_digit) = (0, false, false);
        for w in &self.words {
            let (word, kinds) = lower_case(w, self.lowered);
            let plain = kinds & (NOT_PLAIN | NOT_ASCII) == 0;
            any_digit |= kinds & DIGIT != 0;
            let k = if plain {
                WordKeys::plain(&word, self.vocabulary)
            } else {
                WordKeys::of(&word, self.vocabulary)
            };
            present |= k.roles | k.stem_roles;
            any_joined |= k.joined;
            self.keys.push(k);
            self.lower.push(word);
        }
        self.present = present;
        self.any_joined = any_joined;
        self.any_digit = any_digit;
    }

    /// Whether the sentence holds an ASCII digit. Its words tell: a digit is always part
    /// of a word (UAX #29 keeps letters and digits together, and a piece holding a digit
    /// counts as a word), so the sentence's bytes are not read again.
    pub fn has_digit(&self) -> bool {
        self.any_digit
    }

    /// Whether some word of the sentence, or its stem, has `role`.
    #[inline]
    pub fn may_have(&self, role: Role) -> bool {
        self.present & role.bits() != 0
    }

    /// Whether lower-case word `i` has `role` (is in the list the role stands for).
    pub fn has_role(&self, i: usize, role: Role) -> bool {
        self.keys[i].roles & role.bits() != 0
    }

    /// Whether the leading letters and digits of lower-case word `i` have `role`.
    pub fn stem_has_role(&self, i: usize, role: Role) -> bool {
        self.keys[i].stem_roles & role.bits() != 0
    }

    /// Whether word `i` joins words with `:` or `.` and no space ("Seattle:Doubtless").
    pub fn is_joined(&self, i: usize) -> bool {
        self.keys[i].joined
    }

    /// The vocabulary number of lower-case word `i`.
    pub fn id(&self, i: usize) -> Option<WordId> {
        self.keys[i].id
    }

    /// The vocabulary number of the leading letters and digits of lower-case word `i`.
    pub fn stem_id(&self, i: usize) -> Option<WordId> {
        self.keys[i].stem
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
            .trim_end_matches(|c: char| crate::text::chars::is_closing(c) || c.is_whitespace())
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

    /// Whether word `i` is capitalised in a way that signals a name: anywhere but the start
    /// of a clause, and there too unless it is a word that often starts sentences.
    pub fn is_name(&self, i: usize) -> bool {
        let w = self.words[i];
        w.is_capitalized()
            && !w.is("i")
            && (!self.starts_clause(i) || !crate::text::sentence::is_common_starter(w.text))
    }

    /// Whether the words before word `i` report a named speaker's words: "Lee said (that)",
    /// "the clinic, UMC Care says": a verb of saying, its subject a name, up to `reach`
    /// words back.
    pub fn reported_by_name(&self, i: usize, reach: usize) -> bool {
        (i.saturating_sub(reach)..i).any(|j| {
            self.has_role(j, self.vocabulary.named_speaker_verbs())
                && j > 0
                && self.is_name(j - 1)
                // "Critics say…" opens a sentence with a capital but names nobody.
                && !(self.starts_clause(j - 1) && looks_plural(&self.lower[j - 1]))
        })
    }
}

/// The memory of a sentence context's lists, kept empty from one paragraph to the next
/// (one per worker of the analysis): allocating them for every paragraph cost more than
/// the paragraph's first sentence took to read.
#[derive(Debug, Default)]
pub struct ContextMemory {
    /// A paragraph in ASCII lower case (see [`SentenceContext::for_paragraph`]).
    pub lowered: String,
    words: Vec<Word<'static>>,
    lower: Vec<Cow<'static, str>>,
    keys: Vec<WordKeys>,
}

/// An empty list of `U` in the memory of `list`, emptied: `U` is `T` with another
/// lifetime (the words of another paragraph). Collecting the iterator of a vector into a
/// vector of a type of the same size and alignment reuses its memory (the standard
/// library's in-place collection); as the list is empty, no element is ever mapped.
fn reuse<T, U>(mut list: Vec<T>) -> Vec<U> {
    list.clear();
    list.into_iter()
        .map(|_| unreachable!("the list was emptied"))
        .collect()
}

/// What the vocabulary says of one lower-case word and of its leading letters and digits
/// (its stem: "thug" of "thug's", the key phrases are filed under).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WordKeys {
    id: Option<WordId>,
    roles: u64,
    stem: Option<WordId>,
    stem_roles: u64,
    /// Joins words with `:` or `.` and no space: "Seattle:Doubtless".
    joined: bool,
}

impl WordKeys {
    /// The keys of a word of ASCII letters, digits and `_` only: its own stem.
    #[inline]
    fn plain(word: &str, vocabulary: &Vocabulary) -> Self {
        let (id, roles) = vocabulary.lookup(word);
        WordKeys {
            id,
            roles,
            stem: id,
            stem_roles: roles,
            joined: false,
        }
    }

    fn of(word: &str, vocabulary: &Vocabulary) -> Self {
        let (id, roles) = vocabulary.lookup(word);
        let stem = phrase::first_word(word);
        if stem.len() == word.len() {
            return WordKeys {
                id,
                roles,
                stem: id,
                stem_roles: roles,
                joined: false,
            };
        }
        let (stem, stem_roles) = vocabulary.lookup(stem);
        WordKeys {
            id,
            roles,
            stem,
            stem_roles,
            joined: word.is_ascii() && word.contains([':', '.']),
        }
    }
}

/// `word` in lower case with `’` read as `'`, copied only when that changes it (an ASCII
/// word is borrowed from `lowered`, its paragraph in lower case, when there is one), and
/// the kinds of its bytes ([`BYTE_KINDS`], or-ed): made of ASCII letters, digits and `_`
/// only (its own stem) when neither `NOT_PLAIN` nor `NOT_ASCII` is set.
#[inline]
fn lower_case<'t>(word: &Word<'t>, lowered: Option<(&'t str, usize)>) -> (Cow<'t, str>, u8) {
    let kinds = word
        .text
        .bytes()
        .fold(0, |kinds, b| kinds | BYTE_KINDS[usize::from(b)]);
    let word_span = word.span;
    let word = word.text;
    if kinds & NOT_ASCII == 0 {
        if kinds & UPPER == 0 {
            return (Cow::Borrowed(word), kinds);
        }
        let borrowed = lowered.and_then(|(lowered, at)| {
            lowered.get(word_span.start.checked_sub(at)?..word_span.end.checked_sub(at)?)
        });
        match borrowed {
            Some(lower) => (Cow::Borrowed(lower), kinds),
            None => (Cow::Owned(word.to_ascii_lowercase()), kinds),
        }
    } else if word.chars().any(|c| c.is_uppercase() || c == '’') {
        (Cow::Owned(word.to_lowercase().replace('’', "'")), kinds)
    } else {
        (Cow::Borrowed(word), kinds)
    }
}

/// What [`lower_case`] asks of each byte of a word, one bit each.
const UPPER: u8 = 1;
const NOT_PLAIN: u8 = 2;
const NOT_ASCII: u8 = 4;
const DIGIT: u8 = 8;
static BYTE_KINDS: [u8; 256] = {
    let mut kinds = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        kinds[b] = if byte >= 0x80 {
            NOT_ASCII
        } else if byte.is_ascii_uppercase() {
            UPPER
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if byte.is_ascii_alphanumeric() || byte == b'_' {
            0
        } else {
            NOT_PLAIN
        };
        b += 1;
    }
    kinds
};

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
    pub rule: Arc<str>,
    /// What the device is and why these words.
    pub explanation: Arc<str>,
    /// A neutral alternative, if any.
    pub alternative: Option<Arc<str>>,
}

/// A pattern rule's category, weight, id, explanation and alternative, made once when its
/// detector is built and shared by every detection it makes (no copy per finding).
#[derive(Debug, Clone)]
pub struct Pattern {
    category: Category,
    weight: u8,
    rule: Arc<str>,
    explanation: Arc<str>,
    alternative: Option<Arc<str>>,
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
            rule: Arc::from(rule),
            explanation: Arc::from(explanation),
            alternative: alternative.map(Arc::from),
            starts: None,
        }
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
            explanation: Arc::clone(&self.explanation),
            alternative: self.alternative.clone(),
        }
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
        // Moved over with `append` (most lists are empty and have no memory to free).
        out.append(&mut self.unsourced.detect(sentence));
        out.append(&mut self.absolute.detect(sentence));
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
    fn a_sentence_has_a_digit_when_its_text_holds_one() {
        let vocabulary = VocabularyBuilder::default().finish();
        for text in [
            "No figures here.",
            "In 2019 it rose.",
            "It rose 4%.",
            "x2 y",
            "Café, 3 crêpes.",
            "Squared: x\u{b2}, Arabic \u{661}\u{662}, full-width \u{ff13}.",
            "A \u{1f600} 7",
            "_9_",
        ] {
            let ctx = SentenceContext::new(text, Span::new(0, text.len()), &[], &vocabulary);
            let expected = text.bytes().any(|b| b.is_ascii_digit());
            assert_eq!(ctx.has_digit(), expected, "in {text:?}");
        }
    }

    #[test]
    fn a_paragraph_context_reads_each_sentence_as_a_context_of_its_own() {
        // Words that are capitalised, joined, non-ASCII or known to the vocabulary, put
        // together at random: the paragraph's context borrows lower-case forms from the
        // lowered paragraph, a sentence's own context copies them; both must agree.
        let builder = VocabularyBuilder::default();
        builder.role(["the", "it's", "u.s", "café", "x", "seattle"]);
        let vocabulary = builder.finish();
        let pieces = [
            "The",
            "the",
            "THE",
            "It's",
            "IT’S",
            "U.S.",
            "Café",
            "CAFÉ",
            "É",
            "Seattle:X",
            " ",
            " ",
            ". ",
            "? ",
            "\n",
            "3",
            "x",
            "X_Y",
            "’",
            "“",
            "—",
            ", ",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        // One memory for all paragraphs, as a worker of the analysis keeps it.
        let mut memory = ContextMemory::default();
        for round in 0..3000 {
            let paragraph = crate::text::chars::random_text(&mut seed, &pieces, 16);
            // Every other paragraph stands after another, so its spans do not start at 0.
            let text = if round % 2 == 0 {
                paragraph.clone()
            } else {
                format!("Before it.\n\n{paragraph}")
            };
            let span = Span::new(text.len() - paragraph.len(), text.len());
            let lowered = paragraph.to_ascii_lowercase();
            let mut ctx = SentenceContext::for_paragraph(
                &text,
                span,
                &lowered,
                &[],
                &vocabulary,
                &mut memory,
            );
            for sentence in crate::text::sentence::split_sentences(&text, span) {
                ctx.move_to(sentence);
                let own = SentenceContext::new(&text, sentence, &[], &vocabulary);
                assert_eq!(ctx.words, own.words, "in {text:?}");
                assert_eq!(ctx.lower, own.lower, "in {text:?}");
                assert_eq!(ctx.keys, own.keys, "in {text:?}");
                assert_eq!(
                    (ctx.present, ctx.any_joined, ctx.any_digit),
                    (own.present, own.any_joined, own.any_digit),
                    "in {text:?}"
                );
            }
            ctx.keep_memory(&mut memory);
        }
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
        let rules: Vec<&str> = found.iter().map(|d| &*d.rule).collect();
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
