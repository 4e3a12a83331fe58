//! Booking a help point after self-help failed: the form and its checks, the store's API
//! (requests, replies, retries), availability, NIK / phone / region rules, booking codes, the
//! calendar file and the QR code. Nothing here is a security boundary: the store checks again.

pub mod api;
pub mod availability;
pub mod calendar;
pub mod code;
pub mod confirmation;
pub mod form;
pub mod hours;
pub mod ics;
pub mod nik;
pub mod phone;
pub mod qr;
pub mod regions;
pub mod retry;
pub mod staff_booking;
