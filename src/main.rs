//! The zhibiao CLI: arguments, files, encodings, exit codes. Parsing is
//! `zhibiao::parse_with`, output is `zhibiao::render`; nothing else here.

mod panel_cmd;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use zhibiao::input::decode;
use zhibiao::render::{render_with, Doc, Format};
use zhibiao::{Options, Report};

const USAGE: &str = "\
zhibiao — turns Chinese government report text into indicator tables

Usage: zhibiao [OPTIONS] [FILE...]
       zhibiao panel [OPTIONS] FILE...   (several reports, one panel: --help)

Reads each FILE (UTF-8, UTF-16 with BOM, or GBK/GB18030), or standard input
when no FILE or `-` is given, and prints one row per indicator.

Options:
  -f, --format FORMAT  table (default), jsonl, json, csv, tsv, xlsx (needs -o)
      --core-only      keep only standard indicators (canonical name set)
      --dict FILE      add your own indicators (repeatable): lines of
                       standard name<TAB>category<TAB>variant<TAB>variant…
                       (`#` starts a comment; the category may be empty)
  -o, --output FILE    write to FILE instead of standard output
  -h, --help           print this help
  -V, --version        print the version

Several files: table heads each file's block with `== FILE ==`; csv and tsv
add a leading 文件 column; json prints an array of {file, meta, rows, notes};
jsonl concatenates the rows.

Exit status: 0 on success, 1 when an input could not be read or decoded (the
others are still processed), 2 on a usage error.

Example:
  zhibiao --format csv -o 报告.csv 政府工作报告.txt
  zhibiao --format xlsx -o 报告.xlsx 政府工作报告.txt
";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
struct Args {
    format: Format,
    /// `--format xlsx`: a workbook instead of `format`'s text.
    xlsx: bool,
    core_only: bool,
    /// `--dict FILE`s: the user's indicators, in order.
    dicts: Vec<String>,
    output: Option<String>,
    /// `-` is standard input; empty means standard input.
    inputs: Vec<String>,
}

#[derive(Debug, PartialEq)]
enum Command {
    Run(Args),
    Help,
    Version,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut parsed = Args {
        format: Format::default(),
        xlsx: false,
        core_only: false,
        dicts: Vec::new(),
        output: None,
        inputs: Vec::new(),
    };
    let mut args = args.into_iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            parsed.inputs.push(arg);
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--" => only_files = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--core-only" => parsed.core_only = true,
            "--dict" => parsed.dicts.push(value("--dict")?),
            "-f" | "--format" => {
                let name = value("--format")?;
                parsed.xlsx = name.eq_ignore_ascii_case(XLSX);
                if !parsed.xlsx {
                    parsed.format = name.parse().map_err(|_| {
                        format!("unknown format '{name}' (expected table, jsonl, json, csv, tsv or xlsx)")
                    })?;
                }
            }
            "-o" | "--output" => parsed.output = Some(value("--output")?),
            _ => return Err(format!("unknown option '{arg}'")),
        }
    }
    if parsed.xlsx && parsed.output.is_none() {
        return Err("--format xlsx needs -o FILE (a workbook is not text)".to_string());
    }
    Ok(Command::Run(parsed))
}

const XLSX: &str = "xlsx";

/// Reads and decodes one input; the error names what went wrong.
fn read_input(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if name == "-" {
        let mut stdin = std::io::stdin();
        if stdin.is_terminal() {
            eprintln!(
                "zhibiao: reading standard input (paste the text, then Ctrl-D); --help for usage"
            );
        }
        stdin.read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    read.map_err(|e| e.to_string())?;
    decode(&bytes).map(|d| d.text).map_err(|e| e.to_string())
}

fn display_name(name: &str) -> &str {
    if name == "-" {
        "<stdin>"
    } else {
        name
    }
}

fn write_output(path: Option<&str>, bytes: &[u8]) -> std::io::Result<()> {
    match path {
        Some(path) => std::fs::write(path, bytes),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()
        }
    }
}

/// Reads the `--dict` files into one dictionary text; the error names the
/// file and the line.
fn read_dictionaries(files: &[String]) -> Result<String, String> {
    let mut text = String::new();
    let mut starts: Vec<(usize, &str)> = Vec::new();
    for name in files {
        let mut added = read_input(name).map_err(|e| format!("{name}: {e}"))?;
        if !added.ends_with('\n') {
            added.push('\n');
        }
        starts.push((text.lines().count(), name));
        text.push_str(&added);
    }
    match zhibiao::Dictionary::parse(&text) {
        Ok(_) => Ok(text),
        Err(e) => {
            let (first, name) = starts
                .iter()
                .rev()
                .find(|(first, _)| *first < e.line)
                .copied()
                .unwrap_or((0, "dictionary"));
            Err(format!("{name}: line {}: {}", e.line - first, e.message))
        }
    }
}

fn run(args: Args) -> ExitCode {
    let inputs = if args.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        args.inputs
    };
    let dictionary = match read_dictionaries(&args.dicts) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("zhibiao: {e}");
            return ExitCode::from(2);
        }
    };
    let options = Options {
        core_only: args.core_only,
        dictionary,
    };
    let mut failed = false;
    let mut reports: Vec<(&str, Report)> = Vec::new();
    for name in &inputs {
        match read_input(name) {
            Ok(text) => reports.push((display_name(name), zhibiao::parse_with(&text, &options))),
            Err(e) => {
                eprintln!("zhibiao: {}: {e}", display_name(name));
                failed = true;
            }
        }
    }
    if !reports.is_empty() {
        let docs: Vec<Doc> = reports
            .iter()
            .map(|(name, report)| Doc {
                name: Some(name),
                report,
                marks: &[],
            })
            .collect();
        let labelled = inputs.len() > 1;
        let bytes = if args.xlsx {
            zhibiao::render::xlsx::render(&docs, labelled)
                .map_err(|e| std::io::Error::other(e.to_string()))
        } else {
            Ok(render_with(args.format, &docs, labelled).into_bytes())
        };
        match bytes.and_then(|bytes| write_output(args.output.as_deref(), &bytes)) {
            Ok(()) => {}
            // A reader that stopped early (`| head`) is not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => {
                let target = args.output.as_deref().unwrap_or("<stdout>");
                eprintln!("zhibiao: {target}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("panel") {
        return panel_cmd::main(args[1..].to_vec());
    }
    match parse_args(args) {
        Ok(Command::Run(args)) => run(args),
        Ok(Command::Help) => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::Version) => {
            println!("zhibiao {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("zhibiao: {e}\nTry 'zhibiao --help'.");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    fn run_args(args: &[&str]) -> Args {
        match parse(args) {
            Ok(Command::Run(a)) => a,
            other => panic!("not a run: {other:?}"),
        }
    }

    #[test]
    fn defaults_to_table_on_stdin() {
        let a = run_args(&[]);
        assert_eq!(a.format, Format::Table);
        assert!(a.inputs.is_empty() && !a.core_only && a.output.is_none());
    }

    #[test]
    fn reads_options_in_both_spellings() {
        let a = run_args(&["--format=csv", "-o", "out.csv", "--core-only", "a.txt", "-"]);
        assert_eq!(a.format, Format::Csv);
        assert_eq!(a.output.as_deref(), Some("out.csv"));
        assert!(a.core_only);
        assert_eq!(a.inputs, ["a.txt", "-"]);
        assert_eq!(
            run_args(&["--dict", "a.tsv", "--dict=b.tsv"]).dicts,
            ["a.tsv", "b.tsv"]
        );
        assert_eq!(run_args(&["-f", "jsonl"]).format, Format::Jsonl);
        assert_eq!(
            run_args(&["--", "--odd-name.txt"]).inputs,
            ["--odd-name.txt"]
        );
    }

    #[test]
    fn usage_errors() {
        assert!(parse(&["--format", "xlsx"])
            .unwrap_err()
            .contains("-o FILE"));
        assert!(parse(&["--format", "xls"]).unwrap_err().contains("xlsx"));
        assert!(run_args(&["-f", "XLSX", "-o", "a.xlsx"]).xlsx);
        assert!(parse(&["--format"]).unwrap_err().contains("needs a value"));
        assert!(parse(&["--frobnicate"])
            .unwrap_err()
            .contains("--frobnicate"));
        assert_eq!(parse(&["a.txt", "--help"]), Ok(Command::Help));
        assert_eq!(parse(&["-V"]), Ok(Command::Version));
    }
}
