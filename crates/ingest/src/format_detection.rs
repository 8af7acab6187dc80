//! Deciding the format of an input: by file extension, else by sniffing its first bytes.

use std::path::Path;

use crate::InputFormat;

/// The UTF-8 byte order mark, which some editors put at the start of text files.
pub(crate) const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// How many leading bytes sniffing and the binary check look at.
pub(crate) const SNIFFED_PREFIX_BYTES: usize = 8 * 1024;

/// Markup that opens an HTML page, compared case-insensitively after a byte order mark and whitespace.
const HTML_OPENINGS: [&[u8]; 4] = [b"<!doctype html", b"<html", b"<head", b"<body"];

/// The format a file extension stands for, or `None` for a missing or unknown extension.
pub(crate) fn format_from_extension(path: &Path) -> Option<InputFormat> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "txt" | "text" | "md" => Some(InputFormat::Text),
        "html" | "htm" | "xhtml" => Some(InputFormat::Html),
        "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
        _ => None,
    }
}

/// `bytes` without a leading UTF-8 byte order mark.
pub(crate) fn without_byte_order_mark(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BYTE_ORDER_MARK).unwrap_or(bytes)
}

/// `bytes` without a leading byte order mark and leading ASCII whitespace: where sniffing looks.
fn sniffed_start(bytes: &[u8]) -> &[u8] {
    without_byte_order_mark(bytes).trim_ascii_start()
}

/// Whether the first bytes of an input open an HTML page.
pub(crate) fn looks_like_html(prefix: &[u8]) -> bool {
    let start = sniffed_start(prefix);
    if HTML_OPENINGS
        .iter()
        .any(|opening| starts_with_ignoring_case(start, opening))
    {
        return true;
    }
    // XHTML pages open with an XML declaration; the `<html` element follows within a few lines.
    starts_with_ignoring_case(start, b"<?xml") && contains_ignoring_case(start, b"<html")
}

/// Whether the first bytes of an input could open a JSON object, so that its first line is worth
/// reading whole to see whether the input is JSONL.
pub(crate) fn may_open_json_object(prefix: &[u8]) -> bool {
    sniffed_start(prefix).first() == Some(&b'{')
}

/// Whether the first line of an input is a JSON object with a `text` field, which makes the input
/// JSONL. Invalid UTF-8 is replaced for this test, so that `--lossy` can still read such a file.
pub(crate) fn is_jsonl_record(first_line: &[u8]) -> bool {
    let line = String::from_utf8_lossy(without_byte_order_mark(first_line));
    match serde_json::from_str::<serde_json::Value>(&line) {
        Ok(serde_json::Value::Object(record)) => record.contains_key("text"),
        Ok(_) | Err(_) => false,
    }
}

/// ASCII case-insensitive `haystack.starts_with(prefix)`.
fn starts_with_ignoring_case(haystack: &[u8], prefix: &[u8]) -> bool {
    haystack
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

/// ASCII case-insensitive search for `needle` in `haystack`.
fn contains_ignoring_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window.eq_ignore_ascii_case(needle))
}
