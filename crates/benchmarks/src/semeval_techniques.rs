//! SemEval-2023 Task 3, subtask 3 (persuasion techniques), in its distributed layout:
//!
//! * `ARTICLES/article<ID>.txt`: one article, paragraphs are lines;
//! * `LABELS` (`train-labels-subtask-3.txt`): `ID<TAB>line<TAB>Label1,Label2`, one row per
//!   non-blank line (1-based line numbers), labels possibly empty;
//! * `SPANS/` (`train-labels-subtask-3-spans/`, optional): `ID<TAB>Label<TAB>start<TAB>end`, offsets
//!   in **characters** of the article.
//!
//! The reader turns character offsets into byte offsets of the article text, so that spans slice
//! it like every other span in rhetor.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use crate::error::{numbered_data_lines, read_text, BenchmarkError, Result};

/// One article with its paragraph labels and its technique spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TechniqueArticle {
    /// The article id.
    pub id: String,
    /// The article text.
    pub text: String,
    /// Its labelled paragraphs, in line order.
    pub paragraphs: Vec<LabelledParagraph>,
    /// Its technique spans, when the span files were given.
    pub spans: Vec<TechniqueSpan>,
}

/// One paragraph (line) and the techniques it contains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledParagraph {
    /// 1-based line number in the article.
    pub line: usize,
    /// Byte range of the line in the article text, without its line break.
    pub range: Range<usize>,
    /// Technique ids, verbatim.
    pub techniques: Vec<String>,
}

/// One technique span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TechniqueSpan {
    /// Technique id, verbatim.
    pub technique: String,
    /// Byte range in the article text.
    pub range: Range<usize>,
}

/// Reads the articles of `articles_directory` that `labels_path` labels, with the spans of
/// `spans_directory` when given, in article-id order.
///
/// # Errors
///
/// When a file cannot be read, a line is malformed, a labelled line or span lies outside its
/// article, or a labelled article is missing.
pub fn read_technique_articles(
    articles_directory: &Path,
    labels_path: &Path,
    spans_directory: Option<&Path>,
) -> Result<Vec<TechniqueArticle>> {
    let labels_display = labels_path.display().to_string();
    let mut labels_by_article: BTreeMap<String, Vec<(usize, usize, Vec<String>)>> = BTreeMap::new();
    for (line_number, line) in numbered_data_lines(&read_text(labels_path)?) {
        let bad_line = |message: String| BenchmarkError::bad_line(&labels_display, line_number, message);
        let mut fields = line.split('\t');
        let (Some(id), Some(article_line)) = (fields.next(), fields.next()) else {
            return Err(bad_line("expected ID<TAB>line<TAB>labels".to_owned()));
        };
        let article_line: usize = article_line
            .trim()
            .parse()
            .map_err(|_| bad_line(format!("bad line number {article_line:?}")))?;
        let techniques = fields
            .next()
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|technique| !technique.is_empty())
            .map(str::to_owned)
            .collect();
        labels_by_article.entry(id.trim().to_owned()).or_default().push((
            line_number,
            article_line,
            techniques,
        ));
    }

    let mut articles = Vec::with_capacity(labels_by_article.len());
    for (id, labelled_lines) in labels_by_article {
        let article_path = articles_directory.join(format!("article{id}.txt"));
        let text = read_text(&article_path)?;
        let line_ranges = line_byte_ranges(&text);
        let mut paragraphs = Vec::with_capacity(labelled_lines.len());
        for (labels_line, article_line, techniques) in labelled_lines {
            let range = article_line
                .checked_sub(1)
                .and_then(|index| line_ranges.get(index))
                .cloned()
                .ok_or_else(|| BenchmarkError::BadLine {
                    path: labels_display.clone(),
                    line: labels_line,
                    message: format!("article {id} has no line {article_line}"),
                })?;
            paragraphs.push(LabelledParagraph {
                line: article_line,
                range,
                techniques,
            });
        }
        let spans = match spans_directory {
            Some(directory) => read_spans(
                &directory.join(format!("article{id}-labels-subtask-3.txt")),
                &text,
            )?,
            None => Vec::new(),
        };
        articles.push(TechniqueArticle {
            id,
            text,
            paragraphs,
            spans,
        });
    }
    Ok(articles)
}

/// Reads one article's span file; a missing file means the article has no spans.
fn read_spans(path: &Path, text: &str) -> Result<Vec<TechniqueSpan>> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let path_display = path.display().to_string();
    let byte_of_character = character_to_byte_offsets(text);
    let mut spans = Vec::new();
    for (line_number, line) in numbered_data_lines(&read_text(path)?) {
        let bad_line = |message: String| BenchmarkError::bad_line(&path_display, line_number, message);
        let fields: Vec<&str> = line.split('\t').collect();
        let [_, technique, start, end] = fields[..] else {
            return Err(bad_line("expected ID<TAB>Label<TAB>start<TAB>end".to_owned()));
        };
        let offset = |field: &str| -> Result<usize> {
            let character: usize = field
                .trim()
                .parse()
                .map_err(|_| bad_line(format!("bad offset {field:?}")))?;
            byte_of_character
                .get(character)
                .copied()
                .ok_or_else(|| bad_line(format!("offset {character} is past the end of the article")))
        };
        let range = offset(start)?..offset(end)?;
        if range.start > range.end {
            return Err(bad_line(format!("span {start}..{end} ends before it starts")));
        }
        spans.push(TechniqueSpan {
            technique: technique.trim().to_owned(),
            range,
        });
    }
    Ok(spans)
}

/// The byte range of every line of `text`, without line breaks, in order.
fn line_byte_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content_length = line.trim_end_matches(['\n', '\r']).len();
        ranges.push(start..start + content_length);
        start += line.len();
    }
    ranges
}

/// For each character index `i` (and one past the last), the byte offset of that character.
fn character_to_byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(byte, _)| byte)
        .chain(std::iter::once(text.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_labels_and_turns_character_offsets_into_byte_offsets() {
        let directory = tempfile::tempdir().expect("a temporary directory");
        let articles = directory.path().join("articles");
        let spans = directory.path().join("spans");
        std::fs::create_dir_all(&articles).expect("a directory");
        std::fs::create_dir_all(&spans).expect("a directory");
        // "Ереван" is 6 characters and 12 bytes: the span after it must move by 6 bytes.
        std::fs::write(
            articles.join("article7.txt"),
            "Ереван talks\n\nThe so-called reforms failed.\n",
        )
        .expect("writable");
        let labels = directory.path().join("labels.txt");
        std::fs::write(&labels, "7\t1\t\n7\t3\tDoubt,Loaded_Language\n").expect("writable");
        std::fs::write(spans.join("article7-labels-subtask-3.txt"), "7\tDoubt\t18\t27\n").expect("writable");

        let read = read_technique_articles(&articles, &labels, Some(&spans)).expect("valid data");
        assert_eq!(read.len(), 1);
        let article = &read[0];
        assert_eq!(
            &article.text[article.paragraphs[1].range.clone()],
            "The so-called reforms failed."
        );
        assert_eq!(article.paragraphs[1].techniques, ["Doubt", "Loaded_Language"]);
        assert!(article.paragraphs[0].techniques.is_empty());
        assert_eq!(&article.text[article.spans[0].range.clone()], "so-called");
    }

    #[test]
    fn a_line_past_the_article_names_the_labels_line() {
        let directory = tempfile::tempdir().expect("a temporary directory");
        std::fs::write(directory.path().join("article1.txt"), "One line.\n").expect("writable");
        let labels = directory.path().join("labels.txt");
        std::fs::write(&labels, "1\t1\t\n1\t9\tDoubt\n").expect("writable");
        let error = read_technique_articles(directory.path(), &labels, None).expect_err("line 9 is missing");
        assert!(
            error.to_string().ends_with(":2: article 1 has no line 9"),
            "{error}"
        );
    }
}
