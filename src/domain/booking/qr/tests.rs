use super::*;

fn read_back(q: &QrCode) -> Result<String, ReadError> {
    read(q.size, |x, y| q.get(x, y))
}

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
    assert_eq!(read_back(&q).as_deref(), Ok("MH3J76R7"));
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
        assert_eq!(read_back(&q).as_deref(), Ok(text.as_str()), "{len} bytes");
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
        svg.contains("viewBox=\"0 0 29 29\"") && svg.contains("<title>Kode QR K7QM-3XPA</title>")
    );
}

/// `q`'s modules with the codewords at `damaged` (indices in placement order) inverted.
fn damage(q: &QrCode, damaged: &[usize]) -> QrCode {
    let mut d = q.clone();
    let positions = data_positions(&function_patterns(q.version));
    for &k in damaged {
        for &(x, y) in &positions[k * 8..k * 8 + 8] {
            d.modules[y * q.size + x] ^= true;
        }
    }
    d
}

#[test]
fn up_to_half_the_error_correction_codewords_of_each_block_are_repaired() {
    // version 1-M: one block, 10 EC codewords, so 5 damaged ones are repaired, 6 are not
    let q = encode("K7QM3XPA").unwrap();
    assert_eq!(
        read_back(&damage(&q, &[0, 3, 9, 17, 25])).as_deref(),
        Ok("K7QM3XPA")
    );
    assert_eq!(
        read_back(&damage(&q, &[0, 3, 9, 17, 25, 1])),
        Err(ReadError::Damaged)
    );
    // version 4-M: two interleaved blocks of 18 EC codewords (codeword k is in block k % 2):
    // 9 in each block, 18 in all, are repaired
    let text = "d".repeat(60);
    let q = encode(&text).unwrap();
    assert_eq!(q.version, 4);
    let both: Vec<usize> = (0..18).map(|i| i * 5).collect();
    assert_eq!(read_back(&damage(&q, &both)).as_deref(), Ok(text.as_str()));
    // ten in the first block is one too many
    let first: Vec<usize> = (0..10).map(|i| i * 4).collect();
    assert_eq!(read_back(&damage(&q, &first)), Err(ReadError::Damaged));
}

#[test]
fn a_damaged_format_copy_is_read_from_the_other_or_corrected() {
    let q = encode("MH3J76R7").unwrap();
    // three wrong bits in the first copy: still the nearest valid word
    let mut d = q.clone();
    for (x, y) in [(8, 0), (8, 2), (3, 8)] {
        d.modules[y * q.size + x] ^= true;
    }
    assert_eq!(read_back(&d).as_deref(), Ok("MH3J76R7"));
    // the first copy gone entirely: the second one
    let mut d = q.clone();
    for i in 0..9 {
        d.modules[8 * q.size + i] = true;
        d.modules[i * q.size + 8] = true;
    }
    assert_eq!(read_back(&d).as_deref(), Ok("MH3J76R7"));
    // both gone
    for i in 0..8 {
        d.modules[8 * q.size + q.size - 1 - i] = true;
        d.modules[(q.size - 1 - i) * q.size + 8] = true;
    }
    assert_eq!(read_back(&d), Err(ReadError::Format));
}

#[test]
fn only_versions_1_to_4_are_read() {
    for size in [0, 17, 20, 22, 37, 45] {
        assert_eq!(read(size, |_, _| false), Err(ReadError::Size), "{size}");
    }
    // a blank 21×21 grid has no format information
    assert_eq!(read(21, |_, _| false), Err(ReadError::Format));
}
