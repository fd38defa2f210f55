//! The facts of one sentence: its quantities read (level or change),
//! grouped into lists, each list given its subject, and the rules of the
//! list and subject phases applied, member by member.

use super::fact::{Fact, Member, Reading, Role};
use super::marks::Marks;
use super::rules::{
    self,
    change_joins_level::push_fact,
    each::subject_items,
    example_names::names_an_example,
    harmonise_list::harmonise_list,
    levels_for_changes::levels_for_changes,
    list_group::list_group,
    list_verb::govern_by_list_verb,
    means_phrase::means_subject,
    role::{improvement_sign, read_roles},
    Rule, SUBJECT_PHASE,
};
use crate::clause::Sentence;
use crate::lexicon::words::AVERAGE_ANNUAL;
use crate::model::Rules;
use crate::quantity::Quantity;
use crate::subject;
use crate::text::starts_at;

/// 从A增加到B, 由A提升至B: A is the level before the span began.
const FROM: &[char] = &['从', '由'];

const TO: &[char] = &['到', '至'];

pub(super) fn sentence_facts(
    chars: &[char],
    s: &Sentence,
    marks: &Marks,
    qs: Vec<Quantity>,
) -> Vec<Fact> {
    let readings = read_roles(chars, s, qs);
    // Most readings become a fact of their own: room for them at once.
    let mut facts: Vec<Fact> = Vec::with_capacity(readings.len());
    let mut i = 0;
    while i < readings.len() {
        let group = if Rule::ListGroup.on(marks.skip) {
            list_group(chars, &readings, i)
        } else {
            1
        };
        let new = group_facts(chars, s, marks, &readings, i, group, &facts);
        i += group;
        for f in new {
            if Rule::ChangeJoinsLevel.on(marks.skip) {
                push_fact(&mut facts, f, |p| {
                    Rule::ChangeJoinsLevel.mark(&mut p.shaped)
                });
            } else {
                facts.push(f);
            }
        }
    }
    facts
}

/// Facts for a list of `n` readings starting at `i`.
fn group_facts(
    chars: &[char],
    s: &Sentence,
    marks: &Marks,
    readings: &[Reading],
    i: usize,
    n: usize,
    before: &[Fact],
) -> Vec<Fact> {
    let mut members: Vec<Reading> = readings[i..i + n].to_vec();
    let mut shaped = Rules::NONE;
    if n > 1 {
        Rule::ListGroup.mark(&mut shaped);
        if Rule::HarmoniseList.on(marks.skip) && harmonise_list(&mut members) {
            Rule::HarmoniseList.mark(&mut shaped);
        }
    }
    let first = &members[0];
    let place = subject::Place {
        start: s.start,
        end: s.end,
        prev_end: i.checked_sub(1).map_or(s.start, |k| readings[k].q.end),
        verb_start: first.verb_start,
        first: &first.q,
        last: &members[n - 1].q,
        next_start: next_start(readings, i + n - 1, s.end),
    };
    let found = group_subject(chars, marks, &place, &mut shaped);
    if Rule::ExampleNames.on(marks.skip) && names_an_example(chars, &found, place.next_start) {
        return Vec::new();
    }
    let part = marks.part_of(first.q.start);
    let (items, subject, listed) = list_items(chars, marks, before, &members, &found, &place, part);
    shaped = shaped.union(listed);
    if items.len() > n {
        // A和B均实现100%: one number, several subjects.
        return items
            .into_iter()
            .map(|it| new_fact(chars, marks, it, &found, &members[0], part, shaped))
            .collect();
    }
    // Each member takes its item (moved, not copied), or the shared subject.
    let mut items = items.into_iter();
    members
        .into_iter()
        .enumerate()
        .map(|(k, mut r)| {
            let item = items.next().unwrap_or_else(|| subject.clone());
            let mut own = shaped;
            let subject = member_subject(chars, marks, before, part, item, &mut r, &mut own);
            improvement_sign(chars, &subject, &mut r);
            let mut f = new_fact(chars, marks, subject, &found, &r, part, own);
            if k > 0 {
                f.end = r.q.end;
            }
            f
        })
        .collect()
}

/// The subject a list's numbers share, as written before them, or after
/// them for a count, or in a phrase of means (以…的).
fn group_subject(
    chars: &[char],
    marks: &Marks,
    place: &subject::Place,
    shaped: &mut Rules,
) -> subject::Found {
    let found = subject::find(chars, place);
    if !Rule::MeansPhrase.on(marks.skip) {
        return found;
    }
    let was = (found.start, found.end, found.text.len());
    let found = means_subject(chars, place, found);
    if (found.start, found.end, found.text.len()) != was {
        Rule::MeansPhrase.mark(shaped);
    }
    found
}

/// The subject of each number of a list: the one governed by the list's
/// verb, split into its items, or the levels a list of changes is of; with
/// the subject the list shares and the rules that shaped them.
fn list_items(
    chars: &[char],
    marks: &Marks,
    before: &[Fact],
    members: &[Reading],
    found: &subject::Found,
    place: &subject::Place,
    part: usize,
) -> (Vec<String>, String, Rules) {
    let n = members.len();
    let mut shaped = Rules::NONE;
    let mut subject = found.text.clone();
    if Rule::ListVerb.on(marks.skip) {
        if let Some(governed) =
            govern_by_list_verb(chars, before, found, place.prev_end, part, marks.dict)
        {
            Rule::ListVerb.mark(&mut shaped);
            subject = governed;
        }
    }
    if found.after {
        return (vec![subject.clone(); n], subject, shaped);
    }
    if Rule::LevelsForChanges.on(marks.skip) {
        if let Some(levels) = levels_for_changes(before, members, &subject, part) {
            Rule::LevelsForChanges.mark(&mut shaped);
            return (levels, subject, shaped);
        }
    }
    let rule = if n > 1 { Rule::SplitItems } else { Rule::Each };
    if !rule.on(marks.skip) {
        return (vec![subject.clone(); n], subject, shaped);
    }
    let items = subject_items(
        chars, &subject, n, found.start, members[0].q.start, marks.dict,
    );
    if items.len() > 1 && items.iter().any(|it| *it != subject) {
        rule.mark(&mut shaped);
    }
    (items, subject, shaped)
}

/// The subject of one list member, after the rules of the subject phase
/// (`rules::SUBJECT_PHASE`) have renamed it in turn.
fn member_subject(
    chars: &[char],
    marks: &Marks,
    before: &[Fact],
    part: usize,
    mut subject: String,
    r: &mut Reading,
    shaped: &mut Rules,
) -> String {
    let mut m = Member {
        chars,
        marks,
        before,
        part,
        r,
    };
    for rule in SUBJECT_PHASE {
        if !rule.on(marks.skip) {
            continue;
        }
        if let Some(named) = rules::rename(rule, &mut m, &subject) {
            if named != subject {
                rule.mark(shaped);
            }
            subject = named;
        }
    }
    subject
}

fn new_fact(
    chars: &[char],
    marks: &Marks,
    subject: String,
    found: &subject::Found,
    r: &Reading,
    part: usize,
    shaped: Rules,
) -> Fact {
    let (level, change) = match r.role {
        Role::Level => (Some(r.q.clone()), None),
        Role::Change(sign) => (None, Some((r.q.clone(), sign))),
    };
    let clause = marks.clause_of(r.q.start).max(part);
    // 从 stands close before the number it starts from (从2020年的120亿元).
    let lead = &chars[r.q.start.saturating_sub(12).max(clause)..r.q.start];
    // 从 opens the number or its year (从160亿元, 从2020年的…), not a word
    // (从业人员).
    let lead_start = r.q.start.saturating_sub(12).max(clause).min(r.q.start);
    let from_start = (lead_start..r.q.start)
        .any(|k| FROM.contains(&chars[k]) && chars.get(k + 1).is_some_and(char::is_ascii_digit))
        && !lead.iter().any(|c| TO.contains(c));
    // 13个大模型通过备案: a count before what it counts tells what was done.
    let counted_first = found.after && r.q.counts;
    let over = rules::span_period::classify(
        chars, clause, r.q.num_start, &subject, from_start, counted_first,
    );
    Fact {
        subject,
        start: found.start.min(r.q.start),
        end: found.end.max(r.q.end),
        level,
        change,
        anchor: r.q.start,
        part,
        clause,
        over,
        average: r.verb_start >= 2 && starts_at(chars, r.verb_start - 2, AVERAGE_ANNUAL),
        shaped: Rule::Role.added_to(shaped),
    }
}

fn next_start(readings: &[Reading], i: usize, sentence_end: usize) -> usize {
    readings.get(i + 1).map_or(sentence_end, |r| r.q.start)
}
