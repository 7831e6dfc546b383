//! Claims with no one's name on them: agentless passives ("it is widely believed"), accusations
//! ("stands accused of") and reactions of unnamed people ("an outcry among many").

use super::{MAX_GAP, UnsourcedAssertion, is_indefinite};
use crate::detector::{Detection, SentenceContext};
use crate::text::span::Span;
use std::borrow::Cow;

/// How many words after "as" may hold the judge of a judgement passed on ("is seen as a
/// threat to the region *by Ankara*").
const MAX_COMPLEMENT_WORDS: usize = 8;

impl UnsourcedAssertion {
    /// Reactions felt by unnamed people: "an outcry among many", "criticism from some
    /// Republicans"; and a reaction opening a clause that is said to grow, whose it is
    /// unsaid: "Concerns that the plan is unlawful have mushroomed", "Fears are mounting".
    pub(super) fn unnamed_reactions(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
    ) -> Vec<Detection> {
        let mut out = Vec::new();
        if !self.reaction_nouns.in_sentence(s) {
            return out;
        }
        let n = words.len();
        for k in 0..n {
            if !self.reaction_nouns.has(s, k) {
                continue;
            }
            let plain_gap = |a: usize, b: usize| {
                s.text[s.words[a].span.end..s.words[b].span.start]
                    .trim()
                    .is_empty()
            };
            if k + 2 < n
                && self.reaction_links.has(&words[k + 1])
                && self.standalone_sources.has(s, k + 2)
                && plain_gap(k, k + 1)
                && plain_gap(k + 1, k + 2)
            {
                // "…among many Republicans": the plural people after the quantifier.
                let end = if k + 3 < n
                    && crate::detector::looks_plural(&words[k + 3])
                    && plain_gap(k + 2, k + 3)
                    && !self.is_name(s, k + 3)
                {
                    k + 3
                } else {
                    k + 2
                };
                out.push(
                    self.vague_pattern
                        .at(Span::new(s.words[k].span.start, s.words[end].span.end)),
                );
                continue;
            }
            // "accusations by critics", "criticism from experts": a source vague with no
            // qualifier, unless a name or a body comes with it ("critics at the council").
            if k + 2 < n
                && self.reaction_links.has(&words[k + 1])
                && self.vague_sources.has(s, k + 2)
                && crate::detector::looks_plural(&words[k + 2])
                && !s.words[k + 2].is_capitalized()
                && plain_gap(k, k + 1)
                && plain_gap(k + 1, k + 2)
                && !self.is_affiliated(s, k + 2)
            {
                out.push(
                    self.vague_pattern
                        .at(Span::new(s.words[k].span.start, s.words[k + 2].span.end)),
                );
                continue;
            }
            if !s.starts_clause(k) {
                continue;
            }
            // The verb of growth right after "have", "are" or "been" (adverbs between):
            // "Concerns … have also mushroomed".
            let grows = (k + 1..n).find(|&j| {
                if !self.growth_verbs.has(&words[j]) {
                    return false;
                }
                let mut a = j;
                while a > k + 1 && self.passive_adverbs.has(s, a - 1) {
                    a -= 1;
                }
                a > k + 1
                    && (self.passive_auxiliaries.has(&words[a - 1])
                        || self.perfect_auxiliaries.has(&words[a - 1]))
            });
            if let Some(j) = grows {
                out.push(
                    self.passive_pattern
                        .at(Span::new(s.words[k].span.start, s.words[j].span.end)),
                );
            }
        }
        out
    }

    /// The last word of a vague agent starting at word `k`, after "by": "many", "some
    /// critics", "administration officials", "a few experts"; none for "the park service"
    /// or "Stanford researchers".
    pub(super) fn vague_agent(&self, s: &SentenceContext<'_>, k: usize) -> Option<usize> {
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
            // "by investigative journalist Ken Silverstein": a title before the name it
            // gives.
            .filter(|&m| {
                !(self.is_name(s, m)
                    || self.is_affiliated(s, m)
                    || m + 1 < words.len() && self.is_name(s, m + 1))
            });
        if let Some(m) = source {
            // "by the critics" points back to critics named before; "by the sources" does not.
            let definite = self.definite.has(&words[k]) && !self.anonymous_sources.has(&words[m]);
            return (!definite).then_some(m);
        }
        self.standalone_sources.has(s, k).then_some(k)
    }

    /// Whether the complement after "as", from word `k`, ends on the judge named: "is
    /// regarded as a terrorist group by Turkey", "was described as a hoax by the State
    /// Department" ("by many" and "by the public" name no one, "by the end of the session"
    /// and "by any measure" no judge; "a group backed by Iran" is the backer, not the judge;
    /// the clause ends at a comma or a stop).
    fn agent_after_complement(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        let words = &s.lower;
        let end = (k + MAX_COMPLEMENT_WORDS).min(words.len());
        (k + 1..end)
            .take_while(|&b| !s.clause_mark_before(b))
            .find(|&b| words[b] == "by")
            .is_some_and(|b| {
                b + 1 < words.len()
                    && !words[b - 1].ends_with("ed")
                    && !words[b + 1].ends_with("ing")
                    // A name, or "the" and a name: "by Turkey", "by the State Department";
                    // "by the public", "by the end of…", "by the standards of…" name no judge.
                    && (self.is_name(s, b + 1)
                        || (self.definite.has(&words[b + 1])
                            && b + 2 < words.len()
                            && self.is_name(s, b + 2)))
                    && self.vague_agent(s, b + 1).is_none()
            })
    }

    /// Whether a word of a vague frequency stands in the five words after the participle
    /// at word `i`, in its clause: "has been documented and explained *numerous times*",
    /// "was reported *again and again*" (on record, whose record unsaid).
    fn repeated_after(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let n = s.words.len();
        if self.vague_frequencies.is_empty() || i + 1 >= n {
            return false;
        }
        let end = s.words[(i + 5).min(n - 1)].span.end;
        let after = &s.text[s.words[i].span.end..end];
        let clause = after
            .split([',', ';', ':', '.', '(', '"', '“'])
            .next()
            .unwrap_or("");
        let clause = clause.to_ascii_lowercase();
        self.vague_frequencies.iter().any(|f| {
            crate::text::chars::match_starts(&clause, f).any(|at| {
                let before = clause[..at].chars().next_back();
                let after = clause[at + f.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
    }

    pub(super) fn agentless_passives(
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
            || self.reception_participles.in_sentence(s)
            || self.repeated_participles.in_sentence(s)
            || self.verdict_participles.in_sentence(s))
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
            // "has been documented numerous times": on record, whose record unsaid.
            let repeated = self.repeated_participles.has(s, i) && self.repeated_after(s, i);
            // "the theory has been debunked": a verdict on a claim whose judge is unsaid
            // ("debunked by the county" names one: `agent_named` below).
            let verdict = self.verdict_participles.has(s, i);
            let participle = labels || repeated || verdict || self.passive_participles.has(s, i);
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
            // "must be seen as", "can no longer be seen as": a demand or the writer's own
            // view, not a report.
            let mut modal = aux;
            while modal > 0 && self.modal_fillers.has(&words[modal - 1]) {
                modal -= 1;
            }
            if words[aux] == "be" && modal > 0 && self.modals.has(&words[modal - 1]) {
                continue;
            }
            // "we are supposed to": the writer or the reader, not someone unnamed.
            if before_aux.is_some_and(|b| self.personal_pronouns.has(b)) {
                continue;
            }
            // "Never let it be said that…", "be it said": "it" before a bare "be" is a wish or
            // a command (after "let", a modal or "that"), never a report that it is said.
            if words[aux] == "be" && before_aux == Some("it") {
                continue;
            }
            // "has" of "it has been documented", "as has been reported": the subject stands
            // one word further back.
            // "it has long been suspected", "as has often been said": adverbs before "been".
            let mut have = aux;
            while words[aux] == "been" && have > 1 && self.passive_adverbs.has(s, have - 1) {
                have -= 1;
            }
            let perfect =
                have > 1 && words[aux] == "been" && self.perfect_auxiliaries.has(&words[have - 1]);
            let subject = if perfect {
                Some(words[have - 2].as_ref())
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
            if (agent_named || next == Some("as") && self.agent_after_complement(s, i + 2))
                && !vague_agent
            {
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
                    .is_some_and(|x| !(is_indefinite(x.as_ref()) || self.definite.has(x)));
            let accused = self.accusing.has(w);
            // "has not been corroborated", "wasn't debunked": no verdict given.
            let negated = verdict
                && words[have.saturating_sub(2)..i]
                    .iter()
                    .any(|x| self.verdict_negations.has(x) || x.ends_with("n't"));
            if negated {
                continue;
            }
            let fires = if as_clause || repeated || verdict {
                true
            } else if impersonal {
                matches!(next, Some("that") | None)
            } else if labels {
                // "was painted in black", "was tagged with slogans": the literal act. "are
                // dubbed "Kate's Law"", "was billed as Operation Fury": a name given, no
                // verdict (a name is capitalised right after the verb, or after "as", over
                // quotation marks at most).
                let named_after = |k: usize| {
                    k < words.len()
                        && s.words[k].is_capitalized()
                        && s.gap_before(k)
                            .chars()
                            .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\''))
                };
                !(next.is_some_and(|x| self.literal_label_followers.has(x))
                    || named_after(i + 1)
                    || next == Some("as") && named_after(i + 2))
            } else if vague_agent || judged {
                true
            } else if accused {
                infinitive || matches!(next, Some("of" | "for" | "as") | None)
            } else {
                infinitive || next == Some("as")
            };
            if fires {
                let start = if (impersonal || as_clause) && words[aux] != "it's" {
                    if perfect { have - 2 } else { aux - 1 }
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
