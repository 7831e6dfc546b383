//! The JSON report's long arrays, written fast: rendered in parallel chunks, and paragraphs,
//! sentences and findings rendered straight to bytes.
//!
//! A report of a long text is mostly its three arrays (a 22 MB text gives a 170 MB
//! report). Going through serde's pretty printer, rendering them took longer than
//! analysing the text. Here each element is written field by field into a byte buffer,
//! the same bytes `serde_json::to_writer_pretty` writes (tested against it); strings that
//! need escaping still go through serde_json, so escaping is serde_json's own.

use crate::analysis::{Counts, Finding, Paragraph, Sentence};
use crate::report::Report;
use crate::span::Span;
use rayon::prelude::*;
use serde::Serialize;
use std::io::Write;

/// An element of a JSON array, written as `serde_json`'s pretty printer writes it.
pub trait PrettyElement: Sync {
    /// Appends the element's pretty JSON to `out`, every line after the first starting
    /// with `indent` (the element's own nesting).
    fn write_pretty(&self, indent: &Indent, out: &mut Vec<u8>);
}

/// The nesting of an array's elements: their indentation, and the line break before a
/// field at each depth inside them, made once for the whole array.
pub struct Indent {
    /// `"\n"`, the element's indentation and two spaces per depth, for depths 0 to 3.
    breaks: [Vec<u8>; 4],
}

impl Indent {
    fn new(depth: usize) -> Self {
        let indent = "  ".repeat(depth);
        let breaks = std::array::from_fn(|d| format!("\n{indent}{}", "  ".repeat(d)).into_bytes());
        Indent { breaks }
    }

    /// The element's own indentation.
    pub fn bytes(&self) -> &[u8] {
        &self.breaks[0][1..]
    }
}

/// Writes `items` as a JSON array exactly as `serde_json`'s pretty printer would at nesting
/// `depth`, rendering chunks of elements on all threads of the current rayon pool.
pub fn write_pretty_array<T: PrettyElement>(
    items: &[T],
    depth: usize,
    w: &mut (dyn Write + Send),
) -> std::io::Result<()> {
    /// Elements per task, and tasks rendered before they are written: memory stays bounded.
    const CHUNK: usize = 512;
    const WINDOW: usize = 8;
    if items.is_empty() {
        return w.write_all(b"[]");
    }
    let indent = Indent::new(depth + 1);
    // Renders a window of elements into `parts`, one buffer per chunk. The buffers of a
    // window are used again two windows later (one is written while the next renders):
    // fresh memory for every part cost more than rendering into it.
    let render = |n: usize, window: &[T], mut parts: Vec<Vec<u8>>| -> Vec<Vec<u8>> {
        parts.resize_with(window.len().div_ceil(CHUNK), Vec::new);
        parts
            .par_iter_mut()
            .zip(window.par_chunks(CHUNK))
            .enumerate()
            .for_each(|(k, (out, chunk))| {
                out.clear();
                for (j, item) in chunk.iter().enumerate() {
                    let first = n == 0 && k == 0 && j == 0;
                    if !first {
                        out.push(b',');
                    }
                    out.extend_from_slice(&indent.breaks[0]);
                    item.write_pretty(&indent, out);
                }
            });
        parts
    };
    let write_parts = |parts: &[Vec<u8>], w: &mut (dyn Write + Send)| -> std::io::Result<()> {
        parts.iter().try_for_each(|part| w.write_all(part))
    };
    w.write_all(b"[")?;
    let mut windows = items.chunks(CHUNK * WINDOW).enumerate();
    let mut pending = windows
        .next()
        .map_or_else(Vec::new, |(n, window)| render(n, window, Vec::new()));
    let mut spare = Vec::new();
    // One thread writes a window while the others render the next; when the write is
    // done, that thread joins the rendering.
    for (n, window) in windows {
        let buffers = std::mem::take(&mut spare);
        let (written, rendered) =
            rayon::join(|| write_parts(&pending, w), || render(n, window, buffers));
        written?;
        spare = std::mem::replace(&mut pending, rendered);
    }
    write_parts(&pending, w)?;
    w.write_all(b"\n")?;
    w.write_all("  ".repeat(depth).as_bytes())?;
    w.write_all(b"]")
}

/// Any serializable value, through serde_json's pretty printer: an element rendered alone
/// is indented by indenting each raw line break in it (line breaks in strings are escaped).
fn write_serialized<T: Serialize>(item: &T, indent: &Indent, out: &mut Vec<u8>) {
    let element = serde_json::to_vec_pretty(item).expect("reports serialize");
    let mut from = 0;
    for at in memchr::memchr_iter(b'\n', &element) {
        out.extend_from_slice(&element[from..=at]);
        out.extend_from_slice(indent.bytes());
        from = at + 1;
    }
    out.extend_from_slice(&element[from..]);
}

impl PrettyElement for Report {
    fn write_pretty(&self, indent: &Indent, out: &mut Vec<u8>) {
        write_serialized(self, indent, out);
    }
}

impl PrettyElement for serde_json::Value {
    fn write_pretty(&self, indent: &Indent, out: &mut Vec<u8>) {
        write_serialized(self, indent, out);
    }
}

/// Writes one object's fields the way serde_json's pretty printer lays them out.
struct Fields<'o> {
    out: &'o mut Vec<u8>,
    indent: &'o Indent,
    depth: usize,
    first: bool,
}

impl<'o> Fields<'o> {
    /// Opens an object at the element's nesting.
    fn object(out: &'o mut Vec<u8>, indent: &'o Indent) -> Self {
        out.push(b'{');
        Fields {
            out,
            indent,
            depth: 1,
            first: true,
        }
    }

    #[inline(always)]
    fn line_break(&mut self) {
        self.out.extend_from_slice(&self.indent.breaks[self.depth]);
    }

    /// Starts field `key` (a plain name, nothing to escape).
    #[inline(always)]
    fn key(&mut self, key: &str) -> &mut Self {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.line_break();
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\": ");
        self
    }

    #[inline(always)]
    fn number(&mut self, key: &str, n: impl itoa::Integer) {
        self.key(key);
        self.out
            .extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    #[inline(always)]
    fn string(&mut self, key: &str, s: &str) {
        self.key(key);
        // Without an early exit the test runs on whole vectors of bytes at a time.
        let needs_escape = s.bytes().fold(false, |found, b| {
            found | (b < 0x20) | (b == b'"') | (b == b'\\')
        });
        if !needs_escape {
            self.out.push(b'"');
            self.out.extend_from_slice(s.as_bytes());
            self.out.push(b'"');
        } else {
            serde_json::to_writer(&mut *self.out, s).expect("strings serialize");
        }
    }

    /// A field whose value serde_json writes on one line (an enum, `null`).
    fn serialized(&mut self, key: &str, value: &impl Serialize) {
        self.key(key);
        serde_json::to_writer(&mut *self.out, value).expect("values serialize");
    }

    fn optional_number(&mut self, key: &str, n: Option<u32>) {
        match n {
            Some(n) => self.number(key, n),
            None => self.null(key),
        }
    }

    fn null(&mut self, key: &str) {
        self.key(key);
        self.out.extend_from_slice(b"null");
    }

    fn bool(&mut self, key: &str, b: bool) {
        self.key(key);
        self.out
            .extend_from_slice(if b { b"true" } else { b"false" });
    }

    fn span(&mut self, span: Span) {
        self.key("span").open();
        self.number("start", span.start);
        self.number("end", span.end);
        self.close();
    }

    fn counts(&mut self, counts: &Counts) {
        self.key("counts").open();
        self.number("loaded-language", counts.loaded_language);
        self.number("unsourced-assertion", counts.unsourced_assertion);
        self.number("absolute-claim", counts.absolute_claim);
        self.close();
    }

    /// Opens a nested object as the value of the field just started.
    fn open(&mut self) {
        self.out.push(b'{');
        self.depth += 1;
        self.first = true;
    }

    /// Closes the innermost object (never an empty one: no object of a report is).
    fn close(&mut self) {
        self.depth -= 1;
        self.line_break();
        self.out.push(b'}');
        self.first = false;
    }
}

impl PrettyElement for Sentence {
    fn write_pretty(&self, indent: &Indent, out: &mut Vec<u8>) {
        let mut o = Fields::object(out, indent);
        o.number("index", self.index);
        o.number("paragraph", self.paragraph);
        o.span(self.span);
        o.close();
    }
}

impl PrettyElement for Paragraph {
    fn write_pretty(&self, indent: &Indent, out: &mut Vec<u8>) {
        let mut o = Fields::object(out, indent);
        o.number("index", self.index);
        o.span(self.span);
        o.serialized("kind", &self.kind);
        o.optional_number("duplicate_of", self.duplicate_of);
        o.number("sentences", self.sentences);
        o.number("words", self.words);
        o.number("weighted_findings", self.weighted_findings);
        o.number("charge", self.charge);
        o.optional_number("score", self.score);
        match self.level {
            Some(level) => o.string("level", level.name()),
            None => o.null("level"),
        }
        o.optional_number("percentile", self.percentile);
        o.counts(&self.counts);
        o.close();
    }
}

impl PrettyElement for Finding {
    fn write_pretty(&self, indent: &Indent, out: &mut Vec<u8>) {
        let mut o = Fields::object(out, indent);
        o.string("category", self.category.id());
        o.span(self.span);
        o.number("line", self.line);
        o.number("column", self.column);
        o.string("text", &self.text);
        o.number("sentence", self.sentence);
        o.number("paragraph", self.paragraph);
        o.number("weight", self.weight);
        o.bool("quoted", self.quoted);
        o.string("rule", &self.rule);
        o.string("explanation", &self.explanation);
        o.string("question", &self.question);
        if let Some(alternative) = &self.alternative {
            o.string("alternative", alternative);
        }
        o.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ParagraphKind;
    use crate::category::Category;
    use crate::score::Level;
    use std::sync::Arc;

    /// What serde_json's pretty printer writes for `items` as an array at `depth`, with
    /// fields in declaration order (a `serde_json::Value` would sort them).
    fn serde_pretty<T: Serialize>(items: &[T], depth: usize) -> String {
        #[derive(Serialize)]
        struct Nested<V> {
            k: V,
        }
        let whole = match depth {
            0 => serde_json::to_string_pretty(items),
            1 => serde_json::to_string_pretty(&Nested { k: items }),
            2 => serde_json::to_string_pretty(&Nested {
                k: Nested { k: items },
            }),
            _ => unreachable!("tests use depths 0 to 2"),
        }
        .unwrap();
        let start = whole.find('[').unwrap();
        let end = whole.rfind(']').unwrap();
        whole[start..=end].to_string()
    }

    fn ours<T: PrettyElement>(items: &[T], depth: usize) -> String {
        let mut out = Vec::new();
        write_pretty_array(items, depth, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn findings_are_written_as_serde_json_writes_them_whatever_their_strings() {
        let texts = [
            "plain",
            "with \"quotes\" and a back\\slash",
            "tab\there, line\nbreak, bell \u{7}, delete \u{7f}",
            "curly “quotes” — and é, 中文, 🙂",
            "",
        ];
        let findings: Vec<Finding> = texts
            .iter()
            .enumerate()
            .map(|(k, text)| Finding {
                category: Category::ALL[k % 3],
                span: Span::new(k, k + text.len()),
                line: u32::MAX,
                column: k as u32,
                text: (*text).into(),
                sentence: 7,
                paragraph: 0,
                weight: 3,
                quoted: k % 2 == 0,
                rule: Arc::from(format!("rule/{text}")),
                explanation: Arc::from(*text),
                question: Arc::from("Who says so?"),
                alternative: (k % 2 == 1).then(|| Arc::from(*text)),
            })
            .collect();
        for depth in [0, 1, 2] {
            assert_eq!(ours(&findings, depth), serde_pretty(&findings, depth));
        }
    }

    #[test]
    fn paragraphs_and_sentences_are_written_as_serde_json_writes_them() {
        let paragraphs: Vec<Paragraph> = (0..4u32)
            .map(|k| Paragraph {
                index: k,
                span: Span::new(k as usize * 10, usize::MAX),
                kind: [
                    ParagraphKind::Prose,
                    ParagraphKind::Heading,
                    ParagraphKind::Boilerplate,
                ][k as usize % 3],
                duplicate_of: (k == 2).then_some(0),
                sentences: k,
                words: 40 * k,
                weighted_findings: k * 3,
                charge: k * 2,
                score: (k != 1).then_some(k * 20),
                level: (k != 1).then_some(Level::of_percentile(k * 30)),
                percentile: (k != 1).then_some(k * 30),
                counts: Counts {
                    loaded_language: k,
                    unsourced_assertion: 0,
                    absolute_claim: 9,
                },
            })
            .collect();
        let sentences: Vec<Sentence> = (0..3000u32)
            .map(|k| Sentence {
                index: k,
                paragraph: k / 7,
                span: Span::new(k as usize, k as usize * 2),
            })
            .collect();
        for depth in [0, 1, 2] {
            assert_eq!(ours(&paragraphs, depth), serde_pretty(&paragraphs, depth));
            assert_eq!(ours(&sentences, depth), serde_pretty(&sentences, depth));
        }
        assert_eq!(ours::<Sentence>(&[], 1), "[]");
    }
}
