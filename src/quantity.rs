//! Quantities: a number with its unit, range and qualifiers.
