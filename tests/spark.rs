//! The Spark recipe of the README, run for real when `pyspark` is installed: slant's JSONL
//! mode as the command of `RDD.pipe` in local mode (see `tests/spark/pipe_local.py`).
//! Skipped when pyspark or Java is absent: the test's name says so, and it prints
//! `skipped: …` on the terminal (past the test harness's capture of its output).

use std::io::Write;
use std::process::Command;

#[test]
fn spark_local_mode_pipes_every_document_through_slant_once_skipped_without_pyspark() {
    let has_pyspark = Command::new("python3")
        .args(["-c", "import pyspark"])
        .output()
        .is_ok_and(|o| o.status.success());
    let has_java = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_pyspark || !has_java {
        let _ = writeln!(
            std::io::stderr(),
            "skipped: pyspark or java not found (pip install pyspark; a Java runtime): the Spark recipe was not run"
        );
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
