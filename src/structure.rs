//! Stage 2: document structure — title, region, level, kind, sections, and
//! which parts review results and which set targets, with their periods.
//!
//! Works on the normalised text (`Normalized::chars`); positions are
//! normalised char positions.

use crate::model::Meta;

/// Whether a stretch of the report reviews results or plans ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Review,
    Plan,
}

/// A section under a heading (一、 （一） 1. …), up to the next heading of
/// the same or a higher rank.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Position of the heading's first char.
    pub start: usize,
    /// Position just past the section's last char.
    pub end: usize,
    pub heading: String,
    /// 1 for 一、, 2 for （一）, 3 for 1. and so on.
    pub depth: u8,
    pub mode: Mode,
    /// The period the section speaks of when its heading says (e.g. 下半年 → 2024H2).
    pub period: Option<String>,
}

/// What the facts stage needs to know about the place a sentence stands in.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Context {
    pub mode: Mode,
    /// The period a result stated here refers to when the sentence does not say.
    pub review_period: Option<String>,
    /// The period a target stated here refers to when the sentence does not say.
    pub target_period: Option<String>,
    /// The year "今年" means at this place (the document's current year).
    pub current_year: Option<i32>,
}

/// The structure of one document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub meta: Meta,
    pub sections: Vec<Section>,
}

impl Document {
    /// The context at a normalised char position.
    pub fn context_at(&self, pos: usize) -> Context {
        let _ = pos;
        Context {
            mode: Mode::Review,
            review_period: self.meta.reports.first().cloned(),
            target_period: self.meta.targets.first().cloned(),
            current_year: None,
        }
    }
}

/// Analyses the normalised text.
pub fn analyze(chars: &[char]) -> Document {
    let _ = chars;
    Document::default()
}
