//! Standard names and categories for subjects: the indicator dictionary.
//!
//! The standard indicators are a data file compiled into the crate
//! (`src/lexicon/indicators.tsv`); a user adds their own in the same format
//! (`Options.dictionary`): `standard name<TAB>category<TAB>variant…`, `#`
//! starts a comment, the category may be empty.
//!
//! A subject resolves by its head and its modifiers (`src/lexicon/names.rs`):
//! aliases are rewritten on both sides, scope words (全市, 全社会, 地方…) are
//! stripped from its front, a growth-rate word after it (增速) is dropped,
//! and a modifier that changes what is measured (新增, 海洋, 对…) refuses.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

#[cfg(any(not(target_arch = "wasm32"), feature = "tables"))]
use crate::lexicon::indicators::STANDARD;
use crate::lexicon::indicators::{CATEGORY_KEYWORDS, DEFAULT_CATEGORY};
use crate::lexicon::matcher::{CharHasher, LazyIndex, WordIndex};
use crate::lexicon::names::{
    ADDITION_AFTER, ALIASES, COMPARED_WITH, COVERAGE_NOTE_LEADS, LOCATIVE, MEASURE_CHANGING,
    MEASURE_CHANGING_LEADS, MILESTONES, MILESTONE_AMOUNT_CHARS, NEUTRAL_INFIXES, RATE_WORDS,
    REPORTING_VERBS, SCOPE_WORDS,
};
use crate::model::{Category, Row};
use crate::text::{str_contains, str_find, str_replace, str_rfind, with_chars, Slice};

/// Names to entries, hashed by FNV ([`CharHasher`]): SipHash is not needed
/// for the parser's own tables, and not linking it keeps the wasm smaller.
/// Read with `get(&str)` and written with `entry` only: each method of a
/// map is compiled into the core wasm once per key and value type, and
/// `insert` and `get(&String)` weighed 0.4 KB gzip of it.
type NameMap<V> = HashMap<String, V, BuildHasherDefault<CharHasher>>;

/// One indicator: its standard name and category (none: from keywords).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    canonical: String,
    category: Option<Category>,
}

/// A set of indicators and the names that resolve to them.
#[derive(Debug, Clone, Default)]
pub struct Dictionary {
    entries: Vec<Entry>,
    /// Folded name (as written, and with its aliases rewritten) → entry.
    index: NameMap<usize>,
}

/// A line of a dictionary that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryError {
    /// 1-based line number in the dictionary text.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DictionaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for DictionaryError {}

/// The standard indicators, read once.
static STANDARD_DICTIONARY: OnceLock<Dictionary> = OnceLock::new();

/// Takes the standard indicators (the text of `indicators.tsv`) in a core
/// wasm module, which does not embed them, when none are there yet; false
/// when they already were or the text has a bad line.
#[cfg(all(target_arch = "wasm32", not(feature = "tables")))]
pub fn load_standard(tsv: &str) -> bool {
    STANDARD_DICTIONARY.get().is_none()
        && Dictionary::parse(tsv).is_ok_and(|d| STANDARD_DICTIONARY.set(d).is_ok())
}

impl Dictionary {
    /// The standard indicators shipped with the crate.
    #[cfg(any(not(target_arch = "wasm32"), feature = "tables"))]
    pub fn standard() -> &'static Dictionary {
        // The shipped file is checked by a unit test; never panic here.
        STANDARD_DICTIONARY.get_or_init(|| Dictionary::parse(STANDARD).unwrap_or_default())
    }

    /// The standard indicators the page handed over ([`load_standard`]);
    /// none before.
    #[cfg(all(target_arch = "wasm32", not(feature = "tables")))]
    pub fn standard() -> &'static Dictionary {
        static NONE: OnceLock<Dictionary> = OnceLock::new();
        STANDARD_DICTIONARY
            .get()
            .unwrap_or_else(|| NONE.get_or_init(Dictionary::default))
    }

    /// Reads a dictionary in the TSV format. Every line is either blank, a
    /// comment, or an indicator; any other line is an error naming it.
    pub fn parse(tsv: &str) -> Result<Dictionary, DictionaryError> {
        let mut dict = Dictionary::default();
        // Each name's first entry and line, in `first`; the map holds its
        // place there: a map of `usize` as `index` is, one hash map type
        // less in the core wasm.
        let (mut seen, mut first): (NameMap<usize>, Vec<(usize, usize)>) = Default::default();
        for (n, raw) in tsv.lines().enumerate() {
            let line = n + 1;
            let Some((canonical, category, variants)) = read_line(raw, line)? else {
                continue;
            };
            let i = dict.entry(canonical, category);
            for name in std::iter::once(canonical).chain(variants.iter().copied()) {
                let k = key(name);
                match seen.get(k.as_str()).map(|&s| first[s]) {
                    Some((j, at)) if j != i => {
                        return Err(DictionaryError {
                            line,
                            message: format!(
                                "'{name}' already names '{}' (line {at})",
                                dict.entries[j].canonical
                            ),
                        })
                    }
                    Some(_) => {}
                    None => {
                        seen.entry(k).or_insert(first.len());
                        first.push((i, line));
                    }
                }
                dict.add_name(name, i);
            }
        }
        Ok(dict)
    }

    /// This dictionary with a user's added: the user's names win where both
    /// name something, and a user's category replaces the standard one.
    pub fn extended(&self, user: &str) -> Result<Dictionary, DictionaryError> {
        let added = Dictionary::parse(user)?;
        let mut dict = self.clone();
        let mut names: Vec<(&String, &usize)> = added.index.iter().collect();
        crate::order::sort(&mut names);
        for e in &added.entries {
            dict.entry(&e.canonical, e.category);
        }
        for (k, &i) in names {
            let canonical = &added.entries[i].canonical;
            let j = dict.entry(canonical, None);
            *dict.index.entry(k.clone()).or_insert(j) = j;
        }
        Ok(dict)
    }

    /// The entry of a standard name, added if new; a category given
    /// replaces the one it had.
    fn entry(&mut self, canonical: &str, category: Option<Category>) -> usize {
        let i = match self.entries.iter().position(|e| e.canonical == canonical) {
            Some(i) => i,
            None => {
                self.entries.push(Entry {
                    canonical: canonical.to_string(),
                    category: None,
                });
                self.entries.len() - 1
            }
        };
        if category.is_some() {
            self.entries[i].category = category;
        }
        i
    }

    /// Indexes a name as written and with its aliases rewritten; the first
    /// entry to claim a form keeps it.
    fn add_name(&mut self, name: &str, i: usize) {
        let k = key(name);
        // Borrowed: the aliases change nothing.
        let rewritten = match rewrite(&k) {
            Cow::Owned(r) => Some(r),
            Cow::Borrowed(_) => None,
        };
        self.index.entry(k).or_insert(i);
        if let Some(r) = rewritten {
            self.index.entry(r).or_insert(i);
        }
    }

    /// The standard name of a subject, if it names a standard indicator.
    pub fn canonical(&self, subject: &str) -> Option<&str> {
        self.resolve(subject)
            .map(|i| self.entries[i].canonical.as_str())
    }

    fn resolve(&self, subject: &str) -> Option<usize> {
        let k = key(subject);
        if let Some(&i) = self.index.get(k.as_str()) {
            return Some(i);
        }
        // 城镇人口比重（常住人口城镇化率）: the bracket names the indicator.
        if let Some(i) = bracketed(&k).and_then(|inner| self.resolve_folded(inner)) {
            return Some(i);
        }
        if let Some(i) = without_coverage_note(&k).and_then(|stem| self.resolve_folded(stem)) {
            return Some(i);
        }
        self.resolve_unindexed(&k)
    }

    fn resolve_folded(&self, k: &str) -> Option<usize> {
        match self.index.get(k) {
            Some(&i) => Some(i),
            None => self.resolve_unindexed(k),
        }
    }

    /// A folded name that is not itself in the index, by its aliases
    /// rewritten, its head and the scope words it opens with.
    fn resolve_unindexed(&self, k: &str) -> Option<usize> {
        let written = rewrite(k);
        let mut rest: &str = &written;
        loop {
            if let Some((i, form)) = self.head(rest) {
                return (!changes_measure(&written, &form)).then_some(i);
            }
            if MEASURE_CHANGING_LEADS.iter().any(|w| rest.starts_with(w)) {
                return None;
            }
            let scope = SCOPES.longest_prefix(rest, rest.len())?;
            rest = rest.slice(scope.len()..);
        }
    }

    /// Looks a name up as it is, without neutral infixes, and without a
    /// growth-rate word after it. Returns the entry and the form that hit.
    fn head(&self, name: &str) -> Option<(usize, String)> {
        let hit = |form: &str| self.index.get(form).map(|&i| (i, form.to_string()));
        if let Some(found) = hit(name) {
            return Some(found);
        }
        let infixed = NEUTRAL.occurs_in(name);
        if infixed {
            let bare = NEUTRAL_INFIXES.iter().fold(name.to_string(), without_word);
            if let Some(found) = hit(&bare) {
                return Some(found);
            }
        }
        // 企业完成建筑业总产值: what is done is named after the verb.
        let bare = if infixed {
            Cow::Owned(
                NEUTRAL_INFIXES
                    .iter()
                    .filter(|w| !REPORTING_VERBS.contains(w))
                    .fold(name.to_string(), without_word),
            )
        } else {
            Cow::Borrowed(name)
        };
        if let Some(tail) = after_last_infix(&bare) {
            if let Some(found) = hit(tail) {
                return Some(found);
            }
        }
        if let Some(stem) = without_milestone(name).filter(|s| !s.is_empty()) {
            if let Some(found) = hit(stem) {
                return Some(found);
            }
        }
        if let Some(stem) = name.strip_suffix(ADDITION_AFTER).filter(|s| !s.is_empty()) {
            if let Some(found) = hit(&format!("{ADDITION_AFTER}{stem}")) {
                return Some(found);
            }
        }
        without_rate(name).and_then(hit)
    }

    /// The category of a row: its indicator's, else the first keyword found
    /// in the subject (or in the standard name when the subject has none).
    pub fn category(&self, subject: &str, canonical: Option<&str>) -> Category {
        match canonical.and_then(|c| self.entries.iter().find(|e| e.canonical == c)) {
            Some(e) => entry_category(e, subject),
            None => keyword_category(subject),
        }
    }

    /// The standard name and the category of a subject: what [`canonical`]
    /// and [`category`] give, with one look-up of the name.
    ///
    /// [`canonical`]: Dictionary::canonical
    /// [`category`]: Dictionary::category
    pub fn classify(&self, subject: &str) -> (Option<&str>, Category) {
        match self.resolve(subject) {
            Some(i) => {
                let e = &self.entries[i];
                (Some(e.canonical.as_str()), entry_category(e, subject))
            }
            None => (None, keyword_category(subject)),
        }
    }

    /// Gives a row the standard name, core flag and category this
    /// dictionary finds for its indicator.
    pub fn apply(&self, row: &mut Row) {
        Classifier::new(self).name(row);
    }
}

/// The category of a subject that names entry `e`: the entry's, else the
/// first keyword of its standard name, else of the subject.
fn entry_category(e: &Entry, subject: &str) -> Category {
    if let Some(category) = e.category {
        return category;
    }
    match keyword_category(&e.canonical) {
        DEFAULT_CATEGORY => keyword_category(subject),
        by_name => by_name,
    }
}

/// A line of a dictionary: standard name, category (if given), variants.
type Line<'a> = (&'a str, Option<Category>, Vec<&'a str>);

/// A line's text without its comment, BOM and CR: `None` when that is blank.
fn line_text(raw: &str) -> Option<&str> {
    let text = raw.split('#').next().unwrap_or("");
    let text = text.trim_start_matches('\u{feff}').trim_end_matches('\r');
    (!text.trim().is_empty()).then_some(text)
}

/// A line's columns (apart by tabs), trimmed.
fn columns(text: &str) -> impl Iterator<Item = &str> {
    text.split('\t').map(str::trim)
}

/// A dictionary line's fields as written, trimmed: standard name, category
/// ("" when none), variants; `None` for a blank or comment line. What the
/// page lists of the user's indicators (wasm `dictionaryLines`), read as
/// [`read_line`] reads it, even when that refuses the line.
pub fn line_fields(raw: &str) -> Option<(&str, &str, Vec<&str>)> {
    let mut fields = columns(line_text(raw)?);
    let name = fields.next().unwrap_or("");
    let category = fields.next().unwrap_or("");
    Some((name, category, fields.filter(|f| !f.is_empty()).collect()))
}

/// Reads one line: `None` for a blank or comment line.
fn read_line(raw: &str, line: usize) -> Result<Option<Line<'_>>, DictionaryError> {
    let Some(text) = line_text(raw) else {
        return Ok(None);
    };
    let err = |message: String| DictionaryError { line, message };
    let mut fields = columns(text);
    let canonical = fields.next().unwrap_or("");
    if canonical.is_empty() {
        return Err(err("the standard name (first column) is empty".into()));
    }
    // A byte search and a char walk: `contains('\t')` brings core's
    // substring searcher to the core wasm, `contains([' ', '\u{3000}'])`
    // a searcher of its own.
    let spaced = || canonical.chars().any(|c| matches!(c, ' ' | '\u{3000}'));
    if !text.as_bytes().contains(&b'\t') && spaced() {
        return Err(err(format!(
            "'{canonical}' holds a space: separate the columns with tabs \
             (standard name<TAB>category<TAB>variant…)"
        )));
    }
    let category = match fields.next().unwrap_or("") {
        "" => None,
        name => Some(name.parse::<Category>().map_err(|_| {
            err(format!(
                "unknown category '{name}' (use one of {}, or leave it empty)",
                Category::names(", ")
            ))
        })?),
    };
    Ok(Some((
        canonical,
        category,
        fields.filter(|f| !f.is_empty()).collect(),
    )))
}

/// Folds what varies in writing: brackets, quotes, spaces, Latin case.
fn key(s: &str) -> String {
    let fold = |c: char| match c {
        '（' => Some('('),
        '）' => Some(')'),
        '“' | '”' | '"' | '\'' | '‘' | '’' | ' ' | '\u{3000}' | '《' | '》' => None,
        c => Some(c.to_ascii_uppercase()),
    };
    // Most names are folded already: a copy, not a char-by-char rebuild.
    if s.chars().all(|c| fold(c) == Some(c)) {
        return s.to_string();
    }
    let mut k = String::with_capacity(s.len());
    k.extend(s.chars().filter_map(fold));
    k
}

/// The text inside the last bracket pair of a folded name, when the name
/// goes on before it: 城镇人口比重(常住人口城镇化率) → 常住人口城镇化率.
fn bracketed(k: &str) -> Option<&str> {
    let open = str_rfind(k, "(")?;
    let inner = k.slice(open + 1..).strip_suffix(')')?;
    (open > 0 && !inner.is_empty()).then_some(inner)
}

/// The name before a closing bracket that says what it covers:
/// 固定资产投资(不含农户) → 固定资产投资.
fn without_coverage_note(k: &str) -> Option<&str> {
    let open = str_rfind(k, "(")?;
    let inner = k.slice(open + 1..).strip_suffix(')')?;
    (open > 0 && COVERAGE_NOTE_LEADS.iter().any(|w| inner.starts_with(w))).then(|| k.slice(..open))
}

/// The name after the last reporting verb inside it (…企业完成建筑业总产值),
/// or from an addition word on (经工商登记新增市场主体 → 新增市场主体). Not
/// when the figure is placed (在外省完成…: a part, not the whole).
fn after_last_infix(name: &str) -> Option<&str> {
    if !VERBS.occurs_in(name) && !str_contains(name, ADDITION_AFTER) {
        return None;
    }
    let after_verb = REPORTING_VERBS
        .iter()
        .filter_map(|w| str_rfind(name, w).map(|i| (i, name.slice(i + w.len()..))))
        .filter(|(i, tail)| !tail.is_empty() && !str_contains(name.slice(..*i), LOCATIVE))
        .min_by_key(|(_, tail)| tail.len())
        .map(|(_, tail)| tail);
    let from_addition = str_find(name, ADDITION_AFTER)
        .filter(|&i| i > 0)
        .map(|i| name.slice(i..));
    after_verb.or(from_addition)
}

/// `s` without `w` anywhere; `s` itself (no copy) when it holds none.
fn without_word(s: String, w: &str) -> String {
    if str_contains(&s, w) {
        str_replace(&s, w, "")
    } else {
        s
    }
}

/// Word lists probed in every name looked up: most names hold none of
/// their words, and one indexed scan says so.
static NEUTRAL: LazyIndex = LazyIndex::new(NEUTRAL_INFIXES);
static VERBS: LazyIndex = LazyIndex::new(REPORTING_VERBS);
static SCOPES: LazyIndex = LazyIndex::new(SCOPE_WORDS);

/// Rewrites every alias in a folded name to its standard fragment.
fn rewrite(k: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(k);
    // Aliases build on each other (与国内生产总值之比): a few passes.
    for _ in 0..3 {
        match rewrite_once(&text) {
            Some(next) => text = Cow::Owned(next),
            None => break,
        }
    }
    text
}

/// One pass of the aliases over `text`: `None` when it changes nothing.
/// Read on the text's chars, an alias found at a position by its first two
/// (natively): most names hold no alias, and then nothing is copied.
fn rewrite_once(text: &str) -> Option<String> {
    static INDEX: OnceLock<(WordIndex, Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    let (index, written, standard) = INDEX.get_or_init(|| {
        let (written, standard): (Vec<_>, Vec<_>) = ALIASES.iter().unzip();
        (WordIndex::of(&written), written, standard)
    });
    with_chars(text, |chars| {
        let mut out: Option<String> = None;
        // `chars[..copied]` is in `out` already.
        let (mut at, mut copied) = (0, 0);
        while at < chars.len() {
            let Some((i, len)) = index.longest_at(chars, at) else {
                at += 1;
                continue;
            };
            if written[i] != standard[i] {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 8));
                o.extend(&chars[copied..at]);
                o.push_str(standard[i]);
                copied = at + len;
            }
            at += len;
        }
        let mut out = out?;
        out.extend(&chars[copied..]);
        (out != text).then_some(out)
    })
}

/// The name before a milestone (地区生产总值万亿元台阶 → 地区生产总值); the
/// stem may be empty (万亿元台阶 alone names no indicator).
pub fn without_milestone(name: &str) -> Option<&str> {
    let stem = MILESTONES.iter().find_map(|w| name.strip_suffix(w))?;
    Some(stem.trim_end_matches(MILESTONE_AMOUNT_CHARS))
}

/// The name before a growth-rate word (and a comparison after it).
fn without_rate(name: &str) -> Option<&str> {
    let name = COMPARED_WITH
        .iter()
        .find_map(|w| name.strip_suffix(w))
        .unwrap_or(name);
    RATE_WORDS
        .iter()
        .filter_map(|w| name.strip_suffix(w))
        .min_by_key(|h| h.len())
        .filter(|h| !h.is_empty())
}

/// True when the subject holds a measure-changing modifier that the name it
/// resolved to does not.
fn changes_measure(written: &str, form: &str) -> bool {
    MEASURE_CHANGING
        .iter()
        .any(|w| str_contains(written, w) && !str_contains(form, w))
}

/// The standard name of a subject among the standard indicators.
pub fn canonical(subject: &str) -> Option<&'static str> {
    Dictionary::standard().canonical(subject)
}

/// The category of a row among the standard indicators.
pub fn category(subject: &str, canonical: Option<&str>) -> Category {
    Dictionary::standard().category(subject, canonical)
}

/// The first keyword of the table found anywhere in a text.
fn keyword_category(text: &str) -> Category {
    static INDEX: OnceLock<(WordIndex, Vec<Category>)> = OnceLock::new();
    let (index, categories) = INDEX.get_or_init(|| {
        let (keywords, names): (Vec<_>, Vec<_>) = CATEGORY_KEYWORDS.iter().unzip();
        let categories = names.iter().map(|n| n.parse().unwrap_or_default());
        (WordIndex::of(&keywords), categories.collect())
    });
    // Loops, not a flat_map (0.3 KB gzip of the core wasm).
    let first = with_chars(text, |chars| {
        let mut first: Option<usize> = None;
        for i in 0..chars.len() {
            for k in index.all_at(chars, i) {
                first = Some(first.map_or(k, |f| f.min(k)));
            }
        }
        first
    });
    first.map_or(DEFAULT_CATEGORY, |k| categories[k])
}

mod remembered;
pub use remembered::Classifier;

#[cfg(test)]
mod tests;
