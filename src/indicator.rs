//! Standard names and categories for subjects, from the indicator dictionary.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lexicon::indicators::{CATEGORY_KEYWORDS, DEFAULT_CATEGORY, INDICATORS};
use crate::lexicon::matcher::WordIndex;

/// Words that may stand before a standard indicator's name without changing
/// what it measures (全市地区生产总值, 建设高标准农田).
const NEUTRAL_PREFIXES: &[&str] = &[
    "全市", "全区", "全县", "全省", "全旗", "全社会", "我市", "我区", "我县", "本市", "实现",
    "完成", "帮扶", "帮助", "建设", "全口径", "地方", "全部",
];

/// Words inside a subject that do not change what it measures.
const NEUTRAL_INFIXES: &[&str] = &["实现", "完成"];

fn table() -> &'static HashMap<String, usize> {
    static TABLE: OnceLock<HashMap<String, usize>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        for (i, ind) in INDICATORS.iter().enumerate() {
            map.insert(key(ind.canonical), i);
            for v in ind.variants {
                map.entry(key(v)).or_insert(i);
            }
        }
        map
    })
}

/// Folds what varies in writing: brackets, quotes, spaces, Latin case.
fn key(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '（' => Some('('),
            '）' => Some(')'),
            '“' | '”' | '"' | '\'' | '‘' | '’' | ' ' | '《' | '》' => None,
            c => Some(c.to_ascii_uppercase()),
        })
        .collect()
}

/// The standard name of a subject, if it is a standard indicator.
pub fn canonical(subject: &str) -> Option<&'static str> {
    let k = key(subject);
    lookup(&k)
        .or_else(|| {
            NEUTRAL_PREFIXES
                .iter()
                .find_map(|p| k.strip_prefix(p).and_then(lookup))
        })
        .or_else(|| {
            NEUTRAL_INFIXES.iter().find_map(|w| {
                let without = k.replace(w, "");
                (without != k).then(|| lookup(&without)).flatten()
            })
        })
}

fn lookup(k: &str) -> Option<&'static str> {
    table().get(k).map(|&i| INDICATORS[i].canonical)
}

/// The category of a row: the indicator's own, else the first keyword found.
pub fn category(subject: &str, canonical: Option<&str>) -> &'static str {
    if let Some(c) = canonical {
        if let Some(ind) = INDICATORS.iter().find(|i| i.canonical == c) {
            return ind.category;
        }
    }
    // The first keyword of the table found anywhere in the subject wins.
    static KEYWORDS: OnceLock<WordIndex> = OnceLock::new();
    let index = KEYWORDS.get_or_init(|| WordIndex::new(CATEGORY_KEYWORDS.iter().map(|(k, _)| *k)));
    let chars: Vec<char> = subject.chars().collect();
    (0..chars.len())
        .flat_map(|i| index.all_at(&chars, i))
        .min()
        .map_or(DEFAULT_CATEGORY, |k| CATEGORY_KEYWORDS[k].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_variants() {
        assert_eq!(canonical("规上工业增加值"), Some("规模以上工业增加值"));
        assert_eq!(canonical("全区生产总值"), Some("地区生产总值"));
        assert_eq!(canonical("建设高标准农田"), Some("高标准农田建设面积"));
        assert_eq!(canonical("失业人员实现再就业"), Some("失业人员再就业"));
    }

    #[test]
    fn additions_are_not_stocks() {
        assert_eq!(canonical("新增高新技术企业"), None);
        assert_eq!(canonical("高新技术企业"), Some("高新技术企业数量"));
    }

    #[test]
    fn every_row_has_a_category() {
        assert_eq!(category("地区生产总值", Some("地区生产总值")), "经济");
        assert_eq!(category("改造老旧小区", None), "民生");
        assert_eq!(category("某某", None), DEFAULT_CATEGORY);
    }
}
