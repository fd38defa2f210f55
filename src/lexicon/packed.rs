//! Word lists packed into one string each in the browser's build. A
//! `&[&str]` list costs a pointer and a length (8 bytes) per word in the
//! wasm's data, which compress poorly: there the long lists are one string
//! read word by word. Natively, where size does not matter and the lists
//! are read at every char of a text, the same [`words!`](crate::words)
//! lists are plain slices. Lists of pairs of words are [`Pairs`]
//! ([`pairs!`](crate::pairs)).

/// A list of words: in wasm one string with each word ended by a line
/// break; natively a slice.
#[derive(Debug, Clone, Copy)]
pub struct Words(Inner);

#[cfg(target_arch = "wasm32")]
type Inner = &'static str;
#[cfg(not(target_arch = "wasm32"))]
type Inner = &'static [&'static str];

/// A [`Words`] list: `words!["增长", "提高"]`, in the order given.
#[cfg(target_arch = "wasm32")]
#[macro_export]
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        $crate::lexicon::packed::Words::packed(concat!($($word, "\n"),*))
    };
}

/// A [`Words`] list: `words!["增长", "提高"]`, in the order given.
#[cfg(not(target_arch = "wasm32"))]
#[macro_export]
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        $crate::lexicon::packed::Words::packed(&[$($word),*])
    };
}

impl Words {
    /// The list a [`words!`](crate::words) gives.
    pub const fn packed(list: Inner) -> Words {
        Words(list)
    }

    /// The words, in order.
    pub fn iter(self) -> Iter {
        Iter(self.0)
    }

    /// Whether `word` is one of the words.
    #[inline(never)]
    pub fn contains(self, word: &str) -> bool {
        // Natively a word's last byte is compared before its bytes: most
        // words of a list are as long as the one asked (two to four
        // Chinese chars), and a comparison of them all calls memcmp.
        #[cfg(not(target_arch = "wasm32"))]
        {
            let last = word.as_bytes().last();
            self.0
                .iter()
                .any(|w| w.len() == word.len() && w.as_bytes().last() == last && *w == word)
        }
        #[cfg(target_arch = "wasm32")]
        self.iter().any(|w| w == word)
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = Iter;

    fn into_iter(self) -> Iter {
        self.iter()
    }
}

/// The words of a [`Words`] list, in order.
#[derive(Debug, Clone)]
pub struct Iter(Inner);

impl Iterator for Iter {
    type Item = &'static str;

    /// Never inlined in wasm: one copy of the scan for every list and loop
    /// (inlined, the scans outweighed the pointers saved).
    #[cfg(target_arch = "wasm32")]
    #[inline(never)]
    fn next(&mut self) -> Option<&'static str> {
        let (word, rest) = self.0.split_once('\n')?;
        self.0 = rest;
        Some(word)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn next(&mut self) -> Option<&'static str> {
        let (word, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(word)
    }
}

/// A list of pairs of words: each pair is its two words apart by a tab and
/// ended by a line break.
#[derive(Debug, Clone, Copy)]
pub struct Pairs(&'static str);

/// A [`Pairs`] list: `pairs![("规上", "规模以上"), ("限上", "限额以上")]`.
#[macro_export]
macro_rules! pairs {
    ($(($a:literal, $b:literal)),* $(,)?) => {
        $crate::lexicon::packed::Pairs::packed(concat!($($a, "\t", $b, "\n"),*))
    };
}

impl Pairs {
    /// The list a [`pairs!`](crate::pairs) text holds.
    pub const fn packed(text: &'static str) -> Pairs {
        Pairs(text)
    }

    /// The pairs, in order.
    pub fn iter(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.0
            .split_terminator('\n')
            .filter_map(|line| line.split_once('\t'))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_back_the_words_in_order() {
        let w = crate::words!["增长", "提高", "GDP"];
        assert_eq!(w.iter().collect::<Vec<_>>(), ["增长", "提高", "GDP"]);
        assert!(w.contains("提高") && !w.contains("提"));
        assert_eq!(crate::words![].iter().count(), 0);
        let p = crate::pairs![("规上", "规模以上"), ("限上", "限额以上")];
        assert_eq!(
            p.iter().collect::<Vec<_>>(),
            [("规上", "规模以上"), ("限上", "限额以上")]
        );
    }
}
