//! Speaker turns of transcripts: press conferences and joint remarks print each turn as a
//! paragraph that opens with its speaker in capitals (`SECRETARY BLINKEN: ...`, `FOREIGN
//! MINISTER KOFOD: ...`, `QUESTION: ...`). Inside a turn, `we` and `I` are that speaker, not the
//! publisher of the transcript: a foreign minister thanking his hosts at the State Department is
//! not the United States thanking anyone.

use std::ops::Range;

use rhetor_segment::Segmentation;

use crate::resolution::Resolver;

/// The longest speaker label, in words (`DEPUTY SECRETARY OF STATE WENDY R. SHERMAN`).
const LONGEST_LABEL_WORDS: usize = 8;

/// Labels of turns whose speaker is not an actor of the statement: a journalist's question, the
/// moderator, the operator. Their first person is left unresolved rather than given to anyone.
const ANONYMOUS_LABELS: &[&str] = &[
    "QUESTION",
    "Q",
    "MODERATOR",
    "OPERATOR",
    "PARTICIPANT",
    "REPORTER",
    "JOURNALIST",
    "AUDIENCE MEMBER",
    "STAFF",
    "INTERPRETER",
];

/// Labels of a journalist's question, whose `you` is whoever answers it.
const QUESTION_LABELS: &[&str] = &["QUESTION", "Q", "REPORTER", "JOURNALIST", "AUDIENCE MEMBER"];

/// Whether `turn` of `text` is a journalist's question (its label is one of [`QUESTION_LABELS`]
/// and its speaker unknown).
pub(crate) fn is_question(text: &str, turn: &SpeakerTurn) -> bool {
    turn.speaker.is_none()
        && text
            .get(turn.label.clone())
            .is_some_and(|label| QUESTION_LABELS.contains(&label.trim()))
}

/// Titles that, on a label whose person the gazetteer does not know, mark a foreign dignitary
/// (the publisher's own officials are addressed as `MR`, `MS`, `SECRETARY`, `AMBASSADOR`): such a
/// turn's first person is left unresolved rather than given to the publisher.
const FOREIGN_DIGNITARY_TITLES: &[&str] = &[
    "PRIME MINISTER",
    "FOREIGN MINISTER",
    "MINISTER",
    "PRESIDENT",
    "PREMIER",
    "CHANCELLOR",
    "KING",
    "QUEEN",
    "EMIR",
    "CROWN PRINCE",
    "SULTAN",
    "SHEIKH",
];

/// One speaker turn: from its label to the next turn's label (or the end of the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerTurn {
    /// The turn's byte range, label included.
    pub range: Range<usize>,
    /// The label's byte range (`SECRETARY BLINKEN`, without the colon).
    pub label: Range<usize>,
    /// The actor speaking in the turn; `None` when it is unknown (a journalist, an official the
    /// gazetteer does not know).
    pub speaker: Option<usize>,
}

/// The speaker label that opens `paragraph`, as a byte range of the text: one to
/// [`LONGEST_LABEL_WORDS`] words in capitals before a colon.
fn label_of(text: &str, paragraph: &Range<usize>) -> Option<Range<usize>> {
    let paragraph_text = text.get(paragraph.clone())?;
    let colon = paragraph_text.find(':')?;
    let label = paragraph_text[..colon].trim_end();
    let words = label.split_whitespace().count();
    let capitals_only = label
        .chars()
        .all(|character| character.is_uppercase() || matches!(character, ' ' | '.' | '\'' | '’' | '-'));
    let letters = label
        .chars()
        .filter(|character| character.is_alphabetic())
        .count();
    (capitals_only && letters >= 1 && (1..=LONGEST_LABEL_WORDS).contains(&words))
        .then(|| paragraph.start..paragraph.start + label.len())
}

/// Whether `label` is, or starts with, one of `phrases` (whole words).
fn starts_with_phrase(label: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|phrase| {
        label == *phrase
            || label
                .strip_prefix(phrase)
                .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// The family name of a label in gazetteer capitalisation (`KOFOD` → `Kofod`).
fn family_name(label: &str) -> Option<String> {
    let last = label.split_whitespace().last()?;
    let mut characters = last.chars();
    let first = characters.next()?;
    Some(
        first
            .to_uppercase()
            .chain(characters.flat_map(char::to_lowercase))
            .collect(),
    )
}

/// Finds the speaker turns of a transcript and resolves their speakers; `document_speaker` is
/// the speaker of turns by the publisher's own people. A text without labels has no turns.
pub(crate) fn find_turns(
    resolver: &mut Resolver<'_>,
    segmentation: &Segmentation,
    document_speaker: Option<usize>,
) -> Vec<SpeakerTurn> {
    let text = resolver.text;
    let mut turns: Vec<SpeakerTurn> = Vec::new();
    for paragraph in &segmentation.paragraphs {
        let Some(label) = label_of(text, &paragraph.range) else {
            continue;
        };
        if let Some(previous) = turns.last_mut() {
            previous.range.end = paragraph.range.start;
        }
        let label_text = text.get(label.clone()).unwrap_or("");
        let speaker = if starts_with_phrase(label_text, ANONYMOUS_LABELS) {
            None
        } else {
            let known = family_name(label_text).and_then(|surname| {
                resolver.resolve_turn_label(&surname, label.clone(), paragraph.sentences.start)
            });
            match known {
                // `SECRETARY BAKER` after `Secretary Baker`: an official named by a title that
                // is no foreign dignitary's serves the publisher's country, as the turns of the
                // publisher's own people do.
                Some(person)
                    if !starts_with_phrase(label_text, FOREIGN_DIGNITARY_TITLES)
                        && resolver
                            .registry
                            .actor(person)
                            .is_some_and(|actor| actor.country.is_none() && actor.organisation.is_none()) =>
                {
                    resolver.own_rank_officials.push(person);
                    Some(person)
                }
                Some(person) => Some(person),
                None if starts_with_phrase(label_text, FOREIGN_DIGNITARY_TITLES) => None,
                None => document_speaker,
            }
        };
        turns.push(SpeakerTurn {
            range: paragraph.range.start..text.len(),
            label,
            speaker,
        });
    }
    turns
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_capitals_before_a_colon() {
        let text = "SECRETARY BLINKEN: Thank you.\nNote: this is not a label.\nQ: Why?";
        let segmentation = rhetor_segment::segment(text);
        let labels: Vec<&str> = segmentation
            .paragraphs
            .iter()
            .filter_map(|paragraph| label_of(text, &paragraph.range))
            .map(|label| &text[label])
            .collect();
        assert_eq!(labels, ["SECRETARY BLINKEN", "Q"]);
    }

    #[test]
    fn family_names_take_gazetteer_capitalisation() {
        assert_eq!(family_name("FOREIGN MINISTER KOFOD").as_deref(), Some("Kofod"));
        assert_eq!(family_name("").as_deref(), None);
    }
}
