//! The queries behind the HTTP API (`rhetor serve`): pages of documents, one stored document with
//! its findings, search snippets split into highlighted parts, filtered event series, the
//! who-accuses-whom edges, one actor's profile and technique profiles per source.
//!
//! Like the other queries, every one reads the latest version of each document only, and the
//! aggregates (event series and edges, an actor's events and mean stance, technique profiles)
//! count only independent documents, leaving out near-duplicate copies, as `queries.rs` does.

use rusqlite::{params, OptionalExtension};

use crate::{PeriodBucket, Result, Store, StoreError, UNDATED_PERIOD};

/// Opens a highlighted match in the snippets FTS5 builds for [`Store::search_highlighted`]; a
/// private-use character, so that brackets or any other printable text in a document cannot be
/// mistaken for a highlight.
const MATCH_OPEN: char = '\u{E000}';
/// Closes a highlighted match; see [`MATCH_OPEN`].
const MATCH_CLOSE: char = '\u{E001}';

/// One stored document in a page of [`Store::list_documents`].
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentSummary {
    /// The document id.
    pub id: String,
    /// The latest version number.
    pub version: i64,
    /// The title, when known.
    pub title: Option<String>,
    /// The publisher, when known.
    pub source: Option<String>,
    /// The publication date, when known.
    pub date: Option<String>,
    /// The URL, when known.
    pub url: Option<String>,
    /// The ISO 639-3 language code.
    pub language: String,
    /// The size of the text in bytes.
    pub text_bytes: i64,
}

/// A page of documents.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentPage {
    /// How many documents the store holds in all.
    pub total: i64,
    /// The documents of the page, newest date first, then by id.
    pub documents: Vec<DocumentSummary>,
}

/// An actor named in a stored document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredActor {
    /// The actor id.
    pub actor_id: String,
    /// Its canonical name.
    pub name: String,
    /// `country`, `organisation`, `person` or `group`.
    pub actor_type: String,
    /// ISO-3166 alpha-3 code of its country, when it has one.
    pub country: Option<String>,
    /// Its sector code, when known.
    pub sector: Option<String>,
    /// How many times the document mentions it.
    pub mentions: i64,
}

/// An event of a stored document.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// The source actor id, when known.
    pub source: Option<String>,
    /// The target actor id, when known.
    pub target: Option<String>,
    /// The PLOVER type.
    pub plover: String,
    /// The CAMEO code.
    pub cameo: String,
    /// Whether the text says it did not happen.
    pub negated: bool,
    /// `asserted`, `demanded`, `future`, `hypothetical` or `question`.
    pub modality: String,
    /// Who claims the event, when known.
    pub reported_by: Option<String>,
    /// Byte offset of the trigger's start in the document's text.
    pub trigger_start: i64,
    /// Byte offset one past the trigger's end.
    pub trigger_end: i64,
    /// The trigger's text.
    pub trigger_text: String,
    /// Confidence in `[0, 1]`.
    pub confidence: f64,
}

/// A persuasion technique of a stored document.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredTechnique {
    /// The SemEval-2023 technique id.
    pub technique: String,
    /// Byte offset of the span's start.
    pub start: i64,
    /// Byte offset one past the span's end.
    pub end: i64,
    /// The span's text.
    pub text: String,
    /// Confidence in `[0, 1]`.
    pub confidence: f64,
    /// The features that weighed most.
    pub evidence: String,
}

/// A claim of a stored document.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredClaim {
    /// Byte offset of the claim's start.
    pub start: i64,
    /// Byte offset one past the claim's end.
    pub end: i64,
    /// The claim's text.
    pub text: String,
    /// Check-worthiness in `[0, 1]`.
    pub score: f64,
    /// Whether the score passes the shipped threshold.
    pub checkworthy: bool,
    /// The kind of fact asserted, when known.
    pub claim_type: Option<String>,
    /// Ids of the actors the claim is about.
    pub about: Vec<String>,
}

/// The speaker's stance toward an actor in a stored document.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredStance {
    /// The actor id.
    pub actor_id: String,
    /// From -1 (hostile) to 1 (favourable).
    pub score: f64,
    /// How many spans drive the score.
    pub evidence_count: i64,
}

/// The latest version of one document with its stored findings.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDocument {
    /// What the document is.
    pub summary: DocumentSummary,
    /// Its text, which every offset indexes.
    pub text: String,
    /// Actors named in it.
    pub actors: Vec<StoredActor>,
    /// Its events, in text order.
    pub events: Vec<StoredEvent>,
    /// Its techniques, in text order.
    pub techniques: Vec<StoredTechnique>,
    /// Its claims, in text order.
    pub claims: Vec<StoredClaim>,
    /// The speaker's stances.
    pub stances: Vec<StoredStance>,
}

/// A part of a search snippet: matched text or the text between matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetPart {
    /// The text of the part.
    pub text: String,
    /// Whether the part is a match of the query.
    pub matched: bool,
}

/// One document found by [`Store::search_highlighted`].
#[derive(Debug, Clone, PartialEq)]
pub struct HighlightedHit {
    /// The document id.
    pub id: String,
    /// The title, when known.
    pub title: Option<String>,
    /// The source, when known.
    pub source: Option<String>,
    /// The date, when known.
    pub date: Option<String>,
    /// An excerpt around the matches, as parts that say which are matches.
    pub snippet: Vec<SnippetPart>,
}

/// Which events [`Store::event_series`] counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Only events whose source is this actor or one of its sectors (`USA` also takes `USA/GOV`).
    pub source: Option<String>,
    /// Only events whose target is this actor or one of its sectors.
    pub target: Option<String>,
    /// Only events of this PLOVER type.
    pub plover: Option<String>,
}

/// One directed edge of [`Store::event_edges`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventEdge {
    /// The source actor id.
    pub source: String,
    /// The target actor id.
    pub target: String,
    /// The PLOVER type.
    pub plover: String,
    /// How many asserted, non-negated events.
    pub count: i64,
    /// In how many documents.
    pub documents: i64,
}

/// What the store knows of one actor's name and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorName {
    /// The actor id.
    pub actor_id: String,
    /// Its canonical name.
    pub name: String,
    /// `country`, `organisation`, `person` or `group`.
    pub actor_type: String,
}

/// A count of events of one PLOVER type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PloverCount {
    /// The PLOVER type.
    pub plover: String,
    /// How many asserted, non-negated events.
    pub count: i64,
}

/// A document that names an actor, for [`ActorProfile::recent_documents`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorDocument {
    /// The document id.
    pub id: String,
    /// The title, when known.
    pub title: Option<String>,
    /// The date, when known.
    pub date: Option<String>,
    /// How many times it mentions the actor.
    pub mentions: i64,
}

/// Everything the store holds about one actor.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorProfile {
    /// Its id, name and kind.
    pub name: ActorName,
    /// ISO-3166 alpha-3 code of its country, when it has one.
    pub country: Option<String>,
    /// Its sector code, when known.
    pub sector: Option<String>,
    /// How many documents name it.
    pub documents: i64,
    /// How many times they mention it, all together.
    pub mentions: i64,
    /// Asserted, non-negated events it is the source of, by type, most frequent first.
    pub events_as_source: Vec<PloverCount>,
    /// Asserted, non-negated events it is the target of, by type, most frequent first.
    pub events_as_target: Vec<PloverCount>,
    /// The mean stance of speakers toward it, and over how many documents, when any.
    pub mean_stance: Option<(f64, i64)>,
    /// The latest documents that name it (by date), at most the limit asked for.
    pub recent_documents: Vec<ActorDocument>,
}

/// The techniques of one source, for [`Store::technique_profiles`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TechniqueProfile {
    /// The documents' source (publisher), when known.
    pub source: Option<String>,
    /// How many documents of this source the store holds.
    pub documents: i64,
    /// Technique ids with their counts, most frequent first.
    pub techniques: Vec<(String, i64)>,
}

/// Converts a caller's count to SQL, where a negative `LIMIT` would mean "no limit".
fn as_sql_count(count: usize) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

/// Splits an FTS5 snippet built with [`MATCH_OPEN`] and [`MATCH_CLOSE`] into its parts. A marker
/// character that the document itself contains can only misplace a highlight, never lose text.
fn snippet_parts(snippet: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut matched = false;
    for character in snippet.chars() {
        let switches_to = match character {
            MATCH_OPEN => Some(true),
            MATCH_CLOSE => Some(false),
            _ => None,
        };
        match switches_to {
            Some(next) => {
                if !current.is_empty() {
                    parts.push(SnippetPart {
                        text: std::mem::take(&mut current),
                        matched,
                    });
                }
                matched = next;
            }
            None => current.push(character),
        }
    }
    if !current.is_empty() {
        parts.push(SnippetPart {
            text: current,
            matched,
        });
    }
    parts
}

/// Maps FTS5's complaint about a malformed query to [`StoreError::InvalidSearchQuery`]; the
/// statement itself is fixed and valid, so a plain SQLITE_ERROR can only come from the query.
fn search_error(query: &str, error: rusqlite::Error) -> StoreError {
    match error {
        rusqlite::Error::SqliteFailure(code, Some(message)) if code.code == rusqlite::ErrorCode::Unknown => {
            StoreError::InvalidSearchQuery {
                query: query.to_string(),
                message,
            }
        }
        other => StoreError::Sqlite(other),
    }
}

/// The SQL condition "the column names this actor or one of its sectors", for `?n` bound to the
/// actor id (or NULL for no condition). `USA` takes `USA/GOV`; `||` and `LIKE` would also take
/// ids with `%` or `_` as wildcards, so the prefix is compared with `substr` instead.
fn actor_condition(column: &str, parameter: usize) -> String {
    format!(
        "(?{parameter} IS NULL OR {column} = ?{parameter}
          OR substr({column}, 1, length(?{parameter}) + 1) = ?{parameter} || '/')"
    )
}

impl Store {
    /// A page of the latest documents, newest date first (undated last), then by id.
    pub fn list_documents(&self, offset: usize, limit: usize) -> Result<DocumentPage> {
        let total = self.document_count()?;
        let mut statement = self.connection.prepare_cached(
            "SELECT documents.id, documents.version, documents.title, documents.source, documents.date,
                    documents.url, documents.language, length(CAST(documents.text AS BLOB))
             FROM documents JOIN latest_documents
                  ON latest_documents.id = documents.id AND latest_documents.version = documents.version
             ORDER BY documents.date IS NULL, documents.date DESC, documents.id
             LIMIT ?1 OFFSET ?2",
        )?;
        let rows = statement.query_map(params![as_sql_count(limit), as_sql_count(offset)], |row| {
            Ok(DocumentSummary {
                id: row.get(0)?,
                version: row.get(1)?,
                title: row.get(2)?,
                source: row.get(3)?,
                date: row.get(4)?,
                url: row.get(5)?,
                language: row.get(6)?,
                text_bytes: row.get(7)?,
            })
        })?;
        Ok(DocumentPage {
            total,
            documents: rows.collect::<rusqlite::Result<_>>()?,
        })
    }

    /// The latest version of the document `id` with its findings, or `None` when unknown.
    pub fn stored_document(&self, id: &str) -> Result<Option<StoredDocument>> {
        let head = self
            .connection
            .query_row(
                "SELECT id, version, title, source, date, url, language,
                        length(CAST(text AS BLOB)), text
                 FROM documents WHERE id = ?1 ORDER BY version DESC LIMIT 1",
                [id],
                |row| {
                    Ok((
                        DocumentSummary {
                            id: row.get(0)?,
                            version: row.get(1)?,
                            title: row.get(2)?,
                            source: row.get(3)?,
                            date: row.get(4)?,
                            url: row.get(5)?,
                            language: row.get(6)?,
                            text_bytes: row.get(7)?,
                        },
                        row.get::<_, String>(8)?,
                    ))
                },
            )
            .optional()?;
        let Some((summary, text)) = head else {
            return Ok(None);
        };
        let version = summary.version;

        let mut statement = self.connection.prepare_cached(
            "SELECT actor_id, name, type, country, sector, mentions FROM actors
             WHERE document = ?1 AND version = ?2 ORDER BY mentions DESC, actor_id",
        )?;
        let actors = statement
            .query_map(params![id, version], |row| {
                Ok(StoredActor {
                    actor_id: row.get(0)?,
                    name: row.get(1)?,
                    actor_type: row.get(2)?,
                    country: row.get(3)?,
                    sector: row.get(4)?,
                    mentions: row.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        let mut statement = self.connection.prepare_cached(
            "SELECT source, target, plover, cameo, negated, modality, reported_by,
                    trigger_start, trigger_end, trigger_text, confidence
             FROM events WHERE document = ?1 AND version = ?2 ORDER BY trigger_start, rowid",
        )?;
        let events = statement
            .query_map(params![id, version], |row| {
                Ok(StoredEvent {
                    source: row.get(0)?,
                    target: row.get(1)?,
                    plover: row.get(2)?,
                    cameo: row.get(3)?,
                    negated: row.get(4)?,
                    modality: row.get(5)?,
                    reported_by: row.get(6)?,
                    trigger_start: row.get(7)?,
                    trigger_end: row.get(8)?,
                    trigger_text: row.get(9)?,
                    confidence: row.get(10)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        let mut statement = self.connection.prepare_cached(
            "SELECT technique, span_start, span_end, span_text, confidence, evidence
             FROM techniques WHERE document = ?1 AND version = ?2 ORDER BY span_start, rowid",
        )?;
        let techniques = statement
            .query_map(params![id, version], |row| {
                Ok(StoredTechnique {
                    technique: row.get(0)?,
                    start: row.get(1)?,
                    end: row.get(2)?,
                    text: row.get(3)?,
                    confidence: row.get(4)?,
                    evidence: row.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        let mut statement = self.connection.prepare_cached(
            "SELECT claims.span_start, claims.span_end, claims.span_text, claims.score, claims.checkworthy,
                    claims.claim_type, group_concat(claim_subjects.actor_id, char(31))
             FROM claims LEFT JOIN claim_subjects ON claim_subjects.claim_id = claims.claim_id
             WHERE claims.document = ?1 AND claims.version = ?2
             GROUP BY claims.claim_id ORDER BY claims.span_start, claims.claim_id",
        )?;
        let claims = statement
            .query_map(params![id, version], |row| {
                let about: Option<String> = row.get(6)?;
                Ok(StoredClaim {
                    start: row.get(0)?,
                    end: row.get(1)?,
                    text: row.get(2)?,
                    score: row.get(3)?,
                    checkworthy: row.get(4)?,
                    claim_type: row.get(5)?,
                    // Actor ids never hold the unit separator, so it splits them safely.
                    about: about
                        .map(|joined| joined.split('\u{1F}').map(str::to_owned).collect())
                        .unwrap_or_default(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        let mut statement = self.connection.prepare_cached(
            "SELECT actor_id, score, evidence_count FROM stances
             WHERE document = ?1 AND version = ?2 ORDER BY score, actor_id",
        )?;
        let stances = statement
            .query_map(params![id, version], |row| {
                Ok(StoredStance {
                    actor_id: row.get(0)?,
                    score: row.get(1)?,
                    evidence_count: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        Ok(Some(StoredDocument {
            summary,
            text,
            actors,
            events,
            techniques,
            claims,
            stances,
        }))
    }

    /// Full-text search like [`Store::search`], with each snippet split into matched and unmatched
    /// parts instead of marked with brackets, so that a page can highlight matches without
    /// parsing text that may itself contain brackets.
    pub fn search_highlighted(&self, query: &str, limit: usize) -> Result<Vec<HighlightedHit>> {
        let run = || -> rusqlite::Result<Vec<HighlightedHit>> {
            let mut statement = self.connection.prepare_cached(
                "SELECT documents.id, documents.title, documents.source, documents.date,
                        snippet(documents_fts, 1, ?3, ?4, '…', 24)
                 FROM documents_fts JOIN documents ON documents.rowid = documents_fts.rowid
                 WHERE documents_fts MATCH ?1
                 ORDER BY rank LIMIT ?2",
            )?;
            let rows = statement.query_map(
                params![
                    query,
                    as_sql_count(limit),
                    MATCH_OPEN.to_string(),
                    MATCH_CLOSE.to_string()
                ],
                |row| {
                    let snippet: String = row.get(4)?;
                    Ok(HighlightedHit {
                        id: row.get(0)?,
                        title: row.get(1)?,
                        source: row.get(2)?,
                        date: row.get(3)?,
                        snippet: snippet_parts(&snippet),
                    })
                },
            )?;
            rows.collect()
        };
        run().map_err(|error| search_error(query, error))
    }

    /// Asserted, non-negated events per period and (source, target, type) of independent documents
    /// (near-duplicate copies left out), like [`Store::event_counts`], restricted by `filter`.
    pub fn event_series(&self, bucket: PeriodBucket, filter: &EventFilter) -> Result<Vec<crate::EventCount>> {
        let (period_length, period_pattern) = match bucket {
            PeriodBucket::Year => (4, "[0-9][0-9][0-9][0-9]*"),
            PeriodBucket::Month => (7, "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"),
        };
        let sql = format!(
            "SELECT CASE WHEN events.date GLOB ?2 THEN substr(events.date, 1, ?1) ELSE ?3 END AS period,
                    events.source, events.target, events.plover, COUNT(*)
             FROM events JOIN independent_documents
                  ON independent_documents.id = events.document
                 AND independent_documents.version = events.version
             WHERE events.negated = 0 AND events.modality = 'asserted'
               AND {} AND {} AND (?6 IS NULL OR events.plover = ?6)
             GROUP BY period, events.source, events.target, events.plover
             ORDER BY period, COUNT(*) DESC, events.source, events.target, events.plover",
            actor_condition("events.source", 4),
            actor_condition("events.target", 5),
        );
        let mut statement = self.connection.prepare_cached(&sql)?;
        let rows = statement.query_map(
            params![
                period_length,
                period_pattern,
                UNDATED_PERIOD,
                filter.source,
                filter.target,
                filter.plover
            ],
            |row| {
                Ok(crate::EventCount {
                    period: row.get(0)?,
                    source: row.get(1)?,
                    target: row.get(2)?,
                    plover: row.get(3)?,
                    count: row.get(4)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Directed (source, target, type) edges of asserted, non-negated events between two known,
    /// different actors, in independent documents, for the PLOVER types given (all types when
    /// empty), most frequent first, at most `limit`.
    pub fn event_edges(&self, plover_types: &[String], limit: usize) -> Result<Vec<EventEdge>> {
        // The types travel as one JSON array, so that the statement text stays fixed (and cached)
        // whatever their number.
        let types_json = serde_json::to_string(plover_types).unwrap_or_else(|_| "[]".to_string());
        let mut statement = self.connection.prepare_cached(
            "SELECT events.source, events.target, events.plover, COUNT(*), COUNT(DISTINCT events.document)
             FROM events JOIN independent_documents
                  ON independent_documents.id = events.document
                 AND independent_documents.version = events.version
             WHERE events.negated = 0 AND events.modality = 'asserted'
               AND events.source IS NOT NULL AND events.target IS NOT NULL
               AND events.source <> events.target
               AND (json_array_length(?1) = 0 OR events.plover IN (SELECT value FROM json_each(?1)))
             GROUP BY events.source, events.target, events.plover
             ORDER BY COUNT(*) DESC, events.source, events.target, events.plover
             LIMIT ?2",
        )?;
        let rows = statement.query_map(params![types_json, as_sql_count(limit)], |row| {
            Ok(EventEdge {
                source: row.get(0)?,
                target: row.get(1)?,
                plover: row.get(2)?,
                count: row.get(3)?,
                documents: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The names and kinds the store holds for these actor ids (the most frequent spelling of
    /// each); ids it does not know are left out.
    pub fn actor_names(&self, actor_ids: &[String]) -> Result<Vec<ActorName>> {
        let ids_json = serde_json::to_string(actor_ids).unwrap_or_else(|_| "[]".to_string());
        let mut statement = self.connection.prepare_cached(
            "SELECT actor_id, name, type FROM (
                 SELECT actor_id, name, type, COUNT(*) AS uses,
                        ROW_NUMBER() OVER (PARTITION BY actor_id ORDER BY COUNT(*) DESC, name) AS rank
                 FROM actors WHERE actor_id IN (SELECT value FROM json_each(?1))
                 GROUP BY actor_id, name, type)
             WHERE rank = 1 ORDER BY actor_id",
        )?;
        let rows = statement.query_map([ids_json], |row| {
            Ok(ActorName {
                actor_id: row.get(0)?,
                name: row.get(1)?,
                actor_type: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Everything the store holds about the actor `actor_id`, or `None` when no latest document
    /// names it and no event involves it.
    pub fn actor_profile(&self, actor_id: &str, document_limit: usize) -> Result<Option<ActorProfile>> {
        let head = self
            .connection
            .query_row(
                "SELECT actors.name, actors.type, actors.country, actors.sector
                 FROM actors JOIN latest_documents
                      ON latest_documents.id = actors.document AND latest_documents.version = actors.version
                 WHERE actors.actor_id = ?1
                 GROUP BY actors.name, actors.type, actors.country, actors.sector
                 ORDER BY COUNT(*) DESC LIMIT 1",
                [actor_id],
                |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, Option<String>>(2)?,
                        row.get::<_, Option<String>>(3)?,
                    ))
                },
            )
            .optional()?;
        let (documents, mentions): (i64, i64) = self.connection.query_row(
            "SELECT COUNT(DISTINCT actors.document), COALESCE(SUM(actors.mentions), 0)
             FROM actors JOIN latest_documents
                  ON latest_documents.id = actors.document AND latest_documents.version = actors.version
             WHERE actors.actor_id = ?1",
            [actor_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let events_as_source = self.plover_counts_of_actor("source", actor_id)?;
        let events_as_target = self.plover_counts_of_actor("target", actor_id)?;
        let Some((name, actor_type, country, sector)) = head else {
            if events_as_source.is_empty() && events_as_target.is_empty() {
                return Ok(None);
            }
            // Known from events only (an id a later gazetteer dropped): the id is all the name.
            return Ok(Some(ActorProfile {
                name: ActorName {
                    actor_id: actor_id.to_string(),
                    name: actor_id.to_string(),
                    actor_type: "unknown".to_string(),
                },
                country: None,
                sector: None,
                documents,
                mentions,
                events_as_source,
                events_as_target,
                mean_stance: None,
                recent_documents: Vec::new(),
            }));
        };
        let mean_stance = self.connection.query_row(
            "SELECT AVG(stances.score), COUNT(*)
                 FROM stances JOIN independent_documents
                      ON independent_documents.id = stances.document
                     AND independent_documents.version = stances.version
                 WHERE stances.actor_id = ?1",
            [actor_id],
            |row| Ok((row.get::<_, Option<f64>>(0)?, row.get::<_, i64>(1)?)),
        )?;
        let mut statement = self.connection.prepare_cached(
            "SELECT documents.id, documents.title, documents.date, actors.mentions
             FROM actors
                  JOIN latest_documents
                       ON latest_documents.id = actors.document AND latest_documents.version = actors.version
                  JOIN documents
                       ON documents.id = actors.document AND documents.version = actors.version
             WHERE actors.actor_id = ?1
             ORDER BY documents.date IS NULL, documents.date DESC, documents.id
             LIMIT ?2",
        )?;
        let recent_documents = statement
            .query_map(params![actor_id, as_sql_count(document_limit)], |row| {
                Ok(ActorDocument {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    date: row.get(2)?,
                    mentions: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(ActorProfile {
            name: ActorName {
                actor_id: actor_id.to_string(),
                name,
                actor_type,
            },
            country,
            sector,
            documents,
            mentions,
            events_as_source,
            events_as_target,
            mean_stance: match mean_stance {
                (Some(mean), count) if count > 0 => Some((mean, count)),
                _ => None,
            },
            recent_documents,
        }))
    }

    /// Asserted, non-negated events by type where `role` (`source` or `target`, a column name
    /// chosen by this module, never by a caller) is exactly `actor_id`.
    fn plover_counts_of_actor(&self, role: &'static str, actor_id: &str) -> Result<Vec<PloverCount>> {
        let sql = format!(
            "SELECT events.plover, COUNT(*)
             FROM events JOIN independent_documents
                  ON independent_documents.id = events.document
                 AND independent_documents.version = events.version
             WHERE events.{role} = ?1 AND events.negated = 0 AND events.modality = 'asserted'
             GROUP BY events.plover ORDER BY COUNT(*) DESC, events.plover"
        );
        let mut statement = self.connection.prepare_cached(&sql)?;
        let rows = statement.query_map([actor_id], |row| {
            Ok(PloverCount {
                plover: row.get(0)?,
                count: row.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Technique counts per source with the number of documents of each source, so that sources
    /// of different sizes can be compared; sources in name order (unknown first), independent
    /// documents only (near-duplicate copies left out, in the counts as in the techniques).
    pub fn technique_profiles(&self) -> Result<Vec<TechniqueProfile>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT documents.source, COUNT(*)
             FROM documents JOIN independent_documents
                  ON independent_documents.id = documents.id AND independent_documents.version = documents.version
             GROUP BY documents.source ORDER BY documents.source",
        )?;
        let mut profiles: Vec<TechniqueProfile> = statement
            .query_map([], |row| {
                Ok(TechniqueProfile {
                    source: row.get(0)?,
                    documents: row.get(1)?,
                    techniques: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        for count in self.technique_counts_by_source()? {
            if let Some(profile) = profiles.iter_mut().find(|profile| profile.source == count.source) {
                profile.techniques.push((count.technique, count.count));
            }
        }
        Ok(profiles)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_parts_split_on_the_markers_and_keep_brackets_as_text() {
        let parts = snippet_parts("a [b] \u{E000}condemn\u{E001}s and \u{E000}x\u{E001}");
        assert_eq!(
            parts,
            vec![
                SnippetPart {
                    text: "a [b] ".into(),
                    matched: false
                },
                SnippetPart {
                    text: "condemn".into(),
                    matched: true
                },
                SnippetPart {
                    text: "s and ".into(),
                    matched: false
                },
                SnippetPart {
                    text: "x".into(),
                    matched: true
                },
            ]
        );
    }
}
