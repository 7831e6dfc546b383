//! Every form of every phrase of a category's lexicons, looked up by the word it starts with.
//!
//! A phrase can only start where a word starts, so the matcher looks up each word of the
//! sentence (lower case) among the forms' first words and compares the longest forms first:
//! ASCII case-insensitive, `’` read as `'`, a space matching any run of white space (so a
//! phrase broken across a wrapped line is still found). The first, longest match wins and
//! the search goes on after it. A match counts only when it starts and ends on word
//! boundaries (a hyphen joins words: "non-violent" does not contain "violent"), and not when
//! a literal-use word stands right before or after it, or (`not_near`) within a few words.

use super::context::CLAUSE_BREAKS;
use super::vocabulary::first_word;
use super::{Role, RuleText, SentenceContext, VocabularyBuilder, WordId};
use crate::category::Category;
use crate::lexicon::{Entry, Lexicon, LexiconSet};
use crate::text::span::Span;
use pair_filter::PairFilter;
use rustc_hash::FxHashMap;
use std::sync::{Arc, OnceLock};

mod pair_filter;

/// A phrase found in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct PhraseMatch<'l> {
    /// The matched words.
    pub span: Span,
    /// The entry.
    pub entry: &'l Entry,
    /// Which of the entry's phrases matched (one of its forms did).
    pub phrase: usize,
    /// The phrase's rule texts, once some sentence has matched it.
    rule: &'l OnceLock<Arc<RuleText>>,
}

impl PhraseMatch<'_> {
    /// The rule of the phrase that matched (its id `lexicon/phrase`, the entry's
    /// explanation and alternative), shared by all the phrase's findings: made at its
    /// first match, as most phrases of a lexicon match nothing in a given run (no
    /// allocation for each at start-up).
    pub fn rule(&self) -> Arc<RuleText> {
        let rule = self.rule.get_or_init(|| {
            Arc::new(RuleText {
                id: Arc::clone(&self.entry.rules[self.phrase]),
                explanation: Arc::clone(&self.entry.explanation),
                alternative: self.entry.alternative.clone(),
                question: self.entry.question.clone(),
            })
        });
        Arc::clone(rule)
    }
}

/// One form to match and what it stands for.
#[derive(Debug, Clone, Copy)]
struct Form<T> {
    /// Where its text (lower case, single spaces, straight apostrophes) stands in
    /// [`FormIndex::texts`]: start and end.
    text: (u32, u32),
    target: T,
}

impl<T> Form<T> {
    /// The length of its text in bytes.
    fn len(&self) -> u32 {
        self.text.1 - self.text.0
    }
}

/// What forms are filed by: the number of their first word and of their second (`None`
/// for a form of one word).
type FormKey = (WordId, Option<WordId>);

/// Where the forms of one key stand in [`FormIndex::forms`]: start and end.
type FormRange = (u32, u32);

/// Forms filed by their first word (its letters, digits and `_`), and those of several
/// words by their first two, longest first.
#[derive(Debug)]
pub struct FormIndex<T> {
    /// Every form, those of one key together, longest first (one vector: start-up makes
    /// no list per key).
    forms: Vec<Form<T>>,
    /// The forms' texts, one after the other (one allocation, not one per form).
    texts: Vec<u8>,
    /// Forms of one word, by that word's key: where they stand in `forms`.
    /// Indexed by the number of a first word: where its forms of one word stand (an empty
    /// range for none) and whether it starts forms of several words (a table, not a map:
    /// one read per word of the text).
    one_word: Vec<(FormRange, bool)>,
    /// Forms of several words, by their first two ("the elite" by "the" and "elite"): a
    /// word that starts dozens of phrases is not compared with each.
    two_words: FxHashMap<(WordId, WordId), FormRange>,
    /// The keys of `two_words`, as bits of a filter: a pair of words none of whose bits is
    /// set is in no form, and is not looked up in the map.
    pairs: PairFilter,
    /// The role of the words some form starts with: "no form starts here" without a lookup.
    starts: Role,
    /// The role of the words some form of one word is filed under: a form may start at
    /// a word whose stem has it, whatever follows.
    one_starts: Role,
    /// The role of the second words of forms of several words: a word that starts only
    /// such forms starts none when the word after it (as it is or its stem) lacks it, told
    /// by one bit of the keys the context made instead of hashing the pair.
    seconds: Role,
}

impl<T: Copy> FormIndex<T> {
    /// An index of normalized `forms` (the first of two equal forms wins; forms that do not
    /// start with a letter or digit, refused by the lexicon checks, are left out).
    pub fn new<'f>(
        forms: impl IntoIterator<Item = (&'f str, T)>,
        vocabulary: &VocabularyBuilder,
    ) -> Self {
        // The forms' first two words, numbered afterwards under one lock of the vocabulary
        // (the detectors compile on several threads).
        let forms = forms.into_iter();
        let mut filed = Vec::with_capacity(forms.size_hint().0);
        let mut filed_words = Vec::with_capacity(forms.size_hint().0);
        let mut texts = Vec::new();
        // The words of a form of several words (one list, reused).
        let mut words = Vec::new();
        for (form, target) in forms {
            let key = first_word(form);
            if key.is_empty() {
                continue;
            }
            // A form of ASCII letters, digits and `_` is one word (UAX #29 keeps them
            // together): most forms, split without making their list of words.
            let one_ascii_word = key.len() == form.len() && form.is_ascii();
            let second = if one_ascii_word {
                None
            } else {
                crate::text::word::words_into(form, Span::new(0, form.len()), &mut words);
                words.get(1).map(|w| w.text)
            };
            let start = offset(texts.len());
            texts.extend_from_slice(form.as_bytes());
            let text = (start, offset(texts.len()));
            filed.push(Form { text, target });
            filed_words.push((key, second));
        }
        let ids = vocabulary.intern_all(
            filed_words
                .iter()
                .flat_map(|&(key, second)| std::iter::once(key).chain(second)),
        );
        let mut ids = ids.into_iter();
        // Each form's place in the order it is filed in, as two numbers ordered as (key,
        // longest first, place in the list): its first word's number and its second's
        // (0 for none, else the number + 1), then the length subtracted from the largest
        // and its place. Sorting these pairs is cheaper than sorting the forms.
        let mut order: Vec<(u64, u64)> = Vec::with_capacity(filed.len());
        let mut first_ids = Vec::with_capacity(filed.len());
        for ((&(_, second), form), place) in filed_words.iter().zip(&filed).zip(0u32..) {
            let first = ids.next().expect("a number for each first word");
            first_ids.push(first);
            let second = second.map_or(0, |_| {
                let id = ids.next().expect("a number for each second word");
                id.checked_add(1).expect("fewer than 4 billion words")
            });
            order.push((
                u64::from(first) << 32 | u64::from(second),
                u64::from(u32::MAX - form.len()) << 32 | u64::from(place),
            ));
        }
        // Of two forms of one key and one length, the first listed stays first.
        order.sort_unstable();
        let key_of = |words: u64| -> FormKey {
            // Both halves hold 32 bits.
            let (first, second) = ((words >> 32) as WordId, words as WordId);
            (first, second.checked_sub(1))
        };
        let text_of = |form: &Form<T>| &texts[form.text.0 as usize..form.text.1 as usize];
        let size = first_ids.iter().max().map_or(0, |&id| id as usize + 1);
        let mut one_word = vec![((0, 0), false); size];
        let mut two_words = FxHashMap::default();
        let (mut one_word_keys, mut second_ids) = (Vec::new(), Vec::new());
        // The forms in that order, those of a key together. Two equal forms have one key and
        // one length, so they stand in one run of forms: the one listed first is kept.
        let mut forms: Vec<Form<T>> = Vec::with_capacity(order.len());
        let (mut key_start, mut run_start) = (0, 0);
        for (at, &(words, length_place)) in order.iter().enumerate() {
            let run = |(words, length_place): (u64, u64)| (words, length_place >> 32);
            if at == 0 || run(order[at - 1]) != run((words, length_place)) {
                run_start = forms.len();
            }
            let form = filed[(length_place & u64::from(u32::MAX)) as usize];
            if !forms[run_start..]
                .iter()
                .any(|f| text_of(f) == text_of(&form))
            {
                forms.push(form);
            }
            if order.get(at + 1).is_none_or(|&(next, _)| next != words) {
                let end = offset(forms.len());
                match key_of(words) {
                    (first, None) => {
                        one_word[first as usize].0 = (key_start, end);
                        one_word_keys.push(first);
                    }
                    (first, Some(second)) => {
                        one_word[first as usize].1 = true;
                        two_words.insert((first, second), (key_start, end));
                        second_ids.push(second);
                    }
                };
                key_start = end;
            }
        }
        let pairs = PairFilter::new(two_words.keys().copied());
        FormIndex {
            forms,
            texts,
            one_word,
            two_words,
            pairs,
            starts: vocabulary.phrase_start_role(&first_ids),
            one_starts: vocabulary.role_of(&one_word_keys),
            seconds: vocabulary.role_of(&second_ids),
        }
    }

    /// The forms written in the sentence on word boundaries, each with its target: the
    /// first, longest match wins and the search goes on after it; a match `keep` refuses
    /// is dropped, and the search still goes on after it.
    pub fn find(
        &self,
        sentence: &SentenceContext<'_>,
        mut keep: impl FnMut(&T, Span) -> bool,
    ) -> Vec<(&T, Span)> {
        let mut out = Vec::new();
        self.for_each_match(sentence, |target, span| {
            if keep(target, span) {
                out.push((target, span));
            }
        });
        out
    }

    /// Calls `found` with each form written in the sentence on word boundaries and its
    /// target, as [`FormIndex::find`] lists them: a caller that makes its own records of
    /// the matches builds them here, with no list of pairs made and read again for every
    /// sentence (most sentences match nothing, and an empty list cost more to turn into
    /// another than the search itself).
    pub fn for_each_match<'s>(
        &'s self,
        sentence: &SentenceContext<'_>,
        mut matched: impl FnMut(&'s T, Span),
    ) {
        if !self.may_match(sentence) {
            return;
        }
        let mut searched_to = 0;
        // Most words start no form and join no words: only the words the context listed
        // (their stem starts a form of some index, or they are joined) are read. Of
        // the words that start some form, most start only forms of several words and are
        // followed by no word that goes on one: turned away here too, by `may_start_at`.
        let starts = self.starts.bits();
        for &i in &sentence.starters {
            let i = i as usize;
            let keys = &sentence.keys[i];
            let starts_here = keys.stem_roles & starts != 0 && self.may_start_at(sentence, i);
            if !starts_here && !keys.joined {
                continue;
            }
            let word = &sentence.words[i];
            if word.span.end <= searched_to {
                continue;
            }
            let mut found = None;
            if starts_here && word.span.start >= searched_to {
                found = self.longest_at(sentence, i, 0);
            }
            if found.is_none() && keys.joined {
                found = self.longest_in_joined(sentence, i, searched_to);
            }
            let Some((form, span)) = found else {
                continue;
            };
            searched_to = span.end;
            matched(&form.target, span);
        }
    }

    /// Whether the sentence may hold a form: most hold no first word of a form and no
    /// words joined by a stop before one ([`FormIndex::for_each_match`] finds none then).
    #[inline(always)]
    pub fn may_match(&self, sentence: &SentenceContext<'_>) -> bool {
        sentence.may_have(self.starts) || sentence.any_joined
    }

    /// The longest form starting after a `:` or `.` inside word `i` ("Seattle:Doubtless",
    /// "world.Today"), at or after byte `searched_to`: out of line, as few words are
    /// joined so, to keep the loop over a sentence's words small.
    #[cold]
    #[inline(never)]
    fn longest_in_joined<'f>(
        &'f self,
        sentence: &SentenceContext<'_>,
        i: usize,
        searched_to: usize,
    ) -> Option<(&'f Form<T>, Span)> {
        let word = &sentence.words[i];
        let bytes = sentence.lower[i].as_bytes();
        (1..bytes.len())
            .filter(|&k| matches!(bytes[k - 1], b':' | b'.') && bytes[k].is_ascii_alphabetic())
            .filter(|&k| word.span.start + k >= searched_to)
            .find_map(|k| self.longest_at(sentence, i, k))
    }

    /// Whether a form may start at the start of word `i`: its stem has forms of one word,
    /// or the next word (as it is or its stem) may follow it in a form of several words.
    /// Most first words of forms ("the", "at", "no") start only forms of several words,
    /// and most words after them none: those are turned away here, by a table and two
    /// bits, without trying the forms. `false` means [`FormIndex::longest_at`] finds none.
    #[inline]
    fn may_start_at(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        let keys = &s.keys[i];
        if keys.stem_roles & self.one_starts.bits() != 0 {
            return true;
        }
        // Only forms of several words may start here: the next word (as it is or its
        // stem) must be the second word of one, and the pair must pass the filter (a
        // pair that fails either is in no form, so `longest_at` would find none).
        let Some(next) = s.keys.get(i + 1) else {
            return false;
        };
        if (next.roles | next.stem_roles) & self.seconds.bits() == 0 {
            return false;
        }
        let Some(key) = keys.stem else {
            return false;
        };
        let Some(&(_, pairs)) = self.one_word.get(key as usize) else {
            return false;
        };
        pairs
            && [next.id, next.stem]
                .into_iter()
                .flatten()
                .any(|second| self.pairs.may_hold(key, second))
    }

    /// The longest form written at byte `at` of word `i` that ends on a word boundary.
    /// Two forms that match at one place differ in length (one is the start of the other),
    /// so the longest of each list's first match is the longest match.
    fn longest_at<'f>(
        &'f self,
        s: &SentenceContext<'_>,
        i: usize,
        at: usize,
    ) -> Option<(&'f Form<T>, Span)> {
        // At a word's start its stem has the role (`find` asked).
        let (key, stem) = if at == 0 {
            // A word that is its own stem (most: the two numbers are one) is not read again.
            let word = &s.lower[i];
            let keys = &s.keys[i];
            let stem = if keys.stem.is_some() && keys.stem == keys.id {
                word
            } else {
                first_word(word)
            };
            (keys.stem, stem)
        } else {
            let stem = first_word(&s.lower[i][at..]);
            let key = s.vocabulary.id(stem);
            if !s.vocabulary.has(key, self.starts) {
                return None;
            }
            (key, stem)
        };
        let key = key?;
        let start = s.words[i].span.start + at;
        // Every form filed under `key` starts with the stem's text, which an ASCII word
        // holds in lower case from `start` on: those bytes match (letters, digits and `_`,
        // compared as `form_end` would) and are not compared again, form after form.
        let known = if s.words_are_ascii() { stem.len() } else { 0 };
        let first_fit = |range: Option<&FormRange>| {
            let &(from, to) = range?;
            self.forms[from as usize..to as usize]
                .iter()
                .find_map(|form| {
                    let (from, to) = form.text;
                    let text = &self.texts[from as usize..to as usize];
                    let end = form_end(s.text, start + known, s.span.end, &text[known..])?;
                    let span = Span::new(start, end);
                    on_word_boundaries(s.text, span).then_some((form, span))
                })
        };
        let &(one, pairs) = self.one_word.get(key as usize)?;
        let mut longest = first_fit((one.0 < one.1).then_some(&one));
        if pairs && i + 1 < s.words.len() {
            // The next word as it is, or without a possessive: "witch hunt's".
            let (next, stem) = (s.id(i + 1), s.stem_id(i + 1));
            let seconds = [next, stem.filter(|_| stem != next)];
            for second in seconds.into_iter().flatten() {
                let found = first_fit(self.two_words.get(&(key, second)));
                if let Some((form, span)) = found
                    && longest.is_none_or(|(l, _)| form.len() > l.len())
                {
                    longest = Some((form, span));
                }
            }
        }
        longest
    }
}

/// By lexicon and entry, the numbers of the entry's `not_near` words, sorted (all numbered
/// under one lock of the vocabulary).
fn near_word_numbers(
    lexicons: &[Arc<Lexicon>],
    vocabulary: &VocabularyBuilder,
) -> Vec<Vec<Box<[WordId]>>> {
    let entries = || lexicons.iter().flat_map(|lexicon| &lexicon.entries);
    let mut numbers = vocabulary
        .intern_all(entries().flat_map(|entry| entry.not_near.iter().map(String::as_str)))
        .into_iter();
    (lexicons.iter())
        .map(|lexicon| {
            (lexicon.entries.iter())
                .map(|entry| {
                    let mut near: Box<[WordId]> =
                        numbers.by_ref().take(entry.not_near.len()).collect();
                    near.sort_unstable();
                    near
                })
                .collect()
        })
        .collect()
}

/// The numbers of an entry's ASCII `not_before` and `not_after` words.
type BesideWords = (Box<[WordId]>, Box<[WordId]>);

/// By lexicon and entry, the numbers of the entry's ASCII `not_before` and `not_after`
/// words in ASCII lower case (all numbered under one lock of the vocabulary): an ASCII
/// word of the sentence is one of them when its number is ([`Word::is`] compares an
/// ASCII word with a word ASCII case-insensitively, and such a word's lower-case form
/// in the sentence is its text in ASCII lower case; a word that is not ASCII equals none).
///
/// [`Word::is`]: crate::text::word::Word::is
fn beside_word_numbers(
    lexicons: &[Arc<Lexicon>],
    vocabulary: &VocabularyBuilder,
) -> Vec<Vec<BesideWords>> {
    let ascii = |words: &[String]| -> Vec<String> {
        (words.iter())
            .filter(|w| w.is_ascii())
            .map(|w| w.to_ascii_lowercase())
            .collect()
    };
    (lexicons.iter())
        .map(|lexicon| {
            (lexicon.entries.iter())
                .map(|entry| {
                    let (before, after) = (ascii(&entry.not_before), ascii(&entry.not_after));
                    let numbers = |words: &[String]| -> Box<[WordId]> {
                        vocabulary
                            .intern_all(words.iter().map(String::as_str))
                            .into()
                    };
                    (numbers(&before), numbers(&after))
                })
                .collect()
        })
        .collect()
}

/// `n` as a place in the forms or their texts.
fn offset(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 4 GiB of forms")
}

/// `n` as the number of a lexicon, an entry or a phrase.
fn number(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 4 billion lexicons, entries and phrases")
}

/// Matches all phrases of some lexicons at once.
#[derive(Debug)]
pub struct PhraseMatcher {
    /// Every form of every entry, pointing to (lexicon, entry, phrase of the entry).
    forms: FormIndex<(u32, u32, u32)>,
    lexicons: Vec<Arc<Lexicon>>,
    /// By lexicon and entry, the number of the entry's first phrase in `rules`.
    first_rule: Vec<Vec<u32>>,
    /// The rule of each phrase of each entry, in order ([`PhraseMatch::rule`]).
    rules: Vec<OnceLock<Arc<RuleText>>>,
    /// By lexicon and entry, the numbers of the entry's `not_near` words, sorted: a word
    /// of the sentence is compared by its number, not its text.
    near_words: Vec<Vec<Box<[WordId]>>>,
    /// By lexicon and entry, the numbers of the entry's `not_before` and `not_after`
    /// words ([`beside_word_numbers`]): an ASCII word is compared by its number.
    beside_words: Vec<Vec<BesideWords>>,
}

impl PhraseMatcher {
    /// A matcher over the entries of every lexicon of `category`.
    pub fn new(lexicons: &LexiconSet, category: Category, vocabulary: &VocabularyBuilder) -> Self {
        Self::from_lexicons(lexicons.of(category).cloned().collect(), vocabulary)
    }

    /// A matcher over the entries of `lexicons` (the first of two equal forms wins, and a
    /// derived noun only where no entry lists or inflects that form).
    pub fn from_lexicons(lexicons: Vec<Arc<Lexicon>>, vocabulary: &VocabularyBuilder) -> Self {
        // Collected first, so the index is made at its size: every form an entry lists or
        // inflects, then the derived nouns.
        let mut listed = Vec::with_capacity(
            lexicons
                .iter()
                .flat_map(|lexicon| &lexicon.entries)
                .map(|entry| entry.forms.len())
                .sum(),
        );
        for derived in [false, true] {
            for (li, lexicon) in lexicons.iter().enumerate() {
                for (ei, entry) in lexicon.entries.iter().enumerate() {
                    let range = if derived {
                        entry.derived_from..entry.forms.len()
                    } else {
                        0..entry.derived_from
                    };
                    let forms = entry.forms[range.clone()].iter();
                    for (form, &pi) in forms.zip(&entry.form_phrases[range]) {
                        listed.push((form.as_str(), (number(li), number(ei), number(pi))));
                    }
                }
            }
        }
        let forms = FormIndex::new(listed, vocabulary);
        let mut phrases = 0;
        let first_rule = (lexicons.iter())
            .map(|lexicon| {
                (lexicon.entries.iter())
                    .map(|entry| {
                        let first = number(phrases);
                        phrases += entry.phrases.len();
                        first
                    })
                    .collect()
            })
            .collect();
        let rules = std::iter::repeat_with(OnceLock::new)
            .take(phrases)
            .collect();
        let near_words = near_word_numbers(&lexicons, vocabulary);
        let beside_words = beside_word_numbers(&lexicons, vocabulary);
        PhraseMatcher {
            forms,
            lexicons,
            first_rule,
            rules,
            near_words,
            beside_words,
        }
    }

    /// Every phrase in the sentence that stands on word boundaries and is not literal.
    ///
    /// Always inlined, the search itself out of line: most sentences hold no word a form
    /// starts with, told by two bits without a call.
    #[inline(always)]
    pub fn find<'m>(&'m self, sentence: &SentenceContext<'_>) -> Vec<PhraseMatch<'m>> {
        if !self.forms.may_match(sentence) {
            return Vec::new();
        }
        self.find_in(sentence)
    }

    /// [`PhraseMatcher::find`] in a sentence that may hold a form.
    #[inline(never)]
    fn find_in<'m>(&'m self, sentence: &SentenceContext<'_>) -> Vec<PhraseMatch<'m>> {
        let mut out = Vec::new();
        self.forms.for_each_match(sentence, |&(li, ei, pi), span| {
            let entry = &self.lexicons[li as usize].entries[ei as usize];
            let near = &self.near_words[li as usize][ei as usize];
            let beside = &self.beside_words[li as usize][ei as usize];
            if !is_literal_use(sentence, span, entry, beside, near) {
                let rule = self.first_rule[li as usize][ei as usize] + pi;
                out.push(PhraseMatch {
                    span,
                    entry,
                    phrase: pi as usize,
                    rule: &self.rules[rule as usize],
                });
            }
        });
        out
    }
}

/// Where `form` ends if it is written in `text` at `start` (and before `limit`): ASCII
/// letters in either case, `'` as `'` or `’`, a space as any run of white space.
fn form_end(text: &str, start: usize, limit: usize, form: &[u8]) -> Option<usize> {
    // Each byte of the form takes at least one byte of the text (a space one or more
    // white space bytes, `'` one or three): a form longer than what is left of the
    // sentence is not written there, told without reading it.
    if form.len() > limit.saturating_sub(start) {
        return None;
    }
    let bytes = &text.as_bytes()[..limit];
    let mut at = start;
    for &f in form {
        match f {
            b' ' => {
                let from = at;
                loop {
                    match bytes.get(at..) {
                        Some([b, ..]) if b.is_ascii_whitespace() => at += 1,
                        Some([0xC2, 0xA0, ..]) => at += 2, // no-break space
                        _ => break,
                    }
                }
                if at == from {
                    return None;
                }
            }
            b'\'' => match bytes.get(at..) {
                Some([b'\'', ..]) => at += 1,
                Some([0xE2, 0x80, 0x99, ..]) => at += 3, // ’
                _ => return None,
            },
            _ => {
                if !bytes.get(at).is_some_and(|b| b.eq_ignore_ascii_case(&f)) {
                    return None;
                }
                at += 1;
            }
        }
    }
    Some(at)
}

fn joins_words(c: char) -> bool {
    crate::text::chars::is_word_char(c) || c == '-'
}

/// Whether `span` neither starts nor ends inside a word.
pub fn on_word_boundaries(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(joins_words) && !after.is_some_and(joins_words)
}

#[inline(never)]
fn is_literal_use(
    sentence: &SentenceContext<'_>,
    span: Span,
    entry: &Entry,
    (before_words, after_words): &BesideWords,
    near_words: &[WordId],
) -> bool {
    // Word `i` is one of `words` (an entry's guard words, `numbers` theirs): an ASCII
    // word by its number, any other by its text.
    let is_one_of = |i: usize, words: &[String], numbers: &[WordId]| {
        let w = &sentence.words[i];
        if w.text.is_ascii() {
            sentence.id(i).is_some_and(|id| numbers.contains(&id))
        } else {
            words.iter().any(|x| w.is(x))
        }
    };
    // A guard word is right before or after the match only with no mark of a clause
    // between: "It won't matter, of course, to the families" is no "matter of course". (A
    // match may start or end inside a word, over a joining mark: no gap then.)
    let set_off = |gap: &str| gap.contains(CLAUSE_BREAKS);
    if !entry.not_before.is_empty() {
        let next = sentence.word_at_or_after(span.end);
        if next < sentence.words.len()
            && !set_off(
                sentence
                    .text
                    .get(span.end..sentence.words[next].span.start)
                    .unwrap_or(""),
            )
            && is_one_of(next, &entry.not_before, before_words)
        {
            return true;
        }
    }
    if !entry.not_after.is_empty() {
        let first = sentence.word_at_or_after(span.start);
        if first > 0
            && first <= sentence.words.len()
            && !set_off(
                sentence
                    .text
                    .get(sentence.words[first - 1].span.end..span.start)
                    .unwrap_or(""),
            )
            && is_one_of(first - 1, &entry.not_after, after_words)
        {
            return true;
        }
    }
    if !near_words.is_empty() {
        let first = sentence.word_at_or_after(span.start);
        let after = sentence.word_at_or_after(span.end);
        let near = first.saturating_sub(NEAR)..(after + NEAR).min(sentence.words.len());
        // A word is one of the list when its number is (words of no list have none).
        if near.filter(|&i| i < first || i >= after).any(|i| {
            sentence
                .id(i)
                .is_some_and(|id| near_words.binary_search(&id).is_ok())
        }) {
            return true;
        }
    }
    false
}

/// How many words on either side of a match `not_near` looks at: about a clause.
const NEAR: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detector::Vocabulary;
    use crate::lexicon::Origin;

    #[test]
    fn the_pair_filter_holds_every_filed_pair_and_turns_most_others_away() {
        let filed: Vec<(WordId, WordId)> = (0..3000).map(|k| (k % 97, k * 7 + 1)).collect();
        let filter = PairFilter::new(filed.iter().copied());
        assert!(filed.iter().all(|&(a, b)| filter.may_hold(a, b)));
        let others = (0..10_000u32).map(|k| (k % 89 + 200, k * 3 + 2));
        let let_through = others.filter(|&(a, b)| filter.may_hold(a, b)).count();
        assert!(let_through < 1_000, "{let_through} of 10,000 let through");
        assert!(!PairFilter::new(std::iter::empty()).may_hold(1, 2));
    }

    #[test]
    fn of_two_equal_forms_the_first_listed_is_kept() {
        let listed = [
            ("spin doctor", 1),
            ("spin", 2),
            ("spin doctors", 3),
            ("spin doctor", 4),
            ("spin", 5),
            ("spun", 6),
            ("spin", 7),
        ];
        let vocabulary = VocabularyBuilder::default();
        let index = FormIndex::new(listed, &vocabulary);
        let vocabulary = vocabulary.finish();
        let text = "A spin doctor, spin doctors and their spin: spun.";
        let ctx = SentenceContext::new(text, Span::new(0, text.len()), &[], &vocabulary);
        let found: Vec<(i32, &str)> = index
            .find(&ctx, |_, _| true)
            .into_iter()
            .map(|(&target, span)| (target, span.slice(text)))
            .collect();
        assert_eq!(
            found,
            [
                (1, "spin doctor"),
                (3, "spin doctors"),
                (2, "spin"),
                (6, "spun")
            ]
        );
        assert_eq!(index.forms.len(), 4, "the equal forms are left out");
    }

    fn matcher(source: &str) -> (PhraseMatcher, Vocabulary) {
        let lex = Lexicon::parse("t", source, "t.toml", Origin::Builtin).unwrap();
        let vocabulary = VocabularyBuilder::default();
        let m = PhraseMatcher::from_lexicons(vec![Arc::new(lex)], &vocabulary);
        (m, vocabulary.finish())
    }

    fn found((m, vocabulary): &(PhraseMatcher, Vocabulary), text: &str) -> Vec<String> {
        let ctx = SentenceContext::new(text, Span::new(0, text.len()), &[], vocabulary);
        m.find(&ctx)
            .iter()
            .map(|x| x.span.slice(text).to_string())
            .collect()
    }

    const SRC: &str = r#"
category = "loaded-language"
description = "t"
[[entry]]
phrases = ["thug", "witch hunt", "won't budge"]
inflect = "noun"
weight = 2
explanation = "x"
[[entry]]
phrases = ["brutal"]
weight = 1
explanation = "y"
not_before = ["winter", "cold"]
not_after = ["a"]
[[entry]]
phrases = ["invade"]
inflect = "verb"
weight = 2
explanation = "z"
not_near = ["troops", "virus"]
"#;

    #[test]
    fn matches_forms_case_insensitively_on_word_boundaries() {
        let m = matcher(SRC);
        assert_eq!(
            found(&m, "Thugs and a WITCH HUNT, not thuggery."),
            ["Thugs", "WITCH HUNT"]
        );
        assert_eq!(found(&m, "They won’t budge."), ["won’t budge"]);
        assert_eq!(found(&m, "The thug's car."), ["thug"]);
        assert_eq!(found(&m, "A non-thug."), Vec::<String>::new());
    }

    #[test]
    fn a_phrase_may_run_over_a_line_break_and_several_spaces() {
        let m = matcher(SRC);
        assert_eq!(
            found(
                &m,
                "It was a witch\nhunt, a witch  hunt, a WITCH\u{a0}HUNT."
            ),
            ["witch\nhunt", "witch  hunt", "WITCH\u{a0}HUNT"]
        );
        assert_eq!(found(&m, "a witchhunt"), Vec::<String>::new());
    }

    #[test]
    fn a_longer_form_ending_inside_a_word_leaves_the_shorter_one() {
        let m = matcher(
            r#"
category = "loaded-language"
description = "t"
[[entry]]
phrases = ["radical", "radical left"]
weight = 1
explanation = "x"
"#,
        );
        assert_eq!(found(&m, "The radical leftist mayor."), ["radical"]);
        assert_eq!(found(&m, "The radical left won."), ["radical left"]);
    }

    #[test]
    fn forms_of_several_words_are_found_whatever_follows_their_first_word() {
        // The first word of a form of several words is turned away by the word after it
        // (`may_start_at`), and an ASCII sentence's forms are compared from after their
        // first word (`longest_at`): both must find what comparing every byte finds.
        let m = matcher(SRC);
        assert_eq!(found(&m, "The witch hunt's end."), ["witch hunt"]);
        assert_eq!(found(&m, "A WITCH Hunt, then a witch."), ["WITCH Hunt"]);
        assert_eq!(
            found(&m, "A witch trial; a witch. Hunt"),
            Vec::<String>::new()
        );
        assert_eq!(found(&m, "Café critics saw a witch hunt."), ["witch hunt"]);
        assert_eq!(found(&m, "They won't budge."), ["won't budge"]);
        assert_eq!(found(&m, "They won't go, won’t budge."), ["won’t budge"]);
        assert_eq!(found(&m, "Thugs won't budge"), ["Thugs", "won't budge"]);
    }

    #[test]
    fn finds_phrases_in_words_joined_by_a_colon_or_period() {
        let m = matcher(SRC);
        assert_eq!(found(&m, "Report from Ohio:Thugs everywhere."), ["Thugs"]);
        assert_eq!(found(&m, "the end.Thugs came"), ["Thugs"]);
        assert_eq!(found(&m, "a lathug.thugs"), ["thugs"]);
    }

    #[test]
    fn skips_literal_uses() {
        let m = matcher(SRC);
        assert_eq!(
            found(&m, "It was brutal winter weather."),
            Vec::<String>::new()
        );
        assert_eq!(found(&m, "The brutal crackdown."), ["brutal"]);
        assert_eq!(
            found(&m, "In 1944 Allied troops invaded the coast."),
            Vec::<String>::new()
        );
        assert_eq!(
            found(&m, "The virus quickly invades the cells of the lung."),
            Vec::<String>::new()
        );
        assert_eq!(
            found(&m, "Lobbyists have invaded every corner of the capitol."),
            ["invaded"]
        );
    }
}
