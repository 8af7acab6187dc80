//! Plain text files: kept byte for byte; bad files rejected with messages naming file and offset.

use rhetor_ingest::{IngestOptions, InputFormat};
use rhetor_schema::{DiagnosticCode, Severity};

use super::support::{
    diagnostic_codes, lossy_options, options_with_limit, read_path, read_single_document,
    single_error_message, write_input,
};

#[test]
fn text_is_kept_byte_for_byte_with_its_byte_order_mark_and_crlf() {
    let directory = tempfile::tempdir().unwrap();
    let contents = "\u{FEFF}The Ministry condemns the shelling.\r\n\r\nWe call for restraint.\r\n";
    let path = write_input(directory.path(), "statement.txt", contents);
    let document = read_single_document(&path);
    assert_eq!(document.id, path.display().to_string());
    assert_eq!(document.text, contents);
    assert!(document.diagnostics.is_empty());
    assert_eq!(document.title, None);
}

#[test]
fn invalid_utf8_names_the_file_and_the_byte_offset() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(
        directory.path(),
        "statement.txt",
        b"Peace talks \xFF resumed in Geneva.",
    );
    assert_eq!(
        single_error_message(&path, IngestOptions::default()),
        format!(
            "{}: invalid UTF-8 at byte offset 12 (use --lossy to replace invalid bytes)",
            path.display()
        )
    );
}

#[test]
fn the_offset_of_invalid_utf8_counts_bytes_not_characters() {
    let directory = tempfile::tempdir().unwrap();
    // "Переговоры " is ten two-byte letters and a space: the bad byte is the 22nd byte.
    let path = write_input(
        directory.path(),
        "заявление.txt",
        b"\xD0\x9F\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD1\x8B \xFF",
    );
    assert_eq!(
        single_error_message(&path, IngestOptions::default()),
        format!(
            "{}: invalid UTF-8 at byte offset 21 (use --lossy to replace invalid bytes)",
            path.display()
        )
    );
}

#[test]
fn lossy_reading_replaces_invalid_utf8_and_says_so() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(
        directory.path(),
        "statement.txt",
        b"Peace talks \xFF resumed in \xC3Geneva.",
    );
    let mut results = read_path(&path, lossy_options());
    let document = results.remove(0).unwrap();
    assert_eq!(document.text, "Peace talks \u{FFFD} resumed in \u{FFFD}Geneva.");
    assert_eq!(diagnostic_codes(&document), [DiagnosticCode::InvalidUtf8Replaced]);
    assert_eq!(document.diagnostics[0].severity, Severity::Warning);
    assert_eq!(
        document.diagnostics[0].message,
        "replaced 2 invalid UTF-8 sequence(s) by U+FFFD, the first at byte offset 12 of the input"
    );
}

#[test]
fn an_empty_file_has_no_text_to_analyze() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "empty.txt", "");
    assert_eq!(
        single_error_message(&path, IngestOptions::default()),
        format!("{}: no text to analyze", path.display())
    );
}

#[test]
fn a_whitespace_only_file_has_no_text_to_analyze() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "blank.txt", " \n\t\r\n  \n");
    assert_eq!(
        single_error_message(&path, IngestOptions::default()),
        format!("{}: no text to analyze", path.display())
    );
}

#[test]
fn a_png_image_is_reported_as_binary_not_as_invalid_utf8() {
    let directory = tempfile::tempdir().unwrap();
    let png_start = b"\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x01\x00";
    let path = write_input(directory.path(), "chart.txt", png_start);
    assert_eq!(
        single_error_message(&path, IngestOptions::default()),
        format!(
            "{}: looks like a binary file (NUL byte at offset 8)",
            path.display()
        )
    );
}

#[test]
fn many_control_bytes_make_a_file_binary() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "dump", b"ab\x01\x02\x03\x04\x05cd\x06\x07\x08");
    assert_eq!(
        single_error_message(&path, IngestOptions::default()),
        format!(
            "{}: looks like a binary file (control byte 0x01 at offset 2)",
            path.display()
        )
    );
}

#[test]
fn a_file_over_the_limit_is_rejected_before_it_is_read() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(
        directory.path(),
        "speech.txt",
        "The delegation rejects the resolution.",
    );
    assert_eq!(
        single_error_message(&path, options_with_limit(16)),
        format!(
            "{}: too large to analyze (38 bytes, the limit is 16 bytes); raise the limit with --max-bytes",
            path.display()
        )
    );
}

#[test]
fn a_file_at_the_limit_is_read() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "speech.txt", "We stand with Ukraine.");
    let mut results = read_path(&path, options_with_limit(22));
    assert_eq!(results.remove(0).unwrap().text, "We stand with Ukraine.");
}

#[test]
fn an_extensionless_file_over_the_limit_is_rejected() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(
        directory.path(),
        "speech",
        "The delegation rejects the resolution.",
    );
    assert_eq!(
        single_error_message(&path, options_with_limit(16)),
        format!(
            "{}: too large to analyze (38 bytes, the limit is 16 bytes); raise the limit with --max-bytes",
            path.display()
        )
    );
}

#[test]
fn a_missing_file_names_the_path() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("missing.txt");
    let message = single_error_message(&path, IngestOptions::default());
    assert!(message.starts_with(&format!("{}: ", path.display())), "{message}");
}

#[test]
fn a_forced_text_format_keeps_markup_as_text() {
    let directory = tempfile::tempdir().unwrap();
    let page = "<html><body><p>Statement by the Spokesperson</p></body></html>";
    let path = write_input(directory.path(), "page.html", page);
    let options = IngestOptions {
        format: InputFormat::Text,
        ..IngestOptions::default()
    };
    let mut results = read_path(&path, options);
    assert_eq!(results.remove(0).unwrap().text, page);
}

#[test]
fn an_extensionless_file_is_sniffed() {
    let directory = tempfile::tempdir().unwrap();
    let text_path = write_input(directory.path(), "statement", "{Braces} open this statement.\n");
    assert_eq!(
        read_single_document(&text_path).text,
        "{Braces} open this statement.\n"
    );
    let page_path = write_input(
        directory.path(),
        "page",
        "  <!DOCTYPE html><title>T</title><p>The talks resumed.</p>",
    );
    assert_eq!(read_single_document(&page_path).text, "The talks resumed.");
    let records_path = write_input(
        directory.path(),
        "records",
        "{\"id\": \"r1\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n",
    );
    let ids: Vec<String> = read_path(&records_path, IngestOptions::default())
        .into_iter()
        .map(|result| result.unwrap().id)
        .collect();
    assert_eq!(ids, ["r1".to_owned(), format!("{}:2", records_path.display())]);
}

#[test]
fn yields_single_document_tells_one_document_from_many() {
    use rhetor_ingest::{yields_single_document, Input};

    let directory = tempfile::tempdir().unwrap();
    let text = write_input(directory.path(), "statement.txt", "We welcome the ceasefire.");
    let records = write_input(directory.path(), "records.jsonl", "{\"text\": \"One.\"}\n");
    let sniffed_records = write_input(directory.path(), "records", "{\"text\": \"One.\"}\n");
    let defaults = IngestOptions::default();
    let forced_jsonl = IngestOptions {
        format: InputFormat::Jsonl,
        ..IngestOptions::default()
    };
    assert!(yields_single_document(&[Input::Path(text.clone())], &defaults));
    assert!(yields_single_document(&[Input::Stdin], &defaults));
    assert!(!yields_single_document(&[Input::Stdin], &forced_jsonl));
    assert!(!yields_single_document(&[Input::Path(records)], &defaults));
    assert!(!yields_single_document(
        &[Input::Path(sniffed_records)],
        &defaults
    ));
    assert!(!yields_single_document(
        &[Input::Path(directory.path().to_owned())],
        &defaults
    ));
    assert!(!yields_single_document(
        &[Input::Path(text.clone()), Input::Path(text)],
        &defaults
    ));
    assert!(!yields_single_document(&[], &defaults));
}
