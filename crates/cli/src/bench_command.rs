//! `rhetor bench`: single-core throughput of the pipeline's stages on a corpus.
//!
//! Every measurement runs on the calling thread only, so MB/s is per core; the fastest of
//! `--repeat` runs is reported because slower runs measure the machine's other work, not ours.

use std::hint::black_box;
use std::time::{Duration, Instant};

use rhetor_core::{analyze, AnalyzeOptions};

use crate::flags::BenchArguments;

/// What one stage measurement covers.
#[derive(Debug, Clone, Copy)]
enum Stage {
    /// Reading and decoding the input into documents.
    Ingest,
    /// Ingestion, then segmentation into paragraphs, sentences, tokens and quotations.
    IngestAndSegment,
    /// Ingestion, then the whole `analyze` of every document.
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

/// What one run of a stage did.
struct StageRun {
    documents: usize,
    text_bytes: usize,
    sentences: usize,
    elapsed: Duration,
}

pub(crate) fn run(arguments: &BenchArguments) -> anyhow::Result<()> {
    let mut stages = vec![Stage::Ingest, Stage::IngestAndSegment];
    if arguments.full {
        stages.push(Stage::IngestAndAnalyze);
    }
    println!(
        "{:<18} {:>10} {:>10} {:>12} {:>9} {:>12}",
        "stage", "documents", "MB", "sentences", "seconds", "MB/s/core"
    );
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
        let megabytes = best.text_bytes as f64 / 1e6;
        let seconds = best.elapsed.as_secs_f64();
        println!(
            "{:<18} {:>10} {:>10.1} {:>12} {:>9.3} {:>12.1}",
            stage.label(),
            best.documents,
            megabytes,
            best.sentences,
            seconds,
            megabytes / seconds
        );
    }
    Ok(())
}

fn run_stage(arguments: &BenchArguments, stage: Stage) -> anyhow::Result<StageRun> {
    let analyze_options = AnalyzeOptions::default();
    let started = Instant::now();
    let mut stage_run = StageRun {
        documents: 0,
        text_bytes: 0,
        sentences: 0,
        elapsed: Duration::ZERO,
    };
    let documents =
        rhetor_ingest::read_documents(arguments.input.ingest_inputs(), arguments.input.ingest_options());
    for document in documents {
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
                let analysis = analyze(document, &analyze_options);
                stage_run.sentences += analysis.sentences.len();
                black_box(analysis);
            }
        }
    }
    stage_run.elapsed = started.elapsed();
    Ok(stage_run)
}
