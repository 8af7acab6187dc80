//! Language identification with whatlang's embedded trigram profiles.
//!
//! whatlang was chosen over lingua because it is a few hundred kilobytes of profiles compiled into
//! the binary, needs no model loading at start-up, and reads a document's first kilobytes in
//! microseconds; lingua's n-gram models are far larger and slower, which matters at corpus scale,
//! while document-length inputs are where both are accurate.

use rhetor_schema::{Diagnostic, DiagnosticCode, Language};

/// How much of a document the identifier reads: enough text for a reliable guess, bounded so
/// that a huge document costs no more than a short one.
const IDENTIFICATION_PREFIX_BYTES: usize = 2048;

/// Identifies the language of `text` from its first few kilobytes.
///
/// Returns the language (ISO 639-3 code, `und` when nothing could be said) and the diagnostics a
/// reader needs: [`DiagnosticCode::NonEnglish`] when the analysers will not understand the text,
/// [`DiagnosticCode::UncertainLanguage`] when the guess is unreliable.
///
/// # Examples
///
/// ```
/// let (language, diagnostics) = rhetor_core::identify_language(
///     "Le ministère des Affaires étrangères condamne fermement les déclarations du gouvernement.",
/// );
/// assert_eq!(language.code, "fra");
/// assert_eq!(diagnostics.len(), 1);
/// ```
pub fn identify_language(text: &str) -> (Language, Vec<Diagnostic>) {
    let prefix = words_prefix(text, IDENTIFICATION_PREFIX_BYTES);
    let prefix = prefix.as_str();
    let Some(info) = whatlang::detect(prefix) else {
        let diagnostics = if prefix.chars().any(char::is_alphabetic) {
            vec![Diagnostic::warning(
                DiagnosticCode::UncertainLanguage,
                "the language could not be identified; the analysers assume English",
            )]
        } else {
            Vec::new()
        };
        return (undetermined(), diagnostics);
    };
    let language = Language {
        code: info.lang().code().to_owned(),
        name: info.lang().eng_name().to_owned(),
        confidence: round_to_thousandths(info.confidence()),
    };
    let mut diagnostics = Vec::new();
    if !info.is_reliable() {
        diagnostics.push(Diagnostic::info(
            DiagnosticCode::UncertainLanguage,
            format!(
                "the language looks like {} but the text is too short to be sure",
                language.name
            ),
        ));
    } else if info.lang() != whatlang::Lang::Eng {
        diagnostics.push(Diagnostic::warning(
            DiagnosticCode::NonEnglish,
            format!(
                "the text is in {}: it is segmented, but the analysers are English-only",
                language.name
            ),
        ));
    }
    (language, diagnostics)
}

fn undetermined() -> Language {
    Language {
        code: "und".to_owned(),
        name: "Undetermined".to_owned(),
        confidence: 0.0,
    }
}

/// The longest prefix of `text` of at most `max_bytes` bytes that ends on a character boundary.
/// The first `max_bytes` of `text` with every run of whitespace read as one space and none at
/// either end: whatlang's confidence counts whitespace, and the layout of a document (a tab or
/// spaces at a paragraph's start, a line break inside a sentence) must not change its language.
fn words_prefix(text: &str, max_bytes: usize) -> String {
    let mut prefix = String::with_capacity(max_bytes.min(text.len()));
    let mut space_pending = false;
    for character in text.chars() {
        if character.is_whitespace() {
            space_pending = !prefix.is_empty();
            continue;
        }
        let needed = character.len_utf8() + usize::from(space_pending);
        if prefix.len() + needed > max_bytes {
            break;
        }
        if space_pending {
            prefix.push(' ');
            space_pending = false;
        }
        prefix.push(character);
    }
    prefix
}

/// Confidences are printed with three decimals: more digits are noise and make golden files churn.
fn round_to_thousandths(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_statement_is_english_without_diagnostics() {
        let (language, diagnostics) = identify_language(
            "The Ministry of Foreign Affairs strongly condemns the shelling of civilian areas \
             and calls on the international community to respond.",
        );
        assert_eq!(language.code, "eng");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
    }

    #[test]
    fn russian_statement_gets_a_non_english_warning() {
        let (language, diagnostics) = identify_language(
            "Министерство иностранных дел решительно осуждает обстрел мирных кварталов и \
             призывает международное сообщество отреагировать.",
        );
        assert_eq!(language.code, "rus");
        assert_eq!(diagnostics[0].code, DiagnosticCode::NonEnglish);
    }

    #[test]
    fn text_without_letters_is_undetermined_and_quiet() {
        let (language, diagnostics) = identify_language("2021-05-20 … 12:30 🙂");
        assert_eq!(language.code, "und");
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn prefix_never_splits_a_character() {
        let text = "ə".repeat(3000);
        let prefix = words_prefix(&text, IDENTIFICATION_PREFIX_BYTES);
        assert!(prefix.len() <= IDENTIFICATION_PREFIX_BYTES);
        assert!(prefix.chars().all(|character| character == 'ə'));
    }

    #[test]
    fn the_layout_of_whitespace_does_not_change_the_language() {
        // Found by the property test that inserts whitespace at a paragraph's start: a tab there
        // moved the confidence from 0.806 to 0.807.
        let plain = identify_language(" “peace”\nThe United States");
        let with_tab = identify_language(" “peace”\n\tThe United States");
        let spread = identify_language("“peace”   \n\n  The  United\tStates ");
        assert_eq!(plain, with_tab);
        assert_eq!(plain, spread);
    }
}
