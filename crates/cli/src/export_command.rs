//! `rhetor export`: writes a corpus database out for other tools.

use std::io::Write;

use anyhow::Context;
use rhetor_store::{ExportTable, Store};

use crate::flags::{ExportArguments, ExportKind, ExportTableFlag};

pub(crate) fn run(arguments: &ExportArguments) -> anyhow::Result<()> {
    // Exporting must not create an empty database where the user mistyped the path.
    if !arguments.db.exists() {
        anyhow::bail!(
            "{}: no such corpus database (create it with rhetor ingest)",
            arguments.db.display()
        );
    }
    let store = Store::open(&arguments.db).with_context(|| format!("opening {}", arguments.db.display()))?;
    let mut output: Box<dyn Write> = match &arguments.output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let rows = match &arguments.export {
        ExportKind::EventsCsv { include_unasserted } => {
            store.export_events_csv(&mut output, *include_unasserted)?
        }
        ExportKind::Jsonl { table } => store.export_jsonl(export_table(*table), &mut output)?,
    };
    output.flush().context("writing the export")?;
    eprintln!("rhetor: exported {rows} row(s)");
    Ok(())
}

fn export_table(table: ExportTableFlag) -> ExportTable {
    match table {
        ExportTableFlag::Documents => ExportTable::Documents,
        ExportTableFlag::Actors => ExportTable::Actors,
        ExportTableFlag::Events => ExportTable::Events,
        ExportTableFlag::Techniques => ExportTable::Techniques,
        ExportTableFlag::Claims => ExportTable::Claims,
        ExportTableFlag::Stances => ExportTable::Stances,
    }
}
