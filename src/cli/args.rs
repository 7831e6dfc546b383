//! Arguments more than one command takes: which lexicons to use.

use super::error::{CliError, Result};
use slant::counting::plural;
use slant::lexicon::LexiconSet;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct LexiconArgs {
    /// A folder of lexicon files: same name as a built-in replaces it, a new name adds one.
    #[arg(long, value_name = "DIR")]
    lexicons: Option<PathBuf>,
    /// Start from no lexicons at all (use with --lexicons).
    #[arg(long)]
    no_builtin_lexicons: bool,
}

impl LexiconArgs {
    /// The lexicons these arguments ask for: the built-in ones, a folder's, or both.
    pub fn load(&self) -> Result<LexiconSet> {
        let base = if self.no_builtin_lexicons {
            LexiconSet::default()
        } else {
            LexiconSet::builtin()
        };
        if let Some(dir) = &self.lexicons {
            refuse_a_lexicon_file(dir)?;
        }
        let set = match &self.lexicons {
            Some(dir) => base.with_folder(dir).map_err(|errors| {
                let first = errors[0].to_string();
                let more = errors.len() - 1;
                CliError::new(if more > 0 {
                    format!(
                        "{first} (and {} more; run `slant lexicons check {}`)",
                        plural(more, "problem", "problems"),
                        super::shell::quoted(&dir.display().to_string())
                    )
                } else {
                    first
                })
            })?,
            None => base,
        };
        if self.no_builtin_lexicons && self.lexicons.is_none() {
            return Err(CliError::new(
                "--no-builtin-lexicons needs --lexicons DIR: there would be nothing to look for",
            ));
        }
        Ok(set)
    }
}

/// Refuses a lexicon file where its folder is asked for: `lexicons check
/// class-words/loaded-class.toml` said "cannot read lexicon folder: Not a directory",
/// then "1 problem found".
pub fn refuse_a_lexicon_file(path: &Path) -> Result<()> {
    if !path.is_file() {
        return Ok(());
    }
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Err(CliError::at(
        path.display(),
        format!(
            "is a file: lexicons are read by folder; give the folder that holds it ({})",
            folder.display()
        ),
    ))
}
