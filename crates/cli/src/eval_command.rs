//! `rhetor eval`: runs an analyser on gold data and prints the benchmark's metrics.

use anyhow::Context;

use crate::flags::{EvalAnalyser, EvalArguments};

pub(crate) fn run(arguments: &EvalArguments) -> anyhow::Result<()> {
    match &arguments.analyser {
        EvalAnalyser::Events {
            gold,
            corpora,
            errors,
        } => {
            let mut pooled = rhetor_evaluate::EventScores::default();
            for (index, gold) in gold.iter().enumerate() {
                let is_petrarch_validation = gold.extension().is_some_and(|extension| extension == "xml");
                let scores = if is_petrarch_validation {
                    rhetor_evaluate::evaluate_petrarch_validation(gold)
                } else {
                    rhetor_evaluate::evaluate_event_gold(gold, corpora)
                }
                .with_context(|| format!("evaluating events on {}", gold.display()))?;
                if index > 0 {
                    outln!()?;
                }
                outln!("events: {}", gold.display())?;
                out!("{scores}")?;
                if *errors {
                    outln!(
                        "\nmissed or wrongly coded gold events: {}",
                        scores.mismatches.len()
                    )?;
                    for mismatch in &scores.mismatches {
                        out!("\n{mismatch}")?;
                    }
                }
                pooled.pool(scores);
            }
            if gold.len() > 1 {
                outln!("\nevents: pooled over {} gold files", gold.len())?;
                out!("{pooled}")?;
            }
            Ok(())
        }
        EvalAnalyser::Symmetry { data, show } => {
            let report = rhetor_evaluate::evaluate_symmetry(data).context("measuring symmetry")?;
            let names: Vec<String> = data.iter().map(|path| path.display().to_string()).collect();
            outln!("symmetry: {}", names.join(" "))?;
            out!("{report}")?;
            for asymmetry in report.asymmetries.iter().take(*show) {
                outln!(
                    "{}\t{}\tonly in {}\t{}",
                    asymmetry.document,
                    asymmetry.kind,
                    asymmetry.version,
                    asymmetry.finding
                )?;
            }
            Ok(())
        }
        EvalAnalyser::Claims { data, accurate } => crate::claims_command::evaluate(data, *accurate),
        EvalAnalyser::Frames { data } => {
            let scores = rhetor_frames::cross_validate_shipped(data)
                .with_context(|| format!("cross-validating frames and genre on {}", data.display()))?;
            outln!("frames and genre: {}", data.display())?;
            out!("{scores}")?;
            Ok(())
        }
        EvalAnalyser::Techniques {
            articles,
            labels,
            spans,
            accurate,
        } => evaluate_techniques(articles, labels, spans.as_deref(), *accurate),
    }
}

/// `rhetor eval techniques`: the official subtask-3 metric of the shipped models (with
/// `accurate`, of the accurate tier).
fn evaluate_techniques(
    articles: &std::path::Path,
    labels: &std::path::Path,
    spans: Option<&std::path::Path>,
    accurate: bool,
) -> anyhow::Result<()> {
    let fast =
        rhetor_techniques::TechniqueDetector::embedded().map_err(|error| anyhow::anyhow!("{error}"))?;
    // The accurate tier is built as every front end builds it.
    let accurate_detector = if accurate {
        rhetor_core::AnalyzeOptions::accurate_tier(false)?.technique_detector
    } else {
        None
    };
    let detector = accurate_detector.as_deref().unwrap_or(fast);
    let data = rhetor_benchmarks::read_technique_articles(articles, labels, spans)
        .with_context(|| format!("reading {} and {}", articles.display(), labels.display()))?;
    let evaluation =
        rhetor_techniques::evaluate_technique_articles(detector, &data).context("scoring the predictions")?;
    let scores = &evaluation.scores;
    outln!(
        "techniques ({} tier): {} articles, {} paragraphs ({})",
        if accurate { "accurate" } else { "fast" },
        data.len(),
        evaluation.paragraphs,
        labels.display()
    )?;
    if evaluation.unknown_gold_labels > 0 {
        outln!(
            "note: {} gold labels name techniques the models do not know and are left out",
            evaluation.unknown_gold_labels
        )?;
    }
    outln!(
        "micro-F1 {:.4} (P {:.4}, R {:.4})   macro-F1 {:.4}",
        scores.micro.f1,
        scores.micro.precision,
        scores.micro.recall,
        scores.macro_f1
    )?;
    outln!("| Technique | P | R | F1 | Gold paragraphs |")?;
    outln!("|---|---:|---:|---:|---:|")?;
    for (name, technique) in evaluation.technique_names.iter().zip(&scores.per_label) {
        outln!(
            "| {name} | {:.3} | {:.3} | {:.3} | {} |",
            technique.precision,
            technique.recall,
            technique.f1,
            technique.support()
        )?;
    }
    Ok(())
}
