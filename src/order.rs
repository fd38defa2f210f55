//! One stable sort for the parser. `slice::sort*` is compiled anew for each
//! element type and comparison, 1–5 KB of wasm each (about 24 KB for the
//! six sorts the parser had); this merge sort of positions is compiled once
//! and each caller adds a small wrapper. The parser sorts short lists
//! (lexicon tables once, a report's heading ranks), so a plain bottom-up
//! merge sort is fast enough.

/// Sorts `v` stably: `less(a, b)` says `a` goes before `b`. Natively
/// std's stable sort, which passes over runs already in order: most lists
/// sorted per batch of rows (their evidence's ends) nearly are, and the
/// merge sort cost 1.3 % of the CLI's instructions on a long file.
// A `Vec`: the wasm's merge sort rebuilds it.
#[cfg_attr(not(target_arch = "wasm32"), allow(clippy::ptr_arg))]
pub fn sort_by<T>(v: &mut Vec<T>, less: impl Fn(&T, &T) -> bool) {
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
fn merge_sort_by<T>(v: &mut Vec<T>, less: impl Fn(&T, &T) -> bool) {
    let order = positions(v.len(), &mut |a, b| less(&v[a], &v[b]));
    let mut items: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.iter().filter_map(|&i| items[i].take()));
}

/// Sorts `v` stably by `key`, smallest first.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

/// Sorts `v`, smallest first.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
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
