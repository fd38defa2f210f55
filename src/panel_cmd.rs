//! `zhibiao panel`: several reports, one panel (see `zhibiao::panel`).
//! Arguments, files and output only; the panel is `zhibiao::panel::build`.

use super::cli_args;
use super::{display_name, read_dictionaries, read_input, write_output};
use std::process::ExitCode;
use zhibiao::panel::{self, render, Source};
use zhibiao::{Options, Report};

pub const USAGE: &str = "\
zhibiao panel — several reports, one table of standard indicators

Usage: zhibiao panel [OPTIONS] FILE...

One line per region × standard indicator × period: the target, the estimate
and the actual side by side (a 2024 work report's targets meet the 2025
report's 2024 results), with the gap and whether the target was met.
Region comes from each row (the report's own, or the city a round-up
row is of), period from each row.

Options:
  -f, --format FORMAT  table (default), csv, tsv, json, xlsx (needs -o)
      --dict FILE      add your own indicators (repeatable), as for zhibiao
  -o, --output FILE    write to FILE instead of standard output
  -h, --help           print this help

csv/tsv/xlsx: a long table, one line per cell; the workbook adds the wide
layout (indicator × year for one region, indicator × region per year).
json: {\"reports\": [{\"file\", \"meta\"}...], \"cells\": [...]}.

Exit status: 0 on success, 1 when an input could not be read or decoded (the
others are still used), 2 on a usage error.

Example:
  zhibiao panel -f xlsx -o 面板.xlsx 2024年政府工作报告.txt 2025年政府工作报告.txt
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xlsx,
}

#[derive(Debug, PartialEq)]
pub struct PanelArgs {
    pub format: PanelFormat,
    pub output: Option<String>,
    /// `--dict FILE`s: the user's indicators, in order.
    pub dicts: Vec<String>,
    pub inputs: Vec<String>,
}

/// `None`: help was asked for.
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<PanelArgs>, String> {
    let mut parsed = PanelArgs {
        format: PanelFormat::Table,
        output: None,
        dicts: Vec::new(),
        inputs: Vec::new(),
    };
    let mut args = cli_args::Args::new(args);
    while let Some(flag) = args.next_flag(&mut parsed.inputs) {
        let mut value = |name: &str| args.value(name);
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "-f" | "--format" => {
                let name = value("--format")?;
                parsed.format = match name.to_ascii_lowercase().as_str() {
                    "table" => PanelFormat::Table,
                    "csv" => PanelFormat::Csv,
                    "tsv" => PanelFormat::Tsv,
                    "json" => PanelFormat::Json,
                    "xlsx" => PanelFormat::Xlsx,
                    _ => {
                        return Err(format!(
                            "unknown panel format '{name}' (expected table, csv, tsv, json or xlsx)"
                        ))
                    }
                };
            }
            "-o" | "--output" => parsed.output = Some(value("--output")?),
            "--dict" => parsed.dicts.push(value("--dict")?),
            _ => return Err(format!("unknown panel option '{flag}'")),
        }
    }
    if parsed.format == PanelFormat::Xlsx && parsed.output.is_none() {
        return Err("--format xlsx needs -o FILE (a workbook is not text)".to_string());
    }
    if parsed.inputs.is_empty() {
        return Err("panel needs at least one FILE".to_string());
    }
    Ok(Some(parsed))
}

pub fn run(args: PanelArgs) -> ExitCode {
    let options = match read_dictionaries(&args.dicts) {
        Ok(dictionary) => Options {
            dictionary,
            ..Options::default()
        },
        Err(e) => {
            eprintln!("zhibiao: {e}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    let mut reports: Vec<(&str, Report)> = Vec::new();
    for name in &args.inputs {
        match read_input(name) {
            Ok(text) => reports.push((display_name(name), zhibiao::parse_with(&text, &options))),
            Err(e) => {
                eprintln!("zhibiao: {}: {e}", display_name(name));
                failed = true;
            }
        }
    }
    let sources: Vec<Source> = reports.iter().map(|(f, r)| Source::new(f, r)).collect();
    let panel = panel::build(&sources);
    let bytes = match args.format {
        PanelFormat::Table => Ok(render::table(&panel).into_bytes()),
        PanelFormat::Csv => Ok(render::csv(&panel).into_bytes()),
        PanelFormat::Tsv => Ok(render::tsv(&panel).into_bytes()),
        PanelFormat::Json => Ok(render::json(&panel).into_bytes()),
        PanelFormat::Xlsx => {
            panel::xlsx::render(&panel).map_err(|e| std::io::Error::other(e.to_string()))
        }
    };
    match bytes.and_then(|b| write_output(args.output.as_deref(), &b)) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!(
                "zhibiao: {}: {e}",
                args.output.as_deref().unwrap_or("<stdout>")
            );
            failed = true;
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The `panel` subcommand from its arguments (after the word `panel`).
pub fn main(args: Vec<String>) -> ExitCode {
    cli_args::run_subcommand(parse_args(args), "panel", USAGE, run)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<PanelArgs>, String> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn reads_formats_and_files() {
        let a = parse(&["-f", "csv", "a.txt", "b.txt"]).unwrap().unwrap();
        assert_eq!(a.format, PanelFormat::Csv);
        assert_eq!(a.inputs, ["a.txt", "b.txt"]);
        let a = parse(&["--format=xlsx", "-o", "p.xlsx", "a.txt"])
            .unwrap()
            .unwrap();
        assert_eq!(a.format, PanelFormat::Xlsx);
        assert_eq!(parse(&["--help"]), Ok(None));
        let a = parse(&["--dict", "a.tsv", "--dict=b.tsv", "r.txt"])
            .unwrap()
            .unwrap();
        assert_eq!(a.dicts, ["a.tsv", "b.tsv"]);
    }

    #[test]
    fn usage_errors() {
        assert!(parse(&[]).unwrap_err().contains("FILE"));
        assert!(parse(&["-f", "xlsx", "a"]).unwrap_err().contains("-o"));
        assert!(parse(&["-f", "jsonl", "a"]).unwrap_err().contains("jsonl"));
        assert!(parse(&["--core-only", "a"])
            .unwrap_err()
            .contains("--core-only"));
    }
}
