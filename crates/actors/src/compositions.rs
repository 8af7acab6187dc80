//! Compositions: a country and a sector make a group actor (`US officials` → `USA/GOV`,
//! `Azerbaijani society` → `AZE/CVL`), and the policy for sector terms that stand alone.

use rhetor_segment::has_regular_finite_verb_ending;

use crate::actor_registry::ActorDraft;
use crate::gazetteer::{Country, Gazetteer, Organisation};

/// Sectors of the state: a lone term of these sectors belongs to the sentence's subject country
/// (`the United States should end the use of force by police`).
pub(crate) const STATE_SECTORS: [&str; 6] = ["GOV", "MIL", "COP", "SPY", "JUD", "LEG"];

/// Words that may stand between a country word and its sector term within one noun phrase
/// would be adjectives; these function words end the noun phrase instead. A determiner opens
/// another noun phrase (`At the session of the General Assembly my Government called upon`).
const PHRASE_BREAKERS: [&str; 55] = [
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "that",
    "which", "who", "is", "are", "was", "were", "be", "been", "has", "have", "had", "did", "do", "does",
    "not", "will", "would", "should", "can", "could", "its", "their", "as", "this", "it", "must", "may",
    "might", "shall", "upon", "towards", "toward", "under", "my", "our", "your", "his", "her", "these",
    "those",
];

/// Plural nouns that modify a sector term as often as any adjective (`human rights groups`,
/// `arms manufacturers`, `foreign affairs officials`); every other `-s` word between a country
/// and a sector term is read as a verb.
const PLURAL_MODIFIERS: [&str; 8] = [
    "rights",
    "arms",
    "affairs",
    "drugs",
    "goods",
    "relations",
    "sports",
    "news",
];

/// Whether `word` may sit inside a noun phrase between a country word and a sector term. A verb
/// in the third person ends the phrase: `Malta joins other delegations` and `Uruguay calls upon
/// all States` are a country acting on others, not one group; adjectives in `-ous` (`various`,
/// `illustrious`) and the plural modifiers above stay inside it.
pub(crate) fn may_modify_noun(word: &str) -> bool {
    let is_third_person_verb = has_regular_finite_verb_ending(word)
        && word.ends_with('s')
        && !["us", "is", "ics"].iter().any(|ending| word.ends_with(ending))
        && !PLURAL_MODIFIERS.contains(&word);
    word.chars().next().is_some_and(char::is_lowercase)
        && !PHRASE_BREAKERS.contains(&word)
        && !is_third_person_verb
}

/// Sector terms that are too generic to be an actor on their own (`people`, `states`,
/// `excessive force`, `no authority`); they still compose with a country (`the Azerbaijani people`).
const NOT_ALONE: [&str; 20] = [
    "people",
    "peoples",
    "states",
    "men",
    "women",
    "children",
    "youth",
    "elderly",
    "public",
    "dead",
    "wounded",
    "executives",
    "agents",
    "channels",
    "units",
    "divisions",
    "relatives",
    "nationals",
    "general",
    "generals",
];

/// Collective nouns that name an actor on their own although they are not plurals.
const COLLECTIVE_ALONE: [&str; 16] = [
    "police",
    "media",
    "news media",
    "mass media",
    "state media",
    "military",
    "judiciary",
    "law enforcement",
    "opposition",
    "junta",
    "regime",
    "clergy",
    "diaspora",
    "international community",
    "riot police",
    "leadership",
];

/// Whether the sector-term form `form` (lower case) names an actor when no country goes with it:
/// plural person nouns and a few collectives do, organisation heads and generic nouns do not.
pub(crate) fn names_actor_alone(form: &str, head_of_org: bool) -> bool {
    if COLLECTIVE_ALONE.contains(&form) {
        return true;
    }
    if NOT_ALONE.contains(&form) {
        return false;
    }
    let plural = form.ends_with('s') && !form.ends_with("ss");
    plural
        && (!head_of_org
            || matches!(
                form,
                "authorities" | "forces" | "armed forces" | "security forces"
            ))
}

/// A plain-words label of a sector, for group names.
fn sector_label(sector: &str) -> &'static str {
    match sector {
        "GOV" => "government",
        "MIL" => "armed forces",
        "COP" => "police",
        "SPY" => "intelligence services",
        "JUD" => "judiciary",
        "LEG" => "legislature",
        "OPP" => "opposition",
        "PTY" => "political parties",
        "REB" => "armed groups",
        "NGO" => "civil society",
        "IGO" => "international organisations",
        "MED" => "media",
        "CVL" => "civilians",
        "BUS" => "business",
        "EDU" => "academia",
        "REL" => "religious community",
        "LAB" => "workers",
        "CRM" => "criminal groups",
        "HLH" => "health workers",
        _ => "group",
    }
}

/// The actor a country composed with a sector stands for: `USA/GOV`, "United States government".
pub(crate) fn composition_draft(country: &Country, sector: &'static str, organisation: bool) -> ActorDraft {
    // The government goes by the country's name ("United States government"); other groups by the
    // demonym ("Azerbaijani civilians").
    let qualifier = if sector == "GOV" {
        country.name
    } else {
        country.adjective
    };
    ActorDraft {
        id: format!("{}/{}", country.iso3, sector),
        name: format!("{qualifier} {}", sector_label(sector)),
        actor_type: if organisation { "organisation" } else { "group" },
        country: Some(country.iso3.to_owned()),
        sector: Some(sector.to_owned()),
        organisation: None,
    }
}

/// The actor a sector term stands for when no country goes with it: `group:REB`.
pub(crate) fn bare_group_draft(sector: &'static str) -> ActorDraft {
    ActorDraft {
        id: format!("group:{sector}"),
        name: format!("{} (unspecified)", sector_label(sector)),
        actor_type: "group",
        country: None,
        sector: Some(sector.to_owned()),
        organisation: None,
    }
}

/// The actor of a country: `AZE`, "Azerbaijan".
pub(crate) fn country_draft(country: &Country) -> ActorDraft {
    ActorDraft {
        id: country.iso3.to_owned(),
        name: country.name.to_owned(),
        actor_type: "country",
        country: Some(country.iso3.to_owned()),
        sector: None,
        organisation: None,
    }
}

/// The actor of a known organisation: `org:UN`.
pub(crate) fn organisation_draft(organisation: &Organisation) -> ActorDraft {
    ActorDraft {
        id: format!("org:{}", organisation.id),
        name: organisation.name.to_owned(),
        actor_type: "organisation",
        country: organisation.country.map(str::to_owned),
        sector: Some(organisation.sector.to_owned()),
        organisation: None,
    }
}

/// The country actor or composition a document's own country code stands for (`USA` → `USA/GOV`).
pub(crate) fn government_of(gazetteer: &Gazetteer, iso3: &str) -> Option<ActorDraft> {
    gazetteer
        .country(iso3.trim())
        .map(|country| composition_draft(country, "GOV", false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_actor_like_terms_stand_alone() {
        assert!(names_actor_alone("separatists", false));
        assert!(names_actor_alone("police", true));
        assert!(names_actor_alone("NGOs", false));
        assert!(names_actor_alone("authorities", true));
        assert!(!names_actor_alone("force", true));
        assert!(!names_actor_alone("authority", true));
        assert!(!names_actor_alone("people", false));
        assert!(!names_actor_alone("communities", true));
        assert!(!names_actor_alone("state", false));
    }

    #[test]
    fn compositions_are_named_by_country_and_sector() {
        let gazetteer = Gazetteer::get();
        let usa = gazetteer.country("USA").unwrap();
        let draft = composition_draft(usa, "GOV", false);
        assert_eq!(
            (draft.id.as_str(), draft.name.as_str()),
            ("USA/GOV", "United States government")
        );
        let aze = gazetteer.country("AZE").unwrap();
        assert_eq!(composition_draft(aze, "CVL", false).name, "Azerbaijani civilians");
    }
}
