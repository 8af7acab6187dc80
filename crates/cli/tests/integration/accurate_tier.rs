//! `--accurate` on the commands that analyse (`analyze`, `ingest`, `serve`): without the encoder's
//! weights each one stops before doing anything, with a message that says how to install them;
//! with the weights (`RHETOR_MINILM_DIR`, as CI sets it) a corpus ingested in the accurate tier
//! stores what `rhetor analyze --accurate` prints.

use std::path::Path;
use std::process::Command;

use crate::support::{repository_root, shared_file};

/// Runs `rhetor` in the repository root with `RHETOR_MINILM_DIR` set to `weights_directory`.
fn rhetor_with_weights(weights_directory: &Path, arguments: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_rhetor"))
        .args(arguments)
        .current_dir(repository_root())
        .env("RHETOR_MINILM_DIR", weights_directory)
        .output()
        .expect("the rhetor binary runs");
    (
        output
            .status
            .code()
            .expect("the binary exits rather than being killed"),
        String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    )
}

#[test]
fn every_accurate_command_without_the_weights_fails_naming_the_fetch_script() {
    let empty_weights = tempfile::tempdir().expect("a temporary directory");
    let database = empty_weights.path().join("corpus.sqlite");
    let database = database.to_str().expect("a UTF-8 path");
    let commands: [&[&str]; 3] = [
        &["analyze", "--accurate", "tests/golden/negation.txt"],
        &[
            "ingest",
            "--accurate",
            "--db",
            database,
            "tests/golden/negation.txt",
        ],
        &["serve", "--accurate", "--addr", "127.0.0.1:0"],
    ];
    for arguments in commands {
        let (exit_code, stdout, stderr) = rhetor_with_weights(empty_weights.path(), arguments);
        assert_eq!(exit_code, 1, "{arguments:?}: {stderr}");
        assert!(stdout.is_empty(), "{arguments:?} printed: {stdout}");
        assert!(stderr.contains("fetch-minilm.sh"), "{arguments:?}: {stderr}");
    }
    // The ingest stopped before opening the store, so no empty corpus was left behind.
    assert!(!Path::new(database).exists());
}

#[test]
fn a_corpus_ingested_in_the_accurate_tier_stores_the_accurate_analysis() {
    let Some(weights) = std::env::var_os("RHETOR_MINILM_DIR").filter(|value| !value.is_empty()) else {
        assert!(
            std::env::var("RHETOR_REQUIRE_MINILM").map_or(true, |value| value != "1"),
            "RHETOR_REQUIRE_MINILM=1 but RHETOR_MINILM_DIR is not set"
        );
        eprintln!("skipped: set RHETOR_MINILM_DIR (scripts/fetch-minilm.sh)");
        return;
    };
    let Some(statement) = shared_file("examples/statement-wac-blinken.txt") else {
        return;
    };
    let statement = statement.to_str().expect("a UTF-8 path");
    let weights = Path::new(&weights);
    let scratch = tempfile::tempdir().expect("a temporary directory");

    // Each claim as (start, score), in text order: the analysis ranks claims, the store numbers them.
    let claims_of_analysis = |analysis: &serde_json::Value| -> Vec<(u64, f64)> {
        let mut claims: Vec<(u64, f64)> = analysis["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .map(|claim| {
                (
                    claim["start"].as_u64().expect("a start"),
                    claim["score"].as_f64().expect("a score"),
                )
            })
            .collect();
        claims.sort_by_key(|&(start, _)| start);
        claims
    };
    let analysed = |arguments: &[&str]| -> serde_json::Value {
        let (exit_code, stdout, stderr) = rhetor_with_weights(weights, arguments);
        assert_eq!(exit_code, 0, "{arguments:?}: {stderr}");
        serde_json::from_str(stdout.lines().next().expect("one analysis")).expect("JSON")
    };
    let fast = analysed(&["analyze", "--format", "jsonl", statement]);
    let accurate = analysed(&["analyze", "--accurate", "--format", "jsonl", statement]);
    assert_ne!(
        claims_of_analysis(&fast),
        claims_of_analysis(&accurate),
        "the tiers score claims differently"
    );

    let database = scratch.path().join("corpus.sqlite");
    let database = database.to_str().expect("a UTF-8 path");
    let (exit_code, _, stderr) =
        rhetor_with_weights(weights, &["ingest", "--accurate", "--db", database, statement]);
    assert_eq!(exit_code, 0, "{stderr}");
    let (exit_code, exported, stderr) =
        rhetor_with_weights(weights, &["export", "--db", database, "jsonl", "claims"]);
    assert_eq!(exit_code, 0, "{stderr}");
    let mut stored_claims: Vec<(u64, f64)> = exported
        .lines()
        .map(|line| {
            let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
            (
                row["span_start"].as_u64().expect("a start"),
                row["score"].as_f64().expect("a score"),
            )
        })
        .collect();
    stored_claims.sort_by_key(|&(start, _)| start);
    assert_eq!(stored_claims, claims_of_analysis(&accurate));
}
