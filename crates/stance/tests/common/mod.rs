//! The pipeline up to stances, as `rhetor-core` runs it.
#![allow(dead_code)]

use rhetor_actors::{find_actors, ActorContext};
use rhetor_events::find_events;
use rhetor_schema::Stance;
use rhetor_stance::find_stances;

/// Segments, finds actors and events, then stances, exactly as the core pipeline does.
pub(crate) fn stances_of(text: &str, context: &ActorContext<'_>) -> Vec<Stance> {
    let segmentation = rhetor_segment::segment(text);
    let actors = find_actors(text, &segmentation, context);
    let events = find_events(text, &segmentation, &actors);
    if std::env::var_os("STANCE_DEBUG").is_some() {
        println!(
            "speaker: {:?}",
            actors.speaker.map(|speaker| &actors.actors[speaker].id)
        );
        for event in &events {
            println!(
                "event {:?} -> {:?} {} negated={} {:?} reported_by={:?} {:?}",
                event.source,
                event.target,
                event.plover,
                event.negated,
                event.modality,
                event.reported_by,
                event.trigger.text
            );
        }
    }
    let stances = find_stances(text, &segmentation, &actors, &events);
    for stance in &stances {
        let words: Vec<&str> = stance.evidence.iter().map(|span| span.text.as_str()).collect();
        println!("{:>8.3} {:<40} {:?}", stance.score, stance.actor, words);
        for span in &stance.evidence {
            assert_eq!(&text[span.start..span.end], span.text);
        }
        assert!((-1.0..=1.0).contains(&stance.score));
    }
    stances
}

/// The score toward `actor`, when there is a stance toward it.
pub(crate) fn score_of(stances: &[Stance], actor: &str) -> Option<f64> {
    stances
        .iter()
        .find(|stance| stance.actor == actor)
        .map(|stance| stance.score)
}
