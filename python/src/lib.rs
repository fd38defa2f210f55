//! `zhibiao._native`: the Python package's extension module, a thin shell
//! over the zhibiao library. Every function reads, parses or writes with the
//! library's own functions, with the GIL released, and hands back JSON text
//! (`json.loads` in `zhibiao/__init__.py` makes it dicts): the exact bytes
//! of the CLI's `-f json` and `corpus -f jsonl`, with no field list kept
//! twice.

use std::path::{Path, PathBuf};

use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use zhibiao::corpus::{self, collect_files, file_name, file_rows, map_ordered};
use zhibiao::input::{read_file, ReadError};
use zhibiao::panel::{self, Source};
use zhibiao::render::stream::RowFormat;
use zhibiao::{Category, Options, Report, Row, Status};

create_exception!(
    zhibiao,
    DecodeError,
    PyValueError,
    "A file whose bytes are no text: binary data, or not UTF-8, UTF-16 (with a BOM) or GBK/GB18030."
);

fn options(dictionary: Option<String>, core_only: bool) -> Options {
    Options {
        core_only,
        dictionary: dictionary.unwrap_or_default(),
        ..Options::default()
    }
}

fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A read error as Python's: `OSError` (its errno picks the subclass, as
/// `FileNotFoundError`) or [`DecodeError`], naming the file.
fn read_error(path: &Path, error: ReadError) -> PyErr {
    let file = file_name(path);
    match error {
        ReadError::Io(e) => match e.raw_os_error() {
            Some(errno) => PyOSError::new_err((errno, e.to_string(), file)),
            None => PyOSError::new_err(format!("{file}: {e}")),
        },
        ReadError::Decode(e) => DecodeError::new_err(format!("{file}: {e}")),
    }
}

/// The report of `text` as JSON; a `ValueError` names a bad dictionary line.
#[pyfunction]
#[pyo3(signature = (text, dictionary=None, core_only=false))]
fn parse_json(
    py: Python<'_>,
    text: String,
    dictionary: Option<String>,
    core_only: bool,
) -> PyResult<String> {
    let options = options(dictionary, core_only);
    let report = py.detach(|| zhibiao::try_parse_with(&text, &options));
    let report = report.map_err(|e| PyValueError::new_err(format!("dictionary: {e}")))?;
    to_json(&report)
}

/// The text of a report file, decoded as the CLI does.
#[pyfunction]
fn read_text(py: Python<'_>, path: PathBuf) -> PyResult<String> {
    let decoded = py.detach(|| read_file(&path));
    decoded.map(|d| d.text).map_err(|e| read_error(&path, e))
}

/// The panel of `(name, text)` reports as JSON (`zhibiao panel -f json`).
#[pyfunction]
fn panel_json(py: Python<'_>, reports: Vec<(String, String)>) -> PyResult<String> {
    let json = py.detach(|| {
        let parsed: Vec<Report> = reports.iter().map(|(_, t)| zhibiao::parse(t)).collect();
        let sources: Vec<Source> = reports
            .iter()
            .zip(&parsed)
            .map(|((name, _), report)| Source::new(name, report))
            .collect();
        panel::render::json(&panel::build(&sources))
    });
    Ok(json)
}

/// The rows of every file `paths` name (folders walked), as
/// `zhibiao corpus -f jsonl` writes them, parsed on `workers` threads; and
/// the `(file, message)` of each file that could not be read.
#[pyfunction]
#[pyo3(signature = (paths, workers=None, dictionary=None, core_only=false))]
fn corpus_jsonl(
    py: Python<'_>,
    paths: Vec<PathBuf>,
    workers: Option<usize>,
    dictionary: Option<String>,
    core_only: bool,
) -> PyResult<(String, Vec<(String, String)>)> {
    let options = options(dictionary, core_only);
    let parser = zhibiao::Parser::new(&options)
        .map_err(|e| PyValueError::new_err(format!("dictionary: {e}")))?;
    let workers = workers.unwrap_or_else(corpus::default_workers).max(1);
    Ok(py.detach(|| {
        let (files, walk_errors) = collect_files(&paths);
        let mut errors: Vec<(String, String)> = walk_errors
            .iter()
            .map(|e| (file_name(&e.path), e.error.to_string()))
            .collect();
        let mut jsonl = String::new();
        let work = |path: &PathBuf| file_rows(path, &parser, RowFormat::Jsonl);
        map_ordered(&files, workers, work, |i, rows| {
            match rows {
                Ok(rows) => jsonl.push_str(&rows.text),
                Err(e) => errors.push((file_name(&files[i]), e.to_string())),
            }
            std::ops::ControlFlow::Continue(())
        });
        (jsonl, errors)
    }))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse_json, m)?)?;
    m.add_function(wrap_pyfunction!(read_text, m)?)?;
    m.add_function(wrap_pyfunction!(panel_json, m)?)?;
    m.add_function(wrap_pyfunction!(corpus_jsonl, m)?)?;
    m.add("DecodeError", m.py().get_type::<DecodeError>())?;
    m.add("CATEGORIES", Category::ALL.map(Category::as_str).to_vec())?;
    m.add("STATUSES", Status::ALL.map(Status::as_str).to_vec())?;
    // A row with every field: its keys are the columns, in order.
    m.add("EMPTY_ROW", to_json(&Row::default())?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
