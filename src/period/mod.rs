//! Time expressions inside a sentence → [`Period`]s (written as the SPEC's
//! `2024`, `2024H1`, `2024Q1-Q3`, `2024M1-M11`, `2024M5`, `2021-2025` only
//! when serialised).
//!
//! [`scan`] finds every time expression of a clause with its role: the
//! period that frames the clause, a baseline of comparison (比上年), a date
//! (1月15日), or a year inside a name (2023第四届, 2024项目攻坚年). The facts
//! stage takes the first framing period ([`find_period`]) and may skip the
//! chars of every mention so that their digits are not read as quantities.
//!
//! Relative words need an [`Anchor`]: 今年/去年/明年 count from the current
//! year; bare 上半年/一季度/1-11月/全年 belong to the base year (the year the
//! surrounding section speaks of); spans such as 五年来/近三年/“十四五”以来
//! end at the reviewed year (`span_end`): 五年来 in a report reviewing 2025
//! is 2021-2025, 三年来 is 2023-2025.

use crate::lexicon::matcher::CharSet;
use crate::lexicon::time_words as w;
use crate::lexicon::words::{LIST_JOINTS, RANGE_JOINERS};
use crate::text::{cn_digit, cn_numeral_at, match_at, match_first, read_uint, starts_at};

mod value;
pub use value::{join, BadPeriod, Period};

/// The years relative time words are counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Anchor {
    /// The year 今年 means.
    pub current_year: Option<i32>,
    /// The year of bare 上半年, 一季度, 1-11月, 全年.
    pub base_year: Option<i32>,
    /// The last year of spans such as 五年来 and “十四五”以来.
    pub span_end: Option<i32>,
}

impl Anchor {
    /// An anchor where the current year is also the base year and the end
    /// of spans (a report speaking of the year it is written in).
    pub fn from_current(current_year: Option<i32>) -> Anchor {
        Anchor {
            current_year,
            base_year: current_year,
            span_end: current_year,
        }
    }
}

/// What a time expression does in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The period the clause's facts refer to.
    Frame,
    /// The period a change is measured against: 比上年, 较2020年, 去年同期.
    Baseline,
    /// A date or an event time: 1月15日, 2023年12月27日, 5月.
    Date,
    /// A year inside a name or a list of names: 2023第四届, “十四五”规划.
    Name,
}

/// One time expression found in a clause, `[start, end)` in clause chars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The period, when the expression names one.
    pub period: Option<Period>,
    pub role: Role,
    pub start: usize,
    pub end: usize,
}

/// Reads the period a clause states explicitly, if any. `current_year` is the
/// year 今年 means at that place of the document, and also the base year of
/// bare 上半年 and the end of spans (see [`Anchor::from_current`]); prefer
/// [`find_period_with`] with a context's anchor inside a document.
pub fn explicit_period(clause: &[char], current_year: Option<i32>) -> Option<Period> {
    find_period(clause, current_year).map(|(p, _, _)| p)
}

/// Like [`explicit_period`], also returning the span of the expression.
pub fn find_period(clause: &[char], current_year: Option<i32>) -> Option<(Period, usize, usize)> {
    find_period_with(clause, &Anchor::from_current(current_year))
}

/// The first period that frames the clause, with its span.
pub fn find_period_with(clause: &[char], anchor: &Anchor) -> Option<(Period, usize, usize)> {
    scan(clause, anchor)
        .into_iter()
        .find(|m| m.role == Role::Frame && m.period.is_some())
        .and_then(|m| Some((m.period?, m.start, m.end)))
}

/// Every time expression of the clause, in order.
pub fn scan(clause: &[char], anchor: &Anchor) -> Vec<Mention> {
    scan_between(clause, 0, clause.len(), anchor).collect()
}

/// Whether `c` is a mark no time expression holds, starts with or joins
/// into a list (tests check the time words for them): the scan of a clause
/// reaches the char after one afresh, so a scan may start there.
pub fn is_scan_break(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '，' | '：')
}

/// The time expressions of the clause that start in `[from, until)`, as
/// [`scan`] finds them, when `from` is 0 or follows an [`is_scan_break`] mark;
/// the chars after `until` are still read as the expressions' context. Lazy:
/// a caller after a few places of a long clause reads only those.
pub fn scan_between<'a>(
    clause: &'a [char],
    from: usize,
    until: usize,
    anchor: &'a Anchor,
) -> Scan<'a> {
    Scan {
        clause,
        anchor,
        i: from,
        until: until.min(clause.len()),
        in_year_list: false,
    }
}

/// The walk of [`scan_between`] over a clause.
pub struct Scan<'a> {
    clause: &'a [char],
    anchor: &'a Anchor,
    /// The next char to look at.
    i: usize,
    until: usize,
    /// The mention before is a year that a list of years goes on from.
    in_year_list: bool,
}

impl Iterator for Scan<'_> {
    type Item = Mention;

    fn next(&mut self) -> Option<Mention> {
        let (clause, first) = (self.clause, mention_starts());
        // Most chars start no time expression: passed over in one test each,
        // before any rule is tried.
        while let Some(i) = first.next_in(&clause[..self.until], self.i) {
            let Some(mut m) = mention_at(clause, i, self.anchor) else {
                self.i = i + 1;
                continue;
            };
            // 2021年、2022年背街小巷改造项目: years listed together qualify a name.
            let starts_list = m.role == Role::Frame && year_list_follows(clause, m.end);
            if m.role == Role::Frame && (self.in_year_list || starts_list) {
                m.role = Role::Name;
            }
            self.in_year_list = starts_list;
            if m.role == Role::Frame && is_baseline(clause, m.start, m.end) {
                m.role = Role::Baseline;
            }
            self.i = m.end.max(i + 1);
            return Some(m);
        }
        self.i = self.until;
        None
    }
}

// ---------------------------------------------------------------------------

/// The chars a time expression can start with: digits, Chinese numerals
/// (三年来, 一季度), quotes (“十四五”), and the first chars of the time words.
/// Most chars of a text start none, and this spares trying each rule there.
fn mention_starts() -> &'static CharSet {
    static FIRST: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    FIRST.get_or_init(|| {
        let mut set = CharSet::empty();
        for c in w::MENTION_START_CHARS.chars().chain('0'..='9') {
            set.insert(c);
        }
        for (x, _) in w::RELATIVE_YEARS {
            set.insert_first(x);
        }
        for (x, _) in w::HALVES {
            set.insert_first(x);
        }
        for (x, _, _) in w::PLAN_PERIODS {
            set.insert_first(x);
        }
        for x in w::SPAN_BEFORE.iter() {
            set.insert_first(x);
        }
        set
    })
}

/// The time expression at `i`, whose char [`mention_starts`] holds.
fn mention_at(c: &[char], i: usize, anchor: &Anchor) -> Option<Mention> {
    let ch = c[i];
    if ch.is_ascii_digit() {
        if i > 0 && (c[i - 1].is_ascii_digit() || c[i - 1] == '.') {
            return None;
        }
        return digits_mention(c, i, anchor).or_else(|| multi_year_span(c, i, anchor));
    }
    relative_year(c, i, anchor)
        .or_else(|| sub_year_bare(c, i, anchor))
        .or_else(|| multi_year_span(c, i, anchor))
        .or_else(|| plan_period(c, i, anchor))
}

fn mention(period: Option<Period>, role: Role, start: usize, end: usize) -> Mention {
    Mention {
        period,
        role,
        start,
        end,
    }
}

/// A mention starting with ASCII digits: a year, a range of years, a month
/// range, a quarter, a month or a date.
fn digits_mention(c: &[char], i: usize, anchor: &Anchor) -> Option<Mention> {
    let (n, len) = read_uint(c, i)?;
    let after = i + len;
    if len == 4 && (1900..=2100).contains(&n) {
        return year_mention(c, i, n as i32, after, anchor);
    }
    if len <= 2 {
        return month_or_quarter(c, i, anchor.base_year, true);
    }
    None
}

fn year_mention(
    c: &[char],
    start: usize,
    year: i32,
    after: usize,
    anchor: &Anchor,
) -> Option<Mention> {
    // 2021—2024年 / 2021-2024
    if let Some((y2, end)) = year_range_tail(c, after, false) {
        if y2 > year {
            return Some(mention(
                Some(Period::span(year, y2)),
                Role::Frame,
                start,
                end,
            ));
        }
    }
    if c.get(after) != Some(&'年') {
        // 2023第四届, 2024项目攻坚年: a year inside a name.
        return Some(mention(None, Role::Name, start, after));
    }
    let mut j = after + 1;
    // 2021年至2024年
    if let Some((y2, end)) = year_range_tail(c, j, true) {
        if y2 > year {
            return Some(mention(
                Some(Period::span(year, y2)),
                Role::Frame,
                start,
                end,
            ));
        }
    }
    if let Some(k) = match_first(c, j, w::SINCE_WORDS) {
        return Some(mention(
            Some(since(year, anchor.span_end)),
            Role::Frame,
            start,
            k,
        ));
    }
    if starts_at(c, j, "度") {
        j += 1;
    }
    if starts_at(c, j, "全年") {
        j += 2;
    }
    sub_year_after(c, start, j, Some(year))
}

/// After a year (explicit or relative) ending at `j`: 上半年, 一季度, 1-11月…
fn sub_year_after(c: &[char], start: usize, j: usize, year: Option<i32>) -> Option<Mention> {
    if let Some(m) = half_or_quarter_word(c, j, year) {
        return Some(Mention { start, ..m });
    }
    if c.get(j).is_some_and(|d| d.is_ascii_digit()) {
        if let Some(m) = month_or_quarter(c, j, year, false) {
            return Some(Mention { start, ..m });
        }
    }
    let end = match_first(c, j, w::YEAR_END_WORDS).unwrap_or(j);
    Some(mention(year.map(Period::Year), Role::Frame, start, end))
}

/// `-2024年` / `至2024年` after a year; `need_nian` when the tail must carry 年.
fn year_range_tail(c: &[char], j: usize, need_nian: bool) -> Option<(i32, usize)> {
    if !c.get(j).is_some_and(|x| RANGE_JOINERS.contains(x)) {
        return None;
    }
    let (y2, len) = read_uint(c, j + 1)?;
    if len != 4 {
        return None;
    }
    let end = j + 1 + len;
    match c.get(end) {
        Some('年') => Some((y2 as i32, end + 1)),
        _ if !need_nian => Some((y2 as i32, end)),
        _ => None,
    }
}

fn since(year: i32, span_end: Option<i32>) -> Period {
    match span_end {
        Some(end) if end > year => Period::span(year, end),
        _ => Period::Year(year),
    }
}

/// 1-11月, 1至11月份, 5月份, 1-3季度, 2季度; 1月15日 is a date. `standalone`
/// when no year precedes (a bare 5月 is then only an event time).
fn month_or_quarter(c: &[char], i: usize, year: Option<i32>, standalone: bool) -> Option<Mention> {
    let (a, la) = read_uint(c, i)?;
    if la > 2 {
        return None;
    }
    let mut j = i + la;
    let mut b = a;
    if c.get(j).is_some_and(|x| RANGE_JOINERS.contains(x)) {
        if let Some((n, lb)) = read_uint(c, j + 1).filter(|(_, l)| *l <= 2) {
            b = n;
            j += 1 + lb;
        }
    }
    if starts_at(c, j, "季度") && (1..=4).contains(&a) && (a..=4).contains(&b) {
        return Some(mention(
            year.map(|y| quarters(y, a, b)),
            Role::Frame,
            i,
            j + 2,
        ));
    }
    if c.get(j) != Some(&'月') || !(1..=12).contains(&a) || !(a..=12).contains(&b) {
        return None;
    }
    j += 1;
    if b == a {
        // 1月15日 / 2023年12月27日: a date.
        if let Some((_, ld)) = read_uint(c, j) {
            if matches!(c.get(j + ld), Some('日') | Some('号')) {
                return Some(mention(None, Role::Date, i, j + ld + 1));
            }
        }
    }
    let with_fen = starts_at(c, j, "份");
    if with_fen {
        j += 1;
    }
    if b == a && standalone && !with_fen {
        return Some(mention(None, Role::Date, i, j));
    }
    let period = year.map(|y| Period::Months {
        year: y,
        first: a as u8,
        last: b as u8,
    });
    Some(mention(period, Role::Frame, i, j))
}

fn quarters(year: i32, a: u32, b: u32) -> Period {
    Period::Quarters {
        year,
        first: a as u8,
        last: b as u8,
    }
}

/// 上半年, 下半年, 一季度, 第一季度, 前三季度, 一至三季度.
fn half_or_quarter_word(c: &[char], i: usize, year: Option<i32>) -> Option<Mention> {
    for (word, h) in w::HALVES {
        if let Some(end) = match_at(c, i, word) {
            return Some(mention(
                year.map(|y| Period::Half { year: y, half: *h }),
                Role::Frame,
                i,
                end,
            ));
        }
    }
    let mut j = i;
    let from_first = starts_at(c, j, "前");
    if from_first || starts_at(c, j, "第") {
        j += 1;
    }
    let a = one_digit(*c.get(j)?)?;
    j += 1;
    let mut b = a;
    if c.get(j)
        .is_some_and(|x| matches!(x, '至' | '到' | '-' | '—'))
    {
        b = one_digit(*c.get(j + 1)?)?;
        j += 2;
    }
    if starts_at(c, j, "个") {
        j += 1;
    }
    if !starts_at(c, j, "季度") || !(1..=4).contains(&b) || a > b {
        return None;
    }
    let (a, b) = if from_first { (1, a) } else { (a, b) };
    Some(mention(
        year.map(|y| quarters(y, a, b)),
        Role::Frame,
        i,
        j + 2,
    ))
}

/// 今年, 去年, 上年, 明年 (with an optional 上半年/一季度/1-11月 after).
fn relative_year(c: &[char], i: usize, anchor: &Anchor) -> Option<Mention> {
    for (word, offset) in w::RELATIVE_YEARS {
        let Some(end) = match_at(c, i, word) else {
            continue;
        };
        // 规模以上年产值: 上 closes 以上, no 上年 here.
        if word.starts_with('上') && i > 0 && c[i - 1] == '以' {
            return None;
        }
        let year = anchor.current_year.map(|y| y + offset);
        if match_first(c, end, w::SINCE_WORDS).is_some() {
            let k = match_first(c, end, w::SINCE_WORDS).unwrap_or(end);
            return Some(mention(year.map(Period::Year), Role::Frame, i, k));
        }
        return sub_year_after(c, i, end, year);
    }
    None
}

/// Bare 上半年, 一季度, 前三季度, 1-11月 handled by the digit path; 全年.
fn sub_year_bare(c: &[char], i: usize, anchor: &Anchor) -> Option<Mention> {
    if let Some(end) = match_at(c, i, "全年") {
        if i > 0 && c[i - 1] == '年' {
            return None;
        }
        if match_first(c, end, w::WHOLE_YEAR_NAME_AFTER).is_some() {
            return Some(mention(None, Role::Name, i, end));
        }
        return Some(mention(
            anchor.base_year.map(Period::Year),
            Role::Frame,
            i,
            end,
        ));
    }
    half_or_quarter_word(c, i, anchor.base_year)
}

/// 五年来, 近三年, 过去五年, 一年来 → a span ending at `span_end`.
fn multi_year_span(c: &[char], i: usize, anchor: &Anchor) -> Option<Mention> {
    let lead = match_first(c, i, w::SPAN_BEFORE);
    let j = lead.unwrap_or(i);
    let (n, len) = cn_or_ascii_count(c, j)?;
    let k = j + len;
    if !starts_at(c, k, "年") {
        return None;
    }
    let after = match_first(c, k + 1, w::SPAN_AFTER);
    let bare = lead.is_none() && after.is_none();
    if bare && (match_first(c, k + 1, w::SPAN_BEFORE_CHANGE).is_none() || !starts_bare(c, i)) {
        return None;
    }
    // 连续三年 is a count of years, not a span of the report.
    if i > 0 && starts_at(c, i.saturating_sub(2), "连续") {
        return None;
    }
    let end = after.unwrap_or(k + 1);
    let period = anchor
        .span_end
        .map(|e| Period::span(e - n.max(1) as i32 + 1, e));
    Some(mention(period, Role::Frame, i, end))
}

/// A bare count of years stands after a clause mark or a subject, never
/// inside a number or a date (2025年增长, 12月3年).
fn starts_bare(c: &[char], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| c.get(p))
        .is_none_or(|p| !p.is_ascii_digit() && !matches!(p, '.' | '月' | '第'))
}

/// “十四五”以来 / 时期 / 末; a bare “十四五” is part of a name (“十四五”规划).
fn plan_period(c: &[char], i: usize, anchor: &Anchor) -> Option<Mention> {
    let quoted = matches!(c[i], '“' | '"' | '「' | '‘');
    let j = if quoted { i + 1 } else { i };
    let (_, first, last, end) = w::PLAN_PERIODS
        .iter()
        .find_map(|(name, a, b)| match_at(c, j, name).map(|e| (name, *a, *b, e)))?;
    let mut k = end;
    if c.get(k)
        .is_some_and(|x| matches!(x, '”' | '"' | '」' | '’'))
    {
        k += 1;
    }
    if let Some(e) = match_first(c, k, w::PLAN_SINCE_WORDS) {
        let to = anchor.span_end.map_or(last, |y| y.clamp(first, last));
        return Some(mention(Some(Period::span(first, to)), Role::Frame, i, e));
    }
    if let Some(e) = match_first(c, k, w::PLAN_SPAN_WORDS) {
        return Some(mention(Some(Period::span(first, last)), Role::Frame, i, e));
    }
    if let Some(e) = match_first(c, k, w::PLAN_END_WORDS) {
        return Some(mention(Some(Period::Year(last)), Role::Frame, i, e));
    }
    Some(mention(None, Role::Name, i, k))
}

/// 2022年、2023年… : another year follows after a list joiner.
fn year_list_follows(c: &[char], end: usize) -> bool {
    if !c.get(end).is_some_and(|x| LIST_JOINTS.contains(x)) {
        return false;
    }
    matches!(read_uint(c, end + 1), Some((y, 4)) if (1900..=2100).contains(&y))
        && c.get(end + 5) == Some(&'年')
}

fn is_baseline(c: &[char], start: usize, end: usize) -> bool {
    if match_first(c, end, w::BASELINE_AFTER).is_some() {
        return true;
    }
    let Some(&prev) = start.checked_sub(1).and_then(|p| c.get(p)) else {
        return false;
    };
    if w::BASELINE_BEFORE.contains(&prev) {
        return true;
    }
    if w::BASELINE_PAIR_BEFORE.contains(&prev) {
        let window = &c[end..(end + 12).min(c.len())];
        return (0..window.len()).any(|k| match_first(window, k, w::BASELINE_PAIR_AFTER).is_some());
    }
    false
}

// ---- char helpers ----

/// A quarter or half number written as one digit: 一…九 or 1…9.
fn one_digit(c: char) -> Option<u32> {
    c.to_digit(10).or_else(|| cn_digit(c)).filter(|d| *d > 0)
}

/// A small count of years: 五, 十, 十二, 两, 3, 10.
fn cn_or_ascii_count(c: &[char], i: usize) -> Option<(u32, usize)> {
    if let Some((n, len)) = read_uint(c, i) {
        return (len <= 2 && n > 0).then_some((n, len));
    }
    let (n, end) = cn_numeral_at(c, i)?;
    (n < 100).then_some((n, end - i))
}

#[cfg(test)]
mod tests;
