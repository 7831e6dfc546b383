//! Which existing files a run may write over: the reports slant itself wrote (told by what
//! they start with), so that re-running a command over its own output works, while a
//! student's essay, a teacher's notes or an exercise's key under the same name is never
//! replaced unasked.

use std::io::Read;
use std::path::Path;

/// The generator line of an analysis page (`slant analyze --format html`).
pub const PAGE_GENERATOR: &str = "<meta name=\"generator\" content=\"slant\">";
/// The generator line of an exercise's pages and of class report and comparison pages.
pub const EXERCISE_GENERATOR: &str = "<meta name=\"generator\" content=\"slant exercise\">";
/// How a Markdown worksheet starts.
pub const WORKSHEET_HEADING: &str = "# Rhetoric worksheet: ";
/// How a class report table starts.
pub const CLASS_REPORT_TABLE: &str = "Class report: ";

/// How much of a file is read to tell whether slant wrote it: enough for a page's title
/// after long file names, or the tool field of a JSONL report line after a long id.
const HEAD: u64 = 4096;

/// Whether the file at `path` is a report slant wrote, which a later run may replace: an
/// analysis page, Markdown worksheet, JSON or JSONL report, or table; a comparison's page
/// or table; a class report's page, table or JSON. Not an exercise's key or worksheet (the
/// teacher's and the students' own), and not a file that cannot be read.
pub fn replaceable_report(path: &Path) -> bool {
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(HEAD).read_to_end(&mut head));
    read.is_ok() && is_replaceable_report(&head)
}

/// Whether the file at `path` is one slant wrote, which a folder walk passes over instead
/// of reading it as an article: a report [`replaceable_report`] tells (text tables too),
/// an exercise's key and pages, or the table of `slant eval` or `slant lexicons list`
/// saved with `>`. (A student's filled-in worksheet is not one: the walk tells it apart.)
pub fn written_by_slant(path: &Path) -> bool {
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(HEAD).read_to_end(&mut head));
    read.is_ok() && is_written_by_slant(&head)
}

/// [`written_by_slant`] for a file that starts with `head`.
fn is_written_by_slant(head: &[u8]) -> bool {
    // Cut at HEAD bytes, the last character may be split: the markers are all before it.
    let text = String::from_utf8_lossy(head);
    if is_replaceable_text(&text) {
        return true;
    }
    let exercise_page = text.starts_with("<!DOCTYPE html>") && text.contains(EXERCISE_GENERATOR);
    let exercise_key = text.starts_with("{\n")
        && text.contains("\"schema\": \"slant-exercise-key\"")
        && text.contains("\"name\": \"slant\"");
    exercise_page || exercise_key || listing_table(&text)
}

/// The table of `slant eval` (under the labelled file's name) or of `slant lexicons list`:
/// a header row of its columns, then a double line.
fn listing_table(text: &str) -> bool {
    let mut lines = text.lines();
    let header_of = |line: &str, columns: &[&str]| {
        let words: Vec<&str> = line.split_whitespace().collect();
        words.starts_with(columns)
    };
    let eval = ["category", "sentences", "positive", "P", "R", "F1"];
    // With --lexicons a column "from" comes before the description.
    let list = ["lexicon", "kind", "entries", "phrases"];
    let Some(first) = lines.next() else {
        return false;
    };
    let header = if header_of(first, &list) {
        true
    } else {
        lines.next().is_some_and(|second| header_of(second, &eval))
    };
    header && lines.take(2).any(is_double_line)
}

/// The double line slant's text tables draw under their header row.
fn is_double_line(line: &str) -> bool {
    line.chars().count() >= 10 && line.chars().all(|c| c == '═')
}

/// [`replaceable_report`] for a file that starts with `head`.
fn is_replaceable_report(head: &[u8]) -> bool {
    // Cut at HEAD bytes, the last character may be split: the markers are all before it.
    is_replaceable_text(&String::from_utf8_lossy(head))
}

/// [`is_replaceable_report`] for the start of a file read as text.
fn is_replaceable_text(text: &str) -> bool {
    analysis_page(text)
        || exercise_report_page(text)
        || text.starts_with(WORKSHEET_HEADING)
        || json_report(text)
        || jsonl_report(text)
        || text.starts_with(CLASS_REPORT_TABLE)
        || analysis_table(text)
        || comparison_table(text)
}

/// An analysis page: `slant analyze --format html`.
fn analysis_page(text: &str) -> bool {
    text.starts_with("<!DOCTYPE html>") && text.contains(PAGE_GENERATOR)
}

/// A class report's or a comparison's page (not an exercise's worksheet or key, which
/// share their generator line): told by its title.
fn exercise_report_page(text: &str) -> bool {
    if !text.starts_with("<!DOCTYPE html>") || !text.contains(EXERCISE_GENERATOR) {
        return false;
    }
    let Some(title) = text
        .split_once("<title>")
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map(|(title, _)| title)
    else {
        return false;
    };
    let exercise_own = title.starts_with("Answer key: ") || title.starts_with("Worksheet: ");
    !exercise_own && (title.starts_with("Class report: ") || title.ends_with(" compared"))
}

/// A JSON report (or an array of them, empty when every input failed) or a class report
/// in JSON; not an exercise's key.
fn json_report(text: &str) -> bool {
    if text == "[]\n" {
        return true;
    }
    (text.starts_with("{\n") || text.starts_with("[\n"))
        && text.contains("\"tool\": {")
        && text.contains("\"name\": \"slant\"")
        && !text.contains("\"schema\": \"slant-exercise-key\"")
}

/// JSONL reports: the first line a report naming slant as its tool, or the error line that
/// stands in for an input that failed (an object of `error` and `id` alone).
fn jsonl_report(text: &str) -> bool {
    let first = text.split_once('\n').map_or(text, |(line, _)| line);
    if text.starts_with("{\"schema_version\":") {
        return first.contains("\"tool\":{\"name\":\"slant\"");
    }
    if !text.starts_with("{\"error\":") || first.len() == text.len() {
        return false; // not an error line, or not the whole of one
    }
    serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(first).is_ok_and(|line| {
        line.len() == 2
            && line.get("error").is_some_and(|e| e.is_string())
            && line.contains_key("id")
    })
}

/// An analysis table (`slant analyze` with `-o report.txt`): a header row of the columns
/// slant draws, from "¶" (one text) or "file" (several, under "Files in FOLDER/" when they
/// share one) to "level", then a double line under the header.
fn analysis_table(text: &str) -> bool {
    let mut lines = text.lines().peekable();
    if lines.peek().is_some_and(|l| l.starts_with("Files in ")) {
        lines.next();
    }
    let Some(header) = lines.next() else {
        return false;
    };
    let words: Vec<&str> = header.split_whitespace().collect();
    let columns = matches!(words.first(), Some(&("¶" | "file")))
        && words.windows(4).any(|w| w == ["L", "U", "A", "score"])
        && words.last() == Some(&"level");
    columns && lines.take(2).any(is_double_line)
}

/// A comparison table (`slant compare A B -o both.txt`): after the lines naming the two
/// files when they are long, a framed table whose header row names them and whose first
/// row is the score.
fn comparison_table(text: &str) -> bool {
    let mut lines = text.lines();
    let above = |l: &str| {
        // "Left:" alone on its line when the name after it is too long for the rest.
        ["Left:", "right:", "In ", "  "]
            .iter()
            .any(|start| l.starts_with(start))
            || l == "In"
    };
    let Some(top) = lines.by_ref().find(|l| !above(l)) else {
        return false;
    };
    let next: Vec<&str> = lines.take(3).collect();
    top.starts_with("┌─")
        && matches!(next.as_slice(), [header, rule, first]
            if header.starts_with('│') && header.contains('┆')
                && rule.starts_with("╞═")
                && is_score_row(first))
}

/// The first row of a comparison table: "│ score             ┆ 55/100 (high)", or, as
/// tables written before the row labels were short had it, "│ score (a whole text".
fn is_score_row(row: &str) -> bool {
    row.starts_with("│ score (")
        || row
            .strip_prefix("│ score ")
            .is_some_and(|rest| rest.trim_start().starts_with('┆'))
}

#[cfg(test)]
mod tests {
    use super::{is_replaceable_report, is_written_by_slant};

    #[test]
    fn files_slant_wrote_are_told_from_articles() {
        let exercise = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
                        <meta name=\"generator\" content=\"slant exercise\">\n";
        let eval = "labels.jsonl\n category   sentences  positive      P      R     F1  macro\n\
                    \x20                                                         F1\n\
                    ════════════════════════════════════════════\n";
        let list = " lexicon        kind  entries  phrases  description\n\
                    ════════════════════════════════════════════\n";
        let table = " ¶    first words       sentences  words  L  U  A  score  above  level\n\
                     \x20                                                         wire\n\
                     ════════════════════════════════════════════════════════════\n";
        for (head, slant_s) in [
            // Files slant wrote: its reports, an exercise's key and pages, listings.
            (table.to_string(), true),
            (
                format!("{exercise}<title>Answer key: op-ed.txt</title>\n"),
                true,
            ),
            (
                format!("{exercise}<title>Worksheet: op-ed.txt</title>\n"),
                true,
            ),
            (
                "{\n  \"schema\": \"slant-exercise-key\",\n  \"tool\": {\n    \"name\": \"slant\","
                    .into(),
                true,
            ),
            (eval.to_string(), true),
            (list.to_string(), true),
            (
                "lexicon  kind entries phrases from         description\n═══════════════\n".into(),
                true,
            ),
            // A student's worksheet is told apart by the walk; the rest are articles.
            (
                "# slant worksheet: op-ed.txt\n# article fnv1a64:0123\n".into(),
                false,
            ),
            (
                "Phones in class\n\nEveryone knows phones distract.\n".into(),
                false,
            ),
            (
                "category sentences positive P R F1\nour notes\n".into(),
                false,
            ),
            (
                "lexicon kind entries phrases description\n\nwhat we found\n".into(),
                false,
            ),
            (String::new(), false),
        ] {
            assert_eq!(is_written_by_slant(head.as_bytes()), slant_s, "{head}");
        }
    }

    #[test]
    fn slant_reports_are_told_from_other_files() {
        let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
        let exercise = format!("{page}<meta name=\"generator\" content=\"slant exercise\">\n");
        let table = " ¶    first words       sentences  words  L  U  A  score  above  level\n\
                     \x20                                                         wire\n\
                     ════════════════════════════════════════════════════════════\n";
        let files = "Files in class/\n file    para-  sentences  words   L  U  A  score  above  level\n\
                     \x20       graphs                                      wire\n\
                     ═══════════════════════════════════════════════\n";
        let compare = "┌────┬────┬────┐\n│    ┆ a.txt ┆ b.txt │\n╞════╪════╪════╡\n\
                       │ score (a whole text ┆ 26/100 ┆ 70/100 │\n";
        let named = format!("Left:\n  a/very/long/name.txt\nright: another.txt\n{compare}");
        let short = "┌────┬────┬────┐\n│    ┆ a.txt ┆ b.txt │\n╞════╪════╪════╡\n\
                     │ score             ┆ 26/100 (moderate) ┆ 70/100 (high) │\n";
        for (head, replaceable) in [
            // Reports slant wrote.
            (format!("{page}<meta name=\"generator\" content=\"slant\">\n"), true),
            (format!("{exercise}<title>Class report: op-ed.txt</title>\n"), true),
            (format!("{exercise}<title>a.txt and b.txt compared</title>\n"), true),
            ("# Rhetoric worksheet: op-ed.txt\n\nOverall".to_string(), true),
            ("{\n  \"schema_version\": 2,\n  \"tool\": {\n    \"name\": \"slant\",".into(), true),
            ("[\n  {\n    \"schema_version\": 2,\n    \"tool\": {\n    \"name\": \"slant\",".into(), true),
            ("[]\n".into(), true),
            ("{\n  \"schema\": \"slant-exercise-check\",\n  \"tool\": {\n    \"name\": \"slant\",".into(), true),
            ("{\"schema_version\":2,\"id\":\"a\",\"tool\":{\"name\":\"slant\",\"version\":\"1\"}".into(), true),
            ("{\"error\":\"in.jsonl:1: not an object\",\"id\":null}\n{\"schema_version\":2".into(), true),
            ("Class report: op-ed.txt (3 sheets read)\n".into(), true),
            (table.to_string(), true),
            (files.to_string(), true),
            (compare.to_string(), true),
            (named, true),
            (short.to_string(), true),
            // An exercise's own files.
            (format!("{exercise}<title>Answer key: op-ed.txt</title>\n"), false),
            (format!("{exercise}<title>Worksheet: op-ed.txt</title>\n"), false),
            ("{\n  \"schema\": \"slant-exercise-key\",\n  \"tool\": {\n    \"name\": \"slant\",".into(), false),
            ("# slant worksheet: op-ed.txt\n# article fnv1a64:0123\n".into(), false),
            // Other people's files.
            ("My essay on phones in class.\n\nPhones distract everyone.\n".into(), false),
            ("# Rhetoric\n\nNotes on loaded words.\n".into(), false),
            ("<!DOCTYPE html>\n<html><head><title>My page</title>".into(), false),
            ("{\n  \"name\": \"slant\"\n}\n".into(), false),
            ("[1, 2]\n".into(), false),
            ("{\"id\":1,\"text\":\"The elites lie.\"}\n".into(), false),
            ("{\"error\":\"disk full\",\"id\":3,\"when\":\"today\"}\n".into(), false),
            ("{\"error\":\"an error line cut before its end".into(), false),
            ("file  L  U  A  score  level\nnotes\n".into(), false),
            ("┌──┐\n│ my box │\n└──┘\n".into(), false),
            (String::new(), false),
        ] {
            assert_eq!(is_replaceable_report(head.as_bytes()), replaceable, "{head}");
        }
    }
}
