//! Places named in text, resolved against the table of administrative
//! divisions (`lexicon::divisions`): a full name (鞍山市, 广西壮族自治区) or a
//! short form (鞍山, 广西) gives the unit, its level and its parents. A name
//! several units share (鼓楼区; 吉林 for 吉林省 and 吉林市) is settled by the
//! report's own region, or refused: no place is better than a wrong one.

use std::sync::OnceLock;

use crate::lexicon::divisions::{divisions, Division};
use crate::lexicon::matcher::WordIndex;
use crate::model::Level;
use crate::text::CharLen;

/// A unit of the table, by its index in [`divisions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place(pub usize);

impl Place {
    fn unit(self) -> &'static Division {
        &divisions()[self.0]
    }

    /// The full standard name: 鞍山市.
    pub fn name(self) -> &'static str {
        &self.unit().name
    }

    pub fn level(self) -> Level {
        self.unit().level
    }

    pub fn parent(self) -> Option<Place> {
        self.unit().parent.map(Place)
    }

    /// This place and its parents, innermost first.
    pub fn lineage(self) -> impl Iterator<Item = Place> {
        std::iter::successors(Some(self), |p| p.parent())
    }

    /// Whether this place is `other` or lies within it.
    pub fn is_within(self, other: Place) -> bool {
        self.lineage().any(|p| p == other)
    }
}

/// How a name was written: in full, or by its short form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Full,
    Short,
}

/// Every full name and short form, indexed for a lookup at a position.
struct Names {
    index: WordIndex,
    /// For each word of `index`: its unit and how it names it.
    keys: Vec<(usize, Form)>,
}

/// `None` while the table is empty (the core wasm module before the page
/// hands it over): nothing is indexed until there is something to index.
fn names() -> Option<&'static Names> {
    static NAMES: OnceLock<Names> = OnceLock::new();
    if divisions().is_empty() {
        return None;
    }
    Some(NAMES.get_or_init(|| {
        let mut words: Vec<&'static str> = Vec::new();
        let mut keys = Vec::new();
        for (i, d) in divisions().iter().enumerate() {
            words.push(&d.name);
            keys.push((i, Form::Full));
            if let Some(short) = &d.short {
                words.push(short);
                keys.push((i, Form::Short));
            }
        }
        Names {
            index: WordIndex::of(&words),
            keys,
        }
    }))
}

/// The longest full name of a unit, in chars (新疆维吾尔自治区 is 8; some
/// autonomous counties run to 11), with room to spare.
pub const PLACE_MAX_CHARS: usize = 16;

/// The unit a name stands for (鞍山 → 鞍山市), settled by `own` (the
/// report's region) when several units share it; `None` when it names no
/// unit or stays ambiguous.
pub fn resolve(name: &str, own: Option<Place>) -> Option<Place> {
    let c: Vec<char> = name.chars().collect();
    let (place, len) = place_at(&c, 0, own, &|_, _| true)?;
    (len == c.len()).then_some(place)
}

/// The longest place name starting at `at` that `accept` takes (given the
/// unit and whether the name is its full one), resolved as [`resolve`]
/// does: the place and the name's length in chars.
pub fn place_at(
    c: &[char],
    at: usize,
    own: Option<Place>,
    accept: &dyn Fn(Place, bool) -> bool,
) -> Option<(Place, usize)> {
    let n = names()?;
    let mut best: Option<(usize, Vec<(Place, Form)>)> = None;
    for k in n.index.all_at(c, at) {
        let (unit, form) = n.keys[k];
        let len = name_len(unit, form);
        if !accept(Place(unit), form == Form::Full) {
            continue;
        }
        match &mut best {
            Some((l, list)) if *l == len => list.push((Place(unit), form)),
            Some((l, _)) if *l > len => {}
            _ => best = Some((len, vec![(Place(unit), form)])),
        }
    }
    let (len, found) = best?;
    choose(&found, own).map(|p| (p, len))
}

fn name_len(unit: usize, form: Form) -> usize {
    let d = &divisions()[unit];
    match form {
        Form::Full => d.name.char_len(),
        Form::Short => d.short.as_deref().map_or(0, |s| s.char_len()),
    }
}

/// One unit among those a name may stand for: the only one; else the
/// report's own region or the one within it; else the one its full name
/// names; otherwise none.
fn choose(found: &[(Place, Form)], own: Option<Place>) -> Option<Place> {
    // The one unit of those `keep` keeps. A `dyn` test over `found`, not a
    // vector collected per test: 0.4 KB gzip of the core wasm.
    let only = |keep: &dyn Fn(Place, Form) -> bool| -> Option<Place> {
        let mut kept = found.iter().filter(|&&(p, f)| keep(p, f));
        let first = kept.next()?.0;
        kept.all(|&(p, _)| p == first).then_some(first)
    };
    if let Some(p) = only(&|_, _| true) {
        return Some(p);
    }
    if let Some(own) = own {
        if found.iter().any(|&(p, _)| p == own) {
            return Some(own);
        }
        if let Some(p) = only(&|p, _| p.is_within(own)) {
            return Some(p);
        }
        // Siblings in the report's province (its neighbour's 铁西区).
        let province = own.lineage().last();
        if let Some(p) = only(&|p, _| province.is_some_and(|pr| p.is_within(pr))) {
            return Some(p);
        }
    }
    only(&|_, f| f == Form::Full)
}

/// Whether `name` is, as a whole, the full name or the short form of some
/// unit, even one several units share (南昌: 南昌市 and 南昌县).
pub fn names_a_place(name: &str) -> bool {
    let c: Vec<char> = name.chars().collect();
    let Some(n) = names() else {
        return false;
    };
    let whole = n.index.all_at(&c, 0).any(|k| {
        let (unit, form) = n.keys[k];
        name_len(unit, form) == c.len()
    });
    whole
}

/// Every unit whose full name is exactly `name` (鼓楼区: four of them).
/// A loop: a chain of adapters over the index weighed 0.4 KB gzip of the
/// core wasm.
pub fn named_in_full(name: &[char]) -> Vec<Place> {
    let mut units = Vec::new();
    if let Some(n) = names() {
        for k in n.index.all_equal(name) {
            if let (unit, Form::Full) = n.keys[k] {
                units.push(Place(unit));
            }
        }
    }
    units
}

/// Whether some unit's full name is exactly `name`.
pub fn is_named_in_full(name: &[char]) -> bool {
    !named_in_full(name).is_empty()
}

/// A prefecture-level unit or a municipality (北京市): the units a county
/// or district report names as its city.
pub fn is_city_or_municipality(p: Place) -> bool {
    p.level() == Level::City || is_municipality(p)
}

/// A municipality (北京市): a province-level unit that is a city.
pub fn is_municipality(p: Place) -> bool {
    p.level() == Level::Province && p.name().ends_with('市')
}

/// The unit a chain of names stands for (辽宁省阜新市海州区, 大连市西岗区,
/// 北京市): each name read within the one before it.
pub fn resolve_chain(chain: &str) -> Option<Place> {
    let c: Vec<char> = chain.chars().collect();
    let mut at = 0;
    let mut last: Option<Place> = None;
    while at < c.len() {
        let within = |p: Place, _full: bool| last.is_none_or(|l| p.is_within(l) && p != l);
        let (place, len) = place_at(&c, at, last, &within)?;
        last = Some(place);
        at += len;
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(p: Option<Place>) -> Option<&'static str> {
        p.map(Place::name)
    }

    #[test]
    fn full_names_and_short_forms_resolve() {
        for (written, full) in [
            ("鞍山", "鞍山市"),
            ("鞍山市", "鞍山市"),
            ("广西", "广西壮族自治区"),
            ("内蒙古", "内蒙古自治区"),
            ("新疆", "新疆维吾尔自治区"),
            ("北京", "北京市"),
            ("浦东", "浦东新区"),
            ("延边", "延边朝鲜族自治州"),
            ("锡林郭勒盟", "锡林郭勒盟"),
        ] {
            assert_eq!(name(resolve(written, None)), Some(full), "{written}");
        }
    }

    #[test]
    fn no_name_is_longer_than_the_longest_said() {
        let longest = divisions().iter().map(|d| d.name.chars().count()).max();
        assert!(longest.is_some_and(|n| n <= PLACE_MAX_CHARS), "{longest:?}");
    }

    #[test]
    fn levels_follow_the_table() {
        let level = |n: &str| resolve(n, None).map(Place::level);
        assert_eq!(level("北京市"), Some(Level::Province));
        assert_eq!(level("宁夏"), Some(Level::Province));
        assert_eq!(level("鞍山市"), Some(Level::City));
        assert_eq!(level("海城市"), Some(Level::County));
        assert_eq!(level("正蓝旗"), Some(Level::County));
        assert_eq!(level("立山区"), Some(Level::District));
    }

    #[test]
    fn a_shared_name_is_settled_by_the_reports_region_or_refused() {
        assert_eq!(resolve("鼓楼区", None), None);
        assert_eq!(resolve("吉林", None), None);
        let nanjing = resolve("南京市", None);
        let gulou = resolve("鼓楼区", nanjing).unwrap();
        assert_eq!(gulou.parent(), nanjing);
        let jilin = resolve("吉林省", None);
        assert_eq!(resolve("吉林", jilin), jilin);
        let anshan = resolve("鞍山市", None);
        let tiexi = resolve("铁西区", anshan).unwrap();
        assert_eq!(tiexi.parent(), anshan);
    }

    #[test]
    fn words_that_name_no_unit_resolve_to_nothing() {
        for word in ["农业强", "消费", "全市", "城", "建设文旅强省"] {
            assert_eq!(resolve(word, None), None, "{word}");
            assert!(!names_a_place(word), "{word}");
        }
        assert!(names_a_place("南昌") && names_a_place("鼓楼区"));
    }

    #[test]
    fn a_chain_names_its_innermost_unit() {
        let p = resolve_chain("辽宁省阜新市海州区").unwrap();
        assert_eq!(p.name(), "海州区");
        assert_eq!(p.parent().map(Place::name), Some("阜新市"));
        assert_eq!(name(resolve_chain("大连市西岗区")), Some("西岗区"));
        assert_eq!(name(resolve_chain("北京市")), Some("北京市"));
        assert_eq!(resolve_chain("盘锦市XX区"), None);
    }
}
