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
