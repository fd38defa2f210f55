//! Size limits that keep the code easy to follow: no file under `src/`
//! longer than 600 lines, no function longer than 60 (issue 19). A file or function
//! that outgrows them is split (see docs/architecture.md for where things go).

use std::fs;
use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 600;
const MAX_FN_LINES: usize = 60;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The name of the function a line declares, with the line's indentation.
fn fn_header(line: &str) -> Option<(&str, &str)> {
    let indent = &line[..line.len() - line.trim_start().len()];
    let mut rest = line.trim_start();
    for prefix in ["pub(crate) ", "pub(super) ", "pub ", "const ", "unsafe "] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    if let Some(r) = rest.strip_prefix("pub(in ") {
        rest = r.split_once(") ").map_or(r, |(_, after)| after);
    }
    let name = rest.strip_prefix("fn ")?;
    let end = name
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(name.len());
    Some((indent, &name[..end]))
}

/// (name, lines) of each function with a body, from its header to the
/// closing brace at the header's indentation (the code is rustfmt'd).
fn functions(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some((indent, name)) = fn_header(line) else {
            continue;
        };
        let Some(open) = (i..lines.len()).find(|&j| {
            let l = lines[j].trim_end();
            l.ends_with('{') || l.ends_with(';')
        }) else {
            continue;
        };
        if lines[open].trim_end().ends_with(';') {
            continue;
        }
        let close = format!("{indent}}}");
        if let Some(end) = (open + 1..lines.len()).find(|&j| lines[j] == close) {
            out.push((name.to_string(), end - i + 1));
        }
    }
    out
}

#[test]
fn files_and_functions_stay_short() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(!files.is_empty(), "no source files found");
    let mut too_long = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).expect("readable source");
        let shown = path.display().to_string();
        let n = text.lines().count();
        if n > MAX_FILE_LINES {
            too_long.push(format!("{shown}: {n} lines (max {MAX_FILE_LINES})"));
        }
        for (name, len) in functions(&text) {
            if len > MAX_FN_LINES {
                too_long.push(format!(
                    "{shown}: fn {name} is {len} lines (max {MAX_FN_LINES})"
                ));
            }
        }
    }
    assert!(too_long.is_empty(), "{}", too_long.join("\n"));
}

#[test]
fn the_checker_sees_functions() {
    let text =
        "fn a() {\n    x();\n}\n\npub(in crate::facts) fn b(\n    y: u8,\n) -> u8 {\n    y\n}\n";
    assert_eq!(
        functions(text),
        vec![("a".to_string(), 3), ("b".to_string(), 5)]
    );
}
