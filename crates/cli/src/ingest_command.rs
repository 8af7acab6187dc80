//! `rhetor ingest`: reads documents, analyses them on every core in chunks of `--commit-every`,
//! and stores each chunk in the corpus database in one transaction.
//!
//! Resuming is re-running: a document whose id and content are already stored is skipped before
//! it is analysed, so that a restarted ingest quickly passes what an interrupted one committed
//! and then goes on where it stopped. What `--log-commits` reports as committed has been committed
//! by SQLite, and a committed transaction survives the death of the process (see
//! `rhetor_store::Store::open`).

use anyhow::Context;
use rayon::prelude::*;
use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_schema::{Analysis, Document};
use rhetor_store::{IngestOutcome, Store};

use crate::document_batches::read_in_batches;
use crate::flags::IngestArguments;

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
    let analyze_options = crate::analysis_tiers::analyze_options(arguments.accurate, false)?;
    let mut store =
        Store::open(&arguments.db).with_context(|| format!("opening {}", arguments.db.display()))?;

    let progress = progress_bar(&arguments.input.inputs);
    let mut tally = OutcomeTally::default();
    let documents = rhetor_ingest::read_documents(inputs, ingest_options);
    // The documents read before a bad input are stored: they are complete, and a re-run after
    // fixing the input finds them unchanged.
    let commit_every = usize::try_from(arguments.commit_every).unwrap_or(usize::MAX);
    let reading = read_in_batches(documents, arguments.skip_bad, |batch, _bytes, _is_last| {
        // Smaller transactions than the reading batches: an interruption loses at most one chunk.
        let mut batch = batch.into_iter().peekable();
        while batch.peek().is_some() {
            let chunk: Vec<Document> = batch.by_ref().take(commit_every).collect();
            let chunk_bytes: usize = chunk.iter().map(|document| document.text.len()).sum();
            let wrote = store_chunk(&mut store, chunk, &analyze_options, &mut tally)?;
            // A line per transaction that wrote: the documents it counts, in input order, are all
            // in the store now (stored earlier, or by this transaction).
            if arguments.log_commits && wrote {
                eprintln!(
                    "rhetor: committed {} document(s): {} inserted, {} updated, {} unchanged",
                    tally.total(),
                    tally.inserted,
                    tally.updated,
                    tally.unchanged
                );
            }
            progress.inc(chunk_bytes as u64);
            progress.set_message(format!("{} documents", tally.total()));
        }
        Ok(())
    })?;
    progress.finish_and_clear();
    let skipped = reading.skipped;

    let near_duplicates = store.near_duplicate_count().context("counting near-duplicates")?;
    eprintln!(
        "rhetor: {} inserted, {} updated, {} unchanged; the store holds {} document(s), {near_duplicates} of them near-duplicates of another{}",
        tally.inserted,
        tally.updated,
        tally.unchanged,
        store.document_count().context("counting documents")?,
        if skipped > 0 {
            format!(", {skipped} bad input(s) skipped")
        } else {
            String::new()
        }
    );
    if let Some(error) = reading.first_error {
        return Err(anyhow::Error::new(error).context("stopped at the first bad input (--skip-bad goes on)"));
    }
    if tally.total() == 0 && skipped == 0 {
        anyhow::bail!("no documents found in the given inputs");
    }
    Ok(())
}

/// A progress bar on standard error, drawn only when it is a terminal (indicatif hides it in a
/// pipe). Its length is the size of the input files, so that it can show an ETA; the text of a
/// document is close to its share of the file, which is all an estimate needs. Standard input has
/// no size: a spinner with the rate stands in.
fn progress_bar(inputs: &[String]) -> indicatif::ProgressBar {
    let total_bytes: Option<u64> = inputs.iter().try_fold(0u64, |total, input| {
        if input == "-" {
            return None;
        }
        Some(total + input_size(std::path::Path::new(input), true))
    });
    let bar = match total_bytes {
        Some(total) => indicatif::ProgressBar::new(total),
        None => indicatif::ProgressBar::new_spinner(),
    };
    let template = if total_bytes.is_some() {
        "{bar:30} {percent:>3}% {msg} {binary_bytes_per_sec} ETA {eta}"
    } else {
        "{spinner} {msg} {binary_bytes_per_sec}"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

/// The size of a file, or of every file below a directory; 0 for what cannot be read (reading
/// reports it properly later). Below the given input, symbolic links are not followed, as
/// ingestion does not follow them, so that a link loop cannot make this walk endless.
fn input_size(path: &std::path::Path, follow_links: bool) -> u64 {
    let metadata = if follow_links {
        std::fs::metadata(path)
    } else {
        std::fs::symlink_metadata(path)
    };
    match metadata {
        Ok(metadata) if metadata.is_file() => metadata.len(),
        Ok(metadata) if metadata.is_dir() => std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|entry| input_size(&entry.path(), false))
                    .sum()
            })
            .unwrap_or(0),
        _ => 0,
    }
}

/// Analyses the documents of a chunk that the store does not already hold unchanged, in parallel,
/// and stores them in one transaction; returns whether there was anything to store.
fn store_chunk(
    store: &mut Store,
    chunk: Vec<Document>,
    options: &AnalyzeOptions,
    tally: &mut OutcomeTally,
) -> anyhow::Result<bool> {
    let mut changed = Vec::with_capacity(chunk.len());
    for document in chunk {
        if store
            .is_stored_unchanged(&document)
            .context("looking up a document in the store")?
        {
            tally.unchanged += 1;
        } else {
            changed.push(document);
        }
    }
    if changed.is_empty() {
        return Ok(false);
    }
    let analyses: Vec<Analysis> = changed
        .into_par_iter()
        .map(|document| analyze(document, options))
        .collect();
    let outcomes = store
        .ingest_batch(&analyses)
        .context("storing a batch of analyses")?;
    tally.add(&outcomes);
    Ok(true)
}
