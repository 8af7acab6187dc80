//! The readable summary printed by `rhetor analyze --format text`.

use std::io::Write;

use rhetor_schema::{Analysis, QuoteKind, Severity};

/// Sentences longer than this are shortened in the summary; the JSON output has them whole.
const SENTENCE_PREVIEW_CHARS: usize = 160;

/// Writes a summary of `analysis` for a person reading a terminal.
pub(crate) fn write_text_report(output: &mut impl Write, analysis: &Analysis) -> std::io::Result<()> {
    writeln!(output, "== {} ==", analysis.id)?;
    if let Some(title) = &analysis.title {
        writeln!(output, "title:    {title}")?;
    }
    if let Some(date) = &analysis.date {
        writeln!(output, "date:     {date}")?;
    }
    writeln!(
        output,
        "language: {} ({}, confidence {:.2})",
        analysis.language.name, analysis.language.code, analysis.language.confidence
    )?;
    writeln!(
        output,
        "{} paragraphs, {} sentences, {} quotations",
        analysis.paragraphs.len(),
        analysis.sentences.len(),
        analysis.quotes.len()
    )?;

    writeln!(output, "\nsentences:")?;
    for (sentence_index, sentence) in analysis.sentences.iter().enumerate() {
        writeln!(
            output,
            "  {:>3}. [{}..{}] {}",
            sentence_index + 1,
            sentence.span.start,
            sentence.span.end,
            preview(&sentence.span.text)
        )?;
    }

    if !analysis.quotes.is_empty() {
        writeln!(output, "\nquotations:")?;
        for quote in &analysis.quotes {
            let kind = match quote.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Scare => "scare",
                QuoteKind::Title => "title",
            };
            let cue = quote
                .cue
                .as_ref()
                .map(|cue| format!("  (cue: {})", cue.text))
                .unwrap_or_default();
            writeln!(
                output,
                "  {kind:<6} sentence {:>3}: {}{cue}",
                quote.sentence + 1,
                preview(&quote.span.text)
            )?;
        }
    }

    if !analysis.diagnostics.is_empty() {
        writeln!(output, "\ndiagnostics:")?;
        for diagnostic in &analysis.diagnostics {
            let severity = match diagnostic.severity {
                Severity::Info => "info",
                Severity::Warning => "warning",
            };
            writeln!(output, "  {severity}: {}", diagnostic.message)?;
        }
    }
    Ok(())
}

/// The first characters of `text` on one line, with an ellipsis when shortened.
fn preview(text: &str) -> String {
    let one_line: String = text
        .chars()
        .map(|character| if character.is_control() { ' ' } else { character })
        .collect();
    match one_line.char_indices().nth(SENTENCE_PREVIEW_CHARS) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}
