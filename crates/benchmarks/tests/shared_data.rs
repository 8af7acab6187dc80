//! The readers on the real benchmark data in `../shared/data`, when this machine has it.

use std::path::PathBuf;

fn shared_data(relative_path: &str) -> Option<PathBuf> {
    let path =
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data")).join(relative_path);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: {} is not on this machine", path.display());
        None
    }
}

#[test]
fn semeval_technique_articles_read_whole_with_spans_that_slice() {
    let Some(root) = shared_data("semeval2023-en") else {
        return;
    };
    let articles = rhetor_benchmarks::read_technique_articles(
        &root.join("train-articles-subtask-3"),
        &root.join("train-labels-subtask-3.txt"),
        Some(&root.join("train-labels-subtask-3-spans")),
    )
    .expect("the SemEval data reads");
    assert_eq!(articles.len(), 446);
    let paragraphs: usize = articles.iter().map(|article| article.paragraphs.len()).sum();
    assert_eq!(paragraphs, 9498);
    for article in &articles {
        for span in &article.spans {
            assert!(
                article.text.get(span.range.clone()).is_some(),
                "span of article {}",
                article.id
            );
        }
    }
}

#[test]
fn semeval_genre_and_frame_labels_read_every_article() {
    let Some(root) = shared_data("semeval2023-en") else {
        return;
    };
    let genres = rhetor_benchmarks::read_article_genres(
        &root.join("train-articles-subtask-1"),
        &root.join("train-labels-subtask-1.txt"),
    )
    .expect("the subtask-1 data reads");
    assert_eq!(genres.len(), 433);
    assert!(genres.iter().any(|article| article.genre == "satire"));
    let frames = rhetor_benchmarks::read_article_frames(
        &root.join("train-articles-subtask-2"),
        &root.join("train-labels-subtask-2.txt"),
    )
    .expect("the subtask-2 data reads");
    assert_eq!(frames.len(), 433);
    let distinct: std::collections::BTreeSet<&str> = frames
        .iter()
        .flat_map(|article| article.frames.iter().map(String::as_str))
        .collect();
    assert_eq!(distinct.len(), 14, "{distinct:?}");
    assert!(frames.iter().all(|article| !article.text.trim().is_empty()));
}

#[test]
fn checkworthiness_training_file_reads_every_record() {
    let Some(path) = shared_data("checkworthiness/CT24_checkworthy_english_train.tsv") else {
        return;
    };
    let sentences = rhetor_benchmarks::read_checkworthiness(&path).expect("the CheckThat! data reads");
    let lines = std::fs::read_to_string(&path).expect("readable").lines().count();
    // One header line, and one line that holds two records.
    assert_eq!(sentences.len(), lines - 1 + 1);
    assert!(sentences.iter().any(|sentence| sentence.id == "29286"));
}
