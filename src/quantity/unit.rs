//! Units after a number: the table of every unit (a base, a multiplier
//! and a base, a rate, a specification), and the unit read at a position.

#[cfg(not(target_arch = "wasm32"))]
use std::borrow::Cow;
use std::sync::OnceLock;

use super::qualifier_after;
use crate::lexicon::matcher::WordIndex;
use crate::lexicon::units::{
    BARE_MULTIPLIERS, COUNT_UNITS, MEASURE_UNITS, MULTIPLIERS, PEOPLE_AFTER_MULTIPLIER, PERSON,
    PER_HEAD_UNITS, PHRASE_ENDS, RATE_UNITS, SPEC_UNITS,
};
use crate::lexicon::words::QUALIFIERS_INSIDE;
use crate::model::Qualifier;
use crate::text::{is_cjk, starts_at, CharLen};

/// Every unit a number can carry (a base, a multiplier and a base, a rate,
/// a specification), looked up by first char, longest first.
struct UnitTable {
    index: WordIndex,
    entries: Vec<UnitEntry>,
}

struct UnitEntry {
    text: String,
    counts: bool,
    spec: bool,
}

fn unit_table() -> &'static UnitTable {
    static TABLE: OnceLock<UnitTable> = OnceLock::new();
    TABLE.get_or_init(build_unit_table)
}

fn build_unit_table() -> UnitTable {
    let mut entries = Vec::new();
    let mut add = |text: String, base: &str, spec: bool| {
        let counts = COUNT_UNITS.contains(base);
        entries.push(UnitEntry { text, counts, spec });
    };
    for base in COUNT_UNITS.iter().chain(MEASURE_UNITS) {
        add(base.to_string(), base, false);
        for m in MULTIPLIERS {
            add(format!("{m}{base}"), base, false);
        }
    }
    for rate in RATE_UNITS {
        add(rate.to_string(), rate, false);
    }
    for spec in SPEC_UNITS {
        add(spec.to_string(), spec, true);
    }
    for per_head in PER_HEAD_UNITS {
        add(per_head.to_string(), per_head, false);
    }
    let index = WordIndex::new(entries.iter().map(|e| e.text.as_str()));
    UnitTable { index, entries }
}

/// A unit as written. Natively most are a word of the unit table, borrowed
/// from it (a quantity is cloned along the facts stage, and an owned unit
/// cost an allocation each time); a unit put together (万元/人) is owned.
/// The core wasm owns them all: a `Cow` through the stages costs it bytes.
#[cfg(not(target_arch = "wasm32"))]
pub type UnitText = Cow<'static, str>;
#[cfg(target_arch = "wasm32")]
pub type UnitText = String;

/// A unit put together as a quantity's unit.
pub(super) fn unit_made(text: String) -> UnitText {
    #[cfg(not(target_arch = "wasm32"))]
    return Cow::Owned(text);
    #[cfg(target_arch = "wasm32")]
    text
}

/// A word of the unit table as a quantity's unit.
pub(super) fn unit_word(word: &'static str) -> UnitText {
    #[cfg(not(target_arch = "wasm32"))]
    return Cow::Borrowed(word);
    #[cfg(target_arch = "wasm32")]
    word.to_string()
}

/// A unit read after a number: its text, end position, and what it is.
pub(super) struct UnitMatch {
    pub(super) text: UnitText,
    pub(super) end: usize,
    pub(super) qualifier: Option<Qualifier>,
    pub(super) counts: bool,
    pub(super) spec: bool,
}

/// Reads the unit at `i`, allowing 余/多 after a multiplier (3万余户) or
/// before the base unit (50余人).
pub(super) fn unit_at(chars: &[char], i: usize) -> Option<UnitMatch> {
    if let Some(m) = plain_unit_at(chars, i) {
        return Some(m);
    }
    // 50余人: qualifier, then the unit.
    for (word, q) in QUALIFIERS_INSIDE {
        if starts_at(chars, i, word) {
            let len = word.char_len();
            if let Some(mut m) = plain_unit_at(chars, i + len) {
                m.qualifier = Some(*q);
                return Some(m);
            }
        }
    }
    // 3万余户: multiplier, qualifier, base unit.
    for mult in MULTIPLIERS {
        if !starts_at(chars, i, mult) {
            continue;
        }
        let after = i + mult.char_len();
        for (word, q) in QUALIFIERS_INSIDE {
            if starts_at(chars, after, word) {
                if let Some(m) = plain_unit_at(chars, after + word.char_len()) {
                    if m.text.char_len() == m.end - (after + word.char_len()) {
                        return Some(UnitMatch {
                            text: unit_made(format!("{mult}{}", m.text)),
                            qualifier: Some(*q),
                            ..m
                        });
                    }
                }
            }
        }
    }
    bare_multiplier_at(chars, i)
}

/// 常住人口达1190万，/ 接待游客3000万左右: a multiplier with no base unit
/// ending its phrase is the unit; the subject names what it counts. One
/// before people (惠及120万群众, 为2500万困难人员…) counts them: 万人, the
/// people named after it.
pub(super) fn bare_multiplier_at(chars: &[char], i: usize) -> Option<UnitMatch> {
    let mult = BARE_MULTIPLIERS.iter().find(|m| starts_at(chars, i, m))?;
    let end = i + mult.char_len();
    // The people may be qualified by a word of two chars (困难人员).
    let people_at = |at: usize| {
        PEOPLE_AFTER_MULTIPLIER
            .iter()
            .any(|w| starts_at(chars, at, w))
    };
    let modifier = |at: usize| {
        chars
            .get(end..at)
            .is_some_and(|m| m.iter().all(|&c| is_cjk(c)))
    };
    if (end..=end + 2).any(|at| modifier(at) && people_at(at)) {
        return Some(UnitMatch {
            text: unit_made(format!("{mult}{PERSON}")),
            end,
            qualifier: None,
            counts: true,
            spec: false,
        });
    }
    let ends_phrase = chars.get(end).is_none_or(|c| PHRASE_ENDS.contains(c))
        || qualifier_after(chars, end).is_some();
    ends_phrase.then_some(UnitMatch {
        text: unit_word(mult),
        end,
        qualifier: None,
        counts: false,
        spec: false,
    })
}

pub(super) fn plain_unit_at(chars: &[char], i: usize) -> Option<UnitMatch> {
    let table = unit_table();
    let (k, len) = table.index.longest_at(chars, i)?;
    let entry = &table.entries[k];
    Some(UnitMatch {
        text: unit_word(entry.text.as_str()),
        end: i + len,
        qualifier: None,
        counts: entry.counts,
        spec: entry.spec,
    })
}
