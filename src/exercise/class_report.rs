//! The class report of `slant exercise check` for people: a terminal table and an HTML
//! page with the same content as the check JSON (which is [`ClassReport::to_json`]).

use super::check::{Agreement, ClassPoint, ClassReport, SentenceFeedback, StudentResult};
use super::letter;
use super::page::{css_class, page_head};
use crate::category::Category;
use crate::counting::plural;
use crate::report::html::escape;
use crate::report::table::{first_words, wrap_to_width};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table};
use std::fmt::Write;

/// What a sentence only the student marked is for.
pub const DISCUSS: &str = "discuss: slant may have missed it, or the sentence may not carry it";

/// A figure with two decimals, or a dash when there is none.
fn figure(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_string(), |x| format!("{x:.2}"))
}

fn agreement_cell(a: &Agreement) -> String {
    format!("{:.2}  {}·{}·{}", a.f1, a.both, a.missed, a.extra)
}

/// A table at most `width` columns wide, whose last column (a sentence) wraps.
/// Column headings: `first`, each category's short name, then `last`.
fn headings<'a>(first: &'a str, last: &'a str) -> Vec<&'a str> {
    let mut h = vec![first];
    h.extend(Category::ALL.map(Category::short_name));
    h.push(last);
    h
}

fn table(header: &[&str], width: u16) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(header.to_vec());
    let last = header.len() - 1;
    for (i, col) in t.column_iter_mut().enumerate() {
        if i != last {
            col.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    t
}

fn class_cell(report: &ClassReport, number: u32, category: Category) -> String {
    let s = &report.class.sentences[number as usize - 1];
    format!(
        "{} {}/{}",
        if *s.slant.get(category) { "✓" } else { " " },
        s.students.get(category),
        report.class.sheets
    )
}

fn point_line(report: &ClassReport, p: &ClassPoint) -> String {
    let s = &report.class.sentences[p.number as usize - 1];
    format!(
        "S{} {} ({} of {} marked it): {}",
        p.number,
        p.category.label(),
        p.marked,
        p.of,
        first_words(&s.text, 12)
    )
}

/// The terminal report: agreement per student, the class table, what most of the class
/// missed or saw alone, then each student's feedback; its tables at most `width` columns
/// wide.
pub fn render_table(report: &ClassReport, width: u16) -> String {
    let title = format!(
        "Class report: {} ({} read, {} refused, {})\n\n",
        report.article.path,
        plural(report.class.sheets as usize, "sheet", "sheets"),
        report.refused.len(),
        plural(report.class.sentences.len(), "sentence", "sentences")
    );
    let mut out = wrap_to_width(&title, width, 0);
    let mut t = table(&headings("student", "overall"), width);
    for s in &report.students {
        let mut row = vec![s.student.clone()];
        row.extend(s.categories.iter().map(|(_, a)| agreement_cell(a)));
        row.push(format!("{:.2}", s.overall.f1));
        t.add_row(row);
    }
    for i in 1..5 {
        if let Some(col) = t.column_mut(i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    let heading = "Agreement with slant (F1; then sentences both marked · missed · marked only by the student):\n";
    let _ = writeln!(out, "{}{t}", wrap_to_width(heading, width, 0));
    let mut t = table(&headings("S", "sentence"), width);
    for s in &report.class.sentences {
        let mut row = vec![format!("S{}", s.number)];
        row.extend(Category::ALL.map(|c| class_cell(report, s.number, c)));
        row.push(first_words(&s.text, 10));
        t.add_row(row);
    }
    let heading =
        "\nThe class per sentence (✓ slant marks it; students who marked it / sheets read):\n";
    let _ = writeln!(out, "{}{t}", wrap_to_width(heading, width, 0));
    // What follows the tables is prose, wrapped to the width as the tables are.
    let tables = out;
    let mut out = String::new();
    for (title, points) in [
        (
            "Most of the class missed (slant marks these)",
            &report.class.missed_by_most,
        ),
        (
            "Most of the class marked, slant did not (candidates for the class lexicon)",
            &report.class.marked_by_most_not_slant,
        ),
    ] {
        let _ = writeln!(out, "\n{title}:");
        if points.is_empty() {
            out.push_str("  none\n");
        }
        for p in points {
            let _ = writeln!(out, "  {}", point_line(report, p));
        }
    }
    if !report.students.is_empty() {
        out.push_str(
            "\nEach student: \"missed\" is a sentence slant marks and the student did not, with slant's \
             reason and the question to ask;\n\"discuss\" is a sentence only the student marked: slant may \
             have missed it, or the sentence may not carry it.\n",
        );
    }
    for s in &report.students {
        out.push_str(&student_text(report, s));
    }
    if !report.refused.is_empty() {
        out.push_str("\nRefused sheets (not counted; fix them and check again):\n");
        for r in &report.refused {
            for e in &r.errors {
                let _ = writeln!(out, "  {}", error_text(&r.file, e.line, &e.message));
            }
        }
    }
    if !report.notes.is_empty() {
        out.push_str("\nSheets counted as they are (check them):\n");
        for note in &report.notes {
            let _ = writeln!(out, "  {}", note.message);
        }
    }
    tables + &wrap_to_width(&out, width, 2)
}

/// `file:line: message`, or `file: message` for a problem of the whole file.
pub fn error_text(file: &str, line: Option<u32>, message: &str) -> String {
    match line {
        Some(line) => format!("{file}:{line}: {message}"),
        None => format!("{file}: {message}"),
    }
}

fn words_text(words: &[String]) -> String {
    words
        .iter()
        .map(|w| super::quoted(w))
        .collect::<Vec<_>>()
        .join(", ")
}

fn student_text(report: &ClassReport, s: &StudentResult) -> String {
    let mut out = format!(
        "\n== {} ({}): agreement {:.2} ==\n",
        s.student, s.file, s.overall.f1
    );
    for (category, a) in s.categories.iter() {
        let _ = writeln!(
            out,
            "{}: agreement {:.2} (both {}, missed {}, extra {}; precision {}, recall {})",
            category.label(),
            a.f1,
            a.both,
            a.missed,
            a.extra,
            figure(a.precision),
            figure(a.recall)
        );
        for f in &a.missed_sentences {
            let _ = writeln!(
                out,
                "  missed S{}: {}",
                f.number,
                report.class.sentences[f.number as usize - 1].text
            );
            for w in &f.slant_words {
                let _ = writeln!(
                    out,
                    "    slant: {}{}: {}\n    ask: {}",
                    super::quoted(&w.text),
                    super::check::others_words(w),
                    w.explanation,
                    w.question
                );
            }
        }
        for f in &a.extra_sentences {
            let _ = writeln!(
                out,
                "  discuss S{}: {}{}",
                f.number,
                report.class.sentences[f.number as usize - 1].text,
                if f.student_words.is_empty() {
                    String::new()
                } else {
                    format!(" (your words: {})", words_text(&f.student_words))
                }
            );
        }
    }
    out
}

/// The class report as one self-contained page (no scripts, fonts or network).
pub fn render_html(report: &ClassReport) -> String {
    let name = report
        .article
        .path
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(&report.article.path);
    let title = format!("Class report: {name}");
    let mut page = page_head(&title);
    let _ = writeln!(
        page,
        "<h1>{}</h1>\n<p class=\"meta\">Article {} ({}). {} read, {} refused; {} worksheet sentences. slant {}.</p>",
        escape(&title),
        escape(&report.article.path),
        escape(&report.article.hash),
        plural(report.class.sheets as usize, "sheet", "sheets"),
        report.refused.len(),
        report.class.sentences.len(),
        escape(&report.tool.version)
    );
    if !report.refused.is_empty() {
        page.push_str("<div class=\"warn\"><p><strong>Refused sheets</strong> (not counted; fix them and check again):</p><ul>");
        for r in &report.refused {
            for e in &r.errors {
                let _ = write!(
                    page,
                    "<li>{}</li>",
                    escape(&error_text(&r.file, e.line, &e.message))
                );
            }
        }
        page.push_str("</ul></div>\n");
    }
    if !report.notes.is_empty() {
        page.push_str("<div class=\"warn\"><p><strong>Sheets counted as they are</strong> (check them):</p><ul>");
        for note in &report.notes {
            let _ = write!(page, "<li>{}</li>", escape(&note.message));
        }
        page.push_str("</ul></div>\n");
    }
    page.push_str(
        "<h2>Agreement with slant</h2>\n<p class=\"hint\">Agreement is F1 against slant: 1 when the \
         student ticked exactly the boxes slant ticks. In brackets: sentences both marked · missed \
         · marked only by the student.</p>\n<div class=\"scroll\"><table>\n<tr><th>student</th>",
    );
    for c in Category::ALL {
        let _ = write!(page, "<th class=\"n\">{}</th>", escape(c.label()));
    }
    page.push_str("<th class=\"n\">overall</th></tr>\n");
    for s in &report.students {
        let _ = write!(
            page,
            "<tr><td><a href=\"#student-{}\">{}</a></td>",
            anchor(&s.student),
            escape(&s.student)
        );
        for (_, a) in s.categories.iter() {
            let _ = write!(
                page,
                "<td class=\"n wrap\">{:.2} ({}·{}·{})</td>",
                a.f1, a.both, a.missed, a.extra
            );
        }
        let _ = writeln!(page, "<td class=\"n\">{:.2}</td></tr>", s.overall.f1);
    }
    page.push_str("</table></div>\n<h2>The class per sentence</h2>\n<p class=\"hint\">✓: slant marks the sentence; then how many of the sheets read marked it.</p>\n<div class=\"scroll\"><table>\n<tr><th class=\"n\">S</th>");
    for c in Category::ALL {
        let _ = write!(
            page,
            "<th class=\"n\"><span class=\"cat {}\">{}</span></th>",
            css_class(c),
            letter(c)
        );
    }
    page.push_str("<th>sentence</th></tr>\n");
    for s in &report.class.sentences {
        let _ = write!(
            page,
            "<tr id=\"s{}\"><td class=\"n\">S{}</td>",
            s.number, s.number
        );
        for c in Category::ALL {
            let _ = write!(
                page,
                "<td class=\"n\">{}</td>",
                escape(&class_cell(report, s.number, c))
            );
        }
        let _ = writeln!(page, "<td>{}</td></tr>", escape(&s.text));
    }
    page.push_str("</table></div>\n");
    for (title, points) in [
        ("Most of the class missed", &report.class.missed_by_most),
        (
            "Most of the class marked, slant did not: candidates for the class lexicon",
            &report.class.marked_by_most_not_slant,
        ),
    ] {
        let _ = writeln!(page, "<h2>{}</h2>", escape(title));
        if points.is_empty() {
            page.push_str("<p>None.</p>\n");
            continue;
        }
        page.push_str("<ul class=\"feedback\">\n");
        for p in points {
            let _ = writeln!(
                page,
                "<li><a href=\"#s{}\">{}</a></li>",
                p.number,
                escape(&point_line(report, p))
            );
        }
        page.push_str("</ul>\n");
    }
    for s in &report.students {
        page.push_str(&student_html(report, s));
    }
    page.push_str("</body>\n</html>\n");
    page
}

/// An id for a student's section: letters and digits kept, the rest as `-`.
fn anchor(student: &str) -> String {
    student
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect()
}

fn sentence_html(report: &ClassReport, f: &SentenceFeedback) -> String {
    format!(
        "<a href=\"#s{}\">S{}</a> {}",
        f.number,
        f.number,
        escape(&report.class.sentences[f.number as usize - 1].text)
    )
}

fn student_html(report: &ClassReport, s: &StudentResult) -> String {
    let mut out = format!(
        "<h2 id=\"student-{}\">{}: agreement {:.2}</h2>\n<p class=\"meta\">{}</p>\n",
        anchor(&s.student),
        escape(&s.student),
        s.overall.f1,
        escape(&s.file)
    );
    for (category, a) in s.categories.iter() {
        let _ = writeln!(
            out,
            "<h3><span class=\"cat {}\">{}</span>: agreement {:.2}</h3>\n<p class=\"meta\">both {}, missed {}, extra {}; precision {}, recall {}.</p>",
            css_class(category),
            escape(category.label()),
            a.f1,
            a.both,
            a.missed,
            a.extra,
            figure(a.precision),
            figure(a.recall)
        );
        if a.missed_sentences.is_empty() && a.extra_sentences.is_empty() {
            continue;
        }
        out.push_str("<ul class=\"feedback\">\n");
        for f in &a.missed_sentences {
            let _ = write!(
                out,
                "<li><strong>Missed</strong> {}<ul>",
                sentence_html(report, f)
            );
            for w in &f.slant_words {
                let _ = write!(
                    out,
                    "<li>slant: “{}”{}: {} <em>Ask: {}</em>{}</li>",
                    escape(&w.text),
                    super::check::others_words(w),
                    escape(&w.explanation),
                    escape(&w.question),
                    w.alternative
                        .as_ref()
                        .map_or_else(String::new, |alt| format!(
                            " <em>Instead: {}</em>",
                            escape(alt)
                        ))
                );
            }
            out.push_str("</ul></li>\n");
        }
        for f in &a.extra_sentences {
            let _ = writeln!(
                out,
                "<li><strong>Discuss</strong> {}{}<br><span class=\"hint\">{}</span></li>",
                sentence_html(report, f),
                if f.student_words.is_empty() {
                    String::new()
                } else {
                    format!(" (your words: {})", escape(&words_text(&f.student_words)))
                },
                escape(DISCUSS)
            );
        }
        out.push_str("</ul>\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::check::{Submission, class_report, read_sheet};
    use crate::exercise::key::Key;
    use crate::exercise::worksheet::render_text;
    use crate::{Analyzer, LexiconSet};

    fn report() -> ClassReport {
        let text = "The brazen <plan> will never work. Many experts say it will fail.";
        let key = Key::new(
            text,
            &Analyzer::new(&LexiconSet::builtin()).analyze(text),
            "dir/plan.txt",
        );
        let blank = render_text(&key);
        let marked = blank.replacen("[ ] L", "[x] L", 2) + "S1 [ ] L [ ] U [ ] A\n";
        let submissions = [("ana <b>", blank.as_str()), ("ben", marked.as_str())]
            .map(|(student, text)| Submission {
                student: student.to_string(),
                file: format!("answers/{student}.txt"),
                sheet: read_sheet(&key, text),
            })
            .to_vec();
        class_report(&key, submissions)
    }

    #[test]
    fn the_table_shows_agreement_the_class_and_feedback_and_refusals() {
        let r = report();
        let t = render_table(&r, 80);
        assert!(
            t.contains("Class report: dir/plan.txt (1 sheet read, 1 refused"),
            "{t}"
        );
        assert!(t.contains("ana <b>"), "{t}");
        assert!(t.contains("missed S2"), "{t}");
        assert!(t.contains("ask: Who exactly says so?"), "{t}");
        assert!(t.contains("answers/ben.txt:"), "{t}");
        assert!(t.contains("answered twice"), "{t}");
    }

    #[test]
    fn the_page_escapes_names_and_links_every_student() {
        let r = report();
        let page = render_html(&r);
        assert!(page.contains("ana &lt;b&gt;"), "{page}");
        assert!(!page.contains("<b>"));
        assert!(page.contains("href=\"#student-ana--b-\""));
        assert!(page.contains("id=\"student-ana--b-\""));
        assert!(page.contains("&lt;plan&gt;"));
        assert!(page.contains("Refused sheets"));
    }
}
