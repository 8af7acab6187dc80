//! The whole pipeline on arbitrary text: it never panics, and every span it emits slices the
//! text to its own text. Segmentation has its own, finer properties; these cover the stages after
//! it (actors, events, stance, claims, techniques, frames), which read what segmentation found.

use proptest::prelude::*;
use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_schema::{Document, Span};

/// Fragments that stress the stages: names, pronouns, triggers, negations, quotes, odd characters.
const FRAGMENTS: &[&str] = &[
    "The United States",
    " Armenia's ",
    "we ",
    "We ",
    " its ",
    " this country ",
    "Washington ",
    "condemns ",
    "did not ",
    "should ",
    "said that ",
    "according to ",
    "\"",
    "“",
    "”",
    "'",
    "so-called ",
    "occupation ",
    " of ",
    " by ",
    ", which ",
    ", but ",
    ". ",
    "? ",
    "\n",
    "\n\n",
    "Mr. ",
    "U.S. ",
    "ə",
    "Ереван",
    "🙂",
    "\u{202e}",
    "\u{200b}",
    "3.5 ",
    "1,000 ",
    "(",
    ")",
    ";",
    "—",
    "…",
    "Antony Blinken ",
    "He ",
    "the Secretary ",
];

fn spans_of(analysis: &rhetor_schema::Analysis) -> Vec<&Span> {
    let mut spans: Vec<&Span> = Vec::new();
    spans.extend(analysis.paragraphs.iter().map(|paragraph| &paragraph.span));
    spans.extend(analysis.sentences.iter().map(|sentence| &sentence.span));
    spans.extend(
        analysis
            .quotes
            .iter()
            .flat_map(|quote| [&quote.span, &quote.content]),
    );
    spans.extend(analysis.actors.iter().flat_map(|actor| actor.mentions.iter()));
    spans.extend(analysis.events.iter().map(|event| &event.trigger));
    spans.extend(analysis.techniques.iter().map(|technique| &technique.span));
    spans.extend(analysis.claims.iter().map(|claim| &claim.span));
    spans.extend(analysis.stances.iter().flat_map(|stance| stance.evidence.iter()));
    spans
}

fn check(text: String) {
    let analysis = analyze(Document::new("property", text), &AnalyzeOptions::default());
    for span in spans_of(&analysis) {
        assert!(
            span.slices(&analysis.text),
            "{span:?} does not slice {:?}",
            analysis.text
        );
    }
    for stance in &analysis.stances {
        assert!((-1.0..=1.0).contains(&stance.score), "{stance:?}");
    }
    for claim in &analysis.claims {
        assert!((0.0..=1.0).contains(&claim.score), "{claim:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_and_spans_slice(text in "\\PC{0,300}") {
        check(text);
    }

    #[test]
    fn mixes_of_tricky_fragments_never_panic_and_spans_slice(
        pieces in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..60)
    ) {
        check(pieces.concat());
    }
}
