//! Inputs that are not plain text: a web page saved from a browser, whose article text is
//! extracted (Mozilla Readability's rules, ported to Rust by `dom_smoothie`) so slant can
//! analyse it, and word-processor, PDF and RTF files, recognised by their first bytes (a
//! file named as one that holds plain text is read as text) so the user is told how to get
//! plain text instead of a byte offset.

use crate::counting::plural;
use std::fmt::Write;
use thiserror::Error;

/// What a file holds, as far as slant needs to know before reading it as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// Plain text (or something slant will try to read as text).
    PlainText,
    /// A web page (HTML), such as a page saved from a browser.
    WebPage,
    /// A document format slant cannot read.
    Document(DocumentFormat),
}

/// Document formats people hand in instead of plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentFormat {
    /// Word (.docx, a ZIP of XML).
    Docx,
    /// Word 97–2003 (.doc, an OLE compound file).
    Doc,
    /// OpenDocument text (.odt, LibreOffice).
    Odt,
    /// PDF.
    Pdf,
    /// Rich Text Format.
    Rtf,
    /// A ZIP archive of no format above (a Pages or Google Docs export, an EPUB, …).
    Zip,
}

impl DocumentFormat {
    /// What the format is, and how to get plain text out of it.
    pub fn advice(self) -> &'static str {
        match self {
            DocumentFormat::Docx | DocumentFormat::Doc => {
                "this is a Word document, not plain text: in Word choose File > Save As > Plain Text (.txt), or copy the text into a .txt file, and give that file"
            }
            DocumentFormat::Odt => {
                "this is an OpenDocument (LibreOffice) document, not plain text: choose File > Save As > Text (.txt), or copy the text into a .txt file, and give that file"
            }
            DocumentFormat::Pdf => {
                "this is a PDF, not plain text: select the text in a PDF viewer and paste it into a .txt file (or run `pdftotext FILE.pdf`), and give that file"
            }
            DocumentFormat::Rtf => {
                "this is a Rich Text (RTF) document, not plain text: open it in a word processor and save it as Plain Text (.txt), and give that file"
            }
            DocumentFormat::Zip => {
                "this is a ZIP archive (as Word, LibreOffice and Pages documents are), not plain text: open it in the program that made it and save it as Plain Text (.txt), or copy the text into a .txt file, and give that file"
            }
        }
    }
}

/// The document format a file's name gives (`essay.docx`, `Scan.PDF`), whatever it holds:
/// for names slant writes or reads folders by, not for what a file is ([`kind_of`]).
pub fn document_named(name: &str) -> Option<DocumentFormat> {
    match extension(name)?.as_str() {
        "docx" => Some(DocumentFormat::Docx),
        "doc" => Some(DocumentFormat::Doc),
        "odt" => Some(DocumentFormat::Odt),
        "pdf" => Some(DocumentFormat::Pdf),
        "rtf" => Some(DocumentFormat::Rtf),
        _ => None,
    }
}

/// The kind of the file named `name` (its path or file name; `-` for standard input)
/// holding `bytes` (all of it, or its first bytes), decided by what it holds: a known
/// document signature (ZIP, PDF, RTF, Word 97) is a document, whatever its name; a file
/// named as a document that holds binary data (a NUL byte) is that document; text is read
/// as text whatever its name (`notes.docx` holding plain words), a web page when it is named
/// or starts as one.
pub fn kind_of(name: &str, bytes: &[u8]) -> InputKind {
    let named = document_named(name);
    if let Some(format) = sniff_document(bytes, named) {
        return InputKind::Document(format);
    }
    if let Some(format) = named
        && is_binary(bytes)
    {
        return InputKind::Document(format);
    }
    if matches!(extension(name).as_deref(), Some("html" | "htm" | "xhtml"))
        || looks_like_html(bytes)
    {
        InputKind::WebPage
    } else {
        InputKind::PlainText
    }
}

/// The extension of the file named `name`, in lower case (none after a last dot in a folder's
/// name: `notes.d/essay`).
fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .filter(|ext| !ext.contains(['/', '\\']))
}

/// Bytes read to tell a document from text: its signature, and a NUL byte among them.
const SNIFFED: usize = 4096;

/// Whether the first bytes hold a NUL byte, which no text file in UTF-8 does (UTF-16 text,
/// which does, is left to the reader to name).
fn is_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFFED)];
    let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    !utf16 && head.contains(&0)
}

/// A document format named by the file's first bytes; `named` (the format its name says)
/// tells which a ZIP archive without a Word or OpenDocument marker is.
fn sniff_document(bytes: &[u8], named: Option<DocumentFormat>) -> Option<DocumentFormat> {
    let head = &bytes[..bytes.len().min(SNIFFED)];
    if head.starts_with(b"%PDF-") {
        return Some(DocumentFormat::Pdf);
    }
    if head.starts_with(b"{\\rtf") {
        return Some(DocumentFormat::Rtf);
    }
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some(DocumentFormat::Doc);
    }
    if head.starts_with(b"PK\x03\x04") {
        // An OpenDocument file starts with its uncompressed media type; a Word file names
        // its `word/` parts and content types.
        let holds = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
        if holds(b"application/vnd.oasis.opendocument") {
            return Some(DocumentFormat::Odt);
        }
        if holds(b"word/") || holds(b"[Content_Types].xml") {
            return Some(DocumentFormat::Docx);
        }
        return Some(match named {
            Some(format @ (DocumentFormat::Docx | DocumentFormat::Odt)) => format,
            _ => DocumentFormat::Zip,
        });
    }
    None
}

/// Whether text starts (after white space and a byte-order mark) like an HTML page.
fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(512)];
    let start = head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(head);
    let start = start.trim_ascii_start();
    let lower: Vec<u8> = start.iter().take(15).map(u8::to_ascii_lowercase).collect();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html")
}

/// The `kind` of the warning a report carries when its text was extracted from a web page.
pub const EXTRACTED_WARNING: &str = "extracted-from-html";

/// The warning for a report on the article extracted from a web page: what was kept, in
/// the title and paragraphs a reader sees, not in bytes.
pub fn extracted_warning(article: &ExtractedArticle) -> crate::Warning {
    let paragraphs = article
        .text
        .split("\n\n")
        .filter(|block| !block.trim().is_empty())
        .count()
        - usize::from(article.title.is_some());
    let kept = format!(
        "{}{}",
        if article.title.is_some() {
            "the title and "
        } else {
            ""
        },
        plural(paragraphs, "paragraph", "paragraphs")
    );
    crate::Warning {
        kind: EXTRACTED_WARNING.to_string(),
        message: format!(
            "this is a web page: slant analysed the article it found in it, {kept}, without menus, adverts or markup{}{}; line numbers count the lines of that text, not of the HTML file",
            match &article.byline {
                Some(byline) =>
                    format!(" (nor its byline, “{byline}”: page furniture, not scored)"),
                None => String::new(),
            },
            article
                .set_aside
                .described()
                .map_or_else(String::new, |what| format!(", and set aside {what}"))
        ),
    }
}

/// Why no article text could be found in a web page.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ExtractionError {
    /// The page could not be parsed, or held no article.
    #[error(
        "no article text found in this web page ({0}); open it in a browser, copy the article into a .txt file and give that file"
    )]
    NoArticle(String),
}

/// The article of a saved web page: its title and its main text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractedArticle {
    /// The page's article title, when it has one.
    pub title: Option<String>,
    /// The byline the extraction took out of the article ("By Ann Lee"), when it did: it
    /// is not in `text`, so the report names it (a byline in a text file is a line of page
    /// furniture, listed by `--all`).
    pub byline: Option<String>,
    /// What slant analyses: the title on the first line, a blank line, then the article's
    /// paragraphs separated by blank lines. Spans in the report index this text.
    pub text: String,
    /// The page furniture inside the article that was left out of `text`.
    pub set_aside: SetAside,
    /// The spans in `text` of the title and of the paragraphs the page marks as headings
    /// (`<h1>` to `<h6>`), in order: headings whatever their punctuation.
    pub headings: Vec<crate::Span>,
}

/// Page furniture inside an article, left out of its text: a picture's caption had been
/// glued to the first sentence ("Photo: Courier archive Every town says…"), and the
/// author's note at the end scored as the article's last paragraph. (A byline is left to
/// Readability, which takes it out and names it: [`ExtractedArticle::byline`].)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SetAside {
    /// Captions and credits of pictures and tables (`<figcaption>`, `<caption>`, a
    /// `class="caption"` or `"credit"`).
    pub captions: usize,
    /// Notes about the author (`class="author-bio"`, `"bio"`, `"about-author"`).
    pub bios: usize,
    /// Dates and datelines: a `<time>` standing between paragraphs, or a block holding
    /// little but one ("Published <time>…</time>"). Its date had been glued to the first
    /// paragraph ("Tuesday 4 March 2025 21:14 GMT Let us stop pretending."). A `<time>`
    /// inside a sentence stays.
    pub dates: usize,
}

impl SetAside {
    /// "1 picture caption and 1 note about the author", or `None`.
    fn described(self) -> Option<String> {
        let parts: Vec<String> = [
            (self.captions, "picture caption", "picture captions"),
            (self.bios, "note about the author", "notes about the author"),
            (self.dates, "date line", "date lines"),
        ]
        .iter()
        .filter(|(n, ..)| *n > 0)
        .map(|&(n, one, many)| plural(n, one, many))
        .collect();
        (!parts.is_empty()).then(|| crate::counting::listed(&parts))
    }
}

/// What an element of a page is by its tag and class names, when it is page furniture
/// that sits inside an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Furniture {
    Caption,
    Bio,
}

/// The furniture an element is by its tag name and class names; none for any other.
fn furniture(tag: &str, classes: &str) -> Option<Furniture> {
    if matches!(tag, "figcaption" | "caption") {
        return Some(Furniture::Caption);
    }
    classes
        .split_ascii_whitespace()
        .map(str::to_ascii_lowercase)
        .find_map(|class| {
            let bio = class == "bio"
                || ["-bio", "_bio"].iter().any(|end| class.ends_with(end))
                || ["bio-", "bio_"]
                    .iter()
                    .any(|start| class.starts_with(start))
                || [
                    "authorbio",
                    "author-bio",
                    "author-info",
                    "about-author",
                    "about-the-author",
                ]
                .iter()
                .any(|part| class.contains(part));
            if bio {
                Some(Furniture::Bio)
            } else if class.contains("caption") || is_credit_class(&class) {
                Some(Furniture::Caption)
            } else {
                None
            }
        })
}

/// Whether a class names a picture's credit ("credit", "photo-credit", "image_credits"),
/// not something else with the word in it ("credit-card-ad").
fn is_credit_class(class: &str) -> bool {
    ["credit", "credits"].iter().any(|word| {
        class == *word
            || ["-", "_"]
                .iter()
                .any(|sep| class.ends_with(&format!("{sep}{word}")))
    })
}

/// Elements around an article, not in it: furniture found in them is left to Readability,
/// which drops them, and not counted.
const AROUND_ARTICLE: &[&str] = &["aside", "footer", "header", "nav"];

/// More words than this, and an element named as furniture is no caption or author's
/// note but a part of the page holding one (`class="has-captions"`): kept.
const FURNITURE_WORDS: usize = 80;

/// Takes the captions and authors' notes out of `document`, counted.
fn set_aside_furniture(document: &dom_query::Document) -> SetAside {
    let mut found: Vec<(dom_query::NodeRef, Furniture)> = Vec::new();
    // Only within the article (`<article>`, `<main>`) when the page marks it, else
    // outside the page's header, footer, menus and side panels.
    let articles = document.select("article, main, [role=main]");
    let articles = articles.nodes();
    let in_article = |ancestors: &[dom_query::NodeRef]| match articles.is_empty() {
        false => ancestors
            .iter()
            .any(|a| articles.iter().any(|article| article.id == a.id)),
        true => !ancestors.iter().any(|a| {
            let tag = a.node_name().unwrap_or_default().to_ascii_lowercase();
            AROUND_ARTICLE.contains(&tag.as_str())
        }),
    };
    for node in document
        .select("figcaption, caption, [class]")
        .nodes()
        .iter()
    {
        let tag = node.node_name().unwrap_or_default().to_ascii_lowercase();
        if matches!(tag.as_str(), "html" | "body" | "article" | "main") {
            continue;
        }
        let Some(kind) = furniture(&tag, &node.attr_or("class", "")) else {
            continue;
        };
        // Inside furniture already set aside: part of it, not counted again.
        let ancestors = node.ancestors(None);
        if !in_article(&ancestors) {
            continue;
        }
        if found
            .iter()
            .any(|(outer, _)| ancestors.iter().any(|a| a.id == outer.id))
        {
            continue;
        }
        if node.text().split_whitespace().count() <= FURNITURE_WORDS {
            found.push((*node, kind));
        }
    }
    let mut aside = SetAside::default();
    for time in document.select("time").nodes().iter() {
        let ancestors = time.ancestors(None);
        if !in_article(&ancestors) {
            continue;
        }
        if let Some(dateline) = dateline_of(time, &ancestors) {
            dateline.remove_from_parent();
            aside.dates += 1;
        }
    }
    for (node, kind) in found {
        node.remove_from_parent();
        *match kind {
            Furniture::Caption => &mut aside.captions,
            Furniture::Bio => &mut aside.bios,
        } += 1;
    }
    aside
}

/// Elements within a line of text: a `<time>` inside one of them is still in that line.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u",
];

/// Elements that hold sentences: a `<time>` in one with more than a few other words is
/// part of a sentence ("the vote on <time>Tuesday</time> was close").
const PROSE: &[&str] = &[
    "p",
    "li",
    "dd",
    "dt",
    "td",
    "th",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "caption",
    "q",
    "cite",
];

/// Elements that hold a whole article or page: never taken out as a dateline.
const CONTAINERS: &[&str] = &["article", "main", "section", "body", "html"];

/// At most this many words beside a date, and the block holding it is a dateline
/// ("Published", "Updated on", "|").
const DATELINE_WORDS: usize = 3;

/// The element to take out for the `<time>` element `time` (its `ancestors`, nearest
/// first), or `None` when it is part of a sentence: the block holding little besides the
/// date (a dateline: "Published <time>…</time>"), or the date itself, with the inline
/// elements wrapping it, when it stands between blocks.
fn dateline_of<'a>(
    time: &dom_query::NodeRef<'a>,
    ancestors: &[dom_query::NodeRef<'a>],
) -> Option<dom_query::NodeRef<'a>> {
    let tag = |n: &dom_query::NodeRef| n.node_name().unwrap_or_default().to_ascii_lowercase();
    let inline = ancestors
        .iter()
        .take_while(|a| INLINE.contains(&tag(a).as_str()))
        .count();
    let outermost_inline = ancestors[..inline].last().copied().unwrap_or(*time);
    let Some(block) = ancestors.get(inline) else {
        return Some(outermost_inline);
    };
    let block_tag = tag(block);
    let words = block.text().split_whitespace().count();
    let date_words = time.text().split_whitespace().count();
    if words.saturating_sub(date_words) <= DATELINE_WORDS
        && !CONTAINERS.contains(&block_tag.as_str())
    {
        return Some(*block);
    }
    if PROSE.contains(&block_tag.as_str()) {
        return None;
    }
    Some(outermost_inline)
}

/// Fewer words than this, besides the title, and a page is taken to hold no article.
const MIN_ARTICLE_WORDS: usize = 12;

/// Extracts the main article of `html` (menus, adverts, share buttons and comments left
/// out) as plain text with paragraphs separated by blank lines.
pub fn extract_article(html: &str) -> Result<ExtractedArticle, ExtractionError> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let document = dom_query::Document::from(html);
    let set_aside = set_aside_furniture(&document);
    // The page's first top-level heading, usually the headline without the site's name.
    let heading = one_line(&document.select("h1").first().text());
    // Known by their words without the spaces: a `<br>` inside a heading glues its text
    // ("branch?And why?") where the article's text has a space.
    let marked_headings = texts_of(&document, "h1, h2, h3, h4, h5, h6", without_spaces);
    // The items of the page's lists, known by their words: the article's text ends each
    // item's line inside one block, which would run a list into one paragraph.
    let list_items = texts_of(&document, "li", one_line);
    let article = dom_smoothie::Readability::with_document(document, None, Some(config))
        .and_then(|mut readability| readability.parse())
        .map_err(|e| ExtractionError::NoArticle(e.to_string()))?;
    let mut blocks: Vec<String> = Vec::new();
    for block in article.text_content.split("\n\n") {
        let lines: Vec<String> = block
            .lines()
            .map(one_line)
            .filter(|line| !line.is_empty())
            .collect();
        if lines.len() > 1 && lines.iter().all(|line| list_items.contains(line)) {
            // A list: an item a paragraph, bulleted as in a plain text.
            blocks.extend(lines.iter().map(|item| format!("• {item}")));
        } else if !lines.is_empty() {
            blocks.push(lines.join(" "));
        }
    }
    // The page's title often carries the site's name ("Headline | Daily"), and the
    // article repeats the headline as its first heading: the heading is the title, once.
    // A first heading that ends the title is the site's name as a logo ("Daily"), not
    // the headline.
    let mut title = one_line(&article.title);
    let logo = title.len() > heading.len() && title.ends_with(heading.as_str());
    if !heading.is_empty() && title.contains(heading.as_str()) && !logo {
        title = heading;
    } else if repeats_the_headline(&title, &heading) {
        // "The congestion charge is daylight robbery" above "The Congestion Charge Is
        // Daylight Robbery, and Everyone Knows It": one headline, shown once, as the
        // article writes it.
        title = heading;
    }
    if blocks
        .first()
        .is_some_and(|first| !first.is_empty() && title.contains(first.as_str()))
    {
        title = blocks.remove(0);
    }
    let mut text = String::new();
    let mut headings = Vec::new();
    if !title.is_empty() {
        headings.push(crate::Span::new(0, title.len()));
        let _ = write!(text, "{title}\n\n");
    }
    // One paragraph per block of the formatted text, each on one line of its own words.
    for block in &blocks {
        if marked_headings.contains(&without_spaces(block)) {
            headings.push(crate::Span::new(text.len(), text.len() + block.len()));
        }
        text.push_str(block);
        text.push_str("\n\n");
    }
    // Fewer words than a sentence or two is a menu or an empty shell, not an article.
    let words = text.split_whitespace().count() - title.split_whitespace().count();
    if words < MIN_ARTICLE_WORDS {
        return Err(ExtractionError::NoArticle(format!(
            "{} of text besides the title",
            plural(words, "word", "words")
        )));
    }
    text.truncate(text.trim_end().len());
    text.push('\n');
    // Readability takes the byline it finds out of the article: said, not lost unseen.
    let byline = article
        .byline
        .as_deref()
        .map(one_line)
        .filter(|b| !b.is_empty() && !text.contains(b.as_str()));
    Ok(ExtractedArticle {
        title: (!title.is_empty()).then_some(title),
        byline,
        text,
        set_aside,
        headings,
    })
}

/// The words of `s` in lower case, without punctuation, for comparing headlines.
fn headline_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
        .collect()
}

/// Fewer words than this in a page's title, and it is not taken for a shortened headline.
const SHORTENED_HEADLINE_WORDS: usize = 3;

/// Whether the page's `title` repeats its first heading `heading` in other letter cases
/// or punctuation, or shortened: the heading's words start or end with the title's (a
/// site's name after a separator left out: "Headline – Daily").
fn repeats_the_headline(title: &str, heading: &str) -> bool {
    let heading = headline_words(heading);
    if heading.is_empty() {
        return false;
    }
    let site_free = [" | ", " – ", " — ", " - ", " :: ", " · "]
        .iter()
        .find_map(|sep| title.rsplit_once(sep).map(|(before, _)| before))
        .unwrap_or(title);
    [title, site_free].iter().any(|t| {
        let words = headline_words(t);
        words == heading
            || (words.len() >= SHORTENED_HEADLINE_WORDS
                && (heading.starts_with(&words) || heading.ends_with(&words)))
    })
}

/// The texts of the elements `selector` finds, each as `key` writes it, the empty ones left out.
fn texts_of(
    document: &dom_query::Document,
    selector: &str,
    key: fn(&str) -> String,
) -> std::collections::HashSet<String> {
    document
        .select(selector)
        .nodes()
        .iter()
        .map(|node| key(&node.text()))
        .filter(|text| !text.is_empty())
        .collect()
}

/// `s` with its runs of white space (line breaks included) made single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` without its white space, to compare texts that differ only in where it falls.
fn without_spaces(s: &str) -> String {
    s.split_whitespace().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Bus Lanes Divide the Council | Riverside Daily</title>
<script>var tracking = "Everyone knows this script is not text";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/opinion">Opinion</a></nav>
<div class="share">Share on Facebook</div>
<article><h1>Bus Lanes Divide the Council</h1>
<p>The council voted six to three on Tuesday to turn two lanes of the avenue into bus lanes by next spring, after a meeting that ran late into the night.</p>
<p>Critics say the brazen plan will ruin the shops on the avenue, and everyone knows that parking was already scarce &amp; expensive before the vote.</p>
<p>Supporters answered that the buses carry more people than the parked cars ever did, and that the city will review the lanes after one year of use.</p>
</article><footer>Copyright 2026 Riverside Daily. All rights reserved.</footer></body></html>"#;

    #[test]
    fn the_article_text_is_extracted_without_scripts_menus_or_markup() {
        let article = extract_article(PAGE).unwrap();
        let text = &article.text;
        assert!(
            article
                .title
                .as_deref()
                .unwrap()
                .contains("Bus Lanes Divide the Council")
        );
        assert!(
            text.contains("Critics say the brazen plan will ruin the shops"),
            "{text}"
        );
        assert!(
            text.contains("scarce & expensive"),
            "entities decoded: {text}"
        );
        for absent in ["<p>", "tracking", "color: red", "Home | News", "</"] {
            assert!(!text.contains(absent), "{absent} in {text}");
        }
        // Paragraphs stay apart.
        assert!(
            text.contains("late into the night.\n\nCritics say"),
            "{text}"
        );
        // The title once, on the first line, though the page repeats it as its heading.
        assert!(
            text.starts_with("Bus Lanes Divide the Council\n\nThe council voted"),
            "{text}"
        );
    }

    /// The ux12 trial: the byline Readability takes out of a page's article was lost
    /// unseen, in the table with `--all` as on the page. The note names it; a byline left
    /// in the text is page furniture there, and no note names it again.
    #[test]
    fn a_byline_taken_out_of_the_article_is_named_in_the_note() {
        let with = |byline: &str| PAGE.replace("</h1>\n", &format!("</h1>\n{byline}\n"));
        // (the page, the byline named, whether the text keeps "By Ann Lee")
        let cases = [
            (
                with("<p class=\"byline\">By Ann Lee</p>"),
                Some("By Ann Lee"),
                false,
            ),
            (with("<p>By Ann Lee</p>"), None, true),
            (PAGE.to_string(), None, false),
        ];
        for (page, named, kept) in cases {
            let article = extract_article(&page).unwrap();
            assert_eq!(article.byline.as_deref(), named, "{page}");
            assert_eq!(
                article.text.contains("By Ann Lee"),
                kept,
                "{}",
                article.text
            );
            let note = extracted_warning(&article).message;
            assert_eq!(
                note.contains("(nor its byline, “By Ann Lee”: page furniture, not scored)"),
                named.is_some(),
                "{note}"
            );
        }
    }

    /// The trial7 saved page: its `<time>` date was glued onto the first paragraph (60
    /// words instead of 53), and its title, the headline shortened, stood as a second
    /// heading above the headline. A date between paragraphs or on a dateline is set aside
    /// and counted; a date inside a sentence stays; a title that repeats the headline (in
    /// other letter cases, shortened, with the site's name) is shown once, as the article
    /// writes it; a title that is another text stays.
    #[test]
    fn a_date_is_set_aside_and_a_title_repeating_the_headline_shown_once() {
        let body = "<p>The ferry board voted on Monday to cut the winter crossings to two a day, \
                    and the islanders who work on the mainland say they cannot get to work.</p>\
                    <p>The board says the crossings lose money every winter.</p>";
        let first = "The ferry board voted on Monday";
        // (page title, what stands before the body, the text's start, dates set aside)
        let cases = [
            (
                "Ferry cuts anger islanders | Harbour Daily",
                "<time datetime=\"2025-03-04\">Tuesday 4 March 2025 21:14 GMT</time>",
                "Ferry Cuts Anger Islanders, and Nobody Asked Them\n\nThe ferry board",
                1,
            ),
            (
                "Ferry Cuts Anger Islanders, and Nobody Asked Them",
                "<p class=\"meta\">Published <time>4 March 2025</time></p>",
                "Ferry Cuts Anger Islanders, and Nobody Asked Them\n\nThe ferry board",
                1,
            ),
            (
                "Harbour Daily – ferry cuts anger islanders, and nobody asked them",
                "<div><span class=\"date\"><time>4 March</time></span></div>",
                "Ferry Cuts Anger Islanders, and Nobody Asked Them\n\nThe ferry board",
                1,
            ),
            (
                "Winter timetable",
                "<p>The vote on <time>Tuesday 4 March</time> ended a long fight over the winter \
                 crossings.</p>",
                "Winter timetable\n\nFerry Cuts Anger Islanders, and Nobody Asked Them\n\nThe vote on \
                 Tuesday 4 March ended",
                0,
            ),
        ];
        for (title, before, start, dates) in cases {
            let page = format!(
                "<html><head><title>{title}</title></head><body><article>\
                 <h1>Ferry Cuts Anger Islanders, and Nobody Asked Them</h1>{before}{body}\
                 </article></body></html>"
            );
            let article = extract_article(&page).unwrap();
            let text = &article.text;
            assert!(text.starts_with(start), "{title}: {text}");
            assert!(text.contains(&format!("\n\n{first}")), "{title}: {text}");
            assert!(!text.contains("2025 The ferry"), "{title}: {text}");
            assert_eq!(article.set_aside.dates, dates, "{title}");
            if dates == 1 {
                let note = extracted_warning(&article).message;
                assert!(note.contains("set aside 1 date line"), "{note}");
            }
        }
    }

    /// Trial 6: a list in the article came out as one paragraph of its items run
    /// together; each item is a bulleted paragraph of its own, as in a plain text.
    #[test]
    fn each_item_of_an_articles_list_is_a_paragraph_of_its_own() {
        let page = r#"<!DOCTYPE html><html><head><title>Keep the Late Bus</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article><h1>Keep the Late Bus</h1>
<p>The transit board wants to end the late bus on the north route, which about four hundred students ride home after clubs and matches.</p>
<p>Here is what riders told the board at Tuesday's meeting, in their own words and at some length:</p>
<ul><li>the late bus is the only way home after football practice</li><li>parents who work evening shifts cannot drive to the school</li></ul>
<p>The board said the route costs more than any other, and that it will look at a smaller bus for the same hours next year.</p>
</article></main></body></html>"#;
        let article = extract_article(page).unwrap();
        assert!(
            article.text.contains(
                "\n\n• the late bus is the only way home after football practice\n\n• parents who work evening shifts cannot drive to the school\n\n"
            ),
            "{}",
            article.text
        );
    }

    /// The newcomer5 trial: a page whose site name is its first `<h1>` (a logo in the
    /// header) was reported under the title "Town Voice".
    #[test]
    fn a_site_name_in_the_first_heading_is_not_taken_for_the_headline() {
        let page = r#"<!DOCTYPE html><html><head><title>Cancel the Bus Cuts | Town Voice</title></head><body>
<header><h1 class="logo">Town Voice</h1><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h2>Cancel the Bus Cuts</h2>
<p>The transit board voted on Tuesday to end the early bus on the north route, which about four hundred students ride to school.</p>
<p>The board said the route costs more than any other, and that it will look at a smaller bus for the same hours next year.</p>
</article></main></body></html>"#;
        let article = extract_article(page).unwrap();
        assert_eq!(article.title.as_deref(), Some("Cancel the Bus Cuts"));
        assert!(
            article
                .text
                .starts_with("Cancel the Bus Cuts\n\nThe transit board voted"),
            "{}",
            article.text
        );
    }

    /// A new-user trial: a picture's caption was glued to the article's first sentence
    /// ("Photo: Courier archive Every town says…"), and the author's note at the end was
    /// scored as the article's last paragraph. Captions and authors' notes are set aside
    /// by their tags and class names, and the note says so.
    #[test]
    fn captions_and_authors_notes_are_set_aside_not_glued_to_the_text() {
        let body = "<p>The ferry board voted on Monday to cut the late crossing, which about two hundred commuters take home each night.</p>\
            <p>The board said the crossing costs more than any other, and that it will look again at the timetable next spring.</p>";
        // (furniture placed before the paragraphs, after them, (captions, bios), words kept out)
        type Case<'a> = (&'a str, &'a str, (usize, usize), &'a str);
        let cases: &[Case] = &[
            (
                r#"<figure><img src="a.jpg"><figcaption>The pier at dusk. Photo: Harbour archive</figcaption></figure>"#,
                "",
                (1, 0),
                "Harbour archive",
            ),
            (
                r#"<div class="image-wrap"><img src="a.jpg"><span class="wp-caption-text">The pier at dusk</span></div>"#,
                "",
                (1, 0),
                "pier at dusk",
            ),
            (
                r#"<p class="photo-credit">Picture: Lena Ortiz</p>"#,
                "",
                (1, 0),
                "Lena Ortiz",
            ),
            (
                "",
                r#"<p class="author-bio">Lena Ortiz is a former ferry pilot who writes about transport.</p>"#,
                (0, 1),
                "former ferry pilot",
            ),
            (
                "",
                r#"<div class="bio"><p>Lena Ortiz writes about the harbour.</p></div>"#,
                (0, 1),
                "writes about the harbour",
            ),
        ];
        for (before, after, (captions, bios), absent) in cases {
            let page = format!(
                "<html><head><title>Ferry Cuts</title></head><body><article><h1>Ferry Cuts</h1>{before}{body}{after}</article></body></html>"
            );
            let article = extract_article(&page).unwrap();
            assert!(!article.text.contains(absent), "{absent}: {}", article.text);
            assert!(
                article
                    .text
                    .starts_with("Ferry Cuts\n\nThe ferry board voted"),
                "{before}: {}",
                article.text
            );
            let expected = SetAside {
                captions: *captions,
                bios: *bios,
                dates: 0,
            };
            assert_eq!(article.set_aside, expected, "{before}{after}");
            assert!(
                extracted_warning(&article)
                    .message
                    .contains(", and set aside 1 "),
                "{}",
                extracted_warning(&article).message
            );
        }
        // Outside the article, or named for something else: neither counted nor taken out.
        let outside = [
            (
                "<article><h1>Ferry Cuts</h1>{body}</article><footer><p class=\"site-credits\">Site by Harbour Web</p><p class=\"footer-bio\">The Daily is owned by its readers.</p></footer>",
                "Site by Harbour Web",
            ),
            (
                "<main><h1>Ferry Cuts</h1>{body}</main><div class=\"footer-bio\">The Daily is owned by its readers.</div>",
                "owned by its readers",
            ),
            (
                "<h1>Ferry Cuts</h1>{body}<footer><div class=\"bio\">The Daily is owned by its readers.</div></footer>",
                "owned by its readers",
            ),
            (
                "<article><h1>Ferry Cuts</h1>{body}<div class=\"credit-card-ad\">Get a card today</div></article>",
                "Get a card today",
            ),
        ];
        for (inside, kept) in outside {
            let page = format!(
                "<html><head><title>Ferry Cuts</title></head><body>{}</body></html>",
                inside.replace("{body}", body)
            );
            let document = dom_query::Document::from(page.as_str());
            assert_eq!(
                set_aside_furniture(&document),
                SetAside::default(),
                "{inside}"
            );
            assert!(document.html().contains(kept), "{inside}");
            let article = extract_article(&page).unwrap();
            assert!(
                !extracted_warning(&article).message.contains("set aside"),
                "{inside}"
            );
        }
        // A part of the page named for what it holds ("has-captions") is no caption: the
        // article inside it is kept, and nothing is said to be set aside.
        let page = format!(
            r#"<html><head><title>Ferry Cuts</title></head><body><div class="story has-captions"><article>{body}{body}{body}</article></div></body></html>"#
        );
        let article = extract_article(&page).unwrap();
        assert!(
            article.text.contains("The ferry board voted"),
            "{}",
            article.text
        );
        assert_eq!(article.set_aside, SetAside::default());
        assert!(!extracted_warning(&article).message.contains("set aside"));
    }

    /// A `<br>` inside a heading glued its words in the page's own text ("branch?And
    /// why?"), so the heading was not known as one.
    #[test]
    fn a_heading_broken_over_two_lines_is_still_a_heading() {
        let body = "<p>The ferry board voted on Monday to cut the late crossing, which about two hundred commuters take home each night.</p>";
        for heading in [
            "Who uses the branch?<br>And why?",
            "Who uses the branch?<br/>\nAnd why?",
            "Who uses the branch? And why?",
        ] {
            let page = format!(
                "<html><head><title>Ferry Cuts</title></head><body><article><h1>Ferry Cuts</h1>{body}<h2>{heading}</h2>{body}</article></body></html>"
            );
            let article = extract_article(&page).unwrap();
            let headings: Vec<&str> = article
                .headings
                .iter()
                .map(|span| span.slice(&article.text))
                .collect();
            assert!(
                headings
                    .iter()
                    .any(|h| without_spaces(h) == "Whousesthebranch?Andwhy?"),
                "{heading}: {headings:?} in {}",
                article.text
            );
        }
    }

    #[test]
    fn documents_are_known_by_their_first_bytes_and_by_name() {
        assert_eq!(
            kind_of("essay.txt", b"%PDF-1.7\n..."),
            InputKind::Document(DocumentFormat::Pdf)
        );
        // Text that opens with "%PDFs" is no PDF: a PDF's signature is "%PDF-".
        assert_ne!(
            kind_of("notes.md", b"%PDFs are awful. Critics say so.\n"),
            InputKind::Document(DocumentFormat::Pdf)
        );
        assert_eq!(
            kind_of(
                "x",
                b"PK\x03\x04....[Content_Types].xml...word/document.xml"
            ),
            InputKind::Document(DocumentFormat::Docx)
        );
        assert_eq!(
            kind_of(
                "x",
                b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.text"
            ),
            InputKind::Document(DocumentFormat::Odt)
        );
        assert_eq!(
            kind_of("x", b"{\\rtf1\\ansi hello}"),
            InputKind::Document(DocumentFormat::Rtf)
        );
        assert_eq!(
            kind_of("Essay.DOCX", b"\xd0\xcf\x11\xe0 not really a zip\0"),
            InputKind::Document(DocumentFormat::Docx)
        );
        assert_eq!(kind_of("page.htm", b"plain words"), InputKind::WebPage);
        assert_eq!(kind_of("-", b"\n  <!DOCTYPE HTML><p>x"), InputKind::WebPage);
        assert_eq!(
            kind_of("notes.txt", b"The <b> tag is bold."),
            InputKind::PlainText
        );
        assert_eq!(kind_of("v1.2/notes", b"text"), InputKind::PlainText);
        assert!(DocumentFormat::Pdf.advice().contains("PDF"));
    }

    #[test]
    fn a_file_is_what_it_holds_not_what_it_is_named() {
        // (name, bytes, kind)
        let word = InputKind::Document(DocumentFormat::Docx);
        let cases: &[(&str, &[u8], InputKind)] = &[
            (
                "notes.docx",
                b"Plain words typed into a file.",
                InputKind::PlainText,
            ),
            ("notes.pdf", b"Plain words.\n", InputKind::PlainText),
            (
                "notes.odt",
                "Caf\u{e9} words.".as_bytes(),
                InputKind::PlainText,
            ),
            ("notes.rtf", b"Plain words, not RTF.", InputKind::PlainText),
            ("notes.doc", b"", InputKind::PlainText),
            // UTF-16 text: the reader says how to save it as UTF-8.
            ("notes.doc", b"\xff\xfeH\0i\0", InputKind::PlainText),
            ("essay.docx", b"PK\x03\x04\x14\0\0\0media/a.png", word),
            (
                "essay.odt",
                b"PK\x03\x04\x14\0\0\0Pictures/a.png",
                InputKind::Document(DocumentFormat::Odt),
            ),
            (
                "essay.pages",
                b"PK\x03\x04\x14\0\0\0Index/Document.iwa",
                InputKind::Document(DocumentFormat::Zip),
            ),
            (
                "essay",
                b"PK\x03\x04\x14\0\0\0mimetypeapplication/epub+zip",
                InputKind::Document(DocumentFormat::Zip),
            ),
            (
                "scan",
                b"%PDF-1.4\n",
                InputKind::Document(DocumentFormat::Pdf),
            ),
            (
                "broken.pdf",
                b"\0\0\x01 binary",
                InputKind::Document(DocumentFormat::Pdf),
            ),
            ("picture", b"\x89PNG\r\n\x1a\n\0", InputKind::PlainText),
        ];
        for (name, bytes, kind) in cases {
            assert_eq!(kind_of(name, bytes), *kind, "{name} {bytes:?}");
        }
        assert_eq!(document_named("Essay.DOCX"), Some(DocumentFormat::Docx));
        assert_eq!(document_named("v1.2/notes"), None);
        assert_eq!(document_named("page.html"), None);
    }

    #[test]
    fn a_page_of_one_word_says_so_in_the_singular() {
        let e = extract_article("<html><head><title>T</title></head><body><article><p>Hello</p></article></body></html>")
            .unwrap_err();
        assert!(e.to_string().contains("(1 word of text besides"), "{e}");
    }

    #[test]
    fn a_page_without_text_is_an_error_that_says_what_to_do() {
        let e = extract_article("<html><body><nav>Home</nav></body></html>").unwrap_err();
        assert!(
            e.to_string().contains("copy the article into a .txt file"),
            "{e}"
        );
    }
}
