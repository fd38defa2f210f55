//! The typed output of the parser: a report's meta and its indicator rows.
//! Field names and meanings follow SPEC.md; serialised in camelCase.

use serde::{Deserialize, Serialize};

pub use crate::category::Category;
pub use crate::period::Period;

/// Qualifier of a value or a change: 左右/约/近 → approx, 以上/超过 → atLeast, 以内/以下 → atMost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Qualifier {
    Approx,
    AtLeast,
    AtMost,
}

/// Whether a row is a reported result, an expected result (预计) or a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    #[default]
    Actual,
    Estimate,
    Target,
}

impl Status {
    /// Every status, in the order a table sorts them.
    pub const ALL: [Status; 3] = [Status::Actual, Status::Estimate, Status::Target];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Actual => "actual",
            Status::Estimate => "estimate",
            Status::Target => "target",
        }
    }
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "atLeast",
            Qualifier::AtMost => "atMost",
        }
    }
}

/// Administrative level of the reporting region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Level {
    Nation,
    Province,
    City,
    County,
    District,
}

/// What kind of document the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    WorkReport,
    PlanReport,
    News,
    Bulletin,
    Other,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::Nation,
        Level::Province,
        Level::City,
        Level::County,
        Level::District,
    ];

    /// The name JSON uses (`province`).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Nation => "nation",
            Level::Province => "province",
            Level::City => "city",
            Level::County => "county",
            Level::District => "district",
        }
    }
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::WorkReport,
        Kind::PlanReport,
        Kind::News,
        Kind::Bulletin,
        Kind::Other,
    ];

    /// The name JSON uses (`work-report`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::WorkReport => "work-report",
            Kind::PlanReport => "plan-report",
            Kind::News => "news",
            Kind::Bulletin => "bulletin",
            Kind::Other => "other",
        }
    }
}

/// What the report is: as in `gold/*.meta.json`. Every field may be unknown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    pub title: Option<String>,
    pub region: Option<String>,
    pub level: Option<Level>,
    pub kind: Option<Kind>,
    /// Periods the report reviews, e.g. `["2023"]` or `["2024H1"]`.
    pub reports: Vec<Period>,
    /// Periods the report sets targets for, e.g. `["2024"]`.
    pub targets: Vec<Period>,
}

/// One quantified fact: a subject and a level, a change, or both (SPEC.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    pub indicator: String,
    pub canonical: Option<String>,
    /// True exactly when `canonical` is set.
    pub core: bool,
    /// Serialised as its Chinese name (经济, 工业…).
    pub category: Category,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub value_qualifier: Option<Qualifier>,
    pub placeholder: bool,
    pub change: Option<f64>,
    pub change_max: Option<f64>,
    pub change_unit: Option<String>,
    pub change_qualifier: Option<Qualifier>,
    pub status: Status,
    /// Serialised as the SPEC string (`2024`, `2024H1`, `2021-2025`…).
    pub period: Option<Period>,
    /// The place whose quantity it is (SPEC "A place for every row"): the
    /// report's own region, or the division named as the subject's owner.
    pub region: Option<String>,
    pub evidence: String,
    /// Code point offset of the evidence in the input exactly as given.
    pub start: usize,
    /// Code point offset just past the evidence.
    pub end: usize,
    /// In a file that holds several reports (a compilation of bulletins),
    /// the index of the row's report in [`Report::parts`]; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<usize>,
    /// The rules that shaped the row (`zhibiao --explain`); not serialised.
    #[serde(skip)]
    pub rules: Rules,
}

/// A set of the parser's rules, one bit each, in the order of the rule
/// registry ([`crate::RULES`]): which rules shaped a row, or which may run.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rules(pub u64);

/// In the browser the set is empty and weighs nothing: the page neither
/// switches rules off nor shows them, and every byte of the core wasm is
/// downloaded, so the marks compile to nothing there.
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rules;

#[cfg(not(target_arch = "wasm32"))]
impl Rules {
    pub const NONE: Rules = Rules(0);

    pub fn with(self, bit: u8) -> Rules {
        Rules(self.0 | 1 << bit)
    }

    pub fn has(self, bit: u8) -> bool {
        self.0 & 1 << bit != 0
    }

    pub fn union(self, other: Rules) -> Rules {
        Rules(self.0 | other.0)
    }
}

#[cfg(target_arch = "wasm32")]
impl Rules {
    pub const NONE: Rules = Rules;

    pub fn with(self, _bit: u8) -> Rules {
        Rules
    }

    pub fn has(self, _bit: u8) -> bool {
        false
    }

    pub fn union(self, _other: Rules) -> Rules {
        Rules
    }
}

/// The parser's answer for one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub meta: Meta,
    pub rows: Vec<Row>,
    /// Human-readable remarks, e.g. that the text was empty or held no numbers.
    pub notes: Vec<String>,
    /// What each report of a file that holds several is, in order (empty
    /// for a file of one report, whose `meta` says it all).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Meta>,
}
