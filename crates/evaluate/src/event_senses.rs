//! Training the event coder's learned sense model (`rhetor train event-senses`) from rhetor's
//! gold sets: each cooperative event the rules code on a gold sentence, whose trigger a gold
//! event overlaps, is an example labelled with the gold's type (see `rhetor_events`' `senses`
//! module for the model and its features).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use rhetor_core::AnalyzeOptions;
use rhetor_events::{cameo_table_metadata, chosen_type, is_in_sense_family, SENSE_BUCKETS_LOG2};
use rhetor_linear::{FeatureHasher, LinearModel, SparseVector};

use crate::event_gold::{train_event_model, visit_coded_gold_sentences, FOLDS};
use crate::{percentage, EvaluationError, Result};

/// A type needs this many training examples to be one of the model's labels.
const MINIMUM_EXAMPLES_PER_TYPE: usize = 5;

/// The L2 penalties the cross-validation chooses from.
const L2_CANDIDATES: [f32; 3] = [0.1, 1.0, 3.0];

/// One cooperative event of the rules on a gold sentence, with what the gold says of it.
struct SenseExample {
    fold: usize,
    features: SparseVector,
    rules_plover: String,
    rules_cameo: String,
    /// The type the model learns: the rules' own when a gold event on the trigger has it, else
    /// the first gold event's.
    label: String,
    /// The gold CAMEO code of the label.
    label_cameo: String,
    /// The types of every gold event on the trigger: any of them is a right answer.
    gold_types: Vec<String>,
}

/// The cross-validation of one L2 penalty: right types of the rules and of the model.
#[derive(Debug, Clone)]
pub struct SenseCrossValidation {
    /// The L2 penalty.
    pub l2: f32,
    /// Per fold: (examples, rules right, model right).
    pub folds: Vec<(usize, usize, usize)>,
}

impl SenseCrossValidation {
    /// Examples, rules right and model right over all folds.
    #[must_use]
    pub fn totals(&self) -> (usize, usize, usize) {
        self.folds
            .iter()
            .fold((0, 0, 0), |(examples, rules, model), fold| {
                (examples + fold.0, rules + fold.1, model + fold.2)
            })
    }
}

/// What `rhetor train event-senses` reports.
#[derive(Debug, Clone)]
pub struct SenseTrainingReport {
    /// Gold sets read.
    pub gold_sets: usize,
    /// Examples (cooperative events of the rules that a gold event overlaps).
    pub examples: usize,
    /// The model's labels.
    pub labels: Vec<String>,
    /// The cross-validation of each L2 penalty.
    pub cross_validations: Vec<SenseCrossValidation>,
    /// The chosen penalty: the one whose model is right most often across the folds.
    pub chosen_l2: f32,
}

impl fmt::Display for SenseTrainingReport {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            formatter,
            "{} examples from {} gold sets; types: {}",
            self.examples,
            self.gold_sets,
            self.labels.join(", ")
        )?;
        writeln!(
            formatter,
            "{FOLDS}-fold cross-validation by gold set (set i in fold i mod {FOLDS}):"
        )?;
        for validation in &self.cross_validations {
            let (examples, rules, model) = validation.totals();
            let folds: Vec<String> = validation
                .folds
                .iter()
                .map(|(examples, rules, model)| format!("{rules}→{model}/{examples}"))
                .collect();
            writeln!(
                formatter,
                "  l2 {:<4} types right: rules {rules} ({:.1}%), model {model} ({:.1}%) of {examples}; folds {}",
                validation.l2,
                percentage(rules, examples),
                percentage(model, examples),
                folds.join(" ")
            )?;
        }
        writeln!(formatter, "chosen: l2 {}", self.chosen_l2)
    }
}

/// Trains the sense model from the gold files (`data/gold/events*.jsonl`), reading their
/// documents from `corpora_directory`; chooses the L2 penalty by cross-validation over the
/// files and trains the shipped model on all of them.
///
/// # Errors
///
/// When a gold file or corpus cannot be read, or there are too few examples to train.
pub fn train_event_senses(
    gold_paths: &[PathBuf],
    corpora_directory: &Path,
) -> Result<(LinearModel, SenseTrainingReport)> {
    let hasher =
        FeatureHasher::new(SENSE_BUCKETS_LOG2).map_err(|error| EvaluationError::Model(error.to_string()))?;
    let mut examples = Vec::new();
    for (index, gold_path) in gold_paths.iter().enumerate() {
        examples.extend(sense_examples(
            gold_path,
            corpora_directory,
            index % FOLDS,
            &hasher,
        )?);
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for example in &examples {
        *counts.entry(example.label.as_str()).or_default() += 1;
    }
    let labels: Vec<String> = counts
        .iter()
        .filter(|(_, count)| **count >= MINIMUM_EXAMPLES_PER_TYPE)
        .map(|(label, _)| (*label).to_owned())
        .collect();
    if labels.len() < 2 {
        return Err(EvaluationError::Model(format!(
            "{} sense examples with {} types: too few to train",
            examples.len(),
            labels.len()
        )));
    }
    let mut cross_validations = Vec::new();
    for l2 in L2_CANDIDATES {
        let mut folds = Vec::new();
        for fold in 0..FOLDS {
            let training: Vec<&SenseExample> =
                examples.iter().filter(|example| example.fold != fold).collect();
            let test: Vec<&SenseExample> = examples.iter().filter(|example| example.fold == fold).collect();
            let model = fit(&training, &labels, hasher, l2)?;
            let mut rules_right = 0;
            let mut model_right = 0;
            for example in &test {
                let scores = model.scores(&example.features);
                let chosen =
                    chosen_type(&labels, &scores, &example.rules_plover).unwrap_or(&example.rules_plover);
                rules_right += usize::from(example.gold_types.contains(&example.rules_plover));
                model_right += usize::from(example.gold_types.iter().any(|gold| gold == chosen));
            }
            folds.push((test.len(), rules_right, model_right));
        }
        cross_validations.push(SenseCrossValidation { l2, folds });
    }
    let chosen_l2 = cross_validations
        .iter()
        .max_by_key(|validation| (validation.totals().2, std::cmp::Reverse(validation.l2.to_bits())))
        .map_or(1.0, |validation| validation.l2);
    let all: Vec<&SenseExample> = examples.iter().collect();
    let mut model = fit(&all, &labels, hasher, chosen_l2)?;
    model.set_metadata(cameo_table(&examples));
    model.set_namespace_description(
        "t trigger, c rules' CAMEO, m modality, l/L/1 words before (6, 2, 1), r/R/2 words after, s source named, g target named"
            .to_owned(),
    );
    let report = SenseTrainingReport {
        gold_sets: gold_paths.len(),
        examples: examples.len(),
        labels,
        cross_validations,
        chosen_l2,
    };
    Ok((model, report))
}

fn fit(examples: &[&SenseExample], labels: &[String], hasher: FeatureHasher, l2: f32) -> Result<LinearModel> {
    let vectors: Vec<SparseVector> = examples.iter().map(|example| example.features.clone()).collect();
    let targets: Vec<Vec<bool>> = examples
        .iter()
        .map(|example| labels.iter().map(|label| *label == example.label).collect())
        .collect();
    train_event_model(&vectors, &targets, labels.to_vec(), hasher, l2)
}

/// The CAMEO code a retyped event takes: for each pair of the rules' code and a gold type, the
/// gold code most often given to it; for each type, the code most often given to it at all
/// (ties to the smaller code, so that training is deterministic).
fn cameo_table(examples: &[SenseExample]) -> String {
    let mut by_pair: BTreeMap<(&str, &str), BTreeMap<&str, usize>> = BTreeMap::new();
    let mut by_type: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for example in examples {
        // The model only looks a pair up when it changes the rules' type.
        if example.label != example.rules_plover {
            *by_pair
                .entry((example.rules_cameo.as_str(), example.label.as_str()))
                .or_default()
                .entry(example.label_cameo.as_str())
                .or_default() += 1;
        }
        *by_type
            .entry(example.label.as_str())
            .or_default()
            .entry(example.label_cameo.as_str())
            .or_default() += 1;
    }
    let most_frequent = |codes: &BTreeMap<&str, usize>| {
        codes
            .iter()
            .max_by_key(|(code, count)| (**count, std::cmp::Reverse(**code)))
            .map(|(code, _)| (*code).to_owned())
            .unwrap_or_default()
    };
    let pairs: Vec<(String, String, String)> = by_pair
        .iter()
        .map(|((rules_cameo, label), codes)| {
            (
                (*rules_cameo).to_owned(),
                (*label).to_owned(),
                most_frequent(codes),
            )
        })
        .collect();
    let types: Vec<(String, String)> = by_type
        .iter()
        .map(|(label, codes)| ((*label).to_owned(), most_frequent(codes)))
        .collect();
    cameo_table_metadata(&pairs, &types)
}

/// The examples of one gold file: its documents analysed with the rules' types only.
fn sense_examples(
    gold_path: &Path,
    corpora_directory: &Path,
    fold: usize,
    hasher: &FeatureHasher,
) -> Result<Vec<SenseExample>> {
    let options = AnalyzeOptions {
        event_types_by_rules_only: true,
        ..AnalyzeOptions::default()
    };
    let mut examples = Vec::new();
    visit_coded_gold_sentences(
        gold_path,
        corpora_directory,
        &options,
        hasher,
        |sentence, coded| {
            for (event, features) in coded {
                if !is_in_sense_family(&event.cameo) {
                    continue;
                }
                let overlapping: Vec<_> = sentence
                    .events
                    .iter()
                    .filter(|gold| {
                        gold.trigger_start < event.trigger.end && event.trigger.start < gold.trigger_end
                    })
                    .filter_map(|gold| Some((gold.plover.clone()?, gold.cameo.clone().unwrap_or_default())))
                    .collect();
                let Some((label, label_cameo)) = overlapping
                    .iter()
                    .find(|(plover, _)| *plover == event.plover)
                    .or_else(|| overlapping.first())
                    .cloned()
                else {
                    continue;
                };
                examples.push(SenseExample {
                    fold,
                    features,
                    rules_plover: event.plover.clone(),
                    rules_cameo: event.cameo.clone(),
                    label,
                    label_cameo,
                    gold_types: overlapping.into_iter().map(|(plover, _)| plover).collect(),
                });
            }
        },
    )?;
    Ok(examples)
}
