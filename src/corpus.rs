//! Many reports at once, for `zhibiao corpus` and the Python package's
//! `read_reports`: the files a list of paths names ([`collect_files`]) and a
//! parallel map over them that hands the results back in the files' order
//! while only a few are in memory ([`map_ordered`]).
//!
//! ```
//! let squares = std::cell::RefCell::new(Vec::new());
//! zhibiao::corpus::map_ordered(&[1, 2, 3, 4], 2, |n| n * n, |_, sq| {
//!     squares.borrow_mut().push(sq);
//!     std::ops::ControlFlow::Continue(())
//! });
//! assert_eq!(squares.into_inner(), [1, 4, 9, 16]);
//! ```

use crate::input::{read_file, ReadError};
use crate::render::stream::{self, RowFormat};
use crate::Parser;
use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Condvar, Mutex};

/// The extensions of the files a folder is searched for (compared without
/// case): plain text, Markdown and saved web pages.
pub const EXTENSIONS: [&str; 4] = ["txt", "md", "html", "htm"];

/// A path that could not be walked, and why.
#[derive(Debug)]
pub struct WalkError {
    pub path: PathBuf,
    pub error: std::io::Error,
}

/// The files `paths` name, in a stable order: a file is taken as it is
/// (whatever its extension), a folder is walked for files with one of the
/// [`EXTENSIONS`], its entries sorted by name, depth first. Hidden entries
/// (`.name`) and links to folders are skipped. A path that cannot be read
/// is an error of its own; the others are still walked.
pub fn collect_files<P: AsRef<Path>>(paths: &[P]) -> (Vec<PathBuf>, Vec<WalkError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let path = path.as_ref();
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut files, &mut errors),
            Ok(_) => files.push(path.to_path_buf()),
            Err(error) => errors.push(WalkError {
                path: path.to_path_buf(),
                error,
            }),
        }
    }
    (files, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<WalkError>) {
    let mut entries = match std::fs::read_dir(dir).and_then(|d| d.collect::<Result<Vec<_>, _>>()) {
        Ok(entries) => entries,
        Err(error) => {
            let path = dir.to_path_buf();
            errors.push(WalkError { path, error });
            return;
        }
    };
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => walk(&path, files, errors),
            Ok(_) if path.is_file() && is_report_file(&path) => files.push(path),
            Ok(_) => {}
            Err(error) => errors.push(WalkError { path, error }),
        }
    }
}

/// Whether a folder's file is one to read: its extension is one of
/// [`EXTENSIONS`].
pub fn is_report_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// One file's rows written out, and what a tally counts.
#[derive(Debug, Clone, PartialEq)]
pub struct FileRows {
    /// The rows in `format`, each led by the file ([`stream::rows`]).
    pub text: String,
    pub rows: usize,
    /// The size of the file's text (UTF-8).
    pub bytes: usize,
}

/// Reads, parses and writes one file's rows: the work of one item of
/// [`map_ordered`] for `zhibiao corpus` and `read_reports`.
/// The parser is built once for all the files: a user's dictionary is
/// merged with the standard one once, not per file.
pub fn file_rows(path: &Path, parser: &Parser, format: RowFormat) -> Result<FileRows, ReadError> {
    let text = read_file(path)?.text;
    let bytes = text.len();
    let report = parser.parse(&text);
    // The text goes before its rows are written out: both can be megabytes.
    drop(text);
    Ok(FileRows {
        text: stream::rows(format, &file_name(path), &report),
        rows: report.rows.len(),
        bytes,
    })
}

/// A file's name in the rows and messages: its path as walked.
pub fn file_name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// The number of workers to use when none is asked for: one per core.
pub fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// How many items each worker may be ahead of the one `emit` waits for:
/// enough that a long file does not idle the others, few enough that
/// memory holds only a handful of files. With 2 a worker often waited for
/// the other's longer file: on 760 reports (22.3 MB) two workers ran 1.65 ×
/// as fast as one; with 4, 1.91 × (peak 7 → 8 MB), 2026-12-07.
const AHEAD_PER_WORKER: usize = 4;

/// Runs `work` on every item on `workers` threads and calls `emit` with
/// each result in the items' order, on the calling thread, as soon as the
/// results before it are in. At most `AHEAD_PER_WORKER × workers` items are worked on or
/// waiting at once. `emit` returning `Break` stops the workers (a reader
/// that went away); the items not yet started are left.
pub fn map_ordered<I, T, W, E>(items: &[I], workers: usize, work: W, mut emit: E)
where
    I: Sync,
    T: Send,
    W: Fn(&I) -> T + Sync,
    E: FnMut(usize, T) -> ControlFlow<()>,
{
    let workers = workers.clamp(1, items.len().max(1));
    let gate = Gate::new(items.len(), workers * AHEAD_PER_WORKER);
    let (sender, results) = mpsc::channel::<(usize, T)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let (gate, work) = (&gate, &work);
            scope.spawn(move || {
                while let Some(i) = gate.claim() {
                    let out = panic::catch_unwind(AssertUnwindSafe(|| work(&items[i])));
                    let out = out.unwrap_or_else(|cause| {
                        gate.stop();
                        panic::resume_unwind(cause)
                    });
                    if sender.send((i, out)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (i, out) in results.iter() {
            waiting.insert(i, out);
            while let Some(out) = waiting.remove(&next) {
                if emit(next, out).is_break() {
                    return gate.stop();
                }
                next += 1;
                gate.written(next);
            }
        }
    });
}

/// Hands out item indices in order, never more than `ahead` past the
/// first result not yet emitted.
struct Gate {
    state: Mutex<GateState>,
    moved: Condvar,
    len: usize,
    ahead: usize,
}

struct GateState {
    claimed: usize,
    written: usize,
    stopped: bool,
}

impl Gate {
    fn new(len: usize, ahead: usize) -> Gate {
        let state = GateState {
            claimed: 0,
            written: 0,
            stopped: false,
        };
        Gate {
            state: Mutex::new(state),
            moved: Condvar::new(),
            len,
            ahead,
        }
    }

    /// The next item to work on; `None` when all are taken or the run stopped.
    fn claim(&self) -> Option<usize> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while !state.stopped
            && state.claimed < self.len
            && state.claimed >= state.written + self.ahead
        {
            state = self.moved.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        if state.stopped || state.claimed >= self.len {
            return None;
        }
        state.claimed += 1;
        Some(state.claimed - 1)
    }

    fn written(&self, count: usize) {
        self.update(|state| state.written = count);
    }

    fn stop(&self) {
        self.update(|state| state.stopped = true);
    }

    fn update(&self, change: impl FnOnce(&mut GateState)) {
        change(&mut self.state.lock().unwrap_or_else(|e| e.into_inner()));
        self.moved.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("zhibiao-corpus-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn results_come_in_order_whatever_the_workers() {
        let items: Vec<u64> = (0..200).collect();
        for workers in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            // Uneven work, so later items often finish first.
            let work = |n: &u64| {
                std::thread::sleep(std::time::Duration::from_micros((n * 37) % 11 * 50));
                n * 2
            };
            map_ordered(&items, workers, work, |i, out| {
                seen.push((i, out));
                ControlFlow::Continue(())
            });
            let want: Vec<(usize, u64)> = (0..200).map(|i| (i as usize, i * 2)).collect();
            assert_eq!(seen, want, "{workers} workers");
        }
    }

    #[test]
    fn never_more_than_a_few_items_ahead() {
        let items: Vec<usize> = (0..100).collect();
        let started = AtomicUsize::new(0);
        let work = |_: &usize| {
            started.fetch_add(1, Ordering::SeqCst);
            std::thread::sleep(std::time::Duration::from_micros(100));
        };
        let mut emitted = 0;
        map_ordered(&items, 3, work, |i, ()| {
            // Items 0..i were emitted: none past i + 3 × 2 can have started.
            assert!(started.load(Ordering::SeqCst) <= i + 3 * AHEAD_PER_WORKER);
            emitted += 1;
            ControlFlow::Continue(())
        });
        assert_eq!(emitted, 100);
    }

    #[test]
    fn break_stops_the_run() {
        let items: Vec<usize> = (0..1000).collect();
        let done = AtomicUsize::new(0);
        let work = |_: &usize| done.fetch_add(1, Ordering::SeqCst);
        let mut emitted = 0;
        map_ordered(&items, 2, work, |i, _| {
            emitted += 1;
            if i == 4 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        assert_eq!(emitted, 5);
        // Four emitted before the fifth: nothing past 4 + 2 × 2 was started.
        assert!(done.load(Ordering::SeqCst) <= 4 + 2 * AHEAD_PER_WORKER);
    }

    #[test]
    fn no_items_no_calls() {
        map_ordered(&[] as &[u8], 4, |_| (), |_, _| unreachable!());
    }

    #[test]
    fn folders_are_walked_sorted_for_report_files() {
        let dir = scratch("walk");
        for name in [
            "b.txt", "a.md", "c.HTML", "skip.pdf", ".hidden.txt", "sub/z.txt", "sub/a.htm",
        ] {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let lone = dir.join("skip.pdf");
        let missing = dir.join("missing.txt");
        let (files, errors) = collect_files(&[dir.clone(), lone.clone(), missing.clone()]);
        let names: Vec<_> = files
            .iter()
            .map(|f| f.strip_prefix(&dir).unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            ["a.md", "b.txt", "c.HTML", "sub/a.htm", "sub/z.txt", "skip.pdf"]
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, missing);
        let _ = std::fs::remove_dir_all(dir);
    }
}
