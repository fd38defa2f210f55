//! The standard names of one parse's rows, each subject looked up once.

use super::Dictionary;
#[cfg(not(target_arch = "wasm32"))]
use super::NameMap;
use crate::model::{Category, Row};

/// Subjects remembered at most: past it the memory starts afresh, so a
/// text of any size holds a bounded map.
#[cfg(not(target_arch = "wasm32"))]
const REMEMBERED_MAX: usize = 1 << 14;

/// [`Dictionary::classify`] for the rows of one parse. A report names the
/// same indicators again and again, and a look-up costs thousands of
/// instructions (aliases, heads, scope words), so natively each subject is
/// looked up once. The core wasm asks the dictionary each time: a map
/// more would cost it bytes its budget does not have.
pub struct Classifier<'d> {
    dict: &'d Dictionary,
    #[cfg(not(target_arch = "wasm32"))]
    seen: NameMap<(Option<&'d str>, Category)>,
}

impl<'d> Classifier<'d> {
    pub fn new(dict: &'d Dictionary) -> Self {
        Classifier {
            dict,
            #[cfg(not(target_arch = "wasm32"))]
            seen: NameMap::default(),
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
        if let Some(&found) = self.seen.get(subject) {
            return found;
        }
        let found = self.dict.classify(subject);
        if self.seen.len() >= REMEMBERED_MAX {
            self.seen.clear();
        }
        self.seen.insert(subject.to_string(), found);
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
        let mut names = Classifier::new(dict);
        for subject in [
            "地区生产总值", "全市地区生产总值", "某某新指标", "地区生产总值",
        ] {
            assert_eq!(names.classify(subject), dict.classify(subject), "{subject}");
        }
        assert_eq!(names.seen.len(), 3);
    }

    #[test]
    fn starts_afresh_when_full() {
        let dict = Dictionary::standard();
        let mut names = Classifier::new(dict);
        for n in 0..=REMEMBERED_MAX {
            names.classify(&format!("指标{n}"));
        }
        assert_eq!(names.seen.len(), 1);
        assert_eq!(
            names.classify("地区生产总值"),
            dict.classify("地区生产总值")
        );
    }
}
