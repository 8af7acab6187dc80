//! Office holders: their terms, the term in force at a document's date, and their surnames.
//!
//! A person is resolved to a country and sector through the term in force at the document date,
//! because the same person changes role (Putin as prime minister and as president, Aboul Gheit as
//! Egypt's foreign minister and then Secretary-General of the Arab League).

/// A calendar date packed as `yyyymmdd`; an unknown month or day is 0 at the start of a range and
/// 99 at its end, so that partial dates compare as the ranges they stand for.
pub(crate) type PackedDate = u32;

/// The span of days a document date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateRange {
    /// The earliest day the date may mean.
    pub(crate) first: PackedDate,
    /// The latest day the date may mean.
    pub(crate) last: PackedDate,
}

impl DateRange {
    /// Reads a date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after is ignored);
    /// `None` for anything else.
    pub(crate) fn parse(date: &str) -> Option<DateRange> {
        let mut parts = date.trim().splitn(3, '-');
        let year = parse_number(parts.next()?, 4)?;
        let month = parts.next().map(|part| parse_number(part, 2));
        let day = parts
            .next()
            .map(|part| parse_number(part.get(..2).unwrap_or(part), 2));
        let (first_month, last_month) = match month {
            None => (0, 99),
            Some(Some(month)) => (month, month),
            Some(None) => return None,
        };
        let (first_day, last_day) = match day {
            None => (0, 99),
            Some(Some(day)) => (day, day),
            Some(None) => return None,
        };
        Some(DateRange {
            first: year * 10_000 + first_month * 100 + first_day,
            last: year * 10_000 + last_month * 100 + last_day,
        })
    }

    /// The day in the middle of the range, as the day it most likely means: 1 July of a bare
    /// year, the 15th of a bare month (a General Debate dated only `1991` was held while the
    /// Soviet Union still existed).
    pub(crate) fn middle(self) -> PackedDate {
        let year = self.first / 10_000;
        let month = (self.first / 100) % 100;
        if month != (self.last / 100) % 100 {
            year * 10_000 + 701
        } else if self.first != self.last {
            year * 10_000 + month * 100 + 15
        } else {
            self.first
        }
    }
}

/// Parses exactly `digits` ASCII digits.
fn parse_number(text: &str, digits: usize) -> Option<u32> {
    if text.len() != digits || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// One term of office.
#[derive(Debug, Clone)]
pub(crate) struct Term {
    /// ISO3 code, or the organisations.tsv id of an IGO or group.
    pub(crate) country: &'static str,
    /// Sector code.
    pub(crate) sector: &'static str,
    /// The first day of the term.
    pub(crate) start: DateRange,
    /// The last day of the term, `None` while in office.
    pub(crate) end: Option<DateRange>,
}

impl Term {
    /// Whether the term overlaps `date`.
    fn covers(&self, date: DateRange) -> bool {
        self.start.first <= date.last && self.end.is_none_or(|end| end.last >= date.first)
    }
}

/// A person of office_holders.tsv with all their terms, in start order.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    /// The stable slug (`antony-blinken`).
    pub(crate) person_id: &'static str,
    /// The canonical name.
    pub(crate) name: &'static str,
    /// Terms in start order (the file is sorted so).
    pub(crate) terms: Vec<Term>,
}

impl Person {
    /// The term that says who the person is at `date`: the latest-starting term in force then;
    /// failing that (or with no date) the most recent term.
    pub(crate) fn term_at(&self, date: Option<DateRange>) -> Option<&Term> {
        let in_force = date.and_then(|date| self.terms.iter().rev().find(|term| term.covers(date)));
        in_force.or_else(|| self.terms.last())
    }

    /// Whether any term of the person overlaps `date`.
    pub(crate) fn in_office_at(&self, date: DateRange) -> bool {
        self.terms.iter().any(|term| term.covers(date))
    }
}

/// Countries whose names put the family name first, so that the surname is the first word
/// (`Hun Sen` is Mr Hun: read last-word-first, `Sen.` before a senator's name would be him).
const FAMILY_NAME_FIRST: [&str; 4] = ["CHN", "PRK", "KOR", "KHM"];

/// Capitalised words that are also family names of office holders but far more often something
/// else at the start of a sentence, a place, or the names of many others (`Austin Tice`, `Major
/// progress`, `Lagos`, `Toledo`, `Ali`); bare (untitled) mentions of them are not resolved.
pub(crate) const AMBIGUOUS_SURNAMES: [&str; 20] = [
    "May", "Rice", "Brown", "Young", "Hope", "Price", "Power", "Moon", "Austin", "Major", "Lagos", "Toledo",
    "Taylor", "Jonathan", "Mills", "Ali", "Mohamad", "Talal", "Touré", "Toure",
];

/// The family name derived from one full name (`Antony Blinken` → `Blinken`), if the name has one
/// that can stand alone: regnal numbers, particles and initials cannot.
pub(crate) fn surname_of(full_name_tokens: &[&'static str], family_name_first: bool) -> Option<&'static str> {
    if full_name_tokens.len() < 2 {
        return None;
    }
    let candidate = if family_name_first {
        full_name_tokens.first()
    } else {
        full_name_tokens.last()
    }?;
    let starts_upper = candidate.chars().next().is_some_and(char::is_uppercase);
    let is_regnal_number = candidate
        .chars()
        .all(|character| matches!(character, 'I' | 'V' | 'X'));
    let is_initial = candidate.ends_with('.');
    (starts_upper && !is_regnal_number && !is_initial && candidate.chars().count() >= 3).then_some(*candidate)
}

/// Whether a person's names put the family name first.
pub(crate) fn puts_family_name_first(person: &Person) -> bool {
    person
        .terms
        .iter()
        .any(|term| FAMILY_NAME_FIRST.contains(&term.country))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_parse_as_ranges() {
        let year = DateRange::parse("2021").unwrap();
        assert_eq!((year.first, year.last), (20_210_000, 20_219_999));
        let day = DateRange::parse("2021-05-20").unwrap();
        assert_eq!((day.first, day.last), (20_210_520, 20_210_520));
        assert!(DateRange::parse("May 2021").is_none());
        assert!(DateRange::parse("").is_none());
        assert!(DateRange::parse("2021-5").is_none());
    }

    #[test]
    fn surnames_skip_regnal_numbers_and_initials() {
        assert_eq!(surname_of(&["Antony", "Blinken"], false), Some("Blinken"));
        assert_eq!(surname_of(&["Abdullah", "II"], false), None);
        assert_eq!(surname_of(&["Xi", "Jinping"], true), None);
        assert_eq!(surname_of(&["Moon", "Jae-in"], true), Some("Moon"));
        assert_eq!(surname_of(&["Blinken"], false), None);
    }
}
