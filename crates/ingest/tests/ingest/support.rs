//! Helpers shared by the tests: writing inputs and reading them back.

use std::fs;
use std::path::{Path, PathBuf};

use rhetor_ingest::{read_documents, IngestOptions, Input, Result};
use rhetor_schema::{DiagnosticCode, Document};

/// Writes `contents` to `name` under `directory`, creating parent directories, and returns the path.
pub(crate) fn write_input(directory: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = directory.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create the parent directory");
    }
    fs::write(&path, contents).expect("write the input");
    path
}

/// Everything reading `path` with `options` yields.
pub(crate) fn read_path(path: &Path, options: IngestOptions) -> Vec<Result<Document>> {
    read_documents(vec![Input::Path(path.to_owned())], options).collect()
}

/// The one document reading `path` with default options yields.
pub(crate) fn read_single_document(path: &Path) -> Document {
    let mut results = read_path(path, IngestOptions::default());
    assert_eq!(results.len(), 1, "expected one result, got {results:?}");
    results.remove(0).expect("the input reads")
}

/// The message of the one error reading `path` with `options` yields.
pub(crate) fn single_error_message(path: &Path, options: IngestOptions) -> String {
    let mut results = read_path(path, options);
    assert_eq!(results.len(), 1, "expected one result, got {results:?}");
    results.remove(0).expect_err("the input is rejected").to_string()
}

/// The codes of a document's diagnostics, in order.
pub(crate) fn diagnostic_codes(document: &Document) -> Vec<DiagnosticCode> {
    document
        .diagnostics
        .iter()
        .map(|diagnostic| diagnostic.code)
        .collect()
}

/// Options with a small document limit.
pub(crate) fn options_with_limit(max_document_bytes: usize) -> IngestOptions {
    IngestOptions {
        max_document_bytes,
        ..IngestOptions::default()
    }
}

/// Options that replace invalid UTF-8.
pub(crate) fn lossy_options() -> IngestOptions {
    IngestOptions {
        lossy: true,
        ..IngestOptions::default()
    }
}
