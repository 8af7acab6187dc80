//! The quotation classifier: direct quotation, scare quotes or title, and the words that decided.
//!
//! The rules are tried in this order, and the first that applies decides:
//!
//! 1. **Scare**, when `so-called` (or `self-styled`, `self-proclaimed`) comes right before: it beats
//!    every other rule, titles included. The cue is `so-called`.
//! 2. **Title**, when a naming word comes before (`entitled`, `titled`, `named`, `called`,
//!    `dubbed`, `known as`, within two words), or a title noun right before (`the report`,
//!    `the book`, `the film`, `the campaign`, `Operation`). A noun after the quotation decides
//!    nothing: `the “human rights” agenda` is scare quotes, and a named `"Iron Fist" operation`
//!    is found by its title case (rule 6).
//! 3. **Direct**, when a colon or a speech verb (`said`, `stated`, `told`, `according to`, ...)
//!    comes right before, optionally followed by `that` or a comma.
//!    Also **Direct** when a characterising verb and its object come before (`called it “a lie”`,
//!    `described the plan as "reckless"`): the quoted words are the subject's own.
//! 4. **Direct**, when an attribution follows (`"...," he said`, `"...", said the minister`), and
//!    the quotation ends with punctuation, is followed by a comma or has at least three words.
//! 5. **Direct**, when a speech verb comes within a few words before and the quotation has at least
//!    three words (a partial quotation: `Blinken said the US "stands with its partners"`).
//! 6. **Title**, when the quotation has two or more words, all title-cased apart from short
//!    function words (`"Peace Now"`, `"Strategy for the Caucasus"`), and no sentence end.
//! 7. **Direct**, when the quotation reads as an utterance: six words or more, or a sentence end.
//! 8. **Scare** otherwise: a short phrase, quoted to distance the writer from it
//!    (`prepares "authoritative" reports`, `“independent” NGOs`).
//!
//! The context windows are a handful of tokens, so classifying is constant work per quotation.

use std::ops::Range;

use rhetor_schema::{QuoteKind, Token, TokenKind};

use crate::abbreviations::contains_ignoring_case;

/// How many tokens before a quotation to search for a speech verb.
const SPEECH_VERB_WINDOW: usize = 6;

/// How many tokens after a quotation to search for an attribution (`, the minister told reporters`).
const ATTRIBUTION_WINDOW: usize = 5;

/// How many tokens after a quotation ending in a comma to search for its attribution.
const ANNOUNCED_ATTRIBUTION_WINDOW: usize = 14;

/// The most tokens a quotation may have for the title-case rule to look at it.
const LONGEST_TITLE: usize = 24;

/// The fewest words of a quotation that reads as an utterance without other evidence.
const UTTERANCE_WORDS: usize = 6;

/// The fewest words of a partial quotation after a distant speech verb or before an attribution.
const PARTIAL_QUOTATION_WORDS: usize = 3;

/// Words that introduce or attribute reported speech.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "stated",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "noted",
    "declared",
    "declares",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "announced",
    "announces",
    "wrote",
    "writes",
    "write",
    "writing",
    "tweeted",
    "tweets",
    "posted",
    "asked",
    "asks",
    "replied",
    "replies",
    "warned",
    "warns",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "asserted",
    "asserts",
    "explained",
    "explains",
    "remarked",
    "commented",
    "responded",
    "affirmed",
    "reiterated",
    "underlined",
    "underscored",
    "urged",
    "vowed",
    "promised",
    "pledged",
    "concluded",
    "confirmed",
    "admitted",
    "acknowledged",
    "recalled",
    "observed",
    "proclaimed",
    "exclaimed",
    "shouted",
    "demanded",
    "suggested",
    "testified",
    "reported",
    "quipped",
    "continued",
    "maintained",
    "contended",
    "answered",
];

/// Verbs that characterise an object in the subject's own words (`called it “a cynical lie”`).
/// Only past forms: they report what someone said once, while the present (`they call it
/// 'liberation'`) is the writer's ironic distance, which rule 8 reads as scare quotes.
const CHARACTERISING_VERBS: &[&str] = &["called", "labelled", "labeled", "branded", "termed", "described"];

/// How many words may stand between a characterising verb and the quotation.
const CHARACTERISATION_OBJECT_WORDS: usize = 4;

/// Words that introduce a name or title within two words (`a movement called "Peace Now"`).
const NAMING_WORDS: &[&str] = &[
    "entitled",
    "titled",
    "named",
    "called",
    "dubbed",
    "renamed",
    "nicknamed",
    "christened",
    "codenamed",
    "code-named",
    "headlined",
];

/// Nouns that introduce a title right before it (`the report "..."`, `Operation "..."`).
const TITLE_NOUNS_BEFORE: &[&str] = &[
    "report",
    "book",
    "film",
    "movie",
    "documentary",
    "campaign",
    "operation",
    "slogan",
    "motto",
    "hashtag",
    "programme",
    "program",
    "initiative",
    "project",
    "article",
    "song",
    "album",
    "exercise",
    "doctrine",
    "series",
    "column",
    "editorial",
    "study",
    "brochure",
    "exhibition",
    "festival",
    "play",
    "poem",
    "novel",
    "conference",
    "forum",
    "strategy",
    "concept",
    "agenda",
    "platform",
    "resolution",
    "declaration",
    "newspaper",
    "magazine",
    "website",
    "show",
];

/// Words that may stand between a title noun and what comes before it, and join the cue.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "new",
];

/// Words that mark a quotation as scare quotes whatever follows.
const SCARE_WORDS: &[&str] = &[
    "so-called",
    "so‑called",
    "self-styled",
    "self-proclaimed",
    "supposed",
    "alleged",
];

/// Short function words that may stay lowercase inside a title.
const TITLE_FUNCTION_WORDS: &[&str] = &[
    "of", "the", "and", "in", "for", "on", "a", "an", "to", "at", "by", "with", "from", "or", "de", "la",
    "del", "von", "van", "der",
];

/// A quotation and its paragraph, as the classifier needs them.
pub(crate) struct QuoteContext<'a> {
    /// The whole text.
    pub(crate) text: &'a str,
    /// The paragraph's tokens.
    pub(crate) tokens: &'a [Token],
    /// The index of the opening mark among the tokens.
    pub(crate) opening: usize,
    /// The index of the closing mark, or `None` when the quotation runs to the end of the paragraph.
    pub(crate) closing: Option<usize>,
    /// The number of words and numbers inside the quotation.
    pub(crate) content_words: usize,
    /// Whether a sentence-final mark occurs inside the quotation.
    pub(crate) content_ends_sentence: bool,
}

impl QuoteContext<'_> {
    /// The text of the token at `index`, when it is a word.
    fn word(&self, index: usize) -> Option<&str> {
        let token = self.tokens.get(index)?;
        (token.kind == TokenKind::Word).then(|| &self.text[token.start..token.end])
    }

    /// The text of the token at `index`.
    fn token_text(&self, index: usize) -> &str {
        let token = self.tokens[index];
        &self.text[token.start..token.end]
    }

    /// The byte range from the start of token `first` to the end of token `last`.
    fn range(&self, first: usize, last: usize) -> Range<usize> {
        self.tokens[first].start..self.tokens[last].end
    }

    /// Whether the word at `index` is in `list`.
    fn word_in(&self, index: usize, list: &[&str]) -> bool {
        self.word(index)
            .is_some_and(|word| contains_ignoring_case(list, word))
    }
}

/// The kind of a quotation and the range of the words that decided it, when words did.
pub(crate) fn classify(context: &QuoteContext<'_>) -> (QuoteKind, Option<Range<usize>>) {
    let Some(closing) = context.closing else {
        return (QuoteKind::Direct, None);
    };
    let before = context.opening.checked_sub(1);
    if let Some(cue) = before.and_then(|before| scare_cue(context, before)) {
        return (QuoteKind::Scare, Some(cue));
    }
    if let Some(cue) = before.and_then(|before| title_cue(context, before)) {
        return (QuoteKind::Title, Some(cue));
    }
    if let Some(cue) = before.and_then(|before| speech_cue_right_before(context, before)) {
        return (QuoteKind::Direct, Some(cue));
    }
    if let Some(cue) = before.and_then(|before| characterisation_cue(context, before)) {
        return (QuoteKind::Direct, Some(cue));
    }
    if let Some(cue) = attribution_after(context, closing) {
        return (QuoteKind::Direct, Some(cue));
    }
    if context.content_words >= PARTIAL_QUOTATION_WORDS {
        if let Some(cue) = before.and_then(|before| speech_cue_nearby(context, before)) {
            return (QuoteKind::Direct, Some(cue));
        }
    }
    if is_title_cased(context, closing) {
        return (QuoteKind::Title, None);
    }
    if context.content_words >= UTTERANCE_WORDS || context.content_ends_sentence {
        return (QuoteKind::Direct, None);
    }
    (QuoteKind::Scare, None)
}

/// The range of `so-called` (or `so called`) right before the opening mark, `before` being its index.
fn scare_cue(context: &QuoteContext<'_>, before: usize) -> Option<Range<usize>> {
    if context.word_in(before, SCARE_WORDS) {
        return Some(context.range(before, before));
    }
    let so = before.checked_sub(1)?;
    let is_so_called = context.word_in(before, &["called"])
        && context
            .word(so)
            .is_some_and(|word| word.eq_ignore_ascii_case("so"));
    is_so_called.then(|| context.range(so, before))
}

/// The range of a characterising verb with its object before the quotation (`called it “a lie”`,
/// `described the plan as "reckless"`): the quoted words are the subject's, so the quotation is
/// direct, however short.
fn characterisation_cue(context: &QuoteContext<'_>, before: usize) -> Option<Range<usize>> {
    // The object comes between the verb and the quotation: at least one word, at most a few.
    (1..=CHARACTERISATION_OBJECT_WORDS).find_map(|object_words| {
        let verb = before.checked_sub(object_words)?;
        let object_is_words = (verb + 1..=before).all(|index| context.word(index).is_some());
        (object_is_words && context.word_in(verb, CHARACTERISING_VERBS)).then(|| context.range(verb, verb))
    })
}

/// The range of the words before the quotation that mark it as a title.
fn title_cue(context: &QuoteContext<'_>, before: usize) -> Option<Range<usize>> {
    if context.word_in(before, TITLE_NOUNS_BEFORE) {
        let first = before
            .checked_sub(1)
            .filter(|&determiner| context.word_in(determiner, DETERMINERS));
        return Some(context.range(first.unwrap_or(before), before));
    }
    if context.word_in(before, NAMING_WORDS) {
        return Some(context.range(before, before));
    }
    let earlier = before.checked_sub(1)?;
    // `named the "X"` names; `called it "X"` characterises, which is the subject's own wording
    // and is left to the characterisation rule.
    let names_with_determiner = context.word_in(before, DETERMINERS)
        || (context.word(before).is_some() && !context.word_in(earlier, CHARACTERISING_VERBS));
    if context.word_in(earlier, NAMING_WORDS) && names_with_determiner {
        return Some(context.range(earlier, earlier));
    }
    let is_known_as = context.word_in(earlier, &["known"]) && context.word_in(before, &["as"]);
    is_known_as.then(|| context.range(earlier, before))
}

/// The range of a colon, or of a speech verb optionally followed by `that` or a comma, right before
/// the opening mark.
fn speech_cue_right_before(context: &QuoteContext<'_>, before: usize) -> Option<Range<usize>> {
    if context.token_text(before) == ":" {
        return Some(context.range(before, before));
    }
    let mut index = before;
    for _ in 0..2 {
        if let Some(cue) = speech_cue_at(context, index) {
            return Some(cue);
        }
        let skippable = context.token_text(index) == "," || context.word_in(index, &["that"]);
        if !skippable {
            return None;
        }
        index = index.checked_sub(1)?;
    }
    speech_cue_at(context, index)
}

/// The range of a speech verb within [`SPEECH_VERB_WINDOW`] tokens before the opening mark, in the
/// same sentence and not beyond another quotation mark.
fn speech_cue_nearby(context: &QuoteContext<'_>, before: usize) -> Option<Range<usize>> {
    let earliest = before.saturating_sub(SPEECH_VERB_WINDOW - 1);
    for index in (earliest..=before).rev() {
        if let Some(cue) = speech_cue_at(context, index) {
            return Some(cue);
        }
        if stops_the_search(context, index) {
            return None;
        }
    }
    None
}

/// The range of an attribution's speech verb within [`ATTRIBUTION_WINDOW`] tokens after the closing
/// mark, when the quotation looks like reported words: it ends with punctuation inside the marks, a
/// comma follows the marks, or it has a few words.
fn attribution_after(context: &QuoteContext<'_>, closing: usize) -> Option<Range<usize>> {
    let punctuated_inside = closing
        .checked_sub(1)
        .filter(|&last| last > context.opening)
        .is_some_and(|last| matches!(context.token_text(last), "," | "." | "!" | "?" | "…"));
    let mut index = closing + 1;
    let comma_after = index < context.tokens.len() && context.token_text(index) == ",";
    if comma_after {
        index += 1;
    }
    if !(punctuated_inside || comma_after || context.content_words >= PARTIAL_QUOTATION_WORDS) {
        return None;
    }
    // A quotation that ends in a comma inside its marks (`"...," the spokesperson of the
    // ministry told reporters`) announces its attribution, which may follow a long subject.
    let comma_inside = closing
        .checked_sub(1)
        .filter(|&last| last > context.opening)
        .is_some_and(|last| context.token_text(last) == ",");
    let window = if comma_inside {
        ANNOUNCED_ATTRIBUTION_WINDOW
    } else {
        ATTRIBUTION_WINDOW
    };
    let last = (index + window).min(context.tokens.len());
    for current in index..last {
        if let Some(cue) = speech_cue_at(context, current) {
            return Some(cue);
        }
        if stops_the_search(context, current) {
            return None;
        }
    }
    None
}

/// Whether the search for a speech verb stops at the token at `index`: a sentence end, a semicolon
/// or another quotation mark.
fn stops_the_search(context: &QuoteContext<'_>, index: usize) -> bool {
    context.tokens[index].kind == TokenKind::Punctuation
        && matches!(
            context.token_text(index),
            "." | "!" | "?" | ";" | "\"" | "“" | "”" | "«" | "»" | "…" | "(" | ")"
        )
}

/// The range of the speech verb at `index`, or of `according to` ending at `index`.
fn speech_cue_at(context: &QuoteContext<'_>, index: usize) -> Option<Range<usize>> {
    if context.word_in(index, SPEECH_VERBS) {
        return Some(context.range(index, index));
    }
    let according = index.checked_sub(1)?;
    let is_according_to = context.word_in(index, &["to"]) && context.word_in(according, &["according"]);
    is_according_to.then(|| context.range(according, index))
}

/// Whether the quotation is a short run of title-cased words (`"Iron Fist"`, `"Peace Now"`): at
/// least two capitalised words, no other lowercase word than short function words, and the first
/// word capitalised.
fn is_title_cased(context: &QuoteContext<'_>, closing: usize) -> bool {
    if context.content_ends_sentence || closing - context.opening > LONGEST_TITLE || context.content_words < 2
    {
        return false;
    }
    let mut capitalised = 0;
    for index in context.opening + 1..closing {
        let Some(word) = context.word(index) else {
            continue;
        };
        if word.starts_with(char::is_uppercase) {
            capitalised += 1;
        } else if capitalised == 0 || !contains_ignoring_case(TITLE_FUNCTION_WORDS, word) {
            return false;
        }
    }
    capitalised >= 2
}

#[cfg(test)]
mod tests {
    use rhetor_schema::QuoteKind;

    use crate::segment;

    /// The single quotation of `text` as (content, kind, cue).
    fn quotation(text: &str) -> (&str, QuoteKind, Option<&str>) {
        let segmentation = segment(text);
        assert_eq!(segmentation.quotes.len(), 1, "{text}: {:#?}", segmentation.quotes);
        let quote = &segmentation.quotes[0];
        (
            &text[quote.content.clone()],
            quote.kind,
            quote.cue.clone().map(|cue| &text[cue]),
        )
    }

    #[test]
    fn a_speech_verb_right_before_makes_a_direct_quotation() {
        assert_eq!(
            quotation("The minister said \"we will not accept this\" in Baku."),
            ("we will not accept this", QuoteKind::Direct, Some("said"))
        );
    }

    #[test]
    fn a_speech_verb_followed_by_that_or_a_comma_makes_a_direct_quotation() {
        assert_eq!(
            quotation("He stressed that “peace is possible” now.").2,
            Some("stressed")
        );
        assert_eq!(quotation("She added, “we are ready.”").1, QuoteKind::Direct);
    }

    #[test]
    fn according_to_makes_a_direct_quotation() {
        assert_eq!(
            quotation("According to \"the talks went well\" was the line.").2,
            Some("According to")
        );
        assert_eq!(
            quotation("The talks, according to “sources close to the ministry”, failed.").2,
            Some("according to")
        );
    }

    #[test]
    fn a_colon_right_before_makes_a_direct_quotation() {
        assert_eq!(
            quotation("The statement reads: \"Enough\"."),
            ("Enough", QuoteKind::Direct, Some(":"))
        );
    }

    #[test]
    fn an_attribution_after_makes_a_direct_quotation() {
        assert_eq!(quotation("“We will respond,” he warned.").2, Some("warned"));
        assert_eq!(quotation("\"Never again\", said the minister.").2, Some("said"));
        assert_eq!(
            quotation("«The occupation must end» the foreign minister told reporters.").2,
            Some("told")
        );
    }

    #[test]
    fn a_speech_verb_a_few_words_before_a_longer_quotation_makes_it_direct() {
        assert_eq!(
            quotation("Blinken said the US \"stands with its partners\" today.").2,
            Some("said")
        );
    }

    #[test]
    fn a_long_or_punctuated_quotation_is_direct_without_a_verb() {
        assert_eq!(
            quotation("Then came \"we shall never forget the victims of that war\" again.").1,
            QuoteKind::Direct
        );
        assert_eq!(
            quotation("Then came \"enough!\" from the crowd.").1,
            QuoteKind::Direct
        );
    }

    #[test]
    fn a_naming_word_makes_a_title() {
        assert_eq!(
            quotation("He wrote a book entitled \"Return to the west\" last year."),
            ("Return to the west", QuoteKind::Title, Some("entitled"))
        );
        assert_eq!(
            quotation("A group called “justice for all” protested.").2,
            Some("called")
        );
        assert_eq!(
            quotation("The plan, known as \"green corridor\", was adopted.").2,
            Some("known as")
        );
        assert_eq!(
            quotation("Critics dubbed it ‘a farce’ at once.").2,
            Some("dubbed")
        );
    }

    #[test]
    fn a_characterising_verb_with_an_object_makes_a_direct_quotation() {
        assert_eq!(
            quotation("His counterpart called it “a cynical lie” on Tuesday."),
            ("a cynical lie", QuoteKind::Direct, Some("called"))
        );
        assert_eq!(
            quotation("The envoy described the plan as \"reckless\" and left.").2,
            Some("described")
        );
        assert_eq!(
            quotation("The ministry dismissed the \"authoritative\" report.").1,
            QuoteKind::Scare
        );
    }

    #[test]
    fn a_comma_inside_the_marks_announces_a_distant_attribution() {
        assert_eq!(
            quotation("\"We condemn this provocation,\" the spokesperson of the Ministry of Foreign Affairs told reporters.").1,
            QuoteKind::Direct
        );
    }

    #[test]
    fn a_title_noun_before_makes_a_title() {
        assert_eq!(
            quotation("The ministry issued the report \"war crimes in the region\".").2,
            Some("the report")
        );
        assert_eq!(
            quotation("Troops began Operation \"iron fist\" at dawn.").2,
            Some("Operation")
        );
    }

    #[test]
    fn title_cased_words_make_a_title() {
        assert_eq!(
            quotation("Activists of \"Peace Now\" marched."),
            ("Peace Now", QuoteKind::Title, None)
        );
        assert_eq!(
            quotation("The “Strategy for the South Caucasus” was adopted.").1,
            QuoteKind::Title
        );
    }

    #[test]
    fn short_phrases_without_cues_are_scare_quotes() {
        assert_eq!(
            quotation("The US prepares \"authoritative\" reports on religion.").1,
            QuoteKind::Scare
        );
        assert_eq!(
            quotation("He used the “human rights” issue as a weapon.").1,
            QuoteKind::Scare
        );
        assert_eq!(
            quotation("They fund “independent” NGOs abroad.").1,
            QuoteKind::Scare
        );
        assert_eq!(
            quotation("They fear for the \"Armenian heritage\" in Karabakh.").1,
            QuoteKind::Scare
        );
    }

    #[test]
    fn so_called_makes_scare_quotes_even_for_titles() {
        assert_eq!(
            quotation("The so-called \"elections\" were a sham."),
            ("elections", QuoteKind::Scare, Some("so-called"))
        );
        assert_eq!(
            quotation("The so-called “Peace Council” met.").1,
            QuoteKind::Scare
        );
    }

    #[test]
    fn a_noun_after_does_not_make_a_title() {
        assert_eq!(
            quotation("They publish \"expert\" reports yearly.").1,
            QuoteKind::Scare
        );
        assert_eq!(
            quotation("They push the \"peace\" process and the agenda.").1,
            QuoteKind::Scare
        );
        assert_eq!(
            quotation("Troops began the \"Iron Fist\" operation.").1,
            QuoteKind::Title
        );
    }
}
