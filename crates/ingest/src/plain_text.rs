//! Plain text inputs: one document whose text is the input, byte for byte.

use rhetor_schema::Document;

use crate::text_decoding::{decode_whole_input, is_blank};
use crate::{IngestError, Result};

/// The document of a plain text input named `path`. The text is kept exactly as it came, byte
/// order mark and CRLF line breaks included, because every offset of the analysis indexes it.
pub(crate) fn plain_text_document(path: &str, bytes: Vec<u8>, lossy: bool) -> Result<Document> {
    let (text, replacement_diagnostic) = decode_whole_input(path, bytes, lossy)?;
    if is_blank(&text) {
        return Err(IngestError::Empty {
            path: path.to_owned(),
        });
    }
    let mut document = Document::new(path, text);
    document.diagnostics.extend(replacement_diagnostic);
    Ok(document)
}
