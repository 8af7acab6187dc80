//! Which tier analyses documents: the fast tier embedded in the binary (the default), or with
//! `--accurate` the tier that adds the all-MiniLM-L6-v2 encoder. `analyze`, `ingest` and `serve`
//! all choose it through [`analyze_options`], so that a corpus ingested and a statement analysed
//! on the page agree.

use rhetor_core::AnalyzeOptions;

/// The options of an analysis in the chosen tier.
///
/// # Errors
///
/// When `accurate` is asked for and the weights are missing or unreadable; the message names
/// `scripts/fetch-minilm.sh`.
pub(crate) fn analyze_options(accurate: bool, include_tokens: bool) -> anyhow::Result<AnalyzeOptions> {
    if accurate {
        return Ok(AnalyzeOptions::accurate_tier(include_tokens)?);
    }
    Ok(AnalyzeOptions {
        include_tokens,
        ..AnalyzeOptions::default()
    })
}
