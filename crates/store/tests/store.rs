//! Tests of the corpus store on temporary databases: versioning, queries and errors.

use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_schema::{Analysis, Document, Event, Modality, Span};
use rhetor_store::{ExportTable, IngestOutcome, PeriodBucket, Store, StoreError};

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
    assert_eq!(
        store
            .export_events_csv(&mut csv, rhetor_store::EventCsvFilter::default())
            .expect("exports"),
        1
    );
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
        store
            .export_events_csv(
                &mut everything,
                rhetor_store::EventCsvFilter {
                    include_unasserted: true,
                    include_near_duplicates: false,
                },
            )
            .expect("exports"),
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

/// A statement long enough for its shingles to say something, about named countries, so that it
/// has actors, events and claims.
const STATEMENT: &str = "The Ministry of Foreign Affairs of Armenia strongly condemns the shelling of \
    border villages by Azerbaijan on 17 March. According to preliminary data, two civilians were \
    killed and five were wounded. We demand an immediate and impartial international investigation \
    of these crimes. Azerbaijan must withdraw its troops from the sovereign territory of Armenia, and \
    we call on the international community to give a principled assessment of this provocation.";

/// The same statement as a news wire re-publishes it: a dateline, a header and a footer.
fn syndicated_copy() -> String {
    format!(
        "YEREVAN, 18 March (Wire) -- The following statement was issued today.\n\n{STATEMENT}\n\n\
         Distributed by the wire service."
    )
}

fn duplicate_link(store: &Store, id: &str) -> (Option<String>, Option<f64>) {
    store
        .connection()
        .query_row(
            "SELECT duplicate_of, duplicate_similarity FROM documents WHERE id = ?1 ORDER BY version DESC LIMIT 1",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap()
}

fn total_event_count(store: &Store) -> i64 {
    store
        .event_counts(PeriodBucket::Year)
        .unwrap()
        .iter()
        .map(|row| row.count)
        .sum()
}

#[test]
fn a_syndicated_copy_is_stored_linked_and_not_counted_again() {
    let (_directory, mut store) = temporary_store();
    let original = analysis_of("ministry-statement", STATEMENT);
    assert!(!original.events.is_empty() && !original.techniques.is_empty() && !original.claims.is_empty());
    store.ingest(&original).unwrap();
    let events_of_the_original = total_event_count(&store);
    let techniques_of_the_original = store.technique_counts_by_source().unwrap();
    let claims_of_the_original = store.top_claims("ARM", 100).unwrap();
    assert!(events_of_the_original > 0);

    let copy = analysis_of("wire-copy", &syndicated_copy());
    assert_eq!(store.ingest(&copy).unwrap(), IngestOutcome::Inserted);
    let (duplicate_of, similarity) = duplicate_link(&store, "wire-copy");
    assert_eq!(duplicate_of.as_deref(), Some("ministry-statement"));
    let similarity = similarity.unwrap();
    assert!((0.6..1.0).contains(&similarity), "{similarity}");

    // Stored and searchable, but not independent evidence.
    assert_eq!(store.document_count().unwrap(), 2);
    assert_eq!(store.search("Wire", 10).unwrap().len(), 1);
    assert_eq!(total_event_count(&store), events_of_the_original);
    assert_eq!(
        store.technique_counts_by_source().unwrap(),
        techniques_of_the_original
    );
    assert_eq!(store.top_claims("ARM", 100).unwrap(), claims_of_the_original);
    let duplicates = store.near_duplicates(10).unwrap();
    assert_eq!(duplicates.len(), 1);
    assert_eq!(duplicates[0].document, "wire-copy");
    assert_eq!(store.near_duplicate_count().unwrap(), 1);

    let mut csv = Vec::new();
    let independent_rows = store
        .export_events_csv(&mut csv, rhetor_store::EventCsvFilter::default())
        .unwrap();
    let all_rows = store
        .export_events_csv(
            &mut Vec::new(),
            rhetor_store::EventCsvFilter {
                include_unasserted: false,
                include_near_duplicates: true,
            },
        )
        .unwrap();
    assert_eq!(i64::try_from(independent_rows).unwrap(), events_of_the_original);
    // The copy's events are there when asked for.
    assert!(all_rows > independent_rows, "{all_rows} > {independent_rows}");
}

#[test]
fn a_new_version_is_never_a_duplicate_of_its_own_earlier_version() {
    let (_directory, mut store) = temporary_store();
    store.ingest(&analysis_of("statement", STATEMENT)).unwrap();
    let corrected = STATEMENT.replace("two civilians", "three civilians");
    assert_eq!(
        store.ingest(&analysis_of("statement", &corrected)).unwrap(),
        IngestOutcome::Updated { version: 2 }
    );
    assert_eq!(duplicate_link(&store, "statement"), (None, None));
    // The new version replaced the old one in the index: a copy links to the id once.
    store.ingest(&analysis_of("copy", &syndicated_copy())).unwrap();
    assert_eq!(duplicate_link(&store, "copy").0.as_deref(), Some("statement"));
    assert!(store.check().unwrap().is_sound());
}

#[test]
fn unrelated_statements_are_not_linked() {
    let (_directory, mut store) = temporary_store();
    store.ingest(&analysis_of("first", STATEMENT)).unwrap();
    store
        .ingest(&analysis_of(
            "second",
            "The Ministry of Foreign Affairs of Azerbaijan rejects the groundless accusations of \
             Armenia. Our armed forces did not open fire on 17 March, and the claims of civilian \
             casualties are a fabrication meant to derail the negotiations on a peace treaty.",
        ))
        .unwrap();
    assert_eq!(duplicate_link(&store, "second"), (None, None));
    assert_eq!(store.near_duplicate_count().unwrap(), 0);
}

#[test]
fn the_check_finds_a_half_written_document() {
    let (_directory, mut store) = temporary_store();
    store.ingest(&analysis_of("statement", STATEMENT)).unwrap();
    let check = store.check().unwrap();
    assert_eq!(check.integrity, "ok");
    assert!(check.is_sound(), "{check:?}");
    assert!(check.table_rows.contains(&("documents".to_string(), 1)));
    store
        .connection()
        .execute(
            "DELETE FROM actors WHERE rowid = (SELECT MIN(rowid) FROM actors)",
            [],
        )
        .unwrap();
    let check = store.check().unwrap();
    assert_eq!(check.partial_documents, 1);
    assert!(!check.is_sound());
}

#[test]
fn a_version_1_store_is_migrated_with_its_duplicates_linked_and_its_rows_counted() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("corpus.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.ingest(&analysis_of("original", STATEMENT)).unwrap();
        store.ingest(&analysis_of("copy", &syndicated_copy())).unwrap();
        // Take the file back to what schema version 1 wrote.
        store
            .connection()
            .execute_batch(
                "DROP VIEW independent_documents;
                 DROP INDEX documents_by_duplicate_of;
                 ALTER TABLE documents DROP COLUMN duplicate_of;
                 ALTER TABLE documents DROP COLUMN duplicate_similarity;
                 ALTER TABLE documents DROP COLUMN analysis_rows;
                 DROP TABLE near_duplicate_bands;
                 DROP TABLE near_duplicate_signatures;
                 PRAGMA user_version = 1;",
            )
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(duplicate_link(&store, "copy").0.as_deref(), Some("original"));
    assert_eq!(duplicate_link(&store, "original"), (None, None));
    let check = store.check().unwrap();
    assert!(check.is_sound(), "{check:?}");
    let recorded_rows: i64 = store
        .connection()
        .query_row("SELECT SUM(analysis_rows) FROM documents", [], |row| row.get(0))
        .unwrap();
    assert!(recorded_rows > 0);
}

/// A Parquet row as the JSON object its JSON Lines export writes.
fn row_as_json(row: &parquet::record::Row) -> serde_json::Value {
    use parquet::record::Field;
    let object = row
        .get_column_iter()
        .map(|(name, field)| {
            let value = match field {
                Field::Null => serde_json::Value::Null,
                Field::Long(integer) => (*integer).into(),
                Field::Double(real) => (*real).into(),
                Field::Str(text) => text.clone().into(),
                other => panic!("the export writes no {other:?}"),
            };
            (name.clone(), value)
        })
        .collect();
    serde_json::Value::Object(object)
}

#[test]
fn parquet_exports_read_back_equal_to_the_json_lines_exports() {
    use parquet::file::reader::{FileReader, SerializedFileReader};

    let (directory, mut store) = temporary_store();
    store.ingest(&analysis_of("first", STATEMENT)).unwrap();
    store.ingest(&analysis_of("copy", &syndicated_copy())).unwrap();
    store
        .ingest(&analysis_of(
            "second",
            "France praised Germany for its support of Ukraine.",
        ))
        .unwrap();
    // An old version is in neither export.
    store
        .ingest(&analysis_of(
            "second",
            "France praised Germany for its support of Ukraine again.",
        ))
        .unwrap();
    for table in ExportTable::ALL {
        let mut jsonl = Vec::new();
        let jsonl_rows = store.export_jsonl(table, &mut jsonl).unwrap();
        let expected: Vec<serde_json::Value> = String::from_utf8(jsonl)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();

        let path = directory.path().join(format!("{}.parquet", table.table_name()));
        let parquet_rows = store
            .export_parquet(table, std::fs::File::create(&path).unwrap())
            .unwrap();
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        assert_eq!(
            reader.metadata().file_metadata().num_rows(),
            i64::try_from(parquet_rows).unwrap()
        );
        let read_back: Vec<serde_json::Value> = reader
            .get_row_iter(None)
            .unwrap()
            .map(|row| row_as_json(&row.unwrap()))
            .collect();
        assert_eq!(parquet_rows, jsonl_rows, "{}", table.table_name());
        assert!(parquet_rows > 0, "{}", table.table_name());
        assert_eq!(read_back, expected, "{}", table.table_name());
    }
}

#[test]
fn an_input_with_two_versions_of_one_id_adds_nothing_when_ingested_again() {
    let (_directory, mut store) = temporary_store();
    let first = analysis_of(
        "statement",
        "The Ministry condemns the attack on the border post.",
    );
    let second = analysis_of(
        "statement",
        "The Ministry condemns the attack on the border post and the village.",
    );
    store.ingest_batch(&[first.clone(), second.clone()]).unwrap();
    assert_eq!(store.version_count().unwrap(), 2);
    let again = store.ingest_batch(&[first, second]).unwrap();
    assert_eq!(again, [IngestOutcome::Unchanged, IngestOutcome::Unchanged]);
    assert_eq!(store.version_count().unwrap(), 2);
    let mut document = Document::new(
        "statement",
        "The Ministry condemns the attack on the border post.",
    );
    document.date = Some("2024-03-18".to_string());
    document.source = Some("Ministry (test)".to_string());
    document.title = Some("Title of statement".to_string());
    assert!(store.is_stored_unchanged(&document).unwrap());
    document.text.push_str(" Again.");
    assert!(!store.is_stored_unchanged(&document).unwrap());
}
