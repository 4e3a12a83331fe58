//! A small QR code encoder for booking codes: byte mode, versions 1–4, error correction
//! level M (ISO/IEC 18004); `read` reads every level back (the desk's camera fallback).
//! Renders to an SVG string or a module grid (for the canvas image). Booking codes are 8
//! characters, so version 1 (21×21, up to 14 bytes at level M) suffices; versions 2–4 are
//! there for longer texts (up to 62 bytes).
mod read;
mod reed_solomon;
#[cfg(test)]
mod tests;
pub use read::{read, ReadError};
pub use reed_solomon::{format_bits, format_word, rs_ecc};

/// The encoder's level's blocks, versions 1–4 (`BLOCKS`, at the end of this file).
const BLOCKS_M: [(usize, usize, usize); 4] = BLOCKS[0];
/// Centre of the single alignment pattern, versions 2–4 (version 1 has none).
const ALIGN: [usize; 4] = [0, 18, 22, 26];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    pub version: u8,
    pub size: usize,
    pub mask: u8,
    /// Row-major, `true` = dark.
    modules: Vec<bool>,
}

impl QrCode {
    pub fn get(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// An SVG image with a `quiet`-module white border, one path for all dark modules.
    /// `label` becomes the accessible name (`role="img"` + `<title>`).
    pub fn to_svg(&self, quiet: usize, label: &str) -> String {
        let dim = self.size + 2 * quiet;
        let mut path = String::with_capacity(self.size * self.size * 4);
        for y in 0..self.size {
            for x in 0..self.size {
                if self.get(x, y) {
                    path.push_str(&format!("M{},{}h1v1h-1z", x + quiet, y + quiet));
                }
            }
        }
        let label = label
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('"', "&quot;");
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {dim} {dim}\" role=\"img\" \
             aria-label=\"{label}\" shape-rendering=\"crispEdges\"><title>{label}</title>\
             <rect width=\"{dim}\" height=\"{dim}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
        )
    }
}

fn mask_bit(mask: u8, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (x / 3 + y / 2).is_multiple_of(2),
        5 => x * y % 2 + x * y % 3 == 0,
        6 => (x * y % 2 + x * y % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + x * y % 3).is_multiple_of(2),
    }
}

// ---------------------------------------------------------------------------------------------
// Encoding

/// Data + EC codewords, interleaved, for `text` at the smallest version that holds it.
/// Returns (version, codewords). `None` when the text is longer than 62 bytes.
pub fn codewords(text: &str) -> Option<(u8, Vec<u8>)> {
    let bytes = text.as_bytes();
    let (vi, &(total, ec, blocks)) = BLOCKS_M
        .iter()
        .enumerate()
        .find(|(_, &(total, ec, blocks))| bytes.len() + 2 <= total - ec * blocks)?;
    let data_len = total - ec * blocks;
    // mode 0100, 8-bit count (versions 1–9), data, terminator, pad
    let mut bits: Vec<bool> = Vec::with_capacity(data_len * 8);
    let mut push = |v: u32, n: u32| (0..n).rev().for_each(|i| bits.push(v >> i & 1 != 0));
    push(0b0100, 4);
    push(bytes.len() as u32, 8);
    for &b in bytes {
        push(b as u32, 8);
    }
    let cap = data_len * 8;
    let term = (cap - bits.len()).min(4);
    bits.extend(std::iter::repeat_n(false, term));
    while !bits.len().is_multiple_of(8) {
        bits.push(false);
    }
    let mut data: Vec<u8> = bits
        .chunks(8)
        .map(|c| c.iter().fold(0u8, |a, &b| a << 1 | b as u8))
        .collect();
    let mut pad = [0xEC, 0x11].into_iter().cycle();
    while data.len() < data_len {
        data.push(pad.next().unwrap_or(0xEC));
    }
    let per_block = data_len / blocks;
    let chunks: Vec<&[u8]> = data.chunks(per_block).collect();
    let eccs: Vec<Vec<u8>> = chunks.iter().map(|c| rs_ecc(c, ec)).collect();
    let mut out = Vec::with_capacity(total);
    for i in 0..per_block {
        out.extend(chunks.iter().map(|c| c[i]));
    }
    for i in 0..ec {
        out.extend(eccs.iter().map(|e| e[i]));
    }
    Some((vi as u8 + 1, out))
}

struct Grid {
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    fn set(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }
    fn is_fn(&self, x: usize, y: usize) -> bool {
        self.function[y * self.size + x]
    }
}

fn function_patterns(version: u8) -> Grid {
    let size = 17 + 4 * version as usize;
    let mut g = Grid {
        size,
        dark: vec![false; size * size],
        function: vec![false; size * size],
    };
    // timing
    for i in 0..size {
        g.set(6, i, i % 2 == 0);
        g.set(i, 6, i % 2 == 0);
    }
    // finders with separators
    for (cx, cy) in [(3i32, 3i32), (size as i32 - 4, 3), (3, size as i32 - 4)] {
        for dy in -4..=4i32 {
            for dx in -4..=4i32 {
                let (x, y) = (cx + dx, cy + dy);
                if x < 0 || y < 0 || x >= size as i32 || y >= size as i32 {
                    continue;
                }
                let d = dx.abs().max(dy.abs());
                g.set(x as usize, y as usize, d != 2 && d != 4);
            }
        }
    }
    // alignment
    let a = ALIGN[version as usize - 1];
    if a > 0 {
        for dy in -2..=2i32 {
            for dx in -2..=2i32 {
                let d = dx.abs().max(dy.abs());
                g.set((a as i32 + dx) as usize, (a as i32 + dy) as usize, d != 1);
            }
        }
    }
    // reserve format areas (filled later) and the dark module
    for i in 0..9 {
        if !g.is_fn(8, i) {
            g.set(8, i, false);
        }
        if !g.is_fn(i, 8) {
            g.set(i, 8, false);
        }
    }
    for i in 0..8 {
        g.set(size - 1 - i, 8, false);
        g.set(8, size - 1 - i, false);
    }
    g.set(8, size - 8, true);
    g
}

fn draw_format(g: &mut Grid, mask: u8) {
    let bits = format_bits(mask);
    let bit = |i: u32| bits >> i & 1 != 0; // bit 0 = LSB
    let size = g.size;
    // around the top-left finder
    for i in 0..6 {
        g.set(8, i, bit(i as u32));
    }
    g.set(8, 7, bit(6));
    g.set(8, 8, bit(7));
    g.set(7, 8, bit(8));
    for i in 9..15 {
        g.set(14 - i, 8, bit(i as u32));
    }
    // the copy: bottom-left and top-right
    for i in 0..8 {
        g.set(size - 1 - i, 8, bit(i as u32));
    }
    for i in 8..15 {
        g.set(8, size - 15 + i, bit(i as u32));
    }
    g.set(8, size - 8, true);
}

/// The positions of data modules in placement order (two-column zigzag from the bottom right).
fn data_positions(g: &Grid) -> Vec<(usize, usize)> {
    let size = g.size;
    let mut out = Vec::new();
    let mut right = size as i32 - 1;
    let mut upward = true;
    while right >= 1 {
        if right == 6 {
            right = 5;
        }
        for vert in 0..size {
            let y = if upward { size - 1 - vert } else { vert };
            for dx in 0..2 {
                let x = (right - dx) as usize;
                if !g.is_fn(x, y) {
                    out.push((x, y));
                }
            }
        }
        upward = !upward;
        right -= 2;
    }
    out
}

fn penalty(size: usize, m: &[bool]) -> u32 {
    let at = |x: usize, y: usize| m[y * size + x];
    let mut p = 0u32;
    // runs of 5+ in rows and columns
    for horizontal in [true, false] {
        for a in 0..size {
            let mut run = 1;
            for b in 1..size {
                let (cur, prev) = if horizontal {
                    (at(b, a), at(b - 1, a))
                } else {
                    (at(a, b), at(a, b - 1))
                };
                if cur == prev {
                    run += 1;
                    if run == 5 {
                        p += 3;
                    } else if run > 5 {
                        p += 1;
                    }
                } else {
                    run = 1;
                }
            }
        }
    }
    // 2x2 blocks
    for y in 0..size - 1 {
        for x in 0..size - 1 {
            let c = at(x, y);
            if c == at(x + 1, y) && c == at(x, y + 1) && c == at(x + 1, y + 1) {
                p += 3;
            }
        }
    }
    // finder-like patterns 1011101 with 4 light modules on either side
    let pat = [true, false, true, true, true, false, true];
    for horizontal in [true, false] {
        for a in 0..size {
            for b in 0..=size.saturating_sub(7) {
                let get = |k: usize| {
                    if horizontal {
                        at(b + k, a)
                    } else {
                        at(a, b + k)
                    }
                };
                if (0..7).all(|k| get(k) == pat[k]) {
                    let light = |from: isize| {
                        (0..4).all(|k| {
                            let i = from + k;
                            i < 0
                                || i >= size as isize
                                || !get_abs(horizontal, a, i as usize, size, m)
                        })
                    };
                    if light(b as isize - 4) || light(b as isize + 7) {
                        p += 40;
                    }
                }
            }
        }
    }
    // dark proportion
    let dark = m.iter().filter(|&&d| d).count() as u32;
    let total = (size * size) as u32;
    let k = (dark * 20).abs_diff(total * 10) / total;
    p + k * 10
}

fn get_abs(horizontal: bool, line: usize, i: usize, size: usize, m: &[bool]) -> bool {
    if horizontal {
        m[line * size + i]
    } else {
        m[i * size + line]
    }
}

/// Encode `text` (byte mode, level M) with the mask of the lowest penalty. `None` when the
/// text does not fit in version 4 (62 bytes).
pub fn encode(text: &str) -> Option<QrCode> {
    (0..8u8)
        .filter_map(|mask| encode_with_mask(text, mask))
        .min_by_key(|q| penalty(q.size, &q.modules))
}

/// Encode `text` with the given mask (0–7). `None` when the text does not fit in version 4
/// or the mask is out of range.
pub fn encode_with_mask(text: &str, mask: u8) -> Option<QrCode> {
    if mask > 7 {
        return None;
    }
    let (version, cw) = codewords(text)?;
    let mut g = function_patterns(version);
    for (i, &(x, y)) in data_positions(&g).iter().enumerate() {
        let bit = cw.get(i / 8).is_some_and(|b| b >> (7 - i % 8) & 1 != 0);
        g.dark[y * g.size + x] = bit ^ mask_bit(mask, x, y);
    }
    draw_format(&mut g, mask);
    Some(QrCode {
        version,
        size: g.size,
        mask,
        modules: g.dark,
    })
}

/// (total codewords, EC codewords per block, blocks) for versions 1–4, by the level's two
/// format bits: M (00), L (01), H (10), Q (11). Every block of these versions is the same size.
/// (At the end of the file: a line added above the encoder moves the panic locations the
/// booking bundle carries, and with them its size.)
const BLOCKS: [[(usize, usize, usize); 4]; 4] = [
    [(26, 10, 1), (44, 16, 1), (70, 26, 1), (100, 18, 2)],
    [(26, 7, 1), (44, 10, 1), (70, 15, 1), (100, 20, 1)],
    [(26, 17, 1), (44, 28, 1), (70, 22, 2), (100, 16, 4)],
    [(26, 13, 1), (44, 22, 1), (70, 18, 2), (100, 26, 2)],
];
