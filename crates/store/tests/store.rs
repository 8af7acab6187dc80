//! Tests of the corpus store on temporary databases: versioning, queries and errors.

use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_schema::{Analysis, Document, Event, Modality, Span};
use rhetor_store::{IngestOutcome, PeriodBucket, Store, StoreError};

/// A real analysis of `text`, dated and sourced so that the aggregate queries have keys.
fn analysis_of(id: &str, text: &str) -> Analysis {
    let mut document = Document::new(id, text);
    document.date = Some("2024-03-18".to_string());
    document.source = Some("Ministry (test)".to_string());
    document.title = Some(format!("Title of {id}"));
    analyze(document, &AnalyzeOptions::default())
}

/// An event with the given polarity and modality, so that counting rules are tested on known input.
fn event(source: &str, target: &str, negated: bool, modality: Modality) -> Event {
    Event {
        source: Some(source.to_string()),
        target: Some(target.to_string()),
        plover: "ACCUSE".to_string(),
        cameo: "112".to_string(),
        negated,
        modality,
        reported_by: None,
        trigger: Span {
            start: 0,
            end: 3,
            text: "The".to_string(),
        },
        confidence: 0.9,
    }
}

fn temporary_store() -> (tempfile::TempDir, Store) {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let store = Store::open(directory.path().join("corpus.db")).expect("a new store opens");
    (directory, store)
}

#[test]
fn bundled_sqlite_has_fts5() {
    let (_directory, store) = temporary_store();
    let has_fts5: bool = store
        .connection()
        .query_row("SELECT sqlite_compileoption_used('ENABLE_FTS5')", [], |row| {
            row.get(0)
        })
        .expect("the compile options can be read");
    assert!(has_fts5);
}

#[test]
fn ingesting_the_same_analysis_twice_writes_nothing_the_second_time() {
    let (_directory, mut store) = temporary_store();
    let analysis = analysis_of(
        "doc-1",
        "The Ministry strongly condemns the shelling of border villages.",
    );
    assert_eq!(store.ingest(&analysis).unwrap(), IngestOutcome::Inserted);
    let actor_rows_before: i64 = store
        .connection()
        .query_row("SELECT COUNT(*) FROM actors", [], |row| row.get(0))
        .unwrap();
    assert_eq!(store.ingest(&analysis).unwrap(), IngestOutcome::Unchanged);
    assert_eq!(store.document_count().unwrap(), 1);
    assert_eq!(store.version_count().unwrap(), 1);
    let actor_rows_after: i64 = store
        .connection()
        .query_row("SELECT COUNT(*) FROM actors", [], |row| row.get(0))
        .unwrap();
    assert_eq!(actor_rows_before, actor_rows_after);
}

#[test]
fn changed_text_becomes_version_two_and_queries_read_only_the_latest() {
    let (_directory, mut store) = temporary_store();
    let mut first = analysis_of(
        "doc-1",
        "The government denounced the annexation of the peninsula.",
    );
    first.events = vec![event("UKR", "RUS", false, Modality::Asserted)];
    let mut second = analysis_of("doc-1", "The government welcomed the humanitarian corridor.");
    second.events = vec![
        event("UKR", "TUR", false, Modality::Asserted),
        event("UKR", "TUR", false, Modality::Asserted),
    ];
    assert_eq!(store.ingest(&first).unwrap(), IngestOutcome::Inserted);
    assert_eq!(
        store.ingest(&second).unwrap(),
        IngestOutcome::Updated { version: 2 }
    );
    assert_eq!(store.document_count().unwrap(), 1);
    assert_eq!(store.version_count().unwrap(), 2);

    let counts = store.event_counts(PeriodBucket::Month).unwrap();
    assert_eq!(counts.len(), 1, "{counts:?}");
    assert_eq!(counts[0].period, "2024-03");
    assert_eq!(counts[0].target.as_deref(), Some("TUR"));
    assert_eq!(counts[0].count, 2);

    // The search index forgot the first version's words.
    assert!(store.search("annexation", 10).unwrap().is_empty());
    assert_eq!(store.search("corridor", 10).unwrap().len(), 1);
}

#[test]
fn negated_and_unasserted_events_are_not_counted() {
    let (_directory, mut store) = temporary_store();
    let mut analysis = analysis_of("doc-1", "The Ministry condemns the attack.");
    analysis.events = vec![
        event("AZE", "ARM", false, Modality::Asserted),
        event("AZE", "ARM", true, Modality::Asserted),
        event("AZE", "ARM", false, Modality::Future),
        event("AZE", "ARM", false, Modality::Question),
    ];
    store.ingest(&analysis).unwrap();
    let counts = store.event_counts(PeriodBucket::Year).unwrap();
    assert_eq!(counts.len(), 1, "{counts:?}");
    assert_eq!(counts[0].period, "2024");
    assert_eq!(counts[0].count, 1);
}

#[test]
fn search_returns_a_highlighted_snippet() {
    let (_directory, mut store) = temporary_store();
    store
        .ingest(&analysis_of(
            "doc-1",
            "The Ministry of Foreign Affairs strongly condemns the shelling of border villages on 17 March.",
        ))
        .unwrap();
    store
        .ingest(&analysis_of("doc-2", "Independent media are still blocked."))
        .unwrap();
    let hits = store.search("shelling", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].id, "doc-1");
    assert_eq!(hits[0].title.as_deref(), Some("Title of doc-1"));
    assert!(hits[0].snippet.contains("[shelling]"), "{}", hits[0].snippet);
}

#[test]
fn a_malformed_search_query_is_a_typed_error() {
    let (_directory, store) = temporary_store();
    let error = store.search("\"unbalanced", 10).unwrap_err();
    assert!(
        matches!(error, StoreError::InvalidSearchQuery { .. }),
        "{error:?}"
    );
}

#[test]
fn a_batch_is_stored_in_one_transaction_and_reports_each_outcome() {
    let (_directory, mut store) = temporary_store();
    let first = analysis_of("doc-1", "The Ministry condemns the attack.");
    let second = analysis_of("doc-2", "The embassy welcomed the talks.");
    let outcomes = store.ingest_batch(&[first.clone(), second]).unwrap();
    assert_eq!(outcomes, vec![IngestOutcome::Inserted, IngestOutcome::Inserted]);
    assert_eq!(
        store.ingest_batch(&[first]).unwrap(),
        vec![IngestOutcome::Unchanged]
    );
}

#[test]
fn techniques_and_claims_are_queryable() {
    let (_directory, mut store) = temporary_store();
    let mut analysis = analysis_of("doc-1", "The Ministry condemns the attack on 17 March.");
    analysis.techniques = vec![rhetor_schema::Technique {
        technique: "Loaded_Language".to_string(),
        span: Span {
            start: 0,
            end: 3,
            text: "The".to_string(),
        },
        confidence: 0.8,
        evidence: String::new(),
    }];
    analysis.claims = vec![rhetor_schema::Claim {
        span: Span {
            start: 0,
            end: 3,
            text: "The".to_string(),
        },
        score: 0.7,
        checkworthy: true,
        claim_type: Some("event".to_string()),
        about: vec!["ARM".to_string()],
    }];
    store.ingest(&analysis).unwrap();
    let techniques = store.technique_counts_by_source().unwrap();
    assert_eq!(techniques.len(), 1);
    assert_eq!(techniques[0].source.as_deref(), Some("Ministry (test)"));
    assert_eq!(techniques[0].count, 1);
    let claims = store.top_claims("ARM", 5).unwrap();
    assert_eq!(claims.len(), 1);
    assert!(store.top_claims("AZE", 5).unwrap().is_empty());
}

#[test]
fn reopening_keeps_the_data_and_the_schema_version() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("corpus.db");
    {
        let mut store = Store::open(&path).unwrap();
        store
            .ingest(&analysis_of("doc-1", "The Ministry condemns the attack."))
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.document_count().unwrap(), 1);
    let version: i64 = store
        .connection()
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(version, rhetor_store::CURRENT_SCHEMA_VERSION);
}

#[test]
fn opening_a_file_that_is_not_sqlite_is_a_clear_error() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("notes.txt");
    std::fs::write(
        &path,
        "these are plain notes, not a database, and long enough to have a header\n".repeat(20),
    )
    .unwrap();
    let error = Store::open(&path).unwrap_err();
    assert!(matches!(error, StoreError::NotADatabase { .. }), "{error:?}");
    assert!(error.to_string().contains("not an SQLite database"), "{error}");
}

#[test]
fn the_events_csv_has_gdelt_columns_and_only_events_that_happened() {
    let (_directory, mut store) = temporary_store();
    let mut analysis = analysis_of("csv", "The Ministry condemns the attack, \"firmly\", today.");
    analysis.events = vec![
        event("USA", "RUS", false, Modality::Asserted),
        event("USA", "RUS", true, Modality::Asserted),
        event("USA", "RUS", false, Modality::Demanded),
    ];
    store.ingest(&analysis).expect("ingests");
    let mut csv = Vec::new();
    assert_eq!(store.export_events_csv(&mut csv, false).expect("exports"), 1);
    let csv = String::from_utf8(csv).expect("UTF-8");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(rhetor_store::EVENT_CSV_COLUMNS.join(",").as_str())
    );
    let row = lines.next().expect("one event row");
    assert!(row.contains(",20240318,"), "{row}");
    assert!(row.contains(",112,11,"), "{row}");
    let mut everything = Vec::new();
    assert_eq!(
        store.export_events_csv(&mut everything, true).expect("exports"),
        3
    );
}

#[test]
fn a_table_exports_as_one_json_object_per_row() {
    let (_directory, mut store) = temporary_store();
    store
        .ingest(&analysis_of("first", "Russia condemned Ukraine."))
        .expect("ingests");
    store
        .ingest(&analysis_of("second", "France praised Germany."))
        .expect("ingests");
    let mut jsonl = Vec::new();
    assert_eq!(
        store
            .export_jsonl(rhetor_store::ExportTable::Documents, &mut jsonl)
            .expect("exports"),
        2
    );
    let ids: Vec<String> = String::from_utf8(jsonl)
        .expect("UTF-8")
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("a JSON object")["id"].to_string())
        .collect();
    assert_eq!(ids, ["\"first\"", "\"second\""]);
}
