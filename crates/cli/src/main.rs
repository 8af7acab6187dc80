//! `rhetor`: lays out the anatomy of political statements.
//!
//! Run with `cargo run --release -- analyze examples/statement-ministry-condemnation.txt`.
//!
//! `main` only dispatches: [`flags`] says what the command line means, each command lives in its
//! own module, and the exit code contract is kept here: 0 on success, 1 when an input could not be
//! analysed, 2 on a usage error (clap's own exit code for those).

// `print!` and `println!` that return the write's error instead of panicking, so that a closed
// pipe (`rhetor eval ... | head`) ends a report quietly, as it ends `rhetor analyze` (see
// `is_broken_pipe`).
macro_rules! out {
    ($($argument:tt)*) => {{
        use std::io::Write as _;
        write!(std::io::stdout(), $($argument)*)
    }};
}
macro_rules! outln {
    ($($argument:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($argument)*)
    }};
}

mod analysis_tiers;
mod analyze_command;
mod bench_command;
mod claims_command;
mod document_batches;
mod eval_command;
mod export_command;
mod flags;
mod ingest_command;
mod query_command;
mod serve_command;
mod text_report;
mod train_command;

use std::process::ExitCode;

use clap::Parser;

use crate::flags::{Command, CommandLine};

fn main() -> ExitCode {
    let command_line = CommandLine::parse();
    let result = match command_line.command {
        Command::Analyze(arguments) => analyze_command::run(&arguments),
        Command::Bench(arguments) => bench_command::run(&arguments),
        Command::Eval(arguments) => eval_command::run(&arguments),
        Command::Train(arguments) => train_command::run(&arguments),
        Command::Ingest(arguments) => ingest_command::run(&arguments),
        Command::Query(arguments) => query_command::run(&arguments),
        Command::Export(arguments) => export_command::run(&arguments),
        Command::Serve(arguments) => serve_command::run(&arguments),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`rhetor analyze ... | head`) is how a reader says it has seen enough: not a
        // failure of ours.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("rhetor: {error:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io_error| io_error.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
