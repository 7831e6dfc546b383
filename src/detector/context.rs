//! The sentence as the detectors see it: its words, their lower-case forms and vocabulary
//! keys, made once per sentence (reusing one paragraph's memory) and read by every detector.

use super::vocabulary::first_word;
use super::{NumberedWords, Role, Vocabulary, WordId, WordSet, looks_plural};
use crate::text::span::Span;
use crate::text::word::Word;
use std::borrow::Cow;

/// Marks that end a clause or set words off: a comma, a semicolon, a colon, a dash, a
/// bracket, a quotation mark.
pub const CLAUSE_MARKS: [char; 10] = [',', ';', ':', '—', '–', '(', ')', '"', '“', '”'];

/// [`CLAUSE_MARKS`] but the quotation marks: what sets a lexicon guard word off from its
/// match (a quoted phrase still has the word before it beside it: `so-called "reform"`).
pub const CLAUSE_BREAKS: [char; 7] = [',', ';', ':', '—', '–', '(', ')'];

/// One sentence, as the detectors see it.
#[derive(Debug)]
pub struct SentenceContext<'t> {
    /// The whole analysed text (spans index into it).
    pub text: &'t str,
    /// The sentence.
    pub span: Span,
    /// The sentence's words.
    pub words: Vec<Word<'t>>,
    /// The same words in lower case with `’` read as `'`, computed once for all detectors
    /// (borrowed from the text when it already is).
    pub lower: Vec<Cow<'t, str>>,
    /// What the vocabulary says of each word, looked up once for all detectors.
    pub(super) keys: Vec<WordKeys>,
    /// The words (their places) whose stem starts a form of some phrase index
    /// ([`Vocabulary::phrase_starts`]) or that join words with `:` or `.`: the only ones
    /// a phrase index reads, in order.
    pub(super) starters: Vec<u32>,
    /// Every role some word of the sentence or its stem has: a list none of its words is
    /// in need not be looked for word by word.
    present: u64,
    /// Whether some word joins words with `:` or `.` and no space, a phrase form maybe
    /// starting after the joiner ([`WordKeys::joined`]).
    pub(super) any_joined: bool,
    /// Every kind of character some word holds (the bits of `lower_case`: upper case,
    /// digit, not plain, not ASCII).
    kinds: u8,
    /// The words the detectors know.
    pub vocabulary: &'t Vocabulary,
    /// Quotations in the sentence's paragraph.
    pub quotes: &'t [Span],
    /// The sentence's paragraph with ASCII letters in lower case, and the byte of `text`
    /// it starts at, when the analysis made it: a capitalised ASCII word's lower-case
    /// form is borrowed from it instead of copied word by word.
    lowered: Option<(&'t str, usize)>,
    /// Whether the sentence is in a heading (a title or subheading): set by the analysis
    /// for the sentences of its heading paragraphs, false otherwise.
    pub heading: bool,
    /// The context of the sentence this one was at before [`SentenceContext::move_to`]
    /// (a paragraph's context keeps it, its lists swapped in and out, not read again): a
    /// detector looking at the sentence before reads it as a context of its own.
    earlier: Option<Box<SentenceContext<'t>>>,
}

impl<'t> SentenceContext<'t> {
    /// Builds the context of the sentence `span` of `text`, its words looked up in
    /// `vocabulary`, on its own: the analysis makes one per paragraph instead
    /// ([`SentenceContext::for_paragraph`]); a detector looking at the sentence before uses this.
    pub fn new(text: &'t str, span: Span, quotes: &'t [Span], vocabulary: &'t Vocabulary) -> Self {
        let lists = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut context = Self::empty(text, span, lists, None, quotes, vocabulary);
        context.move_to(span);
        context
    }

    /// A context for the sentences of `paragraph`, to be moved to each in turn with
    /// [`SentenceContext::move_to`]: `lowered` is the paragraph's text with ASCII letters
    /// in lower case (`str::to_ascii_lowercase`, which keeps every byte's place).
    ///
    /// Its lists are those of `memory`, kept from the paragraphs before (given back by
    /// [`SentenceContext::keep_memory`]), so they seldom grow and are not made again.
    pub fn for_paragraph(
        text: &'t str,
        paragraph: Span,
        lowered: &'t str,
        quotes: &'t [Span],
        vocabulary: &'t Vocabulary,
        memory: &mut ContextMemory,
    ) -> Self {
        debug_assert_eq!(lowered.len(), paragraph.len());
        let lists = (
            reuse(std::mem::take(&mut memory.words)),
            reuse(std::mem::take(&mut memory.lower)),
            std::mem::take(&mut memory.keys),
            std::mem::take(&mut memory.starters),
        );
        let earlier_lists = (
            reuse(std::mem::take(&mut memory.earlier_words)),
            reuse(std::mem::take(&mut memory.earlier_lower)),
            std::mem::take(&mut memory.earlier_keys),
            std::mem::take(&mut memory.earlier_starters),
        );
        let at = Span::new(paragraph.start, paragraph.start);
        let lowered = Some((lowered, paragraph.start));
        // The sentence before is read as a context of its own: no quotations.
        let earlier = Self::empty(text, at, earlier_lists, lowered, &[], vocabulary);
        let mut context = Self::empty(text, at, lists, lowered, quotes, vocabulary);
        context.earlier = Some(Box::new(earlier));
        context
    }

    /// A context at `span` with no words read yet, on the (empty) lists given.
    fn empty(
        text: &'t str,
        span: Span,
        (words, lower, keys, starters): (Vec<Word<'t>>, Vec<Cow<'t, str>>, Vec<WordKeys>, Vec<u32>),
        lowered: Option<(&'t str, usize)>,
        quotes: &'t [Span],
        vocabulary: &'t Vocabulary,
    ) -> Self {
        SentenceContext {
            text,
            span,
            words,
            lower,
            keys,
            starters,
            present: 0,
            any_joined: false,
            kinds: 0,
            vocabulary,
            quotes,
            lowered,
            heading: false,
            earlier: None,
        }
    }

    /// Gives the memory of the context's lists back to `memory`, for the next paragraph.
    pub fn keep_memory(self, memory: &mut ContextMemory) {
        memory.words = reuse(self.words);
        memory.lower = reuse(self.lower);
        memory.keys = self.keys;
        memory.starters = self.starters;
        if let Some(earlier) = self.earlier {
            memory.earlier_words = reuse(earlier.words);
            memory.earlier_lower = reuse(earlier.lower);
            memory.earlier_keys = earlier.keys;
            memory.earlier_starters = earlier.starters;
        }
    }

    /// Makes this the context of the sentence `span` of the same text, keeping the memory
    /// of the words' lists for it (a paragraph's sentences reuse one context).
    pub fn move_to(&mut self, span: Span) {
        if let Some(earlier) = self.earlier.as_deref_mut() {
            // The sentence read so far becomes the earlier one; its lists are read again.
            std::mem::swap(&mut self.words, &mut earlier.words);
            std::mem::swap(&mut self.lower, &mut earlier.lower);
            std::mem::swap(&mut self.keys, &mut earlier.keys);
            std::mem::swap(&mut self.starters, &mut earlier.starters);
            earlier.span = self.span;
            earlier.present = self.present;
            earlier.any_joined = self.any_joined;
            earlier.kinds = self.kinds;
        }
        self.span = span;
        crate::text::word::words_into(self.text, span, &mut self.words);
        self.lower.clear();
        self.keys.clear();
        self.starters.clear();
        let phrase_starts = self.vocabulary.phrase_starts();
        self.lower.reserve(self.words.len());
        self.keys.reserve(self.words.len());
        let (mut present, mut any_joined, mut all_kinds) = (0, false, 0);
        for (i, w) in self.words.iter().enumerate() {
            let (word, kinds) = lower_case(w, self.lowered);
            let plain = kinds & (NOT_PLAIN | NOT_ASCII) == 0;
            all_kinds |= kinds;
            let k = if plain {
                WordKeys::plain(&word, self.vocabulary)
            } else {
                WordKeys::of(&word, self.vocabulary)
            };
            present |= k.roles | k.stem_roles;
            any_joined |= k.joined;
            if k.stem_roles & phrase_starts != 0 || k.joined {
                self.starters.push(i as u32);
            }
            self.keys.push(k);
            self.lower.push(word);
        }
        self.present = present;
        self.any_joined = any_joined;
        self.kinds = all_kinds;
    }

    /// The sentence before this one in its paragraph, when the context was moved there
    /// from it (a paragraph's context keeps it); `None` for a paragraph's first sentence or
    /// a context made on its own.
    pub fn previous(&self) -> Option<Span> {
        self.earlier
            .as_deref()
            .map(|e| e.span)
            .filter(|span| !span.is_empty())
    }

    /// The context of sentence `span`, read as one of its own (no quotations, no sentence
    /// before), when it is the sentence this context was at before the one it is at (a
    /// paragraph's context keeps it): the same as [`SentenceContext::new`] would make.
    pub fn earlier(&self, span: Span) -> Option<&SentenceContext<'t>> {
        self.earlier.as_deref().filter(|e| e.span == span)
    }

    /// Whether the sentence holds an ASCII digit. Its words tell: a digit is always part
    /// of a word (UAX #29 keeps letters and digits together, and a piece holding a digit
    /// counts as a word), so the sentence's bytes are not read again.
    pub fn has_digit(&self) -> bool {
        self.kinds & DIGIT != 0
    }

    /// Whether every word of the sentence is ASCII (its lower-case form then is its text
    /// with ASCII letters in lower case, byte for byte).
    pub(super) fn words_are_ascii(&self) -> bool {
        self.kinds & NOT_ASCII == 0
    }

    /// Whether some word of the sentence holds a byte other than an ASCII letter (a
    /// digit, `_`, an apostrophe, a letter outside ASCII): when not, every word's lower-case
    /// form is ASCII lower-case letters only.
    pub fn has_word_not_letters(&self) -> bool {
        self.kinds & !UPPER != 0
    }

    /// Whether some word of the sentence, or its stem, has `role`.
    #[inline]
    pub fn may_have(&self, role: Role) -> bool {
        self.present & role.bits() != 0
    }

    /// Whether lower-case word `i` has `role` (is in the list the role stands for).
    pub fn has_role(&self, i: usize, role: Role) -> bool {
        self.keys[i].roles & role.bits() != 0
    }

    /// The vocabulary number of lower-case word `i`.
    pub fn id(&self, i: usize) -> Option<WordId> {
        self.keys[i].id
    }

    /// The vocabulary number of the leading letters and digits of lower-case word `i`.
    pub fn stem_id(&self, i: usize) -> Option<WordId> {
        self.keys[i].stem
    }

    /// The sentence's text.
    pub fn as_str(&self) -> &'t str {
        self.span.slice(self.text)
    }

    /// The sentence's text with ASCII letters in lower case, every byte at its place: a
    /// slice of the paragraph lowered once when the analysis made the context, else a copy.
    pub fn as_ascii_lowercase(&self) -> Cow<'t, str> {
        match self.lowered {
            Some((lowered, base)) => {
                Cow::Borrowed(&lowered[self.span.start - base..self.span.end - base])
            }
            None => Cow::Owned(self.as_str().to_ascii_lowercase()),
        }
    }

    /// Index of the first word starting at or after byte `offset`.
    pub fn word_at_or_after(&self, offset: usize) -> usize {
        self.words.partition_point(|w| w.span.start < offset)
    }

    /// Whether the sentence is a question (its author asks rather than asserts).
    pub fn is_question(&self) -> bool {
        self.as_str()
            .trim_end_matches(|c: char| crate::text::chars::is_closing(c) || c.is_whitespace())
            .ends_with('?')
    }

    /// The text between word `i - 1` and word `i` (white space, punctuation, quotation
    /// marks); `i` must be at least 1.
    pub fn gap_before(&self, i: usize) -> &'t str {
        &self.text[self.words[i - 1].span.end..self.words[i].span.start]
    }

    /// Whether a mark that ends a clause or sets words off ([`CLAUSE_MARKS`]) stands
    /// between word `i - 1` and word `i`.
    pub fn clause_mark_before(&self, i: usize) -> bool {
        self.gap_before(i).contains(CLAUSE_MARKS)
    }

    /// Whether word `i` has, `back` words before it for a `back` in `backs`, a word `head`
    /// accepts, with only plain lower-case words between that `between` accepts and nothing
    /// but spaces around them: an owner or a name over its noun's modifiers ("Gallup's
    /// *latest weekly* tally", "her *close* friends", "the Gallup *weekly tracking* poll").
    pub fn over_plain_words(
        &self,
        i: usize,
        backs: std::ops::RangeInclusive<usize>,
        between: impl Fn(usize) -> bool,
        head: impl Fn(usize) -> bool,
    ) -> bool {
        let joined = |k: usize| self.gap_before(k).trim().is_empty();
        let plain = |k: usize| {
            joined(k)
                && self.lower[k].bytes().all(|b| b.is_ascii_lowercase())
                && !self.words[k].is_capitalized()
                && between(k)
        };
        backs
            .into_iter()
            .any(|back| i >= back && (i + 1 - back..i).all(&plain) && joined(i) && head(i - back))
    }

    /// Whether word `i` starts a sentence or follows an opening quote or bracket
    /// (so its capital letter says nothing about it being a name).
    pub fn starts_clause(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        self.gap_before(i)
            .contains(['“', '"', '(', ':', '‘', '[', '—'])
    }

    /// Whether word `i` is capitalised in a way that signals a name: anywhere but the start
    /// of a clause, and there too unless it is a word that often starts sentences.
    pub fn is_name(&self, i: usize) -> bool {
        let w = self.words[i];
        w.is_capitalized()
            && !w.is("i")
            && (!self.starts_clause(i) || !crate::text::sentence::is_common_starter(w.text))
    }

    /// Whether the words before word `i` report a named speaker's words: "Lee said (that)",
    /// "the clinic, UMC Care says": a verb of saying, its subject a name, up to `reach`
    /// words back.
    pub fn reported_by_name(&self, i: usize, reach: usize) -> bool {
        (i.saturating_sub(reach)..i).any(|j| self.names_its_speaker(j))
    }

    /// Whether word `j` is a verb of saying right after a name, its subject: "Lee said",
    /// "UMC Care says".
    pub fn names_its_speaker(&self, j: usize) -> bool {
        j > 0
            && self.has_role(j, self.vocabulary.named_speaker_verbs())
            && self.is_name(j - 1)
            // "Critics say…" opens a sentence with a capital but names nobody.
            && !(self.starts_clause(j - 1) && looks_plural(&self.lower[j - 1]))
    }

    /// The first word of the statement that holds word `i`: the sentence's start, or the
    /// word after its last semicolon, colon, dash, opening bracket or quotation mark up to
    /// `i` (commas do not end it: "But I'm talking, of course, about…" is one statement).
    pub fn statement_start(&self, i: usize) -> usize {
        (1..=i.min(self.words.len().saturating_sub(1)))
            .rev()
            .find(|&k| {
                self.gap_before(k)
                    .contains([';', ':', '—', '(', '"', '“', '”'])
            })
            .unwrap_or(0)
    }
}

/// The memory of a sentence context's lists, kept empty from one paragraph to the next
/// (one per worker of the analysis): allocating them for every paragraph cost more than
/// the paragraph's first sentence took to read.
#[derive(Debug, Default)]
pub struct ContextMemory {
    /// A paragraph in ASCII lower case (see [`SentenceContext::for_paragraph`]).
    pub lowered: String,
    words: Vec<Word<'static>>,
    lower: Vec<Cow<'static, str>>,
    keys: Vec<WordKeys>,
    starters: Vec<u32>,
    earlier_words: Vec<Word<'static>>,
    earlier_lower: Vec<Cow<'static, str>>,
    earlier_keys: Vec<WordKeys>,
    earlier_starters: Vec<u32>,
}

/// An empty list of `U` in the memory of `list`, emptied: `U` is `T` with another
/// lifetime (the words of another paragraph). Collecting the iterator of a vector into a
/// vector of a type of the same size and alignment reuses its memory (the standard
/// library's in-place collection); as the list is empty, no element is ever mapped.
fn reuse<T, U>(mut list: Vec<T>) -> Vec<U> {
    list.clear();
    list.into_iter()
        .map(|_| unreachable!("the list was emptied"))
        .collect()
}

/// What the vocabulary says of one lower-case word and of its leading letters and digits
/// (its stem: "thug" of "thug's", the key phrases are filed under).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WordKeys {
    pub(super) id: Option<WordId>,
    pub(super) roles: u64,
    pub(super) stem: Option<WordId>,
    pub(super) stem_roles: u64,
    /// Joins words with `:` or `.` and no space, and a word after such a joiner may start
    /// a phrase form ([`joins_a_phrase_start`]): "Seattle:Doubtless".
    pub(super) joined: bool,
}

impl WordKeys {
    /// The keys of a word of ASCII letters, digits and `_` only: its own stem.
    #[inline]
    fn plain(word: &str, vocabulary: &Vocabulary) -> Self {
        let (id, roles) = vocabulary.lookup(word);
        WordKeys {
            id,
            roles,
            stem: id,
            stem_roles: roles,
            joined: false,
        }
    }

    fn of(word: &str, vocabulary: &Vocabulary) -> Self {
        let (id, roles) = vocabulary.lookup(word);
        let stem = first_word(word);
        if stem.len() == word.len() {
            return WordKeys {
                id,
                roles,
                stem: id,
                stem_roles: roles,
                joined: false,
            };
        }
        let (stem, stem_roles) = vocabulary.lookup(stem);
        WordKeys {
            id,
            roles,
            stem,
            stem_roles,
            joined: word.is_ascii() && joins_a_phrase_start(word, vocabulary),
        }
    }
}

/// Whether an ASCII lower-case `word` joins, with a `:` or `.` and no space, a letter
/// that starts a word whose stem starts a form of some phrase index ("seattle:doubtless",
/// "world.today"): the only places inside a word a phrase index looks for a form
/// (`FormIndex::longest_in_joined`). Asked once here, not by each index: most such
/// words ("u.s", "p.m", "11:40", "1.4") join no phrase start.
fn joins_a_phrase_start(word: &str, vocabulary: &Vocabulary) -> bool {
    let bytes = word.as_bytes();
    (1..bytes.len()).any(|k| {
        matches!(bytes[k - 1], b':' | b'.')
            && bytes[k].is_ascii_alphabetic()
            && vocabulary.roles(vocabulary.id(first_word(&word[k..]))) & vocabulary.phrase_starts()
                != 0
    })
}

/// `word` in lower case with `’` read as `'`, copied only when that changes it (an ASCII
/// word is borrowed from `lowered`, its paragraph in lower case, when there is one), and
/// the kinds of its bytes ([`BYTE_KINDS`], or-ed): made of ASCII letters, digits and `_`
/// only (its own stem) when neither `NOT_PLAIN` nor `NOT_ASCII` is set.
#[inline]
fn lower_case<'t>(word: &Word<'t>, lowered: Option<(&'t str, usize)>) -> (Cow<'t, str>, u8) {
    let kinds = word
        .text
        .bytes()
        .fold(0, |kinds, b| kinds | BYTE_KINDS[usize::from(b)]);
    let word_span = word.span;
    let word = word.text;
    if kinds & NOT_ASCII == 0 {
        if kinds & UPPER == 0 {
            return (Cow::Borrowed(word), kinds);
        }
        let borrowed = lowered.and_then(|(lowered, at)| {
            lowered.get(word_span.start.checked_sub(at)?..word_span.end.checked_sub(at)?)
        });
        match borrowed {
            Some(lower) => (Cow::Borrowed(lower), kinds),
            None => (Cow::Owned(word.to_ascii_lowercase()), kinds),
        }
    } else if word.chars().any(|c| c.is_uppercase() || c == '’') {
        (Cow::Owned(word.to_lowercase().replace('’', "'")), kinds)
    } else {
        (Cow::Borrowed(word), kinds)
    }
}

/// What [`lower_case`] asks of each byte of a word, one bit each.
const UPPER: u8 = 1;
const NOT_PLAIN: u8 = 2;
const NOT_ASCII: u8 = 4;
const DIGIT: u8 = 8;
const UNDERSCORE: u8 = 16;
static BYTE_KINDS: [u8; 256] = {
    let mut kinds = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        kinds[b] = if byte >= 0x80 {
            NOT_ASCII
        } else if byte.is_ascii_uppercase() {
            UPPER
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if byte == b'_' {
            UNDERSCORE
        } else if byte.is_ascii_alphabetic() {
            0
        } else {
            NOT_PLAIN
        };
        b += 1;
    }
    kinds
};

// A detector's word lists are looked up in the sentence's keys, made here.
impl WordSet {
    /// Whether word `i` of the sentence (lower case) is in the list.
    pub fn has(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        s.has_role(i, self.role)
    }

    /// Whether some word of the sentence, or its stem, may be in the list (when not, no
    /// word need be tried).
    #[inline]
    pub fn in_sentence(&self, s: &SentenceContext<'_>) -> bool {
        s.may_have(self.role)
    }

    /// Whether `text` (lower case, not one word of the sentence: "no one") is in the list.
    pub fn contains(&self, s: &SentenceContext<'_>, text: &str) -> bool {
        s.vocabulary.has(s.vocabulary.id(text), self.role)
    }
}

impl NumberedWords {
    /// Whether word `i` of the sentence (lower case) is in the list (not when there is no
    /// word `i`).
    #[inline]
    pub fn has(&self, s: &SentenceContext<'_>, i: usize) -> bool {
        i < s.words.len()
            && s.id(i).is_some_and(|id| {
                self.bits
                    .get(id as usize / 64)
                    .is_some_and(|b| b >> (id % 64) & 1 != 0)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detector::VocabularyBuilder;

    #[test]
    fn a_sentence_has_a_digit_when_its_text_holds_one() {
        let vocabulary = VocabularyBuilder::default().finish();
        for text in [
            "No figures here.",
            "In 2019 it rose.",
            "It rose 4%.",
            "x2 y",
            "Café, 3 crêpes.",
            "Squared: x\u{b2}, Arabic \u{661}\u{662}, full-width \u{ff13}.",
            "A \u{1f600} 7",
            "_9_",
        ] {
            let ctx = SentenceContext::new(text, Span::new(0, text.len()), &[], &vocabulary);
            let expected = text.bytes().any(|b| b.is_ascii_digit());
            assert_eq!(ctx.has_digit(), expected, "in {text:?}");
        }
    }

    #[test]
    fn a_word_is_joined_only_where_a_phrase_start_follows_its_joiner() {
        let builder = VocabularyBuilder::default();
        let starts = builder.intern_all(["doubtless"]);
        builder.phrase_start_role(&starts);
        let vocabulary = builder.finish();
        for (text, joined) in [
            ("Seattle:Doubtless it rained.", true),
            ("It was the world.Doubtless so.", true),
            ("The U.S. agreed at 11:40 p.m. and a.m.", false),
            ("Prices rose 1.4 percent.", false),
        ] {
            let ctx = SentenceContext::new(text, Span::new(0, text.len()), &[], &vocabulary);
            assert_eq!(ctx.any_joined, joined, "in {text:?}");
            assert_eq!(ctx.keys.iter().any(|k| k.joined), joined, "in {text:?}");
        }
    }

    #[test]
    fn a_paragraph_context_reads_each_sentence_as_a_context_of_its_own() {
        // Words that are capitalised, joined, non-ASCII or known to the vocabulary, put
        // together at random: the paragraph's context borrows lower-case forms from the
        // lowered paragraph, a sentence's own context copies them; both must agree.
        let builder = VocabularyBuilder::default();
        builder.role(["the", "it's", "u.s", "café", "x", "seattle"]);
        let vocabulary = builder.finish();
        let pieces = [
            "The",
            "the",
            "THE",
            "It's",
            "IT’S",
            "U.S.",
            "Café",
            "CAFÉ",
            "É",
            "Seattle:X",
            " ",
            " ",
            ". ",
            "? ",
            "\n",
            "3",
            "x",
            "X_Y",
            "’",
            "“",
            "—",
            ", ",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        // One memory for all paragraphs, as a worker of the analysis keeps it.
        let mut memory = ContextMemory::default();
        for round in 0..3000 {
            let paragraph = crate::text::chars::random_text(&mut seed, &pieces, 16);
            // Every other paragraph stands after another, so its spans do not start at 0.
            let text = if round % 2 == 0 {
                paragraph.clone()
            } else {
                format!("Before it.\n\n{paragraph}")
            };
            let span = Span::new(text.len() - paragraph.len(), text.len());
            let lowered = paragraph.to_ascii_lowercase();
            let mut ctx = SentenceContext::for_paragraph(
                &text,
                span,
                &lowered,
                &[],
                &vocabulary,
                &mut memory,
            );
            let mut before: Option<Span> = None;
            for sentence in crate::text::sentence::split_sentences(&text, span) {
                ctx.move_to(sentence);
                if let Some(before) = before {
                    let earlier = ctx.earlier(before).expect("the sentence before is kept");
                    let own = SentenceContext::new(&text, before, &[], &vocabulary);
                    assert_eq!(earlier.words, own.words, "in {text:?}");
                    assert_eq!(earlier.lower, own.lower, "in {text:?}");
                    assert_eq!(earlier.keys, own.keys, "in {text:?}");
                    assert_eq!(earlier.starters, own.starters, "in {text:?}");
                    assert_eq!(earlier.quotes, own.quotes, "in {text:?}");
                    assert_eq!(earlier.previous(), None, "in {text:?}");
                    assert_eq!(earlier.as_ascii_lowercase(), own.as_ascii_lowercase());
                    assert_eq!(
                        (earlier.present, earlier.any_joined, earlier.kinds),
                        (own.present, own.any_joined, own.kinds),
                        "in {text:?}"
                    );
                }
                before = Some(sentence);
                let own = SentenceContext::new(&text, sentence, &[], &vocabulary);
                assert_eq!(ctx.words, own.words, "in {text:?}");
                assert_eq!(ctx.lower, own.lower, "in {text:?}");
                assert_eq!(ctx.keys, own.keys, "in {text:?}");
                assert_eq!(ctx.starters, own.starters, "in {text:?}");
                assert_eq!(
                    (ctx.present, ctx.any_joined, ctx.kinds),
                    (own.present, own.any_joined, own.kinds),
                    "in {text:?}"
                );
            }
            ctx.keep_memory(&mut memory);
        }
    }
}
