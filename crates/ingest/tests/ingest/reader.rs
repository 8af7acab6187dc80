//! Byte streams, as standard input is read: sniffed or forced format, bounded reading.

use std::io::Cursor;

use rhetor_ingest::{read_documents_from_reader, IngestOptions, InputFormat, Result};
use rhetor_schema::{DiagnosticCode, Document};

use super::support::options_with_limit;

/// Everything reading `bytes` as standard input yields.
fn read_stdin(bytes: &[u8], options: IngestOptions) -> Vec<Result<Document>> {
    read_documents_from_reader("-", Cursor::new(bytes.to_vec()), options).collect()
}

#[test]
fn a_text_stream_is_one_document_named_dash() {
    let results = read_stdin(
        b"We urge all parties to show restraint.\n",
        IngestOptions::default(),
    );
    let document = results.into_iter().next().unwrap().unwrap();
    assert_eq!(document.id, "-");
    assert_eq!(document.text, "We urge all parties to show restraint.\n");
}

#[test]
fn a_stream_over_the_limit_is_rejected() {
    let results = read_stdin(
        "The Ministry strongly condemns the provocation.".as_bytes(),
        options_with_limit(10),
    );
    let message = results.into_iter().next().unwrap().unwrap_err().to_string();
    assert_eq!(
        message,
        "-: too large to analyze (47 bytes, the limit is 10 bytes); raise the limit with --max-bytes"
    );
}

#[test]
fn an_empty_stream_has_no_text_to_analyze() {
    let results = read_stdin(b"", IngestOptions::default());
    let messages: Vec<String> = results
        .into_iter()
        .map(|result| result.unwrap_err().to_string())
        .collect();
    assert_eq!(messages, ["-: no text to analyze"]);
}

#[test]
fn a_jsonl_stream_is_sniffed() {
    let records = b"{\"id\": \"one\", \"text\": \"We welcome the talks.\"}\n{\"id\": \"two\", \"text\": \"We regret the delay.\"}\n";
    let ids: Vec<String> = read_stdin(records, IngestOptions::default())
        .into_iter()
        .map(|result| result.unwrap().id)
        .collect();
    assert_eq!(ids, ["one", "two"]);
}

#[test]
fn a_jsonl_stream_with_a_long_first_line_is_sniffed() {
    let long_text = "Our position is unchanged. ".repeat(1_000);
    let records =
        format!("{{\"id\": \"long\", \"text\": \"{long_text}\"}}\n{{\"id\": \"short\", \"text\": \"Yes.\"}}");
    let documents: Vec<Document> = read_stdin(records.as_bytes(), IngestOptions::default())
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(documents.len(), 2);
    assert_eq!(documents[0].text, long_text);
    assert_eq!(documents[1].id, "short");
}

#[test]
fn an_html_stream_is_sniffed() {
    let page = b"\xEF\xBB\xBF\n<!doctype HTML><title>Press statement</title><p>The talks will resume.</p>";
    let document = read_stdin(page, IngestOptions::default()).remove(0).unwrap();
    assert_eq!(document.title.as_deref(), Some("Press statement"));
    assert_eq!(document.text, "The talks will resume.");
    assert_eq!(document.diagnostics[0].code, DiagnosticCode::HtmlExtracted);
}

#[test]
fn a_forced_format_is_not_sniffed() {
    let records = b"{\"id\": \"one\", \"text\": \"We welcome the talks.\"}\n";
    let as_text = IngestOptions {
        format: InputFormat::Text,
        ..IngestOptions::default()
    };
    let document = read_stdin(records, as_text).remove(0).unwrap();
    assert_eq!(document.text.as_bytes(), records);

    let as_jsonl = IngestOptions {
        format: InputFormat::Jsonl,
        ..IngestOptions::default()
    };
    let bad = read_stdin(b"The Ministry condemns the attack.\n", as_jsonl)
        .remove(0)
        .unwrap_err();
    assert_eq!(
        bad.to_string(),
        "-:1: bad JSON line: expected value at line 1 column 1"
    );
}

#[test]
fn a_long_stream_is_read_no_further_than_one_byte_past_the_limit() {
    let forced_text = IngestOptions {
        format: InputFormat::Text,
        ..options_with_limit(10)
    };
    let results = read_stdin(
        "The Ministry strongly condemns the provocation.".as_bytes(),
        forced_text,
    );
    let message = results.into_iter().next().unwrap().unwrap_err().to_string();
    assert_eq!(
        message,
        "-: too large to analyze (11 bytes, the limit is 10 bytes); raise the limit with --max-bytes"
    );
}

#[test]
fn documents_can_be_read_on_another_thread() {
    fn assert_send<T: Send>(value: T) -> T {
        value
    }
    let documents = assert_send(read_documents_from_reader(
        "-",
        Cursor::new(b"We call for dialogue.".to_vec()),
        IngestOptions::default(),
    ));
    let texts: Vec<String> =
        std::thread::spawn(move || documents.map(|result| result.unwrap().text).collect())
            .join()
            .unwrap();
    assert_eq!(texts, ["We call for dialogue."]);
}
