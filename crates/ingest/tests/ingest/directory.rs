//! Directories: walked recursively in path order, hidden and foreign files left out.

use rhetor_ingest::{read_documents, IngestOptions, IngestStats, Input};

use super::support::write_input;

#[test]
fn a_mixed_directory_reads_in_path_order_and_counts_what_it_skips() {
    let directory = tempfile::tempdir().unwrap();
    let root = directory.path();
    write_input(root, "b_statement.txt", "We welcome the election results.");
    write_input(
        root,
        "a_page.html",
        "<html><body><p>The Minister arrived in Baku.</p></body></html>",
    );
    write_input(
        root,
        "c_records.jsonl",
        "{\"id\": \"rec-1\", \"text\": \"First record.\"}\n{\"id\": \"rec-2\", \"text\": \"Second record.\"}\n",
    );
    write_input(root, "d_report.pdf", b"%PDF-1.7 not read");
    write_input(root, "e_chart.png", b"\x89PNG\r\n\x1A\n\x00");
    write_input(root, ".hidden.txt", "Never read.");
    write_input(root, ".git/config", "Never read either.");
    write_input(
        root,
        "a/nested.md",
        "# Nested\n\nRead before a_page.html, as paths compare.",
    );
    write_input(root, "notes", "An extensionless note.");
    write_input(root, "z_empty.txt", "");

    let mut documents = read_documents(vec![Input::Path(root.to_owned())], IngestOptions::default());
    let outcomes: Vec<String> = documents
        .by_ref()
        .map(|result| match result {
            Ok(document) => document.id.replace(&root.display().to_string(), "ROOT"),
            Err(error) => format!(
                "error: {}",
                error.to_string().replace(&root.display().to_string(), "ROOT")
            ),
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            "ROOT/a/nested.md",
            "ROOT/a_page.html",
            "ROOT/b_statement.txt",
            "rec-1",
            "rec-2",
            "ROOT/notes",
            "error: ROOT/z_empty.txt: no text to analyze",
        ]
    );
    assert_eq!(
        documents.stats(),
        IngestStats {
            files_read: 6,
            files_skipped: 2,
            documents: 6,
            errors: 1
        }
    );
}

#[cfg(unix)]
#[test]
fn symbolic_links_to_directories_are_not_followed() {
    let directory = tempfile::tempdir().unwrap();
    let root = directory.path();
    write_input(root, "speeches/one.txt", "The first speech.");
    std::os::unix::fs::symlink(root.join("speeches"), root.join("speeches/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("speeches/one.txt"), root.join("speeches/two.txt")).unwrap();
    let texts: Vec<String> = read_documents(vec![Input::Path(root.to_owned())], IngestOptions::default())
        .map(|result| result.unwrap().text)
        .collect();
    assert_eq!(texts, ["The first speech.", "The first speech."]);
}

#[test]
fn several_inputs_are_read_in_the_order_given() {
    let directory = tempfile::tempdir().unwrap();
    let second = write_input(directory.path(), "2.txt", "Second.");
    let first = write_input(directory.path(), "1.txt", "First.");
    let missing = directory.path().join("missing.txt");
    let results: Vec<_> = read_documents(
        vec![
            Input::Path(second),
            Input::Path(missing.clone()),
            Input::Path(first),
        ],
        IngestOptions::default(),
    )
    .collect();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().text, "Second.");
    assert!(results[1]
        .as_ref()
        .unwrap_err()
        .to_string()
        .starts_with(&format!("{}: ", missing.display())));
    assert_eq!(results[2].as_ref().unwrap().text, "First.");
}
