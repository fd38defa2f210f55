//! Options for [`crate::parse_with`].

use serde::{Deserialize, Serialize};

/// How to parse. `Options::default()` is what the CLI and the page use.
///
/// ```
/// let opts = zhibiao::Options { core_only: true, ..Default::default() };
/// let report = zhibiao::parse_with("地区生产总值完成63.65亿元，同比增长5.2%。招商项目5个。", &opts);
/// assert!(!report.rows.is_empty());
/// assert!(report.rows.iter().all(|r| r.core));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// Keep only rows whose subject is a standard indicator (`canonical` set).
    pub core_only: bool,
    /// The user's own indicators, added to the standard ones: TSV text with
    /// lines `standard name<TAB>category<TAB>variant<TAB>variant…` (`#`
    /// starts a comment; the category may be empty). Empty: none.
    pub dictionary: String,
    /// Rules to switch off, by name (`zhibiao::RULES`): to see on a text
    /// what one rule does. Empty: every rule runs.
    #[serde(skip)]
    pub skip_rules: crate::model::Rules,
}
