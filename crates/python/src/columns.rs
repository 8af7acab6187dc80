//! Documents from Python columns: lists of texts, ids, dates and other fields, row by row.

use std::collections::BTreeMap;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use rhetor_ingest::document_date;
use rhetor_schema::Document;

/// The columns of a batch of documents as Python passed them: sequences of equal length.
pub(crate) struct DocumentColumns<'a, 'py> {
    /// The texts (`str` in every row).
    pub(crate) texts: &'a Bound<'py, PyAny>,
    /// The ids (`str` or `None`); the row number where absent.
    pub(crate) ids: Option<&'a Bound<'py, PyAny>>,
    /// The publication dates (`str` or `None`), normalised like the CLI's.
    pub(crate) dates: Option<&'a Bound<'py, PyAny>>,
    /// The titles (`str` or `None`).
    pub(crate) titles: Option<&'a Bound<'py, PyAny>>,
    /// The publishers (`str` or `None`).
    pub(crate) sources: Option<&'a Bound<'py, PyAny>>,
    /// The URLs (`str` or `None`).
    pub(crate) urls: Option<&'a Bound<'py, PyAny>>,
    /// Further columns by name, whose non-null values go into each document's metadata.
    pub(crate) metadata: Option<&'a Bound<'py, PyDict>>,
}

/// The fields of one document, as read from Python.
pub(crate) struct DocumentFields {
    /// The id.
    pub(crate) id: String,
    /// The text.
    pub(crate) text: String,
    /// The publication date as given.
    pub(crate) date: Option<String>,
    /// The title.
    pub(crate) title: Option<String>,
    /// The publisher.
    pub(crate) source: Option<String>,
    /// The URL.
    pub(crate) url: Option<String>,
    /// Other fields.
    pub(crate) metadata: BTreeMap<String, serde_json::Value>,
}

impl DocumentFields {
    /// The document, with its date normalised as JSONL ingestion normalises it: a date that
    /// cannot be read is kept verbatim with an `unparsed_date` warning, a blank one is dropped.
    pub(crate) fn into_document(self) -> Document {
        let mut document = Document::new(self.id, self.text);
        document.title = self.title;
        document.source = self.source;
        document.url = self.url;
        document.metadata = self.metadata;
        if let Some((date, unparsed_warning)) = self.date.as_deref().and_then(document_date) {
            document.date = Some(date);
            document.diagnostics.extend(unparsed_warning);
        }
        document
    }
}

/// The documents of `columns`, in row order.
///
/// Raises `TypeError` naming the column and row of the first value that is not a string (or, in a
/// column other than `texts`, `None`), and `ValueError` when the columns differ in length.
pub(crate) fn documents_from_columns(columns: &DocumentColumns<'_, '_>) -> PyResult<Vec<Document>> {
    let texts = required_strings(columns.texts, "text")?;
    let rows = texts.len();
    let ids = optional_strings(columns.ids, "id", rows)?;
    let dates = optional_strings(columns.dates, "date", rows)?;
    let titles = optional_strings(columns.titles, "title", rows)?;
    let sources = optional_strings(columns.sources, "source", rows)?;
    let urls = optional_strings(columns.urls, "url", rows)?;
    let mut metadata = vec![BTreeMap::new(); rows];
    if let Some(metadata_columns) = columns.metadata {
        for (name, values) in metadata_columns.iter() {
            let name: String = name
                .extract()
                .map_err(|_| PyTypeError::new_err("metadata column names must be str"))?;
            let values = column_values(&values, &name)?;
            check_length(&name, values.len(), rows)?;
            for (row_metadata, value) in metadata.iter_mut().zip(values) {
                // A table has a value (maybe null) in every column where a JSON record has only
                // some fields: nulls are left out so that the metadata matches the record's.
                if value.is_none() {
                    continue;
                }
                row_metadata.insert(name.clone(), json_value(&name, &value)?);
            }
        }
    }
    let mut documents = Vec::with_capacity(rows);
    let fields = texts
        .into_iter()
        .zip(ids)
        .zip(dates)
        .zip(titles)
        .zip(sources)
        .zip(urls)
        .zip(metadata);
    for (row, ((((((text, id), date), title), source), url), metadata)) in fields.enumerate() {
        let fields = DocumentFields {
            id: id.unwrap_or_else(|| row.to_string()),
            text,
            date,
            title,
            source,
            url,
            metadata,
        };
        documents.push(fields.into_document());
    }
    Ok(documents)
}

/// The metadata of one document from a Python dict of JSON-like values (`None` values left out,
/// as in a batch).
pub(crate) fn metadata_of_dict(
    metadata: &Bound<'_, PyDict>,
) -> PyResult<BTreeMap<String, serde_json::Value>> {
    let mut fields = BTreeMap::new();
    for (name, value) in metadata.iter() {
        let name: String = name
            .extract()
            .map_err(|_| PyTypeError::new_err("metadata keys must be str"))?;
        if !value.is_none() {
            let value = json_value(&name, &value)?;
            fields.insert(name, value);
        }
    }
    Ok(fields)
}

/// A metadata value as JSON.
fn json_value(name: &str, value: &Bound<'_, PyAny>) -> PyResult<serde_json::Value> {
    pythonize::depythonize(value).map_err(|error| {
        PyTypeError::new_err(format!(
            "the metadata field {name:?} cannot be written as JSON: {error}"
        ))
    })
}

/// The values of a column, which must be a sequence.
fn column_values<'py>(column: &Bound<'py, PyAny>, name: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if column.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "the {name} column must be a sequence of values, not a single str"
        )));
    }
    let values = column.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "the {name} column must be a sequence, not {}",
            type_name(column)
        ))
    })?;
    values.collect()
}

/// The strings of a column where every row must have one.
fn required_strings(column: &Bound<'_, PyAny>, name: &str) -> PyResult<Vec<String>> {
    column_values(column, name)?
        .iter()
        .enumerate()
        .map(|(row, value)| match value.cast::<PyString>() {
            Ok(text) => Ok(text.to_cow()?.into_owned()),
            Err(_) => Err(PyTypeError::new_err(format!(
                "{name} of row {row} must be str, not {}",
                type_name(value)
            ))),
        })
        .collect()
}

/// The strings of an optional column, `None` where a row has none or the column is absent.
fn optional_strings(
    column: Option<&Bound<'_, PyAny>>,
    name: &str,
    rows: usize,
) -> PyResult<Vec<Option<String>>> {
    let Some(column) = column else {
        return Ok(vec![None; rows]);
    };
    let values = column_values(column, name)?;
    check_length(name, values.len(), rows)?;
    values
        .iter()
        .enumerate()
        .map(|(row, value)| {
            if value.is_none() {
                return Ok(None);
            }
            match value.cast::<PyString>() {
                Ok(text) => Ok(Some(text.to_cow()?.into_owned())),
                Err(_) => Err(PyTypeError::new_err(format!(
                    "{name} of row {row} must be str or None, not {}",
                    type_name(value)
                ))),
            }
        })
        .collect()
}

/// Fails unless a column has as many rows as the texts.
fn check_length(name: &str, length: usize, rows: usize) -> PyResult<()> {
    if length == rows {
        Ok(())
    } else {
        Err(PyValueError::new_err(format!(
            "the {name} column has {length} rows but there are {rows} texts"
        )))
    }
}

/// The name of a value's type, for error messages.
pub(crate) fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map(|name| name.to_string())
        .unwrap_or_else(|_| "an unknown type".to_owned())
}
