//! Where `--save` puts each text's reports: under `reports/` in the current folder, at the
//! text's own relative path (`a/essay.txt` → `reports/a/essay.json`), so two texts never
//! share a report, nothing is written outside `reports/`, and no input or file that slant
//! did not write is replaced.

use super::error::{CliError, Result};
use super::input::{Document, id_label};
use super::output::{refuse_a_file_slant_did_not_write, refuse_to_overwrite_inputs};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// The folder `--save` writes into, in the current folder.
const REPORTS: &str = "reports";

/// The longest part of a file name taken from a document's id.
const ID_CHARS: usize = 80;

/// Where each document's reports go, without their extension (`reports/a/essay` for
/// `a/essay.txt`), distinct for every document: a name already taken in this run gets
/// `-2`, `-3`, ….
pub fn report_stems(docs: &[Document], inputs: &[PathBuf]) -> Vec<PathBuf> {
    let cwd = std::env::current_dir().ok();
    let mut taken = BTreeSet::new();
    docs.iter()
        .map(|doc| {
            let wanted = Path::new(REPORTS).join(relative_stem(doc, inputs, cwd.as_deref()));
            let mut stem = wanted.clone();
            let mut n = 1;
            while !taken.insert(stem.clone()) {
                n += 1;
                let name = wanted.file_name().unwrap_or_default().to_string_lossy();
                stem = wanted.with_file_name(format!("{name}-{n}"));
            }
            stem
        })
        .collect()
}

/// Refuses, before anything is written, a report path that is an input, a folder, or a
/// file slant did not write, or that needs a folder where a file is; a symbolic link on
/// the way to a report inside `reports/`; and a `reports` that is not a folder.
pub fn check_targets(targets: &[PathBuf], inputs: &[PathBuf]) -> Result<()> {
    let reports = Path::new(REPORTS);
    if reports.exists() && !reports.is_dir() {
        return Err(CliError::at(
            REPORTS,
            "is a file, not a folder: --save writes its reports into a folder named reports/ (move the file away, or run slant from another folder)",
        ));
    }
    for target in targets {
        refuse_to_overwrite_inputs(target, inputs)?;
        // A link inside reports/ could send a report anywhere on the disk.
        if let Some(link) = target
            .ancestors()
            .take_while(|path| *path != reports)
            .find(|path| std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()))
        {
            return Err(CliError::at(
                link.display(),
                "is a symbolic link: --save writes only inside reports/ and does not follow links (replace the link with a folder, or move it away)",
            ));
        }
        if let Some(file) = target
            .ancestors()
            .skip(1)
            .find(|folder| folder.exists() && !folder.is_dir())
        {
            return Err(CliError::at(
                file.display(),
                format!(
                    "is a file, where slant would make a folder for {} (move the file away)",
                    target.display()
                ),
            ));
        }
        let Ok(meta) = std::fs::symlink_metadata(target) else {
            continue; // not there yet
        };
        if meta.is_dir() {
            return Err(CliError::at(
                target.display(),
                "is a folder, so the report cannot be saved there (move the folder away)",
            ));
        }
        refuse_a_file_slant_did_not_write(
            target,
            "move it away, or run slant from another folder",
        )?;
    }
    Ok(())
}

/// The path of a document's reports inside `reports/`, without extension: its input's
/// path when that is inside the current folder, else the name of the file or folder given
/// and the path below it, without a leading `reports/`; standard input is `stdin`; a JSONL
/// document adds its id. Only plain names: no `..`, no root.
fn relative_stem(doc: &Document, inputs: &[PathBuf], cwd: Option<&Path>) -> PathBuf {
    let path = Path::new(&doc.path);
    let kept = if doc.path == "-" {
        PathBuf::from("stdin")
    } else {
        inside(path, cwd).unwrap_or_else(|| given_name_and_below(path, inputs, cwd))
    };
    let mut names: PathBuf = kept
        .components()
        .filter_map(|c| match c {
            Component::Normal(name) => Some(name),
            _ => None,
        })
        .collect();
    // A text already inside reports/ keeps its place there (reports/x.txt gives
    // reports/x.json), not a second reports/ under the first.
    if let Ok(below) = names.strip_prefix(REPORTS)
        && !below.as_os_str().is_empty()
    {
        names = below.to_path_buf();
    }
    let stem = names
        .file_stem()
        .map_or_else(|| "input".to_string(), |s| s.to_string_lossy().into_owned());
    let name = match &doc.id {
        Some(id) => format!("{stem}-{}", file_safe(&id_label(id))),
        None => stem,
    };
    if names.as_os_str().is_empty() {
        names.push(name);
    } else {
        names.set_file_name(name);
    }
    names
}

/// `path` relative to the current folder, when it lies inside it.
fn inside(path: &Path, cwd: Option<&Path>) -> Option<PathBuf> {
    let cwd = lexical(cwd?);
    let absolute = lexical(&cwd.join(path));
    let rest = absolute.strip_prefix(&cwd).ok()?;
    (!rest.as_os_str().is_empty()).then(|| rest.to_path_buf())
}

/// For a path outside the current folder: the name of the input it came from (a file, or
/// a folder) and the path below that input.
fn given_name_and_below(path: &Path, inputs: &[PathBuf], cwd: Option<&Path>) -> PathBuf {
    let absolute = |p: &Path| lexical(&cwd.map_or_else(|| p.to_path_buf(), |c| c.join(p)));
    let path = absolute(path);
    inputs
        .iter()
        .map(|input| absolute(input))
        .find(|input| path.starts_with(input))
        .and_then(|input| {
            let below = path.strip_prefix(&input).ok()?;
            Some(Path::new(input.file_name()?).join(below))
        })
        .unwrap_or_else(|| PathBuf::from(path.file_name().unwrap_or_default()))
}

/// `path` with `.` and `name/..` taken out, without looking at the disk.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else if !out.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// An id as part of a file name: letters, digits, `-`, `_` and `.` kept, anything else
/// (a `/`, a space) made `_`, at most [`ID_CHARS`] characters.
fn file_safe(id: &str) -> String {
    let safe: String = id
        .chars()
        .take(ID_CHARS)
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.is_empty() {
        "_".to_string()
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(path: &str, id: Option<serde_json::Value>) -> Document {
        Document {
            path: path.to_string(),
            id,
            text: String::new(),
            warnings: Vec::new(),
            headings: Vec::new(),
        }
    }

    fn stems(paths: &[(&str, Option<serde_json::Value>)], inputs: &[&str]) -> Vec<String> {
        let docs: Vec<Document> = paths.iter().map(|(p, id)| doc(p, id.clone())).collect();
        let inputs: Vec<PathBuf> = inputs.iter().map(PathBuf::from).collect();
        let cwd = Path::new("/home/teacher/class");
        let mut taken = BTreeSet::new();
        docs.iter()
            .map(|d| {
                let stem = relative_stem(d, &inputs, Some(cwd));
                assert!(taken.insert(stem.clone()), "{stem:?} twice");
                stem.display().to_string()
            })
            .collect()
    }

    #[test]
    fn paths_inside_the_current_folder_are_kept() {
        let got = stems(
            &[
                ("a/essay.txt", None),
                ("b/essay.txt", None),
                ("./c/./d/../essay.md", None),
                ("/home/teacher/class/e/essay.txt", None),
                ("../class/f/essay.txt", None),
            ],
            &[],
        );
        assert_eq!(got, ["a/essay", "b/essay", "c/essay", "e/essay", "f/essay"]);
    }

    #[test]
    fn a_text_already_inside_reports_keeps_its_place_there() {
        let got = stems(
            &[
                ("reports/x.txt", None),
                ("./reports/class/amara.txt", None),
                ("../other/reports/y.txt", None),
                ("reports.txt", None),
            ],
            &["../other/reports"],
        );
        assert_eq!(got, ["x", "class/amara", "y", "reports"]);
    }

    #[test]
    fn paths_outside_keep_the_given_name_and_what_is_below_it() {
        let got = stems(
            &[
                ("../other/alice/essay.txt", None),
                ("/tmp/downloads/op-ed.html", None),
                ("../../x.txt", None),
            ],
            &["../other", "/tmp/downloads/op-ed.html", "../../x.txt"],
        );
        assert_eq!(got, ["other/alice/essay", "op-ed", "x"]);
    }

    #[test]
    fn standard_input_and_ids_make_plain_names() {
        let got = stems(
            &[
                ("-", None),
                ("-", Some(serde_json::json!("../../etc/passwd"))),
                ("batch.jsonl", Some(serde_json::json!(7))),
                ("batch.jsonl", Some(serde_json::json!("a/b c"))),
                ("batch.jsonl", Some(serde_json::json!(""))),
            ],
            &[],
        );
        assert_eq!(
            got,
            [
                "stdin",
                "stdin-.._.._etc_passwd",
                "batch-7",
                "batch-a_b_c",
                "batch-_"
            ]
        );
    }

    #[test]
    fn every_stem_is_plain_names_under_reports_and_distinct() {
        let docs: Vec<Document> = ["a.txt", "a.md", "../a.txt", "/a.txt", "-", "-"]
            .iter()
            .map(|p| doc(p, None))
            .collect();
        let got = report_stems(&docs, &[]);
        let distinct: BTreeSet<_> = got.iter().collect();
        assert_eq!(distinct.len(), got.len(), "{got:?}");
        for stem in &got {
            let mut parts = stem.components();
            assert_eq!(parts.next(), Some(Component::Normal(REPORTS.as_ref())));
            assert!(parts.all(|c| matches!(c, Component::Normal(_))), "{stem:?}");
        }
        assert!(got[1].ends_with("a-2"), "{got:?}");
    }
}
