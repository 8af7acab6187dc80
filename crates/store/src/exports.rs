//! Exports for other tools: events as CSV in a GDELT-like column layout, and any table as JSON
//! Lines. Both read the latest version of each document only, like every query.

use std::io::Write;

use crate::{Result, Store};

/// The columns of the events CSV: GDELT's names where GDELT has the field, rhetor's own after.
pub const EVENT_CSV_COLUMNS: &[&str] = &[
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "EventCode",
    "EventRootCode",
    "SOURCEURL",
    "PLOVER",
    "Negated",
    "Modality",
    "ReportedBy",
    "DocumentId",
    "TriggerStart",
    "TriggerEnd",
    "Trigger",
    "Confidence",
];

/// Which events [`Store::export_events_csv`] writes beyond those that may be counted as having
/// happened in independent documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventCsvFilter {
    /// Also negated, demanded, future, hypothetical and questioned events.
    pub include_unasserted: bool,
    /// Also the events of near-duplicate copies of another document.
    pub include_near_duplicates: bool,
}

/// The tables [`Store::export_jsonl`] can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTable {
    /// Documents (latest versions), with their text.
    Documents,
    /// Actors per document.
    Actors,
    /// Events per document, with their qualifiers.
    Events,
    /// Persuasion techniques per document.
    Techniques,
    /// Claims per document.
    Claims,
    /// Stances per document.
    Stances,
}

impl ExportTable {
    /// Every table, in the order `rhetor export parquet` writes them.
    pub const ALL: [ExportTable; 6] = [
        ExportTable::Documents,
        ExportTable::Actors,
        ExportTable::Events,
        ExportTable::Techniques,
        ExportTable::Claims,
        ExportTable::Stances,
    ];

    /// The table's name in the store, which is also the name of its export file.
    pub fn table_name(self) -> &'static str {
        match self {
            ExportTable::Documents => "documents",
            ExportTable::Actors => "actors",
            ExportTable::Events => "events",
            ExportTable::Techniques => "techniques",
            ExportTable::Claims => "claims",
            ExportTable::Stances => "stances",
        }
    }
}

impl ExportTable {
    /// The query for every column of the table's rows that belong to the latest version of
    /// their document, in the table's column order.
    pub(crate) fn latest_rows_query(self) -> String {
        let name = self.table_name();
        let document_column = match self {
            ExportTable::Documents => "id",
            _ => "document",
        };
        format!(
            "SELECT {name}.* FROM {name} JOIN latest_documents
             ON latest_documents.id = {name}.{document_column} AND latest_documents.version = {name}.version"
        )
    }
}

impl Store {
    /// Writes the events as CSV with [`EVENT_CSV_COLUMNS`]; returns how many rows were written.
    /// Unless `filter` asks for more, only events that may be counted as having happened
    /// (asserted and not negated) in documents that copy no other are written, because tools that
    /// read GDELT-like files count every row as an independent report of an event that happened.
    ///
    /// # Errors
    ///
    /// When the store cannot be read or the writer fails.
    pub fn export_events_csv(&self, writer: &mut impl Write, filter: EventCsvFilter) -> Result<usize> {
        let mut statement = self.connection().prepare(
            "SELECT events.document, events.rowid, events.date,
                    events.source, source_actor.name, source_actor.country, source_actor.sector,
                    events.target, target_actor.name, target_actor.country, target_actor.sector,
                    events.cameo, documents.url, events.plover, events.negated, events.modality,
                    events.reported_by, events.trigger_start, events.trigger_end, events.trigger_text,
                    events.confidence
             FROM events
             JOIN latest_documents ON latest_documents.id = events.document
                                  AND latest_documents.version = events.version
             JOIN documents ON documents.id = events.document AND documents.version = events.version
             LEFT JOIN actors AS source_actor ON source_actor.document = events.document
                  AND source_actor.version = events.version AND source_actor.actor_id = events.source
             LEFT JOIN actors AS target_actor ON target_actor.document = events.document
                  AND target_actor.version = events.version AND target_actor.actor_id = events.target
             WHERE (?1 OR (events.negated = 0 AND events.modality = 'asserted'))
               AND (?2 OR documents.duplicate_of IS NULL)
             ORDER BY events.document, events.trigger_start",
        )?;
        write_csv_row(writer, EVENT_CSV_COLUMNS.iter().map(|column| column.to_string()))?;
        let mut rows = statement.query([filter.include_unasserted, filter.include_near_duplicates])?;
        let mut written = 0;
        while let Some(row) = rows.next()? {
            let text = |index: usize| -> Result<String> {
                Ok(row.get::<_, Option<String>>(index)?.unwrap_or_default())
            };
            let document: String = row.get(0)?;
            let row_id: i64 = row.get(1)?;
            let date = text(2)?;
            let cameo = text(11)?;
            let actor_code = |country: &str, sector: &str| format!("{country}{sector}");
            let fields = vec![
                format!("{document}:{row_id}"),
                date.chars().filter(char::is_ascii_digit).collect(),
                actor_code(&text(5)?, &text(6)?),
                text(4)?,
                text(5)?,
                text(6)?,
                actor_code(&text(9)?, &text(10)?),
                text(8)?,
                text(9)?,
                text(10)?,
                cameo.clone(),
                cameo.chars().take(2).collect(),
                text(12)?,
                text(13)?,
                row.get::<_, i64>(14)?.to_string(),
                text(15)?,
                text(16)?,
                document,
                row.get::<_, i64>(17)?.to_string(),
                row.get::<_, i64>(18)?.to_string(),
                text(19)?,
                row.get::<_, f64>(20)?.to_string(),
            ];
            write_csv_row(writer, fields.into_iter())?;
            written += 1;
        }
        Ok(written)
    }

    /// Writes every row of `table` (latest document versions) as one JSON object per line, keyed
    /// by column name; returns how many rows were written.
    ///
    /// # Errors
    ///
    /// When the store cannot be read or the writer fails.
    pub fn export_jsonl(&self, table: ExportTable, writer: &mut impl Write) -> Result<usize> {
        let mut statement = self.connection().prepare(&table.latest_rows_query())?;
        let columns: Vec<String> = statement.column_names().into_iter().map(str::to_owned).collect();
        let mut rows = statement.query([])?;
        let mut written = 0;
        while let Some(row) = rows.next()? {
            let mut object = serde_json::Map::new();
            for (index, column) in columns.iter().enumerate() {
                let value = match row.get_ref(index)? {
                    rusqlite::types::ValueRef::Null => serde_json::Value::Null,
                    rusqlite::types::ValueRef::Integer(integer) => integer.into(),
                    rusqlite::types::ValueRef::Real(real) => serde_json::Number::from_f64(real)
                        .map_or(serde_json::Value::Null, serde_json::Value::Number),
                    rusqlite::types::ValueRef::Text(bytes) | rusqlite::types::ValueRef::Blob(bytes) => {
                        String::from_utf8_lossy(bytes).into_owned().into()
                    }
                };
                object.insert(column.clone(), value);
            }
            // An encoding failure here can only be the writer's (a closed pipe, a full disk).
            serde_json::to_writer(&mut *writer, &object).map_err(std::io::Error::from)?;
            writer.write_all(b"\n")?;
            written += 1;
        }
        Ok(written)
    }
}

/// Writes one CSV row (RFC 4180: a field with a comma, quote or line break is quoted, quotes
/// doubled).
fn write_csv_row(writer: &mut impl Write, fields: impl Iterator<Item = String>) -> Result<()> {
    let mut line = String::new();
    for (index, field) in fields.enumerate() {
        if index > 0 {
            line.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&field.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(&field);
        }
    }
    line.push('\n');
    writer.write_all(line.as_bytes())?;
    Ok(())
}
