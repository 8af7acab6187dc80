//! The features of a sentence for check-worthiness: words, word pairs, character n-grams within
//! words, and a few cues of factual content (numbers, percentages, money, years, comparisons).
//!
//! Training and inference call the same function, so the features cannot drift apart.

use rhetor_linear::{FeatureHasher, FeatureNameHash, Normalisation, SparseVector, SparseVectorBuilder};
use rhetor_schema::TokenKind;

/// Shortest and longest character n-gram taken inside a word.
const CHARACTER_NGRAMS: std::ops::RangeInclusive<usize> = 3..=5;

/// Namespaces of the hashed features, recorded in the model file.
pub(crate) const NAMESPACE_DESCRIPTION: &str =
    "w: lowercased word (numbers as 0, a country's or office holder's name as <party>), b: word pair, c: character 3-5-gram inside a word (with ^ and $ marks), \
     h: cue (has_number, percent, money, year, comparison, first_person, second_person, question, length bucket)";

/// The feature vector of `sentence`.
pub(crate) fn sentence_features(sentence: &str, hasher: &FeatureHasher) -> SparseVector {
    // About three features per byte: a word of n characters has about 3n character n-grams.
    let mut vector = SparseVectorBuilder::with_capacity(sentence.len() * 3 + 8);
    // The word pair `previous word` is hashed as `b:previous` + ` ` + `word`: the prefix is
    // hashed once, when its word is read, instead of formatting a string per pair.
    let mut pair_prefix = FeatureNameHash::start(b'b').push_str("<s> ");
    let mut word_count = 0usize;
    let mut lowercased = String::new();
    let mut marked = String::new();
    let mut character_starts: Vec<usize> = Vec::new();
    // A party's name is one placeholder word, so that the model cannot learn which party a
    // claim is about (see `rhetor_actors::tokens_with_party_names`).
    for read in rhetor_actors::tokens_with_party_names(sentence) {
        let token = read.token;
        let token_text = &sentence[token.start..token.end];
        let word: &str = match token.kind {
            _ if read.is_party_name => rhetor_actors::PARTY_PLACEHOLDER,
            TokenKind::Number => {
                hasher.add_feature(&mut vector, b'h', "has_number", 1.0);
                if token_text.len() == 4 && token_text.starts_with(['1', '2']) {
                    hasher.add_feature(&mut vector, b'h', "year", 1.0);
                }
                "0"
            }
            TokenKind::Word
                if word_count > 0 && token_text.starts_with(|character: char| character.is_uppercase()) =>
            {
                "<name>"
            }
            TokenKind::Word => {
                lowercase_into(token_text, &mut lowercased);
                &lowercased
            }
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
        match word {
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
        hasher.add_feature(&mut vector, b'w', word, 1.0);
        let pair = hasher.finish_feature(pair_prefix.push_str(word));
        vector.add(pair.bucket, pair.sign);
        add_character_ngrams(&mut vector, hasher, word, &mut marked, &mut character_starts);
        pair_prefix = FeatureNameHash::start(b'b').push_str(word).push_bytes(b" ");
    }
    let last_pair = hasher.finish_feature(pair_prefix.push_str("</s>"));
    vector.add(last_pair.bucket, last_pair.sign);
    let length_bucket = match word_count {
        0..=5 => "length:short",
        6..=15 => "length:medium",
        16..=30 => "length:long",
        _ => "length:very_long",
    };
    hasher.add_feature(&mut vector, b'h', length_bucket, 1.0);
    vector.finish(Normalisation::L2)
}

/// Writes `word.to_lowercase()` into `buffer`, reusing its allocation; ASCII words, nearly all
/// of them, are lowercased byte by byte.
fn lowercase_into(word: &str, buffer: &mut String) {
    buffer.clear();
    if word.is_ascii() {
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
    } else {
        // `str::to_lowercase` knows the context rules (a final sigma) that `char` does not.
        buffer.push_str(&word.to_lowercase());
    }
}

/// Adds the character n-grams of `word` marked with `^` at its start and `$` at its end, so that
/// prefixes and suffixes (`un-`, `-tion`) are features of their own. `marked` and
/// `character_starts` are scratch buffers, reused from word to word.
fn add_character_ngrams(
    vector: &mut SparseVectorBuilder,
    hasher: &FeatureHasher,
    word: &str,
    marked: &mut String,
    character_starts: &mut Vec<usize>,
) {
    marked.clear();
    marked.push('^');
    marked.push_str(word);
    marked.push('$');
    // The byte offset of every character, and the end: an n-gram of characters is a byte slice.
    character_starts.clear();
    character_starts.extend(marked.char_indices().map(|(offset, _)| offset));
    character_starts.push(marked.len());
    let start = FeatureNameHash::start(b'c');
    for length in CHARACTER_NGRAMS {
        for bounds in character_starts.windows(length + 1) {
            let gram = &marked.as_bytes()[bounds[0]..bounds[length]];
            // Character n-grams are many per word: they weigh less than the word itself.
            let feature = hasher.finish_feature(start.push_bytes(gram));
            vector.add(feature.bucket, feature.sign * 0.3);
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
