//! A small random-number generator for tests that compare a fast routine with a plain one on
//! many made-up inputs: the same seed gives the same inputs on every run and every machine.

/// Marsaglia's xorshift over 64 bits.
pub(crate) struct XorShift(u64);

impl XorShift {
    /// A generator from a seed other than zero.
    pub(crate) fn new(seed: u64) -> Self {
        XorShift(seed)
    }

    /// The next number below `n` (`n` above zero).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}
