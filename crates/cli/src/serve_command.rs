//! `rhetor serve`: the HTTP API and the web page (`rhetor-server`) on a local address, until
//! Ctrl-C or SIGTERM.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::Args;

#[derive(Debug, Args)]
pub(crate) struct ServeArguments {
    /// The corpus database written by `rhetor ingest`. Without it only the analysis and the page
    /// are served, and the corpus views say that no corpus is loaded.
    #[arg(long, value_name = "FILE")]
    pub(crate) db: Option<PathBuf>,
    /// The address to listen on (port 0 picks a free port, logged at start).
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    pub(crate) addr: SocketAddr,
    /// Analyses that run at once [default: the number of cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub(crate) workers: Option<u32>,
    /// Analysis requests that may wait for a worker before more are refused with 429
    /// [default: 4 per worker].
    #[arg(long, value_name = "N")]
    pub(crate) queue: Option<u32>,
    /// Largest document text accepted for analysis, in bytes (413 beyond).
    #[arg(long, value_name = "BYTES", default_value_t = 2 * 1024 * 1024)]
    pub(crate) max_document_bytes: usize,
    /// Time limit of a request, in seconds (503 beyond).
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub(crate) timeout: u64,
    /// Analyse pasted statements with the accurate tier (as `rhetor analyze --accurate`; weights
    /// from `scripts/fetch-minilm.sh`). Each analysis is slower: raise `--timeout` for long texts.
    #[arg(long)]
    pub(crate) accurate: bool,
}

pub(crate) fn run(arguments: &ServeArguments) -> anyhow::Result<()> {
    if let Some(database) = &arguments.db {
        // Serving is read-only: a mistyped path should fail here, not become a new empty store.
        anyhow::ensure!(
            database.is_file(),
            "{} does not exist: create it with `rhetor ingest ... --db {}`",
            database.display(),
            database.display()
        );
    }
    let mut config = rhetor_server::ServerConfig::with_database(arguments.db.clone());
    if let Some(workers) = arguments.workers {
        config.analysis_workers = workers as usize;
        config.analysis_queue = 4 * workers as usize;
    }
    if let Some(queue) = arguments.queue {
        config.analysis_queue = queue as usize;
    }
    config.max_document_bytes = arguments.max_document_bytes;
    // The body may carry the text JSON-escaped; four times the text leaves room for it.
    config.max_body_bytes = config
        .max_body_bytes
        .max(arguments.max_document_bytes.saturating_mul(4));
    config.request_timeout = Duration::from_secs(arguments.timeout);
    let analyze_options = crate::analysis_tiers::analyze_options(arguments.accurate, false)?;
    rhetor_server::init_logging();
    rhetor_server::serve(config, analyze_options, arguments.addr)
        .with_context(|| format!("serving on {}", arguments.addr))
}
