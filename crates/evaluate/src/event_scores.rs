//! The event metrics and their report.

use std::collections::BTreeMap;
use std::fmt;

/// Counts behind one event type's figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypeScore {
    /// Gold events of this type.
    pub gold: usize,
    /// Of those, detected (a predicted event's trigger overlaps the gold trigger).
    pub detected: usize,
    /// Of the detected, coded with the right type.
    pub typed_correctly: usize,
}

/// Scores of an event coder against gold events.
///
/// *Detection* matches a gold event with predicted events of the same sentence whose trigger
/// overlaps the gold trigger (or, for gold without triggers, any predicted event of the
/// sentence). Type, source, target, negation and modality accuracies are over detected events,
/// taking for each gold event the predicted event that agrees with it most. Triples are
/// (source country, target country, event type) sets per sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventScores {
    /// Sentences evaluated.
    pub sentences: usize,
    /// Gold events.
    pub gold_events: usize,
    /// Predicted events in the evaluated sentences.
    pub predicted_events: usize,
    /// Gold events that were detected.
    pub detected: usize,
    /// Detected events with the right PLOVER type (or CAMEO root, for CAMEO-only gold).
    pub type_correct: usize,
    /// Detected events with the right source country (or organisation).
    pub source_correct: usize,
    /// Detected events with the right target country (or organisation).
    pub target_correct: usize,
    /// Detected events with the right `negated`.
    pub negation_correct: usize,
    /// Detected events with the right modality.
    pub modality_correct: usize,
    /// Predicted triples that are gold triples.
    pub triples_matched_predicted: usize,
    /// Gold triples that were predicted.
    pub triples_matched_gold: usize,
    /// Predicted triples.
    pub triples_predicted: usize,
    /// Gold triples.
    pub triples_gold: usize,
    /// Per event type.
    pub by_type: BTreeMap<String, TypeScore>,
    /// The gold events that were missed or coded with a wrong type, source or target, for
    /// tracing the coder's errors (filled by the evaluations that know the sentence texts).
    pub mismatches: Vec<EventMismatch>,
}

/// A gold event that the coder missed or coded differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventMismatch {
    /// Where the gold event is (gold file and line).
    pub location: String,
    /// The sentence, as in the document.
    pub sentence: String,
    /// The gold trigger's words.
    pub trigger: String,
    /// The gold event as `TYPE source -> target`.
    pub gold: String,
    /// The predicted event chosen for the gold event, as `TYPE source -> target`, or `None` when
    /// no predicted trigger overlaps the gold trigger.
    pub predicted: Option<String>,
}

impl fmt::Display for EventMismatch {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(formatter, "{}  [{}]", self.location, self.trigger)?;
        writeln!(formatter, "  gold      {}", self.gold)?;
        writeln!(
            formatter,
            "  predicted {}",
            self.predicted.as_deref().unwrap_or("(not detected)")
        )?;
        writeln!(formatter, "  {}", self.sentence.replace('\n', " "))
    }
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

impl EventScores {
    /// Adds `other`'s counts to these, as if its sentences had been evaluated with these: the
    /// pooled scores of several gold files (`rhetor eval events A B ...`).
    pub fn pool(&mut self, other: EventScores) {
        self.sentences += other.sentences;
        self.gold_events += other.gold_events;
        self.predicted_events += other.predicted_events;
        self.detected += other.detected;
        self.type_correct += other.type_correct;
        self.source_correct += other.source_correct;
        self.target_correct += other.target_correct;
        self.negation_correct += other.negation_correct;
        self.modality_correct += other.modality_correct;
        self.triples_matched_predicted += other.triples_matched_predicted;
        self.triples_matched_gold += other.triples_matched_gold;
        self.triples_predicted += other.triples_predicted;
        self.triples_gold += other.triples_gold;
        for (event_type, score) in other.by_type {
            let pooled = self.by_type.entry(event_type).or_default();
            pooled.gold += score.gold;
            pooled.detected += score.detected;
            pooled.typed_correctly += score.typed_correctly;
        }
        self.mismatches.extend(other.mismatches);
    }

    /// Share of gold events detected.
    pub fn detection_recall(&self) -> f64 {
        ratio(self.detected, self.gold_events)
    }
    /// Event-type accuracy over detected events.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_correct, self.detected)
    }
    /// Source accuracy over detected events.
    pub fn source_accuracy(&self) -> f64 {
        ratio(self.source_correct, self.detected)
    }
    /// Target accuracy over detected events.
    pub fn target_accuracy(&self) -> f64 {
        ratio(self.target_correct, self.detected)
    }
    /// Precision of (source, target, type) triples.
    pub fn triple_precision(&self) -> f64 {
        ratio(self.triples_matched_predicted, self.triples_predicted)
    }
    /// Recall of (source, target, type) triples.
    pub fn triple_recall(&self) -> f64 {
        ratio(self.triples_matched_gold, self.triples_gold)
    }
    /// F1 of (source, target, type) triples.
    pub fn triple_f1(&self) -> f64 {
        let (precision, recall) = (self.triple_precision(), self.triple_recall());
        if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        }
    }
}

impl fmt::Display for EventScores {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let percent = |value: f64| format!("{:.1}%", value * 100.0);
        writeln!(
            formatter,
            "sentences {}   gold events {}   predicted events {}",
            self.sentences, self.gold_events, self.predicted_events
        )?;
        writeln!(
            formatter,
            "detection recall      {:>7}  ({} of {} gold events)",
            percent(self.detection_recall()),
            self.detected,
            self.gold_events
        )?;
        writeln!(
            formatter,
            "event-type accuracy   {:>7}  (of detected)",
            percent(self.type_accuracy())
        )?;
        writeln!(
            formatter,
            "source accuracy       {:>7}  (of detected)",
            percent(self.source_accuracy())
        )?;
        writeln!(
            formatter,
            "target accuracy       {:>7}  (of detected)",
            percent(self.target_accuracy())
        )?;
        if self.negation_correct + self.modality_correct > 0 {
            writeln!(
                formatter,
                "negation accuracy     {:>7}  (of detected)",
                percent(ratio(self.negation_correct, self.detected))
            )?;
            writeln!(
                formatter,
                "modality accuracy     {:>7}  (of detected)",
                percent(ratio(self.modality_correct, self.detected))
            )?;
        }
        writeln!(
            formatter,
            "triples (source, target, type): precision {}  recall {}  F1 {}",
            percent(self.triple_precision()),
            percent(self.triple_recall()),
            percent(self.triple_f1())
        )?;
        writeln!(
            formatter,
            "\n{:<12} {:>6} {:>9} {:>10}",
            "type", "gold", "detected", "type ok"
        )?;
        for (event_type, score) in &self.by_type {
            writeln!(
                formatter,
                "{event_type:<12} {:>6} {:>9} {:>10}",
                score.gold, score.detected, score.typed_correctly
            )?;
        }
        Ok(())
    }
}

/// One event, gold or predicted, reduced to what is compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ComparableEvent {
    /// Byte range of the trigger in the document, when the gold has one.
    pub(crate) trigger: Option<std::ops::Range<usize>>,
    /// PLOVER type, or CAMEO root for CAMEO-only gold.
    pub(crate) event_type: String,
    /// Source country (ISO3) or organisation key.
    pub(crate) source: Option<String>,
    /// Target country (ISO3) or organisation key.
    pub(crate) target: Option<String>,
    /// Whether the event is negated, when the gold says.
    pub(crate) negated: Option<bool>,
    /// Modality, when the gold says.
    pub(crate) modality: Option<String>,
}

impl ComparableEvent {
    /// `TYPE source -> target`, with `-` for a missing actor.
    pub(crate) fn summary(&self) -> String {
        format!(
            "{} {} -> {}",
            self.event_type,
            self.source.as_deref().unwrap_or("-"),
            self.target.as_deref().unwrap_or("-")
        )
    }
}

/// How one gold event of a sentence fared: the index of the predicted event chosen for it, if any
/// was detected, and whether its type, source and target agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GoldOutcome {
    /// Index into the sentence's predicted events, `None` when the gold event was not detected.
    pub(crate) predicted_index: Option<usize>,
    /// Type, source and target all agree.
    pub(crate) fully_correct: bool,
}

impl EventScores {
    /// Adds one sentence's gold and predicted events to the scores, and returns how each gold
    /// event fared (in gold order).
    pub(crate) fn add_sentence(
        &mut self,
        gold: &[ComparableEvent],
        predicted: &[ComparableEvent],
    ) -> Vec<GoldOutcome> {
        let mut outcomes = Vec::with_capacity(gold.len());
        self.sentences += 1;
        self.gold_events += gold.len();
        self.predicted_events += predicted.len();
        for gold_event in gold {
            let type_score = self.by_type.entry(gold_event.event_type.clone()).or_default();
            type_score.gold += 1;
            let candidates = predicted.iter().enumerate().filter(|(_, predicted_event)| {
                match (&gold_event.trigger, &predicted_event.trigger) {
                    (Some(gold_trigger), Some(predicted_trigger)) => {
                        gold_trigger.start < predicted_trigger.end
                            && predicted_trigger.start < gold_trigger.end
                    }
                    _ => true,
                }
            });
            let agreement = |candidate: &ComparableEvent| {
                (
                    candidate.event_type == gold_event.event_type,
                    candidate.source == gold_event.source,
                    candidate.target == gold_event.target,
                )
            };
            let Some((best_index, best)) = candidates.max_by_key(|(_, candidate)| agreement(candidate))
            else {
                outcomes.push(GoldOutcome {
                    predicted_index: None,
                    fully_correct: false,
                });
                continue;
            };
            type_score.detected += 1;
            self.detected += 1;
            let (type_ok, source_ok, target_ok) = agreement(best);
            outcomes.push(GoldOutcome {
                predicted_index: Some(best_index),
                fully_correct: type_ok && source_ok && target_ok,
            });
            if type_ok {
                type_score.typed_correctly += 1;
                self.type_correct += 1;
            }
            self.source_correct += usize::from(source_ok);
            self.target_correct += usize::from(target_ok);
            self.negation_correct +=
                usize::from(gold_event.negated.is_some() && gold_event.negated == best.negated);
            self.modality_correct +=
                usize::from(gold_event.modality.is_some() && gold_event.modality == best.modality);
        }
        let triples = |events: &[ComparableEvent]| -> std::collections::BTreeSet<(Option<String>, Option<String>, String)> {
            events.iter().map(|event| (event.source.clone(), event.target.clone(), event.event_type.clone())).collect()
        };
        let (gold_triples, predicted_triples) = (triples(gold), triples(predicted));
        let matched = gold_triples.intersection(&predicted_triples).count();
        self.triples_gold += gold_triples.len();
        self.triples_predicted += predicted_triples.len();
        self.triples_matched_gold += matched;
        self.triples_matched_predicted += matched;
        outcomes
    }
}

/// The comparison key of an actor of an analysis: its country, else the organisation it serves
/// (an office holder of the UN is the UN's), else its own id (organisations).
pub(crate) fn actor_key(analysis: &rhetor_schema::Analysis, actor_id: Option<&str>) -> Option<String> {
    let actor_id = actor_id?;
    let actor = analysis.actors.iter().find(|actor| actor.id == actor_id)?;
    Some(
        actor
            .country
            .clone()
            .or_else(|| actor.organisation.clone())
            .unwrap_or_else(|| actor.id.clone()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(trigger: std::ops::Range<usize>, event_type: &str, source: Option<&str>) -> ComparableEvent {
        ComparableEvent {
            trigger: Some(trigger),
            event_type: event_type.to_owned(),
            source: source.map(str::to_owned),
            target: None,
            negated: Some(false),
            modality: Some("asserted".to_owned()),
        }
    }

    #[test]
    fn source_accuracy_is_over_detected_events_and_outcomes_name_the_chosen_prediction() {
        let mut scores = EventScores::default();
        let gold = [
            event(0..5, "ACCUSE", Some("USA")),
            event(10..15, "REQUEST", Some("RUS")),
            event(20..25, "ASSAULT", None),
        ];
        // The first is detected twice (the right source wins), the second with a wrong source,
        // the third not at all.
        let predicted = [
            event(0..5, "ACCUSE", Some("UKR")),
            event(1..4, "ACCUSE", Some("USA")),
            event(12..14, "REQUEST", Some("USA")),
        ];
        let outcomes = scores.add_sentence(&gold, &predicted);
        assert_eq!(scores.detected, 2);
        assert_eq!(scores.source_correct, 1);
        assert!((scores.source_accuracy() - 0.5).abs() < 1e-9);
        assert_eq!(
            outcomes,
            [
                GoldOutcome {
                    predicted_index: Some(1),
                    fully_correct: true
                },
                GoldOutcome {
                    predicted_index: Some(2),
                    fully_correct: false
                },
                GoldOutcome {
                    predicted_index: None,
                    fully_correct: false
                },
            ]
        );
        assert_eq!(predicted[2].summary(), "REQUEST USA -> -");
    }
}
