//! Readers for the third-party benchmark data that rhetor trains and evaluates on.
//!
//! The data stays where its owners put it (`../shared/data` in this project's layout); these
//! readers take its path, check its shape, and turn its offsets into the byte offsets the rest of
//! rhetor uses. Each reader names the file and line of anything it cannot read.

mod checkworthiness;
mod error;
mod semeval_articles;
mod semeval_techniques;

pub use checkworthiness::{read_checkworthiness, CheckworthySentence};
pub use error::{BenchmarkError, Result};
pub use semeval_articles::{
    read_article_frames, read_article_genres, FramedArticle, GenreArticle, SEMEVAL_GENRES,
};
pub use semeval_techniques::{read_technique_articles, LabelledParagraph, TechniqueArticle, TechniqueSpan};
