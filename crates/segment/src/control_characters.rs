//! The control-character check: one diagnostic for the control characters of a text.
//!
//! Control characters are blank for every other stage, so they never end up inside a token, but
//! their presence usually means that the text was extracted badly (a PDF, a binary file), which a
//! reader of the analysis should know. Tabs, line feeds, carriage returns and form feeds are
//! ordinary layout and are not reported.

use rhetor_schema::{Diagnostic, DiagnosticCode, Span};

/// A warning about the control characters in `text`, placed at the first one, or `None` when there
/// are none.
pub(crate) fn control_character_diagnostic(text: &str) -> Option<Diagnostic> {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut first = None;
    let mut position = 0;
    // Jumping from candidate byte to candidate byte keeps the common case, a text without any
    // control character, a tight loop over the bytes.
    while let Some(offset) = bytes[position..].iter().position(|&byte| is_candidate(byte)) {
        let candidate = position + offset;
        position = candidate + 1;
        let length = match bytes[candidate] {
            b'\t' | b'\n' | b'\r' | 0x0C => continue,
            // U+0080 to U+009F, the C1 controls, are encoded as 0xC2 0x80 to 0xC2 0x9F.
            0xC2 if bytes
                .get(position)
                .is_some_and(|next| (0x80..=0x9F).contains(next)) =>
            {
                2
            }
            0xC2 => continue,
            _ => 1,
        };
        count += 1;
        first.get_or_insert(candidate..candidate + length);
    }
    let first = first?;
    let message = if count == 1 {
        "the text contains a control character".to_owned()
    } else {
        format!("the text contains {count} control characters")
    };
    Some(Diagnostic::warning(DiagnosticCode::ControlCharacters, message).at(Span::of(text, first)))
}

/// Whether `byte` may be or start a control character: an ASCII control, or the lead byte of the C1
/// controls.
fn is_candidate(byte: u8) -> bool {
    byte < b' ' || byte == 0x7F || byte == 0xC2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_characters_are_not_reported() {
        assert!(control_character_diagnostic("One.\tTwo.\r\nThree.\u{C}Four.").is_none());
    }

    #[test]
    fn control_characters_are_counted_and_the_first_is_placed() {
        let text = "Baku\u{0}and\u{85}Yerevan\u{1B}";
        let diagnostic = control_character_diagnostic(text).expect("a diagnostic");
        assert_eq!(diagnostic.code, DiagnosticCode::ControlCharacters);
        assert_eq!(diagnostic.message, "the text contains 3 control characters");
        assert_eq!(diagnostic.span.map(|span| span.range()), Some(4..5));
    }
}
