//! The measurement that chose the near-duplicate parameters of `rhetor-store`.
//!
//! ```sh
//! cargo run --release -p rhetor-store --example near_duplicate_measurement -- \
//!     ../shared/data/corpora/statements_state_dept_pr.jsonl ../shared/data/corpora/statements_ungdc_2020_2024.jsonl
//! ```
//!
//! For each shingle length it prints (1) the exact Jaccard similarity between each document and
//! synthetic syndicated copies of it (a dateline and boilerplate header and footer, 3% of the words
//! replaced, one paragraph dropped, and all of these together), and (2) the exact similarity of
//! every pair of distinct corpus documents that a permissive LSH finds (64 bands of 2, which finds
//! pairs from about 0.3 up almost surely), as a histogram, with the pairs above 0.3 written to
//! standard error for inspection by eye. The threshold must sit below the synthetic copies and
//! above the unrelated pairs; the LSH bands are then chosen so that a pair at the threshold is a
//! candidate almost surely.

use std::collections::HashMap;
use std::io::BufRead;

use rhetor_store::near_duplicates::{
    candidate_probability, jaccard, word_shingles, MinHashSignature, NEAR_DUPLICATE_THRESHOLD,
};

/// One corpus record: its id and text.
struct Record {
    id: String,
    text: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut records = Vec::new();
    for path in std::env::args().skip(1) {
        let file = std::io::BufReader::new(std::fs::File::open(&path)?);
        for line in file.lines() {
            let value: serde_json::Value = serde_json::from_str(&line?)?;
            if let (Some(id), Some(text)) = (value["id"].as_str(), value["text"].as_str()) {
                records.push(Record {
                    id: id.to_owned(),
                    text: text.to_owned(),
                });
            }
        }
    }
    println!("{} documents", records.len());
    for shingle_words in [3, 5, 8] {
        measure(&records, shingle_words);
    }
    println!("\nLSH candidate probability 1-(1-s^r)^b:");
    for (bands, rows) in [(16, 8), (32, 4), (64, 2)] {
        let row: Vec<String> = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
            .iter()
            .map(|similarity| {
                format!(
                    "s={similarity}: {:.4}",
                    candidate_probability(*similarity, bands, rows)
                )
            })
            .collect();
        println!("  b={bands} r={rows}: {}", row.join("  "));
    }
    Ok(())
}

fn measure(records: &[Record], shingle_words: usize) {
    println!("\n== {shingle_words}-word shingles ==");
    let shingles: Vec<Vec<u64>> = records
        .iter()
        .map(|record| word_shingles(&record.text, shingle_words))
        .collect();

    // (1) Synthetic syndicated copies of every tenth document of at least 100 words.
    let mut random = 0x2545_F491_4F6C_DD1D_u64;
    let mut by_edit: HashMap<&str, Vec<f64>> = HashMap::new();
    for (record, original) in records.iter().zip(&shingles).step_by(10) {
        if record.text.split_whitespace().count() < 100 {
            continue;
        }
        for edit in [
            "boilerplate",
            "3% words replaced",
            "paragraph dropped",
            "all three",
        ] {
            let copy = syndicated_copy(&record.text, edit, &mut random);
            by_edit
                .entry(edit)
                .or_default()
                .push(jaccard(original, &word_shingles(&copy, shingle_words)));
        }
    }
    let mut edits: Vec<_> = by_edit.into_iter().collect();
    edits.sort_by(|first, second| first.0.cmp(second.0));
    for (edit, mut similarities) in edits {
        similarities.sort_by(f64::total_cmp);
        let quantile = |share: f64| similarities[((similarities.len() - 1) as f64 * share) as usize];
        let detected = similarities
            .iter()
            .filter(|similarity| **similarity >= NEAR_DUPLICATE_THRESHOLD)
            .count();
        println!(
            "copy ({edit}, {} documents): min {:.3}  1% {:.3}  5% {:.3}  median {:.3}  at or above {NEAR_DUPLICATE_THRESHOLD}: {:.1}%",
            similarities.len(),
            quantile(0.0),
            quantile(0.01),
            quantile(0.05),
            quantile(0.5),
            100.0 * detected as f64 / similarities.len() as f64
        );
    }

    // (2) Pairs of corpus documents found by a permissive LSH, with their exact similarity.
    let signatures: Vec<Option<MinHashSignature>> = shingles
        .iter()
        .map(|set| MinHashSignature::of_shingles(set, 128))
        .collect();
    let mut buckets: HashMap<i64, Vec<usize>> = HashMap::new();
    for (index, signature) in signatures.iter().enumerate() {
        if let Some(signature) = signature {
            for key in signature.band_keys(2) {
                buckets.entry(key).or_default().push(index);
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = buckets
        .values()
        .flat_map(|members| {
            members.iter().enumerate().flat_map(move |(position, &first)| {
                members[position + 1..].iter().map(move |&second| (first, second))
            })
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut histogram = [0usize; 10];
    let mut worst_estimate_error: f64 = 0.0;
    for &(first, second) in &pairs {
        let exact = jaccard(&shingles[first], &shingles[second]);
        histogram[((exact * 10.0) as usize).min(9)] += 1;
        if let (Some(first_signature), Some(second_signature)) = (&signatures[first], &signatures[second]) {
            worst_estimate_error =
                worst_estimate_error.max((first_signature.estimated_jaccard(second_signature) - exact).abs());
        }
        if exact >= 0.3 {
            eprintln!(
                "k={shingle_words} J={exact:.3} {} | {} || {} | {}",
                records[first].id,
                preview(&records[first].text),
                records[second].id,
                preview(&records[second].text)
            );
        }
    }
    println!("candidate pairs of distinct documents: {}", pairs.len());
    for (bin, count) in histogram.iter().enumerate() {
        println!(
            "  exact J in [{:.1}, {:.1}): {count}",
            bin as f64 / 10.0,
            (bin + 1) as f64 / 10.0
        );
    }
    println!("  largest |estimate - exact| over these pairs (128 hashes): {worst_estimate_error:.3}");
}

/// The first 80 characters of a text on one line.
fn preview(text: &str) -> String {
    text.chars()
        .take(80)
        .map(|character| if character.is_whitespace() { ' ' } else { character })
        .collect()
}

/// A deterministic pseudo-random number (xorshift64*).
fn next_random(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

/// A syndicated copy of `text` with one kind of edit (or all of them).
fn syndicated_copy(text: &str, edit: &str, random: &mut u64) -> String {
    let all = edit == "all three";
    let mut body = text.to_owned();
    if edit == "paragraph dropped" || all {
        let paragraphs: Vec<&str> = body.split("\n\n").collect();
        if paragraphs.len() > 2 {
            let dropped = (next_random(random) as usize) % paragraphs.len();
            body = paragraphs
                .iter()
                .enumerate()
                .filter(|(index, _)| *index != dropped)
                .map(|(_, paragraph)| *paragraph)
                .collect::<Vec<_>>()
                .join("\n\n");
        }
    }
    if edit == "3% words replaced" || all {
        body = body
            .split(' ')
            .map(|word| {
                if next_random(random) % 100 < 3 {
                    "edited".to_owned()
                } else {
                    word.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
    if edit == "boilerplate" || all {
        body = format!(
            "GENEVA, 12 March (Wire Service) -- The following statement was issued today and is \
             reproduced in full for our readers.\n\n{body}\n\nFor more information, contact the \
             press office. This release is distributed by the wire service on behalf of the \
             issuer, which is solely responsible for its content. Subscribe to receive our \
             daily digest of official statements."
        );
    }
    body
}
