//! Properties that must hold for any input: no panic, no endless loop, sentences that tile
//! the text in order, findings inside their sentences on character boundaries, determinism.

use proptest::prelude::*;
use slant::analysis::Analyzer;
use slant::lexicon::LexiconSet;
use std::sync::{OnceLock, mpsc};
use std::thread;
use std::time::Duration;

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new(&LexiconSet::builtin()))
}

/// Text made mostly of the characters segmentation and detection care about, so short
/// strings hit the interesting cases: terminators, quotes, brackets, list markers, line
/// breaks, multi-byte punctuation and spaces, letters of both cases and other scripts.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        ".",
        "!",
        "?",
        "…",
        "...",
        ". . .",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        "\"",
        "“",
        "”",
        "'",
        "’",
        "(",
        ")",
        "[",
        "]",
        "[1]",
        "1.",
        "2.",
        "a)",
        "b)",
        "•",
        "⁃",
        "Mr",
        "U.S",
        "a.m",
        "e.g",
        "I",
        "the",
        "The",
        "never",
        "always",
        "experts say",
        "all",
        "disaster",
        "He",
        "said",
        "it",
        "x",
        "Z",
        "9",
        "3.5",
        "\u{a0}",
        "\u{200b}",
        "\u{feff}",
        "é",
        "e\u{301}",
        "日本語",
        "。",
        "．",
        "مرحبا",
        "🙂",
        ":",
        ";",
        ",",
        "-",
        "—",
        "*",
        "@",
        "http://a.b/c?d",
        "www.x.org",
        "¿",
        "\u{2028}",
        "\u{85}",
        "06/02/2001",
        "10:53",
        "AM",
        "12:",
        ":)",
        "a@b.c",
        "B.C",
        "[...]",
        "!!!",
        "ii.",
        "1.)",
        "N°",
        "Ａ",
        "p",
        "m",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

/// Sentences made of the words the detectors' clause logic steers by (reporting verbs,
/// relative words, joins, negations, universal words, sources, figures), joined by spaces or
/// by the marks around which the detectors search backwards and forwards (a comma and a
/// quotation mark, a bracket, a dash). Random characters almost never spell "the mayor,
/// “who"; this is where a search that makes no step would loop.
fn wordy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "said",
        "says",
        "told",
        "argued",
        "claimed",
        "according to",
        "reportedly",
        "who",
        "which",
        "that",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "and",
        "or",
        "but",
        "either",
        "nor",
        "neither",
        "though",
        "although",
        "because",
        "if",
        "not",
        "no",
        "never",
        "all",
        "every",
        "everyone",
        "nobody",
        "none",
        "only",
        "always",
        "clearly",
        "of course",
        "no guarantee",
        "no doubt",
        "without a doubt",
        "many",
        "some",
        "most",
        "experts",
        "critics",
        "studies show",
        "it is believed",
        "sources",
        "officials",
        "the",
        "The",
        "a",
        "mayor",
        "city",
        "Reuters",
        "Dr. Lee",
        "Mr.",
        "U.S.",
        "percent",
        "42%",
        "$5 million",
        "1,284",
        "half",
        "of",
        "by",
        "in",
        "to",
        "was",
        "is",
        "would",
        "could",
        "had",
        "has",
        "been",
        "before",
        "ever",
        "more",
        "than",
        "best",
        "so-called",
        "brutal",
        "utterly",
        "disgraceful",
        "I",
        "we",
        "they",
        "comments",
        "Sort by",
        "one",
        "two",
        "first",
        "as",
        "like",
        "so",
        "just",
        "even",
        "denied",
        "categorically",
        "unequivocally",
        "absolutely",
        "made it",
        "clear",
        "according to Reuters",
        "unless",
        "regarded as",
        "by the",
        "reports",
        "1 percent",
    ]);
    let marks = prop::sample::select(vec![
        " ", " ", " ", " ", ", ", ", “", "” ", ",” ", " “", " \"", "\" ", ", \"", " (", ") ",
        ", (", " — ", " —", "—", " – ", " -- ", "; ", ": ", ". ", "? ", "! ", "’ ", " ‘", "\n",
        "\n\n", "",
    ]);
    prop::collection::vec((words, marks), 1..40).prop_map(|pairs| {
        let mut text: String = pairs.iter().flat_map(|(w, m)| [*w, *m]).collect();
        text.push('.');
        text
    })
}

/// `check_invariants` on another thread, failing if it has not ended within `limit`: an
/// endless loop fails the property with its text instead of hanging the test run.
fn check_within(text: String, limit: Duration) -> Result<(), TestCaseError> {
    let (sender, receiver) = mpsc::channel();
    let checked = text.clone();
    thread::spawn(move || {
        let _ = sender.send(check_invariants(&checked));
    });
    match receiver.recv_timeout(limit) {
        Ok(result) => result,
        Err(_) => Err(TestCaseError::fail(format!(
            "analysis did not end within {limit:?}: {text:?}"
        ))),
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
}

fn check_invariants(text: &str) -> Result<(), TestCaseError> {
    let analysis = analyzer().analyze(text);
    let mut previous_end = 0;
    for sentence in &analysis.sentences {
        let span = sentence.span;
        prop_assert!(span.start >= previous_end, "sentences overlap or go back");
        prop_assert!(span.start < span.end, "empty sentence");
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        let gap = &text[previous_end..span.start];
        // Between sentences there is only white space, or a paragraph the analysis
        // skipped (a repeat), never lost words of an analyzed paragraph.
        let skipped = analysis
            .paragraphs
            .iter()
            .any(|p| p.duplicate_of.is_some() && p.span.start < span.start);
        prop_assert!(
            skipped
                || gap
                    .chars()
                    .all(|c| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'),
            "text lost between sentences: {gap:?}"
        );
        previous_end = span.end;
    }
    // A paragraph's words, however they were counted (from its sentences when only white
    // space lies between them), are its UAX #29 words.
    for paragraph in &analysis.paragraphs {
        prop_assert_eq!(
            paragraph.words as usize,
            slant::text::word::count(paragraph.span.slice(text)),
            "words of paragraph {:?}",
            paragraph.span.slice(text)
        );
    }
    for finding in &analysis.findings {
        let sentence = analysis.sentences[finding.sentence as usize].span;
        prop_assert!(sentence.start <= finding.span.start && finding.span.end <= sentence.end);
        prop_assert!(text.is_char_boundary(finding.span.start));
        prop_assert!(text.is_char_boundary(finding.span.end));
        prop_assert_eq!(&text[finding.span.start..finding.span.end], &*finding.text);
    }
    prop_assert_eq!(
        analysis,
        analyzer().analyze(text),
        "analysis is not deterministic"
    );
    Ok(())
}

proptest! {
    // PROPTEST_CASES=100000 for a longer search.
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_punctuation_heavy_text_keeps_the_invariants(text in texty()) {
        check_invariants(&text)?;
    }

    #[test]
    fn any_unicode_text_keeps_the_invariants(text in any::<String>()) {
        check_invariants(&text)?;
    }
}

proptest! {
    // Ten times the cases of the others: a sentence that makes a search loop needs a few
    // words in a row (20,000 cases take about 45 s in a debug build). A case that hangs
    // costs its 10 s and a thread that keeps spinning at every step of shrinking, so
    // shrinking is kept short: the failing text is printed either way.
    #![proptest_config(ProptestConfig {
        cases: cases() * 10,
        max_shrink_iters: 16,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_sentence_of_detector_words_ends_and_keeps_the_invariants(text in wordy()) {
        // Each case takes milliseconds; 10 s leaves room for a slow, shared test machine.
        check_within(text, Duration::from_secs(10))?;
    }
}
