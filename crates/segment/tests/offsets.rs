//! Properties of segmentation offsets beyond the contract of `contract.rs`: nothing but blank
//! characters falls between the sentences of a paragraph, so the sentences and the gaps between
//! them give the paragraph back; and whitespace inserted at the start of a paragraph moves every
//! later range by exactly its length and changes nothing else.

use std::ops::Range;

use proptest::prelude::*;
use rhetor_segment::{segment, Segmentation};

/// The characters that separate tokens and are trimmed from sentences (the segmenter's blank
/// characters): whitespace, control characters and invisible formatting marks.
fn is_blank(character: char) -> bool {
    character.is_whitespace()
        || character.is_control()
        || matches!(
            character,
            '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
        )
}

/// Fragments of statements with the characters that decide sentence ends and paragraphs.
const FRAGMENTS: &[&str] = &[
    "The Ministry condemns the attack",
    "Mr. Smith",
    "U.S.",
    " said",
    " \"We will respond.\"",
    " “peace”",
    " 'so-called'",
    ". ",
    "? ",
    "! ",
    "… ",
    ", ",
    " (see p. 5) ",
    "3.5",
    " Baku",
    " Ереван",
    " 🙂",
    "\u{200B}",
    "\u{FEFF}",
    "\u{A0}",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    " etc. ",
    " e.g. ",
    "—",
    "They",
];

/// Texts made of fragments.
fn statements() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..40)
        .prop_map(|fragments| fragments.concat())
}

/// Every range of a segmentation, in a fixed order, for comparing two segmentations.
fn all_ranges(segmentation: &Segmentation) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for paragraph in &segmentation.paragraphs {
        ranges.push(paragraph.range.clone());
    }
    for sentence in &segmentation.sentences {
        ranges.push(sentence.range.clone());
    }
    ranges.extend(segmentation.tokens.iter().map(|token| token.start..token.end));
    for quote in &segmentation.quotes {
        ranges.push(quote.range.clone());
        ranges.push(quote.content.clone());
        ranges.extend(quote.cue.clone());
    }
    ranges.extend(
        segmentation
            .diagnostics
            .iter()
            .filter_map(|diagnostic| diagnostic.span.as_ref().map(|span| span.start..span.end)),
    );
    ranges
}

/// Asserts that the sentences of each paragraph, joined with the text between them, are the
/// paragraph, and that the text between them is blank.
fn assert_sentences_rebuild_paragraphs(text: &str) {
    let segmentation = segment(text);
    for paragraph in &segmentation.paragraphs {
        let sentences = &segmentation.sentences[paragraph.sentences.clone()];
        let mut rebuilt = String::new();
        let mut previous_end = paragraph.range.start;
        for sentence in sentences {
            let gap = &text[previous_end..sentence.range.start];
            assert!(
                gap.chars().all(is_blank),
                "non-blank text {gap:?} between sentences of {:?}",
                &text[paragraph.range.clone()]
            );
            rebuilt.push_str(gap);
            rebuilt.push_str(&text[sentence.range.clone()]);
            previous_end = sentence.range.end;
        }
        assert_eq!(
            rebuilt,
            text[paragraph.range.clone()],
            "sentences do not rebuild their paragraph"
        );
    }
}

/// Asserts that inserting `whitespace` before paragraph `paragraph` (an index, taken modulo the
/// number of paragraphs) shifts every range at or after the insertion by its length and leaves
/// the others and the quotation kinds as they were.
fn assert_insertion_shifts(text: &str, paragraph: usize, whitespace: &str) {
    let before = segment(text);
    let Some(at) = before
        .paragraphs
        .get(paragraph % before.paragraphs.len().max(1))
        .map(|paragraph| paragraph.range.start)
    else {
        return;
    };
    let shifted_text = format!("{}{whitespace}{}", &text[..at], &text[at..]);
    let after = segment(&shifted_text);
    let shift = |range: Range<usize>| {
        let move_by = |offset: usize| {
            if offset >= at {
                offset + whitespace.len()
            } else {
                offset
            }
        };
        // A range ending exactly at the insertion point ends before the inserted whitespace.
        let end = if range.end == at && range.start < at {
            range.end
        } else {
            move_by(range.end)
        };
        move_by(range.start)..end
    };
    let expected: Vec<Range<usize>> = all_ranges(&before).into_iter().map(shift).collect();
    assert_eq!(
        all_ranges(&after),
        expected,
        "ranges did not shift by {}",
        whitespace.len()
    );
    let kinds = |segmentation: &Segmentation| -> Vec<_> {
        segmentation.quotes.iter().map(|quote| quote.kind).collect()
    };
    assert_eq!(kinds(&after), kinds(&before), "quotation kinds changed");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn sentences_and_gaps_rebuild_paragraphs(text in statements()) {
        assert_sentences_rebuild_paragraphs(&text);
    }

    #[test]
    fn sentences_rebuild_paragraphs_of_arbitrary_strings(text in "\\PC{0,200}") {
        assert_sentences_rebuild_paragraphs(&text);
    }

    #[test]
    fn the_sentence_containing_an_offset_is_the_one_whose_range_holds_it(text in "\\PC{0,200}") {
        let segmentation = segment(&text);
        for offset in 0..=text.len() + 1 {
            let by_search = segmentation
                .sentences
                .iter()
                .find(|sentence| sentence.range.contains(&offset))
                .map(|sentence| sentence.range.clone());
            let found = segmentation
                .sentence_containing(offset)
                .map(|sentence| sentence.range.clone());
            prop_assert_eq!(found, by_search, "offset {}", offset);
        }
    }

    #[test]
    fn whitespace_at_a_paragraph_start_shifts_later_ranges(
        text in statements(),
        paragraph in 0usize..8,
        whitespace in "[ \t\u{A0}]{1,6}",
    ) {
        assert_insertion_shifts(&text, paragraph, &whitespace);
    }
}

#[test]
fn whitespace_before_a_later_paragraph_shifts_only_what_follows() {
    let text = "First \"paragraph\" here.\nSecond one. It has two sentences.";
    assert_insertion_shifts(text, 1, "   ");
    let shifted = segment("First \"paragraph\" here.\n   Second one. It has two sentences.");
    assert_eq!(shifted.paragraphs[1].range.start, 27);
}
