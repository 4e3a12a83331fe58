//! A small QR code encoder for booking codes: byte mode, versions 1–4, error correction
//! level M (ISO/IEC 18004). Renders to an SVG string or a module grid (for the canvas image).
//!
//! Booking codes are 8 characters, so version 1 (21×21, up to 14 bytes at level M) suffices;
//! versions 2–4 are there for longer texts (up to 62 bytes).

/// (total codewords, EC codewords per block, blocks) for level M, versions 1–4.
const BLOCKS_M: [(usize, usize, usize); 4] = [(26, 10, 1), (44, 16, 1), (70, 26, 1), (100, 18, 2)];
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

// ---------------------------------------------------------------------------------------------
// Reed–Solomon over GF(256), polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11d)

fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut p = 0u8;
    while b != 0 {
        if b & 1 != 0 {
            p ^= a;
        }
        let carry = a & 0x80 != 0;
        a <<= 1;
        if carry {
            a ^= 0x1d;
        }
        b >>= 1;
    }
    p
}

/// Generator polynomial of degree `n`, coefficients highest power first, leading 1 omitted.
fn rs_generator(n: usize) -> Vec<u8> {
    let mut g = vec![0u8; n];
    g[n - 1] = 1;
    let mut root = 1u8;
    for _ in 0..n {
        for j in 0..n {
            g[j] = gf_mul(g[j], root);
            if j + 1 < n {
                g[j] ^= g[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    g
}

/// The `n` error correction codewords of `data`.
pub fn rs_ecc(data: &[u8], n: usize) -> Vec<u8> {
    let g = rs_generator(n);
    let mut r = vec![0u8; n];
    for &d in data {
        let factor = d ^ r[0];
        r.remove(0);
        r.push(0);
        for (ri, gi) in r.iter_mut().zip(&g) {
            *ri ^= gf_mul(*gi, factor);
        }
    }
    r
}

// ---------------------------------------------------------------------------------------------
// Format information

/// The 15 format bits for level M and `mask` (BCH(15,5), masked with 0x5412), MSB first.
pub fn format_bits(mask: u8) -> u16 {
    let data = mask as u16; // M = 00
    let mut rem = data << 10;
    for i in (10..15).rev() {
        if rem & (1 << i) != 0 {
            rem ^= 0x537 << (i - 10);
        }
    }
    ((data << 10) | rem) ^ 0x5412
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

/// Reads a code back (for tests): the format bits of the top-left copy, then the data
/// codewords de-interleaved and unmasked, then the byte-mode text. Checks nothing else.
pub fn decode(q: &QrCode) -> Option<String> {
    let size = q.size;
    let mut fmt = 0u16;
    let read = |x: usize, y: usize| q.get(x, y) as u16;
    for i in 0..6 {
        fmt |= read(8, i) << i;
    }
    fmt |= read(8, 7) << 6 | read(8, 8) << 7 | read(7, 8) << 8;
    for i in 9..15 {
        fmt |= read(14 - i, 8) << i;
    }
    let mask = (0..8u8).find(|&m| format_bits(m) == fmt)?;
    let version = ((size - 17) / 4) as u8;
    let base = function_patterns(version);
    let (total, ec, blocks) = BLOCKS_M[version as usize - 1];
    let mut cw = vec![0u8; total];
    for (i, &(x, y)) in data_positions(&base).iter().enumerate().take(total * 8) {
        let bit = q.get(x, y) ^ mask_bit(mask, x, y);
        cw[i / 8] |= (bit as u8) << (7 - i % 8);
    }
    let data_len = total - ec * blocks;
    let per_block = data_len / blocks;
    let mut data = vec![0u8; data_len];
    for i in 0..per_block {
        for b in 0..blocks {
            data[b * per_block + i] = cw[i * blocks + b];
        }
    }
    // check every block's EC
    for b in 0..blocks {
        let block = &data[b * per_block..(b + 1) * per_block];
        let got: Vec<u8> = (0..ec).map(|i| cw[data_len + i * blocks + b]).collect();
        if rs_ecc(block, ec) != got {
            return None;
        }
    }
    if data[0] >> 4 != 0b0100 {
        return None;
    }
    let len = ((data[0] & 0xF) << 4 | data[1] >> 4) as usize;
    let bytes: Vec<u8> = (0..len)
        .map(|i| (data[1 + i] & 0xF) << 4 | data[2 + i] >> 4)
        .collect();
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reed_solomon_matches_the_published_hello_world_1m_example() {
        // "HELLO WORLD", version 1-M (alphanumeric), from the standard's worked example.
        let data = [
            32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17,
        ];
        assert_eq!(
            rs_ecc(&data, 10),
            [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
        );
    }

    #[test]
    fn format_bits_match_the_standard_table_for_level_m() {
        let table = [
            "101010000010010",
            "101000100100101",
            "101111001111100",
            "101101101001011",
            "100010111111001",
            "100000011001110",
            "100111110010111",
            "100101010100000",
        ];
        for (mask, want) in table.iter().enumerate() {
            assert_eq!(
                format!("{:015b}", format_bits(mask as u8)),
                *want,
                "mask {mask}"
            );
        }
    }

    #[test]
    fn a_booking_code_fits_version_1_and_reads_back() {
        let q = encode("MH3J76R7").unwrap();
        assert_eq!((q.version, q.size), (1, 21));
        assert_eq!(decode(&q).as_deref(), Some("MH3J76R7"));
        // finder pattern corners and the fixed dark module
        assert!(q.get(0, 0) && q.get(6, 6) && !q.get(7, 7) && q.get(20, 0) && q.get(0, 20));
        assert!(q.get(8, 13));
        // timing pattern alternates
        assert!((8..13).all(|i| q.get(i, 6) == (i % 2 == 0)));
    }

    #[test]
    fn longer_texts_use_larger_versions_and_read_back() {
        for (len, version) in [
            (14, 1),
            (15, 2),
            (26, 2),
            (27, 3),
            (42, 3),
            (43, 4),
            (62, 4),
        ] {
            let text: String = (0..len).map(|i| (b'A' + (i % 26) as u8) as char).collect();
            let q = encode(&text).unwrap();
            assert_eq!(q.version, version, "{len} bytes");
            assert_eq!(decode(&q).as_deref(), Some(text.as_str()), "{len} bytes");
        }
        assert!(encode(&"x".repeat(63)).is_none());
    }

    #[test]
    fn svg_has_a_name_and_one_square_per_dark_module() {
        let q = encode("K7QM3XPA").unwrap();
        let svg = q.to_svg(4, "Kode QR K7QM-3XPA");
        let dark = (0..21)
            .flat_map(|y| (0..21).map(move |x| (x, y)))
            .filter(|&(x, y)| q.get(x, y))
            .count();
        assert_eq!(svg.matches("h1v1h-1z").count(), dark);
        assert!(
            svg.contains("viewBox=\"0 0 29 29\"")
                && svg.contains("<title>Kode QR K7QM-3XPA</title>")
        );
    }
}
