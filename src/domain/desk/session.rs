//! A signed-in officer: the token and who they are, from PocketBase's auth answer
//! (`POST /api/collections/staff/auth-with-password`, `…/auth-refresh`). Kept in memory and in
//! the tab's sessionStorage only (gone when the tab closes), never in a URL.

use crate::domain::common::json::{self, parse, Json, Val};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// An officer of one help point.
    Officer,
    /// The province's team: every help point.
    Province,
    /// An agent of one of the province's call centres: books for callers on `telepon/`, sees
    /// no queue.
    CallCentre,
}

/// Where the tab keeps the session: the desk and the call-centre page (same tab, same sign-in).
pub const STORAGE_KEY: &str = "pp.desk.session";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub token: String,
    pub staff_id: String,
    pub name: String,
    pub email: String,
    /// The help point's record id.
    pub office: String,
    pub role: Role,
}

fn record(j: &Json) -> Option<(String, String, String, String, Role)> {
    let r = j.get("record")?;
    let role = match r.str_or_default("role")?.as_str() {
        "province" => Role::Province,
        "call_centre" => Role::CallCentre,
        _ => Role::Officer,
    };
    Some((
        r.str_field("id")?,
        r.str_or_default("name")?,
        r.str_or_default("email")?,
        r.str_or_default("office")?,
        role,
    ))
}

/// The auth answer (`{"token": "...", "record": {...}}`).
pub fn decode(text: &str) -> Option<Session> {
    let j = parse(text).ok()?;
    let token = j.str_field("token")?;
    let (staff_id, name, email, office, role) = record(&j)?;
    (!token.is_empty()).then_some(Session {
        token,
        staff_id,
        name,
        email,
        office,
        role,
    })
}

/// The sign-in body.
pub fn sign_in_body(email: &str, password: &str) -> String {
    json::object(&[
        ("identity", Val::S(email.trim())),
        ("password", Val::S(password)),
    ])
}

/// What the tab keeps to survive a reload: the auth answer's shape, so [`decode`] reads it back.
pub fn to_storage(s: &Session) -> String {
    let role = match s.role {
        Role::Officer => "officer",
        Role::Province => "province",
        Role::CallCentre => "call_centre",
    };
    json::object(&[
        ("token", Val::S(&s.token)),
        (
            "record",
            Val::Raw(json::object(&[
                ("id", Val::S(&s.staff_id)),
                ("name", Val::S(&s.name)),
                ("email", Val::S(&s.email)),
                ("office", Val::S(&s.office)),
                ("role", Val::S(role)),
            ])),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_auth_answer_gives_the_token_the_help_point_and_the_role() {
        let s = decode(r#"{"token":"eyJ.a.b","record":{"id":"st1","collectionName":"staff","email":"p@x.go.id","name":"Petugas","office":"of1","verified":true}}"#).unwrap();
        assert_eq!(s.token, "eyJ.a.b");
        assert_eq!(s.office, "of1");
        assert_eq!(s.role, Role::Officer);
        let p =
            decode(r#"{"token":"t","record":{"id":"st2","office":"","role":"province"}}"#).unwrap();
        assert_eq!(p.role, Role::Province);
        let c = decode(r#"{"token":"t","record":{"id":"st3","office":"","role":"call_centre"}}"#)
            .unwrap();
        assert_eq!(c.role, Role::CallCentre);
        assert_eq!(decode(&to_storage(&c)).unwrap().role, Role::CallCentre);
        assert_eq!(decode(r#"{"token":"","record":{"id":"x"}}"#), None);
        assert_eq!(
            decode(r#"{"status":400,"message":"Failed to authenticate."}"#),
            None
        );
    }

    #[test]
    fn a_session_survives_a_reload_of_the_tab() {
        let s = decode(r#"{"token":"t\"q","record":{"id":"st2","name":"A \"B\"","office":"of","role":"province"}}"#).unwrap();
        assert_eq!(decode(&to_storage(&s)), Some(s));
    }

    #[test]
    fn the_email_is_trimmed_and_the_password_sent_as_typed() {
        assert_eq!(
            sign_in_body(" p@x.go.id ", " pw\""),
            r#"{"identity":"p@x.go.id","password":" pw\""}"#
        );
    }
}
