//! The features of the **token tagger**: one example per word of a paragraph, labelled with the
//! techniques whose gold spans cover it, for the techniques whose spans are short (a loaded word,
//! a label, a slogan). A paragraph's token-tagger score is its best word's, and the words around
//! the best one are the span a finding reports.
//!
//! A word's features (binary, not normalised): the word (`t:`), its left and right neighbours
//! (`l:`, `r:`) and the pairs it forms with them (`L:`, `R:`), its last and first three characters
//! (`x:`, `y:`), its shape (`c:`), how often it occurs in the article (`e:`, `f:`), whether the
//! word 3-gram it starts repeats in the article (`g:`), whether it is inside a quotation and of
//! which kind (`q:`, `Q:`, from the segmenter's quote classifier: the technique definitions make
//! scare quotes a cue for `Doubt`, though the training data labels most scare-quoted words
//! `Name_Calling-Labeling` or `Loaded_Language`), and the word's cluster (`word_clusters.rs`)
//! at three granularities (`k:`), its neighbours' (`u:`, `v:`) and the cluster's pairs with the
//! neighbouring words (`J:`, `K:`), so that a word unseen in training is read by the company it
//! keeps. The model's bias is the constant.

use std::ops::Range;

use rhetor_actors::ReadToken;
use rhetor_linear::{
    FeatureHasher, FeatureNameHash, HashedFeature, HiddenLayerNetwork, LinearModel, Normalisation,
    SparseVector, SparseVectorBuilder,
};
use rhetor_schema::{QuoteKind, TokenKind};

use rhetor_segment::push_lowercase;

use crate::features::{word_hash, ArticleContext};
use crate::word_clusters::{describe_cluster, WordClusterIds};

/// The techniques the token tagger learns: those whose gold spans are a few words long. The
/// research (`research/techniques/exp04_tokens.py`) chose them; the others' spans are whole
/// sentences or arguments, which a word's neighbourhood does not show.
pub(crate) const TOKEN_TECHNIQUES: [&str; 9] = [
    "Loaded_Language",
    "Name_Calling-Labeling",
    "Repetition",
    "Exaggeration-Minimisation",
    "Flag_Waving",
    "Slogans",
    "Conversation_Killer",
    "Doubt",
    "Appeal_to_Fear-Prejudice",
];

/// Whether the tagger scores a word: function words (articles, prepositions, conjunctions,
/// auxiliaries, pronouns) are never the best word of a short-span technique's span, and skipping
/// them halves the tagger's cost. They are still the neighbours of scored words, and training
/// learns from them; only the best word of a paragraph is chosen among scored words, in training
/// and inference alike. Quantifiers and absolutes (`all`, `never`, `only`) are scored.
pub(crate) fn is_scored_word(word: &str) -> bool {
    !matches!(
        word,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "from"
            | "with"
            | "into"
            | "onto"
            | "about"
            | "as"
            | "than"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "so"
            | "if"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "he"
            | "she"
            | "him"
            | "her"
            | "his"
            | "hers"
            | "i"
            | "me"
            | "my"
            | "you"
            | "your"
            | "we"
            | "us"
            | "our"
            | "they"
            | "them"
            | "their"
            | "there"
            | "here"
            | "then"
            | "when"
            | "where"
            | "while"
            | "also"
            | "after"
            | "before"
            | "over"
            | "under"
            | "between"
            | "through"
            | "during"
            | "up"
            | "down"
            | "out"
            | "off"
            | "said"
            | "says"
            | "s"
            | "t"
    )
}

/// Namespaces of the token tagger's hashed features, recorded in its model file.
pub(crate) const TOKEN_NAMESPACE_DESCRIPTION: &str =
    "t: lowercased word (numbers as 0, a party's name as <party>), l:/r: left/right word, L:/R: left/right word pair, \
     x:/y: last/first three characters, c: shape, e: article frequency band, f: word and whether it repeats, \
     g: the 3-gram starting here repeats, q: inside a quotation of a kind, Q: quoted word, \
     k: the word's cluster (64:, 256:, 1024: ids of data/word_clusters.tsv), u:/v: left/right word's 256-cluster (- if none), \
     J:/K: left word and the 256-cluster, the 256-cluster and right word";

/// A quotation of a paragraph: the quoted text's byte range (in the article) and its kind.
pub(crate) type QuotedRange = (Range<usize>, QuoteKind);

/// The word tokens of a paragraph and their feature vectors.
#[derive(Debug, Clone, Default)]
pub(crate) struct ParagraphTokens {
    /// Each word's byte range in the article.
    pub(crate) ranges: Vec<Range<usize>>,
    /// Each word's feature vector.
    pub(crate) vectors: Vec<SparseVector>,
    /// Whether each word is scored ([`is_scored_word`]).
    pub(crate) scored: Vec<bool>,
}

/// One word of a paragraph, as the tagger reads it.
#[derive(Debug, Clone)]
struct TaggedWord {
    /// Byte range in the article.
    range: Range<usize>,
    /// Lowercased text (`0` for numbers, the party placeholder for a party's name).
    normalised: Range<usize>,
    /// `A`, `Aa`, `0`, `a` or `party`.
    shape: &'static str,
    /// The kind of quotation the word is inside, if any.
    quote: Option<QuoteKind>,
    /// Its clusters (from `token_clusters`): a word's features read its neighbours' too.
    clusters: Option<WordClusterIds>,
}

/// The words of a paragraph with everything their features need.
#[derive(Debug, Clone)]
pub(crate) struct ParagraphWords {
    joined: String,
    words: Vec<TaggedWord>,
}

impl ParagraphWords {
    /// The words of the paragraph at `range` of `article_text`, whose tokens (offsets relative to
    /// the paragraph) are `tokens` and their clusters `clusters` (`token_clusters`; empty when
    /// the words' clusters are not needed, as for the encoder's texts).
    fn of(
        article_text: &str,
        range: &Range<usize>,
        tokens: &[ReadToken],
        clusters: &[Option<WordClusterIds>],
        quotes: &[QuotedRange],
    ) -> Self {
        let text = &article_text[range.clone()];
        let mut joined = String::with_capacity(text.len());
        let mut words = Vec::new();
        // Quotations and words are both in text order: one pass over each.
        let mut quotes = quotes.iter().peekable();
        for (position, &read) in tokens.iter().enumerate() {
            let token = read.token;
            let token_text = &text[token.start..token.end];
            let start = joined.len();
            let shape = match token.kind {
                _ if read.is_party_name => {
                    joined.push_str(rhetor_actors::PARTY_PLACEHOLDER);
                    "party"
                }
                TokenKind::Number => {
                    joined.push('0');
                    "0"
                }
                TokenKind::Word => {
                    push_lowercase(&mut joined, token_text);
                    word_shape(token_text)
                }
                TokenKind::Punctuation | TokenKind::Symbol => continue,
            };
            let absolute = range.start + token.start..range.start + token.end;
            while quotes
                .next_if(|(quoted, _)| quoted.end <= absolute.start)
                .is_some()
            {}
            let quote = quotes
                .peek()
                .filter(|(quoted, _)| quoted.start <= absolute.start && absolute.end <= quoted.end)
                .map(|(_, kind)| *kind);
            words.push(TaggedWord {
                range: absolute,
                clusters: clusters.get(position).copied().flatten(),
                normalised: start..joined.len(),
                shape,
                quote,
            });
        }
        Self { joined, words }
    }

    fn text(&self, index: usize) -> &str {
        self.words
            .get(index)
            .map_or("", |word| &self.joined[word.normalised.clone()])
    }

    /// The clusters of word `index`; none for a position outside the paragraph.
    fn clusters(&self, index: usize) -> Option<WordClusterIds> {
        self.words.get(index).and_then(|word| word.clusters)
    }
}

/// The shape of a word: all capitals, capitalised, digit-initial or lower case.
fn word_shape(word: &str) -> &'static str {
    let mut characters = word.chars();
    let first = characters.next();
    if word.chars().count() > 1 && word.chars().all(|character| !character.is_lowercase()) {
        "A"
    } else if first.is_some_and(char::is_uppercase) {
        "Aa"
    } else if first.is_some_and(|character| character.is_ascii_digit()) {
        "0"
    } else {
        "a"
    }
}

/// The first and last `count` characters of `word`.
fn affixes(word: &str, count: usize) -> (&str, &str) {
    let prefix_end = word
        .char_indices()
        .nth(count)
        .map_or(word.len(), |(index, _)| index);
    let suffix_start = word
        .char_indices()
        .rev()
        .nth(count.saturating_sub(1))
        .map_or(0, |(index, _)| index);
    (&word[..prefix_end], &word[suffix_start..])
}

/// The name of a quotation kind in features.
fn quote_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Scare => "scare",
        QuoteKind::Title => "title",
    }
}

/// Calls `visit` with every feature of word `index` and a function that builds its name.
fn for_each_token_feature(
    words: &ParagraphWords,
    index: usize,
    article: &ArticleContext,
    hasher: &FeatureHasher,
    mut visit: impl FnMut(HashedFeature, &dyn Fn() -> String),
) {
    let word = words.text(index);
    let left = if index == 0 { "<s>" } else { words.text(index - 1) };
    let right = if index + 1 >= words.words.len() {
        "</s>"
    } else {
        words.text(index + 1)
    };
    let mut simple = |namespace: u8, name: &str| {
        visit(hasher.hash_feature(namespace, name), &|| {
            format!("{}:{name}", char::from(namespace))
        });
    };
    simple(b't', word);
    simple(b'l', left);
    simple(b'r', right);
    let (prefix, suffix) = affixes(word, 3);
    simple(b'x', suffix);
    simple(b'y', prefix);
    if let Some(tagged) = words.words.get(index) {
        simple(b'c', tagged.shape);
        if let Some(kind) = tagged.quote {
            simple(b'q', quote_name(kind));
        }
    }
    let count = article.word_count(word_hash(word));
    if word.len() >= 4 {
        simple(
            b'e',
            match count {
                0..=1 => "1",
                2 => "2",
                3..=4 => "3-4",
                _ => "5+",
            },
        );
    }
    if index + 2 < words.words.len()
        && article.trigram_repeats(&[word, words.text(index + 1), words.text(index + 2)])
    {
        simple(b'g', "1");
    }
    let middle_cluster = |neighbour: Option<usize>| {
        neighbour
            .and_then(|at| words.clusters(at))
            .map_or("-", |[_, middle, _]| middle)
    };
    let (left_cluster, right_cluster) = (
        middle_cluster(index.checked_sub(1)),
        middle_cluster(Some(index + 1)),
    );
    visit(hasher.hash_feature(b'u', left_cluster), &|| {
        format!("u:{}", describe_cluster(1, left_cluster))
    });
    visit(hasher.hash_feature(b'v', right_cluster), &|| {
        format!("v:{}", describe_cluster(1, right_cluster))
    });
    let clusters = words.clusters(index);
    if let Some(ids) = clusters {
        for (level, (granularity, id)) in ["64:", "256:", "1024:"].into_iter().zip(ids).enumerate() {
            visit(
                hasher.finish_feature(FeatureNameHash::start(b'k').push_str(granularity).push_str(id)),
                &|| format!("k:{granularity}{}", describe_cluster(level, id)),
            );
        }
    }
    let pair = |namespace: u8, first: &str, second: &str| {
        hasher.finish_feature(
            FeatureNameHash::start(namespace)
                .push_str(first)
                .push_bytes(b" ")
                .push_str(second),
        )
    };
    visit(pair(b'L', left, word), &|| format!("L:{left} {word}"));
    visit(pair(b'R', word, right), &|| format!("R:{word} {right}"));
    if let Some([_, middle, _]) = clusters {
        visit(pair(b'J', left, middle), &|| {
            format!("J:{left} {}", describe_cluster(1, middle))
        });
        visit(pair(b'K', middle, right), &|| {
            format!("K:{} {right}", describe_cluster(1, middle))
        });
    }
    if word.len() >= 4 {
        let repeats = if count >= 2 { "2+" } else { "1" };
        visit(pair(b'f', word, repeats), &|| format!("f:{word} {repeats}"));
    }
    if let Some(kind) = words.words.get(index).and_then(|tagged| tagged.quote) {
        let kind = quote_name(kind);
        visit(pair(b'Q', kind, word), &|| format!("Q:{kind} {word}"));
    }
}

/// The words of the paragraph at `range` of `article_text` as the tagger reads them (lower case,
/// numbers as `0`, party names as the placeholder; no punctuation), one per word of
/// [`paragraph_tokens`], in order: what the contextual word model's encoder reads.
pub(crate) fn paragraph_word_texts(
    article_text: &str,
    range: &Range<usize>,
    tokens: &[ReadToken],
) -> Vec<String> {
    let words = ParagraphWords::of(article_text, range, tokens, &[], &[]);
    (0..words.words.len())
        .map(|index| words.text(index).to_owned())
        .collect()
}

/// The highest margin of each label of the contextual word model `model` over the scored words
/// among `words` (as [`paragraph_word_texts`] gives them), whose encoder states are `states`;
/// `None` without a scored word.
pub(crate) fn best_context_margins(
    words: &[String],
    states: &[[f32; rhetor_embed::EMBEDDING_DIMENSION]],
    model: &HiddenLayerNetwork,
) -> Option<Vec<f32>> {
    elementwise_maximum(
        words
            .iter()
            .zip(states)
            .filter(|(word, _)| is_scored_word(word))
            .map(|(_, state)| {
                model.margins(&crate::training::word_state_vector(&crate::quantise_word_state(
                    state,
                )))
            }),
    )
}

/// Each label's highest margin among `margins` (one list per word or sentence; `None` without
/// any): how a paragraph's best unit is read, in training and in analysis alike.
pub(crate) fn elementwise_maximum(margins: impl Iterator<Item = Vec<f32>>) -> Option<Vec<f32>> {
    margins.reduce(|mut best, margins| {
        for (best, margin) in best.iter_mut().zip(margins) {
            *best = best.max(margin);
        }
        best
    })
}

/// The words of the paragraph at `range` of `article_text` and their feature vectors; `tokens`
/// are the paragraph's (offsets relative to it), `clusters` theirs (`token_clusters`), `quotes`
/// its quotations, in text order.
pub(crate) fn paragraph_tokens(
    article_text: &str,
    range: &Range<usize>,
    (tokens, clusters): (&[ReadToken], &[Option<WordClusterIds>]),
    quotes: &[QuotedRange],
    article: &ArticleContext,
    hasher: &FeatureHasher,
) -> ParagraphTokens {
    let words = ParagraphWords::of(article_text, range, tokens, clusters, quotes);
    let mut tokens = ParagraphTokens {
        ranges: Vec::with_capacity(words.words.len()),
        vectors: Vec::with_capacity(words.words.len()),
        scored: Vec::with_capacity(words.words.len()),
    };
    for index in 0..words.words.len() {
        let mut builder = SparseVectorBuilder::with_capacity(16);
        for_each_token_feature(&words, index, article, hasher, |feature, _| {
            builder.add(feature.bucket, feature.sign);
        });
        tokens.vectors.push(builder.finish(Normalisation::None));
        tokens.ranges.push(words.words[index].range.clone());
        tokens.scored.push(is_scored_word(words.text(index)));
    }
    tokens
}

/// The words of a paragraph and the token tagger's margins of each: what
/// [`paragraph_tokens`] and [`LinearModel::margins`] give, without a vector per word.
pub(crate) struct WordMargins {
    /// Each word's byte range in the article.
    pub(crate) ranges: Vec<Range<usize>>,
    /// Word-major: the margins of word `w` are at `w * label_count..(w + 1) * label_count`
    /// (negative infinity for words that are not scored).
    pub(crate) margins: Vec<f32>,
    /// The tagger's labels.
    pub(crate) label_count: usize,
    /// The words, as their features read them (kept to name the features of a best word).
    pub(crate) words: ParagraphWords,
}

impl WordMargins {
    /// Whether word `word` was scored.
    pub(crate) fn is_scored(&self, word: usize) -> bool {
        self.margin(word, 0).is_finite()
    }

    /// The margin of word `word` for token label `label`.
    pub(crate) fn margin(&self, word: usize, label: usize) -> f32 {
        self.margins
            .get(word * self.label_count + label)
            .copied()
            .unwrap_or(f32::NEG_INFINITY)
    }
}

/// The token tagger's margins of every word of a paragraph (arguments as for
/// [`paragraph_tokens`]): what [`paragraph_tokens`] and [`LinearModel::margins`] give, without a
/// vector per word.
pub(crate) fn paragraph_word_margins(
    article_text: &str,
    range: &Range<usize>,
    (tokens, clusters): (&[ReadToken], &[Option<WordClusterIds>]),
    quotes: &[QuotedRange],
    article: &ArticleContext,
    model: &LinearModel,
) -> WordMargins {
    let words = ParagraphWords::of(article_text, range, tokens, clusters, quotes);
    let label_count = model.label_count();
    let hasher = model.feature_hasher();
    let mut margins = Vec::with_capacity(words.words.len() * label_count);
    // A word's features, gathered so that the model fetches their rows together.
    let mut features: Vec<(u32, f32)> = Vec::with_capacity(16);
    for index in 0..words.words.len() {
        if !is_scored_word(words.text(index)) {
            margins.extend(std::iter::repeat_n(f32::NEG_INFINITY, label_count));
            continue;
        }
        let start = margins.len();
        margins.extend_from_slice(model.biases());
        features.clear();
        for_each_token_feature(&words, index, article, &hasher, |feature, _| {
            features.push((feature.bucket, feature.sign));
        });
        model.add_weights(features.iter().copied(), &mut margins[start..]);
    }
    WordMargins {
        ranges: words.words.iter().map(|word| word.range.clone()).collect(),
        margins,
        label_count,
        words,
    }
}

/// Why the token tagger `model` scores word `word_index` of a paragraph's `words` (as
/// [`paragraph_word_margins`] read them) high for its label `label`: the names of the word's
/// features that push the margin up the most, at most `count`.
pub(crate) fn token_evidence(
    words: &ParagraphWords,
    article: &ArticleContext,
    model: &LinearModel,
    (word_index, label): (usize, usize),
    count: usize,
) -> Vec<String> {
    let hasher = model.feature_hasher();
    let mut builder = SparseVectorBuilder::with_capacity(16);
    for_each_token_feature(words, word_index, article, &hasher, |feature, _| {
        builder.add(feature.bucket, feature.sign);
    });
    let buckets: Vec<u32> = model
        .top_features(label, &builder.finish(Normalisation::None), count)
        .into_iter()
        .filter(|&(_, contribution)| contribution > 0.0)
        .map(|(bucket, _)| bucket)
        .collect();
    let mut names: Vec<Option<String>> = vec![None; buckets.len()];
    for_each_token_feature(words, word_index, article, &hasher, |feature, name| {
        if let Some(position) = buckets.iter().position(|&bucket| bucket == feature.bucket) {
            names[position].get_or_insert_with(name);
        }
    });
    names.into_iter().flatten().collect()
}

/// The quotations of `segmentation`-like quote segments as [`QuotedRange`]s.
pub(crate) fn quoted_ranges<'quotes>(
    quotes: impl IntoIterator<Item = &'quotes rhetor_segment::QuoteSegment>,
    offset: usize,
) -> Vec<QuotedRange> {
    quotes
        .into_iter()
        .map(|quote| {
            (
                offset + quote.content.start..offset + quote.content.end,
                quote.kind,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scare_quoted_words_get_the_quote_features_and_affixes_respect_characters() {
        let text = "They call it \"independent\" media.";
        let segmentation = rhetor_segment::segment(text);
        let quotes = quoted_ranges(&segmentation.quotes, 0);
        let hasher = FeatureHasher::new(16).expect("a valid hasher");
        let context = ArticleContext::new(text);
        let read = rhetor_actors::tokens_with_party_names(text);
        let clusters = crate::features::token_clusters(text, &read);
        let tokens = paragraph_tokens(
            text,
            &(0..text.len()),
            (&read, &clusters),
            &quotes,
            &context,
            &hasher,
        );
        assert_eq!(tokens.ranges.len(), 5);
        let independent = tokens
            .ranges
            .iter()
            .position(|range| &text[range.clone()] == "independent")
            .expect("the quoted word is a token");
        let scare = hasher.hash_feature(b'q', "scare").bucket;
        assert!(tokens.vectors[independent].indices().contains(&scare));
        assert!(!tokens.vectors[0].indices().contains(&scare));
        assert_eq!(affixes("élan", 3), ("éla", "lan"));
        assert_eq!(affixes("ab", 3), ("ab", "ab"));
    }
}
