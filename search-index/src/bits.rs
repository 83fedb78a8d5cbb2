//! A fixed-length set of row numbers, one bit each: the provider directory's filters are
//! intersections of these, and its facet counts are taken over them.

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Bits {
    words: Box<[u64]>,
    len: usize,
}

impl Bits {
    pub fn zeros(len: usize) -> Self {
        Self {
            words: vec![0; len.div_ceil(64)].into_boxed_slice(),
            len,
        }
    }

    pub fn ones(len: usize) -> Self {
        let mut b = Self {
            words: vec![u64::MAX; len.div_ceil(64)].into_boxed_slice(),
            len,
        };
        b.clear_tail();
        b
    }

    fn clear_tail(&mut self) {
        let rem = self.len % 64;
        if rem != 0
            && let Some(last) = self.words.last_mut()
        {
            *last &= (1u64 << rem) - 1;
        }
    }

    #[inline]
    pub fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    #[inline]
    pub fn contains(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn and_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(other.words.iter()) {
            *a &= b;
        }
    }

    pub fn or_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(other.words.iter()) {
            *a |= b;
        }
    }

    pub fn and(&self, other: &Bits) -> Bits {
        let mut b = self.clone();
        b.and_with(other);
        b
    }

    /// The rows of `0..len` not in the set.
    pub fn not(&self) -> Bits {
        let mut b = Bits {
            words: self.words.iter().map(|w| !w).collect(),
            len: self.len,
        };
        b.clear_tail();
        b
    }

    pub fn count(&self) -> u64 {
        self.words.iter().map(|w| w.count_ones() as u64).sum()
    }

    /// `|self ∩ other|` without building the intersection.
    pub fn and_count(&self, other: &Bits) -> u64 {
        self.words
            .iter()
            .zip(other.words.iter())
            .map(|(a, b)| (a & b).count_ones() as u64)
            .sum()
    }

    /// Call `f` with each row in the set, in order.
    #[inline]
    pub fn for_each(&self, mut f: impl FnMut(usize)) {
        for (i, &w) in self.words.iter().enumerate() {
            let mut w = w;
            while w != 0 {
                f(i * 64 + w.trailing_zeros() as usize);
                w &= w - 1;
            }
        }
    }

    /// Call `f` with each row of `0..len` *not* in the set, in order.
    #[inline]
    pub fn for_each_absent(&self, mut f: impl FnMut(usize)) {
        let last = self.words.len().saturating_sub(1);
        for (i, &w) in self.words.iter().enumerate() {
            let mut w = !w;
            if i == last && !self.len.is_multiple_of(64) {
                w &= (1u64 << (self.len % 64)) - 1;
            }
            while w != 0 {
                f(i * 64 + w.trailing_zeros() as usize);
                w &= w - 1;
            }
        }
    }

    /// The rows in the set, in order (for tests).
    #[cfg(test)]
    pub fn to_vec(&self) -> Vec<usize> {
        let mut rows = Vec::new();
        self.for_each(|r| rows.push(r));
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::Bits;

    #[test]
    fn set_operations_respect_the_length() {
        let mut a = Bits::zeros(130);
        for i in [0, 63, 64, 129] {
            a.insert(i);
        }
        assert_eq!(a.to_vec(), vec![0, 63, 64, 129]);
        assert_eq!(a.count(), 4);
        let ones = Bits::ones(130);
        assert_eq!(ones.count(), 130);
        assert!(!a.contains(130), "beyond the length is never a member");
        let mut b = Bits::zeros(130);
        b.insert(63);
        b.insert(100);
        assert_eq!(a.and_count(&b), 1);
        assert_eq!(a.and(&b).to_vec(), vec![63]);
        b.or_with(&a);
        assert_eq!(b.count(), 5);
        let (mut present, mut absent) = (Vec::new(), Vec::new());
        a.for_each(|i| present.push(i));
        a.for_each_absent(|i| absent.push(i));
        assert_eq!(present, vec![0, 63, 64, 129]);
        assert_eq!(absent.len(), 126);
        assert_eq!(a.not().count(), 126);
        assert_eq!(a.not().and_count(&a), 0);
        assert!(!a.not().contains(130));
        assert!(!absent.contains(&129) && absent.contains(&128) && absent.contains(&1));
    }
}
