//! The command line as clap parses it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Lays out the anatomy of political statements: sentences, quotations, actors, events,
/// persuasion techniques and check-worthy claims, each with its evidence span.
#[derive(Debug, Parser)]
#[command(name = "rhetor", version, about)]
pub(crate) struct CommandLine {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Analyse statements and print the analysis (rhetor/1 JSON schema, or a readable summary).
    Analyze(AnalyzeArguments),
    /// Measure single-core throughput of ingestion and segmentation on a corpus.
    Bench(BenchArguments),
    /// Evaluate an analyser against gold data and print the benchmark's metrics.
    Eval(EvalArguments),
    /// Train a model from the benchmark data and write the model file that ships in the repo.
    Train(TrainArguments),
    /// Analyse documents and store them in a corpus database (new ids inserted, changed documents
    /// stored as a new version, unchanged ones skipped).
    Ingest(IngestArguments),
    /// Query a corpus database: full-text search, event counts, techniques, claims, near-duplicates,
    /// a consistency check.
    Query(QueryArguments),
    /// Export a corpus database for other tools: events as GDELT-like CSV, any table as JSONL,
    /// every table as Parquet.
    Export(ExportArguments),
    /// Serve the JSON API and the web page: analyse a pasted statement, search and chart a corpus.
    Serve(crate::serve_command::ServeArguments),
}

#[derive(Debug, Args)]
pub(crate) struct IngestArguments {
    #[command(flatten)]
    pub(crate) input: InputArguments,
    /// The corpus database (SQLite); created when absent.
    #[arg(long, value_name = "FILE")]
    pub(crate) db: PathBuf,
    /// Skip bad records and unreadable files, report how many, and go on.
    #[arg(long)]
    pub(crate) skip_bad: bool,
    /// Documents analysed and stored per transaction: what an interrupted ingest loses at most
    /// (a re-run stores it again).
    #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..))]
    pub(crate) commit_every: u32,
    /// Print a line to standard error after every committed transaction; what it reports survives
    /// the death of the process.
    #[arg(long)]
    pub(crate) log_commits: bool,
    /// Analyse with the accurate tier before storing (as `rhetor analyze --accurate`; weights
    /// from `scripts/fetch-minilm.sh`, tens of times slower than the default fast tier).
    #[arg(long)]
    pub(crate) accurate: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArguments {
    /// The corpus database written by `rhetor ingest`.
    #[arg(long, value_name = "FILE")]
    pub(crate) db: PathBuf,
    /// Where to write the export [default: standard output].
    #[arg(long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    #[command(subcommand)]
    pub(crate) export: ExportKind,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ExportKind {
    /// Events as CSV in a GDELT-like column layout (only events that happened, unless asked).
    EventsCsv {
        /// Also write negated, demanded, future, hypothetical and questioned events.
        #[arg(long)]
        include_unasserted: bool,
        /// Also write the events of near-duplicate copies of another document.
        #[arg(long)]
        include_near_duplicates: bool,
    },
    /// One table as JSON Lines, one object per row, latest document versions only.
    Jsonl {
        /// The table.
        #[arg(value_enum)]
        table: ExportTableFlag,
    },
    /// Every table as a Parquet file `<table>.parquet` in the `--output` directory (created when
    /// absent), latest document versions only.
    Parquet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportTableFlag {
    /// Documents with their text.
    Documents,
    /// Actors per document.
    Actors,
    /// Events per document.
    Events,
    /// Persuasion techniques per document.
    Techniques,
    /// Claims per document.
    Claims,
    /// Stances per document.
    Stances,
}

#[derive(Debug, Args)]
pub(crate) struct QueryArguments {
    /// The corpus database written by `rhetor ingest`.
    #[arg(long, value_name = "FILE")]
    pub(crate) db: PathBuf,
    #[command(subcommand)]
    pub(crate) query: QueryKind,
}

#[derive(Debug, Subcommand)]
pub(crate) enum QueryKind {
    /// Full-text search (FTS5 syntax: words, "phrases", OR, NOT, prefix*); matches in [brackets].
    Search {
        /// The words to find.
        text: String,
        /// Most documents to list.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Asserted, non-negated events per period, source, target and PLOVER type (near-duplicate
    /// copies left out).
    Events {
        /// The period to group by.
        #[arg(long, value_enum, default_value_t = PeriodFlag::Month)]
        by: PeriodFlag,
    },
    /// Persuasion techniques per document source (near-duplicate copies left out).
    Techniques,
    /// The most check-worthy claims about an actor.
    Claims {
        /// The actor id (`USA`, `USA/GOV`, `org:UN`, ...).
        #[arg(long)]
        actor: String,
        /// Most claims to list.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Documents that are near-duplicates (re-published copies) of another, most similar first.
    Duplicates {
        /// Most documents to list.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Check the database: SQLite's integrity check, no half-written document, rows per table
    /// (exit code 1 when a check fails).
    Check,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PeriodFlag {
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
}

#[derive(Debug, Args)]
pub(crate) struct TrainArguments {
    #[command(subcommand)]
    pub(crate) analyser: TrainAnalyser,
}

#[derive(Debug, Subcommand)]
pub(crate) enum TrainAnalyser {
    /// Check-worthiness, from the CheckThat! 2024 English files.
    Claims {
        /// The directory with `CT24_checkworthy_english_{train,dev,dev-test}.tsv`.
        #[arg(long, default_value = "../shared/data/checkworthiness")]
        data: PathBuf,
        /// Where to write the model file (default `crates/claims/model/checkworthiness.rlm`, or
        /// `checkworthiness-accurate.rlm` with `--accurate`).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Train the accurate tier: the sparse features and the all-MiniLM-L6-v2 sentence
        /// embedding (weights from `scripts/fetch-minilm.sh`).
        #[arg(long)]
        accurate: bool,
        /// The accurate tier's cache of sentence embeddings (default
        /// `$XDG_CACHE_HOME/rhetor/checkworthiness-embeddings.bin`); only the sentences missing
        /// from it are embedded.
        #[arg(long)]
        embedding_cache: Option<PathBuf>,
    },
    /// Frames and genre of whole articles, from the SemEval-2023 Task 3 English training data
    /// (subtasks 2 and 1).
    Frames {
        /// The directory with `train-articles-subtask-{1,2}/` and `train-labels-subtask-{1,2}.txt`.
        #[arg(long, default_value = "../shared/data/semeval2023-en")]
        data: PathBuf,
        /// Where to write the model files `frames.rlm` and `genre.rlm`.
        #[arg(long, default_value = "crates/frames/model")]
        output: PathBuf,
    },
    /// Persuasion techniques (fast tier), from the SemEval-2023 Task 3 English training data
    /// (subtask 3, paragraph labels and spans).
    Techniques {
        /// The directory with `techniques.txt`, `train-articles-subtask-3/`,
        /// `train-labels-subtask-3.txt` and `train-labels-subtask-3-spans/`.
        #[arg(long, default_value = "../shared/data/semeval2023-en")]
        data: PathBuf,
        /// Where to write the model files `paragraphs.rlm`, `sentences.rlm` and `tokens.rlm`
        /// (and `embeddings.rlm` and `contexts.rlm` with `--accurate`).
        #[arg(long, default_value = "crates/techniques/model")]
        output: PathBuf,
        /// Also train the accurate tier: a model over each paragraph's all-MiniLM-L6-v2
        /// embedding and one over each word's contextual state (weights from
        /// `scripts/fetch-minilm.sh`) as fifth and sixth stack inputs, scored on the same folds
        /// as the fast tier.
        #[arg(long)]
        accurate: bool,
        /// The accurate tier's cache of paragraph embeddings (default
        /// `$XDG_CACHE_HOME/rhetor/techniques-embeddings.bin`); only the paragraphs missing
        /// from it are embedded. The words' states are cached beside it, in
        /// `techniques-word-states.bin`, and computed again whenever the words changed.
        #[arg(long)]
        embedding_cache: Option<PathBuf>,
        /// Also write the stack inputs of the nested cross-validation to this directory
        /// (`stack-rows.json` and `.f32` files, read by `research/techniques/exp07_stacks.py`),
        /// for trying other stacks and thresholds on the margins training used.
        #[arg(long, value_name = "DIR")]
        stack_rows: Option<PathBuf>,
    },
    /// The event coder's sense model, which retypes cooperative events (support, aid, intent)
    /// by their context, from rhetor's event gold sets.
    EventSenses(EventModelArguments),
    /// The event coder's presence model, which gives each coded event the probability that a
    /// gold annotator codes it and drops the unlikely ones, from rhetor's event gold sets (train
    /// it after the sense model, whose types it reads).
    EventPresence(EventModelArguments),
    /// The event coder's source model, which names among a sentence's actors (and the speaker,
    /// and no one) the source of an event the rules found none for, from rhetor's event gold
    /// sets (train it after the sense model, whose types it reads).
    EventSources(EventModelArguments),
}

/// What the event coder's learned models (`senses.rlm`, `presence.rlm`, `sources.rlm`) are trained from and
/// where they are written.
#[derive(Debug, Args)]
pub(crate) struct EventModelArguments {
    /// The gold files to learn from (`data/gold/events.jsonl`, `data/gold/events-heldoutN.jsonl`);
    /// the N-th given is in cross-validation fold N mod 5.
    #[arg(required = true)]
    pub(crate) gold: Vec<PathBuf>,
    /// Where the JSONL corpora that the gold references are.
    #[arg(long, default_value = "../shared/data/corpora")]
    pub(crate) corpora: PathBuf,
    /// Where to write the model file.
    #[arg(long, default_value = "crates/events/model")]
    pub(crate) output: PathBuf,
}

#[derive(Debug, Args)]
pub(crate) struct EvalArguments {
    #[command(subcommand)]
    pub(crate) analyser: EvalAnalyser,
}

#[derive(Debug, Subcommand)]
pub(crate) enum EvalAnalyser {
    /// Event coding: type, source and target accuracy, and (source, target, type) triples.
    Events {
        /// Gold events: rhetor's JSONL gold (`data/gold/events.jsonl`) or a PETRARCH2
        /// validation file (`.xml`); with several files, each one's figures and then their pooled
        /// figures (every count summed over the files).
        #[arg(required = true)]
        gold: Vec<PathBuf>,
        /// Where the JSONL corpora that the JSONL gold references are.
        #[arg(long, default_value = "../shared/data/corpora")]
        corpora: PathBuf,
        /// Also print each gold event that was missed or got a wrong type, source or target,
        /// with its sentence (JSONL gold only), for tracing the coder's errors.
        #[arg(long)]
        errors: bool,
    },
    /// Neutrality: swaps the names of two parties (Armenia/Azerbaijan, United States/Russia,
    /// Israel/Palestine, Ukraine/Russia) in every statement that names both, analyses both
    /// versions, and prints the shares of techniques and claims unchanged and of events mirrored.
    Symmetry {
        /// JSONL statement corpora.
        #[arg(long, required = true, num_args = 1..)]
        data: Vec<PathBuf>,
        /// Also print this many of the changed findings, for tracing asymmetries.
        #[arg(long, default_value_t = 0)]
        show: usize,
    },
    /// Check-worthiness: F1 of the class `Yes` at the shipped threshold.
    Claims {
        /// A CheckThat! TSV file (`Sentence_id<TAB>Text<TAB>Yes|No`).
        #[arg(long)]
        data: PathBuf,
        /// Evaluate the accurate tier (needs the all-MiniLM-L6-v2 weights from
        /// `scripts/fetch-minilm.sh`).
        #[arg(long)]
        accurate: bool,
    },
    /// Frames and genre: reruns the grouped 5-fold cross-validation on the SemEval-2023 English
    /// training articles with the shipped hyperparameters; prints micro-F1 of the frames,
    /// macro-F1 of the genre and a table per label.
    Frames {
        /// The directory with `train-articles-subtask-{1,2}/` and `train-labels-subtask-{1,2}.txt`.
        #[arg(long, default_value = "../shared/data/semeval2023-en")]
        data: PathBuf,
    },
    /// Persuasion techniques with the shipped models: micro-F1 over paragraph labels (the
    /// official SemEval-2023 subtask-3 metric), macro-F1 and a table per technique. On the
    /// training data itself the figures are optimistic; the cross-validated ones are in the README.
    Techniques {
        /// The articles directory (`article<ID>.txt`, one paragraph per line).
        #[arg(long)]
        articles: PathBuf,
        /// The labels file (`ID<TAB>line<TAB>Technique1,Technique2`).
        #[arg(long)]
        labels: PathBuf,
        /// The span files directory (optional; not needed for the paragraph metric).
        #[arg(long)]
        spans: Option<PathBuf>,
        /// Score the accurate tier (the all-MiniLM-L6-v2 weights from `scripts/fetch-minilm.sh`,
        /// found through `RHETOR_MINILM_DIR`) instead of the fast tier.
        #[arg(long)]
        accurate: bool,
    },
}

/// How to read inputs; shared by every command that reads documents.
#[derive(Debug, Args)]
pub(crate) struct InputArguments {
    /// Files, directories or `-` for standard input. Plain text, HTML and JSONL are recognised by
    /// extension or content.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub(crate) inputs: Vec<String>,
    /// Read every input as this format instead of recognising it.
    #[arg(long, value_enum, default_value_t = InputFormatFlag::Auto)]
    pub(crate) input_format: InputFormatFlag,
    /// Replace invalid UTF-8 by U+FFFD (noted in the diagnostics) instead of failing.
    #[arg(long)]
    pub(crate) lossy: bool,
    /// Largest document accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 32 * 1024 * 1024)]
    pub(crate) max_bytes: usize,
}

#[derive(Debug, Args)]
pub(crate) struct AnalyzeArguments {
    #[command(flatten)]
    pub(crate) input: InputArguments,
    /// Output format [default: text on a terminal, jsonl otherwise].
    #[arg(long, value_enum)]
    pub(crate) format: Option<OutputFormat>,
    /// Skip bad records and unreadable files, report how many, and go on.
    #[arg(long)]
    pub(crate) skip_bad: bool,
    /// Include the tokens of every sentence in JSON output.
    #[arg(long)]
    pub(crate) tokens: bool,
    /// Score claims with the accurate tier (sparse features and the all-MiniLM-L6-v2 sentence
    /// embedding; weights from `scripts/fetch-minilm.sh`, about 100 sentences per second per core),
    /// and find persuasion techniques with theirs (each paragraph's embedding as one more input).
    #[arg(long)]
    pub(crate) accurate: bool,
}

#[derive(Debug, Args)]
pub(crate) struct BenchArguments {
    #[command(flatten)]
    pub(crate) input: InputArguments,
    /// How many times to run each measurement; the fastest run is reported.
    #[arg(long, default_value_t = 3)]
    pub(crate) repeat: usize,
    /// Also time the whole analysis (language identification and assembly of the JSON model).
    #[arg(long)]
    pub(crate) full: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// One pretty-printed JSON value: an object for one document, an array for a corpus.
    Json,
    /// One compact JSON object per line, one line per document, in input order.
    Jsonl,
    /// A readable summary.
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InputFormatFlag {
    /// Recognise each input by extension and content.
    Auto,
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// One JSON object per line with `id` and `text`.
    Jsonl,
}

impl InputArguments {
    /// The inputs as ingestion takes them.
    pub(crate) fn ingest_inputs(&self) -> Vec<rhetor_ingest::Input> {
        self.inputs
            .iter()
            .map(|input| match input.as_str() {
                "-" => rhetor_ingest::Input::Stdin,
                path => rhetor_ingest::Input::Path(PathBuf::from(path)),
            })
            .collect()
    }

    /// The reading options the flags ask for.
    pub(crate) fn ingest_options(&self) -> rhetor_ingest::IngestOptions {
        rhetor_ingest::IngestOptions {
            lossy: self.lossy,
            max_document_bytes: self.max_bytes,
            format: match self.input_format {
                InputFormatFlag::Auto => rhetor_ingest::InputFormat::Auto,
                InputFormatFlag::Text => rhetor_ingest::InputFormat::Text,
                InputFormatFlag::Html => rhetor_ingest::InputFormat::Html,
                InputFormatFlag::Jsonl => rhetor_ingest::InputFormat::Jsonl,
            },
        }
    }
}
