//! Acceptance on the canonical statement of `../shared/examples`, when it is there.

mod common;

use rhetor_actors::ActorContext;

use common::{score_of, stances_of};

const CANONICAL_STATEMENT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/examples/statement-wac-blinken.txt"
);

#[test]
fn the_community_opposes_the_us_and_armenia_and_sides_with_azerbaijan() {
    let Ok(text) = std::fs::read_to_string(CANONICAL_STATEMENT) else {
        println!("skipped: {CANONICAL_STATEMENT} is not there");
        return;
    };
    let stances = stances_of(&text, &ActorContext::default());
    let usa = score_of(&stances, "USA").unwrap_or(0.0);
    let armenia = score_of(&stances, "ARM").unwrap_or(0.0);
    let azerbaijan = score_of(&stances, "AZE").unwrap_or(0.0);
    assert!(usa < -0.5, "USA {usa}");
    assert!(armenia < -0.5, "ARM {armenia}");
    assert!(azerbaijan > 0.0, "AZE {azerbaijan}");
    assert!(score_of(&stances, "org:western-azerbaijan-community").is_none());
}
