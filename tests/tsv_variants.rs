//! No variant in `src/lexicon/indicators.tsv` that the name rules (aliases,
//! scope words, modifiers: `src/lexicon/names.rs`) already bring to the same
//! standard name from the standard names alone: such a line adds nothing
//! but a phrase to keep in step.

use zhibiao::Dictionary;

const TABLE: &str = include_str!("../src/lexicon/indicators.tsv");

/// Each indicator line: its standard name, category and variants.
fn lines() -> Vec<Vec<&'static str>> {
    TABLE
        .lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
        .collect()
}

#[test]
fn no_variant_the_name_rules_already_give() {
    let names_only: String = lines()
        .iter()
        .map(|f| format!("{}\t{}\n", f[0], f.get(1).unwrap_or(&"")))
        .collect();
    let dict = Dictionary::parse(&names_only).expect("the standard names read");
    let redundant: Vec<String> = lines()
        .iter()
        .flat_map(|f| f.iter().skip(2).map(move |v| (f[0], *v)))
        .filter(|(name, v)| !v.is_empty() && dict.canonical(v) == Some(*name))
        .map(|(name, v)| format!("{v} → {name}"))
        .collect();
    assert!(
        redundant.is_empty(),
        "{} variants the name rules already give:\n{}",
        redundant.len(),
        redundant.join("\n")
    );
}
