//! Reading documents in batches: the loop that `rhetor analyze` and `rhetor ingest` share.
//!
//! Documents are handed on in batches of about [`BATCH_BYTES`] bytes (at most
//! [`BATCH_DOCUMENTS`] documents): enough to keep every core busy, while memory stays bounded
//! whatever the size of the corpus. Bad inputs are skipped and counted with `--skip-bad`, or stop
//! the reading; the documents read before them are still handed on.

use rhetor_ingest::IngestError;
use rhetor_schema::Document;

/// A batch is handed on once its texts hold this many bytes.
const BATCH_BYTES: usize = 8 * 1024 * 1024;
/// A batch never holds more documents than this, so that short records stream out steadily.
const BATCH_DOCUMENTS: usize = 512;

/// How the reading ended.
pub(crate) struct BatchReading {
    /// Bad inputs skipped (with `--skip-bad`).
    pub(crate) skipped: usize,
    /// The bad input that stopped the reading (without `--skip-bad`).
    pub(crate) first_error: Option<IngestError>,
}

/// Reads `documents` and calls `handle(batch, bytes, is_last)` for every batch, the last one
/// (possibly empty) with `is_last` set.
///
/// # Errors
///
/// The first error `handle` returns; bad inputs are not errors here but part of the
/// [`BatchReading`].
pub(crate) fn read_in_batches(
    documents: impl Iterator<Item = Result<Document, IngestError>>,
    skip_bad: bool,
    mut handle: impl FnMut(Vec<Document>, usize, bool) -> anyhow::Result<()>,
) -> anyhow::Result<BatchReading> {
    let mut reading = BatchReading {
        skipped: 0,
        first_error: None,
    };
    let mut batch: Vec<Document> = Vec::new();
    let mut batch_bytes = 0;
    for item in documents {
        match item {
            Ok(document) => {
                batch_bytes += document.text.len();
                batch.push(document);
                if batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCUMENTS {
                    handle(std::mem::take(&mut batch), batch_bytes, false)?;
                    batch_bytes = 0;
                }
            }
            Err(error) if skip_bad => {
                eprintln!("rhetor: skipped: {error}");
                reading.skipped += 1;
            }
            Err(error) => {
                reading.first_error = Some(error);
                break;
            }
        }
    }
    handle(batch, batch_bytes, true)?;
    Ok(reading)
}
