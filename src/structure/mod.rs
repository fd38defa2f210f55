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

mod head;
mod headings;
mod lines;
mod parts;
mod periods;
mod region;
mod scopes;
mod sections;
mod spans;

use crate::model::{Kind, Meta};
use crate::normalize::{Line, Normalized};
use crate::period::{Anchor, Period};
use crate::text::fold_chinese_years;
use head::{detect_kind, has_year, read_head, Head};
use headings::find_headings;
use lines::part_lines;
use periods::{
    add_plan_spans, current_year_from_plan_names, default_current_year, fill_periods_from_headings,
    opening_year, periods_from_title, year_before_publication,
};
use region::{detect_region, final_title};
use sections::build_sections;

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
}

/// One report of a file that holds several, analysed on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// Where the report starts in the file's normalised text.
    pub start: usize,
    /// Just past its last char.
    pub end: usize,
    /// The report's structure, its positions counted from `start`.
    pub doc: Document,
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
    /// The reports of a file that holds several, in order (empty for a
    /// file of one report): each place takes its own report's context.
    pub parts: Vec<Part>,
}

impl Document {
    /// The context at a normalised char position (O(log n + depth)).
    pub fn context_at(&self, pos: usize) -> Context {
        if let Some(part) = self.part_at(pos) {
            return part.doc.context_at(pos - part.start);
        }
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

    /// The context at `pos` ([`Document::context_at`]) and the position
    /// before which it holds: no report, section or scope starts or ends
    /// between. The sentences of a text are read in order, so the walk asks
    /// again only past it (natively).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn context_until(&self, pos: usize) -> (Context, usize) {
        let after = self.parts.partition_point(|p| p.start <= pos);
        if let Some(part) = after.checked_sub(1).map(|k| &self.parts[k]) {
            let next = self.parts.get(after).map_or(usize::MAX, |p| p.start);
            let (ctx, until) = part.doc.context_until(pos - part.start);
            return (ctx, until.saturating_add(part.start).min(next));
        }
        (self.context_at(pos), self.next_turn(pos))
    }

    /// The first position after `pos` where a section or a scope starts or
    /// ends: what [`Document::innermost_section`] and [`Document::scope_at`]
    /// give changes only there (sections nest: none that holds `pos` ends
    /// before the innermost one).
    #[cfg(not(target_arch = "wasm32"))]
    fn next_turn(&self, pos: usize) -> usize {
        let next_section = self.sections.partition_point(|s| s.start <= pos);
        let next_scope = self.scopes.partition_point(|s| s.start <= pos);
        [
            self.sections.get(next_section).map(|s| s.start),
            self.innermost_section(pos).map(|s| s.end),
            self.scopes.get(next_scope).map(|s| s.start),
            self.scope_at(pos).map(|s| s.end),
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(usize::MAX)
    }

    /// The report of a several-report file that holds `pos`.
    pub fn part_at(&self, pos: usize) -> Option<&Part> {
        let after = self.parts.partition_point(|p| p.start <= pos);
        self.parts.get(after.checked_sub(1)?)
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

/// Analyses the normalised text, its lines as stage 1 classified them.
/// The year the page was published, when its masthead said, dates a
/// report whose title names no year (上半年全市经济运行稳中向好).
pub fn analyze(norm: &Normalized) -> Document {
    let (chars, lines, published) = (&norm.chars[..], &norm.lines[..], norm.published);
    let body_line = read_head(chars, lines).body_line;
    let starts = parts::later_report_starts(chars, lines, body_line);
    if starts.is_empty() {
        return analyze_one(chars, lines, published);
    }
    // Pushed, not collected from a chain of iterators (0.3 KB gzip of the
    // core wasm).
    let mut bounds = vec![0];
    bounds.extend_from_slice(&starts);
    bounds.push(chars.len());
    let mut parts: Vec<Part> = Vec::with_capacity(bounds.len() - 1);
    for b in bounds.windows(2) {
        let text = &chars[b[0]..b[1]];
        // A later report without its title is of the first one's kind.
        let kind = parts.first().and_then(|p: &Part| p.doc.meta.kind);
        let lines = part_lines(lines, b[0], b[1]);
        parts.push(Part {
            start: b[0],
            end: b[1],
            doc: analyze_part(text, &lines, published, kind),
        });
    }
    compilation(parts)
}

/// The file of several reports: the first report's head, every report's
/// periods (oldest first).
fn compilation(parts: Vec<Part>) -> Document {
    let first = &parts[0].doc;
    let mut meta = first.meta.clone();
    meta.reports.clear();
    meta.targets.clear();
    for part in &parts {
        for p in &part.doc.meta.reports {
            if !meta.reports.contains(p) {
                meta.reports.push(*p);
            }
        }
        for p in &part.doc.meta.targets {
            if !meta.targets.contains(p) {
                meta.targets.push(*p);
            }
        }
    }
    // One key function for both: each closure is a sort of its own in the
    // core wasm.
    let by_years = |p: &Period| (p.last_year(), p.year());
    crate::order::sort_by_key(&mut meta.reports, by_years);
    crate::order::sort_by_key(&mut meta.targets, by_years);
    Document {
        meta,
        sections: Vec::new(),
        scopes: Vec::new(),
        current_year: first.current_year,
        title_span: first.title_span,
        parts,
    }
}

/// Analyses one report.
fn analyze_one(chars: &[char], lines: &[Line], published: Option<i32>) -> Document {
    analyze_part(chars, lines, published, None)
}

/// Analyses one report, of the kind `inherited` when it shows none of its own.
/// Never inlined: it is called for a file and for each of its reports, and
/// two inlined copies of the structure stage would double its wasm.
#[inline(never)]
fn analyze_part(
    chars: &[char],
    lines: &[Line],
    published: Option<i32>,
    inherited: Option<Kind>,
) -> Document {
    let mut head = read_head(chars, lines);
    let body = &lines[head.body_line.min(lines.len())..];
    // A title written over two lines is one title.
    let title: Option<Vec<char>> = head
        .title
        .map(|(s, e)| chars[s..e].iter().copied().filter(|c| *c != '\n').collect());
    // Dates are read from the title with its Chinese-digit years (二〇二五年)
    // in Arabic digits; the title itself is shown as written.
    let dated_title = title.clone().map(|mut t| {
        fold_chinese_years(&mut t);
        t
    });
    // The masthead only dates a report that does not date itself: a page's
    // frame can be republished or copied with another date.
    if !dated_title.as_deref().is_some_and(has_year) {
        head.date_year = head.date_year.or(published);
    }
    let kind = match detect_kind(title.as_deref(), chars, lines) {
        Kind::Other => inherited.unwrap_or(Kind::Other),
        kind => kind,
    };
    let region = detect_region(title.as_deref(), chars, lines, head.body_line);
    let (reports, targets) = dated_periods(chars, lines, &head, dated_title.as_deref(), kind);
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
    let headings = find_headings(chars, lines, head.body_line);
    if meta.reports.is_empty() || meta.targets.is_empty() {
        fill_periods_from_headings(chars, &headings, &mut meta, current_year);
    }
    add_plan_spans(chars, body, &mut meta, current_year);
    let sections = build_sections(chars, headings, &meta, current_year);
    let mut doc = Document {
        meta,
        sections,
        scopes: Vec::new(),
        current_year,
        title_span: head.title,
        parts: Vec::new(),
    };
    doc.scopes = scopes::find_scopes(chars, body, &doc);
    doc
}

/// The periods a report reviews and plans, from its title; a bulletin
/// whose title names no year is dated by its body's opening year, else by
/// the year before its publication.
fn dated_periods(
    chars: &[char],
    lines: &[Line],
    head: &Head,
    dated_title: Option<&[char]>,
    kind: Kind,
) -> (Vec<Period>, Vec<Period>) {
    let (reports, targets) = dated_title
        .map(|t| periods_from_title(t, kind, head.date_year))
        .unwrap_or_default();
    if !reports.is_empty() || kind != Kind::Bulletin {
        return (reports, targets);
    }
    let (head_lines, body) = lines.split_at(head.body_line.min(lines.len()));
    let reviewed = opening_year(chars, body).or_else(|| year_before_publication(chars, head_lines));
    (reviewed.map_or_else(Vec::new, |x| vec![x]), targets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Level;

    fn doc(s: &str) -> Document {
        analyze(&crate::normalize::normalize(s))
    }

    #[test]
    fn a_bulletin_without_its_title_is_known_by_its_body() {
        let text = "2023 [1]\n\n2023年，全市上下稳中求进。全年地区生产总值800亿元，增长5%。\n\n一、农业\n\n漯河市粮食产量40万吨。漯河市新增市场主体1万户。漯河市常住人口60万人。\n\n注：本公报中部分数据为初步统计数。\n";
        let d = doc(text);
        assert_eq!(d.meta.kind, Some(Kind::Bulletin));
        assert_eq!(d.meta.reports, vec![Period::Year(2023)]);
        assert_eq!(d.meta.region.as_deref(), Some("漯河市"));
    }

    #[test]
    fn a_bulletin_reviews_its_year_not_the_year_it_is_published() {
        let dated = "柳溪市2024年国民经济和社会发展统计公报\n柳溪市统计局\n2025年3月\n\n一、综合\n全年地区生产总值800亿元。\n";
        assert_eq!(doc(dated).meta.reports, vec![Period::Year(2024)]);
        let undated = "柳溪市国民经济和社会发展统计公报\n柳溪市统计局  2025年3月\n一、综合\n全年地区生产总值800亿元。\n";
        assert_eq!(doc(undated).meta.reports, vec![Period::Year(2024)]);
        let opening = "柳溪市国民经济和社会发展统计公报\n柳溪市统计局\n2025年3月\n2024年是关键之年。全年地区生产总值800亿元。\n";
        assert_eq!(doc(opening).meta.reports, vec![Period::Year(2024)]);
    }

    #[test]
    fn each_report_of_a_compilation_takes_its_own_year() {
        let text = "柳溪市2024年统计公报\n柳溪市统计局\n2025年3月\n2024年是关键之年。\n一、综合\n全年地区生产总值800亿元，增长5%。\n\n柳溪市统计局  国家统计局柳溪调查队\n2024年3月\n2023年是攻坚之年。\n一、综合\n全年地区生产总值760亿元，增长4%。\n";
        let d = doc(text);
        assert_eq!(d.meta.reports, vec![Period::Year(2023), Period::Year(2024)]);
        assert_eq!(d.parts.len(), 2);
        let chars = crate::normalize::normalize(text).chars;
        let s: String = chars.iter().collect();
        let at = |w: &str| s[..s.find(w).unwrap()].chars().count();
        let year_at = |w: &str| d.context_at(at(w)).review_period;
        assert_eq!(year_at("800亿元"), Some(Period::Year(2024)));
        assert_eq!(year_at("760亿元"), Some(Period::Year(2023)));
    }

    /// `context_until` gives `context_at`, and no other context before
    /// the position it names.
    fn assert_contexts_hold(d: &Document, len: usize) {
        let mut pos = 0;
        while pos <= len {
            let (ctx, until) = d.context_until(pos);
            assert!(until > pos, "{pos}");
            for p in pos..until.min(len + 1) {
                assert_eq!(d.context_at(p), ctx, "{p} in {pos}..{until}");
            }
            pos = until;
        }
    }

    #[test]
    fn a_context_holds_until_a_report_section_or_scope_turns() {
        let text = "柳溪市2024年统计公报\n柳溪市统计局\n2025年3月\n2024年是关键之年。\n一、综合\n全年地区生产总值800亿元，增长5%。\n\n柳溪市统计局  国家统计局柳溪调查队\n2024年3月\n2023年是攻坚之年。\n一、综合\n全年地区生产总值760亿元，增长4%。\n";
        let n = crate::normalize::normalize(text);
        assert_contexts_hold(&analyze(&n), n.len());
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") {
                let n = crate::normalize::normalize(&std::fs::read_to_string(&path).unwrap());
                let d = analyze(&n);
                assert!(!d.sections.is_empty(), "{path:?}");
                assert_contexts_hold(&d, n.len());
            }
        }
    }

    #[test]
    fn a_city_named_once_is_not_the_reports_region() {
        let text = "2023年，全市上下稳中求进。与漯河市签约合作项目3个。\n";
        assert_eq!(doc(text).meta.region, None);
    }

    #[test]
    fn empty_text_has_no_structure() {
        let d = analyze(&Normalized::default());
        assert!(d.sections.is_empty());
        assert_eq!(d.context_at(0).mode, Mode::Review);
    }

    #[test]
    fn work_report_meta_and_modes() {
        let text = "2023年湖州市政府工作报告\n——2023年1月9日在湖州市第九届人民代表大会第三次会议上\n各位代表：\n一、2022年工作回顾\n地区生产总值增长5%。\n二、2023年工作安排\n（一）抓投资。固定资产投资增长12%左右。\n三、切实加强政府自身建设\n严格依法行政。\n";
        let d = doc(text);
        assert_eq!(d.meta.kind, Some(Kind::WorkReport));
        assert_eq!(d.meta.region.as_deref(), Some("湖州市"));
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
        let text = "关于西岗区2024年上半年国民经济和社会发展计划执行情况与下半年计划的报告\n（一）改革\n1.政务服务提质。上半年完成。\n（二）产业\n下半年，我们将持续推进。\n（一）经济运行\n1.抓好项目落地。\n";
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
}
