//! `unsourced-assertion`: claims presented as established on a source the reader can't check.
//!
//! Four devices, each a pattern over the sentence's words with its word lists in
//! `lexicons/unsourced-assertion.toml`:
//! - vague attribution: [qualifier] + source noun + reporting verb, a few words apart
//!   ("many experts say", "critics of the plan have long argued", "studies show");
//!   a capitalised name in or right before the phrase makes it named ("Pentagon officials said");
//! - agentless passives ("it is believed that", "is widely regarded as", "has been labeled");
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
use std::borrow::Cow;

/// Lists an unsourced-assertion lexicon may define.
pub const LISTS: &[&str] = &[
    "qualifiers",
    "vague_sources",
    "sources",
    "reporting_verbs",
    "passive_verbs",
    "label_verbs",
    "passive_adverbs",
    "statistic_nouns",
    "named_source_nouns",
];

/// The words of the statistic pattern's shares and "one in ten", in every form a word of
/// plain letters takes in them ("two-thirds" is the words "two" and "thirds").
const SHARE_WORDS: &[&str] = &[
    "one", "half", "third", "thirds", "quarter", "quarters", "majority",
];

/// How many words may stand between a qualifier and its source noun ("many *prominent* experts").
const MAX_GAP: usize = 3;
/// How many words may stand between a source noun and its verb ("critics *of the plan have long* argued").
const MAX_VERB_GAP: usize = 5;

const VAGUE_EXPLANATION: &str =
    "Vague attribution: the claim leans on unnamed people or studies the reader cannot check.";
const PASSIVE_EXPLANATION: &str =
    "Agentless passive: it says something is believed or reported without saying by whom.";
const STATISTIC_EXPLANATION: &str = "A figure about people or money with no source in the sentence: the reader cannot check where it comes from.";

/// The unsourced-assertion detector.
#[derive(Debug)]
pub struct UnsourcedAssertion {
    phrases: PhraseMatcher,
    qualifiers: WordSet,
    vague_sources: WordSet,
    sources: WordSet,
    reporting_verbs: WordSet,
    passive_verbs: WordSet,
    label_verbs: WordSet,
    passive_adverbs: WordSet,
    named_source_nouns: WordSet,
    statistic: Option<Regex>,
    /// The words a statistic without a digit is written with ("half of", "one in ten").
    share_words: WordSet,
    /// [`STRONG_QUANTIFIERS`] and [`PRONOUN_SOURCES`], asked of most words.
    strong_quantifiers: WordSet,
    pronoun_sources: WordSet,
    citation: Regex,
    vague_pattern: Pattern,
    passive_pattern: Pattern,
    statistic_pattern: Pattern,
}

const AUXILIARIES: &[&str] = &["is", "was", "are", "were", "be", "been", "being", "it's"];

/// Participles that name rather than attribute when a subject comes first.
const NAMING: &[&str] = &["known", "called", "named", "termed", "titled"];

/// Modal verbs: "must be seen as" prescribes rather than reports.
const MODALS: &[&str] = &[
    "must", "should", "can", "could", "would", "will", "may", "might", "shall", "cannot", "to",
];

/// Forms of "be": a reporting verb after one is passive ("people were warned"), not a report.
const BE: &[&str] = &["is", "was", "are", "were", "be", "been", "being"];

/// Determiners that point back to a source the text already named: "this research showed".
const DEFINITE: &[&str] = &[
    "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
];

/// Words between a source and a verb that make the verb someone else's:
/// a relative clause ("a person who doesn't know"), a new subject ("the evidence, I believe").
const BREAKS_ATTRIBUTION: &[&str] = &[
    "by", "at", "who", "whom", "whose", "which", "i", "we", "you", "he", "she", "they", "it",
];

/// Verbs of saying that may come before their source: "…, say experts."
const SAY_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "argue",
    "argues",
    "argued",
    "claim",
    "claims",
    "claimed",
    "contend",
    "contends",
    "contended",
    "insist",
    "insists",
    "insisted",
    "believe",
    "believes",
    "believed",
    "warn",
    "warns",
    "warned",
    "suggest",
    "suggests",
    "suggested",
    "think",
    "thinks",
    "thought",
    "fear",
    "fears",
    "feared",
    "maintain",
    "maintains",
    "maintained",
];

/// Quantifiers vague enough to make any plural noun after them a vague source.
const STRONG_QUANTIFIERS: &[&str] = &[
    "some",
    "many",
    "most",
    "several",
    "numerous",
    "various",
    "countless",
];

/// Passive participles that pass a judgement: "is considered the finest".
const JUDGING: &[&str] = &[
    "considered",
    "regarded",
    "deemed",
    "thought",
    "seen",
    "viewed",
    "reputed",
];

/// Source nouns that stay anonymous after "the": "the sources said".
const ANONYMOUS: &[&str] = &["source", "sources", "insider", "insiders"];

/// Words that may stand between a standalone source and its verb: "some have long argued".
const STANDALONE_GAP: &[&str] = &[
    "have",
    "had",
    "has",
    "would",
    "will",
    "may",
    "might",
    "could",
    "long",
    "also",
    "still",
    "even",
    "now",
    "often",
    "therefore",
    "however",
    "further",
    "rightly",
    "wrongly",
];

/// Qualifiers that can stand alone as a vague source: "some say", "many believe".
const PRONOUN_SOURCES: &[&str] = &["some", "many", "most", "others", "few", "several"];

/// Whether the text between a source noun and its verb keeps them together: no quotation
/// marks, and no lone comma (a pair of commas is a parenthesis: "critics, however, say").
fn clean_gap(gap: &str) -> bool {
    !gap.contains(['"', '“', '”']) && gap.matches(',').count() != 1
}

impl UnsourcedAssertion {
    /// Compiles the detector from the unsourced-assertion lexicons in `lexicons`.
    pub fn new(lexicons: &LexiconSet, vocabulary: &VocabularyBuilder) -> Self {
        let list = |name| lexicons.list(Category::UnsourcedAssertion, name);
        let set = |name| WordSet::new(list(name), vocabulary);
        let with_plurals = |name| {
            let words = list(name)
                .into_iter()
                .flat_map(|w| [inflect::plural(&w), w]);
            WordSet::new(words, vocabulary)
        };
        let nouns = list("statistic_nouns");
        let statistic = || {
            (!nouns.is_empty()).then(|| {
            let nouns = nouns.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|");
            let number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
            let number = &format!("(?:{number})");
            let share = r"(?:half|a third|a quarter|two-thirds|two thirds|three-quarters|three quarters|a majority|the majority)";
            let count_words = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)";
            // ASCII case-insensitivity and word boundaries (white space stays Unicode, for
            // no-break spaces): about half the compile time of the Unicode pattern, which
            // was the longest step of start-up.
            let pattern = format!(
                r"(?i-u)\b{number}\s*(?:%|percent\b|per cent\b)|(?u:[$£€])\s?{number}(?:\s*(?:million|billion|trillion|bn)\b)?|\b{number}\s+(?:million|billion|trillion)\s+(?:dollars|euros|pounds)\b|\b{number}\s+(?:(?:million|billion|thousand|hundred)\s+)?(?:[a-z-]+\s+)?(?:{nouns})\b|\bone\s+in\s+{count_words}\s+(?:[a-z-]+\s+)?(?:{nouns})\b|\b{share}\s+of\s+(?:all\s+)?(?:[a-z-]+\s+)?(?:{nouns})\b"
            )
            .replace(r"\s", r"(?u:\s)");
            Regex::new(&pattern).expect("statistic pattern is valid")
        })
        };
        let citation = || {
            Regex::new(
                r"https?://|www\.|\[\d+\]|\([A-Z][A-Za-z-]+(?: et al\.?| and [A-Z][A-Za-z-]+)?,? \d{4}[a-z]?\)|\(\d{4}\)",
            )
            .expect("citation pattern is valid")
        };
        let words = || {
            let verbs = list("reporting_verbs").into_iter().flat_map(|v| {
                let mut forms = inflect::verb_forms(&v);
                forms.push(v);
                forms
            });
            (
                PhraseMatcher::new(lexicons, Category::UnsourcedAssertion, vocabulary),
                WordSet::new(verbs, vocabulary),
            )
        };
        // The patterns compile on another core meanwhile (start-up counts).
        let ((statistic, citation), (phrases, reporting_verbs)) =
            rayon::join(|| rayon::join(statistic, citation), words);
        UnsourcedAssertion {
            phrases,
            qualifiers: set("qualifiers"),
            vague_sources: with_plurals("vague_sources"),
            sources: with_plurals("sources"),
            reporting_verbs,
            passive_verbs: set("passive_verbs"),
            label_verbs: set("label_verbs"),
            passive_adverbs: set("passive_adverbs"),
            named_source_nouns: with_plurals("named_source_nouns"),
            statistic,
            share_words: WordSet::new(SHARE_WORDS, vocabulary),
            strong_quantifiers: WordSet::new(STRONG_QUANTIFIERS, vocabulary),
            pronoun_sources: WordSet::new(PRONOUN_SOURCES, vocabulary),
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
                Some("say who believes, reports or calls it that"),
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

    /// Whether word `i` is a reporting verb.
    fn is_verb(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        // "regarding" and "considering" are prepositions more often than reports.
        self.reporting_verbs.has(s, i) && !matches!(&*s.lower[i], "regarding" | "considering")
    }

    fn vague_attributions(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
    ) -> Vec<Detection> {
        let mut out = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let vague = self.vague_sources.has(s, i);
            // "some autistic adults find…", "many fans consider…": any plural people-like
            // noun after a strong quantifier.
            let quantified_plural = (i.saturating_sub(MAX_GAP)..i)
                .any(|j| self.strong_quantifiers.has(s, j))
                && super::looks_plural(w)
                && !s.words[i].is_capitalized();
            if !vague && !self.sources.has(s, i) && !quantified_plural {
                continue;
            }
            // A qualifier up to MAX_GAP words back, with no name in between.
            let qualifier = (i.saturating_sub(MAX_GAP)..i)
                .rev()
                .take_while(|&j| j + 1 == i || !s.is_name(j + 1))
                .find(|&j| self.qualifiers.has(s, j));
            if qualifier.is_none() && !vague {
                continue;
            }
            // "Pentagon officials", "police sources": a name or institution makes the source checkable;
            // "this research", "the study": a source already named earlier in the text.
            // "the sources said", "White House sources say": sources stay anonymous
            // however definite the article and whatever institution they are in.
            let anonymous = ANONYMOUS.contains(&w.as_ref());
            if i > 0
                && !anonymous
                && (s.is_name(i - 1)
                    || self.named_source_nouns.has(s, i - 1)
                    || qualifier.is_none() && DEFINITE.contains(&words[i - 1].as_ref()))
            {
                continue;
            }
            if s.words[i].is_capitalized() && !s.starts_clause(i) {
                continue;
            }
            let start = qualifier.map_or(s.words[i].span.start, |j| s.words[j].span.start);
            // "experts say …" or "…, say experts": the verb after, or right before.
            let after = (i + 1..(i + 2 + MAX_VERB_GAP).min(words.len()))
                .take_while(|&j| !s.is_name(j) && !BREAKS_ATTRIBUTION.contains(&words[j].as_ref()))
                .find(|&j| self.is_verb(s, j))
                .filter(|&j| !BE.contains(&words[j - 1].as_ref()))
                // "her claim", "the report": a noun after a determiner, not a verb.
                .filter(|&j| {
                    let before = words[j - 1].as_ref();
                    !matches!(
                        before,
                        "a" | "an"
                            | "the"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "our"
                            | "my"
                            | "your"
                    )
                })
                .filter(|&j| clean_gap(&s.text[s.words[i].span.end..s.words[j].span.start]));
            // "a woman who claims…": the relative clause is the source speaking.
            let who_says = (words.get(i + 1).is_some_and(|x| x == "who")
                && i + 2 < words.len()
                && self.is_verb(s, i + 2))
            .then_some(i + 2);
            if let Some(j) = after.or(who_says) {
                out.push(self.vague(Span::new(start, s.words[j].span.end)));
                continue;
            }
            // "…, say experts." and "according to some analysts": the source closes the clause.
            let head = qualifier.unwrap_or(i);
            let closes_clause = s.text[s.words[i].span.end..s.span.end]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')'));
            if head > 0 && SAY_VERBS.contains(&words[head - 1].as_ref()) && closes_clause {
                out.push(self.vague(Span::new(s.words[head - 1].span.start, s.words[i].span.end)));
            } else if head >= 2 && words[head - 2] == "according" && words[head - 1] == "to" {
                out.push(self.vague(Span::new(s.words[head - 2].span.start, s.words[i].span.end)));
            }
        }
        // "some say", "many believe", "others have long argued": the qualifier alone is the
        // source, followed by its verb after at most two auxiliaries or adverbs.
        for i in 0..words.len() {
            if !self.pronoun_sources.has(s, i)
                || out
                    .iter()
                    .any(|d: &Detection| d.span.contains(s.words[i].span))
            {
                continue;
            }
            let verb = (i + 1..(i + 4).min(words.len()))
                .take_while(|&j| j == i + 1 || STANDALONE_GAP.contains(&words[j - 1].as_ref()))
                .find(|&j| SAY_VERBS.contains(&words[j].as_ref()));
            if let Some(j) = verb {
                out.push(self.vague(Span::new(s.words[i].span.start, s.words[j].span.end)));
            }
        }
        out
    }

    fn vague(&self, span: Span) -> Detection {
        self.vague_pattern.at(span)
    }

    fn agentless_passives(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
    ) -> Vec<Detection> {
        let mut out = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let labels = self.label_verbs.has(s, i);
            if !labels && !self.passive_verbs.has(s, i) {
                continue;
            }
            // Walk back over adverbs ("widely", "long") to an auxiliary ("is", "has been").
            let mut j = i;
            while j > 0 && self.passive_adverbs.has(s, j - 1) {
                j -= 1;
            }
            if j == 0 || !AUXILIARIES.contains(&words[j - 1].as_ref()) {
                continue;
            }
            let aux = j - 1;
            // "must be seen as": a demand, not a report.
            if words[aux] == "be" && aux > 0 && MODALS.contains(&words[aux - 1].as_ref()) {
                continue;
            }
            let impersonal = aux > 0 && words[aux - 1] == "it" || words[aux] == "it's";
            let next = words.get(i + 1).map(AsRef::as_ref);
            // "is considered by many": an agent as vague as none.
            let vague_agent = next == Some("by")
                && i + 2 < words.len()
                && (self.pronoun_sources.has(s, i + 2)
                    || self.qualifiers.has(s, i + 2)
                    || self.vague_sources.has(s, i + 2));
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
            // "is known as Union Square East": naming, not attributing.
            if NAMING.contains(&w.as_ref()) && !impersonal {
                continue;
            }
            // "is considered the best", "is regarded as one of": a judgement passed on
            // without its judge.
            let judged = JUDGING.contains(&w.as_ref())
                && matches!(next, Some("the" | "a" | "an" | "one" | "among" | "by"));
            let fires = if impersonal {
                matches!(next, Some("that") | None)
            } else if labels || vague_agent || judged {
                true
            } else {
                matches!(next, Some("to" | "as"))
            };
            if fires {
                let start = if impersonal && words[aux] != "it's" {
                    aux - 1
                } else {
                    aux
                };
                out.push(
                    self.passive_pattern
                        .at(Span::new(s.words[start].span.start, s.words[i].span.end)),
                );
            }
        }
        out
    }

    fn unsourced_statistic(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
    ) -> Option<Detection> {
        if !self.may_hold_statistic(s) {
            return None;
        }
        let m = self.statistic.as_ref()?.find(s.as_str())?;
        if self.names_a_source(s, words) {
            return None;
        }
        let base = s.span.start;
        let number = s.text[base + m.start()..base + m.end()].trim_start();
        let year_like = number
            .get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
            && (number.starts_with("19") || number.starts_with("20"))
            && !number[4..].starts_with([',', '%', '.']);
        if year_like {
            return None;
        }
        Some(
            self.statistic_pattern
                .at(Span::new(base + m.start(), base + m.end())),
        )
    }

    /// Whether the statistic pattern could match the sentence, a cheap test first: it
    /// needs a digit or one of the share words ("half", "one in …"). A word of plain
    /// letters holds one only by being it; any other word is searched for them, as the
    /// pattern's ASCII word boundaries fall inside "o'half" or "éhalf".
    fn may_hold_statistic(&self, s: &SentenceContext<'_>) -> bool {
        s.as_str().bytes().any(|b| b.is_ascii_digit())
            || (0..s.words.len()).any(|i| {
                let word = &s.lower[i];
                if word.bytes().all(|b| b.is_ascii_lowercase()) {
                    self.share_words.has(s, i)
                } else {
                    SHARE_WORDS.iter().any(|w| word.contains(w))
                }
            })
    }

    /// Whether the sentence names where its claim comes from.
    fn names_a_source(&self, s: &SentenceContext<'_>, words: &[Cow<'_, str>]) -> bool {
        if self.citation.is_match(s.as_str()) {
            return true;
        }
        let n = words.len();
        for i in 0..n {
            let w = &words[i];
            if w == "according" && words.get(i + 1).is_some_and(|x| x == "to") {
                let vague = (i + 2..n)
                    .take(3)
                    .any(|k| self.qualifiers.has(s, k) || self.vague_sources.has(s, k));
                if !vague {
                    return true;
                }
            }
            if self.is_verb(s, i) && !(w == "states" && i > 0 && words[i - 1] == "united") {
                // "Lee said", "said Lee", "told Reuters" (but "the United States" is a place)
                let before = i > 0 && s.is_name(i - 1);
                let after = i + 1 < n && s.is_name(i + 1);
                if before || after {
                    return true;
                }
            }
            // "a Pew survey", "a study by the state auditor", "data from the census"
            let named_before = i > 0 && s.is_name(i - 1);
            let by_someone = i + 2 < n
                && matches!(words[i + 1].as_ref(), "by" | "from" | "of")
                && !self.qualifiers.has(s, i + 2);
            // "the board estimated": an institution the reader can ask.
            let reports = i + 1 < n && self.is_verb(s, i + 1) && i > 0 && words[i - 1] == "the";
            if self.named_source_nouns.has(s, i) && (named_before || by_someone || reports) {
                return true;
            }
            if w == "census" {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detector::testing::{built, check_table};

    #[test]
    fn flags_vague_attribution_in_its_forms() {
        let d = built(UnsourcedAssertion::new);
        check_table(
            &d.vocabulary,
            &[
                (
                    "Many experts say the plan will fail.",
                    &["Many experts say"],
                ),
                (
                    "Critics of the plan have long argued it is a giveaway.",
                    &["Critics of the plan have long argued"],
                ),
                ("Studies show that the policy works.", &["Studies show"]),
                (
                    "The policy, some observers believe, is doomed.",
                    &["some observers believe"],
                ),
                (
                    "The bill is a disaster, according to some analysts.",
                    &["according to some analysts"],
                ),
                ("Officials said the road would close.", &["Officials said"]),
            ],
            |s| d.detect(s),
        );
    }

    #[test]
    fn anonymous_and_standalone_sources() {
        let d = built(UnsourcedAssertion::new);
        check_table(
            &d.vocabulary,
            &[
                // "the" does not name a source.
                ("The plan was doomed, the sources said.", &["sources said"]),
                // The relative clause is the source speaking.
                (
                    "A woman who claims she was there says it never happened.",
                    &["A woman who claims"],
                ),
                // A standalone quantifier with auxiliaries before its verb.
                (
                    "Some have long argued that the tax is unfair.",
                    &["Some have long argued"],
                ),
                // Any plural noun after a strong quantifier is a vague source.
                (
                    "Some autistic adults find the ribbon insulting.",
                    &["Some autistic adults find"],
                ),
                // "of course" appeals to what everyone supposedly knows.
                ("Of course, the minister knew.", &["Of course"]),
                // A prepositional "regarding" is not a report.
                ("The article gave some details regarding her claim.", &[]),
            ],
            |s| d.detect(s),
        );
    }

    #[test]
    fn named_sources_are_not_vague() {
        let d = built(UnsourcedAssertion::new);
        check_table(
            &d.vocabulary,
            &[
                ("Pentagon officials said the base would close.", &[]),
                ("Dr. Lee told the committee that the drug works.", &[]),
                ("A study by Stanford researchers found no effect.", &[]),
                (
                    "Experts at the Brookings Institution say the tax is regressive.",
                    &[],
                ),
                ("Many people came to the fair.", &[]),
            ],
            |s| d.detect(s),
        );
    }

    #[test]
    fn flags_agentless_passives_and_common_knowledge() {
        let d = built(UnsourcedAssertion::new);
        check_table(
            &d.vocabulary,
            &[
                // A vague agent is as good as none; a judgement passed on without its judge.
                (
                    "The book is considered by many to be his best.",
                    &["is considered"],
                ),
                (
                    "The bridge is regarded as the finest in the state.",
                    &["is regarded"],
                ),
                (
                    "The bridge is considered the finest in the state.",
                    &["is considered"],
                ),
                ("The bridge was designed by the city engineer.", &[]),
                (
                    "The cliff is believed to be haunted by spirits.",
                    &["is believed"],
                ),
                (
                    "The cliff is believed by the park service to be unsafe.",
                    &[],
                ),
                (
                    "It is widely believed that the mayor lied.",
                    &["It is widely believed"],
                ),
                (
                    "He is widely regarded as the worst governor in decades.",
                    &["is widely regarded"],
                ),
                (
                    "The group has been labeled a hate movement.",
                    &["been labeled"],
                ),
                ("Everyone knows the plan is a scam.", &["Everyone knows"]),
                ("The bridge was built by the state in 1950.", &[]),
                (
                    "White House sources say the plan is dead.",
                    &["sources say"],
                ),
                ("Pentagon officials said the plan is dead.", &[]),
                ("He is expected to testify on Monday.", &[]),
            ],
            |s| d.detect(s),
        );
    }

    #[test]
    fn flags_statistics_only_without_a_source() {
        let d = built(UnsourcedAssertion::new);
        check_table(
            &d.vocabulary,
            &[
                // "the United States" is a place, not a source that "states" something.
                ("They paid $400,000 to the United States.", &["$400,000"]),
                (
                    "Forty percent of voters now oppose it, and 3,000 people lost their jobs.",
                    &["3,000 people"],
                ),
                ("Nearly 60% of voters oppose the plan.", &["60%"]),
                ("The scheme wasted $4 billion.", &["$4 billion"]),
                (
                    "According to the 2020 census, 12% of residents are over 70.",
                    &[],
                ),
                (
                    "A Pew survey found that 60% of voters oppose the plan.",
                    &[],
                ),
                ("The bridge is 300 meters long and opened in 1950.", &[]),
                ("Reuters reported that 200 protesters were arrested.", &[]),
                // No digit: the share words, alone or inside a longer word.
                ("Half of all adults are worried.", &["Half of all adults"]),
                ("One in five adults is worried.", &["One in five adults"]),
                ("Two-thirds of voters agree.", &["Two-thirds of voters"]),
                (
                    "The o'half of all adults is worried.",
                    &["half of all adults"],
                ),
                ("Someone in the office is worried.", &[]),
            ],
            |s| d.detect(s),
        );
    }
}
