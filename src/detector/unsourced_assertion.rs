//! `unsourced-assertion`: claims presented as established on a source the reader can't check.
//!
//! Six devices, each a pattern over the sentence's words. Their vocabulary (sources, verbs,
//! nouns, units, names) is in the lists of `lexicons/unsourced-assertion.toml` (a teacher can
//! edit it or override it); only grammar words (articles, prepositions, conjunctions,
//! pronouns, auxiliaries: "the", "of", "to", "according to", "than", "who") and word endings
//! ("-ed", "-ly") are in the code:
//! - vague attribution: \[qualifier\] + source noun + reporting verb, a few words apart, at any
//!   position and in any capitalisation ("Countless studies show", "critics of the plan have long
//!   argued"). A name or a body attached to the source makes it named ("Pentagon officials said",
//!   "a study by Stanford University", "data from the district showed"); an anonymous source
//!   stays anonymous whoever it talked to ("sources told the Times");
//! - agentless passives ("it is believed that", "is widely regarded as", "was found to be",
//!   "a view held by many", "it has been documented that", "as has been reported");
//! - agentless accusations ("stands accused of", "is suspected of");
//! - appeals to common knowledge (lexicon phrases: "everyone knows", "it is no secret");
//! - unnamed reactions: a reaction felt "among many" or "from some" ("an outcry among many"),
//!   or growing with no one's name on it ("Concerns that … have mushroomed");
//! - a statistic about people or money in a sentence that names no source (nor the sentence
//!   before it in the paragraph, when that one gives a figure: the same source's series).
//!
//! It never decides whether the claim is true, only whether the reader could check it.

use super::{Detection, Pattern, PhraseMatcher, SentenceContext, VocabularyBuilder, WordSet};
use crate::category::Category;
use crate::inflect;
use crate::lexicon::LexiconSet;
use crate::text::span::Span;
use regex::Regex;
use rustc_hash::FxHashSet;
use statistic::{compile_statistic_pattern, statistic_pattern};
use std::borrow::Cow;

mod attribution;
mod passive;
mod statistic;

/// How many words may stand between a qualifier and its source noun ("many *prominent* experts").
const MAX_GAP: usize = 3;
/// Words back from a finding to the "if" of a condition it stands in ("if any other owner
/// thinks", "if Lee or any other owner thinks"): the source is the condition's subject, at
/// most two words after "if". Further on, a writer who leaves out the comma has already
/// ended the condition ("If the bill passes experts say…": "experts say" is the main clause).
const MAX_CONDITION_WORDS: usize = 3;
/// How many words may stand between a source noun and its verb ("critics *of the plan have long* argued").
const MAX_VERB_GAP: usize = 5;
/// How many words a relative clause between a source and its verb may hold ("an aide *who was
/// in the room* told").
const MAX_RELATIVE: usize = 8;
/// How many words after "by", "from", "at", "with" or "in" may hold the name or body a source
/// belongs to ("a survey by *the state education department*").
const MAX_AFFILIATION: usize = 5;
/// How many words a parenthesis between a name and its verb may hold ("Lee, *who runs the
/// county's response to the outbreak,* said").
const MAX_PARENTHESIS: usize = 15;
/// How many words before a figure may hold the plan, offer or promise it belongs to ("has
/// *promised to contribute* $50 million", "*proposed* a plan that would approve $1 billion").
const MAX_INTENT_GAP: usize = 8;
/// How far back a word of granting money may stand from the sum it grants (words).
const MAX_GRANT_GAP: usize = 4;
/// How many words of estimate may stand between a verb and the figure it acts on ("admits
/// *more than* 1 million").
const MAX_FIGURE_LEAD: usize = 3;
/// How far back from a count the relative word after an event may stand ("that *killed*
/// 17", "where *at least* 600"), and how far before that word the event noun ("shooting *in
/// Florida* that").
const MAX_EVENT_GAP: usize = 3;
/// How many words before a percentage may hold what a market moved ("*shares* of the firm
/// rose 4 percent").
const MAX_MARKET_GAP: usize = 6;
/// How many words open a sentence whose subject a market prices ("Oil *futures* rose…").
const MARKET_SUBJECT_WORDS: usize = 3;

const VAGUE_EXPLANATION: &str =
    "Vague attribution: the claim leans on unnamed people or studies the reader cannot check.";
// The passives "by many", "by sources" name no one either, so the explanation covers them.
const PASSIVE_EXPLANATION: &str = "Agentless passive: it says something is believed, reported or found without saying by whom (or only \"by many\", \"by sources\").";
const ACCUSATION_EXPLANATION: &str =
    "Agentless accusation: it says someone is accused or suspected without saying by whom.";
const STATISTIC_EXPLANATION: &str = "A figure about people or money with no source in the sentence: the reader cannot check where it comes from.";

/// A short list of function words, compared as text: asked only at a few places of a
/// sentence, not worth a vocabulary role each.
/// Bit `n` of `lengths` is set when a word of `n` bytes is listed (bit 63 for 63 and
/// more): most words are told apart by their length alone. A list longer than
/// [`FEW_WORDS_SCANNED`] is also kept as a hash set: a word of a listed length is then
/// looked up once instead of compared with every word of the list (some lists hold a
/// hundred verb forms).
#[derive(Debug)]
struct FewWords {
    words: Box<[Box<str>]>,
    lengths: u64,
    set: Option<FxHashSet<Box<str>>>,
}

/// The longest list [`FewWords`] compares word by word.
const FEW_WORDS_SCANNED: usize = 6;

impl FewWords {
    fn new(words: impl IntoIterator<Item = String>) -> Self {
        let words: Box<[Box<str>]> = words.into_iter().map(String::into_boxed_str).collect();
        let lengths = words.iter().fold(0, |bits, w| bits | 1 << w.len().min(63));
        let set = (words.len() > FEW_WORDS_SCANNED).then(|| words.iter().cloned().collect());
        FewWords {
            words,
            lengths,
            set,
        }
    }

    #[inline]
    fn has(&self, word: &str) -> bool {
        self.lengths >> word.len().min(63) & 1 != 0
            && match &self.set {
                Some(set) => set.contains(word),
                None => self.words.iter().any(|w| **w == *word),
            }
    }
}

/// A phrase of the lexicon split into its words once (not at each comparison).
type PhraseWords = Box<[Box<str>]>;

fn phrase_words(phrase: &str) -> PhraseWords {
    phrase.split_whitespace().map(Box::from).collect()
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
    /// Sources a name or a possessive before them does not name ("Trump fans", "his critics").
    follower_sources: WordSet,
    /// `vague_sources`, `sources` and `follower_sources` in one list (one test per word).
    listed_sources: WordSet,
    possessive_determiners: FewWords,
    /// Irregular pasts of reporting verbs, no noun's form ("said", "told"), as written.
    irregular_pasts: FewWords,
    /// Pronouns that are a verb's object: "people who heard *him* say" is his saying.
    object_pronouns: FewWords,
    /// Past participles without "-ed" that open who keeps a document ("records held by").
    irregular_participles: FewWords,
    /// Plurals that are no source after a quantifier ("few years").
    not_sources: WordSet,
    /// Groups written with a capital that names no one ("most Americans").
    group_names: FewWords,
    /// Words for a party: before a source they name no one ("a GOP official").
    party_words: FewWords,
    /// States of mind before "that" ("are convinced that") and their nouns ("a sense that").
    mind_states: FewWords,
    mind_nouns: FewWords,
    /// Determiners of one thing: before a plural source they open a clause ("that experts say").
    singular_determiners: FewWords,
    /// Phrases that concede a point when a turn follows ("of course, … but").
    concession_phrases: FewWords,
    concession_turns: FewWords,
    /// Conjunctions of concession right before such a phrase ("though, of course, …").
    concession_leads: FewWords,
    /// Conjunctions that may open a clause before its subject ("but I'm talking…").
    clause_links: FewWords,
    /// Words before "of course" that make it an aside ("there was, of course, the shooting").
    existential_openers: Vec<String>,
    /// Words that open another clause after the source's verb ("evidence surfaced *that*…").
    clause_openers: FewWords,
    /// Beliefs in the simple past: "some feared" is what people had in mind then.
    belief_pasts: FewWords,
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
    /// The days of the week among them: "on Monday 300 families left" is no date of a month.
    weekday_words: FewWords,
    /// Names of places whose last word is also a verb ("united states"), lower case.
    verb_like_place_names: Vec<String>,
    /// Words for a percentage after a number ("percent", "per cent"), lower case.
    percent_words: Vec<String>,
    /// Short names of months before a full stop ("Oct. 1"): a number after one is a date.
    month_abbreviations: FewWords,
    /// Titles of one office-holder ("the governor said").
    titled_sources: FewWords,
    /// Words that point back to a group counted before ("these 40 people").
    pointing_back_words: FewWords,
    /// Verbs of saying, in all their forms ("…, say experts").
    speech_verbs: FewWords,
    /// Every verb that reports a claim, verbs of saying included, in all their forms.
    reporting_verbs: WordSet,
    not_reports: FewWords,
    /// Verbs of evidence, in all their forms: a report only after a vague source, not
    /// after plain people ("many of the members showed up").
    evidence_verbs: FewWords,
    /// Verbs that make "who" + verb after a source the source speaking, verbs of saying
    /// besides, in all their forms ("an aide who told", not "voters who feel").
    relative_report_verbs: FewWords,
    /// The present forms of those a source's verb may take after a relative clause ("say").
    relative_report_presents: FewWords,
    /// Forms that report only with one of `report_particles` after them ("pointed out").
    particle_reports: FewWords,
    /// Verbs that report only with a reaction after them ("expressed concern"), all forms.
    reaction_reports: FewWords,
    /// Verbs that report a view only with "as" after them ("see … as"), all forms.
    as_reports: FewWords,
    /// Verbs that report a label only with its complement after them ("call … a"), all forms.
    naming_reports: FewWords,
    report_particles: FewWords,
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
    /// Words that may stand between a modal and "be" ("can no longer be seen as").
    modal_fillers: FewWords,
    /// Words that open a condition ("if", "unless"), and the words before one that leave it
    /// opening a clause ("and if", "only if").
    condition_openers: FewWords,
    condition_leads: FewWords,
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
    /// The same words, to find them inside words of other characters ("o'half").
    statistic_word_parts: statistic::Parts,
    /// What a market prices: a percentage after one is a price move, not a statistic.
    market_words: WordSet,
    /// What a market prices, opening a sentence ("Shares of the firm …").
    market_subjects: FewWords,
    /// Charges a percentage sizes after it ("a 40 percent tax").
    levy_words: WordSet,
    /// Words right before a count that make it a place's population ("home to"), lower case.
    population_phrases: Vec<String>,
    /// Participles of asking or counting people ("polled"): with "by" and a name, a source.
    survey_participles: FewWords,
    /// Verbs of putting out a document ("Pew released a survey"), in all their forms.
    publishing_verbs: WordSet,
    /// Rates of such a charge ("tax rate"): a percentage shortly after is a rate set.
    levy_rate_words: WordSet,
    /// Places sized by their people ("a city of 120,000 people").
    place_nouns: WordSet,
    /// Words of winning a share of the vote ("won 65% of the vote").
    winning_words: WordSet,
    /// What follows a share of an election's vote ("of the vote"), lower case.
    vote_share_phrases: Vec<PhraseWords>,
    /// Verbs of saying whose object is the one told ("told Reuters"): a name right after one
    /// names a figure's source.
    listener_verbs: WordSet,
    /// Listeners that make a verb of telling after "will" habitual ("will tell you").
    habitual_listeners: FewWords,
    /// Universal subjects of an appeal to common knowledge ("everyone", "anyone who …").
    knowing_subjects: FewWords,
    /// Verbs of knowing, in all their forms ("knows", "understood", "agreed").
    knowing_verbs: FewWords,
    /// Words before a universal subject that hedge or deny it ("not everyone").
    knowing_hedges: FewWords,
    /// Verbs of saying that also do a thing to an object ("maintains 28,500 troops"): with a
    /// figure right after them they act on it, not report it.
    act_verbs: WordSet,
    /// Verbs that report a finding but act on a sum of money right after them: "the council
    /// found £1.4 million in savings" (what it found is money, not a claim).
    money_act_verbs: WordSet,
    /// Words of money after a spelled sum ("a billion dollars").
    money_words: FewWords,
    /// Words of estimate that may stand between such a verb and its figure ("about", "more
    /// than"), lower case.
    figure_leads: FewWords,
    /// Verbs that give a figure, besides the verbs of saying: after a name they name the
    /// figure's source ("boasted", "values … at", "put the toll at").
    figure_verbs: WordSet,
    /// What stands right before a poll's sample ("a survey of", "responses from"), lower
    /// case.
    sample_phrases: Vec<PhraseWords>,
    /// Pronouns for a person the text has named: "he said" reports that person.
    speaker_pronouns: FewWords,
    /// Plain words for a field, capitalised only by the sentence: "Health officials said".
    source_fields: FewWords,
    /// Set levels, rates and prices: a figure after one is no count ("a target of 2 percent").
    level_words: WordSet,
    /// The writer's own life: a figure in a clause with one is their experience (a role,
    /// so a sentence without one is not read back from each figure).
    own_experience_words: WordSet,
    /// Verbs of the writer's own looking-up after "I" ("I found that…", "I calculated").
    own_finding_verbs: FewWords,
    /// Words after "of course" that make it the writer's own concession.
    concession_subjects: FewWords,
    /// How a thing was received, judged by many after an adverb of consensus
    /// ("widely debunked").
    reception_participles: WordSet,
    /// Words that open the group a standalone source belongs to ("many *in* Washington").
    group_openers: FewWords,
    /// Words ending in 's that are no possessive ("there's $150 billion").
    not_possessives: FewWords,
    /// Words of a plan, an offer or a promise, in all their forms: a figure shortly after
    /// one in its clause is what someone plans (a role, as `own_experience_words`).
    intent_words: WordSet,
    /// Forms of `intent_words` that count only before "to" ("plans to cut", not "the plan").
    intent_words_before_to: FewWords,
    /// Words of asking for, granting or holding back money, in all their forms: a sum
    /// shortly after one in its clause is a budget line ("Congress approved $1.4 billion",
    /// "his demand for $5 billion"), not a statistic.
    granted_sum_words: WordSet,
    /// Single events of harm: a count in a relative clause after one is part of the event.
    event_nouns: WordSet,
    /// Words after a figure that make it the bound of a rule's terms ("or fewer"), lower case.
    threshold_words: Vec<String>,
    /// Words right before such a figure that set up a rule's terms ("with", "earning"):
    /// the figure is a bound only after one.
    threshold_openers: FewWords,
    /// Words of harm or loss of life between a count and an event link ("killed", "died"):
    /// only then is the count the event's toll.
    harm_words: FewWords,
    /// Words before a percentage that make it a group named by its rank ("the top 2 percent").
    percentile_words: FewWords,
    /// Numbers of a percentage that name a class after "the" ("the 1 percent", "the 99%"),
    /// and the words after one that end its noun phrase there ("the 1 percent who…").
    class_shares: FewWords,
    class_share_ends: FewWords,
    /// People who vote in a chamber, and the forms of a vote: a count of them voting is a tally.
    roll_call_nouns: WordSet,
    vote_words: FewWords,
    /// The nouns of a statistic, one word each ("people", "voters").
    statistic_nouns: WordSet,
    /// Endings of a people's name ("Syrians", "Iraqis"), lower case.
    people_name_endings: Vec<String>,
    /// Words of a vague frequency after a passive ("documented numerous times"), lower case.
    vague_frequencies: Vec<String>,
    /// Participles of a record or of a verdict on a claim: with a vague frequency after
    /// them, an agentless passive.
    repeated_participles: WordSet,
    /// Participles of a verdict on a claim ("debunked"): after an auxiliary, with no agent,
    /// an agentless passive at the end of their clause.
    verdict_participles: WordSet,
    /// Negations that take the verdict back ("has not been corroborated").
    verdict_negations: FewWords,
    /// Words after a count that tie it to an event noun a few words on ("24 wounded *when*
    /// a car bomb went off").
    event_links_after: FewWords,
    /// Scales after a number ("million"), one word each.
    scale_words: WordSet,
    /// Words that open a relative clause after an event noun.
    event_relatives: FewWords,
    /// Words after a count of people that make them those aboard a craft, lower case.
    aboard_words: Vec<String>,
    /// Words that open a clause posing a case: a figure in it is supposed, not stated (a
    /// role, as `own_experience_words`).
    hypothetical_openers: WordSet,
    /// The writer's own hedge before a vague source ("I *guess* some people think").
    writer_hedges: FewWords,
    /// Reactions said to be felt by unnamed people ("an outcry among many").
    reaction_nouns: WordSet,
    reaction_links: FewWords,
    /// Verbs of growth: a reaction as their subject grew without saying whose.
    growth_verbs: FewWords,
    citation: Regex,
    vague_pattern: Pattern,
    knowledge_pattern: Pattern,
    passive_pattern: Pattern,
    accusation_pattern: Pattern,
    statistic_pattern: Pattern,
}

/// Whether the text between a source noun and its verb keeps them together: no quotation
/// marks, and no lone comma (a pair of commas is a parenthesis: "critics, however, say").
/// Whether `word` (lower case) is the indefinite article.
fn is_indefinite(word: &str) -> bool {
    matches!(word, "a" | "an")
}

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
        let tens = list("tens_words");
        let statistic =
            || statistic_pattern(&list).map(|pattern| compile_statistic_pattern(&pattern));
        let citation = || {
            let mut pattern = r"https?://|www\.|\[\d+\]|\([A-Z][A-Za-z-]+(?: et al\.?| and [A-Z][A-Za-z-]+)?,? \d{4}[a-z]?\)|\(\d{4}\)".to_string();
            // "[PDF]", "(link)": a marker where a link to the source stood.
            let markers = list("citation_markers");
            if !markers.is_empty() {
                let markers: Vec<String> = markers.iter().map(|m| regex::escape(m)).collect();
                let markers = markers.join("|");
                pattern.push_str(&format!(r"|(?i:\[(?:{markers})\]|\((?:{markers})\))"));
            }
            Regex::new(&pattern).expect("citation pattern is valid")
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
        // "three million" by its scale, "three out of four" by its count, a comparison with a
        // total by "combined".
        let statistic_word_texts: Vec<String> = shares
            .iter()
            .filter_map(|p| p.rsplit([' ', '-']).next().map(str::to_string))
            .chain(["one".to_string()])
            .chain(scales.iter().cloned())
            .chain(list("count_words"))
            .chain(tens.iter().cloned())
            // "twice as many" by its multiplier ("four times more" by its count or digit).
            .chain(list("multipliers"))
            // "more … than … combined" by its word of totalling.
            .chain(
                list("total_words")
                    .iter()
                    .filter_map(|p| p.rsplit(' ').next().map(str::to_string)),
            )
            // "the lowest in 33 years" by its superlative.
            .chain(list("record_superlatives"))
            .collect();
        let vague_sources = WordSet::new(
            with_plurals(&["vague_sources", "anonymous_sources"]),
            vocabulary,
        );
        let sources = WordSet::new(with_plurals(&["sources", "standalone_sources"]), vocabulary);
        let follower_sources = WordSet::new(with_plurals(&["follower_sources"]), vocabulary);
        let listed_sources = vague_sources.or(&sources).or(&follower_sources);
        UnsourcedAssertion {
            phrases,
            qualifiers: set(&["qualifiers", "quantifiers", "count_words"]),
            quantifiers: set(&["quantifiers"]),
            standalone_sources: set(&["quantifiers", "standalone_sources"]),
            vague_sources,
            anonymous_sources: FewWords::new(with_plurals(&["anonymous_sources"])),
            sources,
            follower_sources,
            listed_sources,
            possessive_determiners: few("possessive_determiners"),
            object_pronouns: few("object_pronouns"),
            irregular_pasts: FewWords::new(lists(&["speech_verb_pasts", "reporting_verb_pasts"])),
            irregular_participles: few("irregular_participles"),
            not_sources: WordSet::new(with_plurals(&["not_sources"]), vocabulary),
            group_names: FewWords::new(with_plurals(&["group_names"])),
            party_words: FewWords::new(with_plurals(&["party_words"])),
            mind_states: few("mind_states"),
            mind_nouns: few("mind_nouns"),
            singular_determiners: few("singular_determiners"),
            concession_phrases: few("concession_phrases"),
            concession_turns: few("concession_turns"),
            concession_leads: few("concession_leads"),
            clause_links: few("clause_links"),
            existential_openers: list("existential_openers"),
            clause_openers: few("clause_openers"),
            perfect_auxiliaries: few("perfect_auxiliaries"),
            belief_pasts: few("belief_pasts"),
            phrase_breaks: few("phrase_breaks"),
            source_documents: WordSet::new(with_plurals(&["source_documents"]), vocabulary),
            self_naming_documents: few("self_naming_documents"),
            source_bodies: WordSet::new(with_plurals(&["source_bodies"]), vocabulary),
            date_words: few("date_words"),
            weekday_words: few("weekday_words"),
            verb_like_place_names: list("verb_like_place_names")
                .iter()
                .map(|w| w.to_ascii_lowercase())
                .collect(),
            percent_words: list("percent_words")
                .iter()
                .map(|w| w.to_ascii_lowercase())
                .collect(),
            month_abbreviations: few("month_abbreviations"),
            titled_sources: few("titled_sources"),
            pointing_back_words: few("pointing_back_words"),
            speech_verbs: FewWords::new(speech_verbs()),
            reporting_verbs,
            not_reports: few("not_reports"),
            evidence_verbs: FewWords::new(verb_forms(&["evidence_verbs"])),
            relative_report_presents: few("relative_report_presents"),
            relative_report_verbs: FewWords::new(
                speech_verbs().chain(verb_forms(&["relative_report_verbs"])),
            ),
            particle_reports: few("particle_reports"),
            reaction_reports: FewWords::new(verb_forms(&["reaction_reports"])),
            as_reports: FewWords::new(
                verb_forms(&["as_reports"])
                    .into_iter()
                    .chain(list("as_report_pasts")),
            ),
            naming_reports: FewWords::new(verb_forms(&["naming_reports"])),
            report_particles: few("report_particles"),
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
            modal_fillers: few("modal_fillers"),
            condition_openers: few("condition_openers"),
            condition_leads: few("condition_leads"),
            future_auxiliaries: few("future_auxiliaries"),
            literal_label_followers: few("literal_label_followers"),
            personal_pronouns: few("personal_pronouns"),
            definite: few("definite_determiners"),
            attribution_breaks: few("attribution_breaks"),
            standalone_gap: few("standalone_gap"),
            statistic,
            statistic_words: WordSet::new(&statistic_word_texts, vocabulary),
            statistic_word_parts: statistic::Parts::new(&statistic_word_texts),
            market_words: WordSet::new(with_plurals(&["market_words"]), vocabulary),
            market_subjects: few("market_subjects"),
            levy_words: WordSet::new(with_plurals(&["levy_words"]), vocabulary),
            population_phrases: list("population_phrases")
                .iter()
                .map(|w| w.to_ascii_lowercase())
                .collect(),
            survey_participles: few("survey_participles"),
            publishing_verbs: WordSet::new(verb_forms(&["publishing_verbs"]), vocabulary),
            levy_rate_words: WordSet::new(with_plurals(&["levy_rate_words"]), vocabulary),
            place_nouns: WordSet::new(with_plurals(&["place_nouns"]), vocabulary),
            winning_words: WordSet::new(verb_forms(&["winning_words"]), vocabulary),
            listener_verbs: WordSet::new(verb_forms(&["listener_verbs"]), vocabulary),
            habitual_listeners: few("habitual_listeners"),
            knowing_subjects: few("knowing_subjects"),
            knowing_verbs: FewWords::new(
                verb_forms(&["knowing_verbs"])
                    .into_iter()
                    .chain(list("knowing_pasts")),
            ),
            knowing_hedges: few("knowing_hedges"),
            act_verbs: WordSet::new(verb_forms(&["act_verbs"]), vocabulary),
            money_act_verbs: WordSet::new(verb_forms(&["money_act_verbs"]), vocabulary),
            money_words: few("money_words"),
            figure_leads: few("figure_leads"),
            figure_verbs: WordSet::new(verb_forms(&["figure_verbs"]), vocabulary),
            sample_phrases: list("sample_phrases")
                .iter()
                .map(|w| phrase_words(&w.to_ascii_lowercase()))
                .collect(),
            vote_share_phrases: list("vote_share_phrases")
                .iter()
                .map(|w| phrase_words(&w.to_ascii_lowercase()))
                .collect(),
            speaker_pronouns: few("speaker_pronouns"),
            source_fields: few("source_fields"),
            level_words: WordSet::new(with_plurals(&["level_words"]), vocabulary),
            own_experience_words: set(&["own_experience_words"]),
            own_finding_verbs: few("own_finding_verbs"),
            concession_subjects: few("concession_subjects"),
            reception_participles: set(&["reception_participles"]),
            group_openers: few("group_openers"),
            not_possessives: few("not_possessives"),
            hypothetical_openers: set(&["hypothetical_openers"]),
            intent_words: WordSet::new(verb_forms(&["intent_words"]), vocabulary),
            intent_words_before_to: few("intent_words_before_to"),
            granted_sum_words: WordSet::new(verb_forms(&["granted_sum_words"]), vocabulary),
            event_nouns: WordSet::new(with_plurals(&["event_nouns"]), vocabulary),
            event_relatives: few("event_relatives"),
            aboard_words: list("aboard_words")
                .iter()
                .map(|w| w.to_ascii_lowercase())
                .collect(),
            threshold_words: list("threshold_words")
                .iter()
                .map(|w| w.to_ascii_lowercase())
                .collect(),
            threshold_openers: few("threshold_openers"),
            harm_words: few("harm_words"),
            percentile_words: few("percentile_words"),
            class_shares: few("class_shares"),
            class_share_ends: few("class_share_ends"),
            scale_words: set(&["scale_words"]),
            event_links_after: few("event_links_after"),
            statistic_nouns: set(&["statistic_nouns"]),
            people_name_endings: list("people_name_endings"),
            repeated_participles: set(&["repeated_participles"]),
            verdict_participles: set(&["verdict_participles"]),
            verdict_negations: few("verdict_negations"),
            vague_frequencies: list("vague_frequencies")
                .iter()
                .map(|w| w.to_ascii_lowercase())
                .collect(),
            roll_call_nouns: WordSet::new(with_plurals(&["roll_call_nouns"]), vocabulary),
            vote_words: few("vote_words"),
            writer_hedges: few("writer_hedges"),
            reaction_nouns: WordSet::new(with_plurals(&["reaction_nouns"]), vocabulary),
            reaction_links: few("reaction_links"),
            growth_verbs: few("growth_verbs"),
            citation,
            vague_pattern: Pattern::new(
                Category::UnsourcedAssertion,
                2,
                "unsourced-assertion/vague-attribution",
                VAGUE_EXPLANATION,
                Some("name the person, organisation or study"),
            ),
            knowledge_pattern: Pattern::new(
                Category::UnsourcedAssertion,
                2,
                "unsourced-assertion/common-knowledge",
                "Appeal to common knowledge: the claim is said to be known to everyone, so no source is given.",
                Some("give the fact and where it comes from"),
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
            if self.concedes(s, m.span) || self.aside(s, m.span) {
                continue;
            }
            out.push(Detection {
                category: Category::UnsourcedAssertion,
                span: m.span,
                weight: m.entry.weight,
                rule: m.rule(),
                reported: false,
            });
        }
        let words = &s.lower;
        // Moved over whole or with `append` (most lists are empty: no iterator made and
        // dropped).
        super::take_all(&mut out, self.vague_attributions(s, words));
        super::take_all(&mut out, self.agentless_passives(s, words));
        super::take_all(&mut out, self.unnamed_reactions(s, words));
        out.extend(self.common_knowledge(s, words));
        super::drop_overlaps(&mut out);
        if !out.is_empty() {
            out.retain(|d| !self.in_condition(s, d.span));
        }
        // "Lee said critics call it unfair": the vague source is in what a named speaker is
        // reported to say; the reader can ask the speaker. Shown, marked reported.
        for d in &mut out {
            let first = s.word_at_or_after(d.span.start);
            if first < s.words.len() && self.in_named_report(s, first) {
                d.reported = true;
            }
        }
        if out.is_empty()
            && let Some(d) = self.unsourced_statistic(s, words)
        {
            out.push(d);
        }
        out
    }

    /// Whether word `first` is in the clause a named speaker is reported to say, the verb a
    /// few words before it: "Lee said (that) critics…", "Davis noted that recent surveys…".
    /// Nothing but words between the verb and the source ("…, Anstine said, according to
    /// several sources" and "…,” said one official who asked not to be named" are the
    /// author's own attributions), and the name right before its verb.
    fn in_named_report(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let plain = |k: usize| !s.clause_mark_before(k);
        (first.saturating_sub(6)..first)
            .any(|j| s.names_its_speaker(j) && plain(j) && (j + 1..=first).all(plain))
    }

    /// Whether the finding at `span` stands in a condition: "if any owner thinks he
    /// pays them", "unless it's proven that": a case supposed, not a claim made (the
    /// nearest of `condition_openers` in its clause, no comma or stop between, opening a
    /// clause: first, after a stop or after one of `condition_leads`; "even if critics are
    /// right" concedes a claim, and "asked her if" is a question, so they stay).
    fn in_condition(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let first = s.word_at_or_after(span.start);
        if first == 0 || first >= s.words.len() {
            return false;
        }
        // A hyphen set off as a dash ("if the deal holds - an outcome…") ends it too.
        let stop = |k: usize| s.clause_mark_before(k) || s.gap_before(k).contains('-');
        let mut k = first;
        while k > 0 && first - k < MAX_CONDITION_WORDS && !stop(k) {
            k -= 1;
            if self.condition_openers.has(&s.lower[k]) {
                return k == 0 || stop(k) || self.condition_leads.has(&s.lower[k - 1]);
            }
        }
        false
    }

    /// Whether the phrase at `span` is an aside after "there is" or "there was": "There was,
    /// of course, the shooting in the town" points at a thing the reader can name (the
    /// existence of a known event), not a contested claim taken as known.
    fn aside(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let phrase = span.slice(s.text).to_lowercase();
        if !self.concession_phrases.has(&phrase) {
            return false;
        }
        let before = s.text[s.span.start..span.start]
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
            .to_lowercase();
        self.existential_openers.iter().any(|opener| {
            before.strip_suffix(opener.as_str()).is_some_and(|rest| {
                !rest
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '\'')
            })
        })
    }

    /// Whether the phrase at `span` stands in a clause the writer opens about themselves:
    /// "I'm talking, of course, about the river", "I'm not saying the plan is perfect, of
    /// course" (the clause's first word, after "but", "and" or "so", is one of
    /// `concession_subjects`; the clause starts at the sentence or after a semicolon, colon,
    /// dash or quotation mark).
    fn writer_clause(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let phrase_start = s.word_at_or_after(span.start);
        let mut start = s.statement_start(phrase_start);
        while start < phrase_start && self.clause_links.has(&s.lower[start]) {
            start += 1;
        }
        start < phrase_start && self.concession_subjects.has(&s.lower[start])
    }

    /// Whether the phrase at `span` concedes a point rather than appeals to what all know:
    /// "I'm no expert, of course, but…" (a turn later in the sentence), "of course, my plan
    /// won't fix everything" (the writer's own concession right after it), "…, though of
    /// course rivals will dispute it" (a conjunction of concession right before it).
    fn concedes(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let phrase = span.slice(s.text).to_lowercase();
        if !self.concession_phrases.has(&phrase) {
            return false;
        }
        let mut after = (0..s.words.len()).filter(|&k| s.words[k].span.start >= span.end);
        let first = after.next();
        // "…, though of course rivals will dispute it": a concession opened right before.
        let opened = s.word_at_or_after(span.start);
        let led = opened > 0
            && opened < s.words.len()
            && self.concession_leads.has(&s.lower[opened - 1])
            // "as though of course": a comparison, not a concession.
            && !(opened > 1 && s.lower[opened - 2] == "as")
            && s.gap_before(opened)
                .trim_matches(|c: char| c.is_whitespace() || c == ',')
                .is_empty();
        led || self.writer_clause(s, span)
            || first.is_some_and(|k| self.concession_subjects.has(&s.lower[k]))
            || first
                .into_iter()
                .chain(after)
                .any(|k| self.concession_turns.has(&s.lower[k]))
    }
}

#[cfg(test)]
mod tests;
