//! Tests of the whole analysis: spans, quotations, lines and columns, scores and warnings.

use super::*;

fn analyze(text: &str) -> Analysis {
    Analyzer::new(&LexiconSet::builtin()).analyze(text)
}

#[test]
fn a_long_text_gives_the_same_analysis_on_any_number_of_threads() {
    let analyzer = Analyzer::new(&LexiconSet::builtin());
    let paragraph = "Critics say the corrupt plan will never work.\r\nEveryone knows it.\n\n";
    let text: String = (0..9000)
        .map(|i| format!("{i}. {paragraph}"))
        .collect::<String>()
        + "Tail: the “reform” is a disaster.";
    // Long enough for the parallel path, and three windows of paragraphs.
    assert!(text.len() > PARALLEL_FROM_BYTES * 2);
    let on = |threads| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| analyzer.analyze(&text))
    };
    let one = on(1);
    assert_eq!(one, on(2));
    assert_eq!(one, on(3));
    assert_eq!(one.paragraphs.len(), 9001);
    assert!(one.paragraphs.len() > PARAGRAPH_WINDOW * 2);
    // Every window placed where it belongs: sentences numbered in order inside their
    // paragraphs, findings in order inside their sentences, counts adding up.
    for (i, s) in one.sentences.iter().enumerate() {
        assert_eq!(s.index as usize, i);
        assert!(one.paragraphs[s.paragraph as usize].span.contains(s.span));
    }
    let per_paragraph: u32 = one.paragraphs.iter().map(|p| p.sentences).sum();
    assert_eq!(per_paragraph as usize, one.sentences.len());
    for pair in one.findings.windows(2) {
        assert!(pair[0].span.start <= pair[1].span.start);
    }
    for f in &one.findings {
        let s = &one.sentences[f.sentence as usize];
        assert!(s.span.contains(f.span) && s.paragraph == f.paragraph);
    }
    let counted: u32 = one.paragraphs.iter().map(|p| p.counts.total()).sum();
    assert_eq!(counted as usize, one.findings.len());
    // The same paragraph analysed alone gives the same findings.
    let alone = analyzer.analyze(&format!("8500. {paragraph}"));
    let in_text: Vec<&str> = one
        .findings
        .iter()
        .filter(|f| f.paragraph == 8500)
        .map(|f| &*f.text)
        .collect();
    let by_itself: Vec<&str> = alone.findings.iter().map(|f| &*f.text).collect();
    assert_eq!(in_text, by_itself);
    let last = one.findings.last().unwrap();
    assert_eq!(last.line as usize, text.lines().count());
}

#[test]
fn lines_end_at_lf_crlf_and_lone_cr() {
    let text = "ab\ncd\r\nef\rgh é x";
    let mut cursor = LineCursor::new();
    let got: Vec<(usize, usize)> = [0, 1, 3, 7, 10, 15, 16]
        .iter()
        .map(|&o| cursor.locate(text, o))
        .collect();
    assert_eq!(
        got,
        [(1, 1), (1, 2), (2, 1), (3, 1), (4, 1), (4, 5), (4, 6)]
    );
    // Out of order: counted again from the start.
    assert_eq!(cursor.locate(text, 4), (2, 2));
}

#[test]
fn every_finding_slices_to_its_text_inside_its_sentence() {
    let text = "Headline here\r\n\r\nThe mayor’s thugs, experts say, always lie. “They are traitors,” he said.\n\nIt is 40% of voters.";
    let a = analyze(text);
    assert!(a.findings.len() >= 4, "{:?}", a.findings);
    for f in &a.findings {
        assert_eq!(f.span.slice(text), &*f.text);
        assert!(a.sentences[f.sentence as usize].span.contains(f.span));
        assert_eq!(a.sentences[f.sentence as usize].paragraph, f.paragraph);
    }
}

#[test]
fn findings_in_quotations_are_marked_and_not_scored() {
    let a = analyze("He said: “They are traitors and thugs.”");
    assert!(a.findings.iter().all(|f| f.quoted));
    assert_eq!(a.paragraphs[0].weighted_findings, 0);
    assert_eq!(a.paragraphs[0].score, Some(0));
}

#[test]
fn a_named_speakers_reported_words_are_marked_reported_and_not_scored() {
    let a = analyze("Okafor called the merger a disgrace.");
    let f = finding(&a, "disgrace");
    assert!(f.quoted && f.reported, "{f:?}");
    assert_eq!(f.others_words(), Some("reported"));
    assert_eq!(a.paragraphs[0].score, Some(0));
    // Inside quotation marks the words are quoted, not reported.
    let a = analyze("Okafor called the merger “a disgrace” twice.");
    let f = finding(&a, "disgrace");
    assert!(f.quoted && !f.reported, "{f:?}");
    // Without a named speaker they are the author's own.
    let a = analyze("Critics call the merger a disgrace.");
    assert!(!finding(&a, "disgrace").quoted);
    assert!(a.paragraphs[0].score > Some(0));
}

#[test]
fn computes_line_and_column_in_characters() {
    let text = "Café line one.\nThe thugs won.";
    let a = analyze(text);
    let f = a.findings.iter().find(|f| &*f.text == "thugs").unwrap();
    assert_eq!((f.line, f.column), (2, 5));
}

#[test]
fn repeated_and_boilerplate_paragraphs_are_not_scored_twice() {
    let text = "By Ann Lee\n\nThe thugs won again today.\n\nThe thugs won again today.";
    let a = analyze(text);
    assert_eq!(a.paragraphs[0].kind, ParagraphKind::Boilerplate);
    assert_eq!(a.paragraphs[2].duplicate_of, Some(1));
    assert_eq!(a.paragraphs[2].score, None);
    assert_eq!(a.summary.counts.loaded_language, 1);
    assert_eq!(a.warnings[0].kind, "duplicates");
}

#[test]
fn a_wire_like_paragraph_is_low_and_a_heated_one_high() {
    let wire = analyze(
        "The county board voted 5-2 on Tuesday to extend bus service to the airport, \
         according to the minutes of the meeting. Board chair Lena Ortiz said the route would \
         start in March and cost about $2 million a year, paid from the transit budget. Two \
         members voted against, citing the cost.",
    );
    assert_eq!(
        wire.paragraphs[0].level,
        Some(Level::Low),
        "{:?}",
        wire.findings
    );
    assert_eq!(wire.summary.level, Some(Level::Low));
    let heated = analyze(
        "This shameful, corrupt board is an utter disgrace. Its cronies never listen to anyone \
         and always lie. The whole scheme is a catastrophic betrayal, and everyone can see \
         these arrogant thugs for what they are.",
    );
    let p = &heated.paragraphs[0];
    assert_eq!(p.level, Some(Level::High), "{p:?} {:?}", heated.findings);
    assert!(p.percentile.unwrap() >= 99);
    assert_eq!(heated.summary.level, Some(Level::High));
}

#[test]
fn the_most_charged_paragraph_is_the_long_heated_one_not_a_short_aside() {
    let a = analyze(
        "A disaster, he said.\n\n\
         The council's shameful plan is a disgrace, and its cronies never listen. Everyone \
         knows the scheme was always a scam. Residents who spoke at the meeting were \
         ignored, and the vote was rushed through before the budget was published.\n\n\
         The meeting ended at nine.",
    );
    assert_eq!(
        a.summary.most_charged_paragraph,
        Some(1),
        "{:?}",
        a.paragraphs
    );
    let calm = analyze("The meeting ended at nine.");
    assert_eq!(calm.summary.most_charged_paragraph, None);
}

#[test]
fn unsourced_assertions_and_quotations_add_no_charge() {
    let a = analyze("Critics say the plan will fail. He said: “They are thugs.”");
    let p = &a.paragraphs[0];
    assert!(p.counts.unsourced_assertion >= 1 && p.counts.loaded_language >= 1);
    assert_eq!((p.charge, p.score), (0, Some(0)));
}

#[test]
fn empty_text_gives_an_empty_analysis_with_a_warning() {
    let a = analyze(" \n\n ");
    assert!(a.paragraphs.is_empty());
    assert_eq!(a.summary.score, 0);
    assert_eq!(a.warnings[0].kind, "empty");
}

#[test]
fn non_english_text_is_analysed_with_a_warning() {
    let a = analyze("これは日本語の文章です。とても長い文章ではありません。");
    assert!(a.warnings.iter().any(|w| w.kind == "not-english"));
}

/// The finding of `words` in the analysis of `text`.
fn finding<'a>(analysis: &'a Analysis, words: &str) -> &'a Finding {
    analysis
        .findings
        .iter()
        .find(|f| &*f.text == words)
        .unwrap_or_else(|| panic!("`{words}` not flagged: {:?}", analysis.findings))
}

#[test]
fn each_absolute_device_asks_its_own_question() {
    let universal = Category::AbsoluteClaim.question();
    // (sentence, flagged words, words of the question that fit this device)
    let cases = [
        (
            "The plan obviously failed the town.",
            "obviously",
            "evidence",
        ),
        (
            "Of course the mayor knew about the deal.",
            "Of course",
            "evidence",
        ),
        (
            "The deal is a failure, end of story.",
            "end of story",
            "evidence",
        ),
        (
            "Collapse of the bus service is inevitable.",
            "inevitable",
            "fixed",
        ),
        (
            "The report is completely false.",
            "completely false",
            "evidence",
        ),
        (
            "We must choose between safety and freedom.",
            "must choose between",
            "two choices",
        ),
        (
            "Either we close the library or we lose the pool.",
            "Either we close the library or",
            "two choices",
        ),
    ];
    for (text, words, fits) in cases {
        let a = analyze(text);
        let f = a
            .findings
            .iter()
            .find(|f| &*f.text == words && f.category == Category::AbsoluteClaim)
            .unwrap_or_else(|| panic!("`{words}` not an absolute claim: {:?}", a.findings));
        assert!(f.question().contains(fits), "{text}: {}", f.question());
        assert_ne!(f.question(), universal, "{text}");
    }
    // Universal words keep the category's question, which was written for them.
    let a = analyze("Politicians never keep their promises.");
    assert_eq!(finding(&a, "never").question(), universal);
}

#[test]
fn explanations_fit_the_words_in_their_sentence() {
    // (sentence, flagged words, words the explanation must hold, words it must not)
    let cases = [
        (
            "Rents, fares and fees -- they're all going up every month.",
            "they're all",
            "whole group",
            "every person",
        ),
        (
            "The board has screwed up the school budget.",
            "screwed up",
            "went wrong",
            "move",
        ),
        (
            "The council has gone crazy this year.",
            "crazy",
            "person",
            "the idea as crazy",
        ),
        (
            "The new figures on rents are scary.",
            "scary",
            "fear",
            "catastrophe",
        ),
        (
            "They keep pushing radical theories about money.",
            "radical",
            "ideas",
            "by the extreme",
        ),
        (
            "He sent racist posts again last night.",
            "racist",
            "what they said",
            "a bigot:",
        ),
        (
            "The lunacy of this council is on display.",
            "lunacy",
            "say or do",
            "decision",
        ),
        (
            "The two rivals accuse each other of thought crimes.",
            "thought crimes",
            "what people say",
            "policy",
        ),
        (
            "Her obsessive focus on the polls cost her votes.",
            "obsessive",
            "interest",
            "author's reaction",
        ),
        (
            "Time and again the council ignored the parents.",
            "Time and again",
            "over and over",
            "on every occasion",
        ),
        (
            "The visit was described by congressional sources as a briefing.",
            "was described",
            "by sources",
            "Vague",
        ),
    ];
    for (text, words, holds, not) in cases {
        let a = analyze(text);
        let f = finding(&a, words);
        assert!(
            f.rule.explanation.contains(holds),
            "{text}: {}",
            f.rule.explanation
        );
        assert!(
            !f.rule.explanation.contains(not),
            "{text}: {}",
            f.rule.explanation
        );
    }
}

/// The headings a web page marks are headings whatever their punctuation (a question, an
/// exclamation); a paragraph not named among them is classified as before, and page
/// furniture stays furniture.
#[test]
fn paragraphs_given_as_headings_are_headings_whatever_their_punctuation() {
    let text = "Who pays for the ferry?\n\nThe board voted to cut the late crossing. Who will drive the nurses home?\n\nShare on Facebook\n\nWhat happens next!\n\nThe board meets again in spring.\n";
    let span_of = |part: &str| {
        let start = text.find(part).unwrap();
        Span::new(start, start + part.len())
    };
    let headings = [
        span_of("Who pays for the ferry?"),
        span_of("Share on Facebook"),
        span_of("What happens next!"),
    ];
    let analyzer = Analyzer::new(&LexiconSet::builtin());
    let kinds = |a: &Analysis| a.paragraphs.iter().map(|p| p.kind).collect::<Vec<_>>();
    use ParagraphKind::{Boilerplate, Heading, Prose};
    // (headings given, kinds)
    let cases: &[(&[Span], [ParagraphKind; 5])] = &[
        (&[], [Prose, Prose, Boilerplate, Prose, Prose]),
        (&headings, [Heading, Prose, Boilerplate, Heading, Prose]),
    ];
    for (given, expected) in cases {
        let analysis = analyzer.analyze_with_headings(text, given);
        assert_eq!(kinds(&analysis), expected, "{given:?}");
        let scored = analysis
            .paragraphs
            .iter()
            .filter(|p| p.score.is_some())
            .count();
        let prose = expected.iter().filter(|k| **k == Prose).count();
        assert_eq!(scored, prose, "{given:?}");
    }
    assert_eq!(kinds(&analyzer.analyze(text)), cases[0].1);
}

/// A "Comments" label kept with the article (no comments follow it) is not where the
/// readers' comments start: the note names the header of the ones set aside at the end.
#[test]
fn the_comments_note_names_the_header_of_the_comments_set_aside() {
    let article = "Ferry Cuts\n\nThe board voted on Monday to cut the late crossing that nurses take home.\n\n";
    let cases = [
        (
            format!(
                "{article}Comments\n\nThe board says the crossing costs too much.\n\nComments (3)\n\nharbour_jo · 2 hours ago\n\nReply · Report\n"
            ),
            Some("from ¶5 on (3 paragraphs)"),
        ),
        (
            format!("{article}Comments (3)\n\nharbour_jo · 2 hours ago\n\nReply · Report\n"),
            Some("from ¶3 on (3 paragraphs)"),
        ),
        (
            format!("{article}Comments\n\nThe board says the crossing costs too much.\n"),
            None,
        ),
    ];
    for (text, said) in cases {
        let a = analyze(&text);
        let note = a.warnings.iter().find(|w| w.kind == "comments");
        match said {
            Some(said) => assert!(
                note.is_some_and(|w| w.message.contains(said)),
                "{said}: {:?}",
                a.warnings
            ),
            None => assert!(note.is_none(), "{text}: {:?}", a.warnings),
        }
    }
}

/// A new-user trial: the loaded word of a title-case headline went unflagged, its
/// capitals read as a name's. The headline's word is flagged; a publication's name in
/// prose ("The Daily Outrage") and a name in a sentence-case heading are not.
#[test]
fn a_title_case_headline_is_read_for_loaded_words_and_names_in_prose_stay_names() {
    let text = "Council's Betrayal Of Our Children\n\nThe Daily Outrage reported the vote on \
                Monday, and Operation Warp Speed was named in it.\n\nJane Savage resigns \
                from the board\n\nShe had served for ten years.\n";
    let a = analyze(text);
    let kinds: Vec<ParagraphKind> = a.paragraphs.iter().map(|p| p.kind).collect();
    use ParagraphKind::{Heading, Prose};
    assert_eq!(kinds, [Heading, Prose, Heading, Prose]);
    let flagged: Vec<&str> = a.findings.iter().map(|f| f.span.slice(text)).collect();
    assert_eq!(flagged, ["Betrayal"]);
}

/// A lexicon match inside a word joined to the one before it ("Boston:Doubtless") has no gap
/// before it for a guard to read: the guard must not slice the text backwards (it panicked).
#[test]
fn a_match_inside_a_joined_word_is_guarded_without_a_gap() {
    let analysis = analyze("The memo came from Boston:Doubtless, other towns will follow.");
    assert_eq!(analysis.summary.sentences, 1);
}
