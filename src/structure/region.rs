//! The region a report is about and its level: from the title (辽宁省鞍山市
//! 立山区), the subtitle (在立山区…会议上), the gazetteer, or the body.

use std::sync::OnceLock;

use super::lines::Line;
use crate::lexicon::matcher::WordIndex;
use crate::lexicon::structure_words as w;
use crate::model::Level;
use crate::text::{contains, ends_with, find, is_cjk, starts_with};

#[derive(Debug, Clone)]
pub(super) struct Region {
    pub(super) full: String,
    pub(super) level: Level,
    /// The title names the unit only by its suffix (2024年区政府工作报告).
    pub(super) bare_suffix_in_title: Option<usize>,
}

/// A named admin unit found in text: name (立山), suffix (区), level.
#[derive(Debug, Clone)]
pub(super) struct Unit {
    name: String,
    suffix: &'static str,
    level: Level,
}

impl Unit {
    fn full(&self) -> String {
        format!("{}{}", self.name, self.suffix)
    }
}

pub(super) fn detect_region(
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
    if chain.is_empty() && bare.is_none() {
        chain = own_region_in_body(c).into_iter().collect();
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

/// A report whose title does not name its region but speaks of 全市 and
/// names one 市 again and again is that city's: the unit with the suffix of
/// the first whole-region word in the text, named most often (at least
/// [`w::MIN_OWN_REGION_MENTIONS`] times).
pub(super) fn own_region_in_body(c: &[char]) -> Option<Unit> {
    let (_, suffix) = w::WHOLE_REGION_WORDS
        .iter()
        .filter_map(|(word, suffix)| Some((find(c, word)?, *suffix)))
        .min()?;
    let (unit, n) = most_frequent_where(c, &|u| u.suffix == suffix)?;
    (n >= w::MIN_OWN_REGION_MENTIONS).then_some(unit)
}

/// The level of a unit; 市 is a city only when prefecture-level.
pub(super) fn level_of(unit: &Unit) -> Level {
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
pub(super) fn unit_chain(t: &[char]) -> Vec<Unit> {
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
pub(super) fn unit_chain_after(text: &[char], marker: &str) -> Vec<Unit> {
    let m: Vec<char> = marker.chars().collect();
    (0..text.len())
        .filter(|&i| text[i..].starts_with(&m))
        .map(|i| unit_chain(&text[i..(i + 20).min(text.len())]))
        .find(|chain| !chain.is_empty())
        .unwrap_or_default()
}

/// A unit whose suffix starts at `i`: returns it with its `[start, end)`.
pub(super) fn unit_ending_at(t: &[char], i: usize) -> Option<(Unit, usize, usize)> {
    // Most chars start no region suffix: test the first char before the list.
    static FIRST: OnceLock<Vec<char>> = OnceLock::new();
    let first = FIRST.get_or_init(|| {
        let mut v: Vec<char> = w::REGION_SUFFIXES
            .iter()
            .filter_map(|(s, _)| s.chars().next())
            .collect();
        crate::order::sort(&mut v);
        v.dedup();
        v
    });
    if first.binary_search(t.get(i)?).is_err() {
        return None;
    }
    let (suffix, level) = w::REGION_SUFFIXES
        .iter()
        .find(|(s, _)| starts_with(&t[i..], s))?;
    if w::WORDS_AT_SUFFIX.iter().any(|x| starts_with(&t[i..], x)) {
        return None;
    }
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
pub(super) fn name_start(t: &[char], suffix_at: usize) -> usize {
    let placeholder = |ch: char| ch == 'X' || ch == 'x';
    let Some(&last) = suffix_at.checked_sub(1).and_then(|k| t.get(k)) else {
        return suffix_at;
    };
    let same_script = |ch: char| {
        if placeholder(last) {
            placeholder(ch)
        } else {
            is_cjk(ch)
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
pub(super) fn bare_suffix(t: &[char]) -> Option<(usize, Level)> {
    (0..t.len()).find_map(|i| {
        let (s, level) = w::REGION_SUFFIXES
            .iter()
            .find(|(s, _)| starts_with(&t[i..], s))?;
        let after = i + s.chars().count();
        let anchored = i == 0 || w::REGION_LEFT_ANCHORS.iter().any(|a| ends_with(&t[..i], a));
        let governs = w::GOVERNMENT_WORDS
            .iter()
            .any(|g| starts_with(&t[after..], g));
        (anchored && governs).then_some((i, *level))
    })
}

/// A prefecture-level city (or municipality) named without 市 in a title.
pub(super) fn gazetteer_city(t: &[char]) -> Option<Unit> {
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
pub(super) fn most_frequent_unit(c: &[char], level: Level) -> Option<Unit> {
    most_frequent_where(c, &|u| u.level == level).map(|(u, _)| u)
}

/// Units kept apart when counting: a bound that keeps a text naming
/// thousands of places linear; a report's own unit is among its first.
const MAX_UNITS_COUNTED: usize = 64;

/// The unit named most often in the body among those `keep` accepts (the
/// first named wins a tie), with its count.
fn most_frequent_where(c: &[char], keep: &dyn Fn(&Unit) -> bool) -> Option<(Unit, usize)> {
    let mut counts: Vec<(String, usize, Unit)> = Vec::new();
    for i in 0..c.len() {
        let Some(unit) = body_unit_at(c, i).filter(|u| keep(u)) else {
            continue;
        };
        let full = unit.full();
        let room = counts.len() < MAX_UNITS_COUNTED;
        match counts.iter_mut().find(|(f, _, _)| *f == full) {
            Some(entry) => entry.1 += 1,
            None if room => counts.push((full, 1, unit)),
            None => {}
        }
    }
    let best = counts.iter().map(|(_, n, _)| *n).max()?;
    counts
        .into_iter()
        .find(|(_, n, _)| *n == best)
        .map(|(_, n, u)| (u, n))
}

/// A unit whose suffix is at `i` in running text, where its name's start is
/// unknown: a placeholder run (XX区) or the two chars before the suffix.
pub(super) fn body_unit_at(c: &[char], i: usize) -> Option<Unit> {
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
pub(super) fn complete_chain(mut chain: Vec<Unit>, c: &[char], level: Level) -> Vec<Unit> {
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

pub(super) fn city_unit(name: &str) -> Unit {
    Unit {
        name: name.to_string(),
        suffix: "市",
        level: Level::City,
    }
}

/// A gazetteer city written right before `unit` somewhere (阜新市海州区).
pub(super) fn city_before(c: &[char], unit: &str) -> Option<&'static str> {
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
pub(super) fn province_before(c: &[char], city: &str) -> Option<(&'static str, &'static str)> {
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
pub(super) fn most_named_city(c: &[char], unit_name: &str) -> Option<&'static str> {
    static CITIES: OnceLock<(Vec<&'static str>, WordIndex)> = OnceLock::new();
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

/// The title as shown: a bare-suffix title gets the region's name
/// (2024年区政府工作报告 → 盘锦市XX区2024年政府工作报告).
pub(super) fn final_title(t: &[char], region: &Option<Region>) -> String {
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

#[cfg(test)]
mod tests {
    use crate::model::Level;
    use crate::structure::{analyze, Document};

    fn doc(s: &str) -> Document {
        analyze(&crate::normalize::normalize(s).chars)
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
    fn a_month_before_a_self_reference_is_no_place() {
        let d = doc("1-9月我县农业生产稳中有进\n全县粮食产量达到32.1万吨。\n");
        assert_ne!(d.meta.region.as_deref(), Some("月我县"));
        let d = doc("前10月份全市消费市场回暖\n全市社会消费品零售总额增长4.1%。\n");
        assert_ne!(d.meta.region.as_deref(), Some("份全市"));
        assert_ne!(d.meta.region.as_deref(), Some("消费市"));
        let d = doc("2024年1-6月平阳县经济运行情况\n");
        assert_eq!(d.meta.region.as_deref(), Some("平阳县"));
    }

    #[test]
    fn county_level_city() {
        let d = doc("2024年海城市政府工作报告\n鞍山市海城市工作。\n");
        assert_eq!(d.meta.level, Some(Level::County));
        assert_eq!(d.meta.region.as_deref(), Some("鞍山市海城市"));
    }
}
