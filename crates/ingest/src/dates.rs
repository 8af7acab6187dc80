//! Publication dates: normalised to `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or kept verbatim.

use chrono::{DateTime, Datelike, NaiveDate};
use rhetor_schema::{Diagnostic, DiagnosticCode};

/// English month names; parsing accepts the full name or its first three letters (and `sept`).
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English weekday names, which some pages put before the date (`Thursday, May 20, 2021`).
const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Normalises a publication date to `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the input.
///
/// Reads ISO 8601 dates and date-times (`2021-05-20`, `2021-05-20T10:00:00Z`, `2021-05-20 10:00`,
/// `2021-05`, `1990`), slashed and dotted dates (`2021/05/20`, `20.05.2021`), RFC 2822
/// (`Thu, 20 May 2021 10:00:00 +0000`) and English dates (`May 20, 2021`, `20 May 2021`,
/// `Thursday, May 20, 2021`, `May 2021`). The date is taken as written, without converting a time
/// zone. Returns `None` for anything else, and for impossible dates such as `2021-02-30`.
///
/// # Examples
///
/// ```
/// use rhetor_ingest::normalize_date;
///
/// assert_eq!(normalize_date("2021-05-20T10:00:00Z").as_deref(), Some("2021-05-20"));
/// assert_eq!(normalize_date("May 20, 2021").as_deref(), Some("2021-05-20"));
/// assert_eq!(normalize_date("1990").as_deref(), Some("1990"));
/// assert_eq!(normalize_date("last Tuesday"), None);
/// ```
pub fn normalize_date(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    normalize_numeric_date(trimmed)
        .or_else(|| normalize_day_month_year_dotted(trimmed))
        .or_else(|| normalize_rfc2822_date(trimmed))
        .or_else(|| normalize_english_date(trimmed))
}

/// The date of a document from a raw date field (JSONL, HTML meta data, a Python column):
/// normalised, or else kept verbatim with an `UnparsedDate` warning. Blank dates give no date.
pub fn document_date(raw: &str) -> Option<(String, Option<Diagnostic>)> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return None;
    }
    Some(match normalize_date(trimmed) {
        Some(normalized) => (normalized, None),
        None => {
            let warning = Diagnostic::warning(
                DiagnosticCode::UnparsedDate,
                format!("could not read the date {trimmed:?}; it is kept verbatim"),
            );
            (trimmed.to_owned(), Some(warning))
        }
    })
}

/// A year, month and day known to be a real calendar date, or a real month, or a year.
fn format_date(year: i32, month: Option<u32>, day: Option<u32>) -> Option<String> {
    match (month, day) {
        (None, _) => Some(format!("{year:04}")),
        (Some(month), None) => (1..=12).contains(&month).then(|| format!("{year:04}-{month:02}")),
        (Some(month), Some(day)) => NaiveDate::from_ymd_opt(year, month, day).map(format_naive_date),
    }
}

/// `YYYY-MM-DD` of a calendar date.
fn format_naive_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Splits a leading run of ASCII digits off `text`.
fn split_digits(text: &str) -> (&str, &str) {
    let digit_count = text.bytes().take_while(u8::is_ascii_digit).count();
    text.split_at(digit_count)
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (also with `/` or `.`), optionally followed by a time after
/// `T` or a space.
fn normalize_numeric_date(text: &str) -> Option<String> {
    let (year_digits, rest) = split_digits(text);
    if year_digits.len() != 4 {
        return None;
    }
    let year: i32 = year_digits.parse().ok()?;
    let Some(separator) = rest.chars().next() else {
        return format_date(year, None, None);
    };
    if !matches!(separator, '-' | '/' | '.') {
        return None;
    }
    let (month_digits, rest) = split_digits(&rest[separator.len_utf8()..]);
    if !(1..=2).contains(&month_digits.len()) {
        return None;
    }
    let month: u32 = month_digits.parse().ok()?;
    if rest.is_empty() {
        return format_date(year, Some(month), None);
    }
    let (day_digits, time) = split_digits(rest.strip_prefix(separator)?);
    let time_follows = time.is_empty() || time.starts_with(['T', 't', ' ']);
    if !(1..=2).contains(&day_digits.len()) || !time_follows {
        return None;
    }
    format_date(year, Some(month), Some(day_digits.parse().ok()?))
}

/// `DD.MM.YYYY`, the usual numeric date of European ministries (unambiguous, unlike `05/06/2021`).
fn normalize_day_month_year_dotted(text: &str) -> Option<String> {
    let mut parts = text.split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let well_formed = parts.next().is_none()
        && [day, month, year]
            .iter()
            .all(|part| part.bytes().all(|byte| byte.is_ascii_digit()))
        && (1..=2).contains(&day.len())
        && (1..=2).contains(&month.len())
        && year.len() == 4;
    if !well_formed {
        return None;
    }
    format_date(
        year.parse().ok()?,
        Some(month.parse().ok()?),
        Some(day.parse().ok()?),
    )
}

/// RFC 2822 (`Thu, 20 May 2021 10:00:00 +0000`), the date of RSS feeds and e-mail.
fn normalize_rfc2822_date(text: &str) -> Option<String> {
    DateTime::parse_from_rfc2822(text)
        .ok()
        .map(|date_time| format_naive_date(date_time.date_naive()))
}

/// English dates: `May 20, 2021`, `20 May 2021`, `May 2021`, with an optional leading weekday and
/// anything (a time) after the year.
fn normalize_english_date(text: &str) -> Option<String> {
    let lowercase = text.to_lowercase();
    let mut words: Vec<&str> = lowercase
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .collect();
    if words.first().is_some_and(|word| weekday_name(word)) {
        words.remove(0);
    }
    match words.as_slice() {
        [first, second, third, ..] => {
            if let (Some(month), Some(day), Some(year)) =
                (month_number(first), day_number(second), year(third))
            {
                return format_date(year, Some(month), Some(day));
            }
            if let (Some(day), Some(month), Some(year)) =
                (day_number(first), month_number(second), year(third))
            {
                return format_date(year, Some(month), Some(day));
            }
            None
        }
        [first, second] => format_date(year(second)?, Some(month_number(first)?), None),
        _ => None,
    }
}

/// Whether a lowercase word names a weekday, in full or by its first three letters.
fn weekday_name(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    WEEKDAY_NAMES
        .iter()
        .any(|name| *name == word || (word.len() == 3 && name.starts_with(word)))
}

/// The number of the month a lowercase word names, in full or abbreviated (`Sept.`, `Dec`).
fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    let is_abbreviation = |name: &str| (word.len() == 3 || word == "sept") && name.starts_with(word);
    let index = MONTH_NAMES
        .iter()
        .position(|name| *name == word || is_abbreviation(name))?;
    u32::try_from(index + 1).ok()
}

/// The day of month a word gives, with or without an ordinal suffix (`20`, `20th`, `1st`).
fn day_number(word: &str) -> Option<u32> {
    let (digits, suffix) = split_digits(word);
    let suffix_ok = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
    if !(1..=2).contains(&digits.len()) || !suffix_ok {
        return None;
    }
    digits.parse().ok()
}

/// The year a four-digit word gives.
fn year(word: &str) -> Option<i32> {
    let (digits, rest) = split_digits(word);
    if digits.len() != 4 || !rest.is_empty() {
        return None;
    }
    digits.parse().ok()
}
