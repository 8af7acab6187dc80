//! The stream of documents read from a list of inputs, and its statistics.

use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufReader, Read};

use rhetor_schema::Document;

use crate::directory::DirectoryWalk;
use crate::format_detection::format_from_extension;
use crate::jsonl::JsonlRecords;
use crate::source::{open_file, open_stream, sniff_format, OpenedInput};
use crate::{IngestError, IngestOptions, Input, InputFormat, Result};

/// The name standard input goes by, in document ids and messages.
const STDIN_NAME: &str = "-";

/// What a [`Documents`] stream has read so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IngestStats {
    /// Files opened (standard input and readers included).
    pub files_read: usize,
    /// Files in directories left out for their extension.
    pub files_skipped: usize,
    /// Documents yielded.
    pub documents: usize,
    /// Errors yielded.
    pub errors: usize,
}

/// The documents of a list of inputs, read one at a time: see [`read_documents`](crate::read_documents).
///
/// After an error the stream goes on with the next line or file, so that a caller may count bad
/// records and go on, or stop at the first.
pub struct Documents {
    /// How to read.
    options: IngestOptions,
    /// Inputs not yet opened.
    pending: VecDeque<PendingInput>,
    /// The directory being walked, if any.
    walk: Option<DirectoryWalk>,
    /// The JSONL input being read, if any.
    records: Option<JsonlRecords>,
    /// What has been read so far.
    stats: IngestStats,
}

/// An input not yet opened.
enum PendingInput {
    /// A path or standard input.
    Input(Input),
    /// A byte stream with its name.
    Reader {
        /// The name of the stream, for ids and messages.
        name: String,
        /// The stream.
        reader: Box<dyn Read + Send>,
    },
}

impl Documents {
    /// A stream over `pending` inputs.
    fn new(pending: VecDeque<PendingInput>, options: IngestOptions) -> Documents {
        Documents {
            options,
            pending,
            walk: None,
            records: None,
            stats: IngestStats::default(),
        }
    }

    /// What has been read so far; after the last document, what was read in all.
    pub fn stats(&self) -> IngestStats {
        self.stats
    }

    /// The next document or error, before it is counted.
    fn next_uncounted(&mut self) -> Option<Result<Document>> {
        loop {
            if let Some(records) = &mut self.records {
                match records.next() {
                    Some(record) => return Some(record),
                    None => self.records = None,
                }
            }
            if let Some(walk) = &mut self.walk {
                match walk.next_file(&mut self.stats) {
                    Some(Ok(path)) => {
                        let opened = open_file(&path, &self.options);
                        if let Some(result) = self.start(opened) {
                            return Some(result);
                        }
                    }
                    Some(Err(error)) => return Some(Err(error)),
                    None => self.walk = None,
                }
                continue;
            }
            let opened = match self.pending.pop_front()? {
                PendingInput::Input(Input::Path(path)) => match fs::metadata(&path) {
                    Ok(metadata) if metadata.is_dir() => {
                        self.walk = Some(DirectoryWalk::new(path));
                        continue;
                    }
                    Ok(_) => open_file(&path, &self.options),
                    Err(source) => Err(IngestError::Io {
                        path: path.display().to_string(),
                        source,
                    }),
                },
                PendingInput::Input(Input::Stdin) => {
                    Ok(self.open_reader(STDIN_NAME.to_owned(), Box::new(io::stdin())))
                }
                PendingInput::Reader { name, reader } => Ok(self.open_reader(name, reader)),
            };
            if let Some(result) = self.start(opened) {
                return Some(result);
            }
        }
    }

    /// Opens a byte stream in the format the options give.
    fn open_reader(&self, name: String, reader: Box<dyn Read + Send>) -> OpenedInput {
        open_stream(name, reader, None, self.options.format, &self.options)
    }

    /// Starts reading an opened input: returns its document or error, or keeps its records to
    /// read next.
    fn start(&mut self, opened: Result<OpenedInput>) -> Option<Result<Document>> {
        match opened {
            Err(error) => Some(Err(error)),
            Ok(OpenedInput::Single(result)) => {
                self.stats.files_read += 1;
                Some(result)
            }
            Ok(OpenedInput::Records(records)) => {
                self.stats.files_read += 1;
                self.records = Some(records);
                None
            }
        }
    }
}

impl Iterator for Documents {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        let result = self.next_uncounted()?;
        match &result {
            Ok(_) => self.stats.documents += 1,
            Err(_) => self.stats.errors += 1,
        }
        Some(result)
    }
}

/// Reads `inputs` in order, one document at a time: plain text files, HTML pages, JSONL files (a
/// document per line), directories (walked recursively, in path order) and standard input.
///
/// Nothing is read until the first call to `next`, and a JSONL file is read line by line, so a
/// corpus of any size streams through in bounded memory.
pub fn read_documents(inputs: Vec<Input>, options: IngestOptions) -> Documents {
    Documents::new(inputs.into_iter().map(PendingInput::Input).collect(), options)
}

/// Reads the byte stream `reader` as an input named `name` (the name is the document id of a text
/// or HTML stream, and names the input in errors): what [`Input::Stdin`] does with standard input,
/// for any [`Read`] implementation.
pub fn read_documents_from_reader(
    name: impl Into<String>,
    reader: impl Read + Send + 'static,
    options: IngestOptions,
) -> Documents {
    let pending = PendingInput::Reader {
        name: name.into(),
        reader: Box::new(reader),
    };
    Documents::new(VecDeque::from([pending]), options)
}

/// Whether reading `inputs` yields exactly one document (or one error), so that a caller may print
/// a single object instead of a list: true for exactly one input that is a text or HTML file, or
/// standard input not forced to JSONL. False for directories, JSONL files and several inputs.
///
/// A file without a telling extension is sniffed here as [`read_documents`] would sniff it.
/// Standard input cannot be sniffed without consuming it, so in [`InputFormat::Auto`]
/// it counts as one document even if it turns out to be JSONL.
pub fn yields_single_document(inputs: &[Input], options: &IngestOptions) -> bool {
    let [input] = inputs else {
        return false;
    };
    let path = match input {
        Input::Stdin => return options.format != InputFormat::Jsonl,
        Input::Path(path) => path,
    };
    match fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => return false,
        // An unreadable input yields exactly one error.
        Err(_) => return true,
        Ok(_) => {}
    }
    let format = match options.format {
        InputFormat::Auto => format_from_extension(path),
        forced => Some(forced),
    };
    match format {
        Some(InputFormat::Jsonl) => false,
        Some(_) => true,
        None => {
            let Ok(file) = fs::File::open(path) else {
                return true;
            };
            let mut already_read = Vec::new();
            let sniffed = sniff_format(
                &mut BufReader::new(file),
                &mut already_read,
                options.max_document_bytes,
            );
            !matches!(sniffed, Ok(InputFormat::Jsonl))
        }
    }
}
