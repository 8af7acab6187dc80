//! Bad input: every kind gets a clear message naming the file (and line or byte offset), exit code
//! 1 for input the binary cannot analyse, 2 for a usage error, and never a panic.

use std::path::Path;

use crate::support::{rhetor_in, Run};

/// Runs `rhetor` in a fresh directory holding `files`, then checks that nothing panicked.
fn rhetor_with_files(files: &[(&str, &[u8])], arguments: &[&str]) -> Run {
    let directory = tempfile::tempdir().expect("a temporary directory");
    for (name, bytes) in files {
        write_file(directory.path(), name, bytes);
    }
    let run = rhetor_in(directory.path(), arguments, None);
    assert!(
        !run.stderr.contains("panicked"),
        "the binary panicked: {}",
        run.stderr
    );
    run
}

fn write_file(directory: &Path, name: &str, bytes: &[u8]) {
    let path = directory.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("a directory for the file");
    }
    std::fs::write(path, bytes).expect("a writable temporary file");
}

#[test]
fn invalid_utf8_names_the_file_and_byte_offset() {
    let run = rhetor_with_files(
        &[("bad.txt", b"Erev\xc3\xa1n \xff condemns")],
        &["analyze", "bad.txt"],
    );
    assert_eq!(run.exit_code, 1);
    assert_eq!(
        run.stderr.trim_end(),
        "rhetor: stopped at the first bad input (--skip-bad goes on): \
         bad.txt: invalid UTF-8 at byte offset 8 (use --lossy to replace invalid bytes)"
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn lossy_replaces_invalid_utf8_and_says_so() {
    let run = rhetor_with_files(
        &[("bad.txt", b"The ministry \xff condemns the attack.")],
        &["analyze", "--lossy", "--format", "json", "bad.txt"],
    );
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    let analysis: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");
    assert_eq!(analysis["text"], "The ministry \u{fffd} condemns the attack.");
    assert_eq!(analysis["diagnostics"][0]["code"], "invalid_utf8_replaced");
}

#[test]
fn bad_jsonl_line_names_its_line_number_and_stops() {
    let corpus = b"{\"id\": \"a\", \"text\": \"The talks resumed.\"}\n{\"id\": \"b\", \"text\": }\n{\"id\": \"c\", \"text\": \"The talks ended.\"}\n";
    let run = rhetor_with_files(
        &[("corpus.jsonl", corpus)],
        &["analyze", "--format", "jsonl", "corpus.jsonl"],
    );
    assert_eq!(run.exit_code, 1);
    assert!(
        run.stderr.contains("corpus.jsonl:2: bad JSON line: "),
        "{}",
        run.stderr
    );
    // What came before the bad line was analysed and printed.
    assert_eq!(run.stdout.lines().count(), 1);
}

#[test]
fn skip_bad_goes_on_and_reports_the_count() {
    let corpus = b"{\"id\": \"a\", \"text\": \"The talks resumed.\"}\nnot json at all\n{\"id\": \"c\", \"text\": \"The talks ended.\"}\n{\"id\": \"d\"}\n";
    let run = rhetor_with_files(
        &[("corpus.jsonl", corpus)],
        &["analyze", "--skip-bad", "--format", "jsonl", "corpus.jsonl"],
    );
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    let ids: Vec<String> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("JSON line")["id"].to_string())
        .collect();
    assert_eq!(ids, ["\"a\"", "\"c\""]);
    assert!(
        run.stderr.contains("corpus.jsonl:2: bad JSON line: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("corpus.jsonl:4: bad JSON line: the record has no \"text\" field"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("skipped 2 bad input(s); 2 document(s) analysed"),
        "{}",
        run.stderr
    );
}

#[test]
fn truncated_last_jsonl_line_is_called_truncated() {
    let corpus = b"{\"id\": \"a\", \"text\": \"The talks resumed.\"}\n{\"id\": \"b\", \"text\": \"The tal";
    let run = rhetor_with_files(
        &[("corpus.jsonl", corpus)],
        &["analyze", "--format", "jsonl", "corpus.jsonl"],
    );
    assert_eq!(run.exit_code, 1);
    assert!(
        run.stderr.contains("corpus.jsonl:2: bad JSON line: "),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("(truncated line?)"), "{}", run.stderr);
}

#[test]
fn empty_file_has_no_text_to_analyze() {
    let run = rhetor_with_files(&[("empty.txt", b"")], &["analyze", "empty.txt"]);
    assert_eq!(run.exit_code, 1);
    assert!(
        run.stderr.ends_with("empty.txt: no text to analyze\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn whitespace_only_stdin_has_no_text_to_analyze() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let run = rhetor_in(directory.path(), &["analyze", "-"], Some(b" \n\t\n"));
    assert_eq!(run.exit_code, 1);
    assert!(run.stderr.ends_with("-: no text to analyze\n"), "{}", run.stderr);
}

#[test]
fn binary_file_is_called_binary() {
    let png_header: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00";
    let run = rhetor_with_files(&[("picture.txt", png_header)], &["analyze", "picture.txt"]);
    assert_eq!(run.exit_code, 1);
    assert!(
        run.stderr.contains("picture.txt: looks like a binary file"),
        "{}",
        run.stderr
    );
}

#[test]
fn hundred_megabyte_file_is_refused_by_size_before_it_is_read() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let path = directory.path().join("huge.txt");
    // A sparse file: 100 MB on paper, nothing on disk, and never read because its size is checked first.
    std::fs::File::create(&path)
        .and_then(|file| file.set_len(100 * 1024 * 1024))
        .expect("a sparse file");
    let run = rhetor_in(directory.path(), &["analyze", "huge.txt"], None);
    assert_eq!(run.exit_code, 1);
    assert!(
        run.stderr.contains(
            "huge.txt: too large to analyze (104857600 bytes, the limit is 33554432 bytes); raise the limit with --max-bytes"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn html_without_text_has_no_text_to_analyze() {
    let page = b"<!doctype html><html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>";
    let run = rhetor_with_files(&[("page.html", page)], &["analyze", "page.html"]);
    assert_eq!(run.exit_code, 1);
    assert!(
        run.stderr.contains("page.html: no text to analyze"),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_file_names_the_file() {
    let run = rhetor_with_files(&[], &["analyze", "nowhere.txt"]);
    assert_eq!(run.exit_code, 1);
    assert!(run.stderr.contains("nowhere.txt: "), "{}", run.stderr);
}

#[test]
fn empty_directory_has_no_documents() {
    let run = rhetor_with_files(&[("corpus/ignored.png", b"\x89PNG")], &["analyze", "corpus"]);
    assert_eq!(run.exit_code, 1);
    assert!(run.stderr.contains("no documents found"), "{}", run.stderr);
}

#[test]
fn usage_errors_exit_with_two() {
    for arguments in [
        &["analyze"][..],
        &["analyze", "--format", "yaml", "x.txt"],
        &["frobnicate"],
    ] {
        let run = rhetor_with_files(&[], arguments);
        assert_eq!(run.exit_code, 2, "{arguments:?}: {}", run.stderr);
    }
}

#[test]
fn hostile_bytes_never_panic() {
    let many_quote_marks = "\"\u{201c}\u{201d}'\u{2018}\u{2019}\u{ab}\u{bb}\"".repeat(500);
    let deeply_nested_html = "<div>".repeat(20_000);
    let long_word = "a".repeat(10_000);
    // One line of a megabyte: no paragraph or sentence break anywhere.
    let one_megabyte_line = "the ministry condemns it and ".repeat(36_000);
    let hostile_html = "<html><body><p>The ministry <script>alert(1)</script>condemns \
        <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">the attack</a>.\
        <img src=x onerror=\"alert(4)\"></p></body></html>";
    let inputs: &[(&str, &[u8])] = &[
        ("one-megabyte-line.txt", one_megabyte_line.as_bytes()),
        ("hostile.html", hostile_html.as_bytes()),
        (
            "rtl.txt",
            "The \u{202e}ministry\u{202c} condemns\u{200b} it.".as_bytes(),
        ),
        ("controls.txt", b"The\x01 ministry\x07 condemns it.\x1b[31m"),
        ("quotes.txt", many_quote_marks.as_bytes()),
        ("nested.html", deeply_nested_html.as_bytes()),
        ("long-word.txt", long_word.as_bytes()),
        ("crlf.txt", b"\xef\xbb\xbfMr. A said:\r\n\r\n\"No.\"\r\n"),
    ];
    for (name, bytes) in inputs {
        let run = rhetor_with_files(&[(name, bytes)], &["analyze", "--format", "jsonl", name]);
        assert!(
            run.exit_code == 0 || run.exit_code == 1,
            "{name}: exit {} {}",
            run.exit_code,
            run.stderr
        );
        if run.exit_code == 0 {
            let analysis: serde_json::Value = serde_json::from_str(run.stdout.trim_end()).expect("JSON line");
            crate::support::assert_every_span_slices_the_text(&analysis);
        }
    }
}

#[test]
fn a_report_read_by_a_closed_pipe_ends_quietly() {
    use std::process::{Command, Stdio};

    // The reader goes away before the report is written, as `rhetor bench ... | head -1` does
    // when the report is longer than what `head` keeps: the write fails, and that is not a failure.
    let mut child = Command::new(env!("CARGO_BIN_EXE_rhetor"))
        .args(["bench", "--repeat", "2", "tests/golden/small-corpus.jsonl"])
        .current_dir(crate::support::repository_root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the rhetor binary starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the rhetor binary finishes");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
}
