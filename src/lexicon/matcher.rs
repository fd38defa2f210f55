//! Fast lookup of many words at a position. Words are indexed by their
//! first and by their last char, so testing a word list at a position costs
//! one hash probe instead of one comparison per word.

use crate::text::Slice;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::packed::Words;

/// Chars are their own good hash: a multiplicative mix is enough, and far
/// cheaper than SipHash on this hot path. Strings are mixed in eight bytes
/// at a time (as rustc's FxHasher does): a byte at a time (FNV), each
/// multiply waited on the one before, and hashing a name cost more time
/// than its few instructions said.
#[derive(Default)]
pub struct CharHasher(u64);

impl CharHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut word = [0; 8];
            word.copy_from_slice(w);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.mix(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    /// Two chars in one number (see `WordIndex::by_pair`): both mixed in.
    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by char with [`CharHasher`].
pub type CharMap<V> = HashMap<char, V, BuildHasherDefault<CharHasher>>;

/// A set of words, each remembered with its index in the list it came from.
/// The words' chars lie one after another in one buffer: building the
/// index of thousands of place names costs no allocation per word.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    chars: Vec<char>,
    /// The words' first and last chars: a bit tells most positions apart
    /// before a hash probe.
    firsts: CharSet,
    lasts: CharSet,
    /// Each list longest word first (words of one length in list order).
    by_first: CharMap<Vec<Entry>>,
    by_last: CharMap<Vec<Entry>>,
    /// Natively, the words of two chars or more also by their first two
    /// (`pair`), longest first: a first char such as 万 starts a hundred
    /// units, and a walk of them all cost 700 instructions a number. The
    /// core wasm walks the first char's list (its size budget).
    #[cfg(not(target_arch = "wasm32"))]
    by_pair: HashMap<u64, Vec<Entry>, BuildHasherDefault<CharHasher>>,
}

/// Two chars as one key of `WordIndex::by_pair`.
#[cfg(not(target_arch = "wasm32"))]
fn pair(a: char, b: char) -> u64 {
    u64::from(a) << 32 | u64::from(b)
}

/// A word of a [`WordIndex`]: where its chars are, and its list index.
#[derive(Debug, Clone, Copy)]
struct Entry {
    start: u32,
    len: u32,
    index: usize,
}

impl WordIndex {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordIndex {
        // One builder for every kind of iterator: the wasm carries it once.
        Self::of(&words.into_iter().collect::<Vec<&str>>())
    }

    /// The index of words already in a list: no collect of the caller's
    /// own (each kind of iterator given to `new` adds its collect to the
    /// core wasm).
    pub fn of(words: &[&str]) -> WordIndex {
        let mut idx = WordIndex::default();
        let mut entries = Vec::new();
        for (index, w) in words.iter().enumerate() {
            let start = idx.chars.len();
            idx.chars.extend(w.chars());
            let len = idx.chars.len() - start;
            if len > 0 {
                let (start, len) = (start as u32, len as u32);
                entries.push(Entry { start, len, index });
            }
        }
        // Longest first, words of one length in list order, before the
        // words are dealt out: every list is then in that order (a sort per
        // list cost more). A pass per length, not a sort: words are short,
        // and a sort of entries cost the core wasm 1 KB.
        let longest = entries.iter().map(|e| e.len).max().unwrap_or(0);
        let (mut firsts, mut lasts) = (CharSet::empty(), CharSet::empty());
        // Nested loops, not a flat_map (0.1 KB gzip of the core wasm).
        for n in (1..=longest).rev() {
            for &e in entries.iter().filter(|e| e.len == n) {
                let word = idx.word(&e);
                let (first, last) = (word[0], word[word.len() - 1]);
                firsts.insert(first);
                lasts.insert(last);
                #[cfg(not(target_arch = "wasm32"))]
                if word.len() > 1 {
                    idx.by_pair.entry(pair(first, word[1])).or_default().push(e);
                }
                idx.by_first.entry(first).or_default().push(e);
                idx.by_last.entry(last).or_default().push(e);
            }
        }
        idx.firsts = firsts;
        idx.lasts = lasts;
        idx
    }

    fn word(&self, e: &Entry) -> &[char] {
        &self.chars[e.start as usize..][..e.len as usize]
    }

    /// Whether some word starts with `c`.
    pub fn may_start(&self, c: char) -> bool {
        self.firsts.contains(c)
    }

    /// The index of the longest word `text` starts with that is shorter
    /// than `limit` bytes; `words` are the index's words as text.
    pub fn longest_prefix(&self, text: &str, words: &[&str], limit: usize) -> Option<usize> {
        let first = text.chars().next().filter(|&c| self.firsts.contains(c))?;
        let list = self.by_first.get(&first)?;
        list.iter()
            .map(|e| e.index)
            .find(|&i| words[i].len() < limit && text.starts_with(words[i]))
    }

    /// The longest word starting at `at`: its index and length in chars.
    pub fn longest_at(&self, chars: &[char], at: usize) -> Option<(usize, usize)> {
        let c = *chars.get(at)?;
        if !self.firsts.contains(c) {
            return None;
        }
        #[cfg(not(target_arch = "wasm32"))]
        return self.longest_by_pair(chars, at, c);
        #[cfg(target_arch = "wasm32")]
        self.by_first
            .get(&c)?
            .iter()
            .find(|e| starts_with(&chars[at..], self.word(e)))
            .map(|e| (e.index, e.len as usize))
    }

    /// [`longest_at`](Self::longest_at) through the index of first two
    /// chars: the longest word of two chars or more, else the first word
    /// that is `c` alone (the first char's list ends with those).
    #[cfg(not(target_arch = "wasm32"))]
    fn longest_by_pair(&self, chars: &[char], at: usize, c: char) -> Option<(usize, usize)> {
        let longer = chars
            .get(at + 1)
            .and_then(|&next| self.by_pair.get(&pair(c, next)))
            .and_then(|list| {
                list.iter()
                    .find(|e| starts_with(&chars[at..], self.word(e)))
            });
        let found = longer.or_else(|| {
            let list = self.by_first.get(&c)?;
            list.get(list.partition_point(|e| e.len > 1))
        })?;
        Some((found.index, found.len as usize))
    }

    /// The indices of every word starting at `at`.
    pub fn all_at<'a>(&'a self, chars: &'a [char], at: usize) -> impl Iterator<Item = usize> + 'a {
        let list = chars
            .get(at)
            .filter(|&&c| self.firsts.contains(c))
            .and_then(|c| self.by_first.get(c));
        // A slice, empty for none, not a flatten of the option: over its
        // uses the flatten weighed 0.4 KB gzip of the core wasm.
        let list: &[Entry] = list.map_or(&[], |l| l);
        list.iter()
            .filter(move |e| starts_with(&chars[at..], self.word(e)))
            .map(|e| e.index)
    }

    /// The indices of every word that is the whole of `chars`: only the
    /// words of its length are compared (a first char may start hundreds).
    pub fn all_equal<'a>(&'a self, chars: &'a [char]) -> impl Iterator<Item = usize> + 'a {
        let list = chars.first().and_then(|c| self.by_first.get(c));
        let list = list.map_or(&[][..], |l| {
            &l[l.partition_point(|e| e.len as usize > chars.len())..]
        });
        list.iter()
            .take_while(move |e| e.len as usize == chars.len())
            .filter(move |e| starts_with(chars, self.word(e)))
            .map(|e| e.index)
    }

    /// The longest word ending just before `at` and starting at or after
    /// `from`: its index and length in chars.
    pub fn longest_ending_at(
        &self,
        chars: &[char],
        from: usize,
        at: usize,
    ) -> Option<(usize, usize)> {
        if at == 0 || at > chars.len() || !self.lasts.contains(chars[at - 1]) {
            return None;
        }
        let list = self.by_last.get(&chars[at - 1])?;
        list.iter()
            .find(|e| at >= from + e.len as usize && chars[..at].ends_with(self.word(e)))
            .map(|e| (e.index, e.len as usize))
    }
}

/// `text` starts with `word`, whose first char is known to match. Most
/// words of a first-char list differ at their second char: testing it
/// first spares a slice comparison (a call to memcmp) per candidate.
fn starts_with(text: &[char], word: &[char]) -> bool {
    word.len() <= text.len()
        && (word.len() < 2 || word[1] == text[1])
        && text[..word.len()] == *word
}

/// A set of chars asked about at every char of a text (can a time word or
/// a multiplier start here?): one bit per char of the Basic Multilingual
/// Plane, so a question is a shift and a mask, not a search.
#[derive(Debug, Clone, Default)]
pub struct CharSet {
    bmp: Box<[u64]>,
    others: Vec<char>,
}

impl CharSet {
    const BMP_WORDS: usize = 0x1_0000 / 64;

    pub fn new(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut set = CharSet::empty();
        for c in chars {
            set.insert(c);
        }
        set
    }

    /// A set with no char, to `insert` into: sets made of several lists
    /// are filled a list at a time (a chain of their iterators, collected,
    /// weighed 0.8 KB gzip of the core wasm).
    pub fn empty() -> CharSet {
        CharSet {
            bmp: vec![0; Self::BMP_WORDS].into_boxed_slice(),
            others: Vec::new(),
        }
    }

    pub fn insert(&mut self, c: char) {
        let n = c as usize;
        if n < 0x1_0000 {
            self.bmp[n / 64] |= 1 << (n % 64);
        } else {
            self.others.push(c);
        }
    }

    /// Adds the first char of `word`, if any.
    pub fn insert_first(&mut self, word: &str) {
        if let Some(c) = word.chars().next() {
            self.insert(c);
        }
    }

    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let n = c as usize;
        match self.bmp.get(n / 64) {
            Some(bits) => bits & (1 << (n % 64)) != 0,
            None => self.others.contains(&c),
        }
    }
}

impl CharSet {
    /// The first position at or after `from` whose char is in the set:
    /// a tight loop to pass over the chars of a text that start nothing.
    pub fn next_in(&self, chars: &[char], from: usize) -> Option<usize> {
        (from..chars.len()).find(|&i| self.contains(chars[i]))
    }
}

/// A word list from the lexicon, or several searched as one, with its
/// index built on first use.
pub struct LazyIndex {
    lists: Lists,
    /// The index, and the words by their index in it.
    cell: OnceLock<(WordIndex, Vec<&'static str>)>,
}

enum Lists {
    One(Words),
    Many(&'static [Words]),
}

impl LazyIndex {
    pub const fn new(words: Words) -> LazyIndex {
        LazyIndex {
            lists: Lists::One(words),
            cell: OnceLock::new(),
        }
    }

    /// Several lists as one, their words numbered in order.
    pub const fn union(lists: &'static [Words]) -> LazyIndex {
        LazyIndex {
            lists: Lists::Many(lists),
            cell: OnceLock::new(),
        }
    }

    fn built(&self) -> &(WordIndex, Vec<&'static str>) {
        self.cell.get_or_init(|| {
            let lists = match &self.lists {
                Lists::One(words) => std::slice::from_ref(words),
                Lists::Many(lists) => lists,
            };
            // A loop, not a collect of a flat_map (0.2 KB gzip of the
            // core wasm).
            let mut list: Vec<&'static str> = Vec::new();
            for l in lists {
                list.extend(l.iter());
            }
            (WordIndex::of(&list), list)
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

    /// Whether any of the words is written anywhere in `text`.
    pub fn occurs_in(&self, text: &str) -> bool {
        let (index, words) = self.built();
        text.char_indices().any(|(b, c)| {
            if !index.firsts.contains(c) {
                return false;
            }
            let list = index.by_first.get(&c);
            list.is_some_and(|l| {
                l.iter()
                    .any(|e| text.slice(b..).starts_with(words[e.index]))
            })
        })
    }

    /// Whether `text` starts with one of the words.
    pub fn starts(&self, text: &str) -> bool {
        self.longest_prefix(text, usize::MAX).is_some()
    }

    /// The longest of the words `text` starts with that is shorter than
    /// `limit` bytes: one probe for its first char rather than a
    /// comparison a word.
    pub fn longest_prefix(&self, text: &str, limit: usize) -> Option<&'static str> {
        let (index, words) = self.built();
        index.longest_prefix(text, words, limit).map(|i| words[i])
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
    fn a_char_set_holds_its_chars_only() {
        let set = CharSet::new(['年', '0', '\u{20000}']);
        assert!(set.contains('年') && set.contains('0') && set.contains('\u{20000}'));
        assert!(!set.contains('月') && !set.contains('\u{20001}'));
    }

    #[test]
    fn finds_the_longest_word() {
        let idx = WordIndex::new(["鞍山", "鞍山市", "阜新"]);
        let c: Vec<char> = "在鞍山市和阜新".chars().collect();
        assert_eq!(idx.longest_at(&c, 1), Some((1, 3)));
        assert_eq!(idx.longest_at(&c, 5), Some((2, 2)));
        assert_eq!(idx.longest_at(&c, 0), None);
    }

    #[test]
    fn tells_whether_a_word_occurs() {
        static WORDS: LazyIndex = LazyIndex::new(crate::words!["增长", "下降"]);
        assert!(WORDS.occurs_in("同比增长5%"));
        assert!(!WORDS.occurs_in("同比增加5%"));
    }

    #[test]
    fn finds_the_longest_word_ending_at() {
        static WORDS: LazyIndex = LazyIndex::new(crate::words!["增长", "同比增长", "长"]);
        let c: Vec<char> = "同比增长5%".chars().collect();
        assert_eq!(WORDS.ending_at(&c, 0, 4), Some("同比增长"));
        assert_eq!(WORDS.ending_at(&c, 1, 4), Some("增长"));
        assert_eq!(WORDS.ending_at(&c, 0, 5), None);
    }

    /// The longest word at a position, ties to the word listed first: what
    /// `longest_at` gives (natively through the index of first two chars).
    fn longest_by_walk(words: &[&str], chars: &[char], at: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (i, w) in words.iter().enumerate() {
            let w: Vec<char> = w.chars().collect();
            let fits = !w.is_empty() && chars.get(at..).is_some_and(|rest| rest.starts_with(&w));
            if fits && best.is_none_or(|(_, n)| w.len() > n) {
                best = Some((i, w.len()));
            }
        }
        best
    }

    proptest::proptest! {
        #[test]
        fn the_longest_word_is_the_one_a_walk_of_all_words_finds(
            words in proptest::collection::vec("[万亿元千吨人]{0,4}", 0..12),
            text in "[万亿元千吨人x]{0,12}",
        ) {
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            let idx = WordIndex::new(refs.iter().copied());
            let chars: Vec<char> = text.chars().collect();
            for at in 0..=chars.len() {
                proptest::prop_assert_eq!(idx.longest_at(&chars, at), longest_by_walk(&refs, &chars, at));
            }
        }
    }
}
