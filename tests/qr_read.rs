//! The QR reader (`domain::booking::qr::read`, the desk's camera fallback where the browser has
//! no BarcodeDetector) against independent implementations (dev-dependencies only): symbols
//! made by `qrcodegen` at every error correction level, version 1–4 and mask, with numeric,
//! alphanumeric, byte and ECI segments, whole or with damaged modules; and, as at the desk,
//! our booking codes found in an image by `rqrr`, read from the modules it sampled.
//!
//! `cargo test --test qr_read`

use pendamping::domain::booking::qr::{encode, read, QrCode, ReadError};
use proptest::prelude::*;
use qrcodegen::{Mask, QrCode as Reference, QrCodeEcc, QrSegment, Version};
use rqrr::BitGrid;

const LEVELS: [QrCodeEcc; 4] = [
    QrCodeEcc::Low,
    QrCodeEcc::Medium,
    QrCodeEcc::Quartile,
    QrCodeEcc::High,
];

fn reference(segs: &[QrSegment], level: QrCodeEcc, version: u8, mask: u8) -> Option<Reference> {
    Reference::encode_segments_advanced(
        segs,
        level,
        Version::new(version),
        Version::new(version),
        Some(Mask::new(mask)),
        false,
    )
    .ok()
}

fn read_reference(q: &Reference) -> Result<String, ReadError> {
    read(q.size() as usize, |x, y| q.get_module(x as i32, y as i32))
}

/// The longest text of `c`s that fits in byte mode at this level and version.
fn longest(level: QrCodeEcc, version: u8) -> String {
    (1..=100usize)
        .rev()
        .map(|n| "c".repeat(n))
        .find(|t| reference(&[QrSegment::make_bytes(t.as_bytes())], level, version, 0).is_some())
        .expect("some text fits")
}

#[test]
fn every_level_version_and_mask_reads_back_in_every_segment_kind() {
    let mut n = 0;
    for level in LEVELS {
        for version in 1..=4u8 {
            let long = longest(level, version);
            let cases: Vec<(Vec<QrSegment>, String)> = vec![
                (
                    vec![QrSegment::make_numeric("0123456789")],
                    "0123456789".into(),
                ),
                (vec![QrSegment::make_numeric("0070")], "0070".into()),
                (
                    vec![QrSegment::make_alphanumeric("K7QM-3XPA")],
                    "K7QM-3XPA".into(),
                ),
                (
                    vec![QrSegment::make_bytes("é K7".as_bytes())],
                    "é K7".into(),
                ),
                (
                    vec![
                        QrSegment::make_alphanumeric("K7"),
                        QrSegment::make_numeric("42"),
                    ],
                    "K742".into(),
                ),
                (
                    vec![
                        QrSegment::make_eci(26),
                        QrSegment::make_bytes("ü".as_bytes()),
                    ],
                    "ü".into(),
                ),
                (vec![QrSegment::make_bytes(long.as_bytes())], long.clone()),
            ];
            for mask in 0..8u8 {
                for (segs, text) in &cases {
                    let q = reference(segs, level, version, mask).expect("fits");
                    assert_eq!(
                        read_reference(&q).as_deref(),
                        Ok(text.as_str()),
                        "{level:?} v{version} mask {mask}"
                    );
                    n += 1;
                }
            }
        }
    }
    assert_eq!(n, 4 * 4 * 8 * 7);
}

/// Whether (x, y) is one of the format information's modules (both copies).
fn format_module(size: usize, x: usize, y: usize) -> bool {
    (x == 8 && (y <= 8 || y >= size - 8)) || (y == 8 && (x <= 8 || x >= size - 8))
}

/// Error correction codewords per block that can be repaired, by level and version 1–4.
fn repairable(level: QrCodeEcc, version: u8) -> usize {
    let ec = match (level, version) {
        (QrCodeEcc::Low, v) => [7, 10, 15, 20][v as usize - 1],
        (QrCodeEcc::Medium, v) => [10, 16, 26, 18][v as usize - 1],
        (QrCodeEcc::Quartile, v) => [13, 22, 18, 26][v as usize - 1],
        (QrCodeEcc::High, v) => [17, 28, 22, 16][v as usize - 1],
    };
    ec / 2
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any text, at any level and version, with as many modules flipped (outside the format
    /// information) as one block can repair: each flip damages at most one codeword.
    #[test]
    fn damaged_symbols_of_any_level_are_repaired(
        text in "[ -~]{0,8}",
        level in 0..4usize,
        version in 1..=4u8,
        mask in 0..8u8,
        flips in proptest::collection::vec((0..33usize, 0..33usize), 0..14),
    ) {
        let level = LEVELS[level];
        let q = reference(&QrSegment::make_segments(&text), level, version, mask);
        prop_assume!(q.is_some());
        let q = q.unwrap();
        let size = q.size() as usize;
        let flips: Vec<(usize, usize)> = flips
            .into_iter()
            .map(|(x, y)| (x % size, y % size))
            .filter(|&(x, y)| !format_module(size, x, y))
            .take(repairable(level, version))
            .collect();
        let got = read(size, |x, y| q.get_module(x as i32, y as i32) ^ flips.contains(&(x, y)));
        prop_assert_eq!(got, Ok(text));
    }
}

/// A symbol as a greyscale image: `scale` pixels per module, a 4-module quiet zone.
fn image(q: &QrCode, scale: usize) -> (usize, Vec<u8>) {
    let dim = (q.size + 8) * scale;
    let px = (0..dim * dim)
        .map(|i| {
            let (mx, my) = (
                (i % dim / scale).wrapping_sub(4),
                (i / dim / scale).wrapping_sub(4),
            );
            if q.get(mx, my) {
                0
            } else {
                255
            }
        })
        .collect();
    (dim, px)
}

#[test]
fn booking_codes_found_by_rqrr_in_an_image_read_back_as_at_the_desk() {
    for text in ["K7QM3XPA", "MH3J76R7", "22222222", &"d".repeat(60)] {
        let q = encode(text).unwrap();
        let (dim, px) = image(&q, 3);
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(dim, dim, |x, y| px[y * dim + x]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one symbol found in the image");
        let g = &grids[0].grid;
        assert_eq!(read(g.size(), |x, y| g.bit(y, x)).as_deref(), Ok(text));
    }
}
