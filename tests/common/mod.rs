//! Running the real `slant` binary from integration tests.

#![allow(dead_code)] // each test file uses its own share of the helpers

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `slant args` in `dir` with `stdin`, colour decided by the arguments alone, and
/// tables as wide as for a file (80 columns) whatever `COLUMNS` the tests run under.
pub fn slant(args: &[&str], stdin: Option<&[u8]>, dir: &Path) -> Output {
    slant_with_stdin_and_env(args, stdin, &[], dir)
}

/// Runs `slant args` in `dir` with the environment variables `env` set (`COLUMNS`).
pub fn slant_with_env(args: &[&str], env: &[(&str, &str)], dir: &Path) -> Output {
    slant_with_stdin_and_env(args, None, env, dir)
}

fn slant_with_stdin_and_env(
    args: &[&str],
    stdin: Option<&[u8]>,
    env: &[(&str, &str)],
    dir: &Path,
) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        input.write_all(bytes).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// `slant analyze` in JSONL-in, JSONL-out batch mode on `input` (`-` for standard input).
pub fn jsonl_batch(input: &str) -> [&str; 6] {
    [
        "analyze",
        "--input-format",
        "jsonl",
        "--format",
        "jsonl",
        input,
    ]
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Asserts that every line of `out` fits a terminal `width` characters wide.
#[track_caller]
pub fn assert_fits(out: &str, width: usize) {
    for line in out.lines() {
        let wide = line.chars().count();
        assert!(wide <= width, "{wide} wide: {line}\n{out}");
    }
}

/// Asserts exit code 2 and exactly one line on stderr containing `needle`, no panic.
#[track_caller]
pub fn assert_one_line_error(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(needle), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Runs `slant args` in `dir` with a terminal as its standard output and error (through
/// util-linux's `script`), and returns its exit code and what the terminal showed; `None`
/// where `script` is missing or not util-linux's (tests that need a terminal then skip).
pub fn slant_on_a_terminal(args: &[&str], dir: &Path) -> Option<(Option<i32>, String)> {
    slant_on_a_terminal_typing(args, b"", dir)
}

/// [`slant_on_a_terminal`] with `typed` typed on the terminal's keyboard (its standard
/// input is the terminal too; end it with `\x04`, Ctrl+D, to end the input). In CI (`CI`
/// set, as `.ci/run` does) a missing `script` fails the test instead of skipping it.
pub fn slant_on_a_terminal_typing(
    args: &[&str],
    typed: &[u8],
    dir: &Path,
) -> Option<(Option<i32>, String)> {
    let shown = run_on_a_terminal(args, typed, dir);
    assert!(
        shown.is_some() || std::env::var_os("CI").is_none(),
        "util-linux script not found: CI needs it for the terminal tests"
    );
    shown
}

fn run_on_a_terminal(args: &[&str], typed: &[u8], dir: &Path) -> Option<(Option<i32>, String)> {
    let quoted: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_slant"))
        .chain(args.iter().copied())
        .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
        .collect();
    let mut child = Command::new("script")
        .args([
            "--quiet",
            "--return",
            "--command",
            &quoted.join(" "),
            "/dev/null",
        ])
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut keyboard = child.stdin.take().unwrap();
    keyboard.write_all(typed).ok()?;
    drop(keyboard);
    let o = child.wait_with_output().ok()?;
    let shown = String::from_utf8_lossy(&o.stdout).replace("\r\n", "\n");
    if o.status.code() == Some(1) && shown.is_empty() && !o.stderr.is_empty() {
        return None; // a `script` that does not take these options
    }
    Some((o.status.code(), shown))
}
