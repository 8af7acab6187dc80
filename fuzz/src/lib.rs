//! The invariants that every fuzz target checks, shared so that each target states only what it
//! feeds in.
//!
//! Each check panics with a message naming the broken invariant: under libFuzzer a panic is a
//! crash, saved with its input under `fuzz/artifacts/<target>/`.

use std::ops::Range;

use rhetor_ingest::{read_documents_from_reader, IngestOptions, InputFormat};
use rhetor_schema::{Analysis, Document, Span};
use rhetor_segment::Segmentation;

/// The largest document the targets let ingestion accept: big enough for any fuzz input, small
/// enough that the limit itself is exercised by `-max_len` values above it.
pub const MAX_DOCUMENT_BYTES: usize = 1 << 20;

/// Reads `data` as one input of `format`, the way `rhetor analyze -` reads standard input, with
/// invalid UTF-8 replaced (so that arbitrary bytes reach the stages after ingestion), and returns
/// every document read; errors are allowed (that is what bad input yields) but must end the
/// stream in a bounded number of items.
pub fn ingest(data: &[u8], format: InputFormat) -> Vec<Document> {
    let options = IngestOptions {
        lossy: true,
        max_document_bytes: MAX_DOCUMENT_BYTES,
        format,
    };
    let line_count = data.iter().filter(|&&byte| byte == b'\n').count() + 1;
    let mut documents = Vec::new();
    let mut items = 0;
    for item in read_documents_from_reader("fuzz-input", std::io::Cursor::new(data.to_vec()), options) {
        items += 1;
        assert!(
            items <= line_count,
            "the stream yielded more items than the input has lines"
        );
        if let Ok(document) = item {
            check_document(&document);
            documents.push(document);
        }
    }
    documents
}

/// Checks an ingested document: every diagnostic span slices its text.
pub fn check_document(document: &Document) {
    for diagnostic in &document.diagnostics {
        if let Some(span) = &diagnostic.span {
            assert_span(&document.text, span, "ingest diagnostic");
        }
    }
}

/// Asserts that `span` is a span of `text` that carries its own text.
pub fn assert_span(text: &str, span: &Span, what: &str) {
    assert!(
        span.slices(text),
        "{what} span {}..{} {:?} does not slice the text",
        span.start,
        span.end,
        span.text
    );
}

/// Asserts that `range` is a non-empty range of `text` on character boundaries.
fn assert_range(text: &str, range: &Range<usize>, what: &str) {
    assert!(range.start < range.end, "empty {what} {range:?}");
    assert!(
        text.get(range.clone()).is_some(),
        "{what} {range:?} is not a slice of the text"
    );
}

/// Whether `inner` lies within `outer`.
fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// Checks the offset contract of `rhetor_segment::segment` (see its crate docs): ranges on
/// character boundaries, each level ordered and without overlap, tokens in sentences in
/// paragraphs with index ranges that tile, quotations inside their paragraph with their content
/// and cue inside the text.
pub fn check_segmentation(text: &str, segmentation: &Segmentation) {
    let mut previous_end = 0;
    let mut next_sentence = 0;
    for (index, paragraph) in segmentation.paragraphs.iter().enumerate() {
        assert_range(text, &paragraph.range, "paragraph");
        assert!(paragraph.range.start >= previous_end, "paragraphs overlap");
        previous_end = paragraph.range.end;
        assert_eq!(
            paragraph.sentences.start, next_sentence,
            "paragraph sentences do not tile"
        );
        assert!(!paragraph.sentences.is_empty(), "paragraph without sentences");
        next_sentence = paragraph.sentences.end;
        let sentences = segmentation
            .sentences
            .get(paragraph.sentences.clone())
            .unwrap_or_else(|| {
                panic!(
                    "paragraph sentence indexes {:?} out of bounds",
                    paragraph.sentences
                )
            });
        for sentence in sentences {
            assert_eq!(sentence.paragraph, index, "sentence names the wrong paragraph");
            assert!(
                contains(&paragraph.range, &sentence.range),
                "sentence outside its paragraph"
            );
        }
    }
    assert_eq!(
        next_sentence,
        segmentation.sentences.len(),
        "paragraphs miss sentences"
    );

    let mut previous_end = 0;
    let mut next_token = 0;
    for sentence in &segmentation.sentences {
        assert_range(text, &sentence.range, "sentence");
        assert!(sentence.range.start >= previous_end, "sentences overlap");
        previous_end = sentence.range.end;
        assert_eq!(sentence.tokens.start, next_token, "sentence tokens do not tile");
        assert!(!sentence.tokens.is_empty(), "sentence without tokens");
        next_token = sentence.tokens.end;
        let tokens = segmentation
            .tokens
            .get(sentence.tokens.clone())
            .unwrap_or_else(|| panic!("sentence token indexes {:?} out of bounds", sentence.tokens));
        for token in tokens {
            assert!(
                contains(&sentence.range, &(token.start..token.end)),
                "token outside its sentence"
            );
        }
    }
    assert_eq!(next_token, segmentation.tokens.len(), "sentences miss tokens");

    let mut previous_end = 0;
    for token in &segmentation.tokens {
        assert_range(text, &(token.start..token.end), "token");
        assert!(token.start >= previous_end, "tokens overlap");
        previous_end = token.end;
    }

    let mut previous_start = 0;
    for quote in &segmentation.quotes {
        assert_range(text, &quote.range, "quotation");
        assert_range(text, &quote.content, "quotation content");
        assert!(
            contains(&quote.range, &quote.content),
            "content outside its quotation"
        );
        assert!(quote.range.start >= previous_start, "quotations out of order");
        previous_start = quote.range.start;
        let sentence = segmentation
            .sentences
            .get(quote.sentence)
            .unwrap_or_else(|| panic!("quotation sentence {} out of bounds", quote.sentence));
        assert!(
            contains(&sentence.range, &(quote.range.start..quote.range.start + 1)),
            "quotation does not open in its sentence"
        );
        let paragraph = &segmentation.paragraphs[sentence.paragraph];
        assert!(
            contains(&paragraph.range, &quote.range),
            "quotation outside its paragraph"
        );
        if let Some(cue) = &quote.cue {
            assert_range(text, cue, "quotation cue");
        }
    }
    for diagnostic in &segmentation.diagnostics {
        if let Some(span) = &diagnostic.span {
            assert_span(text, span, "segmentation diagnostic");
        }
    }
}

/// Checks an analysis: every span of every finding slices [`Analysis::text`]; paragraphs and
/// sentences are ordered, nested and tile; scores are in their ranges; every finding points at
/// a sentence or paragraph that exists.
pub fn check_analysis(analysis: &Analysis) {
    let text = analysis.text.as_str();
    let mut next_sentence = 0;
    let mut previous_end = 0;
    for (index, paragraph) in analysis.paragraphs.iter().enumerate() {
        assert_span(text, &paragraph.span, "paragraph");
        assert!(paragraph.span.start >= previous_end, "paragraphs overlap");
        previous_end = paragraph.span.end;
        assert_eq!(
            paragraph.first_sentence, next_sentence,
            "paragraph sentences do not tile"
        );
        next_sentence += paragraph.sentence_count;
        let sentences = analysis
            .sentences
            .get(paragraph.first_sentence..next_sentence)
            .unwrap_or_else(|| panic!("paragraph {index} names sentences that do not exist"));
        for sentence in sentences {
            assert_eq!(sentence.paragraph, index, "sentence names the wrong paragraph");
            assert!(
                contains(&paragraph.span.range(), &sentence.span.range()),
                "sentence outside its paragraph"
            );
        }
    }
    assert_eq!(
        next_sentence,
        analysis.sentences.len(),
        "paragraphs miss sentences"
    );
    let mut previous_end = 0;
    for sentence in &analysis.sentences {
        assert_span(text, &sentence.span, "sentence");
        assert!(sentence.span.start >= previous_end, "sentences overlap");
        previous_end = sentence.span.end;
    }
    for quote in &analysis.quotes {
        assert_span(text, &quote.span, "quotation");
        assert_span(text, &quote.content, "quotation content");
        assert!(
            quote.sentence < analysis.sentences.len(),
            "quotation names no sentence"
        );
        if let Some(cue) = &quote.cue {
            assert_span(text, cue, "quotation cue");
        }
    }
    for actor in &analysis.actors {
        for mention in &actor.mentions {
            assert_span(text, mention, "actor mention");
        }
    }
    for event in &analysis.events {
        assert_span(text, &event.trigger, "event trigger");
        assert!(
            (0.0..=1.0).contains(&event.confidence),
            "event confidence {}",
            event.confidence
        );
    }
    for technique in &analysis.techniques {
        assert_span(text, &technique.span, "technique");
        assert!(
            (0.0..=1.0).contains(&technique.confidence),
            "technique confidence {}",
            technique.confidence
        );
    }
    for claim in &analysis.claims {
        assert_span(text, &claim.span, "claim");
        assert!((0.0..=1.0).contains(&claim.score), "claim score {}", claim.score);
    }
    for stance in &analysis.stances {
        assert!(
            (-1.0..=1.0).contains(&stance.score),
            "stance score {}",
            stance.score
        );
        for evidence in &stance.evidence {
            assert_span(text, evidence, "stance evidence");
        }
    }
    for frame in &analysis.frames {
        assert!(
            (0.0..=1.0).contains(&frame.confidence),
            "frame confidence {}",
            frame.confidence
        );
    }
    for diagnostic in &analysis.diagnostics {
        if let Some(span) = &diagnostic.span {
            assert_span(text, span, "diagnostic");
        }
    }
}
