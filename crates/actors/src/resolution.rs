//! The resolver: walks one document sentence by sentence and turns pieces, organisation names,
//! pronouns and anaphors into actors and mentions, in text order.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use rhetor_schema::{Token, TokenKind};
use rhetor_segment::Segmentation;

use crate::actor_registry::{ActorDraft, ActorRegistry};
use crate::anaphora::{
    is_country_determiner, is_first_person, is_first_person_possessive, is_it_pronoun, is_personal_pronoun,
    is_plural_subject_pronoun, is_verb_like, may_stand_before_verb,
};
use crate::assembly_address::{addresses_the_assembly_president, addresses_the_president, is_second_person};
use crate::compositions::{
    bare_group_draft, composition_draft, country_draft, may_modify_noun, names_actor_alone,
    organisation_draft, STATE_SECTORS,
};
use crate::gazetteer::{Country, Gazetteer, NameTarget, Organisation};
use crate::name_matcher::{is_capitalised, match_sentence, name_targets, strip_possessive, Piece, PieceKind};
use crate::office_holders::{DateRange, AMBIGUOUS_SURNAMES};
use crate::organisations::{find_organisation_names, identity_key, slug, OrganisationName};
use crate::titled_persons::{is_name_word, is_post_head, titled_person_at, KnownNameAt, TitledPerson};
use crate::titles::{is_title_word, title_start};
use crate::MentionKind;

/// The feelings an empty `it` gives the speaker before the clause that names their cause (`It
/// gives me great pleasure to welcome`).
const COURTESY_FEELINGS: &[&str] = &["pleasure", "honour", "honor", "satisfaction", "privilege", "joy"];

/// Dispositions that only an actor has (`it is committed to`, `it has always been ready to`,
/// `it is able to`): the `it` before them is the actor's, not the empty subject of an extraposed
/// clause (`it is important to`).
const DISPOSITIONS: &[&str] = &[
    "committed",
    "determined",
    "ready",
    "prepared",
    "willing",
    "able",
    "unable",
    "proud",
    "keen",
    "bound",
    "resolved",
    "pledged",
    "pleased",
    "obliged",
    "honoured",
    "honored",
    "happy",
    "dedicated",
    "eager",
    "glad",
];

/// Offices by which an organisation is named when its chief is meant (`the Secretary-General`,
/// `the UN chief`): the person holding it is who a later `he` or `his` stands for.
const ORGANISATION_CHIEF_OFFICES: &[&str] = &["secretary-general", "chief", "director-general"];

/// Adverbs that join a sentence to the one before without changing its subject (`Ecuador
/// recognizes ... Hence, it fully supports`).
const SENTENCE_CONNECTIVES: &[&str] = &[
    "hence",
    "therefore",
    "thus",
    "consequently",
    "accordingly",
    "moreover",
    "furthermore",
    "however",
    "nevertheless",
    "nonetheless",
    "indeed",
    "likewise",
    "similarly",
    "also",
    "besides",
    "finally",
];

/// Verbs of a readout's meeting (`met with`, `spoke by phone today with`), whose `with` names the
/// other side.
const MEETING_VERBS: &[&str] = &[
    "met",
    "meets",
    "meet",
    "spoke",
    "speaks",
    "talked",
    "talks",
    "conferred",
    "consulted",
    "call",
    "held",
    "hosted",
    "convened",
];

/// Plural nouns for the parties of a meeting (`the two leaders`, `both sides`).
const PARTY_NOUNS: &[&str] = &[
    "leaders",
    "sides",
    "ministers",
    "officials",
    "secretaries",
    "delegations",
    "governments",
    "countries",
    "presidents",
    "counterparts",
    "participants",
];

/// The title word that `word` is the plural of (`Ministers` → `Minister`, `Secretaries` →
/// `Secretary`), if it is one; a word that is itself a title (`Affairs`) is no plural.
fn singular_title(word: &str) -> Option<String> {
    if is_title_word(word) {
        return None;
    }
    let singular = word
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| word.strip_suffix('s').map(str::to_owned))?;
    is_title_word(&singular).then_some(singular)
}

/// Short and long forms of the same ministerial title, for a bare title that names the person
/// the text introduced under the other form.
const TITLE_VARIANTS: &[(&str, &str)] = &[
    ("Foreign Minister", "Minister of Foreign Affairs"),
    ("Foreign Minister", "Minister for Foreign Affairs"),
    ("Defense Minister", "Minister of Defense"),
    ("Defence Minister", "Minister of Defence"),
];

/// The most words between a meeting verb and its `with` (`spoke by phone today with`).
const MEETING_VERB_DISTANCE: usize = 5;

/// The most words of an unknown title between a meeting's `with` and the side met (`with Israeli
/// Alternate Prime Minister and Minister of Defense Benjamin Gantz`).
const UNKNOWN_TITLE_WORDS: usize = 6;

/// The most given names and initials before a family name (`Antony J.`).
const MOST_WORDS_BEFORE_A_FAMILY_NAME: usize = 3;

/// Office titles that, bare and after `the`, name the speaking government's own office holder.
/// Longest first, so that `the Deputy Secretary` is not read as `the Deputy`.
const SPEAKER_TITLES: &[&str] = &[
    "Deputy Secretary of State",
    "Counselor",
    "Secretary of State",
    "Special Representative",
    "Special Envoy",
    "Under Secretary",
    "Assistant Secretary",
    "Deputy Spokesperson",
    "Deputy Secretary",
    "Foreign Minister",
    "Deputy Minister",
    "Prime Minister",
    "Secretary",
    "Minister",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
];

/// Titles that, after a first-person possessive (`my President`, `our Foreign Minister`), name
/// the speaking government's own office holder, besides [`SPEAKER_TITLES`]. `the President`
/// is left out of those: in a UN speech it is the President of the General Assembly.
const FIRST_PERSON_TITLES: &[&str] = &[
    "Vice President",
    "President",
    "Head of State",
    "Head of Government",
    "King",
    "Emir",
    "Chancellor",
];

/// A sector term after a first-person possessive (`our soldiers`), waiting for the speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FirstPersonSector {
    /// From the possessive to the end of the sector term.
    pub(crate) range: Range<usize>,
    /// The sector term alone.
    pub(crate) term_range: Range<usize>,
    /// The sentence.
    pub(crate) sentence: usize,
    /// The sector code.
    pub(crate) sector: &'static str,
    /// Whether the term names a group on its own (`soldiers`, not `government`), for a text
    /// whose speaker is unknown.
    pub(crate) names_actor_alone: bool,
}

/// Quantifiers that open a noun phrase: between a country word and a sector term, one after
/// another word shows that word to be a verb (see `composed_sector`).
const NOUN_PHRASE_QUANTIFIERS: &[&str] = &[
    "other", "all", "several", "some", "many", "both", "each", "every", "fellow", "various", "numerous",
];

/// Whether the last word of `surface` is `word` (lower case), reading a word broken at its hyphen
/// by whitespace whole, as the name matcher does (`Secretary-\nGeneral` is `secretary-general`).
fn ends_with_word_across_hyphen_breaks(surface: &str, word: &str) -> bool {
    // Each piece's byte offset in `surface` (the pieces are slices of it).
    let offset = |piece: &str| piece.as_ptr() as usize - surface.as_ptr() as usize;
    let mut pieces = surface.split_whitespace().rev();
    let Some(mut start) = pieces.next().map(offset) else {
        return false;
    };
    // The last word runs back over each piece before it that ends with a hyphen.
    for piece in pieces.take_while(|piece| piece.ends_with('-')) {
        start = offset(piece);
    }
    let letters = surface[start..]
        .chars()
        .filter(|character| !character.is_whitespace());
    letters.flat_map(char::to_lowercase).eq(word.chars())
}

/// The most tokens an unknown official's mention is read in: a title with a portfolio
/// (`Minister for Trade and Industry`) and a name of up to four words.
const UNKNOWN_OFFICIAL_WINDOW: usize = 16;

/// Head nouns of organisation names that, bare after `the`, refer back to the organisation named
/// last with that word in its name (`the International Court of Justice ... the Court called on`).
const ORGANISATION_HEADS: &[&str] = &[
    "Court",
    "Council",
    "Assembly",
    "Commission",
    "Agency",
    "Tribunal",
    "Committee",
    "Union",
    "Parliament",
    "Bank",
    "Fund",
];

/// Capitalised words that stand before a family name as a role, an honorific or a function word
/// of a heading rather than as a given name (`Counselor Chollet`, `The Biden administration`);
/// the titles of [`crate::titles`] are not given names either.
const NOT_GIVEN_NAMES: &[&str] = &[
    "Counselor",
    "Counsellor",
    "Advisor",
    "Adviser",
    "Envoy",
    "Coordinator",
    "Administrator",
    "Chair",
    "Chairwoman",
    "Chairperson",
    "Governor",
    "Mayor",
    "Judge",
    "Justice",
    "Congressman",
    "Congresswoman",
    "Speaker",
    "Colonel",
    "Admiral",
    "Captain",
    "Commander",
    "Marshal",
    "Consul",
    "Rapporteur",
    "Chief",
    "Excellency",
    "Highness",
    "Majesty",
    "Holiness",
    "Lord",
    "Lady",
    "Sen.",
    "Rep.",
    "Amb.",
    "Gov.",
    "The",
    "A",
    "An",
    "And",
    "But",
    "Of",
    "In",
    "On",
    "At",
    "By",
    "For",
    "With",
    "As",
    "When",
    "Today",
    "Yesterday",
    "This",
];

/// How many of the latest organisation mentions a bare head noun looks back over.
const ORGANISATION_LOOKBACK: usize = 32;

/// Directional words that belong to a demonym (`Western Azerbaijanis`).
const DIRECTIONS: [&str; 8] = [
    "Western", "Eastern", "Northern", "Southern", "West", "East", "North", "South",
];

/// How many modifier words may stand between a country word and its sector term.
const MAX_MODIFIERS: usize = 3;

/// The nearest preceding mention, for `it`/`its`.
#[derive(Debug, Clone, Copy)]
enum LastMention {
    /// An actor mention.
    Actor { actor: usize, sentence: usize },
    /// A first-person pronoun (plural, so `its` cannot go back past it).
    Speaker,
    /// A singular noun for the speaker's own state after `our` or `my` (`Our nation`, `my
    /// country`), which a later `it` or `its` refers back to, and its sentence.
    SpeakerState { sentence: usize },
}

/// A country mention: the country's index in the gazetteer and the mention's sentence.
#[derive(Debug, Clone, Copy)]
struct CountryMention {
    country: usize,
    sentence: usize,
}

/// Singular nouns that, after `our` or `my`, stand for the speaker's own state.
const SPEAKER_STATE_NOUNS: [&str; 8] = [
    "country",
    "nation",
    "state",
    "State",
    "Government",
    "government",
    "Republic",
    "Kingdom",
];

/// The actor mention that opens a sentence, and the mentions coordinated with it (`Secretary
/// Blinken and Foreign Minister Son`), for the `they` of the next sentence.
#[derive(Debug, Clone)]
struct SentenceOpening {
    /// The sentence.
    sentence: usize,
    /// The first-named actor; `None` when the sentence's first person came first (`We met with X`:
    /// the subject is the speaker, and X is no antecedent of `they`).
    actor: Option<usize>,
    /// The actors coordinated with the first-named one, in text order.
    conjuncts: Vec<usize>,
    /// The token after the last mention of the coordination.
    chain_end: usize,
    /// Whether another mention is coordinated with the first.
    coordinated: bool,
    /// Whether the first-named actor is a person or a plural group (`US officials`).
    plural_or_person: bool,
}

/// The antecedents of a subject `they`.
#[derive(Debug, Clone)]
struct PluralSubject {
    /// The actors, first-named first.
    actors: Vec<usize>,
    /// The sentence that named them.
    sentence: usize,
    /// The last sentence whose `they` they are: the next one, or further while the sentences
    /// between are the speaker's side's own (`The Deputy Secretary conveyed ...`).
    last_sentence: usize,
    /// When the actors are the sides of a meeting (`X spoke with Y`, `X hosted Y and Z`) rather
    /// than a coordinated subject: the token after the last side named so far.
    meeting_sides_end: Option<usize>,
}

/// A sentence that opened with the speaker's office holder coordinated with another (`The
/// Secretary and Foreign Minister Hoekstra ...`).
#[derive(Debug, Clone, Copy)]
struct SpeakerCoordination {
    /// The sentence.
    sentence: usize,
    /// The token after the `and`.
    after_and: usize,
    /// The other side, once read.
    partner: Option<usize>,
}

/// The state of one document's resolution.
pub(crate) struct Resolver<'text> {
    /// The document text.
    pub(crate) text: &'text str,
    /// All tokens.
    tokens: &'text [Token],
    /// The gazetteer.
    gazetteer: &'static Gazetteer,
    /// The document date, if readable.
    date: Option<DateRange>,
    /// Actors and mentions.
    pub(crate) registry: ActorRegistry,
    /// Unknown organisations by identity key.
    pub(crate) organisation_keys: HashMap<String, usize>,
    /// Office holders mentioned so far (person index → actor index).
    persons_mentioned: Vec<(usize, usize)>,
    /// The country most recently mentioned (by name, composition or a person's office).
    last_country: Option<CountryMention>,
    /// Whether the text names the United Nations anywhere, for `our Organization`: read once,
    /// the first time a document needs it.
    names_united_nations: OnceCell<bool>,
    /// Whether the text is a speech to the General Assembly that speaks to its President, whose
    /// `you` and `your` are then the Assembly: read once, the first time a second-person pronoun
    /// needs it.
    addresses_the_assembly_president: OnceCell<bool>,
    /// The country the text last named as an occupier (`Israeli occupation`, `Israel's
    /// occupation`, `occupied by Israel`), for `the occupying Power`.
    last_occupier: Option<usize>,
    /// The most recently mentioned person and its sentence, for `he` and `she`.
    last_person: Option<(usize, usize)>,
    /// The sentence of the speaker's own office holder's title (`the Secretary`, `my
    /// President`), when it was read after the last person named: the nearer antecedent of `he`.
    speaker_title_after_last_person: Option<usize>,
    /// The nearest preceding mention.
    last_mention: Option<LastMention>,
    /// The nearest preceding mention in subject position (followed by a verb) and its sentence:
    /// a subject `it` refers back to the subject of its own sentence rather than to the nearest
    /// complement (`Russia has yet to fulfil the agreement brokered by the EU; it continues to
    /// ...`).
    last_subject: Option<(usize, usize)>,
    /// First-person pronouns, to become speaker mentions once the speaker is known.
    pub(crate) first_person: Vec<(Range<usize>, usize)>,
    /// The speaker's own office holders' titles (`the Secretary`, `The President's`), to become
    /// mentions of the speaker's government once the speaker is known.
    pub(crate) speaker_titles: Vec<(Range<usize>, usize)>,
    /// Second-person pronouns outside a speech to the General Assembly (`Would you support`,
    /// `your meeting`), with their sentence: in a journalist's question they are whoever answers
    /// it, once the transcript's turns are known.
    pub(crate) second_person: Vec<(Range<usize>, usize)>,
    /// Sector terms after a first-person possessive (`our government`, `my people`): the
    /// speaker's country and that sector, once the speaker is known.
    pub(crate) first_person_sectors: Vec<FirstPersonSector>,
    /// Officials the gazetteer does not know, named by a rank that governments give their own
    /// staff and no country (`Special Envoy Kim`): they serve the speaker's country, once the
    /// speaker is known.
    pub(crate) own_rank_officials: Vec<usize>,
    /// The last sentence in which a first-person pronoun or a speaker's title was read.
    first_person_sentence: Option<usize>,
    /// The sentence whose verb after an aside had the speaker's state for subject (`My country,
    /// while ..., reiterates its`), so that a verb coordinated with it has it too (`and reaffirms
    /// its support`).
    speakers_state_subject_after_aside: Option<usize>,
    /// The mention (and its coordination) that opened the latest sentence with an actor.
    sentence_opening: Option<SentenceOpening>,
    /// The antecedents of a subject `they`: the actors of the latest sentence whose subject was
    /// plural (coordinated, a plural group) or a person, first-named first, and that sentence. A
    /// person counts because a readout's `they` after `Blinken met with Lapid` is the two of
    /// them, and the event coder gives the act to the first-named.
    plural_subject: Option<PluralSubject>,
    /// The other sides of the latest meeting (`spoke with A and B`) and its sentence, for `her
    /// counterparts` after it.
    meeting_counterparts: Option<(Vec<usize>, usize)>,
    /// The latest sentence that opened with the speaker's office holder coordinated with another
    /// (`The Secretary and Foreign Minister ...`), for a `they` in the sentence after it.
    speaker_coordination: Option<SpeakerCoordination>,
    /// Organisation mentions in text order (a repeat right after itself is kept once), for `the
    /// Court`, `the Council`.
    organisations_mentioned: Vec<usize>,
    /// Family names of office holders that the document has given to someone else (`Julie
    /// Chung`): a later lone `Chung` or `Ms. Chung` refers back to that person, not to the
    /// office holder.
    surnames_of_others: Vec<&'static str>,
    /// The speaker's country when the corpus says it (UN speeches), for a demonym that two
    /// countries share (`the Dominican delegation` in the Dominican Republic's speech).
    pub(crate) speaker_country: Option<&'static str>,
}

impl<'text> Resolver<'text> {
    /// A resolver for `text`.
    pub(crate) fn new(text: &'text str, tokens: &'text [Token], date: Option<&str>) -> Self {
        Resolver {
            text,
            tokens,
            gazetteer: Gazetteer::get(),
            date: date.and_then(DateRange::parse),
            registry: ActorRegistry::default(),
            organisation_keys: HashMap::new(),
            persons_mentioned: Vec::new(),
            last_country: None,
            last_occupier: None,
            names_united_nations: OnceCell::new(),
            addresses_the_assembly_president: OnceCell::new(),
            last_person: None,
            speaker_title_after_last_person: None,
            last_mention: None,
            last_subject: None,
            first_person: Vec::new(),
            speaker_titles: Vec::new(),
            second_person: Vec::new(),
            first_person_sectors: Vec::new(),
            own_rank_officials: Vec::new(),
            first_person_sentence: None,
            speakers_state_subject_after_aside: None,
            sentence_opening: None,
            plural_subject: None,
            meeting_counterparts: None,
            speaker_coordination: None,
            organisations_mentioned: Vec::new(),
            surnames_of_others: Vec::new(),
            speaker_country: None,
        }
    }

    /// The country that a name names, of its readings `targets` that `reading` takes as a
    /// country (a name, adjective or people: [`NameTarget::country_word`]). A demonym that two
    /// countries share (`Congolese`, `Dominican`, `Guinean`) names the speaker's own country
    /// when it is one of them, else one the document has already named, else the first in the
    /// gazetteer's order.
    fn country_of_word(
        &self,
        targets: &[NameTarget],
        reading: fn(&NameTarget) -> Option<usize>,
    ) -> Option<usize> {
        let first = targets.iter().find_map(reading)?;
        // Nearly every name reads as one country: decide without collecting the readings.
        if targets.iter().filter_map(reading).all(|country| country == first) {
            return Some(first);
        }
        let mut candidates: Vec<usize> = Vec::new();
        for country in targets.iter().filter_map(reading) {
            if !candidates.contains(&country) {
                candidates.push(country);
            }
        }
        let iso3 = |candidate: &usize| {
            self.gazetteer
                .countries
                .get(*candidate)
                .map(|country| country.iso3)
        };
        let speakers = candidates
            .iter()
            .find(|candidate| self.speaker_country.is_some() && iso3(candidate) == self.speaker_country);
        let named = || {
            candidates.iter().find(|candidate| {
                self.registry
                    .actors()
                    .iter()
                    .any(|actor| actor.country.as_deref() == iso3(candidate))
            })
        };
        Some(*speakers.or_else(named).unwrap_or(&first))
    }

    /// The text of token `index` (empty when out of range).
    fn word(&self, index: usize) -> &'text str {
        self.tokens
            .get(index)
            .and_then(|token| self.text.get(token.start..token.end))
            .unwrap_or("")
    }

    /// The actor mentioned first in sentence `sentence`, if its mention opens the sentence
    /// (after an article at most), the sentence's tokens starting at `first_token`.
    fn sentence_opening_mention(&self, sentence: usize, first_token: usize) -> Option<usize> {
        let first_word_start = self.tokens.get(first_token)?.start;
        let after_article_start = self
            .word(first_token)
            .eq_ignore_ascii_case("the")
            .then(|| self.tokens.get(first_token + 1).map(|token| token.start))
            .flatten();
        self.registry
            .mentions()
            .iter()
            .rev()
            .take_while(|mention| mention.sentence == sentence)
            .find(|mention| {
                mention.range.start == first_word_start || Some(mention.range.start) == after_article_start
            })
            .map(|mention| mention.actor)
    }

    /// Whether the sentence starting at `first_token` opens with the speaker's state (`My
    /// country`, `Our Government`) set off by a comma, with room for an aside before `position`
    /// (the caller checks the comma that closes it).
    fn opens_with_speakers_state_and_aside(&self, first_token: usize, position: usize) -> bool {
        first_token + 3 < position
            && is_first_person_possessive(self.word(first_token))
            && SPEAKER_STATE_NOUNS.contains(&self.word(first_token + 1))
            && self.word(first_token + 2) == ","
    }

    /// Resolves every sentence of the segmentation.
    pub(crate) fn resolve(&mut self, segmentation: &Segmentation) {
        let mut pieces = Vec::new();
        for (sentence_index, sentence) in segmentation.sentences.iter().enumerate() {
            let token_range = sentence.tokens.start..sentence.tokens.end.min(self.tokens.len());
            pieces.clear();
            match_sentence(
                self.text,
                self.tokens,
                token_range.clone(),
                self.gazetteer,
                &mut pieces,
            );
            self.resolve_sentence(sentence_index, token_range, &pieces);
        }
    }

    /// Records a mention and updates the anaphora state.
    fn mention(
        &mut self,
        draft: ActorDraft,
        range: Range<usize>,
        sentence: usize,
        kind: MentionKind,
    ) -> usize {
        let is_country_like = draft.actor_type != "organisation" || draft.id.contains('/');
        let is_person = draft.actor_type == "person";
        let is_group = draft.actor_type == "group";
        let is_organisation = draft.actor_type == "organisation";
        let country = draft.country.clone();
        let actor = self.registry.intern(draft);
        if is_organisation {
            self.note_organisation(actor);
        }
        // `the Secretary-General ... his discussions`: an organisation named by its chief's
        // office is a person for `he` and `his`.
        let names_an_office = is_organisation
            && self.text.get(range.clone()).is_some_and(|surface| {
                ORGANISATION_CHIEF_OFFICES
                    .iter()
                    .any(|office| ends_with_word_across_hyphen_breaks(surface, office))
            });
        if is_person || names_an_office {
            self.last_person = Some((actor, sentence));
            self.speaker_title_after_last_person = None;
        }
        let next_token = self.tokens.partition_point(|token| token.start < range.end);
        if is_verb_like(self.word(next_token)) {
            self.last_subject = Some((actor, sentence));
        }
        let first_token = self.tokens.partition_point(|token| token.end <= range.start);
        // `US officials`, `the militias`: a plural group may be the antecedent of `they`.
        let plural_group = (kind == MentionKind::Composition || is_group)
            && self
                .text
                .get(range.clone())
                .and_then(|surface| surface.rsplit(' ').next())
                .is_some_and(|head| head.ends_with('s') && !head.ends_with("ss"));
        self.note_sentence_subject(
            actor,
            sentence,
            first_token..next_token,
            is_person || plural_group,
        );
        self.registry.mention(actor, range, sentence, kind);
        if let (true, Some(iso3)) = (is_country_like, country) {
            self.last_country = self
                .gazetteer
                .countries
                .iter()
                .position(|country| country.iso3 == iso3)
                .map(|country| CountryMention { country, sentence });
            let occupation_follows = self.word(next_token).eq_ignore_ascii_case("occupation");
            let occupied_by = first_token >= 2
                && matches!(self.word(first_token - 2), "occupied" | "occupation")
                && self.word(first_token - 1) == "by";
            if occupation_follows || occupied_by {
                self.last_occupier = self.last_country.map(|last| last.country);
            }
        }
        self.last_mention = Some(LastMention::Actor { actor, sentence });
        actor
    }

    /// Follows the mention that opens a sentence and the mentions coordinated with it; when the
    /// coordination is followed by its verb and is plural (or a person), its first-named actor
    /// becomes the antecedent of a later subject `they`.
    fn note_sentence_subject(
        &mut self,
        actor: usize,
        sentence: usize,
        tokens: Range<usize>,
        plural_or_person: bool,
    ) {
        // `Sherman met with Foreign Minister Park`, `Blinken hosted Foreign Minister Kuleba`: in
        // a readout, a later `they` is the sides of the meeting, the ones met named after the one
        // meeting, each of them when several are (`met with A, B and C`).
        // `met with Israeli Alternate Prime Minister and Minister of Defense Benjamin Gantz`:
        // words of a title the gazetteer does not know (`Israeli Alternate Prime Minister and`)
        // may stand between the `with` and the side's mention, in capitals but for `and` and `of`.
        let with_or_host = self.unknown_title_start(tokens.start, |_| false).checked_sub(1);
        let meets = tokens.start >= 2
            && with_or_host.is_some_and(|before| match self.word(before) {
                "with" => (before.saturating_sub(MEETING_VERB_DISTANCE)..before)
                    .any(|verb| MEETING_VERBS.contains(&self.word(verb))),
                "hosted" | "received" => true,
                _ => false,
            });
        let follows_a_side_met = |sides_end: usize| {
            sides_end < tokens.start
                && (sides_end..tokens.start).all(|between| matches!(self.word(between), "and" | "," | "the"))
        };
        // `Foreign Minister Abdullah bin Zayed of the United Arab Emirates`: a side's country
        // after it is part of that side's mention, not another side.
        let postmodifies_a_side_met = |sides_end: usize| {
            sides_end < tokens.start
                && matches!(self.word(sides_end), "of" | "from")
                && (sides_end + 1..tokens.start).all(|between| self.word(between) == "the")
        };
        let sides_end = self
            .plural_subject
            .as_ref()
            .and_then(|plural| plural.meeting_sides_end);
        let coordinated_with_a_side_met = sides_end.is_some_and(follows_a_side_met);
        // `Republic of Korea (ROK) First Vice Foreign Minister Choi`: a mention that holds the side
        // just named (its country) and runs on past it extends that side; so does one that goes
        // on where it ends, over brackets at most (`NATO Deputy` then `Secretary General Mircea
        // Geoana`; `European External Action Service (EEAS) Secretary General Stefano Sannino`).
        let continues_a_side_met = |sides_end: usize| {
            sides_end <= tokens.start
                && (sides_end..tokens.start).all(|between| matches!(self.word(between), "(" | ")"))
        };
        let after_a_side_met = sides_end.is_some_and(|sides_end| {
            postmodifies_a_side_met(sides_end)
                || continues_a_side_met(sides_end)
                || (tokens.start < sides_end && tokens.end > sides_end)
        });
        if let Some(plural) = self.plural_subject.as_mut() {
            let is_new_side = plural.sentence == sentence && !plural.actors.contains(&actor);
            let first_side_met = meets && plural.actors.len() == 1;
            if after_a_side_met && plural.sentence == sentence {
                plural.meeting_sides_end = Some(tokens.end);
            } else if is_new_side && (first_side_met || coordinated_with_a_side_met) {
                plural.actors.push(actor);
                plural.meeting_sides_end = Some(tokens.end);
                self.meeting_counterparts = Some((plural.actors[1..].to_vec(), sentence));
            }
        }
        let opens_sentence = self
            .sentence_opening
            .as_ref()
            .is_none_or(|opening| opening.sentence != sentence);
        let opening = match self.sentence_opening.take() {
            Some(mut opening) if opening.sentence == sentence => {
                let is_conjunct = opening.actor.is_some()
                    && opening.chain_end < tokens.start
                    && (opening.chain_end..tokens.start)
                        .all(|between| matches!(self.word(between), "and" | "," | "the"));
                if !is_conjunct {
                    self.sentence_opening = Some(opening);
                    return;
                }
                opening.coordinated = true;
                opening.chain_end = tokens.end;
                if opening.actor != Some(actor) && !opening.conjuncts.contains(&actor) {
                    opening.conjuncts.push(actor);
                }
                opening
            }
            _ => {
                // `The Secretary and Foreign Minister Hoekstra condemned ...`: the first actor
                // named after the speaker's title and its `and` is the speaker's partner.
                if let Some(coordination) = self.speaker_coordination {
                    let is_partner = coordination.sentence == sentence
                        && coordination.partner.is_none()
                        && (coordination.after_and..tokens.start).all(|between| {
                            let word = self.word(between);
                            word == "the" || is_title_word(word)
                        });
                    if is_partner {
                        self.speaker_coordination = Some(SpeakerCoordination {
                            partner: Some(actor),
                            ..coordination
                        });
                    }
                }
                SentenceOpening {
                    sentence,
                    actor: (self.first_person_sentence != Some(sentence)).then_some(actor),
                    conjuncts: Vec::new(),
                    chain_end: tokens.end,
                    coordinated: false,
                    plural_or_person,
                }
            }
        };
        let first_named = opening.actor;
        let coordinated = opening.coordinated;
        let antecedents: Vec<usize> = first_named
            .into_iter()
            .chain(opening.conjuncts.iter().copied())
            .collect();
        let plural_or_person = opening.plural_or_person;
        self.sentence_opening = Some(opening);
        if first_named.is_none() {
            // `Sherman met with Bar Lev. The Deputy Secretary conveyed ... They also discussed`:
            // a sentence the speaker's side opens keeps the meeting's `they` for the next.
            if let Some(plural) = self.plural_subject.as_mut() {
                if opens_sentence && plural.last_sentence == sentence {
                    plural.last_sentence = sentence + 1;
                }
            }
            return;
        }
        if self.verb_follows(tokens.end, self.tokens.len()) && (coordinated || plural_or_person) {
            // `Secretary Blinken met with Foreign Minister Rau. Secretary Blinken reaffirmed the
            // alliance. They condemned`: one side of the meeting opening the next sentence alone is
            // no plural; the meeting's `they` waits for the sentence after it.
            if let Some(plural) = self.plural_subject.as_mut() {
                let one_side_of_the_meeting = !coordinated
                    && plural.meeting_sides_end.is_some()
                    && plural.sentence < sentence
                    && plural.last_sentence == sentence
                    && first_named.is_some_and(|actor| plural.actors.contains(&actor));
                if one_side_of_the_meeting {
                    plural.last_sentence = sentence + 1;
                    return;
                }
            }
            self.plural_subject = Some(PluralSubject {
                actors: antecedents,
                sentence,
                last_sentence: sentence + 1,
                meeting_sides_end: None,
            });
        }
    }

    /// Whether a word for a country's people that is also its adjective (`British`, `French`,
    /// `Chinese`) stands before a noun it modifies (`British acts of aggression`, `French
    /// proposals`) rather than for the people (`the British have voted`): a lower-case word
    /// follows that is no verb, a plural with a noun's ending, or a form in `-s` that `of`
    /// follows.
    fn people_word_modifies_a_noun(&self, tokens: &Range<usize>) -> bool {
        // A plural in one of these endings is a noun, not a verb in `-s` (`French proposals`).
        const PLURAL_NOUN_ENDINGS: [&str; 8] =
            ["ions", "ments", "als", "ances", "ences", "ers", "ists", "ities"];
        let word = self.word(tokens.end - 1);
        let next = self.word(tokens.end);
        let is_adjective_form = !word.ends_with('s');
        let next_is_lower_word = next.chars().next().is_some_and(char::is_lowercase);
        let is_plural_noun = PLURAL_NOUN_ENDINGS.iter().any(|ending| next.ends_with(ending));
        is_adjective_form
            && next_is_lower_word
            && (!is_verb_like(next) || is_plural_noun || self.word(tokens.end + 1) == "of")
    }

    /// Whether a verb follows at token `after`, over the adverbs that may stand before it, before
    /// token `end`.
    fn verb_follows(&self, after: usize, end: usize) -> bool {
        let mut verb = after;
        while verb < end && may_stand_before_verb(self.word(verb)) {
            verb += 1;
        }
        is_verb_like(self.word(verb))
    }

    /// Records one anaphoric mention on `range` for each of `actors` (`They`, `The Ministers`,
    /// `her counterparts` naming several).
    fn mention_each_as_anaphor(&mut self, actors: &[usize], range: &Range<usize>, sentence: usize) {
        for &actor in actors {
            self.registry
                .mention(actor, range.clone(), sentence, MentionKind::Anaphor);
        }
    }

    /// Resolves a plural anaphor (`they`, `the two leaders`) at byte range `range`, followed by
    /// token `after`: when its verb follows, it names the plural subject of the sentence before
    /// (every actor of it), or the speaker's office holder and the other side.
    fn resolve_plural_anaphor(
        &mut self,
        range: Range<usize>,
        after: usize,
        sentence: usize,
        token_range: &Range<usize>,
    ) {
        if !self.verb_follows(after, token_range.end) {
            return;
        }
        // In its antecedents' own sentence, `they` is left to the event coder, which finds a
        // coordinated subject itself, unless it follows a readout's meeting (`Blinken spoke with
        // Foreign Minister Hayashi and they jointly condemned`), whose sides no coordination names.
        let antecedents = self
            .plural_subject
            .as_ref()
            .filter(|plural| {
                (plural.sentence < sentence && sentence <= plural.last_sentence)
                    || (plural.sentence == sentence && plural.meeting_sides_end.is_some())
            })
            .map(|plural| plural.actors.clone());
        let speaker_coordination = self
            .speaker_coordination
            .filter(|coordination| coordination.sentence + 1 == sentence);
        if let Some(actors) = antecedents {
            // `Sherman and Park met ... They condemned`: one pronoun, every actor of the
            // coordination, which the event coder makes one event each.
            self.mention_each_as_anaphor(&actors, &range, sentence);
            self.plural_subject = Some(PluralSubject {
                actors,
                sentence,
                last_sentence: sentence + 1,
                meeting_sides_end: None,
            });
        } else if let Some(coordination) = speaker_coordination {
            // `The Secretary and Foreign Minister Hoekstra discussed ... They also discussed`:
            // the speaker's office holder and the other side.
            self.first_person.push((range.clone(), sentence));
            if let Some(partner) = coordination.partner {
                self.registry
                    .mention(partner, range, sentence, MentionKind::Anaphor);
            }
            self.speaker_coordination = Some(SpeakerCoordination {
                sentence,
                ..coordination
            });
        }
    }

    /// The number of words of `the two leaders` or `both sides` opening the sentence at token
    /// `index`: a plural noun of the parties of a meeting after `the two` or `both`; or a plural
    /// title after `the`, right before its verb (`The Ministers condemned`, `The Special
    /// Representatives condemned`).
    fn two_parties_phrase_at(&self, index: usize, token_range: &Range<usize>) -> Option<usize> {
        if index != token_range.start {
            return None;
        }
        let words = match self.word(index) {
            "The" if self.word(index + 1) == "two" => 3,
            "Both" => 2,
            "The" => {
                return self
                    .plural_title_phrase_at(index + 1, token_range)
                    .map(|words| words + 1)
            }
            _ => return None,
        };
        if index + words > token_range.end {
            return None;
        }
        if PARTY_NOUNS.contains(&self.word(index + words - 1)) {
            Some(words)
        } else {
            // `The two discussed`, `The two also discussed`: the number alone, before its verb.
            (words == 3 && self.verb_follows(index + 2, token_range.end)).then_some(2)
        }
    }

    /// The other sides of the meeting of this or the previous sentence when token `index` is
    /// `counterparts` after a possessive pronoun (`her counterparts`).
    fn counterparts_at(&self, index: usize, sentence: usize) -> Option<Vec<usize>> {
        let is_counterparts = self.word(index) == "counterparts"
            && index > 0
            && matches!(self.word(index - 1), "his" | "her" | "their");
        if !is_counterparts {
            return None;
        }
        self.meeting_counterparts
            .as_ref()
            .filter(|(_, met_in)| met_in + 1 >= sentence)
            .map(|(counterparts, _)| counterparts.clone())
    }

    /// The number of words of a plural title starting at token `index` and followed by a verb:
    /// capitalised title words ending in a plural one (`Foreign Ministers`, `Special
    /// Representatives`), or a plural noun of the parties of a meeting (`participants`).
    fn plural_title_phrase_at(&self, index: usize, token_range: &Range<usize>) -> Option<usize> {
        const LONGEST_PLURAL_TITLE: usize = 4;
        for words in 1..=LONGEST_PLURAL_TITLE.min(token_range.end.saturating_sub(index + 1)) {
            let last = self.word(index + words - 1);
            let titles_before = (index..index + words - 1)
                .all(|token| is_capitalised(self.word(token)) && is_title_word(self.word(token)));
            if !titles_before {
                return None;
            }
            let is_plural_title = is_capitalised(last) && singular_title(last).is_some();
            let is_party_noun = words == 1 && PARTY_NOUNS.contains(&last.to_lowercase().as_str());
            if (is_plural_title || is_party_noun) && is_verb_like(self.word(index + words)) {
                return Some(words);
            }
        }
        None
    }

    /// A title without a name that stands for the person the text has named with it (`The
    /// Secretary and Foreign Minister expressed` after `Foreign Minister Abdullah bin Zayed`,
    /// `The Vice Foreign Ministers and the Deputy Secretary condemned`): the token after the
    /// title and the persons. A singular title must fit exactly one person named with it in this
    /// or the previous sentence, or else, unless it heads a state or government, in the whole text
    /// so far; a plural one fits every person the text named with its singular.
    fn title_antecedents_at(
        &self,
        index: usize,
        token_range: &Range<usize>,
        sentence: usize,
    ) -> Option<(usize, Vec<usize>)> {
        const LONGEST_BARE_TITLE: usize = 4;
        let word = self.word(index);
        // Most tokens open no noun phrase with a capitalised word: decide that first.
        let opens_noun_phrase = is_capitalised(word)
            && (index == token_range.start
                || matches!(self.word(index - 1), "the" | "The" | "and" | "two" | ","));
        if !opens_noun_phrase {
            return None;
        }
        // An ordinal may open a title (`First Vice Foreign Minister`).
        let ordinal = matches!(word, "First" | "Second") && is_title_word(self.word(index + 1));
        if !(ordinal || is_title_word(word) || is_title_word(word.trim_end_matches('s'))) {
            return None;
        }
        let mut end = index;
        while end < token_range.end.min(index + LONGEST_BARE_TITLE) && is_capitalised(self.word(end)) {
            end += 1;
        }
        let last = self.word(end - 1);
        let singular_last = singular_title(last);
        let plural = singular_last.is_some();
        let titles: Vec<&str> = (index..end - 1)
            .map(|token| self.word(token))
            .chain(std::iter::once(singular_last.as_deref().unwrap_or(last)))
            .collect();
        let is_post = titles
            .iter()
            .skip(usize::from(ordinal))
            .all(|title| is_title_word(title))
            && titles.iter().any(|title| is_post_head(title));
        // A name, a portfolio or a country after the title makes it another mention.
        let after = self.word(end);
        if !is_post || matches!(after, "of" | "for") || is_capitalised(after) {
            return None;
        }
        // The persons named with the title and a name after it, with the sentence of each such
        // mention, in one pass over the mentions.
        let named_with = |title: &str| -> Vec<(usize, usize)> {
            self.registry
                .mentions()
                .iter()
                .filter(|mention| {
                    mention.kind == MentionKind::Name
                        && self
                            .registry
                            .actor(mention.actor)
                            .is_some_and(|actor| actor.actor_type == "person")
                        && self.text.get(mention.range.clone()).is_some_and(|surface| {
                            surface
                                .find(title)
                                .is_some_and(|at| surface[at + title.len()..].starts_with(' '))
                        })
                })
                .map(|mention| (mention.actor, mention.sentence))
                .collect()
        };
        // A person's mention may leave the ordinal out (`Vice Foreign Minister Cho Hyundong`);
        // one that has it (`First Vice Foreign Minister Cho`) is the better fit.
        let mut named_with_title = named_with(&titles.join(" "));
        if ordinal && named_with_title.is_empty() {
            named_with_title = named_with(&titles[1..].join(" "));
        }
        // `the Foreign Minister` after `Qatari Minister of Foreign Affairs Mohammed bin
        // Abdulrahman Al-Thani`.
        if named_with_title.is_empty() {
            let short_form = titles.join(" ");
            for (_, long_form) in TITLE_VARIANTS.iter().filter(|(short, _)| *short == short_form) {
                named_with_title.extend(named_with(long_form));
            }
        }
        let persons_named_since = |since_sentence: usize| -> Vec<usize> {
            let mut persons: Vec<usize> = named_with_title
                .iter()
                .filter(|&&(_, named_in)| named_in >= since_sentence)
                .map(|&(person, _)| person)
                .collect();
            persons.sort_unstable();
            persons.dedup();
            persons
        };
        let persons = persons_named_since(0);
        if plural {
            return (!persons.is_empty()).then_some((end, persons));
        }
        let nearby = persons_named_since(sentence.saturating_sub(1));
        if nearby.len() == 1 {
            return Some((end, nearby));
        }
        // Further back, a head of state's or government's bare title is too often the speaker's
        // own (`the President travels` in a briefing that named President Putin earlier); a
        // minister's is the one the text introduced.
        let heads_a_state = titles.iter().any(|title| {
            matches!(
                *title,
                "President" | "Prime" | "King" | "Queen" | "Chancellor" | "Emir" | "Premier"
            )
        });
        (!heads_a_state && persons.len() == 1).then_some((end, persons))
    }

    /// Resolves one sentence.
    fn resolve_sentence(&mut self, sentence: usize, token_range: Range<usize>, pieces: &[Piece]) {
        let organisation_names = find_organisation_names(
            self.text,
            self.tokens,
            token_range.clone(),
            pieces,
            self.gazetteer,
        );
        let mut subject_country: Option<usize> = None;
        let person_spans: Vec<(usize, usize)> = pieces
            .iter()
            .filter(|piece| self.is_person_piece(piece))
            .map(|piece| {
                (
                    self.person_mention_start(&token_range, pieces, piece.tokens.start),
                    piece.tokens.start,
                )
            })
            .filter(|(start, name_start)| start < name_start)
            .collect();
        let mut piece_cursor = 0;
        let mut index = token_range.start;
        while index < token_range.end {
            // Before organisation names: a title is read as one (`Special Representative`) when
            // the gazetteer does not know the name after it.
            if let Some(person) = self.unknown_official_at(&token_range, pieces, &organisation_names, index) {
                self.resolve_unknown_official(&person, sentence, pieces);
                index = person.mention.end;
                continue;
            }
            // `Deputy Secretary Sherman and her counterparts jointly condemned`, after she spoke
            // with two of them: every other side of that meeting.
            if let Some(counterparts) = self.counterparts_at(index, sentence) {
                // The mention includes the pronoun, so that no one reads a country's name after
                // a possessive (`our China policy`) into it.
                let range = self.tokens[index - 1].start..self.tokens[index].end;
                self.mention_each_as_anaphor(&counterparts, &range, sentence);
                index += 1;
                continue;
            }
            if let Some((end, antecedents)) = self.title_antecedents_at(index, &token_range, sentence) {
                let range = self.tokens[index].start..self.tokens[end - 1].end;
                self.mention_each_as_anaphor(&antecedents, &range, sentence);
                index = end;
                continue;
            }
            if let Some(name) = organisation_names.iter().find(|name| name.tokens.start == index) {
                self.resolve_organisation_name(name, sentence);
                index = name.tokens.end;
                continue;
            }
            while piece_cursor < pieces.len() && pieces[piece_cursor].tokens.start < index {
                piece_cursor += 1;
            }
            // `Moldovan Foreign Minister Nicu Popescu`: a country word before an unknown
            // official's title is the official's country, not a composition with the title.
            let country_word_end = pieces
                .get(piece_cursor)
                .filter(|piece| piece.tokens.start == index)
                .filter(|piece| self.country_word_ending_at(pieces, piece.tokens.end).is_some())
                .map(|piece| piece.tokens.end);
            if let Some(person) = country_word_end.and_then(|title_start| {
                self.unknown_official_at(&token_range, pieces, &organisation_names, title_start)
            }) {
                self.resolve_unknown_official(&person, sentence, pieces);
                index = person.mention.end;
                continue;
            }
            // A title before a person belongs to the person: skip to the name.
            if let Some(&(_, name_start)) = person_spans
                .iter()
                .find(|(start, name_start)| (*start..*name_start).contains(&index))
            {
                index = name_start;
                continue;
            }
            if pieces
                .get(piece_cursor)
                .is_some_and(|piece| piece.tokens.start == index)
            {
                let next =
                    self.resolve_piece(sentence, &token_range, pieces, piece_cursor, &mut subject_country);
                index = next.max(index + 1);
                continue;
            }
            index = self.resolve_plain_token(sentence, &token_range, index);
        }
    }

    /// The official the gazetteer does not know whose title starts at token `index` (see
    /// [`crate::titled_persons`]), with token indices into the whole text.
    fn unknown_official_at(
        &self,
        token_range: &Range<usize>,
        pieces: &[Piece],
        organisation_names: &[OrganisationName],
        index: usize,
    ) -> Option<TitledPerson> {
        // Nearly every token is no capitalised title word: decide that before anything else.
        let word = self.word(index);
        if !(is_capitalised(word) && is_title_word(word)) {
            return None;
        }
        // A gazetteer name may start with a title (`Secretary Blinken` as an alias).
        let starts_known_name = pieces
            .iter()
            .any(|piece| piece.tokens.start == index && !matches!(piece.kind, PieceKind::Sector(_)));
        if starts_known_name {
            return None;
        }
        // A title, a portfolio and a name fit in a few words: read a window, not the sentence.
        let window_end = (index + UNKNOWN_OFFICIAL_WINDOW).min(token_range.end);
        let words: Vec<&str> = (index..window_end).map(|token| self.word(token)).collect();
        let offset = index;
        // The gazetteer's office holders are heads of state and government and ministers: a
        // family name after an envoy's or an under secretary's title is someone else's
        // (`Special Representative Kim` is no Kim of the gazetteer).
        let known_name_at = |relative: usize, own_rank: bool, name_start_relative: usize| {
            let token = relative + offset;
            let opens_name = relative == name_start_relative;
            // A known name or body after a title is the known actor's; further on, it ends the
            // name before it.
            let known_name = if opens_name {
                KnownNameAt::Actor
            } else {
                KnownNameAt::Boundary
            };
            if organisation_names.iter().any(|name| name.tokens.start == token) {
                return known_name;
            }
            match pieces
                .iter()
                .find(|piece| piece.tokens.start == token)
                .map(|piece| &piece.kind)
            {
                Some(PieceKind::Name(_)) => known_name,
                Some(PieceKind::Surname(_)) if own_rank => KnownNameAt::Nothing,
                Some(PieceKind::Surname(surname)) if !opens_name => {
                    // `Foreign Minister Al Nahyan` is the office holder whose full name has `Al`
                    // before `Nahyan`; `President Irfaan Ali` is not Abiy Ahmed Ali.
                    let given_words = &words[name_start_relative..relative];
                    let a_holder_bears_them = self
                        .gazetteer
                        .surnames
                        .get(surname)
                        .is_some_and(|holders| self.a_holder_bears_all(holders, given_words));
                    if a_holder_bears_them {
                        KnownNameAt::Actor
                    } else {
                        KnownNameAt::Nothing
                    }
                }
                Some(PieceKind::Surname(surname)) => {
                    // `Vice Foreign Minister Cho Hyundong` is not the office holder Cho Tae-yul: a
                    // family name followed by a given name that no holder of it bears opens
                    // another person's name (a verb after it is a headline's: `President Biden
                    // Announces`).
                    let next = words.get(relative + 1).copied().unwrap_or_default();
                    let next_is_other_given_name = is_name_word(next)
                        && !next.ends_with('s')
                        && !next.ends_with("ed")
                        && !pieces.iter().any(|piece| piece.tokens.start == token + 1)
                        && self
                            .gazetteer
                            .surnames
                            .get(surname)
                            .is_some_and(|holders| !self.a_holder_bears_all(holders, &[next]));
                    if next_is_other_given_name {
                        KnownNameAt::Nothing
                    } else {
                        KnownNameAt::Actor
                    }
                }
                Some(PieceKind::Sector(_)) | None => KnownNameAt::Nothing,
            }
        };
        let person = titled_person_at(&words, index - offset, known_name_at)?;
        // `President of South Africa`, `Vice-President of the African National Congress`,
        // `President of the European Community`: a known name that straddles the end of what
        // read as a portfolio is the post's country or body, and no person's name follows.
        let name_start = person.name.start + offset;
        let straddles_the_name = |tokens: &Range<usize>| tokens.start < name_start && name_start < tokens.end;
        if pieces.iter().any(|piece| straddles_the_name(&piece.tokens))
            || organisation_names
                .iter()
                .any(|name| straddles_the_name(&name.tokens))
        {
            return None;
        }
        Some(TitledPerson {
            mention: person.mention.start + offset..person.mention.end + offset,
            name: person.name.start + offset..person.name.end + offset,
            own_rank: person.own_rank,
        })
    }

    /// Makes an unknown official an actor of the government sector, with the country of a country
    /// word right before the title (`Ukrainian Foreign Minister Jane Doe`).
    fn resolve_unknown_official(&mut self, person: &TitledPerson, sentence: usize, pieces: &[Piece]) {
        // A country in a portfolio (`Special Representative for the Democratic People’s Republic
        // of Korea (DPRK) Ambassador Sung Kim`) is not the official's.
        let country_word = self
            .country_word_ending_at(pieces, person.mention.start)
            .or_else(|| {
                self.country_word_ending_at(
                    pieces,
                    self.title_start_with_its_country_word(person.mention.start),
                )
            })
            .or_else(|| self.country_word_before_unknown_title(pieces, person.mention.start))
            .filter(|(piece, _)| {
                piece.tokens.end == person.mention.start
                    || !matches!(
                        self.word(piece.tokens.start.saturating_sub(1)),
                        "for" | "of" | "the" | "on"
                    )
            });
        let country = country_word
            .and_then(|(_, country)| self.gazetteer.countries.get(country))
            .map(|country| country.iso3.to_owned())
            .or_else(|| self.country_of_state_body_ending_at(person.mention.start));
        // A mention never includes a possessive ending (`Special Envoy Kim’s travel`).
        let last_name_word = self.word(person.name.end - 1);
        let possessive_length = strip_possessive(last_name_word).map_or(0, |(_, length)| length);
        let name_range =
            self.tokens[person.name.start].start..self.tokens[person.name.end - 1].end - possessive_length;
        // Like an office holder's, the mention includes the country word before the title.
        let mention_start = country_word.map_or(person.mention.start, |(piece, _)| piece.tokens.start);
        let range = self.tokens[mention_start].start..name_range.end;
        // `Secretary General Delattre` after `Secretary General François Delattre`: the family
        // name alone names the official the text introduced with it.
        let family_name = last_name_word
            .get(..last_name_word.len() - possessive_length)
            .unwrap_or_default();
        let introduced = (person.name.len() == 1)
            .then(|| self.person_named_with_family_name(family_name))
            .flatten()
            .and_then(|official| self.registry.actor(official));
        let draft = match introduced {
            Some(official) => ActorDraft {
                id: official.id.clone(),
                name: official.name.clone(),
                actor_type: "person",
                country: official.country.clone(),
                sector: official.sector.clone(),
                organisation: official.organisation.clone(),
            },
            None => {
                let name = self.text.get(name_range).unwrap_or_default().to_owned();
                ActorDraft {
                    id: format!("person:{}", slug(&name)),
                    name,
                    actor_type: "person",
                    country,
                    sector: Some("GOV".to_owned()),
                    organisation: None,
                }
            }
        };
        let known_country = draft.country.is_some();
        // `our Chargé d'Affaires Kristina Kvien` is the speaker's, whatever the rank.
        let after_first_person_possessive = person
            .mention
            .start
            .checked_sub(1)
            .is_some_and(|before| is_first_person_possessive(self.word(before)));
        let actor = self.mention(draft, range, sentence, MentionKind::Name);
        if (person.own_rank || after_first_person_possessive)
            && !known_country
            && !self.own_rank_officials.contains(&actor)
        {
            self.own_rank_officials.push(actor);
        }
    }

    /// The country of the state body mentioned right before token `title_start` (`French Foreign
    /// Ministry Secretary General François Delattre`): an official titled after their ministry
    /// serves its country.
    fn country_of_state_body_ending_at(&self, title_start: usize) -> Option<String> {
        let before = self.tokens.get(title_start.checked_sub(1)?)?;
        let mention = self
            .registry
            .mentions()
            .iter()
            .rev()
            .find(|mention| mention.range.end == before.end)?;
        let actor = self.registry.actor(mention.actor)?;
        let is_state_body = actor.actor_type != "person"
            && matches!(actor.sector.as_deref(), Some("GOV" | "MIL" | "LEG" | "JUD"));
        is_state_body.then(|| actor.country.clone()).flatten()
    }

    /// Resolves a token that starts no piece: pronouns and `this country`; returns the next index.
    fn resolve_plain_token(&mut self, sentence: usize, token_range: &Range<usize>, index: usize) -> usize {
        let word = self.word(index);
        let token = self.tokens[index];
        if token.kind != TokenKind::Word {
            return index + 1;
        }
        if self.resolve_hyphenated_parties(index, sentence) {
            return index + 1;
        }
        if let Some(title_words) = self.speaker_title_at(index, token_range) {
            // `the Secretary`, `the Minister`, `my President`: in a government's statement, its
            // own office holder.
            let title_start = if is_first_person_possessive(word) {
                token.start
            } else {
                self.tokens[index + 1].start
            };
            let title = title_start..self.tokens[index + title_words].end;
            let after_title = index + 1 + title_words;
            if index == token_range.start && after_title < token_range.end && self.word(after_title) == "and"
            {
                self.speaker_coordination = Some(SpeakerCoordination {
                    sentence,
                    after_and: after_title + 1,
                    partner: None,
                });
            }
            self.speaker_titles.push((title, sentence));
            self.first_person_sentence = Some(sentence);
            self.speaker_title_after_last_person = Some(sentence);
            self.last_mention = Some(LastMention::Speaker);
            return index + 1 + title_words;
        } else if is_first_person(word) {
            self.first_person.push((token.start..token.end, sentence));
            self.first_person_sentence = Some(sentence);
            let names_the_speakers_state = is_first_person_possessive(word)
                && index + 1 < token_range.end
                && SPEAKER_STATE_NOUNS.contains(&self.word(index + 1));
            self.last_mention = Some(if names_the_speakers_state {
                LastMention::SpeakerState { sentence }
            } else {
                LastMention::Speaker
            });
        } else if let Some(organisation) = self.organisation_head_at(index, token_range) {
            let head = self.tokens[index + 1];
            self.registry
                .mention(organisation, head.start..head.end, sentence, MentionKind::Anaphor);
            self.note_organisation(organisation);
            self.last_mention = Some(LastMention::Actor {
                actor: organisation,
                sentence,
            });
            return index + 2;
        } else if self.addresses_the_president_at(index, token_range) {
            // `I congratulate you, Sir, on your election`: in a speech to the General Assembly,
            // its President, coded as the Assembly. A second person is no antecedent of a third
            // person's `it` (`My country assures you of its support`).
            if let Some(assembly) = self.gazetteer.organisation("UNGA") {
                let (last_mention, last_subject) = (self.last_mention, self.last_subject);
                self.mention(
                    organisation_draft(assembly),
                    token.start..token.end,
                    sentence,
                    MentionKind::Anaphor,
                );
                (self.last_mention, self.last_subject) = (last_mention, last_subject);
            }
        } else if self.addresses_someone_at(index, token_range) {
            self.second_person.push((token.start..token.end, sentence));
        } else if is_plural_subject_pronoun(word) {
            // A subject `they` (followed by its verb) at the start of a sentence's clauses is the
            // plural subject of the previous sentence; further back, or as an object, it is left
            // unresolved. Inside its antecedent's own sentence (`Obama and Putin said they will`)
            // the event coder already finds the whole coordination, which one mention cannot name.
            self.resolve_plural_anaphor(token.start..token.end, index + 1, sentence, token_range);
        } else if let Some(words) = self.two_parties_phrase_at(index, token_range) {
            // `The two leaders discussed`, `Both sides agreed`: a readout's `they`.
            let last = self.tokens[index + words - 1];
            self.resolve_plural_anaphor(token.start..last.end, index + words, sentence, token_range);
            return index + words;
        } else if is_personal_pronoun(word) {
            // `he`/`she` is the person named last, if that was in this or the previous sentence;
            // a pronoun that far from any name is left unresolved rather than guessed. After the
            // speaker's own office holder (`My President conveyed these messages in his visits`,
            // `The Secretary expressed his appreciation`) it is that office holder.
            let speaker_title_is_nearer = self
                .speaker_title_after_last_person
                .is_some_and(|title_sentence| title_sentence + 1 >= sentence);
            // A subject `he` opening a sentence continues the person who was the subject of the
            // sentence before, even when another was named after them (`Ambassador Fagin
            // presented his credentials to President Alimi. He welcomed ...`).
            let subject_person = self
                .last_subject
                .filter(|&(_, subject_sentence)| {
                    index == token_range.start && subject_sentence + 1 == sentence
                })
                .filter(|&(actor, _)| {
                    self.verb_follows(index + 1, token_range.end)
                        && self
                            .registry
                            .actor(actor)
                            .is_some_and(|actor| actor.actor_type == "person")
                })
                .map(|(actor, _)| actor);
            if speaker_title_is_nearer {
                self.first_person.push((token.start..token.end, sentence));
            } else if let Some(person) = subject_person {
                self.registry
                    .mention(person, token.start..token.end, sentence, MentionKind::Anaphor);
            } else if let Some((person, person_sentence)) = self.last_person {
                if person_sentence + 1 >= sentence {
                    self.registry
                        .mention(person, token.start..token.end, sentence, MentionKind::Anaphor);
                }
            }
        } else if is_it_pronoun(word) && !self.is_expletive_it(index, token_range) {
            // `It also wishes`, `It flatly denies`: adverbs may stand before the verb.
            let is_subject = matches!(word, "it" | "It") && self.verb_follows(index + 1, token_range.end);
            // `Our nation was born in 1804 and ... it has never hesitated`, `My country reaffirms
            // its support`: the speaker's state. An object `it` after it is something else
            // (`our country stands with it`).
            let after_speakers_state = matches!(
                self.last_mention,
                Some(LastMention::SpeakerState { sentence: state_sentence }) if state_sentence + 1 >= sentence
            );
            if after_speakers_state && (is_subject || !matches!(word, "it" | "It")) {
                self.first_person.push((token.start..token.end, sentence));
                return index + 1;
            }
            // `My country, while stating its commitment to Security Council resolutions,
            // reiterates its condemnation`: the verb after an aside set off by commas has the
            // sentence's opening subject, and so does the `its` it governs.
            let after_verb_after = |opener: &str| {
                matches!(word, "its" | "Its")
                    && index >= token_range.start + 2
                    && self.word(index - 2) == opener
                    && is_verb_like(self.word(index - 1))
            };
            let after_aside =
                after_verb_after(",") && self.opens_with_speakers_state_and_aside(token_range.start, index);
            let coordinated_after_aside =
                after_verb_after("and") && self.speakers_state_subject_after_aside == Some(sentence);
            if after_aside || coordinated_after_aside {
                self.speakers_state_subject_after_aside = Some(sentence);
                self.first_person.push((token.start..token.end, sentence));
                return index + 1;
            }
            let nearest = match self.last_mention {
                Some(LastMention::Actor {
                    actor,
                    sentence: antecedent_sentence,
                }) => Some((actor, antecedent_sentence)),
                _ => None,
            };
            // A subject `it` opening a sentence continues the subject of the sentence before
            // (`Djibouti remains committed to ... for our people. It deplores ...`).
            // A connective may come first (`Hence, it fully supports`).
            let opens_sentence = index == token_range.start
                || (index > token_range.start
                    && SENTENCE_CONNECTIVES
                        .iter()
                        .any(|connective| connective.eq_ignore_ascii_case(self.word(token_range.start)))
                    && (index == token_range.start + 1
                        || (index == token_range.start + 2 && self.word(token_range.start + 1) == ",")));
            // `It maligns the Minsk Group ... to hide its own refusal`: `its own` is the
            // subject's, whatever was named since.
            let reflexive = matches!(word, "its" | "Its") && self.word(index + 1) == "own";
            // `Jordan, as a country that respects the Charter of the United Nations, does not
            // approve ..., nor does it support`: an `it` inverted after `nor` or `neither` is the
            // subject that opened the sentence.
            let inverted = index >= token_range.start + 2
                && matches!(self.word(index - 2), "nor" | "neither" | "Nor" | "Neither")
                && matches!(
                    self.word(index - 1),
                    "does" | "did" | "do" | "has" | "had" | "is" | "was" | "will" | "would" | "can" | "could"
                );
            let preferred = if reflexive {
                self.last_subject
                    .filter(|&(_, subject_sentence)| subject_sentence == sentence)
                    .or(nearest)
            } else if inverted {
                self.sentence_opening_mention(sentence, token_range.start)
                    .map(|actor| (actor, sentence))
                    .or(nearest)
            } else if is_subject {
                self.last_subject
                    .filter(|&(_, subject_sentence)| {
                        subject_sentence == sentence || (opens_sentence && subject_sentence + 1 == sentence)
                    })
                    .or(nearest)
            } else {
                nearest
            };
            let antecedent = match preferred {
                // A state's government or delegation is an `it` too (`the Guinean delegation
                // encourages ... It also wishes`), but not one of its office holders (`Mr.
                // Karimov met ... the vote against it`).
                Some((actor, antecedent_sentence)) if antecedent_sentence + 1 >= sentence => self
                    .registry
                    .actor(actor)
                    .filter(|actor| {
                        matches!(actor.actor_type.as_str(), "country" | "organisation")
                            || (actor.actor_type != "person"
                                && actor.sector.as_deref() == Some("GOV")
                                && actor.country.is_some())
                    })
                    .map(|_| actor),
                _ => None,
            };
            if let Some(actor) = antecedent {
                self.registry
                    .mention(actor, token.start..token.end, sentence, MentionKind::Anaphor);
                self.last_mention = Some(LastMention::Actor { actor, sentence });
                if is_subject {
                    self.last_subject = Some((actor, sentence));
                }
            }
        } else if let Some(occupier) = self.occupying_power_at(index, token_range) {
            // `The occupying Power also continues to refuse`: the occupier the text named.
            let range = self.tokens[index + 1].start..self.tokens[index + 2].end;
            self.mention(country_draft(occupier), range, sentence, MentionKind::Anaphor);
            return index + 3;
        } else if is_country_determiner(word)
            && index + 1 < token_range.end
            && self.word(index + 1) == "country"
        {
            if let Some(country) = self.last_country_named() {
                // Mentions never start with the article `the`; `this`/`that` are kept.
                let start = if word.eq_ignore_ascii_case("the") {
                    self.tokens[index + 1].start
                } else {
                    token.start
                };
                let draft = country_draft(country);
                self.mention(
                    draft,
                    start..self.tokens[index + 1].end,
                    sentence,
                    MentionKind::Anaphor,
                );
            }
            return index + 2;
        }
        index + 1
    }

    /// The country that `the occupying Power` (or `the occupying forces`) at `index` refers
    /// to: the occupier the text named last, if it named one.
    fn occupying_power_at(&self, index: usize, token_range: &Range<usize>) -> Option<&'static Country> {
        let is_occupying_power = index + 2 < token_range.end
            && self.word(index).eq_ignore_ascii_case("the")
            && self.word(index + 1) == "occupying"
            && matches!(
                self.word(index + 2),
                "Power" | "power" | "Powers" | "powers" | "force" | "forces"
            );
        if !is_occupying_power {
            return None;
        }
        self.last_occupier
            .and_then(|occupier| self.gazetteer.countries.get(occupier))
    }

    /// Whether the `it` at `index` is the empty subject of an extraposed clause (`it is important
    /// to help`, `it is clear that`, `it is high time for`, `it has become imperative to`), which
    /// refers to no actor: a form of `to be` (perhaps after an auxiliary) and one or two
    /// lower-case words (no article, no disposition such as `committed`) before `to`, `that`,
    /// `for` or `whether`.
    fn is_expletive_it(&self, index: usize, token_range: &Range<usize>) -> bool {
        let word = self.word(index);
        if !matches!(word, "it" | "It") || index + 3 >= token_range.end {
            return false;
        }
        // `It gives me great pleasure to welcome`, `it gave us particular satisfaction that`: the
        // pleasure is the speaker's and the clause after it says what gives it.
        if matches!(self.word(index + 1), "gives" | "gave" | "give")
            && matches!(self.word(index + 2), "me" | "us")
            && (index + 3..(index + 7).min(token_range.end))
                .take_while(|&position| !matches!(self.word(position), "to" | "that"))
                .any(|position| COURTESY_FEELINGS.contains(&self.word(position)))
        {
            return true;
        }
        let complement_start = if matches!(
            self.word(index + 1),
            "is" | "was" | "remains" | "seems" | "appears" | "becomes" | "became"
        ) {
            index + 2
        } else if matches!(
            self.word(index + 1),
            "has" | "had" | "will" | "would" | "may" | "might" | "must" | "should" | "could"
        ) && matches!(self.word(index + 2), "become" | "been" | "be" | "remain" | "seem")
        {
            index + 3
        } else {
            return false;
        };
        (complement_start + 1..(complement_start + 3).min(token_range.end)).any(|clause_word| {
            matches!(self.word(clause_word), "to" | "that" | "for" | "whether")
                && !(complement_start..clause_word).any(|between| DISPOSITIONS.contains(&self.word(between)))
                && (complement_start..clause_word).all(|between| {
                    let between_word = self.word(between);
                    !matches!(between_word, "a" | "an" | "the")
                        && between_word
                            .chars()
                            .all(|character| character.is_ascii_lowercase())
                })
        })
    }

    /// The number of words of a bare office title after `the` at `index` (`the Secretary`, `the
    /// Foreign Minister`), or after `my`/`our` (`my President`), when no name or `of` follows it.
    fn speaker_title_at(&self, index: usize, token_range: &Range<usize>) -> Option<usize> {
        let first_person_possessive = is_first_person_possessive(self.word(index));
        if !(self.word(index).eq_ignore_ascii_case("the") || first_person_possessive) {
            return None;
        }
        // A title may be possessive (`The President's sanctions`, `the Secretary's trip`).
        let without_possessive = |token: usize| {
            let word = self.word(token);
            strip_possessive(word).map_or(word, |(stem, _)| stem)
        };
        // `The President's swift and severe sanctions` in a government's statement (one whose
        // speaker its publisher names) is its own head of state; in a speech to the General
        // Assembly, whose country the corpus gives, it is most often the Assembly's President. (A
        // president the text has named is found before, as a title's antecedent.)
        const OWN_HEAD_OF_STATE: &[&str] = &["President"];
        let extra_titles: &[&str] = if first_person_possessive {
            FIRST_PERSON_TITLES
        } else if without_possessive(index + 1) == "President"
            && self.speaker_country.is_none()
            && !self.is_an_address_to_the_assembly()
        {
            OWN_HEAD_OF_STATE
        } else {
            &[]
        };
        // This runs at every `the`: titles are tried only when their first word is the next word,
        // and matched word by word without collecting them.
        let next_word = without_possessive(index + 1);
        let starts_with_next_word = |title: &&&str| {
            !next_word.is_empty()
                && title
                    .strip_prefix(next_word)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        };
        let title_words = extra_titles
            .iter()
            .chain(SPEAKER_TITLES)
            .filter(starts_with_next_word)
            .find_map(|title| {
                let word_count = title.split(' ').count();
                let fits = index + word_count < token_range.end
                    && title
                        .split(' ')
                        .enumerate()
                        .all(|(offset, expected)| without_possessive(index + 1 + offset) == expected);
                fits.then_some(word_count)
            })?;
        let after = index + 1 + title_words;
        // `the Secretary-\nGeneral`: a hyphen after the title continues it into a longer one.
        let followed_by_name_or_of = after < token_range.end && {
            let next = self.word(after);
            matches!(next, "of" | "General" | "-") || next.chars().next().is_some_and(char::is_uppercase)
        };
        (!followed_by_name_or_of).then_some(title_words)
    }

    /// Resolves an unknown organisation name, or a state body named with its country.
    fn resolve_organisation_name(&mut self, name: &OrganisationName, sentence: usize) {
        let country = self
            .country_of_word(name.country_readings, NameTarget::country_word)
            .and_then(|country| self.gazetteer.countries.get(country));
        if !name.distinctive {
            if let (Some(country), true) = (country, STATE_SECTORS.contains(&name.sector)) {
                let draft = composition_draft(country, name.sector, true);
                self.mention(draft, name.range.clone(), sentence, MentionKind::Composition);
                return;
            }
            if country.is_none() {
                return;
            }
        }
        let surface = self.text.get(name.range.clone()).unwrap_or("");
        let key = identity_key(surface);
        let actor = match self.organisation_keys.get(&key) {
            Some(&actor) => actor,
            None => {
                let draft = ActorDraft {
                    id: format!("org:{}", slug(surface)),
                    name: surface.to_owned(),
                    actor_type: "organisation",
                    country: country.map(|country| country.iso3.to_owned()),
                    sector: Some(name.sector.to_owned()),
                    organisation: None,
                };
                let actor = self.registry.intern(draft);
                self.organisation_keys.insert(key, actor);
                actor
            }
        };
        self.registry
            .mention(actor, name.range.clone(), sentence, MentionKind::Name);
        self.note_organisation(actor);
        self.last_mention = Some(LastMention::Actor { actor, sentence });
    }

    /// Mentions the parties of a hyphenated compound (`the U.S.-Japan alliance`, `U.S.-EU
    /// trade`, `Japan-U.S.-ROK`), which the tokenizer keeps as one word: when every part is a
    /// country's or an organisation's name, each is a mention, in text order (`U.S.-based` and
    /// `Israeli-Palestinian` are no such compound). Returns whether it did.
    fn resolve_hyphenated_parties(&mut self, index: usize, sentence: usize) -> bool {
        const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];
        let token = self.tokens[index];
        let word = self.word(index);
        if !word.contains(HYPHENS) {
            return false;
        }
        let word = strip_possessive(word).map_or(word, |(stem, _)| stem);
        let mut parts = Vec::new();
        let mut offset = 0;
        for part in word.split(HYPHENS) {
            let draft = self.gazetteer.names.root(part).and_then(|node| {
                self.gazetteer
                    .names
                    .values(node)
                    .iter()
                    .find_map(|target| match target {
                        NameTarget::CountryName(country) => {
                            self.gazetteer.countries.get(*country).map(country_draft)
                        }
                        NameTarget::Organisation(organisation) => self
                            .gazetteer
                            .organisations
                            .get(*organisation)
                            .map(organisation_draft),
                        _ => None,
                    })
            });
            let Some(draft) = draft else {
                return false;
            };
            let start = token.start + offset;
            parts.push((draft, start..start + part.len()));
            // The part and the hyphen after it (every hyphen is one UTF-8 code point).
            offset += part.len()
                + word[offset + part.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
        }
        if parts.len() < 2 {
            return false;
        }
        for (draft, range) in parts {
            self.mention(draft, range, sentence, MentionKind::Name);
        }
        true
    }

    /// Whether the text is a speech to the General Assembly that speaks to its President (see
    /// [`crate::assembly_address`]), read once.
    fn is_an_address_to_the_assembly(&self) -> bool {
        *self.addresses_the_assembly_president.get_or_init(|| {
            let words: Vec<&str> = (0..self.tokens.len()).map(|token| self.word(token)).collect();
            addresses_the_assembly_president(&words)
        })
    }

    /// Whether the word at `index` addresses the President of the General Assembly in a speech
    /// to it (`you`, `your`; see [`crate::assembly_address`]).
    fn addresses_the_president_at(&self, index: usize, token_range: &Range<usize>) -> bool {
        if !is_second_person(self.word(index)) {
            return false;
        }
        let addresses = self.is_an_address_to_the_assembly();
        // The word's neighbours within its sentence.
        let before = if index > token_range.start {
            self.word(index - 1)
        } else {
            ""
        };
        let after = if index + 1 < token_range.end {
            self.word(index + 1)
        } else {
            ""
        };
        addresses && addresses_the_president(before, self.word(index), after)
    }

    /// Whether the word at `index` is a second person that names the one addressed as a party:
    /// a possessive (`your meeting`) or a subject (`Would you support`, `that you will`,
    /// `You said`), not an object (`Let me ask you`, `what struck you`), a courtesy (`thank
    /// you`), a request for information (`Can you tell us`, `Could you give us`) or the whole
    /// audience (`you all`).
    fn addresses_someone_at(&self, index: usize, token_range: &Range<usize>) -> bool {
        const QUESTION_AUXILIARIES: &[&str] = &[
            "would", "will", "do", "did", "does", "have", "has", "had", "are", "were", "should", "shall",
        ];
        const CLAUSE_OPENERS: &[&str] = &[
            "that", "if", "when", "as", "and", "but", "because", "so", "whether", "what", "how", "why",
            "where", ",",
        ];
        let word = self.word(index);
        if !is_second_person(word) {
            return false;
        }
        if matches!(word, "your" | "Your") {
            // `Thank you very much for your availability` is a courtesy, not an act of theirs.
            const COURTESY_REACH: usize = 5;
            return !(index.saturating_sub(COURTESY_REACH).max(token_range.start)..index)
                .any(|before| matches!(self.word(before).to_lowercase().as_str(), "thank" | "thanks"));
        }
        if !word.eq_ignore_ascii_case("you") || index + 1 >= token_range.end {
            return false;
        }
        let before = if index > token_range.start {
            self.word(index - 1).to_lowercase()
        } else {
            String::new()
        };
        let after = self.word(index + 1);
        let opens_its_clause = before.is_empty()
            || QUESTION_AUXILIARIES.contains(&before.as_str())
            || CLAUSE_OPENERS.contains(&before.as_str());
        // `you've`, `you're` and, after a question's auxiliary, an inserted phrase (`Would you,
        // let's say, give`) go on with the clause as much as a verb does.
        let clause_goes_on = after.chars().next().is_some_and(char::is_alphabetic)
            || after.starts_with(['\'', '’'])
            || (after == "," && QUESTION_AUXILIARIES.contains(&before.as_str()));
        opens_its_clause && !matches!(after, "know" | "all" | "both" | "very") && clause_goes_on
    }

    /// Records a mention of organisation `actor` (the latest mentioned last).
    fn note_organisation(&mut self, actor: usize) {
        if self.organisations_mentioned.last() != Some(&actor) {
            self.organisations_mentioned.push(actor);
        }
    }

    /// The organisation that a bare head noun after `the` at `index` refers back to (`the Court`
    /// after `the International Court of Justice`): the latest mentioned whose name has that
    /// word, when no name or `of` follows the head (`the Court of Appeal` is another name); and
    /// the one `this body` or `that body` refers back to, the latest mentioned.
    fn organisation_head_at(&self, index: usize, token_range: &Range<usize>) -> Option<usize> {
        // `That body has been silent on repression`: `this body` or `that body` is the
        // organisation mentioned last.
        let demonstrative_body = matches!(self.word(index), "this" | "This" | "that" | "That")
            && index + 1 < token_range.end
            && self.word(index + 1) == "body"
            && self.word(index + 2) != "of";
        if demonstrative_body {
            return self.organisations_mentioned.last().copied();
        }
        if !self.word(index).eq_ignore_ascii_case("the") || index + 1 >= token_range.end {
            return None;
        }
        let head = self.word(index + 1);
        if !ORGANISATION_HEADS.contains(&head) {
            return None;
        }
        let after = self.word(index + 2);
        if index + 2 < token_range.end
            && (after == "of" || after.chars().next().is_some_and(char::is_uppercase))
        {
            return None;
        }
        // Only the latest mentions are searched, so that a long document full of `the Council`
        // with no council named costs a constant per word, not a walk back to its start.
        self.organisations_mentioned
            .iter()
            .rev()
            .take(ORGANISATION_LOOKBACK)
            .copied()
            .find(|&actor| {
                self.registry
                    .actor(actor)
                    .is_some_and(|known| known.name.split([' ', '-']).any(|word| word == head))
            })
    }

    /// Whether the piece is preceded by `the same` / `same`, making it an anaphor.
    fn after_same(&self, first_token: usize, floor: usize) -> bool {
        first_token > floor && self.word(first_token - 1).eq_ignore_ascii_case("same")
    }

    /// The sector piece that a country word at `pieces[at]` composes with, if any: the next piece,
    /// a sector term, after at most [`MAX_MODIFIERS`] modifier words.
    fn composed_sector<'p>(&self, pieces: &'p [Piece], at: usize) -> Option<&'p Piece> {
        let piece = &pieces[at];
        let next = pieces.get(at + 1)?;
        let PieceKind::Sector(_) = next.kind else {
            return None;
        };
        let gap = piece.tokens.end..next.tokens.start;
        // A quantifier opens a noun phrase of its own, so a word before it is no modifier but a
        // verb (`Kenya joined other delegations`, `Japan thanked all delegations`).
        let quantifier_after_a_word = gap
            .clone()
            .skip(1)
            .any(|index| NOUN_PHRASE_QUANTIFIERS.contains(&self.word(index)));
        let modifiers_only = gap.len() <= MAX_MODIFIERS
            && !quantifier_after_a_word
            && gap
                .clone()
                .all(|index| self.tokens[index].kind == TokenKind::Word && may_modify_noun(self.word(index)));
        modifiers_only.then_some(next)
    }

    /// The sector piece of the next country adjective when the country word at `pieces[at]` is
    /// coordinated with it before one sector term (`the French and German Governments`, `Russian,
    /// Chinese and Iranian officials`, `the United States and British authorities`): each
    /// conjunct is a composition with that sector. A list joined by commas must end with `and`
    /// (`a visit to Thailand, U.S. Ambassador Roe` is no list), and a country's name takes part
    /// only right before `and` and a plural sector term.
    fn sector_of_next_conjunct<'p>(&self, pieces: &'p [Piece], at: usize) -> Option<&'p Piece> {
        let piece = &pieces[at];
        let next = pieces.get(at + 1)?;
        let adjacent = next.tokens.start == piece.tokens.end + 1 && !piece.possessive;
        if !adjacent || !self.is_country_adjective_piece(next) {
            return None;
        }
        let is_adjective = self.is_country_adjective_piece(piece);
        match self.word(piece.tokens.end) {
            "and" => self.composed_sector(pieces, at + 1).filter(|sector| {
                is_adjective
                    || self
                        .text
                        .get(sector.range.clone())
                        .is_some_and(|form| form.ends_with('s'))
            }),
            "," if is_adjective => self.sector_of_next_conjunct(pieces, at + 1),
            _ => None,
        }
    }

    /// Whether `piece` is a country's adjective or people word (`French`, `British`), not its
    /// name.
    fn is_country_adjective_piece(&self, piece: &Piece) -> bool {
        let targets = name_targets(self.gazetteer, piece);
        targets.iter().any(|target| {
            matches!(
                target,
                NameTarget::CountryAdjective(_) | NameTarget::CountryPeople(_)
            )
        }) && !targets
            .iter()
            .any(|target| matches!(target, NameTarget::CountryName(_)))
    }

    /// Resolves the piece at `pieces[at]`; returns the token index after everything it used.
    fn resolve_piece(
        &mut self,
        sentence: usize,
        token_range: &Range<usize>,
        pieces: &[Piece],
        at: usize,
        subject_country: &mut Option<usize>,
    ) -> usize {
        let piece = &pieces[at];
        let anaphoric = self.after_same(piece.tokens.start, token_range.start);
        match piece.kind {
            PieceKind::Name(node) => {
                let targets = self.gazetteer.names.values(node);
                self.resolve_name(
                    sentence,
                    token_range,
                    pieces,
                    at,
                    targets,
                    anaphoric,
                    subject_country,
                )
            }
            PieceKind::Sector(row) => {
                self.resolve_sector(sentence, token_range, pieces, at, row, *subject_country)
            }
            PieceKind::Surname(surname) => {
                self.resolve_surname(sentence, token_range, pieces, piece, surname, anaphoric);
                piece.tokens.end
            }
        }
    }

    /// Whether a piece names an office holder (fully, or by family name).
    fn is_person_piece(&self, piece: &Piece) -> bool {
        match piece.kind {
            PieceKind::Name(node) => self.gazetteer.names_a_person(node),
            PieceKind::Surname(_) => true,
            PieceKind::Sector(_) => false,
        }
    }

    /// The first token of a person mention: its title, and a country word before the title.
    fn person_mention_start(
        &self,
        token_range: &Range<usize>,
        pieces: &[Piece],
        first_token: usize,
    ) -> usize {
        let words: Vec<&str> = (token_range.start..first_token)
            .map(|index| self.word(index))
            .collect();
        let Some(title) = title_start(&words, 0, words.len()) else {
            return first_token;
        };
        let title_token = token_range.start + title;
        self.country_word_ending_at(pieces, title_token)
            .map_or(title_token, |(country_word, _)| country_word.tokens.start)
    }

    /// The gazetteer's names in the whole text, read as one sentence (for a document's title).
    pub(crate) fn whole_text_pieces(&self) -> Vec<Piece> {
        let mut pieces = Vec::new();
        match_sentence(
            self.text,
            self.tokens,
            0..self.tokens.len(),
            self.gazetteer,
            &mut pieces,
        );
        pieces
    }

    /// The country of the official whom this text, a document's title, names with `name_word`
    /// after a title and a country word (`Moldovan Foreign Minister Nicu Popescu`, for `Popescu`
    /// or `Nicu`), when every such naming gives the same country. Titles are in title case, so
    /// the name is found from the word the text already knows, not by reading capitals forward.
    /// `pieces` are [`Self::whole_text_pieces`].
    pub(crate) fn country_of_titled_name(&self, pieces: &[Piece], name_word: &str) -> Option<&'static str> {
        let words: Vec<&str> = (0..self.tokens.len()).map(|index| self.word(index)).collect();
        let mut countries = words
            .iter()
            .enumerate()
            .filter(|(_, word)| {
                let bare = strip_possessive(word).map_or(**word, |(bare, _)| bare);
                bare.eq_ignore_ascii_case(name_word)
            })
            .filter_map(|(index, _)| {
                // Back over the name's other words (`Nicu`) to its title.
                let mut name_start = index;
                while name_start > 0
                    && index - name_start < MOST_WORDS_BEFORE_A_FAMILY_NAME
                    && is_capitalised(words[name_start - 1])
                    && !is_title_word(words[name_start - 1])
                {
                    name_start -= 1;
                }
                let first_title_word = title_start(&words, 0, name_start)?;
                let (_, country) = self.country_word_ending_at(pieces, first_title_word)?;
                Some(self.gazetteer.countries.get(country)?.iso3)
            });
        let country = countries.next()?;
        countries.all(|other| other == country).then_some(country)
    }

    /// The piece that ends right before token `token` and names a country or its adjective
    /// (`Ukrainian` in `Ukrainian Foreign Minister ...`), with the country's index.
    fn country_word_ending_at<'p>(&self, pieces: &'p [Piece], token: usize) -> Option<(&'p Piece, usize)> {
        let piece = pieces.iter().find(|piece| piece.tokens.end == token)?;
        let PieceKind::Name(node) = piece.kind else {
            return None;
        };
        let country = self.country_of_word(self.gazetteer.names.values(node), |target| match *target {
            NameTarget::CountryName(country) | NameTarget::CountryAdjective(country) => Some(country),
            _ => None,
        })?;
        Some((piece, country))
    }

    /// The country word before the words of a title the gazetteer does not know, which end where
    /// the known title starts at `title_start` (`Moroccan Delegate Minister and Special Envoy
    /// Karim Bennani`): capitalised words (a sector's among them), `and` or `of`, none of them
    /// part of another name.
    fn country_word_before_unknown_title<'p>(
        &self,
        pieces: &'p [Piece],
        title_start: usize,
    ) -> Option<(&'p Piece, usize)> {
        let in_a_name = |token: usize| {
            pieces
                .iter()
                .any(|piece| !matches!(piece.kind, PieceKind::Sector(_)) && piece.tokens.contains(&token))
        };
        let start = self.unknown_title_start(title_start, in_a_name);
        // The word right after the country is part of its title, not a connective.
        if start == title_start || matches!(self.word(start), "and" | "of") {
            return None;
        }
        self.country_word_ending_at(pieces, start)
    }

    /// Where the words of a title the gazetteer does not know that end at token `end` start: at
    /// most [`UNKNOWN_TITLE_WORDS`] capitalised words, `and` or `of` right before `end`, none of
    /// them a token `stop` accepts.
    fn unknown_title_start(&self, end: usize, stop: impl Fn(usize) -> bool) -> usize {
        let mut start = end;
        while start > 0 && end - start < UNKNOWN_TITLE_WORDS {
            let word = self.word(start - 1);
            if stop(start - 1) || !(word.starts_with(char::is_uppercase) || matches!(word, "and" | "of")) {
                break;
            }
            start -= 1;
        }
        start
    }

    /// The token a country word before the title starting at `title_start` would end at: the
    /// title's start, or before an ordinal and a bracketed abbreviation that stand between them
    /// (`Republic of Korea (ROK) First Vice Foreign Minister`).
    fn title_start_with_its_country_word(&self, title_start: usize) -> usize {
        let mut start = title_start;
        if start > 0 && matches!(self.word(start - 1), "First" | "Second") {
            start -= 1;
        }
        if start >= 3 && self.word(start - 1) == ")" && self.word(start - 3) == "(" {
            start -= 3;
        }
        start
    }

    /// The draft of office holder `person` at the document date.
    fn person_draft(&self, person: usize) -> Option<ActorDraft> {
        let person = self.gazetteer.persons.get(person)?;
        let term = person.term_at(self.date);
        let country = term
            .map(|term| term.country)
            .filter(|country| self.gazetteer.country(country).is_some());
        Some(ActorDraft {
            id: format!("person:{}", person.person_id),
            name: person.name.to_owned(),
            actor_type: "person",
            country: country.map(str::to_owned),
            sector: term.map(|term| term.sector.to_owned()),
            organisation: term
                .map(|term| term.country)
                .filter(|organisation| self.gazetteer.organisation(organisation).is_some())
                .map(|organisation| format!("org:{organisation}")),
        })
    }

    /// Records a mention of office holder `person`.
    fn mention_person(&mut self, person: usize, range: Range<usize>, sentence: usize, kind: MentionKind) {
        if let Some(draft) = self.person_draft(person) {
            let actor = self.mention(draft, range, sentence, kind);
            if !self.persons_mentioned.iter().any(|&(known, _)| known == person) {
                self.persons_mentioned.push((person, actor));
            }
        }
    }

    /// Resolves a gazetteer name.
    #[allow(clippy::too_many_arguments)]
    fn resolve_name(
        &mut self,
        sentence: usize,
        token_range: &Range<usize>,
        pieces: &[Piece],
        at: usize,
        targets: &[NameTarget],
        anaphoric: bool,
        subject_country: &mut Option<usize>,
    ) -> usize {
        let piece = &pieces[at];
        let name_kind = if anaphoric {
            MentionKind::Anaphor
        } else {
            MentionKind::Name
        };
        let mut end = piece.tokens.end;
        let first = |wanted: fn(&NameTarget) -> Option<usize>| targets.iter().find_map(wanted);
        if let Some(person) = first(|target| match target {
            NameTarget::Person(person) => Some(*person),
            _ => None,
        }) {
            let start = self.tokens[self.person_mention_start(token_range, pieces, piece.tokens.start)].start;
            self.mention_person(person, start..piece.range.end, sentence, name_kind);
        } else if let Some(organisation) = first(|target| match target {
            NameTarget::Organisation(organisation) => Some(*organisation),
            _ => None,
        }) {
            let Some(organisation) = self.gazetteer.organisations.get(organisation) else {
                return end;
            };
            let draft = organisation_draft(organisation);
            // `UN experts`, `EU officials`: the organisation's own people are the organisation.
            match self.composed_sector(pieces, at) {
                Some(sector) => {
                    end = sector.tokens.end;
                    self.mention(
                        draft,
                        piece.range.start..sector.range.end,
                        sentence,
                        MentionKind::Composition,
                    );
                }
                None => {
                    self.mention(draft, piece.range.clone(), sentence, name_kind);
                }
            }
        } else if let Some(country) = self.country_of_word(targets, NameTarget::country_word) {
            let Some(country) = self.gazetteer.countries.get(country) else {
                return end;
            };
            let is_people = targets
                .iter()
                .any(|target| matches!(target, NameTarget::CountryPeople(_)));
            let is_name = targets
                .iter()
                .any(|target| matches!(target, NameTarget::CountryName(_)));
            // `U.S. Department of State`: a country word before one of its own institutions.
            let own_institution = pieces
                .get(at + 1)
                .filter(|next| next.tokens.start == piece.tokens.end)
                .and_then(|next| match next.kind {
                    PieceKind::Name(node) => {
                        self.gazetteer
                            .names
                            .values(node)
                            .iter()
                            .find_map(|target| match *target {
                                NameTarget::Institution(owner, sector)
                                    if self
                                        .gazetteer
                                        .countries
                                        .get(owner)
                                        .is_some_and(|owner| owner.iso3 == country.iso3) =>
                                {
                                    Some((next, sector))
                                }
                                _ => None,
                            })
                    }
                    _ => None,
                });
            if let Some((institution, sector)) = own_institution {
                let draft = composition_draft(country, sector, true);
                self.mention(
                    draft,
                    piece.range.start..institution.range.end,
                    sentence,
                    MentionKind::Metonym,
                );
                end = institution.tokens.end;
            } else if let Some((sector, own_range, own_end)) = self
                .composed_sector(pieces, at)
                .map(|sector| (sector, piece.range.start..sector.range.end, sector.tokens.end))
                .or_else(|| {
                    self.sector_of_next_conjunct(pieces, at)
                        .map(|sector| (sector, piece.range.clone(), piece.tokens.end))
                })
            {
                let PieceKind::Sector(row) = sector.kind else {
                    return end;
                };
                let sector_code = self
                    .gazetteer
                    .sector_terms
                    .get(row)
                    .map_or("GOV", |term| term.sector);
                end = own_end;
                let draft = composition_draft(country, sector_code, false);
                self.mention(draft, own_range, sentence, MentionKind::Composition);
            } else if is_name {
                let draft = country_draft(country);
                let actor = self.mention(draft, piece.range.clone(), sentence, name_kind);
                let followed_by_verb = is_verb_like(self.word(piece.tokens.end));
                if subject_country.is_none() && followed_by_verb && !piece.possessive {
                    *subject_country = self.gazetteer.countries.iter().position(|known| {
                        Some(known.iso3)
                            == self
                                .registry
                                .actor(actor)
                                .and_then(|actor| actor.country.as_deref())
                    });
                }
            } else if is_people && !self.people_word_modifies_a_noun(&piece.tokens) {
                let direction_before = piece.tokens.start > token_range.start
                    && DIRECTIONS.contains(&self.word(piece.tokens.start - 1));
                let start = if direction_before {
                    self.tokens[piece.tokens.start - 1].start
                } else {
                    piece.range.start
                };
                let draft = composition_draft(country, "CVL", false);
                self.mention(draft, start..piece.range.end, sentence, MentionKind::Composition);
            } else if (is_people || is_capitalised(self.word(piece.tokens.start))) && !piece.possessive {
                // A demonym before a noun that is no sector (`Iranian demands`, `Russian
                // missiles`): the country is the one the noun belongs to or acts for. Pronouns
                // after it refer to the noun's owner named before, not to it (`Armenia's
                // occupation of Azerbaijani lands, its policy`), so it leaves the anaphora as
                // they are.
                let actor = self.registry.intern(country_draft(country));
                self.registry
                    .mention(actor, piece.range.clone(), sentence, MentionKind::Modifier);
            }
        } else if let Some((country, sector)) = self
            .capital_at_document_date(targets)
            .map(|country| (country, "GOV"))
            .or_else(|| {
                targets.iter().find_map(|target| match *target {
                    NameTarget::Institution(country, sector) => Some((country, sector)),
                    _ => None,
                })
            })
        {
            if let Some(country) = self.gazetteer.countries.get(country) {
                let draft = composition_draft(country, sector, false);
                self.mention(draft, piece.range.clone(), sentence, MentionKind::Metonym);
            }
        }
        end
    }

    /// The country whose capital a name is (`Moscow`), at the document's date when several
    /// states have had it (the Soviet Union, then Russia).
    fn capital_at_document_date(&self, targets: &[NameTarget]) -> Option<usize> {
        // Most names are no capital: decide that before collecting anything.
        if !targets
            .iter()
            .any(|target| matches!(target, NameTarget::Capital(_)))
        {
            return None;
        }
        let capitals: Vec<usize> = targets
            .iter()
            .filter_map(|target| match *target {
                NameTarget::Capital(country) => Some(country),
                _ => None,
            })
            .collect();
        self.gazetteer.country_of_shared_name(&capitals, self.date)
    }

    /// Resolves a sector term: `officials of this country`, `the government of Armenia`, or a
    /// term standing alone.
    fn resolve_sector(
        &mut self,
        sentence: usize,
        token_range: &Range<usize>,
        pieces: &[Piece],
        at: usize,
        row: usize,
        subject_country: Option<usize>,
    ) -> usize {
        let piece = &pieces[at];
        let Some(term) = self.gazetteer.sector_terms.get(row) else {
            return piece.tokens.end;
        };
        if let Some(united_nations) = self.charter_organization_at(piece, token_range) {
            // The first-person possessive was read as a speaker mention; the phrase names the UN.
            self.withdraw_first_person_at(self.tokens[piece.tokens.start - 1].start);
            self.mention(
                organisation_draft(united_nations),
                piece.range.clone(),
                sentence,
                MentionKind::Anaphor,
            );
            return piece.tokens.end;
        }
        // `our government`, `my people`: the speaker's country and this sector. The possessive was
        // read as a first-person mention; the two words are now one mention of the composition.
        let first_person_possessor =
            piece.tokens.start.checked_sub(1).filter(|&before| {
                before >= token_range.start && is_first_person_possessive(self.word(before))
            });
        if let Some(possessor) = first_person_possessor {
            let possessor_start = self.tokens[possessor].start;
            self.withdraw_first_person_at(possessor_start);
            let form = self.text.get(piece.range.clone()).unwrap_or("").to_lowercase();
            self.first_person_sectors.push(FirstPersonSector {
                range: possessor_start..piece.range.end,
                term_range: piece.range.clone(),
                sentence,
                sector: term.sector,
                names_actor_alone: names_actor_alone(&form, term.head_of_org),
            });
            return piece.tokens.end;
        }
        let capitalised_inside =
            piece.tokens.start > token_range.start && is_capitalised(self.word(piece.tokens.start));
        // `X of [the|this|that] <country>`
        if self.word(piece.tokens.end) == "of" {
            let mut cursor = piece.tokens.end + 1;
            let determiner = self.word(cursor);
            if is_country_determiner(determiner) {
                cursor += 1;
            }
            if self.word(cursor) == "country" && is_country_determiner(determiner) && cursor < token_range.end
            {
                if let Some(country) = self.last_country_named() {
                    let draft = composition_draft(country, term.sector, capitalised_inside);
                    let range = piece.range.start..self.tokens[cursor].end;
                    self.mention(draft, range, sentence, MentionKind::Composition);
                    return cursor + 1;
                }
            }
            let country_piece = pieces[at + 1..]
                .first()
                .filter(|next| next.tokens.start == cursor);
            if let Some(country_piece) = country_piece {
                if let PieceKind::Name(node) = country_piece.kind {
                    let country = self
                        .gazetteer
                        .names
                        .values(node)
                        .iter()
                        .find_map(|target| match target {
                            NameTarget::CountryName(country) => self.gazetteer.countries.get(*country),
                            _ => None,
                        });
                    if let Some(country) = country {
                        let draft = composition_draft(country, term.sector, capitalised_inside);
                        let range = piece.range.start..country_piece.range.end;
                        self.mention(draft, range, sentence, MentionKind::Composition);
                        return country_piece.tokens.end;
                    }
                }
            }
        }
        // `the Maduro regime`, `the Biden administration`: a government named after its head is
        // the government of the head's country.
        let named_after_person = at
            .checked_sub(1)
            .and_then(|previous| pieces.get(previous))
            .filter(|previous| previous.tokens.end == piece.tokens.start && self.is_person_piece(previous))
            .and_then(|_| self.registry.mentions().last())
            .filter(|mention| mention.range.end <= piece.range.start)
            .and_then(|mention| self.registry.actor(mention.actor))
            .filter(|person| person.actor_type == "person" && person.sector.as_deref() == Some("GOV"))
            .and_then(|person| person.country.as_deref())
            .and_then(|iso3| self.gazetteer.country(iso3));
        if let (Some(country), "GOV") = (named_after_person, term.sector) {
            let draft = composition_draft(country, term.sector, false);
            self.mention(draft, piece.range.clone(), sentence, MentionKind::Composition);
            return piece.tokens.end;
        }
        let form = self.text.get(piece.range.clone()).unwrap_or("").to_lowercase();
        // `the administration is still failing to`, `this Administration`: with nothing to name it
        // otherwise, the executive the speaker belongs to, as `our administration` would be.
        let speakers_administration = form == "administration"
            && piece
                .tokens
                .start
                .checked_sub(1)
                .filter(|&before| before >= token_range.start)
                .is_some_and(|before| {
                    let determiner = self.word(before);
                    determiner.eq_ignore_ascii_case("the") || determiner.eq_ignore_ascii_case("this")
                })
            && !matches!(self.word(piece.tokens.end), "of" | "in" | "for");
        if speakers_administration {
            self.first_person_sectors.push(FirstPersonSector {
                range: piece.range.clone(),
                term_range: piece.range.clone(),
                sentence,
                sector: term.sector,
                names_actor_alone: false,
            });
            return piece.tokens.end;
        }
        // `the Prime Minister of Barbados announced that the Government will provide`: a bare
        // `the Government` is the government of the country named last, in its sentence or the
        // one before; further from any country it is left unresolved.
        let after_the = piece.tokens.start.checked_sub(1).is_some_and(|before| {
            before >= token_range.start && self.word(before).eq_ignore_ascii_case("the")
        });
        let recent_country = self.last_country_named().filter(|_| {
            self.last_country
                .is_some_and(|last| last.sentence + 1 >= sentence)
        });
        // `the Interim Government`, `the Federal Government` are a government by its form.
        let names_a_government =
            form == "government" || (term.sector == "GOV" && form.ends_with(" government"));
        if let (true, true, Some(country)) = (after_the, names_a_government, recent_country) {
            let draft = composition_draft(country, term.sector, false);
            self.mention(draft, piece.range.clone(), sentence, MentionKind::Composition);
            return piece.tokens.end;
        }
        if !names_actor_alone(&form, term.head_of_org) || self.is_a_persons_leadership(piece, token_range) {
            return piece.tokens.end;
        }
        // International bodies and the international community belong to no country, wherever
        // the sentence places them (`the support provided by the international community to
        // Nigeria ... in Somalia`).
        // `Kenya joined other delegations`, `Japan thanked all delegations`: a quantified group
        // is others than the subject's own.
        let quantified = piece.tokens.start.checked_sub(1).is_some_and(|before| {
            before >= token_range.start && NOUN_PHRASE_QUANTIFIERS.contains(&self.word(before))
        });
        let country = (term.sector != "IGO")
            .then(|| self.country_after_in(token_range, pieces, at))
            .flatten()
            .or_else(|| subject_country.filter(|_| STATE_SECTORS.contains(&term.sector) && !quantified))
            .and_then(|country| self.gazetteer.countries.get(country));
        let draft = match country {
            Some(country) => composition_draft(country, term.sector, false),
            None => bare_group_draft(term.sector),
        };
        let country_before = self.last_country;
        self.mention(draft, piece.range.clone(), sentence, MentionKind::Name);
        // A group's context country is not a new mention of that country for `this country`.
        self.last_country = country_before;
        piece.tokens.end
    }

    /// Whether `piece` is `leadership` that a person's possessive determines, across at most two
    /// adjectives (`his capable leadership`, `your wise leadership`): the person's quality of
    /// leading, not a group of leaders (`the Palestinian leadership`).
    fn is_a_persons_leadership(&self, piece: &Piece, token_range: &Range<usize>) -> bool {
        const MOST_ADJECTIVES: usize = 2;
        if !self.word(piece.tokens.start).eq_ignore_ascii_case("leadership") {
            return false;
        }
        let mut before = piece.tokens.start;
        for _ in 0..=MOST_ADJECTIVES {
            if before <= token_range.start {
                return false;
            }
            before -= 1;
            let word = self.word(before);
            if matches!(word.to_lowercase().as_str(), "his" | "her" | "your") {
                return true;
            }
            if !may_modify_noun(word) {
                return false;
            }
        }
        false
    }

    /// Withdraws the latest first-person mention when it starts at `start`: a possessive read as
    /// the speaker that turns out to open a longer phrase (`our government`, `our Organization`).
    fn withdraw_first_person_at(&mut self, start: usize) {
        if self
            .first_person
            .last()
            .is_some_and(|(range, _)| range.start == start)
        {
            self.first_person.pop();
        }
    }

    /// The country most recently mentioned, if any.
    fn last_country_named(&self) -> Option<&'static Country> {
        self.last_country
            .and_then(|last| self.gazetteer.countries.get(last.country))
    }

    /// The United Nations, when the sector piece is a capitalised `Organization` after `our`,
    /// `this` or `the` in a text that names the United Nations (`our Organization must reform`):
    /// the Charter's name for the UN, which General Debate speeches use.
    fn charter_organization_at(
        &self,
        piece: &Piece,
        token_range: &Range<usize>,
    ) -> Option<&'static Organisation> {
        let surface = self.text.get(piece.range.clone())?;
        if !matches!(surface, "Organization" | "Organisation") {
            return None;
        }
        let determiner = piece
            .tokens
            .start
            .checked_sub(1)
            .filter(|&before| before >= token_range.start)?;
        if !matches!(
            self.word(determiner),
            "our" | "Our" | "this" | "This" | "the" | "The"
        ) {
            return None;
        }
        let names_united_nations = *self
            .names_united_nations
            .get_or_init(|| self.text.contains("United Nations"));
        if self.word(piece.tokens.end) == "of" || !names_united_nations {
            return None;
        }
        self.gazetteer.organisation("UN")
    }

    /// The country of an `in <country>` later in the sentence (`separatists ... in Armenia`).
    fn country_after_in(&self, token_range: &Range<usize>, pieces: &[Piece], at: usize) -> Option<usize> {
        pieces[at + 1..].iter().find_map(|later| {
            let PieceKind::Name(node) = later.kind else {
                return None;
            };
            let mut before = later.tokens.start.checked_sub(1)?;
            if self.word(before) == "the" && before > token_range.start {
                before -= 1;
            }
            if self.word(before) != "in" {
                return None;
            }
            self.gazetteer
                .names
                .values(node)
                .iter()
                .find_map(|target| match target {
                    NameTarget::CountryName(country) => Some(*country),
                    _ => None,
                })
        })
    }

    /// The persons among `candidates` in office at `date`.
    fn in_office_at(&self, candidates: &[usize], date: DateRange) -> Vec<usize> {
        candidates
            .iter()
            .copied()
            .filter(|&person| {
                self.gazetteer
                    .persons
                    .get(person)
                    .is_some_and(|person| person.in_office_at(date))
            })
            .collect()
    }

    /// Resolves the family name of a transcript's speaker label (`SECRETARY BLINKEN`) to a person
    /// already named in the document, else to the one office holder of that name in office at the
    /// document date; records the label as a mention of that person and returns its actor.
    pub(crate) fn resolve_turn_label(
        &mut self,
        surname: &str,
        label: Range<usize>,
        sentence: usize,
    ) -> Option<usize> {
        let Some(candidates) = self.gazetteer.surnames.get(surname) else {
            return self.resolve_turn_label_to_person_named(surname, label, sentence);
        };
        let mentioned: Vec<usize> = self
            .persons_mentioned
            .iter()
            .filter(|(person, _)| candidates.contains(person))
            .map(|&(_, actor)| actor)
            .collect();
        if let [actor] = mentioned[..] {
            self.registry.mention(actor, label, sentence, MentionKind::Name);
            return Some(actor);
        }
        // `PRESIDENT ALI` after `President Irfaan Ali` is he, not an office holder named Ali.
        if mentioned.is_empty() {
            if let Some(person) = self.resolve_turn_label_to_person_named(surname, label.clone(), sentence) {
                return Some(person);
            }
        }
        // `MS CHUNG` after `Julie Chung` is she, not the office holder named Chung.
        if self
            .surnames_of_others
            .iter()
            .any(|other| other.eq_ignore_ascii_case(surname))
        {
            return None;
        }
        let date = self.date?;
        let [person] = self.in_office_at(candidates, date)[..] else {
            return None;
        };
        self.mention_person(person, label, sentence, MentionKind::Name);
        self.persons_mentioned
            .iter()
            .find(|&&(known, _)| known == person)
            .map(|&(_, actor)| actor)
    }

    /// The person whom a turn label names by `surname` when the text has named exactly one
    /// person with that family name (`FOREIGN MINISTER POPESCU` after `Foreign Minister Popescu`,
    /// an official the gazetteer does not know).
    fn resolve_turn_label_to_person_named(
        &mut self,
        surname: &str,
        label: Range<usize>,
        sentence: usize,
    ) -> Option<usize> {
        let official = self.person_named_with_family_name(surname)?;
        self.registry
            .mention(official, label, sentence, MentionKind::Name);
        Some(official)
    }

    /// The one person the text has named so far whose name ends in the family name `surname`
    /// (`President Irfaan Ali`, later `President Ali`; `FOREIGN MINISTER AL-MALIKI` after `Riyad
    /// al-Maliki`).
    fn person_named_with_family_name(&self, surname: &str) -> Option<usize> {
        let mut officials = self
            .registry
            .actors()
            .iter()
            .enumerate()
            .filter(|(_, actor)| actor.actor_type == "person")
            .filter(|(_, actor)| {
                actor
                    .name
                    .split_whitespace()
                    .last()
                    .is_some_and(|last| last.eq_ignore_ascii_case(surname))
            })
            .map(|(index, _)| index);
        let official = officials.next()?;
        officials.next().is_none().then_some(official)
    }

    /// Whether a family name is preceded by a given name or an initial that none of the office
    /// holders of that name bears (`Julie Chung`, `Julie J. Chung` when the holder is Chung
    /// Eui-yong): a first name before a family name makes a full name, and a full name with
    /// another given name is another person. A capitalised word that opens the sentence is not
    /// read as a given name (`Yesterday Blinken said`), unless an initial follows it.
    fn follows_other_given_name(
        &self,
        token_range: &Range<usize>,
        pieces: &[Piece],
        piece: &Piece,
        candidates: &[usize],
    ) -> bool {
        let is_in_piece = |index: usize| pieces.iter().any(|other| other.tokens.contains(&index));
        let mut before = piece.tokens.start;
        let mut initial = false;
        // An initial (`J.`) between the given name and the family name.
        if before >= token_range.start + 2 && self.word(before - 1) == "." && {
            let letter = self.word(before - 2);
            letter.len() == 1 && is_capitalised(letter)
        } {
            initial = true;
            before -= 2;
        } else if before > token_range.start && {
            let word = self.word(before - 1);
            word.len() == 2 && word.ends_with('.') && is_capitalised(word)
        } {
            initial = true;
            before -= 1;
        }
        let Some(given) = before.checked_sub(1).filter(|&given| given >= token_range.start) else {
            return initial;
        };
        let given_word = self.word(given);
        let is_given_name = self.tokens[given].kind == TokenKind::Word
            && is_capitalised(given_word)
            && given_word.chars().count() > 1
            && given_word.chars().any(char::is_lowercase)
            && !rhetor_segment::CALENDAR_WORDS.contains(&given_word)
            && !NOT_GIVEN_NAMES.contains(&given_word)
            && !is_title_word(given_word)
            && !is_in_piece(given)
            && (given > token_range.start || initial);
        if !is_given_name {
            return initial;
        }
        !self.a_holder_bears_all(candidates, &[given_word])
    }

    /// Whether one of the office holders `holders` has every word of `words` in their name
    /// (`Al` and `Nahyan` in `Abdullah bin Zayed Al Nahyan`).
    fn a_holder_bears_all(&self, holders: &[usize], words: &[&str]) -> bool {
        holders.iter().any(|&holder| {
            self.gazetteer.persons.get(holder).is_some_and(|person| {
                words
                    .iter()
                    .all(|word| person.name.split_whitespace().any(|part| part == *word))
            })
        })
    }

    /// Resolves a lone family name: to a person already named in the document, else to the one
    /// office holder of that name in office at the document date.
    fn resolve_surname(
        &mut self,
        sentence: usize,
        token_range: &Range<usize>,
        pieces: &[Piece],
        piece: &Piece,
        surname: &'static str,
        anaphoric: bool,
    ) {
        let Some(candidates) = self.gazetteer.surnames.get(surname) else {
            return;
        };
        let mentioned: Vec<usize> = self
            .persons_mentioned
            .iter()
            .filter(|(person, _)| candidates.contains(person))
            .map(|&(person, _)| person)
            .collect();
        let start = self.tokens[self.person_mention_start(token_range, pieces, piece.tokens.start)].start;
        let titled = start < piece.range.start;
        let kind = if anaphoric {
            MentionKind::Anaphor
        } else {
            MentionKind::Name
        };
        // `President Ali` after `President Irfaan Ali` is he, not an office holder named Ali.
        if mentioned.is_empty() {
            if let Some(official) = self.person_named_with_family_name(surname) {
                self.registry
                    .mention(official, start..piece.range.end, sentence, kind);
                return;
            }
        }
        if !titled && self.follows_other_given_name(token_range, pieces, piece, candidates) {
            if !self.surnames_of_others.contains(&surname) {
                self.surnames_of_others.push(surname);
            }
            return;
        }
        if mentioned.is_empty() && self.surnames_of_others.contains(&surname) {
            return;
        }
        let person = if mentioned.len() == 1 {
            mentioned.first().copied()
        } else if mentioned.is_empty() && (titled || !AMBIGUOUS_SURNAMES.contains(&surname)) {
            let in_office: Vec<usize> = match self.date {
                Some(date) => self.in_office_at(candidates, date),
                None if titled => candidates.clone(),
                None => Vec::new(),
            };
            (in_office.len() == 1).then(|| in_office[0])
        } else {
            None
        };
        if let Some(person) = person {
            self.mention_person(person, start..piece.range.end, sentence, kind);
        }
    }
}
