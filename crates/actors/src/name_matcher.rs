//! The name matcher: finds, in one sentence, the gazetteer names, sector terms and office-holder
//! family names, as non-overlapping pieces.
//!
//! At each word the matcher walks the name trie (case-sensitive: `US` is not `us`, `Turkey` is
//! not `turkey`) and the sector-term trie (lower-cased, so that `Police` and `police` both match,
//! with acronyms such as `NGOs` also matched as written), and keeps the longer match, the name on
//! a tie. A possessive `’s` may end the last token of a match; the piece's byte range then stops
//! before it.

use std::ops::Range;

use rhetor_schema::{Token, TokenKind};

use crate::anaphora::is_verb_like;
use crate::compositions::may_modify_noun;
use crate::gazetteer::{Gazetteer, NameTarget};
use crate::token_trie::{NodeId, TokenTrie};

/// Sector terms whose singular is far more often an adjective of quality than the group:
/// `Canada's firm support`, `our national reconciliation`, `Japan's humanitarian assistance`,
/// `academic freedom` name no business, citizens, aid workers or scholars (and `humanitarian
/// assistance` must stay whole for the event coder). Before a noun they are read as adjectives;
/// alone they still name the group (`a Russian national was arrested`, `the firm said`).
const ADJECTIVES_OF_QUALITY: [&str; 4] = ["firm", "national", "humanitarian", "academic"];

/// Nouns before which `military` is an adjective of kind, not the armed forces: `military
/// assistance`, `military equipment` and `military cooperation` are given, sold or agreed by a
/// government (every such gift in the gold sets is coded from a government), so the event coder
/// must not take `military` for the giver or the recipient (`we provided military assistance to
/// Ukraine`). Before other nouns it still names the forces (`military officers`, `military
/// operations`).
const NOUNS_OF_KIND_AFTER_MILITARY: [&str; 13] = [
    "assistance",
    "aid",
    "support",
    "equipment",
    "supplies",
    "hardware",
    "training",
    "financing",
    "funding",
    "sales",
    "cooperation",
    "package",
    "packages",
];

/// Head nouns that the data lists as one-word aliases after `the` (`the Commission`, `the
/// Union`, `the Fund`, `the Alliance`): right after another capitalised word they end a longer
/// name the gazetteer does not know (`the Gulf of Guinea Commission`, `the Global Fund`, `the
/// Northern Alliance`), not the organisation the alias stands for.
const ARTICLE_ALIAS_HEADS: [&str; 5] = ["Commission", "Union", "Fund", "Alliance", "Commonwealth"];

/// What a piece matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PieceKind {
    /// A gazetteer name; its readings are `gazetteer.names.values(node)`.
    Name(NodeId),
    /// A sector term, by row of sector_terms.tsv.
    Sector(usize),
    /// A lone capitalised word that is an office holder's family name.
    Surname(&'static str),
}

/// The gazetteer readings of `piece`: its name's targets, none for a sector term or a surname.
pub(crate) fn name_targets<'g>(gazetteer: &'g Gazetteer, piece: &Piece) -> &'g [NameTarget] {
    match piece.kind {
        PieceKind::Name(node) => gazetteer.names.values(node),
        PieceKind::Sector(_) | PieceKind::Surname(_) => &[],
    }
}

/// One match in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Indexes of its tokens in the segmentation's token list.
    pub(crate) tokens: Range<usize>,
    /// Its byte range, without a possessive ending.
    pub(crate) range: Range<usize>,
    /// Whether its last token carries a possessive ending (`Armenia’s`).
    pub(crate) possessive: bool,
    /// What it matched.
    pub(crate) kind: PieceKind,
}

/// A match found by a trie walk: one past its last token, its node, and whether it ended on a
/// possessive, with the byte length of that ending.
struct TrieMatch {
    /// One past the last token.
    end_token: usize,
    /// The node whose values it has.
    node: NodeId,
    /// Length in bytes of the possessive ending it stripped (0 for none).
    possessive_length: usize,
}

/// The text of a token with a possessive ending removed, and the length of that ending.
pub(crate) fn strip_possessive(word: &str) -> Option<(&str, usize)> {
    for ending in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(ending) {
            return (!stem.is_empty()).then_some((stem, ending.len()));
        }
    }
    for ending in ["'", "’"] {
        if let Some(stem) = word.strip_suffix(ending) {
            return stem.ends_with('s').then_some((stem, ending.len()));
        }
    }
    None
}

/// Whether a word starts with an upper-case letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Lower-cases `word` into `buffer` when it has upper-case letters; returns the lower-case form.
fn lower_case<'word>(word: &'word str, buffer: &'word mut String) -> &'word str {
    if word
        .bytes()
        .all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase())
    {
        return word;
    }
    buffer.clear();
    buffer.extend(word.chars().flat_map(char::to_lowercase));
    buffer
}

/// Finds the pieces of the sentence whose tokens are `tokens[sentence]`.
pub(crate) fn match_sentence(
    text: &str,
    tokens: &[Token],
    sentence: Range<usize>,
    gazetteer: &Gazetteer,
    pieces: &mut Vec<Piece>,
) {
    let mut buffer = String::new();
    let mut index = sentence.start;
    while index < sentence.end {
        let token = tokens[index];
        if token.kind != TokenKind::Word {
            index += 1;
            continue;
        }
        let name = longest_match(
            text,
            tokens,
            index..sentence.end,
            &gazetteer.names,
            false,
            &mut buffer,
        );
        let sector = longest_match(
            text,
            tokens,
            index..sentence.end,
            &gazetteer.sector_phrases,
            true,
            &mut buffer,
        );
        let (found, kind) = match (name, sector) {
            (Some(name), Some(sector)) if sector.end_token > name.end_token => {
                let row = gazetteer.sector_phrases.values(sector.node).first().copied();
                (Some(sector), row.map(PieceKind::Sector))
            }
            // A region of several countries (`North America`) or an agreement named after a city
            // (`the Minsk agreements`) names no actor, and what it contains (`America`, `Minsk`)
            // must not be read on its own.
            (Some(name), _)
                if gazetteer
                    .names
                    .values(name.node)
                    .iter()
                    .all(|target| *target == NameTarget::NotAnActor) =>
            {
                index = name.end_token;
                continue;
            }
            // A name that a longer name the gazetteer does not know begins (`the Lusaka Protocol`)
            // or ends (`the Gulf of Guinea Commission`) is not read on its own either.
            (Some(name), _)
                if opens_a_capital_named_name(text, tokens, &name, sentence.end, gazetteer)
                    || ends_an_unknown_name(text, tokens, index, sentence.start, name.end_token) =>
            {
                index = name.end_token;
                continue;
            }
            (Some(name), _) => {
                let node = name.node;
                (Some(name), Some(PieceKind::Name(node)))
            }
            (None, Some(sector))
                if is_adjective_of_quality(text, tokens, index, sector.end_token, sentence.end) =>
            {
                index = sector.end_token;
                continue;
            }
            (None, Some(sector)) => {
                let row = gazetteer.sector_phrases.values(sector.node).first().copied();
                (Some(sector), row.map(PieceKind::Sector))
            }
            (None, None) => (surname_match(text, token, index, gazetteer), None),
        };
        match (found, kind) {
            (Some(found), kind) => {
                let last = tokens[found.end_token - 1];
                let kind = kind.or_else(|| surname_kind(text, token, gazetteer));
                if let Some(kind) = kind {
                    pieces.push(Piece {
                        tokens: index..found.end_token,
                        range: token.start..last.end - found.possessive_length,
                        possessive: found.possessive_length > 0,
                        kind,
                    });
                }
                index = found.end_token;
            }
            (None, _) => index += 1,
        }
    }
}

/// Whether the name match `name` is a capital (every reading of it is one) right before one of
/// the words of capital_name_heads.tsv, which make it the first word of the name of a document,
/// a meeting or a group (`the Lusaka Protocol`, `the Bucharest Nine Ministerial`, `the Vienna
/// talks`, `Georgetown University`): the city names where it was signed or met, not a party to it,
/// so `support the Abuja Agreement` is no support of Nigeria's government.
fn opens_a_capital_named_name(
    text: &str,
    tokens: &[Token],
    name: &TrieMatch,
    sentence_end: usize,
    gazetteer: &Gazetteer,
) -> bool {
    if name.possessive_length > 0 || name.end_token >= sentence_end {
        return false;
    }
    let next = tokens[name.end_token];
    let readings = gazetteer.names.values(name.node);
    next.kind == TokenKind::Word
        && !readings.is_empty()
        && readings
            .iter()
            .all(|reading| matches!(reading, NameTarget::Capital(_)))
        && text
            .get(next.start..next.end)
            .is_some_and(|word| gazetteer.capital_name_heads.contains_key(word))
}

/// Whether the one-word match at `index` is one of the [`ARTICLE_ALIAS_HEADS`] right after a
/// capitalised word other than a sentence-opening article, which makes it the head of a longer
/// name.
fn ends_an_unknown_name(
    text: &str,
    tokens: &[Token],
    index: usize,
    sentence_start: usize,
    end_token: usize,
) -> bool {
    if end_token != index + 1 || index <= sentence_start {
        return false;
    }
    let word = |position: usize| {
        text.get(tokens[position].start..tokens[position].end)
            .unwrap_or("")
    };
    let head = word(index);
    let head = strip_possessive(head).map_or(head, |(stem, _)| stem);
    let previous = word(index - 1);
    ARTICLE_ALIAS_HEADS.contains(&head)
        && tokens[index - 1].kind == TokenKind::Word
        && is_capitalised(previous)
        && previous != "The"
}

/// Whether the one-word sector term at `index` (ending before `end_token`) is one of the
/// [`ADJECTIVES_OF_QUALITY`] modifying the noun after it (a lower-case word that may stand in a
/// noun phrase and is no verb), or `military` before one of [`NOUNS_OF_KIND_AFTER_MILITARY`].
fn is_adjective_of_quality(
    text: &str,
    tokens: &[Token],
    index: usize,
    end_token: usize,
    sentence_end: usize,
) -> bool {
    let word = |at: usize| text.get(tokens[at].start..tokens[at].end).unwrap_or("");
    if end_token != index + 1 || end_token >= sentence_end || tokens[end_token].kind != TokenKind::Word {
        return false;
    }
    let quality_adjective = ADJECTIVES_OF_QUALITY
        .iter()
        .any(|form| word(index).eq_ignore_ascii_case(form))
        && may_modify_noun(word(end_token))
        && !is_verb_like(word(end_token));
    let military_kind = word(index).eq_ignore_ascii_case("military")
        && NOUNS_OF_KIND_AFTER_MILITARY
            .iter()
            .any(|noun| word(end_token).eq_ignore_ascii_case(noun));
    quality_adjective || military_kind
}

/// A lone family name at `index`, as a one-token match (its node is unused).
fn surname_match(text: &str, token: Token, index: usize, gazetteer: &Gazetteer) -> Option<TrieMatch> {
    let word = text.get(token.start..token.end)?;
    if !is_capitalised(word) {
        return None;
    }
    if gazetteer.surnames.contains_key(word) {
        return Some(TrieMatch {
            end_token: index + 1,
            node: 0,
            possessive_length: 0,
        });
    }
    let (stem, ending) = strip_possessive(word)?;
    gazetteer.surnames.contains_key(stem).then_some(TrieMatch {
        end_token: index + 1,
        node: 0,
        possessive_length: ending,
    })
}

/// The surname piece kind of a token known to be a family name.
fn surname_kind(text: &str, token: Token, gazetteer: &Gazetteer) -> Option<PieceKind> {
    let word = text.get(token.start..token.end)?;
    let stem = strip_possessive(word).map_or(word, |(stem, _)| stem);
    gazetteer
        .surnames
        .get_key_value(stem)
        .or_else(|| gazetteer.surnames.get_key_value(word))
        .map(|(&surname, _)| PieceKind::Surname(surname))
}

/// The word that tokens `index`, `index + 1` and `index + 2` make when they are a word broken at
/// its hyphen by a line break or a stray space (`Secretary-` at the end of a line, `General` on
/// the next; `Timor- Leste`), as hard-wrapped and typeset texts break them: the hyphen attached to
/// the word before it and a word after the break.
fn word_broken_at_hyphen(
    text: &str,
    tokens: &[Token],
    index: usize,
    end: usize,
    joined: &mut String,
) -> bool {
    if index + 2 >= end {
        return false;
    }
    let (before, hyphen, after) = (tokens[index], tokens[index + 1], tokens[index + 2]);
    let broken = before.kind == TokenKind::Word
        && after.kind == TokenKind::Word
        && hyphen.start == before.end
        && after.start > hyphen.end
        && text.get(hyphen.start..hyphen.end) == Some("-");
    if !broken {
        return false;
    }
    joined.clear();
    joined.push_str(text.get(before.start..before.end).unwrap_or(""));
    joined.push('-');
    joined.push_str(text.get(after.start..after.end).unwrap_or(""));
    true
}

/// The longest phrase of `trie` starting at `span.start`, if any. A word broken at its hyphen
/// (see [`word_broken_at_hyphen`]) is looked up whole when the trie knows it whole.
fn longest_match<V>(
    text: &str,
    tokens: &[Token],
    span: Range<usize>,
    trie: &TokenTrie<V>,
    lower_case_keys: bool,
    buffer: &mut String,
) -> Option<TrieMatch> {
    let mut best = None;
    let mut node: Option<NodeId> = None;
    let mut straight_apostrophes = String::new();
    let mut joined = String::new();
    let mut index = span.start;
    while index < span.end {
        let token = tokens[index];
        let step = |key: &str| match node {
            None => trie.root(key),
            Some(node) => trie.child(node, key),
        };
        let mut word = text.get(token.start..token.end)?;
        let mut word_tokens = 1;
        if word_broken_at_hyphen(text, tokens, index, span.end, &mut joined) {
            let known_whole = step(&joined).is_some()
                || (lower_case_keys && step(lower_case(&joined, buffer)).is_some())
                || strip_possessive(&joined).is_some_and(|(stem, _)| step(stem).is_some());
            if known_whole {
                word = &joined;
                word_tokens = 3;
            }
        }
        let last = index + word_tokens - 1;
        let mut next = step(word);
        if next.is_none() && lower_case_keys {
            next = step(lower_case(word, buffer));
        }
        // The data spells names with a straight apostrophe (`People's Republic of China`); texts
        // often use the typographic one (`People’s`).
        if next.is_none() && word.contains('’') {
            straight_apostrophes.clear();
            straight_apostrophes.extend(
                word.chars()
                    .map(|character| if character == '’' { '\'' } else { character }),
            );
            next = step(&straight_apostrophes);
            // Sector terms are keyed in lower case: `Chargé d’Affaires` is `chargé d'affaires`.
            if next.is_none() && lower_case_keys {
                next = step(lower_case(&straight_apostrophes, buffer));
            }
        }
        // A possessive may end the phrase: `Armenia’s government` holds `Armenia`.
        if let Some((stem, ending)) = strip_possessive(word) {
            let mut stem_node = step(stem);
            if stem_node.is_none() && lower_case_keys {
                stem_node = step(lower_case(stem, buffer));
            }
            if let Some(stem_node) = stem_node.filter(|&stem_node| !trie.values(stem_node).is_empty()) {
                if next.is_none_or(|next| trie.values(next).is_empty()) {
                    return Some(TrieMatch {
                        end_token: last + 1,
                        node: stem_node,
                        possessive_length: ending,
                    });
                }
            }
        }
        let Some(reached) = next else {
            break;
        };
        if !trie.values(reached).is_empty() {
            best = Some(TrieMatch {
                end_token: last + 1,
                node: reached,
                possessive_length: 0,
            });
        }
        node = Some(reached);
        index = last + 1;
    }
    best
}
