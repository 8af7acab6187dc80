//! The two data tables of the stance scorer, embedded in the binary and parsed once.
//!
//! `data/event_polarity.tsv` says what each PLOVER event type tells about the speaker's stance;
//! `data/polarity.tsv` is the polarity lexicon with the function words the scorer reads around
//! it. Both were written for rhetor. A row that does not parse is skipped and counted (a unit
//! test keeps the count at zero), so that a bad row can never make the analysis fail.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// The event polarity table, as shipped.
const EVENT_POLARITY_TSV: &str = include_str!("../data/event_polarity.tsv");
/// The polarity lexicon, as shipped.
const POLARITY_TSV: &str = include_str!("../data/polarity.tsv");

/// What one PLOVER event type says about stance (see the header of `data/event_polarity.tsv`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct EventPolarity {
    /// Added to the target when the speaker is the source.
    pub(crate) by_speaker: f64,
    /// Added to the source when the speaker reports a third party not doing it.
    pub(crate) omitted_source: f64,
    /// Added to the target of such a negated event.
    pub(crate) omitted_target: f64,
    /// Added to the source when a third party does it to the speaker's side.
    pub(crate) against_our_side: f64,
    /// Sign and strength of the act for the balance rule.
    pub(crate) balance: f64,
}

/// The role a lexicon word plays for the scorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordKind {
    /// A judgement of the actor it is said of.
    Quality,
    /// A hurtful act: negative for its agent, sympathy for its patient; `of X` is the patient.
    Harm,
    /// A hurtful act whose `of X` is its agent (`the aggression of X`).
    HarmOfAgent,
    /// Flips a following quality word, cancels a following harm word.
    Negator,
    /// A form of `be` that makes a following harm word passive.
    Passive,
    /// A preposition introducing a patient or a place (`in`, `against`, `to`).
    LinkPatient,
    /// The preposition `of`.
    LinkOf,
    /// A preposition introducing an agent (`by`, `from`).
    LinkAgent,
}

/// One lexicon entry: a phrase of one or more lowercase words.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LexiconEntry {
    /// The words after the first one (the first is the key of the lookup).
    pub(crate) following_words: Vec<String>,
    /// Polarity in [-1, 1]; 0 for function words.
    pub(crate) polarity: f64,
    /// Its role.
    pub(crate) kind: WordKind,
}

/// Both tables, parsed.
#[derive(Debug, Default)]
pub(crate) struct StanceTables {
    /// PLOVER type → its polarity row.
    pub(crate) event_polarity: FxHashMap<String, EventPolarity>,
    /// First word of a phrase → the phrases starting with it, longest first.
    pub(crate) lexicon: FxHashMap<String, Vec<LexiconEntry>>,
    /// Rows of either file that did not parse.
    pub(crate) skipped_rows: usize,
}

impl StanceTables {
    /// The tables of the binary, parsed on first use.
    pub(crate) fn get() -> &'static StanceTables {
        static TABLES: OnceLock<StanceTables> = OnceLock::new();
        TABLES.get_or_init(|| StanceTables::parse(EVENT_POLARITY_TSV, POLARITY_TSV))
    }

    /// Parses the two files' contents.
    pub(crate) fn parse(event_polarity_tsv: &str, polarity_tsv: &str) -> StanceTables {
        let mut tables = StanceTables::default();
        for line in data_lines(event_polarity_tsv) {
            match parse_event_polarity_row(line) {
                Some((plover, row)) => {
                    tables.event_polarity.insert(plover.to_owned(), row);
                }
                None => tables.skipped_rows += 1,
            }
        }
        for line in data_lines(polarity_tsv) {
            match parse_lexicon_row(line) {
                Some((first_word, entry)) => tables.lexicon.entry(first_word).or_default().push(entry),
                None => tables.skipped_rows += 1,
            }
        }
        // Longest phrase first, so that `ethnic cleansing` wins over a shorter entry.
        for entries in tables.lexicon.values_mut() {
            entries.sort_by_key(|entry| std::cmp::Reverse(entry.following_words.len()));
        }
        tables
    }
}

/// The lines of a TSV file that hold data: not blank, not comments.
fn data_lines(tsv: &str) -> impl Iterator<Item = &str> {
    tsv.lines()
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
}

/// `plover, by_speaker, omitted_source, omitted_target, against_our_side, balance`.
fn parse_event_polarity_row(line: &str) -> Option<(&str, EventPolarity)> {
    let mut fields = line.split('\t');
    let plover = fields.next()?.trim();
    let mut weight = || -> Option<f64> {
        let value: f64 = fields.next()?.trim().parse().ok()?;
        (value.is_finite() && (-2.0..=2.0).contains(&value)).then_some(value)
    };
    let row = EventPolarity {
        by_speaker: weight()?,
        omitted_source: weight()?,
        omitted_target: weight()?,
        against_our_side: weight()?,
        balance: weight()?,
    };
    if plover.is_empty() || fields.next().is_some() {
        return None;
    }
    Some((plover, row))
}

/// `phrase, polarity, kind`; returns the phrase's first word and its entry.
fn parse_lexicon_row(line: &str) -> Option<(String, LexiconEntry)> {
    let mut fields = line.split('\t');
    let phrase = fields.next()?.trim();
    let polarity: f64 = fields.next()?.trim().parse().ok()?;
    let kind = match fields.next()?.trim() {
        "quality" => WordKind::Quality,
        "harm" => WordKind::Harm,
        "harm_of_agent" => WordKind::HarmOfAgent,
        "negator" => WordKind::Negator,
        "passive" => WordKind::Passive,
        "link_patient" => WordKind::LinkPatient,
        "link_of" => WordKind::LinkOf,
        "link_agent" => WordKind::LinkAgent,
        _ => return None,
    };
    if fields.next().is_some() || !polarity.is_finite() || !(-1.0..=1.0).contains(&polarity) {
        return None;
    }
    // A lowercase phrase only: the scorer lowercases the text's words before the lookup.
    if phrase.chars().any(char::is_uppercase) {
        return None;
    }
    let mut words = phrase.split(' ').map(str::to_owned);
    let first_word = words.next().filter(|word| !word.is_empty())?;
    let following_words: Vec<String> = words.collect();
    if following_words.iter().any(String::is_empty) {
        return None;
    }
    Some((
        first_word,
        LexiconEntry {
            following_words,
            polarity,
            kind,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_shipped_tables_parses() {
        let tables = StanceTables::get();
        assert_eq!(tables.skipped_rows, 0);
        assert!(tables.event_polarity.len() >= 15);
        let scored_phrases = tables
            .lexicon
            .values()
            .flatten()
            .filter(|entry| entry.polarity != 0.0)
            .count();
        assert!(scored_phrases >= 200, "{scored_phrases} scored phrases");
    }

    #[test]
    fn bad_rows_are_counted_not_trusted() {
        let tables = StanceTables::parse(
            "ACCUSE\t-1\t0\t0\t0\nSUPPORT\tx\t0\t0\t0\t0\nAID\t1\t1\t1\t1\t9\n",
            "Occupation\t-1\tharm\nwar\t-1\tnonsense\nfine\t3\tquality\nethnic  cleansing\t-1\tharm\n",
        );
        assert!(tables.event_polarity.is_empty());
        assert!(tables.lexicon.is_empty());
        assert_eq!(tables.skipped_rows, 7);
    }

    #[test]
    fn longer_phrases_are_tried_first() {
        let tables = StanceTables::parse("", "ethnic\t-0.1\tquality\nethnic cleansing\t-1\tharm\n");
        let entries = &tables.lexicon["ethnic"];
        assert_eq!(entries[0].following_words, vec!["cleansing".to_owned()]);
    }
}
