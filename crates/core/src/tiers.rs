//! The accurate tier: [`AnalyzeOptions::accurate_tier`] loads the all-MiniLM-L6-v2 encoder once
//! and gives it to both analysers that use it (check-worthiness and persuasion techniques), so
//! that every front end (`rhetor analyze`, `ingest`, `serve`, the Python binding) builds the same
//! tier the same way.

use std::sync::Arc;

use crate::AnalyzeOptions;

/// Why the accurate tier could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum AccurateTierError {
    /// The all-MiniLM-L6-v2 weights are missing or unreadable (the message names
    /// `scripts/fetch-minilm.sh`). The message includes the encoder's, which is therefore not
    /// its `source`, so that a report of the chain of sources does not say it twice.
    #[error("the accurate tier cannot run: {0}")]
    Encoder(rhetor_embed::EmbedError),
    /// The check-worthiness model of the accurate tier could not be built.
    #[error(transparent)]
    Claims(#[from] rhetor_claims::ClaimsError),
    /// The techniques model of the accurate tier could not be built.
    #[error(transparent)]
    Techniques(#[from] rhetor_techniques::TechniquesError),
    /// An embedded fast-tier techniques model is not valid (a build that embedded a bad file).
    #[error("the embedded persuasion-technique models cannot be loaded: {0}")]
    EmbeddedTechniques(String),
}

impl AnalyzeOptions {
    /// The options of the accurate tier: claims scored with sparse features and each sentence's
    /// embedding, techniques with each paragraph's embedding as one more input. The weights are
    /// read once, from `$RHETOR_MINILM_DIR` or the cache directory where
    /// `scripts/fetch-minilm.sh` puts them.
    ///
    /// # Errors
    ///
    /// When the weights are missing or unreadable, or a model of the accurate tier does not fit.
    pub fn accurate_tier(include_tokens: bool) -> Result<AnalyzeOptions, AccurateTierError> {
        let shared_encoder =
            Arc::new(rhetor_embed::SentenceEncoder::load_default().map_err(AccurateTierError::Encoder)?);
        let claims_encoder: Arc<dyn rhetor_embed::SentenceEmbedder> = shared_encoder.clone();
        let technique_detector = rhetor_techniques::TechniqueDetector::embedded()
            .map_err(|error| AccurateTierError::EmbeddedTechniques(error.to_string()))?
            .with_accurate_tier(shared_encoder)?;
        Ok(AnalyzeOptions {
            include_tokens,
            claim_scorer: Some(Arc::new(rhetor_claims::ClaimScorer::accurate(claims_encoder)?)),
            technique_detector: Some(Arc::new(technique_detector)),
            event_types_by_rules_only: false,
            keep_every_event: false,
        })
    }

    /// Whether these options analyse in the accurate tier.
    pub fn is_accurate_tier(&self) -> bool {
        self.claim_scorer.is_some() || self.technique_detector.is_some()
    }
}
