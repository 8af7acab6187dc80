//! Flat tables of analyses: one row per document, event, technique or claim, as named columns.
//!
//! The Python package gives each table a fixed pyarrow schema (`rhetor/_schemas.py`), so the
//! columns here and there must agree in name and order; the pytest suite checks both.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rayon::prelude::*;
use rhetor_schema::{Actor, Analysis, Span};

/// Which flat table to build.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Table {
    /// One row per document: id, date, language, counts and the `rhetor/1` JSON.
    Documents,
    /// One row per coded event.
    Events,
    /// One row per persuasion technique found.
    Techniques,
    /// One row per scored sentence (claim candidate).
    Claims,
}

impl Table {
    /// The table called `name` in the Python API.
    pub(crate) fn from_name(name: &str) -> PyResult<Table> {
        match name {
            "documents" => Ok(Table::Documents),
            "events" => Ok(Table::Events),
            "techniques" => Ok(Table::Techniques),
            "claims" => Ok(Table::Claims),
            other => Err(PyValueError::new_err(format!(
                "unknown table {other:?}: expected documents, events, techniques or claims"
            ))),
        }
    }

    /// The table's columns for `analyses`, rows in document order.
    pub(crate) fn rows(self, analyses: &[Analysis]) -> PyResult<TableColumns> {
        match self {
            Table::Documents => document_rows(analyses),
            Table::Events => Ok(event_rows(analyses)),
            Table::Techniques => Ok(technique_rows(analyses)),
            Table::Claims => Ok(claim_rows(analyses)),
        }
    }
}

/// The values of one column.
pub(crate) enum ColumnValues {
    /// Strings, never null.
    Strings(Vec<String>),
    /// Strings or nulls.
    OptionalStrings(Vec<Option<String>>),
    /// Non-negative integers (counts, byte offsets, indexes).
    Integers(Vec<u64>),
    /// Non-negative integers or nulls.
    OptionalIntegers(Vec<Option<u64>>),
    /// Floating-point numbers (confidences, scores).
    Floats(Vec<f64>),
    /// Booleans.
    Booleans(Vec<bool>),
    /// Lists of strings.
    StringLists(Vec<Vec<String>>),
}

impl ColumnValues {
    /// The column as a Python list.
    fn into_py_list(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        match self {
            ColumnValues::Strings(values) => values.into_pyobject(py),
            ColumnValues::OptionalStrings(values) => values.into_pyobject(py),
            ColumnValues::Integers(values) => values.into_pyobject(py),
            ColumnValues::OptionalIntegers(values) => values.into_pyobject(py),
            ColumnValues::Floats(values) => values.into_pyobject(py),
            ColumnValues::Booleans(values) => values.into_pyobject(py),
            ColumnValues::StringLists(values) => values.into_pyobject(py),
        }
    }
}

/// A table as named columns, in schema order.
pub(crate) struct TableColumns(Vec<(&'static str, ColumnValues)>);

impl TableColumns {
    /// The table as a Python dict from column name to list (dicts keep insertion order).
    pub(crate) fn into_py_dict(self, py: Python<'_>) -> PyResult<Py<PyDict>> {
        let dict = PyDict::new(py);
        for (name, values) in self.0 {
            dict.set_item(name, values.into_py_list(py)?)?;
        }
        Ok(dict.unbind())
    }
}

/// One row per document.
fn document_rows(analyses: &[Analysis]) -> PyResult<TableColumns> {
    let json = analyses
        .par_iter()
        .map(serde_json::to_string)
        .collect::<Result<Vec<String>, _>>()
        .map_err(|error| {
            PyValueError::new_err(format!("an analysis could not be written as JSON: {error}"))
        })?;
    Ok(TableColumns(vec![
        (
            "id",
            ColumnValues::Strings(analyses.iter().map(|a| a.id.clone()).collect()),
        ),
        (
            "date",
            ColumnValues::OptionalStrings(analyses.iter().map(|a| a.date.clone()).collect()),
        ),
        (
            "language",
            ColumnValues::Strings(analyses.iter().map(|a| a.language.code.clone()).collect()),
        ),
        (
            "sentences",
            ColumnValues::Integers(analyses.iter().map(|a| count(a.sentences.len())).collect()),
        ),
        (
            "events",
            ColumnValues::Integers(analyses.iter().map(|a| count(a.events.len())).collect()),
        ),
        (
            "techniques",
            ColumnValues::Integers(analyses.iter().map(|a| count(a.techniques.len())).collect()),
        ),
        (
            "checkworthy_claims",
            ColumnValues::Integers(
                analyses
                    .iter()
                    .map(|a| count(a.claims.iter().filter(|claim| claim.checkworthy).count()))
                    .collect(),
            ),
        ),
        ("analysis", ColumnValues::Strings(json)),
    ]))
}

/// The columns of the events table, filled event by event.
#[derive(Default)]
struct EventColumns {
    document_id: Vec<String>,
    date: Vec<Option<String>>,
    sentence: Vec<Option<u64>>,
    sentence_start: Vec<Option<u64>>,
    sentence_end: Vec<Option<u64>>,
    source: Vec<Option<String>>,
    source_name: Vec<Option<String>>,
    source_country: Vec<Option<String>>,
    source_sector: Vec<Option<String>>,
    target: Vec<Option<String>>,
    target_name: Vec<Option<String>>,
    target_country: Vec<Option<String>>,
    target_sector: Vec<Option<String>>,
    plover: Vec<String>,
    cameo: Vec<String>,
    negated: Vec<bool>,
    modality: Vec<String>,
    reported_by: Vec<Option<String>>,
    trigger_start: Vec<u64>,
    trigger_end: Vec<u64>,
    trigger_text: Vec<String>,
    confidence: Vec<f64>,
}

/// One row per event, with its sentence and the names, countries and sectors of its actors.
fn event_rows(analyses: &[Analysis]) -> TableColumns {
    let mut columns = EventColumns::default();
    for analysis in analyses {
        for event in &analysis.events {
            let sentence = sentence_of(analysis, &event.trigger);
            let source = event.source.as_deref().and_then(|id| actor(analysis, id));
            let target = event.target.as_deref().and_then(|id| actor(analysis, id));
            columns.document_id.push(analysis.id.clone());
            columns.date.push(analysis.date.clone());
            columns.sentence.push(sentence.map(|(index, _)| count(index)));
            columns
                .sentence_start
                .push(sentence.map(|(_, span)| count(span.start)));
            columns
                .sentence_end
                .push(sentence.map(|(_, span)| count(span.end)));
            columns.source.push(event.source.clone());
            columns.source_name.push(source.map(|actor| actor.name.clone()));
            columns
                .source_country
                .push(source.and_then(|actor| actor.country.clone()));
            columns
                .source_sector
                .push(source.and_then(|actor| actor.sector.clone()));
            columns.target.push(event.target.clone());
            columns.target_name.push(target.map(|actor| actor.name.clone()));
            columns
                .target_country
                .push(target.and_then(|actor| actor.country.clone()));
            columns
                .target_sector
                .push(target.and_then(|actor| actor.sector.clone()));
            columns.plover.push(event.plover.clone());
            columns.cameo.push(event.cameo.clone());
            columns.negated.push(event.negated);
            columns.modality.push(event.modality.as_str().to_owned());
            columns.reported_by.push(event.reported_by.clone());
            columns.trigger_start.push(count(event.trigger.start));
            columns.trigger_end.push(count(event.trigger.end));
            columns.trigger_text.push(event.trigger.text.clone());
            columns.confidence.push(event.confidence);
        }
    }
    TableColumns(vec![
        ("document_id", ColumnValues::Strings(columns.document_id)),
        ("date", ColumnValues::OptionalStrings(columns.date)),
        ("sentence", ColumnValues::OptionalIntegers(columns.sentence)),
        (
            "sentence_start",
            ColumnValues::OptionalIntegers(columns.sentence_start),
        ),
        (
            "sentence_end",
            ColumnValues::OptionalIntegers(columns.sentence_end),
        ),
        ("source", ColumnValues::OptionalStrings(columns.source)),
        ("source_name", ColumnValues::OptionalStrings(columns.source_name)),
        (
            "source_country",
            ColumnValues::OptionalStrings(columns.source_country),
        ),
        (
            "source_sector",
            ColumnValues::OptionalStrings(columns.source_sector),
        ),
        ("target", ColumnValues::OptionalStrings(columns.target)),
        ("target_name", ColumnValues::OptionalStrings(columns.target_name)),
        (
            "target_country",
            ColumnValues::OptionalStrings(columns.target_country),
        ),
        (
            "target_sector",
            ColumnValues::OptionalStrings(columns.target_sector),
        ),
        ("plover", ColumnValues::Strings(columns.plover)),
        ("cameo", ColumnValues::Strings(columns.cameo)),
        ("negated", ColumnValues::Booleans(columns.negated)),
        ("modality", ColumnValues::Strings(columns.modality)),
        ("reported_by", ColumnValues::OptionalStrings(columns.reported_by)),
        ("trigger_start", ColumnValues::Integers(columns.trigger_start)),
        ("trigger_end", ColumnValues::Integers(columns.trigger_end)),
        ("trigger_text", ColumnValues::Strings(columns.trigger_text)),
        ("confidence", ColumnValues::Floats(columns.confidence)),
    ])
}

/// The columns of the techniques table, filled technique by technique.
#[derive(Default)]
struct TechniqueColumns {
    document_id: Vec<String>,
    date: Vec<Option<String>>,
    technique: Vec<String>,
    sentence: Vec<Option<u64>>,
    start: Vec<u64>,
    end: Vec<u64>,
    text: Vec<String>,
    confidence: Vec<f64>,
    evidence: Vec<String>,
}

/// One row per technique found, on its sentence.
fn technique_rows(analyses: &[Analysis]) -> TableColumns {
    let mut columns = TechniqueColumns::default();
    for analysis in analyses {
        for technique in &analysis.techniques {
            columns.document_id.push(analysis.id.clone());
            columns.date.push(analysis.date.clone());
            columns.technique.push(technique.technique.clone());
            columns
                .sentence
                .push(sentence_of(analysis, &technique.span).map(|(index, _)| count(index)));
            columns.start.push(count(technique.span.start));
            columns.end.push(count(technique.span.end));
            columns.text.push(technique.span.text.clone());
            columns.confidence.push(technique.confidence);
            columns.evidence.push(technique.evidence.clone());
        }
    }
    TableColumns(vec![
        ("document_id", ColumnValues::Strings(columns.document_id)),
        ("date", ColumnValues::OptionalStrings(columns.date)),
        ("technique", ColumnValues::Strings(columns.technique)),
        ("sentence", ColumnValues::OptionalIntegers(columns.sentence)),
        ("start", ColumnValues::Integers(columns.start)),
        ("end", ColumnValues::Integers(columns.end)),
        ("text", ColumnValues::Strings(columns.text)),
        ("confidence", ColumnValues::Floats(columns.confidence)),
        ("evidence", ColumnValues::Strings(columns.evidence)),
    ])
}

/// The columns of the claims table, filled claim by claim.
#[derive(Default)]
struct ClaimColumns {
    document_id: Vec<String>,
    date: Vec<Option<String>>,
    sentence: Vec<Option<u64>>,
    start: Vec<u64>,
    end: Vec<u64>,
    text: Vec<String>,
    score: Vec<f64>,
    checkworthy: Vec<bool>,
    claim_type: Vec<Option<String>>,
    about: Vec<Vec<String>>,
}

/// One row per scored claim, check-worthy or not (filter on `checkworthy`).
fn claim_rows(analyses: &[Analysis]) -> TableColumns {
    let mut columns = ClaimColumns::default();
    for analysis in analyses {
        for claim in &analysis.claims {
            columns.document_id.push(analysis.id.clone());
            columns.date.push(analysis.date.clone());
            columns
                .sentence
                .push(sentence_of(analysis, &claim.span).map(|(index, _)| count(index)));
            columns.start.push(count(claim.span.start));
            columns.end.push(count(claim.span.end));
            columns.text.push(claim.span.text.clone());
            columns.score.push(claim.score);
            columns.checkworthy.push(claim.checkworthy);
            columns.claim_type.push(claim.claim_type.clone());
            columns.about.push(claim.about.clone());
        }
    }
    TableColumns(vec![
        ("document_id", ColumnValues::Strings(columns.document_id)),
        ("date", ColumnValues::OptionalStrings(columns.date)),
        ("sentence", ColumnValues::OptionalIntegers(columns.sentence)),
        ("start", ColumnValues::Integers(columns.start)),
        ("end", ColumnValues::Integers(columns.end)),
        ("text", ColumnValues::Strings(columns.text)),
        ("score", ColumnValues::Floats(columns.score)),
        ("checkworthy", ColumnValues::Booleans(columns.checkworthy)),
        ("claim_type", ColumnValues::OptionalStrings(columns.claim_type)),
        ("about", ColumnValues::StringLists(columns.about)),
    ])
}

/// The index and span of the sentence that holds the start of `span`, if any does.
fn sentence_of<'a>(analysis: &'a Analysis, span: &Span) -> Option<(usize, &'a Span)> {
    let index = analysis
        .sentences
        .partition_point(|sentence| sentence.span.end <= span.start);
    let sentence = analysis.sentences.get(index)?;
    (sentence.span.start <= span.start).then_some((index, &sentence.span))
}

/// The actor of the analysis with id `id`.
fn actor<'a>(analysis: &'a Analysis, id: &str) -> Option<&'a Actor> {
    analysis.actors.iter().find(|actor| actor.id == id)
}

/// A count or byte offset as the 64-bit integer Arrow stores (lossless: `usize` is at most 64 bits
/// on every platform Python wheels are built for).
fn count(value: usize) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}
