//! Assembly: runs the stages on one document and builds its [`Analysis`].

use std::time::{Duration, Instant};

use rhetor_schema::{
    Analysis, Diagnostic, DiagnosticCode, Document, Paragraph, Quote, Sentence, Span, SCHEMA_VERSION,
};

use rhetor_actors::{find_actors, ActorContext};
use rhetor_claims::find_claims;
use rhetor_events::{find_events, find_events_by_rules, find_every_event};
use rhetor_frames::find_frames;
use rhetor_stance::find_stances;
use rhetor_techniques::find_techniques;

use crate::language::identify_language;

/// What to include in an analysis beyond the schema's fixed fields, and which tier scores claims.
#[derive(Debug, Clone, Default)]
pub struct AnalyzeOptions {
    /// Include every sentence's tokens (`Sentence::tokens`); off by default because tokens
    /// multiply the size of the output several times.
    pub include_tokens: bool,
    /// The check-worthiness scorer of the accurate tier (`rhetor analyze --accurate`:
    /// `ClaimScorer::accurate` with the all-MiniLM-L6-v2 encoder); `None`, the default, scores
    /// claims with the embedded fast tier.
    pub claim_scorer: Option<std::sync::Arc<rhetor_claims::ClaimScorer>>,
    /// The persuasion-technique detector of the accurate tier (`rhetor analyze --accurate`:
    /// `TechniqueDetector::with_accurate_tier` with the all-MiniLM-L6-v2 encoder); `None`, the
    /// default, finds techniques with the embedded fast tier.
    pub technique_detector: Option<std::sync::Arc<rhetor_techniques::TechniqueDetector>>,
    /// Keep the event types the rules give, without the learned sense model's retyping: what
    /// `rhetor train event-senses` learns from. Off by default.
    pub event_types_by_rules_only: bool,
    /// Keep every event the rules and the sense model code, with the rules' rough confidence and
    /// sources, without the learned presence model's scores and filter and the learned source
    /// model's sources: what `rhetor train event-presence` and `rhetor train event-sources` learn
    /// from. Off by default.
    pub keep_every_event: bool,
}

/// A stage of the pipeline, as [`analyze_timed`] times it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PipelineStage {
    /// Language identification.
    LanguageIdentification,
    /// Paragraphs, sentences, tokens and quotations.
    Segmentation,
    /// Actors, their mentions and the speaker.
    Actors,
    /// Coded events.
    Events,
    /// The speaker's stances.
    Stances,
    /// Check-worthy claims.
    Claims,
    /// Persuasion techniques.
    Techniques,
    /// Frames and genre.
    FramesAndGenre,
    /// Spans with their text, and the diagnostics, gathered into the [`Analysis`].
    Assembly,
}

impl PipelineStage {
    /// Every stage, in the order the pipeline runs them.
    pub const ALL: [PipelineStage; 9] = [
        PipelineStage::LanguageIdentification,
        PipelineStage::Segmentation,
        PipelineStage::Actors,
        PipelineStage::Events,
        PipelineStage::Stances,
        PipelineStage::Claims,
        PipelineStage::Techniques,
        PipelineStage::FramesAndGenre,
        PipelineStage::Assembly,
    ];

    /// The stage's name in reports.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            PipelineStage::LanguageIdentification => "language",
            PipelineStage::Segmentation => "segmentation",
            PipelineStage::Actors => "actors",
            PipelineStage::Events => "events",
            PipelineStage::Stances => "stances",
            PipelineStage::Claims => "claims",
            PipelineStage::Techniques => "techniques",
            PipelineStage::FramesAndGenre => "frames + genre",
            PipelineStage::Assembly => "assembly",
        }
    }

    /// The stage's index in [`PipelineStage::ALL`] (the declaration order).
    fn position(self) -> usize {
        self as usize
    }
}

/// How long each stage of the pipeline took, summed over the documents analysed with it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StageTimings {
    durations: [Duration; PipelineStage::ALL.len()],
}

impl StageTimings {
    /// The time spent in `stage`.
    #[must_use]
    pub fn get(&self, stage: PipelineStage) -> Duration {
        self.durations[stage.position()]
    }

    /// The time spent in all stages.
    #[must_use]
    pub fn total(&self) -> Duration {
        self.durations.iter().sum()
    }

    /// Runs `work` as `stage` and adds the time it took.
    fn time<T>(&mut self, stage: PipelineStage, work: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let output = work();
        self.durations[stage.position()] += started.elapsed();
        output
    }
}

/// Analyses one document. Never fails: whatever is odd about the input becomes a diagnostic.
pub fn analyze(document: Document, options: &AnalyzeOptions) -> Analysis {
    analyze_timed(document, options, &mut StageTimings::default())
}

/// Analyses one document like [`analyze`], and adds the time each stage took to `timings`
/// (reading a clock twice per stage costs nanoseconds against the stages' milliseconds).
pub fn analyze_timed(document: Document, options: &AnalyzeOptions, timings: &mut StageTimings) -> Analysis {
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

    let (language, language_diagnostics) =
        timings.time(PipelineStage::LanguageIdentification, || identify_language(&text));
    diagnostics.extend(language_diagnostics);

    let segmentation = timings.time(PipelineStage::Segmentation, || rhetor_segment::segment(&text));

    let actor_context = ActorContext {
        date: date.as_deref(),
        source: source.as_deref(),
        speaker_country: metadata.get("country_iso3").and_then(serde_json::Value::as_str),
        title: title.as_deref(),
    };
    let actor_analysis = timings.time(PipelineStage::Actors, || {
        find_actors(&text, &segmentation, &actor_context)
    });
    let events = timings.time(PipelineStage::Events, || {
        if options.event_types_by_rules_only {
            find_events_by_rules(&text, &segmentation, &actor_analysis)
        } else if options.keep_every_event {
            find_every_event(&text, &segmentation, &actor_analysis)
        } else {
            find_events(&text, &segmentation, &actor_analysis)
        }
    });
    let stances = timings.time(PipelineStage::Stances, || {
        find_stances(&text, &segmentation, &actor_analysis, &events)
    });
    let claims = match timings.time(PipelineStage::Claims, || match &options.claim_scorer {
        Some(scorer) => scorer
            .find_claims(&text, &segmentation, &actor_analysis, &events)
            .map_err(|error| error.to_string()),
        None => {
            find_claims(&text, &segmentation, &actor_analysis, &events).map_err(|error| error.to_string())
        }
    }) {
        Ok(claims) => claims,
        Err(message) => {
            diagnostics.push(Diagnostic::warning(DiagnosticCode::ModelUnavailable, message));
            Vec::new()
        }
    };
    let techniques = match timings.time(PipelineStage::Techniques, || match &options.technique_detector {
        Some(detector) => Ok(rhetor_techniques::find_techniques_with(
            detector,
            &text,
            &segmentation,
        )),
        None => find_techniques(&text, &segmentation),
    }) {
        Ok(techniques) => techniques,
        Err(error) => {
            diagnostics.push(Diagnostic::warning(
                DiagnosticCode::ModelUnavailable,
                error.to_string(),
            ));
            Vec::new()
        }
    };
    let (frames, genre) = match timings.time(PipelineStage::FramesAndGenre, || find_frames(&text)) {
        Ok(found) => found,
        Err(error) => {
            diagnostics.push(Diagnostic::warning(
                DiagnosticCode::ModelUnavailable,
                error.to_string(),
            ));
            (Vec::new(), None)
        }
    };
    let assembly_started = Instant::now();
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

    let analysis = Analysis {
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
    };
    timings.durations[PipelineStage::Assembly.position()] += assembly_started.elapsed();
    analysis
}
