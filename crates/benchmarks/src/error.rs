//! Errors of the benchmark readers.

/// A benchmark file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BenchmarkError {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line does not have the documented shape.
    #[error("{path}:{line}: {message}")]
    BadLine {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Convenience alias.
pub type Result<T, E = BenchmarkError> = std::result::Result<T, E>;

/// Reads a whole file as UTF-8, naming it in the error.
pub(crate) fn read_text(path: &std::path::Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| BenchmarkError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// The non-blank lines of a file's text, with their 1-based line numbers.
pub(crate) fn numbered_data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line))
        .filter(|(_, line)| !line.trim().is_empty())
}

impl BenchmarkError {
    /// A line of `path` that does not have the documented shape.
    pub(crate) fn bad_line(path: &str, line: usize, message: impl Into<String>) -> BenchmarkError {
        BenchmarkError::BadLine {
            path: path.to_owned(),
            line,
            message: message.into(),
        }
    }
}
