//! Golden tests: every input in `tests/golden/` is analysed, and the JSON is compared with the
//! `<case>.json` beside it. Adding a case is adding two files; `UPDATE_GOLDEN=1 cargo test`
//! writes the expected files from the current output, to be read and reviewed before committing.

use std::path::Path;

use crate::support::{assert_every_span_slices_the_text, repository_root, rhetor_in};

/// The input extensions a golden case may have; the expected output is always `<case>.json`.
const INPUT_EXTENSIONS: &[&str] = &["txt", "html", "jsonl"];

#[test]
fn golden_cases_match_their_expected_json() {
    let golden_directory = repository_root().join("tests/golden");
    let mut case_paths: Vec<_> = std::fs::read_dir(&golden_directory)
        .expect("tests/golden exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| {
            path.extension()
                .and_then(|extension| extension.to_str())
                .is_some_and(|extension| INPUT_EXTENSIONS.contains(&extension))
        })
        .collect();
    case_paths.sort();
    assert!(
        !case_paths.is_empty(),
        "no golden cases in {}",
        golden_directory.display()
    );

    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for case_path in &case_paths {
        if let Err(failure) = check(&golden_directory, case_path, update) {
            failures.push(failure);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden cases differ:\n\n{}",
        failures.len(),
        case_paths.len(),
        failures.join("\n\n")
    );
}

/// Analyses one case and compares it with its expected JSON (or writes it, when updating).
fn check(golden_directory: &Path, case_path: &Path, update: bool) -> Result<(), String> {
    let file_name = case_path
        .file_name()
        .and_then(|name| name.to_str())
        .expect("UTF-8 file name");
    let run = rhetor_in(
        golden_directory,
        &["analyze", "--format", "json", file_name],
        None,
    );
    if run.exit_code != 0 {
        return Err(format!(
            "{file_name}: exit code {}, stderr:\n{}",
            run.exit_code, run.stderr
        ));
    }
    let actual: serde_json::Value = serde_json::from_str(&run.stdout)
        .map_err(|error| format!("{file_name}: output is not JSON: {error}"))?;
    for analysis in actual
        .as_array()
        .map_or_else(|| vec![&actual], |analyses| analyses.iter().collect())
    {
        assert_every_span_slices_the_text(analysis);
    }

    let expected_path = case_path.with_extension("json");
    if update {
        let pretty = serde_json::to_string_pretty(&actual).expect("JSON values serialise") + "\n";
        std::fs::write(&expected_path, pretty).map_err(|error| format!("{file_name}: {error}"))?;
        return Ok(());
    }
    let expected_text = std::fs::read_to_string(&expected_path).map_err(|error| {
        format!(
            "{}: {error} (run with UPDATE_GOLDEN=1 to create it)",
            expected_path.display()
        )
    })?;
    let expected: serde_json::Value = serde_json::from_str(&expected_text)
        .map_err(|error| format!("{}: not JSON: {error}", expected_path.display()))?;
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "{file_name}: the analysis differs from {}:\n{}",
            expected_path.display(),
            first_difference(&expected, &actual, "$")
        ))
    }
}

/// Describes the first place where two JSON values differ, as a JSON path and both values.
fn first_difference(expected: &serde_json::Value, actual: &serde_json::Value, path: &str) -> String {
    use serde_json::Value;
    match (expected, actual) {
        (Value::Object(expected_object), Value::Object(actual_object)) => {
            for (key, expected_value) in expected_object {
                match actual_object.get(key) {
                    Some(actual_value) if actual_value == expected_value => {}
                    Some(actual_value) => {
                        return first_difference(expected_value, actual_value, &format!("{path}.{key}"))
                    }
                    None => return format!("{path}.{key}: expected {expected_value}, missing"),
                }
            }
            let extra: Vec<_> = actual_object
                .keys()
                .filter(|key| !expected_object.contains_key(*key))
                .collect();
            format!("{path}: unexpected keys {extra:?}")
        }
        (Value::Array(expected_values), Value::Array(actual_values)) => {
            for (index, (expected_value, actual_value)) in
                expected_values.iter().zip(actual_values).enumerate()
            {
                if expected_value != actual_value {
                    return first_difference(expected_value, actual_value, &format!("{path}[{index}]"));
                }
            }
            format!(
                "{path}: expected {} items, got {}",
                expected_values.len(),
                actual_values.len()
            )
        }
        _ => format!("{path}:\n  expected {expected}\n  actual   {actual}"),
    }
}
