//! Stage 5: facts — who a quantity is about, whether it is a level or a
//! change, how lists and 分别 share it out, its status and period → rows.
//!
//! [`extract`] walks the sentences; for each it reads the [`marks`] (parts,
//! clauses, goal words, framing periods) once, reads every quantity's role,
//! groups the quantities into lists, finds each list's subject
//! ([`crate::subject`]) and applies the rules in [`rules`], one per file:
//!
//! | rule | what it decides |
//! |---|---|
//! | [`rules::role`] | level or change (增长5% vs 63亿元) |
//! | [`rules::cut_object`] | 压减X 2亿立方米: a fall of X |
//! | [`rules::list_group`] | which numbers form one list (、 和 分别) |
//! | [`rules::harmonise_list`] | a unit or qualifier written once serves the list |
//! | [`rules::example_names`] | a number inside an example before 等 is no fact |
//! | [`rules::list_verb`] | 新增A 5家、B 3家: the verb governs B |
//! | [`rules::levels_for_changes`] | a list of changes belongs to the levels before it |
//! | [`rules::split_items`] | 南果梨、食用菌产量 / 城乡… name several subjects |
//! | [`rules::each`] | 均, 各: one number for each listed subject |
//! | [`rules::inherit_subject`] | 总量, 增速, 省级 borrow the subject before |
//! | [`rules::topic`] | 产值, 总量, 新登记 with no subject are the paragraph's topic's |
//! | [`rules::output_change`] | 粮食增产12.5亿斤 is a change of 粮食产量 |
//! | [`rules::share_of`] | 占…的70% is a share of the level before |
//! | [`rules::change_joins_level`] | a change joins its level in one row |
//! | [`rules::span_period`] | a level over 五年来 takes the end year |
//! | [`rules::average_span`] | 到2030年…年均增长5% takes the plan's span |
//! | [`rules::since_baseline`] | 较2020年下降20% is a change over 2021-2025 |
//! | [`rules::change_range`] | 下降3-5% runs low to high |
//! | [`rules::status`] | actual, estimate or target |
//! | [`rules::means_phrase`] | 宁波以9800亿元的经济总量居…: 宁波's 经济总量, no rank |
//! | [`rules::counterpart`] | 一般公共预算收入…，支出…: the budget's 支出 |
//! | [`rules::place_alone`] | 上海GDP为…，北京为…: 北京GDP |
//! | [`rules::per_head`] | GDP 9000亿元，人均9.3万元: 人均GDP |
//! | [`rules::owner`] | 洛阳市地区生产总值…: the row is 洛阳市's, else the report's region's |
//! | [`rules::place_topic`] | 杭州市经济总量…，常住人口…: the clauses after a place are its |
//! | [`rules::people_unit`] | 常住人口985万: unit 万人 |
//!
//! A new rule goes in a file of its own under `rules/`, called from
//! [`group_facts`] (subjects and lists) or [`row`] (period and status).

mod marks;
mod row;
mod rules;
mod table;

use crate::clause::Sentence;
use crate::indicator::Dictionary;
use crate::lexicon::words::{AVERAGE_ANNUAL, POINTS_UNIT};
use crate::model::{Row, Status};
use crate::normalize::Normalized;
use crate::period::Period;
use crate::quantity::{self, Quantity};
use crate::structure::Document;
use crate::subject;
use crate::text::starts_at;
use marks::Marks;
use row::to_rows;
use rules::{
    change_joins_level::push_fact,
    counterpart::counterpart_subject,
    cut_object::cut_of_object,
    each::subject_items,
    example_names::names_an_example,
    harmonise_list::harmonise_list,
    inherit_subject::{inherit_subject, is_generic, Borrow},
    levels_for_changes::levels_for_changes,
    list_group::list_group,
    list_verb::govern_by_list_verb,
    means_phrase::means_subject,
    output_change::output_subject,
    people_unit::people_unit,
    per_head::per_head_subject,
    place_alone::{aspect_of, place_alone_subject, title_aspect},
    place_topic::{opens_own_scope, Owners},
    role::{improvement_sign, read_roles},
    share_of::{bare_share, is_share_of_before, share_subject},
    topic::{sentence_topic, topic_subject},
};

/// Whether a quantity states a level or a change, and the change's sign.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Level,
    Change(f64),
}

/// A quantity read in its sentence: its role and where its subject ends.
#[derive(Debug, Clone)]
struct Reading {
    q: Quantity,
    role: Role,
    /// Where the words before the number that are not the subject begin
    /// (the change verb, 完成, 达到 …).
    verb_start: usize,
}

/// One fact under construction.
#[derive(Debug, Clone)]
struct Fact {
    subject: String,
    /// Start of the evidence (the subject's first char, or the number's).
    start: usize,
    end: usize,
    level: Option<Quantity>,
    change: Option<(Quantity, f64)>,
    /// Position the status and period are read up to.
    anchor: usize,
    /// Where the ；-part of the sentence holding this fact begins.
    part: usize,
    /// Where the clause holding the number begins.
    clause: usize,
    /// What a level is over a span of years (see `rules::span_period`).
    over: rules::span_period::Over,
    /// The change is an average annual one (年均增长): over a span.
    average: bool,
}

/// How many facts back a subject or a level is looked for. A sentence that
/// runs on for more is not one a reader follows either, and a bound keeps
/// the work linear on pathological text.
const LOOK_BACK: usize = 8;

/// 从A增加到B, 由A提升至B: A is the level before the span began.
const FROM: &[char] = &['从', '由'];

const TO: &[char] = &['到', '至'];

/// Extracts the rows of every sentence, naming subjects from `dict`.
pub fn extract(
    norm: &Normalized,
    doc: &Document,
    sentences: &[Sentence],
    dict: &Dictionary,
) -> Vec<Row> {
    let chars = &norm.chars;
    let mut rows = Vec::new();
    // A text that does not say what it reports on (no title, no dated
    // section) is dated by the last year it wrote in the paragraph so far.
    let mut carried: Option<Period> = None;
    let mut topic: Option<String> = None;
    let mut owners = Owners::new(&doc.meta);
    let titled = doc.meta.title.as_deref().and_then(title_aspect);
    for s in sentences {
        let ctx = doc.context_at(s.start);
        if s.start > 0 && chars[s.start - 1] == '\n' {
            topic = None;
            owners.new_line();
        }
        owners.open_sentence(chars, s.start, s.end);
        let own_topic = sentence_topic(chars, s.start, s.end);
        let dateless = ctx.review_period.is_none();
        let qs = quantity::scan(chars, s.start, s.end);
        if qs.is_empty() {
            if dateless {
                carried = Marks::first_written_period(chars, s, &ctx).or(carried);
            }
        } else {
            let mut marks = Marks::read(chars, s, &ctx);
            marks.topic = own_topic.clone().or_else(|| topic.clone());
            marks.aspect = aspect_of(chars, s.start, s.end).or_else(|| titled.clone());
            marks.dict = dict;
            for fact in sentence_facts(chars, s, &marks, qs) {
                let own_scope = opens_own_scope(chars, fact.clause, fact.start);
                for mut row in to_rows(norm, &ctx, &marks, fact) {
                    if row.period.is_none() && row.status != Status::Target {
                        row.period = carried;
                    }
                    owners.give(&mut row, own_scope);
                    people_unit(&mut row);
                    rows.push(row);
                }
            }
            if dateless {
                carried = marks.first_written().or(carried);
            }
        }
        if own_topic.is_some() {
            topic = own_topic;
        }
        if chars.get(s.end) == Some(&'\n') {
            carried = None;
        }
        owners.end_sentence();
    }
    rows
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
) {
    // Most texts have no column gap at all: a byte scan says so.
    if !table::may_hold_a_table(input) {
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
    let mut owners = Owners::new(&doc.meta);
    for fact in facts {
        let ctx = doc.context_at(norm.position_of(fact.start));
        let mut row = row::table_row(&ctx, fact, dict);
        owners.give(&mut row, false);
        owners.new_line();
        people_unit(&mut row);
        rows.push(row);
    }
    crate::order::sort_by_key(rows, |r| r.start);
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
        let group = list_group(chars, &readings, i);
        let new = group_facts(chars, s, marks, &readings, i, group, &facts);
        i += group;
        for f in new {
            push_fact(&mut facts, f);
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
    harmonise_list(&mut members);
    let first = &members[0];
    let place = subject::Place {
        start: s.start,
        end: s.end,
        prev_end: if i > 0 {
            readings[i - 1].q.end
        } else {
            s.start
        },
        verb_start: first.verb_start,
        first: &first.q,
        last: &members[n - 1].q,
        next_start: next_start(readings, i + n - 1, s.end),
    };
    let found = means_subject(chars, &place, subject::find(chars, &place));
    if names_an_example(chars, &found, place.next_start) {
        return Vec::new();
    }
    let part = marks.part_of(first.q.start);
    let subject = govern_by_list_verb(chars, before, &found, place.prev_end, part, marks.dict);
    let items = if found.after {
        vec![subject.clone(); n]
    } else if let Some(levels) = levels_for_changes(before, &members, &subject, part) {
        levels
    } else {
        subject_items(chars, &subject, n, found.start, first.q.start, marks.dict)
    };
    if items.len() > n {
        // A和B均实现100%: one number, several subjects.
        return items
            .into_iter()
            .map(|it| new_fact(chars, marks, it, &found, &members[0], part))
            .collect();
    }
    members
        .into_iter()
        .enumerate()
        .map(|(k, mut r)| {
            let item = items.get(k).cloned().unwrap_or_else(|| subject.clone());
            let subject = member_subject(chars, marks, before, part, item, &mut r);
            improvement_sign(chars, &subject, &mut r);
            let mut f = new_fact(chars, marks, subject, &found, &r, part);
            if k > 0 {
                f.end = r.q.end;
            }
            f
        })
        .collect()
}

/// The subject of one list member, after the rules that rename it: a cut
/// of an object, a bare share, a borrowed or shared subject, the topic, an
/// output changed by 增产/减产.
fn member_subject(
    chars: &[char],
    marks: &Marks,
    before: &[Fact],
    part: usize,
    mut subject: String,
    r: &mut Reading,
) -> String {
    if let Some(object) = cut_of_object(&subject, r) {
        subject = object;
    }
    if let Some(named) = counterpart_subject(before, &subject, part, marks.dict)
        .or_else(|| place_alone_subject(before, &subject, part, marks.aspect.as_deref()))
        .or_else(|| per_head_subject(before, &subject, part))
    {
        subject = named;
    }
    if subject.is_empty() {
        subject = bare_share(chars, &r.q).unwrap_or_default();
    }
    if subject.is_empty() || is_generic(&subject) {
        let borrow = match r.role {
            Role::Level => Borrow::Level,
            Role::Change(_) if r.q.unit.ends_with(POINTS_UNIT) => Borrow::PointsOf,
            Role::Change(_) => Borrow::ChangeOf,
        };
        subject = inherit_subject(before, &subject, part, borrow);
    } else if is_share_of_before(&subject, &r.q) {
        subject = share_subject(before, &subject, part);
    }
    if let Some(t) = marks
        .topic
        .as_deref()
        .and_then(|t| topic_subject(&subject, t))
    {
        subject = t;
    }
    output_subject(chars, &subject, r).unwrap_or(subject)
}

fn new_fact(
    chars: &[char],
    marks: &Marks,
    subject: String,
    found: &subject::Found,
    r: &Reading,
    part: usize,
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

/// What the rules' tests share: the rows of a made-up sentence.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::model::Row;

    pub(crate) fn rows(text: &str) -> Vec<Row> {
        crate::parse(text).rows
    }

    /// The only row of `text`; fails when there is not exactly one.
    pub(crate) fn one(text: &str) -> Row {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        r.into_iter().next().unwrap()
    }
}
