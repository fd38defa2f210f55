//! The standard names of one parse's rows, each subject looked up once.

use super::Dictionary;
#[cfg(not(target_arch = "wasm32"))]
use super::NameMap;
use crate::model::{Category, Row};

/// Subjects remembered at most: past it the memory starts afresh, so a
/// text of any size holds a bounded map.
#[cfg(not(target_arch = "wasm32"))]
const REMEMBERED_MAX: usize = 1 << 14;

/// Texts shorter than this (in chars) are not remembered for: a report
/// names most of its indicators once, and the map cost the five samples
/// 8 % of their parse time (criterion, `parse/all`), where a file of many
/// reports, which names the same ones again and again, saves 9 % of its
/// instructions.
#[cfg(not(target_arch = "wasm32"))]
pub const REMEMBER_FROM_CHARS: usize = 1 << 18;

/// [`Dictionary::classify`] for the rows of one parse. A file of many
/// reports names the same indicators again and again, and a look-up costs
/// thousands of instructions (aliases, heads, scope words), so natively a
/// long text's subjects are each looked up once (`REMEMBER_FROM_CHARS`).
/// The core wasm asks the dictionary each time: its size budget.
pub struct Classifier<'d> {
    dict: &'d Dictionary,
    #[cfg(not(target_arch = "wasm32"))]
    seen: Option<NameMap<(Option<&'d str>, Category)>>,
}

impl<'d> Classifier<'d> {
    /// Asks the dictionary each time.
    pub fn new(dict: &'d Dictionary) -> Self {
        Classifier {
            dict,
            #[cfg(not(target_arch = "wasm32"))]
            seen: None,
        }
    }

    /// For a text of `chars` chars: natively one that remembers from
    /// `REMEMBER_FROM_CHARS` on.
    pub fn for_text(dict: &'d Dictionary, chars: usize) -> Self {
        #[cfg(target_arch = "wasm32")]
        let _ = chars;
        Classifier {
            dict,
            #[cfg(not(target_arch = "wasm32"))]
            seen: (chars >= REMEMBER_FROM_CHARS).then(NameMap::default),
        }
    }

    /// Gives a row the standard name, core flag and category of its
    /// indicator.
    pub fn name(&mut self, row: &mut Row) {
        let (canonical, category) = self.classify(&row.indicator);
        row.category = category;
        row.core = canonical.is_some();
        row.canonical = canonical.map(str::to_string);
    }

    /// What [`Dictionary::classify`] gives.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn classify(&mut self, subject: &str) -> (Option<&'d str>, Category) {
        let Some(seen) = self.seen.as_mut() else {
            return self.dict.classify(subject);
        };
        if let Some(&found) = seen.get(subject) {
            return found;
        }
        let found = self.dict.classify(subject);
        if seen.len() >= REMEMBERED_MAX {
            seen.clear();
        }
        seen.insert(subject.to_string(), found);
        found
    }

    /// What [`Dictionary::classify`] gives.
    #[cfg(target_arch = "wasm32")]
    pub fn classify(&mut self, subject: &str) -> (Option<&'d str>, Category) {
        self.dict.classify(subject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_what_the_dictionary_gives_the_first_time_and_after() {
        let dict = Dictionary::standard();
        let mut names = Classifier::for_text(dict, REMEMBER_FROM_CHARS);
        for subject in [
            "地区生产总值", "全市地区生产总值", "某某新指标", "地区生产总值",
        ] {
            assert_eq!(names.classify(subject), dict.classify(subject), "{subject}");
        }
        assert_eq!(names.seen.as_ref().map(NameMap::len), Some(3));
        let mut short = Classifier::for_text(dict, REMEMBER_FROM_CHARS - 1);
        assert_eq!(
            short.classify("地区生产总值"),
            dict.classify("地区生产总值")
        );
        assert!(short.seen.is_none());
    }

    #[test]
    fn starts_afresh_when_full() {
        let dict = Dictionary::standard();
        let mut names = Classifier::for_text(dict, REMEMBER_FROM_CHARS);
        for n in 0..=REMEMBERED_MAX {
            names.classify(&format!("指标{n}"));
        }
        assert_eq!(names.seen.as_ref().map(NameMap::len), Some(1));
        assert_eq!(
            names.classify("地区生产总值"),
            dict.classify("地区生产总值")
        );
    }
}
