//! The Spark recipe of the README, run for real when `pyspark` is installed: slant's JSONL
//! mode as the command of `RDD.pipe` in local mode (see `tests/spark/pipe_local.py`).
//! Skipped when pyspark or Java is absent: the test's name says so, and it prints
//! `skipped: …` on the terminal (past the test harness's capture of its output).

use std::io::Write;
use std::process::Command;

/// What the test says on the terminal when it cannot run.
const SKIPPED: &str = "skipped: pyspark or java not found (pip install pyspark; a Java runtime): the Spark recipe was not run";

/// Whether `program args` runs and succeeds.
fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Issue 17: the Spark test printed `ok` when pyspark was missing and nothing ran. A
/// missing program or module is now seen as missing, and the test then says `skipped:`.
#[test]
fn a_missing_pyspark_or_java_is_seen_and_the_skip_says_so() {
    assert!(!runs("no-such-program-slant-test", &[]));
    assert!(!runs("sh", &["-c", "exit 3"]));
    assert!(runs("sh", &["-c", "exit 0"]));
    assert!(SKIPPED.starts_with("skipped: ") && SKIPPED.ends_with("was not run"));
}

#[test]
fn spark_local_mode_pipes_every_document_through_slant_once_skipped_without_pyspark() {
    if !runs("python3", &["-c", "import pyspark"]) || !runs("java", &["-version"]) {
        let _ = writeln!(std::io::stderr(), "{SKIPPED}");
        return;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/spark/pipe_local.py");
    let out = Command::new("python3")
        .args([script, env!("CARGO_BIN_EXE_slant"), "2000", "6"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.starts_with("ok: 2000 documents"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
