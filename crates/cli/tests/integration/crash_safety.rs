//! `rhetor ingest` killed with SIGKILL at pseudo-random points, again and again, and restarted:
//! after every kill the store is sound, holds no half-written document and no fewer documents than
//! were reported committed, and the resumed ingest ends with exactly the rows of an uninterrupted
//! one.
//!
//! The kill points are drawn from a seeded generator: after a number of "committed" lines, then a
//! delay of a few milliseconds, so that kills land while documents are analysed, while a
//! transaction is written, and at start-up. Where exactly a kill lands depends on the machine's
//! speed; every assertion holds wherever it lands.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::{repository_root, rhetor};

/// Records in the generated corpus.
const RECORDS: usize = 240;
/// Documents per transaction (`--commit-every`): small, so that a run has many commit points.
const COMMIT_EVERY: usize = 4;
/// The fewest kills that must land in a running ingest.
const KILLS: usize = 20;

/// A deterministic pseudo-random generator (xorshift64*), so that every run draws the same plan.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

/// The sentences of the repository's example statements.
fn example_sentences() -> Vec<String> {
    let root = repository_root().join("examples");
    let mut texts = vec![
        std::fs::read_to_string(root.join("statement-ministry-condemnation.txt")).expect("an example"),
        std::fs::read_to_string(root.join("statement-ngo-accusation.txt")).expect("an example"),
    ];
    for line in std::fs::read_to_string(root.join("corpus.jsonl"))
        .expect("the example corpus")
        .lines()
    {
        let record: serde_json::Value = serde_json::from_str(line).expect("a JSON record");
        texts.push(record["text"].as_str().expect("a text").to_owned());
    }
    texts
        .iter()
        .flat_map(|text| text.split(['\n', '.']))
        .map(str::trim)
        .filter(|sentence| sentence.split_whitespace().count() >= 4)
        .map(|sentence| format!("{sentence}."))
        .collect()
}

/// A JSONL corpus of [`RECORDS`] records built from the example sentences: most are distinct
/// mixtures, some are syndicated copies of an earlier record under a new id (near-duplicates), and
/// some repeat an earlier id with changed text (new versions).
fn generated_corpus(random: &mut Random) -> Vec<serde_json::Value> {
    let sentences = example_sentences();
    assert!(sentences.len() >= 12, "{} example sentences", sentences.len());
    let mut records: Vec<serde_json::Value> = Vec::new();
    for index in 0..RECORDS {
        let record = if index % 12 == 11 {
            let copied = &records[random.below(index as u64) as usize];
            serde_json::json!({
                "id": format!("wire-{index}"),
                "source": "Wire service (generated)",
                "date": "2024-05-02",
                "text": format!("GENEVA (Wire) -- {}", copied["text"].as_str().unwrap_or_default()),
            })
        } else if index % 20 == 19 {
            let earlier = &records[random.below(index as u64) as usize];
            let mut edited = earlier.clone();
            edited["text"] = format!(
                "{} Updated with a correction.",
                earlier["text"].as_str().unwrap_or_default()
            )
            .into();
            edited
        } else {
            let text: Vec<&str> = (0..5)
                .map(|_| sentences[random.below(sentences.len() as u64) as usize].as_str())
                .collect();
            serde_json::json!({
                "id": format!("statement-{index}"),
                "source": format!("Ministry {} (generated)", index % 3),
                "date": format!("2024-{:02}-{:02}", 1 + index % 12, 1 + index % 28),
                "text": text.join(" "),
            })
        };
        records.push(record);
    }
    records
}

/// For every prefix length of the corpus, how many document versions ingesting that prefix stores:
/// a record adds a version unless its id already has a version with the same text.
fn versions_after_each_prefix(records: &[serde_json::Value]) -> Vec<i64> {
    let mut seen: HashMap<String, Vec<String>> = HashMap::new();
    let mut versions = vec![0];
    for record in records {
        let id = record["id"].as_str().unwrap_or_default().to_owned();
        let text = record["text"].as_str().unwrap_or_default().to_owned();
        let texts = seen.entry(id).or_default();
        let added = if texts.contains(&text) {
            0
        } else {
            texts.push(text);
            1
        };
        versions.push(versions.last().copied().unwrap_or_default() + added);
    }
    versions
}

/// `rhetor query check` on `database`: the check's lines as a map, after asserting it passed.
fn checked_store(database: &Path) -> BTreeMap<String, String> {
    let run = rhetor(&["query", "--db", database.to_str().expect("a UTF-8 path"), "check"]);
    assert_eq!(
        run.exit_code, 0,
        "the check failed:\n{}{}",
        run.stdout, run.stderr
    );
    let check: BTreeMap<String, String> = run
        .stdout
        .lines()
        .skip(1)
        .filter_map(|line| line.split_once('\t'))
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .collect();
    assert_eq!(
        check.get("integrity").map(String::as_str),
        Some("ok"),
        "{check:?}"
    );
    assert_eq!(
        check.get("partial_documents").map(String::as_str),
        Some("0"),
        "{check:?}"
    );
    check
}

fn document_versions(check: &BTreeMap<String, String>) -> i64 {
    check
        .get("rows.documents")
        .and_then(|rows| rows.parse().ok())
        .expect("the check counts documents")
}

/// The number of documents the last "committed" line reports.
fn committed_documents(line: &str) -> Option<usize> {
    line.strip_prefix("rhetor: committed ")?
        .split_once(' ')?
        .0
        .parse()
        .ok()
}

#[test]
fn an_ingest_killed_at_random_points_and_restarted_ends_with_the_rows_of_an_uninterrupted_one() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let mut random = Random(0x5EED_1234_ABCD_0001);
    let records = generated_corpus(&mut random);
    let corpus = directory.path().join("corpus.jsonl");
    let lines: Vec<String> = records.iter().map(serde_json::Value::to_string).collect();
    std::fs::write(&corpus, lines.join("\n") + "\n").expect("the corpus is written");
    let corpus = corpus.to_str().expect("a UTF-8 path");
    let versions_after = versions_after_each_prefix(&records);
    // A transaction holds COMMIT_EVERY records (counted in input order, stored or not), so a store
    // whatever the kill can only hold the versions of a whole number of transactions.
    let possible_versions: Vec<i64> = (0..=RECORDS)
        .filter(|prefix| prefix % COMMIT_EVERY == 0 || *prefix == RECORDS)
        .map(|prefix| versions_after[prefix])
        .collect();

    let reference = directory.path().join("uninterrupted.db");
    let run = rhetor(&[
        "ingest",
        corpus,
        "--db",
        reference.to_str().expect("a UTF-8 path"),
    ]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    let reference_rows = checked_store(&reference);
    assert_eq!(document_versions(&reference_rows), versions_after[RECORDS]);
    assert_ne!(
        reference_rows.get("rows.near_duplicate_signatures"),
        reference_rows.get("rows.documents"),
        "the corpus has near-duplicates"
    );

    let commit_every = COMMIT_EVERY.to_string();
    let mut kills = 0;
    let mut completed_runs = 0;
    let mut round = 0;
    // A completed ingest starts a new round on a new database, so that at least KILLS kills land
    // however fast this machine ingests.
    while kills < KILLS {
        round += 1;
        let database = directory.path().join(format!("killed-{round}.db"));
        let database = database.to_str().expect("a UTF-8 path").to_owned();
        loop {
            let mut child = Command::new(env!("CARGO_BIN_EXE_rhetor"))
                .args([
                    "ingest",
                    corpus,
                    "--db",
                    &database,
                    "--log-commits",
                    "--commit-every",
                    &commit_every,
                ])
                .current_dir(repository_root())
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("the rhetor binary starts");
            let mut stderr = BufReader::new(child.stderr.take().expect("stderr is piped"));
            // Once enough kills have landed, the ingest runs to its end.
            let lines_before_kill = if kills < KILLS { random.below(3) } else { u64::MAX };
            let mut reported_committed = 0;
            let mut line = String::new();
            for _ in 0..lines_before_kill {
                line.clear();
                if stderr.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                reported_committed = committed_documents(&line).unwrap_or(reported_committed);
            }
            if kills < KILLS {
                std::thread::sleep(Duration::from_millis(random.below(60)));
            }
            let killed = match child.try_wait().expect("the child can be polled") {
                Some(_) => false,
                // Child::kill sends SIGKILL on Unix: no handler, no clean-up, as in a crash.
                None => child.kill().is_ok(),
            };
            let status = child.wait().expect("the child is reaped");
            // A kill at start-up can land before the database file is created.
            if !Path::new(&database).exists() {
                assert!(killed && reported_committed == 0);
                kills += 1;
                continue;
            }
            let check = checked_store(Path::new(&database));
            let stored = document_versions(&check);
            assert!(
                possible_versions.contains(&stored),
                "{stored} document versions is not a whole number of transactions"
            );
            assert!(
                stored >= versions_after[reported_committed.min(RECORDS)],
                "{reported_committed} records were reported committed, but only {stored} versions are stored"
            );
            if killed && !status.success() {
                kills += 1;
                eprintln!("kill {kills}: {stored} document versions stored, {reported_committed} records reported committed");
                continue;
            }
            assert!(status.success(), "rhetor ingest failed: {status}");
            completed_runs += 1;
            assert_eq!(
                check, reference_rows,
                "a resumed ingest ends with the rows of an uninterrupted one"
            );
            break;
        }
    }
    eprintln!("{kills} kills, {completed_runs} completed ingest(s)");
    assert!(kills >= KILLS);
    assert!(completed_runs >= 1);
}
