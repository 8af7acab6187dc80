//! Turning input bytes into text: the binary check and strict or lossy UTF-8 decoding.

use std::borrow::Cow;

use rhetor_schema::{Diagnostic, DiagnosticCode};

use crate::format_detection::SNIFFED_PREFIX_BYTES;
use crate::IngestError;

/// Evidence that an input is binary: the offset of a telling byte and the byte itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BinaryEvidence {
    /// Byte offset of the NUL byte, or of the first of many control bytes.
    pub(crate) offset: usize,
    /// The byte.
    pub(crate) byte: u8,
}

/// Looks for signs of a binary file in the first [`SNIFFED_PREFIX_BYTES`] of `bytes`: a NUL
/// byte, or more than one control byte in ten. Text never holds NUL, and real texts hold control
/// bytes only by accident; images, archives and UTF-16 text are full of both.
pub(crate) fn find_binary_evidence(bytes: &[u8]) -> Option<BinaryEvidence> {
    let prefix = &bytes[..bytes.len().min(SNIFFED_PREFIX_BYTES)];
    if let Some(offset) = prefix.iter().position(|&byte| byte == 0) {
        return Some(BinaryEvidence { offset, byte: 0 });
    }
    // C0 control bytes other than tab, line feed, carriage return and form feed.
    let is_unexpected_control = |byte: &u8| *byte < 0x20 && !matches!(*byte, b'\t' | b'\n' | b'\r' | 0x0C);
    let control_count = prefix.iter().filter(|byte| is_unexpected_control(byte)).count();
    if control_count * 10 <= prefix.len() {
        return None;
    }
    let (offset, &byte) = prefix
        .iter()
        .enumerate()
        .find(|(_, byte)| is_unexpected_control(byte))?;
    Some(BinaryEvidence { offset, byte })
}

/// Decodes UTF-8, taking ownership so that valid input is not copied. Invalid input is an error
/// carrying the byte offset of the first invalid byte, unless `lossy` is set: then invalid
/// sequences become U+FFFD and a warning says how many.
pub(crate) fn decode_utf8(bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<Diagnostic>), usize> {
    let error = match String::from_utf8(bytes) {
        Ok(text) => return Ok((text, None)),
        Err(error) => error,
    };
    let first_invalid_offset = error.utf8_error().valid_up_to();
    if !lossy {
        return Err(first_invalid_offset);
    }
    let bytes = error.into_bytes();
    let diagnostic = replacement_diagnostic(&bytes, first_invalid_offset, "of the input");
    Ok((String::from_utf8_lossy(&bytes).into_owned(), Some(diagnostic)))
}

/// Decodes borrowed UTF-8 like [`decode_utf8`], copying only when invalid bytes are replaced.
/// `location` says in the warning what offsets count from (`of line 7`).
pub(crate) fn decode_utf8_borrowed<'a>(
    bytes: &'a [u8],
    lossy: bool,
    location: &str,
) -> Result<(Cow<'a, str>, Option<Diagnostic>), usize> {
    let first_invalid_offset = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok((Cow::Borrowed(text), None)),
        Err(error) => error.valid_up_to(),
    };
    if !lossy {
        return Err(first_invalid_offset);
    }
    let diagnostic = replacement_diagnostic(bytes, first_invalid_offset, location);
    Ok((String::from_utf8_lossy(bytes), Some(diagnostic)))
}

/// The warning that invalid UTF-8 in `bytes` was replaced.
fn replacement_diagnostic(bytes: &[u8], first_invalid_offset: usize, location: &str) -> Diagnostic {
    let replaced_sequences = bytes
        .utf8_chunks()
        .filter(|chunk| !chunk.invalid().is_empty())
        .count();
    Diagnostic::warning(
        DiagnosticCode::InvalidUtf8Replaced,
        format!(
            "replaced {replaced_sequences} invalid UTF-8 sequence(s) by U+FFFD, \
             the first at byte offset {first_invalid_offset} {location}"
        ),
    )
}

/// Decodes a whole input (a text file, an HTML page, standard input): rejects binary input first,
/// so that an image is reported as binary rather than as invalid UTF-8, then decodes UTF-8.
pub(crate) fn decode_whole_input(
    path: &str,
    bytes: Vec<u8>,
    lossy: bool,
) -> Result<(String, Option<Diagnostic>), IngestError> {
    if let Some(evidence) = find_binary_evidence(&bytes) {
        return Err(IngestError::Binary {
            path: path.to_owned(),
            offset: evidence.offset,
            byte: evidence.byte,
        });
    }
    decode_utf8(bytes, lossy).map_err(|offset| IngestError::InvalidUtf8 {
        path: path.to_owned(),
        offset,
    })
}

/// Whether a decoded text has nothing to analyse: only whitespace, or only a byte order mark.
pub(crate) fn is_blank(text: &str) -> bool {
    text.trim_start_matches('\u{FEFF}').trim().is_empty()
}
