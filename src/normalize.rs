//! Stage 1: normalise the input text, keeping a map back to the input.
//!
//! Folds full-width digits, letters and punctuation to the forms the later
//! stages expect, unifies line ends, drops spaces that only separate a number
//! from its unit or from Chinese text, and joins hard line breaks. Every
//! output char remembers the code point offset of the input char it came
//! from, so rows can point into the text exactly as the user gave it.

/// Normalised text with an offset map back to the input.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalised text, one `char` per position.
    pub chars: Vec<char>,
    /// `map[i]` is the code point offset in the input of `chars[i]`.
    map: Vec<usize>,
    /// Length of the input in code points.
    input_len: usize,
}

impl Normalized {
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The normalised text between two char positions as a `String`.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start.min(self.len())..end.min(self.len())]
            .iter()
            .collect()
    }

    /// Maps a span of normalised positions `[start, end)` to code point
    /// offsets `[start, end)` in the input. Always `start <= end <= input len`.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || start >= self.len() {
            let at = self.map.get(start).copied().unwrap_or(self.input_len);
            return (at, at);
        }
        let end = end.min(self.len());
        let s = self.map[start];
        let e = (self.map[end - 1] + 1).min(self.input_len);
        (s, e.max(s))
    }
}

/// Folds one char: full-width ASCII to half-width, ideographic space to space.
/// Chinese punctuation is kept (，。；：、 carry meaning for clause splitting).
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            let folded = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            // Keep the Chinese forms of clause punctuation; fold the rest.
            match folded {
                ',' => '，',
                ';' => '；',
                ':' => '：',
                '!' => '！',
                '?' => '？',
                _ => folded,
            }
        }
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' => ' ',
        '\u{FEFF}' => '\u{200B}',
        '．' => '.',
        _ => c,
    }
}

/// Half-width clause punctuation written between Chinese text is folded to
/// the Chinese form, so `,` and `，` split clauses alike.
fn fold_ascii_punct(prev: Option<char>, c: char, next: Option<char>) -> char {
    let digit = |x: Option<char>| x.is_some_and(|x| x.is_ascii_digit());
    match c {
        ',' if !(digit(prev) && digit(next)) => '，',
        ';' => '；',
        ':' if !(digit(prev) && digit(next)) => '：',
        '(' => '（',
        ')' => '）',
        _ => c,
    }
}

pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Normalise `input` (see the module docs).
pub fn normalize(input: &str) -> Normalized {
    let src: Vec<char> = input.chars().map(fold_char).collect();
    let mut out = Normalized {
        chars: Vec::with_capacity(src.len()),
        map: Vec::with_capacity(src.len()),
        input_len: src.len(),
    };
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        match c {
            '\u{200B}' => {}
            '\r' => {
                if src.get(i + 1) != Some(&'\n') {
                    push(&mut out, '\n', i);
                }
            }
            ' ' | '\t' => {
                // Drop spaces between a number, a unit and Chinese text; keep
                // one between two Latin words.
                let prev = out.chars.last().copied();
                let next = src[i + 1..]
                    .iter()
                    .copied()
                    .find(|c| *c != ' ' && *c != '\t');
                let keep = matches!((prev, next), (Some(a), Some(b)) if a.is_ascii_alphabetic() && b.is_ascii_alphabetic());
                if keep && prev != Some(' ') {
                    push(&mut out, ' ', i);
                }
            }
            _ => {
                let prev = out.chars.last().copied();
                let next = src.get(i + 1).copied();
                push(&mut out, fold_ascii_punct(prev, c, next), i);
            }
        }
        i += 1;
    }
    join_wrapped_lines(out)
}

fn push(out: &mut Normalized, c: char, at: usize) {
    out.chars.push(c);
    out.map.push(at);
}

/// Joins line breaks that cut a sentence (PDF copy-paste), keeps the ones
/// that end a paragraph or a heading.
fn join_wrapped_lines(n: Normalized) -> Normalized {
    let mut out = Normalized {
        chars: Vec::with_capacity(n.chars.len()),
        map: Vec::with_capacity(n.chars.len()),
        input_len: n.input_len,
    };
    let mut i = 0;
    let mut line_start = 0;
    while i < n.chars.len() {
        let c = n.chars[i];
        if c != '\n' {
            push(&mut out, c, n.map[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n.chars.len() && n.chars[j] == '\n' {
            j += 1;
        }
        let line_len = out.chars.len() - line_start;
        let last = out.chars.last().copied();
        let next = n.chars.get(j).copied();
        if should_join(line_len, last, next) {
            i = j;
            continue;
        }
        push(&mut out, '\n', n.map[i]);
        line_start = out.chars.len();
        i = j;
    }
    out
}

fn should_join(line_len: usize, last: Option<char>, next: Option<char>) -> bool {
    let (Some(last), Some(next)) = (last, next) else {
        return false;
    };
    let ends_sentence = matches!(
        last,
        '。' | '；' | '！' | '？' | '：' | '”' | '」' | '）' | '.'
    );
    let starts_heading = matches!(
        next,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '（' | '—' | '第'
    ) || next.is_ascii_digit();
    line_len >= 25
        && !ends_sentence
        && !starts_heading
        && (is_cjk(last) || last.is_ascii_alphanumeric() || last == '，' || last == '、')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s).chars.iter().collect()
    }

    #[test]
    fn folds_width_and_drops_spaces_around_numbers() {
        assert_eq!(
            norm("完成 ６３.６５ 亿元，增长５.２％"),
            "完成63.65亿元，增长5.2%"
        );
    }

    #[test]
    fn maps_back_to_input_offsets() {
        let n = normalize("增长 5.2 %");
        let s: String = n.chars.iter().collect();
        assert_eq!(s, "增长5.2%");
        assert_eq!(n.original_span(2, 6), (3, 8));
    }

    #[test]
    fn crlf_becomes_lf() {
        assert_eq!(norm("一、总体\r\n二、目标"), "一、总体\n二、目标");
    }
}
