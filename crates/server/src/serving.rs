//! Running the application on a socket: the runtime, the listener, the log subscriber and graceful
//! shutdown on SIGINT or SIGTERM.

use std::net::SocketAddr;
use std::time::Duration;

use crate::{app, ServerConfig, ServerError, ServerState};

/// How long requests in flight may take to finish after a shutdown signal before the server stops
/// anyway; a little more than a request's own time limit would be pointless, less would cut off
/// analyses that may still finish.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(35);

/// Installs the log subscriber: human-readable structured lines (`key=value` fields) on standard
/// error, at level INFO. Does nothing when a subscriber is already installed.
pub fn init_logging() {
    // An error only says that a subscriber is already installed (a test harness's), which is fine.
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_max_level(tracing::Level::INFO)
        .try_init();
}

/// Serves [`app`], analysing in the tier `analyze_options` sets, on `address` until SIGINT or SIGTERM, then stops accepting connections, lets the
/// requests in flight finish (up to a grace period) and returns. The address actually bound (port
/// 0 asks for a free one) is logged as `listening address=...`.
pub fn serve(
    config: ServerConfig,
    analyze_options: rhetor_core::AnalyzeOptions,
    address: SocketAddr,
) -> Result<(), ServerError> {
    let io_error = |context: &str| {
        let context = context.to_string();
        move |source| ServerError::Io { context, source }
    };
    let tier = if analyze_options.claim_scorer.is_some() {
        "accurate"
    } else {
        "fast"
    };
    let state = ServerState::with_analyze_options(config.clone(), analyze_options)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // Analyses and store queries run on blocking threads, which their own permits bound; this
        // is only a backstop above those bounds.
        .max_blocking_threads(
            config
                .analysis_workers
                .saturating_add(config.store_connections)
                .saturating_add(4),
        )
        .build()
        .map_err(io_error("starting the async runtime"))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .map_err(io_error(&format!("binding {address}")))?;
        let bound = listener.local_addr().map_err(io_error("reading the bound address"))?;
        tracing::info!(
            address = %bound,
            corpus = ?config.database,
            tier,
            workers = config.analysis_workers,
            queue = config.analysis_queue,
            "listening"
        );
        let (signalled, mut shutdown_started) = tokio::sync::watch::channel(false);
        let server = axum::serve(listener, app(state)).with_graceful_shutdown(async move {
            shutdown_signal().await;
            tracing::info!("shutting down: finishing the requests in flight");
            let _ = signalled.send(true);
        });
        let grace_over = async move {
            // Waits for the signal, then for the grace period; a closed channel means the server
            // already stopped, and this branch then never needs to finish.
            if shutdown_started.wait_for(|started| *started).await.is_err() {
                std::future::pending::<()>().await;
            }
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        };
        tokio::select! {
            result = server => result.map_err(io_error("serving")),
            () = grace_over => {
                tracing::warn!(grace_seconds = SHUTDOWN_GRACE.as_secs(), "requests still running after the grace period; stopping");
                Ok(())
            }
        }
    })?;
    // Dropping the runtime waits for analyses already running on blocking threads.
    drop(runtime);
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on the first SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut terminate) => {
                terminate.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
