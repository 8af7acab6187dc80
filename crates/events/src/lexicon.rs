//! The event lexicons: triggers, idioms, accusations, refinements, future intents, cues and the
//! CAMEO-to-PLOVER table.
//!
//! All of them are tab-separated files in `crates/events/data/`, written for rhetor and embedded in
//! the binary; the coder's behaviour for a verb lives in these files, not in code branches.

use std::sync::OnceLock;

// The lexicons are looked up for nearly every token of a corpus; FxHash is several times faster
// than SipHash on short keys, and the keys are the project's own words, not attacker input.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How the source and target of a trigger are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Role {
    /// A verb: the subject is the source, the object the target.
    Verb,
    /// A nominalisation: `from/by X` or `X's` is the source, `of/against X` the target.
    Noun,
    /// A call on someone to act: the target comes right after the trigger.
    Request,
}

/// What a trigger form needs around it to be an event at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Condition {
    /// Nothing: the form is an event wherever it stands.
    None,
    /// A noun that is an event only between two named parties (`the agreement between Ecuador
    /// and Peru`); alone it is too common a word (`the Paris Agreement`, `in agreement with`).
    PartiesBetween,
    /// A verb that is an event only with an object after it (`we conclude an agreement`, `we
    /// back the United Nations`); without one it means something else (`Before I conclude,`,
    /// `as we look back`).
    Object,
    /// A noun that is an event only when its doer is named (`Russia's threats`) or it is aimed
    /// against someone (`threats made against Madagascar`); else it names a risk (`the threat of
    /// nuclear war`, `a threat to peace`).
    NamedAgent,
    /// A verb that is an event only with an actor as its object (`we celebrate Viet Nam`, not
    /// `we celebrate the fiftieth anniversary`).
    ActorObject,
}

/// One meaning of a trigger form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TriggerMeaning {
    pub(crate) cameo: &'static str,
    pub(crate) role: Role,
    pub(crate) condition: Condition,
}

/// The qualifying cue kinds of `cues.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum CueKind {
    Negation,
    Omission,
    Perception,
    Demanded,
    Future,
    Readiness,
    Politeness,
    Need,
    Alignment,
    Receipt,
    Cessation,
    Hypothetical,
    Speech,
    Passive,
    Relative,
    LightVerb,
    Partitive,
    Agent,
    Carrier,
    ObjectControl,
    Provision,
}

/// Where a refinement's words are sought, relative to the trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefinementSide {
    /// After the trigger, in its clause (the file's default).
    After,
    /// Anywhere before the trigger in its sentence (`before`).
    Before,
    /// Right before the trigger, across its adjectives only (`adjacent_before`: `with the
    /// continued support`).
    AdjacentBefore,
}

/// A refinement of a base code by words that follow (or precede) the trigger.
#[derive(Debug, Clone)]
pub(crate) struct Refinement {
    pub(crate) base: &'static str,
    pub(crate) refined: &'static str,
    pub(crate) phrases: Vec<&'static str>,
    /// Where the words are sought.
    pub(crate) side: RefinementSide,
    /// The trigger forms it applies to (lowercase); empty for any trigger of the base code.
    pub(crate) triggers: Vec<&'static str>,
}

/// Every lexicon, parsed once.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Trigger forms (lowercase words joined by single spaces) to their meanings.
    pub(crate) triggers: HashMap<&'static str, Vec<TriggerMeaning>>,
    /// Verb trigger forms to the objects before which they are idioms rather than their event
    /// (`give` before `pleasure`), each object as its words.
    pub(crate) idioms: HashMap<&'static str, Vec<Vec<&'static str>>>,
    /// Accusation forms to their CAMEO accusation code.
    pub(crate) accusations: HashMap<&'static str, &'static str>,
    /// Refinements in file order; the first that applies wins.
    pub(crate) refinements: Vec<Refinement>,
    /// (code prefix, intent code, whether only readiness turns it): a future act, or one that a
    /// readiness cue governs, whose code starts with the prefix is coded as the intent to do it.
    pub(crate) future_intents: Vec<(&'static str, &'static str, bool)>,
    /// Cue phrases by kind.
    pub(crate) cues: HashMap<CueKind, HashSet<&'static str>>,
    /// CAMEO code to (PLOVER type, PLOVER mode).
    pub(crate) plover: HashMap<&'static str, (&'static str, Option<&'static str>)>,
    /// The first word of every trigger, accusation and cue phrase, with the most words of a phrase
    /// that starts with it: a position whose word is not here starts no phrase, which spares most
    /// lookups, and one whose phrases are all short is not read further (`the` starts phrases of at
    /// most three words, though some phrases have six).
    first_words: HashMap<&'static str, usize>,
}

impl Lexicon {
    /// The embedded lexicon.
    pub(crate) fn embedded() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            Lexicon::parse(
                include_str!("../data/triggers.tsv"),
                include_str!("../data/idioms.tsv"),
                include_str!("../data/accusations.tsv"),
                include_str!("../data/refinements.tsv"),
                include_str!("../data/intents.tsv"),
                include_str!("../data/cues.tsv"),
                include_str!("../data/cameo_plover.tsv"),
            )
        })
    }

    /// Parses the lexicon files. The files are the project's own and are checked by the tests, so
    /// a malformed row is skipped rather than allowed to fail analyses.
    fn parse(
        triggers_tsv: &'static str,
        idioms_tsv: &'static str,
        accusations_tsv: &'static str,
        refinements_tsv: &'static str,
        intents_tsv: &'static str,
        cues_tsv: &'static str,
        cameo_plover_tsv: &'static str,
    ) -> Lexicon {
        let mut lexicon = Lexicon {
            triggers: HashMap::default(),
            idioms: HashMap::default(),
            accusations: HashMap::default(),
            refinements: Vec::new(),
            future_intents: Vec::new(),
            cues: HashMap::default(),
            plover: HashMap::default(),
            first_words: HashMap::default(),
        };
        for fields in rows(triggers_tsv) {
            let [cameo, role, forms, ..] = fields[..] else {
                continue;
            };
            let (role, condition) = match role {
                "verb" => (Role::Verb, Condition::None),
                "verb_with_object" => (Role::Verb, Condition::Object),
                "verb_with_actor_object" => (Role::Verb, Condition::ActorObject),
                "noun" => (Role::Noun, Condition::None),
                "noun_between" => (Role::Noun, Condition::PartiesBetween),
                "noun_with_agent" => (Role::Noun, Condition::NamedAgent),
                "request" => (Role::Request, Condition::None),
                _ => continue,
            };
            for form in forms.split('|') {
                lexicon.note_phrase_length(form);
                lexicon.triggers.entry(form).or_default().push(TriggerMeaning {
                    cameo,
                    role,
                    condition,
                });
            }
        }
        for fields in rows(idioms_tsv) {
            let [forms, objects, ..] = fields[..] else {
                continue;
            };
            let objects: Vec<Vec<&'static str>> = objects
                .split('|')
                .map(|object| object.split(' ').collect())
                .collect();
            for form in forms.split('|') {
                lexicon
                    .idioms
                    .entry(form)
                    .or_default()
                    .extend(objects.iter().cloned());
            }
        }
        for fields in rows(accusations_tsv) {
            let [cameo, forms, ..] = fields[..] else { continue };
            for form in forms.split('|') {
                lexicon.note_phrase_length(form);
                lexicon.accusations.insert(form, cameo);
            }
        }
        for fields in rows(refinements_tsv) {
            let [base, refined, phrases, ..] = fields[..] else {
                continue;
            };
            let side = match fields.get(3) {
                Some(&"before") => RefinementSide::Before,
                Some(&"adjacent_before") => RefinementSide::AdjacentBefore,
                _ => RefinementSide::After,
            };
            let triggers = fields
                .get(4)
                .filter(|forms| **forms != "-")
                .map(|forms| forms.split('|').collect())
                .unwrap_or_default();
            lexicon.refinements.push(Refinement {
                base,
                refined,
                phrases: phrases.split('|').collect(),
                side,
                triggers,
            });
        }
        for fields in rows(intents_tsv) {
            let [base, intent, applies, ..] = fields[..] else {
                continue;
            };
            let readiness_only = match applies {
                "future,readiness" => false,
                "readiness" => true,
                _ => continue,
            };
            lexicon.future_intents.push((base, intent, readiness_only));
        }
        for fields in rows(cues_tsv) {
            let [kind, forms, ..] = fields[..] else { continue };
            let kind = match kind {
                "negation" => CueKind::Negation,
                "omission" => CueKind::Omission,
                "perception" => CueKind::Perception,
                "demanded" => CueKind::Demanded,
                "future" => CueKind::Future,
                "readiness" => CueKind::Readiness,
                "politeness" => CueKind::Politeness,
                "need" => CueKind::Need,
                "alignment" => CueKind::Alignment,
                "receipt" => CueKind::Receipt,
                "cessation" => CueKind::Cessation,
                "hypothetical" => CueKind::Hypothetical,
                "speech" => CueKind::Speech,
                "passive" => CueKind::Passive,
                "relative" => CueKind::Relative,
                "light_verb" => CueKind::LightVerb,
                "partitive" => CueKind::Partitive,
                "agent" => CueKind::Agent,
                "carrier" => CueKind::Carrier,
                "object_control" => CueKind::ObjectControl,
                "provision" => CueKind::Provision,
                _ => continue,
            };
            for form in forms.split('|') {
                lexicon.note_phrase_length(form);
                lexicon.cues.entry(kind).or_default().insert(form);
            }
        }
        for fields in rows(cameo_plover_tsv) {
            let [cameo, plover, mode, ..] = fields[..] else {
                continue;
            };
            lexicon
                .plover
                .insert(cameo, (plover, (mode != "-").then_some(mode)));
        }
        lexicon
    }

    fn note_phrase_length(&mut self, phrase: &'static str) {
        let first_word = phrase.split(' ').next().unwrap_or(phrase);
        let longest = self.first_words.entry(first_word).or_default();
        *longest = (*longest).max(phrase.split(' ').count());
    }

    /// The most words of a trigger, accusation or cue phrase that starts with `word`; 0 when none
    /// does.
    pub(crate) fn longest_phrase_starting_with(&self, word: &str) -> usize {
        self.first_words.get(word).copied().unwrap_or(0)
    }

    /// Whether `phrase` is a cue of `kind`.
    pub(crate) fn is_cue(&self, kind: CueKind, phrase: &str) -> bool {
        self.cues
            .get(&kind)
            .is_some_and(|phrases| phrases.contains(phrase))
    }

    /// The code of an act announced for the future, or of one stated to be ready (`readiness`):
    /// the intent to do it (`will meet` → 036, `is ready to assist` → 033) for cooperative acts,
    /// else the act's own code (`will provide aid` stays 070).
    pub(crate) fn intent_code<'code>(&self, cameo: &'code str, readiness: bool) -> &'code str {
        self.future_intents
            .iter()
            .find(|&&(base, _, readiness_only)| cameo.starts_with(base) && (readiness || !readiness_only))
            .map_or(cameo, |&(_, intent, _)| intent)
    }

    /// The PLOVER type and mode of a CAMEO code: its own row, else the row of its parent code
    /// (`1124` → `112` → `11`), so that every code the lexicons produce has a PLOVER type.
    pub(crate) fn plover_of(&self, cameo: &str) -> Option<(&'static str, Option<&'static str>)> {
        (1..=cameo.len())
            .rev()
            .find_map(|length| self.plover.get(&cameo[..length]).copied())
    }
}

/// The data rows of a TSV file: lines that are not blank and not comments, split on tabs.
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_every_lexicon_parses() {
        let lexicon = Lexicon::embedded();
        let data_rows = |tsv: &'static str| rows(tsv).count();
        let trigger_rows = data_rows(include_str!("../data/triggers.tsv"));
        let parsed_trigger_rows: HashSet<(&str, Role, Condition)> = lexicon
            .triggers
            .values()
            .flatten()
            .map(|meaning| (meaning.cameo, meaning.role, meaning.condition))
            .collect();
        assert_eq!(
            parsed_trigger_rows.len(),
            trigger_rows,
            "a trigger row failed to parse"
        );
        assert_eq!(
            lexicon.refinements.len(),
            data_rows(include_str!("../data/refinements.tsv"))
        );
        // Every idiom's forms are verb triggers: an idiom of no trigger would never apply.
        assert!(!lexicon.idioms.is_empty());
        for form in lexicon.idioms.keys() {
            assert!(
                lexicon
                    .triggers
                    .get(form)
                    .is_some_and(|meanings| meanings.iter().any(|meaning| meaning.role == Role::Verb)),
                "idiom form {form} is no verb trigger"
            );
        }
        assert_eq!(
            lexicon.future_intents.len(),
            data_rows(include_str!("../data/intents.tsv"))
        );
        assert_eq!(lexicon.cues.len(), data_rows(include_str!("../data/cues.tsv")));
        assert_eq!(
            lexicon.plover.len(),
            data_rows(include_str!("../data/cameo_plover.tsv"))
        );
    }

    #[test]
    fn every_code_the_lexicons_produce_has_a_plover_type() {
        let lexicon = Lexicon::embedded();
        let produced = lexicon
            .triggers
            .values()
            .flatten()
            .map(|meaning| meaning.cameo)
            .chain(lexicon.accusations.values().copied())
            .chain(lexicon.refinements.iter().map(|refinement| refinement.refined))
            .chain(lexicon.future_intents.iter().map(|&(_, intent, _)| intent));
        for cameo in produced {
            assert!(lexicon.plover_of(cameo).is_some(), "{cameo} has no PLOVER type");
        }
    }

    #[test]
    fn announced_cooperation_is_coded_as_intent_and_conflict_keeps_its_code() {
        let lexicon = Lexicon::embedded();
        assert_eq!(lexicon.intent_code("040", false), "036");
        assert_eq!(lexicon.intent_code("042", false), "036");
        assert_eq!(lexicon.intent_code("051", false), "032");
        assert_eq!(lexicon.intent_code("163", false), "163");
        assert_eq!(lexicon.intent_code("0841", false), "0841");
        assert_eq!(lexicon.intent_code("070", false), "070");
        assert_eq!(lexicon.intent_code("070", true), "033");
        assert_eq!(lexicon.intent_code("163", true), "163");
    }

    #[test]
    fn mapping_agrees_with_the_plover_projects_table() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/events/plover/CAMEO2PLOVER-2021.txt"
        );
        let Ok(reference) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} is not on this machine");
            return;
        };
        let reference_types: HashMap<&str, &str> = reference
            .lines()
            .filter_map(|line| {
                let (code, rest) = line.split_once(':')?;
                let plover = rest.split([',', '#']).next()?.trim();
                code.chars()
                    .all(|c| c.is_ascii_digit())
                    .then_some((code.trim(), plover))
            })
            .collect();
        for (cameo, (plover, _mode)) in &Lexicon::embedded().plover {
            assert_eq!(reference_types.get(cameo), Some(plover), "CAMEO {cameo}");
        }
    }
}
