//! Evidence from events: what the speaker does to actors, what it says others failed to do, what
//! others do to its side, and (second pass) the balance rule.
//!
//! The weights are those of `data/event_polarity.tsv`; the code knows only the roles (speaker as
//! source, omission, against the speaker's side, balance), never a PLOVER type.

use std::ops::Range;

use rhetor_schema::{Event, Modality};

use crate::{push_evidence, Evidence, StanceContext};

/// How much a speaker's act counts when it is not asserted: a demand is as telling as an
/// assertion (it is the speaker's position), an announcement slightly less, a supposition or a
/// question much less.
fn modality_factor(modality: Modality) -> f64 {
    match modality {
        Modality::Asserted | Modality::Demanded => 1.0,
        Modality::Future => 0.8,
        Modality::Hypothetical => 0.4,
        Modality::Question => 0.3,
    }
}

/// A speaker's negated act (`we do not support X`) says the opposite of the act, less strongly
/// than doing the opposite would.
const NEGATED_SPEAKER_ACT_FACTOR: f64 = -0.5;

/// How much the balance rule counts for the acting third party.
const BALANCE_FOR_SOURCE: f64 = 1.0;
/// How much the balance rule counts for the third party acted upon: sympathy for a victim is a
/// weaker signal than blame for an ally of one's adversary.
const BALANCE_FOR_TARGET: f64 = 0.5;

/// A third party's asserted act on another, kept for the balance rule once first-pass scores are
/// known.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BalanceCandidate {
    source: usize,
    target: usize,
    trigger: Range<usize>,
    balance: f64,
}

/// Adds the evidence of `events` and returns the acts between third parties for the balance rule.
pub(crate) fn event_evidence(
    context: &StanceContext<'_>,
    events: &[Event],
    evidence: &mut Vec<Evidence>,
) -> Vec<BalanceCandidate> {
    let mut balance_candidates = Vec::new();
    let Some(speaker) = context.actors.speaker else {
        // Without a speaker there is no one whose acts or reports these are.
        return balance_candidates;
    };
    let speaker_id = context.actors.actors.get(speaker).map(|actor| actor.id.as_str());
    for event in events {
        let Some(row) = context.tables.event_polarity.get(&event.plover) else {
            continue;
        };
        let source = context.actor_index(event.source.as_deref());
        let target = context.actor_index(event.target.as_deref());
        let trigger = event.trigger.range();

        if source == Some(speaker) {
            if let Some(target) = target {
                let mut weight = row.by_speaker * modality_factor(event.modality);
                if event.negated {
                    weight *= NEGATED_SPEAKER_ACT_FACTOR;
                }
                push_evidence(context, evidence, target, trigger, weight);
            }
            continue;
        }

        // Acts of others count only as the speaker reports them.
        if event.reported_by.as_deref() != speaker_id {
            continue;
        }
        let Some(source) = source else {
            continue;
        };
        let hostile_act = row.by_speaker < 0.0;
        let target_on_our_side = target.is_some_and(|target| context.is_on_speakers_side(target));

        if event.negated {
            // Not condemning or attacking *us* is no fault; failing to support us, or to condemn
            // someone else, is what the speaker complains about.
            if event.modality != Modality::Asserted || (hostile_act && target_on_our_side) {
                continue;
            }
            push_evidence(context, evidence, source, trigger.clone(), row.omitted_source);
            if let Some(target) = target.filter(|&target| !context.is_on_speakers_side(target)) {
                push_evidence(context, evidence, target, trigger, row.omitted_target);
            }
            continue;
        }
        if event.modality != Modality::Asserted {
            continue;
        }
        let Some(target) = target else {
            continue;
        };
        if target_on_our_side {
            // Within one country (a government and its opposition) the speaker's side is the
            // speaker alone.
            if target == speaker || !context.same_country(source, target) {
                push_evidence(context, evidence, source, trigger, row.against_our_side);
            }
        } else if source != target && row.balance != 0.0 {
            balance_candidates.push(BalanceCandidate {
                source,
                target,
                trigger,
                balance: row.balance,
            });
        }
    }
    balance_candidates
}

/// The balance rule: a third party acting on an actor toward whom the speaker has a stance.
/// Acting favourably on those the speaker opposes is hostile; acting against them is friendly;
/// and symmetrically for the actor acted upon.
pub(crate) fn balance_evidence(
    context: &StanceContext<'_>,
    candidates: &[BalanceCandidate],
    first_pass_scores: &[f64],
    evidence: &mut Vec<Evidence>,
) {
    let score = |actor: usize| first_pass_scores.get(actor).copied().unwrap_or(0.0);
    for candidate in candidates {
        let for_source = candidate.balance * score(candidate.target) * BALANCE_FOR_SOURCE;
        let for_target = candidate.balance * score(candidate.source) * BALANCE_FOR_TARGET;
        push_evidence(
            context,
            evidence,
            candidate.source,
            candidate.trigger.clone(),
            for_source,
        );
        push_evidence(
            context,
            evidence,
            candidate.target,
            candidate.trigger.clone(),
            for_target,
        );
    }
}
