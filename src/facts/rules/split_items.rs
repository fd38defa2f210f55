//! Rule: a subject naming as many things as the list has numbers is split
//! into them: by 、, by 城乡 (城镇…, 农村…), or by 和 及 与.
//!
//! Why: 南果梨、食用菌产量分别增长17.6%和9.4% is about two things, and
//! 城乡居民人均可支配收入分别增长2.5%和3% about the urban and the rural
//! income; each number goes to its own subject.
//!
//! Example: 城乡居民人均消费支出分别增长4%和6% → 城镇居民人均消费支出 +4%,
//! 农村居民人均消费支出 +6%.

use crate::lexicon::words::URBAN_RURAL;

/// Splits a subject naming `n` things: 南果梨、食用菌产量 → 南果梨, 食用菌产量;
/// 城乡居民人均可支配收入 → 城镇…, 农村….
pub(in crate::facts) fn split_items(subject: &str, n: usize) -> Vec<String> {
    let by_comma: Vec<&str> = subject.split('、').filter(|s| !s.is_empty()).collect();
    if by_comma.len() == n {
        return by_comma.iter().map(|s| s.to_string()).collect();
    }
    let (both, urban, rural) = URBAN_RURAL;
    if n == 2 {
        if let Some(rest) = subject.strip_prefix(both) {
            return vec![format!("{urban}{rest}"), format!("{rural}{rest}")];
        }
    }
    let by_and: Vec<&str> = subject
        .split(['、', '和', '及', '与'])
        .filter(|s| !s.is_empty())
        .collect();
    if by_and.len() == n {
        return by_and.iter().map(|s| s.to_string()).collect();
    }
    vec![subject.to_string(); n]
}

#[cfg(test)]
mod tests {
    use crate::model::Row;

    fn rows(text: &str) -> Vec<Row> {
        crate::parse(text).rows
    }

    #[test]
    fn urban_rural_names_two_subjects() {
        let r = rows("城乡居民人均可支配收入分别增长2.5%和3%。");
        assert_eq!(r[0].canonical.as_deref(), Some("城镇居民人均可支配收入"));
        assert_eq!(r[1].canonical.as_deref(), Some("农村居民人均可支配收入"));
        assert_eq!(r[1].change, Some(3.0));
    }
}
