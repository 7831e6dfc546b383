//! The worked examples in `reports/` stay in step with the analyzer.
//!
//! Each `reports/NAME.txt` has its report in `reports/NAME.json` and its HTML page in
//! `reports/NAME.html`. When the analyzer changes,
//! regenerate them with `SNAPSHOTS=overwrite cargo test --test samples` and review the diff.

use std::path::Path;
use std::process::Command;

#[test]
fn sample_reports_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let mut samples: Vec<_> = std::fs::read_dir(root.join("reports"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    samples.sort();
    assert!(
        samples.len() >= 3,
        "the repo ships at least three sample opinion pieces"
    );
    let mut stale = Vec::new();
    for sample in samples {
        let name = sample.file_name().unwrap().to_str().unwrap();
        let relative = format!("reports/{name}");
        for (format, extension) in [("json", "json"), ("html", "html")] {
            let out = Command::new(env!("CARGO_BIN_EXE_slant"))
                .args(["analyze", &relative, "--format", format])
                .current_dir(root)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{relative}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let fresh = String::from_utf8(out.stdout).unwrap();
            let expected_path = sample.with_extension(extension);
            if overwrite {
                std::fs::write(&expected_path, &fresh).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if expected != fresh {
                stale.push(expected_path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale sample reports: {stale:?}\nregenerate with: SNAPSHOTS=overwrite cargo test --test samples"
    );
}
