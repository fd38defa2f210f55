//! Rule: a subject naming as many things as the list has numbers is split
//! into them: by 、, by a compact pair (城乡 → 城镇…, 农村…; 存贷款 → 存款…,
//! 贷款…), or by 和 及 与; listed modifiers share the head written once
//! after the last of them (城镇和农村居民人均可支配收入).
//!
//! Why: 茶叶、蚕茧产量分别增长6.3%和2.8% is about two things, and
//! 城乡居民人均可支配收入分别增长2.5%和3% about the urban and the rural
//! income; each number goes to its own subject.
//!
//! Example: 城乡居民人均消费支出分别增长4%和6% → 城镇居民人均消费支出 +4%,
//! 农村居民人均消费支出 +6%; 城镇和农村居民人均消费支出分别… the same.
//!
//! A joiner inside the name of a known indicator (the standard ones or a
//! user's) joins no list: with 甲与乙项目数 in the dictionary,
//! 甲与乙项目数和丙产量分别增长5%和8% names two things, not three.

use crate::indicator::Dictionary;
use crate::lexicon::words::{COMPACT_PAIRS, LIST_JOINTS, MEASURE_WORDS, WORD_END_CHARS};
use crate::text::{str_find, CharLen, Slice};

/// Splits a subject naming `n` things: 南果梨、食用菌产量 → 南果梨, 食用菌产量;
/// 城乡居民人均可支配收入 → 城镇…, 农村….
pub(in crate::facts) fn split_items(subject: &str, n: usize, dict: &Dictionary) -> Vec<String> {
    let by_comma: Vec<&str> = subject.split('、').filter(|s| !s.is_empty()).collect();
    if by_comma.len() == n {
        if let Some(items) = shared_head(&by_comma) {
            return items;
        }
        return by_comma.iter().map(|s| s.to_string()).collect();
    }
    if n == 2 {
        if let Some(pair) = compact_pair(subject) {
            return pair;
        }
    }
    let by_and = split_keeping_names(subject, dict);
    if by_and.len() == n {
        if let Some(items) = shared_head(&by_and) {
            return items;
        }
        return by_and.iter().map(|s| s.to_string()).collect();
    }
    vec![subject.to_string(); n]
}

/// The items of a subject split at its joiners, except a joiner inside a
/// known indicator's name: from each item's start, the longest run of
/// pieces that the dictionary names is one item.
fn split_keeping_names<'a>(subject: &'a str, dict: &Dictionary) -> Vec<&'a str> {
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for (at, c) in subject
        .char_indices()
        .filter(|(_, c)| LIST_JOINTS.contains(c))
    {
        bounds.push((from, at));
        from = at + c.len_utf8();
    }
    bounds.push((from, subject.len()));
    let mut items = Vec::new();
    let mut k = 0;
    while k < bounds.len() {
        let start = bounds[k].0;
        let last = (k + 1..bounds.len())
            .rev()
            .find(|&j| dict.canonical(subject.slice(start..bounds[j].1)).is_some())
            .unwrap_or(k);
        items.push(subject.slice(start..bounds[last].1));
        k = last + 1;
    }
    items.retain(|s| !s.is_empty());
    items
}

/// 城乡居民收入 → 城镇居民收入, 农村居民收入; 本外币存贷款余额 → 本外币存款余额,
/// 本外币贷款余额: the first compact pair in the subject, written out.
fn compact_pair(subject: &str) -> Option<Vec<String>> {
    let (at, (both, a, b)) = COMPACT_PAIRS
        .iter()
        .filter_map(|p| str_find(subject, p.0).map(|at| (at, p)))
        .min_by_key(|(at, _)| *at)?;
    let (before, after) = (subject.slice(..at), subject.slice(at + both.len()..));
    Some(vec![
        format!("{before}{a}{after}"),
        format!("{before}{b}{after}"),
    ])
}

/// Modifiers longer than this are subjects of their own, not modifiers of
/// a head written once after the last of them.
const MODIFIER_MAX_CHARS: usize = 4;
/// A head shorter than this is a char of the last modifier, not a head.
const HEAD_MIN_CHARS: usize = 2;

/// 城镇、农村居民人均可支配收入 / 存、贷款余额 / 一产、二产、三产增加值: short
/// modifiers of one length, then the last modifier (of that length) and the
/// head they all share. Each modifier takes the head; 等 before the head
/// (食品、石化等产业增加值) closes the list and is dropped. Modifiers of
/// different lengths say nothing of where the last one ends: left as they are.
fn shared_head(items: &[&str]) -> Option<Vec<String>> {
    let (last, modifiers) = items.split_last()?;
    let len = modifiers.first()?.char_len();
    let same = modifiers.iter().all(|m| m.char_len() == len);
    if !same || len > MODIFIER_MAX_CHARS {
        return None;
    }
    let cut = last.char_indices().nth(len).map(|(b, _)| b)?;
    let (own, head) = (last.slice(..cut), last.slice(cut..));
    let head = head.strip_prefix('等').unwrap_or(head);
    // 工业和服务业增加值: a head cannot open with the char that ends the last
    // modifier's word (业), so the modifiers are of different lengths.
    let mid_word = head.starts_with(WORD_END_CHARS) || cuts_a_measure_word(last, cut);
    if mid_word || head.char_len() < HEAD_MIN_CHARS || modifiers.iter().any(|m| m.ends_with(head)) {
        return None;
    }
    let mut out: Vec<String> = modifiers.iter().map(|m| format!("{m}{head}")).collect();
    out.push(format!("{own}{head}"));
    Some(out)
}

/// True when byte `cut` of `item` falls inside a measure word (户均增|加值).
fn cuts_a_measure_word(item: &str, cut: usize) -> bool {
    MEASURE_WORDS.iter().any(|w| {
        (cut.saturating_sub(w.len() - 1)..cut)
            .any(|at| item.is_char_boundary(at) && item.slice(at..).starts_with(w))
    })
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    #[test]
    fn urban_rural_names_two_subjects() {
        let r = rows("城乡居民人均可支配收入分别增长2.5%和3%。");
        assert_eq!(r[0].canonical.as_deref(), Some("城镇居民人均可支配收入"));
        assert_eq!(r[1].canonical.as_deref(), Some("农村居民人均可支配收入"));
        assert_eq!(r[1].change, Some(3.0));
    }

    #[test]
    fn listed_modifiers_share_the_head_after_the_last() {
        let r = rows("城镇、农村居民人均消费支出分别增长3.2%、5.4%。");
        assert_eq!(r[0].indicator, "城镇居民人均消费支出");
        assert_eq!(r[1].indicator, "农村居民人均消费支出");
        let r = rows("存、贷款余额分别为860亿元、745亿元。");
        assert_eq!(r[0].indicator, "存款余额");
        assert_eq!(r[1].value, Some(745.0));
        let r = rows("一产、二产、三产增加值分别增长2.1%、3.2%、4.3%。");
        assert_eq!(r[1].indicator, "二产增加值");
    }

    #[test]
    fn modifiers_joined_by_and_share_the_head() {
        let r = rows("城镇和农村居民人均可支配收入分别增长3.9%、5.7%。");
        assert_eq!(r[0].canonical.as_deref(), Some("城镇居民人均可支配收入"));
        assert_eq!(r[1].canonical.as_deref(), Some("农村居民人均可支配收入"));
        assert_eq!(r[1].change, Some(5.7));
        let r = rows("出口与进口总额分别增长4%和2%。");
        assert_eq!(r[0].indicator, "出口总额");
        assert_eq!(r[1].indicator, "进口总额");
        let r = rows("农业和服务业增加值分别增长3%和6%。");
        assert_eq!(r[0].indicator, "农业");
        assert_eq!(r[1].indicator, "服务业增加值");
    }

    #[test]
    fn a_compact_pair_names_two_subjects() {
        let r = rows("本外币存贷款余额分别达到3.4万亿元、2.9万亿元。");
        assert_eq!(r[0].indicator, "本外币存款余额");
        assert_eq!(r[1].indicator, "本外币贷款余额");
        assert_eq!(r[0].canonical.as_deref(), Some("金融机构本外币存款余额"));
        assert_eq!(r[1].value, Some(2.9));
        let r = rows("城乡居民收入分别增长4.8%和6.1%。");
        assert_eq!(r[1].indicator, "农村居民收入");
    }

    #[test]
    fn a_joiner_inside_a_user_indicator_splits_nothing() {
        let options = crate::Options {
            dictionary: "甲与乙合作项目数\t科技\n".into(),
            ..Default::default()
        };
        let text = "甲与乙合作项目数和丙类产品产量分别增长5%和8%。";
        let parser = crate::Parser::new(&options).unwrap();
        let r = parser.parse(text).rows;
        assert_eq!(r[0].indicator, "甲与乙合作项目数");
        assert_eq!(r[0].canonical.as_deref(), Some("甲与乙合作项目数"));
        assert_eq!(r[1].indicator, "丙类产品产量");
        assert_eq!(r[1].change, Some(8.0));
        // Without the user's indicator, three names for two numbers: none split.
        assert_eq!(rows(text)[1].indicator, text.split('分').next().unwrap());
    }

    #[test]
    fn a_head_is_not_cut_out_of_a_measure_word() {
        let r = rows("净产出和户均增加值分别增长8%、6%。");
        assert_eq!(r[0].indicator, "净产出");
        assert_eq!(r[1].indicator, "户均增加值");
    }

    #[test]
    fn full_subjects_in_a_list_stay_whole() {
        let r = rows("森林覆盖率、水土保持率分别达22.4%和48.6%。");
        assert_eq!(r[0].indicator, "森林覆盖率");
    }
}
