//! Real articles: scraped and saved web pages, refused formats, folders, page furniture.

use super::*;

/// Issue 17: the HTML page of a long scraped page leads with the article's headline and
/// the verdict, then the article; the paragraph table is folded at the end, and repeats
/// and page furniture are folded under one line each. The full input path never shows.
#[test]
fn html_page_of_a_scraped_page_leads_with_headline_verdict_and_article() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class").join("week 3");
    std::fs::create_dir_all(&class).unwrap();
    let body: String = (1..=40)
        .map(|i| format!("Paragraph {i} says the brazen new bus plan is a disaster.\n\n"))
        .collect();
    let text = format!(
        "Skip to main content\n\nBus Lanes Divide the Council\n\nBy Dana Reyes\n\nShare on Facebook\n\n\
         {body}Advertisement\n\n{body}{body}Sign up for our newsletter\n"
    );
    let input = class.join("bus-lanes.txt");
    std::fs::write(&input, text).unwrap();
    let o = slant(
        &["analyze", input.to_str().unwrap(), "--format", "html"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(page.contains("<title>Bus Lanes Divide the Council · slant report</title>"));
    assert!(
        !page.contains(dir.path().to_str().unwrap()),
        "the full path shows"
    );
    assert!(!page.contains("week 3"), "a folder of the path shows");
    let at = |needle: &str| page.find(needle).unwrap_or_else(|| panic!("no {needle}"));
    // The verdict, then the article a short way down, then notes and the folded table.
    assert!(at("<h1") < at("class=\"verdict") && at("class=\"verdict") < at("<main>"));
    let before_article = at("<main>") - at("</style>");
    // The verdict, key and chart (a link per bar); the old page put 41 KB of table first.
    assert!(
        before_article < 12_000,
        "{before_article} bytes before the article"
    );
    assert!(at("<main>") < at("<details class=\"more\"><summary>Table of all 126 paragraphs"));
    assert!(page.contains(
        "Not scored: 80 repeated paragraphs and 5 lines of page furniture, folded away in the text below"
    ));
    assert!(
        page.contains("¶45–126: 80 repeated paragraphs and 2 lines of page furniture, not scored")
    );
    assert!(page.contains("in 40 scored paragraphs of"));
}

/// Issue 17: a page saved from a browser is read for its article, not its tags, and the
/// report says so; spans index the extracted text.
#[test]
fn a_saved_web_page_is_analysed_for_its_article_text_and_the_report_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let page = r#"<!DOCTYPE html><html><head><title>Meters Must Go | The Riverside Daily</title>
<script>var note = "Everyone knows the brazen thugs";</script></head><body>
<nav><a href="/">Home</a> | <a href="/opinion">Opinion</a></nav><button>Share on Facebook</button>
<article><h1>Meters Must Go</h1>
<p>The council's new parking meters went live on Monday along the whole of Main Street, and drivers now pay two dollars an hour.</p>
<p>Critics say the brazen scheme is daylight robbery, and shop owners on the street report fewer customers since the first week.</p>
<p>The council will review the meters in the spring, when it has a full season of figures from the parking office.</p>
</article><footer>Copyright 2026 The Riverside Daily</footer></body></html>"#;
    std::fs::write(dir.path().join("meters.html"), page).unwrap();
    let o = slant(
        &["analyze", "meters.html", "--format", "json"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["source"]["extracted_from"], "html");
    assert!(
        report["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["kind"] == "extracted-from-html"
                && w["message"].as_str().unwrap().contains("web page")),
        "{report}"
    );
    let findings = report["findings"].as_array().unwrap();
    let texts: Vec<&str> = findings
        .iter()
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert!(texts.contains(&"brazen"), "{texts:?}");
    // Nothing from the script, and no markup analysed.
    assert!(
        !texts.contains(&"thugs") && !texts.contains(&"Everyone knows"),
        "{texts:?}"
    );
    // The extracted text starts with the title; spans index it (¶1 is the title line).
    let first = &report["paragraphs"][0];
    assert_eq!(first["kind"], "heading");
    assert_eq!(first["span"]["start"], 0);
    assert_eq!(first["span"]["end"], "Meters Must Go".len());
    let html = slant(
        &["analyze", "meters.html", "--format", "html"],
        None,
        dir.path(),
    );
    let html = stdout(&html);
    assert!(html.contains("<title>Meters Must Go · slant report</title>"));
    assert!(html.contains("this is a web page: slant analysed the article"));
    // The note says what was kept in a student's words: the title and paragraphs, not
    // "613 bytes of the page's 1710".
    let table = stdout(&slant(&["analyze", "meters.html"], None, dir.path()));
    let words = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("the title and 3 paragraphs, without menus"),
        "{table}"
    );
    assert!(!words.contains("bytes"), "{table}");
}

/// A new-user trial: a page's `<h2>Who actually uses the branch?</h2>` was read as a
/// one-line paragraph of prose, scored and given a worksheet line. A heading the page
/// marks (`<h1>` to `<h6>`) is a heading whatever its punctuation, in the report, the
/// worksheet and the comparison; a question in the text itself is still prose.
#[test]
fn a_page_s_marked_headings_are_headings_whatever_their_punctuation() {
    let dir = tempfile::tempdir().unwrap();
    let page = r#"<html><head><title>Should the Ferry Stop at Nine?</title></head><body><article>
<h1>Should the Ferry Stop at Nine?</h1>
<p>The ferry board voted on Monday to cut the late crossing, which about two hundred commuters take home each night.</p>
<h2>Who actually takes the late boat?</h2>
<p>Nurses, cleaners and cooks finishing late shifts ride it. Who will drive them home?</p>
<h3>What happens next!</h3>
<p>The board will look at the timetable again in the spring, after a count of riders.</p>
</article></body></html>"#;
    std::fs::write(dir.path().join("ferry.html"), page).unwrap();
    let o = slant(
        &["analyze", "ferry.html", "--format", "json"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let kinds: Vec<&str> = report["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["heading", "prose", "heading", "prose", "heading", "prose"],
        "{report}"
    );
    // The exercise gives the headings no line, and the question in the text one.
    let made = slant(
        &["exercise", "new", "ferry.html", "-o", "ex"],
        None,
        dir.path(),
    );
    assert!(made.status.success(), "{}", stderr(&made));
    let sheet = std::fs::read_to_string(dir.path().join("ex/worksheet.txt")).unwrap();
    let lines: Vec<&str> = sheet.lines().filter(|l| l.starts_with('S')).collect();
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("Who actually") || l.contains("What happens")),
        "{sheet}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Who will drive them home?")),
        "{sheet}"
    );
}

/// A new-user trial: a page copied as text with its readers' comments and its "Most
/// read" headlines had a comment as its "most charged paragraph". Everything from the
/// comments header on is page furniture, and a note says what was set aside; `--all`
/// lists it.
#[test]
fn a_scraped_page_s_comments_and_most_read_list_are_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let page = "Ferry Cuts Hurt Night Workers\n\nThe ferry board voted on Monday to cut the late crossing, which about two hundred commuters take home each night.\n\nThe board said the crossing costs more than any other, and that it will look at the timetable again next spring.\n\nMost read\n\nShocking crash on the ring road\n\nCouncil slammed over pothole chaos\n\n38 comments\n\nharbour_jo · 2 hours ago\n\nThis clueless board is a disgrace, and its shameful cronies always lie.\n\nReply · 4 likes · Report\n";
    std::fs::write(dir.path().join("ferry.txt"), page).unwrap();
    let o = slant(
        &["analyze", "ferry.txt", "--color", "never"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let table = stdout(&o).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        table.contains(
            "Note: the readers' comments from ¶7 on (4 paragraphs) are not the article: set aside as page furniture"
        ),
        "{table}"
    );
    assert!(!table.contains("clueless"), "{table}");
    assert!(!table.contains("Most charged paragraph: ¶9"), "{table}");
    let json = slant(
        &["analyze", "ferry.txt", "--format", "json"],
        None,
        dir.path(),
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(
        report["summary"]["counts"]["loaded-language"], 0,
        "{report}"
    );
    let all = stdout(&slant(
        &["analyze", "ferry.txt", "--all", "--color", "never"],
        None,
        dir.path(),
    ));
    assert!(all.contains("harbour_jo"), "{all}");
}

/// Issue 17: a URL, or a Word, PDF, OpenDocument or RTF file (named so, or only known by
/// its first bytes), gets one line saying what it is and what to do, exit code 2.
#[test]
fn urls_and_document_formats_are_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    assert_one_line_error(
        &slant(
            &["analyze", "https://news.example.com/op-ed"],
            None,
            dir.path(),
        ),
        "slant does not download pages: save the page (Ctrl+S) and give the file",
    );
    let zip_word = b"PK\x03\x04\x14\0\x06\0[Content_Types].xml\0word/document.xml".to_vec();
    let zip_odt = b"PK\x03\x04\x14\0\0\0mimetypeapplication/vnd.oasis.opendocument.text".to_vec();
    let cases: [(&str, Vec<u8>, &str); 7] = [
        ("essay.docx", zip_word.clone(), "Word document"),
        ("essay.txt", zip_word, "Word document"),
        ("essay.pdf", b"%PDF-1.7\n%\xe2\xe3\0".to_vec(), "PDF"),
        ("scan", b"%PDF-1.4\n\0\0".to_vec(), "PDF"),
        ("essay.odt", zip_odt, "OpenDocument"),
        (
            "essay.rtf",
            b"{\\rtf1\\ansi Hello}".to_vec(),
            "Rich Text (RTF)",
        ),
        (
            "old.doc",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0".to_vec(),
            "Word document",
        ),
    ];
    for (name, bytes, format) in cases {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let o = slant(&["analyze", name], None, dir.path());
        assert_one_line_error(&o, format);
        let err = stderr(&o);
        assert!(err.contains(name) && err.contains(".txt"), "{err}");
        assert!(!err.contains("NUL byte"), "{err}");
    }
}

/// Issue 17: a class folder with one sub-folder per student is read recursively; an empty
/// folder, or one of Word files only, is an error (exit 2) that says what it found.
#[test]
fn folders_are_read_recursively_and_one_with_nothing_readable_says_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    for student in ["ana", "ben"] {
        std::fs::create_dir_all(class.join(student)).unwrap();
        std::fs::write(
            class.join(student).join("essay.txt"),
            format!("{student} thinks the brazen plan failed. Everyone knows it."),
        )
        .unwrap();
    }
    let o = slant(&["analyze", "class", "--color", "never"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("class/ana/essay.txt") && out.contains("class/ben/essay.txt"),
        "{out}"
    );
    std::fs::create_dir_all(dir.path().join("empty")).unwrap();
    assert_one_line_error(
        &slant(&["analyze", "empty"], None, dir.path()),
        "empty: no file slant can read in this folder or its sub-folders",
    );
    let word = dir.path().join("word");
    std::fs::create_dir_all(&word).unwrap();
    for name in ["a.docx", "b.docx", "c.pdf"] {
        std::fs::write(word.join(name), b"PK\x03\x04").unwrap();
    }
    let o = slant(&["analyze", "word"], None, dir.path());
    assert_one_line_error(
        &o,
        "it holds 2 .docx files and 1 .pdf file: save them as plain text (.txt) to analyze them",
    );
    // Pictures, sound and video hold no text to save as plain text (the ux16 trial: a
    // folder of pictures was told to "save them as plain text").
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let cases: [(&[&str], &str); 3] = [
        (
            &["a.png", "b.PNG"],
            "it holds 2 .png files: pictures, no texts to analyze",
        ),
        (
            &["c.mp3", "d.jpg", "e.png"],
            "it holds 1 .jpg file, 1 .mp3 file and 1 .png file: pictures and sound recordings, \
             no texts to analyze",
        ),
        (
            &["e.docx", "d.jpg"],
            "it holds 1 .docx file and 1 .jpg file: pictures, no texts to analyze; save the \
             others as plain text (.txt) to analyze them",
        ),
    ];
    for (k, (names, said)) in cases.into_iter().enumerate() {
        let media = dir.path().join(format!("media{k}"));
        std::fs::create_dir_all(&media).unwrap();
        for name in names {
            std::fs::write(media.join(name), png).unwrap();
        }
        let o = slant(&["analyze", &format!("media{k}")], None, dir.path());
        assert_one_line_error(&o, said);
    }
    // A picture given by name is no text either.
    let o = slant(&["analyze", "media1/d.jpg"], None, dir.path());
    assert_one_line_error(
        &o,
        "media1/d.jpg: not a text but a picture: nothing to analyze; slant reads plain text",
    );
    // A document named as text is counted by what it holds, not as a ".txt file".
    let named = dir.path().join("named");
    std::fs::create_dir_all(&named).unwrap();
    let documents: [(&str, &[u8]); 3] = [
        ("a.docx", b"PK\x03\x04"),
        (
            "mia.txt",
            b"PK\x03\x04\x14\0\0\0[Content_Types].xml word/document.xml",
        ),
        ("notes.md", b"%PDF-1.7\n"),
    ];
    for (name, bytes) in documents {
        std::fs::write(named.join(name), bytes).unwrap();
    }
    let o = slant(&["analyze", "named"], None, dir.path());
    assert_one_line_error(
        &o,
        "it holds 1 .docx file, 1 PDF document and 1 Word document:",
    );
    // Counted by the one plural helper: it was "2 file without an extensions".
    let bare = dir.path().join("bare");
    std::fs::create_dir_all(&bare).unwrap();
    for name in ["README", "NOTES"] {
        std::fs::write(bare.join(name), b"notes").unwrap();
    }
    let o = slant(&["analyze", "bare"], None, dir.path());
    assert_one_line_error(&o, "it holds 2 files without an extension:");
    // They are plain text: what they need is a name, not saving as plain text.
    assert_one_line_error(
        &o,
        "give each by name (bare/NOTES, bare/README) or add .txt to their names",
    );
}

/// A file is read by what it holds, not refused by its name: plain text named
/// `notes.docx` is read (it had been refused as "a Word document"), a ZIP archive of no
/// known kind and a binary file without an extension are refused saying how to get plain
/// text (they said "not a text file (NUL byte at offset 5)", jargon for a student), in a
/// folder as by name.
#[test]
fn a_file_is_read_or_refused_by_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Everyone knows the brazen plan failed.\n";
    for name in ["notes.docx", "notes.pdf", "notes.odt", "notes.rtf", "notes"] {
        std::fs::write(dir.path().join(name), text).unwrap();
        let o = slant(&["analyze", name], None, dir.path());
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert!(
            stdout(&o).contains("Everyone knows"),
            "{name}: {}",
            stdout(&o)
        );
    }
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "essay.pages",
            b"PK\x03\x04\x14\0\0\0Index/Document.iwa",
            "this is a ZIP archive (as Word, LibreOffice and Pages documents are), not plain text",
        ),
        (
            "essay.docx",
            b"PK\x03\x04\x14\0\0\0media/image1.png",
            "this is a Word document, not plain text",
        ),
        (
            "photo",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            "not a text file: it looks like a binary file (a picture, a program, a Word \
             document…): slant reads plain text",
        ),
    ];
    for (name, bytes, said) in cases {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let o = slant(&["analyze", name], None, dir.path());
        assert_one_line_error(&o, said);
        assert!(stderr(&o).contains("Plain Text (.txt)"), "{}", stderr(&o));
    }
    // A folder: the plain text named as a document is read, the document passed over,
    // and the text file without an extension named with how to have it read.
    let class = dir.path().join("class");
    std::fs::create_dir(&class).unwrap();
    std::fs::write(class.join("ana.docx"), "Ana thinks the brazen plan failed.").unwrap();
    std::fs::write(
        class.join("ben.docx"),
        b"PK\x03\x04\x14\0\0\0word/document.xml",
    )
    .unwrap();
    std::fs::write(class.join("cai"), "Cai thinks so too.").unwrap();
    let o = slant(&["analyze", "class"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Ana thinks"), "{}", stdout(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 3, "{err}");
    assert!(
        err.contains("note: read class/ana.docx, the only file in class slant reads;"),
        "{err}"
    );
    assert!(
        err.contains("passed over 1 document slant cannot read (Word, PDF, OpenDocument or RTF): class/ben.docx; save it as plain text"),
        "{err}"
    );
    assert!(
        err.contains("note: passed over 1 text file without an extension; give it by name (slant analyze class/cai) or add .txt to its name"),
        "{err}"
    );
}

/// A new-teacher trial: a folder holding one article beside a picture and a binary file
/// gave the single text's table, which names no file, so the teacher could not tell which
/// file had been analysed. One note names it and counts what was passed over; a folder of
/// several articles, or of one file alone, gets no such note.
#[test]
fn a_folder_with_one_readable_file_names_it() {
    let dir = tempfile::tempdir().unwrap();
    for (folder, files) in [
        ("one", &["op-ed.txt", "map.png", "data.bin"][..]),
        ("two", &["a.txt", "b.md", "map.png"][..]),
        ("alone", &["op-ed.txt"][..]),
    ] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
        for file in files {
            let bytes: &[u8] = match *file {
                "map.png" => b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
                "data.bin" => b"\0\x01\x02\x03",
                _ => b"The mayor's thugs interrupted the meeting.\n",
            };
            std::fs::write(dir.path().join(folder).join(file), bytes).unwrap();
        }
    }
    let cases = [
        (
            "one/",
            "note: read one/op-ed.txt, the only file in one/ slant reads; passed over 1 .bin \
             file and 1 .png file\n",
        ),
        // Two files read: the picture is named in the one line of what was skipped.
        ("two", "note: also skipped: 1 .png file\n"),
        ("alone", ""),
    ];
    for (folder, said) in cases {
        let o = slant(&["analyze", folder], None, dir.path());
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stderr(&o), said, "{folder}");
    }
}

/// A new-user trial: `slant analyze .` in a folder holding a browser's "Web page,
/// complete" save (`page.html` and `page_files/`) reported the page, then failed (exit 2)
/// on an advert frame in `page_files/` with "no article text found". The `_files` folder
/// is passed over in one note; a page of a folder with no article text is named in a
/// note, as a Word file is, and fails the run only when nothing else could be read.
#[test]
fn a_browser_s_saved_page_folder_and_a_page_without_article_are_passed_over() {
    let dir = tempfile::tempdir().unwrap();
    let article = "<html><head><title>Bus Lanes</title></head><body><article><h1>Bus Lanes</h1>\
        <p>The council voted on Tuesday to turn two lanes of the avenue into bus lanes by next spring.</p>\
        <p>Critics say the brazen plan will ruin the shops, and supporters say buses carry more people.</p>\
        </article></body></html>";
    let advert = "<html><body><p>Advertisement</p><p>Buy it now!</p></body></html>";
    let files: &[(&str, &str)] = &[
        ("saved/Bus Lanes _ Daily.html", article),
        ("saved/Bus Lanes _ Daily_files/ga.html", advert),
        ("saved/Bus Lanes _ Daily_files/photo.jpg", "\u{0}"),
        ("pages/bus.html", article),
        ("pages/index.html", advert),
        ("empty/index.html", advert),
        // A folder named like a page's without its page is read as any folder.
        ("alone/notes_files/bus.html", article),
    ];
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    // (folder, note on standard error)
    let cases = [
        (
            "saved",
            "note: passed over saved/Bus Lanes _ Daily_files/: the files a browser saved beside \
             a web page (pictures, scripts, adverts), not articles\n",
        ),
        (
            "pages",
            "note: passed over 1 web page with no article text: pages/index.html; to analyze \
             it, open it in a browser, copy the article into a .txt file and give that file\n",
        ),
        ("alone", ""),
    ];
    for (folder, said) in cases {
        let o = slant(&["analyze", folder, "--color", "never"], None, dir.path());
        assert!(o.status.success(), "{folder}: {}", stderr(&o));
        assert_eq!(stderr(&o), said, "{folder}");
        assert!(stdout(&o).contains("brazen"), "{folder}: {}", stdout(&o));
    }
    // Nothing else to read, or the page named: the run fails, naming the page.
    for input in ["empty", "pages/index.html"] {
        let o = slant(&["analyze", input], None, dir.path());
        assert_one_line_error(&o, "index.html: no article text found in this web page");
    }
}

/// A class folder where one student handed in a Word file and another a PDF: both were
/// left out of the reports without a word, and the teacher never knew. Now a note on
/// standard error names them (exit 0: the readable essays are all reported); a picture
/// or a spreadsheet in the folder is no essay and is not named.
#[test]
fn documents_in_a_class_folder_are_named_when_passed_over() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    for student in ["ana", "ben", "cai"] {
        std::fs::create_dir_all(class.join(student)).unwrap();
    }
    std::fs::write(
        class.join("ana/essay.txt"),
        "Ana thinks the brazen plan failed.",
    )
    .unwrap();
    std::fs::write(class.join("ben/essay.docx"), b"PK\x03\x04").unwrap();
    std::fs::write(class.join("cai/essay.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(class.join("cai/photo.jpg"), b"\xff\xd8").unwrap();
    let o = slant(&["analyze", "class"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Ana thinks"), "{}", stdout(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.contains(
            "note: read class/ana/essay.txt, the only file in class slant reads; passed over \
             1 .docx file, 1 .jpg file and 1 .pdf file\n"
        ),
        "{err}"
    );
    assert!(
        err.starts_with("note: passed over 2 documents slant cannot read")
            && err.contains("class/ben/essay.docx, class/cai/essay.pdf;")
            && err.contains("save each as plain text (.txt)"),
        "{err}"
    );
    assert!(!err.contains("photo"), "{err}");
}

/// A teacher who saved reports into the class folder (`-o class/report.txt`, a text
/// table; a comparison; `slant eval … > evals.txt`) had them analysed as more students'
/// essays at the next run. Every file slant wrote is passed over and named in one note on
/// standard error, and a folder of reports alone is one line (exit 2), not an analysis.
#[test]
fn reports_slant_wrote_into_a_class_folder_are_passed_over_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    std::fs::create_dir_all(class.join("ben")).unwrap();
    std::fs::write(class.join("ana.txt"), "Ana thinks the brazen plan failed.").unwrap();
    std::fs::write(class.join("ben/essay.txt"), "Ben says everyone knows it.").unwrap();
    let labels = r#"{"id":"1","text":"Everyone knows it.","labels":{"loaded":false,"unsourced":true,"absolute":true}}"#;
    std::fs::write(dir.path().join("labels.jsonl"), format!("{labels}\n")).unwrap();
    for args in [
        &["analyze", "class", "-o", "class/all.txt"][..],
        &[
            "analyze",
            "class/ana.txt",
            "--detail",
            "-o",
            "class/ana-detail.txt",
        ],
        &[
            "analyze",
            "class/ana.txt",
            "--format",
            "markdown",
            "-o",
            "class/ben/sheet.txt",
        ],
        &[
            "compare",
            "class/ana.txt",
            "class/ben/essay.txt",
            "-o",
            "class/both.txt",
        ],
    ] {
        let o = slant(args, None, dir.path());
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
    let evals = slant(&["eval", "labels.jsonl"], None, dir.path());
    std::fs::write(class.join("evals.txt"), &evals.stdout).unwrap();
    let o = slant(&["analyze", "class", "--color", "never"], None, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("class/ana.txt") && out.contains("class/ben/essay.txt"),
        "{out}"
    );
    for report in [
        "all.txt",
        "ana-detail.txt",
        "sheet.txt",
        "both.txt",
        "evals.txt",
    ] {
        assert!(!out.contains(report), "{report} analysed: {out}");
    }
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("note: passed over what slant wrote itself")
            && err.contains("class/all.txt, class/ana-detail.txt, class/ben/sheet.txt, 2 more"),
        "{err}"
    );
    // A folder holding only reports is no class: one line says so.
    std::fs::create_dir(dir.path().join("reports-only")).unwrap();
    let o = slant(
        &["analyze", "class/ana.txt", "-o", "reports-only/ana.txt"],
        None,
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_one_line_error(
        &slant(&["analyze", "reports-only"], None, dir.path()),
        "reports-only: no article in this folder or its sub-folders, only what slant wrote",
    );
}

/// Issue 17: on a long scraped page the table leaves repeats and page furniture out in one
/// line, its totals count what was scored and say what was set aside; the same in Markdown.
#[test]
fn repeats_and_page_furniture_are_folded_in_the_table_and_the_worksheet() {
    let dir = tempfile::tempdir().unwrap();
    let body: String = (1..=30)
        .map(|i| format!("Paragraph {i} says the brazen new bus plan is a disaster.\n\n"))
        .collect();
    let text = format!(
        "Bus Lanes Divide the Council\n\nBy Dana Reyes\n\nShare on Facebook\n\n{body}Advertisement\n\n{body}{body}Sign up for our newsletter\n"
    );
    std::fs::write(dir.path().join("page.txt"), text).unwrap();
    let o = slant(
        &["analyze", "page.txt", "--color", "never"],
        None,
        dir.path(),
    );
    let out = stdout(&o);
    // A row's first line starts with one blank; lines a long cell wraps onto, with more.
    let is_row = |l: &&str| l.starts_with(' ') && !l.starts_with("  ");
    let rows = out.lines().filter(is_row).count();
    assert_eq!(
        rows,
        1 + 1 + 30 + 1,
        "header, heading, 30 scored, totals: {out}"
    );
    assert!(!out.contains("repeat of"), "{out}");
    assert!(
        out.contains(
            "60 repeated paragraphs and 4 lines of page furniture not shown; --all shows them"
        ),
        "{out}"
    );
    assert!(
        out.contains("Not scored: 1 heading, 60 repeated paragraphs and 4 lines of page furniture"),
        "{out}"
    );
    // The totals are the scored paragraphs' words (30 of 11 words), not the page's.
    let totals = out.lines().find(|l| l.starts_with(" all ")).unwrap();
    assert!(
        totals.contains("scored paragraphs") && totals.contains(" 330 "),
        "{totals}"
    );
    let all = stdout(&slant(
        &["analyze", "page.txt", "--all", "--color", "never"],
        None,
        dir.path(),
    ));
    assert_eq!(all.lines().filter(is_row).count(), 97, "{all}");
    assert!(
        all.contains("repeat of ¶5") && !all.contains("--all shows them"),
        "{all}"
    );
    let sheet = stdout(&slant(
        &["analyze", "page.txt", "--format", "markdown"],
        None,
        dir.path(),
    ));
    assert!(
        sheet.contains(
            "60 repeated paragraphs and 4 lines of page furniture not shown; --all shows them"
        ),
        "{sheet}"
    );
    assert!(!sheet.contains("repeat of"), "{sheet}");
    assert!(
        sheet.contains("| all | scored paragraphs | 30 | 330 |"),
        "{sheet}"
    );
}

/// Issue 17: JSON numbers paragraphs and sentences as the table does, from 1.
#[test]
fn json_numbers_paragraphs_and_sentences_from_1_as_the_table_does() {
    let dir = tempfile::tempdir().unwrap();
    let text = "A Plain Headline\n\nThe brazen plan failed. Critics say so.\n\nThe brazen plan failed. Critics say so.\n";
    let o = slant(
        &["analyze", "-", "--format", "json"],
        Some(text.as_bytes()),
        dir.path(),
    );
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let indices: Vec<u64> = r["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["index"].as_u64().unwrap())
        .collect();
    assert_eq!(indices, [1, 2, 3]);
    assert_eq!(r["paragraphs"][2]["duplicate_of"], 2);
    assert_eq!(r["sentences"][0]["index"], 1);
    assert_eq!(r["sentences"][1]["paragraph"], 2);
    assert_eq!(r["findings"][0]["paragraph"], 2);
    assert_eq!(r["findings"][0]["sentence"], 2);
    let table = stdout(&slant(
        &["analyze", "-", "--all", "--color", "never"],
        Some(text.as_bytes()),
        dir.path(),
    ));
    assert!(table.contains("repeat of ¶2"), "{table}");
}
