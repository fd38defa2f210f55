//! Fast lookup of many words at a position: words indexed by their first
//! char, so scanning a text against a word list costs one hash probe per
//! position instead of one comparison per word.

use std::collections::HashMap;

/// A set of words, each with its index in the list it was built from.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    by_first: HashMap<char, Vec<(Vec<char>, usize)>>,
}

impl WordIndex {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordIndex {
        let mut by_first: HashMap<char, Vec<(Vec<char>, usize)>> = HashMap::new();
        for (i, w) in words.into_iter().enumerate() {
            let chars: Vec<char> = w.chars().collect();
            if let Some(&first) = chars.first() {
                by_first.entry(first).or_default().push((chars, i));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        }
        WordIndex { by_first }
    }

    /// The longest word starting at `at`: its index and length in chars.
    pub fn longest_at(&self, chars: &[char], at: usize) -> Option<(usize, usize)> {
        let list = self.by_first.get(chars.get(at)?)?;
        list.iter()
            .find(|(w, _)| chars[at..].starts_with(w))
            .map(|(w, i)| (*i, w.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_longest_word() {
        let idx = WordIndex::new(["鞍山", "鞍山市", "阜新"]);
        let c: Vec<char> = "在鞍山市和阜新".chars().collect();
        assert_eq!(idx.longest_at(&c, 1), Some((1, 3)));
        assert_eq!(idx.longest_at(&c, 5), Some((2, 2)));
        assert_eq!(idx.longest_at(&c, 0), None);
    }
}
