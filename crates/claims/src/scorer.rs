//! Scoring sentences with a shipped model: the fast tier (sparse features, embedded and always
//! available) or the accurate tier (sparse features and a sentence embedding, opt-in, needing
//! the encoder's weights).

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use rhetor_actors::ActorAnalysis;
use rhetor_embed::{Embedding, SentenceEmbedder};
use rhetor_linear::{FeatureHasher, LinearModel};
use rhetor_schema::{Claim, Event, Span};
use rhetor_segment::Segmentation;

use crate::claim_types::{claim_type, LEGAL_STATUS};
use crate::clauses::clauses;
use crate::evaluative::{is_pure_evaluation, pure_evaluation_factor};
use crate::features::{add_embedding, logistic, CharacterNgramCache, MarginSink, SentenceForms, WeightTable};
use crate::ClaimsError;

/// The fast tier's model file, written by `rhetor train claims`, embedded at build time.
const EMBEDDED_MODEL: &[u8] = include_bytes!("../model/checkworthiness.rlm");

/// The accurate tier's model file, written by `rhetor train claims --accurate`, embedded at
/// build time (the encoder's weights are not: they are read at run time).
const EMBEDDED_ACCURATE_MODEL: &[u8] = include_bytes!("../model/checkworthiness-accurate.rlm");

/// A check-worthiness scorer: a model, its threshold, and for the accurate tier the sentence
/// encoder whose embeddings the model reads.
#[derive(Clone)]
pub struct ClaimScorer {
    model: LinearModel,
    /// The model's weights, for scoring.
    weights: WeightTable,
    /// The hasher of the sparse features: the model's own for the fast tier, half its buckets
    /// for the accurate tier (the embedding takes the upper half).
    sparse_hasher: FeatureHasher,
    /// What a pure evaluation's score is multiplied by (from the model's metadata).
    pure_evaluation_factor: f32,
    encoder: Option<Arc<dyn SentenceEmbedder>>,
}

impl std::fmt::Debug for ClaimScorer {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The model's hundreds of thousands of weights are left out.
        formatter
            .debug_struct("ClaimScorer")
            .field("accurate", &self.is_accurate())
            .field("threshold", &self.threshold())
            .field("pure_evaluation_factor", &self.pure_evaluation_factor)
            .field("metadata", &self.metadata())
            .finish_non_exhaustive()
    }
}

impl ClaimScorer {
    /// The fast tier's scorer of the shipped model, loaded once.
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

    /// The accurate tier's scorer: the shipped accurate model reading `encoder`'s embeddings
    /// (all-MiniLM-L6-v2, see `rhetor_embed`).
    ///
    /// # Errors
    ///
    /// When the embedded accurate model file is not a valid model.
    pub fn accurate(encoder: Arc<dyn SentenceEmbedder>) -> Result<ClaimScorer, ClaimsError> {
        ClaimScorer::from_accurate_model(rhetor_linear::load(EMBEDDED_ACCURATE_MODEL)?, encoder)
    }

    /// A fast-tier scorer from the bytes of a model file.
    ///
    /// # Errors
    ///
    /// When the bytes are not a valid model file.
    pub fn from_model_file(bytes: &[u8]) -> Result<ClaimScorer, ClaimsError> {
        Ok(ClaimScorer::from_model(rhetor_linear::load(bytes)?))
    }

    /// A fast-tier scorer around a model (as training produces it).
    pub fn from_model(model: LinearModel) -> ClaimScorer {
        ClaimScorer {
            sparse_hasher: model.feature_hasher(),
            weights: WeightTable::of(&model),
            pure_evaluation_factor: pure_evaluation_factor(model.metadata()),
            model,
            encoder: None,
        }
    }

    /// An accurate-tier scorer around a model trained with embeddings (as `rhetor train claims
    /// --accurate` produces it) and the encoder of those embeddings.
    ///
    /// # Errors
    ///
    /// When the model has too few buckets to hold the sparse features and an embedding.
    pub fn from_accurate_model(
        model: LinearModel,
        encoder: Arc<dyn SentenceEmbedder>,
    ) -> Result<ClaimScorer, ClaimsError> {
        let sparse_hasher = FeatureHasher::new(model.feature_hasher().buckets_log2().saturating_sub(1))?;
        Ok(ClaimScorer {
            sparse_hasher,
            weights: WeightTable::of(&model),
            pure_evaluation_factor: pure_evaluation_factor(model.metadata()),
            model,
            encoder: Some(encoder),
        })
    }

    /// Whether this scorer reads sentence embeddings (the accurate tier).
    pub fn is_accurate(&self) -> bool {
        self.encoder.is_some()
    }

    /// The check-worthiness of each sentence, in [0, 1]: the model's probability, multiplied by
    /// the pure-evaluation factor for a judgement without anything checkable in it (see
    /// `evaluative.rs`).
    ///
    /// # Errors
    ///
    /// When the accurate tier's encoder fails.
    pub fn scores(&self, sentences: &[&str]) -> Result<Vec<f32>, ClaimsError> {
        let forms: Vec<SentenceForms> = sentences
            .iter()
            .map(|sentence| SentenceForms::of(sentence))
            .collect();
        self.scores_of_forms(sentences, &forms)
    }

    /// The check-worthiness of one sentence (see [`scores`](Self::scores)).
    ///
    /// # Errors
    ///
    /// When the accurate tier's encoder fails.
    pub fn score(&self, sentence: &str) -> Result<f32, ClaimsError> {
        Ok(self.scores(&[sentence])?.first().copied().unwrap_or(0.0))
    }

    /// The scores of the sentences `texts`, read as `forms`: the accurate tier embeds the texts
    /// in one batch.
    fn scores_of_forms(&self, texts: &[&str], forms: &[SentenceForms]) -> Result<Vec<f32>, ClaimsError> {
        let Some(encoder) = &self.encoder else {
            return Ok(self.sparse_scores(forms));
        };
        let embeddings = encoder.embed(texts)?;
        let mut cache = CharacterNgramCache::default();
        Ok(forms
            .iter()
            .zip(&embeddings)
            .map(|(forms, embedding)| self.score_forms(forms, Some(embedding), &mut cache))
            .collect())
    }

    /// The scores of sentences from their sparse features alone (the fast tier).
    fn sparse_scores(&self, forms: &[SentenceForms]) -> Vec<f32> {
        let mut cache = CharacterNgramCache::default();
        forms
            .iter()
            .map(|forms| self.score_forms(forms, None, &mut cache))
            .collect()
    }

    /// The score of a sentence read as `forms` whose embedding (accurate tier) is `embedding`;
    /// `cache` holds the character n-grams of the pieces this scorer has read before.
    fn score_forms(
        &self,
        forms: &SentenceForms,
        embedding: Option<&Embedding>,
        cache: &mut CharacterNgramCache,
    ) -> f32 {
        let mut margin = MarginSink::new(&self.weights);
        forms.add_features_to_margin(&self.sparse_hasher, &mut margin, cache);
        if let Some(embedding) = embedding {
            add_embedding(embedding, &self.sparse_hasher, &mut margin);
        }
        let probability = logistic(margin.margin());
        if is_pure_evaluation(&forms.phrase_words()) {
            probability * self.pure_evaluation_factor
        } else {
            probability
        }
    }

    /// The score at and above which a sentence is check-worthy.
    pub fn threshold(&self) -> f32 {
        self.model.thresholds().first().copied().unwrap_or(0.5)
    }

    /// What the model file says about how it was made (JSON written by training).
    pub fn metadata(&self) -> &str {
        self.model.metadata()
    }

    /// Scores every sentence of `text`, and every clause of a long one, and returns the claims,
    /// highest score first (ties in text order).
    ///
    /// Every check-worthy clause of a long sentence is a claim of its own, its span that clause,
    /// so that the span is what a fact-checker should check (see `rank_claims` for when a clause
    /// is check-worthy); a sentence without a check-worthy clause is one claim (check-worthy or
    /// not), so that every sentence is scored and ranked.
    /// Claims do not overlap. Each claim says what kind of fact it asserts and which actors
    /// (`actors`) it is about; `events` tell whether an event is asserted or denied in it.
    ///
    /// # Errors
    ///
    /// When the accurate tier's encoder fails.
    pub fn find_claims(
        &self,
        text: &str,
        segmentation: &Segmentation,
        actors: &ActorAnalysis,
        events: &[Event],
    ) -> Result<Vec<Claim>, ClaimsError> {
        let (candidates, forms) = candidates(text, segmentation);
        let candidate_texts: Vec<&str> = candidates.iter().map(|(_, range)| &text[range.clone()]).collect();
        let scores = self.scores_of_forms(&candidate_texts, &forms)?;
        Ok(self.rank_claims(text, segmentation, actors, events, candidates, scores))
    }

    /// The claims of the sentences (`candidates` and their `scores`: each sentence, then its
    /// clauses), highest score first (ties in text order).
    ///
    /// A sentence without a clause check-worthy by itself is one claim spanning the sentence,
    /// scored as the better of the sentence and its best clause, so that every sentence stays
    /// scored and ranked. Otherwise each of its check-worthy clauses is a claim,
    /// its span that clause (clauses do not overlap, so neither do the claims):
    /// - its best clause, scored as the better of itself and the sentence (read alone, a clause
    ///   loses context the model was trained with);
    /// - every other clause check-worthy by itself, with its own score;
    /// - every other clause that states a legal status, scored the threshold, after every claim
    ///   the model finds check-worthy: a demand that a state join a convention implies that it is
    ///   not a party, which can be checked, though the model, trained on statements of fact,
    ///   scores demands low.
    fn rank_claims(
        &self,
        text: &str,
        segmentation: &Segmentation,
        actors: &ActorAnalysis,
        events: &[Event],
        candidates: Vec<(usize, Range<usize>)>,
        scores: Vec<f32>,
    ) -> Vec<Claim> {
        let threshold = self.threshold();
        // Per sentence: its own score (its first candidate) and its clauses with their scores.
        let mut sentence_scores: Vec<Option<f32>> = vec![None; segmentation.sentences.len()];
        let mut sentence_clauses: Vec<Vec<(Range<usize>, f32)>> =
            vec![Vec::new(); segmentation.sentences.len()];
        for ((index, range), score) in candidates.into_iter().zip(scores) {
            match sentence_scores.get_mut(index) {
                Some(slot @ None) => *slot = Some(score),
                Some(Some(_)) => {
                    if let Some(clauses) = sentence_clauses.get_mut(index) {
                        clauses.push((range, score));
                    }
                }
                None => {}
            }
        }
        // Each claim with the model's unrounded score: the output rounds to thousandths, and
        // ranking on the rounded figure would make near scores ties broken by text order.
        let mut claims: Vec<(f32, Claim)> = Vec::with_capacity(segmentation.sentences.len());
        for (sentence, (sentence_score, clauses)) in segmentation
            .sentences
            .iter()
            .zip(sentence_scores.into_iter().zip(sentence_clauses))
        {
            let sentence_score = sentence_score.unwrap_or(0.0);
            let sentence_tokens = &segmentation.tokens[sentence.tokens.clone()];
            let claim_of = |range: Range<usize>, score: f32| {
                (
                    score,
                    self.claim(text, sentence_tokens, actors, events, range, score),
                )
            };
            // The first of the best-scoring clauses, by position, with its score.
            let best_clause = clauses
                .iter()
                .map(|(_, score)| *score)
                .enumerate()
                .reduce(|best, clause| if clause.1 > best.1 { clause } else { best });
            match best_clause {
                Some((best_position, best_score)) if best_score >= threshold => {
                    for (position, (clause, clause_score)) in clauses.into_iter().enumerate() {
                        if position == best_position {
                            claims.push(claim_of(clause, clause_score.max(sentence_score)));
                        } else if clause_score >= threshold {
                            claims.push(claim_of(clause, clause_score));
                        } else {
                            let claim = claim_of(clause, threshold);
                            if claim.1.claim_type.as_deref() == Some(LEGAL_STATUS) {
                                claims.push(claim);
                            }
                        }
                    }
                }
                // No clause is check-worthy by itself: the sentence is one claim, as check-worthy as
                // the better of itself and its best clause.
                _ => {
                    let score =
                        best_clause.map_or(sentence_score, |(_, best_score)| best_score.max(sentence_score));
                    claims.push(claim_of(sentence.range.clone(), score));
                }
            }
        }
        // A stable sort: ties stay in text order.
        claims.sort_by(|left, right| right.0.total_cmp(&left.0));
        claims.into_iter().map(|(_, claim)| claim).collect()
    }

    /// The claim spanning `range` of a sentence (tokens `sentence_tokens`) scored `score`: its
    /// type from its cue words and events, and the actors named in it.
    fn claim(
        &self,
        text: &str,
        sentence_tokens: &[rhetor_schema::Token],
        actors: &ActorAnalysis,
        events: &[Event],
        range: Range<usize>,
        score: f32,
    ) -> Claim {
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
            checkworthy: score >= self.threshold(),
            claim_type: claim_type(text, &claim_tokens, has_event).map(str::to_owned),
            about: actors_in(actors, &range),
            span: Span::of(text, range),
        }
    }
}

/// What is scored for each sentence (by index): the sentence, and every clause of a compound
/// sentence, with their ranges and their forms. A sentence's tokens and party names are read
/// once, and its clauses read from them.
fn candidates(text: &str, segmentation: &Segmentation) -> (Vec<(usize, Range<usize>)>, Vec<SentenceForms>) {
    let mut ranges = Vec::with_capacity(segmentation.sentences.len());
    let mut forms = Vec::with_capacity(segmentation.sentences.len());
    for (index, sentence) in segmentation.sentences.iter().enumerate() {
        let sentence_text = &text[sentence.range.clone()];
        let read_tokens = rhetor_actors::tokens_with_party_names(sentence_text);
        ranges.push((index, sentence.range.clone()));
        forms.push(SentenceForms::read(sentence_text, &read_tokens));
        let sentence_tokens = &segmentation.tokens[sentence.tokens.clone()];
        for clause in clauses(text, sentence_tokens) {
            let relative = clause.start.saturating_sub(sentence.range.start)
                ..clause.end.saturating_sub(sentence.range.start);
            let clause_tokens: Vec<_> = read_tokens
                .iter()
                .filter(|read| relative.start <= read.token.start && read.token.end <= relative.end)
                .copied()
                .collect();
            ranges.push((index, clause));
            forms.push(SentenceForms::read(sentence_text, &clause_tokens));
        }
    }
    (ranges, forms)
}

/// Scores every sentence of `text` with the shipped fast-tier model (see
/// [`ClaimScorer::find_claims`]).
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
    let (candidates, forms) = candidates(text, segmentation);
    let scores = scorer.sparse_scores(&forms);
    Ok(scorer.rank_claims(text, segmentation, actors, events, candidates, scores))
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
    fn the_shipped_models_were_trained_with_the_gazetteer_of_this_build() {
        // The models read party names as `<party>`: after a gazetteer edit, training makes other
        // models, and the shipped ones must be retrained to stay what `rhetor train` makes.
        let expected = format!(
            "\"party_names_fingerprint\": \"{}\"",
            rhetor_actors::party_names_fingerprint()
        );
        for (file, bytes) in [
            ("checkworthiness.rlm", EMBEDDED_MODEL),
            ("checkworthiness-accurate.rlm", EMBEDDED_ACCURATE_MODEL),
        ] {
            let model = rhetor_linear::load(bytes).expect("the shipped model loads");
            assert!(
                model.metadata().contains(&expected),
                "crates/claims/model/{file} was trained with another gazetteer (countries.tsv or \
                 office_holders.tsv changed since): retrain with `cargo run --release -- train \
                 claims` and `train claims --accurate` (README, Check-worthy claims)"
            );
        }
    }

    #[test]
    fn the_shipped_model_loads_and_ranks_a_figure_above_a_courtesy() {
        let scorer = ClaimScorer::embedded().expect("the shipped model loads");
        assert!(
            scorer.metadata().contains("\"threshold_chosen_on\": \"dev\""),
            "{}",
            scorer.metadata()
        );
        let factual = scorer
            .score("Unemployment rose by 12 percent in 2023, the highest rate in thirty years.")
            .expect("the fast tier always scores");
        let courtesy = scorer
            .score("Thank you very much, and good evening to all of you.")
            .expect("the fast tier always scores");
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
    fn every_check_worthy_clause_is_a_claim_and_claims_do_not_overlap() {
        let text = "We thank the delegates for coming. The army shelled 14 villages in the north in \
                    March 2023, killing 31 civilians, and the government raised the price of bread \
                    by 40 percent in April, the highest rise in thirty years.";
        let segmentation = rhetor_segment::segment(text);
        let claims = find_claims(text, &segmentation, &ActorAnalysis::default(), &[])
            .expect("the shipped model loads");
        let listing: Vec<String> = claims
            .iter()
            .map(|claim| format!("{} {} {}", claim.score, claim.checkworthy, claim.span.text))
            .collect();
        // Both clauses of the long sentence are claims of their own, and the courtesy is one
        // claim that is not check-worthy.
        assert_eq!(claims.len(), 3, "{listing:#?}");
        assert!(
            claims.iter().any(|claim| claim.checkworthy
                && claim.span.text.starts_with("The army shelled 14 villages")
                && !claim.span.text.contains("bread")),
            "{listing:#?}"
        );
        assert!(
            claims.iter().any(|claim| claim.checkworthy
                && claim
                    .span
                    .text
                    .starts_with("and the government raised the price of bread")),
            "{listing:#?}"
        );
        assert!(claims
            .iter()
            .any(|claim| !claim.checkworthy && claim.span.text == "We thank the delegates for coming."));
        for (position, claim) in claims.iter().enumerate() {
            assert!(claim.span.slices(text));
            assert!(claims[position + 1..]
                .iter()
                .all(|other| other.span.end <= claim.span.start || claim.span.end <= other.span.start));
        }
        assert!(claims.windows(2).all(|pair| pair[0].score >= pair[1].score));
    }

    #[test]
    fn a_corrupt_model_file_is_an_error_not_a_panic() {
        assert!(ClaimScorer::from_model_file(b"not a model").is_err());
    }
}
