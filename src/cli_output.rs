//! Where the CLI writes: standard output or `-o FILE`, opened at the first
//! report (a run whose inputs all fail writes nothing, not even an empty
//! file), written report by report as each is parsed. A write error is kept
//! for the end, where it is told after the inputs' errors, as when the
//! whole output was written at once.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use zhibiao::render::write::ReportWriter;
use zhibiao::render::{Format, RenderOptions};
use zhibiao::{Parser, Report};

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

    /// Parses a report and writes it, its rows batch by batch as they are
    /// found: a text of many megabytes never has all its rows held. After
    /// a write error, nothing more is written.
    pub(crate) fn parse_and_write(
        &mut self,
        name: &str,
        text: &str,
        parser: &Parser,
        note: Option<&String>,
    ) {
        let mut batch: Option<Report> = None;
        let mut report = parser.parse_in_batches(text, |head, rows| {
            let batch = batch.get_or_insert_with(|| head.clone());
            batch.rows = rows;
            self.keep(|out| out.write_rows(Some(name), batch));
            // Written, the rows go before the next batch is found.
            batch.rows = Vec::new();
        });
        report.notes.extend(note.cloned());
        self.keep(|out| out.end_report(Some(name), &report));
    }

    /// Runs a write unless one failed before, keeping its error.
    fn keep(&mut self, write: impl FnOnce(&mut ReportWriter<Out>) -> io::Result<()>) {
        if self.error.is_some() {
            return;
        }
        if let Err(e) = self.writer().and_then(write) {
            self.error = Some(e);
        }
    }

    /// The writer, opened at the first write.
    fn writer(&mut self) -> io::Result<&mut ReportWriter<Out>> {
        if self.writer.is_none() {
            let out = BufWriter::new(open(self.path)?);
            self.writer = ReportWriter::new(out, self.format, self.labelled, self.options);
        }
        self.writer
            .as_mut()
            .ok_or_else(|| io::Error::other("no writer for this format"))
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
