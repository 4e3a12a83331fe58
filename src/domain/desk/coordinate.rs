//! Coordinates written as text without the float formatter (integer arithmetic only: the
//! formatter costs the desk bundle several KB), for the help point form and the store's body.

/// A coordinate with 5 decimals ("-7.25012"), as `format!("{v:.5}")` writes it, with integer
/// arithmetic only (the float formatter costs the desk bundle about 5 KB). Coordinates only:
/// |v| below 1,000.
pub fn fixed5(v: f64) -> String {
    // the sign as the formatter writes it: also for -0.0 and what rounds to it
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let n = (v.abs() * 100_000.0).round() as u64;
    format!("{sign}{}.{:05}", n / 100_000, n % 100_000)
}

/// A coordinate for the store's JSON body, as `format!("{v}")` writes it for a coordinate
/// typed with up to 9 decimals ("-7.3", "112.74", "112"): the fewest digits, integer arithmetic
/// only (that `format!` was what kept the float formatter in the desk bundle). More decimals
/// are rounded to 9 (a tenth of a millimetre). Coordinates only: |v| below 1,000.
pub fn coordinate(v: f64) -> String {
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let n = (v.abs() * 1e9).round() as u64;
    let (whole, part) = (n / 1_000_000_000, n % 1_000_000_000);
    if part == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{part:09}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_are_written_as_the_standard_formatter_writes_them() {
        // every coordinate of East Java's box and around, in steps that hit all digits
        let mut v = -9.0_f64;
        while v < 117.0 {
            for x in [v, -v, v + 0.000_004_9, v - 0.000_004_9] {
                assert_eq!(fixed5(x), format!("{x:.5}"), "{x}");
            }
            v += 0.013_37;
        }
        for x in [0.0, -0.0, 112.75, -7.25, 111.123_456, -8.000_001] {
            assert_eq!(fixed5(x), format!("{x:.5}"), "{x}");
        }
    }

    #[test]
    fn coordinates_for_the_store_are_written_as_the_standard_formatter_writes_them() {
        for text in [
            "-7.3",
            "112.74",
            "112",
            "-7",
            "-7.123456789",
            "112.000000001",
            "-8.05",
        ] {
            let v: f64 = text.parse().unwrap();
            assert_eq!(coordinate(v), format!("{v}"), "{text}");
            assert_eq!(coordinate(v), text);
        }
        // every coordinate with 1 to 9 decimals across East Java's box, in steps that hit all
        // digits and lengths
        let mut checked = 0;
        for places in 1..=9 {
            let scale = 10f64.powi(places);
            // an odd step of about 1/2000 of the range: every last digit comes round
            let step = ((124.0 * scale / 2000.0) as i64).max(1) | 1;
            let mut i: i64 = (-9.0 * scale) as i64;
            while (i as f64) < 115.0 * scale {
                let v: f64 = format!("{i}e-{places}").parse().unwrap();
                assert_eq!(coordinate(v), format!("{v}"), "{i}e-{places}");
                i += step;
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked}");
        // more decimals: rounded to 9
        assert_eq!(coordinate(-7.1234567894), "-7.123456789");
    }
}
