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
// Everywhere: render::format_number writes from its numbers; its report
// writer is the wasm module's.
#[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
mod json_out;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod number;
mod number_text;
pub mod options;
pub mod order;
pub mod panel;
pub mod period;
pub mod places;
pub mod quantity;
pub mod render;
pub mod status;
pub mod structure;
pub mod subject;
pub mod text;
pub mod tokens;
pub mod typed;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use facts::{rule_by_name, rule_names, Phase, RuleInfo, RULES};
pub use indicator::{Dictionary, DictionaryError};
pub use model::{Category, Kind, Level, Meta, Period, Qualifier, Report, Row, Rules, Status};
pub use options::Options;

use std::borrow::Cow;

/// Parses a report with the default options.
pub fn parse(text: &str) -> Report {
    Parser::standard(&Options::default()).parse(text)
}

/// Parses a report. A user dictionary that cannot be read is left out, and
/// a note says which line is wrong ([`try_parse_with`] returns the error).
/// To parse many texts with one dictionary, build a [`Parser`] once.
pub fn parse_with(text: &str, options: &Options) -> Report {
    match Parser::new(options) {
        Ok(parser) => parser.parse(text),
        Err(e) => {
            let mut report = Parser::standard(options).parse(text);
            report.notes.push(format!("dictionary not used: {e}"));
            report
        }
    }
}

/// Parses a report; an error when the user dictionary has a bad line.
pub fn try_parse_with(text: &str, options: &Options) -> Result<Report, DictionaryError> {
    Ok(Parser::new(options)?.parse(text))
}

/// A parser with its options read once: the user's dictionary merged with
/// the standard indicators when built, so parsing many texts (every
/// keystroke on the page) neither re-reads the dictionary nor copies the
/// standard table. The user's indicators take part in the rules' decisions
/// (lists, 分别, standard names) as the standard ones do.
///
/// ```
/// let options = zhibiao::Options {
///     dictionary: "甲类产品产量\t工业\t甲品产量\n".into(),
///     ..Default::default()
/// };
/// let parser = zhibiao::Parser::new(&options).unwrap();
/// let row = &parser.parse("甲品产量增长5%。").rows[0];
/// assert_eq!(row.canonical.as_deref(), Some("甲类产品产量"));
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    core_only: bool,
    skip: model::Rules,
    dictionary: Cow<'static, Dictionary>,
}

impl Parser {
    /// A parser for these options; an error when the user dictionary has a
    /// bad line.
    pub fn new(options: &Options) -> Result<Parser, DictionaryError> {
        let dictionary = if options.dictionary.trim().is_empty() {
            Cow::Borrowed(Dictionary::standard())
        } else {
            Cow::Owned(Dictionary::standard().extended(&options.dictionary)?)
        };
        Ok(Parser {
            core_only: options.core_only,
            skip: options.skip_rules,
            dictionary,
        })
    }

    /// A parser with the standard indicators only (the options' dictionary
    /// is not read).
    pub fn standard(options: &Options) -> Parser {
        Parser {
            core_only: options.core_only,
            skip: options.skip_rules,
            dictionary: Cow::Borrowed(Dictionary::standard()),
        }
    }

    /// The indicators this parser knows: the standard ones and the user's.
    pub fn dictionary(&self) -> &Dictionary {
        &self.dictionary
    }

    /// Parses a report.
    pub fn parse(&self, text: &str) -> Report {
        let dict = self.dictionary();
        let norm = normalize::normalize(text);
        let doc = structure::analyze(&norm);
        let mut rows = self.prose_rows(&norm, &doc);
        // Past the prose only the offset map is read (tables are read from
        // the input as given): the normalised text goes before the input's
        // chars and the evidence come, which on a text of many megabytes
        // would weigh as much again.
        let positions = norm.into_positions();
        facts::add_table_rows(text, &positions, &doc, &mut rows, dict, self.skip);
        facts::assign_reports(&positions, &doc, &mut rows);
        drop(positions);
        if self.core_only {
            rows.retain(|r| r.core);
        }
        facts::attach_evidence(text, &mut rows);
        Report {
            meta: doc.meta.clone(),
            notes: report_notes(text, &rows),
            rows,
            parts: doc.parts.iter().map(|p| p.doc.meta.clone()).collect(),
        }
    }

    /// The rows of the running text, its sentences let go once read.
    fn prose_rows(&self, norm: &normalize::Normalized, doc: &structure::Document) -> Vec<Row> {
        let sentences = clause::split(&norm.chars);
        facts::extract(norm, doc, &sentences, self.dictionary(), self.skip)
    }
}

/// What a report says of itself when it gave no row.
fn report_notes(text: &str, rows: &[Row]) -> Vec<String> {
    if !rows.is_empty() {
        return Vec::new();
    }
    vec![if text.trim().is_empty() {
        "empty text: nothing to parse".to_string()
    } else {
        "no indicator found in the text".to_string()
    }]
}
