//! The sentence splitter: abbreviation-aware sentence boundaries within one paragraph's tokens.
//!
//! A sentence ends at a terminal mark (`.`, `!`, `?`, `…`, `...`, a run such as `?!`) together with
//! the closing quotation marks and brackets that directly follow it (`"Go."`), when whitespace and a
//! plausible sentence start follow. A plausible start is anything but a lowercase letter, looking
//! through opening quotation marks and brackets. On top of that:
//!
//! * A period after a title (`Mr.`, `Dr.`, `Gen.`) never ends a sentence.
//! * A period after `Jan.`, `No.`, `Art.`, `p.` and the like does not end one when a number follows.
//! * A single capital letter with a period is an initial (`John F. Kennedy`); it ends a sentence
//!   only before a common sentence opener (`Annex A. The ...`).
//! * An initialism (`U.S.`, `e.g.`, `p.m.`), and `etc.`, `Inc.`, `Ltd.`, `Co.`, `Jr.`, end a sentence
//!   only before a common sentence opener (`The`, `However`, `We`), or at the end of the paragraph.
//!   `D.C.`, `a.m.` and `p.m.` usually close their phrase, so they end a sentence before any
//!   capitalised word except a time zone, day or month (`10 a.m. Eastern`, `9 p.m. Baku time`,
//!   `8 a.m. Monday`).
//! * A number with a period that opens a paragraph is list numbering (`1. Introduction`), and so is
//!   a Roman numeral (`IV. Conclusions`).
//! * An ellipsis ends a sentence only before an uppercase letter.
//! * No sentence ends inside brackets that close within the paragraph; a bracket that never closes
//!   is ignored, so it cannot swallow the rest of the paragraph.
//! * The CJK full stop, exclamation and question marks (`。！？`) end a sentence without whitespace.
//!
//! The splitter works on tokens, so numbers (`3.5`) and initialisms (`U.S.`) arrive whole and
//! every sentence is a run of whole tokens. It is linear in the number of tokens.

use rhetor_schema::{Token, TokenKind};

use crate::abbreviations::{
    abbreviation_kind, continues_time_of_day, is_phrase_final_initialism, is_roman_numeral,
    is_sentence_opener, Abbreviation,
};
use crate::characters::first_character;

/// How many opening quotation marks and brackets to look through for the first word of the next
/// sentence.
const OPENING_MARKS_TO_SKIP: usize = 3;

/// The kinds of marks that may end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// A full stop after which abbreviations have to be considered.
    Period,
    /// The final period of an initialism word token (`U.S.`).
    Initialism,
    /// `...` or `…`.
    Ellipsis,
    /// `?`, `!` and their relatives.
    QuestionOrExclamation,
    /// A CJK full stop, exclamation or question mark, which needs no whitespace after it.
    Ideographic,
}

/// The kinds of brackets, which must close with the same kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bracket {
    /// `(` and `)`, also full-width.
    Round,
    /// `[` and `]`.
    Square,
    /// `{` and `}`.
    Curly,
}

/// Finds sentence boundaries; it keeps its working memory between paragraphs so that splitting a
/// whole text does not allocate per paragraph.
#[derive(Debug, Default)]
pub(crate) struct SentenceSplitter {
    /// Opening brackets not yet closed: their token index and kind.
    open_brackets: Vec<(usize, Bracket)>,
    /// Matched brackets as (opening token index, closing token index), sorted by opening index.
    bracket_pairs: Vec<(usize, usize)>,
}

impl SentenceSplitter {
    /// Appends to `sentence_starts` the index of every token of one paragraph's `tokens` that starts
    /// a sentence, except the first sentence's (always 0), in increasing order.
    pub(crate) fn split(&mut self, text: &str, tokens: &[Token], sentence_starts: &mut Vec<usize>) {
        self.match_brackets(text, tokens);
        let mut next_pair = 0;
        let mut inside_brackets_until = 0;
        let mut index = 0;
        while index < tokens.len() {
            let Some(terminal) = terminal_of(text, tokens[index]) else {
                index += 1;
                continue;
            };
            // Take in the marks that belong to the same ending: more terminal marks (`?!`), and the
            // closing quotation marks and brackets that directly follow (`."` and `.)`).
            let mut last = index;
            let mut asks_or_exclaims = terminal == Terminal::QuestionOrExclamation;
            let mut ideographic = terminal == Terminal::Ideographic;
            while last + 1 < tokens.len()
                && (tokens[last + 1].start == tokens[last].end
                    || is_spaced_closing_guillemet(text, tokens[last], tokens[last + 1]))
            {
                let following = tokens[last + 1];
                match terminal_of(text, following) {
                    Some(Terminal::Initialism) => break,
                    Some(following_terminal) => {
                        asks_or_exclaims |= following_terminal == Terminal::QuestionOrExclamation;
                        ideographic |= following_terminal == Terminal::Ideographic;
                    }
                    None if is_closing_mark(text, following) => {}
                    None => break,
                }
                last += 1;
            }
            while next_pair < self.bracket_pairs.len() && self.bracket_pairs[next_pair].0 < index {
                inside_brackets_until = inside_brackets_until.max(self.bracket_pairs[next_pair].1);
                next_pair += 1;
            }
            let next = last + 1;
            let ending = Ending {
                terminal,
                first: index,
                last,
                asks_or_exclaims,
                ideographic,
            };
            if next < tokens.len() && last >= inside_brackets_until && ends_sentence(text, tokens, &ending) {
                sentence_starts.push(next);
            }
            index = next;
        }
    }

    /// Fills `bracket_pairs` with the brackets of `tokens` that close within them.
    fn match_brackets(&mut self, text: &str, tokens: &[Token]) {
        self.open_brackets.clear();
        self.bracket_pairs.clear();
        for (index, token) in tokens.iter().enumerate() {
            if token.kind != TokenKind::Punctuation {
                continue;
            }
            match bracket_of(&text[token.start..token.end]) {
                Some((bracket, true)) => self.open_brackets.push((index, bracket)),
                Some((bracket, false)) => {
                    // A closing bracket of another kind than the innermost open one is a stray mark
                    // (a `1)` list number, a `:)`), and is ignored.
                    if let Some(&(opening, open_kind)) = self.open_brackets.last() {
                        if open_kind == bracket {
                            self.open_brackets.pop();
                            self.bracket_pairs.push((opening, index));
                        }
                    }
                }
                None => {}
            }
        }
        self.bracket_pairs.sort_unstable();
    }
}

/// A candidate sentence ending: its terminal marks and the closing marks after them.
struct Ending {
    /// The kind of the first terminal mark.
    terminal: Terminal,
    /// Index of the first terminal mark.
    first: usize,
    /// Index of the last mark of the ending.
    last: usize,
    /// Whether the ending holds a question or exclamation mark.
    asks_or_exclaims: bool,
    /// Whether the ending holds a CJK terminal mark.
    ideographic: bool,
}

/// Whether the sentence ends after `ending`, given that more tokens follow in the paragraph.
fn ends_sentence(text: &str, tokens: &[Token], ending: &Ending) -> bool {
    if ending.ideographic {
        return true;
    }
    let next = ending.last + 1;
    if tokens[next].start == tokens[ending.last].end {
        return false;
    }
    let start_index = first_word_after(text, tokens, next);
    let start_token = tokens[start_index];
    let Some(start_character) = first_character(text, start_token.start..start_token.end) else {
        return false;
    };
    if start_character.is_lowercase() {
        return false;
    }
    let starts_with_opener = || {
        start_token.kind == TokenKind::Word && is_sentence_opener(&text[start_token.start..start_token.end])
    };
    if ending.asks_or_exclaims {
        return true;
    }
    match ending.terminal {
        Terminal::QuestionOrExclamation | Terminal::Ideographic => true,
        Terminal::Ellipsis => start_character.is_uppercase(),
        Terminal::Initialism => {
            let initialism = &text[tokens[ending.first].start..tokens[ending.first].end];
            starts_with_opener()
                || (is_phrase_final_initialism(initialism) && !continues_a_time(text, tokens, start_index))
        }
        Terminal::Period => period_ends_sentence(text, tokens, ending.first, start_token, starts_with_opener),
    }
}

/// Whether the period at `period` ends a sentence whose successor would start with `start_token`.
fn period_ends_sentence(
    text: &str,
    tokens: &[Token],
    period: usize,
    start_token: Token,
    starts_with_opener: impl Fn() -> bool,
) -> bool {
    let Some(previous_index) = period.checked_sub(1) else {
        return true;
    };
    let previous = tokens[previous_index];
    if previous.end != tokens[period].start {
        return true;
    }
    let opens_paragraph = previous_index == 0;
    match previous.kind {
        TokenKind::Number => !opens_paragraph,
        TokenKind::Word => {
            let word = &text[previous.start..previous.end];
            if opens_paragraph && is_roman_numeral(word) {
                return false;
            }
            match abbreviation_kind(word) {
                Some(Abbreviation::Title) => false,
                Some(Abbreviation::BeforeNumber) if start_token.kind == TokenKind::Number => false,
                Some(Abbreviation::SentenceFinal) => starts_with_opener(),
                _ if is_capital_initial(word) => starts_with_opener(),
                _ => true,
            }
        }
        TokenKind::Punctuation | TokenKind::Symbol => true,
    }
}

/// Whether the word at `index` continues a time of day rather than starting a sentence: a time zone,
/// a day or a month (`Eastern`, `GMT`, `Monday`), or a place followed by `time` (`Baku time`).
fn continues_a_time(text: &str, tokens: &[Token], index: usize) -> bool {
    let word_at = |index: usize| {
        tokens
            .get(index)
            .map_or("", |token| &text[token.start..token.end])
    };
    continues_time_of_day(word_at(index)) || word_at(index + 1).eq_ignore_ascii_case("time")
}

/// Whether `word` is a single capital letter, as the initials of names are.
fn is_capital_initial(word: &str) -> bool {
    let mut characters = word.chars();
    matches!((characters.next(), characters.next()), (Some(letter), None) if letter.is_uppercase())
}

/// The index of the first token from `index` on that is not an opening quotation mark or bracket,
/// looking through at most [`OPENING_MARKS_TO_SKIP`] of them.
fn first_word_after(text: &str, tokens: &[Token], index: usize) -> usize {
    let mut current = index;
    while current + 1 < tokens.len()
        && current - index < OPENING_MARKS_TO_SKIP
        && is_opening_mark(text, tokens[current])
    {
        current += 1;
    }
    current
}

/// The terminal kind of `token`, if it can end a sentence.
fn terminal_of(text: &str, token: Token) -> Option<Terminal> {
    let token_text = &text[token.start..token.end];
    match token.kind {
        TokenKind::Word if token_text.ends_with('.') => Some(Terminal::Initialism),
        TokenKind::Word | TokenKind::Number | TokenKind::Symbol => None,
        TokenKind::Punctuation => match token_text {
            "." | "\u{06D4}" | "\u{0964}" | "\u{0965}" => Some(Terminal::Period),
            "…" => Some(Terminal::Ellipsis),
            "!" | "?" | "\u{061F}" | "‼" | "⁇" | "⁈" | "⁉" => Some(Terminal::QuestionOrExclamation),
            "。" | "！" | "？" | "｡" | "．" => Some(Terminal::Ideographic),
            periods if periods.starts_with("..") => Some(Terminal::Ellipsis),
            _ => None,
        },
    }
}

/// Whether `following` is a closing guillemet set off from `previous` by one space, as French
/// typography does (`scrutin. »`): it still closes the sentence that ends before it.
fn is_spaced_closing_guillemet(text: &str, previous: Token, following: Token) -> bool {
    matches!(&text[following.start..following.end], "»" | "›")
        && matches!(&text[previous.end..following.start], " " | "\u{a0}" | "\u{202f}")
}

/// Whether `token` is a closing quotation mark or bracket, which stays with the sentence it ends.
fn is_closing_mark(text: &str, token: Token) -> bool {
    token.kind == TokenKind::Punctuation
        && matches!(
            &text[token.start..token.end],
            "\"" | "'"
                | "”"
                | "’"
                | "»"
                | "›"
                | ")"
                | "]"
                | "}"
                | "」"
                | "』"
                | "）"
                | "】"
                | "〕"
                | "〉"
                | "》"
                | "］"
                | "｝"
        )
}

/// Whether `token` is an opening quotation mark or bracket, which belongs to the sentence it opens.
fn is_opening_mark(text: &str, token: Token) -> bool {
    token.kind == TokenKind::Punctuation
        && matches!(
            &text[token.start..token.end],
            "\"" | "'"
                | "“"
                | "‘"
                | "„"
                | "«"
                | "‹"
                | "("
                | "["
                | "{"
                | "¿"
                | "¡"
                | "「"
                | "『"
                | "（"
                | "【"
        )
}

/// The kind of the bracket `mark`, and whether it opens.
fn bracket_of(mark: &str) -> Option<(Bracket, bool)> {
    match mark {
        "(" | "（" => Some((Bracket::Round, true)),
        ")" | "）" => Some((Bracket::Round, false)),
        "[" => Some((Bracket::Square, true)),
        "]" => Some((Bracket::Square, false)),
        "{" => Some((Bracket::Curly, true)),
        "}" => Some((Bracket::Curly, false)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::segment;

    /// The sentences of `text`, as text.
    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|sentence| &text[sentence.range.clone()])
            .collect()
    }

    #[test]
    fn plain_sentences_split_after_periods_questions_and_exclamations() {
        assert_eq!(
            sentences("The talks failed. Why? We do not know! They resume today."),
            [
                "The talks failed.",
                "Why?",
                "We do not know!",
                "They resume today."
            ]
        );
    }

    #[test]
    fn runs_of_terminal_marks_stay_together() {
        assert_eq!(
            sentences("Is this diplomacy?! It is not."),
            ["Is this diplomacy?!", "It is not."]
        );
    }

    #[test]
    fn spaced_closing_guillemets_stay_with_the_sentence_they_end() {
        assert_eq!(
            sentences("M. Dupont a déclaré : « Nous refusons ce scrutin. » La réunion a pris fin."),
            [
                "M. Dupont a déclaré : « Nous refusons ce scrutin. »",
                "La réunion a pris fin."
            ]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_the_sentence_they_end() {
        assert_eq!(
            sentences("He said \"Go.\" Then he left. (It was late.) Talks ended."),
            [
                "He said \"Go.\"",
                "Then he left.",
                "(It was late.)",
                "Talks ended."
            ]
        );
    }

    #[test]
    fn a_lowercase_word_after_a_period_continues_the_sentence() {
        assert_eq!(
            sentences("The ministry cited approx. ten cases."),
            ["The ministry cited approx. ten cases."]
        );
        assert_eq!(
            sentences("See the annex. and more."),
            ["See the annex. and more."]
        );
    }

    #[test]
    fn no_boundary_without_whitespace() {
        assert_eq!(
            sentences("Visit state.gov.Today we talk."),
            ["Visit state.gov.Today we talk."]
        );
    }

    #[test]
    fn titles_and_honorifics_never_end_a_sentence() {
        for title in [
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Gov.", "Sen.",
            "Rep.", "Pres.", "Amb.", "Hon.", "Rev.", "St.", "Adm.", "Maj.", "Brig.", "Cmdr.",
        ] {
            let text = format!("We met {title} Aliyev in Baku. The meeting was long.");
            assert_eq!(sentences(&text).len(), 2, "{text}");
        }
    }

    #[test]
    fn month_and_document_abbreviations_before_numbers_do_not_end_a_sentence() {
        for phrase in [
            "Jan. 5", "Sept. 12", "No. 3", "Art. 5", "para. 2", "p. 7", "pp. 7-9", "vol. 2", "Sec. 4",
        ] {
            let text = format!("The ruling of {phrase} stands. It was confirmed.");
            assert_eq!(sentences(&text).len(), 2, "{text}");
        }
    }

    #[test]
    fn a_number_abbreviation_before_a_capitalised_word_may_end_a_sentence() {
        assert_eq!(
            sentences("He answered No. The vote failed."),
            ["He answered No.", "The vote failed."]
        );
    }

    #[test]
    fn initialisms_before_names_and_nouns_do_not_end_a_sentence() {
        assert_eq!(
            sentences("He met the U.S. Department of State team."),
            ["He met the U.S. Department of State team."]
        );
        assert_eq!(
            sentences("Several U.S. officials and U.N. staff came."),
            ["Several U.S. officials and U.N. staff came."]
        );
        assert_eq!(
            sentences("Trade with the E.U. Commission and the U.K. Parliament grew."),
            ["Trade with the E.U. Commission and the U.K. Parliament grew."]
        );
    }

    #[test]
    fn initialisms_before_a_sentence_opener_end_a_sentence() {
        assert_eq!(
            sentences("Sanctions came from the U.S. The ministry objected."),
            ["Sanctions came from the U.S.", "The ministry objected."]
        );
        assert_eq!(
            sentences("The vote is at 5 p.m. However, delays are likely."),
            ["The vote is at 5 p.m.", "However, delays are likely."]
        );
    }

    #[test]
    fn place_and_time_initialisms_end_a_sentence_before_any_capitalised_word() {
        assert_eq!(
            sentences("The talks took place in Washington, D.C. Secretary Blinken hosted them."),
            [
                "The talks took place in Washington, D.C.",
                "Secretary Blinken hosted them."
            ]
        );
        assert_eq!(
            sentences("At 9:00 a.m. Secretary Blinken meets the minister."),
            ["At 9:00 a.m.", "Secretary Blinken meets the minister."]
        );
    }

    #[test]
    fn time_zones_continue_a_time() {
        assert_eq!(
            sentences("The call starts at 10 a.m. Eastern and at 6 p.m. Baku time today."),
            ["The call starts at 10 a.m. Eastern and at 6 p.m. Baku time today."]
        );
    }

    #[test]
    fn an_initialism_at_the_end_of_a_paragraph_ends_its_sentence() {
        let text = "Aid arrived from the U.S.\nThe ministry thanked donors.";
        assert_eq!(
            sentences(text),
            ["Aid arrived from the U.S.", "The ministry thanked donors."]
        );
    }

    #[test]
    fn latin_initialisms_continue_before_examples() {
        assert_eq!(
            sentences("Some states, e.g. Armenia, objected; i.e. Yerevan voted no."),
            ["Some states, e.g. Armenia, objected; i.e. Yerevan voted no."]
        );
    }

    #[test]
    fn initials_in_names_never_end_a_sentence() {
        assert_eq!(
            sentences("John F. Kennedy and Antony J. Blinken spoke. Both were brief."),
            ["John F. Kennedy and Antony J. Blinken spoke.", "Both were brief."]
        );
    }

    #[test]
    fn a_capital_letter_before_a_sentence_opener_ends_a_sentence() {
        assert_eq!(
            sentences("The details are in Annex A. The annex is public."),
            ["The details are in Annex A.", "The annex is public."]
        );
    }

    #[test]
    fn decimals_and_versions_never_split() {
        assert_eq!(
            sentences("Growth was 3.5 percent, or 1,000.50 manat, under rules 2.0 and more."),
            ["Growth was 3.5 percent, or 1,000.50 manat, under rules 2.0 and more."]
        );
    }

    #[test]
    fn a_number_that_ends_a_sentence_ends_it() {
        assert_eq!(
            sentences("The war ended in 2020. Peace talks began."),
            ["The war ended in 2020.", "Peace talks began."]
        );
    }

    #[test]
    fn list_numbering_at_the_start_of_a_paragraph_is_not_a_sentence() {
        assert_eq!(
            sentences("1. Introduction of the draft resolution"),
            ["1. Introduction of the draft resolution"]
        );
        assert_eq!(
            sentences("IV. Conclusions of the mission"),
            ["IV. Conclusions of the mission"]
        );
    }

    #[test]
    fn ellipses_split_only_before_an_uppercase_start() {
        assert_eq!(
            sentences("We waited... and waited… The answer never came."),
            ["We waited... and waited…", "The answer never came."]
        );
        assert_eq!(
            sentences("They promised peace... 2020 brought war."),
            ["They promised peace... 2020 brought war."]
        );
    }

    #[test]
    fn a_question_inside_quotes_before_a_lowercase_word_does_not_split() {
        assert_eq!(
            sentences("\"Why now?\" he asked. \"Enough!\" she replied."),
            ["\"Why now?\" he asked.", "\"Enough!\" she replied."]
        );
    }

    #[test]
    fn no_split_inside_brackets_that_close_in_the_paragraph() {
        assert_eq!(
            sentences("The treaty (see Art. 5. Also Art. 6.) applies. It binds all."),
            ["The treaty (see Art. 5. Also Art. 6.) applies.", "It binds all."]
        );
    }

    #[test]
    fn a_bracket_that_never_closes_does_not_swallow_the_paragraph() {
        assert_eq!(
            sentences("The treaty (see annex applies. It binds all. Talks go on."),
            ["The treaty (see annex applies.", "It binds all.", "Talks go on."]
        );
    }

    #[test]
    fn sentence_final_abbreviations_split_only_before_an_opener() {
        assert_eq!(
            sentences("They sent food, tents, etc. The aid helped."),
            ["They sent food, tents, etc.", "The aid helped."]
        );
        assert_eq!(
            sentences("Shares of Acme Inc. Azerbaijan fell."),
            ["Shares of Acme Inc. Azerbaijan fell."]
        );
        for abbreviation in ["Ltd.", "Co.", "Jr."] {
            let text = format!("The deal was signed by Smith {abbreviation} We welcome it.");
            assert_eq!(sentences(&text).len(), 2, "{text}");
            let text = format!("The deal was signed by Smith {abbreviation} Baku welcomed it.");
            assert_eq!(sentences(&text).len(), 1, "{text}");
        }
    }

    #[test]
    fn non_latin_uppercase_letters_start_sentences() {
        assert_eq!(
            sentences("Встреча прошла в Баку. Ереван ответил."),
            ["Встреча прошла в Баку.", "Ереван ответил."]
        );
        assert_eq!(
            sentences("Görüş keçirildi. Əməkdaşlıq davam edir."),
            ["Görüş keçirildi.", "Əməkdaşlıq davam edir."]
        );
        assert_eq!(
            sentences("Η συνάντηση έγινε. Ο υπουργός μίλησε."),
            ["Η συνάντηση έγινε.", "Ο υπουργός μίλησε."]
        );
    }

    #[test]
    fn cjk_terminal_marks_end_sentences_without_whitespace() {
        assert_eq!(
            sentences("会谈结束了。双方同意！还有问题吗？是的。"),
            ["会谈结束了。", "双方同意！", "还有问题吗？", "是的。"]
        );
    }

    #[test]
    fn a_sentence_never_crosses_a_paragraph() {
        assert_eq!(
            sentences("The minister met Mr.\nAliyev arrived later."),
            ["The minister met Mr.", "Aliyev arrived later."]
        );
    }
}
