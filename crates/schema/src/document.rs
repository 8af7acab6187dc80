//! The input document.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Diagnostic;

/// One input text and what is known about it, as ingestion produced it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The identifier: the JSONL `id`, or the path the text was read from (`-` for stdin).
    pub id: String,
    /// The text every offset of the analysis indexes.
    pub text: String,
    /// The title, from JSONL or the HTML `<title>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Who published it (a ministry, a news agency, a corpus).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` when it could be read, else verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Any other fields of a JSONL record, kept as they came.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, serde_json::Value>,
    /// What ingestion noticed about the input (replaced bytes, extracted HTML, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// A document with an identifier and a text and nothing else.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }
}
