//! The few words the page's cells and the panel write around numbers, in
//! the page's two languages: qualifiers (约…, …以上), the change's
//! qualifier named so, a redacted value, percentage points. The terminal
//! table and the spreadsheets write Chinese ([`ZH`]).

use crate::model::Qualifier;

/// One language's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// Before and after a quantity so qualified: (约, ""), ("", 以上).
    pub approx: (&'static str, &'static str),
    pub at_least: (&'static str, &'static str),
    pub at_most: (&'static str, &'static str),
    /// Names the change's qualifier in the 限定 cell: 变化以上.
    pub change: &'static str,
    /// Between the value's and the change's qualifier.
    pub join: &'static str,
    /// The 数值 cell of a value the report redacted (XX亿元).
    pub redacted: &'static str,
    /// A gap in percentage points (a difference of two rates in %).
    pub points: &'static str,
}

pub const ZH: Words = Words {
    approx: ("约", ""),
    at_least: ("", "以上"),
    at_most: ("", "以内"),
    change: "变化",
    join: "；",
    redacted: "（隐去）",
    points: "个百分点",
};

pub const EN: Words = Words {
    approx: ("about ", ""),
    at_least: ("at least ", ""),
    at_most: ("at most ", ""),
    change: "change ",
    join: "; ",
    redacted: "(redacted)",
    points: " percentage points",
};

impl Words {
    /// The words of a page language (`en…`: English, else Chinese).
    pub fn of(lang: &str) -> &'static Words {
        if lang.starts_with("en") {
            &EN
        } else {
            &ZH
        }
    }

    /// What goes before and after a quantity qualified by `q`.
    pub fn around(&self, q: Qualifier) -> (&'static str, &'static str) {
        match q {
            Qualifier::Approx => self.approx,
            Qualifier::AtLeast => self.at_least,
            Qualifier::AtMost => self.at_most,
        }
    }

    /// The qualifier on its own: 约, 以上; about, at least.
    pub fn qualifier(&self, q: Qualifier) -> &'static str {
        // Each language writes a qualifier on one side only.
        match self.around(q) {
            (before, "") => before.strip_suffix(' ').unwrap_or(before),
            (_, after) => after,
        }
    }

    /// `text` qualified by `q`: 约6%, 22个以上, about 6%.
    pub fn qualified(&self, text: String, q: Option<Qualifier>) -> String {
        match q.map(|q| self.around(q)) {
            Some((before, after)) => format!("{before}{text}{after}"),
            None => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_words_are_the_spreadsheets_qualifiers() {
        for q in [Qualifier::Approx, Qualifier::AtLeast, Qualifier::AtMost] {
            assert_eq!(ZH.qualifier(q), crate::render::qualifier_zh(q));
        }
        assert_eq!(EN.qualifier(Qualifier::AtLeast), "at least");
        assert_eq!(ZH.qualified("6%".into(), Some(Qualifier::Approx)), "约6%");
        assert_eq!(
            EN.qualified("6%".into(), Some(Qualifier::AtMost)),
            "at most 6%"
        );
        assert_eq!(Words::of("en-GB"), &EN);
        assert_eq!(Words::of("zh"), &ZH);
    }
}
