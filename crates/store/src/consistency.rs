//! Checking a store after the fact: is the file sound, and is every document whole?
//!
//! This is what an interrupted ingest is judged by: SQLite's own `integrity_check` for the file,
//! and, for the promise that no document is half-written, a recount of every document version's
//! analysis rows against the number recorded with it in the same transaction.

use crate::ingest::ACTUAL_ANALYSIS_ROWS;
use crate::near_duplicates::BANDS;
use crate::{Result, Store};

/// The tables whose rows [`StoreCheck::table_rows`] counts, in that order.
const COUNTED_TABLES: &[&str] = &[
    "documents",
    "actors",
    "events",
    "techniques",
    "claims",
    "claim_subjects",
    "stances",
    "near_duplicate_signatures",
    "near_duplicate_bands",
];

/// What [`Store::check`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreCheck {
    /// SQLite's `PRAGMA integrity_check` result: `ok`, or its list of problems joined by `; `.
    pub integrity: String,
    /// Document versions whose analysis rows differ from the number recorded with them, or whose
    /// near-duplicate index entry lacks bands: each would be a half-written document.
    pub partial_documents: i64,
    /// The number of rows of each table, all versions together.
    pub table_rows: Vec<(String, i64)>,
}

impl StoreCheck {
    /// Whether the file is sound and every document whole.
    pub fn is_sound(&self) -> bool {
        self.integrity == "ok" && self.partial_documents == 0
    }
}

impl Store {
    /// Checks the file's integrity and that every document version is whole, and counts the rows
    /// of every table.
    ///
    /// # Errors
    ///
    /// When the database cannot be read at all.
    pub fn check(&self) -> Result<StoreCheck> {
        let integrity = self
            .connection
            .prepare("PRAGMA integrity_check")?
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .join("; ");
        let miscounted: i64 = self.connection.query_row(
            &format!("SELECT COUNT(*) FROM documents WHERE analysis_rows <> {ACTUAL_ANALYSIS_ROWS}"),
            [],
            |row| row.get(0),
        )?;
        let unbanded: i64 = self.connection.query_row(
            "SELECT COUNT(*) FROM near_duplicate_signatures
             WHERE (SELECT COUNT(*) FROM near_duplicate_bands
                    WHERE near_duplicate_bands.document = near_duplicate_signatures.document
                      AND near_duplicate_bands.version = near_duplicate_signatures.version) <> ?1",
            [i64::try_from(BANDS).unwrap_or(i64::MAX)],
            |row| row.get(0),
        )?;
        let table_rows = COUNTED_TABLES
            .iter()
            .map(|table| {
                let rows: i64 =
                    self.connection
                        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| row.get(0))?;
                Ok(((*table).to_owned(), rows))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(StoreCheck {
            integrity,
            partial_documents: miscounted + unbanded,
            table_rows,
        })
    }
}
