//! Stage 2: document structure — title, region, level, kind, sections, and
//! which parts review results and which set targets, with their periods.
//!
//! Works on the normalised text (`Normalized::chars`); positions are
//! normalised char positions.
//!
//! The head of the document (title, subtitle ——…会议上, date, byline, web
//! furniture) gives the meta; headings (第一部分, 一、, （一）, 1., （1）,
//! markdown #, short plain lines) give the sections. A paragraph that opens
//! the plan part without a heading (下半年，我们将…) becomes a section of its
//! own when the numbering restarts after it.

use crate::lexicon::matcher::WordIndex;
use crate::lexicon::structure_words as w;
use crate::model::{Kind, Level, Meta};
use crate::period::{self, Anchor, Period};

/// Whether a stretch of the report reviews results or plans ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Review,
    Plan,
}

/// A section under a heading (一、 （一） 1. …), up to the next heading of
/// the same or a higher rank.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Position of the heading's first char.
    pub start: usize,
    /// Position just past the section's last char.
    pub end: usize,
    pub heading: String,
    /// 1 for the highest heading style the document uses (一、 when it has
    /// no 第一部分), 2 for the next (（一）), 3 for 1. and so on. 0 for a
    /// paragraph that opens a part without a heading (下半年，我们将…).
    pub depth: u8,
    pub mode: Mode,
    /// The period the section speaks of: the one its heading says (下半年 →
    /// 2024H2), else its parent's when the parent has the same mode.
    pub period: Option<Period>,
    /// Index of the enclosing section in `Document::sections`.
    pub parent: Option<usize>,
    /// Whether the heading names the period itself (not its parent's).
    pub names_period: bool,
}

/// A stretch opened by a lead sentence that names a period (五年来，… /
/// “十四五”时期是…的五年 / 刚刚过去的2025年，…): it speaks of that period up
/// to the next heading of the same or a higher level, or the next lead
/// sentence naming another period.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    pub start: usize,
    pub end: usize,
    pub period: Period,
    pub mode: Mode,
}

/// What the facts stage needs to know about the place a sentence stands in.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Context {
    pub mode: Mode,
    /// The period a result stated here refers to when the sentence does not say.
    pub review_period: Option<Period>,
    /// The period a target stated here refers to when the sentence does not say.
    pub target_period: Option<Period>,
    /// The year "今年" means at this place (the document's current year).
    pub current_year: Option<i32>,
}

impl Context {
    /// The anchor for [`period::find_period_with`] here: 今年 is the current
    /// year, bare 上半年/全年 belong to the year of this place's default
    /// period, spans (五年来) end at the reviewed year.
    pub fn anchor(&self) -> Anchor {
        let default = match self.mode {
            Mode::Review => self.review_period,
            Mode::Plan => self.target_period,
        };
        Anchor {
            current_year: self.current_year,
            base_year: default.map(Period::last_year),
            span_end: self.review_period.map(Period::last_year),
        }
    }

    /// The period a clause states explicitly here, if any.
    pub fn explicit_period(&self, clause: &[char]) -> Option<Period> {
        period::find_period_with(clause, &self.anchor()).map(|(p, _, _)| p)
    }

    /// The period a fact of this clause takes: the one it states, else the
    /// default of this place for a result (`target == false`) or a goal.
    pub fn period_for(&self, clause: &[char], target: bool) -> Option<Period> {
        self.explicit_period(clause).or({
            if target {
                self.target_period
            } else {
                self.review_period
            }
        })
    }
}

/// The structure of one document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub meta: Meta,
    /// Sections in order of their start; a parent comes before its children.
    pub sections: Vec<Section>,
    /// Scopes opened by lead sentences, in order, not overlapping.
    pub scopes: Vec<Scope>,
    /// The year 今年 means in the document (its date, else inferred).
    pub current_year: Option<i32>,
    /// Where the title stands in the normalised text, when it is written
    /// there as one stretch (map it back to show the title as typed).
    pub title_span: Option<(usize, usize)>,
}

impl Document {
    /// The context at a normalised char position (O(log n + depth)).
    pub fn context_at(&self, pos: usize) -> Context {
        let section = self.innermost_section(pos);
        let scope = self.scope_at(pos).filter(|sc| {
            // A heading inside the scope that names its own period wins.
            section.is_none_or(|s| s.start <= sc.start || !s.names_period)
        });
        let mode = scope.map_or(section.map_or(Mode::Review, |s| s.mode), |sc| sc.mode);
        let own = scope
            .map(|sc| sc.period)
            .or_else(|| section.and_then(|s| s.period));
        let (review_period, target_period) = match mode {
            Mode::Review => (
                own.or_else(|| self.meta.reports.first().copied()),
                self.meta.targets.first().copied(),
            ),
            Mode::Plan => (
                self.meta.reports.first().copied(),
                own.or_else(|| self.meta.targets.first().copied()),
            ),
        };
        Context {
            mode,
            review_period,
            target_period,
            current_year: self.current_year,
        }
    }

    /// The scope containing `pos`, if any.
    pub fn scope_at(&self, pos: usize) -> Option<&Scope> {
        let after = self.scopes.partition_point(|s| s.start <= pos);
        let s = self.scopes.get(after.checked_sub(1)?)?;
        (pos < s.end).then_some(s)
    }

    /// The innermost section containing `pos`.
    pub fn innermost_section(&self, pos: usize) -> Option<&Section> {
        let after = self.sections.partition_point(|s| s.start <= pos);
        let mut idx = after.checked_sub(1)?;
        // Nesting is proper, so the enclosing sections are the candidate's
        // ancestors; a few steps at most.
        for _ in 0..=self.sections.len() {
            let s = self.sections.get(idx)?;
            if pos < s.end {
                return Some(s);
            }
            idx = s.parent?;
        }
        None
    }
}

/// Analyses the normalised text.
pub fn analyze(chars: &[char]) -> Document {
    analyze_with(chars, None)
}

/// Analyses the normalised text, knowing the year the page was published
/// when its masthead said (see [`publication_year`]): it dates a report
/// whose title names no year (上半年全市经济运行稳中向好).
pub fn analyze_with(chars: &[char], published: Option<i32>) -> Document {
    let lines = split_lines(chars);
    let mut head = read_head(chars, &lines);
    // The masthead only dates a report that does not date itself: a page's
    // frame can be republished or copied with another date.
    let title_has_year = head.title.is_some_and(|(s, e)| has_year(&chars[s..e]));
    if !title_has_year {
        head.date_year = head.date_year.or(published);
    }
    let title: Option<Vec<char>> = head.title.map(|(s, e)| chars[s..e].to_vec());
    let kind = detect_kind(title.as_deref(), chars, &lines);
    let region = detect_region(title.as_deref(), chars, &lines, head.body_line);
    let (reports, targets) = title
        .as_deref()
        .map(|t| periods_from_title(t, kind, head.date_year))
        .unwrap_or_default();
    let mut meta = Meta {
        title: title.as_ref().map(|t| final_title(t, &region)),
        region: region.as_ref().map(|r| r.full.clone()),
        level: region.as_ref().map(|r| r.level),
        // A text with no title and no sign of its kind has no kind to report.
        kind: (kind != Kind::Other || title.is_some()).then_some(kind),
        reports,
        targets,
    };
    let current_year = head
        .date_year
        .or_else(|| current_year_from_plan_names(chars))
        .or_else(|| default_current_year(kind, &meta));
    let headings = find_headings(chars, &lines, head.body_line);
    if meta.reports.is_empty() || meta.targets.is_empty() {
        fill_periods_from_headings(chars, &headings, &mut meta, current_year);
    }
    add_plan_spans(
        chars,
        &lines[head.body_line.min(lines.len())..],
        &mut meta,
        current_year,
    );
    let sections = build_sections(chars, headings, &meta, current_year);
    let mut doc = Document {
        meta,
        sections,
        scopes: Vec::new(),
        current_year,
        title_span: head.title,
    };
    doc.scopes = find_scopes(chars, &lines[head.body_line.min(lines.len())..], &doc);
    doc
}

/// How far into a paragraph its lead sentence is read for a period.
const SCOPE_LEAD_CHARS: usize = 40;

/// The scopes opened by lead sentences: a paragraph that opens with a
/// period (2025年是… / 过去五年，… / 各位代表，刚刚过去的2025年…). Each lasts
/// to the end of the innermost section holding it, to a heading inside
/// that names a period or turns to the other mode, or to the next scope.
/// In a report on part of a year only its own periods open one.
fn find_scopes(c: &[char], lines: &[Line], doc: &Document) -> Vec<Scope> {
    let reviewed = doc.meta.reports.first().map(|p| p.last_year());
    let planned = doc.meta.targets.first().map(|p| p.year());
    let mut out: Vec<Scope> = Vec::new();
    for line in lines {
        let text = &c[line.start..line.end];
        if heading_number(text).is_some() || is_plain_heading(text) {
            continue;
        }
        let lead_end = (0..text.len().min(SCOPE_LEAD_CHARS))
            .find(|&k| matches!(text[k], '。' | '：'))
            .unwrap_or(text.len().min(SCOPE_LEAD_CHARS));
        let anchor = Anchor {
            current_year: doc.current_year,
            base_year: reviewed,
            span_end: reviewed,
        };
        let Some(m) = period::scan(&text[..lead_end], &anchor)
            .into_iter()
            .find(|m| m.role == period::Role::Frame && m.period.is_some())
        else {
            continue;
        };
        let Some(p) = m.period.filter(|_| opens_lead(&text[..m.start])) else {
            continue;
        };
        let Some(mode) = scope_mode(p, &doc.meta, reviewed, planned) else {
            continue;
        };
        let start = line.start;
        let end = doc.innermost_section(start).map_or(c.len(), |s| s.end);
        if let Some(last) = out.last_mut() {
            last.end = last.end.min(start);
        }
        out.push(Scope {
            start,
            end,
            period: p,
            mode,
        });
    }
    // A heading inside that names its own period or turns to the other mode
    // ends it too. Scopes do not overlap: each section is looked at once.
    for sc in &mut out {
        let first_after = doc.sections.partition_point(|s| s.start <= sc.start);
        if let Some(s) = doc.sections[first_after..]
            .iter()
            .take_while(|s| s.start < sc.end)
            .find(|s| s.names_period || s.mode != sc.mode)
        {
            sc.end = s.start;
        }
    }
    out
}

/// What may stand before the period that opens a lead sentence: nothing,
/// a salutation (各位代表，), a lead-in word (刚刚过去的, 回顾).
fn opens_lead(before: &[char]) -> bool {
    let rest = w::SALUTATION_PREFIXES
        .iter()
        .find(|p| starts_with(before, p))
        .and_then(|_| before.iter().position(|c| matches!(c, '，' | '！' | '：')))
        .map_or(before, |k| &before[k + 1..]);
    rest.is_empty()
        || w::SCOPE_LEAD_INS
            .iter()
            .any(|x| rest.iter().copied().eq(x.chars()))
}

/// Whether a scope over `p` reviews or plans; None when it is neither the
/// report's own period nor clearly before or after it.
fn scope_mode(p: Period, meta: &Meta, reviewed: Option<i32>, planned: Option<i32>) -> Option<Mode> {
    if meta.reports.contains(&p) {
        return Some(Mode::Review);
    }
    if meta.targets.contains(&p) {
        return Some(Mode::Plan);
    }
    let whole_years = meta.reports.iter().all(|r| r.is_year() || r.is_span());
    if !whole_years {
        return None;
    }
    if reviewed.is_some_and(|r| p.last_year() <= r) {
        Some(Mode::Review)
    } else if planned.is_some_and(|t| p.year() >= t) {
        Some(Mode::Plan)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// Lines and the head of the document

/// A non-empty line, `[start, end)` without its leading and trailing blanks.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

fn split_lines(c: &[char]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut s = 0;
    for i in 0..=c.len() {
        if i == c.len() || c[i] == '\n' {
            let (a, b) = trim(c, s, i);
            if a < b {
                out.push(Line { start: a, end: b });
            }
            s = i + 1;
        }
    }
    out
}

fn trim(c: &[char], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && c[a].is_whitespace() {
        a += 1;
    }
    while b > a && c[b - 1].is_whitespace() {
        b -= 1;
    }
    (a, b)
}

struct Head {
    title: Option<(usize, usize)>,
    date_year: Option<i32>,
    /// Index of the first line after the head (title, subtitle, byline…).
    body_line: usize,
}

/// How many lines at the top may hold the title and its furniture.
const HEAD_LINES: usize = 12;
/// Longest title line; longer first lines are body text.
const MAX_TITLE_CHARS: usize = 90;

fn read_head(c: &[char], lines: &[Line]) -> Head {
    let mut title = None;
    let mut date_year = None;
    let mut body_line = 0;
    for (idx, line) in lines.iter().enumerate().take(HEAD_LINES) {
        let text = &c[line.start..line.end];
        if date_year.is_none() {
            date_year = date_in(text);
        }
        if is_furniture(text)
            || text.starts_with(&['—', '—'])
            || is_byline(text)
            || is_bare_marks(text)
        {
            body_line = idx + 1;
            continue;
        }
        if title.is_none() {
            if let Some(span) = title_span(c, lines, idx) {
                title = Some(span);
                body_line = idx + 1;
                continue;
            }
        }
        if title.is_some() && is_speaker_line(text) {
            body_line = idx + 1;
            continue;
        }
        if title.is_some() || !is_furniture(text) {
            break;
        }
    }
    // A subtitle line cut in two (——2023年12月27日在…第十九届 / 人民代表大会…上).
    while let Some(line) = lines.get(body_line) {
        let text = &c[line.start..line.end];
        if body_line < HEAD_LINES && (ends_with(text, "会议上") || is_speaker_line(text)) {
            body_line += 1;
        } else {
            break;
        }
    }
    Head {
        title,
        date_year,
        body_line,
    }
}

/// The title starting at line `idx`, possibly continued on the next line.
fn title_span(c: &[char], lines: &[Line], idx: usize) -> Option<(usize, usize)> {
    let line = lines[idx];
    let mut s = line.start;
    while s < line.end && matches!(c[s], '#' | '*' | ' ') {
        s += 1;
    }
    let mut e = strip_page_suffix(c, s, line.end);
    while e > s && matches!(c[e - 1], '*' | ' ') {
        e -= 1;
    }
    let text = &c[s..e];
    if text.is_empty()
        || text.len() > MAX_TITLE_CHARS
        || matches!(text.last(), Some('。' | '；' | '：'))
        || w::SALUTATION_PREFIXES.iter().any(|p| starts_with(text, p))
        || !text.iter().any(|ch| crate::normalize::is_cjk(*ch))
    {
        return None;
    }
    // 关于…2023年…执行情况 / 与2024年计划草案的报告
    if let Some(next) = lines.get(idx + 1) {
        let nt = &c[next.start..next.end];
        let complete = ends_with_any(text, &["报告", "公报", "草案"]);
        if !complete && nt.len() <= 40 && ends_with_any(nt, &["报告", "公报", "草案"]) {
            return Some((s, next.end));
        }
    }
    Some((s, e))
}

/// Drops web-list furniture after a title: -10篇（第5/21页）.
fn strip_page_suffix(c: &[char], s: usize, mut e: usize) -> usize {
    if e > s && c[e - 1] == '）' {
        if let Some(open) = (s..e).rev().find(|&k| c[k] == '（') {
            let inner = &c[open + 1..e - 1];
            if inner.first() == Some(&'第') && inner.last() == Some(&'页') {
                e = open;
            }
        }
    }
    if e > s && c[e - 1] == '篇' {
        let mut k = e - 1;
        while k > s && c[k - 1].is_ascii_digit() {
            k -= 1;
        }
        if k < e - 1 && k > s && matches!(c[k - 1], '-' | '—') {
            e = k - 1;
        }
    }
    e
}

fn is_furniture(text: &[char]) -> bool {
    w::FURNITURE_PREFIXES.iter().any(|p| starts_with(text, p))
}

/// A line of marks only (the 】 closing a page's 【字号：…】 toolbar).
fn is_bare_marks(text: &[char]) -> bool {
    !text.iter().any(|ch| ch.is_alphanumeric())
}

fn is_byline(text: &[char]) -> bool {
    text.len() <= 40 && w::NEWS_MARKERS.iter().any(|m| contains(text, m))
}

/// 立山区发展和改革局局长 徐颖 / 市长 王忠昆: a short line naming the speaker.
fn is_speaker_line(text: &[char]) -> bool {
    text.len() <= 30
        && !text
            .iter()
            .any(|ch| matches!(ch, '。' | '，' | '：' | '；'))
        && w::NOT_HEADING_WORDS.iter().any(|m| contains(text, m))
}

/// The year of the first full date (2023年12月27日, 2023-01-31) in a line.
fn date_in(text: &[char]) -> Option<i32> {
    let mut i = 0;
    while i + 4 <= text.len() {
        if text[i].is_ascii_digit() && (i == 0 || !text[i - 1].is_ascii_digit()) {
            let (n, len) = read_uint(text, i);
            let after = &text[i + len..];
            if len == 4
                && (1949..=2100).contains(&n)
                && (is_cn_date_tail(after) || is_iso_date_tail(after))
            {
                return Some(n as i32);
            }
            i += len.max(1);
        } else {
            i += 1;
        }
    }
    None
}

fn is_cn_date_tail(t: &[char]) -> bool {
    if t.first() != Some(&'年') {
        return false;
    }
    let (_, lm) = read_uint(t, 1);
    if lm == 0 || t.get(1 + lm) != Some(&'月') {
        return false;
    }
    let (_, ld) = read_uint(t, 2 + lm);
    ld > 0 && matches!(t.get(2 + lm + ld), Some('日' | '号'))
}

fn is_iso_date_tail(t: &[char]) -> bool {
    let sep = |x: Option<&char>| matches!(x, Some('-' | '/' | '.'));
    if !sep(t.first()) {
        return false;
    }
    let (_, lm) = read_uint(t, 1);
    lm > 0 && lm <= 2 && sep(t.get(1 + lm)) && read_uint(t, 2 + lm).1 > 0
}

fn read_uint(t: &[char], i: usize) -> (u32, usize) {
    let mut n: u32 = 0;
    let mut len = 0;
    while let Some(d) = t.get(i + len).and_then(|x| x.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(d);
        len += 1;
    }
    (n, len)
}

// ---------------------------------------------------------------------------
// Kind

fn detect_kind(title: Option<&[char]>, c: &[char], lines: &[Line]) -> Kind {
    if let Some(t) = title {
        if let Some((_, kind)) = w::KIND_WORDS.iter().find(|(word, _)| contains(t, word)) {
            return *kind;
        }
    }
    let near_top = lines
        .iter()
        .take(HEAD_LINES)
        .any(|l| is_byline(&c[l.start..l.end]));
    if near_top {
        Kind::News
    } else {
        Kind::Other
    }
}

// ---------------------------------------------------------------------------
// Region

#[derive(Debug, Clone)]
struct Region {
    full: String,
    level: Level,
    /// The title names the unit only by its suffix (2024年区政府工作报告).
    bare_suffix_in_title: Option<usize>,
}

/// A named admin unit found in text: name (立山), suffix (区), level.
#[derive(Debug, Clone)]
struct Unit {
    name: String,
    suffix: &'static str,
    level: Level,
}

impl Unit {
    fn full(&self) -> String {
        format!("{}{}", self.name, self.suffix)
    }
}

fn detect_region(
    title: Option<&[char]>,
    c: &[char],
    lines: &[Line],
    body_line: usize,
) -> Option<Region> {
    let head_end = lines
        .get(body_line)
        .map_or(c.len(), |l| l.start)
        .min(c.len());
    let head = &c[..head_end];
    let mut bare = None;
    let mut chain: Vec<Unit> = Vec::new();
    if let Some(t) = title {
        chain = unit_chain(t);
        if chain.is_empty() {
            bare = bare_suffix(t);
        }
    }
    if chain.is_empty() && bare.is_none() {
        chain = unit_chain_after(head, "在");
    }
    if chain.is_empty() {
        if let Some(t) = title {
            chain = gazetteer_city(t).into_iter().collect();
        }
    }
    if chain.is_empty() {
        if let Some((_, level)) = bare {
            chain = most_frequent_unit(c, level).into_iter().collect();
        }
    }
    if chain.is_empty() && w::NATION_MARKERS.iter().any(|m| contains(head, m)) {
        return Some(Region {
            full: "全国".to_string(),
            level: Level::Nation,
            bare_suffix_in_title: None,
        });
    }
    let unit = chain.last()?.clone();
    let level = level_of(&unit);
    let chain = complete_chain(chain, c, level);
    Some(Region {
        full: chain.iter().map(Unit::full).collect(),
        level,
        bare_suffix_in_title: bare.map(|(pos, _)| pos),
    })
}

/// The level of a unit; 市 is a city only when prefecture-level.
fn level_of(unit: &Unit) -> Level {
    if unit.suffix != "市" {
        return unit.level;
    }
    if w::MUNICIPALITIES.contains(&unit.name.as_str()) {
        Level::Province
    } else if w::PREFECTURE_CITIES.contains(&unit.name.as_str()) {
        Level::City
    } else {
        Level::County
    }
}

/// Consecutive named units in a title, outermost first: 辽宁省鞍山市立山区.
fn unit_chain(t: &[char]) -> Vec<Unit> {
    let mut chain: Vec<Unit> = Vec::new();
    let mut last_end = None;
    let mut i = 0;
    while i < t.len() {
        match unit_ending_at(t, i) {
            Some((unit, start, end)) => {
                if last_end.is_some_and(|e| e != start) {
                    break;
                }
                chain.push(unit);
                last_end = Some(end);
                i = end;
            }
            None if last_end.is_some() => break,
            None => i += 1,
        }
    }
    chain
}

/// The unit chain right after `marker` in `text` (在立山区第十九届…).
fn unit_chain_after(text: &[char], marker: &str) -> Vec<Unit> {
    let m: Vec<char> = marker.chars().collect();
    (0..text.len())
        .filter(|&i| text[i..].starts_with(&m))
        .map(|i| unit_chain(&text[i..(i + 20).min(text.len())]))
        .find(|chain| !chain.is_empty())
        .unwrap_or_default()
}

/// A unit whose suffix starts at `i`: returns it with its `[start, end)`.
fn unit_ending_at(t: &[char], i: usize) -> Option<(Unit, usize, usize)> {
    // Most chars start no region suffix: test the first char before the list.
    static FIRST: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let first = FIRST.get_or_init(|| {
        let mut v: Vec<char> = w::REGION_SUFFIXES
            .iter()
            .filter_map(|(s, _)| s.chars().next())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    if first.binary_search(t.get(i)?).is_err() {
        return None;
    }
    let (suffix, level) = w::REGION_SUFFIXES
        .iter()
        .find(|(s, _)| starts_with(&t[i..], s))?;
    let start = name_start(t, i);
    let name: String = t[start..i].iter().collect();
    let n = i - start;
    let placeholder = t[start..i].iter().all(|ch| *ch == 'X' || *ch == 'x');
    let long_enough = (2..=7).contains(&n) || (placeholder && n >= 1);
    if !long_enough {
        return None;
    }
    if w::GENERIC_REGION_HEADS.contains(&t[start]) && !placeholder {
        return None;
    }
    let end = i + suffix.chars().count();
    let word: String = t[start..end].iter().collect();
    if w::GENERIC_REGION_WORDS.iter().any(|g| word.ends_with(g)) {
        return None;
    }
    if !placeholder && n > 2 {
        // In running text the walk runs past the name: a generic tail
        // (老旧小区) is no place.
        let tail: String = t[i - 1..end].iter().collect();
        if w::GENERIC_REGION_TAILS.contains(&tail.as_str()) {
            return None;
        }
    }
    let unit = Unit {
        name,
        suffix,
        level: *level,
    };
    Some((unit, start, end))
}

/// Walks left from a suffix over name chars of one script (CJK, or the
/// placeholder X), stopping at an anchor (关于, 年, 在), another unit's
/// suffix, or any other char.
fn name_start(t: &[char], suffix_at: usize) -> usize {
    let placeholder = |ch: char| ch == 'X' || ch == 'x';
    let Some(&last) = suffix_at.checked_sub(1).and_then(|k| t.get(k)) else {
        return suffix_at;
    };
    let same_script = |ch: char| {
        if placeholder(last) {
            placeholder(ch)
        } else {
            crate::normalize::is_cjk(ch)
        }
    };
    let mut k = suffix_at;
    while k > 0 {
        let anchor = w::REGION_LEFT_ANCHORS.iter().any(|a| ends_with(&t[..k], a));
        let suffix = w::REGION_SUFFIXES
            .iter()
            .any(|(s, _)| ends_with(&t[..k], s));
        if !same_script(t[k - 1]) || anchor || suffix || suffix_at - k >= 7 {
            break;
        }
        k -= 1;
    }
    k
}

/// 2024年区政府工作报告: a suffix right after an anchor, before 政府/人民.
fn bare_suffix(t: &[char]) -> Option<(usize, Level)> {
    (0..t.len()).find_map(|i| {
        let (s, level) = w::REGION_SUFFIXES
            .iter()
            .find(|(s, _)| starts_with(&t[i..], s))?;
        let after = i + s.chars().count();
        let anchored = i == 0 || w::REGION_LEFT_ANCHORS.iter().any(|a| ends_with(&t[..i], a));
        let governs = starts_with(&t[after..], "政府") || starts_with(&t[after..], "人民政府");
        (anchored && governs).then_some((i, *level))
    })
}

/// A prefecture-level city (or municipality) named without 市 in a title.
fn gazetteer_city(t: &[char]) -> Option<Unit> {
    (0..t.len()).find_map(|i| {
        let name = w::PREFECTURE_CITIES
            .iter()
            .chain(w::MUNICIPALITIES)
            .find(|n| starts_with(&t[i..], n))?;
        Some(Unit {
            name: name.to_string(),
            suffix: "市",
            level: Level::City,
        })
    })
}

/// The most frequent `NAME+suffix` in the body: XX区, 立山区.
fn most_frequent_unit(c: &[char], level: Level) -> Option<Unit> {
    let mut counts: Vec<(String, usize, Unit)> = Vec::new();
    for i in 0..c.len() {
        let Some(unit) = body_unit_at(c, i) else {
            continue;
        };
        if unit.level != level {
            continue;
        }
        let full = unit.full();
        match counts.iter_mut().find(|(f, _, _)| *f == full) {
            Some(entry) => entry.1 += 1,
            None => counts.push((full, 1, unit)),
        }
    }
    let best = counts.iter().map(|(_, n, _)| *n).max()?;
    counts
        .into_iter()
        .find(|(_, n, _)| *n == best)
        .map(|(_, _, u)| u)
}

/// A unit whose suffix is at `i` in running text, where its name's start is
/// unknown: a placeholder run (XX区) or the two chars before the suffix.
fn body_unit_at(c: &[char], i: usize) -> Option<Unit> {
    let (unit, start, end) = unit_ending_at(c, i)?;
    let is_placeholder = unit.name.chars().all(|ch| ch == 'X' || ch == 'x');
    if is_placeholder {
        return Some(unit);
    }
    let from = i.checked_sub(2)?.max(start);
    let name: String = c[from..i].iter().collect();
    let tail: String = c[i - 1..end].iter().collect();
    let generic = w::GENERIC_REGION_HEADS.contains(&c[from])
        || w::GENERIC_REGION_TAILS.contains(&tail.as_str());
    (name.chars().count() == 2 && !generic).then_some(Unit { name, ..unit })
}

/// Adds the parent city (and its province) to a unit chain: from a
/// literal chain in the text (阜新市海州区, 辽宁阜新) or, for the city
/// only, the prefecture city the text names most.
fn complete_chain(mut chain: Vec<Unit>, c: &[char], level: Level) -> Vec<Unit> {
    let has_city = chain
        .iter()
        .any(|u| u.suffix == "市" && level_of(u) != Level::County);
    let has_province = chain.iter().any(|u| u.level == Level::Province);
    let unit = match chain.last() {
        Some(u) => u.clone(),
        None => return chain,
    };
    if !has_city && matches!(level, Level::District | Level::County) {
        let found = city_before(c, &unit.full()).or_else(|| most_named_city(c, &unit.name));
        if let Some(city) = found {
            chain.insert(0, city_unit(city));
        }
    }
    let city = chain
        .iter()
        .find(|u| u.suffix == "市" && level_of(u) != Level::County)
        .map(|u| u.name.clone());
    if !has_province {
        if let Some(city) = city {
            if let Some((name, full)) = province_before(c, &city) {
                chain.insert(
                    0,
                    Unit {
                        name: name.to_string(),
                        suffix: "",
                        level: Level::Province,
                    },
                );
                chain[0].name = full.to_string();
            }
        }
    }
    chain
}

fn city_unit(name: &str) -> Unit {
    Unit {
        name: name.to_string(),
        suffix: "市",
        level: Level::City,
    }
}

/// A gazetteer city written right before `unit` somewhere (阜新市海州区).
fn city_before(c: &[char], unit: &str) -> Option<&'static str> {
    let u: Vec<char> = unit.chars().collect();
    (0..c.len())
        .filter(|&i| c[i..].starts_with(&u))
        .find_map(|i| {
            let before = &c[..i];
            let before = before.strip_suffix(&['市']).unwrap_or(before);
            w::PREFECTURE_CITIES
                .iter()
                .chain(w::MUNICIPALITIES)
                .find(|n| ends_with(before, n))
                .copied()
        })
}

/// The province of a city, when the text names the province in full (辽宁省)
/// and writes it right before the city somewhere (辽宁阜新, 辽宁省阜新市).
fn province_before(c: &[char], city: &str) -> Option<(&'static str, &'static str)> {
    let cc: Vec<char> = city.chars().collect();
    let named = |full: &str| contains(c, full);
    (0..c.len())
        .filter(|&i| c[i..].starts_with(&cc))
        .find_map(|i| {
            let before = &c[..i];
            let before = before.strip_suffix(&['省']).unwrap_or(before);
            w::PROVINCES
                .iter()
                .find(|(n, full)| ends_with(before, n) && named(full))
                .copied()
        })
}

/// The prefecture city named most often (with or without 市), outside the
/// unit's own name. One pass over the text with the gazetteer indexed.
fn most_named_city(c: &[char], unit_name: &str) -> Option<&'static str> {
    static CITIES: std::sync::OnceLock<(Vec<&'static str>, WordIndex)> = std::sync::OnceLock::new();
    let (names, index) = CITIES.get_or_init(|| {
        let names: Vec<&'static str> = w::PREFECTURE_CITIES
            .iter()
            .chain(w::MUNICIPALITIES)
            .copied()
            .collect();
        let index = WordIndex::new(names.iter().copied());
        (names, index)
    });
    let mut counts = vec![0usize; names.len()];
    let mut i = 0;
    while i < c.len() {
        match index.longest_at(c, i) {
            Some((k, len)) => {
                counts[k] += 1;
                i += len;
            }
            None => i += 1,
        }
    }
    let mut best: Option<(&'static str, usize)> = None;
    for (k, name) in names.iter().enumerate() {
        let n = counts[k];
        if n > 0 && !unit_name.contains(name) && best.is_none_or(|(_, b)| n > b) {
            best = Some((name, n));
        }
    }
    best.map(|(n, _)| n)
}

fn has_year(t: &[char]) -> bool {
    t.windows(5)
        .any(|w| w[..4].iter().all(|c| c.is_ascii_digit()) && w[4] == '年')
}

/// The year in a web page's masthead (发布时间：2024-07-20), read from the
/// input as given: normalisation drops that line as page furniture. Only
/// the first lines are read.
pub fn publication_year(input: &str) -> Option<i32> {
    input.lines().take(w::MASTHEAD_LINES).find_map(|line| {
        let chars: Vec<char> = line.chars().collect();
        let at = w::PUBLISHED_LABELS
            .iter()
            .find_map(|l| find(&chars, l).map(|i| i + l.chars().count()))?;
        let rest = &chars[at..chars.len().min(at + 6)];
        let start = rest.iter().position(|c| c.is_ascii_digit())?;
        let digits: String = rest[start..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        let year: i32 = digits.parse().ok()?;
        (digits.len() == 4 && (1949..=2100).contains(&year)).then_some(year)
    })
}

/// The title as shown: a bare-suffix title gets the region's name
/// (2024年区政府工作报告 → 盘锦市XX区2024年政府工作报告).
fn final_title(t: &[char], region: &Option<Region>) -> String {
    match region {
        Some(r) => match r.bare_suffix_in_title {
            Some(pos) if pos < t.len() => {
                let rest: String = t[..pos].iter().chain(&t[pos + 1..]).collect();
                format!("{}{}", r.full, rest)
            }
            _ => t.iter().collect(),
        },
        None => t.iter().collect(),
    }
}

// ---------------------------------------------------------------------------
// Periods of the document

fn periods_from_title(
    t: &[char],
    kind: Kind,
    date_year: Option<i32>,
) -> (Vec<Period>, Vec<Period>) {
    let title_period = period::find_period(t, date_year).map(|(p, _, _)| p);
    match kind {
        Kind::WorkReport => {
            let year = title_period.map(Period::year).or(date_year);
            match year {
                Some(y) => (vec![Period::Year(y - 1)], vec![Period::Year(y)]),
                None => (vec![], vec![]),
            }
        }
        Kind::PlanReport => plan_title_periods(t, date_year),
        Kind::News => match title_period {
            Some(p) => (vec![p], p.next().into_iter().collect()),
            None => (vec![], vec![]),
        },
        Kind::Bulletin | Kind::Other => (title_period.into_iter().collect(), vec![]),
    }
}

/// 关于…2024年上半年…执行情况 | 与下半年计划的报告: the part up to the review
/// word gives the reviewed period, the rest the planned one.
fn plan_title_periods(t: &[char], date_year: Option<i32>) -> (Vec<Period>, Vec<Period>) {
    let split = w::TITLE_REVIEW_ENDS
        .iter()
        .filter_map(|word| find(t, word).map(|i| i + word.chars().count()))
        .min()
        .unwrap_or(t.len());
    let reviewed = period::find_period(&t[..split], date_year).map(|(p, _, _)| p);
    let base = reviewed.map(Period::year).or(date_year);
    let anchor = Anchor {
        current_year: date_year.or(base),
        base_year: base,
        span_end: base,
    };
    let planned = period::find_period_with(&t[split..], &anchor)
        .map(|(p, _, _)| p)
        .or_else(|| reviewed.and_then(Period::next));
    (
        reviewed.into_iter().collect(),
        planned.into_iter().collect(),
    )
}

/// 今年是“十四五”规划收官之年 → 2025.
fn current_year_from_plan_names(c: &[char]) -> Option<i32> {
    let this_year: Vec<char> = "今年是".chars().collect();
    (0..c.len())
        .filter(|&i| c[i..].starts_with(&this_year))
        .find_map(|i| {
            let end = (i..c.len().min(i + 40))
                .find(|&k| matches!(c[k], '。' | '，' | '；'))
                .unwrap_or(c.len().min(i + 40));
            let s = &c[i..end];
            let (_, first, last) = w::PLAN_PERIODS.iter().find(|(n, _, _)| contains(s, n))?;
            if w::PLAN_YEAR_END_WORDS.iter().any(|x| contains(s, x)) {
                Some(*last)
            } else if w::PLAN_YEAR_START_WORDS.iter().any(|x| contains(s, x)) {
                Some(*first)
            } else {
                None
            }
        })
}

fn default_current_year(kind: Kind, meta: &Meta) -> Option<i32> {
    let reviewed = meta.reports.first().map(|p| p.last_year());
    let planned = meta.targets.first().map(|p| p.year());
    match kind {
        Kind::WorkReport | Kind::News => planned.or(reviewed.map(|y| y + 1)),
        Kind::PlanReport | Kind::Bulletin | Kind::Other => reviewed.or(planned),
    }
}

fn fill_periods_from_headings(
    c: &[char],
    headings: &[Heading],
    meta: &mut Meta,
    current_year: Option<i32>,
) {
    let anchor = Anchor::from_current(current_year);
    for h in headings.iter().filter(|h| h.kind.is_numbered()) {
        let text = &c[h.text.0..h.text.1];
        let Some((p, _, _)) = period::find_period_with(text, &anchor) else {
            continue;
        };
        let list = match word_signal(text) {
            Some(Mode::Review) => &mut meta.reports,
            Some(Mode::Plan) => &mut meta.targets,
            None => continue,
        };
        if list.is_empty() {
            list.push(p);
        }
    }
}

/// How far into a line the lead words of a plan period are looked for
/// (“十四五”时期是…的五年 / 过去五年，… / 二、“十五五”时期主要目标任务).
const LEAD_CHARS: usize = 24;

/// A report that reviews a five-year plan period (五年来, “十四五”时期…) or
/// sets goals for the next one (“十五五”时期主要目标) reviews or plans that
/// span as well as its year: a 2026 work report reviews 2025 and 2021-2025
/// and plans 2026 and 2026-2030. The span is read where a heading or a
/// paragraph opens with it; only a plan's own span counts (2021-2025, not
/// the 2019-2023 of a government's term).
fn add_plan_spans(c: &[char], lines: &[Line], meta: &mut Meta, current_year: Option<i32>) {
    let (Some(reviewed), planned) = (meta.reports.first().copied(), meta.targets.first().copied())
    else {
        return;
    };
    let anchor = Anchor {
        current_year,
        base_year: Some(reviewed.last_year()),
        span_end: Some(reviewed.last_year()),
    };
    for line in lines {
        let lead = &c[line.start..line.end.min(line.start + LEAD_CHARS)];
        let number = heading_number(lead).map_or(0, |(_, _, n)| n);
        let lead = &lead[number.min(lead.len())..];
        for m in period::scan(lead, &anchor) {
            let Some(p @ Period::Years { first, last }) = m.period else {
                continue;
            };
            if m.role != period::Role::Frame || last - first != 4 || first % 5 != 1 {
                continue;
            }
            let list = if last == reviewed.last_year() {
                &mut meta.reports
            } else if planned.is_some_and(|t| first == t.year()) {
                &mut meta.targets
            } else {
                continue;
            };
            if !list.contains(&p) {
                list.push(p);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Headings and sections

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadingKind {
    /// `#`…`######`: markdown level 1–6.
    Markdown(u8),
    /// 第一部分, 第一章
    Part,
    /// 一、
    CnEnum,
    /// （一）
    ParenCn,
    /// 1. / 1、
    ArabicDot,
    /// （1）
    ParenArabic,
    /// A short line without numbering.
    Plain,
    /// A paragraph opening the plan part: 下半年，我们将…
    Opening,
}

impl HeadingKind {
    /// Nominal rank of a numbered style: lower is higher in the outline.
    fn rank(self) -> Option<u8> {
        match self {
            HeadingKind::Markdown(n) => Some(n.saturating_sub(1)),
            HeadingKind::Part => Some(6),
            HeadingKind::CnEnum => Some(7),
            HeadingKind::ParenCn => Some(8),
            HeadingKind::ArabicDot => Some(9),
            HeadingKind::ParenArabic => Some(10),
            HeadingKind::Plain | HeadingKind::Opening => None,
        }
    }

    fn is_numbered(self) -> bool {
        self.rank().is_some()
    }
}

#[derive(Debug, Clone)]
struct Heading {
    kind: HeadingKind,
    /// Ordinal of a numbered heading (一 → 1).
    ordinal: u32,
    /// Start of the line.
    start: usize,
    /// The heading's words, without its number: `[start, end)`.
    text: (usize, usize),
}

/// Longest plain line taken as a heading.
const MAX_PLAIN_HEADING: usize = 30;
/// Longest inline heading (（一）…。 followed by body text on the same line).
const MAX_INLINE_HEADING: usize = 60;

fn find_headings(c: &[char], lines: &[Line], body_line: usize) -> Vec<Heading> {
    let mut out = Vec::new();
    for line in lines.iter().skip(body_line) {
        let text = &c[line.start..line.end];
        if is_furniture(text) {
            continue;
        }
        if let Some(h) = numbered_heading(c, *line) {
            out.push(h);
        } else if is_plain_heading(text) || is_plan_opening(text) {
            let kind = if is_plain_heading(text) {
                HeadingKind::Plain
            } else {
                HeadingKind::Opening
            };
            let end = if kind == HeadingKind::Plain {
                line.end
            } else {
                first_stop(c, line.start, line.end)
            };
            out.push(Heading {
                kind,
                ordinal: 0,
                start: line.start,
                text: (line.start, end),
            });
        }
    }
    out
}

fn numbered_heading(c: &[char], line: Line) -> Option<Heading> {
    let t = &c[line.start..line.end];
    let (kind, ordinal, len) = heading_number(t)?;
    let s = line.start + len;
    let mut e = first_stop(c, s, line.end);
    if e - s > MAX_INLINE_HEADING {
        // A long first sentence after 1. is a numbered paragraph; keep its
        // opening as the heading text for signals.
        e = s + MAX_INLINE_HEADING;
    }
    Some(Heading {
        kind,
        ordinal,
        start: line.start,
        text: (s, e),
    })
}

/// The end of the first sentence (before 。！？) within `[s, e)`.
fn first_stop(c: &[char], s: usize, e: usize) -> usize {
    (s..e)
        .find(|&k| matches!(c[k], '。' | '！' | '？'))
        .unwrap_or(e)
}

/// The numbering at the start of a line: (kind, ordinal, chars used).
fn heading_number(t: &[char]) -> Option<(HeadingKind, u32, usize)> {
    let hashes = t.iter().take_while(|ch| **ch == '#').count();
    if (1..=6).contains(&hashes) {
        let skip = hashes + t[hashes..].iter().take_while(|ch| **ch == ' ').count();
        return Some((HeadingKind::Markdown(hashes as u8), 0, skip));
    }
    if t.first() == Some(&'第') {
        let (n, len) = cn_number_or_zero(&t[1..]);
        let unit = t.get(1 + len);
        if len > 0 && matches!(unit, Some('部' | '章' | '篇')) {
            let word = if unit == Some(&'部') { 2 } else { 1 };
            return Some((HeadingKind::Part, n, 1 + len + word));
        }
        return None;
    }
    if t.first() == Some(&'（') {
        let inner = &t[1..];
        let (n, len) = cn_number_or_zero(inner);
        if len > 0 && inner.get(len) == Some(&'）') {
            return Some((HeadingKind::ParenCn, n, len + 2));
        }
        let (n, len) = read_uint(inner, 0);
        if len > 0 && len <= 2 && inner.get(len) == Some(&'）') {
            return Some((HeadingKind::ParenArabic, n, len + 2));
        }
        return None;
    }
    let (n, len) = cn_number_or_zero(t);
    if len > 0 && t.get(len) == Some(&'、') {
        return Some((HeadingKind::CnEnum, n, len + 1));
    }
    let (n, len) = read_uint(t, 0);
    if len > 0 && len <= 2 && matches!(t.get(len), Some('.' | '、')) {
        let next = t.get(len + 1);
        if next.is_some_and(|x| !x.is_ascii_digit() && !x.is_whitespace()) {
            return Some((HeadingKind::ArabicDot, n, len + 1));
        }
    }
    None
}

/// A Chinese ordinal 一…九十九: (value, chars).
fn cn_number(t: &[char]) -> Option<(u32, usize)> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32 + 1)
    };
    let mut len = 0;
    let mut value = 0u32;
    let mut pending = 0u32;
    while let Some(&ch) = t.get(len) {
        if let Some(d) = digit(ch) {
            pending = d;
        } else if ch == '十' {
            value += if pending == 0 { 10 } else { pending * 10 };
            pending = 0;
        } else {
            break;
        }
        len += 1;
    }
    (len > 0).then_some((value + pending, len))
}

fn cn_number_or_zero(t: &[char]) -> (u32, usize) {
    cn_number(t).unwrap_or((0, 0))
}

fn is_plain_heading(t: &[char]) -> bool {
    t.len() <= MAX_PLAIN_HEADING
        && t.len() >= 4
        && !t.iter().any(|ch| {
            matches!(
                ch,
                '。' | '；' | '！' | '？' | '：' | '，' | ',' | '“' | '"'
            )
        })
        && t.iter().filter(|ch| crate::normalize::is_cjk(**ch)).count() * 2 > t.len()
        && !w::NOT_HEADING_WORDS.iter().any(|m| contains(t, m))
        && !w::SALUTATION_PREFIXES.iter().any(|p| starts_with(t, p))
}

/// 下半年，我们将… / 明年，要…: a paragraph opening the plan part.
fn is_plan_opening(t: &[char]) -> bool {
    w::PLAN_OPENING_TIMES.iter().any(|time| {
        let Some(rest) = strip_prefix(t, time) else {
            return false;
        };
        let rest = strip_prefix(rest, "，").unwrap_or(rest);
        w::PLAN_OPENING_VERBS.iter().any(|v| starts_with(rest, v))
    })
}

/// The heading's own mode from its words: the earliest review or plan word.
fn word_signal(text: &[char]) -> Option<Mode> {
    let first = |words: &[&str]| words.iter().filter_map(|x| find(text, x)).min();
    match (first(w::REVIEW_HEADING_WORDS), first(w::PLAN_HEADING_WORDS)) {
        (Some(r), Some(p)) => Some(if r <= p { Mode::Review } else { Mode::Plan }),
        (Some(_), None) => Some(Mode::Review),
        (None, Some(_)) => Some(Mode::Plan),
        (None, None) => None,
    }
}

/// Depth per heading: numbered styles by rank among those present; plain
/// lines and openings either head a restarted list (one above its style)
/// or are leaves (below every style).
fn depths(headings: &[Heading]) -> Vec<u8> {
    let mut ranks: Vec<u8> = headings.iter().filter_map(|h| h.kind.rank()).collect();
    ranks.sort_unstable();
    ranks.dedup();
    let depth_of = |kind: HeadingKind| -> Option<u8> {
        let r = kind.rank()?;
        ranks.iter().position(|x| *x == r).map(|p| p as u8 + 1)
    };
    let leaf = ranks.len() as u8 + 1;
    let mut out = vec![0u8; headings.len()];
    // Walk backwards so each plain heading knows the next numbered one.
    let mut next_numbered: Option<usize> = None;
    for i in (0..headings.len()).rev() {
        let h = &headings[i];
        out[i] = match depth_of(h.kind) {
            Some(d) => d,
            None => match next_numbered {
                Some(j) if restarts(headings, i, j) => {
                    depth_of(headings[j].kind).map_or(leaf, |d| d - 1)
                }
                _ => leaf,
            },
        };
        if h.kind.is_numbered() {
            next_numbered = Some(i);
        }
    }
    out
}

/// Whether numbered heading `j` (after plain heading `i`) starts its list
/// again after an earlier list of the same style.
fn restarts(headings: &[Heading], i: usize, j: usize) -> bool {
    let h = &headings[j];
    h.ordinal == 1
        && j == i + 1
        && headings[..i]
            .iter()
            .any(|p| p.kind == h.kind && p.ordinal >= 1)
}

fn build_sections(
    c: &[char],
    headings: Vec<Heading>,
    meta: &Meta,
    current_year: Option<i32>,
) -> Vec<Section> {
    let depths = depths(&headings);
    let anchor = Anchor {
        current_year,
        base_year: meta.reports.first().map(|p| p.year()).or(current_year),
        span_end: meta.reports.first().map(|p| p.last_year()),
    };
    let mut sections: Vec<Section> = Vec::with_capacity(headings.len());
    let mut stack: Vec<usize> = Vec::new();
    let mut last_top_mode = Mode::Review;
    for (h, depth) in headings.iter().zip(depths) {
        while let Some(&top) = stack.last() {
            if sections[top].depth >= depth {
                sections[top].end = h.start;
                stack.pop();
            } else {
                break;
            }
        }
        let parent = stack.last().copied();
        let text = &c[h.text.0..h.text.1];
        let own_period = period::find_period_with(text, &anchor).map(|(p, _, _)| p);
        let names_period = own_period.is_some();
        let signal = if h.kind == HeadingKind::Opening {
            Some(Mode::Plan)
        } else {
            word_signal(text).or_else(|| period_signal(own_period, meta))
        };
        let mode = signal.unwrap_or_else(|| parent.map_or(last_top_mode, |p| sections[p].mode));
        if parent.is_none() {
            last_top_mode = mode;
        }
        let period = own_period.or_else(|| {
            let p = &sections[parent?];
            if p.mode == mode {
                p.period
            } else {
                None
            }
        });
        stack.push(sections.len());
        sections.push(Section {
            start: h.start,
            end: c.len(),
            heading: text.iter().collect(),
            depth,
            mode,
            period,
            parent,
            names_period,
        });
    }
    sections
}

/// A heading naming a planned period (下半年 in a half-year report) plans;
/// one naming the reviewed period reviews.
fn period_signal(p: Option<Period>, meta: &Meta) -> Option<Mode> {
    let p = p?;
    if meta.targets.contains(&p) {
        Some(Mode::Plan)
    } else if meta.reports.contains(&p) {
        Some(Mode::Review)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// char-slice helpers

fn starts_with(t: &[char], word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(k, wc)| t.get(k) == Some(&wc))
}

fn strip_prefix<'a>(t: &'a [char], word: &str) -> Option<&'a [char]> {
    starts_with(t, word).then(|| &t[word.chars().count()..])
}

fn ends_with(t: &[char], word: &str) -> bool {
    let n = word.chars().count();
    t.len() >= n && starts_with(&t[t.len() - n..], word)
}

fn ends_with_any(t: &[char], words: &[&str]) -> bool {
    words.iter().any(|x| ends_with(t, x))
}

fn find(t: &[char], word: &str) -> Option<usize> {
    (0..t.len()).find(|&i| starts_with(&t[i..], word))
}

fn contains(t: &[char], word: &str) -> bool {
    find(t, word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publication_year_from_the_masthead() {
        assert_eq!(
            publication_year("标题\n来源：市统计局 发布时间：2024-07-20"),
            Some(2024)
        );
        assert_eq!(publication_year("发布日期: 2023年12月1日"), Some(2023));
        assert_eq!(publication_year("地区生产总值增长5%"), None);
    }

    fn doc(s: &str) -> Document {
        analyze(&crate::normalize::normalize(s).chars)
    }

    #[test]
    fn empty_text_has_no_structure() {
        let d = analyze(&[]);
        assert!(d.sections.is_empty());
        assert_eq!(d.context_at(0).mode, Mode::Review);
    }

    #[test]
    fn work_report_meta_and_modes() {
        let text = "2023年鞍山市政府工作报告\n——2023年1月7日在鞍山市第十七届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n地区生产总值增长5%。\n二、2023年工作安排\n（一）抓投资。固定资产投资增长12%左右。\n三、全面加强政府自身建设\n坚持党的领导。\n";
        let d = doc(text);
        assert_eq!(d.meta.kind, Some(Kind::WorkReport));
        assert_eq!(d.meta.region.as_deref(), Some("鞍山市"));
        assert_eq!(d.meta.level, Some(Level::City));
        assert_eq!(d.meta.reports, vec!["2022"]);
        assert_eq!(d.meta.targets, vec!["2023"]);
        assert_eq!(d.current_year, Some(2023));
        let modes: Vec<(Mode, Option<String>)> = d
            .sections
            .iter()
            .map(|s| (s.mode, s.period.map(|p| p.to_string())))
            .collect();
        let some = |p: &str| Some(p.to_string());
        assert_eq!(
            modes,
            vec![
                (Mode::Review, some("2022")),
                (Mode::Plan, some("2023")),
                (Mode::Plan, some("2023")),
                (Mode::Plan, None),
            ]
        );
        let chars = crate::normalize::normalize(text).chars;
        let at = |w: &str| {
            let s: String = chars.iter().collect();
            s[..s.find(w).unwrap()].chars().count()
        };
        let review = d.context_at(at("地区生产总值"));
        assert_eq!(review.mode, Mode::Review);
        assert_eq!(
            review.review_period.map(|p| p.to_string()).as_deref(),
            Some("2022")
        );
        let plan = d.context_at(at("固定资产投资"));
        assert_eq!(plan.mode, Mode::Plan);
        assert_eq!(
            plan.target_period.map(|p| p.to_string()).as_deref(),
            Some("2023")
        );
        assert_eq!(plan.current_year, Some(2023));
    }

    #[test]
    fn half_year_report_opening_paragraph_starts_the_plan() {
        let text = "关于立山区2024年上半年国民经济和社会发展计划执行情况与下半年计划的报告\n（一）改革\n1.营商环境优化。上半年完成。\n（二）产业\n下半年，我们将持续推进。\n（一）经济运行\n1.推进项目建设。\n";
        let d = doc(text);
        assert_eq!(d.meta.kind, Some(Kind::PlanReport));
        assert_eq!(d.meta.reports, vec!["2024H1"]);
        assert_eq!(d.meta.targets, vec!["2024H2"]);
        let opening = d
            .sections
            .iter()
            .find(|s| s.depth == 0)
            .expect("opening section");
        assert_eq!(opening.mode, Mode::Plan);
        assert_eq!(
            opening.period.map(|p| p.to_string()).as_deref(),
            Some("2024H2")
        );
        let last = d.sections.last().unwrap();
        assert_eq!(last.mode, Mode::Plan);
        assert_eq!(
            d.context_at(last.start + 2)
                .target_period
                .map(|p| p.to_string())
                .as_deref(),
            Some("2024H2")
        );
        assert_eq!(d.context_at(5).mode, Mode::Review);
    }

    #[test]
    fn numbered_paragraph_is_not_a_number() {
        assert!(heading_number(&"1.5亿元".chars().collect::<Vec<_>>()).is_none());
        assert_eq!(
            heading_number(&"十二、其他".chars().collect::<Vec<_>>()),
            Some((HeadingKind::CnEnum, 12, 3))
        );
        assert_eq!(
            heading_number(&"第一部分 回顾".chars().collect::<Vec<_>>()),
            Some((HeadingKind::Part, 1, 4))
        );
    }

    #[test]
    fn region_chain_from_text() {
        let d = doc("关于海州区2023年国民经济和社会发展规划执行情况与2024年计划草案的报告\n——2023年12月27日在海州区第十九届人民代表大会第三次会议上\n各位代表：\n谋划阜新市海州区公园。辽宁阜新产业园。获辽宁省奖。\n");
        assert_eq!(d.meta.region.as_deref(), Some("辽宁省阜新市海州区"));
        assert_eq!(d.meta.level, Some(Level::District));
        assert_eq!(d.meta.reports, vec!["2023"]);
        assert_eq!(d.meta.targets, vec!["2024"]);
    }

    #[test]
    fn county_level_city() {
        let d = doc("2024年海城市政府工作报告\n鞍山市海城市工作。\n");
        assert_eq!(d.meta.level, Some(Level::County));
        assert_eq!(d.meta.region.as_deref(), Some("鞍山市海城市"));
    }

    #[test]
    fn chinese_numbers() {
        let cn = |s: &str| cn_number_or_zero(&s.chars().collect::<Vec<_>>());
        assert_eq!(cn("十"), (10, 1));
        assert_eq!(cn("二十三"), (23, 3));
        assert_eq!(cn("九、"), (9, 1));
    }
}
