//! Acceptance on the canonical statement of `../shared/examples` (when it is there), for both
//! tiers: the letter/visa sentence (its claim may be its letter or its visa clause) and the
//! police-force clause rank among the top three claims, the closing "lost its remaining
//! authority" sentence is not check-worthy, and the demand that "the United States should join the
//! most important international human rights conventions" is a check-worthy claim of its own, a
//! `legal_status` claim about the USA.
//!
//! The accurate tier needs the all-MiniLM-L6-v2 weights: its tests are skipped, with a message,
//! when `RHETOR_MINILM_DIR` is not set, and fail when `RHETOR_REQUIRE_MINILM=1` and the weights
//! cannot be loaded.

use rhetor_actors::{find_actors, ActorContext};
use std::sync::Arc;

use rhetor_claims::ClaimScorer;
use rhetor_schema::Claim;

const CANONICAL_STATEMENT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/examples/statement-wac-blinken.txt"
);

/// The accurate tier's scorer, or `None` (with a message) when its weights are not configured
/// and not required.
fn accurate_scorer() -> Option<ClaimScorer> {
    let required = std::env::var("RHETOR_REQUIRE_MINILM").is_ok_and(|value| value == "1");
    if std::env::var_os("RHETOR_MINILM_DIR").is_none() && !required {
        println!("skipped: RHETOR_MINILM_DIR is not set (scripts/fetch-minilm.sh installs the weights)");
        return None;
    }
    let encoder = rhetor_embed::SentenceEncoder::load_default().expect("the all-MiniLM-L6-v2 weights load");
    Some(ClaimScorer::accurate(Arc::new(encoder)).expect("the shipped accurate model loads"))
}

fn claims_of(scorer: &ClaimScorer, text: &str) -> Vec<Claim> {
    let segmentation = rhetor_segment::segment(text);
    let actors = find_actors(text, &segmentation, &ActorContext::default());
    scorer
        .find_claims(text, &segmentation, &actors, &[])
        .expect("scoring succeeds")
}

/// The rank of the claim whose span contains `fragment`.
fn rank_of(claims: &[Claim], fragment: &str) -> Option<usize> {
    claims.iter().position(|claim| claim.span.text.contains(fragment))
}

/// The rank of the claim of the sentence of `text` that contains `fragment` (its span may be one
/// of the sentence's clauses).
fn rank_of_sentence(text: &str, claims: &[Claim], fragment: &str) -> Option<usize> {
    let segmentation = rhetor_segment::segment(text);
    let offset = text.find(fragment)?;
    let sentence = segmentation
        .sentences
        .iter()
        .find(|sentence| sentence.range.contains(&offset))?;
    claims
        .iter()
        .position(|claim| sentence.range.start <= claim.span.start && claim.span.end <= sentence.range.end)
}

fn check_the_seed_statement(scorer: &ClaimScorer) {
    let Ok(text) = std::fs::read_to_string(CANONICAL_STATEMENT) else {
        println!("skipped: {CANONICAL_STATEMENT} is not there");
        return;
    };
    let claims = claims_of(scorer, &text);
    let listing: Vec<String> = claims
        .iter()
        .map(|claim| {
            format!(
                "{:.3} {} {:?} {:?} {}",
                claim.score, claim.checkworthy, claim.claim_type, claim.about, claim.span.text
            )
        })
        .collect();
    let letter = rank_of_sentence(&text, &claims, "did not respond to the letter");
    let police = rank_of(&claims, "excessive force by police");
    assert!(
        letter.is_some_and(|rank| rank < 3),
        "letter at {letter:?}:\n{}",
        listing.join("\n")
    );
    assert!(
        police.is_some_and(|rank| rank < 3),
        "police at {police:?}:\n{}",
        listing.join("\n")
    );
    let authority = claims
        .iter()
        .find(|claim| claim.span.text.contains("lost its remaining authority"))
        .expect("the closing sentence is a claim");
    assert!(!authority.checkworthy, "{}", listing.join("\n"));
    let conventions = claims
        .iter()
        .find(|claim| {
            claim
                .span
                .text
                .contains("should join the most important international")
        })
        .expect("the demand to join the conventions is a claim");
    assert!(
        conventions.checkworthy
            && conventions.claim_type.as_deref() == Some("legal_status")
            && conventions.about.iter().any(|actor| actor == "USA")
            && !conventions.span.text.contains("excessive force"),
        "{}",
        listing.join("\n")
    );
    println!("{}", listing.join("\n"));
}

#[test]
fn fast_tier_ranks_the_letter_and_the_police_clause_first_and_drops_the_judgement() {
    check_the_seed_statement(ClaimScorer::embedded().expect("the shipped model loads"));
}

#[test]
fn accurate_tier_ranks_the_letter_and_the_police_clause_first_and_drops_the_judgement() {
    if let Some(scorer) = accurate_scorer() {
        check_the_seed_statement(&scorer);
    }
}

#[test]
fn accurate_tier_scores_a_figure_above_a_courtesy() {
    let Some(scorer) = accurate_scorer() else {
        return;
    };
    let scores = scorer
        .scores(&[
            "Unemployment rose by 12 percent in 2023, the highest rate in thirty years.",
            "Thank you very much, and good evening to all of you.",
        ])
        .expect("scoring succeeds");
    assert!(
        scores[0] > scorer.threshold() && scores[1] < scorer.threshold(),
        "{scores:?}"
    );
    assert!(scorer.is_accurate());
    assert!(scorer.metadata().contains("\"tier\": \"accurate\""));
}
