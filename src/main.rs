//! The zhibiao CLI: arguments, files, encodings, exit codes. Parsing is
//! `zhibiao::parse_with`, output is `zhibiao::render`; nothing else here.

mod cli_args;
mod cli_output;
mod corpus_cmd;
mod panel_cmd;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use cli_output::Output;
use zhibiao::input::{decode_owned, read_file};
use zhibiao::render::{render_with_options, Doc, Format, RenderOptions};
use zhibiao::{Options, Report};

const USAGE: &str = "\
zhibiao — turns Chinese government report text into indicator tables

Usage: zhibiao [OPTIONS] [FILE...]
       zhibiao panel [OPTIONS] FILE...   (several reports, one panel: --help)
       zhibiao corpus [OPTIONS] DIR|FILE...  (folders of reports, in parallel: --help)

Reads each FILE (UTF-8, UTF-16 with BOM, or GBK/GB18030; a .html or .htm
file as the text of the page), or standard input when no FILE or `-` is
given, and prints one row per indicator.

Options:
  -f, --format FORMAT  table (default), jsonl, json, csv, tsv, xlsx (needs -o)
      --core-only      keep only standard indicators (canonical name set)
      --dict FILE      add your own indicators (repeatable): lines of
                       standard name<TAB>category<TAB>variant<TAB>variant…
                       (`#` starts a comment; the category may be empty)
      --money UNIT     show money (元 and its multiples) in 亿元 or 万元
      --people UNIT    show people (人, 人次 and their multiples) in 万人 or 人
                       (the evidence keeps the report's wording)
  -o, --output FILE    write to FILE instead of standard output
      --explain        each row with the rules that shaped it (with -f jsonl:
                       each row's JSON with a `rules` array)
      --skip-rule NAME switch one rule off, to see what it does (repeatable)
      --list-rules     print the rules, by phase, as a Markdown table
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
    /// `--money`, `--people`: the units to show values in.
    render: RenderOptions,
    /// `--explain`: the rules that shaped each row.
    explain: bool,
    /// `--skip-rule NAME`s: rules switched off.
    skip_rules: zhibiao::Rules,
    /// `-` is standard input; empty means standard input.
    inputs: Vec<String>,
}

#[derive(Debug, PartialEq)]
enum Command {
    Run(Args),
    ListRules,
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
        render: RenderOptions::default(),
        explain: false,
        skip_rules: zhibiao::Rules::NONE,
        inputs: Vec::new(),
    };
    let mut args = cli_args::Args::new(args);
    while let Some(flag) = args.next_flag(&mut parsed.inputs) {
        let mut value = |name: &str| args.value(name);
        match flag.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--core-only" => parsed.core_only = true,
            "--explain" => parsed.explain = true,
            "--list-rules" => return Ok(Command::ListRules),
            "--skip-rule" => {
                let name = value("--skip-rule")?;
                let rule = zhibiao::rule_by_name(&name)
                    .ok_or_else(|| format!("unknown rule '{name}' (--list-rules lists them)"))?;
                parsed.skip_rules = parsed.skip_rules.union(rule);
            }
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
            "--money" => parsed.render.units.money = Some(unit(&value("--money")?, "元")?),
            "--people" => parsed.render.units.people = Some(unit(&value("--people")?, "人")?),
            _ => return Err(format!("unknown option '{flag}'")),
        }
    }
    if parsed.xlsx && parsed.output.is_none() {
        return Err("--format xlsx needs -o FILE (a workbook is not text)".to_string());
    }
    Ok(Command::Run(parsed))
}

const XLSX: &str = "xlsx";

/// A `--money`/`--people` unit: one of `base`'s multiples (亿元, 万元; 万人, 人).
fn unit(name: &str, base: &str) -> Result<zhibiao::render::units::Target, String> {
    name.strip_suffix(base)
        .and_then(|_| name.parse().ok())
        .ok_or_else(|| format!("unknown unit '{name}' (expected a multiple of {base}: 亿{base}, 万{base} or {base})"))
}

/// Reads and decodes one input; the error names what went wrong.
fn read_input(name: &str) -> Result<String, String> {
    if name != "-" {
        return read_file(std::path::Path::new(name))
            .map(|d| d.text)
            .map_err(|e| e.to_string());
    }
    let mut stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!(
            "zhibiao: reading standard input (paste the text, then Ctrl-D); --help for usage"
        );
    }
    let mut bytes = Vec::new();
    stdin.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    decode_owned(bytes)
        .map(|d| d.text)
        .map_err(|e| e.to_string())
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

fn run(mut args: Args) -> ExitCode {
    let inputs = if args.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        std::mem::take(&mut args.inputs)
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
        skip_rules: args.skip_rules,
    };
    let labelled = inputs.len() > 1;
    // A workbook and --explain need every report before they write; the
    // other formats write each report as soon as it is parsed.
    let streamed = !args.explain && !args.xlsx;
    let mut output = Output::new(args.output.as_deref(), args.format, labelled, args.render);
    let mut failed = false;
    let mut reports: Vec<(&str, Report)> = Vec::new();
    let (parser, note) = zhibiao::Parser::lenient(&options);
    for name in &inputs {
        match read_input(name) {
            Ok(text) if streamed => {
                output.parse_and_write(display_name(name), &text, &parser, note.as_ref());
            }
            Ok(text) => {
                let mut report = parser.parse(&text);
                report.notes.extend(note.clone());
                reports.push((display_name(name), report));
            }
            Err(e) => {
                eprintln!("zhibiao: {}: {e}", display_name(name));
                failed = true;
            }
        }
    }
    let written = if streamed {
        output.finish()
    } else if reports.is_empty() {
        Ok(())
    } else {
        write_reports(&args, &reports, labelled)
    };
    if !told_written(args.output.as_deref(), written) {
        failed = true;
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Renders the reports in the format asked for (the table, a workbook,
/// --explain) and writes them out.
fn write_reports(args: &Args, reports: &[(&str, Report)], labelled: bool) -> std::io::Result<()> {
    let docs: Vec<Doc> = reports
        .iter()
        .map(|(name, report)| Doc {
            name: Some(name),
            report,
            marks: &[],
        })
        .collect();
    let bytes = if args.explain {
        let jsonl = args.format == Format::Jsonl;
        Ok(zhibiao::render::explain::render(&docs, jsonl).into_bytes())
    } else if args.xlsx {
        zhibiao::render::xlsx::render_with_options(&docs, labelled, &args.render)
            .map_err(|e| std::io::Error::other(e.to_string()))
    } else {
        Ok(render_with_options(args.format, &docs, labelled, &args.render).into_bytes())
    };
    bytes.and_then(|bytes| write_output(args.output.as_deref(), &bytes))
}

/// Tells a write error; false when the output could not be written.
fn told_written(output: Option<&str>, written: std::io::Result<()>) -> bool {
    match written {
        Ok(()) => true,
        // A reader that stopped early (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(e) => {
            eprintln!("zhibiao: {}: {e}", output.unwrap_or("<stdout>"));
            false
        }
    }
}

/// glibc hands a freed block of memory back to the system only above a
/// threshold that grows to the largest block freed (up to 32 MB): once the
/// bytes of a file of megabytes are freed, the next big blocks (the rows,
/// the tables' text) come from the heap and, freed, stay counted in the
/// process's memory. A fixed threshold keeps every big block apart, given
/// back when freed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn give_big_blocks_back() {
    extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    // <malloc.h>: M_MMAP_THRESHOLD; glibc's default starting threshold.
    const M_MMAP_THRESHOLD: std::ffi::c_int = -3;
    const THRESHOLD: std::ffi::c_int = 128 * 1024;
    // SAFETY: mallopt only sets an allocator parameter; called first thing,
    // before any other thread runs.
    unsafe {
        mallopt(M_MMAP_THRESHOLD, THRESHOLD);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn give_big_blocks_back() {}

fn main() -> ExitCode {
    give_big_blocks_back();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("panel") => return panel_cmd::main(args[1..].to_vec()),
        Some("corpus") => return corpus_cmd::main(args[1..].to_vec()),
        _ => {}
    }
    match parse_args(args) {
        Ok(Command::Run(args)) => run(args),
        Ok(Command::ListRules) => {
            print!("{}", zhibiao::render::explain::rules_table());
            ExitCode::SUCCESS
        }
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
    fn reads_the_units_to_show() {
        let a = run_args(&["--money", "万元", "--people=人"]);
        assert_eq!(a.render.units.money, "万元".parse().ok());
        assert_eq!(a.render.units.people, "人".parse().ok());
        assert!(run_args(&[]).render.units.is_none());
        assert!(parse(&["--money", "万人"])
            .unwrap_err()
            .contains("unknown unit"));
        assert!(parse(&["--people", "亿元"])
            .unwrap_err()
            .contains("unknown unit"));
        assert!(parse(&["--money", "美元"]).is_err());
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
