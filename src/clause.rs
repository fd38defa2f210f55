//! Stage 3: sentences and clauses, as spans of the normalised text.

/// A sentence: a span ended by 。！？, a line break or the end of text.
/// Where its clauses begin is read when asked for
/// ([`Sentence::clause_starts`]): most sentences hold no number, and
/// nobody asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    /// Where the sentence's clauses after its first begin: after each
    /// ，：； that a clause follows (not another mark, nor the end).
    pub fn clause_starts(self, chars: &[char]) -> impl Iterator<Item = usize> + '_ {
        (self.start + 1..self.end).filter(|&i| ends_clause(chars[i - 1]) && !ends_clause(chars[i]))
    }
}

/// Sentences end at 。！？ and line breaks. A ； does not end one: a goal or
/// a 预计 stated at the start of a sentence governs its ；-parts too.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '\n')
}

fn ends_clause(c: char) -> bool {
    matches!(c, '，' | '：' | '；')
}

/// Splits the text into sentences and clauses. Quotes and brackets do not
/// hide punctuation: a report's quoted names never hold a sentence end that
/// matters, and ignoring nesting keeps this linear and unbreakable.
pub fn split(chars: &[char]) -> Vec<Sentence> {
    sentences(chars).collect()
}

/// The sentences of the text one by one, as [`split`] finds them: a text
/// of megabytes never holds all its sentences and their clauses at once.
pub fn sentences(chars: &[char]) -> Sentences<'_> {
    Sentences { chars, at: 0 }
}

/// The iterator of [`sentences`].
pub struct Sentences<'a> {
    chars: &'a [char],
    at: usize,
}

impl Iterator for Sentences<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        // Blank sentences (。 after 。, a blank line) are passed over.
        while self.at < self.chars.len() {
            let start = self.at;
            let end = self.chars[start..]
                .iter()
                .position(|&c| ends_sentence(c))
                .map_or(self.chars.len(), |k| start + k);
            self.at = end + 1;
            if end > start {
                return Some(Sentence { start, end });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_and_clauses() {
        let chars: Vec<char> = "甲完成1亿元，增长2%；乙3个。\n丙".chars().collect();
        let s = split(&chars);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].start, 17);
        let starts: Vec<usize> = s[0].clause_starts(&chars).collect();
        assert_eq!(starts, [7, 12]);
        // Empty clauses (，， or a mark at the end) are passed over.
        let chars: Vec<char> = "，甲，，乙：".chars().collect();
        let starts: Vec<usize> = split(&chars)[0].clause_starts(&chars).collect();
        assert_eq!(starts, [1, 4]);
    }
}
