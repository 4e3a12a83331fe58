//! Reaching a person about their booking from the desk: a tap-to-call link (`tel:`) and a
//! WhatsApp link (`https://wa.me/<number>?text=…`) with a message already written (day, time,
//! place, booking code). Nothing is sent by itself: the officer's phone opens the call or the
//! chat and the officer presses send. The links hold the phone number, so they are only put on
//! the page for the help point's own signed-in officers (who see the number already), never in
//! a log, an address of the app or the usage events.

/// The number in international form without the plus: "0812-3456-7890", "+62 812 3456 7890",
/// "6281234567890" and "81234567890" all give "6281234567890". `None` for anything that is not
/// an Indonesian mobile number (wa.me needs the country code and digits only).
pub fn international(phone: &str) -> Option<String> {
    let mut digits = String::new();
    for (i, c) in phone.trim().chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => {}
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    let rest = if let Some(r) = digits.strip_prefix("62") {
        r
    } else if let Some(r) = digits.strip_prefix('0') {
        r
    } else {
        &digits
    };
    // Indonesian mobile numbers: 8 and 8 to 12 more digits.
    (rest.starts_with('8') && (9..=13).contains(&rest.len())).then(|| format!("62{rest}"))
}

/// `tel:+6281234567890`.
pub fn tel_href(phone: &str) -> Option<String> {
    international(phone).map(|n| format!("tel:+{n}"))
}

/// `https://wa.me/6281234567890?text=<the message, percent-encoded>`.
pub fn whatsapp_href(phone: &str, message: &str) -> Option<String> {
    international(phone).map(|n| format!("https://wa.me/{n}?text={}", encode(message)))
}

/// The message from its template: "{day}", "{time}", "{place}" and "{code}" filled in.
pub fn message(template: &str, day: &str, time: &str, place: &str, code: &str) -> String {
    template
        .replace("{day}", day)
        .replace("{time}", time)
        .replace("{place}", place)
        .replace("{code}", code)
}

/// Percent-encoding for a query value: letters, digits and `-_.~` stay, every other byte of
/// the UTF-8 text becomes `%XX`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_as_people_write_it_becomes_the_international_one() {
        for typed in [
            "081234567890",
            "0812-3456-7890",
            "+62 812 3456 7890",
            "6281234567890",
            "81234567890",
            "(0812) 3456.7890",
        ] {
            assert_eq!(
                international(typed).as_deref(),
                Some("6281234567890"),
                "{typed}"
            );
        }
    }

    #[test]
    fn what_is_not_an_indonesian_mobile_number_gets_no_link() {
        for bad in [
            "",
            "0211234567",
            "0812",
            "08123456789012345",
            "0812x3456789",
            "+1 812 345 6789",
            "62+81234567890",
        ] {
            assert_eq!(international(bad), None, "{bad}");
            assert_eq!(tel_href(bad), None, "{bad}");
            assert_eq!(whatsapp_href(bad, "x"), None, "{bad}");
        }
    }

    #[test]
    fn the_links_call_and_open_a_chat_with_the_message_written() {
        assert_eq!(
            tel_href("0812-3456-7890").as_deref(),
            Some("tel:+6281234567890")
        );
        let m = message(
            "Jadwal: {day}, pukul {time} WIB, di {place}. Kode booking: {code}.",
            "Selasa, 1 Des 2026",
            "08:30",
            "Disnaker Kota Surabaya",
            "K7QM-3XPA",
        );
        assert_eq!(
            m,
            "Jadwal: Selasa, 1 Des 2026, pukul 08:30 WIB, di Disnaker Kota Surabaya. Kode booking: K7QM-3XPA."
        );
        let href = whatsapp_href("081234567890", &m).unwrap();
        assert!(href.starts_with("https://wa.me/6281234567890?text=Jadwal%3A%20Selasa%2C%201%20Des%202026%2C%20pukul%2008%3A30"));
        assert!(href.ends_with("Kode%20booking%3A%20K7QM-3XPA."));
        // a name with an ampersand or an accent cannot break the address
        assert!(whatsapp_href("081234567890", "A&B é?")
            .unwrap()
            .ends_with("?text=A%26B%20%C3%A9%3F"));
    }
}
