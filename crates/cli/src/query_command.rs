//! `rhetor query`: reads a corpus database and prints plain tab-separated tables with a header
//! line, so that the output reads in a terminal and loads in a spreadsheet alike.

use std::io::Write;

use anyhow::Context;
use rhetor_store::{PeriodBucket, Store};

use crate::flags::{PeriodFlag, QueryArguments, QueryKind};

/// How an absent actor id or source prints in a table.
const ABSENT: &str = "-";

pub(crate) fn run(arguments: &QueryArguments) -> anyhow::Result<()> {
    // Querying must not create an empty database where the user mistyped the path.
    if !arguments.db.exists() {
        anyhow::bail!(
            "{}: no such corpus database (create it with rhetor ingest)",
            arguments.db.display()
        );
    }
    let store = Store::open(&arguments.db).with_context(|| format!("opening {}", arguments.db.display()))?;
    let stdout = std::io::stdout();
    let mut output = std::io::BufWriter::new(stdout.lock());
    match &arguments.query {
        QueryKind::Search { text, limit } => {
            writeln!(output, "id\ttitle\tsnippet")?;
            for hit in store.search(text, *limit)? {
                writeln!(
                    output,
                    "{}\t{}\t{}",
                    hit.id,
                    hit.title.as_deref().unwrap_or(ABSENT),
                    one_line(&hit.snippet)
                )?;
            }
        }
        QueryKind::Events { by } => {
            let bucket = match by {
                PeriodFlag::Month => PeriodBucket::Month,
                PeriodFlag::Year => PeriodBucket::Year,
            };
            writeln!(output, "period\tsource\ttarget\tplover\tcount")?;
            for row in store.event_counts(bucket)? {
                writeln!(
                    output,
                    "{}\t{}\t{}\t{}\t{}",
                    row.period,
                    row.source.as_deref().unwrap_or(ABSENT),
                    row.target.as_deref().unwrap_or(ABSENT),
                    row.plover,
                    row.count
                )?;
            }
        }
        QueryKind::Techniques => {
            writeln!(output, "source\ttechnique\tcount")?;
            for row in store.technique_counts_by_source()? {
                writeln!(
                    output,
                    "{}\t{}\t{}",
                    row.source.as_deref().unwrap_or(ABSENT),
                    row.technique,
                    row.count
                )?;
            }
        }
        QueryKind::Claims { actor, limit } => {
            writeln!(output, "score\tcheckworthy\tdocument\tclaim")?;
            for claim in store.top_claims(actor, *limit)? {
                writeln!(
                    output,
                    "{:.3}\t{}\t{}\t{}",
                    claim.score,
                    if claim.checkworthy { "yes" } else { "no" },
                    claim.document,
                    one_line(&claim.text)
                )?;
            }
        }
        QueryKind::Duplicates { limit } => {
            writeln!(output, "similarity\tdocument\tduplicate_of\ttitle")?;
            for duplicate in store.near_duplicates(*limit)? {
                writeln!(
                    output,
                    "{:.3}\t{}\t{}\t{}",
                    duplicate.similarity,
                    duplicate.document,
                    duplicate.duplicate_of,
                    one_line(duplicate.title.as_deref().unwrap_or(ABSENT))
                )?;
            }
        }
        QueryKind::Check => {
            let check = store.check()?;
            writeln!(output, "check\tresult")?;
            writeln!(output, "integrity\t{}", one_line(&check.integrity))?;
            writeln!(output, "partial_documents\t{}", check.partial_documents)?;
            for (table, rows) in &check.table_rows {
                writeln!(output, "rows.{table}\t{rows}")?;
            }
            output.flush().context("writing the output")?;
            if !check.is_sound() {
                anyhow::bail!("{} failed its check", arguments.db.display());
            }
        }
    }
    output.flush().context("writing the output")
}

/// Keeps a table row on one line: tabs and line breaks inside a text would break the columns.
fn one_line(text: &str) -> String {
    text.split(['\t', '\n', '\r']).collect::<Vec<_>>().join(" ")
}
