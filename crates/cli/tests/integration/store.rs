//! `rhetor ingest` and `rhetor query` on the example corpus, in a temporary database.

use crate::support::rhetor;

#[test]
fn ingesting_the_example_corpus_twice_inserts_then_finds_everything_unchanged() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let database = directory.path().join("corpus.db");
    let database = database.to_str().expect("a UTF-8 temporary path");

    let first = rhetor(&["ingest", "examples/corpus.jsonl", "--db", database]);
    assert_eq!(first.exit_code, 0, "{}", first.stderr);
    assert!(
        first.stderr.contains("3 inserted, 0 updated, 0 unchanged"),
        "{}",
        first.stderr
    );

    let second = rhetor(&["ingest", "examples/corpus.jsonl", "--db", database]);
    assert_eq!(second.exit_code, 0, "{}", second.stderr);
    assert!(
        second.stderr.contains("0 inserted, 0 updated, 3 unchanged"),
        "{}",
        second.stderr
    );

    let search = rhetor(&["query", "--db", database, "search", "shelling"]);
    assert_eq!(search.exit_code, 0, "{}", search.stderr);
    let rows: Vec<&str> = search.stdout.lines().collect();
    assert_eq!(rows.len(), 2, "a header and one hit: {}", search.stdout);
    assert!(rows[1].starts_with("mfa-2024-031\t"), "{}", search.stdout);
    assert!(rows[1].contains("[shelling]"), "{}", search.stdout);

    let events = rhetor(&["query", "--db", database, "events", "--by", "year"]);
    assert_eq!(events.exit_code, 0, "{}", events.stderr);
    assert!(
        events
            .stdout
            .starts_with("period\tsource\ttarget\tplover\tcount\n"),
        "{}",
        events.stdout
    );
}

#[test]
fn querying_a_missing_database_fails_without_creating_it() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let database = directory.path().join("absent.db");
    let run = rhetor(&["query", "--db", database.to_str().unwrap(), "techniques"]);
    assert_eq!(run.exit_code, 1);
    assert!(run.stderr.contains("no such corpus database"), "{}", run.stderr);
    assert!(!database.exists());
}

#[test]
fn the_parquet_export_writes_one_file_per_table_into_a_directory() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let database = directory.path().join("corpus.db");
    let database = database.to_str().expect("a UTF-8 temporary path");
    let ingest = rhetor(&["ingest", "examples/corpus.jsonl", "--db", database]);
    assert_eq!(ingest.exit_code, 0, "{}", ingest.stderr);

    let output = directory.path().join("parquet");
    let export = rhetor(&[
        "export",
        "--db",
        database,
        "--output",
        output.to_str().expect("a UTF-8 temporary path"),
        "parquet",
    ]);
    assert_eq!(export.exit_code, 0, "{}", export.stderr);
    for table in ["documents", "actors", "events", "techniques", "claims", "stances"] {
        let file = std::fs::read(output.join(format!("{table}.parquet"))).expect("the table's file");
        // A Parquet file starts and ends with its magic number.
        assert!(file.starts_with(b"PAR1") && file.ends_with(b"PAR1"), "{table}");
    }
    assert!(export.stderr.contains("exported 3 row(s)"), "{}", export.stderr);

    let without_directory = rhetor(&["export", "--db", database, "parquet"]);
    assert_eq!(without_directory.exit_code, 1);
    assert!(
        without_directory.stderr.contains("--output DIR"),
        "{}",
        without_directory.stderr
    );
}

#[test]
fn the_check_query_reports_a_sound_store_and_its_rows() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let database = directory.path().join("corpus.db");
    let database = database.to_str().expect("a UTF-8 temporary path");
    let ingest = rhetor(&["ingest", "examples/corpus.jsonl", "--db", database]);
    assert_eq!(ingest.exit_code, 0, "{}", ingest.stderr);
    let check = rhetor(&["query", "--db", database, "check"]);
    assert_eq!(check.exit_code, 0, "{}", check.stderr);
    assert!(check.stdout.contains("integrity\tok\n"), "{}", check.stdout);
    assert!(
        check.stdout.contains("partial_documents\t0\n"),
        "{}",
        check.stdout
    );
    assert!(check.stdout.contains("rows.documents\t3\n"), "{}", check.stdout);
}
