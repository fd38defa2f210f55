//! China's administrative divisions (GB/T 2260 names), read once from the
//! packed table `divisions.txt` (its header says where it comes from and
//! how it is packed; `scripts/divisions.mjs` makes it). Each unit has its
//! full name, its short form, its parent and its level; the lookups by
//! name live in `crate::places`.
//!
//! Native builds, and wasm builds with the `tables` feature (the npm
//! package, the single file, the page's second module), embed the table.
//! The page's core wasm module does not (16 KB gzip less on a first
//! visit): the page fetches `pkg/divisions.txt` while the module compiles
//! and hands it over once with [`load`] (`setTables`) before its first
//! parse. Until then the table is empty and no place is found.

use super::packed::Words;

use std::sync::OnceLock;

use crate::model::Level;
use crate::text::{CharLen, Slice};

/// The table, unpacked once: from the embedded text, or from [`load`].
static TABLE: OnceLock<Vec<Division>> = OnceLock::new();

/// Suffixes a short form drops (鞍山市 → 鞍山, 浦东新区 → 浦东), longest
/// first; a short form keeps at least [`MIN_SHORT_CHARS`] chars, so 清新区
/// is 清新, not 清. Autonomous units mark theirs in the table instead.
pub const SHORT_SUFFIXES: Words = crate::words![
    "特别行政区", "地区", "新区", "林区", "特区", "省", "市", "盟", "区", "县", "旗",
];

/// A short form shorter than this is no name of its own (城区 → 城).
pub const MIN_SHORT_CHARS: usize = 2;

/// County-level units named 区 that are no 市辖区: 神农架林区, 六枝特区.
const COUNTY_DISTRICT_SUFFIXES: &[&str] = &["林区", "特区"];

/// One administrative unit of the table.
#[derive(Debug, Clone)]
pub struct Division {
    /// The full standard name: 广西壮族自治区, 鞍山市, 立山区.
    pub name: String,
    /// The name it is often written by, when it has one: 广西, 鞍山, 立山.
    pub short: Option<String>,
    /// The index of the unit it belongs to in [`divisions`].
    pub parent: Option<usize>,
    pub level: Level,
}

/// Every unit of the table, parents before their children.
#[cfg(any(not(target_arch = "wasm32"), feature = "tables"))]
pub fn divisions() -> &'static [Division] {
    TABLE.get_or_init(|| unpack(include_str!("divisions.txt")))
}

/// Every unit of the table, parents before their children; empty until
/// [`load`] is given it.
#[cfg(all(target_arch = "wasm32", not(feature = "tables")))]
pub fn divisions() -> &'static [Division] {
    TABLE.get().map_or(&[], Vec::as_slice)
}

/// Takes the packed table (the text of `divisions.txt`) when none is there
/// yet; false when it already was (a table is read once: every lookup's
/// index is built from the first).
#[cfg(all(target_arch = "wasm32", not(feature = "tables")))]
pub fn load(packed: &str) -> bool {
    TABLE.get().is_none() && TABLE.set(unpack(packed)).is_ok()
}

/// Reads the packed table (see its header).
fn unpack(packed: &str) -> Vec<Division> {
    let mut out: Vec<Division> = Vec::with_capacity(3300);
    let (mut province, mut prefecture) = (None, None);
    for line in packed
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (mark, rest) = match line.chars().next() {
            Some(m @ ('=' | '-')) => (Some(m), line.slice(1..)),
            _ => (None, line),
        };
        let (parent, level) = match mark {
            Some('=') => (None, Level::Province),
            Some(_) => (province, Level::City),
            None => (prefecture.or(province), county_level(rest)),
        };
        let here = out.len();
        match mark {
            Some('=') => (province, prefecture) = (Some(here), None),
            Some(_) => prefecture = Some(here),
            None => {}
        }
        let (name, short) = names(rest);
        out.push(Division {
            name,
            short,
            parent,
            level,
        });
    }
    out
}

/// A county-level unit's level: a 市辖区 is a district; 县, 县级市, 旗,
/// 林区 and 特区 are counties.
fn county_level(name: &str) -> Level {
    let special = COUNTY_DISTRICT_SUFFIXES.iter().any(|s| name.ends_with(s));
    if name.ends_with('区') && !special {
        Level::District
    } else {
        Level::County
    }
}

/// The full name and short form of a packed name (广西|壮族自治区, 鞍山市).
fn names(packed: &str) -> (String, Option<String>) {
    if let Some((short, rest)) = packed.split_once('|') {
        return (format!("{short}{rest}"), Some(short.to_string()));
    }
    let short = SHORT_SUFFIXES.iter().find_map(|s| {
        let stem = packed.strip_suffix(s)?;
        (stem.char_len() >= MIN_SHORT_CHARS).then(|| stem.to_string())
    });
    (packed.to_string(), short)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(name: &str) -> &'static Division {
        divisions().iter().find(|d| d.name == name).unwrap()
    }

    fn parent(d: &Division) -> &'static str {
        &divisions()[d.parent.unwrap()].name
    }

    #[test]
    fn holds_every_level_with_its_parent() {
        let count = |l: Level| divisions().iter().filter(|d| d.level == l).count();
        assert_eq!(count(Level::Province), 34);
        assert!(count(Level::City) > 330);
        assert!(count(Level::County) > 1800);
        assert!(count(Level::District) > 950);
        assert_eq!(unit("广西壮族自治区").short.as_deref(), Some("广西"));
        assert_eq!(unit("内蒙古自治区").short.as_deref(), Some("内蒙古"));
        assert_eq!(parent(unit("鞍山市")), "辽宁省");
        assert_eq!(parent(unit("立山区")), "鞍山市");
        assert_eq!(parent(unit("浦东新区")), "上海市");
        assert_eq!(unit("浦东新区").short.as_deref(), Some("浦东"));
        assert_eq!(parent(unit("济源市")), "河南省");
        assert_eq!(unit("海城市").level, Level::County);
        assert_eq!(unit("神农架林区").level, Level::County);
        assert_eq!(unit("延边朝鲜族自治州").short.as_deref(), Some("延边"));
        assert_eq!(unit("锡林郭勒盟").level, Level::City);
        assert_eq!(unit("清新区").short.as_deref(), Some("清新"));
    }

    #[test]
    fn no_functional_zone_is_a_division() {
        assert!(!divisions().iter().any(|d| d.name.contains("开发区")));
    }
}
