//! zhibiao (指标): turns Chinese government report text into indicator rows.
//!
//! ```
//! let report = zhibiao::parse("地区生产总值完成63.65亿元，同比增长5.2%。");
//! let gdp = &report.rows[0];
//! assert_eq!(gdp.canonical.as_deref(), Some("地区生产总值"));
//! assert_eq!(gdp.value, Some(63.65));
//! assert_eq!(gdp.unit.as_deref(), Some("亿元"));
//! assert_eq!(gdp.change, Some(5.2));
//! ```
//!
//! The text goes through stages, each a module: [`normalize`] → [`structure`]
//! → [`clause`] → [`quantity`] → [`facts`] → rows ([`model::Row`]).

pub mod category;
pub mod clause;
#[cfg(not(target_arch = "wasm32"))]
pub mod corpus;
pub mod facts;
#[cfg(not(target_arch = "wasm32"))]
pub mod html;
pub mod indicator;
#[cfg(not(target_arch = "wasm32"))]
pub mod input;
#[cfg(any(target_arch = "wasm32", test))]
mod json_out;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod number;
pub mod options;
pub mod order;
pub mod panel;
pub mod period;
pub mod quantity;
pub mod render;
pub mod status;
pub mod structure;
pub mod subject;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use indicator::{Dictionary, DictionaryError};
pub use model::{Category, Kind, Level, Meta, Period, Qualifier, Report, Row, Status};
pub use options::Options;

/// Parses a report with the default options.
pub fn parse(text: &str) -> Report {
    parse_with(text, &Options::default())
}

/// Parses a report. A user dictionary that cannot be read is left out, and
/// a note says which line is wrong ([`try_parse_with`] returns the error).
pub fn parse_with(text: &str, options: &Options) -> Report {
    match user_dictionary(options) {
        Ok(dict) => parse_using(text, options, dict.as_ref()),
        Err(e) => {
            let mut report = parse_using(text, options, None);
            report.notes.push(format!("dictionary not used: {e}"));
            report
        }
    }
}

/// Parses a report; an error when the user dictionary has a bad line.
pub fn try_parse_with(text: &str, options: &Options) -> Result<Report, DictionaryError> {
    let dict = user_dictionary(options)?;
    Ok(parse_using(text, options, dict.as_ref()))
}

/// The standard indicators with the user's, read once per call; `None`
/// when the user added none.
fn user_dictionary(options: &Options) -> Result<Option<Dictionary>, DictionaryError> {
    if options.dictionary.trim().is_empty() {
        return Ok(None);
    }
    Dictionary::standard()
        .extended(&options.dictionary)
        .map(Some)
}

fn parse_using(text: &str, options: &Options, dict: Option<&Dictionary>) -> Report {
    let norm = normalize::normalize(text);
    let doc = structure::analyze_with(&norm.chars, structure::publication_year(text));
    let sentences = clause::split(&norm.chars);
    let mut rows = facts::extract(&norm, &doc, &sentences);
    facts::add_table_rows(text, &norm, &doc, &mut rows);
    facts::attach_evidence(text, &mut rows);
    if let Some(dict) = dict {
        rows.iter_mut().for_each(|row| dict.apply(row));
    }
    if options.core_only {
        rows.retain(|r| r.core);
    }
    let mut notes = Vec::new();
    if rows.is_empty() {
        notes.push(if text.trim().is_empty() {
            "empty text: nothing to parse".to_string()
        } else {
            "no indicator found in the text".to_string()
        });
    }
    Report {
        meta: doc.meta,
        rows,
        notes,
    }
}
