//! What the facts rules work on: a quantity read in its sentence
//! ([`Reading`], with its [`Role`]) and the fact being built from it
//! ([`Fact`]). It sits below the rules and their orchestrator, so a rule
//! imports these and nothing of what calls it.

use super::marks::Marks;
use crate::model::Rules;
use crate::quantity::Quantity;

/// Whether a quantity states a level or a change, and the change's sign.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Role {
    Level,
    Change(f64),
}

/// A quantity read in its sentence: its role and where its subject ends.
#[derive(Debug, Clone)]
pub(super) struct Reading {
    pub(super) q: Quantity,
    pub(super) role: Role,
    /// Where the words before the number that are not the subject begin
    /// (the change verb, 完成, 达到 …).
    pub(super) verb_start: usize,
}

/// One fact under construction.
#[derive(Debug, Clone)]
pub(super) struct Fact {
    pub(super) subject: String,
    /// Start of the evidence (the subject's first char, or the number's).
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) level: Option<Quantity>,
    pub(super) change: Option<(Quantity, f64)>,
    /// Position the status and period are read up to.
    pub(super) anchor: usize,
    /// Where the ；-part of the sentence holding this fact begins.
    pub(super) part: usize,
    /// Where the clause holding the number begins.
    pub(super) clause: usize,
    /// What a level is over a span of years (see `rules::span_period`).
    pub(super) over: Over,
    /// The change is an average annual one (年均增长): over a span.
    pub(super) average: bool,
    /// The rules that shaped it so far.
    pub(super) shaped: Rules,
}

/// How many facts back a subject or a level is looked for. A sentence that
/// runs on for more is not one a reader follows either, and a bound keeps
/// the work linear on pathological text.
pub(super) const LOOK_BACK: usize = 8;

/// What a level is over a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Over {
    /// The level a change started from: the year before the span.
    Start,
    /// Held through the span, or a total of what was done in it: the span.
    Span,
    /// A stock, reached or stated: the span's end year.
    End,
}

/// What a rule of the subject phase sees of one list member: the
/// sentence, the facts before it, its ；-part and its reading (which a rule
/// may change: a cut is a fall).
pub(super) struct Member<'a, 'd> {
    pub(super) chars: &'a [char],
    pub(super) marks: &'a Marks<'d>,
    pub(super) before: &'a [Fact],
    pub(super) part: usize,
    pub(super) r: &'a mut Reading,
}
