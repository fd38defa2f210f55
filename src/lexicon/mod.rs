//! Language knowledge as data: units, indicator names, change and hedge words.

pub mod furniture;
