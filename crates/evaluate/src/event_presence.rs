//! Training the event coder's learned presence model (`rhetor train event-presence`) from
//! rhetor's gold sets: every event the coder (rules and sense model) codes on a gold sentence is
//! an example, present when a gold event overlaps its trigger (every gold sentence is annotated
//! with all its events). See `rhetor_events`' `presence` module for the model and its use.

use std::fmt;
use std::path::{Path, PathBuf};

use rhetor_core::AnalyzeOptions;
use rhetor_events::{is_speakers_modal_demand, SENSE_BUCKETS_LOG2};
use rhetor_linear::{FeatureHasher, LinearModel, SparseVector};

use crate::event_gold::{train_event_model, visit_coded_gold_sentences, FOLDS};
use crate::{percentage, EvaluationError, Result};

/// The L2 penalties the cross-validation chooses from.
const L2_CANDIDATES: [f32; 5] = [3.0, 10.0, 30.0, 100.0, 300.0];

/// The thresholds the cross-validation chooses from: 0.01 to 0.99 in steps of 0.01.
const THRESHOLD_STEPS: u16 = 99;

/// The label of the model's single output.
const PRESENT_LABEL: &str = "present";

/// One event the coder codes on a gold sentence.
struct PresenceExample {
    fold: usize,
    features: SparseVector,
    /// Whether a gold event overlaps its trigger.
    present: bool,
    /// Whether the model judges it: the speaker's modal demands are always kept and left out of
    /// the training ([`rhetor_events::is_speakers_modal_demand`]).
    judged: bool,
}

/// The gold events, each with the examples whose trigger overlaps its own: it is found when one
/// of them is kept.
struct GoldEventCoverage {
    examples: Vec<usize>,
}

/// The out-of-fold figures of one L2 penalty at its best threshold.
#[derive(Debug, Clone)]
pub struct PresenceCrossValidation {
    /// The L2 penalty.
    pub l2: f32,
    /// The threshold with the best F1 of gold events found.
    pub threshold: f32,
    /// Events kept at that threshold.
    pub kept: usize,
    /// Kept events a gold event overlaps.
    pub kept_present: usize,
    /// Gold events that a kept event overlaps.
    pub gold_found: usize,
}

/// What `rhetor train event-presence` reports.
#[derive(Debug, Clone)]
pub struct PresenceTrainingReport {
    /// Gold sets read.
    pub gold_sets: usize,
    /// Gold events in them.
    pub gold_events: usize,
    /// Events the coder codes on the gold sentences (the examples).
    pub coded: usize,
    /// Of those, the ones a gold event overlaps.
    pub coded_present: usize,
    /// Of those, the speaker's modal demands, kept without the model's judgement.
    pub unjudged: usize,
    /// Gold events that some coded event overlaps (found when every event is kept).
    pub gold_found_by_all: usize,
    /// The cross-validation of each L2 penalty.
    pub cross_validations: Vec<PresenceCrossValidation>,
    /// The chosen penalty and threshold: those with the best F1.
    pub chosen: PresenceCrossValidation,
}

/// Precision (kept events a gold event overlaps), recall (gold events a kept event overlaps)
/// and their F1, in percent.
fn precision_recall_f1(
    kept: usize,
    kept_present: usize,
    gold_found: usize,
    gold_events: usize,
) -> (f64, f64, f64) {
    let precision = percentage(kept_present, kept);
    let recall = percentage(gold_found, gold_events);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

impl fmt::Display for PresenceTrainingReport {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            formatter,
            "{} coded events on the gold sentences of {} gold sets ({} gold events); a gold event overlaps {}",
            self.coded, self.gold_sets, self.gold_events, self.coded_present
        )?;
        writeln!(
            formatter,
            "{} of them are the speaker's modal demands, which the gold does not code: always kept, not judged",
            self.unjudged
        )?;
        let (precision, recall, f1) = precision_recall_f1(
            self.coded,
            self.coded_present,
            self.gold_found_by_all,
            self.gold_events,
        );
        writeln!(
            formatter,
            "every event kept: precision {precision:.1}%, gold events found {recall:.1}%, F1 {f1:.1}%"
        )?;
        writeln!(
            formatter,
            "{FOLDS}-fold cross-validation by gold set (set i in fold i mod {FOLDS}), out-of-fold probabilities:"
        )?;
        for validation in &self.cross_validations {
            let (precision, recall, f1) = precision_recall_f1(
                validation.kept,
                validation.kept_present,
                validation.gold_found,
                self.gold_events,
            );
            writeln!(
                formatter,
                "  l2 {:<4} best threshold {:.2}: {} kept, precision {precision:.1}%, gold events found {recall:.1}%, F1 {f1:.1}%",
                validation.l2, validation.threshold, validation.kept
            )?;
        }
        writeln!(
            formatter,
            "chosen: l2 {}, threshold {:.2}",
            self.chosen.l2, self.chosen.threshold
        )
    }
}

/// Trains the presence model from the gold files (`data/gold/events*.jsonl`), reading their
/// documents from `corpora_directory`; chooses the L2 penalty and the threshold by
/// cross-validation over the files (the pair whose out-of-fold probabilities give the best F1 of
/// gold events found) and trains the shipped model on all of them.
///
/// # Errors
///
/// When a gold file or corpus cannot be read, or there are too few examples to train.
pub fn train_event_presence(
    gold_paths: &[PathBuf],
    corpora_directory: &Path,
) -> Result<(LinearModel, PresenceTrainingReport)> {
    let hasher =
        FeatureHasher::new(SENSE_BUCKETS_LOG2).map_err(|error| EvaluationError::Model(error.to_string()))?;
    let mut examples = Vec::new();
    let mut coverage = Vec::new();
    for (index, gold_path) in gold_paths.iter().enumerate() {
        presence_examples(
            gold_path,
            corpora_directory,
            index % FOLDS,
            &hasher,
            &mut examples,
            &mut coverage,
        )?;
    }
    let present_count = examples.iter().filter(|example| example.present).count();
    let judged_count = examples.iter().filter(|example| example.judged).count();
    let judged_present_count = examples
        .iter()
        .filter(|example| example.judged && example.present)
        .count();
    if judged_present_count == 0 || judged_present_count == judged_count {
        return Err(EvaluationError::Model(format!(
            "{judged_count} coded events to judge, {judged_present_count} of them present: too few of one kind to train"
        )));
    }
    let mut cross_validations = Vec::new();
    for l2 in L2_CANDIDATES {
        let mut probabilities = vec![0.0_f32; examples.len()];
        for fold in 0..FOLDS {
            let training: Vec<&PresenceExample> = examples
                .iter()
                .filter(|example| example.judged && example.fold != fold)
                .collect();
            let model = fit(&training, hasher, l2)?;
            for (probability, example) in probabilities.iter_mut().zip(&examples) {
                if example.fold == fold {
                    *probability = model.scores(&example.features)[0];
                }
            }
        }
        cross_validations.push(best_threshold(l2, &probabilities, &examples, &coverage));
    }
    let gold_events = coverage.len();
    let f1_of = |validation: &PresenceCrossValidation| {
        precision_recall_f1(
            validation.kept,
            validation.kept_present,
            validation.gold_found,
            gold_events,
        )
        .2
    };
    let chosen = cross_validations
        .iter()
        .max_by(|left, right| f1_of(left).total_cmp(&f1_of(right)))
        .cloned()
        .ok_or_else(|| EvaluationError::Model("no L2 candidate".to_owned()))?;
    let all: Vec<&PresenceExample> = examples.iter().filter(|example| example.judged).collect();
    let mut model = fit(&all, hasher, chosen.l2)?;
    model
        .set_thresholds(vec![chosen.threshold])
        .map_err(|error| EvaluationError::Model(error.to_string()))?;
    model.set_namespace_description(
        "t trigger, c CAMEO, m modality, l/L/1 words before (6, 2, 1), r/R/2 words after, s source named, g target named"
            .to_owned(),
    );
    let report = PresenceTrainingReport {
        gold_sets: gold_paths.len(),
        gold_events,
        coded: examples.len(),
        coded_present: present_count,
        unjudged: examples.len() - judged_count,
        gold_found_by_all: coverage.iter().filter(|gold| !gold.examples.is_empty()).count(),
        cross_validations,
        chosen,
    };
    model.set_metadata(format!(
        "trained by rhetor train event-presence from {} gold sets; {}",
        report.gold_sets,
        report.to_string().lines().last().unwrap_or_default()
    ));
    Ok((model, report))
}

/// The threshold whose kept events give the best F1 of gold events found, for the out-of-fold
/// `probabilities` of `examples` (ties to the lower threshold).
fn best_threshold(
    l2: f32,
    probabilities: &[f32],
    examples: &[PresenceExample],
    coverage: &[GoldEventCoverage],
) -> PresenceCrossValidation {
    let mut best: Option<(f64, PresenceCrossValidation)> = None;
    for step in 1..=THRESHOLD_STEPS {
        let threshold = f32::from(step) / 100.0;
        let kept = |index: usize| !examples[index].judged || probabilities[index] >= threshold;
        let kept_count = (0..examples.len()).filter(|&index| kept(index)).count();
        let kept_present = (0..examples.len())
            .filter(|&index| kept(index) && examples[index].present)
            .count();
        let gold_found = coverage
            .iter()
            .filter(|gold| gold.examples.iter().any(|&index| kept(index)))
            .count();
        let f1 = precision_recall_f1(kept_count, kept_present, gold_found, coverage.len()).2;
        if best.as_ref().is_none_or(|(best_f1, _)| f1 > *best_f1) {
            best = Some((
                f1,
                PresenceCrossValidation {
                    l2,
                    threshold,
                    kept: kept_count,
                    kept_present,
                    gold_found,
                },
            ));
        }
    }
    best.map(|(_, validation)| validation)
        .unwrap_or(PresenceCrossValidation {
            l2,
            threshold: 0.5,
            kept: 0,
            kept_present: 0,
            gold_found: 0,
        })
}

fn fit(examples: &[&PresenceExample], hasher: FeatureHasher, l2: f32) -> Result<LinearModel> {
    let vectors: Vec<SparseVector> = examples.iter().map(|example| example.features.clone()).collect();
    let targets: Vec<Vec<bool>> = examples.iter().map(|example| vec![example.present]).collect();
    train_event_model(&vectors, &targets, vec![PRESENT_LABEL.to_owned()], hasher, l2)
}

/// Appends the examples of one gold file (its documents analysed with every event kept) to
/// `examples`, and its gold events, with the examples overlapping each, to `coverage`.
fn presence_examples(
    gold_path: &Path,
    corpora_directory: &Path,
    fold: usize,
    hasher: &FeatureHasher,
    examples: &mut Vec<PresenceExample>,
    coverage: &mut Vec<GoldEventCoverage>,
) -> Result<()> {
    let options = AnalyzeOptions {
        keep_every_event: true,
        ..AnalyzeOptions::default()
    };
    visit_coded_gold_sentences(
        gold_path,
        corpora_directory,
        &options,
        hasher,
        |sentence, coded| {
            let first_gold = coverage.len();
            coverage.extend(
                sentence
                    .events
                    .iter()
                    .map(|_| GoldEventCoverage { examples: Vec::new() }),
            );
            for (event, features) in coded {
                let example_index = examples.len();
                let mut present = false;
                for (offset, gold) in sentence.events.iter().enumerate() {
                    if gold.trigger_start < event.trigger.end && event.trigger.start < gold.trigger_end {
                        present = true;
                        coverage[first_gold + offset].examples.push(example_index);
                    }
                }
                examples.push(PresenceExample {
                    fold,
                    features,
                    present,
                    judged: !is_speakers_modal_demand(event),
                });
            }
        },
    )
}
