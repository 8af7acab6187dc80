//! The learned source model: which of a sentence's actors does the act of an event the rules
//! found no source for.
//!
//! The rules find a trigger's source by its role (a verb's subject, a noun's `by X` or `X's`, a
//! passive's agent, the speaker of an unattributed meeting), and where the grammar is longer than
//! their windows they find none: `For two decades, Pakistan has fought terrorism, defeating
//! terrorist groups` (the participle's doer is the main clause's subject), `the demand that Iran
//! restore our rights` (the speaker's demand). In the gold sentences about one coded event in
//! nine has no source, and for 58% of those the gold names one. The model ranks the candidates
//! a gold annotator chooses among: every actor with a mention in the event's sentence, the one
//! who claims the event (`reported_by`, usually the speaker) and no one. Each candidate is read
//! from where it stands relative to the trigger (before, after, inside it, outside the sentence;
//! how many words and other parties lie between; the words between and around its nearest
//! mention, every actor's mention read as `<party>`; the words right around the trigger), what
//! kind of actor it is, whether it is the target or shares the target's country, crossed with
//! the trigger and its CAMEO code. A logistic regression scores each candidate as the gold source
//! or not, and the best candidate becomes the source only when it is someone and its probability
//! leads the probability that no one is by more than the margin chosen by cross-validation over
//! the gold sets (kept as the model's threshold). That choice counts a source pinned on the wrong
//! party against the model even where none was wrong too: an analyst is better served by an
//! unknown doer than by a wrong one. Names never decide: a candidate is its position and kind, so
//! swapping two parties' names (`rhetor eval symmetry`) swaps their roles.
//!
//! A source the rules found is never replaced. Letting the model replace one as well (the same
//! features plus whether the rules chose the candidate; 5-fold cross-validation by gold set over
//! 276 sets) made 146 replacements at its best margin: 45 corrected a wrong source, 41 broke a
//! right one and 60 swapped one wrong source for another. The rules' sources are right nine
//! times in ten, and the model cannot tell which tenth is wrong. `rhetor
//! train event-sources` trains it from the gold sets (after the sense model, whose types it
//! reads) and writes `model/sources.rlm`.

use std::ops::Range;
use std::sync::OnceLock;

use rhetor_linear::{FeatureHasher, LinearModel, Normalisation, SparseVector, SparseVectorBuilder};
use rhetor_schema::{Actor, Event, Token};
use rhetor_segment::Segmentation;

use crate::coder::POSSESSIVE_DETERMINERS;
use crate::senses::masked_words_with_spans;

/// The model file `rhetor train event-sources` writes, embedded at build time.
const EMBEDDED_SOURCE_MODEL: &[u8] = include_bytes!("../model/sources.rlm");

/// The log2 of the model's hash buckets: a few thousand candidates of a few dozen features each
/// (2^18 buckets did no better in the cross-validation of the first design, which also replaced
/// found sources: 6,317 right sources against 6,327).
pub const SOURCE_BUCKETS_LOG2: u32 = 16;

/// How many of the words between a candidate's mention and the trigger, the nearest to the
/// trigger, are features.
const WORDS_BETWEEN: usize = 10;

/// A candidate for an event's source, with its features.
#[derive(Debug, Clone)]
pub struct SourceCandidate {
    /// The actor's id; `None` for the candidate that no one is the source.
    pub actor: Option<String>,
    /// Its features for the source model.
    pub features: SparseVector,
}

/// Where a candidate stands relative to the trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    /// Its nearest mention ends before the trigger starts.
    Before,
    /// Its nearest mention starts after the trigger ends.
    After,
    /// Its nearest mention overlaps the trigger (`Pakistan has fought terrorism`).
    Inside,
    /// It is not mentioned in the sentence (the event's claimant, usually the speaker).
    Outside,
    /// The candidate that the event has no source.
    NoOne,
}

impl Standing {
    fn as_str(self) -> &'static str {
        match self {
            Self::Before => "before",
            Self::After => "after",
            Self::Inside => "inside",
            Self::Outside => "outside",
            Self::NoOne => "none",
        }
    }
}

/// The model shipped in the binary; `None` if its file does not load (a build from a broken
/// checkout), in which case the rules' sources stand.
fn embedded_model() -> Option<&'static LinearModel> {
    static MODEL: OnceLock<Option<LinearModel>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            rhetor_linear::load(EMBEDDED_SOURCE_MODEL)
                .ok()
                .filter(|model| model.label_names().len() == 1 && model.thresholds().len() == 1)
        })
        .as_ref()
}

/// A number of words as a coarse bucket, so that the model learns near and far, not each count.
fn count_bucket(count: usize) -> &'static str {
    match count {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4-5",
        6..=8 => "6-8",
        9..=12 => "9-12",
        _ => "13+",
    }
}

/// The candidates for the source of `event`, an event the rules found no source for (whose
/// sentence is `sentence` in `text`, with its `tokens`; `actors` are the document's actors and
/// `parties` their mention ranges, see [`crate::party_ranges`]), each with its features: every
/// actor mentioned in the sentence, the event's claimant when it is not, and no one (last).
#[must_use]
pub fn source_candidates(
    hasher: &FeatureHasher,
    text: &str,
    sentence: Range<usize>,
    tokens: &[Token],
    actors: &[Actor],
    parties: &[Range<usize>],
    event: &Event,
) -> Vec<SourceCandidate> {
    let trigger = event.trigger.start..event.trigger.end;
    let trigger_words = text.get(trigger.clone()).unwrap_or("").to_lowercase();
    let cameo_root = event.cameo.get(..2).unwrap_or(&event.cameo);
    let parties_in_sentence = parties
        .iter()
        .filter(|party| sentence.start <= party.start && party.end <= sentence.end)
        .count();
    // The sentence's words are read once for every candidate.
    let sentence_words = masked_words_with_spans(text, tokens, parties, sentence.clone());
    let around_trigger = (
        words_inside(&sentence_words, sentence.start..trigger.start)
            .last()
            .map(|word| (*word).to_owned())
            .unwrap_or_else(|| "^".to_owned()),
        words_inside(&sentence_words, trigger.end..sentence.end)
            .first()
            .map(|word| (*word).to_owned())
            .unwrap_or_else(|| "$".to_owned()),
    );
    // Each actor of the sentence with its mention nearest the trigger, leaving out the possessive
    // determiners of another noun: `our` in `invaded by our neighbour` stands for the speaker, but
    // the one who invaded is the neighbour, whom no actor names (`its invasion` is the
    // possessor's act).
    let mentioned: Vec<(&Actor, Range<usize>)> = actors
        .iter()
        .filter_map(|actor| {
            let nearest = actor
                .mentions
                .iter()
                .filter(|mention| sentence.start <= mention.start && mention.end <= sentence.end)
                .filter(|mention| !possesses_another_noun(text, tokens, mention.start..mention.end, &trigger))
                .min_by_key(|mention| distance_in_bytes(mention.start..mention.end, &trigger))?;
            Some((actor, nearest.start..nearest.end))
        })
        .collect();
    let target_country = event
        .target
        .as_deref()
        .and_then(|target| actors.iter().find(|actor| actor.id == target))
        .and_then(|actor| actor.country.as_deref());
    let reader = CandidateReader {
        hasher,
        sentence_words: &sentence_words,
        event,
        trigger: trigger.clone(),
        trigger_words: &trigger_words,
        cameo_root,
        parties_in_sentence,
        around_trigger,
        target_country,
    };
    let mut candidates: Vec<SourceCandidate> = mentioned
        .iter()
        .map(|(actor, mention)| reader.candidate(Some(actor), Some(mention.clone())))
        .collect();
    if let Some(claimant) = event.reported_by.as_deref() {
        let mentioned = candidates
            .iter()
            .any(|candidate| candidate.actor.as_deref() == Some(claimant));
        if !mentioned {
            let actor = actors.iter().find(|actor| actor.id == claimant);
            candidates.push(reader.outside_candidate(claimant, actor));
        }
    }
    candidates.push(reader.candidate(None, None));
    candidates
}

/// The words of `words` (a sentence's, with their spans) that lie wholly inside `within`.
fn words_inside(words: &[(Range<usize>, String)], within: Range<usize>) -> Vec<&str> {
    words
        .iter()
        .filter(|(span, _)| within.start <= span.start && span.end <= within.end)
        .map(|(_, word)| word.as_str())
        .collect()
}

/// Whether a mention is a possessive determiner (`our`, `its`, `their`, ...) of a noun that is
/// not the trigger: it names the possessor, not the one who stands where it stands.
fn possesses_another_noun(
    text: &str,
    tokens: &[Token],
    mention: Range<usize>,
    trigger: &Range<usize>,
) -> bool {
    let words = text.get(mention.clone()).unwrap_or("").to_lowercase();
    if !POSSESSIVE_DETERMINERS.contains(&words.as_str()) {
        return false;
    }
    let possessed = tokens.iter().find(|token| token.start >= mention.end);
    possessed.is_some_and(|token| token.start != trigger.start)
}

/// Where a mention in the trigger's sentence stands relative to the trigger.
fn standing_of(mention: &Range<usize>, trigger: &Range<usize>) -> Standing {
    if mention.end <= trigger.start {
        Standing::Before
    } else if trigger.end <= mention.start {
        Standing::After
    } else {
        Standing::Inside
    }
}

/// How far a mention is from the trigger, in bytes (0 when they overlap).
fn distance_in_bytes(mention: Range<usize>, trigger: &Range<usize>) -> usize {
    // At most one of the two gaps is positive; both are 0 when the spans overlap.
    trigger.start.saturating_sub(mention.end) + mention.start.saturating_sub(trigger.end)
}

/// What every candidate of one event is read against.
struct CandidateReader<'a> {
    hasher: &'a FeatureHasher,
    /// The sentence's words, every mention read as `<party>` ([`masked_words_with_spans`]).
    sentence_words: &'a [(Range<usize>, String)],
    event: &'a Event,
    trigger: Range<usize>,
    trigger_words: &'a str,
    cameo_root: &'a str,
    parties_in_sentence: usize,
    /// The word right before the trigger and the word right after it (`<party>` for a mention,
    /// `^`/`$` at the sentence's ends): `attacked by` says the doer follows.
    around_trigger: (String, String),
    /// The country of the event's target, when it has one.
    target_country: Option<&'a str>,
}

impl CandidateReader<'_> {
    /// The features every candidate has: its standing, whether it is the rules' choice (no one:
    /// the model reads only events the rules found no source for), the target or the claimant,
    /// its kind of actor, each crossed with the trigger's words, CAMEO root and modality where
    /// that says which role the trigger gives it.
    fn common_features(
        &self,
        vector: &mut SparseVectorBuilder,
        standing: Standing,
        actor_id: Option<&str>,
        actor: Option<&Actor>,
    ) {
        let hasher = self.hasher;
        let side = standing.as_str();
        let rules = if actor_id.is_none() { "rules" } else { "other" };
        hasher.add_feature(vector, b'k', side, 1.0);

        hasher.add_feature(vector, b'x', &format!("{rules} {side}"), 1.0);
        hasher.add_feature(vector, b'X', &format!("{rules} {side} {}", self.cameo_root), 1.0);
        hasher.add_feature(vector, b'c', &format!("{side} {}", self.cameo_root), 1.0);
        hasher.add_feature(vector, b'C', &format!("{side} {}", self.event.cameo), 1.0);
        hasher.add_feature(vector, b't', &format!("{side} {}", self.trigger_words), 1.0);
        hasher.add_feature(
            vector,
            b'm',
            &format!("{side} {}", self.event.modality.as_str()),
            1.0,
        );
        hasher.add_feature(
            vector,
            b'n',
            &format!("{side} {}", count_bucket(self.parties_in_sentence)),
            1.0,
        );
        hasher.add_feature(vector, b'u', &format!("{side} {}", self.around_trigger.0), 1.0);
        hasher.add_feature(vector, b'v', &format!("{side} {}", self.around_trigger.1), 1.0);
        if let Some(actor) = actor {
            hasher.add_feature(
                vector,
                b's',
                &format!("{side} {}", count_bucket(actor.mentions.len())),
                1.0,
            );
        }
        if actor_id.is_some() {
            if actor_id == self.event.target.as_deref() {
                hasher.add_feature(vector, b'y', side, 1.0);
            }
            if actor_id == self.event.reported_by.as_deref() {
                hasher.add_feature(vector, b'q', side, 1.0);
                hasher.add_feature(vector, b'Q', &format!("{side} {}", self.cameo_root), 1.0);
            }
        } else {
            hasher.add_feature(vector, b'x', "rules found none", 1.0);
        }
        if let Some(actor) = actor {
            // An act is seldom done by the country it is done to (`Georgia was invaded by our
            // neighbour`, said by Georgia's government).
            if actor.country.is_some() && actor.country.as_deref() == self.target_country {
                hasher.add_feature(vector, b'z', side, 1.0);
            }
            hasher.add_feature(vector, b'a', &format!("{side} {}", actor.actor_type), 1.0);
            hasher.add_feature(
                vector,
                b'A',
                &format!(
                    "{side} {} {}",
                    actor.actor_type,
                    actor.sector.as_deref().unwrap_or("-")
                ),
                1.0,
            );
        }
    }

    /// A candidate mentioned in the sentence (its mention nearest the trigger is `mention`), or
    /// no one (`actor` and `mention` both `None`).
    fn candidate(&self, actor: Option<&Actor>, mention: Option<Range<usize>>) -> SourceCandidate {
        let mut vector = SparseVectorBuilder::new();
        let standing = mention
            .as_ref()
            .map_or(Standing::NoOne, |mention| standing_of(mention, &self.trigger));
        let actor_id = actor.map(|actor| actor.id.as_str());
        self.common_features(&mut vector, standing, actor_id, actor);
        if let Some(mention) = mention {
            self.position_features(&mut vector, standing, &mention);
        }
        SourceCandidate {
            actor: actor_id.map(str::to_owned),
            features: vector.finish(Normalisation::None),
        }
    }

    /// A candidate the sentence does not mention: the event's claimant.
    fn outside_candidate(&self, actor_id: &str, actor: Option<&Actor>) -> SourceCandidate {
        let mut vector = SparseVectorBuilder::new();
        self.common_features(&mut vector, Standing::Outside, Some(actor_id), actor);
        // First-person words say the speaker is in the sentence even when the actors stage did
        // not make them a mention.
        if self
            .sentence_words
            .iter()
            .any(|(_, word)| matches!(word.as_str(), "we" | "our" | "us" | "i"))
        {
            self.hasher
                .add_feature(&mut vector, b'p', "first person in sentence", 1.0);
        }
        SourceCandidate {
            actor: Some(actor_id.to_owned()),
            features: vector.finish(Normalisation::None),
        }
    }

    /// Where a mention stands: how many words and other parties lie between it and the trigger,
    /// the words between (the nearest to the trigger), the words right around it, and whether
    /// it opens the sentence.
    fn position_features(
        &self,
        vector: &mut SparseVectorBuilder,
        standing: Standing,
        mention: &Range<usize>,
    ) {
        let hasher = self.hasher;
        let side = standing.as_str();
        let between = match standing {
            Standing::Before => mention.end..self.trigger.start,
            Standing::After => self.trigger.end..mention.start,
            _ => mention.start..mention.start,
        };
        let words_between = words_inside(self.sentence_words, between);
        let parties_between = words_between.iter().filter(|word| **word == "<party>").count();
        hasher.add_feature(
            vector,
            b'd',
            &format!("{side} {}", count_bucket(words_between.len())),
            1.0,
        );
        hasher.add_feature(
            vector,
            b'D',
            &format!("{side} {} {}", count_bucket(words_between.len()), self.cameo_root),
            1.0,
        );
        hasher.add_feature(
            vector,
            b'r',
            &format!("{side} {}", count_bucket(parties_between)),
            1.0,
        );
        let nearest_to_trigger: Vec<&str> = match standing {
            Standing::After => words_between.iter().copied().take(WORDS_BETWEEN).collect(),
            _ => words_between.iter().copied().rev().take(WORDS_BETWEEN).collect(),
        };
        for word in &nearest_to_trigger {
            hasher.add_feature(vector, b'w', &format!("{side} {word}"), 1.0);
        }
        if let Some(first) = nearest_to_trigger.first() {
            hasher.add_feature(vector, b'W', &format!("{side} next to trigger {first}"), 1.0);
        }
        if let Some(last) = nearest_to_trigger.last() {
            hasher.add_feature(vector, b'W', &format!("{side} next to party {last}"), 1.0);
        }
        // The words right around the mention: the last word that ends before it, the first that
        // starts after it.
        let before_mention = self
            .sentence_words
            .iter()
            .rev()
            .find(|(span, _)| span.end <= mention.start)
            .map(|(_, word)| word);
        let after_mention = self
            .sentence_words
            .iter()
            .find(|(span, _)| span.start >= mention.end)
            .map(|(_, word)| word);
        match before_mention {
            Some(word) => hasher.add_feature(vector, b'b', &format!("{side} {word}"), 1.0),
            None => hasher.add_feature(vector, b'b', &format!("{side} opens the sentence"), 1.0),
        }
        if let Some(word) = after_mention {
            hasher.add_feature(vector, b'f', &format!("{side} {word}"), 1.0);
        }
    }
}

/// Names, with the embedded model, the source of each event the rules found none for whose best
/// candidate is someone and leads no one by more than the model's margin (see the module's
/// documentation); `parties` are the actors' mention ranges ([`crate::party_ranges`]).
pub(crate) fn choose_sources(
    text: &str,
    segmentation: &Segmentation,
    actors: &[Actor],
    parties: &[Range<usize>],
    events: &mut [Event],
) {
    let Some(model) = embedded_model() else {
        return;
    };
    let margin = model.thresholds()[0];
    let hasher = model.feature_hasher();
    for event in events.iter_mut().filter(|event| event.source.is_none()) {
        let Some(sentence) = segmentation.sentence_containing(event.trigger.start) else {
            continue;
        };
        let tokens = &segmentation.tokens[sentence.tokens.clone()];
        let candidates = source_candidates(
            &hasher,
            text,
            sentence.range.clone(),
            tokens,
            actors,
            parties,
            event,
        );
        let probabilities: Vec<f32> = candidates
            .iter()
            .map(|candidate| model.scores(&candidate.features)[0])
            .collect();
        if let Some(chosen) = candidate_filling_the_source(&candidates, &probabilities, margin) {
            event.source = candidates[chosen].actor.clone();
        }
    }
}

/// The index of the candidate that becomes the source of an event the rules found none for: the
/// most probable one, when it is someone and its probability leads the probability that no one
/// is by more than `margin`; `None` leaves the event without a source.
#[must_use]
pub fn candidate_filling_the_source(
    candidates: &[SourceCandidate],
    probabilities: &[f32],
    margin: f32,
) -> Option<usize> {
    let (best, best_probability) = probabilities
        .iter()
        .enumerate()
        .max_by(|left, right| left.1.total_cmp(right.1))?;
    let no_one_probability = candidates
        .iter()
        .zip(probabilities)
        .find(|(candidate, _)| candidate.actor.is_none())
        .map_or(0.0, |(_, probability)| *probability);
    (candidates[best].actor.is_some() && best_probability - no_one_probability > margin).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidates_of(text: &str, trigger: &str) -> (Vec<SourceCandidate>, Event) {
        let segmentation = rhetor_segment::segment(text);
        let actors = rhetor_actors::find_actors(text, &segmentation, &rhetor_actors::ActorContext::default());
        let start = text.find(trigger).expect("trigger in text");
        let event = Event {
            source: None,
            target: None,
            plover: "ASSAULT".to_owned(),
            cameo: "190".to_owned(),
            negated: false,
            modality: rhetor_schema::Modality::Asserted,
            reported_by: Some("org:speaker".to_owned()),
            trigger: rhetor_schema::Span {
                start,
                end: start + trigger.len(),
                text: trigger.to_owned(),
            },
            confidence: 0.5,
        };
        let sentence = segmentation.sentence_containing(start).expect("in a sentence");
        let hasher = FeatureHasher::new(SOURCE_BUCKETS_LOG2).expect("hasher");
        let candidates = source_candidates(
            &hasher,
            text,
            sentence.range.clone(),
            &segmentation.tokens[sentence.tokens.clone()],
            &actors.actors,
            &crate::party_ranges(&actors.actors),
            &event,
        );
        (candidates, event)
    }

    #[test]
    fn every_actor_of_the_sentence_the_claimant_and_no_one_are_candidates() {
        let (candidates, _) = candidates_of("Russia attacked Ukraine. France protested.", "attacked");
        let ids: Vec<Option<&str>> = candidates
            .iter()
            .map(|candidate| candidate.actor.as_deref())
            .collect();
        assert!(ids.contains(&Some("RUS")), "{ids:?}");
        assert!(ids.contains(&Some("UKR")), "{ids:?}");
        assert!(!ids.contains(&Some("FRA")), "another sentence's actor: {ids:?}");
        assert!(ids.contains(&Some("org:speaker")), "{ids:?}");
        assert_eq!(ids.last(), Some(&None));
    }

    #[test]
    fn swapping_the_parties_names_swaps_their_features() {
        let (first, _) = candidates_of("Russia attacked Ukraine.", "attacked");
        let (second, _) = candidates_of("Ukraine attacked Russia.", "attacked");
        let features_of = |candidates: &[SourceCandidate], id: &str| {
            candidates
                .iter()
                .find(|candidate| candidate.actor.as_deref() == Some(id))
                .map(|candidate| candidate.features.clone())
                .expect("candidate")
        };
        assert_eq!(features_of(&first, "RUS"), features_of(&second, "UKR"));
        assert_eq!(features_of(&first, "UKR"), features_of(&second, "RUS"));
    }

    #[test]
    fn someone_becomes_the_source_only_when_leading_no_one_by_more_than_the_margin() {
        let candidate = |actor: Option<&str>| SourceCandidate {
            actor: actor.map(str::to_owned),
            features: SparseVectorBuilder::new().finish(Normalisation::None),
        };
        let candidates = [candidate(Some("RUS")), candidate(Some("UKR")), candidate(None)];
        assert_eq!(
            candidate_filling_the_source(&candidates, &[0.2, 0.7, 0.3], 0.3),
            Some(1)
        );
        assert_eq!(
            candidate_filling_the_source(&candidates, &[0.2, 0.7, 0.5], 0.3),
            None
        );
        // No one is the most probable: the event stays without a source.
        assert_eq!(
            candidate_filling_the_source(&candidates, &[0.2, 0.1, 0.6], 0.0),
            None
        );
    }

    #[test]
    fn the_embedded_model_loads_with_one_label_and_a_margin_inside_zero_one() {
        let model = embedded_model().expect("model/sources.rlm loads");
        let margin = model.thresholds()[0];
        assert!((0.0..1.0).contains(&margin), "margin {margin}");
    }
}
