//! Training the event coder's learned source model (`rhetor train event-sources`) from rhetor's
//! gold sets: every event the coder (rules and sense model) codes without a source on a gold
//! sentence where a gold event overlaps its trigger gives one group of candidates
//! ([`rhetor_events::source_candidates`]), those whose actor compares equal to an overlapping gold
//! event's source (no one, for a gold event without one) being the right ones. See
//! `rhetor_events`' `sources` module for the model and its use.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use rhetor_core::AnalyzeOptions;
use rhetor_events::{candidate_filling_the_source, source_candidates, SourceCandidate, SOURCE_BUCKETS_LOG2};
use rhetor_linear::{FeatureHasher, LinearModel, SparseVector};

use crate::event_gold::{
    events_in_gold_sentence, gold_actor_key, train_event_model, visit_gold_sentences_in_documents, FOLDS,
};
use crate::event_scores::actor_key;
use crate::{percentage, EvaluationError, Result};

/// The L2 penalties the cross-validation chooses from.
const L2_CANDIDATES: [f32; 5] = [1.0, 3.0, 10.0, 30.0, 100.0];

/// The margins the cross-validation chooses from: 0.00 to 0.90 in steps of 0.02 (how far the
/// best candidate's probability must lead the probability that no one is the source).
const MARGIN_STEPS: u16 = 45;

/// The label of the model's single output.
const SOURCE_LABEL: &str = "source";

/// The candidates of one coded event without a source that a gold event overlaps.
struct SourceGroup {
    fold: usize,
    candidates: Vec<SourceCandidate>,
    /// Whether each candidate is a gold source.
    right: Vec<bool>,
}

impl SourceGroup {
    /// Whether leaving the event without a source is right (the gold event has none).
    fn no_one_is_right(&self) -> bool {
        self.candidates
            .iter()
            .zip(&self.right)
            .any(|(candidate, right)| *right && candidate.actor.is_none())
    }
}

/// The out-of-fold figures of one L2 penalty at its best margin.
#[derive(Debug, Clone)]
pub struct SourceCrossValidation {
    /// The L2 penalty.
    pub l2: f32,
    /// The margin whose fills do the most good (see [`best_margin`]).
    pub margin: f32,
    /// Events whose source is right with the model at that margin.
    pub right: usize,
    /// Events the model gives a source at that margin.
    pub filled: usize,
    /// Of those, the ones whose source is right.
    pub filled_right: usize,
}

/// What `rhetor train event-sources` reports.
#[derive(Debug, Clone)]
pub struct SourceTrainingReport {
    /// Gold sets read.
    pub gold_sets: usize,
    /// Coded events without a source that a gold event overlaps (the groups).
    pub events: usize,
    /// Candidates over all groups (the examples).
    pub candidates: usize,
    /// Events whose gold event has no source either: the rules' none is right.
    pub no_one_right: usize,
    /// Events with a right candidate among theirs (the most any choice gets right).
    pub reachable: usize,
    /// The cross-validation of each L2 penalty.
    pub cross_validations: Vec<SourceCrossValidation>,
    /// The chosen penalty and margin: those whose fills do the most good.
    pub chosen: SourceCrossValidation,
}

impl fmt::Display for SourceTrainingReport {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            formatter,
            "{} coded events without a source that a gold event overlaps, on the gold sentences of {} gold sets ({} candidates)",
            self.events, self.gold_sets, self.candidates
        )?;
        writeln!(
            formatter,
            "no source is right for {} ({:.1}%); a right candidate exists for {} ({:.1}%)",
            self.no_one_right,
            percentage(self.no_one_right, self.events),
            self.reachable,
            percentage(self.reachable, self.events)
        )?;
        writeln!(
            formatter,
            "{FOLDS}-fold cross-validation by gold set (set i in fold i mod {FOLDS}), out-of-fold probabilities:"
        )?;
        for validation in &self.cross_validations {
            writeln!(
                formatter,
                "  l2 {:<4} best margin {:.2}: sources right {} ({:.1}%); {} filled, {} of them right ({:.1}%)",
                validation.l2,
                validation.margin,
                validation.right,
                percentage(validation.right, self.events),
                validation.filled,
                validation.filled_right,
                percentage(validation.filled_right, validation.filled)
            )?;
        }
        writeln!(
            formatter,
            "chosen: l2 {}, margin {:.2}",
            self.chosen.l2, self.chosen.margin
        )
    }
}

/// Trains the source model from the gold files (`data/gold/events*.jsonl`), reading their
/// documents from `corpora_directory`; chooses the L2 penalty and the margin by cross-validation
/// over the files (the pair whose out-of-fold fills do the most good, see [`best_margin`]) and
/// trains the shipped model on all of them.
///
/// # Errors
///
/// When a gold file or corpus cannot be read, or there are too few examples to train.
pub fn train_event_sources(
    gold_paths: &[PathBuf],
    corpora_directory: &Path,
) -> Result<(LinearModel, SourceTrainingReport)> {
    let hasher =
        FeatureHasher::new(SOURCE_BUCKETS_LOG2).map_err(|error| EvaluationError::Model(error.to_string()))?;
    let mut groups = Vec::new();
    for (index, gold_path) in gold_paths.iter().enumerate() {
        source_groups(gold_path, corpora_directory, index % FOLDS, &hasher, &mut groups)?;
    }
    let candidate_count: usize = groups.iter().map(|group| group.candidates.len()).sum();
    let right_count: usize = groups
        .iter()
        .map(|group| group.right.iter().filter(|right| **right).count())
        .sum();
    if right_count == 0 || right_count == candidate_count {
        return Err(EvaluationError::Model(format!(
            "{candidate_count} source candidates, {right_count} of them right: too few of one kind to train"
        )));
    }
    let mut cross_validations = Vec::new();
    for l2 in L2_CANDIDATES {
        let mut probabilities: Vec<Vec<f32>> = groups
            .iter()
            .map(|group| vec![0.0; group.candidates.len()])
            .collect();
        for fold in 0..FOLDS {
            let training: Vec<&SourceGroup> = groups.iter().filter(|group| group.fold != fold).collect();
            let model = fit(&training, hasher, l2)?;
            for (group_probabilities, group) in probabilities.iter_mut().zip(&groups) {
                if group.fold == fold {
                    for (probability, candidate) in group_probabilities.iter_mut().zip(&group.candidates) {
                        *probability = model.scores(&candidate.features)[0];
                    }
                }
            }
        }
        cross_validations.push(best_margin(l2, &probabilities, &groups));
    }
    let chosen = cross_validations
        .iter()
        .max_by_key(|validation| good_done(validation))
        .cloned()
        .ok_or_else(|| EvaluationError::Model("no L2 candidate".to_owned()))?;
    let all: Vec<&SourceGroup> = groups.iter().collect();
    let mut model = fit(&all, hasher, chosen.l2)?;
    model
        .set_thresholds(vec![chosen.margin])
        .map_err(|error| EvaluationError::Model(error.to_string()))?;
    model.set_namespace_description(
        "k standing, x/X the rules' choice, no one (and CAMEO root), c/C CAMEO root and code, t trigger, m modality, \
         n parties in sentence, u/v words before and after the trigger, s mentions of the actor, y target, z shares \
         the target's country, q/Q claimant, a/A actor type and sector, p first person, d/D words between, r parties \
         between, w/W words between, b/f words before and after the mention"
            .to_owned(),
    );
    let report = SourceTrainingReport {
        gold_sets: gold_paths.len(),
        events: groups.len(),
        candidates: candidate_count,
        no_one_right: groups.iter().filter(|group| group.no_one_is_right()).count(),
        reachable: groups.iter().filter(|group| group.right.contains(&true)).count(),
        cross_validations,
        chosen,
    };
    model.set_metadata(format!(
        "trained by rhetor train event-sources from {} gold sets; {}",
        report.gold_sets,
        report.to_string().lines().last().unwrap_or_default()
    ));
    Ok((model, report))
}

/// The margin whose fills do the most good for the out-of-fold `probabilities` of `groups`: the
/// sources right minus the fills that name the wrong actor (ties to the larger margin, which
/// fills fewer). A wrong source is counted against even where the rules' none was wrong too: to an
/// analyst, an act pinned on the wrong party is worse than one whose doer is left unknown.
fn best_margin(l2: f32, probabilities: &[Vec<f32>], groups: &[SourceGroup]) -> SourceCrossValidation {
    let mut best: Option<SourceCrossValidation> = None;
    for step in (0..=MARGIN_STEPS).rev() {
        let margin = f32::from(step) / 50.0;
        let mut validation = SourceCrossValidation {
            l2,
            margin,
            right: 0,
            filled: 0,
            filled_right: 0,
        };
        for (group, group_probabilities) in groups.iter().zip(probabilities) {
            let is_right = match candidate_filling_the_source(&group.candidates, group_probabilities, margin)
            {
                Some(index) => {
                    validation.filled += 1;
                    validation.filled_right += usize::from(group.right[index]);
                    group.right[index]
                }
                None => group.no_one_is_right(),
            };
            validation.right += usize::from(is_right);
        }
        if best
            .as_ref()
            .is_none_or(|best| good_done(&validation) > good_done(best))
        {
            best = Some(validation);
        }
    }
    best.unwrap_or(SourceCrossValidation {
        l2,
        margin: 1.0,
        right: 0,
        filled: 0,
        filled_right: 0,
    })
}

/// The right sources minus the fills naming the wrong actor.
fn good_done(validation: &SourceCrossValidation) -> isize {
    let wrong_fills = validation.filled - validation.filled_right;
    validation.right as isize - wrong_fills as isize
}

fn fit(groups: &[&SourceGroup], hasher: FeatureHasher, l2: f32) -> Result<LinearModel> {
    let mut vectors: Vec<SparseVector> = Vec::new();
    let mut targets: Vec<Vec<bool>> = Vec::new();
    for group in groups {
        for (candidate, right) in group.candidates.iter().zip(&group.right) {
            vectors.push(candidate.features.clone());
            targets.push(vec![*right]);
        }
    }
    train_event_model(&vectors, &targets, vec![SOURCE_LABEL.to_owned()], hasher, l2)
}

/// Appends the groups of one gold file (its documents analysed with every event kept and the
/// rules' sources) to `groups`: one per event the rules find no source for. An event with a
/// source is not the model's: replacing the rules' sources was measured and does not pay (see
/// the `sources` module of `rhetor_events`).
fn source_groups(
    gold_path: &Path,
    corpora_directory: &Path,
    fold: usize,
    hasher: &FeatureHasher,
    groups: &mut Vec<SourceGroup>,
) -> Result<()> {
    let options = AnalyzeOptions {
        keep_every_event: true,
        ..AnalyzeOptions::default()
    };
    visit_gold_sentences_in_documents(
        gold_path,
        corpora_directory,
        &options,
        |sentence, analysis, (segmentation, parties)| {
            for (event, split_sentence) in events_in_gold_sentence(sentence, analysis, segmentation) {
                if event.source.is_some() {
                    continue;
                }
                let gold_sources: BTreeSet<Option<String>> = sentence
                    .events
                    .iter()
                    .filter(|gold| {
                        gold.trigger_start < event.trigger.end && event.trigger.start < gold.trigger_end
                    })
                    .map(|gold| gold_actor_key(gold.source.as_deref()))
                    .collect();
                if gold_sources.is_empty() {
                    continue;
                }
                let candidates = source_candidates(
                    hasher,
                    &analysis.text,
                    split_sentence.range.clone(),
                    &segmentation.tokens[split_sentence.tokens.clone()],
                    &analysis.actors,
                    parties,
                    event,
                );
                let right = candidates
                    .iter()
                    .map(|candidate| gold_sources.contains(&candidate_key(analysis, candidate)))
                    .collect();
                groups.push(SourceGroup {
                    fold,
                    candidates,
                    right,
                });
            }
        },
    )
}

/// The comparison key of a candidate, as the evaluation compares a predicted source
/// ([`actor_key`]); an id the analysis has no actor for stands for itself, never for no one.
fn candidate_key(analysis: &rhetor_schema::Analysis, candidate: &SourceCandidate) -> Option<String> {
    let id = candidate.actor.as_deref()?;
    actor_key(analysis, Some(id)).or_else(|| Some(id.to_owned()))
}
