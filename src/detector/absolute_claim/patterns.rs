//! The pattern rules of [`super::AbsoluteClaim`]: passages no lexicon phrase holds, found word
//! by word ("there is no other way", "could not be clearer", "no … at all", "either … or").

use super::*;

impl AbsoluteClaim {
    /// "There is (simply) no other way", "there can be no excuse": existence denied to
    /// every alternative (any noun, when a booster insists: "there is simply no money").
    pub(super) fn exclusions(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        find_at_each_word(s, &self.exclusion, |i| {
            // "there was no reversing course": a gerund denies in the past too.
            let (no, boosted, past) = self.there_is_no(s, i)?;
            // "there was no reversing course": a gerund denies in the past too.
            let gerund = self.is_gerund(s, no + 1);
            if past && !gerund {
                return None;
            }
            // "there is no telling what he will do" states uncertainty, claims nothing.
            if gerund
                && self.lists.knowing_gerunds.has(s, no + 1)
                && self.lists.open_questions.has(s, no + 2)
            {
                return None;
            }
            // "there are no more than 50 seats" sets a limit; "there are no more havens"
            // (and "no more important task than") denies every one.
            if s.lower[no + 1] == "more" && s.lower.get(no + 2).is_some_and(|w| w == "than") {
                return None;
            }
            ((boosted || self.lists.exclusion_nouns.has(s, no + 1) || gerund)
                && only_spaces(s, i, no + 1))
            .then_some((i, no + 1))
        })
    }

    /// Whether word `k` is a gerund with its object or particle after it ("stopping him",
    /// "reversing course", "getting around it"), not a noun in "-ing" ("warning", "funding
    /// for") nor one before a preposition or at the end of its clause.
    pub(super) fn is_gerund(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        let l = &self.lists;
        k + 1 < s.words.len()
            && s.lower[k].len() > 5
            && s.lower[k].ends_with("ing")
            && s.lower[k].bytes().all(|b| b.is_ascii_lowercase())
            && !l.ing_nouns.has(s, k)
            && only_spaces(s, k, k + 1)
            && !l.either_prepositions.has(s, k + 1)
            && !l.clause_breaks.has(s, k + 1)
            && !is_regular_past(&s.lower[k + 1])
    }

    /// "There are only two kinds of people", "there is only one way", "we have only two
    /// options": a count of kinds after "only" and a present "be" or "have" (a plain adverb
    /// between) rules out every other kind.
    pub(super) fn only_kinds(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        find_at_each_word(s, &self.only_kinds, |i| {
            if s.lower[i] != "only"
                || i == 0
                || i + 2 >= s.words.len()
                || !l.kind_counts.has(s, i + 1)
                || !l.kind_nouns.has(s, i + 2)
                || !only_spaces(s, i, i + 2)
            {
                return None;
            }
            let verb = (i.saturating_sub(3)..i)
                .rev()
                .find(|&j| !l.exclusion_boosters.has(s, j) && !l.verb_adverbs.has(s, j))?;
            l.kind_verbs.has(s, verb).then_some((i, i + 2))
        })
    }

    /// "the one category that doesn't require", "the one place where he is safe": "the one",
    /// a noun (one word may describe it) and a relative word say "the only" ("on the one hand",
    /// "the one time I met him", "the one person who came", a record of the past, say none).
    pub(super) fn the_one_that(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        find_at_each_word(s, &self.the_one, |i| {
            if s.lower[i] != "one" || i == 0 || s.lower[i - 1] != "the" || i + 2 >= s.words.len() {
                return None;
            }
            let noun = i + 1;
            if l.one_stops.has(s, noun)
                || l.either_prepositions.has(s, noun)
                || s.words[noun].is_number()
                || !s.lower[noun]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-')
            {
                return None;
            }
            let relative =
                (noun + 1..s.words.len().min(noun + 3)).find(|&k| l.one_relatives.has(s, k))?;
            let past = (relative + 1..s.words.len().min(relative + 4))
                .any(|k| self.is_past_verb(s, k) && !l.present_auxiliaries.has(s, k));
            (only_spaces(s, i - 1, relative) && !past).then_some((i - 1, noun))
        })
    }

    /// "only a fool would believe it", "a fable only a socialist could love", "only he can
    /// fix it": "only", someone (a determiner or a pronoun first) and, within three words,
    /// "would", "could" or "can" say no one else would or could ("not only", "if only", "the
    /// only" start no such claim; "only then will they", "he only said he could" name no one;
    /// "only Congress can" names whose power it is).
    pub(super) fn only_agents(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        find_at_each_word(s, &self.only_agent, |i| {
            if s.lower[i] != "only"
                || i + 2 >= s.words.len()
                || (i > 0 && l.only_agent_stops.has(s, i - 1))
            {
                return None;
            }
            // A name is left out: "only Congress can raise the limit" states whose power it is.
            let agent = i + 1;
            if !l.only_agent_openers.has(s, agent) {
                return None;
            }
            let modal = (agent + 1..s.words.len().min(agent + 4))
                .find(|&k| l.only_agent_modals.has(s, k) || l.clause_breaks.has(s, k))
                .filter(|&k| l.only_agent_modals.has(s, k))?;
            only_spaces(s, i, modal).then_some((i, modal))
        })
    }

    /// "It was all pretense", "it's all a lie", "that is all about money": "it", "this" or
    /// "that" and "is" or "was" before a predicate "all" and a noun of judgement pass one
    /// verdict on the whole thing ("it was all over", "it is all relative", "this is all
    /// legal" pass none).
    pub(super) fn predicate_all(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        find_at_each_word(s, &self.predicate_all, |i| {
            if s.lower[i] != "all" || i == 0 || i + 1 >= s.words.len() {
                return None;
            }
            let subject = if l.predicate_all_contractions.has(s, i - 1) {
                i - 1
            } else if i > 1
                && l.predicate_all_be.has(s, i - 1)
                && l.predicate_all_subjects.has(s, i - 2)
            {
                i - 2
            } else {
                return None;
            };
            // "it's all a lie", "it was all for show": one word may stand before the verdict.
            let next = i + 1;
            let filled = l.predicate_all_fillers.has(s, next)
                && next + 1 < s.words.len()
                && only_spaces(s, next, next + 1);
            let noun = if filled { next + 1 } else { next };
            // "it's all about, for me, …": a preposition needs its object.
            let object_follows = noun + 1 < s.words.len() && only_spaces(s, noun, noun + 1);
            let verdict = only_spaces(s, subject, noun)
                && l.predicate_all_verdicts.has(s, noun)
                && (object_follows || !l.either_prepositions.has(s, noun));
            verdict.then_some((subject, noun))
        })
    }

    /// "There is no evidence", "there have been no long-term studies": evidence denied in
    /// the present, every study and sign at once ("there was no evidence", a finding of the
    /// past, is left out as "there" takes no past form here).
    pub(super) fn no_evidence(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let evidence = &self.lists.evidence_nouns;
        find_at_each_word(s, &self.no_evidence, |i| {
            let (no, boosted, past) = self.there_is_no(s, i)?;
            if past || boosted || self.lists.exclusion_nouns.has(s, no + 1) {
                return None;
            }
            // One word may describe the evidence ("no credible evidence"), or two joined by a
            // hyphen ("no long-term studies").
            let noun = (no + 1..s.words.len().min(no + 4)).find(|&k| evidence.has(s, k))?;
            let hyphen = |k: usize| s.gap_before(k + 1) == "-";
            let described = noun < no + 3 || hyphen(no + 1);
            // "no evidence whatsoever" is one claim, charged to "whatsoever".
            let total = self.lists.negative_polarity.has(s, noun + 1);
            // "there is no better example than …" compares; it denies no evidence.
            let compared = (no + 1..noun).any(|k| self.lists.comparatives.has(s, k));
            (described
                && !total
                && !compared
                && only_spaces(s, i, no + 1)
                && (no + 1..noun).all(|k| only_spaces(s, k, k + 1) || hyphen(k)))
            .then_some((i, noun))
        })
    }

    /// Word `i` opens "there is no", "there can be (simply) no", "there have been no", "there
    /// is zero", "there was (simply) no": the number of the word "no" (or "zero"), whether a
    /// booster stands before it and whether it is the past ("was", "were").
    fn there_is_no(&self, s: &SentenceContext<'_>, i: usize) -> Option<(usize, bool, bool)> {
        let l = &self.lists;
        let mut k = i + 1;
        let mut past = false;
        match &*s.lower[i] {
            "there's" | "there're" => {}
            "there" => {
                let be_next = |k: usize, be: &str| s.lower.get(k).is_some_and(|w| w == be);
                // "there is", "there can be", "there will be", "there have been" ("there
                // may be" hedges).
                let modal = l.modals.has(s, k) && be_next(k + 1, "be") && !l.hedges.has(s, k);
                let perfect = l.perfect_auxiliaries.has(s, k) && be_next(k + 1, "been");
                if modal || perfect {
                    k += 2;
                } else if l.existentials.has(s, k) {
                    k += 1;
                } else if l.past_existentials.has(s, k) {
                    past = true;
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
        // "there is zero evidence" denies as "no" does.
        (self.lists.existential_no.has(s, k) && k + 1 < s.words.len()).then_some((k, boosted, past))
    }

    /// "The choice could not be clearer", "it couldn't be more wrong": nothing beyond it.
    pub(super) fn nothing_beyond(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
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
    pub(super) fn is_superlative(&self, s: &SentenceContext<'_>, j: usize) -> bool {
        // "the sixth most watched of all time", "the third largest ever": a place in a
        // ranked list, a record to check, puts nothing above everything.
        if j > 0 && self.lists.ordinals.has(s, j - 1) {
            return false;
        }
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
    pub(super) fn is_ranked(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let start = self.clause_start(s, first).max(first.saturating_sub(8));
        (start..first).any(|j| self.is_superlative(s, j) || self.lists.rank_words.has(s, j))
    }

    /// "the most important decision ever", "the best ever": a superlative with "ever"
    /// within six words before it in its clause (not "the first ever", "the highest ever
    /// recorded", "more than ever").
    pub(super) fn superlatives_ever(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
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
    pub(super) fn no_member_of_a_group(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
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
    pub(super) fn all_of_a_group(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
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

    /// "completely false", "totally botched", "has completely lost the trust": a verdict or a
    /// participle made total (not "entirely based on", a description, nor "completely
    /// renovated", work finished).
    pub(super) fn totality_verdicts(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let l = &self.lists;
        let mut out = find_at_each_word(s, &self.totality_pattern, |k| {
            let next = s.lower.get(k + 1)?;
            // "entirely based on", "completely separated from": a participle that goes on
            // to a preposition describes how a thing stands; it passes no verdict.
            let participle = (is_regular_past(next) || l.irregular_participles.has(s, k + 1))
                && l.participle_totality.has(s, k)
                && !l.participle_prepositions.has(s, k + 2)
                && !l.measure_participles.has(s, k + 1);
            (self.totality.has(s, k) && (self.verdicts.has(s, k + 1) || participle))
                .then_some((k, k + 1))
        });
        // The alternative names the word, so it is the one text made per finding.
        for d in &mut out {
            let verdict = &s.lower[word_holding(s, d.span.end - 1)];
            d.set_alternative(format!("say in what way it is {verdict}"));
        }
        out
    }

    /// "no value at all", "without any evidence at all": a negation made total, up to three
    /// words between it and "at all" ("not at all", a hedge as often as not, is left out;
    /// "had no money at all", a plain fact of the past, too).
    pub(super) fn total_negations(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        find_at_each_word(s, &self.total_negation, |i| {
            if i == 0 || !(s.lower[i] == "at" && s.lower.get(i + 1).is_some_and(|w| w == "all")) {
                return None;
            }
            // The first negator: "without any evidence at all" starts at "without".
            (i.saturating_sub(4)..i - 1)
                .find(|&j| self.lists.total_negators.has(s, j))
                .filter(|&j| !self.negates_in_past(s, j))
                .map(|j| (j, i + 1))
        })
    }

    /// "Either we act now or we lose everything", "we must either cut or borrow", "either
    /// he resigns or …": two courses of action framed as the only ones. A plain list
    /// ("either chicken or fish", "mention of either Paris or Rome") is no dilemma.
    pub(super) fn either_or(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
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
            // "either actively or by looking away", "either already or by next week": a
            // preposition after "or" lists ways or times, no two courses of action (unless a
            // subject opens the first: "either we act or by May we lose").
            if l.either_prepositions.has(s, or + 1) && !l.dilemma_subjects.has(s, i + 1) {
                return None;
            }
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
/// word of a passage: the loop every pattern of this detector runs (inlined into each
/// pattern with its closure: left a call, as the compiler did once the crate's code moved,
/// the detector took 80 M instructions more on the bench corpus, 25 M of which this wins
/// back).
#[inline]
fn find_at_each_word(
    s: &SentenceContext<'_>,
    pattern: &Pattern,
    mut find: impl FnMut(usize) -> Option<(usize, usize)>,
) -> Vec<Detection> {
    let mut out = Vec::new();
    // (The unit tests go on, to try every word.)
    if !pattern.may_start_in(s) && cfg!(not(test)) {
        return out;
    }
    for i in 0..s.words.len() {
        if !pattern.may_start_at(s, i) {
            // The unit tests try the other words too: none may start a passage.
            #[cfg(test)]
            assert!(
                find(i).is_none(),
                "{} starts at {:?}, not among its first words (PATTERN_STARTS)",
                pattern.rule.id,
                s.lower[i]
            );
            continue;
        }
        if let Some((first, last)) = find(i) {
            out.push(pattern.at(Span::new(s.words[first].span.start, s.words[last].span.end)));
        }
    }
    out
}
