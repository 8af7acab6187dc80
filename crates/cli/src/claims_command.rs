//! `rhetor train claims` and `rhetor eval claims`: the check-worthiness models of both tiers.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;

/// Trains the fast tier, or with `accurate` the accurate tier (reading embeddings from
/// `embedding_cache` and computing the missing ones), and writes the model file to `output`.
pub(crate) fn train(
    data: &Path,
    output: Option<&Path>,
    accurate: bool,
    embedding_cache: Option<&Path>,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let options = rhetor_claims::ClaimTrainingOptions::default();
    // The weights are read only if the cache lacks a sentence: a complete cache is enough.
    let cached = if accurate {
        let cache_path = match embedding_cache {
            Some(path) => path.to_owned(),
            None => crate::train_command::default_embedding_cache("checkworthiness-embeddings.bin")?,
        };
        let cached =
            rhetor_embed::CachedEmbedder::open(rhetor_embed::LazyDefaultEncoder::new(), &cache_path)?;
        outln!(
            "embeddings: cache {} ({} sentences cached)",
            cache_path.display(),
            cached.cached_text_count()
        )?;
        Some(cached)
    } else {
        None
    };
    let embedder = cached
        .as_ref()
        .map(|cached| cached as &dyn rhetor_embed::SentenceEmbedder);
    let (model, report) = rhetor_claims::train_claim_model(data, &options, embedder)
        .with_context(|| format!("training check-worthiness from {}", data.display()))?;
    let output = output.map_or_else(
        || {
            PathBuf::from(if accurate {
                "crates/claims/model/checkworthiness-accurate.rlm"
            } else {
                "crates/claims/model/checkworthiness.rlm"
            })
        },
        Path::to_owned,
    );
    let mut file = Vec::new();
    rhetor_linear::save(&model, &mut file).context("encoding the model file")?;
    std::fs::write(&output, &file).with_context(|| format!("writing {}", output.display()))?;
    outln!("tier: {}", if accurate { "accurate" } else { "fast" })?;
    for (l2, f1) in &report.cross_validation {
        outln!("cross-validation on train: l2 {l2:<5} F1 (Yes) {f1:.4}")?;
    }
    let rule = &report.evaluation_rule;
    outln!(
        "pure evaluations in train: {} sentences, {} check-worthy, mean out-of-fold score {:.3}",
        rule.sentences,
        rule.checkworthy,
        rule.mean_out_of_fold_score
    )?;
    for (factor, f1) in &rule.factor_selection {
        outln!("pure-evaluation factor {factor:<4} out-of-fold F1 (Yes) on train {f1:.4}")?;
    }
    outln!("chosen pure-evaluation factor {}", rule.factor)?;
    for (name, scores) in [
        ("shipped (pure evaluations lowered)", &report.shipped),
        (
            "without the pure-evaluation rule",
            &report.without_evaluation_rule,
        ),
    ] {
        outln!(
            "{name}: threshold {:.4} chosen on dev; F1 (Yes) dev {:.4}   dev-test {:.4}",
            scores.threshold,
            scores.dev_f1,
            scores.dev_test_f1
        )?;
    }
    outln!("chosen l2 {}", report.l2)?;
    outln!(
        "wrote {} ({} bytes) in {:.1} s",
        output.display(),
        file.len(),
        started.elapsed().as_secs_f64()
    )?;
    Ok(())
}

/// Prints F1 of `Yes` of the shipped fast or accurate model on a CheckThat! file.
pub(crate) fn evaluate(data: &Path, accurate: bool) -> anyhow::Result<()> {
    let accurate_scorer;
    let scorer = if accurate {
        let encoder = rhetor_embed::SentenceEncoder::load_default()
            .context("the accurate tier of check-worthiness cannot run")?;
        accurate_scorer = rhetor_claims::ClaimScorer::accurate(Arc::new(encoder))?;
        &accurate_scorer
    } else {
        rhetor_claims::ClaimScorer::embedded().map_err(|error| anyhow::anyhow!("{error}"))?
    };
    let scores = rhetor_evaluate::evaluate_checkworthiness_with(data, scorer)
        .with_context(|| format!("evaluating check-worthiness on {}", data.display()))?;
    outln!(
        "claims ({} tier): {}",
        if accurate { "accurate" } else { "fast" },
        data.display()
    )?;
    out!("{scores}")?;
    Ok(())
}
