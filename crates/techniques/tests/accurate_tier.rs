//! The accurate tier with the real all-MiniLM-L6-v2 encoder and the shipped embedding model.
//!
//! The weights are not in the repository: these tests read them from `RHETOR_MINILM_DIR`
//! (`scripts/fetch-minilm.sh` installs them) and are skipped when it is unset, unless
//! `RHETOR_REQUIRE_MINILM=1`, which makes a missing directory a failure (CI sets both).

use std::path::PathBuf;
use std::sync::Arc;

use rhetor_techniques::{find_techniques, find_techniques_with, paragraph_input, TechniqueDetector};

/// The encoder, or `None` (with a message) when the weights are not configured.
fn encoder() -> Option<Arc<rhetor_embed::SentenceEncoder>> {
    let required = std::env::var("RHETOR_REQUIRE_MINILM").is_ok_and(|value| value == "1");
    match std::env::var_os("RHETOR_MINILM_DIR").filter(|value| !value.is_empty()) {
        Some(directory) => Some(Arc::new(
            rhetor_embed::SentenceEncoder::load(&PathBuf::from(directory))
                .unwrap_or_else(|error| panic!("cannot load the weights: {error}")),
        )),
        None if required => panic!("RHETOR_REQUIRE_MINILM=1 but RHETOR_MINILM_DIR is not set"),
        None => {
            eprintln!("skipped: set RHETOR_MINILM_DIR (scripts/fetch-minilm.sh)");
            None
        }
    }
}

const ARTICLE: &str = "The so-called experts have betrayed this great nation once again.\n\n\
These traitors and their corrupt cronies want to destroy everything our brave soldiers fought for. \
Will we let them?\n\n\
The committee will meet on Tuesday to review the budget.";

#[test]
fn the_accurate_tier_uses_the_embedding_model_and_its_own_stack() {
    let Some(encoder) = encoder() else {
        return;
    };
    let fast = TechniqueDetector::embedded().expect("the shipped models load");
    let accurate = fast
        .with_accurate_tier(encoder)
        .expect("the shipped embedding model loads");
    assert!(accurate.is_accurate() && !fast.is_accurate());
    assert!(accurate.stack().inputs.embedding && accurate.stack().inputs.context);
    assert!(!fast.stack().inputs.embedding && !fast.stack().inputs.context);
    assert_ne!(accurate.thresholds(), fast.thresholds());
    let paragraphs: Vec<_> = [0..65, 67..183, 185..ARTICLE.len()]
        .iter()
        .map(|range| paragraph_input(ARTICLE, range))
        .collect();
    let fast_predictions = fast.predict_paragraphs(ARTICLE, &paragraphs);
    let accurate_predictions = accurate.predict_paragraphs(ARTICLE, &paragraphs);
    assert_eq!(accurate_predictions.len(), 3);
    assert_ne!(
        fast_predictions[1].probabilities,
        accurate_predictions[1].probabilities
    );
    // The loaded paragraph ranks a charged technique above the neutral one.
    let names = accurate.technique_names();
    let label = |name: &str| {
        names
            .iter()
            .position(|known| known == name)
            .expect("a known technique")
    };
    for technique in ["Name_Calling-Labeling", "Loaded_Language"] {
        assert!(
            accurate_predictions[1].probabilities[label(technique)]
                > accurate_predictions[2].probabilities[label(technique)],
            "{technique}"
        );
    }
    // Through the document entry point: the same segmentation, both tiers find something.
    let segmentation = rhetor_segment::segment(ARTICLE);
    assert!(!find_techniques_with(&accurate, ARTICLE, &segmentation).is_empty());
    assert!(find_techniques(ARTICLE, &segmentation).is_ok());
}
