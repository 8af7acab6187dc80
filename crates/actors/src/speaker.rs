//! The speaker: who makes the statement. From the corpus' speaker country, else the document's
//! source resolved through the gazetteer, else the subject of the first sentence.

use rhetor_schema::Actor;
use rhetor_segment::Segmentation;

use crate::actor_registry::ActorDraft;
use crate::compositions::{government_of, organisation_draft};
use crate::gazetteer::Gazetteer;
use crate::resolution::Resolver;
use crate::ActorContext;

/// How many tokens into the first sentence its subject may start (`The Western ...` starts at
/// the second token).
const SUBJECT_WINDOW: usize = 3;

/// Whether an actor can make a statement: an organisation, a person or a government. (A
/// country named first is more often the topic than the author: `Armenia ignored ...`.)
fn can_speak(actor: &Actor) -> bool {
    match actor.actor_type.as_str() {
        "organisation" | "person" => true,
        "group" => actor.sector.as_deref() == Some("GOV"),
        _ => false,
    }
}

/// Where the speaker comes from.
pub(crate) enum SpeakerSource {
    /// An actor to intern by draft.
    Draft(ActorDraft),
    /// An unknown organisation, by identity key (merged with the text's mention of it if any).
    UnknownOrganisation(ActorDraft, String),
    /// An actor already found in the text.
    Found(usize),
}

/// Decides the speaker of a resolved document.
pub(crate) fn find_speaker(
    resolver: &Resolver<'_>,
    segmentation: &Segmentation,
    context: &ActorContext<'_>,
) -> Option<SpeakerSource> {
    let gazetteer = Gazetteer::get();
    // The corpus's code is that of the seat; the speaker is the state that held it on the day.
    if let Some(draft) = context
        .speaker_country
        .and_then(|iso3| gazetteer.country(iso3.trim()))
        .and_then(|country| government_of(gazetteer, gazetteer.state_at_date(country.iso3, context.date)))
    {
        return Some(SpeakerSource::Draft(draft));
    }
    // The UN General Debate files the European Union's speeches under `EU`, an organisation's
    // code where a country's is expected.
    if let Some(organisation) = context
        .speaker_country
        .and_then(|code| gazetteer.organisation(code.trim()))
    {
        return Some(SpeakerSource::Draft(organisation_draft(organisation)));
    }
    if let Some(source) = context.source.filter(|source| !source.trim().is_empty()) {
        let source_segmentation = rhetor_segment::segment(source);
        let mut source_resolver = Resolver::new(source, &source_segmentation.tokens, context.date);
        source_resolver.resolve(&source_segmentation);
        let first = source_resolver
            .registry
            .mentions()
            .iter()
            .filter_map(|mention| {
                source_resolver
                    .registry
                    .actor(mention.actor)
                    .map(|actor| (mention.actor, actor))
            })
            .find(|(_, actor)| can_speak(actor));
        if let Some((index, actor)) = first {
            let draft = ActorDraft {
                id: actor.id.clone(),
                name: actor.name.clone(),
                actor_type: match actor.actor_type.as_str() {
                    "organisation" => "organisation",
                    "person" => "person",
                    "country" => "country",
                    _ => "group",
                },
                country: actor.country.clone(),
                sector: actor.sector.clone(),
                organisation: None,
            };
            let key = source_resolver
                .organisation_keys
                .iter()
                .find(|(_, &actor)| actor == index)
                .map(|(key, _)| key.clone());
            return Some(match key {
                Some(key) => SpeakerSource::UnknownOrganisation(draft, key),
                None => SpeakerSource::Draft(draft),
            });
        }
    }
    let first_sentence = segmentation.sentences.first()?;
    let window_end = segmentation
        .tokens
        .get((first_sentence.tokens.start + SUBJECT_WINDOW).min(first_sentence.tokens.end.saturating_sub(1)))?
        .start;
    let first_mention = resolver
        .registry
        .mentions()
        .iter()
        .find(|mention| mention.sentence == 0)?;
    let actor = resolver.registry.actor(first_mention.actor)?;
    // The subject opens the sentence (`The Ministry condemns`); a mention after other words
    // (`According to the Ministry, ...`) is a source of information, not the author.
    let before_mention = resolver
        .text
        .get(first_sentence.range.start..first_mention.range.start)
        .unwrap_or("");
    let opens_sentence = matches!(before_mention.trim(), "" | "The" | "the");
    (first_mention.range.start <= window_end && opens_sentence && can_speak(actor))
        .then_some(SpeakerSource::Found(first_mention.actor))
}
