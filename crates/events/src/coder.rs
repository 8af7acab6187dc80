//! The event coder: finds triggers in each sentence, then their source, target, negation,
//! modality and attribution.

use std::ops::Range;

use rhetor_actors::{ActorAnalysis, MentionKind};
use rhetor_schema::{Event, Modality, QuoteKind, Span};
use rhetor_segment::{has_regular_finite_verb_ending, Segmentation, SentenceSegment};

use crate::lexicon::{Condition, CueKind, Lexicon, RefinementSide, Role, TriggerMeaning};
use crate::sentence_view::{MentionInSentence, SentenceView, OTHER_PARTY_NOUNS};

/// Words after which a mention is a prepositional complement, not a subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "to",
    "from",
    "for",
    "with",
    "against",
    "at",
    "by",
    "on",
    "about",
    "toward",
    "towards",
    "into",
    "over",
    "under",
    "between",
    "among",
    "through",
    "across",
    "within",
    "without",
    "during",
    "since",
    "after",
    "before",
    "upon",
    "like",
    "than",
    "via",
    "including",
    "per",
    "as",
];

/// Prepositions of place and time: a mention after them is where or when, not whom.
const SETTING_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "during",
    "since",
    "within",
    "across",
    "throughout",
    "near",
    "inside",
    "from",
    "after",
    "before",
];

/// Prepositions that open a sentence's opening phrase, whose possessive pronoun may stand for
/// the subject after it (`In its appeal, the Office ... refers`, `For its part, Rwanda`).
const OPENING_PHRASE_PREPOSITIONS: &[&str] = &[
    "in", "for", "through", "with", "by", "under", "despite", "since", "at", "on", "from",
];

/// The most words from a possessive pronoun that opens a sentence's opening phrase to the comma
/// that ends it.
const OPENING_PHRASE_WORDS: usize = 12;

/// How many words may stand between a verb trigger and the object that makes it an idiom
/// (`gives me great pleasure`: two).
const IDIOM_OBJECT_REACH: usize = 4;

/// Words that stand between a verb trigger and its idiomatic object besides determiners,
/// adjectives and adverbs (`great`, `full` are plain adjectives): object pronouns, degree words
/// and the `to` of `contribute to`.
const IDIOM_PASSABLE_WORDS: &[&str] = &[
    "me",
    "us",
    "him",
    "it",
    "them",
    "you",
    "itself",
    "themselves",
    "ourselves",
    "some",
    "much",
    "more",
    "most",
    "greater",
    "greatest",
    "high",
    "higher",
    "top",
    "due",
    "real",
    "true",
    "very",
    "so",
    "to",
];

/// Words before a trigger form that make it a noun (`the attack`, `any condemnation`).
const NOUN_DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "any",
    "no",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "such",
    "further",
    "new",
    "continued",
    "ongoing",
    "brutal",
    "unprovoked",
    "strong",
    "every",
    "all",
];

/// Determiners that are adverbs right after a subject (`we further call on`, `they all
/// condemned`): the trigger after them is a verb, not a noun (`further condemnation`).
const ADVERBIAL_DETERMINERS: &[&str] = &["further", "all"];

/// Subject pronouns, after which an adverbial determiner is an adverb.
const SUBJECT_PRONOUNS: &[&str] = &["we", "i", "they", "he", "she", "it", "you"];

/// Words after which `you` opens a clause as its subject (`that you will`, `as you pledged`);
/// after any other word, a verb's most often (`I wish you every success and pledge`), it is
/// an object.
const WORDS_BEFORE_A_SUBJECT_YOU: &[&str] = &[
    "that", "as", "if", "when", "while", "because", "and", "but", "or", "since", "so", "unless", "where",
    "whether", "than", "until", "before", "after", "now", ",", ":", ";", "(",
    // The auxiliary of a question (`Would you support`, `Have you discussed`).
    "would", "will", "do", "did", "does", "can", "could", "have", "has", "had", "are", "were", "should",
    "shall",
];

/// Words that open a clause of their own (`this is why we condemned`, `that is what they did`).
const CLAUSE_OPENERS: &[&str] = &[
    "why", "how", "what", "when", "where", "who", "whom", "that", "which",
];

/// Finite auxiliaries: after a noun phrase they make it the subject of a clause.
const FINITE_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "does", "did", "do",
];

/// Words that may stand between a subject and its verb without being the subject.
const SUBJECT_SLOT_FILLERS: &[&str] = &[
    "have",
    "has",
    "had",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "not",
    "n't",
    "also",
    "further",
    "again",
    "now",
    "today",
    "strongly",
    "firmly",
    "jointly",
    "once",
    "already",
    "then",
    "still",
    "never",
    "always",
    "fully",
    "actively",
    "continue",
    "continues",
    "continued",
    "to",
    "equally",
    "hereby",
    "unequivocally",
    "yet",
];

/// Words after a determiner that stand for a noun named elsewhere rather than head a subject of
/// their own (`the latter condemned`, `the first attacked`): the actor may be the earlier mention.
const NOT_SUBJECT_HEADS: &[&str] = &[
    "one",
    "ones",
    "same",
    "other",
    "others",
    "former",
    "latter",
    "first",
    "last",
    "next",
    "following",
    "who",
    "which",
    "that",
    "and",
    "also",
    "not",
    "now",
    "then",
    "thus",
    "they",
    "she",
    "you",
];

/// Negative and universal pronouns: as a verb's subject they name no actor, so neither a mention
/// further back nor the speaker is the subject. (`anyone` and `someone` are left out: before a
/// participle they head a reduced relative, `release anyone detained`, whose agent is elsewhere.)
const INDEFINITE_PRONOUNS: &[&str] = &["nobody", "no-one", "none", "everyone", "everybody"];

/// Nouns of time, whose noun phrases are adverbials (`this week`, `the same time`).
const TIME_NOUNS: &[&str] = &[
    "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "morning",
    "evening", "night", "moment", "period", "decade", "decades", "century", "weekend",
];

/// Determiners that open a subject noun phrase (`the decision`, `these entities`).
const SUBJECT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "such", "some", "many", "most", "several",
];

/// Words that may open a noun phrase before the words a mention covers.
const NOUN_PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "other", "various", "some", "same", "many", "several", "all", "both",
];

/// Nouns that name a course of action whose agent is its possessor (`its policy of ethnic cleansing`).
const POLICY_NOUNS: &[&str] = &[
    "policy",
    "policies",
    "campaign",
    "practice",
    "practices",
    "acts",
    "act",
    "crimes",
];

/// Phrases that tie a group to a wrongdoing named after it (`separatists involved in ...`).
const INVOLVEMENT_PHRASES: &[&str] = &[
    "involved in",
    "responsible for",
    "guilty of",
    "engaged in",
    "committing",
    "carrying out",
    "carried out",
    "complicit in",
    "behind",
];

/// The most tokens between a verb and a noun of the same kind in its object (`providing more
/// than $50 million in critical humanitarian assistance`) for the noun to be the verb's act.
const SAME_ACT_OBJECT_WORDS: usize = 10;

/// The most tokens between a vocative and the pronoun or act after it (`Secretary Blinken,
/// first of all, thank you`).
const VOCATIVE_REACH: usize = 8;

/// How far (in tokens) the coder looks for the parts of an event.
const SUBJECT_WINDOW: usize = 25;
const OBJECT_WINDOW: usize = 20;
const QUALIFIER_WINDOW: usize = 5;
const ATTRIBUTION_WINDOW: usize = 8;
/// The most words a bracketed apposition holds (`(PRC)`, `(the Islamic Emirate)`).
const APPOSITION_WORDS: usize = 4;
/// The most words between a speech verb's `that` and the `would` of the clause it reports
/// (`announced that the Government of Samoa would`).
const REPORTED_WOULD_WINDOW: usize = 8;

/// The most words between `join` and the `in` of the act it joins others in (`joins other
/// States Members of the United Nations in appealing`).
const JOINED_OTHERS_MAX_WORDS: usize = 10;

/// The CAMEO codes of consultations that are mutual (to consult, to discuss by telephone, to meet
/// at a third place, to negotiate), unlike a visit, a hosting or a mediation, whose target is
/// not one of the sides.
const MUTUAL_CONSULTATION_CODES: &[&str] = &["040", "041", "044", "046"];

/// The most adverbs and coordinated words between `to be` and a passive participle.
const PASSIVE_MODIFIER_WORDS: usize = 4;
/// The most words between `for` and the `to` of an infinitive whose subject they name.
const INFINITIVE_SUBJECT_WORDS: usize = 5;
/// The most words between a carrier noun and the `to` of the infinitive it governs, its agent
/// between them (`the decision taken by the United States to`).
const CARRIER_INFINITIVE_WORDS: usize = 12;
/// The most words between a carrier noun and the `by` naming its agent (`the decision taken last
/// year by`).
const CARRIER_PARTICIPLE_WORDS: usize = 4;
/// How many words may stand between a carrier noun and the event noun it governs (`announcement
/// today of comprehensive financial sanctions`).
const CARRIER_DISTANCE: usize = 5;

/// Comparatives and quantifiers before a noun that adjective endings do not show (`greater
/// support`, `more assistance`, `much help`).
const QUANTITY_PREMODIFIERS: &[&str] = &[
    "greater", "more", "much", "further", "stronger", "better", "enough",
];

/// Quantities whose `of` leads on to the noun they count (`a great deal of support`).
const QUANTITY_NOUNS: &[&[&str]] = &[
    &["great", "deal"],
    &["good", "deal"],
    &["lot"],
    &["lots"],
    &["plenty"],
];

/// The most tokens (adjectives, commas, `and`) between a possessor and the noun it determines.
const MAX_PREMODIFIER_TOKENS: usize = 7;
/// Words between a qualifier and a noun trigger's noun phrase that pass the qualifier on to the
/// noun (`there will be no invasion`, `we have not seen any condemnation`, `failed to issue a
/// condemnation`), besides the cue words and light and perception verbs of the lexicon.
const QUALIFIER_CARRIERS: &[&str] = &[
    "there", "have", "has", "had", "do", "does", "did", "to", "any", "also", "yet", "even", "ever", "further",
];

/// Adjectives without a telling ending that often stand between an article or a possessor and
/// an event noun (`an official visit`, `the first meeting`, `the United States’ steadfast
/// support`).
const PLAIN_ADJECTIVES: &[&str] = &[
    "official",
    "recent",
    "first",
    "second",
    "third",
    "last",
    "next",
    "upcoming",
    "historic",
    "joint",
    "state",
    "working",
    "short",
    "brief",
    "high-level",
    "direct",
    "full",
    "final",
    "steadfast",
    "strong",
    "firm",
    "robust",
    "close",
    "deep",
    "broad",
    "new",
    "solid",
    // Of measure, urgency and sincerity, before aid, support and appeals (`receives adequate
    // support`, `launch a solemn appeal`, `our sincere thanks`).
    "adequate",
    "appropriate",
    "sufficient",
    "significant",
    "immediate",
    "urgent",
    "constant",
    "consistent",
    "solemn",
    "sincere",
    "genuine",
    "great",
    "major",
    "huge",
    "prompt",
    "concrete",
    "warm",
    "heartfelt",
    "necessary",
    "important",
    "precious",
    // Of force, before sanctions, attacks and measures (`The President's swift and severe
    // sanctions`, `Russia's brutal attack`).
    "swift",
    "severe",
    "harsh",
    "tough",
    "brutal",
    "fresh",
    "further",
    "unjust",
    "blatant",
    "flagrant",
];

/// Plural nouns that stand for actors without naming them, whose relative clause a list of
/// examples may follow (`those countries that have helped us, in particular Japan`).
const UNNAMED_PLURAL_ACTORS: &[&str] = &[
    "countries",
    "states",
    "nations",
    "partners",
    "friends",
    "donors",
    "neighbours",
    "neighbors",
    "governments",
    "organizations",
    "organisations",
    "agencies",
    "those",
];

/// Nouns for an actor's act that a gerund after `in` spells out (`the efforts of the United
/// Nations in delivering assistance`, `the initiative of Japan in convening`).
const ACTS_CARRIED_BY_A_GERUND: &[&str] = &[
    "effort",
    "efforts",
    "role",
    "initiative",
    "initiatives",
    "work",
    "contribution",
    "contributions",
    "leadership",
    "input",
    "commitment",
    "action",
    "actions",
    "endeavours",
    "endeavors",
    "engagement",
    "involvement",
    "success",
    "achievements",
];

/// Possessive determiners, which open the noun phrase of a mention that does not include them.
pub(crate) const POSSESSIVE_DETERMINERS: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

/// Adjectives without an adjective's ending that stand between an article and an actor's name
/// (`the brotherly people of Iraq`, `the former Soviet Union`).
const NOUN_PHRASE_ADJECTIVES: &[&str] = &[
    "brotherly",
    "friendly",
    "sisterly",
    "former",
    "late",
    "entire",
    "whole",
];

/// Adjectives that describe a country or region and stand before its name with no article after
/// a preposition (`in southern Lebanon`, `of small Cyprus`, `in brotherly Iraq`).
const ARTICLELESS_PLACE_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "small",
    "tiny",
    "neighbouring",
    "neighboring",
    "war-torn",
    "brotherly",
    "sisterly",
    "friendly",
    "fraternal",
    "mainland",
];

/// Endings of adjectives (and participles used as adjectives) that nouns seldom have.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ed", "al", "ive", "ful", "ous", "ic", "less", "ible", "able", "ing", "wide",
];

/// Whether `word` ends like an adjective or a participle used as one, and is long enough for the
/// ending not to be the whole word (`premeditated`, `military`, `destructive`).
fn has_adjective_ending(word: &str) -> bool {
    ADJECTIVE_ENDINGS
        .iter()
        .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending))
}

/// Whether `word` reads as an adjective between a determiner and its noun: by its ending, or as
/// one of the plain adjectives (`strong`, `close`) or the noun-phrase adjectives (`brotherly`).
fn is_adjective_before_noun(word: &str) -> bool {
    has_adjective_ending(word) || PLAIN_ADJECTIVES.contains(&word) || NOUN_PHRASE_ADJECTIVES.contains(&word)
}

/// Whether `word` is an adverb that may stand between a subject and its verb (`Japan also
/// calls`, `we therefore note`, `Russia flatly denies`).
fn is_adverb_before_verb(word: &str) -> bool {
    matches!(word, "also" | "therefore" | "again" | "further") || (word.len() > 4 && word.ends_with("ly"))
}

/// Past participles without the `-ed` ending that the coder reads in passives and before their
/// parties (`the talks held between`, `the agreement reached between`, `the envoy sent by`).
const IRREGULAR_PARTICIPLES: &[&str] = &["met", "sent", "struck", "held", "made", "undertaken"];

/// Verbs of leaving a place, whose `from` names the place left, not who gives.
const DEPARTURE_VERBS: &[&str] = &[
    "withdraw", "retreat", "pull", "leave", "depart", "evacuate", "flee",
];

/// Whether `word` is a past participle: an `-ed` form or a common irregular one.
fn is_past_participle(word: &str) -> bool {
    word.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&word)
}

/// Whether a CAMEO code gives something to its target: support, cooperation or aid (05, 07).
fn is_gift(cameo: &str) -> bool {
    cameo.starts_with("05") || cameo.starts_with("07")
}

/// What the sentence around a trigger says of it, found while walking the sentence's triggers.
#[derive(Clone, Copy)]
struct TriggerContext<'m> {
    /// The subject of its clause, if it has one.
    subject: Option<&'m MentionInSentence>,
    /// Whether the sentence is a question.
    question: bool,
    /// Where a negated perception that denies the trigger stands (`we have not seen any
    /// condemnation`).
    denied_from: Option<usize>,
    /// Whether the trigger is a noun in the object of a verb of the same kind (`provide aid`).
    object_of_same_kind_verb: bool,
    /// The thanks for the gift the trigger names (`We thank Japan for its support`): the one
    /// thanked gave it, to the one who thanks.
    thanked_for_gift: Option<Praise<'m>>,
    /// Whether the trigger is a verb in an idiom (`thanks to`, `give hope`), which names no act.
    idiom: bool,
    /// Whether the trigger is a predicate coordinated with one whose subject the sentence leaves
    /// unnamed (`the countries that have helped and hosted our people`): it is not the speaker's.
    shares_unnamed_subject: bool,
}

/// A praise or thanks in the sentence: whom it praises (its verb's object), and who praises.
#[derive(Clone, Copy)]
struct Praise<'m> {
    praised: &'m MentionInSentence,
    praiser: Option<&'m MentionInSentence>,
}

/// Whether `word` is a lower-case hyphenated compound, which before a noun modifies it (`a
/// first-time visit`, `the long-standing support`, `a two-day meeting`).
fn is_hyphenated_modifier(word: &str) -> bool {
    word.split('-').count() >= 2
        && word.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
        })
}

/// Whether `word` is a gerund or present participle (`welcoming`, `condemning`), long enough for
/// `-ing` not to be the whole stem (`bring`, `thing`).
fn is_gerund(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing")
}

/// A trigger found in a sentence.
struct TriggerMatch {
    first: usize,
    last: usize,
    meanings: &'static [TriggerMeaning],
}

/// Codes the events of every sentence of a document: the rules' events, retyped by the learned
/// sense model, each with the learned presence model's confidence, those it finds unlikely
/// dropped, and a source named by the learned source model for those the rules found none for,
/// where it is confident enough.
pub fn find_events(text: &str, segmentation: &Segmentation, actors: &ActorAnalysis) -> Vec<Event> {
    let (mut events, parties) = every_event_and_parties(text, segmentation, actors);
    crate::presence::keep_likely_events(text, segmentation, &parties, &mut events);
    crate::sources::choose_sources(text, segmentation, &actors.actors, &parties, &mut events);
    carry_known_targets(&mut events, actors, segmentation);
    events
}

/// The events of [`find_events`] before the learned presence model scores and filters them (each
/// with the rules' rough confidence) and before the learned source model reads their sources:
/// what `rhetor train event-presence` and `rhetor train event-sources` learn from.
pub fn find_every_event(text: &str, segmentation: &Segmentation, actors: &ActorAnalysis) -> Vec<Event> {
    every_event_and_parties(text, segmentation, actors).0
}

/// The rules' events retyped by the sense model, and the actors' mention ranges the three learned
/// models read (found once per document).
fn every_event_and_parties(
    text: &str,
    segmentation: &Segmentation,
    actors: &ActorAnalysis,
) -> (Vec<Event>, Vec<Range<usize>>) {
    let parties = crate::senses::party_ranges(&actors.actors);
    let mut events = find_events_by_rules(text, segmentation, actors);
    crate::senses::retype_by_sense(text, segmentation, &parties, &mut events);
    (events, parties)
}

/// The events of [`find_events`] with the types the rules give, before the learned sense model
/// retypes the cooperative ones: what `rhetor train event-senses` learns from.
pub fn find_events_by_rules(text: &str, segmentation: &Segmentation, actors: &ActorAnalysis) -> Vec<Event> {
    let lexicon = Lexicon::embedded();
    let mut events = Vec::new();
    for (sentence_index, sentence) in segmentation.sentences.iter().enumerate() {
        for stretch in coded_stretches(sentence, &segmentation.tokens) {
            code_stretch(
                text,
                segmentation,
                actors,
                lexicon,
                sentence_index,
                &stretch,
                &mut events,
            );
        }
    }
    carry_known_agents(&mut events, actors, segmentation);
    events
}

/// The PLOVER types whose missing agent or target the document may supply: an occupation, a
/// blockade, an attack is one party's act against another, and a document keeps to its parties.
const CARRIED_TYPES: [&str; 2] = ["COERCE", "ASSAULT"];

/// Each actor's country by actor id (a group with none, `civilians`, is no one in particular).
fn countries_by_actor(actors: &ActorAnalysis) -> std::collections::HashMap<&str, &str> {
    actors
        .actors
        .iter()
        .filter_map(|actor| Some((actor.id.as_str(), actor.country.as_deref()?)))
        .collect()
}

/// Whether an actor id names a person (`person:antony-blinken`): the document passes never carry
/// a person's agency or victimhood (the symmetry check's swap keeps office holders' nationality).
fn is_person_id(id: &str) -> bool {
    id.starts_with("person:")
}

/// The index of the sentence that holds byte `offset`.
fn sentence_at(segmentation: &Segmentation, offset: usize) -> usize {
    segmentation
        .sentences
        .partition_point(|sentence| sentence.range.end <= offset)
}

/// How many events back a coercion or assault with no agent looks for one done to the same
/// target.
const KNOWN_AGENT_LOOKBACK: usize = 40;

/// Gives an occupation, blockade or assault that names no agent (`the illegal occupation of
/// Palestine`, `Palestinians are killed`) the agent the document last named for an act of the
/// same CAMEO root (occupation and war, 19; sanctions, 16; arrests, 17; ...) against the same
/// target (`Israel's occupation of Palestine` before it, or `the embargo imposed by the United
/// States against Cuba` in the same sentence): a document keeps to one occupier, one blockader.
/// Only events that happened count, as source and as heir, and only a state's, a group's or an
/// organisation's agency is carried, not a person's (whom the symmetry check's swap of office
/// holders reads unevenly: carrying them repeated each such asymmetry down the document).
fn carry_known_agents(events: &mut [Event], actors: &ActorAnalysis, segmentation: &Segmentation) {
    let is_heir = |event: &Event| {
        event.source.is_none()
            && CARRIED_TYPES.contains(&event.plover.as_str())
            && !event.negated
            && event.modality == Modality::Asserted
    };
    if !events.iter().any(is_heir) {
        return;
    }
    // A target is compared by its country; a group with none (`civilians`) is no one in
    // particular and carries nothing.
    let countries = countries_by_actor(actors);
    let country_of = |id: Option<&str>| id.and_then(|id| countries.get(id).copied());
    let sentence_of = |event: &Event| sentence_at(segmentation, event.trigger.start);
    for index in 0..events.len() {
        if !is_heir(&events[index]) {
            continue;
        }
        let Some(target) = country_of(events[index].target.as_deref()) else {
            continue;
        };
        let root = events[index].cameo.get(..2);
        let agent_of = |other: &Event| {
            let gives = other.cameo.get(..2) == root
                && !other.negated
                && other.modality == Modality::Asserted
                && country_of(other.target.as_deref()) == Some(target)
                && country_of(other.source.as_deref()) != Some(target)
                && !other.source.as_deref().is_some_and(is_person_id);
            gives.then(|| other.source.clone()).flatten()
        };
        // Events are in text order, a sentence's together: the heir's own sentence first (the
        // strongest evidence), then the nearest of the events before it.
        let sentence = sentence_of(&events[index]);
        let sentence_start = (0..index)
            .rev()
            .take_while(|&other| sentence_of(&events[other]) == sentence)
            .last()
            .unwrap_or(index);
        let in_sentence = events[sentence_start..]
            .iter()
            .take_while(|other| sentence_of(other) == sentence)
            .find_map(agent_of);
        let known_agent = in_sentence.or_else(|| {
            events[sentence_start.saturating_sub(KNOWN_AGENT_LOOKBACK)..sentence_start]
                .iter()
                .rev()
                .find_map(agent_of)
        });
        if let Some(agent) = known_agent {
            events[index].source = Some(agent);
        }
    }
}

/// Gives a coercion or assault whose doer is known but whose victim the sentence does not name
/// (`Russia's unprovoked aggression`, `the Israeli occupation`) a target from the document:
/// first the target of the nearest act of the same CAMEO root by the same country that names
/// one (`Russia's invasion of Ukraine` earlier), else, for an act of war (CAMEO 18, 19 and 20),
/// the one country or people the sentence names besides the doer's and the speaker's (`support
/// for Ukraine's sovereignty in the face of Russia's aggression`). Statements name the victim of
/// a war once and then speak of the war alone, and the gold annotators read its target from that
/// context: over the 306 gold sets this made 85 targets right and 2 wrong. Runs after the
/// learned models, so that they read the rules' events as they were trained on.
fn carry_known_targets(events: &mut [Event], actors: &ActorAnalysis, segmentation: &Segmentation) {
    // A person's act is not an heir: such an event has mostly taken an official's name for want
    // of the doer's (`Secretary Blinken ... the murder of`), and an office holder keeps their
    // nationality where the symmetry check swaps the countries, so that carrying to them reads
    // the two versions of a text unevenly (as `carry_known_agents` found for agents). Most
    // documents have no heir, and the country table is built only for those that do.
    let may_inherit = |event: &Event| {
        event.target.is_none()
            && !event.negated
            && CARRIED_TYPES.contains(&event.plover.as_str())
            && event
                .source
                .as_deref()
                .is_some_and(|source| !is_person_id(source))
    };
    if !events.iter().any(may_inherit) {
        return;
    }
    let countries = countries_by_actor(actors);
    let country_of = |id: Option<&str>| id.and_then(|id| countries.get(id).copied());
    for index in 0..events.len() {
        if !may_inherit(&events[index]) {
            continue;
        }
        // The doer is compared by its country; a group with none is no one in particular.
        let Some(doer) = country_of(events[index].source.as_deref()) else {
            continue;
        };
        let root = events[index].cameo.get(..2);
        let target_of = |other: &Event| {
            let gives = other.cameo.get(..2) == root
                && !other.negated
                && country_of(other.source.as_deref()) == Some(doer)
                && country_of(other.target.as_deref()).is_some_and(|victim| victim != doer)
                && !other.target.as_deref().is_some_and(is_person_id);
            gives.then(|| other.target.clone()).flatten()
        };
        let known_target = events[index.saturating_sub(KNOWN_AGENT_LOOKBACK)..index]
            .iter()
            .rev()
            .find_map(target_of);
        // Only a war's victim is read from the sentence: beside sanctions or repression, the
        // country a sentence names is as often the one the speaker supports (`Greece's sanctions
        // enforcement` in a sentence about `its support to Ukraine`).
        let is_war = matches!(root, Some("18" | "19" | "20"));
        let target = known_target.or_else(|| {
            if !is_war {
                return None;
            }
            // The speaker's own country, named in the sentence, is mostly its subject (`The Gambia
            // deplores the continued Serbian aggression`, `is the U.S. fed up with` in a
            // journalist's question): the turn's speaker and the publisher are both left out.
            let country_of_speaker = |speaker: Option<usize>| {
                speaker
                    .and_then(|speaker| actors.actors.get(speaker))
                    .and_then(|speaker| speaker.country.as_deref())
            };
            let speaker_countries = [
                country_of_speaker(actors.speaker_at(events[index].trigger.start)),
                country_of_speaker(actors.speaker),
            ];
            let is_a_speakers = |country: &str| speaker_countries.contains(&Some(country));
            let sentence = sentence_at(segmentation, events[index].trigger.start);
            let others: Vec<&rhetor_schema::Actor> = actors
                .mentions
                .iter()
                .filter(|mention| mention.sentence == sentence)
                .filter_map(|mention| actors.actors.get(mention.actor))
                .filter(|actor| {
                    actor
                        .country
                        .as_deref()
                        .is_some_and(|country| country != doer && !is_a_speakers(country))
                })
                .filter(|actor| is_a_country_or_its_people(actor))
                .collect();
            let country = others.first()?.country.as_deref()?;
            if others
                .iter()
                .any(|other| other.country.as_deref() != Some(country))
            {
                return None;
            }
            // The country itself where the sentence names it (`Ukraine's sovereignty`), else its
            // people (`the Ukrainian people`).
            let named = others
                .iter()
                .find(|other| other.id == country)
                .unwrap_or(&others[0]);
            Some(named.id.clone())
        });
        if target.is_some() {
            events[index].target = target;
        }
    }
}

/// Whether `actor` is a country (`Ukraine`) or its people (`the Ukrainian people`): what a war
/// is waged on. A government, an army or an official named beside a war is far more often the
/// speaker's interlocutor (`the German Foreign Minister ... discussed ... Putin's war`).
fn is_a_country_or_its_people(actor: &rhetor_schema::Actor) -> bool {
    actor.actor_type != "person"
        && (actor.country.as_deref() == Some(actor.id.as_str()) || actor.sector.as_deref() == Some("CVL"))
}

/// Whether an event of this CAMEO code that names no one who holds it is the speaker's: a
/// meeting, visit, talk or hosting (CAMEO 04), an offer to meet or negotiate (036) or an agreement
/// signed (057). A statement tells of its author's own diplomacy: on the read held-out gold sets
/// such an event with no source found was the speaker's 40 times, someone else's named elsewhere
/// 23 times (whom the coder cannot find either way) and no one's 4 times, while for aid, praise
/// and cooperation the speaker and no one come out even. A mediation (045) is not: it is by
/// nature a third party's.
fn is_the_speakers_when_unattributed(cameo: &str) -> bool {
    const MEETING_ROOT: &str = "04";
    const MEDIATION: &str = "045";
    const OFFER_TO_MEET: &str = "036";
    const AGREEMENT_SIGNED: &str = "057";
    (cameo.starts_with(MEETING_ROOT) && cameo != MEDIATION)
        || cameo == OFFER_TO_MEET
        || cameo == AGREEMENT_SIGNED
}

/// The longest stretch of a sentence, in tokens, that is coded as one. The coder's windows look
/// a few dozen tokens around a trigger, but finding a trigger's clause walks back to the start
/// of its sentence: in a run-on "sentence" of a megabyte without a full stop, that walk would
/// make the sentence quadratic to code. Real sentences are far shorter, and code as before.
const LONGEST_CODED_STRETCH: usize = 256;

/// `sentence` cut into stretches of at most [`LONGEST_CODED_STRETCH`] tokens (itself when it is
/// no longer).
fn coded_stretches(sentence: &SentenceSegment, tokens: &[rhetor_schema::Token]) -> Vec<SentenceSegment> {
    if sentence.tokens.len() <= LONGEST_CODED_STRETCH {
        return vec![sentence.clone()];
    }
    sentence
        .tokens
        .clone()
        .step_by(LONGEST_CODED_STRETCH)
        .filter_map(|first| {
            let end = (first + LONGEST_CODED_STRETCH).min(sentence.tokens.end);
            let range = tokens.get(first)?.start..tokens.get(end - 1)?.end;
            Some(SentenceSegment {
                range,
                paragraph: sentence.paragraph,
                tokens: first..end,
            })
        })
        .collect()
}

/// Codes the events of one stretch of sentence number `sentence_index`.
fn code_stretch(
    text: &str,
    segmentation: &Segmentation,
    actors: &ActorAnalysis,
    lexicon: &'static Lexicon,
    sentence_index: usize,
    sentence: &SentenceSegment,
    events: &mut Vec<Event>,
) {
    let view = SentenceView::new(text, &segmentation.tokens, sentence, sentence_index, actors);
    let excluded_ranges: Vec<Range<usize>> = segmentation
        .quotes
        .iter()
        .filter(|quote| quote.kind != QuoteKind::Direct && quote.sentence == sentence_index)
        .map(|quote| quote.range.clone())
        .collect();
    let speaker_stand_in = actors
        .speaker_at(sentence.range.start)
        .map(|actor| MentionInSentence {
            actor,
            first: 0,
            last: 0,
            kind: MentionKind::Speaker,
            possessive: false,
            determines_another_party: false,
        });
    let direct_quotes = segmentation
        .quotes
        .iter()
        .filter(|quote| quote.kind == QuoteKind::Direct)
        .filter(|quote| quote.range.start < sentence.range.end && sentence.range.start < quote.range.end)
        .map(|quote| (quote.content.clone(), quote.cue.clone()))
        .collect();
    let coder = SentenceCoder {
        text,
        lexicon,
        view: &view,
        actors,
        excluded_ranges,
        speaker_stand_in,
        direct_quotes,
    };
    coder.code(events);
}

/// The coder of one sentence.
struct SentenceCoder<'a> {
    text: &'a str,
    lexicon: &'static Lexicon,
    view: &'a SentenceView<'a>,
    actors: &'a ActorAnalysis,
    /// Scare quotes and titles: words inside them are named, not done.
    excluded_ranges: Vec<Range<usize>>,
    /// The speaker as a mention without a place, for acts whose subject the sentence leaves out.
    speaker_stand_in: Option<MentionInSentence>,
    /// Direct quotations in the sentence: the byte range of their content and of their cue.
    direct_quotes: Vec<(Range<usize>, Option<Range<usize>>)>,
}

impl SentenceCoder<'_> {
    fn code(&self, events: &mut Vec<Event>) {
        let triggers = self.find_triggers();
        let question = self.view.len() > 0 && self.view.word(self.view.len() - 1) == "?";
        let denied_from = self.negated_perception_position();
        // A negated perception denies what it perceives, the first act after it, not the acts in
        // that act's complement: `we have not seen any condemnation from the US of Armenia's
        // occupation` denies the condemnation, and the occupation stays the speaker's claim.
        let mut denial_spent = false;
        // The last words of requests and refusals: the act they ask for or refuse is not coded.
        let mut requests_and_refusals: Vec<usize> = Vec::new();
        let mut last_verbal: Option<(usize, &str)> = None;
        // Where the last verbal trigger starts, for the purpose infinitives that follow it.
        let mut last_verbal_first: Option<usize> = None;
        let mut previous_subject: Option<&MentionInSentence> = None;
        // The last subject of a predicate, which a predicate coordinated after it shares (before
        // the agent of a gerund after `in`, which `previous_subject` may hold).
        let mut previous_predicate_subject: Option<&MentionInSentence> = None;
        // Where the last predicate whose subject the sentence leaves unnamed ends (`the countries
        // in the region that have helped`), for a predicate coordinated right after it.
        let mut unnamed_subject_predicate_end: Option<usize> = None;
        // The last praise, for the act it praises someone for.
        let mut last_praise: Option<Praise> = None;
        for trigger in &triggers {
            // The act a request asks for (`urged Armenia to withdraw`) is coded by the request, and
            // the act a refusal refuses (`refused to withdraw`) did not happen: the rejection is
            // the event (gold guidelines, Negation).
            if requests_and_refusals
                .iter()
                .any(|&request| self.is_complement_of_request_or_refusal(request, trigger.first))
            {
                continue;
            }
            let Some(meaning) = self.choose_meaning(trigger) else {
                continue;
            };
            // The verb a purpose infinitive at this trigger would follow.
            let governing_first = last_verbal_first;
            // A noun that is the object of a verb of the same kind (`send aid`, `issued a
            // condemnation`, `provide security assistance, humanitarian aid, and economic
            // support`) is the same event.
            // An agreement between named parties is an event of its own even as the object of a
            // verb of the same kind (`we welcome the agreement between Portugal and Indonesia`:
            // the welcome, 051, and the agreement, 057), unless the verb is the same act (`signed
            // the agreement between`).
            // `We thank them all for their support`: what a praise is for is the praised one's
            // own act, not more of the praise.
            let reason_of_praise = last_verbal.is_some_and(|(verb_last, verb_cameo)| {
                verb_cameo == "051"
                    && (verb_last + 1..trigger.first).any(|between| self.view.word(between) == "for")
            });
            let same_as_verb = !reason_of_praise
                && last_verbal.is_some_and(|(verb_last, verb_cameo)| {
                    meaning.role == Role::Noun
                        && trigger.first - verb_last <= 3
                        && verb_cameo.get(..2) == meaning.cameo.get(..2)
                        && !(meaning.condition == Condition::PartiesBetween && verb_cameo != meaning.cameo)
                });
            if same_as_verb {
                continue;
            }
            // Further along the verb's object, a noun of the same kind is one more act of the
            // verb's subject (`provide security assistance, humanitarian aid, and economic
            // support`: three kinds of aid, each the subject's).
            let object_of_same_kind_verb = !reason_of_praise
                && last_verbal.is_some_and(|(verb_last, verb_cameo)| {
                    meaning.role == Role::Noun
                        && verb_cameo.get(..2) == meaning.cameo.get(..2)
                        && trigger.first - verb_last <= SAME_ACT_OBJECT_WORDS
                        && (verb_last + 1..trigger.first).all(|between| {
                            !self.view.is_clause_break(between)
                                && self.view.mention_at(between).is_none()
                                && !matches!(self.view.word(between), "." | "but" | "while" | "which")
                        })
                });
            // An idiom (`thanks to`, `give hope`) is no act whose object could be more of it.
            let idiom = meaning.role == Role::Verb && self.is_idiom(trigger);
            if meaning.role != Role::Noun && !idiom {
                last_verbal = Some((trigger.last, meaning.cameo));
                last_verbal_first = Some(trigger.first);
            }
            if meaning.role == Role::Request
                || (meaning.role == Role::Verb && meaning.cameo.starts_with("12"))
            {
                requests_and_refusals.push(trigger.last);
            }
            // A predicate coordinated with an earlier one (`X welcomed Y and praised Z`, `the US
            // did not respond ..., but welcomes`) shares that one's subject, not the nearest
            // mention (Y).
            let infinitive_subject = (meaning.role != Role::Noun)
                .then(|| self.infinitive_subject(trigger.first))
                .flatten();
            // A verb form that a possessive determines (`Blinken's upcoming travel to Costa Rica`)
            // is used as a noun, and its possessor is its agent.
            let nominal_possessor = (meaning.role != Role::Noun)
                .then(|| self.possessor_mention(trigger.first))
                .flatten()
                .map(|possessor| self.possessor_standing_for(possessor));
            // `the decision by Russia to withdraw`: the carrier's agent does its infinitive.
            let carrier_agent = (meaning.role != Role::Noun)
                .then(|| self.carrier_agent_of_infinitive(trigger.first))
                .flatten();
            // `France met Germany to discuss`: a purpose infinitive is done by the subject of
            // the verb it follows, not by that verb's object.
            let purpose_subject = (meaning.role != Role::Noun)
                .then(|| self.purpose_infinitive_subject(trigger.first, governing_first, previous_subject))
                .flatten();
            // `While welcoming the release of Mr. Mandela, we note`: a participle opening the
            // sentence has the main clause's subject, and so has the object of a light verb that
            // opens it (`In launching an aggressive war against Ukraine, the Russian Federation`).
            let main_subject_of_participle = if meaning.role == Role::Noun {
                self.light_verb_before(trigger.first)
                    .and_then(|verb| self.main_subject_of_opening_participle(verb, trigger.last))
            } else {
                self.main_subject_of_opening_participle(trigger.first, trigger.last)
            };
            let antecedent_across_aside = (meaning.role != Role::Noun)
                .then(|| self.antecedent_across_aside(trigger.first))
                .flatten();
            // `We are grateful to Japan for providing aid`, `we commend the work of UNICEF in
            // Moldova for helping`: whom the speaker praises did what they are praised for.
            let praise_in_reach = last_praise.filter(|praise| {
                praise.praised.last < trigger.first
                    && !(praise.praised.last + 1..trigger.first)
                        .any(|between| self.view.is_clause_break(between))
            });
            let praised_agent = praise_in_reach
                .filter(|_| meaning.role == Role::Verb && self.is_praised_act(trigger.first))
                .map(|praise| praise.praised);
            // `We thank Japan for its generous assistance`: what someone is thanked for was given
            // by them to whoever thanks them.
            let thanked_for_gift = praise_in_reach.filter(|praise| {
                meaning.role == Role::Noun
                    && is_gift(meaning.cameo)
                    && (praise.praised.last + 1..trigger.first)
                        .any(|between| self.view.word(between) == "for")
            });
            // `the statement made by President Hollande in urging`, `France's role in supporting`:
            // a gerund after `in` is the act of the agent of the noun before it.
            let agent_of_act_in = (meaning.role != Role::Noun)
                .then(|| self.agent_of_gerund_after_in(trigger.first))
                .flatten();
            // `the countries in the region that have helped and hosted our people`: a predicate
            // coordinated with one whose subject is unnamed shares that subject.
            let shares_unnamed_subject = meaning.role != Role::Noun
                && !self.is_passive(trigger)
                && unnamed_subject_predicate_end
                    .is_some_and(|end| self.coordinates_predicates(end, trigger.first));
            let subject = if object_of_same_kind_verb {
                previous_subject
            } else if let Some(praised) = praised_agent {
                Some(praised)
            } else if let Some(agent) = agent_of_act_in {
                Some(agent)
            } else if let Some(antecedent) = antecedent_across_aside {
                Some(antecedent)
            } else if let Some(main_subject) = main_subject_of_participle {
                Some(main_subject)
            } else if let Some(possessor) = nominal_possessor {
                Some(possessor)
            } else if let Some(infinitive_subject) = infinitive_subject {
                infinitive_subject
            } else if let Some(carrier_agent) = carrier_agent {
                Some(carrier_agent)
            } else if let Some(purpose_subject) = purpose_subject {
                Some(purpose_subject)
            } else if meaning.role != Role::Noun && self.has_first_person_noun_phrase_subject(trigger.first) {
                self.speaker_mention()
            } else if let Some(joiner) = if meaning.role == Role::Noun {
                // `Namibia joins the preceding speakers in extending sincere congratulations`: the
                // object of a joined light verb is the joiner's.
                self.light_verb_before(trigger.first)
                    .and_then(|verb| self.joined_act_subject(verb))
            } else {
                self.joined_act_subject(trigger.first)
            } {
                Some(joiner)
            } else if meaning.role != Role::Noun
                && (!trigger.meanings.iter().any(|other| other.role == Role::Noun)
                    || self.follows_going_to(trigger.first)
                    || self.follows_relative_on_plural_noun(trigger.first))
                // `I launch a solemn appeal to`: a request read as the object of a light verb has
                // that verb's subject, not the noun phrase it stands in.
                && !(meaning.role == Role::Request && self.noun_follows_light_verb(trigger.first))
                && self.has_unnamed_subject(trigger.first)
            {
                unnamed_subject_predicate_end = Some(trigger.last);
                None
            } else if shares_unnamed_subject {
                None
            } else if self.subject_slot_is_empty(trigger.first) && trigger.first > 0 {
                previous_predicate_subject.or(previous_subject).or_else(|| {
                    let nearest = self.subject_before(trigger.first);
                    let opening = self.opening_subject_of_coordinated_predicate(trigger.first);
                    match (nearest, opening) {
                        // `She also underscored that an independent judiciary is key ..., and
                        // urged`: a subject inside the first predicate's `that` clause is not the
                        // subject of a predicate coordinated after a comma.
                        (Some(nearest), Some(opening))
                            if self.view.word(trigger.first.saturating_sub(2)) == ","
                                && (opening.last + 1..nearest.first)
                                    .any(|between| self.view.word(between) == "that") =>
                        {
                            Some(opening)
                        }
                        (nearest, opening) => nearest.or(opening),
                    }
                })
            } else {
                self.subject_before(trigger.first)
            };
            if meaning.role != Role::Noun && subject.is_some() {
                previous_subject = subject;
                // `Grenada condemns the actions of Iraq in invading Kuwait, and urges`: the agent
                // of a gerund after `in` is not the subject a coordinated predicate shares, nor is
                // the antecedent of an aside's relative clause (`I commend the Group of Five,
                // which will help us ..., and urge`).
                if agent_of_act_in.is_none() && !self.opens_relative_aside(trigger.first) {
                    previous_predicate_subject = subject;
                }
            }
            if meaning.role != Role::Noun && meaning.cameo == "051" {
                // `we thank all partners that support our country`: an actor inside a relative
                // clause on an unnamed object is not whom the speaker praises.
                last_praise = self
                    .object_after(trigger.last, meaning.cameo)
                    .filter(|praised| {
                        !(trigger.last + 1..praised.first)
                            .any(|between| matches!(self.view.word(between), "that" | "who" | "which"))
                    })
                    .map(|praised| Praise {
                        praised,
                        praiser: subject.or_else(|| self.speaker_mention()),
                    });
            }
            let denied_here = denied_from.filter(|&position| position < trigger.first && !denial_spent);
            denial_spent |= denied_here.is_some();
            let coded = self.code_trigger(
                trigger,
                meaning,
                TriggerContext {
                    subject,
                    question,
                    denied_from: denied_here,
                    object_of_same_kind_verb,
                    thanked_for_gift,
                    idiom,
                    shares_unnamed_subject,
                },
            );
            let aimed_at_someone =
                meaning.condition == Condition::NamedAgent && self.is_aimed_against(trigger.last);
            events.extend(coded.into_iter().filter(|event| {
                meaning.condition != Condition::NamedAgent || event.source.is_some() || aimed_at_someone
            }));
        }
        self.code_modal_demands(events);
        self.code_accusations(events);
    }

    /// Whether the verb ending at `last` governs a `that` clause rather than a gift (`provided
    /// that the country receives`, `resolution 242 provides that`, `given that`): `that` is
    /// followed by what opens a clause (a determiner, a pronoun, `there`), not by the noun a
    /// demonstrative `that` would point at (`sent that message`).
    fn opens_that_clause(&self, last: usize) -> bool {
        if self.view.word(last + 1) != "that" {
            return false;
        }
        // The view's words are lowercase already.
        let next = self.view.word(last + 2);
        NOUN_DETERMINERS.contains(&next)
            || SUBJECT_DETERMINERS.contains(&next)
            || SUBJECT_PRONOUNS.contains(&next)
            || matches!(next, "there" | "all" | "our" | "their" | "my" | "his" | "her")
    }

    /// The agent of the noun before `in` when the verb at `position` is a gerund after that `in`:
    /// named right before `in` after `by` (`the statement made by President Hollande in urging`)
    /// or after the `of` of an act noun (`the efforts of the United Nations in delivering`), or a
    /// possessive determining a noun right before `in` (`France's role in supporting`); a gerund
    /// coordinated with such a gerund has its agent (see [`Self::agent_of_coordinated_gerund`]).
    fn agent_of_gerund_after_in(&self, position: usize) -> Option<&MentionInSentence> {
        if !is_gerund(self.view.word(position)) {
            return None;
        }
        let Some(in_position) = position
            .checked_sub(1)
            .filter(|&before| self.view.word(before) == "in")
        else {
            return self.agent_of_coordinated_gerund(position);
        };
        self.view.mentions.iter().find(|mention| {
            // `the statement made by President Hollande in urging`, `the efforts of the Iraqi
            // Government in restoring`; not `joins other Members of the United Nations in
            // appealing`, where the noun before `of` is no act of its own.
            let by_agent = mention.last + 1 == in_position
                && !mention.possessive
                && self.word_before_noun_phrase(mention).is_some_and(|before| {
                    self.view.word(before) == "by"
                        || (self.view.word(before) == "of"
                            && before > 0
                            && ACTS_CARRIED_BY_A_GERUND.contains(&self.view.word(before - 1)))
                });
            // The possessive's `'s` is in its token, or a token of its own (`the United States’`).
            let noun = in_position.saturating_sub(1);
            let possessor_of_the_noun = mention.possessive
                && (mention.last + 1 == noun
                    || (mention.last + 2 == noun && !self.view.is_word(mention.last + 1)))
                && self.view.is_word(noun)
                && self.view.mention_at(noun).is_none();
            by_agent || possessor_of_the_noun
        })
    }

    /// The subject of a verb of alignment whose act the gerund at `position` is (`I join previous
    /// speakers in paying tribute to`, `We join other delegations in welcoming`): the joiner, not
    /// the others named between, who would read as an unnamed subject.
    fn joined_act_subject(&self, position: usize) -> Option<&MentionInSentence> {
        if !is_gerund(self.view.word(position)) || position == 0 || self.view.word(position - 1) != "in" {
            return None;
        }
        let join = (position.saturating_sub(JOINED_OTHERS_MAX_WORDS)..position - 1)
            .rev()
            .take_while(|&before| !self.view.is_clause_break(before) && self.view.word(before) != ",")
            .find(|&before| self.lexicon.is_cue(CueKind::Alignment, self.view.word(before)))?;
        self.subject_before(join)
    }

    /// The agent of a gerund coordinated with an earlier gerund after `in` (`in restoring stability
    /// and achieving reconciliation`, `in supporting and assisting`): the earlier one's.
    fn agent_of_coordinated_gerund(&self, position: usize) -> Option<&MentionInSentence> {
        const MOST_TOKENS_BACK: usize = 6;
        if position == 0 || !matches!(self.view.word(position - 1), "and" | "or") {
            return None;
        }
        (position.saturating_sub(MOST_TOKENS_BACK)..position - 1)
            .rev()
            .take_while(|&before| {
                !self.view.is_clause_break(before) && self.view.mention_at(before).is_none()
            })
            .find(|&before| {
                before > 0 && self.view.word(before - 1) == "in" && is_gerund(self.view.word(before))
            })
            .and_then(|earlier| self.agent_of_gerund_after_in(earlier))
    }

    /// Whether `against` follows the noun ending at `last`, right after it or after a participle
    /// (`threats against`, `the threats made against Madagascar`): an act aimed at someone, whoever
    /// made it, not a risk to something (`a threat to peace`).
    fn is_aimed_against(&self, last: usize) -> bool {
        self.view.word(last + 1) == "against"
            || (is_past_participle(self.view.word(last + 1)) && self.view.word(last + 2) == "against")
    }

    /// Whether the verb trigger is an idiom by its object (`It gives me great pleasure`, `to meet
    /// the challenges`, `free and fair elections`; `idioms.tsv`): the object is sought across
    /// pronouns, determiners, adjectives, adverbs and `to`, and the first other word ends the search.
    fn is_idiom(&self, trigger: &TriggerMatch) -> bool {
        let mut buffer = String::new();
        let Some(objects) = self
            .view
            .phrase(trigger.first, trigger.last + 1 - trigger.first, &mut buffer)
            .and_then(|form| self.lexicon.idioms.get(form))
        else {
            return false;
        };
        let object_at = |position: usize| {
            objects.iter().any(|object| {
                object
                    .iter()
                    .enumerate()
                    .all(|(offset, word)| self.view.word(position + offset) == *word)
            })
        };
        let last_position = (trigger.last + 1 + IDIOM_OBJECT_REACH).min(self.view.len().saturating_sub(1));
        for position in trigger.last + 1..=last_position {
            if object_at(position) {
                return true;
            }
            let word = self.view.word(position);
            let passable = IDIOM_PASSABLE_WORDS.contains(&word)
                || NOUN_DETERMINERS.contains(&word)
                || self.is_premodifying_adjective(position)
                || is_adverb_before_verb(word);
            if !passable {
                return false;
            }
        }
        false
    }

    /// Whether a verb ending at `last` has an object after it: a word that is no preposition and
    /// no `my` (`Before I conclude my statement` ends a speech; an agreement is no one's own).
    fn has_object_after(&self, last: usize) -> bool {
        let next = last + 1;
        next < self.view.len()
            && self.view.is_word(next)
            && !PREPOSITIONS.contains(&self.view.word(next))
            && self.view.word(next) != "my"
    }

    /// Whether an actor's mention is the object of a verb ending at `last`, right after it or
    /// after `the`.
    fn has_actor_object_after(&self, last: usize) -> bool {
        self.mention_opening_at(last + 1).is_some()
    }

    /// Whether the verb starting at `second` is coordinated with a predicate ending at `first_end`
    /// with nothing between them but `and` or `or`, auxiliaries and adverbs (`helped and
    /// hosted`, `have helped and will continue to host` is two clauses' worth of words, not this).
    fn coordinates_predicates(&self, first_end: usize, second: usize) -> bool {
        const BETWEEN_COORDINATED_PREDICATES: &[&str] = &["and", "or", "also", "then", "have", "has", "had"];
        let between = first_end + 1..second;
        !between.is_empty()
            && between
                .clone()
                .any(|position| matches!(self.view.word(position), "and" | "or"))
            && between
                .clone()
                .all(|position| BETWEEN_COORDINATED_PREDICATES.contains(&self.view.word(position)))
    }

    /// Whether the verb at `position` is a gerund after `for` or `on` (`for providing`, `for
    /// having provided`, `on hosting`): the act someone is praised, thanked or congratulated for.
    fn is_praised_act(&self, position: usize) -> bool {
        let word_before = |distance: usize| {
            position
                .checked_sub(distance)
                .map_or("", |before| self.view.word(before))
        };
        (is_gerund(self.view.word(position)) && matches!(word_before(1), "for" | "on"))
            || (word_before(1) == "having" && matches!(word_before(2), "for" | "on"))
    }

    /// Whether `mention` is a composition ending in a plural noun (`our people`, `US officials`,
    /// `Russian forces`): a subject, never a noun's modifier.
    fn is_plural_group(&self, mention: &MentionInSentence) -> bool {
        let head = self.view.word(mention.last);
        mention.kind == MentionKind::Composition
            && (head == "people" || (head.ends_with('s') && !head.ends_with("ss")))
    }

    /// The longest phrase starting at `position` that `lookup` knows, with its word count. Most
    /// words start no phrase of any lexicon, and are passed over with one set lookup.
    fn longest_phrase_at<T>(
        &self,
        position: usize,
        buffer: &mut String,
        lookup: impl Fn(&str) -> Option<T>,
    ) -> Option<(usize, T)> {
        let longest = self
            .lexicon
            .longest_phrase_starting_with(self.view.word(position));
        (1..=longest).rev().find_map(|count| {
            let phrase = self.view.phrase(position, count, buffer)?;
            lookup(phrase).map(|found| (count, found))
        })
    }

    /// Every trigger of the sentence, longest form first at each position.
    fn find_triggers(&self) -> Vec<TriggerMatch> {
        let mut triggers = Vec::new();
        let mut buffer = String::new();
        let mut position = 0;
        while position < self.view.len() {
            let mut found = self.longest_phrase_at(position, &mut buffer, |phrase| {
                self.lexicon.triggers.get(phrase).map(Vec::as_slice)
            });
            // `held a meeting with`, `held a virtual meeting with`: after an article (and its
            // adjectives) a verb's phrase with its `with` (`meeting with`) is the noun it starts
            // with, if the lexicon has one, whose partner after `with` the noun's rules find.
            let is_noun =
                |meanings: &[TriggerMeaning]| meanings.iter().any(|meaning| meaning.role == Role::Noun);
            let verb_with_partner_after_article = found.is_some_and(|(count, meanings)| {
                count > 1
                    && position > 0
                    && (matches!(self.view.word(position - 1), "a" | "an" | "the")
                        || self.follows_determiner_and_adjective(position))
                    && self.view.word(position + count - 1) == "with"
                    && !is_noun(meanings)
            });
            if let Some((count, _)) = found.filter(|_| verb_with_partner_after_article) {
                let noun = (1..count).rev().find_map(|shorter| {
                    let phrase = self.view.phrase(position, shorter, &mut buffer)?;
                    let meanings = self.lexicon.triggers.get(phrase).map(Vec::as_slice)?;
                    is_noun(meanings).then_some((shorter, meanings))
                });
                found = noun.or(found);
            }
            match found {
                Some((count, meanings)) if self.is_codable_position(position) => {
                    triggers.push(TriggerMatch {
                        first: position,
                        last: position + count - 1,
                        meanings,
                    });
                    position += count;
                }
                _ => position += 1,
            }
        }
        triggers
    }

    /// Whether a trigger may start at `position`: not inside an actor's name, not inside scare
    /// quotes or a title.
    fn is_codable_position(&self, position: usize) -> bool {
        let token = self.view.tokens[position];
        let in_name = self.view.mention_at(position).is_some_and(|mention| {
            matches!(
                mention.kind,
                MentionKind::Name | MentionKind::Composition | MentionKind::Modifier
            )
        });
        !in_name
            && !self
                .excluded_ranges
                .iter()
                .any(|range| range.start <= token.start && token.end <= range.end)
    }

    /// Whether token `position` is written with a capital letter followed by lower-case ones in
    /// the text (`Fund`, not `WELCOME` or `fund`; the view's words are lowercase).
    fn is_capitalised(&self, position: usize) -> bool {
        self.view
            .tokens
            .get(position)
            .and_then(|token| self.text.get(token.start..token.end))
            .is_some_and(|word| {
                let mut characters = word.chars();
                characters.next().is_some_and(char::is_uppercase)
                    && characters.all(|character| !character.is_uppercase())
            })
    }

    /// The meaning of a form that is both a verb and a noun, decided by the word before it. A verb
    /// form after an article or a possessive with no noun meaning is an adjective (`the detained
    /// journalists`) and codes nothing.
    fn choose_meaning(&self, trigger: &TriggerMatch) -> Option<TriggerMeaning> {
        let previous_word = trigger
            .first
            .checked_sub(1)
            .map(|previous| self.view.word(previous));
        // Verbs are seldom followed by `of`: `the politically motivated arrest of journalists`;
        // nor by a participle with its agent: `genocide and rape perpetrated by Bosnian Serbs`.
        // A form that can be a noun is one after `of` (`expectations of support from`, `a great
        // deal of support`; a verb there would be a gerund) and before the `from` of its giver
        // (`support from the international community`, `coordinated support from our partners`).
        let has_noun_meaning = trigger.meanings.iter().any(|meaning| meaning.role == Role::Noun);
        let noun_by_its_prepositions = has_noun_meaning
            && !is_gerund(self.view.word(trigger.first))
            && (previous_word == Some("of") || self.view.word(trigger.last + 1) == "from");
        let followed_as_a_noun = self.view.word(trigger.last + 1) == "of"
            || noun_by_its_prepositions
            || (is_past_participle(self.view.word(trigger.last + 1))
                && self.view.word(trigger.last + 2) == "by");
        let adverb_after_subject = trigger.first >= 2
            && previous_word.is_some_and(|word| ADVERBIAL_DETERMINERS.contains(&word))
            && {
                let before_adverb = trigger.first - 2;
                SUBJECT_PRONOUNS.contains(&self.view.word(before_adverb))
                    || self.view.mention_at(before_adverb).is_some()
            };
        // `emphasize with regret`: a form right after `with` heads a noun phrase (after most
        // other prepositions a gerund can stand: `without condemning`, `by supporting`); so does
        // one right after a verb of need or of receiving (`we require support`, `to receive
        // support`).
        // The verb of need or receiving may stand before the noun's adjectives (`the country
        // receives adequate support`).
        let word_before_adjectives = self
            .start_of_adjectives_before(trigger.first)
            .checked_sub(1)
            .map(|before| self.view.word(before));
        let is_need_or_receipt = |word: &str| {
            self.lexicon.is_cue(CueKind::Need, word) || self.lexicon.is_cue(CueKind::Receipt, word)
        };
        let after_preposition = previous_word == Some("with")
            || previous_word.is_some_and(is_need_or_receipt)
            || word_before_adjectives.is_some_and(is_need_or_receipt);
        // `Attacks against civilians ...`: a third person cannot open a sentence without its
        // subject; a form in `-s` there is a plural noun.
        let opens_sentence_in_plural = trigger.first == 0 && self.view.word(0).ends_with('s');
        // `partners that support our country`: `that` after a plural noun is a relative pronoun,
        // no determiner.
        let reads_as_noun = !adverb_after_subject
            && !self.follows_relative_on_plural_noun(trigger.first)
            && (followed_as_a_noun
                || after_preposition
                || opens_sentence_in_plural
                || trigger.first > 0
                    && {
                        let previous = trigger.first - 1;
                        previous_word.is_some_and(|word| {
                        NOUN_DETERMINERS.contains(&word) || word.ends_with("'s") || word.ends_with("’s")
                    }) || (self.view.mention_at(previous).is_some_and(|mention| !self.is_plural_group(mention))
                        // `we support Japan`, `they praise`: a subject pronoun is no noun's
                        // modifier (`US support` is), nor is a plural group (`Our people support
                        // Kenya`, `US officials condemn`).
                        && !SUBJECT_PRONOUNS.contains(&self.view.word(previous)))
                        // `the United States’ support`, its apostrophe a token of its own.
                        || self
                            .view
                            .mentions
                            .iter()
                            .any(|mention| mention.possessive && mention.last + 2 == trigger.first)
                    }
                || self.possessor_before_adjectives(trigger.first).is_some()
                || self.demonym_before_noun_modifier(trigger.first).is_some()
                || self.follows_determiner_and_adjective(trigger.first)
                || self.ends_noun_compound_before_preposition(trigger));
        let preferred = |role: Role| {
            trigger
                .meanings
                .iter()
                .find(|meaning| meaning.role == role)
                .copied()
        };
        // `the Trust Fund of ECOWAS`, `the Abu Dhabi Fund for Economic Development`: a capitalised
        // form after another capitalised word is part of a name, never a verb.
        let inside_a_name = trigger.first > 0
            && self.is_capitalised(trigger.first)
            && self.view.is_word(trigger.first - 1)
            && self.is_capitalised(trigger.first - 1)
            && self.view.word(trigger.first - 1) != "the";
        let verbal = if inside_a_name {
            None
        } else {
            preferred(Role::Request).or_else(|| preferred(Role::Verb))
        };
        if reads_as_noun {
            let after_determiner =
                after_preposition || previous_word.is_some_and(|word| NOUN_DETERMINERS.contains(&word));
            // `We reiterate our call on Israel to withdraw`, `I launch a solemn appeal to the
            // international community`: a request form that holds its preposition names its
            // addressee as a noun does, and a light verb's subject makes it.
            let request_with_its_preposition = trigger.last > trigger.first
                && matches!(self.view.word(trigger.last), "on" | "upon" | "to")
                && preferred(Role::Request).is_some();
            let keeps_verbal_meaning = !after_determiner || request_with_its_preposition;
            preferred(Role::Noun).or(if keeps_verbal_meaning { verbal } else { None })
        } else {
            verbal.or_else(|| preferred(Role::Noun))
        }
    }

    fn code_trigger(
        &self,
        trigger: &TriggerMatch,
        meaning: TriggerMeaning,
        context: TriggerContext,
    ) -> Vec<Event> {
        let TriggerContext {
            subject,
            question,
            denied_from,
            object_of_same_kind_verb,
            thanked_for_gift,
            idiom,
            shares_unnamed_subject,
        } = context;
        let condition_unmet = match meaning.condition {
            Condition::None => false,
            Condition::PartiesBetween => self.parties_between(trigger.last).is_none(),
            Condition::Object => !self.has_object_after(trigger.last),
            Condition::ActorObject => !self.has_actor_object_after(trigger.last),
            // Known only once the source is found: see `code`, which drops such an event without one
            // unless it is aimed against someone.
            Condition::NamedAgent => false,
        };
        if condition_unmet || idiom {
            return Vec::new();
        }
        if self.joins_others_in_an_act(trigger) {
            return Vec::new();
        }
        if meaning.role == Role::Verb
            && meaning.cameo.starts_with("07")
            && self.opens_that_clause(trigger.last)
        {
            return Vec::new();
        }
        if meaning.role == Role::Noun
            && ["18", "19", "20"]
                .iter()
                .any(|root| meaning.cameo.starts_with(root))
            && self.ends_a_proper_name(trigger)
        {
            return Vec::new();
        }
        // `the ceasefire brokered by the EU`, `civilians killed by X`: a participle with its agent
        // and no `to be` modifies the noun before it, which is its target when it is an actor.
        let passive_with_be = meaning.role == Role::Verb && self.is_passive(trigger);
        let reduced_passive =
            meaning.role == Role::Verb && !passive_with_be && self.is_reduced_passive(trigger);
        // `Iraq is called upon to withdraw`: a request in the passive is made of its subject. (A
        // request coordinated after a passive is active: `the negotiations had not been
        // initiated and called for them to start`.)
        let passive_request = meaning.role == Role::Request
            && self.is_passive(trigger)
            && !(trigger.first.saturating_sub(3)..trigger.first)
                .any(|before| matches!(self.view.word(before), "and" | "or" | ","));
        let passive = passive_with_be || reduced_passive || passive_request;
        // `terrorism cannot be condoned`, `such acts should in no way be tolerated`: a trigger
        // that holds its own `to be` is a judgement in the passive; without an agent it is the
        // speaker's, and what is judged is the subject.
        // So is a judgement that the subject deserves (`the regime deserves to be condemned`,
        // `Mr. Holkeri has to be commended`), and a welcome said of the subject (`This AfDB
        // initiative is therefore very welcome`).
        let deserved_judgement =
            meaning.role == Role::Verb && self.is_deserved_judgement(trigger, meaning.cameo);
        let judgement_in_passive = meaning.role == Role::Verb
            && ((meaning.cameo.starts_with("11")
                && (trigger.first..=trigger.last)
                    .any(|position| self.lexicon.is_cue(CueKind::Passive, self.view.word(position))))
                || deserved_judgement
                || self.is_predicative_welcome(trigger, meaning.cameo));
        // An act with no named subject (`The Secretary discussed`, `to host`, `she did not meet`)
        // is, in a statement, most often the speaker's own.
        // `Japan's announcement today of sanctions`, `Russia's decision to invade`: the act is the
        // complement of a carrier noun, done by its possessor.
        // A carrier's possessor after the clause's subject is nearer the act than the subject
        // (`The United States welcomes Czech Minister Doe's announcement today to begin
        // negotiating`: Doe negotiates).
        let carrier_possessor = self.carrier_possessor(trigger.first);
        let subject_or_carrier_possessor = match (subject, carrier_possessor) {
            (Some(subject), Some(possessor)) if possessor.first > subject.last => Some(possessor),
            (Some(subject), _) => Some(subject),
            (None, possessor) => possessor,
        };
        let subject_or_speaker = subject_or_carrier_possessor
            .or_else(|| {
                self.is_speakers_provision_subject(trigger.first)
                    .then(|| self.speaker_mention())
                    .flatten()
            })
            .or_else(|| {
                (self.subject_slot_is_empty(trigger.first)
                    && !shares_unnamed_subject
                    && (self.speaker_may_be_subject(trigger.first) || self.follows_vocative(trigger.first)))
                .then(|| self.speaker_mention())
                .flatten()
            });
        // The noun phrase a noun trigger heads, where the verb that governs it ends.
        let noun_phrase_start = (meaning.role == Role::Noun).then(|| self.noun_phrase_start(trigger.first));
        // `we require support`: a verb of need asks for the noun it governs, for its subject.
        let needed =
            noun_phrase_start.is_some_and(|start| self.verb_governs(CueKind::Need, start, trigger.first));
        // `we count on the support of our partners`, `we hope to receive support from Member
        // States`: the subject of a verb of receiving gets what the noun it governs names.
        let subject_receives = needed
            || noun_phrase_start
                .is_some_and(|start| self.verb_governs(CueKind::Receipt, start, trigger.first));
        // A gift with its own recipient phrase (`for its support to the Partnership`) is not
        // given to whoever gives thanks for it.
        let recipient_in_context = thanked_for_gift
            .and_then(|praise| praise.praiser)
            .filter(|_| !matches!(self.view.word(trigger.last + 1), "to" | "for"));
        let thanked_giver = thanked_for_gift.map(|praise| praise.praised);
        let (source, target) = match meaning.role {
            // `in meetings with Salvadoran President Bukele`, `emphasized cooperation with
            // Japan`: a meeting or cooperation with someone, whose other party the sentence does
            // not name, is the speaker's.
            Role::Noun
                if (meaning.cameo.starts_with("04") || meaning.cameo.starts_with("05"))
                    && self.view.word(trigger.last + 1) == "with" =>
            {
                let (source, target) = self.noun_roles(
                    trigger,
                    subject,
                    object_of_same_kind_verb,
                    subject_receives,
                    recipient_in_context,
                    thanked_giver,
                );
                // `close cooperation with our Eastern neighbours`, `negotiations with our partners`:
                // the speaker is a party too, with others it does not name.
                let with_speakers_partners = target.is_some_and(|target| {
                    target.determines_another_party
                        && self
                            .speaker_mention()
                            .is_some_and(|speaker| speaker.actor == target.actor)
                });
                if with_speakers_partners {
                    (source.or(self.speaker_mention()), None)
                } else {
                    let speaker = self
                        .speaker_mention()
                        .filter(|speaker| target.is_some_and(|target| target.actor != speaker.actor));
                    (source.or(speaker), target)
                }
            }
            Role::Verb if judgement_in_passive => (
                self.agent_after(trigger.last).or_else(|| self.speaker_mention()),
                // What is judged is the subject of the trigger's own clause (`Russia's aggression
                // cannot be tolerated`), not that of a verb of belief before it (`Japan believes
                // that terrorism cannot be condoned`). A deserved judgement's own frame (`deserves
                // to be`) stands between them.
                subject.filter(|subject| {
                    let frame_start = if deserved_judgement {
                        trigger.first - 3
                    } else {
                        trigger.first
                    };
                    (subject.last + 1..frame_start).all(|between| {
                        let word = self.view.word(between);
                        self.view.is_word(between) && word != "that" && !has_regular_finite_verb_ending(word)
                    })
                }),
            ),
            // `the agreement signed between the United States and Russia`, `the talks held
            // between Pristina and Belgrade`: a participle's parties follow its `between`.
            Role::Verb if self.participle_before_parties(trigger) => self
                .parties_between(trigger.last)
                .map_or((None, None), |(first, second)| (Some(first), Some(second))),
            Role::Verb if reduced_passive => (
                self.agent_after(trigger.last)
                    .or_else(|| self.detaining_state(trigger, meaning.cameo)),
                self.start_of_manner_adverbs_before(trigger.first)
                    .checked_sub(1)
                    .and_then(|before| self.view.mentions.iter().find(|mention| mention.last == before))
                    .or_else(|| {
                        let agent_cue = self.agent_cue_after_recipient(trigger.last)?;
                        self.mention_after_word(trigger.last, &["to", "for"])
                            .filter(|recipient| recipient.last < agent_cue)
                    }),
            ),
            Role::Verb | Role::Request if passive => (
                self.agent_after(trigger.last)
                    .or_else(|| self.detaining_state(trigger, meaning.cameo)),
                subject,
            ),
            Role::Verb => (subject_or_speaker, self.object_after(trigger.last, meaning.cameo)),
            Role::Request => (subject_or_speaker, self.request_target(trigger.last)),
            Role::Noun => self.noun_roles(
                trigger,
                subject,
                object_of_same_kind_verb,
                subject_receives,
                recipient_in_context,
                thanked_giver,
            ),
        };
        let qualifier_floor = subject.map_or(0, |mention| mention.last + 1);
        // `We will never accept the occupation`, `Russia must end its invasion`: a noun in the
        // complement of another verb is not negated or demanded by that verb's qualifiers. (It
        // keeps their future: `we will continue our support` announces the support.)
        let noun_qualifier_floor = match noun_phrase_start {
            Some(start) => qualifier_floor.max(self.governing_verb_floor(start)),
            None => qualifier_floor,
        };
        let negated = self.is_negated(trigger.first, noun_qualifier_floor)
            || denied_from.is_some_and(|position| position < trigger.first);
        let mut modality = match self.modality_before(trigger.first, qualifier_floor) {
            Modality::Demanded => self.modality_before(trigger.first, noun_qualifier_floor),
            other => other,
        };
        // `we'll discuss`: the future's contraction is inside the subject's own token.
        let contracted_future = subject.is_some_and(|mention| {
            let word = self.view.word(mention.last);
            word.ends_with("'ll") || word.ends_with("’ll")
        });
        if modality == Modality::Asserted && contracted_future {
            modality = Modality::Future;
        }
        // `Will you meet President Lukashenko?`: a question's future auxiliary stands before its
        // subject; the act asked about is still an intent.
        let future_asked = modality == Modality::Asserted
            && question
            && subject.is_some_and(|mention| {
                mention.first > 0 && matches!(self.view.word(mention.first - 1), "will" | "shall")
            });
        if modality == Modality::Asserted && question {
            modality = Modality::Question;
        }
        // A need is a request for what is needed.
        if needed && modality == Modality::Asserted {
            modality = Modality::Demanded;
        }
        // `should never be tolerated`: the modal belongs to the judgement, which is made now.
        if judgement_in_passive && matches!(modality, Modality::Demanded | Modality::Hypothetical) {
            modality = Modality::Asserted;
        }
        let cameo = self.refine(meaning.cameo, trigger.first, trigger.last);
        // `Belgium is ready to host a conference`, `express readiness to deepen cooperation`:
        // readiness stated as a fact is the intent to act, asserted. At most two words (a verb
        // and an adjective) stand between the cue and the act.
        let ready = modality == Modality::Asserted
            && self
                .cue_between(
                    CueKind::Readiness,
                    trigger
                        .first
                        .saturating_sub(QUALIFIER_WINDOW)
                        .max(qualifier_floor),
                    trigger.first,
                )
                .is_some_and(|cue_end| {
                    trigger.first - cue_end <= 2
                        && (cue_end..trigger.first)
                            .all(|between| self.view.is_word(between) && !self.view.is_clause_break(between))
                });
        let cameo = if modality == Modality::Future || future_asked || ready {
            self.lexicon.intent_code(&cameo, ready).to_owned()
        } else {
            cameo
        };
        let confidence = confidence(meaning.role, source.is_some(), target.is_some());
        // `Sherman and Park condemned X` is two events, one for each subject.
        let sources = match (meaning.role, source) {
            // `We are grateful to the United Nations, the OAU and the Commonwealth for
            // supporting`: everyone praised did it, named after the first as much as before.
            (Role::Verb, Some(subject)) if !passive && self.is_praised_act(trigger.first) => {
                self.whole_coordination(subject)
            }
            (Role::Verb | Role::Request, Some(subject)) if !passive && !judgement_in_passive => {
                self.coordinated_with(subject)
            }
            // `We thank the United Nations, the FAO and the WFP for their timely assistance`: a
            // plural possessive's act is each conjunct's.
            (Role::Noun, Some(owner))
                if owner.last < trigger.first
                    && self
                        .unresolved_possessive_pronoun_before(trigger.first)
                        .is_some_and(|pronoun| self.view.word(pronoun) == "their") =>
            {
                self.whole_coordination(owner)
            }
            // `my Government and the Autonomous Bougainville Government held the consultation`:
            // the object of a light verb is each subject's.
            (Role::Noun, Some(source))
                if subject.is_some_and(|subject| std::ptr::eq(subject, source))
                    && self.noun_follows_light_verb(trigger.first) =>
            {
                self.coordinated_with(source)
            }
            // `American and British acts of aggression`: coordinated demonyms before a noun are
            // each its agent.
            (Role::Noun, Some(modifier))
                if modifier.kind == MentionKind::Modifier && modifier.last + 1 == trigger.first =>
            {
                self.coordinated_with(modifier)
            }
            // `the pledge by Saudi Arabia and the United Arab Emirates`, `support from Japan and
            // France`, and a noun's doer after `of` (`the mediation of ECOWAS and the African
            // Union`, `the demands of the American and British Governments`): one event per agent,
            // and so for the givers named in apposition (`of our neighbours, Pakistan and Iran`).
            (role, Some(agent))
                if self.word_before_noun_phrase(agent).is_some_and(|before| {
                    matches!(self.view.word(before), "by" | "from")
                        || (role == Role::Noun && self.apposition_opens_before(agent.first).is_some())
                        || (role == Role::Noun
                            && self.view.word(before) == "of"
                            && agent.first > trigger.last)
                }) =>
            {
                self.coordinated_after(agent)
            }
            _ => vec![source],
        };
        // `thank those countries that have been cooperating with my Government ..., in particular
        // the United States of America, the People's Republic of China and France`: the actors
        // that exemplify the unnamed plural subject of a relative clause each did its act, whoever
        // the main clause's subject is.
        let first_example = self.exemplified_agent(trigger);
        let exemplified = first_example.is_some();
        let sources = match first_example {
            Some(first_example) => self.coordinated_after(first_example),
            None => sources,
        };
        let reported_by = self.reported_by(trigger.first);
        // Only an active verb may have an unnamed quoted `we` as its subject: a passive
        // (`parts of our country will be occupied`) or a noun with another possessor (`your
        // sanctions`) is not the quoted speaker's act.
        let first_person_may_act = matches!(meaning.role, Role::Verb | Role::Request) && !passive;
        // `will meet with Prime Minister Morrison, Foreign Minister Hayashi and Minister
        // Jaishankar`, `trade agreements with Australia, New Zealand and Japan`: one event per
        // target coordinated with the first.
        let targets = match target {
            Some(first_target) => {
                let mut targets = self.coordinated_after(first_target);
                // `the negotiations between France and the Comoros`, coded from the Comoros: the
                // source is not a conjunct of its own target.
                targets.retain(|conjunct| {
                    !conjunct
                        .zip(source)
                        .is_some_and(|(conjunct, source)| std::ptr::eq(conjunct, source))
                });
                // Nor are the examples that are the sources (`partners who are supporting AMISOM,
                // especially the European Union and the United States`): the act is then coded
                // without a target.
                if exemplified && !targets.is_empty() {
                    targets.retain(|conjunct| {
                        !conjunct.is_some_and(|conjunct| {
                            sources
                                .iter()
                                .flatten()
                                .any(|source| std::ptr::eq(conjunct, *source))
                        })
                    });
                    if targets.is_empty() {
                        targets.push(None);
                    }
                }
                targets
            }
            None => vec![None],
        };
        // `They discussed regional security`, `The two sides discussed ...` after a meeting,
        // `Blinken and Al Thani discussed ...`: a consultation among the subject's sides is the
        // speaker's (or else the first-named) side's with the others, whatever they discussed
        // (its object is a topic, not a party).
        let (sources, targets) = match self.consulting_sides(meaning.role, passive, &cameo, trigger, &sources)
        {
            Some((first_side, other_sides)) => (
                vec![Some(first_side)],
                other_sides.into_iter().map(Some).collect(),
            ),
            None => (sources, targets),
        };
        sources
            .into_iter()
            .flat_map(|source| targets.iter().map(move |&target| (source, target)))
            .map(|(source, target)| {
                let source = self.source_actor(source, trigger.first, first_person_may_act);
                let source = source.map(|actor| self.ministry_of_speaker(actor));
                // `Russia must withdraw its troops`, `Washington repudiated its obligations`: an
                // actor's own possession is not the target of what it does; an event is between
                // two actors.
                let target = target
                    .filter(|mention| {
                        !(matches!(self.view.word(mention.first), "its" | "their")
                            && source.is_some_and(|source| self.same_country(source, mention.actor)))
                    })
                    .map(|mention| self.quoted_first_person(mention, trigger.first))
                    .map(|actor| self.ministry_of_speaker(actor))
                    .filter(|&target| Some(target) != source);
                let source = source.or_else(|| {
                    self.speaker_of_unattributed_meeting(
                        trigger,
                        meaning.role,
                        &cameo,
                        negated,
                        reported_by,
                        target?,
                    )
                });
                (source, target)
            })
            // An event with neither source nor target says nothing about actors.
            .filter(|(source, target)| source.is_some() || target.is_some())
            .map(|(source, target)| {
                self.event(EventParts {
                    source,
                    target,
                    cameo: cameo.clone(),
                    negated,
                    modality,
                    reported_by,
                    trigger_tokens: trigger.first..trigger.last + 1,
                    confidence,
                })
            })
            .collect()
    }

    /// The sides of a consultation whose subject names several actors (`they` after `X spoke
    /// with Y`, `the two sides`, `X and Y`), the speaker's or else the first-named first, then
    /// the others: for an active verb of mutual consultation ([`MUTUAL_CONSULTATION_CODES`]) that
    /// does not name its counterpart with `with` (`they met with the President` is the sides'
    /// meeting with a third).
    fn consulting_sides<'m>(
        &'m self,
        role: Role,
        passive: bool,
        cameo: &str,
        trigger: &TriggerMatch,
        sources: &[Option<&'m MentionInSentence>],
    ) -> Option<(&'m MentionInSentence, Vec<&'m MentionInSentence>)> {
        // Hosting and convening (coded 040 too) are one side's.
        let one_sided = ["host", "conven"]
            .iter()
            .any(|stem| self.view.word(trigger.first).starts_with(stem));
        if role != Role::Verb
            || passive
            || one_sided
            || !MUTUAL_CONSULTATION_CODES.contains(&cameo)
            || matches!(self.view.word(trigger.last), "with" | "to")
            || self.view.word(trigger.last + 1) == "with"
        {
            return None;
        }
        let mut sides: Vec<&MentionInSentence> = Vec::new();
        for mention in sources.iter().flatten() {
            if !sides.iter().any(|side| side.actor == mention.actor) {
                sides.push(mention);
            }
        }
        if sides.len() < 2 {
            return None;
        }
        // The speaker's own side first (`Representatives of the Arab League, Egypt, ... and the
        // United States met`, in a US statement), then in the order they are named.
        let speaker_country = self.speaker_mention().map(|speaker| speaker.actor);
        sides.sort_by_key(|side| {
            let is_speakers = speaker_country.is_some_and(|speaker| self.same_country(speaker, side.actor));
            (
                !is_speakers,
                self.view
                    .mentions
                    .iter()
                    .position(|mention| std::ptr::eq(mention, *side)),
            )
        });
        let first_side = sides.remove(0);
        Some((first_side, sides))
    }

    /// The speaker, as the one who holds a meeting or signs an agreement with `target` that names
    /// no one who holds it (`during the visit to Chile`, `the last meeting with the Turkish
    /// Cypriot leader`, `the Canal Treaty, since it was signed in 1977`; see
    /// [`is_the_speakers_when_unattributed`]): when the speaker speaks in its own words, is a
    /// state or an organisation (a spokesperson in a transcript tells of others' meetings as often
    /// as of their own) and is not the one met. A meeting with no one named (`has hosted three
    /// congresses`) says too little to be the speaker's. A subject that names no actor (`the
    /// parties are negotiating`) keeps the act from the speaker, and so does a negation: a meeting
    /// that did not happen (`just as the world did not negotiate with terrorists`) is most often
    /// a reproach to others.
    fn speaker_of_unattributed_meeting(
        &self,
        trigger: &TriggerMatch,
        role: Role,
        cameo: &str,
        negated: bool,
        reported_by: Option<usize>,
        target: usize,
    ) -> Option<usize> {
        let speaker = self.speaker_mention()?.actor;
        let holds_it = is_the_speakers_when_unattributed(cameo)
            && !negated
            && reported_by == Some(speaker)
            && !self.is_person(speaker)
            && target != speaker
            && !self.same_country(target, speaker)
            && !(matches!(role, Role::Verb | Role::Request) && self.has_unnamed_subject(trigger.first));
        holds_it.then_some(speaker)
    }

    /// The first actor of a list that exemplifies the unnamed plural subject of a relative clause
    /// whose verb is `trigger` (`the countries and organisations that have provided aid to the
    /// Sudanese people, especially Egypt, Qatar and Kuwait`, `our friends that came to our aid,
    /// in particular the United States`): the list opens with `especially`, `in particular`,
    /// `notably`, `including`, `such as` or `namely`, after the trigger and within the sentence.
    fn exemplified_agent(&self, trigger: &TriggerMatch) -> Option<&MentionInSentence> {
        const MOST_WORDS_BEFORE_EXAMPLE: usize = 6;
        // `friends that came to our aid`: the clause's verb is the one the noun is come to.
        let verb = self
            .verb_coming_to_the_aid(trigger.first)
            .unwrap_or(trigger.first);
        // The relative pronoun stands before the verb's auxiliaries and adverbs (`countries which
        // have not yet joined`).
        let relative_pronoun = self.start_of_auxiliaries_before(verb).checked_sub(1)?;
        // In the passive (`those who may have been arrested, including`) the examples are
        // whom the act is done to.
        if !matches!(self.view.word(relative_pronoun), "that" | "who" | "which") || self.is_passive(trigger) {
            return None;
        }
        let antecedent = relative_pronoun.checked_sub(1)?;
        if let Some(first_example) = self.examples_closing_before(relative_pronoun) {
            return Some(first_example);
        }
        if self.view.mention_at(antecedent).is_some()
            || !UNNAMED_PLURAL_ACTORS.contains(&self.view.word(antecedent))
        {
            return None;
        }
        let marker_end = (trigger.last + 1..self.view.len())
            .take_while(|&position| !self.leaves_the_relative_clause(position))
            .find(|&position| self.example_marker_ending_at(position).is_some())?;
        // `especially our brothers and sisters in Egypt, Qatar`: the speaker's `our` is no example.
        self.view
            .mentions
            .iter()
            .find(|mention| mention.first > marker_end && mention.kind != MentionKind::Speaker)
            .filter(|mention| {
                mention.first - marker_end <= MOST_WORDS_BEFORE_EXAMPLE
                    && (marker_end + 1..mention.first).all(|between| !self.view.is_clause_break(between))
            })
    }

    /// Where a marker of examples that ends at `end` starts (`especially`, `including`, `in
    /// particular`, `such as`), if one does.
    fn example_marker_ending_at(&self, end: usize) -> Option<usize> {
        match self.view.word(end) {
            "especially" | "particularly" | "notably" | "including" | "namely" => Some(end),
            "as" if end > 0 && self.view.word(end - 1) == "such" => Some(end - 1),
            "particular" if end > 0 && self.view.word(end - 1) == "in" => Some(end - 1),
            _ => None,
        }
    }

    /// The actor named in apposition to `unnamed`, givers the sentence does not name by
    /// themselves (`the cooperation of our two brotherly neighbours, Pakistan and Iran`, `the
    /// assistance of our development partner, Australia`, `her cousin States, most notably the
    /// United States`): after at most four plain words of its noun phrase, a comma and perhaps an
    /// example marker, a named actor.
    fn named_in_apposition<'m>(&'m self, unnamed: &'m MentionInSentence) -> Option<&'m MentionInSentence> {
        const MOST_HEAD_WORDS: usize = 4;
        if !self.names_no_countable_party(unnamed) {
            return None;
        }
        let comma = (unnamed.last + 1..=unnamed.last + 1 + MOST_HEAD_WORDS)
            .take_while(|&at| at < self.view.len())
            .find(|&at| !self.is_bare_word(at))
            .filter(|&at| self.view.word(at) == ",")?;
        // `from our development partners, Bhutan today is poised`: a name with its own verb
        // opens the main clause after an adverbial.
        let opens_a_clause = |named: &MentionInSentence| {
            (named.last + 1..named.last + 3).any(|after| {
                let word = self.view.word(after);
                FINITE_AUXILIARIES.contains(&word) || has_regular_finite_verb_ending(word)
            })
        };
        self.view.mentions.iter().find(|named| {
            matches!(named.kind, MentionKind::Name | MentionKind::Metonym)
                && !named.possessive
                && self.apposition_opens_before(named.first) == Some(comma)
                && !opens_a_clause(named)
        })
    }

    /// The comma that opens an apposition whose name starts at `first` (`, Australia`, `,
    /// including France`, `, most notably the United States`), if one does.
    fn apposition_opens_before(&self, first: usize) -> Option<usize> {
        let mut before = first.checked_sub(1)?;
        if self.view.word(before) == "the" {
            before = before.checked_sub(1)?;
        }
        if let Some(marker) = self.example_marker_ending_at(before) {
            before = marker.checked_sub(1)?;
            if self.view.word(before) == "most" {
                before = before.checked_sub(1)?;
            }
        }
        matches!(self.view.word(before), "," | "—" | "–").then_some(before)
    }

    /// The first of the examples that a relative clause at `relative_pronoun` follows, when they
    /// exemplify an unnamed plural right before them (`countries such as Belarus, Cuba, Myanmar,
    /// Zimbabwe and others which repeatedly failed to respond`): only names, commas, `and` and
    /// `others` stand between the marker and the relative pronoun.
    fn examples_closing_before(&self, relative_pronoun: usize) -> Option<&MentionInSentence> {
        const MOST_LIST_TOKENS: usize = 30;
        let mut position = relative_pronoun;
        while position > 0 && relative_pronoun - position < MOST_LIST_TOKENS {
            let before = position - 1;
            let in_list = self.view.mention_at(before).is_some()
                || matches!(self.view.word(before), "," | "and" | "others" | "other");
            if !in_list {
                break;
            }
            position = before;
        }
        let marker_end = position.checked_sub(1)?;
        let marker_start = self.example_marker_ending_at(marker_end)?;
        // The list must hold a name and exemplify an unnamed plural (`22 countries such as`).
        let exemplified = marker_start.checked_sub(1)?;
        if !UNNAMED_PLURAL_ACTORS.contains(&self.view.word(exemplified)) {
            return None;
        }
        self.view
            .mentions
            .iter()
            .find(|mention| mention.first > marker_end && mention.last < relative_pronoun)
            .filter(|mention| mention.kind != MentionKind::Speaker)
    }

    /// Whether the word at `position`, after a relative clause's verb, opens something other
    /// than that clause's continuation, so that a list after it exemplifies something else:
    /// another relative clause (`countries that have hosted refugees and organisations that have
    /// provided aid, especially`), another complement or object of the main verb (`thanks to the
    /// governments which have helped us, and to the financial bodies, including`) or a clause of
    /// its own (`those who have contributed, and we salute especially`).
    fn leaves_the_relative_clause(&self, position: usize) -> bool {
        let word = self.view.word(position);
        let next = self.view.word(position + 1);
        matches!(word, "that" | "who" | "which")
            || SUBJECT_PRONOUNS.contains(&word)
            || (matches!(word, "and" | "or") && PREPOSITIONS.contains(&next))
            || (word == "," && matches!(next, "and" | "or"))
    }

    /// Whether nothing stands in the subject slot of the act at `position`: going back over
    /// auxiliaries, adverbs and negations reaches the start of the clause, a conjunction or an
    /// infinitive's `to` (`and urged`, `to host`), not a noun or pronoun of another subject.
    fn subject_slot_is_empty(&self, position: usize) -> bool {
        let mut before = position;
        while before > 0 && SUBJECT_SLOT_FILLERS.contains(&self.view.word(before - 1)) {
            before -= 1;
        }
        before == 0 || {
            let word = self.view.word(before - 1);
            (self.view.is_clause_break(before - 1) && !self.closes_apposition(before - 1))
                || matches!(word, "and" | "but" | "," | "to" | "then")
        }
    }

    /// The subject that opens the sentence, for a predicate at `position` coordinated by `and`
    /// with the sentence's first one, which is no event (`She also underscored that ..., and
    /// urged the government`, `I would like to acknowledge ..., and commend the African Union`):
    /// the first mention of the sentence, when a verb follows it.
    fn opening_subject_of_coordinated_predicate(&self, position: usize) -> Option<&MentionInSentence> {
        // `we look forward to his leadership and stand ready to support him`: a statement of
        // readiness stands between the `and` and the act.
        let mut before = self
            .cue_span_between(CueKind::Readiness, position.saturating_sub(3), position)
            .filter(|cue| cue.end == position)
            .map_or(position, |cue| cue.start);
        while before > 0 && SUBJECT_SLOT_FILLERS.contains(&self.view.word(before - 1)) {
            before -= 1;
        }
        if before == 0 || self.view.word(before - 1) != "and" {
            return None;
        }
        let opening = self.view.mentions.iter().min_by_key(|mention| mention.first)?;
        if opening.last >= before || opening.possessive || self.follows_preposition(opening) {
            return None;
        }
        // Only an opening adverbial may stand before the subject (`In the same spirit, I`).
        let opens_clause = opening.first == 0 || self.view.word(opening.first - 1) == ",";
        let mut verb = opening.last + 1;
        while verb < before && is_adverb_before_verb(self.view.word(verb)) {
            verb += 1;
        }
        let word = self.view.word(verb);
        // After a subject pronoun any word is the verb (`We look forward to ... and stand ready
        // to support`).
        let after_subject_pronoun =
            opening.first == opening.last && SUBJECT_PRONOUNS.contains(&self.view.word(opening.first));
        let is_verb = SUBJECT_SLOT_FILLERS.contains(&word)
            || has_regular_finite_verb_ending(word)
            || (after_subject_pronoun && self.view.is_word(verb));
        (opens_clause && is_verb && verb < before).then_some(opening)
    }

    /// Whether the verb at `position` is the first of a relative clause set off by a comma
    /// (`the Group of Five, which will help`): only auxiliaries and adverbs stand between.
    fn opens_relative_aside(&self, position: usize) -> bool {
        let mut before = position;
        while before > 0 && {
            let word = self.view.word(before - 1);
            SUBJECT_SLOT_FILLERS.contains(&word) || is_adverb_before_verb(word)
        } {
            before -= 1;
        }
        before >= 2
            && matches!(self.view.word(before - 1), "which" | "who")
            && self.view.word(before - 2) == ","
    }

    /// Whether the subject of the act at `position` is a provision noun that opens its clause
    /// (`The funding would support`, `This additional assistance helps`): what the speaker gives,
    /// standing for the speaker's act of giving. A provision named with its giver (`Japan's
    /// funding`, `the assistance of the EU`) has that actor as its subject instead.
    fn is_speakers_provision_subject(&self, position: usize) -> bool {
        let mut before = position;
        while before > 0 && {
            let word = self.view.word(before - 1);
            (SUBJECT_SLOT_FILLERS.contains(&word) && word != "to") || word.ends_with("ly")
        } {
            before -= 1;
        }
        let Some(head) = before.checked_sub(1) else {
            return false;
        };
        if !self.lexicon.is_cue(CueKind::Provision, self.view.word(head)) {
            return false;
        }
        // A determiner opens the noun phrase at the start of the clause, with at most one
        // adjective between (`this additional funding`).
        (head.saturating_sub(2)..head).rev().any(|opener| {
            matches!(self.view.word(opener), "the" | "this" | "these")
                && (opener == 0 || self.view.is_clause_break(opener - 1) || self.view.word(opener - 1) == ",")
                && (opener + 1..head)
                    .all(|between| self.view.is_word(between) && self.view.mention_at(between).is_none())
        })
    }

    /// Whether the `)` at `position` closes a short bracketed apposition (`China (PRC)`, `the
    /// United Arab Emirates (UAE)`): the noun phrase before it goes on to the verb after it, so
    /// the bracket ends no clause.
    fn closes_apposition(&self, position: usize) -> bool {
        self.view.word(position) == ")"
            && (position.saturating_sub(APPOSITION_WORDS + 1)..position)
                .rev()
                .take_while(|&before| !self.view.is_clause_break(before))
                .any(|before| self.view.word(before) == "(")
    }

    /// Whether the speaker may be the subject of a verb at `position` whose subject slot is
    /// empty: not when a comma closes the slot of a finite verb (`These entities, located in
    /// ..., have supported`: the subject is a noun before the comma), nor when an infinitive has
    /// a subject of its own (`for Afghanistan's neighbours to support`).
    fn speaker_may_be_subject(&self, position: usize) -> bool {
        let mut before = position;
        while before > 0 && SUBJECT_SLOT_FILLERS.contains(&self.view.word(before - 1)) {
            before -= 1;
        }
        let is_infinitive = (before..position).any(|skipped| self.view.word(skipped) == "to");
        let finite_after_comma = before > 0 && self.view.word(before - 1) == "," && !is_infinitive;
        !finite_after_comma && self.infinitive_subject(position).is_none()
    }

    /// The subject of an infinitive at `position` introduced by `for` (`for Russia to withdraw`,
    /// `the time for Afghanistan's neighbours to support`): `Some(mention)` when the noun phrase
    /// between `for` and `to` is an actor, `Some(None)` when it names none, `None` when the verb
    /// is not such an infinitive.
    fn infinitive_subject(&self, position: usize) -> Option<Option<&MentionInSentence>> {
        let to = position.checked_sub(1).filter(|&to| self.view.word(to) == "to")?;
        let for_position = (to.saturating_sub(INFINITIVE_SUBJECT_WORDS + 1)..to)
            .rev()
            .take_while(|&between| self.view.is_word(between))
            .find(|&between| self.view.word(between) == "for")?;
        if for_position + 1 == to {
            return None;
        }
        let noun_phrase_is_plain = (for_position + 1..to).all(|between| {
            !PREPOSITIONS.contains(&self.view.word(between))
                && !self.lexicon.is_cue(CueKind::Passive, self.view.word(between))
        });
        noun_phrase_is_plain.then(|| {
            self.view
                .mentions
                .iter()
                .find(|mention| mention.first > for_position && mention.last < to && !mention.possessive)
        })
    }

    /// The agent of a carrier noun whose infinitive is the act at `position`, named after `by`
    /// or `of` right before `to` (`the decision by Russia to withdraw`, `the decision of the
    /// Government of Japan to provide`, `the decision taken by the United States to reimpose`).
    fn carrier_agent_of_infinitive(&self, position: usize) -> Option<&MentionInSentence> {
        let to = position.checked_sub(1).filter(|&to| self.view.word(to) == "to")?;
        let agent = self
            .view
            .mentions
            .iter()
            .find(|mention| mention.last + 1 == to && !mention.possessive)?;
        let mut before_agent = agent.first.checked_sub(1)?;
        if self.view.word(before_agent) == "the" {
            before_agent = before_agent.checked_sub(1)?;
        }
        let marker = self.view.word(before_agent);
        if marker != "by" && marker != "of" {
            return None;
        }
        // `of` follows the carrier itself; `by` may follow a participle and a time adverbial
        // (`the decision taken last year by the Iraqi Government to recognize`).
        let carrier = if marker == "of" {
            before_agent.checked_sub(1)?
        } else {
            (before_agent.saturating_sub(CARRIER_PARTICIPLE_WORDS + 1)..before_agent)
                .rev()
                .take_while(|&between| self.view.is_word(between) && self.view.word(between) != "to")
                .find(|&between| self.lexicon.is_cue(CueKind::Carrier, self.view.word(between)))?
        };
        (to - carrier <= CARRIER_INFINITIVE_WORDS
            && self.lexicon.is_cue(CueKind::Carrier, self.view.word(carrier)))
        .then_some(agent)
    }

    /// The subject of a purpose infinitive at `position` (`met Germany to discuss`, `visited
    /// Algeria in March to discuss`): the subject of the verbal trigger that starts at
    /// `governing_first` in the same clause, when no verb whose object does the infinitive's act
    /// (`helped Ukraine to rebuild`) and no carrier noun (`the decision of Germany to negotiate`)
    /// stands between them, and `to` follows a word that is no auxiliary (`continue to`).
    fn purpose_infinitive_subject<'m>(
        &self,
        position: usize,
        governing_first: Option<usize>,
        governing_subject: Option<&'m MentionInSentence>,
    ) -> Option<&'m MentionInSentence> {
        let governing_first = governing_first?;
        let subject = governing_subject?;
        let to = position.checked_sub(1).filter(|&to| self.view.word(to) == "to")?;
        let before_to = to.checked_sub(1).filter(|&before| before > governing_first)?;
        let word_before_to = self.view.word(before_to);
        // A subject pronoun between them opens a clause of its own (`We urge the Taliban to cease
        // ..., and we continue to stand with`), and so does `that` (`We regret that Russia
        // decided to withdraw`).
        let blocked = SUBJECT_SLOT_FILLERS.contains(&word_before_to)
            || (governing_first..to).any(|between| {
                let word = self.view.word(between);
                self.view.is_clause_break(between)
                    || SUBJECT_PRONOUNS.contains(&word)
                    || word == "that"
                    || self.lexicon.is_cue(CueKind::ObjectControl, word)
                    || self.lexicon.is_cue(CueKind::Carrier, word)
            });
        (!blocked).then_some(subject)
    }

    /// Whether `going to` stands right before `position`: what follows is then a verb, even a
    /// form that is also a noun (`is going to sanction`).
    fn follows_going_to(&self, position: usize) -> bool {
        position >= 2 && self.view.word(position - 1) == "to" && self.view.word(position - 2) == "going"
    }

    /// Whether the verb at `position` has a subject that names no actor (`the decision
    /// represents`, `these entities have supported`): going back over auxiliaries and adverbs
    /// reaches a noun that no mention covers, opened by a determiner. A mention further back is
    /// then not the subject, and neither is the speaker. (A form that is also a noun is not
    /// asked: in `an air strike` it is the head of that noun phrase.)
    fn has_unnamed_subject(&self, position: usize) -> bool {
        // `North Korea released a statement criticizing Japan`: a participle after a carrier noun
        // is the act of whoever made the statement, named before it.
        if position > 0
            && self.view.word(position).ends_with("ing")
            && self
                .lexicon
                .is_cue(CueKind::Carrier, self.view.word(position - 1))
        {
            return false;
        }
        let before = self.start_of_auxiliaries_before(position);
        let Some(head) = before.checked_sub(1) else {
            return false;
        };
        // A negative or universal pronoun (`no one promised`, `nobody has condemned`, `everyone
        // agreed`) is a subject that names no actor.
        let head_word = self.view.word(head);
        if INDEFINITE_PRONOUNS.contains(&head_word)
            || (head_word == "one" && head > 0 && self.view.word(head - 1) == "no")
        {
            return true;
        }
        // `those countries that have supported us`: a relative clause on a noun that names no
        // actor has that noun as its subject.
        let relative = matches!(self.view.word(head), "that" | "which" | "who") && head > 0;
        let (head, head_word) = if relative {
            (head - 1, self.view.word(head - 1))
        } else {
            (head, self.view.word(head))
        };
        let head_is_noun = self.is_bare_word(head)
            && head_word.len() > 2
            && !NOT_SUBJECT_HEADS.contains(&head_word)
            && !NOUN_DETERMINERS.contains(&head_word)
            && !PREPOSITIONS.contains(&head_word)
            && !self.lexicon.is_cue(CueKind::Relative, head_word);
        // The determiner that opens the subject's noun phrase, with at most two adjectives
        // between it and the head (`the recent decision`).
        // A noun phrase after a preposition (`at the same time welcomes`) or naming a time (`this
        // week condemned`) is an adverbial, not the subject.
        // A noun phrase coordinated with an actor (`Assistant Secretary Lu and the accompanying
        // delegation will travel`) is not the whole subject: the actor is the one named.
        let coordinated_with_actor = |opener: usize| {
            opener >= 2
                && self.view.word(opener - 1) == "and"
                && self
                    .view
                    .mentions
                    .iter()
                    .any(|mention| mention.last + 2 == opener)
        };
        // The antecedent of a relative clause is its subject wherever it stands (`we appeal to
        // countries that have not yet recognized the State of Palestine`), determiner or none.
        if relative && head_is_noun && !TIME_NOUNS.contains(&head_word) {
            return true;
        }
        head_is_noun
            && !TIME_NOUNS.contains(&head_word)
            && (head.saturating_sub(3)..head).rev().any(|opener| {
                SUBJECT_DETERMINERS.contains(&self.view.word(opener))
                    && (opener == 0 || !PREPOSITIONS.contains(&self.view.word(opener - 1)))
                    && !coordinated_with_actor(opener)
                    && (opener + 1..head).all(|between| {
                        self.is_bare_word(between) && !PREPOSITIONS.contains(&self.view.word(between))
                    })
            })
    }

    /// Whether the word at `position`, which may also be a noun, is the verb of a relative
    /// clause on a plural noun for actors it does not name ([`UNNAMED_PLURAL_ACTORS`]: `we thank
    /// all partners that support our country`, `countries which support us`): the noun is its
    /// subject, not the speaker. Other nouns seldom act (`the values that help us progress`).
    fn follows_relative_on_plural_noun(&self, position: usize) -> bool {
        let Some(relative) = self.start_of_auxiliaries_before(position).checked_sub(1) else {
            return false;
        };
        matches!(self.view.word(relative), "that" | "which" | "who")
            && relative
                .checked_sub(1)
                .is_some_and(|head| UNNAMED_PLURAL_ACTORS.contains(&self.view.word(head)))
    }

    /// Where the auxiliaries, negations and adverbs before the verb at `position` start (`has
    /// also strongly`, `is going to`): the subject ends before them. Another `to` ends the walk
    /// (`decided to`).
    fn start_of_auxiliaries_before(&self, position: usize) -> usize {
        let mut before = position;
        loop {
            // `is going to` is an auxiliary of the future like `will` (`the West is going to
            // sanction`).
            if self.follows_going_to(before) {
                before -= 2;
                continue;
            }
            // `which repeatedly failed to respond`: a failure negates the verb like `not`.
            if before >= 2
                && self.view.word(before - 1) == "to"
                && matches!(
                    self.view.word(before - 2),
                    "failed" | "fail" | "fails" | "failing"
                )
            {
                before -= 2;
                continue;
            }
            let Some(previous) = before.checked_sub(1) else {
                return before;
            };
            let word = self.view.word(previous);
            if !((SUBJECT_SLOT_FILLERS.contains(&word) && word != "to") || word.ends_with("ly")) {
                return before;
            }
            before = previous;
        }
    }

    /// Whether the verb at `position` has for subject a noun phrase that a first-person
    /// possessive opens and no actor heads (`Our position also supports`, `My delegation's
    /// proposal aims to`): the speaker's stance or act.
    fn has_first_person_noun_phrase_subject(&self, position: usize) -> bool {
        let before = self.start_of_auxiliaries_before(position);
        // `our neighbour is urged to respect`: the subject of a passive is not the doer.
        if (before..position)
            .any(|auxiliary| self.lexicon.is_cue(CueKind::Passive, self.view.word(auxiliary)))
        {
            return false;
        }
        let Some(head) = before.checked_sub(1) else {
            return false;
        };
        // `Our neighbour invaded`: a noun naming another party than the speaker is no act of the
        // speaker's.
        let is_bare_noun = |at: usize| {
            let word = self.view.word(at);
            self.is_bare_word(at)
                && word.len() > 2
                && !PREPOSITIONS.contains(&word)
                && !NOT_SUBJECT_HEADS.contains(&word)
                && !OTHER_PARTY_NOUNS.contains(&word)
        };
        is_bare_noun(head)
            && (head.saturating_sub(2)..head).rev().any(|opener| {
                matches!(self.view.word(opener), "our" | "my")
                    && (opener == 0
                        || self.view.is_clause_break(opener - 1)
                        || !self.view.is_word(opener - 1))
                    && (opener + 1..head).all(is_bare_noun)
            })
    }

    /// Whether the noun at `position` is the object of a light verb (`reiterate the call`,
    /// `expressed his support`), looking back over the determiners and adjectives between them
    /// (see [`Self::light_verb_before`]).
    fn noun_follows_light_verb(&self, position: usize) -> bool {
        self.light_verb_before(position).is_some()
    }

    /// The first token of the light verb whose object the noun at `position` is (see
    /// [`Self::noun_follows_light_verb`]), if there is one.
    fn light_verb_before(&self, position: usize) -> Option<usize> {
        const MOST_WORDS_BETWEEN: usize = 4;
        // `We express our deep concern about and rejection of`: two nouns coordinated before one
        // complement, the first with its preposition, are both the light verb's object.
        const MOST_WORDS_BETWEEN_WITH_A_COORDINATED_NOUN: usize = 6;
        // `has committed nearly $75 million in humanitarian assistance`: the amount of an aid noun
        // is the light verb's object, the noun its complement.
        let position = self.start_of_amount_before(position).unwrap_or(position);
        (1..=MOST_WORDS_BETWEEN_WITH_A_COORDINATED_NOUN).find_map(|distance| {
            let before = position.checked_sub(distance)?;
            // The coordination stays inside the noun phrase: its `and` stands right before the
            // noun or one adjective before it, and no clause opens in it (`have had their voice
            // silenced and that the massacres`, `reaffirmed the Vienna Declaration and described
            // terrorism`).
            let coordinated = (position.saturating_sub(2).max(before + 1)..position).any(|and| {
                self.view.word(and) == "and"
                    && (and + 1..position).all(|between| !is_past_participle(self.view.word(between)))
            }) && !(before + 1..position).any(|between| {
                let word = self.view.word(between);
                CLAUSE_OPENERS.contains(&word) || SUBJECT_PRONOUNS.contains(&word)
            });
            // `launched open, immoral aggression`: a comma may part two adjectives.
            let in_between_is_noun_phrase = (distance <= MOST_WORDS_BETWEEN || coordinated)
                && (before + 1..position).all(|between| {
                    let word = self.view.word(between);
                    (self.view.is_word(between)
                        && (!PREPOSITIONS.contains(&word)
                            || (coordinated && self.view.word(between + 1) == "and")))
                        || (word == ","
                            && between > before + 1
                            && self.view.is_word(between - 1)
                            && self.view.is_word(between + 1))
                });
            if !in_between_is_noun_phrase {
                return None;
            }
            if self.lexicon.is_cue(CueKind::LightVerb, self.view.word(before)) {
                return Some(before);
            }
            let mut buffer = String::new();
            (before > 0
                && self
                    .view
                    .phrase(before - 1, 2, &mut buffer)
                    .is_some_and(|phrase| self.lexicon.is_cue(CueKind::LightVerb, phrase)))
            .then(|| before - 1)
        })
    }

    /// The first token of an amount of money and its `in` before the noun at `position` (`nearly
    /// $75 million in`, `more than $6 million in additional`), if there is one.
    fn start_of_amount_before(&self, position: usize) -> Option<usize> {
        const AMOUNT_WORDS: &[&str] = &[
            "$",
            "€",
            "£",
            "US$",
            "USD",
            "million",
            "billion",
            "trillion",
            "thousand",
            "dollars",
            "euros",
            "nearly",
            "almost",
            "over",
            "about",
            "approximately",
            "some",
            "more",
            "than",
            "up",
            "to",
            "an",
            "a",
            "total",
            "of",
        ];
        const MOST_AMOUNT_TOKENS: usize = 8;
        // Adjectives may stand between `in` and the noun (`in additional humanitarian assistance`).
        let in_position = (position.saturating_sub(3)..position)
            .rev()
            .find(|&before| self.view.word(before) == "in")?;
        let is_amount_token = |token: usize| {
            let word = self.view.word(token);
            AMOUNT_WORDS.contains(&word)
                || word
                    .chars()
                    .all(|character| character.is_ascii_digit() || matches!(character, '.' | ','))
        };
        let has_number = |token: usize| {
            self.view
                .word(token)
                .chars()
                .any(|character| character.is_ascii_digit())
        };
        let mut first = in_position;
        while first > 0 && in_position - first < MOST_AMOUNT_TOKENS && is_amount_token(first - 1) {
            first -= 1;
        }
        (first < in_position && (first..in_position).any(has_number)).then_some(first)
    }

    /// A stand-in mention for the document's speaker, when it is known.
    fn speaker_mention(&self) -> Option<&MentionInSentence> {
        self.speaker_stand_in.as_ref()
    }

    /// The actor of a source mention. Inside a direct quotation, the first person is the quoted
    /// speaker, not the document's (`"We condemn this," the minister said`).
    fn source_actor(
        &self,
        source: Option<&MentionInSentence>,
        position: usize,
        first_person_may_act: bool,
    ) -> Option<usize> {
        // A group with no country (`the leaders`, `the international community`) names no one
        // an analyst could count: such an event has an unknown source.
        // `Georgia was invaded by our neighbour`: the possessor of another party is not the doer.
        let source = source.filter(|mention| !self.names_no_countable_party(mention));
        let quoted_first_person = match source {
            Some(mention) => mention.kind == MentionKind::Speaker,
            None => {
                first_person_may_act
                    && (0..position).any(|before| matches!(self.view.word(before), "we" | "i"))
            }
        };
        if quoted_first_person {
            if let Some(reporter) = self.quote_reporter(position) {
                return Some(reporter);
            }
        }
        source.map(|mention| mention.actor)
    }

    /// The actor of a target mention. Inside a direct quotation, the first person is the quoted
    /// speaker, as for a source (`"They want to sanction us," the minister said`).
    fn quoted_first_person(&self, target: &MentionInSentence, position: usize) -> usize {
        if target.kind == MentionKind::Speaker {
            if let Some(reporter) = self.quote_reporter(position) {
                return reporter;
            }
        }
        target.actor
    }

    /// The actor that an organisation stands for: a ministry named without a country (`the
    /// Treasury Department`, `the Ministry of Defence`), in the statement of a government, is
    /// that government's own ministry, so it stands for the speaking government; any other
    /// actor stands for itself.
    fn ministry_of_speaker(&self, actor: usize) -> usize {
        let Some(organisation) = self.actors.actors.get(actor) else {
            return actor;
        };
        let is_countryless_ministry = organisation.actor_type == "organisation"
            && organisation.country.is_none()
            && organisation.organisation.is_none()
            && organisation.id.starts_with("org:")
            && organisation
                .name
                .split_whitespace()
                .any(|word| matches!(word, "Department" | "Ministry"));
        if !is_countryless_ministry {
            return actor;
        }
        let speaking_government = self
            .speaker_stand_in
            .as_ref()
            .map(|speaker| speaker.actor)
            .filter(|&speaker| {
                self.actors.actors.get(speaker).is_some_and(|speaker| {
                    speaker.country.is_some() && speaker.sector.as_deref() == Some("GOV")
                })
            });
        speaking_government.unwrap_or(actor)
    }

    /// Whether an actor is a person (an office holder or someone named).
    fn is_person(&self, actor: usize) -> bool {
        self.actors
            .actors
            .get(actor)
            .is_some_and(|actor| actor.actor_type == "person")
    }

    /// Whether `mention` names no party an analyst could count: a group with no country (`the
    /// international community`), or a possessor of another party (`our partners`), who is not
    /// the one that acts.
    fn names_no_countable_party(&self, mention: &MentionInSentence) -> bool {
        self.is_anonymous_group(mention.actor) || mention.determines_another_party
    }

    /// Whether an actor is a sector with no country (`group:GOV`).
    fn is_anonymous_group(&self, actor: usize) -> bool {
        self.actors
            .actors
            .get(actor)
            .is_some_and(|actor| actor.actor_type == "group" && actor.country.is_none())
    }

    /// The speaker of the direct quotation that holds the token at `position`: the subject of its
    /// speech verb before it (`X said: "..."`), or the mention after it (`"...," X said`).
    fn quote_reporter(&self, position: usize) -> Option<usize> {
        let token = self.view.tokens[position];
        let (content, cue) = self
            .direct_quotes
            .iter()
            .find(|(content, _)| content.start <= token.start && token.end <= content.end)?;
        let cue = cue.as_ref()?;
        let cue_position = self
            .view
            .tokens
            .iter()
            .position(|token| token.start >= cue.start && token.end <= cue.end)?;
        if cue.start >= content.end {
            self.view
                .mentions
                .iter()
                .filter(|mention| self.view.tokens[mention.first].start >= content.end)
                .find(|mention| mention.first <= cue_position + ATTRIBUTION_WINDOW)
                .map(|mention| mention.actor)
        } else {
            self.subject_before(cue_position).map(|mention| mention.actor)
        }
    }

    /// `subject` and the mentions coordinated with it before it (`X, Y and Z`), nearest last.
    fn coordinated_with<'m>(&'m self, subject: &'m MentionInSentence) -> Vec<Option<&'m MentionInSentence>> {
        let mut coordinated = vec![Some(subject)];
        // `They` after `Sherman and Park met`: one pronoun that names several actors.
        coordinated.extend(
            self.view
                .mentions
                .iter()
                .filter(|other| {
                    other.first == subject.first && other.last == subject.last && other.actor != subject.actor
                })
                .map(Some),
        );
        // `the leadership of China, Russia, Kazakhstan and Sweden, which have provided us with
        // vaccines`: the antecedent of a relative clause is the whole list, even after a
        // preposition.
        let antecedent_list = self.is_relative_antecedent(subject);
        let mut current = subject;
        while let Some(before) = self.word_before_noun_phrase(current) {
            if !matches!(self.view.word(before), "and" | ",") {
                break;
            }
            // `After Russia attacked Ukraine, we imposed sanctions`, `We welcome Japan, and we
            // praise Kenya`: a subject pronoun after a comma (and `and`) opens a clause; it is
            // not the last of a list.
            let after_comma = self.view.word(before) == ","
                || (before > 0 && self.view.word(before) == "and" && self.view.word(before - 1) == ",");
            if after_comma && SUBJECT_PRONOUNS.contains(&self.view.word(current.first)) {
                break;
            }
            let previous = self.view.mentions.iter().find(|mention| {
                let end = self.conjunct_end(mention);
                end < before
                    && !mention.possessive
                    && (antecedent_list || !self.follows_preposition(mention))
                    && (end + 1..before).all(|between| self.view.word(between) == ",")
            });
            match previous {
                Some(previous) if previous.actor != current.actor => {
                    coordinated.insert(0, Some(previous));
                    current = previous;
                }
                _ => break,
            }
        }
        coordinated
    }

    /// `agent` and the mentions coordinated with it after it (`by Saudi Arabia and the United
    /// Arab Emirates`, `by the United States, the Republic of Korea and Japan`), first first.
    fn coordinated_after<'m>(&'m self, agent: &'m MentionInSentence) -> Vec<Option<&'m MentionInSentence>> {
        let mut coordinated = vec![Some(agent)];
        // The list ends at its last `and` or `or`: a mention after a comma alone is no conjunct
        // (`during a visit to Thailand, Ambassador Roe announced`).
        let mut closed_length = 1;
        let mut current = agent;
        loop {
            // `Foreign Minister Abdullah bin Zayed of the United Arab Emirates, ...`: a conjunct's
            // country after `of` is part of the conjunct, and the list goes on after it.
            if let Some(postmodifier) = self.view.mentions.iter().find(|mention| {
                mention.first > current.last + 1
                    && matches!(self.view.word(current.last + 1), "of" | "from")
                    && (current.last + 2..mention.first).all(|position| self.view.word(position) == "the")
            }) {
                current = postmodifier;
            }
            let end = self.conjunct_end(current);
            let Some(next) = self.view.mentions.iter().find(|mention| {
                mention.first > end + 1 && !mention.possessive && self.joins_conjuncts(end + 1..mention.first)
            }) else {
                break;
            };
            // `condemn the invasion of Kuwait, and Haiti has never failed to`: a second mention
            // after `, and` followed by its own auxiliary opens a clause of its own. (A longer
            // list before the auxiliary is its subject: `Egypt, Israel, Japan, and Spain have`.)
            // A subject pronoun (`with Israel, and we express`) always opens one.
            let opens_clause = (coordinated.len() == 1
                && self.view.word(end + 1) == ","
                && FINITE_AUXILIARIES.contains(&self.view.word(next.last + 1)))
                || SUBJECT_PRONOUNS.contains(&self.view.word(next.first));
            if opens_clause {
                break;
            }
            let joined_by_conjunction =
                (end + 1..next.first).any(|position| matches!(self.view.word(position), "and" | "or"));
            if coordinated
                .iter()
                .all(|known| known.is_none_or(|known| known.actor != next.actor))
            {
                coordinated.push(Some(next));
            }
            if joined_by_conjunction {
                closed_length = coordinated.len();
            }
            current = next;
        }
        // `Belarus, Cuba, Myanmar, Zimbabwe and others`: an open end closes the list too.
        if matches!(self.view.word(current.last + 1), "and" | "or")
            && matches!(self.view.word(current.last + 2), "others" | "other")
        {
            closed_length = coordinated.len();
        }
        coordinated.truncate(closed_length);
        coordinated
    }

    /// The last token of `mention` as a conjunct of a list: the closing bracket of an alias of the
    /// same actor right after it (`the Republic of Korea (ROK), and Japan`), else its own last.
    fn conjunct_end(&self, mention: &MentionInSentence) -> usize {
        let opening = mention.last + 1;
        if self.view.word(opening) != "(" {
            return mention.last;
        }
        self.view
            .mentions
            .iter()
            .find(|alias| {
                alias.first == opening + 1
                    && alias.actor == mention.actor
                    && self.view.word(alias.last + 1) == ")"
            })
            .map_or(mention.last, |alias| alias.last + 1)
    }

    /// Whether `mention` (with its bracketed alias) is right before a relative pronoun, or a comma
    /// and one: the antecedent of a relative clause.
    fn is_relative_antecedent(&self, mention: &MentionInSentence) -> bool {
        let after = self.conjunct_end(mention) + 1;
        let relative = if self.view.word(after) == "," {
            after + 1
        } else {
            after
        };
        matches!(self.view.word(relative), "who" | "which")
    }

    /// The coordination `mention` is part of, wherever it stands in it: the conjuncts before it,
    /// it, and those after it.
    fn whole_coordination<'m>(
        &'m self,
        mention: &'m MentionInSentence,
    ) -> Vec<Option<&'m MentionInSentence>> {
        let mut conjuncts = self.coordinated_with(mention);
        conjuncts.extend(self.coordinated_after(mention).into_iter().skip(1));
        conjuncts
    }

    /// Whether the tokens `between` two mentions join them as conjuncts of a list: only commas,
    /// `and` and articles, and at least one comma or `and`.
    fn joins_conjuncts(&self, between: Range<usize>) -> bool {
        between
            .clone()
            .all(|position| matches!(self.view.word(position), "," | "and" | "the"))
            && between
                .clone()
                .any(|position| matches!(self.view.word(position), "," | "and"))
    }

    /// `X should/must <act>`: the speaker demands of X (`X must stop` is X's demanded
    /// de-escalation). One demand per modal.
    fn code_modal_demands(&self, events: &mut Vec<Event>) {
        let Some(speaker) = self.actors.speaker_at(self.view.sentence_start()) else {
            return;
        };
        let mut buffer = String::new();
        for position in 0..self.view.len() {
            let longest = self
                .lexicon
                .longest_phrase_starting_with(self.view.word(position));
            let Some(count) = (1..=longest.min(2)).rev().find(|&count| {
                self.view
                    .phrase(position, count, &mut buffer)
                    .is_some_and(|phrase| self.lexicon.is_cue(CueKind::Demanded, phrase))
            }) else {
                continue;
            };
            // `should it pursue further aggression`: a modal before its subject pronoun opens a
            // condition, no demand.
            if SUBJECT_PRONOUNS.contains(&self.view.word(position + count)) {
                continue;
            }
            let Some(subject) = self.subject_before(position) else {
                continue;
            };
            if subject.actor == speaker || subject.kind == MentionKind::Speaker {
                continue;
            }
            // `the international community should fulfil its commitments`: a demand on a group
            // that names no one is no request an analyst could count (the gold codes the act
            // demanded, with no source, when it is a codable act).
            if self.is_anonymous_group(subject.actor) {
                continue;
            }
            let reported_by = self.reported_by(position);
            if reported_by.is_some_and(|reporter| reporter != speaker) {
                continue;
            }
            let act = position + count;
            let last = if act < self.view.len() && self.view.is_word(act) {
                act
            } else {
                position + count - 1
            };
            // `the DPRK must stop such threats`: a demand to stop is the subject's de-escalation,
            // demanded (the gold guidelines code the act, 087, not a request to do it).
            let (source, target, cameo) = if self.lexicon.is_cue(CueKind::Cessation, self.view.word(act)) {
                (Some(subject.actor), None, "087".to_owned())
            } else {
                (
                    Some(speaker),
                    Some(subject.actor),
                    self.refine("100", position, position + count - 1),
                )
            };
            events.push(self.event(EventParts {
                source,
                target,
                cameo,
                negated: self.is_negated(act.min(self.view.len()), position),
                modality: Modality::Demanded,
                reported_by: Some(speaker),
                trigger_tokens: position..last + 1,
                confidence: 0.6,
            }));
        }
    }

    /// Wrongdoings imputed to a named agent: the speaker (or the reported speaker) accuses it.
    fn code_accusations(&self, events: &mut Vec<Event>) {
        let mut buffer = String::new();
        let mut position = 0;
        while position < self.view.len() {
            let found = self.longest_phrase_at(position, &mut buffer, |phrase| {
                self.lexicon.accusations.get(phrase).copied()
            });
            let Some((count, cameo)) = found.filter(|_| self.is_codable_position(position)) else {
                position += 1;
                continue;
            };
            let last = position + count - 1;
            if let Some(agent) = self.agent_of_wrongdoing(position, last) {
                let accuser = self.reported_by(position);
                if accuser != Some(agent.actor) {
                    let explicitly_denied = (position.saturating_sub(2)..position)
                        .any(|before| matches!(self.view.word(before), "no" | "not" | "never"));
                    events.push(self.event(EventParts {
                        source: accuser,
                        target: Some(agent.actor),
                        cameo: cameo.to_owned(),
                        negated: explicitly_denied,
                        modality: Modality::Asserted,
                        reported_by: accuser,
                        trigger_tokens: position..last + 1,
                        confidence: 0.5,
                    }));
                }
            }
            position += count;
        }
    }

    /// The agent a wrongdoing is imputed to: `X's occupation`, `Russian aggression`,
    /// `its policy of ethnic cleansing`, `... by X`, `separatists involved in ...`.
    fn agent_of_wrongdoing(&self, first: usize, last: usize) -> Option<&MentionInSentence> {
        let ending_at = |position: usize| self.view.mentions.iter().find(|mention| mention.last == position);
        if let Some(agent) = first.checked_sub(1).and_then(ending_at) {
            return Some(agent);
        }
        if first >= 3
            && self.view.word(first - 1) == "of"
            && POLICY_NOUNS.contains(&self.view.word(first - 2))
        {
            if let Some(agent) = ending_at(first - 3) {
                return Some(agent);
            }
        }
        if let Some(agent) = self.agent_after(last) {
            return Some(agent);
        }
        // A verb form after an auxiliary (`the US had interfered`) imputes it to its subject.
        if first > 0 && SUBJECT_SLOT_FILLERS.contains(&self.view.word(first - 1)) {
            if let Some(subject) = self
                .subject_before(first)
                .filter(|subject| first - subject.last <= 4)
            {
                return Some(subject);
            }
        }
        self.agent_involved_in(first)
    }

    /// The actor tied by an involvement phrase to the act at `first` (`separatists involved in
    /// the implementation of the policy of ethnic cleansing`, `the parties engaged in the
    /// talks`): its doer.
    fn agent_involved_in(&self, first: usize) -> Option<&MentionInSentence> {
        const MOST_TOKENS_FROM_AGENT: usize = 10;
        self.view
            .mentions
            .iter()
            .rev()
            .filter(|mention| mention.last < first && first - mention.last <= MOST_TOKENS_FROM_AGENT)
            .find(|mention| {
                let mut buffer = String::new();
                // `the reunification of Korea should be carried out without outside
                // interference`: `carried out` after `to be` is a passive, and ties no one (`are
                // involved in`, `were responsible for` do).
                (mention.last + 1..first).any(|position| {
                    (1..=2).any(|count| {
                        self.view
                            .phrase(position, count, &mut buffer)
                            .is_some_and(|phrase| {
                                INVOLVEMENT_PHRASES.contains(&phrase)
                                    && !(phrase == "carried out"
                                        && self
                                            .lexicon
                                            .is_cue(CueKind::Passive, self.view.word(position - 1)))
                            })
                    })
                })
            })
    }

    /// The nearest mention before `position` in its clause that can be a subject.
    fn subject_before(&self, position: usize) -> Option<&MentionInSentence> {
        let clause_break = (0..position)
            .rev()
            .find(|&before| self.view.is_clause_break(before) && !self.closes_apposition(before));
        let clause_start = clause_break.map_or(0, |start| start + 1);
        // A relative pronoun opens a clause of its own (`Azerbaijan, whose lands were occupied`):
        // the subject of what follows it is not found before it. Once a comma has closed the
        // relative clause (`the US did not respond to X, which ..., but welcomes`), the subject is
        // again the one before it.
        let relative = (clause_start..position)
            .rev()
            .find(|&before| self.lexicon.is_cue(CueKind::Relative, self.view.word(before)));
        let search_end = match relative {
            Some(relative) => {
                let closed = (relative + 1..position).any(|between| self.view.word(between) == ",");
                let inside = self.nearest_subject(relative + 1, position);
                if inside.is_some() {
                    return inside;
                }
                // `the resolution, which condemns ...`, `who to this day threaten`: the antecedent
                // right before `who` or `which` is the subject of the verb right after it, or
                // after adverbs.
                if (position - relative <= 3 || self.only_adverbs_between(relative, position))
                    && self.view.word(relative) != "whose"
                {
                    let antecedent = self.relative_antecedent(relative);
                    if antecedent.is_some() {
                        return antecedent;
                    }
                }
                if !closed {
                    return None;
                }
                relative
            }
            None => position,
        };
        self.nearest_subject(clause_start, search_end)
    }

    /// The antecedent of a `who` or `which` whose verb is at `position` with an aside set off by
    /// commas between them (`separatists, who, being already in Armenia, threaten`): the comma
    /// before the verb does not make it a predicate coordinated with the sentence's first.
    fn antecedent_across_aside(&self, position: usize) -> Option<&MentionInSentence> {
        const MOST_TOKENS_AFTER_RELATIVE: usize = 16;
        (position.saturating_sub(MOST_TOKENS_AFTER_RELATIVE)..position)
            .rev()
            .find(|&before| matches!(self.view.word(before), "who" | "which"))
            .filter(|&relative| self.only_an_aside_between(relative, position))
            .and_then(|relative| self.relative_antecedent(relative))
    }

    /// The actor right before the relative pronoun at `relative`, or before the comma before it.
    fn relative_antecedent(&self, relative: usize) -> Option<&MentionInSentence> {
        self.view.mentions.iter().find(|mention| {
            mention.last + 1 == relative
                || (mention.last + 2 == relative && self.view.word(relative - 1) == ",")
        })
    }

    /// Whether the words between the relative pronoun at `relative` and the verb at `position`
    /// are at most four lower-case words with no actor and no finite verb among them (`who to
    /// this day threaten`, `which in recent years has supported`).
    fn only_adverbs_between(&self, relative: usize, position: usize) -> bool {
        const MOST_ADVERBIAL_WORDS: usize = 4;
        position - relative <= MOST_ADVERBIAL_WORDS + 1
            && (relative + 1..position).all(|between| self.is_plain_non_verb_word(between))
    }

    /// Whether the token at `position` is a lower-case word that is neither an actor's nor a
    /// regular finite verb (a determiner such as `this` or `its` only ends like one).
    fn is_plain_non_verb_word(&self, position: usize) -> bool {
        let word = self.view.word(position);
        self.is_bare_word(position)
            && (!has_regular_finite_verb_ending(word) || NOUN_DETERMINERS.contains(&word))
    }

    /// Whether the token at `at` is a word of letters alone that names no actor (`leadership`,
    /// not `,`, `1990` or the `Japan` of a mention).
    fn is_bare_word(&self, at: usize) -> bool {
        self.view.is_word(at)
            && self.view.mention_at(at).is_none()
            && self.view.word(at).bytes().all(|byte| byte.is_ascii_lowercase())
    }

    /// Whether only an aside set off by commas stands between the relative pronoun at `relative`
    /// and the verb at `position`: the verb follows a comma, and the words before the aside's
    /// first comma, if any, are at most three with neither an actor nor a finite verb among them
    /// (`who, being in Armenia, threaten`, `who to this day, being already in Armenia,
    /// threaten`; not `which condemned Y, supports`, where the relative clause has its verb).
    fn only_an_aside_between(&self, relative: usize, position: usize) -> bool {
        const MOST_WORDS_BEFORE_ASIDE: usize = 3;
        if position < relative + 3 || self.view.word(position - 1) != "," {
            return false;
        }
        let Some(first_comma) = (relative + 1..position).find(|&between| self.view.word(between) == ",")
        else {
            return false;
        };
        first_comma - relative - 1 <= MOST_WORDS_BEFORE_ASIDE
            && (relative + 1..first_comma).all(|between| self.is_plain_non_verb_word(between))
    }

    /// The nearest mention in `start..end` that can be a subject: not a possessive or a demonym
    /// modifier, not after a preposition, at most [`SUBJECT_WINDOW`] tokens before `end`.
    fn nearest_subject(&self, start: usize, end: usize) -> Option<&MentionInSentence> {
        self.view
            .mentions
            .iter()
            .rev()
            .filter(|mention| mention.last < end && mention.first >= start)
            .filter(|mention| end - mention.last <= SUBJECT_WINDOW)
            // A demonym modifies the head of its noun phrase (`Armenian heritage`), which is the
            // subject, not the country.
            .filter(|mention| mention.kind != MentionKind::Modifier)
            .filter(|mention| !self.is_vocative(mention))
            // `I wish him all success, and assure him`: a third person's object pronoun is no
            // subject (the speaker's is, after `let` or `allow`: `Let me congratulate`).
            .filter(|mention| {
                !(mention.first == mention.last && matches!(self.view.word(mention.first), "him" | "them"))
            })
            // `I wish you every success and pledge you the full support`: the Assembly
            // President's `you` after a verb is its object.
            .filter(|mention| !self.is_object_you(mention))
            // `our China policy`: a country's name after a possessive determiner modifies a noun
            // (`our Chargé d'Affaires Kvien` is a person).
            .filter(|mention| !self.is_country_modifying_a_possessed_noun(mention))
            .find(|mention| {
                (!mention.possessive || self.possesses_carrier_head(mention))
                    && !self.follows_preposition(mention)
            })
    }

    /// Whether `mention` is a lone `you` after a word that does not open a clause (see
    /// [`WORDS_BEFORE_A_SUBJECT_YOU`]): an object, not a subject.
    fn is_object_you(&self, mention: &MentionInSentence) -> bool {
        mention.first == mention.last
            && self.view.word(mention.first) == "you"
            && mention.first > 0
            && !WORDS_BEFORE_A_SUBJECT_YOU.contains(&self.view.word(mention.first - 1))
    }

    /// Whether `mention` is a country's name after a possessive determiner, which modifies the
    /// noun after it (`our China policy`) rather than heading a subject.
    fn is_country_modifying_a_possessed_noun(&self, mention: &MentionInSentence) -> bool {
        let is_country = self
            .actors
            .actors
            .get(mention.actor)
            .is_some_and(|actor| actor.actor_type == "country");
        is_country
            && mention.first > 0
            && matches!(
                self.view.word(mention.first - 1),
                "our" | "their" | "its" | "his" | "her" | "my" | "your"
            )
    }

    /// Whether possessive `mention` determines a carrier noun right after it (`The U.S.
    /// government's efforts ... support Ukraine's defenders`): the possessor does what the
    /// carrier's noun phrase, as a subject, does.
    fn possesses_carrier_head(&self, mention: &MentionInSentence) -> bool {
        let mut next = mention.last + 1;
        if matches!(self.view.word(next), "'s" | "’s" | "'" | "’") {
            next += 1;
        }
        self.lexicon.is_cue(CueKind::Carrier, self.view.word(next))
    }

    /// Whether `mention` addresses its actor rather than naming the subject (`Secretary
    /// Blinken, first of all, thank you`, `Mr. Secretary-General, we ...`): it opens the
    /// sentence or a transcript turn, a comma follows it, and a first- or second-person pronoun
    /// comes soon after.
    fn is_vocative(&self, mention: &MentionInSentence) -> bool {
        let opens = mention.first == 0 || self.view.word(mention.first - 1) == ":";
        opens
            && self.view.word(mention.last + 1) == ","
            && (mention.last + 2..mention.last + 2 + VOCATIVE_REACH)
                .any(|position| matches!(self.view.word(position), "i" | "we" | "you" | "your"))
    }

    /// Whether a vocative (see [`Self::is_vocative`]) stands shortly before `position`: the act
    /// after it, with no subject of its own, is the speaker's.
    fn follows_vocative(&self, position: usize) -> bool {
        self.view.mentions.iter().any(|mention| {
            mention.last < position && position - mention.last <= VOCATIVE_REACH && self.is_vocative(mention)
        })
    }

    /// Whether the noun phrase whose head is at `head` opens its clause: only an article,
    /// adjectives or up to two other modifiers stand between it and the sentence's start, a comma
    /// or a conjunction (`a majority of the members of this Assembly condemned`), not a verb or a
    /// preposition (`we join other States Members of the United Nations in appealing`).
    fn opens_clause_before(&self, head: usize) -> bool {
        const CLAUSE_BOUNDARIES: &[&str] = &[",", ";", ":", "and", "but", "that", "while", "as", "when", "—"];
        let mut before = head;
        let mut modifiers = 0;
        while before > 0 {
            let word = self.view.word(before - 1);
            if CLAUSE_BOUNDARIES.contains(&word) {
                return true;
            }
            if NOUN_PHRASE_OPENERS.contains(&word) {
                before -= 1;
            } else if word == "of" && before >= 2 && self.is_partitive(before - 2) {
                // A partitive inside another (`a large majority of the members of this Assembly`).
                before -= 2;
                modifiers = 0;
            } else if modifiers < 2 && self.view.is_word(before - 1) && !PREPOSITIONS.contains(&word) {
                modifiers += 1;
                before -= 1;
            } else {
                break;
            }
        }
        before == 0
    }

    /// Whether the word at `position` and the `of` after it are a partitive cue (`members of`).
    fn is_partitive(&self, position: usize) -> bool {
        let mut buffer = String::new();
        self.view
            .phrase(position, 2, &mut buffer)
            .is_some_and(|phrase| self.lexicon.is_cue(CueKind::Partitive, phrase))
    }

    /// The position of the word before `mention`, skipping the articles and adjectives that a
    /// mention does not include (`of the US`, `in various American institutions`).
    fn word_before_noun_phrase(&self, mention: &MentionInSentence) -> Option<usize> {
        let start = self.start_of_noun_phrase_before(mention.first, 0);
        // `look forward to his leadership`: a possessive determiner the mention does not include
        // opens its noun phrase too.
        let start = match start.checked_sub(1) {
            Some(before) if POSSESSIVE_DETERMINERS.contains(&self.view.word(before)) => {
                self.start_of_noun_phrase_before(before, 0)
            }
            _ => start,
        };
        start.checked_sub(1)
    }

    /// Where the noun phrase of a mention starting at `first` starts, no earlier than `floor`:
    /// before the articles that a mention does not include (`of the US`), and before one or two
    /// adjectives when an article opens them (`with the fraternal people of Palestine`, `by the
    /// former United States Administration`). Without an article a word before the mention may
    /// be a verb (`by supporting Japan`), so it is not taken for an adjective.
    fn start_of_noun_phrase_before(&self, first: usize, floor: usize) -> usize {
        let skip_openers = |mut start: usize| {
            while start > floor && NOUN_PHRASE_OPENERS.contains(&self.view.word(start - 1)) {
                start -= 1;
            }
            start
        };
        let start = skip_openers(first);
        let is_adjective = |position: usize| {
            let word = self.view.word(position);
            self.view.is_word(position)
                && self.view.mention_at(position).is_none()
                && word.bytes().all(|byte| byte.is_ascii_lowercase() || byte == b'-')
                && (has_adjective_ending(word)
                    || PLAIN_ADJECTIVES.contains(&word)
                    || NOUN_PHRASE_ADJECTIVES.contains(&word)
                    || is_hyphenated_modifier(word))
        };
        if start < first {
            return start;
        }
        // `of small Cyprus`, `in southern Lebanon`, `to brotherly Iraq`: an adjective that only
        // describes a place opens its noun phrase without an article, and is never a verb.
        if first > floor && ARTICLELESS_PLACE_ADJECTIVES.contains(&self.view.word(first - 1)) {
            return skip_openers(first - 1);
        }
        (1..=2)
            .find(|&adjectives| {
                first > floor + adjectives
                    && (first - adjectives..first).all(is_adjective)
                    && NOUN_PHRASE_OPENERS.contains(&self.view.word(first - adjectives - 1))
            })
            .map_or(start, |adjectives| skip_openers(first - adjectives))
    }

    fn follows_preposition(&self, mention: &MentionInSentence) -> bool {
        let Some(before) = self.word_before_noun_phrase(mention) else {
            return false;
        };
        let word = self.view.word(before);
        // `a majority of the members of this Assembly condemned`: the `of` of a partitive noun
        // makes the mention the subject's head, not a complement.
        if word == "of" && before > 0 && self.is_partitive(before - 1) && self.opens_clause_before(before - 1)
        {
            return false;
        }
        if PREPOSITIONS.contains(&word) {
            // `after Israel had refused to implement`, `since Russia has invaded`, `as the United
            // States withdraws forces`, `so long as Israel continues to occupy`: a word that is
            // also a conjunction opens a clause when the mention has its own auxiliary or a
            // finite verb.
            // A nominative pronoun is never a preposition's object (`As we assure him`).
            let next = self.view.word(mention.last + 1);
            let opens_clause = matches!(word, "after" | "before" | "since" | "as")
                && (FINITE_AUXILIARIES.contains(&next)
                    || has_regular_finite_verb_ending(next)
                    || matches!(self.view.word(mention.first), "we" | "i" | "they" | "he" | "she"));
            return !opens_clause;
        }
        let is_name = matches!(mention.kind, MentionKind::Name | MentionKind::Metonym);
        // `During the Korean War the United States threatened`: a name with its own finite
        // verb after an opening adverbial is the subject, not the adverbial's apposition.
        let next = self.view.word(mention.last + 1);
        let finite_verb_follows = FINITE_AUXILIARIES.contains(&next) || has_regular_finite_verb_ending(next);
        if is_name && !finite_verb_follows && self.description_follows_preposition(before) {
            return true;
        }
        // A conjunct of a prepositional complement is one too (`in Kyiv and Moscow`, `in Iran,
        // Vietnam, the UAE (UAE), and Hong Kong`), and so is a bracketed apposition to one. A
        // mention after a comma is a conjunct only when the list goes on after it: in `In Iran,
        // Russia condemned`, Russia is the subject. A subject pronoun is never such a conjunct
        // (`the rights of Afghans, and we continue`).
        if SUBJECT_PRONOUNS.contains(&self.view.word(mention.first)) {
            return false;
        }
        let is_list_member = match word {
            "and" | "or" | "(" => true,
            "," => {
                mention.last + 1 < self.view.len()
                    && matches!(self.view.word(mention.last + 1), "," | "and" | "or" | "(")
            }
            _ => false,
        };
        if !is_list_member {
            return false;
        }
        let mut previous_end = before;
        while previous_end > 0
            && previous_end + 3 > before
            && matches!(self.view.word(previous_end - 1), "," | ")")
        {
            previous_end -= 1;
        }
        self.view
            .mentions
            .iter()
            .find(|previous| previous.last + 1 == previous_end)
            .is_some_and(|previous| self.follows_preposition(previous))
    }

    /// Whether the lower-case words ending at `last` are a description in apposition before a name
    /// that follows a preposition (`in its fight against the terrorist group Boko Haram`): the
    /// name is then the preposition's complement too. At most three words back to an article.
    fn description_follows_preposition(&self, last: usize) -> bool {
        let mut cursor = last;
        for _ in 0..3 {
            let word = self.view.word(cursor);
            if matches!(word, "the" | "a" | "an") {
                return cursor
                    .checked_sub(1)
                    .is_some_and(|before| PREPOSITIONS.contains(&self.view.word(before)));
            }
            // A clause boundary ends the description (`in a speech that Iran could attack`).
            let is_description_word = !word.is_empty()
                && word.chars().all(|character| character.is_lowercase())
                && !PREPOSITIONS.contains(&word)
                && !CLAUSE_OPENERS.contains(&word)
                && !matches!(word, "and" | "or" | "but" | "as" | "if" | "while" | "whose");
            if !is_description_word || cursor == 0 {
                return false;
            }
            cursor -= 1;
        }
        false
    }

    /// The object of a verb: for criticism and accusation the agent (`by X`) of what is criticised
    /// comes first; otherwise the first mention after the verb that is not a place or time.
    fn object_after(&self, last: usize, cameo: &str) -> Option<&MentionInSentence> {
        let window_end = self.window_end(last);
        if cameo.starts_with("11") {
            if let Some(agent) = self.agent_after(last) {
                return Some(agent);
            }
        }
        // `Russia withdraws troops from Ukraine`: a retreat is from the party or place it leaves,
        // not toward the forces it moves, as for the noun (`the withdrawal of X from Y`).
        if cameo.starts_with("08") {
            if let Some(left) = self.mention_after_word(last, &["from"]) {
                return Some(left);
            }
        }
        self.view
            .mentions
            .iter()
            .filter(|mention| mention.first > last && mention.first < window_end)
            // First person after a verb is an object only as `us`.
            .filter(|mention| mention.kind != MentionKind::Speaker || self.view.word(mention.first) == "us")
            .find(|mention| {
                self.word_before_noun_phrase(mention)
                    .is_none_or(|before| !SETTING_PREPOSITIONS.contains(&self.view.word(before)))
            })
    }

    /// The target of a request: the first mention right after it (`called on the US to`), or after
    /// `that` (`demanded that Armenia`).
    fn request_target(&self, last: usize) -> Option<&MentionInSentence> {
        self.view
            .mentions
            .iter()
            .find(|mention| mention.first > last && mention.first <= last + 4)
    }

    /// Source and target of a nominalisation; `subject_receives` says a verb of need or of
    /// receiving governs it (its subject is then who receives it); `recipient_in_context` is who
    /// receives a gift by the sentence around it (whoever gives thanks for it), the target when
    /// the noun's own phrase names none.
    fn noun_roles<'m>(
        &'m self,
        trigger: &TriggerMatch,
        subject: Option<&'m MentionInSentence>,
        object_of_same_kind_verb: bool,
        subject_receives: bool,
        recipient_in_context: Option<&'m MentionInSentence>,
        thanked_giver: Option<&'m MentionInSentence>,
    ) -> (Option<&'m MentionInSentence>, Option<&'m MentionInSentence>) {
        if let Some(sides) = self.hyphenated_sides_before(trigger.first) {
            return sides;
        }
        // `Russia's invasion`, `Russia's further invasion`, `US support`.
        // A sector word with no country (`their military offensive`) names no agent: the agent is
        // then looked for further. An adverbial determiner may stand between (`we further call`).
        let adverb_before = trigger
            .first
            .checked_sub(1)
            .is_some_and(|previous| ADVERBIAL_DETERMINERS.contains(&self.view.word(previous)));
        let right_before = trigger
            .first
            .checked_sub(if adverb_before { 2 } else { 1 })
            .and_then(|previous| {
                self.view.mentions.iter().find(|mention| {
                    (mention.last == previous || (mention.possessive && mention.last + 2 == trigger.first))
                        && !self.is_anonymous_group(mention.actor)
                        && !self.names_a_venue(mention, trigger)
                })
            })
            // `Russia's premeditated, unprovoked, and unjustified attack`: the possessor of the
            // noun phrase, across its adjectives, is the agent (not an actor named earlier).
            .or_else(|| self.possessor_mention(trigger.first))
            .or_else(|| self.possessor_across_noun_modifiers(trigger.first))
            .or_else(|| self.demonym_before_noun_modifier(trigger.first))
            .map(|possessor| self.possessor_standing_for(possessor));
        // `India came to our assistance`: whoever comes to someone's aid gives it, and the
        // possessor receives it.
        let rescue_verb = self.verb_coming_to_the_aid(trigger.first);
        let (right_before, rescued) = if rescue_verb.is_some() {
            (None, right_before)
        } else {
            (right_before, None)
        };
        // A demand `of X` is X's (`the calls of my country`), when the `of` follows the noun: an
        // `of` further on belongs to the demand's complement (`the call for urgency in ... the
        // Ezulwini Consensus of the African Union`). The object of a light verb (`we reiterate the
        // call`, `he expressed his support`) is its subject's.
        let is_request = trigger_is_request(trigger);
        let is_object = object_of_same_kind_verb || self.noun_follows_light_verb(trigger.first);
        // `a request by our partners`: a possessive after `by` is the possessor of the agent,
        // not the agent.
        let meaning_cameo = trigger
            .meanings
            .iter()
            .find(|meaning| meaning.role == Role::Noun)
            .map_or("", |meaning| meaning.cameo);
        let agent_after_word = self
            .first_mention_after(trigger.last, |start| {
                start > trigger.last + 1
                    && match self.view.word(start - 1) {
                        "by" => true,
                        // `the withdrawal of Soviet forces from Afghanistan`: what a retreat is from
                        // is a place; so is what an infinitive of departure after the noun leaves
                        // (`sanctions ... to put pressure on Iraq to withdraw from Kuwait`), unlike
                        // whom one receives from (`the assistance it continues to receive from`).
                        // Nor is a `from` after the verb of a noun that is its subject a giver of
                        // it (`Sanctions do not block the export of grain from Russia`).
                        "from" => {
                            !meaning_cameo.starts_with("08")
                                && !FINITE_AUXILIARIES.contains(&self.view.word(trigger.last + 1))
                                && !(trigger.last + 1..start).any(|between| {
                                    self.view.word(between) == "to"
                                        && DEPARTURE_VERBS.contains(&self.view.word(between + 1))
                                })
                        }
                        "of" => {
                            (is_request && start == trigger.last + 2)
                                || self.of_names_the_doer(trigger, meaning_cameo, start)
                        }
                        _ => false,
                    }
            })
            .map(|agent| self.named_in_apposition(agent).unwrap_or(agent))
            .filter(|mention| !mention.possessive || self.possessed_noun_is_the_actor(mention));
        // `the dialogue between Pristina and Belgrade`: the first party named is the source, the
        // second the target.
        let parties_between = self.parties_between(trigger.last);
        // `the support we have received`: the relative clause's subject is who receives it.
        let recipient = self
            .relative_clause_recipient(trigger.last)
            .or_else(|| subject.filter(|subject| subject_receives && subject.last < trigger.first));
        let source = right_before
            .or_else(|| rescue_verb.and_then(|verb| self.subject_right_before_verb(subject, verb)))
            .or(agent_after_word)
            .or(parties_between.map(|(first, _)| first))
            .or_else(|| self.agent_involved_in(trigger.first))
            // What a relative clause says its subject received was given by someone the
            // sentence's other actors need not be (`thanking X for the support we have received`).
            .or_else(|| {
                recipient
                    .is_none()
                    .then(|| {
                        self.subject_after_opening_adverbial(trigger.first)
                            .or_else(|| self.relative_clause_subject(trigger.last))
                            .or_else(|| self.carrier_possessor(trigger.first))
                            // `Member States will not continue to make unreasonable demands`: a
                            // light verb whose subject names no actor leaves its object's doer
                            // unknown.
                            .or_else(|| {
                                subject.filter(|_| {
                                    is_object
                                        && !self.light_verb_before(trigger.first).is_some_and(|verb| {
                                            self.has_unnamed_subject(verb)
                                                && self.joined_act_subject(verb).is_none()
                                        })
                                })
                            })
                            .or_else(|| self.possessive_pronoun_antecedent(trigger.first))
                            // `We thank the United Nations for the ongoing support provided to
                            // Sri Lanka`: a gift that heads the thanks' `for` with no giver of its
                            // own is the one thanked for it.
                            .or_else(|| {
                                thanked_giver.filter(|_| {
                                    self.noun_phrase_start(trigger.first)
                                        .checked_sub(1)
                                        .is_some_and(|before| self.view.word(before) == "for")
                                })
                            })
                    })
                    .flatten()
            })
            // `support for us` is not ours; `an agreement between us and X` is.
            .filter(|mention| {
                mention.kind != MentionKind::Speaker
                    || self.view.word(mention.first) != "us"
                    || parties_between.is_some_and(|(first, _)| std::ptr::eq(first, *mention))
            });
        let target_words: &[&str] = if meaning_cameo.starts_with("08") {
            // A retreat is from the place or party it leaves (`the withdrawal of Soviet forces
            // from Afghanistan`).
            &["from", "against", "on", "to", "toward", "towards", "for", "with"]
        } else if recipient.is_some() {
            // `deserves the support of the international community`: what a subject receives
            // `of X` is X's, never aimed at X.
            &["against", "on", "to", "toward", "towards", "for", "with"]
        } else {
            &["of", "against", "on", "to", "toward", "towards", "for", "with"]
        };
        // `the agreement between Iran and Iraq to settle their disputes in keeping with Security
        // Council resolutions`: the second party, not an actor further on.
        let is_not_source =
            |target: &&MentionInSentence| source.is_none_or(|source| source.actor != target.actor);
        let second_party = parties_between
            .filter(|(first, _)| source.is_some_and(|source| std::ptr::eq(source, *first)))
            .map(|(_, second)| second)
            .filter(is_not_source);
        let target = rescued
            .filter(is_not_source)
            .or(second_party)
            .or_else(|| {
                self.mention_after_word(trigger.last, target_words)
                    .filter(is_not_source)
            })
            // `the embargo of the United States against Cuba`, `the visit of the President of
            // France to Kenya`: past the doer's `of`.
            .or_else(|| {
                agent_after_word
                    .filter(|agent| source.is_some_and(|source| std::ptr::eq(source, *agent)))
                    .and_then(|agent| self.mention_after_word(agent.last, target_words))
                    .filter(is_not_source)
            })
            .or(recipient.filter(is_not_source))
            // Only a gift whose giver is known is coded for its recipient in context: the
            // context says who receives, not that someone gave.
            .or(recipient_in_context
                .filter(|_| source.is_some())
                .filter(is_not_source))
            // `support from the international community has not been forthcoming`, `we need
            // coordinated support from our partners`: support or aid from givers the statement
            // does not name is, with no recipient named, support for its speaker.
            // (`our partners` is the speaker's mention, but the partners give.)
            .or_else(|| {
                let is_support_or_aid = meaning_cameo.starts_with("05") || meaning_cameo.starts_with("07");
                if !is_support_or_aid {
                    return None;
                }
                let unnamed_giver = self
                    .first_mention_after(trigger.last, |start| {
                        start == trigger.last + 2 && matches!(self.view.word(start - 1), "from" | "of")
                    })
                    .filter(|giver| self.names_no_countable_party(giver))?;
                let source_is_the_giver = source.is_none_or(|source| std::ptr::eq(source, unnamed_giver));
                source_is_the_giver.then(|| self.speaker_mention()).flatten()
            });
        (source, target)
    }

    /// Whether `mention`, a capital right before a meeting or agreement noun, names where the
    /// meeting is held or the agreement was signed rather than who holds or signs it (`the
    /// Tripoli meeting`, `the Khartoum talks`, `the Washington agreements between the
    /// Palestinians and the Israelis`).
    fn names_a_venue(&self, mention: &MentionInSentence, trigger: &TriggerMatch) -> bool {
        mention.kind == MentionKind::Metonym
            && !mention.possessive
            && trigger.meanings.iter().any(|meaning| {
                meaning.role == Role::Noun && (meaning.cameo.starts_with("04") || meaning.cameo == "057")
            })
    }

    /// Whether the mention at `start`, right after the noun trigger's `of`, does what the noun
    /// names: gives the support, cooperation or aid (`the active support of the United States`,
    /// `the contribution of the United Nations`: a country or organisation by name; `in support
    /// of X` names whom the support is for), withdraws (`the withdrawal of Soviet forces`), or acts
    /// against the party named after it (`the embargo of the United States against Cuba`).
    fn of_names_the_doer(&self, trigger: &TriggerMatch, cameo: &str, start: usize) -> bool {
        if start != trigger.last + 2 {
            return false;
        }
        let mention = self.view.mentions.iter().find(|mention| {
            mention.first == start || (mention.first == start + 1 && self.view.word(start) == "the")
        });
        let Some(mention) = mention else {
            return false;
        };
        // `the embargo of the United States against Cuba`, `the aggression of Armenia against
        // Azerbaijan`: an `of` whose mention an `against` follows names who acts against whom.
        // `the attacks of Russia on Ukraine` likewise, and after a list of doers (`the attacks
        // of Russia and Belarus on Ukraine`).
        let list_last = self
            .coordinated_after(mention)
            .last()
            .copied()
            .flatten()
            .map_or(mention.last, |conjunct| conjunct.last);
        let against_follows = match self.view.word(list_last + 1) {
            "against" => true,
            "on" => cameo.starts_with('1') && self.mention_right_after_word(list_last + 1, "on").is_some(),
            _ => false,
        };
        if cameo.starts_with("08") || against_follows {
            return true;
        }
        // `the visit of the President of France`, `the mediation of the Government of
        // Portugal`: a meeting, visit or mediation `of X` is X's, a person's always, a state's or
        // body's unless a light verb's subject holds it (`Kerry will launch the inaugural meeting
        // of the Working Group`).
        let consults = cameo.starts_with("04");
        if consults && self.is_person(mention.actor) {
            return true;
        }
        // `the proposal of France`, `the offer of Japan`: an intent `of X` is X's.
        let gives = cameo.starts_with("05")
            || cameo.starts_with("07")
            || cameo.starts_with("03")
            || (consults && !self.noun_follows_light_verb(trigger.first));
        let in_support_of = trigger.first > 0 && self.view.word(trigger.first - 1) == "in";
        // `its support of the Palestinian people`: a possessive determiner names the doer, so
        // `of X` is whom the act is for; so does `come to the aid of the Albanian people`.
        let determined_otherwise = self.noun_has_possessive_determiner(trigger.first)
            || self.verb_coming_to_the_aid(trigger.first).is_some();
        // `the technical assistance and financing of the Government of Japan`, `the support of
        // United Nations institutions`, `the cooperation of my Government`, `the assistance of
        // Mr. Annan`: a state, a body, a person or the speaker by name gives too.
        let names_a_giver = self
            .actors
            .actors
            .get(mention.actor)
            .is_some_and(|actor| match mention.kind {
                MentionKind::Name => {
                    matches!(actor.actor_type.as_str(), "country" | "organisation" | "person")
                }
                // `the close cooperation of the Cambodian people`, `the support of the Ugandan
                // Army`: a country's people or force acts too; `our national efforts` names none.
                MentionKind::Composition => {
                    actor.actor_type == "organisation"
                        || (actor.country.is_some()
                            && (actor.sector.as_deref() != Some("CVL")
                                || matches!(
                                    self.view.word(mention.last),
                                    "people" | "peoples" | "population" | "society" | "citizens" | "nation"
                                )))
                }
                MentionKind::Speaker => true,
                _ => false,
            });
        gives && !in_support_of && !determined_otherwise && names_a_giver
    }

    /// The position of the verb when the noun at `first` is what someone comes or rushes to
    /// (`came to our assistance`, `come to the aid of Haiti`): the verb's subject gives it, and
    /// the possessor or the `of` after it receives it.
    fn verb_coming_to_the_aid(&self, first: usize) -> Option<usize> {
        let before = first.checked_sub(1)?;
        let word_before = self.view.word(before);
        let to = if word_before == "the" || POSSESSIVE_DETERMINERS.contains(&word_before) {
            before.checked_sub(1)
        } else {
            self.possessor_mention(first)
                .filter(|possessor| possessor.last + 3 >= first)
                .and_then(|possessor| {
                    self.start_of_noun_phrase_before(possessor.first, 0)
                        .checked_sub(1)
                })
        };
        let verb = to.filter(|&to| self.view.word(to) == "to")?.checked_sub(1)?;
        matches!(
            self.view.word(verb),
            "come" | "comes" | "came" | "coming" | "rush" | "rushes" | "rushed" | "rushing" | "hurried"
        )
        .then_some(verb)
    }

    /// The clause's `subject` when it stands right before `verb`, a finite verb, with at most
    /// three words between (`India came`, `the United Nations has always come`, `The Dominican
    /// people of course came`): not the subject of a clause the verb's own (`to come`, `friends
    /// that came`) is embedded in. (Only auxiliaries and adverbs between, as
    /// `start_of_auxiliaries_before` reads them, would lose the last example.)
    fn subject_right_before_verb<'m>(
        &self,
        subject: Option<&'m MentionInSentence>,
        verb: usize,
    ) -> Option<&'m MentionInSentence> {
        const MOST_WORDS_BETWEEN: usize = 3;
        subject.filter(|subject| {
            subject.last < verb
                && verb - subject.last <= MOST_WORDS_BETWEEN + 1
                && (subject.last + 1..verb).all(|between| {
                    let word = self.view.word(between);
                    self.view.is_word(between) && !matches!(word, "to" | "that" | "who" | "which")
                })
        })
    }

    /// Whether the noun at `first` opens with a possessive determiner, before its adjectives
    /// (`its support`, `our continued and strong support`).
    fn noun_has_possessive_determiner(&self, first: usize) -> bool {
        self.start_of_adjectives_before(first)
            .checked_sub(1)
            .is_some_and(|before| POSSESSIVE_DETERMINERS.contains(&self.view.word(before)))
    }

    /// The subject of the main clause when the noun trigger at `first` stands in an adverbial
    /// that opens the sentence (`During an official visit to Thailand, Ambassador Thomas-Greenfield
    /// announced`, `On a recent visit to Brazil, the Director-General of the WTO stated`): the
    /// first mention after the adverbial's comma that can be a subject.
    fn subject_after_opening_adverbial(&self, first: usize) -> Option<&MentionInSentence> {
        // The adverbial may follow a time adverb of its own (`Today, during an official visit`).
        let opener =
            if self.view.word(1) == "," && matches!(self.view.word(0), "today" | "yesterday" | "tomorrow") {
                2
            } else {
                0
            };
        if !matches!(
            self.view.word(opener),
            "during" | "on" | "in" | "at" | "after" | "while"
        ) {
            return None;
        }
        // The noun must head the adverbial: in `After condemning the attack on Kenya, we`, the
        // attack is the participle's object, not the main subject's act.
        if (opener + 1..first).any(|position| {
            let word = self.view.word(position);
            word == "," || self.view.is_clause_break(position) || is_gerund(word)
        }) {
            return None;
        }
        let comma = (first + 1..self.view.len()).find(|&position| self.view.word(position) == ",")?;
        self.view
            .mentions
            .iter()
            .find(|mention| mention.first > comma && mention.first <= comma + SUBJECT_WINDOW)
            .filter(|mention| !mention.possessive && !self.follows_preposition(mention))
    }

    /// The subject of the main clause when the trigger is a participle that opens the sentence,
    /// alone or after a subordinating word (`Welcoming the agreement, Japan calls on`, `While
    /// welcoming the release of Mr. Mandela, we note`): the first mention right after a comma
    /// that a finite verb follows. A participle clause has no subject of its own. `participle` is
    /// where the participle stands, `last` where the trigger ends: a noun's light verb may be the
    /// participle (`In launching an aggressive war against Ukraine, the Russian Federation has`).
    fn main_subject_of_opening_participle(
        &self,
        participle: usize,
        last: usize,
    ) -> Option<&MentionInSentence> {
        let is_participle = is_gerund(self.view.word(participle));
        let opens_sentence = participle == 0
            || (participle == 1
                && matches!(
                    self.view.word(0),
                    "while" | "after" | "before" | "in" | "by" | "upon" | "on" | "when" | "since"
                ));
        if !is_participle || !opens_sentence {
            return None;
        }
        (last + 1..self.view.len())
            .take_while(|&position| !self.view.is_clause_break(position))
            .filter(|&position| self.view.word(position) == ",")
            .find_map(|comma| {
                let start = if self.view.word(comma + 1) == "the" {
                    comma + 2
                } else {
                    comma + 1
                };
                let mention = self.view.mentions.iter().find(|mention| mention.first == start)?;
                let mut verb = mention.last + 1;
                while is_adverb_before_verb(self.view.word(verb)) {
                    verb += 1;
                }
                let next = self.view.word(verb);
                // `we note`, `I call`: after the speaker's pronoun a plain form is its verb.
                let plain_verb_after_pronoun = mention.kind == MentionKind::Speaker
                    && SUBJECT_PRONOUNS.contains(&self.view.word(mention.first))
                    && self.view.is_word(verb)
                    && !PREPOSITIONS.contains(&next);
                let is_subject = !mention.possessive
                    && (FINITE_AUXILIARIES.contains(&next)
                        || has_regular_finite_verb_ending(next)
                        || plain_verb_after_pronoun);
                is_subject.then_some(mention)
            })
    }

    /// The two parties of `between X and Y` right after the noun trigger ending at `last`.
    /// The document's own government comes first, whatever the order of the text (`the
    /// negotiations between France and the Comoros` in a speech of the Comoros): the gold
    /// guidelines code a symmetric act from it to the other party.
    fn parties_between(&self, last: usize) -> Option<(&MentionInSentence, &MentionInSentence)> {
        // `the agreement reached between Portugal and Indonesia`, `the talks held between`: a
        // participle may stand between the noun and its parties, unless it is a trigger itself
        // (`the agreement signed between`: the signing is the event).
        let next = self.view.word(last + 1);
        let participle_between = last + 2 < self.view.len()
            && self.view.word(last + 2) == "between"
            && next.bytes().all(|byte| byte.is_ascii_lowercase())
            && is_past_participle(next)
            && !self.lexicon.triggers.contains_key(next);
        let between = if participle_between { last + 2 } else { last + 1 };
        let first = self.mention_right_after_word(between, "between")?;
        let second = self.mention_right_after_word(first.last + 1, "and")?;
        let is_own_country = |mention: &MentionInSentence| {
            self.speaker_mention()
                .is_some_and(|speaker| self.same_country(speaker.actor, mention.actor))
        };
        if is_own_country(second) && !is_own_country(first) {
            Some((second, first))
        } else {
            Some((first, second))
        }
    }

    /// The mention that starts right after the word `word` at `position`, or after a `the`
    /// following it (`between the United States and ...`).
    fn mention_right_after_word(&self, position: usize, word: &str) -> Option<&MentionInSentence> {
        if self.view.word(position) != word {
            return None;
        }
        self.mention_opening_at(position + 1)
    }

    /// The mention that starts at `start`, or after a `the` there.
    fn mention_opening_at(&self, start: usize) -> Option<&MentionInSentence> {
        let start = if self.view.word(start) == "the" {
            start + 1
        } else {
            start
        };
        self.view.mentions.iter().find(|mention| mention.first == start)
    }

    /// The possessive mention that determines the trigger at `first`, right before it or across
    /// its adjectives (see [`Self::possessor_before_adjectives`]); a sector with no country
    /// (`their military`) names no agent.
    fn possessor_mention(&self, first: usize) -> Option<&MentionInSentence> {
        let right_before = first.checked_sub(1).and_then(|previous| {
            self.view.mentions.iter().find(|mention| {
                mention.possessive
                    && (mention.last == previous
                        || (mention.last + 2 == first
                            && matches!(self.view.word(previous), "'s" | "’s" | "'" | "’")))
            })
        });
        // `my first visit`, `its brutal, unprovoked invasion`: a possessive determiner is a
        // possessor of its own.
        let across_adjectives = || {
            let possessor = self.possessor_before_adjectives(first)?;
            let determiner = POSSESSIVE_DETERMINERS.contains(&self.view.word(possessor));
            self.view
                .mentions
                .iter()
                .find(|mention| (mention.possessive || determiner) && mention.last == possessor)
        };
        right_before
            .or_else(across_adjectives)
            .or_else(|| self.whose_antecedent(first))
            .filter(|mention| !self.is_anonymous_group(mention.actor))
    }

    /// The actor a possessor found as an act's agent stands for: the possessor itself, or, for a
    /// possessive pronoun in a sentence's opening phrase, the subject after the phrase (see
    /// [`Self::subject_after_opening_phrase`]). [`Self::possessor_mention`] stays positional, for
    /// the rules that read the words around the possessive.
    fn possessor_standing_for<'m>(&'m self, possessor: &'m MentionInSentence) -> &'m MentionInSentence {
        self.subject_after_opening_phrase(possessor).unwrap_or(possessor)
    }

    /// The subject that a possessive pronoun in a sentence's opening phrase stands for (`In its
    /// appeal, the Office of the United Nations High Commissioner for Refugees refers`, `For its
    /// part, Rwanda`): the pronoun points forward to the actor that opens the clause after the
    /// phrase's comma, not back to the actor named before it.
    fn subject_after_opening_phrase(&self, pronoun: &MentionInSentence) -> Option<&MentionInSentence> {
        let is_pronoun = pronoun.first == pronoun.last
            && matches!(self.view.word(pronoun.first), "its" | "his" | "her" | "their");
        // The pronoun right after the sentence's first word, a preposition: `In this
        // connection I should like to indicate the value Kazakhstan places on its cooperation
        // with the IMF, the World Bank` has no opening phrase around its `its`.
        if !is_pronoun || pronoun.first != 1 || !OPENING_PHRASE_PREPOSITIONS.contains(&self.view.word(0)) {
            return None;
        }
        let comma = (pronoun.last + 1..(pronoun.last + OPENING_PHRASE_WORDS).min(self.view.len()))
            .find(|&position| self.view.word(position) == ",")?;
        let subject_start = comma + 1 + usize::from(self.view.word(comma + 1) == "the");
        self.view.mentions.iter().find(|mention| {
            !mention.possessive
                && (mention.first == comma + 1 || mention.first == subject_start)
                && !self.is_anonymous_group(mention.actor)
        })
    }

    /// The two sides of a noun at `first` that a hyphenated pair of parties modifies, across its
    /// adjectives (`the U.S.-Israel partnership`, `U.S.-Japan economic cooperation`): the first
    /// named first, as `between X and Y` gives them. The pair is one token with a name mention
    /// for each part (the actors stage's hyphenated compounds).
    fn hyphenated_sides_before(
        &self,
        first: usize,
    ) -> Option<(Option<&MentionInSentence>, Option<&MentionInSentence>)> {
        let mut before = first.checked_sub(1)?;
        while self.is_premodifying_adjective(before) {
            before = before.checked_sub(1)?;
        }
        let mut parts = self.view.mentions.iter().filter(|mention| {
            mention.first == before && mention.last == before && mention.kind == MentionKind::Name
        });
        let (source, target) = (parts.next()?, parts.next()?);
        (source.actor != target.actor).then_some((Some(source), Some(target)))
    }

    /// Whether the word at `position` is a lower-case adjective of no actor, by its ending, the
    /// list of plain adjectives or as a hyphenated compound (`premeditated`, `unprovoked`,
    /// `generous`, `full`, `full-scale`).
    fn is_premodifying_adjective(&self, position: usize) -> bool {
        let word = self.view.word(position);
        self.view.is_word(position)
            && self.view.mention_at(position).is_none()
            && word.bytes().all(|byte| byte.is_ascii_lowercase() || byte == b'-')
            && (has_adjective_ending(word)
                || PLAIN_ADJECTIVES.contains(&word)
                || is_hyphenated_modifier(word))
    }

    /// The antecedent of a `whose` that determines the trigger at `first`, right before it or
    /// across its adjectives (`France, whose military intervention`): the relative possessive
    /// stands for the actor before it.
    fn whose_antecedent(&self, first: usize) -> Option<&MentionInSentence> {
        let mut position = first;
        while position > 0 && first - position < MAX_PREMODIFIER_TOKENS {
            let word = self.view.word(position - 1);
            if word == "whose" {
                return self.relative_antecedent(position - 1);
            }
            if !(self.is_premodifying_adjective(position - 1) || matches!(word, "," | "and" | "or")) {
                return None;
            }
            position -= 1;
        }
        None
    }

    /// The last position of the possessor that opens the noun phrase of the trigger at `first`
    /// when only adjectives stand between them (`Russia's premeditated, unprovoked, and
    /// unjustified attack`, `Iran's destabilizing support`): a possessive is a determiner, so
    /// the first noun after it heads its phrase, and a trigger form there is that noun, not a
    /// verb. An adjective is told from a noun (`Russia's troops attacked`) by its ending or by
    /// its coordination with commas; at least one adjective must stand there.
    fn possessor_before_adjectives(&self, first: usize) -> Option<usize> {
        let mut position = first;
        let mut adjectives = 0;
        while position > 0 && first - position < MAX_PREMODIFIER_TOKENS {
            let word = self.view.word(position - 1);
            let coordinates = matches!(word, "," | "and" | "or");
            let adjective = self.is_premodifying_adjective(position - 1);
            if !(coordinates || adjective) {
                break;
            }
            adjectives += usize::from(adjective);
            position -= 1;
        }
        if adjectives == 0 || position == first {
            return None;
        }
        let opener = position.checked_sub(1)?;
        // The first adjective follows the possessor directly.
        if !self.view.is_word(position) || matches!(self.view.word(position), "," | "and" | "or") {
            return None;
        }
        let word = self.view.word(opener);
        let possessive_ending = matches!(word, "'s" | "’s" | "'" | "’");
        let possessor = if possessive_ending {
            opener.checked_sub(1)?
        } else {
            opener
        };
        let is_possessive = possessive_ending
            || POSSESSIVE_DETERMINERS.contains(&word)
            || word.ends_with("'s")
            || word.ends_with("’s")
            || self
                .view
                .mentions
                .iter()
                .any(|mention| mention.possessive && mention.last == possessor);
        is_possessive.then_some(possessor)
    }

    /// Whether the trigger at `first` follows an article or determiner and one or two
    /// adjectives (`an official visit`, `a recent visit`, `the first bilateral meeting`): a noun.
    fn follows_determiner_and_adjective(&self, first: usize) -> bool {
        let is_adjective = |position: usize| {
            let word = self.view.word(position);
            self.view.is_word(position)
                && self.view.mention_at(position).is_none()
                && (PLAIN_ADJECTIVES.contains(&word)
                    || (!word.ends_with("ed") && !word.ends_with("ing") && has_adjective_ending(word))
                    || is_hyphenated_modifier(word))
        };
        self.follows_determiner_and_modifiers(first, is_adjective)
    }

    /// Whether one or two words that `is_modifier` accepts stand between a determiner and the
    /// trigger at `first` (`an official visit`, `the terror attacks`).
    fn follows_determiner_and_modifiers(&self, first: usize, is_modifier: impl Fn(usize) -> bool) -> bool {
        (1..=2).any(|modifiers| {
            first > modifiers
                && (first - modifiers..first).all(&is_modifier)
                && NOUN_DETERMINERS.contains(&self.view.word(first - modifiers - 1))
        })
    }

    /// Whether the trigger ends a noun compound after a determiner and is followed by a
    /// preposition or the clause's end (`condemned the terror attacks against Israelis`): a verb
    /// after a subject `the terror` would take an object instead (`the regime attacks civilians`).
    fn ends_noun_compound_before_preposition(&self, trigger: &TriggerMatch) -> bool {
        let is_modifier = |position: usize| {
            let word = self.view.word(position);
            self.view.is_word(position)
                && self.view.mention_at(position).is_none()
                && word.chars().all(|character| character.is_lowercase())
                && !NOUN_DETERMINERS.contains(&word)
        };
        let after = self.view.word(trigger.last + 1);
        let ends_phrase = after.is_empty()
            || matches!(
                after,
                "against" | "on" | "in" | "by" | "from" | "at" | "." | "," | ";"
            );
        ends_phrase && self.follows_determiner_and_modifiers(trigger.first, is_modifier)
    }

    /// The possessor of a carrier noun a few words before a noun trigger (`Japan's announcement
    /// today of comprehensive financial sanctions`, `Mexico's strong statements in support of`):
    /// who announces, decides or pledges an act is the one who does it. The trigger must be the
    /// carrier's complement; no other actor may stand between the carrier and the trigger, nor
    /// more than two adjectives between the possessor and the carrier.
    fn carrier_possessor(&self, first: usize) -> Option<&MentionInSentence> {
        let carrier = (first.saturating_sub(CARRIER_DISTANCE + 1)..first)
            .rev()
            .take_while(|&position| self.view.is_word(position) && self.view.mention_at(position).is_none())
            .find(|&position| self.lexicon.is_cue(CueKind::Carrier, self.view.word(position)))?;
        // The event noun is the carrier's complement (`of`, `in support`, `to`), not a noun
        // coordinated with it (`our efforts and the support of our partners`).
        let between = carrier + 1..first;
        let is_complement = between
            .clone()
            .any(|position| matches!(self.view.word(position), "of" | "in" | "to" | "for" | "on"))
            && !between
                .clone()
                .any(|position| matches!(self.view.word(position), "and" | "or" | "but"));
        if !is_complement {
            return None;
        }
        self.view.mentions.iter().find(|mention| {
            mention.possessive
                && mention.last < carrier
                && carrier - mention.last <= 3
                && (mention.last + 1..carrier)
                    .all(|between| self.view.is_word(between) && self.view.mention_at(between).is_none())
        })
    }

    /// The antecedent of a possessive pronoun that the actor analysis left unresolved, right
    /// before a noun trigger or one adjective before it (`call on the Taliban to end their
    /// military offensive`): the nearest earlier mention of the sentence that is not the speaker.
    fn possessive_pronoun_antecedent(&self, first: usize) -> Option<&MentionInSentence> {
        let pronoun = self.unresolved_possessive_pronoun_before(first)?;
        let nearest = self
            .view
            .mentions
            .iter()
            .rev()
            .find(|mention| mention.last < pronoun && mention.kind != MentionKind::Speaker)?;
        if self.view.word(pronoun) != "their" {
            // `Our people will never forget his decisive support`: a `his` or `her` stands for a
            // person (or an office such as `the Secretary-General`), not for a people or a state
            // named before it.
            let is_people_or_state = self
                .actors
                .actors
                .get(nearest.actor)
                .is_some_and(|actor| matches!(actor.actor_type.as_str(), "country" | "group"));
            return (!is_people_or_state).then_some(nearest);
        }
        // `both Kosovo and Serbia during their first meetings`, `to Australia, New Zealand and
        // the Pacific Island countries for their continued support`: a plural possessive after a
        // coordination is the coordination's, from its first-named on (each conjunct gets the
        // act, see `code_trigger`).
        let mut first_conjunct = nearest;
        while let Some(previous) = self.view.mentions.iter().rev().find(|mention| {
            mention.last < first_conjunct.first
                && self.joins_conjuncts(mention.last + 1..first_conjunct.first)
        }) {
            first_conjunct = previous;
        }
        Some(first_conjunct)
    }

    /// Where an unresolved `their`, `his` or `her` stands right before the noun trigger at
    /// `first` or one adjective before it.
    fn unresolved_possessive_pronoun_before(&self, first: usize) -> Option<usize> {
        (first.saturating_sub(2)..first).find(|&position| {
            matches!(self.view.word(position), "their" | "his" | "her")
                && self.view.mention_at(position).is_none()
                && (position + 1..first).all(|between| self.view.is_word(between))
        })
    }

    /// The demonym before one lower-case noun modifier of the trigger at `first` (`the Russian
    /// missile attack`): the form is then a noun, and the demonym names its agent.
    fn demonym_before_noun_modifier(&self, first: usize) -> Option<&MentionInSentence> {
        if first < 2 || !self.is_bare_word(first - 1) || matches!(self.view.word(first - 1), "and" | "or") {
            return None;
        }
        self.view
            .mentions
            .iter()
            .find(|mention| mention.kind == MentionKind::Modifier && mention.last + 2 == first)
            .filter(|mention| !self.is_anonymous_group(mention.actor))
    }

    /// A possessor that determines the trigger's noun phrase across a few lower-case modifiers,
    /// nouns among them (`Our security and counterterrorism cooperation`, `Russia's military
    /// build-up`): no preposition, determiner or name stands between.
    fn possessor_across_noun_modifiers(&self, first: usize) -> Option<&MentionInSentence> {
        const MOST_MODIFIER_TOKENS: usize = 4;
        self.view
            .mentions
            .iter()
            .rev()
            .filter(|mention| mention.possessive && mention.last + 1 < first)
            .find(|mention| first - mention.last <= MOST_MODIFIER_TOKENS + 1)
            .filter(|mention| {
                (mention.last + 1..first).all(|between| {
                    let word = self.view.word(between);
                    let apostrophe = matches!(word, "'s" | "’s" | "'" | "’") && between == mention.last + 1;
                    apostrophe
                        || (self.view.is_word(between)
                            && self.view.mention_at(between).is_none()
                            && word
                                .chars()
                                .all(|character| character.is_lowercase() || character == '-')
                            && !PREPOSITIONS.contains(&word)
                            && !NOUN_DETERMINERS.contains(&word)
                            && !SUBJECT_SLOT_FILLERS.contains(&word))
                })
            })
            .filter(|mention| !self.is_anonymous_group(mention.actor))
    }

    /// Whether the noun after a possessive mention stands for the possessor itself (`our
    /// government`, `its people`), or the mention is the last word.
    fn possessed_noun_is_the_actor(&self, mention: &MentionInSentence) -> bool {
        let next = mention.last + 1;
        next >= self.view.len()
            || !self.view.is_word(next)
            || self.view.mention_at(next).is_some()
            || matches!(
                self.view.word(next),
                "country" | "government" | "nation" | "state" | "people" | "delegation" | "administration"
            )
    }

    /// The subject of a relative clause right after a noun trigger that has the noun as its
    /// object (`the sanctions we imposed on Moscow`, `the aid the United States provided`).
    fn relative_clause_subject(&self, last: usize) -> Option<&MentionInSentence> {
        // `the support that we have received`: a relative pronoun may open the clause.
        let clause_start = if matches!(self.view.word(last + 1), "that" | "which") {
            last + 2
        } else {
            last + 1
        };
        let mention = self
            .view
            .mentions
            .iter()
            .find(|mention| mention.first == clause_start && !mention.possessive)?;
        let verb = mention.last + 1;
        let verb_follows = verb < self.view.len() && {
            let word = self.view.word(verb);
            // `the discussions we held`, `the steps they took`: common irregular past forms too.
            word.ends_with("ed")
                || matches!(
                    word,
                    "have"
                        | "has"
                        | "had"
                        | "gave"
                        | "sent"
                        | "made"
                        | "held"
                        | "took"
                        | "undertook"
                        | "led"
                        | "paid"
                        | "brought"
                )
        };
        verb_follows.then_some(mention)
    }

    /// Whether a noun trigger is the capitalised last word of a name (`After the Patriotic War`,
    /// `the Second World War`, `the Cold War`). For violence (18x–20x) such a name is a period,
    /// not an act of the sentence's actors; a named summit or dialogue (`the U.S.-ASEAN Special
    /// Summit`) is still an event. A country before it makes no such name (`the Iraq War` is the
    /// war of whoever the sentence says).
    fn ends_a_proper_name(&self, trigger: &TriggerMatch) -> bool {
        // The view's words are lower case; the case is read from the text.
        let starts_upper = |position: usize| {
            self.view
                .tokens
                .get(position)
                .and_then(|token| self.text.get(token.start..token.end))
                .is_some_and(|word| word.starts_with(char::is_uppercase))
        };
        trigger.first >= 2
            && starts_upper(trigger.first)
            && starts_upper(trigger.first - 1)
            && self.view.is_word(trigger.first - 1)
            && self.view.mention_at(trigger.first - 1).is_none()
    }

    /// Whether two actors belong to the same country (`USA/GOV` and `USA`).
    fn same_country(&self, first: usize, second: usize) -> bool {
        let country = |actor: usize| {
            self.actors
                .actors
                .get(actor)
                .and_then(|actor| actor.country.as_deref())
        };
        country(first).is_some_and(|first| Some(first) == country(second))
    }

    /// Whether the trigger is a judgement (praise or criticism) that its subject deserves: a
    /// participle after `deserve(s) to be` or `has to be` (`deserve to be commended`, `has to be
    /// commended`), the speaker's evaluation rather than a demand on someone else.
    fn is_deserved_judgement(&self, trigger: &TriggerMatch, cameo: &str) -> bool {
        let judgement = cameo.starts_with("051") || cameo.starts_with("11");
        judgement
            && trigger.first == trigger.last
            && trigger.first >= 3
            && self.view.word(trigger.first - 1) == "be"
            && self.view.word(trigger.first - 2) == "to"
            && matches!(
                self.view.word(trigger.first - 3),
                "deserve" | "deserves" | "deserved" | "has" | "have"
            )
    }

    /// Whether the trigger is `welcome` as the predicate of a copula (`is welcome`, `is
    /// therefore most welcome`, `are very welcome`), across adverbs: the speaker welcomes the
    /// subject. `are welcome to visit` invites rather than welcomes, and is left alone.
    fn is_predicative_welcome(&self, trigger: &TriggerMatch, cameo: &str) -> bool {
        const COPULAS: &[&str] = &["is", "are", "was", "were", "be", "been", "remains", "remain"];
        const DEGREE_ADVERBS: &[&str] = &[
            "most",
            "very",
            "therefore",
            "also",
            "indeed",
            "thus",
            "particularly",
            "especially",
            "equally",
            "all",
            "the",
            "more",
            "so",
            "hence",
        ];
        if !cameo.starts_with("051")
            || trigger.first != trigger.last
            || self.view.word(trigger.first) != "welcome"
            || self.view.word(trigger.last + 1) == "to"
        {
            return false;
        }
        let mut before = trigger.first;
        while before > 0 {
            before -= 1;
            let word = self.view.word(before);
            if COPULAS.contains(&word) {
                return true;
            }
            let adverb = DEGREE_ADVERBS.contains(&word) || (word.len() > 4 && word.ends_with("ly"));
            if !adverb || trigger.first - before > 4 {
                return false;
            }
        }
        false
    }

    /// Whether the trigger is a verb of alignment (an `alignment` cue: `join`) aligning its
    /// subject with others in an act that follows
    /// (`Malta joins other delegations in welcoming`, `I join others in congratulating`): the
    /// act is the event, the joining is none.
    fn joins_others_in_an_act(&self, trigger: &TriggerMatch) -> bool {
        self.lexicon
            .is_cue(CueKind::Alignment, self.view.word(trigger.first))
            && (trigger.last + 1..(trigger.last + JOINED_OTHERS_MAX_WORDS).min(self.view.len()))
                .take_while(|&position| {
                    !self.view.is_clause_break(position) && self.view.word(position) != ","
                })
                .any(|position| {
                    let next = self.view.word(position + 1);
                    self.view.word(position) == "in" && next.len() > 4 && next.ends_with("ing")
                })
    }

    /// The subject of a relative clause after a noun trigger whose verb is one of receiving (`the
    /// support we have received`, `the assistance Haiti received`): the one who receives what the
    /// noun names, not the one who gives it.
    fn relative_clause_recipient(&self, last: usize) -> Option<&MentionInSentence> {
        let mention = self.relative_clause_subject(last)?;
        let mut verb = mention.last + 1;
        if matches!(self.view.word(verb), "have" | "has" | "had") {
            verb += 1;
        }
        self.lexicon
            .is_cue(CueKind::Receipt, self.view.word(verb))
            .then_some(mention)
    }

    /// The agent named after a trigger ending at `last`: the first mention in the object window
    /// right after an agent cue (`by X`, `at the hands of X`).
    fn agent_after(&self, last: usize) -> Option<&MentionInSentence> {
        let mut buffer = String::new();
        self.first_mention_after(last, |start| {
            (1..=4).any(|count| {
                start >= last + 1 + count
                    && self
                        .view
                        .phrase(start - count, count, &mut buffer)
                        .is_some_and(|phrase| self.lexicon.is_cue(CueKind::Agent, phrase))
            })
        })
    }

    /// The first mention within the object window that directly follows one of `words`.
    fn mention_after_word(&self, last: usize, words: &[&str]) -> Option<&MentionInSentence> {
        self.first_mention_after(last, |start| {
            start > last + 1 && words.contains(&self.view.word(start - 1))
        })
    }

    /// The first mention in the object window of a trigger ending at `last` whose noun phrase
    /// (the mention with the articles and adjectives before it) starts where `is_marked` says.
    fn first_mention_after(
        &self,
        last: usize,
        mut is_marked: impl FnMut(usize) -> bool,
    ) -> Option<&MentionInSentence> {
        let window_end = self.window_end(last);
        self.view
            .mentions
            .iter()
            .filter(|mention| mention.first > last && mention.first < window_end)
            .find(|mention| {
                let with_openers = |start: usize| self.start_of_noun_phrase_before(start, last + 1);
                let start = with_openers(mention.first);
                // `the appeal by the Chairman of the African National Congress`: an office of an
                // organisation stands for it, so the noun phrase starts at the office.
                let start = self
                    .office_before_organisation(mention, start, last)
                    .map_or(start, with_openers);
                is_marked(start)
            })
    }

    /// Where the office before `<office> of [the] <organisation>` starts, `start` being where the
    /// organisation's noun phrase starts, if a partitive cue names the office (`Chairman of`,
    /// `President of`) after `last`.
    fn office_before_organisation(
        &self,
        mention: &MentionInSentence,
        start: usize,
        last: usize,
    ) -> Option<usize> {
        if start >= last + 3
            && self.view.word(start - 1) == "of"
            && self.is_partitive(start - 2)
            && self
                .actors
                .actors
                .get(mention.actor)
                .is_some_and(|actor| actor.actor_type == "organisation")
        {
            Some(start - 2)
        } else {
            None
        }
    }

    /// Where the object window of a trigger ending at `last` ends: at a clause break, a quotation
    /// mark, or after
    /// [`OBJECT_WINDOW`] tokens.
    fn window_end(&self, last: usize) -> usize {
        let limit = (last + 1 + OBJECT_WINDOW).min(self.view.len());
        // Inside a relative clause set off by commas (`UNITA, which rejects the agreement,
        // attacked Luanda`), the comma that closes it ends the object as well.
        let inside_relative_aside = self.opens_relative_aside_before(last);
        // A quotation mark ends the object too: what follows a closing mark (`"...," the minister
        // said`) is outside the quoted clause.
        (last + 1..limit)
            .find(|&position| {
                self.view.is_clause_break(position)
                    || matches!(self.view.word(position), "\"" | "“" | "”" | "«" | "»")
                    || (inside_relative_aside && self.view.word(position) == ",")
            })
            .unwrap_or(limit)
    }

    /// Whether the trigger ending at `last` stands in a relative clause that `, who` or `, which`
    /// opened, with no comma or clause break since.
    fn opens_relative_aside_before(&self, last: usize) -> bool {
        (1..=last)
            .rev()
            .map(|position| (position, self.view.word(position)))
            .take_while(|&(position, word)| word != "," && !self.view.is_clause_break(position))
            .any(|(position, word)| matches!(word, "who" | "which") && self.view.word(position - 1) == ",")
    }

    /// Whether the verb is passive: a form of `to be` before a participle, perhaps with adverbs
    /// or a coordinated participle or adjective between (`are reportedly still missing or
    /// detained`).
    fn is_passive(&self, trigger: &TriggerMatch) -> bool {
        // `we are committed to`: a participle with its own `to` is an adjective of the subject.
        if self.view.word(trigger.last) == "to" {
            return false;
        }
        let participle = self.view.word(trigger.first);
        let is_participle = is_past_participle(participle);
        // `to be` close before the participle, with no subject of a clause of its own in between
        // (`this is why we condemned` is active).
        let be_right_before = (trigger.first.saturating_sub(3)..trigger.first).any(|before| {
            self.lexicon.is_cue(CueKind::Passive, self.view.word(before))
                && (before + 1..trigger.first).all(|between| {
                    let word = self.view.word(between);
                    self.view.mention_at(between).is_none()
                        && !SUBJECT_PRONOUNS.contains(&word)
                        && !CLAUSE_OPENERS.contains(&word)
                })
        });
        let be_before_modifiers = || {
            (trigger.first.saturating_sub(PASSIVE_MODIFIER_WORDS + 1)..trigger.first)
                .rev()
                .find(|&before| !self.is_passive_modifier(before))
                .is_some_and(|before| self.lexicon.is_cue(CueKind::Passive, self.view.word(before)))
        };
        is_participle && (be_right_before || be_before_modifiers())
    }

    /// Whether the word at `position` may stand between `to be` and a passive participle: an
    /// adverb, a coordinator, or another participle or adjective in `-ed`/`-ing`.
    fn is_passive_modifier(&self, position: usize) -> bool {
        let word = self.view.word(position);
        self.view.is_word(position)
            && self.view.mention_at(position).is_none()
            && (word.ends_with("ly")
                || word.ends_with("ed")
                || word.ends_with("ing")
                || matches!(
                    word,
                    "or" | "and" | "still" | "also" | "already" | "now" | "not" | "never"
                ))
    }

    /// Whether the verb trigger is a participle that follows the noun it qualifies and is
    /// followed by `between X and Y` (`the agreement signed between the United States and
    /// Russia`), rather than a finite verb after its subject.
    fn participle_before_parties(&self, trigger: &TriggerMatch) -> bool {
        let participle = self.view.word(trigger.first);
        trigger.first == trigger.last
            // Not every irregular participle: `the agreement struck between Israel and the UAE`
            // would give the strike's code to the parties.
            && (participle.ends_with("ed") || matches!(participle, "met" | "held"))
            && trigger.first > 0
            && self.view.is_word(trigger.first - 1)
            && self.view.mention_at(trigger.first - 1).is_none()
            && {
                let before = self.view.word(trigger.first - 1);
                !FINITE_AUXILIARIES.contains(&before)
                    && !SUBJECT_PRONOUNS.contains(&before)
                    && !matches!(before, "be" | "been" | "being" | "having")
            }
            && self.parties_between(trigger.last).is_some()
    }

    /// Whether the verb is a participle followed by its agent (`by X`), or done to the civilians
    /// right before it, with no auxiliary before it: a reduced passive (`the agreement brokered
    /// by the EU`), not an active verb.
    fn is_reduced_passive(&self, trigger: &TriggerMatch) -> bool {
        let participle = self.view.word(trigger.first);
        let is_participle = is_past_participle(participle);
        let agent_follows = (self.view.word(trigger.last + 1) == "by"
            || self.agent_cue_after_recipient(trigger.last).is_some())
            && self.agent_after(trigger.last).is_some();
        let after_auxiliary = trigger.first > 0
            && matches!(
                self.view.word(trigger.first - 1),
                "has" | "have" | "had" | "having"
            );
        // `the 38 Australians murdered in this atrocity`, `civilians killed during the shelling`,
        // `a U.S. citizen unjustly detained in Iran`, `all those detained`: a participle right
        // after civilians or `those` (and its adverbs), with no object after it, is done to them.
        let patient_end = self.start_of_manner_adverbs_before(trigger.first);
        let done_to_civilians = !agent_follows
            && participle.ends_with("ed")
            && patient_end > 0
            && (self.view.word(patient_end - 1) == "those"
                || self.view.mentions.iter().any(|mention| {
                    mention.last + 1 == patient_end
                        && self
                            .actors
                            .actors
                            .get(mention.actor)
                            .is_some_and(|actor| actor.sector.as_deref() == Some("CVL"))
                }))
            && {
                let next = self.view.word(trigger.last + 1);
                PREPOSITIONS.contains(&next) || !self.view.is_word(trigger.last + 1)
            };
        (is_participle && (agent_follows || done_to_civilians))
            && !after_auxiliary
            && trigger.first == trigger.last
    }

    /// The country in which a detention in the passive with no agent took place (`a U.S. citizen
    /// unjustly detained in Iran`, `journalists who have been detained in Belarus`): a state
    /// detains on its own soil, and the gold sets code its government as the agent.
    fn detaining_state(&self, trigger: &TriggerMatch, cameo: &str) -> Option<&MentionInSentence> {
        const ARREST_OR_DETAIN: &str = "173";
        if !cameo.starts_with(ARREST_OR_DETAIN) || self.view.word(trigger.last + 1) != "in" {
            return None;
        }
        self.view.mentions.iter().find(|mention| {
            mention.first == trigger.last + 2
                && self
                    .actors
                    .actors
                    .get(mention.actor)
                    .is_some_and(|actor| actor.actor_type == "country")
        })
    }

    /// Where the manner adverbs right before `position` start (`unjustly detained`): `position`
    /// itself when there are none.
    fn start_of_manner_adverbs_before(&self, position: usize) -> usize {
        let mut start = position;
        while start > 0 && {
            let word = self.view.word(start - 1);
            word.len() > 4 && word.ends_with("ly") && self.is_bare_word(start - 1)
        } {
            start -= 1;
        }
        start
    }

    /// The position of the `by` after a participle ending at `last` and the short `to` or `for`
    /// phrase that names its recipient (`the services provided to Palestinian refugees by UNRWA`,
    /// `the aid sent to Haiti by Japan`), with no punctuation between.
    fn agent_cue_after_recipient(&self, last: usize) -> Option<usize> {
        const MOST_RECIPIENT_TOKENS: usize = 6;
        if !matches!(self.view.word(last + 1), "to" | "for") {
            return None;
        }
        (last + 2..(last + 2 + MOST_RECIPIENT_TOKENS).min(self.view.len()))
            .take_while(|&position| self.view.is_word(position))
            .find(|&position| position > last + 2 && self.view.word(position) == "by")
    }

    /// Whether a request or a refusal ending at `request_last` governs the act at `position`
    /// (`urged X to <act>`, `refused to <act>`).
    fn is_complement_of_request_or_refusal(&self, request_last: usize, position: usize) -> bool {
        position > request_last
            && position - request_last <= 10
            && position > 0
            && self.view.word(position - 1) == "to"
            && !(request_last + 1..position).any(|between| self.view.is_clause_break(between))
    }

    /// Whether a negation comes shortly before `position`, after `floor`.
    fn is_negated(&self, position: usize, floor: usize) -> bool {
        let start = position.saturating_sub(QUALIFIER_WINDOW).max(floor);
        let Some(negation) = self.cue_span_between(CueKind::Negation, start, position) else {
            return false;
        };
        if negation.end < self.view.len() && self.view.word(negation.end) == "only" {
            return false;
        }
        // `did not hesitate to condemn`, `has never failed to support`: a negated verb of holding
        // back asserts the act. The omission either follows the negation or is itself the last
        // negation cue (`failed to`) with another before it.
        let negated_omission = self
            .cue_span_between(CueKind::Omission, start, position)
            .is_some_and(|omission| {
                omission.start >= negation.end
                    || (omission == negation
                        && self
                            .cue_span_between(CueKind::Negation, start, negation.start)
                            .is_some())
            });
        !negated_omission
    }

    /// The position after which every event is denied by a negated perception (`we have not seen
    /// any condemnation`, `we have not heard that the US condemns`).
    fn negated_perception_position(&self) -> Option<usize> {
        (0..self.view.len()).find(|&position| {
            self.lexicon.is_cue(CueKind::Negation, self.view.word(position))
                && (position + 1..(position + 4).min(self.view.len()))
                    .any(|after| self.lexicon.is_cue(CueKind::Perception, self.view.word(after)))
        })
    }

    /// The modality cue shortly before `position`, after `floor`.
    fn modality_before(&self, position: usize, floor: usize) -> Modality {
        let modality = self.modality_after_floor(position, floor);
        if modality == Modality::Asserted {
            return modality;
        }
        // `I would like to thank`, `I should like to congratulate`: the courtesy's modal is not
        // the act's; only what follows the courtesy qualifies it. (Sought only when a modal was
        // found: most acts have none, and the search is not free.)
        match self.cue_between(
            CueKind::Politeness,
            position.saturating_sub(QUALIFIER_WINDOW).max(floor),
            position,
        ) {
            Some(cue_end) => self.modality_after_floor(position, floor.max(cue_end)),
            None => modality,
        }
    }

    /// The modality that the cues between `floor` and `position` give the act at `position`.
    fn modality_after_floor(&self, position: usize, floor: usize) -> Modality {
        let start = position.saturating_sub(QUALIFIER_WINDOW).max(floor);
        // A predicate coordinated with an earlier one (`X should join ..., end ... and
        // investigate ...`) shares its modal.
        let shares_earlier_modal = self.subject_slot_is_empty(position)
            && self
                .cue_between(CueKind::Demanded, floor, position)
                .is_some_and(|cue_end| {
                    !(cue_end..position).any(|between| self.view.is_clause_break(between))
                });
        // Likewise a predicate or purpose infinitive after an announced act shares its future (`the
        // Under Secretary will meet the President and hold a roundtable`, `will travel to
        // Tajikistan to meet senior officials`).
        let shares_earlier_future = (self.subject_slot_is_empty(position)
            || (position > 0 && self.view.word(position - 1) == "to"))
            && self
                .cue_between(CueKind::Future, floor, position)
                .is_some_and(|cue_end| {
                    !(cue_end..position)
                        .any(|between| self.view.is_clause_break(between) || self.view.word(between) == ",")
                });
        if shares_earlier_modal || self.cue_between(CueKind::Demanded, start, position).is_some() {
            Modality::Demanded
        } else if shares_earlier_future
            || self.cue_between(CueKind::Future, start, position).is_some()
            || self.would_reports_a_future(start, position)
        {
            Modality::Future
        } else if self.cue_between(CueKind::Hypothetical, start, position).is_some()
            || (0..position).any(|before| matches!(self.view.word(before), "if" | "unless"))
        {
            Modality::Hypothetical
        } else {
            Modality::Asserted
        }
    }

    /// Whether the only modal before the act at `position` is a `would` in a clause reported by a
    /// speech verb (`Samoa announced that it would sign the Treaty`): the future of the past, as
    /// announced, not a supposition. A conditional anywhere in the sentence (`would attack if`)
    /// keeps it hypothetical.
    fn would_reports_a_future(&self, start: usize, position: usize) -> bool {
        let Some(would) = (start..position)
            .rev()
            .find(|&before| self.view.word(before) == "would")
        else {
            return false;
        };
        let other_modal = self
            .cue_span_between(CueKind::Hypothetical, would + 1, position)
            .is_some();
        let conditional = (0..self.view.len()).any(|word| matches!(self.view.word(word), "if" | "unless"));
        let reported = (would.saturating_sub(REPORTED_WOULD_WINDOW)..would).any(|speech| {
            self.lexicon.is_cue(CueKind::Speech, self.view.word(speech))
                && self.view.word(speech + 1) == "that"
        });
        reported && !other_modal && !conditional
    }

    /// The position after the nearest word before the noun phrase starting at
    /// `noun_phrase_start` that governs its noun with a meaning of its own (`accept` in `will
    /// never accept the occupation`), or 0: qualifiers before that word belong to it.
    /// Auxiliaries, `be` and `have`, negations, adverbs, light verbs (`will issue a condemnation`)
    /// and perception verbs (`have not seen any condemnation`) pass the qualifiers on to the noun.
    fn governing_verb_floor(&self, noun_phrase_start: usize) -> usize {
        let reach = noun_phrase_start.saturating_sub(QUALIFIER_WINDOW);
        (reach..noun_phrase_start)
            .rev()
            .find(|&position| {
                let word = self.view.word(position);
                let passes_qualifiers_on = !self.view.is_word(position)
                    || QUALIFIER_CARRIERS.contains(&word)
                    || word.ends_with("ly")
                    || self.lexicon.is_cue(CueKind::Negation, word)
                    || self.lexicon.is_cue(CueKind::Demanded, word)
                    || self.lexicon.is_cue(CueKind::Future, word)
                    || self.lexicon.is_cue(CueKind::Hypothetical, word)
                    || self.lexicon.is_cue(CueKind::Passive, word)
                    || self.lexicon.is_cue(CueKind::LightVerb, word)
                    || self.lexicon.is_cue(CueKind::Perception, word);
                !passes_qualifiers_on
            })
            .map_or(0, |position| position + 1)
    }

    /// The first token of the noun phrase whose head is the noun at `first`: back over its
    /// determiners, adjectives and possessors (`the international community's`).
    fn noun_phrase_start(&self, first: usize) -> usize {
        let mut noun_phrase_start = first;
        while noun_phrase_start > 0 && first - noun_phrase_start < MAX_PREMODIFIER_TOKENS {
            let before = noun_phrase_start - 1;
            let word = self.view.word(before);
            let premodifies = NOUN_DETERMINERS.contains(&word)
                || PLAIN_ADJECTIVES.contains(&word)
                || QUANTITY_PREMODIFIERS.contains(&word)
                || matches!(word, "'s" | "’s" | "," | "and")
                || self.view.mention_at(before).is_some()
                || has_adjective_ending(word);
            if !premodifies {
                // `received a great deal of support`, `a lot of help`: a quantity's `of` leads
                // on to the noun it counts.
                let quantity_of = (word == "of")
                    .then(|| self.start_of_quantity_before(before))
                    .flatten();
                match quantity_of {
                    Some(start) => {
                        noun_phrase_start = start;
                        continue;
                    }
                    None => break,
                }
            }
            noun_phrase_start = before;
        }
        noun_phrase_start
    }

    /// Where the quantity ending right before the `of` at `of` starts (`great deal`, `lot`),
    /// if one does.
    fn start_of_quantity_before(&self, of: usize) -> Option<usize> {
        QUANTITY_NOUNS.iter().find_map(|quantity| {
            let start = of.checked_sub(quantity.len())?;
            quantity
                .iter()
                .enumerate()
                .all(|(offset, part)| self.view.word(start + offset) == *part)
                .then_some(start)
        })
    }

    /// Whether a verb of `kind` governs the noun trigger at `first`, whose noun phrase starts at
    /// `noun_phrase_start`: a verb of need (`we require support`, `Countries such as mine need
    /// assistance`: what is needed is asked for, and the one who needs it would receive it) or of
    /// receiving (`we count on the support of`).
    fn verb_governs(&self, kind: CueKind, noun_phrase_start: usize, first: usize) -> bool {
        // The verb ends where the noun phrase starts; a participle (`received`, `receiving`)
        // reads like a premodifier, so the noun phrase may seem to start before it.
        (noun_phrase_start..=first).any(|end| self.cue_between(kind, end.saturating_sub(3), end) == Some(end))
    }

    /// The end position of the last cue of `kind` within `start..end`, if any.
    fn cue_between(&self, kind: CueKind, start: usize, end: usize) -> Option<usize> {
        self.cue_span_between(kind, start, end).map(|cue| cue.end)
    }

    /// The positions of the last cue of `kind` within `start..end`, if any.
    fn cue_span_between(&self, kind: CueKind, start: usize, end: usize) -> Option<Range<usize>> {
        let mut buffer = String::new();
        (start..end).rev().find_map(|position| {
            let longest = self
                .lexicon
                .longest_phrase_starting_with(self.view.word(position));
            (1..=longest.min(3)).find_map(|count| {
                let phrase = self.view.phrase(position, count, &mut buffer)?;
                (position + count <= end && self.lexicon.is_cue(kind, phrase))
                    .then_some(position..position + count)
            })
        })
    }

    /// Whose claim an event at `position` is: the subject of a speech verb before it in the
    /// sentence (`X said that ...`), `according to X`, else the speaker of the document.
    fn reported_by(&self, position: usize) -> Option<usize> {
        if let Some(reporter) = self.quote_reporter(position) {
            return Some(reporter);
        }
        let mut buffer = String::new();
        for cue_position in (0..position).rev() {
            let Some(count) = (1..=2).rev().find(|&count| {
                self.view
                    .phrase(cue_position, count, &mut buffer)
                    .is_some_and(|phrase| self.lexicon.is_cue(CueKind::Speech, phrase))
            }) else {
                continue;
            };
            if self.view.word(cue_position) == "according" {
                if let Some(source) =
                    self.view.mentions.iter().find(|mention| {
                        self.word_before_noun_phrase(mention) == Some(cue_position + count - 1)
                    })
                {
                    return Some(source.actor);
                }
                continue;
            }
            if let Some(reporter) = self.subject_before(cue_position) {
                return Some(reporter.actor);
            }
        }
        let according_to = (0..self.view.len().saturating_sub(2)).find_map(|cue_position| {
            let is_according_to = self.view.phrase(cue_position, 2, &mut buffer) == Some("according to");
            is_according_to
                .then(|| {
                    self.view
                        .mentions
                        .iter()
                        .find(|mention| self.word_before_noun_phrase(mention) == Some(cue_position + 1))
                })
                .flatten()
        });
        according_to
            .map(|mention| mention.actor)
            .or_else(|| self.actors.speaker_at(self.view.sentence_start()))
    }

    /// The refined code of `base` given the words after the trigger.
    fn refine(&self, base: &str, first: usize, last: usize) -> String {
        let window_end = (last + 1 + OBJECT_WINDOW).min(self.view.len());
        let mut buffer = String::new();
        // The trigger's own form is read only for a code whose refinements name their triggers.
        let mut form_buffer = String::new();
        let names_triggers = self
            .lexicon
            .refinements
            .iter()
            .any(|refinement| refinement.base == base && !refinement.triggers.is_empty());
        let trigger_form = if names_triggers {
            self.view.phrase(first, last + 1 - first, &mut form_buffer)
        } else {
            None
        };
        for refinement in self.lexicon.refinements.iter().filter(|refinement| {
            refinement.base == base
                && (refinement.triggers.is_empty()
                    || trigger_form.is_some_and(|form| refinement.triggers.contains(&form)))
        }) {
            let is_refinement_phrase = |position: usize, count: usize, buffer: &mut String| {
                self.view
                    .phrase(position, count, buffer)
                    .is_some_and(|phrase| refinement.phrases.contains(&phrase))
            };
            let applies = match refinement.side {
                RefinementSide::After => (last + 1..window_end)
                    .any(|position| (1..=4).any(|count| is_refinement_phrase(position, count, &mut buffer))),
                RefinementSide::Before => (0..first)
                    .any(|position| (1..=4).any(|count| is_refinement_phrase(position, count, &mut buffer))),
                RefinementSide::AdjacentBefore => {
                    let noun_phrase_start = self.start_of_adjectives_before(first);
                    (1..=4).any(|count| {
                        noun_phrase_start
                            .checked_sub(count)
                            .is_some_and(|position| is_refinement_phrase(position, count, &mut buffer))
                    })
                }
            };
            if applies {
                return refinement.refined.to_owned();
            }
        }
        base.to_owned()
    }

    /// Where the adjectives right before the noun at `first` start (`the continued and
    /// generous support` → `continued`), or `first` when none stands there.
    fn start_of_adjectives_before(&self, first: usize) -> usize {
        let mut start = first;
        while let Some(before) = start.checked_sub(1) {
            let word = self.view.word(before);
            let is_adjective =
                is_adjective_before_noun(word) || (matches!(word, "and" | ",") && start < first);
            if !is_adjective {
                break;
            }
            start = before;
        }
        // A conjunction does not open the adjectives (`with aid and support`).
        while start < first && matches!(self.view.word(start), "and" | ",") {
            start += 1;
        }
        start
    }

    fn event(&self, parts: EventParts) -> Event {
        let tokens = self.view.tokens;
        let trigger_range =
            tokens[parts.trigger_tokens.start].start..tokens[parts.trigger_tokens.end - 1].end;
        let plover = self
            .lexicon
            .plover_of(&parts.cameo)
            .map(|(event_type, _mode)| event_type.to_owned())
            .unwrap_or_default();
        let actor_id = |index: usize| self.actors.actors[index].id.clone();
        Event {
            source: parts.source.map(actor_id),
            target: parts.target.map(actor_id),
            plover,
            cameo: parts.cameo,
            negated: parts.negated,
            modality: parts.modality,
            reported_by: parts.reported_by.map(actor_id),
            trigger: Span::of(self.text, trigger_range),
            confidence: parts.confidence,
        }
    }
}

/// What an event is made of, before its ids and spans are filled in.
struct EventParts {
    source: Option<usize>,
    target: Option<usize>,
    cameo: String,
    negated: bool,
    modality: Modality,
    reported_by: Option<usize>,
    trigger_tokens: Range<usize>,
    confidence: f64,
}

/// Whether a trigger's meanings include a demand or appeal (CAMEO 10).
fn trigger_is_request(trigger: &TriggerMatch) -> bool {
    trigger
        .meanings
        .iter()
        .any(|meaning| meaning.cameo.starts_with("10"))
}

/// A rough confidence: how complete the coding is and how reliable its kind of trigger. It is
/// a ranking aid, not a calibrated probability; the presence model replaces it with its
/// probability on every event it judges (`presence.rs`), so it is only reported for the
/// speaker's modal demands and by `find_every_event` and `find_events_by_rules`.
fn confidence(role: Role, has_source: bool, has_target: bool) -> f64 {
    let base = match role {
        Role::Verb => 0.75,
        Role::Request => 0.8,
        Role::Noun => 0.6,
    };
    let penalty = if has_source { 0.0 } else { 0.2 } + if has_target { 0.0 } else { 0.1 };
    ((base - penalty) * 100.0_f64).round() / 100.0
}
