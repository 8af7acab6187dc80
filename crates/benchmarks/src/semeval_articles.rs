//! SemEval-2023 Task 3, subtasks 1 (genre) and 2 (frames): labels of whole articles.
//!
//! * `ARTICLES/article<ID>.txt`: one article, its title on the first line;
//! * subtask 1 (`train-labels-subtask-1.txt`): `ID<TAB>genre`, one of `opinion`, `reporting`,
//!   `satire`;
//! * subtask 2 (`train-labels-subtask-2.txt`): `ID<TAB>Frame1,Frame2,...`, the frames possibly
//!   empty.
//!
//! Both readers return the articles in the order of the labels file, with their text.

use std::path::Path;

use crate::error::{numbered_data_lines, read_text, BenchmarkError, Result};

/// The genres of subtask 1, as the labels file spells them.
pub const SEMEVAL_GENRES: [&str; 3] = ["opinion", "reporting", "satire"];

/// One article with its genre (subtask 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenreArticle {
    /// The article id.
    pub id: String,
    /// The article text.
    pub text: String,
    /// One of [`SEMEVAL_GENRES`].
    pub genre: String,
}

/// One article with its frames (subtask 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FramedArticle {
    /// The article id.
    pub id: String,
    /// The article text.
    pub text: String,
    /// Frame ids, verbatim, in the order of the labels file.
    pub frames: Vec<String>,
}

/// Reads the articles of `articles_directory` that a subtask-1 labels file labels with a genre.
///
/// # Errors
///
/// When a file cannot be read, a line has no genre or an unknown one, an article is labelled
/// twice, or a labelled article is missing.
pub fn read_article_genres(articles_directory: &Path, labels_path: &Path) -> Result<Vec<GenreArticle>> {
    let labels_display = labels_path.display().to_string();
    read_labels(labels_path)?
        .into_iter()
        .map(|(line, id, field)| {
            let genre = field.trim();
            if !SEMEVAL_GENRES.contains(&genre) {
                return Err(BenchmarkError::BadLine {
                    path: labels_display.clone(),
                    line,
                    message: format!("unknown genre {genre:?}, expected one of {SEMEVAL_GENRES:?}"),
                });
            }
            Ok(GenreArticle {
                text: read_article(articles_directory, &id)?,
                id,
                genre: genre.to_owned(),
            })
        })
        .collect()
}

/// Reads the articles of `articles_directory` that a subtask-2 labels file labels with frames.
///
/// # Errors
///
/// When a file cannot be read, a line has no tab, an article is labelled twice, or a labelled
/// article is missing.
pub fn read_article_frames(articles_directory: &Path, labels_path: &Path) -> Result<Vec<FramedArticle>> {
    read_labels(labels_path)?
        .into_iter()
        .map(|(_, id, field)| {
            let frames = field
                .split(',')
                .map(str::trim)
                .filter(|frame| !frame.is_empty())
                .map(str::to_owned)
                .collect();
            Ok(FramedArticle {
                text: read_article(articles_directory, &id)?,
                id,
                frames,
            })
        })
        .collect()
}

/// The `(line number, id, label field)` of every non-blank line of an `ID<TAB>labels` file.
fn read_labels(labels_path: &Path) -> Result<Vec<(usize, String, String)>> {
    let labels_display = labels_path.display().to_string();
    let mut seen = std::collections::BTreeSet::new();
    let mut rows = Vec::new();
    for (line_number, line) in numbered_data_lines(&read_text(labels_path)?) {
        let bad_line = |message: String| BenchmarkError::bad_line(&labels_display, line_number, message);
        let Some((id, field)) = line.split_once('\t') else {
            return Err(bad_line("expected ID<TAB>labels".to_owned()));
        };
        let id = id.trim();
        if id.is_empty() {
            return Err(bad_line("the article id is empty".to_owned()));
        }
        // A second row for an article would silently weigh it twice in training.
        if !seen.insert(id.to_owned()) {
            return Err(bad_line(format!("article {id} is labelled twice")));
        }
        rows.push((line_number, id.to_owned(), field.to_owned()));
    }
    Ok(rows)
}

fn read_article(articles_directory: &Path, id: &str) -> Result<String> {
    read_text(&articles_directory.join(format!("article{id}.txt")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(directory: &Path, name: &str, content: &str) -> std::path::PathBuf {
        let path = directory.join(name);
        std::fs::write(&path, content).expect("writable");
        path
    }

    #[test]
    fn reads_genres_and_frames_with_their_texts() {
        let directory = tempfile::tempdir().expect("a temporary directory");
        write(directory.path(), "article1.txt", "Title\n\nBody one.\n");
        write(directory.path(), "article2.txt", "Other title\n");
        let genres = write(directory.path(), "genres.txt", "1\topinion\n2\tsatire\n\n");
        let frames = write(
            directory.path(),
            "frames.txt",
            "1\tPolitical,Security_and_defense\n2\t\n",
        );

        let read = read_article_genres(directory.path(), &genres).expect("valid data");
        assert_eq!(read.len(), 2);
        assert_eq!((read[0].id.as_str(), read[0].genre.as_str()), ("1", "opinion"));
        assert_eq!(read[1].text, "Other title\n");

        let read = read_article_frames(directory.path(), &frames).expect("valid data");
        assert_eq!(read[0].frames, ["Political", "Security_and_defense"]);
        assert!(read[1].frames.is_empty());
        assert_eq!(read[0].text, "Title\n\nBody one.\n");
    }

    #[test]
    fn bad_lines_and_missing_articles_are_named() {
        let directory = tempfile::tempdir().expect("a temporary directory");
        write(directory.path(), "article1.txt", "Title\n");
        let unknown = write(directory.path(), "unknown.txt", "1\topinion\n1\tcomedy\n");
        let error = read_article_genres(directory.path(), &unknown).expect_err("a duplicate");
        assert!(
            error.to_string().ends_with(":2: article 1 is labelled twice"),
            "{error}"
        );

        let unknown = write(directory.path(), "unknown.txt", "1\tcomedy\n");
        let error = read_article_genres(directory.path(), &unknown).expect_err("an unknown genre");
        assert!(
            error.to_string().contains(":1: unknown genre \"comedy\""),
            "{error}"
        );

        let missing = write(directory.path(), "missing.txt", "9\tPolitical\n");
        let error = read_article_frames(directory.path(), &missing).expect_err("a missing article");
        assert!(error.to_string().contains("article9.txt"), "{error}");

        let no_tab = write(directory.path(), "no_tab.txt", "1 Political\n");
        let error = read_article_frames(directory.path(), &no_tab).expect_err("no tab");
        assert!(
            error.to_string().ends_with(":1: expected ID<TAB>labels"),
            "{error}"
        );
    }
}
