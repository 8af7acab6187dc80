//! JSONL files: a document per line; a bad line is an error and reading goes on.

use std::path::Path;

use rhetor_ingest::{read_documents, IngestOptions, Input};
use rhetor_schema::{DiagnosticCode, Document};
use serde_json::json;

use super::support::{diagnostic_codes, lossy_options, options_with_limit, read_path, write_input};

/// The document or error message of each result of reading `path` with `options`.
fn outcomes(path: &Path, options: IngestOptions) -> Vec<Result<Document, String>> {
    read_path(path, options)
        .into_iter()
        .map(|result| result.map_err(|error| error.to_string()))
        .collect()
}

#[test]
fn records_fill_documents_and_other_fields_go_to_metadata() {
    let directory = tempfile::tempdir().unwrap();
    let lines = [
        r#"{"id": "mfa-2021-117", "text": "The Ministry welcomes the agreement.", "title": "On the agreement", "source": "Ministry of Foreign Affairs", "date": "2021-05-20T10:00:00+04:00", "url": "https://mfa.example/117", "country": "AZE", "session": 76}"#,
        r#"{"id": 42, "text": "We reject these accusations.", "date": "May 20, 2021", "tags": ["press", null]}"#,
    ];
    let path = write_input(directory.path(), "statements.jsonl", lines.join("\n") + "\n");
    let documents: Vec<Document> = read_path(&path, IngestOptions::default())
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(documents.len(), 2);
    let first = &documents[0];
    assert_eq!(first.id, "mfa-2021-117");
    assert_eq!(first.text, "The Ministry welcomes the agreement.");
    assert_eq!(first.title.as_deref(), Some("On the agreement"));
    assert_eq!(first.source.as_deref(), Some("Ministry of Foreign Affairs"));
    assert_eq!(first.date.as_deref(), Some("2021-05-20"));
    assert_eq!(first.url.as_deref(), Some("https://mfa.example/117"));
    assert_eq!(first.metadata.get("country"), Some(&json!("AZE")));
    assert_eq!(first.metadata.get("session"), Some(&json!(76)));
    assert_eq!(first.metadata.len(), 2);
    assert!(first.diagnostics.is_empty());
    let second = &documents[1];
    assert_eq!(second.id, "42");
    assert_eq!(second.date.as_deref(), Some("2021-05-20"));
    assert_eq!(second.metadata.get("tags"), Some(&json!(["press", null])));
}

#[test]
fn a_bad_line_names_its_number_and_reading_goes_on() {
    let directory = tempfile::tempdir().unwrap();
    let contents = "{\"id\": \"a\", \"text\": \"The talks resumed.\"}\n\
                    {\"id\": \"b\", \"text\": \"The talks\" \"collapsed.\"}\n\
                    \n\
                    {\"id\": \"c\", \"text\": \"The talks ended.\"}\n";
    let path = write_input(directory.path(), "statements.jsonl", contents);
    let results = outcomes(&path, IngestOptions::default());
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().id, "a");
    assert_eq!(
        results[1].as_ref().unwrap_err(),
        &format!(
            "{}:2: bad JSON line: expected `,` or `}}` at line 1 column 33",
            path.display()
        )
    );
    assert_eq!(results[2].as_ref().unwrap().id, "c");
}

#[test]
fn a_truncated_last_line_is_suspected_as_such() {
    let directory = tempfile::tempdir().unwrap();
    let contents =
        "{\"id\": \"a\", \"text\": \"The talks resumed.\"}\n{\"id\": \"b\", \"text\": \"The minister sa";
    let path = write_input(directory.path(), "statements.jsonl", contents);
    let results = outcomes(&path, IngestOptions::default());
    assert_eq!(results.len(), 2);
    assert_eq!(
        results[1].as_ref().unwrap_err(),
        &format!(
            "{}:2: bad JSON line: EOF while parsing a string at line 1 column 36 (truncated line?)",
            path.display()
        )
    );
}

#[test]
fn a_record_without_text_is_a_bad_line() {
    let directory = tempfile::tempdir().unwrap();
    let contents = "{\"id\": \"a\", \"body\": \"The talks resumed.\"}\n\
                    {\"id\": \"b\", \"text\": [\"The talks\"]}\n\
                    [\"not\", \"an object\"]\n\
                    {\"id\": {\"nested\": true}, \"text\": \"The talks resumed.\"}\n";
    let path = write_input(directory.path(), "statements.jsonl", contents);
    let messages: Vec<String> = outcomes(&path, IngestOptions::default())
        .into_iter()
        .map(Result::unwrap_err)
        .collect();
    let name = path.display();
    assert_eq!(
        messages,
        [
            format!("{name}:1: bad JSON line: the record has no \"text\" field"),
            format!("{name}:2: bad JSON line: the \"text\" field must be a string, not an array"),
            format!("{name}:3: bad JSON line: expected a JSON object, found an array"),
            format!("{name}:4: bad JSON line: the \"id\" field must be a string or a number, not an object"),
        ]
    );
}

#[test]
fn a_record_without_id_is_named_after_file_and_line() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(
        directory.path(),
        "statements.jsonl",
        "\n{\"text\": \"We condemn the attack.\"}\n",
    );
    let document = read_path(&path, IngestOptions::default()).remove(0).unwrap();
    assert_eq!(document.id, format!("{}:2", path.display()));
    assert_eq!(diagnostic_codes(&document), [DiagnosticCode::MissingId]);
}

#[test]
fn a_record_with_empty_text_is_a_document_with_a_warning() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(
        directory.path(),
        "statements.jsonl",
        "{\"id\": \"silent\", \"text\": \"\"}\n",
    );
    let document = read_path(&path, IngestOptions::default()).remove(0).unwrap();
    assert_eq!(document.text, "");
    assert_eq!(diagnostic_codes(&document), [DiagnosticCode::EmptyDocument]);
}

#[test]
fn an_unreadable_date_is_kept_with_a_warning() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(
        directory.path(),
        "statements.jsonl",
        "{\"text\": \"T.\", \"id\": \"x\", \"date\": \"spring 2021\"}",
    );
    let document = read_path(&path, IngestOptions::default()).remove(0).unwrap();
    assert_eq!(document.date.as_deref(), Some("spring 2021"));
    assert_eq!(diagnostic_codes(&document), [DiagnosticCode::UnparsedDate]);
}

#[test]
fn a_line_over_the_limit_is_skipped_and_reading_goes_on() {
    let directory = tempfile::tempdir().unwrap();
    let long_text = "The delegation reiterates its position. ".repeat(20);
    let contents = format!(
        "{{\"id\": \"short\", \"text\": \"Yes.\"}}\n{{\"id\": \"long\", \"text\": \"{long_text}\"}}\n{{\"id\": \"after\", \"text\": \"No.\"}}\n"
    );
    let path = write_input(directory.path(), "statements.jsonl", &contents);
    let results = outcomes(&path, options_with_limit(64));
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().id, "short");
    let long_line_bytes = contents.lines().nth(1).unwrap().len();
    assert_eq!(
        results[1].as_ref().unwrap_err(),
        &format!(
            "{}:2: line too large to analyze ({long_line_bytes} bytes, the limit is 64 bytes); \
             raise the limit with --max-bytes",
            path.display()
        )
    );
    assert_eq!(results[2].as_ref().unwrap().id, "after");
}

#[test]
fn invalid_utf8_in_a_line_names_the_line_and_offset_and_reading_goes_on() {
    let directory = tempfile::tempdir().unwrap();
    let mut contents = b"{\"id\": \"a\", \"text\": \"Fine.\"}\n".to_vec();
    contents.extend_from_slice(b"{\"id\": \"b\", \"text\": \"Caf\xE9 talks.\"}\n");
    contents.extend_from_slice(b"{\"id\": \"c\", \"text\": \"Also fine.\"}\n");
    let path = write_input(directory.path(), "statements.jsonl", &contents);
    let results = outcomes(&path, IngestOptions::default());
    assert_eq!(
        results[1].as_ref().unwrap_err(),
        &format!(
            "{}:2: invalid UTF-8 at byte offset 24 of the line (use --lossy to replace invalid bytes)",
            path.display()
        )
    );
    assert_eq!(results[2].as_ref().unwrap().id, "c");

    let lossy_results = outcomes(&path, lossy_options());
    let replaced = lossy_results[1].as_ref().unwrap();
    assert_eq!(replaced.text, "Caf\u{FFFD} talks.");
    assert_eq!(diagnostic_codes(replaced), [DiagnosticCode::InvalidUtf8Replaced]);
    assert_eq!(
        replaced.diagnostics[0].message,
        "replaced 1 invalid UTF-8 sequence(s) by U+FFFD, the first at byte offset 24 of line 2"
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_breaks_are_accepted() {
    let directory = tempfile::tempdir().unwrap();
    let contents = "\u{FEFF}{\"id\": \"a\", \"text\": \"One.\"}\r\n{\"id\": \"b\", \"text\": \"Two.\"}\r\n";
    let path = write_input(directory.path(), "statements.jsonl", contents);
    let ids: Vec<String> = read_path(&path, IngestOptions::default())
        .into_iter()
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn a_jsonl_file_without_records_has_no_text_to_analyze() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "statements.jsonl", "\n  \n");
    let results = outcomes(&path, IngestOptions::default());
    assert_eq!(results, [Err(format!("{}: no text to analyze", path.display()))]);
}

#[test]
fn a_binary_file_named_jsonl_is_one_error() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(
        directory.path(),
        "statements.jsonl",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00\n\n\n",
    );
    let results = outcomes(&path, IngestOptions::default());
    assert_eq!(
        results,
        [Err(format!(
            "{}: looks like a binary file (NUL byte at offset 5)",
            path.display()
        ))]
    );
}

#[test]
fn the_state_department_corpus_reads_whole_with_its_ids() {
    let corpus = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/corpora/statements_state_dept_pr.jsonl"
    ));
    if !corpus.exists() {
        eprintln!("skipped: {} is missing", corpus.display());
        return;
    }
    let expected_ids: Vec<String> = std::fs::read_to_string(corpus)
        .unwrap()
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let mut documents = read_documents(vec![Input::Path(corpus.to_owned())], IngestOptions::default());
    let ids: Vec<String> = documents.by_ref().map(|result| result.unwrap().id).collect();
    assert_eq!(ids.len(), 2_025);
    assert_eq!(ids, expected_ids);
    assert_eq!(documents.stats().documents, 2_025);
    assert_eq!(documents.stats().errors, 0);
}
