//! The features of a paragraph or sentence for persuasion techniques, shared by training and
//! inference so that the two cannot drift apart.
//!
//! A unit (paragraph or sentence) has two blocks, each L2-normalised on its own so that neither
//! drowns the other:
//!
//! - **words** (`w:`, `b:`): lowercased word and punctuation unigrams and bigrams (numbers as `0`);
//! - **cues** (`h:`): counts of hand-written cues (scare quotes, `?`, `!`, second person,
//!   ALL-CAPS, absolutes, "what about", hypocrisy, flag-waving, fear, doubt, name-calling, ...,
//!   and repetition of a word 3-gram found elsewhere in the article), `log(1 + count)`-scaled.
//!
//! The paragraph model also sees the **article context** (`a:`): the article's lowercased words,
//! L2-normalised and weighted by [`ARTICLE_WEIGHT`]. Because the blocks are added, not normalised
//! together, the context's contribution to a paragraph's score is the same for every paragraph of
//! an article, and inference computes it once per document.

use rhetor_linear::{FeatureHasher, Normalisation, SparseVector, SparseVectorBuilder};
use rhetor_schema::TokenKind;
use rustc_hash::FxHashMap;

/// The weight of the article-context block relative to the paragraph's own words (the research
/// measured 0.5 as the best of the weights it tried).
pub(crate) const ARTICLE_WEIGHT: f32 = 0.5;

/// The weight of the cue block: cues are few, so their counts are not normalised, only scaled
/// down so that one cue weighs about as much as a few words.
const CUE_WEIGHT: f32 = 0.5;

/// Namespaces of the hashed features, recorded in the model files.
pub(crate) const NAMESPACE_DESCRIPTION: &str =
    "w: lowercased word or punctuation (numbers as 0), b: pair of consecutive w tokens, \
     h: hand-written cue (log(1+count)), a: lowercased word of the whole article (paragraph model only)";

/// What a unit's features need to know about the article it belongs to.
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleContext {
    /// How often each word 3-gram (by the FNV-1a hash of its text) occurs in the article.
    trigram_counts: FxHashMap<u64, u32>,
}

impl ArticleContext {
    /// The context of the article `text`.
    pub(crate) fn new(text: &str) -> Self {
        let words = lowercased_words(text);
        let mut trigram_counts: FxHashMap<u64, u32> = FxHashMap::default();
        for window in words.windows(3) {
            *trigram_counts.entry(trigram_hash(window)).or_insert(0) += 1;
        }
        Self { trigram_counts }
    }
}

/// The article-context block of `text`: its lowercased words, L2-normalised, times
/// [`ARTICLE_WEIGHT`].
pub(crate) fn article_block(text: &str, hasher: &FeatureHasher) -> SparseVector {
    let mut builder = SparseVectorBuilder::new();
    for word in lowercased_words(text) {
        hasher.add_feature(&mut builder, b'a', &word, 1.0);
    }
    scaled(&builder.finish(Normalisation::L2), ARTICLE_WEIGHT)
}

/// Where a unit sits, for the cues that depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UnitPosition {
    /// The unit is (in) the first paragraph, usually the title.
    pub(crate) in_first_paragraph: bool,
}

/// Collects the names of the features a unit fires, by bucket, to explain a decision.
pub(crate) type FeatureNames = FxHashMap<u32, String>;

/// The feature vector of one unit (paragraph or sentence) of an article: its word block plus its
/// cue block. When `names` is given, the name of the first feature seen in each bucket is
/// recorded there (`w:so-called`, `h:scare_quote`).
pub(crate) fn unit_features(
    text: &str,
    article: &ArticleContext,
    position: UnitPosition,
    hasher: &FeatureHasher,
    mut names: Option<&mut FeatureNames>,
) -> SparseVector {
    let tokens = rhetor_segment::tokenize(text);
    let mut word_block = SparseVectorBuilder::new();
    let mut cues = CueCounts::default();
    let mut add_word_feature = |builder: &mut SparseVectorBuilder, namespace: u8, name: &str| {
        let feature = hasher.hash_feature(namespace, name);
        builder.add(feature.bucket, feature.sign);
        if let Some(names) = names.as_deref_mut() {
            names
                .entry(feature.bucket)
                .or_insert_with(|| format!("{}:{name}", char::from(namespace)));
        }
    };

    let mut previous = String::from("<s>");
    let mut words: Vec<String> = Vec::with_capacity(tokens.len());
    let mut open_quote: Option<usize> = None;
    for token in &tokens {
        let token_text = &text[token.start..token.end];
        let normalised = match token.kind {
            TokenKind::Number => "0".to_owned(),
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
                token_text.to_lowercase()
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
                token_text.to_owned()
            }
        };
        add_word_feature(&mut word_block, b'w', &normalised);
        add_word_feature(&mut word_block, b'b', &format!("{previous} {normalised}"));
        if token.kind == TokenKind::Word {
            for category in word_categories(&normalised) {
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
            words.push(normalised.clone());
        }
        previous = normalised;
    }
    add_word_feature(&mut word_block, b'b', &format!("{previous} </s>"));

    for pair in words.windows(2) {
        if let Some(category) = phrase_category(&pair[0], &pair[1]) {
            cues.add(category);
        }
    }
    for window in words.windows(3) {
        if matches!(
            (window[0].as_str(), window[1].as_str(), window[2].as_str()),
            ("at", "the", "same") | ("double", "standard", _) | ("end", "of", "story")
        ) {
            cues.add(if window[0] == "end" {
                "conversation_killer"
            } else {
                "hypocrisy"
            });
        }
        // Repetition: a 3-gram that occurs more than once in the article.
        if article
            .trigram_counts
            .get(&trigram_hash(window))
            .is_some_and(|&count| count >= 2)
        {
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

    let mut cue_block = SparseVectorBuilder::new();
    for (cue, count) in cues.counts {
        let value = (1.0 + count as f32).ln();
        let feature = hasher.hash_feature(b'h', cue);
        cue_block.add(feature.bucket, feature.sign * value);
        if let Some(names) = names.as_deref_mut() {
            names.entry(feature.bucket).or_insert_with(|| format!("h:{cue}"));
        }
    }
    add_vectors(&[
        &word_block.finish(Normalisation::L2),
        &scaled(&cue_block.finish(Normalisation::None), CUE_WEIGHT),
    ])
}

/// The sum of `vectors`.
pub(crate) fn add_vectors(vectors: &[&SparseVector]) -> SparseVector {
    let mut builder = SparseVectorBuilder::new();
    for vector in vectors {
        for (bucket, value) in vector.iter() {
            builder.add(bucket, value);
        }
    }
    builder.finish(Normalisation::None)
}

/// `vector` times `factor`.
fn scaled(vector: &SparseVector, factor: f32) -> SparseVector {
    let mut builder = SparseVectorBuilder::new();
    for (bucket, value) in vector.iter() {
        builder.add(bucket, value * factor);
    }
    builder.finish(Normalisation::None)
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

/// The lowercased words and numbers of `text`, numbers as `0`.
fn lowercased_words(text: &str) -> Vec<String> {
    rhetor_segment::tokenize(text)
        .iter()
        .filter_map(|token| match token.kind {
            TokenKind::Word => Some(text[token.start..token.end].to_lowercase()),
            TokenKind::Number => Some("0".to_owned()),
            TokenKind::Punctuation | TokenKind::Symbol => None,
        })
        .collect()
}

/// The FNV-1a hash of three words joined by spaces, without building the string.
fn trigram_hash(words: &[String]) -> u64 {
    let mut bytes: Vec<u8> = Vec::with_capacity(32);
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            bytes.push(b' ');
        }
        bytes.extend_from_slice(word.as_bytes());
    }
    rhetor_linear::fnv1a_64(&bytes)
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
        let _ = unit_features(
            text,
            &ArticleContext::new(text),
            position,
            &hasher,
            Some(&mut names),
        );
        names.values().any(|name| name == &format!("h:{cue}"))
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
        let vector = unit_features(
            "Corrupt elites lie.",
            &ArticleContext::default(),
            position,
            &hasher,
            Some(&mut names),
        );
        assert!(vector.indices().iter().all(|bucket| names.contains_key(bucket)));
        let corrupt = hasher.hash_feature(b'w', "corrupt").bucket;
        assert_eq!(names.get(&corrupt).map(String::as_str), Some("w:corrupt"));
        let empty = unit_features("", &ArticleContext::default(), position, &hasher, None);
        assert!(!empty.is_empty());
        assert!(!article_block("Some words here.", &hasher).is_empty());
    }
}
