//! Disjoint sets over indexes (union–find), the smallest index of a set always its root:
//! what joins synonym groups, one person's entities, findings into one disagreement and
//! claims into one statement keeps the earliest as its head, whatever order the joins come
//! in.

/// Disjoint sets over `0..n`, each one alone at first.
#[derive(Debug, Clone)]
pub struct Sets(Vec<usize>);

impl Sets {
    /// `n` sets of one index each.
    pub fn new(n: usize) -> Sets {
        Sets((0..n).collect())
    }

    /// The root of `i`'s set: its smallest index.
    pub fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    /// Joins the sets of `a` and `b`; the smaller of their roots stays the root.
    pub fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Sets;

    #[test]
    fn the_smallest_index_heads_its_set_whatever_the_order_of_the_joins() {
        let mut sets = Sets::new(6);
        sets.join(5, 3);
        sets.join(3, 4);
        sets.join(4, 1);
        assert_eq!([1, 3, 4, 5].map(|i| sets.root(i)), [1; 4]);
        assert_eq!((sets.root(0), sets.root(2)), (0, 2));
    }
}
