//! [`Category`]: the field a row's subject belongs to, typed.
//!
//! Known from the first stage that gives it (the indicator tables, a user's
//! dictionary) to the row, the panel and the renderers; written as the
//! Chinese name (经济, 工业…) only at the boundary (`Display`, serde, the
//! dictionary's TSV).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The field of a row: 经济, 工业, 农业, 投资, 消费, 外贸, 财政, 收入, 就业,
/// 民生, 科技, 生态, 政务, 其他.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(u8)]
pub enum Category {
    /// 经济: output, growth, finance (地区生产总值, 贷款, 市场主体).
    Economy,
    /// 工业: industry and enterprises.
    Industry,
    /// 农业: farming, grain, the countryside.
    Agriculture,
    /// 投资: investment and projects.
    Investment,
    /// 消费: retail, sales, tourism.
    Consumption,
    /// 外贸: foreign trade and foreign capital.
    Trade,
    /// 财政: public finance: budget, taxes, debt.
    Finance,
    /// 收入: incomes and wages.
    Income,
    /// 就业: jobs.
    Employment,
    /// 民生: education, health, housing, welfare.
    Livelihood,
    /// 科技: science, research, innovation.
    Technology,
    /// 生态: environment, energy, pollution.
    Ecology,
    /// 政务: government services.
    Government,
    /// 其他: none of the above.
    #[default]
    Other,
}

/// The Chinese names, in the order of the variants.
const NAMES: [&str; 14] = [
    "经济", "工业", "农业", "投资", "消费", "外贸", "财政", "收入", "就业", "民生", "科技", "生态",
    "政务", "其他",
];

/// A string that is not one of the categories.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadCategory(pub String);

impl Category {
    /// Every category, in the order the documentation lists them.
    pub const ALL: [Category; 14] = [
        Category::Economy,
        Category::Industry,
        Category::Agriculture,
        Category::Investment,
        Category::Consumption,
        Category::Trade,
        Category::Finance,
        Category::Income,
        Category::Employment,
        Category::Livelihood,
        Category::Technology,
        Category::Ecology,
        Category::Government,
        Category::Other,
    ];

    /// The Chinese name, as rows and dictionaries write it.
    pub fn as_str(self) -> &'static str {
        NAMES[self as usize]
    }

    /// The names of all categories joined by `sep` (for messages).
    pub fn names(sep: &str) -> String {
        // Not `NAMES.join(sep)`: std's join adds 1.2 KB raw to the core wasm.
        NAMES[1..]
            .iter()
            .fold(NAMES[0].to_string(), |s, n| s + sep + n)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for BadCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown category '{}' (use one of {})",
            self.0,
            Category::names(", ")
        )
    }
}

impl std::error::Error for BadCategory {}

impl FromStr for Category {
    type Err = BadCategory;

    fn from_str(s: &str) -> Result<Category, BadCategory> {
        let i = NAMES.iter().position(|n| *n == s);
        i.map(|i| Category::ALL[i])
            .ok_or_else(|| BadCategory(s.to_string()))
    }
}

/// Compares with the Chinese name: `category == "经济"`.
impl PartialEq<str> for Category {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Category {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for Category {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Category {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Category, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_round_trips() {
        for c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>(), Ok(c));
            assert_eq!(c.to_string(), c.as_str());
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
            assert_eq!(serde_json::from_str::<Category>(&json).unwrap(), c);
        }
    }

    #[test]
    fn each_variant_has_its_name() {
        use Category::*;
        let named = [
            (Economy, "经济"),
            (Industry, "工业"),
            (Agriculture, "农业"),
            (Investment, "投资"),
            (Consumption, "消费"),
            (Trade, "外贸"),
            (Finance, "财政"),
            (Income, "收入"),
            (Employment, "就业"),
            (Livelihood, "民生"),
            (Technology, "科技"),
            (Ecology, "生态"),
            (Government, "政务"),
            (Other, "其他"),
        ];
        assert_eq!(named.map(|(c, _)| c), Category::ALL);
        for (c, name) in named {
            assert_eq!(c.as_str(), name);
        }
    }

    #[test]
    fn names_are_distinct_and_listed() {
        let names = Category::names("、");
        assert_eq!(
            names,
            "经济、工业、农业、投资、消费、外贸、财政、收入、就业、民生、科技、生态、政务、其他"
        );
    }

    /// The page offers the same list (www/js/i18n.js, with English names).
    #[test]
    fn the_page_lists_every_category_in_order() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/js/i18n.js");
        let js = std::fs::read_to_string(path).expect("i18n.js");
        let list = js
            .split("const CATEGORIES_EN = {")
            .nth(1)
            .expect("CATEGORIES_EN");
        let list = list.split("};").next().unwrap_or("");
        let keys: Vec<&str> = list
            .lines()
            .filter_map(|l| l.trim().split_once(':'))
            .map(|(k, _)| k)
            .collect();
        assert_eq!(keys, NAMES);
    }

    #[test]
    fn other_strings_are_refused() {
        for s in ["", "经挤", "Economy", " 经济"] {
            let e = s.parse::<Category>().unwrap_err();
            assert!(e.to_string().contains("经济, 工业"), "{e}");
        }
        assert!(serde_json::from_str::<Category>("\"经挤\"").is_err());
        assert_eq!(Category::default(), Category::Other);
    }
}
