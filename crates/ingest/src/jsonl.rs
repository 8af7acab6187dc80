//! JSONL inputs: one JSON object per line, read line by line with bounded memory.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Read};

use rhetor_schema::{Diagnostic, DiagnosticCode, Document};
use serde_json::{Map, Value};

use crate::dates::document_date;
use crate::format_detection::BYTE_ORDER_MARK;
use crate::text_decoding::{decode_utf8_borrowed, find_binary_evidence, is_blank};
use crate::{IngestError, IngestOptions, Result};

/// The documents of a JSONL input, one per non-blank line.
///
/// A bad line yields an error and reading goes on with the next line; an I/O error, or an input
/// that is binary from the start, ends the input.
pub(crate) struct JsonlRecords {
    /// The input's name, for ids and messages.
    path: String,
    /// The input.
    reader: Box<dyn BufRead + Send>,
    /// Replace invalid UTF-8 instead of failing the line.
    lossy: bool,
    /// The longest line accepted, line break excluded.
    max_line_bytes: usize,
    /// The 1-based number of the line last read.
    line_number: usize,
    /// The line last read, reused from line to line to save allocations.
    line: Vec<u8>,
    /// Whether a non-blank line has been seen: an input without one is empty.
    saw_non_blank_line: bool,
    /// Whether the input is exhausted or unreadable.
    finished: bool,
}

/// What reading one line found.
enum LineRead {
    /// No more lines.
    EndOfInput,
    /// A line, now in [`JsonlRecords::line`] without its line break.
    Line {
        /// Whether it ended with a line break, as every line but a truncated last one does.
        ended_with_newline: bool,
    },
    /// A line longer than the limit, skipped.
    TooLong {
        /// Its length, line break excluded.
        bytes: u64,
    },
}

impl JsonlRecords {
    /// Reads the JSONL input `reader`, named `path`.
    pub(crate) fn new(
        path: String,
        reader: Box<dyn BufRead + Send>,
        options: &IngestOptions,
    ) -> JsonlRecords {
        JsonlRecords {
            path,
            reader,
            lossy: options.lossy,
            max_line_bytes: options.max_document_bytes,
            line_number: 0,
            line: Vec::new(),
            saw_non_blank_line: false,
            finished: false,
        }
    }

    /// Ends the input with `error`.
    fn finish_with(&mut self, error: IngestError) -> Option<Result<Document>> {
        self.finished = true;
        Some(Err(error))
    }

    /// Rejects an input that starts like a binary file, before its first line is read. JSON
    /// never holds raw NUL or control bytes, so this cannot reject a real JSONL file.
    fn check_not_binary(&mut self) -> Result<()> {
        let start = self.reader.fill_buf().map_err(|source| IngestError::Io {
            path: self.path.clone(),
            source,
        })?;
        match find_binary_evidence(start) {
            Some(evidence) => Err(IngestError::Binary {
                path: self.path.clone(),
                offset: evidence.offset,
                byte: evidence.byte,
            }),
            None => Ok(()),
        }
    }

    /// Reads the next line into [`JsonlRecords::line`], holding at most the limit plus one byte
    /// of it: a longer line is skipped up to its line break in buffer-sized chunks.
    fn read_line(&mut self) -> io::Result<LineRead> {
        self.line.clear();
        let bound = u64::try_from(self.max_line_bytes)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        let read = (&mut self.reader).take(bound).read_until(b'\n', &mut self.line)?;
        if read == 0 {
            return Ok(LineRead::EndOfInput);
        }
        self.line_number += 1;
        if self.line.last() == Some(&b'\n') {
            self.line.pop();
            if self.line.last() == Some(&b'\r') {
                self.line.pop();
            }
            return Ok(LineRead::Line {
                ended_with_newline: true,
            });
        }
        let read = u64::try_from(read).unwrap_or(u64::MAX);
        if read < bound {
            return Ok(LineRead::Line {
                ended_with_newline: false,
            });
        }
        self.line.clear();
        let mut bytes = read;
        loop {
            let buffer = self.reader.fill_buf()?;
            if buffer.is_empty() {
                break;
            }
            let (consumed, line_ended) = match buffer.iter().position(|&byte| byte == b'\n') {
                Some(newline) => (newline + 1, Some(newline)),
                None => (buffer.len(), None),
            };
            bytes = bytes.saturating_add(u64::try_from(line_ended.unwrap_or(consumed)).unwrap_or(u64::MAX));
            self.reader.consume(consumed);
            if line_ended.is_some() {
                break;
            }
        }
        Ok(LineRead::TooLong { bytes })
    }

    /// The document of the line in [`JsonlRecords::line`].
    fn parse_line(&self, ended_with_newline: bool) -> Result<Document> {
        let line_number = self.line_number;
        let bytes = if line_number == 1 {
            self.line.strip_prefix(BYTE_ORDER_MARK)
        } else {
            None
        };
        let byte_order_mark_length = if bytes.is_some() { BYTE_ORDER_MARK.len() } else { 0 };
        let bytes = bytes.unwrap_or(&self.line);
        let location = format!("of line {line_number}");
        let (text, replacement_warning) =
            decode_utf8_borrowed(bytes, self.lossy, &location).map_err(|offset| {
                IngestError::InvalidUtf8Line {
                    path: self.path.clone(),
                    line: line_number,
                    offset: offset + byte_order_mark_length,
                }
            })?;
        let record = match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(record)) => record,
            Ok(other) => {
                return Err(self.bad_line(format!("expected a JSON object, found {}", json_kind(&other))));
            }
            Err(error) => {
                let truncated = !ended_with_newline || error.is_eof();
                let hint = if truncated { " (truncated line?)" } else { "" };
                return Err(self.bad_line(format!("{error}{hint}")));
            }
        };
        let mut document = self.document_from_record(record)?;
        document.diagnostics.splice(0..0, replacement_warning);
        Ok(document)
    }

    /// The document of one JSON record.
    fn document_from_record(&self, mut record: Map<String, Value>) -> Result<Document> {
        let text = match record.remove("text") {
            Some(Value::String(text)) => text,
            Some(other) => {
                return Err(self.bad_line(format!(
                    "the \"text\" field must be a string, not {}",
                    json_kind(&other)
                )));
            }
            None => return Err(self.bad_line("the record has no \"text\" field".to_owned())),
        };
        let mut diagnostics = Vec::new();
        let id = match self.scalar_field(&mut record, "id")? {
            Some(id) => id,
            None => {
                let made_up_id = format!("{}:{}", self.path, self.line_number);
                diagnostics.push(Diagnostic::warning(
                    DiagnosticCode::MissingId,
                    format!("the record has no \"id\"; it is identified as {made_up_id:?}"),
                ));
                made_up_id
            }
        };
        let mut document = Document::new(id, text);
        document.title = self.scalar_field(&mut record, "title")?;
        document.source = self.scalar_field(&mut record, "source")?;
        document.url = self.scalar_field(&mut record, "url")?;
        if let Some((date, unparsed_warning)) = self
            .scalar_field(&mut record, "date")?
            .and_then(|raw| document_date(&raw))
        {
            document.date = Some(date);
            diagnostics.extend(unparsed_warning);
        }
        if is_blank(&document.text) {
            diagnostics.push(Diagnostic::warning(
                DiagnosticCode::EmptyDocument,
                "the record's text is empty",
            ));
        }
        document.metadata = record.into_iter().collect::<BTreeMap<_, _>>();
        document.diagnostics = diagnostics;
        Ok(document)
    }

    /// Removes `field` from `record` as a string: strings as they are, numbers written out, null
    /// or absent as `None`; anything else is a bad line.
    fn scalar_field(&self, record: &mut Map<String, Value>, field: &str) -> Result<Option<String>> {
        match record.remove(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(value)) => Ok(Some(value)),
            Some(Value::Number(number)) => Ok(Some(number.to_string())),
            Some(other) => Err(self.bad_line(format!(
                "the {field:?} field must be a string or a number, not {}",
                json_kind(&other)
            ))),
        }
    }

    /// A [`IngestError::BadJsonLine`] for the current line.
    fn bad_line(&self, message: String) -> IngestError {
        IngestError::BadJsonLine {
            path: self.path.clone(),
            line: self.line_number,
            message,
        }
    }
}

impl Iterator for JsonlRecords {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        if self.finished {
            return None;
        }
        if self.line_number == 0 && !self.saw_non_blank_line {
            if let Err(error) = self.check_not_binary() {
                return self.finish_with(error);
            }
        }
        loop {
            let line_read = match self.read_line() {
                Ok(line_read) => line_read,
                Err(source) => {
                    return self.finish_with(IngestError::Io {
                        path: self.path.clone(),
                        source,
                    })
                }
            };
            match line_read {
                LineRead::EndOfInput if self.saw_non_blank_line => {
                    self.finished = true;
                    return None;
                }
                LineRead::EndOfInput => {
                    return self.finish_with(IngestError::Empty {
                        path: self.path.clone(),
                    })
                }
                LineRead::TooLong { bytes } => {
                    self.saw_non_blank_line = true;
                    return Some(Err(IngestError::LineTooLarge {
                        path: self.path.clone(),
                        line: self.line_number,
                        bytes,
                        limit: self.max_line_bytes,
                    }));
                }
                LineRead::Line { ended_with_newline } => {
                    let content = if self.line_number == 1 {
                        self.line.strip_prefix(BYTE_ORDER_MARK).unwrap_or(&self.line)
                    } else {
                        &self.line
                    };
                    if content.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.saw_non_blank_line = true;
                    return Some(self.parse_line(ended_with_newline));
                }
            }
        }
    }
}

/// What kind of JSON value `value` is, for messages.
fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
