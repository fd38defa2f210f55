//! One stable sort for the parser. `slice::sort*` is compiled anew for each
//! element type and comparison, 1–5 KB of wasm each (about 24 KB for the
//! six sorts the parser had); this merge sort of positions is compiled once
//! and each caller adds a small wrapper: its comparison, and the items
//! put in order by swaps (moving them through a vector of `Option`s cost
//! 900 bytes gzip over the seven sorts of the core wasm). The parser sorts
//! short lists (lexicon tables once, a report's heading ranks), so a plain
//! bottom-up merge sort is fast enough.

/// Sorts `v` stably: `less(a, b)` says `a` goes before `b`. Natively
/// std's stable sort, which passes over runs already in order: most lists
/// sorted per batch of rows (their evidence's ends) nearly are, and the
/// merge sort cost 1.3 % of the CLI's instructions on a long file.
pub fn sort_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    #[cfg(not(target_arch = "wasm32"))]
    return v.sort_by(|a, b| match (less(a, b), less(b, a)) {
        (true, _) => std::cmp::Ordering::Less,
        (_, true) => std::cmp::Ordering::Greater,
        _ => std::cmp::Ordering::Equal,
    });
    #[cfg(target_arch = "wasm32")]
    merge_sort_by(v, less);
}

/// The core wasm's one sort (see the module's docs).
#[cfg(any(target_arch = "wasm32", test))]
fn merge_sort_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let order = positions(v.len(), &mut |a, b| less(&v[a], &v[b]));
    permute(order, &mut |a, b| v.swap(a, b));
}

/// Puts the item at `order[k]` at `k`, for every `k`, by swaps along each
/// cycle of the permutation (`swap` swaps two items): the one step of a
/// sort that depends on the items' type is a swap, so each type adds few
/// bytes to the core wasm.
#[cfg(any(target_arch = "wasm32", test))]
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != DONE {
            let from = std::mem::replace(&mut order[k], DONE);
            if from == start {
                break;
            }
            // `k` takes the item at `from`; the one it held, `start`'s,
            // moves on to `from`, whose own item is placed next.
            swap(k, from);
            k = from;
        }
    }
}

/// Sorts `v` stably by `key`, smallest first.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

/// Sorts `v`, smallest first.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

/// The positions `0..n` in stable sorted order (bottom-up merge sort).
#[cfg(any(target_arch = "wasm32", test))]
fn positions(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut to[lo..hi] {
                // From the right half only when strictly before: stable.
                if j < hi && (i >= mid || less(from[j], from[i])) {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_as_the_standard_sort() {
        let mut seed = 7u32;
        for n in [0, 1, 2, 3, 5, 8, 13, 100, 257] {
            let v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 10, i)
                })
                .collect();
            let (mut ours, mut std) = (v.clone(), v.clone());
            sort_by_key(&mut ours, |e| e.0);
            std.sort_by_key(|e| e.0);
            assert_eq!(ours, std);
            let (mut ours, mut std) = (v.clone(), v.clone());
            sort(&mut ours);
            std.sort();
            assert_eq!(ours, std);
            // The core wasm's merge sort as well.
            let (mut merged, mut std) = (v.clone(), v);
            merge_sort_by(&mut merged, |a, b| a.0 < b.0);
            std.sort_by_key(|e| e.0);
            assert_eq!(merged, std);
        }
    }
}
