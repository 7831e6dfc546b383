//! Paragraphs and sentences of whole texts: a page copied from a news site, hard-wrapped
//! text, one-line-per-paragraph text and line lists.

use slant::analysis::{Analyzer, ParagraphKind};
use slant::lexicon::LexiconSet;
use slant::text::{self, paragraph};

const NEWS_PAGE: &str = include_str!("texts/scraped-news-page.txt");

fn sentences(text: &str) -> Vec<String> {
    text::sentences(text)
        .iter()
        .map(|s| {
            s.slice(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Greedy hard wrap at `width` columns, as `fmt` or a mail client does.
fn wrap(paragraph: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in paragraph.split_whitespace() {
        let w = word.chars().count();
        if line > 0 && line + 1 + w > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += w;
    }
    out
}

#[test]
fn a_copied_news_page_has_its_furniture_and_repeats_set_aside() {
    let analysis = Analyzer::new(&LexiconSet::builtin()).analyze(NEWS_PAGE);
    let described: Vec<(ParagraphKind, Option<u32>, &str)> = analysis
        .paragraphs
        .iter()
        .map(|p| {
            let text = p.span.slice(NEWS_PAGE);
            (p.kind, p.duplicate_of, text.get(..20).unwrap_or(text))
        })
        .collect();
    use ParagraphKind::{Boilerplate, Heading, Prose};
    assert_eq!(
        described,
        [
            (Boilerplate, None, "Skip to main content"),
            (Boilerplate, None, "Home | News | Opinio"),
            (Heading, None, "Riverside Approves N"),
            (Boilerplate, None, "By Marta Quinlan"),
            (Boilerplate, None, "Updated March 12, 20"),
            (Boilerplate, None, "Share on Facebook"),
            (Boilerplate, None, "Share this article"),
            (Boilerplate, None, "Tweet"),
            (Prose, None, "The Riverside city c"),
            (Prose, None, "Opponents, including"),
            (Prose, None, "Mayor Ana Ruiz said "),
            (Boilerplate, None, "Advertisement"),
            (Heading, Some(2), "Riverside Approves N"),
            (Prose, Some(8), "The Riverside city c"),
            (Prose, Some(9), "Opponents, including"),
            (Prose, Some(10), "Mayor Ana Ruiz said "),
            (Boilerplate, None, "Related articles"),
            (Boilerplate, None, "Sign up for our news"),
            (Boilerplate, None, "Copyright 2026 River"),
        ]
    );
    // Only the first copy of the article is scored.
    let scored: Vec<u32> = analysis
        .paragraphs
        .iter()
        .filter(|p| p.is_scored())
        .map(|p| p.index)
        .collect();
    assert_eq!(scored, [8, 9, 10]);
    assert!(analysis.warnings.iter().any(|w| w.kind == "duplicates"));
}

#[test]
fn the_article_splits_into_its_sentences() {
    let all = sentences(NEWS_PAGE);
    let article: Vec<&str> = all[8..14].iter().map(String::as_str).collect();
    assert_eq!(
        article,
        [
            "The Riverside city council voted 6 to 3 on Tuesday to turn two lanes of Harbor Avenue into bus lanes by next spring.",
            "Supporters said the change would cut commute times for 14,000 daily riders.",
            "Opponents, including several shop owners on the avenue, warned that losing parking would hurt small businesses.",
            "\"We were never asked,\" said Leo Brandt, who runs a hardware store near the corner of Harbor Ave. and 5th St.",
            "Mayor Ana Ruiz said the city had held four public meetings since Jan. 2025.",
            "She promised a review after one year.",
        ]
    );
    assert_eq!(all[4], "Updated March 12, 2026 6:40 p.m. ET");
}

#[test]
fn hard_wrapped_text_segments_like_the_same_text_unwrapped() {
    let samples = [
        include_str!("../reports/parking-meters.txt"),
        include_str!("../reports/phones-in-class.txt"),
        include_str!("../reports/library-hours.txt"),
        NEWS_PAGE,
    ];
    for text in samples {
        for width in [60, 72, 80] {
            let wrapped: Vec<String> = text
                .split("\n\n")
                .map(|p| {
                    if p.contains('\n') || p.len() <= width {
                        p.to_string()
                    } else {
                        wrap(p, width)
                    }
                })
                .collect();
            let wrapped = wrapped.join("\n\n");
            assert_eq!(sentences(&wrapped), sentences(text), "wrapped at {width}");
            assert_eq!(
                paragraph::split_paragraphs(&wrapped).len(),
                paragraph::split_paragraphs(text).len(),
                "paragraphs when wrapped at {width}"
            );
        }
    }
}

#[test]
fn a_two_line_paragraph_of_a_wrapped_text_is_joined() {
    let text = format!(
        "{}\n\n{}\n\n{}",
        wrap(
            "The first paragraph is long enough to wrap across several lines of text, so the width of the page shows clearly to anyone reading it.",
            72
        ),
        wrap(
            "This one wraps onto only two lines, which on its own says nothing about the width.",
            72
        ),
        wrap(
            "A third paragraph, again long enough to take three lines, confirms that the text was wrapped at seventy-two columns.",
            72
        ),
    );
    assert_eq!(paragraph::split_paragraphs(&text).len(), 3);
    assert_eq!(
        sentences(&text)[1],
        "This one wraps onto only two lines, which on its own says nothing about the width."
    );
}

#[test]
fn line_lists_chat_lines_and_headings_stay_apart() {
    assert_eq!(
        sentences("features\ncontact manager\nevents, activities\n"),
        ["features", "contact manager", "events, activities"]
    );
    assert_eq!(
        sentences("yeah\nsounds good. see you at six"),
        ["yeah", "sounds good.", "see you at six"]
    );
    assert_eq!(
        sentences("Why Parking Matters\nThe city has 4,000 meters."),
        ["Why Parking Matters", "The city has 4,000 meters."]
    );
    assert_eq!(
        sentences("- apples\n- pears\n1. Wash them\n2. Eat them"),
        ["- apples", "- pears", "1. Wash them", "2. Eat them"]
    );
    // A sentence broken once by a stray line break, as PDF copies are.
    assert_eq!(
        sentences("It was a cold \nnight in the city."),
        ["It was a cold night in the city."]
    );
}

#[test]
fn two_short_wrapped_paragraphs_are_enough_to_tell_the_width() {
    let text = "The council voted on Tuesday to approve the plan proposed by Mayor\nJohn Smith, despite objections from residents.\n\nCritics said the decision ignored the advice of the city engineer Jane\nDoe, who had warned about the costs.\n";
    assert_eq!(
        sentences(text),
        [
            "The council voted on Tuesday to approve the plan proposed by Mayor John Smith, despite objections from residents.",
            "Critics said the decision ignored the advice of the city engineer Jane Doe, who had warned about the costs.",
        ]
    );
}

#[test]
fn a_wrapped_paragraph_among_short_lines_of_an_email_is_joined() {
    let text = "Hi Ann,\nThanks for the note, it came at a good time for the whole team here.\nI looked at the numbers you sent and I think the totals for March look\nwrong because the invoices were counted twice in the second sheet.\nBest,\nBob\n";
    assert_eq!(
        sentences(text),
        [
            "Hi Ann,",
            "Thanks for the note, it came at a good time for the whole team here.",
            "I looked at the numbers you sent and I think the totals for March look wrong because the invoices were counted twice in the second sheet.",
            "Best,",
            "Bob",
        ]
    );
}
