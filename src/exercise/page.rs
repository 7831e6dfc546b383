//! The look shared by the exercise pages (worksheet, key, class report, comparison):
//! one column, no scripts, fonts or network, readable on paper and on a phone.

use crate::category::Category;
use crate::report::html::escape;

/// The CSS class of a category's marks in the exercise pages.
pub(crate) fn css_class(category: Category) -> &'static str {
    category.short_name()
}

/// Style shared by the exercise pages: one column, readable on paper and on a phone.
/// Its first rule, `:root`, is made by [`page_style`] from [`Category::css_variables`].
const PAGE_STYLE: &str = r#"
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); margin: 0 auto; max-width: 50rem; padding: 1rem; background: #fff; }
h1 { font-size: 1.5rem; line-height: 1.2; margin: .4rem 0; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.meta, .hint { color: var(--muted); font-size: .92rem; }
table { border-collapse: collapse; font: 14px/1.4 system-ui, sans-serif; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .4rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; white-space: nowrap; }
th.n, td.wrap { white-space: normal; }
td { overflow-wrap: anywhere; }
@media (max-width: 30rem) { table { font-size: 13px; } th, td { padding: .2rem .2rem; } }
.scroll { overflow-x: auto; }
b.loaded { color: var(--loaded); text-decoration: underline solid; }
b.unsourced { color: var(--unsourced); text-decoration: underline dashed; }
b.absolute { color: var(--absolute); text-decoration: underline double; }
b sup { font: bold 10px/1 system-ui, sans-serif; margin-left: 1px; }
.cat { font-weight: bold; }
.cat.loaded { color: var(--loaded); } .cat.unsourced { color: var(--unsourced); } .cat.absolute { color: var(--absolute); }
ul.feedback { padding-left: 1.2rem; } ul.feedback li { margin: .35rem 0; }
.warn { background: #fff4e5; border-left: 4px solid #b26a00; padding: .4rem .6rem; }
@media print {
  body { max-width: none; font-size: 11pt; padding: 0; }
  a { color: inherit; text-decoration: none; }
  tr, li, .sentence { break-inside: avoid; }
  b { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// The start of an exercise page up to `<body>`. Its generator line tells slant's folder
/// walks that the page is an exercise's (a worksheet, a key, a class report), not an
/// article or a student's answers; it differs from the analysis pages' `slant`, which
/// `--save` may replace.
pub(crate) fn page_head(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"slant exercise\">\n\
         <title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
        escape(title),
        page_style()
    )
}

/// The exercise pages' style sheet, its category colours from [`Category`].
fn page_style() -> String {
    format!(
        "\n:root {{ {} --ink: #1d1d1f; --muted: #555; }}{PAGE_STYLE}",
        Category::css_variables()
    )
}
