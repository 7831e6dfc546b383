//! Sentence boundaries: UAX #29 as the base, repaired where it breaks news prose.
//!
//! UAX #29 (`unicode-segmentation`) breaks after every period before a capital, so
//! "Dr. Lee" and "U.S. Senate" would split, and it breaks at every line break, so
//! hard-wrapped text would split mid-sentence. This module takes its boundaries as
//! candidates and removes the ones that are not sentence ends. It never alters text:
//! sentences are byte spans into the input.

use crate::input::{is_space, trim_span};
use crate::paragraph::is_closing;
use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations that are (almost) never the last word of a sentence: titles before names,
/// numbered references, Latin and month names. Lower case, without the final period.
const NEVER_FINAL: &[&str] = &[
    "adm", "al", "apr", "approx", "art", "aug", "capt", "cf", "ch", "cmdr", "col", "cpl", "dec",
    "dept", "dr", "e.g", "eq", "feb", "fig", "figs", "fr", "gen", "gov", "hon", "i.e", "jan",
    "jul", "jun", "lt", "maj", "messrs", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "op",
    "p", "pp", "pres", "prof", "pt", "rep", "reps", "rev", "sec", "sen", "sens", "sep", "sept",
    "sgt", "sr", "st", "supt", "vol", "vols", "vs", "v",
];

/// Abbreviations that may end a sentence: a boundary after them needs a word that
/// typically starts one.
const MAY_BE_FINAL: &[&str] = &[
    "a.m", "bros", "co", "corp", "etc", "inc", "jr", "llc", "ltd", "p.m", "plc", "u.k", "u.n",
    "u.s", "u.s.a", "e.u",
];

/// Capitalised words that usually begin a sentence rather than continue a name.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "an",
    "and",
    "another",
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
    "not",
    "now",
    "of",
    "on",
    "one",
    "our",
    "she",
    "so",
    "some",
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
    "why",
    "with",
    "yet",
    "you",
    "your",
];

/// Splits `text[paragraph]` into sentence spans (trimmed, never empty).
pub fn split(text: &str, paragraph: Span) -> Vec<Span> {
    let body = paragraph.slice(text);
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    for (offset, piece) in body.split_sentence_bound_indices() {
        let start = paragraph.start + offset;
        let piece_span = Span::new(start, start + piece.len());
        current = Some(match current {
            None => piece_span,
            Some(prev) if continues(text, prev, piece_span) => {
                Span::new(prev.start, piece_span.end)
            }
            Some(prev) => {
                push_trimmed(text, prev, &mut out);
                piece_span
            }
        });
    }
    if let Some(last) = current {
        push_trimmed(text, last, &mut out);
    }
    out
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let (lead, trimmed) = trim_span(span.slice(text));
    if !trimmed.is_empty() {
        let start = span.start + lead;
        out.push(Span::new(start, start + trimmed.len()));
    }
}

/// Whether the candidate boundary between `prev` and `next` is not a sentence end.
fn continues(text: &str, prev: Span, next: Span) -> bool {
    let before = prev.slice(text).trim_end_matches(is_space);
    let after = next.slice(text).trim_start_matches(is_space);
    let Some(last) = before.chars().last() else {
        return true;
    };
    let first_word = after
        .split(|c: char| is_space(c) || c == ',')
        .next()
        .unwrap_or("");
    let next_starts_lower = after.chars().next().is_some_and(char::is_lowercase);
    // A line break without final punctuation: a hard-wrapped line, not a sentence end.
    let core = before.trim_end_matches(is_closing);
    if !core.ends_with(['.', '!', '?', '…']) {
        return true;
    }
    if matches!(last, '!' | '?') || core.ends_with(['!', '?']) {
        // "Yahoo! in the accounting department", "'Stop!' she said"
        return next_starts_lower;
    }
    if !before.ends_with('.') {
        return next_starts_lower;
    }
    let token = last_token(before);
    let bare = token.trim_end_matches('.');
    let lower = bare.to_ascii_lowercase();
    if is_initial(bare) {
        // "John F. Kennedy" — but "you and I. Did you…" ends a sentence.
        return !(bare == "I" && is_starter(first_word));
    }
    if NEVER_FINAL.contains(&lower.as_str()) {
        return true;
    }
    if MAY_BE_FINAL.contains(&lower.as_str()) || is_dotted_acronym(bare) {
        return !is_starter(first_word);
    }
    next_starts_lower
}

/// The run of non-space characters at the end of `s`, without opening brackets or quotes.
fn last_token(s: &str) -> &str {
    let start = s
        .char_indices()
        .rfind(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    s[start..].trim_start_matches(['(', '[', '"', '“', '\'', '‘'])
}

fn is_initial(bare: &str) -> bool {
    let mut chars = bare.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

/// "U.S.A", "E.U", "N.Y": single letters joined by periods.
fn is_dotted_acronym(bare: &str) -> bool {
    bare.contains('.')
        && bare
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Whether `word` is a common word that often starts a sentence (so a capital says nothing).
pub fn is_common_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word.to_ascii_lowercase().as_str())
}

fn is_starter(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    w.chars().next().is_some_and(char::is_uppercase)
        && SENTENCE_STARTERS.contains(&w.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn splits_simple_sentences() {
        assert_eq!(
            sentences("Hello World. My name is Jonas? Yes! Fine."),
            ["Hello World.", "My name is Jonas?", "Yes!", "Fine."]
        );
    }

    #[test]
    fn keeps_titles_and_initials_with_their_names() {
        assert_eq!(
            sentences(
                "Dr. Lee met Gen. Smith and John F. Kennedy Jr. in St. Louis. Then they left."
            ),
            [
                "Dr. Lee met Gen. Smith and John F. Kennedy Jr. in St. Louis.",
                "Then they left."
            ]
        );
    }

    #[test]
    fn abbreviations_before_numbers_do_not_end_sentences() {
        assert_eq!(
            sentences("See No. 5 and p. 55 at 10 a.m. today."),
            ["See No. 5 and p. 55 at 10 a.m. today."]
        );
    }

    #[test]
    fn us_ends_a_sentence_only_before_a_sentence_starter() {
        assert_eq!(
            sentences("I work for the U.S. Government in Virginia."),
            ["I work for the U.S. Government in Virginia."]
        );
        assert_eq!(
            sentences("I live in the U.S. How about you?"),
            ["I live in the U.S.", "How about you?"]
        );
    }

    #[test]
    fn splits_after_closing_quotes() {
        assert_eq!(
            sentences("He called it “the plan.” Next came the vote."),
            ["He called it “the plan.”", "Next came the vote."]
        );
        assert_eq!(
            sentences("\"Stop!\" he said. Then he left."),
            ["\"Stop!\" he said.", "Then he left."]
        );
    }

    #[test]
    fn joins_hard_wrapped_lines() {
        assert_eq!(
            sentences("This is a sentence\ncut off in the middle. Next one."),
            ["This is a sentence\ncut off in the middle.", "Next one."]
        );
    }

    #[test]
    fn multi_byte_spaces_do_not_break_slicing() {
        // Regression: a no-break space before an abbreviation made us slice inside a character.
        assert_eq!(
            sentences("Former Arkansas\u{a0}Gov. Mike Lee spoke."),
            ["Former Arkansas\u{a0}Gov. Mike Lee spoke."]
        );
    }

    #[test]
    fn exclamation_inside_a_name_does_not_end_the_sentence() {
        assert_eq!(
            sentences("She works at Yahoo! in the accounting department."),
            ["She works at Yahoo! in the accounting department."]
        );
    }
}
