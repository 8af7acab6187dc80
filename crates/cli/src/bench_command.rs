//! `rhetor bench`: single-core throughput of the pipeline's stages on a corpus.
//!
//! Every measurement runs on the calling thread only, so MB/s is per core; the fastest of
//! `--repeat` runs is reported because slower runs measure the machine's other work, not ours.
//! With `--full`, the whole analysis is timed stage by stage ([`rhetor_core::analyze_timed`]):
//! the throughput of the pipeline up to events, and a table of where the time goes.

use std::hint::black_box;
use std::time::{Duration, Instant};

use rhetor_core::{analyze_timed, AnalyzeOptions, PipelineStage, StageTimings};

use crate::flags::BenchArguments;

/// What one stage measurement covers.
#[derive(Debug, Clone, Copy)]
enum Stage {
    /// Reading and decoding the input into documents.
    Ingest,
    /// Ingestion, then segmentation into paragraphs, sentences, tokens and quotations.
    IngestAndSegment,
    /// Ingestion, then the whole `analyze` of every document, timed stage by stage.
    IngestAndAnalyze,
}

impl Stage {
    fn label(self) -> &'static str {
        match self {
            Stage::Ingest => "ingest",
            Stage::IngestAndSegment => "ingest + segment",
            Stage::IngestAndAnalyze => "ingest + analyze",
        }
    }
}

/// The stages of the analysis that make up "the pipeline up to events" (issue 3's measure):
/// what the actor and event coders need before them, and themselves.
const STAGES_UP_TO_EVENTS: [PipelineStage; 4] = [
    PipelineStage::LanguageIdentification,
    PipelineStage::Segmentation,
    PipelineStage::Actors,
    PipelineStage::Events,
];

/// What one run of a stage did.
struct StageRun {
    documents: usize,
    text_bytes: usize,
    sentences: usize,
    elapsed: Duration,
    /// Time spent reading documents (only measured in the analysis run).
    ingest: Duration,
    /// Time per stage of the analysis (only filled in the analysis run).
    timings: StageTimings,
}

pub(crate) fn run(arguments: &BenchArguments) -> anyhow::Result<()> {
    let mut stages = vec![Stage::Ingest, Stage::IngestAndSegment];
    if arguments.full {
        stages.push(Stage::IngestAndAnalyze);
    }
    outln!(
        "{:<18} {:>10} {:>10} {:>12} {:>9} {:>12}",
        "stage",
        "documents",
        "MB",
        "sentences",
        "seconds",
        "MB/s/core"
    )?;
    let mut fastest_analysis: Option<StageRun> = None;
    for stage in stages {
        let mut fastest: Option<StageRun> = None;
        for _ in 0..arguments.repeat.max(1) {
            let stage_run = run_stage(arguments, stage)?;
            if fastest
                .as_ref()
                .is_none_or(|best| stage_run.elapsed < best.elapsed)
            {
                fastest = Some(stage_run);
            }
        }
        let Some(best) = fastest else { continue };
        if let Stage::IngestAndAnalyze = stage {
            // The pipeline up to events, from the stage times of the same (fastest) run.
            let up_to_events = best.ingest
                + STAGES_UP_TO_EVENTS
                    .iter()
                    .map(|&pipeline_stage| best.timings.get(pipeline_stage))
                    .sum::<Duration>();
            print_row("ingest → events", &best, up_to_events)?;
        }
        print_row(stage.label(), &best, best.elapsed)?;
        if let Stage::IngestAndAnalyze = stage {
            fastest_analysis = Some(best);
        }
    }
    if let Some(analysis) = fastest_analysis {
        print_stage_table(&analysis)?;
    }
    Ok(())
}

/// One line of the throughput table: `elapsed` is the time the line's stages took.
fn print_row(label: &str, stage_run: &StageRun, elapsed: Duration) -> std::io::Result<()> {
    let megabytes = stage_run.text_bytes as f64 / 1e6;
    let seconds = elapsed.as_secs_f64();
    outln!(
        "{:<18} {:>10} {:>10.1} {:>12} {:>9.3} {:>12.1}",
        label,
        stage_run.documents,
        megabytes,
        stage_run.sentences,
        seconds,
        megabytes / seconds
    )
}

/// Where the time of the fastest full run went: milliseconds, share of the run, and the
/// throughput each stage would have alone.
fn print_stage_table(analysis: &StageRun) -> std::io::Result<()> {
    let megabytes = analysis.text_bytes as f64 / 1e6;
    let total = analysis.elapsed.as_secs_f64();
    outln!()?;
    outln!(
        "{:<18} {:>10} {:>8} {:>12}",
        "time per stage",
        "ms",
        "share",
        "MB/s/core"
    )?;
    let rows = std::iter::once(("ingest", analysis.ingest)).chain(
        PipelineStage::ALL
            .iter()
            .map(|&stage| (stage.name(), analysis.timings.get(stage))),
    );
    let mut accounted = Duration::ZERO;
    for (name, duration) in rows {
        accounted += duration;
        print_stage_row(name, duration, total, megabytes)?;
    }
    // Whatever the clocks around the stages did not see (the loop itself, dropping analyses).
    print_stage_row(
        "other",
        analysis.elapsed.saturating_sub(accounted),
        total,
        megabytes,
    )
}

fn print_stage_row(
    name: &str,
    duration: Duration,
    total_seconds: f64,
    megabytes: f64,
) -> std::io::Result<()> {
    let seconds = duration.as_secs_f64();
    let share = if total_seconds > 0.0 {
        100.0 * seconds / total_seconds
    } else {
        0.0
    };
    let throughput = if seconds > 0.0 {
        format!("{:.1}", megabytes / seconds)
    } else {
        "-".to_owned()
    };
    outln!(
        "{:<18} {:>10.1} {:>7.1}% {:>12}",
        name,
        seconds * 1000.0,
        share,
        throughput
    )
}

fn run_stage(arguments: &BenchArguments, stage: Stage) -> anyhow::Result<StageRun> {
    let analyze_options = AnalyzeOptions::default();
    let started = Instant::now();
    let mut stage_run = StageRun {
        documents: 0,
        text_bytes: 0,
        sentences: 0,
        elapsed: Duration::ZERO,
        ingest: Duration::ZERO,
        timings: StageTimings::default(),
    };
    let mut documents =
        rhetor_ingest::read_documents(arguments.input.ingest_inputs(), arguments.input.ingest_options());
    loop {
        let reading_started = Instant::now();
        let Some(document) = documents.next() else { break };
        stage_run.ingest += reading_started.elapsed();
        let document = document?;
        stage_run.documents += 1;
        stage_run.text_bytes += document.text.len();
        match stage {
            Stage::Ingest => {
                black_box(&document);
            }
            Stage::IngestAndSegment => {
                let segmentation = rhetor_segment::segment(&document.text);
                stage_run.sentences += segmentation.sentences.len();
                black_box(segmentation);
            }
            Stage::IngestAndAnalyze => {
                let analysis = analyze_timed(document, &analyze_options, &mut stage_run.timings);
                stage_run.sentences += analysis.sentences.len();
                black_box(analysis);
            }
        }
    }
    stage_run.elapsed = started.elapsed();
    Ok(stage_run)
}
