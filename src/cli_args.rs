//! The command line read word by word, for `zhibiao` and `zhibiao panel`:
//! files, and options with their values (`--name value`, `--name=value`,
//! `-n value`); `-` is a file (standard input), and after `--` every word is
//! a file.

/// One word of the command line.
#[derive(Debug, PartialEq)]
pub enum Arg {
    File(String),
    /// An option as written, without an inline `=value`.
    Flag(String),
}

pub struct Args<I> {
    words: I,
    only_files: bool,
    /// The `value` of the last `--name=value`.
    inline: Option<String>,
}

impl<I: Iterator<Item = String>> Args<I> {
    pub fn new(words: impl IntoIterator<Item = String, IntoIter = I>) -> Self {
        Args {
            words: words.into_iter(),
            only_files: false,
            inline: None,
        }
    }

    /// The next file or option; `None` at the end.
    pub fn next_arg(&mut self) -> Option<Arg> {
        self.inline = None;
        let word = self.words.next()?;
        if self.only_files || word == "-" || !word.starts_with('-') {
            return Some(Arg::File(word));
        }
        if word == "--" {
            self.only_files = true;
            return self.next_arg();
        }
        match word.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                self.inline = Some(value.to_string());
                Some(Arg::Flag(flag.to_string()))
            }
            _ => Some(Arg::Flag(word)),
        }
    }

    /// The next option; the files before it go to `files`. `None` at the end.
    pub fn next_flag(&mut self, files: &mut Vec<String>) -> Option<String> {
        loop {
            match self.next_arg()? {
                Arg::File(file) => files.push(file),
                Arg::Flag(flag) => return Some(flag),
            }
        }
    }

    /// The value of the option just read (`name` for the error).
    pub fn value(&mut self, name: &str) -> Result<String, String> {
        self.inline
            .take()
            .or_else(|| self.words.next())
            .ok_or_else(|| format!("{name} needs a value"))
    }
}

/// Runs a subcommand (`panel`, `corpus`) from its parsed arguments: help
/// (`None`) prints `usage`, a usage error exits 2 naming the subcommand.
pub fn run_subcommand<A>(
    parsed: Result<Option<A>, String>,
    name: &str,
    usage: &str,
    run: impl FnOnce(A) -> std::process::ExitCode,
) -> std::process::ExitCode {
    match parsed {
        Ok(Some(args)) => run(args),
        Ok(None) => {
            print!("{usage}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("zhibiao: {e}\nTry 'zhibiao {name} --help'.");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_options_and_values() {
        let words = ["a.txt", "-f", "csv", "--output=x.csv", "-", "--", "-o"];
        let mut args = Args::new(words.map(String::from));
        assert_eq!(args.next_arg(), Some(Arg::File("a.txt".into())));
        assert_eq!(args.next_arg(), Some(Arg::Flag("-f".into())));
        assert_eq!(args.value("-f").as_deref(), Ok("csv"));
        assert_eq!(args.next_arg(), Some(Arg::Flag("--output".into())));
        assert_eq!(args.value("--output").as_deref(), Ok("x.csv"));
        assert_eq!(args.next_arg(), Some(Arg::File("-".into())));
        assert_eq!(args.next_arg(), Some(Arg::File("-o".into())));
        assert_eq!(args.next_arg(), None);
        assert!(args.value("-o").is_err());
    }

    #[test]
    fn flags_with_the_files_set_aside() {
        let words = ["a.txt", "b.txt", "-f", "csv", "c.txt"];
        let mut args = Args::new(words.map(String::from));
        let mut files = Vec::new();
        assert_eq!(args.next_flag(&mut files).as_deref(), Some("-f"));
        assert_eq!(args.value("-f").as_deref(), Ok("csv"));
        assert_eq!(args.next_flag(&mut files), None);
        assert_eq!(files, ["a.txt", "b.txt", "c.txt"]);
    }
}
