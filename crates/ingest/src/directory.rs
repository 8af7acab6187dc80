//! Directories: a recursive walk that yields the files to read in path order.

use std::fs;
use std::path::{Path, PathBuf};

use crate::format_detection::format_from_extension;
use crate::{IngestError, IngestStats, Result};

/// A depth-first walk of a directory tree with an explicit stack.
///
/// Files come in the order of their paths (component by component, as [`std::path::Path`]
/// compares them), so that a corpus is read the same way on every machine. Hidden entries (names
/// starting with `.`) are left out silently; files whose extension is not a text, HTML or JSONL
/// one are left out and counted as skipped. Symbolic links to files are read; symbolic links to
/// directories are not followed, so that a link cannot make the walk loop.
pub(crate) struct DirectoryWalk {
    /// Entries still to visit, the next one last.
    pending: Vec<WalkEntry>,
}

/// An entry still to visit.
enum WalkEntry {
    /// A directory to list.
    Directory(PathBuf),
    /// A file to read.
    File(PathBuf),
    /// An entry that could not be examined.
    Unreadable(IngestError),
}

impl DirectoryWalk {
    /// A walk of the tree under `root`.
    pub(crate) fn new(root: PathBuf) -> DirectoryWalk {
        DirectoryWalk {
            pending: vec![WalkEntry::Directory(root)],
        }
    }

    /// The next file to read, an error about an entry that could not be examined, or `None` at the
    /// end of the walk. Files left out for their extension are counted in `stats`.
    pub(crate) fn next_file(&mut self, stats: &mut IngestStats) -> Option<Result<PathBuf>> {
        loop {
            match self.pending.pop()? {
                WalkEntry::File(path) => return Some(Ok(path)),
                WalkEntry::Unreadable(error) => return Some(Err(error)),
                WalkEntry::Directory(directory) => {
                    if let Err(error) = self.list(&directory, stats) {
                        return Some(Err(error));
                    }
                }
            }
        }
    }

    /// Lists `directory` onto the stack, in reverse path order so that the first pops first.
    fn list(&mut self, directory: &Path, stats: &mut IngestStats) -> Result<()> {
        let unreadable = |path: &Path, source| IngestError::Io {
            path: path.display().to_string(),
            source,
        };
        let mut entries = Vec::new();
        for entry in fs::read_dir(directory).map_err(|source| unreadable(directory, source))? {
            let entry = match entry {
                Ok(entry) => entry,
                Err(source) => {
                    entries.push((
                        Default::default(),
                        WalkEntry::Unreadable(unreadable(directory, source)),
                    ));
                    continue;
                }
            };
            let name = entry.file_name();
            if name.as_encoded_bytes().starts_with(b".") {
                continue;
            }
            let path = entry.path();
            // `DirEntry::file_type` does not follow symbolic links; `fs::metadata` does, which
            // tells whether a link leads to a file.
            let file_type = match entry.file_type() {
                Ok(file_type) if file_type.is_symlink() => {
                    fs::metadata(&path).map(|metadata| metadata.file_type())
                }
                other => other,
            };
            let walk_entry = match file_type {
                Err(source) => WalkEntry::Unreadable(unreadable(&path, source)),
                Ok(file_type)
                    if file_type.is_dir() && !entry.file_type().is_ok_and(|own| own.is_symlink()) =>
                {
                    WalkEntry::Directory(path)
                }
                Ok(file_type) if file_type.is_file() && is_readable_file_name(&path) => WalkEntry::File(path),
                Ok(_) => {
                    stats.files_skipped += 1;
                    continue;
                }
            };
            entries.push((name, walk_entry));
        }
        entries.sort_by(|(first, _), (second, _)| second.cmp(first));
        self.pending
            .extend(entries.into_iter().map(|(_, walk_entry)| walk_entry));
        Ok(())
    }
}

/// Whether a file found in a directory is read: a text, HTML or JSONL extension, or none at all
/// (then its first bytes decide).
fn is_readable_file_name(path: &Path) -> bool {
    path.extension().is_none() || format_from_extension(path).is_some()
}
