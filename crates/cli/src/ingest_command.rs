//! `rhetor ingest`: reads documents, analyses them on every core in batches, and stores each batch
//! in the corpus database in one transaction.

use anyhow::Context;
use rayon::prelude::*;
use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_schema::{Analysis, Document};
use rhetor_store::{IngestOutcome, Store};

use crate::flags::IngestArguments;

/// Documents are analysed in batches of about this many bytes, as in `rhetor analyze`: enough to
/// keep every core busy, while memory stays bounded whatever the size of the corpus.
const BATCH_BYTES: usize = 8 * 1024 * 1024;
/// A batch never holds more documents than this; it is also one database transaction.
const BATCH_DOCUMENTS: usize = 512;

/// How many documents each outcome had.
#[derive(Debug, Default)]
struct OutcomeTally {
    inserted: usize,
    updated: usize,
    unchanged: usize,
}

impl OutcomeTally {
    fn add(&mut self, outcomes: &[IngestOutcome]) {
        for outcome in outcomes {
            match outcome {
                IngestOutcome::Inserted => self.inserted += 1,
                IngestOutcome::Updated { .. } => self.updated += 1,
                IngestOutcome::Unchanged => self.unchanged += 1,
            }
        }
    }

    fn total(&self) -> usize {
        self.inserted + self.updated + self.unchanged
    }
}

pub(crate) fn run(arguments: &IngestArguments) -> anyhow::Result<()> {
    let inputs = arguments.input.ingest_inputs();
    let ingest_options = arguments.input.ingest_options();
    let analyze_options = AnalyzeOptions::default();
    let mut store =
        Store::open(&arguments.db).with_context(|| format!("opening {}", arguments.db.display()))?;

    let mut tally = OutcomeTally::default();
    let mut batch: Vec<Document> = Vec::new();
    let mut batch_bytes = 0;
    let mut skipped = 0usize;
    let mut first_error = None;
    for item in rhetor_ingest::read_documents(inputs, ingest_options) {
        match item {
            Ok(document) => {
                batch_bytes += document.text.len();
                batch.push(document);
                if batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCUMENTS {
                    store_batch(
                        &mut store,
                        std::mem::take(&mut batch),
                        &analyze_options,
                        &mut tally,
                    )?;
                    batch_bytes = 0;
                }
            }
            Err(error) if arguments.skip_bad => {
                eprintln!("rhetor: skipped: {error}");
                skipped += 1;
            }
            Err(error) => {
                first_error = Some(error);
                break;
            }
        }
    }
    // The documents read before a bad input are stored: they are complete, and a re-run after
    // fixing the input finds them unchanged.
    store_batch(&mut store, batch, &analyze_options, &mut tally)?;

    eprintln!(
        "rhetor: {} inserted, {} updated, {} unchanged{}",
        tally.inserted,
        tally.updated,
        tally.unchanged,
        if skipped > 0 {
            format!(", {skipped} bad input(s) skipped")
        } else {
            String::new()
        }
    );
    if let Some(error) = first_error {
        return Err(anyhow::Error::new(error).context("stopped at the first bad input (--skip-bad goes on)"));
    }
    if tally.total() == 0 && skipped == 0 {
        anyhow::bail!("no documents found in the given inputs");
    }
    Ok(())
}

/// Analyses a batch in parallel and stores it in one transaction.
fn store_batch(
    store: &mut Store,
    batch: Vec<Document>,
    options: &AnalyzeOptions,
    tally: &mut OutcomeTally,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let analyses: Vec<Analysis> = batch
        .into_par_iter()
        .map(|document| analyze(document, options))
        .collect();
    let outcomes = store
        .ingest_batch(&analyses)
        .context("storing a batch of analyses")?;
    tally.add(&outcomes);
    Ok(())
}
