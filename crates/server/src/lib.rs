//! The rhetor HTTP server (`rhetor serve`): a JSON API over the analyser and a corpus store, and
//! the web page that shows both.
//!
//! [`app`] builds the whole [`axum::Router`] from a [`ServerState`], so that tests drive it without
//! a socket (`tower::ServiceExt::oneshot`); [`serve`] binds it to an address and runs it until
//! SIGINT or SIGTERM, finishing the requests in flight.
//!
//! Every route is listed once, in [`routes::route_table`]; the router is built from that table and
//! a test checks that the OpenAPI document (`openapi.json`, served at `/api/openapi.json`)
//! describes each of its entries.
//!
//! # Hardening
//!
//! - **Sizes**: a request body over [`ServerConfig::max_body_bytes`] and a document text over
//!   [`ServerConfig::max_document_bytes`] are answered `413 Payload Too Large`.
//! - **Time**: every request has [`ServerConfig::request_timeout`]; past it the answer is
//!   `503 Service Unavailable` (code `timeout`), because the server, not the client, was too slow.
//!   An analysis already running goes on to its end in its worker (it cannot be interrupted) and
//!   keeps its worker slot until then, so that timeouts never let more analyses run than there
//!   are workers.
//! - **Concurrency**: at most [`ServerConfig::analysis_workers`] analyses run at once, on tokio's
//!   blocking threads, and at most [`ServerConfig::analysis_queue`] more wait for a worker; a
//!   request beyond both is answered `429 Too Many Requests` at once, with `Retry-After`, before
//!   its body is read. Memory is therefore bounded by (workers + queue) × the body limit, plus the
//!   analyses.
//! - **Store**: SQLite is blocking, so store queries run on blocking threads with a connection
//!   from a pool of at most [`ServerConfig::store_connections`].
//! - **Headers**: every response carries a strict Content-Security-Policy (scripts, styles and
//!   everything else from this origin only, no inline script), `X-Content-Type-Options: nosniff`,
//!   `Referrer-Policy: no-referrer` and `X-Frame-Options: DENY`. The API answers JSON only; no
//!   response ever puts document text into HTML.
//! - **Logs**: one structured `tracing` event per request (method, path, status, milliseconds) on
//!   standard error; [`init_logging`] installs the subscriber.

mod analyze_api;
mod api_error;
mod corpus_api;
mod hardening;
mod routes;
mod serving;
mod store_pool;
mod web_assets;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;

pub use routes::{route_table, RouteEntry};
pub use serving::{init_logging, serve};

/// The OpenAPI 3 document of the API, as served at `/api/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("../openapi.json");

/// What went wrong starting or running the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The corpus database could not be opened.
    #[error("opening the corpus store: {0}")]
    Store(#[from] rhetor_store::StoreError),
    /// The address could not be bound, or the runtime could not start.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The operating system's error.
        source: std::io::Error,
    },
}

/// The server's limits and what it serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    /// The corpus database; without one, only analysis and the page are served, and the corpus
    /// routes answer `404` with the code `no_corpus`.
    pub database: Option<PathBuf>,
    /// The largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// The largest document text accepted for analysis, in bytes.
    pub max_document_bytes: usize,
    /// How long a request may take before it is answered `503`.
    pub request_timeout: Duration,
    /// How many analyses run at once.
    pub analysis_workers: usize,
    /// How many analyses may wait for a worker before requests are refused with `429`.
    pub analysis_queue: usize,
    /// How many store connections are open at most.
    pub store_connections: usize,
}

impl ServerConfig {
    /// The default limits, with analyses on as many workers as the machine has cores.
    pub fn with_database(database: Option<PathBuf>) -> ServerConfig {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        ServerConfig {
            database,
            // JSON escapes can make a body several times its text; 8 MiB leaves room for a
            // 2 MiB document in any reasonable encoding.
            max_body_bytes: 8 * 1024 * 1024,
            // About a second of analysis on one core: a statement or a long speech, not a book.
            max_document_bytes: 2 * 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            analysis_workers: cores,
            analysis_queue: 4 * cores,
            store_connections: cores.max(2),
        }
    }
}

/// What every request handler shares: the configuration, the analysis limits and the store pool.
#[derive(Debug, Clone)]
pub struct ServerState {
    inner: Arc<SharedState>,
}

#[derive(Debug)]
struct SharedState {
    config: ServerConfig,
    /// The tier every analysis runs in: the fast tier, or the accurate tier loaded once at start.
    analyze_options: rhetor_core::AnalyzeOptions,
    analysis_slots: analyze_api::AnalysisSlots,
    store: Option<store_pool::StorePool>,
}

impl ServerState {
    /// Opens the store (creating or migrating its schema, as `rhetor ingest` would) and sets up
    /// the limits of `config`.
    pub fn new(config: ServerConfig) -> Result<ServerState, ServerError> {
        ServerState::with_analyze_options(config, rhetor_core::AnalyzeOptions::default())
    }

    /// As [`ServerState::new`], with every analysis run with `analyze_options` (`rhetor serve
    /// --accurate` passes the accurate tier's scorers here).
    pub fn with_analyze_options(
        config: ServerConfig,
        analyze_options: rhetor_core::AnalyzeOptions,
    ) -> Result<ServerState, ServerError> {
        let store = match &config.database {
            Some(path) => Some(store_pool::StorePool::open(
                path.clone(),
                config.store_connections,
            )?),
            None => None,
        };
        Ok(ServerState {
            inner: Arc::new(SharedState {
                analysis_slots: analyze_api::AnalysisSlots::new(
                    config.analysis_workers,
                    config.analysis_queue,
                ),
                config,
                analyze_options,
                store,
            }),
        })
    }

    fn config(&self) -> &ServerConfig {
        &self.inner.config
    }
}

/// The whole application: every route of [`route_table`], with the hardening layers around them.
pub fn app(state: ServerState) -> Router {
    let config = state.config().clone();
    let router = route_table().into_iter().fold(Router::new(), |router, entry| {
        router.route(entry.axum_path, entry.handler)
    });
    hardening::wrap(router.fallback(api_error::not_found), &config).with_state(state)
}
