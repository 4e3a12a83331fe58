//! Reading a QR symbol's modules back to its text: the desk's camera fallback, once `rqrr` has
//! found the symbol in a camera frame and sampled its modules (`rqrr`'s own decoder is not
//! used: its GF(256) arithmetic is a 64 KiB multiplication table, a fifth of the desk bundle).
//!
//! Versions 1–4 at every error correction level (booking codes are version 1, level M);
//! numeric, alphanumeric and byte segments (an ECI header is skipped: the text is read as
//! UTF-8). Damaged codewords are corrected up to half a block's error correction codewords
//! (Reed–Solomon: Berlekamp–Massey, Chien search, Forney), and the format information up to
//! 3 wrong bits.

use super::reed_solomon::{format_word, gf_mul};
use super::{data_positions, function_patterns, mask_bit, BLOCKS};

/// Why a grid of modules gave no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// Not 21, 25, 29 or 33 modules a side (versions 1–4).
    Size,
    /// Neither copy of the format information is near a valid one.
    Format,
    /// More damaged codewords than the error correction can repair.
    Damaged,
    /// The data is not numeric, alphanumeric or byte segments of UTF-8 text.
    Content,
}

/// The text of a symbol `size` modules a side, whose module at column `x`, row `y` is dark
/// when `dark(x, y)`.
pub fn read(size: usize, dark: impl Fn(usize, usize) -> bool) -> Result<String, ReadError> {
    if !(21..=33).contains(&size) || !(size - 17).is_multiple_of(4) {
        return Err(ReadError::Size);
    }
    let version = ((size - 17) / 4) as u8;
    let (level, mask) = format(size, &dark)?;
    let (total, ec, blocks) = BLOCKS[level as usize][version as usize - 1];
    let mut cw = vec![0u8; total];
    let base = function_patterns(version);
    for (i, &(x, y)) in data_positions(&base).iter().enumerate().take(total * 8) {
        let bit = dark(x, y) ^ mask_bit(mask, x, y);
        cw[i / 8] |= (bit as u8) << (7 - i % 8);
    }
    // De-interleave: block b's k-th codeword is the (k * blocks + b)-th; data before EC.
    let per_block = total / blocks;
    let data_per_block = per_block - ec;
    let mut data = Vec::with_capacity(data_per_block * blocks);
    for b in 0..blocks {
        let mut block: Vec<u8> = (0..data_per_block).map(|k| cw[k * blocks + b]).collect();
        let ec_start = data_per_block * blocks;
        block.extend((0..ec).map(|k| cw[ec_start + k * blocks + b]));
        correct(&mut block, ec).ok_or(ReadError::Damaged)?;
        data.extend_from_slice(&block[..data_per_block]);
    }
    segments(&data).ok_or(ReadError::Content)
}

/// The error correction level (its two format bits: 0 = M, 1 = L, 2 = H, 3 = Q) and the mask,
/// from the valid format word nearest either copy (at most 3 bits off).
fn format(size: usize, dark: &impl Fn(usize, usize) -> bool) -> Result<(u8, u8), ReadError> {
    let bit = |x: usize, y: usize| dark(x, y) as u16;
    let mut first = 0u16;
    for i in 0..6 {
        first |= bit(8, i) << i;
    }
    first |= bit(8, 7) << 6 | bit(8, 8) << 7 | bit(7, 8) << 8;
    for i in 9..15 {
        first |= bit(14 - i, 8) << i;
    }
    let mut second = 0u16;
    for i in 0..8 {
        second |= bit(size - 1 - i, 8) << i;
    }
    for i in 8..15 {
        second |= bit(8, size - 15 + i) << i;
    }
    let (distance, level, mask) = (0..4u8)
        .flat_map(|level| (0..8u8).map(move |mask| (level, mask)))
        .map(|(level, mask)| {
            let w = format_word(level, mask);
            let d = (w ^ first).count_ones().min((w ^ second).count_ones());
            (d, level, mask)
        })
        .min()
        .ok_or(ReadError::Format)?;
    if distance > 3 {
        return Err(ReadError::Format);
    }
    Ok((level, mask))
}

/// Powers of the generator 2 in GF(256) (`exp[i]` = 2^i, i < 255) and their logarithms.
struct Field {
    exp: [u8; 255],
    log: [u8; 256],
}

impl Field {
    fn new() -> Self {
        let mut f = Field {
            exp: [0; 255],
            log: [0; 256],
        };
        let mut v = 1u8;
        for i in 0..255 {
            f.exp[i] = v;
            f.log[v as usize] = i as u8;
            v = gf_mul(v, 2);
        }
        f
    }
    /// 2^`i` for any integer power.
    fn pow(&self, i: i32) -> u8 {
        self.exp[i.rem_euclid(255) as usize]
    }
    /// 1 / `a` (`a` ≠ 0).
    fn inv(&self, a: u8) -> u8 {
        self.pow(-(self.log[a as usize] as i32))
    }
}

/// The value at `x` of a polynomial given lowest power first.
fn eval_low_first(p: &[u8], x: u8) -> u8 {
    p.iter().rev().fold(0, |acc, &c| gf_mul(acc, x) ^ c)
}

/// Repairs a block (data then `ec` EC codewords, first codeword the highest power) in place.
/// `None` when it holds more errors than can be corrected.
fn correct(block: &mut [u8], ec: usize) -> Option<()> {
    let f = Field::new();
    let n = block.len();
    // The received word as a polynomial lowest power first: codeword i is the power n - 1 - i.
    let syndromes = |b: &[u8]| -> Vec<u8> {
        (0..ec)
            .map(|j| {
                b.iter()
                    .fold(0u8, |acc, &c| gf_mul(acc, f.pow(j as i32)) ^ c)
            })
            .collect()
    };
    let s = syndromes(block);
    if s.iter().all(|&v| v == 0) {
        return Some(());
    }
    // Berlekamp–Massey: the shortest error locator Λ (lowest power first) generating `s`.
    let mut lambda = vec![1u8];
    let mut prev = vec![1u8];
    let (mut len, mut shift, mut prev_d) = (0usize, 1usize, 1u8);
    for k in 0..ec {
        let d = (1..=len).fold(s[k], |acc, i| acc ^ gf_mul(lambda[i], s[k - i]));
        if d == 0 {
            shift += 1;
            continue;
        }
        let factor = gf_mul(d, f.inv(prev_d));
        let mut next = lambda.clone();
        next.resize(next.len().max(prev.len() + shift), 0);
        for (i, &p) in prev.iter().enumerate() {
            next[i + shift] ^= gf_mul(factor, p);
        }
        if 2 * len <= k {
            prev = std::mem::replace(&mut lambda, next);
            len = k + 1 - len;
            prev_d = d;
            shift = 1;
        } else {
            lambda = next;
            shift += 1;
        }
    }
    lambda.truncate(len + 1);
    if len == 0 || 2 * len > ec {
        return None;
    }
    // Chien search: the power p is in error when Λ(2^-p) = 0.
    let powers: Vec<usize> = (0..n)
        .filter(|&p| eval_low_first(&lambda, f.pow(-(p as i32))) == 0)
        .collect();
    if powers.len() != len {
        return None;
    }
    // Forney (first root 2^0): e = X · Ω(X⁻¹) / Λ'(X⁻¹), Ω = S·Λ mod x^ec.
    let mut omega = vec![0u8; ec];
    for (i, &si) in s.iter().enumerate() {
        for (j, &lj) in lambda.iter().enumerate() {
            if i + j < ec {
                omega[i + j] ^= gf_mul(si, lj);
            }
        }
    }
    let derivative: Vec<u8> = (1..lambda.len())
        .map(|i| if i % 2 == 1 { lambda[i] } else { 0 })
        .collect();
    for p in powers {
        let x = f.pow(p as i32);
        let x_inv = f.inv(x);
        let denom = eval_low_first(&derivative, x_inv);
        if denom == 0 {
            return None;
        }
        let e = gf_mul(gf_mul(x, eval_low_first(&omega, x_inv)), f.inv(denom));
        block[n - 1 - p] ^= e;
    }
    syndromes(block).iter().all(|&v| v == 0).then_some(())
}

const ALPHANUMERIC: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// The text of the data codewords: segments until the terminator or the end (versions 1–9).
fn segments(data: &[u8]) -> Option<String> {
    let mut pos = 0usize;
    let total = data.len() * 8;
    let mut take = |n: usize| -> Option<u32> {
        if pos + n > total {
            return None;
        }
        let v = (pos..pos + n).fold(0u32, |acc, i| {
            acc << 1 | (data[i / 8] >> (7 - i % 8) & 1) as u32
        });
        pos += n;
        Some(v)
    };
    let mut out = Vec::new();
    while let Some(mode) = take(4) {
        match mode {
            0 => break,
            // numeric: three digits in 10 bits, then two in 7 or one in 4
            0b0001 => {
                let mut count = take(10)? as usize;
                while count > 0 {
                    let (digits, bits) = match count {
                        1 => (1, 4),
                        2 => (2, 7),
                        _ => (3, 10),
                    };
                    let v = take(bits)?;
                    if v >= 10u32.pow(digits) {
                        return None;
                    }
                    let text = format_digits(v, digits);
                    out.extend_from_slice(&text[..digits as usize]);
                    count -= digits as usize;
                }
            }
            // alphanumeric: two characters in 11 bits, a last odd one in 6
            0b0010 => {
                let mut count = take(9)? as usize;
                while count >= 2 {
                    let v = take(11)? as usize;
                    if v >= 45 * 45 {
                        return None;
                    }
                    out.extend([ALPHANUMERIC[v / 45], ALPHANUMERIC[v % 45]]);
                    count -= 2;
                }
                if count == 1 {
                    out.push(*ALPHANUMERIC.get(take(6)? as usize)?);
                }
            }
            0b0100 => {
                let count = take(8)?;
                for _ in 0..count {
                    out.push(take(8)? as u8);
                }
            }
            // ECI: a designator of 1, 2 or 3 bytes, told by its leading bits
            0b0111 => {
                let first = take(8)?;
                let more = match first >> 5 {
                    0..=3 => 0,
                    4 | 5 => 8,
                    6 => 16,
                    _ => return None,
                };
                take(more)?;
            }
            _ => return None,
        }
    }
    String::from_utf8(out).ok()
}

/// `v` (< 10^digits) as `digits` ASCII digits, leading zeros kept.
fn format_digits(v: u32, digits: u32) -> [u8; 3] {
    let mut out = [b'0'; 3];
    let mut v = v;
    for i in (0..digits as usize).rev() {
        out[i] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    out
}
