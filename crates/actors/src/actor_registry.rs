//! The actor registry: actors by id, in order of first mention, and their mentions.

use std::collections::HashMap;
use std::ops::Range;

use rhetor_schema::{Actor, Span};

use crate::{ActorAnalysis, ActorMention, MentionKind, SpeakerTurn};

/// What is needed to create an actor the first time its id is seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ActorDraft {
    /// The actor id (`USA`, `USA/GOV`, `org:UN`, `person:antony-blinken`).
    pub(crate) id: String,
    /// Canonical name.
    pub(crate) name: String,
    /// `country`, `organisation`, `person` or `group`.
    pub(crate) actor_type: &'static str,
    /// ISO3 code, when known.
    pub(crate) country: Option<String>,
    /// Sector code, when known.
    pub(crate) sector: Option<String>,
    /// The organisation an office holder serves (`org:IAEA`), when it is not a country.
    pub(crate) organisation: Option<String>,
}

/// Actors and mentions being collected for one document.
#[derive(Debug, Default)]
pub(crate) struct ActorRegistry {
    /// Actors in order of creation.
    actors: Vec<Actor>,
    /// Actor index by id.
    by_id: HashMap<String, usize>,
    /// Mentions in order of discovery.
    mentions: Vec<ActorMention>,
}

impl ActorRegistry {
    /// The index of the actor with the draft's id, creating it from the draft if new.
    pub(crate) fn intern(&mut self, draft: ActorDraft) -> usize {
        if let Some(&index) = self.by_id.get(&draft.id) {
            return index;
        }
        let index = self.actors.len();
        self.by_id.insert(draft.id.clone(), index);
        self.actors.push(Actor {
            id: draft.id,
            name: draft.name,
            actor_type: draft.actor_type.to_owned(),
            country: draft.country,
            sector: draft.sector,
            organisation: draft.organisation,
            mentions: Vec::new(),
        });
        index
    }

    /// The actors so far, in order of creation (an actor's index is its position).
    pub(crate) fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The actor at `index`.
    pub(crate) fn actor(&self, index: usize) -> Option<&Actor> {
        self.actors.get(index)
    }

    /// Gives actor `actor` the country `iso3` when it has none yet.
    pub(crate) fn assign_country_if_unknown(&mut self, actor: usize, iso3: &str) {
        if let Some(actor) = self.actors.get_mut(actor) {
            if actor.country.is_none() {
                actor.country = Some(iso3.to_owned());
            }
        }
    }

    /// Records a mention of actor `actor`.
    pub(crate) fn mention(&mut self, actor: usize, range: Range<usize>, sentence: usize, kind: MentionKind) {
        self.mentions.push(ActorMention {
            actor,
            range,
            sentence,
            kind,
        });
    }

    /// The mentions recorded so far.
    pub(crate) fn mentions(&self) -> &[ActorMention] {
        &self.mentions
    }

    /// The finished analysis: mentions sorted by start (and without exact duplicates), each
    /// actor's spans filled in.
    pub(crate) fn finish(
        mut self,
        text: &str,
        speaker: Option<usize>,
        turns: Vec<SpeakerTurn>,
    ) -> ActorAnalysis {
        self.mentions
            .sort_by_key(|mention| (mention.range.start, mention.range.end, mention.actor));
        self.mentions
            .dedup_by(|later, earlier| later.range == earlier.range && later.actor == earlier.actor);
        for mention in &self.mentions {
            let valid = text.get(mention.range.clone()).is_some();
            if let (true, Some(actor)) = (valid, self.actors.get_mut(mention.actor)) {
                actor.mentions.push(Span::of(text, mention.range.clone()));
            }
        }
        ActorAnalysis {
            actors: self.actors,
            mentions: self.mentions,
            speaker,
            turns,
        }
    }
}
