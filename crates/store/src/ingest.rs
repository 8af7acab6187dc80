//! Writing one analysis into the tables, inside a transaction the caller owns.

use std::time::{SystemTime, UNIX_EPOCH};

use std::collections::BTreeSet;

use rhetor_schema::{Analysis, Document};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::near_duplicates::{
    jaccard, word_shingles, MinHashSignature, CANDIDATE_ESTIMATE_FLOOR, NEAR_DUPLICATE_THRESHOLD,
    ROWS_PER_BAND, SHINGLE_WORDS, SIGNATURE_HASHES,
};
use crate::{IngestOutcome, Result};

/// The fields that make up a document as ingested: what the content hash covers.
pub(crate) struct DocumentContent<'a> {
    pub(crate) text: &'a str,
    pub(crate) title: Option<&'a str>,
    pub(crate) source: Option<&'a str>,
    pub(crate) date: Option<&'a str>,
    pub(crate) url: Option<&'a str>,
}

impl<'a> DocumentContent<'a> {
    /// The content of an analysis (which carries its document's fields unchanged).
    pub(crate) fn of_analysis(analysis: &'a Analysis) -> DocumentContent<'a> {
        DocumentContent {
            text: &analysis.text,
            title: analysis.title.as_deref(),
            source: analysis.source.as_deref(),
            date: analysis.date.as_deref(),
            url: analysis.url.as_deref(),
        }
    }

    /// The content of a document before analysis, so that an unchanged one need not be analysed.
    pub(crate) fn of_document(document: &'a Document) -> DocumentContent<'a> {
        DocumentContent {
            text: &document.text,
            title: document.title.as_deref(),
            source: document.source.as_deref(),
            date: document.date.as_deref(),
            url: document.url.as_deref(),
        }
    }
}

/// The content hash: FNV-1a 64 over the fields that make up a document as ingested, each followed
/// by a separator byte that cannot occur in UTF-8, so that moving text from one field to the next
/// changes the hash. Not cryptographic: it only tells "same content" from "changed content".
pub(crate) fn content_hash(content: &DocumentContent<'_>) -> String {
    let mut bytes = Vec::with_capacity(content.text.len() + 256);
    for field in [
        Some(content.text),
        content.title,
        content.source,
        content.date,
        content.url,
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

/// Whether any stored version of the document with this id has this content hash. Not only the
/// latest: an input that holds two versions of one id (an edited statement re-published in the
/// same feed) must find both unchanged when it is ingested again, or a re-run, and a resumed
/// ingest, would add the older content once more as a newer version.
pub(crate) fn some_version_has_hash(connection: &Connection, id: &str, hash: &str) -> Result<bool> {
    Ok(connection
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?1 AND content_hash = ?2)")?
        .query_row(params![id, hash], |row| row.get(0))?)
}

/// How many analysis rows [`insert_analysis_rows`] writes for `analysis`: the number recorded in
/// `documents.analysis_rows`, which [`ACTUAL_ANALYSIS_ROWS`] recounts.
fn analysis_row_count(analysis: &Analysis) -> usize {
    analysis.actors.len()
        + analysis.events.len()
        + analysis.techniques.len()
        + analysis.claims.len()
        + analysis
            .claims
            .iter()
            .map(|claim| claim.about.len())
            .sum::<usize>()
        + analysis.stances.len()
}

/// An SQL expression, in a query over `documents`, that counts the analysis rows stored for the
/// current row's version: equal to its `analysis_rows` unless the version was half-written.
pub(crate) const ACTUAL_ANALYSIS_ROWS: &str = "
    (SELECT COUNT(*) FROM actors WHERE actors.document = documents.id AND actors.version = documents.version)
    + (SELECT COUNT(*) FROM events WHERE events.document = documents.id AND events.version = documents.version)
    + (SELECT COUNT(*) FROM techniques
       WHERE techniques.document = documents.id AND techniques.version = documents.version)
    + (SELECT COUNT(*) FROM claims WHERE claims.document = documents.id AND claims.version = documents.version)
    + (SELECT COUNT(*) FROM claim_subjects JOIN claims ON claims.claim_id = claim_subjects.claim_id
       WHERE claims.document = documents.id AND claims.version = documents.version)
    + (SELECT COUNT(*) FROM stances WHERE stances.document = documents.id AND stances.version = documents.version)";

/// A text's word shingles and their MinHash signature, computed once per document.
struct Fingerprint {
    shingles: Vec<u64>,
    signature: MinHashSignature,
}

impl Fingerprint {
    /// `None` for a text without words, which is never compared.
    fn of_text(text: &str) -> Option<Fingerprint> {
        let shingles = word_shingles(text, SHINGLE_WORDS);
        let signature = MinHashSignature::of_shingles(&shingles, SIGNATURE_HASHES)?;
        Some(Fingerprint { shingles, signature })
    }
}

/// The original that a new version of document `id` copies, when one is indexed, with their
/// similarity. Candidates are the indexed documents that share an LSH band key; those whose
/// signature estimates a similarity of at least [`CANDIDATE_ESTIMATE_FLOOR`] are compared exactly,
/// on their stored text, and the most similar one at or above [`NEAR_DUPLICATE_THRESHOLD`] wins
/// (the first in id order on a tie). Never a version of `id` itself.
fn find_original(
    connection: &Connection,
    id: &str,
    fingerprint: &Fingerprint,
) -> Result<Option<(String, f64)>> {
    let mut candidates: BTreeSet<(String, i64)> = BTreeSet::new();
    let mut find_candidates = connection
        .prepare_cached("SELECT document, version FROM near_duplicate_bands WHERE band_key = ?1")?;
    for key in fingerprint.signature.band_keys(ROWS_PER_BAND) {
        let rows =
            find_candidates.query_map([key], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)))?;
        for row in rows {
            let candidate = row?;
            if candidate.0 != id {
                candidates.insert(candidate);
            }
        }
    }
    let mut read_signature = connection.prepare_cached(
        "SELECT signature FROM near_duplicate_signatures WHERE document = ?1 AND version = ?2",
    )?;
    let mut read_text =
        connection.prepare_cached("SELECT text FROM documents WHERE id = ?1 AND version = ?2")?;
    let mut best: Option<(String, f64)> = None;
    for (candidate, version) in candidates {
        let bytes: Vec<u8> = read_signature.query_row(params![candidate, version], |row| row.get(0))?;
        // Signatures are written only by this code; one of another length cannot be compared.
        let Some(candidate_signature) = MinHashSignature::from_bytes(&bytes) else {
            continue;
        };
        if fingerprint.signature.estimated_jaccard(&candidate_signature) < CANDIDATE_ESTIMATE_FLOOR {
            continue;
        }
        let candidate_text: String = read_text.query_row(params![candidate, version], |row| row.get(0))?;
        let similarity = jaccard(
            &fingerprint.shingles,
            &word_shingles(&candidate_text, SHINGLE_WORDS),
        );
        if similarity >= NEAR_DUPLICATE_THRESHOLD
            && best.as_ref().is_none_or(|(_, highest)| similarity > *highest)
        {
            best = Some((candidate, similarity));
        }
    }
    Ok(best)
}

/// Adds a document version that copies nothing to the near-duplicate index.
fn index_original(
    connection: &Connection,
    id: &str,
    version: i64,
    signature: &MinHashSignature,
) -> Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO near_duplicate_signatures (document, version, signature) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, version, signature.to_bytes()])?;
    let mut insert_band = connection.prepare_cached(
        "INSERT INTO near_duplicate_bands (band_key, document, version) VALUES (?1, ?2, ?3)",
    )?;
    for key in signature.band_keys(ROWS_PER_BAND) {
        insert_band.execute(params![key, id, version])?;
    }
    Ok(())
}

/// Removes every version of `id` from the near-duplicate index, before a new version is stored.
fn unindex_document(connection: &Connection, id: &str) -> Result<()> {
    connection
        .prepare_cached("DELETE FROM near_duplicate_bands WHERE document = ?1")?
        .execute([id])?;
    connection
        .prepare_cached("DELETE FROM near_duplicate_signatures WHERE document = ?1")?
        .execute([id])?;
    Ok(())
}

/// For a stored latest version of `id`: finds the original it copies or, when it copies nothing,
/// indexes it as an original; returns the link.
fn link_or_index(
    connection: &Connection,
    id: &str,
    version: i64,
    text: &str,
) -> Result<Option<(String, f64)>> {
    let Some(fingerprint) = Fingerprint::of_text(text) else {
        return Ok(None);
    };
    let original = find_original(connection, id, &fingerprint)?;
    if original.is_none() {
        index_original(connection, id, version, &fingerprint.signature)?;
    }
    Ok(original)
}

/// The migration to schema version 2 for documents stored before it: records their analysis
/// rows, and links or indexes their latest versions in the order they were stored, as ingesting
/// them now would.
pub(crate) fn backfill_version_2(transaction: &Transaction<'_>) -> Result<()> {
    transaction.execute(
        &format!("UPDATE documents SET analysis_rows = {ACTUAL_ANALYSIS_ROWS}"),
        [],
    )?;
    let latest_rowids: Vec<i64> = transaction
        .prepare(
            "SELECT documents.rowid FROM documents JOIN latest_documents
             ON latest_documents.id = documents.id AND latest_documents.version = documents.version
             ORDER BY documents.rowid",
        )?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    // One text at a time, so that memory stays bounded by the largest document.
    for rowid in latest_rowids {
        let (id, version, text): (String, i64, String) = transaction.query_row(
            "SELECT id, version, text FROM documents WHERE rowid = ?1",
            [rowid],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        if let Some((original, similarity)) = link_or_index(transaction, &id, version, &text)? {
            transaction.execute(
                "UPDATE documents SET duplicate_of = ?1, duplicate_similarity = ?2 WHERE rowid = ?3",
                params![original, similarity, rowid],
            )?;
        }
    }
    Ok(())
}

/// SQLite integers are signed 64-bit; offsets and counts always fit, and saturate if they did not.
fn as_sql_integer(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

pub(crate) fn ingest_in_transaction(
    transaction: &Transaction<'_>,
    analysis: &Analysis,
) -> Result<IngestOutcome> {
    let hash = content_hash(&DocumentContent::of_analysis(analysis));
    if some_version_has_hash(transaction, &analysis.id, &hash)? {
        return Ok(IngestOutcome::Unchanged);
    }
    let latest: Option<(i64, i64, Option<String>, String)> = transaction
        .query_row(
            "SELECT version, rowid, title, text FROM documents
             WHERE id = ?1 ORDER BY version DESC LIMIT 1",
            [&analysis.id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .optional()?;
    let version = match &latest {
        Some((latest_version, previous_rowid, previous_title, previous_text)) => {
            // An external-content FTS5 index forgets a row only when told the old values.
            transaction.execute(
                "INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?1, ?2, ?3)",
                params![previous_rowid, previous_title, previous_text],
            )?;
            unindex_document(transaction, &analysis.id)?;
            latest_version + 1
        }
        None => 1,
    };

    let ingested_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX));
    let fingerprint = Fingerprint::of_text(&analysis.text);
    let original = match &fingerprint {
        Some(fingerprint) => find_original(transaction, &analysis.id, fingerprint)?,
        None => None,
    };
    let (duplicate_of, duplicate_similarity) = original.unzip();
    transaction.execute(
        "INSERT INTO documents (id, version, content_hash, title, source, date, url, language, text, ingested_at,
                               duplicate_of, duplicate_similarity, analysis_rows)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
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
            ingested_at,
            duplicate_of,
            duplicate_similarity,
            as_sql_integer(analysis_row_count(analysis))
        ],
    )?;
    let document_rowid = transaction.last_insert_rowid();
    if let (None, Some(fingerprint)) = (&duplicate_of, &fingerprint) {
        index_original(transaction, &analysis.id, version, &fingerprint.signature)?;
    }
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
            event.modality.as_str(),
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
