//! Stances on statements written for these tests, through the real pipeline.

mod common;

use rhetor_actors::ActorContext;

use common::{score_of, stances_of};

#[test]
fn a_ministry_praises_its_partner_and_condemns_the_aggressor() {
    let text = "The Ministry of Foreign Affairs of Georgia welcomes the decision of the European Union \
                to open accession negotiations with our country. We strongly condemn Russia's \
                aggression against Ukraine and the continued occupation of Georgian territories by \
                Russia. The illegal annexation of Crimea is a gross violation of international law.";
    let stances = stances_of(text, &ActorContext::default());
    let european_union = score_of(&stances, "org:EU").unwrap_or(0.0);
    let russia = score_of(&stances, "RUS").unwrap_or(0.0);
    let ukraine = score_of(&stances, "UKR").unwrap_or(0.0);
    assert!(european_union > 0.2, "EU {european_union}");
    assert!(russia < -0.5, "RUS {russia}");
    assert!(ukraine > 0.0, "UKR {ukraine}");
}

#[test]
fn a_neutral_news_report_has_near_zero_stances() {
    let text = "The foreign ministers of France and Germany met in Paris on Tuesday to discuss trade \
                and energy prices. The German foreign minister said that Russia's attacks were \
                unacceptable. The two countries account for about a third of the bloc's \
                economic output. Further talks are planned for March in Berlin, a spokesperson said.";
    let stances = stances_of(
        text,
        &ActorContext {
            source: Some("Reuters"),
            ..ActorContext::default()
        },
    );
    for stance in &stances {
        assert!(stance.score.abs() < 0.35, "{} {}", stance.actor, stance.score);
    }
}

#[test]
fn negation_flips_a_judgement() {
    let context = ActorContext::default();
    let negated = stances_of(
        "The Ministry of Foreign Affairs of Latvia notes that the authorities of Belarus have no \
         legitimate mandate.",
        &context,
    );
    let asserted = stances_of(
        "The Ministry of Foreign Affairs of Latvia notes that the authorities of Belarus have a \
         legitimate mandate.",
        &context,
    );
    let negated_score = score_of(&negated, "BLR/GOV").unwrap_or(0.0);
    let asserted_score = score_of(&asserted, "BLR/GOV").unwrap_or(0.0);
    assert!(negated_score < 0.0, "negated {negated_score}");
    assert!(asserted_score > 0.0, "asserted {asserted_score}");
}

#[test]
fn a_third_party_failing_to_act_is_blamed() {
    let text = "The Ministry of Foreign Affairs of Lithuania regrets that the government of Hungary \
                did not condemn the attacks on civilians in Ukraine.";
    let stances = stances_of(text, &ActorContext::default());
    let hungary = score_of(&stances, "HUN/GOV").unwrap_or(0.0);
    assert!(hungary < 0.0, "HUN {hungary}");
}

#[test]
fn hostility_toward_the_speaker_is_negative_for_its_author() {
    let text = "The Ministry of Foreign Affairs of Estonia notes that Russia threatened Estonia again \
                this week.";
    let stances = stances_of(text, &ActorContext::default());
    let russia = score_of(&stances, "RUS").unwrap_or(0.0);
    assert!(russia < 0.0, "RUS {russia}");
}

#[test]
fn scare_quotes_disparage_the_actor_they_are_attributed_to() {
    let text = "The Ministry of Foreign Affairs of Moldova rejects the so-called \"referendum\" that \
                Russia organised in Transnistria.";
    let stances = stances_of(text, &ActorContext::default());
    let russia = score_of(&stances, "RUS").unwrap_or(0.0);
    assert!(russia < 0.0, "RUS {russia}");
}

#[test]
fn the_speaker_has_no_stance_toward_itself_and_empty_text_has_none() {
    let stances = stances_of(
        "We welcome our own peaceful and legitimate efforts.",
        &ActorContext {
            speaker_country: Some("FRA"),
            ..ActorContext::default()
        },
    );
    assert!(score_of(&stances, "FRA").is_none());
    assert!(stances_of("", &ActorContext::default()).is_empty());
}

#[test]
fn odd_inputs_never_panic_and_spans_hold() {
    let odd_inputs = [
        "\"",
        "“ ” ‘ ’ « »",
        "We \"",
        "Russia's",
        "not not not no never",
        "The Ministry of Foreign Affairs of Georgia “so-called” «occupation» by Russia’s \"",
        "Баку и Ереван осуждают. Russia’s aggression against Україна.",
        "of of of by by Armenia occupied occupied were were occupied by",
        "We condemn\n\nRussia.\n\n\"",
    ];
    for text in odd_inputs {
        // `stances_of` checks every evidence span against the text and every score's range.
        let _ = stances_of(text, &ActorContext::default());
    }
}

#[test]
fn passive_harm_gives_sympathy_to_the_patient_and_blame_to_the_agent() {
    let text = "The Ministry of Foreign Affairs of Ukraine notes that Kharkiv was shelled again, and \
                the villages of Moldova were occupied by Russia.";
    let stances = stances_of(text, &ActorContext::default());
    let moldova = score_of(&stances, "MDA").unwrap_or(0.0);
    let russia = score_of(&stances, "RUS").unwrap_or(0.0);
    assert!(moldova > 0.0, "MDA {moldova}");
    assert!(russia < 0.0, "RUS {russia}");
}
