//! Vague attribution: a source the reader cannot look up ("critics say", "a senior aide told the
//! paper"), told apart from a named one ("a study by Stanford University", "the board's office").

use super::{
    MAX_AFFILIATION, MAX_GAP, MAX_RELATIVE, MAX_VERB_GAP, UnsourcedAssertion, clean_gap,
    is_indefinite,
};
use crate::detector::{Detection, SentenceContext};
use crate::text::span::Span;
use std::borrow::Cow;

/// Words of a relative clause after a universal subject before its verb of knowing ("anyone
/// who has watched the American media from the start knows").
const MAX_RELATIVE_WORDS: usize = 14;

impl UnsourcedAssertion {
    /// An appeal to common knowledge by its form: a universal subject at the head of its
    /// clause ("everyone", "anyone who has watched the news") before a verb of knowing
    /// ("Everyone understood what he was there to do", "Anyone who follows the council
    /// knows that…"), in any tense; not hedged or denied ("not everyone knows", "hardly
    /// anyone agrees") and not negated ("nobody knew" is a universal claim, not an appeal).
    pub(super) fn common_knowledge(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
    ) -> Option<Detection> {
        let n = words.len();
        // The subjects start phrases of the lexicons ("everyone knows", "anyone who"): only
        // the sentence's few phrase starts are looked at.
        s.starters.iter().map(|&k| k as usize).find_map(|k| {
            if !self.knowing_subjects.has(&words[k])
                || k > 0 && self.knowing_hedges.has(&words[k - 1])
                || !(s.starts_clause(k)
                    || k > 0
                        && (self.clause_openers.has(&words[k - 1])
                            || matches!(words[k - 1].as_ref(), "but" | "and" | "yet" | "because")))
            {
                return None;
            }
            // "anyone who has watched the news knows": over the relative clause; "everyone
            // now knows": over one adverb.
            let relative = k + 1 < n && matches!(words[k + 1].as_ref(), "who" | "that");
            if !relative && !matches!(words[k].as_ref(), "everyone" | "everybody") {
                return None;
            }
            let reach = if relative { MAX_RELATIVE_WORDS } else { 2 };
            let verb = (k + 1..(k + 1 + reach).min(n))
                .take_while(|&j| !s.gap_before(j).contains([';', ':', '"', '“', '”']))
                .find(|&j| self.knowing_verbs.has(&words[j]))?;
            // Denied, or a modal's advice or guess ("everyone should know", "anyone who
            // reads it will understand"): no claim that they know.
            let negated = (k + 1..verb).any(|j| {
                matches!(words[j].as_ref(), "not" | "never") || self.modals.has(&words[j])
            }) || words[verb - 1].ends_with("n't");
            // "everyone knew him as Bob": a person known, no claim.
            let person_known = words
                .get(verb + 1)
                .is_some_and(|w| matches!(w.as_ref(), "him" | "her" | "them" | "me" | "us"));
            if person_known {
                return None;
            }
            (!negated && (relative || verb - k <= 2)).then(|| {
                self.knowledge_pattern
                    .at(Span::new(s.words[k].span.start, s.words[verb].span.end))
            })
        })
    }

    /// Whether word `i` is a group written with a capital that names no one ("Americans").
    pub(super) fn is_group(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        self.group_names.has(&s.lower[i])
    }

    /// Whether the source at word `i` has a name or a definite determiner two words back,
    /// over one plain lower-case modifier: "the news agency", "Yonhap news agency" (not
    /// "Lee and experts", "Lee, experts").
    pub(super) fn named_over_modifier(&self, s: &SentenceContext<'_>, i: usize) -> bool {
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
            && (self.is_name(s, i - 2) || self.determines(s, i - 2, i))
    }

    /// Whether the singular source at word `i` has a definite determiner over two plain
    /// lower-case modifiers: "the national environment agency", "the state education
    /// department" (one body the text points at; not "the many experts", a quantifier).
    pub(super) fn definite_over_modifiers(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let modifier = |k: usize| {
            !self.is_verb(s, k)
                && !self.phrase_breaks.has(&s.lower[k])
                && !self.attribution_breaks.has(&s.lower[k])
                && !self.qualifiers.has(s, k)
        };
        !crate::detector::looks_plural(&s.lower[i])
            && s.over_plain_words(i, 3..=3, modifier, |k| self.determines(s, k, i))
    }

    /// Whether word `k` is a determiner of the source at word `i`: "the", "his", "these"; a
    /// singular one ("that", "this") only of a singular source ("that study"; "he wrote that
    /// experts agree", "a ruling that critics fear": "that" opens a clause before a plural).
    pub(super) fn determines(&self, s: &SentenceContext<'_>, k: usize, i: usize) -> bool {
        self.definite.has(&s.lower[k])
            && !(self.singular_determiners.has(&s.lower[k])
                && crate::detector::looks_plural(&s.lower[i]))
    }

    /// Whether word `i` is a reporting verb ("pointed" only as "pointed out", "pointed to").
    pub(super) fn is_verb(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let word = &s.lower[i];
        let particle_follows = || {
            s.lower
                .get(i + 1)
                .is_some_and(|w| self.report_particles.has(w))
        };
        self.reporting_verbs.has(s, i)
            && !self.not_reports.has(word)
            && (!self.particle_reports.has(word) || particle_follows())
            || self.reports_reaction(s, i)
    }

    /// Whether word `i` is the verb of a vague source: a reporting verb, or a verb that
    /// frames a thing for its source ([`Self::reports_framing`]; only here: its object is
    /// often a name, which is no source it cites).
    pub(super) fn is_source_verb(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        self.is_verb(s, i) || self.reports_framing(s, i)
    }

    /// Whether word `i` frames a thing for its source: a verb of `as_reports` with "as"
    /// a few words after it in its clause ("others see the refusal as disrespect", "many
    /// view him as a moderate"; not "some saw the film"), or one of `naming_reports` with
    /// its object (opening with a determiner, a pronoun or a name) and then "a", "an" or a
    /// quotation ("critics have called the plan a giveaway", "opponents call the law an
    /// overreach"; not "called for", "called the police", "a conference call recently").
    pub(super) fn reports_framing(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let words = &s.lower;
        let as_verb = self.as_reports.has(&words[i]);
        let naming = !as_verb && self.naming_reports.has(&words[i]);
        if !as_verb && !naming {
            return false;
        }
        let object = |k: usize| {
            k < words.len()
                && (self.definite.has(&words[k])
                    || self.object_pronouns.has(&words[k])
                    || is_indefinite(words[k].as_ref())
                    || crate::detector::is_possessive_form(&words[k])
                    || self.is_name(s, k))
        };
        if naming && !object(i + 1) {
            return false;
        }
        // The object of "see … as" may hold a preposition ("the refusal to stand as").
        let end = (i + if as_verb { 9 } else { 6 }).min(words.len());
        (i + 2..end)
            .take_while(|&k| {
                // The object itself ("it", "you") is read over, not taken for a break.
                let object = k - 1 == i + 1;
                !s.gap_before(k).contains([',', ';', ':', '.', '(', '—'])
                    && (object
                        || (as_verb || !self.phrase_breaks.has(&words[k - 1]))
                            && !self.attribution_breaks.has(&words[k - 1]))
            })
            .any(|k| {
                if as_verb {
                    words[k] == "as"
                } else {
                    is_indefinite(words[k].as_ref()) || s.gap_before(k).contains(['"', '“', '‘'])
                }
            })
    }

    /// Whether word `i` voices a reaction: a verb of `reaction_reports` with a reaction
    /// noun right after it or over one plain word ("officials have expressed concern",
    /// "some voiced serious doubts", "critics raised questions"; not "raised taxes").
    pub(super) fn reports_reaction(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let n = s.words.len();
        let plain = |k: usize| s.gap_before(k).trim().is_empty();
        self.reaction_reports.has(&s.lower[i])
            && (i + 1 < n && plain(i + 1) && self.reaction_nouns.has(s, i + 1)
                || i + 2 < n
                    && plain(i + 1)
                    && plain(i + 2)
                    && !s.words[i + 1].is_capitalized()
                    && self.reaction_nouns.has(s, i + 2))
    }

    /// Whether word `i` is a name: capitalised where a name would be, and not a date or,
    /// at the start of a clause, one of the detector's own words ("Countless studies
    /// show": the capital is the sentence's, not a name's).
    pub(super) fn is_name(&self, s: &SentenceContext<'_>, i: usize) -> bool {
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
    pub(super) fn is_possessive_body(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let Some(owner) = s.lower[i].strip_suffix("'s") else {
            return false;
        };
        self.is_name(s, i) || self.source_bodies.contains(s, owner)
    }

    /// Whether the source at word `i` belongs to a name or a body written after it: "a
    /// study by Stanford University", "officials at the department", "data from the
    /// district", "a report released Monday by the council". After "in" a name counts only
    /// for a document ("a study in The Lancet"; "officials in Washington" names a place).
    pub(super) fn is_affiliated(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let words = &s.lower;
        let is_link = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| matches!(w.as_ref(), "by" | "from" | "at" | "with" | "in"))
        };
        // The link, or a participle and at most one more word before it; an adverb may
        // stand before the participle ("a study *recently* published in The Lancet").
        let participle = if words.get(i + 1).is_some_and(|w| w.ends_with("ly")) {
            i + 2
        } else {
            i + 1
        };
        let link = if is_link(i + 1) {
            i + 1
        } else if words
            .get(participle)
            .is_some_and(|w| w.ends_with("ed") || self.irregular_participles.has(w))
        {
            match (is_link(participle + 1), is_link(participle + 2)) {
                (true, _) => participle + 1,
                (false, true) => participle + 2,
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
            .take_while(|&k| !s.gap_before(k).contains(','))
            .any(|k| self.source_bodies.has(s, k) || names_count && self.is_name(s, k))
    }

    pub(super) fn vague_attributions(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
    ) -> Vec<Detection> {
        let mut out = Vec::new();
        // A word is looked at only if it is a source or comes after a quantifier: a
        // sentence with neither kind of word is passed over at once.
        let any_quantifier = self.quantifiers.in_sentence(s);
        // "according" starts phrases of the lexicon: the sentence's few phrase starts tell.
        let any_source = any_quantifier
            || self.vague_sources.in_sentence(s)
            || self.sources.in_sentence(s)
            || self.follower_sources.in_sentence(s)
            || s.starters
                .iter()
                .any(|&k| s.lower[k as usize] == "according");
        let candidates = if any_source { words } else { &[] };
        for (i, w) in candidates.iter().enumerate() {
            // Only a listed source or a plural can be one below (`listed` and
            // `according_people` need one of them): other words are passed over at once.
            if !(self.listed_sources.has(s, i) || crate::detector::looks_plural(w)) {
                continue;
            }
            let vague = self.vague_sources.has(s, i);
            // Anonymous sources are vague ones: the text compared only then.
            let anonymous = vague && self.anonymous_sources.has(w);
            // "some autistic adults find…", "many fans consider…": any plural people-like
            // noun after a strong quantifier.
            let quantified_plural = any_quantifier
                && crate::detector::looks_plural(w)
                && (i.saturating_sub(MAX_GAP)..i).any(|j| self.quantifiers.has(s, j))
                && (!s.words[i].is_capitalized() || self.is_group(s, i))
                && !self.not_sources.has(s, i);
            // "Trump fans", "his critics": whose followers, not who they are.
            let owner = |k: usize| {
                self.possessive_determiners.has(&words[k])
                    // "the governor's defenders": anyone's followers.
                    || crate::detector::is_possessive_form(&words[k])
                    || self.is_name(s, k)
                    || self.is_possessive_body(s, k)
            };
            // "her close friends", "Trump's longtime allies", "his former aides", "her two
            // advisers": one word between (a qualifier too: the owner still names no one).
            let owner_over_modifier = || {
                let modifier = |k: usize| !self.phrase_breaks.has(&words[k]) && !self.is_verb(s, k);
                let possessive = |k: usize| {
                    self.possessive_determiners.has(&words[k])
                        || crate::detector::is_possessive_form(&words[k])
                };
                s.over_plain_words(i, 2..=2, modifier, possessive)
            };
            let followers = i > 0
                && self.follower_sources.has(s, i)
                && crate::detector::looks_plural(w)
                && (owner(i - 1) || owner_over_modifier());
            // "according to lobbyists", "according to residents": any people named by what
            // they are, not who, stand as the source of an "according to" (not "according to
            // rules", "according to documents released by…": things and papers).
            let listed = vague || quantified_plural || followers || self.sources.has(s, i);
            let according_people = i > 1
                && words[i - 1] == "to"
                && words[i - 2] == "according"
                && crate::detector::looks_plural(w)
                && !s.words[i].is_capitalized()
                && !self.source_documents.has(s, i)
                && !self.not_sources.has(s, i)
                && (self.statistic_nouns.has(s, i)
                    || self.follower_sources.has(s, i)
                    || self.is_group(s, i)
                    || w.ends_with("ists")
                    || w.ends_with("ians"));
            // "Trump's defenders argue": followers are a source whatever list holds them.
            if !listed && !according_people {
                continue;
            }
            // "a local doctor, Ana Ruiz, said", "said a local doctor, Ana Ruiz": the name
            // set off right after the source is who it is.
            if i + 1 < words.len() && s.gap_before(i + 1).trim() == "," && self.is_name(s, i + 1) {
                continue;
            }
            // "a senior House Republican aide", "a GOP official": a party right before the
            // source names no one, whatever capitals stand before it.
            // (Not a document: "a House GOP report" is the party's own.)
            let party =
                i > 0 && self.party_words.has(&words[i - 1]) && !self.source_documents.has(s, i);
            // A qualifier up to MAX_GAP words back, with no name in between.
            let qualifier = (i.saturating_sub(MAX_GAP)..i)
                .rev()
                .take_while(|&j| j + 1 == i || party || !self.is_name(s, j + 1))
                // "a pregnancy center, women find": the article is another noun's.
                .take_while(|&j| !s.gap_before(j + 1).contains(','))
                // "two-thirds of voters" is a share, not two people.
                .find(|&j| {
                    self.qualifiers.has(s, j) && !s.text[s.words[j].span.end..].starts_with('-')
                });
            // "…, residents said.": found apart, with what the rest of the sentence names.
            if qualifier.is_none() && self.closing_source(s, i).is_some() {
                continue;
            }
            // "Republicans argue that…", "but parents fear…": plural people with no
            // qualifier as the subject of a verb of saying or believing right after them,
            // at the head of a clause (not "Republicans voted": an act, not a claim).
            // After an opening phrase and its comma too ("With the new law, conservatives
            // insisted the media…"), when a clause follows the verb: a verb closing the
            // sentence or set off by a comma is a closing source's ("…, Republicans argue.").
            let clause_follows = || {
                i + 2 < words.len()
                    && s.gap_before(i + 2).trim().is_empty()
                    && s.gap_before(i).trim() == ","
            };
            let bare_speaker = qualifier.is_none()
                && !vague
                && crate::detector::looks_plural(w)
                && (self.sources.has(s, i) || self.is_group(s, i))
                && (s.starts_clause(i)
                    || self.clause_openers.has(&words[i - 1])
                    || matches!(words[i - 1].as_ref(), "but" | "and" | "yet" | "while" | "because")
                    || clause_follows())
                // "Democrats argue that…": a party's stated position, not unnamed people.
                && !self.party_words.has(w)
                && self.bare_speech_after(s, i).is_some_and(|v| {
                    // "Democrats said they would sue", "parents say they want a deal": the
                    // people tell their own plans or state, no claim passed on from them.
                    !(v + 1..(v + 3).min(words.len()))
                        .take_while(|&k| k == v + 1 || self.clause_openers.has(&words[k - 1]))
                        .any(|k| self.speaker_pronouns.has(&words[k]) || words[k] == "we")
                });
            if qualifier.is_none() && !vague && !followers && !bare_speaker && !according_people {
                continue;
            }
            // "not many people are saying": no one is cited.
            if qualifier.is_some_and(|j| j > 0 && words[j - 1] == "not") {
                continue;
            }
            // "better than his critics realize": a comparison with what they know, not a
            // report of what they say.
            let head = match i.checked_sub(1) {
                Some(k) if self.definite.has(&words[k]) => k,
                _ => i,
            };
            if qualifier.is_none() && head > 0 && words[head - 1] == "than" {
                continue;
            }
            // "allowed to study and work": after "to" a singular source is a verb
            // ("according to studies" is a source).
            if i > 1
                && words[i - 1] == "to"
                && words[i - 2] != "according"
                && !crate::detector::looks_plural(w)
            {
                continue;
            }
            // "the three judges", "these many critics": people the text has already named
            // ("the most…" is a superlative; "his former aides" are only named by whom
            // they follow).
            if !anonymous
                && !followers
                && qualifier
                    .is_some_and(|j| j > 0 && words[j] != "most" && self.determines(s, j - 1, i))
            {
                continue;
            }
            // "Pentagon officials", "the district's data", "a study by Stanford University":
            // a name or a body makes the source checkable; "this research", "the study": a
            // source already named earlier in the text. "the sources said", "White House
            // sources say", "sources told the Times": sources stay anonymous however definite
            // the article, whatever institution they are in and whoever they talked to.
            // (A name set off by a comma is another phrase's: "With Benghazi, conservatives
            // insisted…".)
            if !anonymous
                && !followers
                && (i > 0
                    && (self.is_name(s, i - 1) && !s.gap_before(i).contains(',') && !party
                        || self.is_possessive_body(s, i - 1)
                        // "Trump's one-time senior strategist", "the bank's chief economist":
                        // a role a name or body holds names the one who fills it.
                        || self.role_of_owner(s, i)
                        // "a district survey": a document made by a body.
                        || self.source_bodies.has(s, i - 1)
                            && self.source_documents.has(s, i)
                        // "Gallup released a poll showing…": a document a name or a body
                        // put out, as for a figure.
                        || self.source_documents.has(s, i) && self.published_by(s, i)
                        // "Trump administration officials": a body owned by a name.
                        || i > 1
                            && self.source_bodies.has(s, i - 1)
                            && self.is_name(s, i - 2)
                        || qualifier.is_none() && self.determines(s, i - 1, i)
                        // "the news agency said", "the online poll", "Yonhap news agency":
                        // one plain modifier between.
                        || qualifier.is_none()
                            && (self.named_over_modifier(s, i)
                                || self.definite_over_modifiers(s, i)))
                    || self.is_affiliated(s, i))
            {
                continue;
            }
            if s.words[i].is_capitalized() && !s.starts_clause(i) {
                // "most Americans", "some Democrats": a capitalised group is vague only right
                // after its quantifier ("a project Democrats say", "a win, Republicans fear":
                // the article is another noun's).
                // "millions of Americans": a count of people with "of" quantifies them too.
                let quantified = qualifier.is_some_and(|j| {
                    (self.quantifiers.has(s, j) || j + 2 == i && words[j + 1] == "of")
                        && !s.text[s.words[j].span.end..s.words[i].span.start].contains(',')
                });
                if !(self.is_group(s, i) && (quantified || bare_speaker)) {
                    continue;
                }
            }
            // "said Ana Ruiz, a lawyer who argues…", "Ana Ruiz, a former aide who
            // says…": an apposition, the person named just before it.
            if qualifier.is_some_and(|j| {
                j > 0
                    && is_indefinite(words[j].as_ref())
                    && s.gap_before(j).trim() == ","
                    && self.is_name(s, j - 1)
            }) {
                continue;
            }
            let start = qualifier.map_or(s.words[i].span.start, |j| s.words[j].span.start);
            // "experts say …" or "…, say experts": the verb after, or right before.
            // A name in the gap is someone else speaking.
            // "most Republicans in Washington accept", "officials in Brussels fear": the
            // place the people are in names none of them (the verb is looked for after it).
            let place_end = if words
                .get(i + 1)
                .is_some_and(|x| matches!(x.as_ref(), "in" | "within" | "across"))
            {
                (i + 2..(i + 5).min(words.len()))
                    .take_while(|&k| self.is_name(s, k) || words[k] == "the")
                    .last()
                    .filter(|&k| self.is_name(s, k))
            } else {
                None
            };
            let after = (i + 1..(i + 2 + MAX_VERB_GAP).min(words.len()))
                .take_while(|&j| {
                    place_end.is_some_and(|e| j <= e)
                        || !self.is_name(s, j) && !self.attribution_breaks.has(&words[j])
                })
                // "evidence has surfaced that the bishop knew": another clause's verb
                // ("studies that show": right after the source, the source's own clause).
                .take_while(|&j| !(j > i + 1 && self.clause_openers.has(&words[j])))
                .find(|&j| self.is_source_verb(s, j) || self.states_mind(s, j))
                // "were warned" is passive; "are saying", "are warning" is the source speaking;
                // "are convinced that" a state of mind.
                .filter(|&j| {
                    !self.passive_auxiliaries.has(&words[j - 1])
                        || words[j].ends_with("ing")
                        || self.states_mind(s, j)
                })
                // A state of mind right after its people, over auxiliaries and adverbs ("a
                // lot of member states are concerned": "states" is the people, not "member").
                .filter(|&j| {
                    self.is_source_verb(s, j)
                        || (i + 1..j).all(|k| {
                            self.passive_auxiliaries.has(&words[k])
                                || self.perfect_auxiliaries.has(&words[k])
                                || self.passive_adverbs.has(s, k)
                                || self.standalone_gap.has(&words[k])
                                || is_indefinite(words[k].as_ref())
                        })
                })
                // "dozens of men accused of fraud", "officials suspected of bribery": a
                // participle of accusation describes the source; it is not its verb.
                .filter(|&j| {
                    !(self.accusing.has(&words[j])
                        && words
                            .get(j + 1)
                            .is_some_and(|x| matches!(x.as_ref(), "of" | "for")))
                })
                // "her claim", "the report": a noun after a determiner, not a verb.
                .filter(|&j| {
                    let before = words[j - 1].as_ref();
                    !(is_indefinite(before) || self.definite.has(before)) || self.states_mind(s, j)
                })
                // "historians will find": a prediction, not a report of what someone says;
                // "doctors will tell you" is what they always say.
                .filter(|&j| {
                    !(i + 1..j).any(|k| self.future_auxiliaries.has(&words[k]))
                        || self.listener_verbs.has(s, j)
                            && words
                                .get(j + 1)
                                .is_some_and(|x| self.habitual_listeners.has(x))
                })
                // "his critics would argue", not "his supporters have leveled the same
                // charges": followers are vague only with their verb next to them, over
                // auxiliaries and adverbs alone.
                .filter(|&j| {
                    !followers
                        || (i + 1..j).all(|k| {
                            self.standalone_gap.has(&words[k])
                                || self.states_mind(s, j)
                                    && (self.passive_auxiliaries.has(&words[k])
                                        || is_indefinite(words[k].as_ref()))
                        })
                })
                // "studies show", not "many of the members showed up": evidence is shown by
                // a vague source (studies, experts), plain people show by acting.
                .filter(|&j| vague || !self.evidence_verbs.has(&words[j]))
                .filter(|&j| clean_gap(&s.text[s.words[i].span.end..s.words[j].span.start]));
            // "a woman who claims…": the relative clause is the source speaking (not
            // "supporters who feel bitter", "people who know the area": it describes them).
            let who_says = (words.get(i + 1).is_some_and(|x| x == "who")
                && i + 2 < words.len()
                && self.is_verb(s, i + 2)
                && self.relative_report_verbs.has(&words[i + 2]))
            .then_some(i + 2);
            // "one aide who was in the room told the paper", "people who live there say": the
            // source's own verb after its relative clause.
            if let Some(j) = after
                .or(who_says)
                .or_else(|| self.verb_after_relative(s, i))
                .or_else(|| self.verb_after_list(s, i))
            {
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
            let inverted =
                head > 1 && (s.starts_clause(head - 1) || s.gap_before(head - 1).contains(','));
            if head > 0 && self.speech_verbs.has(&words[head - 1]) && closes_clause && inverted {
                out.push(
                    self.vague_pattern
                        .at(Span::new(s.words[head - 1].span.start, s.words[i].span.end)),
                );
            } else if let Some(according) = self.according_to_before(s, head)
                // "according to science writer Ann Lee": the source is named after all.
                && !(i + 1..(i + 4).min(words.len()))
                    .take_while(|&k| !s.gap_before(k).contains(','))
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
            // ("He wrote that many believe": "that" opens the clause.)
            if i > 0
                && self.definite.has(&words[i - 1])
                && !self.singular_determiners.has(&words[i - 1])
            {
                continue;
            }
            let verb = (i + 1..(i + 4).min(words.len()))
                .take_while(|&j| j == i + 1 || self.standalone_gap.has(&words[j - 1]))
                .take_while(|&j| s.gap_before(j).trim().is_empty())
                // "some details": after a plural source a verb has no "-s"; it is a noun.
                // "many State Department officials": a capital makes it a name.
                .find(|&j| {
                    self.is_source_verb(s, j)
                        && !crate::detector::looks_plural(&words[j])
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
                        !s.gap_before(j).contains([',', '"', '“', '”', ';', ':'])
                            && !self.attribution_breaks.has(&words[j - 1])
                    })
                    .find(|&j| {
                        self.is_source_verb(s, j) && !crate::detector::looks_plural(&words[j])
                    })
            };
            if let Some(j) = verb.or_else(in_group) {
                out.push(
                    self.vague_pattern
                        .at(Span::new(s.words[i].span.start, s.words[j].span.end)),
                );
            }
        }
        out.retain(|d| {
            !self.after_writer_hedge(s, d.span)
                && !self.past_belief(s, d.span)
                && !self.credited_after(s, d.span)
        });
        out
    }

    /// The verb of saying of plural people at word `i` with no qualifier: right after them
    /// ("parents fear"), over auxiliaries and adverbs of `standalone_gap` ("parents have long
    /// argued"), a progressive after "are" or "were" ("people are saying"); or the state of
    /// mind after them ("conservatives are convinced that", [`Self::mind_after`]).
    pub(super) fn bare_speech_after(&self, s: &SentenceContext<'_>, i: usize) -> Option<usize> {
        let words = &s.lower;
        (i + 1..(i + 4).min(words.len()))
            .take_while(|&k| s.gap_before(k).trim().is_empty())
            .find(|&k| self.speech_verbs.has(&words[k]))
            .filter(|&v| {
                (i + 1..v).all(|k| {
                    self.standalone_gap.has(&words[k]) && !self.future_auxiliaries.has(&words[k])
                        || words[v].ends_with("ing") && matches!(words[k].as_ref(), "are" | "were")
                })
            })
            .or_else(|| self.mind_after(s, i))
    }

    /// Whether the source at word `i` is a role a name or a body holds, written with its
    /// owner before it over up to two plain modifiers: "Trump's one-time senior strategist",
    /// "the bank's chief economist" (the owner right before it: [`Self::is_possessive_body`]).
    pub(super) fn role_of_owner(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        // Followers stay vague whoever they follow ("Obama's left-wing critics").
        !self.follower_sources.has(s, i)
            && (2..=4).any(|back| {
                i >= back
                // "That's exactly what experts predict": no owner.
                && !self.not_possessives.has(&s.lower[i - back])
                // One who fills a role of anyone ("the president's chief strategist"); many
                // only of a name or a body ("the country's top economists" are unnamed).
                && (self.is_possessive_body(s, i - back)
                    || !crate::detector::looks_plural(&s.lower[i])
                        && crate::detector::is_possessive_form(&s.lower[i - back]))
                // "one-time" is two words.
                && (i + 1 - back..=i).all(|m| matches!(s.gap_before(m).trim(), "" | "-"))
                && (i + 1 - back..i).all(|m| {
                    !s.words[m].is_capitalized()
                        && !self.phrase_breaks.has(&s.lower[m])
                        && !self.is_verb(s, m)
                })
            })
    }

    /// Whether word `j` states the mind of the source before it: a state of `mind_states`
    /// after a form of "be" (over one adverb) and before "that" ("are convinced that", "are
    /// now worried that"), or a noun of `mind_nouns` after "have a" ("have a sense that").
    pub(super) fn states_mind(&self, s: &SentenceContext<'_>, j: usize) -> bool {
        let words = &s.lower;
        if j < 2
            || words.get(j + 1).is_none_or(|w| w != "that")
            || !s.gap_before(j + 1).trim().is_empty()
        {
            return false;
        }
        let be = |k: usize| self.passive_auxiliaries.has(&words[k]);
        self.mind_states.has(&words[j])
            && (be(j - 1) || self.passive_adverbs.has(s, j - 1) && be(j - 2))
            || self.mind_nouns.has(&words[j])
                && is_indefinite(words[j - 1].as_ref())
                && self.perfect_auxiliaries.has(&words[j - 2])
    }

    /// The word that states the mind of the plural people at word `i` right after them:
    /// "conservatives are convinced that", "voters have a sense that" (over "be" or "have",
    /// one adverb and "a").
    pub(super) fn mind_after(&self, s: &SentenceContext<'_>, i: usize) -> Option<usize> {
        let words = &s.lower;
        (i + 1..(i + 5).min(words.len()))
            .take_while(|&k| s.gap_before(k).trim().is_empty())
            .skip(1)
            .find(|&k| self.states_mind(s, k))
            .filter(|&k| {
                (i + 1..k).all(|m| {
                    self.passive_auxiliaries.has(&words[m])
                        || self.perfect_auxiliaries.has(&words[m])
                        || self.passive_adverbs.has(s, m)
                        || is_indefinite(words[m].as_ref())
                })
            })
    }

    /// The verb of the vague source at word `i` opening a list of sources: "economists,
    /// advocacy groups and even the agency's own staff have said…" (a comma after the
    /// source, then words and commas up to one "and" or "or", no name but an owner's and no
    /// relative pronoun, then a verb of saying within a few words, not in the passive).
    pub(super) fn verb_after_list(&self, s: &SentenceContext<'_>, i: usize) -> Option<usize> {
        let words = &s.lower;
        // People and evidence that are vague alone ("economists", not "a person").
        if i + 1 >= words.len()
            || s.gap_before(i + 1).trim() != ","
            || !self.vague_sources.has(s, i)
        {
            return None;
        }
        let end = (i + 16).min(words.len());
        let mut and_at: Option<usize> = None;
        for k in i + 1..end {
            let gap = s.gap_before(k).trim();
            if !(gap.is_empty() || gap == ",") || and_at.is_some() && !gap.is_empty() {
                return None;
            }
            let w = words[k].as_ref();
            if w == "and" || w == "or" {
                if and_at.is_some() || k == i + 1 {
                    return None;
                }
                and_at = Some(k);
                continue;
            }
            // A list holds noun phrases: no name but an owner, no relative pronoun, no
            // word that opens another phrase or clause ("research, because we've decided").
            if self.is_name(s, k) && !crate::detector::is_possessive_form(w)
                || self.attribution_breaks.has(w)
                || self.phrase_breaks.has(w) && !matches!(w, "of" | "even")
                || w.contains('\'') && !crate::detector::is_possessive_form(w)
            {
                return None;
            }
            if and_at.is_some_and(|a| k > a + 1)
                && self.is_source_verb(s, k)
                && !crate::detector::looks_plural(w)
            {
                return (!self.passive_auxiliaries.has(&words[k - 1]) || w.ends_with("ing"))
                    .then_some(k);
            }
        }
        None
    }

    /// The verb of the source at word `i` after a relative clause that follows it: "one aide
    /// *who was in the room* told the paper", "people *who live near the plant* said" (up to
    /// MAX_RELATIVE words, no punctuation). The first verb of saying after the clause is
    /// taken, in a form no noun has (a past, "say", "says": not "a well-founded fear", "based
    /// on reports"), and only when nothing else can be its subject: not after a name or a
    /// pronoun ("people who heard Lee say", "voters who know what they think"), nor after an
    /// auxiliary or "to" (the clause's own verb: "a person who would say", "who were
    /// predicted", "who want to say").
    pub(super) fn verb_after_relative(&self, s: &SentenceContext<'_>, i: usize) -> Option<usize> {
        let words = &s.lower;
        if words.get(i + 1).is_none_or(|w| w != "who") {
            return None;
        }
        let end = (i + 3 + MAX_RELATIVE).min(words.len());
        let j = (i + 2..end)
            .take_while(|&k| {
                !s.gap_before(k)
                    .contains([',', '"', '“', '”', ';', ':', '(', '—'])
            })
            .take_while(|&k| !self.clause_openers.has(&words[k - 1]))
            .skip(1)
            .find(|&k| self.relative_report_verbs.has(&words[k]))?;
        let verb = words[j].as_ref();
        let before = words[j - 1].as_ref();
        let verb_form = verb.ends_with("ed")
            || self.irregular_pasts.has(verb)
            || self.relative_report_presents.has(verb);
        (verb_form
            && self.is_verb(s, j)
            && before != "to"
            && !self.passive_auxiliaries.has(before)
            && !self.perfect_auxiliaries.has(before)
            && !self.modals.has(before)
            && !self.is_name(s, j - 1)
            && !self.attribution_breaks.has(before)
            && !self.object_pronouns.has(before)
            && !self.possessive_determiners.has(before))
        .then_some(j)
    }

    /// Whether the vague source at `span` ends on a belief in the simple past: "some
    /// feared", "many voters thought" tell what people had in mind then, not a source the
    /// writer leans on ("some have long believed", "critics said": still flagged).
    pub(super) fn past_belief(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let Some(last) = (0..s.words.len())
            .rev()
            .find(|&k| s.words[k].span.end <= span.end)
        else {
            return false;
        };
        // "some have long believed": the perfect over adverbs.
        let mut k = last;
        while k > 0 && self.passive_adverbs.has(s, k - 1) {
            k -= 1;
        }
        self.belief_pasts.has(&s.lower[last])
            && !(k > 0 && self.perfect_auxiliaries.has(&s.lower[k - 1]))
    }

    /// Whether the sentence credits its claim to a named source after the vague one at
    /// `span`: "most Americans believe in God, according to science writer Ann Lee" (an
    /// "according to" whose next words hold a name and no qualifier: "according to some
    /// analysts" credits no one).
    pub(super) fn credited_after(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let words = &s.lower;
        let n = words.len();
        (s.word_at_or_after(span.end)..n.saturating_sub(2)).any(|i| {
            words[i] == "according"
                && words[i + 1] == "to"
                && !(i + 2..(i + 5).min(n))
                    .any(|k| self.qualifiers.has(s, k) || self.standalone_sources.has(s, k))
                && (i + 2..(i + 2 + MAX_AFFILIATION).min(n))
                    .take_while(|&k| !s.gap_before(k).contains(','))
                    .any(|k| self.is_name(s, k))
        })
    }

    /// Whether the vague source at `span` follows the writer's own hedge: "I guess some
    /// people think…", "I suppose that many fans believe…" (a guess at what people think,
    /// not a report of what they said).
    pub(super) fn after_writer_hedge(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let words = &s.lower;
        let first = s.word_at_or_after(span.start);
        let hedge = match first.checked_sub(1) {
            Some(k) if self.clause_openers.has(&words[k]) => k.checked_sub(1),
            k => k,
        };
        hedge.is_some_and(|h| {
            h > 0 && self.writer_hedges.has(&words[h]) && self.personal_pronouns.has(&words[h - 1])
        })
    }

    /// The first word of a plain source closing the sentence at word `i` with its verb of
    /// saying: "…, residents said.", "…, local officials say." (the word itself, or the
    /// one plain lower-case modifier before it, comes right after a comma).
    pub(super) fn closing_source(&self, s: &SentenceContext<'_>, i: usize) -> Option<usize> {
        let words = &s.lower;
        if i == 0
            || i + 1 >= words.len()
            || !(self.vague_sources.has(s, i) || self.sources.has(s, i))
            || !crate::detector::looks_plural(&words[i])
            // "…, Republicans fear.": a group names no one, but only after its quantifier.
            || s.words[i].is_capitalized()
            || !self.speech_verbs.has(&words[i + 1])
            || !s.gap_before(i + 1)
                .trim()
                .is_empty()
        {
            return None;
        }
        let ends = s.text[s.words[i + 1].span.end..s.span.end]
            .chars()
            .all(|c| !c.is_alphanumeric());
        let after_comma = |k: usize| k > 0 && s.gap_before(k).trim().ends_with(',');
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
    pub(super) fn according_to_before(
        &self,
        s: &SentenceContext<'_>,
        head: usize,
    ) -> Option<usize> {
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
}
