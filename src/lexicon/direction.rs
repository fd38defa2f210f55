//! Which standard indicators are better when lower: the panel's "met" test
//! for a plain target (no 以上/以内) reads a result below the target as met
//! for these, above it for every other indicator (growth, income, output).
//!
//! Matched as substrings of the canonical name.

use super::packed::Words;
use crate::text::str_contains;

pub const LOWER_IS_BETTER: Words = crate::words![
    // 城镇调查失业率控制在5.5%: a ceiling.
    "失业率", // 居民消费价格涨幅3%: a ceiling on inflation.
    "居民消费价格", "价格涨幅",
    // 单位地区生产总值能耗下降: energy per unit of output, emissions.
    "能耗", "能源消耗", "排放", // PM2.5 and other pollutant concentrations.
    "浓度", "赤字率", "负债率", "债务率", "死亡人数", "发生率",
];

/// True when a lower figure is the better one for this standard indicator.
pub fn lower_is_better(canonical: &str) -> bool {
    LOWER_IS_BETTER.iter().any(|w| str_contains(canonical, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceilings_and_growth() {
        assert!(lower_is_better("城镇调查失业率"));
        assert!(lower_is_better("居民消费价格涨幅"));
        assert!(!lower_is_better("地区生产总值"));
        assert!(!lower_is_better("一般公共预算收入"));
    }
}
