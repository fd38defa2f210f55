//! The lines of the document, trimmed.

/// A non-empty line, `[start, end)` without its leading and trailing blanks.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line {
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) fn split_lines(c: &[char]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut s = 0;
    for i in 0..=c.len() {
        if i == c.len() || c[i] == '\n' {
            let (a, b) = trim(c, s, i);
            if a < b {
                out.push(Line { start: a, end: b });
            }
            s = i + 1;
        }
    }
    out
}

pub(super) fn trim(c: &[char], mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && c[a].is_whitespace() {
        a += 1;
    }
    while b > a && c[b - 1].is_whitespace() {
        b -= 1;
    }
    (a, b)
}
