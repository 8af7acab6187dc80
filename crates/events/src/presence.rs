//! The learned presence model: how likely it is that an event the rules code is one a gold
//! annotator codes too.
//!
//! The trigger lexicon matches words, and a word is not always an act where it stands: `the
//! statement was released by`, `a threat to peace`, `to meet the challenges`, `we support the
//! allocation of resources`. In the gold sentences about two in five of the events the rules code
//! overlap no gold event. A logistic regression over the sense model's features (the trigger,
//! the CAMEO code, the modality, the words around the trigger with every actor's mention read as
//! `<party>`, whether a source and a target were found; [`crate::sense_features`]) estimates the
//! probability that a gold event overlaps the trigger. That probability is each event's
//! `confidence`, and an event under the threshold chosen by cross-validation over the gold sets
//! (the one with the best F1 of gold events found) is dropped.
//!
//! One kind of event is not the model's to judge: the speaker's demand that the rules read from a
//! deontic modal (`the United States should join the conventions`: the speaker → the United
//! States, 10x, demanded). The gold guidelines code only the act demanded there and add no
//! request for the speaker (`data/gold/README.md`), so the model would only learn that gold never
//! holds it; analysts want it (issue 3 asks for it), so it is kept with the rules' confidence
//! and left out of the model's training ([`is_speakers_modal_demand`]). `rhetor train event-presence`
//! trains it from the gold sets (after the sense model: it reads the types the sense model
//! gives), prints the cross-validation by gold set and writes `model/presence.rlm`.

use std::sync::OnceLock;

use rhetor_linear::LinearModel;
use rhetor_schema::{Event, Modality};
use rhetor_segment::Segmentation;

use crate::senses::sense_features;

/// The model file `rhetor train event-presence` writes, embedded at build time.
const EMBEDDED_PRESENCE_MODEL: &[u8] = include_bytes!("../model/presence.rlm");

/// The model shipped in the binary; `None` if its file does not load (a build from a broken
/// checkout), in which case every event the rules and the sense model code is kept with the
/// rules' rough confidence.
fn embedded_model() -> Option<&'static LinearModel> {
    static MODEL: OnceLock<Option<LinearModel>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            rhetor_linear::load(EMBEDDED_PRESENCE_MODEL)
                .ok()
                .filter(|model| model.label_names().len() == 1 && model.thresholds().len() == 1)
        })
        .as_ref()
}

/// The probability `model` gives that a gold annotator codes `event` (of a sentence of `text`
/// in `segmentation`, whose actors' mentions are `parties`); `None` for an event outside every
/// sentence.
#[must_use]
pub fn presence_probability(
    model: &LinearModel,
    text: &str,
    segmentation: &Segmentation,
    parties: &[std::ops::Range<usize>],
    event: &Event,
) -> Option<f32> {
    let sentence = segmentation.sentence_containing(event.trigger.start)?;
    let features = sense_features(
        &model.feature_hasher(),
        text,
        sentence.range.clone(),
        &segmentation.tokens[sentence.tokens.clone()],
        parties,
        event,
    );
    model.scores(&features).first().copied()
}

/// Whether `event` is the speaker's demand of the subject of a deontic modal (`X should …` read
/// as the speaker → X, 10x, demanded), which the gold guidelines do not code and the presence
/// model therefore does not judge (see the module's documentation). It is read from the event
/// alone (a demanded 10x whose source is the one who claims it), so it also takes in the few
/// requests of the lexicon that the speaker makes under a modal (`we must ask`, `we should
/// encourage`: 29 of 800 such events in 400 State Department releases and 300 UN speeches),
/// which the gold does code; marking the modal demands where the coder makes them would need a
/// field the schema's `Event` does not have.
#[must_use]
pub fn is_speakers_modal_demand(event: &Event) -> bool {
    event.modality == Modality::Demanded
        && event.cameo.starts_with("10")
        && event.source.is_some()
        && event.source == event.reported_by
}

/// Gives each event the embedded model's probability as its confidence (rounded to two
/// decimals) and drops those under the model's threshold (see the module's documentation);
/// `parties` are the actors' mention ranges ([`crate::party_ranges`]).
pub(crate) fn keep_likely_events(
    text: &str,
    segmentation: &Segmentation,
    parties: &[std::ops::Range<usize>],
    events: &mut Vec<Event>,
) {
    let Some(model) = embedded_model() else {
        return;
    };
    let threshold = model.thresholds()[0];
    events.retain_mut(|event| {
        if is_speakers_modal_demand(event) {
            return true;
        }
        let Some(probability) = presence_probability(model, text, segmentation, parties, event) else {
            return true;
        };
        event.confidence = (f64::from(probability) * 100.0).round() / 100.0;
        probability >= threshold
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{find_events, find_every_event, party_ranges};

    /// The CAMEO codes and triggers of the events of `text`, every event or only the kept ones.
    fn coded(text: &str, every: bool) -> Vec<(String, String)> {
        let segmentation = rhetor_segment::segment(text);
        let actors = rhetor_actors::find_actors(text, &segmentation, &rhetor_actors::ActorContext::default());
        let events = if every {
            find_every_event(text, &segmentation, &actors)
        } else {
            find_events(text, &segmentation, &actors)
        };
        events
            .into_iter()
            .map(|event| (event.cameo, event.trigger.text))
            .collect()
    }

    #[test]
    fn a_statement_released_is_no_release_of_persons_but_the_criticism_in_it_is_kept() {
        let text = "North Korea yesterday released a statement criticizing Japan.";
        let released = ("0841".to_owned(), "released".to_owned());
        assert!(coded(text, true).contains(&released), "{:?}", coded(text, true));
        let kept = coded(text, false);
        assert!(!kept.contains(&released), "{kept:?}");
        assert!(kept.iter().any(|(cameo, _)| cameo.starts_with("111")), "{kept:?}");
    }

    #[test]
    fn every_kept_event_has_the_probability_of_presence_as_its_confidence() {
        let text = "Russia attacked Ukraine. The United States strongly condemns Russia's aggression.";
        let segmentation = rhetor_segment::segment(text);
        let actors = rhetor_actors::find_actors(text, &segmentation, &rhetor_actors::ActorContext::default());
        let model = embedded_model().expect("model/presence.rlm loads");
        let parties = party_ranges(&actors.actors);
        // Before the source model, which runs after the presence model and may name a source
        // the presence model read as missing.
        let mut events = find_every_event(text, &segmentation, &actors);
        keep_likely_events(text, &segmentation, &parties, &mut events);
        assert!(events.len() >= 2, "{events:?}");
        for event in &events {
            let probability =
                presence_probability(model, text, &segmentation, &parties, event).expect("in a sentence");
            assert!((event.confidence - (f64::from(probability) * 100.0).round() / 100.0).abs() < 1e-9);
            assert!(probability >= model.thresholds()[0]);
        }
    }

    #[test]
    fn the_speakers_modal_demand_is_kept_with_the_rules_confidence_whatever_the_model_says() {
        let text = "The United States should join the conventions.";
        let segmentation = rhetor_segment::segment(text);
        let actors = rhetor_actors::find_actors(text, &segmentation, &rhetor_actors::ActorContext::default());
        let trigger_start = text.find("should join").expect("trigger");
        let demand = Event {
            source: Some("org:speaker".to_owned()),
            target: Some("USA".to_owned()),
            plover: "REQUEST".to_owned(),
            cameo: "1043".to_owned(),
            negated: false,
            modality: Modality::Demanded,
            reported_by: Some("org:speaker".to_owned()),
            trigger: rhetor_schema::Span {
                start: trigger_start,
                end: trigger_start + "should join".len(),
                text: "should join".to_owned(),
            },
            confidence: 0.6,
        };
        assert!(is_speakers_modal_demand(&demand));
        let mut asserted_request = demand.clone();
        asserted_request.modality = Modality::Asserted;
        assert!(!is_speakers_modal_demand(&asserted_request));
        let mut events = vec![demand.clone()];
        keep_likely_events(text, &segmentation, &party_ranges(&actors.actors), &mut events);
        assert_eq!(events, vec![demand]);
    }

    #[test]
    fn the_embedded_model_loads_with_one_label_and_a_threshold_inside_zero_one() {
        let model = embedded_model().expect("model/presence.rlm loads");
        let threshold = model.thresholds()[0];
        assert!(threshold > 0.0 && threshold < 1.0, "threshold {threshold}");
    }
}
