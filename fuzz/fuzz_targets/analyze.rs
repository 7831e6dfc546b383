//! Fuzzes the whole analysis: any bytes that decode as text must analyse without a
//! panic, with sentences in order and findings that slice to their text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use slant::analysis::Analyzer;
use slant::lexicon::LexiconSet;
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new(&LexiconSet::builtin()))
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = slant::text::input::decode(bytes) else {
        return;
    };
    let analysis = analyzer().analyze(text);
    let mut end = 0;
    for sentence in &analysis.sentences {
        assert!(sentence.span.start >= end && sentence.span.start < sentence.span.end);
        end = sentence.span.end;
    }
    for finding in &analysis.findings {
        assert_eq!(&text[finding.span.start..finding.span.end], &*finding.text);
    }
});
