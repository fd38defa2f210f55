//! Score regression test: a port of `eval/score.py` (and the helpers it
//! uses from `goldlib.py`) run on `zhibiao::parse` over `tests/data/*.txt`,
//! compared with the floors in `tests/score_floor.json`.
//!
//! - `cargo test --release --test score -- --nocapture` prints the figures.
//! - `UPDATE_FLOOR=1 cargo test --release --test score` writes the current
//!   figures as the new floors.
//!
//! - `SCORE_PRED_DIR=DIR cargo test --test score -- --nocapture` scores the
//!   jsonl files in DIR instead (no floor check): the same files given to
//!   `score.py --pred DIR` must give the same figures.
//!
//! The test fails when a figure drops more than [`TOLERANCE`] below its floor.
//!
//! The port works on JSON values so that `.get()`, truthiness and `==` behave
//! as in Python. One approximation: score.py folds names with NFKC; here the
//! fold covers what matters in these reports — full-width ASCII to ASCII,
//! white space (Python's `isspace`) dropped, and punctuation (general category
//! P*, Unicode 14 as in Python 3.11) dropped for the Latin-1, general and
//! supplemental punctuation, bracket, CJK, vertical, small and full-width
//! forms blocks. Other NFKC mappings (compatibility ideographs, ㎡, ², ①)
//! and punctuation of other scripts are left alone.

use serde_json::{Map, Value};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

type Obj = Map<String, Value>;

const TOLERANCE: f64 = 0.002;
const LEVELS: [&str; 3] = ["quantity", "attributed", "exact"];
const EXACT_FIELDS: [&str; 9] = [
    "canonical", "change", "changeMax", "changeUnit", "valueQualifier", "changeQualifier",
    "status", "period", "placeholder",
];

// ---- goldlib.py -----------------------------------------------------------

/// `dict.get(key)`: missing keys read as null.
fn get<'a>(o: &'a Obj, key: &str) -> &'a Value {
    o.get(key).unwrap_or(&Value::Null)
}

/// Python's truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// `float(v)` for what JSON holds; None where Python raises.
fn py_float(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Python's `==` on JSON values: numbers (and bools) compare by value.
fn py_eq(a: &Value, b: &Value) -> bool {
    let numeric = |v: &Value| matches!(v, Value::Number(_) | Value::Bool(_));
    if numeric(a) && numeric(b) {
        return py_float(a) == py_float(b);
    }
    a == b
}

fn same_number(a: &Value, b: &Value) -> bool {
    if a.is_null() || b.is_null() {
        return a.is_null() && b.is_null();
    }
    match (py_float(a), py_float(b)) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * 1f64.max(a.abs()).max(b.abs()),
        _ => false,
    }
}

/// The width fold of NFKC: full-width ASCII and the ideographic space.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Python's `str.isspace`: Rust's White_Space plus the ASCII separators.
fn py_isspace(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1C}'..='\u{1F}')
}

/// General category P* in the blocks these reports use (Unicode 14).
const PUNCTUATION: [(char, char); 55] = [
    ('\u{0021}', '\u{0023}'),
    ('\u{0025}', '\u{002A}'),
    ('\u{002C}', '\u{002F}'),
    ('\u{003A}', '\u{003B}'),
    ('\u{003F}', '\u{0040}'),
    ('\u{005B}', '\u{005D}'),
    ('\u{005F}', '\u{005F}'),
    ('\u{007B}', '\u{007B}'),
    ('\u{007D}', '\u{007D}'),
    ('\u{00A1}', '\u{00A1}'),
    ('\u{00A7}', '\u{00A7}'),
    ('\u{00AB}', '\u{00AB}'),
    ('\u{00B6}', '\u{00B7}'),
    ('\u{00BB}', '\u{00BB}'),
    ('\u{00BF}', '\u{00BF}'),
    ('\u{2010}', '\u{2027}'),
    ('\u{2030}', '\u{2043}'),
    ('\u{2045}', '\u{2051}'),
    ('\u{2053}', '\u{205E}'),
    ('\u{207D}', '\u{207E}'),
    ('\u{208D}', '\u{208E}'),
    ('\u{2308}', '\u{230B}'),
    ('\u{2329}', '\u{232A}'),
    ('\u{2768}', '\u{2775}'),
    ('\u{27C5}', '\u{27C6}'),
    ('\u{27E6}', '\u{27EF}'),
    ('\u{2983}', '\u{2998}'),
    ('\u{29D8}', '\u{29DB}'),
    ('\u{29FC}', '\u{29FD}'),
    ('\u{2E00}', '\u{2E2E}'),
    ('\u{2E30}', '\u{2E4F}'),
    ('\u{2E52}', '\u{2E5D}'),
    ('\u{3001}', '\u{3003}'),
    ('\u{3008}', '\u{3011}'),
    ('\u{3014}', '\u{301F}'),
    ('\u{3030}', '\u{3030}'),
    ('\u{303D}', '\u{303D}'),
    ('\u{30A0}', '\u{30A0}'),
    ('\u{30FB}', '\u{30FB}'),
    ('\u{FE10}', '\u{FE19}'),
    ('\u{FE30}', '\u{FE52}'),
    ('\u{FE54}', '\u{FE61}'),
    ('\u{FE63}', '\u{FE63}'),
    ('\u{FE68}', '\u{FE68}'),
    ('\u{FE6A}', '\u{FE6B}'),
    ('\u{FF01}', '\u{FF03}'),
    ('\u{FF05}', '\u{FF0A}'),
    ('\u{FF0C}', '\u{FF0F}'),
    ('\u{FF1A}', '\u{FF1B}'),
    ('\u{FF1F}', '\u{FF20}'),
    ('\u{FF3B}', '\u{FF3D}'),
    ('\u{FF3F}', '\u{FF3F}'),
    ('\u{FF5B}', '\u{FF5B}'),
    ('\u{FF5D}', '\u{FF5D}'),
    ('\u{FF5F}', '\u{FF65}'),
];

fn is_punctuation(c: char) -> bool {
    PUNCTUATION.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// `norm_text`: fold width, drop white space and punctuation.
fn norm_text(v: &Value) -> Vec<char> {
    let s = v.as_str().unwrap_or("");
    s.chars()
        .map(fold_width)
        .filter(|&c| !py_isspace(c) && !is_punctuation(c))
        .collect()
}

/// `norm_unit`: fold width, drop white space; empty is None.
fn norm_unit(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    let u: String = s
        .chars()
        .map(fold_width)
        .filter(|&c| !py_isspace(c))
        .collect();
    (!u.is_empty()).then_some(u)
}

fn read_jsonl(path: &Path) -> Vec<Obj> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(n, line)| match serde_json::from_str(line) {
            Ok(Value::Object(o)) => o,
            _ => panic!("{}:{}: not a JSON object", path.display(), n + 1),
        })
        .collect()
}

fn read_jsonl_if_present(path: &Path) -> Vec<Obj> {
    if path.exists() {
        read_jsonl(path)
    } else {
        Vec::new()
    }
}

/// Python's `read_text`: universal newlines.
fn read_text(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .replace("\r\n", "\n")
        .replace('\r', "\n")
}

/// `locate`: the code point span of each gold row's evidence, searched from
/// the previous row's start, then from the text's start.
fn locate(text: &str, rows: &[Obj]) -> Vec<Option<(usize, usize)>> {
    let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let byte_at = |cp: usize| starts.get(cp).copied().unwrap_or(text.len());
    let cp_at = |b: usize| starts.partition_point(|&s| s < b);
    let find = |ev: &str, from_cp: usize| {
        let from = byte_at(from_cp);
        text[from..].find(ev).map(|b| cp_at(from + b))
    };
    let mut cursor = 0;
    rows.iter()
        .map(|row| {
            let ev = get(row, "evidence").as_str().unwrap_or("");
            if ev.is_empty() {
                return None;
            }
            let at = find(ev, cursor).or_else(|| find(ev, 0))?;
            cursor = at;
            Some((at, at + ev.chars().count()))
        })
        .collect()
}

// ---- score.py -------------------------------------------------------------

/// A gold row and the span `locate` gave it.
struct Gold {
    row: Obj,
    span: Option<(usize, usize)>,
}

fn bigrams(s: &[char]) -> HashSet<(char, Option<char>)> {
    if s.len() == 1 {
        return HashSet::from([(s[0], None)]);
    }
    s.windows(2).map(|w| (w[0], Some(w[1]))).collect()
}

fn contains(long: &[char], short: &[char]) -> bool {
    short.is_empty() || long.windows(short.len()).any(|w| w == short)
}

fn name_similarity(a: &Value, b: &Value) -> f64 {
    let (a, b) = (norm_text(a), norm_text(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // Python's sort is stable: equal lengths keep (a, b).
    let (short, long) = if b.len() < a.len() {
        (&b, &a)
    } else {
        (&a, &b)
    };
    if contains(long, short) && short.len() >= 2 && 3 * short.len() >= long.len() {
        return 1.0;
    }
    let (x, y) = (bigrams(&a), bigrams(&b));
    (2 * x.intersection(&y).count()) as f64 / (x.len() + y.len()) as f64
}

fn quantity_match(g: &Obj, p: &Obj) -> bool {
    if !get(g, "value").is_null() {
        return same_number(get(g, "value"), get(p, "value"))
            && same_number(get(g, "valueMax"), get(p, "valueMax"))
            && norm_unit(get(g, "unit")) == norm_unit(get(p, "unit"));
    }
    if truthy(get(g, "placeholder")) {
        if !truthy(get(p, "placeholder")) || norm_unit(get(g, "unit")) != norm_unit(get(p, "unit"))
        {
            return false;
        }
        return get(g, "change").is_null() || same_number(get(g, "change"), get(p, "change"));
    }
    get(p, "value").is_null()
        && same_number(get(g, "change"), get(p, "change"))
        && norm_unit(get(g, "changeUnit")) == norm_unit(get(p, "changeUnit"))
}

fn attributed(g: &Obj, p: &Obj) -> bool {
    let canonical = get(g, "canonical");
    if truthy(canonical) && py_eq(canonical, get(p, "canonical")) {
        return true;
    }
    name_similarity(get(g, "indicator"), get(p, "indicator")) >= 0.5
}

fn field_equal(f: &str, g: &Obj, p: &Obj) -> bool {
    let (a, b) = (get(g, f), get(p, f));
    match f {
        "change" | "changeMax" => same_number(a, b),
        "changeUnit" => norm_unit(a) == norm_unit(b),
        "placeholder" => truthy(a) == truthy(b),
        _ => py_eq(a, b),
    }
}

fn exact(g: &Obj, p: &Obj) -> bool {
    attributed(g, p) && EXACT_FIELDS.iter().all(|f| field_equal(f, g, p))
}

fn overlaps(g: &Gold, p: &Obj) -> bool {
    let (Some((gs, ge)), Some(ps), Some(pe)) =
        (g.span, py_float(get(p, "start")), py_float(get(p, "end")))
    else {
        return true;
    };
    ps < ge as f64 && (gs as f64) < pe
}

/// Greedy one-to-one matching, best weight first (ties: gold then pred
/// order, as Python sorts the tuples). Returns pairs and unmatched preds.
fn match_doc(gold: &[Gold], pred: &[Obj]) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            if quantity_match(&g.row, p) && overlaps(g, p) {
                let w = 2.0 * f64::from(u8::from(attributed(&g.row, p)))
                    + name_similarity(get(&g.row, "indicator"), get(p, "indicator"));
                cands.push((-w, gi, pi));
            }
        }
    }
    cands.sort_by(|a, b| {
        a.0.partial_cmp(&b.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut pairs = Vec::new();
    for (_, gi, pi) in cands {
        if used_g[gi] || used_p[pi] {
            continue;
        }
        used_g[gi] = true;
        used_p[pi] = true;
        pairs.push((gi, pi));
    }
    let unmatched = (0..pred.len()).filter(|&i| !used_p[i]).collect();
    (pairs, unmatched)
}

#[derive(Default)]
struct Tally {
    gold: usize,
    pred: usize,
    hits: [usize; 3],
}

impl Tally {
    fn prf(&self, level: usize) -> (f64, f64, f64) {
        let h = self.hits[level] as f64;
        let p = if self.pred > 0 {
            h / self.pred as f64
        } else {
            0.0
        };
        let r = if self.gold > 0 {
            h / self.gold as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

struct Scores {
    documents: usize,
    all: Tally,
    core: Tally,
    /// Per exact field: (equal, compared) on attributed matches.
    fields: Vec<(usize, usize)>,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn documents(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/data")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".jsonl")?;
            (!stem.ends_with(".excluded")).then(|| stem.to_string())
        })
        .collect();
    names.sort();
    names
}

fn core_only(dir: &Path, name: &str) -> bool {
    let path = dir.join(format!("{name}.meta.json"));
    std::fs::read_to_string(path)
        .ok()
        .and_then(|s| serde_json::from_str::<Value>(&s).ok())
        .is_some_and(|m| truthy(&m["coreOnly"]))
}

/// The parser's rows for a text, as score.py reads them from jsonl.
fn predict(text: &str) -> Vec<Obj> {
    zhibiao::parse(text)
        .rows
        .iter()
        .map(|row| match serde_json::to_value(row) {
            Ok(Value::Object(o)) => o,
            _ => panic!("a row serialises to a JSON object"),
        })
        .collect()
}

/// Scores the parser's rows, or with `pred_dir` the jsonl files there (to
/// check the port against score.py on the same files).
fn score(dir: &Path, pred_dir: Option<&Path>) -> Scores {
    let names = documents(dir);
    let mut s = Scores {
        documents: names.len(),
        all: Tally::default(),
        core: Tally::default(),
        fields: vec![(0, 0); EXACT_FIELDS.len()],
    };
    for name in &names {
        let rows = read_jsonl(&dir.join(format!("{name}.jsonl")));
        let text_path = dir.join(format!("{name}.txt"));
        let spans = if text_path.exists() {
            locate(&read_text(&text_path), &rows)
        } else {
            vec![None; rows.len()]
        };
        let gold: Vec<Gold> = rows
            .into_iter()
            .zip(spans)
            .map(|(row, span)| Gold { row, span })
            .collect();
        let mut pred = match pred_dir {
            Some(pred_dir) => read_jsonl_if_present(&pred_dir.join(format!("{name}.jsonl"))),
            None => predict(&std::fs::read_to_string(&text_path).unwrap_or_default()),
        };
        let core_only = core_only(dir, name);
        if core_only {
            pred.retain(|p| truthy(get(p, "canonical")));
        }
        tally_doc(&mut s, &gold, &pred, core_only);
    }
    s
}

fn tally_doc(s: &mut Scores, gold: &[Gold], pred: &[Obj], core_only: bool) {
    let optional = |g: &Gold| truthy(get(&g.row, "optional"));
    let canonical = |p: &Obj| truthy(get(p, "canonical"));
    let (pairs, unmatched) = match_doc(gold, pred);
    let optional_pred = pairs.iter().filter(|(g, _)| optional(&gold[*g])).count();
    if !core_only {
        s.all.gold += gold.iter().filter(|g| !optional(g)).count();
        s.all.pred += pred.len() - optional_pred;
    }
    s.core.gold += gold
        .iter()
        .filter(|g| truthy(get(&g.row, "core")) && !optional(g))
        .count();
    s.core.pred += pairs
        .iter()
        .filter(|(g, p)| canonical(&pred[*p]) && !optional(&gold[*g]))
        .count();
    s.core.pred += unmatched.iter().filter(|p| canonical(&pred[**p])).count();
    for &(gi, pi) in &pairs {
        let (g, p) = (&gold[gi], &pred[pi]);
        if optional(g) {
            continue;
        }
        let levels = [true, attributed(&g.row, p), exact(&g.row, p)];
        for (level, ok) in levels.into_iter().enumerate() {
            if ok {
                if !core_only {
                    s.all.hits[level] += 1;
                }
                if truthy(get(&g.row, "core")) && canonical(p) {
                    s.core.hits[level] += 1;
                }
            }
        }
        if attributed(&g.row, p) {
            for (i, f) in EXACT_FIELDS.iter().enumerate() {
                s.fields[i].1 += 1;
                s.fields[i].0 += usize::from(field_equal(f, &g.row, p));
            }
        }
    }
}

// ---- report, floors -------------------------------------------------------

fn print_scores(s: &Scores) {
    println!("{} documents", s.documents);
    for (label, t) in [("all", &s.all), ("core", &s.core)] {
        println!("{label:5} gold {:5} pred {:5}", t.gold, t.pred);
        for (i, level) in LEVELS.iter().enumerate() {
            // Rounded twice, as score.py prints.
            let (p, r, f) = t.prf(i);
            let (p, r, f) = (round4(p), round4(r), round4(f));
            println!("  {level:11} P {p:.3}  R {r:.3}  F1 {f:.3}");
        }
    }
    let fields: Vec<String> = EXACT_FIELDS
        .iter()
        .zip(&s.fields)
        .filter(|(_, (_, n))| *n > 0)
        .map(|(f, (ok, n))| format!("{f} {:.3}", *ok as f64 / *n as f64))
        .collect();
    println!(
        "field accuracy on attributed matches: {}",
        fields.join(", ")
    );
    println!("json {}", score_json(s));
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The figures in the shape of `score.py --json`, for comparing the two.
fn score_json(s: &Scores) -> Value {
    let mut out = Map::new();
    out.insert("documents".into(), Value::from(s.documents));
    for (label, t) in [("all", &s.all), ("core", &s.core)] {
        let mut m = Map::new();
        m.insert("gold".into(), Value::from(t.gold));
        m.insert("pred".into(), Value::from(t.pred));
        for (i, level) in LEVELS.iter().enumerate() {
            let (p, r, f) = t.prf(i);
            m.insert(
                level.to_string(),
                serde_json::json!({"precision": round4(p), "recall": round4(r), "f1": round4(f)}),
            );
        }
        out.insert(label.into(), Value::Object(m));
    }
    let fields: Map<String, Value> = EXACT_FIELDS
        .iter()
        .zip(&s.fields)
        .map(|(f, &(ok, n))| {
            let accuracy = (n > 0).then(|| round4(ok as f64 / n as f64));
            (f.to_string(), Value::from(accuracy))
        })
        .collect();
    out.insert("fields".into(), Value::Object(fields));
    Value::Object(out)
}

/// The F1 figures as the floor file holds them, rounded as score.py prints.
fn figures(s: &Scores) -> Value {
    let mut out = Map::new();
    for (label, t) in [("all", &s.all), ("core", &s.core)] {
        let mut levels = Map::new();
        for (i, level) in LEVELS.iter().enumerate() {
            levels.insert(level.to_string(), Value::from(round4(t.prf(i).2)));
        }
        out.insert(label.to_string(), Value::Object(levels));
    }
    Value::Object(out)
}

fn floor_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/score_floor.json")
}

#[test]
fn score_does_not_drop_below_the_floor() {
    if let Some(pred_dir) = std::env::var_os("SCORE_PRED_DIR") {
        println!("scoring {}", Path::new(&pred_dir).display());
        print_scores(&score(&data_dir(), Some(Path::new(&pred_dir))));
        return;
    }
    let scores = score(&data_dir(), None);
    print_scores(&scores);
    let current = figures(&scores);
    if std::env::var_os("UPDATE_FLOOR").is_some() {
        let text = serde_json::to_string_pretty(&current).expect("JSON") + "\n";
        std::fs::write(floor_path(), text).expect("write tests/score_floor.json");
        println!("floors updated in tests/score_floor.json");
        return;
    }
    let floor: Value = serde_json::from_str(
        &std::fs::read_to_string(floor_path()).expect("tests/score_floor.json"),
    )
    .expect("tests/score_floor.json is JSON");
    let mut drops = Vec::new();
    for label in ["all", "core"] {
        for level in LEVELS {
            let now = current[label][level].as_f64().unwrap_or(0.0);
            let min = floor[label][level].as_f64().unwrap_or(0.0);
            if now < min - TOLERANCE {
                drops.push(format!("{label} {level} F1 {now:.4} < floor {min:.4}"));
            } else if now > min + 0.01 {
                println!("{label} {level} F1 {now:.4} is above its floor {min:.4}: raise it with UPDATE_FLOOR=1");
            }
        }
    }
    assert!(drops.is_empty(), "score dropped:\n{}", drops.join("\n"));
}

// ---- the port's own checks ------------------------------------------------

fn obj(v: Value) -> Obj {
    match v {
        Value::Object(o) => o,
        _ => panic!("object"),
    }
}

#[test]
fn norm_text_folds_width_and_drops_punctuation() {
    let s = |x: &str| norm_text(&Value::from(x)).into_iter().collect::<String>();
    assert_eq!(s("“十四五”规划 （ＧＤＰ）"), "十四五规划GDP");
    assert_eq!(s("a+b=c$"), "a+b=c$", "symbols are not punctuation");
    assert_eq!(s("城乡、居民·收入…"), "城乡居民收入");
    assert_eq!(norm_unit(&Value::from("％ ")), Some("%".into()));
    assert_eq!(norm_unit(&Value::from(" ")), None);
}

#[test]
fn similarity_as_in_score_py() {
    let sim = |a: &str, b: &str| name_similarity(&Value::from(a), &Value::from(b));
    assert_eq!(sim("地区生产总值", "生产总值"), 1.0);
    assert_eq!(sim("值", "值"), 1.0 * 2.0 / 2.0);
    // 2·|{ab}| / (|{ab,bc}| + |{ab,bd}|) = 0.5
    assert_eq!(sim("abc", "abd"), 0.5);
    assert_eq!(sim("", "x"), 0.0);
}

#[test]
fn locate_uses_code_points_and_the_cursor() {
    let rows = vec![
        obj(serde_json::json!({"evidence": "增长"})),
        obj(serde_json::json!({"evidence": "增长"})),
        obj(serde_json::json!({"evidence": "无"})),
    ];
    let spans = locate("产值增长，收入增长", &rows);
    assert_eq!(spans, vec![Some((2, 4)), Some((2, 4)), None]);
}

#[test]
fn matching_prefers_attributed_pairs() {
    let gold = vec![Gold {
        row: obj(serde_json::json!({"indicator": "粮食产量", "value": 5.0, "unit": "万吨"})),
        span: None,
    }];
    let pred = vec![
        obj(serde_json::json!({"indicator": "猪肉", "value": 5, "unit": "万吨"})),
        obj(serde_json::json!({"indicator": "粮食总产量", "value": 5.0, "unit": "万吨"})),
    ];
    let (pairs, unmatched) = match_doc(&gold, &pred);
    assert_eq!(pairs, vec![(0, 1)]);
    assert_eq!(unmatched, vec![0]);
}
