//! The walk through a text's sentences: what one sentence hands the next
//! (the paragraph's topic, the year a dateless text last wrote, the period
//! that opened it, the places named), and each sentence's rows.

use super::marks::Marks;
use super::row::to_rows;
use super::rules::{
    event_period::event_period,
    people_unit::people_unit,
    place_alone::{aspect_of, title_aspect},
    place_topic::{opens_own_scope, Owners},
    topic::sentence_topic,
    Rule,
};
use super::sentence::sentence_facts;
use crate::clause::Sentence;
use crate::indicator::{Classifier, Dictionary};
use crate::model::{Row, Rules, Status};
use crate::normalize::Normalized;
use crate::period::Period;
use crate::quantity::Quantity;
use crate::structure::{Context, Document};
use crate::tokens::Tokens;

pub(super) struct Walk<'a> {
    norm: &'a Normalized,
    doc: &'a Document,
    dict: &'a Dictionary,
    skip: Rules,
    /// The indicator the title is about (城市GDP百强榜), for places alone.
    titled: Option<String>,
    owners: Owners<'a>,
    /// A text that does not say what it reports on (no title, no dated
    /// section) is dated by the last year it wrote in the paragraph so far.
    carried: Option<Period>,
    /// The topic a sentence of the paragraph opened with (`rules::topic`).
    topic: Option<String>,
    /// The period that opened the sentence before (`rules::event_period`).
    opened: Option<Period>,
    /// The standard names of the rows so far, each subject looked up once.
    names: Classifier<'a>,
    /// The context of the sentence before, and the positions it holds over.
    #[cfg(not(target_arch = "wasm32"))]
    context: (Context, (usize, usize)),
    pub(super) rows: Vec<Row>,
}

impl<'a> Walk<'a> {
    pub(super) fn new(
        norm: &'a Normalized,
        doc: &'a Document,
        dict: &'a Dictionary,
        skip: Rules,
    ) -> Self {
        Walk {
            norm,
            doc,
            dict,
            skip,
            titled: doc.meta.title.as_deref().and_then(title_aspect),
            owners: Owners::new(&doc.meta, dict),
            carried: None,
            topic: None,
            opened: None,
            names: Classifier::for_text(dict, norm.len()),
            #[cfg(not(target_arch = "wasm32"))]
            context: (Context::default(), (0, 0)),
            rows: Vec::new(),
        }
    }

    pub(super) fn sentence(&mut self, s: &Sentence) {
        let norm = self.norm;
        let chars = &norm.chars;
        let ctx = self.context_at(s.start);
        if s.start > 0 && chars[s.start - 1] == '\n' {
            self.topic = None;
            self.opened = None;
            self.owners.new_line();
        }
        self.owners.open_sentence(chars, s.start, s.end);
        let own_topic = sentence_topic(chars, s.start, s.end);
        let dateless = ctx.review_period.is_none();
        let tokens = Tokens::read(chars, s, &ctx.anchor(), dateless);
        let opened = self.opened.take();
        if tokens.quantities.is_empty() {
            if dateless {
                let written = Marks::first_written_period(chars, s, &tokens.times);
                self.carried = written.or(self.carried);
            }
        } else {
            let mut marks = Marks::read(chars, s, &tokens);
            marks.topic = own_topic.clone().or_else(|| self.topic.clone());
            marks.aspect = aspect_of(chars, s.start, s.end).or_else(|| self.titled.clone());
            marks.dict = self.dict;
            marks.skip = self.skip;
            let borrowed = self.borrowed(chars, s, &mut marks, opened);
            self.sentence_rows(s, &ctx, &marks, tokens.quantities, borrowed);
            if dateless {
                self.carried = marks.first_written().or(self.carried);
            }
            self.opened = marks.opening();
        }
        if own_topic.is_some() {
            self.topic = own_topic;
        }
        if chars.get(s.end) == Some(&'\n') {
            self.carried = None;
        }
        self.owners.end_sentence();
    }

    /// The context at a sentence's start. Natively it is looked up again
    /// only where a report, section or scope turns: the binary searches
    /// of every sentence cost 3 % of the CLI's time on a large file. The
    /// core wasm looks it up each time (its size budget).
    #[cfg(not(target_arch = "wasm32"))]
    fn context_at(&mut self, pos: usize) -> Context {
        let (from, until) = self.context.1;
        if !(from..until).contains(&pos) {
            let (ctx, until) = self.doc.context_until(pos);
            self.context = (ctx, (pos, until));
        }
        self.context.0.clone()
    }

    #[cfg(target_arch = "wasm32")]
    fn context_at(&mut self, pos: usize) -> Context {
        self.doc.context_at(pos)
    }

    /// The period a sentence on the event before borrows (会上…), put
    /// among its marks as the period that opens it.
    fn borrowed(
        &self,
        chars: &[char],
        s: &Sentence,
        marks: &mut Marks,
        opened: Option<Period>,
    ) -> Option<Period> {
        if !Rule::EventPeriod.on(self.skip) || marks.opening().is_some() {
            return None;
        }
        let p = event_period(chars, s.start, opened)?;
        marks.open_with(s.start, p);
        Some(p)
    }

    fn sentence_rows(
        &mut self,
        s: &Sentence,
        ctx: &Context,
        marks: &Marks,
        quantities: Vec<Quantity>,
        borrowed: Option<Period>,
    ) {
        let norm = self.norm;
        let chars = &norm.chars;
        for fact in sentence_facts(chars, s, marks, quantities) {
            let own_scope = opens_own_scope(chars, fact.clause, fact.start);
            for mut row in to_rows(norm, ctx, marks, fact) {
                self.names.name(&mut row);
                if row.period.is_none() && row.status != Status::Target {
                    row.period = self.carried;
                }
                if borrowed.is_some() && row.period == borrowed {
                    Rule::EventPeriod.mark(&mut row.rules);
                }
                place_row(&mut self.owners, &mut row, own_scope, self.skip);
                self.rows.push(row);
            }
        }
    }
}

/// Gives a row its place (its owner's, the topic's or the report's) and
/// counts its people, marking the rules that did.
pub(super) fn place_row(owners: &mut Owners, row: &mut Row, own_scope: bool, skip: Rules) {
    if Rule::Owner.on(skip) {
        let named = row.indicator.len();
        // Without the topic rule a row follows no place before it.
        owners.give(row, own_scope || !Rule::PlaceTopic.on(skip));
        if row.indicator.len() != named {
            Rule::Owner.mark(&mut row.rules);
        } else if row.region.as_deref() != owners.own_name() {
            Rule::PlaceTopic.mark(&mut row.rules);
        }
    } else {
        row.region = owners.own_name().map(str::to_string);
    }
    if Rule::PeopleUnit.on(skip) && people_unit(row) {
        Rule::PeopleUnit.mark(&mut row.rules);
    }
}
