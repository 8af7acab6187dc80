//! A small pool of store connections: SQLite calls block, so each query runs on a blocking thread
//! with a connection of its own, and at most a fixed number of connections exist at once.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use rhetor_store::{Store, StoreError};
use tokio::sync::Semaphore;

use crate::api_error::ApiError;

/// Connections to one store, opened on demand and kept for reuse.
#[derive(Debug, Clone)]
pub(crate) struct StorePool {
    inner: Arc<PoolInner>,
}

#[derive(Debug)]
struct PoolInner {
    path: PathBuf,
    /// Connections not in use. Held only to push or pop, never across a query.
    idle: Mutex<Vec<Store>>,
    /// One permit per connection that may exist: bounds the open connections and the blocking
    /// threads busy with queries.
    permits: Arc<Semaphore>,
}

impl StorePool {
    /// Opens the store once, so that a bad path or a foreign file fails at start-up rather than
    /// at the first query, and keeps that connection for reuse.
    pub(crate) fn open(path: PathBuf, connections: usize) -> Result<StorePool, StoreError> {
        let first = Store::open(&path)?;
        Ok(StorePool {
            inner: Arc::new(PoolInner {
                path,
                idle: Mutex::new(vec![first]),
                permits: Arc::new(Semaphore::new(connections.max(1))),
            }),
        })
    }

    /// Runs `query` on a pooled connection on a blocking thread.
    pub(crate) async fn run<T, Query>(&self, query: Query) -> Result<T, ApiError>
    where
        T: Send + 'static,
        Query: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    {
        let permit = Arc::clone(&self.inner.permits)
            .acquire_owned()
            .await
            .map_err(|_| ApiError::internal("the store pool is closed"))?;
        let inner = Arc::clone(&self.inner);
        let outcome = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let pooled = inner.take_idle();
            let store = match pooled {
                Some(store) => store,
                None => Store::open(&inner.path)?,
            };
            let result = query(&store);
            inner.give_back(store);
            result
        })
        .await
        .map_err(|error| ApiError::internal(format!("a store query stopped: {error}")))?;
        outcome.map_err(store_error)
    }
}

impl PoolInner {
    fn take_idle(&self) -> Option<Store> {
        // A poisoned lock only means another query panicked while pushing or popping; the vector
        // itself is always whole, so it is safe to go on using it.
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop()
    }

    fn give_back(&self, store: Store) {
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(store);
    }
}

/// The API's answer for a store error: a malformed search is the client's fault, anything else
/// the server's.
fn store_error(error: StoreError) -> ApiError {
    match error {
        StoreError::InvalidSearchQuery { .. } => {
            ApiError::new(StatusCode::BAD_REQUEST, "invalid_query", error.to_string())
        }
        other => {
            tracing::error!(error = %other, "store query failed");
            ApiError::internal(format!("the corpus store failed: {other}"))
        }
    }
}
