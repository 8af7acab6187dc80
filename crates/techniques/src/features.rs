//! The features of a paragraph or sentence for persuasion techniques, shared by training and
//! inference so that the two cannot drift apart.
//!
//! A unit (paragraph or sentence) has three blocks, each weighed on its own so that none drowns
//! the others:
//!
//! - **words** (`w:`, `b:`): lowercased word and punctuation unigrams and bigrams (numbers as `0`),
//!   L2-normalised;
//! - **cues** (`h:`): counts of hand-written cues (scare quotes, `?`, `!`, second person,
//!   ALL-CAPS, absolutes, "what about", hypocrisy, flag-waving, fear, doubt, name-calling, ...,
//!   and repetition of a word 3-gram found elsewhere in the article), `log(1 + count)`-scaled and
//!   weighted by `CUE_WEIGHT`;
//! - **clusters** (`k:`): each word's cluster among 1,024 (`word_clusters.rs`), L2-normalised and
//!   weighted by `CLUSTER_WEIGHT`, so that a unit whose loaded words were never seen in training
//!   is still read by the words they resemble.
//!
//! The paragraph model also sees the **article context** (`a:`): the article's lowercased words,
//! L2-normalised and weighted by [`ARTICLE_WEIGHT`]. Because the blocks are added, not normalised
//! together, the context's contribution to a paragraph's score is the same for every paragraph of
//! an article, and inference computes it once per document.

use std::ops::Range;

use rhetor_actors::ReadToken;
use rhetor_linear::{
    FeatureHasher, FeatureNameHash, HashedFeature, Normalisation, SparseVector, SparseVectorBuilder,
    FNV1A_64_OFFSET_BASIS, FNV1A_64_PRIME,
};
use rhetor_schema::TokenKind;
use rhetor_segment::push_lowercase;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::word_clusters::{word_clusters, WordClusterIds};

/// The weight of the article-context block relative to the paragraph's own words (the research
/// measured 0.5 as the best of the weights it tried).
pub(crate) const ARTICLE_WEIGHT: f32 = 0.5;

/// The weight of the cue block: cues are few, so their counts are not normalised, only scaled
/// down so that one cue weighs about as much as a few words.
const CUE_WEIGHT: f32 = 0.5;

/// Namespaces of the hashed features, recorded in the model files.
pub(crate) const NAMESPACE_DESCRIPTION: &str =
    "w: lowercased word or punctuation (numbers as 0, a country's or office holder's name as <party>), b: pair of consecutive w tokens, \
     h: hand-written cue (log(1+count)), k: a word's cluster (its 1,024-cluster id in data/word_clusters.tsv), \
     a: lowercased word of the whole article, P:/N: lowercased word of the previous/next \
     paragraph (a:, P: and N: in the paragraph model only)";

/// What a unit's features need to know about the article it belongs to.
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleContext {
    /// How often each word 3-gram (by the FNV-1a hash of its text) occurs in the article.
    trigram_counts: FxHashMap<u64, u32>,
    /// How often each word (by [`word_hash`]) occurs in the article.
    word_counts: FxHashMap<u64, u32>,
}

impl ArticleContext {
    /// The context of the article `text`.
    pub(crate) fn new(text: &str) -> Self {
        Self::of_words(&LowercasedWords::of(text))
    }

    /// The context of an article whose lowercased words are `words`.
    fn of_words(words: &LowercasedWords) -> Self {
        let words: Vec<&str> = words.iter().collect();
        // Sized for every word and 3-gram being distinct, so that the maps never grow.
        let mut trigram_counts: FxHashMap<u64, u32> =
            FxHashMap::with_capacity_and_hasher(words.len(), Default::default());
        let mut word_counts: FxHashMap<u64, u32> =
            FxHashMap::with_capacity_and_hasher(words.len(), Default::default());
        for window in words.windows(3) {
            *trigram_counts.entry(trigram_hash(window)).or_insert(0) += 1;
        }
        for word in &words {
            *word_counts.entry(word_hash(word)).or_insert(0) += 1;
        }
        Self {
            trigram_counts,
            word_counts,
        }
    }

    /// How often the word whose [`word_hash`] is `hash` occurs in the article.
    pub(crate) fn word_count(&self, hash: u64) -> u32 {
        self.word_counts.get(&hash).copied().unwrap_or(0)
    }

    /// Whether the word 3-gram `words` occurs more than once in the article.
    pub(crate) fn trigram_repeats(&self, words: &[&str]) -> bool {
        self.trigram_counts
            .get(&trigram_hash(words))
            .is_some_and(|&count| count >= 2)
    }
}

/// The FNV-1a hash of a lowercased word, the key of an article's word counts.
pub(crate) fn word_hash(word: &str) -> u64 {
    rhetor_linear::fnv1a_64(word.as_bytes())
}

/// The article-context block of `text`: its lowercased words, L2-normalised, times
/// [`ARTICLE_WEIGHT`].
pub(crate) fn article_block(text: &str, hasher: &FeatureHasher) -> SparseVector {
    article_block_of_words(&LowercasedWords::of(text), hasher)
}

/// The [`ArticleContext`] and the [`article_block`] of `text`, from one pass over its words.
pub(crate) fn article_context_and_block(
    text: &str,
    hasher: &FeatureHasher,
) -> (ArticleContext, SparseVector) {
    let words = LowercasedWords::of(text);
    (
        ArticleContext::of_words(&words),
        article_block_of_words(&words, hasher),
    )
}

/// The article-context block of an article whose lowercased words are `words`.
fn article_block_of_words(words: &LowercasedWords, hasher: &FeatureHasher) -> SparseVector {
    let mut builder = SparseVectorBuilder::new();
    for word in words.iter() {
        hasher.add_feature(&mut builder, b'a', word, 1.0);
    }
    builder.finish(Normalisation::L2).scaled(ARTICLE_WEIGHT)
}

/// The weight of a neighbouring paragraph's words relative to the paragraph's own (the research
/// measured 0.5 for the previous and the next paragraph).
pub(crate) const NEIGHBOUR_WEIGHT: f32 = 0.5;

/// The namespace of the previous paragraph's words in the paragraph model.
pub(crate) const PREVIOUS_NAMESPACE: u8 = b'P';

/// The namespace of the next paragraph's words in the paragraph model.
pub(crate) const NEXT_NAMESPACE: u8 = b'N';

/// A paragraph's blocks in its neighbours' vectors of the paragraph model: its lowercased words
/// as the previous paragraph of the next one ([`PREVIOUS_NAMESPACE`]) and as the next paragraph of
/// the previous one ([`NEXT_NAMESPACE`]), each L2-normalised, times [`NEIGHBOUR_WEIGHT`].
/// `tokens` are the paragraph's, with byte offsets into `text`.
pub(crate) fn neighbour_blocks(
    text: &str,
    tokens: &[ReadToken],
    hasher: &FeatureHasher,
) -> (SparseVector, SparseVector) {
    let mut as_previous = SparseVectorBuilder::new();
    let mut as_next = SparseVectorBuilder::new();
    for word in LowercasedWords::of_tokens(text, tokens).iter() {
        hasher.add_feature(&mut as_previous, PREVIOUS_NAMESPACE, word, 1.0);
        hasher.add_feature(&mut as_next, NEXT_NAMESPACE, word, 1.0);
    }
    (
        as_previous.finish(Normalisation::L2).scaled(NEIGHBOUR_WEIGHT),
        as_next.finish(Normalisation::L2).scaled(NEIGHBOUR_WEIGHT),
    )
}

/// Where a unit sits, for the cues that depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UnitPosition {
    /// The unit is (in) the first paragraph, usually the title.
    pub(crate) in_first_paragraph: bool,
}

/// Collects the names of the features a unit fires, by bucket, to explain a decision: the name
/// of the first feature seen in each bucket, for every bucket or only for chosen ones.
#[derive(Debug, Clone, Default)]
pub(crate) struct FeatureNames {
    /// The buckets to name; `None` names every bucket.
    wanted: Option<FxHashSet<u32>>,
    names: FxHashMap<u32, String>,
}

impl FeatureNames {
    /// Names only for `buckets`.
    pub(crate) fn only(buckets: impl IntoIterator<Item = u32>) -> Self {
        Self {
            wanted: Some(buckets.into_iter().collect()),
            names: FxHashMap::default(),
        }
    }

    /// Whether `bucket` gets a name (when a feature lands in it).
    pub(crate) fn is_wanted(&self, bucket: u32) -> bool {
        self.wanted.as_ref().is_none_or(|wanted| wanted.contains(&bucket))
    }

    /// The buckets asked for (none when every bucket is named).
    pub(crate) fn wanted_buckets(&self) -> impl Iterator<Item = u32> + '_ {
        self.wanted.iter().flatten().copied()
    }

    /// The name of `bucket`'s first feature.
    pub(crate) fn get(&self, bucket: u32) -> Option<&str> {
        self.names.get(&bucket).map(String::as_str)
    }

    /// Names `bucket` `name()` unless it has a name or is not wanted; `name` is called only then.
    fn record(&mut self, bucket: u32, name: impl FnOnce() -> String) {
        if self.is_wanted(bucket) {
            self.names.entry(bucket).or_insert_with(name);
        }
    }
}

/// Which block of a unit's vector a feature belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    /// Words and word pairs, L2-normalised.
    Words,
    /// Hand-written cues, scaled by [`CUE_WEIGHT`].
    Cues,
    /// The words' clusters, L2-normalised, scaled by [`CLUSTER_WEIGHT`].
    Clusters,
}

/// The weight of the cluster block (each word's 1,024-cluster, `word_clusters.rs`): chosen by the
/// nested cross-validation of `rhetor train techniques` among 0.5, 1 and 2 (fast tier micro-F1
/// 0.4224, 0.4255 and 0.4278, against 0.4194 without the block; `research/techniques/RESULTS.md`).
/// At 2 the block outweighs the words, and the paragraph and sentence models alone score a little
/// lower than at 1 (0.365 and 0.364 against 0.374 and 0.370) but add more to the stack.
const CLUSTER_WEIGHT: f32 = 2.0;

/// The feature vector of one unit (paragraph or sentence) of an article: its word, cue and
/// cluster blocks, added.
pub(crate) fn unit_features(
    text: &str,
    article: &ArticleContext,
    position: UnitPosition,
    hasher: &FeatureHasher,
) -> SparseVector {
    let tokens = rhetor_actors::tokens_with_party_names(text);
    let clusters = token_clusters(text, &tokens);
    unit_features_of_tokens(text, &tokens, &clusters, article, position, hasher)
}

/// The word clusters of each of `tokens` (of `text`) as the models read them: a word's in lower
/// case, a number's as `0`, none for a party's name or a punctuation mark. A paragraph's are
/// looked up once, for its own features, its sentences' and the token tagger's.
pub(crate) fn token_clusters(text: &str, tokens: &[ReadToken]) -> Vec<Option<WordClusterIds>> {
    let mut lowercase = String::new();
    tokens
        .iter()
        .map(|read| match read.token.kind {
            _ if read.is_party_name => None,
            TokenKind::Number => word_clusters("0"),
            TokenKind::Word => {
                lowercase.clear();
                push_lowercase(&mut lowercase, &text[read.token.start..read.token.end]);
                word_clusters(&lowercase)
            }
            TokenKind::Punctuation | TokenKind::Symbol => None,
        })
        .collect()
}

/// [`unit_features`] of the unit made of `tokens` (as [`rhetor_actors::tokens_with_party_names`]
/// reads them, with byte offsets into `text`) and their `clusters` ([`token_clusters`]): a
/// paragraph's sentences are slices of the paragraph's tokens, so that a paragraph is read once.
pub(crate) fn unit_features_of_tokens(
    text: &str,
    tokens: &[ReadToken],
    clusters: &[Option<WordClusterIds>],
    article: &ArticleContext,
    position: UnitPosition,
    hasher: &FeatureHasher,
) -> SparseVector {
    // A word and a word pair per token.
    let mut word_block = SparseVectorBuilder::with_capacity(tokens.len() * 2 + 2);
    let mut cue_block = SparseVectorBuilder::new();
    let mut cluster_block = SparseVectorBuilder::with_capacity(tokens.len());
    for_each_unit_feature(
        text,
        tokens,
        clusters,
        article,
        position,
        hasher,
        |block, feature, value, _| {
            let builder = match block {
                Block::Words => &mut word_block,
                Block::Cues => &mut cue_block,
                Block::Clusters => &mut cluster_block,
            };
            builder.add(feature.bucket, feature.sign * value);
        },
    );
    word_block
        .finish(Normalisation::L2)
        .plus(&cue_block.finish(Normalisation::None).scaled(CUE_WEIGHT))
        .plus(&cluster_block.finish(Normalisation::L2).scaled(CLUSTER_WEIGHT))
}

/// The positions in `tokens` (in text order) of the tokens that lie inside `range`.
pub(crate) fn tokens_within(tokens: &[ReadToken], range: &Range<usize>) -> Range<usize> {
    let first = tokens.partition_point(|read| read.token.start < range.start);
    let end = tokens.partition_point(|read| read.token.end <= range.end);
    first..end.max(first)
}

/// Records in `names` the name of the first feature of a unit (see [`unit_features`]) seen in
/// each bucket (`w:so-called`, `h:scare_quote`), without building its vector: explaining a
/// decision needs the names of a few buckets, not the vector again.
pub(crate) fn name_unit_features(
    text: &str,
    article: &ArticleContext,
    position: UnitPosition,
    hasher: &FeatureHasher,
    names: &mut FeatureNames,
) {
    let tokens = rhetor_actors::tokens_with_party_names(text);
    let clusters = token_clusters(text, &tokens);
    for_each_unit_feature(
        text,
        &tokens,
        &clusters,
        article,
        position,
        hasher,
        |_, feature, _, name| {
            names.record(feature.bucket, name);
        },
    );
}

/// Calls `visit` with every feature of a unit, in the order the vector adds them: its block,
/// where it is hashed to, its value (before the block's scaling), and a function that builds its
/// name (`w:so-called`), called only by a visitor that wants names.
fn for_each_unit_feature(
    text: &str,
    tokens: &[ReadToken],
    clusters: &[Option<WordClusterIds>],
    article: &ArticleContext,
    position: UnitPosition,
    hasher: &FeatureHasher,
    mut visit: impl FnMut(Block, HashedFeature, f32, &dyn Fn() -> String),
) {
    // A party's name is one placeholder word (in `tokens`), so that the models cannot learn which
    // party a technique is used about (see `rhetor_actors::tokens_with_party_names`).
    let mut cues = CueCounts::default();

    // Every token's normalised form, one after the other in one string (no string per token);
    // `<s>` first, as the first token's predecessor.
    let mut normalised_tokens = String::with_capacity(tokens.len() * 8 + 8);
    normalised_tokens.push_str("<s>");
    let mut previous = 0..normalised_tokens.len();
    // The word pair `previous current` is hashed as the prefix `b:previous ` (hashed once, when
    // `previous` is read) continued with `current`.
    let mut pair_prefix = FeatureNameHash::start(b'b').push_str("<s> ");
    let mut words: Vec<Range<usize>> = Vec::with_capacity(tokens.len());
    let mut open_quote: Option<usize> = None;
    debug_assert_eq!(tokens.len(), clusters.len(), "a cluster entry per token");
    for (read, clusters) in tokens.iter().zip(clusters) {
        let token = read.token;
        let token_text = &text[token.start..token.end];
        let start = normalised_tokens.len();
        match token.kind {
            _ if read.is_party_name => normalised_tokens.push_str(rhetor_actors::PARTY_PLACEHOLDER),
            TokenKind::Number => normalised_tokens.push('0'),
            TokenKind::Word => {
                if token_text.len() >= 2
                    && token_text.chars().all(|character| !character.is_lowercase())
                    && token_text
                        .chars()
                        .filter(|character| character.is_alphabetic())
                        .count()
                        >= 2
                {
                    cues.add("all_caps");
                }
                push_lowercase(&mut normalised_tokens, token_text);
            }
            TokenKind::Punctuation | TokenKind::Symbol => {
                match token_text {
                    "?" => cues.add("question"),
                    "!" => cues.add("exclamation"),
                    "\"" | "“" | "”" | "«" | "»" => {
                        cues.add("quote_mark");
                        // Scare quotes: a quotation of one to three words.
                        match open_quote.take() {
                            Some(words_before) => {
                                let quoted = words.len() - words_before;
                                if (1..=3).contains(&quoted) {
                                    cues.add("scare_quote");
                                }
                            }
                            None => open_quote = Some(words.len()),
                        }
                    }
                    "—" | "–" => cues.add("dash"),
                    ":" => cues.add("colon"),
                    _ => {}
                }
                normalised_tokens.push_str(token_text);
            }
        }
        let current = start..normalised_tokens.len();
        let normalised = &normalised_tokens[current.clone()];
        let previous_text = &normalised_tokens[previous.clone()];
        visit(Block::Words, hasher.hash_feature(b'w', normalised), 1.0, &|| {
            format!("w:{normalised}")
        });
        visit(
            Block::Words,
            hasher.finish_feature(pair_prefix.push_str(normalised)),
            1.0,
            &|| format!("b:{previous_text} {normalised}"),
        );
        if token.kind == TokenKind::Word {
            if let Some([_, _, fine]) = *clusters {
                visit(Block::Clusters, hasher.hash_feature(b'k', fine), 1.0, &|| {
                    format!("k:{}", crate::word_clusters::describe_cluster(2, fine))
                });
            }
            for category in word_categories(normalised) {
                cues.add(category);
            }
            if normalised.len() > 5 && normalised.ends_with("est") {
                cues.add("absolute");
            }
            if normalised.len() > 5 && normalised.ends_with("ly") {
                cues.add("ly_adverb");
            }
        }
        if matches!(token.kind, TokenKind::Word | TokenKind::Number) {
            words.push(current.clone());
        }
        pair_prefix = FeatureNameHash::start(b'b').push_str(normalised).push_bytes(b" ");
        previous = current;
    }
    let previous_text = &normalised_tokens[previous];
    visit(
        Block::Words,
        hasher.finish_feature(pair_prefix.push_str("</s>")),
        1.0,
        &|| format!("b:{previous_text} </s>"),
    );

    let words: Vec<&str> = words.into_iter().map(|range| &normalised_tokens[range]).collect();
    for pair in words.windows(2) {
        if let Some(category) = phrase_category(pair[0], pair[1]) {
            cues.add(category);
        }
    }
    for window in words.windows(3) {
        if matches!(
            (window[0], window[1], window[2]),
            ("at", "the", "same") | ("double", "standard", _) | ("end", "of", "story")
        ) {
            cues.add(if window[0] == "end" {
                "conversation_killer"
            } else {
                "hypocrisy"
            });
        }
        // Repetition: a 3-gram that occurs more than once in the article.
        if article.trigram_repeats(window) {
            cues.add("repeated_trigram");
        }
    }
    cues.add(match words.len() {
        0..=5 => "length_short",
        6..=20 => "length_medium",
        21..=50 => "length_long",
        _ => "length_very_long",
    });
    if position.in_first_paragraph {
        cues.add("title");
    }

    for (cue, count) in cues.counts {
        let value = (1.0 + count as f32).ln();
        visit(Block::Cues, hasher.hash_feature(b'h', cue), value, &|| {
            format!("h:{cue}")
        });
    }
}

/// Counts of cues, in the order they were first seen, so that vectors are reproducible.
#[derive(Debug, Default)]
struct CueCounts {
    counts: Vec<(&'static str, u32)>,
}

impl CueCounts {
    fn add(&mut self, cue: &'static str) {
        match self.counts.iter_mut().find(|(name, _)| *name == cue) {
            Some((_, count)) => *count += 1,
            None => self.counts.push((cue, 1)),
        }
    }
}

/// The lowercased words and numbers of a text (numbers as `0`), one after the other in one
/// string, so that an article's words cost two allocations instead of one per word.
struct LowercasedWords {
    joined: String,
    ranges: Vec<Range<usize>>,
}

impl LowercasedWords {
    /// The lowercased words and numbers of `text`, numbers as `0`, a party's name as
    /// [`rhetor_actors::PARTY_PLACEHOLDER`].
    fn of(text: &str) -> Self {
        Self::of_tokens(text, &rhetor_actors::tokens_with_party_names(text))
    }

    /// The same for the words of `tokens`, with byte offsets into `text`.
    fn of_tokens(text: &str, tokens: &[ReadToken]) -> Self {
        let mut words = Self {
            joined: String::with_capacity(tokens.len() * 8),
            ranges: Vec::with_capacity(tokens.len()),
        };
        for &read in tokens {
            let token = read.token;
            let start = words.joined.len();
            match token.kind {
                _ if read.is_party_name => words.joined.push_str(rhetor_actors::PARTY_PLACEHOLDER),
                TokenKind::Word => push_lowercase(&mut words.joined, &text[token.start..token.end]),
                TokenKind::Number => words.joined.push('0'),
                TokenKind::Punctuation | TokenKind::Symbol => continue,
            }
            words.ranges.push(start..words.joined.len());
        }
        words
    }

    /// The words, in text order.
    fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.ranges.iter().map(|range| &self.joined[range.clone()])
    }
}

/// The FNV-1a hash of three words joined by spaces, without building the string.
fn trigram_hash(words: &[&str]) -> u64 {
    let mut hash = FNV1A_64_OFFSET_BASIS;
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            hash = fnv1a_64_step(hash, b' ');
        }
        for &byte in word.as_bytes() {
            hash = fnv1a_64_step(hash, byte);
        }
    }
    hash
}

/// One step of FNV-1a: the state after `byte`.
fn fnv1a_64_step(state: u64, byte: u8) -> u64 {
    (state ^ u64::from(byte)).wrapping_mul(FNV1A_64_PRIME)
}

/// The cue categories of a single lowercased word. The lists are rhetor's own, written from the
/// SemEval-2023 technique definitions (and the research in `research/techniques/features.py`).
fn word_categories(word: &str) -> &'static [&'static str] {
    match word {
        "you" | "your" | "yours" | "yourself" | "yourselves" => &["second_person"],
        "we" | "our" | "us" | "ours" | "ourselves" => &["first_plural"],
        "nation" | "patriot" | "patriots" | "patriotic" | "homeland" | "motherland" | "fatherland"
        | "flag" | "sovereignty" | "freedom" | "heroes" => &["flag_waving"],
        "threat" | "threats" | "danger" | "dangerous" | "fear" | "afraid" | "terror" | "deadly"
        | "destroy" | "destruction" | "catastrophe" | "catastrophic" | "disaster" | "crisis" | "invasion"
        | "collapse" | "death" | "deaths" | "die" | "kill" | "killed" | "killing" | "attack" | "risk"
        | "warn" | "warned" => &["fear"],
        "never" | "always" | "all" | "every" | "everyone" | "everything" | "nothing" | "nobody"
        | "totally" | "completely" | "absolutely" | "entire" | "huge" | "massive" | "most" | "least"
        | "best" | "worst" | "ever" => &["absolute"],
        "so-called" | "alleged" | "allegedly" | "supposedly" | "supposed" | "questionable" | "suspicious"
        | "apparently" | "doubt" | "doubts" | "claims" | "claimed" | "purported" | "purportedly" => {
            &["doubt"]
        }
        "according" | "expert" | "experts" | "scientist" | "scientists" | "professor" | "dr" | "study"
        | "studies" | "official" | "officials" | "said" | "says" => &["authority"],
        "because" | "therefore" | "thus" | "hence" | "consequently" | "cause" | "caused" | "causes" => {
            &["causal"]
        }
        "either" | "only" | "choice" | "alternative" => &["dilemma"],
        "period" | "enough" | "simply" => &["conversation_killer"],
        "hypocrisy" | "hypocrite" | "hypocrites" | "hypocritical" | "while" | "yet" | "themselves" => {
            &["hypocrisy"]
        }
        "nazi" | "nazis" | "hitler" | "communist" | "communists" | "fascist" | "fascists" | "stalin"
        | "marxist" | "marxists" | "socialist" | "kkk" | "soros" => &["guilt_by_association"],
        "idiot" | "idiots" | "liar" | "liars" | "thug" | "thugs" | "radical" | "radicals" | "leftist"
        | "leftists" | "elite" | "elites" | "globalist" | "globalists" | "puppet" | "regime" | "clown"
        | "crooked" | "corrupt" | "traitor" | "traitors" | "mob" | "snowflake" | "tyrant" | "criminal"
        | "criminals" | "propaganda" => &["name_calling"],
        "everybody" | "majority" | "millions" | "polls" | "poll" | "popular" => &["popularity"],
        _ => &[],
    }
}

/// The cue category of a pair of consecutive lowercased words.
fn phrase_category(first: &str, second: &str) -> Option<&'static str> {
    match (first, second) {
        ("what", "about") | ("how", "about") => Some("what_about"),
        ("instead", "of") => Some("hypocrisy"),
        ("our", "nation" | "country" | "people" | "homeland" | "values" | "children")
        | ("great", "again") => Some("flag_waving"),
        ("so", "called") => Some("doubt"),
        ("no", "choice") | ("or", "else") => Some("dilemma"),
        ("as", "a") | ("due", "to") | ("leads", "to") | ("led", "to") => Some("causal"),
        ("most", "people") => Some("popularity"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_fires(text: &str, cue: &str) -> bool {
        let hasher = FeatureHasher::new(18).expect("a valid hasher");
        let mut names = FeatureNames::default();
        let position = UnitPosition {
            in_first_paragraph: false,
        };
        name_unit_features(text, &ArticleContext::new(text), position, &hasher, &mut names);
        names.names.values().any(|name| name == &format!("h:{cue}"))
    }

    #[test]
    fn hand_cues_fire_on_their_examples() {
        assert!(cue_fires("The \"experts\" were wrong.", "scare_quote"));
        assert!(!cue_fires(
            "He said \"we will build a new bridge across the river\".",
            "scare_quote"
        ));
        assert!(cue_fires("But what about the other side?", "what_about"));
        assert!(cue_fires("But what about the other side?", "question"));
        assert!(cue_fires("This so-called reform is a sham.", "doubt"));
        assert!(cue_fires("Stand up for our nation, patriots!", "flag_waving"));
        assert!(cue_fires("They NEVER tell the TRUTH.", "all_caps"));
        assert!(cue_fires(
            "the same old story and the same old story",
            "repeated_trigram"
        ));
        assert!(!cue_fires("A plain sentence about budgets.", "repeated_trigram"));
    }

    #[test]
    fn names_map_back_to_buckets_and_empty_text_is_fine() {
        let hasher = FeatureHasher::new(16).expect("a valid hasher");
        let mut names = FeatureNames::default();
        let position = UnitPosition {
            in_first_paragraph: true,
        };
        let context = ArticleContext::default();
        let vector = unit_features("Corrupt elites lie.", &context, position, &hasher);
        name_unit_features("Corrupt elites lie.", &context, position, &hasher, &mut names);
        assert!(vector.indices().iter().all(|&bucket| names.get(bucket).is_some()));
        let corrupt = hasher.hash_feature(b'w', "corrupt").bucket;
        assert_eq!(names.get(corrupt), Some("w:corrupt"));
        // Asked for one bucket, the names hold that bucket's name only.
        let mut only_corrupt = FeatureNames::only([corrupt]);
        name_unit_features(
            "Corrupt elites lie.",
            &context,
            position,
            &hasher,
            &mut only_corrupt,
        );
        assert_eq!(only_corrupt.names.len(), 1);
        assert_eq!(only_corrupt.get(corrupt), Some("w:corrupt"));
        let empty = unit_features("", &context, position, &hasher);
        assert!(!empty.is_empty());
        assert!(!article_block("Some words here.", &hasher).is_empty());
    }
}
