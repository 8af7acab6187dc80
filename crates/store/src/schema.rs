//! The store's SQL schema and its migrations.
//!
//! The schema version lives in SQLite's own `PRAGMA user_version`, so that it is read and written
//! in the same transaction as the tables it describes: a migration either happens entirely or not.

use rusqlite::Connection;

use crate::StoreError;

/// The schema version this code writes and reads.
pub const CURRENT_SCHEMA_VERSION: i64 = 2;

/// Version 1: documents with versions, the analysis in normalised tables, and full-text search.
///
/// Child rows carry `(document, version)` with a cascading foreign key, so that removing a
/// document version removes all of its analysis. `events.date` and `techniques.publisher` copy the
/// document's date and source, because the aggregate queries group by them and an index can only
/// cover columns of its own table.
const SCHEMA_VERSION_1: &str = r#"
CREATE TABLE documents (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT,
    source TEXT,
    date TEXT,
    url TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested_at INTEGER NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE TABLE actors (
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    mentions INTEGER NOT NULL,
    FOREIGN KEY (document, version) REFERENCES documents (id, version) ON DELETE CASCADE
);
CREATE INDEX actors_by_actor_id ON actors (actor_id);
CREATE INDEX actors_by_document ON actors (document, version);

CREATE TABLE events (
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    date TEXT,
    source TEXT,
    target TEXT,
    plover TEXT NOT NULL,
    cameo TEXT NOT NULL,
    negated INTEGER NOT NULL,
    modality TEXT NOT NULL,
    reported_by TEXT,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    confidence REAL NOT NULL,
    FOREIGN KEY (document, version) REFERENCES documents (id, version) ON DELETE CASCADE
);
CREATE INDEX events_by_dyad ON events (source, target, plover, date);
CREATE INDEX events_by_document ON events (document, version);

CREATE TABLE techniques (
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    publisher TEXT,
    technique TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    span_text TEXT NOT NULL,
    confidence REAL NOT NULL,
    evidence TEXT NOT NULL,
    FOREIGN KEY (document, version) REFERENCES documents (id, version) ON DELETE CASCADE
);
CREATE INDEX techniques_by_publisher ON techniques (publisher, technique);
CREATE INDEX techniques_by_document ON techniques (document, version);

CREATE TABLE claims (
    claim_id INTEGER PRIMARY KEY,
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    span_text TEXT NOT NULL,
    score REAL NOT NULL,
    checkworthy INTEGER NOT NULL,
    claim_type TEXT,
    FOREIGN KEY (document, version) REFERENCES documents (id, version) ON DELETE CASCADE
);
CREATE INDEX claims_by_score ON claims (score DESC);
CREATE INDEX claims_by_document ON claims (document, version);

CREATE TABLE claim_subjects (
    claim_id INTEGER NOT NULL REFERENCES claims (claim_id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL
);
CREATE INDEX claim_subjects_by_actor_id ON claim_subjects (actor_id);
CREATE INDEX claim_subjects_by_claim ON claim_subjects (claim_id);

CREATE TABLE stances (
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    score REAL NOT NULL,
    evidence_count INTEGER NOT NULL,
    FOREIGN KEY (document, version) REFERENCES documents (id, version) ON DELETE CASCADE
);
CREATE INDEX stances_by_actor_id ON stances (actor_id);
CREATE INDEX stances_by_document ON stances (document, version);

-- The latest version of every document; every aggregate query reads through it, so that an
-- updated document is counted once, as it is now.
CREATE VIEW latest_documents AS
    SELECT id, MAX(version) AS version FROM documents GROUP BY id;

-- External-content full-text index over the documents' title and text: the text is stored once
-- (in `documents`), and only the latest version of each document is indexed, which the ingest
-- code keeps true by deleting the previous version's entry when it adds a new one.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text, content = 'documents', content_rowid = 'rowid'
);
"#;

/// Version 2: near-duplicate links and the MinHash index that finds them, and the number of
/// analysis rows of each document version, which lets a check prove that no document was left
/// half-written.
///
/// `duplicate_of` names the document (id) that a version copies and `duplicate_similarity` the
/// estimated Jaccard similarity of their word shingles; aggregate queries read
/// `independent_documents`, the latest versions that copy nothing. Only documents that copy
/// nothing are indexed (`near_duplicate_signatures`, `near_duplicate_bands`), so that every copy
/// links to a first-seen original, and only their latest version, so that a document is never
/// taken for a copy of its own earlier version.
const SCHEMA_VERSION_2: &str = r#"
ALTER TABLE documents ADD COLUMN duplicate_of TEXT;
ALTER TABLE documents ADD COLUMN duplicate_similarity REAL;
ALTER TABLE documents ADD COLUMN analysis_rows INTEGER NOT NULL DEFAULT 0;
CREATE INDEX documents_by_duplicate_of ON documents (duplicate_of);

CREATE TABLE near_duplicate_signatures (
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    signature BLOB NOT NULL,
    PRIMARY KEY (document, version),
    FOREIGN KEY (document, version) REFERENCES documents (id, version) ON DELETE CASCADE
);

CREATE TABLE near_duplicate_bands (
    band_key INTEGER NOT NULL,
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    FOREIGN KEY (document, version) REFERENCES documents (id, version) ON DELETE CASCADE
);
CREATE INDEX near_duplicate_bands_by_key ON near_duplicate_bands (band_key);
CREATE INDEX near_duplicate_bands_by_document ON near_duplicate_bands (document);

-- The latest versions that are not near-duplicates of another document: what aggregate queries
-- count, so that a statement syndicated ten times is one piece of evidence, not ten.
CREATE VIEW independent_documents AS
    SELECT documents.id, documents.version
    FROM documents JOIN latest_documents
         ON latest_documents.id = documents.id AND latest_documents.version = documents.version
    WHERE documents.duplicate_of IS NULL;
"#;

/// Brings the database at `connection` to [`CURRENT_SCHEMA_VERSION`], in one transaction.
pub(crate) fn migrate(
    connection: &mut Connection,
    path_for_errors: &std::path::Path,
) -> Result<(), StoreError> {
    let transaction = connection.transaction()?;
    let found_version: i64 = transaction.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found_version > CURRENT_SCHEMA_VERSION {
        return Err(StoreError::UnsupportedSchemaVersion {
            path: path_for_errors.to_path_buf(),
            found: found_version,
            supported: CURRENT_SCHEMA_VERSION,
        });
    }
    if found_version < 1 {
        transaction.execute_batch(SCHEMA_VERSION_1)?;
    }
    if found_version < 2 {
        transaction.execute_batch(SCHEMA_VERSION_2)?;
        crate::ingest::backfill_version_2(&transaction)?;
    }
    transaction.pragma_update(None, "user_version", CURRENT_SCHEMA_VERSION)?;
    transaction.commit()?;
    Ok(())
}
