//! Python bindings of rhetor: the native module `rhetor._rhetor` of the `rhetor` wheel.
//!
//! The Python package (`python/rhetor/__init__.py`) is the public API; this module does the work
//! it hands over as plain Python lists, one list per column, so that no Arrow library has to be
//! compiled in: pyarrow on the Python side turns lists into record batches and back.
//!
//! Every function that analyses releases the GIL for the whole analysis (`Python::detach`), and
//! the batch functions analyse their documents in parallel on all cores (rayon), so Python threads
//! go on running while a batch is analysed.
//!
//! Documents are built as `rhetor analyze` builds them from JSONL records (dates normalised, an
//! unreadable date kept verbatim with an `unparsed_date` diagnostic, other columns as metadata), so
//! that the same rows give the same analyses as the CLI.

mod columns;
mod tables;

use std::sync::OnceLock;

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use rayon::prelude::*;
use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_schema::{Analysis, Document};

use crate::columns::{documents_from_columns, metadata_of_dict, type_name, DocumentColumns, DocumentFields};
use crate::tables::Table;

/// The JSON text (`rhetor/1` schema) of the analysis of one document.
///
/// `text` must be a non-blank `str`: anything else raises `TypeError` or `ValueError`, because a
/// single call with no text is a caller's mistake (in a batch, a blank row is analysed and carries
/// an `empty_document` diagnostic, as in the CLI).
#[pyfunction]
#[pyo3(signature = (text, *, id=None, date=None, title=None, source=None, url=None, metadata=None, accurate=false))]
#[allow(clippy::too_many_arguments)]
fn analyze_json(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    id: Option<String>,
    date: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    metadata: Option<&Bound<'_, PyDict>>,
    accurate: bool,
) -> PyResult<String> {
    let text = text
        .cast::<PyString>()
        .map_err(|_| PyTypeError::new_err(format!("text must be str, not {}", type_name(text))))?;
    let text = text.to_cow()?.into_owned();
    if text.trim().is_empty() {
        return Err(PyValueError::new_err(
            "text is empty: there is nothing to analyse",
        ));
    }
    let fields = DocumentFields {
        id: id.unwrap_or_else(|| "document".to_owned()),
        text,
        date,
        title,
        source,
        url,
        metadata: metadata.map(metadata_of_dict).transpose()?.unwrap_or_default(),
    };
    let document = fields.into_document();
    py.detach(|| analysis_json(&analyze(document, &tier_options(accurate)?)))
}

/// One flat table of the analyses of a batch of documents, analysed in parallel on all cores
/// with the GIL released: a dict from column name to the list of its values.
///
/// `table` is `documents` (one row per document, with its `rhetor/1` JSON), `events`,
/// `techniques` or `claims`. `texts` is required; the other columns are optional sequences of the
/// same length, and `metadata` maps further column names to sequences whose values go, like a
/// JSONL record's other fields, into each analysis' metadata.
#[pyfunction]
#[pyo3(signature = (table, texts, *, ids=None, dates=None, titles=None, sources=None, urls=None, metadata=None, accurate=false))]
#[allow(clippy::too_many_arguments)]
fn analyze_columns(
    py: Python<'_>,
    table: &str,
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
    dates: Option<&Bound<'_, PyAny>>,
    titles: Option<&Bound<'_, PyAny>>,
    sources: Option<&Bound<'_, PyAny>>,
    urls: Option<&Bound<'_, PyAny>>,
    metadata: Option<&Bound<'_, PyDict>>,
    accurate: bool,
) -> PyResult<Py<PyDict>> {
    let table = Table::from_name(table)?;
    let columns = DocumentColumns {
        texts,
        ids,
        dates,
        titles,
        sources,
        urls,
        metadata,
    };
    let documents = documents_from_columns(&columns)?;
    let rows = py.detach(|| {
        let options = tier_options(accurate)?;
        table.rows(&analyze_in_parallel(documents, &options))
    })?;
    rows.into_py_dict(py)
}

/// Analyses documents on all cores, keeping their order.
fn analyze_in_parallel(documents: Vec<Document>, options: &AnalyzeOptions) -> Vec<Analysis> {
    documents
        .into_par_iter()
        .map(|document| analyze(document, options))
        .collect()
}

/// The options of the fast tier, or of the accurate tier (`accurate=True`), whose encoder is
/// loaded by the first call that asks for it and then kept for the life of the process. A failed
/// load is not kept: after `scripts/fetch-minilm.sh` has run, the next call succeeds.
fn tier_options(accurate: bool) -> PyResult<AnalyzeOptions> {
    static ACCURATE_TIER: OnceLock<AnalyzeOptions> = OnceLock::new();
    if !accurate {
        return Ok(AnalyzeOptions::default());
    }
    if let Some(options) = ACCURATE_TIER.get() {
        return Ok(options.clone());
    }
    let options =
        AnalyzeOptions::accurate_tier(false).map_err(|error| PyRuntimeError::new_err(error.to_string()))?;
    // Two threads may both load the weights the first time; either copy serves.
    Ok(ACCURATE_TIER.get_or_init(|| options).clone())
}

/// The `rhetor/1` JSON text of an analysis.
fn analysis_json(analysis: &Analysis) -> PyResult<String> {
    serde_json::to_string(analysis)
        .map_err(|error| PyValueError::new_err(format!("the analysis could not be written as JSON: {error}")))
}

/// The native module `rhetor._rhetor`.
#[pymodule]
#[pyo3(name = "_rhetor")]
fn native_module(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add_function(wrap_pyfunction!(analyze_json, module)?)?;
    module.add_function(wrap_pyfunction!(analyze_columns, module)?)?;
    Ok(())
}
