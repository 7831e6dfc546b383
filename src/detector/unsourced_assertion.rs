//! `unsourced-assertion`: claims presented as established on a source the reader can't check.
//!
//! Five devices, each a pattern over the sentence's words; every English word they read is in a
//! list of `lexicons/unsourced-assertion.toml` (a teacher can edit it or override it):
//! - vague attribution: [qualifier] + source noun + reporting verb, a few words apart, at any
//!   position and in any capitalisation ("Countless studies show", "critics of the plan have long
//!   argued"). A name or a body attached to the source makes it named ("Pentagon officials said",
//!   "a study by Stanford University", "data from the district showed"); an anonymous source
//!   stays anonymous whoever it talked to ("sources told the Times");
//! - agentless passives ("it is believed that", "is widely regarded as", "was found to be",
//!   "a view held by many", "it has been documented that", "as has been reported");
//! - agentless accusations ("stands accused of", "is suspected of");
//! - appeals to common knowledge (lexicon phrases: "everyone knows", "it is no secret");
//! - a statistic about people or money in a sentence that names no source.
//!
//! It never decides whether the claim is true, only whether the reader could check it.

use super::{Detection, Pattern, PhraseMatcher, SentenceContext, VocabularyBuilder, WordSet};
use crate::category::Category;
use crate::inflect;
use crate::lexicon::LexiconSet;
use crate::text::span::Span;
use regex::Regex;
use statistic::{compile_statistic_pattern, statistic_pattern};
use std::borrow::Cow;

mod statistic;

/// How many words may stand between a qualifier and its source noun ("many *prominent* experts").
const MAX_GAP: usize = 3;
/// How many words may stand between a source noun and its verb ("critics *of the plan have long* argued").
const MAX_VERB_GAP: usize = 5;
/// How many words after "by", "from", "at", "with" or "in" may hold the name or body a source
/// belongs to ("a survey by *the state education department*").
const MAX_AFFILIATION: usize = 5;
/// How many words before a percentage may hold what a market moved ("*shares* of the firm
/// rose 4 percent").
const MAX_MARKET_GAP: usize = 6;

const VAGUE_EXPLANATION: &str =
    "Vague attribution: the claim leans on unnamed people or studies the reader cannot check.";
const PASSIVE_EXPLANATION: &str =
    "Agentless passive: it says something is believed, reported or found without saying by whom.";
const ACCUSATION_EXPLANATION: &str =
    "Agentless accusation: it says someone is accused or suspected without saying by whom.";
const STATISTIC_EXPLANATION: &str = "A figure about people or money with no source in the sentence: the reader cannot check where it comes from.";

/// A short list of function words, compared as text: asked only at a few places of a
/// sentence, not worth a vocabulary role each.
/// Bit `n` of the second field is set when a word of `n` bytes is listed (bit 63 for 63
/// and more): most words are told apart by their length alone.
#[derive(Debug)]
struct FewWords(Box<[Box<str>]>, u64);

impl FewWords {
    fn new(words: impl IntoIterator<Item = String>) -> Self {
        let words: Box<[Box<str>]> = words.into_iter().map(String::into_boxed_str).collect();
        let lengths = words.iter().fold(0, |bits, w| bits | 1 << w.len().min(63));
        FewWords(words, lengths)
    }

    #[inline]
    fn has(&self, word: &str) -> bool {
        self.1 >> word.len().min(63) & 1 != 0 && self.0.iter().any(|w| **w == *word)
    }
}

/// The unsourced-assertion detector.
#[derive(Debug)]
pub struct UnsourcedAssertion {
    phrases: PhraseMatcher,
    /// Any word that makes a source vague: qualifiers, quantifiers and counts.
    qualifiers: WordSet,
    /// Vague quantifiers: any plural noun after one is a vague source ("some adults find").
    quantifiers: WordSet,
    /// Words that are a vague source alone ("some say", "others argue").
    standalone_sources: WordSet,
    /// Sources vague without a qualifier ("critics", "studies"), anonymous ones included.
    vague_sources: WordSet,
    /// Sources no name or body makes checkable ("White House sources").
    anonymous_sources: FewWords,
    /// Sources vague with a qualifier ("many people").
    sources: WordSet,
    /// Plurals that are no source after a quantifier ("few years").
    not_sources: WordSet,
    /// Groups written with a capital that names no one ("most Americans").
    group_names: FewWords,
    /// Phrases that concede a point when a turn follows ("of course, … but").
    concession_phrases: FewWords,
    concession_turns: FewWords,
    /// Words that open another clause after the source's verb ("evidence surfaced *that*…").
    clause_openers: FewWords,
    /// "has" and "had" of "it has been reported".
    perfect_auxiliaries: FewWords,
    /// Words that end a noun phrase: "Lee *and* experts" is two sources.
    phrase_breaks: FewWords,
    /// Documents a name or body makes checkable ("a Pew survey").
    source_documents: WordSet,
    /// Documents that name themselves ("the census").
    self_naming_documents: FewWords,
    /// Bodies that make a source checkable ("the district", "police").
    source_bodies: WordSet,
    /// Capitalised words that are dates, not names.
    date_words: FewWords,
    /// Verbs of saying, in all their forms ("…, say experts").
    speech_verbs: FewWords,
    /// Every verb that reports a claim, verbs of saying included, in all their forms.
    reporting_verbs: WordSet,
    not_reports: FewWords,
    passive_auxiliaries: FewWords,
    /// Every participle of an agentless passive: passive, judging, naming and accusing ones.
    passive_participles: WordSet,
    judging: FewWords,
    naming: FewWords,
    accusing: FewWords,
    label_verbs: WordSet,
    passive_adverbs: WordSet,
    /// Adverbs that say many hold the view: with them a participle is an agentless passive
    /// even without "is" ("widely seen as").
    consensus_adverbs: WordSet,
    modals: FewWords,
    /// Auxiliaries that make a verb a prediction, not a report: "historians will find".
    future_auxiliaries: FewWords,
    /// Words after a labelling participle that make it a literal act ("painted *in* red").
    literal_label_followers: FewWords,
    personal_pronouns: FewWords,
    definite: FewWords,
    attribution_breaks: FewWords,
    standalone_gap: FewWords,
    statistic: Option<regex_automata::meta::Regex>,
    /// The words a statistic without a digit is written with ("half", "one in ten",
    /// "three million"): a sentence with none of them and no digit is not searched.
    statistic_words: WordSet,
    statistic_word_texts: Vec<String>,
    /// What a market prices: a percentage after one is a price move, not a statistic.
    market_words: WordSet,
    /// Pronouns for a person the text has named: "he said" reports that person.
    speaker_pronouns: FewWords,
    /// Plain words for a field, capitalised only by the sentence: "Health officials said".
    source_fields: FewWords,
    /// Set levels, rates and prices: a figure after one is no count ("a target of 2 percent").
    level_words: WordSet,
    /// The writer's own life: a figure in a clause with one is their experience.
    own_experience_words: FewWords,
    /// Words after "of course" that make it the writer's own concession.
    concession_subjects: FewWords,
    /// How a thing was received, judged by many after an adverb of consensus
    /// ("widely debunked").
    reception_participles: WordSet,
    /// Words that open the group a standalone source belongs to ("many *in* Washington").
    group_openers: FewWords,
    citation: Regex,
    vague_pattern: Pattern,
    passive_pattern: Pattern,
    accusation_pattern: Pattern,
    statistic_pattern: Pattern,
}

/// Whether the text between a source noun and its verb keeps them together: no quotation
/// marks, and no lone comma (a pair of commas is a parenthesis: "critics, however, say").
fn clean_gap(gap: &str) -> bool {
    !gap.contains(['"', '“', '”']) && gap.matches(',').count() != 1
}

impl UnsourcedAssertion {
    /// Compiles the detector from the unsourced-assertion lexicons in `lexicons`.
    pub fn new(lexicons: &LexiconSet, vocabulary: &VocabularyBuilder) -> Self {
        let list = |name: &str| lexicons.list(Category::UnsourcedAssertion, name);
        let lists =
            |names: &[&str]| -> Vec<String> { names.iter().flat_map(|&n| list(n)).collect() };
        let set = |names: &[&str]| WordSet::new(lists(names), vocabulary);
        let with_plurals = |names: &[&str]| -> Vec<String> {
            lists(names)
                .into_iter()
                .flat_map(|w| [inflect::plural(&w), w])
                .collect()
        };
        let verb_forms = |names: &[&str]| -> Vec<String> {
            lists(names)
                .into_iter()
                .flat_map(|v| {
                    let mut forms = inflect::verb_forms(&v);
                    forms.push(v);
                    forms
                })
                .collect()
        };
        let few = |name| FewWords::new(list(name));
        // Regular verbs in all their forms, irregular pasts as written.
        let speech_verbs = || {
            verb_forms(&["speech_verbs"])
                .into_iter()
                .chain(list("speech_verb_pasts"))
        };
        let scales = list("scale_words");
        let shares = list("share_phrases");
        let share_verbs = list("share_verbs");
        let statistic = || {
            statistic_pattern(
                &list("statistic_nouns"),
                &list("count_words"),
                &scales,
                &list("percent_words"),
                &shares,
                &share_verbs,
            )
            .map(|pattern| compile_statistic_pattern(&pattern))
        };
        let citation = || {
            Regex::new(
                r"https?://|www\.|\[\d+\]|\([A-Z][A-Za-z-]+(?: et al\.?| and [A-Z][A-Za-z-]+)?,? \d{4}[a-z]?\)|\(\d{4}\)",
            )
            .expect("citation pattern is valid")
        };
        let words = || {
            (
                PhraseMatcher::new(lexicons, Category::UnsourcedAssertion, vocabulary),
                WordSet::new(
                    speech_verbs()
                        .chain(verb_forms(&["reporting_verbs"]))
                        .chain(list("reporting_verb_pasts")),
                    vocabulary,
                ),
            )
        };
        // The patterns compile on another core meanwhile (start-up counts).
        let ((statistic, citation), (phrases, reporting_verbs)) =
            rayon::join(|| rayon::join(statistic, citation), words);
        // A share is found by its last word ("thirds" of "two-thirds"), "one in ten" by "one",
        // "three million" by its scale, "three out of four" by its count.
        let statistic_word_texts: Vec<String> = shares
            .iter()
            .filter_map(|p| p.rsplit([' ', '-']).next().map(str::to_string))
            .chain(["one".to_string()])
            .chain(scales.iter().cloned())
            .chain(list("count_words"))
            .collect();
        UnsourcedAssertion {
            phrases,
            qualifiers: set(&["qualifiers", "quantifiers", "count_words"]),
            quantifiers: set(&["quantifiers"]),
            standalone_sources: set(&["quantifiers", "standalone_sources"]),
            vague_sources: WordSet::new(
                with_plurals(&["vague_sources", "anonymous_sources"]),
                vocabulary,
            ),
            anonymous_sources: FewWords::new(with_plurals(&["anonymous_sources"])),
            sources: WordSet::new(with_plurals(&["sources", "standalone_sources"]), vocabulary),
            not_sources: WordSet::new(with_plurals(&["not_sources"]), vocabulary),
            group_names: FewWords::new(with_plurals(&["group_names"])),
            concession_phrases: few("concession_phrases"),
            concession_turns: few("concession_turns"),
            clause_openers: few("clause_openers"),
            perfect_auxiliaries: few("perfect_auxiliaries"),
            phrase_breaks: few("phrase_breaks"),
            source_documents: WordSet::new(with_plurals(&["source_documents"]), vocabulary),
            self_naming_documents: few("self_naming_documents"),
            source_bodies: WordSet::new(with_plurals(&["source_bodies"]), vocabulary),
            date_words: few("date_words"),
            speech_verbs: FewWords::new(speech_verbs()),
            reporting_verbs,
            not_reports: few("not_reports"),
            passive_auxiliaries: few("passive_auxiliaries"),
            passive_participles: set(&[
                "passive_verbs",
                "judging_participles",
                "naming_participles",
                "accusation_participles",
            ]),
            judging: few("judging_participles"),
            naming: few("naming_participles"),
            accusing: few("accusation_participles"),
            label_verbs: set(&["label_verbs"]),
            passive_adverbs: set(&["passive_adverbs"]),
            consensus_adverbs: set(&["consensus_adverbs"]),
            modals: few("modals"),
            future_auxiliaries: few("future_auxiliaries"),
            literal_label_followers: few("literal_label_followers"),
            personal_pronouns: few("personal_pronouns"),
            definite: few("definite_determiners"),
            attribution_breaks: few("attribution_breaks"),
            standalone_gap: few("standalone_gap"),
            statistic,
            statistic_words: WordSet::new(&statistic_word_texts, vocabulary),
            statistic_word_texts,
            market_words: WordSet::new(with_plurals(&["market_words"]), vocabulary),
            speaker_pronouns: few("speaker_pronouns"),
            source_fields: few("source_fields"),
            level_words: WordSet::new(with_plurals(&["level_words"]), vocabulary),
            own_experience_words: few("own_experience_words"),
            concession_subjects: few("concession_subjects"),
            reception_participles: set(&["reception_participles"]),
            group_openers: few("group_openers"),
            citation,
            vague_pattern: Pattern::new(
                Category::UnsourcedAssertion,
                2,
                "unsourced-assertion/vague-attribution",
                VAGUE_EXPLANATION,
                Some("name the person, organisation or study"),
            ),
            passive_pattern: Pattern::new(
                Category::UnsourcedAssertion,
                2,
                "unsourced-assertion/agentless-passive",
                PASSIVE_EXPLANATION,
                Some("say who believes, reports, found or calls it that"),
            ),
            accusation_pattern: Pattern::new(
                Category::UnsourcedAssertion,
                2,
                "unsourced-assertion/agentless-accusation",
                ACCUSATION_EXPLANATION,
                Some("say who accuses or suspects, and where the charge was made"),
            ),
            statistic_pattern: Pattern::new(
                Category::UnsourcedAssertion,
                1,
                "unsourced-assertion/unsourced-statistic",
                STATISTIC_EXPLANATION,
                Some("add who counted it: a named survey, agency or report"),
            ),
        }
    }

    /// Unsourced assertions in one sentence.
    pub fn detect(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let mut out: Vec<Detection> = Vec::new();
        for m in self.phrases.find(s) {
            if self.concedes(s, m.span) {
                continue;
            }
            out.push(Detection {
                category: Category::UnsourcedAssertion,
                span: m.span,
                weight: m.entry.weight,
                rule: m.rule(),
                explanation: m.entry.explanation.clone(),
                alternative: m.entry.alternative.clone(),
            });
        }
        let words = &s.lower;
        out.extend(self.vague_attributions(s, words));
        out.extend(self.agentless_passives(s, words));
        super::drop_overlaps(&mut out);
        if out.is_empty()
            && let Some(d) = self.unsourced_statistic(s, words)
        {
            out.push(d);
        }
        out
    }

    /// Whether the phrase at `span` concedes a point rather than appeals to what all know:
    /// "I'm no expert, of course, but…" (a turn later in the sentence), "of course, my plan
    /// won't fix everything" (the writer's own concession right after it).
    fn concedes(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let phrase = span.slice(s.text).to_lowercase();
        if !self.concession_phrases.has(&phrase) {
            return false;
        }
        let mut after = (0..s.words.len()).filter(|&k| s.words[k].span.start >= span.end);
        let first = after.next();
        first.is_some_and(|k| self.concession_subjects.has(&s.lower[k]))
            || first
                .into_iter()
                .chain(after)
                .any(|k| self.concession_turns.has(&s.lower[k]))
    }

    /// Whether word `i` is a group written with a capital that names no one ("Americans").
    fn is_group(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        self.group_names.has(&s.lower[i])
    }

    /// Whether the source at word `i` has a name or a definite determiner two words back,
    /// over one plain lower-case modifier: "the news agency", "Yonhap news agency" (not
    /// "Lee and experts", "Lee, experts").
    fn named_over_modifier(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let words = &s.lower;
        i > 1
            && !s.words[i - 1].is_capitalized()
            && !self.is_verb(s, i - 1)
            && !self.phrase_breaks.has(&words[i - 1])
            && !self.attribution_breaks.has(&words[i - 1])
            && !self.qualifiers.has(s, i - 1)
            && s.text[s.words[i - 2].span.end..s.words[i].span.start]
                .chars()
                .all(|c| c.is_alphanumeric() || c.is_whitespace() || c == '-')
            && (self.is_name(s, i - 2) || self.definite.has(&words[i - 2]))
    }

    /// Whether word `i` is a reporting verb.
    fn is_verb(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        self.reporting_verbs.has(s, i) && !self.not_reports.has(&s.lower[i])
    }

    /// Whether word `i` is a name: capitalised where a name would be, and not a date or,
    /// at the start of a clause, one of the detector's own words ("Countless studies
    /// show": the capital is the sentence's, not a name's).
    fn is_name(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        s.is_name(i)
            && !self.date_words.has(&s.lower[i])
            && !self.is_group(s, i)
            && !(s.starts_clause(i)
                && (self.qualifiers.has(s, i)
                    || self.source_fields.has(&s.lower[i])
                    || self.standalone_sources.has(s, i)
                    || self.vague_sources.has(s, i)
                    || self.sources.has(s, i)
                    || self.source_bodies.has(s, i)
                    || self.source_documents.has(s, i)))
    }

    /// Whether word `i` is a body or a name with `'s` ("the board's", "Pew's").
    fn is_possessive_body(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let Some(owner) = s.lower[i].strip_suffix("'s") else {
            return false;
        };
        self.is_name(s, i) || self.source_bodies.contains(s, owner)
    }

    /// Whether the source at word `i` belongs to a name or a body written after it: "a
    /// study by Stanford University", "officials at the department", "data from the
    /// district", "a report released Monday by the council". After "in" a name counts only
    /// for a document ("a study in The Lancet"; "officials in Washington" names a place).
    fn is_affiliated(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let words = &s.lower;
        let is_link = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| matches!(w.as_ref(), "by" | "from" | "at" | "with" | "in"))
        };
        // The link, or a participle and at most one more word before it.
        let link = if is_link(i + 1) {
            i + 1
        } else if words.get(i + 1).is_some_and(|w| w.ends_with("ed")) {
            match (is_link(i + 2), is_link(i + 3)) {
                (true, _) => i + 2,
                (false, true) => i + 3,
                _ => return false,
            }
        } else {
            return false;
        };
        let names_count = words[link] != "in" || self.source_documents.has(s, i);
        let end = (link + 1 + MAX_AFFILIATION).min(words.len());
        (link + 1..end)
            // Up to a verb of saying or a new clause: "experts in the field say the department…".
            .take_while(|&k| {
                !self.speech_verbs.has(&words[k]) && !self.attribution_breaks.has(&words[k])
            })
            .take_while(|&k| !s.text[s.words[k - 1].span.end..s.words[k].span.start].contains(','))
            .any(|k| self.source_bodies.has(s, k) || names_count && self.is_name(s, k))
    }

    fn vague_attributions(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
    ) -> Vec<Detection> {
        let mut out = Vec::new();
        // A word is looked at only if it is a source or comes after a quantifier: a
        // sentence with neither kind of word is passed over at once.
        let any_quantifier = self.quantifiers.in_sentence(s);
        let any_source =
            any_quantifier || self.vague_sources.in_sentence(s) || self.sources.in_sentence(s);
        let candidates = if any_source { words } else { &[] };
        for (i, w) in candidates.iter().enumerate() {
            let vague = self.vague_sources.has(s, i);
            // Anonymous sources are vague ones: the text compared only then.
            let anonymous = vague && self.anonymous_sources.has(w);
            // "some autistic adults find…", "many fans consider…": any plural people-like
            // noun after a strong quantifier.
            let quantified_plural = any_quantifier
                && (i.saturating_sub(MAX_GAP)..i).any(|j| self.quantifiers.has(s, j))
                && super::looks_plural(w)
                && (!s.words[i].is_capitalized() || self.is_group(s, i))
                && !self.not_sources.has(s, i);
            if !vague && !self.sources.has(s, i) && !quantified_plural {
                continue;
            }
            // A qualifier up to MAX_GAP words back, with no name in between.
            let qualifier = (i.saturating_sub(MAX_GAP)..i)
                .rev()
                .take_while(|&j| j + 1 == i || !self.is_name(s, j + 1))
                // "a pregnancy center, women find": the article is another noun's.
                .take_while(|&j| {
                    !s.text[s.words[j].span.end..s.words[j + 1].span.start].contains(',')
                })
                // "two-thirds of voters" is a share, not two people.
                .find(|&j| {
                    self.qualifiers.has(s, j) && !s.text[s.words[j].span.end..].starts_with('-')
                });
            // "…, residents said.": found apart, with what the rest of the sentence names.
            if qualifier.is_none() && self.closing_source(s, i).is_some() {
                continue;
            }
            if qualifier.is_none() && !vague {
                continue;
            }
            // "allowed to study and work": after "to" a singular source is a verb
            // ("according to studies" is a source).
            if i > 1
                && words[i - 1] == "to"
                && words[i - 2] != "according"
                && !super::looks_plural(w)
            {
                continue;
            }
            // "the three judges", "these many critics": people the text has already named
            // ("the most…" is a superlative).
            if !anonymous
                && qualifier.is_some_and(|j| {
                    j > 0 && words[j] != "most" && self.definite.has(&words[j - 1])
                })
            {
                continue;
            }
            // "Pentagon officials", "the district's data", "a study by Stanford University":
            // a name or a body makes the source checkable; "this research", "the study": a
            // source already named earlier in the text. "the sources said", "White House
            // sources say", "sources told the Times": sources stay anonymous however definite
            // the article, whatever institution they are in and whoever they talked to.
            if !anonymous
                && (i > 0
                    && (self.is_name(s, i - 1)
                        || self.is_possessive_body(s, i - 1)
                        // "a district survey": a document made by a body.
                        || self.source_bodies.has(s, i - 1)
                            && self.source_documents.has(s, i)
                        // "Trump administration officials": a body owned by a name.
                        || i > 1
                            && self.source_bodies.has(s, i - 1)
                            && self.is_name(s, i - 2)
                        || qualifier.is_none() && self.definite.has(&words[i - 1])
                        // "the news agency said", "the online poll", "Yonhap news agency":
                        // one plain modifier between.
                        || qualifier.is_none() && self.named_over_modifier(s, i))
                    || self.is_affiliated(s, i))
            {
                continue;
            }
            if s.words[i].is_capitalized() && !s.starts_clause(i) {
                // "most Americans", "some Democrats": a capitalised group is vague only right
                // after its quantifier ("a project Democrats say", "a win, Republicans fear":
                // the article is another noun's).
                let quantified = qualifier.is_some_and(|j| {
                    self.quantifiers.has(s, j)
                        && !s.text[s.words[j].span.end..s.words[i].span.start].contains(',')
                });
                if !(self.is_group(s, i) && quantified) {
                    continue;
                }
            }
            let start = qualifier.map_or(s.words[i].span.start, |j| s.words[j].span.start);
            // "experts say …" or "…, say experts": the verb after, or right before.
            // A name in the gap is someone else speaking.
            let after = (i + 1..(i + 2 + MAX_VERB_GAP).min(words.len()))
                .take_while(|&j| !self.is_name(s, j) && !self.attribution_breaks.has(&words[j]))
                // "evidence has surfaced that the bishop knew": another clause's verb
                // ("studies that show": right after the source, the source's own clause).
                .take_while(|&j| !(j > i + 1 && self.clause_openers.has(&words[j])))
                .find(|&j| self.is_verb(s, j))
                .filter(|&j| !self.passive_auxiliaries.has(&words[j - 1]))
                // "her claim", "the report": a noun after a determiner, not a verb.
                .filter(|&j| {
                    let before = words[j - 1].as_ref();
                    !(matches!(before, "a" | "an") || self.definite.has(before))
                })
                // "historians will find": a prediction, not a report of what someone says.
                .filter(|&j| !(i + 1..j).any(|k| self.future_auxiliaries.has(&words[k])))
                .filter(|&j| clean_gap(&s.text[s.words[i].span.end..s.words[j].span.start]));
            // "a woman who claims…": the relative clause is the source speaking.
            let who_says = (words.get(i + 1).is_some_and(|x| x == "who")
                && i + 2 < words.len()
                && self.is_verb(s, i + 2))
            .then_some(i + 2);
            if let Some(j) = after.or(who_says) {
                out.push(self.vague_pattern.at(Span::new(start, s.words[j].span.end)));
                continue;
            }
            // "…, say experts." and "according to some analysts": the source closes the clause.
            let head = qualifier.unwrap_or(i);
            let closes_clause = s.text[s.words[i].span.end..s.span.end]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')'));
            // "…, say experts": the verb inverted after a comma or a quotation, not
            // "officials say millions of residents, …" (the verb of an earlier source).
            let inverted = head > 1
                && (s.starts_clause(head - 1)
                    || s.text[s.words[head - 2].span.end..s.words[head - 1].span.start]
                        .contains(','));
            if head > 0 && self.speech_verbs.has(&words[head - 1]) && closes_clause && inverted {
                out.push(
                    self.vague_pattern
                        .at(Span::new(s.words[head - 1].span.start, s.words[i].span.end)),
                );
            } else if let Some(according) = self.according_to_before(s, head)
                // "according to science writer Ann Lee": the source is named after all.
                && !(i + 1..(i + 4).min(words.len()))
                    .take_while(|&k| !s.text[s.words[k - 1].span.end..s.words[k].span.start].contains(','))
                    .any(|k| self.is_name(s, k))
            {
                out.push(self.vague_pattern.at(Span::new(
                    s.words[according].span.start,
                    s.words[i].span.end,
                )));
            }
        }
        // "The shops were looted, residents said.": a plain source closing the sentence
        // speaks for the whole of it, unless the sentence names where its claim comes from
        // ("…, from the university's institute, researchers said"). Anonymous sources stay
        // anonymous. (Only a source word can close: a sentence with none is not walked.)
        for i in 0..candidates.len() {
            let Some(start) = self.closing_source(s, i) else {
                continue;
            };
            let anonymous = self.anonymous_sources.has(&words[i]);
            // What the sentence names before the source: "researchers" is itself a body.
            if anonymous || !self.names_a_source(s, words, start) {
                out.push(self.vague_pattern.at(Span::new(
                    s.words[start].span.start,
                    s.words[i + 1].span.end,
                )));
            }
        }
        // "some say", "many believe", "others have long argued", "many of whom think": the
        // quantifier alone is the source, followed by its verb after at most two gap words.
        // (A sentence with no such word is not walked.)
        let walked = if self.standalone_sources.in_sentence(s) {
            words.len()
        } else {
            0
        };
        for i in 0..walked {
            if !self.standalone_sources.has(s, i)
                || out
                    .iter()
                    .any(|d: &Detection| d.span.contains(s.words[i].span))
            {
                continue;
            }
            // Any reporting verb: "some have suggested", "as many have noted". Nothing but
            // spaces between: "to name a few -- know" is another clause's verb.
            // "the most detailed", "his many alleged wins", "the others": a superlative,
            // a count of something or people already named, not a vague source.
            if i > 0 && self.definite.has(&words[i - 1]) {
                continue;
            }
            let verb = (i + 1..(i + 4).min(words.len()))
                .take_while(|&j| j == i + 1 || self.standalone_gap.has(&words[j - 1]))
                .take_while(|&j| {
                    s.text[s.words[j - 1].span.end..s.words[j].span.start]
                        .trim()
                        .is_empty()
                })
                // "some details": after a plural source a verb has no "-s"; it is a noun.
                // "many State Department officials": a capital makes it a name.
                .find(|&j| {
                    self.is_verb(s, j)
                        && !super::looks_plural(&words[j])
                        && !s.words[j].is_capitalized()
                });
            // "many in Washington believe", "some on the left argue": the group they belong
            // to names none of them, up to three words, no comma.
            let in_group = || {
                let opener = i + 1;
                if !words.get(opener).is_some_and(|x| self.group_openers.has(x)) {
                    return None;
                }
                (opener + 2..(opener + 5).min(words.len()))
                    .take_while(|&j| {
                        !s.text[s.words[j - 1].span.end..s.words[j].span.start]
                            .contains([',', '"', '“', '”', ';', ':'])
                            && !self.attribution_breaks.has(&words[j - 1])
                    })
                    .find(|&j| self.speech_verbs.has(&words[j]) && !super::looks_plural(&words[j]))
            };
            if let Some(j) = verb.or_else(in_group) {
                out.push(
                    self.vague_pattern
                        .at(Span::new(s.words[i].span.start, s.words[j].span.end)),
                );
            }
        }
        out
    }

    /// The first word of a plain source closing the sentence at word `i` with its verb of
    /// saying: "…, residents said.", "…, local officials say." (the word itself, or the
    /// one plain lower-case modifier before it, comes right after a comma).
    fn closing_source(&self, s: &SentenceContext<'_>, i: usize) -> Option<usize> {
        let words = &s.lower;
        if i == 0
            || i + 1 >= words.len()
            || !(self.vague_sources.has(s, i) || self.sources.has(s, i))
            || !super::looks_plural(&words[i])
            // "…, Republicans fear.": a group names no one, but only after its quantifier.
            || s.words[i].is_capitalized()
            || !self.speech_verbs.has(&words[i + 1])
            || !s.text[s.words[i].span.end..s.words[i + 1].span.start]
                .trim()
                .is_empty()
        {
            return None;
        }
        let ends = s.text[s.words[i + 1].span.end..s.span.end]
            .chars()
            .all(|c| !c.is_alphanumeric());
        let after_comma = |k: usize| {
            k > 0
                && s.text[s.words[k - 1].span.end..s.words[k].span.start]
                    .trim()
                    .ends_with(',')
        };
        if !ends {
            return None;
        }
        if after_comma(i) {
            return Some(i);
        }
        let m = i - 1;
        let plain_modifier = !s.words[m].is_capitalized()
            && !words[m].ends_with("'s")
            && !self.definite.has(&words[m])
            && !self.qualifiers.has(s, m)
            && !self.phrase_breaks.has(&words[m])
            && !self.source_bodies.has(s, m)
            && s.text[s.words[m].span.end..s.words[i].span.start]
                .trim()
                .is_empty();
        (plain_modifier && after_comma(m)).then_some(m)
    }

    /// The word "according" of an "according to" right before word `head`, or with at
    /// most MAX_GAP plain words between ("according to *media* reports"; not "according to
    /// the reports", which points back to reports named before, nor a name's).
    fn according_to_before(&self, s: &SentenceContext<'_>, head: usize) -> Option<usize> {
        let words = &s.lower;
        let to = (head.saturating_sub(MAX_GAP + 1)..head)
            .rev()
            .take_while(|&k| {
                k + 1 == head
                    || !(self.is_name(s, k + 1)
                        || self.definite.has(&words[k + 1])
                        || words[k + 1].ends_with("'s"))
            })
            .find(|&k| words[k] == "to")?;
        (to > 0 && words[to - 1] == "according").then(|| to - 1)
    }

    /// The last word of a vague agent starting at word `k`, after "by": "many", "some
    /// critics", "administration officials", "a few experts"; none for "the park service"
    /// or "Stanford researchers".
    fn vague_agent(&self, s: &SentenceContext<'_>, k: usize) -> Option<usize> {
        let words = &s.lower;
        if k >= words.len() {
            return None;
        }
        // "by mobilizing black voters": an action, not an agent ("by leading experts" is one).
        if words[k].ends_with("ing") && !self.qualifiers.has(s, k) {
            return None;
        }
        let end = (k + MAX_GAP).min(words.len());
        let source = (k..end)
            .take_while(|&m| m == k || !self.is_name(s, m - 1))
            .find(|&m| {
                self.vague_sources.has(s, m)
                    || (m > k || self.quantifiers.has(s, k)) && self.sources.has(s, m)
            })
            .filter(|&m| !self.is_name(s, m) && !self.is_affiliated(s, m));
        if let Some(m) = source {
            // "by the critics" points back to critics named before; "by the sources" does not.
            let definite = self.definite.has(&words[k]) && !self.anonymous_sources.has(&words[m]);
            return (!definite).then_some(m);
        }
        self.standalone_sources.has(s, k).then_some(k)
    }

    fn agentless_passives(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
    ) -> Vec<Detection> {
        let mut out = Vec::new();
        // Every passive found here has a labelling verb, a participle, a reporting verb
        // before "by", or a participle of reception after "widely": a sentence with none of
        // them is passed over at once.
        if !(self.label_verbs.in_sentence(s)
            || self.passive_participles.in_sentence(s)
            || self.reporting_verbs.in_sentence(s)
            || self.reception_participles.in_sentence(s))
        {
            return out;
        }
        for (i, w) in words.iter().enumerate() {
            // "a widely debunked claim", "the plan was broadly condemned": judged by many,
            // none named ("widely praised by critics" names no one either; "by Lee" does).
            if i > 0
                && self.reception_participles.has(s, i)
                && self.consensus_adverbs.has(s, i - 1)
                && !(words.get(i + 1).is_some_and(|x| x == "by")
                    && self.vague_agent(s, i + 2).is_none())
            {
                out.push(
                    self.passive_pattern
                        .at(Span::new(s.words[i - 1].span.start, s.words[i].span.end)),
                );
                continue;
            }
            let labels = self.label_verbs.has(s, i);
            let participle = labels || self.passive_participles.has(s, i);
            let next = words.get(i + 1).map(AsRef::as_ref);
            // "is considered by many", "a view held by many bishops", "claims by unnamed
            // officials": an agent as vague as none, with or without "is".
            let vague_agent = next == Some("by")
                && (participle || self.is_verb(s, i))
                && self.vague_agent(s, i + 2).is_some();
            if !participle && !vague_agent {
                continue;
            }
            // Walk back over adverbs ("widely", "long") to an auxiliary ("is", "has been").
            let mut j = i;
            while j > 0 && self.passive_adverbs.has(s, j - 1) {
                j -= 1;
            }
            let aux = (j > 0 && self.passive_auxiliaries.has(&words[j - 1])).then(|| j - 1);
            let Some(aux) = aux else {
                if vague_agent {
                    let end = self.vague_agent(s, i + 2).unwrap_or(i);
                    out.push(
                        self.passive_pattern
                            .at(Span::new(s.words[i].span.start, s.words[end].span.end)),
                    );
                } else if let Some(k) = (j..i).find(|&k| self.consensus_adverbs.has(s, k))
                    && !self.naming.has(w)
                    && !labels
                    && (self.judging.has(w) && !matches!(next, Some("by"))
                        || matches!(next, Some("as" | "to" | "that")))
                {
                    // "the senator, widely seen as a moderate", "a plan generally
                    // believed to be dead": the passive without its "is", as agentless.
                    out.push(
                        self.passive_pattern
                            .at(Span::new(s.words[k].span.start, s.words[i].span.end)),
                    );
                }
                continue;
            };
            let before_aux = aux.checked_sub(1).map(|b| words[b].as_ref());
            // "must be seen as": a demand, not a report.
            if words[aux] == "be" && before_aux.is_some_and(|b| self.modals.has(b)) {
                continue;
            }
            // "we are supposed to": the writer or the reader, not someone unnamed.
            if before_aux.is_some_and(|b| self.personal_pronouns.has(b)) {
                continue;
            }
            // "has" of "it has been documented", "as has been reported": the subject stands
            // one word further back.
            let perfect = aux > 1
                && words[aux] == "been"
                && before_aux.is_some_and(|b| self.perfect_auxiliaries.has(b));
            let subject = if perfect {
                Some(words[aux - 2].as_ref())
            } else {
                before_aux
            };
            // "it is reported", "it's said", "it's been reported", "it has been documented".
            let impersonal = subject == Some("it")
                || words[aux] == "it's"
                || before_aux == Some("it's") && words[aux] == "been";
            // "as is widely believed", "as has been reported": the same, as a clause.
            let as_clause = subject == Some("as");
            // The agent comes before the complement: "is believed by locals to be", not
            // "is believed to be haunted by spirits".
            let agent_named = words[i + 1..]
                .iter()
                .take(6)
                .take_while(|x| !matches!(x.as_ref(), "to" | "as" | "that"))
                .any(|x| x == "by" || x == "according");
            if agent_named && !vague_agent {
                continue;
            }
            // "is known as Union Square East": naming, not attributing ("is widely known to
            // be": what many know, as the participle is one of a reporting verb).
            if self.naming.has(w)
                && !impersonal
                && !(next == Some("to")
                    && self.reporting_verbs.has(s, i)
                    && (j..i).any(|k| self.consensus_adverbs.has(s, k)))
            {
                continue;
            }
            // "is considered the best", "is regarded as one of": a judgement passed on
            // without its judge.
            let judged = self.judging.has(w)
                && matches!(next, Some("the" | "a" | "an" | "one" | "among" | "by"));
            // "is said to cure", not "was shown to the guests".
            let infinitive = next == Some("to")
                && words
                    .get(i + 2)
                    .is_some_and(|x| !(matches!(x.as_ref(), "a" | "an") || self.definite.has(x)));
            let accused = self.accusing.has(w);
            let fires = if as_clause {
                true
            } else if impersonal {
                matches!(next, Some("that") | None)
            } else if labels {
                // "was painted in black", "was tagged with slogans": the literal act.
                !next.is_some_and(|x| self.literal_label_followers.has(x))
            } else if vague_agent || judged {
                true
            } else if accused {
                infinitive || matches!(next, Some("of" | "for" | "as") | None)
            } else {
                infinitive || next == Some("as")
            };
            if fires {
                let start = if (impersonal || as_clause) && words[aux] != "it's" {
                    if perfect { aux - 2 } else { aux - 1 }
                } else {
                    aux
                };
                let pattern = if accused {
                    &self.accusation_pattern
                } else {
                    &self.passive_pattern
                };
                out.push(pattern.at(Span::new(s.words[start].span.start, s.words[i].span.end)));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
