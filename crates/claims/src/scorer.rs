//! Scoring sentences with the shipped model.

use std::sync::OnceLock;

use std::ops::Range;

use rhetor_actors::ActorAnalysis;
use rhetor_linear::LinearModel;
use rhetor_schema::{Claim, Event, Span};
use rhetor_segment::Segmentation;

use crate::claim_types::claim_type;
use crate::clauses::clauses;
use crate::features::sentence_features;
use crate::ClaimsError;

/// The model file `rhetor train claims` wrote, embedded at build time.
const EMBEDDED_MODEL: &[u8] = include_bytes!("../model/checkworthiness.rlm");

/// A check-worthiness scorer: a model and its threshold.
#[derive(Debug, Clone)]
pub struct ClaimScorer {
    model: LinearModel,
}

impl ClaimScorer {
    /// The scorer of the shipped model, loaded once.
    ///
    /// # Errors
    ///
    /// When the embedded model file is not a valid model (a build that embedded a bad file).
    pub fn embedded() -> Result<&'static ClaimScorer, &'static ClaimsError> {
        static SCORER: OnceLock<Result<ClaimScorer, ClaimsError>> = OnceLock::new();
        SCORER
            .get_or_init(|| ClaimScorer::from_model_file(EMBEDDED_MODEL))
            .as_ref()
    }

    /// A scorer from the bytes of a model file.
    ///
    /// # Errors
    ///
    /// When the bytes are not a valid model file.
    pub fn from_model_file(bytes: &[u8]) -> Result<ClaimScorer, ClaimsError> {
        Ok(ClaimScorer {
            model: rhetor_linear::load(bytes)?,
        })
    }

    /// A scorer around a model (as training produces it).
    pub fn from_model(model: LinearModel) -> ClaimScorer {
        ClaimScorer { model }
    }

    /// The check-worthiness of one sentence, in [0, 1].
    pub fn score(&self, sentence: &str) -> f32 {
        let features = sentence_features(sentence, &self.model.feature_hasher());
        self.model.scores(&features).first().copied().unwrap_or(0.0)
    }

    /// The score at and above which a sentence is check-worthy.
    pub fn threshold(&self) -> f32 {
        self.model.thresholds().first().copied().unwrap_or(0.5)
    }

    /// What the model file says about how it was made (JSON written by training).
    pub fn metadata(&self) -> &str {
        self.model.metadata()
    }
}

/// Scores every sentence of `text` with the shipped model and returns them as claims, highest
/// score first (ties in text order).
///
/// A compound sentence's claim is its best-scoring clause when that clause scores higher than
/// the whole sentence, so that the span is what a fact-checker should check. Each claim says what
/// kind of fact it asserts and which actors (`actors`) it is about; `events` tell whether an
/// event is asserted or denied in it.
///
/// # Errors
///
/// When the embedded model cannot be loaded.
pub fn find_claims(
    text: &str,
    segmentation: &Segmentation,
    actors: &ActorAnalysis,
    events: &[Event],
) -> Result<Vec<Claim>, &'static ClaimsError> {
    let scorer = ClaimScorer::embedded()?;
    let threshold = scorer.threshold();
    let mut claims: Vec<Claim> = segmentation
        .sentences
        .iter()
        .map(|sentence| {
            let sentence_tokens = &segmentation.tokens[sentence.tokens.clone()];
            let (range, score) = std::iter::once(sentence.range.clone())
                .chain(clauses(text, sentence_tokens))
                .map(|range| {
                    let score = scorer.score(&text[range.clone()]);
                    (range, score)
                })
                .fold(None, |best: Option<(Range<usize>, f32)>, candidate| match best {
                    Some(best) if best.1 >= candidate.1 => Some(best),
                    _ => Some(candidate),
                })
                .unwrap_or((sentence.range.clone(), 0.0));
            let claim_tokens: Vec<_> = sentence_tokens
                .iter()
                .filter(|token| range.start <= token.start && token.end <= range.end)
                .copied()
                .collect();
            let has_event = events
                .iter()
                .any(|event| range.start <= event.trigger.start && event.trigger.end <= range.end);
            Claim {
                score: round_to_thousandths(score),
                checkworthy: score >= threshold,
                claim_type: claim_type(text, &claim_tokens, has_event).map(str::to_owned),
                about: actors_in(actors, &range),
                span: Span::of(text, range),
            }
        })
        .collect();
    claims.sort_by(|left, right| right.score.total_cmp(&left.score));
    Ok(claims)
}

/// The ids of the actors mentioned in `range`, in order of first mention, without the speaker.
fn actors_in(actors: &ActorAnalysis, range: &Range<usize>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for mention in actors
        .mentions
        .iter()
        .filter(|mention| range.start <= mention.range.start && mention.range.end <= range.end)
    {
        if Some(mention.actor) == actors.speaker {
            continue;
        }
        if let Some(actor) = actors.actors.get(mention.actor) {
            if !ids.contains(&actor.id) {
                ids.push(actor.id.clone());
            }
        }
    }
    ids
}

/// Scores are printed with three decimals: more digits are noise.
fn round_to_thousandths(score: f32) -> f64 {
    (f64::from(score) * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_loads_and_ranks_a_figure_above_a_courtesy() {
        let scorer = ClaimScorer::embedded().expect("the shipped model loads");
        assert!(
            scorer.metadata().contains("\"threshold_chosen_on\": \"dev\""),
            "{}",
            scorer.metadata()
        );
        let factual =
            scorer.score("Unemployment rose by 12 percent in 2023, the highest rate in thirty years.");
        let courtesy = scorer.score("Thank you very much, and good evening to all of you.");
        assert!(
            factual > scorer.threshold(),
            "{factual} vs {}",
            scorer.threshold()
        );
        assert!(
            courtesy < scorer.threshold(),
            "{courtesy} vs {}",
            scorer.threshold()
        );
    }

    #[test]
    fn every_sentence_becomes_a_ranked_claim_that_slices_the_text() {
        let text = "We thank the delegates. The army shelled 14 villages in March, killing 31 civilians.";
        let claims = find_claims(
            text,
            &rhetor_segment::segment(text),
            &ActorAnalysis::default(),
            &[],
        )
        .expect("the shipped model loads");
        assert_eq!(claims.len(), 2);
        assert!(claims[0].score >= claims[1].score);
        assert!(claims[0].span.text.starts_with("The army"));
        assert!(claims.iter().all(|claim| claim.span.slices(text)));
    }

    #[test]
    fn a_corrupt_model_file_is_an_error_not_a_panic() {
        assert!(ClaimScorer::from_model_file(b"not a model").is_err());
    }
}
