//! The corpus store: rhetor analyses kept in an SQLite database, for search and aggregate queries
//! over a whole corpus.
//!
//! Documents are versioned: ingesting a document whose id is known but whose content changed adds
//! a new version and leaves the old one in place; every query reads the latest version only.
//! Each document's analysis lands in normalised tables (actors, events, techniques, claims,
//! stances) with indexes for the aggregate queries, and the latest text of every document is in an
//! FTS5 full-text index.
//!
//! Every ingest runs in one SQLite transaction, so that a process that dies half-way leaves the
//! database as it was before that document (or batch), never half-written; [`Store::check`]
//! proves it after the fact. A transaction that has committed survives the death of the process
//! (see [`Store::open`] for why).
//!
//! Near-duplicates (a statement re-published with small edits, [`near_duplicates`]) are stored and
//! linked to the first-stored original, and left out of the aggregate queries, so that a
//! syndicated statement counts as one piece of evidence.

mod consistency;
mod exports;
mod ingest;
pub mod near_duplicates;
mod parquet_export;
mod queries;
mod schema;
mod server_queries;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use consistency::StoreCheck;
pub use exports::{EventCsvFilter, ExportTable, EVENT_CSV_COLUMNS};
pub use queries::{
    ClaimRow, EventCount, NearDuplicate, PeriodBucket, SearchHit, TechniqueCount, UNDATED_PERIOD,
};
pub use schema::CURRENT_SCHEMA_VERSION;
pub use server_queries::{
    ActorDocument, ActorName, ActorProfile, DocumentPage, DocumentSummary, EventEdge, EventFilter,
    HighlightedHit, PloverCount, SnippetPart, StoredActor, StoredClaim, StoredDocument, StoredEvent,
    StoredStance, StoredTechnique, TechniqueProfile,
};

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not an SQLite database (or is damaged beyond reading).
    #[error("{} is not a rhetor store: the file is not an SQLite database", path.display())]
    NotADatabase {
        /// The file that was opened.
        path: PathBuf,
    },
    /// The database was written by a newer rhetor with a schema this one does not know.
    #[error(
        "{} has store schema version {found}, newer than the version {supported} this rhetor knows",
        path.display()
    )]
    UnsupportedSchemaVersion {
        /// The file that was opened.
        path: PathBuf,
        /// The version found in the file.
        found: i64,
        /// The newest version this code reads.
        supported: i64,
    },
    /// A search query that FTS5 cannot parse (an unbalanced quote, a bare operator).
    #[error("the search query {query:?} is not valid full-text syntax: {message}")]
    InvalidSearchQuery {
        /// The query as given.
        query: String,
        /// SQLite's explanation.
        message: String,
    },
    /// Any other SQLite failure (disk full, locked database, I/O error).
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// An export could not be written.
    #[error("writing the export: {0}")]
    Write(#[from] std::io::Error),
    /// The Parquet writer refused the export (a schema or encoding problem).
    #[error("writing Parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    /// A stored value does not fit its column's declared type, so it cannot be exported typed.
    #[error("column {column} holds {found}, which its declared type cannot hold")]
    ExportValue {
        /// The column.
        column: String,
        /// What was found there.
        found: String,
    },
}

/// The result type of the store's operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// What ingesting one analysis did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IngestOutcome {
    /// A document id the store had not seen: stored as version 1.
    Inserted,
    /// A known id with different content: stored as a new version, which queries now read.
    Updated {
        /// The version number given to the new content.
        version: i64,
    },
    /// A known id with a stored version of the same content: nothing was written.
    Unchanged,
}

/// An open corpus store.
#[derive(Debug)]
pub struct Store {
    connection: Connection,
}

impl Store {
    /// Opens the store at `path`, creating the file and its schema when absent and migrating an
    /// older schema, with write-ahead logging and foreign keys on.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        let not_a_database = |error: rusqlite::Error| {
            if error.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) {
                StoreError::NotADatabase {
                    path: path.to_path_buf(),
                }
            } else {
                StoreError::Sqlite(error)
            }
        };
        let mut connection = Connection::open(path).map_err(not_a_database)?;
        // SQLite reads the file header lazily: the first statement is what finds a non-database.
        // WAL lets readers (a `rhetor query` in another terminal) run while an ingest writes.
        connection
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))
            .map_err(not_a_database)?;
        connection.pragma_update(None, "foreign_keys", true)?;
        // Durability: in WAL mode a commit has appended the transaction's pages and a commit
        // record to the -wal file with write(2) before `commit` returns, so the data is in the
        // operating system's page cache and survives the death of this process (SIGKILL, a
        // panic, OOM): the next open replays the WAL up to the last commit record and ignores any
        // torn tail. NORMAL skips only the fsync at each commit (WAL is synced at checkpoints), so
        // an operating-system crash or power loss may lose the last transactions, never corrupt
        // the file; a re-run of the ingest restores what was lost. FULL would fsync every commit
        // to survive power loss too, at a cost in throughput that a re-runnable ingest does not
        // need.
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        connection.busy_timeout(std::time::Duration::from_secs(10))?;
        schema::migrate(&mut connection, path).map_err(|error| match error {
            StoreError::Sqlite(sqlite_error) => not_a_database(sqlite_error),
            other => other,
        })?;
        Ok(Store { connection })
    }

    /// Stores one analysis in its own transaction; see [`IngestOutcome`] for what can happen.
    pub fn ingest(&mut self, analysis: &rhetor_schema::Analysis) -> Result<IngestOutcome> {
        let transaction = self.connection.transaction()?;
        let outcome = ingest::ingest_in_transaction(&transaction, analysis)?;
        transaction.commit()?;
        Ok(outcome)
    }

    /// Stores several analyses in one transaction: all of them or, after an error, none.
    /// One transaction per batch is much faster than one per document, because each commit
    /// waits for the disk.
    pub fn ingest_batch(&mut self, analyses: &[rhetor_schema::Analysis]) -> Result<Vec<IngestOutcome>> {
        let transaction = self.connection.transaction()?;
        let outcomes = analyses
            .iter()
            .map(|analysis| ingest::ingest_in_transaction(&transaction, analysis))
            .collect::<Result<Vec<_>>>()?;
        transaction.commit()?;
        Ok(outcomes)
    }

    /// Whether the store already holds a version of `document`'s id with exactly its content (text,
    /// title, source, date, url): then ingesting it would change nothing, and it need not even be
    /// analysed.
    pub fn is_stored_unchanged(&self, document: &rhetor_schema::Document) -> Result<bool> {
        let hash = ingest::content_hash(&ingest::DocumentContent::of_document(document));
        ingest::some_version_has_hash(&self.connection, &document.id, &hash)
    }

    /// How many documents (distinct ids) the store holds.
    pub fn document_count(&self) -> Result<i64> {
        Ok(self
            .connection
            .query_row("SELECT COUNT(*) FROM latest_documents", [], |row| row.get(0))?)
    }

    /// How many document versions the store holds, all ids together.
    pub fn version_count(&self) -> Result<i64> {
        Ok(self
            .connection
            .query_row("SELECT COUNT(*) FROM documents", [], |row| row.get(0))?)
    }

    /// The underlying connection, for queries this API does not offer yet.
    pub fn connection(&self) -> &Connection {
        &self.connection
    }
}
