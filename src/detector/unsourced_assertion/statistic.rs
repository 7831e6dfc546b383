//! Unsourced statistics, and whether a sentence names where its claim comes from: the figure
//! pattern of [`super::UnsourcedAssertion`] and the test for a source named in the sentence.

use super::*;
use regex_automata::meta;

/// `words` as alternatives of a regular expression, a space matching any white space, in
/// ASCII lower case (the pattern is matched against lower-cased text).
fn alternatives(words: &[String]) -> String {
    let mut sorted: Vec<&String> = words.iter().collect();
    // Longest first, so "two thirds" is tried before "two".
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let escaped: Vec<String> = sorted
        .iter()
        .map(|w| regex::escape(&w.to_ascii_lowercase()).replace(' ', r"\s+"))
        .collect();
    format!("(?:{})", escaped.join("|"))
}

/// The statistic pattern's text: a percentage, a sum of money, a number of people or things
/// counted in `nouns` (in digits, or spelled with one of `tens`: "eighty-seven firms"),
/// "one in ten" of them or a share of them. ASCII word boundaries (white
/// space stays Unicode, for no-break spaces): about half the compile time of the Unicode
/// pattern, which was the longest step of start-up. The pattern is matched against the
/// sentence in ASCII lower case (every byte at its place), which
/// finds what ASCII case-insensitivity would in the sentence as written, with half the
/// compile time again (a letter is one byte, not a class of two).
///
/// Two kinds of figure name no noun: an estimate of a bare number with a scale, closing its
/// clause ("the workforce is *roughly 152 million*,"), and a count of people with a scale,
/// named by a word ending like a people's name ("*12 million Syrians*"; the caller checks
/// its capital).
/// `list` gives the lexicon's word lists by name.
pub(super) fn statistic_pattern(list: &dyn Fn(&str) -> Vec<String>) -> Option<String> {
    let (nouns, counts, scales) = (
        list("statistic_nouns"),
        list("count_words"),
        list("scale_words"),
    );
    let (percents, shares, share_verbs, tens) = (
        list("percent_words"),
        list("share_phrases"),
        list("share_verbs"),
        list("tens_words"),
    );
    let (approximators, people_endings) = (list("approximators"), list("people_name_endings"));
    if nouns.is_empty() || scales.is_empty() || counts.is_empty() {
        return None;
    }
    let number = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
    let (nouns, counts, scales) = (
        alternatives(&nouns),
        alternatives(&counts),
        alternatives(&scales),
    );
    // "ninety", "eighty-seven": a spelled count past ten, a figure like one in digits, with
    // or without a scale ("twenty million"); a count up to ten only with one ("three million").
    let spelled = if tens.is_empty() {
        format!(r"{counts}\s+{scales}")
    } else {
        let tens = alternatives(&tens);
        format!(r"{counts}\s+{scales}|{tens}(?:-{counts})?(?:\s+{scales})?")
    };
    // An adjective may stand before the noun: "3,000 undocumented immigrants".
    let modifier = r"(?:[a-z-]+\s+)?";
    let mut branches = Vec::new();
    if !percents.is_empty() {
        let percents = alternatives(&percents);
        branches.push(format!(r"\b{number}\s*(?:%|{percents}\b)"));
    }
    branches.extend([
        format!(r"(?u:[$£€])\s?{number}(?:\s*{scales}\b)?"),
        format!(r"\b(?:{number}(?:\s+{scales})?|{spelled})\s+{modifier}{nouns}\b"),
        // "one in ten adults", "eight in ten voters", "3 in 4 renters".
        format!(r"\b(?:one|{counts}|\d+)\s+in\s+(?:{counts}|\d+)\s+{modifier}{nouns}\b"),
        // A count out of a total: "three out of four".
        format!(r"\b(?:{number}|{counts})\s+out\s+of\s+(?:every\s+)?(?:{number}|{counts})\b"),
    ]);
    let (superlatives, spans) = (list("record_superlatives"), list("record_spans"));
    if !superlatives.is_empty() && !spans.is_empty() {
        // "the lowest in 33 years", "the highest level since 1968", "the fewest in nearly a
        // century": a level measured against a record of years, a figure without its number.
        let (superlatives, spans) = (alternatives(&superlatives), alternatives(&spans));
        // Tens spelled out count too ("in forty years"), when the lexicon lists them.
        let tens = if tens.is_empty() {
            String::new()
        } else {
            format!("|{}", alternatives(&tens))
        };
        branches.push(format!(
            r"\b{superlatives}\s+(?:[a-z-]+\s+){{0,3}}?(?:in|for)\s+(?:(?:more\s+than|nearly|almost|over|about|at\s+least)\s+)?(?:{number}|{counts}{tens}|a|half\s+a)\s+{spans}\b|\b{superlatives}\s+(?:[a-z-]+\s+){{0,3}}?since\s+(?:19|20)\d\d\b"
        ));
    }
    if !approximators.is_empty() {
        // "roughly 152 million," "an estimated 3 million.": the figure closes its clause.
        let approximators = alternatives(&approximators);
        branches.push(format!(
            r"\b{approximators}\s+(?:{number}|{counts})\s+{scales}(?:\s*[,.;:!?)]|$)"
        ));
    }
    if !people_endings.is_empty() {
        // "12 million Syrians": a people's name (its capital checked after), with a scale
        // ("1 Corinthians" is a book, "13 Russians" the accused of one case).
        let endings = alternatives(&people_endings);
        branches.push(format!(
            r"\b(?:{number}|{counts})\s+{scales}\s+[a-z]+{endings}\b"
        ));
    }
    if !shares.is_empty() {
        let shares = alternatives(&shares);
        branches.push(format!(
            r"\b{shares}\s+(?:of\s+(?:all\s+)?{modifier}{nouns}\b|of\s+(?:them|those|these|us)\b)"
        ));
        // "a majority say", "two-thirds oppose": the share's people left unsaid.
        if !share_verbs.is_empty() {
            let verbs = alternatives(&share_verbs);
            branches.push(format!(r"\b{shares}\s+{verbs}\b"));
        }
    }
    let (multipliers, multiplied, ratio_comparatives) = (
        list("multipliers"),
        list("multiplied_comparisons"),
        list("ratio_comparatives"),
    );
    if !multipliers.is_empty() && !multiplied.is_empty() && !ratio_comparatives.is_empty() {
        // "twice as likely", "four times more immigrants", "three times higher than": a
        // ratio stated as fact (a comparative with "than" or a plural after it, not "called
        // four times more before").
        let (multipliers, multiplied, ratio_comparatives) = (
            alternatives(&multipliers),
            alternatives(&multiplied),
            alternatives(&ratio_comparatives),
        );
        branches.push(format!(
            r"\b(?:(?:{number}|{counts})\s+times|{multipliers})\s+(?:{multiplied}\b|{ratio_comparatives}\s+(?:than\b|[a-z-]+\s+than\b|[a-z-]+s\b))"
        ));
    }
    let (comparatives, totals) = (list("comparatives"), list("total_words"));
    if !comparatives.is_empty() && !totals.is_empty() {
        // "more carbon than America and Europe combined": an amount compared with a total,
        // no figure given (up to three words between the comparative and "than"; none of
        // the sentence's ends or a digit before the total).
        let (comparatives, totals) = (alternatives(&comparatives), alternatives(&totals));
        branches.push(format!(
            r"\b{comparatives}\s+(?:[a-z-]+\s+){{0,3}}than\s+(?u:[^.;:!?0-9])*?\b{totals}\b"
        ));
    }
    let pattern = format!("(?-u){}", branches.join("|")).replace(r"\s", r"(?u:\s)");
    Some(pattern)
}

/// The statistic pattern compiled without a literal prefilter: in lower case its first
/// words are literals, for which the regex engine would search first with Aho-Corasick,
/// and that search took 2.5 times the instructions of the automaton alone (38.2 M against
/// 14.9 M on the 2 MB benchmark corpus). A prefilter never changes what is found.
pub(super) fn compile_statistic_pattern(pattern: &str) -> meta::Regex {
    meta::Builder::new()
        .configure(meta::Config::new().auto_prefilter(false))
        .build(pattern)
        .expect("statistic pattern is valid")
}

/// The words before word `first`, nearest first, as far back as no gap between words holds
/// one of `stops` (the figure's clause, as the caller draws its bounds).
fn words_back<'a>(
    s: &'a SentenceContext<'_>,
    first: usize,
    stops: &'a [char],
) -> impl Iterator<Item = usize> + 'a {
    (0..first.min(s.words.len())).rev().take_while(move |&k| {
        let next = s.words.get(k + 1).map_or(s.span.end, |w| w.span.start);
        !s.text[s.words[k].span.end..next].contains(stops)
    })
}

/// Short words, filed by their first byte, to tell whether a word holds one of them.
#[derive(Debug)]
pub(super) struct Parts {
    /// The words sorted by their first byte; those starting with byte `b` are
    /// `words[starts[b]..starts[b + 1]]`.
    words: Box<[Box<[u8]>]>,
    starts: Box<[u32; 257]>,
    /// Whether an empty word is listed (every word holds it).
    empty: bool,
}

impl Parts {
    pub(super) fn new<S: AsRef<str>>(words: &[S]) -> Self {
        let mut sorted: Vec<Box<[u8]>> = words
            .iter()
            .map(|w| w.as_ref().as_bytes())
            .filter(|w| !w.is_empty())
            .map(Box::from)
            .collect();
        sorted.sort_by_key(|w| w[0]);
        let mut starts = Box::new([0u32; 257]);
        for (b, start) in starts.iter_mut().enumerate() {
            *start = sorted.partition_point(|w| usize::from(w[0]) < b) as u32;
        }
        Parts {
            words: sorted.into_boxed_slice(),
            starts,
            empty: words.iter().any(|w| w.as_ref().is_empty()),
        }
    }

    /// Whether `word` holds one of the words: at each of its bytes, only the words
    /// starting with that byte are compared (the same answer as comparing every word at
    /// every place, without reading the list for each byte).
    pub(super) fn in_word(&self, word: &[u8]) -> bool {
        self.empty
            || (0..word.len()).any(|at| {
                let b = usize::from(word[at]);
                let (from, to) = (self.starts[b] as usize, self.starts[b + 1] as usize);
                self.words[from..to]
                    .iter()
                    .any(|part| word[at..].starts_with(part))
            })
    }
}

impl UnsourcedAssertion {
    pub(super) fn unsourced_statistic(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
    ) -> Option<Detection> {
        let span = self.first_statistic(s)?;
        let first = s.word_at_or_after(span.start);
        if self.names_a_figure_source(s, words, first) || self.previous_names_a_source(s) {
            return None;
        }
        Some(self.statistic_pattern.at(span))
    }

    /// The first figure about people or money in sentence `s`, if it has one.
    fn first_statistic(&self, s: &SentenceContext<'_>) -> Option<Span> {
        if !self.may_hold_statistic(s) {
            return None;
        }
        let base = s.span.start;
        // Every byte stays where it was: a match in the lower-cased sentence is one in the
        // sentence, at the same place.
        let lower = s.as_ascii_lowercase();
        self.statistic
            .as_ref()?
            .find_iter(lower.as_ref())
            .map(|m| {
                // "roughly 152 million,": the clause's end is no part of the figure.
                let text = &lower[m.start()..m.end()];
                let kept = text.trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')')
                });
                Span::new(base + m.start(), base + m.start() + kept.len())
            })
            .find(|&span| self.is_statistic(s, span))
    }

    /// Whether a match of the statistic pattern at `span` is a figure about people or money:
    /// not a year, not a sum that sizes a thing ("a $15 minimum wage", "the $2 billion
    /// deal": the size of a plan, a bill or a deal, not a count), not a move of a market
    /// ("shares rose 4 percent").
    pub(super) fn is_statistic(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let number = span.slice(s.text).trim_start();
        let year_like = number
            .get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
            && (number.starts_with("19") || number.starts_with("20"))
            && !number[4..].starts_with([',', '%', '.']);
        if year_like {
            return false;
        }
        // "COVID-19 deaths", "F-35 jets": a number joined to a word before it is part of a name.
        let at = span.end - number.len();
        if at >= 2
            && s.text.as_bytes()[at - 1] == b'-'
            && s.text.as_bytes()[at - 2].is_ascii_alphabetic()
        {
            return false;
        }
        // "the 9/11 victims", "a 24/7 staff": a number after a slash and a digit is a date's
        // or a ratio's second half.
        if at >= 2
            && s.text.as_bytes()[at - 1] == b'/'
            && s.text.as_bytes()[at - 2].is_ascii_digit()
        {
            return false;
        }
        // "“…because a majority support it,”": the figure is in someone's words, whom the
        // quotation's attribution names (or the vague attribution finds unnamed).
        if crate::text::quote::is_quoted(s.quotes, span) {
            return false;
        }
        let first = s.word_at_or_after(span.start);
        let words = &s.lower;
        // "3 million fans": a word ending like a people's name is one only with its capital.
        let last = s.word_at_or_after(span.end).saturating_sub(1);
        if last < words.len()
            && !s.words[last].is_capitalized()
            && !self.statistic_nouns.has(s, last)
            && self
                .people_name_endings
                .iter()
                .any(|e| words[last].ends_with(e.as_str()))
        {
            return false;
        }
        // "on June 20 ordered officials": a day of a month, a date, not a count ("on Monday
        // 300 families left": a weekday is no month).
        if first > 0
            && first <= words.len()
            && s.words[first - 1].is_capitalized()
            && self.date_words.has(&words[first - 1])
            && !self.weekday_words.has(&words[first - 1])
            && s.text[s.words[first - 1].span.end..span.start]
                .trim()
                .is_empty()
        {
            return false;
        }
        // "the Oct. 1 shooting", "on Sept. 11": a short month name and its full stop.
        if first > 0
            && first <= words.len()
            && s.words[first - 1].is_capitalized()
            && self.month_abbreviations.has(&words[first - 1])
            && s.text[s.words[first - 1].span.end..span.start].trim() == "."
        {
            return false;
        }
        // "a city of 120,000 people": the population of a place.
        if first > 1
            && first <= words.len()
            && words[first - 1] == "of"
            && self.place_nouns.has(s, first - 2)
        {
            return false;
        }
        // "Puerto Rico, home to 3.4 million citizens": the people a place holds.
        if Self::preceded_by(s, span, &self.population_phrases) {
            return false;
        }
        // "a survey of 1,000 adults", "responses from more than 2,000 people": the people a
        // poll asked, its method, not a finding.
        if self.poll_sample(s, first) {
            return false;
        }
        // "these 40 people", "those 3 million workers": a group counted before.
        if first > 0 && first <= words.len() && self.pointing_back_words.has(&words[first - 1]) {
            return false;
        }
        // "Shares of the firm closed down 2 percent at $41": a market's move and price.
        if (0..MARKET_SUBJECT_WORDS.min(first).min(words.len()))
            .any(|k| self.market_subjects.has(&words[k]))
        {
            return false;
        }
        if self.own_experience(s, first)
            || self.posed(s, first)
            || self.planned(s, first)
            || self.in_event(s, first)
            || self.event_after(s, span)
            || Self::followed_by(s, span, &self.aboard_words)
            || self.rule_bound(s, span, first)
            || self.roll_call(s, span, first)
        {
            return false;
        }
        if number.starts_with(['$', '£', '€']) {
            // The word before the sum: "a", "the", "its", "Ohio's".
            let sized = first > 0
                && first <= words.len()
                && s.words[first - 1].span.end <= span.start
                && s.text[s.words[first - 1].span.end..span.start]
                    .trim()
                    .is_empty()
                && {
                    let before = words[first - 1].as_ref();
                    is_indefinite(before)
                        || self.definite.has(before)
                        || before.ends_with("'s") && !self.not_possessives.has(before)
                };
            return !sized && !self.granted(s, first) && !self.granted_after(s, span);
        }
        let percentage = self.is_percentage(number);
        // "I'm 100 percent sure", "behind him 100%": a degree of certainty, not a share of
        // anything ("100 percent of the funds" is one).
        let whole = number.starts_with("100")
            && !number[3..].starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
            && !s.text[span.end..].trim_start().starts_with("of ");
        if percentage && whole {
            return false;
        }
        // "for all but the top 2 percent", "the richest 1%": a group named by its rank.
        if percentage
            && first > 0
            && first <= words.len()
            && self.percentile_words.has(&words[first - 1])
        {
            return false;
        }
        if percentage && self.names_a_class(s, span, first) {
            return false;
        }
        // "Twitter's shares ended 4 percent down": a price, read off the market; "the bank's
        // target of 2 percent", "tariffs of 25 percent": a level set, not a share of people.
        // "a 25% tariff", "a 2 percent target": the level named right after the figure.
        let next = s.word_at_or_after(span.end);
        let level_after = next < words.len()
            && s.text[span.end..s.words[next].span.start].trim().is_empty()
            && (self.level_words.has(s, next) || self.levy_words.has(s, next));
        // "a 2.1 percent military pay raise", "the 30 percent tax credit": after an article,
        // the figure sizes the level its noun phrase ends on (up to three words, no break).
        let article_before = first > 0
            && first <= words.len()
            && (is_indefinite(words[first - 1].as_ref()) || self.definite.has(&words[first - 1]));
        let level_after = level_after
            || article_before
                && (next..(next + 3).min(words.len()))
                    .take_while(|&k| {
                        !self.phrase_breaks.has(&words[k])
                            && s.text[span.end..s.words[k].span.start]
                                .chars()
                                .all(|c| c.is_alphanumeric() || c.is_whitespace() || c == '-')
                    })
                    .any(|k| self.level_words.has(s, k) || self.levy_words.has(s, k));
        // "Trump won 65% of the vote in 2016": an election's result, on its record.
        if percentage && self.election_result(s, span, first) {
            return false;
        }
        // "the top marginal tax rate should be 70 percent": the rate of a charge, set.
        if percentage && self.levy_rate(s, first) {
            return false;
        }
        !(percentage
            && (level_after
                || (first.saturating_sub(MAX_MARKET_GAP)..first.min(words.len()))
                    .any(|k| self.market_words.has(s, k) || self.level_words.has(s, k))))
    }

    /// Whether the percentage at `span`, first word `first`, names a class of people as a
    /// slogan does, no count: "the 1 percent" and "the 99%" after "the", their noun phrase
    /// ending with them ("keep the 1 percent in charge", "the 1% and their lobbyists",
    /// "the 1 percent who…"). Not "the 1 percent of Americans who own guns", a share again,
    /// nor "the 1 percent rise in prices", a figure.
    fn names_a_class(&self, s: &SentenceContext<'_>, span: Span, first: usize) -> bool {
        let words = &s.lower;
        if first == 0 || first >= words.len() || words[first - 1] != "the" {
            return false;
        }
        let figure = span.slice(s.text).trim_start();
        let digits = figure
            .split(|c: char| !c.is_ascii_digit() && c != '.')
            .next();
        if !digits.is_some_and(|d| self.class_shares.has(d)) {
            return false;
        }
        let next = s.word_at_or_after(span.end);
        next >= words.len()
            || !s.text[span.end..s.words[next].span.start].trim().is_empty()
            || (words[next] != "of"
                && (self.phrase_breaks.has(&words[next])
                    || self.class_share_ends.has(&words[next])))
    }

    /// Whether the percentage at `span` (word `first`) is a share of an election's vote won:
    /// `vote_share_phrases` after it ("of the vote"), a word of winning at most MAX_GRANT_GAP words back in its
    /// clause, no modal right before that word ("would win 45% of the vote" is a forecast).
    fn election_result(&self, s: &SentenceContext<'_>, span: Span, first: usize) -> bool {
        Self::followed_by_words(s, span, &self.vote_share_phrases)
            && self.winning_words.in_sentence(s)
            && words_back(s, first, &[',', ';', ':'])
                .take(MAX_GRANT_GAP)
                .any(|k| {
                    self.winning_words.has(s, k)
                        && !s.words[k].is_capitalized()
                        && !(k > 0 && self.modals.has(&s.lower[k - 1]))
                })
    }

    /// Whether the count at word `first` is a poll's sample: one of `sample_phrases` right
    /// before it, over words of estimate ("a survey of 1,000 adults", "responses from more
    /// than 2,000 people", "interviewed 900 voters"), nothing but spaces between.
    fn poll_sample(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let words = &s.lower;
        if first == 0 || first >= words.len() {
            return false;
        }
        // Word `k` follows the one before it over spaces alone.
        let joined = |k: usize| s.gap_before(k).trim().is_empty();
        let mut end = first;
        while end > 1 && self.figure_leads.has(&words[end - 1]) && joined(end) {
            end -= 1;
        }
        joined(end)
            && self
                .sample_phrases
                .iter()
                .any(|p| end >= p.len() && Self::words_at(s, end - p.len(), p))
    }

    /// Whether the percentage at word `first` is the rate of a charge: a word of
    /// `levy_rate_words` right after a levy word or a rank ("tax rate", "income tax
    /// brackets", "the top rate") at most
    /// MAX_INTENT_GAP words back in its clause ("the corporate tax rate was cut to 21
    /// percent"); not a rate alone ("a growth rate of 4.1%" is a statistic to source).
    fn levy_rate(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        self.levy_rate_words.in_sentence(s)
            && words_back(s, first, &[';', ':'])
                .take(MAX_INTENT_GAP)
                .any(|k| {
                    self.levy_rate_words.has(s, k)
                        && k > 0
                        && (self.levy_words.has(s, k - 1)
                            || self.percentile_words.has(&s.lower[k - 1]))
                })
    }

    /// Whether the figure at word `first` tells of the writer's own life: "I have taught 300
    /// students", "my family spent $2,000", or what the writer looked up ("I found that a plan
    /// costs $7,600"): a word of the writer's in its clause before it; not "I think 40
    /// percent…", where the writer passes on a figure.
    fn own_experience(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        self.own_experience_words.in_sentence(s) && self.own_experience_read_back(s, first)
    }

    /// [`Self::own_experience`] without its shortcut (a sentence with no word of the list
    /// has none in the clause), reading back from word `first`.
    fn own_experience_read_back(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let words = &s.lower;
        words_back(s, first, &[';', ':']).any(|k| {
            let pronoun = matches!(words[k].as_ref(), "i" | "i'm" | "i've" | "i'd");
            self.own_experience_words.has(s, k)
                // "World War I", "Sen. Sanders (I-VT)": a numeral or a party, not the writer.
                && !(pronoun
                    && (k > 0 && s.words[k - 1].is_capitalized()
                        || s.text[s.words[k].span.end..].starts_with(['-', '.', ')'])
                        || (k + 1..(k + 3).min(words.len())).any(|j| {
                            // "I found that … $7,600": the writer's own looking-up.
                            self.is_verb(s, j) && !self.own_finding_verbs.has(&words[j])
                        })))
        })
    }

    /// Whether the figure at word `first` is what someone plans, offers or promises: a word
    /// of intent, not capitalised (a name: "Planned Parenthood"), at most MAX_INTENT_GAP
    /// words back in its clause ("the mill plans to cut 400 jobs"; "plan" only before
    /// "to": "the plan would move 4,000 families" states the plan's effect).
    fn planned(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        self.intent_words.in_sentence(s)
            && words_back(s, first, &[',', ';', ':'])
                .take(MAX_INTENT_GAP)
                .any(|k| {
                    self.intent_words.has(s, k)
                        && !s.words[k].is_capitalized()
                        && (!self.intent_words_before_to.has(&s.lower[k])
                            || s.lower.get(k + 1).is_some_and(|w| w == "to"))
                })
    }

    /// Whether the sum at word `first` is one asked for, granted or held back: a word of
    /// [`Self::granted_sum_words`], not capitalised (a name), at most MAX_GRANT_GAP words
    /// back in its clause ("Congress approved $1.4 billion", "his demand for $5 billion"):
    /// near enough to be what is granted, not what the thing granted does ("approved tax
    /// cuts expected to add about $1.5 trillion in new debt").
    fn granted(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        self.granted_sum_words.in_sentence(s)
            && words_back(s, first, &[',', ';', ':'])
                .take(MAX_GRANT_GAP)
                .any(|k| self.granted_sum_words.has(s, k) && !s.words[k].is_capitalized())
    }

    /// Whether the sum at `span` is followed, over its scale or noun and at most one adverb,
    /// by a participle of granting money ("$349 billion already allocated by Congress",
    /// "$5 billion requested by the White House"), or by the name or body that grants it
    /// ("the $450 billion Congress was poised to approve"): a budget line, as after
    /// [`Self::granted`].
    fn granted_after(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        if !self.granted_sum_words.in_sentence(s) {
            return false;
        }
        let words = &s.lower;
        let next = s.word_at_or_after(span.end);
        let joined = |k: usize| !s.gap_before(k).contains([',', ';', ':', '.']);
        let participle = (next..(next + 3).min(words.len()))
            .take_while(|&k| joined(k))
            .find(|&k| !self.passive_adverbs.has(s, k) && !self.scale_words.has(s, k))
            .is_some_and(|k| {
                self.granted_sum_words.has(s, k)
                    && (words[k].ends_with("ed") || words[k].ends_with("en"))
                    && !s.words[k].is_capitalized()
            });
        // "the $450 billion Congress was poised to approve", "$5 billion the White House
        // requested": a name or a body right after the sum (over its scale and an article),
        // then a word of granting money a few words on, in the clause.
        let subject = (next..(next + 3).min(words.len()))
            .take_while(|&k| joined(k))
            .find(|&k| !self.scale_words.has(s, k) && !self.definite.has(&words[k]))
            .filter(|&k| self.is_name(s, k) || self.source_bodies.has(s, k));
        participle
            || subject.is_some_and(|k| {
                (k + 1..(k + MAX_GRANT_GAP + 1).min(words.len()))
                    .take_while(|&j| joined(j))
                    .any(|j| self.granted_sum_words.has(s, j) && !s.words[j].is_capitalized())
            })
    }

    /// Whether the count of people at `span` (no sum, no percentage) is the toll of a single
    /// event of harm named a few words on (its noun singular): a word of `harm_words` just
    /// before, in or after the count, then a word of `event_links_after` at most
    /// MAX_EVENT_GAP + 1 words after the count, then an event noun at most MAX_EVENT_GAP + 1
    /// words after that, in the clause ("two were killed and 24 wounded when a car bomb went
    /// off", "17 people died in a shooting").
    fn event_after(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let text = span.slice(s.text);
        let figure = text.as_bytes();
        // "40 percent", "12%": a share, no count of people.
        let share = figure.contains(&b'%')
            || self.percent_words.iter().any(|p| {
                figure
                    .windows(p.len())
                    .any(|w| w.eq_ignore_ascii_case(p.as_bytes()))
            });
        if !self.event_nouns.in_sentence(s) || text.starts_with(['$', '£', '€']) || share {
            return false;
        }
        let words = &s.lower;
        let n = words.len();
        let stop = |k: usize| s.gap_before(k).contains([';', ':', '.', ',']);
        let first = s.word_at_or_after(span.start);
        let start = s.word_at_or_after(span.end);
        let link = (start..(start + MAX_EVENT_GAP + 1).min(n))
            .take_while(|&k| k == start || !stop(k))
            .find(|&k| self.event_links_after.has(&words[k]));
        // The toll of a harm: a word of `harm_words` one or two words before the count ("killed
        // at least 24"), in it, or between it and the link.
        link.filter(|&l| (first.saturating_sub(2)..l).any(|k| self.harm_words.has(&words[k])))
            .is_some_and(|l| {
                (l + 1..(l + MAX_EVENT_GAP + 2).min(n))
                    .take_while(|&k| !stop(k))
                    // One event: "in car crashes" counts a kind of event, a toll to source.
                    .any(|k| {
                        self.event_nouns.has(s, k) && !crate::detector::looks_plural(&words[k])
                    })
            })
    }

    /// Whether the count at word `first` is part of a single event the sentence names: in a
    /// relative clause (its word at most MAX_EVENT_GAP words back, past a comma too) opened
    /// at most MAX_EVENT_GAP words after an event noun ("the school shooting that killed 17
    /// people", "a shooting in Aramoana where 13 people were killed", "the bombing, in which
    /// 12 died").
    fn in_event(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        self.event_nouns.in_sentence(s)
            && words_back(s, first, &[';', ':'])
                .take(MAX_EVENT_GAP + 1)
                .any(|k| {
                    self.event_relatives.has(&s.lower[k])
                        && words_back(s, k, &[';', ':', '.'])
                            .take(MAX_EVENT_GAP + 1)
                            .any(|e| self.event_nouns.has(s, e))
                })
    }

    /// Whether the text right after the figure at `span` starts with one of `phrases`
    /// (lower case, whole words): "killing all 68 people *on board*" (the passengers of an
    /// event, `aboard_words`), "businesses with 49 employees *or fewer*" (the bound of a
    /// rule's terms, `threshold_words`): no statistic either.
    fn followed_by(s: &SentenceContext<'_>, span: Span, phrases: &[String]) -> bool {
        let after = s.text[span.end..s.span.end.max(span.end)].trim_start();
        phrases.iter().any(|w| {
            after
                .get(..w.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(w))
                && !after[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
    }

    /// Whether the words right after the figure at `span` are one of `phrases` (lower case,
    /// words apart by white space alone), word by word: "58% *of the vote*" (not "58% of the
    /// voters", a share of people, nor "58% of, the vote").
    fn followed_by_words(s: &SentenceContext<'_>, span: Span, phrases: &[PhraseWords]) -> bool {
        let next = s.word_at_or_after(span.end);
        if next >= s.words.len() || !s.text[span.end..s.words[next].span.start].trim().is_empty() {
            return false;
        }
        phrases.iter().any(|p| Self::words_at(s, next, p))
    }

    /// Whether the words from word `k` on are `phrase` (its words, lower case), apart by
    /// white space alone: "of the vote", "survey of".
    fn words_at(s: &SentenceContext<'_>, k: usize, phrase: &[Box<str>]) -> bool {
        phrase.iter().enumerate().all(|(j, w)| {
            let m = k + j;
            m < s.words.len() && *s.lower[m] == **w && (j == 0 || s.gap_before(m).trim().is_empty())
        })
    }

    /// Whether the text right before the figure at `span` ends with one of `phrases`
    /// (whole words): "a city *home to* 120,000 people" (a place's population,
    /// `population_phrases`). [`Self::followed_by`] read backwards.
    fn preceded_by(s: &SentenceContext<'_>, span: Span, phrases: &[String]) -> bool {
        let before = s.text[s.span.start..span.start].trim_end();
        phrases.iter().any(|p| {
            before.len() >= p.len()
                && before.is_char_boundary(before.len() - p.len())
                && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
                && !before[..before.len() - p.len()].ends_with(|c: char| c.is_alphanumeric())
        })
    }

    /// Whether a figure's text ends in a percentage: "40%", "40 percent", "12 per cent".
    fn is_percentage(&self, number: &str) -> bool {
        let bytes = number.as_bytes();
        number.ends_with('%')
            || self.percent_words.iter().any(|p| {
                bytes.len() >= p.len()
                    && bytes[bytes.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
            })
    }

    /// Whether word `i` ends a name of a place that looks like a verb: "the United *States*".
    fn place_name_ends(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        i > 0
            && self.verb_like_place_names.iter().any(|p| {
                p.split_once(' ')
                    .is_some_and(|(a, b)| s.lower[i - 1] == a && s.lower[i] == b)
            })
    }

    /// Whether the figure at `span` (its first word `first`) is the bound of a rule's terms:
    /// `threshold_words` right after it and a word of `threshold_openers` right before it
    /// ("businesses with 49 employees or fewer", "people aged 65 or older"; not "the rule
    /// affects 4 million Americans or more", an estimate).
    fn rule_bound(&self, s: &SentenceContext<'_>, span: Span, first: usize) -> bool {
        first > 0
            && first <= s.words.len()
            && s.words[first - 1].span.end <= span.start
            && s.text[s.words[first - 1].span.end..span.start]
                .trim_end_matches(['$', '£', '€'])
                .trim()
                .is_empty()
            && self.threshold_openers.has(&s.lower[first - 1])
            && Self::followed_by(s, span, &self.threshold_words)
    }

    /// Whether the count at `span` (its first word `first`) is a tally of a recorded vote:
    /// people who vote in a chamber, with a form of "vote" right after them (one adverb
    /// between at most) or up to two words before the count ("only 62 Republicans voted
    /// against it", "voting with 47 Democrats").
    fn roll_call(&self, s: &SentenceContext<'_>, span: Span, first: usize) -> bool {
        let words = &s.lower;
        let last = s.word_at_or_after(span.end).saturating_sub(1);
        if last >= words.len() || last < first || !self.roll_call_nouns.has(s, last) {
            return false;
        }
        let voted = |k: usize| k < words.len() && self.vote_words.has(&words[k]);
        voted(last + 1)
            || (voted(last + 2) && words[last + 1].ends_with("ly"))
            || (first.saturating_sub(2)..first).any(voted)
    }

    /// Whether the figure at word `first` is in a clause that poses a case: "if you believe
    /// you could live on $15,000 a year" (not "if you consider that 40 percent…", which
    /// states the figure).
    fn posed(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        self.hypothetical_openers.in_sentence(s) && self.posed_read_back(s, first)
    }

    /// [`Self::posed`] without its shortcut, reading back from word `first`.
    fn posed_read_back(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let words = &s.lower;
        words_back(s, first, &[',', ';', ':', '.', '?', '!'])
            .take_while(|&k| !self.clause_openers.has(&words[k]))
            .any(|k| self.hypothetical_openers.has(s, k))
    }

    /// Whether the sentence before, in the same paragraph and on the same line, gives a
    /// figure and names where it comes from: the figures that follow are the same source's
    /// ("A 2023 county survey found 40 percent of tenants behind on rent. Some 900 families
    /// had moved.").
    fn previous_names_a_source(&self, s: &SentenceContext<'_>) -> bool {
        // The line's start is looked for no further back than the sentence before (a text
        // on one long line is not read back to its start for each figure): that sentence
        // is on this line when no line break stands between.
        let back_to = s.previous().map_or(0, |p| p.start.min(s.span.start));
        let line_start = s.text[back_to..s.span.start]
            .rfind('\n')
            .map_or(back_to, |p| back_to + p + 1);
        if line_start >= s.span.start {
            return false;
        }
        // The analysis's sentence before, when it starts on this line; otherwise the last
        // one of the line's text before this sentence.
        let previous = match s.previous() {
            Some(previous) if previous.start >= line_start => previous,
            _ => {
                let before = Span::new(line_start, s.span.start);
                match crate::text::sentence::split_sentences(s.text, before).last() {
                    Some(&previous) => previous,
                    None => return false,
                }
            }
        };
        // The analysis's context keeps the sentence it was at before, read already.
        let own;
        let p = match s.earlier(previous) {
            Some(p) => p,
            None => {
                own = SentenceContext::new(s.text, previous, &[], s.vocabulary);
                &own
            }
        };
        self.first_statistic(p).is_some_and(|span| {
            self.names_a_figure_source(p, &p.lower, p.word_at_or_after(span.start))
        })
    }

    /// Whether the statistic pattern could match the sentence, a cheap test first: it
    /// needs a digit or one of the statistic words ("half", "one in …", "million"). A word
    /// of plain letters holds one only by being it; any other word is searched for them,
    /// as the pattern's ASCII word boundaries fall inside "o'half" or "éhalf".
    ///
    /// A word or stem of the sentence in the list holds one (the vocabulary files the
    /// words as listed, and a stem starts its word), so the words are read one by one only
    /// when none is and some word is not ASCII letters alone.
    pub(super) fn may_hold_statistic(&self, s: &SentenceContext<'_>) -> bool {
        // A digit (the sentence's words tell, as they were looked up).
        s.has_digit()
            || self.statistic_words.in_sentence(s)
            || s.has_word_not_letters() && self.may_hold_statistic_word_by_word(s)
    }

    /// [`Self::may_hold_statistic`]'s test without its shortcuts, word by word: a digit or
    /// a word of plain letters in the list, or any other word holding a word of the list.
    fn may_hold_statistic_word_by_word(&self, s: &SentenceContext<'_>) -> bool {
        s.has_digit()
            || (0..s.words.len()).any(|i| {
                let word = &s.lower[i];
                if word.bytes().all(|b| b.is_ascii_lowercase()) {
                    self.statistic_words.has(s, i)
                } else {
                    self.statistic_word_parts.in_word(word.as_bytes())
                }
            })
    }

    /// Whether the verb at word `i` closes a parenthesis set off by commas right after a
    /// name: "Mike Pence, who leads the response, said", "Lee, the county's lawyer, told"
    /// (the name is the verb's subject, over the clause that describes it).
    fn named_before_parenthesis(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let comma_before = |k: usize| k > 0 && s.gap_before(k).contains(',');
        if !comma_before(i) {
            return false;
        }
        // The comma that opens the parenthesis: the nearest one back, a few words away.
        (i.saturating_sub(MAX_PARENTHESIS)..i)
            .rev()
            .find(|&k| k + 1 < i && comma_before(k + 1))
            .is_some_and(|k| self.is_name(s, k))
    }

    /// Whether the document at word `i` has an owner with 's two or three words before it,
    /// over plain lower-case words with nothing between them ("Gallup's *latest weekly*
    /// tally", "the county's *own* figures").
    fn owned_over_modifiers(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        s.over_plain_words(i, 2..=3, |_| true, |k| self.is_possessive_body(s, k))
    }

    /// Whether the document at word `i` has a name one or two plain lower-case words before
    /// it, nothing but spaces between ("a Reuters/Ipsos *opinion* poll", "the Gallup *weekly
    /// tracking* poll"): the name's document.
    fn named_over_modifiers(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let modifier = |k: usize| {
            !self.phrase_breaks.has(&s.lower[k])
                && !self.qualifiers.has(s, k)
                && !self.definite.has(&s.lower[k])
                && !self.is_verb(s, k)
        };
        s.over_plain_words(i, 2..=3, modifier, |k| self.is_name(s, k))
    }

    /// Whether the body at word `i` is where plain people are, after a preposition and a
    /// determiner: "students *at this* school", "residents *of the* county" (people of
    /// `sources` before the preposition; not "officials at the department", a vague source
    /// the body names).
    fn people_at_body(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let mut k = i;
        while k > 0 && (self.definite.has(&s.lower[k - 1]) || is_indefinite(&s.lower[k - 1])) {
            k -= 1;
        }
        k >= 2
            && matches!(
                s.lower[k - 1].as_ref(),
                "at" | "in" | "of" | "from" | "across" | "within" | "inside"
            )
            && self.sources.has(s, k - 2)
            && !self.vague_sources.has(s, k - 2)
    }

    /// Whether the verb at word `i` has a name for its subject, over one or two plain
    /// lower-case words that say what it is ("the Syrian Observatory for Human Rights
    /// *monitoring group* said", "the Red Cross *relief agency* said"). Not over people,
    /// followers or anonymous sources: "Trump voters say", "Trump supporters say",
    /// "White House sources say" name no one who counted; nor over a plural ("Chicago
    /// neighborhoods knew", "Mexican goods could add"), an auxiliary or an adverb ("Trump
    /// could reasonably expect"): a name described is one thing, written in the singular.
    fn named_over_descriptor(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        if i == 0 || crate::detector::looks_plural(&s.lower[i - 1]) {
            return false;
        }
        let descriptor = |k: usize| {
            let word = &s.lower[k];
            !word.ends_with("ly")
                && !self.modals.has(word)
                && !self.passive_auxiliaries.has(word)
                && !self.perfect_auxiliaries.has(word)
                && !self.phrase_breaks.has(word)
                && !self.qualifiers.has(s, k)
                && !self.definite.has(word)
                && !self.is_verb(s, k)
                && !self.sources.has(s, k)
                && !self.follower_sources.has(s, k)
                && !self.anonymous_sources.has(word)
        };
        s.over_plain_words(i, 2..=3, descriptor, |k| self.is_name(s, k))
    }

    /// Whether the document at word `i` is put out by a name or a body: an article right
    /// before it, a verb of `publishing_verbs` before that, and the name or body right
    /// before the verb or over one adverb ("Pew released a survey", "the county just did a
    /// study", "Gallup conducted the poll").
    pub(super) fn published_by(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        if i < 3
            || !(is_indefinite(s.lower[i - 1].as_ref()) || self.definite.has(&s.lower[i - 1]))
            || !self.publishing_verbs.has(s, i - 2)
        {
            return false;
        }
        let by = |k: usize| {
            self.is_name(s, k) || self.is_possessive_body(s, k) || self.source_bodies.has(s, k)
        };
        by(i - 3) || i > 3 && self.passive_adverbs.has(s, i - 3) && by(i - 4)
    }

    /// Whether the sentence names where its claim comes from, in its words before word
    /// `upto`.
    pub(super) fn names_a_source(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
        upto: usize,
    ) -> bool {
        self.names_a_source_of(s, words, upto, None)
    }

    /// Whether the sentence names where its figure comes from: as [`Self::names_a_source`],
    /// but a name right after a verb of saying is its source only when the verb is
    /// inverted ("…, said Lee") or tells someone ("told Reuters"): "42 percent of voters
    /// think *Trump* cares" names the subject of what they think, no one who counted them.
    /// A verb of [`Self::acts_on_figure`] names none either. `first` is the figure's first
    /// word.
    fn names_a_figure_source(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
        first: usize,
    ) -> bool {
        self.names_a_source_of(s, words, words.len(), Some(first))
    }

    /// Whether the verb at word `i` acts on the figure at word `first` as its object, not
    /// reporting it: a verb of `act_verbs` (which report a claim, or do a thing to an
    /// object: "maintain", "hold", "admit") with the figure right after it, over words of
    /// estimate only ("the US maintains about 28,500 troops there", "the county holds 40
    /// percent of the seats"; not "he admitted that 40 percent…").
    fn acts_on_figure(&self, s: &SentenceContext<'_>, i: usize, first: usize) -> bool {
        first > i
            && first - i <= MAX_FIGURE_LEAD + 1
            && (self.act_verbs.has(s, i)
                || self.money_act_verbs.has(s, i) && self.is_sum_of_money(s, first))
            && (i + 1..first).all(|k| {
                self.figure_leads.has(&s.lower[k]) && !s.gap_before(k).contains([',', ';', ':'])
            })
            && first < s.words.len()
            && !s.gap_before(first).contains([',', ';', ':', '"', '“'])
    }

    /// Whether the figure at word `first` is a sum of money: a currency sign before its
    /// number ("£1.4 million", "$ 300") or a word of money within its next three words ("a
    /// billion dollars", "3 million euros").
    fn is_sum_of_money(&self, s: &SentenceContext<'_>, first: usize) -> bool {
        let Some(word) = s.words.get(first) else {
            return false;
        };
        let before = s.text[..word.span.start].trim_end();
        word.span.slice(s.text).starts_with(['$', '£', '€'])
            || before.ends_with(['$', '£', '€'])
            || (first..(first + 4).min(s.words.len())).any(|k| self.money_words.has(&s.lower[k]))
    }

    /// [`Self::names_a_source`], for a figure when `figure` is set.
    fn names_a_source_of(
        &self,
        s: &SentenceContext<'_>,
        words: &[Cow<'_, str>],
        upto: usize,
        figure: Option<usize>,
    ) -> bool {
        if self.citation.is_match(s.as_str()) {
            return true;
        }
        let n = words.len();
        for i in 0..upto.min(n) {
            let w = &words[i];
            if w == "according" && words.get(i + 1).is_some_and(|x| x == "to") {
                // "according to a Reuters tally", "according to an AP count": a name after
                // the article, no quantifier before it ("according to many in Washington").
                let named = (i + 2..(i + 6).min(n))
                    .take_while(|&k| {
                        !s.gap_before(k).contains(',')
                            && !self.quantifiers.has(s, k)
                            && !self.standalone_sources.has(s, k)
                    })
                    .any(|k| self.is_name(s, k));
                if named {
                    return true;
                }
                let vague = (i + 2..n).take(3).any(|k| {
                    self.qualifiers.has(s, k)
                        || self.vague_sources.has(s, k)
                        || self.standalone_sources.has(s, k)
                });
                if !vague {
                    return true;
                }
            }
            // "Trump boasted of growth of 4.1%", "the firm values the deal at $10 billion":
            // verbs that give a figure are its source's too.
            let verb = self.is_verb(s, i) || figure.is_some() && self.figure_verbs.has(s, i);
            if verb
                && !self.place_name_ends(s, i)
                && !figure.is_some_and(|f| self.acts_on_figure(s, i, f))
            {
                // "Lee said", "said Lee", "told Reuters" (but "the United States" is a place)
                // "he said": a person the text has named.
                // "Pentagon officials said", "the district's lawyers told": a source with a
                // name or a body.
                let before = i > 0
                    && (self.is_name(s, i - 1)
                        || self.speaker_pronouns.has(&words[i - 1])
                        // "the official said": a source the text has named before.
                        || i > 1
                            && self.definite.has(&words[i - 2])
                            && (self.vague_sources.has(s, i - 1) || self.sources.has(s, i - 1))
                            && !self.anonymous_sources.has(&words[i - 1])
                        // "the governor said": one office-holder the text has named.
                        || i > 1
                            && self.definite.has(&words[i - 2])
                            && self.titled_sources.has(&words[i - 1])
                        || i > 1
                            && (self.vague_sources.has(s, i - 1) || self.sources.has(s, i - 1))
                            && (self.is_name(s, i - 2)
                                || self.is_possessive_body(s, i - 2)
                                || self.source_bodies.has(s, i - 2)));
                // "…, said the Committee for a Responsible Federal Budget": a name after its
                // article, the verb of saying inverted after a comma or a quotation.
                let inverted = i > 0 && s.gap_before(i).contains([',', '"', '”']);
                let after = i + 1 < n
                    && self.is_name(s, i + 1)
                    && (figure.is_none() || inverted || self.listener_verbs.has(s, i))
                    || inverted
                        && i + 2 < n
                        && words[i + 1] == "the"
                        && self.speech_verbs.has(w)
                        && self.is_name(s, i + 2);
                // "EDF on Monday said", "she on Friday told": the speaker before a day.
                // "The CBO also found", "police had initially said": auxiliaries and
                // adverbs between (up to two).
                let gap = |k: usize| {
                    self.passive_adverbs.has(s, k) || self.perfect_auxiliaries.has(&words[k])
                };
                let speaker = |k: usize| {
                    self.is_name(s, k)
                        || self.speaker_pronouns.has(&words[k])
                        || self.source_bodies.has(s, k) && !self.source_documents.has(s, k)
                };
                let before = before
                    || i > 1 && gap(i - 1) && speaker(i - 2)
                    || i > 2 && gap(i - 1) && gap(i - 2) && speaker(i - 3)
                    || i > 2
                        && words[i - 2] == "on"
                        && self.date_words.has(&words[i - 1])
                        && (self.is_name(s, i - 3) || self.speaker_pronouns.has(&words[i - 3]))
                    // Last: it reads the most lists.
                    || self.named_over_descriptor(s, i);
                if before || after || self.named_before_parenthesis(s, i) {
                    return true;
                }
            }
            // "consumers polled by the NRF", "voters surveyed by Gallup": who asked them.
            if self.survey_participles.has(&words[i])
                && words.get(i + 1).is_some_and(|b| b == "by")
                && (i + 2 < n && self.is_name(s, i + 2)
                    || i + 3 < n && self.definite.has(&words[i + 2]) && self.is_name(s, i + 3))
            {
                return true;
            }
            let document = self.source_documents.has(s, i);
            let body = self.source_bodies.has(s, i);
            if !document && !body {
                if self.self_naming_documents.has(w) {
                    return true;
                }
                continue;
            }
            // "a Pew survey", "the district's figures", "a study by the state auditor";
            // "Gallup's latest weekly tally": up to two plain words between an owner with 's
            // and its document.
            let owned = i > 0
                && (self.is_name(s, i - 1)
                    || self.is_possessive_body(s, i - 1)
                    || document && self.source_bodies.has(s, i - 1))
                || document && self.owned_over_modifiers(s, i)
                || document && self.named_over_modifiers(s, i);
            if owned
                || self.is_affiliated(s, i)
                || self.self_naming_documents.has(w)
                || document && self.published_by(s, i)
            {
                return true;
            }
            // "the survey asked…", "this 2019 study": a document named earlier in the text.
            if document && (i.saturating_sub(2)..i).any(|k| self.definite.has(&words[k])) {
                return true;
            }
            // "the board estimated", "police said": a body the reader can ask. Not a body
            // where plain people are ("90% of students at this school think": the students
            // think, and no one is named who asked them).
            // "the council found £1.4 million in savings": money found is no finding.
            if body
                && i + 1 < n
                && self.is_verb(s, i + 1)
                && !self.people_at_body(s, i)
                && !figure.is_some_and(|f| self.acts_on_figure(s, i + 1, f))
            {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detector::testing::built;

    /// A word holds a listed part when the part stands at some place of it, whatever
    /// surrounds it; an empty part is in every word.
    #[test]
    fn parts_are_found_at_any_place_of_a_word() {
        let parts = Parts::new(&["half", "one", "ten", "hundred", "bn"]);
        let cases: &[(&str, bool)] = &[
            ("half", true),
            ("o'half", true),
            ("éhalf", true),
            ("halfway", true),
            ("hal", false),
            ("someone", true),
            ("often", true),
            ("x_ten", true),
            ("don't", false),
            ("", false),
            ("bn", true),
            ("b", false),
            ("hundre", false),
            ("two-hundred", true),
            ("ha1f", false),
        ];
        for (word, expected) in cases {
            assert_eq!(parts.in_word(word.as_bytes()), *expected, "{word:?}");
        }
        let with_empty = Parts::new(&["", "x"]);
        assert!(with_empty.in_word(b"abc") && with_empty.in_word(b""));
    }

    /// The shortcuts of the cheap test (a listed word or stem found by its role, the word
    /// by word reading skipped when every word is ASCII letters) answer as reading every
    /// word does, on words put together at random: listed ones, words holding them, and
    /// words of letters only, of digits, apostrophes, hyphens and letters outside ASCII.
    #[test]
    fn the_cheap_test_for_a_figure_answers_as_reading_every_word() {
        let d = built(UnsourcedAssertion::new);
        let pieces = [
            "Half",
            "half",
            "thirds",
            "One",
            "someone",
            "MILLION",
            "millions",
            "o'half",
            "éhalf",
            "two-thirds",
            "ten",
            "often",
            "x_ten",
            "don't",
            "It’s",
            "Café",
            "42",
            "a",
            "majority",
            "the",
            "people",
            "Nine",
            "bn",
            "dozen's",
            " ",
            " ",
            " ",
            ", ",
            ". ",
            "$",
            "—",
            "\n",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let (mut may, mut may_not) = (0, 0);
        for _ in 0..4000 {
            let text = crate::text::chars::random_text(&mut seed, &pieces, 6);
            let s = SentenceContext::new(&text, Span::new(0, text.len()), &[], &d.vocabulary);
            let expected = d.may_hold_statistic_word_by_word(&s);
            assert_eq!(d.may_hold_statistic(&s), expected, "in {text:?}");
            if expected {
                may += 1;
            } else {
                may_not += 1;
            }
        }
        // Both answers came up often enough for the comparison to mean something.
        assert!(may > 400 && may_not > 400, "{may} may, {may_not} may not");
    }

    /// A sentence with no word of the writer's own life, or none that poses a case, is not
    /// read back from its figures: the shortcut answers as reading back does, from every
    /// word of sentences put together at random.
    #[test]
    fn the_clause_shortcuts_answer_as_reading_back() {
        let d = built(UnsourcedAssertion::new);
        let pieces = [
            "I", "i'm", "I’ve", "my", "Me", "myself", "If", "unless", "imagine", "that", "we",
            "paid", "40", "$300", "people", "World", "War", " ", " ", ", ", "; ", ". ", "(", "-",
            "Sen", "taught",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let (mut own, mut posed) = (0, 0);
        for _ in 0..3000 {
            let text = crate::text::chars::random_text(&mut seed, &pieces, 8);
            let s = SentenceContext::new(&text, Span::new(0, text.len()), &[], &d.vocabulary);
            for first in 0..=s.words.len() {
                let expected = d.own_experience_read_back(&s, first);
                assert_eq!(
                    d.own_experience(&s, first),
                    expected,
                    "in {text:?} at {first}"
                );
                own += usize::from(expected);
                let expected = d.posed_read_back(&s, first);
                assert_eq!(d.posed(&s, first), expected, "in {text:?} at {first}");
                posed += usize::from(expected);
            }
        }
        assert!(own > 300 && posed > 300, "{own} own, {posed} posed");
    }

    /// The lower-case pattern on the lower-cased sentence finds what the same pattern,
    /// ASCII case-insensitive, finds in the sentence as written.
    #[test]
    fn the_pattern_on_lower_cased_text_matches_as_case_insensitive() {
        let lexicons = LexiconSet::builtin();
        let list = |name: &str| lexicons.list(Category::UnsourcedAssertion, name);
        let pattern = statistic_pattern(&list).expect("the built-in lists make a pattern");
        assert!(pattern.starts_with("(?-u)"));
        let insensitive = Regex::new(&format!("(?i-u){}", &pattern["(?-u)".len()..])).unwrap();
        let pattern = compile_statistic_pattern(&pattern);
        let sentences = [
            "THREE MILLION Americans lost coverage.",
            "Half Of Voters SAY so, and 40 Percent of TEACHERS agree.",
            "One In Five Students quit; Two-Thirds OPPOSE it.",
            "It cost £3 Billion and $15\u{a0}MILLION, Three Out Of Every Four.",
            "Éight hundred ÉMIGRÉS: 12 per\u{a0}CENT of Élèves.",
            "EIGHTY-SEVEN Firms and Twenty Million VOTERS.",
        ];
        for sentence in sentences {
            let expected: Vec<(usize, usize)> = insensitive
                .find_iter(sentence)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert!(!expected.is_empty(), "{sentence}");
            let lower = sentence.to_ascii_lowercase();
            let found: Vec<(usize, usize)> = pattern
                .find_iter(&lower)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(found, expected, "{sentence}");
        }
    }
}
