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

fn sample_report(name: &str) -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("reports")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn each_sample_gets_the_level_the_readme_gives_it() {
    // README, "Worked examples": strongly slanted, moderate, near-neutral news item.
    for (name, level) in [
        ("parking-meters.json", "high"),
        ("phones-in-class.json", "moderate"),
        ("library-hours.json", "low"),
    ] {
        let summary = &sample_report(name)["summary"];
        assert_eq!(summary["level"], level, "{name}: {summary}");
    }
}

/// A paragraph's charge recomputed from the report's findings, as docs/scores.md explains:
/// the author's own loaded-language and absolute-claim findings, each sentence counting
/// once per category with its heaviest.
fn charge_by_hand(report: &serde_json::Value, paragraph: u64) -> u64 {
    charges_by_sentence(report, paragraph).iter().sum()
}

/// The charge of each sentence of a paragraph that has one, in the order of the text.
fn charges_by_sentence(report: &serde_json::Value, paragraph: u64) -> Vec<u64> {
    let mut heaviest = std::collections::BTreeMap::new();
    for f in report["findings"].as_array().unwrap() {
        let category = f["category"].as_str().unwrap();
        if f["paragraph"] != paragraph || f["quoted"] == true || category == "unsourced-assertion" {
            continue;
        }
        let key = (f["sentence"].as_u64().unwrap(), category.to_string());
        let weight = f["weight"].as_u64().unwrap();
        let kept = heaviest.entry(key).or_insert(0);
        *kept = weight.max(*kept);
    }
    let mut by_sentence = std::collections::BTreeMap::new();
    for ((sentence, _), weight) in heaviest {
        *by_sentence.entry(sentence).or_insert(0) += weight;
    }
    by_sentence.into_values().collect()
}

#[test]
fn the_worked_example_of_docs_scores_is_recomputed_from_the_json_report() {
    let report = sample_report("parking-meters.json");
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scores.md"))
        .unwrap();
    let mut weighted = 0.0;
    let mut words_in_all = 0;
    let mut terms = Vec::new();
    for p in report["paragraphs"].as_array().unwrap() {
        let Some(score) = p["score"].as_u64() else {
            continue;
        };
        let words = p["words"].as_u64().unwrap();
        let charge = charge_by_hand(&report, p["index"].as_u64().unwrap());
        assert_eq!(p["charge"].as_u64(), Some(charge), "{p}");
        let length = (words as f64 + 20.0) / 20.0;
        let by_hand = (100.0 * charge as f64 / (charge as f64 + length)).round() as u64;
        assert_eq!(score, by_hand, "{p}");
        weighted += (score * words) as f64;
        words_in_all += words;
        terms.push(format!("{score} × {words}"));
    }
    let overall = (weighted / words_in_all as f64).round() as u64;
    assert_eq!(report["summary"]["score"].as_u64(), Some(overall));
    // The numbers the document shows for paragraph 4 and for the whole text.
    let p4 = &report["paragraphs"][3];
    let (words, charge) = (
        p4["words"].as_u64().unwrap(),
        p4["charge"].as_u64().unwrap(),
    );
    let score = p4["score"].as_u64().unwrap();
    for shown in [
        format!("paragraph 4 ({words} words)"),
        format!(
            "C = {} = **{charge}**",
            charges_by_sentence(&report, p4["index"].as_u64().unwrap())
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(" + ")
        ),
        format!("N = ({words} + 20) / 20 = {}", (words as f64 + 20.0) / 20.0),
        format!(
            "round(100 × {charge} / ({charge} + {})) =",
            (words as f64 + 20.0) / 20.0
        ),
        format!("= **{score}**"),
        format!("round(({}) / {words_in_all}) =", terms.join(" + ")),
        format!(
            "= **{overall}**: {}",
            report["summary"]["level"].as_str().unwrap()
        ),
    ] {
        assert!(
            doc.replace('\n', " ").contains(&shown),
            "docs/scores.md should show {shown:?}"
        );
    }
    assert_eq!(p4["level"], "high");
}
