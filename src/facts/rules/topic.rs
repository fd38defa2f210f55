//! Rule: a sentence that names no subject of its own is about the topic a
//! sentence before it in the paragraph opened with: a measure noun (产值,
//! 总量, 增速) is the topic's, a verb of addition (新登记) adds to it, no
//! subject at all is the topic itself.
//!
//! Why: reports write an industry's or a sector's plan as a topic sentence
//! and then its figures (食品产业做优精深加工……。产值突破900亿元。), or a
//! headline and its figures (经营主体稳中向好。总量达52万户，新登记6万户);
//! a row must name what the figure measures.
//!
//! Example: 纺织产业加快转型升级。产值达到420亿元。 → 纺织产业产值 420亿元.

use super::super::fact::Member;
use super::inherit_subject::is_generic;
use crate::lexicon::words::TOPIC_HEADS;
use crate::subject::without_addition;
use crate::text::{is_cjk, starts_at, CharLen};

/// How far into a sentence its topic's head may end (海洋装备产业: 6).
const TOPIC_MAX_CHARS: usize = 10;

/// The topic a sentence opens with: its first run of Chinese chars up to a
/// topic head, with at least one char before the head (新材料产业, not a
/// bare 产业), and not a verb made of one (产业化).
pub(in crate::facts) fn sentence_topic(chars: &[char], start: usize, end: usize) -> Option<String> {
    let end = end.min(start + TOPIC_MAX_CHARS);
    let mut i = start + 1;
    while i < end && is_cjk(chars[i - 1]) {
        if let Some(h) = TOPIC_HEADS.iter().find(|h| starts_at(chars, i, h)) {
            let end = i + h.char_len();
            // 产业化, 集群化: a verb, and what it stands in is no topic.
            if chars.get(end) == Some(&'化') {
                return None;
            }
            return Some(chars[start..end].iter().collect());
        }
        i += 1;
    }
    None
}

/// The subject a fact gets from the paragraph's topic, when its own names
/// nothing (and nothing before it in its ；-part gave it one).
pub(in crate::facts) fn topic_subject(subject: &str, topic: &str) -> Option<String> {
    if subject.is_empty() {
        return Some(topic.to_string());
    }
    if without_addition(subject).is_empty() {
        return Some(format!("{subject}{topic}"));
    }
    // 产业规模 after 海洋装备产业…: the topic's own 规模.
    let head = TOPIC_HEADS.iter().find(|h| topic.ends_with(*h))?;
    let rest = subject.strip_prefix(head).unwrap_or(subject);
    (is_generic(rest) && !rest.is_empty()).then(|| format!("{topic}{rest}"))
}

/// The subject phase's interface (see `rules::RULES`).
pub(in crate::facts) fn rename(m: &mut Member, subject: &str) -> Option<String> {
    topic_subject(subject, m.marks.topic.as_deref()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::test_support::rows;

    fn topic(s: &str) -> Option<String> {
        let c: Vec<char> = s.chars().collect();
        sentence_topic(&c, 0, c.len())
    }

    #[test]
    fn a_sentence_opens_with_its_topic() {
        assert_eq!(topic("纺织产业加快转型升级").as_deref(), Some("纺织产业"));
        assert_eq!(topic("经营主体稳中向好").as_deref(), Some("经营主体"));
        assert_eq!(topic("产业营收突破120亿元"), None);
        assert_eq!(topic("全县上下齐心协力推动各项产业发展"), None);
        assert_eq!(topic("推进纺织产业化经营"), None);
    }

    #[test]
    fn figures_after_a_topic_sentence_are_the_topics() {
        let r = rows("纺织产业加快转型升级。推进产业化经营。产值达到420亿元。");
        assert_eq!(r[0].indicator, "纺织产业产值");
        let r = rows("经营主体稳中向好。总量达52.3万户，新登记6.1万户。");
        assert_eq!(r[0].indicator, "经营主体总量");
        assert_eq!(r[1].indicator, "新登记经营主体");
        let r = rows("智能装备产业加快集聚，产业规模超过90亿元。");
        assert_eq!(r[0].indicator, "智能装备产业规模");
    }

    #[test]
    fn a_subject_of_its_own_or_a_new_paragraph_keeps_it() {
        let r = rows("纺织产业加快转型升级。服装产量增长5%。");
        assert_eq!(r[0].indicator, "服装产量");
        let r = rows("纺织产业加快转型升级。\n产值达到420亿元。");
        assert_eq!(r[0].indicator, "产值");
    }
}
