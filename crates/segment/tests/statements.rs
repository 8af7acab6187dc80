//! Whole statements in the genre rhetor reads, segmented end to end.

use rhetor_schema::{DiagnosticCode, QuoteKind};
use rhetor_segment::segment;

/// A statement written for these tests in the style of a community's press statement: one
/// paragraph per line, long sentences, and four phrases in scare quotes.
const STATEMENT: &str = "The Community of Western Azerbaijan strongly condemns the latest statements of the \
Secretary of State on the internal affairs of Azerbaijan.\n\
Over the past years we have not heard a single word about the expulsion of our people. Officials of the \
country did not side with the displaced, but with the occupier.\n\
The same country prepares \"authoritative\" assessments and voices concern about the \"Armenian heritage\" \
in Karabakh. It has lost its authority in our society.\n\
Instead of using the “human rights” agenda and “independent” media as weapons, it should look at its own \
record.";

#[test]
fn a_line_per_paragraph_statement_has_its_paragraphs_and_sentences() {
    let segmentation = segment(STATEMENT);
    assert_eq!(segmentation.paragraphs.len(), 4);
    assert_eq!(segmentation.sentences.len(), 6);
    let sentence_counts: Vec<usize> = segmentation
        .paragraphs
        .iter()
        .map(|paragraph| paragraph.sentences.len())
        .collect();
    assert_eq!(sentence_counts, [1, 2, 2, 1]);
}

#[test]
fn the_statement_quotes_are_all_scare_quotes() {
    let segmentation = segment(STATEMENT);
    let quotes: Vec<(&str, QuoteKind)> = segmentation
        .quotes
        .iter()
        .map(|quote| (&STATEMENT[quote.content.clone()], quote.kind))
        .collect();
    assert_eq!(
        quotes,
        [
            ("authoritative", QuoteKind::Scare),
            ("Armenian heritage", QuoteKind::Scare),
            ("human rights", QuoteKind::Scare),
            ("independent", QuoteKind::Scare),
        ]
    );
    assert!(segmentation
        .quotes
        .iter()
        .all(|quote| quote.sentence < segmentation.sentences.len()));
    assert_eq!(segmentation.quotes[2].sentence, 5);
}

#[test]
fn non_ascii_text_is_sliced_on_character_boundaries() {
    let text =
        "Ереван заявил: «Мы готовы к миру». Bakı isə “sülh” istəyir 🙂. Əməkdaşlıq \u{200F}davam edir…\r\n\
                \u{FEFF}Президент сказал: “Мир — это не лозунг”. 👍🏽 Ağdam’ın bərpası davam edir.";
    let segmentation = segment(text);
    let ranges = segmentation
        .paragraphs
        .iter()
        .map(|paragraph| paragraph.range.clone())
        .chain(
            segmentation
                .sentences
                .iter()
                .map(|sentence| sentence.range.clone()),
        )
        .chain(segmentation.tokens.iter().map(|token| token.start..token.end))
        .chain(
            segmentation
                .quotes
                .iter()
                .flat_map(|quote| [quote.range.clone(), quote.content.clone()]),
        );
    for range in ranges {
        assert!(
            text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
            "{range:?}"
        );
    }
    let sentences: Vec<&str> = segmentation
        .sentences
        .iter()
        .map(|sentence| &text[sentence.range.clone()])
        .collect();
    assert_eq!(
        sentences,
        [
            "Ереван заявил: «Мы готовы к миру».",
            "Bakı isə “sülh” istəyir 🙂.",
            "Əməkdaşlıq \u{200F}davam edir…",
            "Президент сказал: “Мир — это не лозунг”.",
            "👍🏽 Ağdam’ın bərpası davam edir.",
        ]
    );
    let quotes: Vec<(&str, QuoteKind)> = segmentation
        .quotes
        .iter()
        .map(|quote| (&text[quote.content.clone()], quote.kind))
        .collect();
    assert_eq!(
        quotes,
        [
            ("Мы готовы к миру", QuoteKind::Direct),
            ("sülh", QuoteKind::Scare),
            ("Мир — это не лозунг", QuoteKind::Direct),
        ]
    );
}

#[test]
fn an_unbalanced_quote_is_reported_at_its_mark() {
    let text = "The minister said “we will never accept this. Nobody asked us.\nThe talks ended.";
    let segmentation = segment(text);
    assert!(segmentation.quotes.is_empty());
    let diagnostic = &segmentation.diagnostics[0];
    assert_eq!(diagnostic.code, DiagnosticCode::UnbalancedQuote);
    assert_eq!(diagnostic.span.as_ref().map(|span| span.text.as_str()), Some("“"));
}

#[test]
fn a_quotation_that_opens_a_paragraph_without_closing_runs_to_its_end() {
    let text = "The envoy told the council:\n\"We came to listen. We stay to help.\n\"We will not leave.\"";
    let segmentation = segment(text);
    let quotes: Vec<(&str, QuoteKind)> = segmentation
        .quotes
        .iter()
        .map(|quote| (&text[quote.content.clone()], quote.kind))
        .collect();
    assert_eq!(
        quotes,
        [
            ("We came to listen. We stay to help.", QuoteKind::Direct),
            ("We will not leave.", QuoteKind::Direct)
        ]
    );
    assert_eq!(segmentation.diagnostics.len(), 1);
}

#[test]
fn single_quotes_nest_inside_double_quotes() {
    let text = "He said: \"They call it 'liberation' and we call it occupation.\"";
    let segmentation = segment(text);
    let quotes: Vec<(&str, QuoteKind)> = segmentation
        .quotes
        .iter()
        .map(|quote| (&text[quote.content.clone()], quote.kind))
        .collect();
    assert_eq!(
        quotes,
        [
            (
                "They call it 'liberation' and we call it occupation.",
                QuoteKind::Direct
            ),
            ("liberation", QuoteKind::Scare),
        ]
    );
}

#[test]
fn apostrophes_are_not_quotation_marks() {
    let text = "We don't accept the students' union's claims about the '90s, nor Armenia’s.";
    assert!(segment(text).quotes.is_empty());
}

#[test]
fn single_quotes_do_not_pair_across_sentences() {
    let text = "They spoke of 'peace. Then they attacked' again.";
    assert!(segment(text).quotes.is_empty());
}

#[test]
fn straight_double_quotes_pair_in_order() {
    let text = "The \"Iron Fist\" operation and the \"so-called\" peace.";
    let segmentation = segment(text);
    let quotes: Vec<&str> = segmentation
        .quotes
        .iter()
        .map(|quote| &text[quote.content.clone()])
        .collect();
    assert_eq!(quotes, ["Iron Fist", "so-called"]);
    assert_eq!(segmentation.quotes[0].kind, QuoteKind::Title);
}

#[test]
fn control_characters_are_reported_once() {
    let segmentation = segment("Peace\u{0} talks\u{7}.");
    let codes: Vec<DiagnosticCode> = segmentation
        .diagnostics
        .iter()
        .map(|diagnostic| diagnostic.code)
        .collect();
    assert_eq!(codes, [DiagnosticCode::ControlCharacters]);
    assert_eq!(segmentation.tokens.len(), 3);
}
