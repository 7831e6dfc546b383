//! `slant lexicons`: list the lexicons in effect, check a teacher's folder of them, or
//! copy the built-in ones out as a starting point.

use super::args::LexiconArgs;
use super::error::{CliError, Result};
use super::output::{table_width, write_atomically};
use slant::builtin_lexicons::BUILTIN;
use slant::counting::plural;
use slant::example_check::check_examples;
use slant::lexicon::{Lexicon, LexiconSet, Origin};
use slant::report::table::lexicon_table;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum LexiconCommand {
    /// List the lexicons in effect with their sizes.
    List(LexiconArgs),
    /// Validate a folder of lexicon files and run their examples.
    Check {
        /// The folder to check.
        dir: PathBuf,
    },
    /// Write the built-in lexicons into DIR as a starting point for your own.
    Dump {
        /// Where to write them (created if missing; existing files are never overwritten).
        dir: PathBuf,
    },
}

pub fn run(command: LexiconCommand) -> Result<ExitCode> {
    match command {
        LexiconCommand::List(args) => list(&args.load()?),
        LexiconCommand::Check { dir } => check(&dir),
        LexiconCommand::Dump { dir } => dump(&dir),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn list(set: &LexiconSet) -> Result<()> {
    let listed = lexicon_table(set, table_width(true));
    std::io::stdout().lock().write_all(listed.as_bytes())?;
    Ok(())
}

/// Every problem in the folder's files, then every example of theirs that fails, on
/// standard output; the error counts them.
fn check(dir: &Path) -> Result<()> {
    super::args::refuse_a_lexicon_file(dir)?;
    let mut stdout = std::io::stdout().lock();
    let set = match LexiconSet::builtin().with_folder(dir) {
        Ok(set) => set,
        // A folder that is missing or holds no lexicon: that one line is the error, not
        // a line on standard output and "1 problem found" under it.
        Err(errors) if matches!(errors.as_slice(), [only] if only.line.is_none() && Path::new(&only.path) == dir) =>
        {
            return Err(CliError::new(errors[0].to_string()));
        }
        Err(errors) => {
            for e in &errors {
                writeln!(stdout, "{e}")?;
            }
            let found = plural(errors.len(), "problem", "problems");
            return Err(CliError::at(dir.display(), format!("{found} found")));
        }
    };
    let from_folder = |l: &Lexicon| matches!(l.origin, Origin::File(_));
    let errors = check_examples(&set, from_folder);
    for e in &errors {
        writeln!(stdout, "{e}")?;
    }
    if !errors.is_empty() {
        let failed = plural(errors.len(), "example", "examples");
        return Err(CliError::at(dir.display(), format!("{failed} failed")));
    }
    let checked: Vec<_> = set.lexicons.iter().filter(|l| from_folder(l)).collect();
    let examples: usize = checked
        .iter()
        .map(|l| {
            l.examples.len()
                + l.counter_examples.len()
                + l.entries
                    .iter()
                    .map(|e| e.examples.len() + e.counter_examples.len())
                    .sum::<usize>()
        })
        .sum();
    let files = plural(checked.len(), "lexicon file", "lexicon files");
    let examples = plural(examples, "example holds", "examples hold");
    writeln!(stdout, "ok: {files} valid, {examples}")?;
    Ok(())
}

/// Writes the built-in lexicons into `dir`, refusing before writing anything if one
/// file is already there.
fn dump(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| CliError::io(dir.display(), &e))?;
    for (name, _) in BUILTIN {
        let path = dir.join(format!("{name}.toml"));
        if path.exists() {
            // Said with what to do: a teacher dumping twice meant to start again.
            return Err(CliError::at(
                path.display(),
                format!(
                    "already exists; not overwriting it (your edits may be in it): dump into \
                     a new folder, or delete {} first to start again",
                    dir.display()
                ),
            ));
        }
    }
    for (name, source) in BUILTIN {
        write_atomically(&dir.join(format!("{name}.toml")), source)?;
    }
    writeln!(
        std::io::stdout().lock(),
        "wrote {} lexicons to {}",
        BUILTIN.len(),
        dir.display()
    )?;
    Ok(())
}
