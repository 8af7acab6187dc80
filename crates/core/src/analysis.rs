//! Assembly: runs the stages on one document and builds its [`Analysis`].

use rhetor_schema::{
    Analysis, Diagnostic, DiagnosticCode, Document, Paragraph, Quote, Sentence, Span, SCHEMA_VERSION,
};

use rhetor_actors::{find_actors, ActorContext};
use rhetor_claims::find_claims;
use rhetor_events::find_events;
use rhetor_frames::find_frames;
use rhetor_stance::find_stances;
use rhetor_techniques::find_techniques;

use crate::language::identify_language;

/// What to include in an analysis beyond the schema's fixed fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnalyzeOptions {
    /// Include every sentence's tokens (`Sentence::tokens`); off by default because tokens
    /// multiply the size of the output several times.
    pub include_tokens: bool,
}

/// Analyses one document. Never fails: whatever is odd about the input becomes a diagnostic.
pub fn analyze(document: Document, options: &AnalyzeOptions) -> Analysis {
    let Document {
        id,
        text,
        title,
        source,
        date,
        url,
        metadata,
        diagnostics: ingest_diagnostics,
    } = document;
    let mut diagnostics = ingest_diagnostics;

    if text.trim().is_empty()
        && !diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::EmptyDocument)
    {
        diagnostics.push(Diagnostic::warning(
            DiagnosticCode::EmptyDocument,
            "the document has no text",
        ));
    }

    let (language, language_diagnostics) = identify_language(&text);
    diagnostics.extend(language_diagnostics);

    let segmentation = rhetor_segment::segment(&text);

    let actor_context = ActorContext {
        date: date.as_deref(),
        source: source.as_deref(),
        speaker_country: metadata.get("country_iso3").and_then(serde_json::Value::as_str),
    };
    let actor_analysis = find_actors(&text, &segmentation, &actor_context);
    let events = find_events(&text, &segmentation, &actor_analysis);
    let stances = find_stances(&text, &segmentation, &actor_analysis, &events);
    let claims = match find_claims(&text, &segmentation, &actor_analysis, &events) {
        Ok(claims) => claims,
        Err(error) => {
            diagnostics.push(Diagnostic::warning(
                DiagnosticCode::ModelUnavailable,
                error.to_string(),
            ));
            Vec::new()
        }
    };
    let techniques = match find_techniques(&text, &segmentation) {
        Ok(techniques) => techniques,
        Err(error) => {
            diagnostics.push(Diagnostic::warning(
                DiagnosticCode::ModelUnavailable,
                error.to_string(),
            ));
            Vec::new()
        }
    };
    let (frames, genre) = match find_frames(&text) {
        Ok(found) => found,
        Err(error) => {
            diagnostics.push(Diagnostic::warning(
                DiagnosticCode::ModelUnavailable,
                error.to_string(),
            ));
            (Vec::new(), None)
        }
    };
    diagnostics.extend(segmentation.diagnostics.iter().cloned());

    let paragraphs = segmentation
        .paragraphs
        .iter()
        .map(|paragraph| Paragraph {
            span: Span::of(&text, paragraph.range.clone()),
            first_sentence: paragraph.sentences.start,
            sentence_count: paragraph.sentences.len(),
        })
        .collect();
    let sentences = segmentation
        .sentences
        .iter()
        .map(|sentence| Sentence {
            span: Span::of(&text, sentence.range.clone()),
            paragraph: sentence.paragraph,
            token_count: sentence.tokens.len(),
            tokens: options
                .include_tokens
                .then(|| segmentation.tokens[sentence.tokens.clone()].to_vec()),
        })
        .collect();
    let quotes = segmentation
        .quotes
        .iter()
        .map(|quote| Quote {
            span: Span::of(&text, quote.range.clone()),
            content: Span::of(&text, quote.content.clone()),
            kind: quote.kind,
            cue: quote.cue.clone().map(|cue| Span::of(&text, cue)),
            sentence: quote.sentence,
        })
        .collect();

    Analysis {
        schema: SCHEMA_VERSION.to_owned(),
        id,
        title,
        source,
        date,
        url,
        metadata,
        text,
        language,
        paragraphs,
        sentences,
        quotes,
        actors: actor_analysis.actors,
        events,
        techniques,
        claims,
        stances,
        frames,
        genre,
        diagnostics,
    }
}
