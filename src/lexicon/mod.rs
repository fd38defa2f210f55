//! Language knowledge as data: units, indicator names, change and hedge words.

pub mod direction;
pub mod divisions;
pub mod furniture;
pub mod indicators;
pub mod matcher;
pub mod names;
pub mod packed;
pub mod roundup_words;
pub mod span_words;
pub mod structure_words;
pub mod table_words;
pub mod time_words;
pub mod units;
pub mod words;
