//! Numbers: Arabic and Chinese numerals, ranges, placeholders.
