//! `rhetor train`: trains a model from benchmark data and writes the model file that ships.

use std::time::Instant;

use anyhow::Context;

use crate::flags::{TrainAnalyser, TrainArguments};

pub(crate) fn run(arguments: &TrainArguments) -> anyhow::Result<()> {
    match &arguments.analyser {
        TrainAnalyser::Claims { data, output } => {
            let started = Instant::now();
            let options = rhetor_claims::ClaimTrainingOptions::default();
            let (model, report) = rhetor_claims::train_claim_model(data, &options)
                .with_context(|| format!("training check-worthiness from {}", data.display()))?;
            let mut file = Vec::new();
            rhetor_linear::save(&model, &mut file).context("encoding the model file")?;
            std::fs::write(output, &file).with_context(|| format!("writing {}", output.display()))?;
            for (l2, f1) in &report.cross_validation {
                println!("cross-validation on train: l2 {l2:<5} F1 (Yes) {f1:.4}");
            }
            println!(
                "chosen l2 {}; threshold {:.4} chosen on dev",
                report.l2, report.threshold
            );
            println!(
                "F1 (Yes): dev {:.4}   dev-test {:.4}",
                report.dev_f1, report.dev_test_f1
            );
            println!(
                "wrote {} ({} bytes) in {:.1} s",
                output.display(),
                file.len(),
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        TrainAnalyser::Frames { data, output } => {
            let started = Instant::now();
            let options = rhetor_frames::FrameTrainingOptions::default();
            let (frames, genre, report) = rhetor_frames::train_frame_models(data, &options)
                .with_context(|| format!("training frames and genre from {}", data.display()))?;
            for (l2, f1) in &report.frame_selection {
                println!("frames: l2 {l2:<5} out-of-fold micro-F1 {f1:.4}");
            }
            for (l2, weight, f1) in &report.genre_selection {
                println!("genre:  l2 {l2:<5} positives {weight:?} cross-validated macro-F1 {f1:.4}");
            }
            println!(
                "chosen: frames l2 {}, genre l2 {} positives {:?}",
                report.frames.l2, report.genre.l2, report.genre.positive_weight
            );
            print!("{}", report.cross_validation);
            write_model_files(output, &[(&frames, "frames.rlm"), (&genre, "genre.rlm")])?;
            println!("in {:.1} s", started.elapsed().as_secs_f64());
            Ok(())
        }
        TrainAnalyser::Techniques { data, output } => train_techniques(data, output),
    }
}

/// `rhetor train techniques`: trains both models, prints the cross-validation, writes the files.
fn train_techniques(data: &std::path::Path, output: &std::path::Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let options = rhetor_techniques::TechniqueTrainingOptions::default();
    let trained = rhetor_techniques::train_technique_models_from_directory(data, &options)
        .with_context(|| format!("training persuasion techniques from {}", data.display()))?;
    let report = &trained.report;
    println!(
        "{} articles, {} paragraphs, {} sentences",
        report.articles, report.paragraphs, report.sentences
    );
    for (l2, f1) in &report.paragraph_l2_search {
        println!("paragraph model: l2 {l2:<5} out-of-fold micro-F1 {f1:.4}");
    }
    for (l2, f1) in &report.sentence_l2_search {
        println!("sentence model:  l2 {l2:<5} out-of-fold micro-F1 (max over sentences) {f1:.4}");
    }
    println!("nested cross-validation (thresholds chosen inside the training folds), mean ± sd over folds:");
    for candidate in &report.candidates {
        let ((micro, micro_sd), (macro_, macro_sd)) = (candidate.micro_f1(), candidate.macro_f1());
        println!(
            "  mix {:<11} w {:<4} thresholds {:<12} micro-F1 {micro:.4} ± {micro_sd:.4}  macro-F1 {macro_:.4} ± {macro_sd:.4}",
            candidate.mix.form.name(),
            candidate.mix.sentence_weight,
            candidate.mode.name()
        );
    }
    let chosen = &report.chosen;
    let ((micro, micro_sd), (macro_, macro_sd)) = (chosen.micro_f1(), chosen.macro_f1());
    println!(
        "chosen: paragraph l2 {}, sentence l2 {}, mix {} w {}, thresholds {}: micro-F1 {micro:.4} ± {micro_sd:.4}, macro-F1 {macro_:.4} ± {macro_sd:.4}",
        report.paragraph_l2,
        report.sentence_l2,
        chosen.mix.form.name(),
        chosen.mix.sentence_weight,
        chosen.mode.name()
    );
    println!("| Technique | P | R | F1 | Gold paragraphs | Threshold |");
    println!("|---|---:|---:|---:|---:|---:|");
    for ((name, scores), threshold) in report
        .technique_names
        .iter()
        .zip(&chosen.pooled.per_label)
        .zip(&report.thresholds)
    {
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} | {} | {threshold:.3} |",
            scores.precision,
            scores.recall,
            scores.f1,
            scores.support()
        );
    }
    write_model_files(
        output,
        &[
            (&trained.paragraph_model, "paragraphs.rlm"),
            (&trained.sentence_model, "sentences.rlm"),
        ],
    )?;
    println!("in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Writes each model to `directory/name` (creating the directory) and says where and how big.
fn write_model_files(
    directory: &std::path::Path,
    models: &[(&rhetor_linear::LinearModel, &str)],
) -> anyhow::Result<()> {
    std::fs::create_dir_all(directory).with_context(|| format!("creating {}", directory.display()))?;
    for (model, name) in models {
        let mut file = Vec::new();
        rhetor_linear::save(model, &mut file).context("encoding the model file")?;
        let path = directory.join(name);
        std::fs::write(&path, &file).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {} ({} bytes)", path.display(), file.len());
    }
    Ok(())
}
