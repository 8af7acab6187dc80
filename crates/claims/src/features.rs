//! The features of a sentence for check-worthiness: words, word pairs, character n-grams within
//! words, and a few cues of factual content (numbers, percentages, money, years, comparisons).
//!
//! Training and inference call the same function, so the features cannot drift apart.

use rhetor_linear::{FeatureHasher, Normalisation, SparseVector, SparseVectorBuilder};
use rhetor_schema::TokenKind;

/// Shortest and longest character n-gram taken inside a word.
const CHARACTER_NGRAMS: std::ops::RangeInclusive<usize> = 3..=5;

/// Namespaces of the hashed features, recorded in the model file.
pub(crate) const NAMESPACE_DESCRIPTION: &str =
    "w: lowercased word (numbers as 0), b: word pair, c: character 3-5-gram inside a word (with ^ and $ marks), \
     h: cue (has_number, percent, money, year, comparison, first_person, second_person, question, length bucket)";

/// The feature vector of `sentence`.
pub(crate) fn sentence_features(sentence: &str, hasher: &FeatureHasher) -> SparseVector {
    let mut vector = SparseVectorBuilder::new();
    let mut previous_word = String::from("<s>");
    let mut word_count = 0usize;
    for token in rhetor_segment::tokenize(sentence) {
        let token_text = &sentence[token.start..token.end];
        let word = match token.kind {
            TokenKind::Number => {
                hasher.add_feature(&mut vector, b'h', "has_number", 1.0);
                if token_text.len() == 4 && token_text.starts_with(['1', '2']) {
                    hasher.add_feature(&mut vector, b'h', "year", 1.0);
                }
                "0".to_owned()
            }
            TokenKind::Word => token_text.to_lowercase(),
            TokenKind::Punctuation | TokenKind::Symbol => {
                match token_text {
                    "%" => hasher.add_feature(&mut vector, b'h', "percent", 1.0),
                    "$" | "€" | "£" => hasher.add_feature(&mut vector, b'h', "money", 1.0),
                    "?" => hasher.add_feature(&mut vector, b'h', "question", 1.0),
                    _ => {}
                }
                continue;
            }
        };
        word_count += 1;
        match word.as_str() {
            "percent" | "per" => hasher.add_feature(&mut vector, b'h', "percent", 1.0),
            "dollars" | "million" | "billion" | "trillion" => {
                hasher.add_feature(&mut vector, b'h', "money", 1.0)
            }
            "more" | "less" | "fewer" | "than" | "most" | "least" | "increase" | "increased" | "decrease"
            | "decreased" => {
                hasher.add_feature(&mut vector, b'h', "comparison", 1.0);
            }
            "i" | "we" | "my" | "our" | "me" | "us" => {
                hasher.add_feature(&mut vector, b'h', "first_person", 1.0)
            }
            "you" | "your" => hasher.add_feature(&mut vector, b'h', "second_person", 1.0),
            _ => {}
        }
        hasher.add_feature(&mut vector, b'w', &word, 1.0);
        hasher.add_feature(&mut vector, b'b', &format!("{previous_word} {word}"), 1.0);
        add_character_ngrams(&mut vector, hasher, &word);
        previous_word = word;
    }
    hasher.add_feature(&mut vector, b'b', &format!("{previous_word} </s>"), 1.0);
    let length_bucket = match word_count {
        0..=5 => "length:short",
        6..=15 => "length:medium",
        16..=30 => "length:long",
        _ => "length:very_long",
    };
    hasher.add_feature(&mut vector, b'h', length_bucket, 1.0);
    vector.finish(Normalisation::L2)
}

/// Adds the character n-grams of `word` marked with `^` at its start and `$` at its end, so that
/// prefixes and suffixes (`un-`, `-tion`) are features of their own.
fn add_character_ngrams(vector: &mut SparseVectorBuilder, hasher: &FeatureHasher, word: &str) {
    let marked: Vec<char> = std::iter::once('^')
        .chain(word.chars())
        .chain(std::iter::once('$'))
        .collect();
    let mut gram = String::new();
    for length in CHARACTER_NGRAMS {
        for window in marked.windows(length) {
            gram.clear();
            gram.extend(window);
            // Character n-grams are many per word: they weigh less than the word itself.
            hasher.add_feature(vector, b'c', &gram, 0.3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_money_are_cues_and_empty_text_is_fine() {
        let hasher = FeatureHasher::new(16).expect("a valid hasher");
        let with_figures = sentence_features("Unemployment fell by 4 percent, saving $3 billion.", &hasher);
        let without_figures = sentence_features("Thank you all.", &hasher);
        let cue = |name: &str| hasher.hash_feature(b'h', name).bucket;
        assert!(with_figures.indices().contains(&cue("has_number")));
        assert!(with_figures.indices().contains(&cue("money")));
        assert!(!without_figures.indices().contains(&cue("has_number")));
        assert!(!sentence_features("", &hasher).is_empty());
    }
}
