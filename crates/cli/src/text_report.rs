//! The readable summary printed by `rhetor analyze --format text`.

use std::io::Write;

use rhetor_schema::{Analysis, Modality, QuoteKind, Severity};

/// How many check-worthy claims the summary shows; the JSON output has them all.
const CLAIMS_SHOWN: usize = 5;

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

    if !analysis.actors.is_empty() {
        writeln!(output, "\nactors:")?;
        for actor in &analysis.actors {
            let country = actor.country.as_deref().unwrap_or("-");
            let sector = actor.sector.as_deref().unwrap_or("-");
            writeln!(
                output,
                "  {:<36} {:<12} {country}/{sector}  {} mention(s)",
                actor.id,
                actor.actor_type,
                actor.mentions.len()
            )?;
        }
    }

    if !analysis.events.is_empty() {
        writeln!(output, "\nevents:")?;
        for event in &analysis.events {
            let mut qualifiers = Vec::new();
            if event.negated {
                qualifiers.push("NOT".to_owned());
            }
            if event.modality != Modality::Asserted {
                qualifiers.push(format!("{:?}", event.modality).to_lowercase());
            }
            if event.reported_by.is_some() && event.reported_by != speaker_of(analysis) {
                qualifiers.push(format!(
                    "reported by {}",
                    event.reported_by.as_deref().unwrap_or("?")
                ));
            }
            writeln!(
                output,
                "  {} -> {}  {} ({}){}  \"{}\"",
                event.source.as_deref().unwrap_or("?"),
                event.target.as_deref().unwrap_or("?"),
                event.plover,
                event.cameo,
                if qualifiers.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", qualifiers.join(", "))
                },
                preview(&event.trigger.text)
            )?;
        }
    }

    if !analysis.stances.is_empty() {
        writeln!(output, "\nstance of the speaker:")?;
        for stance in &analysis.stances {
            writeln!(output, "  {:<36} {:+.2}", stance.actor, stance.score)?;
        }
    }

    let checkworthy: Vec<_> = analysis.claims.iter().filter(|claim| claim.checkworthy).collect();
    if !checkworthy.is_empty() {
        writeln!(output, "\ncheck-worthy claims (highest first):")?;
        for claim in checkworthy.iter().take(CLAIMS_SHOWN) {
            let claim_type = claim.claim_type.as_deref().unwrap_or("-");
            writeln!(
                output,
                "  {:.2} {claim_type:<12} {}",
                claim.score,
                preview(&claim.span.text)
            )?;
        }
    }

    if !analysis.techniques.is_empty() {
        writeln!(output, "\npersuasion techniques:")?;
        for technique in &analysis.techniques {
            writeln!(
                output,
                "  {:<34} {:.2}  {}",
                technique.technique,
                technique.confidence,
                preview(&technique.span.text)
            )?;
        }
    }

    if !analysis.frames.is_empty() || analysis.genre.is_some() {
        let frames: Vec<&str> = analysis.frames.iter().map(|frame| frame.frame.as_str()).collect();
        writeln!(output, "\nframes: {}", frames.join(", "))?;
        if let Some(genre) = &analysis.genre {
            writeln!(output, "genre:  {} ({:.2})", genre.genre, genre.confidence)?;
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

/// The id of the speaker, as events name it when the claim is the document's own: the
/// `reported_by` that most events carry is the speaker's.
fn speaker_of(analysis: &Analysis) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for reporter in analysis
        .events
        .iter()
        .filter_map(|event| event.reported_by.as_deref())
    {
        match counts.iter_mut().find(|(id, _)| *id == reporter) {
            Some((_, count)) => *count += 1,
            None => counts.push((reporter, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, count)| count)
        .map(|(id, _)| id.to_owned())
}
