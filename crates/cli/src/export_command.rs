//! `rhetor export`: writes a corpus database out for other tools.

use std::io::Write;

use anyhow::Context;
use rhetor_store::{EventCsvFilter, ExportTable, Store};

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
    let open_output = || -> anyhow::Result<Box<dyn Write>> {
        Ok(match &arguments.output {
            Some(path) => Box::new(std::io::BufWriter::new(
                std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
            )),
            None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        })
    };
    let (rows, mut output) = match &arguments.export {
        ExportKind::EventsCsv {
            include_unasserted,
            include_near_duplicates,
        } => {
            let mut output = open_output()?;
            let filter = EventCsvFilter {
                include_unasserted: *include_unasserted,
                include_near_duplicates: *include_near_duplicates,
            };
            (store.export_events_csv(&mut output, filter)?, output)
        }
        ExportKind::Jsonl { table } => {
            let mut output = open_output()?;
            (store.export_jsonl(export_table(*table), &mut output)?, output)
        }
        ExportKind::Parquet => return export_parquet(&store, arguments.output.as_deref()),
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

/// Writes every table as `<table>.parquet` in `directory`.
fn export_parquet(store: &Store, directory: Option<&std::path::Path>) -> anyhow::Result<()> {
    let Some(directory) = directory else {
        anyhow::bail!("the Parquet export writes one file per table: give the directory with --output DIR");
    };
    std::fs::create_dir_all(directory).with_context(|| format!("creating {}", directory.display()))?;
    for table in ExportTable::ALL {
        let path = directory.join(format!("{}.parquet", table.table_name()));
        let file = std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        let rows = store
            .export_parquet(table, std::io::BufWriter::new(file))
            .with_context(|| format!("writing {}", path.display()))?;
        eprintln!("rhetor: exported {rows} row(s) to {}", path.display());
    }
    Ok(())
}
