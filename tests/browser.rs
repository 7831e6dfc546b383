//! The HTML report of each sample in `reports/`, rendered by a real browser (headless
//! Chromium): the page must load without errors or network requests, and its
//! screenshot must show something. Screenshots land in `target/screenshots/`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Debian's `chromium` (installed by `.ci/run` when missing), or `$CHROMIUM`.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(path);
    }
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {name}")])
            .output()
            .ok()
            .filter(|o| o.status.success());
        if let Some(o) = found {
            return PathBuf::from(String::from_utf8_lossy(&o.stdout).trim());
        }
    }
    panic!("headless Chromium is needed for this test: apt-get install chromium (.ci/run does)");
}

/// Share of pixels that are not (nearly) white, and how many distinct colours appear.
fn ink(png_path: &Path) -> (f64, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    let channels = info.color_type.samples();
    let pixels = &buffer[..info.buffer_size()];
    let mut inked = 0usize;
    let mut colours = std::collections::HashSet::new();
    for px in pixels.chunks(channels) {
        if px[..3].iter().any(|&c| c < 235) {
            inked += 1;
        }
        colours.insert([px[0] / 16, px[1] / 16, px[2] / 16]);
    }
    (
        inked as f64 / (pixels.len() / channels) as f64,
        colours.len(),
    )
}

#[test]
fn sample_html_reports_render_in_a_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root.join("reports"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 3, "every sample has its HTML report");
    for page in pages {
        renders(&page, 0.03);
    }
}

/// The worked exercise's printable worksheet, answer key and class report, and the
/// comparison of two samples.
#[test]
fn exercise_and_comparison_pages_render_in_a_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in ["worksheet.html", "key.html", "class-report.html"] {
        // A worksheet is mostly white paper: less ink than a highlighted report.
        renders(&root.join("reports/exercise").join(name), 0.01);
    }
    let out = tempfile::tempdir().unwrap();
    let page = out.path().join("compare.html");
    let made = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args([
            "compare",
            "reports/parking-meters.txt",
            "reports/phones-in-class.txt",
            "--format",
            "html",
            "-o",
        ])
        .arg(&page)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    renders(&page, 0.01);
}

/// Loads `page` in headless Chromium: no console errors, no network requests, and a
/// screenshot (in `target/screenshots/`, named after the page and its folder) that
/// shows something: at least `min_inked` of its pixels not white.
fn renders(page: &Path, min_inked: f64) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shots = root.join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    // Pages of other folders are named after their folder too (the worked exercise's).
    let name = page.with_extension("png");
    let name = name.file_name().unwrap().to_string_lossy();
    let shot = match page.parent().and_then(|p| p.file_name()) {
        Some(folder) if folder != "reports" && !folder.to_string_lossy().starts_with('.') => {
            shots.join(format!("{}-{name}", folder.to_string_lossy()))
        }
        _ => shots.join(&*name),
    };
    let browser = chromium();
    let _ = std::fs::remove_file(&shot);
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            // Any request leaving the page would fail and be logged.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--window-size=1000,2400",
            &format!("--user-data-dir={}", profile.path().display()),
            &format!("--screenshot={}", shot.display()),
            &format!("file://{}", page.display()),
        ])
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{}: {log}", page.display());
    let console_errors: Vec<&str> = log
        .lines()
        .filter(|l| {
            l.contains("CONSOLE")
                || l.contains("Failed to load")
                || l.contains("ERR_NAME_NOT_RESOLVED")
        })
        .collect();
    assert!(
        console_errors.is_empty(),
        "{}: {console_errors:?}",
        page.display()
    );
    let (inked, colours) = ink(&shot);
    assert!(
        inked > min_inked && colours > 8,
        "{}: the screenshot looks blank ({:.1}% inked, {colours} colours)",
        page.display(),
        inked * 100.0
    );
}
