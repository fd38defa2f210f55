//! The subject of a quantity: the noun phrase it measures, cut from the
//! words around the number and cleaned of verbs, time, region and hedges.

use crate::lexicon::matcher::LazyIndex;
use crate::lexicon::names::{PROVINCE_SHORT_NAMES, WHOLE};
use crate::lexicon::time_words::{
    AFTER_YEAR_IN_SUBJECT, BASELINE_PAIR_BEFORE, COMPARISON_ENDS, COMPARISON_MAX_CHARS, YEAR_LEADS,
};
use crate::lexicon::words::{
    ADDITION_LEADS, ADVERBS, BEFORE_A_YEAR, CHANGE_DOWN, CHANGE_UP, ETC, ETC_FILLERS,
    ETC_NOT_AFTER, ETC_NOT_BEFORE, EVENT_BACK_WORDS, LEVEL_VERBS, LIST_JOINTS, LIST_VERBS,
    NOT_A_NOUN_AFTER, RUN_OF_YEARS, SUBJECT_PREFIXES, SUBJECT_PREFIX_FALSE_STARTS,
};
use crate::quantity::Quantity;
use crate::text::{cn_digit, is_cjk, starts_at, str_contains, CharLen};

/// A subject found in the text: its cleaned text and the span it was cut from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The subject is the noun after the number(s), not the words before.
    pub after: bool,
}

/// What a subject never opens with: time, region and hedge words, and the
/// words that point back at an event (会上签约项目 → 签约项目).
static PREFIXES: LazyIndex = LazyIndex::union(&[SUBJECT_PREFIXES, EVENT_BACK_WORDS]);
static VERBS: LazyIndex = LazyIndex::new(LEVEL_VERBS);
static ADVERB_INDEX: LazyIndex = LazyIndex::new(ADVERBS);

/// Where to look for a subject in a sentence `[start, end)`.
pub struct Place<'a> {
    pub start: usize,
    pub end: usize,
    /// Where the previous quantity ended.
    pub prev_end: usize,
    /// Where the words between subject and number begin (verbs, 完成…).
    pub verb_start: usize,
    /// The first and last quantity of a list sharing the subject.
    pub first: &'a Quantity,
    pub last: &'a Quantity,
    /// Where the next quantity begins.
    pub next_start: usize,
}

/// Finds the subject of the quantities at `p`: the words before the first
/// number, or the noun after the last one.
pub fn find(chars: &[char], p: &Place) -> Found {
    let q = p.first;
    let left = left_bound(chars, p.start, p.prev_end, q.start);
    let (pre_a, pre_b) = clean_span(chars, left, p.verb_start.min(q.start));
    let mut pre = clean_text(&chars[pre_a..pre_b]);
    pre.insert_str(0, addition_before_examples(chars, left, pre_a));
    if let Some((post_a, post_b, after_de)) = noun_after(chars, p.last, p.next_start, p.end) {
        let post = clean_text(&chars[post_a..post_b]);
        let pre = if after_de {
            pre
        } else {
            verb_before_examples(&pre)
        };
        let text = if after_de {
            format!("{post}{pre}")
        } else {
            format!("{pre}{post}")
        };
        let start = if pre.is_empty() { q.start } else { pre_a };
        return Found {
            text,
            start,
            end: post_b,
            after: true,
        };
    }
    Found {
        text: pre,
        start: if pre_b > pre_a { pre_a } else { q.start },
        end: q.end,
        after: false,
    }
}

/// 新增A公司、B公司3家规上服务业企业: names listed before a count are
/// examples of the noun after it; only a leading verb stays.
fn verb_before_examples(pre: &str) -> String {
    if !str_contains(pre, "、") {
        return pre.to_string();
    }
    LIST_VERBS
        .iter()
        .find(|v| pre.starts_with(*v))
        .map_or(String::new(), |v| v.to_string())
}

/// 新增A、B等科技型中小企业11户: the examples before the noun are cut, but
/// a word of addition before them still says what is counted (additions,
/// not the stock).
fn addition_before_examples(chars: &[char], left: usize, noun: usize) -> &'static str {
    // The leading words are trimmed to a fixed point: the noun lies past
    // them only when examples were cut.
    let (a, _) = trim_leading(chars, left, noun);
    match ADDITION_LEADS.iter().find(|w| starts_at(chars, a, w)) {
        Some(w) if noun > a => w,
        _ => "",
    }
}

/// Where the subject may begin: after the clause break or the previous
/// quantity, whichever is later, and after list joints.
fn left_bound(chars: &[char], s_start: usize, prev_end: usize, at: usize) -> usize {
    let clause = (s_start.max(prev_end)..at)
        .rev()
        .find(|&i| matches!(chars[i], '，' | '：' | '；'))
        .map_or(s_start, |i| i + 1);
    let mut left = clause.max(prev_end);
    while left < at && (LIST_JOINTS.contains(&chars[left]) || chars[left] == '，') {
        left += 1;
    }
    left
}

/// The noun after a count (6家外资企业地区总部在榕落户 → 外资企业地区总部在榕落户),
/// or after 的 (总投资6.5亿元的老旧小区改造项目). Returns its span and whether
/// it came after 的.
fn noun_after(
    chars: &[char],
    q: &Quantity,
    next_start: usize,
    s_end: usize,
) -> Option<(usize, usize, bool)> {
    let at = q.end;
    let first = *chars.get(at)?;
    let after_de = first == '的';
    let from = if after_de { at + 1 } else { at };
    // A digit may start the noun when it is a threshold: 512个3000万元以上项目.
    let noun_start = is_cjk(first) || first.is_ascii_digit() || matches!(first, '“' | '"' | '《');
    if !after_de
        && (!noun_start
            || NOT_A_NOUN_AFTER.iter().any(|w| starts_at(chars, at, w))
            || starts_a_change(chars, at))
    {
        return None;
    }
    let mut end = from;
    while end < s_end.min(next_start) {
        let c = chars[end];
        if matches!(c, '，' | '：' | '；' | '。') {
            break;
        }
        if LIST_JOINTS.contains(&c) && end + 1 == next_start {
            break;
        }
        end += 1;
    }
    // Stop before a qualifier-like word that belongs to the next number.
    let (a, b) = trim_trailing(chars, from, end);
    (b > a).then_some((a, b, after_de))
}

/// A change verb of two chars or more right after a number (由47%提升至
/// 73%): the number ends its phrase. One-char verbs (增, 升) also begin
/// nouns (增量), so they do not count here.
fn starts_a_change(chars: &[char], at: usize) -> bool {
    CHANGE_UP
        .iter()
        .chain(CHANGE_DOWN)
        .any(|w| w.char_len() > 1 && starts_at(chars, at, w))
}

/// Cuts time, region and hedge words from the start of `[a, b)` and verbs
/// from its end.
fn clean_span(chars: &[char], a: usize, b: usize) -> (usize, usize) {
    let (a, b) = trim_leading(chars, a, b);
    let a = after_examples(chars, a, b);
    let (a, b) = trim_leading(chars, a, b);
    trim_trailing(chars, a, b)
}

/// Skips a list of examples ended by 等 (实施A、B等环保工程 → 环保工程).
fn after_examples(chars: &[char], a: usize, b: usize) -> usize {
    let Some(i) = (a..b).rev().find(|&i| is_etc(chars, a, b, i)) else {
        return a;
    };
    let mut at = i + 1;
    if let Some(w) = ETC_FILLERS.iter().find(|w| starts_at(chars, at, w)) {
        at += w.char_len();
    }
    // Everything before 等 was examples: the thing counted comes after the
    // number. A remainder of one or two chars (等问题) says too little.
    match b.saturating_sub(at) {
        0 => b,
        1 | 2 => a,
        _ => at,
    }
}

fn is_etc(chars: &[char], a: usize, b: usize, i: usize) -> bool {
    chars[i] == ETC
        && i > a
        && !ETC_NOT_BEFORE.contains(&chars[i - 1])
        && !(i + 1 < b && ETC_NOT_AFTER.contains(&chars[i + 1]))
}

fn trim_leading(chars: &[char], mut a: usize, b: usize) -> (usize, usize) {
    loop {
        let before = a;
        // A closing bracket at the start closes a remark before (（含…）、).
        while a < b && (is_noise(chars[a]) || matches!(chars[a], '）' | ')')) {
            a += 1;
        }
        a = skip_time_expression(chars, a, b);
        a = skip_leading_period(chars, a, b);
        a = skip_whole_province(chars, a, b);
        let word = || {
            SUBJECT_PREFIX_FALSE_STARTS
                .iter()
                .any(|w| starts_at(&chars[..b], a, w))
        };
        if let Some(w) = PREFIXES.at(&chars[..b], a).filter(|_| !word()) {
            a += w.char_len();
        }
        if a == before {
            return (a, b);
        }
    }
}

/// Skips 全 and a province's short name (全皖规上工业增加值): the report's
/// own scope, as 全省 is.
fn skip_whole_province(chars: &[char], a: usize, b: usize) -> usize {
    let whole = a + 2 < b && chars[a] == WHOLE && PROVINCE_SHORT_NAMES.contains(&chars[a + 1]);
    if whole {
        a + 2
    } else {
        a
    }
}

fn trim_trailing(chars: &[char], a: usize, mut b: usize) -> (usize, usize) {
    loop {
        let before = b;
        while b > a && (is_noise(chars[b - 1]) || chars[b - 1] == '的') {
            b -= 1;
        }
        let verb = VERBS.ending_at(chars, a, b).map(|w| w.char_len());
        let adverb = ADVERB_INDEX.ending_at(chars, a, b).map(|w| w.char_len());
        if let Some(n) = verb.max(adverb) {
            b -= n;
        }
        b = before_trailing_year(chars, a, b);
        b = before_run_of_years(chars, a, b);
        b = before_trailing_baseline(chars, a, b);
        b = before_comparison(chars, a, b);
        if b == before {
            return (a, b);
        }
    }
}

/// Cuts a comparison that ends the subject (总产出与上年相比, 收入同2020年
/// 比较): what a number is compared with is no part of what is measured.
/// A subject that is nothing but the comparison is left empty, to be
/// borrowed from the fact before.
fn before_comparison(chars: &[char], a: usize, b: usize) -> usize {
    static ENDS: LazyIndex = LazyIndex::new(COMPARISON_ENDS);
    let Some(end) = ENDS.ending_at(chars, a, b) else {
        return b;
    };
    let word_start = b - end.char_len();
    // Nothing but the comparison's last word is left once the baseline
    // before it was trimmed (…，与上年相比增长4%): no subject.
    if word_start == a {
        return a;
    }
    let from = word_start.saturating_sub(COMPARISON_MAX_CHARS).max(a);
    (from..word_start)
        .rev()
        .find(|&i| BASELINE_PAIR_BEFORE.contains(&chars[i]))
        .unwrap_or(b)
}

/// Cuts the period a change is measured against when it ends the subject
/// (营业收入较“十三五”末期翻一番, 浓度比2020年下降): it is no part of what is
/// measured. A subject that is nothing but the baseline (…，较“十二五”末增长
/// 40%) is left empty, to be borrowed from the fact before.
fn before_trailing_baseline(chars: &[char], a: usize, b: usize) -> usize {
    let span = &chars[a..b];
    let dated_end = span
        .last()
        .is_some_and(|c| matches!(c, '年' | '末' | '期' | '底'));
    if !dated_end || !span.iter().any(|c| BEFORE_A_YEAR.contains(c)) {
        return b;
    }
    let anchor = crate::period::Anchor::default();
    let Some(m) = crate::period::scan(span, &anchor)
        .into_iter()
        .rfind(|m| m.end == span.len() && m.start > 0)
    else {
        return b;
    };
    let lead = a + m.start - 1;
    if BEFORE_A_YEAR.contains(&chars[lead]) {
        lead
    } else {
        b
    }
}

/// Cuts a year written between subject and number (从2020年的120亿元,
/// 增加到2025年的168亿元): it dates the number, it is not the subject.
fn before_trailing_year(chars: &[char], a: usize, b: usize) -> usize {
    if b < a + 5 || chars[b - 1] != '年' {
        return b;
    }
    let digits = (a..b - 1)
        .rev()
        .take_while(|&i| chars[i].is_ascii_digit())
        .count();
    if digits != 4 {
        return b;
    }
    let at = b - 1 - digits;
    if at > a && BEFORE_A_YEAR.contains(&chars[at - 1]) {
        at - 1
    } else {
        at
    }
}

/// Cuts a run of years written between subject and number (粮食产量连续9年
///稳定在…, 连续五年): it says how long, not what.
fn before_run_of_years(chars: &[char], a: usize, b: usize) -> usize {
    let (lead, year) = RUN_OF_YEARS;
    if b < a + 4 || chars[b - 1] != year {
        return b;
    }
    let count = (a..b - 1)
        .rev()
        .take_while(|&i| {
            chars[i].is_ascii_digit() || cn_digit(chars[i]).is_some() || chars[i] == '十'
        })
        .count();
    let at = b - 1 - count;
    let n = lead.char_len();
    if count == 0 || at < a + n || !starts_at(chars, at - n, lead) {
        return b;
    }
    at - n
}

/// Punctuation and spaces that never belong at the edge of a subject.
fn is_noise(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '、'
            | '，'
            | '：'
            | '；'
            | '“'
            | '”'
            | '"'
            | '\''
            | '‘'
            | '’'
            | '《'
            | '》'
            | '—'
            | '-'
            | '*'
            | '…'
            | '·'
            | '（'
            | '('
    )
}

/// Skips a leading time expression: 2024年, 2024年上半年, 1-6月, 截至2023年底.
/// A period the subject opens with (近3年, 过去五年, “十四五”时期) dates the
/// number; it is not what is measured.
fn skip_leading_period(chars: &[char], a: usize, b: usize) -> usize {
    // Every such period is written with 年 (近3年, “十四五”时期 reads 年 nowhere
    // but is a plan name: PLAN_PERIODS); a cheap test spares the scan.
    if !chars[a..b].iter().any(|c| matches!(c, '年' | '五' | '“')) {
        return a;
    }
    let anchor = crate::period::Anchor::default();
    crate::period::scan(&chars[a..b], &anchor)
        .into_iter()
        .find(|m| m.start == 0 && m.role == crate::period::Role::Frame)
        .map_or(a, |m| a + m.end)
}

fn skip_time_expression(chars: &[char], a: usize, b: usize) -> usize {
    // 到2030年, 截至2023年底: a lead word before the year goes with it.
    let lead = YEAR_LEADS
        .iter()
        .find(|w| {
            starts_at(chars, a, w)
                && chars
                    .get(a + w.char_len())
                    .is_some_and(|c| c.is_ascii_digit())
        })
        .map_or(0, |w| w.char_len());
    let start = a + lead;
    let mut i = start;
    while i < b && (chars[i].is_ascii_digit() || matches!(chars[i], '-' | '至' | '—')) {
        i += 1;
    }
    if i == start || i >= b {
        return a;
    }
    match chars[i] {
        '年' => {
            i += 1;
            for w in AFTER_YEAR_IN_SUBJECT {
                if starts_at(chars, i, w) {
                    return i + w.char_len();
                }
            }
            i
        }
        '月' if starts_at(chars, i, "月份") => i + 2,
        '月' => i + 1,
        _ => a,
    }
}

/// The subject's text without quotes and spaces.
fn clean_text(chars: &[char]) -> String {
    let kept = chars.iter().filter(|c| {
        !matches!(
            c,
            '“' | '”' | '"' | '\'' | '‘' | '’' | ' ' | '\n' | '《' | '》'
        )
    });
    // Room for Chinese text at once: grown char by char, it moved often.
    let mut text = String::with_capacity(chars.len() * 3);
    text.extend(kept);
    text
}

/// The subject without a leading word of addition (新设市场主体 → 市场主体),
/// for building 市场主体总量 from the fact before.
pub fn without_addition(subject: &str) -> &str {
    for w in ADDITION_LEADS {
        if let Some(rest) = subject.strip_prefix(w) {
            return rest;
        }
    }
    subject
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity;

    fn subject_of(s: &str, nth: usize) -> String {
        let c: Vec<char> = s.chars().collect();
        let qs = quantity::scan(&c, 0, c.len());
        let q = &qs[nth];
        let place = Place {
            start: 0,
            end: c.len(),
            prev_end: if nth > 0 { qs[nth - 1].end } else { 0 },
            verb_start: q.start,
            first: q,
            last: q,
            next_start: qs.get(nth + 1).map_or(c.len(), |n| n.start),
        };
        find(&c, &place).text
    }

    #[test]
    fn a_word_that_starts_with_a_prefix_keeps_it() {
        assert_eq!(subject_of("其他服务机构80个", 0), "其他服务机构");
        assert_eq!(subject_of("全国共有其他机构80个", 0), "其他机构");
        assert_eq!(subject_of("共有剧场120个", 0), "剧场");
    }

    #[test]
    fn a_comparison_ending_the_subject_is_cut() {
        let rows = crate::facts::test_support::rows;
        assert_eq!(
            rows("花卉出口额与上年相比增长9%。")[0].indicator,
            "花卉出口额"
        );
        assert_eq!(
            rows("税收收入同2029年比较增长2%。")[0].indicator,
            "税收收入"
        );
        assert_eq!(
            rows("出口额和进口额与上年相比分别增长9%、3%。")[1].indicator,
            "进口额"
        );
        // A comparison alone after a level: the change is the level's.
        let r = rows("全年职工人均教育经费为820元，与上年相比增长4.1%。");
        assert_eq!((r.len(), r[0].change), (1, Some(4.1)));
        let r = rows("居民人均消费支出3.1万元，扣除价格因素，同上年比较实际增长3%。");
        assert_eq!((r.len(), r[0].change), (1, Some(3.0)));
    }

    #[test]
    fn strips_verbs_time_and_region() {
        assert_eq!(
            subject_of("上半年，全区规上工业总产值完成66亿元", 0),
            "规上工业总产值"
        );
        assert_eq!(
            subject_of("2023年，全区普通高中本科率41.6%", 0),
            "普通高中本科率"
        );
        assert_eq!(
            subject_of("全皖规上工业增加值完成800亿元", 0),
            "规上工业增加值"
        );
        assert_eq!(subject_of("全川粮食产量700亿斤", 0), "粮食产量");
        assert_eq!(subject_of("全州地区生产总值达到900亿元", 0), "地区生产总值");
        assert_eq!(subject_of("我盟粮食产量60亿斤", 0), "粮食产量");
        assert_eq!(subject_of("全新能源汽车产量9万辆", 0), "全新能源汽车产量");
    }

    #[test]
    fn reads_the_noun_after_a_count() {
        assert_eq!(
            subject_of("6家外资企业地区总部在榕落户", 0),
            "外资企业地区总部在榕落户"
        );
        assert_eq!(
            subject_of("156件区人大代表建议、98件区政协委员提案全部办结", 0),
            "区人大代表建议"
        );
    }

    #[test]
    fn drops_examples_before_deng() {
        assert_eq!(
            subject_of("实施燃煤锅炉清洁改造等治理工程126项", 0),
            "治理工程"
        );
        assert_eq!(
            subject_of("新增甲科技、乙检测等高新技术企业7家", 0),
            "新增高新技术企业"
        );
        assert_eq!(
            subject_of("推动A、B等512个3000万元以上项目集中开工", 0),
            "3000万元以上项目集中开工"
        );
    }

    #[test]
    fn cuts_how_a_figure_is_reckoned() {
        assert_eq!(subject_of("出口总额折合52亿美元", 0), "出口总额");
        assert_eq!(
            subject_of("油料产量连续六年稳定在30万吨以上", 0),
            "油料产量"
        );
        assert_eq!(subject_of("正常年景下油料产量稳定在30万吨", 0), "油料产量");
    }

    #[test]
    fn reads_the_noun_after_de() {
        assert_eq!(
            subject_of("总投资6.5亿元的老旧小区改造项目", 0),
            "老旧小区改造项目总投资"
        );
    }
}
