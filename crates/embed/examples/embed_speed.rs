//! Encoding speed on one thread: embeds the first 500 sentences of the CheckThat! 2024
//! check-worthiness dev set and prints sentences per CPU-second (the research numpy forward pass
//! does 41).
//!
//! ```text
//! RHETOR_MINILM_DIR=~/.cache/rhetor/all-MiniLM-L6-v2 \
//!     cargo run --release -p rhetor-embed --example embed_speed [TSV]
//! ```
//! TSV defaults to `../shared/data/checkworthiness/CT24_checkworthy_english_dev.tsv` beside the
//! repository. CPU time is read from `/proc/self/stat` (Linux); elsewhere only wall time is shown.

use std::path::PathBuf;
use std::time::Instant;

use rhetor_embed::{SentenceEncoder, MAXIMUM_TOKENS};

const SENTENCES: usize = 500;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args_os().nth(1).map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/data/checkworthiness/CT24_checkworthy_english_dev.tsv")
        },
        PathBuf::from,
    );
    let table =
        std::fs::read_to_string(&path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    // Columns: Sentence_id, Text, class_label; the text may be quoted with doubled quotes.
    let sentences: Vec<String> = table
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').nth(1))
        .map(
            |text| match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
                Some(quoted) => quoted.replace("\"\"", "\""),
                None => text.to_string(),
            },
        )
        .take(SENTENCES)
        .collect();
    let texts: Vec<&str> = sentences.iter().map(String::as_str).collect();

    let load_start = Instant::now();
    let encoder = SentenceEncoder::load_default()?;
    println!(
        "loaded the encoder in {:.2} s",
        load_start.elapsed().as_secs_f64()
    );
    let tokens: usize = texts
        .iter()
        .map(|text| encoder.tokenizer().encode(text, MAXIMUM_TOKENS).len())
        .sum();
    let single_thread = rayon::ThreadPoolBuilder::new().num_threads(1).build()?;
    single_thread.install(|| encoder.embed(&texts[..texts.len().min(20)]));

    let cpu_before = process_cpu_seconds();
    let wall_start = Instant::now();
    let embeddings = single_thread.install(|| encoder.embed(&texts));
    let wall = wall_start.elapsed().as_secs_f64();
    let cpu = process_cpu_seconds()
        .zip(cpu_before)
        .map(|(after, before)| after - before);

    println!(
        "{} sentences ({:.1} tokens each on average), {} dimensions, one thread",
        embeddings.len(),
        tokens as f64 / texts.len().max(1) as f64,
        embeddings.first().map_or(0, |embedding| embedding.len())
    );
    println!(
        "wall {wall:.2} s: {:.1} sentences/s",
        embeddings.len() as f64 / wall
    );
    if let Some(cpu) = cpu.filter(|&cpu| cpu > 0.0) {
        println!(
            "cpu  {cpu:.2} s: {:.1} sentences per CPU-second",
            embeddings.len() as f64 / cpu
        );
    }

    // Callers that embed one sentence per call lose the stacking of texts into groups.
    let one_by_one = &texts[..texts.len().min(100)];
    let cpu_before = process_cpu_seconds();
    let wall_start = Instant::now();
    for text in one_by_one {
        single_thread.install(|| encoder.embed(&[text]));
    }
    let wall = wall_start.elapsed().as_secs_f64();
    let cpu = process_cpu_seconds()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    println!(
        "one text per call, first {} sentences: wall {wall:.2} s, {:.1} sentences/s{}",
        one_by_one.len(),
        one_by_one.len() as f64 / wall,
        cpu.filter(|&cpu| cpu > 0.0).map_or(String::new(), |cpu| format!(
            ", {:.1} sentences per CPU-second",
            one_by_one.len() as f64 / cpu
        ))
    );
    Ok(())
}

/// User plus system CPU time of this process, from `/proc/self/stat` (in clock ticks of 1/100 s,
/// the value of `CLK_TCK` on Linux), or `None` where that file does not exist.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let after_name = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    Some((user + system) / 100.0)
}
