//! The gazetteer: the hand-written data files of `data/`, parsed once into token tries.
//!
//! The files are embedded with `include_str!`, so every name is a `&'static str` slice of them
//! and building the gazetteer copies no text. Parsing skips and counts malformed rows instead of
//! panicking (the data tests check that none are skipped), so no input can reach a panic here.

use std::sync::OnceLock;

use crate::office_holders::{puts_family_name_first, surname_of, DateRange, PackedDate, Person, Term};
use crate::token_trie::{NodeId, TokenMap, TokenTrie};

/// countries.tsv, embedded.
pub(crate) const COUNTRIES_TSV: &str = include_str!("../data/countries.tsv");
/// organisations.tsv, embedded.
pub(crate) const ORGANISATIONS_TSV: &str = include_str!("../data/organisations.tsv");
/// office_holders.tsv, embedded.
pub(crate) const OFFICE_HOLDERS_TSV: &str = include_str!("../data/office_holders.tsv");
/// sector_terms.tsv, embedded.
pub(crate) const SECTOR_TERMS_TSV: &str = include_str!("../data/sector_terms.tsv");
/// non_actors.tsv, embedded.
pub(crate) const NON_ACTORS_TSV: &str = include_str!("../data/non_actors.tsv");
/// capital_name_heads.tsv, embedded.
pub(crate) const CAPITAL_NAME_HEADS_TSV: &str = include_str!("../data/capital_name_heads.tsv");
/// state_periods.tsv, embedded.
const STATE_PERIODS_TSV: &str = include_str!("../data/state_periods.tsv");

/// When a state of state_periods.tsv existed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StatePeriod {
    /// Its first day.
    start: DateRange,
    /// Its last day, `None` for a state that exists today.
    end: Option<DateRange>,
}

impl StatePeriod {
    /// Whether the state existed on `day`.
    fn covers(self, day: PackedDate) -> bool {
        self.start.first <= day && self.end.is_none_or(|end| end.last >= day)
    }
}

/// A state or state-like entity of countries.tsv.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code (`AZE`).
    pub iso3: &'static str,
    /// Canonical short English name (`Azerbaijan`).
    pub name: &'static str,
    /// The first listed demonym adjective (`Azerbaijani`), or the name when there is none.
    pub adjective: &'static str,
    /// The capital (`Baku`), empty when the row names none.
    pub capital: &'static str,
}

/// An organisation of organisations.tsv.
#[derive(Debug, Clone)]
pub struct Organisation {
    /// Stable upper-case id (`UN`, `ARAB_LEAGUE`).
    pub id: &'static str,
    /// Canonical name.
    pub name: &'static str,
    /// ISO3 code for national bodies.
    pub country: Option<&'static str>,
    /// Sector code.
    pub sector: &'static str,
}

/// A row of sector_terms.tsv.
#[derive(Debug, Clone)]
pub struct SectorTerm {
    /// Sector code.
    pub sector: &'static str,
    /// Whether the noun also heads organisation names (`... Community`, `... Ministry`).
    pub head_of_org: bool,
}

/// What a name in the text may stand for; one phrase may have several readings (`Azerbaijan` is
/// both a country name and an adjective, `Congolese` belongs to two countries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameTarget {
    /// A name of the country at this index of [`Gazetteer::countries`].
    CountryName(usize),
    /// A demonym adjective of the country (`Azerbaijani`).
    CountryAdjective(usize),
    /// A plural demonym of the country (`Azerbaijanis`).
    CountryPeople(usize),
    /// The capital of the country, standing for its government.
    Capital(usize),
    /// An institution of the country, standing for the given sector (`the Pentagon` → MIL).
    Institution(usize, &'static str),
    /// An organisation, by index in [`Gazetteer::organisations`].
    Organisation(usize),
    /// An office holder, by index in the person list.
    Person(usize),
    /// A name that holds an actor's name but names no actor: a region of several countries
    /// (`North America`), an agreement or process named after a city (`the Minsk agreements`).
    /// Matched only so that the name inside it (`America`, `Minsk`) is not read on its own.
    NotAnActor,
}

impl NameTarget {
    /// The country this target names by its name, its adjective or its people (`France`,
    /// `French`, `the French`), if it is one of those.
    pub(crate) fn country_word(&self) -> Option<usize> {
        match *self {
            NameTarget::CountryName(country)
            | NameTarget::CountryAdjective(country)
            | NameTarget::CountryPeople(country) => Some(country),
            _ => None,
        }
    }
}

/// The parsed gazetteer. Get it with [`Gazetteer::get`].
#[derive(Debug)]
pub struct Gazetteer {
    /// Countries in file order.
    pub countries: Vec<Country>,
    /// Organisations in file order.
    pub organisations: Vec<Organisation>,
    /// Sector-term rows in file order.
    pub sector_terms: Vec<SectorTerm>,
    /// Office holders, one per person.
    pub(crate) persons: Vec<Person>,
    /// Country index by ISO3 code.
    country_by_iso3: TokenMap<&'static str, usize>,
    /// Organisation index by id.
    organisation_by_id: TokenMap<&'static str, usize>,
    /// Every name, alias, adjective, demonym, capital and institution, case-sensitive, without a
    /// leading article.
    pub(crate) names: TokenTrie<NameTarget>,
    /// Every sector-term form, as written in the data (lower case, acronyms in capitals).
    pub(crate) sector_phrases: TokenTrie<usize>,
    /// Persons by derived family name.
    pub(crate) surnames: TokenMap<&'static str, Vec<usize>>,
    /// When the states that share a name with another existed, by ISO3 code.
    state_periods: TokenMap<&'static str, StatePeriod>,
    /// The words of the offices that office holders of each country hold (`USA`: `Secretary`,
    /// `State`, `President`, ...), to tell a title of the country's own from another's.
    office_words: TokenMap<&'static str, Vec<&'static str>>,
    /// The words that, written right after a capital, make it the first word of a document's,
    /// meeting's or group's name (`the Lusaka Protocol`, `the Bucharest Nine`), as written
    /// (capital_name_heads.tsv).
    pub(crate) capital_name_heads: TokenMap<&'static str, ()>,
    /// Rows that could not be parsed (a data bug; the tests require zero).
    pub skipped_rows: usize,
}

impl Gazetteer {
    /// The gazetteer, parsed on first use.
    pub fn get() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(Gazetteer::parse)
    }

    /// The country with ISO3 code `iso3`.
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.country_by_iso3
            .get(iso3)
            .and_then(|&index| self.countries.get(index))
    }

    /// Whether the name that ends at `node` of [`Gazetteer::names`] can name a known person.
    pub(crate) fn names_a_person(&self, node: NodeId) -> bool {
        self.names
            .values(node)
            .iter()
            .any(|target| matches!(target, NameTarget::Person(_)))
    }

    /// The organisation with id `id` (`UN`).
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisation_by_id
            .get(id)
            .and_then(|&index| self.organisations.get(index))
    }

    /// Which of the countries `candidates` (indices, in file order) that share a name the name
    /// means at `date`: the one that existed in its middle (a bare year is read as its 1 July);
    /// with no date, or none that did, the one that
    /// exists today (`Moscow` in 1990 is the Soviet Union, in 2022 Russia); failing both, the
    /// first. `None` only for no candidates.
    pub(crate) fn country_of_shared_name(
        &self,
        candidates: &[usize],
        date: Option<DateRange>,
    ) -> Option<usize> {
        let period = |index: &usize| {
            self.countries
                .get(*index)
                .and_then(|country| self.state_periods.get(country.iso3))
                .copied()
        };
        date.and_then(|date| {
            candidates
                .iter()
                .find(|candidate| period(candidate).is_some_and(|period| period.covers(date.middle())))
        })
        .or_else(|| {
            candidates
                .iter()
                .find(|candidate| period(candidate).is_none_or(|period| period.end.is_none()))
        })
        .or(candidates.first())
        .copied()
    }

    /// The state that `iso3` stood for at `date` (a `YYYY`, `YYYY-MM` or `YYYY-MM-DD`): itself
    /// when it existed then or has no period, else the state of state_periods.tsv with the same
    /// capital that existed then. Corpora code a seat by one code across a succession (the UN
    /// General Debate files `RUS` for the Soviet Union's speech of 1990 and `YUG` for Serbia and
    /// Montenegro's of 2004), and the speaker must be the state of the day.
    pub fn state_at_date(&self, iso3: &'static str, date: Option<&str>) -> &'static str {
        let Some(day) = date.and_then(DateRange::parse).map(|range| range.middle()) else {
            return iso3;
        };
        let existed = |code: &str| {
            self.state_periods
                .get(code)
                .is_none_or(|period| period.covers(day))
        };
        if existed(iso3) {
            return iso3;
        }
        let Some(capital) = self
            .country(iso3)
            .map(|country| country.capital)
            .filter(|capital| !capital.is_empty())
        else {
            return iso3;
        };
        self.countries
            .iter()
            .find(|country| {
                country.capital == capital
                    && self
                        .state_periods
                        .get(country.iso3)
                        .is_some_and(|period| period.covers(day))
            })
            .map_or(iso3, |country| country.iso3)
    }

    /// Whether `title`'s last word (`Minister` of `the Foreign Minister`) names an office that
    /// some office holder of the country `iso3` holds; `None` when the gazetteer lists no office
    /// holder of that country.
    pub(crate) fn country_has_office_titled(&self, iso3: &str, title: &str) -> Option<bool> {
        let words = self.office_words.get(iso3)?;
        let head = title.split_whitespace().last()?;
        Some(words.contains(&head))
    }

    /// Number of office holders (persons, not terms).
    pub fn person_count(&self) -> usize {
        self.persons.len()
    }

    /// Parses the embedded files.
    fn parse() -> Gazetteer {
        let mut gazetteer = Gazetteer {
            countries: Vec::new(),
            organisations: Vec::new(),
            sector_terms: Vec::new(),
            persons: Vec::new(),
            country_by_iso3: TokenMap::default(),
            organisation_by_id: TokenMap::default(),
            names: TokenTrie::default(),
            sector_phrases: TokenTrie::default(),
            surnames: TokenMap::default(),
            state_periods: TokenMap::default(),
            office_words: TokenMap::default(),
            capital_name_heads: TokenMap::default(),
            skipped_rows: 0,
        };
        for fields in rows(COUNTRIES_TSV, 11, &mut gazetteer.skipped_rows) {
            gazetteer.add_country(&fields);
        }
        for fields in rows(ORGANISATIONS_TSV, 7, &mut gazetteer.skipped_rows) {
            gazetteer.add_organisation(&fields);
        }
        for fields in rows(OFFICE_HOLDERS_TSV, 9, &mut gazetteer.skipped_rows) {
            gazetteer.add_office_term(&fields);
        }
        gazetteer.index_surnames();
        for fields in rows(SECTOR_TERMS_TSV, 4, &mut gazetteer.skipped_rows) {
            gazetteer.add_sector_term(&fields);
        }
        for fields in rows(STATE_PERIODS_TSV, 4, &mut gazetteer.skipped_rows) {
            let start = DateRange::parse(fields[1]);
            let end = (fields[2] != "-").then(|| DateRange::parse(fields[2]));
            match (start, end) {
                (Some(start), None) => {
                    gazetteer
                        .state_periods
                        .insert(fields[0], StatePeriod { start, end: None });
                }
                (Some(start), Some(Some(end))) => {
                    gazetteer.state_periods.insert(
                        fields[0],
                        StatePeriod {
                            start,
                            end: Some(end),
                        },
                    );
                }
                _ => gazetteer.skipped_rows += 1,
            }
        }
        for fields in rows(NON_ACTORS_TSV, 4, &mut gazetteer.skipped_rows) {
            for name in list(fields[1]) {
                gazetteer
                    .names
                    .insert(&phrase_tokens(name), NameTarget::NotAnActor);
            }
        }
        for fields in rows(CAPITAL_NAME_HEADS_TSV, 3, &mut gazetteer.skipped_rows) {
            for form in list(fields[1]) {
                gazetteer.capital_name_heads.insert(form, ());
            }
        }
        gazetteer
    }

    /// Adds one countries.tsv row.
    fn add_country(&mut self, fields: &[&'static str]) {
        let index = self.countries.len();
        let adjectives: Vec<&'static str> = list(fields[3]).collect();
        self.countries.push(Country {
            iso3: fields[0],
            name: fields[1],
            adjective: adjectives.first().copied().unwrap_or(fields[1]),
            capital: if fields[5] == "-" { "" } else { fields[5] },
        });
        self.country_by_iso3.insert(fields[0], index);
        for name in list(fields[2]).chain(std::iter::once(fields[1])) {
            self.names
                .insert(&phrase_tokens(name), NameTarget::CountryName(index));
        }
        for adjective in adjectives {
            self.names
                .insert(&phrase_tokens(adjective), NameTarget::CountryAdjective(index));
        }
        for people in list(fields[4]) {
            self.names
                .insert(&phrase_tokens(people), NameTarget::CountryPeople(index));
        }
        for capital in list(fields[5]) {
            self.names
                .insert(&phrase_tokens(capital), NameTarget::Capital(index));
        }
        for institution in list(fields[6]) {
            if let Some((name, sector)) = institution.rsplit_once(':') {
                self.names
                    .insert(&phrase_tokens(name), NameTarget::Institution(index, sector));
            } else {
                self.skipped_rows += 1;
            }
        }
    }

    /// Adds one organisations.tsv row.
    fn add_organisation(&mut self, fields: &[&'static str]) {
        let index = self.organisations.len();
        self.organisations.push(Organisation {
            id: fields[0],
            name: fields[1],
            country: optional(fields[4]),
            sector: fields[5],
        });
        self.organisation_by_id.insert(fields[0], index);
        for name in list(fields[2]).chain(std::iter::once(fields[1])) {
            self.names
                .insert(&phrase_tokens(name), NameTarget::Organisation(index));
        }
    }

    /// Adds one office_holders.tsv row: a new person, or a further term of the previous one (the
    /// file is sorted by person).
    fn add_office_term(&mut self, fields: &[&'static str]) {
        let (Some(start), end) = (DateRange::parse(fields[6]), optional(fields[7])) else {
            self.skipped_rows += 1;
            return;
        };
        let end = match end.map(DateRange::parse) {
            Some(None) => {
                self.skipped_rows += 1;
                return;
            }
            Some(Some(end)) => Some(end),
            None => None,
        };
        let term = Term {
            country: fields[3],
            sector: fields[4],
            start,
            end,
        };
        let words = self.office_words.entry(fields[3]).or_default();
        for word in fields[5].split_whitespace() {
            if !words.contains(&word) {
                words.push(word);
            }
        }
        let index = match self.persons.last_mut() {
            Some(person) if person.person_id == fields[0] => {
                person.terms.push(term);
                self.persons.len() - 1
            }
            _ => {
                self.persons.push(Person {
                    person_id: fields[0],
                    name: fields[1],
                    terms: vec![term],
                });
                self.persons.len() - 1
            }
        };
        for name in list(fields[2]).chain(std::iter::once(fields[1])) {
            self.names.insert(&phrase_tokens(name), NameTarget::Person(index));
        }
    }

    /// Derives each person's family names from the canonical name and the full-name aliases.
    fn index_surnames(&mut self) {
        for row in rows(OFFICE_HOLDERS_TSV, 9, &mut 0) {
            let Some(index) = self.persons.iter().position(|person| person.person_id == row[0]) else {
                continue;
            };
            let family_name_first = puts_family_name_first(&self.persons[index]);
            for name in list(row[2]).chain(std::iter::once(row[1])) {
                let tokens = phrase_tokens(name);
                let starts_with_title = tokens
                    .first()
                    .is_some_and(|first| crate::titles::is_title_word(first));
                if starts_with_title {
                    continue;
                }
                if let Some(surname) = surname_of(&tokens, family_name_first) {
                    let persons = self.surnames.entry(surname).or_default();
                    if !persons.contains(&index) {
                        persons.push(index);
                    }
                }
            }
        }
    }

    /// Adds one sector_terms.tsv row.
    fn add_sector_term(&mut self, fields: &[&'static str]) {
        let index = self.sector_terms.len();
        self.sector_terms.push(SectorTerm {
            sector: fields[1],
            head_of_org: fields[2] == "yes",
        });
        for form in list(fields[0]) {
            self.sector_phrases.insert(&phrase_tokens(form), index);
        }
    }
}

/// The data rows of a TSV file with exactly `columns` fields; other rows are counted as skipped.
fn rows(file: &'static str, columns: usize, skipped: &mut usize) -> Vec<Vec<&'static str>> {
    let mut parsed = Vec::new();
    for line in file.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&'static str> = line.split('\t').collect();
        if fields.len() == columns && fields.iter().all(|field| !field.is_empty()) {
            parsed.push(fields);
        } else {
            *skipped += 1;
        }
    }
    parsed
}

/// The values of a `|`-separated list field (`-` is the empty list).
fn list(field: &'static str) -> impl Iterator<Item = &'static str> {
    field
        .split('|')
        .filter(|value| !value.is_empty() && *value != "-")
}

/// A field that may be `-`.
fn optional(field: &'static str) -> Option<&'static str> {
    (field != "-").then_some(field)
}

/// The tokens of a name as the segmenter splits them, without a leading article: mention ranges
/// never include the article, so the trie never stores it.
fn phrase_tokens(name: &'static str) -> Vec<&'static str> {
    let mut tokens: Vec<&'static str> = rhetor_segment::tokenize(name)
        .iter()
        .filter_map(|token| name.get(token.start..token.end))
        .collect();
    if tokens.len() > 1 && matches!(tokens[0], "the" | "The") {
        tokens.remove(0);
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses() {
        let gazetteer = Gazetteer::get();
        assert_eq!(gazetteer.skipped_rows, 0);
        assert_eq!(gazetteer.countries.len(), 208);
        assert_eq!(gazetteer.organisations.len(), 266);
        assert_eq!(gazetteer.sector_terms.len(), 155);
        let terms: usize = gazetteer.persons.iter().map(|person| person.terms.len()).sum();
        assert_eq!(terms, 918);
        assert!(gazetteer.names.root_count() > 1000);
    }

    #[test]
    fn ids_are_unique_and_codes_are_known() {
        let gazetteer = Gazetteer::get();
        let sectors = [
            "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "NGO", "IGO", "MED", "CVL", "BUS",
            "EDU", "REL", "LAB", "CRM", "HLH",
        ];
        let mut iso3s: Vec<_> = gazetteer.countries.iter().map(|country| country.iso3).collect();
        iso3s.sort_unstable();
        iso3s.dedup();
        assert_eq!(iso3s.len(), gazetteer.countries.len());
        for organisation in &gazetteer.organisations {
            assert!(sectors.contains(&organisation.sector), "{}", organisation.id);
            assert!(
                gazetteer.country(organisation.id).is_none(),
                "{} collides",
                organisation.id
            );
            if let Some(country) = organisation.country {
                assert!(
                    gazetteer.country(country).is_some(),
                    "{}: {country}",
                    organisation.id
                );
            }
        }
        for term in &gazetteer.sector_terms {
            assert!(sectors.contains(&term.sector));
        }
        let mut person_ids: Vec<_> = gazetteer.persons.iter().map(|person| person.person_id).collect();
        let person_count = person_ids.len();
        person_ids.sort_unstable();
        person_ids.dedup();
        assert_eq!(
            person_ids.len(),
            person_count,
            "office_holders.tsv is not grouped by person"
        );
        for person in &gazetteer.persons {
            for term in &person.terms {
                let known = gazetteer.country(term.country).is_some()
                    || gazetteer.organisation(term.country).is_some();
                assert!(known, "{}: {}", person.person_id, term.country);
                assert!(sectors.contains(&term.sector), "{}", person.person_id);
                if let Some(end) = term.end {
                    assert!(
                        term.start.first <= end.last,
                        "{} ends before it starts",
                        person.person_id
                    );
                }
            }
        }
    }

    #[test]
    fn names_are_stored_without_the_article() {
        let gazetteer = Gazetteer::get();
        assert!(gazetteer.names.root("the").is_none());
        assert!(gazetteer.names.root("The").is_none());
        let united = gazetteer.names.root("United").unwrap();
        let states = gazetteer.names.child(united, "States").unwrap();
        let usa = gazetteer.country("USA").map(|country| country.iso3);
        assert!(gazetteer
            .names
            .values(states)
            .iter()
            .any(|target| matches!(target, NameTarget::CountryName(index) if Some(gazetteer.countries[*index].iso3) == usa)));
        assert!(gazetteer.surnames.contains_key("Blinken"));
        assert!(gazetteer.surnames.contains_key("Lavrov"));
    }

    #[test]
    fn a_shared_capital_is_the_state_of_the_document_date() {
        let gazetteer = Gazetteer::get();
        assert_eq!(gazetteer.state_periods.len(), 7);
        let index = |iso3: &str| gazetteer.country_by_iso3.get(iso3).copied().unwrap();
        let belgrade = [index("SCG"), index("SRB"), index("YUG")];
        let moscow = [index("RUS"), index("SUN")];
        let at = |date: &str| DateRange::parse(date);
        let iso3_of = |candidates: &[usize], date: Option<DateRange>| {
            gazetteer
                .country_of_shared_name(candidates, date)
                .map(|index| gazetteer.countries[index].iso3)
        };
        assert_eq!(iso3_of(&belgrade, at("1993-10-01")), Some("YUG"));
        assert_eq!(iso3_of(&belgrade, at("2004")), Some("SCG"));
        assert_eq!(iso3_of(&belgrade, at("2011-09-22")), Some("SRB"));
        assert_eq!(iso3_of(&belgrade, None), Some("SRB"));
        assert_eq!(iso3_of(&moscow, at("1990-09")), Some("SUN"));
        assert_eq!(iso3_of(&moscow, at("2022-03-02")), Some("RUS"));
        // A bare year is read at its middle: the General Debate of 1991 was the Soviet Union's.
        assert_eq!(iso3_of(&moscow, at("1991")), Some("SUN"));
        assert_eq!(iso3_of(&belgrade, at("2003")), Some("SCG"));
        assert_eq!(iso3_of(&[], at("2022")), None);
    }
}
