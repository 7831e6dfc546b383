//! The Markdown worksheet: the summary table, then each flagged sentence quoted with its
//! flagged words in bold, what they are, the question to ask and room for an answer.
//! Plain CommonMark with tables, so it pastes into a learning platform or a document.

use super::table::{first_words, percentile_cell, status};
use crate::analysis::Analysis;
use crate::category::Category;
use std::fmt::Write;

/// Escapes characters Markdown would read as markup, so the input shows as written.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // Only what is markup inside a line: every line the worksheet writes starts with
        // its own fixed prefix, so "#", "-" or "1." in the text can't start a block.
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One row of a Markdown table.
fn table_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for cell in cells {
        out.push_str("| ");
        out.push_str(&cell);
        out.push(' ');
    }
    out.push_str("|\n");
}

/// The worksheet for `analysis` of `text`, titled `title` (the file name).
pub fn render(text: &str, analysis: &Analysis, title: &str, all: bool) -> String {
    let s = &analysis.summary;
    let mut out = format!(
        "# Rhetoric worksheet: {}\n\nOverall score **{}**/100 ({}): {}, {}, {}.\n\n{}\n\n",
        escape(title),
        s.score,
        super::overall_level(analysis),
        crate::counting::plural(s.paragraphs, "paragraph", "paragraphs"),
        crate::counting::plural(s.sentences, "sentence", "sentences"),
        crate::counting::plural(s.words, "word", "words"),
        escape(&super::verdict(analysis)),
    );
    let mut headings = vec!["¶", "first words", "sentences", "words"];
    headings.extend(Category::ALL.map(Category::short_name));
    headings.extend(["score", "above wire", "level"]);
    table_row(&mut out, headings.iter().map(|h| h.to_string()));
    out.push_str(&"|---".repeat(headings.len()));
    out.push_str("|\n");
    for p in &analysis.paragraphs {
        if !all && super::table::set_aside(p) {
            continue;
        }
        let (score, level) = status(p);
        let first = escape(&first_words(p.span.slice(text), 6));
        let cells = [(p.index + 1).to_string(), first, p.sentences.to_string()];
        let cells = cells.into_iter().chain([p.words.to_string()]);
        let counts = p.counts.per_category().map(|n| n.to_string());
        let end = [score, percentile_cell(p), level];
        table_row(&mut out, cells.chain(counts).chain(end));
    }
    let tally = super::table::Tally::of(analysis);
    let cells = [
        "all".to_string(),
        super::table::SCORED_TOTALS.to_string(),
        tally.scored_sentences.to_string(),
    ];
    let cells = cells.into_iter().chain([tally.scored_words.to_string()]);
    let counts = tally.scored_counts.map(|n| n.to_string());
    let end = [
        s.score.to_string(),
        format!("{}%", s.percentile),
        crate::score::level_name(s.level).to_string(),
    ];
    table_row(&mut out, cells.chain(counts).chain(end));
    let notes = [tally.not_shown().filter(|_| !all), tally.not_scored()];
    for line in notes.into_iter().flatten() {
        let _ = writeln!(out, "\n{}", escape(&line));
    }
    for note in super::notes(analysis) {
        let _ = writeln!(out, "\n**Note:** {}.", escape(note));
    }
    let _ = writeln!(
        out,
        "\n*above wire*: {} {}",
        escape(super::ABOVE_WIRE),
        escape(&super::score_legend())
    );
    out.push_str("\n## Flagged sentences\n\n");
    let mut number = 0;
    for (sentence, findings) in super::flagged_sentences(analysis) {
        number += 1;
        let bolded = super::marked_passage(
            text,
            (sentence.span.start, sentence.span.end),
            findings,
            escape,
            |_, words| format!("**{}**", escape(words)),
        );
        // The sentence's line on a class worksheet made from the same text (`slant exercise
        // new`), whose numbers skip the title and page furniture: a student with both finds
        // the one from the other (trial 5 took "### 2." for S2).
        let on_worksheet = sentence
            .worksheet_number
            .map(|n| format!(", worksheet S{n}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "### {number}. Paragraph {}, line {}{on_worksheet}\n\n> {bolded}\n",
            sentence.paragraph + 1,
            findings[0].line,
        );
        for f in findings {
            let quoted = match f.others_words() {
                Some("reported") => " (reported speech: someone else's words)",
                Some(_) => " (in a quotation: someone else's words)",
                None => "",
            };
            let _ = writeln!(
                out,
                "- **{}** “{}”{quoted}: {}\n  - Ask: {}",
                f.category.label(),
                escape(&f.text),
                escape(&f.rule.explanation),
                escape(f.question())
            );
        }
        out.push_str("\n**Your answer:**\n\n&nbsp;\n\n&nbsp;\n\n");
    }
    if number == 0 {
        out.push_str("Nothing was flagged. Read it again: what would you have marked?\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analyzer;
    use crate::lexicon::LexiconSet;

    #[test]
    fn worksheet_quotes_each_flagged_sentence_with_bold_words_and_room_to_answer() {
        let text = "Budget Day\n\nThe mayor's thugs interrupted the meeting. The vote was 7 to 2.\n\nEveryone knows the plan [sic] failed_badly.";
        let a = Analyzer::new(&LexiconSet::builtin()).analyze(text);
        let sheet = render(text, &a, "op-ed.txt", false);
        assert!(sheet.starts_with("# Rhetoric worksheet: op-ed.txt"));
        assert!(sheet.contains("| ¶ | first words |"));
        assert!(
            sheet.contains("> The mayor's **thugs** interrupted the meeting."),
            "{sheet}"
        );
        assert!(sheet.contains("- Ask: What neutral word"));
        assert!(sheet.contains("\\[sic\\] failed\\_badly"), "{sheet}");
        assert!(!sheet.contains("The vote was 7 to 2"));
        assert_eq!(sheet.matches("**Your answer:**").count(), 2);
    }
}
