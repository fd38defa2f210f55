//! Display width in a terminal: East Asian wide and full-width chars take
//! two columns. A small table instead of a dependency; ambiguous-width chars
//! (“ ” ·) count as one column, as most terminals show them.

/// Columns a char takes in a terminal.
pub fn char_width(c: char) -> usize {
    match c {
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => 0,
        // Combining marks and zero-width chars.
        '\u{300}'..='\u{36F}' | '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' => 0,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE6F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{1F300}'..='\u{1F64F}'
        | '\u{1F900}'..='\u{1F9FF}'
        | '\u{20000}'..='\u{3FFFD}' => 2,
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
