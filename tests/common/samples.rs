//! The sample reports `tests/data/NAME.txt`, for the tests, the benchmark
//! and the examples (each includes this file with `#[path]`).

use std::path::{Path, PathBuf};

/// `tests/data`.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Each sample's name (`NAME`) and text, sorted by name; panics when the
/// folder holds none.
pub fn samples() -> Vec<(String, String)> {
    let dir = data_dir();
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/data")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.strip_suffix(".txt")?;
            Some((name.to_string(), std::fs::read_to_string(&path).ok()?))
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no samples in {}", dir.display());
    out
}
