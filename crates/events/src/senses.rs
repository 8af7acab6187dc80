//! The learned sense model: which PLOVER type a cooperative trigger has in its context.
//!
//! The rules give `support` one meaning per role (diplomatic support, 05x, as CAMEO's verb
//! dictionary codes it), but the same word is material aid (`support to my country`, 07x) or an
//! announced intent (`will support`, 03x) as often as the words around it say. The gold sets
//! written for rhetor, up to the 155th, code 860 `support` events: 439 as 051, 288 as 07x, about
//! 90 as 03x. The hand-written refinements (`data/refinements.tsv`) catch some of it; this model
//! reads the rest from the words around the trigger.
//!
//! It is a one-vs-rest logistic regression (`rhetor-linear`) over hashed features of the trigger,
//! the rules' CAMEO code and modality, the six words on each side (every actor mention read as
//! `<party>`), and whether the rules found a source and a target. It is applied to the events whose CAMEO root is one of
//! [`SENSE_FAMILY_ROOTS`] (intents, consultation, support, cooperation, aid), and changes an
//! event's type only when it scores another type above the rules' one; the new CAMEO code is the
//! one the gold gives most often to that pair of rules' code and type, a table kept in the model
//! file. `rhetor train event-senses` trains it from the gold sets with the rules alone, prints the
//! cross-validation by gold set, and writes `model/senses.rlm`.

use std::ops::Range;
use std::sync::OnceLock;

use rhetor_linear::{FeatureHasher, LinearModel, Normalisation, SparseVector, SparseVectorBuilder};
use rhetor_schema::{Actor, Event, Token};
use rhetor_segment::Segmentation;

/// The CAMEO roots whose events the model may retype: express intent to cooperate (03),
/// consult (04), engage in diplomatic cooperation (05), material cooperation (06), provide aid
/// (07). Their words are the ones whose sense the gold sets split between these types.
const SENSE_FAMILY_ROOTS: [&str; 5] = ["03", "04", "05", "06", "07"];

/// How many words on each side of the trigger are features.
const CONTEXT_WORDS: usize = 6;

/// The log2 of the model's hash buckets: a few thousand examples of a few dozen features each.
pub const SENSE_BUCKETS_LOG2: u32 = 16;

/// The model file `rhetor train event-senses` writes, embedded at build time.
const EMBEDDED_SENSE_MODEL: &[u8] = include_bytes!("../model/senses.rlm");

/// The trained model and its table of CAMEO codes.
#[derive(Debug)]
struct EventSenseModel {
    model: LinearModel,
    /// `(rules' CAMEO code, type) → CAMEO code`, then `(type) → CAMEO code` for pairs the
    /// training data lacks.
    cameo_for_pair: Vec<(String, String, String)>,
    cameo_for_type: Vec<(String, String)>,
}

impl EventSenseModel {
    /// Wraps a trained model; its metadata holds the CAMEO table, one `code<TAB>type<TAB>code`
    /// or `-<TAB>type<TAB>code` line per entry (see [`cameo_table_metadata`]).
    fn new(model: LinearModel) -> Self {
        let mut cameo_for_pair = Vec::new();
        let mut cameo_for_type = Vec::new();
        for line in model.metadata().lines() {
            let mut fields = line.split('\t');
            if let (Some(rules_code), Some(plover), Some(cameo)) =
                (fields.next(), fields.next(), fields.next())
            {
                if rules_code == "-" {
                    cameo_for_type.push((plover.to_owned(), cameo.to_owned()));
                } else {
                    cameo_for_pair.push((rules_code.to_owned(), plover.to_owned(), cameo.to_owned()));
                }
            }
        }
        Self {
            model,
            cameo_for_pair,
            cameo_for_type,
        }
    }

    /// The model shipped in the binary; `None` if its file does not load (a build from a broken
    /// checkout), in which case the rules' types stand.
    fn embedded() -> Option<&'static Self> {
        static MODEL: OnceLock<Option<EventSenseModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| rhetor_linear::load(EMBEDDED_SENSE_MODEL).ok().map(Self::new))
            .as_ref()
    }

    /// The type and CAMEO code the model gives `event` (of the family, whose sentence is
    /// `sentence` in `text`, with its `tokens`), or `None` when it keeps the rules' type.
    fn retyped(
        &self,
        text: &str,
        sentence: Range<usize>,
        tokens: &[Token],
        parties: &[Range<usize>],
        event: &Event,
    ) -> Option<(String, String)> {
        let vector = sense_features(
            &self.model.feature_hasher(),
            text,
            sentence,
            tokens,
            parties,
            event,
        );
        let scores = self.model.scores(&vector);
        let best = chosen_type(self.model.label_names(), &scores, &event.plover)?;
        let cameo = self
            .cameo_for_pair
            .iter()
            .find(|(rules_code, plover, _)| *rules_code == event.cameo && plover == best)
            .map(|(_, _, cameo)| cameo)
            .or_else(|| {
                self.cameo_for_type
                    .iter()
                    .find(|(plover, _)| plover == best)
                    .map(|(_, cameo)| cameo)
            })?;
        Some((best.to_owned(), cameo.clone()))
    }
}

/// The type a model's `scores` (one per name in `names`) choose instead of the rules' type
/// `rules_plover`: the best-scoring one, when it scores above the rules' type (a type the model
/// does not know scores 0); `None` keeps the rules' type.
#[must_use]
pub fn chosen_type<'names>(
    names: &'names [String],
    scores: &[f32],
    rules_plover: &str,
) -> Option<&'names str> {
    let (best, best_score) = scores
        .iter()
        .zip(names)
        .max_by(|left, right| left.0.total_cmp(right.0))
        .map(|(score, name)| (name.as_str(), *score))?;
    let rules_score = names
        .iter()
        .zip(scores)
        .find(|(name, _)| *name == rules_plover)
        .map_or(0.0, |(_, score)| *score);
    (best != rules_plover && best_score > rules_score).then_some(best)
}

/// Whether the model may retype an event with this CAMEO code.
#[must_use]
pub fn is_in_sense_family(cameo: &str) -> bool {
    SENSE_FAMILY_ROOTS.iter().any(|root| cameo.starts_with(root))
}

/// Retypes, with the embedded model, the events of the family whose context says another type
/// (see the module's documentation); `parties` are the actors' mention ranges ([`party_ranges`]).
pub(crate) fn retype_by_sense(
    text: &str,
    segmentation: &Segmentation,
    parties: &[Range<usize>],
    events: &mut [Event],
) {
    let Some(model) = EventSenseModel::embedded() else {
        return;
    };
    for event in events.iter_mut().filter(|event| is_in_sense_family(&event.cameo)) {
        let Some(sentence) = segmentation.sentence_containing(event.trigger.start) else {
            continue;
        };
        let tokens = &segmentation.tokens[sentence.tokens.clone()];
        if let Some((plover, cameo)) = model.retyped(text, sentence.range.clone(), tokens, parties, event) {
            event.plover = plover;
            event.cameo = cameo;
        }
    }
}

/// The features of an event for the sense model: the trigger's words, the rules' CAMEO code and
/// modality, the words before and after the trigger in its sentence (all six, and apart the two
/// and the one nearest), and whether the rules found a source and a target. `tokens` are the
/// sentence's token ranges in `text`; each actor's mention (`parties`, see [`party_ranges`]) reads
/// as one word `<party>`, so that a name never decides a type and swapping two parties' names
/// (`rhetor eval symmetry`) cannot change one. Each feature counts 1, unnormalised: in the
/// cross-validation over the first 156 gold sets (names then read as words), L2-normalised
/// vectors gained about half as much over the rules (2,437 against 2,466 right types of 2,858;
/// the rules 2,392).
#[must_use]
pub fn sense_features(
    hasher: &FeatureHasher,
    text: &str,
    sentence: Range<usize>,
    tokens: &[Token],
    parties: &[Range<usize>],
    event: &Event,
) -> SparseVector {
    let before = masked_words(text, tokens, parties, sentence.start..event.trigger.start);
    let after = masked_words(text, tokens, parties, event.trigger.end..sentence.end);
    let mut vector = SparseVectorBuilder::new();
    let trigger = text
        .get(event.trigger.start..event.trigger.end)
        .unwrap_or("")
        .to_lowercase();
    hasher.add_feature(&mut vector, b't', &trigger, 1.0);
    hasher.add_feature(&mut vector, b'c', &event.cameo, 1.0);
    hasher.add_feature(&mut vector, b'm', event.modality.as_str(), 1.0);
    for (distance, word) in before.iter().rev().take(CONTEXT_WORDS).enumerate() {
        hasher.add_feature(&mut vector, b'l', word, 1.0);
        if distance < 2 {
            hasher.add_feature(&mut vector, b'L', word, 1.0);
        }
        if distance == 0 {
            hasher.add_feature(&mut vector, b'1', word, 1.0);
        }
    }
    for (distance, word) in after.iter().take(CONTEXT_WORDS).enumerate() {
        hasher.add_feature(&mut vector, b'r', word, 1.0);
        if distance < 2 {
            hasher.add_feature(&mut vector, b'R', word, 1.0);
        }
        if distance == 0 {
            hasher.add_feature(&mut vector, b'2', word, 1.0);
        }
    }
    hasher.add_feature(
        &mut vector,
        b's',
        if event.source.is_some() { "named" } else { "none" },
        1.0,
    );
    hasher.add_feature(
        &mut vector,
        b'g',
        if event.target.is_some() { "named" } else { "none" },
        1.0,
    );
    vector.finish(Normalisation::None)
}

/// The byte ranges of every mention of every actor (names, compositions, metonyms, anaphors,
/// the speaker's `we`), sorted: the words the sense model reads as `<party>`. The mentions the
/// actors stage found are used rather than `rhetor_actors::tokens_with_party_names`, which the
/// claims and technique models use: that one masks only the gazetteer's countries and office
/// holders (not organisations, capitals or pronouns), and would read each sentence's names again.
#[must_use]
pub fn party_ranges(actors: &[Actor]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = actors
        .iter()
        .flat_map(|actor| actor.mentions.iter().map(|mention| mention.start..mention.end))
        .collect();
    ranges.sort_by_key(|range| (range.start, range.end));
    ranges
}

/// The lowercase words of the tokens inside `within`, with the tokens of one mention in
/// `parties` (sorted) read as a single `<party>`.
pub(crate) fn masked_words(
    text: &str,
    tokens: &[Token],
    parties: &[Range<usize>],
    within: Range<usize>,
) -> Vec<String> {
    masked_words_with_spans(text, tokens, parties, within)
        .into_iter()
        .map(|(_, word)| word)
        .collect()
}

/// The words of [`masked_words`], each with the byte range it covers (a `<party>` from its first
/// token's start to its last token's end).
pub(crate) fn masked_words_with_spans(
    text: &str,
    tokens: &[Token],
    parties: &[Range<usize>],
    within: Range<usize>,
) -> Vec<(Range<usize>, String)> {
    let mut words: Vec<(Range<usize>, String)> = Vec::new();
    let mut last_party: Option<usize> = None;
    for token in tokens
        .iter()
        .filter(|token| within.start <= token.start && token.end <= within.end)
    {
        // The last mention that starts before the token's end is the only one that can hold it.
        let candidate = parties
            .partition_point(|party| party.start < token.end)
            .checked_sub(1);
        match candidate.filter(|&index| parties[index].end > token.start) {
            Some(index) if last_party == Some(index) => {
                if let Some((span, _)) = words.last_mut() {
                    span.end = token.end;
                }
            }
            Some(index) => {
                words.push((token.start..token.end, "<party>".to_owned()));
                last_party = Some(index);
            }
            None => {
                words.push((
                    token.start..token.end,
                    text.get(token.start..token.end).unwrap_or("").to_lowercase(),
                ));
                last_party = None;
            }
        }
    }
    words
}

/// The metadata line format [`EventSenseModel::new`] reads: `(rules' code, type, code)` entries,
/// then `(type, code)` entries written with `-` for the rules' code.
#[must_use]
pub fn cameo_table_metadata(pairs: &[(String, String, String)], types: &[(String, String)]) -> String {
    let mut metadata = String::new();
    for (rules_code, plover, cameo) in pairs {
        metadata.push_str(&format!("{rules_code}\t{plover}\t{cameo}\n"));
    }
    for (plover, cameo) in types {
        metadata.push_str(&format!("-\t{plover}\t{cameo}\n"));
    }
    metadata
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(types: &[&str]) -> Vec<String> {
        types.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn the_rules_type_stands_unless_another_scores_above_it() {
        let types = names(&["AGREE", "AID", "SUPPORT"]);
        assert_eq!(chosen_type(&types, &[0.1, 0.7, 0.2], "SUPPORT"), Some("AID"));
        assert_eq!(chosen_type(&types, &[0.1, 0.2, 0.7], "SUPPORT"), None);
        // A tie keeps the rules' type.
        assert_eq!(chosen_type(&types, &[0.1, 0.5, 0.5], "SUPPORT"), None);
        // A type the model does not know scores 0, so any positive score replaces it.
        assert_eq!(chosen_type(&types, &[0.0, 0.3, 0.1], "CONSULT"), Some("AID"));
    }

    #[test]
    fn the_embedded_model_loads_with_its_cameo_table() {
        let model = EventSenseModel::embedded().expect("model/senses.rlm loads");
        let labels = model.model.label_names();
        for expected in ["AGREE", "AID", "SUPPORT"] {
            assert!(
                labels.iter().any(|label| label == expected),
                "{labels:?} lacks {expected}"
            );
        }
        // Every type the model can choose has a CAMEO code of the family to take.
        for label in labels {
            let (_, cameo) = model
                .cameo_for_type
                .iter()
                .find(|(plover, _)| plover == label)
                .unwrap_or_else(|| panic!("no CAMEO code for {label}"));
            assert!(!cameo.is_empty());
        }
    }

    #[test]
    fn a_mention_reads_as_one_party_word_whatever_its_name() {
        let read = |text: &str, mention: &str| {
            let tokens = rhetor_segment::tokenize(text);
            let start = text.find(mention).expect("the mention is in the text");
            let mention_range: Range<usize> = start..start + mention.len();
            let parties = [mention_range];
            masked_words(text, &tokens, &parties, 0..text.len())
        };
        let united_states = read("the support of the United States to Ukraine", "the United States");
        let russia = read("the support of Russia to Ukraine", "Russia");
        assert_eq!(
            united_states,
            ["the", "support", "of", "<party>", "to", "ukraine"]
        );
        // Swapping the parties' names, as the symmetry check does, leaves the words alike.
        assert_eq!(united_states, russia);
    }

    #[test]
    fn only_the_cooperative_roots_are_retyped() {
        assert!(is_in_sense_family("052"));
        assert!(is_in_sense_family("0333"));
        assert!(!is_in_sense_family("111"));
        assert!(!is_in_sense_family("190"));
    }
}
