//! `absolute-claim`: claims made as universal, certain or exclusive about matters open to doubt.
//!
//! Lexicon phrases (universal words, certainty boosters, exclusivity, false dilemmas) are
//! found with the phrase matcher, then the clause around each one decides whether the
//! author generalises in their own voice:
//! - a hedge or a negation anywhere before it in its clause softens it ("perhaps never",
//!   "it is not true that everyone"); a negation reaches over "that" only through a word
//!   of truth or saying ("not true that", but not "doesn't know that");
//! - literal scope ("all 50 states") and rules ("every citizen must register") are no claims;
//! - idioms that contain universal words are not claims ("after all", "with every use");
//! - the clause's verb decides whether a universal states a plain historical fact ("he
//!   never really returned", "no one was hurt", "she had never been") or a counterfactual
//!   ("they never would have"); "will never", "has never been more" stay claims;
//! - the author's own habits and attitudes ("I never", "we certainly appreciate"), claims
//!   the author keeps at a distance ("who claim that"), concessions ("of course …, but")
//!   and stated uncertainty ("nobody knows whether") make no claim; questions ask;
//! - someone else's words in indirect speech ("Pence said Washington would never …", "…,
//!   said a researcher") are reported, not claimed; a span of time bounds a universal or
//!   a ranking ("the worst since 1991", "every president over the past 20 years"); a
//!   closer counts only when set off ("good, period.", not "a comment period.").
//!
//! Patterns complete it: "there is (simply) no other way", "could not be clearer", a
//! superlative with "ever", "no <group> is/will …", "all <group>", a totality adverb
//! before a verdict ("completely false"), "no … at all", and "either … or" framed as the
//! only two courses of action. Every English word these rules read is a `[lists]` entry
//! of the absolute-claim lexicon.

use super::{
    Detection, FormIndex, Pattern, PhraseMatcher, SentenceContext, VocabularyBuilder, WordSet,
    drop_overlaps, looks_plural,
};
use crate::category::Category;
use crate::lexicon::LexiconSet;
use crate::text::span::Span;
use rustc_hash::FxHashSet;
use std::sync::Arc;

/// How many words back a distancing verb ("who claimed that …") is looked for.
const DISTANCING_REACH: usize = 40;

/// How many words back, in the same clause chain, a verb of saying reports a claim
/// ("Pence said Washington would never allow it").
const REPORTING_REACH: usize = 20;

const TOTAL_NEGATION_RULE: &str = "absolute-claim/no-at-all";
const SUPERLATIVE_EVER_RULE: &str = "absolute-claim/superlative-ever";
const TOTALITY_EXPLANATION: &str =
    "A totality adverb turns a judgement into a verdict beyond doubt.";
const TOTAL_NEGATION_EXPLANATION: &str =
    "Total negation: \"no … at all\" says there is none whatsoever, without exception.";
const DILEMMA_EXPLANATION: &str =
    "False dilemma: only two courses are offered, as if nothing lay between them.";
const EXCLUSION_EXPLANATION: &str =
    "Total exclusion: \"there is no other …\" rules out every alternative at once.";
const NOTHING_BEYOND_EXPLANATION: &str =
    "Extremity: \"could not be clearer\" says nothing could go further, beyond any degree.";
const SUPERLATIVE_EVER_EXPLANATION: &str =
    "Extremity: a superlative with \"ever\" ranks it above everything in all of history.";
const NO_MEMBER_EXPLANATION: &str =
    "Universal denial: \"no <group> …\" says not a single member of the group does it.";
const ALL_MEMBERS_EXPLANATION: &str =
    "Universal word: \"all <group>\" says it of every member of the group, with no exceptions.";

/// What the voice checks read from the end of a sentence ([`AbsoluteClaim::sentence_tail`]).
struct SentenceTail {
    /// The last verb of saying set off by a comma (", said a researcher").
    reported_after_comma: Option<usize>,
    /// The last word that turns from a concession ("but", "yet").
    last_concession_turn: Option<usize>,
}

impl SentenceTail {
    /// "It is not the whole story, of course, but …": a concession the sentence then turns
    /// from, at word `after` or later.
    fn turns_after(&self, after: usize) -> bool {
        self.last_concession_turn.is_some_and(|k| k >= after)
    }
}

/// A word list the detector consults only near a candidate (no vocabulary role needed).
#[derive(Debug, Default)]
struct Words(FxHashSet<Box<str>>);

impl Words {
    fn new(words: Vec<String>) -> Self {
        Words(words.into_iter().map(String::into_boxed_str).collect())
    }

    /// Whether lower-case word `i` of the sentence is in the list.
    fn has(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        s.lower.get(i).is_some_and(|w| self.0.contains(&**w))
    }

    /// Whether `text` (lower case, maybe several words) is in the list.
    fn contains(&self, text: &str) -> bool {
        self.0.contains(text)
    }
}

/// The lexicon's word lists, by what the rules use them for.
#[derive(Debug)]
struct Lists {
    hedges: Words,
    partitives: Words,
    negations: Words,
    negative_polarity: Words,
    truth_words: Words,
    clause_breaks: Words,
    number_words: Words,
    rule_words: Words,
    historical: Words,
    past_tense: Words,
    past_auxiliaries: Words,
    past_be: Words,
    perfect_auxiliaries: Words,
    present_auxiliaries: Words,
    modals: Words,
    counterfactual_modals: Words,
    verb_adverbs: Words,
    comparatives: Words,
    first_person: Words,
    attitude_verbs: Words,
    distancing_verbs: Words,
    concessive_boosters: Words,
    concession_turns: Words,
    knowing_verbs: Words,
    open_questions: Words,
    exclusion_nouns: Words,
    existentials: Words,
    exclusion_boosters: Words,
    present_verbs: Words,
    no_not_subject: Words,
    group_determiners: Words,
    not_superlatives: Words,
    record_words: Words,
    participle_totality: Words,
    total_negators: Words,
    either_prepositions: Words,
    either_determiners: Words,
    either_negations: Words,
    dilemma_subjects: Words,
    dilemma_obligations: Words,
    dilemma_threats: Words,
    span_openers: Words,
    rankings: Words,
    ranked_spans: Words,
    rank_words: Words,
    impersonal_be: Words,
    set_off_phrases: Words,
    bounding_words: Words,
    reporting_verbs: Words,
}

/// The absolute-claim detector.
#[derive(Debug)]
pub struct AbsoluteClaim {
    phrases: PhraseMatcher,
    idioms: FormIndex<()>,
    lists: Lists,
    /// Checked on every word pair of every sentence, so kept as vocabulary roles.
    totality: WordSet,
    verdicts: WordSet,
    totality_pattern: Pattern,
    total_negation: Pattern,
    dilemma: Pattern,
    exclusion: Pattern,
    nothing_beyond: Pattern,
    superlative_ever: Pattern,
    no_member: Pattern,
    all_members: Pattern,
}

impl AbsoluteClaim {
    /// Compiles the detector from the absolute-claim lexicons in `lexicons`.
    pub fn new(lexicons: &LexiconSet, vocabulary: &VocabularyBuilder) -> Self {
        let list = |name| lexicons.list(Category::AbsoluteClaim, name);
        let words = |name| Words::new(list(name));
        let idioms = list("idioms");
        let pattern = |weight, rule, explanation, alternative| {
            Pattern::new(
                Category::AbsoluteClaim,
                weight,
                rule,
                explanation,
                alternative,
            )
        };
        AbsoluteClaim {
            phrases: PhraseMatcher::new(lexicons, Category::AbsoluteClaim, vocabulary),
            idioms: FormIndex::new(idioms.iter().map(|i| (i.as_str(), ())), vocabulary),
            lists: Lists {
                hedges: words("hedges"),
                partitives: words("partitives"),
                negations: words("negations"),
                negative_polarity: words("negative_polarity"),
                truth_words: words("truth_words"),
                clause_breaks: words("clause_breaks"),
                number_words: words("number_words"),
                rule_words: words("rule_words"),
                historical: words("historical_universals"),
                past_tense: words("past_tense_words"),
                past_auxiliaries: words("past_auxiliaries"),
                past_be: words("past_be"),
                perfect_auxiliaries: words("perfect_auxiliaries"),
                present_auxiliaries: words("present_auxiliaries"),
                modals: words("modals"),
                counterfactual_modals: words("counterfactual_modals"),
                verb_adverbs: words("verb_adverbs"),
                comparatives: words("comparatives"),
                first_person: words("first_person"),
                attitude_verbs: words("attitude_verbs"),
                distancing_verbs: words("distancing_verbs"),
                concessive_boosters: words("concessive_boosters"),
                concession_turns: words("concession_turns"),
                knowing_verbs: words("knowing_verbs"),
                open_questions: words("open_questions"),
                exclusion_nouns: words("exclusion_nouns"),
                existentials: words("existentials"),
                exclusion_boosters: words("exclusion_boosters"),
                present_verbs: words("present_verbs"),
                no_not_subject: words("no_not_subject"),
                group_determiners: words("group_determiners"),
                not_superlatives: words("not_superlatives"),
                record_words: words("record_words"),
                participle_totality: words("participle_totality"),
                total_negators: words("total_negators"),
                either_prepositions: words("either_prepositions"),
                either_determiners: words("either_determiners"),
                either_negations: words("either_negations"),
                dilemma_subjects: words("dilemma_subjects"),
                dilemma_obligations: words("dilemma_obligations"),
                dilemma_threats: words("dilemma_threats"),
                span_openers: words("span_openers"),
                rankings: words("rankings"),
                ranked_spans: words("ranked_spans"),
                rank_words: words("rank_words"),
                impersonal_be: words("impersonal_be"),
                set_off_phrases: words("set_off_phrases"),
                bounding_words: words("bounding_words"),
                reporting_verbs: words("reporting_verbs"),
            },
            totality: WordSet::new(list("totality_adverbs"), vocabulary),
            verdicts: WordSet::new(list("verdicts"), vocabulary),
            // The alternative names the word, so it is made per finding.
            totality_pattern: pattern(
                2,
                "absolute-claim/totality-verdict",
                TOTALITY_EXPLANATION,
                None,
            ),
            total_negation: pattern(
                2,
                TOTAL_NEGATION_RULE,
                TOTAL_NEGATION_EXPLANATION,
                Some("say what little there is, or what is missing"),
            ),
            dilemma: pattern(
                2,
                "absolute-claim/either-or",
                DILEMMA_EXPLANATION,
                Some("ask what other options exist"),
            ),
            exclusion: pattern(
                2,
                "absolute-claim/there-is-no-other",
                EXCLUSION_EXPLANATION,
                Some("say what the alternatives are and why they fail"),
            ),
            nothing_beyond: pattern(
                1,
                "absolute-claim/could-not-be-clearer",
                NOTHING_BEYOND_EXPLANATION,
                Some("say how clear (or bad) it is, and show it"),
            ),
            superlative_ever: pattern(
                2,
                SUPERLATIVE_EVER_RULE,
                SUPERLATIVE_EVER_EXPLANATION,
                Some("one of the, among the (say compared with what)"),
            ),
            no_member: pattern(
                2,
                "absolute-claim/no-member-of-a-group",
                NO_MEMBER_EXPLANATION,
                Some("few, hardly any (say who)"),
            ),
            all_members: pattern(
                2,
                "absolute-claim/all-of-a-group",
                ALL_MEMBERS_EXPLANATION,
                Some("many, most (say which)"),
            ),
        }
    }

    /// Absolute claims in one sentence, one per passage.
    pub fn detect(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        if s.is_question() {
            return Vec::new();
        }
        let phrases = self.phrases.find(s);
        let mut patterns = Vec::new();
        patterns.extend(self.exclusions(s));
        patterns.extend(self.nothing_beyond(s));
        patterns.extend(self.superlatives_ever(s));
        patterns.extend(self.no_member_of_a_group(s));
        patterns.extend(self.all_of_a_group(s));
        patterns.extend(self.totality_verdicts(s));
        patterns.extend(self.total_negations(s));
        patterns.extend(self.either_or(s));
        // Most sentences hold no candidate: the idioms are looked for only when one does.
        if phrases.is_empty() && patterns.is_empty() {
            return Vec::new();
        }
        let idioms: Vec<Span> = self
            .idioms
            .find(s, |_, _| true)
            .into_iter()
            .map(|(_, span)| span)
            .collect();
        let in_idiom = |span: Span| idioms.iter().any(|i| i.overlaps(span));
        let tail = self.sentence_tail(s);
        let mut out = Vec::new();
        for m in phrases {
            if in_idiom(m.span) {
                continue;
            }
            let first = word_holding(s, m.span.start);
            let after = s.word_at_or_after(m.span.end);
            let phrase = crate::lexicon::normalize(m.span.slice(s.text));
            if self.makes_no_claim(s, &tail, &phrase, first, after) {
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
        // Patterns: each candidate passes the same voice checks as a phrase.
        for d in patterns {
            let first = word_holding(s, d.span.start);
            let after = s.word_at_or_after(d.span.end);
            // "no … at all" is made of an idiom; "one of the most … ever" is hedged by one.
            let idiom = in_idiom(d.span) && &*d.rule != TOTAL_NEGATION_RULE;
            // "its highest level ever since 1990" ranks within a span of time.
            let bounded = &*d.rule == SUPERLATIVE_EVER_RULE && self.is_bounded(s, after);
            if !idiom
                && !bounded
                && !self.outside_authors_voice(s, first, after)
                && !self.is_negated(s, first)
                && !self.is_reported(s, &tail, first, after)
            {
                out.push(d);
            }
        }
        drop_overlaps(&mut out);
        out
    }

    /// Whether the phrase `phrase` (words `first` up to `after`) makes no absolute claim of
    /// the author's own.
    fn makes_no_claim(
        &self,
        s: &SentenceContext<'_>,
        tail: &SentenceTail,
        phrase: &str,
        first: usize,
        after: usize,
    ) -> bool {
        let l = &self.lists;
        let start = self.clause_start(s, first);
        self.outside_authors_voice(s, first, after)
            || (!phrase.starts_with("any")
                && !l.negative_polarity.contains(phrase)
                && self.is_negated(s, first))
            || self.is_literal_scope(s, after)
            || (is_positive_universal(phrase) && self.is_rule(s, start, after))
            || (l.historical.contains(phrase)
                && self.is_historical(s, start, first, after, is_adverb(phrase)))
            || self.is_counterfactual(s, start, first, after)
            || self.is_own_attitude(s, start, first, after)
            || (l.concessive_boosters.contains(phrase) && tail.turns_after(after))
            || self.states_uncertainty(s, phrase, after)
            || (l.set_off_phrases.contains(phrase) && !self.is_set_off(s, first))
            || ((l.historical.contains(phrase) || l.rankings.contains(phrase))
                && self.is_bounded(s, after))
            || self.is_reported(s, tail, first, after)
            || (l.ranked_spans.contains(phrase) && !self.is_ranked(s, first))
    }

    /// Checks shared by phrases and patterns: a name ("the Never Trump movement"), a hedge
    /// near the words in their clause, a claim the author distances from, a named
    /// speaker's claim reported.
    fn outside_authors_voice(&self, s: &SentenceContext<'_>, first: usize, after: usize) -> bool {
        // "their Never Trump tactics": a capital mid-sentence makes the words a name.
        (s.is_name(first) && !s.starts_clause(first))
            || self.is_hedged(s, first, after)
            || self.is_distanced(s, first)
            // "UMC Care says none of its clinics…": a named speaker's claim, reported.
            || s.reported_by_name(first, 6)
    }

    /// The first word of the clause holding word `i`: after the last clause mark (`,` `;`
    /// `:` a dash, a bracket or a quote mark) or at the last clause-opening word before it.
    fn clause_start(&self, s: &SentenceContext<'_>, i: usize) -> usize {
        self.clause_start_over(s, i, false)
    }

    /// The same, reading over commas when `over_commas` (a negation reaches over a list:
    /// "not X, Y or Z").
    fn clause_start_over(&self, s: &SentenceContext<'_>, i: usize, over_commas: bool) -> usize {
        // A match may end the sentence's words: `i` is then one past the last word.
        let i = i.min(s.words.len().saturating_sub(1));
        for j in (0..i).rev() {
            let gap = &s.text[s.words[j].span.end..s.words[j + 1].span.start];
            // Most gaps are one space: nothing to look for in them.
            let plain = gap.len() == 1 && gap.as_bytes()[0] == b' ';
            if !plain
                && (gap.contains([';', ':', '—', '–', '(', ')', '"', '“', '”'])
                    || (!over_commas && gap.contains(',')))
            {
                return j + 1;
            }
            if self.lists.clause_breaks.has(s, j) {
                return j;
            }
        }
        0
    }

    /// "almost all", "perhaps never", "if everyone": a hedge before word `first` in its
    /// clause, or a hedging adverb set off just before it ("Perhaps, nobody …"), or one in
    /// the three words of the clause after the words ending before `after` ("nobody
    /// probably cares"), or a part of a group before it ("one of the most … in history").
    fn is_hedged(&self, s: &SentenceContext<'_>, first: usize, after: usize) -> bool {
        let hedges = &self.lists.hedges;
        let start = self.clause_start(s, first);
        let end = self.clause_end(s, after).min(after + 3);
        (start..first).any(|j| {
            hedges.has(s, j)
                || (self.lists.partitives.has(s, j)
                    && s.lower.get(j + 1).is_some_and(|w| w == "of"))
        }) || (start > 0 && hedges.has(s, start - 1))
            || (after..end).any(|k| hedges.has(s, k))
    }

    /// "not always", "it is not true that everyone": a negation before word `first` in its
    /// clause. Over "that" it reaches only through a word of truth or saying: "he doesn't
    /// know that everyone …" still claims about everyone.
    fn is_negated(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let l = &self.lists;
        let start = self.clause_start_over(s, first, true);
        (start..first).any(|j| {
            (l.negations.has(s, j) || s.lower[j].ends_with("n't"))
                && !(j + 1..first)
                    .any(|k| s.lower[k] == "that" && k - 1 != j && !l.truth_words.has(s, k - 1))
        })
    }

    /// "all 50 states", "every three years", "all three defendants".
    fn is_literal_scope(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        let next = |k: usize| s.words.get(after + k);
        let is_count = |k: usize| {
            next(k).is_some_and(|w| w.is_number() || self.lists.number_words.has(s, after + k))
        };
        is_count(0) || (next(0).is_some_and(|w| w.is("the") || w.is("of")) && is_count(1))
    }

    /// "Every citizen must register", "open to anyone who": a rule's scope, in the clause.
    fn is_rule(&self, s: &SentenceContext<'_>, start: usize, after: usize) -> bool {
        let end = self.clause_end(s, after);
        (start..end).any(|k| self.lists.rule_words.has(s, k))
    }

    /// One past the last word of the clause that goes on at word `i`.
    fn clause_end(&self, s: &SentenceContext<'_>, i: usize) -> usize {
        for k in i..s.words.len() {
            if k > i && self.lists.clause_breaks.has(s, k) {
                return k;
            }
            if let Some(next) = s.words.get(k + 1) {
                let gap = &s.text[s.words[k].span.end..next.span.start];
                if gap.contains([',', ';', ':', '—', '–', '(', ')']) {
                    return k + 1;
                }
            }
        }
        s.words.len()
    }

    /// Whether the clause's verb puts a universal word in the past, a plain fact: "he
    /// never (really) returned", "no one was hurt", "she had never been", "not a single
    /// passenger was". Not: "will never", "has never been" (the present perfect spans all
    /// time up to now; but "no one has mentioned it" reports a record), "none of them ever
    /// said" (a claim about every occasion), "they are always attacked". After an
    /// adverb ("never") the first word that is not an adverb is the verb; after a
    /// determiner or a pronoun a noun may come first.
    fn is_historical(
        &self,
        s: &SentenceContext<'_>,
        start: usize,
        first: usize,
        after: usize,
        adverb: bool,
    ) -> bool {
        let l = &self.lists;
        // The auxiliary before the universal word: "he had never", "they will never".
        for j in (start.max(first.saturating_sub(3))..first).rev() {
            if l.verb_adverbs.has(s, j) {
                continue;
            }
            if l.past_be.has(s, j) {
                return self.is_participle_next(s, after);
            }
            // "has done nothing": a participle after "has" is the present perfect.
            if l.past_tense.has(s, j) && j > 0 && l.perfect_auxiliaries.has(s, j - 1) {
                return false;
            }
            if l.past_auxiliaries.has(s, j) || l.past_tense.has(s, j) {
                return !self.has_ever(s, after);
            }
            if l.perfect_auxiliaries.has(s, j)
                || l.modals.has(s, j)
                || l.present_auxiliaries.has(s, j)
            {
                return false;
            }
            break;
        }
        // "none of the Gulf States signed": a determiner's noun may take a few words.
        for k in after..s.words.len().min(after + 6) {
            if s.lower[k] == "ever" {
                return false;
            }
            if l.verb_adverbs.has(s, k) {
                continue;
            }
            if l.past_auxiliaries.has(s, k)
                || l.past_tense.has(s, k)
                || is_regular_past(&s.lower[k])
            {
                return !self.has_ever(s, k + 1);
            }
            // "no one has mentioned it": a record; "nobody has ever", "has been more": claims.
            if l.perfect_auxiliaries.has(s, k) && !adverb {
                return !self.has_ever(s, k + 1) && !self.is_comparison(s, k + 1);
            }
            if adverb || l.modals.has(s, k) || l.present_verbs.has(s, k) {
                return false;
            }
        }
        false
    }

    /// Whether the first word from `from` on that is no adverb is a participle: "was never
    /// (formally) charged", not "was never about", "was always dishonest".
    fn is_participle_next(&self, s: &SentenceContext<'_>, from: usize) -> bool {
        let l = &self.lists;
        (from..s.words.len())
            .find(|&k| !l.verb_adverbs.has(s, k))
            .is_some_and(|k| l.past_tense.has(s, k) || is_regular_past(&s.lower[k]))
    }

    /// Whether "been" and a comparative follow: "nothing has been more damaging".
    fn is_comparison(&self, s: &SentenceContext<'_>, from: usize) -> bool {
        s.lower.get(from).is_some_and(|w| w == "been") && self.lists.comparatives.has(s, from + 1)
    }

    /// Whether "ever" follows within two words: "none of them was ever".
    fn has_ever(&self, s: &SentenceContext<'_>, from: usize) -> bool {
        (from..s.words.len().min(from + 2)).any(|k| s.lower[k] == "ever")
    }

    /// "they never would have", "it need never have begun", "no one could have known": a
    /// modal of the unreal with "have" speaks of a past that did not happen.
    fn is_counterfactual(
        &self,
        s: &SentenceContext<'_>,
        start: usize,
        first: usize,
        after: usize,
    ) -> bool {
        let l = &self.lists;
        let before =
            (start.max(first.saturating_sub(2))..first).any(|j| l.counterfactual_modals.has(s, j));
        let mut modal = before;
        for k in after..s.words.len().min(after + 3) {
            if l.counterfactual_modals.has(s, k) {
                modal = true;
            } else if s.lower[k] == "have" {
                return modal;
            } else if !l.verb_adverbs.has(s, k) {
                return false;
            }
        }
        false
    }

    /// "I never fail to", "I will always", "we certainly appreciate": the author's own
    /// habit, resolve or attitude, not a claim about the world.
    fn is_own_attitude(
        &self,
        s: &SentenceContext<'_>,
        start: usize,
        first: usize,
        after: usize,
    ) -> bool {
        let l = &self.lists;
        let subject = (start.max(first.saturating_sub(3))..first)
            .rev()
            .find(|&j| {
                !(l.verb_adverbs.has(s, j) || l.modals.has(s, j) || l.perfect_auxiliaries.has(s, j))
            });
        subject.is_some_and(|j| {
            l.first_person.has(s, j) || (s.lower[j] == "we" && l.attitude_verbs.has(s, after))
        })
    }

    /// Whether word `i` is set off by a clause mark: "it is good, period." (not "the comment
    /// period.").
    fn is_set_off(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        i == 0
            || s.starts_clause(i)
            || s.text[s.words[i - 1].span.end..s.words[i].span.start].contains([',', ';', '–'])
    }

    /// "the worst friction since the Cold War", "every president over the past 20 years",
    /// "the highest in decades": a span of time named in the clause after the words bounds
    /// the claim to it.
    fn is_bounded(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        let l = &self.lists;
        let end = (self.clause_end(s, after) + 1)
            .min(after + 8)
            .min(s.words.len());
        (after..end).any(|k| {
            l.bounding_words.has(s, k)
                && (s.lower[k] == "since"
                    || k > after && (l.span_openers.has(s, k - 1) || s.words[k - 1].is_number()))
        })
    }

    /// "Pence said Washington would never allow it", "more cases inevitably mean more
    /// deaths, said a researcher": someone else's words in indirect speech, a verb of
    /// saying before them in their clause chain or after them set off by a comma. Not
    /// "I said", "it should be noted", "the United States".
    fn is_reported(
        &self,
        s: &SentenceContext<'_>,
        tail: &SentenceTail,
        first: usize,
        after: usize,
    ) -> bool {
        let l = &self.lists;
        let start = self
            .clause_start_over(s, first, true)
            .max(first.saturating_sub(REPORTING_REACH));
        let before = (start..first).any(|j| {
            l.reporting_verbs.has(s, j)
                && !s.words[j].is_capitalized()
                && !(j > 0 && (l.first_person.has(s, j - 1) || l.impersonal_be.has(s, j - 1)))
        });
        // ", said Fox", ", the mayor argued": the verb within three words of a comma after
        // the claim. Past its first two words the sentence's last such verb decides.
        let close = (after + 1..s.words.len().min(after + 3))
            .any(|k| self.reported_after_comma(s, after, k));
        before || close || tail.reported_after_comma.is_some_and(|k| k >= after + 3)
    }

    /// Whether word `k` is a verb of saying within three words of a comma, the comma not
    /// before word `from`.
    fn reported_after_comma(&self, s: &SentenceContext<'_>, from: usize, k: usize) -> bool {
        let comma_before =
            |k: usize| s.text[s.words[k - 1].span.end..s.words[k].span.start].contains(',');
        self.lists.reporting_verbs.has(s, k)
            && (k.saturating_sub(2).max(from).max(1)..=k).any(comma_before)
    }

    /// What the voice checks read from the end of a sentence, found once per sentence: a
    /// run-on "sentence" of a scraped page can hold thousands of candidates.
    fn sentence_tail(&self, s: &SentenceContext<'_>) -> SentenceTail {
        let last = |test: &dyn Fn(usize) -> bool| (0..s.words.len()).rev().find(|&k| test(k));
        SentenceTail {
            reported_after_comma: last(&|k| self.reported_after_comma(s, 0, k)),
            last_concession_turn: last(&|k| self.lists.concession_turns.has(s, k)),
        }
    }

    /// "Nobody knows yet whether", "no one can say how": uncertainty stated, not a claim.
    fn states_uncertainty(&self, s: &SentenceContext<'_>, phrase: &str, after: usize) -> bool {
        if !matches!(phrase, "no one" | "nobody" | "no-one") {
            return false;
        }
        let l = &self.lists;
        let end = s.words.len().min(after + 5);
        let Some(verb) = (after..end).find(|&k| l.knowing_verbs.has(s, k)) else {
            return false;
        };
        (verb + 1..s.words.len().min(verb + 6)).any(|k| l.open_questions.has(s, k))
            && (after..verb)
                .all(|k| l.modals.has(s, k) || l.verb_adverbs.has(s, k) || s.lower[k] == "be")
    }

    /// Whether the author reports the claim at a distance: "critics who claim that …",
    /// "they insist there is no …" (the verb followed by "that" or by the claim itself;
    /// "the claim is false" is a noun).
    fn is_distanced(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        // Within a sentence's reach, not back to its start: a run-on "sentence" of a
        // scraped page can hold thousands of candidates.
        for j in (first.saturating_sub(DISTANCING_REACH)..first).rev() {
            if self.lists.concession_turns.has(s, j) {
                return false;
            }
            if self.lists.distancing_verbs.has(s, j) && (j + 1 == first || s.lower[j + 1] == "that")
            {
                return true;
            }
        }
        false
    }

    /// "There is (simply) no other way", "there can be no excuse": existence denied to
    /// every alternative (any noun, when a booster insists: "there is simply no money").
    fn exclusions(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        find_at_each_word(s, &self.exclusion, |i| {
            let mut k = i + 1;
            match &*s.lower[i] {
                "there's" | "there're" => {}
                "there" => {
                    // "there is", "there can be", "there will be".
                    if l.modals.has(s, k) && s.lower.get(k + 1).is_some_and(|w| w == "be") {
                        k += 2;
                    } else if l.existentials.has(s, k) {
                        k += 1;
                    } else {
                        return None;
                    }
                }
                _ => return None,
            }
            let boosted = l.exclusion_boosters.has(s, k);
            if boosted {
                k += 1;
            }
            if s.lower.get(k).is_none_or(|w| w != "no") || k + 1 >= s.words.len() {
                return None;
            }
            ((boosted || l.exclusion_nouns.has(s, k + 1)) && only_spaces(s, i, k + 1))
                .then_some((i, k + 1))
        })
    }

    /// "The choice could not be clearer", "it couldn't be more wrong": nothing beyond it.
    fn nothing_beyond(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        find_at_each_word(s, &self.nothing_beyond, |i| {
            let be = match &*s.lower[i] {
                "couldn't" | "can't" | "cannot" => i + 1,
                "could" | "can" if s.lower.get(i + 1).is_some_and(|n| n == "not") => i + 2,
                _ => return None,
            };
            if s.lower.get(be).is_none_or(|b| b != "be") || !self.lists.comparatives.has(s, be + 1)
            {
                return None;
            }
            let more = matches!(&*s.lower[be + 1], "more" | "less") && be + 2 < s.words.len();
            Some((i, if more { be + 2 } else { be + 1 }))
        })
    }

    /// Whether word `j` is a superlative: "most", "best", "largest" (not "honest", "first").
    fn is_superlative(&self, s: &SentenceContext<'_>, j: usize) -> bool {
        let w = &*s.lower[j];
        matches!(w, "most" | "least" | "best" | "worst")
            || (w.len() > 4
                && w.ends_with("est")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !self.lists.not_superlatives.has(s, j)
                && !self.lists.record_words.has(s, j))
    }

    /// Whether a ranking stands before word `first` in its clause, within eight words: "the
    /// largest deficit in history", "the first time in history" (not "a degree in history").
    fn is_ranked(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let start = self.clause_start(s, first).max(first.saturating_sub(8));
        (start..first).any(|j| self.is_superlative(s, j) || self.lists.rank_words.has(s, j))
    }

    /// "the most important decision ever", "the best ever": a superlative with "ever"
    /// within six words before it in its clause (not "the first ever", "the highest ever
    /// recorded", "more than ever").
    fn superlatives_ever(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        find_at_each_word(s, &self.superlative_ever, |k| {
            if k == 0
                || s.lower[k] != "ever"
                || l.record_words.has(s, k - 1)
                || l.record_words.has(s, k + 1)
                || s.lower[k - 1] == "than"
            {
                return None;
            }
            let start = self.clause_start(s, k).max(k.saturating_sub(6));
            (start..k)
                .find(|&j| self.is_superlative(s, j))
                .map(|j| (j, k))
        })
    }

    /// "No parent wants this", "no Democrat is going to benefit": "no" and a noun opening
    /// a clause, then a verb in the present or a modal.
    fn no_member_of_a_group(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        find_at_each_word(s, &self.no_member, |i| {
            // The word first: the clause's start is a walk back over the sentence.
            if s.lower[i] != "no" || i + 2 >= s.words.len() || !self.opens_clause(s, i) {
                return None;
            }
            let noun = i + 1;
            if !only_spaces(s, i, noun)
                || l.no_not_subject.has(s, noun)
                || l.hedges.has(s, noun)
                || s.words[noun].is_number()
                || l.number_words.has(s, noun)
            {
                return None;
            }
            // One adjective may stand before the noun: "no serious economist believes".
            let verb =
                (noun + 1..s.words.len().min(noun + 3)).find(|&k| l.present_verbs.has(s, k))?;
            // "No Republicans have said they will": a record of what happened so far.
            let record = l.perfect_auxiliaries.has(s, verb)
                && !self.has_ever(s, verb + 1)
                && self.is_participle_next(s, verb + 1);
            (!record).then_some((i, verb - 1))
        })
    }

    /// Whether word `i` opens a clause: at a clause mark or just after a clause-opening word.
    fn opens_clause(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        self.clause_start(s, i) == i || (i > 0 && self.lists.clause_breaks.has(s, i - 1))
    }

    /// "All politicians lie", "all the experts agree": "all" and a group named by a plural
    /// noun as the subject of a clause (not a count, a rule or a plain past fact; "destroy
    /// all forms of", "leads all polls" only say what an action covers).
    fn all_of_a_group(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        find_at_each_word(s, &self.all_members, |i| {
            if s.lower[i] != "all" || i + 2 >= s.words.len() || !self.opens_clause(s, i) {
                return None;
            }
            let mut noun = i + 1;
            while noun < i + 3 && l.group_determiners.has(s, noun) {
                noun += 1;
            }
            let verb = noun + 1;
            let start = self.clause_start(s, i);
            let no_group = verb >= s.words.len()
                || !looks_plural(&s.lower[noun])
                || !only_spaces(s, i, verb)
                || l.either_prepositions.has(s, verb)
                || l.clause_breaks.has(s, verb)
                || self.is_negated(s, i)
                || self.is_literal_scope(s, i + 1)
                || self.is_rule(s, start, verb)
                || self.is_historical(s, start, i, verb, false);
            (!no_group).then_some((i, noun))
        })
    }

    /// "completely false", "totally botched": a verdict or a participle made total.
    fn totality_verdicts(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let mut out = find_at_each_word(s, &self.totality_pattern, |k| {
            let next = s.lower.get(k + 1)?;
            let participle = is_regular_past(next) && self.lists.participle_totality.has(s, k);
            (self.totality.has(s, k) && (self.verdicts.has(s, k + 1) || participle))
                .then_some((k, k + 1))
        });
        // The alternative names the word, so it is the one text made per finding.
        for d in &mut out {
            let verdict = &s.lower[word_holding(s, d.span.end - 1)];
            d.alternative = Some(Arc::from(format!("say in what way it is {verdict}")));
        }
        out
    }

    /// "no value at all", "without any evidence at all": a negation made total, up to three
    /// words between it and "at all" ("not at all", a hedge as often as not, is left out).
    fn total_negations(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        find_at_each_word(s, &self.total_negation, |i| {
            if i == 0 || !(s.lower[i] == "at" && s.lower.get(i + 1).is_some_and(|w| w == "all")) {
                return None;
            }
            (i.saturating_sub(4)..i - 1)
                .rev()
                .find(|&j| self.lists.total_negators.has(s, j))
                .map(|j| (j, i + 1))
        })
    }

    /// "Either we act now or we lose everything", "we must either cut or borrow", "either
    /// he resigns or …": two courses of action framed as the only ones. A plain list
    /// ("either chicken or fish", "mention of either Paris or Rome") is no dilemma.
    fn either_or(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        let mut out = find_at_each_word(s, &self.dilemma, |i| {
            if s.lower[i] != "either" {
                return None;
            }
            let listing = i > 0 && l.either_prepositions.has(s, i - 1)
                || l.either_prepositions.has(s, i + 1)
                || l.either_determiners.has(s, i + 1);
            // "never … either … or" means neither.
            let negated = (i.saturating_sub(4)..i)
                .any(|j| l.either_negations.has(s, j) || s.lower[j].ends_with("n't"));
            if listing || negated {
                return None;
            }
            let or = (i + 2..s.words.len()).find(|&k| s.lower[k] == "or")?;
            let framed = s.starts_clause(i)
                || self.clause_start(s, i) == i
                || l.dilemma_subjects.has(s, i + 1)
                || l.dilemma_subjects.has(s, or + 1)
                || l.dilemma_threats.has(s, or + 1)
                || (i > 0 && l.dilemma_obligations.has(s, i - 1))
                || (i > 1 && s.lower[i - 1] == "to" && l.dilemma_obligations.has(s, i - 2));
            framed.then_some((i, or))
        });
        // One dilemma per sentence: the first.
        out.truncate(1);
        out
    }
}

/// Findings of `pattern`, one for each word `i` where `find(i)` gives the first and last
/// word of a passage: the loop every pattern of this detector runs.
fn find_at_each_word(
    s: &SentenceContext<'_>,
    pattern: &Pattern,
    find: impl FnMut(usize) -> Option<(usize, usize)>,
) -> Vec<Detection> {
    (0..s.words.len())
        .filter_map(find)
        .map(|(first, last)| {
            pattern.at(Span::new(s.words[first].span.start, s.words[last].span.end))
        })
        .collect()
}

/// The word that holds byte `offset` ("ii.never" holds "never"): a phrase can start inside
/// a word that joins two with a stop.
fn word_holding(s: &SentenceContext<'_>, offset: usize) -> usize {
    s.words
        .partition_point(|w| w.span.end <= offset)
        .min(s.words.len().saturating_sub(1))
}

/// Whether words `from` to `to` run on with nothing but spaces between them (no quote
/// mark, no comma): one stretch of the author's words.
fn only_spaces(s: &SentenceContext<'_>, from: usize, to: usize) -> bool {
    (from..to).all(|k| {
        s.text[s.words[k].span.end..s.words[k + 1].span.start]
            .chars()
            .all(char::is_whitespace)
    })
}

/// Whether a universal phrase is an adverb of time ("never", "always"): its verb follows
/// at once, where a determiner's noun comes first.
fn is_adverb(phrase: &str) -> bool {
    phrase.ends_with("never")
        || phrase.starts_with("never")
        || phrase.ends_with("always")
        || phrase == "not once"
}

/// Whether a lower-case word looks like a regular past tense or participle: "returned".
fn is_regular_past(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed")
}

/// Universal words whose scope a rule can set: "every citizen must", "all applicants shall".
fn is_positive_universal(phrase: &str) -> bool {
    phrase.starts_with("every") || phrase.starts_with("all") || phrase.starts_with("any")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detector::testing::{Built, built, check_table};

    fn detector() -> Built<AbsoluteClaim> {
        built(AbsoluteClaim::new)
    }

    fn check(cases: &[(&str, &[&str])]) {
        let d = detector();
        check_table(&d.vocabulary, cases, |s| d.detect(s));
    }

    #[test]
    fn flags_generalizations_and_boosters() {
        check(&[
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
                &["Everyone knows", "undeniably"],
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
            ("Everything about this deal is rotten.", &["Everything"]),
        ]);
    }

    #[test]
    fn the_clause_verb_decides_what_is_history() {
        check(&[
            ("He never returned home after the war.", &[]),
            ("He never really returned home.", &[]),
            ("The senator never even tried to answer.", &[]),
            ("She had never been so humiliated.", &[]),
            ("The mayor was never charged.", &[]),
            ("The suspect was never seen again.", &[]),
            ("The plan was never about safety.", &["never"]),
            ("He was always dishonest.", &["always"]),
            ("She has never apologized for the remark.", &["never"]),
            ("No one has mentioned his name since.", &[]),
            (
                "Reformers are always attacked by the old guard.",
                &["always"],
            ),
            ("He always carried a notebook.", &[]),
            ("None of them ever admitted a mistake.", &["None of them"]),
            ("No one was hurt in the fire.", &[]),
            ("Not a single passenger was injured.", &[]),
            ("They never would have won without the unions.", &[]),
            ("The war need never have begun.", &[]),
            ("No one could have predicted the flood.", &[]),
            // Still claims: the future, a modal, a comparative, a boast about all history.
            ("This council will never change.", &["will never"]),
            ("He would never admit a mistake.", &["never"]),
            ("The country has never been more divided.", &["never"]),
            ("Nobody has ever been treated so unfairly.", &["Nobody"]),
            ("They always lie.", &["always"]),
        ]);
    }

    #[test]
    fn hedges_and_negations_anywhere_in_the_clause_soften_it() {
        check(&[
            ("Not always, but often, the council listens.", &[]),
            ("Almost all of the members voted yes.", &[]),
            ("It is not true that everyone benefits from the tax.", &[]),
            ("Perhaps the council will never change.", &[]),
            ("Rarely if ever does the council listen to everyone.", &[]),
            ("I don't think that everyone agrees.", &[]),
            ("The plan will probably help almost nobody.", &[]),
            ("It may never be known.", &[]),
            // A negation in another clause, or one over "that" without a word of truth,
            // leaves the claim standing.
            (
                "The mayor did not come, and everyone knows why.",
                &["everyone knows"],
            ),
            ("He doesn't understand that nobody trusts him.", &["nobody"]),
            ("She does not help anyone who asks.", &["anyone who"]),
            ("Is it really true that nobody cares?", &[]),
        ]);
    }

    #[test]
    fn literal_scope_rules_and_idioms_are_not_claims() {
        check(&[
            ("The law applies in all 50 states.", &[]),
            ("Elections are held every three years.", &[]),
            ("All three defendants pleaded guilty.", &[]),
            ("Every citizen must register to vote.", &[]),
            ("The law applies to everyone who earns a wage.", &[]),
            ("All applicants are required to submit a form.", &[]),
            ("After all, it is only a bridge.", &[]),
            ("The paint fades with every wash.", &[]),
            ("They will do everything possible to help.", &[]),
            ("The school is fully funded.", &[]),
            ("Either side may appeal the ruling.", &[]),
            ("She walks there every morning.", &[]),
        ]);
    }

    #[test]
    fn the_authors_own_habits_concessions_and_distance_are_not_claims() {
        check(&[
            ("I never fail to enjoy the debate.", &[]),
            ("I will never vote for him.", &[]),
            ("We certainly appreciate the mayor's candour.", &[]),
            ("I am no expert, of course, but the figures look odd.", &[]),
            ("Nobody knows yet whether the bill will pass.", &[]),
            ("No one can say how long the strike will last.", &[]),
            (
                "The lobby claimed that the tax was the only way to pay.",
                &[],
            ),
            ("UMC Care says none of its clinics saw him.", &[]),
            (
                "Critics say teenagers will never accept it.",
                &["will never"],
            ),
            ("We never learn from history.", &["never"]),
            ("Of course the minister knew.", &["Of course"]),
        ]);
    }

    #[test]
    fn boosters_and_universals_written_many_ways() {
        check(&[
            (
                "There is simply no other explanation.",
                &["There is simply no other"],
            ),
            (
                "There can be no compromise with them.",
                &["There can be no compromise"],
            ),
            (
                "There is no alternative to this budget.",
                &["There is no alternative"],
            ),
            ("There was no rain last week.", &[]),
            (
                "The choice could not be clearer.",
                &["could not be clearer"],
            ),
            ("The stakes couldn't be higher.", &["couldn't be higher"]),
            (
                "The plan is beyond any doubt a failure.",
                &["beyond any doubt"],
            ),
            (
                "No one in their right mind would vote for this.",
                &["No one in their right mind"],
            ),
            (
                "The rule is enforced without exception.",
                &["without exception"],
            ),
            ("Every single one of them lied.", &["Every single"]),
            (
                "It was the most shameful vote ever.",
                &["most shameful vote ever"],
            ),
            ("It was the first ever vote of its kind.", &[]),
            ("It was the highest tide ever recorded.", &[]),
            (
                "No Democrat is going to gain more from this than the senator.",
                &["No Democrat"],
            ),
            (
                "No serious economist believes this.",
                &["No serious economist"],
            ),
            ("No charges were filed.", &[]),
            ("All politicians are liars.", &["All politicians"]),
            (
                "The senator is most definitely not the favourite.",
                &["definitely"],
            ),
            (
                "It was the ultimate betrayal of the voters.",
                &["the ultimate"],
            ),
            ("Her defence is second to none.", &["second to none"]),
            (
                "Never before has a mayor lied so boldly.",
                &["Never before"],
            ),
            ("It is the largest deficit in history.", &["in history"]),
            (
                "The deal is nothing more than a stunt.",
                &["nothing more than"],
            ),
            ("There is no evidence whatsoever.", &["whatsoever"]),
            ("It is one of the worst bills in history.", &[]),
            ("Perhaps, nobody cares.", &[]),
            ("It is not entirely true.", &[]),
            ("They joined the Never Trump movement.", &[]),
            ("Close to 100% of members voted for it.", &[]),
            (
                "Make no mistake: this is a power grab.",
                &["Make no mistake"],
            ),
        ]);
    }

    #[test]
    fn reported_speech_bounded_records_and_set_off_closers_are_not_the_authors_claims() {
        check(&[
            // Indirect speech: a verb of saying before the words in their clause chain, or
            // after them set off by a comma.
            ("The senator said the board would never listen.", &[]),
            (
                "Higher fares inevitably mean fewer riders, said a planner.",
                &[],
            ),
            ("Lower rents are the only answer, the mayor argued.", &[]),
            ("I said the board would never listen.", &["never"]),
            (
                "It should be noted that nobody trusts the board.",
                &["nobody"],
            ),
            (
                "The mayor spoke, and the plan is clearly a failure.",
                &["clearly"],
            ),
            // A span of time bounds a record.
            ("It was the worst storm since 1990.", &[]),
            ("Every mayor over the past 20 years has raised fares.", &[]),
            ("The debt is at its highest level ever in decades.", &[]),
            (
                "It was the worst storm in history.",
                &["the worst", "in history"],
            ),
            // A span of all time ranks only after a ranking.
            ("She holds a degree in history.", &[]),
            ("It was the first time in history.", &["in history"]),
            ("It is one of the greatest con jobs of all time.", &[]),
            (
                "It is the greatest con job of all time.",
                &["the greatest", "of all time"],
            ),
            // "No <group> have said": a record so far.
            ("No senators have said how they will vote.", &[]),
            ("No senator has ever been so rude.", &["No senator"]),
            // Closers count only when set off: "good, period." but not "a comment period.".
            ("The plan is a failure, period.", &["period."]),
            ("The board opened a public comment period.", &[]),
            // A perfect tense lists what happened: no choice is offered.
            ("Many members have either resigned or retired.", &[]),
            // "their every move" is an idiom; "the worst of it", "the worst is over" a stage.
            ("The crowd cheered their every word.", &[]),
            ("The worst of the storm has passed.", &[]),
            ("The worst is over for the town.", &[]),
            ("The deal appeared doomed from the start.", &[]),
            ("The bill had no chance of passing.", &[]),
            // Exclusivity of a condition.
            (
                "Peace will come only when the regime falls.",
                &["only when"],
            ),
            ("The alarm sounds not only when the door opens.", &[]),
        ]);
    }

    #[test]
    fn dilemmas_need_a_choice_frame_and_lists_are_not_dilemmas() {
        check(&[
            (
                "Either we act now or we lose everything.",
                &["Either we act now or", "everything"],
            ),
            (
                "You are either with us or against us.",
                &["with us or against us"],
            ),
            (
                "We must either cut spending or raise taxes.",
                &["either cut spending or"],
            ),
            (
                "Pay the fine either now or else face jail.",
                &["either now or"],
            ),
            (
                "The only choice is between freedom and tyranny.",
                &["The only choice is between"],
            ),
            ("We can serve either chicken or fish.", &[]),
            ("The winner gets either a car or a boat.", &[]),
            ("Guests may bring either a salad or a dessert.", &[]),
        ]);
    }
}
