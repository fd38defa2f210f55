//! Where the CLI writes: standard output or `-o FILE`, opened at the first
//! report (a run whose inputs all fail writes nothing, not even an empty
//! file), written report by report as each is parsed. A write error is kept
//! for the end, where it is told after the inputs' errors, as when the
//! whole output was written at once.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use zhibiao::render::write::ReportWriter;
use zhibiao::render::{Format, RenderOptions};
use zhibiao::Report;

type Out = BufWriter<Box<dyn Write>>;

pub(crate) struct Output<'a> {
    path: Option<&'a str>,
    format: Format,
    labelled: bool,
    options: RenderOptions,
    writer: Option<ReportWriter<Out>>,
    error: Option<io::Error>,
}

impl<'a> Output<'a> {
    pub(crate) fn new(
        path: Option<&'a str>,
        format: Format,
        labelled: bool,
        options: RenderOptions,
    ) -> Self {
        Output {
            path,
            format,
            labelled,
            options,
            writer: None,
            error: None,
        }
    }

    /// Writes a report; after an error, nothing more.
    pub(crate) fn write(&mut self, name: &str, report: &Report) {
        if self.error.is_none() {
            if let Err(e) = self.try_write(name, report) {
                self.error = Some(e);
            }
        }
    }

    fn try_write(&mut self, name: &str, report: &Report) -> io::Result<()> {
        if self.writer.is_none() {
            let out = BufWriter::new(open(self.path)?);
            self.writer = ReportWriter::new(out, self.format, self.labelled, self.options);
        }
        match &mut self.writer {
            Some(writer) => writer.write(Some(name), report),
            None => Err(io::Error::other("the table is not written row by row")),
        }
    }

    /// Ends the output; the error to tell, if any.
    pub(crate) fn finish(self) -> io::Result<()> {
        if let Some(e) = self.error {
            return Err(e);
        }
        match self.writer {
            Some(writer) => writer.finish().map(drop),
            None => Ok(()),
        }
    }
}

fn open(path: Option<&str>) -> io::Result<Box<dyn Write>> {
    Ok(match path {
        Some(path) => Box::new(File::create(path)?),
        None => Box::new(io::stdout().lock()),
    })
}
