//! The PETRARCH2 validation file (`PETR2_GSR_validation.xml`): news sentences with CAMEO codings,
//! partly coder-derived, so a silver standard. Each `<Sentence>` is analysed as a document of its
//! own, dated as the file says.

use std::path::Path;

use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_schema::Document;

use crate::event_scores::{actor_key, ComparableEvent, EventScores};
use crate::{EvaluationError, Result};

/// Evaluates the event coder on a PETRARCH2 validation file. Types are compared by CAMEO root
/// (the first two digits), actors by country (the first three letters of a CAMEO actor code).
///
/// # Errors
///
/// When the file cannot be read.
pub fn evaluate_petrarch_validation(path: &Path) -> Result<EventScores> {
    let xml = std::fs::read_to_string(path).map_err(|source| EvaluationError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let mut scores = EventScores::default();
    for record in validation_records(&xml) {
        let mut document = Document::new(record.id, record.text);
        document.date = record.date;
        let analysis = analyze(document, &AnalyzeOptions::default());
        let gold: Vec<ComparableEvent> = record
            .codings
            .iter()
            .map(|coding| ComparableEvent {
                trigger: None,
                event_type: cameo_root(&coding.event_code),
                source: country_of_cameo_actor(&coding.source_code),
                target: country_of_cameo_actor(&coding.target_code),
                negated: None,
                modality: None,
            })
            .collect();
        let predicted: Vec<ComparableEvent> = analysis
            .events
            .iter()
            .filter(|event| !event.negated)
            .map(|event| ComparableEvent {
                trigger: None,
                event_type: cameo_root(&event.cameo),
                source: actor_key(&analysis, event.source.as_deref()),
                target: actor_key(&analysis, event.target.as_deref()),
                negated: None,
                modality: None,
            })
            .collect();
        scores.add_sentence(&gold, &predicted);
    }
    Ok(scores)
}

/// One `<Sentence>` with its codings and text.
struct ValidationRecord {
    id: String,
    date: Option<String>,
    text: String,
    codings: Vec<Coding>,
}

struct Coding {
    event_code: String,
    source_code: String,
    target_code: String,
}

/// The records of the file. The format is a fixed, line-oriented XML; the reader takes the
/// attributes and the `<Text>` it needs and ignores the parses, and skips records it cannot read.
fn validation_records(xml: &str) -> Vec<ValidationRecord> {
    let mut records = Vec::new();
    for chunk in xml.split("<Sentence ").skip(1) {
        let Some(header_end) = chunk.find('>') else {
            continue;
        };
        let header = &chunk[..header_end];
        if attribute(header, "evaluate").as_deref() == Some("false") {
            continue;
        }
        let (Some(id), Some(text)) = (attribute(header, "id"), element_text(chunk, "Text")) else {
            continue;
        };
        let date = attribute(header, "date")
            .filter(|date| date.len() == 8)
            .map(|date| format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..8]));
        let codings = chunk
            .split("<EventCoding ")
            .skip(1)
            .filter_map(|coding| {
                let header = &coding[..coding.find('>')?];
                Some(Coding {
                    event_code: attribute(header, "eventcode")?,
                    source_code: attribute(header, "sourcecode")?,
                    target_code: attribute(header, "targetcode")?,
                })
            })
            .collect();
        records.push(ValidationRecord {
            id,
            date,
            text: text.split_whitespace().collect::<Vec<_>>().join(" "),
            codings,
        });
    }
    records
}

/// The value of `name="value"` in a tag's attributes.
fn attribute(header: &str, name: &str) -> Option<String> {
    let marker = format!("{name}=\"");
    let start = header.find(&marker)? + marker.len();
    let length = header[start..].find('"')?;
    Some(header[start..start + length].to_owned())
}

/// The text inside `<name>...</name>`.
fn element_text<'a>(chunk: &'a str, name: &str) -> Option<&'a str> {
    let start = chunk.find(&format!("<{name}>"))? + name.len() + 2;
    let length = chunk[start..].find(&format!("</{name}>"))?;
    Some(&chunk[start..start + length])
}

fn cameo_root(code: &str) -> String {
    code.chars().take(2).collect()
}

/// The country of a CAMEO actor code (`USAGOV` → `USA`); `---` and empty codes are unknown.
fn country_of_cameo_actor(code: &str) -> Option<String> {
    let country: String = code.chars().take(3).collect();
    (country.len() == 3 && country.chars().all(|c| c.is_ascii_uppercase())).then_some(country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_codings_and_dates() {
        let xml = r#"<Validation>
<Sentence category="X" date="20080804" id="S1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHN" />
<Text>
The minister visited
Beijing.
</Text>
<Parse>1 The</Parse>
<Sentence category="X" date="20080805" id="S2" evaluate="false"/>
<Text>Skipped.</Text>
</Validation>"#;
        let records = validation_records(xml);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].text, "The minister visited Beijing.");
        assert_eq!(records[0].date.as_deref(), Some("2008-08-04"));
        assert_eq!(
            country_of_cameo_actor(&records[0].codings[0].source_code).as_deref(),
            Some("USA")
        );
        assert_eq!(cameo_root(&records[0].codings[0].event_code), "04");
    }

    #[test]
    fn malformed_records_are_skipped_not_fatal() {
        assert!(validation_records("<Sentence id=\"x\"").is_empty());
        assert!(validation_records("<Sentence id=\"x\">no text").is_empty());
    }
}
