//! Where each normalised char came from, kept as runs: the normalised text
//! is mostly the input with chars dropped or replaced one for one, so
//! consecutive chars mostly come from consecutive input chars. One run per
//! stretch costs 8 bytes where a map of every char would cost 4 a char
//! (20 MB on a 15 MB report file).

/// A non-decreasing map from normalised positions to input code point
/// offsets, stored as runs of consecutive offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct OffsetMap {
    /// The first position of each run and its offset; within a run, the
    /// offset grows by one a position. `u32` as the old per-char map: no
    /// input the parser accepts reaches 4 G code points.
    runs: Vec<(u32, u32)>,
    len: usize,
    /// The offset that extends the last run (none when there is no run).
    next: Option<usize>,
}

impl OffsetMap {
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Appends the next position, from input offset `offset`.
    #[inline]
    pub(super) fn push(&mut self, offset: usize) {
        self.push_run(offset, 1);
    }

    /// Appends `count` positions from `offset`, `offset + 1`, …
    #[inline]
    pub(super) fn push_run(&mut self, offset: usize, count: usize) {
        if count == 0 {
            return;
        }
        if self.next != Some(offset) {
            self.runs.push((self.len as u32, offset as u32));
        }
        self.len += count;
        self.next = Some(offset + count);
    }

    /// The input offset of position `pos`.
    pub(super) fn get(&self, pos: usize) -> Option<usize> {
        if pos >= self.len {
            return None;
        }
        let k = self.runs.partition_point(|&(p, _)| p as usize <= pos) - 1;
        let (p, o) = self.runs[k];
        Some(o as usize + (pos - p as usize))
    }

    /// The first position whose offset is `offset` or more (`len` if none).
    pub(super) fn position_of(&self, offset: usize) -> usize {
        // The runs starting at `offset` or later begin at `j`; the answer
        // is in the run before when that run reaches `offset`.
        let j = self.runs.partition_point(|&(_, o)| (o as usize) < offset);
        let Some(k) = j.checked_sub(1) else {
            return 0;
        };
        let (p, o) = self.runs[k];
        let run_end = self.runs.get(j).map_or(self.len, |&(p, _)| p as usize);
        let last = o as usize + (run_end - p as usize) - 1;
        if last >= offset {
            p as usize + (offset - o as usize)
        } else {
            run_end
        }
    }

    /// Appends the offsets of `from`'s positions `[start, end)`.
    pub(super) fn extend_from(&mut self, from: &OffsetMap, start: usize, end: usize) {
        let end = end.min(from.len);
        if start >= end {
            return;
        }
        let mut k = from.runs.partition_point(|&(p, _)| p as usize <= start) - 1;
        let mut at = start;
        while at < end {
            let (p, o) = from.runs[k];
            let run_end = from.runs.get(k + 1).map_or(from.len, |&(p, _)| p as usize);
            let stop = run_end.min(end);
            self.push_run(o as usize + (at - p as usize), stop - at);
            at = stop;
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The map the runs replace: one offset per position.
    fn plain_position_of(plain: &[u32], offset: usize) -> usize {
        plain.partition_point(|&o| (o as usize) < offset)
    }

    fn built(plain: &[u32]) -> OffsetMap {
        let mut map = OffsetMap::default();
        for &o in plain {
            map.push(o as usize);
        }
        map
    }

    /// Non-decreasing offsets: steps of 0 (a repeated offset), 1 (the next
    /// input char) and more (chars dropped).
    fn offsets() -> impl Strategy<Value = Vec<u32>> {
        prop::collection::vec(prop_oneof![Just(0u32), Just(1), Just(1), 2u32..6], 0..60).prop_map(
            |steps| {
                steps
                    .iter()
                    .scan(0u32, |at, s| {
                        *at += s;
                        Some(*at)
                    })
                    .collect()
            },
        )
    }

    proptest! {
        #[test]
        fn maps_as_a_vec_of_offsets(plain in offsets(), probe in 0usize..400) {
            let map = built(&plain);
            prop_assert_eq!(map.len(), plain.len());
            for (pos, &o) in plain.iter().enumerate() {
                prop_assert_eq!(map.get(pos), Some(o as usize));
            }
            prop_assert_eq!(map.get(plain.len()), None);
            let probe = probe % (plain.last().map_or(0, |&o| o as usize) + 3);
            prop_assert_eq!(map.position_of(probe), plain_position_of(&plain, probe));
        }

        #[test]
        fn a_run_is_as_its_positions_pushed_one_by_one(plain in offsets(), offset in 0usize..400, count in 0usize..5) {
            let mut map = built(&plain);
            map.push_run(offset, count);
            let mut one_by_one = built(&plain);
            for k in 0..count {
                one_by_one.push(offset + k);
            }
            prop_assert_eq!(map, one_by_one);
        }

        #[test]
        fn copies_a_stretch_as_a_vec_does(plain in offsets(), a in 0usize..70, b in 0usize..70) {
            let map = built(&plain);
            let (start, end) = (a.min(b), a.max(b).min(plain.len()));
            let mut copy = built(&[]);
            copy.extend_from(&map, start, end);
            let expected: &[u32] = plain.get(start..end).unwrap_or(&[]);
            prop_assert_eq!(copy, built(expected));
        }
    }

    #[test]
    fn stretches_of_consecutive_offsets_are_one_run() {
        let map = built(&[0, 1, 2, 5, 6, 7, 7, 8]);
        assert_eq!(map.runs, [(0, 0), (3, 5), (6, 7)]);
        assert_eq!(map.position_of(7), 5);
        assert_eq!(map.position_of(3), 3);
    }
}
