//! `rhetor analyze`: reads documents, analyses them on every core, prints them in input order.

use std::io::{IsTerminal, Write};

use anyhow::Context;
use rayon::prelude::*;
use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_schema::{Analysis, Document};

use crate::document_batches::read_in_batches;
use crate::flags::{AnalyzeArguments, OutputFormat};
use crate::text_report::write_text_report;

pub(crate) fn run(arguments: &AnalyzeArguments) -> anyhow::Result<()> {
    let inputs = arguments.input.ingest_inputs();
    let ingest_options = arguments.input.ingest_options();
    let single_document_expected = rhetor_ingest::yields_single_document(&inputs, &ingest_options);
    let format = arguments.format.unwrap_or(if std::io::stdout().is_terminal() {
        OutputFormat::Text
    } else {
        OutputFormat::Jsonl
    });
    let analyze_options = crate::analysis_tiers::analyze_options(arguments.accurate, arguments.tokens)?;

    let stdout = std::io::stdout();
    let mut printer = Printer::new(
        std::io::BufWriter::new(stdout.lock()),
        format,
        single_document_expected,
    );

    let documents = rhetor_ingest::read_documents(inputs, ingest_options);
    let reading = read_in_batches(documents, arguments.skip_bad, |batch, _bytes, is_last| {
        printer.print_batch(batch, is_last, &analyze_options)
    })?;
    // The output is closed even after an error, so that what was printed stays valid JSON.
    printer.end()?;

    let skipped = reading.skipped;
    if let Some(error) = reading.first_error {
        return Err(anyhow::Error::new(error).context("stopped at the first bad input (--skip-bad goes on)"));
    }
    if skipped > 0 {
        eprintln!(
            "rhetor: skipped {skipped} bad input(s); {} document(s) analysed",
            printer.printed
        );
    }
    if printer.printed == 0 && skipped == 0 {
        anyhow::bail!("no documents found in the given inputs");
    }
    Ok(())
}

/// How `--format json` wraps the analyses, decided when the first batch is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsonShape {
    /// Nothing printed yet.
    Undecided,
    /// One document: a single object.
    Object,
    /// A corpus: an array of objects.
    Array,
}

/// Writes analyses in the chosen format, keeping JSON well-formed across batches.
struct Printer<W: Write> {
    writer: W,
    format: OutputFormat,
    /// What ingestion expects from the inputs alone (one text file, or stdin that may turn out to
    /// be JSONL); the batches themselves have the last word.
    single_document_expected: bool,
    json_shape: JsonShape,
    printed: usize,
}

impl<W: Write> Printer<W> {
    fn new(writer: W, format: OutputFormat, single_document_expected: bool) -> Printer<W> {
        Printer {
            writer,
            format,
            single_document_expected,
            json_shape: JsonShape::Undecided,
            printed: 0,
        }
    }

    /// Analyses a batch in parallel and writes it in input order. `is_last` says no batch follows.
    fn print_batch(
        &mut self,
        batch: Vec<Document>,
        is_last: bool,
        options: &AnalyzeOptions,
    ) -> anyhow::Result<()> {
        if self.format == OutputFormat::Json && self.json_shape == JsonShape::Undecided && !batch.is_empty() {
            // One document that is known to be the only one is an object; anything that is, or may
            // still become, several documents is an array.
            let only_document = batch.len() == 1 && (is_last || self.single_document_expected);
            self.json_shape = if only_document {
                JsonShape::Object
            } else {
                JsonShape::Array
            };
            if self.json_shape == JsonShape::Array {
                self.writer.write_all(b"[")?;
            }
        }
        if self.json_shape == JsonShape::Object && self.printed + batch.len() > 1 {
            anyhow::bail!(
                "the input holds several documents, which one JSON object cannot show; use --format jsonl"
            );
        }
        let format = self.format;
        let rendered: Vec<anyhow::Result<Vec<u8>>> = batch
            .into_par_iter()
            .map(|document| render(&analyze(document, options), format))
            .collect();
        for output in rendered {
            let output = output?;
            match self.format {
                OutputFormat::Json if self.json_shape == JsonShape::Array => {
                    self.writer
                        .write_all(if self.printed == 0 { b"\n" } else { b",\n" })?;
                }
                OutputFormat::Text if self.printed > 0 => self.writer.write_all(b"\n")?,
                _ => {}
            }
            self.writer.write_all(&output)?;
            self.printed += 1;
        }
        Ok(())
    }

    fn end(&mut self) -> anyhow::Result<()> {
        match (self.format, self.json_shape) {
            (OutputFormat::Json, JsonShape::Object) => self.writer.write_all(b"\n")?,
            (OutputFormat::Json, JsonShape::Array) => self.writer.write_all(b"\n]\n")?,
            // A corpus that yielded nothing is still an array, so that a consumer can parse it.
            (OutputFormat::Json, JsonShape::Undecided) if !self.single_document_expected => {
                self.writer.write_all(b"[]\n")?;
            }
            _ => {}
        }
        self.writer.flush().context("writing the output")
    }
}

fn render(analysis: &Analysis, format: OutputFormat) -> anyhow::Result<Vec<u8>> {
    let mut output = Vec::with_capacity(analysis.text.len() * 3);
    match format {
        OutputFormat::Json => serde_json::to_writer_pretty(&mut output, analysis)?,
        OutputFormat::Jsonl => {
            serde_json::to_writer(&mut output, analysis)?;
            output.push(b'\n');
        }
        OutputFormat::Text => write_text_report(&mut output, analysis)?,
    }
    Ok(output)
}
