//! Rule: a figure a place ranks by (以…的, 凭借…的). The noun after 的 is
//! what is measured, the place is the one before 以 or the one that opens
//! the next clause, and the rank after the noun (居全省第二位, 位列第三) is
//! no part of the indicator.
//!
//! Why: round-ups rank places by their figures (甲市以9800亿元的经济总量居
//! 全省第二位); read as a noun after 的, the subject was the whole rank
//! with the place and 以 glued on behind.
//!
//! Examples: 宁波以9800亿元的经济总量居全省第二位 → 宁波经济总量 (a row of
//! 宁波市); 凭借8200亿元的GDP总量，无锡位列第三 → 无锡GDP总量.

use super::owner::may_own;
use crate::lexicon::roundup_words::{MEANS_LEADS, NOT_A_RANK, RANK_ENDS, RANK_LEAD, RANK_WORDS};
use crate::places::place_at;
use crate::quantity::Quantity;
use crate::subject::{self, Found};
use crate::text::{ends_at, starts_at, CharLen};

/// The subject of the numbers at `p` as `found` read it, or, when it was
/// read after 的 with a means word right before the first number, the
/// place's noun.
pub(in crate::facts) fn means_subject(chars: &[char], p: &subject::Place, found: Found) -> Found {
    means_noun(chars, &found, p.first, p.last, p.end).unwrap_or(found)
}

fn means_noun(
    chars: &[char],
    found: &Found,
    first: &Quantity,
    last: &Quantity,
    s_end: usize,
) -> Option<Found> {
    if !found.after || chars.get(last.end) != Some(&'的') {
        return None;
    }
    let lead = MEANS_LEADS
        .iter()
        .find(|w| ends_at(chars, first.start, w))?;
    let lead_start = first.start - lead.char_len();
    let noun_start = last.end + 1;
    let clause_end = (noun_start..s_end)
        .find(|&i| matches!(chars[i], '，' | '；' | '：' | '。'))
        .unwrap_or(s_end);
    let noun_end = (noun_start + 1..clause_end)
        .find(|&i| starts_a_rank(chars, i, clause_end))
        .unwrap_or(clause_end);
    let noun: String = chars[noun_start..noun_end].iter().collect();
    let (owner, end) = if found.start < lead_start {
        (chars[found.start..lead_start].iter().collect(), noun_end)
    } else {
        ranked_place_after(chars, clause_end, s_end).unwrap_or((String::new(), noun_end))
    };
    Some(Found {
        text: format!("{owner}{noun}"),
        start: found.start,
        end,
        after: true,
    })
}

/// Whether a rank starts at `i`: a rank word, or 居 with a place in a
/// ranking before the clause ends (居中部首位, 居西部第二).
fn starts_a_rank(chars: &[char], i: usize, clause_end: usize) -> bool {
    if RANK_WORDS.iter().any(|w| starts_at(chars, i, w)) {
        return true;
    }
    chars[i] == RANK_LEAD
        && !NOT_A_RANK.iter().any(|w| starts_at(chars, i, w))
        && (i + 1..clause_end).any(|k| RANK_ENDS.iter().any(|w| starts_at(chars, k, w)))
}

/// A place opening the clause after `clause_end` and ranked there (，无锡
/// 位列第三): its name as written and where it ends.
fn ranked_place_after(chars: &[char], clause_end: usize, s_end: usize) -> Option<(String, usize)> {
    if chars.get(clause_end) != Some(&'，') {
        return None;
    }
    let at = clause_end + 1;
    if at >= s_end {
        return None;
    }
    let (_, len) = place_at(&chars[..s_end], at, None, &may_own)?;
    let ranked = RANK_WORDS.iter().any(|w| starts_at(chars, at + len, w));
    ranked.then(|| (chars[at..at + len].iter().collect(), at + len))
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    #[test]
    fn the_place_before_yi_owns_the_noun_after_de() {
        let r = rows("城市速览\n泉州以1.2万亿元的经济总量居全省首位，同比增长5.3%。\n");
        assert_eq!(r[0].indicator, "经济总量");
        assert_eq!(r[0].canonical.as_deref(), Some("地区生产总值"));
        assert_eq!(r[0].region.as_deref(), Some("泉州市"));
        assert_eq!(r[0].change, Some(5.3));
    }

    #[test]
    fn the_place_ranked_after_a_pingjie_phrase_owns_it() {
        let r = rows("城市速览\n凭借6100亿元的GDP总量，漳州位列第三。\n");
        assert_eq!(r[0].canonical.as_deref(), Some("地区生产总值"));
        assert_eq!(r[0].region.as_deref(), Some("漳州市"));
        assert_eq!(r[0].value, Some(6100.0));
        // 长沙 is also a county's short name: a rank is a city's.
        let r = rows("城市速览\n凭借1.5万亿元的GDP总量，长沙位列第三。\n");
        assert_eq!(r[0].region.as_deref(), Some("长沙市"));
    }

    #[test]
    fn a_rank_in_a_wider_area_is_cut_but_a_residents_figure_kept() {
        let r = rows("城市速览\n长沙以1.5万亿元的经济总量居中部第三，南宁以4.5万元的城镇居民人均可支配收入居西部前列。\n");
        assert_eq!(r[0].indicator, "经济总量");
        assert_eq!(r[0].region.as_deref(), Some("长沙市"));
        assert_eq!(r[1].indicator, "城镇居民人均可支配收入");
        assert_eq!(r[1].region.as_deref(), Some("南宁市"));
    }

    #[test]
    fn a_means_phrase_without_a_place_keeps_the_noun() {
        let r = rows("以3.5万亿元的经济总量居全国第十位。");
        assert_eq!(r[0].indicator, "经济总量");
    }
}
