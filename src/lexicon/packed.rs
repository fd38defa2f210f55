//! Word lists packed into one string each. A `&[&str]` list costs a
//! pointer and a length (8 bytes) per word in the wasm's data, which
//! compress poorly: the long lists are [`Words`] instead, written with
//! [`words!`](crate::words) as a slice would be, and read word by word;
//! lists of pairs of words are [`Pairs`] ([`pairs!`](crate::pairs)).

/// A list of words, one string with each word ended by a line break.
#[derive(Debug, Clone, Copy)]
pub struct Words(&'static str);

/// A [`Words`] list: `words!["增长", "提高"]`, in the order given.
#[macro_export]
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        $crate::lexicon::packed::Words::packed(concat!($($word, "\n"),*))
    };
}

impl Words {
    /// The list a [`words!`](crate::words) text holds: each word ended by `\n`.
    pub const fn packed(text: &'static str) -> Words {
        Words(text)
    }

    /// The words, in order.
    pub fn iter(self) -> Iter {
        Iter(self.0)
    }

    /// Whether `word` is one of the words.
    #[inline(never)]
    pub fn contains(self, word: &str) -> bool {
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
pub struct Iter(&'static str);

impl Iterator for Iter {
    type Item = &'static str;

    /// Never inlined: one copy of the scan for every list and loop (inlined,
    /// the scans outweighed the pointers saved).
    #[inline(never)]
    fn next(&mut self) -> Option<&'static str> {
        let (word, rest) = self.0.split_once('\n')?;
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
        Words(self.0)
            .iter()
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
