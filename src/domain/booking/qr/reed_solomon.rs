//! The error correction of the QR encoder: Reed–Solomon codewords over GF(256) and the BCH
//! code of the format information.

// Reed–Solomon over GF(256), polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11d)

pub(super) fn gf_mul(mut a: u8, mut b: u8) -> u8 {
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
pub(super) fn rs_generator(n: usize) -> Vec<u8> {
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

// Format information

/// The 15 format bits for level M and `mask` (BCH(15,5), masked with 0x5412), MSB first.
pub fn format_bits(mask: u8) -> u16 {
    format_word(0b00, mask)
}

/// The 15 format bits for a level (its two bits: M 00, L 01, H 10, Q 11) and `mask`.
pub fn format_word(level: u8, mask: u8) -> u16 {
    let data = (level as u16 & 0b11) << 3 | (mask as u16 & 0b111);
    let mut rem = data << 10;
    for i in (10..15).rev() {
        if rem & (1 << i) != 0 {
            rem ^= 0x537 << (i - 10);
        }
    }
    ((data << 10) | rem) ^ 0x5412
}
