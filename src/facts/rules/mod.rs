//! The facts rules, one per file. Each file opens with what its rule does,
//! why, and a made-up example, and holds the rule's tests.

pub(super) mod average_span;
pub(super) mod change_joins_level;
pub(super) mod change_range;
pub(super) mod counterpart;
pub(super) mod cut_object;
pub(super) mod each;
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
