//! The analysis of one document: the `rhetor/1` JSON schema.
//!
//! Field order here is the field order of the JSON output, and every field is documented in
//! `docs/schema.md`. Keys that a later stage fills are present from the start, as empty lists, so
//! that consumers can rely on them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Diagnostic, Span};

/// The value of the `schema` field of every analysis this version writes.
pub const SCHEMA_VERSION: &str = "rhetor/1";

/// Everything rhetor found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Always [`SCHEMA_VERSION`].
    pub schema: String,
    /// The document identifier, as ingested.
    pub id: String,
    /// The title, when known.
    pub title: Option<String>,
    /// The publisher, when known.
    pub source: Option<String>,
    /// The publication date, when known (`YYYY`, `YYYY-MM` or `YYYY-MM-DD` when it could be read).
    pub date: Option<String>,
    /// The URL, when known.
    pub url: Option<String>,
    /// Other fields of the input record, verbatim.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, serde_json::Value>,
    /// The text all offsets index.
    pub text: String,
    /// The language of the text.
    pub language: Language,
    /// Paragraphs, in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, in text order; each lies inside one paragraph.
    pub sentences: Vec<Sentence>,
    /// Quotations, in text order.
    pub quotes: Vec<Quote>,
    /// Actors named in the text (filled by the actors stage).
    pub actors: Vec<Actor>,
    /// Coded events (filled by the events stage).
    pub events: Vec<Event>,
    /// Persuasion techniques (filled by the techniques stage).
    pub techniques: Vec<Technique>,
    /// Check-worthy claims (filled by the claims stage).
    pub claims: Vec<Claim>,
    /// The speaker's stance toward each actor (filled by the stance stage).
    pub stances: Vec<Stance>,
    /// Frames of the whole text (filled by the frames stage).
    pub frames: Vec<Frame>,
    /// The genre of the whole text (filled by the frames stage); null until that stage exists.
    #[serde(default)]
    pub genre: Option<Genre>,
    /// What the pipeline noticed about the input, from ingestion on.
    pub diagnostics: Vec<Diagnostic>,
}

/// The language of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-3 code (`eng`, `fra`, `aze`), or `und` when undetermined.
    pub code: String,
    /// English name of the language, or `Undetermined`.
    pub name: String,
    /// Confidence of the identification in `[0, 1]`.
    pub confidence: f64,
}

/// A paragraph: a span of text between blank lines, or one line of a line-per-paragraph text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph's text, without surrounding whitespace.
    #[serde(flatten)]
    pub span: Span,
    /// Index of its first sentence in [`Analysis::sentences`].
    pub first_sentence: usize,
    /// Number of its sentences.
    pub sentence_count: usize,
}

/// A sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence's text, without surrounding whitespace.
    #[serde(flatten)]
    pub span: Span,
    /// Index of its paragraph in [`Analysis::paragraphs`].
    pub paragraph: usize,
    /// Number of its tokens.
    pub token_count: usize,
    /// Its tokens, only when asked for (`rhetor analyze --tokens`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<Token>>,
}

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or periods (`don't`, `so-called`, `U.S.`).
    Word,
    /// Digits, possibly with inner separators (`3.5`, `1,000`, `2021-05-20`).
    Number,
    /// Punctuation (`.`, `,`, `"`, `“`, `(`).
    Punctuation,
    /// Anything else that is not whitespace (symbols, emoji).
    Symbol,
}

/// A token: a word, number, punctuation mark or symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

/// What a quotation is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Reported words of a speaker, introduced by a speech verb or a colon, or a quoted sentence.
    Direct,
    /// A short phrase quoted to distance the writer from it (`"authoritative" reports`).
    Scare,
    /// A name or title in quotation marks (`the "Iron Fist" operation`, `entitled "Peace Now"`).
    Title,
}

/// A quotation: text between matching quotation marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quotation including its marks.
    #[serde(flatten)]
    pub span: Span,
    /// The quoted text, without the marks.
    pub content: Span,
    /// What the quotation is doing.
    pub kind: QuoteKind,
    /// The words that decided the kind (a speech verb, a colon, `so-called`), when there are any.
    pub cue: Option<Span>,
    /// Index of the sentence where the quotation opens.
    pub sentence: usize,
}

/// An actor: a country, organisation, person or group named in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable identifier within the analysis (and, for known entities, across analyses).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `country`, `organisation`, `person` or `group`.
    #[serde(rename = "type")]
    pub actor_type: String,
    /// ISO-3166 alpha-3 code of its country, when it has one.
    pub country: Option<String>,
    /// Sector code (GOV, MIL, NGO, IGO, MED, OPP, REB, CVL, BUS, ...), when known.
    pub sector: Option<String>,
    /// For an office holder of an international organisation, that organisation's actor id
    /// (`org:IAEA` for its Director General), so that what the person does can be counted for
    /// the organisation as a country's officials are counted for their country.
    #[serde(default)]
    pub organisation: Option<String>,
    /// Every place the actor is mentioned.
    pub mentions: Vec<Span>,
}

/// Whether an event is asserted as fact, or demanded, expected, supposed or asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as having happened or happening.
    Asserted,
    /// Demanded, urged or recommended (`should join`).
    Demanded,
    /// Announced for the future (`will send`).
    Future,
    /// Supposed or conditional (`would`, `if`).
    Hypothetical,
    /// Asked about.
    Question,
}

impl Modality {
    /// The schema's spelling of the modality, the same as its JSON form (`asserted`, `demanded`,
    /// `future`, `hypothetical`, `question`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Asserted => "asserted",
            Self::Demanded => "demanded",
            Self::Future => "future",
            Self::Hypothetical => "hypothetical",
            Self::Question => "question",
        }
    }
}

/// A coded event: who does what to whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Actor id of the source, when known.
    pub source: Option<String>,
    /// Actor id of the target, when known.
    pub target: Option<String>,
    /// PLOVER event type (`ACCUSE`, `REQUEST`, `ASSAULT`, ...).
    pub plover: String,
    /// CAMEO code.
    pub cameo: String,
    /// Whether the text says the event did not happen.
    pub negated: bool,
    /// Asserted, demanded, future, hypothetical or question.
    pub modality: Modality,
    /// Actor id of whoever claims the event: the reporter for reported speech (`X said that ...`,
    /// `according to X`), otherwise the speaker of the document; null when unknown.
    pub reported_by: Option<String>,
    /// The words that express the event.
    pub trigger: Span,
    /// Confidence in `[0, 1]`: the learned presence model's probability that a gold annotator
    /// codes an event on this trigger (events under its threshold are not reported); for the
    /// speaker's demand read from a modal (`X should …`), which the model does not judge, the
    /// rules' rough confidence.
    pub confidence: f64,
}

/// A persuasion technique found in a span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Technique {
    /// SemEval-2023 technique id, verbatim (`Loaded_Language`).
    pub technique: String,
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// Confidence in `[0, 1]`.
    pub confidence: f64,
    /// Why: the features that weighed most for it, comma-separated (`w:so-called, h:scare_quote`);
    /// empty in analyses written before the field existed.
    #[serde(default)]
    pub evidence: String,
}

/// A claim a fact-checker may want to check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The claim.
    #[serde(flatten)]
    pub span: Span,
    /// Check-worthiness in `[0, 1]`.
    pub score: f64,
    /// Whether the score passes the shipped threshold.
    pub checkworthy: bool,
    /// What kind of fact the claim asserts: `quantity`, `event`, `attribution`, `legal_status`,
    /// `causal`, or null when none is recognised.
    #[serde(default)]
    pub claim_type: Option<String>,
    /// Ids of the actors the claim is about.
    #[serde(default)]
    pub about: Vec<String>,
}

/// The speaker's stance toward one actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// Actor id.
    pub actor: String,
    /// From -1 (hostile) to 1 (favourable).
    pub score: f64,
    /// The spans that drive the score.
    pub evidence: Vec<Span>,
}

/// The genre of the whole text (SemEval-2023 subtask 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Genre {
    /// `opinion`, `reporting` or `satire`.
    pub genre: String,
    /// Confidence in `[0, 1]`.
    pub confidence: f64,
}

/// A frame of the whole text (SemEval-2023 subtask 2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    /// Frame id, verbatim (`Security_and_defense`).
    pub frame: String,
    /// Confidence in `[0, 1]`.
    pub confidence: f64,
}
