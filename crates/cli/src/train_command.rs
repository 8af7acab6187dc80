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
    }
}
