//! Stage 3: sentences and clauses, as spans of the normalised text.

/// A sentence: a span ended by 。！？, a line break or the end of text,
/// with the clauses inside it (split at ，and ：).
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub clauses: Vec<Span>,
}

/// A half-open span `[start, end)` of normalised char positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
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
            let mut clauses = Vec::new();
            let mut clause_start = start;
            let mut i = start;
            loop {
                let c = self.chars.get(i).copied();
                let sentence_end = c.is_none_or(ends_sentence);
                if sentence_end || c.is_some_and(ends_clause) {
                    if i > clause_start {
                        clauses.push(Span {
                            start: clause_start,
                            end: i,
                        });
                    }
                    clause_start = i + 1;
                }
                if sentence_end {
                    break;
                }
                i += 1;
            }
            self.at = i + 1;
            if i > start {
                return Some(Sentence {
                    start,
                    end: i,
                    clauses,
                });
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
        assert_eq!(s[0].clauses.len(), 3);
        assert_eq!(s[1].start, 17);
    }
}
