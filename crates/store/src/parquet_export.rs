//! Parquet export: any table (latest document versions) as one Parquet file, with the same rows
//! and columns as its JSON Lines export, for dataframe and analytics tools.
//!
//! The Parquet schema follows the table's declared SQL types: `INTEGER` as `INT64`, `REAL` as
//! `DOUBLE`, `TEXT` as UTF-8 `BYTE_ARRAY`, `BLOB` as plain `BYTE_ARRAY`; `NOT NULL` columns are
//! `REQUIRED`, the others `OPTIONAL`. Rows are buffered into row groups of at most
//! [`ROW_GROUP_ROWS`] rows or [`ROW_GROUP_BYTES`] bytes, so that memory stays bounded whatever the
//! size of the corpus; columns are Snappy-compressed.

use std::io::Write;
use std::sync::Arc;

use parquet::basic::{Compression, LogicalType, Repetition, Type as PhysicalType};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::{SerializedFileWriter, SerializedRowGroupWriter};
use parquet::schema::types::Type;
use rusqlite::types::ValueRef;

use crate::{ExportTable, Result, Store, StoreError};

/// A row group is written once it holds this many rows...
const ROW_GROUP_ROWS: usize = 65_536;
/// ...or this many bytes of values (document texts make rows of very different sizes).
const ROW_GROUP_BYTES: usize = 64 * 1024 * 1024;

/// The values of one column of the row group being buffered.
enum ColumnValues {
    Integers(Vec<i64>),
    Reals(Vec<f64>),
    Bytes(Vec<ByteArray>),
}

/// One column: its name, whether it may hold nulls, and its buffered values with their Parquet
/// definition levels (1 for a value, 0 for a null; only for optional columns).
struct ColumnBuffer {
    name: String,
    optional: bool,
    values: ColumnValues,
    definition_levels: Vec<i16>,
}

impl ColumnBuffer {
    /// The column as declared by `PRAGMA table_info`: its SQL type and whether it is `NOT NULL`.
    fn new(name: String, declared_type: &str, not_null: bool) -> Result<(ColumnBuffer, Type)> {
        let (values, physical_type, logical_type) = match declared_type.to_ascii_uppercase().as_str() {
            "INTEGER" => (ColumnValues::Integers(Vec::new()), PhysicalType::INT64, None),
            "REAL" => (ColumnValues::Reals(Vec::new()), PhysicalType::DOUBLE, None),
            "BLOB" => (ColumnValues::Bytes(Vec::new()), PhysicalType::BYTE_ARRAY, None),
            // TEXT, and any type this schema does not use, as text.
            _ => (
                ColumnValues::Bytes(Vec::new()),
                PhysicalType::BYTE_ARRAY,
                Some(LogicalType::String),
            ),
        };
        let repetition = if not_null {
            Repetition::REQUIRED
        } else {
            Repetition::OPTIONAL
        };
        let field = Type::primitive_type_builder(&name, physical_type)
            .with_repetition(repetition)
            .with_logical_type(logical_type)
            .build()?;
        let buffer = ColumnBuffer {
            name,
            optional: !not_null,
            values,
            definition_levels: Vec::new(),
        };
        Ok((buffer, field))
    }

    /// Appends one SQLite value; returns how many bytes it added to the buffer. SQLite columns
    /// are loosely typed, so an integer in a `REAL` column is widened; any other mismatch is an
    /// error rather than a silently changed value.
    fn push(&mut self, value: ValueRef<'_>) -> Result<usize> {
        let mismatch = |found: &str| StoreError::ExportValue {
            column: self.name.clone(),
            found: found.to_owned(),
        };
        if let ValueRef::Null = value {
            if !self.optional {
                return Err(mismatch("NULL"));
            }
            self.definition_levels.push(0);
            return Ok(1);
        }
        let added = match (&mut self.values, value) {
            (ColumnValues::Integers(values), ValueRef::Integer(integer)) => {
                values.push(integer);
                8
            }
            (ColumnValues::Reals(values), ValueRef::Real(real)) => {
                values.push(real);
                8
            }
            (ColumnValues::Reals(values), ValueRef::Integer(integer)) => {
                values.push(integer as f64);
                8
            }
            (ColumnValues::Bytes(values), ValueRef::Text(bytes) | ValueRef::Blob(bytes)) => {
                values.push(ByteArray::from(bytes.to_vec()));
                bytes.len() + 4
            }
            (_, ValueRef::Integer(_)) => return Err(mismatch("an integer")),
            (_, ValueRef::Real(_)) => return Err(mismatch("a real number")),
            (_, _) => return Err(mismatch("text")),
        };
        if self.optional {
            self.definition_levels.push(1);
        }
        Ok(added)
    }

    /// Writes the buffered values as this column's chunk of `row_group`, and empties the buffer.
    fn write_to<W: Write + Send>(&mut self, row_group: &mut SerializedRowGroupWriter<'_, W>) -> Result<()> {
        let Some(mut column) = row_group.next_column()? else {
            return Err(StoreError::ExportValue {
                column: self.name.clone(),
                found: "no column of that name in the Parquet schema".to_owned(),
            });
        };
        let levels = self.optional.then_some(self.definition_levels.as_slice());
        match &mut self.values {
            ColumnValues::Integers(values) => {
                column.typed::<Int64Type>().write_batch(values, levels, None)?;
                values.clear();
            }
            ColumnValues::Reals(values) => {
                column.typed::<DoubleType>().write_batch(values, levels, None)?;
                values.clear();
            }
            ColumnValues::Bytes(values) => {
                column
                    .typed::<ByteArrayType>()
                    .write_batch(values, levels, None)?;
                values.clear();
            }
        }
        self.definition_levels.clear();
        column.close()?;
        Ok(())
    }
}

impl Store {
    /// Writes every row of `table` (latest document versions, like [`Store::export_jsonl`]) as a
    /// Parquet file to `writer`; returns how many rows were written.
    ///
    /// # Errors
    ///
    /// When the store cannot be read, a value does not fit its column's declared type, or the
    /// writer fails.
    pub fn export_parquet<W: Write + Send>(&self, table: ExportTable, writer: W) -> Result<usize> {
        let mut columns = Vec::new();
        let mut fields = Vec::new();
        let mut table_info = self
            .connection()
            .prepare(&format!("PRAGMA table_info({})", table.table_name()))?;
        let mut declared = table_info.query([])?;
        while let Some(row) = declared.next()? {
            let (buffer, field) = ColumnBuffer::new(
                row.get("name")?,
                &row.get::<_, String>("type")?,
                row.get("notnull")?,
            )?;
            columns.push(buffer);
            fields.push(Arc::new(field));
        }
        let schema = Type::group_type_builder(table.table_name())
            .with_fields(fields)
            .build()?;
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .build();
        let mut file = SerializedFileWriter::new(writer, Arc::new(schema), Arc::new(properties))?;

        let mut statement = self.connection().prepare(&table.latest_rows_query())?;
        let mut rows = statement.query([])?;
        let (mut written, mut buffered_rows, mut buffered_bytes) = (0, 0, 0);
        while let Some(row) = rows.next()? {
            for (index, column) in columns.iter_mut().enumerate() {
                buffered_bytes += column.push(row.get_ref(index)?)?;
            }
            buffered_rows += 1;
            written += 1;
            if buffered_rows >= ROW_GROUP_ROWS || buffered_bytes >= ROW_GROUP_BYTES {
                write_row_group(&mut file, &mut columns)?;
                (buffered_rows, buffered_bytes) = (0, 0);
            }
        }
        // An empty table is still a valid file with its schema and no row group.
        if buffered_rows > 0 {
            write_row_group(&mut file, &mut columns)?;
        }
        file.close()?;
        Ok(written)
    }
}

/// Writes the buffered rows of every column as one row group.
fn write_row_group<W: Write + Send>(
    file: &mut SerializedFileWriter<W>,
    columns: &mut [ColumnBuffer],
) -> Result<()> {
    let mut row_group = file.next_row_group()?;
    for column in columns.iter_mut() {
        column.write_to(&mut row_group)?;
    }
    row_group.close()?;
    Ok(())
}
