//! `zhibiao corpus`: folders of reports parsed on every core, their rows
//! written in the files' order with the file in a leading column.
//! Arguments, progress and output only; the walk and the ordered parallel
//! map are `zhibiao::corpus`, the rows' text `zhibiao::render::stream`.

use super::{cli_args, read_dictionaries};
use std::io::{IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use zhibiao::corpus::{collect_files, default_workers, file_name, file_rows, map_ordered};
use zhibiao::render::stream::{self, RowFormat};
use zhibiao::{Options, Parser};

pub const USAGE: &str = "\
zhibiao corpus — many reports at once, parsed in parallel

Usage: zhibiao corpus [OPTIONS] DIR|FILE...

Walks each DIR for .txt, .md and .html files (sorted by name, depth first;
hidden entries skipped), takes each FILE as it is, parses them on every
core and writes their rows as they come, in that order, each led by its
file (csv/tsv: a 文件 column; jsonl: a \"file\" field). A file that cannot be
read is reported on stderr and the others go on. On a terminal a progress
line shows on stderr; a summary line ends the run.

Options:
  -f, --format FORMAT  jsonl (default), csv, tsv
  -o, --output FILE    write to FILE instead of standard output
  -j, --jobs N         parse on N threads (default: one per core)
      --core-only      keep only standard indicators (canonical name set)
      --dict FILE      add your own indicators (repeatable; see zhibiao --help)
  -h, --help           print this help

Exit status: 0 when every file was read, 1 when a file or folder could not
be read or decoded (the others are still written) or the output failed, 2 on
a usage error.

Example:
  zhibiao corpus -f csv -o 全部.csv 报告/
";

#[derive(Debug, PartialEq)]
pub struct CorpusArgs {
    pub format: RowFormat,
    pub output: Option<String>,
    pub workers: usize,
    pub core_only: bool,
    pub dicts: Vec<String>,
    pub inputs: Vec<String>,
}

/// `None`: help was asked for.
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<CorpusArgs>, String> {
    let mut parsed = CorpusArgs {
        format: RowFormat::Jsonl,
        output: None,
        workers: default_workers(),
        core_only: false,
        dicts: Vec::new(),
        inputs: Vec::new(),
    };
    let mut args = cli_args::Args::new(args);
    while let Some(flag) = args.next_flag(&mut parsed.inputs) {
        let mut value = |name: &str| args.value(name);
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "-f" | "--format" => parsed.format = row_format(&value("--format")?)?,
            "-o" | "--output" => parsed.output = Some(value("--output")?),
            "-j" | "--jobs" => parsed.workers = jobs(&value("--jobs")?)?,
            "--core-only" => parsed.core_only = true,
            "--dict" => parsed.dicts.push(value("--dict")?),
            _ => return Err(format!("unknown corpus option '{flag}'")),
        }
    }
    if parsed.inputs.is_empty() {
        return Err("corpus needs at least one DIR or FILE".to_string());
    }
    Ok(Some(parsed))
}

fn row_format(name: &str) -> Result<RowFormat, String> {
    name.parse()
        .ok()
        .and_then(RowFormat::of)
        .ok_or_else(|| format!("unknown corpus format '{name}' (expected jsonl, csv or tsv)"))
}

fn jobs(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("--jobs needs a number above 0, not '{text}'")),
    }
}

pub fn run(args: CorpusArgs) -> ExitCode {
    let options = match read_dictionaries(&args.dicts) {
        Ok(dictionary) => Options {
            core_only: args.core_only,
            dictionary,
            ..Options::default()
        },
        Err(e) => {
            eprintln!("zhibiao: {e}");
            return ExitCode::from(2);
        }
    };
    // Walked before the output is created, so it is never one of the inputs.
    let (files, walk_errors) = collect_files(&args.inputs);
    // A path that could not be walked counts as a file done (and failed).
    let mut tally = Tally::new(files.len() + walk_errors.len(), args.workers);
    for e in &walk_errors {
        tally.fail(&file_name(&e.path), &e.error.to_string());
    }
    let mut out = match open_output(args.output.as_deref()) {
        Ok(out) => out,
        Err(e) => return output_failed(&args, &e),
    };
    // One parser for all the files: the user's dictionary (read and
    // checked above) is merged with the standard one once.
    let (parser, _) = Parser::lenient(&options);
    let written = write_rows(&mut *out, &files, &args, &parser, &mut tally);
    tally.finish();
    match written.and_then(|()| out.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return output_failed(&args, &e),
    }
    if tally.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The header, then each file's rows in order as soon as they are in.
fn write_rows(
    out: &mut dyn Write,
    files: &[PathBuf],
    args: &CorpusArgs,
    parser: &Parser,
    tally: &mut Tally,
) -> std::io::Result<()> {
    out.write_all(stream::header(args.format).as_bytes())?;
    let mut result = Ok(());
    let work = |path: &PathBuf| file_rows(path, parser, args.format);
    map_ordered(files, args.workers, work, |i, parsed| {
        match parsed {
            Ok(parsed) => {
                if let Err(e) = out.write_all(parsed.text.as_bytes()) {
                    result = Err(e);
                    return ControlFlow::Break(());
                }
                tally.done(parsed.rows, parsed.bytes);
            }
            Err(e) => tally.fail(&file_name(&files[i]), &e.to_string()),
        }
        ControlFlow::Continue(())
    });
    result
}

fn open_output(path: Option<&str>) -> std::io::Result<Box<dyn Write>> {
    Ok(match path {
        Some(path) => Box::new(std::io::BufWriter::new(std::fs::File::create(path)?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

fn output_failed(args: &CorpusArgs, e: &std::io::Error) -> ExitCode {
    let target = args.output.as_deref().unwrap_or("<stdout>");
    eprintln!("zhibiao: {target}: {e}");
    ExitCode::from(1)
}

/// Files, bytes and rows so far; the progress line on a terminal and the
/// summary line at the end, on stderr.
struct Tally {
    total: usize,
    workers: usize,
    files: usize,
    failed: usize,
    rows: usize,
    bytes: usize,
    started: Instant,
    /// When the progress line was last drawn; `None` when stderr is no
    /// terminal (then there is no progress line).
    drawn: Option<Instant>,
}

/// How often the progress line is redrawn at most.
const REDRAW: Duration = Duration::from_millis(100);

impl Tally {
    fn new(total: usize, workers: usize) -> Tally {
        let started = Instant::now();
        let live = std::io::stderr().is_terminal();
        Tally {
            total,
            workers: workers.min(total.max(1)),
            files: 0,
            failed: 0,
            rows: 0,
            bytes: 0,
            started,
            drawn: live.then(|| started - REDRAW),
        }
    }

    fn done(&mut self, rows: usize, bytes: usize) {
        self.files += 1;
        self.rows += rows;
        self.bytes += bytes;
        self.draw();
    }

    fn fail(&mut self, file: &str, error: &str) {
        self.failed += 1;
        self.clear();
        eprintln!("zhibiao: {file}: {error}");
    }

    fn draw(&mut self) {
        let Some(drawn) = self.drawn else { return };
        if drawn.elapsed() < REDRAW {
            return;
        }
        let line = format!(
            "{}/{} files  {}  {} rows  {}",
            self.files + self.failed,
            self.total,
            megabytes(self.bytes),
            self.rows,
            self.rate()
        );
        eprint!("\r\x1b[K{line}");
        self.drawn = Some(Instant::now());
    }

    fn clear(&self) {
        if self.drawn.is_some() {
            eprint!("\r\x1b[K");
        }
    }

    fn rate(&self) -> String {
        let seconds = self.started.elapsed().as_secs_f64().max(1e-9);
        format!("{:.1} MB/s", self.bytes as f64 / 1e6 / seconds)
    }

    fn finish(&self) {
        self.clear();
        let failed = match self.failed {
            0 => String::new(),
            n => format!("; {n} could not be read"),
        };
        eprintln!(
            "zhibiao corpus: {} files, {}, {} rows in {:.2} s ({}, {}){failed}",
            self.files,
            megabytes(self.bytes),
            self.rows,
            self.started.elapsed().as_secs_f64(),
            self.rate(),
            plural(self.workers, "worker"),
        );
    }
}

fn plural(n: usize, word: &str) -> String {
    match n {
        1 => format!("1 {word}"),
        n => format!("{n} {word}s"),
    }
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// The `corpus` subcommand from its arguments (after the word `corpus`).
pub fn main(args: Vec<String>) -> ExitCode {
    cli_args::run_subcommand(parse_args(args), "corpus", USAGE, run)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<CorpusArgs>, String> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn reads_formats_jobs_and_paths() {
        let a = parse(&["-f", "csv", "-j", "3", "dir", "a.txt"])
            .unwrap()
            .unwrap();
        assert_eq!(a.format, RowFormat::Csv);
        assert_eq!(a.workers, 3);
        assert_eq!(a.inputs, ["dir", "a.txt"]);
        let a = parse(&["--core-only", "--dict=d.tsv", "-o", "x.jsonl", "d"])
            .unwrap()
            .unwrap();
        assert_eq!(a.format, RowFormat::Jsonl);
        assert!(a.core_only);
        assert_eq!(
            (a.dicts, a.output.as_deref()),
            (vec!["d.tsv".to_string()], Some("x.jsonl"))
        );
        assert_eq!(parse(&["--help"]), Ok(None));
    }

    #[test]
    fn usage_errors() {
        assert!(parse(&[]).unwrap_err().contains("DIR"));
        assert!(parse(&["-f", "table", "d"])
            .unwrap_err()
            .contains("jsonl, csv or tsv"));
        assert!(parse(&["-j", "0", "d"]).unwrap_err().contains("--jobs"));
        assert!(parse(&["-j", "x", "d"]).unwrap_err().contains("--jobs"));
        assert!(parse(&["--money", "万元", "d"])
            .unwrap_err()
            .contains("--money"));
    }

    #[test]
    fn sizes_read_in_megabytes() {
        assert_eq!(megabytes(15_250_000), "15.2 MB");
        assert_eq!(megabytes(0), "0.0 MB");
        assert_eq!(
            (plural(1, "worker"), plural(2, "worker")),
            ("1 worker".into(), "2 workers".into())
        );
    }
}
