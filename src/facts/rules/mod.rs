//! The facts rules, one per file, and their registry. Each file opens with
//! what its rule does, why, and a made-up example, and holds the rule's
//! tests.
//!
//! [`RULES`] lists every rule once, in the order the phases run: the
//! orchestrator asks [`Rule::on`] before it applies one, marks each fact
//! with the rules that shaped it (`zhibiao --explain` names them), and a
//! test can switch one rule off (`Options::skip_rules`) to see what it does
//! on a fixture. `docs/rules.md` is written from this table (`zhibiao
//! --list-rules`), and a test keeps the two the same. Adding a rule: a file
//! here, a line in [`registry!`] below, and the call in its phase.

pub(super) mod average_span;
pub(super) mod census_year;
pub(super) mod change_joins_level;
pub(super) mod change_range;
pub(super) mod counterpart;
pub(super) mod cut_object;
pub(super) mod each;
pub(super) mod event_period;
pub(super) mod example_names;
pub(super) mod harmonise_list;
pub(super) mod inherit_subject;
pub(super) mod levels_for_changes;
pub(super) mod list_group;
pub(super) mod list_verb;
pub(super) mod means_phrase;
pub(super) mod output_change;
pub(super) mod owner;
pub(super) mod people_unit;
pub(super) mod per_head;
pub(super) mod place_alone;
pub(super) mod place_topic;
pub(super) mod role;
pub(super) mod share_of;
pub(super) mod since_baseline;
pub(super) mod span_period;
pub(super) mod split_items;
pub(super) mod status;
pub(super) mod topic;

use super::fact::Member;
use crate::model::Rules;

/// When in the making of a row a rule runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// A number read in its sentence: level or change.
    Reading,
    /// Which numbers form a list, and how the list shares its subject.
    List,
    /// What one number is about: the subject renamed by its context.
    Subject,
    /// Facts joined, and their period over a span.
    Fact,
    /// A fact's status and period, as a row.
    Row,
    /// Whose place the row is, and how its people are counted.
    Place,
    /// Tables laid out in the input.
    Table,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Reading => "reading",
            Phase::List => "list",
            Phase::Subject => "subject",
            Phase::Fact => "fact",
            Phase::Row => "row",
            Phase::Place => "place",
            Phase::Table => "table",
        }
    }
}

/// One rule of the registry: its name (its file's), its phase and what it
/// decides, with a made-up example.
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    pub name: &'static str,
    pub phase: Phase,
    pub what: &'static str,
}

/// Declares each rule once: its id in [`Rule`] and its line in [`RULES`],
/// in the same order, so the id is the index.
macro_rules! registry {
    ($($id:ident, $name:literal, $phase:ident, $what:literal;)*) => {
        /// A rule of the registry; its number is its place in [`RULES`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub(crate) enum Rule { $($id),* }

        /// Every rule, in the order its phase runs.
        pub const RULES: &[RuleInfo] = &[
            $(RuleInfo { name: $name, phase: Phase::$phase, what: $what }),*
        ];
    };
}

registry! {
    Role, "role", Reading, "level or change (增长5% vs 63亿元), and a fall's sign; always on";
    ListGroup, "list_group", List, "which numbers form one list (、 和 分别)";
    HarmoniseList, "harmonise_list", List, "a unit or qualifier written once serves the list";
    MeansPhrase, "means_phrase", List, "甲市以9800亿元的经济总量居…: 甲市's 经济总量, no rank";
    ExampleNames, "example_names", List, "a number inside an example before 等 is no fact";
    ListVerb, "list_verb", List, "新增A 5家、B 3家: the verb governs B";
    LevelsForChanges, "levels_for_changes", List, "a list of changes belongs to the levels before it";
    SplitItems, "split_items", List, "南果梨、食用菌产量 / 城乡… name several subjects";
    Each, "each", List, "均, 各: one number for each listed subject";
    CutObject, "cut_object", Subject, "压减X 2亿立方米: a fall of X";
    Counterpart, "counterpart", Subject, "一般公共预算收入…，支出…: the budget's 支出; 城镇居民…；农村居民…; 其中城镇…，农村…; 甲业增加值…，乙业…";
    PlaceAlone, "place_alone", Subject, "甲市GDP为…，乙市为…: 乙市GDP";
    PerHead, "per_head", Subject, "GDP 9000亿元，人均9.3万元: 人均GDP";
    ShareOf, "share_of", Subject, "占…的70% is a share of the level before";
    InheritSubject, "inherit_subject", Subject, "总量, 增速, 省级, 高于全国 borrow the subject before; 总产量 its thing";
    Topic, "topic", Subject, "产值, 总量, 新登记 with no subject are the paragraph's topic's";
    OutputChange, "output_change", Subject, "粮食增产12.5亿斤 is a change of 粮食产量";
    ChangeJoinsLevel, "change_joins_level", Fact, "a change joins its level in one row";
    SpanPeriod, "span_period", Fact, "a level over 五年来 takes the end year";
    Status, "status", Row, "actual, estimate or target";
    AverageSpan, "average_span", Row, "到2030年…年均增长5% takes the plan's span";
    SinceBaseline, "since_baseline", Row, "较2020年下降20% is a change over 2021-2025";
    CensusYear, "census_year", Row, "“五经普”总产出 is of the census year (2023)";
    EventPeriod, "event_period", Row, "一季度…召开推介会。会上签约…: the meeting's quarter";
    ChangeRange, "change_range", Row, "下降3-5% runs low to high";
    Owner, "owner", Place, "洛阳市地区生产总值…: the row is 洛阳市's, else the report's region's";
    PlaceTopic, "place_topic", Place, "杭州市经济总量…，常住人口…: the clauses after a place are its";
    PeopleUnit, "people_unit", Place, "常住人口985万: unit 万人";
    Table, "table", Table, "a table laid out with tabs, wide blanks or | bars: a row per cell";
}

impl Rule {
    fn bit(self) -> u8 {
        self as u8
    }

    /// Whether this rule may run under `skip` (the rules switched off).
    pub(crate) fn on(self, skip: Rules) -> bool {
        !skip.has(self.bit())
    }

    /// `shaped` with this rule added.
    pub(crate) fn mark(self, shaped: &mut Rules) {
        *shaped = self.added_to(*shaped);
    }

    /// `shaped` and this rule.
    pub(crate) fn added_to(self, shaped: Rules) -> Rules {
        shaped.with(self.bit())
    }
}

/// The subject phase, in order: each rule sees the subject the rules before
/// it left.
pub(super) const SUBJECT_PHASE: [Rule; 8] = [
    Rule::CutObject,
    Rule::Counterpart,
    Rule::PlaceAlone,
    Rule::PerHead,
    Rule::ShareOf,
    Rule::InheritSubject,
    Rule::Topic,
    Rule::OutputChange,
];

/// The subject phase's interface: a rule's new subject for one list
/// member, or `None` when it does not apply. Each rule's `rename` has this
/// shape; a `match` rather than a table of function pointers lets the
/// compiler inline them (a table cost the core wasm 0.5 KB).
pub(super) fn rename(rule: Rule, m: &mut Member, subject: &str) -> Option<String> {
    match rule {
        Rule::CutObject => cut_object::rename(m, subject),
        Rule::Counterpart => counterpart::rename(m, subject),
        Rule::PlaceAlone => place_alone::rename(m, subject),
        Rule::PerHead => per_head::rename(m, subject),
        Rule::ShareOf => share_of::rename(m, subject),
        Rule::InheritSubject => inherit_subject::rename(m, subject),
        Rule::Topic => topic::rename(m, subject),
        Rule::OutputChange => output_change::rename(m, subject),
        _ => None,
    }
}

/// The names of the rules in `set`, in registry order.
pub fn names(set: Rules) -> impl Iterator<Item = &'static str> {
    RULES
        .iter()
        .enumerate()
        .filter(move |(k, _)| set.has(*k as u8))
        .map(|(_, r)| r.name)
}

/// A rule by its name, as a set of one (`Options::skip_rules`).
pub fn by_name(name: &str) -> Option<Rules> {
    let k = RULES.iter().position(|r| r.name == name)?;
    Some(Rules::NONE.with(k as u8))
}
