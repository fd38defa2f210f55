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
    let mut out = Vec::new();
    let mut start = 0;
    let mut clause_start = 0;
    let mut clauses = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if ends_clause(c) || ends_sentence(c) {
            if i > clause_start {
                clauses.push(Span {
                    start: clause_start,
                    end: i,
                });
            }
            clause_start = i + 1;
        }
        if ends_sentence(c) {
            if i > start {
                out.push(Sentence {
                    start,
                    end: i,
                    clauses: std::mem::take(&mut clauses),
                });
            }
            clauses.clear();
            start = i + 1;
            clause_start = i + 1;
        }
    }
    if chars.len() > clause_start {
        clauses.push(Span {
            start: clause_start,
            end: chars.len(),
        });
    }
    if chars.len() > start {
        out.push(Sentence {
            start,
            end: chars.len(),
            clauses,
        });
    }
    out
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
