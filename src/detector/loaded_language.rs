//! `loaded-language`: words chosen for emotional charge or a built-in verdict.
//!
//! Four sources of findings: lexicon phrases (pejoratives, labels, glorifying words,
//! loaded verbs, fear framing); an intensifier before an evaluative word ("deeply
//! harmful"), which turns a mild judgement into a verdict; a sneering compound, a craving,
//! a hatred or a base motive pinned on someone with a hyphen ("attention-hungry",
//! "Trump-hating", "fear-peddling"); and scare quotes — a word or two in quotation marks
//! after a determiner or a possessive ("the “reform”", "the district's “plan”"), the
//! author's sneer.
//! It does not judge whether the word is deserved; it shows that a verdict was chosen.
//!
//! A word is not loaded where it is part of a name ("Operation Iron Fury", "the Savage
//! River"), and quotation marks are not a sneer where the sentence reports someone's words
//! or names a title. A loaded word in what a named or titled speaker is reported to have
//! said ("Okafor called the audit a witch hunt") is marked reported ([`reported`]): shown, not
//! scored. The English words these rules need are lexicon lists, not code.

mod reported;

use super::{Detection, Pattern, PhraseMatcher, SentenceContext, VocabularyBuilder, WordSet};
use crate::category::Category;
use crate::lexicon::LexiconSet;
use crate::text::sentence::is_final_abbreviation;
use crate::text::span::Span;
use crate::text::word::Word;

const INTENSIFIED_EXPLANATION: &str =
    "An intensifier turns an ordinary judgement into a verdict the reader is asked to share.";
const SNEER_COMPOUND_EXPLANATION: &str = "A compound that pins a craving, a hatred or a base motive on someone (\"attention-hungry\", \"Trump-hating\", \"fear-peddling\"): a motive asserted, not shown.";
const SCARE_QUOTE_EXPLANATION: &str = "Scare quotes: putting the word in quotation marks signals the author rejects it, without saying why.";

/// How many words before or after quotation marks a reporting word makes them a quotation.
const ATTRIBUTION_REACH: usize = 10;

/// The loaded-language detector.
#[derive(Debug)]
pub struct LoadedLanguage {
    phrases: PhraseMatcher,
    intensifiers: WordSet,
    evaluatives: WordSet,
    /// Determiners and possessives a scare-quoted word follows ("the", "their", "so-called").
    scare_quote_leads: WordSet,
    /// Nouns a quoted term names the kind of ("the \"zero tolerance\" policy"): a label.
    scare_quote_term_kinds: WordSet,
    /// Words that show quotation marks report someone's words ("said", "called", "dubbed").
    quote_attributions: WordSet,
    /// Last parts of a sneering compound ("-hungry", "-obsessed", "-hating").
    sneer_compound_ends: WordSet,
    /// First parts that make such a compound literal ("energy-hungry", "sleep-deprived").
    literal_compound_starts: WordSet,
    /// Loaded words English writes with a capital ("Orwellian", "Nazi"): their capital says
    /// nothing about a name.
    capitalised_words: WordSet,
    intensified: Pattern,
    sneer_compounds: Pattern,
    scare_quotes: Pattern,
    /// When a loaded word is a named speaker's, reported without quotation marks.
    reported: reported::ReportedSpeech,
}

impl LoadedLanguage {
    /// Compiles the detector from the loaded-language lexicons in `lexicons`.
    pub fn new(lexicons: &LexiconSet, vocabulary: &VocabularyBuilder) -> Self {
        let set = |name| WordSet::new(lexicons.list(Category::LoadedLanguage, name), vocabulary);
        // The `intensifiers` list and the entries that are intensifiers too ("utter",
        // "painfully": flagged alone, and strengthening a loaded word after them).
        let mut intensifiers = lexicons.list(Category::LoadedLanguage, "intensifiers");
        intensifiers.extend(
            lexicons
                .of(Category::LoadedLanguage)
                .flat_map(|l| &l.entries)
                .filter(|e| e.intensifier)
                .flat_map(|e| e.phrases.iter().cloned()),
        );
        LoadedLanguage {
            phrases: PhraseMatcher::new(lexicons, Category::LoadedLanguage, vocabulary),
            intensifiers: WordSet::new(intensifiers, vocabulary),
            evaluatives: set("evaluatives"),
            scare_quote_leads: set("scare_quote_leads"),
            scare_quote_term_kinds: set("scare_quote_term_kinds"),
            quote_attributions: set("quote_attributions"),
            sneer_compound_ends: set("sneer_compound_ends"),
            literal_compound_starts: set("literal_compound_starts"),
            capitalised_words: set("capitalised_words"),
            reported: reported::ReportedSpeech::new(lexicons, vocabulary),
            sneer_compounds: Pattern::new(
                Category::LoadedLanguage,
                2,
                "loaded-language/sneering-compound",
                SNEER_COMPOUND_EXPLANATION,
                Some("say what they did, not what they crave or hate"),
            ),
            intensified: Pattern::new(
                Category::LoadedLanguage,
                2,
                "loaded-language/intensified-verdict",
                INTENSIFIED_EXPLANATION,
                None, // names the word: made per finding
            ),
            scare_quotes: Pattern::new(
                Category::LoadedLanguage,
                1,
                "loaded-language/scare-quotes",
                SCARE_QUOTE_EXPLANATION,
                Some("name the thing plainly, or say what is wrong with it"),
            ),
        }
    }

    /// Loaded words in one sentence.
    pub fn detect(&self, s: &SentenceContext<'_>) -> Vec<Detection> {
        let mut out: Vec<Detection> = Vec::new();
        // Whether the sentence is a headline is asked only where a capital might make a
        // finding part of a name: most sentences have no finding, and need not be counted.
        let headline = std::cell::OnceCell::new();
        let headline =
            || *headline.get_or_init(|| is_headline(s) || s.heading && is_title_case_heading(s));
        for m in self.phrases.find(s) {
            if !headline() && self.is_part_of_a_name(s, m.span) {
                continue;
            }
            let mut span = m.span;
            let mut weight = m.entry.weight;
            // "utterly disgraceful": the intensifier is part of the device.
            let i = s.word_at_or_after(m.span.start);
            if let Some(start) = self.intensifier_before(s, i) {
                span = Span::new(s.words[start].span.start, span.end);
                weight = (weight + 1).min(3);
            }
            out.push(Detection {
                category: Category::LoadedLanguage,
                span,
                weight,
                rule: m.rule(),
                reported: false,
            });
        }
        // A sentence with no evaluative word ("disgraceful") has no intensified one.
        let evaluatives = if self.evaluatives.in_sentence(s) {
            s.words.len()
        } else {
            0
        };
        for k in 1..evaluatives {
            let second = s.words[k];
            let Some(start) = self
                .evaluatives
                .has(s, k)
                .then(|| self.intensifier_before(s, k))
                .flatten()
            else {
                continue;
            };
            let first = s.words[start];
            if !out.iter().any(|d| d.span.contains(second.span))
                && (headline()
                    || !self.is_part_of_a_name(s, Span::new(first.span.start, second.span.end)))
            {
                // The alternative names the word, so it is the one text made per finding.
                let mut d = (self.intensified).at(Span::new(first.span.start, second.span.end));
                d.set_alternative(format!("say what makes it {}", s.lower[k]));
                out.push(d);
            }
        }
        self.find_sneer_compounds(s, &mut out);
        self.find_scare_quotes(s, &mut out);
        out.sort_by_key(|d| d.span.start);
        for d in &mut out {
            d.reported = self.reported.covers(s, s.word_at_or_after(d.span.start));
        }
        out
    }

    /// Whether `span` is written as a name, not as a verdict: inside a name of several
    /// capitalised words ("Operation Iron Fury", "the Savage River", "Brutal Records Ltd"),
    /// or one capitalised word inside a clause, a surname or a brand ("Brat said", "told
    /// Bash"), unless English writes the loaded word with a capital ("Orwellian", "Nazi").
    /// A capitalised word that starts a clause says nothing about a name, so it neither
    /// makes one nor joins one.
    fn is_part_of_a_name(&self, s: &SentenceContext<'_>, span: Span) -> bool {
        let first = s.word_at_or_after(span.start);
        let next = s.word_at_or_after(span.end);
        let last = next.saturating_sub(1).max(first);
        if first >= s.words.len() || s.starts_clause(first) {
            return false;
        }
        let capital = |i: usize| {
            let w = s.words[i];
            w.is_capitalized() && !is_shouted(w.text) && !s.starts_clause(i)
        };
        if !(first..=last).all(capital) {
            return false;
        }
        let beside_a_capital =
            (first > 0 && capital(first - 1)) || (last + 1 < s.words.len() && capital(last + 1));
        // A dash opens a clause too: "WASHINGTON (Reuters) - Chaos engulfed …".
        let lone = next == first + 1
            && !(first > 0 && s.gap_before(first).contains(['–', '-']))
            && !self.capitalised_words.has(s, first);
        beside_a_capital || lone
    }

    /// Where the intensifier right before word `i` starts: the word before it ("utterly"),
    /// or the two words before it when the list writes them with a hyphen ("flat-out",
    /// "straight-up": the sentence splits them at the hyphen).
    fn intensifier_before(&self, s: &SentenceContext<'_>, i: usize) -> Option<usize> {
        let k = i.checked_sub(1)?;
        if self.intensifiers.has(s, k) {
            return Some(k);
        }
        let j = k.checked_sub(1)?;
        (&s.text[s.words[j].span.end..s.words[k].span.start] == "-"
            && self
                .intensifiers
                .contains(s, &format!("{}-{}", s.lower[j], s.lower[k])))
        .then_some(j)
    }

    /// Hyphenated compounds whose last part is a craving, a hatred or a base motive
    /// ("power-hungry", "attention-desperate", "Trump-hating", "fear-peddling"), unless the
    /// first part makes it literal ("energy-hungry" servers, "storm-chasing" crews). A
    /// compound a lexicon lists is reported by its entry.
    fn find_sneer_compounds(&self, s: &SentenceContext<'_>, out: &mut Vec<Detection>) {
        // Most sentences hold no craving or hatred word: no pair need be tried. Where one
        // does, its role is tested before the text between the words is compared.
        if !self.sneer_compound_ends.in_sentence(s) {
            return;
        }
        for i in 1..s.words.len() {
            let (start, end) = (s.words[i - 1], s.words[i]);
            if !self.sneer_compound_ends.has(s, i)
                || &s.text[start.span.end..end.span.start] != "-"
                || self.literal_compound_starts.has(s, i - 1)
                || s.lower[i - 1].len() < 3
                || !s.lower[i - 1].chars().all(char::is_alphabetic)
            {
                continue;
            }
            let span = Span::new(start.span.start, end.span.end);
            if !out.iter().any(|d| d.span.contains(end.span)) {
                out.push(self.sneer_compounds.at(span));
            }
        }
    }

    /// Quotation marks around one or two words right after a determiner or a possessive,
    /// in the author's own voice: `the "experts"`, `the board's "plan"`. Not when the
    /// sentence reports someone's words (a reporting verb, "called", "described as": the
    /// marks are a partial quotation), nor around a capitalised title or name
    /// (`a "Harry Potter" novel`), nor around a two-word term right before the noun of the
    /// kind of thing it names (`the "zero tolerance" policy`): a label. One word there is
    /// the classic sneer (`the "humane" policy`, `their "reform" program`).
    fn find_scare_quotes(&self, s: &SentenceContext<'_>, out: &mut Vec<Detection>) {
        let quotes = || s.quotes.iter().filter(|q| s.span.contains(**q));
        if quotes().next().is_none() {
            return;
        }
        // A reporting word near any quotation of the sentence: the marks quote someone
        // ("the plan, which he called the “reform”", "the “reform”, she said"), and so do
        // the sentence's other marks, fragments of the same words ("Trump said that the
        // “time has come” for a commission with the “following goals” in mind"). A title
        // in capitals ("the book “Coming Apart”") quotes no one's words.
        let attributed = |q: &Span| {
            let first = s.word_at_or_after(q.start);
            let end = s.word_at_or_after(q.end);
            let near = first.saturating_sub(ATTRIBUTION_REACH)
                ..(end + ATTRIBUTION_REACH).min(s.words.len());
            first < s.words.len()
                && !s.words[first].is_capitalized()
                && near.into_iter().any(|i| self.quote_attributions.has(s, i))
        };
        if quotes().any(attributed) {
            return;
        }
        for q in quotes() {
            let first = s.word_at_or_after(q.start);
            let end = s.word_at_or_after(q.end);
            let inner = &s.text[q.start..q.end];
            if !(1..=2).contains(&(end - first)) || inner.contains(['.', '!', '?', ',', ';']) {
                continue;
            }
            if (first..end).any(|i| s.words[i].is_capitalized()) {
                continue;
            }
            if end - first == 2
                && end < s.words.len()
                && self.scare_quote_term_kinds.has(s, end)
                && s.text[q.end..s.words[end].span.start].trim().is_empty()
            {
                continue;
            }
            let Some(lead) = first.checked_sub(1) else {
                continue;
            };
            if (self.scare_quote_leads.has(s, lead) || is_possessive(s.words[lead].text))
                && s.text[s.words[lead].span.end..q.start].trim().is_empty()
            {
                out.push(self.scare_quotes.at(*q));
            }
        }
    }
}

/// Whether `word` is a singular possessive ("the teenager's", "Congress’s"): like a
/// determiner, it leaves the quoted word after it as the author's own, not a partial
/// quotation.
fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// Whether a word is written all in capitals ("BRUTAL"): shouting, not a name.
fn is_shouted(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 1 && !word.chars().any(char::is_lowercase)
}

/// Whether the sentence is written in title case, like a headline ("Mayor Slams Brutal
/// Cuts"): its capitals then say nothing about names. A sentence ending with a period is
/// prose, however many names it holds ("Kim heads the Propaganda and Agitation
/// Department.", a photo caption): headlines end without one, unless the period is an
/// abbreviation's ("Mayor Slams Brutal Cuts in the U.S.").
fn is_headline(s: &SentenceContext<'_>) -> bool {
    let end = s.text[s.span.start..s.span.end].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']')
    });
    if let Some(before) = end.strip_suffix('.') {
        let last = before.rsplit(char::is_whitespace).next().unwrap_or(before);
        if !is_final_abbreviation(last) {
            return false;
        }
    }
    three_in_four_capitalised(s.words.iter().skip(1).filter(|w| w.text.len() > 3))
}

/// Whether at least three `words` are counted and three in four of them are capitalised:
/// the measure of a line in title case.
fn three_in_four_capitalised<'a, 't: 'a>(words: impl Iterator<Item = &'a Word<'t>>) -> bool {
    let (mut n, mut capitals) = (0, 0);
    for w in words {
        n += 1;
        capitals += usize::from(w.is_capitalized());
    }
    n >= 3 && capitals * 4 >= n * 3
}

/// Whether a heading is written in title case ("Council's Betrayal Of Our Children",
/// "Brutal Cuts Hit Schools"): of its words after the first, at least three count and
/// three in four of those are capitalised. Words of up to three letters that title case
/// leaves in lower case ("of", "the", "and") are not counted; written with a capital
/// ("Of", "Our") they count, as title case writes them. A heading is a line of its own:
/// most of its words capitalised say nothing about names, where a sentence of prose
/// needs more ([`is_headline`]).
fn is_title_case_heading(s: &SentenceContext<'_>) -> bool {
    three_in_four_capitalised(s.words.iter().skip(1).filter(|w| {
        w.text.starts_with(char::is_alphabetic)
            && (w.is_capitalized() || w.text.chars().count() > 3)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detector::SentenceContext;
    use crate::detector::testing::{built, check_table};

    /// Checks each sentence of `cases` gets exactly the findings listed.
    fn check(cases: &[(&str, &[&str])]) {
        let d = built(LoadedLanguage::new);
        check_table(&d.vocabulary, cases, |s| d.detect(s));
    }

    #[test]
    fn flags_lexicon_words_intensified_verdicts_and_scare_quotes() {
        check(&[
            ("The mayor's thugs stormed the meeting.", &["thugs"]),
            (
                "It was an utterly disgraceful vote.",
                &["utterly disgraceful"],
            ),
            (
                "The plan is deeply harmful to renters.",
                &["deeply harmful"],
            ),
            ("The \"reform\" will close three schools.", &["\"reform\""]),
            ("The council met on Tuesday to discuss the budget.", &[]),
            // An intensifier written with a hyphen, which the sentence splits in two.
            (
                "He has been a straight-up bad candidate.",
                &["straight-up bad"],
            ),
            (
                "It was a flat-out disgraceful vote.",
                &["flat-out disgraceful"],
            ),
        ]);
    }

    /// An entry marked `intensifier = true` ("utter", "painfully") is flagged alone and
    /// strengthens a loaded word after it, as a word of the `intensifiers` list does.
    #[test]
    fn an_intensifier_entry_is_flagged_alone_and_intensifies() {
        check(&[
            ("He showed utter disdain for the rules.", &["utter"]),
            // Both: the report keeps the longer, stronger finding.
            (
                "Their utter cynicism cost the town.",
                &["utter", "utter cynicism"],
            ),
            ("The reply was painfully slow.", &["painfully"]),
            (
                "The ruling was painfully wrong.",
                &["painfully", "painfully wrong"],
            ),
            ("He did not utter a word.", &[]),
        ]);
        let d = built(LoadedLanguage::new);
        let text = "Their utter cynicism cost the town.";
        let quotes = crate::text::quote::quotations(text, Span::new(0, text.len()));
        let s = SentenceContext::new(text, Span::new(0, text.len()), &quotes, &d.vocabulary);
        let found = d.detect(&s);
        let intensified = found
            .iter()
            .find(|f| &text[f.span.start..f.span.end] == "utter cynicism");
        assert_eq!(
            intensified.map(|f| f.weight),
            Some(3),
            "cynicism (2) and one for the intensifier: {found:?}"
        );
    }

    #[test]
    fn flags_loaded_words_a_reader_stops_at() {
        check(&[
            ("The brutal cuts fell hardest on pensioners.", &["brutal"]),
            ("The minister brutally ignored the strikers.", &["brutally"]),
            // After "the" an adjective is still an adjective: "the corrupt mayor".
            ("The corrupt mayor kept the contract.", &["corrupt"]),
            ("He met the shady donors at night.", &["shady"]),
            (
                "The White House is panicking over the polls.",
                &["panicking"],
            ),
            (
                "Savers are being robbed blind by the banks.",
                &["robbed blind"],
            ),
            (
                "The deal is lining the pockets of his donors.",
                &["lining the pockets"],
            ),
            ("Their new plan is truly awful.", &["truly awful"]),
            (
                "The rollout was an absolute disgrace.",
                &["absolute disgrace"],
            ),
            ("What a total failure of leadership.", &["total failure"]),
        ]);
    }

    #[test]
    fn leaves_literal_senses_idioms_used_literally_and_names() {
        check(&[
            ("It was a brutal winter in the north.", &[]),
            ("Hikers faced brutal heat on the ridge.", &[]),
            (
                "In June 1944 the invasion by Allied troops began on the coast.",
                &[],
            ),
            ("The virus invades the cells lining the lung.", &[]),
            ("Soldiers were ordered to invade the island at dawn.", &[]),
            ("The train wreck injured forty passengers.", &[]),
            ("The circus came to town with three elephants.", &[]),
            (
                "Planners named the drill Operation Iron Fury last spring.",
                &[],
            ),
            ("We camped beside the Savage River for a week.", &[]),
            ("Shoppers were panicking as smoke filled the mall.", &[]),
            (
                "He was charged under the Foreign Corrupt Practices Act.",
                &[],
            ),
            ("She reviewed the album for Brutal Records in May.", &[]),
            // A lone capitalised word inside a clause is a surname or a brand.
            ("The reporter asked Savage about the vote.", &[]),
            ("Lawmakers heard from Petty and two other owners.", &[]),
            (
                "LONDON (Reuters) - Shameful delays closed the port.",
                &["Shameful"],
            ),
            (
                "Protests against police brutality spread to six cities.",
                &[],
            ),
            // A teacher's trial: the verb "creep" was read as the insult (the noun is left
            // out: its uses are mostly the verb, "the creep of costs", "gives me the creeps").
            ("Then the price creeps up year after year.", &[]),
            ("The slow creep of costs worried the board.", &[]),
        ]);
    }

    #[test]
    fn the_same_words_about_people_and_policies_stay_loaded() {
        check(&[
            (
                "Lobbyists have invaded every corner of the capitol.",
                &["invaded"],
            ),
            (
                "The brutal regime jailed its critics.",
                &["brutal", "regime"],
            ),
            ("SAVAGE cuts are coming to our schools.", &["SAVAGE"]),
            // Loaded words English writes with a capital keep their verdict.
            (
                "It is an Orwellian law, and a Kafkaesque one.",
                &["Orwellian", "Kafkaesque"],
            ),
        ]);
    }

    /// A new-user trial: in a title-case headline ("Council's Betrayal Of Our Children")
    /// the capitals were read as a name's, so the loaded word went unflagged. A heading in
    /// title case says nothing about names; a heading in sentence case still holds them,
    /// and the same words in a sentence of prose are read as before.
    #[test]
    fn a_heading_in_title_case_is_no_name() {
        let d = built(LoadedLanguage::new);
        // (the line, whether it is a heading, the words flagged)
        let cases: &[(&str, bool, &[&str])] = &[
            ("Council's Betrayal Of Our Children", true, &["Betrayal"]),
            ("Council's Betrayal of Our Children", true, &["Betrayal"]),
            (
                "Why the Council's Shameful Vote Matters",
                true,
                &["Shameful"],
            ),
            // Sentence case: the capital is a name's.
            ("Jane Savage resigns from the board", true, &[]),
            ("Meet Jane Savage", true, &[]),
            // Not a heading: a line of prose needs more capitals to be a headline.
            ("Council's Betrayal Of Our Children", false, &[]),
        ];
        for (line, heading, expected) in cases {
            let quotes = crate::text::quote::quotations(line, Span::new(0, line.len()));
            let mut s =
                SentenceContext::new(line, Span::new(0, line.len()), &quotes, &d.vocabulary);
            s.heading = *heading;
            let got: Vec<&str> = d.detect(&s).iter().map(|f| f.span.slice(line)).collect();
            assert_eq!(got, *expected, "{line} (heading: {heading})");
        }
    }

    #[test]
    fn names_in_a_sentence_full_of_names_and_words_of_a_headline() {
        check(&[
            // A headline in title case: its capitals say nothing about names.
            ("Mayor Slams Brutal Cuts", &["Slams", "Brutal"]),
            // … also when it ends with an abbreviation's period.
            ("Mayor Slams Brutal Cuts in the U.S.", &["Slams", "Brutal"]),
            (
                "Senator Blasts Shameful Deal With Acme Inc.",
                &["Blasts", "Shameful"],
            ),
            // A sentence ending with a period is prose, however many names it holds.
            ("Kim heads the Propaganda and Agitation Department.", &[]),
            (
                "Baker Jack Phillips decorates a cake in his Masterpiece Cakeshop in Denver.",
                &[],
            ),
        ]);
    }

    #[test]
    fn nouns_derived_from_listed_words_are_loaded_and_report_the_listed_word() {
        let d = built(LoadedLanguage::new);
        check_table(
            &d.vocabulary,
            &[
                (
                    "The sheer carelessness of the rollout cost the town a year.",
                    &["sheer carelessness"],
                ),
                (
                    "Voters will not forget the insolence of that letter.",
                    &["insolence"],
                ),
                (
                    "The council's humiliation at the polls surprised nobody.",
                    &["humiliation"],
                ),
                (
                    "The politicization of the schools board began last year.",
                    &["politicization"],
                ),
            ],
            |s| d.detect(s),
        );
        let text = "The council's humiliation at the polls surprised nobody.";
        let quotes = crate::text::quote::quotations(text, Span::new(0, text.len()));
        let s = SentenceContext::new(text, Span::new(0, text.len()), &quotes, &d.vocabulary);
        // A derived noun reports the listed word it comes from.
        assert_eq!(&*d.detect(&s)[0].rule.id, "loaded-verbs/humiliate");
    }

    #[test]
    fn dismissals_and_ridicule_are_loaded_where_they_judge() {
        let d = built(LoadedLanguage::new);
        check_table(
            &d.vocabulary,
            &[
                ("The agency dithered while rents rose.", &["dithered"]),
                ("The new rules coddle polluters.", &["coddle"]),
                ("Auditors issued a scathing report.", &["scathing"]),
                ("Members followed the whip like sheep.", &["like sheep"]),
                ("The board's answer was tepid at best.", &["tepid"]),
                (
                    "Surprise, surprise: the contract went to a donor.",
                    &["Surprise, surprise"],
                ),
                (
                    "His schizophrenic trade policy confuses allies.",
                    &["schizophrenic"],
                ),
                ("Judges slapped down the appeal.", &["slapped down"]),
            ],
            |s| d.detect(s),
        );
    }

    #[test]
    fn sneering_compounds_pin_a_craving_or_a_hatred() {
        check(&[
            (
                "The headline-hungry mayor called a press conference.",
                &["headline-hungry"],
            ),
            ("A tariff-obsessed cabinet met again.", &["tariff-obsessed"]),
            ("Their union-bashing ads ran all week.", &["union-bashing"]),
            (
                "The senator's voter-pandering budget passed.",
                &["voter-pandering"],
            ),
            (
                "A clout-chasing influencer posted it first.",
                &["clout-chasing"],
            ),
            ("Energy-hungry servers fill the new hall.", &[]),
            ("The storm-chasing crew filmed the funnel cloud.", &[]),
            ("Oxygen-hungry cells die first in a stroke.", &[]),
            ("The well-known author signed books.", &[]),
        ]);
    }

    #[test]
    fn dismissals_used_literally_stay_plain() {
        check(&[
            ("Rinse the cloth in lukewarm water.", &[]),
            ("She was diagnosed with bipolar disorder at twenty.", &[]),
            ("The robbers got away with the cash.", &[]),
            ("A blistering heatwave hit the farms in July.", &[]),
            ("The hotel pampers its guests with a spa.", &[]),
            ("Windows shook after the blast near the market.", &[]),
            ("Congress approved new disaster aid for the coast.", &[]),
            ("Police found explosive material in the van.", &[]),
            ("Sheep grazed in the field behind the farm.", &[]),
        ]);
    }

    #[test]
    fn charged_registers_leave_their_literal_senses() {
        check(&[
            (
                "The parents were out of their minds with worry all night.",
                &[],
            ),
            ("Forecasters warned of a walloping snowstorm.", &[]),
            ("She wrote a short dystopia for her writing class.", &[]),
            // The same words as verdicts on people and plans stay loaded.
            (
                "The board must be out of their minds to sell the park.",
                &["out of their minds"],
            ),
            (
                "The governor's party took a walloping in the vote.",
                &["walloping"],
            ),
        ]);
    }

    #[test]
    fn sarcastic_praise_needs_its_sarcastic_frame() {
        // "Had the bright idea", "the geniuses at the agency" mock; "a bright idea" and
        // "child geniuses" praise in earnest, and the explanation would not fit them.
        check(&[
            (
                "Someone had the bright idea to close the bridge at rush hour.",
                &["the bright idea"],
            ),
            (
                "The geniuses at the agency lost the files again.",
                &["The geniuses"],
            ),
            ("She had a bright idea for the science fair.", &[]),
            ("The museum hired three child geniuses as guides.", &[]),
        ]);
    }

    #[test]
    fn derived_nouns_that_name_a_legal_standard_or_a_crime_stay_plain() {
        check(&[
            ("The court found the hospital liable for negligence.", &[]),
            ("He was charged with voter intimidation in 2019.", &[]),
            ("The sermon was about wickedness and forgiveness.", &[]),
            (
                "Police tracked the infiltration of the network by a spy.",
                &[],
            ),
        ]);
    }

    #[test]
    fn each_word_reports_its_own_rule_and_explanation() {
        let d = built(LoadedLanguage::new);
        let text = "An unethical, lavish and woke plan, a witch hunt that caved in.";
        let quotes = crate::text::quote::quotations(text, Span::new(0, text.len()));
        let s = SentenceContext::new(text, Span::new(0, text.len()), &quotes, &d.vocabulary);
        let found = d.detect(&s);
        let rules: Vec<&str> = found.iter().map(|f| &*f.rule.id).collect();
        assert_eq!(
            rules,
            [
                "loaded-pejoratives/unethical",
                "loaded-pejoratives/lavish",
                "loaded-pejoratives/woke",
                "loaded-pejoratives/witch-hunt",
                "loaded-verbs/cave-in",
            ]
        );
        // Words of different groups explain themselves differently.
        assert_ne!(found[0].rule.explanation, found[1].rule.explanation);
        assert_ne!(found[1].rule.alternative, found[2].rule.alternative);
    }

    #[test]
    fn scare_quotes_only_in_the_authors_own_voice() {
        check(&[
            (
                "Their \"experts\" never visited the site.",
                &["\"experts\""],
            ),
            (
                "So much for the \u{201c}reform\u{201d} we were sold.",
                &["\u{201c}reform\u{201d}"],
            ),
            // Partial quotations of a named or reported speaker.
            (
                "The ministry said the \"temporary\" measures would end in May.",
                &[],
            ),
            ("Critics called it the \"bargain\" of the year.", &[]),
            (
                "He described the \u{201c}orderly departure\u{201d} in a letter to the court.",
                &[],
            ),
            // A reporting word far from the marks does not make them a quotation.
            (
                "The council says it will vote in May, but after years of delay nobody expects the \"reform\" to pass.",
                &["\"reform\""],
            ),
            // Titles and names.
            ("She read the \"Harry Potter\" books twice.", &[]),
            ("She read the \"Annual Report on Water Supply\" aloud.", &[]),
            // After a possessive, as after a determiner.
            (
                "The district's \u{201c}safety plan\u{201d} left the gates open.",
                &["\u{201c}safety plan\u{201d}"],
            ),
            // Not after a determiner or a possessive.
            ("The word \"fair\" appears twice in the bill.", &[]),
            // One quotation of the sentence is attributed: its other marks are fragments of
            // the same words, however far from the reporting word.
            (
                "The mayor said on Monday that the \u{201c}time is right\u{201d} for a new plan to rebuild the harbour front with the \u{201c}needed funds\u{201d} in place.",
                &[],
            ),
            (
                "The judge asked why the law held so many \u{201c}sound ideas\u{201d} beside its \u{201c}central\u{201d} mandate if the mandate alone was void.",
                &[],
            ),
            // A term right before the noun of what it names is a label, not a sneer; before
            // any other noun the marks still sneer.
            (
                "The \"zero tolerance\" policy split hundreds of families at the border.",
                &[],
            ),
            (
                "The administration's \"humane\" policy tore children from their parents.",
                &["\"humane\""],
            ),
            (
                "Their \u{201c}reform\u{201d} program cut the pensions of retirees.",
                &["\u{201c}reform\u{201d}"],
            ),
            (
                "Lawmakers kept the \"market making\" exception in the final bill.",
                &[],
            ),
            (
                "The council's \"safety\" campaign left the gates open.",
                &["\"safety\""],
            ),
            (
                "Nobody believed the \"post-racial\" myth for long.",
                &["\"post-racial\""],
            ),
            // A title in capitals quotes no one: the author's own marks stay a sneer.
            (
                "Their grasp of their \"base\" is weak, and it shows in the book \"Coming Apart\" about class.",
                &["\"base\""],
            ),
        ]);
    }

    #[test]
    fn a_phrase_cited_as_someones_is_no_scare_quote() {
        check(&[
            (
                "In her first year the governor evoked the \u{201c}quiet majority\u{201d} as the reason to cut taxes.",
                &[],
            ),
            // "cite" and "phrase" are not citing words: the sneer's own words as often (the
            // outside review).
            (
                "Their \"experts\" never cite a single study.",
                &["\"experts\""],
            ),
            (
                "Each night the host announces that the \"deal\" is dead.",
                &[],
            ),
            // Without a citing word the marks still sneer.
            (
                "In her first year the governor praised the \u{201c}quiet majority\u{201d} as the reason to cut taxes.",
                &["\u{201c}quiet majority\u{201d}"],
            ),
        ]);
    }

    #[test]
    fn a_wanted_thing_and_a_named_reaction_are_not_sneers() {
        check(&[
            // What is wanted most, not a thing shrunk.
            (
                "The mayor would love nothing more than a quiet summer.",
                &[],
            ),
            (
                "Most parents want nothing more than a safe walk to school.",
                &[],
            ),
            (
                "The plan is nothing more than a tax cut for donors.",
                &["nothing more than"],
            ),
            // "like" as a preposition: the sneer.
            (
                "The hearing looked like nothing more than theater.",
                &["nothing more than"],
            ),
            // A reaction named as a reaction, not pressed on the reader.
            (
                "The statute became a focus of outrage after the shooting.",
                &[],
            ),
            ("The letters were full of expressions of outrage.", &[]),
            ("This ruling is an outrage.", &["outrage"]),
        ]);
    }

    #[test]
    fn wise_is_a_mild_judgement_not_a_verdict() {
        // Like "important" or "sensible": an ordinary judgement, negated or plain.
        check(&[
            ("It was a wise decision by the board.", &[]),
            ("They're not wise.", &[]),
            ("History can be a wise teacher.", &[]),
            ("The council would be wise to wait for the audit.", &[]),
        ]);
    }

    #[test]
    fn superlative_verdicts_and_war_frames_are_loaded() {
        check(&[
            // A superlative sharpens the verdict of its adjective.
            ("It was the vilest campaign ad of the year.", &["vilest"]),
            (
                "They chose the noblest cause they could find.",
                &["noblest"],
            ),
            ("This is the laziest excuse a mayor can give.", &["laziest"]),
            // The spelling with a hyphen.
            (
                "These over-zealous clerks refused the form.",
                &["over-zealous"],
            ),
            // Police and border work pictured as war.
            ("The plan would militarize our schools.", &["militarize"]),
        ]);
    }

    #[test]
    fn literal_military_animal_and_mild_senses_stay_plain() {
        check(&[
            // An army invading a country, and a predator that hunts.
            ("Iraq's invasion of Kuwait began in August 1990.", &[]),
            (
                "Historians still debate the Soviet invasion in detail.",
                &[],
            ),
            ("A hungry predator circled the camp at night.", &[]),
            ("The army flew Predator drones over the valley.", &[]),
            // Armed forces placed on islands.
            (
                "The navy began to militarize the islands in the strait.",
                &[],
            ),
            // The news words for deadly force and a country at war, and mild approval.
            ("It was the most lethal storm in a decade.", &[]),
            ("Aid reached the war-torn province on Friday.", &[]),
            ("She handled the questions deftly and admirably.", &[]),
            ("The editor chided the reporter for a typo.", &[]),
            // A shooting spree is what the news calls it.
            ("Three victims died in Sunday's rampage.", &[]),
        ]);
    }

    #[test]
    fn news_reports_of_charges_inquiries_and_crimes_stay_plain() {
        check(&[
            // A charge denied or under inquiry is reported, not made.
            (
                "The mayor said his office did not collude with the builder.",
                &[],
            ),
            (
                "The inquiry asks whether the firms colluded on prices.",
                &[],
            ),
            (
                "The two firms colluded to fix the price of bread.",
                &["colluded"],
            ),
            // An influence campaign beside hacking, a state's output, a creed declared.
            (
                "The agency described a campaign of hacking and propaganda.",
                &[],
            ),
            ("He watched state propaganda videos for hours.", &[]),
            (
                "The governor's speech was pure propaganda.",
                &["propaganda"],
            ),
            ("An avowed white supremacist was sentenced on Friday.", &[]),
            // The crime itself, an armed attack, money paid for silence.
            ("Police arrested looters after the storm.", &[]),
            ("Gunmen killed nine people in an assault on a school.", &[]),
            ("The payments were made to silence two witnesses.", &[]),
            (
                "They want to silence every critic of the plan.",
                &["silence"],
            ),
            // Horror framing, and the dream.
            (
                "The new tax is a nightmare for small shops.",
                &["nightmare"],
            ),
            ("The child had a nightmare and could not sleep.", &[]),
            // Partisan registers: puppets, theatre, pouncing on a remark.
            (
                "The senator's handlers kept him from the press.",
                &["handlers"],
            ),
            ("Baggage handlers walked out at the airport.", &[]),
            ("Critics seized on the remark within hours.", &["seized on"]),
            ("Customs officers seized on Monday a ton of cocaine.", &[]),
            ("Their excuse was depressingly familiar.", &["depressingly"]),
        ]);
    }

    /// Verbs that mock speech keep their sneer before an article ("parroting a line"); only
    /// the nouns after a determiner ("a parrot") are literal.
    #[test]
    fn speech_mockery_verbs_before_an_article_stay_loaded() {
        check(&[
            (
                "The columnist keeps parroting a line from the campaign office.",
                &["parroting"],
            ),
            (
                "The spokesman regurgitated a statement nobody believed.",
                &["regurgitated"],
            ),
            ("Her grandmother kept a parrot in the kitchen.", &[]),
            // An -ing form after a determiner is the mockery too, not a stadium or a reign.
            (
                "The grandstanding senator held the floor for an hour.",
                &["grandstanding"],
            ),
            ("His pontificating bored the committee.", &["pontificating"]),
            ("Fans filled the grandstand before noon.", &[]),
            (
                "The reforms of the current pontificate divided the bishops.",
                &[],
            ),
        ]);
    }

    /// Families of the op-ed register: machine bosses, secrecy, anger pictured as fire,
    /// heroics, poured praise and sneers at an opponent's aims; each keeps its literal use.
    #[test]
    fn op_ed_families_are_loaded_and_their_literal_uses_plain() {
        check(&[
            (
                "The party bosses chose the ticket in a single afternoon.",
                &["party bosses"],
            ),
            (
                "The mayor hushed up the audit for two years.",
                &["hushed up"],
            ),
            (
                "The fees were raised behind our backs.",
                &["behind our backs"],
            ),
            (
                "His smoldering anger at the press showed again on Friday.",
                &["smoldering anger"],
            ),
            ("He resigned in a fit of pique.", &["fit of pique"]),
            (
                "She braved a roomful of hostile reporters to defend the plan.",
                &["braved"],
            ),
            ("The volunteers braved the cold to hand out leaflets.", &[]),
            (
                "The senator stood tall when the vote came.",
                &["stood tall"],
            ),
            ("The new tower stands tall above the old port.", &[]),
            (
                "The budget is a wish list for the governor's allies.",
                &["wish list"],
            ),
            ("The children wrote wish lists for Christmas.", &[]),
            (
                "The relief bill is loaded with goodies for the industry.",
                &["goodies"],
            ),
            ("She baked a tray of goodies for the children.", &[]),
        ]);
    }

    /// The technical and literal senses news gives these words: a legal element, a rescue
    /// with public money, a term of psychology or economics, networks, war, sport, a show.
    #[test]
    fn technical_senses_of_news_stay_plain() {
        check(&[
            // "Landslide" alone is the word for an election won big; "a landslide of" pictures.
            (
                "She won the governorship in a landslide over the incumbent.",
                &[],
            ),
            (
                "Pollsters no longer predict popular vote landslides for either party.",
                &[],
            ),
            (
                "A landslide of complaints buried the new rules.",
                &["landslide of"],
            ),
            (
                "The court must find a corrupt motive before it can convict.",
                &[],
            ),
            ("The prosecutors could not prove corrupt intent.", &[]),
            ("The council is corrupt from top to bottom.", &["corrupt"]),
            (
                "Congress voted to bail out the airlines after the shutdown.",
                &[],
            ),
            (
                "Lawmakers may have to bail out struggling states next year.",
                &[],
            ),
            (
                "The leadership bailed out its friends on the board.",
                &["bailed out"],
            ),
            (
                "Researchers say peer contagion spreads risky habits among teenagers.",
                &[],
            ),
            (
                "Economists feared financial contagion across the region's markets.",
                &[],
            ),
            (
                "Patients stop being contagious once the period of contagion ends.",
                &[],
            ),
            (
                "A contagion of despair is spreading through our schools.",
                &["contagion"],
            ),
            ("Providers may throttle video streaming at peak hours.", &[]),
            (
                "The majority moved to throttle debate on the bill.",
                &["throttle"],
            ),
            ("The torpedoing of the warship killed forty sailors.", &[]),
            (
                "The speaker is torpedoing the bill to please donors.",
                &["torpedoing"],
            ),
            (
                "After its defeats the group turned to suicide bombings and ambushes.",
                &[],
            ),
            ("She smashed her racket after losing the final set.", &[]),
            ("The fee is a racket run by the county clerk.", &["racket"]),
            (
                "The fair had a motorcycle stunt show for the children.",
                &[],
            ),
            ("The press conference was a cheap stunt.", &["stunt"]),
        ]);
    }

    /// Metaphors of coercion, of decay of people and minds and of disguise are loaded; a
    /// real beating, rotten wood, a costume and a disguised thief are not.
    #[test]
    fn coercion_decay_and_disguise_metaphors_are_loaded() {
        check(&[
            (
                "The chairman ran the committee with an iron hand for a decade.",
                &["iron hand"],
            ),
            (
                "The party used its majority to bludgeon the unions into line.",
                &["bludgeon"],
            ),
            ("The burglar bludgeoned the guard with a pipe.", &[]),
            (
                "The new rules take a sledgehammer to local democracy.",
                &["take a sledgehammer to"],
            ),
            ("The builders took a sledgehammer to the kitchen wall.", &[]),
            (
                "Cheap phones are rotting young brains.",
                &["rotting young brains"],
            ),
            (
                "The movement is rotting from within.",
                &["rotting from within"],
            ),
            ("The old beams were rotting from within.", &[]),
            (
                "Those lectures poison young minds.",
                &["poison young minds"],
            ),
            (
                "The treaty is surrender dressed up as strength.",
                &["dressed up as"],
            ),
            ("The twins dressed up as pirates for Halloween.", &[]),
            (
                "Old cuts were passed off as a fresh start.",
                &["passed off as"],
            ),
            (
                "The hearing gave the deal a veneer of legitimacy.",
                &["veneer of legitimacy"],
            ),
            // A review: "disguised as", "repackaged as" and "dress up in" are mostly
            // literal in news (malware, bonds, clothes), and left out.
            ("The malware was disguised as a software update.", &[]),
            ("The mortgages were repackaged as bonds.", &[]),
            ("She dressed up in her best suit for the interview.", &[]),
            (
                "Ten years of cuts hollowed out the health service.",
                &["hollowed out"],
            ),
            ("The carver hollowed out the pumpkin.", &[]),
            (
                "The river hollowed out the canyon over a million years.",
                &[],
            ),
            ("Investors bailed out of tech stocks in March.", &[]),
        ]);
    }
}
