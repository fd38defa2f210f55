//! The region a report is about and its level: from the title (辽宁省鞍山市
//! 立山区), the subtitle (在立山区…会议上), the gazetteer, or the body.

use std::sync::OnceLock;

use crate::lexicon::matcher::CharSet;
use crate::lexicon::packed::Words;
use crate::lexicon::structure_words as w;
use crate::model::Level;
use crate::normalize::Line;
use crate::places::{self, Place};
use crate::text::{contains, ends_with, find, is_cjk, starts_with, str_contains, CharLen};

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
            chain = gazetteer_city(t).map_or_else(Vec::new, |x| vec![x]);
        }
    }
    if chain.is_empty() && bare.is_none() {
        chain = speaker_or_office(c, lines, head_end);
    }
    if chain.is_empty() {
        if let Some((_, level)) = bare {
            chain = most_frequent_unit(c, level).map_or_else(Vec::new, |x| vec![x]);
        }
    }
    let title_names_the_nation =
        title.is_some_and(|t| w::NATION_TITLE_WORDS.iter().any(|m| contains(t, m)));
    if chain.is_empty()
        && (title_names_the_nation || w::NATION_MARKERS.iter().any(|m| contains(head, m)))
    {
        return Some(nation());
    }
    if chain.is_empty() && bare.is_none() {
        chain = own_region_in_body(c).map_or_else(Vec::new, |x| vec![x]);
    }
    if chain.is_empty() && bare.is_none() && speaks_for_the_nation(c) {
        return Some(nation());
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

fn nation() -> Region {
    Region {
        full: w::NATION_WORD.to_string(),
        level: Level::Nation,
        bare_suffix_in_title: None,
    }
}

/// A text that says 全国 again and again and never 全省, 全市, … speaks for
/// the nation.
fn speaks_for_the_nation(c: &[char]) -> bool {
    let count = |word: &str| {
        let w: Vec<char> = word.chars().collect();
        c.windows(w.len()).filter(|x| *x == w.as_slice()).count()
    };
    count(w::NATION_WORD) >= w::MIN_OWN_REGION_MENTIONS
        && w::WHOLE_REGION_WORDS
            .iter()
            .all(|(word, _)| count(word) == 0)
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

/// The level of a unit: the table's (海城市 is county-level, 北京市 a
/// province); a placeholder (XX区) takes its suffix's, a 市 a county's.
pub(super) fn level_of(unit: &Unit) -> Level {
    let full: Vec<char> = unit.full().chars().collect();
    let levels: Vec<Level> = places::named_in_full(&full)
        .into_iter()
        .map(Place::level)
        .collect();
    match levels.first() {
        Some(&l) if levels.iter().all(|x| *x == l) => l,
        _ if unit.suffix == "市" => Level::County,
        _ => unit.level,
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

/// The unit chain right after `marker` in `text` (在铁西区第九届…).
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
    static FIRST: OnceLock<CharSet> = OnceLock::new();
    let first = FIRST.get_or_init(|| {
        let mut set = CharSet::empty();
        for (s, _) in w::REGION_SUFFIXES {
            set.insert_first(s);
        }
        set
    });
    if !first.contains(*t.get(i)?) {
        return None;
    }
    let (suffix, level) = w::REGION_SUFFIXES
        .iter()
        .find(|(s, _)| starts_with(&t[i..], s))?;
    if w::WORDS_AT_SUFFIX.iter().any(|x| starts_with(&t[i..], x)) {
        return None;
    }
    let start = name_start(t, i);
    let n = i - start;
    let placeholder = t[start..i].iter().all(|ch| *ch == 'X' || *ch == 'x');
    let long_enough = (2..=7).contains(&n) || (placeholder && n >= 1);
    if !long_enough {
        return None;
    }
    if w::GENERIC_REGION_HEADS.contains(&t[start]) && !placeholder {
        return None;
    }
    let end = i + suffix.char_len();
    let word: String = t[start..end].iter().collect();
    if w::GENERIC_REGION_WORDS.iter().any(|g| word.ends_with(g)) {
        return None;
    }
    if !placeholder && n > 2 {
        // In running text the walk runs past the name: a generic tail
        // (老旧小区) is no place.
        let tail: String = t[i - 1..end].iter().collect();
        if w::GENERIC_REGION_TAILS.contains(tail.as_str()) {
            return None;
        }
    }
    // Only a unit of the table is a place (打造文化强省 names none): the
    // longest full name ending here.
    let start = if placeholder {
        start
    } else {
        (start..i).find(|&k| places::is_named_in_full(&t[k..end]))?
    };
    let name: String = t[start..i].iter().collect();
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
        let after = i + s.char_len();
        let anchored = i == 0 || w::REGION_LEFT_ANCHORS.iter().any(|a| ends_with(&t[..i], a));
        let governs = w::GOVERNMENT_WORDS
            .iter()
            .any(|g| starts_with(&t[after..], g));
        (anchored && governs).then_some((i, *level))
    })
}

/// A prefecture-level city (or municipality) named without 市 in a title
/// (鞍山交出成绩单): the first such name of the table.
pub(super) fn gazetteer_city(t: &[char]) -> Option<Unit> {
    let city = |p: Place, _: bool| places::is_city_or_municipality(p);
    (0..t.len()).find_map(|i| {
        let (place, _) = places::place_at(t, i, None, &city)?;
        Some(table_unit(place))
    })
}

/// A unit of the table as a chain link, named in full.
fn table_unit(p: Place) -> Unit {
    Unit {
        name: p.name().to_string(),
        suffix: "",
        level: p.level(),
    }
}

/// The unit chain of the speaker's line (我代表鞍山市人民政府) or of the
/// office that signs (鞍山市统计局) in the head or the last lines.
fn speaker_or_office(c: &[char], lines: &[Line], head_end: usize) -> Vec<Unit> {
    let tail_start = lines
        .len()
        .checked_sub(w::SIGNATURE_LINES)
        .and_then(|k| lines.get(k))
        .map_or(0, |l| l.start);
    let speaker = (0..c.len()).find_map(|i| {
        let after = i + w::SPEAKER_MARK.char_len();
        let ok = starts_with(&c[i..], w::SPEAKER_MARK) && i < c.len();
        ok.then(|| chain_before_any(c, after, w::GOVERNMENT_WORDS))
            .flatten()
    });
    speaker
        .or_else(|| chain_before_office(&c[..head_end], 0))
        .or_else(|| chain_before_office(c, tail_start))
        .unwrap_or_default()
}

/// The chain of units ending right before an office word (统计局) at or
/// after `from`.
fn chain_before_office(c: &[char], from: usize) -> Option<Vec<Unit>> {
    (from..c.len()).find_map(|i| {
        let office = w::OFFICE_WORDS.iter().any(|o| starts_with(&c[i..], o));
        office
            .then(|| chain_ending_at(c, i))
            .filter(|ch| !ch.is_empty())
    })
}

/// The chain starting at `at` and followed right away by one of `words`.
fn chain_before_any(c: &[char], at: usize, words: Words) -> Option<Vec<Unit>> {
    let window = &c[at..(at + 24).min(c.len())];
    (1..window.len())
        .find(|&e| words.iter().any(|g| starts_with(&window[e..], g)))
        .map(|e| chain_ending_at(window, e))
        .filter(|ch| !ch.is_empty())
}

/// The units written one after another and ending exactly at `end`.
fn chain_ending_at(c: &[char], mut end: usize) -> Vec<Unit> {
    let mut chain = Vec::new();
    while let Some((unit, start)) = (end.saturating_sub(5)..end).find_map(|i| {
        let (unit, start, e) = unit_ending_at(c, i)?;
        (e == end).then_some((unit, start))
    }) {
        chain.insert(0, unit);
        end = start;
    }
    chain
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

/// A unit whose suffix is at `i` in running text: a placeholder run (XX区)
/// or a name of the table that is no generic word there (城区, 老区).
pub(super) fn body_unit_at(c: &[char], i: usize) -> Option<Unit> {
    let (unit, start, end) = unit_ending_at(c, i)?;
    let is_placeholder = unit.name.chars().all(|ch| ch == 'X' || ch == 'x');
    let tail: String = c[i.checked_sub(1)?..end].iter().collect();
    let generic = w::GENERIC_REGION_HEADS.contains(&c[start])
        || w::GENERIC_REGION_TAILS.contains(tail.as_str());
    (is_placeholder || !generic).then_some(unit)
}

/// Adds the parent city (and its province) to a unit chain: the city
/// written right before the unit (抚顺市顺城区), else the unit's parent in
/// the table (the one the text names, when several units share the name),
/// else for a placeholder (XX区) the city the text names most; the province
/// only below a city, when the text writes it before the city (辽宁阜新).
pub(super) fn complete_chain(mut chain: Vec<Unit>, c: &[char], level: Level) -> Vec<Unit> {
    let is_city = |u: &Unit| level_of(u) == Level::City || is_municipality(u);
    let has_province = chain.iter().any(|u| level_of(u) == Level::Province);
    let Some(unit) = chain.last().cloned() else {
        return chain;
    };
    if !chain.iter().any(is_city) && matches!(level, Level::District | Level::County) {
        let found = city_before(c, &unit.full())
            .or_else(|| parent_in_table(c, &unit))
            .or_else(|| most_named_city(c, &unit.name));
        if let Some(city) = found {
            chain.insert(0, table_unit(city));
        }
    }
    // A city's own report is not given its province (南京市, not 江苏省南京市).
    let below_city = matches!(level, Level::District | Level::County);
    let city = chain.iter().find(|u| is_city(u)).cloned();
    let add_province = below_city && !has_province;
    if let Some(province) = city
        .filter(|_| add_province)
        .and_then(|u| province_before(c, &u))
    {
        chain.insert(0, table_unit(province));
    }
    chain
}

fn is_municipality(u: &Unit) -> bool {
    let full: Vec<char> = u.full().chars().collect();
    places::named_in_full(&full)
        .into_iter()
        .any(|p| p.level() == Level::Province && places::is_city_or_municipality(p))
}

/// The table unit of a chain link: one, or none when the name is shared.
fn place_of(u: &Unit) -> Option<Place> {
    let full: Vec<char> = u.full().chars().collect();
    match places::named_in_full(&full)[..] {
        [p] => Some(p),
        _ => None,
    }
}

/// The unit's parent city in the table: its only one, or among several
/// units of that name the one whose city the text names.
fn parent_in_table(c: &[char], unit: &Unit) -> Option<Place> {
    let full: Vec<char> = unit.full().chars().collect();
    let parents: Vec<Place> = places::named_in_full(&full)
        .into_iter()
        .filter_map(Place::parent)
        .collect();
    if let [p] = parents[..] {
        return Some(p);
    }
    let named: Vec<Place> = parents.into_iter().filter(|p| names_place(c, *p)).collect();
    match named[..] {
        [p] => Some(p),
        _ => None,
    }
}

/// Whether the text names a place, in full or by its short form.
fn names_place(c: &[char], p: Place) -> bool {
    let short = crate::lexicon::divisions::divisions()[p.0].short.as_deref();
    contains(c, p.name()) || short.is_some_and(|s| contains(c, s))
}

/// A city or municipality written right before `unit` somewhere
/// (抚顺市顺城区, 抚顺顺城区), and the parent of such a unit in the table.
pub(super) fn city_before(c: &[char], unit: &str) -> Option<Place> {
    let u: Vec<char> = unit.chars().collect();
    let city = |p: Place, _: bool| places::is_city_or_municipality(p);
    (0..c.len())
        .filter(|&i| c[i..].starts_with(&u))
        .find_map(|i| {
            (i.saturating_sub(6)..i).find_map(|k| {
                let (place, len) = places::place_at(c, k, None, &city)?;
                (k + len == i).then_some(place)
            })
        })
}

/// The province of a city, when the text names the province in full (辽宁省)
/// and writes it right before the city somewhere (辽宁阜新, 辽宁省阜新市).
pub(super) fn province_before(c: &[char], city: &Unit) -> Option<Place> {
    let province = place_of(city)?.lineage().last()?;
    let short = crate::lexicon::divisions::divisions()[province.0]
        .short
        .as_deref()?;
    let city_short = crate::lexicon::divisions::divisions()[place_of(city)?.0]
        .short
        .clone()
        .unwrap_or_else(|| city.full());
    let written = [short, province.name()]
        .iter()
        .any(|p| contains(c, &format!("{p}{city_short}")));
    (province.level() == Level::Province
        && !places::is_city_or_municipality(province)
        && contains(c, province.name())
        && written)
        .then_some(province)
}

/// The city or municipality named most often (in full or short) outside
/// the unit's own name: one pass over the text.
pub(super) fn most_named_city(c: &[char], unit_name: &str) -> Option<Place> {
    let city = |p: Place, _: bool| places::is_city_or_municipality(p);
    let mut counts: Vec<(Place, usize)> = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let Some((place, len)) = places::place_at(c, i, None, &city) else {
            i += 1;
            continue;
        };
        match counts.iter_mut().find(|(p, _)| *p == place) {
            Some(entry) => entry.1 += 1,
            None => counts.push((place, 1)),
        }
        i += len;
    }
    let mut best: Option<(Place, usize)> = None;
    for (place, n) in counts {
        let own = str_contains(unit_name, place.name());
        if !own && best.is_none_or(|(_, b)| n > b) {
            best = Some((place, n));
        }
    }
    best.map(|(p, _)| p)
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
mod tests;
