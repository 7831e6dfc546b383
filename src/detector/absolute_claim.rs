//! `absolute-claim`: claims made as universal, certain or exclusive about matters open to doubt.
//!
//! Lexicon phrases (universal words, certainty boosters, exclusivity, false dilemmas) are
//! found with the phrase matcher, then the clause around each one decides whether the
//! author generalises in their own voice:
//! - a hedge or a negation anywhere before it in its clause softens it ("perhaps never",
//!   "it is not true that everyone"); a negation reaches over "that" only through a word
//!   of truth or saying ("not true that", but not "doesn't know that");
//! - literal scope ("all 50 states", "those who get none", "the only case scheduled for
//!   Monday", "not one but two"), one person supposed ("a politician who never lies is rare"), rules ("every citizen must register"), aims ("wants to
//!   give everyone", "make sure everyone"), a reach ("everyone he can") and a capitalised
//!   title ("the Never Trump camp") are no claims;
//! - idioms that contain universal words are not claims ("after all", "with every use");
//! - the clause's verb decides whether a universal states a plain historical fact ("he
//!   never really returned", "no one was hurt", "she had never been") or a counterfactual
//!   ("they never would have"); "will never", "has never been more" stay claims;
//! - the author's own habits and attitudes ("I never", "we certainly appreciate"), claims
//!   the author keeps at a distance ("who claim that"), concessions ("of course …, but")
//!   and stated uncertainty ("nobody knows whether") make no claim; questions ask;
//! - someone else's words in indirect speech ("Pence said Washington would never …", "…,
//!   said a researcher", "she said the mayor, who runs the city, would never …") are reported,
//!   not claimed; a span of time bounds a universal or
//!   a ranking ("the worst since 1991", "every president over the past 20 years"); a
//!   closer counts only when set off ("good, period.", not "a comment period.");
//! - a claim set out as someone else's is theirs: after a noun of saying or believing and
//!   "that" ("a promise that …", "the myth that …"), in a point of view given to someone
//!   ("in Trump's mind"), after "claims to"; a totality adverb before a verb of speech
//!   ("categorically denied") tells how someone spoke, an adverb after one ("to put it
//!   plainly") how the writer speaks.
//!
//! Patterns complete it: "there is (simply) no other way" (and "there is/was no" with a gerund:
//! "there was no reversing course"), "there is no evidence" (a present denial of every study
//! and sign), "could not be clearer", a superlative with "ever", "no `<group>` is/will …", "all
//! `<group>`", "there are only two kinds", a predicate "all" ("it was all pretense"), "the one
//! `<noun>` that", "only a fool would" ("only", someone, "would"/"could"/"can"), a totality adverb before a verdict ("completely false"), "no … at all", and
//! "either … or" framed as the only two courses of action. The vocabulary these rules read is in
//! the absolute-claim lexicon's `[lists]`; the grammar words the patterns are built on (articles,
//! auxiliaries, pronouns, prepositions: "there", "was", "no", "the", "one", "to", "other",
//! "than") are in the code.

use super::{
    Detection, FormIndex, NumberedWords, Pattern, PhraseMatcher, SentenceContext,
    VocabularyBuilder, WordSet, drop_overlaps, looks_plural,
};
use crate::category::Category;
use crate::lexicon::LexiconSet;
use crate::text::span::Span;
use rustc_hash::FxHashSet;

mod patterns;
mod voice;

/// How many words back a distancing verb ("who claimed that …") is looked for.
const DISTANCING_REACH: usize = 40;

/// How many words back, in the same clause chain, a verb of saying reports a claim
/// ("Pence said Washington would never allow it").
const REPORTING_REACH: usize = 20;

/// The words the patterns' passages start with ("there", "could", "ever", "no", "all", "at",
/// "either"), read as text by the pattern rules (`patterns.rs`).
const PATTERN_STARTS: &[&str] = &[
    "there", "there's", "there're", "couldn't", "can't", "cannot", "could", "can", "ever", "no",
    "all", "at", "either", "only", "one",
];

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
const NO_EVIDENCE_EXPLANATION: &str =
    "Sweeping denial: \"there is no evidence\" says not one study, fact or sign exists anywhere.";
/// The category's question ("is it really all, never, only?") fits universal words; these
/// devices claim something else, so they ask their own.
const DILEMMA_QUESTION: &str =
    "Are these really the only two choices? What lies between them, or beside them?";
const BOOSTER_QUESTION: &str =
    "What evidence does the author give? Would the point still convince without these words?";
const NOTHING_BEYOND_EXPLANATION: &str =
    "Extremity: \"could not be clearer\" says nothing could go further, beyond any degree.";
const SUPERLATIVE_EVER_EXPLANATION: &str =
    "Extremity: a superlative with \"ever\" ranks it above everything in all of history.";
const NO_MEMBER_EXPLANATION: &str =
    "Universal denial: \"no <group> …\" says not a single member of the group does it.";
const ONLY_KINDS_EXPLANATION: &str =
    "Exclusivity: \"there are only two kinds\" rules out every other kind, way or option.";
const PREDICATE_ALL_EXPLANATION: &str =
    "Totality: \"it was all …\" passes one verdict on the whole thing, with no part left out.";
const THE_ONE_EXPLANATION: &str =
    "Exclusivity: \"the one … that\" singles it out as the only one of its kind.";
const ONLY_AGENT_RULE: &str = "absolute-claim/only-someone-would";
const ONLY_AGENT_EXPLANATION: &str =
    "Exclusivity: \"only a fool would …\" says no one else would or could, without exception.";
const ALL_MEMBERS_EXPLANATION: &str =
    "Universal word: \"all <group>\" says it of every member of the group, with no exceptions.";

/// A word list the detector consults only near a candidate (no vocabulary role needed):
/// a sentence's words by their numbers, a phrase by its text.
#[derive(Debug, Default)]
struct Words {
    entries: FxHashSet<Box<str>>,
    /// The one-word entries, read by the sentence's word numbers.
    numbered: NumberedWords,
    /// The entries of two words ("all but"), as pairs: read word by word.
    pairs: Vec<(Box<str>, Box<str>)>,
}

impl Words {
    fn new(words: Vec<String>, vocabulary: &VocabularyBuilder) -> Self {
        let numbered = NumberedWords::new(words.iter().map(String::as_str), vocabulary);
        let pairs = words
            .iter()
            .filter_map(|w| w.split_once(' '))
            .filter(|(_, second)| !second.contains(' '))
            .map(|(first, second)| (first.into(), second.into()))
            .collect();
        Words {
            entries: words.into_iter().map(String::into_boxed_str).collect(),
            numbered,
            pairs,
        }
    }

    /// Whether lower-case word `i` of the sentence is in the list.
    fn has(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        self.numbered.has(s, i)
    }

    /// Whether words `i` and `i + 1` of the sentence are a two-word entry with only spaces
    /// between them: "all but" ("not at all, but" is none).
    fn has_pair(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        !self.pairs.is_empty()
            && matches!((s.lower.get(i), s.lower.get(i + 1)), (Some(a), Some(b))
                if self.pairs.iter().any(|(x, y)| **x == **a && **y == **b))
            && only_spaces(s, i, i + 1)
    }

    /// Whether `text` (lower case, maybe several words) is in the list.
    fn contains(&self, text: &str) -> bool {
        self.entries.contains(text)
    }

    /// Whether an entry of several words ends just before word `end`, its words joined by
    /// spaces only ("by and large"): compared word by word, nothing allocated.
    fn has_phrase_ending(&self, s: &SentenceContext<'_>, end: usize) -> bool {
        self.entries.iter().any(|e| {
            let n = e.split(' ').count();
            n > 1
                && n <= end
                && only_spaces(s, end - n, end - 1)
                && e.split(' ').eq(s.lower[end - n..end].iter().map(|w| &**w))
        })
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
    aim_words: Words,
    conditionals: Words,
    certainty_nouns: Words,
    existential_no: Words,
    degree_words: Words,
    ability_subjects: Words,
    ability_modals: Words,
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
    aside_existentials: Words,
    aside_clause_links: Words,
    knowing_verbs: Words,
    open_questions: Words,
    exclusion_nouns: Words,
    existentials: Words,
    exclusion_boosters: Words,
    present_verbs: Words,
    no_not_subject: Words,
    group_determiners: Words,
    determiners: Words,
    limited_universals: Words,
    not_superlatives: Words,
    record_words: Words,
    participle_totality: Words,
    irregular_participles: Words,
    measure_participles: Words,
    total_negators: Words,
    members_only: Words,
    either_prepositions: Words,
    either_determiners: Words,
    either_negations: Words,
    dilemma_subjects: Words,
    dilemma_obligations: Words,
    dilemma_threats: Words,
    span_openers: Words,
    rankings: Words,
    subset_rankings: Words,
    means_phrases: Words,
    ranked_spans: Words,
    rank_words: Words,
    impersonal_be: Words,
    set_off_phrases: Words,
    bounding_words: Words,
    reporting_verbs: Words,
    ratio_prepositions: Words,
    ratio_universals: Words,
    unknowables: Words,
    participle_prepositions: Words,
    past_states: Words,
    subordinators: Words,
    evidence_nouns: Words,
    coordinators: Words,
    report_nouns: Words,
    speech_acts: Words,
    manner_verbs: Words,
    manner_objects: Words,
    stating_verbs: Words,
    stating_subjects: Words,
    viewpoint_nouns: Words,
    others_possessives: Words,
    ing_nouns: Words,
    kind_counts: Words,
    kind_nouns: Words,
    kind_verbs: Words,
    predicate_all_subjects: Words,
    predicate_all_be: Words,
    predicate_all_contractions: Words,
    predicate_all_verdicts: Words,
    predicate_all_fillers: Words,
    set_off_hedges: Words,
    aside_openers: Words,
    aside_speakers: Words,
    aside_helpers: Words,
    aside_marks: Words,
    imperative_saying: Words,
    choosing_verbs: Words,
    past_existentials: Words,
    knowing_gerunds: Words,
    one_stops: Words,
    one_relatives: Words,
    only_agent_stops: Words,
    only_agent_openers: Words,
    only_agent_modals: Words,
    ordinals: Words,
    group_places: Words,
    inverting_universals: Words,
    concession_openers: Words,
    contrast_counts: Words,
    repeat_counts: Words,
    group_prepositions: Words,
    group_plurals: Words,
    rest_universals: Words,
    rest_prepositions: Words,
    subset_relatives: Words,
    subset_heads: Words,
    subset_openers: Words,
    subset_be: Words,
    supposed_articles: Words,
    supposed_openers: Words,
    report_joins: Words,
    condition_joins: Words,
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
    no_evidence: Pattern,
    nothing_beyond: Pattern,
    superlative_ever: Pattern,
    no_member: Pattern,
    all_members: Pattern,
    only_kinds: Pattern,
    predicate_all: Pattern,
    the_one: Pattern,
    only_agent: Pattern,
}

impl AbsoluteClaim {
    /// Compiles the detector from the absolute-claim lexicons in `lexicons`.
    pub fn new(lexicons: &LexiconSet, vocabulary: &VocabularyBuilder) -> Self {
        let list = |name| lexicons.list(Category::AbsoluteClaim, name);
        let words = |name| Words::new(list(name), vocabulary);
        let idioms = list("idioms");
        // The words the patterns' passages start with (each pattern reads its own as text,
        // the totality adverbs from their list): a sentence's other words are not tried. A
        // new pattern's first words go into PATTERN_STARTS (the unit tests check).
        let starts = vocabulary.role(
            PATTERN_STARTS
                .iter()
                .map(|w| w.to_string())
                .chain(list("totality_adverbs")),
        );
        let pattern = |weight, rule, explanation, alternative| {
            Pattern::new(
                Category::AbsoluteClaim,
                weight,
                rule,
                explanation,
                alternative,
            )
            .starting_at(starts)
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
                aim_words: words("aim_words"),
                conditionals: words("conditionals"),
                certainty_nouns: words("certainty_nouns"),
                existential_no: words("existential_no"),
                degree_words: words("degree_words"),
                ability_subjects: words("ability_subjects"),
                ability_modals: words("ability_modals"),
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
                aside_existentials: words("aside_existentials"),
                aside_clause_links: words("aside_clause_links"),
                knowing_verbs: words("knowing_verbs"),
                open_questions: words("open_questions"),
                exclusion_nouns: words("exclusion_nouns"),
                existentials: words("existentials"),
                exclusion_boosters: words("exclusion_boosters"),
                present_verbs: words("present_verbs"),
                no_not_subject: words("no_not_subject"),
                group_determiners: words("group_determiners"),
                determiners: words("determiners"),
                limited_universals: words("limited_universals"),
                not_superlatives: words("not_superlatives"),
                record_words: words("record_words"),
                participle_totality: words("participle_totality"),
                irregular_participles: words("irregular_participles"),
                measure_participles: words("measure_participles"),
                total_negators: words("total_negators"),
                members_only: words("members_only"),
                either_prepositions: words("either_prepositions"),
                either_determiners: words("either_determiners"),
                either_negations: words("either_negations"),
                dilemma_subjects: words("dilemma_subjects"),
                dilemma_obligations: words("dilemma_obligations"),
                dilemma_threats: words("dilemma_threats"),
                span_openers: words("span_openers"),
                rankings: words("rankings"),
                subset_rankings: words("subset_rankings"),
                means_phrases: words("means_phrases"),
                ranked_spans: words("ranked_spans"),
                rank_words: words("rank_words"),
                impersonal_be: words("impersonal_be"),
                set_off_phrases: words("set_off_phrases"),
                bounding_words: words("bounding_words"),
                reporting_verbs: words("reporting_verbs"),
                ratio_prepositions: words("ratio_prepositions"),
                ratio_universals: words("ratio_universals"),
                unknowables: words("unknowables"),
                participle_prepositions: words("participle_prepositions"),
                past_states: words("past_states"),
                subordinators: words("subordinators"),
                evidence_nouns: words("evidence_nouns"),
                coordinators: words("coordinators"),
                report_nouns: words("report_nouns"),
                speech_acts: words("speech_acts"),
                manner_verbs: words("manner_verbs"),
                manner_objects: words("manner_objects"),
                stating_verbs: words("stating_verbs"),
                stating_subjects: words("stating_subjects"),
                viewpoint_nouns: words("viewpoint_nouns"),
                others_possessives: words("others_possessives"),
                ing_nouns: words("ing_nouns"),
                kind_counts: words("kind_counts"),
                kind_nouns: words("kind_nouns"),
                kind_verbs: words("kind_verbs"),
                predicate_all_subjects: words("predicate_all_subjects"),
                predicate_all_be: words("predicate_all_be"),
                predicate_all_contractions: words("predicate_all_contractions"),
                predicate_all_verdicts: words("predicate_all_verdicts"),
                predicate_all_fillers: words("predicate_all_fillers"),
                set_off_hedges: words("set_off_hedges"),
                aside_openers: words("aside_openers"),
                aside_speakers: words("aside_speakers"),
                aside_helpers: words("aside_helpers"),
                aside_marks: words("aside_marks"),
                imperative_saying: words("imperative_saying"),
                choosing_verbs: words("choosing_verbs"),
                past_existentials: words("past_existentials"),
                knowing_gerunds: words("knowing_gerunds"),
                one_stops: words("one_stops"),
                one_relatives: words("one_relatives"),
                only_agent_stops: words("only_agent_stops"),
                only_agent_openers: words("only_agent_openers"),
                only_agent_modals: words("only_agent_modals"),
                ordinals: words("ordinals"),
                group_places: words("group_places"),
                inverting_universals: words("inverting_universals"),
                concession_openers: words("concession_openers"),
                contrast_counts: words("contrast_counts"),
                repeat_counts: words("repeat_counts"),
                group_prepositions: words("group_prepositions"),
                group_plurals: words("group_plurals"),
                rest_universals: words("rest_universals"),
                rest_prepositions: words("rest_prepositions"),
                subset_relatives: words("subset_relatives"),
                subset_heads: words("subset_heads"),
                subset_openers: words("subset_openers"),
                subset_be: words("subset_be"),
                supposed_articles: words("supposed_articles"),
                supposed_openers: words("supposed_openers"),
                report_joins: words("report_joins"),
                condition_joins: words("condition_joins"),
            },
            totality: WordSet::new(list("totality_adverbs"), vocabulary),
            verdicts: WordSet::new(list("verdicts"), vocabulary),
            // The alternative names the word, so it is made per finding.
            totality_pattern: pattern(
                2,
                "absolute-claim/totality-verdict",
                TOTALITY_EXPLANATION,
                None,
            )
            .asking(BOOSTER_QUESTION),
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
            )
            .asking(DILEMMA_QUESTION),
            exclusion: pattern(
                2,
                "absolute-claim/there-is-no-other",
                EXCLUSION_EXPLANATION,
                Some("say what the alternatives are and why they fail"),
            ),
            no_evidence: pattern(
                2,
                "absolute-claim/there-is-no-evidence",
                NO_EVIDENCE_EXPLANATION,
                Some("say who looked for it, and what they found"),
            ),
            nothing_beyond: pattern(
                1,
                "absolute-claim/could-not-be-clearer",
                NOTHING_BEYOND_EXPLANATION,
                Some("say how clear (or bad) it is, and show it"),
            )
            .asking(BOOSTER_QUESTION),
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
            only_kinds: pattern(
                2,
                "absolute-claim/only-n-kinds",
                ONLY_KINDS_EXPLANATION,
                Some("among the main kinds (say what else there is)"),
            ),
            predicate_all: pattern(
                2,
                "absolute-claim/predicate-all",
                PREDICATE_ALL_EXPLANATION,
                Some("much of it, partly (say which part)"),
            ),
            the_one: pattern(
                2,
                "absolute-claim/the-one-that",
                THE_ONE_EXPLANATION,
                Some("one of the few (say what else there is)"),
            ),
            only_agent: pattern(
                2,
                ONLY_AGENT_RULE,
                ONLY_AGENT_EXPLANATION,
                Some("few but, mainly (say who else might)"),
            ),
        }
    }

    /// Absolute claims in one sentence, one per passage.
    pub fn detect(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        // A question asks: nothing in it is claimed. After a colon it asks only what follows
        // ("every speech returns to one theme: who leads the ticket?").
        let asked_from = if s.is_question() {
            match asked_after_colon(s) {
                Some(colon) => colon,
                None => return Vec::new(),
            }
        } else {
            usize::MAX
        };
        let phrases = self.phrases.find(s);
        let mut patterns = Vec::new();
        // Moved over whole or with `append`: most lists are empty, and `extend` would make
        // and drop an iterator over each (a tenth of a per cent of the analysis per pattern).
        super::take_all(&mut patterns, self.exclusions(s));
        super::take_all(&mut patterns, self.no_evidence(s));
        super::take_all(&mut patterns, self.nothing_beyond(s));
        super::take_all(&mut patterns, self.superlatives_ever(s));
        super::take_all(&mut patterns, self.no_member_of_a_group(s));
        super::take_all(&mut patterns, self.all_of_a_group(s));
        super::take_all(&mut patterns, self.only_kinds(s));
        super::take_all(&mut patterns, self.predicate_all(s));
        super::take_all(&mut patterns, self.the_one_that(s));
        super::take_all(&mut patterns, self.only_agents(s));
        super::take_all(&mut patterns, self.totality_verdicts(s));
        super::take_all(&mut patterns, self.total_negations(s));
        super::take_all(&mut patterns, self.either_or(s));
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
            let phrase = crate::lexicon::normalized(m.span.slice(s.text));
            if self.makes_no_claim(s, &tail, &phrase, first, after) {
                continue;
            }
            out.push(Detection {
                category: Category::AbsoluteClaim,
                span: m.span,
                weight: m.entry.weight,
                rule: m.rule(),
                reported: false,
            });
        }
        // Patterns: each candidate passes the same voice checks as a phrase.
        for d in patterns {
            let first = word_holding(s, d.span.start);
            let after = s.word_at_or_after(d.span.end);
            // "no … at all" is made of an idiom, "only the fanatics would" holds "only the";
            // "one of the most … ever" is hedged by one.
            let idiom = in_idiom(d.span)
                && &*d.rule.id != TOTAL_NEGATION_RULE
                && &*d.rule.id != ONLY_AGENT_RULE;
            // "its highest level ever since 1990" ranks within a span of time.
            let bounded = &*d.rule.id == SUPERLATIVE_EVER_RULE && self.is_bounded(s, after);
            // "there is no way to tell whether": uncertainty stated (the pattern's words
            // normalised only when the cheaper checks have passed).
            if !idiom
                && !bounded
                && !self.states_uncertainty(
                    s,
                    &crate::lexicon::normalized(d.span.slice(s.text)),
                    after,
                )
                && !self.outside_authors_voice(s, first, after)
                && !self.states_plainly(s, first, after)
                && !self.is_negated(s, first)
                && !self.is_reported(s, &tail, first, after)
            {
                out.push(d);
            }
        }
        out.retain(|d| d.span.start < asked_from);
        drop_overlaps(&mut out);
        out
    }
}

/// The byte a question set after a colon starts at ("one theme: who leads the ticket?"), the
/// words before the colon being no question; a colon in a time ("10:30") or a link sets off none,
/// and a label of a few words ("The obvious question: …") only introduces the question.
fn asked_after_colon(s: &SentenceContext<'_>) -> Option<usize> {
    const LABEL_WORDS: usize = 4;
    let sentence = s.as_str();
    let colon = sentence
        .rmatch_indices(':')
        .find(|&(k, _)| {
            sentence[k + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_whitespace() || matches!(c, '"' | '“' | '‘'))
        })
        .map(|(k, _)| s.span.start + k)?;
    let words_before = s.words.partition_point(|w| w.span.end <= colon);
    (words_before > LABEL_WORDS).then_some(colon)
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
    (from..to).all(|k| s.gap_before(k + 1).chars().all(char::is_whitespace))
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

/// Universal words whose scope a rule can set: "every citizen must", "all applicants shall",
/// "each and every purchase would be required to".
fn is_positive_universal(phrase: &str) -> bool {
    phrase.starts_with("every")
        || phrase.starts_with("all")
        || phrase.starts_with("any")
        || phrase.starts_with("each")
}

#[cfg(test)]
mod tests;
