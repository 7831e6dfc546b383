//! Table tests of the unsourced-assertion detector: sentences written for them, flagged or not.

use super::*;
use crate::detector::testing::{built, check_table};

/// Vague and anonymous sources: who says so, and can the reader look them up.
mod attribution;
/// Agentless passives, accusations, reactions and common knowledge: claims no one's name is on.
mod passive;
/// Figures and statistics: when a number needs a source.
mod statistics;

/// Checks each sentence of `cases` gets exactly the findings listed.
fn check(cases: &[(&str, &[&str])]) {
    let d = built(UnsourcedAssertion::new);
    check_table(&d.vocabulary, cases, |s| d.detect(s));
}
