//! Stance: the speaker's attitude toward each actor of a statement, in [-1, 1], with the spans of
//! text that show it.
//!
//! [`find_stances`] gathers **evidence**, each piece a signed weight for one actor and the span
//! that carries it, from three sources:
//!
//! 1. **Events** (`events` module; weights by PLOVER type in `data/event_polarity.tsv`):
//!    - what the speaker does to an actor (condemns, accuses, threatens: negative; supports,
//!      welcomes, meets: positive; demands of it: mildly negative), damped when not asserted and
//!      reversed (weaker) when negated (`we do not support X`);
//!    - what the speaker says a third party did *not* do (`we have not seen any condemnation from
//!      X of Y`, `X did not respond to our letter`): blame for the source, and for the target what
//!      the speaker thinks it deserved (Y deserved condemnation);
//!    - what a third party does to the speaker or to the speaker's country (X threatens us);
//!    - **balance**: a third party acting on an actor toward whom the evidence above already gives
//!      the speaker a stance (X welcomes those the speaker condemns: X is negative; those the
//!      speaker condemns attack Y: Y gets sympathy). This is a second pass over first-pass scores,
//!      so it stays linear.
//!
//!    Only events the speaker reports (`reported_by` is the speaker) count when the speaker is not
//!    their source: someone else's claims are not the speaker's stance.
//! 2. **Sentiment around mentions** (`sentiment` module; lexicon `data/polarity.tsv`): each
//!    polarity word of a sentence goes to the nearest mention it can be said of, within six
//!    tokens, damped by distance. Judgements (`disgraced`, `legitimate`) go to the mention before
//!    them, the noun right after them or an `of X`; hurtful acts (`occupation`, `deportation`) are
//!    negative for their agent and sympathy for their patient, with the passive and `by X` read
//!    (a mention before the act with a preposition between is neither).
//!    A negator just before flips a judgement and cancels an act. Words inside scare quotes or
//!    titles are not the speaker's own and are skipped; words inside direct quotations count half.
//!    A word that is an event's trigger counts only for its patient: the event already counts it.
//! 3. **Scare quotes** (`quotes` module): a phrase (four words at most) in scare quotes is negative
//!    for the actor it is attributed to: a mention inside it (`the so-called "republic"`), the noun
//!    right after it (`"independent" NGOs`), else the nearest mention before it in its sentence that is not the
//!    speaker (`the US ... prepares "authoritative" reports`), else the nearest after it.
//!
//! **Score.** An actor's evidence weights are summed and the sum saturated: `tanh(sum / 1.5)`.
//! The evidence of a sector, an office holder or any actor with a country (`USA/GOV`,
//! `person:antony-blinken`) also counts for that country's actor (`USA`) when the document names
//! it, because analysts ask about countries.
//!
//! **Output.** One [`Stance`] per actor with evidence, in the order of
//! [`ActorAnalysis::actors`] (the order of first mention); the speaker itself has none. Its
//! `evidence` holds at most [`MAX_EVIDENCE_SPANS`] spans, the strongest of those that agree with
//! the score's sign first, listed in text order.
//!
//! Nothing here panics on any input (offsets out of bounds are skipped), and the work is linear
//! in the number of tokens, mentions and events.

mod events;
mod quotes;
mod sentiment;
mod tables;

use std::ops::Range;

use rhetor_actors::ActorAnalysis;
use rhetor_schema::{Event, Span, Stance};
use rhetor_segment::Segmentation;
use rustc_hash::FxHashMap;

use crate::tables::StanceTables;

/// The most evidence spans one stance lists.
pub const MAX_EVIDENCE_SPANS: usize = 8;

/// The evidence sum at which the score reaches tanh(1) ≈ 0.76: one condemnation alone (weight
/// -1) gives about -0.58, two about -0.87.
const SATURATION_SCALE: f64 = 1.5;

/// One piece of evidence: a signed weight for one actor, and where the text shows it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Evidence {
    /// Index of the actor in [`ActorAnalysis::actors`].
    pub(crate) actor: usize,
    /// The byte range of the words that carry it.
    pub(crate) range: Range<usize>,
    /// Positive: favourable; negative: hostile.
    pub(crate) weight: f64,
}

/// What every evidence rule needs to know about the document.
pub(crate) struct StanceContext<'a> {
    /// The document text.
    pub(crate) text: &'a str,
    /// Its segmentation.
    pub(crate) segmentation: &'a Segmentation,
    /// Its actors.
    pub(crate) actors: &'a ActorAnalysis,
    /// The parsed data tables.
    pub(crate) tables: &'static StanceTables,
    /// Actor id → index in `actors.actors`.
    pub(crate) actor_index_by_id: FxHashMap<&'a str, usize>,
}

impl StanceContext<'_> {
    /// The index of the actor with this id.
    pub(crate) fn actor_index(&self, id: Option<&str>) -> Option<usize> {
        id.and_then(|id| self.actor_index_by_id.get(id).copied())
    }

    /// Whether `actor` is the speaker.
    pub(crate) fn is_speaker(&self, actor: usize) -> bool {
        self.actors.speaker == Some(actor)
    }

    /// The speaker's country, when the speaker has one.
    fn speaker_country(&self) -> Option<&str> {
        let speaker = self.actors.speaker?;
        self.actors.actors.get(speaker)?.country.as_deref()
    }

    /// Whether `actor` is on the speaker's side: the speaker, or its country or a part of its
    /// country (for a community or ministry of Azerbaijan, Azerbaijan and its people).
    pub(crate) fn is_on_speakers_side(&self, actor: usize) -> bool {
        if self.is_speaker(actor) {
            return true;
        }
        match (self.speaker_country(), self.actors.actors.get(actor)) {
            (Some(speaker_country), Some(actor)) => actor.country.as_deref() == Some(speaker_country),
            _ => false,
        }
    }

    /// Whether two actors belong to the same country (a government and its opposition).
    pub(crate) fn same_country(&self, first: usize, second: usize) -> bool {
        let country = |actor: usize| self.actors.actors.get(actor).and_then(|a| a.country.as_deref());
        matches!((country(first), country(second)), (Some(a), Some(b)) if a == b)
    }
}

/// Finds the speaker's stance toward each actor of `text`.
///
/// `segmentation`, `actors` and `events` must be those of `text` (as `rhetor_segment::segment`,
/// `rhetor_actors::find_actors` and `rhetor_events::find_events` make them). Returns one stance
/// per actor with evidence, in the order of `actors.actors`; the speaker has none. See the crate
/// documentation for the rules.
pub fn find_stances(
    text: &str,
    segmentation: &Segmentation,
    actors: &ActorAnalysis,
    events: &[Event],
) -> Vec<Stance> {
    let context = StanceContext {
        text,
        segmentation,
        actors,
        tables: StanceTables::get(),
        actor_index_by_id: actors
            .actors
            .iter()
            .enumerate()
            .map(|(index, actor)| (actor.id.as_str(), index))
            .collect(),
    };
    let country_actor = country_actor_of_each_actor(&context);

    let mut evidence = Vec::new();
    let balance_candidates = events::event_evidence(&context, events, &mut evidence);
    sentiment::sentiment_evidence(&context, events, &mut evidence);
    quotes::scare_quote_evidence(&context, &mut evidence);

    // The balance rule reads the stances the direct evidence gives.
    let first_pass_scores: Vec<f64> = evidence_sums(&evidence, &country_actor, actors.actors.len())
        .into_iter()
        .map(saturate)
        .collect();
    events::balance_evidence(&context, &balance_candidates, &first_pass_scores, &mut evidence);

    assemble_stances(&context, &evidence, &country_actor)
}

/// For each actor, the index of its country's actor when the document names that country and the
/// actor is not the country itself.
fn country_actor_of_each_actor(context: &StanceContext<'_>) -> Vec<Option<usize>> {
    context
        .actors
        .actors
        .iter()
        .enumerate()
        .map(|(index, actor)| {
            context
                .actor_index(actor.country.as_deref())
                .filter(|&country| country != index)
        })
        .collect()
}

/// The actors a piece of evidence counts for: its own actor, and that actor's country when the
/// document names it (a sector's or office holder's evidence is also its country's).
fn credited_actors(piece: &Evidence, country_actor: &[Option<usize>]) -> impl Iterator<Item = usize> {
    [
        Some(piece.actor),
        country_actor.get(piece.actor).copied().flatten(),
    ]
    .into_iter()
    .flatten()
}

/// The evidence sum of every actor, a country's including that of its parts.
fn evidence_sums(evidence: &[Evidence], country_actor: &[Option<usize>], actor_count: usize) -> Vec<f64> {
    let mut sums = vec![0.0; actor_count];
    for piece in evidence {
        for actor in credited_actors(piece, country_actor) {
            if let Some(sum) = sums.get_mut(actor) {
                *sum += piece.weight;
            }
        }
    }
    sums
}

/// The score of an evidence sum: saturating, in (-1, 1).
fn saturate(sum: f64) -> f64 {
    (sum / SATURATION_SCALE).tanh()
}

/// Builds the stances from all the evidence.
fn assemble_stances(
    context: &StanceContext<'_>,
    evidence: &[Evidence],
    country_actor: &[Option<usize>],
) -> Vec<Stance> {
    let actor_count = context.actors.actors.len();
    // Per actor: range → summed weight, so that a span counted twice (a sector's evidence and the
    // country's own) is listed once.
    let mut per_actor: Vec<FxHashMap<(usize, usize), f64>> = vec![FxHashMap::default(); actor_count];
    for piece in evidence {
        for actor in credited_actors(piece, country_actor) {
            if let Some(ranges) = per_actor.get_mut(actor) {
                *ranges.entry((piece.range.start, piece.range.end)).or_insert(0.0) += piece.weight;
            }
        }
    }

    let mut stances = Vec::new();
    for (index, ranges) in per_actor.into_iter().enumerate() {
        if ranges.is_empty() || context.is_speaker(index) {
            continue;
        }
        let Some(actor) = context.actors.actors.get(index) else {
            continue;
        };
        let sum: f64 = ranges.values().sum();
        let score = saturate(sum);
        let mut pieces: Vec<((usize, usize), f64)> = ranges.into_iter().collect();
        // Strongest first among those that agree with the score's sign; ties in text order so
        // that the output is deterministic.
        pieces.sort_by(|(range_a, weight_a), (range_b, weight_b)| {
            let agrees = |weight: f64| weight * score >= 0.0;
            agrees(*weight_b)
                .cmp(&agrees(*weight_a))
                .then(weight_b.abs().total_cmp(&weight_a.abs()))
                .then(range_a.cmp(range_b))
        });
        pieces.truncate(MAX_EVIDENCE_SPANS);
        pieces.sort_by_key(|(range, _)| *range);
        let evidence_spans: Vec<Span> = pieces
            .into_iter()
            .filter_map(|((start, end), _)| {
                let words = context.text.get(start..end)?;
                Some(Span {
                    start,
                    end,
                    text: words.to_owned(),
                })
            })
            .collect();
        if evidence_spans.is_empty() {
            continue;
        }
        stances.push(Stance {
            actor: actor.id.clone(),
            score: (score * 1000.0).round() / 1000.0,
            evidence: evidence_spans,
        });
    }
    stances
}

/// Adds a piece of evidence unless it is about the speaker (who has no stance toward itself) or
/// weighs nothing.
pub(crate) fn push_evidence(
    context: &StanceContext<'_>,
    evidence: &mut Vec<Evidence>,
    actor: usize,
    range: Range<usize>,
    weight: f64,
) {
    if context.is_speaker(actor) || weight.abs() < 1e-9 || !weight.is_finite() {
        return;
    }
    evidence.push(Evidence { actor, range, weight });
}

/// The index of the first token that ends after `offset`: the token containing `offset`, or the
/// next one.
pub(crate) fn token_at_or_after(segmentation: &Segmentation, offset: usize) -> usize {
    segmentation.tokens.partition_point(|token| token.end <= offset)
}

/// The tokens a byte range touches, as a range of token indices; a range inside one token
/// (`Armenia` in `Armenia's`) touches that token.
pub(crate) fn tokens_of_range(segmentation: &Segmentation, range: &Range<usize>) -> Range<usize> {
    let first = token_at_or_after(segmentation, range.start);
    let end = segmentation
        .tokens
        .partition_point(|token| token.start < range.end);
    first..end.max(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_inside_a_token_touches_that_token() {
        let text = "Armenia's occupation";
        let segmentation = rhetor_segment::segment(text);
        let armenia = tokens_of_range(&segmentation, &(0..7));
        assert_eq!(armenia.len(), 1);
        assert_eq!(segmentation.tokens[armenia.start].start, 0);
        let occupation = tokens_of_range(&segmentation, &(10..20));
        assert_eq!(occupation.len(), 1);
        assert!(tokens_of_range(&segmentation, &(20..20)).is_empty());
        assert!(tokens_of_range(&segmentation, &(500..900)).is_empty());
    }

    #[test]
    fn the_score_saturates_and_keeps_its_sign() {
        assert_eq!(saturate(0.0), 0.0);
        assert!(saturate(-1.0) < -0.5 && saturate(-1.0) > -0.6);
        assert!(saturate(100.0) <= 1.0 && saturate(-100.0) >= -1.0);
    }

    #[test]
    fn a_document_without_actors_has_no_stances() {
        let text = "Peace and justice are legitimate aims; occupation is illegal.";
        let segmentation = rhetor_segment::segment(text);
        let actors = ActorAnalysis::default();
        assert!(find_stances(text, &segmentation, &actors, &[]).is_empty());
    }

    #[test]
    fn evidence_out_of_the_texts_bounds_is_dropped_not_sliced() {
        let text = "Russia";
        let segmentation = rhetor_segment::segment(text);
        let actors = ActorAnalysis {
            actors: vec![rhetor_schema::Actor {
                id: "RUS".to_owned(),
                name: "Russia".to_owned(),
                actor_type: "country".to_owned(),
                country: Some("RUS".to_owned()),
                sector: None,
                organisation: None,
                mentions: Vec::new(),
            }],
            mentions: Vec::new(),
            speaker: None,
            turns: Vec::new(),
        };
        let context = StanceContext {
            text,
            segmentation: &segmentation,
            actors: &actors,
            tables: StanceTables::get(),
            actor_index_by_id: FxHashMap::default(),
        };
        let evidence = vec![Evidence {
            actor: 0,
            range: 3..99,
            weight: -1.0,
        }];
        assert!(assemble_stances(&context, &evidence, &[None]).is_empty());
    }
}
