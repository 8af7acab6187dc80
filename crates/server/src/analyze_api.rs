//! `POST /api/analyze`: one document in (a JSON object or raw text), its `rhetor/1` analysis out,
//! with a bounded number of analyses running and waiting.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rhetor_core::analyze;
use rhetor_schema::Document;
use serde::Deserialize;
use tokio::sync::Semaphore;

use crate::api_error::ApiError;
use crate::ServerState;

/// The id an analysed document gets when the request names none.
const DEFAULT_DOCUMENT_ID: &str = "request";

/// The two bounds on analyses: running ones (workers) and admitted ones (workers plus queue).
#[derive(Debug)]
pub(crate) struct AnalysisSlots {
    /// One permit per request admitted, running or waiting; taken without waiting, so that a
    /// saturated server answers 429 at once instead of piling up connections.
    admitted: Arc<Semaphore>,
    /// One permit per analysis running.
    workers: Arc<Semaphore>,
    /// The number of permits of `admitted`.
    admitted_capacity: usize,
    /// The number of permits of `workers`.
    worker_capacity: usize,
}

impl AnalysisSlots {
    pub(crate) fn new(workers: usize, queue: usize) -> AnalysisSlots {
        let workers = workers.max(1);
        let admitted_capacity = workers.saturating_add(queue);
        AnalysisSlots {
            admitted: Arc::new(Semaphore::new(admitted_capacity)),
            workers: Arc::new(Semaphore::new(workers)),
            admitted_capacity,
            worker_capacity: workers,
        }
    }

    /// How many analysis requests are admitted now, running or waiting.
    pub(crate) fn admitted_now(&self) -> usize {
        self.admitted_capacity
            .saturating_sub(self.admitted.available_permits())
    }

    /// How many analyses are running now.
    pub(crate) fn running_now(&self) -> usize {
        self.worker_capacity
            .saturating_sub(self.workers.available_permits())
    }
}

/// The JSON form of a request: the text and what is known about it.
#[derive(Debug, Deserialize)]
struct AnalyzeRequest {
    text: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// Analyses the body: `application/json` is an [`AnalyzeRequest`]; any other content type is the
/// document's text itself, which must be UTF-8.
pub(crate) async fn analyze_document(
    State(state): State<ServerState>,
    request: Request,
) -> Result<Response, ApiError> {
    let slots = &state.inner.analysis_slots;
    let admitted = Arc::clone(&slots.admitted).try_acquire_owned().map_err(|_| {
        ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "busy",
            "every analysis worker is busy and the queue is full; retry in a moment",
        )
    })?;
    let is_json = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("application/json")
        });
    let body = Bytes::from_request(request, &state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body_too_large",
                format!(
                    "the request body is over the limit of {} bytes",
                    state.config().max_body_bytes
                ),
            )
        } else {
            ApiError::bad_request(format!(
                "the request body could not be read: {}",
                rejection.body_text()
            ))
        }
    })?;
    let document = document_of_body(&body, is_json)?;
    let limit = state.config().max_document_bytes;
    if document.text.len() > limit {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "document_too_large",
            format!(
                "the document has {} bytes of text, over the limit of {limit} bytes",
                document.text.len()
            ),
        ));
    }
    drop(body);

    let worker = Arc::clone(&slots.workers)
        .acquire_owned()
        .await
        .map_err(|_| ApiError::internal("the analysis workers are closed"))?;
    // Both permits move into the blocking task: if the request times out, the analysis still
    // holds its slot until it really ends, so that timeouts never let more analyses run at once.
    let analyze_options = state.inner.analyze_options.clone();
    let serialized = tokio::task::spawn_blocking(move || {
        let _slots = (admitted, worker);
        let analysis = analyze(document, &analyze_options);
        serde_json::to_vec(&analysis)
    })
    .await
    .map_err(|error| ApiError::internal(format!("the analysis stopped: {error}")))?
    .map_err(|error| ApiError::internal(format!("the analysis could not be written as JSON: {error}")))?;
    Ok((
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        serialized,
    )
        .into_response())
}

fn document_of_body(body: &[u8], is_json: bool) -> Result<Document, ApiError> {
    if is_json {
        let request: AnalyzeRequest = serde_json::from_slice(body).map_err(|error| {
            ApiError::bad_request(format!(
                "the body is not an analysis request ({{\"text\": ..., optional \"id\", \"title\", \"source\", \"date\", \"url\"}}): {error}"
            ))
        })?;
        return Ok(Document {
            id: request.id.unwrap_or_else(|| DEFAULT_DOCUMENT_ID.to_string()),
            text: request.text,
            title: request.title,
            source: request.source,
            date: request.date,
            url: request.url,
            ..Document::default()
        });
    }
    let text = std::str::from_utf8(body).map_err(|error| {
        ApiError::bad_request(format!(
            "the body is not UTF-8 text (invalid byte at offset {})",
            error.valid_up_to()
        ))
    })?;
    Ok(Document::new(DEFAULT_DOCUMENT_ID, text))
}
