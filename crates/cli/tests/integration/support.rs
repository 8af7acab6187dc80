//! Helpers shared by the integration tests: running the binary and checking spans.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// What one run of the binary did.
pub(crate) struct Run {
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    pub(crate) exit_code: i32,
}

/// Runs `rhetor` with `arguments` in `directory`, feeding `stdin` when given.
pub(crate) fn rhetor_in(directory: &Path, arguments: &[&str], stdin: Option<&[u8]>) -> Run {
    use std::io::Write;
    use std::process::Stdio;

    let mut child = Command::new(env!("CARGO_BIN_EXE_rhetor"))
        .args(arguments)
        .current_dir(directory)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the rhetor binary starts");
    if let Some(bytes) = stdin {
        let mut child_stdin = child.stdin.take().expect("stdin is piped");
        // A write error means the binary exited early, which the assertions on its output report.
        let _ = child_stdin.write_all(bytes);
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("the rhetor binary finishes");
    Run {
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
        exit_code: status.code().expect("the binary exits rather than being killed"),
    }
}

/// Runs `rhetor` with `arguments` in the repository root.
pub(crate) fn rhetor(arguments: &[&str]) -> Run {
    rhetor_in(&repository_root(), arguments, None)
}

/// The root of the repository (two levels above this crate).
pub(crate) fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The third-party data beside the repository (`../shared`), when this machine has it.
pub(crate) fn shared_file(relative_path: &str) -> Option<PathBuf> {
    let path = repository_root().join("../shared").join(relative_path);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: {} is not on this machine", path.display());
        None
    }
}

/// Checks the offset contract on one analysis: every `{start, end, text}` object anywhere in it
/// slices the analysis' `text` to exactly its own `text`. Returns how many spans were checked.
pub(crate) fn assert_every_span_slices_the_text(analysis: &serde_json::Value) -> usize {
    let text = analysis["text"].as_str().expect("an analysis carries its text");
    let mut checked = 0;
    let mut pending = vec![analysis];
    while let Some(value) = pending.pop() {
        match value {
            serde_json::Value::Object(object) => {
                if let (Some(start), Some(end), Some(span_text)) = (
                    object.get("start").and_then(serde_json::Value::as_u64),
                    object.get("end").and_then(serde_json::Value::as_u64),
                    object.get("text").and_then(serde_json::Value::as_str),
                ) {
                    let sliced = text.get(start as usize..end as usize);
                    assert_eq!(
                        sliced,
                        Some(span_text),
                        "span {start}..{end} of {}",
                        analysis["id"]
                    );
                    checked += 1;
                }
                pending.extend(object.values());
            }
            serde_json::Value::Array(values) => pending.extend(values),
            _ => {}
        }
    }
    checked
}
