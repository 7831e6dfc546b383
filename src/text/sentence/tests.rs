//! Tests of sentence splitting: the word lists, and boundaries case by case.

use super::word_lists::*;
use super::*;

#[test]
fn word_lists_are_sorted_and_lower_case() {
    for list in [
        NEVER_FINAL,
        MAY_BE_FINAL,
        BEFORE_LOWERCASE,
        TITLES,
        SENTENCE_STARTERS,
    ] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "not sorted: {list:?}");
        assert!(list.iter().all(|w| *w == w.to_lowercase() && w.len() <= 12));
    }
    assert!(
        WordList::NeverFinal.has("Dr")
            && WordList::NeverFinal.has("N°")
            && !WordList::NeverFinal.has("Drs")
    );
}

fn sentences(text: &str) -> Vec<&str> {
    split_sentences(text, Span::new(0, text.len()))
        .into_iter()
        .map(|s| s.slice(text))
        .collect()
}

/// Each case: a text and the sentences it must split into.
fn check(cases: &[(&str, &[&str])]) {
    for (text, expected) in cases {
        assert_eq!(&sentences(text), expected, "text: {text:?}");
    }
}

#[test]
fn abbreviations_do_not_end_sentences() {
    check(&[
        (
            "Sen. Warren and Prof. Lee met Gen. Hayes and Mr. and Mrs. Cole. They talked.",
            &[
                "Sen. Warren and Prof. Lee met Gen. Hayes and Mr. and Mrs. Cole.",
                "They talked.",
            ],
        ),
        (
            "Acme Inc. and Burns Corp. sued Smith & Co. at the U.N. office on Mt. Hood.",
            &["Acme Inc. and Burns Corp. sued Smith & Co. at the U.N. office on Mt. Hood."],
        ),
        (
            "It opened Jan. 9 and closed Sept. 3 at 9 a.m. sharp, not 6 p.m. as planned.",
            &["It opened Jan. 9 and closed Sept. 3 at 9 a.m. sharp, not 6 p.m. as planned."],
        ),
        (
            "See No. 5 on p. 55, Fig. 2 in Vol. 3 and Art. 5 of the code.",
            &["See No. 5 on p. 55, Fig. 2 in Vol. 3 and Art. 5 of the code."],
        ),
        (
            "Bring fruit, e.g. apples, i.e. fresh ones, etc. and more. Smith et al. agree, cf. the memo vs. the report.",
            &[
                "Bring fruit, e.g. apples, i.e. fresh ones, etc. and more.",
                "Smith et al. agree, cf. the memo vs. the report.",
            ],
        ),
    ]);
}

#[test]
fn an_abbreviation_can_end_a_sentence() {
    check(&[
        (
            "She grew up in the U.S. Next year she moved to the U.K. It rained.",
            &[
                "She grew up in the U.S.",
                "Next year she moved to the U.K.",
                "It rained.",
            ],
        ),
        (
            "He left at 6 P.M. Mr. Smith stayed. At 5 a.m. Mr. Smith left too.",
            &[
                "He left at 6 P.M.",
                "Mr. Smith stayed.",
                "At 5 a.m. Mr. Smith left too.",
            ],
        ),
        (
            "They said no. Then they left.",
            &["They said no.", "Then they left."],
        ),
    ]);
}

#[test]
fn initials_numbers_and_times_stay_inside_sentences() {
    check(&[
        (
            "J. R. R. Tolkien and Franklin D. Roosevelt were born. So was I. Did you know?",
            &[
                "J. R. R. Tolkien and Franklin D. Roosevelt were born.",
                "So was I.",
                "Did you know?",
            ],
        ),
        (
            "It rose 3.5 percent to $1.5 million with v2.0 at 10:30 today. Then it fell.",
            &[
                "It rose 3.5 percent to $1.5 million with v2.0 at 10:30 today.",
                "Then it fell.",
            ],
        ),
    ]);
}

#[test]
fn ellipses_and_runs_of_marks() {
    check(&[
        (
            "He paused... then went on.",
            &["He paused... then went on."],
        ),
        ("He paused… then went on.", &["He paused… then went on."]),
        (
            "She left... The door closed.",
            &["She left...", "The door closed."],
        ),
        (
            "She left… The door closed.",
            &["She left…", "The door closed."],
        ),
        (
            "I never meant that.... She left.",
            &["I never meant that....", "She left."],
        ),
        // Regression: an ellipsis character opening a spaced four-dot run.
        (
            "It is his Church… . That matters.",
            &["It is his Church… .", "That matters."],
        ),
        (
            "Really?! Yes!? No way!!! Fine.",
            &["Really?!", "Yes!?", "No way!!!", "Fine."],
        ),
        (
            "\"Bohr [...] used stairways [...]\" (Smith 55).",
            &["\"Bohr [...] used stairways [...]\" (Smith 55)."],
        ),
    ]);
}

#[test]
fn closing_quotes_and_brackets() {
    check(&[
        (
            "He called it “the plan.” Nobody laughed.",
            &["He called it “the plan.”", "Nobody laughed."],
        ),
        (
            "She said \"no.\" He left.",
            &["She said \"no.\"", "He left."],
        ),
        (
            "It was late (see below.) Then it ended.",
            &["It was late (see below.)", "Then it ended."],
        ),
        (
            "\"Stop!\" he said. ‘Go!’ she said.",
            &["\"Stop!\" he said.", "‘Go!’ she said."],
        ),
        (
            "It is a gas.[1] It burns.",
            &["It is a gas.[1]", "It burns."],
        ),
    ]);
}

#[test]
fn inline_lists() {
    check(&[
        (
            "1. The first item 2. The second item",
            &["1. The first item", "2. The second item"],
        ),
        ("1) Mix it. 2) Bake it.", &["1) Mix it.", "2) Bake it."]),
        (
            "a. The first b. The second c. The third",
            &["a. The first", "b. The second", "c. The third"],
        ),
        (
            "• 9. The first item • 10. The second item",
            &["• 9. The first item", "• 10. The second item"],
        ),
        (
            "Do this: i. First ii. Second",
            &["Do this: i. First ii. Second"],
        ),
    ]);
}

#[test]
fn addresses_and_run_together_sentences() {
    check(&[
        (
            "Write to news@example.com or visit https://example.com/a.b?x=1 for more. Thanks.",
            &[
                "Write to news@example.com or visit https://example.com/a.b?x=1 for more.",
                "Thanks.",
            ],
        ),
        (
            "See www.example.org Then call us.",
            &["See www.example.org", "Then call us."],
        ),
        (
            "Hello world.Today is Tuesday.",
            &["Hello world.", "Today is Tuesday."],
        ),
    ]);
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
        sentences("Dr. Lee met Gen. Smith and John F. Kennedy Jr. in St. Louis. Then they left."),
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

/// Pieces of random text for the token property tests: white space of several kinds,
/// letters, a quote mark, a full stop, an opening bracket and a digit.
const TOKEN_PIECES: [&str; 12] = [
    " ", "\n", "\u{a0}", "\u{200b}", "a", "B", "é", "“", ".", "(", "1", "\u{2003}",
];

#[test]
fn the_last_token_is_found_as_by_trimming_characters() {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20_000 {
        let text = crate::text::chars::random_text(&mut seed, &TOKEN_PIECES, 8);
        let by_chars = text.len() - text.trim_end_matches(|c: char| !is_space(c)).len();
        assert_eq!(last_token_len(&text), by_chars, "in {text:?}");
    }
}

#[test]
fn the_first_token_is_found_as_by_splitting_characters() {
    let mut seed: u64 = 0x1d8e_4e27_c47d_124f;
    for _ in 0..20_000 {
        let text = crate::text::chars::random_text(&mut seed, &TOKEN_PIECES, 8);
        let by_chars = text.split(is_space).next().unwrap_or("");
        assert_eq!(first_token(&text), by_chars, "in {text:?}");
    }
}

#[test]
fn roman_numerals_are_told_as_by_the_list() {
    let pieces = ["i", "v", "x", "l", "I", "a", "."];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for count in 0..6 {
        for _ in 0..2_000 {
            let token = crate::text::chars::random_text(&mut seed, &pieces, count);
            assert_eq!(
                is_roman(&token),
                ROMAN.contains(&token.as_str()),
                "{token:?}"
            );
        }
    }
}
