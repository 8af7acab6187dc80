//! Evidence from the polarity words around mentions (`data/polarity.tsv`).
//!
//! Each sentence is read once: its words are lowercased into one buffer, the lexicon's phrases
//! matched longest first, and each polarity word given to the mention it is said of (see the
//! crate documentation). Only mentions of the same sentence within [`WINDOW`] tokens are
//! candidates, so the work per word is bounded by the mentions of its sentence.

use std::ops::Range;

use rhetor_schema::{Event, QuoteKind, TokenKind};

use crate::tables::{LexiconEntry, WordKind};
use crate::{push_evidence, token_at_or_after, tokens_of_range, Evidence, StanceContext};

/// How far (in tokens) a polarity word reaches to a mention.
const WINDOW: usize = 6;
/// How far back (in tokens) a negator flips a polarity word.
const NEGATION_REACH: usize = 3;
/// Sentiment is weaker evidence than an event: a strong word next to a mention weighs half a
/// condemnation.
const SENTIMENT_FACTOR: f64 = 0.5;
/// A negated judgement (`no authority`) counts less than the opposite judgement would.
const NEGATED_QUALITY_FACTOR: f64 = -0.75;
/// Sympathy for the patient of a hurtful act counts half of the blame of its agent.
const SYMPATHY_FACTOR: f64 = 0.5;
/// Words inside a direct quotation are often, but not always, the speaker's own (a statement
/// quoting its minister; a news report quoting others).
const DIRECT_QUOTATION_FACTOR: f64 = 0.5;

/// Polarity words in a sentence that reports someone else's claim (`X said that ...`, as the
/// events stage attributes it) are that someone's more than the speaker's.
const REPORTED_SPEECH_FACTOR: f64 = 0.3;

/// Damping by distance in tokens: 1 inside a mention, 0.75 next to it, 0.33 at the window's edge.
fn distance_damping(distance: usize) -> f64 {
    1.0 / (1.0 + distance as f64 / 3.0)
}

/// A mention of the current sentence, by token indices within the sentence.
struct SentenceMention {
    actor: usize,
    first_token: usize,
    end_token: usize,
}

/// A lexicon phrase found in the current sentence.
struct PhraseMatch {
    first_token: usize,
    end_token: usize,
    entry: &'static LexiconEntry,
}

/// The lowercased words of the current sentence.
#[derive(Clone, Copy)]
struct SentenceWords<'a> {
    lowered: &'a str,
    ranges: &'a [Range<usize>],
}

impl<'a> SentenceWords<'a> {
    /// The lowercased word of the sentence's token `index`.
    fn word(self, index: usize) -> Option<&'a str> {
        self.ranges
            .get(index)
            .and_then(|range| self.lowered.get(range.clone()))
    }
}

/// Adds the evidence of the polarity words of every sentence.
pub(crate) fn sentiment_evidence(
    context: &StanceContext<'_>,
    events: &[Event],
    evidence: &mut Vec<Evidence>,
) {
    let segmentation = context.segmentation;
    let token_count = segmentation.tokens.len();
    let in_trigger = tokens_in_triggers(context, events);
    let quote_factor = quote_factor_of_tokens(context);
    let reported_sentences = sentences_reporting_others(context, events);

    let mut lowered = String::new();
    let mut word_ranges: Vec<Range<usize>> = Vec::new();
    let mut kind_of_token: Vec<Option<WordKind>> = Vec::new();
    let mut matches: Vec<PhraseMatch> = Vec::new();
    let mut sentence_mentions: Vec<SentenceMention> = Vec::new();
    let mut next_mention = 0;

    for (sentence_index, sentence) in segmentation.sentences.iter().enumerate() {
        let tokens = sentence.tokens.start.min(token_count)..sentence.tokens.end.min(token_count);
        let Some(sentence_tokens) = segmentation.tokens.get(tokens.clone()) else {
            continue;
        };

        // The sentence's mentions; mentions are in text order, like sentences.
        sentence_mentions.clear();
        let mentions = &context.actors.mentions;
        while mentions
            .get(next_mention)
            .is_some_and(|mention| mention.sentence < sentence_index)
        {
            next_mention += 1;
        }
        for mention in mentions[next_mention.min(mentions.len())..]
            .iter()
            .take_while(|mention| mention.sentence == sentence_index)
        {
            let Range {
                start: first_token,
                end: end_token,
            } = tokens_of_range(segmentation, &mention.range);
            if first_token < tokens.start || end_token > tokens.end || first_token >= end_token {
                continue;
            }
            sentence_mentions.push(SentenceMention {
                actor: mention.actor,
                first_token: first_token - tokens.start,
                end_token: end_token - tokens.start,
            });
        }

        // Lowercased words, with curly apostrophes made straight, for the lexicon lookup.
        lowered.clear();
        word_ranges.clear();
        for token in sentence_tokens {
            let start = lowered.len();
            if let Some(word) = context.text.get(token.start..token.end) {
                // Most words are ASCII: lowercase them byte by byte, which is several times
                // faster than by characters.
                if word.is_ascii() {
                    lowered.extend(word.bytes().map(|byte| char::from(byte.to_ascii_lowercase())));
                    word_ranges.push(start..lowered.len());
                    continue;
                }
                for character in word.chars() {
                    if character == '\u{2019}' {
                        lowered.push('\'');
                    } else {
                        lowered.extend(character.to_lowercase());
                    }
                }
            }
            word_ranges.push(start..lowered.len());
        }
        let words = SentenceWords {
            lowered: &lowered,
            ranges: &word_ranges,
        };

        // Lexicon phrases, longest first, not overlapping.
        matches.clear();
        kind_of_token.clear();
        kind_of_token.resize(sentence_tokens.len(), None);
        let mut index = 0;
        while index < sentence_tokens.len() {
            let found = if sentence_tokens[index].kind == TokenKind::Word {
                match_phrase(context, index, words)
            } else {
                None
            };
            match found {
                Some((length, entry)) => {
                    for kind in kind_of_token.iter_mut().skip(index).take(length) {
                        *kind = Some(entry.kind);
                    }
                    if entry.polarity != 0.0 {
                        matches.push(PhraseMatch {
                            first_token: index,
                            end_token: index + length,
                            entry,
                        });
                    }
                    index += length;
                }
                None => index += 1,
            }
        }

        for phrase in &matches {
            let global = tokens.start + phrase.first_token..tokens.start + phrase.end_token;
            let factor = global
                .clone()
                .map(|token| quote_factor.get(token).copied().unwrap_or(1.0))
                .fold(1.0_f64, f64::min);
            if factor == 0.0 {
                continue;
            }
            let is_trigger = global
                .clone()
                .any(|token| in_trigger.get(token).copied().unwrap_or(false));
            let range = match (
                segmentation.tokens.get(global.start),
                global
                    .end
                    .checked_sub(1)
                    .and_then(|last| segmentation.tokens.get(last)),
            ) {
                (Some(first), Some(last)) => first.start..last.end,
                _ => continue,
            };
            let reported = reported_sentences.get(sentence_index).copied().unwrap_or(false);
            let scale = SENTIMENT_FACTOR * factor * if reported { REPORTED_SPEECH_FACTOR } else { 1.0 };
            let reading = PhraseReading {
                phrase,
                mentions: &sentence_mentions,
                kind_of_token: &kind_of_token,
                words,
            };
            for (actor, weight) in reading.attributions(is_trigger, context.text.get(range.clone())) {
                push_evidence(context, evidence, actor, range.clone(), weight * scale);
            }
        }
    }
}

/// The longest lexicon phrase starting at the sentence's token `index`: its length in tokens and
/// its entry. A single word is also tried without a plural `s`.
fn match_phrase(
    context: &StanceContext<'_>,
    index: usize,
    words: SentenceWords<'_>,
) -> Option<(usize, &'static LexiconEntry)> {
    let tables: &'static crate::tables::StanceTables = context.tables;
    let first = words.word(index)?;
    if let Some(entries) = tables.lexicon.get(first) {
        for entry in entries {
            let matches_rest = entry
                .following_words
                .iter()
                .enumerate()
                .all(|(offset, expected)| words.word(index + 1 + offset) == Some(expected.as_str()));
            if matches_rest {
                return Some((1 + entry.following_words.len(), entry));
            }
        }
    }
    let singular = first.strip_suffix('s').filter(|stem| stem.len() >= 3)?;
    let entries = tables.lexicon.get(singular)?;
    entries
        .iter()
        .find(|entry| entry.following_words.is_empty())
        .map(|entry| (1, entry))
}

/// One polarity phrase with what is needed to decide whom it is about.
struct PhraseReading<'r> {
    phrase: &'r PhraseMatch,
    mentions: &'r [SentenceMention],
    kind_of_token: &'r [Option<WordKind>],
    words: SentenceWords<'r>,
}

impl PhraseReading<'_> {
    /// The actors the phrase is about and its (unscaled) weight for each.
    fn attributions(&self, is_trigger: bool, phrase_text: Option<&str>) -> Vec<(usize, f64)> {
        let phrase = self.phrase;
        let polarity = phrase.entry.polarity;

        // A word inside a mention: a lowercase label chosen for the actor (`separatists`,
        // `occupiers`) speaks of it, and a hurtful act in it makes it the patient (`displaced
        // persons`); a capitalised word is part of a name (`Ministry of Justice`) and says nothing.
        if let Some(mention) = self
            .mentions
            .iter()
            .find(|mention| mention.first_token < phrase.end_token && phrase.first_token < mention.end_token)
        {
            let capitalised = phrase_text
                .and_then(|text| text.chars().next())
                .is_some_and(char::is_uppercase);
            if capitalised || is_trigger {
                return Vec::new();
            }
            let weight = match phrase.entry.kind {
                WordKind::Harm => -polarity * SYMPATHY_FACTOR,
                _ => polarity,
            };
            return vec![(mention.actor, weight)];
        }

        let negated = (phrase.first_token.saturating_sub(NEGATION_REACH)..phrase.first_token)
            .any(|token| self.kind_of_token.get(token) == Some(&Some(WordKind::Negator)));
        let before = self
            .mentions
            .iter()
            .filter(|mention| mention.end_token <= phrase.first_token)
            .map(|mention| (mention, phrase.first_token - mention.end_token + 1))
            .filter(|(_, distance)| *distance <= WINDOW)
            .min_by_key(|(_, distance)| *distance);
        let after = self
            .mentions
            .iter()
            .filter(|mention| mention.first_token >= phrase.end_token)
            .map(|mention| (mention, mention.first_token - phrase.end_token + 1))
            .filter(|(_, distance)| *distance <= WINDOW)
            .min_by_key(|(_, distance)| *distance);
        let link_after = after.and_then(|(mention, _)| {
            (phrase.end_token..mention.first_token).find_map(|token| match self.kind_of_token.get(token) {
                Some(Some(kind @ (WordKind::LinkPatient | WordKind::LinkOf | WordKind::LinkAgent))) => {
                    Some(*kind)
                }
                _ => None,
            })
        });

        let mut attributions = Vec::new();
        match phrase.entry.kind {
            WordKind::Quality => {
                if is_trigger {
                    return attributions;
                }
                let weight = if negated {
                    polarity * NEGATED_QUALITY_FACTOR
                } else {
                    polarity
                };
                // A mention behind `in`, `against`, `to` is a place or a patient, not the one
                // judged.
                let after = after.filter(|_| link_after != Some(WordKind::LinkPatient));
                let nearest = before
                    .map(|(_, distance)| distance)
                    .into_iter()
                    .chain(after.map(|(_, distance)| distance))
                    .min();
                for (mention, distance) in before.into_iter().chain(after) {
                    if Some(distance) == nearest {
                        attributions.push((mention.actor, weight * distance_damping(distance)));
                    }
                }
            }
            WordKind::Harm | WordKind::HarmOfAgent => {
                if negated {
                    return attributions;
                }
                let passive = self.is_passive();
                let agent_weight = |distance| {
                    if is_trigger {
                        0.0
                    } else {
                        polarity * distance_damping(distance)
                    }
                };
                let patient_weight = |distance| -polarity * SYMPATHY_FACTOR * distance_damping(distance);
                // A preposition between the mention and the act (`condemnation from X of the
                // blockade`) makes the mention something else than its agent or patient.
                let before = before.filter(|(mention, _)| {
                    !(mention.end_token..phrase.first_token).any(|token| {
                        matches!(
                            self.kind_of_token.get(token),
                            Some(Some(
                                WordKind::LinkPatient | WordKind::LinkOf | WordKind::LinkAgent
                            ))
                        )
                    })
                });
                if let Some((mention, distance)) = before {
                    let weight = if passive {
                        patient_weight(distance)
                    } else {
                        agent_weight(distance)
                    };
                    attributions.push((mention.actor, weight));
                }
                if let Some((mention, distance)) = after {
                    let agent_behind_link = match link_after {
                        Some(WordKind::LinkAgent) => true,
                        Some(WordKind::LinkOf) => phrase.entry.kind == WordKind::HarmOfAgent,
                        _ => false,
                    };
                    let weight = if agent_behind_link {
                        agent_weight(distance)
                    } else {
                        patient_weight(distance)
                    };
                    attributions.push((mention.actor, weight));
                }
            }
            WordKind::Negator
            | WordKind::Passive
            | WordKind::LinkPatient
            | WordKind::LinkOf
            | WordKind::LinkAgent => {}
        }
        attributions
    }

    /// Whether a form of `be` precedes the phrase, possibly with one adverb between (`were
    /// occupied`, `was brutally attacked`).
    fn is_passive(&self) -> bool {
        let first = self.phrase.first_token;
        let passive_at = |token: usize| self.kind_of_token.get(token) == Some(&Some(WordKind::Passive));
        match first.checked_sub(1) {
            Some(previous) if passive_at(previous) => true,
            Some(previous) => {
                let adverb = self.words.word(previous).is_some_and(|word| word.ends_with("ly"));
                adverb && previous.checked_sub(1).is_some_and(passive_at)
            }
            None => false,
        }
    }
}

/// For every sentence, whether an event in it is reported by someone other than the speaker.
fn sentences_reporting_others(context: &StanceContext<'_>, events: &[Event]) -> Vec<bool> {
    let sentences = &context.segmentation.sentences;
    let mut reported = vec![false; sentences.len()];
    let speaker_id = context
        .actors
        .speaker
        .and_then(|speaker| context.actors.actors.get(speaker))
        .map(|speaker| speaker.id.as_str());
    for event in events {
        let Some(reporter) = event.reported_by.as_deref() else {
            continue;
        };
        if Some(reporter) == speaker_id {
            continue;
        }
        let sentence = sentences.partition_point(|sentence| sentence.range.end <= event.trigger.start);
        if let Some(flag) = reported.get_mut(sentence) {
            *flag = true;
        }
    }
    reported
}

/// For every token, whether it is part of an event's trigger.
fn tokens_in_triggers(context: &StanceContext<'_>, events: &[Event]) -> Vec<bool> {
    let tokens = &context.segmentation.tokens;
    let mut in_trigger = vec![false; tokens.len()];
    for event in events {
        let mut token = token_at_or_after(context.segmentation, event.trigger.start);
        while tokens
            .get(token)
            .is_some_and(|found| found.start < event.trigger.end)
        {
            if let Some(flag) = in_trigger.get_mut(token) {
                *flag = true;
            }
            token += 1;
        }
    }
    in_trigger
}

/// For every token, how much a polarity word there counts: 0 inside scare quotes and titles (the
/// speaker disowns the words), [`DIRECT_QUOTATION_FACTOR`] inside direct quotations, else 1.
fn quote_factor_of_tokens(context: &StanceContext<'_>) -> Vec<f64> {
    let segmentation = context.segmentation;
    let mut factors = vec![1.0; segmentation.tokens.len()];
    let mut apply = |content: &Range<usize>, factor: f64| {
        let mut token = token_at_or_after(segmentation, content.start);
        while segmentation
            .tokens
            .get(token)
            .is_some_and(|found| found.start < content.end)
        {
            if let Some(current) = factors.get_mut(token) {
                *current = f64::min(*current, factor);
            }
            token += 1;
        }
    };
    for quote in &segmentation.quotes {
        let factor = match quote.kind {
            QuoteKind::Direct => DIRECT_QUOTATION_FACTOR,
            QuoteKind::Scare | QuoteKind::Title => 0.0,
        };
        apply(&quote.content, factor);
    }
    factors
}
