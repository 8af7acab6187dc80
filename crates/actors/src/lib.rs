//! Actor recognition and resolution: who a political statement names, and who is speaking.
//!
//! [`find_actors`] turns a segmented text into actors (countries, organisations, office holders
//! and groups) and their mentions, using the hand-written gazetteer of `data/` ([`Gazetteer`]):
//!
//! 1. **Names** ([`name_matcher`](crate::name_matcher)): country names, demonyms, capitals,
//!    institutions, organisations and office holders, longest match first, case-sensitive, on
//!    token boundaries; sector terms (`officials`, `police`) case-insensitively.
//! 2. **Office holders**: a person takes the country and sector of the term in force at
//!    [`ActorContext::date`] (the latest term without a date); a lone family name resolves to a
//!    person already named, or to the one holder of that name in office at the date.
//! 3. **Compositions**: a country word and a sector term make a group (`US officials` →
//!    `USA/GOV`); `officials of this country`, `the government of Armenia` too. A sector term alone
//!    takes the country of an `in <country>` later in the sentence, or for state sectors the
//!    sentence's subject country, else none (`group:REB`).
//! 4. **Unknown organisations**: capitalised names with an organisation head noun (`the Western
//!    Azerbaijan Community`), merged across spelling variants; **unknown officials**: a capitalised
//!    title and a name (`Special Envoy Kim`) make a person of the government sector, of the
//!    country word before the title, or, for ranks a government gives its own staff, of the
//!    speaker's country. An unknown official whose country the text does not give takes the one the
//!    document's title gives the same name (`Moldovan Foreign Minister Nicu Popescu`).
//! 5. **Anaphora**: `this country`, `it`/`its`, `the same X`, and `we`/`our`/`us` for the speaker.
//! 6. **Speaker**: [`ActorContext::speaker_country`] (the state that held that seat at the
//!    document date: `RUS` in 1990 is the Soviet Union; an organisation's code such as `EU` is
//!    the organisation), else [`ActorContext::source`], else the subject of the first sentence.
//!
//! **Ids.** Countries by ISO3 (`USA`); compositions `USA/GOV`; known organisations `org:UN`;
//! office holders `person:antony-blinken`; unknown organisations `org:` and a slug of the first
//! spelling seen (`org:western-azerbaijan-community`); groups without a country `group:REB`.
//!
//! **Ranges.** A mention's range never starts with the article `the` (`the United States` is
//! mentioned as `United States`) and never includes a possessive ending (`Armenia’s` is
//! `Armenia`), except that a composition runs from its country word to its sector term
//! (`Armenia’s government`, `officials of this country`). A person's mention includes the title
//! and a country word before it (`US Secretary of State Anthony Blinken`). `the same X` is an
//! anaphor whose range is `X`. Mentions do not overlap.
//!
//! Nothing here panics on any input, and the work is linear in the number of tokens: one or two
//! hash lookups per word.

mod actor_registry;
mod anaphora;
mod assembly_address;
mod compositions;
mod gazetteer;
mod name_matcher;
mod office_holders;
mod organisations;
mod party_names;
mod resolution;
mod speaker;
mod titled_persons;
mod titles;
mod token_trie;
mod turns;

use std::ops::Range;

use rhetor_schema::Actor;
use rhetor_segment::Segmentation;

use crate::actor_registry::ActorRegistry;
pub use crate::gazetteer::{Country, Gazetteer, NameTarget, Organisation, SectorTerm};
pub use crate::party_names::{
    party_names_fingerprint, tokens_with_party_names, ReadToken, PARTY_PLACEHOLDER,
};
use crate::resolution::Resolver;
use crate::speaker::{find_speaker, SpeakerSource};
use crate::turns::find_turns;
pub use crate::turns::SpeakerTurn;

/// What is known about a document that helps resolve its actors.
#[derive(Debug, Clone, Copy, Default)]
pub struct ActorContext<'a> {
    /// The document date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), to pick the office holders of the day.
    pub date: Option<&'a str>,
    /// The publisher (`source` of the document), which may name the speaker.
    pub source: Option<&'a str>,
    /// The speaker's country when the corpus says it (UN speeches: `country_iso3`).
    pub speaker_country: Option<&'a str>,
    /// The document's title, which often names the officials of a transcript in full
    /// (`Secretary Antony J. Blinken and Moldovan Foreign Minister Nicu Popescu Before Their
    /// Meeting`) where the text itself says only `Foreign Minister Popescu`.
    pub title: Option<&'a str>,
}

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A name or alias (`Azerbaijan`, `the United States`, `Antony Blinken`, `the UN`).
    Name,
    /// A country word composed with a sector noun (`US officials`, `Azerbaijani society`).
    Composition,
    /// A capital or institution standing for a government (`Washington`, `the Kremlin`).
    Metonym,
    /// A reference back to an actor named earlier (`this country`, `its`, `the same Blinken`).
    Anaphor,
    /// The speaker's own first person (`we`, `our`, `us`).
    Speaker,
    /// A demonym modifying a noun that is no sector (`Iranian demands`, `Russian aggression`,
    /// `Ukrainian cities`): the country the noun belongs to, never the antecedent of a pronoun.
    Modifier,
}

/// One mention of one actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMention {
    /// Index of the actor in [`ActorAnalysis::actors`].
    pub actor: usize,
    /// The mention's byte range in the text.
    pub range: Range<usize>,
    /// Index of its sentence in the segmentation.
    pub sentence: usize,
    /// How it names the actor.
    pub kind: MentionKind,
}

/// The actors of one document and every mention of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorAnalysis {
    /// Actors, in order of first mention; each `Actor::mentions` lists its spans.
    pub actors: Vec<Actor>,
    /// All mentions, ordered by start offset.
    pub mentions: Vec<ActorMention>,
    /// Index of the speaker (the author of the statement) in `actors`, when known.
    pub speaker: Option<usize>,
    /// The speaker turns of a transcript (`SECRETARY BLINKEN: ...`), in text order; empty for a
    /// statement with one author.
    pub turns: Vec<SpeakerTurn>,
}

impl ActorAnalysis {
    /// Who speaks at byte `offset`: the speaker of the transcript turn that holds it, else the
    /// document's speaker. `None` inside a turn whose speaker is unknown (a journalist's
    /// question).
    pub fn speaker_at(&self, offset: usize) -> Option<usize> {
        match self
            .turns
            .iter()
            .find(|turn| turn.range.start <= offset && offset < turn.range.end)
        {
            Some(turn) => turn.speaker,
            None => self.speaker,
        }
    }
}

/// Finds and resolves the actors of `text`.
///
/// `segmentation` must be the segmentation of `text` (as [`rhetor_segment::segment`] makes it);
/// tokens out of the text's bounds are ignored rather than trusted.
pub fn find_actors(text: &str, segmentation: &Segmentation, context: &ActorContext<'_>) -> ActorAnalysis {
    let tokens = &segmentation.tokens;
    let mut resolver = Resolver::new(text, tokens, context.date);
    // The state that held the seat at the document's date, as the speaker is decided below.
    let gazetteer = Gazetteer::get();
    resolver.speaker_country = context
        .speaker_country
        .and_then(|iso3| gazetteer.country(iso3))
        .map(|country| gazetteer.state_at_date(country.iso3, context.date));
    resolver.resolve(segmentation);
    let speaker = match find_speaker(&resolver, segmentation, context) {
        Some(SpeakerSource::Found(actor)) => Some(actor),
        Some(SpeakerSource::Draft(draft)) => Some(resolver.registry.intern(draft)),
        Some(SpeakerSource::UnknownOrganisation(draft, key)) => {
            Some(match resolver.organisation_keys.get(&key) {
                Some(&actor) => actor,
                None => resolver.registry.intern(draft),
            })
        }
        None => None,
    };
    if let Some(title) = context.title {
        assign_countries_named_in_title(&mut resolver.registry, title, context.date);
    }
    let turns = find_turns(&mut resolver, segmentation, speaker);
    // In a transcript, the first person of a turn is the turn's speaker.
    let speaker_of = |offset: usize| turn_speaker_at(&turns, offset, speaker);
    for (range, sentence) in std::mem::take(&mut resolver.first_person) {
        if let Some(speaker) = speaker_of(range.start) {
            resolver
                .registry
                .mention(speaker, range, sentence, MentionKind::Speaker);
        }
    }
    mention_speaker_titles(&mut resolver, text, speaker, &turns);
    mention_questions_addressees(&mut resolver, text, &turns);
    for pending in std::mem::take(&mut resolver.first_person_sectors) {
        let Some(speaker) = speaker_of(pending.range.start) else {
            // With no known speaker, `our soldiers` is still a group of soldiers.
            if pending.names_actor_alone {
                let group = resolver
                    .registry
                    .intern(compositions::bare_group_draft(pending.sector));
                resolver
                    .registry
                    .mention(group, pending.term_range, pending.sentence, MentionKind::Name);
            }
            continue;
        };
        // `our government` is the speaker's country's; a speaker with no country (an
        // international organisation) is its own `our staff`.
        let speaker_country = resolver
            .registry
            .actor(speaker)
            .and_then(|actor| actor.country.as_deref())
            .and_then(|iso3| Gazetteer::get().country(iso3));
        let actor = match speaker_country {
            Some(country) => {
                resolver
                    .registry
                    .intern(compositions::composition_draft(country, pending.sector, false))
            }
            None => speaker,
        };
        resolver
            .registry
            .mention(actor, pending.range, pending.sentence, MentionKind::Composition);
    }
    // An envoy or under secretary named without a country serves the speaker's country.
    let speaker_country = speaker
        .and_then(|speaker| resolver.registry.actor(speaker))
        .and_then(|speaker| speaker.country.clone());
    if let Some(iso3) = speaker_country {
        for official in std::mem::take(&mut resolver.own_rank_officials) {
            resolver.registry.assign_country_if_unknown(official, &iso3);
        }
    }
    resolver.registry.finish(text, speaker, turns)
}

/// Mentions the speaker's own office holders' titles that the resolver collected (`the
/// Secretary`, `The President's`): the document's speaker, whoever speaks the transcript turn
/// that names the title (`MR PRICE: The President's sanctions`, `QUESTION: Is the Secretary going
/// to meet`, `FOREIGN MINISTER ASHKENAZI: The Secretary has an impossible schedule` in a State
/// Department transcript); with no speaker known for the whole text, the government of the turn's
/// speaker, not that person. In a transcript, a title that no office holder of the speaker's
/// country holds is the other side's (`SECRETARY BLINKEN: I thank the Minister for his
/// hospitality`) and is left unresolved.
fn mention_speaker_titles(
    resolver: &mut Resolver<'_>,
    text: &str,
    speaker: Option<usize>,
    turns: &[SpeakerTurn],
) {
    let gazetteer = Gazetteer::get();
    let speakers_country = speaker
        .and_then(|speaker| resolver.registry.actor(speaker))
        .and_then(|actor| actor.country.clone());
    for (range, sentence) in std::mem::take(&mut resolver.speaker_titles) {
        let title = text.get(range.clone()).unwrap_or("");
        let title = name_matcher::strip_possessive(title).map_or(title, |(stem, _)| stem);
        let others_title = !turns.is_empty()
            && speakers_country
                .as_deref()
                .and_then(|iso3| gazetteer.country_has_office_titled(iso3, title))
                == Some(false);
        if others_title {
            continue;
        }
        let (actor, kind) = match speaker {
            Some(speaker) => (speaker, MentionKind::Speaker),
            None => {
                let Some(turn_speaker) = turn_speaker_at(turns, range.start, speaker) else {
                    continue;
                };
                let persons_country = resolver
                    .registry
                    .actor(turn_speaker)
                    .filter(|actor| actor.actor_type == "person")
                    .and_then(|actor| actor.country.as_deref())
                    .and_then(|iso3| gazetteer.country(iso3));
                match persons_country {
                    Some(country) => (
                        resolver
                            .registry
                            .intern(compositions::composition_draft(country, "GOV", false)),
                        MentionKind::Composition,
                    ),
                    None => (turn_speaker, MentionKind::Speaker),
                }
            }
        };
        resolver.registry.mention(actor, range, sentence, kind);
    }
}

/// Mentions the second persons of journalists' questions that the resolver collected: `you` is
/// whoever answers the question, the speaker of the next turn (`QUESTION: Would you support ...`
/// before `MR PRICE: ...`).
fn mention_questions_addressees(resolver: &mut Resolver<'_>, text: &str, turns: &[SpeakerTurn]) {
    for (range, sentence) in std::mem::take(&mut resolver.second_person) {
        let Some(question) = turns
            .iter()
            .position(|turn| turn.range.start <= range.start && range.start < turn.range.end)
            .filter(|&turn| turns::is_question(text, &turns[turn]))
        else {
            continue;
        };
        if let Some(answerer) = turns.get(question + 1).and_then(|turn| turn.speaker) {
            resolver
                .registry
                .mention(answerer, range, sentence, MentionKind::Anaphor);
        }
    }
}

/// The speaker at byte `offset`: that of the transcript turn holding it, else `speaker`.
fn turn_speaker_at(turns: &[SpeakerTurn], offset: usize, speaker: Option<usize>) -> Option<usize> {
    turns
        .iter()
        .find(|turn| turn.range.start <= offset && offset < turn.range.end)
        .map_or(speaker, |turn| turn.speaker)
}
/// Gives the officials of `registry` whose country the text does not say (`Foreign Minister
/// Popescu`) the country the document's `title` gives the same name (`Moldovan Foreign Minister
/// Nicu Popescu`): a transcript's title introduces its speakers in full, and its text then calls
/// them by title and family name (or, for an Indonesian, by given name).
fn assign_countries_named_in_title(registry: &mut ActorRegistry, title: &str, date: Option<&str>) {
    let unknown_countries: Vec<usize> = registry
        .actors()
        .iter()
        .enumerate()
        .filter(|(_, actor)| actor.actor_type == "person" && actor.country.is_none())
        .map(|(index, _)| index)
        .collect();
    if unknown_countries.is_empty() {
        return;
    }
    let title_segmentation = rhetor_segment::segment(title);
    let title_resolver = Resolver::new(title, &title_segmentation.tokens, date);
    let title_pieces = title_resolver.whole_text_pieces();
    for index in unknown_countries {
        let country = registry
            .actor(index)
            .and_then(|actor| actor.name.split_whitespace().last())
            .and_then(|name_word| title_resolver.country_of_titled_name(&title_pieces, name_word));
        if let Some(country) = country {
            registry.assign_country_if_unknown(index, country);
        }
    }
}
