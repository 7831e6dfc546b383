//! The pair filter of [`super::FormIndex`]: a word pair that starts no phrase is turned away
//! with one bit, before the forms are compared.

use super::WordId;

/// A one-hash Bloom filter of word pairs: most pairs of words that follow a phrase's first
/// word start no phrase, and are turned away by one bit before the forms are tried (a pair
/// whose bit is set may still be in no form: the hash map of pairs decides).
#[derive(Debug)]
pub(super) struct PairFilter {
    bits: Box<[u64]>,
    /// 64 minus log2 of the number of bits.
    shift: u32,
}

impl PairFilter {
    pub(super) fn new(pairs: impl ExactSizeIterator<Item = (WordId, WordId)>) -> Self {
        // About 16 bits per pair (a pair not filed finds its bit set about once in 16),
        // at least 64 bits.
        let places = (pairs.len() * 16).next_power_of_two().max(64);
        let mut filter = PairFilter {
            bits: vec![0; places / 64].into_boxed_slice(),
            shift: 64 - places.trailing_zeros(),
        };
        for (first, second) in pairs {
            let bit = filter.bit(first, second);
            filter.bits[bit / 64] |= 1 << (bit % 64);
        }
        filter
    }

    #[inline]
    fn bit(&self, first: WordId, second: WordId) -> usize {
        let key = u64::from(first) << 32 | u64::from(second);
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Whether the pair may be filed (false: it certainly is not).
    #[inline]
    pub(super) fn may_hold(&self, first: WordId, second: WordId) -> bool {
        let bit = self.bit(first, second);
        self.bits[bit / 64] >> (bit % 64) & 1 != 0
    }
}
