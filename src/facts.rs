//! Stage 5: facts — who a quantity is about, whether it is a level or a
//! change, how lists and 分别 share it out, its status and period → rows.

use crate::clause::Sentence;
use crate::lexicon::words::{
    CHANGE_DOWN, CHANGE_FILLERS, CHANGE_UP, ESTIMATE_MARKERS, GENERIC_SUBJECTS, RATE_NOUNS,
    TO_LEVEL, URBAN_RURAL,
};
use crate::model::{Qualifier, Row, Status};
use crate::normalize::{is_cjk, Normalized};
use crate::quantity::{self, Quantity};
use crate::structure::{Context, Document, Mode};
use crate::{indicator, period, subject};

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
}

/// Extracts the rows of every sentence.
pub fn extract(norm: &Normalized, doc: &Document, sentences: &[Sentence]) -> Vec<Row> {
    let chars = &norm.chars;
    let mut rows = Vec::new();
    for s in sentences {
        let qs = quantity::scan(chars, s.start, s.end);
        if qs.is_empty() {
            continue;
        }
        let ctx = doc.context_at(s.start);
        for fact in sentence_facts(chars, s, qs) {
            if let Some(row) = to_row(norm, chars, s, &ctx, doc, fact) {
                rows.push(row);
            }
        }
    }
    rows
}

fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    for w in word.chars() {
        if chars.get(i) != Some(&w) {
            return false;
        }
        i += 1;
    }
    true
}

fn ends_with(chars: &[char], at: usize, word: &str) -> bool {
    let n = word.chars().count();
    at >= n && starts_with(chars, at - n, word)
}

/// The longest word of `words` that ends at `at` and starts at or after `from`.
fn word_ending_at<'a>(
    chars: &[char],
    from: usize,
    at: usize,
    words: &[&'a str],
) -> Option<&'a str> {
    words
        .iter()
        .filter(|w| at >= from + w.chars().count() && ends_with(chars, at, w))
        .max_by_key(|w| w.chars().count())
        .copied()
}

/// Reads whether the quantity is a change: a change verb or a growth-rate
/// noun right before it (增长5.2%, 分别下降17.5%, 增长率11.5%), unless the
/// verb goes on to a level (提升到25%).
fn read_role(chars: &[char], from: usize, q: &Quantity) -> (Role, usize) {
    if q.word_change {
        return (Role::Change(1.0), q.start);
    }
    let mut at = q.start;
    while let Some(w) = word_ending_at(chars, from, at, CHANGE_FILLERS) {
        at -= w.chars().count();
    }
    if let Some(w) = word_ending_at(chars, from, at, TO_LEVEL) {
        let before = at - w.chars().count();
        if let Some(v) = change_verb_ending_at(chars, from, before) {
            return (Role::Level, before - v.0);
        }
    }
    if let Some((len, sign)) = change_verb_ending_at(chars, from, at) {
        return (Role::Change(sign), at - len);
    }
    if let Some(noun) = word_ending_at(chars, from, at, RATE_NOUNS) {
        let sign = if noun.contains('降') { -1.0 } else { 1.0 };
        return (Role::Change(sign), at);
    }
    (Role::Level, q.start)
}

/// A change verb ending at `at`: its length and sign. 新增 is an addition,
/// not a change.
fn change_verb_ending_at(chars: &[char], from: usize, at: usize) -> Option<(usize, f64)> {
    let up = word_ending_at(chars, from, at, CHANGE_UP);
    let down = word_ending_at(chars, from, at, CHANGE_DOWN);
    let (word, sign) = match (up, down) {
        (Some(u), Some(d)) if d.chars().count() > u.chars().count() => (d, -1.0),
        (Some(u), _) => (u, 1.0),
        (None, Some(d)) => (d, -1.0),
        (None, None) => return None,
    };
    let len = word.chars().count();
    if word.chars().count() == 1 && at - len > from && chars[at - len - 1] == '新' {
        return None;
    }
    Some((len, sign))
}

/// Start of the clause holding `at`: after the last ，：；within the sentence.
fn clause_start(chars: &[char], sentence_start: usize, at: usize) -> usize {
    (sentence_start..at)
        .rev()
        .find(|&i| matches!(chars[i], '，' | '：' | '；'))
        .map_or(sentence_start, |i| i + 1)
}

/// End of the clause holding `at`.
fn clause_end(chars: &[char], at: usize, sentence_end: usize) -> usize {
    (at..sentence_end)
        .find(|&i| matches!(chars[i], '，' | '：' | '；'))
        .unwrap_or(sentence_end)
}

/// Start of the ；-part of the sentence holding `at`.
fn part_start(chars: &[char], sentence_start: usize, at: usize) -> usize {
    (sentence_start..at)
        .rev()
        .find(|&i| chars[i] == '；')
        .map_or(sentence_start, |i| i + 1)
}

/// Text between two quantities that joins them into one list: 、 和 及 与,
/// or nothing (改造老旧小区20个140万平方米).
fn is_list_joint(chars: &[char], from: usize, to: usize) -> bool {
    let gap: String = chars[from..to].iter().collect();
    matches!(gap.as_str(), "" | "、" | "和" | "及" | "与" | "以及" | "，")
}

fn sentence_facts(chars: &[char], s: &Sentence, qs: Vec<Quantity>) -> Vec<Fact> {
    let readings = read_roles(chars, s, qs);
    let mut facts: Vec<Fact> = Vec::new();
    let mut i = 0;
    while i < readings.len() {
        let group = list_group(chars, &readings, i);
        let new = group_facts(chars, s, &readings, i, group, &facts);
        i += group;
        for f in new {
            push_fact(&mut facts, f);
        }
    }
    facts
}

fn read_roles(chars: &[char], s: &Sentence, qs: Vec<Quantity>) -> Vec<Reading> {
    let mut prev_end = s.start;
    qs.into_iter()
        .map(|q| {
            let from = prev_end.max(clause_start(chars, s.start, q.start));
            let (role, verb_start) = read_role(chars, from, &q);
            prev_end = q.end;
            Reading {
                q,
                role,
                verb_start,
            }
        })
        .collect()
}

/// How many readings from `i` form one list sharing a subject: 分别增长17.6%
/// 和9.4%, 374个、242个, 20个140万平方米.
fn list_group(chars: &[char], readings: &[Reading], i: usize) -> usize {
    let mut n = 1;
    while i + n < readings.len() {
        let prev = &readings[i + n - 1];
        let next = &readings[i + n];
        let joint_ok =
            is_list_joint(chars, prev.q.end, next.q.start) && next.verb_start == next.q.start;
        let comma = chars.get(prev.q.end) == Some(&'，');
        // A comma joins a list only when 分别 announced one.
        if !joint_ok || (comma && !has_fenbie_before(chars, &readings[i])) {
            break;
        }
        n += 1;
    }
    n
}

fn has_fenbie_before(chars: &[char], r: &Reading) -> bool {
    let from = r.verb_start.saturating_sub(4);
    (from..r.q.start).any(|i| starts_with(chars, i, "分别"))
}

/// Facts for a list of `n` readings starting at `i`.
fn group_facts(
    chars: &[char],
    s: &Sentence,
    readings: &[Reading],
    i: usize,
    n: usize,
    before: &[Fact],
) -> Vec<Fact> {
    let first = &readings[i];
    let mut members: Vec<Reading> = readings[i..i + n].to_vec();
    harmonise_list_units(&mut members);
    let prev_end = if i > 0 {
        readings[i - 1].q.end
    } else {
        s.start
    };
    let found = subject::find(
        chars,
        s.start,
        s.end,
        prev_end,
        first.verb_start,
        &first.q,
        next_start(readings, i + n - 1, s.end),
    );
    let items = if n > 1 {
        split_items(&found.text, n)
    } else {
        vec![found.text.clone()]
    };
    let part = part_start(chars, s.start, first.q.start);
    let mut out = Vec::new();
    for (k, r) in members.into_iter().enumerate() {
        let mut subject = items.get(k).cloned().unwrap_or_else(|| found.text.clone());
        if subject.is_empty() || is_generic(&subject) {
            subject = inherit_subject(before, &subject, part);
        }
        let end = if k == 0 {
            found.end.max(r.q.end)
        } else {
            r.q.end
        };
        let anchor = r.q.start;
        let (level, change) = match r.role {
            Role::Level => (Some(r.q), None),
            Role::Change(sign) => (None, Some((r.q, sign))),
        };
        out.push(Fact {
            subject,
            start: found.start.min(first.q.start),
            end,
            level,
            change,
            anchor,
            part,
        });
    }
    out
}

fn next_start(readings: &[Reading], i: usize, sentence_end: usize) -> usize {
    readings.get(i + 1).map_or(sentence_end, |r| r.q.start)
}

/// 分别提高3.5个和3个百分点: the unit written once at the end is every
/// member's; and every member shares the first one's role.
fn harmonise_list_units(members: &mut [Reading]) {
    let Some(last) = members.last().map(|r| r.q.unit.clone()) else {
        return;
    };
    let role = members[0].role;
    let shortened = |u: &str| last.ends_with(u) && last != u;
    for r in members.iter_mut() {
        if shortened(&r.q.unit) {
            r.q.unit = last.clone();
        }
        r.role = role;
    }
}

fn is_generic(subject: &str) -> bool {
    GENERIC_SUBJECTS.contains(&subject) || RATE_NOUNS.contains(&subject)
}

/// A subject that names nothing on its own borrows the previous fact's
/// subject in the same ；-part: 新设市场经营主体5.2万户，总量达到35.8万户.
fn inherit_subject(before: &[Fact], generic: &str, part: usize) -> String {
    let Some(prev) = before
        .iter()
        .rev()
        .find(|f| f.part == part && !f.subject.is_empty())
    else {
        return generic.to_string();
    };
    if generic.is_empty() || RATE_NOUNS.contains(&generic) {
        return prev.subject.clone();
    }
    format!("{}{}", subject::without_addition(&prev.subject), generic)
}

/// Splits a subject naming `n` things: 南果梨、食用菌产量 → 南果梨, 食用菌产量;
/// 城乡居民人均可支配收入 → 城镇…, 农村….
fn split_items(subject: &str, n: usize) -> Vec<String> {
    let by_comma: Vec<&str> = subject.split('、').filter(|s| !s.is_empty()).collect();
    if by_comma.len() == n {
        return by_comma.iter().map(|s| s.to_string()).collect();
    }
    let (both, urban, rural) = URBAN_RURAL;
    if n == 2 {
        if let Some(rest) = subject.strip_prefix(both) {
            return vec![format!("{urban}{rest}"), format!("{rural}{rest}")];
        }
    }
    let by_and: Vec<&str> = subject
        .split(['、', '和', '及', '与'])
        .filter(|s| !s.is_empty())
        .collect();
    if by_and.len() == n {
        return by_and.iter().map(|s| s.to_string()).collect();
    }
    vec![subject.to_string(); n]
}

/// Adds a fact, merging a change with no subject of its own into the level
/// before it: 地区生产总值完成63.65亿元，同比增长5.2%.
fn push_fact(facts: &mut Vec<Fact>, f: Fact) {
    if let Some(change) = &f.change {
        let target = facts.iter_mut().rev().find(|p| {
            p.part == f.part
                && p.change.is_none()
                && p.level.as_ref().is_some_and(|l| !l.is_rate())
                && p.subject == f.subject
        });
        if let Some(p) = target {
            if f.start >= p.start {
                p.change = Some(change.clone());
                p.end = p.end.max(f.end);
                return;
            }
        }
    }
    facts.push(f);
}

fn to_row(
    norm: &Normalized,
    chars: &[char],
    s: &Sentence,
    ctx: &Context,
    doc: &Document,
    f: Fact,
) -> Option<Row> {
    if f.subject.is_empty() {
        return None;
    }
    let status = read_status(chars, s.start, f.anchor, ctx);
    let period = read_period(chars, s.start, f.anchor, ctx, status, doc);
    let canonical = indicator::canonical(&f.subject);
    let category = indicator::category(&f.subject, canonical).to_string();
    let (start, end) = norm.original_span(f.start, f.end);
    let mut row = Row {
        core: canonical.is_some(),
        canonical: canonical.map(str::to_string),
        indicator: f.subject,
        category,
        status,
        period,
        start,
        end,
        ..Row::default()
    };
    if let Some(l) = &f.level {
        row.value = l.value;
        row.value_max = l.value_max;
        row.unit = Some(l.unit.clone());
        row.value_qualifier = l.qualifier;
        row.placeholder = l.placeholder;
    }
    if let Some((c, sign)) = &f.change {
        if c.placeholder && f.level.is_none() {
            return None;
        }
        row.change = c.value.map(|v| v * sign);
        row.change_max = c.value_max.map(|v| v * sign);
        row.change_unit = Some(c.unit.clone());
        row.change_qualifier = c.qualifier;
    }
    fix_signed_qualifier(&mut row);
    Some(row)
}

/// 下降不超过… reads the same; nothing to flip today, but keep negative
/// ranges ordered low to high.
fn fix_signed_qualifier(row: &mut Row) {
    if let (Some(a), Some(b)) = (row.change, row.change_max) {
        if a > b {
            row.change = Some(b);
            row.change_max = Some(a);
        }
    }
    let _ = Qualifier::Approx;
}

/// actual, estimate or target: the section's mode first, then the words of
/// the sentence before the number.
fn read_status(chars: &[char], sentence_start: usize, at: usize, ctx: &Context) -> Status {
    if ctx.mode == Mode::Plan {
        return Status::Target;
    }
    let before = &chars[sentence_start..at];
    if contains_any(before, ESTIMATE_MARKERS) {
        return Status::Estimate;
    }
    if crate::status::has_target_marker(before) {
        return Status::Target;
    }
    Status::Actual
}

fn contains_any(chars: &[char], words: &[&str]) -> bool {
    (0..chars.len()).any(|i| words.iter().any(|w| starts_with(chars, i, w)))
}

fn read_period(
    chars: &[char],
    sentence_start: usize,
    at: usize,
    ctx: &Context,
    status: Status,
    doc: &Document,
) -> Option<String> {
    let _ = doc;
    if let Some(p) = period::explicit_period(&chars[sentence_start..at], ctx.current_year) {
        return Some(p);
    }
    match status {
        Status::Target => ctx.target_period.clone(),
        _ => ctx.review_period.clone(),
    }
}

/// True when the char can start the noun a count is about (8家央企…).
pub(crate) fn starts_noun(c: char) -> bool {
    is_cjk(c) || c == '“' || c == '"' || c.is_ascii_alphabetic()
}
