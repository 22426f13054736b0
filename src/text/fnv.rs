//! FNV-1a hashing for the fixed word tables built from the rules (cues, titles, negations).
//!
//! Their keys are short words and no input is ever inserted, so SipHash's protection against
//! crafted keys buys nothing there while its set-up cost dominates each look-up. Tables that
//! take words from the input (the checker's vocabulary) keep the standard hasher.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a hasher.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A set of words fixed by the rules.
pub type WordSet = HashSet<String, BuildHasherDefault<Fnv>>;

/// A map from words fixed by the rules.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;
