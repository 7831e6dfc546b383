//! `absolute-claim`: claims made as universal, certain or exclusive about matters open to doubt.
//!
//! Lexicon phrases (universal words, certainty boosters, exclusivity, false dilemmas) are
//! found with the phrase matcher, then context decides whether the author generalises:
//! - hedged or negated forms are not absolute ("not always", "almost all", "nearly every");
//! - literal scope is not a generalisation ("all 50 states", "every three years");
//! - idioms that contain universal words are not claims ("after all", "at all");
//! - a plain historical *never*/*no one* before a past-tense verb is a fact, not a claim
//!   ("he never returned home", "no one was hurt");
//! - questions ask rather than assert.
//!
//! Two patterns complete it: a totality adverb before a verdict ("completely false") and
//! "either … or" between two courses of action.

use super::{
    Detection, FormIndex, Pattern, PhraseMatcher, SentenceContext, VocabularyBuilder, WordSet,
};
use crate::category::Category;
use crate::lexicon::LexiconSet;
use crate::text::span::Span;
use std::sync::Arc;

/// Lists an absolute-claim lexicon may define.
pub const LISTS: &[&str] = &[
    "hedges",
    "number_words",
    "idioms",
    "historical_universals",
    "past_tense_words",
    "totality_adverbs",
    "verdicts",
];

/// Prepositions: "either" after or before one joins things, not choices.
const PREPOSITIONS: &[&str] = &[
    "of", "to", "in", "on", "at", "for", "with", "from", "by", "about", "into", "against",
];

/// Words after "either" that make it a determiner ("either side"), not a dilemma.
const EITHER_DETERMINED: &[&str] = &[
    "way",
    "side",
    "sides",
    "of",
    "one",
    "case",
    "end",
    "direction",
    "hand",
    "party",
    "parties",
    "option",
    "candidate",
    "man",
    "woman",
    "person",
    "team",
    "country",
];

const TOTALITY_EXPLANATION: &str =
    "A totality adverb turns a judgement into a verdict beyond doubt.";
const TOTAL_NEGATION_EXPLANATION: &str =
    "Total negation: \"no … at all\" says there is none whatsoever, without exception.";
const DILEMMA_EXPLANATION: &str =
    "False dilemma: only two options are offered, as if nothing lay between them.";

/// Totality adverbs that make any participle a verdict ("totally botched"); "fully" and
/// "perfectly" are left out, as "fully funded" states a fact.
const PARTICIPLE_TOTALITY: &[&str] = &["completely", "totally", "entirely", "utterly", "wholly"];

/// The absolute-claim detector.
#[derive(Debug)]
pub struct AbsoluteClaim {
    phrases: PhraseMatcher,
    idioms: FormIndex<()>,
    hedges: WordSet,
    number_words: WordSet,
    historical: WordSet,
    past_tense: WordSet,
    totality: WordSet,
    verdicts: WordSet,
    totality_pattern: Pattern,
    total_negation: Pattern,
    dilemma: Pattern,
}

impl AbsoluteClaim {
    /// Compiles the detector from the absolute-claim lexicons in `lexicons`.
    pub fn new(lexicons: &LexiconSet, vocabulary: &VocabularyBuilder) -> Self {
        let list = |name| lexicons.list(Category::AbsoluteClaim, name);
        let set = |name| WordSet::new(list(name), vocabulary);
        let idioms = list("idioms");
        AbsoluteClaim {
            phrases: PhraseMatcher::new(lexicons, Category::AbsoluteClaim, vocabulary),
            idioms: FormIndex::new(idioms.iter().map(|i| (i.as_str(), ())), vocabulary),
            hedges: set("hedges"),
            number_words: set("number_words"),
            historical: set("historical_universals"),
            past_tense: set("past_tense_words"),
            totality: set("totality_adverbs"),
            verdicts: set("verdicts"),
            totality_pattern: Pattern::new(
                Category::AbsoluteClaim,
                2,
                "absolute-claim/totality-verdict",
                TOTALITY_EXPLANATION,
                None, // names the word: made per finding
            ),
            total_negation: Pattern::new(
                Category::AbsoluteClaim,
                2,
                "absolute-claim/no-at-all",
                TOTAL_NEGATION_EXPLANATION,
                Some("say what little there is, or what is missing"),
            ),
            dilemma: Pattern::new(
                Category::AbsoluteClaim,
                2,
                "absolute-claim/either-or",
                DILEMMA_EXPLANATION,
                Some("ask what other options exist"),
            ),
        }
    }

    /// Absolute claims in one sentence.
    pub fn detect(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        if s.is_question() {
            return Vec::new();
        }
        let phrases = self.phrases.find(s);
        // Idioms matter only where a phrase was found (most sentences have none).
        let idioms: Vec<Span> = if phrases.is_empty() {
            Vec::new()
        } else {
            self.idioms
                .find(s, |_, _| true)
                .into_iter()
                .map(|(_, span)| span)
                .collect()
        };
        let mut out = Vec::new();
        for m in phrases {
            if idioms.iter().any(|i| i.overlaps(m.span)) {
                continue;
            }
            let first = s.word_at_or_after(m.span.start);
            let after = s.word_at_or_after(m.span.end);
            // "UMC Care says none of its clinics…": a named speaker's claim, reported.
            if self.is_hedged(s, first)
                || self.is_literal_scope(s, after)
                || s.reported_by_name(first, 6)
            {
                continue;
            }
            let phrase = crate::lexicon::normalize(m.span.slice(s.text));
            if self.historical.contains(s, &phrase) && self.is_past(s, after) {
                continue;
            }
            out.push(Detection {
                category: Category::AbsoluteClaim,
                span: m.span,
                weight: m.entry.weight,
                rule: m.rule(),
                explanation: m.entry.explanation.clone(),
                alternative: m.entry.alternative.clone(),
            });
        }
        out.extend(self.totality_verdicts(s, &out));
        out.extend(total_negation(s, &out, &self.total_negation));
        out.extend(either_or(s, &self.dilemma));
        out.sort_by_key(|d| d.span.start);
        out
    }

    /// "not always", "almost all", "nearly every": a hedge within two words before.
    fn is_hedged(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        (first.saturating_sub(2)..first).any(|j| self.hedges.has(s, j))
    }

    /// "all 50 states", "every three years", "all three defendants".
    fn is_literal_scope(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        let next = |k: usize| s.words.get(after + k);
        let is_count = |k: usize| {
            next(k).is_some_and(|w| w.is_number() || self.number_words.has(s, after + k))
        };
        is_count(0) || (next(0).is_some_and(|w| w.is("the") || w.is("of")) && is_count(1))
    }

    /// Whether the word at `after` (maybe after one adverb) is a past-tense verb.
    fn is_past(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        (after..s.lower.len()).take(2).any(|k| {
            let l = &s.lower[k];
            self.past_tense.has(s, k) || (l.ends_with("ed") && l.len() > 4)
        })
    }

    fn totality_verdicts(&self, s: &SentenceContext<'_>, found: &[Detection]) -> Vec<Detection> {
        let mut out = Vec::new();
        for (k, pair) in s.words.windows(2).enumerate() {
            let span = Span::new(pair[0].span.start, pair[1].span.end);
            let next = &s.lower[k + 1];
            // "completely false", "totally botched": a verdict or a participle made total.
            let participle = next.len() > 4
                && next.ends_with("ed")
                && PARTICIPLE_TOTALITY.contains(&&*s.lower[k]);
            if self.totality.has(s, k)
                && (self.verdicts.has(s, k + 1) || participle)
                && !found.iter().any(|d| d.span.overlaps(span))
            {
                // The alternative names the word, so it is the one text made per finding.
                out.push(Detection {
                    alternative: Some(Arc::from(format!(
                        "say in what way it is {}",
                        s.lower[k + 1]
                    ))),
                    ..self.totality_pattern.at(span)
                });
            }
        }
        out
    }
}

/// "no value at all", "without any evidence at all": a negation made total, up to three
/// words between it and "at all" ("not at all", a hedge as often as not, is left out).
fn total_negation(
    s: &SentenceContext<'_>,
    found: &[Detection],
    pattern: &Pattern,
) -> Vec<Detection> {
    let mut out = Vec::new();
    for i in 1..s.words.len().saturating_sub(1) {
        if !(s.lower[i] == "at" && s.lower[i + 1] == "all") {
            continue;
        }
        let negation = (i.saturating_sub(4)..i - 1)
            .rev()
            .find(|&j| matches!(&*s.lower[j], "no" | "without"));
        if let Some(j) = negation {
            let span = Span::new(s.words[j].span.start, s.words[i + 1].span.end);
            if !found.iter().any(|d| d.span.overlaps(span)) {
                out.push(pattern.at(span));
            }
        }
    }
    out
}

/// "Either we act now or we lose everything": two courses of action and nothing between.
fn either_or(s: &SentenceContext<'_>, dilemma: &Pattern) -> Vec<Detection> {
    let words = &s.words;
    for (i, w) in words.iter().enumerate() {
        if !w.is("either") {
            continue;
        }
        let determiner = words
            .get(i + 1)
            .is_some_and(|n| EITHER_DETERMINED.iter().any(|d| n.is(d)));
        // "mention of either Manafort or Russians", "either to Masses … or to…": a list
        // of things, not of courses of action; "never … either … or" means neither.
        let listing = i > 0 && PREPOSITIONS.contains(&&*s.lower[i - 1])
            || s.lower
                .get(i + 1)
                .is_some_and(|n| PREPOSITIONS.contains(&&**n));
        let negated = (i.saturating_sub(4)..i).any(|j| {
            matches!(&*s.lower[j], "not" | "never" | "no" | "without")
                || s.lower[j].ends_with("n't")
        });
        if listing || negated {
            continue;
        }
        let or = words[i + 1..]
            .iter()
            .position(|x| x.is("or"))
            .map(|k| i + 1 + k);
        if let Some(or) = or
            && !determiner
            && or >= i + 2
        {
            return vec![dilemma.at(Span::new(w.span.start, words[or].span.end))];
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detector::testing::{Built, built, check_table};

    fn detector() -> Built<AbsoluteClaim> {
        built(AbsoluteClaim::new)
    }

    #[test]
    fn flags_generalizations_and_boosters() {
        let d = detector();
        check_table(
            &d.vocabulary,
            &[
                ("Politicians never keep their promises.", &["never"]),
                (
                    "It never mentions either Manafort or the Russians.",
                    &["never"],
                ),
                ("We spoke of either Paris or Rome as a venue.", &[]),
                ("The plan has no value at all.", &["no value at all"]),
                (
                    "He was jailed without any hearing at all.",
                    &["without any hearing at all"],
                ),
                ("I am not at all sure it will rain.", &[]),
                ("There is no doubt at all.", &["There is no doubt"]),
                (
                    "Everyone knows this, and it is undeniably true.",
                    &["Everyone", "undeniably"],
                ),
                ("This is the only way forward.", &["the only way"]),
                ("He has done nothing to help.", &["nothing"]),
                ("The inquiry was totally botched.", &["totally botched"]),
                ("It is the only document of its kind.", &["the only"]),
                (
                    "No matter which party wins, taxes rise.",
                    &["No matter which"],
                ),
                ("The claim is completely false.", &["completely false"]),
                (
                    "Either we act now or we lose everything.",
                    &["Either we act now or"],
                ),
            ],
            |s| d.detect(s),
        );
    }

    #[test]
    fn skips_hedged_literal_historical_and_idiomatic_uses() {
        let d = detector();
        check_table(
            &d.vocabulary,
            &[
                ("Not always, but often, the council listens.", &[]),
                ("Almost all of the members voted yes.", &[]),
                ("The law applies in all 50 states.", &[]),
                ("Elections are held every three years.", &[]),
                ("He never returned home after the war.", &[]),
                ("No one was hurt in the fire.", &[]),
                ("After all, it is only a bridge.", &[]),
                ("Is it really true that nobody cares?", &[]),
                // A named speaker's claim, reported, is theirs; a vague one's is the author's.
                ("UMC Care says none of its clinics saw him.", &[]),
                (
                    "Critics say teenagers will never accept it.",
                    &["will never"],
                ),
                ("Her defence is second to none.", &[]),
                ("The school is fully funded.", &[]),
                ("Either side may appeal the ruling.", &[]),
            ],
            |s| d.detect(s),
        );
    }
}
