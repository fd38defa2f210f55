//! Rule: the verb leading the first item of a 、-list (新增, 培育…) governs
//! the later items, unless the first item is a standard indicator whose name
//! holds the verb.
//!
//! Why: 新增科技型中小企业200家、高新技术企业40家 adds 40 高新技术企业; the
//! second row is an addition, not the stock of 高新技术企业. 新增城镇就业 is a
//! name of its own: its 新增 governs nothing after it.
//!
//! Example: 新增甲类企业5家、乙类企业3家 → 新增甲类企业, 新增乙类企业.

use super::super::fact::Fact;
use crate::indicator::Dictionary;
use crate::lexicon::words::LIST_VERBS;
use crate::subject;

/// 新增科技型中小企业200家、高新技术企业40家: the verb leading the first
/// item of a 、-list governs the later ones.
pub(in crate::facts) fn govern_by_list_verb(
    chars: &[char],
    before: &[Fact],
    found: &subject::Found,
    prev_end: usize,
    part: usize,
    dict: &Dictionary,
) -> Option<String> {
    let text = &found.text;
    let after_list = prev_end > 0 && chars.get(prev_end) == Some(&'、');
    if !after_list || text.is_empty() {
        return None;
    }
    let prev = before.last().filter(|f| f.part == part)?;
    // 新增城镇就业 is a name of its own: its 新增 governs nothing after it.
    if dict.canonical(&prev.subject).is_some() {
        return None;
    }
    let v = LIST_VERBS.iter().find(|v| prev.subject.starts_with(*v))?;
    (!text.starts_with(v) && !LIST_VERBS.iter().any(|w| text.starts_with(w)))
        .then(|| format!("{v}{text}"))
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::rows;

    #[test]
    fn a_list_verb_governs_later_items() {
        let r = rows("新增科技型中小企业200家、高新技术企业40家。");
        assert_eq!(r[1].indicator, "新增高新技术企业");
        assert_eq!(r[1].canonical, None);
    }
}
