//! The offset contract of `segment`, checked on arbitrary strings, on random mixes of tricky
//! fragments, and on inputs built to provoke quadratic behaviour.

use proptest::prelude::*;
use rhetor_segment::{segment, split_paragraphs, tokenize, Segmentation};

/// Whether `character` is one of the characters the contract trims from paragraphs and sentences.
fn is_trimmed(character: char) -> bool {
    character.is_whitespace() || matches!(character, '\u{FEFF}' | '\u{200B}')
}

/// Asserts that `range` is a non-empty, trimmed range of `text` on character boundaries.
fn assert_trimmed_range(text: &str, range: &std::ops::Range<usize>, what: &str) {
    assert!(range.start < range.end, "empty {what} {range:?}");
    let slice = text
        .get(range.clone())
        .unwrap_or_else(|| panic!("{what} {range:?} is not a slice of the text"));
    let first = slice.chars().next().unwrap_or(' ');
    let last = slice.chars().next_back().unwrap_or(' ');
    assert!(
        !is_trimmed(first) && !is_trimmed(last),
        "{what} {range:?} is not trimmed: {slice:?}"
    );
}

/// Asserts every invariant of the offset contract of `segmentation`, the segmentation of `text`.
fn assert_contract(text: &str, segmentation: &Segmentation) {
    let mut previous_end = 0;
    let mut next_sentence = 0;
    for (index, paragraph) in segmentation.paragraphs.iter().enumerate() {
        assert_trimmed_range(text, &paragraph.range, "paragraph");
        assert!(
            paragraph.range.start >= previous_end,
            "paragraphs overlap or are out of order"
        );
        previous_end = paragraph.range.end;
        assert_eq!(
            paragraph.sentences.start, next_sentence,
            "paragraph sentences do not tile"
        );
        assert!(
            paragraph.sentences.end > paragraph.sentences.start,
            "paragraph without sentences"
        );
        next_sentence = paragraph.sentences.end;
        for sentence in &segmentation.sentences[paragraph.sentences.clone()] {
            assert_eq!(sentence.paragraph, index);
            assert!(
                paragraph.range.start <= sentence.range.start && sentence.range.end <= paragraph.range.end,
                "sentence {:?} outside paragraph {:?}",
                sentence.range,
                paragraph.range
            );
        }
    }
    assert_eq!(
        next_sentence,
        segmentation.sentences.len(),
        "paragraph sentences do not cover the sentences"
    );

    let mut previous_end = 0;
    let mut next_token = 0;
    for sentence in &segmentation.sentences {
        assert_trimmed_range(text, &sentence.range, "sentence");
        assert!(
            sentence.range.start >= previous_end,
            "sentences overlap or are out of order"
        );
        previous_end = sentence.range.end;
        assert_eq!(sentence.tokens.start, next_token, "sentence tokens do not tile");
        assert!(
            sentence.tokens.end > sentence.tokens.start,
            "sentence without tokens"
        );
        next_token = sentence.tokens.end;
        for token in &segmentation.tokens[sentence.tokens.clone()] {
            assert!(
                sentence.range.start <= token.start && token.end <= sentence.range.end,
                "token outside sentence"
            );
        }
    }
    assert_eq!(
        next_token,
        segmentation.tokens.len(),
        "sentence tokens do not cover the tokens"
    );

    let mut previous_end = 0;
    for token in &segmentation.tokens {
        assert!(token.start < token.end, "empty token");
        assert!(token.start >= previous_end, "tokens overlap or are out of order");
        previous_end = token.end;
        let slice = text
            .get(token.start..token.end)
            .expect("a token is a slice of the text");
        assert!(
            !slice.chars().any(char::is_whitespace),
            "token {slice:?} holds whitespace"
        );
    }

    let mut previous_start = 0;
    for quote in &segmentation.quotes {
        assert!(
            text.get(quote.range.clone()).is_some(),
            "quote {:?} is not a slice",
            quote.range
        );
        assert!(
            text.get(quote.content.clone()).is_some(),
            "content {:?} is not a slice",
            quote.content
        );
        assert!(!quote.content.is_empty(), "empty quotation content");
        assert!(quote.range.start <= quote.content.start && quote.content.end <= quote.range.end);
        assert!(quote.range.start >= previous_start, "quotes out of order");
        previous_start = quote.range.start;
        let sentence = &segmentation.sentences[quote.sentence];
        assert!(sentence.range.start <= quote.range.start && quote.range.start < sentence.range.end);
        let paragraph = &segmentation.paragraphs[sentence.paragraph];
        assert!(paragraph.range.start <= quote.range.start && quote.range.end <= paragraph.range.end);
        if let Some(cue) = &quote.cue {
            assert!(text.get(cue.clone()).is_some(), "cue {cue:?} is not a slice");
        }
    }
    for diagnostic in &segmentation.diagnostics {
        if let Some(span) = &diagnostic.span {
            assert!(
                span.slices(text),
                "diagnostic span {span:?} does not slice the text"
            );
        }
    }
}

/// Segments `text`, checks the contract, and checks that the public helpers agree with `segment`.
fn check(text: &str) {
    let segmentation = segment(text);
    assert_contract(text, &segmentation);
    assert_eq!(
        tokenize(text),
        segmentation.tokens,
        "tokenize disagrees with segment"
    );
    assert_eq!(split_paragraphs(text).len(), segmentation.paragraphs.len());
}

/// Fragments that exercise every rule at its edges.
const FRAGMENTS: &[&str] = &[
    "U.S.",
    "Mr.",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "‘",
    "…",
    "...",
    "ə",
    "Ереван",
    "🙂",
    "👍🏽",
    "\r\n",
    "\n\n",
    "\r",
    "\n",
    "(",
    ")",
    "[",
    "]",
    "3.5",
    " ",
    " ",
    " ",
    "The",
    "said",
    "the",
    ".",
    "?",
    "!",
    ",",
    ":",
    "so-called",
    "«",
    "»",
    "。",
    "J.",
    "etc.",
    "a.m.",
    "1.",
    "\t",
    "e.g.",
    "D.C.",
    "\u{200B}",
    "\u{FEFF}",
    "\u{200F}",
    "\u{0}",
    "\u{85}",
    "\u{2029}",
    "\u{301}",
    "\u{200D}",
    "don't",
    "'90s",
    "Jan.",
    "5",
    "-",
    "—",
    "Baku",
    "Ağdam",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_keep_the_contract(characters in proptest::collection::vec(any::<char>(), 0..300)) {
        check(&characters.into_iter().collect::<String>());
    }

    #[test]
    fn mixes_of_tricky_fragments_keep_the_contract(
        fragments in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..120)
    ) {
        check(&fragments.concat());
    }

    #[test]
    fn ascii_soup_keeps_the_contract(bytes in proptest::collection::vec(0u8..128, 0..600)) {
        check(&String::from_utf8(bytes).expect("ASCII is UTF-8"));
    }
}

#[test]
fn a_one_megabyte_single_line_is_segmented() {
    let text = "The U.S. envoy, Mr. Smith, said \"peace is near\" at 10 a.m. on Jan. 5. ".repeat(14_000);
    let segmentation = segment(&text);
    assert_contract(&text, &segmentation);
    assert_eq!(segmentation.paragraphs.len(), 1);
    assert_eq!(segmentation.sentences.len(), 14_000);
}

#[test]
fn a_ten_thousand_character_word_is_one_token() {
    let text = format!("It is {}. Next.", "a".repeat(10_000));
    let segmentation = segment(&text);
    assert_contract(&text, &segmentation);
    assert_eq!(segmentation.tokens.len(), 6);
}

#[test]
fn a_hundred_thousand_unmatched_quotes_stay_linear() {
    for mark in ["“", "\"", "‘", "'", "(", "« "] {
        let text = format!("Word {}", mark.repeat(100_000));
        let segmentation = segment(&text);
        assert_contract(&text, &segmentation);
    }
}

#[test]
fn deeply_nested_quotes_and_brackets_stay_linear() {
    let text = format!("{} core {}.", "“‘( ".repeat(30_000), " )’”".repeat(30_000));
    let segmentation = segment(&text);
    assert_contract(&text, &segmentation);
    assert_eq!(segmentation.quotes.len(), 60_000);
}

#[test]
fn many_initialisms_and_periods_stay_linear() {
    let text = format!("{} {}", "U.S.".repeat(50_000), ". ".repeat(100_000));
    assert_contract(&text, &segment(&text));
    let text = "a.".repeat(200_000);
    assert_contract(&text, &segment(&text));
}

#[test]
fn many_short_lines_stay_linear() {
    let text = "x\n".repeat(200_000) + &"word word word word word word word word.\n".repeat(20_000);
    assert_contract(&text, &segment(&text));
}

#[test]
fn the_empty_text_has_nothing() {
    let segmentation = segment("");
    assert!(segmentation.paragraphs.is_empty() && segmentation.tokens.is_empty());
    assert_eq!(segment(" \n\u{FEFF}\u{200B}\r\n "), Segmentation::default());
}
