//! A trie over tokens: the lookup structure behind every multi-word name and term.
//!
//! Names are stored as the token sequences the segmenter produces for them, so a name matches a
//! text exactly when the text's tokens spell it: matches fall on token boundaries by
//! construction, and `U.S.` or `Armenia’s` are single tokens on both sides. The root level is a
//! hash map behind a table of the bytes first tokens begin with (almost every token of a text
//! misses there, most on their first byte, the rest in one hash lookup); deeper levels are short
//! vectors, because few names share a prefix.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast, non-cryptographic hasher for short token keys (the keys come from our own data, and a
/// text can only make lookups miss, so hash flooding is no concern).
#[derive(Default, Clone, Copy)]
pub(crate) struct TokenHasher(u64);

impl Hasher for TokenHasher {
    fn write(&mut self, bytes: &[u8]) {
        // FxHash-style mixing: rotate, xor, multiply, eight bytes at a time.
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut hash = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
        for &byte in chunks.remainder() {
            hash = (hash.rotate_left(5) ^ u64::from(byte)).wrapping_mul(SEED);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed by tokens, with [`TokenHasher`].
pub(crate) type TokenMap<K, V> = HashMap<K, V, BuildHasherDefault<TokenHasher>>;

/// One node of the trie: the values of the phrase that ends here, and the tokens that continue it.
#[derive(Debug)]
struct TrieNode<V> {
    /// Continuations, searched linearly (rarely more than a few).
    children: Vec<(&'static str, u32)>,
    /// The values stored for the phrase that ends at this node.
    values: Vec<V>,
}

/// Index of a trie node.
pub(crate) type NodeId = u32;

/// A trie whose edges are tokens and whose nodes carry values.
#[derive(Debug)]
pub(crate) struct TokenTrie<V> {
    /// First tokens of all phrases.
    roots: TokenMap<&'static str, NodeId>,
    /// Which bytes begin a first token: most words of a text begin with a byte no name begins
    /// with (a lower-case letter, for the case-sensitive name trie), and are turned away here
    /// without hashing them.
    first_bytes: [bool; 256],
    /// All nodes below the root level.
    nodes: Vec<TrieNode<V>>,
}

impl<V> Default for TokenTrie<V> {
    fn default() -> Self {
        TokenTrie {
            roots: TokenMap::default(),
            first_bytes: [false; 256],
            nodes: Vec::new(),
        }
    }
}

impl<V: PartialEq> TokenTrie<V> {
    /// Stores `value` under the phrase spelled by `tokens`; a value already stored there is not
    /// stored twice. An empty phrase is ignored.
    pub(crate) fn insert(&mut self, tokens: &[&'static str], value: V) {
        let Some((&first, rest)) = tokens.split_first() else {
            return;
        };
        let mut node = match self.roots.get(first) {
            Some(&node) => node,
            None => {
                let node = self.push_node();
                self.roots.insert(first, node);
                if let Some(&byte) = first.as_bytes().first() {
                    self.first_bytes[usize::from(byte)] = true;
                }
                node
            }
        };
        for &token in rest {
            let existing = self.nodes[node as usize]
                .children
                .iter()
                .find(|(edge, _)| *edge == token)
                .map(|&(_, child)| child);
            node = match existing {
                Some(child) => child,
                None => {
                    let child = self.push_node();
                    self.nodes[node as usize].children.push((token, child));
                    child
                }
            };
        }
        let values = &mut self.nodes[node as usize].values;
        if !values.contains(&value) {
            values.push(value);
        }
    }

    /// Appends an empty node and returns its id.
    fn push_node(&mut self) -> NodeId {
        self.nodes.push(TrieNode {
            children: Vec::new(),
            values: Vec::new(),
        });
        // The tries hold a few thousand phrases, far below u32::MAX nodes.
        u32::try_from(self.nodes.len() - 1).unwrap_or(u32::MAX)
    }
}

impl<V> TokenTrie<V> {
    /// The node reached from the root by `token`.
    pub(crate) fn root(&self, token: &str) -> Option<NodeId> {
        if let Some(&first_byte) = token.as_bytes().first() {
            if !self.first_bytes[usize::from(first_byte)] {
                return None;
            }
        }
        self.roots.get(token).copied()
    }

    /// The node reached from `node` by `token`.
    pub(crate) fn child(&self, node: NodeId, token: &str) -> Option<NodeId> {
        self.nodes
            .get(node as usize)?
            .children
            .iter()
            .find(|(edge, _)| *edge == token)
            .map(|&(_, child)| child)
    }

    /// The values of the phrase ending at `node` (empty when only a longer phrase passes there).
    pub(crate) fn values(&self, node: NodeId) -> &[V] {
        self.nodes
            .get(node as usize)
            .map_or(&[][..], |node| &node.values[..])
    }

    /// Number of distinct phrases' first tokens, for the data tests.
    #[cfg(test)]
    pub(crate) fn root_count(&self) -> usize {
        self.roots.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_tokens_are_found_whatever_byte_they_begin_with_and_others_are_not() {
        let mut trie = TokenTrie::default();
        trie.insert(&["Armenia"], 1);
        trie.insert(&["al-Qaeda"], 2);
        trie.insert(&["the", "Union"], 3);
        trie.insert(&["Ελλάδα"], 4);
        for (token, value) in [("Armenia", 1), ("al-Qaeda", 2), ("Ελλάδα", 4)] {
            let node = trie.root(token).expect(token);
            assert_eq!(trie.values(node), &[value]);
        }
        let the = trie.root("the").expect("a first token of a longer phrase");
        assert!(trie.values(the).is_empty());
        assert_eq!(trie.values(trie.child(the, "Union").expect("Union")), &[3]);
        // A byte no first token begins with, a known first byte with another word, no word.
        for missing in ["armenia", "Azerbaijan", "tyranny", "Ελλάς", ""] {
            assert_eq!(trie.root(missing), None, "{missing}");
        }
    }
}
