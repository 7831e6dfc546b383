//! When an absolute phrase is not the author's own claim: hedged, negated, reported, historical,
//! literal in scope, a rule, a concession or an attitude — the voice checks of [`super::AbsoluteClaim`].

use super::*;

/// What the voice checks read from the end of a sentence ([`AbsoluteClaim::sentence_tail`]).
pub(super) struct SentenceTail {
    /// The last verb of saying set off by a comma (", said a researcher").
    reported_after_comma: Option<usize>,
    /// The last word that turns from a concession ("but", "yet").
    last_concession_turn: Option<usize>,
}

impl SentenceTail {
    /// "It is not the whole story, of course, but …": a concession the sentence then turns
    /// from, at word `after` or later.
    pub(super) fn turns_after(&self, after: usize) -> bool {
        self.last_concession_turn.is_some_and(|k| k >= after)
    }
}

impl AbsoluteClaim {
    /// Whether the phrase `phrase` (words `first` up to `after`) makes no absolute claim of
    /// the author's own.
    pub(super) fn makes_no_claim(
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
            || (l.ratio_universals.contains(phrase) && self.is_ratio(s, first))
            || (is_positive_universal(phrase)
                && (self.is_rule(s, start, after)
                    || self.is_aim(s, start, first)
                    || self.is_limited_by_ability(s, after)))
            || (l.historical.contains(phrase)
                && !self.inverts_after(s, phrase, start, first, after)
                && self.is_historical(s, start, first, after, is_adverb(phrase)))
            || self.is_counterfactual(s, start, first, after)
            || self.is_own_attitude(s, start, first, after)
            || (l.negative_polarity.contains(phrase)
                && (start.max(first.saturating_sub(4))..first).any(|k| self.is_past_verb(s, k)))
            || (l.members_only.contains(phrase)
                && (self.follows_past_be(s, first) || self.singles_out_a_record(s, after)))
            || (l.group_places.contains(phrase) && self.follows_a_group(s, first))
            || (l.rest_universals.contains(phrase) && self.names_the_rest(s, first, after))
            || (l.historical.contains(phrase)
                && (self.limits_a_group(s, first)
                    || self.describes_one_supposed(s, first, is_adverb(phrase))))
            || (l.concessive_boosters.contains(phrase)
                && (tail.turns_after(after)
                    || self.vouches_for_a_part(s, after)
                    || self.concedes_a_limit(s, after)
                    || self.is_writers_aside(s, first)
                    || (first > 0
                        && l.concession_openers.has(s, first - 1)
                        // "as though certainly": a comparison, not a concession.
                        && !(first > 1 && s.lower[first - 2] == "as"))))
            || self.states_uncertainty(s, phrase, after)
            || (l.set_off_phrases.contains(phrase) && !self.is_set_off(s, first))
            || ((l.historical.contains(phrase) || l.rankings.contains(phrase))
                && self.is_bounded(s, after))
            || self.is_reported(s, tail, first, after)
            || self.describes_speech(s, after)
            || self.states_plainly(s, first, after)
            || self.tells_manner_of_saying(s, phrase, first)
            || (l.ranked_spans.contains(phrase) && !self.is_ranked(s, first))
            || (l.subset_rankings.contains(phrase) && self.ranks_a_kind(s, after))
            || (l.means_phrases.contains(phrase) && !names_a_means(s, after))
            || (l.contrast_counts.contains(phrase) && self.contrasts_a_count(s, after))
    }

    /// "not one but two shootings", "not once, not twice, but five times": "but" and a count
    /// after the words (past other counts denied: ", not twice,") correct "one" to a larger
    /// number, a count to check, no claim that there is none ("not one but all" stays one).
    pub(super) fn contrasts_a_count(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        let l = &self.lists;
        let count = |k: usize| {
            s.words.get(k).is_some_and(|w| w.is_number())
                || l.number_words.has(s, k)
                || l.repeat_counts.has(s, k)
        };
        let mut k = after;
        while k + 1 < s.words.len() && s.lower[k] == "not" && count(k + 1) {
            k += 2;
        }
        k + 1 < s.words.len() && s.lower[k] == "but" && count(k + 1)
    }

    /// A booster at word `first` set off by a comma after an opening that makes it an aside:
    /// "There was, of course, the shooting" (only "there was" before it in the sentence or
    /// clause: a thing the reader can name), "But I'm talking, of course, about the river"
    /// (the clause opens with the writer: they say what they mean, not what is certain).
    pub(super) fn is_writers_aside(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let l = &self.lists;
        if first == 0 || !s.gap_before(first).contains(',') {
            return false;
        }
        // The statement before the comma, as the unsourced detector reads "of course".
        let mut start = s.statement_start(first);
        let existential = |k: usize| {
            (k + 1 == first && l.aside_existentials.has(s, k))
                || (k + 2 == first && l.aside_existentials.has_pair(s, k))
        };
        if existential(start) {
            return true;
        }
        while start + 1 < first && l.aside_clause_links.has(s, start) {
            start += 1;
        }
        l.first_person.has(s, start)
    }

    /// "a win for women everywhere", "the habit of kids everywhere": a place word just after
    /// a plural noun that a preposition (a describing word or two between) introduces
    /// speaks of a group at large, a figure of speech; "corruption is everywhere" places.
    pub(super) fn follows_a_group(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let Some(noun) = first.checked_sub(1) else {
            return false;
        };
        noun > 0
            && (looks_plural(&s.lower[noun]) || self.lists.group_plurals.has(s, noun))
            && (noun.saturating_sub(3)..noun)
                .rev()
                .find(|&k| self.lists.group_prepositions.has(s, k))
                .is_some_and(|k| only_spaces(s, k, first))
    }

    /// "against everyone else", "the job of everyone else": "else" after the universal at
    /// word `first`, the object of one of `rest_prepositions`, names the rest of a group set
    /// against someone, no claim about all. As a subject ("Everyone else pays their taxes")
    /// or after a word of comparison ("like everyone else", "than everybody else") it
    /// claims about all.
    pub(super) fn names_the_rest(
        &self,
        s: &SentenceContext<'_>,
        first: usize,
        after: usize,
    ) -> bool {
        s.lower.get(after).is_some_and(|w| w == "else")
            && first > 0
            && self.lists.rest_prepositions.has(s, first - 1)
    }

    /// "those who get none", "voters who never show up", "the orders that never go through": a
    /// universal word within three words after a relative word that follows a plural noun at
    /// once (no comma between) sits in a clause that picks out part of the group; it claims
    /// nothing of all of it. "that" counts only after a plural that a determiner or a
    /// preposition opens ("the study shows that nothing" has no group); "they are people who
    /// never listen" (a form of "be" before the group) and "a president who never" (one
    /// person, described) stay claims.
    pub(super) fn limits_a_group(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let l = &self.lists;
        (first.saturating_sub(3)..first).any(|relative| {
            if relative == 0 || !l.subset_relatives.has(s, relative) {
                return false;
            }
            let head = relative - 1;
            let named = l.subset_heads.has(s, head);
            let plural = named || looks_plural(&s.lower[head]);
            let opened = named
                || s.lower[relative] != "that"
                || (head > 0
                    && l.subset_openers.has(s, head - 1)
                    && only_spaces(s, head - 1, head));
            plural
                && opened
                && only_spaces(s, head, first)
                && !(head.saturating_sub(2)..head).any(|k| l.subset_be.has(s, k))
        })
    }

    /// "A politician who never lies is rare", "if a child who always wins loses once": a
    /// universal word in a relative clause after "a" or "an" and a noun (one or two words may
    /// describe it), the article opening its clause as its subject (at the sentence's start,
    /// or just after a word of `supposed_openers`, no comma between), describes one person
    /// supposed; it claims nothing of anyone. An adverb ("never", "always") must belong to the
    /// relative clause's own verb: only auxiliaries and adverbs stand between them ("a
    /// politician who lies never wins" claims); a "that" just before a universal subject is a
    /// conjunction ("A sign that nothing works"). "He is a mayor who never keeps his word" and
    /// "Stone, a man who has never …" describe someone real, and stay claims.
    pub(super) fn describes_one_supposed(
        &self,
        s: &SentenceContext<'_>,
        first: usize,
        adverb: bool,
    ) -> bool {
        let l = &self.lists;
        let helper = |k: usize| {
            l.present_auxiliaries.has(s, k)
                || l.perfect_auxiliaries.has(s, k)
                || l.past_auxiliaries.has(s, k)
                || l.modals.has(s, k)
                || l.verb_adverbs.has(s, k)
        };
        let Some(relative) = (first.saturating_sub(3)..first)
            .rev()
            .find(|&k| l.subset_relatives.has(s, k))
        else {
            return false;
        };
        let verbs_between = if adverb {
            (relative + 1..first).all(helper)
        } else {
            // "a voter who sees everything": one verb may stand before an object.
            (relative + 1..first).filter(|&k| !helper(k)).count() <= 1
                && !(first == relative + 1 && s.lower[relative] == "that")
        };
        if relative < 2 || !verbs_between || !only_spaces(s, relative, first) {
            return false;
        }
        // The noun and up to two words describing it: "a first-year student who".
        let Some(article) = (relative.saturating_sub(4)..relative - 1)
            .rev()
            .find(|&k| l.supposed_articles.has(s, k))
        else {
            return false;
        };
        let plain_words = (article + 1..relative).all(|k| {
            s.lower[k]
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-')
                && !l.clause_breaks.has(s, k)
                && !l.subset_relatives.has(s, k)
        });
        let subject = article == 0
            || s.starts_clause(article)
            || (l.supposed_openers.has(s, article - 1) && only_spaces(s, article - 1, article));
        plain_words && subject && only_spaces(s, article, relative)
    }

    /// "the only case scheduled for Wednesday", "the sole bill passed this year": a participle
    /// just after "the only" and its noun (one word may describe it) picks the one out by a
    /// checkable record, literal scope ("the only way forward", "the only option left" claim).
    pub(super) fn singles_out_a_record(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        let l = &self.lists;
        // The phrase may hold the noun ("the only one") or end before it ("the only").
        let noun = (after.saturating_sub(1)..=after)
            .find(|&j| j < s.words.len() && !matches!(&*s.lower[j], "only" | "sole"));
        noun.is_some_and(|noun| {
            (noun + 1..s.words.len().min(noun + 3)).any(|k| {
                is_regular_past(&s.lower[k])
                    && only_spaces(s, noun, k)
                    && !(noun..k)
                        .any(|j| l.exclusion_nouns.has(s, j) || is_regular_past(&s.lower[j]))
            })
        })
    }

    /// "the worst instincts of the crowd", "the greatest minds": a ranking whose noun, at word
    /// `after` just after it, is plural picks out the worst or best of a kind; it puts no one
    /// thing above everything ("the worst deal" does).
    pub(super) fn ranks_a_kind(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        after > 0
            && s.lower.get(after).is_some_and(|w| looks_plural(w))
            && only_spaces(s, after - 1, after)
    }

    /// Checks shared by phrases and patterns: a name ("the Never Trump movement"), a hedge
    /// near the words in their clause, a claim the author distances from, a named
    /// speaker's claim reported.
    pub(super) fn outside_authors_voice(
        &self,
        s: &SentenceContext<'_>,
        first: usize,
        after: usize,
    ) -> bool {
        // "their Never Trump tactics": a capital mid-sentence makes the words a name; a
        // word in capitals throughout is shouted ("the heat NEVER works"), not a name.
        (s.is_name(first) && !s.starts_clause(first) && !shouted(s.words[first].text))
            || self.opens_a_title(s, first)
            || self.is_hedged(s, first, after)
            || self.is_distanced(s, first)
            // "UMC Care says none of its clinics…": a named speaker's claim, reported.
            || s.reported_by_name(first, 6)
    }

    /// The first word of the clause holding word `i`: after the last clause mark (`,` `;`
    /// `:` a dash, a bracket or a quote mark) or at the last clause-opening word before it.
    pub(super) fn clause_start(&self, s: &SentenceContext<'_>, i: usize) -> usize {
        self.clause_start_over(s, i, false)
    }

    /// The same, reading over commas when `over_commas` (a negation reaches over a list:
    /// "not X, Y or Z").
    pub(super) fn clause_start_over(
        &self,
        s: &SentenceContext<'_>,
        i: usize,
        over_commas: bool,
    ) -> usize {
        // A match may end the sentence's words: `i` is then one past the last word.
        let i = i.min(s.words.len().saturating_sub(1));
        for j in (0..i).rev() {
            let gap = s.gap_before(j + 1);
            // Most gaps are one space: nothing to look for in them.
            let plain = gap.len() == 1 && gap.as_bytes()[0] == b' ';
            if !plain
                && (gap.contains([';', ':', '—', '–', '(', ')', '"', '“', '”'])
                    || (!over_commas && gap.contains(',')))
            {
                return j + 1;
            }
            // "all but certain": a hedge of two words opens no clause.
            if self.lists.clause_breaks.has(s, j)
                && !(j > 0 && self.lists.hedges.has_pair(s, j - 1))
            {
                return j;
            }
        }
        0
    }

    /// "almost all", "perhaps never", "if everyone", "all but certain": a hedge before word
    /// `first` in its clause, or a hedging adverb set off just before it ("Perhaps, nobody
    /// …"), or one in the three words of the clause after the words ending before `after`
    /// ("nobody probably cares"), or a part of a group before it ("one of the most … in history").
    pub(super) fn is_hedged(&self, s: &SentenceContext<'_>, first: usize, after: usize) -> bool {
        let hedges = &self.lists.hedges;
        // "it hardly seemed fair to trust these obviously biased witnesses": an adverb just
        // after a determiner describes the noun it opens, out of reach of a hedge before it.
        let mut start = if self.opens_a_noun_phrase(s, first) {
            first
        } else {
            self.clause_start(s, first)
        };
        // "one of the cruelest and most brutal episodes in history": "and"/"or" between two
        // superlatives joins them in one noun phrase, the part of a group before it still ranks.
        while start > 0
            && start + 1 < first
            && self.lists.coordinators.has(s, start)
            && only_spaces(s, start - 1, start + 1)
            && self.is_superlative(s, start - 1)
            && self.is_superlative(s, start + 1)
        {
            start = self.clause_start(s, start);
        }
        let end = self.clause_end(s, after).min(after + 3);
        (start..first).any(|j| {
            hedges.has(s, j)
                || (j + 1 < first && hedges.has_pair(s, j))
                || (self.lists.partitives.has(s, j)
                    && s.lower.get(j + 1).is_some_and(|w| w == "of"))
        }) || (start > 0 && hedges.has(s, start - 1))
            || self.follows_a_set_off_hedge(s, start)
            || (after..end).any(|k| hedges.has(s, k))
            || self.in_condition(s, first)
    }

    /// "by and large, no one wants", "for the most part, everyone agreed": a hedge of several
    /// words set off by a comma just before the clause that starts at word `start`.
    pub(super) fn follows_a_set_off_hedge(&self, s: &SentenceContext<'_>, start: usize) -> bool {
        if start < 2 || !s.gap_before(start).contains(',') {
            return false;
        }
        self.lists.set_off_hedges.has_phrase_ending(s, start)
    }

    /// "if the backlog persists and sign-ups never rise", "unless you see it as nothing more
    /// than a game": a condition reaches over "and", "or" and "as" up to its comma, so a universal inside it is only supposed (within fifteen words).
    /// Another clause-opening word ends it ("if only because he is obviously right").
    pub(super) fn in_condition(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let l = &self.lists;
        for j in (first.saturating_sub(15)..first).rev() {
            let gap = s.gap_before(j + 1);
            if gap.contains(crate::detector::context::CLAUSE_MARKS)
                || gap.as_bytes().windows(2).any(|w| w == b"--")
            {
                return false;
            }
            if l.conditionals.has(s, j) {
                return true;
            }
            if l.clause_breaks.has(s, j) && !l.condition_joins.has(s, j) {
                return false;
            }
        }
        false
    }

    /// Whether word `first` is an adverb in "-ly" just after a determiner: "these *obviously*
    /// biased witnesses", "a *solely* political motive".
    pub(super) fn opens_a_noun_phrase(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        first > 0
            && s.lower[first].ends_with("ly")
            && self.lists.determiners.has(s, first - 1)
            && only_spaces(s, first - 1, first)
    }

    /// "Of course, the plan won't fix every problem", "to be sure, not all of it is new": a
    /// concessive booster set off by a comma, whose clause then denies a universal, concedes
    /// a limit; it vouches for nothing whole.
    pub(super) fn concedes_a_limit(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        let l = &self.lists;
        if after == 0 || after >= s.words.len() || !s.gap_before(after).contains(',') {
            return false;
        }
        let end = self.clause_end(s, after);
        (after..end).any(|j| {
            (l.negations.has(s, j) || s.lower[j].ends_with("n't"))
                && (j + 1..end.min(j + 4)).any(|k| l.limited_universals.has(s, k))
        })
    }

    /// "not always", "it is not true that everyone": a negation before word `first` in its
    /// clause (over commas: "not X, Y or all"; not out of a clause opening the sentence). Over "that" it reaches only through a word of truth or saying: "he doesn't
    /// know that everyone …" still claims about everyone.
    pub(super) fn is_negated(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let l = &self.lists;
        let mut start = self.clause_start_over(s, first, true);
        // "not X, Y or Z": the negation reaches over a list's "or", and once past it over an
        // "and" inside an earlier item ("not tax cuts, judges and justices, or a defense second
        // to none"); an "and" with no "or" after it still starts a clause of its own.
        // (Not past a mark before it: "; or" ends the clause there.)
        let mut past_or = false;
        while start > 0 && (s.lower[start] == "or" || (past_or && s.lower[start] == "and")) {
            past_or = true;
            let before = self.clause_start_over(s, start, true);
            if before == start {
                break;
            }
            start = before;
        }
        // "If we don't act now, we never will": a clause that opens the sentence ends at its
        // comma, and its negation stays in it.
        // So does a subordinate clause further on: "because he is not a Democrat, it is nothing
        // more than an appeal" ("and", "or", "but" join, and a list's negation reaches over them).
        if l.clause_breaks.has(s, start) && (start == 0 || !l.coordinators.has(s, start)) {
            let comma_before = |k: usize| s.gap_before(k).contains(',');
            start = (start + 1..first)
                .rev()
                .find(|&k| comma_before(k))
                .unwrap_or(start);
        }
        // "there is no guarantee that it lasts forever": "no" before a word of certainty and
        // "that" denies the certainty of what follows.
        let denies_certainty = |j: usize| {
            s.lower[j] == "no"
                && l.certainty_nouns.has(s, j + 1)
                && s.lower.get(j + 2).is_some_and(|w| w == "that")
        };
        // "there's no guarantee that the mayor and her aides will stay forever": the denial
        // reaches over "and"/"or" to the end of its run of words (no mark between), not
        // over a turn ("but", "yet") nor into a new clause that "and"/"or" opens with a
        // pronoun or with the universal itself ("…that it works and everyone knows…").
        let new_clause = |k: usize| {
            l.concession_turns.has(s, k)
                || l.coordinators.has(s, k) && (k + 1 == first || l.ability_subjects.has(s, k + 1))
        };
        let run = (0..first)
            .rev()
            .find(|&k| !only_spaces(s, k, k + 1) || new_clause(k))
            .map_or(0, |k| k + 1);
        if (run..start).any(denies_certainty) {
            return true;
        }
        (start..first).any(|j| {
            (l.negations.has(s, j) || s.lower[j].ends_with("n't") || denies_certainty(j))
                && !(j + 1..first).any(|k| {
                    s.lower[k] == "that"
                        && k - 1 != j
                        && !l.truth_words.has(s, k - 1)
                        && !(k == j + 2 && denies_certainty(j))
                })
        })
    }

    /// "all 50 states", "every three years", "all three defendants", "none of the 20
    /// candidates": a count after the words, maybe past "of" and a determiner.
    pub(super) fn is_literal_scope(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        let l = &self.lists;
        let mut k = after;
        while k < after + 2 && k < s.words.len() && l.group_determiners.has(s, k) {
            k += 1;
        }
        // "no one other than the mayor" names an exception, no count.
        let other_than = s.lower[k..].starts_with(&["other".into(), "than".into()]);
        s.words
            .get(k)
            .is_some_and(|w| w.is_number() || l.number_words.has(s, k))
            && !other_than
    }

    /// "$9,000 for every pupil", "three applicants for every job": a universal after a
    /// preposition of ratio, with a quantity in the four words before it in its clause,
    /// divides; it claims nothing of the group ("he has blamed them for 20 years for every
    /// failure" counts years, no quantity divided).
    pub(super) fn is_ratio(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let l = &self.lists;
        if first == 0 || !l.ratio_prepositions.has(s, first - 1) {
            return false;
        }
        let start = self.clause_start(s, first).max(first.saturating_sub(5));
        // A span of time is no quantity divided: "for 20 years".
        (start..first - 1).any(|k| {
            (s.words[k].is_number() || l.number_words.has(s, k)) && !l.bounding_words.has(s, k + 1)
        })
    }

    /// "Every citizen must register", "open to anyone who": a rule's scope, in the clause.
    pub(super) fn is_rule(&self, s: &SentenceContext<'_>, start: usize, after: usize) -> bool {
        let end = self.clause_end(s, after);
        (start..end).any(|k| self.lists.rule_words.has(s, k))
    }

    /// "He wants to give everyone free care", "to make sure everyone gets a fair shot": a
    /// verb of aim before the universal in its clause sets out what someone wants or works
    /// for, the scope of an aim, not a claim that it already holds of everyone. A "that" on
    /// the way opens a clause of its own ("a wall that everyone knows is useless"), unless it
    /// follows the verb ("ensure that every child …").
    pub(super) fn is_aim(&self, s: &SentenceContext<'_>, start: usize, first: usize) -> bool {
        let aims = &self.lists.aim_words;
        (start..first).any(|j| {
            let verb_end = if j + 1 < first && aims.has_pair(s, j) {
                j + 2
            } else if aims.has(s, j) {
                j + 1
            } else {
                return false;
            };
            !(verb_end + 1..first).any(|k| s.lower[k] == "that")
        })
    }

    /// "he beds everyone he can", "every vote they can get", "all the help we could find":
    /// a subject and "can" or "could" just after the universal (one or two words of its noun
    /// between) bound it to as many as someone is able to reach; it claims nothing of all.
    pub(super) fn is_limited_by_ability(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        let l = &self.lists;
        (after..s.words.len().min(after + 3)).any(|k| {
            l.ability_subjects.has(s, k)
                && l.ability_modals.has(s, k + 1)
                && k > 0
                && only_spaces(s, after.max(1) - 1, k + 1)
        })
    }

    /// "the “Never Trump” movement", "the Nobody Left Behind fund": a capitalised universal
    /// word after the sentence's first word, followed at once by another capitalised word
    /// ("I" aside), opens a name or a title; it claims nothing.
    pub(super) fn opens_a_title(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        first > 0
            && first + 1 < s.words.len()
            && s.words[first].is_capitalized()
            && s.words[first + 1].is_capitalized()
            && s.lower[first + 1] != "i"
            && only_spaces(s, first, first + 1)
    }

    /// One past the last word of the clause that goes on at word `i`.
    pub(super) fn clause_end(&self, s: &SentenceContext<'_>, i: usize) -> usize {
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
    pub(super) fn is_historical(
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
            // "accomplished nothing": a regular past before the words counts as one; after
            // "the" it is a noun ("the left never", "the accused always"), no verb.
            let past = (l.past_tense.has(s, j) || is_regular_past(&s.lower[j])) && !after_the(s, j);
            if past && j > 0 && l.perfect_auxiliaries.has(s, j - 1) {
                return false;
            }
            if l.past_auxiliaries.has(s, j) || past {
                return !self.has_ever(s, after);
            }
            // "it has never been used", "the rule has always been enforced": a passive of the
            // present perfect records what was (not) done so far ("has never been more", "has
            // never been about", "has never ever been" stay claims).
            if l.perfect_auxiliaries.has(s, j) {
                return adverb && self.is_passive_record(s, after);
            }
            if l.modals.has(s, j) || l.present_auxiliaries.has(s, j) {
                return false;
            }
            break;
        }
        // "none of the Gulf States signed": a determiner's noun may take a few words.
        for k in after..s.words.len().min(after + 6) {
            if s.lower[k] == "ever" {
                return false;
            }
            // A second clause joined on before any verb: "offended by everything and learn
            // to put …" has no verb of the past ("none of those who signed" still has one).
            if l.coordinators.has(s, k) {
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
            // "no one has mentioned it": a record; "nobody has ever", "has been more": claims;
            // so is "nobody has the courage", where "has" is the verb itself, in the present.
            if l.perfect_auxiliaries.has(s, k) && !adverb {
                return self.is_perfect_participle_next(s, k + 1)
                    && !self.has_ever(s, k + 1)
                    && !self.is_comparison(s, k + 1);
            }
            if adverb || l.modals.has(s, k) || l.present_verbs.has(s, k) {
                return false;
            }
        }
        false
    }

    /// "Never before had a candidate so bluntly attacked another": an opening "never before"
    /// with its auxiliary put first (inversion) measures the event against all earlier
    /// history, a claim in any tense; "he had never before seen snow" records one fact.
    pub(super) fn inverts_after(
        &self,
        s: &SentenceContext<'_>,
        phrase: &str,
        start: usize,
        first: usize,
        after: usize,
    ) -> bool {
        let l = &self.lists;
        l.inverting_universals.contains(phrase)
            && first == start
            && after < s.words.len()
            && only_spaces(s, first, after)
            && (l.past_auxiliaries.has(s, after)
                || l.past_be.has(s, after)
                || l.perfect_auxiliaries.has(s, after)
                || l.present_auxiliaries.has(s, after))
    }

    /// "it was certainly one way to do it", "there are certainly some good ideas": a booster
    /// that vouches for a part of a group, within four words of its clause, concedes a modest
    /// point and claims nothing whole.
    pub(super) fn vouches_for_a_part(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        let l = &self.lists;
        for k in after..s.words.len().min(after + 4) {
            if l.partitives.has(s, k) {
                return true;
            }
            if l.clause_breaks.has(s, k) || (k > after && !only_spaces(s, k - 1, k)) {
                return false;
            }
        }
        false
    }

    /// "lacked any insurance whatsoever", "had no money at all", "was built without any
    /// permit at all": a negation just after a verb in the past states a plain fact of the
    /// past, as a historical "never" does.
    pub(super) fn negates_in_past(&self, s: &SentenceContext<'_>, negator: usize) -> bool {
        (0..negator)
            .rev()
            .find(|&k| !self.lists.verb_adverbs.has(s, k))
            .is_some_and(|k| self.is_past_verb(s, k))
    }

    /// Whether word `k` is a verb in the past: "had", "lacked", "was".
    pub(super) fn is_past_verb(&self, s: &SentenceContext<'_>, k: usize) -> bool {
        let l = &self.lists;
        l.past_tense.has(s, k) || l.past_auxiliaries.has(s, k) || is_regular_past(&s.lower[k])
    }

    /// "Neal was the only member to object": a form of "be" in the past just before the
    /// words (adverbs aside), a plain fact of the past.
    pub(super) fn follows_past_be(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let l = &self.lists;
        (0..first)
            .rev()
            .find(|&k| !l.verb_adverbs.has(s, k))
            .is_some_and(|k| l.past_be.has(s, k))
    }

    /// Whether the first word from `from` on that is no adverb is a participle: "was never
    /// (formally) charged", not "was never about", "was always dishonest".
    pub(super) fn is_participle_next(&self, s: &SentenceContext<'_>, from: usize) -> bool {
        let l = &self.lists;
        (from..s.words.len())
            .find(|&k| !l.verb_adverbs.has(s, k))
            .is_some_and(|k| {
                l.past_tense.has(s, k) || is_regular_past(&s.lower[k]) || l.past_states.has(s, k)
            })
    }

    /// Whether the first word from `from` on that is no adverb is a participle or "been":
    /// "has (since, always) mentioned", "has been", not "has the courage". An auxiliary that
    /// ends its clause stands for a participle left out: "as every past mayor has."
    pub(super) fn is_perfect_participle_next(&self, s: &SentenceContext<'_>, from: usize) -> bool {
        if from == 0 || from >= s.words.len() || self.clause_end(s, from - 1) == from {
            return true;
        }
        // "has been arrested", "has been campaigning" record what was done; "has been a
        // failure", "has been corrupt" pass a verdict on what it is.
        (from..s.words.len())
            .find(|&k| {
                !(self.lists.verb_adverbs.has(s, k)
                    || matches!(&*s.lower[k], "always" | "never" | "ever"))
            })
            .is_some_and(|k| {
                if s.lower[k] == "been" {
                    !s.lower
                        .get(k + 1)
                        .is_some_and(|w| matches!(&**w, "a" | "an") || self.verdicts.has(s, k + 1))
                } else {
                    self.is_past_verb(s, k)
                }
            })
    }

    /// Whether "been" and a participle follow at word `from`, adverbs aside: "(has never)
    /// been formally charged", not "been more divided", "been so divided", "been about",
    /// "been ever".
    pub(super) fn is_passive_record(&self, s: &SentenceContext<'_>, from: usize) -> bool {
        s.lower.get(from).is_some_and(|w| w == "been")
            && !self.lists.degree_words.has(s, from + 1)
            && !self.has_ever(s, from + 1)
            && !self.is_comparison(s, from)
            && self.is_participle_next(s, from + 1)
    }

    /// Whether "been" and a comparative follow: "nothing has been more damaging".
    pub(super) fn is_comparison(&self, s: &SentenceContext<'_>, from: usize) -> bool {
        s.lower.get(from).is_some_and(|w| w == "been") && self.lists.comparatives.has(s, from + 1)
    }

    /// Whether "ever" follows within two words: "none of them was ever".
    pub(super) fn has_ever(&self, s: &SentenceContext<'_>, from: usize) -> bool {
        (from..s.words.len().min(from + 2)).any(|k| s.lower[k] == "ever")
    }

    /// "they never would have", "it need never have begun", "no one could have known": a
    /// modal of the unreal with "have" speaks of a past that did not happen.
    pub(super) fn is_counterfactual(
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
    pub(super) fn is_own_attitude(
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
    pub(super) fn is_set_off(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        i == 0 || s.starts_clause(i) || s.gap_before(i).contains([',', ';', '–'])
    }

    /// "the worst friction since the Cold War", "every president over the past 20 years",
    /// "the highest in decades": a span of time named in the clause after the words bounds
    /// the claim to it.
    pub(super) fn is_bounded(&self, s: &SentenceContext<'_>, after: usize) -> bool {
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
    pub(super) fn is_reported(
        &self,
        s: &SentenceContext<'_>,
        tail: &SentenceTail,
        first: usize,
        after: usize,
    ) -> bool {
        let l = &self.lists;
        let reach = first.saturating_sub(REPORTING_REACH);
        let mut start = self.report_start(s, first, true, reach);
        // "Though the mayor said it was routine, it will inevitably …": a report inside a
        // subordinate clause ends with it; the claim after its comma is the author's.
        if l.subordinators.has(s, start) {
            start = start.max(self.report_start(s, first, false, reach));
        }
        // "According to the minister,": a capital mid-sentence is a name ("Said"), at the
        // start of a clause the verb itself, unless it is a participle opening the sentence
        // ("Stressed by deadlines, reporters never …" reports no one).
        let before = (start..first).any(|j| {
            (l.reporting_verbs.has(s, j)
                && (!s.words[j].is_capitalized()
                    || (s.starts_clause(j) && !is_regular_past(&s.lower[j])))
                && !(j > 0 && l.impersonal_be.has(s, j - 1))
                && !self.is_aside_or_act(s, j))
                || self.sets_out_a_report(s, j, first)
                || self.gives_a_point_of_view(s, j)
        });
        // ", said Fox", ", the mayor argued": the verb within three words of a comma after
        // the claim. Past its first two words the sentence's last such verb decides.
        let close = (after + 1..s.words.len().min(after + 3))
            .any(|k| self.reported_after_comma(s, after, k));
        before || close || tail.reported_after_comma.is_some_and(|k| k >= after + 3)
    }

    /// Where the words reported around word `first` may start, not before `reach`: the
    /// clause's start, read over a relative clause not set off by a comma, which belongs to
    /// the words reported ("he says there is one kind of person who definitely benefits";
    /// "…, which is never true" is the author's comment on them), and over "and" or "or" with
    /// no comma between the words before it and the claim, which join a second part on to them
    /// ("she said taxes would rise and nothing would change"; "…, and everyone knows it" and
    /// "said it, to cheers there and undoubtedly everywhere" are the author's).
    fn report_start(
        &self,
        s: &SentenceContext<'_>,
        first: usize,
        over_commas: bool,
        reach: usize,
    ) -> usize {
        let l = &self.lists;
        let mut start = self.clause_start_over(s, first, over_commas);
        while start > reach {
            let before = if l.one_relatives.has(s, start)
                && (only_spaces(s, start - 1, start) || self.is_inserted_relative(s, start, first))
            {
                self.clause_start_over(s, start, over_commas)
            } else if l.report_joins.has(s, start) && only_spaces(s, start - 1, first) {
                // No comma on either side of the join: one run of reported words.
                self.clause_start_over(s, start, false)
            } else {
                break;
            };
            // A clause that starts where it stands goes back no further (a loop that made
            // no step would never end).
            if before >= start {
                break;
            }
            start = before;
        }
        start.max(reach)
    }

    /// "She said the mayor, who runs the city, would never resign": a relative clause set off
    /// by commas on both sides (opening at word `rel`, a word of it before any comma) and
    /// closed before the universal at word `first`, the reported clause going on after it
    /// with its verb (an auxiliary, a modal, a verb of the past) or with the universal
    /// itself. The clause is an aside inside the words reported; "…, which, frankly, is never
    /// true" and "…, which will never happen" (not closed before the universal) are the
    /// author's comments.
    fn is_inserted_relative(&self, s: &SentenceContext<'_>, rel: usize, first: usize) -> bool {
        let l = &self.lists;
        let comma_before = |k: usize| s.gap_before(k).contains(',');
        if rel == 0 || !comma_before(rel) || rel + 2 > first || !only_spaces(s, rel, rel + 1) {
            return false;
        }
        // The comma that closes it: the last one before the universal.
        let Some(close) = (rel + 2..=first).rev().find(|&k| comma_before(k)) else {
            return false;
        };
        (close..first).all(|k| !l.clause_breaks.has(s, k))
            && (close == first
                || l.modals.has(s, close)
                || l.present_auxiliaries.has(s, close)
                || l.perfect_auxiliaries.has(s, close)
                || l.past_auxiliaries.has(s, close)
                || l.past_tense.has(s, close))
    }

    /// Whether the verb of saying at word `j` reports no one: the author's own aside ("needless
    /// to say", "I must say", "let me tell you", "to tell the truth,", "truth be told,"), an
    /// imperative opening the sentence ("Say what you will,"), or saying as an act chosen
    /// ("preferred to say nothing").
    pub(super) fn is_aside_or_act(&self, s: &SentenceContext<'_>, j: usize) -> bool {
        let l = &self.lists;
        if j == 0 {
            return l.imperative_saying.has(s, 0);
        }
        let mark = j - 1;
        if s.lower[mark] == "to"
            && mark > 0
            && (l.aside_openers.has(s, mark - 1) || l.choosing_verbs.has(s, mark - 1))
        {
            return true;
        }
        // A first-person speaker, a few helpers between: "I have to say", "let me tell you".
        let speaker = (j.saturating_sub(4)..j)
            .rev()
            .find(|&k| !l.aside_helpers.has(s, k) || !only_spaces(s, k, k + 1));
        if speaker.is_some_and(|k| {
            (l.aside_speakers.has(s, k) || l.first_person.has(s, k)) && only_spaces(s, k, j)
        }) {
            return true;
        }
        // "To tell the truth, …", "truth be told, …": an infinitive or "be" opening its clause
        // (two words may stand before it) and a comma within four words after the verb.
        let opens = |m: usize| m == 0 || s.starts_clause(m) || s.gap_before(m).contains([',', ';']);
        let set_off = (j + 1..s.words.len().min(j + 5)).any(|k| s.gap_before(k).contains(','));
        (l.aside_marks.has(s, mark) && (mark.saturating_sub(2)..=mark).any(opens) && set_off)
            || (s.starts_clause(j) && l.imperative_saying.has(s, j))
    }

    /// "a promise to the base that …", "the myth that …": word `j` is "that" after a noun of
    /// saying or believing within four words, and the clause it opens sets out that claim,
    /// which holds the absolute word `first`. When the noun opens its clause, the claim is
    /// the subject and the verdict after it is the author's: the claim is taken to end at its
    /// first auxiliary ("The myth that nobody pays tax here is easy to refute": reported;
    /// "The idea that taxes fund schools is obviously wrong": the author's).
    pub(super) fn sets_out_a_report(
        &self,
        s: &SentenceContext<'_>,
        j: usize,
        first: usize,
    ) -> bool {
        let l = &self.lists;
        s.lower[j] == "that"
            && (j.saturating_sub(4)..j).any(|k| {
                let subject = (k.saturating_sub(2)..=k).any(|m| s.starts_clause(m));
                l.report_nouns.has(s, k)
                    && (!subject
                        || !(j + 1..first).any(|m| {
                            l.present_auxiliaries.has(s, m)
                                || l.past_auxiliaries.has(s, m)
                                || l.perfect_auxiliaries.has(s, m)
                                || l.modals.has(s, m)
                        }))
            })
    }

    /// "in Trump's mind", "in their eyes", "in the eyes of his voters": at word `j` a point
    /// of view is given to someone else ("in my view" is the author's own).
    pub(super) fn gives_a_point_of_view(&self, s: &SentenceContext<'_>, j: usize) -> bool {
        let l = &self.lists;
        if s.lower[j] != "in" || j + 2 >= s.words.len() {
            return false;
        }
        // "in the mayor's mind": a name's possessive may follow "the".
        let the = s.lower[j + 1] == "the";
        let owner = if the { j + 2 } else { j + 1 };
        let noun = owner + 1;
        let possessive = |k: usize| {
            l.others_possessives.has(s, k) || crate::detector::is_possessive_form(&s.lower[k])
        };
        (l.viewpoint_nouns.has(s, noun) && owner < s.words.len() && possessive(owner))
            // "in the eyes of his voters"
            || (the
                && l.viewpoint_nouns.has(s, j + 2)
                && s.lower.get(j + 3).is_some_and(|w| w == "of"))
    }

    /// "he categorically denied it", "she flatly rejected the offer": a totality adverb just
    /// before a verb of speech (word `after`) tells how someone spoke ("God clearly condemns
    /// it", a booster of the author's certainty, stays a claim).
    /// A second adverb may be joined on: "he categorically and unequivocally denied it".
    pub(super) fn describes_speech(&self, s: &SentenceContext<'_>, after: usize) -> bool {
        if after == 0 || !self.totality.has(s, after - 1) {
            return false;
        }
        let joined = s.lower.get(after).is_some_and(|w| w == "and")
            && s.lower.get(after + 1).is_some_and(|w| w.ends_with("ly"))
            // A verb must follow the two adverbs ("denied it categorically and unequivocally."
            // ends the sentence: nothing to join).
            && after + 2 < s.lower.len()
            && only_spaces(s, after - 1, after + 2);
        self.lists
            .speech_acts
            .has(s, if joined { after + 2 } else { after })
    }

    /// "She made it crystal clear that she would veto it": words ending in "clear" (word
    /// `after - 1`) after "make it" said of a person by a pronoun tell how plainly someone
    /// stated a thing, not how certain it is ("it is crystal clear that the plan failed",
    /// "the voters made it abundantly clear", a reading of the vote, and "the science is
    /// crystal clear about the cause", the author's certainty, stay boosters).
    pub(super) fn states_plainly(
        &self,
        s: &SentenceContext<'_>,
        first: usize,
        after: usize,
    ) -> bool {
        let l = &self.lists;
        if after == 0 || s.lower[after - 1] != "clear" {
            return false;
        }
        let verb = if first > 1 && s.lower[first - 1] == "it" {
            first - 2
        } else if first > 0 {
            first - 1
        } else {
            return false;
        };
        // The speaker just before the verb, or before one auxiliary: "he has made it clear".
        let speaker = |k: usize| l.stating_subjects.has(s, k);
        l.stating_verbs.has(s, verb)
            && verb > 0
            && (speaker(verb - 1)
                || (verb > 1
                    && (l.perfect_auxiliaries.has(s, verb - 1)
                        || l.past_auxiliaries.has(s, verb - 1))
                    && speaker(verb - 2)))
    }

    /// "To put it plainly, the plan failed", "let me say it clearly", "put bluntly": an adverb
    /// right after a verb of saying, or after the verb and its object, tells how the writer
    /// speaks; it vouches for no claim ("the figures show clearly" stays a booster).
    pub(super) fn tells_manner_of_saying(
        &self,
        s: &SentenceContext<'_>,
        phrase: &str,
        first: usize,
    ) -> bool {
        let l = &self.lists;
        if !phrase.ends_with("ly") || phrase.contains(' ') || first == 0 {
            return false;
        }
        let verb = if l.manner_objects.has(s, first - 1) {
            first.checked_sub(2)
        } else {
            Some(first - 1)
        };
        verb.is_some_and(|v| l.manner_verbs.has(s, v) && only_spaces(s, v, first))
    }

    /// Whether word `k` is a verb of saying within three words of a comma, the comma not
    /// before word `from`.
    pub(super) fn reported_after_comma(
        &self,
        s: &SentenceContext<'_>,
        from: usize,
        k: usize,
    ) -> bool {
        let comma_before = |k: usize| s.gap_before(k).contains(',');
        self.lists.reporting_verbs.has(s, k)
            && (k.saturating_sub(2).max(from).max(1)..=k).any(comma_before)
            && !self.is_aside_or_act(s, k)
    }

    /// What the voice checks read from the end of a sentence, found once per sentence: a
    /// run-on "sentence" of a scraped page can hold thousands of candidates.
    pub(super) fn sentence_tail(&self, s: &SentenceContext<'_>) -> SentenceTail {
        let last = |test: &dyn Fn(usize) -> bool| (0..s.words.len()).rev().find(|&k| test(k));
        SentenceTail {
            reported_after_comma: last(&|k| self.reported_after_comma(s, 0, k)),
            last_concession_turn: last(&|k| self.lists.concession_turns.has(s, k)),
        }
    }

    /// "Nobody knows yet whether", "no one can say how", "it is impossible to know what":
    /// uncertainty stated, not a claim.
    pub(super) fn states_uncertainty(
        &self,
        s: &SentenceContext<'_>,
        phrase: &str,
        after: usize,
    ) -> bool {
        let l = &self.lists;
        if l.unknowables.contains(phrase) {
            // "impossible to know what", "there is no way to tell whether".
            let verb = after + 1;
            return s.lower.get(after).is_some_and(|w| w == "to")
                && l.knowing_verbs.has(s, verb)
                && (verb + 1..s.words.len().min(verb + 6)).any(|k| l.open_questions.has(s, k));
        }
        if !matches!(phrase, "no one" | "nobody" | "no-one") {
            return false;
        }
        let end = s.words.len().min(after + 5);
        let Some(verb) = (after..end).find(|&k| l.knowing_verbs.has(s, k)) else {
            return false;
        };
        (verb + 1..s.words.len().min(verb + 6)).any(|k| l.open_questions.has(s, k))
            && (after..verb)
                .all(|k| l.modals.has(s, k) || l.verb_adverbs.has(s, k) || s.lower[k] == "be")
    }

    /// Whether the author reports the claim at a distance: "critics who claim that …",
    /// "they insist there is no …", "he claims to know everything" (the verb followed by
    /// "that", by "to" and the claim, or by the claim itself; "the claim is false" is a noun).
    pub(super) fn is_distanced(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        // Within a sentence's reach, not back to its start: a run-on "sentence" of a
        // scraped page can hold thousands of candidates.
        for j in (first.saturating_sub(DISTANCING_REACH)..first).rev() {
            if self.lists.concession_turns.has(s, j) {
                return false;
            }
            // "who claims to know everything": the claim is the verb after "to".
            let infinitive = s.lower[j + 1] == "to" && j + 4 >= first;
            if self.lists.distancing_verbs.has(s, j)
                && (j + 1 == first || s.lower[j + 1] == "that" || infinitive)
            {
                return true;
            }
        }
        false
    }
}

/// Whether word `after` (just after "only by") is a means in "-ing" ("only by *cutting*
/// spending"), the course of action an exclusive condition names; a noun there is the
/// agent of a passive ("surpassed only by Norway") or a margin ("only by two points").
fn names_a_means(s: &SentenceContext<'_>, after: usize) -> bool {
    s.lower
        .get(after)
        .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
}

/// Whether `word` is written in capitals throughout, two letters or more ("NEVER", "ALL"):
/// emphasis, as a writer shouts a word.
fn shouted(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Whether word `k` comes right after "the": a past form there is a noun ("the left", "the
/// accused", "the wounded"), not a verb of the past.
fn after_the(s: &SentenceContext<'_>, k: usize) -> bool {
    k > 0 && s.lower[k - 1] == "the"
}
