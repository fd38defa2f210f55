//! The structure stage's meta equals `tests/data/*.meta.json` for the five
//! samples (titles compared after normalising and removing spaces).

use std::path::Path;
use zhibiao::model::Meta;
use zhibiao::normalize::normalize;
use zhibiao::structure::{analyze, Document};

fn load(name: &str) -> (Document, Meta) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("sample text");
    let gold = std::fs::read_to_string(dir.join(format!("{name}.meta.json"))).expect("gold meta");
    let gold: Meta = serde_json::from_str(&gold).expect("gold meta parses");
    (analyze(&normalize(&text)), gold)
}

/// Titles may differ in spaces and in the width of their punctuation.
fn comparable_title(t: &Option<String>) -> Option<String> {
    t.as_ref().map(|t| {
        normalize(t)
            .chars
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect()
    })
}

fn assert_meta(name: &str) {
    let (doc, gold) = load(name);
    let got = &doc.meta;
    assert_eq!(
        comparable_title(&got.title),
        comparable_title(&gold.title),
        "{name}: title"
    );
    assert_eq!(got.region, gold.region, "{name}: region");
    assert_eq!(got.level, gold.level, "{name}: level");
    assert_eq!(got.kind, gold.kind, "{name}: kind");
    assert_eq!(got.reports, gold.reports, "{name}: reports");
    assert_eq!(got.targets, gold.targets, "{name}: targets");
}

#[test]
fn half_year_plan_report_of_a_district() {
    assert_meta("000_0e70c44b6ee04127");
}

#[test]
fn news_article_on_a_city_year() {
    assert_meta("001_2a0b9b9555d71efe");
}

#[test]
fn annual_plan_report_of_a_district() {
    assert_meta("002_dad5926ff9a4553d");
}

#[test]
fn work_report_of_a_city() {
    assert_meta("003_77924349874fbf4a");
}

#[test]
fn work_report_with_a_bare_region_title() {
    assert_meta("004_8bcb765ebc93f113");
}

/// Prints each sample's sections with modes and periods
/// (`cargo test --test meta -- --nocapture sections`).
#[test]
fn sections_of_the_samples() {
    for name in [
        "000_0e70c44b6ee04127", "001_2a0b9b9555d71efe", "002_dad5926ff9a4553d",
        "003_77924349874fbf4a", "004_8bcb765ebc93f113",
    ] {
        let (doc, _) = load(name);
        println!(
            "== {name} current_year={:?} {:?}",
            doc.current_year, doc.meta
        );
        for s in &doc.sections {
            let heading: String = s.heading.chars().take(24).collect();
            println!(
                "{}{heading} [{}..{}] {:?} {:?}",
                "  ".repeat(s.depth as usize),
                s.start,
                s.end,
                s.mode,
                s.period
            );
            let ctx = doc.context_at(s.start);
            assert_eq!(
                ctx.mode, s.mode,
                "{name}: context at a heading has its mode"
            );
        }
        // Sections nest: each lies within its parent.
        for s in &doc.sections {
            if let Some(p) = s.parent {
                let p = &doc.sections[p];
                assert!(p.start <= s.start && s.end <= p.end, "{name}: nesting");
            }
        }
    }
}
