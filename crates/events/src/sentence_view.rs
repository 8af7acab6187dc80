//! One sentence as the coder sees it: lowercase words and the actor mentions among them.

use rhetor_actors::{ActorAnalysis, MentionKind};
use rhetor_schema::{Token, TokenKind};
use rhetor_segment::SentenceSegment;

/// An actor mention inside a sentence, in token positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MentionInSentence {
    /// Index of the actor in [`ActorAnalysis::actors`].
    pub(crate) actor: usize,
    /// Position of the mention's first token in the sentence.
    pub(crate) first: usize,
    /// Position of the mention's last token in the sentence.
    pub(crate) last: usize,
    /// How the mention names the actor.
    pub(crate) kind: MentionKind,
    /// Whether the mention is a possessive (`Russia's`, `its`, the Assembly President's `your`).
    pub(crate) possessive: bool,
    /// Whether the mention is a possessive that determines a noun naming another party (`our
    /// neighbour`, `Russia's allies`): the noun phrase may stand where a doer does, but the
    /// possessor does not act (it may still be the one acted for: `the support of our partners`).
    pub(crate) determines_another_party: bool,
}

/// A sentence's tokens with their lowercase text, and the mentions among them.
pub(crate) struct SentenceView<'a> {
    /// The sentence's tokens (byte offsets into the document text).
    pub(crate) tokens: &'a [Token],
    /// The sentence text lowercased (ASCII only, so byte offsets are unchanged).
    lowercase: String,
    /// Byte offset of the sentence in the document text.
    sentence_start: usize,
    /// Mentions in token order.
    pub(crate) mentions: Vec<MentionInSentence>,
}

/// Nouns that, possessed by a party, name another one (`our neighbour`, `its allies`, `his
/// Sudanese counterpart`). Colleagues are not among them: `my colleague` speaks for the speaker.
pub(crate) const OTHER_PARTY_NOUNS: &[&str] = &[
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "partner",
    "partners",
    "friend",
    "friends",
    "ally",
    "allies",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "counterpart",
    "counterparts",
    "donor",
    "donors",
    "creditors",
    "enemy",
    "enemies",
    "adversary",
    "adversaries",
    "aggressor",
    "aggressors",
    "occupier",
    "occupiers",
];

/// How many words may stand between a possessive and a noun of [`OTHER_PARTY_NOUNS`] (`our
/// development partners`, `our dear old friends`).
const WORDS_BEFORE_OTHER_PARTY_NOUN: usize = 2;

impl<'a> SentenceView<'a> {
    /// Builds the view of `sentence`, with the mentions of sentence number `sentence_index`.
    pub(crate) fn new(
        text: &str,
        all_tokens: &'a [Token],
        sentence: &SentenceSegment,
        sentence_index: usize,
        actors: &ActorAnalysis,
    ) -> SentenceView<'a> {
        let tokens = &all_tokens[sentence.tokens.clone()];
        let lowercase = text[sentence.range.clone()].to_ascii_lowercase();
        let first_mention = actors
            .mentions
            .partition_point(|mention| mention.sentence < sentence_index);
        let mentions = actors.mentions[first_mention..]
            .iter()
            .take_while(|mention| mention.sentence == sentence_index)
            .filter_map(|mention| {
                let first = tokens.partition_point(|token| token.end <= mention.range.start);
                let last = tokens
                    .partition_point(|token| token.start < mention.range.end)
                    .checked_sub(1)?;
                if first > last {
                    return None;
                }
                let after_mention = &text[mention.range.end.min(tokens[last].end)..tokens[last].end];
                let mention_text = &text[mention.range.clone()];
                // The segmenter may make the possessive ending a token of its own (`States` `’`);
                // a bare apostrophe is a possessive only after a plural in `s`, not a closing quote.
                let next_token = tokens
                    .get(last + 1)
                    .and_then(|token| text.get(token.start..token.end));
                let ending_token = mention.range.end == tokens[last].end
                    && match next_token {
                        Some("'s" | "’s") => true,
                        Some("'" | "’") => mention_text.ends_with('s'),
                        _ => false,
                    };
                let possessive = ending_token
                    || matches!(after_mention, "'s" | "’s" | "'" | "’")
                    || mention_text.ends_with("'s")
                    || mention_text.ends_with("’s")
                    || matches!(
                        mention_text.to_ascii_lowercase().as_str(),
                        "its" | "their" | "our" | "his" | "her" | "your"
                    );
                Some(MentionInSentence {
                    actor: mention.actor,
                    first,
                    last,
                    kind: mention.kind,
                    possessive,
                    // Set below, once the view can read the words after the mention.
                    determines_another_party: false,
                })
            })
            .collect();
        let mut view = SentenceView {
            tokens,
            lowercase,
            sentence_start: sentence.range.start,
            mentions,
        };
        let determines_another_party: Vec<bool> = view
            .mentions
            .iter()
            .map(|mention| mention.possessive && view.possesses_another_party(mention.last))
            .collect();
        for (mention, determines) in view.mentions.iter_mut().zip(determines_another_party) {
            mention.determines_another_party = determines;
        }
        view
    }

    /// Whether the possessive mention ending at token `last` determines a noun of
    /// [`OTHER_PARTY_NOUNS`], with at most [`WORDS_BEFORE_OTHER_PARTY_NOUN`] words between them.
    fn possesses_another_party(&self, last: usize) -> bool {
        let mut position = last + 1;
        // The possessive's ending may be a token of its own (`Russia` `'s`, `the United States` `’`).
        while matches!(self.word(position), "'s" | "’s" | "'" | "’") {
            position += 1;
        }
        // A preposition or a conjunction ends the noun phrase (`its appeal to donor countries`,
        // `readiness to partner with`).
        (position..=position + WORDS_BEFORE_OTHER_PARTY_NOUN)
            .take_while(|&at| {
                self.tokens
                    .get(at)
                    .is_some_and(|token| token.kind == TokenKind::Word)
            })
            .map(|at| self.word(at))
            .take_while(|word| {
                !crate::coder::PREPOSITIONS.contains(word) && !matches!(*word, "and" | "or" | "but")
            })
            .any(|noun| OTHER_PARTY_NOUNS.contains(&noun))
    }

    /// Byte offset of the sentence in the document text.
    pub(crate) fn sentence_start(&self) -> usize {
        self.sentence_start
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lowercase text of token `position`, empty past the sentence's end.
    pub(crate) fn word(&self, position: usize) -> &str {
        // Past the sentence's end there is no word: the rules look a token or two ahead.
        let Some(token) = self.tokens.get(position) else {
            return "";
        };
        self.lowercase
            .get(token.start - self.sentence_start..token.end - self.sentence_start)
            .unwrap_or("")
    }

    /// Whether token `position` is a word or number (not punctuation or a symbol).
    pub(crate) fn is_word(&self, position: usize) -> bool {
        self.tokens
            .get(position)
            .is_some_and(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
    }

    /// The lowercase text of tokens `first..first + count`, joined by single spaces, when they are
    /// all words; `buffer` is reused to avoid allocating per lookup.
    pub(crate) fn phrase<'s>(
        &'s self,
        first: usize,
        count: usize,
        buffer: &'s mut String,
    ) -> Option<&'s str> {
        if first + count > self.len() {
            return None;
        }
        // Words written with single spaces between them (nearly all phrases) are a slice of the
        // lowercase sentence as they stand; only other spacing is rebuilt in `buffer`.
        let mut single_spaced = true;
        for position in first..first + count {
            if !self.is_word(position) {
                return None;
            }
            if position > first {
                let gap = self.tokens[position - 1].end..self.tokens[position].start;
                single_spaced &=
                    gap.len() == 1 && self.lowercase.as_bytes()[gap.start - self.sentence_start] == b' ';
            }
        }
        if single_spaced {
            let start = self.tokens[first].start - self.sentence_start;
            let end = self.tokens[first + count - 1].end - self.sentence_start;
            return self.lowercase.get(start..end);
        }
        buffer.clear();
        for position in first..first + count {
            if position > first {
                buffer.push(' ');
            }
            buffer.push_str(self.word(position));
        }
        Some(buffer.as_str())
    }

    /// The mention covering token `position`, if any.
    pub(crate) fn mention_at(&self, position: usize) -> Option<&MentionInSentence> {
        self.mentions
            .iter()
            .find(|mention| mention.first <= position && position <= mention.last)
    }

    /// Whether token `position` ends the clause it is in (`;`, `:`, a closing bracket, or `and`
    /// or `but` before a comma).
    pub(crate) fn is_clause_break(&self, position: usize) -> bool {
        // `condemns Iraq's aggression and, in conformity with Security Council resolutions,
        // demands`: a conjunction before an inserted phrase opens a new clause.
        matches!(self.word(position), ";" | ":" | ")" | "]")
            || (matches!(self.word(position), "and" | "but") && self.word(position + 1) == ",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view of the first sentence of `text`, with the actors the default context finds.
    fn first_sentence_phrases(text: &str, first: usize, count: usize) -> Option<String> {
        let segmentation = rhetor_segment::segment(text);
        let actors = rhetor_actors::find_actors(text, &segmentation, &rhetor_actors::ActorContext::default());
        let view = SentenceView::new(text, &segmentation.tokens, &segmentation.sentences[0], 0, &actors);
        let mut buffer = String::new();
        view.phrase(first, count, &mut buffer).map(str::to_owned)
    }

    #[test]
    fn phrases_are_lowercase_words_joined_by_single_spaces_whatever_the_spacing() {
        let text = "They  Call on\nthe Parties, to refrain.";
        // A slice of the sentence where single spaces separate the words, rebuilt elsewhere.
        assert_eq!(first_sentence_phrases(text, 1, 2).as_deref(), Some("call on"));
        assert_eq!(first_sentence_phrases(text, 0, 2).as_deref(), Some("they call"));
        assert_eq!(
            first_sentence_phrases(text, 2, 3).as_deref(),
            Some("on the parties")
        );
        // Punctuation is no word, and a phrase may not run past the sentence.
        assert_eq!(first_sentence_phrases(text, 4, 2), None);
        assert_eq!(first_sentence_phrases(text, 6, 9), None);
    }
}
