//! Stage 5: facts — who a quantity is about, whether it is a level or a
//! change, how lists and 分别 share it out, its status and period → rows.

use crate::clause::Sentence;
use crate::lexicon::matcher::{starts_at as starts_with, LazyIndex};
use crate::lexicon::structure_words::RELATIVE_YEARS;
use crate::lexicon::words::{
    AVERAGE_ANNUAL, CHANGE_DOWN, CHANGE_FILLERS, CHANGE_UP, EACH_NOT_BEFORE, EACH_OF, EACH_WORDS,
    ESTIMATE_MARKERS, GENERIC_SUBJECTS, LEVEL_SUFFIX, LIST_VERBS, RATE_NOUNS, SHARE_LEADS,
    TO_LEVEL, URBAN_RURAL,
};
use crate::model::{Row, Status};
use crate::normalize::Normalized;
use crate::period::{self, Period};
use crate::quantity::{self, Quantity};
use crate::structure::{Context, Document, Mode};
use crate::{indicator, subject};

mod span_rule;

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
    /// What a level is over a span of years (see [`span_rule`]).
    over: span_rule::Over,
    /// The change is an average annual one (年均增长): over a span.
    average: bool,
}

/// How many facts back a subject or a level is looked for. A sentence that
/// runs on for more is not one a reader follows either, and a bound keeps
/// the work linear on pathological text.
const LOOK_BACK: usize = 8;

/// How far into a sentence a period may start and still open it (截至).
const OPENING_CHARS: usize = 3;

/// 从A增加到B: A is the level before the span began.
const FROM: char = '从';
const TO: &[char] = &['到', '至'];

/// Extracts the rows of every sentence.
pub fn extract(norm: &Normalized, doc: &Document, sentences: &[Sentence]) -> Vec<Row> {
    let chars = &norm.chars;
    let mut rows = Vec::new();
    // A text that does not say what it reports on (no title, no dated
    // section) is dated by the last year it wrote in the paragraph so far.
    let mut carried: Option<Period> = None;
    for s in sentences {
        let ctx = doc.context_at(s.start);
        let dateless = ctx.review_period.is_none();
        let qs = quantity::scan(chars, s.start, s.end);
        if qs.is_empty() {
            if dateless {
                carried = Marks::first_written_period(chars, s, &ctx).or(carried);
            }
        } else {
            let marks = Marks::read(chars, s, &ctx);
            for fact in sentence_facts(chars, s, &marks, qs) {
                if let Some(mut row) = to_row(norm, &ctx, &marks, fact) {
                    if row.period.is_none() && row.status != Status::Target {
                        row.period = carried;
                    }
                    rows.push(row);
                }
            }
            if dateless {
                carried = marks.first_written().or(carried);
            }
        }
        if chars.get(s.end) == Some(&'\n') {
            carried = None;
        }
    }
    rows
}

/// Fills each row's `evidence` with the input exactly as given between its
/// `start` and `end` (code point offsets).
pub fn attach_evidence(input: &str, rows: &mut [Row]) {
    if rows.is_empty() {
        return;
    }
    let bytes_at: Vec<usize> = input
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(input.len()))
        .collect();
    let byte = |cp: usize| bytes_at[cp.min(bytes_at.len() - 1)];
    for row in rows {
        row.evidence = input[byte(row.start)..byte(row.end)].to_string();
    }
}

/// What a sentence says once for all its facts, read in one pass each:
/// where its ；-parts begin, where 预计 and goal words stand, and the
/// periods that frame it. Reading these per fact would be quadratic in the
/// sentence's length.
struct Marks {
    /// Start of each ；-part, ascending; the first is the sentence start.
    parts: Vec<usize>,
    /// Start of each clause (after ，：；), ascending, from the sentence start.
    clauses: Vec<usize>,
    estimate_at: Option<usize>,
    /// Positions of words that make what follows a goal, ascending.
    goals: Vec<usize>,
    /// Framing periods in order, each with the position its mention ends,
    /// whether it names its year itself (2020年, 今年) rather than through a
    /// base year (全年, 前三季度),
    /// whether a comma follows it (前三季度，…): then it frames all
    /// that follows, not only the number after it, and whether it stands
    /// in the sentence's first clause (五年来…): then it frames the sentence.
    periods: Vec<(usize, Period, bool, bool, bool)>,
}

impl Marks {
    fn read(chars: &[char], s: &Sentence, ctx: &Context) -> Marks {
        let text = &chars[s.start..s.end];
        let after = |stop: fn(char) -> bool| {
            let mut v = vec![s.start];
            v.extend((s.start..s.end).filter(|&i| stop(chars[i])).map(|i| i + 1));
            v
        };
        let parts = after(|c| c == '；');
        let clauses = after(|c| matches!(c, '，' | '：' | '；'));
        let estimate_at = (0..text.len())
            .find(|&i| ESTIMATE_MARKERS.iter().any(|w| starts_with(text, i, w)))
            .map(|i| s.start + i);
        let goals = crate::status::goal_positions(text)
            .into_iter()
            .map(|i| s.start + i)
            .collect();
        let periods = period::scan(text, &ctx.anchor())
            .into_iter()
            .filter(|m| m.role == period::Role::Frame)
            .filter_map(|m| {
                let words = &text[m.start..m.end];
                // Written with digits, or a year word that needs no base year (今年).
                let digits = words.iter().any(|c| c.is_ascii_digit())
                    || RELATIVE_YEARS.iter().any(|(w, _)| starts_with(words, 0, w));
                let scope = text.get(m.end) == Some(&'，');
                // 五年来，… / 到2030年，… / 截至2025年底…: at the very start.
                let opens = m.start <= OPENING_CHARS
                    && !text[..m.start]
                        .iter()
                        .any(|c| matches!(c, '，' | '；' | '：'));
                Some((s.start + m.end, m.period?, digits, scope, opens))
            })
            .collect();
        Marks {
            parts,
            clauses,
            estimate_at,
            goals,
            periods,
        }
    }

    /// Start of the ；-part holding `at`.
    fn part_of(&self, at: usize) -> usize {
        let k = self.parts.partition_point(|&p| p <= at);
        self.parts[k.saturating_sub(1)]
    }

    /// The first period the sentence names by itself (2024年上半年).
    fn first_written(&self) -> Option<Period> {
        self.periods.iter().find(|m| m.2).map(|m| m.1)
    }

    fn first_written_period(chars: &[char], s: &Sentence, ctx: &Context) -> Option<Period> {
        Marks::read(chars, s, ctx).first_written()
    }

    /// Start of the clause holding `at`.
    fn clause_of(&self, at: usize) -> usize {
        let k = self.clauses.partition_point(|&c| c <= at);
        self.clauses[k.saturating_sub(1)]
    }

    fn has_goal_between(&self, from: usize, to: usize) -> bool {
        let k = self.goals.partition_point(|&g| g < from);
        self.goals.get(k).is_some_and(|&g| g < to)
    }

    /// The period framing the number at `at`: the nearest one in its own
    /// clause (从2020年的120亿元增加到2025年的168亿元), else the last one
    /// that opens a clause before it (前三季度，…), else the one opening the
    /// sentence (五年来…); a year in another clause (…从2020年的3.68万亿元
    /// 增长到2025年的4.93万亿元，X年均增长6.5%) frames only its own. A relative word (全年, 前三季度) takes its year
    /// from a year written earlier in the sentence (2025年，…全年新签约…).
    fn period_before(&self, clause: usize, at: usize) -> Option<Period> {
        let before = || self.periods.iter().filter(|m| m.0 <= at);
        let chosen = before()
            .rfind(|m| m.0 > clause)
            .or_else(|| before().rfind(|m| m.3))
            .or_else(|| before().next().filter(|m| m.4))?;
        let (end, near, digits, _, _) = chosen;
        if *digits {
            return Some(*near);
        }
        let written_year = before()
            .rfind(|m| m.0 < *end && m.2 && !m.1.is_span())
            .map(|m| m.1.year());
        Some(written_year.map_or(*near, |y| near.in_year(y)))
    }
}

static FILLERS: LazyIndex = LazyIndex::new(CHANGE_FILLERS);
static LEVEL_LINKS: LazyIndex = LazyIndex::new(TO_LEVEL);
static RATES: LazyIndex = LazyIndex::new(RATE_NOUNS);
static UPS: LazyIndex = LazyIndex::new(CHANGE_UP);
static DOWNS: LazyIndex = LazyIndex::new(CHANGE_DOWN);

/// Reads whether the quantity is a change: a change verb or a growth-rate
/// noun right before it (增长5.2%, 分别下降17.5%, 增长率11.5%), unless the
/// verb goes on to a level (提升到25%).
fn read_role(chars: &[char], from: usize, q: &Quantity) -> (Role, usize) {
    if q.word_change {
        return (Role::Change(1.0), q.start);
    }
    let mut at = q.start;
    while let Some(w) = FILLERS.ending_at(chars, from, at) {
        at -= w.chars().count();
    }
    if let Some(w) = LEVEL_LINKS.ending_at(chars, from, at) {
        let before = at - w.chars().count();
        if let Some(v) = change_verb_ending_at(chars, from, before) {
            return (Role::Level, before - v.0);
        }
    }
    if let Some((len, sign)) = change_verb_ending_at(chars, from, at) {
        return (Role::Change(sign), at - len);
    }
    if let Some(noun) = RATES.ending_at(chars, from, at) {
        let sign = if noun.contains('降') { -1.0 } else { 1.0 };
        return (Role::Change(sign), at);
    }
    (Role::Level, q.start)
}

/// A change verb ending at `at`: its length and sign. 新增 is an addition,
/// not a change.
fn change_verb_ending_at(chars: &[char], from: usize, at: usize) -> Option<(usize, f64)> {
    let up = UPS.ending_at(chars, from, at);
    let down = DOWNS.ending_at(chars, from, at);
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

/// Start of the clause holding `at`: after the last ，：；since `from`.
fn clause_start(chars: &[char], from: usize, at: usize) -> usize {
    (from..at)
        .rev()
        .find(|&i| matches!(chars[i], '，' | '：' | '；'))
        .map_or(from, |i| i + 1)
}

/// Text between two quantities that joins them into one list: 、 和 及 与,
/// or nothing (改造老旧小区20个140万平方米).
fn is_list_joint(chars: &[char], from: usize, to: usize) -> bool {
    matches!(
        &chars[from..to],
        [] | ['、'] | ['和'] | ['及'] | ['与'] | ['以', '及'] | ['，']
    )
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

fn read_roles(chars: &[char], s: &Sentence, qs: Vec<Quantity>) -> Vec<Reading> {
    let mut prev_end = s.start;
    qs.into_iter()
        .map(|q| {
            let from = clause_start(chars, prev_end, q.start);
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
    let found = subject::find(chars, &place);
    if names_an_example(chars, &found, place.next_start) {
        return Vec::new();
    }
    let part = marks.part_of(first.q.start);
    let subject = govern_by_list_verb(chars, before, &found, place.prev_end, part);
    let items = if found.after {
        vec![subject.clone(); n]
    } else if let Some(levels) = levels_for_changes(before, &members, &subject, part) {
        levels
    } else {
        subject_items(chars, &subject, n, found.start, first.q.start)
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
        .map(|(k, r)| {
            let mut subject = items.get(k).cloned().unwrap_or_else(|| subject.clone());
            if subject.is_empty() || is_generic(&subject) {
                subject = inherit_subject(before, &subject, part, r.role != Role::Level);
            } else if is_share_of_before(&subject, &r.q) {
                subject = share_subject(before, &subject, part);
            }
            let mut f = new_fact(chars, marks, subject, &found, &r, part);
            if k > 0 {
                f.end = r.q.end;
            }
            f
        })
        .collect()
}

/// 平西建材1.3亿块煤矸石烧结路面砖等4个项目: a quantity inside an example
/// named before 等 and the count of the examples is part of a name.
fn names_an_example(chars: &[char], found: &subject::Found, next_start: usize) -> bool {
    let etc_then_count = |at: usize| chars.get(at) == Some(&'等') && at + 1 == next_start;
    found.after && (etc_then_count(found.end) || (found.end > 0 && etc_then_count(found.end - 1)))
}

/// 接待游客3000万人次、旅游收入300亿元，分别增长15%和20%: a list of changes
/// with no subject of its own belongs, in order, to the levels before it.
fn levels_for_changes(
    before: &[Fact],
    members: &[Reading],
    subject: &str,
    part: usize,
) -> Option<Vec<String>> {
    let n = members.len();
    if n < 2 || !subject.is_empty() || members.iter().any(|r| r.role == Role::Level) {
        return None;
    }
    let mut levels: Vec<String> = before
        .iter()
        .rev()
        .take(LOOK_BACK)
        .filter(|f| f.part == part && f.level.is_some() && f.change.is_none())
        .take(n)
        .map(|f| f.subject.clone())
        .collect();
    levels.reverse();
    (levels.len() == n).then_some(levels)
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
    let from_start = lead.contains(&FROM) && !lead.iter().any(|c| TO.contains(c));
    let over = span_rule::classify(chars, clause, r.q.num_start, &subject, from_start);
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
        average: r.verb_start >= 2 && starts_with(chars, r.verb_start - 2, AVERAGE_ANNUAL),
    }
}

fn next_start(readings: &[Reading], i: usize, sentence_end: usize) -> usize {
    readings.get(i + 1).map_or(sentence_end, |r| r.q.start)
}

/// Members of a list share what is written once: the unit at the end
/// (分别提高3.5个和3个百分点), the first member's role, and a qualifier before
/// the first number (分别突破800个和400个).
fn harmonise_list(members: &mut [Reading]) {
    let Some(last) = members.last().map(|r| r.q.unit.clone()) else {
        return;
    };
    let role = members[0].role;
    let qualifier = members[0].q.qualifier;
    let shortened = |u: &str| last.starts_with(u) && last != u;
    for r in members.iter_mut() {
        if shortened(&r.q.unit) {
            r.q.unit = last.clone();
        }
        r.role = role;
        if r.q.qualifier.is_none() {
            r.q.qualifier = qualifier;
        }
    }
}

fn is_generic(subject: &str) -> bool {
    GENERIC_SUBJECTS.contains(&subject) || RATE_NOUNS.contains(&subject) || is_level_only(subject)
}

/// 省级, 国家级: a level that qualifies a head noun said before.
fn is_level_only(subject: &str) -> bool {
    subject.ends_with(LEVEL_SUFFIX) && subject.chars().count() <= 4
}

/// A subject that names nothing on its own borrows from the fact before in
/// the same ；-part: a change with no subject is that fact's change, a total
/// (总量) or a level (省级) is of that fact's subject.
fn inherit_subject(before: &[Fact], generic: &str, part: usize, is_change: bool) -> String {
    let same_part = || {
        before
            .iter()
            .rev()
            .take(LOOK_BACK)
            .filter(|f| f.part == part && !f.subject.is_empty())
    };
    let prev = if is_change {
        same_part()
            .find(|f| f.change.is_none() && f.level.as_ref().is_some_and(|l| !l.is_rate()))
            .or_else(|| same_part().next())
    } else {
        same_part().next()
    };
    let Some(prev) = prev else {
        return generic.to_string();
    };
    if generic.is_empty() || RATE_NOUNS.contains(&generic) {
        return prev.subject.clone();
    }
    let head = subject::without_addition(&prev.subject);
    if is_level_only(generic) {
        let head = head.trim_start_matches(|c| c != LEVEL_SUFFIX);
        let head = head.strip_prefix(LEVEL_SUFFIX).unwrap_or(&prev.subject);
        return format!("{generic}{head}");
    }
    format!("{head}{generic}")
}

/// 占全市总量35%, 完成年计划的156%: a share of the fact before.
fn is_share_of_before(subject: &str, q: &Quantity) -> bool {
    q.unit == "%" && SHARE_LEADS.iter().any(|w| subject.starts_with(w))
}

fn share_subject(before: &[Fact], subject: &str, part: usize) -> String {
    before
        .iter()
        .rev()
        .take(LOOK_BACK)
        .find(|f| f.part == part && f.level.as_ref().is_some_and(|l| !l.is_rate()))
        .map_or(subject.to_string(), |f| format!("{}{subject}", f.subject))
}

/// 新增科技型中小企业200家、高新技术企业40家: the verb leading the first
/// item of a 、-list governs the later ones.
fn govern_by_list_verb(
    chars: &[char],
    before: &[Fact],
    found: &subject::Found,
    prev_end: usize,
    part: usize,
) -> String {
    let text = &found.text;
    let after_list = prev_end > 0 && chars.get(prev_end) == Some(&'、');
    if !after_list || text.is_empty() {
        return text.clone();
    }
    let Some(prev) = before.last().filter(|f| f.part == part) else {
        return text.clone();
    };
    // 新增城镇就业 is a name of its own: its 新增 governs nothing after it.
    if indicator::canonical(&prev.subject).is_some() {
        return text.clone();
    }
    let verb = LIST_VERBS.iter().find(|v| prev.subject.starts_with(*v));
    match verb {
        Some(v) if !text.starts_with(v) && !LIST_VERBS.iter().any(|w| text.starts_with(w)) => {
            format!("{v}{text}")
        }
        _ => text.clone(),
    }
}

/// The subjects a list of `n` numbers is about, or more than `n` when every
/// subject of a list takes the one number (A和B均实现100%).
fn subject_items(chars: &[char], subject: &str, n: usize, from: usize, to: usize) -> Vec<String> {
    if n > 1 {
        return split_items(subject, n);
    }
    // 均/都 right before the verb and number, not 各 inside the subject (各级各类).
    let window = to.saturating_sub(4).max(from);
    let each = (window..to).any(|i| EACH_WORDS.iter().any(|w| starts_with(chars, i, w)));
    if each {
        let parts: Vec<String> = subject
            .split(['、', '和', '及'])
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if (2..=4).contains(&parts.len()) {
            return parts;
        }
    }
    each_of_list(subject).unwrap_or_else(|| vec![subject.to_string()])
}

/// 镇（街道）、村（社区）各编录事项133条: each place listed before 各 has
/// the thing named after it, with the one number.
fn each_of_list(subject: &str) -> Option<Vec<String>> {
    let (list, thing) = subject.split_once(EACH_OF)?;
    let generic = thing
        .chars()
        .next()
        .is_none_or(|c| EACH_NOT_BEFORE.contains(&c));
    let places: Vec<&str> = list.split(['、', '和']).filter(|s| !s.is_empty()).collect();
    let short = places.iter().all(|p| p.chars().count() <= 8);
    (!generic && short && (2..=4).contains(&places.len()))
        .then(|| places.iter().map(|p| format!("{p}{thing}")).collect())
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
        // A rate's change is in points (城镇化率68.45%，提高0.62个百分点).
        let joins = |l: &Quantity| !l.is_rate() || change.0.unit.ends_with("百分点");
        let target = facts.iter_mut().rev().take(LOOK_BACK).find(|p| {
            p.part == f.part
                && !f.average
                && p.change.is_none()
                && p.level.as_ref().is_some_and(joins)
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

fn to_row(norm: &Normalized, ctx: &Context, marks: &Marks, f: Fact) -> Option<Row> {
    if f.subject.is_empty() {
        return None;
    }
    let explicit = marks.period_before(f.clause, f.anchor);
    let status = read_status(marks, f.part, f.anchor, ctx, explicit);
    let mut period = explicit.or(match status {
        Status::Target => ctx.target_period,
        _ => ctx.review_period,
    });
    if f.change.is_none() {
        period = period.map(|p| span_rule::level_period(p, f.over));
    }
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
        order_change_range(&mut row);
    }
    Some(row)
}

/// 下降3-5% reads as -3 to -5: keep the range low to high.
fn order_change_range(row: &mut Row) {
    if let (Some(a), Some(b)) = (row.change, row.change_max) {
        if a > b {
            row.change = Some(b);
            row.change_max = Some(a);
        }
    }
}

/// actual, estimate or target: the section's mode first, then the words
/// before the number — 预计 anywhere in the sentence, a goal word in its
/// ；-part — and a period the report plans for.
fn read_status(
    marks: &Marks,
    part: usize,
    at: usize,
    ctx: &Context,
    explicit: Option<Period>,
) -> Status {
    if ctx.mode == Mode::Plan {
        return Status::Target;
    }
    if marks.estimate_at.is_some_and(|e| e < at) {
        return Status::Estimate;
    }
    if marks.has_goal_between(part, at) || is_planned_period(explicit, ctx) {
        return Status::Target;
    }
    Status::Actual
}

/// A period the report sets targets for is planned: the target period
/// itself, or a whole year after the reviewed one (2025 in a review of 2024;
/// not 2024 in a review of 2024H1).
fn is_planned_period(explicit: Option<Period>, ctx: &Context) -> bool {
    let (Some(e), Some(t)) = (explicit, ctx.target_period) else {
        return false;
    };
    let reviewed = ctx.review_period.map(Period::year);
    e == t || (e.is_year() && e.year() >= t.year() && Some(e.year()) > reviewed)
}

#[cfg(test)]
mod tests {
    use crate::model::{Qualifier, Row, Status};

    fn rows(text: &str) -> Vec<Row> {
        crate::parse(text).rows
    }

    fn one(text: &str) -> Row {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:#?}");
        r.into_iter().next().unwrap()
    }

    #[test]
    fn a_change_without_subject_joins_the_level_before() {
        let r = one("地区生产总值完成63.65亿元，同比增长5.2%。");
        assert_eq!(r.indicator, "地区生产总值");
        assert_eq!((r.value, r.unit.as_deref()), (Some(63.65), Some("亿元")));
        assert_eq!((r.change, r.change_unit.as_deref()), (Some(5.2), Some("%")));
    }

    #[test]
    fn a_growth_rate_noun_joins_the_level_it_grows() {
        let r = rows("实际到位内资额20.33亿元，完成全年任务的56.5%，增长率11.5%。");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].change, Some(11.5));
        assert_eq!(r[1].value, Some(56.5));
    }

    #[test]
    fn falls_are_negative() {
        let r = one("单位地区生产总值能耗下降15.57%。");
        assert_eq!(r.change, Some(-15.57));
        assert_eq!(r.canonical.as_deref(), Some("单位地区生产总值能耗"));
    }

    #[test]
    fn a_rise_to_a_level_is_a_level() {
        let r = one("菱镁高端产品占比提升到25%。");
        assert_eq!((r.value, r.change), (Some(25.0), None));
    }

    #[test]
    fn fenbie_shares_numbers_out_in_order() {
        let r = rows("南果梨、食用菌产量分别增长17.6%和9.4%。");
        assert_eq!(r.len(), 2);
        assert_eq!(
            (r[0].indicator.as_str(), r[0].change),
            ("南果梨", Some(17.6))
        );
        assert_eq!(
            (r[1].indicator.as_str(), r[1].change),
            ("食用菌产量", Some(9.4))
        );
    }

    #[test]
    fn urban_rural_names_two_subjects() {
        let r = rows("城乡居民人均可支配收入分别增长2.5%和3%。");
        assert_eq!(r[0].canonical.as_deref(), Some("城镇居民人均可支配收入"));
        assert_eq!(r[1].canonical.as_deref(), Some("农村居民人均可支配收入"));
        assert_eq!(r[1].change, Some(3.0));
    }

    #[test]
    fn a_unit_written_once_serves_the_list() {
        let r = rows("本地加工率和本地配套率分别提高3.5个和3个百分点。");
        assert_eq!(r.len(), 2);
        assert!(r
            .iter()
            .all(|r| r.change_unit.as_deref() == Some("个百分点")));
    }

    #[test]
    fn a_qualifier_before_the_list_serves_it() {
        let r = rows("新签约、新落地重点项目分别突破800个和400个。");
        assert_eq!(r.len(), 2);
        assert!(r
            .iter()
            .all(|r| r.value_qualifier == Some(Qualifier::AtLeast)));
        assert_eq!(r[1].indicator, "新落地重点项目");
    }

    #[test]
    fn two_measures_of_one_subject() {
        let r = rows("改造老旧小区20个140万平方米。");
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|r| r.indicator == "改造老旧小区"));
        assert_eq!(r[1].unit.as_deref(), Some("万平方米"));
    }

    #[test]
    fn a_count_before_its_noun() {
        let r = one("8家央企分支机构在鞍落户。");
        assert_eq!(r.indicator, "央企分支机构在鞍落户");
        let r = one("推动A、B等707个5000万元以上项目开工建设。");
        assert_eq!(r.value, Some(707.0));
        assert!(r.indicator.starts_with("5000万元以上项目"));
    }

    #[test]
    fn a_list_verb_governs_later_items() {
        let r = rows("新增科技型中小企业200家、高新技术企业40家。");
        assert_eq!(r[1].indicator, "新增高新技术企业");
        assert_eq!(r[1].canonical, None);
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
    fn status_from_the_sentence() {
        assert_eq!(
            one("预计全年地区生产总值完成85亿元。").status,
            Status::Estimate
        );
        assert_eq!(one("力争科技型中小企业达到1500家。").status, Status::Target);
        assert_eq!(one("争取上级资金31亿元。").status, Status::Actual);
        assert_eq!(one("14个项目竣工投产。").status, Status::Actual);
    }

    #[test]
    fn a_goal_word_governs_its_own_part_only() {
        let r = rows("惠及居民3万余户；努力营造整洁环境，为群众安装燃气灶具1000余台。");
        assert_eq!(r[0].status, Status::Actual);
    }

    #[test]
    fn ge_gives_each_place_the_number() {
        let r = rows("镇（街道）、村（社区）各编录事项133条。举办、参与各级各类招商活动8次。");
        assert_eq!(r.len(), 3);
        assert_eq!(r[1].indicator, "村（社区）编录事项");
        assert_eq!(r[2].indicator, "举办、参与各级各类招商活动");
    }

    #[test]
    fn numbers_that_are_not_facts() {
        assert!(rows("2024年是关键一年，第17次会议，打造15分钟就业服务圈。").is_empty());
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
