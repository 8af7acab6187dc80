//! Neutrality: does rhetor read a statement the same way when the two parties of a conflict swap
//! places?
//!
//! For each statement that names both parties of one of [`PARTY_PAIRS`], [`PartySwap`] rewrites
//! the text with every name of one party replaced by the matching name of the other (country
//! names, demonyms, capitals, institutions, and office holders matched by office), both ways at
//! once. Both versions are analysed, and three shares are measured:
//!
//! * **techniques unchanged**: the same technique on the same span (mapped through the
//!   substitution, since names differ in length), over the findings of either version;
//! * **claims unchanged**: the same check-worthiness decision on the mapped sentence, over every
//!   sentence, and over the sentences check-worthy in either version;
//! * **events mirrored**: an event on the mapped trigger with source and target swapped through
//!   the same mapping, and the same PLOVER type, modality and negation, over the events of either
//!   version.
//!
//! The names come from the actor gazetteer's data files, read here by category because the
//! gazetteer keeps its names in one trie without their column; the substitution is whole-word,
//! longest match first, and keeps an all-capitals name in capitals.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use rayon::prelude::*;
use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_ingest::{read_documents, IngestOptions, Input};
use rhetor_schema::{Analysis, Document, Event};

use crate::Result;

/// countries.tsv of the actor gazetteer.
const COUNTRIES_TSV: &str = include_str!("../../actors/data/countries.tsv");
/// office_holders.tsv of the actor gazetteer.
const OFFICE_HOLDERS_TSV: &str = include_str!("../../actors/data/office_holders.tsv");
/// sector_terms.tsv of the actor gazetteer.
const SECTOR_TERMS_TSV: &str = include_str!("../../actors/data/sector_terms.tsv");

/// The pairs of parties swapped, by ISO3 code; a document takes the first pair, in this order,
/// whose two parties it both mentions most.
pub const PARTY_PAIRS: [(&str, &str); 4] = [("ARM", "AZE"), ("USA", "RUS"), ("ISR", "PSE"), ("UKR", "RUS")];

/// Offices that are the same office under another title in another country, by their
/// canonical title: a foreign minister is a Secretary of State in the United States.
const EQUIVALENT_OFFICES: [(&str, &str); 1] = [("Secretary of State", "Minister of Foreign Affairs")];

/// What a name in the text is replaced with.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Replacement {
    /// The replacement in general.
    default: String,
    /// The replacement when a sector term follows (`U.S. officials` → `Russian officials`), for
    /// a word that is both a country name and a demonym (`U.S.` is both, `Russia` only a name).
    before_sector_term: Option<String>,
}

/// The names of one country in the gazetteer, by category, without a leading `the`.
#[derive(Debug, Default)]
struct CountryNames {
    /// The canonical name first, then the other names.
    names: Vec<&'static str>,
    /// Demonym adjectives.
    adjectives: Vec<&'static str>,
    /// Plural demonyms.
    people: Vec<&'static str>,
    /// Capitals.
    capitals: Vec<&'static str>,
    /// Institutions with their sector.
    institutions: Vec<(&'static str, &'static str)>,
}

/// One term of one office holder.
#[derive(Debug, Clone)]
struct OfficeTerm {
    /// The person's id (`antony-blinken`).
    person: &'static str,
    /// Full name.
    name: &'static str,
    /// Other names.
    aliases: Vec<&'static str>,
    /// The office, with equivalent titles made one.
    office: &'static str,
    /// First and last day, as day numbers; an open end is far in the future.
    days: Range<i64>,
}

/// The fields of the data rows of a gazetteer file (comment lines and blank lines left out).
fn data_rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    file.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split('\t').collect())
}

/// The values of a `|`-separated gazetteer field (`-` is none), without a leading `the`,
/// without repeats.
fn field_values(field: Option<&&'static str>) -> Vec<&'static str> {
    let mut values: Vec<&'static str> = Vec::new();
    for value in field.copied().unwrap_or("-").split('|') {
        let value = value.trim();
        let value = value.strip_prefix("the ").unwrap_or(value);
        if !value.is_empty() && value != "-" && !values.contains(&value) {
            values.push(value);
        }
    }
    values
}

/// The names of the country `iso3`.
fn country_names(iso3: &str) -> Option<CountryNames> {
    let fields = data_rows(COUNTRIES_TSV).find(|fields| fields.first() == Some(&iso3))?;
    let mut names = field_values(fields.get(1));
    for name in field_values(fields.get(2)) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let institutions = field_values(fields.get(6))
        .into_iter()
        .filter_map(|institution| {
            let (phrase, sector) = institution.rsplit_once(':')?;
            Some((phrase.strip_prefix("the ").unwrap_or(phrase), sector))
        })
        .collect();
    Some(CountryNames {
        names,
        adjectives: field_values(fields.get(3)),
        people: field_values(fields.get(4)),
        capitals: field_values(fields.get(5)),
        institutions,
    })
}

/// A date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as a day number, the middle of a year or month that
/// the date leaves open; `None` for `-` or anything unreadable.
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.trim().split('-').map(|part| part.parse::<i64>().ok());
    let year = parts.next().flatten()?;
    let (month, day) = match (parts.next().flatten(), parts.next().flatten()) {
        (Some(month), Some(day)) => (month, day),
        (Some(month), None) => (month, 15),
        _ => (6, 30),
    };
    Some(year * 372 + month * 31 + day)
}

/// The office terms of the country `iso3`.
fn office_terms(iso3: &str) -> Vec<OfficeTerm> {
    data_rows(OFFICE_HOLDERS_TSV)
        .filter(|fields| fields.get(3) == Some(&iso3))
        .filter_map(|fields| {
            let office = *fields.get(5)?;
            let office = EQUIVALENT_OFFICES
                .iter()
                .find(|(title, _)| *title == office)
                .map_or(office, |(_, canonical)| *canonical);
            let start = fields
                .get(6)
                .and_then(|date| day_number(date))
                .unwrap_or(i64::MIN / 2);
            let end = fields
                .get(7)
                .and_then(|date| day_number(date))
                .unwrap_or(i64::MAX / 2);
            Some(OfficeTerm {
                person: fields.first()?,
                name: fields.get(1)?,
                aliases: field_values(fields.get(2)),
                office,
                days: start..end,
            })
        })
        .collect()
}

/// The family name of a full name: its last word (the parties' leaders put it last).
fn family_name(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Whether `character` continues a word, so that a name cannot end or start next to it.
fn is_word_character(character: char) -> bool {
    character.is_alphanumeric() || character == '_'
}

/// A swap of two parties' names, built for one document's date.
#[derive(Debug)]
pub struct PartySwap {
    /// The two parties, by ISO3 code.
    parties: (String, String),
    /// Every name of either party, with what replaces it.
    replacements: HashMap<String, Replacement>,
    /// The longest name, in bytes, so that matching looks no further ahead.
    longest_name_bytes: usize,
    /// Office holder ids (`person:…`) of either party, with the matching office holder's.
    person_ids: HashMap<String, String>,
    /// The first words of every sector term, lower case (`officials`, `air`).
    sector_term_first_words: Vec<&'static str>,
}

/// A text with the names swapped, and how its offsets relate to the original's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwappedText {
    /// The swapped text.
    pub text: String,
    /// Each replaced range of the original with the range of its replacement, in text order.
    replaced: Vec<(Range<usize>, Range<usize>)>,
}

impl SwappedText {
    /// The range of the swapped text that `range` of the original becomes: a bound inside a
    /// replaced name moves to the start or end of its replacement.
    pub fn map_range(&self, range: Range<usize>) -> Range<usize> {
        self.map_offset(range.start, false)..self.map_offset(range.end, true)
    }

    /// The offset of the swapped text that `offset` of the original becomes; an offset strictly
    /// inside a replaced name goes to its replacement's end when `is_end`, else its start.
    fn map_offset(&self, offset: usize, is_end: bool) -> usize {
        let mut shift: isize = 0;
        for (original, swapped) in &self.replaced {
            if offset <= original.start {
                break;
            }
            if offset < original.end {
                return if is_end { swapped.end } else { swapped.start };
            }
            shift = swapped.end as isize - original.end as isize;
        }
        offset.saturating_add_signed(shift)
    }
}

impl PartySwap {
    /// The swap of `first` and `second` (ISO3 codes) for a document of `date`, whose office
    /// holders are matched with the other party's holder of the same office at that date; `None`
    /// when the gazetteer lacks either party.
    pub fn new(first: &str, second: &str, date: Option<&str>) -> Option<PartySwap> {
        let first_names = country_names(first)?;
        let second_names = country_names(second)?;
        let date = date.and_then(day_number);
        let mut swap = PartySwap {
            parties: (first.to_owned(), second.to_owned()),
            replacements: HashMap::new(),
            longest_name_bytes: 0,
            person_ids: HashMap::new(),
            sector_term_first_words: data_rows(SECTOR_TERMS_TSV)
                .filter_map(|fields| fields.first().copied())
                .flat_map(|forms| forms.split('|'))
                .filter_map(|form| form.split(' ').next())
                .collect(),
        };
        let mut forward = HashMap::new();
        let mut backward = HashMap::new();
        add_country_names(&mut forward, &first_names, &second_names);
        add_country_names(&mut backward, &second_names, &first_names);
        let (first_terms, second_terms) = (office_terms(first), office_terms(second));
        swap.add_office_holders(&mut forward, &first_terms, &second_terms, date);
        swap.add_office_holders(&mut backward, &second_terms, &first_terms, date);
        // A name of both parties would have two replacements: it is left as it is.
        for (name, replacement) in forward {
            if backward.remove(&name).is_none() {
                swap.replacements.insert(name, replacement);
            }
        }
        swap.replacements.extend(backward);
        let capitalised: Vec<(String, Replacement)> = swap
            .replacements
            .iter()
            .map(|(name, replacement)| {
                let upper = Replacement {
                    default: replacement.default.to_uppercase(),
                    before_sector_term: replacement
                        .before_sector_term
                        .as_ref()
                        .map(|name| name.to_uppercase()),
                };
                (name.to_uppercase(), upper)
            })
            .collect();
        for (name, replacement) in capitalised {
            swap.replacements.entry(name).or_insert(replacement);
        }
        swap.longest_name_bytes = swap.replacements.keys().map(String::len).max().unwrap_or(0);
        Some(swap)
    }

    /// The two parties, by ISO3 code.
    pub fn parties(&self) -> (&str, &str) {
        (&self.parties.0, &self.parties.1)
    }

    /// Matches the office holders of `from` with those of `to` and adds their names to `table`.
    fn add_office_holders(
        &mut self,
        table: &mut HashMap<String, Replacement>,
        from: &[OfficeTerm],
        to: &[OfficeTerm],
        date: Option<i64>,
    ) {
        let in_office = |term: &OfficeTerm| date.is_some_and(|date| term.days.contains(&date));
        // Holders in office at the date come first, so that a family name shared by two people
        // (`Aliyev`) goes to the one in office.
        let mut ordered: Vec<&OfficeTerm> = from.iter().collect();
        ordered.sort_by_key(|term| !in_office(term));
        for term in ordered {
            let best = to
                .iter()
                .filter(|other| other.office == term.office)
                .max_by_key(|other| {
                    let overlap = term.days.end.min(other.days.end) - term.days.start.max(other.days.start);
                    (in_office(term) && in_office(other), overlap)
                });
            let Some(best) = best else { continue };
            self.person_ids
                .entry(format!("person:{}", term.person))
                .or_insert_with(|| format!("person:{}", best.person));
            add_names(
                table,
                std::iter::once(term.name).chain(term.aliases.iter().copied()),
                &{
                    let mut names = vec![best.name];
                    names.extend(best.aliases.iter().copied());
                    names
                },
            );
            let (family, best_family) = (family_name(term.name), family_name(best.name));
            if family != term.name {
                table.entry(family.to_owned()).or_insert_with(|| Replacement {
                    default: best_family.to_owned(),
                    before_sector_term: None,
                });
            }
        }
    }

    /// The id an actor of the original has in the swapped text: each party's country, its
    /// compositions (`ARM/GOV`) and its office holders become the other's; other ids stay.
    pub fn swap_actor_id(&self, id: &str) -> String {
        let (first, second) = (&self.parties.0, &self.parties.1);
        let (country, rest) = match id.split_once('/') {
            Some((country, sector)) => (country, Some(sector)),
            None => (id, None),
        };
        let swapped_country = if country == first {
            second
        } else if country == second {
            first
        } else {
            return self.person_ids.get(id).cloned().unwrap_or_else(|| id.to_owned());
        };
        match rest {
            Some(sector) => format!("{swapped_country}/{sector}"),
            None => swapped_country.clone(),
        }
    }

    /// Swaps the names in `text`. `sentence_ends` are the ends of the original's sentences: a
    /// name that ends a sentence with its own period (`U.S.`) keeps the period when its
    /// replacement has none, so that the sentences stay as they were.
    pub fn swap_text(&self, text: &str, sentence_ends: &[usize]) -> SwappedText {
        let mut swapped = String::with_capacity(text.len() + text.len() / 8);
        let mut replaced = Vec::new();
        let mut copied_up_to = 0;
        let mut position = 0;
        while position < text.len() {
            let starts_word = text[position..].chars().next().is_some_and(is_word_character)
                && !text[..position]
                    .chars()
                    .next_back()
                    .is_some_and(is_word_character);
            if starts_word {
                if let Some((end, replacement)) = self.longest_name_at(text, position) {
                    swapped.push_str(&text[copied_up_to..position]);
                    let start_in_swapped = swapped.len();
                    swapped.push_str(replacement);
                    let keeps_period = text[..end].ends_with('.')
                        && !replacement.ends_with('.')
                        && sentence_ends.binary_search(&end).is_ok();
                    if keeps_period {
                        swapped.push('.');
                    }
                    replaced.push((position..end, start_in_swapped..swapped.len()));
                    copied_up_to = end;
                    position = end;
                    continue;
                }
            }
            position += text[position..].chars().next().map_or(1, char::len_utf8);
        }
        swapped.push_str(&text[copied_up_to..]);
        SwappedText {
            text: swapped,
            replaced,
        }
    }

    /// The longest name that starts at `start` and ends at a word boundary, with the end of the
    /// match and its replacement.
    fn longest_name_at<'swap>(&'swap self, text: &str, start: usize) -> Option<(usize, &'swap str)> {
        let mut ends: Vec<usize> = text[start..]
            .char_indices()
            .map(|(index, character)| start + index + character.len_utf8())
            .take_while(|&end| end - start <= self.longest_name_bytes)
            .filter(|&end| !text[end..].chars().next().is_some_and(is_word_character))
            .collect();
        ends.reverse();
        ends.into_iter().find_map(|end| {
            let replacement = self.replacements.get(&*spaces_as_plain(&text[start..end]))?;
            let chosen = match &replacement.before_sector_term {
                Some(adjective) if self.sector_term_follows(&text[end..]) => adjective,
                _ => &replacement.default,
            };
            Some((end, chosen.as_str()))
        })
    }

    /// Whether `rest` opens with whitespace and a sector term's first word.
    fn sector_term_follows(&self, rest: &str) -> bool {
        let Some(next) = rest.strip_prefix(' ') else {
            return false;
        };
        let word: String = next
            .chars()
            .take_while(|&character| is_word_character(character))
            .collect();
        let word = word.to_lowercase();
        !word.is_empty() && self.sector_term_first_words.contains(&word.as_str())
    }
}

/// `name` with every whitespace character written as a plain space. Texts write names with
/// no-break or narrow no-break spaces (`Antony J.\u{202f}Blinken`), which the actors stage reads
/// as spaces; the swap must find the whole name too, or it would swap only the family name and
/// make a person who does not exist (`Antony J. Lavrov`).
fn spaces_as_plain(name: &str) -> std::borrow::Cow<'_, str> {
    if name
        .chars()
        .all(|character| character == ' ' || !character.is_whitespace())
    {
        return std::borrow::Cow::Borrowed(name);
    }
    std::borrow::Cow::Owned(
        name.chars()
            .map(|character| if character.is_whitespace() { ' ' } else { character })
            .collect(),
    )
}

/// Adds to `table` the names of `from` with their counterparts of `to`, by category and by
/// position in the category (a name without a counterpart at its position takes the first).
fn add_country_names(table: &mut HashMap<String, Replacement>, from: &CountryNames, to: &CountryNames) {
    add_names(table, from.names.iter().copied(), &to.names);
    add_names(table, from.people.iter().copied(), &to.people);
    // A demonym that is also a name keeps the name as its general replacement and the demonym
    // before a sector term.
    for (index, adjective) in from.adjectives.iter().enumerate() {
        let Some(counterpart) = to.adjectives.get(index).or(to.adjectives.first()) else {
            continue;
        };
        match table.get_mut(*adjective) {
            Some(existing) if existing.default != *counterpart => {
                existing.before_sector_term = Some((*counterpart).to_owned());
            }
            Some(_) => {}
            None => {
                table.insert(
                    (*adjective).to_owned(),
                    Replacement {
                        default: (*counterpart).to_owned(),
                        before_sector_term: None,
                    },
                );
            }
        }
    }
    add_names(table, from.capitals.iter().copied(), &to.capitals);
    for (institution, sector) in &from.institutions {
        let counterpart = to.institutions.iter().find(|(_, other)| other == sector);
        if let Some((counterpart, _)) = counterpart {
            add_names(table, std::iter::once(*institution), &[counterpart]);
        }
    }
}

/// Adds `names` to `table`, each with the name at its position in `counterparts`, else the first;
/// a name already in the table keeps its replacement.
fn add_names<'a>(
    table: &mut HashMap<String, Replacement>,
    names: impl Iterator<Item = &'a str>,
    counterparts: &[&str],
) {
    for (index, name) in names.enumerate() {
        let Some(counterpart) = counterparts.get(index).or(counterparts.first()) else {
            continue;
        };
        table.entry(name.to_owned()).or_insert_with(|| Replacement {
            default: (*counterpart).to_owned(),
            before_sector_term: None,
        });
    }
}

/// How many of a kind of finding are unchanged by the swap, over the findings of either version.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Agreement {
    /// Findings present, the same, in both versions.
    pub unchanged: usize,
    /// Findings of either version (those unchanged counted once).
    pub total: usize,
}

impl Agreement {
    /// The share unchanged; 1 when there is nothing to compare.
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.unchanged as f64 / self.total as f64
        }
    }

    /// Adds `other`'s counts.
    fn add(&mut self, other: Agreement) {
        self.unchanged += other.unchanged;
        self.total += other.total;
    }

    /// The agreement of two lists of comparable keys: unchanged is the size of their multiset
    /// intersection, total of their union.
    fn of<K: Ord>(original: Vec<K>, swapped: Vec<K>) -> Agreement {
        let mut counts: BTreeMap<K, (usize, usize)> = BTreeMap::new();
        for key in original {
            counts.entry(key).or_default().0 += 1;
        }
        for key in swapped {
            counts.entry(key).or_default().1 += 1;
        }
        counts
            .values()
            .fold(Agreement::default(), |agreement, &(left, right)| Agreement {
                unchanged: agreement.unchanged + left.min(right),
                total: agreement.total + left.max(right),
            })
    }
}

/// One finding that the swap changed, for tracing asymmetries to their cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asymmetry {
    /// The document.
    pub document: String,
    /// `technique`, `claim` or `event`.
    pub kind: &'static str,
    /// `original` (found only in the original) or `swapped` (only in the swapped text).
    pub version: &'static str,
    /// The finding, in words, with the text it covers.
    pub finding: String,
}

/// The comparison of one document with its swapped version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentSymmetry {
    /// Technique findings (technique and span).
    pub techniques: Agreement,
    /// Check-worthiness decisions, one per sentence of either version.
    pub claim_decisions: Agreement,
    /// Sentences check-worthy in either version.
    pub checkworthy_claims: Agreement,
    /// Events (trigger, source, target, type, modality, negation).
    pub events: Agreement,
    /// The findings that changed.
    pub asymmetries: Vec<Asymmetry>,
}

/// Compares the analysis of a document with that of its swapped version: the keys of the
/// original are mapped into the swapped text (spans through `swapped`, actor ids through
/// `swap`) before they are compared.
pub fn compare_analyses(
    original: &Analysis,
    swapped_analysis: &Analysis,
    swapped: &SwappedText,
    swap: &PartySwap,
) -> DocumentSymmetry {
    let mut symmetry = DocumentSymmetry::default();
    let record = |kind, version, finding: String| asymmetry(&original.id, kind, version, finding);
    let mut asymmetries = Vec::new();

    let technique_key = |technique: &rhetor_schema::Technique, range: Range<usize>| {
        (technique.technique.clone(), range.start, range.end)
    };
    // The evidence goes into the report only: two findings are the same without it.
    let evidence_of = |analysis: &Analysis, name: &str, range: Range<usize>, mapped: bool| {
        analysis
            .techniques
            .iter()
            .find(|technique| {
                let span = technique.span.range();
                let span = if mapped { swapped.map_range(span) } else { span };
                technique.technique == name && span == range
            })
            .map(|technique| technique.evidence.clone())
            .unwrap_or_default()
    };
    let original_techniques: Vec<_> = original
        .techniques
        .iter()
        .map(|technique| technique_key(technique, swapped.map_range(technique.span.range())))
        .collect();
    let swapped_techniques: Vec<_> = swapped_analysis
        .techniques
        .iter()
        .map(|technique| technique_key(technique, technique.span.range()))
        .collect();
    symmetry.techniques = Agreement::of(original_techniques.clone(), swapped_techniques.clone());
    differences(
        &original_techniques,
        &swapped_techniques,
        |(name, start, end), version| {
            let evidence = if version == "original" {
                evidence_of(original, name, *start..*end, true)
            } else {
                evidence_of(swapped_analysis, name, *start..*end, false)
            };
            asymmetries.push(record(
                "technique",
                version,
                format!(
                    "{name} on {:?} (evidence: {evidence})",
                    swapped.text.get(*start..*end).unwrap_or_default()
                ),
            ));
        },
    );

    let original_decisions = sentence_decisions(original, |range| swapped.map_range(range));
    let swapped_decisions = sentence_decisions(swapped_analysis, |range| range);
    symmetry.claim_decisions = Agreement::of(original_decisions.clone(), swapped_decisions.clone());
    let checkworthy = |decisions: &[(usize, usize, bool)]| -> Vec<(usize, usize, bool)> {
        decisions.iter().copied().filter(|decision| decision.2).collect()
    };
    let original_checkworthy = checkworthy(&original_decisions);
    let swapped_checkworthy = checkworthy(&swapped_decisions);
    // A check-worthy sentence is unchanged when its mapped sentence is check-worthy too.
    symmetry.checkworthy_claims = Agreement::of(original_checkworthy.clone(), swapped_checkworthy.clone());
    differences(
        &original_decisions,
        &swapped_decisions,
        |(start, end, checkworthy), version| {
            asymmetries.push(record(
                "claim",
                version,
                format!(
                    "checkworthy={checkworthy} on {:?}",
                    swapped.text.get(*start..*end).unwrap_or_default()
                ),
            ));
        },
    );

    let original_events: Vec<_> = original
        .events
        .iter()
        .map(|event| {
            event_key(event, swapped.map_range(event.trigger.range()), |id| {
                swap.swap_actor_id(id)
            })
        })
        .collect();
    let swapped_events: Vec<_> = swapped_analysis
        .events
        .iter()
        .map(|event| event_key(event, event.trigger.range(), str::to_owned))
        .collect();
    symmetry.events = Agreement::of(original_events.clone(), swapped_events.clone());
    differences(&original_events, &swapped_events, |key, version| {
        asymmetries.push(record(
            "event",
            version,
            format!(
                "{} {} {}→{} negated={} on {:?}",
                key.plover,
                key.modality,
                key.source.as_deref().unwrap_or("-"),
                key.target.as_deref().unwrap_or("-"),
                key.negated,
                swapped.text.get(key.start..key.end).unwrap_or_default()
            ),
        ));
    });
    symmetry.asymmetries = asymmetries;
    symmetry
}

/// An [`Asymmetry`] of `document`.
fn asymmetry(document: &str, kind: &'static str, version: &'static str, finding: String) -> Asymmetry {
    Asymmetry {
        document: document.to_owned(),
        kind,
        version,
        finding,
    }
}

/// Calls `report` for every key of `original` missing from `swapped` (with `original`) and every
/// key of `swapped` missing from `original` (with `swapped`), repeats counted.
fn differences<K: Ord + Clone>(original: &[K], swapped: &[K], mut report: impl FnMut(&K, &'static str)) {
    let mut counts: BTreeMap<&K, isize> = BTreeMap::new();
    for key in original {
        *counts.entry(key).or_default() += 1;
    }
    for key in swapped {
        *counts.entry(key).or_default() -= 1;
    }
    for (key, count) in counts {
        let version = if count > 0 { "original" } else { "swapped" };
        for _ in 0..count.unsigned_abs() {
            report(key, version);
        }
    }
}

/// Every sentence of `analysis` (its range mapped by `map`) with whether its claim is
/// check-worthy.
fn sentence_decisions(
    analysis: &Analysis,
    map: impl Fn(Range<usize>) -> Range<usize>,
) -> Vec<(usize, usize, bool)> {
    analysis
        .sentences
        .iter()
        .map(|sentence| {
            let range = sentence.span.range();
            let checkworthy = analysis
                .claims
                .iter()
                .find(|claim| range.start <= claim.span.start && claim.span.end <= range.end)
                .is_some_and(|claim| claim.checkworthy);
            let mapped = map(range);
            (mapped.start, mapped.end, checkworthy)
        })
        .collect()
}

/// What must match for an event to be mirrored.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct EventKey {
    /// Trigger start in the swapped text.
    start: usize,
    /// Trigger end in the swapped text.
    end: usize,
    /// Source id in the swapped text.
    source: Option<String>,
    /// Target id in the swapped text.
    target: Option<String>,
    /// PLOVER type.
    plover: String,
    /// Modality, as its name.
    modality: String,
    /// Negation.
    negated: bool,
}

/// The key of `event`, with its trigger at `trigger` and its actor ids mapped by `map_id`.
fn event_key(event: &Event, trigger: Range<usize>, map_id: impl Fn(&str) -> String) -> EventKey {
    EventKey {
        start: trigger.start,
        end: trigger.end,
        source: event.source.as_deref().map(&map_id),
        target: event.target.as_deref().map(&map_id),
        plover: event.plover.clone(),
        modality: format!("{:?}", event.modality),
        negated: event.negated,
    }
}

/// The figures of the documents of one pair of parties.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PairFigures {
    /// Documents compared.
    pub documents: usize,
    /// Techniques.
    pub techniques: Agreement,
    /// Check-worthiness decisions.
    pub claim_decisions: Agreement,
    /// Events.
    pub events: Agreement,
}

/// The symmetry of a whole corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SymmetryReport {
    /// Documents compared and their figures, per pair (`ARM-AZE`).
    pub pairs: BTreeMap<String, PairFigures>,
    /// Documents that mention no pair of parties.
    pub skipped: usize,
    /// Techniques, summed over documents.
    pub techniques: Agreement,
    /// Check-worthiness decisions, summed over documents.
    pub claim_decisions: Agreement,
    /// Check-worthy sentences, summed over documents.
    pub checkworthy_claims: Agreement,
    /// Events, summed over documents.
    pub events: Agreement,
    /// Every finding that changed.
    pub asymmetries: Vec<Asymmetry>,
}

impl fmt::Display for SymmetryReport {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let compared: usize = self.pairs.values().map(|pair| pair.documents).sum();
        writeln!(
            formatter,
            "documents: {compared} compared, {} skipped (no pair of parties mentioned)",
            self.skipped
        )?;
        for (pair, figures) in &self.pairs {
            writeln!(
                formatter,
                "  {pair}: {} documents; techniques {:.2}%, claim decisions {:.2}%, events {:.2}%",
                figures.documents,
                100.0 * figures.techniques.share(),
                100.0 * figures.claim_decisions.share(),
                100.0 * figures.events.share()
            )?;
        }
        let line = |formatter: &mut fmt::Formatter<'_>, name: &str, agreement: &Agreement| {
            writeln!(
                formatter,
                "{name}: {:.2}% ({} of {})",
                100.0 * agreement.share(),
                agreement.unchanged,
                agreement.total
            )
        };
        line(formatter, "techniques unchanged", &self.techniques)?;
        line(formatter, "claim decisions unchanged", &self.claim_decisions)?;
        line(
            formatter,
            "check-worthy claims unchanged",
            &self.checkworthy_claims,
        )?;
        line(formatter, "events mirrored", &self.events)
    }
}

/// The pair of [`PARTY_PAIRS`] that `analysis` mentions most, when it mentions both of a pair
/// (its speaker's country counts as mentioned).
pub fn choose_pair(analysis: &Analysis) -> Option<(&'static str, &'static str)> {
    let mut mentions: HashMap<&str, usize> = HashMap::new();
    for actor in &analysis.actors {
        if let Some(country) = actor.country.as_deref() {
            *mentions.entry(country).or_default() += actor.mentions.len();
        }
    }
    if let Some(country) = analysis
        .metadata
        .get("country_iso3")
        .and_then(|value| value.as_str())
    {
        *mentions.entry(country).or_default() += 1;
    }
    PARTY_PAIRS
        .iter()
        .filter_map(|&(first, second)| {
            let (first_count, second_count) = (mentions.get(first)?, mentions.get(second)?);
            Some(((first, second), first_count + second_count))
        })
        .max_by_key(|&(_, count)| count)
        .map(|(pair, _)| pair)
}

/// Whether `text` holds a name, demonym or capital of the country `iso3` (as a substring: a
/// cheap test before the analysis tells mentions from look-alikes).
fn may_name(text: &str, iso3: &str) -> bool {
    country_names(iso3).is_some_and(|names| {
        names
            .names
            .iter()
            .chain(&names.adjectives)
            .chain(&names.people)
            .chain(&names.capitals)
            .any(|name| text.contains(name))
    })
}

/// The document with its text, source and speaker country swapped.
fn swapped_document(document: &Document, swapped: &SwappedText, swap: &PartySwap) -> Document {
    let mut swapped_document = document.clone();
    swapped_document.text = swapped.text.clone();
    swapped_document.source = document
        .source
        .as_deref()
        .map(|source| swap.swap_text(source, &[]).text);
    if let Some(country) = document
        .metadata
        .get("country_iso3")
        .and_then(|value| value.as_str())
    {
        let country = swap.swap_actor_id(country);
        swapped_document
            .metadata
            .insert("country_iso3".to_owned(), serde_json::Value::String(country));
    }
    swapped_document
}

/// Analyses `document` and its swapped version and compares them; `None` when it mentions no
/// pair of parties.
pub fn document_symmetry(document: &Document) -> Option<(String, DocumentSymmetry)> {
    // Most documents name no pair at all: a substring test spares them two analyses.
    let may_name_a_pair = PARTY_PAIRS
        .iter()
        .any(|(first, second)| may_name(&document.text, first) && may_name(&document.text, second));
    if !may_name_a_pair {
        return None;
    }
    let options = AnalyzeOptions::default();
    let original = analyze(document.clone(), &options);
    let (first, second) = choose_pair(&original)?;
    let swap = PartySwap::new(first, second, document.date.as_deref())?;
    let sentence_ends: Vec<usize> = original
        .sentences
        .iter()
        .map(|sentence| sentence.span.end)
        .collect();
    let swapped = swap.swap_text(&document.text, &sentence_ends);
    let swapped_analysis = analyze(swapped_document(document, &swapped, &swap), &options);
    let symmetry = compare_analyses(&original, &swapped_analysis, &swapped, &swap);
    Some((format!("{first}-{second}"), symmetry))
}

/// Measures the symmetry of the JSONL corpora `paths`, documents analysed in parallel.
///
/// # Errors
///
/// When a corpus cannot be read.
pub fn evaluate_symmetry(paths: &[PathBuf]) -> Result<SymmetryReport> {
    let inputs = paths.iter().cloned().map(Input::Path).collect();
    let documents: Vec<Document> =
        read_documents(inputs, IngestOptions::default()).collect::<std::result::Result<_, _>>()?;
    let results: Vec<Option<(String, DocumentSymmetry)>> =
        documents.par_iter().map(document_symmetry).collect();
    let mut report = SymmetryReport::default();
    for result in results {
        let Some((pair, symmetry)) = result else {
            report.skipped += 1;
            continue;
        };
        let figures = report.pairs.entry(pair).or_default();
        figures.documents += 1;
        figures.techniques.add(symmetry.techniques);
        figures.claim_decisions.add(symmetry.claim_decisions);
        figures.events.add(symmetry.events);
        report.techniques.add(symmetry.techniques);
        report.claim_decisions.add(symmetry.claim_decisions);
        report.checkworthy_claims.add(symmetry.checkworthy_claims);
        report.events.add(symmetry.events);
        report.asymmetries.extend(symmetry.asymmetries);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn swap(first: &str, second: &str) -> PartySwap {
        PartySwap::new(first, second, Some("2021-05-20")).expect("both parties are in the gazetteer")
    }

    #[test]
    fn names_demonyms_and_capitals_swap_both_ways() {
        let text = "Armenia and Azerbaijan met in Baku; the Armenian side and Azerbaijanis from Yerevan.";
        let swapped = swap("ARM", "AZE").swap_text(text, &[]);
        assert_eq!(
            swapped.text,
            "Azerbaijan and Armenia met in Yerevan; the Azerbaijani side and Armenians from Baku."
        );
    }

    #[test]
    fn names_next_to_multibyte_characters_are_found() {
        let text = "Armenia’s “Azerbaijan” — Ереван Armenia";
        let swapped = swap("ARM", "AZE").swap_text(text, &[]);
        assert_eq!(swapped.text, "Azerbaijan’s “Armenia” — Ереван Azerbaijan");
    }

    #[test]
    fn longer_names_win_and_words_are_whole() {
        let text = "The Republic of Armenia, Armenians, Armeniana and ARMENIA.";
        let swapped = swap("ARM", "AZE").swap_text(text, &[]);
        assert_eq!(
            swapped.text,
            "The Republic of Azerbaijan, Azerbaijanis, Armeniana and AZERBAIJAN."
        );
    }

    #[test]
    fn a_name_that_is_also_a_demonym_reads_by_what_follows() {
        let text = "U.S. officials said the U.S. will act.";
        let swapped = swap("USA", "RUS").swap_text(text, &[]);
        assert_eq!(swapped.text, "Russian officials said the Russia will act.");
    }

    #[test]
    fn a_name_ending_a_sentence_keeps_its_period() {
        let text = "He met the U.S. Then he left.";
        let swapped = swap("USA", "RUS").swap_text(text, &[15]);
        assert_eq!(swapped.text, "He met the Russia. Then he left.");
        assert_eq!(swapped.map_range(0..15), 0..18);
        assert_eq!(swapped.map_range(16..29), 19..32);
    }

    #[test]
    fn office_holders_swap_by_office_at_the_date() {
        let text = "Secretary Blinken spoke with Foreign Minister Sergey Lavrov.";
        let swapped = swap("USA", "RUS").swap_text(text, &[]);
        assert!(swapped.text.contains("Lavrov spoke with"), "{}", swapped.text);
        assert!(swapped.text.contains("Antony Blinken."), "{}", swapped.text);
    }

    #[test]
    fn names_written_with_no_break_spaces_swap_whole() {
        let text = "Foreign Minister Sergey\u{202f}Lavrov met Sergey\u{a0}Lavrov.";
        let swapped = swap("RUS", "USA").swap_text(text, &[]);
        assert_eq!(
            swapped.text.matches("Antony Blinken").count(),
            2,
            "{}",
            swapped.text
        );
        assert!(!swapped.text.contains("Sergey"), "{}", swapped.text);
    }

    #[test]
    fn offsets_map_through_replacements_of_other_lengths() {
        let text = "Armenia said: Azerbaijan attacked.";
        let swapped = swap("ARM", "AZE").swap_text(text, &[]);
        assert_eq!(swapped.text, "Azerbaijan said: Armenia attacked.");
        // "said" moves by the three bytes that "Azerbaijan" adds.
        assert_eq!(&swapped.text[swapped.map_range(8..12)], "said");
        // A range that covers a name covers its replacement.
        assert_eq!(&swapped.text[swapped.map_range(14..24)], "Armenia");
        assert_eq!(&swapped.text[swapped.map_range(0..34)], swapped.text);
        // A bound inside a name moves to its replacement's edge.
        assert_eq!(swapped.map_range(2..5), 0..10);
    }

    #[test]
    fn actor_ids_swap_countries_compositions_and_people() {
        let swap = swap("USA", "RUS");
        assert_eq!(swap.swap_actor_id("USA"), "RUS");
        assert_eq!(swap.swap_actor_id("RUS/MIL"), "USA/MIL");
        assert_eq!(swap.swap_actor_id("UKR"), "UKR");
        assert_eq!(swap.swap_actor_id("org:UN"), "org:UN");
        assert_eq!(
            swap.swap_actor_id("person:antony-blinken"),
            "person:sergey-lavrov"
        );
    }

    #[test]
    fn agreement_counts_the_union_once() {
        let agreement = Agreement::of(vec![1, 2, 2, 3], vec![2, 3, 4]);
        assert_eq!(
            agreement,
            Agreement {
                unchanged: 2,
                total: 5
            }
        );
        assert!((Agreement::default().share() - 1.0).abs() < f64::EPSILON);
    }

    #[test]
    fn a_symmetric_statement_is_unchanged() {
        let document = Document::new(
            "symmetric",
            "Armenia condemns the attack by Azerbaijan on its territory. Azerbaijan must withdraw its \
             troops, Armenia said.",
        );
        let (pair, symmetry) = document_symmetry(&document).expect("both parties are named");
        assert_eq!(pair, "ARM-AZE");
        assert!(symmetry.events.total > 0, "the statement has events");
        assert_eq!(symmetry.asymmetries, Vec::new());
    }

    #[test]
    fn a_document_without_a_pair_is_skipped() {
        assert!(document_symmetry(&Document::new("none", "France and Germany met in Paris.")).is_none());
    }
}
