//! Splitting a text into paragraphs and telling prose from headings, boilerplate and repeats.
//!
//! A blank line always ends a paragraph. A single line break ends one when the line was
//! broken on purpose: the next line's first word would have fitted on it (so it was not
//! hard-wrapped) and the line either ends a sentence or is a short title-like line before
//! a capital. So texts with one paragraph per line and hard-wrapped texts both work.

use super::chars::{is_bullet, is_closing, is_space, trim_span};
use super::span::Span;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};
use serde::{Deserialize, Serialize};
use std::hash::Hasher;

/// What a paragraph is, which decides whether it is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// Running text: analyzed and scored.
    Prose,
    /// A title or subheading: analyzed, not scored.
    Heading,
    /// Page furniture such as bylines, dates and share prompts: shown, not scored.
    Boilerplate,
}

/// A paragraph found in the text, before analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The paragraph's text without surrounding white space.
    pub span: Span,
    /// Prose, heading or boilerplate.
    pub kind: ParagraphKind,
    /// Index of an earlier paragraph with the same words, if this one repeats it.
    pub duplicate_of: Option<usize>,
}

/// A line of the text: its span without the line ending.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    /// Characters in the trimmed line.
    width: usize,
    blank: bool,
}

fn lines(text: &str) -> Vec<Line> {
    if text.len() < PARALLEL_FROM_BYTES {
        return lines_between(text, 0, text.len());
    }
    // A long text in parts of about a megabyte, each cut right after a line feed (so a
    // CR LF is never cut in two), their lines found on all cores.
    const PART: usize = 1 << 20;
    let mut cuts = vec![0];
    let mut at = PART;
    while let Some(k) = text
        .as_bytes()
        .get(at..)
        .and_then(|rest| memchr::memchr(b'\n', rest))
    {
        let cut = at + k + 1;
        cuts.push(cut);
        at = cut + PART;
    }
    if cuts.last() != Some(&text.len()) {
        cuts.push(text.len());
    }
    cuts.par_windows(2)
        .map(|part| lines_between(text, part[0], part[1]))
        .collect::<Vec<_>>()
        .concat()
}

/// The lines of `text[from..to]`, where `from` starts a line and `to` ends the text or
/// follows a line feed.
fn lines_between(text: &str, from: usize, to: usize) -> Vec<Line> {
    let mut out = Vec::new();
    let bytes = &text.as_bytes()[..to];
    let mut start = from;
    for i in memchr::memchr2_iter(b'\n', b'\r', &bytes[from..]).map(|i| from + i) {
        if i < start {
            continue; // the \n of a \r\n
        }
        out.push(make_line(text, start, i));
        start = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
    }
    if start < to {
        out.push(make_line(text, start, to));
    }
    out
}

fn make_line(text: &str, start: usize, end: usize) -> Line {
    let (lead, trimmed) = trim_span(&text[start..end]);
    // Widths matter up to a page (100 characters); a line of more than 400 bytes is wider.
    let width = if trimmed.len() > 400 || trimmed.is_ascii() {
        trimmed.len()
    } else {
        trimmed.chars().count()
    };
    Line {
        span: Span::new(start + lead, start + lead + trimmed.len()),
        width,
        blank: trimmed.is_empty(),
    }
}

/// Splits `text` into paragraphs, classifies them and marks repeats.
pub fn split_paragraphs(text: &str) -> Vec<Block> {
    let lines = lines(text);
    // The break after each line that another line of the same block follows (a blank
    // line's entry is never read).
    let measure = |pair: &[Line]| match pair[0].blank || pair[1].blank {
        true => LineBreak::default(),
        false => line_break(text, pair[0], pair[1]),
    };
    let breaks: Vec<LineBreak> = if text.len() >= PARALLEL_FROM_BYTES {
        lines
            .par_windows(2)
            .with_min_len(1024)
            .map(measure)
            .collect()
    } else {
        lines.windows(2).map(measure).collect()
    };
    let page_width = page_wrap_width(&lines, &breaks);
    // The widest line of page width, for texts whose wrapping is too mixed to measure;
    // it counts only when another line comes close to it, as wrapped lines do.
    let widest = lines
        .iter()
        .map(|l| l.width)
        .filter(|&w| w <= 100)
        .max()
        .unwrap_or(0);
    let near_widest = lines
        .iter()
        .filter(|l| l.width >= 40 && l.width <= widest && l.width + 10 >= widest)
        .count();
    let widest = if near_widest >= 2 { widest } else { 0 };
    // Runs of non-blank lines, each split on its own (on all cores for a long text).
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].blank {
            i += 1;
            continue;
        }
        let block_start = i;
        while i < lines.len() && !lines[i].blank {
            i += 1;
        }
        blocks.push((block_start, i));
    }
    let layout = Layout { page_width, widest };
    let split_blocks = |blocks: &[(usize, usize)]| {
        let mut spans = Vec::new();
        for &(start, end) in blocks {
            let block_breaks = &breaks[start..end - 1];
            split_block(text, &lines[start..end], block_breaks, layout, &mut spans);
        }
        spans
    };
    let spans = if text.len() >= PARALLEL_FROM_BYTES {
        blocks
            .par_chunks(1024)
            .map(split_blocks)
            .collect::<Vec<_>>()
            .concat()
    } else {
        split_blocks(&blocks)
    };
    // Each paragraph on its own (on all cores for a long text), then repeats in order.
    let describe = |span: &Span| {
        let body = span.slice(text);
        let (kind, letter) = classify_marking_letters(body);
        (fingerprint(body), kind, letter)
    };
    let described: Vec<(Option<u64>, ParagraphKind, bool)> = if text.len() >= PARALLEL_FROM_BYTES {
        spans.par_iter().with_min_len(256).map(describe).collect()
    } else {
        spans.iter().map(describe).collect()
    };
    let letter = described.iter().any(|&(_, _, letter)| letter);
    let mut described: Vec<(Option<u64>, ParagraphKind)> = described
        .into_iter()
        .map(|(fingerprint, kind, _)| (fingerprint, kind))
        .collect();
    set_aside_page_sections(text, &spans, &mut described);
    if letter {
        set_aside_letter_signature(text, &spans, &mut described);
    }
    // Fingerprints of the paragraphs seen so far, each with the first paragraph that had it.
    let mut seen: FxHashMap<u64, usize> = FxHashMap::default();
    spans
        .iter()
        .zip(described)
        .enumerate()
        .map(|(index, (&span, (fingerprint, kind)))| {
            let body = span.slice(text);
            let duplicate_of = fingerprint.and_then(|key| match seen.get(&key) {
                Some(&first) if same_words(spans[first].slice(text), body) => Some(first),
                Some(_) => None,
                None => {
                    seen.insert(key, index);
                    None
                }
            });
            Block {
                span,
                kind,
                duplicate_of,
            }
        })
        .collect()
}

/// Texts this long are split and analyzed on all cores (below it, handing work to other
/// threads costs more than it saves).
pub(crate) const PARALLEL_FROM_BYTES: usize = 64 * 1024;

/// Whether two paragraphs have the same words in the same order, however wrapped or
/// indented: their [`collapsed`] forms are equal, compared without making them.
fn same_words(a: &str, b: &str) -> bool {
    fn words(s: &str) -> impl Iterator<Item = &str> {
        s.split(is_space).filter(|w| !w.is_empty())
    }
    a == b || words(a).eq(words(b))
}

/// A line break between two lines of text: how wide the line before it is, and how wide
/// the first word after it.
#[derive(Debug, Clone, Copy, Default)]
struct LineBreak {
    width: usize,
    next_word: usize,
}

fn line_break(text: &str, line: Line, next: Line) -> LineBreak {
    let next_text = next.span.slice(text);
    // The first word ends at the first space; in ASCII its width is its length.
    let ascii_end = next_text
        .bytes()
        .position(|b| b.is_ascii_whitespace() || b == 0x0b || !b.is_ascii())
        .unwrap_or(next_text.len());
    let next_word = if next_text[ascii_end..].starts_with(|c: char| c.is_ascii())
        || ascii_end == next_text.len()
    {
        ascii_end
    } else {
        next_text
            .split(is_space)
            .next()
            .unwrap_or("")
            .chars()
            .count()
    };
    LineBreak {
        width: line.width,
        next_word,
    }
}

/// The width some lines were hard-wrapped at, if they were: most lines come within a
/// quarter of the longest, that is as wide as a page (40 to 100 characters), and the next word would seldom
/// have fitted on a line (where it would have, the break was made on purpose).
fn wrap_width(breaks: &[LineBreak], min_breaks: usize) -> Option<usize> {
    let widest = breaks.iter().map(|b| b.width).max().unwrap_or(0);
    let full = breaks.iter().filter(|b| b.width * 4 >= widest * 3).count();
    let would_fit = breaks
        .iter()
        .filter(|b| b.width + 1 + b.next_word <= widest)
        .count();
    let n = breaks.len();
    let page_like = (40..=100).contains(&widest);
    (n >= min_breaks && page_like && full * 10 >= n * 7 && would_fit * 5 <= n).then_some(widest)
}

/// The width the whole text was hard-wrapped at, if it was, judged over every line break
/// inside a paragraph after a line of 40 characters or more (two are enough: two
/// paragraphs of two lines each). This catches paragraphs of two lines, too short to tell on their own.
fn page_wrap_width(lines: &[Line], breaks: &[LineBreak]) -> Option<usize> {
    // Short lines (menus, lists, sign-offs) say nothing about a wrap width.
    let inside: Vec<LineBreak> = breaks
        .iter()
        .zip(lines.windows(2))
        .filter(|(b, pair)| !pair[0].blank && !pair[1].blank && b.width >= 40)
        .map(|(b, _)| *b)
        .collect();
    wrap_width(&inside, 2)
}

/// Splits one run of non-blank lines at the line breaks that end a paragraph.
/// What the whole text says about its line widths.
#[derive(Debug, Clone, Copy)]
struct Layout {
    /// The width the text was hard-wrapped at, if that could be measured.
    page_width: Option<usize>,
    /// The widest line no wider than a page.
    widest: usize,
}

fn split_block(
    text: &str,
    block: &[Line],
    breaks: &[LineBreak],
    layout: Layout,
    out: &mut Vec<Span>,
) {
    let wrap_width = wrap_width(breaks, 2).or(layout.page_width);
    let mut start = block[0].span.start;
    for (k, &line_break) in breaks.iter().enumerate() {
        let (line, next) = (block[k], block[k + 1]);
        if breaks_paragraph(text, &block[k..], line_break, wrap_width, layout.widest) {
            out.push(Span::new(start, line.span.end));
            start = next.span.start;
        }
    }
    out.push(Span::new(start, block[block.len() - 1].span.end));
}

/// Whether the break after `lines[0]` (followed by at least `lines[1]`) ends a paragraph.
fn breaks_paragraph(
    text: &str,
    lines: &[Line],
    line_break: LineBreak,
    wrap_width: Option<usize>,
    widest: usize,
) -> bool {
    let (line, next) = (lines[0], lines[1]);
    let line_text = line.span.slice(text);
    let next_text = next.span.slice(text);
    // In a hard-wrapped block, a line the next word would not have fitted on was wrapped
    // (even when the next line starts with a number and a period, as "2025. She…").
    let wrapped = wrap_width.is_some_and(|w| line_break.width + 1 + line_break.next_word > w);
    if wrapped && !starts_with_bullet(next_text) {
        return false;
    }
    if starts_list_item(next_text) {
        return true;
    }
    // A text too mixed to measure (an e-mail with wrapped paragraphs among short lines):
    // a long line the next word would not have fitted on, going on in lower case, is a
    // wrapped sentence.
    let fits = line_break.width + 1 + line_break.next_word <= widest;
    if wrap_width.is_none()
        && widest > 0
        && line_break.width >= 40
        && !fits
        && next_text.starts_with(char::is_lowercase)
        && !ends_sentence(line_text)
    {
        return false;
    }
    if ends_sentence(line_text) {
        return true;
    }
    // A line of page furniture, capitalised as a page writes it, never runs into the line
    // after it ("Read more: How the charge changed the city, ten years on" above the
    // article's next sentence), nor into the line before it unless that line breaks off
    // mid-phrase ("every reader to\nsign up for the pass" is one sentence).
    let furniture = |line: &str| {
        line.starts_with(|c: char| c.is_uppercase())
            && furniture_start(line).is_some_and(|s| !PROSE_STARTS.contains(&s))
    };
    if furniture(line_text) {
        return true;
    }
    if ends_mid_phrase(line_text) {
        return false;
    }
    if furniture(next_text) {
        return true;
    }
    // A lower-case line goes on from a comma, or finishes a sentence broken once by a
    // stray line break ("It was a cold\nnight in the city."); otherwise it is the next
    // item of a list or the next line of a chat ("yeah\nsounds good").
    let first = next_text.chars().next().unwrap_or(' ');
    let broken_once = lines.len() == 2
        && ends_sentence(next_text)
        && line_text.split_whitespace().nth(2).is_some();
    let continues = first.is_lowercase() && (line_text.ends_with([',', ';']) || broken_once);
    !continues
}

/// Whether a line ends as a sentence does: terminal punctuation, maybe inside quotes or brackets.
pub fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(|c: char| is_closing(c) || is_space(c));
    core.ends_with(['.', '!', '?', '…', ':'])
}

/// A line ending in a hyphen, an opening bracket or a connecting word continues on the next line.
fn ends_mid_phrase(line: &str) -> bool {
    if line.ends_with(['–', '—', '(', '&']) {
        return true;
    }
    // "and/\nor", but not an address that ends in a slash.
    if line.ends_with('/') {
        let token = line.rsplit(is_space).next().unwrap_or("");
        return !(token.contains("://") || token.starts_with("www."));
    }
    // "self-\nevident", but not a rule of dashes or "BEST EVER -"
    if let Some(head) = line.strip_suffix('-') {
        return head.ends_with(char::is_alphabetic);
    }
    let last = line
        .rsplit(is_space)
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        last.as_str(),
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "for"
            | "with"
            | "by"
            | "at"
            | "from"
            | "that"
            | "as"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
    )
}

fn starts_with_bullet(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('⁃') => true,
        Some(c) if is_bullet(c) || matches!(c, '*' | '-' | '–') => {
            chars.next().is_some_and(is_space)
        }
        _ => false,
    }
}

fn starts_list_item(line: &str) -> bool {
    if starts_with_bullet(line) {
        return true;
    }
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < line.len()
        && (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(".) "))
}

/// A paragraph's text with every run of white space as one space: two paragraphs are
/// repeats when these are equal, however each was wrapped or indented.
fn collapsed(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    // Line by line: most lines have single spaces and are copied whole.
    for line in body.lines() {
        let line = line.trim_matches(is_space);
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let spaced = line.contains("  ")
            || !line.bytes().all(|b| b == b' ' || !b.is_ascii_whitespace())
            || !line.is_ascii();
        if !spaced {
            out.push_str(line);
            continue;
        }
        for (k, word) in line.split(is_space).filter(|w| !w.is_empty()).enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// A hash of [`collapsed`], or `None` for an empty paragraph. A paragraph on one line
/// with single spaces, the usual case, is hashed as it stands, without copying.
fn fingerprint(body: &str) -> Option<u64> {
    if body.is_empty() {
        return None;
    }
    let mut hasher = FxHasher::default();
    let bytes = body.as_bytes();
    let plain = memchr::memchr3(b'\t', b'\n', b'\r', bytes).is_none()
        && memchr::memmem::find(bytes, b"  ").is_none()
        && (body.is_ascii() || !body.chars().any(|c| !c.is_ascii() && is_space(c)));
    if plain {
        hasher.write(bytes);
    } else {
        hasher.write(collapsed(body).as_bytes());
    }
    Some(hasher.finish())
}

/// Marks as boilerplate the parts of a copied web page that follow the article and are not
/// it, which a paragraph alone cannot tell: everything from a reader-comments header
/// ("Comments (47)", "142 comments") on, once the article has begun (a paragraph of prose
/// before it), and a list of other articles' headlines under its header ("Most read",
/// "More from Opinion"): the header and the headline-like lines right after it.
fn set_aside_page_sections(
    text: &str,
    spans: &[Span],
    described: &mut [(Option<u64>, ParagraphKind)],
) {
    // The bytes of prose before paragraph `i`.
    let mut prose_before = 0;
    let mut i = 0;
    while i < spans.len() {
        let body = spans[i].slice(text);
        if prose_before > 0 && opens_comments(text, spans, described, i, prose_before) {
            for (_, kind) in &mut described[i..] {
                *kind = ParagraphKind::Boilerplate;
            }
            return;
        }
        if described[i].1 != ParagraphKind::Prose && is_headline_list_header(body) {
            described[i].1 = ParagraphKind::Boilerplate;
            i += 1;
            while i < spans.len()
                && described[i].1 == ParagraphKind::Heading
                && !is_comments_header(spans[i].slice(text))
            {
                described[i].1 = ParagraphKind::Boilerplate;
                i += 1;
            }
            continue;
        }
        if described[i].1 == ParagraphKind::Prose {
            prose_before += spans[i].len();
        }
        i += 1;
    }
}

/// `line` in lower case with its figures, brackets and separators left out and its
/// spaces single ("Comments (47)" → "comments"), when it is short enough to be a header.
fn header_words(line: &str) -> Option<String> {
    if line.len() > 48 || line.contains('\n') {
        return None;
    }
    // Built in one pass, one allocation: every short paragraph of a text comes here.
    let mut words = String::with_capacity(line.len());
    let mut gap = false;
    for c in line.chars() {
        let c = match c {
            '0'..='9' | '(' | ')' | '[' | ']' | ':' | '·' | '|' | '-' | '–' | '—' | ',' => ' ',
            '’' => '\'',
            c => c.to_ascii_lowercase(),
        };
        if c.is_whitespace() {
            gap = !words.is_empty();
        } else {
            if gap {
                words.push(' ');
                gap = false;
            }
            words.push(c);
        }
    }
    Some(words)
}

/// Whether `line` may be one of `headers` (as [`header_words`] writes them): its first run
/// of letters opens one of them. A test without allocating, for every short paragraph, before
/// [`header_words`].
fn may_be_header(line: &str, headers: &[&str]) -> bool {
    if line.len() > 48 {
        return false;
    }
    // The first run of ASCII letters (the headers' words are ASCII; a line whose first
    // letters are not may pass here, the full test decides).
    let bytes = line.as_bytes();
    let Some(start) = bytes.iter().position(u8::is_ascii_alphabetic) else {
        return false;
    };
    let len = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let first = &bytes[start..start + len];
    headers.iter().any(|h| {
        h.as_bytes()
            .get(..len)
            .is_some_and(|head| head.eq_ignore_ascii_case(first))
            && !h.as_bytes().get(len).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// Headers of a page's reader comments, figures left out ("Comments (47)", "142 comments").
const COMMENTS_HEADERS: &[&str] = &[
    "add a comment",
    "comment",
    "comments",
    "comments are closed",
    "join the conversation",
    "join the discussion",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "reader comments",
    "readers comments",
    "readers' comments",
    "show comments",
    "view comments",
    "your comments",
];

/// Headers that an essay may also use as a section label ("Comment", "Join the
/// discussion"): they open a page's reader comments only when comments follow.
const BARE_COMMENTS_HEADERS: &[&str] = &[
    "comment",
    "comments",
    "join the conversation",
    "join the discussion",
    "reader comments",
    "readers comments",
    "readers' comments",
    "your comments",
];

/// How many paragraphs after a comments header are searched for signs of comments (a
/// page's sorting controls, "Sort by: Newest", "Show 25", often come between).
const COMMENT_SIGNS_WITHIN: usize = 12;

/// Whether a paragraph is the header of a page's reader comments.
pub fn is_comments_header(body: &str) -> bool {
    comments_header(body).is_some()
}

/// The header words of a paragraph that is the header of a page's reader comments.
fn comments_header(body: &str) -> Option<String> {
    if !may_be_header(body, COMMENTS_HEADERS) {
        return None;
    }
    header_words(body).filter(|words| COMMENTS_HEADERS.contains(&words.as_str()))
}

/// Whether paragraph `i` opens a page's reader comments: a comments header followed
/// within a few paragraphs by signs of comments ("Reply · Report", "· 2 hours ago",
/// "4 likes") before any other header; or, without such signs, a header with a count
/// ("Comments (47)", "142 comments") or one only a page has ("Leave a reply") with at least
/// as much prose before it as between it and the next comments header (or the end). A page
/// often shows the count under its byline too, as a link, with the article below it: the
/// article is then the longer part, and the comments start at a header further down.
fn opens_comments(
    text: &str,
    spans: &[Span],
    described: &[(Option<u64>, ParagraphKind)],
    i: usize,
    prose_before: usize,
) -> bool {
    match comments_header_at(text, spans, i) {
        CommentsHeader::NotOne | CommentsHeader::Label => false,
        CommentsHeader::Opens => true,
        CommentsHeader::OpensUnlessArticleFollows => {
            let next = (i + 1..spans.len())
                .find(|&k| is_comments_header(spans[k].slice(text)))
                .unwrap_or(spans.len());
            let prose_after: usize = (i + 1..next)
                .filter(|&k| described[k].1 == ParagraphKind::Prose)
                .map(|k| spans[k].len())
                .sum();
            prose_before >= prose_after
        }
    }
}

/// What a paragraph says by itself about a page's reader comments.
enum CommentsHeader {
    /// Not a comments header.
    NotOne,
    /// A comments header with signs of comments after it.
    Opens,
    /// A bare header ("Comments") without signs of comments: an essay's label.
    Label,
    /// A header with a count or one only a page has, without signs of comments after it:
    /// it opens the comments unless more of the article follows it than went before.
    OpensUnlessArticleFollows,
}

/// What paragraph `i` says by itself about a page's reader comments.
fn comments_header_at(text: &str, spans: &[Span], i: usize) -> CommentsHeader {
    let body = spans[i].slice(text);
    let Some(words) = comments_header(body) else {
        return CommentsHeader::NotOne;
    };
    // Signs of the comments under a later header are theirs, not this one's.
    let signs_follow = spans[i + 1..]
        .iter()
        .take(COMMENT_SIGNS_WITHIN)
        .map(|span| span.slice(text))
        .take_while(|body| !is_comments_header(body))
        .any(|body| body.lines().any(is_comment_sign));
    if signs_follow {
        CommentsHeader::Opens
    } else if !body.bytes().any(|b| b.is_ascii_digit())
        && BARE_COMMENTS_HEADERS.contains(&words.as_str())
    {
        CommentsHeader::Label
    } else {
        CommentsHeader::OpensUnlessArticleFollows
    }
}

/// Words of the buttons under a reader's comment ("Reply · 4 likes · Report").
const COMMENT_BUTTONS: &[&str] = &[
    "downvote",
    "flag",
    "like",
    "likes",
    "recommend",
    "replies",
    "reply",
    "report",
    "share",
    "upvote",
];

/// Units of a comment's age ("2 hours ago").
const AGE_UNITS: &[&str] = &[
    "day", "days", "hour", "hours", "hr", "hrs", "min", "mins", "minute", "minutes", "month",
    "months", "week", "weeks", "year", "years",
];

/// Whether a line is one a reader's comment shows: its buttons ("Reply · Report"), its
/// age ("harbour_jo · 2 hours ago") or its count of likes or replies ("4 likes").
fn is_comment_sign(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let is_count = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    let buttons = words
        .iter()
        .all(|w| is_count(w) || COMMENT_BUTTONS.contains(w))
        && words.iter().any(|w| matches!(*w, "reply" | "report"));
    let age = words.windows(3).any(|w| {
        (is_count(w[0]) || matches!(w[0], "a" | "an")) && AGE_UNITS.contains(&w[1]) && w[2] == "ago"
    });
    let likes = words.windows(2).any(|w| {
        is_count(w[0]) && matches!(w[1], "like" | "likes" | "replies" | "upvotes" | "points")
    });
    buttons || age || likes
}

/// Headers of a page's lists of other articles' headlines.
const HEADLINE_LIST_HEADERS: &[&str] = &[
    "editor's picks",
    "latest news",
    "latest stories",
    "more stories",
    "most commented",
    "most popular",
    "most read",
    "most shared",
    "most viewed",
    "popular now",
    "read next",
    "recommended",
    "recommended for you",
    "top stories",
    "trending",
    "trending now",
    "what to read next",
    "you may also like",
    "you might also like",
];

/// Whether a paragraph heads a list of other articles' headlines ("Most read", "More
/// from Opinion").
fn is_headline_list_header(body: &str) -> bool {
    may_be_header(body, HEADLINE_LIST_HEADERS)
        && header_words(body).is_some_and(|words| {
            HEADLINE_LIST_HEADERS.contains(&words.as_str()) || words.starts_with("more from ")
        })
}

/// Starts of lines that are page furniture rather than writing.
const BOILERPLATE_STARTS: &[&str] = &[
    "advertisement",
    "all rights reserved",
    "click here",
    "comments",
    "contact us",
    "copyright",
    "email this",
    "follow us",
    "image:",
    "join us",
    "like us on",
    "photo:",
    "posted by",
    "posted on",
    "print this",
    "published",
    "read more",
    "related:",
    "related articles",
    "related stories",
    "see also",
    "share on",
    "skip to",
    "share this",
    "share via",
    "sign up",
    "subscribe",
    "tweet",
    "updated",
    "written by",
    "©",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Starts of [`BOILERPLATE_STARTS`] that also open ordinary sentences ("Comments on the
/// plan were angry.", "Published in 1990, the report found ..."): a paragraph they begin
/// is furniture only when it is not a sentence of more than [`FURNITURE_SENTENCE_WORDS`]
/// words.
const PROSE_STARTS: &[&str] = &["comments", "published", "updated"];

/// The most words a paragraph that begins with one of [`PROSE_STARTS`] and ends as a
/// sentence may have and still be furniture ("Updated March 4, 2026.").
const FURNITURE_SENTENCE_WORDS: usize = 5;

/// Headers of a page of readers' letters, figures and separators left out.
const LETTER_PAGE_HEADERS: &[&str] = &[
    "letter to the editor",
    "letters to the editor",
    "readers' letters",
    "your letters",
];

/// How a letter to a newspaper greets it, alone on its line ("To the editor:", "Dear
/// Editor,", "Sir,"): the start of the line, a whole word or words.
const SALUTATION_STARTS: &[&str] = &["dear", "madam", "sir", "to the editor"];

/// How a letter takes its leave, alone on its line or before the writer's name
/// ("Yours faithfully,", "Sincerely, Jane Doe").
const VALEDICTIONS: &[&str] = &[
    "best regards",
    "best wishes",
    "kind regards",
    "regards",
    "respectfully",
    "respectfully yours",
    "sincerely",
    "sincerely yours",
    "yours",
    "yours faithfully",
    "yours respectfully",
    "yours sincerely",
    "yours truly",
];

/// The most words a letter's salutation, leave-taking or signature line may have.
const LETTER_LINE_WORDS: usize = 8;

/// `body` without `start` (any case, a whole word or words at its start), if it begins so.
fn after_start<'a>(body: &'a str, start: &str) -> Option<&'a str> {
    let rest = body
        .get(..start.len())
        .filter(|head| head.eq_ignore_ascii_case(start))
        .map(|_| &body[start.len()..])?;
    (!rest.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’')).then_some(rest)
}

/// Whether a short line's words are all names, as a signature's are ("Jane Doe, Leeds",
/// "Dr A. Patel, University of Kent"): each capitalised, a figure or a short linking
/// word ("of", "de", "and"), the first capitalised.
fn name_words(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= LETTER_LINE_WORDS
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || w.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    *w,
                    "of" | "and"
                        | "on"
                        | "upon"
                        | "the"
                        | "de"
                        | "del"
                        | "van"
                        | "von"
                        | "le"
                        | "la"
                        | "da"
                        | "di"
                        | "du"
                )
        })
}

/// Whether a paragraph is a letter's salutation ("To the editor:", "Dear Editor,",
/// "Sir,"), its leave-taking ("Yours faithfully,", "Sincerely, Jane Doe") or the header
/// of a page of letters ("Letters to the editor"): no sentence of the letter.
fn is_letter_furniture(body: &str) -> bool {
    if body.len() > 120 {
        return false;
    }
    if may_be_header(body, LETTER_PAGE_HEADERS)
        && header_words(body).is_some_and(|words| LETTER_PAGE_HEADERS.contains(&words.as_str()))
    {
        return true;
    }
    let words = body
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    if words > LETTER_LINE_WORDS {
        return false;
    }
    // A greeting ends with a comma or a colon, or with nothing: "Dear Editor, I was
    // appalled." and "Sir, you are wrong." are sentences.
    let greeting_end = !body.trim_end().ends_with(['.', '!', '?', '…', ';']);
    let greeting_mark = body.trim_end().ends_with([',', ':']);
    let salutation = SALUTATION_STARTS.iter().any(|start| {
        after_start(body, start).is_some_and(|rest| {
            let rest = rest.trim_matches(|c: char| is_space(c) || c == ',' || c == ':');
            greeting_end
                && match *start {
                    // "Dear Editor,", "Dear Sir or Madam:", "Dear Ms Park", but not a
                    // heading ("Dear John letters are back").
                    "dear" => {
                        !rest.is_empty()
                            && !rest.contains([',', ':'])
                            && (greeting_mark || name_words(rest))
                    }
                    // "To the editor of the Courier:"
                    "to the editor" => {
                        rest.is_empty()
                            || after_start(rest, "of").is_some() && !rest.contains([',', ':'])
                    }
                    // "Sir," alone
                    _ => rest.is_empty(),
                }
        })
    });
    // A leave-taking alone, or before the writer's name: "Sincerely, I think not." is a
    // sentence.
    let leave_taking = VALEDICTIONS.iter().any(|v| {
        after_start(body, v).is_some_and(|rest| {
            let name = rest.trim_start_matches(|c: char| is_space(c) || c == ',');
            (rest.is_empty() || rest.starts_with([',', '\n', '\r']))
                && (name.trim_end_matches(['.', ',']).is_empty()
                    || !ends_sentence(name) && name_words(name))
        })
    });
    salutation || leave_taking
}

/// Marks as boilerplate the signature of a letter to a newspaper ("Jane Doe, Leeds"):
/// the short lines of names at the end of the text, after its last sentence of prose
/// (called only for a text a salutation or leave-taking marks as a letter, so every last
/// line of other texts stays as it is). A line of names may end with a full stop only
/// when a comma splits it ("Jane Doe, Leeds."): a short last sentence in capitals
/// ("Enough Is Enough.") stays prose.
fn set_aside_letter_signature(
    text: &str,
    spans: &[Span],
    described: &mut [(Option<u64>, ParagraphKind)],
) {
    let mut signature = Vec::new();
    for k in (0..spans.len()).rev() {
        let body = spans[k].slice(text);
        let kind = described[k].1;
        let is_name = name_words(body)
            && !body.ends_with(['!', '?', ':', ';'])
            && (!body.ends_with('.') || body.contains(','));
        if kind == ParagraphKind::Boilerplate || is_name {
            signature.push(k);
            continue;
        }
        // The letter itself: the signature follows its prose.
        if kind == ParagraphKind::Prose {
            for &k in &signature {
                described[k].1 = ParagraphKind::Boilerplate;
            }
        }
        return;
    }
}

/// The one of [`BOILERPLATE_STARTS`] that `line` begins with, as a whole word or words:
/// "Comments (3)", not "Commentators say".
fn furniture_start(line: &str) -> Option<&'static str> {
    let first = line.as_bytes().first().map(u8::to_ascii_lowercase);
    BOILERPLATE_STARTS.iter().copied().find(|s| {
        s.as_bytes().first() == first.as_ref()
            && line
                .get(..s.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(s))
            && (!s.ends_with(|c: char| c.is_alphanumeric())
                || !line[s.len()..].starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Starts of a page's notice about cookies, in the site's voice ("We and our 214 partners
/// use cookies…", "These cookies let us count visits…").
const CONSENT_STARTS: &[&str] = &[
    "by continuing to",
    "our site uses",
    "our website uses",
    "these cookies",
    "this site uses",
    "this website uses",
    "we and our",
    "we use cookies",
    "we value your privacy",
];

/// Words of a cookie notice about the site and the reader's machine.
const CONSENT_SITE_WORDS: &[&str] = &[
    "our site",
    "our website",
    "the site",
    "the website",
    "this site",
    "this website",
    "your browser",
    "your device",
];

/// Whether a paragraph is a page's notice about cookies: it opens as one in the site's
/// voice, speaks of cookies and of the site or the reader's device ("…on your device, to
/// measure how you use our website"). An essay about cookies ("These cookies track you
/// across every site you visit") or about baking does not speak so.
fn is_consent_notice(body: &str) -> bool {
    if !CONSENT_STARTS.iter().any(|start| {
        body.get(..start.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(start))
    }) {
        return false;
    }
    let lower = body.to_ascii_lowercase();
    let has = |words: &str| memchr::memmem::find(lower.as_bytes(), words.as_bytes()).is_some();
    has("cookie") && CONSENT_SITE_WORDS.iter().any(|words| has(words))
}

/// Labels of a picture's credit at the end of its caption ("… on a weekday morning.
/// Photograph: Jo Lee/Calder Courier").
const CREDIT_LABELS: &[&str] = &[
    "Credit",
    "Illustration",
    "Image",
    "Photo",
    "Photograph",
    "Picture",
];

/// The most words a picture's credit has after its label.
const CREDIT_WORDS: usize = 8;

/// Whether a paragraph is a picture's caption that ends in its credit: its last sentence
/// is a credit's label, a colon and a name or two.
fn is_picture_caption(body: &str) -> bool {
    let body = body.trim_end();
    let Some(colon) = memchr::memrchr(b':', body.as_bytes()) else {
        return false;
    };
    let (head, credit) = (&body[..colon], &body[colon + 1..]);
    let label = head.rsplit(is_space).next().unwrap_or(head);
    let before = head[..head.len() - label.len()].trim_end();
    CREDIT_LABELS.contains(&label)
        && (before.is_empty() || ends_sentence(before))
        && credit.split_whitespace().count() <= CREDIT_WORDS
        && !ends_sentence(credit)
}

/// Decides whether a paragraph is prose, a heading or boilerplate.
pub fn classify(body: &str) -> ParagraphKind {
    classify_marking_letters(body).0
}

/// [`classify`], and whether the paragraph is a letter's salutation or leave-taking (which
/// makes the text a letter, whose signature is then set aside).
fn classify_marking_letters(body: &str) -> (ParagraphKind, bool) {
    // Cheap tests first: most paragraphs are long prose ending in a full stop.
    let word_count_up_to = |limit: usize| {
        body.split(|c: char| !c.is_alphanumeric() && c != '©')
            .filter(|w| !w.is_empty())
            .take(limit + 1)
            .count()
    };
    // Only the start of the paragraph can make it boilerplate ("- Share on Facebook": the
    // start after a list's bullet).
    let item = list_item_text(body);
    let start = item.unwrap_or(body);
    let boilerplate_start = furniture_start(start);
    let furniture = boilerplate_start.is_some_and(|s| {
        !(PROSE_STARTS.contains(&s)
            && ends_sentence(body)
            && word_count_up_to(FURNITURE_SENTENCE_WORDS) > FURNITURE_SENTENCE_WORDS)
    });
    if furniture && word_count_up_to(30) <= 30 {
        return (ParagraphKind::Boilerplate, false);
    }
    if body.len() < 2000 && (is_consent_notice(body) || is_picture_caption(body)) {
        return (ParagraphKind::Boilerplate, false);
    }
    // "Home | News | Opinion": a menu.
    if body.len() < 200 && body.matches(['|', '•', '·']).count() >= 2 {
        return (ParagraphKind::Boilerplate, false);
    }
    let ends = ends_sentence(body);
    if ends && body.len() > 200 {
        return (ParagraphKind::Prose, false);
    }
    let words: Vec<&str> = body
        .split(|c: char| !c.is_alphanumeric() && c != '©')
        .filter(|w| !w.is_empty())
        .take(17)
        .collect();
    // "*By Mira Patel*": a byline in Markdown's emphasis.
    let unmarked = body.trim_matches(['*', '_']).trim();
    if words.len() <= 8 && (is_byline(unmarked, &words) || is_date_line(&words)) {
        return (ParagraphKind::Boilerplate, false);
    }
    if words.len() <= LETTER_LINE_WORDS && is_letter_furniture(body) {
        return (ParagraphKind::Boilerplate, true);
    }
    // "## Why it matters?": a Markdown heading, whatever mark ends it.
    if words.len() <= 16 && is_markdown_heading(body) {
        return (ParagraphKind::Heading, false);
    }
    // "- checking the bus timetable when a lesson runs late": an item of a list is part
    // of the writing however short, not a heading (a trial's bullets got no worksheet line).
    if item.is_some() && words.len() >= LIST_ITEM_WORDS {
        return (ParagraphKind::Prose, false);
    }
    if words.len() <= 16 && !ends && !body.ends_with(',') {
        return (ParagraphKind::Heading, false);
    }
    (ParagraphKind::Prose, false)
}

/// Words a list's item needs to be read as writing ("- Home" in a copied menu stays a
/// heading, as before).
const LIST_ITEM_WORDS: usize = 3;

/// The text of a list's item after its bullet or number ("- ", "* ", "• ", "3. ", "b) "),
/// or `None` when `body` does not start like one.
pub(crate) fn list_item_text(body: &str) -> Option<&str> {
    let after = if let Some(rest) = body.strip_prefix(['-', '*', '+', '•', '–', '◦', '▪']) {
        rest
    } else {
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let letter = usize::from(digits == 0 && body.starts_with(|c: char| c.is_ascii_lowercase()));
        let marker = digits.max(letter);
        if marker == 0 || marker > 3 {
            return None;
        }
        body[marker..].strip_prefix(['.', ')'])?
    };
    after
        .starts_with([' ', '\t'])
        .then(|| after.trim_start())
        .filter(|text| !text.is_empty())
}

/// Whether a paragraph is a Markdown heading: one to six `#` and a space.
fn is_markdown_heading(body: &str) -> bool {
    let marks = body.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&marks) && body[marks..].starts_with(' ')
}

fn is_byline(body: &str, words: &[&str]) -> bool {
    let lower = body.to_ascii_lowercase();
    (lower.starts_with("by ") || lower.starts_with("by:"))
        && !ends_sentence(body.trim_end_matches('.'))
        && words[1..].iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || w.len() <= 3
                // "By Jordan K. | Posted November 20, 2026": the date of the byline.
                || w.chars().all(|c| c.is_ascii_digit())
        })
}

fn is_date_line(words: &[&str]) -> bool {
    let mut has_month = false;
    let mut has_number = false;
    for w in words {
        let l = w.to_ascii_lowercase();
        if MONTHS.contains(&l.as_str()) {
            has_month = true;
        } else if w.chars().all(|c| c.is_ascii_digit()) {
            has_number = true;
        } else if !matches!(
            l.as_str(),
            "am" | "pm"
                | "updated"
                | "published"
                | "posted"
                | "on"
                | "at"
                | "gmt"
                | "utc"
                | "et"
                | "est"
                | "edt"
                | "pst"
                | "pdt"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "last"
                | "modified"
        ) {
            return false;
        }
    }
    has_month && has_number
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<&str> {
        split_paragraphs(text)
            .iter()
            .map(|b| b.span.slice(text))
            .collect()
    }

    #[test]
    fn may_be_header_passes_every_header_it_may_be() {
        for (line, headers, may) in [
            ("Comments (47)", COMMENTS_HEADERS, true),
            ("142 comments", COMMENTS_HEADERS, true),
            ("Readers’ Comments", COMMENTS_HEADERS, true),
            ("Editor’s Picks", HEADLINE_LIST_HEADERS, true),
            ("More from Opinion", HEADLINE_LIST_HEADERS, true),
            ("Letters to the Editor", LETTER_PAGE_HEADERS, true),
            ("Commentary", COMMENTS_HEADERS, false),
            ("The plan failed", COMMENTS_HEADERS, false),
            ("2024", COMMENTS_HEADERS, false),
        ] {
            assert_eq!(may_be_header(line, headers), may, "{line}");
        }
        // Whatever it passes over, the full test would too.
        for line in [
            "Commentary",
            "The plan failed",
            "Most-read stories",
            "Show comments",
        ] {
            for headers in [COMMENTS_HEADERS, HEADLINE_LIST_HEADERS, LETTER_PAGE_HEADERS] {
                let full = header_words(line).is_some_and(|w| headers.contains(&w.as_str()));
                assert!(!full || may_be_header(line, headers), "{line}");
            }
        }
    }

    #[test]
    fn header_words_are_lower_case_without_figures_or_separators() {
        for (line, words) in [
            ("Comments (47)", Some("comments")),
            ("  142   comments ", Some("comments")),
            ("Readers’ Comments", Some("readers' comments")),
            ("Most read\t·  Opinion", Some("most read opinion")),
            ("(12)", Some("")),
            ("Comments\nare closed", None),
            (
                "A sentence far too long to be any page's header, by a long way.",
                None,
            ),
        ] {
            assert_eq!(header_words(line).as_deref(), words, "{line:?}");
        }
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            paragraphs("One two.\n\n  Three four.\n\n\n"),
            ["One two.", "Three four."]
        );
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines() {
        let text = "The plan failed badly, and everyone saw it happen in public.\nIt was short.\r\nA third line that is long enough to matter here.";
        assert_eq!(
            paragraphs(text),
            [
                "The plan failed badly, and everyone saw it happen in public.",
                "It was short.",
                "A third line that is long enough to matter here."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "The council voted on Tuesday to close the library on\nweekends. Critics said the move was rushed. Others\nwelcomed it as overdue.\n";
        assert_eq!(paragraphs(text).len(), 1);
    }

    #[test]
    fn lone_cr_line_endings_work() {
        assert_eq!(paragraphs("Title\rThe text is here.").len(), 2);
    }

    /// Trial 6: a list's items were headings (not scored, no worksheet line), Markdown
    /// headings ending in a question mark were prose and a Markdown byline a heading.
    #[test]
    fn list_items_markdown_headings_and_bylines() {
        for (line, kind) in [
            (
                "- checking the bus timetable when a lesson runs late",
                ParagraphKind::Prose,
            ),
            (
                "* messaging a parent who works shifts",
                ParagraphKind::Prose,
            ),
            (
                "• reading the school's own homework app",
                ParagraphKind::Prose,
            ),
            (
                "12. The pouches cost eleven thousand pounds",
                ParagraphKind::Prose,
            ),
            (
                "b) a calculator when the set is missing",
                ParagraphKind::Prose,
            ),
            ("- Home", ParagraphKind::Heading),
            ("1. Introduction", ParagraphKind::Heading),
            ("- Share on Facebook", ParagraphKind::Boilerplate),
            ("## Why does it matter?", ParagraphKind::Heading),
            ("*By Mira Castellanos, Year 11*", ParagraphKind::Boilerplate),
            (
                "2020. That was the year the rules changed for good.",
                ParagraphKind::Prose,
            ),
            ("-5 degrees overnight", ParagraphKind::Heading),
        ] {
            assert_eq!(classify(line), kind, "{line}");
        }
        assert_eq!(list_item_text("- the late bus"), Some("the late bus"));
        assert_eq!(list_item_text("-5 degrees"), None);
        assert_eq!(list_item_text("2020. That year"), None);
        assert_eq!(list_item_text("i.e. not a list"), None);
    }

    #[test]
    fn recognises_boilerplate_and_headings() {
        assert_eq!(classify("By Jane Doe"), ParagraphKind::Boilerplate);
        assert_eq!(
            classify("By Jordan K. | Posted November 20, 2026"),
            ParagraphKind::Boilerplate
        );
        assert_eq!(classify("March 3, 2026"), ParagraphKind::Boilerplate);
        assert_eq!(
            classify("Share on Facebook | Twitter"),
            ParagraphKind::Boilerplate
        );
        assert_eq!(
            classify("Contact us: news@example.org"),
            ParagraphKind::Boilerplate
        );
        // The share links and story lists of a copied news page, alone on their lines.
        for furniture in ["Share via Email", "Related stories", "Related Stories:"] {
            assert_eq!(
                classify(furniture),
                ParagraphKind::Boilerplate,
                "{furniture}"
            );
        }
        assert_eq!(
            classify("Why the bridge still matters"),
            ParagraphKind::Heading
        );
        // Furniture starts that ordinary sentences share: a whole word, and a sentence of
        // more than a few words is prose.
        let starts = [
            ("Comments on the plan were angry.", ParagraphKind::Prose),
            (
                "Published in 1990, the report found the same.",
                ParagraphKind::Prose,
            ),
            (
                "Updated figures show the crossing loses money.",
                ParagraphKind::Prose,
            ),
            (
                "Commentators agree the plan is late",
                ParagraphKind::Heading,
            ),
            ("Subscribers lost the late edition", ParagraphKind::Heading),
            ("Tweets from the mayor", ParagraphKind::Heading),
            ("Comments are closed.", ParagraphKind::Boilerplate),
            ("Comments (12)", ParagraphKind::Boilerplate),
            ("Updated March 4, 2026.", ParagraphKind::Boilerplate),
            ("Published: 12:04, 3 March 2026", ParagraphKind::Boilerplate),
            (
                "Subscribe now for as little as a pound a week!",
                ParagraphKind::Boilerplate,
            ),
            ("Tweet this", ParagraphKind::Boilerplate),
        ];
        for (line, kind) in starts {
            assert_eq!(classify(line), kind, "{line}");
        }
        assert_eq!(
            classify("By the time the vote came, nobody was left in the room."),
            ParagraphKind::Prose
        );
    }

    /// A new-user trial: a scraped page's reader comments and its "Most read" headlines
    /// were analysed as the article, and a comment became its most charged paragraph.
    /// Everything from a comments header on (once the article has begun), and a headline
    /// list under its header, are page furniture; the same words elsewhere are not.
    #[test]
    fn readers_comments_and_headline_lists_after_an_article_are_furniture() {
        use ParagraphKind::{Boilerplate, Heading, Prose};
        let article = "Ferry Cuts\nThe board voted on Monday to cut the late crossing that nurses take home.\nIt says the crossing costs more than any other route on the harbour.\n";
        // (what follows the article, the kinds of its paragraphs)
        let cases: &[(&str, &[ParagraphKind])] = &[
            (
                "Comments (12)\nharbour_jo · 2 hours ago\nThis board is a disgrace and always has been.\nReply · 4 likes · Report\n",
                &[Boilerplate, Boilerplate, Boilerplate, Boilerplate],
            ),
            (
                "142 comments\nA shameful decision by a clueless board.\n",
                &[Boilerplate, Boilerplate],
            ),
            (
                "Leave a reply\nWhat a shameful decision this was.\n",
                &[Boilerplate, Boilerplate],
            ),
            (
                "Most read\nShocking crash on the ring road\nCouncil slammed over potholes\nThe board meets again in the spring to look at the timetable.\n",
                &[Boilerplate, Boilerplate, Boilerplate, Prose],
            ),
            (
                "Most read\nShocking crash on the ring road\n38 comments\nA clueless board.\n",
                &[Boilerplate, Boilerplate, Boilerplate, Boilerplate],
            ),
            (
                "More from Opinion\nWhy I gave up my car\n",
                &[Boilerplate, Boilerplate],
            ),
            // A bare header is followed by signs of comments: their age, buttons or likes.
            (
                "Comments\nharbour_jo · 2 hours ago\nWhat a shameful board.\nReply · Report\n",
                &[Boilerplate, Boilerplate, Boilerplate, Boilerplate],
            ),
            (
                "Join the discussion\nA clueless board that always lies.\n4 likes\n",
                &[Boilerplate, Boilerplate, Boilerplate],
            ),
            // An essay's section labels, followed by more of the essay: not set aside.
            (
                "Comment\nThe brazen board always lies and the thugs will never stop.\n",
                &[Heading, Prose],
            ),
            (
                "Comments\nThe brazen board always lies and the thugs will never stop.\nThe radical elites slammed the plan, experts say.\n",
                &[Boilerplate, Prose, Prose],
            ),
            (
                "Your comments\nRiders wrote in about the plan.\nMost want the boat kept.\n",
                &[Heading, Prose, Prose],
            ),
            (
                "Join the discussion\nThe board says the crossing costs more than any other route.\n",
                &[Heading, Prose],
            ),
            // Not headers: a sentence about comments, a heading of the article.
            (
                "Angry comments poured in after the vote.\nWhat riders said\nMost riders want the boat kept.\n",
                &[Prose, Heading, Prose],
            ),
        ];
        for (after, kinds) in cases {
            let text = format!("{article}{after}").replace('\n', "\n\n");
            let found: Vec<ParagraphKind> = split_paragraphs(&text)
                .iter()
                .skip(3)
                .map(|b| b.kind)
                .collect();
            assert_eq!(found, *kinds, "{after}");
        }
        // Before any prose, a comments header is only a line of furniture: the article
        // that follows it is kept.
        let text = "Comments (3)\nThe board voted on Monday to cut the late crossing that nurses take home.\n";
        let kinds: Vec<ParagraphKind> = split_paragraphs(&text.replace('\n', "\n\n"))
            .iter()
            .map(|b| b.kind)
            .collect();
        assert_eq!(kinds, [Boilerplate, Prose]);
    }

    /// A teacher's trial: a page copied from a browser has its comment count under the
    /// byline ("1,284 comments", a link) and the comments at its foot, under a bare
    /// "Comments" and the page's sorting controls. The whole op-ed was set aside as comments
    /// and the page scored as calm as wire news.
    #[test]
    fn a_comment_count_under_the_byline_does_not_set_the_article_aside() {
        use ParagraphKind::{Boilerplate, Prose};
        let top = "We and our 214 partners use cookies to store information on your device and to measure how you use our website.\nFerry Cuts Are a Disgrace\nBy Jo Lee\n1,284 comments\nThe board voted on Monday to cut the late crossing that nurses take home.\nIt says the crossing costs more than any other route on the harbour.\n";
        let foot = "Comments\nComments on this piece are premoderated.\nSort by: Newest\nOldest\nShow 25\n50\n100\nLoading comments… Trouble loading?\nharbour_jo\n5 Mar 2025 07:12\nThis board is a disgrace and always has been.\nReply · 212 likes\n";
        for (text, article_kept, comments_from) in [
            // The count at the top, the comments at the foot: they start at the foot.
            (format!("{top}{foot}"), true, Some("Comments")),
            // Only the top of the page was copied: the count is furniture, no comments.
            (top.to_string(), true, None),
            // A blog's page: the count under the byline, the count again over the
            // comments, and a reply form at the end (a reviewer's case: the article was
            // set aside by the first count).
            (
                "Ferry Cuts\nA short note on the board's vote.\nBy Jo Lee\n12 comments\nThe board voted on Monday to cut the late crossing that nurses take home.\nIt says the crossing costs more than any other route on the harbour.\n12 Comments\nA clueless board.\nShameful.\nLeave a Reply\n".to_string(),
                true,
                Some("12 Comments"),
            ),
            // The count at the foot with no other header: the comments start there.
            (
                "The board voted on Monday to cut the late crossing that nurses take home.\n38 comments\nA clueless board.\n".to_string(),
                true,
                Some("38 comments"),
            ),
        ] {
            let text = text.replace('\n', "\n\n");
            let blocks = split_paragraphs(&text);
            let body = |b: &Block| b.span.slice(&text).to_string();
            let article: Vec<ParagraphKind> = blocks
                .iter()
                .filter(|b| body(b).starts_with("The board voted") || body(b).starts_with("It says"))
                .map(|b| b.kind)
                .collect();
            assert!(article.iter().all(|k| *k == Prose) == article_kept, "{text}");
            // The first paragraph of the run of furniture that ends the text, when it is
            // more than one line (comments, not the page's last label).
            let tail = blocks
                .iter()
                .rposition(|b| b.kind != Boilerplate)
                .map_or(0, |last| last + 1);
            let first_aside = (tail + 1 < blocks.len()).then(|| body(&blocks[tail]));
            assert_eq!(first_aside.as_deref(), comments_from, "{text}");
        }
    }

    /// A teacher's trial: a copied page's "Read more:" line ran into the article's next
    /// sentence (it ends in "on", which reads as a sentence broken across lines), and a
    /// cookie notice and photo captions were scored as the article's prose.
    #[test]
    fn page_furniture_stands_alone_and_notices_and_captions_are_furniture() {
        use ParagraphKind::{Boilerplate, Prose};
        let text = "Opinion\nFerry Cuts Are a Disgrace\nBy Jo Lee\nThe board voted on Monday to cut the late crossing that nurses and cleaners take home after the last shift of the night.\nRead more: How the ferry changed the town, ten years on\nThe truth is obvious to anyone who rides it, and the board knows it as well as the riders who wait on the pier.\n";
        let bodies: Vec<&str> = split_paragraphs(text)
            .iter()
            .map(|b| b.span.slice(text))
            .collect();
        assert_eq!(
            bodies[4..],
            [
                "Read more: How the ferry changed the town, ten years on",
                "The truth is obvious to anyone who rides it, and the board knows it as well as the riders who wait on the pier.",
            ]
        );
        // A wrapped sentence whose next line starts with a furniture word in lower case
        // (a reviewer's case) is one paragraph.
        for text in [
            "We urge every reader to\nsign up for the new ferry pass, a disgraceful tax on the poor.\n",
            "The president's latest\ntweet called the judge a disgrace.\n",
        ] {
            assert_eq!(split_paragraphs(text).len(), 1, "{text}");
        }
        for (body, kind) in [
            (
                "We and our 214 partners use cookies and similar technologies to store and access information on your device.",
                Boilerplate,
            ),
            (
                "These cookies let us count visits so we can measure and improve the performance of our site.",
                Boilerplate,
            ),
            ("We use cookies to make the site work.", Boilerplate),
            (
                "A queue at the ferry terminal on a weekday morning. Photograph: Jo Lee/Calder Courier",
                Boilerplate,
            ),
            (
                "The new ferry at its mooring. Photo: Sam Ortiz",
                Boilerplate,
            ),
            // An essay about cookies, and sentences with a colon, stay prose.
            (
                "Websites use cookies to follow us everywhere, and few readers ever consent to it.",
                Prose,
            ),
            (
                "These cookies track you across every site you visit, and the industry calls this disgraceful surveillance consent.",
                Prose,
            ),
            (
                "We and our children baked cookies for the bake sale, and the mayor's shameful cuts closed it.",
                Prose,
            ),
            (
                "We and our neighbours have ridden this ferry for forty years.",
                Prose,
            ),
            (
                "The photograph told the story: a queue that never moved.",
                Prose,
            ),
            (
                "The caption under the picture said it all. Photograph: a queue that never moved, taken by a rider who waited for two hours in the rain.",
                Prose,
            ),
        ] {
            assert_eq!(classify(body), kind, "{body}");
        }
    }

    /// A new-user trial: a letter to the editor had its "To the editor:" line scored as a
    /// paragraph of prose. A letter's salutation, leave-taking and the header of a page of
    /// letters are furniture, as a byline is; sentences that open with the same words are not.
    #[test]
    fn a_letters_salutation_and_leave_taking_are_furniture() {
        use ParagraphKind::{Boilerplate, Heading, Prose};
        for (line, kind) in [
            ("To the editor:", Boilerplate),
            ("TO THE EDITOR", Boilerplate),
            ("To the Editor of the Courier:", Boilerplate),
            ("Dear Editor,", Boilerplate),
            ("Dear Sir or Madam:", Boilerplate),
            ("Dear Editor", Boilerplate),
            ("Sir,", Boilerplate),
            ("Letters to the editor", Boilerplate),
            ("Letters to the Editor:", Boilerplate),
            ("Yours faithfully,", Boilerplate),
            ("Sincerely,", Boilerplate),
            ("Sincerely, Jane Doe", Boilerplate),
            ("Kind regards", Boilerplate),
            // Sentences and headings that begin with the same words.
            ("To the editor, the cuts must look small.", Prose),
            ("To the editors of this paper, we owe an apology.", Prose),
            ("Dear Editor, I was appalled by the cuts.", Prose),
            ("Dear reader, you have been misled.", Prose),
            ("Dear John letters are back", Heading),
            ("Sir Keir Starmer spoke on Monday.", Prose),
            ("Sir Keir Starmer", Heading),
            ("Sincerely, I think the plan is wrong.", Prose),
            ("Regards to the plan have changed", Heading),
            ("Letters from the front line", Heading),
            ("Yours is the only vote that counts.", Prose),
        ] {
            assert_eq!(classify(line), kind, "{line}");
        }
    }

    /// The signature after a letter's last paragraph ("Jane Doe, Leeds") is furniture,
    /// but only in a text a salutation or leave-taking marks as a letter, and a short last
    /// sentence stays prose.
    #[test]
    fn a_letters_signature_is_furniture_and_a_short_last_sentence_is_not() {
        use ParagraphKind::{Boilerplate, Heading, Prose};
        let body = "The plan to shut the branch library on Saturdays will hurt the families who rely on it.\n";
        // (the text before the letter's body, the text after it, the kinds of all its paragraphs)
        let cases: &[(&str, &str, &[ParagraphKind])] = &[
            (
                "To the editor:\n",
                "Jane Doe, Leeds\n",
                &[Boilerplate, Prose, Boilerplate],
            ),
            (
                "To the editor:\n",
                "Jane Doe, Leeds.\n",
                &[Boilerplate, Prose, Boilerplate],
            ),
            (
                "Dear Editor,\n",
                "Yours faithfully,\nJane Doe\nLeeds, West Yorkshire\n",
                &[Boilerplate, Prose, Boilerplate, Boilerplate, Boilerplate],
            ),
            (
                "",
                "Yours sincerely,\nDr A. Patel, University of Kent\n",
                &[Prose, Boilerplate, Boilerplate],
            ),
            // A short last sentence stays prose, in capitals or not.
            (
                "Dear Editor,\n",
                "We deserve better.\n",
                &[Boilerplate, Prose, Prose],
            ),
            (
                "Dear Editor,\n",
                "Enough Is Enough.\n",
                &[Boilerplate, Prose, Prose],
            ),
            // A last line of names in a text that is no letter is left as it was.
            ("", "Jane Doe, Leeds\n", &[Prose, Heading]),
            ("", "Jane Doe, Leeds.\n", &[Prose, Prose]),
            // Names before the letter's end are not its signature.
            (
                "To the editor:\n",
                "Jane Doe, Leeds\nThe council meets again in the spring to look at it.\n",
                &[Boilerplate, Prose, Heading, Prose],
            ),
        ];
        for (before, after, kinds) in cases {
            let text = format!("{before}{body}{after}").replace('\n', "\n\n");
            let found: Vec<ParagraphKind> =
                split_paragraphs(&text).iter().map(|b| b.kind).collect();
            assert_eq!(found, *kinds, "{before}…{after}");
        }
    }

    #[test]
    fn marks_repeated_paragraphs() {
        let text =
            "Title here\n\nThe first paragraph says a thing.\n\nThe first  paragraph says a thing.";
        let blocks = split_paragraphs(text);
        assert_eq!(blocks[2].duplicate_of, Some(1));
        assert_eq!(blocks[1].duplicate_of, None);
    }

    #[test]
    fn paragraphs_are_the_same_words_exactly_when_their_collapsed_forms_are_equal() {
        let texts = [
            "The first paragraph.",
            "The first  paragraph.",
            "  The\tfirst\r\nparagraph.\u{200b}",
            "The first\n\nparagraph.",
            "The firstparagraph.",
            "The first paragraph",
            "The\u{a0}first paragraph.",
            "",
            " \n ",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(
                    same_words(a, b),
                    collapsed(a) == collapsed(b),
                    "{a:?} and {b:?}"
                );
            }
        }
    }

    #[test]
    fn a_long_text_split_on_all_cores_marks_the_same_repeats_and_kinds() {
        let piece = "Breaking News\n\nThe council met on Tuesday. It voted.\n\n\
                     Advertisement\n\nThe council  met on\nTuesday.  It voted.\n\n";
        let text = piece.repeat(PARALLEL_FROM_BYTES / piece.len() + 10);
        assert!(text.len() >= PARALLEL_FROM_BYTES);
        let long = split_paragraphs(&text);
        let short = split_paragraphs(&text[..piece.len() * 3]);
        assert_eq!(long[..short.len()], short[..]);
        let repeats: Vec<Option<usize>> = long.iter().map(|b| b.duplicate_of).collect();
        assert_eq!(repeats[..4], [None, None, None, Some(1)]);
        // Every later paragraph repeats the first of its words.
        for (k, repeat) in repeats.iter().enumerate().skip(4) {
            let first = if k % 4 == 3 { 1 } else { k % 4 };
            assert_eq!(*repeat, Some(first), "paragraph {k}");
        }
        assert_eq!(long[4].kind, ParagraphKind::Heading);
        assert_eq!(long[6].kind, ParagraphKind::Boilerplate);
    }

    #[test]
    fn lines_found_in_parts_are_the_lines_found_in_one_go() {
        // Over a megabyte, so the lines are found in parts; CR LF, lone CR and LF endings,
        // blank and indented lines, and a last line without an ending.
        let piece = "A line of text\r\n\r\n  indented\rlone CR\nplain LF\n\n";
        let mut text = piece.repeat((1 << 21) / piece.len());
        text.push_str("the end");
        let parts = lines(&text);
        let whole = lines_between(&text, 0, text.len());
        assert_eq!(parts.len(), whole.len());
        assert!(
            parts
                .iter()
                .zip(&whole)
                .all(|(a, b)| a.span == b.span && a.width == b.width && a.blank == b.blank)
        );
    }
}
