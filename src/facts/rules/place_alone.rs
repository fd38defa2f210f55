//! Rule: a place alone as the subject (北京为4.98万亿元) has the indicator
//! of the fact before it in its ；-part, else the one its sentence opens
//! with (从GDP总量看，…; 常住人口方面，…), else the one the title ranks places
//! by (城市GDP百强榜); and owns it.
//!
//! Why: a round-up names the indicator once and goes on place by place
//! (甲市GDP为5.4万亿元，乙市为5万亿元); read alone, the second row would be
//! called 乙市 and, as a clause after 甲市, be 甲市's.
//!
//! Example: 上海GDP为5.39万亿元，北京为4.98万亿元 → 北京GDP (a row of 北京市).

use super::super::fact::{Fact, Member, LOOK_BACK};
use super::owner::{may_own, owner_of};
use crate::indicator::Dictionary;
use crate::lexicon::roundup_words::{ASPECT_FRAMES, TITLE_ASPECTS};
use crate::places::{place_at, PLACE_MAX_CHARS};
use crate::text::{ends_at, str_contains, with_chars};

/// The subject of a fact whose own subject is a place and nothing else:
/// the place with the indicator (without its own place) of the last fact
/// before it in the same ；-part.
pub(in crate::facts) fn place_alone_subject(
    before: &[Fact],
    subject: &str,
    part: usize,
    aspect: Option<&str>,
    dict: &Dictionary,
) -> Option<String> {
    // Most subjects are longer than any name of a place: no lookup.
    if subject.is_empty() || subject.chars().nth(PLACE_MAX_CHARS).is_some() {
        return None;
    }
    let whole_place = with_chars(subject, |chars| {
        place_at(chars, 0, None, &may_own).is_some_and(|(_, len)| len == chars.len())
    });
    if !whole_place {
        return None;
    }
    // Only a place's figure before, or a standard one, is an indicator a
    // place may take (江苏12.9%、广东10.4% after 有6个分布在东部地区 is not).
    let indicator = match indicator_before(before, part, dict) {
        Some((indicator, owned)) => {
            let standard = dict.canonical(&indicator).is_some();
            (owned || standard).then_some(indicator)?
        }
        None => aspect?.to_string(),
    };
    Some(format!("{subject}{indicator}"))
}

/// The standard indicator a sentence opens with in a frame (从GDP总量看，),
/// or that a title names among [`TITLE_ASPECTS`].
pub(in crate::facts) fn aspect_of(chars: &[char], start: usize, end: usize) -> Option<String> {
    let clause_end = (start..end).find(|&i| matches!(chars[i], '，' | '：'))?;
    // Most sentences open with no frame: no text is built for them.
    if !ASPECT_FRAMES
        .iter()
        .any(|(_, close)| ends_at(chars, clause_end, close))
    {
        return None;
    }
    let clause: String = chars[start..clause_end].iter().collect();
    let inner = ASPECT_FRAMES
        .iter()
        .find_map(|(open, close)| clause.strip_prefix(open)?.strip_suffix(close))?;
    crate::indicator::canonical(inner).map(|_| inner.to_string())
}

pub(in crate::facts) fn title_aspect(title: &str) -> Option<String> {
    TITLE_ASPECTS
        .iter()
        .find(|w| str_contains(title, w))
        .map(|w| w.to_string())
}

/// The subject of the last fact before in the ；-part, without the place
/// that owns it, and whether one did.
pub(in crate::facts) fn indicator_before(
    before: &[Fact],
    part: usize,
    dict: &Dictionary,
) -> Option<(String, bool)> {
    let prev = before
        .iter()
        .rev()
        .take(LOOK_BACK)
        .find(|f| f.part == part && !f.subject.is_empty())?;
    let chars: Vec<char> = prev.subject.chars().collect();
    let owner = owner_of(&chars, None, dict).map(|(_, n)| n);
    let indicator: String = chars[owner.unwrap_or(0)..].iter().collect();
    (!indicator.is_empty()).then_some((indicator, owner.is_some()))
}

/// The subject phase's interface (see `rules::RULES`).
pub(in crate::facts) fn rename(m: &mut Member, subject: &str) -> Option<String> {
    place_alone_subject(
        m.before,
        subject,
        m.part,
        m.marks.aspect.as_deref(),
        m.marks.dict,
    )
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    #[test]
    fn a_place_alone_takes_the_indicator_before_and_owns_it() {
        let r = rows("城市速览\n厦门GDP为9000亿元，泉州为1.2万亿元，福州市为1.4万亿元。\n");
        let got: Vec<_> = r
            .iter()
            .map(|r| (r.region.as_deref(), r.canonical.as_deref(), r.value))
            .collect();
        let gdp = Some("地区生产总值");
        let want = [
            (Some("厦门市"), gdp, Some(9000.0)),
            (Some("泉州市"), gdp, Some(1.2)),
            (Some("福州市"), gdp, Some(1.4)),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn places_after_an_aspect_take_it() {
        let r = rows("城市速览\n从GDP总量看，厦门、泉州分别为9000亿元、1.2万亿元。\n常住人口方面，福州850万人，厦门530万人。\n");
        let got: Vec<_> = r
            .iter()
            .map(|r| (r.region.as_deref(), r.canonical.as_deref()))
            .collect();
        let (gdp, people) = (Some("地区生产总值"), Some("常住人口"));
        let want = [
            (Some("厦门市"), gdp),
            (Some("泉州市"), gdp),
            (Some("福州市"), people),
            (Some("厦门市"), people),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn places_in_a_titled_roundup_take_the_titles_indicator() {
        let r = rows("2025年城市GDP排行\n漳州6100亿元，增长4.9%。\n");
        assert_eq!(r[0].canonical.as_deref(), Some("地区生产总值"));
        assert_eq!(r[0].region.as_deref(), Some("漳州市"));
        let r = rows("2025年城市消费观察\n漳州6100亿元。\n");
        assert_eq!(r[0].canonical, None);
    }

    #[test]
    fn places_after_no_indicator_take_none() {
        let r = rows("城市速览\n有3个分布在沿海，即：厦门12.9%、泉州10.4%。\n");
        let named = |v: f64| {
            r.iter()
                .find(|r| r.value == Some(v))
                .unwrap()
                .indicator
                .clone()
        };
        assert_eq!(named(12.9), "厦门");
        assert_eq!(named(10.4), "泉州");
    }

    #[test]
    fn a_place_inside_a_longer_subject_is_left_alone() {
        let r = rows("城市速览\n厦门GDP为9000亿元，泉州港吞吐量为3亿吨。\n");
        assert_eq!(r[1].indicator, "泉州港吞吐量");
    }
}
