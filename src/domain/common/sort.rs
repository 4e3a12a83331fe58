//! A stable sort for the short lists the booking page orders (help points, a few hundred slots
//! at most) and triage ranks (one entry per problem). The standard library's sort is about
//! 1.5 KB of wasm (brotli) for every element type it is used with; this one is a few dozen
//! bytes. Checked against `slice::sort_by`, stability included, in `tests/independent.rs`.

use std::cmp::Ordering;

/// Sort `v` by `cmp`, keeping equal elements in their order (insertion sort: quadratic, so
/// only for lists of a few hundred).
pub fn sort_small<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}
