//! The word lists sentence splitting consults: abbreviations that do or do not end a
//! sentence, titles, words before lower case, common sentence starters — looked up together.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Abbreviations that are (almost) never the last word of a sentence: titles before names,
/// numbered references, Latin and month names. Lower case, without the final period.
pub(super) const NEVER_FINAL: &[&str] = &[
    "adm", "al", "approx", "apr", "art", "aug", "ave", "blvd", "ca", "capt", "cf", "ch", "cmdr",
    "col", "cpl", "dec", "dept", "dr", "e.g", "eq", "esp", "excl", "feb", "fig", "figs", "fr",
    "gen", "gov", "hon", "i.e", "incl", "jan", "jul", "jun", "lt", "maj", "messrs", "mr", "mrs",
    "ms", "mt", "no", "nos", "nov", "nr", "n°", "oct", "op", "p", "pp", "pres", "prof", "pt",
    "rep", "reps", "rev", "sec", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "v",
    "viz", "vol", "vols", "vs",
];

/// Abbreviations that may end a sentence but are not an end before a lower-case word or a
/// number ("5 lbs. of flour"): units and the like.
pub(super) const BEFORE_LOWERCASE: &[&str] = &[
    "cm", "dist", "ed", "eds", "est", "fl", "fri", "ft", "govt", "hr", "hrs", "kg", "km", "lb",
    "lbs", "med", "mg", "min", "mm", "mo", "mon", "ne", "nw", "oz", "qt", "rd", "sat", "se", "sq",
    "sun", "sw", "thu", "thur", "thurs", "trans", "tue", "tues", "univ", "wed", "wk", "wks", "yd",
    "yds", "yr", "yrs",
];

/// Titles written before a name ("Mr. Smith"); a clue after a time such as "6 P.M.".
pub(super) const TITLES: &[&str] = &[
    "adm", "capt", "cmdr", "col", "dr", "gen", "gov", "hon", "lt", "maj", "mr", "mrs", "ms",
    "pres", "prof", "rep", "rev", "sen", "sgt", "supt",
];

/// Abbreviations that may end a sentence: a boundary after them needs a word that
/// typically starts one.
pub(super) const MAY_BE_FINAL: &[&str] = &[
    "a.m", "bros", "co", "corp", "e.u", "etc", "inc", "jr", "llc", "ltd", "p.m", "plc", "u.k",
    "u.n", "u.s", "u.s.a",
];

/// Capitalised words that usually begin a sentence rather than continue a name.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "an",
    "and",
    "another",
    "anybody",
    "anyone",
    "anything",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "did",
    "do",
    "does",
    "each",
    "even",
    "every",
    "everybody",
    "everyone",
    "everything",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "is",
    "it",
    "its",
    "last",
    "many",
    "meanwhile",
    "more",
    "most",
    "my",
    "next",
    "no",
    "nobody",
    "not",
    "nothing",
    "now",
    "of",
    "on",
    "one",
    "our",
    "she",
    "so",
    "some",
    "somebody",
    "someone",
    "something",
    "still",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thus",
    "to",
    "today",
    "we",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whoever",
    "why",
    "with",
    "yet",
    "you",
    "your",
];

/// Whether `word` is a common word that often starts a sentence (so a capital says nothing).
pub fn is_common_starter(word: &str) -> bool {
    WordList::Starters.has(word)
}

/// Whether `word` (without its final period) is an abbreviation a sentence may end with
/// ("U.S.", "Inc.", "Jr."), so a final period after it may belong to the abbreviation.
pub fn is_final_abbreviation(word: &str) -> bool {
    WordList::MayBeFinal.has(word)
}

/// The word lists above, looked up together: one hash of the lower-cased word tells
/// which lists hold it.
#[derive(Debug, Clone, Copy)]
pub(super) enum WordList {
    NeverFinal,
    MayBeFinal,
    BeforeLowercase,
    Titles,
    Starters,
    TimesAndEras,
}

impl WordList {
    const ALL: [WordList; 6] = [
        WordList::NeverFinal,
        WordList::MayBeFinal,
        WordList::BeforeLowercase,
        WordList::Titles,
        WordList::Starters,
        WordList::TimesAndEras,
    ];

    fn words(self) -> &'static [&'static str] {
        match self {
            WordList::NeverFinal => NEVER_FINAL,
            WordList::MayBeFinal => MAY_BE_FINAL,
            WordList::BeforeLowercase => BEFORE_LOWERCASE,
            WordList::Titles => TITLES,
            WordList::Starters => SENTENCE_STARTERS,
            WordList::TimesAndEras => &["a.d", "a.m", "b.c", "b.c.e", "c.e", "p.m"],
        }
    }

    /// Whether `word` is on this list, ignoring ASCII case.
    pub(super) fn has(self, word: &str) -> bool {
        Lists::of(word).has(self)
    }
}

/// The lists a word is on: one bit per [`WordList`].
#[derive(Debug, Clone, Copy)]
pub(super) struct Lists(u8);

impl Lists {
    /// Looks `word` up once, lower-cased on the stack, in an index of all the lists.
    pub(super) fn of(word: &str) -> Lists {
        static INDEX: OnceLock<Index> = OnceLock::new();
        let index = INDEX.get_or_init(|| {
            let mut index = Index {
                words: FxHashMap::default(),
                first_bytes: [0; 13],
            };
            for list in WordList::ALL {
                for word in list.words() {
                    *index.words.entry(word.as_bytes()).or_insert(0) |= 1 << list as u8;
                    index.first_bytes[word.len()] |= 1 << (word.as_bytes()[0] & 63);
                }
            }
            index
        });
        let mut buffer = [0u8; 12];
        let Some(lower) = buffer.get_mut(..word.len()) else {
            return Lists(0); // longer than any listed word
        };
        // Most words before a full stop are on no list: one bit of `first_bytes` turns
        // away most of them before they are copied and hashed (the bit is that of every
        // byte with the same low six bits, so a word on a list is never turned away).
        let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        if index.first_bytes[word.len()] & 1 << (first & 63) == 0 {
            return Lists(0);
        }
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // Keyed by bytes: the lower-cased copy is looked up as it is (no UTF-8 check).
        Lists(index.words.get(&*lower).copied().unwrap_or(0))
    }

    pub(super) fn has(self, list: WordList) -> bool {
        self.0 & (1 << list as u8) != 0
    }
}

/// The words of all the lists, with the lists each is on, and for each length (up to 12
/// bytes) a bit for the low six bits of the first byte of every listed word that long.
struct Index {
    words: FxHashMap<&'static [u8], u8>,
    first_bytes: [u64; 13],
}

pub(super) fn is_starter(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    w.chars().next().is_some_and(char::is_uppercase) && WordList::Starters.has(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_on_the_lists_that_hold_it_in_any_ascii_case() {
        // The lists a word is on, by reading every list (what `Lists::of` finds by one look-up).
        let by_reading = |word: &str| {
            WordList::ALL.iter().fold(0u8, |bits, &list| {
                let on = list.words().iter().any(|w| w.eq_ignore_ascii_case(word));
                bits | u8::from(on) << list as u8
            })
        };
        let listed = WordList::ALL.iter().flat_map(|list| list.words().iter());
        for word in listed {
            for form in [
                word.to_string(),
                word.to_ascii_uppercase(),
                word[..1].to_ascii_uppercase() + &word[1..],
            ] {
                assert_eq!(Lists::of(&form).0, by_reading(&form), "{form:?}");
            }
        }
        let pieces = [
            "a", "m", "n", "o", "s", "t", "r", "e", "M", "A", ".", "°", "é", "1", "!",
        ];
        let mut seed: u64 = 0x5851_f42d_4c95_7f2d;
        for count in 0..8 {
            for _ in 0..5_000 {
                let word = crate::text::chars::random_text(&mut seed, &pieces, count);
                assert_eq!(Lists::of(&word).0, by_reading(&word), "{word:?}");
            }
        }
    }
}
