//! The head of the document: title, date, byline and web furniture, and
//! the kind of report. (The masthead's publication year, on a line stage 1
//! drops, is read by stage 1: `Normalized::published`.)

use crate::lexicon::furniture;
use crate::lexicon::structure_words as w;
use crate::model::Kind;
use crate::normalize::{is_cn_date_tail, is_date_line, Line, LineKind};
use crate::text::{
    contains, ends_with, ends_with_any, fold_chinese_years, is_cjk, is_letter_or_digit, read_uint,
    starts_with, CharLen,
};

pub(super) struct Head {
    pub(super) title: Option<(usize, usize)>,
    pub(super) date_year: Option<i32>,
    /// Index of the first line after the head (title, subtitle, byline…).
    pub(super) body_line: usize,
}

/// How many lines at the top may hold the title and its furniture.
pub(super) const HEAD_LINES: usize = 12;
/// Longest title line; longer first lines are body text.
pub(super) const MAX_TITLE_CHARS: usize = 90;

pub(super) fn read_head(c: &[char], lines: &[Line]) -> Head {
    let mut title = None;
    let mut date_year = None;
    let mut body_line = 0;
    for (idx, line) in lines.iter().enumerate().take(HEAD_LINES) {
        let text = &c[line.start..line.end];
        if date_year.is_none() {
            // The date of an older report: 一九九一年三月二十五日.
            let mut dated = text.to_vec();
            fold_chinese_years(&mut dated);
            date_year = date_in(&dated);
        }
        let frame = line.kind == LineKind::Frame;
        if frame
            || text.starts_with(&['—', '—'])
            || is_byline(text)
            || is_office_line(text)
            || line.kind == LineKind::Date
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
        if title.is_some() || !frame {
            break;
        }
    }
    // A subtitle line cut in two (——2023年12月27日在…第十九届 / 人民代表大会…上).
    while let Some(line) = lines.get(body_line) {
        let text = &c[line.start..line.end];
        if body_line < HEAD_LINES && (ends_with(text, w::SESSION_LINE_END) || is_speaker_line(text))
        {
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
pub(super) fn title_span(c: &[char], lines: &[Line], idx: usize) -> Option<(usize, usize)> {
    let line = lines[idx];
    let mut s = line.start;
    while s < line.end && matches!(c[s], '#' | '*' | ' ') {
        s += 1;
    }
    if let Some(label) = furniture::TITLE_LABELS
        .iter()
        .find(|l| starts_with(&c[s..line.end], l))
    {
        s += label.char_len();
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
        || !text.iter().any(|ch| is_cjk(*ch))
    {
        return None;
    }
    // 关于…2023年…执行情况 / 与2024年计划草案的报告
    if let Some(next) = lines.get(idx + 1) {
        let nt = &c[next.start..next.end];
        let complete = ends_with_any(text, w::TITLE_ENDS);
        if !complete && nt.len() <= 40 && ends_with_any(nt, w::TITLE_ENDS) {
            return Some((s, next.end));
        }
    }
    Some((s, e))
}

/// Drops web-list furniture after a title: -10篇（第5/21页）.
pub(super) fn strip_page_suffix(c: &[char], s: usize, mut e: usize) -> usize {
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

/// A line of marks only (the 】 closing a page's 【字号：…】 toolbar).
pub(super) fn is_bare_marks(text: &[char]) -> bool {
    !text.iter().any(|ch| is_letter_or_digit(*ch))
}

pub(super) fn is_byline(text: &[char]) -> bool {
    text.len() <= 40 && w::NEWS_MARKERS.iter().any(|m| contains(text, m))
}

/// A line of offices (and their date) is short; a paragraph is not one.
const MAX_OFFICE_LINE_CHARS: usize = 40;

/// 柳溪市统计局  国家统计局柳溪调查队: a short line of offices only, each
/// word ending as an office does (a signature, never a title).
pub(super) fn is_office_line(text: &[char]) -> bool {
    if text.len() > MAX_OFFICE_LINE_CHARS {
        return false;
    }
    let is_office = |word: &[char]| w::OFFICE_ENDS.iter().any(|end| ends_with(word, end));
    // The date may follow the offices on their line (柳溪市统计局 2025年3月);
    // normalisation has dropped the blanks between them.
    let offices = (0..text.len())
        .find(|&i| is_date_line(&text[i..]))
        .map_or(text, |i| &text[..i]);
    let mut words = offices
        .split(|ch| ch.is_whitespace())
        .filter(|word| !word.is_empty());
    words.clone().next().is_some() && words.all(is_office)
}

/// 某区财政局局长 张某 / 市长 李某: a short line naming the speaker.
pub(super) fn is_speaker_line(text: &[char]) -> bool {
    text.len() <= 30
        && !text
            .iter()
            .any(|ch| matches!(ch, '。' | '，' | '：' | '；'))
        && w::NOT_HEADING_WORDS.iter().any(|m| contains(text, m))
}

/// The year of the first full date (2023年12月27日, 2023-01-31) in a line.
pub(super) fn date_in(text: &[char]) -> Option<i32> {
    let mut i = 0;
    while i + 4 <= text.len() {
        if text[i].is_ascii_digit() && (i == 0 || !text[i - 1].is_ascii_digit()) {
            let (n, len) = read_uint(text, i).unwrap_or_default();
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

pub(super) fn is_iso_date_tail(t: &[char]) -> bool {
    let sep = |x: Option<&char>| matches!(x, Some('-' | '/' | '.'));
    if !sep(t.first()) {
        return false;
    }
    let (_, lm) = read_uint(t, 1).unwrap_or_default();
    lm > 0 && lm <= 2 && sep(t.get(1 + lm)) && read_uint(t, 2 + lm).is_some()
}

// ---------------------------------------------------------------------------
// Kind

pub(super) fn detect_kind(title: Option<&[char]>, c: &[char], lines: &[Line]) -> Kind {
    if let Some(t) = title {
        if let Some((_, kind)) = w::KIND_WORDS.iter().find(|(word, _)| contains(t, word)) {
            return *kind;
        }
    }
    if let Some((_, kind)) = w::SELF_REFERENCES
        .iter()
        .find(|(word, _)| contains(c, word))
    {
        return *kind;
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

pub(super) fn has_year(t: &[char]) -> bool {
    t.windows(5)
        .any(|w| w[..4].iter().all(|c| c.is_ascii_digit()) && w[4] == '年')
}
