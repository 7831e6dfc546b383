//! The `slant` binary end to end: every command, every output format, every error path.

#[path = "../common/mod.rs"]
mod common;

use common::{
    assert_fits, assert_one_line_error, jsonl_batch, slant, slant_with_env, stderr, stdout,
};
use slant::report::Report;
use std::path::Path;

const OP_ED: &str = "Why the Plan Fails\n\nThe mayor's thugs interrupted the meeting. Many experts say the plan will fail.\n\nPoliticians never keep their promises. Nearly 40% of voters agree.\n";

fn workdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("op-ed.txt"), OP_ED).unwrap();
    dir
}

/// Writes `words.toml` with `source` into a `class/` folder of `dir`, as a teacher would.
fn class_folder(dir: &Path, source: &str) {
    std::fs::create_dir(dir.join("class")).unwrap();
    std::fs::write(dir.join("class/words.toml"), source).unwrap();
}

/// The exit code of `slant args` run in `dir`.
fn exit_code(args: &[&str], dir: &Path) -> Option<i32> {
    slant(args, None, dir).status.code()
}

mod batches;
mod classroom;
mod commands;
mod readme;
mod real_articles;
mod reports;
mod saving;
