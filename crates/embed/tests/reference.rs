//! Checks the encoder against reference values computed by the verified numpy forward pass
//! (`research/claims/reference_embeddings.py`, stored in `tests/data/minilm_reference.json`):
//! wordpiece ids, 16 components per embedding, norms and pairwise cosines, on sentences with
//! accents, CJK, emoji, curly quotes, control characters, literal special tokens, an over-long
//! word, a text truncated at 256 wordpieces, and empty and blank text.
//!
//! The weights are not in the repository: these tests read them from `RHETOR_MINILM_DIR`
//! (`scripts/fetch-minilm.sh` installs them) and are skipped when it is unset, unless
//! `RHETOR_REQUIRE_MINILM=1`, which makes a missing directory a failure (CI sets both).

use std::path::PathBuf;
use std::sync::OnceLock;

use rhetor_embed::{EmbedError, SentenceEncoder, EMBEDDING_DIMENSION};
use serde_json::Value;

/// Components may differ from numpy's by this much (f32 products summed in another order).
const TOLERANCE: f32 = 1e-4;

struct ReferenceSentence {
    text: String,
    ids: Vec<u32>,
    values: Vec<f32>,
    norm: f32,
}

struct Reference {
    components: Vec<usize>,
    sentences: Vec<ReferenceSentence>,
    cosines: Vec<Vec<f32>>,
}

fn numbers(value: &Value) -> Vec<f64> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|number| number.as_f64().expect("a number"))
        .collect()
}

fn reference() -> Reference {
    let document: Value =
        serde_json::from_str(include_str!("data/minilm_reference.json")).expect("valid JSON");
    let sentences = document["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|sentence| ReferenceSentence {
            text: sentence["text"].as_str().expect("text").to_string(),
            ids: numbers(&sentence["ids"]).iter().map(|&id| id as u32).collect(),
            values: numbers(&sentence["values"]).iter().map(|&v| v as f32).collect(),
            norm: sentence["norm"].as_f64().expect("norm") as f32,
        })
        .collect();
    Reference {
        components: numbers(&document["components"])
            .iter()
            .map(|&index| index as usize)
            .collect(),
        sentences,
        cosines: document["cosines"]
            .as_array()
            .expect("cosines")
            .iter()
            .map(|row| numbers(row).iter().map(|&v| v as f32).collect())
            .collect(),
    }
}

/// The encoder loaded once from `RHETOR_MINILM_DIR`, or `None` (test skipped) when it is unset.
fn encoder() -> Option<&'static SentenceEncoder> {
    static ENCODER: OnceLock<Option<SentenceEncoder>> = OnceLock::new();
    ENCODER
        .get_or_init(|| {
            let required = std::env::var("RHETOR_REQUIRE_MINILM").is_ok_and(|value| value == "1");
            match std::env::var_os("RHETOR_MINILM_DIR").filter(|value| !value.is_empty()) {
                Some(directory) => Some(
                    SentenceEncoder::load(&PathBuf::from(directory))
                        .unwrap_or_else(|error| panic!("cannot load the weights: {error}")),
                ),
                None if required => {
                    panic!("RHETOR_REQUIRE_MINILM=1 but RHETOR_MINILM_DIR is not set")
                }
                None => {
                    eprintln!("skipped: set RHETOR_MINILM_DIR (scripts/fetch-minilm.sh)");
                    None
                }
            }
        })
        .as_ref()
}

#[test]
fn wordpiece_ids_equal_the_reference_tokenizer() {
    let Some(encoder) = encoder() else { return };
    for sentence in reference().sentences {
        assert_eq!(
            encoder.tokenizer().encode(&sentence.text, 256),
            sentence.ids,
            "ids of {:?}",
            sentence.text
        );
    }
}

#[test]
fn embeddings_match_the_numpy_reference() {
    let Some(encoder) = encoder() else { return };
    let reference = reference();
    let texts: Vec<&str> = reference.sentences.iter().map(|s| s.text.as_str()).collect();
    let embeddings = encoder.embed(&texts);
    assert_eq!(embeddings.len(), texts.len());
    let mut largest_difference = 0.0_f32;
    for (embedding, sentence) in embeddings.iter().zip(&reference.sentences) {
        for (&component, &expected) in reference.components.iter().zip(&sentence.values) {
            let difference = (embedding[component] - expected).abs();
            largest_difference = largest_difference.max(difference);
            assert!(
                difference <= TOLERANCE,
                "component {component} of {:?}: {} vs {expected}",
                sentence.text,
                embedding[component]
            );
        }
        let norm = embedding.iter().map(|v| v * v).sum::<f32>().sqrt();
        assert!((norm - sentence.norm).abs() <= 1e-5, "norm {norm}");
    }
    for (first, row) in reference.cosines.iter().enumerate() {
        for (second, &expected) in row.iter().enumerate() {
            let cosine: f32 = embeddings[first]
                .iter()
                .zip(&embeddings[second])
                .map(|(a, b)| a * b)
                .sum();
            let difference = (cosine - expected).abs();
            largest_difference = largest_difference.max(difference);
            assert!(
                difference <= TOLERANCE,
                "cosine of sentences {first} and {second}: {cosine} vs {expected}"
            );
        }
    }
    eprintln!("largest difference from the numpy reference: {largest_difference:e}");
}

#[test]
fn paraphrases_are_closer_than_unrelated_sentences() {
    let Some(encoder) = encoder() else { return };
    let embeddings = encoder.embed(&[
        "The unemployment rate fell to 4 percent last year.",
        "Joblessness dropped to four per cent in 2019.",
        "A monkey is playing drums.",
    ]);
    let cosine = |a: &[f32; EMBEDDING_DIMENSION], b: &[f32; EMBEDDING_DIMENSION]| -> f32 {
        a.iter().zip(b).map(|(x, y)| x * y).sum()
    };
    assert!(cosine(&embeddings[0], &embeddings[1]) > 0.5);
    assert!(cosine(&embeddings[0], &embeddings[2]) < 0.2);
}

#[test]
fn an_embedding_does_not_depend_on_the_other_texts_of_the_call() {
    let Some(encoder) = encoder() else { return };
    // Over 256 tokens in all, so the texts are spread over several stacked groups.
    let sentences = reference().sentences;
    let texts: Vec<&str> = sentences.iter().map(|s| s.text.as_str()).collect();
    let together = encoder.embed(&texts);
    for (text, embedding) in texts.iter().zip(&together) {
        assert_eq!(&encoder.embed(&[text])[0], embedding, "{text:?}");
    }
    let reversed: Vec<&str> = texts.iter().rev().copied().collect();
    let mut reversed_embeddings = encoder.embed(&reversed);
    reversed_embeddings.reverse();
    assert_eq!(reversed_embeddings, together);
    assert!(encoder.embed(&[]).is_empty());
}

#[test]
fn word_states_give_each_word_a_unit_vector_that_depends_on_its_context() {
    let Some(encoder) = encoder() else { return };
    let charged = ["these", "traitors", "want", "to", "destroy", "our", "nation"];
    let neutral = ["these", "officials", "want", "to", "review", "our", "budget"];
    // Over 256 wordpieces: the text is read in several windows, and no word is lost.
    let long: Vec<&str> = std::iter::repeat_n(neutral, 60).flatten().collect();
    let texts = vec![
        charged.to_vec(),
        neutral.to_vec(),
        Vec::new(),
        vec!["\u{0}"],
        long.clone(),
    ];
    let states = encoder.word_states(&texts);
    assert_eq!(
        states.iter().map(Vec::len).collect::<Vec<_>>(),
        texts.iter().map(Vec::len).collect::<Vec<_>>()
    );
    let norm = |state: &[f32; EMBEDDING_DIMENSION]| state.iter().map(|v| v * v).sum::<f32>().sqrt();
    for state in states
        .iter()
        .flatten()
        .filter(|state| state.iter().any(|&v| v != 0.0))
    {
        assert!((norm(state) - 1.0).abs() < 1e-4);
    }
    // A word with no wordpiece (a control character) has the zero vector.
    assert!(states[3][0].iter().all(|&v| v == 0.0));
    // The same word in another sentence has another state, and a window boundary is no word's.
    assert_ne!(states[0][0], states[1][0]);
    assert!(states[4].iter().all(|state| (norm(state) - 1.0).abs() < 1e-4));
    // A text's states do not depend on the other texts of the call.
    assert_eq!(encoder.word_states(&[long])[0], states[4]);
    assert_eq!(encoder.word_states(&[charged.to_vec()])[0], states[0]);
}

#[test]
fn word_states_sum_the_top_layers() {
    let Some(encoder) = encoder() else { return };
    let texts = vec![vec![
        "these", "traitors", "want", "to", "destroy", "our", "nation",
    ]];
    let summed = encoder.word_states(&texts);
    assert_eq!(
        encoder.word_states_of_top_layers(&texts, rhetor_embed::WORD_STATE_LAYERS),
        summed
    );
    let last_layer = encoder.word_states_of_top_layers(&texts, 1);
    let every_layer = encoder.word_states_of_top_layers(&texts, 6);
    let cosine = |first: &[f32; EMBEDDING_DIMENSION], second: &[f32; EMBEDDING_DIMENSION]| -> f32 {
        first.iter().zip(second).map(|(a, b)| a * b).sum()
    };
    for ((summed, last), every) in summed[0].iter().zip(&last_layer[0]).zip(&every_layer[0]) {
        // Other layers give other, still related, unit vectors; more than the encoder's six
        // layers is all of them.
        let similarity = cosine(summed, last);
        assert!(similarity < 0.999 && similarity > 0.3, "{similarity}");
        assert!((cosine(last, last) - 1.0).abs() < 1e-4);
        assert_ne!(summed, every);
    }
    assert_eq!(encoder.word_states_of_top_layers(&texts, 60), every_layer);
}

#[test]
fn a_directory_without_weights_is_not_installed() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let error = SentenceEncoder::load(directory.path()).expect_err("no weights there");
    assert!(matches!(error, EmbedError::NotInstalled { .. }));
    assert!(error.to_string().contains("scripts/fetch-minilm.sh"));
}

#[test]
fn a_corrupt_weights_file_is_a_format_error() {
    let directory = tempfile::tempdir().expect("temporary directory");
    std::fs::write(directory.path().join("model.safetensors"), b"not safetensors").expect("write weights");
    std::fs::write(directory.path().join("vocab.txt"), "[PAD]\n[UNK]\n[CLS]\n[SEP]\n")
        .expect("write vocabulary");
    let error = SentenceEncoder::load(directory.path()).expect_err("corrupt weights");
    assert!(matches!(error, EmbedError::Format { .. }), "{error}");
}
