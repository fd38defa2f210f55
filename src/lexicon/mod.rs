//! Language knowledge as data: units, indicator names, change and hedge words.

pub mod indicators;
pub mod units;
pub mod words;
