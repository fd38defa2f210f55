//! Stage 5: facts — who a quantity is about, whether it is a level or a
//! change, how lists and 分别 share it out, its status and period → rows.
//!
//! [`extract`] walks the sentences; for each it reads the [`marks`] (parts,
//! clauses, goal words, framing periods) once, reads every quantity's role,
//! groups the quantities into lists, finds each list's subject
//! ([`crate::subject`]) and applies the rules in [`rules`], one per file.
//!
//! The rules are listed once, by phase, in the registry
//! (`rules::RULES`; `docs/rules.md` is its table, `zhibiao --list-rules`
//! prints it). The subject phase is a list the orchestrator iterates
//! (`rules::SUBJECT_PHASE`); the other phases call their rules in order.
//! Each rule may be switched off (`Options::skip_rules`) and marks the facts
//! it shapes, which `zhibiao --explain` shows per row.
//!
//! A new rule goes in a file of its own under `rules/`, a line of the
//! registry, and its call in its phase: the subject phase's list,
//! [`group_facts`] (lists), [`row`] (period and status) or `place_row`.

mod fact;
mod marks;
mod row;
mod rules;
mod table;
#[cfg(test)]
pub(crate) mod test_support;
mod walk;

use crate::clause::Sentence;
use crate::indicator::Dictionary;
use crate::lexicon::words::AVERAGE_ANNUAL;
use crate::model::{Row, Rules};
use crate::normalize::Normalized;
use crate::quantity::Quantity;
use crate::structure::Document;
use crate::subject;
use crate::text::starts_at;
use fact::{Fact, Member, Reading, Role};
use marks::Marks;
pub use rules::{by_name as rule_by_name, names as rule_names, Phase, RuleInfo, RULES};
use rules::{
    change_joins_level::push_fact,
    each::subject_items,
    example_names::names_an_example,
    harmonise_list::harmonise_list,
    levels_for_changes::levels_for_changes,
    list_group::list_group,
    list_verb::govern_by_list_verb,
    means_phrase::means_subject,
    people_unit::people_unit,
    place_topic::Owners,
    role::{improvement_sign, read_roles},
    Rule, SUBJECT_PHASE,
};
use walk::Walk;

/// 从A增加到B, 由A提升至B: A is the level before the span began.
const FROM: &[char] = &['从', '由'];

const TO: &[char] = &['到', '至'];

/// Extracts the rows of every sentence, naming subjects from `dict`.
pub fn extract(
    norm: &Normalized,
    doc: &Document,
    sentences: &[Sentence],
    dict: &Dictionary,
    skip: Rules,
) -> Vec<Row> {
    let mut walk = Walk::new(norm, doc, dict, skip);
    for s in sentences {
        walk.sentence(s);
    }
    walk.rows
}

/// The rows of the tables laid out in the input (cells apart by tabs or
/// wide blanks), put among `rows` in input order. A prose row read from a
/// table's line gives way to the table's reading of it.
pub fn add_table_rows(
    input: &str,
    norm: &Normalized,
    doc: &Document,
    rows: &mut Vec<Row>,
    dict: &Dictionary,
    skip: Rules,
) {
    // Most texts have no column gap at all: a byte scan says so.
    if !Rule::Table.on(skip) || !table::may_hold_a_table(input) {
        return;
    }
    let chars: Vec<char> = input.chars().collect();
    let facts = table::table_facts(&chars);
    if facts.is_empty() {
        return;
    }
    let lines: Vec<(usize, usize)> = facts.iter().map(|f| (f.start, f.end)).collect();
    rows.retain(|r| {
        let after = lines.partition_point(|&(s, _)| s <= r.start);
        after.checked_sub(1).is_none_or(|k| r.start >= lines[k].1)
    });
    let mut owners = Owners::new(&doc.meta, dict);
    for fact in facts {
        let ctx = doc.context_at(norm.position_of(fact.start));
        let mut row = row::table_row(&ctx, fact, dict);
        place_row(&mut owners, &mut row, false, skip);
        owners.new_line();
        rows.push(row);
    }
    crate::order::sort_by_key(rows, |r| r.start);
}

/// Gives a row its place (its owner's, the topic's or the report's) and
/// counts its people, marking the rules that did.
fn place_row(owners: &mut Owners, row: &mut Row, own_scope: bool, skip: Rules) {
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

/// In a file of several reports, tells each row which report it is of.
pub fn assign_reports(norm: &Normalized, doc: &Document, rows: &mut [Row]) {
    if doc.parts.is_empty() {
        return;
    }
    for row in rows {
        let at = norm.position_of(row.start);
        row.report = Some(doc.parts.partition_point(|p| p.start <= at).max(1) - 1);
    }
}

/// Fills each row's `evidence` with the input exactly as given between its
/// `start` and `end` (code point offsets).
pub fn attach_evidence(input: &str, rows: &mut [Row]) {
    // Rows point at chars; the text is cut at bytes. Only the rows' ends
    // are mapped, in one walk over the text: a map of every char would
    // cost eight bytes a char on a text of many megabytes.
    let mut wanted: Vec<usize> = rows.iter().flat_map(|r| [r.start, r.end]).collect();
    crate::order::sort(&mut wanted);
    wanted.dedup();
    let mut bytes = Vec::with_capacity(wanted.len());
    let mut chars = input
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(input.len()))
        .enumerate()
        .peekable();
    for &cp in &wanted {
        while chars.peek().is_some_and(|&(i, _)| i < cp) {
            chars.next();
        }
        bytes.push(chars.peek().map_or(input.len(), |&(_, b)| b));
    }
    let byte = |cp: usize| wanted.binary_search(&cp).map_or(input.len(), |k| bytes[k]);
    for row in rows {
        row.evidence = input[byte(row.start)..byte(row.end)].to_string();
    }
}

fn sentence_facts(chars: &[char], s: &Sentence, marks: &Marks, qs: Vec<Quantity>) -> Vec<Fact> {
    let readings = read_roles(chars, s, qs);
    let mut facts: Vec<Fact> = Vec::new();
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
    members
        .into_iter()
        .enumerate()
        .map(|(k, mut r)| {
            let item = items.get(k).cloned().unwrap_or_else(|| subject.clone());
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
        let governed = govern_by_list_verb(chars, before, found, place.prev_end, part, marks.dict);
        if governed != subject {
            Rule::ListVerb.mark(&mut shaped);
        }
        subject = governed;
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

#[cfg(test)]
mod tests {
    use crate::facts::test_support::{one, rows};

    #[test]
    fn a_count_before_its_noun() {
        let r = one("6家外资企业地区总部在榕落户。");
        assert_eq!(r.indicator, "外资企业地区总部在榕落户");
        let r = one("推动A、B等707个5000万元以上项目开工建设。");
        assert_eq!(r.value, Some(707.0));
        assert!(r.indicator.starts_with("5000万元以上项目"));
    }

    #[test]
    fn a_word_with_cong_starts_nothing() {
        let text = "2031年青川市政府工作报告\n一、“十五五”时期工作回顾\n过去五年，从业人员达到12万人，一般公共预算收入从90亿元增加到120亿元。\n";
        let r = rows(text);
        let period = |v: f64| {
            let r = r.iter().find(|r| r.value == Some(v)).unwrap();
            r.period.map(|p| p.to_string()).unwrap_or_default()
        };
        assert_eq!(period(12.0), "2030");
        assert_eq!(period(90.0), "2025");
    }

    #[test]
    fn an_addition_is_not_the_stock() {
        assert_eq!(one("新增高新技术企业8家。").canonical, None);
        assert_eq!(
            one("高新技术企业481家。").canonical.as_deref(),
            Some("高新技术企业数量")
        );
    }

    #[test]
    fn numbers_that_are_not_facts() {
        assert!(rows("2024年是关键一年，第17次会议，打造10分钟健身圈。").is_empty());
        assert!(rows("新建5G基站，PM2.5浓度，“1+N”政策体系，66千伏山南工程。").is_empty());
    }

    #[test]
    fn spans_point_into_the_input_as_given() {
        let text = "　地区生产总值完成 ６３.６５ 亿元，同比增长 5.2%。";
        let r = one(text);
        let chars: Vec<char> = text.chars().collect();
        let evidence: String = chars[r.start..r.end].iter().collect();
        assert_eq!(evidence, "地区生产总值完成 ６３.６５ 亿元，同比增长 5.2%");
        assert_eq!(r.evidence, evidence);
    }
}
