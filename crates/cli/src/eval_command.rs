//! `rhetor eval`: runs an analyser on gold data and prints the benchmark's metrics.

use anyhow::Context;

use crate::flags::{EvalAnalyser, EvalArguments};

pub(crate) fn run(arguments: &EvalArguments) -> anyhow::Result<()> {
    match &arguments.analyser {
        EvalAnalyser::Events { gold, corpora } => {
            let is_petrarch_validation = gold.extension().is_some_and(|extension| extension == "xml");
            let scores = if is_petrarch_validation {
                rhetor_evaluate::evaluate_petrarch_validation(gold)
            } else {
                rhetor_evaluate::evaluate_event_gold(gold, corpora)
            }
            .with_context(|| format!("evaluating events on {}", gold.display()))?;
            println!("events: {}", gold.display());
            print!("{scores}");
            Ok(())
        }
        EvalAnalyser::Claims { data } => {
            let scores = rhetor_evaluate::evaluate_checkworthiness(data)
                .with_context(|| format!("evaluating check-worthiness on {}", data.display()))?;
            println!("claims: {}", data.display());
            print!("{scores}");
            Ok(())
        }
    }
}
