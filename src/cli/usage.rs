//! Bad usage as one line: clap's own message for an unknown flag, a missing or bad value,
//! an unknown subcommand, written from the error's kind and context (not from its
//! rendered text), then the help to ask for — `slant: error: unexpected argument
//! '--bogus' found (try 'slant analyze --help')` where clap printed six lines with a usage.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::ffi::OsString;

/// Whether clap prints `error` itself as it always has: `--help`, `--version`, and the
/// help shown for a command given without its subcommand (`slant`, `slant exercise`).
pub fn is_help_or_version(error: &clap::Error) -> bool {
    matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// The one line for a usage error: clap's message, what clap suggests, and the help of
/// the (sub)command the arguments `args` (without the program's name) reached.
pub fn one_line(error: &clap::Error, command: &clap::Command, args: &[OsString]) -> String {
    let mut line = message(error);
    for (kind, what) in [
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ] {
        if let Some((count, similar)) = error.get(kind).and_then(similar) {
            line.push_str(&match count {
                1 => format!("; a similar {what} exists: {similar}"),
                _ => format!("; some similar {what}s exist: {similar}"),
            });
        }
    }
    // "slant op-ed.txt": a file name where a subcommand goes.
    if error.kind() == ErrorKind::InvalidSubcommand
        && let Some(ContextValue::String(name)) = error.get(ContextKind::InvalidSubcommand)
        && args.first().and_then(|a| a.to_str()) == Some(name.as_str())
        && name.contains(['.', '/', '\\'])
    {
        line.push_str(&format!(
            "; to analyze a file: slant analyze {}",
            super::shell::quoted(name)
        ));
    }
    // Clap's tips: "to pass '-1' as a value, use '-- -1'". Not for an unknown long flag
    // ("--bogus"): no value slant takes looks like one.
    let long_flag = matches!(
        error.get(ContextKind::InvalidArg),
        Some(ContextValue::String(arg)) if arg.starts_with("--")
    );
    if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested)
        && !long_flag
    {
        for tip in tips {
            line.push_str(&format!("; tip: {}", tip.to_string().trim()));
        }
    }
    line.push_str(&format!(" (try '{} --help')", command_path(command, args)));
    line
}

/// Clap's own message for `error`, on one line: a list clap puts under the message
/// (required arguments, possible values) follows it on the same line.
fn message(error: &clap::Error) -> String {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let list = |kind| match error.get(kind) {
        Some(ContextValue::Strings(values)) if !values.is_empty() => Some(values.join(", ")),
        _ => None,
    };
    let were = |n: isize| if n > 1 { "were" } else { "was" };
    let (arg, value) = (
        text(ContextKind::InvalidArg),
        text(ContextKind::InvalidValue),
    );
    let said = match error.kind() {
        ErrorKind::UnknownArgument => arg.map(|arg| format!("unexpected argument '{arg}' found")),
        ErrorKind::InvalidSubcommand => text(ContextKind::InvalidSubcommand)
            .map(|sub| format!("unrecognized subcommand '{sub}'")),
        ErrorKind::InvalidValue => arg.zip(value).map(|(arg, value)| {
            let said = if value.is_empty() {
                format!("a value is required for '{arg}' but none was supplied")
            } else {
                format!("invalid value '{value}' for '{arg}'")
            };
            match list(ContextKind::ValidValue) {
                Some(values) => format!("{said} [possible values: {values}]"),
                None => said,
            }
        }),
        ErrorKind::ValueValidation => {
            arg.zip(value)
                .map(|(arg, value)| match std::error::Error::source(error) {
                    Some(why) => format!("invalid value '{value}' for '{arg}': {why}"),
                    None => format!("invalid value '{value}' for '{arg}'"),
                })
        }
        ErrorKind::MissingRequiredArgument => list(ContextKind::InvalidArg)
            .map(|args| format!("the following required arguments were not provided: {args}")),
        ErrorKind::MissingSubcommand => text(ContextKind::InvalidSubcommand).map(|sub| {
            let said = format!("'{sub}' requires a subcommand but one was not provided");
            match list(ContextKind::ValidSubcommand) {
                Some(subs) => format!("{said} [subcommands: {subs}]"),
                None => said,
            }
        }),
        ErrorKind::ArgumentConflict => arg.map(|arg| {
            let prior = match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if prior == arg => {
                    return format!("the argument '{arg}' cannot be used multiple times");
                }
                Some(ContextValue::String(prior)) => format!("'{prior}'"),
                Some(ContextValue::Strings(prior)) => prior
                    .iter()
                    .map(|p| format!("'{p}'"))
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => "one or more of the other specified arguments".to_string(),
            };
            format!("the argument '{arg}' cannot be used with {prior}")
        }),
        ErrorKind::NoEquals => {
            arg.map(|arg| format!("equal sign is needed when assigning values to '{arg}'"))
        }
        ErrorKind::TooManyValues => arg.zip(value).map(|(arg, value)| {
            format!("unexpected value '{value}' for '{arg}' found; no more were expected")
        }),
        ErrorKind::TooFewValues => match (
            arg,
            number(ContextKind::ActualNumValues),
            number(ContextKind::MinValues),
        ) {
            (Some(arg), Some(actual), Some(min)) => Some(format!(
                "{min} values required by '{arg}'; only {actual} {} provided",
                were(actual)
            )),
            _ => None,
        },
        ErrorKind::WrongNumberOfValues => match (
            arg,
            number(ContextKind::ActualNumValues),
            number(ContextKind::ExpectedNumValues),
        ) {
            (Some(arg), Some(actual), Some(expected)) => Some(format!(
                "{expected} values required for '{arg}' but {actual} {} provided",
                were(actual)
            )),
            _ => None,
        },
        _ => None,
    };
    said.or_else(|| std::error::Error::source(error).map(ToString::to_string))
        .or_else(|| error.kind().as_str().map(str::to_string))
        .unwrap_or_else(|| "bad arguments".to_string())
}

/// What clap found similar, quoted (`'html'`, or `'a', 'b'`), and how many.
fn similar(value: &ContextValue) -> Option<(usize, String)> {
    let quoted = |values: &[String]| {
        let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
        (values.len(), quoted.join(", "))
    };
    match value {
        ContextValue::String(one) => Some(quoted(std::slice::from_ref(one))),
        ContextValue::Strings(many) if !many.is_empty() => Some(quoted(many)),
        _ => None,
    }
}

/// `slant` and the subcommands `args` name in turn from the start (`slant exercise new`):
/// whose help to try.
fn command_path(command: &clap::Command, args: &[OsString]) -> String {
    let mut path = command.get_name().to_string();
    let mut at = command;
    for arg in args {
        let Some(sub) = arg.to_str().and_then(|name| at.find_subcommand(name)) else {
            break;
        };
        path.push(' ');
        path.push_str(sub.get_name());
        at = sub;
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The line for `args`, parsed by the real command line.
    fn line(args: &[&str]) -> String {
        let command = crate::cli::Args::command();
        let error = command
            .clone()
            .try_get_matches_from(std::iter::once("slant").chain(args.iter().copied()))
            .expect_err("bad usage");
        assert!(!is_help_or_version(&error), "{args:?}");
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        one_line(&error, &command, &args)
    }

    #[test]
    fn each_usage_error_is_clap_message_and_the_help_to_try_on_one_line() {
        let cases: &[(&[&str], &str)] = &[
            (
                &["analyze", "--bogus", "a.txt"],
                "unexpected argument '--bogus' found (try 'slant analyze --help')",
            ),
            (
                &["analyze", "a.txt", "--formt", "json"],
                "unexpected argument '--formt' found; a similar argument exists: '--format' \
                 (try 'slant analyze --help')",
            ),
            (
                &["analyze", "a.txt", "--format"],
                "a value is required for '--format <FORMAT>' but none was supplied \
                 [possible values: table, json, jsonl, html, markdown] (try 'slant analyze --help')",
            ),
            (
                &["analyse", "a.txt", "--format", "xml"],
                "invalid value 'xml' for '--format <FORMAT>' \
                 [possible values: table, json, jsonl, html, markdown]; \
                 a similar value exists: 'html' (try 'slant analyze --help')",
            ),
            (
                &["analyze", "a.txt", "--fail-above", "abc"],
                "invalid value 'abc' for '--fail-above <SCORE>': invalid digit found in string \
                 (try 'slant analyze --help')",
            ),
            (
                &["eval"],
                "the following required arguments were not provided: <INPUTS>... \
                 (try 'slant eval --help')",
            ),
            (
                &["exercise", "new"],
                "the following required arguments were not provided: --output <DIR>, <ARTICLE> \
                 (try 'slant exercise new --help')",
            ),
            (
                &["analyze", "--fail-above", "-1", "a.txt"],
                "unexpected argument '-1' found; tip: to pass '-1' as a value, use '-- -1' \
                 (try 'slant analyze --help')",
            ),
            (
                &["op-ed.txt"],
                "unrecognized subcommand 'op-ed.txt'; to analyze a file: slant analyze op-ed.txt \
                 (try 'slant --help')",
            ),
            (
                &["frobnicate"],
                "unrecognized subcommand 'frobnicate' (try 'slant --help')",
            ),
            (
                &["analyz", "a.txt"],
                "unrecognized subcommand 'analyz'; some similar subcommands exist: 'analyse', \
                 'analyze' \
                 (try 'slant --help')",
            ),
            (
                &["lexicons", "lst"],
                "unrecognized subcommand 'lst'; a similar subcommand exists: 'list' \
                 (try 'slant lexicons --help')",
            ),
        ];
        for (args, expected) in cases {
            assert_eq!(line(args), *expected, "{args:?}");
        }
    }

    #[test]
    fn help_version_and_a_bare_command_stay_clap_own() {
        for args in [
            &["--help"][..],
            &["--version"],
            &["analyze", "--help"],
            &["help", "analyze"],
            &[],
            &["exercise"],
        ] {
            let error = crate::cli::Args::command()
                .try_get_matches_from(std::iter::once("slant").chain(args.iter().copied()))
                .expect_err("help or version");
            assert!(is_help_or_version(&error), "{args:?}: {:?}", error.kind());
        }
    }
}
