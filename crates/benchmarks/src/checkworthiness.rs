//! CheckThat! 2024 check-worthiness (English): `Sentence_id<TAB>Text<TAB>Yes|No`, with a header.
//!
//! One line of the training file holds two records, the second glued to the first one's label
//! (`...<TAB>No29286<TAB>You can't ...<TAB>No`); the reader splits such lines back into their
//! records rather than losing one.

use std::path::Path;

use crate::error::{numbered_data_lines, read_text, BenchmarkError, Result};

/// One labelled sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckworthySentence {
    /// The sentence id of the file.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// Whether the sentence is check-worthy (`Yes`).
    pub checkworthy: bool,
}

/// Reads a CheckThat! check-worthiness TSV file.
///
/// # Errors
///
/// When the file cannot be read, or a line has no label or an unknown one.
pub fn read_checkworthiness(path: &Path) -> Result<Vec<CheckworthySentence>> {
    let content = read_text(path)?;
    let path_display = path.display().to_string();
    let mut sentences = Vec::new();
    for (line_number, line) in numbered_data_lines(&content) {
        if line_number == 1 && line.starts_with("Sentence_id") {
            continue;
        }
        let bad_line = |message: &str| BenchmarkError::bad_line(&path_display, line_number, message);
        let fields: Vec<&str> = line.split('\t').collect();
        // Records are (id, text, label) triples; a glued line has 5 fields, the middle one being
        // the first label followed by the second id.
        let records: Vec<(&str, &str, &str)> = match fields[..] {
            [id, text, label] => vec![(id, text, label)],
            [id, text, glued, second_text, second_label] => {
                let label_length = ["Yes", "No"]
                    .iter()
                    .find(|label| glued.starts_with(**label))
                    .map(|label| label.len())
                    .ok_or_else(|| bad_line("a glued record has no Yes/No label"))?;
                vec![
                    (id, text, &glued[..label_length]),
                    (&glued[label_length..], second_text, second_label),
                ]
            }
            _ => {
                return Err(bad_line(&format!(
                    "expected 3 tab-separated fields, found {}",
                    fields.len()
                )))
            }
        };
        for (id, text, label) in records {
            let checkworthy = match label.trim() {
                "Yes" => true,
                "No" => false,
                other => return Err(bad_line(&format!("unknown label {other:?}"))),
            };
            sentences.push(CheckworthySentence {
                id: id.trim().to_owned(),
                text: text.to_owned(),
                checkworthy,
            });
        }
    }
    Ok(sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(content: &str) -> Result<Vec<CheckworthySentence>> {
        let file = tempfile::NamedTempFile::new().expect("a temporary file");
        std::fs::write(file.path(), content).expect("writable");
        read_checkworthiness(file.path())
    }

    #[test]
    fn reads_records_and_skips_the_header() {
        let sentences =
            read("Sentence_id\tText\tclass_label\n1\tTaxes rose by 4 percent.\tYes\n2\tThank you.\tNo\n")
                .expect("a valid file");
        assert_eq!(sentences.len(), 2);
        assert!(sentences[0].checkworthy);
        assert_eq!(sentences[1].text, "Thank you.");
    }

    #[test]
    fn splits_two_glued_records() {
        let sentences =
            read("Sentence_id\tText\tclass_label\n7\tWe must invest.\tNo29286\tJobs fell by half.\tYes\n")
                .expect("a valid file");
        let ids: Vec<&str> = sentences.iter().map(|sentence| sentence.id.as_str()).collect();
        assert_eq!(ids, ["7", "29286"]);
        assert!(!sentences[0].checkworthy && sentences[1].checkworthy);
    }

    #[test]
    fn names_the_line_of_a_bad_record() {
        let error = read("Sentence_id\tText\tclass_label\n1\tno label here\n").expect_err("a bad line");
        assert!(
            error
                .to_string()
                .ends_with(":2: expected 3 tab-separated fields, found 2"),
            "{error}"
        );
    }
}
