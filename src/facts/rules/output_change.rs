//! Rule: 增产 and 减产 name what changed: the output of the crop or the
//! product before them, not the crop itself.
//!
//! Why: SPEC "change": in 粮食增产12.5亿斤 the number is how much the grain
//! output grew; the row's subject is 粮食产量 (a standard indicator), not
//! 粮食. A subject that already names the output (粮食总产量…，增产0.9万吨)
//! stays as written.
//!
//! Example (made up): 油菜籽减产2.3万吨 → 油菜籽产量, change −2.3 万吨.

use super::super::fact::{Member, Reading, Role};
use crate::lexicon::words::{OUTPUT_NOUN, OUTPUT_NOUNS, OUTPUT_VERBS};
use crate::text::{starts_at, str_contains};

/// The subject as the output it measures when the change's verb is 增产 or
/// 减产 and the subject names no output yet.
pub(in crate::facts) fn output_subject(
    chars: &[char],
    subject: &str,
    r: &Reading,
) -> Option<String> {
    if !matches!(r.role, Role::Change(_)) || subject.is_empty() {
        return None;
    }
    let by_output_verb = OUTPUT_VERBS
        .iter()
        .any(|v| starts_at(chars, r.verb_start, v));
    let names_output = OUTPUT_NOUNS.iter().any(|n| str_contains(subject, n));
    (by_output_verb && !names_output).then(|| format!("{subject}{OUTPUT_NOUN}"))
}

/// The subject phase's interface (see `rules::RULES`).
pub(in crate::facts) fn rename(m: &mut Member, subject: &str) -> Option<String> {
    output_subject(m.chars, subject, m.r)
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::one;

    #[test]
    fn a_crop_that_grows_more_is_its_output() {
        let r = one("稻谷增产8.6万吨。");
        assert_eq!(r.indicator, "稻谷产量");
        assert_eq!(
            (r.change, r.change_unit.as_deref()),
            (Some(8.6), Some("万吨"))
        );
        let r = one("粮食增产3.4亿斤。");
        assert_eq!(r.canonical.as_deref(), Some("粮食产量"));
        let r = one("油菜籽减产2.3万吨。");
        assert_eq!((r.indicator.as_str(), r.change), ("油菜籽产量", Some(-2.3)));
    }

    #[test]
    fn a_subject_naming_its_output_stays() {
        let r = one("蔬菜总产量增产1.5%。");
        assert_eq!(r.indicator, "蔬菜总产量");
    }
}
