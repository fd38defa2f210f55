//! Page furniture: the lines of a page that are no report text (page
//! numbers, a web page's frame and labels, figure captions), told apart
//! line by line with the tables in [`crate::lexicon::furniture`].

use crate::lexicon::furniture as table;
use crate::lexicon::matcher::LazyIndex;
use crate::text::{is_cjk, longest_at, starts_at, CharLen};

/// Lines longer than this are never furniture: those are short.
const FURNITURE_MAX_CHARS: usize = 120;

/// `— 3 —`, `- 12 -`, `第 3 页`, `第5/21页`, `Page 3 of 21`, a bare `12`.
pub(super) fn is_page_number(line: &[char]) -> bool {
    let mut i = 0;
    let (mut words, mut framed, mut slash) = (false, false, false);
    let mut groups = Vec::new();
    while i < line.len() {
        let c = line[i];
        if c.is_ascii_digit() {
            let n = line[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            groups.push(n);
            i += n;
        } else if c == ' ' {
            i += 1;
        } else if c == '/' {
            slash = true;
            i += 1;
        } else if table::PAGE_NUMBER_FRAME.contains(&c) {
            framed = true;
            i += 1;
        } else if let Some(w) = longest_at(line, i, table::PAGE_WORD_BEFORE)
            .or_else(|| longest_at(line, i, table::PAGE_WORD_AFTER))
        {
            words = true;
            i += w;
        } else {
            return false;
        }
    }
    let max_digits = if words || framed {
        table::PAGE_NUMBER_MAX_DIGITS + 1
    } else {
        table::PAGE_NUMBER_MAX_DIGITS
    };
    let groups_ok = (1..=2).contains(&groups.len()) && groups.iter().all(|&n| n <= max_digits);
    groups_ok && (groups.len() == 1 || slash || words)
}

/// Web-page frame and masthead lines: publication data, breadcrumbs, site
/// registration, share and print buttons.
pub(super) fn is_furniture(line: &[char]) -> bool {
    if line.len() > FURNITURE_MAX_CHARS {
        return false;
    }
    let body = line
        .iter()
        .position(|&c| !matches!(c, '【' | '[' | '（' | '|' | '·' | '•' | '*' | ' ' | '>'))
        .unwrap_or(line.len());
    starts_with_label(line, body)
        || (0..line.len()).any(|i| LINE_MARKERS.at(line, i).is_some())
        || is_breadcrumb(line, body)
        || is_made_of_frame_words(line)
}

/// 图 6  近五年…, 图3 2017-2021年…: a figure's mark, its number, then a
/// caption with no sentence in it.
pub(super) fn is_figure_caption(line: &[char]) -> bool {
    let Some(mark) = longest_at(line, 0, table::FIGURE_MARKS) else {
        return false;
    };
    let number_at = mark + line[mark..].iter().take_while(|c| **c == ' ').count();
    let digits = line[number_at..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let after = line.get(number_at + digits);
    digits > 0
        && !after.is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | '%' | '年'))
        && line.len() <= FURNITURE_MAX_CHARS
        && !line.iter().any(|c| matches!(c, '。' | '，' | '；'))
}

fn starts_with_label(line: &[char], at: usize) -> bool {
    table::LINE_LABELS.iter().any(|label| {
        starts_at(line, at, label)
            && matches!(
                line.get(at + label.char_len()),
                None | Some('：' | ':' | ' ' | '】' | ']' | '）' | '|' | '丨')
            )
    })
}

fn is_breadcrumb(line: &[char], at: usize) -> bool {
    let Some(root) = longest_at(line, at, table::BREADCRUMB_ROOTS) else {
        return false;
    };
    matches!(line.get(at + root), Some('：' | ':'))
        || line
            .iter()
            .any(|c| table::BREADCRUMB_SEPARATORS.contains(c))
}

/// Furniture tables are tried at every char of short lines: indexed by
/// first char, a try is one probe.
static LINE_MARKERS: LazyIndex = LazyIndex::new(table::LINE_MARKERS);
static FRAME_LINE_WORDS: LazyIndex =
    LazyIndex::union(&[table::FRAME_WORDS, table::LINE_LABELS, table::LINE_MARKERS]);

/// Words other than frame words a frame line may hold (大 中 小 alone).
const FRAME_MAX_OTHER_CHARS: usize = 2;

/// A short line of frame words (字体 大中小, 微信公众号) and punctuation.
fn is_made_of_frame_words(line: &[char]) -> bool {
    let (mut covered, mut content) = (0, 0);
    let mut i = 0;
    while i < line.len() {
        if let Some((_, n)) = FRAME_LINE_WORDS.get().longest_at(line, i) {
            covered += n;
            i += n;
            continue;
        }
        if is_cjk(line[i]) || line[i].is_alphanumeric() {
            content += 1;
            if content > FRAME_MAX_OTHER_CHARS {
                return false;
            }
        }
        i += 1;
    }
    covered >= 2
}
