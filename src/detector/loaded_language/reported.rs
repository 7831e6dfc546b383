//! When a loaded word is reported speech: a named or titled speaker's words given without
//! quotation marks ("Okafor called the audit a witch hunt", "the ministry denounced the deal as a
//! betrayal", "Lee said the merger was a disgrace", "the cuts are a disaster, Lee said"). The word
//! is the speaker's, not the author's: it is shown, marked reported and left out of the score,
//! as a word inside quotation marks is. The verb of speech itself ("slammed") stays the
//! author's, and so do words reported from no one in particular ("critics call it a scam"),
//! words the author adopts ("rightly called it a scam", "as Orwell wrote") and words in the
//! author's own first person ("I call it a scam").

use crate::category::Category;
use crate::detector::{NumberedWords, SentenceContext, VocabularyBuilder, looks_plural};
use crate::lexicon::LexiconSet;
use std::collections::HashSet;

/// How many words back from a loaded word its verb of saying may stand.
const VERB_REACH: usize = 30;
/// How many words after a naming verb, or after the "as" or "of" of a judging verb, its
/// complement reaches.
const COMPLEMENT_REACH: usize = 8;
/// How many words after a judging verb its "as", "of" or "for" may stand.
const PARTICLE_REACH: usize = 8;
/// How many words an attribution set off by a comma ("…, the minister said on Friday.")
/// may take up before the sentence ends or a comma closes it.
const ATTRIBUTION_LENGTH: usize = 5;
/// How many words after a loaded word an attribution set off by a comma may stand ("The
/// serial bomber whose deadly attacks terrorized the city for weeks left …, police said").
const ATTRIBUTION_REACH: usize = 60;

/// The unsourced-assertion lists of sources that name no one ("critics", "officials",
/// "Republicans"): reported from them, a loaded word stays the author's to answer for.
const VAGUE_SPEAKER_LISTS: &[&str] = &[
    "vague_sources",
    "sources",
    "group_names",
    "anonymous_sources",
    "standalone_sources",
];

/// Which verb of speech introduces the words after it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verb {
    /// "said (that) …": the clause after it.
    Clause,
    /// "told reporters that …": the clause after "that".
    That,
    /// "called the audit a witch hunt": the object and its name.
    Naming,
    /// "denounced the plan as a betrayal": the words after "as".
    As,
    /// "accused the board of a cover-up": the words after "of" or "for".
    Of,
}

/// The lists that say whose words a loaded word is.
#[derive(Debug)]
pub(super) struct ReportedSpeech {
    clause_verbs: NumberedWords,
    that_verbs: NumberedWords,
    naming_verbs: NumberedWords,
    as_verbs: NumberedWords,
    of_verbs: NumberedWords,
    no_clause: NumberedWords,
    naming_particles: NumberedWords,
    /// Sources that name no one, in the singular ("critic", "official", "republican").
    vague: HashSet<Box<str>>,
    titles: NumberedWords,
    pronouns: NumberedWords,
    between: NumberedWords,
    passive: NumberedWords,
    adopting: NumberedWords,
    breaks: NumberedWords,
    comma_breaks: NumberedWords,
    subordinators: NumberedWords,
    joiners: NumberedWords,
    joined_determiners: NumberedWords,
    vague_quantifiers: NumberedWords,
}

impl ReportedSpeech {
    /// The lists of the loaded-language lexicons in `lexicons`.
    pub(super) fn new(lexicons: &LexiconSet, vocabulary: &VocabularyBuilder) -> Self {
        // Numbered lists, not roles: roles are few, and these are read only where a
        // sentence has a loaded word.
        let set = |name| {
            let words = lexicons.list(Category::LoadedLanguage, name);
            NumberedWords::new(words.iter().map(String::as_str), vocabulary)
        };
        ReportedSpeech {
            clause_verbs: set("report_clause_verbs"),
            that_verbs: set("report_that_verbs"),
            naming_verbs: set("report_naming_verbs"),
            as_verbs: set("report_as_verbs"),
            of_verbs: set("report_of_verbs"),
            no_clause: set("report_no_clause"),
            naming_particles: set("report_naming_particles"),
            vague: VAGUE_SPEAKER_LISTS
                .iter()
                .flat_map(|name| lexicons.list(Category::UnsourcedAssertion, name))
                .map(String::into_boxed_str)
                .collect(),
            titles: set("report_speaker_titles"),
            pronouns: set("report_speaker_pronouns"),
            between: set("report_between"),
            passive: set("report_passive"),
            adopting: set("report_adopting"),
            breaks: set("report_breaks"),
            comma_breaks: set("report_comma_breaks"),
            subordinators: set("report_subordinators"),
            joiners: set("report_joiners"),
            joined_determiners: set("report_joined_determiners"),
            vague_quantifiers: set("report_vague_quantifiers"),
        }
    }

    /// Whether the loaded word at word `i` stands in what a named or titled speaker is
    /// reported to have said, before or after it in the sentence.
    pub(super) fn covers(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        // "[torturers]": square brackets hold the author's own words.
        i < s.words.len()
            && (i == 0 || !s.gap_before(i).ends_with('['))
            && (self.after_verb(s, i) || self.before_attribution(s, i))
    }

    /// "Lee said the merger was a disgrace", "Okafor called the audit a witch hunt": a verb of
    /// saying before word `i`, in the same clause, with a speaker as its subject.
    fn after_verb(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        for k in (i.saturating_sub(VERB_REACH)..i).rev() {
            // The clause of the report ends after word `k`: what comes after is the author's
            // ("Barr said, using a word meaning …").
            if self.breaks_before(s, k) {
                return false;
            }
            // "According to police, …"; within a clause ("Lee, who according to police
            // lied, …") only up to its next comma.
            if self.according_to(s, k)
                && (k == 0
                    || s.starts_clause(k)
                    || (k + 1..=i).all(|m| !s.gap_before(m).contains(',')))
            {
                return true;
            }
            // "Lee said critics call it a scam": a verb with no speaker of its own may stand
            // inside a report of a speaker's, further back.
            if let Some(verb) = self.verb_at(s, k)
                && !crate::text::quote::is_quoted(s.quotes, s.words[k].span)
                && self.reaches(s, verb, k, i)
                && !self.adopted(s, k)
                && self.speaker_of(s, k)
                && !((self.in_relative_clause(s, k) || self.in_opening_clause(s, k))
                    && (k + 1..=i).any(|m| s.gap_before(m).contains(',')))
            {
                return true;
            }
        }
        false
    }

    /// What kind of verb of saying word `k` is, if it is one (a capital mid-sentence is a
    /// name: "Said").
    fn verb_at(&self, s: &SentenceContext<'_>, k: usize) -> Option<Verb> {
        if s.words[k].is_capitalized() && !s.starts_clause(k) {
            return None;
        }
        if self.clause_verbs.has(s, k) {
            Some(Verb::Clause)
        } else if self.that_verbs.has(s, k) {
            Some(Verb::That)
        } else if self.naming_verbs.has(s, k) {
            Some(Verb::Naming)
        } else if self.as_verbs.has(s, k) {
            Some(Verb::As)
        } else if self.of_verbs.has(s, k) {
            Some(Verb::Of)
        } else {
            None
        }
    }

    /// Whether word `i` is in the words verb `verb` at word `k` reports.
    fn reaches(&self, s: &SentenceContext<'_>, verb: Verb, k: usize, i: usize) -> bool {
        let mut next = k + 1;
        // "thinks stereotypically of people as …": past the adverbs of a clause verb.
        if verb == Verb::Clause {
            while next + 1 < i && s.lower[next].ends_with("ly") && next < k + 3 {
                next += 1;
            }
        }
        match verb {
            // "said nothing about the massacre", "said that to the crowd": an account of the
            // speech, not its words.
            Verb::Clause => {
                !(next < i
                    && (self.no_clause.has(s, next)
                        || (s.lower[next] == "that" && self.no_clause.has(s, next + 1))))
            }
            Verb::That => {
                (next..i.min(k + PARTICLE_REACH + 1)).any(|m| s.lower[m] == "that")
                    || self.parenthetical(s, k)
            }
            // "called for calm", "called off the brutal raid"; "called it a disgrace, bashed
            // the paper": the name ends at a comma.
            Verb::Naming => {
                i <= k + COMPLEMENT_REACH
                    && !self.naming_particles.has(s, next)
                    && (next..=i).all(|m| !s.gap_before(m).contains(','))
            }
            Verb::As | Verb::Of => {
                let particle = |m: usize| match verb {
                    Verb::As => s.lower[m] == "as",
                    _ => s.lower[m] == "of" || s.lower[m] == "for",
                };
                (next..i.min(k + PARTICLE_REACH + 1))
                    .rev()
                    .find(|&m| particle(m))
                    .is_some_and(|m| i <= m + COMPLEMENT_REACH && self.one_complement(s, m, i))
            }
        }
    }

    /// Whether the verb at word `k` closes an attribution set off by commas inside the
    /// sentence ("The plan, the mayor warned, is a disgrace"): what follows it goes on with
    /// the speaker's words, as what comes before it does.
    fn parenthetical(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        k + 1 < s.words.len()
            && s.gap_before(k + 1).trim() == ","
            && (k.saturating_sub(3).max(1)..k).any(|m| s.gap_before(m).trim() == ",")
    }

    /// Whether words `from` up to `i` are one name or judgement: no joiner between them
    /// that starts a new predicate ("as cranks and then caved"; "as a betrayal and a
    /// disgrace" is one).
    fn one_complement(&self, s: &SentenceContext<'_>, from: usize, i: usize) -> bool {
        (from + 1..i).all(|m| {
            !self.joiners.has(s, m)
                || (m + 1 < s.words.len() && self.joined_determiners.has(s, m + 1))
        })
    }

    /// Whether a clause of the author's own starts at word `k + 1`, ending a report begun
    /// before it: a semicolon or dash, "but", "while", or a comma before "and", "before" or
    /// a participle ("…, blasting Trump for …").
    fn breaks_before(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        let m = k + 1;
        let gap = s.gap_before(m);
        self.new_clause_at(s, m)
            || (gap.contains(',')
                && (self.comma_breaks.has(s, m)
                    || (s.lower[m].ends_with("ing") && s.lower[m].len() >= 5)))
    }

    /// Whether a clause starts at word `m` whatever comes before: after a semicolon or a
    /// dash (or a hyphen set off by spaces as one, " - a reference to …"), or at "but",
    /// "while" and the other `report_breaks`.
    fn new_clause_at(&self, s: &SentenceContext<'_>, m: usize) -> bool {
        let gap = s.gap_before(m);
        gap.contains([';', '—', '–']) || gap.contains(" - ") || self.breaks.has(s, m)
    }

    /// "rightly called it a scam", "as Orwell wrote": the author adopts the words.
    fn adopted(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        let end = (k + 3).min(s.words.len());
        (k.saturating_sub(3)..end).any(|m| self.adopting.has(s, m))
            || (k.saturating_sub(4)..k).any(|m| {
                s.lower[m] == "as"
                    && (m == 0 || s.starts_clause(m) || s.gap_before(m).contains(','))
            })
    }

    /// Whether the verb at word `k` has a named or titled speaker: its subject before it
    /// ("Lee has long said"), the name a relative "who" stands for ("the president, who
    /// called it a hoax"), the subject of the sentence for a participle or a second verb
    /// ("…, calling it a hoax", "denies it and calls the inquiry a hoax"), or for a passive
    /// the agent after "by" ("was denounced by the minister as a betrayal").
    fn speaker_of(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        let joined = |m: usize| {
            !s.gap_before(m)
                .contains([',', ';', ':', '—', '–', '(', ')'])
        };
        let mut m = k;
        while m > 0 && joined(m) && self.between.has(s, m - 1) {
            m -= 1;
        }
        let Some(p) = m.checked_sub(1) else {
            return false;
        };
        if self.passive.has(s, p) {
            return self.agent_after(s, k);
        }
        if joined(m) {
            if s.lower[p] == "who" {
                return p > 0 && self.is_speaker(s, p - 1);
            }
            if s.lower[p] == "and" {
                return self.sentence_subject(s, p);
            }
            return self.is_speaker(s, p);
        }
        // "…, calling it a hoax": a participle set off by a comma.
        s.gap_before(m).contains(',')
            && m == k
            && s.lower[k].ends_with("ing")
            && self.sentence_subject(s, k)
    }

    /// "the senator, who has called the union thugs, …": whether the verb at word `k` is in
    /// a relative clause, which ends at its next comma.
    fn in_relative_clause(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        let mut m = k;
        while m > 0 && !s.gap_before(m).contains(',') && self.between.has(s, m - 1) {
            m -= 1;
        }
        m > 0 && s.lower[m - 1] == "who"
    }

    /// "Before Lee said the deal was fair, …", "The day before Lee said …, …": whether the
    /// verb at word `k` is in a subordinate clause opening the sentence, which ends at its
    /// comma.
    fn in_opening_clause(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        (0..k.min(4)).any(|j| {
            self.subordinators.has(s, j) && (j + 1..=k).all(|m| !s.gap_before(m).contains(','))
        })
    }

    /// Whether a speaker opens the sentence, within its first words before word `k`. A
    /// capital opening the sentence is a name before another ("Elizabeth Warren") or before
    /// its verb ("Ortega spoke"), not set off by a comma ("Instead, …") nor a participle or
    /// an adverb ("Leading firms", "Clearly").
    fn sentence_subject(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        let opening_name = |p: usize| {
            let w = &s.lower[p];
            s.words[p + 1].is_capitalized()
                || !(s.gap_before(p + 1).contains(',')
                    || w.ends_with("ing")
                    || w.ends_with("ly")
                    || w.ends_with("ed"))
        };
        (0..k.min(6)).any(|p| {
            self.is_speaker(s, p)
                && (!s.starts_clause(p)
                    || !s.words[p].is_capitalized()
                    || self.titles.has(s, p)
                    || opening_name(p))
                && (p + 1..k).all(|q| !s.gap_before(q).contains([';', ':']))
        })
    }

    /// "was denounced by Democrats as a whitewash": a speaker after "by", within a few words
    /// of the passive verb at word `k`.
    fn agent_after(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        let end = (k + 4).min(s.words.len());
        (k + 1..end).any(|b| {
            s.lower[b] == "by"
                && (b + 1..(b + 5).min(s.words.len()))
                    .take_while(|&q| q == b + 1 || !s.gap_before(q).contains(','))
                    .any(|q| self.is_speaker(s, q))
        })
    }

    /// Whether word `p` names a speaker: a title or body ("the minister", "police", "the
    /// company"), "he" or "she", or a name ("Trump", "Jones"; not a source that names no one,
    /// "Critics", "Republicans", nor a group after a quantifier, "some Britons").
    fn is_speaker(&self, s: &SentenceContext<'_>, p: usize) -> bool {
        // "I've said", "let's call it", "some Britons say", "Lee's alleged role" (an owner
        // is no subject).
        if s.lower[p].starts_with("i'")
            || matches!(s.lower[p].as_ref(), "let" | "let's" | "lets")
            || crate::detector::is_possessive_form(&s.lower[p])
            || (p > 0 && self.vague_quantifiers.has(s, p - 1))
        {
            return false;
        }
        self.pronouns.has(s, p)
            || self.titles.has(s, p)
            || (s.is_name(p) && !self.is_vague(&s.lower[p]))
    }

    /// Whether a lower-case word is a source that names no one, in the singular or plural
    /// ("critics", "officials", "witnesses", "republicans").
    fn is_vague(&self, word: &str) -> bool {
        let singular = |end: &str| {
            word.strip_suffix(end)
                .is_some_and(|w| self.vague.contains(w))
        };
        self.vague.contains(word) || (looks_plural(word) && (singular("s") || singular("es")))
    }

    /// "According to police", "according to the minister": word `k` opens an attribution
    /// to a speaker.
    fn according_to(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        s.lower[k] == "according"
            && s.lower.get(k + 1).is_some_and(|w| w == "to")
            && (k + 2..(k + 6).min(s.words.len()))
                .take_while(|&q| q == k + 2 || !s.gap_before(q).contains(','))
                .any(|q| self.is_speaker(s, q))
    }

    /// "The deal is a disgrace, Lee said.", "…, said the minister.", "…, the minister said
    /// on Friday, adding …": an attribution set off by a comma after word `i`, its clause
    /// reaching back to `i`.
    fn before_attribution(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let n = s.words.len();
        // A bounded reach: a scan to the sentence's end from every loaded word would be
        // quadratic on a long line.
        for c in i + 1..(i + 1 + ATTRIBUTION_REACH).min(n) {
            if self.new_clause_at(s, c) {
                return false;
            }
            let gap = s.gap_before(c);
            if !gap.contains(',') {
                continue;
            }
            // ", Lee said", ", the minister said", ", said Lee", ", according to police".
            // Not a participle after the comma (", saying he …" opens a report, its subject
            // after it), nor "say" set off as "for example" (", say, Lagos").
            let attribution = (c..(c + 3).min(n)).find(|&v| {
                (self.clause_verbs.has(s, v) || self.that_verbs.has(s, v))
                    && !s.words[v].is_capitalized()
                    && !(v == c
                        && (s.lower[v].ends_with("ing")
                            || (v + 1 < n && s.gap_before(v + 1).contains(','))))
                    || s.lower[v] == "according"
            });
            let Some(v) = attribution else {
                continue;
            };
            if (c + 1..=v).any(|q| s.gap_before(q).contains(',')) {
                continue;
            }
            let speaker = if s.lower[v] == "according" {
                (v + 2..(v + 6).min(n)).any(|q| self.is_speaker(s, q))
            } else if v == c {
                (v + 1..(v + 4).min(n)).any(|q| self.is_speaker(s, q))
            } else {
                self.is_speaker(s, v - 1)
            };
            // The attribution ends the sentence or is closed by a comma soon after.
            let closed = (v + 1..(v + ATTRIBUTION_LENGTH).min(n))
                .any(|q| s.gap_before(q).contains(','))
                || n <= v + ATTRIBUTION_LENGTH;
            // ", he added:", ", she said, “…”" introduce a quotation: the words before it
            // are the author's. Looked for only within the attribution's reach, and only
            // for an attribution that would count.
            let introduces = || {
                let after = s.words[v].span.end;
                let end = s
                    .words
                    .get(v + ATTRIBUTION_LENGTH + 1)
                    .map_or(s.span.end, |w| w.span.start);
                s.text[after..end].contains([':', '“', '‘'])
                    || s.quotes.iter().any(|q| q.start >= after && q.start < end)
            };
            if speaker && closed && !self.adopted(s, v) && !introduces() {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::super::LoadedLanguage;
    use crate::detector::testing::{built, check_table};

    /// Checks that in each sentence of `cases` exactly the listed loaded words are marked
    /// reported (`reported`) and the listed ones stay the author's (`!reported`).
    #[track_caller]
    fn check(reported: bool, cases: &[(&str, &[&str])]) {
        let d = built(LoadedLanguage::new);
        check_table(&d.vocabulary, cases, |s| {
            d.detect(s)
                .into_iter()
                .filter(|f| f.reported == reported)
                .collect()
        });
    }

    #[test]
    fn a_named_or_titled_speakers_reported_words_are_theirs() {
        check(
            true,
            &[
                // A verb of saying and the clause after it.
                ("Okafor said the merger was a disgrace.", &["disgrace"]),
                // A speaker whose name begins with "Let" is no "let's".
                ("Letitia said the merger was a disgrace.", &["disgrace"]),
                (
                    "The governor has long argued the levy is a scam.",
                    &["scam"],
                ),
                (
                    "She told reporters that the raid was a fiasco.",
                    &["fiasco"],
                ),
                // A naming verb, its object and the name.
                ("Moreau called the audit a witch hunt.", &["witch hunt"]),
                // A verb that judges its object after "as", "of" or "for".
                (
                    "The ministry denounced the deal as a betrayal.",
                    &["betrayal"],
                ),
                ("Lindqvist accused the board of a cover-up.", &["cover-up"]),
                // The verb of speech itself stays the author's.
                ("Haddad slammed the ruling as a travesty.", &["travesty"]),
                (
                    "Haddad denounced it as a travesty and a disgrace.",
                    &["travesty", "disgrace"],
                ),
                // A relative "who", a participle, a second verb: the sentence's speaker.
                (
                    "The senator, who has called the union thugs, spoke first.",
                    &["thugs"],
                ),
                (
                    "Ortega spoke for an hour, calling the inquiry a charade.",
                    &["charade"],
                ),
                (
                    "Petrov denies any wrongdoing and calls the probe a witch hunt.",
                    &["witch hunt"],
                ),
                // A passive with its speaker after "by".
                (
                    "The report was dismissed by Nakamura as a whitewash.",
                    &["whitewash"],
                ),
                // An attribution after the words, or "according to".
                ("The cuts are a disaster, Brennan said.", &["disaster"]),
                (
                    "The plan, the mayor said on Monday, is a fiasco.",
                    &["fiasco"],
                ),
                ("According to police, the thugs fled at dawn.", &["thugs"]),
                // An attribution set off by commas inside the sentence: the words after
                // it are the speaker's too, whatever the verb.
                ("The plan, the mayor warned, is a disgrace.", &["disgrace"]),
                ("The plan, he added, would be a fiasco.", &["fiasco"]),
                // A vague report inside a named speaker's.
                ("Kowalski said critics call the plan a scam.", &["scam"]),
                (
                    "Before Lee said the vote was rigged, the cuts began.",
                    &["rigged"],
                ),
            ],
        );
    }

    #[test]
    fn the_authors_own_words_stay_the_authors() {
        check(
            false,
            &[
                // No one named: a vague source, a group, the first person.
                ("Critics call the plan a scam.", &["scam"]),
                (
                    "Some Republicans say the bill is a giveaway.",
                    &["giveaway"],
                ),
                ("Officials said the protesters were thugs.", &["thugs"]),
                ("I call the plan a scam.", &["scam"]),
                ("Let's call this the politics of spite.", &["spite"]),
                // Anyone at all, with a capital as the sentence's first word (trial 5).
                (
                    "Anyone who thinks the bus will come is living in a fantasy world.",
                    &["living in a fantasy world"],
                ),
                ("Everybody who says the plan works is a fool.", &["fool"]),
                // Words the author adopts.
                ("Meyer rightly called the plan a scam.", &["scam"]),
                ("As Orwell wrote, the brutal truth is plain.", &["brutal"]),
                // An account of the speech, not its words.
                ("Sato said nothing about the brutal crackdown.", &["brutal"]),
                ("Sato called for calm after the brutal attack.", &["brutal"]),
                ("Lee wrote a letter about the brutal raid.", &["brutal"]),
                (
                    "The mayor argued with residents about the cruel heat.",
                    &["cruel"],
                ),
                ("Lee said with a dumb smile that he was fine.", &["dumb"]),
                // A vague source set off by commas stays the author's to answer for.
                ("The plan, critics warned, is a disgrace.", &["disgrace"]),
                (
                    "Instead, appeal to duty and accuse the rival of a brutal plan.",
                    &["brutal"],
                ),
                // A passive with no speaker named.
                ("His remarks were criticized as sexist.", &["sexist"]),
                // The author's clause after the report.
                (
                    "Ruiz said the deal was fair, but the brutal cuts will hurt.",
                    &["brutal"],
                ),
                (
                    "Ruiz spoke at length, blasting the council for cruel policies.",
                    &["blasting", "cruel"],
                ),
                (
                    "Ruiz called it a deal, bashed the paper as failing.",
                    &["bashed"],
                ),
                // An attribution that introduces a quotation.
                (
                    "Then the brutal cuts came, he added: \"We must act.\"",
                    &["brutal"],
                ),
                // Square brackets hold the author's words.
                ("He said these [thugs] were patriots.", &["thugs"]),
                (
                    "Lee thinks grimly of voters as faceless crowds.",
                    &["faceless"],
                ),
                (
                    "Lee, who according to police fled, is proving that thugs win.",
                    &["thugs"],
                ),
                (
                    "Lee's alleged role in the brutal raid is clear.",
                    &["brutal"],
                ),
                // "say" as "for example"; "that" as a pronoun; a relative clause's end.
                (
                    "Such plans are irrational, any more than those of, say, Lagos.",
                    &["irrational"],
                ),
                (
                    "Lee said that to the crowd, not to the voters he cruelly ignored.",
                    &["cruelly"],
                ),
                (
                    "Lee, who has said the tax is fair, was pushing an amnesty for evaders.",
                    &["amnesty for"],
                ),
                // A dash ends the report.
                (
                    "Lee said it was fair - a reference to a brutal purge.",
                    &["brutal", "purge"],
                ),
                // A report in a clause opening the sentence ends at its comma.
                (
                    "Before Lee said the vote was rigged, the brutal cuts began.",
                    &["brutal"],
                ),
            ],
        );
    }
}
