//! Properties of the whole pipeline that the CLI relies on: a document's analysis does not
//! depend on the other documents of its batch (the CLI analyses batches in parallel with rayon,
//! see `crates/cli/src/document_batches.rs`), and whitespace inserted at the start of a
//! paragraph moves every later span by exactly its length and changes no finding.

use proptest::prelude::*;
use rayon::prelude::*;
use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_schema::{Analysis, Document, Span};

/// Fragments of statements that give every stage something to find.
const FRAGMENTS: &[&str] = &[
    "The United States",
    " Armenia",
    " Azerbaijan's occupation",
    " condemns",
    " did not attack",
    " should withdraw",
    " its troops",
    " said that",
    " Mr. Aliyev",
    " Antony Blinken",
    " we ",
    " the so-called \"elections\"",
    " “peace”",
    " 1,000 civilians",
    " in 2020",
    ". ",
    "? ",
    ", ",
    "\n",
    "\n\n",
    " Ереван",
];

/// Texts made of fragments.
fn statements() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..30)
        .prop_map(|fragments| fragments.concat())
}

/// Every span of an analysis, in a fixed order.
fn spans(analysis: &Analysis) -> Vec<&Span> {
    let mut spans: Vec<&Span> = Vec::new();
    spans.extend(analysis.paragraphs.iter().map(|paragraph| &paragraph.span));
    spans.extend(analysis.sentences.iter().map(|sentence| &sentence.span));
    spans.extend(
        analysis
            .quotes
            .iter()
            .flat_map(|quote| [&quote.span, &quote.content]),
    );
    spans.extend(analysis.quotes.iter().filter_map(|quote| quote.cue.as_ref()));
    spans.extend(analysis.actors.iter().flat_map(|actor| actor.mentions.iter()));
    spans.extend(analysis.events.iter().map(|event| &event.trigger));
    spans.extend(analysis.techniques.iter().map(|technique| &technique.span));
    spans.extend(analysis.claims.iter().map(|claim| &claim.span));
    spans.extend(analysis.stances.iter().flat_map(|stance| stance.evidence.iter()));
    spans
}

/// `analysis` with every span at or after `at` moved by `by` bytes and its text set to `text`,
/// for comparing with the analysis of `text`.
fn shifted(analysis: &Analysis, at: usize, by: usize, text: &str) -> Analysis {
    let mut shifted = analysis.clone();
    shifted.text = text.to_owned();
    let move_span = |span: &mut Span| {
        if span.start >= at {
            span.start += by;
            span.end += by;
        }
    };
    shifted
        .paragraphs
        .iter_mut()
        .for_each(|paragraph| move_span(&mut paragraph.span));
    shifted
        .sentences
        .iter_mut()
        .for_each(|sentence| move_span(&mut sentence.span));
    for quote in &mut shifted.quotes {
        move_span(&mut quote.span);
        move_span(&mut quote.content);
        quote.cue.iter_mut().for_each(move_span);
    }
    for actor in &mut shifted.actors {
        actor.mentions.iter_mut().for_each(move_span);
    }
    shifted
        .events
        .iter_mut()
        .for_each(|event| move_span(&mut event.trigger));
    shifted
        .techniques
        .iter_mut()
        .for_each(|technique| move_span(&mut technique.span));
    shifted
        .claims
        .iter_mut()
        .for_each(|claim| move_span(&mut claim.span));
    for stance in &mut shifted.stances {
        stance.evidence.iter_mut().for_each(move_span);
    }
    for diagnostic in &mut shifted.diagnostics {
        diagnostic.span.iter_mut().for_each(move_span);
    }
    shifted
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn a_document_is_analysed_the_same_alone_and_in_a_parallel_batch(
        texts in proptest::collection::vec(statements(), 1..6)
    ) {
        let options = AnalyzeOptions::default();
        let documents: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(index, text)| Document::new(format!("doc-{index}"), text.clone()))
            .collect();
        let alone: Vec<Analysis> = documents.iter().cloned().map(|document| analyze(document, &options)).collect();
        let in_batch: Vec<Analysis> = documents
            .to_vec()
            .into_par_iter()
            .map(|document| analyze(document, &options))
            .collect();
        prop_assert_eq!(&in_batch, &alone);
        // The other way round, so that no state left by one document reaches the next.
        let reversed: Vec<Analysis> = documents.into_iter().rev().map(|document| analyze(document, &options)).collect();
        prop_assert!(reversed.into_iter().rev().eq(alone));
    }

    #[test]
    fn whitespace_at_a_paragraph_start_shifts_every_later_span(
        text in statements(),
        paragraph in 0usize..6,
        whitespace in "[ \t]{1,4}",
    ) {
        let options = AnalyzeOptions::default();
        let before = analyze(Document::new("shift", text.clone()), &options);
        let Some(at) = before
            .paragraphs
            .get(paragraph % before.paragraphs.len().max(1))
            .map(|paragraph| paragraph.span.start)
        else {
            return Ok(());
        };
        let shifted_text = format!("{}{whitespace}{}", &text[..at], &text[at..]);
        let after = analyze(Document::new("shift", shifted_text.clone()), &options);
        for span in spans(&after) {
            prop_assert!(span.slices(&after.text), "{:?} does not slice the text", span);
        }
        prop_assert_eq!(after, shifted(&before, at, whitespace.len(), &shifted_text));
    }
}
