//! Writing one analysis into the tables, inside a transaction the caller owns.

use std::time::{SystemTime, UNIX_EPOCH};

use rhetor_schema::{Analysis, Modality};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::{IngestOutcome, Result};

/// The content hash: FNV-1a 64 over the fields that make up a document as ingested, each followed
/// by a separator byte that cannot occur in UTF-8, so that moving text from one field to the next
/// changes the hash. Not cryptographic: it only tells "same content" from "changed content".
pub(crate) fn content_hash(analysis: &Analysis) -> String {
    let mut bytes = Vec::with_capacity(analysis.text.len() + 256);
    for field in [
        Some(analysis.text.as_str()),
        analysis.title.as_deref(),
        analysis.source.as_deref(),
        analysis.date.as_deref(),
        analysis.url.as_deref(),
    ] {
        match field {
            // A marker byte tells an absent field from an empty one.
            Some(value) => {
                bytes.push(b'+');
                bytes.extend_from_slice(value.as_bytes());
            }
            None => bytes.push(b'-'),
        }
        bytes.push(0xFF);
    }
    format!("{:016x}", rhetor_linear::fnv1a_64(&bytes))
}

/// SQLite integers are signed 64-bit; offsets and counts always fit, and saturate if they did not.
fn as_sql_integer(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// The schema's spelling of a modality (the same as the JSON's).
pub(crate) fn modality_name(modality: Modality) -> &'static str {
    match modality {
        Modality::Asserted => "asserted",
        Modality::Demanded => "demanded",
        Modality::Future => "future",
        Modality::Hypothetical => "hypothetical",
        Modality::Question => "question",
    }
}

pub(crate) fn ingest_in_transaction(
    transaction: &Transaction<'_>,
    analysis: &Analysis,
) -> Result<IngestOutcome> {
    let hash = content_hash(analysis);
    let latest: Option<(i64, i64, String, Option<String>, String)> = transaction
        .query_row(
            "SELECT version, rowid, content_hash, title, text FROM documents
             WHERE id = ?1 ORDER BY version DESC LIMIT 1",
            [&analysis.id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)),
        )
        .optional()?;
    let version = match &latest {
        Some((_, _, latest_hash, _, _)) if *latest_hash == hash => return Ok(IngestOutcome::Unchanged),
        Some((latest_version, previous_rowid, _, previous_title, previous_text)) => {
            // An external-content FTS5 index forgets a row only when told the old values.
            transaction.execute(
                "INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?1, ?2, ?3)",
                params![previous_rowid, previous_title, previous_text],
            )?;
            latest_version + 1
        }
        None => 1,
    };

    let ingested_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX));
    transaction.execute(
        "INSERT INTO documents (id, version, content_hash, title, source, date, url, language, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            analysis.id,
            version,
            hash,
            analysis.title,
            analysis.source,
            analysis.date,
            analysis.url,
            analysis.language.code,
            analysis.text,
            ingested_at
        ],
    )?;
    let document_rowid = transaction.last_insert_rowid();
    transaction.execute(
        "INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)",
        params![document_rowid, analysis.title, analysis.text],
    )?;

    insert_analysis_rows(transaction, analysis, version)?;

    Ok(if version == 1 {
        IngestOutcome::Inserted
    } else {
        IngestOutcome::Updated { version }
    })
}

/// The child rows of one document version: actors, events, techniques, claims, stances.
fn insert_analysis_rows(transaction: &Transaction<'_>, analysis: &Analysis, version: i64) -> Result<()> {
    let id = &analysis.id;
    let mut insert_actor = transaction.prepare_cached(
        "INSERT INTO actors (document, version, actor_id, name, type, country, sector, mentions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for actor in &analysis.actors {
        insert_actor.execute(params![
            id,
            version,
            actor.id,
            actor.name,
            actor.actor_type,
            actor.country,
            actor.sector,
            as_sql_integer(actor.mentions.len())
        ])?;
    }

    let mut insert_event = transaction.prepare_cached(
        "INSERT INTO events (document, version, date, source, target, plover, cameo, negated, modality,
                             reported_by, trigger_start, trigger_end, trigger_text, confidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    for event in &analysis.events {
        insert_event.execute(params![
            id,
            version,
            analysis.date,
            event.source,
            event.target,
            event.plover,
            event.cameo,
            event.negated,
            modality_name(event.modality),
            event.reported_by,
            as_sql_integer(event.trigger.start),
            as_sql_integer(event.trigger.end),
            event.trigger.text,
            event.confidence
        ])?;
    }

    let mut insert_technique = transaction.prepare_cached(
        "INSERT INTO techniques (document, version, publisher, technique, span_start, span_end, span_text,
                                 confidence, evidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for technique in &analysis.techniques {
        insert_technique.execute(params![
            id,
            version,
            analysis.source,
            technique.technique,
            as_sql_integer(technique.span.start),
            as_sql_integer(technique.span.end),
            technique.span.text,
            technique.confidence,
            technique.evidence
        ])?;
    }

    let mut insert_claim = transaction.prepare_cached(
        "INSERT INTO claims (document, version, span_start, span_end, span_text, score, checkworthy, claim_type)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut insert_claim_subject =
        transaction.prepare_cached("INSERT INTO claim_subjects (claim_id, actor_id) VALUES (?1, ?2)")?;
    for claim in &analysis.claims {
        insert_claim.execute(params![
            id,
            version,
            as_sql_integer(claim.span.start),
            as_sql_integer(claim.span.end),
            claim.span.text,
            claim.score,
            claim.checkworthy,
            claim.claim_type
        ])?;
        let claim_id = transaction.last_insert_rowid();
        for actor_id in &claim.about {
            insert_claim_subject.execute(params![claim_id, actor_id])?;
        }
    }

    let mut insert_stance = transaction.prepare_cached(
        "INSERT INTO stances (document, version, actor_id, score, evidence_count) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for stance in &analysis.stances {
        insert_stance.execute(params![
            id,
            version,
            stance.actor,
            stance.score,
            as_sql_integer(stance.evidence.len())
        ])?;
    }
    Ok(())
}
