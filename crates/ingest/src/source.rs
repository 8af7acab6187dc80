//! Opening one input (a file or a byte stream): deciding its format and reading it into one
//! document, or into a stream of JSONL records.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::Path;

use rhetor_schema::Document;

use crate::format_detection::{
    format_from_extension, is_jsonl_record, looks_like_html, may_open_json_object, SNIFFED_PREFIX_BYTES,
};
use crate::html::html_document;
use crate::jsonl::JsonlRecords;
use crate::plain_text::plain_text_document;
use crate::text_decoding::{decode_whole_input, find_binary_evidence, is_blank};
use crate::{IngestError, IngestOptions, InputFormat, Result};

/// Read buffer size: large enough that JSONL lines of a few kilobytes cost one system call per
/// dozen lines.
const READ_BUFFER_BYTES: usize = 64 * 1024;

/// An opened input.
pub(crate) enum OpenedInput {
    /// A text or HTML input: one document, or why there is none.
    Single(Result<Document>),
    /// A JSONL input, read record by record.
    Records(JsonlRecords),
}

/// Opens the file at `path`; an error when it cannot be opened at all.
pub(crate) fn open_file(path: &Path, options: &IngestOptions) -> Result<OpenedInput> {
    let name = path.display().to_string();
    let io_error = |source| IngestError::Io {
        path: name.clone(),
        source,
    };
    let file = File::open(path).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    let format = match options.format {
        InputFormat::Auto => format_from_extension(path).unwrap_or(InputFormat::Auto),
        forced => forced,
    };
    let is_single_document = matches!(format, InputFormat::Text | InputFormat::Html);
    if is_single_document && exceeds_limit(size, options) {
        // Checked before reading, so that a huge file is rejected at once.
        return Ok(OpenedInput::Single(Err(too_large(name, size, options))));
    }
    Ok(open_stream(name, Box::new(file), Some(size), format, options))
}

/// Opens the byte stream `reader`, named `name`, whose size is `known_size` when it is a file.
pub(crate) fn open_stream(
    name: String,
    reader: Box<dyn Read + Send>,
    known_size: Option<u64>,
    format: InputFormat,
    options: &IngestOptions,
) -> OpenedInput {
    let mut reader = BufReader::with_capacity(READ_BUFFER_BYTES, reader);
    let mut already_read = Vec::new();
    let format = match format {
        InputFormat::Auto => {
            let sniffed = sniff_format(&mut reader, &mut already_read, options.max_document_bytes);
            match sniffed {
                Ok(format) => format,
                Err(source) => return OpenedInput::Single(Err(IngestError::Io { path: name, source })),
            }
        }
        given => given,
    };
    match format {
        InputFormat::Jsonl => {
            // The sniffed bytes are read again, ahead of the rest of the stream.
            let reader = Box::new(Cursor::new(already_read).chain(reader));
            OpenedInput::Records(JsonlRecords::new(name, reader, options))
        }
        InputFormat::Html | InputFormat::Text | InputFormat::Auto => OpenedInput::Single(
            read_single_document(name, reader, already_read, known_size, format, options),
        ),
    }
}

/// Decides the format of a stream from its first bytes, which are left in `already_read`: HTML by
/// its opening markup, JSONL by a first line that is a JSON object with a `text` field, else text.
/// Only a first line that starts with `{` is read whole, and never beyond the document limit.
pub(crate) fn sniff_format(
    reader: &mut impl BufRead,
    already_read: &mut Vec<u8>,
    max_document_bytes: usize,
) -> io::Result<InputFormat> {
    let prefix_bytes = u64::try_from(SNIFFED_PREFIX_BYTES).unwrap_or(u64::MAX);
    reader.take(prefix_bytes).read_to_end(already_read)?;
    if find_binary_evidence(already_read).is_some() {
        // Binary input is reported by the single-document path, which checks it first.
        return Ok(InputFormat::Text);
    }
    if looks_like_html(already_read) {
        return Ok(InputFormat::Html);
    }
    if !may_open_json_object(already_read) {
        return Ok(InputFormat::Text);
    }
    if !already_read.contains(&b'\n') {
        let remaining = line_bound(max_document_bytes).saturating_sub(byte_count(already_read));
        reader.take(remaining).read_until(b'\n', already_read)?;
    }
    let first_line = already_read
        .split(|&byte| byte == b'\n')
        .next()
        .unwrap_or_default();
    Ok(if is_jsonl_record(first_line) {
        InputFormat::Jsonl
    } else {
        InputFormat::Text
    })
}

/// Reads the rest of a text or HTML stream, after `already_read`, and makes its document.
fn read_single_document(
    name: String,
    reader: impl Read,
    mut already_read: Vec<u8>,
    known_size: Option<u64>,
    format: InputFormat,
    options: &IngestOptions,
) -> Result<Document> {
    if let Some(size) = known_size.filter(|&size| exceeds_limit(size, options)) {
        return Err(too_large(name, size, options));
    }
    if let Some(size) = known_size.and_then(|size| usize::try_from(size).ok()) {
        already_read.reserve_exact(size.saturating_sub(already_read.len()));
    }
    // One byte past the limit tells a stream at the limit from a longer one.
    let remaining = line_bound(options.max_document_bytes).saturating_sub(byte_count(&already_read));
    reader
        .take(remaining)
        .read_to_end(&mut already_read)
        .map_err(|source| IngestError::Io {
            path: name.clone(),
            source,
        })?;
    let read = byte_count(&already_read);
    if exceeds_limit(read, options) {
        return Err(too_large(name, known_size.unwrap_or(read).max(read), options));
    }
    match format {
        InputFormat::Html => {
            let (page_source, replacement_warning) = decode_whole_input(&name, already_read, options.lossy)?;
            if is_blank(&page_source) {
                return Err(IngestError::Empty { path: name });
            }
            let mut document = html_document(&name, &page_source)?;
            document.diagnostics.splice(0..0, replacement_warning);
            Ok(document)
        }
        InputFormat::Text | InputFormat::Auto | InputFormat::Jsonl => {
            plain_text_document(&name, already_read, options.lossy)
        }
    }
}

/// Whether `size` bytes exceed the document limit.
fn exceeds_limit(size: u64, options: &IngestOptions) -> bool {
    u64::try_from(options.max_document_bytes).is_ok_and(|limit| size > limit)
}

/// The number of bytes to read to know whether something exceeds `max_document_bytes`: one more.
fn line_bound(max_document_bytes: usize) -> u64 {
    u64::try_from(max_document_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1)
}

/// The length of `bytes` as a `u64`.
fn byte_count(bytes: &[u8]) -> u64 {
    u64::try_from(bytes.len()).unwrap_or(u64::MAX)
}

/// A [`IngestError::TooLarge`].
fn too_large(path: String, bytes: u64, options: &IngestOptions) -> IngestError {
    IngestError::TooLarge {
        path,
        bytes,
        limit: options.max_document_bytes,
    }
}
