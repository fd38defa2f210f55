//! Display width in a terminal: East Asian wide and full-width chars
//! ([`crate::text::is_wide`], the table stage 1 measures wraps with) take
//! two columns. A small table instead of a dependency; ambiguous-width chars
//! (“ ” ·) count as one column, as most terminals show them.

/// Columns a char takes in a terminal.
pub fn char_width(c: char) -> usize {
    match c {
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => 0,
        // Combining marks and zero-width chars.
        '\u{300}'..='\u{36F}' | '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' => 0,
        c if crate::text::is_wide(c) => 2,
        _ => 1,
    }
}

/// Columns a string takes in a terminal.
pub fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_two_columns_wide() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("亿元"), 4);
        assert_eq!(display_width("63.65亿元"), 9);
        assert_eq!(display_width("（一）"), 6);
        assert_eq!(display_width("ＡＢ"), 4);
        assert_eq!(display_width("“十四五”"), 8);
        assert_eq!(display_width(""), 0);
    }
}
