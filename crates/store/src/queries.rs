//! Reading the store: full-text search and the aggregate queries, all over the latest version of
//! each document. Search finds every document; the aggregates count only independent ones,
//! leaving out near-duplicate copies, so that a statement re-published ten times is one piece of
//! evidence.

use rusqlite::params;

use crate::{Result, Store, StoreError};

/// One document found by [`Store::search`].
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// The document id.
    pub id: String,
    /// The document title, when it has one.
    pub title: Option<String>,
    /// A short excerpt of the text around the matches, each match between `[` and `]`.
    pub snippet: String,
}

/// The time unit [`Store::event_counts`] groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodBucket {
    /// `YYYY`.
    Year,
    /// `YYYY-MM`; documents dated to the year only fall in `undated`.
    Month,
}

/// The period name for events of documents without a date precise enough for the bucket.
pub const UNDATED_PERIOD: &str = "undated";

/// One row of [`Store::event_counts`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventCount {
    /// `YYYY` or `YYYY-MM`, or [`UNDATED_PERIOD`].
    pub period: String,
    /// The source actor id, when the text says.
    pub source: Option<String>,
    /// The target actor id, when the text says.
    pub target: Option<String>,
    /// The PLOVER event type.
    pub plover: String,
    /// How many asserted, non-negated events.
    pub count: i64,
}

/// One row of [`Store::technique_counts_by_source`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TechniqueCount {
    /// The documents' source (publisher), when known.
    pub source: Option<String>,
    /// The SemEval-2023 technique id.
    pub technique: String,
    /// How many times it was found.
    pub count: i64,
}

/// One claim returned by [`Store::top_claims`].
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow {
    /// The document id.
    pub document: String,
    /// The claim's sentence.
    pub text: String,
    /// The check-worthiness score in [0, 1].
    pub score: f64,
    /// Whether the score reaches the model's threshold.
    pub checkworthy: bool,
    /// The kind of fact asserted, when known.
    pub claim_type: Option<String>,
}

/// One near-duplicate returned by [`Store::near_duplicates`]: a document whose latest version
/// copies an earlier-stored one.
#[derive(Debug, Clone, PartialEq)]
pub struct NearDuplicate {
    /// The copy's id.
    pub document: String,
    /// The copy's title, when it has one.
    pub title: Option<String>,
    /// The id of the document it copies.
    pub duplicate_of: String,
    /// The estimated Jaccard similarity of their 5-word shingles, in [0, 1].
    pub similarity: f64,
}

/// Converts a caller's limit to SQL, where a negative `LIMIT` would mean "no limit".
fn limit_as_sql(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

impl Store {
    /// Full-text search (FTS5 syntax: words, `"phrases"`, `OR`, `NOT`, `prefix*`) over the title
    /// and text of the latest version of every document, best matches first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let run = || -> rusqlite::Result<Vec<SearchHit>> {
            let mut statement = self.connection.prepare_cached(
                "SELECT documents.id, documents.title,
                        snippet(documents_fts, 1, '[', ']', '…', 16)
                 FROM documents_fts JOIN documents ON documents.rowid = documents_fts.rowid
                 WHERE documents_fts MATCH ?1
                 ORDER BY rank LIMIT ?2",
            )?;
            let rows = statement.query_map(params![query, limit_as_sql(limit)], |row| {
                Ok(SearchHit {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    snippet: row.get(2)?,
                })
            })?;
            rows.collect()
        };
        run().map_err(|error| match error {
            // FTS5 reports a malformed query as a plain SQLITE_ERROR ("unterminated string",
            // "fts5: syntax error near ..."); the statement itself is fixed and valid, so that code
            // here can only come from the query.
            rusqlite::Error::SqliteFailure(code, Some(message))
                if code.code == rusqlite::ErrorCode::Unknown =>
            {
                StoreError::InvalidSearchQuery {
                    query: query.to_string(),
                    message,
                }
            }
            other => StoreError::Sqlite(other),
        })
    }

    /// Events per period and (source, target, type), counting only what may be counted as having
    /// happened: asserted, not negated events of the latest version of each document that is not a
    /// near-duplicate of another.
    pub fn event_counts(&self, bucket: PeriodBucket) -> Result<Vec<EventCount>> {
        // The GLOB keeps only dates that really start with the bucket's digits, so that an
        // unparsed date kept verbatim ("Spring 2024") lands in `undated` rather than in a made-up
        // period.
        let (period_length, period_pattern) = match bucket {
            PeriodBucket::Year => (4, "[0-9][0-9][0-9][0-9]*"),
            PeriodBucket::Month => (7, "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"),
        };
        let mut statement = self.connection.prepare_cached(
            "SELECT CASE WHEN events.date GLOB ?2 THEN substr(events.date, 1, ?1) ELSE ?3 END AS period,
                    events.source, events.target, events.plover, COUNT(*)
             FROM events JOIN independent_documents
                  ON independent_documents.id = events.document AND independent_documents.version = events.version
             WHERE events.negated = 0 AND events.modality = 'asserted'
             GROUP BY period, events.source, events.target, events.plover
             ORDER BY period, COUNT(*) DESC, events.source, events.target, events.plover",
        )?;
        let rows = statement.query_map(params![period_length, period_pattern, UNDATED_PERIOD], |row| {
            Ok(EventCount {
                period: row.get(0)?,
                source: row.get(1)?,
                target: row.get(2)?,
                plover: row.get(3)?,
                count: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Persuasion techniques per document source (publisher), most frequent first within a source,
    /// near-duplicate copies left out.
    pub fn technique_counts_by_source(&self) -> Result<Vec<TechniqueCount>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT techniques.publisher, techniques.technique, COUNT(*)
             FROM techniques JOIN independent_documents
                  ON independent_documents.id = techniques.document
                 AND independent_documents.version = techniques.version
             GROUP BY techniques.publisher, techniques.technique
             ORDER BY techniques.publisher, COUNT(*) DESC, techniques.technique",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(TechniqueCount {
                source: row.get(0)?,
                technique: row.get(1)?,
                count: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The most check-worthy claims about `actor_id`, highest score first, near-duplicate copies
    /// left out (so that a claim repeated in syndicated copies appears once).
    pub fn top_claims(&self, actor_id: &str, limit: usize) -> Result<Vec<ClaimRow>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT claims.document, claims.span_text, claims.score, claims.checkworthy, claims.claim_type
             FROM claim_subjects
                  JOIN claims ON claims.claim_id = claim_subjects.claim_id
                  JOIN independent_documents
                       ON independent_documents.id = claims.document AND independent_documents.version = claims.version
             WHERE claim_subjects.actor_id = ?1
             ORDER BY claims.score DESC, claims.document, claims.span_start
             LIMIT ?2",
        )?;
        let rows = statement.query_map(params![actor_id, limit_as_sql(limit)], |row| {
            Ok(ClaimRow {
                document: row.get(0)?,
                text: row.get(1)?,
                score: row.get(2)?,
                checkworthy: row.get(3)?,
                claim_type: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The latest versions that are near-duplicates of another document, most similar first.
    pub fn near_duplicates(&self, limit: usize) -> Result<Vec<NearDuplicate>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT documents.id, documents.title, documents.duplicate_of, documents.duplicate_similarity
             FROM documents JOIN latest_documents
                  ON latest_documents.id = documents.id AND latest_documents.version = documents.version
             WHERE documents.duplicate_of IS NOT NULL
             ORDER BY documents.duplicate_similarity DESC, documents.id
             LIMIT ?1",
        )?;
        let rows = statement.query_map([limit_as_sql(limit)], |row| {
            Ok(NearDuplicate {
                document: row.get(0)?,
                title: row.get(1)?,
                duplicate_of: row.get(2)?,
                similarity: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many documents' latest versions are near-duplicates of another document.
    pub fn near_duplicate_count(&self) -> Result<i64> {
        Ok(self.connection.query_row(
            "SELECT COUNT(*) FROM documents JOIN latest_documents
                  ON latest_documents.id = documents.id AND latest_documents.version = documents.version
             WHERE documents.duplicate_of IS NOT NULL",
            [],
            |row| row.get(0),
        )?)
    }
}
