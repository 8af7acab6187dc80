//! Evidence from scare quotes: a phrase the speaker quotes to distance itself from it disparages
//! whoever it is attributed to.

use rhetor_schema::{QuoteKind, TokenKind};

use std::ops::Range;

use crate::{push_evidence, tokens_of_range, Evidence, StanceContext};

/// The weight of one scare quote for the actor it is attributed to.
const SCARE_QUOTE_WEIGHT: f64 = -0.6;

/// How many tokens after a scare quote a mention may start and still be the noun it qualifies
/// (`"independent" NGOs`, `"democratic" forces of X`).
const QUALIFIED_NOUN_GAP: usize = 1;

/// How many tokens after a scare quote the nearest following mention may start when nothing
/// before the quote can be its author.
const FOLLOWING_MENTION_WINDOW: usize = 6;

/// Scare quotes are short phrases (`"independent"`, `"a cynical lie"`); a longer "scare quote"
/// is a quotation the segmenter could not attribute, and says nothing of the speaker's contempt.
const SCARE_QUOTE_MAX_WORDS: usize = 4;

/// A mention located by token indices.
struct LocatedMention {
    actor: usize,
    first_token: usize,
    end_token: usize,
}

/// Adds the evidence of the document's scare quotes.
pub(crate) fn scare_quote_evidence(context: &StanceContext<'_>, evidence: &mut Vec<Evidence>) {
    let segmentation = context.segmentation;
    let mentions = &context.actors.mentions;
    // Mentions and quotes are both in text order, so one cursor finds each quote's sentence's
    // mentions.
    let mut first_mention_of_sentence = 0;
    for quote in &segmentation.quotes {
        if quote.kind != QuoteKind::Scare {
            continue;
        }
        let Some(sentence) = segmentation.sentences.get(quote.sentence) else {
            continue;
        };
        while mentions
            .get(first_mention_of_sentence)
            .is_some_and(|mention| mention.sentence < quote.sentence)
        {
            first_mention_of_sentence += 1;
        }
        let sentence_mentions: Vec<LocatedMention> = mentions[first_mention_of_sentence..]
            .iter()
            .take_while(|mention| mention.sentence == quote.sentence)
            .filter(|mention| mention.range.start >= sentence.range.start)
            .map(|mention| {
                let tokens = tokens_of_range(segmentation, &mention.range);
                LocatedMention {
                    actor: mention.actor,
                    first_token: tokens.start,
                    end_token: tokens.end,
                }
            })
            .collect();
        let Range {
            start: quote_first_token,
            end: quote_end_token,
        } = tokens_of_range(segmentation, &quote.range);
        let content_tokens = tokens_of_range(segmentation, &quote.content);
        let words = segmentation
            .tokens
            .get(content_tokens)
            .unwrap_or_default()
            .iter()
            .filter(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
            .count();
        if words > SCARE_QUOTE_MAX_WORDS {
            continue;
        }
        let inside = |mention: &&LocatedMention| {
            mention.first_token >= quote_first_token && mention.end_token <= quote_end_token
        };
        let not_speaker = |mention: &&LocatedMention| !context.is_speaker(mention.actor);

        let attributed_to = sentence_mentions
            .iter()
            .find(inside)
            .or_else(|| {
                sentence_mentions.iter().find(|mention| {
                    mention.first_token >= quote_end_token
                        && mention.first_token - quote_end_token <= QUALIFIED_NOUN_GAP
                })
            })
            .or_else(|| {
                sentence_mentions
                    .iter()
                    .filter(not_speaker)
                    .rfind(|mention| mention.end_token <= quote_first_token)
            })
            .or_else(|| {
                sentence_mentions.iter().filter(not_speaker).find(|mention| {
                    mention.first_token >= quote_end_token
                        && mention.first_token - quote_end_token <= FOLLOWING_MENTION_WINDOW
                })
            });
        if let Some(mention) = attributed_to {
            push_evidence(
                context,
                evidence,
                mention.actor,
                quote.range.clone(),
                SCARE_QUOTE_WEIGHT,
            );
        }
    }
}
