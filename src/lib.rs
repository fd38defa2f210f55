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

// `&s[a..b]` on a str links core's slice error into the wasm (3.5 KB gzip
// of the core): `text::Slice` there.
#![cfg_attr(target_arch = "wasm32", deny(clippy::string_slice))]

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
    let (parser, note) = Parser::lenient(options);
    let mut report = parser.parse(text);
    report.notes.extend(note);
    report
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

    /// A parser for these options, and the note each report takes when the
    /// user dictionary has a bad line (then it is left out).
    pub fn lenient(options: &Options) -> (Parser, Option<String>) {
        match Parser::new(options) {
            Ok(parser) => (parser, None),
            Err(e) => (
                Parser::standard(options),
                Some(format!("dictionary not used: {e}")),
            ),
        }
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
        let mut rows: Vec<Row> = Vec::new();
        let mut report = self.parse_in_batches(text, |_, mut batch| {
            // The first batch is taken as it is, not copied.
            if rows.is_empty() {
                rows = batch;
            } else {
                rows.append(&mut batch);
            }
        });
        report.rows = rows;
        report
    }

    /// Parses a report, handing its rows on in order, a batch at a time as
    /// they are found, so that a text of many megabytes can be written out
    /// without all its rows held at once: each call gets the report (its
    /// meta and parts, no rows) and a batch of rows. The report given back
    /// has its notes and no rows.
    pub fn parse_in_batches(&self, text: &str, mut each: impl FnMut(&Report, Vec<Row>)) -> Report {
        let (dict, skip) = (self.dictionary(), self.skip);
        let tables = facts::Tables::read(text, skip);
        let mut norm = normalize::normalize(text);
        let doc = structure::analyze(&norm);
        // Past the structure only the text and the offset map are read.
        norm.lines = Vec::new();
        let mut report = Report {
            meta: doc.meta.clone(),
            rows: Vec::new(),
            notes: Vec::new(),
            parts: doc.parts.iter().map(|p| p.doc.meta.clone()).collect(),
        };
        let mut evidence = facts::Evidence::new(text);
        let mut found = false;
        let size = ROWS_PER_BATCH;
        facts::extract(&norm, &doc, tables, dict, skip, size, |mut rows| {
            facts::assign_reports(&norm, &doc, &mut rows);
            if self.core_only {
                rows.retain(|r| r.core);
            }
            evidence.attach(&mut rows);
            found |= !rows.is_empty();
            each(&report, rows);
        });
        report.notes = report_notes(text, found);
        report
    }
}

/// Rows handed on by [`Parser::parse_in_batches`] once this many are found
/// (some 300 bytes each; grown past it, the batch doubles its room).
#[cfg(not(target_arch = "wasm32"))]
const ROWS_PER_BATCH: Option<usize> = Some(256);
/// The page keeps every row of the text it parses: batches would only add
/// code to its module.
#[cfg(target_arch = "wasm32")]
const ROWS_PER_BATCH: Option<usize> = None;

/// What a report says of itself when it gave no row.
fn report_notes(text: &str, found: bool) -> Vec<String> {
    if found {
        return Vec::new();
    }
    let note = if text.trim().is_empty() {
        "empty text: nothing to parse"
    } else {
        "no indicator found in the text"
    };
    vec![note.to_string()]
}
