//! Fast lookup of many words at a position. Words are indexed by their
//! first and by their last char, so testing a word list at a position costs
//! one hash probe instead of one comparison per word.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::packed::Words;

/// Chars are their own good hash: a multiplicative mix is enough, and far
/// cheaper than SipHash on this hot path. Strings are hashed by FNV-1a.
#[derive(Default)]
pub struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by char with [`CharHasher`].
pub type CharMap<V> = HashMap<char, V, BuildHasherDefault<CharHasher>>;

/// A set of words, each remembered with its index in the list it came from.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    by_first: CharMap<Vec<(Vec<char>, usize)>>,
    by_last: CharMap<Vec<(Vec<char>, usize)>>,
}

impl WordIndex {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordIndex {
        let mut idx = WordIndex::default();
        for (i, w) in words.into_iter().enumerate() {
            let chars: Vec<char> = w.chars().collect();
            let (Some(&first), Some(&last)) = (chars.first(), chars.last()) else {
                continue;
            };
            idx.by_first
                .entry(first)
                .or_default()
                .push((chars.clone(), i));
            idx.by_last.entry(last).or_default().push((chars, i));
        }
        for list in idx.by_first.values_mut().chain(idx.by_last.values_mut()) {
            crate::order::sort_by_key(list, |w| std::cmp::Reverse(w.0.len()));
        }
        idx
    }

    /// The longest word starting at `at`: its index and length in chars.
    pub fn longest_at(&self, chars: &[char], at: usize) -> Option<(usize, usize)> {
        let list = self.by_first.get(chars.get(at)?)?;
        list.iter()
            .find(|(w, _)| chars[at..].starts_with(w))
            .map(|(w, i)| (*i, w.len()))
    }

    /// The indices of every word starting at `at`.
    pub fn all_at<'a>(&'a self, chars: &'a [char], at: usize) -> impl Iterator<Item = usize> + 'a {
        let list = chars.get(at).and_then(|c| self.by_first.get(c));
        list.into_iter()
            .flatten()
            .filter(move |(w, _)| chars[at..].starts_with(w))
            .map(|(_, i)| *i)
    }

    /// The longest word ending just before `at` and starting at or after
    /// `from`: its index and length in chars.
    pub fn longest_ending_at(
        &self,
        chars: &[char],
        from: usize,
        at: usize,
    ) -> Option<(usize, usize)> {
        if at == 0 || at > chars.len() {
            return None;
        }
        let list = self.by_last.get(&chars[at - 1])?;
        list.iter()
            .find(|(w, _)| at >= from + w.len() && chars[..at].ends_with(w))
            .map(|(w, i)| (*i, w.len()))
    }
}

/// A word list from the lexicon with its index built on first use.
pub struct LazyIndex {
    words: Words,
    /// The index, and the words by their index in it.
    cell: OnceLock<(WordIndex, Vec<&'static str>)>,
}

impl LazyIndex {
    pub const fn new(words: Words) -> LazyIndex {
        LazyIndex {
            words,
            cell: OnceLock::new(),
        }
    }

    fn built(&self) -> &(WordIndex, Vec<&'static str>) {
        self.cell.get_or_init(|| {
            let list: Vec<&'static str> = self.words.iter().collect();
            (WordIndex::new(list.iter().copied()), list)
        })
    }

    pub fn get(&self) -> &WordIndex {
        &self.built().0
    }

    /// The longest word starting at `at`, as text.
    pub fn at(&self, chars: &[char], at: usize) -> Option<&'static str> {
        let (index, list) = self.built();
        index.longest_at(chars, at).map(|(i, _)| list[i])
    }

    /// The longest word ending at `at` and starting at or after `from`.
    pub fn ending_at(&self, chars: &[char], from: usize, at: usize) -> Option<&'static str> {
        let (index, list) = self.built();
        index
            .longest_ending_at(chars, from, at)
            .map(|(i, _)| list[i])
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

    #[test]
    fn finds_the_longest_word_ending_at() {
        static WORDS: LazyIndex = LazyIndex::new(crate::words!["增长", "同比增长", "长"]);
        let c: Vec<char> = "同比增长5%".chars().collect();
        assert_eq!(WORDS.ending_at(&c, 0, 4), Some("同比增长"));
        assert_eq!(WORDS.ending_at(&c, 1, 4), Some("增长"));
        assert_eq!(WORDS.ending_at(&c, 0, 5), None);
    }
}
