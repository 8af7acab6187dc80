//! The read-only corpus routes: status, documents, search, event series, the event network, actor
//! profiles and technique profiles, each a store query on the pool turned into JSON.

use std::collections::{BTreeMap, BTreeSet};

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use rhetor_store::{EventFilter, PeriodBucket};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::api_error::ApiError;
use crate::store_pool::StorePool;
use crate::ServerState;

/// The most rows one page of documents, search hits or network edges may hold.
const MAX_PAGE: usize = 500;
/// How many of an actor's documents its profile lists.
const ACTOR_DOCUMENT_LIMIT: usize = 20;
/// How many check-worthy claims an actor's profile lists.
const ACTOR_CLAIM_LIMIT: usize = 10;

type JsonResult = Result<Json<Value>, ApiError>;

impl ServerState {
    fn store(&self) -> Result<&StorePool, ApiError> {
        self.inner.store.as_ref().ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "no_corpus",
                "no corpus is loaded: start the server with `rhetor serve --db FILE`",
            )
        })
    }
}

/// The query string, or a JSON 400 naming what is wrong with it.
fn query_of<T>(query: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    query
        .map(|Query(value)| value)
        .map_err(|rejection| ApiError::bad_request(format!("bad query string: {}", rejection.body_text())))
}

/// `GET /api/status`: whether a corpus is loaded, how big it is, and the server's limits.
pub(crate) async fn status(State(state): State<ServerState>) -> JsonResult {
    let documents = match &state.inner.store {
        Some(pool) => Some(pool.run(|store| store.document_count()).await?),
        None => None,
    };
    let config = state.config();
    Ok(Json(json!({
        "schema": rhetor_schema::SCHEMA_VERSION,
        "corpus": documents.is_some(),
        "documents": documents,
        "limits": {
            "max_body_bytes": config.max_body_bytes,
            "max_document_bytes": config.max_document_bytes,
            "request_timeout_ms": u64::try_from(config.request_timeout.as_millis()).unwrap_or(u64::MAX),
            "analysis_workers": config.analysis_workers,
            "analysis_queue": config.analysis_queue,
        },
        "analyses": {
            "admitted": state.inner.analysis_slots.admitted_now(),
            "running": state.inner.analysis_slots.running_now(),
        },
    })))
}

#[derive(Debug, Deserialize)]
pub(crate) struct PageParameters {
    #[serde(default)]
    offset: usize,
    #[serde(default = "default_page")]
    limit: usize,
}

fn default_page() -> usize {
    50
}

/// `GET /api/documents`: a page of the latest documents, newest first.
pub(crate) async fn list_documents(
    State(state): State<ServerState>,
    query: Result<Query<PageParameters>, QueryRejection>,
) -> JsonResult {
    let PageParameters { offset, limit } = query_of(query)?;
    let limit = limit.min(MAX_PAGE);
    let page = state
        .store()?
        .run(move |store| store.list_documents(offset, limit))
        .await?;
    Ok(Json(json!({
        "total": page.total,
        "offset": offset,
        "limit": limit,
        "documents": page.documents.iter().map(document_summary_json).collect::<Vec<_>>(),
    })))
}

fn document_summary_json(summary: &rhetor_store::DocumentSummary) -> Value {
    json!({
        "id": summary.id,
        "version": summary.version,
        "title": summary.title,
        "source": summary.source,
        "date": summary.date,
        "url": summary.url,
        "language": summary.language,
        "text_bytes": summary.text_bytes,
    })
}

/// `GET /api/documents/{id}`: the latest version of one document, its text and stored findings.
/// Offsets are byte offsets into `text`, as in the `rhetor/1` schema.
pub(crate) async fn document(State(state): State<ServerState>, Path(id): Path<String>) -> JsonResult {
    let lookup = id.clone();
    let stored = state
        .store()?
        .run(move |store| store.stored_document(&lookup))
        .await?
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "unknown_document",
                format!("no document {id:?}"),
            )
        })?;
    let mut value = document_summary_json(&stored.summary);
    let findings = json!({
        "text": stored.text,
        "actors": stored.actors.iter().map(|actor| json!({
            "id": actor.actor_id, "name": actor.name, "type": actor.actor_type,
            "country": actor.country, "sector": actor.sector, "mentions": actor.mentions,
        })).collect::<Vec<_>>(),
        "events": stored.events.iter().map(|event| json!({
            "source": event.source, "target": event.target, "plover": event.plover,
            "cameo": event.cameo, "negated": event.negated, "modality": event.modality,
            "reported_by": event.reported_by,
            "trigger": {"start": event.trigger_start, "end": event.trigger_end, "text": event.trigger_text},
            "confidence": event.confidence,
        })).collect::<Vec<_>>(),
        "techniques": stored.techniques.iter().map(|technique| json!({
            "technique": technique.technique, "start": technique.start, "end": technique.end,
            "text": technique.text, "confidence": technique.confidence, "evidence": technique.evidence,
        })).collect::<Vec<_>>(),
        "claims": stored.claims.iter().map(|claim| json!({
            "start": claim.start, "end": claim.end, "text": claim.text, "score": claim.score,
            "checkworthy": claim.checkworthy, "claim_type": claim.claim_type, "about": claim.about,
        })).collect::<Vec<_>>(),
        "stances": stored.stances.iter().map(|stance| json!({
            "actor": stance.actor_id, "score": stance.score, "evidence_count": stance.evidence_count,
        })).collect::<Vec<_>>(),
    });
    if let (Value::Object(summary), Value::Object(findings)) = (&mut value, findings) {
        summary.extend(findings);
    }
    Ok(Json(value))
}

#[derive(Debug, Deserialize)]
pub(crate) struct SearchParameters {
    #[serde(default)]
    q: String,
    #[serde(default = "default_search_limit")]
    limit: usize,
}

fn default_search_limit() -> usize {
    20
}

/// `GET /api/search?q=`: full-text search with snippets split into matched and other parts.
pub(crate) async fn search(
    State(state): State<ServerState>,
    query: Result<Query<SearchParameters>, QueryRejection>,
) -> JsonResult {
    let SearchParameters { q, limit } = query_of(query)?;
    if q.trim().is_empty() {
        return Err(ApiError::bad_request("the search needs words: /api/search?q=..."));
    }
    let limit = limit.min(MAX_PAGE);
    let query_text = q.clone();
    let hits = state
        .store()?
        .run(move |store| store.search_highlighted(&query_text, limit))
        .await?;
    Ok(Json(json!({
        "query": q,
        "hits": hits.iter().map(|hit| json!({
            "id": hit.id, "title": hit.title, "source": hit.source, "date": hit.date,
            "snippet": hit.snippet.iter().map(|part| json!({"text": part.text, "match": part.matched})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })))
}

#[derive(Debug, Deserialize)]
pub(crate) struct EventParameters {
    #[serde(default)]
    by: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    plover: Option<String>,
}

/// An empty query parameter (`?source=`) means "any", like an absent one.
fn non_empty(value: Option<String>) -> Option<String> {
    value
        .map(|value| value.trim().to_string())
        .filter(|value| !value.is_empty())
}

/// `GET /api/events?by=month&source=&target=&plover=`: asserted, non-negated event counts per
/// period and (source, target, type); `source=USA` also counts `USA/GOV` and the other sectors.
pub(crate) async fn events(
    State(state): State<ServerState>,
    query: Result<Query<EventParameters>, QueryRejection>,
) -> JsonResult {
    let parameters = query_of(query)?;
    let bucket = match non_empty(parameters.by).as_deref() {
        None | Some("month") => PeriodBucket::Month,
        Some("year") => PeriodBucket::Year,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "by must be month or year, not {other:?}"
            )))
        }
    };
    let filter = EventFilter {
        source: non_empty(parameters.source),
        target: non_empty(parameters.target),
        plover: non_empty(parameters.plover).map(|plover| plover.to_ascii_uppercase()),
    };
    let filter_for_query = filter.clone();
    let rows = state
        .store()?
        .run(move |store| store.event_series(bucket, &filter_for_query))
        .await?;
    Ok(Json(json!({
        "by": match bucket { PeriodBucket::Month => "month", PeriodBucket::Year => "year" },
        "source": filter.source,
        "target": filter.target,
        "plover": filter.plover,
        "counts": rows.iter().map(|row| json!({
            "period": row.period, "source": row.source, "target": row.target,
            "plover": row.plover, "count": row.count,
        })).collect::<Vec<_>>(),
    })))
}

#[derive(Debug, Deserialize)]
pub(crate) struct NetworkParameters {
    #[serde(default)]
    types: Option<String>,
    #[serde(default)]
    level: Option<String>,
    #[serde(default = "default_network_limit")]
    limit: usize,
}

fn default_network_limit() -> usize {
    200
}

/// The country part of an actor id (`USA/GOV` → `USA`); ids of organisations, persons and
/// unspecified groups (`org:...`, `person:...`, `group:...`) have none and stay as they are.
fn country_level(actor_id: &str) -> &str {
    match actor_id.split_once('/') {
        Some((country, _)) if !country.contains(':') => country,
        _ => actor_id,
    }
}

/// `GET /api/network?types=ACCUSE&level=actor|country&limit=`: who does what to whom, as nodes
/// and directed edges of asserted, non-negated events (by default accusations).
pub(crate) async fn network(
    State(state): State<ServerState>,
    query: Result<Query<NetworkParameters>, QueryRejection>,
) -> JsonResult {
    let parameters = query_of(query)?;
    let types: Vec<String> = match non_empty(parameters.types).as_deref() {
        None => vec!["ACCUSE".to_string()],
        Some("all") => Vec::new(),
        Some(list) => list
            .split(',')
            .map(|plover| plover.trim().to_ascii_uppercase())
            .filter(|plover| !plover.is_empty())
            .collect(),
    };
    let by_country = match non_empty(parameters.level).as_deref() {
        None | Some("actor") => false,
        Some("country") => true,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "level must be actor or country, not {other:?}"
            )))
        }
    };
    let limit = parameters.limit.min(MAX_PAGE);
    let types_for_query = types.clone();
    let (edges, names) = state
        .store()?
        .run(move |store| {
            // Edges are merged after collapsing to countries, so the query takes every edge it
            // may need and the limit applies to the merged list.
            let raw = store.event_edges(&types_for_query, if by_country { usize::MAX } else { limit })?;
            let mut merged: BTreeMap<(String, String), (i64, BTreeMap<String, i64>)> = BTreeMap::new();
            for edge in raw {
                let (source, target) = if by_country {
                    (
                        country_level(&edge.source).to_string(),
                        country_level(&edge.target).to_string(),
                    )
                } else {
                    (edge.source, edge.target)
                };
                if source == target {
                    continue;
                }
                let entry = merged.entry((source, target)).or_default();
                entry.0 += edge.count;
                *entry.1.entry(edge.plover).or_default() += edge.count;
            }
            let mut edges: Vec<_> = merged.into_iter().collect();
            edges.sort_by(|left, right| right.1 .0.cmp(&left.1 .0).then_with(|| left.0.cmp(&right.0)));
            edges.truncate(limit);
            let ids: Vec<String> = edges
                .iter()
                .flat_map(|((source, target), _)| [source.clone(), target.clone()])
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            let names = store.actor_names(&ids)?;
            Ok((edges, (ids, names)))
        })
        .await?;
    let (ids, known) = names;
    let nodes: Vec<Value> = ids
        .iter()
        .map(|id| {
            let name = known.iter().find(|name| &name.actor_id == id);
            let weight: i64 = edges
                .iter()
                .filter(|((source, target), _)| source == id || target == id)
                .map(|(_, (count, _))| count)
                .sum();
            json!({
                "id": id,
                "name": name.map_or(id.as_str(), |name| name.name.as_str()),
                "type": name.map_or("unknown", |name| name.actor_type.as_str()),
                "weight": weight,
            })
        })
        .collect();
    Ok(Json(json!({
        "types": types,
        "level": if by_country { "country" } else { "actor" },
        "nodes": nodes,
        "edges": edges.iter().map(|((source, target), (count, by_type))| json!({
            "source": source, "target": target, "count": count, "by_type": by_type,
        })).collect::<Vec<_>>(),
    })))
}

/// `GET /api/actors/{id}`: what the corpus says about one actor (ids may hold `/`, as `USA/GOV`).
pub(crate) async fn actor(State(state): State<ServerState>, Path(id): Path<String>) -> JsonResult {
    let lookup = id.clone();
    let found = state
        .store()?
        .run(move |store| {
            let profile = store.actor_profile(&lookup, ACTOR_DOCUMENT_LIMIT)?;
            let claims = match &profile {
                Some(_) => store.top_claims(&lookup, ACTOR_CLAIM_LIMIT)?,
                None => Vec::new(),
            };
            Ok(profile.map(|profile| (profile, claims)))
        })
        .await?;
    let (profile, claims) = found.ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "unknown_actor",
            format!("no actor {id:?} in the corpus"),
        )
    })?;
    let plover_json = |counts: &[rhetor_store::PloverCount]| {
        counts
            .iter()
            .map(|count| json!({"plover": count.plover, "count": count.count}))
            .collect::<Vec<_>>()
    };
    Ok(Json(json!({
        "id": profile.name.actor_id,
        "name": profile.name.name,
        "type": profile.name.actor_type,
        "country": profile.country,
        "sector": profile.sector,
        "documents": profile.documents,
        "mentions": profile.mentions,
        "events_as_source": plover_json(&profile.events_as_source),
        "events_as_target": plover_json(&profile.events_as_target),
        "mean_stance": profile.mean_stance.map(|(mean, count)| json!({"score": mean, "documents": count})),
        "recent_documents": profile.recent_documents.iter().map(|document| json!({
            "id": document.id, "title": document.title, "date": document.date, "mentions": document.mentions,
        })).collect::<Vec<_>>(),
        "top_claims": claims.iter().map(|claim| json!({
            "document": claim.document, "text": claim.text, "score": claim.score,
            "checkworthy": claim.checkworthy, "claim_type": claim.claim_type,
        })).collect::<Vec<_>>(),
    })))
}

/// `GET /api/techniques`: for each source, its documents and technique counts (with the rate per
/// document, so that sources of different sizes compare).
pub(crate) async fn techniques(State(state): State<ServerState>) -> JsonResult {
    let profiles = state.store()?.run(|store| store.technique_profiles()).await?;
    Ok(Json(json!({
        "sources": profiles.iter().map(|profile| {
            let total: i64 = profile.techniques.iter().map(|(_, count)| count).sum();
            json!({
                "source": profile.source,
                "documents": profile.documents,
                "total": total,
                "techniques": profile.techniques.iter().map(|(technique, count)| json!({
                    "technique": technique,
                    "count": count,
                    // Counts are far below 2^52, so the conversion is exact.
                    "per_document": if profile.documents > 0 { *count as f64 / profile.documents as f64 } else { 0.0 },
                })).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
    })))
}

#[cfg(test)]
mod tests {
    use super::country_level;

    #[test]
    fn country_level_keeps_the_country_of_sectors_and_leaves_other_ids() {
        assert_eq!(country_level("USA/GOV"), "USA");
        assert_eq!(country_level("USA"), "USA");
        assert_eq!(
            country_level("org:western-azerbaijan-community"),
            "org:western-azerbaijan-community"
        );
        assert_eq!(country_level("group:CVL"), "group:CVL");
        assert_eq!(country_level("org:a/b"), "org:a/b");
    }
}
