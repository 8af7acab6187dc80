//! Ingestion: plain text, standard input, HTML pages, JSONL corpora and directories, read into
//! [`Document`](rhetor_schema::Document)s.
//!
//! [`read_documents`] turns a list of [`Input`]s into a stream of documents, read one at a time
//! so that a corpus of any size goes through in bounded memory:
//!
//! * **Plain text** is one document whose id is the path as given (`-` for standard input) and
//!   whose text is the input byte for byte, byte order mark and CRLF included, because every
//!   offset of the analysis indexes it.
//! * **HTML** is one document whose text is the page's main text, one block per line, with
//!   navigation, headers, footers, scripts and other furniture dropped; the title, publication
//!   date and canonical URL come from the page's metadata. An `html_extracted` diagnostic says
//!   that offsets index the extracted text.
//! * **JSONL** is one document per line: `id`, `text`, `title`, `source`, `date` and `url` fill
//!   the document and every other field goes to its metadata.
//! * **Directories** are walked recursively in path order; hidden entries and files of other
//!   extensions are left out.
//!
//! The format comes from the extension, else from the first bytes, unless
//! [`IngestOptions::format`] forces one. Dates are normalised by [`normalize_date`].
//!
//! Bad input never panics: it yields an [`IngestError`] naming the input and the line or byte
//! where reading failed, and the stream goes on with the next line or file. Binary files, invalid
//! UTF-8 (unless [`IngestOptions::lossy`]), empty inputs and documents over
//! [`IngestOptions::max_document_bytes`] are errors; a file's size is checked before it is read.
//!
//! ```no_run
//! use rhetor_ingest::{read_documents, IngestOptions, Input};
//!
//! let inputs = vec![Input::Path("speeches/".into())];
//! for document in read_documents(inputs, IngestOptions::default()) {
//!     match document {
//!         Ok(document) => println!("{}: {} bytes", document.id, document.text.len()),
//!         Err(error) => eprintln!("rhetor: {error}"),
//!     }
//! }
//! ```

mod dates;
mod directory;
mod documents;
mod error;
mod format_detection;
mod html;
mod input;
mod jsonl;
mod nesting_limit;
mod plain_text;
mod source;
mod text_decoding;

pub use dates::{document_date, normalize_date};
pub use documents::{
    read_documents, read_documents_from_reader, yields_single_document, Documents, IngestStats,
};
pub use error::{IngestError, Result};
pub use input::{IngestOptions, Input, InputFormat};
