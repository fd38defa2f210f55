//! Stage 4: quantities — a number with its unit, range and qualifiers.
//!
//! Scans a stretch of normalised text for numbers that carry a unit, reads
//! ranges (1-2家), qualifiers before (约, 近, 超过), inside (50余人) and after
//! (以上, 左右), and leaves out numbers that are names or ordinals (5G,
//! PM2.5, “1+N”, 第17次), specifications (66千伏) and thresholds inside a
//! subject (3000万元以上项目).

use std::sync::OnceLock;

use crate::lexicon::matcher::{CharSet, LazyIndex, WordIndex};
use crate::lexicon::units::{PER_HEAD_UNITS, RATE_UNITS, SHARE_WORDS};
use crate::lexicon::words::{
    CAPACITY_UNITS, COUNTED_PLACES, DIMENSION_WORDS, DOUBLING, DOUBLING_NAMES, FLOW_COMPARISONS,
    LENGTH_UNITS, LIST_JOINTS, NAME_TIME_UNITS, ONE_OF, ORDINAL_BEFORE, PLACE_COUNT_UNIT,
    PROJECT_NOUNS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, QUOTE_MARKS, RANGE_JOINERS,
    STRUCTURE_NOUNS, UNIT_WORD_CLASHES, VAGUE_COUNTS,
};
use crate::model::Qualifier;
use crate::number::{self, Number};
use crate::text::{match_at, starts_at, CharLen};

/// A number with its unit, as found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Start of the quantity including a qualifier before the number.
    pub start: usize,
    /// Start of the number itself.
    pub num_start: usize,
    /// End of the unit (before a qualifier after it).
    pub unit_end: usize,
    /// End including a qualifier after the unit.
    pub end: usize,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: UnitText,
    pub qualifier: Option<Qualifier>,
    pub placeholder: bool,
    /// The unit counts things (个, 家, 户…) rather than measuring them.
    pub counts: bool,
    /// Stated by a word (翻一番, 倍增) rather than a number: always a change.
    pub word_change: bool,
}

impl Quantity {
    /// The unit is a rate: %, ‰, 个百分点 or 倍.
    pub fn is_rate(&self) -> bool {
        RATE_UNITS.contains(&self.unit)
    }
}

fn qualifier_before(chars: &[char], from: usize, at: usize) -> (usize, Option<Qualifier>) {
    match qualifiers_before().longest_ending_at(chars, from, at) {
        Some((k, n)) => (at - n, Some(QUALIFIERS_BEFORE[k].1)),
        None => (at, None),
    }
}

/// [`QUALIFIERS_BEFORE`] by last char: most numbers have none before them,
/// which one probe tells.
fn qualifiers_before() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(|| WordIndex::new(QUALIFIERS_BEFORE.iter().map(|(w, _)| *w)))
}

fn qualifier_after(chars: &[char], at: usize) -> Option<(usize, Qualifier)> {
    QUALIFIERS_AFTER
        .iter()
        .find(|(w, _)| starts_at(chars, at, w))
        .map(|(w, q)| (at + w.char_len(), *q))
}

fn is_name_char(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '+' | '·' | '/' | '#' | '_' | '@'))
}

/// A number glued to Latin letters, '+' or '·' is part of a name (5G,
/// PM2.5, 1+N, 6·27); one after 第 or 年产 is an ordinal or a capacity.
fn is_name_or_ordinal(chars: &[char], from: usize, n: &Number) -> bool {
    let before = n.start.checked_sub(1).and_then(|i| chars.get(i));
    if is_name_char(before) || before.is_some_and(|c| c.is_ascii_digit() || *c == '.') {
        return true;
    }
    let after = chars.get(n.end);
    let per_head = || PER_HEAD_UNITS.iter().any(|u| starts_at(chars, n.end, u));
    if after.is_some_and(|c| matches!(c, '+' | '·' | '/' | '#' | '_' | '@')) && !per_head() {
        return true;
    }
    ORDINALS.ending_at(chars, from, n.start).is_some()
}

static ORDINALS: LazyIndex = LazyIndex::new(ORDINAL_BEFORE);
static FLOWS: LazyIndex = LazyIndex::new(FLOW_COMPARISONS);

/// Reads the number at `i`: Arabic, a placeholder, or (after a qualifier
/// such as 近 or 超) a Chinese numeral.
fn number_at(chars: &[char], from: usize, i: usize) -> Option<Number> {
    let c = chars[i];
    if c.is_ascii_digit() {
        return number::arabic_at(chars, i);
    }
    if is_minus_sign(chars, i) {
        // 增长-2.6%: a negative number written after the verb.
        let n = number::arabic_at(chars, i + 1)?;
        return Some(Number {
            start: i,
            value: n.value.map(|v| -v),
            ..n
        });
    }
    if matches!(c, 'X' | 'x' | '×') {
        let before = i.checked_sub(1).and_then(|j| chars.get(j));
        if before.is_some_and(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        return number::placeholder_at(chars, i);
    }
    // A numeral's chars after its first are not read again.
    if i > from && number::is_chinese_numeral(chars[i - 1]) {
        return None;
    }
    // Natively, a numeral char alone (一是, 进一步) is passed over without
    // reading it, unless a qualifier makes it a number (近千家): what the
    // reading would decide, found sooner (the core keeps its bytes).
    #[cfg(not(target_arch = "wasm32"))]
    if !chars
        .get(i + 1)
        .is_some_and(|&n| n == '点' || number::is_chinese_numeral(n))
        && !rate_at(chars, i + 1)
        && qualifier_before(chars, from, i).1.is_none()
    {
        return None;
    }
    let (n, figure) = number::chinese_at(chars, i)?;
    // 四万三千八百亿元, 一点五个百分点, 两个百分点, 三倍: a figure in Chinese
    // numerals, or a numeral before a rate; in quotes it opens a name
    // (“十五条措施”).
    if (figure || rate_at(chars, n.end)) && !(i > 0 && QUOTE_MARKS.contains(&chars[i - 1])) {
        return Some(n);
    }
    let vague = VAGUE_COUNTS.iter().any(|w| starts_at(chars, i, w));
    (qualifier_before(chars, from, i).1.is_some() && !vague).then_some(n)
}

/// A rate unit (个百分点, 倍) written at `at`.
fn rate_at(chars: &[char], at: usize) -> bool {
    RATE_UNITS.iter().any(|u| starts_at(chars, at, u))
}

/// A minus sign: before a digit and after Chinese text, where it cannot
/// join a range (1-2家) or a code (0412-2345678).
fn is_minus_sign(chars: &[char], i: usize) -> bool {
    matches!(chars[i], '-' | '−' | '－')
        && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
        && i.checked_sub(1)
            .is_some_and(|p| crate::text::is_cjk(chars[p]))
}

/// Scans `chars[from..to]` for quantities, in order.
pub fn scan(chars: &[char], from: usize, to: usize) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = from;
    let first = quantity_starts();
    // Most chars start no quantity: passed over in one test each.
    while let Some(next) = first.next_in(&chars[..to], i) {
        i = next;
        if let Some((q, next)) = doubling_at(chars, i).or_else(|| share_words_at(chars, from, i)) {
            out.push(q);
            i = next;
            continue;
        }
        let Some(n) = number_at(chars, from, i) else {
            // A digit run that is no number (beyond f64) is skipped whole:
            // re-reading it from each of its digits would be quadratic.
            i = if chars[i].is_ascii_digit() {
                skip_token(chars, i, to)
            } else {
                i + 1
            };
            continue;
        };
        let next = n.end.max(i + 1);
        if is_name_or_ordinal(chars, from, &n) {
            i = skip_token(chars, next, to);
            continue;
        }
        match quantity_from(chars, from, to, n) {
            Some(q) => {
                i = q.end;
                out.push(q);
            }
            None => i = skip_token(chars, next, to),
        }
    }
    out
}

/// The chars a quantity can start with ([`QUANTITY_START_CHARS`]).
fn quantity_starts() -> &'static CharSet {
    static FIRST: OnceLock<CharSet> = OnceLock::new();
    FIRST.get_or_init(|| CharSet::new(QUANTITY_START_CHARS.chars()))
}

/// Digits, minus signs, placeholders, Chinese numerals (with 万, 亿) and
/// the first chars of the doubling words (a test checks them).
const QUANTITY_START_CHARS: &str = "0123456789-−－Xx×零〇一二两三四五六七八九十百千万亿增翻倍";

/// Skips the rest of an alphanumeric token (2.0版, 4A, 12345).
fn skip_token(chars: &[char], mut i: usize, to: usize) -> usize {
    while i < to && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
        i += 1;
    }
    i
}

/// A doubling word at `i`, whose char [`quantity_starts`] holds. No
/// doubling word starts with a digit (a test checks): digits, the most
/// frequent starts, are not compared with the words.
fn doubling_at(chars: &[char], i: usize) -> Option<(Quantity, usize)> {
    if chars[i].is_ascii_digit() {
        return None;
    }
    let (word, value) = DOUBLING.iter().find(|(w, _)| starts_at(chars, i, w))?;
    let end = i + word.char_len();
    if DOUBLING_NAMES.iter().any(|w| starts_at(chars, end, w)) {
        return None;
    }
    Some((
        Quantity {
            start: i,
            num_start: i,
            unit_end: end,
            end,
            value: Some(*value),
            value_max: None,
            unit: unit_word("倍"),
            qualifier: None,
            placeholder: false,
            counts: false,
            word_change: true,
        },
        end,
    ))
}

/// A share written in words, as older reports write it (增长百分之九点六,
/// 百分之12, 千分之十二点五): the number after the word, in digits or
/// Chinese numerals, and a second one after a joiner (百分之八至九).
fn share_words_at(chars: &[char], from: usize, i: usize) -> Option<(Quantity, usize)> {
    let &(word, unit) = SHARE_WORDS.iter().find(|(w, _)| starts_at(chars, i, w))?;
    let at = i + word.char_len();
    let n = if chars.get(at)?.is_ascii_digit() {
        number::arabic_at(chars, at)?
    } else {
        number::chinese_at(chars, at)?.0
    };
    let second = share_words_range_end(chars, n.end, word);
    let unit_end = second.as_ref().map_or(n.end, |m| m.end);
    let (start, before) = qualifier_before(chars, from, i);
    let (end, qualifier) = match qualifier_after(chars, unit_end) {
        Some((end, q)) => (end, Some(q)),
        None => (unit_end, before),
    };
    let q = Quantity {
        start,
        num_start: i,
        unit_end,
        end,
        value: n.value,
        value_max: second.and_then(|m| m.value),
        unit: unit_word(unit),
        qualifier,
        placeholder: false,
        counts: false,
        word_change: false,
    };
    Some((q, end))
}

/// The second number of a share in words after a joiner at `at`, with
/// the share's word again or not (百分之八到百分之九).
fn share_words_range_end(chars: &[char], at: usize, word: &str) -> Option<Number> {
    if !RANGE_JOINERS.contains(chars.get(at)?) {
        return None;
    }
    let k = match_at(chars, at + 1, word).unwrap_or(at + 1);
    number::chinese_at(chars, k).map(|(n, _)| n)
}

/// Builds a quantity from a number: its unit, range and qualifiers.
fn quantity_from(chars: &[char], from: usize, to: usize, n: Number) -> Option<Quantity> {
    let (mut value_max, mut unit_pos) = (None, n.end);
    // 1-2家: a range before the unit.
    if let Some(second) = range_end_at(chars, n.end, to) {
        value_max = second.value;
        unit_pos = second.end;
    }
    let mut unit = match unit_at(chars, unit_pos) {
        Some(u) => u,
        None => unit_written_after(chars, unit_pos, to)?,
    };
    if unit.end > to || unit.spec || starts_a_word(chars, unit_pos, &unit) {
        return None;
    }
    extend_unit(chars, to, &mut unit);
    // 3%-5%: a range after the unit.
    if value_max.is_none() {
        if let Some(second) = range_end_at(chars, unit.end, to) {
            if let Some(u2) = unit_at(chars, second.end) {
                if u2.text == unit.text && u2.end <= to {
                    value_max = second.value;
                    unit.end = u2.end;
                }
            }
        }
    }
    if followed_by_structure_noun(chars, unit.end)
        || is_named_time_span(chars, &unit)
        || names_a_set_or_a_capacity(chars, to, &unit)
        || counts_the_places_of_a_figure(chars, to, &unit)
        || FLOWS.ending_at(chars, 0, n.start).is_some()
    {
        return None;
    }
    let (start, before_q) = qualifier_before(chars, from, n.start);
    let mut qualifier = unit.qualifier.or(before_q);
    let mut end = unit.end;
    if let Some((after_end, q)) = qualifier_after(chars, unit.end) {
        // 3000万元以上项目: a measure, 以上, then a noun is a threshold.
        if !unit.counts && !is_rate_text(&unit.text) && continues_with_noun(chars, after_end) {
            return None;
        }
        qualifier = Some(q);
        end = after_end;
    }
    Some(Quantity {
        start,
        num_start: n.start,
        unit_end: unit.end,
        end,
        value: n.value,
        value_max,
        counts: unit.counts,
        unit: unit.text,
        qualifier,
        placeholder: n.placeholder,
        word_change: false,
    })
}

/// How many bare numbers a unit written once may serve before it.
const LIST_NUMBERS: usize = 4;

/// 0.5和0.3个百分点: a bare number joined to the next ones of a list takes
/// the unit written after the last, ending where the number ends (`at`).
fn unit_written_after(chars: &[char], at: usize, to: usize) -> Option<UnitMatch> {
    let mut joint = at;
    for _ in 0..LIST_NUMBERS {
        if !LIST_JOINTS.contains(chars.get(joint)?) {
            return None;
        }
        let n = number::arabic_at(chars, joint + 1)?;
        if n.end > to {
            return None;
        }
        if let Some(u) = plain_unit_at(chars, n.end) {
            return Some(UnitMatch {
                end: at,
                qualifier: None,
                ..u
            });
        }
        joint = n.end;
    }
    None
}

/// A unit goes on with a unit it is divided by (58万元/人, 3000元/吨) or an
/// alternative in brackets (35条（段）): both are part of the unit as written.
fn extend_unit(chars: &[char], to: usize, unit: &mut UnitMatch) {
    if RATE_UNITS.contains(&unit.text) {
        return;
    }
    let at = unit.end;
    let per = chars.get(at) == Some(&'/');
    let bracket = matches!(chars.get(at), Some('（' | '('));
    if !per && !bracket {
        return;
    }
    let Some(next) = plain_unit_at(chars, at + 1) else {
        return;
    };
    let closes = |c: Option<&char>| matches!(c, Some('）' | ')'));
    let end = if per {
        next.end
    } else if closes(chars.get(next.end)) {
        next.end + 1
    } else {
        return;
    };
    if end <= to && !RATE_UNITS.contains(&next.text) {
        unit.text = chars[unit.end - unit.text.char_len()..end]
            .iter()
            .copied()
            .collect();
        unit.end = end;
    }
}

fn is_rate_text(unit: &str) -> bool {
    RATE_UNITS.contains(unit)
}

fn continues_with_noun(chars: &[char], at: usize) -> bool {
    chars
        .get(at)
        .is_some_and(|c| crate::text::is_cjk(*c) && *c != '的' && *c != '，')
}

/// 2024项目攻坚年: a one-char unit that begins a word is no unit.
fn starts_a_word(chars: &[char], at: usize, unit: &UnitMatch) -> bool {
    unit.end == at + 1 && UNIT_WORD_CLASHES.iter().any(|w| starts_at(chars, at, w))
}

/// 10分钟健身圈: a time span followed by a noun names a scheme.
fn is_named_time_span(chars: &[char], unit: &UnitMatch) -> bool {
    let next = chars.get(unit.end);
    let named = NAME_TIME_UNITS.contains(&unit.text)
        && next.is_some_and(|c| crate::text::is_cjk(*c) && *c != '的');
    let dimension =
        LENGTH_UNITS.contains(&unit.text) && next.is_some_and(|c| DIMENSION_WORDS.contains(c));
    named || dimension
}

/// How far after a unit its noun may run to 之一 or to a project noun.
const NOUN_RUN: usize = 12;

/// 首批5个示范区之一: the size of a set the subject belongs to; 30万吨乙烯
/// 项目: a capacity (a measure other than money) inside a project's name.
fn names_a_set_or_a_capacity(chars: &[char], to: usize, unit: &UnitMatch) -> bool {
    let stop = (unit.end + NOUN_RUN).min(to);
    let run_end = (unit.end..stop)
        .find(|&i| !crate::text::is_cjk(chars[i]))
        .unwrap_or(stop);
    let holds = |w: &str| (unit.end..run_end).any(|i| starts_at(&chars[..run_end], i, w));
    if holds(ONE_OF) {
        return true;
    }
    let capacity = CAPACITY_UNITS.iter().any(|u| unit.text.ends_with(u));
    capacity && PROJECT_NOUNS.iter().any(holds)
}

/// 31个省（区、市）…规模2.56万亿元: a count of places followed, in the same
/// clause, by a figure of theirs.
const RANK_MARK: char = '级';

fn counts_the_places_of_a_figure(chars: &[char], to: usize, unit: &UnitMatch) -> bool {
    let Some(noun) = (unit.text == PLACE_COUNT_UNIT)
        .then(|| crate::text::longest_at(chars, unit.end, COUNTED_PLACES))
        .flatten()
    else {
        return false;
    };
    let after = unit.end + noun;
    // 10个县级服务中心: a rank, not a place.
    if chars.get(after) == Some(&RANK_MARK) {
        return false;
    }
    let clause_end = (after..to)
        .find(|&i| matches!(chars[i], '，' | '。' | '；'))
        .unwrap_or(to);
    let Some(figure) = (after..clause_end).find(|&i| chars[i].is_ascii_digit()) else {
        return false;
    };
    // 在8个城市设置监测点16个: a second count is a figure of its own.
    let figure_end = (figure..clause_end)
        .find(|&i| !chars[i].is_ascii_digit() && chars[i] != '.')
        .unwrap_or(clause_end);
    !starts_at(chars, figure_end, PLACE_COUNT_UNIT)
}

fn followed_by_structure_noun(chars: &[char], at: usize) -> bool {
    STRUCTURE_NOUNS.iter().any(|w| starts_at(chars, at, w))
}

/// The second number of a range starting at a dash at `at`.
fn range_end_at(chars: &[char], at: usize, to: usize) -> Option<Number> {
    let dash = *chars.get(at)?;
    if !RANGE_JOINERS.contains(&dash) || at + 1 >= to {
        return None;
    }
    let n = number::arabic_at(chars, at + 1)?;
    (n.end <= to).then_some(n)
}

mod unit;
pub use unit::UnitText;
use unit::{plain_unit_at, unit_at, unit_word, UnitMatch};

#[cfg(test)]
mod tests;
